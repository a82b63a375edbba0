"""``incidents_from_columns`` builds exactly what ``Incident(**row)`` builds, row by row, or None where it raises.

Why: bulk imports build incidents column-wise, with ``__post_init__``'s checks made once per column and only
"suspect" rows going through the checked constructor. These tests draw rows from pools of good values, values that
need ``__post_init__``'s conversions (ISO strings, enum names as text, lists) and values that break a rule, and
compare both constructors on every row.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any

import pytest

from incidents.model import (
    DatePrecision,
    Incident,
    LocationPrecision,
    ModelError,
    Same,
    Span,
    incidents_from_columns,
)

_TEXT = "Rockets hit the base."
_POOLS: dict[str, list[Any]] = {
    "event_date": [None, dt.date(2020, 1, 2), "2020-01-03", dt.datetime(2020, 1, 4, 5, 6), "not a date"],
    "date_start": [None, dt.date(2020, 1, 1), dt.date(2020, 1, 5), "2020-01-02"],
    "date_end": [None, dt.date(2020, 1, 3), dt.date(2020, 1, 1)],
    "published": [None, dt.date(2020, 2, 1), "2020-02-02"],
    "date_precision": [DatePrecision.DAY, DatePrecision.WEEK, "month", None, "hourly"],
    "location_precision": [LocationPrecision.SITE, "admin1", None, "galaxy"],
    "event_type": ["Battles", "Explosions/Remote violence", "Picnic"],
    "sub_event_type": ["Armed clash", "Air/drone strike", "Attack"],
    "latitude": [None, 33.3, -90.0, 90.5, 36],
    "longitude": [None, 44.4, 180.0, -181.0, 43],
    "geo_precision": [None, 1, 3, 4, 2.0, True],
    "confidence": [1.0, 0.0, 0.5, 1.5, 1, float("nan")],
    "fatalities": [None, 0, 3, -1, True, 2.0],
    "injuries": [None, 5],
    "fatalities_max": [None, 7, -3],
    "evidence": [(), (Span.of(_TEXT, 0, 7),), [Span.of(_TEXT, 8, 11)]],
    "attributes": [{}, {"a": 1}, {"b": [1, 2]}],
}


def _rows(n: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [
        {
            "incident_id": f"i-{k}",
            "report_id": "r-1",
            **{name: rng.choice(pool) for name, pool in _POOLS.items()},
        }
        for k in range(n)
    ]


def _checked(row: dict[str, Any]) -> Incident | None:
    try:
        return Incident(**row)
    except ModelError:
        return None


def _columns(rows: list[dict[str, Any]]) -> dict[str, list[Any]]:
    return {name: [row[name] for row in rows] for name in rows[0]}


@pytest.mark.parametrize("seed", range(6))
def test_same_as_the_checked_constructor_row_by_row(seed: int) -> None:
    rows = _rows(400, seed)
    expected = [_checked(row) for row in rows]
    assert any(e is None for e in expected) and any(e is not None for e in expected)
    got = incidents_from_columns(len(rows), _columns(rows))
    assert got == expected
    for g, e in zip(
        got, expected, strict=True
    ):  # the same values, of the same types (== would take 1 for 1.0)
        if e is not None:
            assert g is not None
            for f in dataclasses.fields(Incident):
                assert type(getattr(g, f.name)) is type(getattr(e, f.name)), f.name


def test_clean_columns_skip_the_per_row_checks_and_still_match() -> None:
    rows = [
        {
            "incident_id": f"i-{k}",
            "report_id": "r-1",
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "event_date": dt.date(2020, 1, 1 + k % 28),
            "date_start": dt.date(2020, 1, 1 + k % 28),
            "date_end": dt.date(2020, 1, 1 + k % 28),
            "date_precision": DatePrecision.DAY,
            "latitude": 33.0 + k / 1000,
            "longitude": 44.0,
            "geo_precision": 1 + k % 3,
            "location_precision": LocationPrecision.NEAR,
            "fatalities": k % 4,
            "attributes": {"k": k},
        }
        for k in range(300)
    ]
    got = incidents_from_columns(
        len(rows), {**_columns(rows), "confidence": Same(1.0), "origin": Same("test")}
    )
    assert got == [Incident(**row, confidence=1.0, origin="test") for row in rows]


def test_defaults_and_fresh_attribute_dicts() -> None:
    got = incidents_from_columns(
        3,
        {
            "incident_id": ["a", "b", "c"],
            "report_id": Same("r"),
            "event_type": Same("Riots"),
            "sub_event_type": Same("Mob violence"),
        },
    )
    assert got == [
        Incident(incident_id=i, report_id="r", event_type="Riots", sub_event_type="Mob violence")
        for i in "abc"
    ]
    assert got[0] is not None and got[1] is not None
    assert got[0].attributes == {} and got[0].attributes is not got[1].attributes


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match="report_id"):
        incidents_from_columns(
            1, {"incident_id": ["a"], "event_type": ["Riots"], "sub_event_type": ["Mob violence"]}
        )
    with pytest.raises(ValueError, match="2 values, not 3"):
        incidents_from_columns(
            3,
            {
                "incident_id": ["a", "b"],
                "report_id": Same("r"),
                "event_type": Same("Riots"),
                "sub_event_type": Same("Mob violence"),
            },
        )


def test_no_rows() -> None:
    assert (
        incidents_from_columns(
            0, {"incident_id": [], "report_id": [], "event_type": [], "sub_event_type": []}
        )
        == []
    )
