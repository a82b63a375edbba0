"""QA round 28, store / ingest / import / CLI findings 1, 2, 3, 8, 10 and 11 (fixtures written here)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import geodata
from dashboard.data import ColumnCache
from dashboard.filters import FilterState, select, state_from_url
from incidents.cli import main
from incidents.commands import ingest as ingest_cmd
from incidents.filters import IncidentQuery, matches
from incidents.interchange import import_file
from incidents.model import Incident, Report
from incidents.store import open_store
from tests.test_ingest import fake_extract

ROOT = Path(__file__).resolve().parent.parent

# ------------------------------------------------------------------ 1. one province, one name, whatever the source


@pytest.mark.parametrize(
    ("name", "iso3", "expected"),
    [
        ("Al Anbar", "IRQ", "Al-Anbar"),  # ACLED's spelling -> the extractor's (the province layer's)
        ("al-anbar", "IRQ", "Al-Anbar"),
        (
            "Kirkuk",
            "IRQ",
            "Kirkuk",
        ),  # today's name, which the layer gives since stop 29 (Natural Earth's pre-2006 "At-Ta'mim" before)
        ("Kirkuk Province", "IRQ", "Kirkuk"),
        ("Deir ez-Zor", "SYR", "Dayr Az Zawr"),  # ACLED
        ("Dayr az Zawr governorate", "SYR", "Dayr Az Zawr"),  # UCDP
        ("Homs governorate", "SYR", "Homs"),
        ("Erbil", "IRQ", "Erbil"),
        ("Odesa", "UKR", "Odesa"),
        ("Ituri", "COD", "Ituri"),  # newer than the layer: stored under its own name since stop 29
        ("Idlib", "SYR", "Idlib"),
        ("Narnia", "SYR", None),  # unknown: left as given by the importer
        ("Kirkuk", "SYR", None),  # a province of another country
    ],
)
def test_canonical_admin1(name, iso3, expected):
    assert geodata.canonical_admin1(name, iso3) == expected


ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,iso,country,admin1,admin2,"
    "location,latitude,longitude,geo_precision,source,notes,fatalities"
)
ACLED_ROWS = [
    "IRQ9001,2023-06-02,2023,1,Explosions/Remote violence,Air/drone strike,A,368,Iraq,Al Anbar,Hit,Ain al-Asad,"
    "33.7856,42.4412,1,Reuters,drone,0",
    "IRQ9002,2023-06-03,2023,1,Battles,Armed clash,A,368,Iraq,Kirkuk,Daquq,Daquq,35.1403,44.4466,2,X,clash,3",
    "SYR9003,2023-06-04,2023,1,Battles,Armed clash,A,760,Syria,Deir ez-Zor,,Al Mayadin,35.0192,40.4519,1,X,x,1",
    "SYR9004,2023-06-05,2023,1,Battles,Armed clash,A,760,Syria,Narnia,,Somewhere,35.0,38.0,1,X,x,1",
]
UCDP_HEADER = "id,type_of_violence,date_start,date_end,latitude,longitude,best,adm_1,country,where_prec"
UCDP_ROWS = ["700001,1,2023-05-02,2023-05-02,35.33,40.14,2,Dayr az Zawr governorate,Syria,1"]


def _write(path: Path, header: str, rows: list[str]) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("fast", [True, False], ids=["column-path", "row-path"])
def test_imports_store_provinces_under_the_extractors_names(tmp_path, fast):
    rows = ACLED_ROWS if fast else [*ACLED_ROWS, 'SYR9005,2023-06-06,2023,1,Battles,Armed clash,"A, B",760,Syria,'
                                    "Idlib,,Sarmin,35.9,36.72,1,X,x,0"]  # fmt: skip
    acled = import_file("acled", _write(tmp_path / "acled.csv", ACLED_HEADER, rows))
    by_id = {i.origin_id: i for i in acled.incidents}
    assert by_id["IRQ9001"].admin1 == "Al-Anbar"
    assert by_id["IRQ9002"].admin1 == "Kirkuk"
    assert by_id["SYR9003"].admin1 == "Dayr Az Zawr"
    assert by_id["SYR9004"].admin1 == "Narnia"  # unknown: as given
    # the source's own spelling stays where ACLED's raw columns are kept
    assert by_id["IRQ9001"].attributes["admin1"] == "Al Anbar"
    assert "admin1" not in by_id["SYR9004"].attributes
    ucdp = import_file("ucdp", _write(tmp_path / "ucdp.csv", UCDP_HEADER, UCDP_ROWS))
    (inc,) = ucdp.incidents
    assert inc.admin1 == "Dayr Az Zawr"
    assert inc.attributes["adm_1"] == "Dayr az Zawr governorate"


def test_reimport_is_unchanged_and_layer_round_trip_keeps_names(tmp_path):
    db = tmp_path / "s.sqlite"
    csv = _write(tmp_path / "acled.csv", ACLED_HEADER, ACLED_ROWS)
    assert main(["import", "acled", str(csv), "--db", str(db)]) == 0
    assert main(["import", "acled", str(csv), "--db", str(db), "--json"]) == 0
    assert main(["export", "--db", str(db), "-f", "gpkg", "-o", str(tmp_path / "a.gpkg")]) == 0
    layer = import_file("layer", tmp_path / "a.gpkg")
    with open_store(db) as store:
        stored = sorted(i.admin1 for i in store.query())
    assert stored == ["Al-Anbar", "Dayr Az Zawr", "Kirkuk", "Narnia"]
    assert sorted(i.admin1 for i in layer.incidents) == stored


def _inc(n: int, admin1: str | None, source: str | None) -> Incident:
    return Incident(
        incident_id=f"i-qa28-{n}",
        report_id="r-qa28",
        event_type="Battles",
        sub_event_type="Armed clash",
        event_date=dt.date(2024, 5, n),
        admin1=admin1,
        iso3="SYR",
        source=source,
    )


@pytest.fixture
def folded_store(tmp_path):
    store = open_store(tmp_path / "f.sqlite")
    incidents = [
        _inc(1, "Idlib", "Gulf Monitor"),
        _inc(2, "Idlib", "Horn Desk"),
        _inc(3, "Ménaka", "Le Républicain"),
        _inc(4, "Al-Anbar", None),
        _inc(5, None, "Gulf Monitor"),
    ]
    store.save(incidents=incidents)
    yield store, incidents
    store.close()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (IncidentQuery(admin1=("idlib",)), {1, 2}),
        (IncidentQuery(admin1=("IDLIB",)), {1, 2}),
        (IncidentQuery(admin1=("Menaka",)), {3}),  # without the accent
        (IncidentQuery(admin1=("Al Anbar",)), {4}),  # a space for the hyphen
        (IncidentQuery(sources=("gulf monitor",)), {1, 5}),
        (IncidentQuery(sources=("le republicain",)), {3}),
        (IncidentQuery(admin1=("idlib",), sources=("horn desk",)), {2}),
    ],
)
def test_admin1_and_source_filters_fold_case_and_accents(folded_store, query, expected):
    store, incidents = folded_store
    got = {int(i.incident_id.rsplit("-", 1)[1]) for i in store.query(query)}
    assert got == expected
    assert store.count(query) == len(expected)
    assert {int(i.incident_id.rsplit("-", 1)[1]) for i in incidents if matches(query, i)} == expected


def test_dashboard_select_and_link_fold_like_the_cli(folded_store):
    store, _ = folded_store
    cols = ColumnCache(store).get()
    rows = select(cols, FilterState(admin1=("idlib",), sources=("gulf monitor",)))
    assert cols.incident_id[rows].tolist() == ["i-qa28-1"]
    parsed = state_from_url("?province=idlib", known={"admin1": ["Idlib", "Ménaka"]})
    assert parsed.state.admin1 == ("Idlib",) and not parsed.ignored


def test_export_names_an_admin1_that_matches_nothing(tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    _write(tmp_path / "acled.csv", ACLED_HEADER, ACLED_ROWS)
    assert main(["import", "acled", str(tmp_path / "acled.csv"), "--db", str(db)]) == 0
    capsys.readouterr()
    out = tmp_path / "k.geojson"
    # (stop 29: the store selects a province by any of its names, so Kirkuk's own old name finds it; a province
    # with no incident is named under its current name)
    assert main(["export", "--db", str(db), "-f", "geojson", "-o", str(out), "--admin1", "At-Ta'mim"]) == 0
    assert "wrote 1 incident(s)" in capsys.readouterr().out
    assert (
        main(["export", "--db", str(db), "-f", "geojson", "-o", str(out), "--force", "--admin1", "Arbil"])
        == 0
    )
    err = capsys.readouterr().err
    assert "--admin1 'Arbil' matches no province in the store under any of its names ('Erbil')" in err
    assert (
        main(["export", "--db", str(db), "-f", "geojson", "-o", str(out), "--force", "--admin1", "al anbar"])
        == 0
    )
    assert "wrote 1 incident(s)" in capsys.readouterr().out


# ------------------------------------------------------------ 2 and 3. --published and re-ingesting without it


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(ingest_cmd, "_extractor", lambda: fake_extract)
    monkeypatch.setattr(ingest_cmd, "_load_gazetteer", lambda *, progress: None)


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Gulf Monitor</title>
<item><title>Drones downed</title><link>https://gm.example/1</link><pubDate>Tue, 04 Jan 2022 10:00:00 +0000</pubDate>
<description>Two drones were shot down at Ain al-Asad air base on Tuesday, officials said.</description></item>
<item><title>Rockets</title><link>https://gm.example/2</link><pubDate>Sat, 15 Jan 2022 10:00:00 +0000</pubDate>
<description>Three rockets hit the Green Zone in Baghdad on Saturday, police said.</description></item>
</channel></rss>
"""


