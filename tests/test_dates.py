"""Date expressions resolved against the publication date (tables: one row per rule in incidents.dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.dates import find_anniversaries, find_dates, find_relations, resolve_date, shift_resolution
from incidents.model import DatePrecision

TUE = dt.date(2022, 1, 4)  # the seed's publication day, a Tuesday
D = dt.date

RESOLVE = [
    # expr, published, event_date, date_start, date_end, precision, historical
    ("on Tuesday", TUE, D(2022, 1, 4), D(2022, 1, 4), D(2022, 1, 4), "day", False),
    ("Tuesday", TUE, D(2022, 1, 4), D(2022, 1, 4), D(2022, 1, 4), "day", False),
    ("last Tuesday", TUE, D(2021, 12, 28), D(2021, 12, 28), D(2021, 12, 28), "day", False),
    ("on Monday", TUE, D(2022, 1, 3), D(2022, 1, 3), D(2022, 1, 3), "day", False),
    ("on Wednesday", TUE, D(2021, 12, 29), D(2021, 12, 29), D(2021, 12, 29), "day", False),
    ("Friday night", TUE, D(2021, 12, 31), D(2021, 12, 31), D(2021, 12, 31), "day", False),
    ("yesterday", TUE, D(2022, 1, 3), D(2022, 1, 3), D(2022, 1, 3), "day", False),
    ("the day before yesterday", TUE, D(2022, 1, 2), D(2022, 1, 2), D(2022, 1, 2), "day", False),
    ("on Tuesday last week", TUE, D(2021, 12, 28), D(2021, 12, 28), D(2021, 12, 28), "day", False),
    ("on Friday of last week", TUE, D(2021, 12, 31), D(2021, 12, 31), D(2021, 12, 31), "day", False),
    ("3 May last year", TUE, D(2021, 5, 3), D(2021, 5, 3), D(2021, 5, 3), "day", True),
    ("March 3 this year", D(2022, 4, 4), D(2022, 3, 3), D(2022, 3, 3), D(2022, 3, 3), "day", False),
    ("last night", TUE, D(2022, 1, 3), D(2022, 1, 3), D(2022, 1, 3), "day", False),
    ("overnight", TUE, D(2022, 1, 3), D(2022, 1, 3), D(2022, 1, 3), "day", False),
    ("today", TUE, TUE, TUE, TUE, "day", False),
    ("over the weekend", TUE, D(2022, 1, 1), D(2022, 1, 1), D(2022, 1, 2), "week", False),
    ("this morning", TUE, TUE, TUE, TUE, "day", False),
    ("earlier this week", TUE, D(2022, 1, 3), D(2022, 1, 3), D(2022, 1, 4), "week", False),
    ("earlier this week", D(2024, 6, 21), D(2024, 6, 19), D(2024, 6, 17), D(2024, 6, 21), "week", False),
    ("last week", TUE, D(2021, 12, 30), D(2021, 12, 27), D(2022, 1, 2), "week", False),
    ("earlier this month", D(2022, 1, 20), D(2022, 1, 10), D(2022, 1, 1), D(2022, 1, 20), "month", False),
    ("last month", TUE, D(2021, 12, 15), D(2021, 12, 1), D(2021, 12, 31), "month", False),
    ("in March", D(2022, 5, 10), D(2022, 3, 15), D(2022, 3, 1), D(2022, 3, 31), "month", False),  # 40 days
    ("in March", TUE, D(2021, 3, 15), D(2021, 3, 1), D(2021, 3, 31), "month", True),
    ("March 2021", TUE, D(2021, 3, 15), D(2021, 3, 1), D(2021, 3, 31), "month", True),
    ("in June 2014", TUE, D(2014, 6, 15), D(2014, 6, 1), D(2014, 6, 30), "month", True),
    ("in 2020", TUE, D(2020, 7, 1), D(2020, 1, 1), D(2020, 12, 31), "year", True),
    ("last year", TUE, D(2021, 7, 1), D(2021, 1, 1), D(2021, 12, 31), "year", True),
    ("two years ago", TUE, D(2020, 7, 1), D(2020, 1, 1), D(2020, 12, 31), "year", True),
    ("three days ago", TUE, D(2022, 1, 1), D(2022, 1, 1), D(2022, 1, 1), "day", False),
    ("since 2014", TUE, D(2014, 7, 1), D(2014, 1, 1), D(2014, 12, 31), "year", True),
    ("January 3, 2022", TUE, D(2022, 1, 3), D(2022, 1, 3), D(2022, 1, 3), "day", False),
    ("3 January 2022", TUE, D(2022, 1, 3), D(2022, 1, 3), D(2022, 1, 3), "day", False),
    ("Jan. 3", TUE, D(2022, 1, 3), D(2022, 1, 3), D(2022, 1, 3), "day", False),
    ("December 30", TUE, D(2021, 12, 30), D(2021, 12, 30), D(2021, 12, 30), "day", False),
    ("2022-01-03", TUE, D(2022, 1, 3), D(2022, 1, 3), D(2022, 1, 3), "day", False),
    (
        "13/12/2021",
        TUE,
        D(2021, 12, 13),
        D(2021, 12, 13),
        D(2021, 12, 13),
        "day",
        False,
    ),  # unambiguous: day-first
    (
        "3/1/2022",
        TUE,
        D(2022, 1, 3),
        D(2022, 1, 3),
        D(2022, 1, 3),
        "day",
        False,
    ),  # 1 March would be in the future
    ("January 13, 2020", TUE, D(2020, 1, 13), D(2020, 1, 13), D(2020, 1, 13), "day", True),
    # a month with its year said in words (stop 15: "in August last year" was this year's August)
    ("in August last year", D(2024, 9, 3), D(2023, 8, 15), D(2023, 8, 1), D(2023, 8, 31), "month", True),
    # a weekly digest's "During the week": the seven days up to publication (stop 15: took another bullet's day)
    ("During the week", D(2024, 5, 20), D(2024, 5, 17), D(2024, 5, 14), D(2024, 5, 20), "week", False),
    # seasons (stop 18: "last summer" was the publication week, a past event coded as new): the season's three
    # months at year precision; "last" is the latest one over, "this" the current one
    ("last summer", D(2024, 3, 10), D(2023, 7, 16), D(2023, 6, 1), D(2023, 8, 31), "year", True),
    ("last winter", D(2024, 3, 10), D(2024, 1, 15), D(2023, 12, 1), D(2024, 2, 29), "year", True),
    ("last spring", D(2024, 3, 10), D(2023, 4, 15), D(2023, 3, 1), D(2023, 5, 31), "year", True),
    ("this winter", D(2024, 1, 20), D(2023, 12, 26), D(2023, 12, 1), D(2024, 1, 20), "year", False),
    ("in the spring of 2023", D(2024, 3, 10), D(2023, 4, 15), D(2023, 3, 1), D(2023, 5, 31), "year", True),
    (
        "during the winter of 2022",
        D(2024, 3, 10),
        D(2023, 1, 14),
        D(2022, 12, 1),
        D(2023, 2, 28),
        "year",
        True,
    ),
    ("the summer of 2014", D(2024, 3, 10), D(2014, 7, 16), D(2014, 6, 1), D(2014, 8, 31), "year", True),
    ("in fall 2023", D(2024, 3, 10), D(2023, 10, 16), D(2023, 9, 1), D(2023, 11, 30), "year", True),
    # "overnight into Thursday" is Thursday (stop 18: the day before publication)
    ("overnight into Thursday", D(2025, 5, 10), D(2025, 5, 8), D(2025, 5, 8), D(2025, 5, 8), "day", False),
    # a night told by both its days is its end, as "overnight into" (stop 26: "overnight" alone, the day before
    # publication, whatever the days said)
    (
        "overnight from Sunday to Monday",
        D(2024, 3, 13),
        D(2024, 3, 11),
        D(2024, 3, 11),
        D(2024, 3, 11),
        "day",
        False,
    ),
    (
        "on the night of Saturday to Sunday",
        D(2024, 3, 13),
        D(2024, 3, 10),
        D(2024, 3, 10),
        D(2024, 3, 10),
        "day",
        False,
    ),
    (
        "in the night from Friday into Saturday",
        D(2024, 3, 13),
        D(2024, 3, 9),
        D(2024, 3, 9),
        D(2024, 3, 9),
        "day",
        False,
    ),
    ("the night before Friday", D(2025, 5, 10), D(2025, 5, 8), D(2025, 5, 8), D(2025, 5, 8), "day", False),
    # "N years ago today": that very day (stop 18: the year, or the publication day)
    ("two years ago today", D(2024, 9, 30), D(2022, 9, 30), D(2022, 9, 30), D(2022, 9, 30), "day", True),
    ("A year ago, on this day", D(2024, 2, 29), D(2023, 2, 28), D(2023, 2, 28), D(2023, 2, 28), "day", True),
    (
        "three years ago to the day",
        D(2024, 6, 16),
        D(2021, 6, 16),
        D(2021, 6, 16),
        D(2021, 6, 16),
        "day",
        True,
    ),
]


@pytest.mark.parametrize(("expr", "published", "event", "start", "end", "precision", "historical"), RESOLVE)
def test_resolve_date(expr, published, event, start, end, precision, historical) -> None:
    r = resolve_date(expr, published=published)
    assert (r.event_date, r.date_start, r.date_end) == (event, start, end)
    assert r.precision == DatePrecision(precision)
    assert r.historical is historical
    assert r.warning is None


UNKNOWN = [
    # expr, published, why the resolution is unknown (a word of the warning)
    ("on Tuesday", None, "no publication date"),
    ("yesterday", None, "no publication date"),
    ("earlier this week", None, "no publication date"),
    ("tomorrow", TUE, "future"),
    ("next week", TUE, "future"),
    ("next Monday", TUE, "future"),
    ("January 13, 2022", TUE, "after publication"),
    ("4/5/2022", TUE, "after publication"),
    ("4/5/2022", None, "ambiguous"),
    ("31/2/2022", TUE, "not a valid date"),
    ("the situation", TUE, "not a date"),
    ("the fall of Kabul", TUE, "not a date"),  # a season only with a qualifier or a year
    ("in the winter of discontent", TUE, "not a date"),
    ("the Arab Spring", TUE, "not a date"),
    ("this summer", D(2024, 3, 10), "after publication"),
    ("in the fall", D(2024, 3, 10), "not a date"),  # without "last" / "this" a season needs its year
    ("by spring", D(2024, 3, 10), "not a date"),
]


@pytest.mark.parametrize(("expr", "published", "why"), UNKNOWN)
def test_unresolvable_dates_are_unknown_with_a_warning(expr, published, why) -> None:
    r = resolve_date(expr, published=published)
    assert r.event_date is None and r.precision is DatePrecision.UNKNOWN
    assert why in (r.warning or "")


def test_absolute_dates_need_no_publication_date() -> None:
    r = resolve_date("3 January 2022", published=None)
    assert r.event_date == D(2022, 1, 3) and r.precision is DatePrecision.DAY


def test_find_dates_keeps_offsets() -> None:
    text = "An official said on Tuesday that drones hit the base two years ago, and in March 2021."
    found = find_dates(text, published=TUE)
    assert [m.text for m in found] == ["on Tuesday", "two years ago", "in March 2021"]
    for m in found:
        assert text[m.start : m.end] == m.text
    assert "May" not in [m.text for m in find_dates("Officials may strike back.", published=TUE)]


@pytest.mark.parametrize(
    ("text", "expr", "event", "precision"),
    [
        # a sentence's capitalised first word is still the date's ("In February 2018" is no "In February")
        ("In February 2018, militants seized 110 schoolgirls.", "In February 2018", D(2018, 2, 15), "month"),
        ("During March 2019, clashes spread.", "During March 2019", D(2019, 3, 15), "month"),
        ("Ten years ago, the Taliban seized Kunduz.", "Ten years ago", D(2012, 7, 1), "year"),
        ("Two days ago, a drone hit the base.", "Two days ago", D(2022, 1, 2), "day"),
    ],
)
def test_sentence_initial_dates(text: str, expr: str, event: dt.date, precision: str) -> None:
    (m,) = find_dates(text, published=TUE)
    assert (m.text, m.resolution.event_date, m.resolution.precision.value) == (expr, event, precision)


RELATIONS = [
    # text, marker, forward offset, anaphoric offset
    ("The attack came just one day after two drones were shot down.", "just one day after", -1, 1),
    ("It came two days before the talks.", "two days before", 2, -2),
    ("hours after the base was targeted", "hours after", 0, 0),
    ("A day earlier, gunmen attacked a checkpoint.", "A day earlier", 1, -1),
    ("Gunmen attacked a checkpoint the day before.", "the day before", 1, -1),
    ("Two days later, clashes erupted.", "Two days later", -2, 2),
]


@pytest.mark.parametrize(("text", "marker", "forward", "anaphoric"), RELATIONS)
def test_find_relations(text, marker, forward, anaphoric) -> None:
    (rel,) = find_relations(text)
    assert rel.text == marker and text[rel.start : rel.end] == marker
    assert rel.offset(forward=True) == forward
    assert rel.offset(forward=False) == anaphoric


@pytest.mark.parametrize(
    "text",
    [
        "Jets hit a house shortly after 11 p.m. on Tuesday.",
        "Shells fell hours before dawn.",
        "shortly after 23:00",
    ],
)
def test_a_time_of_day_is_no_relation(text: str) -> None:
    """ "shortly after 11 p.m." is a time, not another event (stop 16: the clause lost its "on Tuesday")."""
    assert find_relations(text) == []


def test_anniversary_marker() -> None:
    text = "The attacks coincided with the second anniversary of the killing of Qasem Soleimani."
    (a,) = find_anniversaries(text)
    assert a.years == 2 and "Soleimani" in text[a.object_start : a.object_end]


def test_years_since_marker() -> None:
    """ "to mark four years since <X>": X is a past event four years back, its words not the gathering's."""
    text = "Supporters gathered in Baghdad to mark four years since the strike that killed Qassem Soleimani."
    (a,) = find_anniversaries(text)
    assert a.years == 4 and text[a.object_start : a.object_end].strip().startswith("the strike")


