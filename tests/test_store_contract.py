"""Contract tests every store backend must pass (parametrised over the backends we have)."""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import sqlite3
from pathlib import Path

import pytest

from incidents import (
    Edit,
    Incident,
    IncidentQuery,
    IncidentStore,
    Report,
    SQLiteStore,
    StoreError,
    make_incident_id,
)
from incidents.store import SCHEMA_VERSION

TEXT = "Gunmen attacked a checkpoint near Mosul on Monday, killing two soldiers. Rockets hit Erbil on Sunday."


def make_report(i: int = 0) -> Report:
    return Report.create(
        text=f"{TEXT} ({i})", url=f"https://example.org/{i}", published="2022-01-04", source="Ex"
    )


def make_incidents(report: Report, n: int = 2) -> list[Incident]:
    out = []
    for k in range(n):
        out.append(
            Incident(
                incident_id=make_incident_id(report.report_id, "Battles", k),
                report_id=report.report_id,
                event_type="Battles" if k % 2 == 0 else "Explosions/Remote violence",
                sub_event_type="Armed clash" if k % 2 == 0 else "Shelling/artillery/missile attack",
                event_date=dt.date(2022, 1, 1) + dt.timedelta(days=k),
                date_precision="day",
                weapon="small_arms" if k % 2 == 0 else "rocket",
                fatalities=k,
                actor1="Unidentified gunmen" if k % 2 == 0 else None,
                location="Mosul" if k % 2 == 0 else "Erbil",
                latitude=36.34 + k * 0.01,
                longitude=43.13 + k * 0.5,
                geo_precision=2 if k % 2 == 0 else 1,
                location_precision="near" if k % 2 == 0 else "settlement",
                admin1="Ninawa" if k % 2 == 0 else "Erbil",
                country="Iraq",
                iso3="IRQ",
                source="Ex",
                evidence=(report.span(0, 20),),
                historical=k == 3,
                confidence=0.5 + 0.1 * (k % 5),
            )
        )
    return out


BACKENDS = {"sqlite": lambda path: SQLiteStore(path)}


@pytest.fixture(params=sorted(BACKENDS))
def store(request, tmp_path) -> IncidentStore:
    s = BACKENDS[request.param](tmp_path / "store.sqlite")
    yield s
    s.close()


def test_implements_protocol(store):
    assert isinstance(store, IncidentStore)


def test_new_store_is_empty(store):
    info = store.info()
    assert (info.reports, info.incidents, info.edits, info.schema_version) == (0, 0, 0, SCHEMA_VERSION)


def test_save_and_read_back(store):
    rep = make_report()
    incs = make_incidents(rep, 4)
    res = store.save(reports=[rep], incidents=incs)
    assert (res.reports_added, res.incidents_added) == (1, 4)
    assert store.get_report(rep.report_id) == rep
    assert store.get_report(rep.report_id).text == rep.text
    assert store.get_incident(incs[1].incident_id) == incs[1]
    assert store.query() == sorted(incs, key=lambda i: (i.event_date, i.incident_id))
    assert store.get_incident("missing") is None


def test_saving_the_same_input_twice_changes_nothing(store):
    rep = make_report()
    incs = make_incidents(rep, 3)
    store.save(reports=[rep], incidents=incs)
    rev = store.revision()
    res = store.save(reports=[rep], incidents=incs)
    assert not res.changed
    assert (res.reports_unchanged, res.incidents_unchanged) == (1, 3)
    assert store.revision() == rev
    assert store.info().incidents == 3


def test_upsert_updates_in_place(store):
    rep = make_report()
    incs = make_incidents(rep, 2)
    store.save(reports=[rep], incidents=incs)
    changed = incs[0].replace(fatalities=7)
    res = store.save(incidents=[changed])
    assert res.incidents_updated == 1
    assert store.get_incident(changed.incident_id).fatalities == 7
    assert store.count() == 2


def test_replace_drops_stale_incidents_of_the_report(store):
    rep = make_report()
    incs = make_incidents(rep, 3)
    store.save(reports=[rep], incidents=incs)
    res = store.save(reports=[rep], incidents=incs[:1], replace=True)
    assert res.incidents_removed == 2
    assert [i.incident_id for i in store.query()] == [incs[0].incident_id]


