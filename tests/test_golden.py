"""Golden reports: invented wire stories in tests/golden/ with what a careful coder takes from them.

Cases are discovered, not listed: ``NAME.txt`` (the report) + ``NAME.json`` ({"published", "source", "expected",
"must_not", optional "exact_current"/"exact_historical"}) adds a test. Each expected item is a set of predicates that
one incident must satisfy (each expected item is matched by a different incident); no incident may satisfy all the
predicates of a ``must_not`` item. Predicate language (shared with the seed test):

- a field name: equality (dates as ISO strings, enums by value, ``null`` for None);
- ``latitude``/``longitude`` with ``max_error_km``: great-circle distance;
- ``<field>_contains``: list of strings, at least one is a case-insensitive substring of the field;
- ``fatalities_min``: fatalities >= value; ``date_precision_in``: precision is one of the list;
- ``evidence_contains``: every string appears in some evidence span.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from geodata.distance import haversine_km
from incidents.extract import extract
from incidents.model import Incident, Report, incident_to_dict

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.stem for p in GOLDEN.glob("*.json") if p.with_suffix(".txt").exists())


def mismatches(incident: Incident, spec: dict[str, Any]) -> list[str]:
    """Which predicates of ``spec`` the incident fails (empty: it matches)."""
    d = incident_to_dict(incident)
    bad = []
    for key, want in spec.items():
        if key in ("max_error_km", "what", "longitude"):
            continue
        if key == "latitude":
            if d["latitude"] is None:
                bad.append("no coordinates")
            else:
                km = haversine_km(d["latitude"], d["longitude"], want, spec["longitude"])
                if km > spec.get("max_error_km", 5):
                    bad.append(f"{km:.1f} km from expected point")
        elif key.endswith("_contains") and key != "evidence_contains":
            field = key.removesuffix("_contains")
            value = (d.get(field) or "").lower()
            if not any(w.lower() in value for w in want):
                bad.append(f"{field}={d.get(field)!r} contains none of {want}")
        elif key == "evidence_contains":
            texts = [e["text"] for e in d["evidence"]]
            for w in want:
                if not any(w in t for t in texts):
                    bad.append(f"no evidence span contains {w!r}")
        elif key == "fatalities_min":
            if d["fatalities"] is None or d["fatalities"] < want:
                bad.append(f"fatalities={d['fatalities']!r} < {want}")
        elif key == "date_precision_in":
            if d["date_precision"] not in want:
                bad.append(f"date_precision={d['date_precision']!r} not in {want}")
        elif d.get(key) != want:
            bad.append(f"{key}={d.get(key)!r} != {want!r}")
    return bad


def check(incidents: list[Incident], case: dict[str, Any]) -> list[str]:
    """Every failure of ``incidents`` against a golden case (empty: pass)."""
    problems: list[str] = []
    unused = list(incidents)
    for i, spec in enumerate(case.get("expected", [])):
        scored = sorted(((len(mismatches(inc, spec)), k) for k, inc in enumerate(unused)), key=lambda t: t[0])
        if scored and scored[0][0] == 0:
            unused.pop(scored[0][1])
            continue
        closest = mismatches(unused[scored[0][1]], spec) if scored else ["no incident left"]
        problems.append(f"expected[{i}] not found; closest misses: {closest}")
    for j, spec in enumerate(case.get("must_not", [])):
        for inc in incidents:
            if not mismatches(inc, spec):
                problems.append(
                    f"must_not[{j}] {spec} matched {inc.event_type}/{inc.sub_event_type} "
                    f"at {inc.location} on {inc.event_date}"
                )
    current = [i for i in incidents if not i.historical]
    past = [i for i in incidents if i.historical]
    if "exact_current" in case and len(current) != case["exact_current"]:
        problems.append(
            f"{len(current)} current incidents, expected {case['exact_current']}: "
            + "; ".join(f"{i.sub_event_type}@{i.location}" for i in current)
        )
    if "exact_historical" in case and len(past) != case["exact_historical"]:
        problems.append(f"{len(past)} historical incidents, expected {case['exact_historical']}")
    return problems


def run_case(name: str, gazetteer) -> tuple[list[Incident], dict[str, Any]]:
    case = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    text = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
    report = Report.create(
        text=text, published=case.get("published"), source=case.get("source"), url=case.get("url")
    )
    return list(extract(report, gazetteer=gazetteer).incidents), case


def test_cases_are_discovered():
    assert len(CASES) >= 20, CASES


@pytest.mark.parametrize("name", CASES)
def test_golden(name: str, gazetteer) -> None:
    incidents, case = run_case(name, gazetteer)
    problems = check(incidents, case)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", CASES)
def test_golden_is_deterministic_and_spans_exact(name: str, gazetteer) -> None:
    first, case = run_case(name, gazetteer)
    second, _ = run_case(name, gazetteer)
    assert [i.incident_id for i in first] == [i.incident_id for i in second]
    assert len({i.incident_id for i in first}) == len(first)
    text = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
    for inc in first:
        assert inc.evidence, inc
        for span in inc.evidence:
            assert text[span.start : span.end] == span.text
        assert inc.method and 0.0 <= inc.confidence <= 1.0
        assert inc.published is None or inc.published.isoformat() == case.get("published")
