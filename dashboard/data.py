"""The dashboard's columnar in-memory copy of the store.

Why: filtering a million incidents per slider move through SQL or pandas is too slow (33 ms and more); numpy boolean
masks over date-sorted arrays take a few milliseconds. The copy is loaded once through ``store.load_columns``; when
``store.revision()`` changes (after an ingest) it catches up with ``store.changes_since`` — only the rows written
and the ids removed since — instead of reading a million rows again, so the store stays the single source of truth.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import pickle
import tempfile
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from incidents import IncidentStore

__all__ = [
    "CATEGORY_COLUMNS",
    "LOAD_COLUMNS",
    "NO_DATE",
    "ColumnCache",
    "Columns",
    "build_columns",
    "date_to_day",
    "day_to_date",
    "merge_columns",
]

_EPOCH = dt.date(1970, 1, 1)
#: Day number used for incidents without a date (they sort last, as the store returns them).
NO_DATE = np.iinfo(np.int32).max

#: Text columns kept as integer codes into a table of labels (filters become lookups on the small label table).
CATEGORY_COLUMNS: tuple[str, ...] = (
    "event_type",
    "sub_event_type",
    "weapon",
    "actor1",
    "actor2",
    "claimed_by",
    "location",
    "location_precision",
    "date_precision",
    "admin1",
    "country",
    "iso3",
    "source",
    "notes",
    "origin",
)

#: What the dashboard loads from the store (never the evidence or full records: those come per incident).
LOAD_COLUMNS: tuple[str, ...] = (
    "incident_id",
    "event_date",
    "latitude",
    "longitude",
    "fatalities",
    "geo_precision",
    "confidence",
    "intercepted",
    "historical",
    *CATEGORY_COLUMNS,
)


def date_to_day(value: dt.date) -> int:
    """Days since 1970-01-01 (the dashboard's integer date)."""
    return (value - _EPOCH).days


def day_to_date(day: int) -> dt.date:
    """Inverse of :func:`date_to_day`."""
    return _EPOCH + dt.timedelta(days=int(day))


@dataclass(frozen=True, eq=False)
class Columns:
    """The incidents as numpy arrays, sorted by date (undated last).

    ``codes[name]`` indexes ``labels[name]`` (an object array whose entries may be ``None``); ``lower[name]`` holds
    the lower-cased labels for substring search.
    """

    revision: int
    incident_id: np.ndarray
    day: np.ndarray  # int32 days since epoch, NO_DATE when unknown
    lat: np.ndarray  # float64, NaN when unknown
    lon: np.ndarray
    fatalities: np.ndarray  # float64, NaN when not said
    geo_precision: np.ndarray  # int8, 0 when unknown
    confidence: np.ndarray  # float64 (exact comparisons with the store)
    intercepted: np.ndarray  # bool
    historical: np.ndarray  # bool
    codes: Mapping[str, np.ndarray]
    labels: Mapping[str, np.ndarray]
    lower: Mapping[str, tuple[str, ...]]
    n_dated: int
    _index: dict[str, int] = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return int(self.incident_id.shape[0])

    def values(self, name: str, rows: np.ndarray) -> np.ndarray:
        """Decoded labels of a category column for the given rows."""
        return self.labels[name][self.codes[name][rows]]

    def row_of(self, incident_id: str) -> int | None:
        """Row number of an incident (built lazily: only selection needs it)."""
        if not self._index:
            self._index.update({iid: i for i, iid in enumerate(self.incident_id.tolist())})
        return self._index.get(incident_id)

    def distinct(self, name: str) -> list[str]:
        """Sorted non-empty labels of a category column (dropdown options)."""
        return sorted(str(v) for v in self.labels[name] if v is not None and v != "")

    @property
    def date_span(self) -> tuple[int, int] | None:
        """First and last day with incidents, or None when no incident is dated."""
        if self.n_dated == 0:
            return None
        return int(self.day[0]), int(self.day[self.n_dated - 1])


def _encode(raw: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    # pandas.factorize hashes (no sort of a million strings); None becomes code -1, mapped to a None label.
    codes, uniques = pd.factorize(raw, use_na_sentinel=True)
    labels = np.empty(len(uniques) + 1, dtype=object)
    labels[: len(uniques)] = list(uniques)
    labels[-1] = None
    codes = np.where(codes < 0, len(uniques), codes).astype(np.int32)
    return codes, labels


def _days(dates: np.ndarray) -> np.ndarray:
    """ISO date strings (None for unknown) as int32 day numbers, :data:`NO_DATE` for unknown."""
    n = len(dates)
    series = pd.Series(dates, dtype=object)
    parsed = pd.to_datetime(series.str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
    day = np.full(n, NO_DATE, dtype=np.int32)
    ok = parsed.notna().to_numpy()
    day[ok] = (parsed[ok].to_numpy().astype("datetime64[D]").astype(np.int64)).astype(np.int32)
    return day


def build_columns(raw: Mapping[str, np.ndarray], *, revision: int) -> Columns:
    """Columns from ``store.load_columns(LOAD_COLUMNS)`` output (already sorted by date, undated last)."""
    return _assemble(_days(raw["event_date"]), raw, revision=revision)


def merge_columns(
    cols: Columns, changed: Mapping[str, np.ndarray], removed: np.ndarray, *, revision: int
) -> Columns:
    """``cols`` caught up with a store change: rows of ``changed`` replace or join, ids in ``removed`` go.

    ``changed`` is ``store.changes_since(cols.revision, LOAD_COLUMNS).columns``. The result equals a full reload
    up to the order of incidents within one day.
    """
    gone = pd.Index(np.concatenate([changed["incident_id"], removed]).astype(object))
    keep = ~pd.Index(cols.incident_id).isin(gone)
    raw: dict[str, np.ndarray] = {
        "incident_id": np.concatenate([cols.incident_id[keep], changed["incident_id"]]),
        "latitude": np.concatenate([cols.lat[keep], changed["latitude"]]),
        "longitude": np.concatenate([cols.lon[keep], changed["longitude"]]),
        "fatalities": np.concatenate([cols.fatalities[keep], changed["fatalities"]]),
        "geo_precision": np.concatenate([cols.geo_precision[keep].astype(float), changed["geo_precision"]]),
        "confidence": np.concatenate([cols.confidence[keep], changed["confidence"]]),
        "intercepted": np.concatenate([cols.intercepted[keep], changed["intercepted"]]),
        "historical": np.concatenate([cols.historical[keep], changed["historical"]]),
    }
    for name in CATEGORY_COLUMNS:
        raw[name] = np.concatenate([cols.labels[name][cols.codes[name][keep]], changed[name]])
    day = np.concatenate([cols.day[keep], _days(changed["event_date"])])
    return _assemble(day, raw, revision=revision)


def _assemble(day: np.ndarray, raw: Mapping[str, np.ndarray], *, revision: int) -> Columns:
    """Sort by day (stable; undated last) and encode the text columns."""
    n = len(day)
    # the store sorts by the ISO string; keep a stable date order even if a backend does not
    order = np.argsort(day, kind="stable")
    if not np.array_equal(order, np.arange(n)):
        raw = {k: v[order] for k, v in raw.items()}
        day = day[order]
    codes: dict[str, np.ndarray] = {}
    labels: dict[str, np.ndarray] = {}
    lower: dict[str, tuple[str, ...]] = {}
    for name in CATEGORY_COLUMNS:
        codes[name], labels[name] = _encode(raw[name])
        lower[name] = tuple("" if v is None else str(v).lower() for v in labels[name])
    geo = np.nan_to_num(raw["geo_precision"].astype(float), nan=0.0).astype(np.int8)
    return Columns(
        revision=revision,
        incident_id=raw["incident_id"],
        day=day,
        lat=raw["latitude"].astype(np.float64),
        lon=raw["longitude"].astype(np.float64),
        fatalities=raw["fatalities"].astype(np.float64),
        geo_precision=geo,
        confidence=np.nan_to_num(raw["confidence"].astype(float), nan=0.0),
        intercepted=raw["intercepted"].astype(bool),
        historical=raw["historical"].astype(bool),
        codes=codes,
        labels=labels,
        lower=lower,
        n_dated=int(np.count_nonzero(day != NO_DATE)),
    )


#: bumped when :class:`Columns` or the loaded columns change shape: older snapshot files are then ignored
_SNAPSHOT_FORMAT = 1


class ColumnCache:
    """Loads the store's columns once and reloads them when the store's revision changes.

    One cache per app (never module-level), guarded by a lock so concurrent requests load only once. After a
    change it merges what changed since its revision (``store.changes_since``) while that is at most
    ``max_merge_share`` of the rows (or at most ``min_merge_rows``); a larger change is cheaper to reload.

    With a ``snapshot_dir``, a store of at least ``snapshot_min_rows`` incidents also gets a snapshot file of its
    columns (pickle, named by the store's random ``store_id``): the next server start loads it in a fraction of a
    second and catches up with whatever the store changed since, instead of reading a million rows from SQLite.
    """

    max_merge_share = 0.25
    min_merge_rows = 50_000

    def __init__(
        self,
        store: IncidentStore,
        *,
        lock: threading.RLock | None = None,
        snapshot_dir: Path | None = None,
        snapshot_min_rows: int = 50_000,
    ) -> None:
        self._store = store
        self._lock = lock or threading.RLock()
        self._columns: Columns | None = None
        self._snapshot_dir = snapshot_dir
        self._snapshot_min_rows = snapshot_min_rows

    def get(self) -> Columns:
        """Current columns (reloaded first if the store changed since the last load)."""
        with self._lock:
            revision = self._store.revision()
            cols = self._columns
            if cols is not None and cols.revision != revision:
                self._columns = self._caught_up(cols)
            elif cols is None:
                self._columns = self._first_load(revision)
            return self._columns

    def _caught_up(self, cols: Columns) -> Columns:
        changes_since = getattr(self._store, "changes_since", None)
        if changes_since is not None:
            ch = changes_since(cols.revision, LOAD_COLUMNS)
            size = len(ch.columns["incident_id"]) + len(ch.removed)
            if size == 0:  # a report's metadata changed, no incident: same rows, new revision
                return dataclasses.replace(cols, revision=ch.revision, _index={})
            if size <= max(self.min_merge_rows, self.max_merge_share * len(cols)):
                return merge_columns(cols, ch.columns, ch.removed, revision=ch.revision)
        revision = self._store.revision()
        return build_columns(self._store.load_columns(LOAD_COLUMNS), revision=revision)

    # ---- snapshot ---------------------------------------------------------------------------------------
    def _snapshot_path(self) -> Path | None:
        store_id = getattr(self._store, "store_id", None)
        sid = store_id() if self._snapshot_dir is not None and store_id is not None else None
        return None if sid is None else self._snapshot_dir / f"columns-{sid}.pickle"  # type: ignore[operator]

    def _first_load(self, revision: int) -> Columns:
        path = self._snapshot_path()
        snap = _read_snapshot(path) if path is not None else None
        if snap is not None and snap.revision <= revision:
            cols = snap if snap.revision == revision else self._caught_up(snap)
            # a store file put back from a backup may reach the same revision with other rows: count them
            if len(cols) == self._store.count():
                if cols.revision != snap.revision:
                    _write_snapshot(path, cols)  # type: ignore[arg-type]
                return cols
        cols = build_columns(self._store.load_columns(LOAD_COLUMNS), revision=revision)
        if path is not None and len(cols) >= self._snapshot_min_rows:
            _write_snapshot(path, cols)
        return cols


def _read_snapshot(path: Path) -> Columns | None:
    """The snapshot's columns, or None when there is none or it is unreadable or of another format (then it goes)."""
    try:
        with path.open("rb") as fh:
            fmt, load, categories, cols = pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception:  # a torn or foreign file must never stop the dashboard: reload from the store instead
        path.unlink(missing_ok=True)
        return None
    if (fmt, tuple(load), tuple(categories)) != (_SNAPSHOT_FORMAT, LOAD_COLUMNS, CATEGORY_COLUMNS):
        path.unlink(missing_ok=True)
        return None
    return cols if isinstance(cols, Columns) else None


def _write_snapshot(path: Path, cols: Columns) -> None:
    """Write atomically (temp file + rename): two server processes may write the same snapshot."""
    tmp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        tmp = Path(name)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(
                (_SNAPSHOT_FORMAT, LOAD_COLUMNS, CATEGORY_COLUMNS, dataclasses.replace(cols, _index={})),
                fh,
                protocol=pickle.HIGHEST_PROTOCOL,
            )
        tmp.replace(path)
    except OSError:  # a read-only or full cache folder costs the next start its speed, nothing else
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
