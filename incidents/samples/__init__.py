"""Bundled sample data: invented wire-style reports so a new user sees a working map at once.

``reports.jsonl`` holds short reports written for this project (the places are real, the events are invented; no
agency wrote them). They are loaded through the real pipeline (ingest -> extract -> store). ``incidents.jsonl``,
when present, is the extractor's output for them written by ``scripts/build_samples.py``: it is used only when the
extractor or the gazetteer cannot run here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from incidents.model import incident_from_dict, report_from_dict

__all__ = ["INCIDENTS_FILE", "REPORTS_FILE", "SampleLoad", "load_samples"]

_HERE = Path(__file__).resolve().parent
REPORTS_FILE = _HERE / "reports.jsonl"
INCIDENTS_FILE = _HERE / "incidents.jsonl"


@dataclass(frozen=True, slots=True)
class SampleLoad:
    """What loading the samples did."""

    reports: int
    incidents: int
    method: str  # "extracted" (pipeline ran) or "precomputed" (incidents.jsonl)
    warnings: tuple[str, ...] = ()


def _load_precomputed(store: Any, reason: str) -> SampleLoad:
    if not INCIDENTS_FILE.exists():
        raise RuntimeError(f"cannot load the sample data: {reason}, and {INCIDENTS_FILE.name} is not bundled")
    reports = []
    incidents = []
    with INCIDENTS_FILE.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec.get("kind") == "report":
                reports.append(report_from_dict(rec["record"]))
            else:
                incidents.append(incident_from_dict(rec["record"]))
    store.save(reports=reports, incidents=incidents)
    return SampleLoad(len(reports), len(incidents), "precomputed", (f"extractor not used: {reason}",))


def load_samples(
    store: Any,
    *,
    gazetteer: Any | Callable[[], Any],
    now: dt.datetime,
    extract: Callable[..., Any] | None = None,
) -> SampleLoad:
    """Ingest the sample reports into ``store`` through the extraction pipeline.

    Parameters
    ----------
    gazetteer
        A gazetteer, or a function that loads one (called only when the pipeline runs).
    now
        Retrieval time recorded on the reports (the caller's clock).
    extract
        Replaces :func:`incidents.extract.extract` (tests).
    """
    try:
        from incidents.ingest import ingest

        if extract is None:
            from incidents.extract import extract as extract_fn
        else:
            extract_fn = extract
        gaz = gazetteer() if callable(gazetteer) and not hasattr(gazetteer, "lookup") else gazetteer
    except (ImportError, OSError, RuntimeError) as exc:
        return _load_precomputed(store, f"{type(exc).__name__}: {exc}")
    summary = ingest([REPORTS_FILE], store=store, gazetteer=gaz, now=now, extract=extract_fn)
    if summary.rejects and not summary.reports_read:
        raise RuntimeError("; ".join(r.reason for r in summary.rejects))
    return SampleLoad(
        reports=summary.reports_read,
        incidents=summary.current + summary.historical,
        method="extracted",
        warnings=tuple(summary.warnings) + tuple(f"{r.path}: {r.reason}" for r in summary.rejects),
    )
