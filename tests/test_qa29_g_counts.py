"""QA 29 (g): a barrage's munitions count -- the number stopped, not the number launched, when a report says
"launched 28 drones ... destroyed 24 of them"; and a count told for a list of places is neither repeated on each
row nor shared out (QA 30: no per-place count is said, and the contract's count is null when not said)."""

from __future__ import annotations

import pytest

from tests.test_extract_layers import _rows

#: (published, text, munitions_count of each incident in text order)
COUNTS = [
    # the probe: 24 of 28 destroyed over three regions, not 28 on every row (nor 8/8/8: unsaid)
    (
        "2024-05-15",
        "Russia launched 28 drones at Ukraine overnight, and air defences destroyed 24 of them over the Kyiv, "
        "Zhytomyr and Vinnytsia regions, the Air Force said on Wednesday.",
        [None, None, None],
    ),
    # the share told after the launch, in other words
    (
        "2024-05-15",
        "Russia attacked with 40 drones overnight, and 36 of them were shot down over the Kharkiv region, the air "
        "force said on Wednesday.",
        [36],
    ),
    (
        "2024-05-15",
        "Russia launched 19 missiles overnight, of which 15 were intercepted over the Odesa region, the air force "
        "said on Wednesday.",
        [15],
    ),
    (
        "2024-05-15",
        "Russia fired 12 drones at the Sumy region overnight, 10 of which were downed by air defences, the air "
        "force said on Wednesday.",
        [10],
    ),
    # a count destroyed over two regions: how many over each is not said (QA 30 changed [5, 4])
    (
        "2024-05-15",
        "Air defences destroyed 9 drones over the Poltava and Sumy regions overnight, the air force said on "
        "Wednesday.",
        [None, None],
    ),
    # a strike's count told for two cities: not shared like its toll (QA 30 changed [3, 3])
    (
        "2024-05-15",
        "Russia fired 6 missiles at Kharkiv and Odesa on Tuesday, killing six people.",
        [None, None],
    ),
    # guard (held before too): the share told before the count
    (
        "2024-05-15",
        "Ukraine's air force said on Wednesday it shot down 30 of the 35 drones launched over the Mykolaiv region.",
        [30],
    ),
    # guard: "20 of them Shaheds" is a kind of the drones, not a number stopped
    (
        "2024-05-15",
        "Russia launched 28 drones overnight, 20 of them Shaheds, and air defences shot down drones over the Kyiv "
        "region, the air force said on Wednesday.",
        [28],
    ),
    # guard: one place, one row with the whole count
    (
        "2024-05-15",
        "Air defences destroyed 17 drones over the Belgorod region overnight, the ministry said on Wednesday.",
        [17],
    ),
]


@pytest.mark.parametrize(("published", "text", "counts"), COUNTS)
def test_munitions_counts_qa29g(published: str, text: str, counts: list[int | None], gazetteer) -> None:
    assert [n for (n,) in _rows(text, published, gazetteer, "munitions_count")] == counts
