"""The Dash app factory: ``create_app(store=...)`` builds one independent app (nothing global, nothing at import).

Each feature module registers its own callbacks on the app it is given (``register(app, ctx)``); module-level
``@dash.callback`` would attach to whichever app starts first and leave later apps without callbacks.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dash
import flask
import numpy as np
import orjson

from dashboard import details, export_cb, filters_cb, ingest_page, layout, table, timeline
from dashboard import map as map_cb
from dashboard.data import ColumnCache, Columns
from dashboard.figures import warm_up_figures
from dashboard.filters import FilterState, date_window, select
from incidents import IncidentStore, StoreError, UserError, open_store

__all__ = ["AppContext", "Settings", "create_app", "open_app_store"]

_ASSETS = Path(__file__).resolve().parent / "assets"
BOUNDARY_LEVELS = ("admin0", "admin1")


@dataclass(frozen=True, slots=True)
class Settings:
    """Dashboard settings (all optional).

    Attributes
    ----------
    map_style
        ``"white-bg"`` (offline, default) or an online MapLibre style name such as ``"open-street-map"``; online
        styles fetch tiles from the internet and only make sense on a connected machine.
    raw_threshold
        Up to this many incidents in view are drawn one by one; above it the server bins them into grid cells.
    rich_hover_threshold
        Up to this many points carry a full hover text (date, place, fatalities); above it a short one, to keep
        each update under a megabyte.
    table_rows
        Rows sent to the table (the first N by date); the count says how many matched.
    max_upload_bytes
        Largest report file the ingest page accepts.
    preload
        Load, in a background thread when the app starts, what the first map views load once per process: the
        province layer of the area shading (~0.3-0.9 s) and plotly's table of figure properties (~0.3 s), so the
        first filter change does not wait for them.
    column_snapshots
        Keep a snapshot of a large store's columns in the per-user cache folder (``$INCIDENTS_CACHE_DIR`` or
        platformdirs' cache dir, ``columns/``), so a restart at a million incidents loads in about a second.
    """

    map_style: str = "white-bg"
    raw_threshold: int = 20_000
    rich_hover_threshold: int = 2_000
    table_rows: int = 2_000
    max_upload_bytes: int = 1_000_000
    play_interval_ms: int = 1_200
    title: str = "Incident Atlas"
    column_snapshots: bool = True
    preload: bool = True


class AppContext:
    """Per-app state shared by the callbacks of ONE app: store, column cache, lazily loaded gazetteer.

    Nothing user-specific lives here (selection and filters stay in the browser), so two users or two app
    instances never see each other's state.
    """

    def __init__(
        self,
        *,
        store: IncidentStore,
        settings: Settings,
        gazetteer: Any = None,
        gazetteer_loader: Callable[[], Any] | None = None,
        boundaries_loader: Callable[[str], Mapping[str, Any]] | None = None,
        extract: Callable[..., Any] | None = None,
    ) -> None:
        self.store = store
        self._extract = extract
        self.boundary_error: str | None = None
        self.settings = settings
        self.lock = threading.RLock()  # one SQLite connection: serialise store use across request threads
        snapshots = None
        if settings.column_snapshots:
            from geodata import default_cache_dir

            snapshots = default_cache_dir() / "columns"
        self.cache = ColumnCache(store, lock=self.lock, snapshot_dir=snapshots)
        self._gazetteer = gazetteer
        self._gazetteer_loader = gazetteer_loader
        self._boundaries_loader = boundaries_loader
        self._boundaries: dict[str, bytes | None] = {}
        self._memo: OrderedDict[tuple, np.ndarray] = OrderedDict()
        #: province code of a point, for the map's area shading (points of area-level incidents repeat: centroids)
        self.province_of_point: dict[tuple[float, float], str | None] = {}
        self.boundary_url: Callable[[str], str] = lambda level: f"/_atlas/boundaries/{level}.geojson"
        self._preload: threading.Thread | None = None

    def columns(self) -> Columns:
        """The current columnar copy of the store (reloaded after an ingest)."""
        return self.cache.get()

    def rows(self, state: FilterState, *, ignore_dates: bool = False) -> tuple[Columns, np.ndarray]:
        """Selected row numbers, memoised per (revision, state): map, timeline, table and count share one pass.

        One filter pass serves both the timeline (every filter but the dates) and the others: rows are date-sorted,
        so the dated selection is the undated one cut at the date window by binary search. (A filter change runs
        the map, timeline and table callbacks together; two passes over a million rows cost twice.)
        """
        cols = self.columns()
        if state.date_from is None and state.date_to is None:
            ignore_dates = False  # no date filter: the same rows either way
        key = (cols.revision, state, ignore_dates)
        with self.lock:
            hit = self._memo.get(key)
            if hit is not None:
                self._memo.move_to_end(key)
                return cols, hit
        if ignore_dates:
            rows = select(cols, state, ignore_dates=True)
        else:
            if state.date_from is None and state.date_to is None:
                rows = select(cols, state)
            else:
                _, every = self.rows(state, ignore_dates=True)
                lo, hi = date_window(cols, state)
                rows = every[np.searchsorted(every, lo) : np.searchsorted(every, hi)]
        with self.lock:
            self._memo[key] = rows
            while len(self._memo) > 16:
                self._memo.popitem(last=False)
        return cols, rows

    def gazetteer(self) -> Any:
        """The gazetteer, loaded on first use (ingest needs it; browsing the map does not)."""
        with self.lock:
            if self._gazetteer is None:
                if self._gazetteer_loader is not None:
                    self._gazetteer = self._gazetteer_loader()
                else:
                    from geodata import load_gazetteer

                    self._gazetteer = load_gazetteer()
            return self._gazetteer

    def extract(self, report: Any) -> Any:
        """Run extraction on one report (``incidents.extract.extract`` unless the app was given another)."""
        fn = self._extract
        if fn is None:
            from incidents.extract import extract as fn
        return fn(report, gazetteer=self.gazetteer())

    def load_samples(self) -> Any:
        """Ingest the bundled sample reports through the pipeline (see :mod:`incidents.samples`)."""
        import datetime as dt

        from incidents.samples import load_samples

        return load_samples(
            self.store, gazetteer=self.gazetteer, now=dt.datetime.now(dt.UTC), extract=self._extract
        )

    def boundaries(self, level: str) -> bytes | None:
        """Our own boundary layer as GeoJSON bytes (None when the boundaries are not available)."""
        with self.lock:
            if level not in self._boundaries:
                try:
                    if self._boundaries_loader is not None:
                        layer = self._boundaries_loader(level)
                    else:
                        from geodata import boundaries_geojson

                        layer = boundaries_geojson(level)
                    self._boundaries[level] = orjson.dumps(layer)
                except (ImportError, OSError, ValueError, KeyError) as exc:
                    self._boundaries[level] = None
                    self.boundary_error = f"{level} boundaries unavailable: {exc}"
            return self._boundaries[level]

    def preload(self) -> None:
        """Start the one-time loads of the first map views in a daemon thread (it holds no app lock)."""
        self._preload = threading.Thread(target=_preload, name="atlas-preload", daemon=True)
        self._preload.start()

    def wait_for_preload(self) -> None:
        """Let a preload under way finish instead of loading the same layer a second time alongside it."""
        thread = self._preload
        if thread is not None and thread.is_alive():
            thread.join()

    def has_boundaries(self) -> bool:
        """True when the country layer can be served (else the map shows points on a blank background)."""
        return self.boundaries("admin0") is not None


_PRELOAD = threading.Lock()


def _preload() -> None:
    """Load (once per process: both are cached) plotly's property table and the province layer of the look-up."""
    with _PRELOAD:  # two apps starting together load them once
        warm_up_figures()
        # a failure here is left to the map's own look-up, which meets it again and reports it in the request
        with contextlib.suppress(ImportError, OSError, ValueError):
            from geodata import admin_for_points

            admin_for_points([], [])


