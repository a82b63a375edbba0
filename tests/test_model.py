"""The incident model: contract field names, validation, JSON round trip, stable ids."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from incidents import (
    CONTRACT_FIELDS,
    EVENT_TYPES,
    DatePrecision,
    Incident,
    LocationPrecision,
    ModelError,
    Report,
    Span,
    incident_from_dict,
    incident_to_dict,
    make_incident_id,
    make_report_id,
    report_from_dict,
    report_to_dict,
)

TEXT = "Two drones were shot down at the base on Tuesday. No casualties."

CONTRACT = [
    "incident_id",
    "report_id",
    "event_date",
    "date_start",
    "date_end",
    "date_precision",
    "event_type",
    "sub_event_type",
    "weapon",
    "munitions_count",
    "intercepted",
    "actor1",
    "actor2",
    "claimed_by",
    "fatalities",
    "injuries",
    "location",
    "site_id",
    "latitude",
    "longitude",
    "geo_precision",
    "location_precision",
    "admin1",
    "country",
    "iso3",
    "source",
    "url",
    "published",
    "evidence",
    "historical",
    "confidence",
]


def make_incident(**changes) -> Incident:
    report = Report.create(text=TEXT, url="https://example.org/a", published="2022-01-04", source="Example")
    base = dict(
        incident_id=make_incident_id(report.report_id, "Strategic developments", "2022-01-04", "icao:ORAA"),
        report_id=report.report_id,
        event_type="Strategic developments",
        sub_event_type="Disrupted weapons use",
        event_date="2022-01-04",
        date_precision="day",
        weapon="drone",
        munitions_count=2,
        intercepted=True,
        fatalities=0,
        location="Ain al-Asad Air Base",
        site_id="icao:ORAA",
        latitude=33.7856,
        longitude=42.4412,
        geo_precision=1,
        location_precision="site",
        admin1="Al-Anbar",
        country="Iraq",
        iso3="IRQ",
        source="Example",
        published="2022-01-04",
        evidence=(report.span(0, 49),),
        confidence=0.9,
    )
    base.update(changes)
    return Incident(**base)


def test_contract_field_names_exactly():
    assert list(CONTRACT_FIELDS) == CONTRACT
    assert list(incident_to_dict(make_incident()))[: len(CONTRACT)] == CONTRACT


def test_strings_are_coerced_to_typed_values():
    inc = make_incident()
    assert inc.event_date == dt.date(2022, 1, 4)
    assert inc.date_precision is DatePrecision.DAY
    assert inc.location_precision is LocationPrecision.SITE
    assert inc.time_precision == 1


@pytest.mark.parametrize(
    "incident",
    [
        make_incident(),
        make_incident(
            event_date=None, date_precision="unknown", latitude=None, longitude=None, geo_precision=None
        ),
        make_incident(
            event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike",
            historical=True,
            date_precision="year",
            date_start="2020-01-01",
            date_end="2020-12-31",
            attributes={"ucdp_low": 2, "note": "ünïcode ✓"},
        ),
    ],
)
def test_json_round_trip(incident):
    text = json.dumps(incident_to_dict(incident))
    assert incident_from_dict(json.loads(text)) == incident


def test_unknown_keys_are_kept_in_attributes():
    d = incident_to_dict(make_incident())
    d["acled_tags"] = "crowd size=no report"
    back = incident_from_dict(d)
    assert back.attributes["acled_tags"] == "crowd size=no report"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"event_type": "Explosions"}, "event_type"),
        ({"sub_event_type": "Air/drone strike"}, "sub_event_type"),
        ({"latitude": 95.0}, "out of range"),
        ({"longitude": None}, "together"),
        ({"geo_precision": 4}, "geo_precision"),
        ({"date_precision": "decade"}, "date_precision"),
        ({"location_precision": "street"}, "location_precision"),
        ({"confidence": 1.5}, "confidence"),
        ({"fatalities": -1}, "fatalities"),
        ({"event_date": "04/01/2022"}, "ISO date"),
        ({"date_start": "2022-02-01", "date_end": "2022-01-01"}, "after"),
    ],
)
def test_invalid_records_are_refused(changes, message):
    with pytest.raises(ModelError, match=message):
        make_incident(**changes)


def test_every_acled_pair_is_accepted():
    for event_type, subs in EVENT_TYPES.items():
        for sub in subs:
            assert make_incident(event_type=event_type, sub_event_type=sub).sub_event_type == sub


def test_span_must_quote_the_text():
    assert Span.of(TEXT, 0, 3) == Span(0, 3, "Two")
    with pytest.raises(ModelError):
        Span.of(TEXT, 10, len(TEXT) + 1)
    with pytest.raises(ModelError):
        Span(0, 3, "Tw")


def test_ids_are_stable_and_distinct():
    a = make_incident_id("r-1", "Battles", "2022-01-04", "gn:1")
    assert a == make_incident_id("r-1", "Battles", "2022-01-04", "gn:1")
    assert a != make_incident_id("r-1", "Battles", "2022-01-05", "gn:1")
    assert a != make_incident_id("r-2", "Battles", "2022-01-04", "gn:1")
    assert make_report_id(url="https://x/a", text="one") == make_report_id(url="https://x/a", text="two")
    assert make_report_id(url=None, text="one") != make_report_id(url=None, text="two")


def test_report_round_trip_keeps_text_whole():
    text = "Line one\r\n\tLine two  \u00a0with odd spacing\n"
    rep = Report.create(
        text=text, published="2022-01-04", retrieved="2022-01-05T10:00:00+00:00", metadata={"k": 1}
    )
    back = report_from_dict(json.loads(json.dumps(report_to_dict(rep))))
    assert back == rep
    assert back.text == text
