"""Run our extractor over the bundled sample reports and write incidents/samples/incidents.jsonl.

The dashboard's "Load sample data" button and ``incidents serve --sample`` run the real pipeline; this file is their
fallback on a machine where the gazetteer cannot be built. Re-run it after changing the extractor:

    python scripts/build_samples.py            # writes incidents/samples/incidents.jsonl
    python scripts/build_samples.py --check    # exit 1 if the bundled file is out of date
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys

from geodata import load_gazetteer
from incidents import incident_to_dict, report_to_dict
from incidents.extract import EXTRACTOR_VERSION, extract
from incidents.ingest import read_reports
from incidents.samples import INCIDENTS_FILE, REPORTS_FILE

#: ``origin_path`` of the bundled sample reports (relative to the repository root).
ORIGIN_PATH = "incidents/samples/reports.jsonl"


def build() -> str:
    """The JSON Lines text: one report record, then its incidents, per sample report (stable order)."""
    gazetteer = load_gazetteer()
    lines: list[str] = []
    for result in read_reports([REPORTS_FILE]):
        if result.rejects:
            raise SystemExit("; ".join(f"{r.path}:{r.line}: {r.reason}" for r in result.rejects))
        for report in result.reports:
            extraction = extract(report, gazetteer=gazetteer)
            # the path inside the package, not this checkout's absolute path: the bundled file (and --check)
            # must not depend on where the repository was cloned
            shipped = dataclasses.replace(extraction.report, origin_path=ORIGIN_PATH)
            lines.append(json.dumps({"kind": "report", "record": report_to_dict(shipped)}, sort_keys=True))
            lines.extend(
                json.dumps({"kind": "incident", "record": incident_to_dict(inc)}, sort_keys=True)
                for inc in extraction.incidents
            )
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="compare with the bundled file instead of writing"
    )
    args = parser.parse_args()
    text = build()
    n = sum(1 for line in text.splitlines() if '"kind": "incident"' in line)
    if args.check:
        same = INCIDENTS_FILE.exists() and INCIDENTS_FILE.read_text(encoding="utf-8") == text
        print(
            f"{INCIDENTS_FILE.name}: {'up to date' if same else 'OUT OF DATE'} ({EXTRACTOR_VERSION}, {n} incidents)"
        )
        return 0 if same else 1
    tmp = INCIDENTS_FILE.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(INCIDENTS_FILE)
    print(f"wrote {INCIDENTS_FILE} ({EXTRACTOR_VERSION}, {n} incidents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
