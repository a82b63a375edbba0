"""Pure figure builders: numpy arrays in, ``go.Figure`` out (no store, no Dash, no network).

Offline by construction: the map uses the ``white-bg`` style (a plain background, no tiles, no glyphs) with the
project's own boundary layers, served by the app itself under a relative URL; no trace uses text symbols (those
make MapLibre fetch fonts).
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import plotly.graph_objects as go
import plotly.io as pio

from dashboard.aggregate import Cells, TimelineSeries
from incidents import EVENT_TYPES
from incidents.palette import EVENT_COLORS, HISTORICAL_COLOR

__all__ = [
    "AREA_TRACE_NAMES",
    "EVENT_COLORS",
    "HISTORICAL_COLOR",
    "NEAR_DOT_NAME",
    "OFFLINE_STYLE",
    "AreaFootprints",
    "MapPoints",
    "boundary_layers",
    "fit_view",
    "map_figure",
    "marker_size",
    "selection_traces",
    "timeline_figure",
    "warm_up_figures",
]

OFFLINE_STYLE = "white-bg"

_LAND = "#f1eee6"
_SEA = "#dfe9f2"


@dataclass(frozen=True, slots=True)
class MapPoints:
    """Incidents to draw as individual markers (all arrays aligned; ``row`` is the cache row number)."""

    row: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    fatalities: np.ndarray  # float, NaN when not said
    geo_precision: np.ndarray  # int8, 0 unknown
    intercepted: np.ndarray  # bool
    historical: np.ndarray  # bool
    event_type: np.ndarray  # object labels
    hover: np.ndarray | None = None  # object array of pre-escaped hover lines, or None (large views)


@dataclass(frozen=True, slots=True)
class AreaFootprints:
    """The provinces and countries that incidents known only to that area stand for (shaded on the map).

    ``*_url`` is the boundary layer served by this app (the figure references it; the browser caches it); the codes
    are its feature ids (``adm1_code`` / iso3).
    """

    admin1_url: str | None = None
    admin1_codes: tuple[str, ...] = ()
    admin0_url: str | None = None
    admin0_codes: tuple[str, ...] = ()


#: Legend names of the area shadings and of the centre dot of "near" markers (browser tests skip them when they
#: count incident markers).
AREA_TRACE_NAMES = ("Only the province is known (shaded)", "Only the country is known (shaded)")
NEAR_DOT_NAME = "Near a place (dot: the named place)"


def marker_size(fatalities: np.ndarray) -> np.ndarray:
    """Marker diameter in px: 8 for none or unknown, growing with the square root of the deaths, capped at 30."""
    fat = np.nan_to_num(np.asarray(fatalities, dtype=float), nan=0.0)
    return np.minimum(8.0 + 3.0 * np.sqrt(fat), 30.0).astype(np.float32)


def _approx_size(base: np.ndarray, geo: np.ndarray) -> np.ndarray:
    # a province centroid (3) must read as an area, not a pinpoint; "near" (2) a little smaller
    floor = np.where(geo == 3, 34.0, 24.0).astype(np.float32)
    return np.maximum(base * 1.6, floor)


def boundary_layers(*, admin0_url: str | None, admin1_url: str | None, online: bool = False) -> list[dict]:
    """Map layers for our own country and province outlines (GeoJSON fetched from this app, never outside).

    Parameters
    ----------
    online
        An online tile style draws land itself: keep only the outlines.
    """
    layers: list[dict] = []
    if admin0_url:
        if not online:
            layers.append(
                {
                    "sourcetype": "geojson",
                    "source": admin0_url,
                    "type": "fill",
                    "color": _LAND,
                    "below": "traces",
                }
            )
        layers.append(
            {
                "sourcetype": "geojson",
                "source": admin0_url,
                "type": "line",
                "color": "#8a8a8a",
                "line": {"width": 0.9},
                "below": "traces",
            }
        )
    if admin1_url:
        layers.append(
            {
                "sourcetype": "geojson",
                "source": admin1_url,
                "type": "line",
                "color": "#c9c4b8",
                "line": {"width": 0.5},
                "below": "traces",
            }
        )
    return layers


def fit_view(lon: np.ndarray, lat: np.ndarray) -> tuple[dict[str, float], float]:
    """Centre and zoom that show most of the points (1st-99th percentile, so one outlier does not zoom out)."""
    ok = ~(np.isnan(lon) | np.isnan(lat))
    if not ok.any():
        return {"lon": 30.0, "lat": 25.0}, 1.5
    lon, lat = lon[ok], lat[ok]
    q = (1, 99) if lon.size > 100 else (0, 100)
    west, east = np.percentile(lon, q)
    south, north = np.percentile(lat, q)
    span = max(east - west, (north - south) * 1.6, 0.5)
    zoom = float(np.clip(math.log2(360.0 / span) - 0.3, 1.0, 10.0))
    return {"lon": float((west + east) / 2), "lat": float((south + north) / 2)}, round(zoom, 2)


def _figure(data: list[dict], layout: dict) -> go.Figure:
    """A figure from plain trace and layout dicts, without plotly's per-property validation.

    Why: validating every property of a dozen traces (and each element of the per-point lists) took 20-50 ms per
    update at 1 M incidents, a third of the server time, to re-check values this module writes itself.
    ``tests/test_qa29_dashboard_speed.py`` builds every figure of a session again with validation and checks that
    it comes out the same, so a wrong property name or value still fails a test.
    """
    return go.Figure(data=data, layout=layout, _validate=False)


def _trace_points(
    p: MapPoints,
    sel: np.ndarray,
    *,
    name: str,
    color: str,
    size: np.ndarray,
    opacity: float,
    fallback: str,
    **kw,
) -> dict:
    # large views carry no per-point text (payload): the hover then names the trace and invites a click
    hover = p.hover[sel] if p.hover is not None else None
    trace = {
        "type": "scattermap",
        "lat": p.lat[sel].astype(np.float32),
        "lon": p.lon[sel].astype(np.float32),
        "mode": "markers",
        "name": name,
        "marker": {"size": size, "color": color, "opacity": opacity},
        # a plain list: Dash reads clickData customdata from figure.data, where a base64 array cannot be indexed
        "customdata": p.row[sel].tolist(),
        "hovertemplate": "%{text}<extra></extra>" if hover is not None else f"{fallback}<extra></extra>",
        **kw,
    }
    if hover is not None:
        trace["text"] = hover.tolist()
    return trace


def _points_traces(p: MapPoints) -> list[dict]:
    traces: list[dict] = []
    size = marker_size(p.fatalities)
    approx = p.geo_precision != 1
    current = ~p.historical
    for event_type in EVENT_TYPES:
        of_type = current & (p.event_type == event_type)
        if not of_type.any():
            continue
        color = EVENT_COLORS[event_type]
        short = html.escape(event_type)
        fallback = f"<b>{short}</b><br>click for details"
        exact = of_type & ~approx
        # "near" (2) and "only the area" (3, or unknown) are drawn apart: the near disc gets a centre dot (the place
        # it is near), the area disc none (its province or country is shaded under it, see _area_traces)
        near = of_type & (p.geo_precision == 2)
        area = of_type & (p.geo_precision == 3)
        other = of_type & approx & ~near & ~area
        first_pale = True
        for rough, words in (
            (near, "near a place"),
            (area, "approximate: only the area is known"),
            (other, "location precision unknown"),
        ):
            if not rough.any():
                continue
            traces.append(
                _trace_points(
                    p,
                    rough,
                    name=event_type,
                    color=color,
                    size=_approx_size(size[rough], p.geo_precision[rough]),
                    opacity=0.3,
                    legendgroup=event_type,
                    # the legend entry belongs to the solid part when there is one (a type with only
                    # approximate locations gets a pale swatch); all parts toggle together via legendgroup
                    showlegend=not exact.any() and first_pale,
                    fallback=f"{fallback}<br>{words}",
                )
            )
            first_pale = False
        if exact.any():
            traces.append(
                _trace_points(
                    p,
                    exact,
                    name=event_type,
                    color=color,
                    size=size[exact],
                    opacity=0.9,
                    legendgroup=event_type,
                    fallback=fallback,
                )
            )
    hist = p.historical
    if hist.any():
        traces.append(
            _trace_points(
                p,
                hist,
                name="Historical references",
                color=HISTORICAL_COLOR,
                size=size[hist],
                opacity=0.7,
                legendgroup="historical",
                fallback="<b>Historical reference</b><br>click for details",
            )
        )
    first_dot = True
    for event_type in EVENT_TYPES:
        near = ~p.historical & (p.geo_precision == 2) & (p.event_type == event_type)
        if not near.any():
            continue
        # a solid dot in the pale disc marks the place the incident was near: "around here", unlike an area. One
        # trace per type (one colour, no per-point list) and no customdata: a skipped trace takes no clicks, the
        # disc under it does
        traces.append(
            {
                "type": "scattermap",
                "lat": p.lat[near].astype(np.float32),
                "lon": p.lon[near].astype(np.float32),
                "mode": "markers",
                "name": NEAR_DOT_NAME,
                "legendgroup": "near",
                "showlegend": first_dot,
                "marker": {"size": 7, "color": EVENT_COLORS[event_type], "opacity": 0.95},
                "hoverinfo": "skip",
            }
        )
        first_dot = False
    ring = p.intercepted & ~approx
    if ring.any():
        # a white centre turns the marker into a ring: "intercepted / disrupted" reads differently at a glance
        traces.append(
            {
                "type": "scattermap",
                "lat": p.lat[ring].astype(np.float32),
                "lon": p.lon[ring].astype(np.float32),
                "mode": "markers",
                "name": "Intercepted / disrupted (ring)",
                "legendgroup": "intercepted",
                "marker": {"size": np.maximum(size[ring] * 0.5, 4.0), "color": "#ffffff", "opacity": 1.0},
                "customdata": p.row[ring].tolist(),
                "hoverinfo": "skip",
            }
        )
    return traces


def _area_traces(areas: AreaFootprints) -> list[dict]:
    """Shade the provinces and countries that area-level incidents stand for: an honest footprint on the ground.

    Only feature ids travel in the figure; the shapes come from the boundary layer the app already serves (a
    relative URL, cached by the browser), so the payload stays small at any number of incidents.
    """
    traces: list[dict] = []
    for url, codes, name, fill in (
        (areas.admin1_url, areas.admin1_codes, AREA_TRACE_NAMES[0], "#7a6f9b"),
        (areas.admin0_url, areas.admin0_codes, AREA_TRACE_NAMES[1], "#4f8a78"),
    ):
        if not url or not codes:
            continue
        traces.append(
            {
                "type": "choroplethmap",
                "geojson": url,
                "locations": list(codes),
                "z": [1] * len(codes),
                "colorscale": [[0, fill], [1, fill]],
                "showscale": False,
                "marker": {"opacity": 0.18, "line": {"width": 1.6, "color": fill}},
                "name": name,
                "showlegend": True,
                "hoverinfo": "skip",
            }
        )
    return traces


def warm_up_figures() -> None:
    """Build and serialise a small figure once: on the first figure of a process plotly loads its table of
    properties (~0.3 s) and, to encode the first numpy array, scans the installed packages' plugins (~0.1 s)."""
    _cells_colorscale()
    halo = {**_halo(None, None), "lat": np.zeros(1, np.float32), "lon": np.zeros(1, np.float32)}
    pio.to_json(_figure([halo], {"map": {"style": OFFLINE_STYLE}}), validate=False)


