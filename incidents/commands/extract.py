"""``incidents extract``: print the incidents of a report without touching a store."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from incidents.commands import ingest as ingest_cmd
from incidents.errors import UserError
from incidents.ingest import extraction_warnings, read_reports
from incidents.model import Incident, Report, incident_to_dict, report_to_dict

__all__ = ["register"]

FORMATS = ("json", "geojson", "csv")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``extract``."""
    parser = subparsers.add_parser(
        "extract",
        help="print the incidents of one report (no store)",
        description="Extract the incidents of one report file (or - for standard input) and print them; "
        "nothing is stored. Useful to check what ingest would store.",
    )
    parser.add_argument("path", metavar="PATH", help="a report file, or - for standard input")
    ingest_cmd.add_read_options(parser)
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="json",
        help="json: a list of incident records (contract field names); geojson: a FeatureCollection; csv: "
        "ACLED-style columns",
    )
    parser.add_argument(
        "--with-report",
        action="store_true",
        help='json only: print {"reports": [...], "incidents": [...]}, each report with the cleaned text that '
        "the incidents' evidence offsets point into (text[start:end] is each span's quote)",
    )
    parser.set_defaults(func=_run)


def _write(incidents: list[Incident], fmt: str, reports: list[Report] | None = None) -> None:
    if fmt == "json":
        records = [incident_to_dict(i) for i in incidents]
        out: object = (
            records
            if reports is None
            else {"reports": [report_to_dict(r) for r in reports], "incidents": records}
        )
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return
    try:
        from incidents.interchange import export_bytes, to_geojson
    except ImportError as exc:
        raise UserError(f"--format {fmt} needs the export module, which is not available ({exc})") from exc
    if fmt == "geojson":
        print(json.dumps(to_geojson(incidents), indent=2, ensure_ascii=False))
    else:
        data, _, _ = export_bytes(incidents, "csv")
        sys.stdout.write(data.decode("utf-8-sig"))


def _run(args: argparse.Namespace) -> int:
    if args.with_report and args.format != "json":
        raise UserError(f"--with-report needs --format json (got --format {args.format})")
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)  # the CLI is where the clock is read
    ingest_cmd.check_published(args.published, now)
    results = list(
        read_reports(
            [args.path], published=args.published, source=args.source, max_bytes=args.max_bytes, retrieved=now
        )
    )
    rejects = [r for res in results for r in res.rejects]
    reports = [rep for res in results for rep in res.reports]
    for warning in (w for res in results for w in res.warnings):
        print(f"incidents: warning: {warning}", file=sys.stderr)
    if not reports:
        raise UserError("; ".join(map(str, rejects)) or f"{args.path}: no report")
    for reject in rejects:
        print(f"incidents: rejected: {reject}", file=sys.stderr)
    extract = ingest_cmd._extractor()
    gazetteer = ingest_cmd._load_gazetteer(progress=sys.stderr.isatty())
    incidents: list[Incident] = []
    for report in reports:
        extraction = extract(report, gazetteer=gazetteer)
        incidents.extend(extraction.incidents)
        label = args.path if args.path != "-" else "<stdin>"
        if "line" in report.metadata:
            label = f"{label}:{report.metadata['line']}"
        for warning in extraction_warnings(extraction.warnings, report):
            print(f"incidents: warning: {label}: {warning}", file=sys.stderr)
    _write(incidents, args.format, reports if args.with_report else None)
    return 1 if rejects else 0
