"""QA 29 (g): a running toll and the deaths told beside it -- "the death toll has risen to seven" counts the
protester killed in the live blog's earlier entry, above or below it, so the dead are counted once (7, not 8); a
protest's toll told for two towns takes the deed told at one of them like any violent lead's."""

from __future__ import annotations

import pytest

from tests.test_extract_layers import _rows

#: (published, text, (location, fatalities) of each incident in text order)
TOLLS = [
    # the probe: the 18:35 running toll above the 13:00 entry it counts
    (
        "2022-06-30",
        "18:35 — The death toll from today's protests has risen to seven, all shot by security forces in Omdurman "
        "and Khartoum North. 13:00 — In Omdurman, one protester was killed by a bullet to the chest.",
        [("Khartoum North", 6), ("Omdurman", 1)],
    ),
    # the same live blog in time order: the running toll told after the death it counts
    (
        "2022-06-30",
        "13:00 — In Omdurman, one protester was killed by a bullet to the chest. 18:35 — The death toll from "
        "today's protests has risen to seven, all shot by security forces in Omdurman and Khartoum North.",
        [("Omdurman", 1), ("Khartoum North", 6)],
    ),
    # a protest's toll for two towns, and the death told next at one of them
    (
        "2022-06-30",
        "Six people were killed as police fired on protesters in Nairobi and Kisumu on Thursday. In Kisumu, one "
        "demonstrator died after being shot in the chest.",
        [("Nairobi", 5), ("Kisumu", 1)],
    ),
    # guard (held before too): a toll said once, not a running total, does not count the death told before it
    (
        "2022-06-30",
        "13:00 — In Omdurman, one protester was killed by a bullet to the chest. 18:35 — Security forces shot dead "
        "six protesters across Omdurman and Khartoum North, medics said.",
        [("Omdurman", 1), ("Omdurman", 3), ("Khartoum North", 3)],
    ),
    # guard (held before too): no toll for the protest, the death told at one town is its own
    (
        "2022-06-30",
        "Thousands protested in Khartoum and Omdurman on Thursday. In Omdurman, one protester was killed by a "
        "bullet to the chest.",
        [("Khartoum", None), ("Omdurman", None), ("Omdurman", 1)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), TOLLS)
def test_running_tolls_qa29g(published: str, text: str, expected: list[tuple], gazetteer) -> None:
    assert _rows(text, published, gazetteer, "location", "fatalities") == expected


@pytest.mark.parametrize(
    ("text", "running"),
    [
        ("The death toll from today's protests has risen to seven", True),
        ("the number of people killed climbed to 12, officials said", True),
        ("The toll now stands at 11 in the two towns", True),
        ("a second blast, bringing the toll to nine", True),
    ],
)
def test_running_toll_qa29g(text: str, running: bool) -> None:
    from incidents.extract.casualties import running_toll

    assert running_toll(text, 0, len(text)) is running
