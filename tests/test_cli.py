"""The CLI pattern: help everywhere, exit codes, one-line errors, db info on new and existing stores."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from incidents.cli import build_parser, main
from incidents.store import SCHEMA_VERSION, open_store


def subcommands() -> list[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return sorted(action.choices)


def test_top_level_help_lists_commands(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for name in subcommands():
        assert name in out
    assert "db" in subcommands()


@pytest.mark.parametrize("name", subcommands())
def test_every_subcommand_has_help(name, capsys):
    with pytest.raises(SystemExit) as exc:
        main([name, "--help"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip()


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith("incidents ")


@pytest.mark.parametrize("argv", [["no-such-command"], ["db"], ["db", "info", "--bogus"]])
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2


def test_no_command_prints_help_and_exits_2(capsys):
    assert main([]) == 2
    assert "usage" in capsys.readouterr().err


def test_db_info_missing_then_existing(tmp_path, capsys):
    db = tmp_path / "sub" / "s.sqlite"
    assert main(["db", "info", "--db", str(db), "--json"]) == 1  # a mistyped --db creates nothing (QA 28 #8)
    assert f"no store at {db}" in capsys.readouterr().err
    assert not db.exists() and not db.parent.exists()
    open_store(db).close()
    assert main(["db", "info", "--db", str(db), "--json"]) == 0
    out, err = capsys.readouterr()
    info = json.loads(out)
    assert info["schema_version"] == SCHEMA_VERSION
    assert info["incidents"] == 0
    assert main(["db", "info", "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert f"schema version  {SCHEMA_VERSION}" in out
    assert "created" not in err


def test_db_under_a_file_names_the_file(tmp_path, capsys):
    blocker = tmp_path / "plain.txt"
    blocker.write_text("x")
    report = tmp_path / "r.txt"
    report.write_text("Two rockets hit Baghdad on Monday, police said.")
    args = [
        "ingest",
        str(report),
        "--db",
        str(blocker / "s.sqlite"),
        "--published",
        "2024-01-02",
        "--no-progress",
    ]
    assert main(args) == 1  # (db info creates no store, so a command that does is used here)
    assert f"{blocker} is a file, not a folder" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["", "   ", "--"])
def test_gazetteer_lookup_blank_name_is_a_usage_error(name, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["gazetteer", "lookup", "--", name] if name == "--" else ["gazetteer", "lookup", name])
    assert exc.value.code == 2
    assert "place name needs letters" in capsys.readouterr().err


def test_db_from_environment(tmp_path, capsys, monkeypatch):
    db = tmp_path / "env.sqlite"
    open_store(db).close()
    monkeypatch.setenv("INCIDENTS_DB", str(db))
    assert main(["db", "info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["path"] == str(db)


def test_user_error_is_one_line_without_traceback(tmp_path, capsys):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("this is not sqlite")
    assert main(["db", "info", "--db", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("incidents: error: ")
    assert str(bad) in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_debug_shows_traceback(tmp_path, capsys):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("this is not sqlite")
    assert main(["--debug", "db", "info", "--db", str(bad)]) == 1
    assert "Traceback" in capsys.readouterr().err


def test_console_script_runs_as_module(tmp_path):
    open_store(tmp_path / "m.sqlite").close()
    proc = subprocess.run(
        [sys.executable, "-m", "incidents", "db", "info", "--db", str(tmp_path / "m.sqlite")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "schema version" in proc.stdout