@cache
def _cells_colorscale() -> list[list]:
    """Plotly's "YlOrRd" as the explicit list its validator would send (plotly.js's scale of that name differs)."""
    return [list(stop) for stop in go.scattermap.Marker(colorscale="YlOrRd").to_plotly_json()["colorscale"]]


def _cells_trace(cells: Cells) -> dict:
    count = cells.count.astype(float)
    size = np.clip(8.0 + 5.0 * np.log2(np.maximum(count, 1.0)), 8.0, 48.0).astype(np.float32)
    text = [
        f"{c:,} incidents<br>{f:,} fatalities<br>zoom in to see them one by one"
        for c, f in zip(cells.count.tolist(), cells.fatalities.tolist(), strict=True)
    ]
    return {
        "type": "scattermap",
        "lat": cells.lat.astype(np.float32),
        "lon": cells.lon.astype(np.float32),
        "mode": "markers",
        "name": "Incidents per cell",
        "marker": {
            "size": size,
            "color": np.log10(np.maximum(count, 1.0)).astype(np.float32),
            "colorscale": _cells_colorscale(),
            "cmin": 0.0,
            "showscale": False,
            "opacity": 0.75,
        },
        "text": text,
        "hovertemplate": "%{text}<extra></extra>",
    }


def _halo(lat: float | None, lon: float | None) -> dict:
    has = lat is not None and lon is not None
    return {
        "type": "scattermap",
        "lat": [lat] if has else [],
        "lon": [lon] if has else [],
        "mode": "markers",
        "name": "selected",
        "showlegend": False,
        "hoverinfo": "skip",
        "marker": {"size": 40, "color": "#111111", "opacity": 0.35},
    }


