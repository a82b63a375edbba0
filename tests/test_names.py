"""Name normalisation: spelling variants meet, person names and acronyms stay apart, offsets map back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geodata import normalize_name, normalize_with_offsets
from geodata.names import original_span

# (variants that must fold to the same key)
SAME = [
    ("Ain Al-Assad", "Ayn al Asad", "ain al asad", "'Ayn al-Asad", "Ein el-Asad"),
    ("Sulaymaniyah", "Sulaimaniya", "Sulaymaniyyah", "Sulaimaniyah", "Sulaymaniyeh"),
    ("As-Sulaymaniyah", "al-Sulaymaniyah", "Al Sulaimaniya"),
    ("Al-Anbar", "al Anbar", "Al Anbar", "el-Anbar"),
    ("Salah ad-Din", "Salah al-Din", "Salah Ad Din"),
    ("an-Najaf", "al-Najaf", "An Najaf"),
    ("ash-Sham", "al-Sham"),
    ("Al Asad airbase", "Al Asad Air Base", "al-Asad air base"),
    ("Qayyarah airfield", "Qayyarah Air Field", "Qayarah air field"),
    ("Bogotá", "Bogota", "BOGOTÁ"),
    ("Karbala'", "Karbala", "Karbalāʾ"),
    ("Dohuk", "Dohuk"),
    ("Sheikh Maqsoud", "Shaykh Maqsoud", "Shaikh Maqsoud", "Sheik Maqsoud", "Shekh Maqsoud"),
    ("Kirkuk–Baghdad", "Kirkuk — Baghdad", "Kirkuk; Baghdad"),
]

# (pairs that must NOT meet)
DIFFERENT = [
    ("Soleimani", "Sulaimani"),  # a person vs the city
    ("Soleimani", "Sulaymaniyah"),
    ("Mosul", "Masul"),
    ("Ramadi", "Ramadan"),
    ("Kirkuk", "Kirkuk airport"),
    ("Iraq", "Iran"),
    ("as Samarra", "Samarra"),  # English "as" is an article only before a hyphen/assimilated consonant word
]

EXAMPLES = [
    ("Ain Al-Assad", "ain al asad"),
    ("Iraq's", "iraq s"),
    ("C-RAM", "c ram"),
    ("U.S.", "u s"),
    ("Washington, D.C.", "washington | d c"),
    ("  Baghdad\n", "baghdad"),
]


@pytest.mark.parametrize("variants", SAME)
def test_variants_meet(variants: tuple[str, ...]) -> None:
    keys = {normalize_name(v) for v in variants}
    assert len(keys) == 1, keys


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_names_stay_apart(a: str, b: str) -> None:
    assert normalize_name(a) != normalize_name(b)


@pytest.mark.parametrize(("name", "key"), EXAMPLES)
def test_examples(name: str, key: str) -> None:
    assert normalize_name(name) == key


TEXTS = [
    "SULAIMANI (ESTA) — Iraq’s Ain Al-Asad air base was targeted.",
    "Drones hit ‘Ayn al-Assad’ in Anbar; Bogotá, Straße, Tennessee.",
    "Bogota\u0301 and Mosul\u200b and Kirkuk",
    "ﬁeld ½ Ǆemal — x",
]


@pytest.mark.parametrize("text", TEXTS)
def test_offsets_cover_every_word(text: str) -> None:
    norm, offs = normalize_with_offsets(text)
    assert offs.shape == (2, len(norm) + 1)
    assert normalize_name(text) == norm.strip(" |")
    pos = 0
    for word in norm.split(" "):
        if word and word != "|":
            a, b = original_span(offs, text, pos, pos + len(word))
            assert normalize_name(text[a:b]) == word
        pos += len(word) + 1


@given(st.text(alphabet=st.sampled_from("abcAB -'’‘.,ʿéßأ\u0301\nlyoie"), max_size=40))
def test_offsets_are_monotone_and_in_range(text: str) -> None:
    norm, offs = normalize_with_offsets(text)
    assert offs.shape[1] == len(norm) + 1
    assert (offs[0, :-1] <= offs[1, :-1]).all()
    assert (offs[0, 1:] >= offs[0, :-1]).all()
    assert offs[0, -1] == len(text)
    assert ((offs >= 0) & (offs <= len(text))).all()
    assert normalize_name(text) == norm.strip(" |")
