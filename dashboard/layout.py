"""The page layout (static; options and figures arrive from callbacks so building it reads no data)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import dash_ag_grid as dag
from dash import dcc, html

from dashboard import ids
from dashboard.filters import DEFAULT_STATE, state_to_dict
from dashboard.filters_cb import filter_options
from incidents import DatePrecision
from incidents.interchange import FORMATS

if TYPE_CHECKING:
    from dashboard.app import AppContext

__all__ = ["EXPORT_LABELS", "GEO_PRECISION_LABELS", "TABLE_COLUMNS", "build"]

GEO_PRECISION_LABELS = {
    1: "exact place (site or town)",
    2: "near a place / part of a region",
    3: "area only: province or country known (centroid)",
}
EXPORT_LABELS = {
    "geojson": "GeoJSON",
    "gpkg": "GeoPackage",
    "kml": "KML",
    "kmz": "KMZ",
    "csv": "CSV (ACLED columns)",
    "shp": "Shapefile (zipped)",
    "parquet": "GeoParquet",
    "fgb": "FlatGeobuf",
}

#: (incident field, short key sent to the browser, header, width) of the table. Short keys and no empty values
#: keep 2,000 rows near 400 kB; the rows come from the columnar cache, not from records.
TABLE_COLUMNS: tuple[tuple[str, str, str, int], ...] = (
    ("event_date", "d", "Date", 110),
    ("event_type", "t", "Event type", 170),
    ("sub_event_type", "s", "Sub-event type", 190),
    ("weapon", "w", "Weapon", 100),
    ("location", "l", "Location", 170),
    ("admin1", "a", "Province", 130),
    ("country", "c", "Country", 110),
    ("fatalities", "f", "Fatalities", 95),
    ("geo_precision", "g", "Geo prec.", 90),
    ("date_precision", "p", "Date prec.", 95),
    ("intercepted", "i", "Intercepted", 100),
    ("historical", "h", "Historical", 95),
    ("source", "src", "Source", 130),
    ("confidence", "cf", "Conf.", 80),
)


_TAB = {"padding": "6px 14px", "lineHeight": "20px"}
_TAB_SELECTED = {**_TAB, "fontWeight": "600", "borderTop": "3px solid #0b5cad"}


def _field(label: str, control, *, hint: str | None = None) -> html.Div:
    children = [html.Label(label, className="field-label"), control]
    if hint:
        children.append(html.Div(hint, className="field-hint"))
    return html.Div(children, className="field")


def _filters(opts: dict) -> html.Aside:
    multi = {"multi": True, "clearable": True, "placeholder": "any"}
    return html.Aside(
        className="filters",
        children=[
            html.H2("Filters"),
            _field(
                "Date range",
                dcc.DatePickerRange(
                    id=ids.F_DATES,
                    min_date_allowed=opts["min_date"],
                    max_date_allowed=opts["max_date"],
                    display_format="YYYY-MM-DD",
                    clearable=True,
                    start_date_placeholder_text="from",
                    end_date_placeholder_text="to",
                ),
                hint="or drag across the timeline",
            ),
            _field("Event type", dcc.Dropdown(id=ids.F_EVENT_TYPE, options=opts["event_types"], **multi)),
            _field(
                "Sub-event type",
                dcc.Dropdown(id=ids.F_SUB_EVENT_TYPE, options=opts["sub_event_types"], **multi),
            ),
            _field("Weapon", dcc.Dropdown(id=ids.F_WEAPON, options=opts["weapons"], **multi)),
            _field(
                "Actor",
                dcc.Input(id=ids.F_ACTOR, type="text", debounce=True, placeholder="name contains…", value=""),
            ),
            _field("Country", dcc.Dropdown(id=ids.F_COUNTRY, options=opts["iso3"], **multi)),
            _field("Province", dcc.Dropdown(id=ids.F_ADMIN1, options=opts["admin1"], **multi)),
            _field(
                "Fatalities",
                html.Div(
                    [
                        dcc.Input(
                            id=ids.F_FAT_MIN, type="number", min=0, step=1, placeholder="min", debounce=True
                        ),
                        html.Span("–"),
                        dcc.Input(
                            id=ids.F_FAT_MAX, type="number", min=0, step=1, placeholder="max", debounce=True
                        ),
                    ],
                    className="range-inputs",
                ),
                hint="unknown counts as 0",
            ),
            _field(
                "Location precision",
                dcc.Checklist(
                    id=ids.F_GEO_PRECISION,
                    options=[{"label": v, "value": k} for k, v in GEO_PRECISION_LABELS.items()],
                    value=[],
                    className="checklist",
                ),
                hint="none ticked = all",
            ),
            _field(
                "Date precision",
                dcc.Dropdown(
                    id=ids.F_DATE_PRECISION,
                    options=[{"label": p.value, "value": p.value} for p in DatePrecision],
                    **multi,
                ),
            ),
            _field(
                "Minimum confidence",
                dcc.Slider(
                    id=ids.F_CONFIDENCE,
                    min=0,
                    max=1,
                    step=0.05,
                    value=0,
                    marks={0: "0", 0.5: "0.5", 1: "1"},
                    tooltip={"placement": "bottom"},
                ),
            ),
            _field("Source", dcc.Dropdown(id=ids.F_SOURCE, options=opts["sources"], **multi)),
            _field(
                "Historical references",
                dcc.Checklist(
                    id=ids.F_HISTORICAL,
                    options=[{"label": "show past events the reports refer to", "value": "on"}],
                    value=[],
                    className="checklist",
                ),
            ),
            _field(
                "Search",
                dcc.Input(
                    id=ids.F_TEXT, type="search", debounce=True, placeholder="place, actor, notes…", value=""
                ),
            ),
            html.Button("Reset filters", id=ids.F_RESET, className="button secondary"),
        ],
    )


def _legend_key() -> html.Div:
    return html.Div(
        className="legend-key",
        children=[
            html.Span([html.Span(className="dot exact"), "exact place"]),
            html.Span([html.Span(className="dot approx near"), "near a place: pale disc, dot = the place"]),
            html.Span(
                [
                    html.Span(className="dot approx"),
                    "only the province / country known: pale disc, area shaded",
                ]
            ),
            html.Span([html.Span(className="dot ring"), "intercepted / disrupted"]),
            html.Span([html.Span(className="dot cell"), "many incidents: grid cells (zoom in)"]),
            html.Span("size = fatalities", className="muted"),
        ],
    )


def _map_page(ctx: AppContext, opts: dict) -> html.Div:
    graph_config = {"displaylogo": False, "scrollZoom": True, "responsive": True}
    grid = dag.AgGrid(
        id=ids.TABLE,
        columnDefs=[
            {"field": key, "headerName": h, "width": w, "sortable": True, "resizable": True}
            for _, key, h, w in TABLE_COLUMNS
        ],
        rowData=[],
        getRowId="params.data.id",
        dashGridOptions={
            "rowSelection": {"mode": "singleRow", "checkboxes": False, "enableClickSelection": True},
            "animateRows": False,
        },
        style={"height": "320px", "width": "100%"},
    )
    export_options = [{"label": EXPORT_LABELS.get(f, f), "value": f} for f in FORMATS]
    return html.Div(
        id="page-map",
        className="page page-map",
        children=[
            _filters(opts),
            html.Main(
                className="main",
                children=[
                    html.Div(
                        id=ids.SAMPLE_BOX,
                        className="sample-box",
                        style={"display": "none"},
                        children=[
                            html.Span("The store is empty. "),
                            html.Button("Load sample data", id=ids.SAMPLE_BUTTON, className="button"),
                            html.Span(
                                " (invented wire-style reports, run through the extractor) — or add your own "
                                "reports on the “Add reports” tab.",
                                className="muted",
                            ),
                            html.Div(id=ids.SAMPLE_NOTE, className="note"),
                        ],
                    ),
                    html.Div(id=ids.URL_NOTICE, className="notice", role="status"),
                    dcc.Graph(
                        id=ids.MAP,
                        config=graph_config,
                        className="map-graph",
                        style={"height": "60vh", "minHeight": "380px"},
                        clear_on_unhover=True,
                    ),
                    _legend_key(),
                    html.Div(id=ids.MAP_NOTE, className="note"),
                    html.Div(
                        className="timeline-row",
                        children=[
                            html.Button(
                                "▶ Play", id=ids.PLAY, className="button play", title="step through time"
                            ),
                            dcc.Graph(
                                id=ids.TIMELINE,
                                config={"displaylogo": False, "displayModeBar": False},
                                className="timeline-graph",
                                style={"height": "170px"},
                            ),
                        ],
                    ),
                    html.Section(
                        className="table-section",
                        children=[
                            html.Div(
                                className="table-head",
                                children=[
                                    html.H2("Incidents"),
                                    html.Div(id=ids.TABLE_NOTE, className="note"),
                                    html.Div(
                                        className="export",
                                        children=[
                                            dcc.Dropdown(
                                                id=ids.EXPORT_FORMAT,
                                                options=export_options,
                                                value="geojson",
                                                clearable=False,
                                                className="export-format",
                                            ),
                                            html.Button(
                                                "Export filtered incidents",
                                                id=ids.EXPORT_BUTTON,
                                                className="button",
                                            ),
                                            html.Span(id=ids.EXPORT_NOTE, className="note"),
                                        ],
                                    ),
                                ],
                            ),
                            grid,
                        ],
                    ),
                ],
            ),
            html.Aside(
                id=ids.DETAILS,
                className="details",
                children=[html.P("Click an incident on the map or a row in the table.", className="muted")],
            ),
        ],
    )


def _ingest_page(ctx: AppContext) -> html.Div:
    limit_kb = ctx.settings.max_upload_bytes // 1000
    return html.Div(
        id="page-ingest",
        className="page page-ingest",
        style={"display": "none"},
        children=[
            html.H2("Add a report"),
            html.P(
                "Paste a news report or upload a text file. The publication date is required: relative dates in "
                "the text (“yesterday”, “on Monday”) are resolved against it.",
                className="muted",
            ),
            dcc.Upload(
                id=ids.IN_UPLOAD,
                children=html.Div(["Drop a .txt / .md / .html file here or ", html.A("choose one")]),
                className="upload",
                multiple=False,
            ),
            html.Div(id=ids.IN_UPLOAD_NOTE, className="note", children=f"Files up to {limit_kb:,} kB."),
            dcc.Textarea(id=ids.IN_TEXT, className="ingest-text", placeholder="Report text…", value=""),
            html.Div(
                className="ingest-meta",
                children=[
                    _field(
                        "Published (required)",
                        dcc.Input(id=ids.IN_PUBLISHED, type="text", placeholder="YYYY-MM-DD", value=""),
                    ),
                    _field(
                        "Source",
                        dcc.Input(id=ids.IN_SOURCE, type="text", placeholder="e.g. Reuters", value=""),
                    ),
                    _field("URL", dcc.Input(id=ids.IN_URL, type="url", placeholder="https://…", value="")),
                    _field("Title", dcc.Input(id=ids.IN_TITLE, type="text", value="")),
                ],
            ),
            html.Div(
                className="ingest-buttons",
                children=[
                    html.Button("Preview incidents", id=ids.IN_PREVIEW, className="button"),
                    html.Button("Save to store", id=ids.IN_SAVE, className="button secondary"),
                ],
            ),
            html.Div(id=ids.IN_STATUS, className="notice", role="status"),
            html.Div(id=ids.IN_RESULT, className="ingest-result"),
        ],
    )


def _store_label(ctx: AppContext) -> html.Span:
    path = getattr(ctx.store, "path", None)
    return html.Span(f"store: {path.name}", title=str(path)) if path else html.Span()


def build(ctx: AppContext) -> html.Div:
    """The whole page: header with tabs, the map page and the ingest page, and the small browser-side stores.

    Called for every page load (``app.layout = lambda: build(ctx)``) so the dropdowns start with the store's
    current countries, provinces and sources.
    """
    return html.Div(
        className="atlas",
        children=[
            dcc.Location(id=ids.URL_IN, refresh=False),
            dcc.Location(id=ids.URL_OUT, refresh=False),
            dcc.Store(id=ids.FILTER_STATE, data=state_to_dict(DEFAULT_STATE)),
            dcc.Store(id=ids.MAP_VIEW),
            dcc.Store(id=ids.MAP_META),
            dcc.Store(id=ids.SELECTED),
            dcc.Store(id=ids.PLAY_STATE),
            dcc.Store(id=ids.DATA_REVISION, data=None),
            dcc.Interval(id=ids.PLAY_INTERVAL, interval=ctx.settings.play_interval_ms, disabled=True),
            dcc.Download(id=ids.EXPORT_DOWNLOAD),
            html.Header(
                className="header",
                children=[
                    html.H1(ctx.settings.title),
                    html.Span(id=ids.COUNT, className="count", role="status"),
                    dcc.Tabs(
                        id=ids.TABS,
                        value="map",
                        className="tabs",
                        children=[
                            dcc.Tab(label="Map", value="map"),
                            dcc.Tab(label="Add reports", value="ingest"),
                        ],
                    ),
                    html.Div(_store_label(ctx), className="muted store-label"),
                ],
            ),
            _map_page(ctx, filter_options(ctx.columns())),
            _ingest_page(ctx),
        ],
    )
