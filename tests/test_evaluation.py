"""Evaluation harnesses: metrics, corpus loaders (on tiny invented snippets), scoring with fakes, the CLI, and
(marked ``shared``) the real corpora's documented counts."""

from __future__ import annotations

import datetime as dt
import json
import math
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from incidents.evaluation import events as ev
from incidents.evaluation import geoparsing as gp
from incidents.evaluation import metrics as m

D = dt.date

# --- metrics ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((0.0, 0.0), (0.0, 0.0), 0.0),
        ((0.0, 0.0), (1.0, 0.0), 111.195),  # one degree of latitude
        ((0.0, 0.0), (0.0, 90.0), 10007.5),  # a quarter of the equator
        ((0.0, 0.0), (0.0, 180.0), 20015.1),  # antipode
        ((89.0, 10.0), (89.0, -170.0), 222.39),  # across the pole
        ((0.0, 179.5), (0.0, -179.5), 111.195),  # across the antimeridian
    ],
)
def test_haversine_km(a: tuple[float, float], b: tuple[float, float], km: float) -> None:
    assert m.haversine_km(*a, *b) == pytest.approx(km, abs=0.1)
    assert m.haversine_km(*b, *a) == pytest.approx(km, abs=0.1)


def test_max_error_exceeds_any_real_distance() -> None:
    assert m.haversine_km(0, 0, 0, 180) < m.MAX_ERROR_KM


@pytest.mark.parametrize(
    ("errors", "k", "expected"),
    [
        ([], 161, None),
        ([0.0, 161.0, 161.1, 20039.0], 161, 0.5),  # the threshold itself counts as a hit
        ([5.0], 5, 1.0),
        ([5.01], 5, 0.0),
    ],
)
def test_accuracy_at(errors: list[float], k: float, expected: float | None) -> None:
    assert m.accuracy_at(errors, k) == expected


@pytest.mark.parametrize(
    ("values", "med", "avg"),
    [
        ([], None, None),
        ([3.0], 3.0, 3.0),
        ([3.0, 1.0, 2.0], 2.0, 2.0),
        ([4.0, 1.0, 2.0, 3.0], 2.5, 2.5),
        ([0.0, 0.0, 20039.0], 0.0, 20039.0 / 3),
    ],
)
def test_median_mean(values: list[float], med: float | None, avg: float | None) -> None:
    assert m.median(values) == med
    assert m.mean(values) == (None if avg is None else pytest.approx(avg))


@pytest.mark.parametrize(
    ("tp", "n_pred", "n_gold", "p", "r", "f1"),
    [
        (0, 0, 0, None, None, None),
        (0, 0, 5, None, 0.0, None),
        (0, 4, 5, 0.0, 0.0, 0.0),
        (2, 4, 8, 0.5, 0.25, 1 / 3),
        (3, 3, 3, 1.0, 1.0, 1.0),
    ],
)
def test_prf(tp: int, n_pred: int, n_gold: int, p: Any, r: Any, f1: Any) -> None:
    got = m.prf(tp, n_pred, n_gold)
    assert (got.precision, got.recall) == (p, r)
    assert got.f1 == (None if f1 is None else pytest.approx(f1))


@pytest.mark.parametrize(("tp", "n_pred", "n_gold"), [(3, 2, 5), (3, 5, 2), (-1, 2, 2)])
def test_prf_rejects_impossible_counts(tp: int, n_pred: int, n_gold: int) -> None:
    with pytest.raises(ValueError, match="impossible"):
        m.prf(tp, n_pred, n_gold)


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [((0, 5), (5, 9), False), ((0, 5), (4, 9), True), ((3, 4), (0, 10), True), ((2, 2), (0, 5), False)],
)
def test_spans_overlap(a: tuple[int, int], b: tuple[int, int], overlap: bool) -> None:
    assert m.spans_overlap(a, b) is overlap
    assert m.spans_overlap(b, a) is overlap


@pytest.mark.parametrize(
    ("gold", "pred", "strict", "pairs"),
    [
        ([(0, 5)], [(0, 5)], True, ((0, 0),)),
        ([(0, 5)], [(0, 6)], True, ()),
        ([(0, 5)], [(0, 6)], False, ((0, 0),)),
        # one long prediction covering two gold spans counts once
        ([(0, 5), (6, 10)], [(0, 10)], False, ((0, 0),)),
        # each gold takes the prediction it overlaps most
        ([(0, 10)], [(0, 2), (3, 10)], False, ((0, 1),)),
        # duplicates in gold are not both paired with one prediction
        ([(0, 5), (0, 5)], [(0, 5)], True, ((0, 0),)),
        ([(0, 5)], [], False, ()),
    ],
)
def test_match_spans(gold: list, pred: list, strict: bool, pairs: tuple) -> None:
    assert m.match_spans(gold, pred, strict=strict).pairs == pairs