def selection_traces(lat: float | None, lon: float | None) -> go.Scattermap:
    """Halo under the selected incident (always trace 0, so a selection change is a one-trace patch)."""
    return go.Scattermap(_halo(lat, lon))


def map_figure(
    *,
    points: MapPoints | None = None,
    cells: Cells | None = None,
    style: str = OFFLINE_STYLE,
    layers: Sequence[dict] = (),
    center: Mapping[str, float] | None = None,
    zoom: float | None = None,
    uirevision: str = "map",
    selected: tuple[float, float] | None = None,
    areas: AreaFootprints | None = None,
) -> go.Figure:
    """The incident map: raw markers (``points``) or grid cells (``cells``) over our own boundaries.

    Trace 0 is always the selection halo; the shaded areas (``areas``) come next, under the markers. The legend
    lists event types (colour), the "near" centre dot, the shaded areas, historical references and the
    intercepted ring.
    """
    lat, lon = selected if selected else (None, None)
    data: list[dict] = [_halo(lat, lon)]
    if areas is not None:
        data.extend(_area_traces(areas))
    if points is not None:
        data.extend(_points_traces(points))
    if cells is not None and len(cells):
        data.append(_cells_trace(cells))
    # white-bg paints white: offline, our land polygons sit on a sea-coloured background layer (first, under all)
    map_layout: dict = {"style": style, "layers": [_sea_layer()] * (style == OFFLINE_STYLE) + list(layers)}
    if center is not None:
        map_layout["center"] = dict(center)
    if zoom is not None:
        map_layout["zoom"] = zoom
    layout = {
        "map": map_layout,
        "margin": {"l": 0, "r": 0, "t": 0, "b": 0},
        "paper_bgcolor": _SEA if style == OFFLINE_STYLE else "#ffffff",
        "uirevision": uirevision,
        "clickmode": "event",
        "hovermode": "closest",
        "showlegend": True,
        "legend": {
            "x": 0.01,
            "y": 0.99,
            "bgcolor": "rgba(235,235,235,0.9)",
            "bordercolor": "#bbbbbb",
            "borderwidth": 1,
            "font": {"size": 11},
        },
    }
    return _figure(data, layout)