def test_published_override_warns_per_report_with_its_own_date(fake, tmp_path, capsys):
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED, encoding="utf-8")
    md = tmp_path / "m.md"
    md.write_text("---\npublished: 2024-03-12\n---\nA car bomb killed four people in Mogadishu on Monday.\n")
    plain = tmp_path / "p.txt"
    plain.write_text("Gunmen killed two soldiers in Gao on Sunday, the army said.\n")
    db = tmp_path / "s.sqlite"
    args = ["ingest", str(feed), str(md), str(plain), "--db", str(db), "--published", "2022-01-15", "--json"]
    assert main([*args, "--no-progress"]) == 0
    out, err = capsys.readouterr()
    summary = json.loads(out)
    differs = [w for w in summary["warnings"] if "differs from --published 2022-01-15" in w]
    assert len(differs) == 2  # feed item 1 (2022-01-04) and m.md (2024-03-12); item 2 has the same date
    assert any("feed.xml" in w and "item 1" in w and "2022-01-04" in w for w in differs)
    assert any("m.md" in w and "2024-03-12" in w for w in differs)
    assert not any("p.txt" in w for w in differs)  # no date of its own: nothing to warn about
    assert "incidents: warning:" in err
    with open_store(db) as store:  # the documented override is kept
        assert {i.published for i in store.query()} == {dt.date(2022, 1, 15)}


