"""Lowercase twins of regexes (incidents.textscan): the same matches as the original pattern, or no twin."""

from __future__ import annotations

import re

import pytest

from incidents.textscan import (
    case_twin,
    finditer_ci,
    finditer_led,
    first_led,
    found_ci,
    found_in,
    lowered,
    matches_ci,
    matches_split,
    search_in,
    split_starts,
)

TEXTS = [
    "Three soldiers were KILLED in Kirkuk; the Army said two UAVs were shot down.",
    "İstanbul: a car bomb killed 5 people",  # "İ" lowercases to two characters: no twin use
    "The ſlain and the Kelvin sign K: 3 killed",  # "ſ" matches "s" case-insensitively
    "Houthis claimed responsibility. ISIS militants attacked Al-Sham positions near Idlib.",
    "no one was hurt — Israeli jets struck Gaza; by Israel's forces; US-led coalition",
    "",
]

PATTERNS = [
    re.compile(r"\b(?:killed|shot\s+down|UAVs?)\b", re.IGNORECASE),
    re.compile(r"\b(?P<n>\d+|three|two)\s+(?P<who>[A-Z]?[a-z]+)", re.IGNORECASE),
    re.compile(r"(?<=\bby\s)(?P<nat>Israel|US)\b(?!['’]s)|\b(?i:militants|jets)\b"),
    re.compile(r"\b(?:the\s+)?(?-i:[A-Z][a-z]+)\s+(?:jets|forces)\b", re.IGNORECASE),
    re.compile(r"[A-Z][\w-]+", re.IGNORECASE),
    # led look-aheads: literal starts of two characters or more, classes among them, a final anchor
    re.compile(r"\b(?:no|not|never)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE),
    re.compile(r"(?:the\s+)?(?:Israeli|Houthis?|ISIS|US)(?:-led)?\s+(?:jets|militants|coalition|forces)"),
    re.compile(r"\b(?:a\s+car|\d+|three)\s+(?:bomb|people|soldiers)", re.IGNORECASE),
]


@pytest.mark.parametrize("rx", PATTERNS, ids=lambda rx: rx.pattern[:30])
@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_finditer(rx: re.Pattern[str], text: str) -> None:
    for start, end in [(0, len(text)), (3, max(3, len(text) - 4))]:
        want = [(m.span(), m.groups()) for m in rx.finditer(text, start, end)]
        got = [(m.span(), m.groups()) for m in matches_ci(rx, text, start, end)]
        assert got == want
        assert list(finditer_ci(rx, text, start, end)) == [s for s, _ in want]
        # yes/no searches from every few positions, over windows of several lengths
        for a in range(0, len(text) + 1, 7):
            for b in (a, a + 5, a + 30, len(text)):
                assert found_ci(rx, text, a, b) == (rx.search(text, a, b) is not None)
                piece = text[a:b]  # a window cut out: its start is the start of the string
                assert found_in(rx, piece) == (rx.search(piece) is not None)
                m, w = search_in(rx, piece), rx.search(piece)
                assert (m and (m.span(), m.groups())) == (w and (w.span(), w.groups()))


def test_lowered_refuses_texts_that_do_not_fold_char_by_char() -> None:
    assert lowered("Kirkuk") == "kirkuk"
    assert lowered("İstanbul") is None  # two characters when lowercased
    assert lowered("ſlain") is None  # matches "s" case-insensitively, lowercases to itself


def test_twins() -> None:
    exact = case_twin(re.compile(r"\bUAVs?[A-Z]\b", re.IGNORECASE))
    assert exact is not None and exact[1] and exact[0].pattern == r"\buavs?[a-z]\b"
    superset = case_twin(re.compile(r"Army(?!['’]s)"))
    assert superset is not None and not superset[1]
    assert case_twin(re.compile(r"[0-Z]", re.IGNORECASE)) is None  # the range would grow when lowercased
    assert case_twin(re.compile(r"(?s:a.b)", re.IGNORECASE)) is None  # inline flags
    assert case_twin(re.compile(r"[^A-Z]x")) is None  # negated class in a case-sensitive pattern


LED = [
    re.compile(r"\b(?:Islamic\s+State|ISIS|al[- ]Qaeda|(?:Palestinian\s+)?Jihad|M23|\d+\s+killed)\b"),
    re.compile(r"(?<=\bby\s)(?:Israel|US)\b(?!['’]s)|Houthis?|[Ss]hot\s+down"),
    re.compile(r"(?:the\s+)?army|x?y*(?:z|UAV)", re.VERBOSE),
    re.compile(r"[.!?]+(?=\s+[A-Z])|\n[ \t]*\n\s*|[ \t]*\n(?=[ \t]*[^a-z\s])"),  # may start with a line break
    # a look-ahead over the first characters: literal starts, a class among them, a name that stops at a class
    re.compile(
        r"(?:the\s+)?(?:Israeli|Houthis?|ISIS|US|al-\w+)(?:-led)?\s+(?:jets|militants|forces|coalition)"
    ),
    re.compile(r"\b(?:a\s+car|\d+|three|no\s+one)\s+(?:bomb|people|soldiers|was)"),
    re.compile(r"\#\ (?:by|at)\ (?:Israel|US)", re.VERBOSE),  # escaped space and "#" in a verbose pattern
]


@pytest.mark.parametrize("rx", LED, ids=lambda rx: rx.pattern[:30])
@pytest.mark.parametrize(
    "text", [*TEXTS, "Title\n\nBody. Army UAV\n  Next line\nlower", "# by US and # at Israel"]
)
def test_first_led_finds_the_same_starts(rx: re.Pattern[str], text: str) -> None:
    led = first_led(rx)
    assert led is not None
    for a in range(0, len(text) + 1, 3):
        for b in (a, a + 4, a + 25, len(text)):
            want = rx.search(text, a, b)
            got = led.search(text, a, b)
            assert (got and got.start()) == (want and want.start())
        want_all = [m.span() for m in rx.finditer(text, a, len(text))]
        assert [m.span() for m in finditer_led(rx, led, text, a, len(text))] == want_all


def test_first_led_looks_ahead_for_literal_starts() -> None:
    led = first_led(re.compile(r"(?:the\s+)?(?:Israeli|Houthis?)\s+jets"))
    assert led is not None and "(?=H(?:o(?:u))|I(?:s(?:r))|t(?:h(?:e)))" in led.pattern
    # single-character starts get no look-ahead: the class tests that already
    assert first_led(re.compile(r"a|b")).pattern == "[ab](?<=(?=(?:a|b))(?s:.))"  # type: ignore[union-attr]


def test_first_led_refuses_what_it_cannot_follow() -> None:
    assert first_led(re.compile(r"[^a]b")) is None  # negated class
    assert first_led(re.compile(r"a?")) is None  # may match empty
    assert first_led(re.compile(r"ab", re.IGNORECASE)) is None
    assert first_led(re.compile(r"(a)\1")) is None  # a back reference in a lookbehind: re refuses it


def test_armed_group_starts_are_led() -> None:
    from incidents.extract.actors import _GROUP_STARTS, _GROUP_STARTS_LED

    assert _GROUP_STARTS_LED is not _GROUP_STARTS  # the fast scan is in use, not its fallback


def test_split_scan_finds_what_finditer_finds() -> None:
    from incidents.extract.actors import _ACTOR_RE, _ACTOR_STARTS

    mixed = re.compile(r"(?<=\bby\s)(?P<nat>Israel|US)\b(?!['’]s)|Houthis?\s+\w+|\b(?i:militants|jets|us)\b")
    parts = split_starts(mixed, mixed.pattern.index("|\\b(?i:"))
    assert parts is not None and _ACTOR_STARTS is not None
    assert split_starts(mixed, 3) is None  # not a cut between alternatives
    for rx, got in ((mixed, parts), (_ACTOR_RE, _ACTOR_STARTS)):
        for text in [
            *TEXTS,
            "Israeli jets and US-led coalition forces; Houthi rebels, by US forces, by US's",
        ]:
            for start, end in [(0, len(text)), (3, max(3, len(text) - 4))]:
                want = [(m.span(), m.groups()) for m in rx.finditer(text, start, end)]
                assert [(m.span(), m.groups()) for m in matches_split(rx, got, text, start, end)] == want


def test_word_stems() -> None:
    from incidents.textscan import word_stems

    got = word_stems(
        re.compile(r"\b(?:(?:one|two)\s+)?(?:police(?:men)?|troops?)\b|\b(?:suicide\s+)?bombers?")
    )
    assert got is not None
    assert got.stems == {
        "one",
        "two",
        "police",
        "troop",
        "suicide",
        "bomber",
    }  # "policemen" is where "police" is
    assert got.starts("one apolice troop, policemen") == [
        0,
        12,
        19,
    ]  # the "police" of "apolice" starts no word
    assert word_stems(re.compile(r"\b(?:(?:a|the)\s+)?police")) is None  # "a" starts a word in ten: no gain
    assert word_stems(re.compile(r"(?:police|troops)")) is None  # no \b first: any position
    assert word_stems(re.compile(r"\b(?:police|\w+)")) is None  # a class: no literal stem


@pytest.mark.parametrize("text", TEXTS)
def test_substring_spans_answer_as_the_alternation(text: str) -> None:
    from incidents.textscan import any_within, substring_spans

    words = ("claim", "responsib", "kill", "ill")  # overlapping words ("killed" holds both)
    rx = re.compile("|".join(words), re.IGNORECASE)
    spans = substring_spans(text, words)
    if lowered(text) is None:
        assert spans is None
        return
    assert spans is not None
    for a in range(0, len(text) + 1, 2):
        for b in (a, a + 3, a + 9, len(text)):
            assert any_within(spans, a, b) == (rx.search(text, a, b) is not None)


def test_indexed_matches_are_finditers() -> None:
    from incidents.extract.events import RULES, _rule_stems
    from incidents.textscan import StemIndex, matches_indexed

    index = _rule_stems()
    assert sum(index.has(r.pattern) for r in RULES) > len(RULES) // 2  # most rules go through their stems
    texts = [
        *TEXTS,
        "Gunmen opened fire on a checkpoint; an air strike hit the base. Two rockets struck, a drone was shot down.",
        "Militants attacked the convoy, killing three. Clashes erupted overnight; protesters rioted in the capital.",
    ]
    for rule in RULES:
        for text in texts:
            for start, end in [(0, len(text)), (5, max(5, len(text) - 9))]:
                want = [(m.span(), m.groups()) for m in rule.pattern.finditer(text, start, end)]
                got = [(m.span(), m.groups()) for m in matches_indexed(rule.pattern, index, text, start, end)]
                assert got == want, rule.name
    empty = StemIndex([])
    assert not empty.has(RULES[0].pattern)
    assert [m.span() for m in matches_indexed(RULES[0].pattern, empty, texts[-1])] == [
        m.span() for m in RULES[0].pattern.finditer(texts[-1])
    ]
