"""The seed report (../shared/reports/esta-ain-al-asad.txt) against its gold: exactly the gold incidents, none of the traps.

The gold file is third-party material read by path (never copied). Its incidents are turned into predicates of the
golden-case language (tests/test_golden.py); accepted precisions for the historical strike ("day", "month" or
"year") are checked by requiring the stated interval to contain the gold day.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from incidents.extract import EXTRACTOR_VERSION, extract
from incidents.model import Incident, Report
from tests.test_golden import mismatches

pytestmark = pytest.mark.shared

#: gold keys that are explanations, not predicates
_PROSE = {
    "what",
    "date_basis",
    "sub_event_type_note",
    "gazetteer_hint",
    "fatalities_note",
    "date_precision_accepted",
}


def _predicates(gold: dict[str, Any]) -> dict[str, Any]:
    spec = {k: v for k, v in gold.items() if k not in _PROSE and k not in ("location", "admin1", "actor1")}
    if "admin1" in gold:
        spec["admin1_contains"] = [gold["admin1"]]
    if "actor1" in gold and gold["actor1"] is None:
        spec["actor1"] = None  # never invented: nobody names the attacker
    if "date_precision_accepted" in gold:
        spec.pop("event_date", None)  # checked by interval below
    return spec


@pytest.fixture(scope="module")
def seed(shared_dir: Path, gazetteer) -> tuple[list[Incident], dict[str, Any], str]:
    text = (shared_dir / "reports" / "esta-ain-al-asad.txt").read_text(encoding="utf-8")
    gold = json.loads((shared_dir / "reports" / "esta-ain-al-asad.gold.json").read_text(encoding="utf-8"))
    report = Report.create(text=text, published=gold["published"], source=gold["source"])
    return list(extract(report, gazetteer=gazetteer).incidents), gold, text


def test_exactly_the_gold_incidents(seed) -> None:
    incidents, gold, _ = seed
    assert len(incidents) == len(gold["incidents"]), [(i.sub_event_type, i.location) for i in incidents]
    unused = list(incidents)
    for g in gold["incidents"]:
        spec = _predicates(g)
        hits = [i for i in unused if not mismatches(i, spec)]
        assert hits, f"{g['what'][:60]}: closest misses {[mismatches(i, spec) for i in unused]}"
        inc = hits[0]
        unused.remove(inc)
        if "date_precision_accepted" in g:
            day = dt.date.fromisoformat(g["event_date"])
            assert inc.date_precision.value in g["date_precision_accepted"]
            assert inc.date_start is not None and inc.date_start <= day <= inc.date_end
        assert inc.method == EXTRACTOR_VERSION


@pytest.mark.parametrize(
    ("trap", "predicate"),
    [
        ("caption date", lambda i: i.event_date == dt.date(2020, 1, 13)),
        (
            "dateline city",
            lambda i: "sulaim" in (i.location or "").lower() or "slemani" in (i.location or "").lower(),
        ),
        ("furniture: Syria", lambda i: i.iso3 == "SYR" or (i.country or "") == "Syria"),
        (
            "furniture: oil headline",
            lambda i: any("stockpiles" in e.text or "Oil falls" in e.text for e in i.evidence),
        ),
        ("clock date", lambda i: i.event_date is not None and i.event_date > dt.date(2022, 1, 4)),
    ],
)
def test_no_trap_is_coded(seed, trap: str, predicate) -> None:
    incidents, _, _ = seed
    assert not [i for i in incidents if predicate(i)], trap


def test_one_current_incident_at_ain_al_asad(seed) -> None:
    incidents, _, _ = seed
    at_base = [i for i in incidents if not i.historical and i.latitude and abs(i.latitude - 33.7856) < 0.1]
    assert len(at_base) == 1
    assert len(at_base[0].evidence) >= 3  # the four mentions merged, each kept as evidence


def test_evidence_spans_point_into_the_text(seed) -> None:
    incidents, _, text = seed
    for inc in incidents:
        for span in inc.evidence:
            assert text[span.start : span.end] == span.text
