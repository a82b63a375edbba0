"""The embedded incident store: one SQLite file, the one place that writes incidents.

Why SQLite: no server to run (users are often offline or air-gapped), one file to copy, WAL gives concurrent readers
during a write, and every write is a single transaction so a failure leaves nothing half-written. Other backends
(PostGIS later) implement :class:`IncidentStore` and must pass ``tests/test_store_contract.py``.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np
import orjson
import platformdirs

from incidents._gc import gc_paused
from incidents.filters import FOLDED_FIELDS, IncidentQuery, to_sql, widen
from incidents.model import (
    INCIDENT_FIELDS,
    Incident,
    Report,
    incident_from_dict,
    incident_to_dict,
    report_from_dict,
    report_to_dict,
)

__all__ = [
    "SCHEMA_VERSION",
    "ColumnChanges",
    "Edit",
    "IncidentStore",
    "SQLiteStore",
    "SaveResult",
    "StoreError",
    "StoreInfo",
    "default_db_path",
    "open_store",
]

SCHEMA_VERSION = 2
_APP_ID = 0x49415453  # "IATS": tells our files from other SQLite databases
_NEW_PAGE_SIZE = 16384


class StoreError(RuntimeError):
    """The store cannot be opened or written (message names the file and the reason)."""


def default_db_path() -> Path:
    """``$INCIDENTS_DB`` if set, else ``incidents.sqlite`` in the per-user data directory."""
    env = os.environ.get("INCIDENTS_DB")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("incident-atlas", appauthor=False)) / "incidents.sqlite"


@dataclass(frozen=True, slots=True)
class ColumnChanges:
    """What changed in the store after a revision: lets a columnar cache catch up without reloading everything.

    ``columns`` holds the incidents added or changed since (as :meth:`SQLiteStore.load_columns` returns them);
    ``removed`` the ids of incidents deleted since (an id may be in both when it was deleted and saved again).
    """

    revision: int
    columns: dict[str, np.ndarray]
    removed: np.ndarray


@dataclass(frozen=True, slots=True)
class StoreInfo:
    """What ``incidents db info`` prints."""

    path: str
    schema_version: int
    reports: int
    incidents: int
    current: int
    historical: int
    edits: int
    size_bytes: int
    revision: int
    first_date: str | None
    last_date: str | None


def _same_report(old: str, new: str) -> bool:
    """Two stored report records that differ only in where and when they were read (``origin_path``,
    ``metadata``, ``retrieved``: a file's time): a copy of the same text in two files is one report, and
    re-ingesting both changes nothing."""
    a, b = orjson.loads(old), orjson.loads(new)
    for rec in (a, b):
        for key in ("origin_path", "metadata", "retrieved"):
            rec.pop(key, None)
    return a == b


@dataclass(frozen=True, slots=True)
class SaveResult:
    """Counts of one save: ``unchanged`` rows were identical to what the store held (idempotent re-ingest)."""

    reports_added: int = 0
    reports_updated: int = 0
    reports_unchanged: int = 0
    incidents_added: int = 0
    incidents_updated: int = 0
    incidents_unchanged: int = 0
    incidents_removed: int = 0

    @property
    def changed(self) -> bool:
        """True when the save changed anything."""
        return bool(
            self.reports_added
            + self.reports_updated
            + self.incidents_added
            + self.incidents_updated
            + self.incidents_removed
        )


@dataclass(frozen=True, slots=True)
class Edit:
    """An audit entry: who changed which field of which incident, from what to what, and why."""

    incident_id: str
    field: str
    old_value: Any
    new_value: Any
    author: str
    reason: str | None = None
    at: str | None = None
    edit_id: int | None = None


@runtime_checkable
class IncidentStore(Protocol):
    """What every store backend offers; the dashboard, CLI and exporters use only this."""

    def save(
        self, *, reports: Iterable[Report] = (), incidents: Iterable[Incident] = (), replace: bool = False
    ) -> SaveResult: ...
    def get_report(self, report_id: str) -> Report | None: ...
    def get_incident(self, incident_id: str) -> Incident | None: ...
    def query(self, q: IncidentQuery | None = None) -> list[Incident]: ...
    def iter_incidents(self, q: IncidentQuery | None = None, *, batch: int = 5000) -> Iterator[Incident]: ...
    def count(self, q: IncidentQuery | None = None) -> int: ...
    def load_columns(
        self, columns: Sequence[str], q: IncidentQuery | None = None
    ) -> dict[str, np.ndarray]: ...
    def revision(self) -> int: ...
    def changes_since(self, revision: int, columns: Sequence[str]) -> ColumnChanges: ...
    def add_edit(self, edit: Edit) -> int: ...
    def edits(self, incident_id: str | None = None) -> list[Edit]: ...
    def info(self) -> StoreInfo: ...
    def close(self) -> None: ...


# Columns stored as SQL columns (queryable); the full record also lives in ``record`` (JSON) so nothing is lost.
_SCALAR = tuple(f for f in INCIDENT_FIELDS if f not in ("evidence", "attributes"))
_INT_COLS = {"munitions_count", "fatalities", "injuries", "geo_precision", "fatalities_max", "injuries_max"}
_BOOL_COLS = {"intercepted", "historical"}
_REAL_COLS = {"latitude", "longitude", "confidence"}


def _col_type(name: str) -> str:
    if name in _INT_COLS or name in _BOOL_COLS:
        return "INTEGER"
    if name in _REAL_COLS:
        return "REAL"
    return "TEXT"


_MIGRATIONS: tuple[str, ...] = (
    # v1
    f"""
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE reports (
        report_id TEXT PRIMARY KEY,
        url TEXT, source TEXT, title TEXT, published TEXT, dateline TEXT, retrieved TEXT, language TEXT,
        origin_path TEXT,
        text TEXT NOT NULL,
        record TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE incidents (
        {", ".join(f"{c} {_col_type(c)}" + (" PRIMARY KEY" if c == "incident_id" else "") for c in _SCALAR)},
        evidence TEXT NOT NULL,
        record TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX incidents_date ON incidents(event_date);
    CREATE INDEX incidents_type ON incidents(event_type, sub_event_type);
    CREATE INDEX incidents_place ON incidents(iso3, admin1);
    CREATE INDEX incidents_report ON incidents(report_id);
    CREATE INDEX incidents_latlon ON incidents(latitude, longitude);
    CREATE INDEX incidents_origin ON incidents(origin, origin_id);
    CREATE TABLE edits (
        edit_id INTEGER PRIMARY KEY AUTOINCREMENT,
        incident_id TEXT NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        author TEXT NOT NULL,
        reason TEXT,
        at TEXT NOT NULL
    );
    CREATE INDEX edits_incident ON edits(incident_id);
    INSERT INTO meta(key, value) VALUES ('revision', '0');
    """,
    # v2: the revision that last wrote each incident, and a log of removed ids, so that the dashboard's columnar
    # copy catches up with an ingest by reading only what changed (not a million rows again)
    """
    ALTER TABLE incidents ADD COLUMN rev INTEGER NOT NULL DEFAULT 0;
    UPDATE incidents SET rev = (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'revision');
    CREATE INDEX incidents_rev ON incidents(rev);
    CREATE TABLE removed (incident_id TEXT PRIMARY KEY, rev INTEGER NOT NULL);
    CREATE INDEX removed_rev ON removed(rev);
    INSERT OR IGNORE INTO meta(key, value) VALUES ('store_id', lower(hex(randomblob(16))));
    """,
)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _dumps(obj: Any) -> str:
    # orjson: ~3x faster than json for the per-row records that dominate bulk imports; sorted keys keep the text
    # canonical so "unchanged" can be decided by comparing stored and new record strings.
    return orjson.dumps(obj, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS).decode("utf-8")


_DATE_COLS = frozenset({"event_date", "date_start", "date_end", "published"})
_ENUM_COLS = frozenset({"date_precision", "location_precision"})
_RECORD_KEYS = tuple(sorted(INCIDENT_FIELDS))
_PLAIN = frozenset({str, int, float, bool, type(None)})
_RECORD_AT = len(_SCALAR) + 1  # position of the record JSON in a row of _incident_rows
_NO_EVIDENCE: list[Any] = []  # shared by every record without evidence; never mutated
_DUMPS = functools.partial(orjson.dumps, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)
_DUMPS_STR_KEYS = functools.partial(orjson.dumps, option=orjson.OPT_SORT_KEYS)


def _iso_dates(column: list[Any]) -> list[str | None]:
    """Dates as ISO text, each distinct date formatted once (an import has a few thousand dates over 10^4+ rows)."""
    text: dict[Any, str | None] = {d: d.isoformat() for d in set(column) if d is not None}
    text[None] = None
    return list(map(text.__getitem__, column))


def _incident_rows(incidents: Sequence[Incident], *tail: Any) -> list[tuple[Any, ...]]:
    """Per incident: its SQL column values (``_SCALAR`` order), evidence JSON, canonical record JSON, then ``tail``.

    Dates become ISO text, enums their value, booleans 0/1; the record is the same text as
    ``_dumps(incident_to_dict(inc))``, built faster (``tests/test_store_record.py`` checks both).

    Why column by column: bulk imports serialise every record, and this was the save's hot path. Each field is
    read for all incidents in one ``map`` (C), converted once per column, and rows are assembled by ``zip``; orjson
    writes dates (ISO), StrEnums (their value), floats and strings itself, so the record dict holds the fields as they
    are. Only evidence spans (orjson would not sort a dataclass's keys) and attribute values that are not plain JSON
    go through the model's conversion.
    """
    columns = {name: list(map(operator.attrgetter(name), incidents)) for name in INCIDENT_FIELDS}
    evidence_json: list[str] = []
    evidence_values: list[Any] = []
    for spans in columns["evidence"]:
        if spans:
            listed = [{"start": sp.start, "end": sp.end, "text": sp.text} for sp in spans]
            evidence_values.append(listed)
            evidence_json.append(_dumps(listed))
        else:
            evidence_values.append(_NO_EVIDENCE)
            evidence_json.append("[]")
    attributes = columns["attributes"]
    for i, attrs in enumerate(attributes):
        if type(attrs) is not dict or not _PLAIN.issuperset(map(type, attrs.values())):
            attributes = list(attributes) if attributes is columns["attributes"] else attributes
            attributes[i] = incident_to_dict(incidents[i])["attributes"]
    record_columns = {**columns, "evidence": evidence_values, "attributes": attributes}
    dicts = [
        dict(zip(_RECORD_KEYS, values, strict=True))
        for values in zip(*(record_columns[k] for k in _RECORD_KEYS), strict=True)
    ]
    try:  # orjson sorts str keys ~25 % faster without OPT_NON_STR_KEYS, and writes them the same
        records = list(map(bytes.decode, map(_DUMPS_STR_KEYS, dicts)))
    except TypeError:  # some attributes have a key that is not a string
        records = list(map(bytes.decode, map(_DUMPS, dicts)))
    scalars = []
    for name in _SCALAR:
        column = columns[name]
        if name in _DATE_COLS:
            column = _iso_dates(column)
        elif name in _ENUM_COLS:
            column = list(map(operator.attrgetter("_value_"), column))  # the plain str; ``.value`` is slower
        elif name in _BOOL_COLS:
            column = list(map(int, map(bool, column)))
        scalars.append(column)
    n = len(incidents)
    return list(zip(*scalars, evidence_json, records, *([value] * n for value in tail), strict=True))


def _incident_row(inc: Incident) -> tuple[list[Any], str, str]:
    """One incident's SQL column values, evidence JSON and record JSON (see :func:`_incident_rows`)."""
    *values, evidence, record = _incident_rows([inc])[0]
    return values, evidence, record


def _to_columns(rows: list[tuple[Any, ...]], columns: Sequence[str]) -> dict[str, np.ndarray]:
    """Rows of SQL values as numpy columns: floats (NaN for null) for numbers, bools, object arrays for text."""
    # transpose in C (zip) rather than one Python pass per column: this is the dashboard's first-load path
    transposed = list(zip(*rows, strict=True)) if rows else [() for _ in columns]
    out: dict[str, np.ndarray] = {}
    for c, raw in zip(columns, transposed, strict=True):
        arr = np.empty(len(raw), dtype=object)
        arr[:] = raw
        if c in _BOOL_COLS:
            out[c] = arr.astype(bool)
        elif c in _INT_COLS or c in _REAL_COLS:
            arr[np.equal(arr, None)] = np.nan
            out[c] = arr.astype(float)
        else:
            out[c] = arr
    return out


#: Stores with fewer incidents are read with sqlite3: the Arrow reader's child interpreter costs ~0.5 s to start
#: (a 41-incident sample store: 0.6 s against 0.7 ms), which the reader wins back only from some 25,000 rows on
#: (sqlite3 ~30 us per row, the child ~10 us per row plus its start)
ARROW_MIN_ROWS = 20_000

#: The Arrow read, run in a child interpreter: it reads the query given on stdin through ADBC's SQLite and writes
#: the result as an Arrow IPC stream on stdout (see :func:`_arrow_columns` for why not in this process).
_ARROW_CHILD = """
import sys, orjson
import adbc_driver_sqlite.dbapi as adbc
import pyarrow as pa
uri, sql, params = orjson.loads(sys.stdin.buffer.read())
con = adbc.connect(uri)
try:
    cur = con.cursor()
    cur.execute("SELECT count(*) FROM incidents")
    bound = int(cur.fetchone()[0]) + 1024
    cur.adbc_statement.set_options(**{"adbc.sqlite.query.batch_rows": str(bound)})
    cur.execute(sql, params or None)
    table = cur.fetch_arrow_table()
finally:
    con.close()
with pa.ipc.new_stream(sys.stdout.buffer, table.schema) as out:
    out.write_table(table)
"""


def _arrow_table(path: Path, sql: str, params: Sequence[Any]) -> Any | None:
    """``sql``'s rows as an Arrow table, read by ADBC's SQLite driver in a child interpreter; None when it cannot.

    Why a child process: the ADBC driver links its own copy of SQLite. In this process, closing its connection
    closes a file descriptor of the store, and POSIX drops every lock the process holds on a file when any of its
    descriptors closes (https://www.sqlite.org/howtocorrupt.html, 2.2): the store's own connection would be left
    holding no lock, so another process closing its connection (``incidents db info`` beside a running dashboard)
    takes itself for the last one, checkpoints and deletes the WAL, and what the dashboard writes afterwards is
    lost. A child's descriptors and locks are its own. One batch for the whole result: the driver infers a
    column's type from its first batch, so a column that is NULL there and text later would fail (if rows arrive
    between the count and the read, it still may: then the caller's fallback reads them).
    """
    try:
        import pyarrow as pa
    except ImportError:  # pragma: no cover - a core dependency; kept optional for odd platforms
        return None
    if not sys.executable:
        return None
    try:
        payload = orjson.dumps([path.resolve().as_uri() + "?mode=ro", sql, list(params)])
    except TypeError:  # a parameter JSON cannot carry: the caller reads with sqlite3
        return None
    try:
        # -P: the child's imports come from the installed packages, never from the working folder
        child = subprocess.Popen(
            [sys.executable, "-P", "-c", _ARROW_CHILD],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        return None
    try:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(payload)
        child.stdin.close()
        table = pa.ipc.open_stream(child.stdout).read_all()
    except (OSError, pa.ArrowException):  # the child failed (no driver, a store it cannot open ...)
        table = None
    finally:
        child.stdout.close()  # type: ignore[union-attr]
        ok = child.wait() == 0
    return table if ok else None


def _arrow_columns(
    path: Path, sql: str, params: Sequence[Any], columns: Sequence[str]
) -> dict[str, np.ndarray] | None:
    """:func:`_to_columns` of ``sql``'s rows, read through Apache Arrow's ADBC SQLite driver; None when it cannot.

    Why: Python's sqlite3 makes one object per cell (24 million at a million incidents) and the transposition
    another pass; the ADBC driver fills Arrow columns in C (in a child process: see :func:`_arrow_table`). Text
    columns come back as object arrays whose repeated values are the same few objects (dictionary-encoded in Arrow,
    then indexed), as the dashboard's encoding wants. Any failure (missing package, type the driver cannot infer,
    a store it cannot open read-only) gives None and the caller reads with sqlite3 instead.
    """
    try:
        import pyarrow as pa
        import pyarrow.compute as pc
    except ImportError:  # pragma: no cover - a core dependency; kept optional for odd platforms
        return None
    table = _arrow_table(path, sql, params)
    if table is None:
        return None
    out: dict[str, np.ndarray] = {}
    for c in columns:
        col = table[c].combine_chunks()
        if c in _BOOL_COLS:
            out[c] = pc.fill_null(col, 0).to_numpy(zero_copy_only=False).astype(bool)
        elif c in _INT_COLS or c in _REAL_COLS:
            out[c] = pc.cast(col, pa.float64()).to_numpy(zero_copy_only=False)  # null -> NaN
        elif col.null_count == len(col):
            out[c] = np.full(len(col), None, dtype=object)  # all NULL: the driver's type is meaningless
        elif not (pa.types.is_string(col.type) or pa.types.is_large_string(col.type)):
            return None  # a number stored in a text column: leave it to sqlite3's exact values
        elif c == "incident_id":
            out[c] = col.to_numpy(zero_copy_only=False)
        else:
            enc = pc.dictionary_encode(col)
            labels = np.empty(len(enc.dictionary) + 1, dtype=object)
            labels[:-1] = enc.dictionary.to_pylist()
            labels[-1] = None
            out[c] = labels[pc.fill_null(enc.indices, len(enc.dictionary)).to_numpy(zero_copy_only=False)]
    return out


#: A save writing at least this many incidents, and at least as many as the table already holds, drops the
#: incidents' secondary indexes and builds them again after the insert (see :func:`_indexes_deferred`).
_BULK_ROWS = 5000


@contextmanager
def _indexes_deferred(con: sqlite3.Connection, rows: int) -> Iterator[None]:
    """Inside the save's transaction: for a bulk insert, the secondary indexes of ``incidents`` are built after it.

    Why: building an index from the finished table (one sort) is cheaper than updating seven indexes row by row,
    when the rows written outnumber those already there (an import into a new or small store). The indexes are
    dropped and created again with their own stored SQL inside the same transaction, so a failure rolls the drop
    back with everything else, and readers (WAL) never see the store without them. Below the threshold, or into a
    big table (where rebuilding would re-read every stored row), nothing changes.
    """
    if rows < _BULK_ROWS:
        yield
        return
    held = con.execute("SELECT coalesce(max(rowid), 0) FROM incidents").fetchone()[
        0
    ]  # >= row count, O(log n)
    if held > rows:
        yield
        return
    indexes = con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incidents' AND sql IS NOT NULL"
        " ORDER BY name"
    ).fetchall()
    for name, _ in indexes:
        con.execute(f'DROP INDEX "{name}"')
    cache = con.execute("PRAGMA cache_size").fetchone()[0]
    con.execute("PRAGMA cache_size = -65536")
    try:
        yield
        for _, sql in indexes:
            con.execute(sql)
    finally:
        con.execute(f"PRAGMA cache_size = {int(cache)}")


class SQLiteStore:
    """SQLite implementation of :class:`IncidentStore` (WAL, one transaction per write, upsert by stable id).

    Parameters
    ----------
    path
        The database file; created (with parent folders) unless ``create=False``.
    create
        Create a new store when the file does not exist.
    readonly
        Open read-only (the dashboard's reader uses this so it can never write by accident).
    """

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True, readonly: bool = False) -> None:
        self.path = Path(path).expanduser()
        self._readonly = readonly
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a directory, not a store file")
        exists = self.path.exists()
        if not exists and (readonly or not create):
            raise StoreError(f"{self.path}: no store at this path")
        if not exists:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                blocker = next((p for p in self.path.parents if p.exists()), None)
                if blocker is not None and not blocker.is_dir():
                    raise StoreError(f"{self.path}: {blocker} is a file, not a folder") from exc
                raise StoreError(f"{self.path}: cannot create the folder: {exc.strerror}") from exc
        try:
            if readonly:
                uri = self.path.resolve().as_uri() + "?mode=ro"
                self._con = sqlite3.connect(uri, uri=True, timeout=30.0, check_same_thread=False)
            else:
                self._con = sqlite3.connect(self.path, timeout=30.0, check_same_thread=False)
            self._con.isolation_level = None  # explicit BEGIN/COMMIT
            self._con.execute("PRAGMA busy_timeout = 30000")
            self._check_and_migrate(readonly=readonly)
        except sqlite3.DatabaseError as exc:
            if hasattr(self, "_con"):
                self._con.close()
            raise StoreError(f"{self.path}: not a usable incident store ({exc})") from exc

    # ----------------------------------------------------------------- set-up
    def _check_and_migrate(self, *, readonly: bool) -> None:
        con = self._con
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id not in (0, _APP_ID) or (app_id == 0 and tables > 0):
            raise StoreError(f"{self.path}: this SQLite file is not an incident store")
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema v{version} is newer than this program (v{SCHEMA_VERSION}); upgrade"
            )
        if readonly:
            if version < SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: store schema v{version} needs migrating; open it for writing once"
                )
            return
        if tables == 0:
            # a new store: 16 KB pages (must be set before the first table and before WAL). Why: a stored incident
            # is ~2-3 KB (SQL columns + JSON record), so a 4 KB page holds one and is half empty; with 16 KB
            # pages the file is ~20 % smaller and a bulk import writes fewer pages (save ~20 % less CPU, measured).
            # Existing stores keep their page size.
            con.execute(f"PRAGMA page_size = {_NEW_PAGE_SIZE}")
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = NORMAL")
        if version == SCHEMA_VERSION:
            return
        with self._transaction():
            # re-read inside the write lock: another process may have migrated meanwhile
            version = con.execute("PRAGMA user_version").fetchone()[0]
            for v in range(version, SCHEMA_VERSION):
                for statement in _MIGRATIONS[v].split(";"):
                    if statement.strip():
                        con.execute(statement)
            con.execute(f"PRAGMA application_id = {_APP_ID}")
            con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._con.execute("BEGIN IMMEDIATE")
        try:
            yield self._con
        except BaseException:
            self._con.execute("ROLLBACK")
            raise
        else:
            self._con.execute("COMMIT")

    def close(self) -> None:
        """Close the connection."""
        self._con.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- writes
    def save(
        self, *, reports: Iterable[Report] = (), incidents: Iterable[Incident] = (), replace: bool = False
    ) -> SaveResult:
        """Upsert reports and incidents in ONE transaction; identical rows are left untouched.

        Parameters
        ----------
        replace
            For each report saved here, drop its previously extracted incidents that are not in ``incidents``
            (a re-extraction with a newer extractor replaces the old output instead of piling up beside it).
        """
        reports = list(reports)
        incidents = list(incidents)
        counts = dict.fromkeys(SaveResult.__slots__, 0)  # type: ignore[attr-defined]
        now = _now()
        cols = ", ".join(_SCALAR)
        marks = ", ".join("?" * (len(_SCALAR) + 4))
        updates = ", ".join(f"{c}=excluded.{c}" for c in _SCALAR if c != "incident_id")
        with self._transaction() as con:
            # the revision this save makes (bumped below only if anything changed): stamped on written rows
            new_rev = int(con.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()[0]) + 1
            for rep in reports:
                record = _dumps(report_to_dict(rep))
                old = con.execute(
                    "SELECT record FROM reports WHERE report_id = ?", (rep.report_id,)
                ).fetchone()
                if old is not None and (old[0] == record or _same_report(old[0], record)):
                    # (the same text read again from another file: where it was read is no change of the report)
                    counts["reports_unchanged"] += 1
                    continue
                counts["reports_updated" if old is not None else "reports_added"] += 1
                con.execute(
                    "INSERT INTO reports(report_id, url, source, title, published, dateline, retrieved, language,"
                    " origin_path, text, record, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
                    " ON CONFLICT(report_id) DO UPDATE SET url=excluded.url, source=excluded.source,"
                    " title=excluded.title, published=excluded.published, dateline=excluded.dateline,"
                    " retrieved=excluded.retrieved, language=excluded.language, origin_path=excluded.origin_path,"
                    " text=excluded.text, record=excluded.record",
                    (
                        rep.report_id,
                        rep.url,
                        rep.source,
                        rep.title,
                        rep.published.isoformat() if rep.published else None,
                        rep.dateline,
                        rep.retrieved.isoformat() if rep.retrieved else None,
                        rep.language,
                        rep.origin_path,
                        rep.text,
                        record,
                        now,
                    ),
                )
            with gc_paused():
                rows = _incident_rows(incidents, now, new_rev)
            ids = [inc.incident_id for inc in incidents]
            existing: dict[str, str] = {}
            for i in range(0, len(ids), 500):  # one lookup per chunk instead of one per row
                chunk = ids[i : i + 500]
                existing.update(
                    con.execute(
                        f"SELECT incident_id, record FROM incidents WHERE incident_id IN ({','.join('?' * len(chunk))})",
                        chunk,
                    ).fetchall()
                )
            to_write: list[tuple[Any, ...]] = []
            for incident_id, row in zip(ids, rows, strict=True):
                record = row[_RECORD_AT]
                old_record = existing.get(incident_id)
                if old_record == record:
                    counts["incidents_unchanged"] += 1
                    continue
                counts["incidents_updated" if old_record is not None else "incidents_added"] += 1
                existing[incident_id] = record  # a later duplicate of the same id in this batch is unchanged
                to_write.append(row)
            with _indexes_deferred(con, len(to_write)):
                con.executemany(
                    f"INSERT INTO incidents({cols}, evidence, record, updated_at, rev) VALUES ({marks})"
                    f" ON CONFLICT(incident_id) DO UPDATE SET {updates}, evidence=excluded.evidence,"
                    " record=excluded.record, updated_at=excluded.updated_at, rev=excluded.rev",
                    to_write,
                )
            if replace:
                seen_ids: dict[str, set[str]] = {}
                for inc in incidents:
                    seen_ids.setdefault(inc.report_id, set()).add(inc.incident_id)
                for rep in reports:
                    keep = seen_ids.get(rep.report_id, set())
                    # "+origin": look rows up by report (a few rows), never by origin (nearly every row, so a
                    # scan of the table per saved report: batch ingest went quadratic, 3.6 ms per save at 3 k reports)
                    extracted = con.execute(
                        "SELECT incident_id FROM incidents WHERE report_id = ? AND +origin = 'extracted'",
                        (rep.report_id,),
                    ).fetchall()
                    stale = [r[0] for r in extracted if r[0] not in keep]
                    for incident_id in stale:
                        con.execute("DELETE FROM incidents WHERE incident_id = ?", (incident_id,))
                        con.execute(
                            "INSERT INTO removed(incident_id, rev) VALUES (?, ?)"
                            " ON CONFLICT(incident_id) DO UPDATE SET rev = excluded.rev",
                            (incident_id, new_rev),
                        )
                    counts["incidents_removed"] += len(stale)
            result = SaveResult(**counts)
            if result.changed:
                con.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'")
        return result

    def add_edit(self, edit: Edit) -> int:
        """Record an audit entry (the review workflow writes these); returns its id."""
        with self._transaction() as con:
            cur = con.execute(
                "INSERT INTO edits(incident_id, field, old_value, new_value, author, reason, at)"
                " VALUES (?,?,?,?,?,?,?)",
                (
                    edit.incident_id,
                    edit.field,
                    _dumps(edit.old_value),
                    _dumps(edit.new_value),
                    edit.author,
                    edit.reason,
                    edit.at or _now(),
                ),
            )
            return int(cur.lastrowid or 0)

    # ----------------------------------------------------------------- reads
    def edits(self, incident_id: str | None = None) -> list[Edit]:
        """Audit entries, oldest first, optionally for one incident."""
        sql = "SELECT edit_id, incident_id, field, old_value, new_value, author, reason, at FROM edits"
        params: tuple[Any, ...] = ()
        if incident_id is not None:
            sql += " WHERE incident_id = ?"
            params = (incident_id,)
        rows = self._con.execute(sql + " ORDER BY edit_id", params).fetchall()
        return [
            Edit(
                edit_id=r[0],
                incident_id=r[1],
                field=r[2],
                old_value=orjson.loads(r[3]) if r[3] is not None else None,
                new_value=orjson.loads(r[4]) if r[4] is not None else None,
                author=r[5],
                reason=r[6],
                at=r[7],
            )
            for r in rows
        ]

    def get_report(self, report_id: str) -> Report | None:
        """The stored report, text whole."""
        row = self._con.execute("SELECT record FROM reports WHERE report_id = ?", (report_id,)).fetchone()
        return report_from_dict(orjson.loads(row[0])) if row else None

    def get_incident(self, incident_id: str) -> Incident | None:
        """One incident by its stable id."""
        row = self._con.execute(
            "SELECT record FROM incidents WHERE incident_id = ?", (incident_id,)
        ).fetchone()
        return incident_from_dict(orjson.loads(row[0])) if row else None

    def _widened(self, q: IncidentQuery) -> IncidentQuery:
        """``q`` with its province and source names widened to the stored spellings that fold alike
        (:func:`incidents.filters.widen`): "idlib" selects "Idlib", as ``--country irq`` selects IRQ."""
        columns = {"admin1": "admin1", "sources": "source"}
        wanted = [name for name in FOLDED_FIELDS if getattr(q, name) is not None]
        if not wanted:
            return q
        stored = {
            name: [row[0] for row in self._con.execute(f"SELECT DISTINCT {columns[name]} FROM incidents")]
            for name in wanted
            if name != "admin1"
        }
        provinces = None
        if q.admin1 is not None:  # (the incidents_place index answers this without reading the table)
            provinces = self._con.execute("SELECT DISTINCT iso3, admin1 FROM incidents").fetchall()
        return widen(q, stored, provinces=provinces)

    def _select(self, what: str, q: IncidentQuery | None, *, order: bool = True) -> tuple[str, list[Any]]:
        q = self._widened(q or IncidentQuery(historical=None))
        where, params = to_sql(q)
        sql = f"SELECT {what} FROM incidents WHERE {where}"
        if order:
            sql += " ORDER BY event_date IS NULL, event_date, incident_id"
        if q.limit is not None or q.offset:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, -1 if q.limit is None else q.limit, q.offset]
        return sql, params

    def iter_incidents(self, q: IncidentQuery | None = None, *, batch: int = 5000) -> Iterator[Incident]:
        """Stream selected incidents (date order) without loading them all."""
        sql, params = self._select("record", q)
        cur = self._con.execute(sql, params)
        while rows := cur.fetchmany(batch):
            for (record,) in rows:
                yield incident_from_dict(orjson.loads(record))

    def query(self, q: IncidentQuery | None = None) -> list[Incident]:
        """Selected incidents as records (``None`` selects everything, historical included)."""
        return list(self.iter_incidents(q))

    def count(self, q: IncidentQuery | None = None) -> int:
        """Number of selected incidents."""
        q = self._widened(q or IncidentQuery(historical=None))
        where, params = to_sql(q)
        return int(self._con.execute(f"SELECT count(*) FROM incidents WHERE {where}", params).fetchone()[0])

    def load_columns(self, columns: Sequence[str], q: IncidentQuery | None = None) -> dict[str, np.ndarray]:
        """Selected incidents as numpy columns (for the dashboard's in-memory filters over millions of rows).

        Numbers become float arrays (NaN for null), booleans bool arrays, text object arrays.
        """
        unknown = [c for c in columns if c not in _SCALAR]
        if unknown:
            raise ValueError(f"unknown incident columns: {', '.join(unknown)}")
        sql, params = self._select(", ".join(columns), q)
        if (
            len(columns) > 1
            and not self._con.in_transaction
            and self._on_disk()
            and self._con.execute("SELECT count(*) FROM incidents").fetchone()[0] >= ARROW_MIN_ROWS
        ):
            got = _arrow_columns(self.path, sql, params, columns)
            if got is not None:
                return got
        return _to_columns(self._con.execute(sql, params).fetchall(), columns)

    def _on_disk(self) -> bool:
        """The store is a file another connection can open (not ``:memory:``), so its committed rows can be read
        by the Arrow reader of :meth:`load_columns`."""
        return str(self.path) != ":memory:" and self.path.is_file()

    def changes_since(self, revision: int, columns: Sequence[str]) -> ColumnChanges:
        """Incidents written and ids removed after ``revision``, read in one snapshot (see :class:`ColumnChanges`)."""
        unknown = [c for c in columns if c not in _SCALAR]
        if unknown:
            raise ValueError(f"unknown incident columns: {', '.join(unknown)}")
        con = self._con
        con.execute("BEGIN")  # one read snapshot (WAL): the rows and the revision they lead to agree
        try:
            now = self.revision()
            rows = con.execute(
                f"SELECT {', '.join(columns)} FROM incidents WHERE rev > ?", (revision,)
            ).fetchall()
            removed = [
                r[0] for r in con.execute("SELECT incident_id FROM removed WHERE rev > ?", (revision,))
            ]
        finally:
            con.execute("COMMIT")
        gone = np.empty(len(removed), dtype=object)
        gone[:] = removed
        return ColumnChanges(revision=now, columns=_to_columns(rows, columns), removed=gone)

    def store_id(self) -> str | None:
        """A random id given to this store when it was created: tells a cache file of this store from another's.

        None for a store that has none and is open read-only (an id is added on the first writable open).
        """
        row = self._con.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()
        if row is None and not self._readonly:
            with self._transaction() as con:
                con.execute(
                    "INSERT OR IGNORE INTO meta(key, value) VALUES ('store_id', lower(hex(randomblob(16))))"
                )
            row = self._con.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()
        return None if row is None else str(row[0])

    def revision(self) -> int:
        """A number that changes whenever stored data changes (caches compare it to know when to refresh)."""
        row = self._con.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        return int(row[0]) if row else 0

    def info(self) -> StoreInfo:
        """Counts, schema version, path and size."""
        con = self._con
        n_inc, n_hist, first, last = con.execute(
            "SELECT count(*), COALESCE(sum(historical), 0), min(event_date), max(event_date) FROM incidents"
        ).fetchone()
        size = sum(
            p.stat().st_size
            for p in (self.path, Path(str(self.path) + "-wal"))
            if p.exists()  # the WAL holds recent writes until checkpointed
        )
        return StoreInfo(
            path=str(self.path),
            schema_version=int(con.execute("PRAGMA user_version").fetchone()[0]),
            reports=int(con.execute("SELECT count(*) FROM reports").fetchone()[0]),
            incidents=int(n_inc),
            current=int(n_inc) - int(n_hist),
            historical=int(n_hist),
            edits=int(con.execute("SELECT count(*) FROM edits").fetchone()[0]),
            size_bytes=size,
            revision=self.revision(),
            first_date=first,
            last_date=last,
        )


def open_store(
    path: str | os.PathLike[str] | None = None, *, create: bool = True, readonly: bool = False
) -> SQLiteStore:
    """Open the store at ``path`` (default: :func:`default_db_path`)."""
    return SQLiteStore(path if path is not None else default_db_path(), create=create, readonly=readonly)
