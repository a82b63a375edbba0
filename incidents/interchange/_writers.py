"""Arrow/GDAL writers behind :func:`incidents.interchange.write_export` (imported only when a file is written).

Every format is built from typed Arrow columns (one pass per incident field) and written in one batch through
``pyogrio.write_arrow``; geometry is points with x = longitude, y = latitude, EPSG:4326 set on write.
"""

from __future__ import annotations

import html
import operator
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import orjson
import pyarrow as pa
import pyarrow.csv as pacsv
import pyogrio
import shapely

from incidents.interchange._icons import icon_pngs
from incidents.interchange._tables import (
    BOOL_FIELDS,
    DATE_FIELDS,
    FLOAT_FIELDS,
    INT_FIELDS,
    SHP_LONG_FIELDS,
    SHP_NAMES,
)
from incidents.interchange.export import (
    LAYER,
    SHP_SIDECAR,
    InterchangeError,
    _acled_lists,
    _dbf_text,
    _json,
    to_geojson,
)
from incidents.model import INCIDENT_FIELDS, Incident
from incidents.palette import EVENT_COLORS, HISTORICAL_COLOR

__all__ = ["write_format"]


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
    """Every incident field as a typed Arrow column: one C-level ``map`` per field (no per-row tuples: building
    100 k of them costs more in garbage collection than it saves); evidence spans are dataclasses that orjson
    writes as ``{start, end, text}`` itself, so no per-span dicts are built."""
    out: dict[str, pa.Array] = {}
    for name in INCIDENT_FIELDS:
        values: Any = list(map(operator.attrgetter(name), incidents))
        if name == "evidence":
            values = [_EMPTY_LIST if not v else orjson.dumps(v).decode() for v in values]
        elif name == "attributes":
            values = [_json(dict(v)) if v else "{}" for v in values]
        out[name] = pa.array(values, type=_arrow_type(name))
    return out


_EMPTY_LIST = "[]"


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


#: ISO WKB of a 2-D point: byte order (1 = little endian), geometry type 1 (Point), x, y.
_WKB_POINT = np.dtype([("order", "u1"), ("kind", "<u4"), ("x", "<f8"), ("y", "<f8")])


def _wkb_points(cols: dict[str, pa.Array]) -> pa.Array:
    """WKB points (x = longitude, y = latitude) built as one numpy buffer; null where there are no coordinates.

    Why not shapely: making 100 k shapely objects and serialising each took ~0.3 s; the 21-byte records are
    written here in a few milliseconds, byte-identical to ``shapely.to_wkb``.
    """
    lon = cols["longitude"].to_numpy(zero_copy_only=False)
    lat = cols["latitude"].to_numpy(zero_copy_only=False)
    n = len(lon)
    missing = np.isnan(lon) | np.isnan(lat)
    keep = np.flatnonzero(~missing)
    records = np.zeros(len(keep), dtype=_WKB_POINT)
    records["order"] = 1
    records["kind"] = 1
    records["x"] = lon[keep]
    records["y"] = lat[keep]
    size = _WKB_POINT.itemsize
    lengths = np.where(missing, 0, size)
    offsets = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(lengths, out=offsets[1:])
    validity = pa.array(~missing, type=pa.bool_()).buffers()[1] if missing.any() else None
    return pa.Array.from_buffers(
        pa.binary(),
        n,
        [validity, pa.py_buffer(offsets), pa.py_buffer(records.tobytes())],
        null_count=int(missing.sum()),
    )


def _with_geometry(cols: dict[str, pa.Array]) -> pa.Table:
    return pa.table({**cols, "geometry": _wkb_points(cols)})


def _esc(value: Any) -> str:
    return "" if value is None else html.escape(str(value))


def _kml_description(row: dict[str, Any]) -> str:
    """The placemark balloon: what an analyst checks first, with the source link."""
    fat = row["fatalities"]
    geo = row["geo_precision"]
    source = _esc(row["source"])
    url = row["url"] or ""
    if url.lower().startswith(("http://", "https://")):
        link = f'<a href="{_esc(url)}">{source or "source"}</a>'
    else:  # as the dashboard does: a javascript: or data: address from a hostile feed never becomes a link
        link = " ".join(filter(None, (source, _esc(url)))) or "not recorded"
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
        ("Historical reference: " if r["historical"] else "")
        + f"{r['sub_event_type']} — {r['location'] or 'unknown place'}, {r['event_date'] or 'date unknown'}"
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