def test_failed_write_leaves_nothing_behind(store):
    rep = make_report()
    good = make_incidents(rep, 2)

    class Boom(Exception):
        pass

    def exploding():
        yield from good
        raise Boom

    with pytest.raises(Boom):
        store.save(reports=[rep], incidents=exploding())
    assert store.info().reports == 0
    assert store.count() == 0
    assert store.revision() == 0


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (IncidentQuery(historical=None), [0, 1, 2, 3, 4, 5]),
        (IncidentQuery(), [0, 1, 2, 4, 5]),
        (IncidentQuery(historical=True), [3]),
        (IncidentQuery(date_from=dt.date(2022, 1, 2), date_to=dt.date(2022, 1, 3), historical=None), [1, 2]),
        (IncidentQuery(event_types=("Battles",)), [0, 2, 4]),
        (IncidentQuery(sub_event_types=("Shelling/artillery/missile attack",)), [1, 5]),
        (IncidentQuery(weapons=("rocket",), historical=None), [1, 3, 5]),
        (IncidentQuery(iso3=("IRQ",)), [0, 1, 2, 4, 5]),
        (IncidentQuery(iso3=("SYR",)), []),
        (IncidentQuery(admin1=("Erbil",)), [1, 5]),
        (IncidentQuery(min_fatalities=2, max_fatalities=4), [2, 4]),
        (IncidentQuery(geo_precision=(2,)), [0, 2, 4]),
        (IncidentQuery(min_confidence=0.75), [4]),
        (IncidentQuery(bbox=(43.0, 36.0, 44.0, 37.0)), [0, 1]),
        (IncidentQuery(text="erbil"), [1, 5]),
        (IncidentQuery(actor="gunmen"), [0, 2, 4]),
        (IncidentQuery(limit=2, offset=1), [1, 2]),
    ],
)
def test_query_filters(store, query, expected):
    rep = make_report()
    incs = make_incidents(rep, 6)
    store.save(reports=[rep], incidents=incs)
    got = store.query(query)
    assert [incs.index(i) for i in got] == expected
    assert store.count(query) == (len(expected) if query.limit is None else store.count(query))


def test_filters_sql_and_memory_agree(store):
    from incidents.filters import apply

    rep = make_report()
    incs = make_incidents(rep, 8)
    store.save(reports=[rep], incidents=incs)
    for q in (
        IncidentQuery(),
        IncidentQuery(text="mosul", min_fatalities=1),
        IncidentQuery(bbox=(40, 30, 50, 40)),
    ):
        ordered = sorted(incs, key=lambda i: (i.event_date, i.incident_id))
        assert store.query(q) == list(apply(q, ordered))


def test_load_columns(store):
    rep = make_report()
    incs = make_incidents(rep, 4)
    store.save(reports=[rep], incidents=incs)
    cols = store.load_columns(["incident_id", "latitude", "fatalities", "historical", "event_type"])
    assert len(cols["incident_id"]) == 4
    assert cols["latitude"].dtype.kind == "f"
    assert cols["historical"].dtype == bool
    assert cols["historical"].sum() == 1
    with pytest.raises(ValueError, match="unknown"):
        store.load_columns(["nope"])


def test_changes_since_gives_what_a_columnar_copy_needs(store):
    """Written rows and removed ids after a revision; nothing when nothing changed; unknown columns refused."""
    rep = make_report()
    incs = make_incidents(rep, 3)
    store.save(reports=[rep], incidents=incs)
    r1 = store.revision()
    none = store.changes_since(r1, ["incident_id"])
    assert none.revision == r1 and len(none.columns["incident_id"]) == 0 and len(none.removed) == 0
    changed = incs[0].replace(fatalities=9)
    store.save(
        reports=[rep], incidents=[changed, incs[1]], replace=True
    )  # incs[2] dropped, incs[1] unchanged
    ch = store.changes_since(r1, ["incident_id", "fatalities", "historical"])
    assert ch.revision == store.revision() > r1
    assert list(ch.columns["incident_id"]) == [changed.incident_id]
    assert ch.columns["fatalities"].tolist() == [9.0] and ch.columns["historical"].dtype == bool
    assert list(ch.removed) == [incs[2].incident_id]
    everything = store.changes_since(0, ["incident_id"])
    assert sorted(everything.columns["incident_id"]) == sorted(i.incident_id for i in incs[:2])
    store.save(reports=[rep], incidents=incs)  # saved again after its removal: in both lists
    again = store.changes_since(ch.revision, ["incident_id"])
    assert sorted(again.columns["incident_id"]) == sorted([incs[0].incident_id, incs[2].incident_id])
    assert list(again.removed) == []  # its removal is older than the revision asked about
    with pytest.raises(ValueError, match="unknown"):
        store.changes_since(0, ["nope"])


