"""QA 27: casualty counts misread -- a family told by its size, a count before two groups, the victim's own
people wounded, "and another wounded", and lists of counted groups summed."""

from __future__ import annotations

import pytest

from incidents.extract.casualties import find_casualties
from tests.test_extract_layers import _rows

#: whole reports: (published, text, fatalities, injuries) of the one incident
REPORTS = [
    (
        "2024-09-02",
        "One strike hit a house in the Haj Yousif neighbourhood of Khartoum on Monday, killing a family of five.",
        5,
        None,
    ),
    (
        "2025-03-04",
        "JNIM fighters ambushed a supply convoy escorted by soldiers and VDP about 30 km north of Djibo on Saturday. "
        "At least 20 soldiers and VDP members were killed.",
        20,
        None,
    ),
    (
        "2024-05-14",
        "An Israeli air strike on a house in Mays al-Jabal on Monday killed a woman and wounded her two children.",
        1,
        2,
    ),
    (
        "2024-02-13",
        "Two Armenian soldiers were killed and another wounded when Azerbaijani forces opened fire near Kapan on "
        "Tuesday.",
        2,
        1,
    ),
    ("2024-11-27", "Three Rangers personnel and a policeman were killed in Islamabad on Tuesday.", 4, None),
    (
        "2025-03-13",
        "Gunmen hijacked a passenger train near Sibi on Tuesday; 26 hostages and four soldiers were killed before "
        "troops ended the siege.",
        30,
        None,
    ),
]


@pytest.mark.parametrize(("published", "text", "fat", "inj"), REPORTS)
def test_report_casualties(published: str, text: str, fat, inj, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "fatalities", "injuries") == [(fat, inj)]


#: one clause: (text, fatalities, injuries)
CLAUSES = [
    # a family told by its size is that many people
    ("Gunmen killed a family of five people in Zurmi.", 5, None),
    ("The strike wiped out an entire family of six.", 6, None),
    ("A family of four was killed when a shell hit their home.", 4, None),
    ("Five members of the same family were killed.", 5, None),
    ("Gunmen killed five members of one family.", 5, None),
    ("A family of five was displaced by the fighting.", None, None),
    # a count before "X and Y members" is one count of both groups
    ("Twelve soldiers and militia members were killed in the ambush.", 12, None),
    ("Four soldiers and six militants were killed.", 10, None),
    # the victim's own people wounded
    ("Shelling killed a man and wounded his three sons.", 1, 3),
    # one more wounded after a toll
    ("Two soldiers were killed and one other was seriously injured.", 2, 1),
    ("Three policemen died and another was hurt.", 3, 1),
    # counted groups in a list, summed
    ("Two constables and a civilian were killed in the blast.", 3, None),
    ("Five peacekeepers and two soldiers were killed.", 7, None),
    ("Gunmen killed two soldiers and a civilian.", 3, None),
    ("Gunmen killed a policeman.", 1, None),
]


@pytest.mark.parametrize(("text", "fat", "inj"), CLAUSES)
def test_find_casualties_qa27(text: str, fat, inj) -> None:
    c = find_casualties(text, 0, len(text))
    assert (c.fatalities, c.injuries) == (fat, inj)
