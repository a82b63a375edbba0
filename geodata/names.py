"""Name normalisation that keeps character offsets.

Arabic and Kurdish place names reach English news in many spellings (Ain al-Asad / Ayn al-Asad / Ain Al-Assad;
Sulaymaniyah / Sulaimaniya). Both the gazetteer keys and the report text go through the *same* folding, so a
single exact-match automaton finds every spelling; because the folding changes lengths, the text version also
returns, for every normalised character, the offset of the original character it came from. That way a mention
found in the normalised text is reported with offsets into the text the caller passed in.

Folding, in order:

1. per character: NFKD, drop combining marks, casefold, a few letters that do not decompose (ø, ł, đ, ı, æ ...);
   hyphens/dashes/dots become spaces, apostrophes and ʿayn/hamza marks vanish (but a possessive "'s" becomes a word
   break so "Iraq's" still contains "iraq"), other punctuation and line breaks become ``|`` (a hard separator
   that no key crosses), runs of spaces collapse;
2. Arabic article variants al-/el-/ad-/as-/ash-/ar-/at-/az-/an- (the sun-letter forms only when the next word
   starts with the assimilated consonant) become ``al``;
3. Ain/Ayn/Ein/Eyn become ``ain``;
4. vowel spellings: ``ee`` -> ``i``, ``oo``/``ou`` -> ``u``, ``ay`` -> ``ai``;
5. doubled letters collapse (Assad -> asad, Sulaymaniyyah -> sulaimaniyah);
6. the feminine nisba ending -iyah/-iya/-iyeh/-ieh becomes ``iya``; a final ``ah``/``eh`` becomes ``a``.

Folding 4-6 is deliberately lossy; ``kh``/``q`` and ``o``/``u`` are *not* merged, so "Soleimani" (a person) stays
apart from "Sulaimani" (a city).
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

__all__ = [
    "SEPARATOR",
    "fold_key",
    "normalize_name",
    "normalize_with_offsets",
    "original_span",
    "tokens",
]

#: hard separator the folding puts (padded with spaces) where punctuation or a line break was
SEPARATOR = "|"
_SEP = " | "  # separators are padded so every word of the folded text is delimited by spaces
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

# (pattern, replacement template). Applied in order, identically to keys and to text.
_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(_APOS + r"(?=s(?![a-z0-9]))"), " "),  # possessive 's -> word break
    (re.compile(_APOS), ""),
    (re.compile(r" {2,}"), " "),
    (re.compile(r"\bair(base|field)\b"), r"air \1"),
    # Arabic article: el- -> al-, sun-letter assimilation (ad-Din, as-Sulaymaniyah, ash-Sham, an-Najaf ...)
    (re.compile(r"\bel (?=[a-z])"), "al "),
    (re.compile(r"\b[ae](sh|th|dh|s|t|d|z|r|n) (?=\1)"), "al "),
    (re.compile(r"\b(?:ayn|ein|eyn)\b"), "ain"),
    (re.compile(r"ee"), "i"),
    (re.compile(r"o[ou]"), "u"),
    (re.compile(r"ay"), "ai"),
    (re.compile(r"([a-z])\1+"), r"\1"),
    (re.compile(r"(?:iyah|iyeh|ieh|iya)\b"), "iya"),
    (re.compile(r"(?<=[a-z][a-z])[ae]h\b"), "a"),
]


def _fold_chars(s: str) -> str:
    return s.translate(_TABLE)


def fold_key(s: str) -> str:
    """Fold without trimming (identical to the text folding; used to build keys)."""
    out = _fold_chars(s)
    for pattern, repl in _RULES:
        out = pattern.sub(repl, out)
    return out


def normalize_name(s: str) -> str:
    """Matching key of a name: "Ain Al-Assad", "Ayn al Asad" and "ain al asad" all give ``"ain al asad"``.

    Leading/trailing spaces and separators are trimmed. The same folding is applied to report text by
    :func:`normalize_with_offsets`, so a key found in normalised text is a name of the gazetteer.
    """
    return fold_key(s).strip(" " + SEPARATOR)


def _apply(pattern: re.Pattern[str], repl: str, s: str, offs: np.ndarray) -> tuple[str, np.ndarray]:
    """``pattern.sub(repl, s)`` that also carries the (start, end) offset map along.

    ``offs`` has shape ``(2, len(s) + 1)``: row 0 is the original start of each character, row 1 the original
    end. A replacement shorter than what it replaces ends where the replaced text ended.
    """
    pieces: list[str] = []
    opieces: list[np.ndarray] = []
    last = 0
    for m in pattern.finditer(s):
        a, b = m.span()
        r = m.expand(repl)
        if a > last:
            pieces.append(s[last:a])
            opieces.append(offs[:, last:a])
        k = len(r)
        if k:
            pieces.append(r)
            if b > a:
                src = np.minimum(np.arange(k), b - a - 1) + a
                block = offs[:, src].copy()
                block[1, k - 1] = offs[1, b - 1]
            else:
                block = np.repeat(offs[0:1, a : a + 1], 2, axis=0).repeat(k, axis=1)
            opieces.append(block)
        last = b
    if not pieces:
        return s, offs
    pieces.append(s[last:])
    opieces.append(offs[:, last:])  # includes the end sentinel
    return "".join(pieces), np.concatenate(opieces, axis=1)


def normalize_with_offsets(text: str) -> tuple[str, np.ndarray]:
    """Fold ``text`` like :func:`normalize_name` and map every folded character back to the original.

    Returns
    -------
    norm : str
        The folded text (not trimmed, so offsets stay simple).
    offsets : numpy.ndarray
        ``int64`` array of shape ``(2, len(norm) + 1)``: ``offsets[0, i]`` is the index in ``text`` of the first
        character that produced ``norm[i]``, ``offsets[1, i]`` the index after the last one; the last column is
        ``len(text)``. Use :func:`original_span` to map a folded span back.
    """
    n = len(text)
    folded = _fold_chars(text)
    if len(folded) == n:
        starts = np.arange(n + 1, dtype=np.int64)
    else:
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        odd = [ord(c) for c in set(text) if len(_TABLE[ord(c)]) != 1]
        lens = np.ones(n, dtype=np.int64)
        mask = np.isin(codes, np.array(odd, dtype=np.uint32))
        lens[mask] = [len(_TABLE[int(c)]) for c in codes[mask]]
        starts = np.append(np.repeat(np.arange(n, dtype=np.int64), lens), n)
    offs = np.stack([starts, starts + 1])
    offs[1, -1] = n
    s = folded
    for pattern, repl in _RULES:
        s, offs = _apply(pattern, repl, s, offs)
    return s, offs


_TOKEN = re.compile(r"[^\s" + re.escape(SEPARATOR) + r"]+")


def tokens(norm: str) -> list[str]:
    """Tokens of a folded string (split on spaces and separators)."""
    return _TOKEN.findall(norm)


def original_span(offsets: np.ndarray, text: str, start: int, end: int) -> tuple[int, int]:
    """Map a half-open span of the folded text back to a span of the original text.

    The end is the original index of the last folded character plus one, extended over combining marks that
    follow it (decomposed input), so ``text[a:b]`` is the whole surface form.
    """
    a = int(offsets[0, start])
    b = int(offsets[1, end - 1]) if end > start else a
    while b < len(text) and unicodedata.combining(text[b]):
        b += 1
    return a, b
