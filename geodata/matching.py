"""Find place mentions in text: token-level Aho-Corasick over the folded text, then filters that keep the
noise out (common words, person names, acronyms), then facility/province patterns, then resolution.

Why each filter exists (GDELT's known failures are the checklist):

* capitalisation in the ORIGINAL text: a place name starts with an uppercase letter (or a lowercase Arabic
  article before a capitalised word: "al-Anbar"); all-caps words count only in all-caps runs such as datelines
  ("SULAIMANI —"), and never when shorter than 4 letters ("RAM" of "C-RAM", "THE");
* person names: a word after a title or honorific ("General", "Abu") or after a capitalised given name
  ("Qasem Soleimani") is part of a name, a given name before a capitalised word is a first name ("Donald
  Trump"); once a word is seen as part of a person's name, all its mentions in the document are;
* acronym compounds: "C-RAM", "F-16" are not places;
* common words kept only for important places ("Nice", "Mobile") do not count at the start of a sentence.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from geodata.build import (
    F_AFTER_COMMA,
    F_COMMON,
    F_CORE,
    F_FALLBACK,
    F_LOOKUP_ONLY,
    F_PRIMARY,
    F_TEXT,
    F_TRUSTED,
    KIND,
    census_given_names,
    demonyms,
    dictionary_words,
    person_surnames,
    person_words,
)
from geodata.distance import haversine_km
from geodata.gazetteer import ADMIN_SUFFIXES, FACILITY_SUFFIXES, Gazetteer
from geodata.model import Candidate, Place, PlaceMention
from geodata.names import SEPARATOR, fold_words, normalize_name
from geodata.resolve import MentionContext, prepare, resolve_document

__all__ = ["apposition", "find_places", "province_after", "resolve_spans", "scan"]

_FAC_TOKS = [s.split() for s in FACILITY_SUFFIXES]
#: facility suffixes by first word, in :data:`_FAC_TOKS` order (only those can follow a given word)
_FAC_BY_FIRST: dict[str, list[list[str]]] = {}
for _suf in _FAC_TOKS:
    _FAC_BY_FIRST.setdefault(_suf[0], []).append(_suf)
_FACILITY_END = re.compile(r" (?:" + "|".join(re.escape(s) for s in FACILITY_SUFFIXES) + r")$")
_ADMIN_TOKS = set(ADMIN_SUFFIXES)
_DEPARTMENT_TOKS = frozenset(("department", "departement"))
_GEO_GENERIC = {
    *(w for s in FACILITY_SUFFIXES for w in s.split()),
    *ADMIN_SUFFIXES,
    "city",
    "county",
    "district",
    "town",
    "village",
    "river",
    "valley",
    "island",
    "islands",
    "mountains",
    "camp",
    "street",
    "road",
    "square",
    "bridge",
    "dam",
    "lake",
    "port",
    # Nigeria's local government areas ("Bokkos LGA")
    "lga",
    "lgas",
}
#: (the tokens they are compared with are folded: "County" reads "cunty", "Village" "vilage")
_GEO_GENERIC |= {normalize_name(w) for w in _GEO_GENERIC}
_SENTENCE_END = re.compile(r"[.!?:;\n\"“”]\s*$")
#: a dash opens a sentence too, for capitals of position ("BEIRUT (Reuters) — An Israeli strike ...": "An" is no
#: "Ann"); a capitalised word after it still may be a person's first name ("1992 - Abimael Guzman")
_DASH_END = re.compile(r"(?:[—–]|\s-{1,2})\s*$")
#: who a named person is, right after the name: "Abebe Gondar, a farmer from Dembecha"
_PERSON_APPOSITION = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:farmer|resident|teacher|student|father|mother|brother|sister|son|"
    r"daughter|husband|wife|widow|spokes(?:man|woman|person)|official|commander|doctor|nurse|journalist|reporter|"
    r"activist|trader|shopkeeper|driver|villager|survivor|witness|elder|chief|lawyer|worker|mechanic|herder|"
    r"fisherman|businessman|businesswoman|politician|lawmaker|candidate|mayor|governor|minister|officer|soldier|"
    r"fighter|militant|colonel|general|imam|priest|pastor|cleric|teenager|boy|girl|man|woman|\d{1,3}-year-old)\b",
    re.IGNORECASE,
)
#: prepositions that open a sentence before a place ("In Nyala, a man was killed ..."): capitalised, no given name
_OPENING_PREPOSITIONS = frozenset(("in", "at", "near", "outside", "around", "inside", "from"))
#: a speech verb right after a name: the name is a speaker ("Hartl said")
_SAID_AFTER = re.compile(
    r"\s+(?:said|says|told|added|explained|noted|wrote|stated|recalled|testified|insisted)\b"
)
#: a disease named after the place it was first found ("Marburg virus", "West Nile fever", "Lassa fever"): no
#: mention of that place (a country stays: "the United States flu season")
_DISEASE_AFTER = re.compile(r"\s+(?:virus|viruses|fever|disease|flu|influenza)\b", re.IGNORECASE)
#: a place naming a clock's time zone after a time: "9:40 pm Sanaa time", "0300 Kyiv time", "midnight Moscow time"
_TIME_ZONE_AFTER = re.compile(r"\s+time\b", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(
    r"(?:\d|\b(?:[ap]\.?m|midnight|noon|GMT|UTC|hours|hrs))\.?\)?\s*(?:\(\s*)?$", re.IGNORECASE
)
#: institutions named after their town ("First Baptist Church Maryville", "Mercy Hospital Springfield")
_INSTITUTION_WORDS = frozenset(
    (
        "church",
        "hospital",
        "school",
        "college",
        "university",
        "bank",
        "center",
        "centre",
        "mosque",
        "museum",
        "library",
        "park",
        "hotel",
        "inn",
        "club",
        "station",
        "company",
        "academy",
        "institute",
        "cathedral",
        "temple",
        "clinic",
        "council",
        "chamber",
        "airport",
        "stadium",
        "mall",
        "market",
        "prison",
        "court",
    )
)
#: a word before a name that makes it a place even when the report also names a person so
_PLACE_PREPOSITIONS = frozenset(("in", "near", "at", "outside", "around", "into", "inside", "across"))
_PREPOSITIONS = frozenset(
    ("in", "of", "from", "at", "near", "outside", "to", "into", "across", "around", "for")
)
#: what only a person undergoes, right after a one-word name ("Arad was shot down", "Lane was fatally shot")
_PERSON_DEED_AFTER = re.compile(
    r"\s+(?:was|is|had\s+been|has\s+been)\s+(?:(?:fatally|critically|seriously|reportedly|allegedly)\s+)?"
    r"(?:shot|killed|wounded|injured|kidnapped|abducted|arrested|executed|murdered|stabbed|assassinated|born|"
    r"sentenced|convicted|charged|jailed|detained|released|freed|elected|appointed|hospitali[sz]ed)\b"
)
_DATELINE_AFTER = re.compile(r"\s*(?:,|:|--|—|–|-\s|\()")


@dataclass
class _Doc:
    text: str
    toks: list[str]  # folded words ("|" for separators)
    wstart: np.ndarray  # original start of each word
    wend: np.ndarray  # original end of each word
    ws: list[int] = field(default_factory=list)  # the same as Python lists (per-hit checks index them: speed)
    we: list[int] = field(default_factory=list)

    def orig_span(self, t0: int, t1: int) -> tuple[int, int]:
        """Original (start, end) of words t0..t1 inclusive."""
        return self.ws[t0], self.we[t1]

    def orig_token(self, t: int) -> str:
        if t < 0 or t >= len(self.toks):
            return ""
        return self.text[self.ws[t] : self.we[t]]


def _tokenise(text: str) -> _Doc:
    toks, wstart, wend = fold_words(text)
    return _Doc(text=text, toks=toks, wstart=wstart, wend=wend, ws=wstart.tolist(), we=wend.tolist())


@dataclass
class _Hit:
    t0: int
    t1: int  # inclusive
    start: int
    end: int
    rows: np.ndarray
    flags: np.ndarray
    pattern: str = "name"
    key: str = ""
    #: every candidate is a country / every posting is a facility core (None: not known yet, see :func:`_facts`)
    country_only: bool | None = None
    core_only: bool | None = None
    kid: int = -1  # the key whose whole postings ``rows``/``flags`` are (-1: narrowed or not from a key)
    quarter: bool = False  # named as a part of a town ("Zahra neighborhood")
    grown: bool = False  # extended over a province or facility word after its key ("Anbar province")


def _is_upper_word(w: str) -> bool:
    if w.isascii():  # every ASCII letter is cased: the same test, in C
        return w.isupper()
    letters = [c for c in w if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _cap(w: str) -> bool:
    return bool(w) and (w[0].isupper() or w[0].isdigit())


def _all_caps_context(doc: _Doc, t0: int, t1: int) -> bool:
    """An all-caps match counts only inside an all-caps run (dateline, headline), not as an acronym."""
    prev = doc.orig_token(t0 - 1)
    nxt = doc.orig_token(t1 + 1)
    a, _ = doc.orig_span(t0, t0)
    i = a - 1  # (back over spaces to the line's start: no copy of the text before it)
    while i >= 0 and doc.text[i] in " \t":
        i -= 1
    line_start = i < 0 or doc.text[i] == "\n"
    if prev and _is_upper_word(prev) and prev.isalpha() and len(prev) > 1:
        return True
    if nxt and _is_upper_word(nxt) and nxt.isalpha() and len(nxt) > 1:
        return True
    if line_start:
        return True
    # a dateline run into the text after a headline ("... kiss pig. CHARLESTON, W.Va. -", "BEIRUT: The body")
    _, b = doc.orig_span(t1, t1)
    return _sentence_initial(doc.text, a) and _DATELINE_AFTER.match(doc.text, b) is not None


_NON_SPACE = re.compile(r"\S")


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start]
    if start == 0 or _SENTENCE_END.search(before):
        return True
    first = _NON_SPACE.search(text)  # (only spaces before it: the text's first word; no copy of the text)
    return first is None or first.start() >= start


def _capital_of_position(text: str, start: int) -> bool:
    """The word at ``start`` is capitalised by its position: a sentence's or a dash-led text's first word."""
    return _sentence_initial(text, start) or bool(_DASH_END.search(text, max(0, start - 4), start))


def scan(text: str, gz: Gazetteer) -> tuple[list[_Hit], dict[str, float], _Doc]:
    """Raw place mentions of ``text`` (filtered, non-overlapping, patterns recognised) + demonym countries."""
    doc = _tokenise(text)
    titles, honorifics, given = _person_words()
    surnames = person_surnames()
    toks = doc.toks
    dem = demonyms()
    ws, we = doc.ws, doc.we
    firsts = list(map(text.__getitem__, ws))
    n_toks = len(toks)
    lower_words = set(itertools.compress(toks, map(str.islower, firsts)))
    enc = gz.encode(toks)
    raw: list[_Hit] = []
    person_keys: set[str] = set()
    title_lines: dict[int, bool] = {}
    # _facts' memo, read here first (a call less per hit)
    key_facts = gz.__dict__.setdefault("_key_facts", {})
    for t0, t1, kid, kor, kand in _candidate_hits(gz, doc, enc, firsts):
        a = ws[t0]
        b = we[t1]
        if "." in text[a:b] and text[b : b + 1] == ".":
            b += 1  # the closing dot of an abbreviation ("U.S.", "W.Va.")
        surface = text[a:b]
        key = toks[t0] if t0 == t1 else " ".join(toks[t0 : t1 + 1])
        # (_is_upper_word's ASCII case inline: most surfaces)
        if (surface.isupper() if surface.isascii() else _is_upper_word(surface)) and "." not in surface:
            letters = sum(c.isalpha() for c in surface)
            if (letters < 4 or not _all_caps_context(doc, t0, t1)) and not (
                letters < len(surface) and any(map(str.isdigit, surface)) and _facility_after(toks, t1)
            ):
                continue  # ... but "T-4 Military Airport", "K1 base": a code with a digit, named with its facility
        # acronym compounds: C-RAM, F-16 ("RAM", "16")
        if a >= 2 and text[a - 1] == "-" and text[a - 2].isupper():
            j = a - 2
            while j > 0 and text[j - 1].isalnum():
                j -= 1
            prefix = text[j : a - 1]
            # a US lawmaker's party and home ("Rep. Gilliard, D-S.C.") names a place
            party = prefix in ("D", "R", "I") and text[max(0, j - 2) : j] in (", ", " (")
            if _is_upper_word(prefix) and len(prefix) <= 4 and not party:
                continue
        # a pronoun's contraction ("I've", "We'll"), folded to a word that names some village
        if ("'" in surface or "’" in surface) and _CONTRACTION.fullmatch(surface):
            continue
        # "The city of Fuyang", "The village of X": a capitalised "The" and a common noun, not "The Village" (a town)
        if t1 > t0 and toks[t0] == "the" and not doc.orig_token(t0 + 1)[:1].isupper():
            continue
        # a street or an armed unit named after a place ("Baghdad Street" in Damascus, "al-Rahman Corps"): that
        # thing, not the place; a country's army ("Iraq Army") is still the country's
        nxt_word = toks[t1 + 1] if t1 + 1 < len(toks) else ""
        if (
            (nxt_word in _STREET_WORDS or nxt_word in _UNIT_WORDS)
            and _cap(doc.orig_token(t1 + 1))
            and not _facts(gz, kid)[2]
        ):
            continue
        if (
            nxt_word in _STREET_WORDS
            and t0 > 0
            and toks[t0 - 1] == "on"
            and text[a - 1 : a] == " "
            and _cap(surface)
            and _IN_PLACE_AFTER_WORD.match(text, we[t1 + 1])
        ):
            # "on Makka al-Mukarama road in Mogadishu": a street of the town named after it, not the place (but
            # "an explosion on Khanasser road": the road to Khanasser)
            continue
        if nxt_word == "river" or nxt_word == "rivers":
            # "across the Dnipro river", "the Niger River": the river, not the town or country named after it (a
            # town called "<X> River" is its own longer key: "Fall River", "Peace River")
            continue
        if t0 > 0 and toks[t0 - 1] in _SHIP_BEFORE and _cap(surface):
            continue  # "toward the USS Carney", "the tanker Pollux": a ship named after a place
        if t0 == t1 and key in dem and t1 + 1 < len(toks) and toks[t1 + 1] in _STATE_WORDS:
            continue  # "Somali National Army troops": the adjective of a state's forces, not Ethiopia's Somali region
        if (
            len(surface) >= 3
            and surface[:2].isupper()
            and " " not in surface
            and any(map(str.islower, surface))
            and surface.isalpha()
        ):
            continue  # "a FAMa patrol", "FARDCs": an acronym written with a lowercase letter, not "Fama" (Brazil)
        if key in _ORGANISATIONS and _cap(surface):
            continue  # "a Red Cross convoy": the organisation (not Red Cross, North Carolina)
        if (
            t0 > 0
            and toks[t0 - 1] in _TOWN_HEADS
            and _cap(doc.orig_token(t0 - 1))
            and text[we[t0 - 1] : a] == " "
        ):
            continue  # "Puerto Jordán": the rest of a town's name (a known "Port Sudan" is found whole)
        if (
            nxt_word in _WORSHIP_WORDS
            and t0 > 0
            and toks[t0 - 1] == "the"
            and not kor & F_TRUSTED
            and _IN_PLACE_AFTER.match(text, we[t1 + 1])
        ):
            continue  # "the Makki mosque in Zahedan": the mosque's own name ("the Pewaukee monastery in December")
        # a fragment of a longer name the gazetteer lacks ("Ain" of "Ain Tarma", "Ma'ra" of "Ma'ra al-Nu'man")
        # (the first test of _fragment inlined: most names have a lowercase word or a mark after them and no head or
        # article before, and skip the call)
        if (
            (
                (t1 + 1 < n_toks and (firsts[t1 + 1].isupper() or toks[t1 + 1] in _ARTICLES))
                or (t0 > 0 and (toks[t0 - 1] in _COMPOUND_HEADS or toks[t0 - 1] in _ARTICLES))
                or toks[t0] in _ARTICLES
                or (t1 + 1 < n_toks and toks[t1 + 1] in _EZAFE)
                or (t0 > 0 and toks[t0 - 1] in _EZAFE)
                or (t0 > 0 and text[a - 1 : a] == "-")
            )
            and _fragment(doc, t0, t1, trusted=bool(kor & F_TRUSTED), title_lines=title_lines)
            and not _facts(gz, kid)[2]
        ):
            continue
        # person names
        prev = toks[t0 - 1] if t0 > 0 else ""
        prev_orig = text[ws[t0 - 1] : we[t0 - 1]] if t0 > 0 else ""  # doc.orig_token(t0 - 1)
        # (a title ends a sentence only as an abbreviation: "Gen. Milley", but "... Court Judge. Columbus attorney")
        gap = text[we[t0 - 1] : a].strip() if t0 > 0 else "x"
        if (gap == "" or (gap == "." and len(prev) <= 4)) and (
            (prev in titles and (_cap(prev_orig) or prev not in _TITLES_ALSO_WORDS))
            or (prev in honorifics and _cap(prev_orig))
        ):
            person_keys.add(key)
            continue
        if key in surnames:
            continue
        if (
            t0 == t1
            and t0 > 0
            and text[ws[t0 - 1] - 2 : ws[t0 - 1]] == ", "
            and _ROLE_APPOSITION.search(text, max(0, a - 70), a)
        ):
            person_keys.add(key)  # "said the resident, Adama Kaya": a person named after the role
            continue
        if (
            t0 == t1
            and t0 > 0
            and text[we[t0 - 1] : a] == " "
            and _cap(prev_orig)
            and prev not in _GEO_GENERIC
            # ("In Kisumu, a man was shot dead": a sentence's opening preposition, no first name)
            and prev not in _OPENING_PREPOSITIONS
            and _PERSON_APPOSITION.match(text, b)
        ):
            continue  # "Abebe Gondar, a farmer from Dembecha, said": a surname, here (the town stays elsewhere)
        if t0 == t1 and "." in text[max(0, a - 30) : a] and _MIDDLE_INITIAL.search(text, max(0, a - 30), a):
            person_keys.add(key)  # "Keith D. Johnson", "Joseph F. Wagner": a surname after a middle initial
            continue
        if prev in given and _cap(prev_orig) and not _is_upper_word(prev_orig):
            person_keys.add(key)
            continue
        if t0 == t1 and key in given:
            nxt = toks[t1 + 1] if t1 + 1 < len(toks) else ""
            if _cap(doc.orig_token(t1 + 1)) and nxt not in _GEO_GENERIC and nxt != SEPARATOR:
                person_keys.add(toks[t1 + 1])
                continue
        if (
            t0 == t1
            and _PERSON_DEED_AFTER.match(text, b)
            and not _facts(gz, kid)[2]
            and prev not in _PREPOSITIONS  # "a horse in Pahrump was killed", "of Palestine was arrested"
        ):
            person_keys.add(
                key
            )  # "Arad was shot down over Lebanon", "Bryant was killed": only people suffer these
            continue
        if (
            t0 == t1
            and not kor & F_TRUSTED
            and _SAID_AFTER.match(text, b)
            # (an official's seat speaks through the official: "The mayor of Morales said")
            and prev not in _PREPOSITIONS
        ):
            person_keys.add(
                key
            )  # "Hartl said", "Millington told reporters": a person (a capital may speak for
            continue  # its government, "Kabul said", but is trusted)
        if _DISEASE_AFTER.match(text, b) and not _facts(gz, kid)[2]:
            continue
        if _TIME_ZONE_AFTER.match(text, b) and _CLOCK_BEFORE.search(text, max(0, a - 24), a):
            continue  # "at about 9:40 pm Sanaa time", "at midnight Moscow time": a clock's zone, no place told
        rows, flags, country_only, core_only = key_facts.get(kid) or _facts(gz, kid)
        whole = kid
        if kor & (F_LOOKUP_ONLY | F_AFTER_COMMA | F_COMMON):
            country_only = core_only = None  # the postings may be narrowed below
            whole = -1
        if kor & (F_LOOKUP_ONLY | F_AFTER_COMMA):
            drop = F_LOOKUP_ONLY | (0 if text[:a].rstrip().endswith(",") else F_AFTER_COMMA)
            keep = (flags & drop) == 0
            if not keep.any():
                continue
            rows, flags = rows[keep], flags[keep]
            kor = int(np.bitwise_or.reduce(flags))
            kand = int(np.bitwise_and.reduce(flags))
        if kand & F_COMMON:
            keep = (flags & F_TRUSTED) != 0
            if not keep.any() or _capital_of_position(text, a):
                continue
            rows, flags = rows[keep], flags[keep]
            kor = int(np.bitwise_or.reduce(flags))
        if t0 == t1 and toks[t0] in lower_words and not kor & F_TRUSTED:
            continue  # a small place whose name the report also uses as an ordinary word ("the patrol program")
        # a capitalised word right before a one-word name: a person's or an organisation's name
        if (
            t0 == t1
            and prev_orig
            and _cap(prev_orig)
            and not _is_upper_word(prev_orig)
            and prev not in _QUALIFIERS
            and (
                not kor & F_TRUSTED
                or (
                    # a town that is also a surname ("Lisa Taylor", "Caroline Johnson"): not a country or
                    # province, and not right after another place's name ("Iraq Mosul")
                    not _facts(gz, kid)[2] and not _big(gz, rows) and not _trusted_name_at(gz, enc, t0 - 1)
                )
            )
        ):
            pa, _ = doc.orig_span(t0 - 1, t0 - 1)
            if (
                not _sentence_initial(text, pa)
                and prev not in dem
                and text[pa + len(prev_orig) : a].strip() == ""
            ):
                if prev not in _INSTITUTION_WORDS:
                    person_keys.add(key)  # a surname: every mention in the report is the person's
                continue  # "First Baptist Church Maryville": this mention is part of a name, the town stays a town
        quarter = False
        if (
            t1 + 1 < len(toks)
            and toks[t1 + 1] in _QUARTER_WORDS
            and not ((gz._kind[rows] == _SETTLEMENT) & ((flags & F_TRUSTED) != 0)).any()
        ):
            # "Salah al-Din neighborhood": a part of a town, never the province or country of that name ("a Mosul
            # neighbourhood", a large town's name, is a part of that town: left as it is)
            quarter = True
            keep = gz._kind[rows] <= _SETTLEMENT
            if not keep.all():
                if not keep.any():
                    continue
                rows, flags = rows[keep], flags[keep]
                kor = int(np.bitwise_or.reduce(flags))
                country_only = core_only = None
                whole = -1
        # positional (the fields' order): a report makes dozens, keyword passing costs more than the rest
        raw.append(_Hit(t0, t1, a, b, rows, flags, "name", key, country_only, core_only, whole, quarter))
    raw.extend(_exact_case_hits(doc, gz))
    if person_keys:
        # every mention of a person's name is the person's ("Mayor Abraham Wau said ... Wau added"), except one
        # after a locative preposition: "gunmen killed three people in Wau" is the town
        raw = [
            h
            for h in raw
            if h.key not in person_keys
            or (h.t0 > 0 and toks[h.t0 - 1] in _PLACE_PREPOSITIONS and _cap(text[h.start]))
        ]
    # facility cores need a facility word after them; decide patterns before choosing the longest
    for h in raw:
        if h.country_only is None:
            h.country_only = _country_only(gz, h.rows)
        _pattern(doc, h)
        if h.pattern == "name" and not h.country_only:
            _facility_of_town(gz, doc, h)
    raw = [
        h
        for h in raw
        if not (
            h.pattern != "facility" and (h.core_only if h.core_only is not None else (h.flags & F_CORE).all())
        )
        and not (h.t1 > h.t0 and _described_not_named(doc, h, dem))
    ]
    chosen = _longest(raw)
    for i, h in enumerate(chosen):
        if h.pattern != "facility" and _PLURAL_ADMIN_AFTER.match(text, h.end):
            _provinces_listed(gz, text, chosen, i)
    # demonyms: country context, never places
    countries: dict[str, float] = {}
    words = set(toks)
    # plurals too: "Two Palestinians were killed in Gaza", "Iraqis", "Afghans"
    found = (dem.keys() & words) | (_plural_demonyms().keys() & words)
    at: list[int] = []  # where the demonyms are, in text order (list.index: a scan in C per occurrence)
    for w in found:
        t = toks.index(w)
        while t >= 0:
            at.append(t)
            try:
                t = toks.index(w, t + 1)
            except ValueError:
                t = -1
    at.sort()
    for t in at:
        w = toks[t]
        if _cap(doc.orig_token(t)):
            iso = dem[w] if w in dem else _plural_demonyms()[w]
            if t > 0 and _cap(doc.orig_token(t - 1)):
                # "South Sudanese", "North Korean": the two words name another country than the last one alone
                two = f"{toks[t - 1]} {w}"
                iso = dem.get(two) or _plural_demonyms().get(two) or iso
            # "Russian drones hit Pokrovsk", "Indian shelling killed four in Athmuqam": the country that fired,
            # which across a border is the other side's; named (weight 0), no vote for where
            fired = t + 1 < len(toks) and toks[t + 1] in _ATTACK_MEANS
            countries[iso] = countries.get(iso, 0.0) + (0.0 if fired else 0.5)
    return chosen, countries, doc


@functools.cache
def _plural_demonyms() -> dict[str, str]:
    """Folded plural demonym -> ISO3 ("palestinians" -> "PSE"), the singulars' table with an "s" (not where the
    plural is a key of its own)."""
    dem = demonyms()
    return {f"{k}s": v for k, v in dem.items() if f"{k}s" not in dem}


class _CapTable(dict):
    """``str.translate`` table: "\\x01" for a character that is uppercase or a digit, "\\x00" for any other."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        value = "\x01" if c.isupper() or c.isdigit() else "\x00"
        self[code] = value
        return value


