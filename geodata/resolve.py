"""Rank the candidate places of each mention, using the whole document as context.

Score of a candidate (higher is better; comparable within one mention only) =

* a **prior** from what the mention looks like and what the place is: for facility patterns ("X air base",
  "X airport") curated sites > airports > the city; for "X province" provinces; for plain names countries,
  provinces, capitals and large places (log10 of population), with curated sites named outright high;
  main names beat alternate names, generated variants a little less;
* **country context**: countries mentioned in the report, demonyms ("Iraqi"), the countries of the other
  mentions that are unambiguous, an optional ``country_hint``;
* **containment**: "X in Y province" / "X, Y" — X inside Y (same admin1 code or admin1 name, or same country);
* **proximity** to the other confident mentions (a report's places cluster).

Two passes: the first picks confident mentions, the second scores everything with their context.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from geodata.build import F_COMMON, F_CORE, F_FACILITY, F_PRIMARY, F_VARIANT
from geodata.model import Candidate

if TYPE_CHECKING:
    from geodata.gazetteer import Gazetteer

__all__ = ["MentionContext", "rank_candidates", "resolve_document"]

_MAX_CANDIDATES = 60

# prior by kind code (site, airport, settlement, admin2, admin1, country) for each pattern
_KIND_PRIOR = {
    "facility": np.array([7.0, 6.0, 2.0, 0.5, 0.5, 0.0]),
    "admin1": np.array([0.0, 0.0, 1.0, 3.0, 7.0, 0.5]),
    "name": np.array([1.0, 0.5, 0.0, 2.5, 4.0, 5.5]),
    "country": np.array([0.0, 0.0, 0.0, 1.0, 3.0, 7.0]),
}
_SETTLEMENT = 2
_CURATED_NAME_BONUS = 4.0  # a curated site named outright ("Ain al-Asad") is what the reports mean


@dataclass
class MentionContext:
    """What resolution needs to know about one mention (rows/flags from the gazetteer, pattern, container)."""

    rows: np.ndarray
    flags: np.ndarray
    pattern: str
    container: int | None = None  # index of the mention that contains this one ("X in Y province")
    weight: float = 1.0
    scores: np.ndarray = field(default_factory=lambda: np.zeros(0))


def _prior(gz: Gazetteer, rows: np.ndarray, flags: np.ndarray, pattern: str) -> np.ndarray:
    kinds = gz._kind[rows]
    table = _KIND_PRIOR.get(pattern, _KIND_PRIOR["name"])
    score = table[kinds].astype(np.float64)
    pop = gz.population[rows].astype(np.float64)
    settle = kinds == _SETTLEMENT
    if pattern == "facility":
        score += np.where(settle, 0.3 * np.log10(pop + 1.0), 0.0)
    else:
        score += np.where(settle, 0.75 * np.log10(pop + 1.0), 0.0)
        capital = np.array([gz.fcode_of(int(r)) == "PPLC" for r in rows]) if len(rows) else np.zeros(0, bool)
        score += np.where(capital, 1.5, 0.0)
    src_sites = gz._source_list.index("sites.csv") if "sites.csv" in gz._source_list else -1
    if src_sites >= 0:
        score += np.where(gz._source[rows] == src_sites, _CURATED_NAME_BONUS if pattern == "name" else 1.0, 0.0)
    score += np.where(flags & F_PRIMARY, 1.0, 0.0)
    score -= np.where(flags & F_VARIANT, 0.3, 0.0)
    # a full facility name used as a plain name ("Lowell Field") is a facility mention
    score += np.where((flags & F_FACILITY) & (pattern == "name"), 4.0, 0.0)
    return score


def _valid(flags: np.ndarray, pattern: str) -> np.ndarray:
    ok = np.ones(len(flags), dtype=bool)
    if pattern != "facility":
        ok &= (flags & F_CORE) == 0
    return ok


def _dedupe(gz: Gazetteer, rows: np.ndarray, flags: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One posting per place (a key can reach the same place through several names): OR the flags."""
    if len(rows) <= 1:
        return rows, flags
    uniq, inv = np.unique(rows, return_inverse=True)
    if len(uniq) == len(rows):
        return rows, flags
    merged = np.zeros(len(uniq), dtype=flags.dtype)
    np.bitwise_or.at(merged, inv, flags)
    return uniq, merged


def prepare(gz: Gazetteer, rows: np.ndarray, flags: np.ndarray, pattern: str) -> MentionContext:
    """Filter postings valid for ``pattern``, attach priors and keep the best :data:`_MAX_CANDIDATES`."""
    rows, flags = _dedupe(gz, np.asarray(rows), np.asarray(flags))
    ok = _valid(flags, pattern)
    rows, flags = rows[ok], flags[ok]
    prior = _prior(gz, rows, flags, pattern)
    if len(rows) > _MAX_CANDIDATES:
        keep = np.argsort(-prior, kind="stable")[:_MAX_CANDIDATES]
        rows, flags, prior = rows[keep], flags[keep], prior[keep]
    return MentionContext(rows=rows, flags=flags, pattern=pattern, scores=prior)


