"""``incidents import {acled,ucdp,layer} FILE``: bring ACLED, UCDP GED or our own exported layers into the store.

Exit codes: 0 when the file was imported, even if some rows were rejected (they are listed with line and reason);
1 when the file could not be read at all (missing, empty, unknown layout) or no row was valid. Good rows are saved in
one store transaction, so nothing is half-imported.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

from incidents.commands._common import add_db_option, open_db
from incidents.errors import UserError
from incidents.interchange import IMPORT_KINDS, import_file

__all__ = ["register"]

_SHOW_REJECTS = 50


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``import``."""
    parser = subparsers.add_parser(
        "import",
        help="import an ACLED export, a UCDP GED file, or a layer exported by this tool",
        description="Import incidents. acled: an ACLED CSV export (2023 or older layout); ucdp: a UCDP GED CSV "
        "(the HXL tag row is skipped); layer: a GeoJSON/GPKG/FGB/GeoParquet/CSV/zipped Shapefile/KML exported by "
        "'incidents export'. Re-importing the same file changes nothing; an updated file updates the same "
        "incidents. Bad rows are listed and skipped; the good ones are saved in one transaction.",
    )
    parser.add_argument("kind", choices=IMPORT_KINDS, help="what the file is")
    parser.add_argument("file", type=Path, metavar="FILE")
    add_db_option(parser)
    parser.add_argument(
        "--json", action="store_true", help="print one JSON summary object (rejects included)"
    )
    parser.add_argument("--dry-run", action="store_true", help="read and check the file, save nothing")
    parser.set_defaults(func=_import)


def _import(args: argparse.Namespace) -> int:
    result = import_file(args.kind, args.file)
    saved = None
    if result.incidents and not args.dry_run:
        with open_db(args) as store:
            saved = store.save(reports=result.reports, incidents=result.incidents)
    summary = {
        "file": str(args.file),
        "kind": args.kind,
        "rows": result.rows,
        "imported": len(result.incidents),
        "rejected": len(result.rejects),
        "saved": dataclasses.asdict(saved) if saved else None,
        "dry_run": bool(args.dry_run),
        "rejects": [dataclasses.asdict(r) for r in result.rejects],
        "warnings": list(result.warnings),
    }
    if args.json:
        print(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        for warning in result.warnings:
            print(f"incidents: warning: {warning}", file=sys.stderr)
        for reject in result.rejects[:_SHOW_REJECTS]:
            print(f"incidents: rejected {args.file}: {reject}", file=sys.stderr)
        if len(result.rejects) > _SHOW_REJECTS:
            more = len(result.rejects) - _SHOW_REJECTS
            print(f"incidents: ... and {more} more rejected row(s) (--json lists all)", file=sys.stderr)
        line = f"{args.file}: {len(result.incidents):,} of {result.rows:,} row(s) valid ({args.kind})"
        if saved:
            line += (
                f"; {saved.incidents_added:,} added, {saved.incidents_updated:,} updated,"
                f" {saved.incidents_unchanged:,} unchanged"
            )
        elif args.dry_run:
            line += "; dry run, nothing saved"
        if result.rejects:
            line += f"; {len(result.rejects):,} rejected"
        print(line)
    if not result.incidents:
        raise UserError(f"{args.file}: no valid rows to import ({len(result.rejects)} rejected)")
    return 0
