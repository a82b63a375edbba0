"""Countries and provinces: point -> province/country lookups and the offline basemap layers.

The layers are Natural Earth admin-0/admin-1 ("Made with Natural Earth", public domain), simplified and shipped in
``geodata/data/admin0.parquet`` and ``admin1.parquet`` by ``scripts/build_boundaries.py``; see
``geodata/data/BOUNDARIES.md``. Nothing is read at import time: each layer is loaded on first use and kept for the
life of the process, so the lookups below are pure functions of their arguments.

Coordinates are (lon, lat), EPSG:4326, everywhere in this module.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import orjson
import pyarrow.parquet as pq
import shapely

__all__ = [
    "NEAREST_MAX_DISTANCE",
    "Admin0Record",
    "Admin1Record",
    "AdminArea",
    "admin0_records",
    "admin1_alt_names",
    "admin1_geounits",
    "admin1_polygon",
    "admin1_records",
    "admin_for_point",
    "admin_for_points",
    "boundaries_geojson",
    "in_country",
    "nearest_admin_in",
]

DATA_DIR = Path(__file__).resolve().parent / "data"
ADMIN0_PATH = DATA_DIR / "admin0.parquet"
ADMIN1_PATH = DATA_DIR / "admin1.parquet"
ATTRIBUTION = "Made with Natural Earth"
#: GeoNames towns inside the polygons of provinces split since Natural Earth 4.1, with their current province
#: (scripts/derive_split_towns.py; geodata/data/PROVINCES.md)
SPLIT_TOWNS_PATH = DATA_DIR / "split_towns.csv"

# Points within this distance (degrees, ~10 km) of a province but in none -- a harbour, an airport on reclaimed
# land, a coastal town cut off by the simplified coastline -- are given the nearest province.
NEAREST_MAX_DISTANCE = 0.1
_LEVELS = ("admin0", "admin1")


@dataclass(frozen=True, slots=True)
class AdminArea:
    """The province and country a point lies in (``iso3`` is ISO 3166-1 alpha-3; None in disputed areas)."""

    admin1: str | None
    admin1_code: str | None
    country: str | None
    iso3: str | None


class Admin1Record(NamedTuple):
    """A province as a place: stable code, names, and its label point (lon, lat) for geocoding to admin1."""

    adm1_code: str
    name: str
    iso3: str | None
    country: str
    lon: float
    lat: float


class Admin0Record(NamedTuple):
    """A country as a place: ``adm0_code`` is the iso3, or Natural Earth's code for an area with no ISO code."""

    adm0_code: str
    iso3: str | None
    iso2: str | None
    name: str
    lon: float
    lat: float


@dataclass(frozen=True, slots=True)
class _Admin1Layer:
    records: tuple[Admin1Record, ...]
    areas: tuple[AdminArea, ...]
    geoms: np.ndarray  # one shapely (Multi)Polygon per record
    pieces: np.ndarray  # the same polygons cut into pieces of <= _MAX_PIECE_VERTICES vertices, prepared
    owner: np.ndarray  # owner[k] = record index of pieces[k]
    tree: shapely.STRtree  # over pieces
    rank: np.ndarray  # rank[i] = position of records[i].adm1_code in sorted order (the border tie-break)
    row_of_rank: np.ndarray
    index: dict[str, int]


_MAX_PIECE_VERTICES = 256