def _sea_layer() -> dict:
    world = {
        "type": "Feature",
        "properties": {},
        "geometry": {
            "type": "Polygon",
            "coordinates": [[[-180, -85], [180, -85], [180, 85], [-180, 85], [-180, -85]]],
        },
    }
    return {"sourcetype": "geojson", "source": world, "type": "fill", "color": _SEA, "below": "traces"}


def timeline_figure(
    series: TimelineSeries, *, window: tuple[str | None, str | None] = (None, None), undated: int = 0
) -> go.Figure:
    """Stacked bars of incidents per day/week/month by event type; the selected date window is shaded.

    Drag-selecting a range (``dragmode='select'``) or zooming the x axis sets the dashboard's date filter.
    ``undated`` selected incidents have no known date: a corner note says they are not among the bars (a report
    without a publication date gives such incidents; they would otherwise vanish from the timeline unremarked).
    """
    data: list[dict] = []
    starts = series.starts
    if starts.size:
        width_ms = (series.ends - starts).astype("timedelta64[ms]").astype(np.int64) * 0.9
        centers = starts + (series.ends - starts) / 2
        x = np.datetime_as_string(centers.astype("datetime64[h]"), unit="h").tolist()
        width = width_ms.tolist()
        order = list(EVENT_TYPES)
        for event_type in sorted(series.counts, key=lambda t: order.index(t) if t in order else len(order)):
            counts = series.counts[event_type]
            if not counts.any():
                continue
            data.append(
                {
                    "type": "bar",
                    "x": x,
                    "y": counts.astype(np.int32),
                    "width": width,
                    "name": event_type,
                    "marker": {"color": EVENT_COLORS.get(event_type, HISTORICAL_COLOR)},
                    "hovertemplate": f"%{{y}} {html.escape(event_type)} / {series.unit}<extra></extra>",
                    "showlegend": False,
                }
            )
    layout: dict = {
        "barmode": "stack",
        "bargap": 0.05,
        "dragmode": "select",
        "selectdirection": "h",
        "margin": {"l": 40, "r": 10, "t": 6, "b": 26},
        "height": 170,
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
        "xaxis": {"type": "date", "showgrid": False},
        "yaxis": {
            "title": {"text": f"per {series.unit}", "font": {"size": 11}},
            "fixedrange": True,
            "gridcolor": "#eee",
        },
        "font": {"size": 11},
    }
    if undated:
        layout["annotations"] = [
            {
                "text": f"+ {undated:,} with no known date (not shown)",
                "xref": "paper",
                "yref": "paper",
                "x": 1,
                "y": 1,
                "xanchor": "right",
                "yanchor": "top",
                "showarrow": False,
                "font": {"size": 10, "color": "#666"},
                "bgcolor": "rgba(255,255,255,0.8)",
            }
        ]
    peak = int(sum(series.counts.values()).max()) if starts.size and series.counts else 0
    if peak < 6:  # counts are whole: a short stack would get ticks at 0.5, 1.5 (plotly's automatic step)
        layout["yaxis"]["dtick"] = 1
    lo, hi = window
    if starts.size and (lo or hi):
        x0 = lo or str(starts[0])
        x1 = hi or str(series.ends[-1])
        # what fig.add_vrect made (a rectangle spanning the plot's height), written out: add_vrect alone took ~5 ms
        layout["shapes"] = [
            {
                "type": "rect",
                "xref": "x",
                "yref": "y domain",
                "x0": x0,
                "x1": f"{x1}T23:59",
                "y0": 0,
                "y1": 1,
                "fillcolor": "#ffd54f",
                "opacity": 0.25,
                "line": {"width": 0},
                "layer": "below",
            }
        ]
    return _figure(data, layout)
