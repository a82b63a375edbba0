"""Build the shipped boundary layers ``geodata/data/admin0.parquet`` and ``admin1.parquet``.

Derived from Natural Earth (public domain, "Made with Natural Earth") as provided in ``../shared/data/boundaries``:
``world_map.gpkg`` (10m admin-1 provinces generalized to ~1 km, and its countries), the 10m admin-1 label points
(stable ``adm1_code`` values) and the 50m admin-0 countries (ISO codes and English names).

Why a build step: the app must work offline and must not read ../shared at run time, so we ship a compact,
deterministic derivative (GeoParquet, WKB, zstd) that loads in a fraction of a second with pyarrow + shapely.

Each province gets two geometries: ``geometry`` (light simplification, used for point -> province lookups) and
``display_geometry`` (stronger simplification, used for the map basemap). Both are simplified as a *coverage*
(shared borders stay shared: no gaps or overlaps appear between neighbours), on a 1e-4 degree grid. Countries are
the union of their provinces' display geometries, so country and province borders coincide on the map.

Usage::

    python scripts/build_boundaries.py [--shared ../shared] [--out geodata/data] [--only IRQ,SYR]

The same input gives byte-identical output files.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pycountry
import pyogrio
import shapely

ROOT = Path(__file__).resolve().parents[1]
BUILD_VERSION = "boundaries-v2"  # v2: current names of renamed provinces (admin1_renames.csv)
ATTRIBUTION = (
    "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com (public domain)."
)

GRID = 1e-4  # degrees (~10 m); coordinates are snapped to this grid before simplifying
LOOKUP_TOLERANCE = 0.01  # degrees (~1 km), coverage simplification for point lookups
DISPLAY_TOLERANCE = 0.05  # degrees (~5 km), coverage simplification for the map basemap
FUZZY_NAME_RATIO = 0.8  # name similarity needed to give a province an unclaimed label-point code
FUZZY_MAX_DISTANCE = 1.0  # degrees: a fuzzy-matched label point must lie this close to the province

GOOD_CODE = re.compile(r"^[A-Z]{3}-\d+$")

# Natural Earth admin-0 units without an ISO 3166-1 code of their own: the country they are coded under.
# None = genuinely disputed area with no ISO country (lookups return iso3=None, the area's own name as country).
ADM0_ISO3_OVERRIDES: dict[str, str | None] = {
    "SOL": "SOM",  # Somaliland: ISO and ACLED code it as Somalia (kept as its own province)
    "CYN": "CYP",  # Northern Cyprus
    "ESB": "CYP",  # Dhekelia Sovereign Base Area: coded by geography, as conflict datasets do
    "WSB": "CYP",  # Akrotiri Sovereign Base Area
    "KOS": "XKX",  # Kosovo: user-assigned code used by the EU, IMF, World Bank
    "USG": "CUB",  # US Naval Base Guantanamo Bay: on Cuban territory
    "KAB": "KAZ",  # Baykonur Cosmodrome lease: Kazakh territory
    "ATC": "AUS",  # Ashmore and Cartier Islands
    "CLP": "FRA",  # Clipperton Island (ISO 3166-2:FR-CP)
    "PGA": None,  # Spratly Islands: claimed by several states
    "KAS": None,  # Siachen Glacier: disputed between India and Pakistan
}
# Provinces coded under another country than their Natural Earth admin-0 unit.
PROVINCE_ISO3_OVERRIDES: dict[tuple[str, str], str] = {
    ("RUS", "Crimea"): "UKR",  # ISO 3166-2:UA-43; ACLED and UCDP code Crimea as Ukraine
    ("RUS", "Sevastopol"): "UKR",  # ISO 3166-2:UA-40
    ("IOA", "Christmas Island"): "CXR",
    ("IOA", "Cocos (Keeling) Islands"): "CCK",
}
DISPUTED_NAMES = {"PGA": "Spratly Islands", "KAS": "Siachen Glacier"}
ISO2_EXTRA = {"XKX": "XK"}
# Short English names analysts use (ACLED style) where Natural Earth's NAME_LONG is formal or dated.
COUNTRY_NAME_OVERRIDES = {
    "KOR": "South Korea",
    "PRK": "North Korea",
    "LAO": "Laos",
    "RUS": "Russia",
    "CPV": "Cabo Verde",
    "BRN": "Brunei",
    "FRO": "Faroe Islands",
    "MKD": "North Macedonia",
    "SWZ": "Eswatini",
    "VAT": "Vatican City",
    "FSM": "Micronesia",
    "WLF": "Wallis and Futuna",
    "HMD": "Heard Island and McDonald Islands",
    "XKX": "Kosovo",
    "UMI": "United States Minor Outlying Islands",
}
# Known wrong province names in Natural Earth 4.x: (adm0_a3, name, gn_name) -> name. Afghanistan's Panjshir and
# Daykundi carry the names of the provinces they were split from (the GeoNames name and WOE label say which is which).
NAME_ERRATA = {
    ("AFG", "Parwan", "Panjshir"): "Panjshir",
    ("AFG", "Uruzgan", "Wilayat-e Daykundi"): "Daykundi",
}
#: the reviewed table of current names for provinces Natural Earth 4.1 names by an outdated official name or a
#: spelling no current source uses (one source note per row; see geodata/data/BOUNDARIES.md, "Renamed provinces")
RENAMES_PATH = ROOT / "geodata" / "data" / "admin1_renames.csv"


def read_renames(path: Path = RENAMES_PATH) -> dict[str, tuple[str, str]]:
    """adm1_code -> (Natural Earth's name, current name), checked: a row without a source or a name is an error.

    Keyed by the stable code (assigned from Natural Earth's own names before any rename), so codes never move.
    """
    import csv

    out: dict[str, tuple[str, str]] = {}
    with path.open(newline="", encoding="utf-8") as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            code, old, new, source = (
                (row.get(k) or "").strip() for k in ("adm1_code", "ne_name", "name", "source")
            )
            if not (code and old and new and source) or code in out:
                raise ValueError(f"{path}:{line}: needs adm1_code, ne_name, name and source, once per code")
            out[code] = (old, new)
    return out


@dataclass(frozen=True, slots=True)
class LabelCode:
    """One Natural Earth adm1_code with its label points (a province may have several, e.g. islands)."""

    code: str
    name: str
    adm0: str
    points: shapely.MultiPoint  # in file order
    ranks: tuple[int, ...]  # scalerank per point (lower = main label)


def norm(name: str) -> str:
    """Key for comparing province names across Natural Earth files (accents, case and punctuation ignored)."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "", s)


def _str(value: object) -> str | None:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    text = str(value).strip()
    return text or None


def read_inputs(shared: Path) -> tuple:
    """Read the three Natural Earth inputs; fail with the file name when one is missing."""
    base = shared / "data" / "boundaries"
    gpkg = base / "world_map.gpkg"
    labels = base / "ne_10m_admin_1_label_points.json"
    countries = base / "ne_50m_admin_0_countries.json"
    for path in (gpkg, labels, countries):
        if not path.is_file():
            raise FileNotFoundError(f"missing input {path} (pass --shared PATH to the shared folder)")
    provinces = pyogrio.read_dataframe(gpkg, layer="states_provinces")
    label_points = pyogrio.read_dataframe(labels)
    ne_countries = pyogrio.read_dataframe(countries, read_geometry=False)
    return provinces, label_points, ne_countries


def label_codes(label_points) -> dict[str, LabelCode]:
    """Group label points by usable adm1_code (codes like ``GAZ+00?`` are aggregation placeholders: skipped)."""
    grouped: dict[str, list[int]] = defaultdict(list)
    codes = label_points["adm1_code"].to_numpy()
    for i, code in enumerate(codes):
        if isinstance(code, str) and GOOD_CODE.match(code):
            grouped[code].append(i)
    out = {}
    for code in sorted(grouped):
        rows = label_points.iloc[grouped[code]]
        names = sorted({n for n in (_str(v) for v in rows["name"]) if n})
        out[code] = LabelCode(
            code=code,
            name=names[0] if names else "",
            adm0=str(rows["sr_adm0_a3"].iloc[0]),
            points=shapely.MultiPoint(list(rows.geometry.to_numpy())),
            ranks=tuple(int(r) for r in rows["scalerank"].fillna(99)),
        )
    return out


def _points_inside(lc: LabelCode, geom: shapely.Geometry) -> int:
    return int(shapely.covers(geom, shapely.get_parts(lc.points)).sum())


def assign_codes(provinces, codes: dict[str, LabelCode]) -> tuple[list[str], list[str]]:
    """Give every province a stable code: Natural Earth's adm1_code where one can be matched, else a derived one.

    Passes, each only over what is still unassigned, so the result does not depend on row order:
    1. same country + same name (ties between same-named provinces, e.g. Afghanistan's two "Parwan", are settled by
       which province holds the code's label points, then by distance);
    2. same country + similar name, label point near the province (Iraq's "Al-Qādisiyyah" vs "Al-Qadisiyah",
       whose label point falls in the neighbouring province);
    3. same country + label point inside the province (renamed provinces);
    4. derived ``<ADM0>-X<hash>`` from country and names (stable for the same Natural Earth release).
    Returns the codes and, per province, how the code was found.
    """
    n = len(provinces)
    geoms = provinces.geometry.to_numpy()
    adm0 = provinces["adm0_a3"].to_numpy()
    names = [_str(v) or "" for v in provinces["name"]]
    assigned: list[str | None] = [None] * n
    how = [""] * n
    claimed: set[str] = set()

    def claim(pairs: list[tuple[tuple, int, str]], label: str) -> None:
        for _, i, code in sorted(pairs):
            if assigned[i] is None and code not in claimed:
                assigned[i] = code
                how[i] = label
                claimed.add(code)

    by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
    for lc in codes.values():
        by_key[(lc.adm0, norm(lc.name))].append(lc.code)
    pairs = []
    for i in range(n):
        for code in by_key.get((adm0[i], norm(names[i])), ()):
            lc = codes[code]
            score = (-_points_inside(lc, geoms[i]), float(shapely.distance(geoms[i], lc.points)))
            pairs.append((score, i, code))
    claim(pairs, "name")

    by_adm0: dict[str, list[str]] = defaultdict(list)
    for lc in codes.values():
        by_adm0[lc.adm0].append(lc.code)
    pairs = []
    for i in range(n):
        if assigned[i] is not None or not names[i]:
            continue
        for code in by_adm0.get(adm0[i], ()):
            lc = codes[code]
            if code in claimed or not lc.name:
                continue
            ratio = difflib.SequenceMatcher(None, norm(names[i]), norm(lc.name)).ratio()
            dist = float(shapely.distance(geoms[i], lc.points))
            if ratio >= FUZZY_NAME_RATIO and dist <= FUZZY_MAX_DISTANCE:
                pairs.append(((-ratio, dist), i, code))
    claim(pairs, "fuzzy-name")

    pairs = []
    for i in range(n):
        if assigned[i] is not None:
            continue
        for code in by_adm0.get(adm0[i], ()):
            if code in claimed:
                continue
            inside = _points_inside(codes[code], geoms[i])
            if inside:
                pairs.append(((-inside,), i, code))
    claim(pairs, "label-point")

    for i in range(n):
        if assigned[i] is None:
            row = provinces.iloc[i]
            key = "|".join(_str(row[c]) or "" for c in ("adm0_a3", "name", "gn_name", "woe_name", "fips"))
            digest = hashlib.sha1(key.encode()).hexdigest().upper()
            width = 6
            while f"{adm0[i]}-X{digest[:width]}" in claimed:
                width += 1
            assigned[i] = f"{adm0[i]}-X{digest[:width]}"
            how[i] = "derived"
            claimed.add(assigned[i])
    return [str(c) for c in assigned], how


def country_tables(ne_countries) -> tuple[dict[str, str], dict[str, str]]:
    """adm0_a3 -> ISO_A3 (when Natural Earth has one) and iso3 -> English name, from the 50m countries."""
    adm0_iso3: dict[str, str] = {}
    iso3_name: dict[str, str] = {}
    rows = sorted(
        zip(ne_countries["ADM0_A3"], ne_countries["ISO_A3"], ne_countries["NAME_LONG"], strict=True),
        key=lambda r: (r[1] != r[0], r[0]),  # the row whose ADM0_A3 equals its ISO_A3 names the country
    )
    for a3, iso, name in rows:
        if iso and iso != "-99":
            adm0_iso3[a3] = iso
            iso3_name.setdefault(iso, name)
        elif pycountry.countries.get(alpha_3=a3):
            iso3_name.setdefault(a3, name)
    return adm0_iso3, iso3_name


def resolve_iso3(adm0: str, name: str, adm0_iso3: dict[str, str]) -> str | None:
    """ISO 3166-1 alpha-3 for a province; unknown admin-0 units stop the build (they need a decision)."""
    if (adm0, name) in PROVINCE_ISO3_OVERRIDES:
        return PROVINCE_ISO3_OVERRIDES[(adm0, name)]
    if adm0 in ADM0_ISO3_OVERRIDES:
        return ADM0_ISO3_OVERRIDES[adm0]
    if adm0 in adm0_iso3:
        return adm0_iso3[adm0]
    if pycountry.countries.get(alpha_3=adm0):
        return adm0
    raise ValueError(
        f"states_provinces: admin-0 unit {adm0!r} has no ISO code; add it to ADM0_ISO3_OVERRIDES"
    )


def country_name(iso3: str | None, adm0: str, iso3_name: dict[str, str]) -> str:
    if iso3 is None:
        return DISPUTED_NAMES[adm0]
    if iso3 in COUNTRY_NAME_OVERRIDES:
        return COUNTRY_NAME_OVERRIDES[iso3]
    if iso3 in iso3_name:
        return iso3_name[iso3]
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        raise ValueError(f"no English name for iso3 {iso3!r}")
    return getattr(country, "common_name", None) or country.name


def iso2_for(iso3: str | None) -> str | None:
    if iso3 is None:
        return None
    if iso3 in ISO2_EXTRA:
        return ISO2_EXTRA[iso3]
    return pycountry.countries.get(alpha_3=iso3).alpha_2


def province_name(row, lc: LabelCode | None, country: str) -> str:
    """Display name: Natural Earth 4.1 name, corrected by NAME_ERRATA; unnamed island groups get a descriptive one."""
    name = _str(row["name"])
    if name is None:
        return f"{country} (islands)"
    key = (row["adm0_a3"], name, _str(row["gn_name"]))
    return NAME_ERRATA.get(key, name)


# generic words around GeoNames' province names ("Muhafazat Arbil", "Provincia de Lima", "Bayelsa State")
_GENERIC = re.compile(
    r"^(?:muhafazat|wilayat|mintaqat|provincia|province|departamento|estado|region|regiao|oblast)"
    r"(?:\s+(?:de|del|da|do|di|du|des|of|la|el))?\s+|\s+(?:province|state|region|governorate|oblast|"
    r"department|district|county|prefecture)$",
    re.IGNORECASE,
)


def alt_names(row, name: str, *, former: str | None = None) -> str:
    """Other names of a province from Natural Earth's GeoNames / WOE columns, "|"-joined (may be empty).

    They let the gazetteer reach a province by the spelling news use: "Ninewa" for Natural Earth's "Ninawa".
    ``former``: Natural Earth's own name of a renamed province, kept first, so older reports, stored incidents and
    dataset columns that use it ("At-Ta'mim", "Kiev") still reach the province.
    """
    out: list[str] = []
    seen = {norm(name)}
    if former and former != name:  # (even when it folds alike: "L'viv", "Mou Houn" fold otherwise elsewhere)
        seen.add(norm(former))
        out.append(former)
    for col in ("gn_name", "woe_name", "woe_label"):
        value = _str(row[col]) if col in row.index else None
        if not value:
            continue
        value = _GENERIC.sub("", value.split(",")[0]).strip()  # woe_label: "Arbil, IQ, Iraq"
        if value and norm(value) not in seen and "|" not in value and "(" not in value:
            seen.add(norm(value))
            out.append(value)
    return "|".join(out)


def label_point(geom: shapely.Geometry, lc: LabelCode | None) -> tuple[float, float]:
    """Label point, rounded to 1e-4 and inside the province (a geocoded province must look up to itself).

    Prefers the code's main Natural Earth label point, then any of its other points, then a point on the surface
    of the province's largest part; the first whose rounded position is still covered by the province wins.
    """
    candidates = []
    if lc is not None:
        pts = shapely.get_parts(lc.points)
        candidates = [pts[k] for k in sorted(range(len(pts)), key=lambda k: (lc.ranks[k], k))]
    parts = shapely.get_parts(geom)
    inner = shapely.point_on_surface(parts[int(np.argmax(shapely.area(parts)))])
    for p in [*candidates, inner]:
        lon, lat = round(float(shapely.get_x(p)), 4), round(float(shapely.get_y(p)), 4)
        if shapely.covers(geom, shapely.Point(lon, lat)):
            return lon, lat
    return float(shapely.get_x(inner)), float(shapely.get_y(inner))


def _geo_metadata(columns: dict[str, np.ndarray], primary: str) -> bytes:
    meta = {"version": "1.1.0", "primary_column": primary, "columns": {}}
    for col, geoms in columns.items():
        types = sorted({shapely.get_type_id(g) for g in geoms})
        names = {3: "Polygon", 6: "MultiPolygon"}
        bounds = shapely.total_bounds(geoms)
        meta["columns"][col] = {
            "encoding": "WKB",
            "geometry_types": [names[t] for t in types],
            "bbox": [round(float(b), 4) for b in bounds],
            "orientation": "counterclockwise",
        }
    return json.dumps(meta, sort_keys=True).encode()


def write_parquet(path: Path, table: pa.Table, geo: bytes, extra: dict[str, str]) -> Path:
    """Write to ``<path>.tmp`` and return it; the caller renames all layers into place once all are written."""
    meta = {b"geo": geo, b"attribution": ATTRIBUTION.encode(), b"build": BUILD_VERSION.encode()}
    meta.update({k.encode(): v.encode() for k, v in sorted(extra.items())})
    table = table.replace_schema_metadata(meta)
    tmp = path.with_suffix(path.suffix + ".tmp")
    pq.write_table(table, tmp, compression="zstd", compression_level=19, row_group_size=len(table) or 1)
    return tmp


def finish(geoms: np.ndarray) -> np.ndarray:
    """Canonical form: on the grid, valid, exterior rings counter-clockwise (RFC 7946), MultiPolygon."""
    geoms = shapely.set_precision(geoms, GRID)
    geoms = shapely.orient_polygons(geoms, exterior_cw=False)
    single = shapely.get_type_id(geoms) == 3
    geoms[single] = shapely.multipolygons(shapely.get_parts(geoms[single]).reshape(-1, 1))
    return geoms


def build(shared: Path, out_dir: Path, *, only: Collection[str] | None = None, log=print) -> list[Path]:
    """Build both layers into ``out_dir``.

    ``only`` limits the build to the provinces of some iso3 codes (quick deterministic builds for tests; borders
    with left-out neighbours are then simplified as outer boundaries, so geometry differs from the full build).
    """
    provinces, label_points, ne_countries = read_inputs(shared)
    adm0_iso3, iso3_name = country_tables(ne_countries)
    raw_names = [_str(v) or "" for v in provinces["name"]]
    iso3 = [resolve_iso3(a, nm, adm0_iso3) for a, nm in zip(provinces["adm0_a3"], raw_names, strict=True)]
    if only is not None:
        keep = np.array([i in set(only) for i in iso3], dtype=bool)
        if not keep.any():
            raise ValueError(f"--only {sorted(only)}: no province has these iso3 codes")
        provinces = provinces[keep].reset_index(drop=True)
        raw_names = [nm for nm, k in zip(raw_names, keep, strict=True) if k]
        iso3 = [i for i, k in zip(iso3, keep, strict=True) if k]
    codes = label_codes(label_points)
    adm1_codes, how = assign_codes(provinces, codes)

    n = len(provinces)
    adm0_a3 = [str(a) for a in provinces["adm0_a3"]]
    country = [country_name(i, a, iso3_name) for i, a in zip(iso3, adm0_a3, strict=True)]

    grid = shapely.set_precision(provinces.geometry.to_numpy(), GRID)
    if not shapely.coverage_is_valid(grid):
        raise ValueError(
            "states_provinces: provinces overlap after snapping to the grid; cannot simplify safely"
        )
    lookup = finish(shapely.coverage_simplify(grid, LOOKUP_TOLERANCE, simplify_boundary=True))
    display = finish(shapely.coverage_simplify(grid, DISPLAY_TOLERANCE, simplify_boundary=True))
    for label, geoms in (("lookup", lookup), ("display", display)):
        bad = np.flatnonzero(~shapely.is_valid(geoms) | shapely.is_empty(geoms))
        if len(bad):
            raise ValueError(
                f"{label} geometry invalid or empty for provinces {[adm1_codes[i] for i in bad]}"
            )

    renames = read_renames()
    unused = set(renames) - set(adm1_codes) if only is None else set()
    if unused:
        raise ValueError(f"{RENAMES_PATH.name}: codes not in the layer: {sorted(unused)}")
    records = []
    for i in range(n):
        row = provinces.iloc[i]
        lc = codes.get(adm1_codes[i])
        lon, lat = label_point(lookup[i], lc)
        ne_name = province_name(row, lc, country[i])
        name, former = ne_name, None
        if adm1_codes[i] in renames:
            old, name = renames[adm1_codes[i]]
            if old != ne_name:
                raise ValueError(
                    f"{RENAMES_PATH.name}: {adm1_codes[i]} is {ne_name!r} in Natural Earth, not {old!r}"
                )
            former = ne_name
        records.append(
            (
                adm1_codes[i],
                name,
                iso3[i],
                country[i],
                adm0_a3[i],
                lon,
                lat,
                alt_names(row, name, former=former),
                _str(row["gu_a3"]) or "",
                i,
            )
        )
    records.sort()
    order = np.array([r[-1] for r in records], dtype=np.int64)
    dupes = sorted(code for code, k in Counter(r[0] for r in records).items() if k > 1)
    if dupes:
        raise ValueError(f"duplicate adm1_code values: {dupes}")

    out_dir.mkdir(parents=True, exist_ok=True)
    admin1 = pa.table(
        {
            "adm1_code": pa.array([r[0] for r in records], pa.string()),
            "name": pa.array([r[1] for r in records], pa.string()),
            "iso3": pa.array([r[2] for r in records], pa.string()),
            "country": pa.array([r[3] for r in records], pa.string()),
            "ne_adm0_a3": pa.array([r[4] for r in records], pa.string()),
            "label_lon": pa.array([r[5] for r in records], pa.float64()),
            "label_lat": pa.array([r[6] for r in records], pa.float64()),
            "alt_names": pa.array([r[7] for r in records], pa.string()),
            "gu_a3": pa.array([r[8] for r in records], pa.string()),
            "geometry": pa.array(shapely.to_wkb(lookup[order]), pa.binary()),
            "display_geometry": pa.array(shapely.to_wkb(display[order]), pa.binary()),
        }
    )
    admin1_path = out_dir / "admin1.parquet"
    admin1_tmp = write_parquet(
        admin1_path,
        admin1,
        _geo_metadata({"geometry": lookup[order], "display_geometry": display[order]}, "geometry"),
        {
            "lookup_tolerance_deg": str(LOOKUP_TOLERANCE),
            "display_tolerance_deg": str(DISPLAY_TOLERANCE),
            "grid_deg": str(GRID),
        },
    )

    # Countries: union of their provinces' display geometry, keyed by iso3 (or the NE unit for disputed areas).
    groups: dict[str, list[int]] = defaultdict(list)
    names0: dict[str, str] = {}
    iso0: dict[str, str | None] = {}
    for k, r in enumerate(records):
        key = r[2] or r[4]
        groups[key].append(k)
        names0[key] = r[3]
        iso0[key] = r[2]
    keys = sorted(groups)
    display_sorted = display[order]
    geoms0 = np.array([shapely.coverage_union_all(display_sorted[groups[k]]) for k in keys], dtype=object)
    geoms0 = finish(shapely.normalize(geoms0))
    # Label point inside the lookup geometry, so a country geocoded to its label point looks up to itself.
    lookup_sorted = lookup[order]
    reps = [label_point(shapely.coverage_union_all(lookup_sorted[groups[k]]), None) for k in keys]
    admin0 = pa.table(
        {
            "adm0_code": pa.array(keys, pa.string()),
            "iso3": pa.array([iso0[k] for k in keys], pa.string()),
            "iso2": pa.array([iso2_for(iso0[k]) for k in keys], pa.string()),
            "name": pa.array([names0[k] for k in keys], pa.string()),
            "label_lon": pa.array([r[0] for r in reps], pa.float64()),
            "label_lat": pa.array([r[1] for r in reps], pa.float64()),
            "geometry": pa.array(shapely.to_wkb(geoms0), pa.binary()),
        }
    )
    admin0_path = out_dir / "admin0.parquet"
    admin0_tmp = write_parquet(
        admin0_path,
        admin0,
        _geo_metadata({"geometry": geoms0}, "geometry"),
        {"display_tolerance_deg": str(DISPLAY_TOLERANCE), "grid_deg": str(GRID)},
    )

    # Both layers written: only now replace the shipped files, so a failed build never leaves a mixed pair.
    admin1_tmp.replace(admin1_path)
    admin0_tmp.replace(admin0_path)

    counts = defaultdict(int)
    for i in order:
        counts[how[i]] += 1
    log(f"admin1: {len(records)} provinces; codes by {dict(sorted(counts.items()))}")
    for i in order:
        if how[i] != "name":
            log(f"  {how[i]:>11}: {adm1_codes[i]:<14} {raw_names[i] or '(unnamed)'} [{adm0_a3[i]}]")
    log(
        f"admin1 coordinates: lookup {int(shapely.count_coordinates(lookup[order]))}, "
        f"display {int(shapely.count_coordinates(display[order]))}; admin0: {len(keys)} countries"
    )
    for path in (admin0_path, admin1_path):
        log(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return [admin0_path, admin1_path]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--shared", type=Path, default=ROOT.parent / "shared", help="path to the shared folder"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "geodata" / "data", help="output folder")
    parser.add_argument("--only", default=None, help="comma-separated iso3 codes (partial build, for tests)")
    args = parser.parse_args(argv)
    only = [s.strip().upper() for s in args.only.split(",")] if args.only else None
    try:
        build(args.shared, args.out, only=only)
    except (FileNotFoundError, ValueError) as exc:
        print(f"build_boundaries: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
