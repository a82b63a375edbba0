"""QA round 30 (the product as analysts use it): what the map shows of incidents known only to their country.

The extractor gives an incident known only to its country no point (a country's centroid would look like a place),
so the map drew nothing for it and its note called it an incident "with no coordinates", although the docs promise
the country shaded. Fixtures are invented incidents.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from dashboard import create_app
from dashboard.figures import AREA_TRACE_NAMES
from dashboard.filters import FilterState
from dashboard.map import build_map
from dashboard.synthetic import synthetic_incidents
from incidents import open_store

EMPTY_LAYER = {"type": "FeatureCollection", "features": []}


def _incidents():
    """Lebanon and Jordan known only as countries (no point, as the extractor writes them), a town in Iraq, a
    Sudan incident with no place at all, and a historical country-level reference in Syria."""
    base = list(synthetic_incidents(5, seed=4))
    day = {"event_date": dt.date(2024, 1, 8), "date_precision": "day", "date_start": dt.date(2024, 1, 8)}
    day["date_end"] = dt.date(2024, 1, 8)
    common = {"historical": False, "event_type": "Explosions/Remote violence", "admin1": None, **day}
    common["sub_event_type"] = "Air/drone strike"
    country = {"geo_precision": 3, "location_precision": "country", "latitude": None, "longitude": None}
    return [
        base[0].replace(**common, **country, iso3="LBN", country="Lebanon", location="Lebanon"),
        base[1].replace(**common, **country, iso3="JOR", country="Jordan", location="Jordan"),
        base[2].replace(**common, geo_precision=1, location_precision="settlement", location="Baghdad",
                        iso3="IRQ", country="Iraq", latitude=33.34, longitude=44.4),
        base[3].replace(**common, geo_precision=None, location_precision="unknown", location=None,
                        iso3="SDN", country="Sudan", latitude=None, longitude=None),
        base[4].replace(**{**common, "historical": True}, **country, iso3="SYR", country="Syria",
                        location="Syria"),
    ]  # fmt: skip


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "s.sqlite")
    s.save(incidents=_incidents())
    yield s
    s.close()


def _app(store, **settings):
    return create_app(store=store, boundaries_loader=lambda level: EMPTY_LAYER, settings=settings or None)


def _shaded_countries(fig) -> list[str]:
    return [
        c
        for t in fig.data
        if t.type == "choroplethmap" and t.name == AREA_TRACE_NAMES[1]
        for c in t.locations
    ]


@pytest.mark.parametrize(
    ("state", "threshold", "shaded", "note_has", "note_lacks"),
    [
        # country-level incidents with no point: their countries are shaded and the note says why there is no dot
        (FilterState(), 20_000, ["JOR", "LBN"], ["2 selected incidents are known only to the country", "1 selected"],
         ["3 selected"]),
        # above the raw threshold (grid cells) the countries are still shaded
        (FilterState(), 0, ["JOR", "LBN"], ["known only to the country"], []),
        # a filter keeps only Lebanon's
        (FilterState(iso3=("LBN",)), 20_000, ["LBN"], ["1 selected incidents are known only to the country"],
         ["no coordinates"]),
        # guard: the historical country-level reference is not shaded, even with historical references shown
        (FilterState(historical=True, iso3=("SYR",)), 20_000, [], ["no coordinates"], ["known only"]),
        # guard: a town's incident alone shades nothing
        (FilterState(iso3=("IRQ",)), 20_000, [], [], ["known only", "no coordinates"]),
    ],
)  # fmt: skip
def test_country_level_incidents_without_a_point_shade_their_country(
    store, state, threshold, shaded, note_has, note_lacks
):
    result = build_map(_app(store, raw_threshold=threshold).atlas, state)
    assert sorted(_shaded_countries(result.figure)) == shaded
    for words in note_has:
        assert words in result.note
    for words in note_lacks:
        assert words not in result.note


# ------------------------------------------------------------------ weapon codes are shown as words


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("small_arms", "small arms"),
        ("suicide_vest", "suicide vest"),
        ("car_bomb", "car bomb (VBIED)"),
        ("ied", "IED (improvised explosive device)"),
        ("drone", "drone"),  # guard: a plain word stays as it is
        ("unknown", "unknown"),
    ],
)
def test_weapon_codes_read_as_words_in_table_details_and_filter(store, code, words):
    from dashboard.details import details_children
    from dashboard.filters_cb import filter_options
    from dashboard.table import table_rows

    inc = _incidents()[2].replace(weapon=code)
    store.save(incidents=[inc])
    cols = _app(store).atlas.columns()
    row = next(r for r in table_rows(cols, np.arange(len(cols)), limit=10) if r["id"] == inc.incident_id)
    assert row["w"] == words
    assert {"label": words, "value": code} in filter_options(cols)["weapons"]
    assert words in str(details_children(inc, None))


# ------------------------------------------------------------------ the timeline counts in whole incidents


@pytest.mark.parametrize(
    ("per_type", "dtick"),
    [
        ({"Battles": [1, 0, 1], "Protests": [1, 1, 0]}, 1),  # a stack of 2 at most: no tick at 0.5 or 1.5
        ({"Battles": [5, 0, 0]}, 1),
        ({"Battles": [40, 3, 9]}, None),  # guard: tall bars keep plotly's automatic ticks
        ({}, 1),  # no incidents at all: whole ticks too
    ],
)
def test_timeline_ticks_are_whole_incidents(per_type, dtick):
    from dashboard.aggregate import TimelineSeries
    from dashboard.figures import timeline_figure

    starts = np.array(["2024-01-01", "2024-01-08", "2024-01-15"], dtype="datetime64[D]")
    counts = {k: np.array(v) for k, v in per_type.items()}
    series = TimelineSeries(
        "week", starts if counts else starts[:0], (starts + 7) if counts else starts[:0], counts
    )
    fig = timeline_figure(series)
    assert fig.layout.yaxis.dtick == dtick


# ------------------------------------------------------------------ details: an area is named once, its point is a centroid


@pytest.mark.parametrize(
    ("changes", "where", "coords_note"),
    [
        ({"location": "Idlib", "admin1": "Idlib", "country": "Syria", "location_precision": "admin1",
          "geo_precision": 3}, "Idlib, Syria", "the province's centroid"),
        ({"location": "Lebanon", "admin1": None, "country": "Lebanon", "location_precision": "country",
          "geo_precision": 3, "latitude": 33.9, "longitude": 35.9}, "Lebanon", "the country's centroid"),
        # guard: a town named like its province is two places
        ({"location": "Idlib", "admin1": "Idlib", "country": "Syria", "location_precision": "settlement",
          "geo_precision": 1}, "Idlib, Idlib, Syria", None),
        ({"location": "near Saraqib", "admin1": "Idlib", "country": "Syria", "location_precision": "near",
          "geo_precision": 2}, "near Saraqib, Idlib, Syria", None),
    ],
)  # fmt: skip
def test_details_name_an_area_once_and_call_its_point_a_centroid(changes, where, coords_note):
    from dashboard.details import details_children

    base = {"latitude": 35.8, "longitude": 36.6}
    inc = _incidents()[2].replace(**{**base, **changes})
    text = str(details_children(inc, None))
    assert f"'{where}'" in text
    if coords_note:
        assert coords_note in text
    else:
        assert "centroid)" not in text


# ------------------------------------------------------------------ the timeline says what it cannot show


@pytest.mark.parametrize(
    ("state", "note"),
    [
        (FilterState(), None),  # guard: every current incident here has a date
        (FilterState(historical=True), None),
    ],
)
def test_timeline_notes_incidents_with_no_known_date(store, state, note):
    from dashboard.timeline import build_timeline

    fig = build_timeline(_app(store).atlas, state)
    texts = [a.text for a in fig.layout.annotations]
    assert texts == ([note] if note else [])


@pytest.mark.parametrize(("undated", "state"), [(1, FilterState()), (2, FilterState(iso3=("LBN", "JOR")))])
def test_timeline_counts_the_undated_of_the_selection(tmp_path, undated, state):
    from dashboard.timeline import build_timeline

    incs = _incidents()
    no_date = {"event_date": None, "date_start": None, "date_end": None, "date_precision": "unknown"}
    changed = [incs[0].replace(**no_date), incs[1].replace(**no_date) if undated == 2 else incs[1], *incs[2:]]
    s = open_store(tmp_path / "u.sqlite")
    s.save(incidents=changed)
    fig = build_timeline(_app(s).atlas, state)
    assert [a.text for a in fig.layout.annotations] == [f"+ {undated} with no known date (not shown)"]
    s.close()


# ------------------------------------------------------------------ the Add-reports preview shows who and with what


@pytest.mark.parametrize(
    ("changes", "shown", "absent"),
    [
        ({"actor1": "Military Forces of Russia", "actor2": "Civilians (Ukraine)", "weapon": "artillery",
          "injuries": 4}, ["actor 1: Military Forces of Russia", "actor 2: Civilians (Ukraine)", "weapon: artillery",
                           "4 injured"], []),
        ({"actor1": None, "actor2": None, "claimed_by": "Islamic State", "weapon": "car_bomb", "injuries": None},
         ["claimed by Islamic State", "weapon: car bomb (VBIED)"], ["actor 1:", "injured"]),
        ({"intercepted": True, "weapon": "drone", "actor1": None, "actor2": None, "injuries": None},
         ["intercepted", "weapon: drone"], ["actor 1:"]),
        # guard: nothing known, no empty line
        ({"actor1": None, "actor2": None, "weapon": None, "injuries": None, "claimed_by": None}, [],
         ["actor", "weapon", "injured", "claimed"]),
    ],
)  # fmt: skip
def test_preview_card_shows_actors_weapon_and_injuries(changes, shown, absent):
    from dashboard.ingest_page import _incident_card

    inc = _incidents()[2].replace(**changes)
    text = str(_incident_card(inc))
    for words in shown:
        assert words in text
    for words in absent:
        assert words not in text
