"""QA 29 (a): dates and references to the past -- a holiday with its year ("On Christmas Eve 2023"), a weekday
inside a nickname ("Bloody Friday"), a reporting period across two months ("25 March – 3 April 2024"), a round-up's
"Monday 15 July:" heading, and a deed the news "comes a year after"."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.dates import find_dates
from tests.test_extract_layers import _rows

#: date expressions: (published, text, [(expression, event_date, precision, historical), ...])
DATES = [
    # holidays: the day in the year said, else the latest one by publication
    (
        "2024-05-20",
        "On Christmas Eve 2023, coordinated attacks killed nearly 200 people.",
        [("On Christmas Eve 2023", "2023-12-24", "day", True)],
    ),
    (
        "2024-05-20",
        "On Christmas Day 2022, gunmen killed 30.",
        [("On Christmas Day 2022", "2022-12-25", "day", True)],
    ),
    ("2024-05-20", "the Christmas 2023 massacres", [("Christmas 2023", "2023-12-25", "day", True)]),
    (
        "2024-01-03",
        "On New Year's Eve, a drone hit Belgorod.",
        [("On New Year's Eve", "2023-12-31", "day", False)],
    ),
    ("2024-01-03", "gunmen attacked on Boxing Day", [("on Boxing Day", "2023-12-26", "day", False)]),
    ("2019-04-25", "bombs exploded on Easter Sunday", [("on Easter Sunday", "2019-04-21", "day", False)]),
    ("2024-04-10", "an attack on Good Friday", [("on Good Friday", "2024-03-29", "day", False)]),
    ("2024-01-10", "fighting over Christmas killed 12", [("over Christmas", "2023-12-25", "week", False)]),
    # a span across two months (a reporting period)
    (
        "2024-04-05",
        "Situation report covering 25 March – 3 April 2024.",
        [("25 March – 3 April 2024", "2024-03-29", "month", False)],
    ),
    (
        "2024-04-05",
        "from March 30 to April 2, troops",
        [("from March 30 to April 2", "2024-03-31", "week", False)],
    ),
    ("2024-01-10", "between 28 Dec and 2 Jan", [("between 28 Dec and 2 Jan", "2023-12-30", "week", False)]),
    # a weekday inside a nickname is no weekday said
    (
        "2023-12-16",
        'on September 30, 2022, known as "Bloody Friday",',
        [("September 30, 2022", "2022-09-30", "day", True)],
    ),
    ("2024-05-20", "the Black Saturday attacks", []),
    ("2024-05-20", "the Good Friday Agreement", []),
]

#: guards (right before and after): a holiday's word as a thing, a treaty, a weekday said; a one-month range
DATE_GUARDS = [
    ("2024-05-20", "an attack on a Christmas market in Berlin", []),
    ("2024-05-20", "the Easter Rising", []),
    ("2024-05-20", "gunmen attacked on Friday", [("on Friday", "2024-05-17", "day", False)]),
    ("2024-05-20", "in Kabul Friday", [("Friday", "2024-05-17", "day", False)]),
    ("2024-04-05", "between 10 and 12 March", [("between 10 and 12 March", "2024-03-11", "week", False)]),
]


def _said(published: str, text: str) -> list[tuple]:
    return [
        (
            d.text,
            str(d.resolution.event_date) if d.resolution.event_date else None,
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
    # a past deed dated by a holiday and its year is background, with its own toll
    (
        "2024-05-20",
        "On Christmas Eve 2023, coordinated attacks on more than 20 villages in Bokkos killed nearly 200 people.",
        [("2023-12-24", "day", True, 200)],
    ),
    (
        "2024-05-20",
        "Gunmen killed 12 farmers in Bokkos on Sunday. On Christmas Eve 2023, coordinated attacks on villages in "
        "Bokkos killed nearly 200 people.",
        [("2024-05-19", "day", False, 12), ("2023-12-24", "day", True, 200)],
    ),
    (
        "2024-05-20",
        "On Christmas Day 2022, gunmen killed 30 people in Bokkos.",
        [("2022-12-25", "day", True, 30)],
    ),
    # a holiday in the news days is the news' day
    (
        "2024-01-02",
        "On Christmas Eve, gunmen killed 30 people in Bokkos.",
        [("2023-12-24", "day", False, 30)],
    ),
    # a nickname's weekday does not override the full date said
    (
        "2023-12-16",
        "Gunmen attacked a police station in Rask on Friday, killing 11 officers. In a similar assault on the Zahedan "
        'police headquarters on September 30, 2022, known as "Bloody Friday", dozens of people were killed amid '
        "protests.",
        [("2023-12-15", "day", False, 11), ("2022-09-30", "day", True, 12)],
    ),
    # "the operation comes almost a year after a similar raid": the raid is the past, not a second incident
    (
        "2023-07-04",
        "Israeli forces raided the Jenin refugee camp on Monday, killing eight Palestinians. The operation comes "
        "almost a year after a similar raid in Jenin in which Al Jazeera journalist Shireen Abu Akleh",
        [("2023-07-03", "day", False, 8)],
    ),
    # a round-up's "<Weekday> <day> <Month>:" heading dates its line (it is no dateline)
    (
        "2024-07-20",
        "Monday 15 July: Insurgents beheaded two fishermen in Ibo. Islamic State claimed the killings.",
        [("2024-07-15", "day", False, 2)],
    ),
    (
        "2024-07-20",
        "Wednesday 17 July: Insurgents killed three people in Ibo.",
        [("2024-07-17", "day", False, 3)],
    ),
    # a period said across two months: what is summed up in it is somewhere in it, not on its last day
    (
        "2024-04-05",
        "Situation report covering 25 March – 3 April 2024. In Buthidaung township, armed clashes between the Arakan "
        "Army and military forces were reported almost daily.",
        [("2024-03-29", "month", False, None)],
    ),
]

#: guards (right before and after): the heading said as a clause; a dateline city stays a dateline
REPORT_GUARDS = [
    (
        "2024-07-20",
        "On Monday 15 July, insurgents beheaded two fishermen in Ibo.",
        [("2024-07-15", "day", False, 2)],
    ),
    (
        "2024-07-20",
        "MAIDUGURI, July 19: Insurgents killed three people in Bama on Thursday.",
        [("2024-07-18", "day", False, 3)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), REPORTS + REPORT_GUARDS)
def test_report_dates(published: str, text: str, expected: list[tuple], gazetteer) -> None:  # type: ignore[no-untyped-def]
    got = _rows(text, published, gazetteer, "event_date", "date_precision", "historical", "fatalities")
    assert got == expected


#: the day of a statement, the past of a thing, a deed before the news, a period's trend:
#: (published, text, [(sub_event_type, event_date, date_precision, historical), ...]) -- every incident
REPORTS_2 = [
    # the day a communiqué was read (on television, on the radio) is the saying's; the deed's is told next
    (
        "2024-03-22",
        "Militants killed 21 soldiers in an ambush near Tillabéri, the defence ministry said in a communiqué read on "
        "state television on Thursday evening. The patrol came under fire on Tuesday afternoon.",
        [("Armed clash", "2024-03-19", "day", False)],
    ),
    (
        "2024-03-22",
        "Militants killed 21 soldiers in an ambush near Tillabéri, the army said in a statement broadcast on national "
        "radio on Thursday. The attack took place on Tuesday.",
        [("Armed clash", "2024-03-19", "day", False)],
    ),
    # a trend over the reporting period is no dated clash
    (
        "2024-05-22",
        "Fighting between the army and the RSF intensified in El Fasher over the reporting period. On 20 May, a drone "
        "struck a market in Mellit, killing four.",
        [("Air/drone strike", "2024-05-20", "day", False)],
    ),
    (
        "2024-05-22",
        "Clashes between the army and the RSF continued in El Fasher throughout the reporting period.",
        [],
    ),
]

#: one incident of the text: (published, text, sub_event_type, (event_date, date_precision, historical))
ONE_OF = [
    # a past marker about a thing in the clause ("ammunition looted ... last year") is not the deed's
    (
        "2024-06-25",
        "Police in Churachandpur arrested two men on Tuesday morning with an AK-47 rifle and ammunition looted from a "
        "police armoury last year.",
        "Arrests",
        ("2024-06-25", "day", False),
    ),
    (
        "2024-06-25",
        "Soldiers arrested three suspects in Maiduguri on Monday with rifles stolen from a police station in 2021.",
        "Arrests",
        ("2024-06-24", "day", False),
    ),
    # a deed told in the pluperfect, in a month over before the news: the past the news undoes
    (
        "2024-10-21",
        "In Cité Soleil, the Brooklyn gang released four people it had kidnapped in September after a ransom was paid.",
        "Abduction/forced disappearance",
        ("2024-09-15", "month", True),
    ),
    (
        "2024-07-10",
        "Police freed 12 passengers whom bandits had abducted in May near Kaduna.",
        "Abduction/forced disappearance",
        ("2024-05-15", "month", True),
    ),
]

#: guards (right before and after): the year said right after the day is the day's; a pluperfect deed of the
#: news' month; a statement's day said with the deed's own
ONE_OF_GUARDS = [
    (
        "2024-06-25",
        "Gunmen killed 12 villagers in Bokkos on Tuesday last year.",
        "Attack",
        ("2024-06-25", "day", True),
    ),
    (
        "2024-10-21",
        "Gunmen had kidnapped 20 villagers in Maru earlier this month.",
        "Abduction/forced disappearance",
        ("2024-10-11", "month", False),
    ),
    (
        "2024-03-22",
        "Militants killed 21 soldiers near Tillabéri on Tuesday, the army said in a statement on Thursday.",
        "Armed clash",
        ("2024-03-19", "day", False),
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), REPORTS_2)
def test_report_incidents(published: str, text: str, expected: list[tuple], gazetteer) -> None:  # type: ignore[no-untyped-def]
    got = _rows(text, published, gazetteer, "sub_event_type", "event_date", "date_precision", "historical")
    assert got == expected


@pytest.mark.parametrize(("published", "text", "sub", "expected"), ONE_OF + ONE_OF_GUARDS)
def test_one_incident(published: str, text: str, sub: str, expected: tuple, gazetteer) -> None:  # type: ignore[no-untyped-def]
    got = _rows(text, published, gazetteer, "sub_event_type", "event_date", "date_precision", "historical")
    assert [r[1:] for r in got if r[0] == sub] == [expected]
