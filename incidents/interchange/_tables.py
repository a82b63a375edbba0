"""Column tables shared by export and import: ACLED column order, Shapefile short names, flat field kinds.

Kept in one module so that an exporter and the importer that reads its output can never disagree about a name.
"""

from __future__ import annotations

import functools
import re

import pycountry

from incidents.model import INCIDENT_FIELDS

__all__ = [
    "ACLED_COLUMNS",
    "ACLED_EXTRA_COLUMNS",
    "BOOL_FIELDS",
    "DATE_FIELDS",
    "ENUM_FIELDS",
    "FLOAT_FIELDS",
    "INT_FIELDS",
    "JSON_FIELDS",
    "SHP_LONG_FIELDS",
    "SHP_NAMES",
    "disorder_type",
    "iso3_from_country",
    "iso3_from_numeric",
    "iso_numeric",
]

#: ACLED's 2023 export layout, in its order (the CSV export writes these first).
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

#: Our fields after the ACLED block (every incident field that is not already an ACLED column of the same name).
ACLED_EXTRA_COLUMNS: tuple[str, ...] = tuple(f for f in INCIDENT_FIELDS if f not in ACLED_COLUMNS)

DATE_FIELDS = frozenset({"event_date", "date_start", "date_end", "published"})
ENUM_FIELDS = frozenset({"date_precision", "location_precision"})
INT_FIELDS = frozenset(
    {"munitions_count", "fatalities", "injuries", "geo_precision", "fatalities_max", "injuries_max"}
)
BOOL_FIELDS = frozenset({"intercepted", "historical"})
FLOAT_FIELDS = frozenset({"latitude", "longitude", "confidence"})
JSON_FIELDS = frozenset({"evidence", "attributes"})

#: Incident field -> Shapefile (dBase) field name, at most 10 characters. Documented in docs/interchange.md.
SHP_NAMES: dict[str, str] = {
    "incident_id": "inc_id",
    "report_id": "report_id",
    "event_date": "event_date",
    "date_start": "date_start",
    "date_end": "date_end",
    "date_precision": "date_prec",
    "event_type": "event_type",
    "sub_event_type": "sub_event",
    "weapon": "weapon",
    "munitions_count": "munitions",
    "intercepted": "intercept",
    "actor1": "actor1",
    "actor2": "actor2",
    "claimed_by": "claimed_by",
    "fatalities": "fatalities",
    "injuries": "injuries",
    "location": "location",
    "site_id": "site_id",
    "latitude": "latitude",
    "longitude": "longitude",
    "geo_precision": "geo_prec",
    "location_precision": "loc_prec",
    "admin1": "admin1",
    "country": "country",
    "iso3": "iso3",
    "source": "source",
    "url": "url",
    "published": "published",
    "historical": "historical",
    "confidence": "confidence",
    "admin2": "admin2",
    "fatalities_max": "fatal_max",
    "injuries_max": "injur_max",
    "notes": "notes",
    "method": "method",
    "origin": "origin",
    "origin_id": "origin_id",
}

#: Fields a dBase table cannot hold whole (254-character text limit): kept in full in the sidecar CSV of the zip.
SHP_LONG_FIELDS: tuple[str, ...] = ("evidence", "attributes", "notes", "url")

# ACLED 2023 codebook: disorder type by event type; two sub-event types differ from their event type's default.
_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
_DISORDER_SUB = {
    "Violent demonstration": "Demonstrations",
    "Excessive force against protesters": "Political violence; Demonstrations",
}


def disorder_type(event_type: str, sub_event_type: str) -> str:
    """ACLED ``disorder_type`` implied by the event and sub-event type."""
    return _DISORDER_SUB.get(sub_event_type) or _DISORDER.get(event_type, "")


@functools.cache
def iso_numeric(iso3: str | None) -> int | None:
    """ISO 3166-1 numeric code (ACLED's ``iso`` column) of an alpha-3 code; None when unknown."""
    if not iso3:
        return None
    country = pycountry.countries.get(alpha_3=iso3.upper())
    if country is None:
        return {"XKX": 0}.get(iso3.upper())  # ACLED codes Kosovo iso 0 (it has no ISO numeric code)
    return int(country.numeric)


@functools.cache
def iso3_from_numeric(code: int) -> str | None:
    """Alpha-3 code of an ISO numeric code; None when unknown."""
    country = pycountry.countries.get(numeric=f"{code:03d}")
    return country.alpha_3 if country else None


# Names used by UCDP/ACLED that pycountry does not resolve by itself.
_COUNTRY_ALIASES = {
    "turkey": "TUR",
    "kosovo": "XKX",
    "ivory coast": "CIV",
    "dr congo": "COD",
    "democratic republic of congo": "COD",
    "democratic republic of the congo": "COD",
    "republic of congo": "COG",
    "congo": "COG",
    "bosnia-herzegovina": "BIH",
    "eswatini": "SWZ",
    "kingdom of eswatini": "SWZ",
    "palestine": "PSE",
    "north korea": "PRK",
    "south korea": "KOR",
    "russia": "RUS",
    "laos": "LAO",
    "vietnam": "VNM",
    "micronesia": "FSM",
    "cape verde": "CPV",
    "east timor": "TLS",
    "yemen (north yemen)": "YEM",
    "serbia (yugoslavia)": "SRB",
}


@functools.cache
def iso3_from_country(name: str | None) -> str | None:
    """Alpha-3 code of a country name as UCDP or ACLED write it ("Russia (Soviet Union)", "DR Congo (Zaire)")."""
    if not name or not name.strip():
        return None
    name = name.strip()
    for cand in (name, re.sub(r"\s*\(.*\)\s*$", "", name)):
        alias = _COUNTRY_ALIASES.get(cand.lower())
        if alias:
            return alias
        try:
            return pycountry.countries.lookup(cand).alpha_3
        except LookupError:
            continue
    return None  # no fuzzy matching: a wrong country is worse than none
