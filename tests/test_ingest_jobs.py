"""``ingest(jobs=N)`` / ``incidents ingest --jobs N``: extraction in worker processes, same store and summary.

The store and the summary of a batch must not depend on the number of processes: each test ingests the same
inputs with jobs=1 and with workers and compares everything but the wall-clock columns (``ingested_at``,
``updated_at``). No timing assertions here: speed is measured by scripts/bench_ingest.py.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import shutil
import signal
import sqlite3
from pathlib import Path

import pytest

import incidents.store
from incidents import _workers
from incidents.cli import main
from incidents.commands import ingest as ingest_cmd
from incidents.ingest import AUTO_MIN_REPORTS, ingest, resolve_jobs
from incidents.store import SQLiteStore
from tests.test_ingest import FIX, NOW, broken_extract, fake_extract, unstorable_extract

_CLOCK_COLUMNS = {"ingested_at", "updated_at"}  # the store's own wall clock, not the batch's content


_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?\+00:00")


def store_content(path: Path, *, retrieval_clock: bool = False) -> dict[str, list[tuple]]:
    """Every table's rows (sorted), without the wall-clock columns and the store's random id.

    ``retrieval_clock``: the runs read the clock for the retrieval time (the CLI), so timestamps are masked.
    """
    con = sqlite3.connect(path)
    try:
        tables = [
            r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        out = {}
        for table in tables:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] not in _CLOCK_COLUMNS]
            rows = con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
            if table == "meta":  # a store's random id is not content
                rows = [r for r in rows if r[0] != "store_id"]
            if retrieval_clock:
                rows = [
                    tuple(_TIMESTAMP.sub("<now>", v) if isinstance(v, str) else v for v in r) for r in rows
                ]
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


def no_incident_text() -> str:
    return (
        "The city council met on Tuesday to discuss the budget for the new school year. Members agreed to "
        "repair the library roof and to plant trees along the river path before the summer holidays."
    )


@pytest.fixture
def batch(tmp_path) -> Path:
    """A directory of our fixtures: good files of every format, bad files, a report with no incident."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for name in (
        "report.txt",
        "front_matter.md",
        "page.html",
        "reports.json",
        "reports.jsonl",
        "feed_rss.xml",
        "feed_atom.xml",
        "latin1.txt",
        "binary.txt",
        "empty.txt",
        "french.txt",
        "malformed.json",
    ):
        shutil.copy(FIX / name, folder / name)
    (folder / "quiet.txt").write_text(no_incident_text(), encoding="utf-8")
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")  # skipped with a warning
    return folder


def run(tmp_path: Path, name: str, paths, **kw):
    db = tmp_path / f"{name}.sqlite"
    with SQLiteStore(db) as store:
        summary = ingest(paths, store=store, now=NOW, **kw)
    return summary, store_content(db)


@pytest.mark.parametrize("chunk", [1, 3, 8])
def test_workers_give_the_same_store_and_summary_fake(tmp_path, batch, monkeypatch, chunk):
    monkeypatch.setattr(_workers, "CHUNK_REPORTS", chunk)  # many chunk boundaries, inside and across files
    one, store_one = run(tmp_path, "one", [batch], gazetteer=None, extract=broken_extract, jobs=1)
    for jobs in (2, 3):
        many, store_many = run(
            tmp_path, f"jobs{jobs}", [batch], gazetteer=None, extract=broken_extract, jobs=jobs
        )
        assert many == one  # counts, rejects, warnings and their order, revisions
        assert store_many == store_one
    assert any("extraction failed: RuntimeError: boom" in r.reason for r in one.rejects)
    assert any("binary file" in r.reason for r in one.rejects)
    assert one.reports_read > 5 and one.reports_new > 0


