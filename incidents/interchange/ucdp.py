"""Import UCDP GED CSV files (with or without the HXL tag row on line 2; numbers written as ``1.0`` or ``1``).

Mapping (documented in docs/interchange.md): ``id`` is the dataset id; ``best`` -> fatalities, ``high`` ->
fatalities_max, ``low`` and the deaths split kept in attributes; ``side_a``/``side_b`` -> actor1/actor2;
``source_headline`` -> notes; ``where_prec`` and ``date_prec`` -> our precision fields; ``type_of_violence`` -> the
closest ACLED event type (UCDP does not distinguish shelling from air strikes, so this is best effort).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING

from incidents.interchange._coords import drop_swapped
from incidents.interchange._rows import (
    ImportReject,
    RowError,
    Table,
    _whole,
    canonical_province_column,
    canonical_provinces,
    extra_attributes,
    parse_coords,
    parse_date,
    parse_float,
    parse_int,
    require_columns,
    text_or_none,
)
from incidents.interchange._tables import iso3_from_country
from incidents.model import (
    DatePrecision,
    Incident,
    LocationPrecision,
    ModelError,
    Report,
    Same,
    incidents_from_columns,
    make_incident_id,
)

if TYPE_CHECKING:
    from incidents.interchange._columns import ColumnTable

__all__ = ["UCDP_REPORT", "UCDP_REQUIRED", "WHERE_PREC", "parse_ucdp", "parse_ucdp_columns"]

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


def _ucdp_id(value: str | None) -> str:
    # what parse_int does first, without its cache of repeated cells: ids are all distinct, so it would only miss
    number = _whole.__wrapped__(value) if value else None
    if number is None or number < 0:
        number = parse_int(value, "id")  # anything else: parse_int decides and words the reason
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
    attributes = extra_attributes(rec, _CONSUMED, _INT_ATTRS)
    if best is not None and high is not None and high < best:
        # UCDP's own data has such rows: keep the row, keep 'high' as written, do not claim it as the maximum
        attributes["high"] = high
        high = None
    country = text_or_none(rec.get("country"))
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
            actor1=text_or_none(rec.get("side_a")),
            actor2=text_or_none(rec.get("side_b")),
            fatalities=best,
            fatalities_max=high,
            location=text_or_none(rec.get("where_coordinates")),
            latitude=lat,
            longitude=lon,
            geo_precision=geo,
            location_precision=loc_precision,
            admin1=text_or_none(rec.get("adm_1")),
            admin2=text_or_none(rec.get("adm_2")),
            country=country,
            iso3=(text_or_none(rec.get("iso3")) or iso3_from_country(country) or "").upper() or None,
            source=text_or_none(rec.get("source_office")),
            notes=text_or_none(rec.get("source_headline")),
            confidence=1.0,  # human-coded reference data; UCDP's own doubt stays in attributes["event_clarity"]
            method=METHOD,
            origin="ucdp",
            origin_id=uid,
            attributes=attributes,
        )
    except ModelError as exc:
        raise RowError(str(exc)) from None


_ID_HASH = hashlib.sha256(b"incident\x1fucdp\x1f")  # what make_incident_id("ucdp", ...) hashes first


def _incident_id(uid: str) -> str:
    """``make_incident_id("ucdp", uid)`` from a copy of a hasher that has already read the constant prefix."""
    h = _ID_HASH.copy()
    h.update(uid.encode("utf-8", "surrogatepass") + b"\x1f")
    return "i-" + h.hexdigest()[:16]


def _wrong_file_hint(header: list[str]) -> str:
    return (
        "; it looks like an ACLED export: use 'incidents import acled'" if "event_id_cnty" in header else ""
    )


def parse_ucdp(table: Table) -> tuple[list[Incident], list[ImportReject]]:
    """All rows of a UCDP GED table: good rows as incidents, bad rows as rejects with line and reason."""
    require_columns(table, UCDP_REQUIRED, what="a UCDP GED file", hint=_wrong_file_hint(table.header))
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
        _keep(_row_or_reject(header, row, line, raw_id, rejects), line, incidents, rejects, seen)
    return _finish(incidents, rejects, seen, table.name, table.warnings)


def _row_or_reject(
    header: list[str], row: list[str], line: int, raw_id: str | None, rejects: list[ImportReject]
) -> Incident | None:
    """The row-by-row path: the incident, or None after adding the reject with its reason."""
    try:
        return ucdp_row(dict(zip(header, row, strict=True)))
    except RowError as exc:
        rejects.append(ImportReject(line, str(exc), raw_id))
        return None


def _keep(
    inc: Incident | None,
    line: int,
    incidents: list[Incident],
    rejects: list[ImportReject],
    seen: dict[str, int],
) -> None:
    """Add ``inc`` unless its UCDP id was already seen earlier in the file (then reject it, naming that line)."""
    if inc is None:
        return
    if inc.origin_id in seen:
        first = seen[inc.origin_id]  # type: ignore[index]
        rejects.append(ImportReject(line, f"duplicate id (first on line {first})", inc.origin_id))
        return
    seen[inc.origin_id] = line  # type: ignore[index]
    incidents.append(inc)


def _finish(
    incidents: list[Incident],
    rejects: list[ImportReject],
    seen: dict[str, int],
    name: str,
    warnings: list[str],
) -> tuple[list[Incident], list[ImportReject]]:
    """Checks over the whole file (swapped lat/lon), rejects in line order, the high < best warning."""
    incidents, swapped = drop_swapped(incidents, lambda inc: seen[inc.origin_id])  # type: ignore[index]
    rejects = sorted(rejects + swapped, key=lambda r: r.line or 0)
    odd = sum(1 for inc in incidents if "high" in inc.attributes)
    if odd:
        warnings.append(
            f"{name}: {odd} row(s) have high < best (as in UCDP's data): imported with fatalities = best,"
            " fatalities_max empty, the written 'high' kept in attributes"
        )
    # provinces under the extractor's names (the column-wise path names its fast rows while building them; this
    # names the rest, and leaves those as they are)
    return canonical_provinces(incidents), rejects


def parse_ucdp_columns(table: ColumnTable) -> tuple[list[Incident], list[ImportReject]]:
    """The same as :func:`parse_ucdp`, for a file read column by column (the fast path of bulk imports).

    Each column's distinct cells are parsed once with the row-by-row path's parsers; one light loop per row does the
    checks across cells and derives the dates and precisions; the incidents are then built column-wise
    (:func:`incidents.model.incidents_from_columns`: the model's checks once per column). A row with any cell or
    check that fails goes through :func:`ucdp_row` itself, so its reject reads exactly as on the row-by-row path.
    """
    require_columns(table, UCDP_REQUIRED, what="a UCDP GED file", hint=_wrong_file_hint(table.header))  # type: ignore[arg-type]
    from incidents.interchange._columns import Cells, scatter

    header = table.header
    cells = Cells(table)

    ids = cells("id", _ucdp_id)
    violence = cells("type_of_violence", lambda v: parse_int(v, "type_of_violence"))
    starts = cells("date_start", lambda v: parse_date(v, "date_start"))
    ends = cells("date_end", lambda v: parse_date(v, "date_end"))
    dprecs = cells("date_prec", lambda v: parse_int(v, "date_prec"))
    wprecs = cells("where_prec", lambda v: parse_int(v, "where_prec"))
    lats = cells("latitude", lambda v: parse_float(v, "latitude"))
    lons = cells("longitude", lambda v: parse_float(v, "longitude"))
    bests = cells("best", lambda v: parse_int(v, "best"))
    highs = cells("high", lambda v: parse_int(v, "high"))
    texts = {
        name: cells(name, text_or_none)
        for name in (
            "side_a",
            "side_b",
            "where_coordinates",
            "adm_1",
            "adm_2",
            "country",
            "iso3",
            "source_office",
            "source_headline",
        )
    }
    attributes = cells.attributes(_CONSUMED, _INT_ATTRS)
    bad = cells.bad().tolist()

    # the checks of ucdp_row across cells, and the values derived from several cells, for the rows that pass them;
    # any failure leaves the row out (it takes the row-by-row path below)
    day_precision, unknown_precision = DatePrecision.DAY, DatePrecision.UNKNOWN
    no_place = (LocationPrecision.UNKNOWN, None)
    good: list[int] = []
    derived: list[tuple[object, ...]] = []
    for i, (is_bad, kind, start, end, dprec, wprec, lat, lon, best, high) in enumerate(
        zip(bad, violence, starts, ends, dprecs, wprecs, lats, lons, bests, highs, strict=True)
    ):
        if is_bad or start is None:
            continue
        kinds = VIOLENCE.get(kind)  # type: ignore[arg-type]
        end = end or start
        if (
            kinds is None
            or end < start
            or not (dprec is None or dprec in DATE_PREC)
            or not (wprec is None or wprec in WHERE_PREC)
            or (lat is None) != (lon is None)
            or not (lat is None or (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0))
        ):
            continue
        if best is not None and high is not None and high < best:
            attributes[i]["high"] = high  # UCDP's own data has such rows: see ucdp_row
            high = None
        good.append(i)
        derived.append(
            (
                *kinds,
                start if end == start else start + dt.timedelta(days=(end - start).days // 2),
                end,
                DATE_PREC[dprec] if dprec else (day_precision if start == end else unknown_precision),
                high,
                *WHERE_PREC.get(wprec, no_place),  # type: ignore[arg-type]
            )
        )
    n = len(table.lines)
    pick = (lambda column: column) if len(good) == n else (lambda column: [column[i] for i in good])
    event_types, sub_types, days, good_ends, precisions, good_highs, places, geos = (
        (list(c) for c in zip(*derived, strict=True)) if derived else ([] for _ in range(8))
    )
    good_ids = pick(ids)
    countries = pick(texts["country"])
    iso3_of: dict[tuple[str | None, str | None], str | None] = {}
    for key in set(zip(pick(texts["iso3"]), countries, strict=True)):
        iso3_of[key] = (key[0] or iso3_from_country(key[1]) or "").upper() or None
    good_iso3s = list(map(iso3_of.__getitem__, zip(pick(texts["iso3"]), countries, strict=True)))
    good_attributes = pick(attributes)
    built = incidents_from_columns(
        len(good),
        {
            "incident_id": list(map(_incident_id, good_ids)),
            "report_id": Same(UCDP_REPORT.report_id),
            "event_type": event_types,
            "sub_event_type": sub_types,
            "event_date": days,
            "date_start": pick(starts),
            "date_end": good_ends,
            "date_precision": precisions,
            "actor1": pick(texts["side_a"]),
            "actor2": pick(texts["side_b"]),
            "fatalities": pick(bests),
            "fatalities_max": good_highs,
            "location": pick(texts["where_coordinates"]),
            "latitude": pick(lats),
            "longitude": pick(lons),
            "geo_precision": geos,
            "location_precision": places,
            "admin1": canonical_province_column(pick(texts["adm_1"]), good_iso3s, good_attributes, "adm_1"),
            "admin2": pick(texts["adm_2"]),
            "country": countries,
            "iso3": good_iso3s,
            "source": pick(texts["source_office"]),
            "notes": pick(texts["source_headline"]),
            # human-coded reference data; UCDP's doubt stays in attributes["event_clarity"]
            "confidence": Same(1.0),
            "method": Same(METHOD),
            "origin": Same("ucdp"),
            "origin_id": good_ids,
            "attributes": good_attributes,
        },
    )
    incident_of: list[Incident | None] = scatter(n, good, built)

    incidents: list[Incident] = []
    rejects: list[ImportReject] = []
    seen: dict[str, int] = {}
    id_col = header.index("id")
    for i, (line, inc) in enumerate(zip(table.lines.tolist(), incident_of, strict=True)):
        if inc is None:  # a bad cell or check: the row-by-row path words the reason (or accepts the row)
            row = table.row(i)
            inc = _row_or_reject(header, row, line, row[id_col].strip(), rejects)
            _keep(inc, line, incidents, rejects, seen)
        elif inc.origin_id in seen:
            _keep(inc, line, incidents, rejects, seen)  # words the duplicate
        else:  # _keep, inlined for the common case
            seen[inc.origin_id] = line  # type: ignore[index]
            incidents.append(inc)
    return _finish(incidents, rejects, seen, table.name, table.warnings)
