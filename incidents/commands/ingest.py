"""``incidents ingest``: read report files, extract incidents, store them (one transaction per report)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable
from typing import Any

from incidents._workers import AUTO_MAX_JOBS
from incidents.commands._common import add_db_option, open_db
from incidents.errors import UserError
from incidents.ingest import AUTO_MIN_REPORTS, DEFAULT_MAX_BYTES, IngestSummary, ingest, parse_date

__all__ = ["add_read_options", "check_published", "register"]

_UNITS = {
    "": 1,
    "b": 1,
    "k": 1_000,
    "kb": 1_000,
    "m": 1_000_000,
    "mb": 1_000_000,
    "g": 1_000_000_000,
    "gb": 1e9,
}


def _date_arg(value: str) -> dt.date:
    try:
        return parse_date(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (use YYYY-MM-DD)") from exc


def _size_arg(value: str) -> int:
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?[bB]?)\s*", value)
    if not m or float(m.group(1)) <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a size (e.g. 5000000, 500k, 5MB)")
    return int(float(m.group(1)) * _UNITS[m.group(2).lower()])


def _jobs_arg(value: str) -> int | str:
    if value.strip().lower() == "auto":
        return "auto"
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (use 1, 2, ... or auto)")
    return n


def add_read_options(parser: argparse.ArgumentParser) -> None:
    """``--published``, ``--source``, ``--max-bytes`` (shared by ``ingest`` and ``extract``)."""
    parser.add_argument(
        "--published",
        type=_date_arg,
        metavar="DATE",
        help="publication date of the reports (YYYY-MM-DD), overriding their metadata; relative dates in the "
        "text ('on Tuesday') are resolved against it. Without any date, incidents' dates are unknown",
    )
    parser.add_argument("--source", metavar="NAME", help="publisher name, overriding the reports' metadata")
    parser.add_argument(
        "--max-bytes",
        type=_size_arg,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"size limit of one report, checked before reading (default {DEFAULT_MAX_BYTES / 1e6:g} MB; "
        "accepts 500k, 20MB); JSON Lines: per line",
    )


def check_published(published: dt.date | None, now: dt.datetime) -> None:
    """A ``--published`` date after today is a mistake in the user's own input."""
    if published is not None and published > now.date() + dt.timedelta(days=1):
        raise UserError(
            f"--published {published.isoformat()} is in the future (today is {now.date().isoformat()})"
        )


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``ingest``."""
    parser = subparsers.add_parser(
        "ingest",
        help="read reports, extract incidents and store them",
        description="Read news reports (.txt, .md with front matter, .html, .json, .jsonl, RSS/Atom feeds, "
        "directories, '-' for standard input), extract incidents and store them. Each report is stored in one "
        "transaction: a bad file is reported and the rest of the batch goes through. Ingesting the same files "
        "again changes nothing. Exit status 1 when any input was rejected.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="report files, directories, or - for stdin")
    add_db_option(parser)
    add_read_options(parser)
    parser.add_argument(
        "--jobs",
        "-j",
        type=_jobs_arg,
        default="auto",
        metavar="N",
        help="extraction processes: N worker processes extract while this one reads and stores, in input order "
        "(same store and summary as with 1); 'auto' (the default) uses the usable CPUs, at most "
        f"{AUTO_MAX_JOBS}, when the batch has more than {AUTO_MIN_REPORTS} reports, else 1; 1 = all in one "
        "process",
    )
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    parser.add_argument(
        "--no-progress", action="store_true", help="no progress bar (default: shown on a terminal)"
    )
    parser.set_defaults(func=_run)


def _load_gazetteer(*, progress: bool) -> Any:
    from geodata import load_gazetteer

    return load_gazetteer(progress=progress)


def _extractor() -> Callable[..., Any]:
    try:
        from incidents.extract import extract
    except ImportError as exc:
        raise UserError(f"extraction is not available in this installation ({exc})") from exc
    return extract


def _run(args: argparse.Namespace) -> int:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)  # the CLI is where the clock is read
    check_published(args.published, now)
    progress = not args.no_progress and sys.stderr.isatty()
    extract = _extractor()
    # the store first: a bad --db path is reported at once, not after the gazetteer is built or loaded
    with open_db(args) as store:
        gazetteer = _load_gazetteer(progress=progress)
        summary = ingest(
            args.paths,
            store=store,
            gazetteer=gazetteer,
            now=now,
            published=args.published,
            source=args.source,
            progress=progress,
            max_bytes=args.max_bytes,
            extract=extract,
            jobs=args.jobs,
        )
        path = str(store.path)
    for reject in summary.rejects:
        print(f"incidents: rejected: {reject}", file=sys.stderr)
    for warning in summary.warnings:
        print(f"incidents: warning: {warning}", file=sys.stderr)
    for note in summary.notes:
        print(f"incidents: note: {note}", file=sys.stderr)
    if args.json:
        print(json.dumps({**summary.to_dict(), "store": path}, indent=2, ensure_ascii=False))
    else:
        print(format_summary(summary, store_path=path))
    return 0 if summary.ok else 1


def format_summary(s: IngestSummary, *, store_path: str) -> str:
    """The human-readable end-of-run summary."""
    lines = [
        f"read       {s.files} file(s), {s.reports_read} report(s): {s.reports_new} new, "
        f"{s.reports_updated} updated, {s.reports_unchanged} unchanged",
        f"incidents  {s.incidents_added} added, {s.incidents_updated} updated, {s.incidents_unchanged} unchanged, "
        f"{s.incidents_removed} removed ({s.current} current, {s.historical} historical)",
        f"rejected   {len(s.rejects)}" + (" (see the messages above)" if s.rejects else ""),
        f"warnings   {len(s.warnings)}",
        f"store      {store_path} (revision {s.revision_before} -> {s.revision_after})",
    ]
    return "\n".join(lines)