def test_reingest_without_published_keeps_the_stored_date(fake, tmp_path, capsys):
    report = tmp_path / "idlib.txt"
    report.write_text("Shelling killed three civilians in Ariha on Tuesday, rescuers said.\n")
    db = tmp_path / "s.sqlite"
    assert main(["ingest", str(report), "--db", str(db), "--published", "2024-05-15", "--no-progress"]) == 0
    capsys.readouterr()
    assert main(["ingest", str(report), "--db", str(db), "--no-progress"]) == 0
    out, err = capsys.readouterr()
    assert "0 new, 0 updated, 1 unchanged" in out
    assert "0 added, 0 updated, 2 unchanged, 0 removed" in out
    assert "warnings   1" in out  # only the fake extractor's own warning: no "no publication date"
    assert "no publication date:" not in err
    assert "incidents: note:" in err and "2024-05-15" in err and "idlib.txt" in err
    with open_store(db) as store:
        (rep,) = [store.get_report(i.report_id) for i in store.query()][:1]
        assert isinstance(rep, Report) and rep.published == dt.date(2024, 5, 15)
        assert {i.published for i in store.query()} == {dt.date(2024, 5, 15)}


def test_a_new_report_without_a_date_still_warns(fake, tmp_path, capsys):
    report = tmp_path / "new.txt"
    report.write_text("Gunmen killed two soldiers in Gao on Sunday, the army said.\n")
    assert main(["ingest", str(report), "--db", str(tmp_path / "s.sqlite"), "--no-progress", "--json"]) == 0
    out, err = capsys.readouterr()
    assert "no publication date" in err and "incidents: note:" not in err
    assert json.loads(out)["notes"] == []  # the summary's notes: none for a report the store did not hold


