"""Bulk saves: the index-deferred insert and the 16 KB pages of new stores change speed, never the stored data.

Why these tests: an import into a new or small store drops the incidents' secondary indexes and builds them again
after the insert, inside the save's transaction (``store._indexes_deferred``). Every index must be there afterwards,
with its own SQL, and a save that fails half-way must leave the store exactly as it was, indexes included.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from incidents import store as store_mod
from incidents.model import Incident, Report, make_incident_id
from incidents.store import SQLiteStore

REPORT = Report(report_id="r-bulk", text="Bulk test report.")


def _incidents(n: int, *, start: int = 0, note: str = "") -> list[Incident]:
    return [
        Incident(
            incident_id=make_incident_id("bulk", i),
            report_id=REPORT.report_id,
            event_type="Battles",
            sub_event_type="Armed clash",
            event_date=f"2020-01-{1 + i % 28:02d}",  # type: ignore[arg-type]  # coerced by the model
            latitude=33.0 + (i % 100) / 100,
            longitude=44.0 + (i % 50) / 50,
            iso3="IRQ",
            admin1=f"Province {i % 7}",
            fatalities=i % 5,
            notes=f"row {i}{note}",
            origin="test",
            origin_id=str(i),
        )
        for i in range(start, start + n)
    ]


def _indexes(path: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(path)
    try:
        return sorted(
            con.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            ).fetchall()
        )
    finally:
        con.close()


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows in rowid order, without the wall-clock columns and the random store id."""
    con = sqlite3.connect(path)
    try:
        out = {}
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
            keep = [c for c in cols if c not in ("updated_at", "ingested_at")]
            rows = con.execute(f"SELECT {', '.join(keep)} FROM {table} ORDER BY rowid").fetchall()
            out[table] = [r for r in rows if not (table == "meta" and r[0] == "store_id")]
        return out
    finally:
        con.close()


@pytest.fixture
def bulk_rows(monkeypatch: pytest.MonkeyPatch) -> int:
    """A small threshold so that tests exercise the deferred path with few rows."""
    monkeypatch.setattr(store_mod, "_BULK_ROWS", 50)
    return 50


def test_new_store_uses_16k_pages(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "s.sqlite") as st:
        assert st._con.execute("PRAGMA page_size").fetchone()[0] == 16384


def test_existing_store_keeps_its_page_size(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    con = sqlite3.connect(path)
    con.execute("PRAGMA page_size = 4096")
    con.execute("VACUUM")
    con.close()
    with SQLiteStore(path) as st:
        st.save(reports=[REPORT], incidents=_incidents(10))
    with SQLiteStore(path) as st:
        assert st._con.execute("PRAGMA page_size").fetchone()[0] == 4096
        assert st.count() == 10


def test_deferred_bulk_insert_keeps_every_index_and_the_same_data(tmp_path: Path, bulk_rows: int) -> None:
    incidents = _incidents(3 * bulk_rows)
    paths = {}
    for label, threshold in (("deferred", bulk_rows), ("row by row", 10**9)):
        store_mod._BULK_ROWS = threshold
        paths[label] = tmp_path / f"{label}.sqlite"
        with SQLiteStore(paths[label]) as st:
            result = st.save(reports=[REPORT], incidents=incidents)
            assert result.incidents_added == len(incidents)
            again = st.save(reports=[REPORT], incidents=incidents)
            assert again.incidents_unchanged == len(incidents) and not again.changed
    assert _indexes(paths["deferred"]) == _indexes(paths["row by row"])
    assert {name for name, _ in _indexes(paths["deferred"])} >= {
        "incidents_date",
        "incidents_type",
        "incidents_place",
        "incidents_report",
        "incidents_latlon",
        "incidents_origin",
        "incidents_rev",
    }
    assert _dump(paths["deferred"]) == _dump(paths["row by row"])
    con = sqlite3.connect(paths["deferred"])
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        plan = con.execute("EXPLAIN QUERY PLAN SELECT * FROM incidents WHERE rev > 0").fetchall()
        assert "incidents_rev" in str(plan)
    finally:
        con.close()


def test_failed_bulk_save_leaves_store_and_indexes_unchanged(tmp_path: Path, bulk_rows: int) -> None:
    path = tmp_path / "s.sqlite"
    with SQLiteStore(path) as st:
        st.save(reports=[REPORT], incidents=_incidents(5))
        before_rev = st.revision()
    before, before_indexes = _dump(path), _indexes(path)
    good = _incidents(3 * bulk_rows, start=5)
    # a value orjson writes but SQLite cannot bind: the insert fails after the indexes were dropped
    bad = good[-1].replace(location=["not", "a", "string"])  # type: ignore[arg-type]
    with SQLiteStore(path) as st:
        cache_size = st._con.execute("PRAGMA cache_size").fetchone()[0]
        with pytest.raises(sqlite3.Error):
            st.save(reports=[REPORT], incidents=[*good[:-1], bad])
        assert st.revision() == before_rev
        assert (
            st._con.execute("PRAGMA cache_size").fetchone()[0] == cache_size
        )  # the bulk cache size was undone
    assert _dump(path) == before
    assert _indexes(path) == before_indexes
    with SQLiteStore(path) as st:  # and the store still works: the same save without the bad row succeeds
        assert st.save(reports=[REPORT], incidents=good[:-1]).incidents_added == len(good) - 1


def test_big_table_takes_the_row_by_row_path(
    tmp_path: Path, bulk_rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.sqlite"
    with SQLiteStore(path) as st:
        st.save(reports=[REPORT], incidents=_incidents(4 * bulk_rows))
        dropped: list[str] = []
        real_execute = st._con.execute

        class Spy:
            """Records DROP INDEX statements; everything else goes to the real connection."""

            def __getattr__(self, name: str) -> object:
                return getattr(st._con_real, name)

            def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
                if sql.startswith("DROP INDEX"):
                    dropped.append(sql)
                return real_execute(sql, *args)

        st._con_real = st._con  # type: ignore[attr-defined]
        monkeypatch.setattr(st, "_con", Spy())
        # fewer new rows than the table holds: the indexes are updated row by row, never dropped
        result = st.save(reports=[REPORT], incidents=_incidents(2 * bulk_rows, start=4 * bulk_rows))
        assert result.incidents_added == 2 * bulk_rows
        assert dropped == []
        # updates of most rows of a small table do take the bulk path and keep the data right
        changed = _incidents(6 * bulk_rows, note=" (revised)")
        result = st.save(reports=[REPORT], incidents=changed)
        assert result.incidents_updated == 6 * bulk_rows
        assert dropped
        monkeypatch.undo()
        assert st.get_incident(changed[7].incident_id) == changed[7]
        assert st.count() == 6 * bulk_rows
