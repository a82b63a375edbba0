"""One incident per real event: when two mentions tell the same event, and how their details combine.

ACLED's atomicity (same actors, same day, same place = one event) and the way news repeats itself (the seed story
tells one drone attack four times: "targeted by two drones", "two drones were shot down", "the attack", "two
fixed-wing drones ... destroyed") give these rules:

- **type family**: the same event type and sub-event type; or an explosion/remote-violence mention and a Disrupted
  weapons use mention with the same weapon (or one weapon unknown; rockets, missiles, mortars and artillery count
  as the same, as do drones and aircraft): the attack and its interception are one event; protest and riot
  sub-types merge (the most severe wins: a protest that turned violent is a riot);
- **date**: equal days, overlapping intervals, or one side unknown;
- **place**: the same gazetteer place (site_id), or one side without a place of its own;
- **counts**: equal munitions counts or one unknown ("two other drones" is never the same two drones);
- a mention marked *distinct* ("another", "a separate attack", "two other drones") never merges into the incident
  in focus.

Combining: an interception wins over the attack type unless some mention reports an impact (casualties > 0 or
damage), because ACLED codes a shot-down drone as Disrupted weapons use; counts and casualties take the largest
stated value (tolls are revised upwards in the same story; 0 only when stated and nothing larger is); actors, claim
and weapon take the first stated value; evidence keeps every supporting span.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from geodata.provinces import current_admin1
from incidents.extract.places import POINT_KINDS
from incidents.model import DatePrecision

#: two gazetteer places closer than this are one place for merging (a district and its city, a base and its gate)
SAME_PLACE_KM = 15.0

__all__ = [
    "SAME_PLACE_KM",
    "Draft",
    "add_counts",
    "combine_counts",
    "compatible",
    "days_overlap",
    "family",
    "in_area",
]

_ERV = "Explosions/Remote violence"
_DISRUPTED = ("Strategic developments", "Disrupted weapons use")


@dataclass(slots=True)
class Draft:
    """An incident being assembled from mentions (mutable only inside the pipeline)."""

    event_type: str
    sub_event_type: str
    weapon: str | None
    historical: bool
    event_date: dt.date | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: DatePrecision = DatePrecision.UNKNOWN
    date_expr: str | None = None
    munitions_count: int | None = None
    intercepted: bool = False
    impact: bool = False
    actor1: str | None = None
    actor2: list[str] = field(default_factory=list)
    claimed_by: str | None = None
    fatalities: int | None = None
    fatalities_max: int | None = None
    injuries: int | None = None
    injuries_max: int | None = None
    toll_told: bool = False  # a mention said a toll (or "no casualties")
    toll_claimed: bool = False  # ... and it was only the attacker's own account
    toll_vague: bool = False  # the toll told is a vague quantity only ("dozens")
    toll_summary: bool = False  # the toll told is a sum over places ("11 civilians on both sides")
    day_unknown: bool = False  # first told with a relative day no publication date resolves ("on Monday")
    toll_side: str | None = None  # whose dead the first toll counted: "armed", "state", "other" (or "both")
    place: object | None = None  # places.PlaceChoice
    evidence: list[tuple[int, int]] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)
    types: list[tuple[str, str, float]] = field(default_factory=list)
    first_sentence: int = 0
    last_sentence: int = 0
    first_pos: int = 0
    plural_lead: bool = False  # first told by a plural deed ("Iraq bombings kill 22"): maybe a sum of several
    counted: bool = (
        False  # first told as a count of deeds ("killed 15 in two attacks"): surely a sum of several
    )
    shared: bool = (
        False  # first told at a town of a list whose toll was shared out evenly ("hit Kharkiv and Odesa")
    )
    running: bool = False  # that shared toll is a running total ("the toll has risen to seven")

    @property
    def point(self) -> tuple[float, float] | None:
        """(lat, lon) of the draft's place, if any."""
        if self.place is None:
            return None
        p = self.place.candidate.place  # type: ignore[attr-defined]
        return (p.lat, p.lon) if p.kind not in ("admin1", "country") else None

    @property
    def site_id(self) -> str | None:
        if self.place is None:
            return None
        return self.place.candidate.place.place_id  # type: ignore[attr-defined]


_FIGHT_FOR_GROUND = frozenset(
    ("Armed clash", "Non-state actor overtakes territory", "Government regains territory")
)


def family(event_type: str, sub: str) -> str:
    """The merge family of a type: mentions of one event may differ in sub-type within it."""
    if event_type == _ERV or (event_type, sub) == _DISRUPTED:
        return "remote"
    if event_type in ("Protests", "Riots"):
        # a protest first told as peaceful and then as dispersed is one protest; one that turned violent ("later
        # clashed with riot police") is one riot (ACLED codes the demonstration by what it became)
        return "crowd"
    if event_type == "Battles" and sub in _FIGHT_FOR_GROUND:
        return "ground"  # a clash at a town and the town taken by evening: one battle, coded by its outcome (ACLED)
    return f"{event_type}/{sub}"


#: weapons one deed is told with: a shelling is "artillery and rocket fire" in one sentence and "the shells" in the
#: next (ACLED's one sub-event type for all of them); drones are often called aircraft
_WEAPON_KIN = ({"rocket", "missile", "mortar", "artillery"}, {"drone", "aircraft"})


def _same_weapon(a: str | None, b: str | None) -> bool:
    """Unknown matches anything; rockets are often called missiles, drones aircraft."""
    return a is None or b is None or a == b or any({a, b} <= kin for kin in _WEAPON_KIN)


def _dates_compatible(d: Draft, start: dt.date | None, end: dt.date | None) -> bool:
    if d.date_start is None or start is None:
        return True
    return not (end < d.date_start or start > d.date_end)  # type: ignore[operator]