def test_shift_resolution_rejects_future_and_keeps_precision() -> None:
    base = resolve_date("on Tuesday", published=TUE)
    before = shift_resolution(base, -1, expr="one day after", published=TUE)
    assert before.event_date == D(2022, 1, 3) and before.precision is DatePrecision.DAY
    after = shift_resolution(base, 1, expr="a day later", published=TUE)
    assert after.event_date is None and "after publication" in (after.warning or "")


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May, 2021-05-03 and 12,000 people; the mayor said days later (Sept. 4th) at 10:30 in the morning.",
        "Maybe today_x yesterday9 decades ago; a1b2 MONDAY, Sunday's hours-long minutes",
        "İstanbul, 5 May: a car bomb killed 5 people overnight",  # lowercasing not exact: the regex itself
        "",
    ],
)
def test_date_anchor_starts_are_finditers(text: str) -> None:
    """Anchor starts from the digit search and the stems' automaton are those of the anchor regex's finditer."""
    from incidents.dates import _DATE_ANCHOR, _date_anchor_starts
    from incidents.textscan import finditer_ci

    for start in range(0, len(text) + 1, 5):
        for end in (start, start + 9, start + 30, len(text)):
            want = [s for s, _ in finditer_ci(_DATE_ANCHOR, text, start, min(end, len(text)))]
            assert list(_date_anchor_starts(text, start, min(end, len(text)))) == want