def _subdivide(geoms: np.ndarray, max_vertices: int = _MAX_PIECE_VERTICES) -> tuple[np.ndarray, np.ndarray]:
    """Cut big polygons into small pieces (halving the longer side of the bounding box until small enough).

    Why: a few provinces (Russian oblasts, Nunavut, Antarctica) have 10-20 k vertices and bounding boxes that cover
    whole seas; pieces keep the tree's candidates few and the distance tests for offshore points cheap (the
    fallback for points at sea ran ~10x faster in our measurement). ``clip_by_rect`` is exact for polygons
    cut by axis-parallel lines and 20x faster than a general intersection.
    """
    out_g, out_o = [], []
    g, o = geoms, np.arange(len(geoms))
    while len(g):
        small = shapely.get_num_coordinates(g) <= max_vertices
        out_g.append(g[small])
        out_o.append(o[small])
        g, o = g[~small], o[~small]
        if not len(g):
            break
        x0, y0, x1, y1 = shapely.bounds(g).T
        across = (x1 - x0) >= (y1 - y0)  # cut the longer side
        xm, ym = (x0 + x1) / 2, (y0 + y1) / 2
        halves = []
        for k in range(len(g)):
            if across[k]:
                rects = ((x0[k], y0[k], xm[k], y1[k]), (xm[k], y0[k], x1[k], y1[k]))
            else:
                rects = ((x0[k], y0[k], x1[k], ym[k]), (x0[k], ym[k], x1[k], y1[k]))
            halves.extend((shapely.clip_by_rect(g[k], *r), o[k]) for r in rects)
        parts = np.array([h[0] for h in halves], dtype=object)
        owners = np.array([h[1] for h in halves], dtype=np.int64)
        keep = ~shapely.is_empty(parts)
        g, o = parts[keep], owners[keep]
    return np.concatenate(out_g), np.concatenate(out_o)


def _read(path: Path, columns: Sequence[str]) -> dict[str, list[Any]]:
    if not path.is_file():
        raise FileNotFoundError(f"boundary layer {path} is missing: run scripts/build_boundaries.py")
    # ParquetFile.read, not pq.read_table: the latter goes through pyarrow.dataset, which loaded ~50 MB more
    # and took ~10x longer on this small file (measured).
    table = pq.ParquetFile(path).read(columns=list(columns))
    return {name: table.column(name).to_pylist() for name in columns}


@functools.cache
def _admin1_layer() -> _Admin1Layer:
    cols = _read(ADMIN1_PATH, ["adm1_code", "name", "iso3", "country", "label_lon", "label_lat", "geometry"])
    records = tuple(
        Admin1Record(*row)
        for row in zip(
            cols["adm1_code"],
            cols["name"],
            cols["iso3"],
            cols["country"],
            cols["label_lon"],
            cols["label_lat"],
            strict=True,
        )
    )
    geoms = shapely.from_wkb(cols["geometry"])
    pieces, owner = _subdivide(geoms)
    shapely.prepare(pieces)
    codes = np.array([r.adm1_code for r in records], dtype=object)
    row_of_rank = np.argsort(codes, kind="stable")
    rank = np.empty(len(codes), dtype=np.int64)
    rank[row_of_rank] = np.arange(len(codes))
    return _Admin1Layer(
        records=records,
        areas=tuple(AdminArea(r.name, r.adm1_code, r.country, r.iso3) for r in records),
        geoms=geoms,
        pieces=pieces,
        owner=owner,
        tree=shapely.STRtree(pieces),
        rank=rank,
        row_of_rank=row_of_rank,
        index={r.adm1_code: i for i, r in enumerate(records)},
    )


@functools.cache
def _province_geometries() -> tuple[dict[str, list[int]], list[Any]]:
    """ISO3 -> rows of its provinces, and the provinces' WKB (decoded per country on demand)."""
    cols = _read(ADMIN1_PATH, ["iso3", "geometry"])
    rows: dict[str, list[int]] = {}
    for i, iso3 in enumerate(cols["iso3"]):
        if iso3:
            rows.setdefault(iso3, []).append(i)
    return rows, cols["geometry"]


@functools.cache
def _country_shape(iso3: str) -> shapely.Geometry | None:
    rows, wkb = _province_geometries()
    if iso3 not in rows:
        return None
    shape = shapely.union_all(shapely.from_wkb([wkb[i] for i in rows[iso3]]))
    shapely.prepare(shape)
    return shape


