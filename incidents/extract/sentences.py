"""Sentence and clause splitting that keeps character offsets into the report text.

Why our own splitter: evidence spans must be exact offsets into the unchanged report text, and the extractor has a
budget of ~2 ms per report; pysbd keeps offsets but costs milliseconds per paragraph. News prose needs only a few
rules:

- a blank line always ends a sentence, and so does a single line break unless the next line starts in lowercase
  (wrapped prose); headlines and captions on their own lines therefore stay apart from the body;
- ``.``, ``!``, ``?`` (optionally followed by closing quotes/brackets) end a sentence when followed by whitespace and
  an uppercase letter, digit or opening quote;
- except after abbreviations that usually precede a name or number (``Gen.``, ``Lt.``, ``Mr.``, ``No.``, ``Jan.``,
  ``St.``), single capital initials (``J. Smith``), and dotted acronyms (``U.S.``, ``U.N.``) when the next word is
  lowercase or a proper-noun continuation (``the U.S. Army said`` stays whole; ``...in the U.S. The army`` is cut
  because ``The`` starts a sentence).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from incidents.textscan import finditer_led, first_led

__all__ = ["Sentence", "split_clauses", "split_sentences"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """``text[start:end]`` of the report, whitespace-trimmed."""

    start: int
    end: int


#: abbreviations after which a period does not end a sentence (lowercase, without the period)
_ABBREV = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cpt",
        "sgt",
        "cpl",
        "pvt",
        "adm",
        "brig",
        "cmdr",
        "cdr",
        "gov",
        "sen",
        "rep",
        "pres",
        "amb",
        "rev",
        "fr",
        "st",
        "mt",
        "ft",
        "no",
        "nos",
        "vol",
        "art",
        "sec",
        "dept",
        "est",
        "approx",
        "jr",
        "sr",
        "co",
        "corp",
        "inc",
        "ltd",
        "vs",
        "etc",
        "al",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "km",
        "kms",
        "hr",
        "hrs",
        "min",
        "sq",
    ]
)
#: words that, capitalised after an acronym such as "U.S.", usually begin a new sentence
_SENTENCE_STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "this",
        "that",
        "these",
        "those",
        "there",
        "his",
        "her",
        "their",
        "its",
        "in",
        "on",
        "at",
        "but",
        "and",
        "however",
        "meanwhile",
        "officials",
        "police",
        "witnesses",
        "residents",
        "earlier",
        "later",
        "no",
        "one",
        "two",
        "three",
    ]
)

_BOUNDARY = re.compile(
    # (an inline bullet after the period starts the next item: "... outside Konduga. - Tuesday: ISWAP attacked")
    r"[.!?]+[\"'”’)\]]*(?=[ \t]+(?:[-•*–][ \t]+)?[\"“‘'(\[]?[A-Z0-9])|\n[ \t]*\n\s*|[ \t]*\n(?=[ \t]*[^a-z\s])"
)
#: where a boundary starts, found skipping to its first characters (``.!?``, spaces, line breaks)
_BOUNDARY_LED = first_led(_BOUNDARY)
_LINE = re.compile(r"\n")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.\-]*)$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` belongs to an abbreviation, initial or acronym rather than ending a sentence."""
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if not m:
        return False
    word = m.group(1)
    bare = word.rstrip(".").lower()
    if "." in word.rstrip("."):  # dotted acronym: U.S. / U.N. / a.m.
        nxt = re.match(r"\s+([A-Za-z]+)", text[dot + 1 : dot + 40])
        return not (nxt and nxt.group(1).lower() in _SENTENCE_STARTERS)
    if len(word) == 1 and word.isupper():  # initial
        return True
    return bare.split("-")[-1] in _ABBREV


def _trimmed(text: str, start: int, end: int) -> Sentence | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end) if end > start else None


