"""The incident data model: frozen records that never drop precision or provenance.

Field names of :class:`Incident` follow the "Incident record" contract in the domain notes exactly, because tools
outside the project read them. Extra fields (``admin2``, ``method``, ``origin`` ...) are additions, never renames.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = [
    "CONTRACT_FIELDS",
    "EVENT_TYPES",
    "INCIDENT_FIELDS",
    "WEAPONS",
    "DatePrecision",
    "Incident",
    "LocationPrecision",
    "ModelError",
    "Report",
    "Same",
    "Span",
    "incident_from_dict",
    "incident_to_dict",
    "incidents_from_columns",
    "make_incident_id",
    "make_report_id",
    "report_from_dict",
    "report_to_dict",
]


class ModelError(ValueError):
    """A record violates the model (bad enum value, impossible coordinate, span out of bounds)."""


class DatePrecision(StrEnum):
    """How precisely the event date is known (ACLED time_precision 1-3 map to day/week/month)."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"

    @property
    def acled(self) -> int | None:
        """ACLED time_precision code (1 day, 2 week, 3 month or coarser); None when unknown."""
        return {"day": 1, "week": 2, "month": 3, "year": 3}.get(self.value)


class LocationPrecision(StrEnum):
    """What the coordinates stand for; drives the map's approximate-location styling."""

    SITE = "site"
    SETTLEMENT = "settlement"
    NEAR = "near"
    ADMIN2 = "admin2"
    ADMIN1 = "admin1"
    COUNTRY = "country"
    UNKNOWN = "unknown"

    @property
    def geo_precision(self) -> int | None:
        """ACLED geo_precision implied by this level (1 the place itself, 2 near/part of region, 3 region)."""
        return {
            "site": 1,
            "settlement": 1,
            "near": 2,
            "admin2": 2,
            "admin1": 3,
            "country": 3,
        }.get(self.value)