def _to_candidates(gz: Gazetteer, ctx: MentionContext, scores: np.ndarray) -> list[Candidate]:
    order = np.argsort(-scores, kind="stable")
    out = []
    for j in order:
        i = int(ctx.rows[j])
        prec = gz.precision(i)
        out.append(Candidate(place=gz.place(i), score=round(float(scores[j]), 4), precision=prec))
    return out


def rank_candidates(gz: Gazetteer, rows: np.ndarray, flags: np.ndarray, *, pattern: str = "name") -> list[Candidate]:
    """Candidates ranked by prior only (no document context): what ``Gazetteer.lookup`` returns."""
    ctx = prepare(gz, rows, flags, pattern)
    return _to_candidates(gz, ctx, ctx.scores)


def _haversine_km(lat1: float, lon1: float, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    p1, p2 = math.radians(lat1), np.radians(lat2)
    dphi = p2 - p1
    dl = np.radians(lon2) - math.radians(lon1)
    a = np.sin(dphi / 2) ** 2 + math.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 6371.0 * 2 * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def _confident(ctx: MentionContext) -> int | None:
    """Index of the clear winner of a mention (margin >= 1.5 over the runner-up), else None."""
    if len(ctx.scores) == 0:
        return None
    order = np.argsort(-ctx.scores, kind="stable")
    if len(order) == 1 or ctx.scores[order[0]] - ctx.scores[order[1]] >= 1.5:
        return int(order[0])
    return None


def resolve_document(
    gz: Gazetteer,
    mentions: Sequence[MentionContext],
    *,
    demonym_countries: dict[str, float] | None = None,
    country_hint: str | None = None,
) -> list[list[Candidate]]:
    """Rank every mention's candidates using the other mentions of the same document.

    Parameters
    ----------
    mentions
        Prepared mentions (see :func:`prepare`), in text order; ``container`` links "X in Y province".
    demonym_countries
        ISO3 -> weight from demonyms in the text ("Iraqi" -> IRQ).
    country_hint
        ISO3 the caller knows the report is about (e.g. from the feed), weighted like two mentions.
    """
    kinds_country = 5
    kinds_admin1 = 4
    weights: dict[str, float] = dict(demonym_countries or {})
    if country_hint:
        weights[country_hint.upper()] = weights.get(country_hint.upper(), 0.0) + 2.0
    picks: list[int | None] = [_confident(m) for m in mentions]
    for m, p in zip(mentions, picks, strict=True):
        if p is None:
            continue
        i = int(m.rows[p])
        iso3 = gz.iso3_of(i)
        if iso3:
            w = 1.0 if gz._kind[i] == kinds_country else 0.5
            weights[iso3] = weights.get(iso3, 0.0) + w * m.weight
    total = sum(weights.values())
    share = {k: v / total for k, v in weights.items()} if total else {}
    # confident point locations (not countries/provinces: their label points say little about proximity)
    pts = [
        (k, int(m.rows[p]))
        for k, (m, p) in enumerate(zip(mentions, picks, strict=True))
        if p is not None and gz._kind[int(m.rows[p])] < kinds_admin1
    ]
    out: list[list[Candidate]] = []
    for k, m in enumerate(mentions):
        if len(m.rows) == 0:
            out.append([])
            continue
        scores = m.scores.copy()
        if share and len(m.rows) > 1:
            iso = [gz.iso3_of(int(r)) for r in m.rows]
            scores += np.array([3.0 * share.get(c, 0.0) if c else 0.0 for c in iso])
        if m.container is not None and 0 <= m.container < len(mentions):
            scores += _containment(gz, m, mentions[m.container])
        others = [i for (j, i) in pts if j != k]
        if others and len(m.rows) > 1:
            olat = gz.lat[others]
            olon = gz.lon[others]
            bonus = np.zeros(len(m.rows))
            for j, r in enumerate(m.rows):
                if gz._kind[int(r)] >= kinds_admin1:
                    continue
                d = _haversine_km(float(gz.lat[r]), float(gz.lon[r]), olat, olon)
                bonus[j] = 1.5 * float(np.exp(-np.min(d) / 300.0))
            scores += bonus
        out.append(_to_candidates(gz, m, scores))
    return out


def _containment(gz: Gazetteer, inner: MentionContext, outer: MentionContext) -> np.ndarray:
    """Bonus for inner candidates inside one of the outer mention's admin1/country candidates."""
    codes = set()
    names = set()
    countries = set()
    for r in outer.rows:
        r = int(r)
        kind = int(gz._kind[r])
        if kind == 4:
            c = gz.admin1_code_of(r)
            if c:
                codes.add(c)
            n = gz.admin1_of(r)
            if n:
                names.add(n)
        elif kind == 5:
            iso = gz.iso3_of(r)
            if iso:
                countries.add(iso)
    bonus = np.zeros(len(inner.rows))
    if not (codes or names or countries):
        return bonus
    for j, r in enumerate(inner.rows):
        r = int(r)
        if (gz.admin1_code_of(r) or "") in codes or (gz.admin1_of(r) or "") in names:
            bonus[j] = 4.0
        elif gz.iso3_of(r) in countries:
            bonus[j] = 3.0
    return bonus


def is_common(flags: np.ndarray) -> bool:
    """True when every posting of a key is a common word kept for an important place."""
    return bool(len(flags)) and bool(np.all(flags & F_COMMON))
