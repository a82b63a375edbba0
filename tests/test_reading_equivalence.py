"""The faster reading steps (language check, binary check) give exactly what the letter-by-letter versions gave.

The main process of ``ingest --jobs N`` reads every report itself, so its per-report cost bounds the speed-up;
these steps were rewritten to count per distinct letter / word and with one regex. The references below are the
previous counting code, kept here as the oracle; the verdict from the counts, which did not change, is shared.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incidents.ingest import _BAD_CHARS
from incidents.language import (
    _FUNCTION_WORDS,
    _SAMPLE,
    _WORD,
    MIN_WORDS,
    MIN_WORDS_SHORT,
    detect_language,
    function_word_verdict,
    script_counts_language,
    short_text_verdict,
)

HERE = Path(__file__).parent


# ---- the previous counting code, verbatim (docstrings dropped)


def _reference_script(letters: str) -> str | None:
    counts: dict[str, int] = {}
    for ch in letters:
        if ch.isascii():
            counts["latin"] = counts.get("latin", 0) + 1
            continue
        name = unicodedata.name(ch, "")
        script = name.split(" ", 1)[0] if name else "other"
        if script in ("LATIN",):
            script = "latin"
        counts[script] = counts.get(script, 0) + 1
    # the mapping from counts to a language did not change: shared, so that only the counting is compared
    return script_counts_language(counts, letters)


def reference_detect(text: str) -> str | None:
    sample = text[:_SAMPLE]
    letters = "".join(ch for ch in sample if ch.isalpha())
    by_script = _reference_script(letters)
    if by_script is not None:
        return by_script if len(letters) >= MIN_WORDS * 3 else None
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS_SHORT:
        return None
    hits = {lang: sum(w in vocab for w in words) for lang, vocab in _FUNCTION_WORDS.items()}
    if len(words) < MIN_WORDS:  # the short-text verdict (added later) is shared too
        return short_text_verdict(sample, len(words), hits["en"])
    return function_word_verdict(hits, len(words))  # the verdict from the counts did not change: shared


def same_as_reference(text: str) -> None:
    assert detect_language(text) == reference_detect(text)


def reference_bad(text: str) -> int:
    return sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or ch == "\ufffd")


FILES = [
    f for f in sorted((HERE / "golden").glob("*.txt")) + sorted((HERE / "fixtures" / "ingest").iterdir())
]


@pytest.mark.parametrize("path", [f for f in FILES if f.is_file()], ids=lambda f: f.name)
def test_fixtures_same_language_and_binary_check(path):
    text = path.read_bytes().decode("utf-8", errors="replace")
    same_as_reference(text)
    assert len(_BAD_CHARS.findall(text)) == reference_bad(text)


_PIECES = st.sampled_from(
    ["the", "of", "and", " ", " ", ". ", "\n", "le", "de", "und", "Mosul", "Кнев", "і", "بغداد", "پ", "ە",
     "東京", "カ", "α", "é", "İ", "ß", "\x00", "\x07", "\t", "\x1f", "\ufffd", "'", "’", "1", "_", "ǅ", "\u0307"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=120).map("".join))
def test_random_text_same_language_and_binary_check(text):
    same_as_reference(text)
    assert len(_BAD_CHARS.findall(text)) == reference_bad(text)


@pytest.mark.shared
def test_shared_corpora_same_language(shared_dir):
    """Every news text of the geoparsing corpora (1,135 articles): the same answer."""
    from incidents.evaluation.geoparsing import load_corpus

    corpora = {
        "gwn": "eval/geoparsing/geowebnews/GWN.xml",
        "lgl": "eval/geoparsing/lgl/lgl.xml",
        "trnews": "eval/geoparsing/trnews/TR-News.xml",
        "geovirus": "eval/geoparsing/geovirus/GeoVirus.xml",
    }
    n = 0
    for name, rel in corpora.items():
        for doc in load_corpus(name, shared_dir / rel):
            same_as_reference(doc.text)
            n += 1
    assert n > 1000
