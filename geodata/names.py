"""Name normalisation that keeps offsets back to the original text.

Arabic and Kurdish place names reach English news in many spellings (Ain al-Asad / Ayn al-Asad / Ain Al-Assad;
Sulaymaniyah / Sulaimaniya). Both the gazetteer keys and the report text go through the *same* folding, so a
single exact-match automaton finds every spelling. The folding changes lengths, so the text version
(:func:`fold_words`) returns the folded words together with the span of the original word each came from; a
mention found in folded text is reported with offsets into the text the caller passed in.

How: character folding and the few rules that look across words keep the string's length (the sun-letter
article pads with a character that is dropped later); every other rule works inside one word and is cached per
distinct word, which is what makes folding a report cheap.

Folding, in order:

1. per character: NFKD, drop combining marks, casefold, a few letters that do not decompose (ø, ł, đ, ı, æ ...);
   hyphens/dashes/dots become spaces, apostrophes and ʿayn/hamza marks vanish (but a possessive "'s" becomes a word
   break so "Iraq's" still contains "iraq"), other punctuation and line breaks become ``|`` (a hard separator
   that no key crosses), runs of spaces collapse;
2. Arabic article variants al-/el-/ad-/as-/ash-/ar-/at-/az-/an- (the sun-letter forms only when the next word
   starts with the assimilated consonant) become ``al``;
3. Ain/Ayn/Ein/Eyn become ``ain``, Sheikh/Shaykh/Shaikh/Sheik/Shekh/Cheikh ``shaikh``; St/Ft/Mt become
   saint/fort/mount;
4. vowel spellings: ``ee`` -> ``i``, ``oo``/``ou`` -> ``u``;
5. doubled letters collapse (Assad -> asad, Sulaymaniyyah -> sulaymaniyah), then ``ay`` -> ``ai``;
6. the feminine nisba ending -iyah/-iya/-iyeh/-ieh becomes ``iya``; a final ``ah``/``eh`` becomes ``a``.

Folding 4-6 is deliberately lossy; ``kh``/``q`` and ``o``/``u`` are *not* merged, so "Soleimani" (a person) stays
apart from "Sulaimani" (a city).
"""

from __future__ import annotations

import functools
import re
import unicodedata

import numpy as np

__all__ = [
    "SEPARATOR",
    "fold_key",
    "fold_words",
    "normalize_name",
    "normalize_with_offsets",
    "original_span",
    "tokens",
]

#: hard separator the folding puts (padded with spaces) where punctuation or a line break was
SEPARATOR = "|"
_SEP = "|"
_APOS = "\x01"  # placeholder for apostrophe-like marks until the possessive rule ran

_SPECIAL = {
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "ł": "l",
    "ı": "i",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
    "ß": "ss",
    "ħ": "h",
    "ŧ": "t",
    "ŀ": "l",
    "ǥ": "g",
    "ƒ": "f",
    "ə": "a",
}
_APOSTROPHES = set("'`´ʼʻʿʾ’‘′ˈ‛")


def _fold_char(ch: str) -> str:
    """The folded form of one character (possibly empty or several characters)."""
    if ch.isascii():
        if ch.isalnum():
            return ch.lower()
        if ch in " \t":
            return " "
        if ch in "-.":
            return " "
        if ch in _APOSTROPHES:
            return _APOS
        return _SEP
    if ch in _APOSTROPHES:
        return _APOS
    cat = unicodedata.category(ch)
    if cat == "Mn" or cat == "Me" or cat == "Cf":
        return ""
    if cat.startswith("Z"):
        return " "
    if cat == "Pd":
        # hyphens join name parts; en/em dashes and the like separate clauses ("SULAIMANI — Drones ...")
        return " " if ch in "\u2010\u2011\u00ad\ufe63\uff0d" else _SEP
    if cat[0] in "PSC":
        return _SEP
    low = ch.casefold()
    if low in _SPECIAL:
        return _SPECIAL[low]
    out = []
    for c in unicodedata.normalize("NFKD", low):
        if unicodedata.combining(c):
            continue
        out.append(_SPECIAL.get(c, c))
    return "".join(out).casefold()


class _FoldTable(dict):
    """``str.translate`` table that fills itself on first sight of a character."""

    def __missing__(self, code: int) -> str:
        value = _fold_char(chr(code))
        self[code] = value
        return value


_TABLE = _FoldTable()

