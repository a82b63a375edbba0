"""Pure layers of the extractor, one table per function family: sentences, triggers, filters, casualties, actors."""

from __future__ import annotations

import pytest

from incidents.extract.actors import assign_actors, find_actor_mentions, find_claim
from incidents.extract.casualties import find_casualties, munitions_count
from incidents.extract.events import find_triggers, quote_spans, trigger_blocked, weapon_of
from incidents.extract.merge import Draft, compatible
from incidents.extract.places import mask_outside
from incidents.extract.sentences import split_clauses, split_sentences

SENTENCES = [
    ("Gen. John Smith of the U.S. Army said two rockets hit. Nobody was hurt.", 2),
    ("The drones hit the U.S. The army said nothing.", 2),
    ("J. Doe left at 3 p.m. on Jan. 5. Then he came back.", 2),
    ("Headline without a stop\nThe body starts here. And goes on.", 3),
    ("A wrapped line that goes\non in lowercase.", 1),
    ("“Is it over?” he asked. “No.”", 2),
    ("", 0),
]


@pytest.mark.parametrize(("text", "n"), SENTENCES)
def test_split_sentences(text: str, n: int) -> None:
    out = split_sentences(text)
    assert len(out) == n, [text[s.start : s.end] for s in out]
    for s in out:
        assert text[s.start : s.end] == text[s.start : s.end].strip()


def test_split_sentences_only_inside_ranges() -> None:
    text = "Caption here. Body one. Body two."
    out = split_sentences(text, [(14, len(text))])
    assert [text[s.start : s.end] for s in out] == ["Body one.", "Body two."]


def test_split_clauses_at_semicolons_and_but() -> None:
    text = "Rockets hit the base; no one was hurt, but a drone was downed."
    parts = [text[a:b].strip() for a, b in split_clauses(text, 0, len(text))]
    assert parts == ["Rockets hit the base", "no one was hurt", "but a drone was downed."]


TRIGGERS = [
    # text, rule name expected among the triggers
    ("Two drones were shot down by air defences.", "intercept-passive"),
    ("Iron Dome intercepted five rockets.", "intercept-active"),
    ("Engineers defused two roadside bombs.", "defused"),
    ("A suicide bomber blew himself up at a mosque.", "suicide"),
    ("A chlorine gas attack hit the town.", "chemical"),
    ("Russian warplanes struck the market.", "aircraft-struck"),
    ("An air strike hit the convoy.", "air-strike"),
    ("The town was shelled overnight.", "shelling"),
    ("Militants fired three rockets at the base.", "projectile-hit"),
    ("A car bomb exploded near the ministry.", "car-bomb"),
    ("A roadside bomb hit a patrol.", "ied"),
    ("Attackers threw a hand grenade into the station.", "grenade"),
    ("Fighters clashed near the border.", "clash"),
    ("Gunmen abducted three aid workers.", "abduction"),
    ("Soldiers raped two women in the village.", "sexual"),
    ("Hundreds protested outside parliament.", "protest"),
    ("Rioters torched the governor's office.", "riot"),
    ("Police arrested five suspects.", "arrest"),
    ("The two sides signed a ceasefire agreement.", "agreement"),
    ("The army established a new base in the valley.", "base-established"),
    ("Militants looted shops in the market.", "looting"),
    ("Government forces recaptured the town.", "regain"),
    ("Rebels captured the town of Tal Abyad.", "overtake"),
    ("Ukrainian forces shot down a Russian fighter jet.", "aircraft-downed"),
    ("Militants handed over the town to the army without a fight.", "transfer"),
]


@pytest.mark.parametrize(("text", "rule"), TRIGGERS)
def test_trigger_lexicon(text: str, rule: str) -> None:
    assert rule in {t.rule.name for t in find_triggers(text, 0, len(text))}


