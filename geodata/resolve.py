"""Rank the candidate places of each mention, using the whole document as context.

Score of a candidate (higher is better; comparable within one mention only) =

* a **prior** from what the mention looks like and what the place is: for facility patterns ("X air base",
  "X airport") curated sites > airports > the city; for "X province" provinces; for plain names a base by kind
  plus importance: 0.75 x log10(people) of a settlement, 0.3 x log10(people) of a province (the people of its
  places) or country, +1.5 for a capital; a province named after its own big city (>= 25 % of its people:
  "Basra", "Sulaimani") gives way to the city; curated sites named outright high; main names beat alternate
  names, generated variants a little less;
* **country context**: countries mentioned in the report, demonyms ("Iraqi"), the countries the other names
  most likely are, an optional ``country_hint``;
* **province context** and **proximity** to the other names' likely places (a report's places cluster; each
  other name's candidates count by their belief relative to that name's best, so an ambiguous name still pulls);
* **containment**: "X in Y province" / "X, Y" — X inside Y (same admin1 code or admin1 name, or same country).

One distinct name is one vote and gets one sense per document. Context is computed for all candidates of all
names at once (flat numpy arrays, two rounds of soft beliefs), so its cost does not grow with Python loops
over candidates. Weights were chosen on the dev corpora (GeoVirus + half of LGL; docs/evaluation.md).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from geodata.build import F_COMMON, F_CORE, F_FACILITY, F_FALLBACK, F_PRIMARY, F_PROXY, F_VARIANT
from geodata.distance import haversine_km_array
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
_W_POP = 0.75  # x log10(population) of a settlement
_W_AREA_POP = 0.3  # x log10(people) of a province / country (tuned on dev)
_W_CAPITAL = 1.5
_NAMESAKE_SHARE = 0.25  # a city with this share of its province's people is what the province's name means
_NAMESAKE_PENALTY = 2.0
_NAMESAKE_NEAR_KM = 100.0  # a city this close to a province's point is its namesake even as its own province
_CURATED_NAME_BONUS = 4.0  # a curated site named outright ("Ain al-Asad") is what the reports mean
#: a curated conflict town (towns.csv: no population recorded) weighs as a settlement of this many people: the table
#: holds towns reporting names, so one with the report's country context must be able to beat a namesake city of
#: 10,000-100,000 people abroad (country context adds at most _W_COUNTRY); without context the bigger namesake wins
_CURATED_TOWN_PEOPLE = 5_000


@dataclass
class MentionContext:
    """What resolution needs to know about one mention (rows/flags from the gazetteer, pattern, container)."""

    rows: np.ndarray
    flags: np.ndarray
    pattern: str
    container: int | None = None  # index of the mention that contains this one ("X in Y province")
    weight: float = 1.0
    scores: np.ndarray = field(default_factory=lambda: np.zeros(0))
    #: memoised facts of the prepared candidates, shared between documents (see :func:`prepare`): the rows and
    #: flags as Python lists, the order of ``scores`` (stable, best first) and whether all are fallback guesses
    rows_list: list[int] | None = None
    flags_list: list[int] | None = None
    order: np.ndarray | None = None
    fallback: bool | None = None
    #: kind of the first best candidate (first in the stable order by prior), None when not known
    top_kind: str | None = None


def _prior(gz: Gazetteer, rows: np.ndarray, flags: np.ndarray, pattern: str) -> np.ndarray:
    kinds = gz._kind[rows]
    table = _KIND_PRIOR.get(pattern, _KIND_PRIOR["name"])
    score = table[kinds].astype(np.float64)
    logpop = gz.log_pop[rows]
    settle = kinds == _SETTLEMENT
    if pattern == "facility":
        score += np.where(settle, 0.3 * logpop, 0.0)
    else:
        # importance: log10 of the people of a place, or of the places of a province / of a country
        score += np.where(settle, _W_POP * logpop, np.where(kinds >= 4, _W_AREA_POP * logpop, 0.0))
        capital = gz.is_capital[rows]
        if capital.any():
            score += np.where(capital, _W_CAPITAL, 0.0)
    # (each term below is added only when some candidate has it: adding zeros leaves every score as it is, and a
    # name's first sight costs a numpy call less per term)
    src_sites = gz._source_list.index("sites.csv") if "sites.csv" in gz._source_list else -1
    if src_sites >= 0:
        curated = gz._source[rows] == src_sites
        if curated.any():
            score += np.where(curated, _CURATED_NAME_BONUS if pattern == "name" else 1.0, 0.0)
    src_towns = gz._source_list.index("towns.csv") if "towns.csv" in gz._source_list else -1
    if src_towns >= 0 and pattern != "facility":
        town = gz._source[rows] == src_towns
        if town.any():
            score += np.where(town & settle, _W_POP * np.log10(_CURATED_TOWN_PEOPLE), 0.0)
    airf = gz.__dict__.get("_airf_code")
    if airf is None:
        airf = gz.__dict__["_airf_code"] = gz._fcode_list.index("AIRF") if "AIRF" in gz._fcode_list else -1
    if airf >= 0:
        strip = gz._fcode[rows] == airf
        if strip.any():
            # a strip with no scheduled service ("Heathrow Airport", Texas) is not what a report means when a
            # major airport has the name too ("Heathrow airport" of London Heathrow Airport)
            score -= np.where(strip, _AIRFIELD_PENALTY, 0.0)
    any_flags = int(np.bitwise_or.reduce(flags)) if len(flags) else 0
    if any_flags & F_PRIMARY:
        score += np.where(flags & F_PRIMARY, 2.5, 0.0)
    if any_flags & F_VARIANT:
        score -= np.where(flags & F_VARIANT, 0.3, 0.0)
    # a full facility name used as a plain name ("Lowell Field") is a facility mention
    if any_flags & F_FACILITY and pattern == "name":
        score += np.where(flags & F_FACILITY, 4.0, 0.0)
    return score


def _namesake_penalty(gz: Gazetteer, rows: np.ndarray, flags: np.ndarray) -> np.ndarray:
    """Penalty for a province named after its own big city ("Basra", "Sulaimani", "New York").

    When a name is both a province and a settlement inside it that holds at least ``_NAMESAKE_SHARE`` of the
    province's people, a plain mention means the city; a state that only shares its name with small towns
    ("California", "Georgia") keeps its prior.
    """
    kinds = gz._kind[rows]
    out = np.zeros(len(rows))
    is_prov = kinds == 4
    if not is_prov.any():
        return out
    prov = np.flatnonzero(is_prov)
    settle = np.flatnonzero(kinds == _SETTLEMENT)
    if not len(settle):
        return out
    adm = gz._admin1[rows]
    people = gz.log_pop[rows]
    # a national capital outside a province of its own country that bears its name ("Washington"): the bare
    # name means the seat of government, as news uses it ("Washington said"); "Washington state" or a place in
    # the state named nearby still win through the province word and the document context
    capitals = settle[gz.is_capital[rows[settle]]]
    iso = gz._iso3[rows]
    for j in prov:
        if len(capitals) and ((iso[capitals] == iso[j]) & (adm[capitals] != adm[j])).any():
            out[j] = _NAMESAKE_PENALTY
            continue
        # inside: in the province, or a city that is its own province within it ("Kiev" oblast around Kyiv)
        near = haversine_km_array(
            float(gz.lat[rows[j]]), float(gz.lon[rows[j]]), gz.lat[rows[settle]], gz.lon[rows[settle]]
        )
        inside = settle[(adm[settle] == adm[j]) | (near <= _NAMESAKE_NEAR_KM)]
        if not len(inside):
            continue
        # a big namesake city; or any namesake town when the name is only one of the province's other names
        # ("Deir Ezzor" is the city; the province is "Dayr Az Zawr", also called Deir Ezzor)
        if people[inside].max() >= people[j] + math.log10(_NAMESAKE_SHARE) or not flags[j] & F_PRIMARY:
            out[j] = _NAMESAKE_PENALTY
    return out


_AIRFIELD_PENALTY = 3.0  # more than a primary name's bonus over a variant's (2.5 + 0.3)

_TOWN_PROVINCES = 5  # provinces added for "<town> province": those of the most populous namesake towns


def _provinces_of_towns(gz: Gazetteer, rows: np.ndarray, flags: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """ "Erbil province", "Deir Ezzor governorate": the province a town gives its name to, when the name is the
    town's and not the province's own (the layer calls Deir Ezzor's Dayr Az Zawr). The provinces of the most
    populous towns of that name join the candidates as variants; the province word then ranks them first."""
    kinds = gz._kind[rows]
    settle = np.flatnonzero(kinds == _SETTLEMENT)
    if not len(settle):
        return rows, flags
    # a province that has the name itself wins ("Anbar province" is Al-Anbar, whatever towns are called)
    if (kinds == 4).any():
        return rows, flags
    have: set[int] = set()
    extra: list[int] = []
    for j in settle[np.argsort(-gz.log_pop[rows[settle]], kind="stable")][:_TOWN_PROVINCES]:
        code = gz.admin1_code_of(int(rows[j]))
        prov = gz.index_of(f"adm1:{code}") if code else None
        if prov is not None and prov not in have:
            have.add(prov)
            extra.append(prov)
    if not extra:
        return rows, flags
    return (
        np.concatenate([rows, np.array(extra, dtype=rows.dtype)]),
        np.concatenate([flags, np.full(len(extra), F_VARIANT, dtype=flags.dtype)]),
    )


def _valid(flags: np.ndarray, pattern: str) -> np.ndarray:
    ok = np.ones(len(flags), dtype=bool)
    if pattern != "facility":
        ok &= (flags & F_CORE) == 0
    return ok


def _dedupe(gz: Gazetteer, rows: np.ndarray, flags: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One posting per place (a key can reach the same place through several names): OR the flags."""
    if len(rows) <= 1 or (len(rows) <= 256 and len(set(rows.tolist())) == len(rows)):
        return rows, flags  # (the common case, told by a set: np.unique costs tens of microseconds)
    uniq, inv = np.unique(rows, return_inverse=True)
    if len(uniq) == len(rows):
        return rows, flags
    merged = np.zeros(len(uniq), dtype=flags.dtype)
    np.bitwise_or.at(merged, inv, flags)
    return uniq, merged


def prepare(
    gz: Gazetteer, rows: np.ndarray, flags: np.ndarray, pattern: str, *, key: int | None = None
) -> MentionContext:
    """Filter postings valid for ``pattern``, attach priors and keep the best :data:`_MAX_CANDIDATES`.

    ``key``: the gazetteer key whose whole postings ``rows``/``flags`` are, when they are (a cheaper memo key
    than the arrays' bytes, which a name with thousands of postings makes costly to build and hash).
    """
    rows, flags = np.asarray(rows), np.asarray(flags)
    memo = (pattern, key) if key is not None else (pattern, rows.tobytes(), flags.tobytes())
    cache = gz.__dict__.setdefault("_prepared", {})
    hit = cache.get(memo)
    if hit is None:
        hit = _prepare(gz, rows, flags, pattern)
        if len(cache) > _PREPARED_CACHE:
            cache.clear()
        cache[memo] = hit
    # positional, in the fields' order (rows, flags, pattern, container, weight, scores, rows_list, flags_list,
    # order, fallback, top_kind): a report prepares dozens, keyword passing costs more than the lookup
    return MentionContext(hit[0], hit[1], pattern, None, 1.0, hit[2], hit[3], hit[4], hit[5], hit[6], hit[7])


_PREPARED_CACHE = 50_000  # names whose prepared candidates are kept across documents


def _prepare(
    gz: Gazetteer, rows: np.ndarray, flags: np.ndarray, pattern: str
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[int], list[int], np.ndarray, bool, str | None]:
    rows, flags = _dedupe(gz, rows, flags)
    ok = _valid(flags, pattern)
    rows, flags = rows[ok], flags[ok]
    if pattern == "admin1":
        rows, flags = _provinces_of_towns(gz, rows, flags)
    prior = _prior(gz, rows, flags, pattern)
    if pattern == "name":
        prior = prior - _namesake_penalty(gz, rows, flags)
    if len(rows) > _MAX_CANDIDATES:
        keep = np.argsort(-prior, kind="stable")[:_MAX_CANDIDATES]
        rows, flags, prior = rows[keep], flags[keep], prior[keep]
    order = np.argsort(-prior, kind="stable")
    for a in (rows, flags, prior, order):
        a.flags.writeable = False  # shared between documents through the cache
    top_kind = gz.kind_of(int(rows[int(order[0])])) if len(rows) else None
    return rows, flags, prior, rows.tolist(), flags.tolist(), order, _is_fallback(flags), top_kind


def _to_candidates(
    gz: Gazetteer, ctx: MentionContext, scores: np.ndarray, limit: int = 10
) -> list[Candidate]:
    # Python lists and a stable sort (what ``np.argsort(-scores, kind="stable")`` gives): a mention has at most
    # 30 candidates, where numpy's per-call cost is more than the work
    sc = scores.tolist()
    neg = [-x for x in sc]
    order = sorted(range(len(sc)), key=neg.__getitem__)[:limit] if len(sc) > 1 else range(len(sc))
    rows = ctx.rows_list if ctx.rows_list is not None else ctx.rows.tolist()
    flags = ctx.flags_list if ctx.flags_list is not None else ctx.flags.tolist()
    known = gz.__dict__.setdefault("_place_precision", {})
    out = []
    for j in order:
        i = rows[j]
        got = known.get(i)
        if got is None:
            got = known[i] = (gz.place(i), gz.precision(i))
        out.append(_candidate(got[0], round(sc[j], 4), "admin2" if flags[j] & F_PROXY else got[1]))
    return out


_NEW = object.__new__
_SET_PLACE, _SET_SCORE, _SET_PRECISION = (
    Candidate.__dict__[f].__set__ for f in ("place", "score", "precision")
)


def _candidate(place, score: float, precision: str) -> Candidate:  # type: ignore[no-untyped-def]
    """``Candidate(place, score, precision)`` without the frozen dataclass's ``__init__`` (it sets each field
    through ``object.__setattr__``): the same record, a third cheaper; a report makes a few hundred."""
    c = _NEW(Candidate)
    _SET_PLACE(c, place)
    _SET_SCORE(c, score)
    _SET_PRECISION(c, precision)
    return c


def rank_candidates(
    gz: Gazetteer, rows: np.ndarray, flags: np.ndarray, *, pattern: str = "name"
) -> list[Candidate]:
    """Candidates ranked by prior only (no document context): what ``Gazetteer.lookup`` returns."""
    ctx = prepare(gz, rows, flags, pattern)
    return _to_candidates(gz, ctx, ctx.scores, limit=_MAX_CANDIDATES)


# weights of the context terms (see module docstring)
_W_COUNTRY = 3.0
_W_ADMIN1 = 2.0
_W_NEAR = 3.0  # tuned on dev (GeoVirus + half of LGL): 2 -> 4, then 3 with relative beliefs (2026-12-06)
_NEAR_KM = 100.0  # exp(-d / 100 km); 150 before 2026-12-06 (dev mean +0.3)
_CONTEXT_TOP = 15
_BELIEF_SHARPNESS = 1.0  # softmax inverse temperature of the names' beliefs
_SUPPORT_MIX = 0.0  # 0: context = share of the other names' belief; 1: capped amount of it  # candidates per mention that feed the document context


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
    close it is to the other names' plausible places (belief relative to each name's best candidate). Two rounds, so confident names steer ambiguous ones.

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
    # one entity per distinct name: its best candidates (first mention's), stacked into flat arrays
    ent_of: dict[str, int] = {}
    src: list[tuple[np.ndarray, np.ndarray]] = []  # (rows of the first mention, positions kept)
    for k, m in zip(keys, mentions, strict=True):
        if k not in ent_of and len(m.rows):
            ent_of[k] = len(src)
            order = m.order if m.order is not None else np.argsort(-m.scores, kind="stable")
            top = order[:_CONTEXT_TOP]
            src.append((m.rows, top))
    first = {e: mentions[keys.index(k)] for k, e in ent_of.items()}
    n_ent = len(src)
    bonus = np.zeros(0)
    if n_ent and any(len(t) > 1 for _, t in src):  # context only matters when some name is ambiguous
        sizes = np.array([len(t) for _, t in src])
        rows = np.concatenate([r[t] for r, t in src])
        prior = np.concatenate([first[e].scores[t] for e, (_, t) in enumerate(src)])
        # a fallback guess (close spelling, embedded name, county stand-in) takes context but gives none: when
        # wrong ("Abkhaz" -> Abha, "Griffith Park" -> Griffith, Indiana) it would pull the others to its place
        give = np.array(
            [
                0.0
                if (f.fallback if (f := first[e]).fallback is not None else _is_fallback(f.flags))
                else 1.0
                for e in range(n_ent)
            ]
        )
        bonus = _context(gz, rows, prior, sizes, fixed, np.repeat(give, sizes)) - prior
    starts = np.concatenate(([0], np.cumsum([len(t) for _, t in src]))) if n_ent else np.zeros(1, int)
    out: list[list[Candidate]] = []
    done: dict[str, list[Candidate]] = {}
    for k, m in zip(keys, mentions, strict=True):
        if len(m.rows) == 0:
            out.append([])
            continue
        contained = m.container is not None and 0 <= m.container < n
        if not contained and k in done and m.rows is src[ent_of[k]][0]:
            out.append(done[k])  # the same name again: same ranking
            continue
        scores = m.scores.copy()
        e = ent_of.get(k)
        if e is not None and len(bonus):
            b = bonus[starts[e] : starts[e + 1]]
            r0, top = src[e]
            if m.rows is r0 or np.array_equal(m.rows, r0):
                scores[top] += b
            else:
                by_row = dict(zip(r0[top].tolist(), b.tolist(), strict=True))
                scores += np.array([by_row.get(r, 0.0) for r in m.rows.tolist()])
        if contained:
            scores += _containment(gz, m, mentions[m.container])
        cands = _to_candidates(gz, m, scores)
        if not contained:
            done.setdefault(k, cands)
        out.append(cands)
    return out