#: The map's colours per event type (``incidents.palette``), so a layer opened in Google Earth reads like the map.
#: Historical references are grey, as on the map.
_KML_TYPE_COLORS = EVENT_COLORS
_KML_HISTORICAL_COLOR = HISTORICAL_COLOR
_KML_OTHER_COLOR = "#333333"
#: Precision as a shape, as the dashboard does: a small solid dot for the place itself, a target (rings round a
#: centre) for "near a place", a large pale polygon for "only the province or country is known": (icon, scale,
#: alpha). The icons are drawn by ``_icons`` and bundled in the KMZ (``files/<icon>.png``); nothing is fetched.
_KML_SHAPES = {
    "exact": ("exact", 0.8, "ff"),
    "near": ("near", 1.1, "ff"),
    "area": ("area", 1.5, "99"),
    "country": ("area", 2.2, "66"),
    "unknown": ("unknown", 1.0, "ff"),
}
#: Where a KMZ keeps its icons, relative to ``doc.kml`` (Google Earth's own convention for bundled files).
KMZ_ICON_DIR = "files"
_KML_DESC_END = b"</description>\n"


def _kml_precision_class(geo: Any, location_precision: Any = None) -> str:
    if location_precision == "country":  # larger and paler than a province: a country is not a province
        return "country"
    return {1: "exact", 2: "near", 3: "area"}.get(geo, "unknown")


def _kml_kind(event_type: Any, historical: Any) -> str:
    if historical:
        return "historical"
    return str(event_type) if event_type in _KML_TYPE_COLORS else "other"


def _kml_style_id(kind: str, precision_class: str) -> str:
    slug = "".join(ch if ch.isalnum() else "-" for ch in kind.lower())
    return f"{slug}-{precision_class}"


def _kml_abgr(hex_rgb: str, alpha: str) -> str:
    r, g, b = hex_rgb[1:3], hex_rgb[3:5], hex_rgb[5:7]
    return f"{alpha}{b}{g}{r}".lower()  # KML colours are aabbggrr


def _kml_icon_xml(icon: str, *, bundled: bool) -> str:
    """The <Icon> (and centred hot spot) of a style; none at all in a plain .kml.

    A single .kml file cannot carry images, and any href would be a fetch: a remote one breaks offline (Google
    Earth draws a red cross), a relative one points at a file that did not travel with it. With no <Icon>, Google
    Earth draws its built-in placemark and QGIS a simple marker, both tinted by the style's colour and sized by
    its scale, so type and precision still read; the KMZ carries the shapes themselves.
    """
    if not bundled:
        return ""
    return (
        f"<Icon><href>{KMZ_ICON_DIR}/{icon}.png</href></Icon>"
        '<hotSpot x="0.5" y="0.5" xunits="fraction" yunits="fraction"/>'
    )


def _kml_styles(*, bundled_icons: bool) -> bytes:
    """Shared <Style> elements: one per event type (and historical) and precision class."""
    kinds = [*((t, c) for t, c in _KML_TYPE_COLORS.items()), ("historical", _KML_HISTORICAL_COLOR)]
    kinds.append(("other", _KML_OTHER_COLOR))
    out = []
    for kind, color in kinds:
        for cls, (icon, scale, alpha) in _KML_SHAPES.items():
            sid = _kml_style_id(kind, cls)
            out.append(
                f'<Style id="{sid}"><IconStyle><color>{_kml_abgr(color, alpha)}</color><scale>{scale}</scale>'
                f"{_kml_icon_xml(icon, bundled=bundled_icons)}</IconStyle></Style>\n"
            )
    return "".join(out).encode("utf-8")


def _kml_time(event_date: Any, start: Any, end: Any, precision: Any) -> str:
    """<TimeStamp> for a known day, <TimeSpan> for a week/month/year (Google Earth's time slider reads both)."""
    if precision == "day" and event_date is not None:
        return f"<TimeStamp><when>{event_date.isoformat()}</when></TimeStamp>"
    if start is not None or end is not None:
        begin = f"<begin>{start.isoformat()}</begin>" if start is not None else ""
        finish = f"<end>{end.isoformat()}</end>" if end is not None else ""
        return f"<TimeSpan>{begin}{finish}</TimeSpan>"
    if event_date is not None:
        return f"<TimeStamp><when>{event_date.isoformat()}</when></TimeStamp>"
    return ""  # date unknown: always shown, whatever the slider says