def open_app_store(path: str | Path | None) -> IncidentStore:
    """Open the store for the dashboard, turning every failure into one clear :class:`UserError`."""
    try:
        return open_store(path)
    except StoreError as exc:
        raise UserError(f"the dashboard cannot open the incident store: {exc}") from exc
    except OSError as exc:
        raise UserError(
            f"the dashboard cannot open the incident store {path}: {exc.strerror or exc}"
        ) from exc


def _settings(settings: Settings | Mapping[str, Any] | None) -> Settings:
    if settings is None:
        return Settings()
    if isinstance(settings, Settings):
        return settings
    names = {f.name for f in dataclasses.fields(Settings)}
    unknown = sorted(set(settings) - names)
    if unknown:
        raise ValueError(f"unknown dashboard settings: {', '.join(unknown)}")
    return Settings(**settings)


def create_app(
    *,
    store: IncidentStore,
    gazetteer: Any = None,
    settings: Settings | Mapping[str, Any] | None = None,
    gazetteer_loader: Callable[[], Any] | None = None,
    boundaries_loader: Callable[[str], Mapping[str, Any]] | None = None,
    extract: Callable[..., Any] | None = None,
) -> dash.Dash:
    """Build the dashboard for ``store``.

    Parameters
    ----------
    store
        Any :class:`incidents.IncidentStore`; the app reads its columns and writes ingested reports to it.
    gazetteer
        A loaded gazetteer; when None it is loaded on first ingest (``geodata.load_gazetteer``).
    settings
        :class:`Settings` or a mapping of its fields.
    gazetteer_loader, boundaries_loader, extract
        Replace the geodata loaders and the extractor (tests use small stand-ins).
    """
    cfg = _settings(settings)
    ctx = AppContext(
        store=store,
        settings=cfg,
        gazetteer=gazetteer,
        gazetteer_loader=gazetteer_loader,
        boundaries_loader=boundaries_loader,
        extract=extract,
    )
    if cfg.preload:
        ctx.preload()  # first: it overlaps the column load below
    app = dash.Dash(
        __name__,
        title=cfg.title,
        serve_locally=True,
        assets_folder=str(_ASSETS),
        suppress_callback_exceptions=False,
        update_title=None,
    )
    # every request is bounded; uploads are checked (with a clear message) against max_upload_bytes in the callback
    app.server.config["MAX_CONTENT_LENGTH"] = max(8 * cfg.max_upload_bytes, 16_000_000)
    ctx.boundary_url = lambda level: app.get_relative_path(f"/_atlas/boundaries/{level}.geojson")

    def boundaries_view(level: str) -> flask.Response:
        if level not in BOUNDARY_LEVELS:
            flask.abort(404)
        body = ctx.boundaries(level)
        if body is None:
            flask.abort(404)
        resp = flask.Response(body, mimetype="application/geo+json")
        resp.headers["Cache-Control"] = "public, max-age=86400"
        return resp

    app.server.add_url_rule(
        app.config.routes_pathname_prefix + "_atlas/boundaries/<level>.geojson",
        endpoint="atlas_boundaries",
        view_func=boundaries_view,
    )
    app.layout = lambda: layout.build(ctx)  # per page load: dropdown options reflect the current store
    for module in (filters_cb, map_cb, timeline, table, details, export_cb, ingest_page):
        module.register(app, ctx)
    app.atlas = ctx  # type: ignore[attr-defined]  # tests and the CLI reach the context through the app
    return app