# ------------------------------------------------------------------------------- 8. db info creates nothing


def test_db_info_on_a_missing_store_is_an_error_and_creates_nothing(tmp_path, capsys):
    db = tmp_path / "typo" / "x.sqlite"
    assert main(["db", "info", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"incidents: error: no store at {db}")
    assert not db.exists() and not db.parent.exists()


# --------------------------------------------------------------------------- 10. FlatGeobuf dates in the docs


def test_interchange_doc_says_flatgeobuf_dates_are_datetimes(tmp_path):
    import pyogrio

    doc = (ROOT / "docs" / "interchange.md").read_text(encoding="utf-8")
    (row,) = [line for line in doc.splitlines() if line.startswith("| `fgb`")]
    assert "no Date type" in row and "midnight" in row and "Same as GPKG." not in row
    db = tmp_path / "s.sqlite"
    with open_store(db) as store:
        store.save(incidents=[_inc(1, "Idlib", "X")])
    assert main(["export", "--db", str(db), "-f", "fgb", "-o", str(tmp_path / "a.fgb")]) == 0
    info = pyogrio.read_info(tmp_path / "a.fgb")
    dtypes = dict(zip(info["fields"], info["dtypes"], strict=True))
    assert dtypes["event_date"].startswith("datetime64")  # what the doc now says


# ---------------------------------------------------------------------------- 11. pre-2019 ACLED event types


@pytest.mark.parametrize(
    ("old", "current"),
    [
        ("Remote violence", "Explosions/Remote violence"),
        ("Battle-No change of territory", "Battles"),
        ("Riots/Protests", "Protests"),
        ("Strategic development", "Strategic developments"),
    ],
)
def test_pre_2019_event_type_reject_names_the_current_type(tmp_path, old, current):
    row = f"SYR9100,2018-07-11,2018,1,{old},Armed clash,A,760,Syria,Idlib,,Sarmin,35.9,36.72,1,X,x,0"
    # "Violence against civilians" kept its name in 2019: a bad row of it is no "old name"
    vac = "SYR9101,2023-07-11,2023,1,Violence against civilians,Armed clash,A,760,Syria,Idlib,,S,35.9,36.72,1,X,x,0"
    result = import_file("acled", _write(tmp_path / "old.csv", ACLED_HEADER, [ACLED_ROWS[0], row, vac]))
    reject, other = result.rejects
    assert "pre-2019 ACLED event type" in reject.reason and repr(current) in reject.reason
    assert reject.line == 3
    assert "pre-2019" not in other.reason
