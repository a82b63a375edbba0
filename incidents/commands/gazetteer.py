"""``incidents gazetteer``: build, inspect and query the offline place index."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from incidents.errors import UserError

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``gazetteer build|lookup|info``."""
    parser = subparsers.add_parser(
        "gazetteer",
        help="build, inspect and query the offline gazetteer",
        description="Build, inspect and query the offline gazetteer (GeoNames places, airports, provinces, "
        "countries, curated sites).",
    )
    sub = parser.add_subparsers(dest="gazetteer_command", metavar="ACTION", required=True)

    build = sub.add_parser(
        "build",
        help="build the index into the cache (if missing or outdated)",
        description="Build the gazetteer index into the per-user cache dir ($INCIDENTS_CACHE_DIR overrides). "
        "Without --rebuild nothing happens when an up-to-date index exists.",
    )
    build.add_argument("--rebuild", action="store_true", help="build even if an up-to-date index exists")
    build.add_argument("--cache-dir", type=Path, default=None, metavar="DIR", help="index directory")
    build.set_defaults(func=_build)

    lookup = sub.add_parser(
        "lookup",
        help="ranked candidates for a place name",
        description="Ranked candidates for a place name (no document context).",
    )
    lookup.add_argument(
        "name", metavar="NAME", type=_place_name, help='place name, e.g. "Ain al-Asad" or "Baghdad airport"'
    )
    lookup.add_argument("--country", metavar="ISO3", default=None, help="keep only places of this country")
    lookup.add_argument("--limit", type=_positive_int, default=10, metavar="N", help="at most N (default 10)")
    lookup.add_argument("--json", action="store_true", help="print a JSON array")
    lookup.add_argument("--cache-dir", type=Path, default=None, metavar="DIR", help="index directory")
    lookup.set_defaults(func=_lookup)

    info = sub.add_parser(
        "info",
        help="cache path, sizes, counts, sources fingerprint",
        description="Cache path, sizes, counts and the fingerprint of the sources the index was built from.",
    )
    info.add_argument("--json", action="store_true", help="print one JSON object")
    info.add_argument("--cache-dir", type=Path, default=None, metavar="DIR", help="index directory")
    info.set_defaults(func=_info)


def _place_name(value: str) -> str:
    """A name with at least one letter or digit: an empty lookup is a usage slip, not "no place found"."""
    if not any(ch.isalnum() for ch in value):
        raise argparse.ArgumentTypeError(f"a place name needs letters, got {value!r}")
    return value


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an integer: {value!r}") from exc
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1: {value!r}")
    return n


def _load(args: argparse.Namespace):  # -> geodata.Gazetteer
    from geodata import load_gazetteer

    try:
        return load_gazetteer(cache_dir=args.cache_dir, progress=True)
    except (OSError, ValueError) as exc:
        raise UserError(f"cannot load the gazetteer: {exc}") from exc


def _build(args: argparse.Namespace) -> int:
    from geodata import load_gazetteer

    try:
        gz = load_gazetteer(cache_dir=args.cache_dir, rebuild=args.rebuild, progress=True)
    except (OSError, ValueError) as exc:
        raise UserError(f"gazetteer build failed: {exc}") from exc
    info = gz.info()
    print(f"gazetteer ready: {info['path']} ({info['places']} places, {info['keys']} names)")
    return 0


def _lookup(args: argparse.Namespace) -> int:
    gz = _load(args)
    iso3 = args.country.upper() if args.country else None
    if iso3 is not None and (len(iso3) != 3 or not iso3.isalpha()):
        raise UserError(f"--country must be an ISO 3166-1 alpha-3 code, got {args.country!r}")
    cands = gz.lookup(args.name, iso3=iso3, limit=args.limit)
    rows = [
        {
            "place_id": c.place.place_id,
            "name": c.place.name,
            "kind": c.place.kind,
            "admin1": c.place.admin1,
            "country": c.place.country,
            "iso3": c.place.iso3,
            "lat": c.place.lat,
            "lon": c.place.lon,
            "population": c.place.population,
            "feature_code": c.place.feature_code,
            "source": c.place.source,
            "score": c.score,
            "precision": c.precision,
        }
        for c in cands
    ]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print(f"no place found for {args.name!r}")
        return 1
    header = ("id", "name", "kind", "admin1", "country", "lat", "lon", "score", "precision")
    table = [
        (
            r["place_id"],
            r["name"],
            r["kind"],
            r["admin1"] or "-",
            r["country"] or r["iso3"] or "-",
            f"{r['lat']:.4f}",
            f"{r['lon']:.4f}",
            f"{r['score']:.2f}",
            r["precision"],
        )
        for r in rows
    ]
    widths = [max(len(str(x)) for x in col) for col in zip(header, *table, strict=True)]
    for line in (header, *table):
        print("  ".join(str(x).ljust(w) for x, w in zip(line, widths, strict=True)).rstrip())
    return 0


def _info(args: argparse.Namespace) -> int:
    gz = _load(args)
    info = gz.info()
    if args.json:
        print(json.dumps(info, indent=2))
        return 0
    size = info["file_size_bytes"]
    print(f"index           {info['path']}")
    print(f"size            {size / 1e6:.1f} MB" if size else "size            -")
    print(f"places          {info['places']}")
    for kind, n in info["places_by_kind"].items():
        print(f"  {kind:<13} {n}")
    print(f"names (keys)    {info['keys']}")
    print(f"words           {info['words']}")
    print(f"postings        {info['postings']}")
    print(f"exact-case ids  {info['exact_case_identifiers']}")
    print("sources fingerprint")
    for k, v in info["fingerprint"].items():
        print(f"  {k:<13} {v}")
    return 0
