"""Dashboard app: factory, callbacks through the app, details safety, export, ingest form, samples, serve command."""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path

import dash
import plotly
import pytest
from dash import html

from dashboard import Settings, create_app, open_app_store
from dashboard.details import details_children, highlight, safe_link
from dashboard.export_cb import filtered_incidents
from dashboard.filters import DEFAULT_STATE, FilterState, state_to_dict, to_query
from dashboard.ingest_page import decode_upload, parse_form
from dashboard.map import build_map, view_from_relayout
from dashboard.synthetic import edge_case_incidents, synthetic_incidents
from dashboard.table import selection_from_click, table_rows
from dashboard.timeline import build_timeline, play_start, play_tick, range_from_brush
from incidents import Report, UserError, open_store
from incidents.cli import main
from incidents.interchange import export_bytes

EMPTY_LAYER = {"type": "FeatureCollection", "features": []}


def _app(store, **kw):
    return create_app(store=store, boundaries_loader=lambda level: EMPTY_LAYER, **kw)


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "s.sqlite")
    s.save(incidents=edge_case_incidents())
    yield s
    s.close()


def _post(app, output: str, outputs, inputs, state=(), changed=None):
    client = app.server.test_client()
    body = {
        "output": output,
        "outputs": outputs,
        "inputs": inputs,
        "state": list(state),
        "changedPropIds": changed or [f"{inputs[0]['id']}.{inputs[0]['property']}"],
    }
    resp = client.post("/_dash-update-component", json=body)
    assert resp.status_code in (200, 204), resp.data[:300]
    return resp.get_json() if resp.status_code == 200 else None


# ------------------------------------------------------------------ factory and callbacks


def test_factory_registers_callbacks_on_each_app_only(store, tmp_path):
    other = open_store(tmp_path / "other.sqlite")
    a, b = _app(store), _app(other)
    assert len(a.callback_map) == len(b.callback_map) >= 15
    assert a.callback_map.keys() == b.callback_map.keys()
    assert a.atlas is not b.atlas and a.atlas.cache is not b.atlas.cache
    # nothing registered globally (a module-level @dash.callback would land here and bind to the first app)
    assert dash._callback.GLOBAL_CALLBACK_LIST == []
    other.close()


def test_no_cdn_and_local_assets(store):
    app = _app(store)
    assert app.config.serve_locally is True
    assert not app.config.external_stylesheets and not app.config.external_scripts
    page = app.server.test_client().get("/").get_data(as_text=True)
    assert "atlas.css" in page
    assert "https://" not in page and "http://" not in page.replace("http://www.w3.org", "")
    grid_js = app.server.test_client().get("/_dash-layout")
    assert grid_js.status_code == 200


def test_count_callback_through_the_app(store):
    app = _app(store)
    out = _post(
        app,
        "count.children",
        {"id": "count", "property": "children"},
        [
            {"id": "filter-state", "property": "data", "value": state_to_dict(FilterState(iso3=("IRQ",)))},
            {"id": "data-revision", "property": "data", "value": None},
        ],
    )
    assert out["response"]["count"]["children"] == "3 of 7 incidents"  # Iraq, current only (historical off)


def test_url_callback_reports_ignored_values(store):
    app = _app(store)
    from dashboard.filters_cb import CONTROL_OUTPUTS

    outputs = [{"id": c, "property": p} for c, p in CONTROL_OUTPUTS] + [
        {"id": "url-notice", "property": "children"}
    ]
    out = _post(
        app,
        next(k for k in app.callback_map if "url-notice.children" in k),
        outputs,
        [
            {"id": "url-in", "property": "search", "value": "?type=Battles&type=Bogus&country=ZZZ"},
            {"id": "f-reset", "property": "n_clicks", "value": None},
        ],
        state=[{"id": "filter-state", "property": "data", "value": state_to_dict(DEFAULT_STATE)}],
    )
    resp = out["response"]
    assert resp["f-event-type"]["value"] == ["Battles"]
    assert resp["f-country"]["value"] == []
    notice = json.dumps(resp["url-notice"]["children"])
    assert "Bogus" in notice and "ZZZ" in notice


