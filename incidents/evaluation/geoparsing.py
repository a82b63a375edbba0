"""Geoparsing evaluation: corpus loaders (GeoWebNews, LGL, TR-News, GeoVirus) and scoring.

The loaders are pure readers of the corpora published with Gritta, Collier & Limsopatham (2019), "A Pragmatic
Guide to Geoparsing Evaluation" (the sets Mordecai 3 reports on), so our figures can stand next to published ones.
Each corpus has its own offset quirk; the loaders repair offsets with one general rule (find the gold name nearest
the stated offset), never with per-case fixes, and record every repair on the document.

Scoring takes the geoparser as a callable so that it can be tested with fakes and run against any implementation.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from incidents.evaluation.metrics import (
    MAX_ERROR_KM,
    haversine_km,
    match_spans,
    prf,
    share,
    summarise_errors,
)

__all__ = [
    "ACC_KM",
    "CORPORA",
    "GWN_PLACE_TYPES",
    "CorpusError",
    "Document",
    "GoldToponym",
    "ResolutionOutcome",
    "load_corpus",
    "load_geovirus",
    "load_gwn",
    "load_lgl",
    "load_trnews",
    "realign",
    "score_end_to_end",
    "score_resolution",
    "summarise_resolution",
]

#: acc@161: a resolution within 161 km (100 miles) of gold counts as correct, the field's standard threshold.
ACC_KM = 161.0

#: GeoWebNews annotation types scored: the toponym types (literal and associative uses of a place name) — the
#: only types that carry gold coordinates. Not scored: Demonym, Language, Homonym, Non_Toponym and the
#: Literal_/Non_Lit_Expression types ("citizens", "lot"), which are not place names.
GWN_PLACE_TYPES: frozenset[str] = frozenset(
    {
        "Literal",
        "Mixed",
        "Literal_Modifier",
        "Embedded_Literal",
        "Coercion",
        "Metonymic",
        "Non_Literal_Modifier",
        "Embedded_Non_Lit",
    }
)


class CorpusError(ValueError):
    """A corpus file cannot be read (malformed XML, missing field); the message names the file and record."""


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """One gold place mention: ``text[start:end] == name`` after offset repair; lat/lon None when unresolved."""

    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None
    geonames_id: int | None
    type: str | None

    @property
    def resolved(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True, slots=True)
class Document:
    """One corpus text with its gold toponyms and a record of the offset repairs the loader made."""

    text: str
    toponyms: tuple[GoldToponym, ...]
    doc_id: str = ""
    realigned: int = 0
    dropped: tuple[str, ...] = ()


# --- offset repair ------------------------------------------------------------------------------------------


def _is_word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def realign(text: str, name: str, start: int) -> int | None:
    """Start offset of ``name`` in ``text`` nearest to the stated ``start``; None when the name is absent.

    Returns ``start`` itself when it is right. Otherwise prefers whole-word occurrences (so "US" is not found
    inside "USA") and, among those, the one closest to the stated offset (ties: the earlier one). Works for
    drift in either direction and for offsets outside the text (GeoWebNews has negative ones).
    """
    if not name:
        return None
    if (
        start >= 0
        and text[start : start + len(name)] == name
        and _is_word_bounded(text, start, start + len(name))
    ):
        return start
    found = [m.start() for m in re.finditer(re.escape(name), text)]
    if not found:
        return None
    bounded = [s for s in found if _is_word_bounded(text, s, s + len(name))]
    pool = bounded or found
    return min(pool, key=lambda s: (abs(s - start), s))


def _fix(
    text: str, name: str, start: int, end: int, label: str, dropped: list[str]
) -> tuple[int, int, bool] | None:
    """Repair one gold span; returns (start, end, was_moved) or None (reason appended to ``dropped``)."""
    if 0 <= start <= end <= len(text) and text[start:end] == name:
        return start, end, False
    new = realign(text, name, start)
    if new is None:
        dropped.append(f"{label}: {name!r} not found in the text (stated offsets {start}-{end})")
        return None
    return new, new + len(name), True


# --- XML helpers --------------------------------------------------------------------------------------------


def _parse(path: Path) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise CorpusError(f"{path}: not well-formed XML ({exc})") from exc
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def _text(el: ET.Element, tag: str) -> str:
    return (el.findtext(tag) or "").strip()


def _int(value: str, where: str) -> int:
    try:
        return int(float(value))
    except ValueError as exc:
        raise CorpusError(f"{where}: {value!r} is not a number") from exc


def _float_or_none(value: str, where: str) -> float | None:
    if not value:
        return None
    try:
        return float(value)
    except ValueError as exc:
        raise CorpusError(f"{where}: {value!r} is not a number") from exc


# --- loaders ------------------------------------------------------------------------------------------------


def load_gwn(path: Path | str, *, types: frozenset[str] = GWN_PLACE_TYPES) -> Iterator[Document]:
    """GeoWebNews (GWN.xml): ``<article file>`` with ``<text>`` and ``<toponyms><toponym>`` children.

    Only annotations whose ``type`` is in ``types`` are kept (default: the place-name types, see
    :data:`GWN_PLACE_TYPES`). Offsets are exact except for a few stated as negative numbers; those are found again
    with :func:`realign`.
    """
    path = Path(path)
    root = _parse(path)
    for k, art in enumerate(root.iter("article")):
        doc_id = art.get("file") or str(k)
        text = art.findtext("text") or ""
        dropped: list[str] = []
        realigned = 0
        tops: list[GoldToponym] = []
        for j, t in enumerate(art.iter("toponym")):
            typ = _text(t, "type") or None
            if typ not in types:
                continue
            where = f"{path}: article {doc_id}, toponym {j}"
            name = t.findtext("extractedName") or ""
            fixed = _fix(
                text, name, _int(_text(t, "start"), where), _int(_text(t, "end"), where), where, dropped
            )
            if fixed is None:
                continue
            realigned += fixed[2]
            gid = _text(t, "geonamesID")
            tops.append(
                GoldToponym(
                    start=fixed[0],
                    end=fixed[1],
                    name=name,
                    lat=_float_or_none(_text(t, "latitude"), where),
                    lon=_float_or_none(_text(t, "longitude"), where),
                    geonames_id=_int(gid, where) if gid else None,
                    type=typ,
                )
            )
        yield Document(
            text=text, toponyms=tuple(tops), doc_id=doc_id, realigned=realigned, dropped=tuple(dropped)
        )


def _load_gaztag_xml(path: Path) -> Iterator[Document]:
    """LGL / TR-News layout: ``<toponym><start/><end/><phrase/><gaztag geonameid><lat/><lon/>...``."""
    root = _parse(path)
    for k, art in enumerate(root.iter("article")):
        doc_id = art.get("docid") or str(k)
        text = art.findtext("text") or ""
        dropped: list[str] = []
        realigned = 0
        tops: list[GoldToponym] = []
        for j, t in enumerate(art.iter("toponym")):
            where = f"{path}: article {doc_id}, toponym {j}"
            name = t.findtext("phrase") or ""
            fixed = _fix(
                text, name, _int(_text(t, "start"), where), _int(_text(t, "end"), where), where, dropped
            )
            if fixed is None:
                continue
            realigned += fixed[2]
            gaz = t.find("gaztag")
            lat = lon = None
            gid = None
            ftype = None
            if gaz is not None:
                lat = _float_or_none(_text(gaz, "lat"), where)
                lon = _float_or_none(_text(gaz, "lon"), where)
                raw_id = (gaz.get("geonameid") or "").strip()
                gid = _int(raw_id, where) if raw_id else None
                ftype = _text(gaz, "fcode") or None
            tops.append(
                GoldToponym(
                    start=fixed[0], end=fixed[1], name=name, lat=lat, lon=lon, geonames_id=gid, type=ftype
                )
            )
        yield Document(
            text=text, toponyms=tuple(tops), doc_id=doc_id, realigned=realigned, dropped=tuple(dropped)
        )


def load_lgl(path: Path | str) -> Iterator[Document]:
    """LGL (lgl.xml): offsets are exact; toponyms without ``<gaztag>`` are unresolved (lat/lon None)."""
    return _load_gaztag_xml(Path(path))


def load_trnews(path: Path | str) -> Iterator[Document]:
    """TR-News (TR-News.xml): LGL layout, but about 10 % of offsets drift by a few characters; realigned."""
    return _load_gaztag_xml(Path(path))


def load_geovirus(path: Path | str) -> Iterator[Document]:
    """GeoVirus (GeoVirus.xml): ``<location><name/><start/><end/><lat/><lon/><page/>``, offsets 1-based.

    ``text[start-1:end-1] == name``. Every ``<location>`` that has a ``<name>`` is a gold mention, including the
    few nested inside another ``<location>`` in the published file (so the count is 2,170, not the 2,167 that
    counting only direct children gives). No GeoNames ids (gold points at Wikipedia pages).
    """
    path = Path(path)
    root = _parse(path)
    for k, art in enumerate(root.iter("article")):
        doc_id = _text(art, "source") or str(k)
        doc_id = f"{k}:{doc_id}"
        text = art.findtext("text") or ""
        dropped: list[str] = []
        realigned = 0
        tops: list[GoldToponym] = []
        for j, loc in enumerate(art.iter("location")):
            if loc.find("name") is None:
                continue
            where = f"{path}: article {k}, location {j}"
            name = loc.findtext("name") or ""
            fixed = _fix(
                text,
                name,
                _int(_text(loc, "start"), where) - 1,
                _int(_text(loc, "end"), where) - 1,
                where,
                dropped,
            )
            if fixed is None:
                continue
            realigned += fixed[2]
            tops.append(
                GoldToponym(
                    start=fixed[0],
                    end=fixed[1],
                    name=name,
                    lat=_float_or_none(_text(loc, "lat"), where),
                    lon=_float_or_none(_text(loc, "lon"), where),
                    geonames_id=None,
                    type=None,
                )
            )
        yield Document(
            text=text, toponyms=tuple(tops), doc_id=doc_id, realigned=realigned, dropped=tuple(dropped)
        )


#: Corpus name (as on the command line) -> loader.
CORPORA: dict[str, Callable[[Path | str], Iterator[Document]]] = {
    "gwn": load_gwn,
    "lgl": load_lgl,
    "trnews": load_trnews,
    "geovirus": load_geovirus,
}


def load_corpus(name: str, path: Path | str) -> Iterator[Document]:
    """Documents of the named corpus (``gwn``, ``lgl``, ``trnews``, ``geovirus``)."""
    try:
        loader = CORPORA[name]
    except KeyError:
        raise CorpusError(f"unknown geoparsing corpus {name!r}; choose one of {', '.join(CORPORA)}") from None
    return loader(path)


# --- scoring ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ResolutionOutcome:
    """One scored gold toponym: what we answered and how far off it was (MAX_ERROR_KM when unanswered)."""

    doc_id: str
    start: int
    end: int
    name: str
    type: str | None
    gold_lat: float
    gold_lon: float
    gold_id: int | None
    pred_id: str | None
    pred_name: str | None
    pred_lat: float | None
    pred_lon: float | None
    error_km: float

    @property
    def answered(self) -> bool:
        return self.pred_lat is not None

    @property
    def id_match(self) -> bool | None:
        """Exact GeoNames id agreement (our ``gn:<id>`` place ids); None when gold has no id."""
        if self.gold_id is None:
            return None
        return self.pred_id == f"gn:{self.gold_id}"


def _outcome(doc: Document, t: GoldToponym, candidate: Any | None) -> ResolutionOutcome:
    place = getattr(candidate, "place", None) if candidate is not None else None
    if t.lat is None or t.lon is None:
        raise ValueError(f"{doc.doc_id}: cannot score {t.name!r} without gold coordinates")
    base = {
        "doc_id": doc.doc_id,
        "start": t.start,
        "end": t.end,
        "name": t.name,
        "type": t.type,
        "gold_lat": t.lat,
        "gold_lon": t.lon,
        "gold_id": t.geonames_id,
    }
    if place is None:
        return ResolutionOutcome(
            **base, pred_id=None, pred_name=None, pred_lat=None, pred_lon=None, error_km=MAX_ERROR_KM
        )
    return ResolutionOutcome(
        **base,
        pred_id=place.place_id,
        pred_name=place.name,
        pred_lat=place.lat,
        pred_lon=place.lon,
        error_km=haversine_km(t.lat, t.lon, place.lat, place.lon),
    )


def score_resolution(
    docs: Iterable[Document],
    resolve: Callable[[str, Sequence[tuple[int, int]]], Sequence[Any | None]],
) -> list[ResolutionOutcome]:
    """Resolution given gold spans: one outcome per gold toponym that has gold coordinates.

    ``resolve(text, spans)`` gets every gold span of the document (resolved or not: all are real place mentions
    and give context) and returns one candidate (with ``.place.lat/.lon/.place_id``) or None per span.
    """
    out: list[ResolutionOutcome] = []
    for doc in docs:
        if not doc.toponyms:
            continue
        spans = [(t.start, t.end) for t in doc.toponyms]
        answers = list(resolve(doc.text, spans))
        if len(answers) != len(spans):
            raise ValueError(
                f"resolver returned {len(answers)} answers for {len(spans)} spans ({doc.doc_id})"
            )
        out.extend(_outcome(doc, t, a) for t, a in zip(doc.toponyms, answers, strict=True) if t.resolved)
    return out


def summarise_resolution(outcomes: Sequence[ResolutionOutcome], *, by_type: bool = False) -> dict[str, Any]:
    """acc@161, median/mean error (unanswered charged MAX_ERROR_KM), exact-id rate where gold has an id."""
    errors = [o.error_km for o in outcomes]
    summary: dict[str, Any] = summarise_errors(errors, ks={"acc161": ACC_KM})
    summary["unresolved"] = sum(1 for o in outcomes if not o.answered)
    with_id = [o for o in outcomes if o.id_match is not None]
    summary["n_with_id"] = len(with_id)
    summary["exact_id"] = share(sum(1 for o in with_id if o.id_match), len(with_id))
    # answers whose id is ours ("country:IRQ", "adm1:...", "icao:...") can never match a GeoNames id
    summary["answers_without_geonames_id"] = sum(
        1 for o in with_id if o.pred_id is not None and not o.pred_id.startswith("gn:")
    )
    if by_type:
        types = sorted({o.type or "-" for o in outcomes})
        summary["by_type"] = {
            t: summarise_errors([o.error_km for o in outcomes if (o.type or "-") == t], ks={"acc161": ACC_KM})
            for t in types
        }
    return summary


def score_end_to_end(
    docs: Iterable[Document], find: Callable[[str], Sequence[Any]]
) -> tuple[dict[str, Any], list[ResolutionOutcome]]:
    """Recognition + resolution from raw text.

    ``find(text)`` returns place mentions (``.start``, ``.end``, ``.candidates`` best first). Recognition is scored
    two ways with one-to-one pairing: strict (identical offsets) and overlap (any shared character). Resolution is
    scored on the gold toponyms with coordinates that an overlapping prediction was paired with, using that
    prediction's top candidate (none: charged MAX_ERROR_KM). Returns the summary and those outcomes.
    """
    n_gold = n_pred = tp_strict = tp_overlap = n_docs = 0
    outcomes: list[ResolutionOutcome] = []
    gold_resolved = 0
    for doc in docs:
        n_docs += 1
        mentions = list(find(doc.text))
        gold = [(t.start, t.end) for t in doc.toponyms]
        pred = [(m.start, m.end) for m in mentions]
        n_gold += len(gold)
        n_pred += len(pred)
        gold_resolved += sum(1 for t in doc.toponyms if t.resolved)
        tp_strict += match_spans(gold, pred, strict=True).tp
        overlap = match_spans(gold, pred, strict=False)
        tp_overlap += overlap.tp
        for gi, pj in overlap.pairs:
            t = doc.toponyms[gi]
            if t.resolved:
                cands = mentions[pj].candidates
                outcomes.append(_outcome(doc, t, cands[0] if cands else None))
    strict = prf(tp_strict, n_pred, n_gold)
    loose = prf(tp_overlap, n_pred, n_gold)
    summary: dict[str, Any] = summarise_errors([o.error_km for o in outcomes], ks={"acc161": ACC_KM})
    summary.update(
        {
            "docs": n_docs,
            "n_gold": n_gold,
            "n_pred": n_pred,
            "gold_with_coordinates": gold_resolved,
            "precision": strict.precision,
            "recall": strict.recall,
            "f1": strict.f1,
            "overlap": {"precision": loose.precision, "recall": loose.recall, "f1": loose.f1, "tp": loose.tp},
            "strict_tp": strict.tp,
            "unresolved": sum(1 for o in outcomes if not o.answered),
        }
    )
    return summary, outcomes
