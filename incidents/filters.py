"""The incident filter shared by the store, the CLI export and the dashboard.

One frozen value describes a selection; :func:`to_sql` turns it into a parameterised WHERE clause (never string
building from user input) and :func:`apply` evaluates it on records in memory, so both paths agree and are tested
against each other.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from typing import Any

from incidents.model import Incident

__all__ = [
    "FOLDED_FIELDS",
    "IncidentQuery",
    "apply",
    "fold_value",
    "matches",
    "province_key",
    "to_sql",
    "widen",
]

#: filter fields matched case-, accent- and punctuation-insensitively ("idlib" selects "Idlib", "Al Anbar"
#: "Al-Anbar", "gulf monitor" "Gulf Monitor"), as ``--country irq`` selects IRQ: values a person types
FOLDED_FIELDS = ("admin1", "sources")

_APOSTROPHES = re.compile(r"[\'’‘`ʼ]")
_NON_WORD = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=65536)
def fold_value(value: str | None) -> str:
    """``value`` without case, accents, apostrophes and punctuation: the form :data:`FOLDED_FIELDS` compare."""
    if not value:
        return ""
    plain = "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", _APOSTROPHES.sub("", plain.casefold())).strip()


@functools.lru_cache(maxsize=65536)
def province_key(name: str | None, iso3: str | None) -> str:
    """``name`` folded under the current name of the province of ``iso3`` it names (geodata ``canonical_admin1``):
    "Kiev", "Kyiv" and "Kyiv Oblast" give one key, as do "At-Ta'mim" and "Kirkuk". Why: stores written before the
    renames of the province layer hold the old names, analysts type ACLED's, links carry either; each must select
    the same incidents. A name no province of ``iso3`` has is only folded (:func:`fold_value`)."""
    if not name:
        return ""
    if iso3:
        from geodata import canonical_admin1

        canon = canonical_admin1(name, iso3)
        if canon:
            return fold_value(canon)
    return fold_value(name)


def _same_province(wanted: Iterable[str], name: str, iso3: str | None) -> bool:
    """Whether the stored province ``name`` of a country ``iso3`` is one of ``wanted`` (folded, or by its key)."""
    folded = fold_value(name)
    key = province_key(name, iso3)
    return any(fold_value(w) == folded or province_key(w, iso3) == key for w in wanted)


_TEXT_FIELDS = ("location", "actor1", "actor2", "claimed_by", "notes", "source", "admin1", "country")


def _tuple(value: Iterable[str] | str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return (value,)
    return tuple(value)


@dataclass(frozen=True, slots=True)
class IncidentQuery:
    """A selection of incidents. ``None`` means "no constraint" for every field.

    Sets of values (event types, countries ...) match any of their members. ``historical=False`` (the default)
    keeps references to past events out of current views, as the users expect.
    """

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    event_types: tuple[str, ...] | None = None
    sub_event_types: tuple[str, ...] | None = None
    weapons: tuple[str, ...] | None = None
    iso3: tuple[str, ...] | None = None
    admin1: tuple[str, ...] | None = None
    actor: str | None = None
    sources: tuple[str, ...] | None = None
    report_id: str | None = None
    min_fatalities: int | None = None
    max_fatalities: int | None = None
    geo_precision: tuple[int, ...] | None = None
    date_precision: tuple[str, ...] | None = None
    min_confidence: float | None = None
    bbox: tuple[float, float, float, float] | None = None  # (min_lon, min_lat, max_lon, max_lat)
    text: str | None = None
    historical: bool | None = False
    origin: tuple[str, ...] | None = None
    limit: int | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        for f in fields(self):
            if f.name in (
                "event_types",
                "sub_event_types",
                "weapons",
                "iso3",
                "admin1",
                "sources",
                "date_precision",
                "origin",
            ):
                object.__setattr__(self, f.name, _tuple(getattr(self, f.name)))
        if self.geo_precision is not None:
            object.__setattr__(self, "geo_precision", tuple(int(g) for g in self.geo_precision))
        for name in ("date_from", "date_to"):
            v = getattr(self, name)
            if isinstance(v, str):
                try:
                    object.__setattr__(self, name, dt.date.fromisoformat(v))
                except ValueError as exc:
                    raise ValueError(f"{name}: {v!r} is not an ISO date (YYYY-MM-DD)") from exc
        if self.bbox is not None:
            if len(self.bbox) != 4:
                raise ValueError("bbox needs four numbers: min_lon, min_lat, max_lon, max_lat")
            object.__setattr__(self, "bbox", tuple(float(b) for b in self.bbox))
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"date_from {self.date_from} is after date_to {self.date_to}")


def to_sql(q: IncidentQuery) -> tuple[str, list[Any]]:
    """WHERE clause (without the keyword; ``1=1`` when empty) and its parameters for the ``incidents`` table.

    ``admin1`` and ``sources`` are compared as written here: SQLite cannot fold accents, so the store first widens
    them to the stored spellings that fold alike (:func:`widen`).
    """
    clauses: list[str] = []
    params: list[Any] = []

    def in_clause(column: str, values: tuple[Any, ...]) -> None:
        clauses.append(f"{column} IN ({','.join('?' * len(values))})" if values else "0")
        params.extend(values)

    if q.date_from is not None:
        clauses.append("event_date >= ?")
        params.append(q.date_from.isoformat())
    if q.date_to is not None:
        clauses.append("event_date <= ?")
        params.append(q.date_to.isoformat())
    for attr, column in (
        ("event_types", "event_type"),
        ("sub_event_types", "sub_event_type"),
        ("weapons", "weapon"),
        ("iso3", "iso3"),
        ("admin1", "admin1"),
        ("sources", "source"),
        ("date_precision", "date_precision"),
        ("geo_precision", "geo_precision"),
        ("origin", "origin"),
    ):
        values = getattr(q, attr)
        if values is not None:
            in_clause(column, values)
    if q.report_id is not None:
        clauses.append("report_id = ?")
        params.append(q.report_id)
    if q.min_fatalities is not None:
        clauses.append("COALESCE(fatalities, 0) >= ?")
        params.append(q.min_fatalities)
    if q.max_fatalities is not None:
        clauses.append("COALESCE(fatalities, 0) <= ?")
        params.append(q.max_fatalities)
    if q.min_confidence is not None:
        clauses.append("confidence >= ?")
        params.append(q.min_confidence)
    if q.bbox is not None:
        min_lon, min_lat, max_lon, max_lat = q.bbox
        clauses.append("latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?")
        params.extend([min_lat, max_lat, min_lon, max_lon])
    if q.historical is not None:
        clauses.append("historical = ?")
        params.append(int(q.historical))
    if q.actor:
        clauses.append(
            "(instr(lower(COALESCE(actor1,'')), ?) > 0 OR instr(lower(COALESCE(actor2,'')), ?) > 0)"
        )
        params.extend([q.actor.lower(), q.actor.lower()])
    if q.text:
        needle = q.text.lower()
        ors = [f"instr(lower(COALESCE({c},'')), ?) > 0" for c in _TEXT_FIELDS]
        clauses.append("(" + " OR ".join(ors) + ")")
        params.extend([needle] * len(_TEXT_FIELDS))
    return (" AND ".join(clauses) or "1=1"), params


def widen(
    q: IncidentQuery,
    stored: dict[str, Iterable[str | None]],
    *,
    provinces: Iterable[tuple[str | None, str | None]] | None = None,
) -> IncidentQuery:
    """``q`` with each of :data:`FOLDED_FIELDS` replaced by the ``stored`` values (field -> distinct values in the
    store) that fold like one of its values, so the exact SQL of :func:`to_sql` selects what :func:`matches` does.

    ``provinces``: the stored (iso3, admin1) pairs; when given, a province also matches under another name of it
    (:func:`province_key`: "Kiev" selects "Kyiv" and the "Kiev" of an older store), as :func:`matches` does.
    """
    from dataclasses import replace

    changes: dict[str, tuple[str, ...]] = {}
    for name in FOLDED_FIELDS:
        wanted = getattr(q, name)
        if wanted is None:
            continue
        if name == "admin1" and provinces is not None:
            changes[name] = tuple(
                dict.fromkeys(v for c, v in provinces if v is not None and _same_province(wanted, v, c))
            )
            continue
        folded = {fold_value(v) for v in wanted}
        changes[name] = tuple(v for v in stored.get(name, ()) if v is not None and fold_value(v) in folded)
    return replace(q, **changes) if changes else q


def matches(q: IncidentQuery, inc: Incident) -> bool:
    """True when ``inc`` is selected by ``q`` (same semantics as :func:`to_sql`)."""
    if q.date_from is not None and (inc.event_date is None or inc.event_date < q.date_from):
        return False
    if q.date_to is not None and (inc.event_date is None or inc.event_date > q.date_to):
        return False
    for attr, value in (
        ("event_types", inc.event_type),
        ("sub_event_types", inc.sub_event_type),
        ("weapons", inc.weapon),
        ("iso3", inc.iso3),
        ("date_precision", inc.date_precision.value),
        ("geo_precision", inc.geo_precision),
        ("origin", inc.origin),
    ):
        allowed = getattr(q, attr)
        if allowed is not None and value not in allowed:
            return False
    if q.admin1 is not None and (inc.admin1 is None or not _same_province(q.admin1, inc.admin1, inc.iso3)):
        return False
    if q.sources is not None and (
        inc.source is None or fold_value(inc.source) not in {fold_value(a) for a in q.sources}
    ):
        return False
    if q.report_id is not None and inc.report_id != q.report_id:
        return False
    fat = inc.fatalities or 0
    if q.min_fatalities is not None and fat < q.min_fatalities:
        return False
    if q.max_fatalities is not None and fat > q.max_fatalities:
        return False
    if q.min_confidence is not None and inc.confidence < q.min_confidence:
        return False
    if q.bbox is not None:
        if inc.latitude is None or inc.longitude is None:
            return False
        min_lon, min_lat, max_lon, max_lat = q.bbox
        if not (min_lat <= inc.latitude <= max_lat and min_lon <= inc.longitude <= max_lon):
            return False
    if q.historical is not None and inc.historical != q.historical:
        return False
    if q.actor:
        needle = q.actor.lower()
        if needle not in (inc.actor1 or "").lower() and needle not in (inc.actor2 or "").lower():
            return False
    if q.text:
        needle = q.text.lower()
        if not any(needle in (getattr(inc, c) or "").lower() for c in _TEXT_FIELDS):
            return False
    return True


def apply(q: IncidentQuery, incidents: Iterable[Incident]) -> Iterator[Incident]:
    """The incidents selected by ``q``, in input order, honouring offset/limit."""
    taken = 0
    skipped = 0
    for inc in incidents:
        if not matches(q, inc):
            continue
        if skipped < q.offset:
            skipped += 1
            continue
        if q.limit is not None and taken >= q.limit:
            return
        taken += 1
        yield inc