def test_bucketed_shares_keeps_order_and_empty_buckets() -> None:
    got = m.bucketed_shares([(2, True), (1, False), (2, False), (9, True)], order=(1, 2, 3))
    assert list(got) == [1, 2, 3, 9]
    assert got[1] == {"n": 1, "share": 0.0}
    assert got[2] == {"n": 2, "share": 0.5}
    assert got[3] == {"n": 0, "share": None}
    assert got[9] == {"n": 1, "share": 1.0}


def test_summarise_errors() -> None:
    got = m.summarise_errors([0.0, 100.0, 200.0, m.MAX_ERROR_KM], ks={"acc161": 161, "acc50": 50})
    assert got["n"] == 4
    assert got["acc161"] == 0.5
    assert got["acc50"] == 0.25
    assert got["median_km"] == 150.0
    assert got["mean_km"] == pytest.approx((300.0 + m.MAX_ERROR_KM) / 4)


# --- offset repair ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "start", "expected"),
    [
        ("Talk of Mosul.", "Mosul", 8, 8),  # already right
        ("Talk of Mosul.", "Mosul", 11, 8),  # drift
        ("Mosul and Mosul again", "Mosul", 9, 10),  # nearest of two
        ("Mosul and Mosul again", "Mosul", -40, 0),  # negative offset: nearest to the start
        ("USA and the US said", "US", 0, 12),  # whole word preferred over a longer word
        ("USA only", "US", 0, 0),  # no whole word: any occurrence
        ("Kirkuk", "Erbil", 0, None),
        ("anything", "", 0, None),
    ],
)
def test_realign(text: str, name: str, start: int, expected: int | None) -> None:
    assert gp.realign(text, name, start) == expected


# --- geoparsing loaders on invented snippets ----------------------------------------------------------------

_GWN = """<?xml version="1.0" ?>
<articles>
  <article file="7">
    <title>t</title>
    <text>Residents of Erbil said Iraqi officials in Erbil met.</text>
    <toponyms>
      <toponym><extractedName>Erbil</extractedName><type>Literal</type><start>13</start><end>18</end>
        <geonamesID>95446</geonamesID><latitude>36.19</latitude><longitude>44.01</longitude></toponym>
      <toponym><extractedName>Iraqi</extractedName><type>Demonym</type><start>24</start><end>29</end></toponym>
      <toponym><extractedName>Erbil</extractedName><type>Metonymic</type><start>-5</start><end>-1</end>
        <geonamesID /><latitude>36.19</latitude><longitude>44.01</longitude></toponym>
      <toponym><extractedName>Kirkuk</extractedName><type>Literal</type><start>0</start><end>6</end></toponym>
      <toponym><extractedName>officials</extractedName><type>Coercion</type><start>30</start><end>39</end>
      </toponym>
    </toponyms>
  </article>
</articles>
"""

_LGL = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="11">
    <text><![CDATA[Storm hits Avon; Avon Lake spared.]]></text>
    <toponyms>
      <toponym><start>11</start><end>15</end><phrase>Avon</phrase>
        <gaztag geonameid="5146256"><name>Avon</name><fcode>PPL</fcode><lat>41.45</lat><lon>-82.03</lon></gaztag>
      </toponym>
      <toponym><start>13</start><end>22</end><phrase>Avon Lake</phrase></toponym>
    </toponyms>
  </article>
</articles>
"""

_GEOVIRUS = """<articles>
  <article>
    <source>https://example.org/a</source>
    <text>Cases rose in Lagos and Kano.</text>
    <locations>
      <location><name>Lagos</name><start>15</start><end>20</end><lat>6.45</lat><lon>3.39</lon><page>p</page>
      </location>
      <location>
        <location><name>Kano</name><start>25</start><end>29</end><lat>12.0</lat><lon>8.52</lon><page>p</page>
        </location>
      </location>
    </locations>
  </article>
