"""``incidents evaluate``: measure geoparsing and event extraction against published gold corpora.

The corpora are read by path (they are third-party and never copied into the project); see docs/evaluation.md for
the commands, the counting rules and the figures.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, TypeVar

from incidents.errors import UserError

__all__ = ["register"]

T = TypeVar("T")

_CORPUS_TITLES = {
    "gwn": "GeoWebNews",
    "lgl": "LGL",
    "trnews": "TR-News",
    "geovirus": "GeoVirus",
    "ucdp-ged": "UCDP GED headlines",
    "event-location": "Event location (Halterman 2019)",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``evaluate geoparsing`` and ``evaluate events``."""
    parser = subparsers.add_parser(
        "evaluate",
        help="score geoparsing and event extraction on gold corpora",
        description="Score geoparsing and event extraction on published gold corpora (see docs/evaluation.md).",
    )
    sub = parser.add_subparsers(dest="evaluate_command", metavar="TARGET", required=True)

    geo = sub.add_parser(
        "geoparsing",
        help="place-name resolution / recognition (GeoWebNews, LGL, TR-News, GeoVirus)",
        description="Resolution given gold place names (default), or end-to-end recognition + resolution.",
    )
    geo.add_argument("--corpus", required=True, choices=["gwn", "lgl", "trnews", "geovirus"])
    geo.add_argument("path", type=Path, metavar="PATH", help="the corpus XML file, e.g. ../shared/eval/...")
    geo.add_argument(
        "--mode",
        choices=["resolution", "end-to-end"],
        default="resolution",
        help="resolution: gold spans given (default); end-to-end: find places in raw text",
    )
    _common_options(geo, unit="documents")
    geo.set_defaults(func=_run_geoparsing)

    ev = sub.add_parser(
        "events",
        help="event extraction (UCDP GED headlines, event-location sentences)",
        description="Extract incidents from UCDP GED headlines (place/date/deaths) or choose the event's place "
        "in Halterman's event-location sentences.",
    )
    ev.add_argument("--corpus", required=True, choices=["ucdp-ged", "event-location"])
    ev.add_argument("path", type=Path, metavar="PATH", help="GED CSV file, or labeled_text.jsonl.zip")
    _common_options(ev, unit="rows / sentences")
    ev.set_defaults(func=_run_events)


def _common_options(parser: argparse.ArgumentParser, *, unit: str) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument(
        "--limit", type=_positive_int, default=None, metavar="N", help=f"score the first N {unit}"
    )
    parser.add_argument(
        "--cases",
        type=Path,
        default=None,
        metavar="FILE",
        help="also write one JSON line per scored item to FILE (for error analysis)",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar on stderr")


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not an integer") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


# --- plumbing -----------------------------------------------------------------------------------------------


def _progress(items: Iterable[T], *, args: argparse.Namespace, total: int | None, desc: str) -> Iterator[T]:
    if args.quiet or not sys.stderr.isatty():  # no carriage-return bars in logs and CI output
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, total=total, desc=desc, unit="", file=sys.stderr, leave=False, dynamic_ncols=True)


def _limit(items: Iterable[T], limit: int | None) -> Iterator[T]:
    return itertools.islice(items, limit) if limit is not None else iter(items)


def _check_paths(args: argparse.Namespace) -> None:
    """Fail before the (long) run, not after it: the corpus must exist, and so must the folder of --cases."""
    _check_path(args.path)
    if args.cases is not None and not args.cases.resolve().parent.is_dir():
        raise UserError(f"{args.cases}: its folder does not exist")


def _check_path(path: Path) -> None:
    if not path.exists():
        raise UserError(f"{path}: no such file (corpora live under ../shared/eval/, see docs/evaluation.md)")
    if path.is_dir():
        raise UserError(f"{path}: is a folder; give the corpus file itself")


def _write_cases(path: Path | None, rows: Iterable[dict[str, Any]]) -> None:
    """Write JSON lines atomically (temporary file + rename: never half a file)."""
    if path is None:
        return
    path = path.resolve()
    fd, tmp = tempfile.mkstemp(prefix=".cases-", suffix=".jsonl", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _load_gazetteer(args: argparse.Namespace) -> Any:
    try:
        from geodata import load_gazetteer
    except ImportError as exc:
        raise UserError(f"the geodata package does not provide load_gazetteer yet ({exc})") from exc
    return load_gazetteer(progress=not args.quiet)


def _pct(v: float | None) -> str:
    return "-" if v is None else f"{100 * v:.1f} %"


def _km(v: float | None) -> str:
    return "-" if v is None else f"{v:,.1f} km"


def _table(rows: Sequence[tuple[str, str]]) -> str:
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)


