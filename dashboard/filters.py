"""Filter state of the dashboard: numpy selection over :class:`~dashboard.data.Columns`, and URL round trip.

Pure functions only. The semantics are those of :func:`incidents.filters.matches` (tests compare both on the same
data), so what the map shows, what the table lists and what an export writes are the same incidents.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlencode

import numpy as np

from dashboard.data import Columns, date_to_day
from incidents import EVENT_TYPES, WEAPONS, DatePrecision, IncidentQuery, fold_value, province_key

__all__ = [
    "DEFAULT_STATE",
    "FilterState",
    "UrlParse",
    "select",
    "state_from_dict",
    "state_from_url",
    "state_to_dict",
    "state_to_url",
    "to_query",
]

_TEXT_FIELDS = ("location", "actor1", "actor2", "claimed_by", "notes", "source", "admin1", "country")
_SUB_EVENT_TYPES = frozenset(s for subs in EVENT_TYPES.values() for s in subs)
_DATE_PRECISIONS = tuple(p.value for p in DatePrecision)


@dataclass(frozen=True, slots=True)
class FilterState:
    """What the user selected. ``None`` or empty means "no constraint"; names follow :class:`IncidentQuery`.

    ``historical`` says whether references to past events are shown too (off by default, as in the store's query).
    """

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    event_types: tuple[str, ...] = ()
    sub_event_types: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()
    actor: str = ""
    iso3: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    min_fatalities: int | None = None
    max_fatalities: int | None = None
    geo_precision: tuple[int, ...] = ()
    date_precision: tuple[str, ...] = ()
    min_confidence: float | None = None
    sources: tuple[str, ...] = ()
    historical: bool = False
    text: str = ""

    def replace(self, **changes: Any) -> FilterState:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)


DEFAULT_STATE = FilterState()


def to_query(state: FilterState, *, loose: bool = False) -> IncidentQuery:
    """The store query with the same meaning.

    Parameters
    ----------
    loose
        Leave out the substring filters (actor, text). SQLite lower-cases ASCII only, Python all of Unicode, so the
        export asks the store for a superset and keeps exactly the rows the dashboard selected.
    """

    def opt(values: tuple[Any, ...]) -> tuple[Any, ...] | None:
        return values or None

    return IncidentQuery(
        date_from=state.date_from,
        date_to=state.date_to,
        event_types=opt(state.event_types),
        sub_event_types=opt(state.sub_event_types),
        weapons=opt(state.weapons),
        iso3=opt(state.iso3),
        admin1=opt(state.admin1),
        actor=None if loose else (state.actor or None),
        sources=opt(state.sources),
        min_fatalities=state.min_fatalities,
        max_fatalities=state.max_fatalities,
        geo_precision=opt(state.geo_precision),
        date_precision=opt(state.date_precision),
        min_confidence=state.min_confidence,
        text=None if loose else (state.text or None),
        historical=None if state.historical else False,
    )


def _lut(labels: np.ndarray, allowed: Iterable[Any]) -> np.ndarray:
    allowed = set(allowed)
    return np.fromiter((v in allowed for v in labels), dtype=bool, count=len(labels))


def _folded_lut(labels: np.ndarray, allowed: Iterable[str]) -> np.ndarray:
    """:func:`_lut` comparing folded names (provinces, sources), as the store and the CLI do."""
    wanted = {fold_value(v) for v in allowed}
    return np.fromiter(
        (v is not None and fold_value(v) in wanted for v in labels), dtype=bool, count=len(labels)
    )


def _substring_lut(lower: Sequence[str], needle: str) -> np.ndarray:
    return np.fromiter((needle in v for v in lower), dtype=bool, count=len(lower))


def date_window(cols: Columns, state: FilterState) -> tuple[int, int]:
    """Row range ``[lo, hi)`` of the date-sorted arrays that the date filter keeps (binary search, no scan)."""
    if state.date_from is None and state.date_to is None:
        return 0, len(cols)
    dated = cols.day[: cols.n_dated]
    lo = 0 if state.date_from is None else int(np.searchsorted(dated, date_to_day(state.date_from), "left"))
    hi = (
        cols.n_dated
        if state.date_to is None
        else int(np.searchsorted(dated, date_to_day(state.date_to), "right"))
    )
    return lo, max(lo, hi)


def select(cols: Columns, state: FilterState, *, ignore_dates: bool = False) -> np.ndarray:
    """Row numbers (ascending, so in date order) of the incidents ``state`` selects.

    Parameters
    ----------
    ignore_dates
        Apply every filter but the date range (the timeline shows the whole span with the window shaded).
    """
    lo, hi = (0, len(cols)) if ignore_dates else date_window(cols, state)
    sl = slice(lo, hi)
    mask = np.ones(hi - lo, dtype=bool)

    def category(name: str, allowed: tuple[Any, ...]) -> None:
        nonlocal mask
        if allowed:
            lut = _folded_lut if name in ("admin1", "source") else _lut
            mask &= lut(cols.labels[name], allowed)[cols.codes[name][sl]]

    category("event_type", state.event_types)
    category("sub_event_type", state.sub_event_types)
    category("weapon", state.weapons)
    category("iso3", state.iso3)
    category("admin1", state.admin1)
    category("source", state.sources)
    category("date_precision", state.date_precision)
    if state.geo_precision:
        # a 256-entry table indexed by the int8 codes' bytes: one gather, where np.isin sorts a million values
        lut = np.zeros(256, dtype=bool)
        lut[np.asarray(state.geo_precision, dtype=np.int8).view(np.uint8)] = True
        mask &= lut[cols.geo_precision[sl].view(np.uint8)]
    if state.min_fatalities is not None or state.max_fatalities is not None:
        fat = np.nan_to_num(cols.fatalities[sl], nan=0.0)
        if state.min_fatalities is not None:
            mask &= fat >= state.min_fatalities
        if state.max_fatalities is not None:
            mask &= fat <= state.max_fatalities
    if state.min_confidence is not None:
        mask &= cols.confidence[sl] >= state.min_confidence
    if not state.historical:
        mask &= ~cols.historical[sl]
    if state.actor:
        needle = state.actor.lower()
        hit = _substring_lut(cols.lower["actor1"], needle)[cols.codes["actor1"][sl]]
        hit |= _substring_lut(cols.lower["actor2"], needle)[cols.codes["actor2"][sl]]
        mask &= hit
    if state.text:
        needle = state.text.lower()
        hit = np.zeros(hi - lo, dtype=bool)
        for name in _TEXT_FIELDS:
            lut = _substring_lut(cols.lower[name], needle)
            if lut.any():
                hit |= lut[cols.codes[name][sl]]
        mask &= hit
    return lo + np.flatnonzero(mask)


# ---------------------------------------------------------------- dict (dcc.Store) and URL forms

_LIST_FIELDS = {
    "event_types": "type",
    "sub_event_types": "subtype",
    "weapons": "weapon",
    "iso3": "country",
    "admin1": "province",
    "geo_precision": "geo",
    "date_precision": "dateprec",
    "sources": "source",
}
_SCALAR_KEYS = {
    "date_from": "from",
    "date_to": "to",
    "actor": "actor",
    "min_fatalities": "fmin",
    "max_fatalities": "fmax",
    "min_confidence": "conf",
    "historical": "hist",
    "text": "q",
}


def state_to_dict(state: FilterState) -> dict[str, Any]:
    """JSON-ready dict (what the browser's dcc.Store holds)."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(FilterState):
        v = getattr(state, f.name)
        out[f.name] = v.isoformat() if isinstance(v, dt.date) else (list(v) if isinstance(v, tuple) else v)
    return out


def state_from_dict(data: Mapping[str, Any] | None) -> FilterState:
    """Inverse of :func:`state_to_dict`; a missing or empty dict is the default state."""
    if not data:
        return DEFAULT_STATE
    state, _ = _build({k: ([] if v is None else v) for k, v in data.items()}, known=None)
    return state


@dataclass(frozen=True, slots=True)
class UrlParse:
    """A state read from a query string, and what was ignored in it (shown to the user as a notice)."""

    state: FilterState
    ignored: tuple[str, ...]


def state_to_url(state: FilterState) -> str:
    """Query string (with leading ``?``, or ``""`` for the default state) that reopens this view."""
    pairs: list[tuple[str, str]] = []
    d = state_to_dict(state)
    for name, key in _SCALAR_KEYS.items():
        v = d[name]
        if v is None or v == "" or v is False:
            continue
        pairs.append((key, "1" if v is True else str(v)))
    for name, key in _LIST_FIELDS.items():
        pairs.extend((key, str(v)) for v in d[name])
    return "?" + urlencode(pairs) if pairs else ""


def state_from_url(search: str | None, *, known: Mapping[str, Iterable[str]] | None = None) -> UrlParse:
    """Read a query string; unknown keys and values are dropped and listed in ``ignored`` (never an error).

    Parameters
    ----------
    known
        Values that exist in the data for ``iso3``, ``admin1`` and ``sources`` (else any value is accepted).
    """
    params = parse_qs((search or "").lstrip("?"), keep_blank_values=False)
    by_key = {v: k for k, v in {**_LIST_FIELDS, **_SCALAR_KEYS}.items()}
    data: dict[str, Any] = {}
    ignored: list[str] = []
    for key, values in params.items():
        name = by_key.get(key)
        if name is None:
            ignored.append(f"unknown filter {key!r}")
            continue
        data[name] = values if name in _LIST_FIELDS else values[-1]
    state, bad = _build(data, known=known)
    return UrlParse(state, tuple(ignored + bad))


_ISO3 = re.compile(r"^[A-Z]{3}$")


def _stored_province(value: str, stored: Iterable[str], countries: Iterable[str]) -> str | None:
    """The stored name of the province ``value`` names by another name ("?province=Kiev" in a link made before the
    province layer's renames, "Kirkuk" for a store that still holds "At-Ta'mim"): the CLI's matching
    (``incidents.filters.province_key``), tried in the countries of the data."""
    from geodata import canonical_admin1

    for iso3 in sorted(countries):
        if canonical_admin1(value, iso3) is None:
            continue
        key = province_key(value, iso3)
        found = next((k for k in sorted(stored) if province_key(k, iso3) == key), None)
        if found is not None:
            return found
    return None


_HIST_ON = frozenset(("1", "true", "yes", "on"))
_HIST_WORDS = _HIST_ON | {"0", "false", "no", "off", ""}


def _build(
    data: Mapping[str, Any], *, known: Mapping[str, Iterable[str]] | None
) -> tuple[FilterState, list[str]]:
    bad: list[str] = []
    kw: dict[str, Any] = {}
    known_sets = {k: set(v) for k, v in (known or {}).items()}

    def keep_values(name: str, ok) -> None:
        values = data.get(name) or []
        if isinstance(values, str):
            values = [values]
        kept: list[Any] = []
        for v in values:
            value = ok(v)
            if value is None:
                bad.append(f"{_LIST_FIELDS.get(name, name)}={v!r}")
            elif value not in kept:
                kept.append(value)
        kw[name] = tuple(kept)

    def in_set(allowed):
        return lambda v: v if v in allowed else None

    def in_known(name: str, pattern: re.Pattern[str] | None = None):
        def check(v: Any) -> str | None:
            v = str(v)
            if name in known_sets:
                if v in known_sets[name]:
                    return v
                if name in ("admin1", "sources"):  # "?admin1=idlib": the stored spelling, as the CLI matches
                    found = next(
                        (k for k in sorted(known_sets[name]) if fold_value(k) == fold_value(v)), None
                    )
                    if found is None and name == "admin1":
                        found = _stored_province(v, known_sets["admin1"], known_sets.get("iso3", ()))
                    return found
                return None
            return v if (pattern is None or pattern.match(v)) and v.strip() else None

        return check

    def geo(v: Any) -> int | None:
        try:
            g = int(v)
        except (TypeError, ValueError):
            return None
        return g if g in (1, 2, 3) else None

    keep_values("event_types", in_set(EVENT_TYPES))
    keep_values("sub_event_types", in_set(_SUB_EVENT_TYPES))
    keep_values("weapons", in_set(WEAPONS))
    keep_values("date_precision", in_set(_DATE_PRECISIONS))
    keep_values("geo_precision", geo)
    keep_values("iso3", in_known("iso3", _ISO3))
    keep_values("admin1", in_known("admin1"))
    keep_values("sources", in_known("sources"))

    for name in ("date_from", "date_to"):
        v = data.get(name)
        if v in (None, ""):
            continue
        try:
            kw[name] = v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v)[:10])
        except ValueError:
            bad.append(f"{_SCALAR_KEYS[name]}={v!r} (not a YYYY-MM-DD date)")
    if kw.get("date_from") and kw.get("date_to") and kw["date_from"] > kw["date_to"]:
        bad.append("date range (start after end)")
        kw.pop("date_from")
        kw.pop("date_to")
    for name in ("min_fatalities", "max_fatalities"):
        v = data.get(name)
        if v in (None, ""):
            continue
        try:
            n = int(v)
            if n < 0:
                raise ValueError
            kw[name] = n
        except (TypeError, ValueError):
            bad.append(f"{_SCALAR_KEYS[name]}={v!r} (not a whole number >= 0)")
    v = data.get("min_confidence")
    if v not in (None, ""):
        try:
            c = float(v)
            if not (0.0 <= c <= 1.0) or math.isnan(c):
                raise ValueError
            kw["min_confidence"] = c
        except (TypeError, ValueError):
            bad.append(f"conf={v!r} (not a number in 0..1)")
    for name in ("actor", "text"):
        v = data.get(name)
        if isinstance(v, str) and v.strip():
            kw[name] = v.strip()[:200]
    hist = data.get("historical")
    kw["historical"] = hist is True or (isinstance(hist, str) and hist.lower() in _HIST_ON)
    if isinstance(hist, str) and hist.lower() not in _HIST_WORDS:
        bad.append(f"hist={hist!r} (not 1 or 0)")  # said, not silently read as "off"
    return FilterState(**kw), bad
