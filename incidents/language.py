"""Is this report in English? A light, dependency-free check (pure).

Extraction rules and the gazetteer's word filters are written for English; run on French or Arabic text they would
invent incidents from noise, so ingest rejects text that is *clearly* another language. The question is binary and
the texts are long (news articles), so a full language identifier (py3langid, lingua: models of several MB) is not
needed: two signals that are reliable on a paragraph or more suffice.

1. **Script.** When most letters are not Latin, the script names the language (Arabic script with Persian or Sorani
   letters -> fa / ckb, Cyrillic with Ukrainian letters -> uk, kana -> ja ...).
2. **Function words.** Every language's most frequent words are short function words ("the", "of", "and" / "le",
   "de", "et" / "der", "und" ...). Counting hits of each language's list and comparing them tells English from the
   other Latin-script languages of conflict reporting on a few dozen words; place and person names, which are
   shared across languages, do not count for any.

Below :data:`MIN_WORDS` words the answer is ``None`` (undetermined) and the text is accepted.

Checked on the English geoparsing corpora in ``../shared/eval/geoparsing`` (GeoWebNews, LGL, TR-News, GeoVirus):
1,132 of 1,135 articles come out "en" and 3 short ones ``None``; none would be rejected.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter

__all__ = ["MIN_WORDS", "UNDETERMINED", "detect_language"]

#: Fewer words than this: too little evidence to reject a text.
MIN_WORDS = 20
#: A language must cover at least this share of the words to be named.
_MIN_SHARE = 0.08
#: English prose has 25-40 % function words; a text this long with under 3 % of them is not English prose.
_MIN_WORDS_UNKNOWN = 50
#: a short text (a sentence or two) is told another language's only with this many of its function words
MIN_WORDS_SHORT = 6
_SHORT_SHARE = 0.2
_MAX_EN_SHARE_UNKNOWN = 0.03
#: ISO 639-2 "undetermined": clearly not English, but not one of the languages listed here.
UNDETERMINED = "und"
#: Characters looked at (the start of an article is representative; keeps the check O(1) on big inputs).
_SAMPLE = 20_000

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the of and to in is was that for on with as by at from it are were this have has had be been "
        "which an not but they their after said who will would its or also than two one",
        "fr": "le la les des du et est une un dans pour que qui sur par pas au aux avec ont été il elle sont "
        "cette ce ses leur selon mais ou été être",
        "es": "el la los las del y es una un en por para que con se no al su sus fue han ha como pero más "
        "este esta según fueron entre",
        "de": "der die das und ist nicht ein eine mit von zu den dem des auf für sich auch wurde wurden im "
        "aus bei nach sind hat haben",
        "it": "il lo gli della delle degli di che è per una un con non sono nel nella alla anche come più "
        "dopo stato stati sul",
        "pt": "o os as da das do dos e em um uma para com não por que foi foram pelo pela mais seu sua "
        "segundo ao nos",
        "nl": "de het een en van in is dat op te zijn met voor niet aan er ook door werd bij naar heeft "
        "hebben",
        "tr": "ve bir bu da de ile için olarak olan gibi daha çok ama sonra kadar göre tarafından",
        "id": "yang dan di ke dari ini itu untuk dengan pada tidak akan adalah oleh telah dalam juga",
        "sw": "na ya wa kwa za katika ni la cha vya kuwa hiyo huo hii kama lakini",
        "so": "iyo ee oo ka ku la in waxaa ayaa uu ay ah soo waa kale",
        "pl": "i w na z że się nie jest do to od po przez oraz jak jego ich",
        "ro": "și în de la cu pe din care este să au fost pentru mai sau",
    }.items()
}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _script_language(letters: str) -> str | None:
    """Language implied by the dominant non-Latin script, or None when the text is mostly Latin."""
    # per distinct letter, not per letter (a Counter is one C pass): the scripts come in order of first
    # occurrence, as letter by letter, so ties in ``max`` below fall the same way
    counts: dict[str, int] = {}
    for ch, n in Counter(letters).items():
        if ch.isascii():
            script = "latin"
        else:
            name = unicodedata.name(ch, "")
            script = name.split(" ", 1)[0] if name else "other"
            if script in ("LATIN",):
                script = "latin"
        counts[script] = counts.get(script, 0) + n
    return script_counts_language(counts, letters)


def script_counts_language(counts: dict[str, int], letters: str) -> str | None:
    """Language of the dominant script in ``counts`` (letters per script, in order of first occurrence), or None
    when it is Latin or under half of the letters; ``letters`` tells Kurdish, Persian and Arabic apart."""
    total = sum(counts.values())
    if not total:
        return None
    script, n = max(counts.items(), key=lambda kv: kv[1])
    if script == "latin" or n < 0.5 * total:
        return None
    if script in ("ARABIC", "PERSIAN"):
        if any(c in letters for c in "ەێۆڵڕ"):
            return "ckb"
        if any(c in letters for c in "پچژگک"):
            return "fa"
        return "ar"
    if script == "CYRILLIC":
        return "uk" if any(c in letters for c in "іїєґІЇЄҐ") else "ru"
    if script in ("HIRAGANA", "KATAKANA"):
        return "ja"
    return {
        "CJK": "zh",
        "HANGUL": "ko",
        "HEBREW": "he",
        "GREEK": "el",
        "DEVANAGARI": "hi",
        "THAI": "th",
        "ARMENIAN": "hy",
        "GEORGIAN": "ka",
        "ETHIOPIC": "am",
        "BENGALI": "bn",
        "TAMIL": "ta",
    }.get(script, script.lower())


_ASCII_LETTERS = string.ascii_letters.encode("ascii")


def _script_may_win(sample: str) -> bool:
    """False when no non-Latin script can outnumber the Latin letters: fewer non-ASCII characters than ASCII
    letters (the usual English report with a few curly quotes). Saves building the letter string."""
    ascii_part = sample.encode("ascii", "ignore")
    n_other = len(sample) - len(ascii_part)
    if not n_other:
        return False
    n_ascii_letters = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))
    return n_other >= n_ascii_letters


#: a lowercase word not joined by a hyphen: "le", "de" of prose, not the "Al", "La" or "al-" of a name
_LOWER_WORD = re.compile(r"(?<![\w'’-])[^\W\d_A-Z]{2,}\b(?![-'’])")


def short_text_verdict(sample: str, n_words: int, en_hits: int) -> str | None:
    """Language of a sentence or two ("Des hommes armés ont tué cinq personnes dans le village de ..."): another
    language only when English's function words are absent and that language's, written lowercase as prose writes
    them (not the "Al", "La", "El" or "al-" of names, nor single letters), are many and varied; else too little
    to tell."""
    if en_hits:
        return None
    lowered = Counter(w for w in _LOWER_WORD.findall(sample) if w.islower())
    best, best_hits, best_kinds = None, 0, 0
    for lang, vocab in _FUNCTION_WORDS.items():
        found = vocab & lowered.keys()
        n = sum([lowered[w] for w in found])
        if n > best_hits:
            best, best_hits, best_kinds = lang, n, len(found)
    if best and best_kinds >= 2 and best_hits >= max(3, _SHORT_SHARE * n_words):
        return best
    return None


def detect_language(text: str) -> str | None:
    """ISO 639 code of the text's language when it is clear, else ``None``.

    Returns ``"en"`` for English, another code for text that is clearly in another language (:data:`UNDETERMINED`
    for a long text with almost no English function words in a language not listed here), and ``None`` when there
    is too little text to tell or no language's function words stand out. A text under :data:`MIN_WORDS` words is
    named another language only by :func:`short_text_verdict` (a news sentence in French is still French).
    """
    sample = text[:_SAMPLE]
    if _script_may_win(sample):
        letters = "".join(filter(str.isalpha, sample))
        by_script = _script_language(letters)
        if by_script is not None:
            return by_script if len(letters) >= MIN_WORDS * 3 else None
    words = _WORD.findall(sample)
    if len(words) < MIN_WORDS_SHORT:
        return None
    freq: dict[str, int] = {}
    for word, n in Counter(words).items():  # each distinct word lowercased once
        key = word.lower()
        freq[key] = freq.get(key, 0) + n
    seen = freq.keys()
    hits = {lang: sum([freq[w] for w in vocab & seen]) for lang, vocab in _FUNCTION_WORDS.items()}
    if len(words) < MIN_WORDS:
        return short_text_verdict(sample, len(words), hits["en"])
    return function_word_verdict(hits, len(words))


def function_word_verdict(hits: dict[str, int], n_words: int) -> str | None:
    """Language from the function words each language's list found among ``n_words`` words (English wins ties)."""
    best = max(hits, key=lambda lang: (hits[lang], lang == "en"))
    if hits[best] >= _MIN_SHARE * n_words:
        return best
    if n_words >= _MIN_WORDS_UNKNOWN and hits["en"] < _MAX_EN_SHARE_UNKNOWN * n_words:
        return UNDETERMINED  # long text with almost no English function words: some language we do not list
    return None
