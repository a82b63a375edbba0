"""Province names analysts recognise (stop 29): the layer's renamed provinces, the provinces split since it was
made, and the same name everywhere it flows (lookups, extraction, imports, store and dashboard filters).

Why: Natural Earth 4.1 names Kirkuk "At-Ta'mim" (renamed 2006), Kyiv "Kiev", Odesa "Odessa", and knows only DR Congo's
pre-2015 provinces, so a town in Ituri came out "Orientale" even when the report said "Ituri province"; ACLED and
UCDP, which users compare with, use today's names (geodata/data/BOUNDARIES.md, PROVINCES.md).
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

import pytest

import geodata
from geodata.boundaries import admin1_records, admin_for_point
from incidents import IncidentQuery, open_store
from incidents.filters import matches
from incidents.model import Incident

DATA = Path(__file__).resolve().parents[1] / "geodata" / "data"


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_every_rename_has_a_source_and_keeps_its_code_and_old_name() -> None:
    """The reviewed table is what the layer carries: the code stays, the new name is the province's, and the
    old name stays another name of it (older reports, stores and datasets still reach the province)."""
    renames = _rows("admin1_renames.csv")
    assert len(renames) >= 20
    by_code = {r.adm1_code: r for r in admin1_records()}
    alt = geodata.boundaries.admin1_alt_names()
    for row in renames:
        assert row["source"].strip(), row
        assert by_code[row["adm1_code"]].name == row["name"], row
        assert row["ne_name"] in alt.get(row["adm1_code"], ()), row
        assert geodata.canonical_admin1(row["ne_name"], by_code[row["adm1_code"]].iso3) == row["name"], row


@pytest.mark.parametrize(
    ("lon", "lat", "admin1", "code"),
    [
        (44.3922, 35.4681, "Kirkuk", "IRQ-3049"),  # Kirkuk city; "At-Ta'mim" before
        (44.0092, 36.1900, "Erbil", "IRQ-3050"),
        (30.5234, 50.4501, "Kyiv City", "UKR-4826"),
        (30.7233, 46.4825, "Odesa", "UKR-322"),
        (37.8028, 48.0159, "Donetsk", "UKR-327"),
        (13.4500, -5.8167, "Kongo Central", "COD-1883"),  # Matadi; "Bas-Congo" before
        # the 2015 provinces: the polygon (and its code) is still Orientale / Katanga, the name is today's
        (30.2500, 1.5667, "Ituri", "COD-1559"),  # Bunia
        (29.5355, 3.0372, "Haut-Uele", "COD-1559"),  # Watsa
        (25.1910, 0.5153, "Tshopo", "COD-1559"),  # Kisangani
        (27.4794, -11.6609, "Haut-Katanga", "COD-1897"),  # Lubumbashi
        (29.1950, -5.9475, "Tanganyika", "COD-1897"),  # Kalemie
        (20.7833, -4.3167, "Kasai", "COD-1872"),  # Tshikapa
        (18.2603, 0.0487, "Équateur", "COD-1461"),  # guard: Mbandaka, the rest of Équateur keeps its name
        (43.1450, 36.3350, "Ninawa", "IRQ-3051"),  # guard: not renamed
    ],
)
def test_a_point_gets_the_current_name_and_the_layers_code(lon, lat, admin1, code) -> None:
    area = admin_for_point(lon, lat)
    assert (area.admin1, area.admin1_code) == (admin1, code)


def test_every_reference_town_of_a_split_province_looks_up_to_its_own_province() -> None:
    """A GeoNames town of a split polygon is given the province GeoNames gives it (the nearest town is itself)."""
    towns = _rows("split_towns.csv")
    assert {t["province"] for t in towns} >= {"Ituri", "Tshopo", "Haut-Uele", "Bas-Uele", "Lualaba", "Ménaka"}
    areas = geodata.admin_for_points([float(t["lon"]) for t in towns], [float(t["lat"]) for t in towns])
    assert [(a.admin1, a.admin1_code) for a in areas] == [(t["province"], t["adm1_code"]) for t in towns]


@pytest.mark.parametrize(
    ("name", "iso3", "expected"),
    [
        ("At-Ta'mim", "IRQ", "Kirkuk"),  # an older store's or export's name
        ("Kirkuk", "IRQ", "Kirkuk"),  # ACLED's: the same value the extractor gives
        ("Kiev", "UKR", "Kyiv"),
        ("Kyiv Oblast", "UKR", "Kyiv"),
        ("Odessa", "UKR", "Odesa"),
        ("Bas-Congo", "COD", "Kongo Central"),
        ("Ituri", "COD", "Ituri"),  # a newer province is stored under its own name, no longer its parent's
        ("Ituri Province", "COD", "Ituri"),
        ("Orientale", "COD", "Orientale"),  # guard: the old province is still a name of the layer
        ("Northern Areas", "PAK", "Gilgit-Baltistan"),
    ],
)
def test_dataset_and_old_names_fold_to_the_current_name(name, iso3, expected) -> None:
    assert geodata.canonical_admin1(name, iso3) == expected


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        (
            "CODECO militiamen attacked a displacement camp in Ituri province on Sunday, killing 12 people.",
            "Ituri",
        ),
        ("ADF fighters killed 42 civilians near Mambasa, Ituri province, on Sunday.", "Ituri"),
        ("Gunmen killed five people in Bunia on Sunday.", "Ituri"),
        ("A roadside bomb killed two soldiers in Kirkuk province on Sunday.", "Kirkuk"),
        ("Russian missiles struck the port of Odesa on Sunday, killing three people.", "Odesa"),
    ],
)
def test_extraction_names_the_province_as_analysts_do(text, admin1, gazetteer) -> None:
    from incidents.extract import extract
    from incidents.model import Report

    incs = extract(
        Report.create(text=text, published=dt.date(2024, 5, 15), source=None), gazetteer=gazetteer
    ).incidents
    assert incs and {i.admin1 for i in incs} == {admin1}
    assert "Orientale" not in {i.admin1 for i in incs}


def _inc(n: int, admin1: str, iso3: str) -> Incident:
    return Incident(
        incident_id=f"i-qa29-{n}",
        report_id="r-qa29",
        event_type="Battles",
        sub_event_type="Armed clash",
        event_date=dt.date(2024, 5, n),
        admin1=admin1,
        iso3=iso3,
    )


@pytest.fixture
def mixed_store(tmp_path):
    """A store written partly by an older version (old names) and partly by this one."""
    store = open_store(tmp_path / "m.sqlite")
    incidents = [
        _inc(1, "At-Ta'mim", "IRQ"),  # older version
        _inc(2, "Kirkuk", "IRQ"),
        _inc(3, "Kiev", "UKR"),  # older version
        _inc(4, "Kyiv", "UKR"),
        _inc(5, "Kyiv City", "UKR"),
        _inc(6, "Idlib", "SYR"),
    ]
    store.save(incidents=incidents)
    yield store, incidents
    store.close()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (IncidentQuery(admin1=("Kirkuk",)), {1, 2}),
        (IncidentQuery(admin1=("At-Ta'mim",)), {1, 2}),  # the old name typed: today's incidents too
        (IncidentQuery(admin1=("Kiev",)), {3, 4}),  # the oblast, not the city
        (IncidentQuery(admin1=("Kyiv Oblast",)), {3, 4}),
        (IncidentQuery(admin1=("Kiev City",)), {5}),
        (IncidentQuery(admin1=("idlib",)), {6}),  # guard: folding as before
    ],
)
def test_store_filters_fold_old_and_dataset_names(mixed_store, query, expected) -> None:
    store, incidents = mixed_store
    assert {int(i.incident_id.rsplit("-", 1)[1]) for i in store.query(query)} == expected
    assert store.count(query) == len(expected)
    assert {int(i.incident_id.rsplit("-", 1)[1]) for i in incidents if matches(query, i)} == expected


def test_a_dashboard_link_with_an_old_name_selects_the_province() -> None:
    from dashboard.filters import state_from_url

    parsed = state_from_url("?province=Kiev", known={"admin1": ["Kyiv", "Kyiv City"], "iso3": ["UKR"]})
    assert parsed.state.admin1 == ("Kyiv",) and not parsed.ignored
    parsed = state_from_url("?province=Kirkuk", known={"admin1": ["At-Ta'mim"], "iso3": ["IRQ"]})
    assert parsed.state.admin1 == ("At-Ta'mim",) and not parsed.ignored


def test_acled_import_and_extraction_agree_on_kirkuk(tmp_path) -> None:
    from incidents import import_file

    header = (
        "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,iso,country,admin1,admin2,"
        "location,latitude,longitude,geo_precision,source,notes,fatalities"
    )
    row = "IRQ9002,2023-06-03,2023,1,Battles,Armed clash,A,368,Iraq,Kirkuk,Daquq,Daquq,35.1403,44.4466,2,X,clash,3"
    path = tmp_path / "acled.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    (inc,) = import_file("acled", path).incidents
    assert inc.admin1 == admin_for_point(44.4466, 35.1403).admin1 == "Kirkuk"


def test_a_rename_row_without_a_source_stops_the_build(tmp_path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_boundaries", Path(__file__).resolve().parents[1] / "scripts" / "build_boundaries.py"
    )
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up by name
    spec.loader.exec_module(mod)
    bad = tmp_path / "r.csv"
    bad.write_text("adm1_code,ne_name,name,source\nIRQ-3049,At-Ta'mim,Kirkuk,\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"r\.csv:2"):
        mod.read_renames(bad)
