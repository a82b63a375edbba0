"""Event-extraction evaluation: UCDP GED headlines and Halterman's event-location sentences.

UCDP GED rows are human-coded events with the news headline they were coded from; we run our extractor on the
headline alone and compare place, date and deaths with the coder's. The event-location corpus asks a narrower
question: among the places named in a sentence, do we pick the one where the event happened?

Loaders are pure readers; scoring takes the extractor and place finder as callables (tested with fakes).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from incidents.evaluation.metrics import (
    haversine_km,
    median,
    share,
    spans_overlap,
)

__all__ = [
    "DATE_SLACK_DAYS",
    "DISTANCE_KM",
    "PUBLISHED_WINDOW_DAYS",
    "WHERE_PREC_ORDER",
    "EventCorpusError",
    "EventLocationLoad",
    "EventRow",
    "LocationOutcome",
    "LocationSentence",
    "RowOutcome",
    "UcdpLoad",
    "choose_incident",
    "incident_location_span",
    "load_event_location",
    "load_ucdp_ged",
    "publication_date",
    "score_event_location",
    "score_events",
    "score_location_sentence",
    "score_row",
    "summarise_events",
]

#: A source date later than ``date_end`` + this many days is taken for a coding slip, not a publication date.
PUBLISHED_WINDOW_DAYS = 60
#: Date agreement: the extracted event_date lies within the gold range widened by this many days each side.
DATE_SLACK_DAYS = 1
#: Distance thresholds reported for the extracted location.
DISTANCE_KM = (5.0, 25.0, 50.0)
#: UCDP where_prec codes in report order (1 exact place ... 6 country, 7 international waters/airspace).
WHERE_PREC_ORDER = (1, 2, 3, 4, 5, 6, 7)


class EventCorpusError(ValueError):
    """An events corpus file cannot be read at all (missing columns, not a zip/JSON); names the file."""


# --- UCDP GED -----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EventRow:
    """One UCDP GED event with a headline: the text we extract from and the coder's answers."""

    event_id: str
    line: int
    text: str
    published: dt.date
    published_from: str  # "source_date" or "date_end" (when no source date was sane)
    source: str | None
    latitude: float
    longitude: float
    where_prec: int
    where_coordinates: str
    adm_1: str
    date_start: dt.date
    date_end: dt.date
    date_prec: int
    best: int
    low: int
    high: int
    type_of_violence: int


@dataclass(frozen=True, slots=True)
class UcdpLoad:
    """Rows read from a GED CSV, with the rows left out and why (line numbers are 1-based file lines)."""

    rows: tuple[EventRow, ...]
    without_headline: int
    rejected: tuple[str, ...] = ()
    source_date_used: int = 0


_REQUIRED = (
    "id",
    "source_headline",
    "source_date",
    "latitude",
    "longitude",
    "where_prec",
    "date_start",
    "date_end",
    "best",
)


