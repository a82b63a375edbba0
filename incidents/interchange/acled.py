"""Import ACLED CSV exports (2023+ layout and the older one with event_id_no_cnty/data_id/iso3).

Mapping (documented in docs/interchange.md): ``event_id_cnty`` is the dataset id (``origin_id``); the incident id is
``make_incident_id("acled", event_id_cnty)`` so re-importing an updated export updates rows instead of duplicating
them. ACLED columns we do not model as fields (inter codes, associated actors, tags ...) go into ``attributes`` and
come back out in the ACLED-layout CSV export.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from incidents.interchange._coords import drop_swapped
from incidents.interchange._rows import (
    ImportReject,
    RowError,
    Table,
    month_bounds,
    number_or_text,
    parse_coords,
    parse_date,
    parse_int,
    require_columns,
)
from incidents.interchange._tables import iso3_from_country, iso3_from_numeric
from incidents.model import DatePrecision, Incident, LocationPrecision, ModelError, Report, make_incident_id

__all__ = ["ACLED_REPORT", "ACLED_REQUIRED", "parse_acled"]

ACLED_REQUIRED = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "latitude", "longitude")
METHOD = "acled-import-v1"

#: The synthetic report every ACLED row points at (the store keeps provenance per report).
ACLED_REPORT = Report(
    report_id="ds-acled",
    text="ACLED dataset import: each incident was coded by ACLED; see its source and notes.",
    source="ACLED",
    url="https://acleddata.com",
    title="ACLED (Armed Conflict Location & Event Data), imported",
    metadata={"dataset": "acled"},
)

_TIME_PRECISION = {1: DatePrecision.DAY, 2: DatePrecision.WEEK, 3: DatePrecision.MONTH}
_GEO_PRECISION = {1: LocationPrecision.SETTLEMENT, 2: LocationPrecision.NEAR, 3: LocationPrecision.ADMIN1}
# Columns that become Incident fields (or are recomputed from them: year from event_date).
_CONSUMED = frozenset(
    {
        "event_id_cnty",
        "event_date",
        "year",
        "time_precision",
        "event_type",
        "sub_event_type",
        "actor1",
        "actor2",
        "country",
        "iso3",
        "admin1",
        "admin2",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "notes",
        "fatalities",
    }
)
_INT_ATTRS = frozenset({"inter1", "inter2", "interaction", "iso", "event_id_no_cnty", "data_id", "timestamp"})


def _text(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def _attributes(rec: dict[str, str]) -> dict[str, Any]:
    """Every non-empty column we do not map to a field, numbers as numbers ("1.0" -> 1)."""
    out: dict[str, Any] = {}
    for key, value in rec.items():
        if key in _CONSUMED or not key or not value:
            continue
        value = value.strip()
        if value:
            out[key] = number_or_text(value) if key in _INT_ATTRS else value
    return out


def _dates(day: dt.date | None, precision: DatePrecision) -> tuple[dt.date | None, dt.date | None]:
    """Bounds implied by ACLED's convention: week -> the midpoint was used (+-3 days); month -> the 15th."""
    if day is None:
        return None, None
    if precision is DatePrecision.WEEK:
        return day - dt.timedelta(days=3), day + dt.timedelta(days=3)
    if precision is DatePrecision.MONTH:
        return month_bounds(day)
    if precision is DatePrecision.DAY:
        return day, day
    return None, None


def _iso3(rec: dict[str, str]) -> str | None:
    old = _text(rec.get("iso3"))
    if old:
        return old.upper()
    code = parse_int(rec.get("iso"), "iso")
    if code:
        found = iso3_from_numeric(code)
        if found:
            return found
    return iso3_from_country(_text(rec.get("country")))


def acled_row(rec: dict[str, str]) -> Incident:
    """One ACLED row (column -> text) as an incident; raises RowError with the reason on bad values."""
    eid = (rec.get("event_id_cnty") or "").strip()
    if not eid:
        raise RowError("event_id_cnty is empty")
    day = parse_date(rec.get("event_date"), "event_date")
    if day is None:
        raise RowError("event_date is empty")
    tp = parse_int(rec.get("time_precision"), "time_precision")
    if tp is not None and tp not in _TIME_PRECISION:
        raise RowError(f"time_precision: {tp} is not 1, 2 or 3")
    precision = _TIME_PRECISION.get(tp, DatePrecision.UNKNOWN)  # type: ignore[arg-type]
    start, end = _dates(day, precision)
    lat, lon = parse_coords(rec.get("latitude"), rec.get("longitude"))
    geo = parse_int(rec.get("geo_precision"), "geo_precision")
    if geo is not None and geo not in _GEO_PRECISION:
        raise RowError(f"geo_precision: {geo} is not 1, 2 or 3")
    try:
        return Incident(
            incident_id=make_incident_id("acled", eid),
            report_id=ACLED_REPORT.report_id,
            event_type=(rec.get("event_type") or "").strip(),
            sub_event_type=(rec.get("sub_event_type") or "").strip(),
            event_date=day,
            date_start=start,
            date_end=end,
            date_precision=precision,
            actor1=_text(rec.get("actor1")),
            actor2=_text(rec.get("actor2")),
            fatalities=parse_int(rec.get("fatalities"), "fatalities"),
            location=_text(rec.get("location")),
            latitude=lat,
            longitude=lon,
            geo_precision=geo,
            location_precision=_GEO_PRECISION.get(geo, LocationPrecision.UNKNOWN),  # type: ignore[arg-type]
            admin1=_text(rec.get("admin1")),
            admin2=_text(rec.get("admin2")),
            country=_text(rec.get("country")),
            iso3=_iso3(rec),
            source=_text(rec.get("source")),
            notes=_text(rec.get("notes")),
            confidence=1.0,
            method=METHOD,
            origin="acled",
            origin_id=eid,
            attributes=_attributes(rec),
        )
    except ModelError as exc:
        raise RowError(str(exc)) from None


def parse_acled(table: Table) -> tuple[list[Incident], list[ImportReject]]:
    """All rows of an ACLED table: good rows as incidents, bad rows as rejects with line and reason."""
    hint = ""
    if "type_of_violence" in table.header:
        hint = "; it looks like a UCDP GED file: use 'incidents import ucdp'"
    require_columns(table, ACLED_REQUIRED, what="an ACLED export", hint=hint)
    header = table.header
    incidents: list[Incident] = []
    rejects: list[ImportReject] = []
    seen: dict[str, int] = {}
    width = len(header)
    for line, row in table.rows:
        eid = row[0].strip() if header[0] == "event_id_cnty" and row else None
        if len(row) != width:
            rejects.append(ImportReject(line, f"{len(row)} cells where the header has {width}", eid))
            continue
        rec = dict(zip(header, row, strict=True))
        eid = rec["event_id_cnty"].strip() or None
        if eid in seen:
            rejects.append(ImportReject(line, f"duplicate event_id_cnty (first on line {seen[eid]})", eid))
            continue
        try:
            inc = acled_row(rec)
        except RowError as exc:
            rejects.append(ImportReject(line, str(exc), eid))
            continue
        seen[inc.origin_id] = line  # type: ignore[index]
        incidents.append(inc)
    incidents, swapped = drop_swapped(incidents, lambda inc: seen[inc.origin_id])  # type: ignore[index]
    return incidents, sorted(rejects + swapped, key=lambda r: r.line or 0)
