"""The Arrow (ADBC) reader of ``SQLiteStore.load_columns`` gives exactly what the sqlite3 reader gives.

The dashboard's first load at a million incidents reads through it; its one known trap is the driver's type
inference from the first batch of rows (a column NULL there and text later), which these stores set up on purpose.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

import incidents.store as store_mod
from dashboard.data import LOAD_COLUMNS
from incidents import Incident, IncidentQuery, Report, SQLiteStore, make_incident_id

N = 3000  # more than the driver's default batch of 1,024 rows


@pytest.fixture(autouse=True)
def _arrow_for_small_stores(monkeypatch: pytest.MonkeyPatch) -> None:
    """These stores are small: read them through the Arrow reader all the same (it is what is tested here)."""
    monkeypatch.setattr(store_mod, "ARROW_MIN_ROWS", 0)


def _incidents(report: Report) -> list[Incident]:
    out = []
    for k in range(N):
        late = k >= 2000  # actor1 and notes only on the last rows in date order; claimed_by never
        out.append(
            Incident(
                incident_id=make_incident_id(report.report_id, "Battles", k),
                report_id=report.report_id,
                event_type="Battles" if k % 3 else "Riots",
                sub_event_type="Armed clash" if k % 3 else "Mob violence",
                event_date=None if k % 97 == 0 else dt.date(2020, 1, 1) + dt.timedelta(days=k // 3),
                date_precision="unknown" if k % 97 == 0 else "day",
                fatalities=None if k % 5 == 0 else k % 7,
                actor1=f"Group {k % 4}" if late else None,
                location=None if k % 11 == 0 else f"Place {k % 13}",
                latitude=None if k % 11 == 0 else 33.0 + (k % 100) / 100,
                longitude=None if k % 11 == 0 else 44.0 + (k % 50) / 50,
                geo_precision=None if k % 11 == 0 else 1 + k % 3,
                location_precision="settlement",
                admin1="Baghdad" if k % 2 else "Anbar",
                country="Iraq",
                iso3="IRQ" if k % 4 else "SYR",
                source="Ex",
                notes="checked" if late and k % 2 else None,
                evidence=(report.span(0, 5),),
                historical=k % 10 == 0,
                confidence=0.5,
            )
        )
    return out


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> SQLiteStore:
    path = Path(tmp_path_factory.mktemp("arrow")) / "store.sqlite"
    st = SQLiteStore(path)
    rep = Report.create(text="Clashes in two towns.", published="2021-01-01", source="Ex")
    st.save(reports=[rep], incidents=_incidents(rep))
    return st


def _sqlite3_columns(st: SQLiteStore, columns, q=None) -> dict[str, np.ndarray]:
    sql, params = st._select(", ".join(columns), q)
    return store_mod._to_columns(st._con.execute(sql, params).fetchall(), columns)


def _same(a: dict[str, np.ndarray], b: dict[str, np.ndarray]) -> None:
    assert a.keys() == b.keys()
    for k in a:
        assert a[k].dtype == b[k].dtype, k
        if a[k].dtype == object:
            assert a[k].tolist() == b[k].tolist(), k
        else:
            assert np.array_equal(a[k], b[k], equal_nan=a[k].dtype.kind == "f"), k


@pytest.mark.parametrize(
    "q",
    [
        None,
        IncidentQuery(historical=None),
        IncidentQuery(iso3=("SYR",), min_fatalities=2),
        IncidentQuery(date_from=dt.date(2020, 6, 1), event_types=("Battles",)),
    ],
)
def test_arrow_reader_equals_sqlite3(filled: SQLiteStore, q, monkeypatch: pytest.MonkeyPatch) -> None:
    used = []
    real = store_mod._arrow_columns

    def spy(*args):
        used.append(1)
        return real(*args)

    monkeypatch.setattr(store_mod, "_arrow_columns", spy)
    arrow = filled.load_columns(LOAD_COLUMNS, q)
    assert used, "the Arrow reader was not tried"
    assert real(filled.path, *filled._select(", ".join(LOAD_COLUMNS), q), LOAD_COLUMNS) is not None
    _same(arrow, _sqlite3_columns(filled, LOAD_COLUMNS, q))
    assert len(arrow["incident_id"]) > 0


def test_column_null_in_the_first_rows_then_text(filled: SQLiteStore) -> None:
    cols = filled.load_columns(["incident_id", "actor1", "notes", "claimed_by"])
    assert cols["actor1"][0] is None and "Group 1" in set(cols["actor1"].tolist())
    assert set(cols["claimed_by"].tolist()) == {None}
    assert "checked" in set(cols["notes"].tolist())


@pytest.mark.parametrize(
    "child",
    [
        "raise OSError('cannot open')",  # the driver fails before writing anything
        "import sys; sys.stdout.buffer.write(b'not arrow'); sys.exit(0)",  # garbage on the pipe
        "import sys; sys.exit(3)",
    ],
)
def test_driver_failure_falls_back_to_sqlite3(
    filled: SQLiteStore, child: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the Arrow read runs in a child interpreter (it must not close descriptors of the store in this process)
    monkeypatch.setattr(store_mod, "_ARROW_CHILD", child)
    assert (
        store_mod._arrow_columns(filled.path, *filled._select("incident_id, event_type", None), ["a"]) is None
    )
    _same(filled.load_columns(LOAD_COLUMNS), _sqlite3_columns(filled, LOAD_COLUMNS))


def test_open_transaction_reads_its_own_rows(tmp_path: Path) -> None:
    """Inside an open transaction only the store's own connection sees its rows: no Arrow reader then."""
    st = SQLiteStore(tmp_path / "s.sqlite")
    rep = Report.create(text="Clashes in two towns.", published="2021-01-01", source="Ex")
    st.save(reports=[rep], incidents=_incidents(rep)[:10])
    st._con.execute("BEGIN")
    try:
        st._con.execute("DELETE FROM incidents WHERE rowid IN (SELECT rowid FROM incidents LIMIT 3)")
        assert (
            len(st.load_columns(["incident_id", "event_type"], IncidentQuery(historical=None))["incident_id"])
            == 7
        )
    finally:
        st._con.execute("ROLLBACK")


def test_a_small_store_is_read_with_sqlite3_alone(
    filled: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Below ``ARROW_MIN_ROWS`` no child interpreter is started (its start costs more than the whole read)."""
    monkeypatch.setattr(store_mod, "ARROW_MIN_ROWS", filled.count() + 1)
    used = []
    monkeypatch.setattr(store_mod, "_arrow_columns", lambda *a: used.append(1))
    cols = filled.load_columns(LOAD_COLUMNS)
    assert used == []
    _same(cols, _sqlite3_columns(filled, LOAD_COLUMNS))