#: ACLED event types and their sub-event types (2023 codebook).
EVENT_TYPES: Mapping[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

#: Weapon vocabulary of the ``weapon`` field.
WEAPONS: tuple[str, ...] = (
    "drone",
    "rocket",
    "missile",
    "mortar",
    "artillery",
    "ied",
    "car_bomb",
    "suicide_vest",
    "grenade",
    "small_arms",
    "aircraft",
    "landmine",
    "chemical",
    "knife",
    "unknown",
)


@dataclass(frozen=True, slots=True)
class Span:
    """A character range of the report text that supports an incident (``text == report.text[start:end]``)."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ModelError(f"evidence span [{self.start}, {self.end}) is not a valid range")
        if len(self.text) != self.end - self.start:
            raise ModelError(f"evidence span [{self.start}, {self.end}) does not match its text length")

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Cut a span out of ``text`` so that offsets and quoted text can never disagree."""
        if not 0 <= start <= end <= len(text):
            raise ModelError(f"evidence span [{start}, {end}) outside a text of {len(text)} characters")
        return cls(start, end, text[start:end])


def _sha(*parts: str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


def make_report_id(*, url: str | None, text: str) -> str:
    """Stable report id: the hash of the URL when there is one (re-scrapes update), else of the text."""
    basis = url.strip() if url and url.strip() else text
    return "r-" + _sha("report", basis)[:16]


def make_incident_id(report_id: str, *key: object) -> str:
    """Stable incident id from the report id and the incident's identifying key (never from list order).

    Parameters
    ----------
    report_id
        The report (or imported dataset) the incident belongs to.
    key
        Values that tell this incident apart from the report's others (e.g. event type, date, site, historical).
    """
    return "i-" + _sha("incident", report_id, *("" if k is None else str(k) for k in key))[:16]


def _to_date(value: Any, name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError as exc:
            raise ModelError(f"{name}: {value!r} is not an ISO date (YYYY-MM-DD)") from exc
    raise ModelError(f"{name}: expected an ISO date, got {type(value).__name__}")


def _to_datetime(value: Any, name: str) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError as exc:
            raise ModelError(f"{name}: {value!r} is not an ISO timestamp") from exc
    raise ModelError(f"{name}: expected an ISO timestamp, got {type(value).__name__}")


@dataclass(frozen=True, slots=True)
class Report:
    """A news report as received: the text is kept whole and unchanged; evidence offsets point into it."""

    report_id: str
    text: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: dt.date | None = None
    dateline: str | None = None
    retrieved: dt.datetime | None = None
    language: str | None = None
    origin_path: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "published", _to_date(self.published, "published"))
        object.__setattr__(self, "retrieved", _to_datetime(self.retrieved, "retrieved"))
        if not isinstance(self.text, str):
            raise ModelError("report text must be a string")

    @classmethod
    def create(
        cls,
        *,
        text: str,
        url: str | None = None,
        source: str | None = None,
        title: str | None = None,
        published: dt.date | str | None = None,
        dateline: str | None = None,
        retrieved: dt.datetime | str | None = None,
        language: str | None = None,
        origin_path: str | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> Report:
        """Build a report with its stable id derived from the URL (or the text when there is no URL)."""
        return cls(
            report_id=make_report_id(url=url, text=text),
            text=text,
            url=url,
            source=source,
            title=title,
            published=published,  # type: ignore[arg-type]  # coerced in __post_init__
            dateline=dateline,
            retrieved=retrieved,  # type: ignore[arg-type]
            language=language,
            origin_path=origin_path,
            metadata=dict(metadata or {}),
        )

    def span(self, start: int, end: int) -> Span:
        """Evidence span into this report's text."""
        return Span.of(self.text, start, end)


_PRECISION_FIELDS = {"date_precision": DatePrecision, "location_precision": LocationPrecision}


@dataclass(frozen=True, slots=True)
class Incident:
    """One incident: what, when, where, who, with what, casualties, and the evidence that supports each."""

    incident_id: str
    report_id: str
    event_type: str
    sub_event_type: str
    event_date: dt.date | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: DatePrecision = DatePrecision.UNKNOWN
    weapon: str | None = None
    munitions_count: int | None = None
    intercepted: bool = False
    actor1: str | None = None
    actor2: str | None = None
    claimed_by: str | None = None
    fatalities: int | None = None
    injuries: int | None = None
    location: str | None = None
    site_id: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    location_precision: LocationPrecision = LocationPrecision.UNKNOWN
    admin1: str | None = None
    country: str | None = None
    iso3: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    evidence: tuple[Span, ...] = ()
    historical: bool = False
    confidence: float = 0.5
    # --- extra fields (welcome by the contract) ---
    admin2: str | None = None
    fatalities_max: int | None = None
    injuries_max: int | None = None
    notes: str | None = None
    method: str | None = None
    origin: str = "extracted"
    origin_id: str | None = None
    attributes: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Values that already have their type are left as they are (the common case, checked by exact type): bulk
        # imports build tens of thousands of incidents, and converting them again was most of this method's time.
        for name in ("event_date", "date_start", "date_end", "published"):
            value = getattr(self, name)
            if value is not None and type(value) is not dt.date:
                object.__setattr__(self, name, _to_date(value, name))
        for name, enum in _PRECISION_FIELDS.items():
            value = getattr(self, name)
            if type(value) is enum:
                continue
            try:
                object.__setattr__(self, name, enum(value if value is not None else "unknown"))
            except ValueError as exc:
                allowed = ", ".join(e.value for e in enum)
                raise ModelError(f"{name}: {value!r} is not one of {allowed}") from exc
        subs = EVENT_TYPES.get(self.event_type)
        if subs is None:
            raise ModelError(f"event_type: {self.event_type!r} is not an ACLED event type")
        if self.sub_event_type not in subs:
            raise ModelError(
                f"sub_event_type: {self.sub_event_type!r} is not a sub-event of {self.event_type!r}"
            )
        if (self.latitude is None) != (self.longitude is None):
            raise ModelError("latitude and longitude must be given together")
        if self.latitude is not None and not (
            -90.0 <= self.latitude <= 90.0 and -180.0 <= self.longitude <= 180.0  # type: ignore[operator]
        ):
            raise ModelError(f"coordinates out of range: lat={self.latitude}, lon={self.longitude}")
        if self.geo_precision not in (None, 1, 2, 3):
            raise ModelError(f"geo_precision: {self.geo_precision!r} is not 1, 2 or 3")
        if not 0.0 <= float(self.confidence) <= 1.0:
            raise ModelError(f"confidence: {self.confidence!r} is not within 0..1")
        for name in ("fatalities", "injuries", "munitions_count", "fatalities_max", "injuries_max"):
            v = getattr(self, name)
            if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 0):
                raise ModelError(f"{name}: {v!r} is not a non-negative integer")
        if self.date_start and self.date_end and self.date_start > self.date_end:
            raise ModelError(f"date_start {self.date_start} is after date_end {self.date_end}")
        if type(self.evidence) is not tuple:
            object.__setattr__(self, "evidence", tuple(self.evidence))

    @property
    def time_precision(self) -> int | None:
        """ACLED time_precision code."""
        return self.date_precision.acled

    def replace(self, **changes: Any) -> Incident:
        """A copy with some fields changed (records are frozen)."""
        return dataclasses.replace(self, **changes)


def _unchecked_constructor() -> Any:
    """A function taking every field of :class:`Incident` in order and setting them without ``__post_init__``.

    Why: an incident has 39 fields, and the dataclass ``__init__`` sets each through ``object.__setattr__`` (frozen)
    and then runs the per-row checks; for bulk imports :func:`incidents_from_columns` makes those checks once per
    column instead and builds rows with this (the slots' own setters: ~2 us a row instead of ~6-7 us).
    """
    names = [f.name for f in dataclasses.fields(Incident)]
    scope: dict[str, Any] = {"_new": object.__new__, "_cls": Incident}
    for name in names:
        scope[f"_set_{name}"] = Incident.__dict__[name].__set__  # the slot's member descriptor
    body = "".join(f"    _set_{name}(self, {name})\n" for name in names)
    exec(f"def build({', '.join(names)}):\n    self = _new(_cls)\n{body}    return self\n", scope)
    return scope["build"]


_build_unchecked = _unchecked_constructor()
_COUNT_FIELDS = ("fatalities", "injuries", "munitions_count", "fatalities_max", "injuries_max")
_NONE = type(None)


def _rows_where(column: Sequence[Any], bad: Any) -> set[int]:
    return {i for i, v in enumerate(column) if bad(v)}


def _suspect_rows(n: int, col: Mapping[str, Sequence[Any]]) -> set[int] | None:
    """Rows that may break a rule of ``Incident.__post_init__`` (or need its conversions); None means all of them.

    Each rule is checked once per column, over its distinct values where it can be: a row is suspect when any of its
    values is of an unexpected type or fails the rule. Suspect rows are built by ``Incident(...)`` itself, which
    converts or raises exactly as before; the others satisfy every rule.
    """
    suspect: set[int] = set()
    try:
        for name in _DATE_FIELDS:
            if not {dt.date, _NONE}.issuperset(map(type, col[name])):
                suspect |= _rows_where(col[name], lambda v: v is not None and type(v) is not dt.date)
        for name, enum in _PRECISION_FIELDS.items():
            if not {enum}.issuperset(map(type, col[name])):
                suspect |= _rows_where(col[name], lambda v, enum=enum: type(v) is not enum)  # type: ignore[misc]
        bad_pairs = {
            pair
            for pair in set(zip(col["event_type"], col["sub_event_type"], strict=True))
            if pair[1] not in EVENT_TYPES.get(pair[0], ())
        }
        if bad_pairs:
            suspect |= {
                i
                for i, pair in enumerate(zip(col["event_type"], col["sub_event_type"], strict=True))
                if pair in bad_pairs
            }
        for i, (lat, lon) in enumerate(zip(col["latitude"], col["longitude"], strict=True)):
            if lat is None and lon is None:
                continue
            if (
                type(lat) is not float
                or type(lon) is not float
                or not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0)
            ):
                suspect.add(i)  # ints, one of the pair missing, out of range: the row's own checks decide
        if not {None, 1, 2, 3}.issuperset(col["geo_precision"]) or not {int, _NONE}.issuperset(
            map(type, col["geo_precision"])
        ):
            suspect |= _rows_where(
                col["geo_precision"], lambda v: v is not None and (type(v) is not int or v not in (1, 2, 3))
            )
        if not {float}.issuperset(map(type, col["confidence"])) or not all(
            0.0 <= v <= 1.0 for v in set(col["confidence"])
        ):
            suspect |= _rows_where(col["confidence"], lambda v: type(v) is not float or not 0.0 <= v <= 1.0)
        for name in _COUNT_FIELDS:
            values = col[name]
            if (
                not {int, _NONE}.issuperset(map(type, values))
                or min((v for v in set(values) if v is not None), default=0) < 0
            ):
                suspect |= _rows_where(values, lambda v: v is not None and (type(v) is not int or v < 0))
        for i, (start, end) in enumerate(zip(col["date_start"], col["date_end"], strict=True)):
            if start and end and start > end:
                suspect.add(i)
        if not {tuple}.issuperset(map(type, col["evidence"])):
            suspect |= _rows_where(col["evidence"], lambda v: type(v) is not tuple)
    except TypeError:  # unhashable or incomparable values: leave every row to the per-row checks
        return None
    return suspect


def incidents_from_columns(n: int, columns: Mapping[str, Any]) -> list[Incident | None]:
    """``n`` incidents from field columns; None for a row that breaks a model rule.

    ``columns`` maps field names to a sequence of ``n`` values or, for a field with the same value in every row, to
    that value wrapped in :class:`Same`; fields not given take their default. The result is what
    ``Incident(**row)`` would give for each row (None where it raises :class:`ModelError`; callers build that row
    again to word the reason), but ``__post_init__``'s checks are made once per column (:func:`_suspect_rows`), and
    only suspect rows go through it: bulk imports build tens of thousands of incidents.
    """
    col: dict[str, Sequence[Any]] = {}
    for f in dataclasses.fields(Incident):
        value = columns.get(f.name, _DEFAULT)
        if value is _DEFAULT:
            if f.default_factory is not dataclasses.MISSING:
                col[f.name] = [
                    f.default_factory() for _ in range(n)
                ]  # a fresh dict per row, as __init__ makes
                continue
            if f.default is dataclasses.MISSING:
                raise TypeError(f"incidents_from_columns: missing column {f.name!r}")
            value = Same(f.default)
        if isinstance(value, Same):
            col[f.name] = [value.value] * n
        elif len(value) != n:
            raise ValueError(f"incidents_from_columns: column {f.name!r} has {len(value)} values, not {n}")
        else:
            col[f.name] = value
    suspect = _suspect_rows(n, col)
    out: list[Incident | None] = list(map(_build_unchecked, *col.values()))
    for i in range(n) if suspect is None else sorted(suspect):
        try:
            out[i] = Incident(**{name: values[i] for name, values in col.items()})
        except ModelError:
            out[i] = None
    return out


@dataclass(frozen=True, slots=True)
class Same:
    """A column of :func:`incidents_from_columns` holding one value in every row (the same object: use it for
    immutable values; a dict given here would be shared by every incident)."""

    value: Any


_DEFAULT = object()


#: The contract's field names, in contract order.
CONTRACT_FIELDS: tuple[str, ...] = (
    "incident_id",
    "report_id",
    "event_date",
    "date_start",
    "date_end",
    "date_precision",
    "event_type",
    "sub_event_type",
    "weapon",
    "munitions_count",
    "intercepted",
    "actor1",
    "actor2",
    "claimed_by",
    "fatalities",
    "injuries",
    "location",
    "site_id",
    "latitude",
    "longitude",
    "geo_precision",
    "location_precision",
    "admin1",
    "country",
    "iso3",
    "source",
    "url",
    "published",
    "evidence",
    "historical",
    "confidence",
)

#: Every field of an incident record: the contract first, then our extras.
INCIDENT_FIELDS: tuple[str, ...] = CONTRACT_FIELDS + tuple(
    f.name for f in dataclasses.fields(Incident) if f.name not in CONTRACT_FIELDS
)


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    return value


_DATE_FIELDS = ("event_date", "date_start", "date_end", "published")
_PLAIN = frozenset({str, int, float, bool, type(None)})


def incident_to_dict(incident: Incident) -> dict[str, Any]:
    """JSON-ready dict with the contract's field names first (evidence as a list of {start, end, text}).

    Written field-type by field-type rather than with a generic per-value conversion: bulk imports serialise
    every record, and this is their hot path.
    """
    out: dict[str, Any] = {name: getattr(incident, name) for name in INCIDENT_FIELDS}
    for name in _DATE_FIELDS:
        value = out[name]
        if value is not None:
            out[name] = value.isoformat()
    out["date_precision"] = incident.date_precision.value
    out["location_precision"] = incident.location_precision.value
    out["evidence"] = [{"start": s.start, "end": s.end, "text": s.text} for s in incident.evidence]
    out["attributes"] = {
        k: v if type(v) in _PLAIN else _json_value(v) for k, v in incident.attributes.items()
    }
    return out


def incident_from_dict(data: Mapping[str, Any]) -> Incident:
    """Inverse of :func:`incident_to_dict`; unknown keys go to ``attributes`` so nothing is dropped."""
    known = set(INCIDENT_FIELDS)
    kwargs: dict[str, Any] = {k: v for k, v in data.items() if k in known}
    extra = {k: v for k, v in data.items() if k not in known}
    if "incident_id" not in kwargs or "report_id" not in kwargs:
        raise ModelError("incident record needs incident_id and report_id")
    if "event_type" not in kwargs or "sub_event_type" not in kwargs:
        raise ModelError("incident record needs event_type and sub_event_type")
    evidence = kwargs.get("evidence") or ()
    spans: list[Span] = []
    for item in evidence:
        if isinstance(item, Span):
            spans.append(item)
        elif isinstance(item, Mapping):
            spans.append(Span(int(item["start"]), int(item["end"]), str(item["text"])))
        elif isinstance(item, Sequence) and len(item) == 3:
            spans.append(Span(int(item[0]), int(item[1]), str(item[2])))
        else:
            raise ModelError(f"evidence: cannot read {item!r}")
    kwargs["evidence"] = tuple(spans)
    if extra:
        kwargs["attributes"] = {**dict(kwargs.get("attributes") or {}), **extra}
    return Incident(**kwargs)


def report_to_dict(report: Report) -> dict[str, Any]:
    """JSON-ready dict of a report, text included whole."""
    return {f.name: _json_value(getattr(report, f.name)) for f in dataclasses.fields(Report)} | {
        "metadata": dict(report.metadata)
    }


def report_from_dict(data: Mapping[str, Any]) -> Report:
    """Inverse of :func:`report_to_dict`."""
    names = {f.name for f in dataclasses.fields(Report)}
    kwargs = {k: v for k, v in data.items() if k in names}
    if "text" not in kwargs:
        raise ModelError("report record needs text")
    if not kwargs.get("report_id"):
        kwargs["report_id"] = make_report_id(url=kwargs.get("url"), text=kwargs["text"])
    kwargs["metadata"] = dict(kwargs.get("metadata") or {})
    return Report(**kwargs)
