"""Export incidents to the formats GIS and conflict-data tools read (GeoJSON, GPKG, KML/KMZ, Shapefile, CSV ...).

The shaping (:func:`to_geojson`, :func:`to_acled_rows`, the column builders) is pure and vectorised: one pass per
field over the incident list into typed Arrow columns, handed to GDAL in one batch (pyogrio ``write_arrow``), so
100 k incidents write to GPKG in about a second. The only I/O is
:func:`write_export` / :func:`export_bytes`, which write into a temporary file beside the target and rename it, so a
failed export never leaves a half-written file behind.

Incidents without coordinates are kept in every format with a null geometry (their attributes still matter to an
analyst; dropping rows silently would make counts disagree with the dashboard). FlatGeobuf cannot index null
geometries, so such a file is written without its spatial index (a warning says so).
"""

from __future__ import annotations

import html
import operator
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import orjson
import pyarrow as pa
import pyarrow.csv as pacsv
import pyogrio
import shapely

from incidents.errors import UserError
from incidents.interchange._tables import (
    ACLED_COLUMNS,
    ACLED_EXTRA_COLUMNS,
    BOOL_FIELDS,
    DATE_FIELDS,
    ENUM_FIELDS,
    FLOAT_FIELDS,
    INT_FIELDS,
    SHP_LONG_FIELDS,
    SHP_NAMES,
    disorder_type,
    iso_numeric,
)
from incidents.model import INCIDENT_FIELDS, Incident, incident_to_dict

__all__ = [
    "FORMATS",
    "MIMETYPES",
    "InterchangeError",
    "export_bytes",
    "export_notes",
    "to_acled_rows",
    "to_geojson",
    "write_export",
]

FORMATS: tuple[str, ...] = ("geojson", "gpkg", "kml", "kmz", "shp", "csv", "parquet", "fgb")

#: Default file name and MIME type per format (the dashboard's download button uses both).
FILENAMES: dict[str, str] = {
    "geojson": "incidents.geojson",
    "gpkg": "incidents.gpkg",
    "kml": "incidents.kml",
    "kmz": "incidents.kmz",
    "shp": "incidents_shp.zip",
    "csv": "incidents.csv",
    "parquet": "incidents.parquet",
    "fgb": "incidents.fgb",
}
MIMETYPES: dict[str, str] = {
    "geojson": "application/geo+json",
    "gpkg": "application/geopackage+sqlite3",
    "kml": "application/vnd.google-earth.kml+xml",
    "kmz": "application/vnd.google-earth.kmz",
    "shp": "application/zip",
    "csv": "text/csv",
    "parquet": "application/vnd.apache.parquet",
    "fgb": "application/octet-stream",
}

LAYER = "incidents"
SHP_SIDECAR = "incidents_long_fields.csv"


class InterchangeError(UserError):
    """An export or import cannot be done (message names the file and the reason)."""


# --------------------------------------------------------------------------------------------- pure shaping
def _json(value: Any) -> str:
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


def _evidence_list(spans: Sequence[Any]) -> list[dict[str, Any]]:
    return [{"start": s.start, "end": s.end, "text": s.text} for s in spans]


def _values(incidents: Sequence[Incident], name: str) -> list[Any]:
    """One field of every incident as Python values (evidence and attributes as JSON text)."""
    values = list(map(operator.attrgetter(name), incidents))
    if name == "evidence":
        return [_json(_evidence_list(v)) for v in values]
    if name == "attributes":
        return [_json(dict(v)) if v else "{}" for v in values]
    return values


def _arrow_type(name: str) -> pa.DataType:
    if name in INT_FIELDS:
        return pa.int64()
    if name in FLOAT_FIELDS:
        return pa.float64()
    if name in BOOL_FIELDS:
        return pa.bool_()
    if name in DATE_FIELDS:
        return pa.date32()
    return pa.string()  # text, enums (StrEnum values are str) and JSON text


def _arrow_columns(incidents: Sequence[Incident]) -> dict[str, pa.Array]:
    """Every incident field as a typed Arrow column: one pass per column, no per-row Python objects kept."""
    return {name: pa.array(_values(incidents, name), type=_arrow_type(name)) for name in INCIDENT_FIELDS}


