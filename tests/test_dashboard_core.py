"""Dashboard core: numpy filtering vs the reference filter, URL round trip, binning, figure builders (offline)."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import plotly.io as pio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.aggregate import bounds_of_view, cell_size_for_zoom, grid_bin, in_bounds, time_bins, time_unit
from dashboard.data import LOAD_COLUMNS, NO_DATE, ColumnCache, build_columns, date_to_day
from dashboard.figures import (
    OFFLINE_STYLE,
    MapPoints,
    boundary_layers,
    map_figure,
    marker_size,
    timeline_figure,
)
from dashboard.filters import (
    DEFAULT_STATE,
    FilterState,
    select,
    state_from_dict,
    state_from_url,
    state_to_dict,
    state_to_url,
    to_query,
)
from dashboard.synthetic import edge_case_incidents, synthetic_incidents
from incidents import EVENT_TYPES, open_store
from incidents.filters import matches

D = dt.date


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    """A store with edge cases + 1,500 synthetic incidents, its records and its columns."""
    store = open_store(tmp_path_factory.mktemp("dash") / "s.sqlite")
    incidents = edge_case_incidents() + list(synthetic_incidents(1500, seed=7))
    store.save(incidents=incidents)
    cols = ColumnCache(store).get()
    by_id = {i.incident_id: i for i in incidents}
    yield store, cols, [by_id[i] for i in cols.incident_id.tolist()]
    store.close()


STATES = [
    DEFAULT_STATE,
    FilterState(historical=True),
    FilterState(date_from=D(2022, 1, 3), date_to=D(2022, 1, 4)),
    FilterState(date_from=D(2019, 6, 1)),
    FilterState(date_to=D(2019, 6, 1), historical=True),
    FilterState(event_types=("Battles", "Riots")),
    FilterState(sub_event_types=("Disrupted weapons use",)),
    FilterState(weapons=("drone", "rocket")),
    FilterState(iso3=("IRQ",), historical=True),
    FilterState(admin1=("Al-Anbar", "Donetsk")),
    FilterState(min_fatalities=1),
    FilterState(max_fatalities=0),
    FilterState(min_fatalities=2, max_fatalities=5),
    FilterState(geo_precision=(2, 3)),
    FilterState(date_precision=("week", "month", "unknown")),
    FilterState(min_confidence=0.8),
    FilterState(sources=("Example Times",)),
    FilterState(actor="forces"),
    FilterState(actor="ünal"),
    FilterState(text="anbar"),
    FilterState(text="ŞANLIURFA"),
    FilterState(text="<script>"),
    FilterState(text="no such thing anywhere"),
    FilterState(
        date_from=D(2020, 1, 1),
        date_to=D(2023, 12, 31),
        event_types=("Explosions/Remote violence",),
        iso3=("IRQ", "SYR"),
        min_fatalities=1,
        geo_precision=(1,),
        historical=True,
    ),
]


@pytest.mark.parametrize("state", STATES, ids=lambda s: state_to_url(s) or "default")
def test_select_equals_reference_filter(data, state):
    _, cols, records = data
    rows = select(cols, state)
    expected = [i for i, inc in enumerate(records) if matches(to_query(state), inc)]
    assert rows.tolist() == expected


@pytest.mark.parametrize("state", STATES[:17], ids=lambda s: state_to_url(s) or "default")
def test_select_equals_store_query(data, state):
    """Without substring filters the store's SQL and the numpy masks select the same ids."""
    store, cols, _ = data
    rows = select(cols, state)
    assert sorted(cols.incident_id[rows].tolist()) == sorted(
        i.incident_id for i in store.query(to_query(state))
    )


