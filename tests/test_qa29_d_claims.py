"""QA 29 (d): claims -- "claimed an attack on ..." (the deed with an indefinite article) and a spokesman's "said the
group had fired" name the claimant; a state army telling its own shelling is no claim."""

from __future__ import annotations

import pytest

from tests.test_extract_layers import _rows

#: (published, text, (actor1, claimed_by) of the one incident)
CLAIMS = [
    (
        "2024-02-03",
        "The Houthis claimed an attack on the British tanker Marlin Luanda in the Gulf of Aden on Friday.",
        ("Houthis (Ansar Allah)", "Houthis (Ansar Allah)"),
    ),
    (
        "2022-03-26",
        "Houthi spokesman Yahya Saree said the group had fired missiles at Aramco facilities in Jeddah on Friday.",
        ("Houthis (Ansar Allah)", "Houthis (Ansar Allah)"),
    ),
    # guard (held before too): an army telling its own shelling
    (
        "2024-02-03",
        "The army said it had shelled militant positions near Kalehe on Monday.",
        ("Military Forces of Democratic Republic of the Congo", None),
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), CLAIMS)
def test_claims(published: str, text: str, expected: tuple, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, "actor1", "claimed_by") == [expected]
