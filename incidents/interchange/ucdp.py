"""Import UCDP GED CSV files (with or without the HXL tag row on line 2; numbers written as ``1.0`` or ``1``).

Mapping (documented in docs/interchange.md): ``id`` is the dataset id; ``best`` -> fatalities, ``high`` ->
fatalities_max, ``low`` and the deaths split kept in attributes; ``side_a``/``side_b`` -> actor1/actor2;
``source_headline`` -> notes; ``where_prec`` and ``date_prec`` -> our precision fields; ``type_of_violence`` -> the
closest ACLED event type (UCDP does not distinguish shelling from air strikes, so this is best effort).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from incidents.interchange._coords import drop_swapped
from incidents.interchange._rows import (
    ImportReject,
    RowError,
    Table,
    number_or_text,
    parse_coords,
    parse_date,
    parse_int,
    require_columns,
)
from incidents.interchange._tables import iso3_from_country
from incidents.model import DatePrecision, Incident, LocationPrecision, ModelError, Report, make_incident_id

__all__ = ["UCDP_REPORT", "UCDP_REQUIRED", "WHERE_PREC", "parse_ucdp"]

UCDP_REQUIRED = ("id", "type_of_violence", "date_start", "date_end", "latitude", "longitude", "best")
METHOD = "ucdp-import-v1"

UCDP_REPORT = Report(
    report_id="ds-ucdp-ged",
    text="UCDP Georeferenced Event Dataset import: each incident was coded by UCDP; see its source and notes.",
    source="UCDP GED",
    url="https://ucdp.uu.se",
    title="UCDP Georeferenced Event Dataset (GED), imported",
    metadata={"dataset": "ucdp-ged"},
)

#: where_prec -> (location_precision, ACLED geo_precision)
WHERE_PREC: dict[int, tuple[LocationPrecision, int | None]] = {
    1: (LocationPrecision.SETTLEMENT, 1),  # exact place
    2: (LocationPrecision.NEAR, 2),  # within ~25 km of a known point
    3: (LocationPrecision.ADMIN2, 2),  # second-order admin unit
    4: (LocationPrecision.ADMIN1, 3),  # province
    5: (LocationPrecision.ADMIN1, 3),  # larger than a province, or a line/area: region-level
    6: (LocationPrecision.COUNTRY, 3),
    7: (LocationPrecision.UNKNOWN, None),  # international waters or airspace
}
#: date_prec -> date_precision (1 exact day; 2 a 2-6 day range; 3 the week; 4 8-30 days or the month; 5 longer)
DATE_PREC: dict[int, DatePrecision] = {
    1: DatePrecision.DAY,
    2: DatePrecision.WEEK,
    3: DatePrecision.WEEK,
    4: DatePrecision.MONTH,
    5: DatePrecision.YEAR,
}
#: type_of_violence -> (event_type, sub_event_type)
VIOLENCE: dict[int, tuple[str, str]] = {
    1: ("Battles", "Armed clash"),  # state-based
    2: ("Battles", "Armed clash"),  # non-state
    3: ("Violence against civilians", "Attack"),  # one-sided
}

_CONSUMED = frozenset(
    {
        "id",
        "type_of_violence",
        "side_a",
        "side_b",
        "source_office",
        "source_headline",
        "where_prec",
        "where_coordinates",
        "adm_1",
        "adm_2",
        "latitude",
        "longitude",
        "geom_wkt",  # the same point as latitude/longitude
        "country",
        "iso3",
        "date_prec",
        "date_start",
        "date_end",
        "best",
        "high",
    }
)
_INT_ATTRS = frozenset(
    {
        "year",
        "active_year",
        "start_year",
        "end_year",
        "conflict_new_id",
        "dyad_new_id",
        "side_a_new_id",
        "side_b_new_id",
        "gwnoa",
        "gwnob",
        "number_of_sources",
        "priogrid_gid",
        "country_id",
        "deaths_a",
        "deaths_b",
        "deaths_civilians",
        "deaths_unknown",
        "low",
        "event_clarity",
    }
)


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


def _ucdp_id(value: str | None) -> str:
    number = parse_int(value, "id")
    if number is None:
        raise RowError("id is empty")
    return str(number)


def ucdp_row(rec: dict[str, str]) -> Incident:
    """One UCDP GED row (column -> text) as an incident; raises RowError with the reason on bad values."""
    uid = _ucdp_id(rec.get("id"))
    violence = parse_int(rec.get("type_of_violence"), "type_of_violence")
    if violence not in VIOLENCE:
        raise RowError(f"type_of_violence: {rec.get('type_of_violence')!r} is not 1, 2 or 3")
    event_type, sub_event_type = VIOLENCE[violence]  # type: ignore[index]
    start = parse_date(rec.get("date_start"), "date_start")
    end = parse_date(rec.get("date_end"), "date_end") or start
    if start is None:
        raise RowError("date_start is empty")
    if end < start:  # type: ignore[operator]
        raise RowError(f"date_end {end} is before date_start {start}")
    dprec = parse_int(rec.get("date_prec"), "date_prec")
    if dprec is not None and dprec not in DATE_PREC:
        raise RowError(f"date_prec: {dprec} is not 1..5")
    precision = DATE_PREC[dprec] if dprec else (DatePrecision.DAY if start == end else DatePrecision.UNKNOWN)
    day = start + dt.timedelta(days=(end - start).days // 2)  # type: ignore[operator]  # midpoint, as ACLED does
    wprec = parse_int(rec.get("where_prec"), "where_prec")
    if wprec is not None and wprec not in WHERE_PREC:
        raise RowError(f"where_prec: {wprec} is not 1..7")
    loc_precision, geo = WHERE_PREC.get(wprec, (LocationPrecision.UNKNOWN, None))  # type: ignore[arg-type]
    lat, lon = parse_coords(rec.get("latitude"), rec.get("longitude"))
    best = parse_int(rec.get("best"), "best")
    high = parse_int(rec.get("high"), "high")
    attributes = _attributes(rec)
    if best is not None and high is not None and high < best:
        # UCDP's own data has such rows: keep the row, keep 'high' as written, do not claim it as the maximum
        attributes["high"] = high
        high = None
    country = _text(rec.get("country"))
    try:
        return Incident(
            incident_id=make_incident_id("ucdp", uid),
            report_id=UCDP_REPORT.report_id,
            event_type=event_type,
            sub_event_type=sub_event_type,
            event_date=day,
            date_start=start,
            date_end=end,
            date_precision=precision,
            actor1=_text(rec.get("side_a")),
            actor2=_text(rec.get("side_b")),
            fatalities=best,
            fatalities_max=high,
            location=_text(rec.get("where_coordinates")),
            latitude=lat,
            longitude=lon,
            geo_precision=geo,
            location_precision=loc_precision,
            admin1=_text(rec.get("adm_1")),
            admin2=_text(rec.get("adm_2")),
            country=country,
            iso3=(_text(rec.get("iso3")) or iso3_from_country(country) or "").upper() or None,
            source=_text(rec.get("source_office")),
            notes=_text(rec.get("source_headline")),
            confidence=1.0,  # human-coded reference data; UCDP's own doubt stays in attributes["event_clarity"]
            method=METHOD,
            origin="ucdp",
            origin_id=uid,
            attributes=attributes,
        )
    except ModelError as exc:
        raise RowError(str(exc)) from None


def parse_ucdp(table: Table) -> tuple[list[Incident], list[ImportReject]]:
    """All rows of a UCDP GED table: good rows as incidents, bad rows as rejects with line and reason."""
    hint = (
        "; it looks like an ACLED export: use 'incidents import acled'"
        if "event_id_cnty" in table.header
        else ""
    )
    require_columns(table, UCDP_REQUIRED, what="a UCDP GED file", hint=hint)
    header = table.header
    width = len(header)
    id_col = header.index("id")
    incidents: list[Incident] = []
    rejects: list[ImportReject] = []
    seen: dict[str, int] = {}
    for line, row in table.rows:
        raw_id = row[id_col].strip() if len(row) > id_col else None
        if len(row) != width:
            rejects.append(ImportReject(line, f"{len(row)} cells where the header has {width}", raw_id))
            continue
        rec = dict(zip(header, row, strict=True))
        try:
            inc = ucdp_row(rec)
        except RowError as exc:
            rejects.append(ImportReject(line, str(exc), raw_id))
            continue
        if inc.origin_id in seen:
            first = seen[inc.origin_id]  # type: ignore[index]
            rejects.append(ImportReject(line, f"duplicate id (first on line {first})", inc.origin_id))
            continue
        seen[inc.origin_id] = line  # type: ignore[index]
        incidents.append(inc)
    incidents, swapped = drop_swapped(incidents, lambda inc: seen[inc.origin_id])  # type: ignore[index]
    rejects = sorted(rejects + swapped, key=lambda r: r.line or 0)
    odd = sum(1 for inc in incidents if "high" in inc.attributes)
    if odd:
        table.warnings.append(
            f"{table.name}: {odd} row(s) have high < best (as in UCDP's data): imported with fatalities = best,"
            " fatalities_max empty, the written 'high' kept in attributes"
        )
    return incidents, rejects
