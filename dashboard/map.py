"""Map callbacks: the figure for the current filters and view, the view from pan/zoom, selection by click.

Up to ``settings.raw_threshold`` incidents in view are drawn one by one; more are binned on the server into grid
cells whose size follows the zoom, so an update stays small at a million incidents.
"""

from __future__ import annotations

import html as html_lib
from typing import TYPE_CHECKING, Any

import numpy as np
from dash import Input, Output, Patch, State, ctx, no_update

from dashboard import ids
from dashboard.aggregate import bounds_of_view, cell_size_for_zoom, grid_bin, in_bounds
from dashboard.data import NO_DATE, Columns, day_to_date
from dashboard.figures import (
    OFFLINE_STYLE,
    AreaFootprints,
    MapPoints,
    boundary_layers,
    fit_view,
    map_figure,
    selection_traces,
)
from dashboard.filters import FilterState, state_from_dict

if TYPE_CHECKING:
    import dash
    import plotly.graph_objects as go

    from dashboard.app import AppContext

__all__ = [
    "AREA_WORDS",
    "PRECISION_WORDS",
    "MapResult",
    "area_footprints",
    "build_map",
    "hover_lines",
    "register",
    "view_from_relayout",
]

#: Short precision phrases for hover texts (the details panel says it in full).
PRECISION_WORDS = {1: "exact place", 2: "approximate: near a place", 3: "approximate: only the area is known"}
#: For an area-level incident the hover names the area its point stands for: "province centroid" for a country
#: would claim a precision 10-100 times better than the data has.
AREA_WORDS = {
    "admin2": "approximate: district centroid (only the district is known)",
    "admin1": "approximate: province centroid (only the province is known)",
    "country": "approximate: country centroid (only the country is known)",
}


def hover_lines(cols: Columns, rows: np.ndarray) -> np.ndarray:
    """Pre-escaped hover text per row: what, when, where, how many killed, how precise."""
    sub = cols.values("sub_event_type", rows).tolist()
    loc = cols.values("location", rows).tolist()
    country = cols.values("country", rows).tolist()
    days = cols.day[rows].tolist()
    fat = cols.fatalities[rows].tolist()
    geo = cols.geo_precision[rows].tolist()
    loc_prec = cols.values("location_precision", rows).tolist()
    hist = cols.historical[rows].tolist()
    out = np.empty(len(rows), dtype=object)
    for i in range(len(rows)):
        when = day_to_date(days[i]).isoformat() if days[i] != NO_DATE else "date unknown"
        where = ", ".join(str(p) for p in (loc[i], country[i]) if p) or "place unknown"
        deaths = "fatalities not reported" if np.isnan(fat[i]) else f"{int(fat[i])} killed"
        prec = (AREA_WORDS.get(loc_prec[i]) if geo[i] == 3 else None) or PRECISION_WORDS.get(
            geo[i], "precision unknown"
        )
        tag = " (historical reference)" if hist[i] else ""
        out[i] = (
            f"<b>{html_lib.escape(str(sub[i]))}</b>{tag}<br>{when} · {html_lib.escape(where)}<br>"
            f"{deaths} · {prec}"
        )
    return out


def view_from_relayout(relayout: dict | None, *, revision: int | None) -> dict | None:
    """The map view (centre, zoom, corners) from Plotly's relayout data; None when it is not a pan/zoom."""
    if not relayout:
        return None
    center = relayout.get("map.center")
    zoom = relayout.get("map.zoom")
    derived = relayout.get("map._derived") or {}
    corners = derived.get("coordinates") if isinstance(derived, dict) else None
    if center is None and zoom is None and not corners:
        return None
    view: dict[str, Any] = {"revision": revision}
    if isinstance(center, dict) and "lon" in center and "lat" in center:
        view["center"] = {"lon": round(float(center["lon"]), 4), "lat": round(float(center["lat"]), 4)}
    if zoom is not None:
        view["zoom"] = round(float(zoom), 2)
    if corners:
        view["corners"] = [[round(float(c[0]), 4), round(float(c[1]), 4)] for c in corners]
    return view


