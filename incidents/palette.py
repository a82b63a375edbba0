"""The event-type colours the map and the KML/KMZ layers share, so a layer opened in Google Earth reads like the map.

Okabe-Ito palette: distinguishable with the common colour-vision deficiencies. Kept here (not in ``dashboard``) so
the exporters in ``incidents.interchange`` need no dashboard import.
"""

from __future__ import annotations

from collections.abc import Mapping

#: One colour per ACLED event type.
EVENT_COLORS: Mapping[str, str] = {
    "Battles": "#D55E00",
    "Explosions/Remote violence": "#0072B2",
    "Violence against civilians": "#CC79A7",
    "Protests": "#009E73",
    "Riots": "#E69F00",
    "Strategic developments": "#56B4E9",
}
#: Historical references (past events a report only refers to) are grey wherever they are drawn.
HISTORICAL_COLOR = "#8c8c8c"
