"""QA 28: dates and references to the past -- "that year" and spans of months, "Last week, on Wednesday", a night
running into the morning, the month said inside a vaguer year, background sentences opened by a past period or by
a day weeks before the news, a past deed's toll, and the day of a relative clause that is not the story's."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.dates import find_dates
from tests.test_extract_layers import _rows

#: date expressions: (published, text, [(expression, event_date, precision, historical), ...])
DATES = [
    # "that year", "the same year": the year of the date said before it
    (
        "2024-06-28",
        "The group has held the area since 2022. Civilians were killed between March and June of that year.",
        [
            ("since 2022", "2022-07-01", "year", True),
            ("between March and June of that year", "2022-04-30", "year", True),
        ],
    ),
    (
        "2024-05-14",
        "The insurgency began in 2017. Later that year, militants attacked a police post.",
        [("in 2017", "2017-07-01", "year", True), ("Later that year", "2017-07-01", "year", True)],
    ),
    (
        "2024-05-14",
        "Fighting broke out in 2019. In March of that year, rebels took the town.",
        [("in 2019", "2019-07-01", "year", True), ("In March of that year", "2019-03-15", "month", True)],
    ),
    # a span of months with its year, or none (the latest begun by publication)
    (
        "2024-06-28",
        "between March and June 2022",
        [("between March and June 2022", "2022-04-30", "year", True)],
    ),
    (
        "2024-06-28",
        "from November to February",
        [("from November to February", "2023-12-31", "year", True)],
    ),
    # "Last week, on Wednesday" is "on Wednesday last week"
    (
        "2024-07-19",
        "Last week, on Wednesday, gunmen attacked",
        [("Last week", "2024-07-11", "week", False), ("on Wednesday", "2024-07-10", "day", False)],
    ),
    # a night running into the morning of the day said: that day
    (
        "2025-03-12",
        "killed in a drone strike overnight and on Wednesday morning",
        [("overnight and on Wednesday morning", "2025-03-12", "day", False)],
    ),
    (
        "2025-03-14",
        "drones struck overnight and early Friday",
        [("overnight and early Friday", "2025-03-14", "day", False)],
    ),
]

#: guards (right before and after): two days said together stay a span; a weekday after another sentence is the
#: publication week's; a "that year's" possessive is no date
DATE_GUARDS = [
    ("2025-03-12", "on Monday and Tuesday", [("on Monday and Tuesday", "2025-03-10", "week", False)]),
    (
        "2024-07-19",
        "It happened last week. On Wednesday, gunmen attacked",
        [("last week", "2024-07-11", "week", False), ("On Wednesday", "2024-07-17", "day", False)],
    ),
    ("2024-07-19", "ahead of that year's election", []),
]


def _said(published: str, text: str) -> list[tuple]:
    return [
        (
            d.text,
            str(d.resolution.event_date),
            d.resolution.precision.value,
            d.resolution.historical,
        )
        for d in find_dates(text, published=dt.date.fromisoformat(published))
    ]


@pytest.mark.parametrize(("published", "text", "expected"), DATES + DATE_GUARDS)
def test_date_expressions(published: str, text: str, expected: list[tuple]) -> None:
    assert _said(published, text) == expected


#: whole reports: (published, text, [(event_date, date_precision, historical, fatalities), ...])
REPORTS = [
    # a past deed's toll told without a trigger is not added to the current incident
    (
        "2024-03-16",
        "Al-Shabaab fighters stormed the SYL hotel in Mogadishu on Thursday, killing three soldiers. In August 2022, "
        "a siege of the Hayat hotel in the capital left 21 people dead.",
        [("2024-03-14", "day", False, 3)],
    ),
    (
        "2025-05-20",
        "Gunmen attacked a hotel in Mogadishu on Monday, killing two guards. In May 2021, a siege of another hotel in "
        "the city left 40 people dead.",
        [("2025-05-19", "day", False, 2)],
    ),
    # "of that year": the year said before
    (
        "2024-06-28",
        "The group has expanded its control since 2022. Hundreds of civilians were killed in Ménaka region between "
        "March and June of that year, according to UN estimates.",
        [("2022-04-30", "year", True, 100)],
    ),
    (
        "2024-05-14",
        "The insurgency began in 2017. Later that year, militants attacked a police post in Mocimboa da Praia, "
        "killing two officers.",
        [("2017-07-01", "year", True, 2)],
    ),
    # the month said inside a vaguer year
    (
        "2025-08-20",
        "Last year, gunmen abducted more than 280 pupils from a school in Kuriga, Kaduna State, in March 2024.",
        [("2024-03-15", "month", True, None)],
    ),
    (
        "2025-05-20",
        "Two years ago, jihadists killed 50 soldiers in an attack on a base in Djibo in February 2023.",
        [("2023-02-15", "month", True, 50)],
    ),
    # a sentence opened by a period before the news, with its day: background
    (
        "2025-09-10",
        "Russian artillery shelled Velykyi Burluk on Wednesday, killing a man. Last month, on the night of Aug. 28, "
        "Russia fired 598 drones at Kyiv, killing 23 people.",
        [("2025-09-10", "day", False, 1), ("2025-08-28", "day", True, 23)],
    ),
    (
        "2025-03-16",
        "Troops killed eight militants in Mir Ali on Sunday. Earlier this month, on March 4, a suicide attack on the "
        "Bannu cantonment had killed 18 people.",
        [("2025-03-16", "day", False, 8), ("2025-03-04", "day", True, 18)],
    ),
    (
        "2025-02-09",
        "Ukrainian drones hit an oil depot in Rostov on Sunday. Last week, on Wednesday, Ukrainian drones hit a "
        "refinery in Volgograd, causing a fire.",
        [("2025-02-09", "day", False, None), ("2025-01-29", "day", True, None)],
    ),
    (
        "2024-07-19",
        "Bandits killed four farmers in Zurmi on Thursday. Last week, on Tuesday, gunmen killed 12 villagers in Maru.",
        [("2024-07-18", "day", False, 4), ("2024-07-09", "day", True, 12)],
    ),
    # a deed told by its own day weeks before the report's news: background
    (
        "2024-07-09",
        "Five soldiers were killed in an ambush in Kathua on Monday. On June 11 and 12, two terrorists were killed "
        "in an encounter in Hiranagar.",
        [("2024-07-08", "day", False, 5), ("2024-06-11", "week", True, 2)],
    ),
    # the day of a relative clause ("a house that was bombed on Sunday") is not the story's day
    (
        "2025-05-20",
        "Three bodies were recovered from a house in Zeitoun that was bombed on Sunday. The Israeli military said a "
        "soldier was seriously wounded by an explosive device in Shejaiya.",
        [("2025-05-20", "week", False, None)],
    ),
    # a night running into the morning of the day said
    (
        "2025-03-12",
        "Three Palestinians were killed in an Israeli drone strike in the Jenin refugee camp overnight and on "
        "Wednesday morning.",
        [("2025-03-12", "day", False, 3)],
    ),
]

#: guards (right before and after): a day told in the main clause carries on; a deed weeks old with no news beside
#: it, or a past month with no day said, stays as it was; a later toll of the same deed is added
REPORT_GUARDS = [
    (
        "2025-05-20",
        "Israeli aircraft bombed a house in Zeitoun on Sunday. A soldier was wounded by an explosive device in "
        "Shejaiya.",
        [("2025-05-18", "day", False, None), ("2025-05-18", "day", False, None)],
    ),
    (
        "2024-07-09",
        "On June 11, two terrorists were killed in an encounter in Hiranagar.",
        [("2024-06-11", "day", False, 2)],
    ),
    (
        "2024-07-09",
        "Last month, gunmen abducted 20 villagers in Maru.",
        [("2024-06-15", "month", False, None)],
    ),
    (
        "2024-03-16",
        "Al-Shabaab fighters stormed a hotel in Mogadishu on Thursday, killing three soldiers. Two more soldiers died "
        "of their wounds on Friday.",
        [("2024-03-14", "day", False, 5)],
    ),
    (
        "2024-07-19",
        "Bandits killed four farmers in Zurmi on Thursday. Last month, gunmen killed 12 villagers in Maru, police "
        "said.",
        [("2024-07-18", "day", False, 4), ("2024-06-15", "month", True, 12)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), REPORTS + REPORT_GUARDS)
def test_report_dates(published: str, text: str, expected: list[tuple], gazetteer) -> None:
    got = _rows(text, published, gazetteer, "event_date", "date_precision", "historical", "fatalities")
    assert sorted(got, key=lambda r: (r[2], r[0])) == sorted(expected, key=lambda r: (r[2], r[0]))
