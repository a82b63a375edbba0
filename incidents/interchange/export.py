"""Export incidents to the formats GIS and conflict-data tools read (GeoJSON, GPKG, KML/KMZ, Shapefile, CSV ...).

The shaping (:func:`to_geojson`, :func:`to_acled_rows`, :func:`export_notes`) is pure. The file writers live in
``_writers.py`` (imported on first write, so the CLI starts without GDAL/Arrow): one pass per field into typed Arrow
columns, handed to GDAL in one batch (pyogrio ``write_arrow``), so 100 k incidents write to GPKG in about 1 s of CPU
(docs/performance.md, "Interchange").
The only I/O is :func:`write_export` / :func:`export_bytes`; :func:`write_export` writes into a temporary folder
beside the target and renames, so a failed export never leaves a half-written file behind.

Incidents without coordinates are kept in every format with a null geometry (their attributes still matter to an
analyst; dropping rows silently would make counts disagree with the dashboard). FlatGeobuf cannot index null
geometries, so such a file is written without its spatial index (a warning says so).
"""

from __future__ import annotations

import operator
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import orjson

from incidents.errors import UserError
from incidents.interchange._tables import (
    ACLED_COLUMNS,
    ACLED_EXTRA_COLUMNS,
    DATE_FIELDS,
    ENUM_FIELDS,
    disorder_type,
    iso_numeric,
)
from incidents.model import Incident, incident_to_dict

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
#: File-name suffixes each format is read back from (``import layer`` picks the reader by suffix).
SUFFIXES: dict[str, tuple[str, ...]] = {
    "geojson": (".geojson", ".json"),
    "gpkg": (".gpkg",),
    "kml": (".kml",),
    "kmz": (".kmz",),
    "shp": (".zip",),
    "csv": (".csv",),
    "parquet": (".parquet", ".geoparquet"),
    "fgb": (".fgb",),
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


def _dbf_text(value: str | None) -> str | None:
    """Text cut to the 254 bytes a .dbf field holds (UTF-8 bytes, not characters), ending in "…" when cut."""
    if value is None:
        return None
    raw = value.encode("utf-8")
    if len(raw) <= 254:
        return value
    return raw[:251].decode("utf-8", errors="ignore") + "…"


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
        long = sum(
            1 for inc in incidents if _dbf_text(inc.notes) != inc.notes or _dbf_text(inc.url) != inc.url
        )
        if long:
            notes.append(
                f"{long} incident(s) have notes/url longer than the 254 bytes a .dbf field holds: cut in the .dbf,"
                f" whole in {SHP_SIDECAR} inside the zip"
            )
    if fmt == "kml" or fmt == "kmz":
        notes.append(
            "KML/KMZ carry every field except 'attributes' (import extras); use GPKG for a full copy"
        )
    return tuple(notes)


def _write_format(incidents: Sequence[Incident], fmt: str, path: Path, tmp: Path) -> None:
    """Write ``incidents`` as ``fmt`` to ``path``; GDAL/Arrow are imported here, not when the CLI starts."""
    from incidents.interchange import _writers

    _writers.write_format(incidents, fmt, path, tmp)


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
    if fmt == "shp" and out.suffix.lower() == ".shp":
        raise InterchangeError(
            f"{out}: a Shapefile export is a zip of .shp/.shx/.dbf/.prj/.cpg: name it .zip"
        )
    suffix = out.suffix.lower()
    other = next((f for f, sfx in SUFFIXES.items() if suffix in sfx and f != fmt), None)
    if other is not None:
        # a GeoPackage named .geojson opens in no tool, and 'import layer' (which goes by the suffix) refuses it
        raise InterchangeError(
            f"{out}: the name says {other} but the format is {fmt}: name it {SUFFIXES[fmt][0]} "
            f"(or choose --format {other})"
        )
    if out.exists() and not force:
        raise InterchangeError(f"{out}: exists; use --force to overwrite it")
    incidents = list(incidents)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    except OSError as exc:  # a read-only or special folder: say which output could not be written, and why
        raise InterchangeError(
            f"{out}: cannot write in the folder {out.parent}: {exc.strerror or exc}"
        ) from exc
    try:
        target = tmp / FILENAMES[fmt]
        try:
            _write_format(incidents, fmt, target, tmp)
        except (OSError, ValueError, RuntimeError) as exc:  # pyogrio's errors derive from these
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