def _context(
    gz: Gazetteer,
    rows: np.ndarray,
    prior: np.ndarray,
    sizes: np.ndarray,
    fixed: dict[str, float],
    give: np.ndarray | None = None,
) -> np.ndarray:
    """Scores with document context of all names' candidates at once (flat arrays, ``sizes`` per name).

    Vectorised over candidates: per-name softmax beliefs, leave-one-out shares of the other names' belief in
    each candidate's country and province, nearness to their likely places; two rounds.
    """
    n_ent = len(sizes)
    ent = np.repeat(np.arange(n_ent), sizes)
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    kinds = gz._kind[rows]
    n_iso = len(gz._iso3_list) + 1
    iso = gz._iso3[rows].astype(np.int64)
    iso = np.where(iso >= 0, iso, n_iso - 1)
    iso_ok = iso != n_iso - 1
    fixed_vec = np.zeros(n_iso)
    iso_pos = _iso3_positions(gz)
    for code, w in fixed.items():
        i = iso_pos.get(code)
        if i is not None:
            fixed_vec[i] += w
    adm = gz._admin1[rows].astype(np.int64)
    adm_ok = adm >= 0
    # (name, country) and (name, province) groups for the leave-one-out sums: any labels of the same groups give
    # the same sums (``np.bincount`` adds each group's weights in input order whatever its label), so the
    # countries' labels are the (name, country) numbers themselves (a few thousand bins), the provinces' are
    # numbered as ``np.unique(..., return_inverse=True)`` numbers them, without its per-call overhead
    g_iso = ent * n_iso + iso
    n_adm = len(gz._admin1_names) + 1
    adm_key = np.where(adm_ok, adm, n_adm - 1)
    g_adm = _group_labels(ent * n_adm + adm_key)
    closeness = None
    if n_ent > 1:  # exp(-distance / _NEAR_KM), in place (same values)
        closeness = _distance_matrix(gz, rows)
        np.negative(closeness, out=closeness)
        closeness /= _NEAR_KM
        np.exp(closeness, out=closeness)
    point = kinds < 4
    scores = prior.copy()
    weighted = None  # the n x n buffer of the nearness terms, reused by the second round
    for _round in range(2):
        z = scores * _BELIEF_SHARPNESS
        z = np.exp(z - np.maximum.reduceat(z, starts)[ent])
        probs = z / np.add.reduceat(z, starts)[ent]
        if give is not None:
            probs = probs * give  # how much each name's belief counts for the others (0: fallback guesses)
        share = _support_share(probs, iso, iso_ok, g_iso, ent, n_iso, n_ent, fixed_vec)  # countries
        share_a = _support_share(probs, adm_key, adm_ok, g_adm, ent, n_adm, n_ent, None)  # provinces
        # nearness to the other names' likely places (countries are not targets)
        near = np.zeros(len(rows))
        if closeness is not None:
            # each other name's candidates count by their belief relative to that name's best one: a name
            # with three equally likely senses (three Walker Counties) still pulls each sense's neighbours
            relative = probs / np.maximum(np.maximum.reduceat(probs, starts)[ent], 1e-300)
            if give is not None:
                relative = relative * give
            if weighted is None:
                weighted = np.empty_like(closeness)
            np.multiply(closeness, np.where(kinds < 5, relative, 0.0)[None, :], out=weighted)
            per_ent = np.maximum.reduceat(weighted, starts, axis=1)
            per_ent[np.arange(len(rows)), ent] = 0.0
            near = np.where(point, np.minimum(per_ent.sum(axis=1), 1.5) / 1.5, 0.0)
        # areas are "near" what lies inside them: a country gets its country share, a province its province
        # share, in place of point-to-point nearness (else context would always favour points)
        near = np.where(kinds == 5, share, np.where(kinds == 4, np.maximum(share_a, near), near))
        scores = prior + _W_COUNTRY * share + _W_ADMIN1 * np.where(kinds == 5, 0.0, share_a) + _W_NEAR * near
    return scores


