"""QA 27: protest typing (ACLED Protests: Peaceful protest / Protest with intervention / Excessive force against
protesters), one table of reports and the incidents they give."""

from __future__ import annotations

import pytest

from tests.test_extract_layers import _rows

#: (published, text, [(sub_event_type, actor1, actor2, fatalities)])
QA27P = [
    # a crowd that dispersed of itself met no forces: no intervention
    (
        "2024-06-26",
        "In Eldoret, several hundred people marched peacefully on Tuesday and dispersed in the evening.",
        [("Peaceful protest", "Protesters (Kenya)", None, None)],
    ),
    # arrests and injuries said not to have happened are no intervention
    (
        "2025-03-16",
        "Hundreds of thousands of people rallied peacefully in Belgrade on Saturday. There were no reports of "
        "injuries or arrests.",
        [("Peaceful protest", "Protesters (Serbia)", None, None)],
    ),
    (
        "2025-03-16",
        "Hundreds of thousands of people rallied peacefully in Belgrade on Saturday. There were no injuries or "
        "arrests.",
        [("Peaceful protest", "Protesters (Serbia)", None, None)],
    ),
    # the state's forces firing on a sit-in or a rally use force on a protest: not an attack on a venue
    (
        "2025-03-23",
        "Police in Quetta opened fire on a sit-in organised by the Baloch Yakjehti Committee on Friday night, "
        "killing three people.",
        [("Excessive force against protesters", "Protesters (Pakistan)", "Police Forces of Pakistan", 3)],
    ),
    (
        "2025-03-23",
        "Security forces opened fire on a rally in Quetta on Friday night, killing three people.",
        [("Excessive force against protesters", "Protesters (Pakistan)", "Military Forces of Pakistan", 3)],
    ),
    # officers firing into a crowd are its police; the police firing into a crowd fire on a gathering
    (
        "2024-06-26",
        "Officers fired live ammunition into the crowd in Nairobi on Tuesday, killing five.",
        [("Excessive force against protesters", "Protesters (Kenya)", "Police Forces of Kenya", 5)],
    ),
    (
        "2024-06-26",
        "Police fired live ammunition into the crowd in Nairobi on Tuesday, killing five.",
        [("Excessive force against protesters", "Protesters (Kenya)", "Police Forces of Kenya", 5)],
    ),
    # a student who died after the police fired at protesters is the protest's dead: force that killed
    (
        "2024-07-17",
        "In Rangpur, a student died on Tuesday after police fired rubber bullets and live rounds at protesters who "
        "had gathered in front of the university gate.",
        [("Excessive force against protesters", "Protesters (Bangladesh)", "Police Forces of Bangladesh", 1)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), QA27P)
def test_qa27_protest_typing(published: str, text: str, expected: list, gazetteer) -> None:
    got = _rows(text, published, gazetteer, "sub_event_type", "actor1", "actor2", "fatalities")
    assert got == expected