BLOCKED = [
    # text, trigger surface, reason (None: the trigger stands)
    ("There was no attack on the base.", "attack", "negated"),
    ("The ministry denied reports that its jets bombed a hospital.", "bombed", "denied"),
    ("The group threatened on Thursday to strike the capital.", "strike", "modal"),
    ("Officials said militants could launch rocket attacks.", "rocket attacks", "modal"),
    ("Such attacks are common in the area.", "attacks", "generic"),
    ("The group has repeatedly fired missiles at the city.", "fired", "habitual"),
    ("Drone strikes have become common.", "strikes", "habitual"),
    ("A strike on the city would mark an escalation.", "strike", "modal"),
    ("“These are attacks against the people,” he said.", "attacks", "quoted"),
    ("There were no casualties in the attack.", "attack", None),
    ("Last month, a similar device wounded two soldiers.", "device", None),
    ("Gunmen attacked a checkpoint on Monday.", "attacked", None),
]


@pytest.mark.parametrize(("text", "surface", "reason"), BLOCKED)
def test_trigger_filters(text: str, surface: str, reason: str | None) -> None:
    trig = next(t for t in find_triggers(text, 0, len(text)) if surface in text[t.start : t.end])
    assert trigger_blocked(text, trig, 0, len(text), quote_spans(text, 0, len(text))) == reason


WEAPONS = [
    ("two explosive-laden drones", "drone"),
    ("Katyusha rockets", "rocket"),
    ("a ballistic missile", "missile"),
    ("mortar rounds", "mortar"),
    ("artillery fire", "artillery"),
    ("a roadside bomb", "ied"),
    ("a suicide car bomb", "car_bomb"),
    ("an explosive vest", "suicide_vest"),
    ("a hand grenade", "grenade"),
    ("gunmen opened fire", "small_arms"),
    ("warplanes", "aircraft"),
    ("a landmine", "landmine"),
    ("sarin", "chemical"),
    ("stabbed", "knife"),
    ("a statement", None),
]


@pytest.mark.parametrize(("text", "weapon"), WEAPONS)
def test_weapon_of(text: str, weapon: str | None) -> None:
    assert weapon_of(text) == weapon


CASUALTIES = [
    # text, fatalities, fatalities_max, injuries
    ("There were no casualties or damages due to the attack", 0, None, 0),
    ("No one was hurt.", 0, None, 0),
    ("No one was injured, police said.", None, None, 0),
    ("There were no immediate reports of casualties.", None, None, None),
    ("at least five people were killed and 12 wounded", 5, None, 12),
    ("The blast killed three soldiers and wounded seven others", 3, None, 7),
    ("killing between 5 and 7 civilians", 5, 7, None),
    ("5 to 7 people were killed", 5, 7, None),
    ("up to 20 people were killed", None, 20, None),
    ("a soldier was killed", 1, None, None),
    ("The activist was shot dead by gunmen.", 1, None, None),
    ("Soleimani and Muhandis were killed in a drone strike", 2, None, None),
    ("leaving four SDF fighters and at least six militants dead", 10, None, None),
    ("three soldiers and two civilians were killed", 5, None, None),
    ("The death toll rose to 14", 14, None, None),
    ("dozens of people were injured", None, None, 24),
    ("The army said the base was quiet.", None, None, None),
]


@pytest.mark.parametrize(("text", "fat", "fat_max", "inj"), CASUALTIES)
def test_find_casualties(text: str, fat, fat_max, inj) -> None:
    c = find_casualties(text, 0, len(text))
    assert (c.fatalities, c.fatalities_max, c.injuries) == (fat, fat_max, inj)


MUNITIONS = [
    ("two fixed-wing drones rigged with explosives", "drone", 2),
    ("two other explosive-laden drones were shot down", "drone", 2),
    ("fired six Katyusha rockets at the base", "rocket", 6),
    ("an explosive-laden drone hit the base", "drone", 1),
    ("a ballistic missile fired by the Houthis", "missile", 1),
    ("killed in a drone strike", "drone", None),
    ("a day after two drones", "drone", 2),
    ("drones hit the base", "drone", None),
    ("three soldiers and two rockets", "drone", None),
]