def test_two_apps_do_not_share_selection(store, tmp_path):
    """Selection lives in each browser's store; the server side maps a click through its OWN app's data."""
    other = open_store(tmp_path / "o.sqlite")
    other.save(incidents=list(synthetic_incidents(5, seed=1)))
    a, b = _app(store), _app(other)
    click = {"points": [{"customdata": 0}]}
    sel_a = selection_from_click(a.atlas.columns(), click, {"revision": a.atlas.columns().revision})
    sel_b = selection_from_click(b.atlas.columns(), click, {"revision": b.atlas.columns().revision})
    assert sel_a["id"] in {i.incident_id for i in edge_case_incidents()}
    assert sel_b["id"] not in {i.incident_id for i in edge_case_incidents()}
    out = _post(
        a,
        "..selected-incident.data...table.selectedRows..",
        [{"id": "selected-incident", "property": "data"}, {"id": "table", "property": "selectedRows"}],
        [
            {"id": "map", "property": "clickData", "value": click},
            {"id": "table", "property": "selectedRows", "value": None},
        ],
        state=[
            {"id": "map-meta", "property": "data", "value": {"revision": a.atlas.columns().revision}},
            {"id": "selected-incident", "property": "data", "value": None},
        ],
    )
    assert out["response"]["selected-incident"]["data"]["id"] == sel_a["id"]
    assert not hasattr(b.atlas, "selected")  # the server keeps no per-user selection at all
    other.close()


def test_click_from_an_older_revision_is_ignored(store):
    cols = _app(store).atlas.columns()
    assert (
        selection_from_click(cols, {"points": [{"customdata": 0}]}, {"revision": cols.revision + 1}) is None
    )
    assert selection_from_click(cols, {"points": [{"lat": 1}]}, {"revision": cols.revision}) is None


@pytest.mark.parametrize(
    ("threshold", "mode"),
    [(10_000, "points"), (2, "cells")],
)
def test_build_map_switches_to_cells_above_threshold(store, threshold, mode):
    app = _app(store, settings={"raw_threshold": threshold})
    result = build_map(app.atlas, DEFAULT_STATE)
    assert result.mode == mode
    text = result.figure.to_json()
    assert "https://" not in text and "http://" not in text
    assert "no coordinates" in result.note  # the Sudan incident has none


def test_build_map_hover_is_escaped(store):
    app = _app(store)
    fig = build_map(app.atlas, FilterState(text="şanlıurfa")).figure
    texts = [t for tr in fig.data for t in (tr.text or ())]
    assert texts and all("<script" not in t for t in texts)


def test_view_from_relayout():
    relayout = {"map.center": {"lon": 44.123456, "lat": 33.5}, "map.zoom": 5.123, "map._derived": {}}
    assert view_from_relayout(relayout, revision=3) == {
        "revision": 3,
        "center": {"lon": 44.1235, "lat": 33.5},
        "zoom": 5.12,
    }
    assert view_from_relayout({"dragmode": "pan"}, revision=3) is None


def test_timeline_and_table_follow_the_filters(store):
    app = _app(store, settings={"table_rows": 2})
    fig = build_timeline(app.atlas, FilterState(date_from=dt.date(2022, 1, 1), date_to=dt.date(2022, 1, 31)))
    assert sum(sum(t.y) for t in fig.data) == 5  # all dated current incidents: the date filter is only shaded
    assert len(fig.layout.shapes) == 1
    cols, rows = app.atlas.rows(DEFAULT_STATE)
    data = table_rows(cols, rows, limit=2)
    assert [r["d"] for r in data] == ["2022-01-03", "2022-01-04"]
    assert {"id", "la", "lo", "t", "s"} <= data[0].keys() and "f" not in data[
        0
    ]  # fatalities unknown: left out