_CAP_TABLE = _CapTable()


def _candidate_hits(
    gz: Gazetteer, doc: _Doc, enc: str, firsts: list[str]
) -> list[tuple[int, int, int, int, int]]:
    """(t0, t1, key id, OR-ed flags, AND-ed flags) of the keys that start at a capitalised word (or at a lowercase
    "al" before one: "al-Anbar"), lookup-only keys left out; ordered as the automaton reports them (by last word,
    longest first).

    Why not the automaton's overlapping pass: it reports every key ending at every word ("the", "of" ...), and
    most of those start lowercase and are dropped. Walking the trie only from the capitalised words finds the same
    keys with a few lookups each (a key is 2 characters per word, in two disjoint ranges, so keys only ever match
    at word boundaries).
    """
    toks = doc.toks
    n = len(toks)
    if not n:
        return []
    caps = "".join(firsts).translate(_CAP_TABLE)
    # (first word, shortest key length in characters); the capitalised words picked in C
    starts: list[tuple[int, int]] = [(i, 2) for i in itertools.compress(range(n), caps.encode("latin-1"))]
    # a lowercase "al" counts only as the first word of a longer key ("al" is common: "at the" folds to "al the";
    # list.index finds each in C instead of a Python pass over every word)
    t = toks.index("al") if "al" in toks else -1
    while t >= 0:
        if t + 1 < n and caps[t + 1] == "\x01" and caps[t] != "\x01":
            starts.append((t, 4))
        try:
            t = toks.index("al", t + 1)
        except ValueError:
            t = -1
    longest = gz.longest_key_prefix
    get = gz.key_id_of_tokens
    key_or, key_and = gz.key_or, gz.key_and
    width = 2 * gz.max_key_words
    # whether a word starts some key (0: none, 1: only the one-word key of itself, 2: longer keys too), memoised
    # per word (a third of capitalised words start none; most others start only themselves, whose path in the trie
    # is then the word whatever follows)
    starts_key = gz.__dict__.setdefault("_key_starts", {})
    with_prefix = gz.keys_with_prefix
    # the keys along the trie path of a token string (its longest prefix in the trie): (last word offset, key id,
    # AND-ed flags) of each, memoised per path and shortest length (a name's path is met again and again)
    on_path = gz.__dict__.setdefault("_keys_on_path", ({}, {}))
    found = []
    for t0, shortest in starts:
        code = enc[2 * t0 : 2 * t0 + 2]
        ok = starts_key.get(code)
        if ok is None:
            if len(starts_key) > _FACTS_CACHE:
                starts_key.clear()
            # (with_prefix: the iteration stops at the first key longer than the word itself)
            ok = 0 if longest(code) != 2 else 2 if any(len(k) > 2 for k in with_prefix(code)) else 1
            starts_key[code] = ok
        if not ok:
            continue
        if ok == 1:
            path = code  # no key goes on after this word: its path ends here, whatever follows
        else:
            seg = enc[2 * t0 : 2 * t0 + width]
            path = seg[: longest(seg)]
        memo = on_path[shortest == 4]
        got = memo.get(path)
        if got is None:
            got = []
            for e in range(shortest, len(path) + 1, 2):
                kid = get(path[:e], -1)
                if kid >= 0 and not (kand := int(key_and[kid])) & F_LOOKUP_ONLY:
                    got.append((e // 2 - 1, kid, kand))
            if len(memo) > _FACTS_CACHE:
                memo.clear()
            memo[path] = got
        for d, kid, kand in got:
            found.append((t0 + d, t0, kid, kand))
    found.sort()
    return [(t0, t1, kid, int(key_or[kid]), kand) for t1, t0, kid, kand in found]


#: "(?<![\w.-])[A-Z]{2,5}(?![\w-])", written to start with its class so ``re`` skips to capitals (same matches)
_ACRONYM = re.compile(r"[A-Z](?<![\w.-][A-Z])[A-Z]{1,4}(?![\w$-])")  # not a currency: "US$460 million"


def _exact_case_hits(doc: _Doc, gz: Gazetteer) -> list[_Hit]:
    """Acronyms that name countries ("US", "UK", "UAE"), matched with exact case only."""
    out = []
    if not doc.toks:
        return out
    starts = doc.wstart
    for m in _ACRONYM.finditer(doc.text):
        got = [(i, f) for i, f in gz.exact_case(m.group()) if f & F_TEXT]
        if not got:
            continue
        t = int(np.searchsorted(starts, m.start()))
        if t >= len(doc.toks) or starts[t] != m.start():
            continue
        out.append(
            _Hit(
                t0=t,
                t1=t,
                start=m.start(),
                end=m.end(),
                rows=np.array([i for i, _ in got], dtype=np.int32),
                flags=np.array([f for _, f in got], dtype=np.uint16),
                key=m.group(),
            )
        )
    return out


#: titles that are also ordinary words: a title only when capitalised ("Miss Ohio", but "to miss Rochester")
_TITLES_ALSO_WORDS = frozenset(
    normalize_name(w) for w in ("miss", "grand", "private", "field", "major", "general", "justice")
)
_CONTRACTION = re.compile(r"(?:I|You|We|They|He|She|It)['’](?:ve|ll|re|m|d|s)", re.IGNORECASE)
_MIDDLE_INITIAL = re.compile(r"\b[A-Z][a-z]+\s+[A-Z]\.\s+$")
_IN_PLACE_AFTER_WORD = re.compile(r"\s+in\s+(?:the\s+)?[A-Z]")
#: what a demonym names when it is the adjective of a state's institutions
_STATE_WORDS = frozenset(
    normalize_name(w)
    for w in (
        "national",
        "army",
        "armed",
        "forces",
        "troops",
        "soldiers",
        "military",
        "police",
        "government",
        "federal",
        "authorities",
        "officials",
        "security",
        "navy",
        "president",
    )
)
#: what an attacker's demonym qualifies: its fire ("Russian drones", "Israeli strikes", "Indian shelling"); such a
#: demonym says who fired, not where (not "Armenian soldiers", who may be the victims, or "an Israeli army base")
_ATTACK_MEANS = frozenset(
    normalize_name(w)
    for w in (
        "drone",
        "drones",
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "shelling",
        "shells",
        "strike",
        "strikes",
        "airstrike",
        "airstrikes",
        "air",
        "bombs",
        "bombing",
        "bombardment",
        "artillery",
        "jets",
        "jet",
        "warplanes",
        "warplane",
        "bombers",
        "aircraft",
        "guided",
        "glide",
        "ballistic",
        "cruise",
        "attack",
        "attacks",
        "offensive",
        "incursion",
        "occupiers",
        "invaders",
        "shahed",
    )
)
#: organisations whose names are also the names of small places
_ORGANISATIONS = frozenset(
    normalize_name(w) for w in ("Red Cross", "Red Crescent", "Red Star", "Blue Helmets")
)
#: what names a ship before its name (prefixes and kinds of vessel)
_SHIP_BEFORE = frozenset(
    normalize_name(w)
    for w in (
        "uss",
        "hms",
        "ins",
        "mv",
        "mt",
        "tanker",
        "freighter",
        "vessel",
        "ship",
        "frigate",
        "destroyer",
        "cruiser",
        "corvette",
    )
)
_STREET_WORDS = frozenset(
    normalize_name(w)
    for w in (
        "street",
        "road",
        "avenue",
        "drive",
        "lane",
        "boulevard",
        "parkway",
        "highway",
        "way",
        "court",
        "square",
    )
)
_IN_PLACE_AFTER = re.compile(
    r"\s+(?:in|at|near)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]"
)
#: first words of town names that may be followed by a country's name ("Puerto Jordán" in Colombia)
_TOWN_HEADS = frozenset(
    normalize_name(w)
    for w in (
        "puerto",
        "porto",
        "villa",
        "ciudad",
        "san",
        "santa",
        "santo",
        "port",
        "fort",
        "cerro",
        "nueva",
        "nuevo",
    )
)
#: a person named after the role said before: "the resident, Adama Kaya", "a witness, Ali Mosul"
_ROLE_APPOSITION = re.compile(
    r"\b(?:the|a|an|one)\s+(?:[\w'’-]+\s+){0,2}?(?:resident|witness|survivor|spokes(?:man|woman|person)|official|"
    r"farmer|teacher|trader|driver|activist|mother|father|brother|sister|son|daughter|nurse|doctor|elder|leader|"
    r"commander|mayor|governor|lawmaker|journalist|student|herder|shepherd|villager|man|woman|victim|relative|"
    r"neighbou?r|shopkeeper|fisherman|priest|imam|pastor),\s+[A-Z][\w'’-]+\s+$"
)
#: a house of worship named after its name: "the Makki mosque" (in Zahedan) is no village called Makki
_WORSHIP_WORDS = frozenset(
    normalize_name(w) for w in ("mosque", "church", "shrine", "temple", "monastery", "cathedral", "synagogue")
)
#: words that make a place name before them the name of an armed unit or body (capitalised: "al-Rahman Corps";
#: "the Mosul front" in lowercase is a place)
_UNIT_WORDS = frozenset(
    normalize_name(w)
    for w in (
        "corps",
        "division",
        "divisions",
        "brigade",
        "brigades",
        "battalion",
        "battalions",
        "regiment",
        "legion",
        "front",
        "movement",
        "faction",
        "militia",
        "army",
        # "the Kani PDF", "the Mandalay People's Defence Force", "the Sinaloa Cartel" (Myanmar's local defence forces
        # and many cartels are named after their towns)
        "pdf",
        "force",
        "forces",
        "defence",
        "defense",
        "cartel",
    )
)
#: words after a name that make it a part of a town (kept: settlements and sites only)
_QUARTER_WORDS = frozenset(normalize_name(w) for w in ("neighborhood", "neighbourhood", "quarter"))
_SETTLEMENT = KIND["settlement"]  # site and airport come below it, admin2 / admin1 / country above
#: first words of Arabic compound place names ("Ain Tarma", "Tell Abyad", "Deir al-Asafir", "Kafr Nabl"): never a
#: whole name when a capitalised word follows, and a name right after one is only the second half of a name
_COMPOUND_HEADS = frozenset(
    normalize_name(w)
    for w in (
        "ain",
        "ein",
        "ayn",
        "tal",
        "tel",
        "tell",
        "tall",
        "ter",
        "tir",
        "deir",
        "dayr",
        "kafr",
        "kfar",
        "ras",
        "bir",
        "beit",
        "bayt",
        "khirbet",
        "khirbat",
        "jabal",
        "jebel",
        "wadi",
        "marj",
        "qasr",
        "jisr",
        "hay",
    )
)
#: Arabic (and French) articles as written before a name: "al-Bab", "as-Safira", "la Tabatière"; only "al"/"el"
#: also with a space ("al Bab"), the others are English or French words then ("Baghdad as Kerry visits"). (Until
#: stop 26 a second definition further down silently replaced a first one with "en", "er", "et", "ez" and without
#: "la", "le"; this is the set every rule has been using and was measured with.)
_ARTICLES = frozenset(("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "la", "le"))
_SPACED_ARTICLES = frozenset(("al", "el"))
#: capitalised words that may follow a whole name (a kind of place, the town's own bodies, a day or a month)
_AFTER_NAME = frozenset(
    normalize_name(w)
    for w in (
        "area",
        "areas",
        "countryside",
        "outskirts",
        "suburb",
        "suburbs",
        "desert",
        "region",
        "plain",
        "plains",
        "hills",
        "mountain",
        "farms",
        "axis",
        "heights",
        "township",
        # Nigeria's local government areas ("Maru Local Government Area")
        "local",
        # a town's own bodies and people: "Carthage Police said", "Lewisburg Mayor John Manchester"
        "police",
        "fire",
        "sheriff",
        "department",
        "council",
        "mayor",
        "governor",
        "municipality",
        "volunteer",
        "residents",
        "officials",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    )
)


def _title_line(doc: _Doc, a: int, memo: dict[int, bool]) -> bool:
    """The short line around offset ``a`` capitalises most of its words (a headline in title case), so a
    capitalised word there says nothing about names."""
    text = doc.text
    ls = text.rfind("\n", 0, a) + 1
    got = memo.get(ls)
    if got is None:
        le = text.find("\n", a)
        line = text[ls : le if le >= 0 else len(text)]
        words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
        got = memo[ls] = (
            len(line) <= 200 and len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
        )
    return got


def _joined(doc: _Doc, art: int) -> bool:
    """Token ``art`` is an Arabic article joined to the next word ("al-Sham", "al Sham", "as-Sukhnah")."""
    if doc.toks[art] not in _ARTICLES:
        return False
    gap = doc.text[doc.we[art] : doc.ws[art + 1]]
    return gap == "-" or (gap == " " and doc.toks[art] in _SPACED_ARTICLES)


def _trusted_name_at(gz: Gazetteer, enc: str, t: int) -> bool:
    """Word ``t`` is by itself the name of a country, a province or a large town ("Iraq Mosul")."""
    if t < 0:
        return False
    kid = gz.key_id_of_tokens(enc[2 * t : 2 * t + 2], -1)
    return kid >= 0 and bool(int(gz.key_or[kid]) & F_TRUSTED)


def _big(gz: Gazetteer, rows: np.ndarray) -> bool:
    """Some candidate is a province or a country (their names are not surnames)."""
    return bool((gz._kind[rows] >= KIND["admin1"]).any())


_ONE_PLACE_OF = re.compile(
    r"\b(?:village|town|locality|hamlet|settlement|city|area|district|neighbou?rhood|camp|commune|municipality)"
    r"\s+of\s+$",
    re.IGNORECASE,
)
#: "-Sukma road", "–Karachi highway": after a name, the second town of a road named by the two it joins
_ROAD_PAIR_AFTER = re.compile(
    r"\s?[-–]\s?(?-i:[A-Z])[\w'’]+\s+(?:road|highway|motorway|expressway|route|railway|rail\s+line)\b",
    re.IGNORECASE,
)
#: the ezafe of Persian and Pashto compounds, as transliterated ("Dasht-e Barchi", "Pul-i-Charkhi")
_EZAFE = frozenset(("e", "i"))


def _fragment(doc: _Doc, t0: int, t1: int, *, trusted: bool, title_lines: dict[int, bool]) -> bool:
    """Words t0..t1 are only part of a longer name that the gazetteer does not hold (the longest known name wins
    later, so a known "Ain Tarma" never reaches this): a compound head ("Ain", "Tell") with a capitalised word
    right after it, a name right after a capitalised head ("Jabal al-Zawiyah"), a name followed by an Arabic
    article and a capitalised word ("Ma'ra al-Nu'man"), or a one-word minor name followed by a capitalised word.
    Not in title-case headlines, where every word is capitalised; never a country's name (the caller's test)."""
    toks, text = doc.toks, doc.text
    n = len(toks)
    nxt = t1 + 1
    # a Persian or Pashto compound joined by the ezafe ("Dasht-e Barchi", "Pul-e Khumri" when unknown): neither
    # half is a place of its own
    e, s0 = doc.we[t1], doc.ws[t0]
    if (
        text[e : e + 2] in ("-e", "-i")
        and text[e + 2 : e + 3] in (" ", "-")
        and text[e + 3 : e + 4].isupper()
    ) or (
        s0 >= 4
        and text[s0 - 3 : s0 - 1] in ("-e", "-i")
        and text[s0 - 1] in (" ", "-")
        and text[s0 - 4].isalpha()
    ):
        return not _title_line(doc, s0, title_lines)
    # the second half of a hyphenated name the gazetteer lacks ("Mayi-Moya": not Moya, Comoros); an article or a
    # compound head before the hyphen is part of how names are written ("al-Bab", "Deir-Hafer")
    if (
        t0 > 0
        and s0 >= 2
        and text[s0 - 1] == "-"
        and text[s0 - 2].isalpha()
        and doc.we[t0 - 1] == s0 - 1
        and doc.orig_token(t0 - 1)[:1].isupper()
        and toks[t0 - 1] not in _ARTICLES
        and toks[t0 - 1] not in _COMPOUND_HEADS
        # (named as one place: "the village of Mayi-Moya"; "Russia-Turkey ties", "Fargo-Moorhead" are two)
        and _ONE_PLACE_OF.search(text, max(0, doc.ws[t0 - 1] - 30), doc.ws[t0 - 1])
    ):
        return True
    if text[e : e + 1] in ("-", "–") and _ROAD_PAIR_AFTER.match(text, e):
        return False  # "the Bijapur-Sukma road": a road named by the towns it joins, each a place of its own
    # most names have a lowercase word or a mark after them and no head or article before: done at once (speed)
    if not (
        (nxt < n and (text[doc.ws[nxt]].isupper() or toks[nxt] in _ARTICLES))
        or (t0 > 0 and (toks[t0 - 1] in _COMPOUND_HEADS or toks[t0 - 1] in _ARTICLES))
        or toks[t0] in _ARTICLES
    ):
        return False
    head = t0 == t1 and toks[t0] in _COMPOUND_HEADS
    article = nxt + 1 < n and _joined(doc, nxt)
    if article:
        nxt += 1  # "al-Nu'man", "al Bab"
    follows = (
        nxt < n
        and toks[nxt] not in _GEO_GENERIC
        and toks[nxt] not in _AFTER_NAME
        and toks[nxt] != SEPARATOR
        and doc.orig_token(nxt)[:1].isupper()
        and text[doc.we[nxt - 1] : doc.ws[nxt]] in (" ", "-")
        and text[doc.we[t1] : doc.ws[t1 + 1]] in (" ", "-")
    )
    if follows and (head or article or (t0 == t1 and not trusted)):
        return not _title_line(doc, doc.ws[t0], title_lines)
    if (
        t0 > 0
        and toks[t0 - 1] in _COMPOUND_HEADS
        and _cap(doc.orig_token(t0 - 1))
        and text[doc.we[t0 - 1] : doc.ws[t0]] in (" ", "-")
    ):
        return not _title_line(doc, doc.ws[t0], title_lines)
    # the second half of "X al-Y" ("Nu'man" of "Ma'ra al-Nu'man"): an article joins it to a capitalised word
    # that is not just the sentence's first word
    art = t0 if toks[t0] in _ARTICLES else t0 - 1
    if art < 0 or art + 1 >= n or not _joined(doc, art):
        return False
    prev = art - 1
    if prev < 0 or text[doc.we[prev] : doc.ws[art]] not in (" ", "-"):
        return False
    word = doc.orig_token(prev)
    if not word[:1].isupper() or _is_upper_word(word) or _sentence_initial(text, doc.ws[prev]):
        return False
    return not _title_line(doc, doc.ws[t0], title_lines)


_QUALIFIERS = {
    normalize_name(w)
    for w in [
        "north",
        "northern",
        "south",
        "southern",
        "east",
        "eastern",
        "west",
        "western",
        "central",
        "upper",
        "lower",
        "greater",
        "new",
        "old",
        "the",
        "in",
        "at",
        "of",
        "from",
        "to",
        "near",
        "outside",
        "across",
        "camp",
        "fort",
        "port",
        "mount",
        "lake",
        "saint",
        "st",
        "san",
        "santa",
        "el",
        "la",
        "le",
        "al",
        # where in or around the place ("Downtown Beirut", "Metropolitan Atlanta", "Northwest Syria")
        "northwest",
        "northeast",
        "southwest",
        "southeast",
        "northwestern",
        "northeastern",
        "southwestern",
        "southeastern",
        "downtown",
        "metropolitan",
        "suburban",
        "rural",
        "urban",
        "coastal",
        "inner",
        "outer",
        "historic",
        "occupied",
        "besieged",
    ]
}


def _country_only(gz: Gazetteer, rows: np.ndarray) -> bool:
    """Every candidate of ``rows`` is a country."""
    return bool(len(rows)) and bool((gz._kind[rows] == 5).all())


_FACTS_CACHE = 50_000  # keys whose postings facts are kept across documents (~300 bytes each)


def _facts(gz: Gazetteer, kid: int) -> tuple[np.ndarray, np.ndarray, bool, bool]:
    """Postings of key ``kid`` and whether they are all countries / all facility cores, memoised per key (the
    per-hit numpy calls on arrays of a few elements cost more than the rest of a hit's checks)."""
    memo = gz.__dict__.setdefault("_key_facts", {})
    got = memo.get(kid)
    if got is None:
        rows, flags = gz.postings(kid)
        if len(memo) > _FACTS_CACHE:
            memo.clear()
        got = memo[kid] = (rows, flags, _country_only(gz, rows), bool((flags & F_CORE).all()))
    return got


#: kinds of place written in lowercase after a name ("Deir Ezzor airbase", "Sadr city"), beside _GEO_GENERIC
_KIND_WORDS = frozenset(
    normalize_name(w)
    for w in (
        "airbase",
        "airfield",
        "base",
        "oilfield",
        "field",
        "fields",
        "farms",
        "heights",
        "hills",
        "hill",
        "crossing",
        "refinery",
        "prison",
        "hospital",
        "checkpoint",
        "market",
        "mosque",
        "quarter",
        "neighborhood",
        "neighbourhood",
        "suburb",
        "suburbs",
        "countryside",
        "desert",
        "plain",
        "plains",
        "gate",
        "station",
        "junction",
        "highway",
        "harbor",
        "harbour",
        "beach",
        "bay",
        "gulf",
        "sea",
        "strait",
        "canal",
        "park",
        "center",
        "centre",
        "complex",
        "palace",
        "stadium",
        "forest",
        "mount",
        "peak",
        "area",
        "region",
        "zone",
        "state",
        "territory",
        "territories",
        "strip",
        "bank",
        "coast",
        "delta",
        "basin",
        "oasis",
        "springs",
        "falls",
    )
)
#: lowercase words that may stand inside a multi-word place name as written ("Dar es Salaam", "Sadr city")
_NAME_PARTICLES = frozenset(
    (
        "al",
        "el",
        "ad",
        "ar",
        "as",
        "ash",
        "at",
        "az",
        "an",
        "ed",
        "es",
        "de",
        "del",
        "della",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "du",
        "des",
        "la",
        "le",
        "les",
        "los",
        "van",
        "von",
        "der",
        "den",
        "het",
        "y",
        "e",
        "i",
        "and",
        "of",
        "on",
        "upon",
        "under",
        "in",
        "the",
        "bin",
        "ibn",
        "bint",
        "ben",
        "abu",
        "umm",
        "um",
        "sur",
        "sous",
        "am",
        "im",
        "zu",
        "na",
        "nad",
        "pod",
    )
)


def _described_not_named(doc: _Doc, h: _Hit, dem: Mapping[str, str]) -> bool:
    """A two-word key matched over words that describe rather than name: an ordinary lowercase word after the first
    ("A week into the offensive" is no "A Week") or a demonym before a lowercase kind of place ("the Northern Irish
    town of Omagh" is no "Irish Town"). A name keeps its capitals, but for particles ("Dar es Salaam") and kind
    words written in lowercase ("Sadr city", "Deir Ezzor airbase")."""
    if h.t1 != h.t0 + 1:
        return False
    second = doc.orig_token(h.t1)
    if not second[:1].islower() or not second.isalpha():
        return False
    word = doc.toks[h.t1]
    if word in _NAME_PARTICLES:
        return False
    if word in _GEO_GENERIC or word in _KIND_WORDS or word in _DEPARTMENT_TOKS:
        return doc.toks[h.t0] in dem  # "Irish town", "Syrian village"
    return True


@functools.cache
def _person_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Titles, honorifics and first names for reading text: the build's lists plus the Census's common first names
    (a capitalised word after one is a surname: "Vickie Welborn", "Bertie Rice")."""
    titles, honorifics, given = person_words()
    # the Census's "Al" (Albert) is also the Arabic article of "Al-Shadadi": never a first name here
    return titles | _LOCAL_TITLES, honorifics, given | (census_given_names() - _ARTICLES)


#: titles of the news of some regions that the build's list lacks: a Moro or NPA commander ("Kumander Manila")
_LOCAL_TITLES = frozenset(normalize_name(w) for w in ("Kumander",))


def _facility_after(toks: list[str], t1: int) -> bool:
    """A facility word follows word ``t1`` ("T-4 Military Airport", "H3 air base")."""
    nxt = toks[t1 + 1] if t1 + 1 < len(toks) else None
    return any(toks[t1 + 1 : t1 + 1 + len(suf)] == suf for suf in _FAC_BY_FIRST.get(nxt, ()))  # type: ignore[arg-type]


#: a facility named by its town after it: "the airport in Timbuktu", "the air base near Kandahar"
_FACILITY_OF_TOWN = {
    ("the", "airport"): "airport",
    ("the", "international", "airport"): "airport",
    ("the", "military", "airport"): "airport",
    ("the", "airfield"): "airport",
    ("the", "air", "base"): "air base",
    ("the", "airbase"): "air base",
}
_FACILITY_OF_TOWN_MAX = max(map(len, _FACILITY_OF_TOWN))
#: the same after a town's possessive: "Port Sudan's international airport" (longest words first)
_FACILITY_OF_TOWN_OWN = (
    (("international", "airport"), "airport"),
    (("military", "airport"), "airport"),
    (("main", "airport"), "airport"),
    (("airport",), "airport"),
    (("airfield",), "airport"),
    (("air", "base"), "air base"),
    (("airbase",), "air base"),
)


def _facility_of_town(gz: Gazetteer, doc: _Doc, h: _Hit) -> None:
    """ "the airport in Timbuktu": the facility the gazetteer knows as "Timbuktu Airport", when it knows one (the
    town stays the answer otherwise)."""
    toks = doc.toks
    if h.t1 + 2 < len(toks) and toks[h.t1 + 1] == "s":
        # "Port Sudan's international airport", "Kandahar's air base": the town's own facility, by its possessive
        for words, suffix in _FACILITY_OF_TOWN_OWN:
            if tuple(toks[h.t1 + 2 : h.t1 + 2 + len(words)]) == words:
                kid = gz.key_id(" ".join([*toks[h.t0 : h.t1 + 1], suffix]))
                if kid is not None:
                    h.rows, h.flags = gz.postings(kid)
                    h.kid, h.pattern, h.core_only, h.country_only = kid, "facility", None, False
                return
    if h.t0 < 3 or toks[h.t0 - 1] not in ("in", "of"):
        return
    for n in range(2, _FACILITY_OF_TOWN_MAX + 1):
        suffix = _FACILITY_OF_TOWN.get(tuple(toks[h.t0 - 1 - n : h.t0 - 1]))
        if suffix is None:
            continue
        kid = gz.key_id(" ".join([*toks[h.t0 : h.t1 + 1], suffix]))
        if kid is None:
            return
        h.rows, h.flags = gz.postings(kid)
        h.kid, h.pattern, h.core_only, h.country_only = kid, "facility", None, False
        return


def _pattern(doc: _Doc, h: _Hit) -> None:
    """Extend a hit over facility/province words and set its pattern.

    A country name is never extended ("a U.S. base" is not a facility called "U.S.").
    """
    toks = doc.toks
    best = None
    if h.country_only:
        return
    t0, t1 = h.t0, h.t1
    nxt = toks[h.t1 + 1] if h.t1 + 1 < len(toks) else None
    for suf in _FAC_BY_FIRST.get(nxt, ()):  # type: ignore[arg-type]
        n = len(suf)
        if toks[h.t1 + 1 : h.t1 + 1 + n] == suf:
            best = n
            break
    key_toks = toks[h.t0 : h.t1 + 1]
    if best:
        h.t1 += best
        h.pattern = "facility"
        # (a key over the whole phrase, "El Obeid airport", is the facility itself: it goes before the town's name
        # grown over the word, whose town's primary name would outrank the airport's core)
        h.grown = True
    elif h.t0 > 0 and toks[h.t0 - 1] == "camp" and _cap(doc.orig_token(h.t0 - 1)):
        h.t0 -= 1
        h.pattern = "facility"
    elif (
        h.t1 + 1 < len(toks)
        and (
            toks[h.t1 + 1] in _ADMIN_TOKS
            # "Arauca department", "Ouémé department": the province (Colombia's, Benin's ...), not its namesake
            # town; lowercase only ("the Houston Police Department" is no area)
            or (toks[h.t1 + 1] in _DEPARTMENT_TOKS and doc.orig_token(h.t1 + 1).islower())
        )
        and doc.text[doc.orig_span(h.t0, h.t1)[1] : doc.orig_span(h.t0, h.t1)[1] + 1] != "-"
    ):
        # (not a compound adjective: "non-state armed groups", "a city-state")
        h.t1 += 1
        h.pattern = "admin1"
        h.grown = True
    elif len(key_toks) > 1 and _FACILITY_END.search(" ".join(key_toks)):
        h.pattern = "facility"
    if (t0, t1) != (h.t0, h.t1):
        h.start, h.end = doc.orig_span(h.t0, h.t1)


#: a plural province word after a list of names: "the Kyiv, Zhytomyr and Vinnytsia regions", "Khost and Paktika
#: provinces"
_PLURAL_ADMIN_AFTER = re.compile(r"\s+(?i:provinces|regions|states|governorates|oblasts)\b")
_LISTED_BETWEEN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)


def _provinces_listed(gz: Gazetteer, text: str, hits: list[_Hit], last: int) -> None:
    """The names of a list closed by a plural province word ("the Kyiv, Zhytomyr and Vinnytsia regions") are each
    read as "<name> region": the province, also where the bare name is only a city's ("Kyiv" is the capital, the
    oblast around it is "Kiev"). Names the gazetteer knows no province of stay as they are."""
    word = _PLURAL_ADMIN_AFTER.match(text, hits[last].end).group(0).strip().lower()[:-1]  # type: ignore[union-attr]
    word = "region" if word == "oblast" else word  # (the index's province words: "oblast" is a region's)
    k = last
    while k >= 0:
        h = hits[k]
        if h.pattern != "facility" and not h.country_only:
            got = gz.candidate_rows(f"{text[h.start : h.end]} {word}")
            # (an exact name only, no close spelling)
            if got is not None and got[2] == "admin1" and not (got[1] & F_FALLBACK).any():
                rows, flags, _ = got
                if (gz._kind[rows] == KIND["admin1"]).any():
                    h.rows, h.flags, h.pattern, h.kid = rows, flags, "admin1", -1
        if k == 0 or not _LISTED_BETWEEN.fullmatch(text, hits[k - 1].end, h.start):
            break
        k -= 1


def _longest(hits: list[_Hit]) -> list[_Hit]:
    """Longest non-overlapping hits (ties: the earlier one; over the same words, a key that is the whole phrase
    before a name grown by a province word: "Northwest Region" is Cameroon's region, not a town Northwest), in
    text order."""
    taken = bytearray(max(h.t1 for h in hits) + 2) if hits else bytearray()  # bytes: no numpy call per hit
    out = []
    for h in sorted(hits, key=lambda h: (-(h.t1 - h.t0), h.t0, h.grown)):
        if 1 in taken[h.t0 : h.t1 + 1]:
            continue
        taken[h.t0 : h.t1 + 1] = b"\x01" * (h.t1 + 1 - h.t0)
        out.append(h)
    out.sort(key=lambda h: h.t0)
    return out


_LINK = re.compile(r"^\s*(?:,|in|near|outside|of|,\s*in)\s*(?:the\s+)?$", re.IGNORECASE)
#: an apposition that says what contains the place: "Kuriga, a town in Kaduna state", "Pazigyi, a village of
#: Kanbalu township"
_APPOSITION = re.compile(
    r"^\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|district|area|locality|community|hamlet|"
    r"suburb|neighbou?rhood|settlement)\s+(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west|central|"
    r"north-?eastern|north-?western|south-?eastern|south-?western|northern|southern|eastern|western)\s+)?$",
    re.IGNORECASE,
)


def province_after(text: str, hits: Sequence[tuple[int, int]], i: int) -> int | None:
    """Index of the mention right after mention ``i`` that may contain it ("X in Y province", "X, Y").

    ``hits`` are (start, end) offsets of the mentions in text order.
    """
    if i + 1 >= len(hits):
        return None
    between = text[hits[i][1] : hits[i + 1][0]]
    if (len(between) > 12 or not _LINK.match(between)) and not apposition(between):
        return None
    return i + 1


#: "X, Y", "X in Y", "X district, Y": what may join a place to the province or country it lies in
_DISTRICT_LINK = re.compile(
    r"^\s*(?:(?:district|county|sub-?district|municipality|township|area)\s*)?(?:,|in|,\s*in)\s*(?:the\s+)?$",
    re.IGNORECASE,
)


#: what joins a province to its country: "Est region of Burkina Faso", "Nord-Ouest region, Cameroon"
_REGION_OF = re.compile(
    r"^\s*(?:(?:region|province|state|governorate|department|prefecture|oblast|division)\s*)?(?:of|,|in)\s*"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


_REGION_WORD_OF = re.compile(r"^\s*(?:region|area|part)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


_LIST_JOIN = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or)\s*$", re.IGNORECASE)


def apposition(between: str) -> bool:
    """``between`` sets off the place after it as the holder of the one before: "Kuriga, a town in Kaduna state"."""
    return len(between) < 60 and _APPOSITION.match(between) is not None


def _contexts(gz: Gazetteer, hits: list[_Hit], text: str) -> list[MentionContext]:
    ctxs = []
    for h in hits:
        ctx = prepare(gz, h.rows, h.flags, h.pattern, key=h.kid if h.kid >= 0 else None)
        if h.pattern == "name" and len(ctx.rows):
            # the first best (argmax's choice): first in the stable order by score
            kind = ctx.top_kind
            if kind is None:
                top = int(
                    ctx.rows[int(ctx.order[0]) if ctx.order is not None else int(np.argmax(ctx.scores))]
                )
                kind = gz.kind_of(top)
            if kind == "country":
                h.pattern = "country"
            elif kind in ("site", "airport"):
                h.pattern = "facility"  # a facility named outright ("Camp Taji", "Bagram")
        ctxs.append(ctx)
    spans = [(h.start, h.end) for h in hits]
    for k in range(len(hits)):
        j = province_after(text, spans, k)
        if j is not None and hits[j].pattern in ("admin1", "country", "name"):
            ctxs[k].container = j
        elif _owner_before(text, hits, k) and hits[k - 1].pattern in ("admin1", "country", "name"):
            ctxs[k].container = (
                k - 1
            )  # "Kherson's Dniprovskyi district": the district inside Kherson('s oblast)
    for j, h in enumerate(hits):
        # a province that frames its sentence holds the places the sentence names after it: "In Kharkiv region, a
        # drone hit an electrical substation in the town of Zolochiv" (not Zolochiv in Lviv oblast)
        if h.pattern != "admin1" or not _FRAME_BEFORE.search(text, max(0, h.start - 16), h.start):
            continue
        if not _FRAME_AFTER.match(text, h.end):
            continue
        stop = _SENTENCE_STOP.search(text, h.end)
        end = stop.start() if stop else len(text)
        for k in range(j + 1, len(hits)):
            if hits[k].start >= end:
                break
            if ctxs[k].container is None and hits[k].pattern == "name":
                ctxs[k].container = j
    return ctxs


#: a province opening its sentence as its frame: "In Kharkiv region, ...", "In the Donetsk region, ..."
_FRAME_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:In|Across|Elsewhere\s+in)\s+(?:the\s+)?$")
_FRAME_AFTER = re.compile(r"\s*,")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


#: what joins an owner to a part of it: "Kherson's Dniprovskyi district", "Syria's Idlib province"
_POSSESSIVE_LINK = re.compile(
    r"^['’]s?\s+(?:(?:northern|southern|eastern|western|central|north-?\w+|south-?\w+)\s+)?$"
)
#: the part words that make "X's Y" a part of X ("Kherson's Dniprovskyi district", not "Russia's Putin")
_PART_AFTER = re.compile(
    r"\s+(?:district|neighbou?rhood|suburb|quarter|area|raion|rayon|region|province|governorate|oblast|state|"
    r"county|municipality|township|outskirts)\b",
    re.IGNORECASE,
)


def _owner_before(text: str, hits: list[_Hit], k: int) -> bool:
    """Mention ``k`` is told as a part of the place named just before it, by a possessive: "Kherson's Dniprovskyi
    district", "Syria's Idlib province" (with a part word after it, so not "Russia's Putin")."""
    return (
        k > 0
        and _POSSESSIVE_LINK.match(text[hits[k - 1].end : hits[k].start]) is not None
        and (
            _PART_AFTER.match(text, hits[k].end) is not None
            or _PART_AFTER.search(text, hits[k].start, hits[k].end)
            is not None  # ("Dniprovskyi district" one name)
        )
    )


#: a word joined by a hyphen to an administrative word: a compound adjective ("non-state", "city-state")
_COMPOUND_ADMIN_AFTER = re.compile(r"-(?:state|province|country|city|region)s?\b")
#: how far a town's part may lie from the town's point ("Kherson's Dniprovskyi district")
_PART_KM = 30.0


def _outside_its_owner(text: str, hits: list[_Hit], ranked: list, k: int) -> bool:
    """Mention ``k`` is a part of the place named before it ("Kherson's Dniprovskyi district") and none of its
    candidates lies there: the gazetteer does not know that part (the namesake district of Kyiv is not it), and the
    owner says where it is."""
    if not _owner_before(text, hits, k) or not ranked[k - 1] or not ranked[k]:
        return False
    owner = ranked[k - 1][0].place
    if owner.kind == "country":
        return not any(c.place.iso3 == owner.iso3 for c in ranked[k])
    if owner.kind == "admin1":
        return not any(
            c.place.iso3 == owner.iso3 and (c.place.admin1 == owner.admin1 or _on_its_border(owner, c.place))
            for c in ranked[k]
        )
    if owner.kind != "settlement" or owner.lat is None or owner.lon is None:
        return False  # (a county's extent is not known: "Warren County's Hamilton Township")
    return not any(
        c.place.lat is not None
        and c.place.lon is not None
        and (
            haversine_km(owner.lat, owner.lon, c.place.lat, c.place.lon) <= _PART_KM
            or (c.place.kind == "admin1" and c.place.iso3 == owner.iso3 and c.place.admin1 == owner.admin1)
        )
        for c in ranked[k]
    )


def _on_its_border(province: Place, place: Place) -> bool:
    """``place``, given another province by the polygons, lies within a few km of ``province``: a border town the
    simplified layer puts across ("Manipur's Jiribam district", Jiribam's point in Assam)."""
    if place.lat is None or place.lon is None or not province.place_id.startswith("adm1:"):
        return False
    from geodata.distance import near_admin1

    return near_admin1(province.place_id.removeprefix("adm1:"), place.lon, place.lat)


def _outside_its_province(text: str, hits: list[_Hit], ranked: list, k: int) -> bool:
    """Mention ``k`` is said to lie in the province or country named right after it ("Kuriga, a town in Kaduna
    state") and none of its candidates does: the gazetteer does not know that town (its namesakes elsewhere are
    not it), and the province says where it is."""
    if k + 1 >= len(hits) or not ranked[k + 1]:
        return False
    between = text[hits[k].end : hits[k + 1].start]
    outer = ranked[k + 1][0].place
    if (
        outer.kind == "country"
        # (a province, or a region of several countries said to be one of this country's: "the Sahel region of
        # Burkina Faso"; not "Kashmir, India-Pakistan border", "the Indian Ocean in Seychelles")
        and (
            ranked[k][0].place.kind == "admin1"
            or (not ranked[k][0].place.iso3 and _REGION_WORD_OF.match(between) is not None)
        )
        and _REGION_OF.match(between)
        and not (k + 2 < len(hits) and _LIST_JOIN.match(text[hits[k + 1].end : hits[k + 2].start]))
    ):
        # "the Est region of Burkina Faso", "Centre-Nord region, Burkina Faso": a province of that country; when
        # the gazetteer has none of that name there (Cameroon's Est is not it), the country says where
        return not any(c.place.iso3 == outer.iso3 for c in ranked[k])
    if (
        not apposition(between)
        and not (
            # "Juba district, Marib province", "Kuchi, Nigeria": a province said to be one, or a country, named right
            # after a place contains it (a bare town after a town does not: "Chai, Macomia" may be a district's seat)
            _DISTRICT_LINK.match(between)
            and (hits[k + 1].pattern == "admin1" or outer.kind == "country")
            # (not a list: "Brazil, Mexico", "Trips to Saipan, Guam, Alaska"; nor a new clause: "from Sirte, the US")
            and ranked[k][0].place.kind not in ("country", "admin1")
            and not (k + 2 < len(hits) and _LIST_JOIN.match(text[hits[k + 1].end : hits[k + 2].start]))
            and "the" not in between.lower().split()
        )
    ):
        return False
    if outer.kind == "admin1" and outer.feature_code not in ("ADMD", "RGN"):
        return not any(c.place.iso3 == outer.iso3 and c.place.admin1 == outer.admin1 for c in ranked[k])
    # (a region of several provinces holds towns of other province names: "El Fasher, the last major city in
    # Darfur" is in North Darfur; only its country can be checked)
    if outer.kind == "country" or outer.kind == "admin1":
        return not any(c.place.iso3 == outer.iso3 for c in ranked[k])
    return False


#: units of local government only a few countries have: the word after a name says the country ("Kani township",
#: "Kalu woreda", "Tarbela tehsil"; lowercase: "Hamilton Township" is a name)
_UNIT_COUNTRIES = {
    "township": ("MMR",),
    "woreda": ("ETH",),
    "kebele": ("ETH",),
    "upazila": ("BGD",),
    "tehsil": ("PAK", "IND"),
    "taluka": ("IND",),
    "barangay": ("PHL",),
}
_UNIT_WORD = re.compile(r"\b(?:" + "|".join(_UNIT_COUNTRIES) + r")\b")
_UNIT_COUNTRY_AFTER = re.compile(r"(?<=[\w'’])\s+(" + "|".join(_UNIT_COUNTRIES) + r")\b")


#: how far below a province a town spelled as written may score and still be what is meant
_SPELLING_MARGIN = 2.0
_SPELLED_TOWN_PEOPLE = 20_000


def _plain(name: str) -> str:
    """Lowercase letters and digits without accents: a name as spelled ("Bastión" -> "bastion"), without the
    folding of transliteration variants that :func:`normalize_name` does ("Kayah" and "Kaya" both "kaia")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name.lower()) if ch.isalnum())


def _spelled_as_said(surface: str, cands: Sequence[Candidate]) -> Candidate | None:
    """A town spelled exactly as the text writes the name, when the best reading is a province matched only through
    a variant spelling and scores less than :data:`_SPELLING_MARGIN` above it: "Kaya" is the Burkinabe city, not
    Myanmar's Kayah State (which the report's context must then name to win)."""
    said = _plain(surface)
    if not said or _plain(cands[0].place.name) == said:
        return None
    floor = cands[0].score - _SPELLING_MARGIN
    return next(
        (
            c
            for c in cands[1:]
            if c.place.kind == "settlement"
            # (not the province's own town in another spelling: "Latakia" is the city and "Lattakia" its
            # governorate, one name; which of the two is meant is the context's to say, as before)
            and not (c.place.iso3 == cands[0].place.iso3 and c.place.admin1 == cands[0].place.admin1)
            and (c.place.population or 0) >= _SPELLED_TOWN_PEOPLE
            and c.score >= floor
            and _plain(c.place.name) == said
        ),
        None,
    )


def find_places(
    text: str,
    gazetteer: Gazetteer,
    *,
    country_hint: str | None = None,
    country_context: Mapping[str, float] | None = None,
    demonyms_out: dict[str, float] | None = None,
) -> list[PlaceMention]:
    """All place mentions in ``text`` with ranked candidates (see module docstring for what is filtered).

    ``country_context`` (ISO3 -> weight) adds what the caller read elsewhere in the text (the theatre of the armed
    groups it names), weighted like demonyms. ``demonyms_out``, when given, receives the countries the text names
    by a capitalised demonym ("Israeli" -> ISR: 0.5 per mention), read in the same pass.
    """
    hits, countries, _doc = scan(text, gazetteer)
    if demonyms_out is not None:
        demonyms_out.update(countries)
    ordinary = _ordinary_word_hits(text, hits)
    for iso3, w in (country_context or {}).items():
        countries[iso3] = countries.get(iso3, 0.0) + w
    for m in _UNIT_COUNTRY_AFTER.finditer(text) if _UNIT_WORD.search(text) else ():
        # "Kani township", "Kalu woreda": a unit only some countries have says which (as Nigeria's LGAs do)
        for iso3 in _UNIT_COUNTRIES[m.group(1)]:
            countries[iso3] = countries.get(iso3, 0.0) + 0.5
    ctxs = _contexts(gazetteer, hits, text)
    ranked = resolve_document(
        gazetteer, ctxs, demonym_countries=countries, country_hint=country_hint, keys=[h.key for h in hits]
    )
    anchors = [
        (c[0].place.lat, c[0].place.lon)
        for h, c in zip(hits, ranked, strict=True)
        if c
        and not h.quarter
        and c[0].place.lat is not None
        and c[0].place.kind in ("settlement", "site", "airport")
    ]
    out = []
    for k, (h, cands) in enumerate(zip(hits, ranked, strict=True)):
        if not cands:
            continue
        if _outside_its_province(text, hits, ranked, k) or _outside_its_owner(text, hits, ranked, k):
            continue
        if _COMPOUND_ADMIN_AFTER.match(text, h.end):
            continue  # "Non-state armed groups", "member-state": an adjective, no place
        if ordinary and id(h) in ordinary and not _important(cands[0].place):
            continue  # "None of the ...", "the Chamber of Commerce": an ordinary word, not a hamlet
        if h.quarter and anchors and cands[0].place.lat is not None:
            # a town's part named like a town elsewhere (the gazetteer has few neighbourhoods): kept only near the
            # report's other places
            p = cands[0].place
            if min(haversine_km(p.lat, p.lon, la, lo) for la, lo in anchors) > _QUARTER_KM:
                continue
        if h.pattern == "name" and len(cands) > 1 and cands[0].place.kind == "admin1":
            town = _spelled_as_said(text[h.start : h.end], cands)
            if town is not None:
                cands = [town, *(c for c in cands if c is not town)]
        if (
            cands[0].place.kind in ("admin1", "admin2")
            and len(cands) > 1
            and _said_a_town(text, h.start, h.end)
        ):
            # "the southern city of Kherson", "Kunduz city": the province's namesake town, when it is a candidate
            top = cands[0].place
            town = next(
                (
                    c
                    for c in cands
                    if c.place.kind == "settlement"
                    and c.place.iso3 == top.iso3
                    and (c.place.admin1 in (None, top.admin1, top.name) or top.kind == "admin2")
                ),
                None,
            )
            if town is not None:
                cands = [town, *(c for c in cands if c is not town)]
        elif (
            cands[0].place.kind == "settlement"
            and len(cands) > 1
            and PROVINCE_OF_BEFORE.search(text, max(0, h.start - 40), h.start)
        ):
            # "in the province of Homs", "the provinces of Daraa and Quneitra": the town's province, when the
            # province of that name in the same country is a candidate
            top = cands[0].place
            prov = next(
                (
                    c
                    for c in cands
                    if c.place.kind == "admin1" and c.place.iso3 == top.iso3 and c.place.admin1 == top.admin1
                ),
                None,
            )
            if prov is None:
                # (the province may be named otherwise in the boundary layer: "Dayr Az Zawr"): the town's own
                i = gazetteer.index_of(top.place_id)
                code = gazetteer.admin1_code_of(i) if i is not None else None
                area = gazetteer.get(f"adm1:{code}") if code else None
                if area is not None and area.kind == "admin1":
                    prov = Candidate(area, cands[0].score, "admin1")
            if prov is not None:
                cands = [prov, *(c for c in cands if c is not prov)]
        elif (
            cands[0].place.iso3 not in _COUNTY_COUNTRIES
            and len(cands) > 1
            and text[h.end : h.end + 7] in (" County", " county")
        ):
            # "Lamu County": a unit only some countries have (Kenya's, Liberia's, South Sudan's, the US's ...), so
            # the namesake there (Lamu, Kenya), not an atoll of the Maldives spelt alike
            county = next((c for c in cands if c.place.iso3 in _COUNTY_COUNTRIES), None)
            if county is not None:
                cands = [county, *(c for c in cands if c is not county)]
        if (
            cands[0].place.iso3 not in _TOWN_COUNTY_COUNTRIES
            and cands[0].place.kind == "settlement"
            and text[h.end : h.end + 7] in (" County", " county")
            and gazetteer.names_us_county(text[h.start : h.end])
        ):
            # "Douglas County" (a US county's name): the county (read by its full name, or left to the context when
            # several states have one), never a town Douglas of whichever country or state the prior prefers
            continue
        out.append(_place_mention(h.start, h.end, text[h.start : h.end], h.pattern, tuple(cands)))
    return out


#: countries whose counties are named after their towns, as news of their conflicts names them ("Lamu County",
#: Kenya's, South Sudan's, Uganda's, most of Liberia's): the town is the honest "near" reading of the county there
_TOWN_COUNTY_COUNTRIES = frozenset(("KEN", "LBR", "SSD", "UGA"))
#: countries whose units are called counties in English news (first- or second-level): "<Name> County" is there
_COUNTY_COUNTRIES = frozenset(
    (
        "USA", "GBR", "IRL", "KEN", "LBR", "SSD", "UGA", "TWN", "CHN", "NOR", "SWE", "HUN", "HRV", "EST", "ROU",
        "LTU", "POL", "ALB", "CAN", "SRB",
    )
)  # fmt: skip


#: "the province of Homs", "the provinces of Daraa and ", "the governorate of Idlib": a province said to be one
#: (also read by extraction's place choice)
PROVINCE_OF_BEFORE = re.compile(
    r"\b(?:provinces?|governorates?|states?|regions?|oblasts?)\s+of\s+(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])"
    r"[\w'’-]+)?\s*(?:,|and)\s+)?$",
    re.IGNORECASE,
)


_TOWN_BEFORE = re.compile(r"\b(?:city|town|village|port|capital)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_TOWN_AFTER = re.compile(r"\s+(?:city|town)\b(?!\s+(?:of|council|hall)\b)", re.IGNORECASE)


def _said_a_town(text: str, start: int, end: int) -> bool:
    """The text calls the place a city or town: "the city of Kherson", "in Kunduz city"."""
    return bool(_TOWN_BEFORE.search(text, max(0, start - 24), start) or _TOWN_AFTER.match(text, end))


_NEW = object.__new__
_SET_START, _SET_END, _SET_SURFACE, _SET_PATTERN, _SET_CANDIDATES = (
    PlaceMention.__dict__[f].__set__ for f in ("start", "end", "surface", "pattern", "candidates")
)


def _place_mention(start: int, end: int, surface: str, pattern: str, candidates: tuple) -> PlaceMention:  # type: ignore[type-arg]
    """``PlaceMention(start, end, surface, pattern, candidates)`` without the frozen dataclass's ``__init__``
    (each field set through ``object.__setattr__``): the same record, half the cost; a report makes dozens."""
    m = _NEW(PlaceMention)
    _SET_START(m, start)
    _SET_END(m, end)
    _SET_SURFACE(m, surface)
    _SET_PATTERN(m, pattern)
    _SET_CANDIDATES(m, candidates)
    return m


_QUARTER_KM = 50.0  # a neighbourhood lies within this of the town the report names with it


#: what says a word is a place: a locative or a deed done to a place before it ("in Commerce", "attacked Rann", "the
#: village of Ore"), or a province or a kind of place after it ("Commerce, Georgia", "Rann town")
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|from|to|outside|into|towards?|across|around|inside|via|attacked|shelled|bombed|struck|hit|"
    r"stormed|captured|seized|raided|entered|besieged|liberated|retook|recaptured|overran|targeted|reached|fled|"
    r"left|visited|(?:town|city|village|district|area|region|province|county|camp|settlement|locality)\s+of|"
    # a bearing from it, or a sea off it ("54 nautical miles west of Mocha", "off Mocha")
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|off)\s+$"
)
_PLACE_AFTER = re.compile(
    r",\s+[A-Z][a-z]|\s+(?:town|village|city|district|area|county|region|province|camp|countryside|outskirts)\b"
)


def _ordinary_word_hits(text: str, hits: list[_Hit]) -> set[int]:
    """Ids of the one-word name hits that are English dictionary words used as words, not hamlets' names.

    Opening a sentence ("None of the ...", "Bond was set at ...", "Artillery fire killed ..."), a word is capitalised
    by its position: no place unless the report also names it inside a sentence (one sense per report). Inside a
    sentence, it needs evidence somewhere in the report: a locative or a deed done to a place before it, or a
    province or kind of place after it. (Important places are kept by the caller: see :func:`_important`.)"""
    words = dictionary_words()
    found = [h for h in hits if h.t0 == h.t1 and h.pattern == "name" and h.key in words]
    if not found:
        return set()
    inside = {h.key for h in found if not _capital_of_position(text, h.start)}
    out = {id(h) for h in found if h.key not in inside and _capital_of_position(text, h.start)}
    # inside a sentence too, an ordinary word names a hamlet only where something says it is a place: a locative
    # before it ("in Commerce", "near Liberal") or a province after it ("Commerce, Georgia"); "the Chamber of
    # Commerce", "Congress can act", "the Olympic Games" are no places
    located = {h.key for h in found if _LOCATIVE_BEFORE.search(text, max(0, h.start - 24), h.start)}
    out |= {id(h) for h in found if h.key not in located and not _PLACE_AFTER.match(text, h.end)}
    return out


def _important(p: Place) -> bool:
    """A country, province, capital or town of 20,000 people or more keeps its reading as a sentence's first word
    ("Palmyra was captured", "Mobile"); hamlets named like words do not ("None", "Bond", "Artillery")."""
    return p.kind in ("country", "admin1") or p.feature_code == "PPLC" or (p.population or 0) >= 20_000


def resolve_spans(
    text: str, spans: Sequence[tuple[int, int]], gazetteer: Gazetteer
) -> list[Candidate | None]:
    """Best candidate for each given span (gold place names), using the whole document as context.

    A span that :func:`find_places` recognises keeps its pattern; any other span is looked up by its text
    (facility/province words, spelling variants, close spellings). The given spans are the document's places
    and give each other country, containment and proximity context; what :func:`find_places` would find
    elsewhere in the text is not used: beside a full list of the places it is mostly noise (surnames,
    "Commonwealth", a "Man" in a headline) that dilutes the context (LGL dev half +1.8 points acc@161).
    """
    hits, countries, _doc = scan(text, gazetteer)
    by_span = {(h.start, h.end): h for h in hits}
    # a span the text extends with a lowercase province word ("a Washington state farm", "Anbar province"):
    # the scan's hit over the whole phrase, whose pattern says what kind of place the name is
    by_start = {h.start: h for h in hits if h.pattern == "admin1"}
    given: list[_Hit | None] = []
    for s, e in spans:
        h = by_span.get((s, e))
        if h is None:
            h = by_start.get(s)
            word = text[e : h.end].strip() if h is not None else ""
            if not (
                h is not None
                and h.end > e
                and text[e : e + 1].isspace()
                and word.islower()
                and word != "region"
            ):
                h = None  # ("Columbia State" is a college, "the Houston region" the city's area, not Texas)
        if h is None:
            got = gazetteer.candidate_rows(text[s:e])
            if got is not None:
                rows, flags, pattern = got
                h = _Hit(
                    t0=-1,
                    t1=-1,
                    start=s,
                    end=e,
                    rows=rows,
                    flags=flags,
                    pattern=pattern,
                    key=key_of(text[s:e]),
                )
        if h is not None and h.pattern == "name":
            h = _with_counties(gazetteer, h)
        given.append(h)
    mentions = sorted({id(h): h for h in given if h is not None}.values(), key=lambda h: h.start)
    # one name, one vote and one sense per document: mentions share their name's key
    ranked = resolve_document(
        gazetteer,
        _contexts(gazetteer, mentions, text),
        demonym_countries=countries,
        keys=[h.key for h in mentions],
    )
    best = {id(h): (c[0] if c else None) for h, c in zip(mentions, ranked, strict=True)}
    out = [best[id(g)] if g is not None else None for g in given]
    flags = [h.flags if h is not None else None for h in given]
    guessed = [
        c is not None and f is not None and len(f) > 0 and bool((f & F_FALLBACK).all())
        for c, f in zip(out, flags, strict=True)
    ]
    if any(c is None for c in out) or any(guessed):
        focus = _focus(out, flags)
        if focus is not None:
            fp = focus.place
            out = [
                focus
                if c is None
                or (
                    g
                    and haversine_km(c.place.lat, c.place.lon, fp.lat, fp.lon) > _GUESS_FAR_KM
                    and not _names_area(text[s:e], c, fp)
                )
                else c
                for c, g, (s, e) in zip(out, guessed, spans, strict=True)
            ]
    return out


# the head words of an institution's name: "Bank of Japan", "University of California", "Arizona State University",
# "Air Canada" lie in the area they name; a lake, delta, park or street named after an area ("Lake Vermont",
# "Niger Delta") does not
_INSTITUTION = re.compile(
    r"\b(?:universit(?:y|ies)|college|school|academy|institute|bank|reserve|court|parliament|assembly|congress|"
    r"senate|ministry|department|government|council|commission|authority|agency|police|army|navy|guard|"
    r"museum|hospital|show|fair|airlines?|airways|air|railways?|chambers?|association|federation|league|"
    r"club|orchestra|times|post|herald|tribune|news|corporation|company|embassy|consulate)\b",
    re.IGNORECASE,
)


def _names_area(surface: str, guess: Candidate, focus: Place) -> bool:
    """True when an institution's name says which country or province it is in ("Bank of Japan", "University of
    California", "Arizona State University": the area leads the name or follows its "of") and the report's focus
    lies elsewhere: the institution is in that area, wherever else the report is about."""
    p = guess.place
    if guess.precision == "country":
        apart = bool(p.iso3) and p.iso3 != focus.iso3
    elif guess.precision == "admin1":
        apart = bool(p.admin1) and (p.iso3, p.admin1) != (focus.iso3, focus.admin1)
    else:
        return False
    if not apart or not _INSTITUTION.search(surface):
        return False
    key, area = normalize_name(surface), normalize_name(p.name)
    # ("University of St. Thomas" is named after the saint, not the island)
    return key.startswith(area + " ") or (f" of {area}" in key and not area.startswith("saint "))


_GUESS_FAR_KM = 300.0  # a fallback guess further than this from the report's focus gives way to it (dev: 161 / 300 / 600 km)


_FOCUS_ORDER = {"site": 0, "settlement": 0, "admin2": 1, "admin1": 2, "country": 3}


def _focus(found: Sequence[Candidate | None], flags: Sequence[np.ndarray | None]) -> Candidate | None:
    """The report's focus place: what a place name the gazetteer does not know most likely lies in.

    A street, a building, a neighbourhood or a village missing from the gazetteer is, in a news report, almost
    always in the report's main place; its best location is that place at that place's precision (never a
    pinpoint of its own). The focus is the most-named place of the finest level named (settlements and sites
    before provinces before countries), counting only names the gazetteer knows outright (no fallback guesses);
    ties go to the first named. None when no such place is named.
    """
    counts: dict[str, int] = {}
    first: dict[str, tuple[int, int, Candidate]] = {}
    by_country: dict[str, int] = {}
    for i, (c, f) in enumerate(zip(found, flags, strict=True)):
        if c is None or f is None or (len(f) and bool((f & F_FALLBACK).all())):
            continue
        pid = c.place.place_id
        counts[pid] = counts.get(pid, 0) + 1
        if c.place.iso3:
            by_country[c.place.iso3] = by_country.get(c.place.iso3, 0) + 1
        if pid not in first:
            first[pid] = (_FOCUS_ORDER.get(c.precision, 3), i, c)
    if not counts:
        return None
    if by_country:
        # the main place lies in the report's main country: a Cairo school called "Liverpool Academy" makes
        # Liverpool the most-named town, but Egypt is the most-named country
        top = max(by_country.values())
        main = {k for k, v in by_country.items() if v == top}
        inside = {p: v for p, v in first.items() if v[2].place.iso3 in main}
        if inside:
            first = inside
            counts = {p: counts[p] for p in inside}
    level = min(v[0] for v in first.values())
    pid = min((p for p in counts if first[p][0] == level), key=lambda p: (-counts[p], first[p][1]))
    c = first[pid][2]
    return Candidate(place=c.place, score=0.0, precision=c.precision)


def _with_counties(gz: Gazetteer, h: _Hit) -> _Hit:
    """A given place name that is also a US county's name ("Clay", "Grant") may mean the county: add the
    counties as candidates, as main names (a county's prior is then about that of a town of 2,000 people), so
    the context (the other counties and towns of a state) decides. Given names only: in running text a bare
    "Clay" is rarely a county."""
    got = gz.counties_named(h.key)
    if got is None:
        return h
    new = np.setdiff1d(got[0], h.rows)
    if not len(new):
        return h
    return _Hit(
        t0=h.t0,
        t1=h.t1,
        start=h.start,
        end=h.end,
        rows=np.concatenate([h.rows, new]).astype(h.rows.dtype),
        flags=np.concatenate([h.flags, np.full(len(new), F_PRIMARY, dtype=h.flags.dtype)]),
        pattern=h.pattern,
        key=h.key,
    )


def key_of(name: str) -> str:
    """Folded key of a name (re-exported helper for callers that cache by key)."""
    return normalize_name(name)