def to_geojson(incidents: Iterable[Incident]) -> dict[str, Any]:
    """RFC 7946 FeatureCollection: (lon, lat) points in WGS84, no ``crs`` member, every incident field a property.

    ``evidence`` stays a list of ``{start, end, text}`` and ``attributes`` an object (GeoJSON holds nested values);
    incidents without coordinates get ``"geometry": null``, which RFC 7946 allows.
    """
    features = []
    for inc in incidents:
        geometry = None
        if inc.latitude is not None and inc.longitude is not None:
            geometry = {
                "type": "Point",
                "coordinates": [inc.longitude, inc.latitude],
            }  # (lon, lat) per RFC 7946
        features.append(
            {
                "type": "Feature",
                "id": inc.incident_id,
                "geometry": geometry,
                "properties": incident_to_dict(inc),
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _acled_lists(incidents: Sequence[Incident]) -> dict[str, list[Any]]:
    """Columns of the ACLED-layout table: ACLED's 31 columns in ACLED's order, then our extra fields."""
    attrs = [inc.attributes for inc in incidents]
    types = [inc.event_type for inc in incidents]
    subs = [inc.sub_event_type for inc in incidents]

    def attr(key: str) -> list[Any]:
        return [a.get(key) if a else None for a in attrs]

    def field(name: str) -> list[Any]:
        values = _values(incidents, name)
        if name in DATE_FIELDS:
            return [None if v is None else v.isoformat() for v in values]
        if name in ENUM_FIELDS:
            return [v.value for v in values]
        return values

    cols: dict[str, list[Any]] = {
        "event_id_cnty": field("incident_id"),
        "event_date": field("event_date"),
        "year": [None if inc.event_date is None else inc.event_date.year for inc in incidents],
        "time_precision": [inc.date_precision.acled for inc in incidents],
        "disorder_type": [
            (a.get("disorder_type") if a else None) or disorder_type(t, s)
            for a, t, s in zip(attrs, types, subs, strict=True)
        ],
        "event_type": types,
        "sub_event_type": subs,
        "actor1": field("actor1"),
        "assoc_actor_1": attr("assoc_actor_1"),
        "inter1": attr("inter1"),
        "actor2": field("actor2"),
        "assoc_actor_2": attr("assoc_actor_2"),
        "inter2": attr("inter2"),
        "interaction": attr("interaction"),
        "civilian_targeting": [
            (a.get("civilian_targeting") if a else None)
            or ("Civilian targeting" if t == "Violence against civilians" else None)
            for a, t in zip(attrs, types, strict=True)
        ],
        "iso": [iso_numeric(inc.iso3) for inc in incidents],
        "region": attr("region"),
        "country": field("country"),
        "admin1": field("admin1"),
        "admin2": field("admin2"),
        "admin3": attr("admin3"),
        "location": field("location"),
        "latitude": field("latitude"),
        "longitude": field("longitude"),
        "geo_precision": field("geo_precision"),
        "source": field("source"),
        "source_scale": attr("source_scale"),
        "notes": field("notes"),
        "fatalities": field("fatalities"),
        "tags": attr("tags"),
        "timestamp": attr("timestamp"),
    }
    if tuple(cols) != ACLED_COLUMNS:  # pragma: no cover - guards the table above against reordering
        raise AssertionError("ACLED columns out of order")
    for name in ACLED_EXTRA_COLUMNS:
        cols[name] = field(name)
    return cols


def to_acled_rows(incidents: Iterable[Incident]) -> list[dict[str, Any]]:
    """One dict per incident, ACLED's columns first (``event_id_cnty`` = our ``incident_id``), then our fields.

    ``iso`` is the ISO 3166 numeric code, ``time_precision`` comes from ``date_precision``, ``disorder_type`` from the
    event type; ACLED columns we do not model (``inter1``, ``tags`` ...) come from ``attributes`` when an import kept
    them. Dates are ISO text; ``evidence`` and ``attributes`` are JSON text so that every value is flat.
    """
    incidents = list(incidents)
    if not incidents:
        return []
    cols = _acled_lists(incidents)
    names = list(cols)
    return [dict(zip(names, row, strict=True)) for row in zip(*cols.values(), strict=True)]


_ACLED_INT_COLUMNS = frozenset({"year", "time_precision", "iso"}) | INT_FIELDS


def _acled_table(incidents: Sequence[Incident]) -> pa.Table:
    arrays = {}
    for name, values in _acled_lists(incidents).items():
        if name in _ACLED_INT_COLUMNS:
            arrays[name] = pa.array(values, type=pa.int64())
        elif name in FLOAT_FIELDS or name in BOOL_FIELDS:
            arrays[name] = pa.array(values, type=_arrow_type(name))
        else:  # text; ACLED columns kept in attributes may hold numbers (inter1): written as their text
            arrays[name] = pa.array(
                [v if v is None or isinstance(v, str) else str(v) for v in values], pa.string()
            )
    return pa.table(arrays)


def _points(cols: dict[str, pa.Array]) -> np.ndarray:
    """Point geometries, x = longitude and y = latitude; None where an incident has no coordinates."""
    lon = cols["longitude"].to_numpy(zero_copy_only=False)
    lat = cols["latitude"].to_numpy(zero_copy_only=False)
    geometry = shapely.points(lon, lat)  # (lon, lat) order
    geometry[np.isnan(lon) | np.isnan(lat)] = None
    return geometry


def _with_geometry(cols: dict[str, pa.Array]) -> pa.Table:
    return pa.table({**cols, "geometry": pa.array(shapely.to_wkb(_points(cols)), type=pa.binary())})


def _esc(value: Any) -> str:
    return "" if value is None else html.escape(str(value))


def _kml_description(row: dict[str, Any]) -> str:
    """The placemark balloon: what an analyst checks first, with the source link."""
    fat = row["fatalities"]
    geo = row["geo_precision"]
    source = _esc(row["source"])
    link = (
        f'<a href="{_esc(row["url"])}">{source or "source"}</a>' if row["url"] else (source or "not recorded")
    )
    lines = [
        ("Date", f"{_esc(row['event_date']) or 'unknown'} (precision: {row['date_precision']})"),
        ("Type", _esc(row["event_type"])),
        ("Sub-type", _esc(row["sub_event_type"])),
        ("Fatalities", "not reported" if fat is None else str(fat)),
        ("Location", _esc(row["location"]) or "unknown"),
        (
            "Precision",
            f"{row['location_precision']}" + ("" if geo is None else f" (ACLED geo_precision {geo})"),
        ),
        ("Confidence", f"{row['confidence']:.2f}"),
        ("Source", link),
    ]
    if row["historical"]:
        lines.insert(0, ("Historical", "reference to a past event"))
    body = "".join(f"<tr><th align='left'>{k}</th><td>{v}</td></tr>" for k, v in lines)
    return f"<table>{body}</table>"


_KML_KEYS = (
    "event_date",
    "date_precision",
    "event_type",
    "sub_event_type",
    "fatalities",
    "location",
    "geo_precision",
    "location_precision",
    "confidence",
    "source",
    "url",
    "historical",
)


def _kml_table(cols: dict[str, pa.Array]) -> pa.Table:
    """Placemark name + HTML description first; every field but ``attributes`` as ExtendedData, dates ISO text."""
    py = {k: cols[k].to_pylist() for k in _KML_KEYS}
    rows = [dict(zip(_KML_KEYS, r, strict=True)) for r in zip(*py.values(), strict=True)]
    for r in rows:
        r["event_date"] = None if r["event_date"] is None else r["event_date"].isoformat()
    names = [
        f"{r['sub_event_type']} — {r['location'] or 'unknown place'}, {r['event_date'] or 'date unknown'}"
        for r in rows
    ]
    data = {
        "name": pa.array(names, pa.string()),
        "description": pa.array([_kml_description(r) for r in rows], pa.string()),
    }
    for name, arr in cols.items():
        if name == "attributes":
            continue
        data[name] = arr.cast(pa.string()) if name in DATE_FIELDS else arr  # KML would write 2022/01/04
    return _with_geometry(data)


# --------------------------------------------------------------------------------------------------- writers
def _write_gdal(table: pa.Table, path: Path, driver: str, **kwargs: Any) -> None:
    pyogrio.write_arrow(
        table,
        path,
        driver=driver,
        layer=LAYER,
        geometry_name="geometry",
        geometry_type="Point",
        crs="EPSG:4326",
        **kwargs,
    )


def _write_csv(table: pa.Table, path: Path) -> None:
    pacsv.write_csv(table, path, write_options=pacsv.WriteOptions(quoting_style="needed"))


def _write_shp(cols: dict[str, pa.Array], path: Path, tmp: Path) -> None:
    """Zipped Shapefile: short field names, UTF-8 .cpg, long text fields whole in a sidecar CSV."""
    shp = {SHP_NAMES[name]: arr for name, arr in cols.items() if name in SHP_NAMES}
    for name in ("notes", "url"):
        values = cols[name].to_pylist()
        shp[SHP_NAMES[name]] = pa.array(
            [v if v is None or len(v) <= 254 else v[:253] + "…" for v in values], pa.string()
        )
    folder = tmp / "shp"
    folder.mkdir()
    _write_gdal(
        _with_geometry(shp), folder / f"{LAYER}.shp", "ESRI Shapefile", layer_options={"ENCODING": "UTF-8"}
    )
    _write_csv(
        pa.table({"inc_id": cols["incident_id"], **{n: cols[n] for n in SHP_LONG_FIELDS}}),
        folder / SHP_SIDECAR,
    )
    cpg = folder / f"{LAYER}.cpg"
    if not cpg.exists():
        cpg.write_text("UTF-8\n", encoding="ascii")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for member in sorted(folder.iterdir()):
            zf.write(member, member.name)


def export_notes(incidents: Iterable[Incident], fmt: str) -> tuple[str, ...]:
    """What a user should know about exporting these incidents as ``fmt`` (printed by the CLI; pure)."""
    fmt = _check_format(fmt)
    incidents = list(incidents)
    notes: list[str] = []
    missing = sum(1 for inc in incidents if inc.latitude is None)
    if missing:
        notes.append(f"{missing} incident(s) have no coordinates: kept with a null geometry")
        if fmt == "fgb":
            notes.append(
                "FlatGeobuf cannot index null geometries: the file is written without a spatial index"
            )
    if fmt == "shp":
        long = sum(1 for inc in incidents if len(inc.notes or "") > 254 or len(inc.url or "") > 254)
        if long:
            notes.append(
                f"{long} incident(s) have notes/url longer than the 254 characters a .dbf holds: cut in the .dbf,"
                f" whole in {SHP_SIDECAR} inside the zip"
            )
    if fmt == "kml" or fmt == "kmz":
        notes.append(
            "KML/KMZ carry every field except 'attributes' (import extras); use GPKG for a full copy"
        )
    return tuple(notes)


def _write_format(incidents: Sequence[Incident], fmt: str, path: Path, tmp: Path) -> None:
    """Write ``incidents`` as ``fmt`` to ``path`` (a fresh name inside the scratch folder ``tmp``)."""
    if fmt == "geojson":
        path.write_bytes(orjson.dumps(to_geojson(incidents), option=orjson.OPT_NON_STR_KEYS))
        return
    if fmt == "csv":
        _write_csv(_acled_table(incidents), path)
        return
    cols = _arrow_columns(incidents)
    if fmt == "gpkg":
        _write_gdal(_with_geometry(cols), path, "GPKG")
    elif fmt == "fgb":
        table = _with_geometry(cols)
        # FlatGeobuf cannot index null geometries: keep every incident, drop the index only when needed
        no_index = cols["latitude"].null_count > 0
        _write_gdal(table, path, "FlatGeobuf", layer_options={"SPATIAL_INDEX": "NO"} if no_index else {})
    elif fmt == "parquet":
        frame = pa.table(cols).to_pandas()
        gpd.GeoDataFrame(frame, geometry=_points(cols), crs="EPSG:4326").to_parquet(path, index=False)
    elif fmt in ("kml", "kmz"):
        kml = path if fmt == "kml" else tmp / "doc.kml"
        _write_gdal(
            _kml_table(cols),
            kml,
            "KML",
            dataset_options={"NameField": "name", "DescriptionField": "description"},
        )
        if fmt == "kmz":
            with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.write(kml, "doc.kml")
    elif fmt == "shp":
        _write_shp(cols, path, tmp)
    else:  # pragma: no cover - callers validate fmt first
        raise InterchangeError(f"unknown export format {fmt!r}")


def _check_format(fmt: str) -> str:
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InterchangeError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return fmt


def write_export(
    incidents: Iterable[Incident], fmt: str, out: str | os.PathLike[str], *, force: bool = False
) -> Path:
    """Write ``incidents`` as ``fmt`` to ``out``, atomically (temp file in the same folder, then rename).

    Parameters
    ----------
    force
        Overwrite an existing ``out``; without it an existing file is refused, so an export never clobbers work.

    Raises
    ------
    InterchangeError
        Unknown format, existing output without ``force``, missing output folder, or a driver failure.
    """
    fmt = _check_format(fmt)
    out = Path(out).expanduser()
    if out.is_dir():
        raise InterchangeError(f"{out}: is a folder; give a file name (e.g. {out / FILENAMES[fmt]})")
    if not out.parent.is_dir():
        raise InterchangeError(f"{out}: the folder {out.parent} does not exist")
    if out.exists() and not force:
        raise InterchangeError(f"{out}: exists; use --force to overwrite it")
    incidents = list(incidents)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    try:
        target = tmp / FILENAMES[fmt]
        try:
            _write_format(incidents, fmt, target, tmp)
        except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, OSError, ValueError) as exc:
            raise InterchangeError(f"{out}: could not write {fmt}: {exc}") from exc
        target.replace(out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


def export_bytes(incidents: Iterable[Incident], fmt: str) -> tuple[bytes, str, str]:
    """The export as bytes with a file name and MIME type (for the dashboard's download button)."""
    fmt = _check_format(fmt)
    incidents = list(incidents)
    if fmt == "geojson":
        data = orjson.dumps(to_geojson(incidents), option=orjson.OPT_NON_STR_KEYS)
        return data, FILENAMES[fmt], MIMETYPES[fmt]
    with tempfile.TemporaryDirectory(prefix="incidents-export-") as tmp:
        target = Path(tmp) / FILENAMES[fmt]
        _write_format(incidents, fmt, target, Path(tmp))
        data = target.read_bytes()
    return data, FILENAMES[fmt], MIMETYPES[fmt]
