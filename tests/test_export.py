"""Export: every format read back by geopandas/pyogrio (count, CRS, coordinates, key fields), ACLED layout, CLI."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest

from incidents.cli import main
from incidents.interchange import (
    ACLED_COLUMNS,
    FORMATS,
    MIMETYPES,
    SHP_NAMES,
    InterchangeError,
    export_bytes,
    export_notes,
    import_file,
    to_acled_rows,
    to_geojson,
    write_export,
)
from incidents.interchange import export as export_module
from incidents.model import Incident, Span, incident_to_dict, make_incident_id
from incidents.store import SQLiteStore

TEXT = "Two drones struck Ain al-Asad air base on Tuesday; no casualties. Rockets hit Baghdad airport."


def _incident(n: int, **changes) -> Incident:
    base = Incident(
        incident_id=make_incident_id("r-test", n),
        report_id="r-test0000000001",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        event_date=dt.date(2022, 1, 4),
        date_start=dt.date(2022, 1, 4),
        date_end=dt.date(2022, 1, 4),
        date_precision="day",
        weapon="drone",
        munitions_count=2,
        intercepted=False,
        actor1="Unidentified armed group",
        actor2="Military Forces of the United States",
        fatalities=0,
        injuries=None,
        location="Ain al-Asad Air Base",
        site_id="ORAA",
        latitude=33.785600,
        longitude=42.441200,
        geo_precision=1,
        location_precision="site",
        admin1="Al-Anbar",  # the extractor's spelling: an import renames any other to it (QA 28 #1)
        country="Iraq",
        iso3="IRQ",
        source="ESTA",
        url="https://example.org/esta/ain-al-asad",
        published=dt.date(2022, 1, 4),
        evidence=(Span.of(TEXT, 0, 41), Span.of(TEXT, 52, 66)),
        confidence=0.85,
        notes="Two drones, both shot down per the report.",
        method="rules-v1",
    )
    return base.replace(**changes)


def sample_incidents() -> list[Incident]:
    """Six incidents covering the awkward cases: no coordinates, unicode, long notes, historical, nulls."""
    return [
        _incident(1),
        _incident(
            2,
            sub_event_type="Shelling/artillery/missile attack",
            event_date=dt.date(2022, 1, 3),
            date_start=dt.date(2022, 1, 3),
            date_end=dt.date(2022, 1, 3),
            weapon="rocket",
            munitions_count=None,
            location="Baghdad International Airport",
            site_id="ORBI",
            latitude=33.262539,
            longitude=44.234600,
            fatalities=None,
            confidence=0.7,
            evidence=(Span.of(TEXT, 67, 94),),
        ),
        _incident(
            3,
            event_type="Violence against civilians",
            sub_event_type="Attack",
            event_date=dt.date(2020, 1, 3),
            date_start=dt.date(2020, 1, 1),
            date_end=dt.date(2020, 1, 31),
            date_precision="month",
            historical=True,
            fatalities=10,
            location="Qaḑā’ al Fallūjah — “quoted”",
            latitude=-33.123456,
            longitude=-70.654321,
            geo_precision=3,
            location_precision="admin1",
            notes="Ü" * 300,  # longer than a .dbf field holds, in bytes and in characters
            evidence=(),
        ),
        _incident(
            4,
            event_type="Strategic developments",
            sub_event_type="Disrupted weapons use",
            intercepted=True,
            latitude=None,
            longitude=None,
            geo_precision=None,
            location_precision="unknown",
            location=None,
            site_id=None,
            event_date=None,
            date_start=None,
            date_end=None,
            date_precision="unknown",
            confidence=0.3,
        ),
        _incident(
            5,
            event_type="Battles",
            sub_event_type="Armed clash",
            latitude=36.0,
            longitude=179.999999,
            geo_precision=2,
            location_precision="near",
            date_precision="week",
            date_start=dt.date(2022, 1, 1),
            date_end=dt.date(2022, 1, 7),
            fatalities=3,
            injuries=5,
            fatalities_max=6,
            claimed_by="Some group",
            origin="acled",
            origin_id="IRQ1001",
            attributes={"inter1": 3, "assoc_actor_1": "Allies; Friends", "tags": "crowd size=no report"},
        ),
        _incident(
            6,
            url=None,
            source=None,
            admin2="Heet",
            iso3=None,
            country=None,
            published=None,
            notes='Line one, "quoted";\nline two\ttabbed <b>not html</b> & more',
        ),
    ]


def _read_back(path: Path, fmt: str) -> gpd.GeoDataFrame | pd.DataFrame:
    """Read an export with geopandas/pyogrio only (not our importer): what a GIS user would see."""
    if fmt == "parquet":
        return gpd.read_parquet(path)
    if fmt == "csv":
        return pd.read_csv(path, dtype=str, keep_default_na=False)
    if fmt == "shp":
        frame = pyogrio.read_dataframe(f"/vsizip/{path}/incidents.shp")
        with zipfile.ZipFile(path) as zf:
            sidecar = pd.read_csv(
                io.BytesIO(zf.read("incidents_long_fields.csv")), dtype=str, keep_default_na=False
            )
        frame = frame.merge(sidecar[["inc_id", "evidence"]], on="inc_id", how="left")
        return frame.rename(
            columns={"inc_id": "incident_id", "geo_prec": "geo_precision", "date_prec": "date_precision"}
        )
    if fmt == "kmz":
        return pyogrio.read_dataframe(f"/vsizip/{path}/doc.kml")
    return pyogrio.read_dataframe(path)


def _date_text(value) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, dt.datetime | pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value) or None


def _num(value) -> float | None:
    if (
        value is None
        or (isinstance(value, str) and not value)
        or (not isinstance(value, str) and pd.isna(value))
    ):
        return None
    return float(value)


@pytest.fixture
def exported(tmp_path):
    def run(fmt: str) -> tuple[list[Incident], Path]:
        incidents = sample_incidents()
        out = write_export(incidents, fmt, tmp_path / ("out.zip" if fmt == "shp" else f"out.{fmt}"))
        return incidents, out

    return run


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "csv"])
def test_gis_formats_read_back_with_same_points_and_fields(fmt, exported):
    incidents, out = exported(fmt)
    frame = _read_back(out, fmt)
    assert len(frame) == len(incidents)
    assert frame.crs is not None and frame.crs.to_epsg() == 4326
    by_id = {row["incident_id"]: row for row in frame.to_dict("records")}
    assert set(by_id) == {i.incident_id for i in incidents}
    for inc in incidents:
        row = by_id[inc.incident_id]
        geom = row["geometry"]
        if inc.latitude is None:
            assert geom is None or geom.is_empty
        else:
            assert geom.x == pytest.approx(inc.longitude, abs=1e-6)  # x is longitude
            assert geom.y == pytest.approx(inc.latitude, abs=1e-6)
        assert row["event_type"] == inc.event_type
        assert _date_text(row["event_date"]) == (inc.event_date.isoformat() if inc.event_date else None)
        assert _num(row["fatalities"]) == inc.fatalities
        assert _num(row["geo_precision"]) == inc.geo_precision
        assert row["date_precision"] == inc.date_precision.value
        assert _num(row["confidence"]) == pytest.approx(inc.confidence)
        evidence = row["evidence"]  # GeoJSON holds a list; flat formats hold JSON text
        evidence = json.loads(evidence) if isinstance(evidence, str) else evidence
        assert evidence == [{"start": s.start, "end": s.end, "text": s.text} for s in inc.evidence]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_round_trips_through_import(fmt, exported, tmp_path):
    incidents, out = exported(fmt)
    result = import_file("layer", out)
    assert result.rejects == ()
    got = {i.incident_id: incident_to_dict(i) for i in result.incidents}
    for inc in incidents:
        want = incident_to_dict(inc)
        if fmt in ("kml", "kmz"):  # KML leaves out the import extras (documented)
            want["attributes"] = {}
        assert got[inc.incident_id] == want


def test_geojson_is_rfc7946():
    doc = to_geojson(sample_incidents())
    assert "crs" not in doc
    assert doc["type"] == "FeatureCollection"
    first = doc["features"][0]
    assert first["geometry"]["coordinates"] == [42.4412, 33.7856]  # [lon, lat]
    assert first["properties"]["evidence"][0] == {"start": 0, "end": 41, "text": TEXT[:41]}
    assert doc["features"][3]["geometry"] is None
    assert set(first["properties"]) >= {
        "incident_id",
        "geo_precision",
        "location_precision",
        "confidence",
        "url",
    }


def test_acled_rows_layout_and_derived_columns():
    rows = to_acled_rows(sample_incidents())
    assert tuple(rows[0])[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    first = rows[0]
    assert first["event_id_cnty"] == first["incident_id"]
    assert first["iso"] == 368
    assert first["event_date"] == "2022-01-04"
    assert first["year"] == 2022
    assert first["time_precision"] == 1
    assert first["disorder_type"] == "Political violence"
    assert json.loads(first["evidence"])[1]["text"] == TEXT[52:66]
    assert rows[2]["civilian_targeting"] == "Civilian targeting"
    assert rows[2]["time_precision"] == 3
    assert rows[3]["disorder_type"] == "Strategic developments"
    assert rows[3]["time_precision"] is None
    assert rows[4]["inter1"] == 3 and rows[4]["assoc_actor_1"] == "Allies; Friends"
    assert rows[4]["time_precision"] == 2
    assert rows[5]["iso"] is None
    assert to_acled_rows([]) == []


@pytest.mark.parametrize(
    ("event_type", "sub", "disorder"),
    [
        ("Battles", "Armed clash", "Political violence"),
        ("Protests", "Peaceful protest", "Demonstrations"),
        ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
        ("Riots", "Violent demonstration", "Demonstrations"),
        ("Riots", "Mob violence", "Political violence"),
        ("Strategic developments", "Arrests", "Strategic developments"),
    ],
)
def test_disorder_type_follows_acled(event_type, sub, disorder):
    (row,) = to_acled_rows([_incident(1, event_type=event_type, sub_event_type=sub)])
    assert row["disorder_type"] == disorder


def test_csv_export_has_acled_columns_first_and_reimports_as_acled(tmp_path):
    incidents = sample_incidents()
    out = write_export(incidents, "csv", tmp_path / "acled.csv")
    frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert tuple(frame.columns[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert frame.loc[0, "iso"] == "368"
    assert frame.loc[0, "fatalities"] == "0"
    result = import_file("acled", out)
    assert result.rejects == ()
    assert [incident_to_dict(i) for i in result.incidents] == [incident_to_dict(i) for i in incidents]


@pytest.mark.parametrize(
    ("fmt", "magic"),
    [
        ("geojson", b'{"type":"FeatureCollection"'),
        ("gpkg", b"SQLite format 3"),
        ("kml", b"<?xml"),
        ("kmz", b"PK"),
        ("shp", b"PK"),
        ("csv", b'"event_id_cnty"'),
        ("parquet", b"PAR1"),
        ("fgb", b"fgb"),
    ],
)
def test_export_bytes(fmt, magic):
    data, filename, mimetype = export_bytes(sample_incidents(), fmt)
    assert data.startswith(magic)
    assert mimetype == MIMETYPES[fmt]
    assert filename.startswith("incidents")


def test_kmz_is_zipped_doc_kml_with_balloon():
    data, _, _ = export_bytes(sample_incidents(), "kmz")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert (
            zf.namelist()[0] == "doc.kml"
        )  # then the icons its styles name (files/*.png), bundled for offline use
        kml = zf.read("doc.kml").decode("utf-8")
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    placemark = ElementTree.fromstring(kml).find(".//k:Placemark", ns)
    assert (
        placemark.findtext("k:name", namespaces=ns) == "Air/drone strike — Ain al-Asad Air Base, 2022-01-04"
    )
    balloon = placemark.findtext("k:description", namespaces=ns)  # HTML, escaped in the XML as KML allows
    for label in ("Date", "Type", "Sub-type", "Fatalities", "Location", "Precision", "Source"):
        assert f"<th align='left'>{label}</th>" in balloon
    assert '<a href="https://example.org/esta/ain-al-asad">ESTA</a>' in balloon
    assert "2022-01-04 (precision: day)" in balloon


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://example.org/a?b=1&c=<2>", True),
        ("HTTP://example.org/a", True),
        ("javascript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("  javascript:alert(1)", False),
    ],
)
def test_kml_balloon_links_only_web_addresses(url, linked):
    inc = sample_incidents()[0].replace(url=url)
    data, _, _ = export_bytes([inc], "kml")
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    balloon = ElementTree.fromstring(data).find(".//k:Placemark", ns).findtext("k:description", namespaces=ns)
    assert ("<a href=" in balloon) == linked
    assert "<script>" not in balloon  # escaped either way


def test_unwritable_folder_names_the_output(tmp_path, monkeypatch):
    def refuse(**kw):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(export_module.tempfile, "mkdtemp", refuse)
    with pytest.raises(InterchangeError, match=r"a\.csv: cannot write in the folder .*: Permission denied"):
        write_export(sample_incidents(), "csv", tmp_path / "a.csv")
    assert list(tmp_path.iterdir()) == []


def test_shapefile_zip_has_utf8_cpg_short_names_and_whole_long_fields():
    data, _, _ = export_bytes(sample_incidents(), "shp")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = set(zf.namelist())
        assert {"incidents.shp", "incidents.shx", "incidents.dbf", "incidents.prj", "incidents.cpg"} <= names
        assert zf.read("incidents.cpg").decode().strip().upper() in ("UTF-8", "UTF8")
        sidecar = pd.read_csv(
            io.BytesIO(zf.read("incidents_long_fields.csv")), dtype=str, keep_default_na=False
        )
    assert sidecar.loc[2, "notes"] == "Ü" * 300
    assert all(len(n) <= 10 for n in SHP_NAMES.values())


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_selection_writes_a_readable_file(fmt, tmp_path):
    out = write_export([], fmt, tmp_path / ("empty.zip" if fmt == "shp" else f"empty.{fmt}"))
    assert out.stat().st_size > 0


def test_write_export_refuses_existing_and_missing_folder(tmp_path):
    out = tmp_path / "a.gpkg"
    out.write_bytes(b"keep me")
    with pytest.raises(InterchangeError, match="exists"):
        write_export(sample_incidents(), "gpkg", out)
    assert out.read_bytes() == b"keep me"
    write_export(sample_incidents(), "gpkg", out, force=True)
    assert out.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(InterchangeError, match="does not exist"):
        write_export(sample_incidents(), "gpkg", tmp_path / "no" / "a.gpkg")
    with pytest.raises(InterchangeError, match=r"name it \.zip"):
        write_export(sample_incidents(), "shp", tmp_path / "a.shp")
    with pytest.raises(InterchangeError, match="geojson, gpkg"):
        write_export(sample_incidents(), "xlsx", tmp_path / "a.xlsx")


def test_failed_export_leaves_nothing_behind(tmp_path, monkeypatch):
    out = tmp_path / "old.fgb"
    out.write_bytes(b"previous export")

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(export_module, "_write_format", boom)
    with pytest.raises(InterchangeError, match="disk full"):
        write_export(sample_incidents(), "fgb", out, force=True)
    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.fgb"]


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("gpkg", ["1 incident(s) have no coordinates"]),
        ("fgb", ["1 incident(s) have no coordinates", "without a spatial index"]),
        ("shp", ["1 incident(s) have no coordinates", "longer than the 254 bytes"]),
        ("kml", ["1 incident(s) have no coordinates", "except 'attributes'"]),
    ],
)
def test_export_notes(fmt, expected):
    notes = export_notes(sample_incidents(), fmt)
    assert len(notes) == len(expected)
    for note, want in zip(notes, expected, strict=True):
        assert want in note


# ------------------------------------------------------------------------------------------------- CLI
@pytest.fixture
def store_path(tmp_path) -> Path:
    path = tmp_path / "store.sqlite"
    with SQLiteStore(path) as store:
        store.save(incidents=sample_incidents())
    return path


def _ids(path: Path) -> set[str]:
    return {f["properties"]["incident_id"] for f in json.loads(path.read_text())["features"]}


@pytest.mark.parametrize(
    ("filters", "numbers"),
    [
        ([], {1, 2, 4, 5, 6}),
        (["--historical", "include"], {1, 2, 3, 4, 5, 6}),
        (["--historical", "only"], {3}),
        (["--type", "Battles", "--type", "Strategic developments"], {4, 5}),
        (["--sub-type", "Air/drone strike"], {1, 6}),
        (["--from", "2022-01-04", "--to", "2022-01-04"], {1, 5, 6}),
        (["--bbox", "42,33,43,34"], {1, 6}),
        (["--min-confidence", "0.8"], {1, 5, 6}),
        (["--min-fatalities", "1"], {5}),
        (["--geo-precision", "2"], {5}),
        (["--origin", "acled"], {5}),
        (["--country", "irq", "--weapon", "rocket"], {2}),
        (["--text", "baghdad"], {2}),
        (["--actor", "unidentified", "--source", "ESTA"], {1, 2, 4, 5}),
    ],
)
def test_cli_export_filters(filters, numbers, store_path, tmp_path, capsys):
    out = tmp_path / "sel.geojson"
    code = main(["export", "--db", str(store_path), "--format", "geojson", "--out", str(out), *filters])
    assert code == 0
    assert _ids(out) == {make_incident_id("r-test", n) for n in numbers}
    assert f"wrote {len(numbers)} incident(s)" in capsys.readouterr().out


@pytest.mark.parametrize("country", ["Iraqq", "XXX", "IQ"])
def test_cli_export_refuses_a_country_that_is_no_iso3_code(country, store_path, tmp_path, capsys):
    """(QA 16, stop 19: "--country Iraq" wrote an empty layer without a word; since QA 30 a country's name is made
    its code, tests/test_qa30_cli.py, and what is neither a code nor a name is refused)"""
    with pytest.raises(SystemExit) as exc:
        main(
            [
                "export",
                "--db",
                str(store_path),
                "-f",
                "geojson",
                "-o",
                str(tmp_path / "x.geojson"),
                "--country",
                country,
            ]
        )
    assert exc.value.code == 2
    assert "alpha-3" in capsys.readouterr().err
    assert not (tmp_path / "x.geojson").exists()


def test_cli_export_errors(store_path, tmp_path, capsys):
    out = tmp_path / "x.gpkg"
    assert main(["export", "--db", str(store_path), "-f", "gpkg", "-o", str(out)]) == 0
    assert main(["export", "--db", str(store_path), "-f", "gpkg", "-o", str(out)]) == 1
    assert "--force" in capsys.readouterr().err
    assert main(["export", "--db", str(store_path), "-f", "gpkg", "-o", str(out), "--force"]) == 0
    assert (
        main(["export", "--db", str(tmp_path / "none.sqlite"), "-f", "gpkg", "-o", str(tmp_path / "y")]) == 1
    )
    with pytest.raises(SystemExit) as exc:
        main(["export", "--db", str(store_path), "-f", "xlsx", "-o", str(out)])
    assert exc.value.code == 2
    assert "geojson" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["export", "--db", str(store_path), "-f", "csv", "-o", str(out), "--bbox", "1,2,3"])
    assert exc.value.code == 2
    assert (
        main(
            [
                "export",
                "--db",
                str(store_path),
                "-f",
                "csv",
                "-o",
                str(out),
                "--from",
                "2023-01-01",
                "--to",
                "2022-01-01",
            ]
        )
        == 1
    )