def split_sentences(text: str, ranges: Iterable[tuple[int, int]] | None = None) -> list[Sentence]:
    """Sentences of ``text`` (only inside ``ranges`` when given, e.g. the article body), in text order."""
    out: list[Sentence] = []
    for r_start, r_end in ranges if ranges is not None else ((0, len(text)),):
        pos = r_start
        for m in finditer_led(_BOUNDARY, _BOUNDARY_LED, text, r_start, r_end):
            if m.group(0)[0] == "." and _is_abbreviation(text, m.start()):
                continue
            cut = m.end() if not m.group(0)[0].isspace() else m.start()
            s = _trimmed(text, pos, cut)
            if s is not None:
                out.append(s)
            pos = m.end()
        s = _trimmed(text, pos, r_end)
        if s is not None:
            out.append(s)
    return out


_CLAUSE = re.compile(
    # (", adding that two suspects had been arrested": a further fact the source adds)
    r";|\s[—–]\s|,\s+(?=(?:while|whereas|but|as|although|though|adding\s+that)\b"
    # (not the outcome of the munitions just told: "launched two drones at the base, but both were shot down")
    r"(?!\s+(?:(?:all|both|each|most|none|they|it|the\s+[\w-]+)(?:\s+of\s+them)?\s+)?(?:had\s+been|have\s+been|were|"
    r"was)\s+(?:shot\s+down|intercepted|downed)\b))|:\s(?=[\"“A-Z])|"
    # headlines join two facts with a bare "as" before a toll: "PM vows crackdown as 17 killed"
    r"\s(?=as\s+(?:\d|at\s+least|more\s+than|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|"
    r"hundreds)\b))|"
    # ... or before a second deed with a subject of its own: "Coalition downs drones over Al-Tanf as SDF and
    # government forces clash near Deir Hafer"
    r"\s(?=as\s+(?!(?:well|a\s+result|part|such|long|soon|much|many|far|if|though|it|they|he|she|we|to|in|of|for|"
    r"with|by|on|at|from|a|an|one|usual|expected|planned|reported|described|seen|shown)\b)"
    r"(?:[\w'’-]+\s+){1,4}?(?:clash|clashes|fight|battle|battles|strike|strikes|attack|attacks|kill|kills|shell|shells|"
    r"pound|pounds|storm|storms|seize|seizes|bomb|bombs|advance|advances|protest|protests|rally|rallies)"
    # (the verb's place after it: not "Baghdad Shiites hit as Iraq attacks kill 34", one toll told twice)
    r"\s+(?:near|in|at|on|over|around|across|outside|inside|with)\b)|"
    # a second deed with a subject of its own: "..., and riot police used tear gas to break up a gathering in
    # Tehran on Saturday" (not "..., and killed 12": the same subject's deed goes on)
    r",\s+(?=and\s+(?:(?:the|a|an)\s+)?(?:riot\s+police|police|troops|soldiers|gunmen|militants|rebels|protesters|"
    r"security\s+forces|fighters|(?-i:[A-Z])[\w'’-]+(?:\s+(?:forces|troops|police|soldiers|fighters|militants|"
    r"jets|drones))?)\s+(?:[\w'’-]+\s+)?(?:used|fired|shelled|struck|hit|attacked|stormed|raided|clashed|killed|"
    r"opened|seized|captured|bombed|launched|dispersed|arrested|detained|ambushed|torched|looted)\b"
    # (with a place or a day of its own: "..., and police fired tear gas to disperse them" is the same protest)
    r"[^,.;]{0,100}?\b(?:in|on|near|at)\s+(?-i:[A-Z]))|"
    # a deed of its own at the place just named: "12 civilians were killed in Gao, where soldiers later clashed with
    # the attackers, killing three of them"
    r",\s+(?=where\s+(?:[\w'’-]+\s+){1,4}?(?:later\s+|then\s+|also\s+)?(?:clashed|exchanged|fought|killed|attacked|"
    r"opened|fired|shot|stormed|ambushed|bombed|struck|shelled|detained|arrested|abducted)\b)|"
    # another deed of the kind just told: "a strike on a tent in Nuseirat killed four people, and another hit a group
    # of people in Deir al-Balah, killing three"
    r",\s+(?=and\s+(?:another|a\s+second|a\s+third|a\s+further)\b(?:\s+[\w'’-]+){0,2}?\s+(?:hit|struck|killed|"
    r"targeted|landed|exploded|slammed|wounded|injured|destroyed)\b)|"
    # a second deed with a day of its own: "a drone strike on 2 October in Izium that injured five, and a missile
    # attack on 5 October in Balakliia that killed two"
    r",\s+(?=and\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:attack|strike|raid|ambush|bombing|shelling|assault)\s+on\s+"
    r"(?:\d{1,2}\s|January|February|March|April|May|June|July|August|September|October|November|December|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))|"
    # a second deed on a day or month of its own: "..., and in February a staff member was detained"
    r",\s+(?=and\s+(?:in|on)\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|"
    # the interceptions of a barrage told with it: "Russia fired 212 drones at Ukraine, with air defences shooting
    # down 187 of them" (a deed of its own, with its own count)
    r",\s+(?=(?:with\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:air[- ]defen[cs]es?|air\s+force|Iron\s+Dome|interceptors?)\s+"
    r"(?:shooting|intercepting|downing|destroying|bringing)\b)"
)
_DATE_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\d\d)"
)
#: the same subject's second deed with a date of its own, after a first deed with its own date: "seized Mocimboa
#: da Praia in August 2020 and overran the town of Palma in March 2021" (not "was shot and killed in Kandahar on
#: Monday": one deed, one date)
_SECOND_DATED_DEED = re.compile(
    r"\b(?:in|on)\s+"
    + _DATE_WORD
    + r"\b[^,.;]{0,40}?\s(?=and\s+(?:then\s+|later\s+)?(?:seized|overran|captured|"
    r"attacked|stormed|killed|struck|shelled|bombed|raided|abducted|kidnapped|took|ambushed)\b[^,.;]{0,80}?\b"
    r"(?:in|on)\s+" + _DATE_WORD + r"\b)"
)


