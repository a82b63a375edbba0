"""QA round 30 (the product as analysts use it): the dashboard's store keeps its SQLite locks.

The dashboard reads its columns through ADBC's SQLite driver, which links its own copy of SQLite. Read in the
dashboard's process, closing that connection closed a descriptor of the store, and POSIX drops every lock a process
holds on a file when any of its descriptors closes: another process closing its connection next (``incidents db
info`` beside a running dashboard) took itself for the last one, checkpointed and deleted the WAL, and reports saved
in the dashboard afterwards were lost to every other reader. Fixtures are invented incidents.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

import incidents.store as store_mod
from dashboard.data import LOAD_COLUMNS
from dashboard.synthetic import synthetic_incidents
from incidents import IncidentQuery, Report, SQLiteStore


@pytest.fixture(autouse=True)
def _arrow_for_small_stores(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stores here are small: read them through the Arrow reader all the same (the path that dropped locks)."""
    monkeypatch.setattr(store_mod, "ARROW_MIN_ROWS", 0)


#: another process opens the store, reads, and closes (as ``incidents db info`` does)
_OTHER_READER = (
    "import sqlite3, sys; con = sqlite3.connect(sys.argv[1]); con.execute('PRAGMA busy_timeout = 30000');"
    " print(con.execute('SELECT count(*) FROM incidents').fetchone()[0]); con.close()"
)


def _count_in_other_process(path: Path) -> int:
    out = subprocess.run(
        [sys.executable, "-c", _OTHER_READER, str(path)], capture_output=True, text=True, check=True
    )
    return int(out.stdout)


def _read_first(store: SQLiteStore, how: str) -> None:
    if how == "load_columns":
        store.load_columns(LOAD_COLUMNS)
    elif how == "load_columns_query":
        store.load_columns(LOAD_COLUMNS, IncidentQuery(date_from=dt.date(2021, 1, 1), historical=None))
    elif how == "dashboard_cache":
        from dashboard.data import ColumnCache

        ColumnCache(store).get()
    # "none": the guard row, the store only counts with its own connection
    store.count()


@pytest.mark.parametrize("how", ["load_columns", "load_columns_query", "dashboard_cache", "none"])
def test_writes_after_a_column_load_reach_other_processes(tmp_path: Path, how: str) -> None:
    path = tmp_path / "atlas.sqlite"
    store = SQLiteStore(path)
    try:
        store.save(incidents=synthetic_incidents(300, seed=3))
        _read_first(store, how)
        assert _count_in_other_process(path) == 300
        # the other process has closed: the WAL must still be the store's, with the dashboard's next save in it
        assert Path(str(path) + "-wal").exists()
        rep = Report.create(text="Clashes were reported.", published="2024-05-14", source="Desk")
        store.save(reports=[rep], incidents=synthetic_incidents(5, seed=99))
        assert _count_in_other_process(path) == 305
    finally:
        store.close()
    assert _count_in_other_process(path) == 305
