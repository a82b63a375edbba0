"""Properties of extraction on arbitrary text: it never crashes, and every evidence span quotes the text exactly."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incidents.dates import find_dates, find_relations, resolve_date
from incidents.extract import extract
from incidents.extract.casualties import find_casualties
from incidents.extract.sentences import split_sentences
from incidents.model import Report

#: fragments that reach the interesting rules (triggers, dates, places, quotes, relations, furniture)
FRAGMENTS = [
    "Two drones were shot down at Ain al-Asad air base in Anbar province",
    "on Tuesday",
    "yesterday",
    "one day after",
    "hours after",
    "two years ago",
    "the second anniversary of",
    "Rockets hit Baghdad airport",
    "killing at least five people",
    "no casualties",
    "near Mosul",
    "“We will strike,” he said.",
    "Previous Article",
    "SULAIMANI (ESTA) —",
    "the attack",
    "Gunmen abducted",
    "police fired tear gas at protesters in Basra",
    "3/1/2022",
    "January 13, 2020",
    "U.S.",
    "Gen.",
    "\n\n",
    "\n",
    ". ",
    ", ",
    "; ",
    "“",
    "”",
    '"',
    "'s",
    " and ",
    "Iraq",
    "Syria",
    "Kyiv",
    "between 5 and 7",
    "up to 20",
]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map(" ".join),
)
dates = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(text=texts, published=dates)
def test_extraction_never_crashes_and_spans_are_exact(gazetteer, text: str, published) -> None:
    report = Report.create(text=text, published=published)
    result = extract(report, gazetteer=gazetteer)
    ids = [i.incident_id for i in result.incidents]
    assert len(ids) == len(set(ids))
    for inc in result.incidents:
        assert inc.evidence
        for span in inc.evidence:
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
        if inc.event_date is not None and published is not None:
            assert inc.event_date <= published  # never a date after publication (nor from the clock)
    assert [h.historical for h in result.incidents] == sorted(h.historical for h in result.incidents)


@FAST
@given(text=texts, published=dates)
def test_pure_layers_keep_offsets(text: str, published) -> None:
    for s in split_sentences(text):
        assert 0 <= s.start < s.end <= len(text)
    for m in find_dates(text, published=published):
        assert text[m.start : m.end] == m.text
        r = m.resolution
        if r.event_date is not None and published is not None:
            assert r.event_date <= published
    for r in find_relations(text):
        assert text[r.start : r.end] == r.text
    c = find_casualties(text, 0, len(text))
    for v in (c.fatalities, c.injuries):
        assert v is None or v >= 0


@FAST
@given(expr=st.text(max_size=40), published=dates)
def test_resolve_date_never_raises(expr: str, published) -> None:
    r = resolve_date(expr, published=published)
    assert (r.event_date is None) == (r.date_start is None) or r.precision.value != "unknown"