_DASH = re.compile(r"\s[—–]\s")
#: ", which seized Rubaya last year," between a subject and the verb that goes on after it (a lowercase word that
#: starts no list, contrast or attribution)
_RELATIVE_ASIDE = re.compile(
    r",\s+(?:who|which)\s+[^,;:()\"“”]{3,120},(?=\s+(?!(?:and|or|but|as|while|whereas|although|though|the|a|an|"
    r"according|said|says|officials?|police|sources?|he|she|it|they|we|in|on|at|after|before|when|where|killing|"
    r"wounding|injuring)\b)[a-z])"
)


def relative_asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each relative clause set off by commas between a subject and its verb in ``text[start:end]``
    (", which seized Rubaya last year,": from the first comma to just after the second)."""
    if ", wh" not in text[start:end]:
        return []
    return [m.span() for m in _RELATIVE_ASIDE.finditer(text, start, end)]


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause-like pieces of one sentence: cut at ``;``, dashes, and ``, while/but/as`` (offsets into ``text``).

    A pair of dashes around a short aside ("the YPG – backed by the SDF – launched an attack") cuts nothing: the
    aside sits inside the clause, whose subject is before it and whose verb after it.
    """
    out = []
    pos = start
    # (start, end, is a dash) of each cut
    cuts = [
        (m.start(), m.end(), _DASH.fullmatch(m.group(0)) is not None)
        for m in _CLAUSE.finditer(text, start, end)
    ]
    if " and " in text[start:end]:
        cuts += [(m.end() - 1, m.end(), False) for m in _SECOND_DATED_DEED.finditer(text, start, end)]
        cuts.sort(key=lambda c: c[0])
    asides = relative_asides(text, start, end)
    if asides:
        # a relative clause set off between the subject and its verb is a clause of its own: "The M23, which
        # seized Rubaya earlier this year, shelled army positions near Sake on Saturday" (its place and day are
        # not the shelling's)
        for a, b in asides:
            cuts += [(a, a + 1, False), (b - 1, b, False)]
        cuts.sort(key=lambda c: c[0])
    aside: set[int] = set()
    for a, b in itertools.pairwise(cuts):
        if a[2] and b[2] and b[0] - a[1] <= 100:
            aside.update((a[0], b[0]))
    for c0, c1, _ in cuts:
        if c0 in aside:
            continue
        if c0 > pos:
            out.append((pos, c0))
        pos = c1
    if end > pos:
        out.append((pos, end))
    return out or [(start, end)]