def _iso(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def publication_date(source_date: str, *, date_start: dt.date, date_end: dt.date) -> tuple[dt.date, str]:
    """Publication date to give the extractor, and where it came from.

    ``source_date`` may hold several dates joined by ';' (one per headline) and is wrong in places. A date is sane
    when it parses and lies within [date_start, date_end + PUBLISHED_WINDOW_DAYS]: a report cannot precede the
    event, and one long after it is a coding slip. The earliest sane date is used (the first report, closest to
    the event); with none sane, ``date_end`` (the last day the event may have happened).
    """
    latest = date_end + dt.timedelta(days=PUBLISHED_WINDOW_DAYS)
    sane = [
        d for d in (_iso(p) for p in source_date.split(";")) if d is not None and date_start <= d <= latest
    ]
    if sane:
        return min(sane), "source_date"
    return date_end, "date_end"


def headline_text(headline: str, source_date: str) -> str:
    """The text to extract from: one headline per line when ';' joins as many headlines as there are dates.

    A single headline may itself contain ';' ("Militants occupy town; attacks kill 21"), so ';' is only read as a
    separator when the number of pieces equals the number of source dates (>1).
    """
    parts = headline.split(";")
    if len(parts) > 1 and len(parts) == len(source_date.split(";")):
        return "\n".join(p.strip() for p in parts)
    return headline.strip()


def _num(row: Mapping[str, str], name: str, line: int, path: Path) -> float:
    raw = (row.get(name) or "").strip()
    try:
        return float(raw)
    except ValueError:
        raise ValueError(f"{path}:{line}: field {name}: {raw!r} is not a number") from None


def _is_tag_row(row: Sequence[str]) -> bool:
    """An HXL hashtag row (``#date+year``...): every non-empty cell starts with '#'."""
    cells = [c.strip() for c in row if c.strip()]
    return bool(cells) and all(c.startswith("#") for c in cells)


def load_ucdp_ged(path: Path | str) -> UcdpLoad:
    """Read a UCDP GED CSV (either published layout): rows with a headline become :class:`EventRow`.

    Numeric columns may be written as floats ("1.0"); an HXL tag row (second line of the Iraq file) is skipped;
    rows with a bad field are rejected with ``file:line: field ...`` and the rest go through.
    """
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise EventCorpusError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    reader = csv.reader(io.StringIO(raw, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise EventCorpusError(f"{path}: empty file") from None
    missing = [c for c in _REQUIRED if c not in header]
    if missing:
        raise EventCorpusError(f"{path}: not a UCDP GED file, missing column(s) {', '.join(missing)}")
    rows: list[EventRow] = []
    rejected: list[str] = []
    without = used_source = 0
    for cells in reader:
        line = reader.line_num
        if _is_tag_row(cells) or not any(c.strip() for c in cells):
            continue
        row = dict(zip(header, cells, strict=False))
        headline = (row.get("source_headline") or "").strip()
        if not headline:
            without += 1
            continue
        try:
            start = _iso(row["date_start"])
            end = _iso(row["date_end"])
            if start is None or end is None:
                raise ValueError(f"{path}:{line}: field date_start/date_end: not ISO dates")
            source_date = row.get("source_date") or ""
            published, origin = publication_date(source_date, date_start=start, date_end=end)
            rows.append(
                EventRow(
                    event_id=str(int(_num(row, "id", line, path))),
                    line=line,
                    text=headline_text(headline, source_date),
                    published=published,
                    published_from=origin,
                    source=(row.get("source_office") or "").strip() or None,
                    latitude=_num(row, "latitude", line, path),
                    longitude=_num(row, "longitude", line, path),
                    where_prec=int(_num(row, "where_prec", line, path)),
                    where_coordinates=(row.get("where_coordinates") or "").strip(),
                    adm_1=(row.get("adm_1") or "").strip(),
                    date_start=start,
                    date_end=end,
                    date_prec=int(_num(row, "date_prec", line, path)) if row.get("date_prec") else 0,
                    best=int(_num(row, "best", line, path)),
                    low=int(_num(row, "low", line, path)) if row.get("low") else 0,
                    high=int(_num(row, "high", line, path)) if row.get("high") else 0,
                    type_of_violence=int(_num(row, "type_of_violence", line, path))
                    if row.get("type_of_violence")
                    else 0,
                )
            )
            used_source += origin == "source_date"
        except ValueError as exc:
            rejected.append(str(exc))
    return UcdpLoad(tuple(rows), without, tuple(rejected), used_source)


# --- choosing the incident to score -------------------------------------------------------------------------


def choose_incident(incidents: Sequence[Any], *, include_historical: bool = False) -> Any | None:
    """The incident we stand behind for a text: the highest-confidence non-historical one (ties: the first).

    Chosen without looking at gold (picking the one closest to gold would flatter us). With
    ``include_historical`` a historical incident is used when there is no current one.
    """
    current = [i for i in incidents if not getattr(i, "historical", False)]
    pool = current or (list(incidents) if include_historical else [])
    if not pool:
        return None
    best = max(float(getattr(i, "confidence", 0.0) or 0.0) for i in pool)
    return next(i for i in pool if float(getattr(i, "confidence", 0.0) or 0.0) == best)


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """One UCDP row scored: distance (None: no located incident), date and deaths agreement."""

    event_id: str
    where_prec: int
    has_incident: bool
    distance_km: float | None
    date_ok: bool
    deaths_exact: bool
    deaths_in_range: bool
    fatalities: int | None
    best: int
    location: str | None = None
    event_date: dt.date | None = None
    gold_place: str = ""


def _date_ok(event_date: dt.date | None, row: EventRow) -> bool:
    if event_date is None:
        return False
    slack = dt.timedelta(days=DATE_SLACK_DAYS)
    return row.date_start - slack <= event_date <= row.date_end + slack


def score_row(row: EventRow, incidents: Sequence[Any]) -> RowOutcome:
    """Score one row given the incidents extracted from its headline (pure)."""
    inc = choose_incident(incidents)
    if inc is None:
        return RowOutcome(
            event_id=row.event_id,
            where_prec=row.where_prec,
            has_incident=False,
            distance_km=None,
            date_ok=False,
            deaths_exact=False,
            deaths_in_range=False,
            fatalities=None,
            best=row.best,
            gold_place=row.where_coordinates,
        )
    lat, lon = getattr(inc, "latitude", None), getattr(inc, "longitude", None)
    dist = None if lat is None or lon is None else haversine_km(row.latitude, row.longitude, lat, lon)
    fat = getattr(inc, "fatalities", None)
    low, high = min(row.low, row.best), max(row.high, row.best)
    return RowOutcome(
        event_id=row.event_id,
        where_prec=row.where_prec,
        has_incident=True,
        distance_km=dist,
        date_ok=_date_ok(getattr(inc, "event_date", None), row),
        deaths_exact=fat is not None and fat == row.best,
        deaths_in_range=fat is not None and low <= fat <= high,
        fatalities=fat,
        best=row.best,
        location=getattr(inc, "location", None),
        event_date=getattr(inc, "event_date", None),
        gold_place=row.where_coordinates,
    )


def score_events(rows: Iterable[EventRow], extract: Callable[[EventRow], Sequence[Any]]) -> list[RowOutcome]:
    """Run ``extract(row)`` (returns incidents) on every row and score each (see :func:`score_row`)."""
    return [score_row(row, extract(row)) for row in rows]


def _within(outcomes: Sequence[RowOutcome], km: float) -> float | None:
    return share(sum(1 for o in outcomes if o.distance_km is not None and o.distance_km <= km), len(outcomes))


def _key(km: float) -> str:
    return f"within_{km:g}km"


def summarise_events(outcomes: Sequence[RowOutcome]) -> dict[str, Any]:
    """Shares over ALL scored rows (a row with no incident, no coordinates, no date or no deaths is a miss),
    plus location shares among located rows only, and the same by UCDP where_prec bucket."""
    n = len(outcomes)
    located = [o for o in outcomes if o.distance_km is not None]
    out: dict[str, Any] = {
        "n": n,
        "no_incident_rate": share(sum(1 for o in outcomes if not o.has_incident), n),
        "located_rate": share(len(located), n),
    }
    for km in DISTANCE_KM:
        out[_key(km)] = _within(outcomes, km)
    out["dated_rate"] = share(sum(1 for o in outcomes if o.event_date is not None), n)
    out["date_exact"] = share(sum(o.date_ok for o in outcomes), n)
    out["deaths_exact"] = share(sum(o.deaths_exact for o in outcomes), n)
    out["deaths_in_range"] = share(sum(o.deaths_in_range for o in outcomes), n)
    out["median_km_located"] = median([o.distance_km for o in located])  # type: ignore[misc]
    out["of_located"] = {_key(km): _within(located, km) for km in DISTANCE_KM}
    with_fat = [o for o in outcomes if o.fatalities is not None]
    out["of_with_fatalities"] = {
        "n": len(with_fat),
        "deaths_exact": share(sum(o.deaths_exact for o in with_fat), len(with_fat)),
        "deaths_in_range": share(sum(o.deaths_in_range for o in with_fat), len(with_fat)),
    }
    by: dict[str, Any] = {}
    buckets = sorted({o.where_prec for o in outcomes}, key=lambda b: (b not in WHERE_PREC_ORDER, b))
    for b in buckets:
        sub = [o for o in outcomes if o.where_prec == b]
        sub_loc = [o for o in sub if o.distance_km is not None]
        by[str(b)] = {
            "n": len(sub),
            "no_incident_rate": share(sum(1 for o in sub if not o.has_incident), len(sub)),
            **{_key(km): _within(sub, km) for km in DISTANCE_KM},
            "median_km_located": median([o.distance_km for o in sub_loc]),  # type: ignore[misc]
        }
    out["by_where_prec"] = by
    return out


# --- event location (Halterman 2019) ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LocationSentence:
    """One distinct sentence with the gold event-location spans of all its (non-superseded) annotations."""

    text: str
    gold: tuple[tuple[int, int], ...]
    records: int = 1
    relabeled: bool = False


@dataclass(frozen=True, slots=True)
class EventLocationLoad:
    """Sentences read, and what was skipped (short LOCATION spans, superseded records)."""

    sentences: tuple[LocationSentence, ...]
    records: int
    skipped_short_spans: int
    superseded_records: int
    counts: Mapping[str, int] = field(default_factory=dict)


def load_event_location(path: Path | str) -> EventLocationLoad:
    """Read Halterman's ``labeled_text.jsonl.zip``: ONE JSON array (despite the name) of annotated sentences.

    Rules: LOCATION spans whose text is empty or one character after stripping are skipped (offset errors in the
    published file). Records are grouped by (sentence text, VERB span); where a ``source == "RELABEL"`` record
    exists for a group it replaces the others (it is the corrected gold). A sentence's gold is the union of its
    groups' LOCATION spans, because our extractor does not take the verb as input.
    """
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if n.endswith(".jsonl") and not n.startswith("__MACOSX")]
            if not names:
                raise EventCorpusError(f"{path}: no .jsonl member in the archive")
            data = json.loads(zf.read(names[0]))
    except (OSError, zipfile.BadZipFile) as exc:
        raise EventCorpusError(f"{path}: cannot read the zip archive ({exc})") from exc
    except json.JSONDecodeError as exc:
        raise EventCorpusError(f"{path}: member is not one JSON array ({exc})") from exc
    if not isinstance(data, list):
        raise EventCorpusError(f"{path}: expected one JSON array of records")
    return _group_location_records(data)


def _group_location_records(data: Sequence[Mapping[str, Any]]) -> EventLocationLoad:
    """Pure part of :func:`load_event_location` (tested on small tables)."""
    skipped = 0
    # text -> verb span -> list of (is_relabel, spans)
    groups: dict[str, dict[tuple[int, int] | None, list[tuple[bool, list[tuple[int, int]]]]]] = {}
    order: list[str] = []
    for rec in data:
        text = rec.get("text")
        if not isinstance(text, str):
            continue
        verb: tuple[int, int] | None = None
        locs: list[tuple[int, int]] = []
        for sp in rec.get("spans") or []:
            try:
                s, e, label = int(sp["start"]), int(sp["end"]), sp.get("label")
            except (KeyError, TypeError, ValueError):
                continue
            if label == "VERB" and verb is None:
                verb = (s, e)
            elif label == "LOCATION":
                if len(text[s:e].strip()) <= 1:
                    skipped += 1
                else:
                    locs.append((s, e))
        if text not in groups:
            groups[text] = {}
            order.append(text)
        groups[text].setdefault(verb, []).append((rec.get("source") == "RELABEL", locs))
    sentences: list[LocationSentence] = []
    superseded = 0
    for text in order:
        gold: set[tuple[int, int]] = set()
        n_rec = 0
        relabeled = False
        for entries in groups[text].values():
            n_rec += len(entries)
            relabels = [locs for is_rel, locs in entries if is_rel]
            if relabels:
                relabeled = True
                superseded += len(entries) - len(relabels)
                chosen = relabels
            else:
                chosen = [locs for _, locs in entries]
            for locs in chosen:
                gold.update(locs)
        sentences.append(LocationSentence(text, tuple(sorted(gold)), n_rec, relabeled))
    return EventLocationLoad(
        sentences=tuple(sentences),
        records=len(data),
        skipped_short_spans=skipped,
        superseded_records=superseded,
        counts={
            "sentences": len(sentences),
            "with_location": sum(1 for s in sentences if s.gold),
        },
    )


def _norm(s: str) -> str:
    return " ".join("".join(ch if ch.isalnum() else " " for ch in s.casefold()).split())


def incident_location_span(incident: Any, mentions: Sequence[Any]) -> tuple[int, int] | None:
    """Character span of the place the extractor chose as the incident's location.

    In order: an explicit ``location_span`` (attribute or ``attributes`` entry, as (start, end) or {start, end});
    else the first mention whose top candidate is the incident's ``site_id``; else the first mention whose surface
    equals the incident's ``location`` name (case and punctuation ignored); else the first mention whose top
    candidate's name equals it. None when the choice cannot be tied to a mention.
    """
    span = getattr(incident, "location_span", None)
    if span is None:
        span = (getattr(incident, "attributes", None) or {}).get("location_span")
    if span is not None:
        if isinstance(span, Mapping):
            return int(span["start"]), int(span["end"])
        if hasattr(span, "start") and hasattr(span, "end"):
            return int(span.start), int(span.end)
        return int(span[0]), int(span[1])

    def top(m: Any) -> Any | None:
        cands = getattr(m, "candidates", ()) or ()
        return cands[0].place if cands else None

    site_id = getattr(incident, "site_id", None)
    if site_id:
        for m in mentions:
            p = top(m)
            if p is not None and p.place_id == site_id:
                return m.start, m.end
    name = _norm(getattr(incident, "location", None) or "")
    if not name:
        return None
    for m in mentions:
        if _norm(m.surface) == name:
            return m.start, m.end
    for m in mentions:
        p = top(m)
        if p is not None and _norm(p.name) == name:
            return m.start, m.end
    return None


@dataclass(frozen=True, slots=True)
class LocationOutcome:
    """One event-location sentence scored: status is ok, wrong, no_incident, no_tie, few_mentions or no_gold."""

    text: str
    gold: tuple[tuple[int, int], ...]
    mentions: tuple[tuple[int, int], ...]
    chosen: tuple[int, int] | None
    status: str
    baseline_ok: bool
    gold_among_mentions: bool

    @property
    def scored(self) -> bool:
        return self.status not in ("few_mentions", "no_gold")


def score_location_sentence(
    sent: LocationSentence,
    *,
    find: Callable[[str], Sequence[Any]],
    extract: Callable[[str], Sequence[Any]],
    min_mentions: int = 2,
) -> LocationOutcome:
    """Score one sentence (see :func:`score_event_location` for the rules)."""
    if not sent.gold:
        return LocationOutcome(sent.text, sent.gold, (), None, "no_gold", False, False)
    mentions = sorted(find(sent.text), key=lambda m: (m.start, m.end))
    spans = tuple((m.start, m.end) for m in mentions)
    if len(mentions) < min_mentions:
        return LocationOutcome(sent.text, sent.gold, spans, None, "few_mentions", False, False)

    def is_gold(span: tuple[int, int]) -> bool:
        return any(spans_overlap(span, g) for g in sent.gold)

    baseline_ok = is_gold(spans[0])
    among = any(is_gold(s) for s in spans)
    inc = choose_incident(extract(sent.text), include_historical=True)
    if inc is None:
        return LocationOutcome(sent.text, sent.gold, spans, None, "no_incident", baseline_ok, among)
    chosen = incident_location_span(inc, mentions)
    if chosen is None:
        return LocationOutcome(sent.text, sent.gold, spans, None, "no_tie", baseline_ok, among)
    status = "ok" if is_gold(chosen) else "wrong"
    return LocationOutcome(sent.text, sent.gold, spans, chosen, status, baseline_ok, among)


def score_event_location(
    sentences: Iterable[LocationSentence],
    *,
    find: Callable[[str], Sequence[Any]],
    extract: Callable[[str], Sequence[Any]],
    min_mentions: int = 2,
) -> tuple[dict[str, Any], list[LocationOutcome]]:
    """Share of sentences where the extractor's chosen event place overlaps a gold LOCATION span.

    Scored: sentences with >= 1 gold LOCATION span and >= ``min_mentions`` place mentions from ``find`` (with one
    mention there is no choice to make). The chosen incident is :func:`choose_incident` with historical ones allowed
    (the sentence has no publication date, so "historical" says nothing about which place is the event's); its
    place is tied to a mention by :func:`incident_location_span`. A sentence with no incident or no tie counts as
    wrong. Baseline: the first mention in the sentence. Returns the summary and one outcome per sentence.
    """
    outcomes = [
        score_location_sentence(s, find=find, extract=extract, min_mentions=min_mentions) for s in sentences
    ]
    scored = [o for o in outcomes if o.scored]
    n = len(scored)

    def count(status: str) -> int:
        return sum(1 for o in outcomes if o.status == status)

    summary = {
        "n": n,
        "accuracy": share(count("ok"), n),
        "accuracy_when_chosen": share(count("ok"), count("ok") + count("wrong")),
        "baseline_first_mention": share(sum(o.baseline_ok for o in scored), n),
        "gold_among_mentions": share(sum(o.gold_among_mentions for o in scored), n),
        "wrong": count("wrong"),
        "no_incident": count("no_incident"),
        "no_location_choice": count("no_tie"),
        "skipped_fewer_mentions": count("few_mentions"),
        "skipped_no_gold": count("no_gold"),
    }
    return summary, outcomes
