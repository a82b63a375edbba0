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

from geodata.build import F_COMMON, F_CORE, F_FACILITY, F_PRIMARY, F_PROXY, F_VARIANT
from geodata.model import Candidate

if TYPE_CHECKING:
    from geodata.gazetteer import Gazetteer

__all__ = ["MentionContext", "rank_candidates", "resolve_document"]

_MAX_CANDIDATES = 30

# prior by kind code (site, airport, settlement, admin2, admin1, country) for each pattern
_KIND_PRIOR = {
    "facility": np.array([7.0, 6.0, 2.0, 0.5, 0.5, 0.0]),
    "admin1": np.array([0.0, 0.0, 1.0, 3.0, 7.0, 0.5]),
    "name": np.array([1.0, 0.5, 0.0, 2.5, 4.0, 6.0]),
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
        score += np.where(gz.is_capital[rows], 1.5, 0.0)
    src_sites = gz._source_list.index("sites.csv") if "sites.csv" in gz._source_list else -1
    if src_sites >= 0:
        score += np.where(
            gz._source[rows] == src_sites, _CURATED_NAME_BONUS if pattern == "name" else 1.0, 0.0
        )
    score += np.where(flags & F_PRIMARY, 2.5, 0.0)
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


def _to_candidates(
    gz: Gazetteer, ctx: MentionContext, scores: np.ndarray, limit: int = 10
) -> list[Candidate]:
    order = np.argsort(-scores, kind="stable")[:limit]
    out = []
    for j in order:
        i = int(ctx.rows[j])
        prec = "admin2" if ctx.flags[j] & F_PROXY else gz.precision(i)
        out.append(Candidate(place=gz.place(i), score=round(float(scores[j]), 4), precision=prec))
    return out


def rank_candidates(
    gz: Gazetteer, rows: np.ndarray, flags: np.ndarray, *, pattern: str = "name"
) -> list[Candidate]:
    """Candidates ranked by prior only (no document context): what ``Gazetteer.lookup`` returns."""
    ctx = prepare(gz, rows, flags, pattern)
    return _to_candidates(gz, ctx, ctx.scores, limit=_MAX_CANDIDATES)


def _haversine_km(lat1: float, lon1: float, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    p1, p2 = math.radians(lat1), np.radians(lat2)
    dphi = p2 - p1
    dl = np.radians(lon2) - math.radians(lon1)
    a = np.sin(dphi / 2) ** 2 + math.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 6371.0 * 2 * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def _softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - np.max(x))
    return e / e.sum()


# weights of the context terms (see module docstring)
_W_COUNTRY = 3.0
_W_ADMIN1 = 2.0
_W_NEAR = 2.0
_NEAR_KM = 150.0
_CONTEXT_TOP = 15  # candidates per mention that feed the document context


def resolve_document(
    gz: Gazetteer,
    mentions: Sequence[MentionContext],
    *,
    demonym_countries: dict[str, float] | None = None,
    country_hint: str | None = None,
    keys: Sequence[str] | None = None,
) -> list[list[Candidate]]:
    """Rank every mention's candidates using the other mentions of the same document.

    Each distinct name (``keys``; repeated mentions of one name count once, so "Paris" said ten times does not
    vote for itself) spreads a soft belief over its candidates' countries, provinces and locations; a
    candidate then gains from the other names' beliefs (leave-one-out): ``_W_COUNTRY`` x the share of the
    document's country belief in its country, ``_W_ADMIN1`` x the share in its province, ``_W_NEAR`` x how
    close it is to the other names' likely places. Two rounds, so confident names steer ambiguous ones.

    Parameters
    ----------
    mentions
        Prepared mentions (see :func:`prepare`), in text order; ``container`` links "X in Y province".
    demonym_countries
        ISO3 -> weight from demonyms in the text ("Iraqi" -> IRQ).
    country_hint
        ISO3 the caller knows the report is about (e.g. from the feed), weighted like two mentions.
    keys
        Name of each mention (default: each mention is its own name).
    """
    n = len(mentions)
    keys = list(keys) if keys is not None else [str(k) for k in range(n)]
    fixed: dict[str, float] = dict(demonym_countries or {})
    if country_hint:
        fixed[country_hint.upper()] = fixed.get(country_hint.upper(), 0.0) + 2.0
    # one entity per distinct name: its candidate rows and prior scores (first mention's)
    ent_of: dict[str, int] = {}
    ent_rows: list[np.ndarray] = []
    ent_prior: list[np.ndarray] = []
    for k, m in zip(keys, mentions, strict=True):
        if k not in ent_of and len(m.rows):
            ent_of[k] = len(ent_rows)
            top = np.argsort(-m.scores, kind="stable")[:_CONTEXT_TOP]
            ent_rows.append(m.rows[top])
            ent_prior.append(m.scores[top])
    n_ent = len(ent_rows)
    iso_idx = [gz._iso3[r].astype(np.int64) for r in ent_rows]
    adm_idx = [gz._admin1[r].astype(np.int64) for r in ent_rows]
    adm_own = [
        np.where(gz._kind[r] == 4, _admin1_self(gz, r), gz._admin1[r]).astype(np.int64) for r in ent_rows
    ]
    n_iso = len(gz._iso3_list) + 1
    fixed_vec = np.zeros(n_iso)
    for iso3, w in fixed.items():
        if iso3 in gz._iso3_list:
            fixed_vec[gz._iso3_list.index(iso3)] += w
    scores_ent = [p.copy() for p in ent_prior]
    closeness = np.zeros((0, 0))
    # context only matters when some name is ambiguous
    rounds = 2 if any(len(r) > 1 for r in ent_rows) else 0
    if n_ent > 1 and rounds:
        closeness = np.exp(-_distance_matrix(gz, np.concatenate(ent_rows)) / _NEAR_KM)
    for _round in range(rounds):
        probs = [_softmax(s) for s in scores_ent]
        nears = (
            _nearness_all(gz, ent_rows, probs, closeness)
            if n_ent > 1
            else [np.zeros(len(r)) for r in ent_rows]
        )
        c_vec = np.zeros((n_ent, n_iso))
        a_bel: list[dict[int, float]] = []
        for e in range(n_ent):
            np.add.at(c_vec[e], np.where(iso_idx[e] >= 0, iso_idx[e], n_iso - 1), probs[e])
            d: dict[int, float] = {}
            for a, p in zip(adm_own[e], probs[e], strict=True):
                if a >= 0:
                    d[int(a)] = d.get(int(a), 0.0) + float(p)
            a_bel.append(d)
        c_total = c_vec.sum(axis=0) + fixed_vec
        a_total: dict[int, float] = {}
        for d in a_bel:
            for a, p in d.items():
                a_total[a] = a_total.get(a, 0.0) + p
        new_scores = []
        for e in range(n_ent):
            s = ent_prior[e].copy()
            if len(s) > 1 or n_ent > 1:
                kinds = gz._kind[ent_rows[e]]
                c_loo = c_total - c_vec[e]
                c_loo[n_iso - 1] = 0.0
                tot = c_loo.sum()
                share = np.zeros(len(s))
                if tot > 0:
                    share = c_loo[np.where(iso_idx[e] >= 0, iso_idx[e], n_iso - 1)] / tot
                    s += _W_COUNTRY * share
                a_loo_tot = sum(a_total.values()) - sum(a_bel[e].values())
                share_a = np.zeros(len(s))
                if a_loo_tot > 0:
                    share_a = np.array(
                        [
                            (a_total.get(int(a), 0.0) - a_bel[e].get(int(a), 0.0)) / a_loo_tot
                            if a >= 0
                            else 0.0
                            for a in adm_idx[e]
                        ]
                    )
                    s += _W_ADMIN1 * np.where(kinds == 5, 0.0, share_a)
                # areas are "near" what lies inside them: a country gets its country share, a province its
                # province share, in place of point-to-point nearness (else context always favours points)
                near = nears[e]
                near = np.where(kinds == 5, share, np.where(kinds == 4, np.maximum(share_a, near), near))
                s += _W_NEAR * near
            new_scores.append(s)
        scores_ent = new_scores
    # context bonus per entity candidate, applied to every mention of that name (all its candidates)
    bonus_of: list[dict[int, float]] = [
        {int(r): float(s - p) for r, s, p in zip(ent_rows[e], scores_ent[e], ent_prior[e], strict=True)}
        for e in range(n_ent)
    ]
    out: list[list[Candidate]] = []
    for k, m in zip(keys, mentions, strict=True):
        if len(m.rows) == 0:
            out.append([])
            continue
        scores = m.scores.copy()
        e = ent_of.get(k)
        if e is not None:
            scores += np.array([bonus_of[e].get(int(r), 0.0) for r in m.rows])
        if m.container is not None and 0 <= m.container < n:
            scores += _containment(gz, m, mentions[m.container])
        out.append(_to_candidates(gz, m, scores))
    return out


def _admin1_self(gz: Gazetteer, rows: np.ndarray) -> np.ndarray:
    return gz._admin1[rows]


def _distance_matrix(gz: Gazetteer, rows: np.ndarray) -> np.ndarray:
    """Great-circle distances (km) between all pairs of ``rows``."""
    lat = np.radians(gz.lat[rows])
    lon = np.radians(gz.lon[rows])
    a = (
        np.sin((lat[None, :] - lat[:, None]) / 2) ** 2
        + np.cos(lat)[:, None] * np.cos(lat)[None, :] * np.sin((lon[None, :] - lon[:, None]) / 2) ** 2
    )
    return 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def _nearness_all(
    gz: Gazetteer, ent_rows: list[np.ndarray], probs: list[np.ndarray], closeness: np.ndarray
) -> list[np.ndarray]:
    """How close each candidate is to the other names' likely places (0 .. 1), for every entity at once.

    ``closeness`` = exp(-distance / _NEAR_KM) between all stacked candidates (countries excluded as targets).
    """
    sizes = [len(r) for r in ent_rows]
    starts = np.cumsum([0, *sizes])
    allrows = np.concatenate(ent_rows) if ent_rows else np.zeros(0, dtype=np.int64)
    weight = np.concatenate(probs) if probs else np.zeros(0)
    weight = np.where(gz._kind[allrows] < 5, weight, 0.0)
    weighted = closeness * weight[None, :]
    # best weighted closeness to each other entity: max over that entity's columns
    per_ent = np.maximum.reduceat(weighted, starts[:-1], axis=1) if len(allrows) else weighted
    out = []
    for e in range(len(ent_rows)):
        block = per_ent[starts[e] : starts[e + 1]].copy()
        block[:, e] = 0.0
        total = block.sum(axis=1)
        point = gz._kind[ent_rows[e]] < 4
        out.append(np.where(point, np.minimum(total, 1.5) / 1.5, 0.0))
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