# --- geoparsing ---------------------------------------------------------------------------------------------


def _run_geoparsing(args: argparse.Namespace) -> int:
    from incidents.evaluation.geoparsing import (
        GWN_PLACE_TYPES,
        CorpusError,
        load_corpus,
        score_end_to_end,
        score_resolution,
        summarise_resolution,
    )

    _check_paths(args)
    try:
        docs = list(_limit(load_corpus(args.corpus, args.path), args.limit))
    except CorpusError as exc:
        raise UserError(str(exc)) from exc
    gaz = _load_gazetteer(args)
    from geodata import find_places, resolve_spans

    realigned = sum(d.realigned for d in docs)
    dropped = [msg for d in docs for msg in d.dropped]
    bar = _progress(docs, args=args, total=len(docs), desc=f"{args.corpus} {args.mode}")
    if args.mode == "resolution":
        outcomes = score_resolution(bar, lambda text, spans: resolve_spans(text, spans, gaz))
        summary = summarise_resolution(outcomes, by_type=args.corpus == "gwn")
    else:
        summary, outcomes = score_end_to_end(bar, lambda text: find_places(text, gaz))
    result: dict[str, Any] = {
        "corpus": args.corpus,
        "mode": args.mode,
        "path": str(args.path),
        "limit": args.limit,
        "documents": len(docs),
        **summary,
        "gold_toponyms": sum(len(d.toponyms) for d in docs),
        "offsets_realigned": realigned,
        "toponyms_dropped": len(dropped),
        "scored_types": sorted(GWN_PLACE_TYPES) if args.corpus == "gwn" else None,
    }
    _write_cases(args.cases, (asdict(o) for o in outcomes))
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    title = f"{_CORPUS_TITLES[args.corpus]} — " + (
        "resolution given gold place names" if args.mode == "resolution" else "end-to-end (find + resolve)"
    )
    rows = [("documents", str(len(docs)))]
    if args.mode == "end-to-end":
        ov = summary["overlap"]
        rows += [
            ("gold toponyms", str(summary["n_gold"])),
            ("predicted mentions", str(summary["n_pred"])),
            (
                "strict P / R / F1",
                f"{_pct(summary['precision'])} / {_pct(summary['recall'])} / {_pct(summary['f1'])}",
            ),
            ("overlap P / R / F1", f"{_pct(ov['precision'])} / {_pct(ov['recall'])} / {_pct(ov['f1'])}"),
            ("resolved, matched", f"{summary['n']} (gold with coordinates paired with a mention)"),
        ]
    else:
        rows.append(("scored toponyms", f"{summary['n']} (gold with coordinates)"))
    rows += [
        ("acc@161 km", _pct(summary["acc161"])),
        ("median error", _km(summary["median_km"])),
        ("mean error", _km(summary["mean_km"])),
        ("unresolved", f"{summary['unresolved']} (charged 20,039 km each)"),
    ]
    if args.mode == "resolution":
        rows.append(
            ("exact GeoNames id", f"{_pct(summary['exact_id'])} (of {summary['n_with_id']} with a gold id)")
        )
    rows.append(("offsets realigned", f"{realigned}; dropped {len(dropped)}"))
    print(title)
    print(_table(rows))
    if summary.get("by_type"):
        print("\nby GeoWebNews type:")
        print(
            _table(
                [
                    (t, f"n={s['n']:<5} acc@161 {_pct(s['acc161'])}")
                    for t, s in sorted(summary["by_type"].items(), key=lambda kv: -kv[1]["n"])
                ]
            )
        )
    return 0


# --- events -------------------------------------------------------------------------------------------------


def _extractor(args: argparse.Namespace) -> tuple[Any, Any]:
    import incidents

    extract_incidents = getattr(incidents, "extract_incidents", None)
    if extract_incidents is None:  # until the package root re-exports it
        try:
            from incidents.extract import extract_incidents
        except ImportError as exc:
            raise UserError(f"the incidents package does not provide extract_incidents yet ({exc})") from exc
    return extract_incidents, _load_gazetteer(args)


def _run_events(args: argparse.Namespace) -> int:
    from incidents.evaluation.events import EventCorpusError

    _check_paths(args)
    try:
        if args.corpus == "ucdp-ged":
            return _run_ucdp(args)
        return _run_event_location(args)
    except EventCorpusError as exc:
        raise UserError(str(exc)) from exc