# Cross-word rules run on the whole character-folded string and keep its length (so offsets stay put); the
# sun-letter article pads with _PAD, which the word folding then drops.
_PAD = "\x02"
_SAME_LENGTH: list[tuple[re.Pattern[str], object]] = [
    (re.compile(_APOS + r"(?=s(?![a-z0-9]))"), " "),  # possessive 's -> word break
    # Arabic article: el- -> al-, sun-letter assimilation (ad-Din, as-Sulaymaniyah, ash-Sham, an-Najaf ...)
    # (written to start with a literal / a character class, which ``re`` finds without trying every position;
    # the word boundary is checked behind: "\bel (?=[a-z])" and "\b[ae](sh|...) (?=\1)" match the same spans)
    (re.compile(r"el (?<=\bel )(?=[a-z])"), "al "),
    (
        re.compile(r"[ae](?<=\b[ae])(sh|th|dh|s|t|d|z|r|n) (?=\1)"),
        lambda m: "al" + _PAD * (len(m.group(1)) - 1) + " ",
    ),
]
#: a substring every match of the same-position rule contains (None: no cheap test)
_SAME_LENGTH_NEEDLES: list[str | None] = [_APOS, "el ", None]
# Word rules: applied to each word on its own (cached), in order.
_WORD_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile("[" + _APOS + _PAD + "]"), ""),
    (re.compile(r"^air(base|field)$"), r"air \1"),
    (re.compile(r"^(?:ayn|ein|eyn)$"), "ain"),
    (re.compile(r"^(?:sheikh|sheik|shaik|shekh|sheykh|shaykh|cheikh)$"), "shaikh"),  # Sheikh Maqsoud, Shaykh
    (re.compile(r"^st$"), "saint"),  # St. Petersburg = Saint Petersburg; Ft./Mt. likewise
    (re.compile(r"^ste$"), "sainte"),
    (re.compile(r"^ft$"), "fort"),
    (re.compile(r"^mt$"), "mount"),
    (re.compile(r"ee"), "i"),
    (re.compile(r"o[ou]"), "u"),
    (re.compile(r"([a-z])\1+"), r"\1"),
    (re.compile(r"ay"), "ai"),
    (re.compile(r"(?:iyah|iyeh|ieh|iya)$"), "iya"),
    (re.compile(r"(?<=[a-z][a-z])[ae]h$"), "a"),
]
_WORD_CACHE: dict[str, str] = {}
_WORD = re.compile(r"[^ |]+|\|")
#: the word rules for many words at once, one word per line: every rule stays within a line (anchors per line,
#: no rule matches a line break), so each line comes out as the word alone would
_WORD_RULES_LINES = [(re.compile(p.pattern, p.flags | re.MULTILINE), r) for p, r in _WORD_RULES]


def _fold_word(w: str) -> str:
    """Folded form of one word (may be empty, or two words: "airbase" -> "air base")."""
    out = _WORD_CACHE.get(w)
    if out is None:
        out = w
        for pattern, repl in _WORD_RULES:
            out = pattern.sub(repl, out)
        if len(_WORD_CACHE) > 500_000:
            _WORD_CACHE.clear()
        _WORD_CACHE[w] = out
    return out


def _fold_new_words(new: set[str]) -> None:
    """Fold words not seen before into the cache, all in one pass of each rule (speed: a report brings dozens)."""
    batch = [w for w in new if "\n" not in w]
    for w in new:
        if "\n" in w:
            _fold_word(w)
    if not batch:
        return
    joined = "\n".join(batch)
    for pattern, repl in _WORD_RULES_LINES:
        joined = pattern.sub(repl, joined)
    folded = joined.split("\n")
    if len(folded) != len(batch):  # cannot happen (no rule writes a line break); stay correct anyway
        for w in batch:
            _fold_word(w)
        return
    _WORD_CACHE.update(zip(batch, folded, strict=True))


#: the folded code point of each ASCII character (each folds to exactly one ASCII character)
_ASCII_FOLD = np.array([ord(_TABLE[c]) for c in range(128)], dtype=np.uint32)


def _translate(text: str) -> tuple[str, list[int]]:
    """``text.translate(_TABLE)`` and the code points of ``text`` that do not fold to exactly one character.

    Through numpy over the code points when every character folds to one (nearly every report): ``str.translate``
    with a dict costs a lookup per character unless the text is pure ASCII, and news has curly quotes and dashes.
    """
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    high = codes >= 128
    if not high.any():
        return _ASCII_FOLD[codes].tobytes().decode("utf-32-le"), []
    # the distinct high code points in ascending order (what ``np.unique`` gives; a report has a few dozen such
    # characters, where a set and a dict cost less than its sort machinery)
    his = codes[high].tolist()
    uniq = sorted(set(his))
    values = [_TABLE[c] for c in uniq]
    odd = [c for c, v in zip(uniq, values, strict=True) if len(v) != 1]
    if odd:
        return text.translate(_TABLE), odd
    out = _ASCII_FOLD[codes & 127]
    folded_code = dict(zip(uniq, map(ord, values), strict=True))
    out[high] = list(map(folded_code.__getitem__, his))
    return out.tobytes().decode("utf-32-le"), odd


def _char_fold(text: str) -> tuple[str, np.ndarray | None, np.ndarray | None]:
    """Character folding + the same-length cross-word rules.

    Returns the folded string and, when some character did not fold to exactly one character, the original
    index of each folded character and a mask of the original characters that produced nothing.
    """
    folded, odd = _translate(text)
    starts = dropped = None
    if odd:
        n = len(text)
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        lens = np.ones(n, dtype=np.int64)
        mask = np.isin(codes, np.array(odd, dtype=np.uint32))
        lens[mask] = [len(_TABLE[int(c)]) for c in codes[mask]]
        starts = np.repeat(np.arange(n, dtype=np.int64), lens)
        dropped = lens == 0
    for (pattern, repl), needle in zip(_SAME_LENGTH, _SAME_LENGTH_NEEDLES, strict=True):
        if needle is None or needle in folded:  # a rule cannot match without its needle: skip the regex scan
            folded = pattern.sub(repl, folded)  # type: ignore[arg-type]
    return folded, starts, dropped


