"""QA round 29 (dashboard speed at 1 M incidents): fewer passes and no re-validation, the same figures.

The server time per filter change was spent re-validating figures property by property, filtering a million rows
twice (timeline and map), converting a million dates to months and loading the province layer in the first view.
Fixtures are invented incidents.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import orjson
import plotly.graph_objects as go
import plotly.io as pio
import pytest

import dashboard.app as app_module
from dashboard import create_app
from dashboard.aggregate import grid_bin, time_bins
from dashboard.figures import OFFLINE_STYLE
from dashboard.filters import FilterState
from dashboard.map import build_map
from dashboard.synthetic import edge_case_incidents, synthetic_incidents
from dashboard.table import table_rows
from dashboard.timeline import build_timeline
from incidents import open_store

D = dt.date
EMPTY_LAYER = {"type": "FeatureCollection", "features": []}

STATES = [
    (FilterState(), None),
    (FilterState(historical=True), None),
    (FilterState(date_from=D(2022, 3, 1), date_to=D(2022, 3, 31)), None),
    (FilterState(event_types=("Battles",), date_from=D(2021, 1, 1)), None),
    (FilterState(iso3=("IRQ",)), {"center": {"lon": 43.5, "lat": 33.5}, "zoom": 6.0}),
    (FilterState(text="place"), {"center": {"lon": 43.5, "lat": 33.5}, "zoom": 10.0}),
]


@pytest.fixture(scope="module")
def actx(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("speed") / "s.sqlite")
    store.save(incidents=edge_case_incidents() + list(synthetic_incidents(4000, seed=29)))
    # a low threshold, so that both the raw-point and the grid-cell figures are built
    app = create_app(
        store=store, boundaries_loader=lambda level: EMPTY_LAYER, settings={"raw_threshold": 1500}
    )
    yield app.atlas
    store.close()


def _json(fig: go.Figure) -> dict:
    return orjson.loads(pio.to_json(fig, validate=False, engine="orjson"))


@pytest.mark.parametrize(("state", "view"), STATES)
def test_figures_validate_to_themselves(actx, state, view):  # guard row: the figures are valid plotly figures
    """Figures are built without plotly's validation: validating them changes nothing (names, values, colours)."""
    if view is not None:
        view = {**view, "revision": actx.columns().revision}
    for fig in (build_map(actx, state, view=view).figure, build_timeline(actx, state)):
        assert _json(go.Figure(fig.to_plotly_json())) == _json(fig)


def test_both_drawing_modes_are_covered(actx):  # guard row: the table above builds points and cells
    modes = {
        build_map(actx, s, view=v and {**v, "revision": actx.columns().revision}).mode for s, v in STATES
    }
    assert modes == {"points", "cells"}


def test_offline_map_has_the_sea_under_the_land_and_each_boundary_layer_once(actx):
    """The layers reach the browser as written: sea, land, country outlines, province outlines.

    Before, a second ``update_layout`` merged the list into the first one by index: the sea layer was lost and
    the province outlines were drawn twice.
    """
    layout = _json(build_map(actx, FilterState()).figure)["layout"]
    layers = layout["map"]["layers"]
    assert layout["map"]["style"] == OFFLINE_STYLE
    assert isinstance(layers[0]["source"], dict) and layers[0]["type"] == "fill"  # the sea: one world polygon
    assert [(layer["type"], layer["source"]) for layer in layers[1:]] == [
        ("fill", "/_atlas/boundaries/admin0.geojson"),
        ("line", "/_atlas/boundaries/admin0.geojson"),
        ("line", "/_atlas/boundaries/admin1.geojson"),
    ]


@pytest.mark.parametrize(
    "state",
    [
        FilterState(),
        FilterState(date_from=D(2022, 3, 1), date_to=D(2022, 3, 31)),
        FilterState(date_to=D(2021, 6, 1)),
    ],
)
def test_one_filter_pass_serves_map_timeline_and_table(actx, monkeypatch, state):
    """A filter change runs the map, the timeline (all filters but the dates) and the table: one pass over the rows."""
    calls = []
    real = app_module.select

    def counting(cols, st, **kw):
        calls.append(kw)
        return real(cols, st, **kw)

    monkeypatch.setattr(app_module, "select", counting)
    actx._memo.clear()
    result = build_map(actx, state)
    build_timeline(actx, state)
    cols, rows = actx.rows(state)
    table_rows(cols, rows, limit=100)
    assert len(calls) == 1
    # ... and the rows are those of a pass of their own (the dated ones cut from the undated by binary search)
    assert np.array_equal(rows, real(cols, state))
    assert np.array_equal(actx.rows(state, ignore_dates=True)[1], real(cols, state, ignore_dates=True))
    assert result.points + result.cells > 0


def test_app_preloads_the_province_layer_in_the_background(tmp_path):
    store = open_store(tmp_path / "s.sqlite")
    app = create_app(store=store, boundaries_loader=lambda level: EMPTY_LAYER)
    thread = app.atlas._preload
    assert thread is not None and thread.daemon
    thread.join(timeout=60)
    assert not thread.is_alive()
    off = create_app(store=store, boundaries_loader=lambda level: EMPTY_LAYER, settings={"preload": False})
    assert off.atlas._preload is None
    store.close()


# ------------------------------------------------------------------ guard rows: the faster kernels agree


def test_month_bins_agree_with_numpy_months():
    rng = np.random.default_rng(29)
    day = np.sort(rng.integers(-400, 20_000, 50_000)).astype(np.int32)  # 1968 .. 2024: spans many years
    codes = rng.integers(0, 3, day.size)
    series = time_bins(day, codes, np.array(["a", "b", None], dtype=object))
    assert series.unit == "month"
    month = day.astype("datetime64[D]").astype("datetime64[M]")
    first = month.min()
    want = np.bincount((month - first).astype(np.int64) * 3 + codes).reshape(-1, 3)
    assert np.array_equal(series.counts["a"], want[:, 0]) and np.array_equal(series.counts["b"], want[:, 1])
    assert series.starts[0] == first.astype("datetime64[D]")


def test_grid_cells_skip_unknown_coordinates_and_count_unknown_deaths_as_zero():
    lon = np.array([10.1, 10.2, np.nan, 50.0, 50.1])
    lat = np.array([5.1, 5.2, 1.0, np.nan, -3.0])
    fat = np.array([np.nan, 2.0, 7.0, 9.0, 1.0])
    cells = grid_bin(lon, lat, fat, cell_deg=1.0)
    assert sorted(zip(cells.count.tolist(), cells.fatalities.tolist(), strict=True)) == [(1, 1), (2, 2)]
    order = np.argsort(cells.lon)
    assert np.allclose(cells.lon[order], [10.15, 50.1]) and np.allclose(cells.lat[order], [5.15, -3.0])
