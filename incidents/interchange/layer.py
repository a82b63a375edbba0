"""Import layers this tool exported (GeoJSON, GPKG, FlatGeobuf, GeoParquet, CSV, zipped Shapefile, KML/KMZ).

A round trip keeps ``incident_id``, ``report_id``, ``origin`` and ``origin_id`` as written, so exporting from one
store and importing into another updates the same incidents instead of creating copies. Columns that are not
incident fields (ACLED's ``year``, ``iso``, KML's ``Name``...) are derived values and are ignored.
"""

from __future__ import annotations

import datetime as dt
import json
import warnings
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from incidents.interchange._coords import drop_swapped
from incidents.interchange._rows import (
    ImportReject,
    RowError,
    Table,
    parse_bool,
    parse_date,
    read_csv,
    read_csv_text,
)
from incidents.interchange._tables import (
    BOOL_FIELDS,
    DATE_FIELDS,
    FLOAT_FIELDS,
    INT_FIELDS,
    SHP_LONG_FIELDS,
    SHP_NAMES,
)
from incidents.interchange.export import SHP_SIDECAR, InterchangeError
from incidents.model import INCIDENT_FIELDS, Incident, ModelError, incident_from_dict

__all__ = ["LAYER_REPORT_ID", "LAYER_SUFFIXES", "layer_record", "parse_layer_table", "read_layer"]

LAYER_REPORT_ID = "ds-layer"
LAYER_REQUIRED = ("incident_id", "event_type", "sub_event_type")
LAYER_SUFFIXES = (
    ".geojson",
    ".json",
    ".gpkg",
    ".fgb",
    ".parquet",
    ".geoparquet",
    ".csv",
    ".zip",
    ".shp",
    ".kml",
    ".kmz",
)


