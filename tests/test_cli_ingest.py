"""``incidents ingest`` and ``incidents extract`` through ``incidents.cli.main`` (exit codes, one-line errors)."""

from __future__ import annotations

import importlib
import io
import json
import shutil

import pytest

from incidents.cli import main
from incidents.commands import ingest as ingest_cmd
from incidents.model import CONTRACT_FIELDS
from incidents.store import SQLiteStore
from tests.test_ingest import FIX, fake_extract


@pytest.fixture
def fake(monkeypatch):
    """Fake extraction and no gazetteer: these tests are about reading, storing and reporting."""
    monkeypatch.setattr(ingest_cmd, "_extractor", lambda: fake_extract)
    monkeypatch.setattr(ingest_cmd, "_load_gazetteer", lambda *, progress: None)


@pytest.fixture
def db(tmp_path):
    return tmp_path / "store.sqlite"


def ingest(db, *args):
    return main(["ingest", "--db", str(db), *map(str, args)])


@pytest.mark.parametrize(("command", "words"), [("ingest", ["--published", "--max-bytes", "--db", "--json"]),
                                                ("extract", ["--published", "--format", "geojson", "csv"])])  # fmt: skip
def test_help(command, words, capsys):
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for word in words:
        assert word in out


def test_ingest_good_files_exit_0_with_summary(fake, db, capsys):
    assert ingest(db, FIX / "report.txt", FIX / "front_matter.md") == 0
    out = capsys.readouterr().out
    assert "2 report(s): 2 new, 0 updated, 0 unchanged" in out
    assert "4 added" in out and "(2 current, 2 historical)" in out
    assert str(db) in out


def test_bad_file_in_batch_exit_1_rest_stored(fake, db, tmp_path, capsys):
    code = ingest(db, FIX / "report.txt", FIX / "binary.txt", FIX / "nope.txt", FIX / "reports.json")
    assert code == 1
    err = capsys.readouterr().err.strip().splitlines()
    rejected = [line for line in err if line.startswith("incidents: rejected:")]
    assert len(rejected) == 3  # binary, missing, the JSON record without text
    assert any("binary.txt: binary file" in line for line in rejected)
    assert any("nope.txt: no such file" in line for line in rejected)
    assert any("reports.json:10: record has no 'text'" in line for line in rejected)
    with SQLiteStore(db) as store:
        assert store.info().reports == 2  # report.txt and the good JSON record


def test_reingest_changes_nothing(fake, db, capsys):
    assert ingest(db, FIX / "feed_rss.xml", FIX / "page.html", "--json") == 0
    first = json.loads(capsys.readouterr().out)
    assert ingest(db, FIX / "feed_rss.xml", FIX / "page.html", "--json") == 0
    second = json.loads(capsys.readouterr().out)
    assert first["reports_new"] == 3 and second["reports_unchanged"] == 3
    assert second["reports_new"] == second["reports_updated"] == second["incidents_added"] == 0
    assert second["revision_before"] == second["revision_after"] == first["revision_after"]


def test_directory_ingest(fake, db, tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("report.txt", "feed_atom.xml", "french.txt"):
        shutil.copy(FIX / name, folder / name)
    assert ingest(db, folder, "--json") == 1  # french.txt is rejected
    summary = json.loads(capsys.readouterr().out)
    assert summary["files"] == 3 and summary["reports_new"] == 2
    assert summary["rejects"][0]["reason"].startswith("language fr")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--published", "yesterday-ish"], 2, "is not a date"),
        (["--published", "2999-01-01"], 1, "incidents: error: --published 2999-01-01 is in the future"),
        (["--max-bytes", "lots"], 2, "is not a size"),
    ],
)
def test_option_errors(fake, db, args, code, message, capsys):
    if code == 2:
        with pytest.raises(SystemExit) as exc:
            ingest(db, FIX / "report.txt", *args)
        assert exc.value.code == 2
    else:
        assert ingest(db, FIX / "report.txt", *args) == code
    err = capsys.readouterr().err
    assert message in err
    assert not db.exists() or SQLiteStore(db).info().reports == 0


def test_published_option_and_max_bytes(fake, db, capsys):
    assert ingest(db, FIX / "report.txt", "--published", "2021-03-05", "--source", "Desk") == 0
    assert "no publication date" not in capsys.readouterr().err
    with SQLiteStore(db) as store:
        report = store.get_report(store.query()[0].report_id)
    assert (report.published.isoformat(), report.source) == ("2021-03-05", "Desk")
    assert ingest(db, FIX / "page.html", "--max-bytes", "1k") == 1
    assert "larger than the 1,000 bytes limit" in capsys.readouterr().err


