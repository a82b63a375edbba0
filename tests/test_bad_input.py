"""Bad input at every entry point of the command line, as a user meets it.

Each case runs ``incidents.cli.main([...])`` on files written here and checks what the user sees: the exit code,
stderr as one ``incidents: ...`` line per problem naming the file, and — when nothing valid was given — a store left
exactly as it was (same revision, same counts). Extraction is faked (no gazetteer): these are about the boundary.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

import pytest

from incidents.cli import main
from incidents.commands import ingest as ingest_cmd
from incidents.model import Incident, Report, make_incident_id
from incidents.store import SQLiteStore

GOOD = (
    "BAGHDAD (Sample Wire) - Two rockets struck near Baghdad airport on Tuesday, killing two soldiers, police "
    "said. Security forces sealed off the area and an investigation is under way, officials told reporters.\n"
)
FRENCH = (
    "Deux roquettes ont frappé l'aéroport de Bagdad mardi, tuant deux soldats, selon la police. Les forces de "
    "sécurité ont bouclé la zone et une enquête est en cours, ont déclaré les responsables.\n"
)
ARABIC = (
    "أصاب صاروخان مطار بغداد يوم الثلاثاء مما أسفر عن مقتل جنديين بحسب الشرطة. وقامت قوات الأمن بتطويق المنطقة "
    "وفتح تحقيق في الحادث.\n"
)
ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,country,"
    "admin1,location,latitude,longitude,geo_precision,source,notes,fatalities,iso"
)
# Iraq (Ain al-Asad, Baghdad) and Syria (Hama): both orders of each pair are valid coordinates
ACLED_ROWS = [
    "IRQ9001,2023-06-02,2023,1,Political violence,Explosions/Remote violence,Air/drone strike,Unidentified "
    "Armed Group,Iraq,Al Anbar,Ain al-Asad Air Base,33.7856,42.4412,1,Sample Wire,Two drones shot down.,0,368",
    "IRQ9002,2023-06-03,2023,1,Political violence,Explosions/Remote violence,Shelling/artillery/missile attack,"
    "Unidentified Armed Group,Iraq,Baghdad,Baghdad,33.3406,44.4009,1,Sample Wire,Rockets hit a base.,1,368",
    "SYR9001,2023-06-04,2023,1,Political violence,Battles,Armed clash,Military Forces of Syria,Syria,Hama,Hama,"
    "35.1318,36.7578,1,Sample Wire,Clashes near Hama.,3,760",
]


def _acled(rows: list[str], *, delimiter: str = ",", swap: bool = False, drop: tuple[str, ...] = ()) -> str:
    table = list(csv.reader([ACLED_HEADER, *rows]))
    header = table[0]
    if swap:
        la, lo = header.index("latitude"), header.index("longitude")
        for row in table[1:]:
            row[la], row[lo] = row[lo], row[la]
    keep = [i for i, name in enumerate(header) if name not in drop]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    for row in table:
        writer.writerow([row[i] for i in keep])
    return out.getvalue()


def _fake_extract(report: Report, *, gazetteer: object) -> object:
    @dataclass(frozen=True)
    class Extraction:
        report: Report
        incidents: tuple[Incident, ...]
        warnings: tuple[str, ...]

    incident = Incident(
        incident_id=make_incident_id(report.report_id, "qa"),
        report_id=report.report_id,
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        published=report.published,
    )
    return Extraction(
        report, (incident,), ("no publication date: relative dates are unknown",) * (not report.published)
    )


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(ingest_cmd, "_extractor", lambda: _fake_extract)
    monkeypatch.setattr(ingest_cmd, "_load_gazetteer", lambda *, progress: None)


@pytest.fixture
def store_path(fake, tmp_path):
    """A store that already holds one report, so 'unchanged' is checked against real content."""
    path = tmp_path / "store.sqlite"
    seed = tmp_path / "seed.txt"
    seed.write_text(GOOD.replace("Tuesday", "Monday"), encoding="utf-8")
    ingest_cmd_argv = ["ingest", "--db", str(path), "--published", "2023-06-06", "--no-progress", str(seed)]
    assert main(ingest_cmd_argv) == 0
    return path


def _snapshot(path: Path) -> tuple[int, int, int]:
    with SQLiteStore(path, create=False, readonly=True) as store:
        info = store.info()
    return info.revision, info.reports, info.incidents


# name -> bytes (str is written as UTF-8); a name ending in "/" is a directory of the files listed under it
FILES: dict[str, bytes | str] = {
    "empty.txt": b"",
    "blank.txt": "  \n\n\t\n",
    "nul.txt": b"Rockets hit Baghdad\x00\x01\x02" * 200,
    "control.txt": bytes(range(1, 9)) * 400,
    "cp1252.txt": GOOD.replace("sealed", "s\u00e9aled").encode("cp1252"),
    "good.txt": GOOD,
    "broken.html": "<html><body><p>" + GOOD + "<div><p><b>police said",
    "bad.json": '{"text": "' + GOOD.strip() + '", ',
    "one_line_list.json": '[{"text": "' + GOOD.strip() + '"}, 5, {"text": ""}]',
    "bad.jsonl": '{"text": "' + GOOD.strip() + '"}\n{"text": oops}\n',
    "bad.xml": '<?xml version="1.0"?><rss><channel><title>x</title><item><title>a</title><description>Two rock',
    "future.md": "---\npublished: 2099-05-01\n---\n" + GOOD,
    "bad_yaml.md": "---\npublished: [2023\n---\n" + GOOD,
    "french.txt": FRENCH,
    "arabic.txt": ARABIC,
    "notes.docx": b"PK\x03\x04 not a report",
    "acled_ok.csv": _acled(ACLED_ROWS),
    "acled_missing.csv": _acled(ACLED_ROWS, drop=("latitude", "event_type")),
    "acled_pipe.csv": _acled(ACLED_ROWS, delimiter="|"),
    "acled_semicolon.csv": _acled(ACLED_ROWS, delimiter=";"),
    "acled_swapped.csv": _acled(ACLED_ROWS, swap=True),
    "acled_half_swapped.csv": _acled(ACLED_ROWS[:1]) + _acled(ACLED_ROWS[1:], swap=True).split("\n", 1)[1],
    "acled_header.csv": ACLED_HEADER + "\n",
    "acled_empty.csv": b"",
    "acled_binary.csv": b"\x89PNG\r\n\x1a\n\x00\x00" * 50,
    "layer_swapped.geojson": (
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": null, "properties": '
        '{"incident_id": "i-0000000000000001", "event_type": "Battles", "sub_event_type": "Armed clash", '
        '"latitude": 42.4412, "longitude": 33.7856, "iso3": "IRQ"}}]}'
    ),
    "fake.gpkg": "hello\n",
    "fake.zip": "hello\n",
    "truncated.geojson": '{"type": "FeatureCollection", "features": [',
    "existing.geojson": '{"type": "FeatureCollection", "features": []}',
    "not_a_store.sqlite": "this is not a database\n",
}

# (id, argv with {tmp} and {db}, exit code, stderr lines: list of (kind, file, words), store unchanged?)
# kind: "rejected" / "error" / "warning"; each expected line must name `file` and contain every word in `words`.
# The stderr must hold exactly these lines (plus any "note:" lines) — one line per problem.
CASES = [
    # ---------------------------------------------------------------------------------------------- ingest
    ("ingest-empty", ["ingest", "{tmp}/empty.txt"], 1, [("rejected", "empty.txt", ["empty file"])], True),
    ("ingest-blank", ["ingest", "{tmp}/blank.txt"], 1, [("rejected", "blank.txt", ["empty"])], True),
    ("ingest-nul", ["ingest", "{tmp}/nul.txt"], 1, [("rejected", "nul.txt", ["binary"])], True),
    ("ingest-control", ["ingest", "{tmp}/control.txt"], 1, [("rejected", "control.txt", ["binary"])], True),
    ("ingest-too-big", ["ingest", "--max-bytes", "100", "{tmp}/good.txt"], 1,
     [("rejected", "good.txt", ["larger than", "--max-bytes"])], True),
    ("ingest-bad-json", ["ingest", "{tmp}/bad.json"], 1, [("rejected", "bad.json:1", ["malformed JSON"])], True),
    ("ingest-bad-feed", ["ingest", "{tmp}/bad.xml"], 1, [("rejected", "bad.xml", ["malformed"])], True),
    ("ingest-bad-yaml", ["ingest", "{tmp}/bad_yaml.md"], 1, [("rejected", "bad_yaml.md", ["front matter"])], True),
    ("ingest-french", ["ingest", "{tmp}/french.txt"], 1, [("rejected", "french.txt", ["language fr"])], True),
    ("ingest-arabic", ["ingest", "{tmp}/arabic.txt"], 1, [("rejected", "arabic.txt", ["language ar"])], True),
    ("ingest-missing", ["ingest", "{tmp}/nope.txt"], 1, [("rejected", "nope.txt", ["no such file"])], True),
    ("ingest-future-published", ["ingest", "--published", "2999-01-01", "{tmp}/good.txt"], 1,
     [("error", "--published", ["future"])], True),
    # good and bad in one batch: the bad are named, the good are stored
    ("ingest-json-list-on-one-line", ["ingest", "--published", "2023-06-06", "{tmp}/one_line_list.json"], 1,
     [("rejected", "one_line_list.json:1: item 2", ["JSON int"]),
      ("rejected", "one_line_list.json:1: item 3", ["no text"])], False),
    ("ingest-jsonl-one-bad-line", ["ingest", "--published", "2023-06-06", "{tmp}/bad.jsonl"], 1,
     [("rejected", "bad.jsonl:2", ["malformed JSON"])], False),
    ("ingest-batch", ["ingest", "--published", "2023-06-06", "{tmp}/empty.txt", "{tmp}/french.txt",
                      "{tmp}/good.txt", "{tmp}/nul.txt"], 1,
     [("rejected", "empty.txt", ["empty"]), ("rejected", "french.txt", ["fr"]),
      ("rejected", "nul.txt", ["binary"])], False),
    ("ingest-directory", ["ingest", "--published", "2023-06-06", "{tmp}/mix"], 1,
     [("rejected", "mix/empty.txt", ["empty"]), ("rejected", "mix/french.txt", ["fr"]),
      ("warning", "mix", ["skipped 1 file"])], False),
    # tolerated, with one warning naming the file
    ("ingest-cp1252", ["ingest", "--published", "2023-06-06", "{tmp}/cp1252.txt"], 0,
     [("warning", "cp1252.txt", ["not valid UTF-8", "Windows-1252"])], False),
    ("ingest-broken-html", ["ingest", "--published", "2023-06-06", "{tmp}/broken.html"], 0, [], False),
    ("ingest-future-metadata", ["ingest", "{tmp}/future.md"], 0,
     [("warning", "future.md", ["2099-05-01", "after the retrieval time"])], False),
    ("ingest-undated-one-warning", ["ingest", "{tmp}/good.txt"], 0,
     [("warning", "good.txt", ["no publication date"])], False),
    # ---------------------------------------------------------------------------------------------- extract
    ("extract-empty", ["extract", "{tmp}/empty.txt"], 1, [("error", "empty.txt", ["empty file"])], True),
    ("extract-french", ["extract", "{tmp}/french.txt"], 1, [("error", "french.txt", ["language fr"])], True),
    ("extract-bad-json", ["extract", "{tmp}/bad.json"], 1, [("error", "bad.json", ["malformed JSON"])], True),
    ("extract-future-published", ["extract", "--published", "2999-01-01", "{tmp}/good.txt"], 1,
     [("error", "--published", ["future"])], True),
    ("extract-undated-one-warning", ["extract", "{tmp}/good.txt"], 0,
     [("warning", "good.txt", ["no publication date"])], True),
    # ---------------------------------------------------------------------------------------------- store path
    ("store-is-directory", ["ingest", "--db", "{tmp}/mix", "{tmp}/good.txt"], 1,
     [("error", "mix", ["directory"])], True),
    ("store-not-sqlite", ["ingest", "--db", "{tmp}/not_a_store.sqlite", "{tmp}/good.txt"], 1,
     [("error", "not_a_store.sqlite", ["not a usable incident store"])], True),
    ("store-parent-is-file", ["ingest", "--db", "{tmp}/good.txt/x.sqlite", "{tmp}/good.txt"], 1,
     [("error", "x.sqlite", [])], True),
    ("info-not-sqlite", ["db", "info", "--db", "{tmp}/not_a_store.sqlite"], 1,
     [("error", "not_a_store.sqlite", ["not a usable"])], True),
    ("export-missing-store", ["export", "--db", "{tmp}/none.sqlite", "-f", "csv", "-o", "{tmp}/a.csv"], 1,
     [("error", "none.sqlite", ["no store"])], True),
    # ---------------------------------------------------------------------------------------------- export
    ("export-exists", ["export", "-f", "geojson", "-o", "{tmp}/existing.geojson"], 1,
     [("error", "existing.geojson", ["exists", "--force"])], True),
    ("export-missing-folder", ["export", "-f", "gpkg", "-o", "{tmp}/nodir/a.gpkg"], 1,
     [("error", "a.gpkg", ["does not exist"])], True),
    ("export-to-folder", ["export", "-f", "csv", "-o", "{tmp}/mix"], 1, [("error", "mix", ["folder"])], True),
    ("export-suffix-mismatch", ["export", "-f", "gpkg", "-o", "{tmp}/a.geojson"], 1,
     [("error", "a.geojson", ["gpkg", ".gpkg"])], True),
    ("export-shp-name", ["export", "-f", "shp", "-o", "{tmp}/a.shp"], 1, [("error", "a.shp", [".zip"])], True),
    ("export-nothing-selected", ["export", "-f", "csv", "-o", "{tmp}/none.csv", "--country", "ISL"], 0,
     [], True),
    # ---------------------------------------------------------------------------------------------- import
    ("import-missing-columns", ["import", "acled", "{tmp}/acled_missing.csv"], 1,
     [("error", "acled_missing.csv", ["missing column", "event_type", "latitude"])], True),
    ("import-wrong-delimiter", ["import", "acled", "{tmp}/acled_pipe.csv"], 1,
     [("error", "acled_pipe.csv", ["single column", "'|'"])], True),
    ("import-swapped", ["import", "acled", "{tmp}/acled_swapped.csv"], 1,
     [("rejected", "acled_swapped.csv", ["line 2", "swapped"]), ("rejected", "acled_swapped.csv", ["line 3"]),
      ("rejected", "acled_swapped.csv", ["line 4", "SYR"]),
      ("error", "acled_swapped.csv", ["no valid rows"])], True),
    ("import-half-swapped", ["import", "acled", "{tmp}/acled_half_swapped.csv"], 0,
     [("rejected", "acled_half_swapped.csv", ["line 3", "swapped"]),
      ("rejected", "acled_half_swapped.csv", ["line 4", "swapped"])], False),
    ("import-header-only", ["import", "acled", "{tmp}/acled_header.csv"], 1,
     [("error", "acled_header.csv", ["no data rows"])], True),
    ("import-empty", ["import", "acled", "{tmp}/acled_empty.csv"], 1, [("error", "acled_empty.csv", ["empty"])],
     True),
    ("import-binary", ["import", "ucdp", "{tmp}/acled_binary.csv"], 1,
     [("error", "acled_binary.csv", ["binary"])], True),
    ("import-missing-file", ["import", "ucdp", "{tmp}/nope.csv"], 1, [("error", "nope.csv", ["no such file"])],
     True),
    ("import-acled-as-ucdp", ["import", "ucdp", "{tmp}/acled_ok.csv"], 1,
     [("error", "acled_ok.csv", ["import acled"])], True),
    ("import-layer-unknown-type", ["import", "layer", "{tmp}/good.txt"], 1,
     [("error", "good.txt", ["unknown layer type"])], True),
    ("import-layer-swapped", ["import", "layer", "{tmp}/layer_swapped.geojson"], 1,
     [("rejected", "layer_swapped.geojson", ["feature 1", "swapped"]),
      ("error", "layer_swapped.geojson", ["no valid rows"])], True),
    ("import-layer-not-gpkg", ["import", "layer", "{tmp}/fake.gpkg"], 1,
     [("error", "fake.gpkg", ["not a valid .gpkg"])], True),
    ("import-layer-not-zip", ["import", "layer", "{tmp}/fake.zip"], 1, [("error", "fake.zip", ["not a zip"])], True),
    ("import-layer-truncated-json", ["import", "layer", "{tmp}/truncated.geojson"], 1,
     [("error", "truncated.geojson", ["not valid JSON"])], True),
    ("import-device", ["import", "acled", "/dev/zero"], 1, [("error", "/dev/zero", ["not a regular file"])], True),
    ("ingest-device", ["ingest", "/dev/zero"], 1, [("rejected", "/dev/zero", ["not a regular file"])], True),
    ("import-semicolon-tolerated", ["import", "acled", "{tmp}/acled_semicolon.csv"], 0,
     [("warning", "acled_semicolon.csv", ["';'"])], False),
]  # fmt: skip


def _write_files(tmp: Path) -> None:
    for name, data in FILES.items():
        (tmp / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    mix = tmp / "mix"
    mix.mkdir()
    for name in ("empty.txt", "french.txt", "good.txt", "notes.docx"):
        (mix / name).write_bytes((tmp / name).read_bytes())


def _inputs(tmp: Path) -> dict[Path, bytes]:
    """Every file in the test folder except the store (whose WAL files come and go)."""
    return {
        p: p.read_bytes() for p in tmp.rglob("*") if p.is_file() and not p.name.startswith("store.sqlite")
    }


@pytest.mark.parametrize(("argv", "code", "expected", "unchanged"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])  # fmt: skip
def test_bad_input(argv, code, expected, unchanged, fake, store_path, tmp_path, monkeypatch, capsys):
    _write_files(tmp_path)
    monkeypatch.setenv("INCIDENTS_DB", str(store_path))
    args = [a.format(tmp=tmp_path) for a in argv]
    if args[0] == "ingest":
        args.append("--no-progress")
    before_store = _snapshot(store_path)
    before_files = _inputs(tmp_path)
    capsys.readouterr()

    assert main(args) == code

    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    problems = [line for line in err if not line.startswith("incidents: note:")]
    assert all(line.startswith("incidents: ") for line in err), err
    assert len(problems) == len(expected), problems  # one line per problem, no echo of the same problem
    for line, (kind, name, words) in zip(problems, expected, strict=True):
        assert line.startswith(f"incidents: {kind}"), line
        assert name in line, line
        for word in words:
            assert word in line, line
    if unchanged:
        assert _snapshot(store_path) == before_store
    # inputs are never modified, and a failed run leaves no new file behind (no half-written export or store)
    after_files = _inputs(tmp_path)
    assert {p: b for p, b in after_files.items() if p in before_files} == before_files
    new = sorted(p.name for p in after_files.keys() - before_files.keys())
    if code != 0:
        assert new == [], new


def test_unknown_export_format_is_a_usage_error(store_path, tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["export", "--db", str(store_path), "-f", "xlsx", "-o", str(tmp_path / "a.xlsx")])
    assert exc.value.code == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert "xlsx" in last and "geojson" in last and "fgb" in last
    assert not (tmp_path / "a.xlsx").exists()


def test_empty_export_says_so(store_path, tmp_path, capsys):
    out = tmp_path / "none.csv"
    assert main(["export", "--db", str(store_path), "-f", "csv", "-o", str(out), "--country", "ISL"]) == 0
    assert "no incident matches the filters" in capsys.readouterr().err
    assert out.exists()


def test_big_file_rejected_before_reading(fake, store_path, tmp_path, capsys):
    """A file over the limit is refused from its size alone (a sparse 50 MB file: no 50 MB written to disk)."""
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.write(GOOD.encode())
        fh.truncate(50_000_000)
    before = _snapshot(store_path)
    assert main(["ingest", "--db", str(store_path), "--no-progress", str(big)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"incidents: rejected: {big}: file is 50.0 MB, larger than the 5.0 MB limit per report "
                   "(raise it with --max-bytes)"]  # fmt: skip
    assert _snapshot(store_path) == before


def test_published_in_future_checked_against_the_clock_not_a_constant(fake, store_path, tmp_path, capsys):
    tomorrow_plus = dt.date.today() + dt.timedelta(days=3)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    assert main(["ingest", "--db", str(store_path), "--published", tomorrow_plus.isoformat(),
                 str(tmp_path / "good.txt")]) == 1  # fmt: skip
    assert "in the future" in capsys.readouterr().err
