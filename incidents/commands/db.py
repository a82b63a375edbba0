"""``incidents db``: look at and maintain the store."""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

from incidents.commands._common import add_db_option, open_db
from incidents.errors import UserError
from incidents.store import default_db_path

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``db info``."""
    parser = subparsers.add_parser(
        "db", help="inspect the incident store", description="Inspect the incident store."
    )
    sub = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    info = sub.add_parser(
        "info", help="counts, schema version, path", description="Counts, schema version, path."
    )
    add_db_option(info)
    info.add_argument("--json", action="store_true", help="print one JSON object")
    info.set_defaults(func=_info)


def _info(args: argparse.Namespace) -> int:
    """Describe an existing store. An inspection creates nothing: a mistyped ``--db`` is an error (exit 1), as in
    ``export``, not a new empty store and folders left behind."""
    path = Path(args.db if args.db is not None else default_db_path()).expanduser()
    if not path.exists():
        raise UserError(f"no store at {path} (ingest or import creates one)")
    with open_db(args, create=False) as store:
        info = store.info()
    if args.json:
        print(json.dumps(dataclasses.asdict(info), indent=2))
        return 0
    span = f"{info.first_date} .. {info.last_date}" if info.first_date else "-"
    print(f"store           {info.path}")
    print(f"schema version  {info.schema_version}")
    print(f"reports         {info.reports}")
    print(f"incidents       {info.incidents} ({info.current} current, {info.historical} historical)")
    print(f"dates           {span}")
    print(f"edits           {info.edits}")
    print(f"revision        {info.revision}")
    print(f"size            {info.size_bytes / 1e6:.2f} MB")
    return 0