def test_workers_give_the_same_store_and_summary_real_extraction(tmp_path, batch, gazetteer, monkeypatch):
    monkeypatch.setattr(_workers, "CHUNK_REPORTS", 2)
    for golden in sorted((Path(__file__).parent / "golden").glob("*.txt"))[:4]:
        shutil.copy(golden, batch / f"golden-{golden.name}")
    one, store_one = run(tmp_path, "one", [batch], gazetteer=gazetteer, jobs=1)
    two, store_two = run(tmp_path, "two", [batch], gazetteer=gazetteer, jobs=2)
    assert two == one
    assert store_two == store_one
    assert one.incidents_added > 0 and one.rejects
    with SQLiteStore(tmp_path / "two.sqlite") as store:
        with_incidents = {i.report_id for i in store.query()}
        quiet = [r[0] for r in store_two["reports"] if "city council" in r[-2]]
        assert len(quiet) == 1 and quiet[0] not in with_incidents  # stored, with no incident
    # the same batch again with workers changes nothing
    with SQLiteStore(tmp_path / "two.sqlite") as store:
        again = ingest([batch], store=store, gazetteer=gazetteer, now=NOW, jobs=2)
    assert again.reports_new == again.reports_updated == again.incidents_added == 0
    assert again.revision_before == again.revision_after


def test_failed_save_with_workers_is_a_reject(tmp_path):
    paths = [FIX / "reports.json", FIX / "feed_atom.xml", FIX / "report.txt"]
    one, store_one = run(tmp_path, "one", paths, gazetteer=None, extract=unstorable_extract, jobs=1)
    two, store_two = run(tmp_path, "two", paths, gazetteer=None, extract=unstorable_extract, jobs=2)
    assert two == one and store_two == store_one
    assert any("not stored" in r.reason for r in two.rejects)


def _unpicklable_extract(report, *, gazetteer):
    ex = fake_extract(report, gazetteer=gazetteer)
    if "Gunmen" not in report.text:
        return ex
    return type(ex)(report, ex.incidents, (lambda: "no pickle",))  # cannot travel between processes


def test_result_that_cannot_leave_the_worker_rejects_that_report_only(tmp_path):
    paths = [FIX / "reports.json", FIX / "feed_atom.xml"]
    summary, _ = run(tmp_path, "two", paths, gazetteer=None, extract=_unpicklable_extract, jobs=2)
    assert summary.reports_read == 2 and summary.reports_new == 1
    assert any("cannot be sent back from the worker" in r.reason for r in summary.rejects)


@pytest.mark.parametrize("jobs", [0, -1, 1.5, "2", "many", True, None])
def test_bad_jobs_value(tmp_path, jobs):
    with pytest.raises(ValueError, match="jobs must be"):
        resolve_jobs(jobs)
    with SQLiteStore(tmp_path / "s.sqlite") as store, pytest.raises(ValueError, match="jobs must be"):
        ingest([FIX / "report.txt"], store=store, gazetteer=None, now=NOW, extract=fake_extract, jobs=jobs)
        assert store.info().reports == 0


def test_auto_jobs():
    assert resolve_jobs(1) == 1 and resolve_jobs(3) == 3
    assert 1 <= resolve_jobs("auto") <= _workers.AUTO_MAX_JOBS