@pytest.mark.parametrize(
    ("selected", "relayout", "expected"),
    [
        (
            {"range": {"x": ["2022-01-10 05:00", "2022-01-02"]}},
            None,
            (dt.date(2022, 1, 2), dt.date(2022, 1, 10)),
        ),
        (
            None,
            {"xaxis.range[0]": "2022-01-01", "xaxis.range[1]": "2022-02-01 12:00"},
            (dt.date(2022, 1, 1), dt.date(2022, 2, 1)),
        ),
        (None, {"xaxis.range": ["2021-05-01", "2021-06-01"]}, (dt.date(2021, 5, 1), dt.date(2021, 6, 1))),
        (None, {"xaxis.autorange": True}, "clear"),
        (None, {"dragmode": "zoom"}, None),
        ({"range": {"x": ["garbage", "2022-01-01"]}}, None, None),
    ],
)
def test_range_from_brush(selected, relayout, expected):
    assert range_from_brush(selected, relayout) == expected


def test_play_steps_a_window_to_the_end():
    span = (dt.date(2022, 1, 1), dt.date(2022, 3, 1))
    lo, hi, play = play_start(span, (None, None))
    assert lo == span[0] and (hi - lo).days + 1 == 60 // 8
    windows = 0
    while (nxt := play_tick(lo, play)) is not None:
        lo, hi = nxt
        assert hi <= span[1]
        windows += 1
    assert lo <= span[1] and windows == (span[1] - span[0]).days


# ------------------------------------------------------------------ details panel


HOSTILE = (
    "BAGHDAD - <script>alert(1)</script> Two drones were shot down near the base. "
    '<img src=x onerror="alert(2)"> <a href="javascript:alert(3)">more</a>'
)


def _walk(component):
    yield component
    children = getattr(component, "children", None)
    if isinstance(children, list | tuple):
        for c in children:
            yield from _walk(c)
    elif children is not None:
        yield from _walk(children)


def test_details_render_hostile_text_inert():
    report = Report.create(text=HOSTILE, url="javascript:alert(4)", published="2022-01-04", title="<b>t</b>")
    start = HOSTILE.index("Two drones")
    end = HOSTILE.index("base.") + 4
    inc = edge_case_incidents()[0].replace(
        report_id=report.report_id, evidence=(report.span(start, end),), url="javascript:alert(4)"
    )
    children = details_children(inc, report)
    nodes = [n for c in children for n in _walk(c)]
    kinds = {type(n).__name__ for n in nodes}
    assert "Script" not in kinds and "Img" not in kinds and "Iframe" not in kinds
    assert not any(isinstance(n, html.A) for n in nodes)  # javascript: is never a link
    assert [n.children for n in nodes if isinstance(n, html.Mark)] == [HOSTILE[start:end]]
    strings = [n for n in nodes if isinstance(n, str)]
    assert "<script>alert(1)</script>" in "".join(strings)  # shown as text, escaped by React
    assert "dangerously" not in json.dumps(children, cls=plotly.utils.PlotlyJSONEncoder)