def in_country(
    iso3: Sequence[str | None], lons: Sequence[float], lats: Sequence[float], *, within: float = 0.0
) -> np.ndarray:
    """Whether each point (lon, lat) lies in or on the border of the provinces of its country ``iso3[i]`` (or
    within ``within`` degrees of them: :data:`NEAREST_MAX_DISTANCE` matches what :func:`admin_for_points` gives
    a coastal point).

    A yes/no test for many points of a few countries (an import's lat/lon check): each country's provinces are
    merged once and tested in one vectorised call, without building the whole point -> province index that
    :func:`admin_for_points` needs. An unknown or missing ISO3 gives False.
    """
    codes = np.asarray(iso3, dtype=object)
    x = np.asarray(lons, dtype=np.float64)
    y = np.asarray(lats, dtype=np.float64)
    out = np.zeros(len(codes), dtype=bool)
    for code in {c for c in codes.tolist() if c}:
        shape = _country_shape(code)
        if shape is not None:
            mask = codes == code
            if within > 0:
                out[mask] = shapely.dwithin(shape, shapely.points(x[mask], y[mask]), within)
            else:
                out[mask] = shapely.intersects_xy(shape, x[mask], y[mask])
    return out


def admin_for_points(
    lons: Sequence[float] | np.ndarray,
    lats: Sequence[float] | np.ndarray,
    *,
    max_distance: float = NEAREST_MAX_DISTANCE,
) -> list[AdminArea | None]:
    """Province and country for many points at once (vectorised; same answers as ``admin_for_point``).

    A point covered by a province (inside or on its border) gets that province; on a border shared by several, the
    lowest ``adm1_code`` wins, so the answer never depends on call order or batch. A point in no province but within
    ``max_distance`` degrees of one (coasts, simplification gaps) gets the nearest (ties: lowest code). Points at sea,
    or with non-finite coordinates, give None.
    """
    x = np.asarray(lons, dtype=np.float64)
    y = np.asarray(lats, dtype=np.float64)
    if x.ndim != 1 or x.shape != y.shape:
        raise ValueError(f"lons and lats must be 1-D of equal length, got shapes {x.shape} and {y.shape}")
    layer = _admin1_layer()
    none = len(layer.records)  # rank meaning "no province"
    best = np.full(len(x), none, dtype=np.int64)
    finite = np.flatnonzero(np.isfinite(x) & np.isfinite(y))
    if len(finite):
        points = shapely.points(x[finite], y[finite])
        # Candidates by bounding box, then the exact test against the prepared pieces (measured ~4x faster than
        # tree.query(points, predicate="covered_by") on this layer).
        p_idx, k_idx = layer.tree.query(points)
        hit = shapely.covers(layer.pieces[k_idx], points[p_idx])
        found = np.full(len(finite), none, dtype=np.int64)
        np.minimum.at(found, p_idx[hit], layer.rank[layer.owner[k_idx[hit]]])
        missing = np.flatnonzero(found == none)
        if len(missing) and max_distance > 0:
            found[missing] = _nearest_rank(layer, points[missing], max_distance, none)
        best[finite] = found
    return _current([None if r == none else layer.areas[layer.row_of_rank[r]] for r in best], x, y)