def test_v1_store_is_migrated_to_the_current_schema(tmp_path):
    """A store written by schema v1 (no per-row revision) opens, migrates, and reports all rows as changed since 0."""
    import sqlite3

    path = tmp_path / "v1.sqlite"
    s = SQLiteStore(path)
    rep = make_report()
    s.save(reports=[rep], incidents=make_incidents(rep, 2))
    s.close()
    con = sqlite3.connect(path)  # take it back to v1 as an older program left it
    con.executescript(
        "DROP INDEX incidents_rev; ALTER TABLE incidents DROP COLUMN rev; DROP TABLE removed;"
        " PRAGMA user_version = 1;"
    )
    con.close()
    with pytest.raises(StoreError, match="needs migrating"):
        SQLiteStore(path, readonly=True)
    s = SQLiteStore(path)
    assert s.info().schema_version == SCHEMA_VERSION and s.count() == 2
    # rows written before the migration count as written at the revision the store had then
    assert len(s.changes_since(s.revision() - 1, ["incident_id"]).columns["incident_id"]) == 2
    assert len(s.changes_since(s.revision(), ["incident_id"]).columns["incident_id"]) == 0
    s.close()


def test_edits_are_recorded(store):
    rep = make_report()
    incs = make_incidents(rep, 1)
    store.save(reports=[rep], incidents=incs)
    eid = store.add_edit(Edit(incs[0].incident_id, "fatalities", 0, 3, author="analyst", reason="update"))
    edits = store.edits(incs[0].incident_id)
    assert [(e.edit_id, e.field, e.old_value, e.new_value) for e in edits] == [(eid, "fatalities", 0, 3)]
    assert store.info().edits == 1


# ---------------------------------------------------------------- SQLite specifics


def test_reopen_existing_store(tmp_path):
    path = tmp_path / "a.sqlite"
    with SQLiteStore(path) as s:
        rep = make_report()
        s.save(reports=[rep], incidents=make_incidents(rep, 2))
    with SQLiteStore(path, create=False) as s:
        assert s.info().incidents == 2
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.parametrize("content", [b"not a database at all", b""])
def test_refuses_files_that_are_not_stores(tmp_path, content):
    path = tmp_path / "x.sqlite"
    path.write_bytes(content)
    if content:
        with pytest.raises(StoreError, match=str(path)):
            SQLiteStore(path)


def test_refuses_foreign_sqlite_database(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not an incident store"):
        SQLiteStore(path)


def test_refuses_newer_schema(tmp_path):
    path = tmp_path / "new.sqlite"
    SQLiteStore(path).close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer"):
        SQLiteStore(path)


def test_missing_store_with_create_false(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        SQLiteStore(tmp_path / "none.sqlite", create=False)


def test_readonly_store_cannot_write(tmp_path):
    path = tmp_path / "ro.sqlite"
    SQLiteStore(path).close()
    with SQLiteStore(path, readonly=True) as s, pytest.raises(sqlite3.OperationalError):
        rep = make_report()
        s.save(reports=[rep])


def _writer(path: str, start: int, count: int) -> None:
    with SQLiteStore(path) as s:
        for i in range(start, start + count):
            rep = make_report(i)
            s.save(reports=[rep], incidents=make_incidents(rep, 5))


def _reader(path: str, rounds: int, out) -> None:
    seen = []
    with SQLiteStore(path, readonly=True) as s:
        for _ in range(rounds):
            n = s.count(IncidentQuery(historical=None))
            seen.append(n)
            assert n % 5 == 0  # a reader never sees a half-written report
    out.put(seen)


def test_concurrent_reader_while_two_processes_write(tmp_path):
    """A store written by one process is read by another while a third writes."""
    path = str(tmp_path / "conc.sqlite")
    SQLiteStore(path).close()
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    procs = [
        ctx.Process(target=_writer, args=(path, 0, 40)),
        ctx.Process(target=_writer, args=(path, 1000, 40)),
        ctx.Process(target=_reader, args=(path, 200, q)),
    ]
    for p in procs:
        p.start()
    seen = q.get(timeout=120)
    for p in procs:
        p.join(timeout=120)
        assert p.exitcode == 0
    assert seen == sorted(seen)  # counts only grow
    with SQLiteStore(path) as s:
        assert s.info().reports == 80
        assert s.count(IncidentQuery(historical=None)) == 400
    assert Path(path).exists()


def test_store_id_is_stable_and_unique(tmp_path):
    a = SQLiteStore(tmp_path / "a.sqlite")
    b = SQLiteStore(tmp_path / "b.sqlite")
    ida = a.store_id()
    assert len(ida) == 32 and ida != b.store_id()
    a.close()
    b.close()
    assert SQLiteStore(tmp_path / "a.sqlite").store_id() == ida


def test_store_without_an_id_gets_one_on_a_writable_open(tmp_path):
    import sqlite3

    path = tmp_path / "old.sqlite"
    SQLiteStore(path).close()
    con = sqlite3.connect(path)
    con.execute("DELETE FROM meta WHERE key = 'store_id'")  # as a store migrated by an early v2 build
    con.commit()
    con.close()
    assert SQLiteStore(path, readonly=True).store_id() is None
    sid = SQLiteStore(path).store_id()
    assert sid and SQLiteStore(path, readonly=True).store_id() == sid