def _kml_placemark_extras(cols: dict[str, pa.Array]) -> list[bytes]:
    """Per placemark, in row order: its time primitive and style reference (KML order: after <description>)."""
    py = {
        k: cols[k].to_pylist()
        for k in ("event_date", "date_start", "date_end", "date_precision", "event_type", "geo_precision")
    }
    classes = [
        _kml_precision_class(g, lp)
        for g, lp in zip(py["geo_precision"], cols["location_precision"].to_pylist(), strict=True)
    ]
    hist = cols["historical"].to_pylist()
    return [
        f"\t{_kml_time(d, s, e, p)}<styleUrl>#{_kml_style_id(_kml_kind(t, h), c)}</styleUrl>\n".encode()
        for d, s, e, p, t, c, h in zip(
            py["event_date"],
            py["date_start"],
            py["date_end"],
            py["date_precision"],
            py["event_type"],
            classes,
            hist,
            strict=True,
        )
    ]


def _kml_add_styles_and_times(
    path: Path, cols: dict[str, pa.Array], tmp: Path, *, bundled_icons: bool
) -> None:
    """Add shared styles, a style reference and a time stamp/span to each placemark GDAL's KML driver wrote.

    GDAL's KML driver writes neither: every incident was the same default pin with no time, so Google Earth could
    neither tell precision or type apart nor use its time slider. The file is streamed (100 k incidents make
    ~300 MB of KML). Each placemark has exactly one description (ours, never empty; GDAL escapes any ``<`` inside
    values), so the n-th ``</description>`` line closes the n-th row's description.
    """
    extras = _kml_placemark_extras(cols)
    out_path = tmp / "styled.kml"
    seen = 0
    with path.open("rb") as src, out_path.open("wb") as dst:
        head = b""
        while b"<Document" not in head or b">" not in head[head.find(b"<Document") :]:
            chunk = src.read(1 << 16)
            if not chunk:
                break
            head += chunk
        start = head.find(b"<Document")
        close = head.find(b">", start) + 1 if start >= 0 else 0
        dst.write(head[:close] + b"\n" + _kml_styles(bundled_icons=bundled_icons))
        buf = head[close:]
        while True:
            parts = buf.split(_KML_DESC_END)
            for part in parts[:-1]:
                if seen >= len(extras):
                    raise InterchangeError("KML writer: more descriptions than incidents")
                dst.write(part + _KML_DESC_END + extras[seen])
                seen += 1
            buf = parts[-1]
            chunk = src.read(1 << 20)
            if not chunk:
                break
            buf += chunk
        dst.write(buf)
    if seen != len(extras):
        raise InterchangeError(f"KML writer: {seen} descriptions for {len(extras)} incidents")
    out_path.replace(path)


# --------------------------------------------------------------------------------------------------- writers
def _write_kmz(kml: Path, path: Path) -> None:
    """``doc.kml`` first (Google Earth opens the first .kml of the archive), then the icons its styles name."""
    icons = icon_pngs(tuple(icon for icon, _, _ in _KML_SHAPES.values()))
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.write(kml, "doc.kml")
        for icon, png in icons.items():
            zf.writestr(zipfile.ZipInfo(f"{KMZ_ICON_DIR}/{icon}.png", date_time=(1980, 1, 1, 0, 0, 0)), png)


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
        shp[SHP_NAMES[name]] = pa.array([_dbf_text(v) for v in cols[name].to_pylist()], pa.string())
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


def write_format(incidents: Sequence[Incident], fmt: str, path: Path, tmp: Path) -> None:
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
        _kml_add_styles_and_times(kml, cols, tmp, bundled_icons=fmt == "kmz")
        if fmt == "kmz":
            _write_kmz(kml, path)
    elif fmt == "shp":
        _write_shp(cols, path, tmp)
    else:  # pragma: no cover - callers validate fmt first
        raise InterchangeError(f"unknown export format {fmt!r}")
