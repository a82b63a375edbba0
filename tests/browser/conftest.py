"""Fixtures for the browser tests: Debian's Chromium driven by Playwright, the app served by a real server thread.

Chromium is never downloaded (``playwright install`` is not possible here): the tests use ``/usr/bin/chromium``. A
missing browser skips the tests on a developer's machine, with the reason, and FAILS them in CI (``CI=true``).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest
from werkzeug.serving import make_server

from tests.conftest import ROOT, in_ci

CHROMIUM = Path(os.environ.get("INCIDENTS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session."""
    if not CHROMIUM.exists():
        message = (
            f"{CHROMIUM} not found: the browser tests drive Debian's chromium package (apt install chromium)"
        )
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - playwright is a test dependency
        if in_ci():
            pytest.fail(f"playwright is not installed: {exc}")
        pytest.skip(f"playwright is not installed: {exc}")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@dataclass
class LiveApp:
    """A running dashboard: its base URL, app and store."""

    url: str
    app: object
    store: object
    thread: threading.Thread = field(repr=False)
    server: object = field(repr=False)


@pytest.fixture
def live_app(tmp_path: Path, gazetteer) -> Iterator[Callable[..., LiveApp]]:
    """Factory: ``live_app(incidents=..., reports=..., **create_app_kwargs)`` serves a fresh app on 127.0.0.1.

    The session's gazetteer is handed in, so a first build (a minute on a fresh machine, as in CI) happens before
    the page opens instead of inside a browser wait.
    """
    from dashboard import create_app
    from incidents import open_store

    started: list[LiveApp] = []

    def start(*, incidents=(), reports=(), **kwargs) -> LiveApp:
        store = open_store(tmp_path / f"store{len(started)}.sqlite")
        if incidents or reports:
            store.save(reports=reports, incidents=incidents)
        if "gazetteer_loader" not in kwargs:
            kwargs.setdefault("gazetteer", gazetteer)
        app = create_app(store=store, **kwargs)
        # Dash's prop-type checks report invalid component props as console errors, which the tests assert on
        app.enable_dev_tools(
            debug=True,
            dev_tools_ui=False,
            dev_tools_props_check=True,
            dev_tools_hot_reload=False,
            dev_tools_disable_version_check=True,
            dev_tools_serve_dev_bundles=True,
        )
        server = make_server("127.0.0.1", 0, app.server, threaded=True)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        live = LiveApp(f"http://127.0.0.1:{server.server_port}", app, store, thread, server)
        started.append(live)
        return live

    yield start
    for live in started:
        live.server.shutdown()
        live.thread.join(timeout=5)
        live.store.close()


@dataclass
class Recorder:
    """Everything a page did that a test may assert on."""

    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def outside(self) -> list[str]:
        """Requests to any host but this machine."""
        out = []
        for url in self.requests:
            parsed = urlparse(url)
            if parsed.scheme in ("data", "blob", "about"):
                continue
            if parsed.hostname not in ("127.0.0.1", "localhost", "::1"):
                out.append(url)
        return out


@pytest.fixture
def page(browser):
    """A fresh page that records every request, console error, page error and dialog."""
    context = browser.new_context(viewport={"width": 1500, "height": 1000}, accept_downloads=True)
    pg = context.new_page()
    rec = Recorder()
    pg.on("request", lambda r: rec.requests.append(r.url))
    pg.on("console", lambda m: rec.console_errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: rec.page_errors.append(str(e)))

    def on_dialog(d):
        rec.dialogs.append(d.message)
        d.dismiss()

    pg.on("dialog", on_dialog)
    pg.recorder = rec
    yield pg
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """test-artifacts/ (gitignored) for screenshots."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


# ---------------------------------------------------------------- page helpers

GRAPH_JS = """
(id) => {
  const el = document.querySelector('#' + id + ' .js-plotly-plot');
  if (!el || !el._fullData) return null;
  return el._fullData.map(t => ({
    name: t.name,
    type: t.type,
    lat: t.lat ? Array.from(t.lat) : null,
    lon: t.lon ? Array.from(t.lon) : null,
    y: t.y ? Array.from(t.y) : null,
    customdata: t.customdata ? Array.from(t.customdata) : null,
    visible: t.visible,
  }));
}
"""


def graph_traces(pg, graph_id: str) -> list[dict] | None:
    """The traces Plotly actually drew in a dcc.Graph (typed arrays turned into lists)."""
    return pg.evaluate(GRAPH_JS, graph_id)


def incident_traces(pg) -> list[dict]:
    """Map traces that stand for incidents (not the selection halo, not the intercepted ring overlay)."""
    return [
        t
        for t in (graph_traces(pg, "map") or [])
        # the centre dots of "near" markers and the shaded areas (no lat) are drawn over / under incident markers
        if t.get("name")
        not in ("selected", "Intercepted / disrupted (ring)", "Near a place (dot: the named place)")
        and t.get("lat") is not None
    ]


def count_numbers(pg) -> tuple[int, int]:
    """(N, M) from the "N of M incidents" header."""
    text = pg.inner_text("#count").replace(",", "")
    n, _, m = text.split()[:3]
    return int(n), int(m)


def wait_idle(pg, timeout: float = 20_000) -> None:
    """Wait until Dash has no callback in flight (the page title stops saying 'Updating...' is not reliable)."""
    pg.wait_for_function(
        "() => { const r = window.dash_clientside && document.querySelector('#_dash-app-content, #react-entry-point');"
        " return r && !document.querySelector('[data-dash-is-loading=\"true\"]'); }",
        timeout=timeout,
    )
    pg.wait_for_timeout(300)


def boundaries_loader():
    """The project's boundary layers (what the app loads by default, named explicitly for the tests)."""
    from geodata import boundaries_geojson

    return boundaries_geojson