def _missing(value: Any) -> bool:
    """None, NaN, NaT (GDAL's empty date) or blank text: the field was not set."""
    if value is None or isinstance(value, (list, dict, np.ndarray)):
        return value is None
    if isinstance(value, str):
        return not value.strip()
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _scalar(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    return value


def _convert(name: str, value: Any) -> Any:
    value = _scalar(value)
    if name in INT_FIELDS:
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise RowError(f"{name}: {value!r} is not a number") from None
        if not number.is_integer():
            raise RowError(f"{name}: {value!r} is not a whole number")
        return int(number)
    if name in FLOAT_FIELDS:
        try:
            return float(value)
        except (TypeError, ValueError):
            raise RowError(f"{name}: {value!r} is not a number") from None
    if name in BOOL_FIELDS:
        return value if isinstance(value, bool) else parse_bool(str(value), name)
    if name in DATE_FIELDS:
        if isinstance(
            value, dt.datetime
        ):  # pandas Timestamp is a datetime: GDAL date fields read as midnight
            return value.date()
        if isinstance(value, dt.date):
            return value
        return parse_date(str(value), name)
    if name in ("evidence", "attributes"):
        if isinstance(value, str):
            try:
                return json.loads(value)
            except json.JSONDecodeError as exc:
                raise RowError(f"{name}: not valid JSON ({exc.msg})") from None
        if isinstance(value, np.ndarray):
            return value.tolist()
        return value
    return str(value)


def layer_record(rec: dict[str, Any], *, point: tuple[float, float] | None = None) -> Incident:
    """One exported feature/row (field -> value) back into an incident; ``point`` is the geometry's (lon, lat)."""
    data: dict[str, Any] = {}
    for name in INCIDENT_FIELDS:
        value = rec.get(name)
        if not _missing(value):
            data[name] = _convert(name, value)
    if "latitude" not in data and point is not None:
        data["longitude"], data["latitude"] = point  # geometry order is (lon, lat)
    data.setdefault("report_id", LAYER_REPORT_ID)
    data.setdefault("origin", "layer")
    try:
        return incident_from_dict(data)
    except (ModelError, KeyError, TypeError, ValueError) as exc:
        raise RowError(str(exc)) from None


def _collect(
    records: list[tuple[int, dict[str, Any], tuple[float, float] | None]], unit: str
) -> tuple[list[Incident], list[ImportReject]]:
    incidents: list[Incident] = []
    rejects: list[ImportReject] = []
    seen: dict[str, int] = {}
    for number, rec, point in records:
        ident = rec.get("incident_id")
        ident = None if _missing(ident) else str(ident)
        if ident is not None and ident in seen:
            rejects.append(
                ImportReject(number, f"duplicate incident_id (first at {seen[ident]})", ident, unit)
            )
            continue
        try:
            inc = layer_record(rec, point=point)
        except RowError as exc:
            rejects.append(ImportReject(number, str(exc), ident, unit))
            continue
        seen[inc.incident_id] = number
        incidents.append(inc)
    incidents, swapped = drop_swapped(incidents, lambda inc: seen[inc.incident_id], unit=unit)
    return incidents, sorted(rejects + swapped, key=lambda r: r.line or 0)


def _require(name: str, columns: set[str]) -> None:
    missing = [c for c in LAYER_REQUIRED if c not in columns]
    if missing:
        raise InterchangeError(
            f"{name}: not a layer exported by Incident Atlas: missing column(s) {', '.join(missing)}"
            " (for ACLED or UCDP files use 'incidents import acled' / 'incidents import ucdp')"
        )


def parse_layer_table(table: Table) -> tuple[list[Incident], list[ImportReject]]:
    """Our CSV export (ACLED columns first, then every incident field) back into incidents."""
    _require(table.name, set(table.header))
    width = len(table.header)
    records = []
    rejects: list[ImportReject] = []
    for line, row in table.rows:
        if len(row) != width:
            rejects.append(ImportReject(line, f"{len(row)} cells where the header has {width}"))
            continue
        records.append((line, dict(zip(table.header, row, strict=True)), None))
    incidents, bad = _collect(records, "line")
    return incidents, rejects + bad


def _geojson_records(path: Path) -> list[tuple[int, dict[str, Any], tuple[float, float] | None]]:
    try:
        doc = json.loads(path.read_bytes())
    except json.JSONDecodeError as exc:
        raise InterchangeError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        raise InterchangeError(f"{path}: not a GeoJSON FeatureCollection")
    out = []
    for i, feature in enumerate(doc.get("features") or [], start=1):
        props = dict(feature.get("properties") or {})
        geometry = feature.get("geometry") or {}
        point = None
        if geometry.get("type") == "Point" and len(geometry.get("coordinates") or ()) >= 2:
            lon, lat = geometry["coordinates"][:2]  # RFC 7946 order is (lon, lat)
            point = (float(lon), float(lat))
        out.append((i, props, point))
    return out


def _frame_records(frame: Any) -> list[tuple[int, dict[str, Any], tuple[float, float] | None]]:
    geometry = frame.geometry if "geometry" in frame else None
    columns = [c for c in frame.columns if c != "geometry"]
    rows = frame[columns].to_dict("records")
    points: list[tuple[float, float] | None] = [None] * len(rows)
    if geometry is not None:
        for i, geom in enumerate(geometry):
            if geom is not None and not geom.is_empty and geom.geom_type == "Point":
                points[i] = (geom.x, geom.y)
    return [(i + 1, row, points[i]) for i, row in enumerate(rows)]


def _shapefile_records(
    source: str, sidecar: str | None, name: str
) -> list[tuple[int, dict[str, Any], tuple[float, float] | None]]:
    """A Shapefile with its short field names mapped back, long fields restored from the sidecar CSV."""
    import pyogrio

    frame = pyogrio.read_dataframe(source)
    frame = frame.rename(columns={short: long for long, short in SHP_NAMES.items()})
    records = _frame_records(frame)
    if sidecar is not None:
        long_table = read_csv_text(sidecar, name=f"{name}/{SHP_SIDECAR}")
        if "inc_id" in long_table.header:
            idx = long_table.header.index("inc_id")
            fields = [(i, h) for i, h in enumerate(long_table.header) if h in SHP_LONG_FIELDS]
            by_id = {row[idx]: {h: row[i] for i, h in fields} for _, row in long_table.rows}
            for _, rec, _ in records:
                rec.update(by_id.get(str(rec.get("incident_id")), {}))
    return records


def _read_shapefile_zip(path: Path) -> list[tuple[int, dict[str, Any], tuple[float, float] | None]]:
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            shp = next((n for n in names if n.lower().endswith(".shp")), None)
            sidecar = zf.read(SHP_SIDECAR).decode("utf-8") if SHP_SIDECAR in names else None
    except zipfile.BadZipFile as exc:
        raise InterchangeError(f"{path}: not a zip file ({exc})") from exc
    if shp is None:
        raise InterchangeError(f"{path}: the zip holds no .shp file")
    return _shapefile_records(f"/vsizip/{path.resolve()}/{shp}", sidecar, str(path))


def _read_shapefile(path: Path) -> list[tuple[int, dict[str, Any], tuple[float, float] | None]]:
    """An unzipped export: ``incidents.shp`` with ``incidents_long_fields.csv`` beside it (when present)."""
    sidecar_path = path.with_name(SHP_SIDECAR)
    sidecar = sidecar_path.read_text(encoding="utf-8") if sidecar_path.exists() else None
    return _shapefile_records(str(path), sidecar, str(path.parent))


def _read_kmz(path: Path) -> list[tuple[int, dict[str, Any], tuple[float, float] | None]]:
    import pyogrio

    try:
        with zipfile.ZipFile(path) as zf:
            kml = next((n for n in zf.namelist() if n.lower().endswith(".kml")), None)
    except zipfile.BadZipFile as exc:
        raise InterchangeError(f"{path}: not a KMZ (zip) file ({exc})") from exc
    if kml is None:
        raise InterchangeError(f"{path}: the KMZ holds no .kml file")
    # read the inner document directly: opened as .kmz, GDAL loses the ExtendedData schema
    return _frame_records(pyogrio.read_dataframe(f"/vsizip/{path.resolve()}/{kml}"))


def read_layer(path: Path) -> tuple[list[Incident], list[ImportReject], list[str], int]:
    """Read an exported layer: (incidents, rejects, warnings, rows read). The format comes from the suffix."""
    suffix = path.suffix.lower()
    if suffix not in LAYER_SUFFIXES:
        raise InterchangeError(
            f"{path}: unknown layer type {suffix!r}; expected one of {', '.join(LAYER_SUFFIXES)}"
        )
    if suffix == ".csv":
        table = read_csv(path)
        if not table.rows:
            raise InterchangeError(f"{path}: no data rows")
        incidents, rejects = parse_layer_table(table)
        return incidents, rejects, table.warnings, len(table.rows)
    if path.stat().st_size == 0:
        raise InterchangeError(f"{path}: empty file")
    try:
        if suffix in (".geojson", ".json"):
            records = _geojson_records(path)
        elif suffix == ".zip":
            records = _read_shapefile_zip(path)
        elif suffix == ".shp":
            records = _read_shapefile(path)
        elif suffix in (".parquet", ".geoparquet"):
            import geopandas as gpd

            records = _frame_records(gpd.read_parquet(path))
        elif suffix == ".kmz":
            records = _read_kmz(path)
        else:
            import pyogrio

            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)  # e.g. "Measured (M) geometry types" notices
                records = _frame_records(pyogrio.read_dataframe(path))
    except InterchangeError:
        raise
    except (
        Exception
    ) as exc:  # GDAL/Arrow raise many types for an unreadable file; all mean the same to the user
        # GDAL's own advice ("prefix the path with '<DRIVER>:'") is for GDAL users, not ours: keep its first sentence
        reason = str(exc).split("; It might help", 1)[0].rstrip(". ") or type(exc).__name__
        raise InterchangeError(
            f"{path}: cannot read as {suffix.lstrip('.')} (not a valid {suffix} file?): {reason}"
        ) from exc
    columns = set().union(*(r[1].keys() for r in records)) if records else set()
    if records:
        _require(str(path), columns)
    incidents, rejects = _collect(records, "feature")
    return incidents, rejects, [], len(records)
