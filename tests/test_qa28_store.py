"""QA round 28, store / ingest / import / CLI findings 8, 10 and 11 (fixtures written here)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from incidents.cli import main
from incidents.interchange import import_file
from incidents.model import Incident
from incidents.store import open_store

ROOT = Path(__file__).resolve().parent.parent

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