def _lines(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(
                json.dumps(
                    {
                        "text": f"Gunmen attacked checkpoint number {i} near the town.",
                        "url": f"https://x.example/{i}",
                    }
                )
                + "\n"
            )
    return path


def test_auto_small_batch_stays_in_process(tmp_path, monkeypatch):
    monkeypatch.setattr(_workers, "auto_jobs", lambda: 2)

    def no_workers(*a, **k):
        raise AssertionError("a small batch must not start workers")

    monkeypatch.setattr(_workers, "extract_ordered", no_workers)
    path = _lines(tmp_path / "few.jsonl", AUTO_MIN_REPORTS)
    summary, _ = run(tmp_path, "auto", [path], gazetteer=None, extract=fake_extract, jobs="auto")
    assert summary.reports_new == AUTO_MIN_REPORTS


def test_auto_large_batch_uses_workers_same_result(tmp_path, monkeypatch):
    monkeypatch.setattr(_workers, "auto_jobs", lambda: 2)
    started = []
    real = _workers.extract_ordered

    def spy(*a, **k):
        started.append(k["jobs"])
        return real(*a, **k)

    monkeypatch.setattr(_workers, "extract_ordered", spy)
    path = _lines(tmp_path / "many.jsonl", AUTO_MIN_REPORTS + 5)
    auto, store_auto = run(
        tmp_path, "auto", [path, FIX / "binary.txt"], gazetteer=None, extract=fake_extract, jobs="auto"
    )
    one, store_one = run(
        tmp_path, "one", [path, FIX / "binary.txt"], gazetteer=None, extract=fake_extract, jobs=1
    )
    assert started == [2]
    assert auto == one and store_auto == store_one


def test_spawn_fallback_loads_the_gazetteer_once_per_worker(tmp_path, gazetteer, monkeypatch):
    """Where fork is not used, workers get the gazetteer's index file, not a pickled copy of the object."""
    assert _workers._gazetteer_args(gazetteer, "spawn") == (None, str(gazetteer.path))
    assert _workers._gazetteer_args(gazetteer, "fork") == (gazetteer, None)
    monkeypatch.setattr(_workers, "_context", lambda: multiprocessing.get_context("spawn"))
    paths = [FIX / "report.txt", FIX / "front_matter.md", FIX / "reports.jsonl"]
    one, store_one = run(tmp_path, "one", paths, gazetteer=gazetteer, jobs=1)
    two, store_two = run(tmp_path, "two", paths, gazetteer=gazetteer, jobs=2)
    assert two == one and store_two == store_one
    assert one.incidents_added > 0


def _dying_extract(report, *, gazetteer):
    if "Gunmen" in report.text:
        os._exit(3)  # a worker killed mid-batch (out of memory, kill -9)
    return fake_extract(report, gazetteer=gazetteer)


def test_dead_worker_stops_the_batch_with_an_error(tmp_path):
    db = tmp_path / "s.sqlite"
    before = {p.pid for p in multiprocessing.active_children()}  # (only this batch's workers count)
    with SQLiteStore(db) as store, pytest.raises(_workers.WorkerError, match="worker process died"):
        ingest(
            [FIX / "report.txt", FIX / "reports.json", FIX / "feed_atom.xml"],
            store=store,
            gazetteer=None,
            now=NOW,
            extract=_dying_extract,
            jobs=2,
        )
    assert not [p for p in multiprocessing.active_children() if p.pid not in before]
    with SQLiteStore(db) as store:
        for report_id in {i.report_id for i in store.query()}:
            assert store.get_report(report_id) is not None
        assert store.info().incidents == 2 * store.info().reports  # every stored report has its incidents


def test_ctrl_c_mid_batch_leaves_whole_reports_and_no_workers(tmp_path, monkeypatch):
    """SIGINT while a report's transaction is open: that report is rolled back, workers are stopped."""
    monkeypatch.setattr(_workers, "CHUNK_REPORTS", 1)
    real_rows = incidents.store._incident_rows
    calls = []

    def rows_then_interrupt(*a, **k):
        calls.append(1)
        if len(calls) == 3:  # the report row of the third report is written, its incidents not yet
            signal.raise_signal(signal.SIGINT)
        return real_rows(*a, **k)

    monkeypatch.setattr(incidents.store, "_incident_rows", rows_then_interrupt)
    db = tmp_path / "s.sqlite"
    paths = [FIX / "report.txt", FIX / "front_matter.md", FIX / "reports.jsonl", FIX / "feed_rss.xml"]
    # (children of earlier tests in this process may still be being reaped: only this batch's workers count)
    before = {p.pid for p in multiprocessing.active_children()}
    with SQLiteStore(db) as store, pytest.raises(KeyboardInterrupt):
        ingest(paths, store=store, gazetteer=None, now=NOW, extract=fake_extract, jobs=2)
    assert not [p for p in multiprocessing.active_children() if p.pid not in before]
    with SQLiteStore(db) as store:
        assert store.info().reports == 2
        assert store.info().incidents == 4  # two whole reports, nothing of the third


# ------------------------------------------------------------------------------------------------ CLI


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(ingest_cmd, "_extractor", lambda: fake_extract)
    monkeypatch.setattr(ingest_cmd, "_load_gazetteer", lambda *, progress: None)


@pytest.mark.parametrize("value", ["0", "-2", "two", "1.5", ""])
def test_cli_bad_jobs_is_a_usage_error(fake, tmp_path, value, capsys):
    db = tmp_path / "s.sqlite"
    with pytest.raises(SystemExit) as exc:
        main(["ingest", "--db", str(db), "--jobs", value, str(FIX / "report.txt")])
    assert exc.value.code == 2
    assert "is not a number of processes (use 1, 2, ... or auto)" in capsys.readouterr().err
    assert not db.exists()


def test_cli_jobs_same_output(fake, tmp_path, batch, capsys):
    outputs = []
    for jobs in ("1", "2", "auto"):
        db = tmp_path / f"{jobs}.sqlite"
        assert main(["ingest", "--db", str(db), "--jobs", jobs, "--json", str(batch)]) == 1  # bad files
        captured = capsys.readouterr()
        summary = json.loads(captured.out)
        summary.pop("store")
        outputs.append((summary, captured.err, store_content(db, retrieval_clock=True)))
    assert outputs[0] == outputs[1] == outputs[2]


def test_cli_help_documents_jobs(capsys):
    with pytest.raises(SystemExit):
        main(["ingest", "--help"])
    out = capsys.readouterr().out
    assert "--jobs N" in out and "auto" in out


def test_warm_up_runs_only_the_project_extractor(gazetteer):
    """The parent extracts a throwaway report before the fork (shared lazy tables), never a caller's function."""
    calls = []
    _workers._warm_up(lambda report, *, gazetteer: calls.append(report), None)
    assert calls == []
    from incidents.extract import extract

    _workers._warm_up(extract, gazetteer)  # no error, nothing returned or stored


def test_replacing_a_reports_incidents_looks_them_up_by_report(tmp_path):
    """Batch ingest must not slow down as the store grows: each save finds the report's earlier incidents through
    the report index, not through the origin index (which matches nearly every row: a table scan per report)."""
    with SQLiteStore(tmp_path / "s.sqlite") as store:
        ex = fake_extract(next(iter(read_one(FIX / "report.txt"))), gazetteer=None)
        statements: list[str] = []
        store._con.set_trace_callback(statements.append)
        store.save(reports=[ex.report], incidents=ex.incidents, replace=True)
        store._con.set_trace_callback(None)
        lookups = [s for s in statements if "FROM incidents WHERE report_id" in s]
        assert lookups
        for sql in lookups:
            plan = " ".join(str(row) for row in store._con.execute(f"EXPLAIN QUERY PLAN {sql}"))
            assert "incidents_report" in plan, plan


def read_one(path: Path):
    from incidents.ingest import read_reports

    return [r for result in read_reports([path], retrieved=NOW) for r in result.reports]


# ------------------------------------------------------------------------------------------------ streaming


def test_json_lines_reports_are_handed_on_as_read(tmp_path, monkeypatch):
    """A JSON Lines archive of any size is not held whole: the first report is extracted after one line is read."""
    import incidents.ingest as ingest_mod

    read_lines = []
    real_record = ingest_mod._read_record
    monkeypatch.setattr(
        ingest_mod, "_read_record", lambda *a, **k: (read_lines.append(1), real_record(*a, **k))[1]
    )
    seen_at_first = []

    def extract(report, *, gazetteer):
        seen_at_first.append(len(read_lines))
        return fake_extract(report, gazetteer=gazetteer)

    path = _lines(tmp_path / "archive.jsonl", 50)
    summary, _ = run(tmp_path, "one", [path], gazetteer=None, extract=extract, jobs=1)
    assert summary.reports_new == 50
    assert seen_at_first[0] == 1


def test_json_lines_rejects_keep_their_order(tmp_path):
    """A file's reading rejects come before its reports' extraction rejects, whatever the line order."""
    lines = [
        '{"text": "Gunmen attacked a checkpoint near the town on Monday, killing two guards, police said."}',
        "{broken",
        '{"text": "Rockets hit a base near the airport on Tuesday, the army said in a statement to reporters."}',
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for jobs in (1, 2):
        summary, _ = run(
            tmp_path,
            f"j{jobs}",
            [path, FIX / "binary.txt"],
            gazetteer=None,
            extract=broken_extract,
            jobs=jobs,
        )
        assert [(r.line, r.reason.split(":")[0]) for r in summary.rejects] == [
            (2, "malformed JSON"),
            (1, "extraction failed"),
            (None, "binary file (contains NUL bytes), not a text report"),
        ]
        assert summary.reports_new == 1


def test_streamed_reading_equals_reading_whole(tmp_path):
    """``_stream_path`` gives the reports, rejects and warnings ``_read_path`` gives, for every fixture."""
    from incidents.ingest import DEFAULT_MAX_BYTES, ReadResult, _Options, _read_path, _stream_path

    (tmp_path / "blank.jsonl").write_text("\n \n", encoding="utf-8")
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "long.jsonl").write_text(
        '{"text": "' + "x" * 500 + '"}\n{"text": "short one"}\n', encoding="utf-8"
    )
    (tmp_path / "latin1.jsonl").write_bytes('{"text": "caf\xe9 attack near the town"}\n'.encode("cp1252"))
    paths = [*sorted(FIX.iterdir()), *sorted(tmp_path.iterdir()), tmp_path / "missing.jsonl"]
    for max_bytes in (DEFAULT_MAX_BYTES, 200):
        opts = _Options(None, None, NOW, max_bytes)
        for path in paths:
            whole = _read_path(path, opts)
            items = list(_stream_path(path, opts))
            assert isinstance(items[-1], ReadResult)
            assert tuple(items[:-1]) == whole.reports, path
            assert items[-1].reports == ()
            assert (items[-1].rejects, items[-1].warnings, items[-1].path) == (
                whole.rejects,
                whole.warnings,
                whole.path,
            )


def test_long_runs_of_rejected_files(tmp_path, monkeypatch):
    """Chunks also close on many steps without reports, so rejects flow (and memory stays bounded) between reports."""
    monkeypatch.setattr(_workers, "CHUNK_REPORTS", 2)
    folder = tmp_path / "runs"
    folder.mkdir()
    for i in range(60):
        (folder / f"{i:03d}-empty.txt").write_bytes(b"")
    shutil.copy(FIX / "reports.jsonl", folder / "100-reports.jsonl")
    for i in range(40):
        (folder / f"200-{i:03d}-binary.txt").write_bytes(b"\x00\x01")
    shutil.copy(FIX / "feed_rss.xml", folder / "300-feed.xml")
    one, store_one = run(tmp_path, "one", [folder], gazetteer=None, extract=broken_extract, jobs=1)
    two, store_two = run(tmp_path, "two", [folder], gazetteer=None, extract=broken_extract, jobs=2)
    assert two == one and store_two == store_one
    assert len(one.rejects) > 100 and one.reports_new == 4


def test_cli_dead_worker_is_a_one_line_error(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(ingest_cmd, "_extractor", lambda: _dying_extract)
    monkeypatch.setattr(ingest_cmd, "_load_gazetteer", lambda *, progress: None)
    db = tmp_path / "s.sqlite"
    paths = [str(FIX / "report.txt"), str(FIX / "reports.json"), str(FIX / "feed_atom.xml")]
    assert main(["ingest", "--db", str(db), "--jobs", "2", *paths]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("incidents: error: an extraction worker process died")
    assert "Traceback" not in "\n".join(err)
