"""QA 28: dates and references to the past -- "that year" and spans of months, "Last week, on Wednesday", a night
running into the morning, the month said inside a vaguer year, background sentences opened by a past period or by
a day weeks before the news, a past deed's toll, and the day of a relative clause that is not the story's."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.dates import find_dates

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
