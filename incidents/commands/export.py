"""``incidents export``: write the selected incidents as GeoJSON, GPKG, KML/KMZ, Shapefile, CSV, GeoParquet or FGB.

The filters are the dashboard's (one :class:`~incidents.filters.IncidentQuery`), so an export from the command line
and a download from the map give the same rows for the same selection.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from incidents.commands._common import add_db_option, open_db
from incidents.errors import UserError
from incidents.filters import IncidentQuery
from incidents.interchange import FORMATS, export_notes, write_export
from incidents.model import EVENT_TYPES

__all__ = ["add_filter_options", "query_from_args", "register"]

_SUB_EVENT_TYPES = sorted({s for subs in EVENT_TYPES.values() for s in subs})
_HISTORICAL = {"exclude": False, "include": None, "only": True}


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


def _bbox(value: str) -> tuple[float, float, float, float]:
    try:
        parts = tuple(float(p) for p in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 4:
        raise argparse.ArgumentTypeError(f"{value!r}: give minlon,minlat,maxlon,maxlat (four numbers)")
    min_lon, min_lat, max_lon, max_lat = parts
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise argparse.ArgumentTypeError(
            f"{value!r}: not minlon,minlat,maxlon,maxlat within -180..180, -90..90"
        )
    return parts  # type: ignore[return-value]


def _confidence(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number within 0..1")
    return number


def _iso3(value: str) -> str:
    """An ISO 3166-1 alpha-3 code ("IRQ"), or a country's name as analysts and ACLED/UCDP write it ("Iraq", "DR
    Congo"), made its code: the store filters on codes, and an unknown value would select nothing and write an
    empty layer, so it is refused."""
    import pycountry

    from incidents.interchange import iso3_from_country

    code = value.strip().upper()
    if (
        len(code) == 3
        and code.isalpha()
        and (code == "XKX" or pycountry.countries.get(alpha_3=code) is not None)
    ):
        return code
    named = (
        iso3_from_country(value) if len(value.strip()) > 3 else None
    )  # not 'IQ': two letters are too terse
    if named:
        return named
    raise argparse.ArgumentTypeError(
        f"{value!r} is not an ISO 3166-1 alpha-3 country code or a country name (e.g. IRQ, SYR, Iraq)"
    )


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a non-negative whole number")
    return number


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """The dashboard's filters as options (repeat an option to allow several values)."""
    g = parser.add_argument_group("filters (as in the dashboard)")
    g.add_argument(
        "--from", dest="date_from", type=_iso_date, metavar="DATE", help="first event date (YYYY-MM-DD)"
    )
    g.add_argument(
        "--to", dest="date_to", type=_iso_date, metavar="DATE", help="last event date (YYYY-MM-DD)"
    )
    g.add_argument(
        "--type",
        dest="event_types",
        action="append",
        choices=list(EVENT_TYPES),
        metavar="TYPE",
        help="ACLED event type (repeatable): " + "; ".join(EVENT_TYPES),
    )
    g.add_argument(
        "--sub-type",
        dest="sub_event_types",
        action="append",
        choices=_SUB_EVENT_TYPES,
        metavar="SUBTYPE",
        help="ACLED sub-event type (repeatable)",
    )
    g.add_argument("--weapon", dest="weapons", action="append", metavar="WEAPON", help="weapon (repeatable)")
    g.add_argument(
        "--country",
        dest="iso3",
        action="append",
        metavar="ISO3|NAME",
        type=_iso3,
        help="ISO 3166 alpha-3 country code or country name (repeatable)",
    )
    g.add_argument("--admin1", action="append", metavar="NAME", help="province / admin1 name (repeatable)")
    g.add_argument("--actor", metavar="TEXT", help="text in actor1 or actor2 (case-insensitive)")
    g.add_argument("--source", dest="sources", action="append", metavar="NAME", help="publisher (repeatable)")
    g.add_argument("--min-fatalities", type=_count, metavar="N")
    g.add_argument("--max-fatalities", type=_count, metavar="N")
    g.add_argument(
        "--geo-precision",
        action="append",
        type=int,
        choices=(1, 2, 3),
        help="ACLED geo_precision 1, 2 or 3 (repeatable)",
    )
    g.add_argument("--min-confidence", type=_confidence, metavar="X", help="confidence at least X (0..1)")
    g.add_argument("--bbox", type=_bbox, metavar="MINLON,MINLAT,MAXLON,MAXLAT", help="bounding box, WGS84")
    g.add_argument("--text", metavar="TEXT", help="text in location, actors, notes, source, admin1, country")
    g.add_argument(
        "--historical",
        choices=tuple(_HISTORICAL),
        default="exclude",
        help="references to past events: exclude (default), include, or only them",
    )
    g.add_argument(
        "--origin",
        action="append",
        metavar="ORIGIN",
        help="where incidents came from: extracted, acled, ucdp, layer ... (repeatable)",
    )