_states = st.builds(
    FilterState,
    date_from=st.none() | st.dates(D(2017, 6, 1), D(2021, 1, 1)),
    date_to=st.none() | st.dates(D(2021, 1, 2), D(2025, 1, 1)),
    event_types=st.lists(st.sampled_from(list(EVENT_TYPES)), max_size=2).map(tuple),
    weapons=st.lists(st.sampled_from(["drone", "rocket", "unknown", "knife"]), max_size=2).map(tuple),
    iso3=st.lists(st.sampled_from(["IRQ", "UKR", "SYR", "MLI"]), max_size=2).map(tuple),
    min_fatalities=st.none() | st.integers(0, 3),
    geo_precision=st.lists(st.sampled_from([1, 2, 3]), max_size=2, unique=True).map(tuple),
    min_confidence=st.none() | st.sampled_from([0.3, 0.5, 0.77, 0.9]),
    historical=st.booleans(),
    actor=st.sampled_from(["", "state", "group"]),
    text=st.sampled_from(["", "place 3", "iraq", "kivu"]),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(state=_states)
def test_select_equals_reference_filter_random(data, state):
    _, cols, records = data
    q = to_query(state)
    assert select(cols, state).tolist() == [i for i, inc in enumerate(records) if matches(q, inc)]


def test_columns_are_date_sorted_with_undated_last(data):
    _, cols, records = data
    dated = cols.day[: cols.n_dated]
    assert np.all(np.diff(dated) >= 0)
    assert np.all(cols.day[cols.n_dated :] == NO_DATE)
    assert cols.day[0] == date_to_day(min(i.event_date for i in records if i.event_date))
    assert cols.n_dated == sum(1 for i in records if i.event_date)


def test_cache_reloads_only_when_revision_changes(tmp_path):
    store = open_store(tmp_path / "s.sqlite")
    cache = ColumnCache(store)
    first = cache.get()
    assert len(first) == 0 and cache.get() is first
    store.save(incidents=edge_case_incidents())
    second = cache.get()
    assert second is not first and len(second) == 7 and cache.get() is second


def test_build_columns_sorts_unsorted_input():
    raw = {c: np.array([None, None, None], dtype=object) for c in LOAD_COLUMNS}
    raw["incident_id"] = np.array(["c", "a", "b"], dtype=object)
    raw["event_date"] = np.array(["2022-01-03", None, "2021-05-01"], dtype=object)
    for c in ("latitude", "longitude", "fatalities", "geo_precision", "confidence"):
        raw[c] = np.array([1.0, np.nan, 2.0])
    raw["intercepted"] = raw["historical"] = np.array([False, True, False])
    cols = build_columns(raw, revision=1)
    assert cols.incident_id.tolist() == ["b", "c", "a"] and cols.n_dated == 2


# ------------------------------------------------------------------ URL round trip


@pytest.mark.parametrize("state", STATES, ids=lambda s: state_to_url(s) or "default")
def test_url_round_trip(state):
    assert state_from_url(state_to_url(state)).state == state
    assert state_from_dict(json.loads(json.dumps(state_to_dict(state)))) == state


@pytest.mark.parametrize(
    ("search", "expected", "ignored"),
    [
        ("", DEFAULT_STATE, ()),
        ("?type=Battles&type=Nonsense", FilterState(event_types=("Battles",)), ("type='Nonsense'",)),
        ("?colour=red", DEFAULT_STATE, ("unknown filter 'colour'",)),
        ("?from=2022-13-45", DEFAULT_STATE, ("from='2022-13-45' (not a YYYY-MM-DD date)",)),
        ("?from=2022-02-01&to=2022-01-01", DEFAULT_STATE, ("date range (start after end)",)),
        (
            "?fmin=-3&conf=7",
            DEFAULT_STATE,
            ("fmin='-3' (not a whole number >= 0)", "conf='7' (not a number in 0..1)"),
        ),
        ("?country=IRQ&country=XXX", FilterState(iso3=("IRQ",)), ("country='XXX'",)),
        ("?geo=1&geo=9&weapon=drone&weapon=laser", FilterState(geo_precision=(1,), weapons=("drone",)), None),
        ("?hist=1&q=%3Cscript%3E", FilterState(historical=True, text="<script>"), ()),
        ("?hist=0", DEFAULT_STATE, ()),
        ("?hist=maybe", DEFAULT_STATE, ("hist='maybe' (not 1 or 0)",)),
    ],
)
def test_url_unknown_values_are_ignored_and_reported(search, expected, ignored):
    known = {"iso3": ["IRQ", "UKR"], "admin1": ["Al-Anbar"], "sources": ["Sample Wire"]}
    parsed = state_from_url(search, known=known)
    assert parsed.state == expected
    if ignored is None:
        assert sorted(parsed.ignored) == ["geo='9'", "weapon='laser'"]
    else:
        assert parsed.ignored == ignored


# ------------------------------------------------------------------ aggregation


@pytest.mark.parametrize("zoom", [0, 2, 5, 9, 14])
def test_grid_counts_and_fatalities_sum_to_totals(data, zoom):
    _, cols, _ = data
    cells = grid_bin(cols.lon, cols.lat, cols.fatalities, cell_deg=cell_size_for_zoom(zoom))
    located = ~np.isnan(cols.lat)
    assert cells.count.sum() == located.sum()
    assert cells.fatalities.sum() == int(np.nansum(cols.fatalities[located]))
    assert len(cells) <= located.sum() and (cells.count > 0).all()


def test_grid_bin_sparse_key_space_uses_the_same_answer():
    lon = np.array([-179.99, 179.99, 0.0, 0.0, np.nan])
    lat = np.array([-89.9, 89.9, 0.0, 0.0, 1.0])
    cells = grid_bin(
        lon, lat, np.array([1.0, np.nan, 2.0, 3.0, 4.0]), cell_deg=1e-4
    )  # > 4 M keys: np.unique path
    assert sorted(cells.count.tolist()) == [1, 1, 2] and cells.fatalities.sum() == 6


@pytest.mark.parametrize(
    ("view", "inside"),
    [
        (None, [True, True, True, False]),
        ({"corners": [[40, 30], [50, 30], [50, 40], [40, 40]]}, [True, False, False, False]),
        ({"center": {"lon": 180, "lat": 0}, "zoom": 4}, [False, True, True, False]),
    ],
)
def test_view_bounds(view, inside):
    lon = np.array([45.0, 179.0, -179.0, np.nan])
    lat = np.array([35.0, 0.0, 0.0, 0.0])
    assert in_bounds(lon, lat, bounds_of_view(view, pad=0.0)).tolist() == inside


@pytest.mark.parametrize(
    ("span", "unit"), [(0, "day"), (120, "day"), (121, "week"), (1400, "week"), (2000, "month")]
)
def test_time_unit_by_span(span, unit):
    assert time_unit(span) == unit


@pytest.mark.parametrize("days", [1, 90, 700, 2400])
def test_time_bins_count_every_dated_incident(days):
    incs = list(synthetic_incidents(400, seed=3, days=days))
    day = np.array([date_to_day(i.event_date) for i in incs], dtype=np.int32)
    labels = np.array(list(EVENT_TYPES), dtype=object)
    codes = np.array([list(EVENT_TYPES).index(i.event_type) for i in incs], dtype=np.int32)
    series = time_bins(day, codes, labels)
    assert sum(int(c.sum()) for c in series.counts.values()) == 400
    assert series.starts[0] <= np.datetime64(min(i.event_date for i in incs))
    assert series.ends[-1] > np.datetime64(max(i.event_date for i in incs))


# ------------------------------------------------------------------ figures


def _points(n=5, **over):
    base = {
        "row": np.arange(n),
        "lat": np.linspace(30, 34, n),
        "lon": np.linspace(40, 44, n),
        "fatalities": np.array([0, np.nan, 4, 25, 100][:n], dtype=float),
        "geo_precision": np.array([1, 1, 2, 3, 1][:n], dtype=np.int8),
        "intercepted": np.array([True, False, False, False, False][:n]),
        "historical": np.array([False, False, False, False, True][:n]),
        "event_type": np.array(
            ["Strategic developments", "Battles", "Battles", "Battles", "Explosions/Remote violence"][:n],
            dtype=object,
        ),
    }
    return MapPoints(**{**base, **over})


def _figure_json(fig) -> str:
    return pio.to_json(fig, validate=False)


@pytest.mark.parametrize("mode", ["points", "cells"])
def test_map_figure_is_offline(mode):
    layers = boundary_layers(
        admin0_url="/_atlas/boundaries/admin0.geojson", admin1_url="/_atlas/b/admin1.geojson"
    )
    if mode == "points":
        fig = map_figure(points=_points(), layers=layers)
    else:
        cells = grid_bin(np.array([40.0, 41.0]), np.array([30.0, 31.0]), np.array([1.0, 2.0]), cell_deg=5)
        fig = map_figure(cells=cells, layers=layers)
    text = _figure_json(fig)
    assert fig.layout.map.style == OFFLINE_STYLE
    assert "http://" not in text and "https://" not in text and "mapbox://" not in text
    assert all(t.type == "scattermap" for t in fig.data)
    assert all("text" not in (t.mode or "") for t in fig.data)  # text symbols make MapLibre fetch fonts
    assert all(layer.type != "symbol" for layer in fig.layout.map.layers)


def test_map_marks_approximate_and_intercepted_and_historical_apart():
    fig = map_figure(points=_points())
    by_name: dict[str, list] = {}
    for t in fig.data:
        by_name.setdefault(t.name, []).append(t)
    battles = by_name["Battles"]
    rough = next(t for t in battles if t.marker.opacity < 0.5)
    exact = next(t for t in battles if t.marker.opacity > 0.5)
    assert min(rough.marker.size) >= 24 > max(exact.marker.size)  # a province centroid never looks like a pin
    assert "Historical references" in by_name and "Intercepted / disrupted (ring)" in by_name
    assert fig.data[0].name == "selected"
    legend = [t for t in fig.data if t.showlegend is not False and t.name == "Battles"]
    assert len(legend) == 1 and legend[0].marker.opacity > 0.5


def test_marker_size_grows_with_fatalities_and_is_capped():
    size = marker_size(np.array([np.nan, 0, 1, 9, 10_000]))
    assert size[0] == size[1] < size[2] < size[3] < size[4] == 30


def test_online_style_setting_keeps_outlines_only():
    layers = boundary_layers(admin0_url="/a0.geojson", admin1_url=None, online=True)
    fig = map_figure(points=_points(), layers=layers, style="open-street-map")
    assert fig.layout.map.style == "open-street-map"
    assert [layer.type for layer in fig.layout.map.layers] == ["line"]


def test_timeline_figure_stacks_by_type_and_shades_window():
    labels = np.array(["Battles", "Riots", None], dtype=object)
    series = time_bins(np.array([19000, 19001, 19001, 19030]), np.array([0, 1, 0, 0]), labels)
    fig = timeline_figure(series, window=("2022-01-02", "2022-01-10"))
    assert fig.layout.barmode == "stack" and fig.layout.dragmode == "select"
    assert {t.name for t in fig.data} == {"Battles", "Riots"}
    assert sum(sum(t.y) for t in fig.data) == 4
    assert len(fig.layout.shapes) == 1
    assert "http" not in _figure_json(fig)


def _by_id(cols) -> dict[str, tuple]:
    """Every value the dashboard keeps of each incident, decoded, keyed by id (order-free comparison)."""
    out = {}
    for r, iid in enumerate(cols.incident_id.tolist()):
        cats = tuple(cols.values(name, np.array([r]))[0] for name in sorted(cols.codes))
        nums = (cols.day[r], cols.lat[r], cols.lon[r], cols.fatalities[r], cols.geo_precision[r])
        nums += (cols.confidence[r], cols.intercepted[r], cols.historical[r])
        out[iid] = tuple(None if isinstance(v, float) and np.isnan(v) else v for v in (*nums, *cats))
    return out


def test_column_cache_catches_up_by_merging_changes(tmp_path, monkeypatch):
    """After an ingest the cache reads only what changed, and ends equal to a full reload (order within a day aside)."""
    from incidents import Report

    store = open_store(tmp_path / "m.sqlite")
    base = list(synthetic_incidents(300, seed=11))
    rep = Report.create(text="A report whose incidents change.", published="2023-01-05", source="T")
    own = [i.replace(report_id=rep.report_id, origin="extracted") for i in synthetic_incidents(4, seed=12)]
    store.save(reports=[rep], incidents=base + own)
    cache = ColumnCache(store)
    first = cache.get()
    assert len(first) == 304

    def no_full_reload(*args, **kwargs):
        raise AssertionError("the cache reloaded everything instead of merging the change")

    monkeypatch.setattr(store, "load_columns", no_full_reload)
    new = list(synthetic_incidents(5, seed=13))
    edited = own[0].replace(fatalities=77, location="Edited place", event_date=dt.date(2016, 2, 2))
    store.save(reports=[rep], incidents=[edited, own[1]], replace=True)  # own[2], own[3] removed
    store.save(incidents=new)
    merged = cache.get()
    assert merged.revision == store.revision() and len(merged) == 300 + 2 + 5
    monkeypatch.undo()
    full = build_columns(store.load_columns(LOAD_COLUMNS), revision=store.revision())
    assert _by_id(merged) == _by_id(full)
    assert np.all(np.diff(merged.day.astype(np.int64)) >= 0)  # still date-sorted, undated last
    row = merged.row_of(edited.incident_id)
    assert merged.values("location", np.array([row]))[0] == "Edited place" and merged.fatalities[row] == 77
    assert merged.row_of(own[2].incident_id) is None
    store.close()


def test_column_cache_reloads_when_most_rows_changed(tmp_path):
    store = open_store(tmp_path / "r.sqlite")
    store.save(incidents=list(synthetic_incidents(50, seed=1)))
    cache = ColumnCache(store)
    cache.min_merge_rows = 10
    cache.get()
    calls = []
    real = store.load_columns
    store.load_columns = lambda *a, **k: calls.append(1) or real(*a, **k)  # type: ignore[method-assign]
    store.save(incidents=list(synthetic_incidents(200, seed=2)))
    assert len(cache.get()) == 250 and calls == [1]
    store.close()


def test_column_snapshot_speeds_a_restart_and_catches_up(tmp_path, monkeypatch):
    """A large store's columns are snapshotted; a new cache loads the snapshot and merges later changes."""
    from incidents import Report

    store = open_store(tmp_path / "snap.sqlite")
    store.save(incidents=list(synthetic_incidents(120, seed=21)))
    snaps = tmp_path / "columns"
    first = ColumnCache(store, snapshot_dir=snaps, snapshot_min_rows=100).get()
    files = list(snaps.glob("columns-*.pickle"))
    assert len(files) == 1 and store.store_id() in files[0].name

    rep = Report.create(text="Later report.", published="2023-02-01", source="T")
    later = [i.replace(report_id=rep.report_id) for i in synthetic_incidents(3, seed=22)]
    store.save(reports=[rep], incidents=later)

    def no_full_reload(*args, **kwargs):
        raise AssertionError("read every row although a snapshot was there")

    monkeypatch.setattr(store, "load_columns", no_full_reload)
    restarted = ColumnCache(store, snapshot_dir=snaps, snapshot_min_rows=100).get()
    monkeypatch.undo()
    assert restarted.revision == store.revision() and len(restarted) == len(first) + 3
    assert _by_id(restarted) == _by_id(build_columns(store.load_columns(LOAD_COLUMNS), revision=0))

    # a small store gets no snapshot; a torn snapshot file is dropped and the store read instead
    small = open_store(tmp_path / "small.sqlite")
    small.save(incidents=list(synthetic_incidents(5, seed=1)))
    ColumnCache(small, snapshot_dir=snaps, snapshot_min_rows=100).get()
    assert len(list(snaps.glob("columns-*.pickle"))) == 1
    files[0].write_bytes(b"not a pickle")
    again = ColumnCache(store, snapshot_dir=snaps, snapshot_min_rows=100).get()
    assert len(again) == len(first) + 3 and len(list(snaps.glob("columns-*.pickle"))) == 1
    store.close()
    small.close()


def test_column_snapshot_that_disagrees_with_the_store_is_not_used(tmp_path):
    store = open_store(tmp_path / "bk.sqlite")
    store.save(incidents=list(synthetic_incidents(120, seed=31)))
    snaps = tmp_path / "columns"
    ColumnCache(store, snapshot_dir=snaps, snapshot_min_rows=100).get()
    store._con.execute(
        "DELETE FROM incidents WHERE rowid IN (SELECT rowid FROM incidents LIMIT 7)"
    )  # behind its back
    cols = ColumnCache(store, snapshot_dir=snaps, snapshot_min_rows=100).get()
    assert len(cols) == store.count() == 113
    store.close()