def _iso3_positions(gz: Gazetteer) -> dict[str, int]:
    """ISO3 code -> its first index in ``gz._iso3_list`` (what ``list.index`` gives), memoised on the gazetteer:
    a dict lookup instead of two scans of the 250 codes per country of the report's context."""
    got = gz.__dict__.get("_iso3_pos")
    if got is None:
        got = {}
        for i, code in enumerate(gz._iso3_list):
            got.setdefault(code, i)
        gz.__dict__["_iso3_pos"] = got
    return got


def _group_labels(key: np.ndarray) -> np.ndarray:
    """``np.unique(key, return_inverse=True)[1]`` for a non-empty 1-d integer array: the rank of each value among
    the distinct values (numpy's own steps: stable sort, first of each run, running count), for small arrays
    where ``np.unique``'s generic checks cost more than the work."""
    order = key.argsort(kind="stable")
    ordered = key[order]
    first = np.empty(len(ordered), dtype=bool)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    labels = np.empty(len(ordered), dtype=np.intp)
    labels[order] = np.cumsum(first) - 1
    return labels


def _is_fallback(flags: np.ndarray) -> bool:
    """True when every candidate of a name is a fallback guess (see ``Gazetteer.candidate_rows``)."""
    return bool(len(flags)) and bool(np.all(flags & F_FALLBACK))