def days_overlap(a: Draft, b: Draft) -> bool:
    """The two drafts' days overlap; a draft with no known day overlaps any (a lead and the deeds told after it)."""
    return _dates_compatible(a, b.date_start, b.date_end)


def compatible(
    d: Draft,
    *,
    event_type: str,
    sub_event_type: str,
    weapon: str | None,
    historical: bool,
    date_start: dt.date | None,
    date_end: dt.date | None,
    site_id: str | None,
    count: int | None,
    point: tuple[float, float] | None = None,
    place: object | None = None,
    summary: bool = False,
) -> bool:
    """True when a mention with these details can be the same event as draft ``d`` (module docstring rules).

    ``place`` is the mention's gazetteer ``Place``: a province told first and a town in it told next ("an air strike
    on a village in Sagaing region ... bombs on Pazigyi village in Kanbalu township") are one place said twice, the
    second time more precisely; a country and a place in it only when neither is told by a plural deed
    (``summary``: the mention's; the draft's own flag) that may sum several.
    """
    if d.historical != historical:
        return False
    fam = family(event_type, sub_event_type)
    if fam != family(d.event_type, d.sub_event_type):
        return False
    if fam == "remote" and not _same_weapon(weapon, d.weapon):
        return False  # an IED and a shelling, or rockets and drones, are different events
    if fam == "ground" and sub_event_type != d.sub_event_type and (site_id is None or d.site_id is None):
        return False  # a clash and a takeover are one battle only where both are said to be at one place
    if not _dates_compatible(d, date_start, date_end):
        return False
    if site_id is not None and d.site_id is not None and site_id != d.site_id:
        here = d.point
        if (point is None or here is None or _km(point, here) > SAME_PLACE_KM) and not _within(
            d, place, country=not (d.plural_lead or summary)
        ):
            return False  # a district of the same city ("Mansoura" in Aden) is the same place, another town is not
        if _two_villages(d, place):
            return False  # "a house in Aitaroun" and "a motorcycle in Bint Jbeil", 4 km apart: two places
    if (
        (event_type, sub_event_type) == _DISRUPTED
        and count is not None
        and (d.event_type, d.sub_event_type) != _DISRUPTED
        and not d.intercepted
        and (d.fatalities or d.injuries)
    ):
        # "Russian drones attacked Kharkiv overnight, killing three. Air defences shot down 31 drones over Kharkiv
        # region": the night's tally of interceptions is an event of its own, not the deadly (or, since stop 26,
        # wounding) strike's count
        return False
    return not (count is not None and d.munitions_count is not None and count != d.munitions_count)


#: below this population two named settlements near each other are two villages, not a city and its district
_CITY_POPULATION = 100_000
#: a named town further than this from a city is not one of its districts
_DISTRICT_KM = 6.0


def _two_villages(d: Draft, place: object | None) -> bool:
    """Both places are towns or villages in their own right (no city with its districts, no quarter)."""
    if place is None or d.place is None:
        return False
    p = d.place.candidate.place  # type: ignore[attr-defined]
    towns = all(
        x.kind == "settlement" and not x.feature_code.startswith("PPLX")  # type: ignore[attr-defined]
        for x in (p, place)
    )
    if not towns:
        return False
    if all(x.population < _CITY_POPULATION for x in (p, place)):  # type: ignore[attr-defined]
        return True
    # a city and a town beyond its districts: "a strike in Khan Younis ... hours later, a strike in Deir al-Balah"
    return _km((p.lat, p.lon), (place.lat, place.lon)) > _DISTRICT_KM  # type: ignore[attr-defined]


def in_area(area: object, place: object) -> bool:
    """``place`` (a town, site or district: a gazetteer ``Place``) lies in ``area``, a country or province: the same
    country and, for a province, the same province name."""
    if place.kind not in POINT_KINDS or area.iso3 != place.iso3:  # type: ignore[attr-defined]
        return False
    if area.kind == "country":  # type: ignore[attr-defined]
        return True
    # (by the province each is part of today: Mir Ali, in the layer's F.A.T.A., lies in Khyber Pakhtunkhwa)
    return (
        area.kind == "admin1"  # type: ignore[attr-defined]
        and place.admin1 is not None  # type: ignore[attr-defined]
        and current_admin1(place.admin1, place.iso3)  # type: ignore[attr-defined]
        == current_admin1(area.admin1 or area.name, area.iso3)  # type: ignore[attr-defined]
    )


def _within(d: Draft, place: object | None, *, country: bool = True) -> bool:
    """One of the two places is a province (or, with ``country``, a country) and the other lies in it ("12
    civilians killed in northern Burkina Faso ... gunmen shot residents at a market in Bourzanga": one attack, told
    the second time where; not "Iraq bombings kill 22 ... a car bomb killed five in Baghdad", a sum and one of its
    deeds)."""
    if place is None or d.place is None:
        return False
    p = d.place.candidate.place  # type: ignore[attr-defined]
    kinds = ("admin1", "country") if country else ("admin1",)
    return any(
        a.kind in kinds and a.iso3 is not None and in_area(a, b)  # type: ignore[attr-defined]
        for a, b in ((p, place), (place, p))
    )


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (la1, lo1), (la2, lo2) = a, b
    h = (
        math.sin(math.radians(la2 - la1) / 2) ** 2
        + math.cos(math.radians(la1))
        * math.cos(math.radians(la2))
        * math.sin(math.radians(lo2 - lo1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def add_counts(a: int | None, b: int | None) -> int | None:
    """The sum of two stated values ("also killed": more victims); None only when neither says."""
    if a is None:
        return b
    if b is None:
        return a
    return a + b


def combine_counts(a: int | None, b: int | None) -> int | None:
    """The larger stated value; None only when neither says."""
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)
