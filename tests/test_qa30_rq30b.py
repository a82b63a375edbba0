"""QA 30 round 2 (Middle East reports): a communiqué's verb in scare quotes ('Turkish troops "neutralised" four
militants') is still the deed; people counted by nationality who were hurt, arrested or abducted ("injuring five
Palestinians", "arrested 15 Palestinians") are civilians; the hurt told with what they were doing ("two civilians
passing by on a motorcycle were wounded"); a salvo intercepted in part whose toll is told in the same clause ("some
of which were intercepted, wounding two people", "shooting down most of the missiles") is the attack."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extract.casualties import find_casualties
from tests.test_extract_layers import _incidents, _rows

#: a one-word scare quote around the deed's verb: (published, text, [(sub_event_type, actor1, fatalities)])
SCARE_QUOTES = [
    (
        "2024-06-08",
        'Turkish troops "neutralised" four YPG militants near Tal Rifat on Friday.',
        [("Armed clash", "Military Forces of Turkey", None)],
    ),
    (
        "2024-06-08",
        "Soldiers \u201celiminated\u201d three militants near Sopore on Monday.",
        [("Armed clash", "Military Forces of India", 3)],
    ),
    (
        "2024-06-08",
        'Police said rebels "stormed" a checkpoint near Beni on Sunday, killing two officers.',
        [("Armed clash", "Rebels", 2)],
    ),
    # guards: words quoted at the end of a clause are speech, no deed
    ("2024-06-08", 'The spokesman called the accusations "baseless" and "politically motivated".', []),
    # guard: the same deed unquoted
    (
        "2024-06-08",
        "Turkish troops neutralised four YPG militants near Tal Rifat on Friday.",
        [("Armed clash", "Military Forces of Turkey", None)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), SCARE_QUOTES)
def test_scare_quoted_verb_is_the_deed(published: str, text: str, expected: list, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, "sub_event_type", "actor1", "fatalities") == expected


def test_scare_quoted_evidence_quotes_the_report(gazetteer) -> None:  # type: ignore[no-untyped-def]
    """The quote marks are blanked for reading only: the evidence span is the report's own text."""
    text = 'Turkish troops "neutralised" four YPG militants near Tal Rifat on Friday.'
    (inc,) = _incidents(text, dt.date(2024, 6, 8), gazetteer)
    assert any('"neutralised"' in s.text for s in inc.evidence)
    assert all(text[s.start : s.end] == s.text for s in inc.evidence)