def _support_share(
    probs: np.ndarray,
    key: np.ndarray,
    ok: np.ndarray,
    group: np.ndarray,
    ent: np.ndarray,
    n_key: int,
    n_ent: int,
    fixed: np.ndarray | None,
) -> np.ndarray:
    """Leave-one-out share of the OTHER names' belief in each candidate's area (country or province).

    ``key`` is the area of each candidate (``n_key - 1`` = none), ``group`` its (name, area) group, ``fixed`` extra
    weight per area from outside the names (the report's country context).
    """
    p = np.where(ok, probs, 0.0)
    total = np.bincount(key, weights=p, minlength=n_key)
    if fixed is not None:
        total = total + fixed
    total[n_key - 1] = 0.0
    own = np.bincount(group, weights=p)[group]
    own_name = np.bincount(ent, weights=p, minlength=n_ent)[ent]
    rest = total.sum() - own_name
    support = total[key] - own
    if _SUPPORT_MIX:
        share = (1 - _SUPPORT_MIX) * support / np.maximum(rest, 1e-12) + _SUPPORT_MIX * np.minimum(
            support, 1.0
        )
    else:  # (the same values: 1.0 x s is s, and adding 0.0 x min(s, 1) changes no score)
        share = support / np.maximum(rest, 1e-12)
    return np.where((rest > 0) & ok, share, 0.0)


def _distance_matrix(gz: Gazetteer, rows: np.ndarray) -> np.ndarray:
    """Great-circle distances (km) between all pairs of ``rows``."""
    # haversine, ``2 * 6371 * arcsin(sqrt(clip(sin(dlat / 2) ** 2 + cos(lat_i) cos(lat_j) sin(dlon / 2) ** 2, 0,
    # 1)))``, computed in place: the same operations on the same values (so the same bits), without a new n x n
    # array for each step (the allocations cost as much as the arithmetic)
    lat = np.radians(gz.lat[rows])
    lon = np.radians(gz.lon[rows])
    a = np.subtract(lat[None, :], lat[:, None])
    a /= 2
    np.sin(a, out=a)
    np.square(a, out=a)
    b = np.subtract(lon[None, :], lon[:, None])
    b /= 2
    np.sin(b, out=b)
    np.square(b, out=b)
    c = np.cos(lat)
    cc = np.multiply(c[:, None], c[None, :])
    cc *= b
    a += cc
    np.clip(a, 0, 1, out=a)
    np.sqrt(a, out=a)
    np.arcsin(a, out=a)
    a *= 2 * 6371.0
    return a


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