@pytest.mark.parametrize(("text", "weapon", "count"), MUNITIONS)
def test_munitions_count(text: str, weapon: str, count: int | None) -> None:
    assert munitions_count(text, 0, len(text), weapon=weapon)[0] == count


ACTORS = [
    # text, trigger surface, intercept, actor1, actor2
    (
        "Russian warplanes struck a market, killing civilians.",
        "struck",
        False,
        "Military Forces of Russia",
        "Civilians",
    ),
    ("Soldiers were ambushed by Al-Shabaab militants.", "ambushed", False, "Al Shabaab", "Military Forces"),
    (
        "The strike was ordered by then-U.S. president Donald Trump.",
        "strike",
        False,
        "Government of the United States",
        None,
    ),
    (
        "Unidentified gunmen abducted three aid workers.",
        "abducted",
        False,
        "Unidentified gunmen",
        "Civilians",
    ),
    (
        "Israel's Iron Dome intercepted rockets fired by Hamas.",
        "intercepted",
        True,
        "Hamas",
        "Military Forces of Israel",
    ),
    ("Two drones were shot down.", "shot down", True, None, None),
]


@pytest.mark.parametrize(("text", "surface", "intercept", "actor1", "actor2"), ACTORS)
def test_assign_actors(text, surface, intercept, actor1, actor2) -> None:
    start = text.index(surface)
    mentions = find_actor_mentions(text, 0, len(text))
    got = assign_actors(
        text, (0, len(text)), (start, start + len(surface)), intercept=intercept, mentions=mentions
    )
    assert (got.actor1, got.actor2) == (actor1, actor2)


CLAIMS = [
    ("Al-Shabaab claimed responsibility for the attack.", "Al Shabaab"),
    ("Responsibility was claimed by the Islamic State group.", "Islamic State"),
    ("There was no immediate claim of responsibility for the attacks.", None),
    ("Iran-backed militias have claimed responsibility for similar attacks in the past.", None),
    ("No group claimed the attack.", None),
]


@pytest.mark.parametrize(("text", "claimant"), CLAIMS)
def test_find_claim(text: str, claimant: str | None) -> None:
    assert find_claim(text, 0, len(text), find_actor_mentions(text, 0, len(text))) == claimant


def _draft(**kw) -> Draft:
    base = dict(
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        weapon="drone",
        historical=False,
    )
    base.update(kw)
    return Draft(**base)


MERGE = [
    # mention details, compatible with a current drone strike draft without place or date?
    (dict(event_type="Strategic developments", sub_event_type="Disrupted weapons use", weapon="drone"), True),
    (
        dict(event_type="Strategic developments", sub_event_type="Disrupted weapons use", weapon="rocket"),
        False,
    ),
    (dict(event_type="Battles", sub_event_type="Armed clash", weapon="small_arms"), False),
    (
        dict(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", weapon="aircraft"),
        True,
    ),
    (
        dict(
            event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike",
            weapon="drone",
            historical=True,
        ),
        False,
    ),
]


@pytest.mark.parametrize(("mention", "ok"), MERGE)
def test_compatible(mention: dict, ok: bool) -> None:
    kw = dict(weapon=None, historical=False, date_start=None, date_end=None, site_id=None, count=None)
    kw.update(mention)
    assert compatible(_draft(), **kw) is ok


def test_counts_must_agree_to_merge() -> None:
    d = _draft(munitions_count=2)
    kw = dict(
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        weapon="drone",
        historical=False,
        date_start=None,
        date_end=None,
        site_id=None,
    )
    assert compatible(d, count=2, **kw) and not compatible(d, count=3, **kw)


def test_mask_outside_keeps_offsets_and_lines() -> None:
    text = "CAPTION 2019\nBody text here.\nShare"
    masked = mask_outside(text, [(13, 28)])
    assert len(masked) == len(text) and masked[13:28] == text[13:28]
    assert masked.count("\n") == 2 and "CAPTION" not in masked and "Share" not in masked