def test_missing_date_is_a_warning_not_an_error(fake, db, capsys):
    assert ingest(db, FIX / "report.txt") == 0
    err = capsys.readouterr().err
    assert "incidents: warning:" in err and "no publication date" in err and "report.txt" in err


def test_stdin(fake, db, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO((FIX / "front_matter.md").read_text(encoding="utf-8")))
    assert ingest(db, "-", "--json") == 0
    assert json.loads(capsys.readouterr().out)["reports_new"] == 1


# ------------------------------------------------------------------------------------------------ extract


def test_extract_prints_contract_records_without_store(fake, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("INCIDENTS_DB", str(tmp_path / "never.sqlite"))
    assert main(["extract", str(FIX / "front_matter.md")]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 2
    assert list(records[0])[: len(CONTRACT_FIELDS)] == list(CONTRACT_FIELDS)
    assert records[0]["published"] == "2023-05-02"
    assert not (tmp_path / "never.sqlite").exists()


@pytest.mark.parametrize(("fmt", "check"), [
    ("geojson", lambda out: json.loads(out)["type"] == "FeatureCollection"),
    ("csv", lambda out: len(out.strip().splitlines()) == 3),
])  # fmt: skip
def test_extract_formats(fake, fmt, check, capsys):
    pytest.importorskip("incidents.interchange")
    assert main(["extract", str(FIX / "front_matter.md"), "--format", fmt]) == 0
    assert check(capsys.readouterr().out)


def test_extract_with_report_gives_the_text_the_evidence_points_into(fake, capsys):
    assert main(["extract", str(FIX / "front_matter.md"), "--with-report"]) == 0
    out = json.loads(capsys.readouterr().out)
    (report,) = out["reports"]
    assert report["title"] == "Drone downed near Erbil airport" and report["text"].startswith("ERBIL (ESTA)")
    assert len(out["incidents"]) == 2 and {i["report_id"] for i in out["incidents"]} == {report["report_id"]}
    for incident in out["incidents"]:
        for span in incident["evidence"]:
            assert report["text"][span["start"] : span["end"]] == span["text"]


def test_extract_with_report_needs_json(fake, capsys):
    assert main(["extract", str(FIX / "front_matter.md"), "--with-report", "--format", "csv"]) == 1
    assert "--with-report needs --format json" in capsys.readouterr().err


def test_extract_bad_file_one_line_error(fake, capsys):
    assert main(["extract", str(FIX / "binary.txt")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"incidents: error: {FIX / 'binary.txt'}: binary file (contains NUL bytes), not a text report"
    ]


def test_extract_stdin(fake, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO((FIX / "report.txt").read_text(encoding="utf-8")))
    assert main(["extract", "-", "--published", "2022-02-02"]) == 0
    assert {r["published"] for r in json.loads(capsys.readouterr().out)} == {"2022-02-02"}


# ------------------------------------------------------------------------------------------------ real extraction


def _real_extract():
    module = importlib.import_module("incidents.extract")
    if not hasattr(module, "extract"):
        pytest.skip("incidents.extract.extract is not there yet")
    return module.extract


def test_real_pipeline_idempotent(request, db, monkeypatch, capsys):
    _real_extract()
    gazetteer = request.getfixturevalue("gazetteer")
    monkeypatch.setattr(ingest_cmd, "_load_gazetteer", lambda *, progress: gazetteer)
    paths = [FIX / "report.txt", FIX / "front_matter.md", FIX / "reports.jsonl", FIX / "feed_rss.xml"]
    assert ingest(db, *paths, "--json") == 1  # the broken JSON Lines line
    first = json.loads(capsys.readouterr().out)
    assert first["reports_new"] == 6
    assert ingest(db, *paths, "--json") == 1
    second = json.loads(capsys.readouterr().out)
    assert second["reports_unchanged"] == 6 and second["incidents_added"] == second["incidents_updated"] == 0
    assert second["revision_before"] == second["revision_after"]
    with SQLiteStore(db) as store:
        incidents = store.query()
    assert all(i.event_date is None or i.event_date <= i.published for i in incidents if i.published)
