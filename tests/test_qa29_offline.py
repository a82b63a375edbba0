"""QA round 29 (offline exports): KML/KMZ draw their icons with no network; no export names a remote resource.

The KML/KMZ styles pointed at ``http://maps.google.com/mapfiles/kml/shapes/...``: on an air-gapped machine Google
Earth drew broken icons, and a connected viewer fetched them. Fixtures are invented incidents.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import geopandas as gpd
import pyogrio
import pytest

from dashboard.synthetic import synthetic_incidents
from incidents.interchange import FORMATS, export_bytes
from incidents.interchange.layer import read_layer
from incidents.model import incident_to_dict

KML = {"k": "http://www.opengis.net/kml/2.2"}
USER_URLS = ("https://example.org/report/1", "http://news.example/2?a=1")

#: Identifiers the formats' own standards require, which no reader fetches: the KML namespace, the GeoPackage
#: extension definition GDAL writes into ``gpkg_extensions`` and the PROJJSON schema id in GeoParquet metadata.
STANDARD_IDS = (
    b"http://www.opengis.net/kml/2.2",
    b"http://www.geopackage.org/spec",
    b"https://proj.org/schemas/",
)


def _incidents():
    """Five incidents, one per precision class and one historical, two with a source URL the user stored."""
    base = list(synthetic_incidents(5, seed=29))
    common = {"iso3": "IRQ", "country": "Iraq", "event_type": "Battles", "sub_event_type": "Armed clash"}
    day = dt.date(2024, 3, 2)
    dates = {"event_date": day, "date_start": day, "date_end": day, "date_precision": "day"}
    rows = [
        (1, "settlement", False, USER_URLS[0]),
        (2, "near", False, USER_URLS[1]),
        (3, "admin1", False, None),
        (3, "country", False, None),
        (1, "settlement", True, None),
    ]
    return [
        inc.replace(
            **common,
            **dates,
            geo_precision=geo,
            location_precision=lp,
            historical=hist,
            url=url,
            latitude=round(33.3 + i / 10, 4),
            longitude=44.4,
        )
        for i, (inc, (geo, lp, hist, url)) in enumerate(zip(base, rows, strict=True))
    ]


def _kmz_members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _all_bytes(data: bytes, fmt: str) -> bytes:
    if fmt in ("kmz", "shp"):
        return b"".join(_kmz_members(data).values())
    return data


# ------------------------------------------------------------------ no remote reference in any export


@pytest.mark.parametrize("fmt", FORMATS)  # kml and kmz failed before; the other formats are guard rows
def test_no_export_names_a_remote_resource_but_the_users_urls(fmt):
    data, _, _ = export_bytes(_incidents(), fmt)
    found = set(re.findall(rb"https?://[^\s\"'<>\x00]*", _all_bytes(data, fmt), flags=re.IGNORECASE))
    remote = {
        u
        for u in found
        if not u.startswith(STANDARD_IDS) and not any(u.startswith(url.encode()) for url in USER_URLS)
    }
    assert not remote, f"{fmt}: {sorted(remote)}"


def test_plain_kml_styles_have_no_icon_href():
    """A single .kml cannot carry images: styles keep colour and scale and name no icon (the viewer's own)."""
    data, _, _ = export_bytes(_incidents(), "kml")
    root = ElementTree.fromstring(data)
    assert not root.findall(".//k:IconStyle/k:Icon", KML)
    styles = root.findall(".//k:Style", KML)
    assert styles and all(s.findtext(".//k:color", namespaces=KML) for s in styles)
    assert {s.findtext(".//k:scale", namespaces=KML) for s in styles} == {"0.8", "1.1", "1.5", "2.2", "1.0"}


# ------------------------------------------------------------------ KMZ: icons bundled in the archive


def test_kmz_bundles_every_icon_its_styles_name():
    members = _kmz_members(export_bytes(_incidents(), "kmz")[0])
    assert next(iter(members)) == "doc.kml"  # Google Earth opens the archive's first .kml
    root = ElementTree.fromstring(members["doc.kml"])
    hrefs = {h.text for h in root.findall(".//k:IconStyle/k:Icon/k:href", KML)}
    assert len(hrefs) == 4  # dot, target, polygon (province and country), hollow circle
    for href in hrefs:
        assert href in members, href  # relative to doc.kml: resolved inside the archive, never fetched
        png = members[href]
        assert png.startswith(b"\x89PNG\r\n\x1a\n") and png[12:16] == b"IHDR"
        width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        assert (width, height) == (64, 64)


def test_kmz_precision_classes_keep_distinct_shapes():  # guard row: passed before too
    """The look per class is kept: each placemark's style names the shape of its precision."""
    members = _kmz_members(export_bytes(_incidents(), "kmz")[0])
    root = ElementTree.fromstring(members["doc.kml"])
    styles = {s.get("id"): s for s in root.findall(".//k:Style", KML)}
    used = [m.findtext("k:styleUrl", namespaces=KML).lstrip("#") for m in root.findall(".//k:Placemark", KML)]
    href = [styles[u].findtext(".//k:Icon/k:href", namespaces=KML) for u in used]
    assert href[0] != href[1] != href[2] and href[2] == href[3]  # exact, near, province = country shape
    assert used[2] != used[3]  # ... but the country is larger and paler, as before
    assert used[4].startswith("historical-") and href[4] == href[0]


@pytest.mark.parametrize("fmt", ["kml", "kmz"])  # guard rows: the files still open and round-trip
def test_kml_kmz_still_open_and_round_trip(tmp_path: Path, fmt):
    incidents = _incidents()
    path = tmp_path / f"i.{fmt}"
    path.write_bytes(export_bytes(incidents, fmt)[0])
    frame = gpd.read_file(path)
    assert len(frame) == 5 and frame.crs.to_epsg() == 4326
    if fmt == "kmz":
        assert len(pyogrio.read_dataframe(f"/vsizip/{path}/doc.kml")) == 5
    back, rejects, _, _ = read_layer(path)
    assert not rejects
    got = {i.incident_id: incident_to_dict(i) for i in back}
    for inc in incidents:
        want = incident_to_dict(inc)
        want.pop("attributes")  # KML carries no attributes (documented)
        have = got[inc.incident_id]
        have.pop("attributes")
        assert have == want