def query_from_args(args: argparse.Namespace) -> IncidentQuery:
    """The IncidentQuery the filter options describe."""
    try:
        return IncidentQuery(
            date_from=args.date_from,
            date_to=args.date_to,
            event_types=args.event_types,
            sub_event_types=args.sub_event_types,
            weapons=args.weapons,
            iso3=args.iso3,
            admin1=args.admin1,
            actor=args.actor,
            sources=args.sources,
            min_fatalities=args.min_fatalities,
            max_fatalities=args.max_fatalities,
            geo_precision=args.geo_precision,
            min_confidence=args.min_confidence,
            bbox=args.bbox,
            text=args.text,
            historical=_HISTORICAL[args.historical],
            origin=args.origin,
        )
    except ValueError as exc:  # e.g. --from after --to
        raise UserError(str(exc)) from None


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``export``."""
    parser = subparsers.add_parser(
        "export",
        help="write incidents as GeoJSON, GPKG, KML/KMZ, Shapefile, CSV, GeoParquet or FlatGeobuf",
        description="Write the incidents selected by the filters to a file. CSV uses ACLED's column layout first. "
        "The output is written to a temporary file and renamed, so a failed export leaves nothing behind.",
    )
    add_db_option(parser)
    parser.add_argument("--format", "-f", dest="fmt", required=True, choices=FORMATS, help="output format")
    parser.add_argument("--out", "-o", required=True, type=Path, metavar="FILE", help="output file")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    add_filter_options(parser)
    parser.set_defaults(func=_export)


def _unmatched_provinces(store: Any, query: IncidentQuery) -> list[str]:
    """A note per ``--admin1`` value that matches no incident in the store, with the province's current name when
    the value is another name of it ("Kiev" -> "Kyiv"): an empty or partial export by province must not pass for a
    complete one. (The store already selects a province by any of its names, old or ACLED's: there is no other
    stored spelling to point to.)"""
    from geodata import canonical_admin1

    notes: list[str] = []
    iso3s: list[str] | None = list(query.iso3) if query.iso3 else None
    for value in query.admin1 or ():
        if store.count(IncidentQuery(admin1=(value,), historical=None)):
            continue
        if iso3s is None:
            iso3s = sorted({c for c in store.load_columns(["iso3"])["iso3"] if c})
        named = sorted({n for c in iso3s if (n := canonical_admin1(value, c)) and n != value})
        hint = f" under any of its names ({' or '.join(repr(n) for n in named)})" if named else ""
        notes.append(f"--admin1 {value!r} matches no province in the store{hint}")
    return notes


def _export(args: argparse.Namespace) -> int:
    query = query_from_args(args)
    with open_db(args, create=False, readonly=True) as store:
        incidents = list(store.iter_incidents(query))
        unmatched = _unmatched_provinces(store, query)
    for note in unmatched:
        print(f"incidents: note: {note}", file=sys.stderr)
    path = write_export(incidents, args.fmt, args.out, force=args.force)
    for note in export_notes(incidents, args.fmt):
        print(f"incidents: note: {note}", file=sys.stderr)
    if not incidents:
        hint = (
            "; references to past events are left out unless --historical include"
            if args.historical == "exclude"
            else ""
        )
        print(
            f"incidents: note: no incident matches the filters: {path} is an empty layer{hint}",
            file=sys.stderr,
        )
    print(f"wrote {len(incidents):,} incident(s) to {path} ({args.fmt})")
    return 0