def _run_ucdp(args: argparse.Namespace) -> int:
    from incidents.evaluation.events import load_ucdp_ged, score_row, summarise_events
    from incidents.ingest import normalise_text  # the stored text of an ingested report
    from incidents.model import Report

    load = load_ucdp_ged(args.path)
    rows = list(_limit(load.rows, args.limit))
    extract, gaz = _extractor(args)
    outcomes = []
    for row in _progress(rows, args=args, total=len(rows), desc="ucdp-ged"):
        report = Report.create(
            text=normalise_text(row.text), published=row.published, source=row.source, url=None, title=None
        )
        outcomes.append(score_row(row, extract(report, gazetteer=gaz)))
    summary = summarise_events(outcomes)
    result: dict[str, Any] = {
        "corpus": "ucdp-ged",
        "path": str(args.path),
        "limit": args.limit,
        **summary,
        "rows_without_headline": load.without_headline,
        "rows_rejected": len(load.rejected),
        "published_from_source_date": sum(1 for r in rows if r.published_from == "source_date"),
    }
    _write_cases(args.cases, (asdict(o) for o in outcomes))
    for msg in load.rejected[:20]:
        print(f"incidents: warning: {msg}", file=sys.stderr)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"{_CORPUS_TITLES['ucdp-ged']} — {args.path.name}")
    print(
        _table(
            [
                ("rows scored", f"{summary['n']} (with a headline; {load.without_headline} without skipped)"),
                ("no incident", _pct(summary["no_incident_rate"])),
                ("located", _pct(summary["located_rate"])),
                ("within 5 / 25 / 50 km", " / ".join(_pct(summary[k]) for k in _KM_KEYS)),
                ("  of located rows", " / ".join(_pct(summary["of_located"][k]) for k in _KM_KEYS)),
                ("median error (located)", _km(summary["median_km_located"])),
                ("has an event date", _pct(summary["dated_rate"])),
                ("date within ±1 day", _pct(summary["date_exact"])),
                ("deaths == best", _pct(summary["deaths_exact"])),
                ("deaths in low..high", _pct(summary["deaths_in_range"])),
            ]
        )
    )
    print("\nby where_prec (1 exact place ... 6 country):")
    print(
        _table(
            [
                (
                    f"where_prec {b}",
                    f"n={s['n']:<6} no incident {_pct(s['no_incident_rate']):>7}   within 5/25/50 km "
                    + " / ".join(_pct(s[k]) for k in _KM_KEYS),
                )
                for b, s in summary["by_where_prec"].items()
            ]
        )
    )
    return 0


_KM_KEYS = ("within_5km", "within_25km", "within_50km")


def _run_event_location(args: argparse.Namespace) -> int:
    from geodata import find_places
    from incidents.evaluation.events import load_event_location, score_event_location
    from incidents.model import Report

    load = load_event_location(args.path)
    sentences = list(_limit(load.sentences, args.limit))
    extract, gaz = _extractor(args)

    def run(text: str) -> Sequence[Any]:
        return extract(
            Report.create(text=text, published=None, source=None, url=None, title=None), gazetteer=gaz
        )

    bar = _progress(sentences, args=args, total=len(sentences), desc="event-location")
    summary, outcomes = score_event_location(bar, find=lambda text: find_places(text, gaz), extract=run)
    _write_cases(args.cases, (asdict(o) for o in outcomes))
    result = {
        "corpus": "event-location",
        "path": str(args.path),
        "limit": args.limit,
        **summary,
        "records": load.records,
        "sentences": len(sentences),
        "skipped_short_location_spans": load.skipped_short_spans,
        "superseded_by_relabel": load.superseded_records,
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"{_CORPUS_TITLES['event-location']} — {args.path.name}")
    print(
        _table(
            [
                ("sentences scored", f"{summary['n']} (>= 1 gold LOCATION and >= 2 place mentions)"),
                ("our choice is gold", _pct(summary["accuracy"])),
                ("  when a place was chosen", _pct(summary["accuracy_when_chosen"])),
                ("baseline: first mention", _pct(summary["baseline_first_mention"])),
                ("gold among mentions", _pct(summary["gold_among_mentions"])),
                ("no incident / no tie", f"{summary['no_incident']} / {summary['no_location_choice']}"),
            ]
        )
    )
    return 0