def test_start_test_passes_every_date_start() -> None:
    """``_may_start_date`` may refuse a word start only where no date expression starts (it saves the big match)."""
    import re

    from incidents.dates import _DATE_RE, _may_start_date

    text = (
        "On 12 May 2020, 35 people died; 3 of June and 12th of December, 2019 too. 2019-03-12 and 12/03/2019, "
        "1/3/2019: 3,000 years ago, 10 days ago, 20 minutes ago, 25th March, 31st Jan, 7 Sept; the 1990s, 2019 and "
        "04-05, 1,200 fighters, 9 km, 5th Division, 2 hours later. The previous year, the past year, the 1990s, "
        "THE 2019 war, of 2019, a year ago, A year ago, a dozen days ago, a couple of weeks ago, an hour ago, a pair "
        "of days ago, a hundred years ago, a decade ago, a wee\u212a ago, the\u00a02019; the army, of the, a car."
    )
    starts = [m.start() for m in re.finditer(r"\b\w", text)]
    assert len(starts) > 100
    for p in starts:
        if _DATE_RE.match(text, p) is not None:
            assert _may_start_date(text, p), text[p : p + 20]
    assert not _may_start_date(text, text.index("35 people"))
    assert not _may_start_date(text, text.index("1,200 fighters"))
    assert not _may_start_date(text, text.index("the army"))
    assert not _may_start_date(text, text.index("a car"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two days said together: one span of days (stop 20)
        ("clashed near Debre Markos on Monday and Tuesday, killing 20", ("2025-05-12", "2025-05-13", "week")),
        ("fighting on Saturday through Monday", ("2025-05-10", "2025-05-12", "week")),
        # a day and a later deed's own day stay two dates
        ("attacked Tsafe on Monday and killed five on Tuesday", ("2025-05-12", "2025-05-12", "day")),
        # two day numbers with one month, day first or month first (stop 21)
        ("attacked the village on 12 and 13 May, killing 11", ("2025-05-12", "2025-05-13", "week")),
        ("attacked the village on May 12 and 13, killing 11", ("2025-05-12", "2025-05-13", "week")),
        ("fighting between May 2 and 9 killed 40", ("2025-05-02", "2025-05-09", "month")),
        ("clashes on May 3-4, 2025 in Kauru", ("2025-05-03", "2025-05-04", "week")),
        ("clashes on 3 - 4 May in Kauru", ("2025-05-03", "2025-05-04", "week")),
        # a date, then a count: "On May 12, 13 people were killed"
        ("On May 12, 13 people were killed in Kauru", ("2025-05-12", "2025-05-12", "day")),
        ("On May 12 13 soldiers died", ("2025-05-12", "2025-05-12", "day")),
    ],
)
def test_two_days_said_together_are_one_span(text: str, expected: tuple) -> None:
    first = find_dates(text, published=dt.date(2025, 5, 15))[0].resolution
    got = (first.date_start.isoformat(), first.date_end.isoformat(), first.precision.value)
    assert got == expected