def fold_words(text: str) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Folded words of ``text`` with the original span of each: the fast path used for matching.

    Returns ``(words, starts, ends)``: ``text[starts[i]:ends[i]]`` is the original word that produced
    ``words[i]``; separators (punctuation, line breaks) come out as ``"|"`` words. A word that folds to two
    ("airbase" -> "air", "base") gives two entries with the same span; one that folds to nothing is dropped.
    """
    folded, cstarts, dropped = _char_fold(text)
    # ``_WORD.findall(folded)``: runs of characters other than space and bar, each bar a word of its own; the
    # same words from splitting at spaces once every bar stands between two (a third of the time)
    raw = list(filter(None, folded.replace("|", " | ").split(" ")))
    if not raw:
        return [], np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    codes = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32)
    is_sep = (codes == 32) | (codes == 124)
    bar = codes == 124
    prev_sep = np.concatenate(([True], is_sep[:-1]))
    next_sep = np.concatenate((is_sep[1:], [True]))
    wstart = np.flatnonzero((~is_sep & prev_sep) | bar)
    wend = np.flatnonzero((~is_sep & next_sep) | bar) + 1
    if cstarts is not None:
        # map folded positions back to the original characters; an end takes the dropped marks after it
        wstart = cstarts[wstart]
        wend = cstarts[wend - 1] + 1
        n = len(text)
        for _ in range(8):
            more = (wend < n) & dropped[np.minimum(wend, n - 1)]
            if not more.any():
                break
            wend[more] += 1
    cache = _WORD_CACHE
    if len(cache) > 500_000:
        cache.clear()
    words = list(map(cache.get, raw))
    if None in words:
        _fold_new_words(set(raw).difference(cache))
        words = list(map(cache.get, raw))
    if "" in words or " " in "".join(words):
        out_w: list[str] = []
        keep_s: list[int] = []
        keep_e: list[int] = []
        for w, a, b in zip(words, wstart.tolist(), wend.tolist(), strict=True):
            for part in w.split(" ") if w else ():
                out_w.append(part)
                keep_s.append(a)
                keep_e.append(b)
        return out_w, np.array(keep_s, dtype=np.int64), np.array(keep_e, dtype=np.int64)
    return words, wstart, wend


def fold_key(s: str) -> str:
    """Folded words of ``s`` joined by single spaces (identical to the text folding; used to build keys)."""
    return " ".join(fold_words(s)[0])


@functools.lru_cache(maxsize=200_000)
def normalize_name(s: str) -> str:
    """Matching key of a name: "Ain Al-Assad", "Ayn al Asad" and "ain al asad" all give ``"ain al asad"``.

    Leading/trailing separators are trimmed. The same folding is applied to report text by
    :func:`fold_words`, so a key found in folded text is a name of the gazetteer.
    """
    words = fold_words(s)[0]
    a, b = 0, len(words)
    while a < b and words[a] == SEPARATOR:
        a += 1
    while b > a and words[b - 1] == SEPARATOR:
        b -= 1
    return " ".join(words[a:b])


def normalize_with_offsets(text: str) -> tuple[str, np.ndarray]:
    """Fold ``text`` like :func:`normalize_name` and map every folded character back to the original.

    Returns
    -------
    norm : str
        The folded words joined by single spaces (not trimmed).
    offsets : numpy.ndarray
        ``int64`` array of shape ``(2, len(norm) + 1)``: for each folded character, the start and end in
        ``text`` of the original word it belongs to (a space belongs to the word before it); the last column is
        ``len(text)``. Use :func:`original_span` to map a folded span back.
    """
    words, starts, ends = fold_words(text)
    norm = " ".join(words)
    lens = np.array([len(w) + 1 for w in words], dtype=np.int64)
    offs = np.empty((2, len(norm) + 1), dtype=np.int64)
    if words:
        offs[0, :-1] = np.repeat(starts, lens)[: len(norm)]
        offs[1, :-1] = np.repeat(ends, lens)[: len(norm)]
    offs[:, -1] = len(text)
    return norm, offs


def tokens(norm: str) -> list[str]:
    """Tokens of a folded string (split on spaces and separators)."""
    return [t for t in norm.split(" ") if t and t != SEPARATOR]


def original_span(offsets: np.ndarray, text: str, start: int, end: int) -> tuple[int, int]:
    """Map a half-open span of the folded text back to a span of the original text.

    The end is extended over combining marks that follow (decomposed input), so ``text[a:b]`` is the whole
    surface form.
    """
    a = int(offsets[0, start])
    b = int(offsets[1, end - 1]) if end > start else a
    while b < len(text) and unicodedata.combining(text[b]):
        b += 1
    return a, b
