"""Point -> province/country lookups, the shipped boundary layers, and their build (geodata.boundaries)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest
import shapely

from geodata.boundaries import (
    ADMIN0_PATH,
    ADMIN1_PATH,
    AdminArea,
    admin0_records,
    admin1_alt_names,
    admin1_geounits,
    admin1_polygon,
    admin1_records,
    admin_for_point,
    admin_for_points,
    boundaries_geojson,
    nearest_admin_in,
)

ROOT = Path(__file__).resolve().parents[1]

# (label, lon, lat, expected province name, expected iso3). Coordinates are the places' own, not tuned to the layer.
PLACES = [
    ("Ain al-Asad air base", 42.4412, 33.7856, "Al-Anbar", "IRQ"),
    ("Baghdad airport", 44.2346, 33.2625, "Baghdad", "IRQ"),
    ("Erbil", 44.0092, 36.1911, "Erbil", "IRQ"),  # (Natural Earth: "Arbil"; admin1_renames.csv)
    ("Mosul", 43.1189, 36.3400, "Ninawa", "IRQ"),
    ("Kirkuk", 44.3922, 35.4681, "Kirkuk", "IRQ"),  # (Natural Earth: "At-Ta'mim")
    ("Basra", 47.7804, 30.5085, "Al-Basrah", "IRQ"),
    ("Umm Qasr port", 47.9400, 30.0300, "Al-Basrah", "IRQ"),
    ("Diwaniyah", 44.9311, 31.9929, "Al-Qādisiyyah", "IRQ"),
    ("Damascus", 36.2765, 33.5138, "Damascus", "SYR"),
    ("Aleppo", 37.1343, 36.2021, "Aleppo", "SYR"),
    ("Latakia port", 35.7667, 35.5167, "Lattakia", "SYR"),
    ("Deir ez-Zor", 40.1408, 35.3359, "Dayr Az Zawr", "SYR"),
    ("Kyiv", 30.5234, 50.4501, "Kyiv City", "UKR"),  # (Natural Earth: "Kiev City")
    ("Kharkiv", 36.2304, 49.9935, "Kharkiv", "UKR"),
    ("Odesa port", 30.7450, 46.4900, "Odesa", "UKR"),  # (Natural Earth: "Odessa")
    ("Simferopol", 34.1024, 44.9521, "Crimea", "UKR"),
    ("Sevastopol", 33.5224, 44.6166, "Sevastopol", "UKR"),
    ("Sanaa", 44.2067, 15.3547, "Amanat Al Asimah", "YEM"),
    ("Aden", 45.0367, 12.7797, "`Adan", "YEM"),
    ("Kabul", 69.2075, 34.5553, "Kabul", "AFG"),
    ("Bagram", 69.2650, 34.9461, "Parwan", "AFG"),
    ("Bazarak", 69.5157, 35.3129, "Panjshir", "AFG"),
    ("Nili", 66.1300, 33.7218, "Daykundi", "AFG"),
    ("Tarin Kot", 65.8740, 32.6265, "Uruzgan", "AFG"),
    ("Mogadishu port", 45.3438, 2.0371, "Banaadir", "SOM"),
    ("Hargeisa", 44.0650, 9.5600, "Somaliland", "SOM"),
    ("Gaza City", 34.4668, 31.5018, "Gaza Strip", "PSE"),
    ("Beirut", 35.5018, 33.8938, "Beirut", "LBN"),
    ("Tel Aviv", 34.7818, 32.0853, "Tel Aviv", "ISR"),
    ("Goma", 29.2217, -1.6792, "Nord-Kivu", "COD"),
    ("Khartoum", 32.5599, 15.5007, "Khartoum", "SDN"),
]

# Open sea, far from any coast.
SEA = [
    ("mid-Atlantic", -30.0, 30.0),
    ("central Mediterranean", 18.0, 34.0),
    ("Indian Ocean", 75.0, -20.0),
    ("30 km off Latakia", 35.40, 35.50),
]

# At sea a few km off a coast: in no polygon, but within the 0.1 degree fallback distance of one.
OFFSHORE = [
    ("5 km off Latakia", 35.70, 35.52, "Lattakia", "SYR"),
    ("7 km off Gaza", 34.30, 31.45, "Gaza Strip", "PSE"),
]

CODE = re.compile(r"^[A-Z]{3}-(\d+|X[0-9A-F]{6,})$")


@pytest.mark.parametrize(("label", "lon", "lat", "admin1", "iso3"), PLACES, ids=[p[0] for p in PLACES])
def test_admin_for_point_places(label: str, lon: float, lat: float, admin1: str, iso3: str) -> None:
    area = admin_for_point(lon, lat)
    assert area is not None, label
    assert (area.admin1, area.iso3) == (admin1, iso3)
    assert area.admin1_code is not None and CODE.match(area.admin1_code)
    assert area.country


@pytest.mark.parametrize(
    ("lon", "lat", "expected"),
    [
        (42.4412, 33.7856, AdminArea("Al-Anbar", "IRQ-3471", "Iraq", "IRQ")),
        (36.2765, 33.5138, AdminArea("Damascus", "SYR-4843", "Syria", "SYR")),
        (
            44.9311,
            31.9929,
            AdminArea("Al-Qādisiyyah", "IRQ-3224", "Iraq", "IRQ"),
        ),  # NE code, no label point inside
        (34.1024, 44.9521, AdminArea("Crimea", "RUS-283", "Ukraine", "UKR")),
    ],
)
def test_admin_for_point_full_record(lon: float, lat: float, expected: AdminArea) -> None:
    assert admin_for_point(lon, lat) == expected


@pytest.mark.parametrize(("label", "lon", "lat"), SEA, ids=[s[0] for s in SEA])
def test_open_sea_is_none(label: str, lon: float, lat: float) -> None:
    assert admin_for_point(lon, lat) is None


@pytest.mark.parametrize(("label", "lon", "lat", "admin1", "iso3"), OFFSHORE, ids=[o[0] for o in OFFSHORE])
def test_offshore_falls_back_to_nearest_province(
    label: str, lon: float, lat: float, admin1: str, iso3: str
) -> None:
    assert admin_for_point(lon, lat, max_distance=0) is None  # really at sea in the layer
    area = admin_for_point(lon, lat)
    assert area is not None
    assert (area.admin1, area.iso3) == (admin1, iso3)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf")])
def test_non_finite_coordinates_give_none(value: float) -> None:
    assert admin_for_points([value, 44.2346], [33.0, 33.2625])[0] is None
    assert admin_for_points([value, 44.2346], [33.0, 33.2625])[1].admin1 == "Baghdad"
    assert admin_for_point(44.0, value) is None


@pytest.mark.parametrize(
    ("lons", "lats"),
    [([1.0, 2.0], [1.0]), ([[1.0]], [[1.0]]), (np.zeros(3), np.zeros(2))],
)
def test_admin_for_points_rejects_bad_shapes(lons, lats) -> None:
    with pytest.raises(ValueError, match="1-D"):
        admin_for_points(lons, lats)


def test_admin_for_points_empty() -> None:
    assert admin_for_points([], []) == []


def test_vectorised_equals_scalar_in_any_order() -> None:
    table = [(p[1], p[2]) for p in PLACES] + [(s[1], s[2]) for s in SEA] + [(o[1], o[2]) for o in OFFSHORE]
    lons = np.array([t[0] for t in table])
    lats = np.array([t[1] for t in table])
    scalar = [admin_for_point(x, y) for x, y in table]
    assert admin_for_points(lons, lats) == scalar
    assert admin_for_points(lons[::-1], lats[::-1]) == scalar[::-1]
    assert admin_for_points(list(lons) * 3, list(lats) * 3) == scalar * 3


def _shared_vertex(code_a: str, code_b: str) -> tuple[float, float]:
    shared = shapely.intersection(admin1_polygon(code_a).boundary, admin1_polygon(code_b).boundary)
    coords = shapely.get_coordinates(shared)
    assert len(coords), f"{code_a} and {code_b} share no border in the layer"
    x, y = coords[len(coords) // 2]
    return float(x), float(y)


@pytest.mark.parametrize(
    ("code_a", "code_b"),
    [("IRQ-3471", "IRQ-3051"), ("IRQ-3063", "IRQ-3472"), ("SYR-137", "SYR-140"), ("UKR-328", "UKR-329")],
)
def test_point_on_shared_border_is_deterministic(code_a: str, code_b: str) -> None:
    x, y = _shared_vertex(code_a, code_b)
    point = shapely.Point(x, y)
    assert shapely.covers(admin1_polygon(code_a), point)
    assert shapely.covers(admin1_polygon(code_b), point)
    first = admin_for_point(x, y)
    assert first is not None
    assert first.admin1_code == min(code_a, code_b)
    for _ in range(3):
        assert admin_for_point(x, y) == first
    assert admin_for_points([10.0, x, -30.0], [50.0, y, 30.0])[1] == first


def test_admin1_layer_shape() -> None:
    records = admin1_records()
    assert len(records) > 4000
    codes = [r.adm1_code for r in records]
    assert codes == sorted(codes)
    assert len(set(codes)) == len(codes)
    assert all(CODE.match(c) for c in codes)
    assert all(r.name and r.country for r in records)
    assert all(r.iso3 is None or re.fullmatch(r"[A-Z]{3}", r.iso3) for r in records)
    assert sorted(r.country for r in records if r.iso3 is None) == ["Siachen Glacier", "Spratly Islands"]


@pytest.mark.parametrize(("iso3", "count"), [("IRQ", 18), ("SYR", 15), ("AFG", 34)])
def test_province_counts(iso3: str, count: int) -> None:
    assert sum(r.iso3 == iso3 for r in admin1_records()) == count


@pytest.mark.parametrize("iso3", ["IRQ", "SYR", "AFG", "UKR", "YEM", "SOM"])
def test_province_names_unique_within_country(iso3: str) -> None:
    names = Counter(r.name for r in admin1_records() if r.iso3 == iso3)
    assert [n for n, k in names.items() if k > 1] == []


def test_label_points_look_up_to_their_own_province() -> None:
    records = admin1_records()
    areas = admin_for_points([r.lon for r in records], [r.lat for r in records], max_distance=0)
    wrong = [
        (r.adm1_code, a and a.admin1_code)
        for r, a in zip(records, areas, strict=True)
        if a is None or a.admin1_code != r.adm1_code
    ]
    assert wrong == []


@pytest.mark.parametrize("path", [ADMIN0_PATH, ADMIN1_PATH], ids=["admin0", "admin1"])
def test_shipped_layer_is_valid_and_attributed(path: Path) -> None:
    table = pq.read_table(path)
    meta = pq.read_metadata(path).metadata
    assert b"Made with Natural Earth" in meta[b"attribution"]
    assert b'"primary_column": "geometry"' in meta[b"geo"]
    geoms = shapely.from_wkb(table.column("geometry").to_pylist())
    assert shapely.is_valid(geoms).all()
    assert not shapely.is_empty(geoms).any()
    assert (shapely.get_type_id(geoms) == shapely.GeometryType.MULTIPOLYGON).all()


def test_shipped_layers_are_small() -> None:
    assert ADMIN0_PATH.stat().st_size + ADMIN1_PATH.stat().st_size < 8_000_000


def test_admin1_lookup_geometry_is_a_coverage() -> None:
    table = pq.read_table(ADMIN1_PATH, columns=["geometry"])
    geoms = shapely.from_wkb(table.column("geometry").to_pylist())
    assert shapely.coverage_is_valid(geoms)


def test_admin0_layer() -> None:
    records = admin0_records()
    assert 230 <= len(records) <= 260
    codes = [r.adm0_code for r in records]
    assert len(set(codes)) == len(codes)
    by_iso3 = {r.iso3: r for r in records}
    assert {by_iso3[k].name for k in ("IRQ", "SYR", "RUS", "PSE", "XKX")} == {
        "Iraq",
        "Syria",
        "Russia",
        "Palestine",
        "Kosovo",
    }
    assert by_iso3["IRQ"].iso2 == "IQ"
    assert "SOL" not in codes  # Somaliland is part of Somalia's feature
    for r in records:
        area = admin_for_point(r.lon, r.lat, max_distance=0)
        assert area is not None and (area.iso3 or area.country) == (r.iso3 or r.name), r


@pytest.mark.parametrize(
    ("level", "id_key", "minimum"), [("admin0", "adm0_code", 230), ("admin1", "adm1_code", 4000)]
)
def test_boundaries_geojson(level: str, id_key: str, minimum: int) -> None:
    fc = boundaries_geojson(level)
    assert fc["type"] == "FeatureCollection"
    assert "Natural Earth" in fc["attribution"]
    features = fc["features"]
    assert len(features) > minimum
    ids = [f["id"] for f in features]
    assert len(set(ids)) == len(ids)
    assert all(f["properties"][id_key] == f["id"] for f in features)
    assert {f["geometry"]["type"] for f in features} == {"MultiPolygon"}
    ring = features[0]["geometry"]["coordinates"][0][0]
    assert ring[0] == ring[-1] and -180 <= ring[0][0] <= 180 and -90 <= ring[0][1] <= 90


def test_boundaries_geojson_filter_and_copies() -> None:
    fc = boundaries_geojson("admin1", iso3=["IRQ", "SYR"])
    assert Counter(f["properties"]["iso3"] for f in fc["features"]) == {"IRQ": 18, "SYR": 15}
    fc["features"].clear()  # the caller's list is its own
    assert len(boundaries_geojson("admin1", iso3=["IRQ"])["features"]) == 18


@pytest.mark.parametrize("level", ["admin2", "countries", ""])
def test_boundaries_geojson_rejects_unknown_level(level: str) -> None:
    with pytest.raises(ValueError, match="admin0"):
        boundaries_geojson(level)


@pytest.mark.parametrize(
    ("code", "inside"), [("IRQ-3471", (42.4412, 33.7856)), ("SYR-4843", (36.2765, 33.5138))]
)
def test_admin1_polygon(code: str, inside: tuple[float, float]) -> None:
    assert admin1_polygon(code).covers(shapely.Point(*inside))


@pytest.mark.parametrize("code", ["XXX-1", "", "irq-3471"])
def test_admin1_polygon_unknown_code(code: str) -> None:
    assert admin1_polygon(code) is None


def test_nothing_loaded_at_import() -> None:
    code = (
        "import geodata.boundaries as b; "
        "print(b._admin1_layer.cache_info().currsize, b._features.cache_info().currsize, "
        "b._admin0_records.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.split() == ["0", "0", "0"]


# Build script ------------------------------------------------------------------------------------------------------


def _build_module():
    spec = importlib.util.spec_from_file_location(
        "build_boundaries", ROOT / "scripts" / "build_boundaries.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Al-Qādisiyyah", "alqadisiyyah"),
        ("Dar`a", "dara"),
        ("Homs (Hims)", "homshims"),
        ("KIEV city", "kievcity"),
    ],
)
def test_build_name_key(name: str, key: str) -> None:
    assert _build_module().norm(name) == key


def test_build_missing_input_fails_clearly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build = _build_module()
    assert build.main(["--shared", str(tmp_path), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "world_map.gpkg" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.shared
@pytest.mark.slow
def test_build_is_deterministic_and_matches_shipped(shared_dir: Path, tmp_path: Path) -> None:
    build = _build_module()
    only = ["IRQ", "SYR", "AFG", "UKR"]
    first = build.build(shared_dir, tmp_path / "a", only=only, log=lambda *_: None)
    second = build.build(shared_dir, tmp_path / "b", only=only, log=lambda *_: None)
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    # Codes and names do not depend on what else is built: the subset agrees with the shipped layer.
    cols = ["adm1_code", "name", "iso3", "country", "label_lon", "label_lat"]
    fresh = pq.read_table(tmp_path / "a" / "admin1.parquet", columns=cols).to_pylist()
    shipped = [r for r in pq.read_table(ADMIN1_PATH, columns=cols).to_pylist() if r["iso3"] in only]
    assert fresh == shipped


# province alternate names and map units stored by scripts/build_boundaries.py (columns alt_names, gu_a3)
ALT_NAMES = [
    ("IRQ", "Kirkuk", "At-Ta'mim"),  # (a renamed province keeps its Natural Earth name)
    ("IRQ", "Dihok", "Dahuk"),
    ("SYR", "Aleppo", "Halab"),
]


@pytest.mark.parametrize(("iso3", "name", "alt"), ALT_NAMES)
def test_admin1_alt_names(iso3: str, name: str, alt: str) -> None:
    codes = [r.adm1_code for r in admin1_records() if (r.iso3, r.name) == (iso3, name)]
    assert len(codes) == 1
    alts = admin1_alt_names()[codes[0]]
    assert alt in alts
    assert name not in alts
    assert all(not a.lower().startswith("muhafazat") for a in alts)


@pytest.mark.parametrize(
    ("iso3", "unit", "at_least"), [("GBR", "ENG", 100), ("GBR", "SCT", 20), ("IRQ", "IRK", 3)]
)
def test_admin1_geounits(iso3: str, unit: str, at_least: int) -> None:
    units = admin1_geounits()
    members = [r for r in admin1_records() if units.get(r.adm1_code) == unit]
    assert len(members) >= at_least
    assert {r.iso3 for r in members} == {iso3}


def test_in_country_agrees_with_the_province_lookup() -> None:
    """The import's cheap screen says "in its country" exactly where the point -> province lookup names that
    country (inland points; a coast needs ``within``)."""
    from geodata.boundaries import NEAREST_MAX_DISTANCE, in_country

    rng = np.random.default_rng(0)
    lons = rng.uniform(35.0, 48.0, 400)
    lats = rng.uniform(29.0, 38.0, 400)
    named = [a.iso3 if a is not None else None for a in admin_for_points(lons, lats)]
    for iso3 in ("IRQ", "SYR"):
        got = in_country([iso3] * len(lons), lons, lats)
        want = np.array([n == iso3 for n in named])
        assert (got == want).mean() > 0.98  # border ties may differ, nothing else
        assert got[want].mean() > 0.99
    assert not in_country([None, "XXX"], [44.0, 44.0], [33.0, 33.0]).any()
    # Basra harbour water, just off the simplified coast: in Iraq only with the coastal allowance
    assert in_country(["IRQ"], [47.95], [29.95], within=NEAREST_MAX_DISTANCE)[0]


def test_nearest_admin_in_gives_a_border_town_its_own_side() -> None:
    """Metula (Israel) lies where the simplified layer draws Lebanon; its own country's nearest province is
    HaZafon. The same point asked for Lebanon stays in Lebanon; a point far from the country gets None."""
    metula = (35.5787, 33.27929)
    assert admin_for_point(*metula).iso3 == "LBN"  # what the simplified layer says (why the fix is needed)
    isr, lbn, far = nearest_admin_in(
        ["ISR", "LBN", "ISR"], [metula[0], metula[0], 44.4], [metula[1], metula[1], 33.3]
    )
    assert (isr.iso3, isr.admin1) == ("ISR", "HaZafon")
    assert lbn.iso3 == "LBN"
    assert far is None
    assert nearest_admin_in([], [], []) == []