class MapResult:
    """What :func:`build_map` made: the figure, a note for the user, and how many incidents each mode drew."""

    __slots__ = ("cells", "figure", "mode", "note", "points", "revision")

    def __init__(
        self, figure: go.Figure, note: str, mode: str, points: int, cells: int, revision: int
    ) -> None:
        self.figure, self.note, self.mode = figure, note, mode
        self.points, self.cells, self.revision = points, cells, revision


def build_map(
    actx: AppContext, state: FilterState, *, view: dict | None = None, selected: dict | None = None
) -> MapResult:
    """The map figure for the current filters and view (raw markers or grid cells)."""
    cfg = actx.settings
    cols, rows = actx.rows(state)
    usable_view = view if view and view.get("revision") == cols.revision else None
    bounds = bounds_of_view(usable_view)
    lon, lat = cols.lon[rows], cols.lat[rows]
    located = ~(np.isnan(lon) | np.isnan(lat))
    inside = in_bounds(lon, lat, bounds)
    n_view = int(np.count_nonzero(inside))
    sample = slice(
        None, None, max(1, int(located.sum()) // 50_000)
    )  # fit on a sample: same result, less work
    center, zoom = fit_view(lon[located][sample], lat[located][sample])
    online = cfg.map_style != OFFLINE_STYLE
    admin0 = actx.boundary_url("admin0") if actx.has_boundaries() else None
    admin1 = actx.boundary_url("admin1") if actx.boundaries("admin1") is not None else None
    layers = boundary_layers(admin0_url=admin0, admin1_url=admin1, online=online)
    sel = (selected["lat"], selected["lon"]) if selected and selected.get("lat") is not None else None
    common = {
        "style": cfg.map_style,
        "layers": layers,
        "center": center,
        "zoom": zoom,
        "uirevision": f"rev-{cols.revision}",
        "selected": sel,
    }
    no_point = rows[~located]
    country_only = country_level_rows(cols, no_point)
    unlocated = len(no_point) - len(country_only)
    tail = ""
    if len(country_only):
        tail += (
            f" {len(country_only):,} selected incidents are known only to the country and have no point: their "
            "countries are shaded, and the table lists them."
        )
    if unlocated:
        tail += f" {unlocated:,} selected incidents have no coordinates and are not on the map."
    if not admin0:
        tail += " Country boundaries are not available: points are drawn on a blank background."
    if n_view <= cfg.raw_threshold:
        view_rows = rows[inside]
        hover = hover_lines(cols, view_rows) if n_view <= cfg.rich_hover_threshold else None
        points = MapPoints(
            row=view_rows,
            lat=cols.lat[view_rows],
            lon=cols.lon[view_rows],
            fatalities=cols.fatalities[view_rows],
            geo_precision=cols.geo_precision[view_rows],
            intercepted=cols.intercepted[view_rows],
            historical=cols.historical[view_rows],
            event_type=cols.values("event_type", view_rows),
            hover=hover,
        )
        areas = area_footprints(actx, cols, np.concatenate([view_rows, country_only]))
        fig = map_figure(points=points, areas=areas, **common)
        note = f"{n_view:,} incidents drawn one by one." + tail
        return MapResult(fig, note.strip(), "points", n_view, 0, cols.revision)
    zoom_now = float((usable_view or {}).get("zoom", zoom))
    cells = grid_bin(
        lon[inside], lat[inside], cols.fatalities[rows][inside], cell_deg=cell_size_for_zoom(zoom_now)
    )
    areas = area_footprints(actx, cols, country_only) if len(country_only) else None
    fig = map_figure(cells=cells, areas=areas, **common)
    note = (
        f"{n_view:,} incidents in view, more than {cfg.raw_threshold:,}: grouped into {len(cells):,} grid cells "
        f"(circle size and colour = number of incidents). Zoom in or filter to see them one by one." + tail
    )
    return MapResult(fig, note, "cells", 0, len(cells), cols.revision)


def country_level_rows(cols: Columns, rows: np.ndarray) -> np.ndarray:
    """The current incidents among ``rows`` (rows without a point) known only to their country, with its code.

    Why: the extractor gives such an incident no point (a country's centroid would look like a place), so no
    marker can show it; the map shades its country instead, as it shades the area of an area-level marker.
    """
    area = rows[(cols.geo_precision[rows] == 3) & ~cols.historical[rows]]
    if not len(area):
        return area
    keep = (cols.values("location_precision", area) == "country") & (cols.values("iso3", area) != None)  # noqa: E711
    return area[keep]


#: bound of the per-app point -> province memo (about 200 bytes an entry)
_PROVINCE_MEMO_MAX = 200_000


def area_footprints(actx: AppContext, cols: Columns, rows: np.ndarray) -> AreaFootprints | None:
    """Provinces and countries to shade for the current (non-historical) area-level incidents in ``rows``.

    A province is found from the incident's point (its centroid lies in it), not from its admin1 name: sources
    spell provinces differently. Only the distinct points are looked up, so a view of 20,000 markers costs a few ms.
    """
    area = rows[(cols.geo_precision[rows] == 3) & ~cols.historical[rows]]
    if not len(area):
        return None
    admin1_url = actx.boundary_url("admin1") if actx.boundaries("admin1") is not None else None
    admin0_url = actx.boundary_url("admin0") if actx.has_boundaries() else None
    is_country = cols.values("location_precision", area) == "country"
    admin0 = tuple(sorted({str(c) for c in cols.values("iso3", area[is_country]).tolist() if c}))
    admin1: tuple[str, ...] = ()
    provinces = area[~is_country]
    if admin1_url and len(provinces):
        pts = np.unique(np.column_stack([cols.lon[provinces], cols.lat[provinces]]), axis=0)
        keys = [(x, y) for x, y in pts.tolist() if x == x and y == y]  # x == x: not NaN
        memo = actx.province_of_point
        todo = [k for k in keys if k not in memo]
        if todo:
            from geodata import (
                admin_for_points,
            )  # only a view with area-level incidents needs the province layer

            actx.wait_for_preload()

            if len(memo) + len(todo) > _PROVINCE_MEMO_MAX:
                memo.clear()
            found = admin_for_points([k[0] for k in todo], [k[1] for k in todo])
            memo.update(
                (k, a.admin1_code if a is not None else None) for k, a in zip(todo, found, strict=True)
            )
        admin1 = tuple(sorted({c for c in (memo.get(k) for k in keys) if c}))
    if not admin1 and not admin0:
        return None
    return AreaFootprints(
        admin1_url=admin1_url, admin1_codes=admin1, admin0_url=admin0_url, admin0_codes=admin0
    )


def register(app: dash.Dash, actx: AppContext) -> None:
    """Attach the map callbacks to ``app``."""

    @app.callback(
        Output(ids.MAP_VIEW, "data"),
        Input(ids.MAP, "relayoutData"),
        State(ids.MAP_META, "data"),
        State(ids.MAP_VIEW, "data"),
        prevent_initial_call=True,
    )
    def remember_view(relayout: dict | None, meta: dict | None, current: dict | None):
        view = view_from_relayout(relayout, revision=(meta or {}).get("revision"))
        if view is None or view == current:
            return no_update
        return view

    @app.callback(
        Output(ids.MAP, "figure"),
        Output(ids.MAP_NOTE, "children"),
        Output(ids.MAP_META, "data"),
        Input(ids.FILTER_STATE, "data"),
        Input(ids.MAP_VIEW, "data"),
        Input(ids.DATA_REVISION, "data"),
        Input(ids.SELECTED, "data"),
    )
    def update_map(state: dict | None, view: dict | None, _revision: Any, selected: dict | None):
        if ctx.triggered_id == ids.SELECTED:
            # a new selection moves the halo (trace 0) only: no need to resend thousands of points
            patch = Patch()
            halo = selection_traces(*((selected["lat"], selected["lon"]) if selected else (None, None)))
            patch["data"][0]["lat"] = list(halo.lat)
            patch["data"][0]["lon"] = list(halo.lon)
            return patch, no_update, no_update
        result = build_map(actx, state_from_dict(state), view=view, selected=selected)
        return result.figure, result.note, {"revision": result.revision, "mode": result.mode}
