"""Import ACLED CSV exports (2023+ layout and the older one with event_id_no_cnty/data_id/iso3).

Mapping (documented in docs/interchange.md): ``event_id_cnty`` is the dataset id (``origin_id``); the incident id is
``make_incident_id("acled", event_id_cnty)`` so re-importing an updated export updates rows instead of duplicating
them. ACLED columns we do not model as fields (inter codes, associated actors, tags ...) go into ``attributes`` and
come back out in the ACLED-layout CSV export.
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
    canonical_province_column,
    canonical_provinces,
    extra_attributes,
    month_bounds,
    parse_coords,
    parse_date,
    parse_float,
    parse_int,
    require_columns,
    text_or_none,
)
from incidents.interchange._tables import iso3_from_country, iso3_from_numeric
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

__all__ = ["ACLED_REPORT", "ACLED_REQUIRED", "parse_acled", "parse_acled_columns"]

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
_UNSET = object()
_INT_ATTRS = frozenset({"inter1", "inter2", "interaction", "iso", "event_id_no_cnty", "data_id", "timestamp"})


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
    old = text_or_none(rec.get("iso3"))
    if old:
        return old.upper()
    code = parse_int(rec.get("iso"), "iso")
    if code:
        found = iso3_from_numeric(code)
        if found:
            return found
    return iso3_from_country(text_or_none(rec.get("country")))


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
            actor1=text_or_none(rec.get("actor1")),
            actor2=text_or_none(rec.get("actor2")),
            fatalities=parse_int(rec.get("fatalities"), "fatalities"),
            location=text_or_none(rec.get("location")),
            latitude=lat,
            longitude=lon,
            geo_precision=geo,
            location_precision=_GEO_PRECISION.get(geo, LocationPrecision.UNKNOWN),  # type: ignore[arg-type]
            admin1=text_or_none(rec.get("admin1")),
            admin2=text_or_none(rec.get("admin2")),
            country=text_or_none(rec.get("country")),
            iso3=_iso3(rec),
            source=text_or_none(rec.get("source")),
            notes=text_or_none(rec.get("notes")),
            confidence=1.0,
            method=METHOD,
            origin="acled",
            origin_id=eid,
            attributes=extra_attributes(rec, _CONSUMED, _INT_ATTRS),
        )
    except ModelError as exc:
        old = _PRE_2019_TYPES.get((rec.get("event_type") or "").strip())
        if old is not None:
            raise RowError(
                f"event_type: {rec['event_type'].strip()!r} is a pre-2019 ACLED event type (ACLED renamed its "
                f"types in 2019): the current type is {old}; download the data again from ACLED, or recode it"
            ) from None
        raise RowError(str(exc)) from None


#: ACLED's event types before its 2019 revision that are not current names -> the current type (and sub-type)
#: they became; a user with an old download is told what to do instead of "not an ACLED event type".
#: ("Violence against civilians" kept its name.)
_PRE_2019_TYPES: dict[str, str] = {
    "Remote violence": "'Explosions/Remote violence'",
    "Battle-No change of territory": "'Battles' (sub-type 'Armed clash')",
    "Battle-Government regains territory": "'Battles' (sub-type 'Government regains territory')",
    "Battle-Non-state actor overtakes territory": "'Battles' (sub-type 'Non-state actor overtakes territory')",
    "Riots/Protests": "'Protests' or 'Riots'",
    "Strategic development": "'Strategic developments'",
    "Headquarters or base established": "'Strategic developments' (sub-type 'Headquarters or base established')",
    "Non-violent transfer of territory": "'Strategic developments' (sub-type 'Non-violent transfer of territory')",
}


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
    # provinces under the extractor's names, as the column-wise path names them while building
    return canonical_provinces(incidents), sorted(rejects + swapped, key=lambda r: r.line or 0)


def _wrong_file_hint(header: list[str]) -> str:
    return (
        "; it looks like a UCDP GED file: use 'incidents import ucdp'" if "type_of_violence" in header else ""
    )


def _stripped(value: str | None) -> str:
    return (value or "").strip()


def parse_acled_columns(table: ColumnTable) -> tuple[list[Incident], list[ImportReject]]:
    """The same as :func:`parse_acled`, for a file read column by column (the fast path of bulk imports).

    Each column's distinct cells are parsed once with the row-by-row path's parsers; one loop per row does the
    checks across cells and builds the incident. A row with any cell or check that fails goes through
    :func:`acled_row` itself, so its reject reads exactly as on the row-by-row path.
    """
    require_columns(table, ACLED_REQUIRED, what="an ACLED export", hint=_wrong_file_hint(table.header))  # type: ignore[arg-type]
    from incidents.interchange._columns import Cells, scatter

    header = table.header
    cells = Cells(table)

    eids = cells("event_id_cnty", _stripped)
    days = cells("event_date", lambda v: parse_date(v, "event_date"))
    precisions = cells("time_precision", lambda v: parse_int(v, "time_precision"))
    lats = cells("latitude", lambda v: parse_float(v, "latitude"))
    lons = cells("longitude", lambda v: parse_float(v, "longitude"))
    geos = cells("geo_precision", lambda v: parse_int(v, "geo_precision"))
    types = cells("event_type", _stripped)
    subs = cells("sub_event_type", _stripped)
    fatalities = cells("fatalities", lambda v: parse_int(v, "fatalities"))
    iso3s = cells("iso3", text_or_none)
    isos = cells("iso", lambda v: parse_int(v, "iso"))
    texts = {  # in the order the loop below unpacks them
        name: cells(name, text_or_none)
        for name in ("actor1", "actor2", "location", "admin1", "admin2", "country", "source", "notes")
    }
    attributes = cells.attributes(_CONSUMED, _INT_ATTRS)
    bad = cells.bad().tolist()

    # the checks of acled_row across cells, and the values derived from several cells, for the rows that pass them;
    # any failure leaves the row out (it takes the row-by-row path below)
    good: list[int] = []
    derived: list[tuple[object, ...]] = []
    iso3_of: dict[tuple[str | None, int | None, str | None], str | None] = {}
    for i, (is_bad, eid, day, tp, lat, lon, geo, iso3, iso, country) in enumerate(
        zip(bad, eids, days, precisions, lats, lons, geos, iso3s, isos, texts["country"], strict=True)
    ):
        if (
            is_bad
            or not eid
            or day is None
            or not (tp is None or tp in _TIME_PRECISION)
            or not (geo is None or geo in _GEO_PRECISION)
            or (lat is None) != (lon is None)
            or not (lat is None or (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0))
        ):
            continue
        precision = _TIME_PRECISION.get(tp, DatePrecision.UNKNOWN)  # type: ignore[arg-type]
        key = (iso3, iso, country)
        code = iso3_of.get(key, _UNSET)
        if code is _UNSET:
            if iso3:
                code = iso3.upper()
            else:
                code = (iso3_from_numeric(iso) if iso else None) or iso3_from_country(country)
            iso3_of[key] = code  # type: ignore[assignment]
        good.append(i)
        derived.append(
            (precision, *_dates(day, precision), _GEO_PRECISION.get(geo, LocationPrecision.UNKNOWN), code)  # type: ignore[arg-type]
        )
    n = len(bad)
    pick = (lambda column: column) if len(good) == n else (lambda column: [column[i] for i in good])
    columns = (list(c) for c in zip(*derived, strict=True)) if derived else ([] for _ in range(5))
    time_precisions, starts, ends, places, codes = columns
    good_eids = pick(eids)
    good_attributes = pick(attributes)
    built = incidents_from_columns(
        len(good),
        {
            "incident_id": list(map(_incident_id, good_eids)),
            "report_id": Same(ACLED_REPORT.report_id),
            "event_type": pick(types),
            "sub_event_type": pick(subs),
            "event_date": pick(days),
            "date_start": starts,
            "date_end": ends,
            "date_precision": time_precisions,
            "actor1": pick(texts["actor1"]),
            "actor2": pick(texts["actor2"]),
            "fatalities": pick(fatalities),
            "location": pick(texts["location"]),
            "latitude": pick(lats),
            "longitude": pick(lons),
            "geo_precision": pick(geos),
            "location_precision": places,
            "admin1": canonical_province_column(pick(texts["admin1"]), codes, good_attributes, "admin1"),
            "admin2": pick(texts["admin2"]),
            "country": pick(texts["country"]),
            "iso3": codes,
            "source": pick(texts["source"]),
            "notes": pick(texts["notes"]),
            "confidence": Same(1.0),
            "method": Same(METHOD),
            "origin": Same("acled"),
            "origin_id": good_eids,
            "attributes": good_attributes,
        },
    )
    incident_of: list[Incident | None] = scatter(n, good, built)

    incidents: list[Incident] = []
    rejects: list[ImportReject] = []
    seen: dict[str, int] = {}
    for i, (line, eid, inc) in enumerate(zip(table.lines.tolist(), eids, incident_of, strict=True)):
        if (eid or None) in seen:  # checked before the row's own values, as parse_acled does
            rejects.append(ImportReject(line, f"duplicate event_id_cnty (first on line {seen[eid]})", eid))
            continue
        if inc is None:  # a bad cell or check: the row-by-row path words the reason (or accepts the row)
            try:
                inc = acled_row(dict(zip(header, table.row(i), strict=True)))
            except RowError as exc:
                rejects.append(ImportReject(line, str(exc), eid or None))
                continue
        seen[inc.origin_id] = line  # type: ignore[index]
        incidents.append(inc)
    incidents, swapped = drop_swapped(incidents, lambda inc: seen[inc.origin_id])  # type: ignore[index]
    # provinces under the extractor's names (the column-wise path names its fast rows while building them; this
    # names the rest, and leaves those as they are)
    return canonical_provinces(incidents), sorted(rejects + swapped, key=lambda r: r.line or 0)


_ID_HASH = hashlib.sha256(b"incident\x1facled\x1f")  # what make_incident_id("acled", ...) hashes first


def _incident_id(eid: str) -> str:
    """``make_incident_id("acled", eid)`` from a copy of a hasher that has already read the constant prefix."""
    h = _ID_HASH.copy()
    h.update(eid.encode("utf-8", "surrogatepass") + b"\x1f")
    return "i-" + h.hexdigest()[:16]
