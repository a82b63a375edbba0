"""The store's fast record serialisation must give exactly the text of ``incident_to_dict`` + canonical JSON.

Why it matters: "unchanged" on re-import is decided by comparing stored and new record text, so a store written
by an older version (which serialised through ``incident_to_dict``) must see the same text for the same incident.
"""

from __future__ import annotations

import datetime as dt
import types

import pytest

from incidents.model import DatePrecision, Incident, LocationPrecision, Span, incident_to_dict
from incidents.store import _SCALAR, _dumps, _incident_row, _incident_rows

_TEXT = "Two drones struck the base near Erbil on Monday, killing 3."


def _cases() -> list[Incident]:
    base = Incident(
        incident_id="i-1",
        report_id="r-1",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
    )
    full = base.replace(
        event_date=dt.date(2023, 6, 2),
        date_start=dt.date(2023, 6, 1),
        date_end=dt.date(2023, 6, 3),
        date_precision=DatePrecision.WEEK,
        weapon="drone",
        munitions_count=2,
        intercepted=True,
        actor1="Unknown",
        fatalities=3,
        latitude=36.19,
        longitude=44.01,
        geo_precision=1,
        location_precision=LocationPrecision.SETTLEMENT,
        published="2023-06-04",
        evidence=(Span.of(_TEXT, 0, 10), Span.of(_TEXT, 11, 30)),
        historical=True,
        confidence=0.75,
        notes="ünïcode — text",
        origin="acled",
        origin_id="IRQ123",
    )
    return [
        base,
        full,
        full.replace(attributes={"inter1": 1, "tags": "x", "ratio": 0.5, "none": None, "flag": False}),
        full.replace(attributes={"when": dt.date(2020, 1, 2), "prec": DatePrecision.DAY, "list": [1, 2]}),
        full.replace(attributes=types.MappingProxyType({"b": 2, "a": 1})),
        full.replace(intercepted=0, historical=1),  # type: ignore[arg-type]
        full.replace(attributes={2: "two", "b": 1, 1: None}),  # non-string keys: orjson's OPT_NON_STR_KEYS
    ]


@pytest.mark.parametrize("inc", _cases())
def test_fast_record_matches_incident_to_dict(inc: Incident) -> None:
    values, evidence, record = _incident_row(inc)
    d = incident_to_dict(inc)
    assert record == _dumps(d)
    assert evidence == _dumps(d["evidence"])
    expected = [d[c] for c in _SCALAR]
    for i, c in enumerate(_SCALAR):
        if c in ("intercepted", "historical"):
            expected[i] = int(bool(expected[i]))
    assert values == expected
    assert all(type(v) in (str, int, float, type(None)) for v in values)


def test_batch_rows_match_single_rows() -> None:
    """Rows built in one batch are those built one by one, with and without a row that has non-string keys."""
    cases = _cases()
    plain = [c for c in cases if all(isinstance(k, str) for k in c.attributes)]
    assert len(plain) == len(cases) - 1
    for batch in (cases, plain):
        rows = _incident_rows(batch, "now", 7)
        for inc, row in zip(batch, rows, strict=True):
            values, evidence, record = _incident_row(inc)
            assert row == (*values, evidence, record, "now", 7)