#: people counted by nationality, hurt, arrested or abducted: (text, [(sub_event_type, actor2)])
NATIONALS = [
    (
        "Settlers set fire to a house in the village of Burqa on Monday, injuring three Palestinians.",
        [("Attack", "Civilians (Palestine)")],
    ),
    (
        "Israeli forces arrested 15 Palestinians in raids in Nablus on Monday.",
        [("Arrests", "Civilians (Palestine)")],
    ),
    (
        "Gunmen abducted four Iraqis near Tarmiyah on Monday.",
        [("Abduction/forced disappearance", "Civilians (Iraq)")],
    ),
    # guard: killed in a raid, they may be fighters (a clash, no victims' label: stop 25)
    ("Israeli forces killed two Palestinians in Tulkarm on Monday.", [("Armed clash", None)]),
    # guard: an armed noun after them
    (
        "Israeli forces arrested three Palestinian militants in Jenin on Monday.",
        [("Arrests", "Militants")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NATIONALS)
def test_nationals_hurt_or_held_are_civilians(text: str, expected: list, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, "2024-06-04", gazetteer, "sub_event_type", "actor2") == expected


#: the hurt told with what they were doing: (clause, fatalities, injuries)
BYSTANDERS = [
    ("Two civilians who were passing by on a motorcycle were wounded.", None, 2),
    ("Two civilians passing by on a motorcycle were wounded.", None, 2),
    ("Three children playing nearby were injured.", None, 3),
    ("Four men working in a field were hurt.", None, 4),
    # guards: as before
    ("Four pupils who were in the yard were wounded.", None, 4),
    ("Two civilians were also wounded.", None, 2),
]


@pytest.mark.parametrize(("text", "fatalities", "injuries"), BYSTANDERS)
def test_the_hurt_told_with_what_they_did(text: str, fatalities: int | None, injuries: int | None) -> None:
    c = find_casualties(text, 0, len(text))
    assert (c.fatalities, c.injuries) == (fatalities, injuries)


def test_bystanders_hurt_in_the_next_sentence_join_the_strike(gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A drone strike killed four Islamic State members near the town of al-Mayadin on Tuesday. Two civilians "
        "passing by on a motorcycle were wounded, the monitor added."
    )
    assert _rows(text, "2025-03-12", gazetteer, "sub_event_type", "fatalities", "injuries") == [
        ("Air/drone strike", 4, 2)
    ]


#: a salvo intercepted in part, with a toll: (text, [(sub_event_type, intercepted, injuries)])
PARTIAL = [
    (
        "Hezbollah fired 30 rockets at Kiryat Shmona on Monday, some of which were intercepted, wounding two people.",
        [("Shelling/artillery/missile attack", False, 2)],
    ),
    (
        "Israeli warplanes fired missiles at sites near Hama on Sunday, wounding three soldiers, with Syrian air "
        "defences shooting down most of the missiles.",
        [("Air/drone strike", False, 3)],
    ),
    # guards: all intercepted is the interception; most intercepted and nobody hurt stays it too (golden decision)
    (
        "Hezbollah fired 30 rockets at Kiryat Shmona on Monday, all of which were intercepted.",
        [("Disrupted weapons use", True, None)],
    ),
    (
        "Hamas fired 20 rockets at Ashkelon on Monday. Most of them were intercepted and there were no injuries.",
        [("Disrupted weapons use", True, 0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTIAL)
def test_partly_intercepted_salvo_with_a_toll_is_the_attack(text: str, expected: list, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, "2024-06-04", gazetteer, "sub_event_type", "intercepted", "injuries") == expected


#: a live blog's entry: every sentence under its time stamp is of the blog's day; the sirens' town is where the
#: munitions intercepted in the next sentence were aimed. (published, text, [(date, precision, location)])
LIVE_ENTRIES = [
    (
        "2024-05-14",
        "LIVE: Gaza war\n\n07:55 - Sirens sounded in Sderot. The Israeli military said two rockets launched from "
        "northern Gaza were intercepted by the Iron Dome system.\n\n07:30 - An airstrike hit a house in Rafah. Civil "
        "defence said four people were killed.",
        [("2024-05-14", "day", "Sderot"), ("2024-05-14", "day", "Rafah")],
    ),
    (
        "2024-03-07",
        "Sirens sounded across Kiryat Shmona on Wednesday. The army said three drones launched from Lebanon were "
        "shot down.",
        [("2024-03-06", "day", "Kiryat Shmona")],
    ),
    # guard: a deed told with its own day earlier in the entry gives that day to what follows (one raid)
    (
        "2024-05-14",
        "LIVE: West Bank\n\n06:30 - Overnight, Israeli forces raided the Balata camp in Nablus. Gunmen exchanged "
        "fire with the troops for two hours; one Palestinian was killed, medics said.",
        [("2024-05-13", "day", "Balata")],
    ),
    # guard: the first sentence of an entry, as before
    (
        "2024-05-14",
        "LIVE: Gaza war\n\n08:40 - An Israeli airstrike on a house in Rafah killed five people, civil defence said.",
        [("2024-05-14", "day", "Rafah")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), LIVE_ENTRIES)
def test_live_entry_day_and_the_sirens_town(published: str, text: str, expected: list, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, "event_date", "date_precision", "location") == expected


#: an interception that hurt nobody killed nobody: (text, [(fatalities, injuries)])
NOBODY_HURT = [
    ("Two rockets fired at Sderot were intercepted on Tuesday. No injuries were reported.", [(0, 0)]),
    ("Air defences shot down three drones over Erbil airport on Tuesday, causing no injuries.", [(0, 0)]),
    # guards: nothing said stays unknown; a crowd's "no injuries" is about injuries only (round 1)
    ("Two rockets fired at Sderot were intercepted on Tuesday.", [(None, None)]),
    ("Police arrested five protesters in Nairobi on Tuesday. No injuries were reported.", [(None, 0)]),
]


@pytest.mark.parametrize(("text", "expected"), NOBODY_HURT)
def test_interception_that_hurt_nobody_killed_nobody(text: str, expected: list, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, "2024-05-15", gazetteer, "fatalities", "injuries") == expected
