"""Import: ACLED old/new layouts, UCDP GED with/without HXL row, bad input, idempotent re-import, CLI, shared data."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest

from incidents.cli import main
from incidents.interchange import InterchangeError, import_file, write_export
from incidents.model import make_incident_id
from incidents.store import SQLiteStore

FIXTURES = Path(__file__).parent / "fixtures" / "interchange"


def _by_origin_id(result) -> dict:
    return {inc.origin_id: inc for inc in result.incidents}


# ------------------------------------------------------------------------------------------------ ACLED
@pytest.mark.parametrize(
    ("fixture", "origin_id", "expected"),
    [
        (
            "acled_2023.csv",
            "IRQ1001",
            {
                "event_date": dt.date(2023, 6, 2),
                "date_precision": "day",
                "date_start": dt.date(2023, 6, 2),
                "event_type": "Explosions/Remote violence",
                "sub_event_type": "Air/drone strike",
                "location": "Ain al-Asad Air Base",
                "latitude": 33.7856,
                "longitude": 42.4412,
                "geo_precision": 1,
                "location_precision": "settlement",
                "iso3": "IRQ",
                "fatalities": 0,
                "notes": 'On 2 June 2023, two drones targeted the base; no casualties were reported ("a test note").',
                "admin2": "Heet",
            },
        ),
        (
            "acled_2023.csv",
            "IRQ1002",
            {
                "date_precision": "month",
                "date_start": dt.date(2023, 6, 1),
                "date_end": dt.date(2023, 6, 30),
                "geo_precision": 3,
                "location_precision": "admin1",
                "fatalities": 4,
                "source": "Example Agency; Local Paper",
            },
        ),
        (
            "acled_2023.csv",
            "SYR2001",
            {
                "date_precision": "week",
                "date_start": dt.date(2023, 7, 7),
                "date_end": dt.date(2023, 7, 13),
                "location_precision": "near",
                "iso3": "SYR",
                "actor2": "Civilians (Syria)",
            },
        ),
        (
            "acled_2023.csv",
            "IRQ1003",
            {
                "event_date": dt.date(2023, 8, 1),
                "actor2": None,
                "notes": "C-RAM intercepted a rocket over Karkh; Ä ü é kept.",
            },
        ),
        ("acled_2023.csv", "PSE3001", {"iso3": "PSE", "event_type": "Protests"}),
        ("acled_2021_old.csv", "IRQ501", {"event_date": dt.date(2021, 3, 3), "iso3": "IRQ", "fatalities": 1}),
        (
            "acled_2021_old.csv",
            "SYR601",
            {"event_date": dt.date(2021, 3, 3), "iso3": "SYR", "geo_precision": 2},
        ),
        ("acled_2021_old.csv", "IRQ502", {"event_date": dt.date(2021, 3, 10), "event_type": "Riots"}),
    ],
)
def test_acled_fields(fixture, origin_id, expected):
    result = import_file("acled", FIXTURES / fixture)
    inc = _by_origin_id(result)[origin_id]
    for name, value in expected.items():
        got = getattr(inc, name)
        assert (got.value if hasattr(got, "value") else got) == value, name
    assert inc.origin == "acled"
    assert inc.incident_id == make_incident_id("acled", origin_id)
    assert inc.report_id == "ds-acled"
    assert inc.method == "acled-import-v1"


@pytest.mark.parametrize(
    ("fixture", "rows", "attributes"),
    [
        (
            "acled_2023.csv",
            5,
            {
                "IRQ1002": {
                    "inter1": 1,
                    "inter2": 2,
                    "interaction": 12,
                    "assoc_actor_1": "Popular Mobilization Forces",
                    "source_scale": "National-Regional",
                    "disorder_type": "Political violence",
                    "iso": 368,
                },
                "PSE3001": {"tags": "crowd size=around 200", "timestamp": 1686400000},
                "SYR2001": {"civilian_targeting": "Civilian targeting"},
            },
        ),
        (
            "acled_2021_old.csv",
            3,
            {"IRQ501": {"event_id_no_cnty": 501, "data_id": 7001, "region": "Middle East"}},
        ),
    ],
)
def test_acled_layouts_keep_extra_columns_in_attributes(fixture, rows, attributes):
    result = import_file("acled", FIXTURES / fixture)
    assert result.rows == rows and len(result.incidents) == rows and result.rejects == ()
    by_id = _by_origin_id(result)
    for origin_id, attrs in attributes.items():
        for key, value in attrs.items():
            assert by_id[origin_id].attributes[key] == value
        assert "latitude" not in by_id[origin_id].attributes  # mapped columns are fields, not attributes


def test_acled_reexport_keeps_acled_columns(tmp_path):
    """ACLED in, ACLED-layout CSV out: inter codes, associated actors and tags come back in their columns."""
    incidents = import_file("acled", FIXTURES / "acled_2023.csv").incidents
    out = write_export(incidents, "csv", tmp_path / "again.csv")
    import csv

    with out.open(encoding="utf-8") as f:
        rows = {r["origin_id"]: r for r in csv.DictReader(f)}
    assert rows["IRQ1002"]["assoc_actor_1"] == "Popular Mobilization Forces"
    assert rows["IRQ1002"]["inter1"] == "1"
    assert rows["PSE3001"]["tags"] == "crowd size=around 200"
    assert rows["IRQ1002"]["iso"] == "368"
    assert rows["IRQ1002"]["time_precision"] == "3"
    again = import_file("acled", out)
    assert [i.incident_id for i in again.incidents] == [i.incident_id for i in incidents]
    assert again.incidents == incidents


# ------------------------------------------------------------------------------------------------- UCDP
@pytest.mark.parametrize(
    ("origin_id", "location_precision", "geo_precision", "date_precision", "event_type", "sub_event_type"),
    [
        ("900001", "settlement", 1, "day", "Battles", "Armed clash"),
        ("900002", "near", 2, "week", "Battles", "Armed clash"),
        ("900003", "admin2", 2, "week", "Violence against civilians", "Attack"),
        ("900004", "admin1", 3, "month", "Battles", "Armed clash"),
        ("900005", "admin1", 3, "year", "Battles", "Armed clash"),
        ("900006", "country", 3, "day", "Battles", "Armed clash"),
        ("900007", "unknown", None, "day", "Battles", "Armed clash"),
    ],
)
def test_ucdp_precision_and_type_mapping(
    origin_id, location_precision, geo_precision, date_precision, event_type, sub_event_type
):
    inc = _by_origin_id(import_file("ucdp", FIXTURES / "ucdp_ged_floats.csv"))[origin_id]
    assert inc.location_precision.value == location_precision
    assert inc.geo_precision == geo_precision
    assert inc.date_precision.value == date_precision
    assert (inc.event_type, inc.sub_event_type) == (event_type, sub_event_type)
    assert inc.incident_id == make_incident_id("ucdp", origin_id)
    assert inc.origin == "ucdp" and inc.report_id == "ds-ucdp-ged"


def test_ucdp_values():
    by_id = _by_origin_id(import_file("ucdp", FIXTURES / "ucdp_ged_floats.csv"))
    first = by_id["900001"]
    assert (first.fatalities, first.fatalities_max, first.attributes["low"]) == (3, 5, 2)
    assert (first.actor1, first.actor2) == ("Government of Syria", "Syrian insurgents")
    assert first.notes == "Shelling kills civilians in the town"
    assert first.location == "Ein Laroz town" and first.admin1 == "Idlib"  # the extractor's name (QA 28 #1)
    assert first.attributes["adm_1"] == "Idlib Governorate"  # UCDP's own, kept
    assert first.admin2 == "Ariha district"
    assert (first.latitude, first.longitude) == (35.688342, 36.449962)
    assert first.iso3 == "SYR"  # from the country name: this layout has no iso3 column
    assert first.attributes["conflict_new_id"] == 299  # "299.0" read as a whole number
    assert "geom_wkt" not in first.attributes
    assert first.confidence == 1.0
    assert by_id["900004"].attributes["event_clarity"] == 2  # UCDP's "unclear event" flag is kept
    week = by_id["900003"]
    assert (week.date_start, week.event_date, week.date_end) == (
        dt.date(2017, 3, 5),
        dt.date(2017, 3, 8),
        dt.date(2017, 3, 11),
    )


def test_ucdp_hxl_row_is_skipped():
    result = import_file("ucdp", FIXTURES / "ucdp_ged_hxl.csv")
    assert result.rows == 3 and len(result.incidents) == 3 and result.rejects == ()
    assert any("line 2 is an HXL tag row" in w for w in result.warnings)
    by_id = _by_origin_id(result)
    assert by_id["800002"].date_precision.value == "week"
    assert by_id["800002"].event_type == "Violence against civilians"
    assert by_id["800001"].location == "Al Fallūjah town"
    assert by_id["800001"].iso3 == "IRQ"


# -------------------------------------------------------------------------------------- bad input: files
ACLED_HEADER = (FIXTURES / "acled_2023.csv").read_text(encoding="utf-8").splitlines()[0]
ACLED_ROW = (
    (FIXTURES / "acled_2023.csv").read_text(encoding="utf-8").splitlines()[3]
)  # SYR2001, no quotes inside


@pytest.mark.parametrize(
    ("kind", "content", "message"),
    [
        ("acled", b"", "empty file"),
        ("acled", b"\n\n  \n", "empty file"),
        ("ucdp", ACLED_HEADER.encode() + b"\n", "no data rows"),
        (
            "acled",
            b"id,date,place\n1,2023-01-01,X\n",
            "missing column(s) event_id_cnty, event_date, event_type",
        ),
        ("acled", (FIXTURES / "ucdp_ged_hxl.csv").read_bytes(), "use 'incidents import ucdp'"),
        ("ucdp", (FIXTURES / "acled_2023.csv").read_bytes(), "use 'incidents import acled'"),
        ("layer", b"a,b\n1,2\n", "missing column(s) incident_id"),
    ],
)
def test_unreadable_files_raise_with_reason(kind, content, message, tmp_path):
    path = tmp_path / "input.csv"
    path.write_bytes(content)
    with pytest.raises(InterchangeError, match=r"input\.csv") as exc:
        import_file(kind, path)
    assert message in str(exc.value)


@pytest.mark.parametrize(
    ("delimiter", "label"),
    [(";", "';'"), ("\t", "tab")],
)
def test_other_delimiters_are_detected_and_said(delimiter, label, tmp_path):
    import csv

    src = (FIXTURES / "acled_2023.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(src.splitlines()))
    path = tmp_path / "semi.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=delimiter, lineterminator="\n").writerows(rows)
    result = import_file("acled", path)
    assert len(result.incidents) == 5
    assert any(label in w for w in result.warnings)


def test_non_utf8_file_is_read_with_a_warning(tmp_path):
    path = tmp_path / "latin.csv"
    text = ACLED_HEADER + "\n" + ACLED_ROW.replace("Al Mayadin,35", "Al Mayadín,35") + "\n"
    path.write_bytes(text.encode("cp1252"))
    result = import_file("acled", path)
    assert result.incidents[0].location == "Al Mayadín"
    assert any("not UTF-8" in w and "Windows-1252" in w for w in result.warnings)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InterchangeError, match="no such file"):
        import_file("acled", tmp_path / "nope.csv")
    with pytest.raises(InterchangeError, match="folder"):
        import_file("ucdp", tmp_path)
    with pytest.raises(InterchangeError, match="unknown layer type"):
        (tmp_path / "x.xlsx").write_bytes(b"PK")
        import_file("layer", tmp_path / "x.xlsx")


# --------------------------------------------------------------------------------------- bad input: rows
def _acled_with(**cells: str) -> str:
    cells.setdefault("event_id_cnty", "BAD1")
    header = ACLED_HEADER.split(",")
    row = ACLED_ROW.split(",")
    for key, value in cells.items():
        row[header.index(key)] = value
    return ",".join(row)


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (_acled_with(latitude="135.2", longitude="35.0"), "latitude 135.2 out of range — swapped lat/lon?"),
        (_acled_with(longitude="200.5"), "longitude 200.5 out of range"),
        (_acled_with(latitude="abc"), "latitude: 'abc' is not a number"),
        (_acled_with(latitude=""), "latitude and longitude must be given together"),
        (_acled_with(event_date="07/10/2023"), "ambiguous day/month order"),
        (_acled_with(event_date="2023-13-45"), "event_date: '2023-13-45' is not a date"),
        (_acled_with(event_date=""), "event_date is empty"),
        (_acled_with(event_type="Remote violence"), "is a pre-2019 ACLED event type"),
        (_acled_with(sub_event_type="Drone strike"), "is not a sub-event of"),
        (_acled_with(fatalities="-2"), "fatalities: '-2' is negative"),
        (_acled_with(fatalities="two"), "fatalities: 'two' is not a number"),
        (_acled_with(time_precision="4"), "time_precision: 4 is not 1, 2 or 3"),
        (_acled_with(geo_precision="0"), "geo_precision: 0 is not 1, 2 or 3"),
        (_acled_with(event_id_cnty=""), "event_id_cnty is empty"),
        (_acled_with(event_id_cnty="SYR2001"), "duplicate event_id_cnty (first on line 2)"),
        (ACLED_ROW + ",extra", "32 cells where the header has 31"),
    ],
)
def test_bad_acled_rows_are_rejected_with_line_and_reason(row, reason, tmp_path):
    good = _acled_with(event_id_cnty="SYR2001")
    path = tmp_path / "rows.csv"
    path.write_text(
        f"{ACLED_HEADER}\n{good}\n{row}\n{_acled_with(event_id_cnty='SYR2002')}\n", encoding="utf-8"
    )
    result = import_file("acled", path)
    assert [r.line for r in result.rejects] == [3]
    assert reason in result.rejects[0].reason
    assert sorted(i.origin_id for i in result.incidents) == ["SYR2001", "SYR2002"]


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"type_of_violence": "4.0"}, "type_of_violence: '4.0' is not 1, 2 or 3"),
        ({"where_prec": "8.0"}, "where_prec: 8 is not 1..7"),
        ({"date_prec": "6.0"}, "date_prec: 6 is not 1..5"),
        ({"date_end": "2017-02-01"}, "date_end 2017-02-01 is before date_start 2017-03-01"),
        ({"best": "1.5"}, "best: '1.5' is not a whole number"),
        ({"id": ""}, "id is empty"),
        ({"latitude": "-95.1"}, "latitude -95.1 out of range — swapped lat/lon?"),
    ],
)
def test_bad_ucdp_rows_are_rejected(change, reason, tmp_path):
    import csv

    with (FIXTURES / "ucdp_ged_floats.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    for key, value in change.items():
        rows[1][header.index(key)] = value
    path = tmp_path / "ucdp.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    result = import_file("ucdp", path)
    assert len(result.rejects) == 1 and result.rejects[0].line == 2
    assert reason in result.rejects[0].reason
    assert len(result.incidents) == len(rows) - 2


def test_quoted_multiline_cell_keeps_line_numbers(tmp_path):
    multi = _acled_with(event_id_cnty="SYR2005").replace(
        "Gunmen killed two men near the town.", '"two\nlines"'
    )
    bad = _acled_with(event_id_cnty="SYR2006", latitude="91")
    path = tmp_path / "multi.csv"
    path.write_text(f"{ACLED_HEADER}\n{multi}\n{bad}\n", encoding="utf-8")
    result = import_file("acled", path)
    assert result.incidents[0].notes == "two\nlines"
    assert [r.line for r in result.rejects] == [4]


def test_unterminated_quote_swallows_rest_and_is_rejected_not_silently_merged(tmp_path):
    path = tmp_path / "quote.csv"
    broken = _acled_with(event_id_cnty="SYR2009").replace("Gunmen killed", '"Gunmen killed')
    path.write_text(
        f"{ACLED_HEADER}\n{ACLED_ROW}\n{broken}\n{_acled_with(event_id_cnty='SYR2010')}\n", "utf-8"
    )
    result = import_file("acled", path)
    assert [i.origin_id for i in result.incidents] == ["SYR2001"]
    assert [r.line for r in result.rejects] == [3]
    assert "cells where the header has 31" in result.rejects[0].reason


# ----------------------------------------------------------------------------------- store + idempotence
@pytest.mark.parametrize(
    ("kind", "fixture"),
    [
        ("acled", "acled_2023.csv"),
        ("acled", "acled_2021_old.csv"),
        ("ucdp", "ucdp_ged_floats.csv"),
        ("ucdp", "ucdp_ged_hxl.csv"),
    ],
)
def test_reimport_changes_nothing(kind, fixture, tmp_path):
    result = import_file(kind, FIXTURES / fixture)
    with SQLiteStore(tmp_path / "s.sqlite") as store:
        first = store.save(reports=result.reports, incidents=result.incidents)
        again = import_file(kind, FIXTURES / fixture)
        second = store.save(reports=again.reports, incidents=again.incidents)
        assert first.incidents_added == len(result.incidents)
        assert not second.changed
        assert second.incidents_unchanged == len(result.incidents)
        assert store.count() == len(result.incidents)


# ---------------------------------------------------------------------------------------------------- CLI
def test_cli_import_prints_rejects_and_exits_0(tmp_path, capsys):
    path = tmp_path / "mixed.csv"
    path.write_text(
        f"{ACLED_HEADER}\n{ACLED_ROW}\n{_acled_with(event_id_cnty='X9', latitude='99')}\n", encoding="utf-8"
    )
    db = tmp_path / "db.sqlite"
    assert main(["import", "acled", str(path), "--db", str(db)]) == 0
    captured = capsys.readouterr()
    assert (
        "1 of 2 row(s) valid" in captured.out and "1 added" in captured.out and "1 rejected" in captured.out
    )
    assert "line 3 (id X9): latitude 99.0 out of range — swapped lat/lon?" in captured.err
    assert main(["import", "acled", str(path), "--db", str(db), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["saved"]["incidents_unchanged"] == 1
    assert summary["rejects"] == [
        {
            "line": 3,
            "reason": "latitude 99.0 out of range — swapped lat/lon?",
            "record_id": "X9",
            "unit": "line",
        }
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (ACLED_HEADER.encode() + b"\n" + _acled_with(latitude="95").encode() + b"\n", "no valid rows"),
    ],
)
def test_cli_import_exits_1_when_nothing_can_be_imported(content, message, tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    db = tmp_path / "db.sqlite"
    assert main(["import", "acled", str(path), "--db", str(db)]) == 1
    assert message in capsys.readouterr().err
    if db.exists():
        with SQLiteStore(db) as store:
            assert store.count() == 0


def test_cli_import_dry_run_saves_nothing(tmp_path, capsys):
    db = tmp_path / "db.sqlite"
    assert main(["import", "ucdp", str(FIXTURES / "ucdp_ged_hxl.csv"), "--db", str(db), "--dry-run"]) == 0
    assert "dry run" in capsys.readouterr().out
    assert not db.exists()


def test_cli_layer_round_trip_between_stores(tmp_path, capsys):
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert main(["import", "ucdp", str(FIXTURES / "ucdp_ged_floats.csv"), "--db", str(a)]) == 0
    out = tmp_path / "layer.gpkg"
    assert main(["export", "--db", str(a), "-f", "gpkg", "-o", str(out)]) == 0
    assert main(["import", "layer", str(out), "--db", str(b)]) == 0
    assert main(["import", "layer", str(out), "--db", str(b)]) == 0
    assert "7 unchanged" in capsys.readouterr().out
    with SQLiteStore(a) as sa, SQLiteStore(b) as sb:
        assert sa.query() == sb.query()


def test_unzipped_shapefile_with_sidecar_round_trips(tmp_path):
    import zipfile

    incidents = import_file("ucdp", FIXTURES / "ucdp_ged_floats.csv").incidents
    archive = write_export(incidents, "shp", tmp_path / "layer.zip")
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(folder)
    result = import_file("layer", folder / "incidents.shp")
    assert result.rejects == ()
    assert result.incidents == incidents


# --------------------------------------------------------------------------------------- shared UCDP data
UCDP_FILES = [
    ("eval/events/ucdp_ged_syria/ucdp_ged_syria_2016-01_2019-11.csv", 16_566),
    ("eval/events/ucdp_ged_iraq/conflict_data_irq.csv", 7_473),
]


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize(("relpath", "rows"), UCDP_FILES)
def test_shared_ucdp_files_import_fully(relpath, rows, shared_dir, tmp_path):
    result = import_file("ucdp", shared_dir / relpath)
    assert result.rows == rows
    assert result.rejects == ()  # every row imports; UCDP's own oddities are warnings, counted below
    assert len(result.incidents) == rows
    odd = [i for i in result.incidents if "high" in i.attributes]
    assert all(i.attributes["high"] < i.fatalities and i.fatalities_max is None for i in odd)
    assert any(f"{len(odd)} row(s) have high < best" in w for w in result.warnings) == bool(odd)
    assert Counter(i.origin for i in result.incidents) == {"ucdp": rows}
    assert len({i.incident_id for i in result.incidents}) == rows
    with SQLiteStore(tmp_path / "s.sqlite") as store:
        first = store.save(reports=result.reports, incidents=result.incidents)
        second = store.save(
            reports=result.reports, incidents=import_file("ucdp", shared_dir / relpath).incidents
        )
        assert first.incidents_added == rows
        assert not second.changed and second.incidents_unchanged == rows
