"""Options shared by subcommands (``--db``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from incidents.store import SQLiteStore, default_db_path, open_store

__all__ = ["add_db_option", "open_db"]


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """``--db PATH`` (else env INCIDENTS_DB, else the per-user default store)."""
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        metavar="PATH",
        help="store file (default: $INCIDENTS_DB or the per-user data directory)",
    )


def open_db(args: argparse.Namespace, *, create: bool = True, readonly: bool = False) -> SQLiteStore:
    """Open the store named by ``--db`` / ``$INCIDENTS_DB`` / the default."""
    return open_store(args.db if args.db is not None else default_db_path(), create=create, readonly=readonly)