@pytest.mark.parametrize(
    ("url", "is_link"),
    [
        ("https://example.org/a", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("//evil.example", False),
        ("ftp://example.org", False),
        (None, None),
    ],
)
def test_safe_link(url, is_link):
    out = safe_link(url)
    if is_link is None:
        assert out is None
    elif is_link:
        assert isinstance(out, html.A) and out.rel == "noopener noreferrer" and out.href == url.strip()
    else:
        assert not isinstance(out, html.A)


@pytest.mark.parametrize(
    ("spans", "marks"),
    [
        ([(0, 5)], ["Alpha"]),
        ([(0, 5), (3, 10)], ["Alpha beta"]),
        ([(6, 10), (0, 5)], ["Alpha", "beta"]),
        ([(-1, 3), (5, 99), (4, 4)], []),
    ],
)
def test_highlight(spans, marks):
    text = "Alpha beta gamma"
    out = highlight(text, spans)
    assert [c.children for c in out if isinstance(c, html.Mark)] == marks
    assert "".join(c if isinstance(c, str) else c.children for c in out) == text


def test_details_precision_in_words(store):
    province = next(i for i in edge_case_incidents() if i.location_precision.value == "admin1")
    text = json.dumps(
        details_children(province, None), cls=plotly.utils.PlotlyJSONEncoder, ensure_ascii=False
    )
    assert "province centroid — location known only to the province" in text


# ------------------------------------------------------------------ export


@pytest.mark.parametrize(
    "state",
    [
        DEFAULT_STATE,
        FilterState(iso3=("IRQ",), historical=True),
        FilterState(text="ŞANLIURFA"),
        FilterState(actor="ünal"),
    ],
)
def test_export_holds_exactly_the_filtered_incidents(store, state):
    app = _app(store)
    cols, rows = app.atlas.rows(state)
    chosen = filtered_incidents(app.atlas, state)
    assert sorted(i.incident_id for i in chosen) == sorted(cols.incident_id[rows].tolist())
    data, name, _ = export_bytes(chosen, "geojson")
    ids = sorted(f["properties"]["incident_id"] for f in json.loads(data)["features"])
    assert ids == sorted(cols.incident_id[rows].tolist()) and name.endswith(".geojson")


def test_export_superset_query_is_wider_than_substring_filters():
    q = to_query(FilterState(text="x", actor="y", iso3=("IRQ",)), loose=True)
    assert q.text is None and q.actor is None and q.iso3 == ("IRQ",)


# ------------------------------------------------------------------ ingest form and samples


@pytest.mark.parametrize(
    ("text", "published", "error"),
    [
        ("", "2022-01-04", "Paste the report text"),
        ("Some report", "", "publication date is required"),
        ("Some report", None, "publication date is required"),
        ("Some report", "04/01/2022", "is not a date"),
        ("Some report", "2031-01-01", "in the future"),
        ("Some report", "2022-01-04", None),
    ],
)
def test_parse_form_requires_a_publication_date(text, published, error):
    form = parse_form(text, published, " Wire ", "", None, today=dt.date(2026, 1, 1))
    if error is None:
        assert form.error is None and form.published == dt.date(2022, 1, 4) and form.source == "Wire"
        assert form.url is None
    else:
        assert error in form.error


def _upload(data: bytes) -> str:
    return "data:text/plain;base64," + base64.b64encode(data).decode()


@pytest.mark.parametrize(
    ("data", "name", "ok", "message"),
    [
        (b"Two drones were shot down.", "r.txt", True, "Loaded r.txt"),
        (b"x" * 2000, "big.txt", False, "is 2,000 bytes: the limit here is 1,000 bytes"),
        (b"\xff\xfe\x00bad", "r.txt", False, "binary file"),
        (b"Rockets hit Baghdad\x00\x01" * 10, "r.txt", False, "binary file"),
        (bytes(range(1, 9)) * 50, "r.md", False, "not readable as text"),
        ("Rockets hit the caf\u00e9 in Baghdad.".encode("cp1252"), "r.txt", True, "read as Windows-1252"),
        (b"<p>Hello <b>there</b></p><script>x()</script>", "r.html", True, "Loaded"),
        (b"PK\x03\x04", "r.zip", False, "only text, Markdown or HTML"),
    ],
)
def test_decode_upload(data, name, ok, message):
    text, note = decode_upload(_upload(data), name, max_bytes=1000)
    assert (text is not None) == ok and message in note
    if name.endswith(".html"):
        assert text.startswith(
            "<p>"
        )  # the article is read from the page by the upload callback (html_fields)
    if "Windows-1252" in message:
        assert "caf\u00e9" in text and "0xe9" in note


def test_sample_reports_are_valid_and_varied():
    from incidents.ingest import read_reports
    from incidents.samples import REPORTS_FILE

    results = list(read_reports([REPORTS_FILE]))
    reports = [r for res in results for r in res.reports]
    assert not [j for res in results for j in res.rejects]
    assert 30 <= len(reports) <= 60
    assert all(r.published and r.source and r.url.startswith("https://example.org/") for r in reports)
    assert len({r.published.strftime("%Y-%m") for r in reports}) >= 12


def test_load_samples_goes_through_the_pipeline(tmp_path):
    from incidents.model import make_incident_id

    def fake_extract(report, *, gazetteer):
        from types import SimpleNamespace

        inc = edge_case_incidents()[0].replace(
            incident_id=make_incident_id(report.report_id, "x"), report_id=report.report_id
        )
        return SimpleNamespace(report=report, incidents=(inc,), warnings=())

    s = open_store(tmp_path / "samples.sqlite")
    app = _app(s, extract=fake_extract, gazetteer=object())
    done = app.atlas.load_samples()
    assert done.method == "extracted" and done.reports == s.info().reports == done.incidents == s.count()
    s.close()


# ------------------------------------------------------------------ store errors and the serve command


def test_unusable_store_gives_a_clear_message(tmp_path):
    bad = tmp_path / "not-a-store.sqlite"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(UserError, match=r"cannot open the incident store.*not-a-store\.sqlite"):
        open_app_store(bad)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["serve", "--db", "{bad}"], "cannot open the incident store"),
        (["serve", "--db", "{dir}"], "is a directory"),
        (["serve", "--db", "{bad}", "--port", "70000"], "not a TCP port"),
    ],
)
def test_serve_refuses_bad_input_with_one_line(tmp_path, capsys, argv, message):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"garbage" * 200)
    argv = [a.format(bad=bad, dir=tmp_path) for a in argv]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_serve_port_in_use_is_one_line(tmp_path, capsys):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        assert main(["serve", "--db", str(tmp_path / "s.sqlite"), "--port", str(port)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and f"cannot listen on 127.0.0.1:{port}" in err[0] and "another --port" in err[0]


def test_serve_help_lists_options(capsys):
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    out = capsys.readouterr().out
    for option in ("--db", "--host", "--port", "--debug", "--sample", "--map-style"):
        assert option in out
    assert "127.0.0.1" in out


def test_settings_are_validated(store):
    with pytest.raises(ValueError, match="unknown dashboard settings: colour"):
        _app(store, settings={"colour": "red"})
    assert (
        _app(store, settings=Settings(map_style="open-street-map")).atlas.settings.map_style
        == "open-street-map"
    )


def test_wsgi_module_exposes_server(tmp_path, monkeypatch):
    import importlib
    import sys

    monkeypatch.setenv("INCIDENTS_DB", str(tmp_path / "w.sqlite"))
    sys.modules.pop("dashboard.wsgi", None)
    wsgi = importlib.import_module("dashboard.wsgi")
    assert wsgi.server.name and callable(wsgi.server.wsgi_app)
    sys.modules.pop("dashboard.wsgi", None)
    assert Path(tmp_path / "w.sqlite").exists()


def test_bundled_sample_incidents_match_the_sample_reports():
    """The fallback file is the extractor's output for exactly the shipped reports (any count), made anywhere."""
    from incidents.extract import EXTRACTOR_VERSION
    from incidents.ingest import read_reports
    from incidents.model import incident_from_dict, report_from_dict
    from incidents.samples import INCIDENTS_FILE, REPORTS_FILE

    records = [json.loads(line) for line in INCIDENTS_FILE.read_text(encoding="utf-8").splitlines() if line]
    reports = {
        r.report_id: r for r in (report_from_dict(x["record"]) for x in records if x["kind"] == "report")
    }
    incidents = [incident_from_dict(x["record"]) for x in records if x["kind"] == "incident"]
    shipped = [rep for res in read_reports([REPORTS_FILE]) for rep in res.reports]
    assert set(reports) == {r.report_id for r in shipped}
    assert all(
        not Path(r.origin_path or "").is_absolute() for r in reports.values()
    )  # no build machine paths
    assert incidents and {i.method for i in incidents} == {EXTRACTOR_VERSION}
    for inc in incidents:
        text = reports[inc.report_id].text
        assert all(text[span.start : span.end] == span.text for span in inc.evidence), inc.incident_id


@pytest.mark.parametrize(
    ("text", "body", "fields"),
    [
        ("Two drones were shot down.", "Two drones were shot down.", {}),
        (
            "---\npublished: 2023-06-02\nsource: Sample Wire\ntitle: Drones\nkeep: x\n---\nTwo drones.\n",
            "Two drones.",
            {"published": "2023-06-02", "source": "Sample Wire", "title": "Drones"},
        ),
        ("---\ndate: 2023-06-02T10:00:00\nurl: https://example.org/a\n---\nText.", "Text.",
         {"published": "2023-06-02", "url": "https://example.org/a"}),
        ("---\npublished: [2023\n---\nText.", "---\npublished: [2023\n---\nText.", {}),  # malformed: left as is
    ],
)  # fmt: skip
def test_front_matter_fields(text, body, fields):
    from dashboard.ingest_page import front_matter_fields

    assert front_matter_fields(text) == (body, fields)


_UPLOAD_OUTPUTS = [
    {"id": c, "property": p}
    for c, p in [("in-text", "value"), ("in-upload-note", "children"), ("in-published", "value"),
                 ("in-source", "value"), ("in-url", "value"), ("in-title", "value")]
]  # fmt: skip


def test_upload_callback_fills_the_form_from_front_matter(store):
    app = _app(store)
    md = b"---\npublished: 2023-06-02\nsource: Sample Wire\n---\nTwo drones were shot down near Erbil.\n"
    out = _post(
        app,
        next(k for k in app.callback_map if "in-upload-note.children" in k),
        _UPLOAD_OUTPUTS,
        [{"id": "in-upload", "property": "contents", "value": _upload(md)}],
        state=[{"id": "in-upload", "property": "filename", "value": "r.md"}],
    )
    resp = out["response"]
    assert resp["in-text"]["value"] == "Two drones were shot down near Erbil.\n".strip()
    assert resp["in-published"]["value"] == "2023-06-02" and resp["in-source"]["value"] == "Sample Wire"
    assert "in-url" not in resp and "in-title" not in resp  # not in the header: the user's own entries stay
    assert "published, source" in json.dumps(resp["in-upload-note"]["children"])


_PAGE = b"""<!doctype html><html><head><title>Drones downed over Erbil | Sample Wire</title>
<meta property="og:site_name" content="Sample Wire">
<meta property="article:published_time" content="2023-06-02T08:00:00Z">
<link rel="canonical" href="https://example.org/news/erbil-drones">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a> | Subscribe now</nav>
<article><h1>Drones downed over Erbil</h1>
<p>Two explosive-laden drones were shot down near Erbil airport on Thursday, the Kurdistan Region's
counter-terrorism service said in a statement. No casualties were reported in the attack.</p>
<p>The service said the drones were launched from an area south of the city and were intercepted by the
air defence system of the international coalition before they reached the airport.</p>
<p>Nobody claimed responsibility for the attack, which came a week after a rocket attack on the same area.</p>
</article><footer>Related posts: Markets rally on oil news. Share this article 12 shares</footer>
<script>alert(1)</script></body></html>"""


def test_upload_callback_reads_an_html_page_like_the_cli(store):
    """An uploaded page is read by the CLI's trafilatura reading: furniture dropped, metadata fills the form."""
    app = _app(store)
    out = _post(
        app,
        next(k for k in app.callback_map if "in-upload-note.children" in k),
        _UPLOAD_OUTPUTS,
        [{"id": "in-upload", "property": "contents", "value": _upload(_PAGE)}],
        state=[{"id": "in-upload", "property": "filename", "value": "page.html"}],
    )
    resp = out["response"]
    text = resp["in-text"]["value"]
    assert "shot down near Erbil airport" in text
    assert "Subscribe now" not in text and "Related posts" not in text and "alert(1)" not in text
    assert resp["in-published"]["value"] == "2023-06-02"
    assert resp["in-source"]["value"] == "Sample Wire"
    assert resp["in-url"]["value"] == "https://example.org/news/erbil-drones"
    assert "metadata" in json.dumps(resp["in-upload-note"]["children"])


def test_serve_map_style_reaches_the_app(tmp_path, capsys, monkeypatch):
    """``--map-style`` picks an online basemap on request; an unknown style is a usage error."""
    import dashboard

    seen = {}

    class _Stop(Exception):
        pass

    def fake_create_app(*, store, settings):
        seen.update(settings)
        raise _Stop

    import socket

    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    monkeypatch.setattr(dashboard, "create_app", fake_create_app)
    with pytest.raises(_Stop):
        main(
            [
                "serve",
                "--db",
                str(tmp_path / "s.sqlite"),
                "--port",
                str(port),
                "--map-style",
                "carto-positron",
            ]
        )
    assert seen == {"map_style": "carto-positron"}
    assert "loads tiles from the internet" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["serve", "--map-style", "satellite"])
    assert exc.value.code == 2
    assert "white-bg" in capsys.readouterr().err