@functools.cache
def _split_towns() -> dict[str, tuple[np.ndarray, np.ndarray, tuple[str, ...]]]:
    """Polygon code -> (lons, lats, current province) of the GeoNames towns inside a province split since the
    layer was made (Orientale -> Ituri, Tshopo, ...). Empty when the table is missing."""
    import csv

    if not SPLIT_TOWNS_PATH.is_file():
        return {}
    rows: dict[str, list[tuple[float, float, str]]] = {}
    with SPLIT_TOWNS_PATH.open(newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.setdefault(r["adm1_code"], []).append((float(r["lon"]), float(r["lat"]), r["province"]))
    return {
        code: (
            np.array([t[0] for t in towns]),
            np.array([t[1] for t in towns]),
            tuple(t[2] for t in towns),
        )
        for code, towns in rows.items()
    }


@functools.cache
def _area_named(area: AdminArea, province: str) -> AdminArea:
    """``area`` under its current province's name; the polygon's code stays (shading and code filters use it)."""
    return area if province == area.admin1 else AdminArea(province, area.admin1_code, area.country, area.iso3)


def _current(areas: list[AdminArea | None], x: np.ndarray, y: np.ndarray) -> list[AdminArea | None]:
    """A point in a province split since the layer was made gets the province of the nearest GeoNames town of that
    polygon (a town in Ituri is in Ituri, not "Orientale"); the others are returned as they are.

    Why the nearest town: GeoNames codes every town with its current province, and no polygon of the new provinces
    exists offline. Held out, the nearest other town gives GeoNames' own province for 144 of 160 towns (DR Congo
    73 of 88; scripts/derive_split_towns.py --evaluate); misses lie near the new inner borders.
    """
    towns = _split_towns()
    if not towns:
        return areas
    for i, area in enumerate(areas):
        got = towns.get(area.admin1_code or "") if area is not None else None
        if got is None or not (np.isfinite(x[i]) and np.isfinite(y[i])):
            continue
        lons, lats, provinces = got
        # equirectangular distance: exact enough to rank towns within one province
        d = np.hypot((lons - x[i]) * np.cos(np.radians(y[i])), lats - y[i])
        areas[i] = _area_named(area, provinces[int(np.argmin(d))])  # type: ignore[arg-type]
    return areas


def _nearest_rank(layer: _Admin1Layer, points: np.ndarray, max_distance: float, none: int) -> np.ndarray:
    """Rank of the nearest province within ``max_distance`` of each point (ties: lowest code), else ``none``."""
    p_idx, k_idx = layer.tree.query(points, predicate="dwithin", distance=max_distance)
    out = np.full(len(points), none, dtype=np.int64)
    if not len(p_idx):
        return out
    dist = shapely.distance(layer.pieces[k_idx], points[p_idx])
    rank = layer.rank[layer.owner[k_idx]]
    order = np.lexsort((rank, dist, p_idx))  # per point: nearest first, then lowest code
    first = np.ones(len(order), dtype=bool)
    first[1:] = p_idx[order][1:] != p_idx[order][:-1]
    out[p_idx[order][first]] = rank[order][first]
    return out


def nearest_admin_in(
    iso3: Sequence[str],
    lons: Sequence[float] | np.ndarray,
    lats: Sequence[float] | np.ndarray,
    *,
    max_distance: float = NEAREST_MAX_DISTANCE,
) -> list[AdminArea | None]:
    """The nearest province of country ``iso3[i]`` within ``max_distance`` degrees of each point (ties: lowest
    code), else None.

    For border towns: the simplified layer moves borders by a few km, so Metula (Israel) falls in a Lebanese
    province; the gazetteer's own country code says which side the town is on, and this finds its province there.
    """
    x = np.asarray(lons, dtype=np.float64)
    y = np.asarray(lats, dtype=np.float64)
    want = np.asarray(iso3, dtype=object)
    layer = _admin1_layer()
    none = len(layer.records)
    out: list[AdminArea | None] = [None] * len(x)
    if not len(x):
        return out
    points = shapely.points(x, y)
    p_idx, k_idx = layer.tree.query(points, predicate="dwithin", distance=max_distance)
    owner = layer.owner[k_idx]
    own_iso = np.array([layer.records[i].iso3 for i in owner], dtype=object)
    keep = own_iso == want[p_idx]
    p_idx, k_idx, owner = p_idx[keep], k_idx[keep], owner[keep]
    if not len(p_idx):
        return out
    dist = shapely.distance(layer.pieces[k_idx], points[p_idx])
    rank = layer.rank[owner]
    order = np.lexsort((rank, dist, p_idx))
    first = np.ones(len(order), dtype=bool)
    first[1:] = p_idx[order][1:] != p_idx[order][:-1]
    best = np.full(len(x), none, dtype=np.int64)
    best[p_idx[order][first]] = rank[order][first]
    return _current([None if r == none else layer.areas[layer.row_of_rank[r]] for r in best], x, y)


def admin_for_point(
    lon: float, lat: float, *, max_distance: float = NEAREST_MAX_DISTANCE
) -> AdminArea | None:
    """Province and country of one point (lon, lat); None at sea. See ``admin_for_points`` for the rules."""
    return admin_for_points([lon], [lat], max_distance=max_distance)[0]


def admin1_polygon(adm1_code: str) -> shapely.Geometry | None:
    """The (lookup-resolution) polygon of a province, or None for an unknown code."""
    layer = _admin1_layer()
    i = layer.index.get(adm1_code)
    return None if i is None else layer.geoms[i]


def admin1_alt_names() -> dict[str, tuple[str, ...]]:
    """Other names of provinces by code, from Natural Earth's GeoNames / WOE columns ("IRQ-3470" -> ("Kirkuk",)).

    Empty when the layer predates the ``alt_names`` column (rebuild it with scripts/build_boundaries.py).
    """
    if "alt_names" not in pq.ParquetFile(ADMIN1_PATH).schema_arrow.names:
        return {}
    cols = _read(ADMIN1_PATH, ["adm1_code", "alt_names"])
    return {
        code: tuple(a for a in (alts or "").split("|") if a)
        for code, alts in zip(cols["adm1_code"], cols["alt_names"], strict=True)
        if alts
    }


def admin1_geounits() -> dict[str, str]:
    """Natural Earth map unit (``gu_a3``) of each province code ("GBR-2054" -> "ENG"); empty for old layers."""
    if "gu_a3" not in pq.ParquetFile(ADMIN1_PATH).schema_arrow.names:
        return {}
    cols = _read(ADMIN1_PATH, ["adm1_code", "gu_a3"])
    return {c: g for c, g in zip(cols["adm1_code"], cols["gu_a3"], strict=True) if g}


def admin1_records() -> list[Admin1Record]:
    """All provinces, sorted by code: what the gazetteer builder adds as ``adm1:<code>`` places."""
    return sorted(_admin1_layer().records)


@functools.cache
def _admin0_records() -> tuple[Admin0Record, ...]:
    cols = _read(ADMIN0_PATH, ["adm0_code", "iso3", "iso2", "name", "label_lon", "label_lat"])
    return tuple(
        Admin0Record(*row)
        for row in zip(
            cols["adm0_code"],
            cols["iso3"],
            cols["iso2"],
            cols["name"],
            cols["label_lon"],
            cols["label_lat"],
            strict=True,
        )
    )


def admin0_records() -> list[Admin0Record]:
    """All countries (and disputed areas without an ISO code), sorted by code, with a point inside each."""
    return list(_admin0_records())


@functools.cache
def _features(level: str) -> tuple[dict[str, Any], ...]:
    if level == "admin1":
        cols = _read(ADMIN1_PATH, ["adm1_code", "name", "iso3", "country", "display_geometry"])
        keys = cols["adm1_code"]
        props = [
            {"adm1_code": c, "name": n, "iso3": i, "country": k}
            for c, n, i, k in zip(keys, cols["name"], cols["iso3"], cols["country"], strict=True)
        ]
        wkb = cols["display_geometry"]
    else:
        cols = _read(ADMIN0_PATH, ["adm0_code", "iso3", "iso2", "name", "geometry"])
        keys = cols["adm0_code"]
        props = [
            {"adm0_code": c, "iso3": i, "iso2": i2, "name": n}
            for c, i, i2, n in zip(keys, cols["iso3"], cols["iso2"], cols["name"], strict=True)
        ]
        wkb = cols["geometry"]
    geometries = shapely.to_geojson(shapely.from_wkb(wkb))
    return tuple(
        {"type": "Feature", "id": key, "properties": p, "geometry": orjson.loads(g)}
        for key, p, g in zip(keys, props, geometries, strict=True)
    )


def boundaries_geojson(level: str = "admin0", *, iso3: Sequence[str] | None = None) -> dict[str, Any]:
    """The simplified country (``"admin0"``) or province (``"admin1"``) layer as a GeoJSON FeatureCollection.

    For the offline map basemap (e.g. a plotly ``Choroplethmap``/``layers`` source; feature ``id`` is the iso3 /
    adm1_code). ``iso3`` keeps only the features of those countries (the full province layer is ~3 MB of JSON).
    Features are built once and shared between calls: treat them as read-only.
    """
    if level not in _LEVELS:
        raise ValueError(f"level must be one of {_LEVELS}, got {level!r}")
    features = _features(level)
    if iso3 is not None:
        wanted = set(iso3)
        features = tuple(f for f in features if f["properties"]["iso3"] in wanted)
    return {"type": "FeatureCollection", "attribution": ATTRIBUTION, "features": list(features)}
