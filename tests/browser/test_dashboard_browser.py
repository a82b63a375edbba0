"""Browser tests of the dashboard, numbered, in Debian's Chromium (see conftest.py for how it is launched).

Marker clicks on the WebGL map are dispatched through Plotly's own event (``el.emit('plotly_click', ...)``) with the
real row number of a drawn marker: a synthetic mouse click on a MapLibre canvas in headless, GPU-less Chromium lands
on a pixel whose hit-testing depends on rendering timing. Row clicks in the table are real mouse clicks.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from dashboard.synthetic import edge_case_incidents, synthetic_incidents
from incidents import IncidentQuery, Report, make_incident_id
from incidents.filters import matches
from tests.browser.conftest import (
    boundaries_loader,
    count_numbers,
    graph_traces,
    incident_traces,
)
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

# Our own invented report (places real, event invented).
OWN_REPORT = (
    "KIRKUK (Sample Wire) - Two rockets struck an empty field near K1 air base north-west of Kirkuk on Sunday, "
    "security officials said. Nobody was hurt. Police later found the launch rails near the village of "
    "Bashir in Kirkuk province."
)
HOSTILE_REPORT = (
    "BAGHDAD (Sample Wire) - <script>alert(1)</script> Two drones were shot down as they approached "
    "Ain al-Asad air base in Anbar province on Monday, the military said. "
    '<img src=x onerror="alert(2)"> Read more: <a href="javascript:alert(3)">here</a>.'
)


def _seed(store):
    """Edge cases + 2,000 synthetic incidents, and one report with evidence for the details panel."""
    text = (
        "ERBIL (Sample Wire) - Two drones were shot down near Ain al-Asad air base on Tuesday, the coalition said. "
        "No damage was reported."
    )
    report = Report.create(
        text=text, url="https://example.org/sample/1", source="Sample Wire", published="2022-01-04"
    )
    start = text.index("Two drones")
    inc = edge_case_incidents()[0].replace(
        incident_id=make_incident_id(report.report_id, "drones"),
        report_id=report.report_id,
        evidence=(report.span(start, text.index(" on Tuesday")),),
        url=report.url,
    )
    store.save(reports=[report], incidents=[inc, *edge_case_incidents(), *synthetic_incidents(2000, seed=5)])
    return inc


def _click_marker(page, row: int) -> None:
    """Click the map marker of column row ``row`` (Plotly's own event: WebGL markers have no DOM node) and wait for
    the details panel to show its evidence.

    On a loaded machine a click emitted while a callback round is still redrawing the map can be superseded by
    that round: the click is sent again, a few times, until the details show (what is asserted is unchanged).
    """
    for attempt in range(4):
        page.evaluate(
            "(row) => { const el = document.querySelector('#map .js-plotly-plot');"
            " const i = el._fullData.findIndex(t => t.customdata && Array.from(t.customdata).includes(row));"
            " const j = Array.from(el._fullData[i].customdata).indexOf(row);"
            " el.emit('plotly_click', {points: [{curveNumber: i, pointNumber: j, customdata: row,"
            " lat: el._fullData[i].lat[j], lon: el._fullData[i].lon[j]}]}); }",
            row,
        )
        try:
            page.wait_for_function("() => document.querySelector('#details mark') !== null", timeout=20_000)
            return
        except PlaywrightTimeout:
            if attempt == 3:
                raise


def _open(page, live, query: str = ""):
    page.goto(live.url + "/" + query)
    page.wait_for_selector("#map .js-plotly-plot", timeout=30_000)
    page.wait_for_function(
        "() => /[\\d,]+ of [\\d,]+ incidents/.test(document.querySelector('#count').innerText)"
    )
    # the first round of callbacks is over when both graphs hold a figure
    page.wait_for_function(
        "() => ['map', 'timeline'].every(id => { const el = document.querySelector('#' + id + ' .js-plotly-plot');"
        " return el && el.layout && Object.keys(el.layout).length > 0; })"
    )


def _wait_count(page, predicate_js: str, timeout: float = 20_000):
    page.wait_for_function(
        "() => { const m = document.querySelector('#count').innerText.replace(/,/g, '').match(/(\\d+) of (\\d+)/);"
        f" if (!m) return false; const n = +m[1], total = +m[2]; return {predicate_js}; }}",
        timeout=timeout,
    )


def _wait_drawn(page, n: int, timeout: float = 20_000) -> None:
    """Wait until the map draws exactly ``n`` incident markers."""
    page.wait_for_function(
        "(n) => { const el = document.querySelector('#map .js-plotly-plot'); if (!el || !el._fullData) return false;"
        " return el._fullData.filter(t => t.name !== 'selected' && !t.name.startsWith('Intercepted')"
        " && !t.name.startsWith('Near a place (dot'))"  # overlays on incident markers, not incidents
        ".reduce((s, t) => s + (t.lat ? t.lat.length : 0), 0) === n; }",
        arg=n,
        timeout=timeout,
    )


def _wait_point(page, lat: float, lon: float, timeout: float = 20_000) -> None:
    """Wait until the map draws an incident marker within 0.05 degrees of (lat, lon)."""
    page.wait_for_function(
        "([lat, lon]) => { const el = document.querySelector('#map .js-plotly-plot'); if (!el) return false;"
        " return el._fullData.some(t => t.name !== 'selected' && t.lat && Array.from(t.lat).some("
        " (v, k) => Math.abs(v - lat) < 0.05 && Math.abs(t.lon[k] - lon) < 0.05)); }",
        arg=[lat, lon],
        timeout=timeout,
    )


def _drawn(page) -> int:
    return sum(len(t["lat"]) for t in incident_traces(page))


def _assert_clean(page):
    rec = page.recorder
    assert rec.outside() == [], f"requests to outside hosts: {rec.outside()[:5]}"
    assert rec.page_errors == []
    assert rec.console_errors == []
    assert rec.dialogs == []


def test_01_empty_store_offers_samples_and_loads_offline(live_app, page, artifacts):
    """An empty store shows "Load sample data"; loading it draws incidents; nothing is fetched from outside."""
    live = live_app(boundaries_loader=boundaries_loader())
    _open(page, live)
    assert page.is_visible("#sample-button")
    assert count_numbers(page) == (0, 0)
    page.click("#sample-button")
    _wait_count(page, "total > 20", timeout=120_000)
    page.wait_for_function(
        "() => !document.querySelector('#sample-box') || "
        "getComputedStyle(document.querySelector('#sample-box')).display === 'none'"
    )
    page.wait_for_selector("#map .maplibregl-canvas")
    page.wait_for_timeout(1500)
    located = [i for i in live.store.query() if i.latitude is not None]  # current incidents (historical off)
    assert count_numbers(page)[0] == live.store.count()
    _wait_drawn(page, len(located))
    assert any(r.endswith("/_atlas/boundaries/admin0.geojson") for r in page.recorder.requests)
    page.screenshot(path=str(artifacts / "01-sample-data.png"), full_page=True)
    _assert_clean(page)


def _ingest(page, text: str, published: str, *, url: str = ""):
    page.click("text=Add reports")
    page.fill("#in-text", text)
    page.fill("#in-published", published)
    page.fill("#in-source", "Sample Wire")
    if url:
        page.fill("#in-url", url)
    page.click("#in-preview")
    page.wait_for_function(
        "() => /incident\\(s\\) found|No incident found/.test(document.querySelector('#in-result').innerText)",
        timeout=120_000,
    )
    page.click("#in-save")
    page.wait_for_function(
        "() => /Saved:/.test(document.querySelector('#in-status').innerText)", timeout=60_000
    )


def test_02_ingest_own_report_shows_on_map(live_app, page, artifacts):
    """Paste our own invented report, preview its incidents with evidence, save, see them on the map."""
    live = live_app(boundaries_loader=boundaries_loader())
    _open(page, live)
    page.click("text=Add reports")
    page.fill("#in-text", OWN_REPORT)
    page.click("#in-preview")  # no date yet: refused, nothing extracted
    page.wait_for_function(
        "() => /publication date is required/.test(document.querySelector('#in-status').innerText)"
    )
    _ingest(page, OWN_REPORT, "2023-04-02")
    assert page.locator("#in-result mark").count() >= 1
    page.screenshot(path=str(artifacts / "02-ingest-preview.png"), full_page=True)
    page.click("text=Map")
    _wait_count(page, "n >= 1")
    page.wait_for_function("() => document.querySelector('#table .ag-row') !== null")
    stored = live.store.query(IncidentQuery())
    located = [i for i in stored if i.latitude is not None]
    assert located, "the extractor found no located incident in our report"
    _wait_point(page, located[0].latitude, located[0].longitude)
    _assert_clean(page)


@pytest.mark.shared
def test_02b_ingest_seed_report_shows_on_map(live_app, page, shared_dir, artifacts):
    """The seed report (published 2022-01-04) through the ingest page: Ain al-Asad and Baghdad airport appear."""
    text = (shared_dir / "reports" / "esta-ain-al-asad.txt").read_text(encoding="utf-8")
    live = live_app(boundaries_loader=boundaries_loader())
    _open(page, live)
    _ingest(page, text, "2022-01-04")
    page.click("text=Map")
    _wait_count(page, "n >= 2")
    for lat, lon in ((33.79, 42.44), (33.26, 44.23)):  # Ain al-Asad air base, Baghdad airport
        _wait_point(page, lat, lon)
    page.screenshot(path=str(artifacts / "02b-seed-report.png"), full_page=True)
    _assert_clean(page)


def test_03_filter_change_updates_map_timeline_table_count_and_url(live_app, page, artifacts):
    live = live_app(boundaries_loader=boundaries_loader())
    _seed(live.store)
    _open(page, live)
    n0, total = count_numbers(page)
    page.fill("#f-fat-min", "3")
    page.press("#f-fat-min", "Enter")
    _wait_count(page, f"n < {n0}")
    n1, total1 = count_numbers(page)
    assert total1 == total
    expected = [
        i
        for i in live.store.query(IncidentQuery(historical=None))
        if matches(IncidentQuery(min_fatalities=3), i)
    ]
    assert n1 == len(expected)
    page.wait_for_function(
        "(n) => document.querySelector('#table-note').innerText.replace(/,/g, '').includes(n + ' matching')",
        arg=n1,
    )
    page.wait_for_function("() => location.search.includes('fmin=3')")
    _wait_drawn(page, sum(1 for i in expected if i.latitude is not None))
    dated = sum(1 for i in expected if i.event_date is not None)
    bars = graph_traces(page, "timeline")
    assert sum(sum(t["y"]) for t in bars) == dated
    # the URL reopens the same view, and an unknown value is reported, not applied
    page.goto(live.url + "/?fmin=3&type=Bogus")
    page.wait_for_selector("#url-notice", state="attached")
    page.wait_for_function("() => /Bogus/.test(document.querySelector('#url-notice').innerText)")
    _wait_count(page, f"n === {n1}")
    page.screenshot(path=str(artifacts / "03-filtered.png"), full_page=True)
    _assert_clean(page)


def test_04_brushing_the_timeline_sets_the_date_filter(live_app, page):
    live = live_app(boundaries_loader=boundaries_loader())
    _seed(live.store)
    _open(page, live)
    n0, _ = count_numbers(page)
    # dcc.Graph binds its Plotly listeners after its own first plot; until then a relayout is not reported, so
    # the harness repeats it (a person cannot drag on a graph that has not been drawn yet)
    for _ in range(10):
        page.evaluate(
            "() => Plotly.relayout(document.querySelector('#timeline .js-plotly-plot'),"
            " {'xaxis.range': ['2020-01-01', '2020-12-31']})"
        )
        try:
            page.wait_for_function(
                "() => location.search.includes('from=2020-01-01') && location.search.includes('to=2020-12-31')",
                timeout=2_000,
            )
            break
        except PlaywrightTimeout:
            continue
    _wait_count(page, f"n < {n0}")
    n1, _ = count_numbers(page)
    expected = live.store.count(IncidentQuery(date_from=dt.date(2020, 1, 1), date_to=dt.date(2020, 12, 31)))
    assert n1 == expected
    # the window is shaded on the timeline, which still shows the whole span
    page.wait_for_function(
        "() => { const l = document.querySelector('#timeline .js-plotly-plot').layout;"
        " return l.shapes && l.shapes.length === 1; }"
    )
    _assert_clean(page)


def test_05_clicking_a_marker_shows_details_with_evidence(live_app, page, artifacts):
    live = live_app(boundaries_loader=boundaries_loader())
    chosen = _seed(live.store)
    _open(page, live, "?q=Ain%20al-Asad")
    page.wait_for_function("() => document.querySelector('#map .js-plotly-plot')._fullData.length > 1")
    cols = live.app.atlas.columns()
    row = cols.row_of(chosen.incident_id)
    _click_marker(page, row)
    assert page.inner_text("#details mark") == "Two drones were shot down near Ain al-Asad air base"
    assert "site — the named facility or site itself" in page.inner_text("#details")
    link = page.locator("#details a[href='https://example.org/sample/1']")
    assert link.get_attribute("rel") == "noopener noreferrer"
    # the selection shows on the map (halo, trace 0) and in the table
    page.wait_for_function(
        "() => document.querySelector('#map .js-plotly-plot')._fullData[0].lat.length === 1"
    )
    page.wait_for_function("() => document.querySelector('#table .ag-row-selected') !== null")
    page.screenshot(path=str(artifacts / "05-details.png"), full_page=True)
    _assert_clean(page)


def test_06_export_downloads_exactly_the_filtered_incidents(live_app, page, tmp_path):
    live = live_app(boundaries_loader=boundaries_loader())
    _seed(live.store)
    q = IncidentQuery(iso3=("IRQ",), min_fatalities=1, historical=None)
    expected = sorted(
        i.incident_id for i in live.store.query(IncidentQuery(historical=None)) if matches(q, i)
    )
    _open(page, live, "?country=IRQ&hist=1&fmin=1")
    _wait_count(page, f"n === {len(expected)}")
    n, _ = count_numbers(page)
    with page.expect_download(timeout=60_000) as info:
        page.click("#export-button")
    path = tmp_path / "export.geojson"
    info.value.save_as(path)
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    q = IncidentQuery(iso3=("IRQ",), min_fatalities=1, historical=None)
    expected = sorted(
        i.incident_id for i in live.store.query(IncidentQuery(historical=None)) if matches(q, i)
    )
    assert sorted(f["properties"]["incident_id"] for f in features) == expected
    assert len(features) == n
    _assert_clean(page)


def test_07_hostile_report_stays_inert(live_app, page, artifacts):
    live = live_app(boundaries_loader=boundaries_loader())
    _open(page, live)
    scripts_before = page.evaluate("() => document.scripts.length")
    _ingest(page, HOSTILE_REPORT, "2023-03-06", url="javascript:alert(4)")
    assert "<script>alert(1)</script>" in page.inner_text("#in-result")  # shown as text
    page.click("text=Map")
    page.wait_for_function("() => document.querySelector('#table .ag-row') !== null", timeout=30_000)
    page.click("#table .ag-row >> nth=0")  # a real click on the table row selects the incident
    page.wait_for_function("() => document.querySelector('#details .report-text') !== null")
    page.wait_for_function(
        "() => document.querySelector('#map .js-plotly-plot')._fullData[0].lat.length === 1"
    )
    page.wait_for_timeout(500)
    assert "<script>alert(1)</script>" in page.inner_text("#details .report-text")
    assert page.evaluate("() => document.scripts.length") == scripts_before
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    page.screenshot(path=str(artifacts / "07-hostile.png"), full_page=True)
    _assert_clean(page)


def test_08_readme_screenshot(live_app, page, artifacts):
    """The README picture: sample data, one incident selected with its evidence highlighted."""
    live = live_app(boundaries_loader=boundaries_loader())
    live.app.atlas.load_samples()
    _open(page, live)
    page.wait_for_selector("#map .maplibregl-canvas", timeout=60_000)
    page.wait_for_function("() => document.querySelector('#table .ag-row') !== null", timeout=60_000)
    shown = [i for i in live.store.query() if i.evidence and i.latitude is not None]
    target = next((i for i in shown if "Asad" in (i.location or "")), shown[0])
    row = live.app.atlas.columns().row_of(target.incident_id)
    _click_marker(page, row)
    page.wait_for_timeout(2500)  # let MapLibre finish drawing the boundary layers
    shot = artifacts / "08-readme.png"
    page.screenshot(path=str(shot))
    if os.environ.get("ATLAS_UPDATE_SCREENSHOT"):  # refresh the README picture on demand, not on every run
        (ROOT / "docs" / "img").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, ROOT / "docs" / "img" / "dashboard.png")
    _assert_clean(page)
