"""QA round 28 (dashboard and KML): link notice, area wording, near vs area on the map, KML styles and times, upload.

Findings 4, 5, 6, 7 and 9 of the round-28 QA report; the fixtures are invented incidents.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from xml.etree import ElementTree

import numpy as np
import pyogrio
import pytest

from dashboard import create_app
from dashboard.figures import AREA_TRACE_NAMES, EVENT_COLORS, NEAR_DOT_NAME, MapPoints, map_figure
from dashboard.filters import DEFAULT_STATE, FilterState, state_to_dict
from dashboard.layout import GEO_PRECISION_LABELS
from dashboard.map import build_map
from dashboard.synthetic import synthetic_incidents
from incidents import open_store
from incidents.interchange import export_bytes
from incidents.interchange.layer import read_layer

EMPTY_LAYER = {"type": "FeatureCollection", "features": []}
KML = {"k": "http://www.opengis.net/kml/2.2"}


def _app(store):
    return create_app(store=store, boundaries_loader=lambda level: EMPTY_LAYER)


def _post(app, output: str, outputs, inputs, state=()):
    body = {
        "output": output,
        "outputs": outputs,
        "inputs": inputs,
        "state": list(state),
        "changedPropIds": [f"{inputs[0]['id']}.{inputs[0]['property']}"],
    }
    resp = app.server.test_client().post("/_dash-update-component", json=body)
    assert resp.status_code in (200, 204), resp.data[:300]
    return resp.get_json() if resp.status_code == 200 else None


def _incidents():
    """Four incidents in Syria: exact town, near a town, only the province, only the country (+ one historical)."""
    base = list(synthetic_incidents(5, seed=3))
    common = {"iso3": "SYR", "country": "Syria", "historical": False, "event_type": "Battles"}
    common["sub_event_type"] = "Armed clash"
    return [
        base[0].replace(**common, geo_precision=1, location_precision="settlement", location="Ariha",
                        latitude=35.81, longitude=36.61, event_date=dt.date(2023, 6, 1), date_precision="day",
                        date_start=dt.date(2023, 6, 1), date_end=dt.date(2023, 6, 1)),
        base[1].replace(**common, geo_precision=2, location_precision="near", location="near Saraqib",
                        latitude=35.86, longitude=36.80),
        base[2].replace(**common, geo_precision=3, location_precision="admin1", location="Idlib",
                        admin1="Idlib", latitude=35.8, longitude=36.6, event_date=dt.date(2023, 6, 15),
                        date_precision="month", date_start=dt.date(2023, 6, 1), date_end=dt.date(2023, 6, 30)),
        base[3].replace(**common, geo_precision=3, location_precision="country", location="Syria",
                        admin1=None, latitude=35.0, longitude=38.5),
        base[4].replace(**{**common, "historical": True}, geo_precision=2, location_precision="near",
                        location="near Palmyra", latitude=34.55, longitude=38.27,
                        event_date=dt.date(2015, 5, 20), date_precision="day",
                        date_start=dt.date(2015, 5, 20), date_end=dt.date(2015, 5, 20)),
    ]  # fmt: skip


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "s.sqlite")
    s.save(incidents=_incidents())
    yield s
    s.close()


# ------------------------------------------------------------------ finding 4: a link with only invalid filters


@pytest.mark.parametrize(
    ("search", "named"),
    [
        ("?country=IRK", "IRK"),
        ("?type=Bogus", "Bogus"),
        ("?from=2024-13-45", "2024-13-45"),
        ("?colour=red", "colour"),
    ],
)
def test_link_whose_only_filters_are_invalid_shows_the_notice(store, search, named):
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
            {"id": "url-in", "property": "search", "value": search},
            {"id": "f-reset", "property": "n_clicks", "value": None},
        ],
        state=[{"id": "filter-state", "property": "data", "value": state_to_dict(DEFAULT_STATE)}],
    )
    notice = json.dumps(out["response"]["url-notice"]["children"])
    assert "ignored" in notice and named in notice


# ------------------------------------------------------------------ finding 5: country is not a province


def _hover_by_location(fig) -> dict[str, str]:
    out = {}
    for t in fig.data:
        for text in t.text or ():
            out[text.split("·")[1].split(",")[0].strip()] = text
    return out


def test_hover_tells_country_level_from_province_level(store):
    fig = build_map(_app(store).atlas, FilterState()).figure
    hover = _hover_by_location(fig)
    assert "country centroid" in hover["Syria"] and "province" not in hover["Syria"]
    assert "province centroid" in hover["Idlib"] and "country" not in hover["Idlib"].split("<br>")[-1]
    assert "near a place" in hover["near Saraqib"]


def test_precision_filter_label_does_not_call_every_area_a_province():
    assert "country" in GEO_PRECISION_LABELS[3]


# ------------------------------------------------------------------ finding 6: near and area look different


def test_near_gets_a_centre_dot_and_area_does_not():
    n = 3
    points = MapPoints(
        row=np.arange(n),
        lat=np.array([30.0, 31.0, 32.0]),
        lon=np.array([40.0, 41.0, 42.0]),
        fatalities=np.array([15.0, 9.0, 0.0]),
        geo_precision=np.array([2, 3, 1], dtype=np.int8),
        intercepted=np.zeros(n, dtype=bool),
        historical=np.zeros(n, dtype=bool),
        event_type=np.array(["Battles"] * n, dtype=object),
    )
    fig = map_figure(points=points)
    dots = [t for t in fig.data if t.name == NEAR_DOT_NAME]
    # only the "near" incident gets a dot, not the province one
    assert len(dots) == 1 and list(dots[0].lat) == [30.0]
    pale = [t for t in fig.data if t.name == "Battles" and t.marker.opacity < 0.5]
    assert sorted(list(t.customdata) for t in pale) == [[0], [1]]  # near and area are separate traces


def test_area_incidents_shade_their_province_and_country(store):
    fig = build_map(_app(store).atlas, FilterState()).figure
    areas = {t.name: t for t in fig.data if t.type == "choroplethmap"}
    assert set(areas) == set(AREA_TRACE_NAMES)
    province, country = areas[AREA_TRACE_NAMES[0]], areas[AREA_TRACE_NAMES[1]]
    assert list(country.locations) == ["SYR"]
    assert len(province.locations) == 1 and province.locations[0].startswith("SYR-")
    assert province.geojson.endswith("admin1.geojson") and country.geojson.endswith("admin0.geojson")
    assert fig.data[0].name == "selected"  # the halo stays trace 0 (selection patches it)
    # the areas lie under the markers: they come before every incident trace
    kinds = [t.type for t in fig.data[1:]]
    assert kinds.index("scattermap") > max(i for i, k in enumerate(kinds) if k == "choroplethmap")


# ------------------------------------------------------------------ finding 7: KML styles and times


def _kml(incidents, fmt="kml") -> ElementTree.Element:
    data, _, _ = export_bytes(incidents, fmt)
    if fmt == "kmz":
        import io
        import zipfile

        data = zipfile.ZipFile(io.BytesIO(data)).read("doc.kml")
    return ElementTree.fromstring(data)


@pytest.mark.parametrize("fmt", ["kml", "kmz"])
def test_kml_placemarks_have_styles_by_type_and_precision_and_times(fmt):
    root = _kml(_incidents(), fmt)
    styles = {s.get("id"): s for s in root.iter(f"{{{KML['k']}}}Style")}
    marks = root.findall(".//k:Placemark", KML)
    assert len(marks) == 5
    used = [m.findtext("k:styleUrl", namespaces=KML).lstrip("#") for m in marks]
    assert all(u in styles for u in used)
    assert len(set(used[:4])) == 4  # exact, near, province, country-level: each its own look
    assert used[2].endswith("-area") and used[1].endswith("-near") and used[0].endswith("-exact")
    assert used[4].startswith("historical-")
    # colours as on the dashboard (KML writes aabbggrr)
    rgb = EVENT_COLORS["Battles"].lower()
    color = styles[used[0]].findtext(".//k:color", namespaces=KML)
    assert color[2:] == rgb[5:7] + rgb[3:5] + rgb[1:3]
    assert marks[0].findtext("k:TimeStamp/k:when", namespaces=KML) == "2023-06-01"
    assert marks[2].findtext("k:TimeSpan/k:begin", namespaces=KML) == "2023-06-01"
    assert marks[2].findtext("k:TimeSpan/k:end", namespaces=KML) == "2023-06-30"
    assert marks[4].findtext("k:name", namespaces=KML).startswith("Historical reference")
    assert not marks[0].findtext("k:name", namespaces=KML).startswith("Historical")


def test_kml_with_styles_still_opens_and_round_trips(tmp_path):
    incidents = _incidents()
    data, _, _ = export_bytes(incidents, "kml")
    path = tmp_path / "i.kml"
    path.write_bytes(data)
    frame = pyogrio.read_dataframe(path)
    assert len(frame) == 5 and frame.crs.to_epsg() == 4326
    back, rejects, _, _ = read_layer(path)
    assert not rejects
    got = {i.incident_id: i for i in back}
    for inc in incidents:
        assert got[inc.incident_id].location_precision == inc.location_precision
        assert (
            got[inc.incident_id].event_date == inc.event_date
            and got[inc.incident_id].historical == inc.historical
        )


def test_kml_colours_are_the_dashboards():
    from incidents.interchange._writers import _KML_TYPE_COLORS

    assert dict(_KML_TYPE_COLORS) == dict(EVENT_COLORS)


# ------------------------------------------------------------------ finding 9: a refused upload clears the form

_UPLOAD_OUTPUTS = [
    {"id": c, "property": p}
    for c, p in [("in-text", "value"), ("in-upload-note", "children"), ("in-published", "value"),
                 ("in-source", "value"), ("in-url", "value"), ("in-title", "value")]
]  # fmt: skip


@pytest.mark.parametrize(
    ("data", "name"),
    [(b"\x00\x01binary", "bin.txt"), (b"x" * 2_000_000, "big.txt"), (b"<rss></rss>", "feed.xml")],
)
def test_refused_upload_clears_the_form(store, data, name):
    app = _app(store)
    out = _post(
        app,
        next(k for k in app.callback_map if "in-upload-note.children" in k),
        _UPLOAD_OUTPUTS,
        [
            {
                "id": "in-upload",
                "property": "contents",
                "value": "data:;base64," + base64.b64encode(data).decode(),
            }
        ],
        state=[{"id": "in-upload", "property": "filename", "value": name}],
    )
    resp = out["response"]
    assert resp["in-text"]["value"] == ""
    assert all(resp[k]["value"] == "" for k in ("in-published", "in-source", "in-url", "in-title"))
    note = json.dumps(resp["in-upload-note"]["children"])
    assert name in note and "cleared" in note