</articles>
"""


def _write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_load_gwn_keeps_place_types_and_realigns(tmp_path: Path) -> None:
    (doc,) = list(gp.load_gwn(_write(tmp_path, "g.xml", _GWN)))
    assert doc.doc_id == "7"
    assert [(t.name, t.type) for t in doc.toponyms] == [
        ("Erbil", "Literal"),
        ("Erbil", "Metonymic"),
        ("officials", "Coercion"),
    ]
    assert all(doc.text[t.start : t.end] == t.name for t in doc.toponyms)
    assert doc.toponyms[0].geonames_id == 95446
    assert doc.toponyms[1].geonames_id is None
    assert doc.toponyms[2].lat is None and not doc.toponyms[2].resolved
    assert doc.realigned == 1
    assert len(doc.dropped) == 1 and "Kirkuk" in doc.dropped[0]


def test_load_lgl_resolved_and_unresolved(tmp_path: Path) -> None:
    (doc,) = list(gp.load_lgl(_write(tmp_path, "l.xml", _LGL)))
    a, b = doc.toponyms
    assert (a.name, a.geonames_id, a.type, a.resolved) == ("Avon", 5146256, "PPL", True)
    assert (b.name, b.lat, b.geonames_id, b.resolved) == ("Avon Lake", None, None, False)
    # the second offset is stated 4 characters late: realigned, like TR-News drift
    assert doc.text[b.start : b.end] == "Avon Lake" and doc.realigned == 1


def test_load_trnews_uses_lgl_layout(tmp_path: Path) -> None:
    docs = list(gp.load_trnews(_write(tmp_path, "t.xml", _LGL)))
    assert [t.name for t in docs[0].toponyms] == ["Avon", "Avon Lake"]


def test_load_geovirus_one_based_and_nested(tmp_path: Path) -> None:
    (doc,) = list(gp.load_geovirus(_write(tmp_path, "v.xml", _GEOVIRUS)))
    assert [(t.name, t.start, t.end) for t in doc.toponyms] == [("Lagos", 14, 19), ("Kano", 24, 28)]
    assert doc.realigned == 0
    assert all(t.geonames_id is None for t in doc.toponyms)


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ("<articles><article>", "not well-formed"),
        (
            "<articles><article><text>x</text><toponyms><toponym><start>a</start><end>1</end><phrase>x</phrase>"
            "</toponym></toponyms></article></articles>",
            "'a' is not a number",
        ),
    ],
)
def test_loader_errors_name_the_file(tmp_path: Path, content: str, match: str) -> None:
    path = _write(tmp_path, "bad.xml", content)
    with pytest.raises(gp.CorpusError, match=match) as err:
        list(gp.load_lgl(path))
    assert str(path) in str(err.value)


def test_load_corpus_unknown_name() -> None:
    with pytest.raises(gp.CorpusError, match="unknown geoparsing corpus"):
        gp.load_corpus("wikipedia", "x.xml")


# --- geoparsing scoring with fakes --------------------------------------------------------------------------


@dataclass(frozen=True)
class FakePlace:
    place_id: str
    name: str
    lat: float
    lon: float


@dataclass(frozen=True)
class FakeCandidate:
    place: FakePlace


@dataclass(frozen=True)
class FakeMention:
    start: int
    end: int
    surface: str = ""
    candidates: tuple[FakeCandidate, ...] = ()


ERBIL = FakeCandidate(FakePlace("gn:95446", "Erbil", 36.19, 44.01))
ELSEWHERE = FakeCandidate(FakePlace("gn:1", "Erbil (elsewhere)", 40.0, 44.01))  # ~424 km north


def _doc() -> gp.Document:
    text = "Erbil, Erbil and Lake X."
    return gp.Document(
        text=text,
        toponyms=(
            gp.GoldToponym(0, 5, "Erbil", 36.19, 44.01, 95446, "Literal"),
            gp.GoldToponym(7, 12, "Erbil", 36.19, 44.01, None, "Literal"),
            gp.GoldToponym(17, 23, "Lake X", None, None, None, None),
        ),
        doc_id="d",
    )


def test_score_resolution_counts_misses_and_ids() -> None:
    seen: list[Any] = []

    def resolve(text: str, spans: Any) -> list[Any]:
        seen.append(list(spans))
        return [ERBIL, None, ELSEWHERE]

    outcomes = gp.score_resolution([_doc()], resolve)
    assert seen == [[(0, 5), (7, 12), (17, 23)]]  # all gold spans given, for context
    assert len(outcomes) == 2  # only gold with coordinates is scored
    assert outcomes[0].error_km == pytest.approx(0.0)
    assert outcomes[1].error_km == m.MAX_ERROR_KM
    s = gp.summarise_resolution(outcomes, by_type=True)
    assert (s["n"], s["acc161"], s["unresolved"], s["n_with_id"], s["exact_id"]) == (2, 0.5, 1, 1, 1.0)
    assert s["median_km"] == pytest.approx(m.MAX_ERROR_KM / 2)
    assert s["by_type"]["Literal"]["n"] == 2


def test_score_resolution_rejects_wrong_answer_count() -> None:
    with pytest.raises(ValueError, match="2 answers for 3 spans"):
        gp.score_resolution([_doc()], lambda text, spans: [None, None])


def test_score_end_to_end() -> None:
    mentions = [
        FakeMention(0, 5, "Erbil", (ERBIL,)),  # exact
        FakeMention(7, 16, "Erbil and", (ELSEWHERE,)),  # overlap only, wrong place
        FakeMention(19, 23, "ke X"),  # overlaps "Lake X" (no gold coordinates)
        FakeMention(23, 24, "."),  # spurious
    ]
    summary, outcomes = gp.score_end_to_end([_doc()], lambda text: mentions)
    assert (summary["n_gold"], summary["n_pred"], summary["strict_tp"], summary["overlap"]["tp"]) == (
        3,
        4,
        1,
        3,
    )
    assert summary["precision"] == 0.25 and summary["recall"] == pytest.approx(1 / 3)
    assert summary["overlap"]["precision"] == 0.75 and summary["overlap"]["recall"] == 1.0
    assert summary["n"] == 2 and summary["acc161"] == 0.5  # only gold with coordinates
    assert [round(o.error_km) for o in outcomes] == [0, round(m.haversine_km(36.19, 44.01, 40.0, 44.01))]


# --- UCDP GED -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source_date", "start", "end", "expected"),
    [
        ("2016-01-02", D(2016, 1, 1), D(2016, 1, 1), (D(2016, 1, 2), "source_date")),
        ("2015-01-01", D(2016, 1, 1), D(2016, 1, 1), (D(2016, 1, 1), "date_end")),  # before the event
        ("2016-03-02", D(2016, 1, 1), D(2016, 1, 1), (D(2016, 1, 1), "date_end")),  # day 61: a slip
        ("2016-03-01", D(2016, 1, 1), D(2016, 1, 1), (D(2016, 3, 1), "source_date")),  # day 60 is still sane
        ("2016-01-09;2016-01-05;1999-01-01", D(2016, 1, 4), D(2016, 1, 5), (D(2016, 1, 5), "source_date")),
        ("", D(2016, 1, 4), D(2016, 1, 6), (D(2016, 1, 6), "date_end")),
        ("not a date", D(2016, 1, 4), D(2016, 1, 6), (D(2016, 1, 6), "date_end")),
    ],
)
def test_publication_date(source_date: str, start: dt.date, end: dt.date, expected: tuple) -> None:
    assert ev.publication_date(source_date, date_start=start, date_end=end) == expected


@pytest.mark.parametrize(
    ("headline", "source_date", "text"),
    [
        ("Clashes in Homs", "2016-01-01", "Clashes in Homs"),
        ("Clashes in Homs;Shelling of Hama", "2016-01-01;2016-01-02", "Clashes in Homs\nShelling of Hama"),
        ("Militants occupy town; attacks kill 21", "2014-02-22", "Militants occupy town; attacks kill 21"),
    ],
)
def test_headline_text(headline: str, source_date: str, text: str) -> None:
    assert ev.headline_text(headline, source_date) == text


_GED = (
    "id,year,type_of_violence,source_office,source_date,source_headline,where_prec,where_coordinates,adm_1,"
    "latitude,longitude,date_prec,date_start,date_end,low,best,high\n"
    ",#date+year,,,,#description,,#loc+name,#adm1+name,#geo+lat,#geo+lon,,#date+start,#date+end,,#affected,\n"
    '5.0,2016.0,1.0,Agency,2016-01-03,"Five killed in Testville",1.0,Testville town,North,'
    "35.5,40.25,1.0,2016-01-02,2016-01-02,4.0,5.0,6.0\n"
    "6.0,2016.0,1.0,Agency,2016-01-03,,2.0,X,North,35.5,40.25,1.0,2016-01-02,2016-01-02,1.0,1.0,1.0\n"
    '7.0,2016.0,1.0,Agency,2016-01-03,"Bad latitude",1.0,X,North,north,40.25,1.0,2016-01-02,2016-01-02,1,1,1\n'
    '8,2016,3,,2020-01-01,"Raid;Ambush",4,Y,South,35,40,2,2016-01-01,2016-01-07,2,2,3\n'
)


def test_load_ucdp_ged_quirks(tmp_path: Path) -> None:
    load = ev.load_ucdp_ged(_write(tmp_path, "ged.csv", _GED))
    assert [r.event_id for r in load.rows] == ["5", "8"]
    assert load.without_headline == 1
    assert len(load.rejected) == 1 and "ged.csv:5: field latitude" in load.rejected[0]
    a, b = load.rows
    assert (a.line, a.where_prec, a.best, a.low, a.high, a.latitude) == (3, 1, 5, 4, 6, 35.5)
    assert (a.published, a.published_from, a.source) == (D(2016, 1, 3), "source_date", "Agency")
    # one date for two pieces: the ';' stays; the wrong source date falls back to date_end
    assert (b.text, b.published, b.published_from, b.source) == (
        "Raid;Ambush",
        D(2016, 1, 7),
        "date_end",
        None,
    )


def test_load_ucdp_ged_not_ged(tmp_path: Path) -> None:
    with pytest.raises(ev.EventCorpusError, match="missing column"):
        ev.load_ucdp_ged(_write(tmp_path, "x.csv", "a,b\n1,2\n"))


@dataclass(frozen=True)
class FakeIncident:
    confidence: float = 0.5
    historical: bool = False
    latitude: float | None = None
    longitude: float | None = None
    event_date: dt.date | None = None
    fatalities: int | None = None
    location: str | None = None
    site_id: str | None = None
    attributes: dict = field(default_factory=dict)


@pytest.mark.parametrize(
    ("incidents", "include_historical", "expected"),
    [
        ([], False, None),
        ([FakeIncident(0.9, historical=True)], False, None),
        ([FakeIncident(0.9, historical=True)], True, 0),
        ([FakeIncident(0.4), FakeIncident(0.8), FakeIncident(0.8)], False, 1),  # highest, first of ties
        ([FakeIncident(0.99, historical=True), FakeIncident(0.1)], True, 1),  # current beats historical
    ],
)
def test_choose_incident(incidents: list, include_historical: bool, expected: int | None) -> None:
    got = ev.choose_incident(incidents, include_historical=include_historical)
    assert got is (None if expected is None else incidents[expected])


def _row(**kw: Any) -> ev.EventRow:
    base: dict[str, Any] = {
        "event_id": "1", "line": 2, "text": "t", "published": D(2016, 1, 3), "published_from": "source_date",
        "source": None, "latitude": 35.0, "longitude": 40.0, "where_prec": 1, "where_coordinates": "X town",
        "adm_1": "", "date_start": D(2016, 1, 2), "date_end": D(2016, 1, 2), "date_prec": 1, "best": 5,
        "low": 4, "high": 7, "type_of_violence": 1,
    }  # fmt: skip
    return ev.EventRow(**(base | kw))


@pytest.mark.parametrize(
    ("incident", "dist", "date_ok", "exact", "in_range"),
    [
        (None, None, False, False, False),
        (
            FakeIncident(latitude=35.0, longitude=40.0, event_date=D(2016, 1, 3), fatalities=5),
            0.0,
            True,
            True,
            True,
        ),
        (
            FakeIncident(latitude=35.1, longitude=40.0, event_date=D(2016, 1, 4), fatalities=7),
            11.1,
            False,
            False,
            True,
        ),
        (FakeIncident(event_date=D(2016, 1, 1), fatalities=3), None, True, False, False),
    ],
)
def test_score_row(incident: Any, dist: float | None, date_ok: bool, exact: bool, in_range: bool) -> None:
    got = ev.score_row(_row(), [] if incident is None else [incident])
    assert got.has_incident is (incident is not None)
    assert got.distance_km == (None if dist is None else pytest.approx(dist, abs=0.1))
    assert (got.date_ok, got.deaths_exact, got.deaths_in_range) == (date_ok, exact, in_range)


def test_summarise_events_counts_misses_over_all_rows() -> None:
    rows = [_row(where_prec=1), _row(where_prec=1), _row(where_prec=4), _row(where_prec=4)]
    incs = [
        [FakeIncident(latitude=35.0, longitude=40.0, event_date=D(2016, 1, 2), fatalities=5)],
        [FakeIncident(latitude=35.3, longitude=40.0)],  # ~33 km off
        [],
        [FakeIncident(historical=True, latitude=35.0, longitude=40.0)],  # historical only: no incident
    ]
    answers = iter(incs)
    s = ev.summarise_events(ev.score_events(rows, lambda row: next(answers)))
    assert s["n"] == 4
    assert s["no_incident_rate"] == 0.5
    assert (s["within_5km"], s["within_25km"], s["within_50km"]) == (0.25, 0.25, 0.5)
    assert s["of_located"]["within_5km"] == 0.5
    assert (s["date_exact"], s["deaths_exact"], s["deaths_in_range"]) == (0.25, 0.25, 0.25)
    assert s["dated_rate"] == 0.25
    assert s["by_where_prec"]["1"]["within_50km"] == 1.0
    assert s["by_where_prec"]["4"] == {
        "n": 2,
        "no_incident_rate": 1.0,
        "within_5km": 0.0,
        "within_25km": 0.0,
        "within_50km": 0.0,
        "median_km_located": None,
    }


# --- event location -----------------------------------------------------------------------------------------


def _rec(text: str, spans: list[tuple[int, int, str]], source: str = "AP") -> dict[str, Any]:
    return {
        "text": text,
        "source": source,
        "spans": [{"start": s, "end": e, "label": lab} for s, e, lab in spans],
    }


def test_group_location_records() -> None:
    t1 = "Troops clashed in Homs near Hama."
    t2 = "A bomb exploded in Kabul."
    data = [
        _rec(t1, [(7, 14, "VERB"), (28, 32, "LOCATION")]),  # superseded by the relabel below
        _rec(t1, [(7, 14, "VERB"), (18, 22, "LOCATION")], source="RELABEL"),
        _rec(t2, [(7, 15, "VERB"), (19, 24, "LOCATION"), (5, 5, "LOCATION"), (2, 3, "LOCATION")]),
        _rec(t2, [(2, 6, "VERB"), (19, 24, "LOCATION")]),  # another verb, same place: union
        _rec("No place here.", [(0, 2, "VERB")]),
        {"text": "no spans key", "source": "AP"},
    ]
    load = ev._group_location_records(data)
    assert load.records == 6
    assert load.skipped_short_spans == 2
    assert load.superseded_records == 1
    got = {s.text: (s.gold, s.records, s.relabeled) for s in load.sentences}
    assert got[t1] == (((18, 22),), 2, True)
    assert got[t2] == (((19, 24),), 2, False)
    assert got["No place here."] == ((), 1, False)
    assert load.counts == {"sentences": 4, "with_location": 2}


def test_load_event_location_reads_one_json_array(tmp_path: Path) -> None:
    path = tmp_path / "labeled_text.jsonl.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(
            "labeled_text.jsonl", json.dumps([_rec("A bomb exploded in Kabul.", [(19, 24, "LOCATION")])])
        )
        zf.writestr("__MACOSX/._labeled_text.jsonl", "junk")
    load = ev.load_event_location(path)
    assert [s.gold for s in load.sentences] == [((19, 24),)]


def test_load_event_location_not_a_zip(tmp_path: Path) -> None:
    with pytest.raises(ev.EventCorpusError, match="cannot read the zip"):
        ev.load_event_location(_write(tmp_path, "x.zip", "not a zip"))


HOMS = FakeCandidate(FakePlace("gn:169577", "Homs", 34.73, 36.72))
HAMA = FakeCandidate(FakePlace("gn:170017", "Hamah", 35.13, 36.76))
_MENTIONS = [
    FakeMention(28, 32, "Hama", (HAMA,)),
    FakeMention(18, 22, "Homs", (HOMS,)),
]  # unsorted on purpose


@pytest.mark.parametrize(
    ("incident", "span"),
    [
        (FakeIncident(attributes={"location_span": {"start": 28, "end": 32}}), (28, 32)),
        (FakeIncident(attributes={"location_span": (18, 22)}), (18, 22)),
        (FakeIncident(site_id="gn:170017", location="Somewhere"), (28, 32)),
        (FakeIncident(location="homs"), (18, 22)),
        (FakeIncident(location="Hamah"), (28, 32)),  # candidate's name, not the surface
        (FakeIncident(location="Damascus"), None),
        (FakeIncident(), None),
    ],
)
def test_incident_location_span(incident: FakeIncident, span: tuple[int, int] | None) -> None:
    assert ev.incident_location_span(incident, _MENTIONS) == span


@pytest.mark.parametrize(
    ("gold", "mentions", "incidents", "status", "baseline_ok"),
    [
        (((18, 22),), _MENTIONS, [FakeIncident(location="Homs")], "ok", True),
        (((28, 32),), _MENTIONS, [FakeIncident(location="Homs")], "wrong", False),
        (((28, 32),), _MENTIONS, [FakeIncident(location="Hama")], "ok", False),
        (((28, 32),), _MENTIONS, [], "no_incident", False),
        (((28, 32),), _MENTIONS, [FakeIncident(location="Aleppo")], "no_tie", False),
        (((28, 32),), _MENTIONS[:1], [FakeIncident(location="Hama")], "few_mentions", False),
        ((), _MENTIONS, [FakeIncident(location="Hama")], "no_gold", False),
    ],
)
def test_score_location_sentence(
    gold: tuple, mentions: list, incidents: list, status: str, baseline_ok: bool
) -> None:
    sent = ev.LocationSentence("Troops clashed in Homs near Hama.", gold)
    got = ev.score_location_sentence(sent, find=lambda text: mentions, extract=lambda text: incidents)
    assert got.status == status
    assert got.baseline_ok is baseline_ok


def test_score_event_location_summary() -> None:
    sents = [
        ev.LocationSentence("Troops clashed in Homs near Hama.", ((18, 22),)),
        ev.LocationSentence("Troops clashed in Homs near Hama.", ((28, 32),)),
        ev.LocationSentence("Troops clashed in Homs near Hama.", ()),
    ]
    summary, outcomes = ev.score_event_location(
        sents, find=lambda text: _MENTIONS, extract=lambda text: [FakeIncident(location="Homs")]
    )
    assert (summary["n"], summary["accuracy"], summary["baseline_first_mention"]) == (2, 0.5, 0.5)
    assert summary["skipped_no_gold"] == 1 and summary["wrong"] == 1
    assert summary["accuracy_when_chosen"] == 0.5
    assert len(outcomes) == 3


# --- the command line, with a fake geoparser ----------------------------------------------------------------


@pytest.fixture
def fake_geodata(monkeypatch: pytest.MonkeyPatch) -> None:
    import geodata

    def resolve_spans(text: str, spans: Any, gazetteer: Any) -> list[Any]:
        return [ERBIL if text[s:e] == "Avon" else None for s, e in spans]

    def find_places(text: str, gazetteer: Any, **kw: Any) -> list[Any]:
        return [FakeMention(11, 15, "Avon", (ERBIL,))]

    monkeypatch.setattr(geodata, "load_gazetteer", lambda **kw: object(), raising=False)
    monkeypatch.setattr(geodata, "resolve_spans", resolve_spans, raising=False)
    monkeypatch.setattr(geodata, "find_places", find_places, raising=False)


@pytest.mark.parametrize("mode", ["resolution", "end-to-end"])
def test_cli_geoparsing_json(
    tmp_path: Path, fake_geodata: None, capsys: pytest.CaptureFixture[str], mode: str
) -> None:
    from incidents.cli import main

    path = _write(tmp_path, "l.xml", _LGL)
    cases = tmp_path / "cases.jsonl"
    code = main(["evaluate", "geoparsing", "--corpus", "lgl", str(path), "--mode", mode, "--json", "--quiet",
                 "--cases", str(cases)])  # fmt: skip
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert {"n", "acc161", "median_km", "mean_km"} <= out.keys()
    assert out["n"] == 1
    assert out["acc161"] == 0.0  # the fake puts Avon, Ohio in Erbil
    assert math.isclose(out["median_km"], m.haversine_km(41.45, -82.03, 36.19, 44.01))
    if mode == "end-to-end":
        assert (out["precision"], out["recall"]) == (1.0, 0.5)
    assert len(cases.read_text().splitlines()) == 1


def test_cli_geoparsing_table(tmp_path: Path, fake_geodata: None, capsys: pytest.CaptureFixture[str]) -> None:
    from incidents.cli import main

    assert (
        main(["evaluate", "geoparsing", "--corpus", "lgl", str(_write(tmp_path, "l.xml", _LGL)), "--quiet"])
        == 0
    )
    out = capsys.readouterr().out
    assert "acc@161 km" in out and "0.0 %" in out


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["evaluate", "geoparsing", "--corpus", "lgl", "/nonexistent/lgl.xml"], 1, "no such file"),
        (["evaluate", "geoparsing", "--corpus", "lgl", "BAD", "--quiet"], 1, "not well-formed"),
        (
            ["evaluate", "geoparsing", "--corpus", "lgl", "BAD", "--cases", "/nonexistent/c.jsonl"],
            1,
            "folder",
        ),
        (["evaluate", "geoparsing", "--corpus", "wiki", "x.xml"], 2, "invalid choice"),
        (["evaluate", "events", "--corpus", "ucdp-ged", "x.csv", "--limit", "0"], 2, "at least 1"),
    ],
)
def test_cli_errors(
    tmp_path: Path, argv: list[str], code: int, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from incidents.cli import main

    bad = _write(tmp_path, "bad.xml", "<articles>")
    argv = [str(bad) if a == "BAD" else a for a in argv]
    if code == 2:
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert exit_info.value.code == 2
    else:
        assert main(argv) == code
    assert message in capsys.readouterr().err


def test_cli_events_ucdp_with_fake_extractor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import geodata
    import incidents
    from incidents.cli import main

    seen: list[Any] = []

    def extract_incidents(report: Any, *, gazetteer: Any) -> list[Any]:
        seen.append(report)
        return [FakeIncident(latitude=35.5, longitude=40.25, event_date=D(2016, 1, 2), fatalities=5)]

    monkeypatch.setattr(geodata, "load_gazetteer", lambda **kw: object(), raising=False)
    monkeypatch.setattr(incidents, "extract_incidents", extract_incidents, raising=False)
    code = main(["evaluate", "events", "--corpus", "ucdp-ged", str(_write(tmp_path, "g.csv", _GED)), "--json",
                 "--quiet"])  # fmt: skip
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert out["n"] == 2 and out["rows_rejected"] == 1
    assert out["within_5km"] == 0.5 and out["date_exact"] == 1.0 and out["no_incident_rate"] == 0.0
    assert {"within_25km", "within_50km", "deaths_exact", "by_where_prec"} <= out.keys()
    assert [r.published for r in seen] == [D(2016, 1, 3), D(2016, 1, 7)]
    assert seen[0].text == "Five killed in Testville"


# --- the real corpora (../shared) ---------------------------------------------------------------------------

_GEO = {
    # corpus: (relative path, documents, gold toponyms kept, with coordinates, with GeoNames id, realigned)
    "gwn": ("eval/geoparsing/geowebnews/GWN.xml", 200, 2610, 2601, 2401, 2),
    "lgl": ("eval/geoparsing/lgl/lgl.xml", 588, 5088, 4462, 4462, 0),
    "trnews": ("eval/geoparsing/trnews/TR-News.xml", 118, 1319, 1275, 1275, 117),
    "geovirus": ("eval/geoparsing/geovirus/GeoVirus.xml", 229, 2170, 2170, 0, 0),
}


@pytest.mark.shared
@pytest.mark.parametrize("corpus", sorted(_GEO))
def test_real_geoparsing_corpus_counts(shared_dir: Path, corpus: str) -> None:
    rel, n_docs, n_top, n_coord, n_id, n_moved = _GEO[corpus]
    docs = list(gp.load_corpus(corpus, shared_dir / rel))
    tops = [t for d in docs for t in d.toponyms]
    assert len(docs) == n_docs
    assert len(tops) == n_top
    assert sum(t.resolved for t in tops) == n_coord
    assert sum(t.geonames_id is not None for t in tops) == n_id
    assert sum(d.realigned for d in docs) == n_moved
    assert not [msg for d in docs for msg in d.dropped]
    assert all(d.text[t.start : t.end] == t.name for d in docs for t in d.toponyms)


@pytest.mark.shared
@pytest.mark.parametrize(
    ("rel", "rows", "without_headline", "multi_headline"),
    [
        ("eval/events/ucdp_ged_syria/ucdp_ged_syria_2016-01_2019-11.csv", 16566, 0, 3103),
        ("eval/events/ucdp_ged_iraq/conflict_data_irq.csv", 3531, 3942, 496),
    ],
)
def test_real_ucdp_counts(
    shared_dir: Path, rel: str, rows: int, without_headline: int, multi_headline: int
) -> None:
    load = ev.load_ucdp_ged(shared_dir / rel)
    assert len(load.rows) == rows
    assert load.without_headline == without_headline
    assert load.rejected == ()
    assert sum("\n" in r.text for r in load.rows) == multi_headline
    assert all(r.date_start <= r.published <= r.date_end + dt.timedelta(days=60) for r in load.rows)
    assert {r.where_prec for r in load.rows} <= {1, 2, 3, 4, 5, 6, 7}


@pytest.mark.shared
def test_real_event_location_counts(shared_dir: Path) -> None:
    load = ev.load_event_location(shared_dir / "eval/event_location/labeled_text.jsonl.zip")
    assert load.records == 10182
    assert load.skipped_short_spans == 1080
    assert load.superseded_records == 487
    assert load.counts == {"sentences": 8620, "with_location": 4275}
    assert all(s.text[a:b].strip() for s in load.sentences for a, b in s.gold)


def test_cli_events_event_location_with_fakes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import geodata
    import incidents
    from incidents.cli import main

    text = "Troops clashed in Homs near Hama."
    path = tmp_path / "labeled_text.jsonl.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("labeled_text.jsonl", json.dumps([_rec(text, [(7, 14, "VERB"), (18, 22, "LOCATION")])]))
    published: list[Any] = []

    def extract_incidents(report: Any, *, gazetteer: Any) -> list[Any]:
        published.append(report.published)
        return [FakeIncident(location="Hama")]

    monkeypatch.setattr(geodata, "load_gazetteer", lambda **kw: object(), raising=False)
    monkeypatch.setattr(geodata, "find_places", lambda text, gazetteer, **kw: _MENTIONS, raising=False)
    monkeypatch.setattr(incidents, "extract_incidents", extract_incidents, raising=False)
    assert main(["evaluate", "events", "--corpus", "event-location", str(path), "--json", "--quiet"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["n"], out["accuracy"], out["baseline_first_mention"]) == (1, 0.0, 1.0)
    assert published == [None]
