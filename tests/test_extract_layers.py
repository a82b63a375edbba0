"""Pure layers of the extractor, one table per function family: sentences, triggers, filters, casualties, actors."""

from __future__ import annotations

import itertools

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


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # a second deed with a subject, a place and a day of its own is its own clause (stop 16) ...
        (
            "Shopkeepers in Tabriz joined the strike on Thursday, and riot police used tear gas to break up a "
            "gathering of students in Tehran on Saturday.",
            2,
        ),
        # ... the same subject going on, or the police acting on the same crowd, is not
        ("Gunmen stormed the village of Kuchi on Monday, and killed 12 people.", 1),
        (
            "Hundreds protested in Basra on Monday, and police fired tear gas to disperse them, witnesses said.",
            1,
        ),
    ],
)
def test_split_clauses_at_a_second_subject(text: str, n: int) -> None:
    assert len(split_clauses(text, 0, len(text))) == n


def test_split_clauses_before_headline_as_toll() -> None:
    """Headlines join two facts with a bare "as" before a toll; "such as" and "as well" are not cut."""
    text = "Minister vows crackdown as 17 killed"
    assert [text[a:b] for a, b in split_clauses(text, 0, len(text))] == [
        "Minister vows crackdown",
        "as 17 killed",
    ]
    other = "Weapons such as rockets were seized as well"
    assert split_clauses(other, 0, len(other)) == [(0, len(other))]


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
    # rules-v9
    ("Gunmen seized 110 schoolgirls from a school.", "abduction"),
    ("Forces had fired on army positions overnight.", "violence"),
    ("A Russian guided bomb damaged a factory.", "air-strike"),
    ("The Houthis said they had targeted the tanker.", "target-verb"),
    ("A chlorine gas attack hit the town.", "chemical"),
    ("Russian warplanes struck the market.", "aircraft-struck"),
    # stop 15: rockets said to have been fired, in the passive
    ("About 30 rockets were fired from Lebanon at the town.", "projectile-hit"),
    ("Its forces had destroyed three Houthi drones over the Red Sea.", "intercept-active"),
    ("Its forces had struck the Berdiansk airfield with drones.", "drone-launched"),
    ("A drone dropped explosives on a military base.", "drone-launched"),
    ("Russian forces struck Kharkiv with ballistic missiles.", "projectile-hit"),
    ("Police fired tear gas to disperse several hundred opposition supporters.", "protest"),
    ("Angry voters set fire to the electoral commission building.", "riot"),
    ("Gunmen approached the base on Monday and fired at guards.", "violence"),
    ("Drones launched by the Rapid Support Forces struck the air base on Monday.", "drone-launched"),
    ("Missiles fired by the Houthis struck Eilat on Monday.", "projectile-hit"),
    ("Supporters of rival candidates fought with stones and machetes.", "riot"),
    ("Residents cornered two men in the township, beat them with sticks.", "mob"),
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
    # headline style: present-tense verbs tell reported past events
    ("Warplanes hit a fuel depot outside the city", "aircraft-struck"),
    ("Jets kill 9 in raid on village", "aircraft-struck"),
    ("Mortar shells land on crowded square", "projectile-hit"),
    ("Army shells rebel-held quarter", "shelling"),
    ("Helicopters drop barrel bombs on the valley", "air-strike"),
    ("Aerial bombardments on the eastern villages", "air-strike"),
    ("Roadside bomb explodes under police truck", "ied"),
    ("Bomb goes off in crowded bus station", "bomb-went-off"),
    ("Gunman kills 4 at wedding party", "violence"),
    ("Militia executes two shepherds", "massacre"),
    ("Bandits kidnap 12 travellers on the highway", "abduction"),
    ("Government troops retake hilltop village", "regain"),
    ("Rebel fighters battle army units for the airport", "clash"),
    ("The militia launched a new offensive on the northern front", "offensive"),
    ("Special forces storm hijacked ferry", "violence"),
    ("Troops locked in fierce battles with insurgents", "clash"),
    # stop 16: "troops engaged ...", "killed in the two-hour encounter"
    ("Troops engaged some 20 members of the Maute Group near Piagapo.", "clash"),
    ("Bazaar merchants in Tabriz went on strike on Thursday.", "protest"),
    ("Transport workers staged a hartal in Dhaka on Sunday.", "protest"),
    ("Five militants were killed in the two-hour encounter.", "clash"),
]

NOT_TRIGGERS = [
    # text, rule name that must NOT be among the triggers
    ("Drone strikes have become a feature of modern war.", "aircraft-struck"),
    ("Ukraine destroyed a Russian drone factory in Yelabuga.", "intercept-active"),  # stop 15
    ("Villagers were burned alive when gunmen torched homes.", "riot"),
    ("Residents fled as gunmen torched homes.", "riot"),
    ("Fighter jets flew over the capital.", "aircraft-struck"),
    ("He said the sea shells were beautiful.", "shelling"),
    ("The minister engaged in talks with the rebels.", "clash"),
    ("They encountered no resistance.", "clash"),
]


@pytest.mark.parametrize(("text", "rule"), NOT_TRIGGERS)
def test_trigger_lexicon_negative(text: str, rule: str) -> None:
    assert rule not in {t.rule.name for t in find_triggers(text, 0, len(text))}


def test_headline_verb_is_not_a_bare_plural() -> None:
    """ "Gunman kills 4" is a deed: the plural penalty is for bare plural nouns ("attacks are rising")."""
    text = "Gunman kills 4 at wedding party"
    trig = next(t for t in find_triggers(text, 0, len(text)) if t.rule.name == "violence")
    assert not trig.plural


@pytest.mark.parametrize(("text", "rule"), TRIGGERS)
def test_trigger_lexicon(text: str, rule: str) -> None:
    assert rule in {t.rule.name for t in find_triggers(text, 0, len(text))}


BLOCKED = [
    # text, trigger surface, reason (None: the trigger stands)
    ("There was no attack on the base.", "attack", "negated"),
    ("A cartel faction denied any role in the journalist's abduction.", "abduction", "denied"),
    ("Hundreds marched in Tabriz on Thursday, with no reports of clashes.", "clashes", "negated"),
    ("Iraq summoned Turkey's charge d'affaires on Tuesday to protest the strikes.", "protest", "diplomatic"),
    ("Iraq summoned Turkey's charge d'affaires on Tuesday to protest the strikes.", "strikes", "diplomatic"),
    (
        "Rallies were held to mark forty days since the execution of two protesters.",
        "execution",
        "anniversary",
    ),
    ("Russia claimed its forces had liberated Tonenke, but Ukraine denied this.", "liberated", "denied"),
    # a count of past events, and more of the same (stop 16)
    ("He was the fourth mayor killed in Mexico this year.", "killed", "trend"),
    ("Arrests of activists continued.", "Arrests", "trend"),
    ("Arrests of activists continued on Tuesday in Mashhad.", "Arrests", None),
    ("Clashes continue in Aleppo countryside.", "Clashes", None),
    # a labour strike and riot-control munitions are no attack (stop 16)
    ("Israeli jets launched a strike on Gaza City on Monday.", "strike", None),
    (
        "Police fired tear gas shells and rubber bullets at the crowd.",
        "fired tear gas shells",
        "riot-control",
    ),
    ("The ministry denied reports that its jets bombed a hospital.", "bombed", "denied"),
    ("The group threatened on Thursday to strike the capital.", "strike", "modal"),
    ("Officials said militants could launch rocket attacks.", "rocket attacks", "modal"),
    ("Such attacks are common in the area.", "attacks", "generic"),
    ("The group has repeatedly fired missiles at the city.", "fired", "habitual"),
    # rules-v9: an accident's toll, the cause a side says it answered, a gathering that was the target
    ("A helicopter crashed in Helmand, killing two crew members.", "killing", "accident"),
    ("A helicopter was shot down in Helmand, killing two crew members.", "killing", None),
    ("The army said it was responding to attacks by rebels near Saraqeb.", "attacks", "cause"),
    ("The army denied shelling civilians near Saraqeb.", "shelling", "denied"),
    ("The army denied carrying out the air strike.", "air strike", "denied"),
    ("A suicide bomber struck a political rally in Khar.", "rally", "target"),
    # a denial of the other side's claim does not cover the account that follows it
    ("Armenia denied the claim and said Azerbaijani forces had shelled Jermuk.", "shelled", None),
    ("Armenia denied the claim that its forces shelled Jermuk.", "shelled", "denied"),
    ("Thousands held a rally in Khar.", "rally", None),
    ('The army said it had "liberated" several towns from the militia.', "liberated", "vague"),
    ("Troops recaptured several villages near Kidal.", "recaptured", None),
    (
        "The drone had been identified but not intercepted.",
        "drone had been identified but not intercepted",
        "negated",
    ),
    ("Yemen's Houthis claimed the attack.", "attack", "claim"),
    ("Police rescued 12 kidnapped villagers.", "kidnapped", "earlier"),
    ("Drone strikes have become common.", "strikes", "habitual"),
    ("A strike on the city would mark an escalation.", "strike", "modal"),
    ("“These are attacks against the people,” he said.", "attacks", "quoted"),
    ('The minister said "our jets bombed the depot" on Monday.', "bombed", "quoted"),
    ('Gunmen "attacked" a checkpoint near Rutba on Monday.', "attacked", None),  # scare quotes
    ("Militia “shelled” a village near Kirkuk, residents said.", "shelled", None),
    ("There were no casualties in the attack.", "attack", None),
    ("Last month, a similar device wounded two soldiers.", "device", None),
    ("Gunmen attacked a checkpoint on Monday.", "attacked", None),
    # a source's account in quotes is told as fact; a leader's statement is not (rules-v6)
    ('"A car bomb exploded after a patrol passed," a police source told reporters.', "car bomb", None),
    ('"Our fighters attacked the base," the group\'s leader said.', "attacked", "quoted"),
    # ... and an office's or a ministry's source, named further (stop 12)
    (
        '"A car bomb exploded in the market," a source from the Interior Ministry told reporters.',
        "car bomb",
        None,
    ),
    # "mostly in/by ..." shares a toll between causes (rules-v6); "mostly" before a verb is still a habit
    ("Nine people were killed, mostly in air strikes on the market.", "air strikes", None),
    ("The army mostly shelled the outskirts at night.", "shelled", "habitual"),
    # "mostly <victims>" shares out the victims, it is no habit (rules-v7)
    ("Eleven dead, mostly women, after shelling hit the market.", "shelling", None),
    # "more/further X" followed by a deed is news (rules-v7); alone it is a generality
    ("More air strikes targeted the old city on Monday.", "air strikes", None),
    ("Further raids were carried out on the camp.", "raids", None),
    ("The group promised more suicide attacks.", "suicide attacks", "generic"),
    # a quote that opens with a count is a quoted figure, not speech (rules-v8); a count inside speech is speech
    ('Some "101 militants killed" in Anbar, the website said.', "killed", None),
    ('"We killed 40 soldiers today," the commander said.', "killed", "quoted"),
]


@pytest.mark.parametrize(("text", "surface", "reason"), BLOCKED)
def test_trigger_filters(text: str, surface: str, reason: str | None) -> None:
    trig = next(t for t in find_triggers(text, 0, len(text)) if surface in text[t.start : t.end])
    assert trigger_blocked(text, trig, 0, len(text), quote_spans(text, 0, len(text))) == reason


@pytest.mark.parametrize(
    "text",
    [
        "Shopkeepers in the Tabriz bazaar joined the strike on Thursday.",
        "Opposition parties enforced a general strike.",
    ],
)
def test_a_labour_strike_is_a_protest_not_an_attack(text: str) -> None:
    """ "joined the strike" was an air/drone strike (stop 16)."""
    trigs = find_triggers(text, 0, len(text))
    standing = [t.rule.name for t in trigs if trigger_blocked(text, t, 0, len(text), []) is None]
    assert "protest" in standing and "attack-noun" not in standing
    assert "labour" in [trigger_blocked(text, t, 0, len(text), []) for t in trigs]


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
    ("a massacre in which some 160 Fulani herders were killed", 160, None, None),
    ("killing 12 migrants and wounding four", 12, None, 4),
    ("killing at least 21 people, including the imam, and wounding 33, a spokesman said", 21, None, 33),
    ("The death toll rose to 14", 14, None, None),
    ("dozens of people were injured", None, None, 12),
    # ACLED's convention for vague counts: tens 10, dozens 12, hundreds 100 (rules-v9)
    ("hundreds of people were killed", 100, None, None),
    ("tens of civilians were killed", 10, None, None),
    ("A mob beat two men to death and set their bodies on fire", 2, None, None),
    ("The army said the base was quiet.", None, None, None),
    # headline style
    ("Car bomb kills 11 outside a market", 11, None, None),
    ("Sniper shoots dead two farmers", 2, None, None),
    ("Shelling wounds 6 in border town", None, None, 6),
    ("A bomb exploded near the bridge, killing two.", 2, None, None),
    ("Border guard killed in overnight raid", 1, None, None),
    ("Local mayor reportedly killed in ambush", 1, None, None),
    ("No soldier killed, the army said", None, None, None),
    ("Four martyrs in shelling on the old town", 4, None, None),
    ("Gunmen ambush convoy, killing guard", 1, None, None),
    ("Gunmen ambush convoy, killing guards", None, None, None),
    ("three fighters were martyred in the clashes", 3, None, None),
    # scare-quoted verb and headline present tense "die" (rules-v4)
    ('Air strikes "kill" 85 militants in Mosul', 85, None, None),
    ("Jets “kill” 40 fighters", 40, None, None),
    ("11 die as suicide bomber targets worshippers", 11, None, None),
    ("Army kills leading IS militant in raid", 1, None, None),
    ("Diesel prices rise as 3 trucks burn", None, None, None),
    # one person shot and not said to have died is one injury; "fatally shot" a death (rules-v6)
    ("The council head was shot in the chest on Sunday.", None, None, 1),
    ("A reporter was fatally shot outside the hotel.", 1, None, None),
    ("A drone was shot down over the base.", None, None, None),
    ("A patrol was shot at near the border.", None, None, None),
    ("The singer is shot and killed outside a motel.", 1, None, None),
    ("The official was found tortured and hacked to death.", 1, None, None),
    ("A gunman fatally shoots 32 people on a campus.", 32, None, None),
    ("Dozens of militants allegedly killed in army operations", 12, None, None),
    ("Two policemen said killed in an attack", 2, None, None),
    # stop 15: a part of the victims is not more victims; a last singular victim of a list counts; the counted
    # people who did the killing are not victims; dozens / hundreds as multipliers; beheading; an aside
    ("killing nine civilians, three of them children", 9, None, None),
    ("wounding four police officers and a civilian.", None, None, 5),
    ("The blast killed four soldiers and a civilian.", 5, None, None),
    ("Two unidentified gunmen on a motorcycle shot dead an off-duty police constable", 1, None, None),
    ("Three soldiers killed a day after the truce", 3, None, None),
    ("several dozen people had been injured and nearly two dozen killed", 24, None, 36),
    ("Gunmen killed two hundred people", 200, None, None),
    ("Insurgents beheaded four villagers", 4, None, None),
    ("Five people, among them a 15-year-old boy, were shot dead", 5, None, None),
    ("An attack on Sept. 11 killed the ambassador and three other Americans.", 4, None, None),
    (
        "A mob beat two suspected thieves to death. It was not clear whether anyone else was killed.",
        2,
        None,
        None,
    ),
    # family and trades in a list (stop 16)
    ("A drone attack injured a woman and her two sons.", None, None, 3),
    ("Gunmen killed three farmers and two herders.", 5, None, None),
    ("Gunmen shot dead the mayor of Tacambaro on Tuesday.", 1, None, None),  # stop 16
    ("Two civilians, a man and a woman, were killed in shelling of Kherson on Monday.", 2, None, None),
    ("A drone struck a car, killing Zardasht Shingali, a local commander, and his driver.", 2, None, None),
    ("The strike killed Ahmed Nur, a district official.", 1, None, None),
    ("Artillery shelled the village, killing a woman and her child, rescuers said.", 2, None, None),
    ("Shelling killed two soldiers in Toretsk on Monday and five more were wounded.", 2, None, 5),
    (
        "Two soldiers of the Army's 20th Infantry Battalion were killed and four others were wounded.",
        2,
        None,
        4,
    ),
    (
        "They marked the anniversary of the drone strike that killed Iranian general Soleimani.",
        None,
        None,
        None,
    ),
    # victims named together, each counted (stop 17); names that end a phrase are victims, a group's are not
    ("Two teachers and a pupil were killed when gunmen attacked a school in Gwoza.", 3, None, None),
    ("A nurse and a driver were killed when gunmen opened fire on the convoy.", 2, None, None),
    ("Three soldiers, two policemen and a civilian were wounded in the blast.", None, None, 6),
    ("Gunmen shot dead Ahmed Musa and Ibrahim Bello in Gwoza on Saturday.", 2, None, None),
    ("Israeli strikes killed Hamas and Islamic Jihad fighters in Rafah.", None, None, None),
    # QA 13 (stop 18): how badly hurt is still hurt; a count that was an article takes its noun ("a taxi driver")
    ("Twelve people were seriously injured when a bomb exploded at a bus stop.", None, None, 12),
    ("Four people were critically wounded.", None, None, 4),
    ("Gunmen killed a taxi driver and his passenger in Tecpan on Saturday.", 2, None, None),
    ("Bandits killed a herder and his son in Zurmi on Friday.", 2, None, None),
    ("Gunmen kill shopkeeper's family in Baghdad", None, None, None),
    # QA 14 (stop 19): "nobody", "none of the crew"; names set off between commas; martyrdom embraced
    ("Nobody was hurt.", 0, None, 0),
    ("Nobody was injured in the attack.", None, None, 0),
    ("None of the 23 crew were hurt.", 0, None, 0),
    (
        "Two constables, Constable Zahid Khan and Constable Imran Ali, were killed in the attack.",
        2,
        None,
        None,
    ),
    ("Thirty-two people, mostly herders, were killed.", 32, None, None),
    ("Two constables embraced martyrdom.", 2, None, None),
    ("Troops neutralised 14 terrorists in the operation.", 14, None, None),
    ("The budget gap could be closed by eliminating 40 positions.", None, None, None),
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
    # a toll before the munitions is no count of them (stop 16)
    ("more than 30 wounded when shells hit a market", "artillery", None),
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
    # a side's people named with "of/from" carry that side in their phrase's role, never as "by" (rules-v7)
    # (stop 30: the kind of gunmen said is kept, "Tribal gunmen", no longer a bare "Gunmen")
    ("Fighters of the SDF clashed with tribal gunmen.", "clashed", False, "SDF", "Tribal gunmen"),
    ("Gunmen killed two members from the Houthis.", "killed", False, "Gunmen", "Houthis (Ansar Allah)"),
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
    ("Gunmen shot dead a local businessman at his shop.", "shot dead", False, "Gunmen", "Civilians"),
    ("Five militants killed in Haditha", "killed", False, None, "Militants"),
    ("Militants killed five soldiers in Haditha", "killed", False, "Militants", "Military Forces"),
    # rules-v9: "killed at least" has an object (no reduced passive); a group named with its fighters' noun is
    # the group; the object of an earlier attack verb is the target; "retook X from Y" names the loser; who died
    # are victims
    ("Gunmen on motorbikes killed at least 14 civilians.", "killed", False, "Gunmen", "Civilians"),
    ("Militants killed as many as 30 soldiers.", "killed", False, "Militants", "Military Forces"),
    ("Troops ended a siege after al-Shabaab gunmen stormed a hotel.", "stormed", False, "Al Shabaab", None),
    (
        "Al-Shabaab militants attacked a military base, using two car bombs.",
        "car bombs",
        False,
        "Al Shabaab",
        "Military Forces",
    ),
    (
        "Somali government forces retook the town from al-Shabaab militants.",
        "retook",
        False,
        "Government of Somalia",
        "Al Shabaab",
    ),
    ("Seven soldiers and 15 militants died in the fighting.", "fighting", False, None, "Militants"),
    (
        "Fighting between the Congolese army and M23 rebels killed 18.",
        "Fighting",
        False,
        "Military Forces of Democratic Republic of the Congo",
        "M23",
    ),
    # a nation's tank, patrol or positions are its forces (stop 16); no words between ("a Palestinian man
    # approached a checkpoint" names no Palestinian post)
    (
        "Hezbollah said its fighters had targeted an Israeli tank near Kiryat Shmona.",
        "targeted",
        False,
        "Hezbollah",
        "Military Forces of Israel",
    ),
    (
        "Hezbollah fighters attacked an Israeli patrol near Metula.",
        "attacked",
        False,
        "Hezbollah",
        "Military Forces of Israel",
    ),
    ("A Palestinian man approached a checkpoint and was shot.", "shot", False, None, None),
    # a headline's passive without "was", and its present tense after "as" (stop 16)
    (
        "Nigerian troops ambushed by bandits in Zamfara",
        "ambushed",
        False,
        "Bandits",
        "Military Forces of Nigeria",
    ),
    (
        "Kenyan police vehicle hit by roadside bomb in Mandera",
        "roadside bomb",
        False,
        None,
        "Police Forces of Kenya",
    ),
    (
        "Two soldiers killed as gunmen attack army post near Djibo",
        "killed",
        False,
        "Gunmen",
        "Military Forces",
    ),
    ("Soldiers attacked by night the village of Kuchi", "attacked", False, "Military Forces", None),
    # the subject after "when" is no object of the verb before it; the NPA (stop 16)
    (
        "Two soldiers were killed when NPA rebels ambushed their truck in Las Navas.",
        "ambushed",
        False,
        "New People's Army (NPA)",
        "Military Forces",
    ),
    # the speaker telling its own deed is the attacker; the force inside the trigger is its target (stop 16)
    (
        "Hezbollah said it targeted an Israeli army position near Metula with anti-tank missiles.",
        "targeted an Israeli army position near Metula with anti-tank missiles",
        False,
        "Hezbollah",
        "Military Forces of Israel",
    ),
    # the US military's regional commands are its forces (stop 17)
    (
        "US Africa Command (AFRICOM) said it conducted an airstrike near Jilib, killing three al-Shabaab fighters.",
        "airstrike",
        False,
        "Military Forces of the United States",
        "Al Shabaab",
    ),
    (
        "CENTCOM forces struck a Houthi radar site near Hodeidah on Monday.",
        "struck",
        False,
        "Military Forces of the United States",
        "Houthis (Ansar Allah)",
    ),
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
    ("A group calling itself Saraya Awliya al-Dam claimed the Saturday attack.", "Saraya Awliya al-Dam"),
    ("The attack was claimed by JNIM, al Qaeda's affiliate in the Sahel.", "JNIM"),
    (
        "A group calling itself the Islamic Resistance in Iraq claimed the attack.",
        "Islamic Resistance in Iraq",
    ),
    ("Responsibility was claimed by the Islamic State group.", "Islamic State"),
    ("There was no immediate claim of responsibility for the attacks.", None),
    ("Iran-backed militias have claimed responsibility for similar attacks in the past.", None),
    ("No group claimed the attack.", None),
    # a named group before the generic words that describe it (stop 15)
    (
        "The Islamic Resistance in Iraq, an umbrella group of Iran-backed militias, claimed responsibility.",
        "Islamic Resistance in Iraq",
    ),
    # a group we do not know, named with its kind (stop 15)
    ("The Hafiz Gul Bahadur group claimed responsibility.", "Hafiz Gul Bahadur group"),
    (
        "A little-known group, the Guardians of Blood Brigade, claimed the attack.",
        "Guardians of Blood Brigade",
    ),
    ("The group claimed responsibility.", None),
    # a claim said in a statement about "its fighters" (stop 16)
    ("JNIM said in a statement that its fighters had carried out the attack.", "JNIM"),
    ("Al-Shabaab said its fighters carried out the ambush.", "Al Shabaab"),
    ("The army said its fighters were exhausted.", None),
    ("Hezbollah said its fighters had targeted an Israeli tank near Kiryat Shmona.", "Hezbollah"),
    ("The army said it had struck militant positions.", None),
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


ACTOR_NAMES = [
    # text, expected (name, class) among the actor mentions
    ("Fighters of Jaysh al-Furqan attacked the post", ("Jaysh al-Furqan", "group")),
    ("The Islamic State of Iraq and the Levant claimed it", ("Islamic State", "group")),
    ("The Syrian Arab Army advanced", ("Military Forces of Syria", "state")),
    ("Syrian Democratic Forces advanced", ("SDF", "group")),
    # headline "IS" before an event verb is the Islamic State (rules-v4)
    ("IS kills four soldiers near the border", ("Islamic State", "group")),
    ("IS targets SDF in the countryside", ("Islamic State", "group")),
    ("IS positions were shelled", ("Islamic State", "group")),
    # rules-v9: more of the groups conflict reporting names, each with its theatre
    ("Rebels from the National Liberation Army (ELN) attacked", ("National Liberation Army (ELN)", "group")),
    ("the Pakistani Taliban claimed the attack", ("Tehrik-i-Taliban Pakistan (TTP)", "group")),
    ("Islamic State in the Greater Sahara fighters killed 20", ("Islamic State Sahel", "group")),
    ("ADF rebels killed 12 villagers", ("Allied Democratic Forces (ADF)", "group")),
    # "Al-Qaeda" as usually spelt (stop 16: only "Al-Qaida"/"Al-Qa'ida" were known)
    ("Al-Qaeda fighters attacked a checkpoint", ("Al Qaeda", "group")),
    # the same acronym spelt out for another group (stop 16)
    ("Ambazonia Defence Forces (ADF) fighters killed two gendarmes", ("Ambazonian separatists", "group")),
    ("Fano militia clashed with the army", ("Fano militia", "group")),
    ("settlers set fire to cars", ("Settlers", "armed")),
    ("Armenian forces had fired on the positions", ("Military Forces of Armenia", "state")),
    ("Burkina Faso's army said it had killed 50 jihadists", ("Military Forces of Burkina Faso", "state")),
    ("Members of the Gran Grif gang opened fire", ("Gran Grif gang", "group")),
    ("militants affiliated with Lashkar-e-Taiba", ("Lashkar-e-Taiba", "group")),
    # stop 15: a group's acronym in brackets before its fighters; more groups; a country's air force
    ("Hayat Tahrir al-Sham (HTS) fighters clashed with troops", ("Hayat Tahrir al-Sham", "group")),
    ("Soldiers clashed with EMC fighters near Tibu", ("Estado Mayor Central (FARC dissidents)", "group")),
    ("Islamic Resistance in Iraq fighters launched drones", ("Islamic Resistance in Iraq", "group")),
    ("The Nigerian Air Force said its jets struck hideouts", ("Military Forces of Nigeria", "state")),
]


def test_quoted_count_keeps_its_victims(gazetteer) -> None:
    """'"101 Islamic State militants killed" in Anbar': the quoted count's victims are armed: fighting, with the
    group as the side that lost them (rules-v8)."""
    import datetime as dt

    from incidents.extract import extract
    from incidents.model import Report

    text = 'Some "101 Islamic State militants killed" in Anbar - website'
    rep = Report.create(text=text, published=dt.date(2016, 3, 1), source=None)
    (inc,) = extract(rep, gazetteer=gazetteer).incidents
    assert (inc.event_type, inc.fatalities, inc.actor2) == ("Battles", 101, "Islamic State")


@pytest.mark.parametrize("text", ["This IS the end", "What IS known"])
def test_capital_is_alone_is_no_group(text: str) -> None:
    assert not [a for a in find_actor_mentions(text, 0, len(text)) if a.name == "Islamic State"]


@pytest.mark.parametrize(("text", "actor"), ACTOR_NAMES)
def test_actor_names(text: str, actor: tuple[str, str]) -> None:
    assert actor in {(a.name, a.cls) for a in find_actor_mentions(text, 0, len(text))}


def test_named_armed_target_makes_a_battle() -> None:
    text = "Kurdish forces attack Islamic State positions"
    got = assign_actors(
        text, (0, len(text)), (15, 21), intercept=False, mentions=find_actor_mentions(text, 0, 45)
    )
    assert got.target_class == "armed"


# --- end to end on headline-style text (needs the gazetteer) ----------------------------------------------------

HEADLINES = [
    # text, event_type, sub_event_type, fatalities, location must contain, date_precision
    # (published 2021-03-10: a headline with no date expression is read as of its publication week)
    ("Air strikes kill 7 in Idlib", "Explosions/Remote violence", "Air/drone strike", 7, "Idlib", "week"),
    ("Gunmen kill 5 shepherds near Kirkuk", "Violence against civilians", "Attack", 5, "Kirkuk", "week"),
    ("Army kills 30 militants in Mosul offensive", "Battles", "Armed clash", 30, "Mosul", "week"),
    ("Police officer killed in Basra", "Battles", "Armed clash", 1, "Basra", "week"),
    ("Six killed in Baghdad violence", "Violence against civilians", "Attack", 6, "Baghdad", "week"),
    ("Attacks kill nine in Diyala on Monday", "Violence against civilians", "Attack", 9, "Diyala", "day"),
    (
        "Regime helicopters drop barrel bombs on Hama",
        "Explosions/Remote violence",
        "Air/drone strike",
        None,
        "Hama",
        "week",
    ),
    # a stack of headlines (no prose): the first line is news too
    (
        "Blast kills 4 in Aleppo market\nFour dead in Aleppo explosion",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
        4,
        "Aleppo",
        "week",
    ),
    # the event is at the place just named, not at its landmark
    (
        "A bomb exploded in Abu Ghraib, on the western edge of Baghdad, killing two people.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
        2,
        "Abu Ghraib",
        "week",
    ),
    # a named attacker who kills is deadly violence though no toll is counted (rules-v4)
    (
        "Gunmen kill shopkeeper's family in Baghdad",
        "Violence against civilians",
        "Attack",
        None,
        "Baghdad",
        "week",
    ),
    # the place may sit in another clause of the sentence: "<place>: <toll>" (rules-v4)
    (
        "Kirkuk: Separate attacks kill at least 9 people",
        "Violence against civilians",
        "Attack",
        9,
        "Kirkuk",
        "week",
    ),
    # an attack fought off is a battle; "fierce battles in X" (rules-v4)
    ("Kurdish forces repel IS attack near Kirkuk", "Battles", "Armed clash", None, "Kirkuk", "week"),
    ("Fierce battles in the countryside of Hama", "Battles", "Armed clash", None, "Hama", "week"),
    # a sea is an area: the event is placed on it with area precision (stopwords/water_bodies.tsv)
    (
        "Houthi drone strikes a tanker in the Red Sea",
        "Explosions/Remote violence",
        "Air/drone strike",
        None,
        "Red Sea",
        "week",
    ),
    # an armed side advancing on ground another holds is fighting (rules-v5)
    ("IS advances over rebels in northern Aleppo", "Battles", "Armed clash", None, "Aleppo", "week"),
    ("Iraqi forces push into eastern Mosul", "Battles", "Armed clash", None, "Mosul", "week"),
    # executions and beheadings by an armed group, told with the noun (rules-v5)
    (
        "IS claims beheading of a soldier in Mosul",
        "Violence against civilians",
        "Attack",
        None,
        "Mosul",
        "week",
    ),
    (
        "Islamic State carries out five executions in Raqqa",
        "Violence against civilians",
        "Attack",
        None,
        "Raqqa",
        "week",
    ),
    # paramilitaries and Peshmerga are armed sides: killing named militants is a battle (rules-v6)
    (
        "Tribal paramilitaries kill IS militants near Haditha",
        "Battles",
        "Armed clash",
        None,
        "Haditha",
        "week",
    ),
    ("Kurdish Peshmerga kill 12 IS militants in Makhmour", "Battles", "Armed clash", 12, "Makhmour", "week"),
    # a headline's reduced passive: the armed noun before "killed" is the victim, not the attacker (rules-v6)
    ("Five militants killed in Haditha", "Battles", "Armed clash", 5, "Haditha", "week"),
    ("Aide to Islamic State leader killed near Tal Afar", "Battles", "Armed clash", 1, "Tal Afar", "week"),
    # a counted toll of named victims is an event without attacker or place (rules-v6)
    ("Fifteen soldiers killed in pre-dawn attack", "Battles", "Armed clash", 15, "", "week"),
    ("14 rebels killed in Kafr Zeitoun al-Gharbi", "Battles", "Armed clash", 14, "", "week"),
    (
        "Dozens of militants allegedly killed in army operations near Kirkuk",
        "Battles",
        "Armed clash",
        12,
        "Kirkuk",
        "week",
    ),
    # territory taken: plural and further-qualified places (rules-v6)
    (
        "Islamists captured two towns near Baidoa",
        "Battles",
        "Non-state actor overtakes territory",
        None,
        "Baidoa",
        "week",
    ),
    (
        "Rebels captured the province's second largest city, Kisangani",
        "Battles",
        "Non-state actor overtakes territory",
        None,
        "Kisangani",
        "week",
    ),
    # helicopters are also "choppers" (rules-v6)
    (
        "Russian choppers struck militants near Palmyra",
        "Explosions/Remote violence",
        "Air/drone strike",
        None,
        "Palmyra",
        "week",
    ),
    # a country's capital said without its name (rules-v7)
    (
        "Bombs kill 9 in Iraqi capital",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
        9,
        "Baghdad",
        "week",
    ),
    (
        "Gunmen killed two policemen in Yemen's capital",
        "Battles",
        "Armed clash",
        2,
        "Sanaa",
        "week",
    ),
    # an armed side's assault on a place with no victims named is fighting there (rules-v7) ...
    ("Insurgents storm a town south of Kirkuk", "Battles", "Armed clash", None, "Kirkuk", "week"),
    ("Jihadists launch fresh onslaught on Ramadi", "Battles", "Armed clash", None, "Ramadi", "week"),
    # an armed side "targets" a place or its enemy: its attack (rules-v7); "regime forces" are a state's forces
    ("Regime forces target villages near Hama", "Battles", "Armed clash", None, "Hama", "week"),
    (
        "Rebel factions targeted army positions in Jisr al-Shughur",
        "Battles",
        "Armed clash",
        None,
        "Jisr",
        "week",
    ),
    # people captured: arrested, or abducted by an armed group; a town captured changes hands (rules-v7)
    (
        "A smuggler was captured in Tijuana on Friday",
        "Strategic developments",
        "Arrests",
        None,
        "Tijuana",
        "day",
    ),
    (
        "Two engineers were captured by gunmen near Kidal",
        "Violence against civilians",
        "Abduction/forced disappearance",
        None,
        "Kidal",
        "week",
    ),
    (
        "Palmyra was captured by Islamic State fighters",
        "Battles",
        "Non-state actor overtakes territory",
        None,
        "Palmyra",
        "week",
    ),
    # "the 12-year-old boy" is a civilian victim like "a boy" (rules-v8)
    (
        "The 12-year-old boy shot in Kirkuk was taken to hospital",
        "Violence against civilians",
        "Attack",
        None,
        "Kirkuk",
        "week",
    ),
    # "feared killed" is a toll, not a fear (rules-v7); "a youth" is a civilian
    (
        "Twelve villagers were feared killed in Bokkos",
        "Violence against civilians",
        "Attack",
        12,
        "Bokkos",
        "week",
    ),
    (
        "A youth was shot dead by a soldier in Hebron",
        "Violence against civilians",
        "Attack",
        1,
        "Hebron",
        "week",
    ),
    # active capture of people: an armed group abducts civilians and takes armed men in fighting; state forces
    # arrest (rules-v7)
    (
        "Rebels captured four aid workers near Kidal",
        "Violence against civilians",
        "Abduction/forced disappearance",
        None,
        "Kidal",
        "week",
    ),
    ("Rebels captured four policemen near Kidal", "Battles", "Armed clash", None, "Kidal", "week"),
    ("Police captured two suspects in Lagos", "Strategic developments", "Arrests", None, "Lagos", "week"),
    # killing idioms and counts (rules-v7): "shot to death", "fatally shot", a date inside the toll, "U.S. soldiers"
    ("Two farmers were shot to death in Gao", "Violence against civilians", "Attack", 2, "Gao", "week"),
    ("Two U.S. soldiers were fatally shot in Kandahar", "Battles", "Armed clash", 2, "Kandahar", "week"),
    (
        "Six villagers were on Monday killed in Bokkos",
        "Violence against civilians",
        "Attack",
        6,
        "Bokkos",
        "day",
    ),
    # "by army troops": the attacker after "by" may carry a plain modifier (rules-v7)
    ("Three gunmen were shot dead by army troops in Baraki", "Battles", "Armed clash", 3, "Baraki", "week"),
    # a politician is a civilian (rules-v7)
    (
        "A local politician was shot dead in Mogadishu",
        "Violence against civilians",
        "Attack",
        1,
        "Mogadishu",
        "week",
    ),
    # a comparison or a further clause is not a lasting state (rules-v7)
    (
        "A car bomb killed 12 in Kirkuk, the deadliest attack since the start of the year",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
        12,
        "Kirkuk",
        "week",
    ),
    # pirates are an armed side, merchant ships civilian (rules-v7)
    ("Pirates attacked a tanker off Hobyo", "Violence against civilians", "Attack", None, "Hobyo", "week"),
    # a dash-paired aside stays inside its clause: the subject before it is the attacker (stop 12)
    (
        "The YPG – backed by the SDF – launched an attack in Raqqa",
        "Battles",
        "Armed clash",
        None,
        "Raqqa",
        "week",
    ),
    # an air force striking is an air strike; an armed advance on a named place is fighting; "targeted by" an
    # armed side is its attack (stop 12)
    (
        "The Syrian Air Force targeted the town of Saraqib",
        "Explosions/Remote violence",
        "Air/drone strike",
        None,
        "Saraqib",
        "week",
    ),
    (
        "Government troops continued their advance in Homs province",
        "Battles",
        "Armed clash",
        None,
        "Homs",
        "week",
    ),
    ("The town of Nawa was targeted by army units", "Battles", "Armed clash", None, "Nawa", "week"),
    # who attacked whom, said, lifts a bare "attack" to an event without a place (stop 12)
    ("IS militants attack Shia fighters in two Iraqi provinces", "Battles", "Armed clash", None, "", "week"),
    # "hacked to death" counts its dead; "storming" is an assault (stop 12)
    (
        "At least 21 people have been hacked to death in Beni",
        "Violence against civilians",
        "Attack",
        21,
        "Beni",
        "week",
    ),
    # the "Islamic state" in quotes is the group, and its members are counted; "in the vicinity of X" names a place
    # (stop 12)
    (
        "12 members from the “Islamic state” killed in the vicinity of Tabqa",
        "Battles",
        "Armed clash",
        12,
        "",
        "week",
    ),
    (
        "The “Islamic state” executes two men in Raqqa",
        "Violence against civilians",
        "Attack",
        2,
        "Raqqa",
        "week",
    ),
    # ... and gunmen raiding a village attack its people
    (
        "Gunmen attack a village near Maiduguri",
        "Violence against civilians",
        "Attack",
        None,
        "Maiduguri",
        "week",
    ),
    # victims told before a passive deed (rules-v7)
    (
        "Nine members of the Islamic State were killed near Deir Hafer",
        "Battles",
        "Armed clash",
        9,
        "Deir Hafer",
        "week",
    ),
    # lexicon (rules-v7): downing an aircraft, booby-trapped bombs, explosive barrels, battling, hostages
    (
        "Rebels claim downing an army helicopter near Hama",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
        None,
        "Hama",
        "week",
    ),
    (
        "ISIS detonates booby-trapped bombs in Palmyra",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
        None,
        "Palmyra",
        "week",
    ),
    (
        "Helicopters drop explosive barrels on Daraya",
        "Explosions/Remote violence",
        "Air/drone strike",
        None,
        "Daraya",
        "week",
    ),
    ("Troops battling militants near Sirte", "Battles", "Armed clash", None, "Sirte", "week"),
    (
        "Militants take 20 hostages in Kidal",
        "Violence against civilians",
        "Abduction/forced disappearance",
        None,
        "Kidal",
        "week",
    ),
    # a told cluster of attacks with its toll is news, not a generality (rules-v4)
    (
        "Wave of bombings kills 15 in Baghdad",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
        15,
        "Baghdad",
        "week",
    ),
]


@pytest.mark.parametrize(("text", "etype", "sub", "fat", "where", "prec"), HEADLINES)
def test_headline_extraction(text, etype, sub, fat, where, prec, gazetteer) -> None:
    import datetime as dt

    from incidents.extract import extract
    from incidents.model import Report

    rep = Report.create(text=text, published=dt.date(2021, 3, 10), source=None, url=None, title=None)
    incs = [i for i in extract(rep, gazetteer=gazetteer).incidents if not i.historical]
    assert len(incs) == 1, [(i.event_type, i.location) for i in incs]
    i = incs[0]
    assert (i.event_type, i.sub_event_type, i.fatalities) == (etype, sub, fat)
    assert where.lower() in (i.location or "").lower()
    assert i.date_precision.value == prec
    assert i.event_date is not None and i.event_date <= dt.date(2021, 3, 10)


NOT_INCIDENTS = [
    # statements, denials, threats, aggregates: no current incident, headline style or not
    "Militants threaten to kill hostages in Mosul",
    "Army denies air strikes killed civilians in Idlib",
    "The war has killed 400,000 people in Syria since 2011",
    "Minister says drone strikes are illegal",
    "A wave of attacks has hit the region in recent months",
    # "advance" is fighting only when an armed side advances (rules-v5)
    "Peace talks advance in Geneva",
    "Government pushes ahead with reforms in Baghdad",
    # a state's judicial executions are not political violence (ACLED leaves them out)
    "Saudi Arabia executed three men convicted of drug offences",
    # a day's or a season's count over many events is not one event (rules-v6)
    "82 people were killed yesterday, including 12 soldiers and 20 militants.",
    "More than 3,200 civilians and fighters were killed in four months of the battle for the city",
    # "members from the regime forces" are victims counted in a day's toll, not its attacker (rules-v7)
    "64 people were killed yesterday, including 20 members from the regime forces and 12 civilians",
    # a region's sum over days is no event (rules-v7); at a named town it would be one drawn-out event
    "More than 400 casualties during 40 days of the offensive on the region",
    "Militants kill 48 over two days in Iraq",
    # a moment captured on camera is no capture of people (rules-v7)
    "The moment was captured on video by a passer-by in Kabul",
    # a lasting state is still no event (the comparison exception does not reach it)
    "Rebels have been fighting the army for years near Idlib",
    # an advance on reforms is no fighting (stop 12)
    "The government continued its advance on reforms in Geneva",
    # "targets" of a campaign or a plan are no attack (rules-v7: only an armed side's targeting is)
    "The new campaign targets voters in Ohio",
    # "capital" in its money and law senses is no place, and no event comes of it (rules-v7)
    "The Iraqi capital markets fell after the budget vote",
    # stop 15: an attack being prepared, a flight from past fighting, trends and tallies over a period
    "The army has accused the RSF of preparing a full assault on El Fasher.",
    "El Fasher has become a refuge for hundreds of thousands of people who fled earlier fighting.",
    "Russia has stepped up air strikes on Idlib province in recent weeks.",
    "Kidnappings for ransom have resumed in Zamfara after a quiet 2023.",
    "The fighting in El Fasher has killed at least 27 people since the weekend.",
    "In the first three months of this year, at least 120 people were abducted in Zamfara.",
    "The army and the M23 blamed each other for the shelling of Goma on Monday.",
    # stop 17: a tally since an event told before
    "Clashes since then have killed 12 more, local officials said.",
]


# ... while the same words with a day, or current flight from fighting, tell an event (stop 15)
STILL_INCIDENTS = [
    "Fighting has intensified around Bakhmut on Tuesday, killing five soldiers.",
    "Thousands of Iraqis flee fighting south of Mosul",
    "Since then, gunmen killed three more villagers in Djibo on Friday.",
    # a single site or radar struck by forces (stop 17)
    "CENTCOM forces struck a Houthi radar site near Hodeidah on Monday.",
    "Israeli jets struck a Hezbollah weapons site in Nabatieh on Monday.",
    "Five insurgents who were preparing an ambush near Karbala were killed by a Polish patrol early Saturday.",
]


@pytest.mark.parametrize("text", STILL_INCIDENTS)
def test_still_incidents(text: str, gazetteer) -> None:
    import datetime as dt

    assert [i for i in _incidents(text, dt.date(2021, 3, 10), gazetteer) if not i.historical]


@pytest.mark.parametrize("text", NOT_INCIDENTS)
def test_not_incidents(text: str, gazetteer) -> None:
    import datetime as dt

    from incidents.extract import extract
    from incidents.model import Report

    rep = Report.create(text=text, published=dt.date(2021, 3, 10), source=None, url=None, title=None)
    incs = [i for i in extract(rep, gazetteer=gazetteer).incidents if not i.historical]
    assert incs == [], [(i.event_type, i.location, [e.text for e in i.evidence]) for i in incs]


def test_no_publication_date_no_default_date(gazetteer) -> None:
    from incidents.extract import extract
    from incidents.model import Report

    rep = Report.create(text="Air strikes kill 7 in Idlib", published=None, source=None, url=None, title=None)
    (inc,) = extract(rep, gazetteer=gazetteer).incidents
    assert inc.event_date is None and inc.date_precision.value == "unknown"


PLACE_PRECISION = [
    # text, location precision, location must contain
    ("Shelling hits the western countryside of Hama", "near", "Hama"),
    ("Air strikes pound Idlib countryside", "near", "Idlib"),
    ("Air strikes pound Idlib", "settlement", "Idlib"),
    ("A car bomb exploded in Abu Ghraib, on the western edge of Baghdad", "settlement", "Abu Ghraib"),
    # "near the <qualified> city of X" is near X (rules-v6)
    ("Soldiers shot and killed two men near the West Bank city of Hebron", "near", "Hebron"),
    # a compass direction from a second place only locates the first one (rules-v6)
    ("Students at Minya University south of Cairo protested on campus", "settlement", "Minya"),
    ("In Samarra, also just north of Baghdad, gunmen killed a farmer", "settlement", "Samarra"),
    # "the X district of Y": Y only contains X (rules-v6)
    ("A bomb killed four in the Sadr City district of Baghdad", "settlement", "Sadr City"),
    # ... unless the first place is a namesake far away ("Dora" in the United States)
    ("A bomb killed four in the Dora district of Baghdad", "settlement", "Baghdad"),
    # a place naming talks or a deal is not where anything happened (rules-v6)
    ("Protesters marched in Ramallah against the Geneva initiative", "settlement", "Ramallah"),
    # a country naming an armed side ("Pakistan troops") is not where it struck; nor is where people were going
    # ("to the shrine city of Karbala") (rules-v7)
    ("A bomb killed pilgrims in Hilla on the road to the shrine city of Karbala", "settlement", "Hilla"),
    ("Troops withdrew from the town of Avdiivka after heavy fighting", "settlement", "Avdiivka"),
    # a country owning something is not where it happened when a place is named (rules-v7)
    ("A car bomb exploded near a US military base in the northern city of Tikrit", "settlement", "Tikrit"),
    # ... and alone it still says the country, for a country's own forces
    ("A suicide bomber killed five Iraq police officers", "country", "Iraq"),
    # "the settlement of X" is a locative like "the village of X"; "the province of Y" names a province even when
    # a town shares its name (rules-v7)
    ("In the province of Hama, militants shelled the settlement of Mahardah.", "settlement", "Mahardah"),
    # where a named person is from is not where it happened (stop 12) ... but "the Old City of Mosul" is Mosul
    ("Ricardo Munguia of El Salvador was shot and killed in Kandahar on Monday", "settlement", "Kandahar"),
    ("Iraqi forces stormed the Old City of Mosul", "settlement", "Mosul"),
    # a people named like a place, and a neighbour named to say where a place is, are not where it happened (stop 12)
    ("Members of the Dani tribe set fire to a house in Timika", "settlement", "Timika"),
    ("Gunmen attacked a checkpoint in Sinjar, which borders Syria", "settlement", "Sinjar"),
    # where someone is from or based is not where it happened (rules-v7)
    ("A London-based photographer on assignment in Hebron was shot on Friday", "settlement", "Hebron"),
    ("Two marines stationed at Camp Lejeune were killed in a bomb attack in Ramadi", "settlement", "Ramadi"),
    # "the capital" of a report sure of its country is that country's capital, at town precision (rules-v7)
    (
        "Protesters marched in the capital on Friday. Police in Syria made no arrests.",
        "settlement",
        "Damascus",
    ),
    ("A bomb exploded in the Afghan capital", "settlement", "Kabul"),
    # a province's capital is not the country's: the province it is of stays the place
    ("A bomb exploded in the capital of Anbar province", "admin1", "Anbar"),
    # a national capital standing for its government is whose, not where
    ("Bombs killed 14 people in Iraq as Washington's new ambassador vowed to help", "country", "Iraq"),
    ("A car bomb killed 9 in Baghdad's Karrada district on Sunday", "settlement", "Baghdad"),
    # whose, capitalised ("the U.S. Embassy in Kenya"); a country closing a place phrase before a deed is still a
    # place ("one in western Afghanistan killed ...", not an actor that killed)
    ("A truck bomb destroyed the U.S. Embassy in neighbouring Kenya on Friday", "country", "Kenya"),
    ("One bomb in western Afghanistan killed a US adviser on Monday", "country", "Afghanistan"),
    # the place a territorial deed takes is where it happened, before the province it lies in (rules-v8)
    ("M23 rebels captured Kiwanja in North Kivu on Friday", "settlement", "Kiwanja"),
    # a curated area is where it happened, at admin2 precision (ACLED geo_precision 2)
    ("Government airstrikes on Eastern Ghouta killed 12 civilians on Monday", "admin2", "Eastern Ghouta"),
    # a model's name is no town, nor a vote for the report's country ("Black Hawk", South Dakota)
    ("A Black Hawk helicopter was shot down near the town of Tikrit on Friday", "near", "Tikrit"),
    # a country that acts is who, the place is what its deed reached
    ("Ethiopia seized a Red Sea island on Friday, killing two guards", "country", "Red Sea"),
    # a place said to lie in a province or country where the gazetteer knows only namesakes abroad ("Kuchi" in
    # Xinjiang) is that province or country, at its precision (stop 15) ...
    ("Gunmen killed three farmers in the village of Kuchi in Zamfara state on Sunday", "admin1", "Zamfara"),
    ("Gunmen killed three farmers in Kuchi and Dogon Daji in Zamfara state on Sunday", "admin1", "Zamfara"),
    ("Gunmen killed three farmers in Kuchi, Nigeria on Sunday", "country", "Nigeria"),
    # ... the namesake abroad gives its country no vote, and the province named without "state" holds it (stop 16:
    # the report became China's)
    (
        "Twelve people were killed, when gunmen stormed the village of Kuchi in Zamfara on Monday",
        "admin1",
        "Zamfara",
    ),
    # a region of several provinces named in an apposition holds towns of other province names (stop 15)
    (
        "A drone struck a market in El Fasher, the last major city in Darfur not under RSF control, on Friday",
        "settlement",
        "El Fasher",
    ),
    # an air-defence system named like a town is no place ("Dome", Ghana) (stop 15)
    ("Iron Dome intercepted two rockets fired at Kiryat Shmona on Tuesday", "settlement", "Kiryat Shmona"),
    # "next to X" is beside X, not a destination (stop 15); Jenin is the West Bank city, not a village in Poland
    ("Drones struck the Osman Digna air base next to Port Sudan's airport on Monday", "near", "Port Sudan"),
    ("Israeli forces raided Jenin on Tuesday, killing three militants", "settlement", "Jenin"),
    # "in the state capital X" is a locative; "South Kordofan" is the state, not the region (stop 15)
    (
        "In South Kordofan, shelling killed four people in the state capital Kadugli on Friday",
        "settlement",
        "Kadugli",
    ),
    ("Shelling killed four people in South Kordofan on Friday", "admin1", "South Kordofan"),
    # ... but a country's possessive is an apposition, and a list of areas is no containment
    ("Rebels captured Lubumbashi, Zaire's second city, last week", "settlement", "Lubumbashi"),
    # where it was aimed, not where it came from, even in a country the report never names (stop 16)
    ("Hezbollah fired rockets from Lebanon at Kiryat Shmona on Monday", "settlement", "Kiryat Shmona"),
    ("Militants in Gaza fired two rockets into the town of Sderot on Monday", "settlement", "Sderot"),
    ("Hezbollah fired rockets from Lebanon on Monday", "country", "Lebanon"),
    # a person's name blocks the place only where it is the person's (stop 16: Wau was lost for the report)
    (
        "County commissioner Abraham Wau said the area was calm. Gunmen killed three people in Wau on Monday",
        "settlement",
        "Wau",
    ),
    # a square or a mosque named with a word that is also a town elsewhere (Republic, Missouri; Makki, Japan)
    (
        "Several thousand opposition supporters rallied in Republic Square in Yerevan on Friday",
        "settlement",
        "Yerevan",
    ),
    (
        "Gunmen opened fire outside the Makki mosque in Zahedan on Friday, killing three",
        "settlement",
        "Zahedan",
    ),
    # a province named bare after its capital is the city; "X region" the province (stop 16)
    ("A Russian drone hit a bus depot in Sumy on Sunday, injuring two workers", "settlement", "Sumy"),
    ("Russian drones hit energy facilities in the Sumy region on Sunday", "admin1", "Sumy"),
    # the rest of a town's name is not the country it names ("Puerto Jordán" in Colombia was Jordan)
    (
        "ELN rebels attacked an army base in Puerto Jordán, in the municipality of Tame in Arauca, on Sunday",
        "settlement",
        "Tame",
    ),
]


@pytest.mark.parametrize(("text", "precision", "where"), PLACE_PRECISION)
def test_place_precision_end_to_end(text: str, precision: str, where: str, gazetteer) -> None:
    import datetime as dt

    from incidents.extract import extract
    from incidents.model import Report

    rep = Report.create(text=text, published=dt.date(2021, 3, 10), source=None, url=None, title=None)
    (inc,) = [i for i in extract(rep, gazetteer=gazetteer).incidents if not i.historical]
    assert inc.location_precision.value == precision and where.lower() in (inc.location or "").lower()


def test_returned_fire_does_not_add_the_attackers_as_a_target(gazetteer) -> None:
    """ "Soldiers returned fire and killed several attackers": the attackers are actor1 again, not a third side."""
    import datetime as dt

    from incidents.extract import extract
    from incidents.model import Report

    text = (
        "Gunmen attacked an army checkpoint near Djibo on Sunday, killing four soldiers. Soldiers returned fire "
        "and killed several attackers."
    )
    rep = Report.create(text=text, published=dt.date(2024, 3, 5), source=None, url=None, title=None)
    (inc,) = extract(rep, gazetteer=gazetteer).incidents
    assert inc.actor1 == "Gunmen" and inc.actor2 == "Military Forces of Burkina Faso"


@pytest.mark.parametrize("sep", ["; ", ". "])
def test_the_attackers_own_figure_gives_way_to_another_source(sep: str, gazetteer) -> None:
    """ACLED takes the conservative figure, not the claimed one (stop 16: 7 was kept)."""
    import datetime as dt

    text = (
        "Turkish troops clashed with PKK fighters near Zakho on Monday. The PKK said it killed seven soldiers"
        + sep
        + "Turkey's defence ministry said two soldiers were killed."
    )
    (inc,) = _incidents(text, dt.date(2024, 6, 6), gazetteer)
    assert inc.fatalities == 2


@pytest.mark.parametrize(
    ("second", "fat"),
    [
        ("The death toll rose to 17 on Sunday after two of the wounded died in hospital.", 17),
        ("On Sunday, a blast killed two people in Kharkiv.", 15),
    ],
)
def test_a_toll_that_rose_on_a_later_day_is_the_incident_s(second: str, fat: int, gazetteer) -> None:
    """A toll's rise is said on a later day; another deed on a later day is not the incident's toll (stop 16)."""
    import datetime as dt

    from incidents.extract import extract
    from incidents.model import Report

    text = "At least 15 people were killed when shells hit a market in Kharkiv on Saturday. " + second
    rep = Report.create(text=text, published=dt.date(2024, 6, 2), source=None, url=None, title=None)
    first = extract(rep, gazetteer=gazetteer).incidents[0]
    assert first.event_date == dt.date(2024, 6, 1) and first.fatalities == fat


@pytest.mark.parametrize(
    "text",
    [
        # two villages 4 km apart are two places; "Separately" says another event (stop 16)
        "Israeli warplanes hit a house in Aitaroun, killing five people. Two people were killed in an Israeli drone "
        "strike on a motorcycle in Bint Jbeil.",
        "An Israeli drone strike killed five people in Beirut. Separately, an Israeli drone strike killed two "
        "people in Beirut.",
    ],
)
def test_two_strikes_stay_two(text: str, gazetteer) -> None:
    import datetime as dt

    from incidents.extract import extract
    from incidents.model import Report

    rep = Report.create(text=text, published=dt.date(2024, 8, 14), source=None, url=None, title=None)
    assert sorted(i.fatalities for i in extract(rep, gazetteer=gazetteer).incidents) == [2, 5]


# an armed group's theatre is country context for the report's places; its name is never a place
THEATRE_PLACES = [
    ("IS fighters attack regime positions near Palmyra", "Palmyra", "SYR"),
    ("Taliban fighters attack a checkpoint in Sangin", "Sangin", "AFG"),
]


@pytest.mark.parametrize(("text", "where", "iso3"), THEATRE_PLACES)
def test_armed_group_theatre_is_place_context(text: str, where: str, iso3: str, gazetteer) -> None:
    import datetime as dt

    from incidents.extract import extract
    from incidents.model import Report

    rep = Report.create(text=text, published=dt.date(2021, 3, 10), source=None, url=None, title=None)
    incs = extract(rep, gazetteer=gazetteer).incidents
    assert len(incs) == 1
    assert where in (incs[0].location or "") and incs[0].iso3 == iso3


def test_armed_group_names_and_theatres() -> None:
    from incidents.extract.actors import armed_group_spans, theatre_countries

    text = "Taliban and IS fighters clashed; Hamas and Ahrar al-Sham said nothing."
    got = armed_group_spans(text, ((0, len(text)),))
    assert sorted(text[s:e] for s, e, _ in got) == ["Ahrar al-Sham", "Hamas", "IS", "Taliban"]
    ctx = theatre_countries(name for _, _, name in got)
    assert ctx == {"AFG": 0.5, "SYR": 0.25, "IRQ": 0.25, "PSE": 0.5}
    assert theatre_countries(["Taliban", "Taliban"]) == {"AFG": 0.5}  # a group counts once


def test_trigger_keys_in_ranges_match_the_per_range_check() -> None:
    from incidents.extract.events import _ALL_KEYS, trigger_keys_in

    text = (
        "Drone strike hits base.\n\nRockets were fired at the airport; an IED exploded near a patrol.\n\n"
        "Protesters gathered. Clashes erupted and gunmen attacked a checkpoint, killing two."
    )
    cuts = [0, 8, 24, 26, 60, 90, len(text)]
    for ranges in ([(0, len(text))], list(itertools.pairwise(cuts)), [(3, 30), (40, 41), (50, 120)]):
        got = trigger_keys_in(text, ranges)
        assert got == [frozenset(k for k in _ALL_KEYS if k in text[s:e].lower()) for s, e in ranges]
    assert trigger_keys_in(text, [(10, 20), (0, 5)]) is None  # unsorted: the caller checks per range
    assert trigger_keys_in("İstanbul strike", [(0, 15)]) is None  # lowercasing moves offsets


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State Khorasan and the Islamic State of Iraq and the Levant; ISIS, ISIL, Daesh; IS fighters.",
        "Kata'ib Hezbollah and Hezbollah; Houthis (Ansar Allah); Jabhat Fateh al-Sham, Ahrar al-Sham; HTS, SDF, YPG.",
        "al-Shabaab, Al Shabab; M23, RSF and SNA fighters; Boko Haram; AQAP and al-Qaeda. PISLAMIC STATE. xTaliban",
    ],
)
def test_armed_group_spans_are_each_patterns_matches(text: str) -> None:
    """One scan for candidate starts finds what a search of each group pattern on its own finds."""
    from incidents.extract.actors import _GROUP_RES, armed_group_spans

    for ranges in (((0, len(text)),), ((0, 30), (31, len(text)))):
        each = [
            (m.start(), m.end(), n)
            for rx, n in _GROUP_RES
            for s, e in ranges
            for m in rx.finditer(text, s, e)
        ]
        assert sorted(armed_group_spans(text, ranges)) == sorted(each)


def test_marker_after_the_deed_keeps_who_and_where(gazetteer) -> None:
    """A relation marker with no deed after it cuts nothing (rules-v7): "... shot dead a day earlier by gunmen near
    Hawija" keeps its attacker and place, its date anchored on the event told before, and "two days" is no toll."""
    import datetime as dt

    from incidents.extract import extract
    from incidents.model import Report

    text = (
        "Gunmen attacked a police checkpoint in Kirkuk on Monday, killing two policemen. "
        "A farmer was shot dead a day earlier by gunmen near Hawija."
    )
    rep = Report.create(text=text, published=dt.date(2021, 3, 10), source=None, url=None, title=None)
    incs = sorted(extract(rep, gazetteer=gazetteer).incidents, key=lambda i: i.event_date or dt.date.min)
    assert len(incs) == 2, [(i.event_type, i.location) for i in incs]
    farmer, checkpoint = incs
    assert checkpoint.event_date == dt.date(2021, 3, 8) and "Kirkuk" in (checkpoint.location or "")
    assert farmer.location == "near Hawija" and farmer.fatalities == 1
    assert farmer.actor1 == "Gunmen" and farmer.event_type == "Violence against civilians"
    assert farmer.event_date == dt.date(2021, 3, 7)


def test_what_a_country_has_abroad_places_nothing(gazetteer) -> None:
    """ "a U.S. patrol", "the US consulate": whose, not where (rules-v7) -- no incident is put in the United States."""
    import datetime as dt

    from incidents.extract import extract
    from incidents.model import Report

    text = "A roadside bomb exploded as a U.S. patrol passed a market on Tuesday."
    rep = Report.create(text=text, published=dt.date(2021, 3, 10), source=None, url=None, title=None)
    (inc,) = extract(rep, gazetteer=gazetteer).incidents
    assert inc.event_type == "Explosions/Remote violence"
    assert inc.iso3 is None and inc.location is None and inc.latitude is None


def test_its_fighters_are_the_group_named_before() -> None:
    """ "Hamas' armed wing said its fighters had blown up a tank": the fighters are Hamas's, not generic."""
    text = "Hamas' armed wing said its fighters had blown up a tank."
    names = [(m.name, m.cls) for m in find_actor_mentions(text, 0, len(text))]
    assert ("Fighters", "armed") not in names and names.count(("Hamas", "group")) == 2


def _incidents(text: str, published, gazetteer) -> list:  # type: ignore[no-untyped-def]
    """The incidents extracted from ``text`` published on ``published`` (a datetime.date)."""
    from incidents.extract import extract
    from incidents.model import Report

    rep = Report.create(text=text, published=published, source=None, url=None, title=None)
    return list(extract(rep, gazetteer=gazetteer).incidents)


def _rows(text: str, published: str, gazetteer, *fields: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    """``fields`` of each incident of ``text`` published on ``published`` (ISO), in text order; dates and precisions as
    their strings (the table tests' expected values)."""
    import datetime as dt
    import enum

    incs = _incidents(text, dt.date.fromisoformat(published), gazetteer)
    return [
        tuple(str(v) if isinstance(v, (dt.date, enum.Enum)) else v for v in (getattr(i, f) for f in fields))
        for i in incs
    ]


@pytest.mark.parametrize("month", ["May", "June"])
def test_month_may_is_no_modal(month: str, gazetteer) -> None:
    """ "On 14 May, a roadside bomb exploded" is an event of 14 May: the month is not the modal "may" (stop 15;
    every bullet of a digest dated in May was dropped)."""
    import datetime as dt

    text = f"On 14 {month}, a roadside bomb exploded near Bannu, killing two soldiers."
    (inc,) = _incidents(text, dt.date(2024, 6, 20), gazetteer)
    assert inc.event_date == dt.date(2024, 5 if month == "May" else 6, 14) and inc.fatalities == 2


def test_flag_state_is_no_place(gazetteer) -> None:
    """ "the Belize-flagged bulk carrier": a ship's flag says whose register, not where (stop 15: the incident was
    put in Belize when no other place was named)."""
    import datetime as dt

    text = "The master of the Belize-flagged bulk carrier reported an explosion nearby on Monday, the agency said."
    (inc,) = _incidents(text, dt.date(2024, 5, 20), gazetteer)
    assert inc.iso3 is None and inc.location is None


SPLIT_BY_PLACE = [
    # text, places of the incidents (text order), fatalities of each: one event per place (ACLED); a toll told for
    # the whole list is shared out evenly, the remainder to the first; a toll said to be at one place stays there
    (
        "Russian missile strikes hit Kharkiv, Odesa and Dnipro on Monday, killing at least seven people.",
        ["Kharkiv", "Odesa", "Dnipro"],
        [3, 2, 2],
    ),
    (
        "Israeli jets struck Hezbollah sites in Aitaroun and in Khiam on Monday.",
        ["Aitaroun", "Khiam"],
        [None, None],
    ),
    (
        "Russian drones struck energy facilities in Sumy and Poltava regions on Monday.",
        ["Sumy", "Poltava"],
        [None, None],
    ),
    (
        "Jets struck Kafr Nabl and Maarat Misrin on Monday, killing five civilians, including two children, in "
        "Kafr Nabl.",
        ["Kafr Nabl", "Maarat Misrin"],
        [5, None],
    ),
    # each toll told at a place of its own: one event per place, each with its own toll (stop 17) ...
    (
        "Russian missile strikes killed two people in Kharkiv and wounded five in Odesa on Thursday.",
        ["Kharkiv", "Odesa"],
        [2, None],
    ),
    # ... and a second count with a place of its own after "and"
    (
        "Militants killed three soldiers in Kupwara and two policemen in Baramulla on Monday.",
        ["Kupwara", "Baramulla"],
        [3, 2],
    ),
    # ... but not when only one toll says a place
    ("The strike killed two people in Kharkiv and wounded five others there on Monday.", ["Kharkiv"], [2]),
    # not lists of places: a route, an apposition without "and", a town and its country
    ("Fighting raged on the road between Kharkiv and Izium on Monday.", ["Kharkiv"], [None]),
    ("North of Baghdad, in Tarmiyah, a bomb near the courthouse killed a boy on Monday.", ["Tarmiyah"], [1]),
    ("Gunmen killed three farmers in Kuchi, Nigeria on Sunday.", ["Nigeria"], [3]),
]


@pytest.mark.parametrize(("text", "where", "fatalities"), SPLIT_BY_PLACE)
def test_one_incident_per_place(text: str, where: list[str], fatalities: list, gazetteer) -> None:
    import datetime as dt

    incs = _incidents(text, dt.date(2024, 5, 21), gazetteer)
    incs = sorted(incs, key=lambda i: text.find((i.location or "").removeprefix("near ")))
    assert [w.lower() in (i.location or "").lower() for w, i in zip(where, incs, strict=True)] == [
        True
    ] * len(where)
    assert [i.fatalities for i in incs] == fatalities


def test_each_place_keeps_its_own_toll(gazetteer) -> None:
    import datetime as dt

    text = "Russian missile strikes killed two people in Kharkiv and wounded five in Odesa on Thursday."
    got = {i.location: (i.fatalities, i.injuries) for i in _incidents(text, dt.date(2024, 5, 21), gazetteer)}
    assert got == {"Kharkiv": (2, None), "Odesa": (None, 5)}


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        # a small town far from where the report was filed, in a country it never names, is a namesake (stop 15)
        (
            "CAPE TOWN, South Africa (Atlas) - Gunmen shot dead five people in Hanover Park on Friday night.",
            None,
        ),
        # ... a town near the dateline, in another country, stays
        ("BEIRUT (Reuters) - An air strike hit Saraqeb on Friday, killing three.", "SYR"),
        # ... nor is a lesser city there ("a white Toyota": Toyota, Japan)
        ("CAPE TOWN - Gunmen shot dead five people on Friday and fled in a white Toyota.", None),
        # ... and a dateline alone places nothing ("Syrian" says more than "BEIRUT")
        ("BEIRUT (Reuters) - Gunmen shot dead five people on Friday night.", None),
    ],
)
def test_dateline_says_where_a_report_was_filed(text: str, iso3: str | None, gazetteer) -> None:
    import datetime as dt

    (inc,) = _incidents(text, dt.date(2024, 10, 5), gazetteer)
    assert inc.iso3 == iso3


def test_dateline_place_is_a_city(gazetteer) -> None:
    from incidents.extract.pipeline import _dateline_place

    place = _dateline_place("GAZA (Atlas)", gazetteer)
    assert place is not None and (place.kind, place.iso3) == ("settlement", "PSE")  # not Gaza, Mozambique


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # the one who says it is not the one who did it (stop 15)
        ("Taliban officials said Pakistani aircraft bombed several houses in Khost on Tuesday.", "Pakistan"),
        ("The Lebanese army said Israeli drones struck a car in Tyre on Tuesday.", "Israel"),
    ],
)
def test_speaker_is_not_the_attacker(text: str, actor1: str, gazetteer) -> None:
    import datetime as dt

    (inc,) = _incidents(text, dt.date(2024, 5, 14), gazetteer)
    assert actor1 in (inc.actor1 or "")


def test_killing_outranks_the_arrests_told_with_it(gazetteer) -> None:
    """ "killed two ISKP members and detained three others in a raid": a fight with arrests in it (stop 15); but
    "arrested five suspects over the killing of a judge" stays an arrest (the killing is a noun there)."""
    import datetime as dt

    def one(text: str):  # type: ignore[no-untyped-def]
        (inc,) = _incidents(text, dt.date(2024, 5, 14), gazetteer)
        return inc

    raid = one(
        "Special forces killed two ISKP members and detained three others in a raid in Kabul on Monday."
    )
    assert (raid.event_type, raid.fatalities) == ("Battles", 2)
    assert one(
        "Police arrested five suspects in Kabul on Monday over the killing of a judge."
    ).sub_event_type == ("Arrests")


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        # a territory with no army of its own: the soldiers there are Israel's (stop 15; were "of Palestine")
        ("Overnight, soldiers arrested twelve Palestinians in raids in Hebron, the army said.", "Israel"),
        # ... elsewhere the bare forces are the country's own
        ("Overnight, soldiers arrested twelve men in raids in Kirkuk, the army said.", "Iraq"),
    ],
)
def test_bare_forces_take_the_army_of_the_place(text: str, forces: str, gazetteer) -> None:
    import datetime as dt

    (inc,) = _incidents(text, dt.date(2024, 5, 14), gazetteer)
    assert inc.actor1 == f"Military Forces of {forces}"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # the crowd's deed and the captives of a takeover are part of the one event (stop 15: were two each)
        (
            "A mob lynched two suspected gang members in Carrefour on Monday, burning their bodies.",
            "Mob violence",
        ),
        (
            "Rebels overran the base outside Gwa on Monday and captured dozens of soldiers.",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_one_event_with_its_parts(text: str, sub_event_type: str, gazetteer) -> None:
    import datetime as dt

    (inc,) = _incidents(text, dt.date(2024, 5, 14), gazetteer)
    assert inc.sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # stop 16: live fire on protesters; riot police breaking up a gathering; crowds fighting each other;
        # "rioters" arrested; weapons seized (not a grenade attack, not territory)
        (
            "Security forces opened fire on protesters in Zahedan on Friday, killing at least three people.",
            "Excessive force against protesters",
        ),
        (
            "Riot police used tear gas and batons to break up a gathering of students in Tehran on Friday.",
            "Protest with intervention",
        ),
        (
            "Supporters of two rival candidates clashed with sticks and machetes in Dhaka on Sunday.",
            "Mob violence",
        ),
        ("Police detained 12 rioters in Dhaka on Sunday.", "Arrests"),
        ("Police seized 14 pistols and two grenades in Guayaquil on Thursday.", "Disrupted weapons use"),
        (
            "Security forces found and seized three IEDs and two drones in Kirkuk on Tuesday.",
            "Disrupted weapons use",
        ),
        ("Shopkeepers in the Tabriz bazaar joined the strike on Thursday.", "Peaceful protest"),
        # a ranking of the event told is no back-reference nor a tally; youths raiding a cattle camp attack its people
        ("Gunmen killed 17 people in Pibor on Sunday, in the deadliest attack this year.", "Attack"),
        ("Armed youths attacked a cattle camp near Pibor on Sunday, killing 17 people.", "Attack"),
        # the attacker named after the deed is no armed victim of it (stop 16: a battle)
        (
            "Twelve people were killed, when gunmen stormed the village of Kuchi in Zamfara on Monday.",
            "Attack",
        ),
        # the toll of the deed told first is not the protest's told after it
        # a military's strikes on what it calls targets (stop 16: nothing came out)
        ("The Israeli army said it struck Hezbollah targets in Nabatieh on Tuesday.", "Air/drone strike"),
        (
            "Russian forces struck Ukrainian positions near Bakhmut on Monday.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_crowds_and_seizures_are_typed_as_acled_does(text: str, sub_event_type: str, gazetteer) -> None:
    import datetime as dt

    (inc,) = _incidents(text, dt.date(2024, 5, 14), gazetteer)
    assert inc.sub_event_type == sub_event_type


def test_an_ambush_with_its_toll_told_after_and_a_witness_named_like_a_town(gazetteer) -> None:
    """Stop 16: the ambush had no attacker named and its toll came next; "the resident, Adama Kaya" made an attack
    at Kaya out of the toll."""
    import datetime as dt

    text = (
        "Late on Sunday, a convoy was ambushed between Dori and Seytenga, a local resident said. Seven VDP "
        "members were killed, said the resident, Adama Kaya."
    )
    (inc,) = _incidents(text, dt.date(2024, 3, 14), gazetteer)
    assert (inc.event_type, inc.fatalities, inc.event_date) == ("Battles", 7, dt.date(2024, 3, 10))
    assert "Dori" in (inc.location or "") and "VDP" in (inc.actor2 or "")


def test_a_toll_told_before_belongs_to_the_deed_told_before(gazetteer) -> None:
    """Stop 16: the protest in the side clause took the four dead of the roadside bomb."""
    import datetime as dt

    text = (
        "Four police officers were killed on Tuesday by a roadside bomb near Mandera town, as the capital counted "
        "its dead after a day of violent protests in Nairobi."
    )
    incs = _incidents(text, dt.date(2024, 6, 27), gazetteer)
    by_type = {i.event_type: i.fatalities for i in incs}
    assert by_type["Explosions/Remote violence"] == 4 and by_type.get("Protests") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the strikes" are the one incident told: their toll is its (stop 16: dropped)
        ("US aircraft carried out strikes near Hodeidah on Monday. The strikes killed two people.", [2]),
        # a day's tally of scattered violence is no event; the one told after it is
        (
            "At least two people were killed and more than 60 injured in scattered violence during Sunday's "
            "election in Bangladesh. In Dhaka, rival supporters clashed with sticks. One man was hacked to death.",
            [1],
        ),
    ],
)
def test_tolls_of_plural_anaphors_and_tallies(text: str, expected: list[int], gazetteer) -> None:
    import datetime as dt

    assert [i.fatalities for i in _incidents(text, dt.date(2024, 1, 9), gazetteer)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arrests told right after a protest are its intervention: one event (stop 16: two)
        (
            "Police used water cannon to disperse protesters in Tbilisi on Sunday. Twenty-one people were detained.",
            [("Protests", "Protest with intervention")],
        ),
        # ... not arrests elsewhere, another day
        (
            "Hundreds of people protested in Lagos on Monday. Police arrested three men in Kano on Tuesday.",
            [("Protests", "Peaceful protest"), ("Strategic developments", "Arrests")],
        ),
        # people held before are no intervention at this sit-in
        (
            "Students staged a sit-in at Tehran University on Thursday demanding the release of detained classmates.",
            [("Protests", "Peaceful protest")],
        ),
    ],
)
def test_protests_and_their_arrests(text: str, expected: list[tuple[str, str]], gazetteer) -> None:
    import datetime as dt

    assert [
        (i.event_type, i.sub_event_type) for i in _incidents(text, dt.date(2024, 3, 13), gazetteer)
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # stop 16 (QA pass D/C): who reports it is no side; gunmen shooting people attack them
        ("Gunmen killed four people in Kaduna on Sunday, police said.", [("Attack", "Kaduna", 4)]),
        (
            "In San Alberto, heavily armed men dragged six peasants from their homes and shot them on Saturday.",
            [("Attack", "San Alberto", None)],
        ),
        # a war's or a period's toll is no event, nor added to one
        (
            "Since the war began, more than 38,700 Palestinians have been killed in Gaza, the ministry said.",
            [],
        ),
        (
            "On Monday, Israeli forces raided the Tulkarm camp and killed two militants. More than 570 Palestinians "
            "have been killed by Israeli troops or settlers in the West Bank over the same period.",
            [("Armed clash", "Tulkarm", 2)],
        ),
        ("Fighting had been largely frozen since a 2020 ceasefire brokered by Russia and Turkey.", []),
        # a military's "neutralised" is killing; the clause's verb says who did it, not "in an ambush"
        (
            "The military said troops had neutralised fourteen ISWAP terrorists in an ambush near Marte on Monday.",
            [("Armed clash", "near Marte", 14)],
        ),
        (
            "HTS fighters took the town of Saraqeb on Monday.",
            [("Non-state actor overtakes territory", "Saraqeb", None)],
        ),
        ("Fighters took part in the talks in Doha on Monday.", []),
        (
            "Suspected JNIM militants blew up a bridge near Konna on Tuesday.",
            [("Remote explosive/landmine/IED", "near Konna", None)],
        ),
        (
            "A drone believed to be Russian hit a bus depot in Sumy on Sunday, injuring two workers.",
            [("Air/drone strike", "Sumy", None)],
        ),
        ("No attack took place in Goma on Sunday despite earlier reports of shelling.", []),
        ("The RSF denied carrying out the attack and accused the army of staging the strike.", []),
        # the border a town lies near is not where it happened; a group says where it fights
        (
            "M23 rebels seized the town of Rutshuru, near the border with Uganda, on Sunday.",
            [("Non-state actor overtakes territory", "Rutshuru", None)],
        ),
    ],
)
def test_qa_pass_constructions(text: str, expected: list[tuple], gazetteer) -> None:
    import datetime as dt

    got = [
        (i.sub_event_type, i.location, i.fatalities) for i in _incidents(text, dt.date(2024, 5, 6), gazetteer)
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # stop 16 (QA pass C/D): a projectile fired toward a place targets it; "both were intercepted"
        (
            "Militants fired two rockets toward Sderot on Monday evening; both were intercepted by Iron Dome.",
            [("Disrupted weapons use", "Sderot", None)],
        ),
        # some shot down and the rest landed: an attack, not an interception
        (
            "On Monday, five rockets were fired at Ain al-Asad air base. Two of the rockets were shot down, and "
            "the rest landed inside the perimeter, causing minor damage.",
            [("Shelling/artillery/missile attack", "Ain al-Asad Air Base", None)],
        ),
        # a city and a town 10 km away are two places
        (
            "In Khan Younis, a strike on a house killed sixteen people on Monday afternoon. Hours later, a strike "
            "on a house in Deir al-Balah killed nine people.",
            [("Air/drone strike", "Khan Younis", 16), ("Air/drone strike", "Deir al-Balah", 9)],
        ),
        # deaths of the wounded told later add to the toll
        (
            "Russian drones killed two people in Kharkiv on Sunday. Two more of the wounded later died in hospital.",
            [("Air/drone strike", "Kharkiv", 4)],
        ),
        # bodies found with the marks of violence are a killing; after a flood they are not
        (
            "Police found the bodies of five men with gunshot wounds in Tijuana on Sunday.",
            [("Attack", "Tijuana", 5)],
        ),
        ("Rescuers recovered the bodies of five people after floods in Tijuana on Sunday.", []),
        # the dead a gathering remembers are no force used on it
        (
            "Hundreds of people gathered in Kyiv on Sunday to commemorate soldiers killed in the war.",
            [("Peaceful protest", "Kyiv", None)],
        ),
        # "Two years after <past deed>, ...": the deed is past, not Sunday's
        (
            "Two years after Russian troops killed hundreds of civilians in Bucha, residents held a memorial.",
            [],
        ),
    ],
)
def test_qa_pass_constructions_2(text: str, expected: list[tuple], gazetteer) -> None:
    import datetime as dt

    got = [
        (i.sub_event_type, i.location, i.fatalities)
        for i in _incidents(text, dt.date(2024, 5, 6), gazetteer)
        if not i.historical
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "actor1", "country"),
    [
        # stop 16: the SAF by its acronym, a junta's strike, Israel's strikes in Gaza (not Mozambique's province)
        (
            "An SAF air strike hit a market in Nyala on Monday, killing 12 people.",
            "Military Forces of Sudan",
            "Sudan",
        ),
        ("A junta air strike hit a monastery in Sagaing on Monday.", "Military Forces of Myanmar", "Myanmar"),
        (
            "An Israeli air strike killed five people in Gaza on Sunday.",
            "Military Forces of Israel",
            "Palestine",
        ),
    ],
)
def test_state_forces_named_short(text: str, actor1: str, country: str, gazetteer) -> None:
    import datetime as dt

    (inc,) = _incidents(text, dt.date(2024, 5, 6), gazetteer)
    assert inc.actor1 == actor1 and inc.country == country


def test_a_claim_of_the_attacks_told_before_makes_no_new_one(gazetteer) -> None:
    """Stop 16: "claimed both the Ain al-Assad and the Erbil attacks" was a third incident (a battle)."""
    import datetime as dt

    text = (
        "Three Katyusha rockets struck near Ain al-Asad air base on Tuesday. Hours later, a drone was shot down "
        "near Erbil airport. The Islamic Resistance in Iraq claimed both the Ain al-Assad and the Erbil attacks."
    )
    incs = _incidents(text, dt.date(2024, 1, 24), gazetteer)
    assert len(incs) == 2 and all(i.claimed_by == "Islamic Resistance in Iraq" for i in incs)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # one label per country: a country-level incident carries the same name as its towns' (stop 16: "Palestine,
        # State of" beside "Palestine", "Congo, The Democratic Republic of the" beside "Democratic Republic of the Congo")
        (
            "Clashes erupted in the Democratic Republic of the Congo on Sunday.",
            "Democratic Republic of the Congo",
        ),
        ("Israeli forces arrested ten Palestinians in Palestine on Sunday.", "Palestine"),
    ],
)
def test_country_level_incidents_use_the_country_label_of_towns(text: str, label: str, gazetteer) -> None:
    import datetime as dt

    (inc,) = _incidents(text, dt.date(2024, 5, 6), gazetteer)
    assert inc.location == label and inc.country == label


# A sentence that opens with "<n days> after <B>," tells two events: B, dated from the main event after the comma,
# and the main one (stop 17: both were one event at B's place). text, published, (place, date) of each, text order
PREPOSED_RELATIONS = [
    (
        "Two days after gunmen attacked a police post in Bannu, a roadside bomb killed three soldiers in North "
        "Waziristan on Tuesday.",
        "2024-06-12",
        [("Bannu", "2024-06-09"), ("North Waziristan", "2024-06-11")],
    ),
    (
        "One day after two drones were shot down at Baghdad airport, two more drones were downed at Ain al-Asad "
        "air base on Tuesday.",
        "2024-06-12",
        [("Baghdad International Airport", "2024-06-10"), ("Ain al-Asad Air Base", "2024-06-11")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), PREPOSED_RELATIONS)
def test_sentence_opening_relation_tells_two_events(
    text: str, published: str, expected: list, gazetteer
) -> None:
    import datetime as dt

    incs = _incidents(text, dt.date.fromisoformat(published), gazetteer)
    got = sorted(((i.location, str(i.event_date)) for i in incs), key=lambda p: text.find(p[0].split()[0]))
    assert got == expected


def test_counted_more_is_a_told_event_not_a_generality(gazetteer) -> None:
    """ "two more drones were downed" is counted, so told; "more attacks" alone stays a generality."""
    import datetime as dt

    text = (
        "Officials fear more attacks will follow. Two more bombs exploded in Kabul on Tuesday, killing four."
    )
    incs = _incidents(text, dt.date(2024, 6, 12), gazetteer)
    assert [(i.location, i.fatalities) for i in incs] == [("Kabul", 4)]


# Two figures for one toll (stop 17): a risen toll restates the whole ("with dozens of others wounded" adds no
# deaths); another source's figure gives way to the conservative one (ACLED), an initial one to the current one.
# text, published, fatalities of the one incident
TWO_FIGURES = [
    (
        "Boko Haram killed 40 soldiers in Lac province on Sunday. On Tuesday, the death toll had risen to 42 "
        "soldiers, with dozens of others wounded.",
        "2024-10-29",
        42,
    ),
    (
        "Gang members killed at least 12 people in Solino on Wednesday night, according to the civil protection "
        "office. A human rights organisation put the toll at 18.",
        "2024-10-04",
        12,
    ),
    (
        "Police said five people were killed in the attack on Mubi market on Saturday, while residents said 11 died.",
        "2024-03-18",
        5,
    ),
    (
        "A car bomb killed 12 people in Aden on Wednesday, medical sources said. Initial reports had put the toll "
        "at seven.",
        "2024-03-15",
        12,
    ),
]


# ... while the other side's dead, told from the other side, add to the event's toll (stop 17)
TWO_FIGURES += [
    (
        "Gunmen ambushed an army patrol in Navolato on Monday, killing two soldiers. Troops returned fire and killed "
        "four of the attackers.",
        "2024-12-17",
        6,
    ),
    (
        "Gunmen killed 12 villagers in Djibo on Monday. The army said the gunmen killed 12 people.",
        "2024-12-17",
        12,
    ),
]


@pytest.mark.parametrize(("text", "published", "fatalities"), TWO_FIGURES)
def test_two_figures_for_one_toll(text: str, published: str, fatalities: int, gazetteer) -> None:
    import datetime as dt

    (inc,) = _incidents(text, dt.date.fromisoformat(published), gazetteer)
    assert inc.fatalities == fatalities


# South Asian press words (stop 17): Maoists / Naxals, the ISPR's "sent to hell", "martyred" forces, jawans, check
# posts; victims named together. text, published, (event type, fatalities, actor1, actor2) of the one incident
SOUTH_ASIAN_PRESS = [
    ("Nine Maoists were killed in Bijapur on Tuesday.", "2024-04-17", ("Battles", 9, None, "Maoists")),
    (
        "Security forces killed five Naxals in an encounter in Narayanpur on Tuesday.",
        "2024-04-17",
        ("Battles", 5, "Military Forces of India", "CPI (Maoist)"),
    ),
    (
        "Eight terrorists were sent to hell in Datta Khel on Monday, the ISPR said.",
        "2024-10-15",
        ("Battles", 8, None, "Terrorists"),
    ),
    (
        "Six policemen were martyred when militants attacked a check post in Lakki Marwat on Sunday.",
        "2024-10-15",
        ("Battles", 6, "Militants", "Police Forces of Pakistan"),
    ),
    (
        "Two jawans were martyred in an IED blast in Sukma on Monday.",
        "2024-04-17",
        ("Explosions/Remote violence", 2, None, "Military Forces of India"),
    ),
    (
        "A villager was killed by gunmen in Sukma on Sunday.",
        "2024-04-17",
        ("Violence against civilians", 1, "Gunmen", "Civilians (India)"),
    ),
    (
        "Two soldiers and a terrorist were killed in a gunfight in Kupwara on Monday.",
        "2024-07-09",
        ("Battles", 3, None, "Military Forces of India"),
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), SOUTH_ASIAN_PRESS)
def test_south_asian_press(text: str, published: str, expected: tuple, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "event_type", "fatalities", "actor1", "actor2") == [expected]


def test_an_untold_blast_is_no_event(gazetteer) -> None:
    """ "Hours after the blast, soldiers raided ...": the blast was never told, so it is no event of its own."""
    import datetime as dt

    incs = _incidents(
        "Hours after the blast, soldiers raided a house in Marib on Monday.", dt.date(2024, 2, 20), gazetteer
    )
    assert [i.event_type for i in incs] == ["Battles"]


# Who speaks is not where or who acted; aid convoys are civilians; forces named by acronym (stop 17).
# text, published, (event type, location, actor1, actor2) of the one incident
SPEAKERS_AND_ACRONYMS = [
    (
        "A villager identified as Madvi Hidma was killed by gunmen on Sunday, police in Raipur said.",
        "2024-04-17",
        ("Violence against civilians", "India", "Gunmen", "Civilians (India)"),
    ),
    (
        "The Hamas-run health ministry said an Israeli strike killed 20 people in Rafah on Monday.",
        "2024-04-17",
        ("Explosions/Remote violence", "Rafah", "Military Forces of Israel", None),
    ),
    (
        "In neighbouring Sukma, a villager was killed by gunmen on Sunday.",
        "2024-04-17",
        ("Violence against civilians", "Sukma", "Gunmen", "Civilians (India)"),
    ),
    (
        "Gunmen ambushed a WFP convoy near Maiduguri on Saturday, killing one driver and looting three trucks.",
        "2024-03-18",
        ("Violence against civilians", "near Maiduguri", "Gunmen", "Civilians (Nigeria)"),
    ),
    (
        "Militants ambushed a military convoy near Maiduguri on Saturday, killing two soldiers.",
        "2024-03-18",
        ("Battles", "near Maiduguri", "Militants", "Military Forces of Nigeria"),
    ),
    (
        "On 13 March, FARDC and M23 fighters clashed in Sake.",
        "2024-03-18",
        ("Battles", "Sake", "Military Forces of Democratic Republic of the Congo", "M23"),
    ),
    (
        "Haitian National Police units exchanged fire with gang members in Delmas on Thursday.",
        "2024-03-18",
        ("Battles", "Delmas", "Police Forces of Haiti", "Gang members"),
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), SPEAKERS_AND_ACRONYMS)
def test_speakers_and_acronyms(text: str, published: str, expected: tuple, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "event_type", "location", "actor1", "actor2") == [expected]


# Dates (stop 17). text, published, [(event date, precision)] of the incidents in text order
DATES_OF_DEEDS = [
    # two deeds, each with its month
    (
        "In January, our warehouse in El Geneina was looted by armed men, and in February a staff member was "
        "briefly detained at a checkpoint outside Zalingei.",
        "2024-05-09",
        [("2024-01-15", "month"), ("2024-02-15", "month")],
    ),
    # a live blog's time-stamped entry happened on the day of the blog
    (
        "06:20 - Hezbollah says it has fired more than 300 rockets at the Meron air traffic control base.",
        "2024-08-25",
        [("2024-08-25", "day")],
    ),
    # a day's count "in the past 24 hours" is current, not "in the past"
    (
        "The coalition said it carried out 14 air strikes against Houthi targets in Marib in the past 24 hours.",
        "2024-02-20",
        [("2024-02-20", "day")],
    ),
    # the day of a claim or a statement anchors the deed's day, and a later "took place on" corrects it
    (
        "The Islamic State group claimed responsibility on Tuesday for a suicide bombing in Kabul that killed four "
        "people a day earlier.",
        "2024-05-14",
        [("2024-05-13", "day")],
    ),
    (
        "Gunmen shot dead 11 passengers on a highway near Kalat, officials said on Wednesday. The attack took "
        "place late on Tuesday.",
        "2025-03-12",
        [("2025-03-11", "day")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), DATES_OF_DEEDS)
def test_dates_of_deeds(text: str, published: str, expected: list, gazetteer) -> None:
    import datetime as dt

    incs = _incidents(text, dt.date.fromisoformat(published), gazetteer)
    assert [(str(i.event_date), str(i.date_precision)) for i in incs] == expected
    assert not any(i.historical for i in incs if str(i.event_date) >= published[:8])


# A past deed inside the sentence of a current one (stop 17): the deed an attack avenges, the deed a comparison
# recalls ("the deadliest since February 2022, when ..."): its place, victims and day are not the current event's.
# text, published, [(location, fatalities, historical)] in text order
PAST_DEEDS_INSIDE = [
    (
        "Hezbollah fired rockets at northern Israel on Sunday in retaliation for the killing of its commander in "
        "Beirut last month.",
        "2024-08-25",
        [("Israel", None, False)],
    ),
    (
        "Israeli jets struck Hezbollah sites in Nabatieh on Monday in response to rocket fire on Metula that "
        "wounded two soldiers.",
        "2024-08-25",
        [("Nabatieh", None, False)],
    ),
    (
        "Police fired tear gas at protesters in Bunia on Monday. It was the deadliest unrest since February 2022, "
        "when CODECO fighters killed at least 60 people at Plaine Savo.",
        "2024-05-14",
        [("Bunia", None, False), ("Democratic Republic of the Congo", 60, True)],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), PAST_DEEDS_INSIDE)
def test_past_deeds_inside_a_sentence(text: str, published: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "location", "fatalities", "historical") == expected


# Types, victims and ranges from QA pass 6 (stop 17). text, published, [(sub-event type, date start, date end,
# precision, fatalities, actor2)] of the incidents in text order
QA6_TYPES = [
    (
        "Two children were killed in Nangarhar province on Sunday when an unexploded mortar shell they were playing "
        "with went off.",
        "2025-02-12",
        [("Remote explosive/landmine/IED", "2025-02-09", "2025-02-09", "day", 2, "Civilians (Afghanistan)")],
    ),
    (
        "Gunmen killed 12 civilians in Beni on Sunday and abducted several children.",
        "2024-07-09",
        [("Attack", "2024-07-07", "2024-07-07", "day", 12, "Civilians (Democratic Republic of the Congo)")],
    ),
    (
        "Between 10 and 12 March, Russian drones struck Odesa repeatedly, killing four people.",
        "2024-03-18",
        [("Air/drone strike", "2024-03-10", "2024-03-12", "week", 4, None)],
    ),
    (
        "In March 2023, nine Chinese nationals were killed during an attack on a gold mining site near Bambari.",
        "2024-02-05",
        [("Attack", "2023-03-01", "2023-03-31", "month", 9, "Civilians (Central African Republic)")],
    ),
    # a deed dated after one told before is no new one
    (
        "Partners in Masisi report that dozens of families have arrived in Mugunga since the clashes.",
        "2024-03-18",
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), QA6_TYPES)
def test_qa6_types(text: str, published: str, expected: list, gazetteer) -> None:
    fields = ("sub_event_type", "date_start", "date_end", "date_precision", "fatalities", "actor2")
    assert _rows(text, published, gazetteer, *fields) == expected


def test_armed_men_rounding_people_up_abduct_them(gazetteer) -> None:
    """Arrests are a state's (or a de facto authority's); armed men rounding up villagers abduct them."""
    import datetime as dt

    text = "Armed men raided Mucojo late on Saturday and rounded up fishermen."
    subs = [i.sub_event_type for i in _incidents(text, dt.date(2024, 7, 8), gazetteer)]
    assert "Arrests" not in subs and "Abduction/forced disappearance" in subs


# Records and tallies are not an incident's toll or an incident (stop 17)
def test_a_record_is_no_toll(gazetteer) -> None:
    import datetime as dt

    text = (
        "- On 16 March, MONUSCO engineers defused an IED near Beni.\n\n"
        "The ADF has been blamed for the deaths of more than 1,000 civilians in Beni territory in 2023 alone."
    )
    (inc,) = _incidents(text, dt.date(2024, 3, 18), gazetteer)
    assert inc.fatalities is None


@pytest.mark.parametrize(
    "text",
    [
        "The ADF, which pledged allegiance to the Islamic State group in 2019, has killed thousands of civilians in "
        "eastern Congo over the past decade.",
        "Athletes have demonstrated incredible prowess this year in Toronto.",
    ],
)
def test_present_perfect_over_a_period_is_no_incident(text: str, gazetteer) -> None:
    import datetime as dt

    assert _incidents(text, dt.date(2024, 3, 18), gazetteer) == []


def test_the_army_as_the_source_of_a_toll_is_no_side(gazetteer) -> None:
    """ "the army said 22 civilians were killed": the army reports the toll of CODECO's attack on a camp."""
    import datetime as dt

    text = (
        "CODECO militiamen attacked a displacement camp in Djugu around 10 pm on Sunday. Civil society leaders "
        "said 58 bodies had been buried; the army said 22 civilians were killed and 11 wounded."
    )
    (inc,) = _incidents(text, dt.date(2024, 3, 18), gazetteer)
    assert (inc.event_type, inc.actor1, inc.fatalities, inc.injuries) == (
        "Violence against civilians",
        "CODECO",
        22,
        11,
    )


# QA pass 7 (stop 17). text, published, [(event type, sub-event type, location, fatalities, actor1, historical)]
QA7 = [
    # a past attack at the same post keeps its own toll and is historical
    (
        "Gunmen attacked an army post near Banikoara on Thursday, killing 10 soldiers. In January an attack on the "
        "same post killed 28 soldiers.",
        "2025-04-19",
        [
            ("Battles", "Armed clash", "near Banikoara", 10, "Gunmen", False),
            ("Battles", "Armed clash", "Benin", 28, None, True),
        ],
    ),
    # a sponsor is not a place
    (
        "An Iran-backed militia fired rockets on Wednesday, killing two soldiers.",
        "2025-05-08",
        [("Explosions/Remote violence", "Shelling/artillery/missile attack", None, 2, "Militia", False)],
    ),
    # a state of things is no event
    ("Kidnappings for ransom have become common on the roads north of Addis Ababa.", "2025-06-09", []),
    # the place named as where the wounded came from, then said to be where the strike hit
    (
        "A health worker at Debre Markos hospital said it had received 22 wounded people from Dembecha, where a "
        "drone strike hit a market on Saturday.",
        "2025-06-09",
        [("Explosions/Remote violence", "Air/drone strike", "Dembecha", None, None, False)],
    ),
    # arson of a school; a bus set on fire by protesters is a riot
    (
        "Rebels burned a school in Sugapa on Tuesday. No one was hurt.",
        "2025-04-10",
        [("Strategic developments", "Looting/property destruction", "Sugapa", 0, "Rebels", False)],
    ),
    # a clash and the town taken by evening: one battle, coded by its outcome
    (
        "M23 fighters clashed with Wazalendo fighters in Kamanyola on Monday, killing six fighters. The M23 said it "
        "had taken control of the town by evening.",
        "2025-04-10",
        [("Battles", "Non-state actor overtakes territory", "Kamanyola", 6, "M23", False)],
    ),
    # a rebel army named after its country is a group, not that state's forces
    (
        "Factions of the Syrian National Army shelled villages east of Manbij on Monday.",
        "2025-04-10",
        [
            (
                "Explosions/Remote violence",
                "Shelling/artillery/missile attack",
                "near Manbij",
                None,
                "Syrian National Army",
                False,
            )
        ],
    ),
    # listed provinces are the provinces
    (
        "Government forces shelled villages across Latakia and Tartus provinces on Tuesday, killing 14 people.",
        "2025-05-08",
        [
            (
                "Explosions/Remote violence",
                "Shelling/artillery/missile attack",
                "Latakia",
                7,
                "Military Forces of Syria",
                False,
            ),
            (
                "Explosions/Remote violence",
                "Shelling/artillery/missile attack",
                "Tartus",
                7,
                "Military Forces of Syria",
                False,
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), QA7)
def test_qa7(text: str, published: str, expected: list, gazetteer) -> None:
    fields = ("event_type", "sub_event_type", "location", "fatalities", "actor1", "historical")
    assert _rows(text, published, gazetteer, *fields) == expected


# QA pass 7b (stop 17). text, published, [(sub-event type, location, fatalities, injuries, actor1)] in text order
QA7B = [
    # a generic noun referring back is the same strike, whatever weapon it names by default
    (
        "A Russian missile hit a school in Zaporizhzhia on Tuesday, killing three. The strike also wounded 12 children.",
        "2024-04-10",
        [("Shelling/artillery/missile attack", "Zaporizhzhia", 3, 12, "Military Forces of Russia")],
    ),
    # a police officer quoted is no attacker; the claim stands
    (
        "A car bomb exploded in Mogadishu on Sunday, killing nine people, police said. Police officer Abdi Hassan "
        "said the vehicle was parked outside a restaurant. Al-Shabaab claimed responsibility.",
        "2024-03-18",
        [("Remote explosive/landmine/IED", "Mogadishu", 9, None, "Al Shabaab")],
    ),
    # a commemoration is not the deed it remembers
    (
        "Hundreds gathered in Kramatorsk on Monday to mark the second anniversary of the missile strike on the "
        "railway station that killed 61 people.",
        "2024-04-10",
        [("Peaceful protest", "Kramatorsk", None, None, "Protesters (Ukraine)")],
    ),
    # police telling their own arrests are where they speak from
    (
        "Police in Peshawar said on Tuesday they had arrested three suspects.",
        "2024-04-10",
        [("Arrests", "Peshawar", None, None, "Police Forces of Pakistan")],
    ),
    (
        # (stop 25: "by a Russian ..." names Russia's forces; "by a" was not read as "by" before)
        "A man was killed by a Russian drone-dropped grenade in Kherson this afternoon.",
        "2024-04-10",
        [("Air/drone strike", "Kherson", 1, None, "Military Forces of Russia")],
    ),
    (
        "The Sudanese Armed Forces shelled El Fasher on Monday.",
        "2024-05-14",
        [("Shelling/artillery/missile attack", "El Fasher", None, None, "Military Forces of Sudan")],
    ),
    (
        "Gunmen were responsible for the killing of at least 15 civilians in Bossangoa on Monday.",
        "2023-11-22",
        [("Attack", "Bossangoa", 15, None, "Gunmen")],
    ),
    (
        "Hezbollah later fired dozens of rockets toward the Galilee on Monday.",
        "2024-09-09",
        [("Shelling/artillery/missile attack", "Galilee", None, None, "Hezbollah")],
    ),
    # a month's total is no event
    (
        "The army said it had killed 45 militants in operations across Borno state over the past month.",
        "2024-04-10",
        [],
    ),
    # two deeds, each with its date
    (
        "Insurgents seized Mocimboa da Praia port in August 2020 and overran the town of Palma in March 2021.",
        "2024-02-12",
        [
            ("Non-state actor overtakes territory", "Mocimboa da Praia", None, None, "Insurgents"),
            ("Non-state actor overtakes territory", "Palma", None, None, None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), QA7B)
def test_qa7b(text: str, published: str, expected: list, gazetteer) -> None:
    fields = ("sub_event_type", "location", "fatalities", "injuries", "actor1")
    assert _rows(text, published, gazetteer, *fields) == expected


def test_a_foreign_force_taking_ground_overtakes_it(gazetteer) -> None:
    """Russia's forces "liberating" a Ukrainian village do not regain their government's territory (ACLED)."""
    import datetime as dt

    text = "Russia's defence ministry claimed its forces had liberated Synkivka in Kharkiv oblast on Monday."
    (inc,) = _incidents(text, dt.date(2023, 10, 20), gazetteer)
    assert (inc.sub_event_type, inc.actor1) == (
        "Non-state actor overtakes territory",
        "Military Forces of Russia",
    )


def test_a_surname_named_with_who_the_person_is_is_no_place(gazetteer) -> None:
    """ "Abebe Gondar, a farmer from Dembecha, said": Gondar is his name here; a strike never told is no event."""
    import datetime as dt

    text = "Abebe Gondar, a farmer from Dembecha who lost his brother in the strike, said he was afraid."
    assert _incidents(text, dt.date(2025, 6, 9), gazetteer) == []


# QA pass 8 (stop 17): protests, dates with weekdays, two sources, finders. text, published,
# [(sub-event type, event date, fatalities, actor1)]
QA8 = [
    (
        "A missile strike killed 3 people in Sumy on Sunday, May 4.",
        "2025-05-14",
        [("Shelling/artillery/missile attack", "2025-05-04", 3, None)],
    ),
    (
        "Police fired live rounds at demonstrators in Mombasa on Tuesday, killing three.",
        "2024-06-27",
        [("Excessive force against protesters", "2024-06-25", 3, "Protesters (Kenya)")],
    ),
    (
        "Police fired rubber bullets at striking garment workers in Dhaka on Monday.",
        "2024-11-12",
        [("Protest with intervention", "2024-11-11", None, "Protesters (Bangladesh)")],
    ),
    ("A planned protest in Nairobi on Tuesday was called off.", "2024-11-12", []),
    (
        "Soldiers beat a man to death in Kananga on Monday.",
        "2024-11-12",
        [("Attack", "2024-11-11", 1, "Military Forces of Democratic Republic of the Congo")],
    ),
    (
        "A mob lynched two men in Kano on Monday.",
        "2024-11-12",
        [("Mob violence", "2024-11-11", 2, "Rioters (Nigeria)")],
    ),
    (
        "Soldiers found the bodies of seven men bearing signs of torture in Culiacan on Monday.",
        "2024-12-17",
        [("Attack", "2024-12-16", 7, None)],
    ),
    (
        "Police dispersed a march in Nairobi last week, on June 18.",
        "2024-06-27",
        [("Protest with intervention", "2024-06-18", None, "Protesters (Kenya)")],
    ),
    (
        "A gun battle broke out in Eldorado, Sinaloa on Sunday. Local media said at least six people died, but "
        "prosecutors only confirmed three deaths.",
        "2024-12-17",
        [("Armed clash", "2024-12-15", 3, None)],
    ),
    (
        "An officer said three soldiers were killed in an ambush near Gao on Monday.",
        "2024-12-17",
        [("Armed clash", "2024-12-16", 3, None)],
    ),
    (
        "The protests are the largest since the government pushed through a foreign agents law in the spring of 2024.",
        "2024-12-02",
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), QA8)
def test_qa8(text: str, published: str, expected: list, gazetteer) -> None:
    assert (
        _rows(text, published, gazetteer, "sub_event_type", "event_date", "fatalities", "actor1") == expected
    )


def test_a_dateline_from_two_capitals_is_no_place(gazetteer) -> None:
    import datetime as dt

    text = "YEREVAN/BAKU, May 11 (staff) - Armenian and Azerbaijani troops exchanged fire on Thursday."
    (inc,) = _incidents(text, dt.date(2023, 5, 11), gazetteer)
    assert inc.location != "Yerevan"


# stop 18's QA passes (minimal texts of the differences found; docs/evaluation.md, "rules-v13")
QA9 = [
    # a relative aside between the subject and its verb is its own (past) deed: the main deed keeps its place,
    # day, toll and subject
    (
        "The M23, which seized the town of Rubaya earlier this year, shelled army positions near Sake on Saturday, "
        "killing two soldiers.",
        "2024-04-08",
        [
            ("Shelling/artillery/missile attack", "2024-04-06", "near Sake", 2, "M23", False),
            ("Non-state actor overtakes territory", "2024-02-19", "Rubaya", None, "M23", True),
        ],
    ),
    (
        "Al-Shabaab, which captured Bulo Burte last year, attacked an army base in Jalalaqsi on Monday, killing four "
        "soldiers.",
        "2024-04-08",
        [
            ("Armed clash", "2024-04-08", "Jalalaqsi", 4, "Al Shabaab", False),
            ("Non-state actor overtakes territory", "2023-07-01", "Bulo Burte", None, "Al Shabaab", True),
        ],
    ),
    # a season is a past period, not the week of publication
    (
        "Militants attacked an army post in Bannu, Pakistan last summer, killing five soldiers.",
        "2024-03-10",
        [("Armed clash", "2023-07-16", "Bannu", 5, "Militants", True)],
    ),
    # a province said to be a region of a country that has none of its name: the country
    (
        "Gunmen killed 8 civilians in the Est region of Burkina Faso on Wednesday.",
        "2024-05-19",
        [("Attack", "2024-05-15", "Burkina Faso", 8, "Gunmen", False)],
    ),
    # "fired drones at", a weapon in quotation marks, a headquarters taken
    (
        "Russian forces fired drones at Kharkiv on Friday.",
        "2024-02-10",
        [("Air/drone strike", "2024-02-09", "Kharkiv", None, "Military Forces of Russia", False)],
    ),
    (
        'Gunmen fired "several rockets" at an army base in Kidal on Friday.',
        "2024-02-10",
        [("Shelling/artillery/missile attack", "2024-02-09", "Kidal", None, "Gunmen", False)],
    ),
    (
        "Rebels seized the headquarters of the 55th Division in Lashio on Sunday.",
        "2024-03-12",
        [("Non-state actor overtakes territory", "2024-03-10", "Lashio", None, "Rebels", False)],
    ),
    # nobody killed, or an unknown number: no toll, no clash
    ("No Israeli soldiers were reported killed in Gaza on 14 May.", "2024-05-15", []),
    ("No soldiers were said to have been killed in Beledweyne on Tuesday.", "2024-06-12", []),
    (
        "Army warplanes bombed RSF positions around Kosti, Sudan on Sunday, killing an unknown number of people.",
        "2024-06-10",
        [("Air/drone strike", "2024-06-09", "near Kosti", None, "Military Forces of Sudan", False)],
    ),
    (
        "The air force bombed bandit camps near Gusau, Zamfara State, on Monday.",
        "2023-09-14",
        [("Air/drone strike", "2023-09-11", "near Gusau", None, "Military Forces of Nigeria", False)],
    ),
    # fighting that eases is its end, not a new battle
    ("Clashes in Khartoum eased on Tuesday after a truce took hold.", "2024-05-14", []),
    # the day of a statement is not the deed's when the deed has its own
    (
        "Al-Shabaab said in a statement on Saturday that its fighters had killed five soldiers in an attack on a "
        "base in Baidoa on Friday.",
        "2024-06-16",
        [("Armed clash", "2024-06-14", "Baidoa", 5, "Al Shabaab", False)],
    ),
    # "N years ago today" is that very day
    (
        "Three years ago today, gunmen killed 160 people in Solhan, Burkina Faso.",
        "2024-06-16",
        [("Attack", "2021-06-16", "Solhan", 160, "Gunmen", True)],
    ),
    # who was chased is the target; vigilantes are a militia, not a mob
    (
        "Soldiers chased the gunmen and killed three of them near Balcad on Tuesday.",
        "2024-06-12",
        [("Armed clash", "2024-06-11", "near Balcad", 3, "Military Forces of Somalia", False)],
    ),
    (
        "Bandits killed four vigilantes in Bakura, Zamfara State, on Monday.",
        "2023-09-14",
        [("Armed clash", "2023-09-11", "Bakura", 4, "Bandits", False)],
    ),
    # a period's total is no event, nor part of the day's event
    (
        "Between 7 October 2023 and 14 May 2024, at least 35,173 Palestinians were killed in Gaza, according to "
        "the Ministry. On 14 May, a house in Gaza City was hit, killing seven people.",
        "2024-05-15",
        [("Attack", "2024-05-14", "Gaza City", 7, None, False)],
    ),
    (
        "A Turkish drone struck a car near Sinjar on Monday, killing three fighters. Turkey's defence ministry said "
        "its forces had neutralised 14 militants in northern Iraq over the past week.",
        "2024-03-05",
        [("Air/drone strike", "2024-03-04", "near Sinjar", 3, "Military Forces of Turkey", False)],
    ),
    ("The army said it had killed more than 200 militants in Middle Shabelle this month.", "2024-06-12", []),
    (
        "Bangladesh imposed a curfew on Friday and deployed the army after days of clashes between student "
        "protesters and security forces left at least 105 people dead.",
        "2024-07-20",
        [],
    ),
    # the event told, counted among others
    ("It was the third rocket attack on Erbil airport this month.", "2024-03-05", []),
    # a ship named by its flag says whose, not where
    (
        "The Houthis said on Friday they had targeted a US destroyer in the Red Sea with drones.",
        "2024-02-10",
        [("Air/drone strike", "2024-02-09", "Red Sea", None, "Houthis (Ansar Allah)", False)],
    ),
    # the day a toll rose is not the deed's
    (
        "Gunmen killed 5 people in Kaura Namoda, Zamfara State, on Monday, police said. UPDATE 1 - The death toll "
        "from the Kaura Namoda attack rose to 9 on Tuesday, a hospital official said.",
        "2024-03-12",
        [("Attack", "2024-03-11", "Kaura Namoda", 9, "Gunmen", False)],
    ),
    # a list said to be of provinces, after a country's possessive
    (
        "Pakistani aircraft carried out strikes in Afghanistan's Khost and Paktika provinces early on Monday, "
        "killing eight people.",
        "2024-03-18",
        [
            ("Air/drone strike", "2024-03-18", "Khost", 4, "Military Forces of Pakistan", False),
            ("Air/drone strike", "2024-03-18", "Paktika", 4, "Military Forces of Pakistan", False),
        ],
    ),
    # whom an actor is tied to is no side; "by the paramilitary RSF" is the attacker
    (
        "Fighters of the Allied Democratic Forces (ADF), an armed group linked to the Islamic State, attacked the "
        "village of Mangina on Friday, killing 14 civilians.",
        "2024-04-08",
        [("Attack", "2024-04-05", "Mangina", 14, "Allied Democratic Forces (ADF)", False)],
    ),
    (
        "Shelling by the paramilitary Rapid Support Forces struck a market in Omdurman on Sunday, killing 12 "
        "civilians.",
        "2024-06-10",
        [("Shelling/artillery/missile attack", "2024-06-09", "Omdurman", 12, "Rapid Support Forces", False)],
    ),
    # the attackers' own dead add to the toll; two sides' dead told as two facts are one toll
    (
        "Militants attacked a security checkpost in Bannu on Saturday, killing seven soldiers. The military said "
        "all six attackers were killed.",
        "2024-03-18",
        [("Armed clash", "2024-03-16", "Bannu", 13, "Militants", False)],
    ),
    (
        "Al-Shabaab fighters attacked a base in Jalalaqsi on Monday. 17 al-Shabaab fighters were killed and two "
        "soldiers died.",
        "2024-06-12",
        [("Armed clash", "2024-06-10", "Jalalaqsi", 19, "Al Shabaab", False)],
    ),
    # who came under attack was attacked; "an ambush claimed by X": X attacked
    (
        "Malian soldiers came under attack on Monday near Menaka in an ambush claimed by JNIM.",
        "2024-07-30",
        [("Armed clash", "2024-07-29", "near Menaka", None, "JNIM", False)],
    ),
    (
        "A military helicopter came under fire near Kidal on Monday, killing two crew members.",
        "2024-10-10",
        [("Armed clash", "2024-10-07", "near Kidal", 2, None, False)],
    ),
    # a toll raised later is the toll
    (
        "Gunmen attacked a village near Zurmi on Sunday, killing four people. Later on Monday, police raised the "
        "death toll to 19.",
        "2024-05-20",
        [("Attack", "2024-05-19", "near Zurmi", 19, "Gunmen", False)],
    ),
    # the day said inside a vaguer period is the day
    (
        "In a similar attack two years ago, gunmen killed 12 villagers in Zurmi on 4 March 2022.",
        "2024-05-20",
        [("Attack", "2022-03-04", "Zurmi", 12, "Gunmen", True)],
    ),
    # the known part of a partly unknown toll
    (
        "Troops and militants clashed near Zurmi on Sunday; four soldiers and an unknown number of attackers "
        "were killed.",
        "2024-05-20",
        [("Armed clash", "2024-05-19", "near Zurmi", 4, "Military Forces of Nigeria", False)],
    ),
    # South Sudan's army is no Myanmar PDF; the White Army is a militia
    (
        "Fighting broke out between the South Sudan People's Defence Forces and the White Army in Malakal on "
        "Tuesday, killing 12 soldiers.",
        "2025-03-10",
        [("Armed clash", "2025-03-04", "Malakal", 12, "Military Forces of South Sudan", False)],
    ),
    # an aside tells of its antecedent, past: its year and place
    (
        "The 2019 attack on Maiduguri, which killed 40 people, remains the deadliest in the region.",
        "2025-05-10",
        [("Attack", "2019-07-01", "Maiduguri", 40, None, True)],
    ),
    # ", where ..." tells a deed of its own there
    (
        "On Sunday, 12 civilians were killed in Gao, where soldiers later clashed with the attackers, killing three "
        "of them.",
        "2025-08-09",
        [
            ("Attack", "2025-08-03", "Gao", 12, None, False),
            ("Armed clash", "2025-08-03", "Gao", 3, "Military Forces of Mali", False),
        ],
    ),
    # a tally since January is not the attack's toll; an attack tried in court is a past one of unknown day
    (
        "The army said it had killed 150 militants since January, in a statement issued after jihadists attacked a "
        "base near Gao on Monday.",
        "2025-09-10",
        [("Armed clash", "2025-09-08", "near Gao", None, "Jihadists", False)],
    ),
    (
        "A court in Bamako on Tuesday jailed three men for the ambush of a bus near Gao that killed 20 passengers.",
        "2025-09-10",
        [("Attack", None, "near Gao", 20, None, True)],
    ),
    # an attack without casualties is still an attack; its attribution names who did it
    (
        "Gunmen fired on a bus near Gao on Sunday.",
        "2025-08-09",
        [("Attack", "2025-08-03", "near Gao", None, "Gunmen", False)],
    ),
    (
        "Militants attacked a bus carrying pilgrims in Reasi on Sunday, killing nine. Police said the attack was "
        "believed to have been carried out by militants of the Lashkar-e-Taiba.",
        "2025-06-09",
        [("Attack", "2025-06-08", "Reasi", 9, "Lashkar-e-Taiba", False)],
    ),
    (
        "A military convoy was ambushed on Thursday between Diffa and N'Guigmi, killing six soldiers. The ministry "
        "blamed Boko Haram.",
        "2025-11-01",
        [("Armed clash", "2025-10-30", "near Diffa", 6, "Boko Haram", False)],
    ),
    # settlers raiding a village attack its people; crops destroyed are property destroyed
    (
        "On Sunday, settlers attacked shepherds near Sinjil, beating a 60-year-old man.",
        "2025-03-14",
        [("Attack", "2025-03-09", "near Sinjil", None, "Settlers", False)],
    ),
    (
        "Settlers uprooted 200 olive trees near Nablus on Tuesday.",
        "2025-03-14",
        [("Looting/property destruction", "2025-03-11", "near Nablus", None, "Settlers", False)],
    ),
    # a protest dispersed in the same sentence
    (
        "On Sunday, residents protested in Kut over power cuts, but police dispersed them with tear gas.",
        "2025-07-07",
        [("Protest with intervention", "2025-07-06", "Kut", None, "Protesters (Iraq)", False)],
    ),
    # a Nigerian local government area
    (
        "Gunmen killed 27 people in Bokkos LGA on Sunday.",
        "2025-04-22",
        [("Attack", "2025-04-20", "near Bokkos", 27, "Gunmen", False)],
    ),
    # the other side of a fight the dead were killed in
    (
        "Two militants were killed in an encounter with the army in Kupwara on Monday.",
        "2025-06-09",
        [("Armed clash", "2025-06-09", "Kupwara", 2, "Military Forces of India", False)],
    ),
    # a day range; the country a report was filed from
    (
        "- 12-13 Mar: Israeli forces arrested 14 Palestinians in Tulkarm.",
        "2025-03-14",
        [("Arrests", "2025-03-12", "Tulkarm", None, "Military Forces of Israel", False)],
    ),
    # "shot and killed" counts; a person named with an age is a civilian victim of one; "in an Israeli army raid"
    # says whose raid
    (
        "Five people were shot and killed at the weekend in KwaZulu-Natal province, police said on Monday.",
        "2000-01-03",
        [("Attack", "2000-01-01", "KwaZulu-Natal", 5, None, False)],
    ),
    (
        "Croat police in western Mostar shot at a car on Sunday, killing Alen Muftovic, 18.",
        "2000-01-03",
        [("Attack", "2000-01-02", "Mostar", 1, "Police Forces of Bosnia and Herzegovina", False)],
    ),
    (
        "The Awadallah brothers, who had been involved in plotting suicide bombings in Israel, were shot dead in an "
        "Israeli army raid of their hideout near Hebron on Sept. 11.",
        "1998-09-20",
        [
            ("Armed clash", "1998-09-11", "near Hebron", None, "Military Forces of Israel", False),
            ("Suicide bomb", None, "Israel", None, None, True),
        ],
    ),
    # "the same area" is the place told before; "on the same day" the day told before
    (
        "ADF rebels attacked a school in Kasese on Monday, killing eight students. The attack revived memories of "
        "the June 2023 assault on the same area, when ADF fighters killed 42 people.",
        "2025-06-11",
        [
            ("Attack", "2025-06-09", "Kasese", 8, "Allied Democratic Forces (ADF)", False),
            ("Attack", "2023-06-15", "Kasese", 42, "Allied Democratic Forces (ADF)", True),
        ],
    ),
    (
        "Rebels seized Aleppo on Thursday. On the same day, rebels took control of Saraqib.",
        "2024-12-01",
        [
            ("Non-state actor overtakes territory", "2024-11-28", "Aleppo", None, "Rebels", False),
            ("Non-state actor overtakes territory", "2024-11-28", "Saraqib", None, "Rebels", False),
        ],
    ),
    # entering a town and holding it is taking it
    (
        "Fano fighters entered the town of Merawi on Thursday and held it for most of the day before withdrawing.",
        "2024-08-20",
        [("Non-state actor overtakes territory", "2024-08-15", "Merawi", None, "Fano militia", False)],
    ),
    # a riot broken up is the riot, not a protest of its own
    (
        "On Saturday, angry mobs in Imphal stormed the homes of several ministers, setting fire to three houses. "
        "Police fired tear gas to disperse the crowds, and at least eight people were injured.",
        "2024-11-18",
        [("Mob violence", "2024-11-16", "Imphal", None, "Rioters (India)", False)],
    ),
    # "overnight into Thursday" is Thursday; "off Hodeidah" is near it
    (
        "Houthi forces fired two drones at a ship off Hodeidah overnight into Thursday, the UKMTO said.",
        "2025-05-10",
        [("Air/drone strike", "2025-05-08", "near Hodeidah", None, "Houthis (Ansar Allah)", False)],
    ),
    # a gunman's nationality makes him no state's soldier; who hit a mine was its victim
    (
        "A Palestinian gunman opened fire on cars at a junction south of Hebron late Thursday, killing two Israeli "
        "men, the military said.",
        "2025-08-24",
        [("Attack", "2025-08-21", "near Hebron", 2, "Gunman", False)],
    ),
    (
        "On Monday, a police patrol hit a landmine near Gao. Two policemen died.",
        "2025-11-16",
        [("Remote explosive/landmine/IED", "2025-11-10", "near Gao", 2, None, False)],
    ),
    # a state's bombing is from the air; explosions heard are no event of their own
    (
        "The army said it had responded on Friday by bombing an ELN camp near Tame.",
        "2025-06-14",
        [("Air/drone strike", "2025-06-13", "near Tame", None, "Military Forces of Colombia", False)],
    ),
    (
        "In Sanaa, residents reported loud explosions overnight into Thursday near the airport.",
        "2025-05-08",
        [],
    ),
    # a counted group and an uncounted one; listed victims of any trade
    (
        "On Monday, gunmen attacked a police station in Maradi. A source said 6 policemen and civilians were "
        "killed.",
        "2025-11-16",
        [("Armed clash", "2025-11-10", "Maradi", 6, "Gunmen", False)],
    ),
    (
        "On Saturday, an RSF drone struck a hospital in El Fasher, killing nine patients and two nurses, doctors "
        "said.",
        "2025-10-06",
        [("Air/drone strike", "2025-10-04", "El Fasher", 11, "Rapid Support Forces", False)],
    ),
    # who reports it is no side of it
    (
        "Police in Borno said a bomb killed four people in Konduga on Tuesday.",
        "2025-05-14",
        [("Remote explosive/landmine/IED", "2025-05-13", "Konduga", 4, None, False)],
    ),
    # a second deed coordinated with a day of its own keeps its own toll
    (
        "Officials recalled a drone strike on 2 October in Izium that injured five people, and a missile attack on "
        "5 October in Balakliia that killed two.",
        "2025-10-09",
        [
            ("Air/drone strike", "2025-10-02", "Izium", None, None, False),
            ("Shelling/artillery/missile attack", "2025-10-05", "Balakliia", 2, None, False),
        ],
    ),
    # the conservative of two sources' figures; "had died" counts; a driver in a list counts
    (
        "Gunmen killed 31 civilians in the village of Baniyas on Saturday, a monitoring group said. The Interior "
        "Ministry gave a lower figure, saying 12 people had died in the town.",
        "2025-03-11",
        [("Attack", "2025-03-08", "Baniyas", 12, "Gunmen", False)],
    ),
    (
        "Gunmen opened fire on a convoy near Parachinar on Friday, killing two soldiers and a driver.",
        "2025-01-20",
        [("Armed clash", "2025-01-17", "near Parachinar", 3, "Gunmen", False)],
    ),
    # the attacks an evacuation follows are no new ones; homes burned without a count; a federal state's forces
    (
        "Officials ordered the evacuation of residents from five villages near Vovchansk after the recent attacks.",
        "2025-10-09",
        [],
    ),
    (
        "Gangs burned homes in Croix-des-Bouquets over the weekend.",
        "2025-04-02",
        [("Looting/property destruction", "2025-03-29", "Croix-des-Bouquets", None, "Gangs", False)],
    ),
    (
        "On Thursday, Puntland forces took control of the town of Garowe after al-Shabaab fighters withdrew.",
        "2025-02-07",
        [("Government regains territory", "2025-02-06", "Garowe", None, "Military Forces of Somalia", False)],
    ),
    (
        "On Tuesday, airstrikes attributed to the United States hit al-Shabaab positions near Jilib.",
        "2025-02-07",
        [
            (
                "Air/drone strike",
                "2025-02-04",
                "near Jilib",
                None,
                "Military Forces of the United States",
                False,
            )
        ],
    ),
    # a disease's toll is no violence's
    (
        "Gunmen killed two farmers near Gao on Monday. Globally, 91 people have died after contracting the virus.",
        "2025-02-07",
        [("Attack", "2025-02-03", "near Gao", 2, "Gunmen", False)],
    ),
    # a year is no count; a comparison's past toll is not today's
    (
        "Clashes in 2019 killed over 60 people in Jos.",
        "2025-05-10",
        [("Armed clash", "2019-07-01", "Jos", 60, None, True)],
    ),
    (
        "Gunmen killed three people in Giwa on Monday, the worst attack since March 2022, when 40 people died in Giwa.",
        "2025-05-10",
        [("Attack", "2025-05-05", "Giwa", 3, "Gunmen", False)],
    ),
    # a headline's victims; a group named with a bracket ("CPI (Maoist)") claims
    (
        "Four policemen killed in roadside bomb near Quetta – officials",
        "2025-05-10",
        [("Remote explosive/landmine/IED", "2025-05-10", "near Quetta", 4, None, False)],
    ),
    (
        "A roadside bomb hit a police vehicle near Bijapur on Monday, killing two officers. The Communist Party of "
        "India (Maoist) claimed the attack.",
        "2025-05-10",
        [("Remote explosive/landmine/IED", "2025-05-05", "near Bijapur", 2, "CPI (Maoist)", False)],
    ),
    # the air force shooting drones down intercepts them; "the number of dead" brought up; a funeral is no strike
    (
        "The air force shot down 20 drones over Kharkiv on Thursday.",
        "2024-11-14",
        [("Disrupted weapons use", "2024-11-14", "Kharkiv", None, None, False)],
    ),
    (
        "A strike hit a market in Kherson on Tuesday, killing two workers. Later a third worker had died, bringing "
        "the number of dead to three.",
        "2024-11-14",
        [("Air/drone strike", "2024-11-12", "Kherson", 3, None, False)],
    ),
    (
        "A missile struck a building in Ramat Gan on Friday, killing two people. Funerals for the victims of the "
        "Ramat Gan strike were held on Saturday.",
        "2025-06-15",
        [("Shelling/artillery/missile attack", "2025-06-13", "Ramat Gan", 2, None, False)],
    ),
    # the attackers' own dead told in a while-clause add to the toll
    (
        "Troops killed 12 militants near Gao on Monday, while three soldiers were killed.",
        "2024-11-14",
        [("Armed clash", "2024-11-11", "near Gao", 15, "Military Forces of Mali", False)],
    ),
    # "kill and injure": a death told, no count (the "an" of "and" was once read as one)
    (
        "Warplanes kill and injure civilians in the town of Maarat al-Numan on Monday.",
        "2017-03-07",
        [("Air/drone strike", "2017-03-06", "Maarat al-Numan", None, None, False)],
    ),
    # party supporters fighting each other riot
    (
        "Clashes between rival party supporters in Lahore on Friday left two people dead.",
        "2025-05-10",
        [("Violent demonstration", "2025-05-09", "Lahore", 2, "Rioters (Pakistan)", False)],
    ),
    (
        "JOS, Nigeria — On Monday, youths in Bassa burned tyres and blocked the highway to protest the killings.",
        "2025-04-22",
        [("Violent demonstration", "2025-04-21", "Bassa", None, "Rioters (Nigeria)", False)],
    ),
    # QA 13 (stop 18): a grievance or a reaction names a deed told or known before, no new one
    (
        "Hundreds of parents marched in Kaduna on Monday to demand the release of kidnapped classmates of their "
        "children.",
        "2025-02-11",
        [("Peaceful protest", "2025-02-10", "Kaduna", None, "Protesters (Nigeria)", False)],
    ),
    ("Jordan condemned the air strikes on Gaza on Tuesday.", "2025-02-12", []),
    # ... but a deed condemned with its own toll, or named indefinitely, may be its only telling
    (
        "Rights groups condemned the massacre that killed 12 villagers in Tal Tamr on Sunday.",
        "2025-02-11",
        [("Attack", "2025-02-09", "Tal Tamr", 12, None, False)],
    ),
    (
        "The UN condemned a deadly air strike on a school in Rafah on Monday.",
        "2025-02-11",
        [("Air/drone strike", "2025-02-10", "Rafah", None, None, False)],
    ),
    # the return of fighting is fighting; only abductions are undone by a release
    (
        "Daraa witnessed the return of heavy fighting between rebels and the army on Monday.",
        "2025-02-11",
        [("Armed clash", "2025-02-10", "Daraa", None, "Rebels", False)],
    ),
    # bodies found are an attack when the next sentence tells how they died
    (
        "Police found the bodies of three men in Culiacan on Sunday. They had been shot in the head.",
        "2025-02-10",
        [("Attack", "2025-02-09", "Culiacan", 3, None, False)],
    ),
    # a toll update naming its place goes to the strike there, not the last one told
    (
        "An air strike hit a market in Ariha on Monday, killing nine people. Separately, shelling killed two people "
        "in Saraqib on Monday. The death toll from the Ariha strike had risen to 13 by Tuesday, rescuers said.",
        "2025-02-12",
        [
            ("Air/drone strike", "2025-02-10", "Ariha", 13, None, False),
            ("Shelling/artillery/missile attack", "2025-02-10", "Saraqib", 2, None, False),
        ],
    ),
    # what a source adds is a clause of its own; the article is no part of an actor's name
    (
        "Police said gunmen killed a trader in Jos on Sunday, adding that two suspects had been arrested in Bukuru.",
        "2025-02-10",
        [
            ("Attack", "2025-02-09", "Jos", 1, "Gunmen", False),
            ("Arrests", "2025-02-09", "Bukuru", None, None, False),
        ],
    ),
    (
        "A suicide bomber blew himself up at a checkpoint in Bannu on Monday, killing two policemen.",
        "2025-02-11",
        [("Suicide bomb", "2025-02-10", "Bannu", 2, "Suicide bomber", False)],
    ),
    # QA 14 (stop 19): "the day before" / "two days after that" open a sentence and name no event of their own
    (
        "Settlers attacked farmers near Turmus Ayya on Friday. The day before, settlers set fire to cars in Huwara.",
        "2024-07-04",
        [
            ("Attack", "2024-06-28", "near Turmus Ayya", None, "Settlers", False),
            ("Looting/property destruction", "2024-06-27", "Huwara", None, "Settlers", False),
        ],
    ),
    (
        "Settlers attacked farmers near Turmus Ayya on Friday. Two days after that, settlers set fire to cars in "
        "Huwara.",
        "2024-07-04",
        [
            ("Attack", "2024-06-28", "near Turmus Ayya", None, "Settlers", False),
            ("Looting/property destruction", "2024-06-30", "Huwara", None, "Settlers", False),
        ],
    ),
    (
        "Settlers set fire to cars in Huwara the day before yesterday.",
        "2024-07-04",
        [("Looting/property destruction", "2024-07-02", "Huwara", None, "Settlers", False)],
    ),
    (
        "Clashes broke out in Churachandpur on 3 May last year.",
        "2024-06-10",
        [("Armed clash", "2023-05-03", "Churachandpur", None, None, True)],
    ),
    # raiders on where people live attack them, place known or not; the toll told next with an aside is theirs
    (
        "Gunmen attacked a village near Duk Padiet on Monday. Thirty-two people, mostly herders, were killed.",
        "2024-02-15",
        [("Attack", "2024-02-12", None, 32, "Gunmen", False)],
    ),
    (
        "Terrorists attacked a police checkpoint in Dera Ismail Khan today. Two constables embraced martyrdom.",
        "2023-10-09",
        [("Armed clash", "2023-10-09", "Dera Ismail Khan", 2, "Terrorists", False)],
    ),
    # gendarmes are the state's police; separatists an armed side
    (
        "Armed separatists attacked a gendarmerie post in Muyuka on Friday, killing two gendarmes.",
        "2023-08-22",
        [("Armed clash", "2023-08-18", "Muyuka", 2, "Armed separatists", False)],
    ),
    # a road out of a town is near it; a street named after a far place is in the town it lies in
    (
        "On Friday, a landmine exploded under a civilian vehicle on the Maiduguri-Damboa road, killing 10 passengers.",
        "2024-03-11",
        [("Remote explosive/landmine/IED", "2024-03-08", "near Maiduguri", 10, None, False)],
    ),
    (
        "An explosion on Khanasser road killed two people on Monday.",
        "2017-06-01",
        [("Remote explosive/landmine/IED", "2017-05-29", "near Khanasser", 2, None, False)],
    ),
    (
        "Al-Shabaab militants stormed a hotel on Makka al-Mukarama road in Mogadishu on Saturday, killing 14 people.",
        "2022-11-21",
        [("Attack", "2022-11-19", "Mogadishu", 14, "Al Shabaab", False)],
    ),
    # a rivalry told in the present is no event
    ("Los Lobos is fighting Los Choneros for control of drug routes.", "2025-06-18", []),
    (
        "Resistance fighters captured a police station in Monywa this morning.",
        "2024-03-21",
        [("Non-state actor overtakes territory", "2024-03-21", "Monywa", None, "Fighters", False)],
    ),
    # a condemnation of a list of deeds told before makes none of them again
    (
        "An IED exploded in Koronadal City on Saturday, killing one. Troops arrested a rebel in Davao City on "
        "Sunday. Teodoro condemned the ambush and the Koronadal bombing.",
        "2025-03-10",
        [
            ("Remote explosive/landmine/IED", "2025-03-08", "Koronadal City", 1, None, False),
            ("Arrests", "2025-03-09", "Davao City", None, "Military Forces of Philippines", False),
        ],
    ),
    # a capital that speaks is its government, not the deed's place
    (
        "Tbilisi says the separatists launched an attack yesterday on the Georgian-controlled villages of Nuli and "
        "Avnevi.",
        "2022-01-04",
        [("Armed clash", "2022-01-03", "Georgia", None, "Separatists", False)],
    ),
    # QA 14c/14d (stop 19)
    # a bare toll set off after the deed of its sentence is that deed's, not a second attack
    (
        "On Thursday, police fired rubber bullets and live ammunition at protesters in Dhaka; at least 25 people were killed.",
        "2024-07-20",
        [("Excessive force against protesters", "2024-07-18", "Dhaka", 25, "Protesters (Bangladesh)", False)],
    ),
    # a rite's weekday gives way to the day said
    (
        "Security forces opened fire on worshippers in Zahedan after Friday prayers on 30 September, killing 66 people.",
        "2022-11-01",
        [("Attack", "2022-09-30", "Zahedan", 66, "Military Forces of Iran", False)],
    ),
    # "a bomb hit" is a bomb
    (
        "In Dera Ismail Khan, a bomb hit a police vehicle on Friday, killing five officers.",
        "2024-07-20",
        [("Remote explosive/landmine/IED", "2024-07-19", "Dera Ismail Khan", 5, None, False)],
    ),
    # marching farmers and blockading students protest
    (
        "Police fired tear gas at farmers marching in Ambala on Tuesday; no casualties were reported.",
        "2024-02-10",
        [("Protest with intervention", "2024-02-06", "Ambala", 0, "Protesters (India)", False)],
    ),
    (
        "Hundreds of farmers blocked the main highway in Ambala on Wednesday.",
        "2024-07-20",
        [("Peaceful protest", "2024-07-17", "Ambala", None, "Protesters (India)", False)],
    ),
    # making away with goods is looting
    (
        "On Friday, hoodlums attacked a warehouse in Kano and made away with bags of rice.",
        "2024-08-03",
        [("Looting/property destruction", "2024-08-02", "Kano", None, None, False)],
    ),
    # assassinated, fired on: killings and attacks
    (
        "Gunmen assassinated a mayor at his home in Port-au-Prince on Tuesday.",
        "2025-03-20",
        [("Attack", "2025-03-18", "Port-au-Prince", 1, "Gunmen", False)],
    ),
    (
        "Israeli troops fired on a Red Cross convoy near Marjayoun on 15 October; no one was hurt.",
        "2024-10-18",
        [("Attack", "2024-10-15", "near Marjayoun", 0, "Military Forces of Israel", False)],
    ),
    (
        "M23 rebels pushed further north on Sunday, seizing the town of Kanyabayonga after heavy fighting with the Congolese army.",
        "2025-03-20",
        [("Non-state actor overtakes territory", "2025-03-16", "Kanyabayonga", None, "M23", False)],
    ),
    # an acronym written with a lowercase letter is no place ("FAMa": not Fama, Brazil)
    (
        "On 8 April, a FAMa patrol was ambushed near Tarkint. Two soldiers were killed.",
        "2025-04-10",
        [("Armed clash", "2025-04-08", "near Tarkint", 2, None, False)],
    ),
    # dissidents are counted
    (
        "FARC dissidents clashed with the Army near Argelia, Cauca, on Wednesday. Four dissidents were killed.",
        "2025-01-24",
        [("Armed clash", "2025-01-22", "near Argelia", 4, "FARC dissidents", False)],
    ),
    # a bracketed dateline is the dateline, not the deed's place
    (
        "(Johannesburg) - Insurgents in Mozambique's Cabo Delgado province beheaded two men in the village of Nangade Sede on May 11.",
        "2025-05-22",
        [("Attack", "2025-05-11", "Cabo Delgado", 2, "Insurgents", False)],
    ),
    # a paragraph opening with its date is prose, not a photo caption
    (
        "The army said more operations would follow.\n\nOn 8 April 2025, insurgents ambushed an army patrol near Gao.",
        "2025-04-10",
        [("Armed clash", "2025-04-08", "near Gao", None, "Insurgents", False)],
    ),
    # QA 14c/14d, second round (stop 19)
    # a correction's retracted version is no event
    (
        "Correction: An earlier version of this article said the drone strike took place in Bahir Dar and killed 40 people. A military drone struck a market in Dessie on Sunday, killing 26 civilians.",
        "2024-10-10",
        [("Air/drone strike", "2024-10-06", "Dessie", 26, "Military Forces of Ethiopia", False)],
    ),
    # why people were held is no deed told
    (
        "Police said 52 people had been arrested in Nairobi today for looting and destruction of property.",
        "2024-06-25",
        [("Arrests", "2024-06-25", "Nairobi", None, None, False)],
    ),
    # a denial of disinformation
    (
        "The General Staff denounces the disinformation relayed by certain media claiming that civilians were killed at a wedding in Tinzaouatene. These allegations are baseless.",
        "2025-04-10",
        [],
    ),
    # an overview of the reporting period
    (
        "Israeli air strikes continued to hit southern Lebanon, the Bekaa valley and Beirut's southern suburbs during the reporting period.",
        "2024-10-18",
        [],
    ),
    # a year's tally of violence is no event; one deed last year is
    (
        "The United Nations says more than 5,600 people were killed in gang violence in Haiti last year.",
        "2025-03-20",
        [],
    ),
    (
        "Gunmen killed 12 people in Zurmi last year.",
        "2025-03-20",
        [("Attack", "2024-07-01", "Zurmi", 12, "Gunmen", True)],
    ),
    # a tally since a day is not the next deed's toll
    (
        "Insurgents in Cabo Delgado have killed at least nine civilians, including by beheading, since early May. On May 11, insurgents beheaded two men near Mueda.",
        "2025-05-22",
        [("Attack", "2025-05-11", "near Mueda", 2, "Insurgents", False)],
    ),
    # the dead a crowd demands justice for are not its dead
    (
        "Hundreds of thousands protested peacefully in Belgrade on Saturday, demanding accountability for the canopy collapse in Novi Sad that killed 15 people in November.",
        "2025-03-16",
        [("Peaceful protest", "2025-03-15", "Belgrade", None, "Protesters (Serbia)", False)],
    ),
    # the half of a hyphenated name the gazetteer lacks is no place
    (
        "Suspected ADF fighters killed at least 23 civilians with machetes in the village of Mayi-Moya, near Beni, on Saturday night.",
        "2025-03-04",
        [("Attack", "2025-03-01", "near Beni", 23, "Allied Democratic Forces (ADF)", False)],
    ),
    # where a source speaks from is not the deed's place
    (
        "M23 rebels seized the town of Kanyabayonga in North Kivu on Sunday after heavy fighting with the army. At least nine soldiers were killed, a civil society leader in Lubero territory said.",
        "2025-03-04",
        [("Non-state actor overtakes territory", "2025-03-02", "Kanyabayonga", 9, "M23", False)],
    ),
    # one of the dead named
    (
        "Police opened fire on protesters in Rangpur on Tuesday. Among the dead was Abu Sayed, a student.",
        "2024-07-20",
        [
            (
                "Excessive force against protesters",
                "2024-07-16",
                "Rangpur",
                1,
                "Protesters (Bangladesh)",
                False,
            )
        ],
    ),
    # Burkina Faso's regions are areas of their own ("Centre-Nord": not Nord, France or Centre, Cameroon)
    (
        "An improvised explosive device hit a convoy of civilians near Barsalogho in Centre-Nord region on Sunday, "
        "wounding six people.",
        "2025-09-09",
        [("Remote explosive/landmine/IED", "2025-09-07", "near Barsalogho", None, None, False)],
    ),
    (
        "Jihadists attacked a village in the Boucle du Mouhoun region on Sunday, killing 12 people.",
        "2025-09-09",
        [("Attack", "2025-09-07", "Boucle du Mouhoun", 12, "Jihadists", False)],
    ),
    # people also taken in an attack are more of that attack
    (
        "ADF fighters killed 23 civilians near Beni on Saturday night. Several people were also abducted.",
        "2025-03-04",
        [("Attack", "2025-03-01", "near Beni", 23, "Allied Democratic Forces (ADF)", False)],
    ),
    # the agency in a dateline's brackets is no place ("(Atlas)" once made the report filed from Atlas, US, and
    # dropped its Syrian towns as far namesakes)
    (
        "DAMASCUS (Atlas) - Gunmen killed a man in Tafas on Tuesday.",
        "2024-06-13",
        [("Attack", "2024-06-11", "Tafas", 1, "Gunmen", False)],
    ),
    # QA 15 (stop 19): a past deed told "N years after" keeps its toll, before or after the deed
    (
        "Bandits killed 10 people in Gusau on Sunday, two years after an attack on the town killed 50.",
        "2024-06-03",
        [("Attack", "2024-06-02", "Gusau", 10, "Bandits", False)],
    ),
    (
        "Two years after an attack on Gusau killed 50, bandits killed 10 people there on Sunday.",
        "2024-06-03",
        [("Attack", "2024-06-02", "Gusau", 10, "Bandits", False)],
    ),
    # counts said "respectively" of listed places, in order
    (
        "Israeli air strikes on Rafah and Khan Younis killed 12 and 7 people respectively on Tuesday.",
        "2024-03-12",
        [
            ("Air/drone strike", "2024-03-12", "Rafah", 12, "Military Forces of Israel", False),
            ("Air/drone strike", "2024-03-12", "Khan Younis", 7, "Military Forces of Israel", False),
        ],
    ),
    # a side telling its own strike
    (
        "Ukraine said it had struck an oil depot in Belgorod on Monday.",
        "2024-10-08",
        [
            (
                "Shelling/artillery/missile attack",
                "2024-10-07",
                "Belgorod",
                None,
                "Military Forces of Ukraine",
                False,
            )
        ],
    ),
    # the bomber and the dead he took with him
    (
        "A suicide bomber killed himself and three worshippers at a mosque in Maiduguri on Sunday.",
        "2024-06-03",
        [("Suicide bomb", "2024-06-02", "Maiduguri", 4, "Suicide bomber", False)],
    ),
    # the outskirts of a town are near it; a remote-controlled bomb is a bomb; boats struck are a strike
    (
        "Israeli artillery shelled the outskirts of Naqoura on Saturday.",
        "2024-02-11",
        [
            (
                "Shelling/artillery/missile attack",
                "2024-02-10",
                "near Naqoura",
                None,
                "Military Forces of Israel",
                False,
            )
        ],
    ),
    (
        "A remote-controlled bomb hit a Frontier Corps vehicle near Chaman on Thursday, wounding five soldiers.",
        "2024-02-11",
        [("Remote explosive/landmine/IED", "2024-02-08", "near Chaman", None, None, False)],
    ),
    (
        "US forces struck two Houthi drone boats in the Red Sea on Monday.",
        "2024-02-11",
        [
            (
                "Shelling/artillery/missile attack",
                "2024-02-05",
                "Red Sea",
                None,
                "Military Forces of the United States",
                False,
            )
        ],
    ),
    # the last figure of a toll said twice; a digest's section heading is no event
    (
        "ADF fighters killed civilians in Beni on Monday. The death toll stood at 18 on Tuesday and rose to 26 on "
        "Wednesday.",
        "2024-02-14",
        [("Attack", "2024-02-12", "Beni", 26, "Allied Democratic Forces (ADF)", False)],
    ),
    (
        "Security forces killed 66 people in Zahedan on 30 September.\n\nArrests\n\nStudents were also detained in "
        "Tehran on 2 October.",
        "2022-11-01",
        [
            ("Armed clash", "2022-09-30", "Zahedan", 66, "Military Forces of Iran", False),
            ("Arrests", "2022-10-02", "Tehran", None, None, False),
        ],
    ),
    # QA 16 (stop 19): "on Tuesday last week"; "Similarly, on the next day," names no deed before its marker
    (
        "Gunmen attacked a checkpoint in Kaya on Tuesday last week, killing four soldiers.",
        "2024-09-24",
        [("Armed clash", "2024-09-17", "Kaya", 4, "Gunmen", False)],
    ),
    (
        "Gunmen attacked a checkpoint in Kaya on Monday. Similarly, on the next day, gunmen attacked a post in "
        "Kongoussi.",
        "2024-09-24",
        [
            ("Armed clash", "2024-09-23", "Kaya", None, "Gunmen", False),
            ("Attack", "2024-09-24", "Kongoussi", None, "Gunmen", False),
        ],
    ),
    # bombs dropped by aircraft; a reminder of a deed is a past one; a trend is no deed
    (
        "A jet fighter dropped two bombs onto a village near Kyaukme on Sunday.",
        "2024-09-24",
        [("Air/drone strike", "2024-09-22", "near Kyaukme", None, None, False)],
    ),
    (
        "Recall that pagers exploded across Lebanon on 17 September, killing 12 people.",
        "2024-09-24",
        [("Remote explosive/landmine/IED", "2024-09-17", "Lebanon", 12, None, True)],
    ),
    ("Fighting has spread into Gezira state, aid agencies said.", "2024-09-24", []),
    # the person whose release a march demands was held before: no intervention in the march
    (
        "Hundreds of people marched peacefully in Bamako on Monday to demand the release of a journalist detained by "
        "security services.",
        "2024-09-24",
        [("Peaceful protest", "2024-09-23", "Bamako", None, "Protesters (Mali)", False)],
    ),
    # a live blog's entries are of the day heading they stand under
    (
        "Live: Israel-Hezbollah\n\nMonday, 23 September\n\n21:15 - Israeli strikes hit villages near Nabatieh, killing "
        "12 people.\n\nTuesday, 24 September\n\n08:30 - Hezbollah fired rockets at Haifa, wounding two people.\n",
        "2024-09-24",
        [
            ("Air/drone strike", "2024-09-23", "near Nabatieh", 12, "Military Forces of Israel", False),
            ("Shelling/artillery/missile attack", "2024-09-24", "Haifa", None, "Hezbollah", False),
        ],
    ),
    # a clash going on into the next day is the same clash
    (
        "Armed clashes broke out in Tripoli late on Monday night. The fighting continued until the early hours of "
        "Tuesday. The clashes left four dead and 23 wounded.",
        "2025-05-13",
        [("Armed clash", "2025-05-12", "Tripoli", 4, None, False)],
    ),
    # each side's dead told apart add up; a figure replaces a vague count; a military's "neutralising" kills
    (
        "ISWAP fighters raided a military base in Malam Fatori on Tuesday. The army said 12 insurgents were killed. "
        "Two soldiers died.",
        "2024-03-11",
        [("Armed clash", "2024-03-05", "Malam Fatori", 14, "Islamic State West Africa", False)],
    ),
    (
        "Jihadists attacked an army post in Djibo on Saturday, killing dozens of soldiers. One source put the death "
        "toll at around 40, while another said at least 35 soldiers were killed.",
        "2025-09-09",
        [("Armed clash", "2025-09-06", "Djibo", 35, "Jihadists", False)],
    ),
    (
        "The army said its air force struck militants near Djibo on Saturday, neutralising 14 terrorists.",
        "2025-09-09",
        [("Air/drone strike", "2025-09-06", "near Djibo", 14, "Military Forces of Burkina Faso", False)],
    ),
    (
        "PDF fighters and Myanmar troops fought for several hours near Kani on Tuesday.",
        "2024-03-21",
        [("Armed clash", "2024-03-19", "near Kani", None, "People's Defence Force (PDF)", False)],
    ),
]


def test_a_digest_paragraph_counts_its_days_from_its_own_dateline(gazetteer) -> None:
    """ "SOKOTO, March 13 - ... on Tuesday" is 12 March, and "GAO, March 10 (Atlas) - ... in Ansongo" names Mali
    (stop 18: the dateline's day was the event's, and Ansongo was dropped as a town of a country never named)."""
    text = (
        "KANO, March 14 - Gunmen killed seven farmers in Zurmi on Monday.\n\n"
        "SOKOTO, March 13 - Bandits abducted 15 students in Gada on Tuesday.\n\n"
        "GAO, March 10 (Atlas) - Militants attacked an army post in Ansongo on Friday, killing four soldiers.\n"
    )
    got = _rows(text, "2024-03-14", gazetteer, "event_date", "location", "country")
    assert got == [
        ("2024-03-11", "Zurmi", "Nigeria"),
        ("2024-03-12", "Gada", "Nigeria"),
        ("2024-03-08", "Ansongo", "Mali"),
    ]


def test_a_group_saying_its_fighters_did_it_claims_it(gazetteer) -> None:
    import datetime as dt

    text = (
        "Al-Shabaab said in a statement on Saturday that its fighters had killed five soldiers in an attack on a "
        "base in Baidoa on Friday."
    )
    (inc,) = _incidents(text, dt.date(2024, 6, 16), gazetteer)
    assert inc.claimed_by == "Al Shabaab"


@pytest.mark.parametrize(("text", "published", "expected"), QA9)
def test_qa9(text: str, published: str, expected: list, gazetteer) -> None:
    fields = ("sub_event_type", "event_date", "location", "fatalities", "actor1", "historical")
    assert _rows(text, published, gazetteer, *fields) == expected


def test_a_claim_naming_what_was_hit_goes_to_that_incident(gazetteer) -> None:
    """ "The TTP has claimed responsibility for the checkpoint attack" claims the checkpoint attack, not the IED told
    last (QA 14, stop 19)."""
    text = (
        "Terrorists attacked a police checkpoint in Dera Ismail Khan today, killing two constables. Yesterday "
        "evening, an IED exploded near a police van in Lakki Marwat. The TTP has claimed responsibility for the "
        "checkpoint attack."
    )
    got = _rows(text, "2023-10-09", gazetteer, "location", "claimed_by")
    assert got == [("Dera Ismail Khan", "Tehrik-i-Taliban Pakistan (TTP)"), ("Lakki Marwat", None)]


def test_whose_positions_were_struck_is_the_target(gazetteer) -> None:
    text = (
        "Turkish drones struck suspected positions of the Kurdistan Workers' Party (PKK) near Kani Masi on Tuesday, "
        "killing three fighters."
    )
    assert _rows(text, "2024-06-12", gazetteer, "actor1", "actor2") == [("Military Forces of Turkey", "PKK")]


def test_a_description_of_a_group_is_not_the_group(gazetteer) -> None:
    text = (
        "Jihadists attacked an army post in Djibo on Saturday. Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al "
        "Qaeda's affiliate in the Sahel, claimed responsibility."
    )
    assert _rows(text, "2025-09-09", gazetteer, "actor1", "claimed_by") == [("JNIM", "JNIM")]


def test_a_group_named_between_a_deed_and_its_claim_claimed_it(gazetteer) -> None:
    text = (
        "A suicide bomber blew himself up outside a ministry in Kabul on Thursday, killing five people, in an attack "
        "the Islamic State Khorasan (IS-K) later claimed."
    )
    assert _rows(text, "2025-02-14", gazetteer, "actor1", "claimed_by") == [
        ("Islamic State Khorasan", "Islamic State Khorasan")
    ]


def test_the_police_telling_their_own_arrests_made_them(gazetteer) -> None:
    text = "Police said they had arrested several opposition leaders in Dhaka on Friday."
    assert _rows(text, "2024-07-20", gazetteer, "sub_event_type", "actor1") == [
        ("Arrests", "Police Forces of Bangladesh")
    ]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Russia launched 25 Shahed drones at Zaporizhzhia overnight, wounding four residents.",
            "Military Forces of Russia",
        ),
        ("Iran fired missiles at Tel Aviv on Tuesday.", "Military Forces of Iran"),
        ("Moscow launched a barrage of missiles at Kharkiv on Tuesday.", "Military Forces of Russia"),
        ("Gunmen killed two people in Karachi on Tuesday, and Pakistan launched an investigation.", "Gunmen"),
    ],
)
def test_a_state_named_as_the_subject_of_a_military_deed_is_its_forces(
    text: str, actor1: str, gazetteer
) -> None:
    """(QA 14, stop 19: "Russia launched 25 drones" had no actor)"""
    assert _rows(text, "2025-06-12", gazetteer, "actor1")[0] == (actor1,)


def test_an_interception_of_part_of_a_salvo_counts_what_was_shot_down(gazetteer) -> None:
    text = "Ukraine's air force said it shot down 20 of 25 Russian drones over the Kyiv region overnight."
    assert _rows(text, "2025-06-12", gazetteer, "sub_event_type", "munitions_count", "intercepted") == [
        ("Disrupted weapons use", 20, True)
    ]


def test_munitions_are_not_counted_from_dates_or_the_tail_of_a_larger_number() -> None:
    from incidents.extract.casualties import munitions_count

    text = "The army has carried out more than 1,600 air strikes this year."
    assert munitions_count(text, 0, len(text), weapon="aircraft")[0] is None
    text = "On 17 February drones struck a market in Gao."
    assert munitions_count(text, 0, len(text), weapon="drone")[0] is None
    text = "Two drones were shot down over Erbil."
    assert munitions_count(text, 0, len(text), weapon="drone")[0] == 2


def test_with_no_publication_date_an_unresolved_day_and_a_known_one_stay_apart(gazetteer) -> None:
    """ "on Monday" with no publication date is unknown, not January 2015: the current attack kept its own toll
    (QA 16, stop 19: it was merged into the 2015 bombing, 19 dead)."""
    text = (
        "A suicide bomber killed 14 people at a market in Maiduguri on Monday, police said. The same market was "
        "attacked in January 2015, when a bomb killed 19 people."
    )
    incs = _incidents(text, None, gazetteer)
    got = [(str(i.date_precision), i.fatalities) for i in incs]
    assert ("unknown", 14) in got and len(incs) == 2


#: a barrage partly intercepted (stop 20): the munitions that got through are part of the attack told before (its
#: finer place, its toll); an attack whose rest fell harmlessly stays an interception
PARTLY_INTERCEPTED = [
    (
        "Hamas fired 20 rockets at Israel on Monday. Most were intercepted, but one struck a house in Ashkelon, "
        "wounding two people.",
        [("Shelling/artillery/missile attack", "Ashkelon", 2, "Hamas")],
    ),
    (
        "Russia launched 40 drones at Kyiv overnight. Air defences shot down 37 of them, while three hit residential "
        "buildings in the Obolon district, wounding five people.",
        [("Air/drone strike", "Kyiv", 5, "Military Forces of Russia")],
    ),
    (
        "Russia fired 12 missiles at Odesa on Sunday. Ten were shot down, but two hit the port, wounding four dock "
        "workers.",
        [("Shelling/artillery/missile attack", "Odesa", 4, "Military Forces of Russia")],
    ),
    (
        "Hezbollah launched a swarm of drones at northern Israel on Thursday. Most were downed, while one crashed "
        "into a house in Nahariya, wounding a woman.",
        [("Air/drone strike", "Nahariya", 1, "Hezbollah")],
    ),
    (
        "Iran fired about 180 ballistic missiles at Israel on Tuesday night. Most were intercepted, but several "
        "struck the Nevatim air base.",
        [("Shelling/artillery/missile attack", "Nevatim Air Base", None, "Military Forces of Iran")],
    ),
    (
        "The Houthis launched three drones toward a merchant ship in the Red Sea. Two of them were shot down by a US "
        "destroyer; the third struck the vessel, causing a fire.",
        [("Air/drone strike", "Red Sea", None, "Houthis (Ansar Allah)")],
    ),
    # (a country said of the victims is not where: "wounding a number of US personnel")
    (
        "Several ballistic missiles were fired at Ain al-Asad air base in western Iraq on Tuesday. Most were "
        "intercepted by air defences but some struck the base, wounding a number of US personnel.",
        [("Shelling/artillery/missile attack", "Ain al-Asad Air Base", 2, None)],
    ),
    # the rest fell harmlessly: an interception ("the other" is not another event)
    (
        "The Houthis fired two missiles at Eilat on Friday. One was intercepted and the other fell in an open area.",
        [("Disrupted weapons use", "Eilat", None, "Houthis (Ansar Allah)")],
    ),
    (
        "Hezbollah fired 30 rockets at Kiryat Shmona on Sunday. Most of them were intercepted by Iron Dome.",
        [("Disrupted weapons use", "Kiryat Shmona", None, "Hezbollah")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTLY_INTERCEPTED)
def test_partly_intercepted_barrage(text: str, expected: list, gazetteer) -> None:
    assert (
        _rows(text, "2024-10-02", gazetteer, "sub_event_type", "location", "injuries", "actor1") == expected
    )


#: analysis of an attack named as the subject is no telling of it (stop 20); a crowd that demonstrated is a protest
ANALYSIS = [
    (
        "The Kabul airport bombing demonstrated the weakness of the Taliban's security apparatus, experts say.",
        [],
    ),
    ("The attack on the Crocus City Hall raises questions about Russia's intelligence services.", []),
    ("Analysts said the assault on Goma underlined how fragile the ceasefire had become.", []),
    ("Western allies rallied behind Kyiv after the strike.", []),  # a deed referred to, its place not Kyiv
    ("Residents fled Kharkiv after the air strikes.", []),
    (
        "Israeli jets struck Khan Younis on Friday, killing four. Hundreds fled the town after the air strikes.",
        [("Air/drone strike", "Khan Younis", 4)],
    ),
    (
        "JNIM fighters attacked the gendarmerie school in Bamako on Tuesday, killing 70 trainees. The Bamako attack "
        "shows that the group can strike the capital at will, analysts said.",
        [("Attack", "Bamako", 70)],
    ),
    ("Students demonstrated at the university in Dhaka on Monday.", [("Peaceful protest", "Dhaka", None)]),
    (
        "Opposition supporters rallied to the main square in Kampala on Saturday.",
        [("Peaceful protest", "Kampala", None)],
    ),
    (
        "About 2,000 people demonstrated their support for the jailed leader in Lahore on Sunday.",
        [("Peaceful protest", "Lahore", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANALYSIS)
def test_analysis_of_a_named_attack_is_no_event(text: str, expected: list, gazetteer) -> None:
    assert _rows(text, "2024-09-20", gazetteer, "sub_event_type", "location", "fatalities") == expected


def test_a_deed_told_beside_a_referred_one_stays(gazetteer) -> None:
    """ "Following the flurry of airstrikes, the army stormed ...": the clause tells a deed of its own, which the
    referred-to strikes do not take away (only a clause with nothing but "after the strike" tells no deed)."""
    text = "Following the flurry of airstrikes, the army stormed the town of Khan Shaykhun on Sunday."
    assert _rows(text, "2024-09-20", gazetteer, "location", "event_date") == [("Khan Shaykhun", "2024-09-15")]


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # a border town the simplified polygons put across the line keeps the province the report names
        ("Gunmen opened fire on villagers in Jiribam, Manipur, on Monday, killing two people.", "Manipur"),
        ("Gunmen killed two people in Jiribam on Monday.", "Assam"),  # none named: the polygon's
        ("Gunmen killed two people in Mosul, Nineveh, on Monday.", "Ninawa"),
    ],
)
def test_the_province_a_report_names_for_a_border_town(text: str, admin1: str, gazetteer) -> None:
    assert _rows(text, "2024-09-20", gazetteer, "admin1") == [(admin1,)]


#: a few days' fighting counted "since <day>" is one event from that day to the report's (week precision); a tally
#: since a month or year is background (stop 20)
SINCE_A_DAY = [
    (
        "Clashes between rival militias in Tripoli since Monday have killed at least 40 people.",
        [("Armed clash", "2024-09-16", "2024-09-20", "week", "Tripoli", 40)],
    ),
    (
        "Since Tuesday, Russian shelling has killed four civilians in Kherson, the governor said.",
        [("Shelling/artillery/missile attack", "2024-09-17", "2024-09-20", "week", "Kherson", 4)],
    ),
    ("Insurgents have killed at least nine civilians in Borno since early May.", []),
    ("The Houthis have fought the Saudi-led coalition since 2015.", []),
]


@pytest.mark.parametrize(("text", "expected"), SINCE_A_DAY)
def test_fighting_since_a_day_is_one_event_until_the_report(text: str, expected: list, gazetteer) -> None:
    fields = ("sub_event_type", "date_start", "date_end", "date_precision", "location", "fatalities")
    assert _rows(text, "2024-09-20", gazetteer, *fields) == expected


#: QA 20a (stop 20): a strike named, not told; explosions heard; a strike called off; pronoun interceptions; the
#: launcher of downed munitions is not where they were downed
QA20A = [
    (
        "An Israeli air strike killed three people in Tyre on Tuesday. Lebanon's prime minister called the strike a "
        "violation of the ceasefire.",
        "2025-05-01",
        [("Air/drone strike", "Tyre", 3)],
    ),
    ("Doctors called off their strike in Abuja on Monday.", "2025-05-01", []),
    ("Loud blasts were heard in Sanaa on Monday night.", "2025-05-01", []),
    (
        "Russia fired a missile at Odesa on Monday. It was shot down by air defences, the governor said.",
        "2025-05-20",
        [("Disrupted weapons use", "Odesa", None)],
    ),
    (
        "The air force said it destroyed 31 of 48 drones launched overnight over the Odesa region.",
        "2025-05-20",
        [("Disrupted weapons use", "Odesa", None)],
    ),
    (
        "Ukraine's air force said it shot down 40 of 52 drones launched by Russia overnight.",
        "2025-05-20",
        [("Disrupted weapons use", "Ukraine", None)],
    ),
    (
        "Israel's military said it intercepted a missile launched from Yemen on Friday.",
        "2025-05-20",
        [("Disrupted weapons use", "Israel", None)],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), QA20A)
def test_qa20a(text: str, published: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "sub_event_type", "location", "fatalities") == expected


@pytest.mark.parametrize(
    "furniture",
    ["Related coverage", "MORE FROM ATLAS", "More on Sudan:", "Related reading"],
)
def test_named_list_headers_head_other_stories(furniture: str, gazetteer) -> None:
    text = (
        "An Israeli air strike killed 20 people in Gaza City on Sunday, medics said.\n\n"
        f"{furniture}\nIsraeli strike kills 15 in Jabalia school shelter\nGunmen kill six in Jos\n"
    )
    assert _rows(text, "2025-06-02", gazetteer, "location", "fatalities") == [("Gaza City", 20)]


#: QA 20b (stop 20): a dateline that is only a date; an alert headed by its country; a group's running toll
QA20B = [
    (
        "20 May 2025 - Gunmen abducted 30 villagers in Tsafe on 12 May, residents said.",
        "2025-05-20",
        [("Abduction/forced disappearance", "2025-05-12", "Tsafe", None)],
    ),
    (
        "Shelling kills civilians\n\n12 June 2025 - RSF shelling on El Fasher killed 11 people on Wednesday.",
        "2025-06-12",
        [("Shelling/artillery/missile attack", "2025-06-11", "El Fasher", 11)],
    ),
    (
        "SUDAN - RSF drones struck Kosti on Tuesday, killing three.",
        "2025-06-12",
        [("Air/drone strike", "2025-06-10", "Kosti", 3)],
    ),
    (
        "MALI: Jihadists attacked a market in Gao on Wednesday, killing 11 people.",
        "2025-06-12",
        [("Attack", "2025-06-11", "Gao", 11)],
    ),
    ("The ADF has killed thousands of civilians in eastern Congo.", "2025-07-29", []),
    ("Boko Haram has killed more than 35,000 people in northeast Nigeria.", "2025-07-29", []),
    # a running toll told after a gathering is neither an event nor the gathering's toll
    (
        "Hundreds of relatives gathered in Tikrit on Monday to mark the anniversary of the massacre. The offensive in "
        "eastern Ghouta has killed more than 1600 civilians, rescuers said.",
        "2022-01-04",
        [("Peaceful protest", "2022-01-03", "Tikrit", None)],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), QA20B)
def test_qa20b(text: str, published: str, expected: list, gazetteer) -> None:
    fields = ("sub_event_type", "event_date", "location", "fatalities")
    assert _rows(text, published, gazetteer, *fields) == expected


#: QA 20c (stop 20): disasters and mishaps are no violence; car bombs told by their load; an attack at a rally or a
#: vigil; people seeking aid, shoppers and guards are civilians; "fired at" people; tolls by role and by group
QA20C = [
    ("The 7.7-magnitude earthquake struck central Myanmar on March 28, killing more than 3,000 people.", []),
    ("A landslide buried homes in Chitral on Monday, killing nine people.", []),
    ("A bus plunged into a ravine near Kohistan on Monday, killing 12 passengers.", []),
    ("A gas cylinder blast killed four people in Karachi on Monday.", []),
    (
        "A car packed with explosives blew up outside a market in Mogadishu on Monday, killing eight people.",
        [("Remote explosive/landmine/IED", "Mogadishu", 8, None, None)],
    ),
    (
        "A bomb exploded at a political rally in Dera Bugti on Monday, killing seven people.",
        [("Remote explosive/landmine/IED", "Dera Bugti", 7, None, None)],
    ),
    (
        "Fighters attacked a church in Komanda during a night vigil on Sunday, killing 38 worshippers.",
        [("Attack", "Komanda", 38, None, "Civilians (Democratic Republic of the Congo)")],
    ),
    (
        "Israeli troops opened fire on crowds heading to an aid distribution site in Rafah on Sunday, killing 31 people.",
        [("Attack", "Rafah", 31, None, "Civilians (Palestine)")],
    ),
    (
        "Gunmen shot dead a security guard outside a bank in Peshawar on Monday.",
        [("Attack", "Peshawar", 1, None, "Civilians (Pakistan)")],
    ),
    (
        "Gunmen fired at shoppers in Kohat on Monday, wounding five.",
        [("Attack", "Kohat", None, 5, "Civilians (Pakistan)")],
    ),
    (
        "A drone strike hit a truck in Kfar Kila on Tuesday, wounding the driver.",
        [("Air/drone strike", "Kfar Kila", None, 1, "Civilians (Lebanon)")],
    ),
    (
        "Six members of the security forces were killed on Monday in an ambush by gunmen near Jableh.",
        [("Armed clash", "near Jableh", 6, None, "Military Forces of Syria")],
    ),
    (
        "An improvised explosive device was detected and defused by engineers on the Konduga road on Tuesday.",
        [("Disrupted weapons use", "Konduga", None, None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QA20C)
def test_qa20c(text: str, expected: list, gazetteer) -> None:
    fields = ("sub_event_type", "location", "fatalities", "injuries", "actor2")
    assert _rows(text, "2025-04-03", gazetteer, *fields) == expected


#: places said by distance, a bus's destination, gangs named like places (QA 20c, stop 20)
DISTANCES_AND_GANGS = [
    ("A roadside bomb struck a police van 15 km from Bannu on Tuesday.", [("near Bannu", None)]),
    ("A car bomb exploded 30 kilometers (19 miles) from Mosul on Monday.", [("near Mosul", None)]),
    (
        "Gunmen fired on a Karachi-bound bus near Khuzdar on Monday, killing four passengers.",
        [("near Khuzdar", "Gunmen")],
    ),
    (
        "Members of Los Lobos attacked a bar in Esmeraldas on Monday, killing five.",
        [("Esmeraldas", "Los Lobos")],
    ),
    ("Members of Tren de Aragua shot dead two men in Santiago on Monday.", [("Santiago", "Tren de Aragua")]),
]


@pytest.mark.parametrize(("text", "expected"), DISTANCES_AND_GANGS)
def test_distances_destinations_and_gangs(text: str, expected: list, gazetteer) -> None:
    assert _rows(text, "2025-05-06", gazetteer, "location", "actor1") == expected


#: a state striking a place from afar (QA 20a, stop 20): from the air unless a weapon is said; a deal struck is none
STATE_STRUCK = [
    (
        "Israel struck the port of Hodeidah early on Monday.",
        [("Air/drone strike", "Hodeidah", "Military Forces of Israel")],
    ),
    (
        "Russia struck Kharkiv with ballistic missiles on Monday, killing two people.",
        [("Shelling/artillery/missile attack", "Kharkiv", "Military Forces of Russia")],
    ),
    ("Israel struck a deal with Hamas on Monday.", []),
    ("Russia hit back at Western sanctions on Monday.", []),
]


@pytest.mark.parametrize(("text", "expected"), STATE_STRUCK)
def test_a_state_struck_a_place(text: str, expected: list, gazetteer) -> None:
    assert _rows(text, "2025-07-08", gazetteer, "sub_event_type", "location", "actor1") == expected


#: the attacker's own account of the deed just told is that deed (whom it hit), not another; one told of another
#: place and day stays apart (QA 20a, stop 20)
OWN_ACCOUNT = [
    (
        "An Israeli drone strike on a car in Nabatieh killed one person on Tuesday. The Israeli military said it had "
        "killed a Hezbollah commander in the area.",
        [("Air/drone strike", "Nabatieh", 1, "Hezbollah")],
    ),
    (
        "Israeli forces killed two Palestinians in Tulkarm on Monday, the health ministry said. The army said "
        "soldiers had killed two terrorists during the raid.",
        [("Armed clash", "Tulkarm", 2, "Terrorists")],
    ),
    (
        "An Israeli strike killed three people in Tyre on Tuesday. The Israeli military said it had killed two "
        "Hezbollah fighters in Bint Jbeil on Monday.",
        [("Air/drone strike", "Tyre", 3, None), ("Armed clash", "Bint Jbeil", 2, "Hezbollah")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_ACCOUNT)
def test_the_attackers_own_account(text: str, expected: list, gazetteer) -> None:
    assert (
        _rows(text, "2025-05-14", gazetteer, "sub_event_type", "location", "fatalities", "actor2") == expected
    )


#: the toll told after a crackdown is the crackdown's; an organisation's branch is no place (QA 20b, stop 20)
CRACKDOWN_TOLL = [
    (
        "Police fired tear gas and live rounds at protesters in Nairobi on Wednesday. Amnesty Kenya said at least "
        "eight people were killed.",
        [("Excessive force against protesters", "Nairobi", 8)],
    ),
    (
        "Police dispersed protesters in Kampala on Friday with tear gas. Two people died, most of them shot by "
        "police, a rights group said.",
        [("Excessive force against protesters", "Kampala", 2)],
    ),
    (
        "Protesters marched in Lagos on Monday. Gunmen killed four farmers in Zamfara on Monday.",
        [("Peaceful protest", "Lagos", None), ("Attack", "Zamfara", 4)],
    ),
    # soldiers and militants dead "in the fighting" are a battle's, not the crackdown's
    (
        "Police fired tear gas at a protest over power cuts in Basra on Monday. At least seven soldiers and 15 "
        "militants died in the fighting, said a military officer.",
        [("Protest with intervention", "Basra", None), ("Armed clash", "Basra", 22)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CRACKDOWN_TOLL)
def test_the_toll_of_a_crackdown(text: str, expected: list, gazetteer) -> None:
    assert _rows(text, "2025-06-26", gazetteer, "sub_event_type", "location", "fatalities") == expected


#: "two months after <a deed>": that deed's month, a reference to the past (QA 20b, stop 20)
MONTHS_AFTER = [
    (
        "Bandits killed 9 villagers in Tsafe on Saturday, two months after gunmen killed 20 people in Maru.",
        [("2025-08-09", "day", "Tsafe", False), ("2025-06-15", "month", "Maru", True)],
    ),
    (
        "Al-Shabaab attacked a base in Jowhar on Monday, a month after militants stormed a base in Balcad.",
        [("2025-08-04", "day", "Jowhar", False), ("2025-07-15", "month", "Balcad", True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MONTHS_AFTER)
def test_months_after_a_deed(text: str, expected: list, gazetteer) -> None:
    assert (
        _rows(text, "2025-08-10", gazetteer, "event_date", "date_precision", "location", "historical")
        == expected
    )


@pytest.mark.parametrize("said", ["Friday", "Thursday"])
@pytest.mark.parametrize(
    "strikes", ["Israeli strikes on Tyre killed 5 people", "An Israeli strike on Tyre killed 5 people"]
)
def test_the_deeds_own_day_told_after_the_day_it_was_said(strikes: str, said: str, gazetteer) -> None:
    """ "..., the ministry said on Friday. The strikes took place on Wednesday.": Wednesday (QA 20a, stop 20)."""
    noun = "strikes" if strikes.startswith("Israeli strikes") else "strike"
    text = f"{strikes}, the health ministry said on {said}. The {noun} took place on Wednesday."
    assert _rows(text, "2025-06-27", gazetteer, "event_date", "location", "fatalities") == [
        ("2025-06-25", "Tyre", 5)
    ]


#: army-communiqué wording and crowds' violence (QA 20b, stop 20)
COMMUNIQUE = [
    (
        "Armed terrorist groups attacked the army camp in Djibo on Sunday.",
        [("Armed clash", "Djibo", None, "Armed terrorist groups")],
    ),
    (
        "Non-state armed groups attacked a gendarmerie post in Diapaga on Monday, killing four gendarmes.",
        [("Armed clash", "Diapaga", 4, "Non-state armed groups")],
    ),
    (
        "Twenty terrorists were neutralised by troops near Dori on Friday.",
        [("Armed clash", "near Dori", 20, "Military Forces of Burkina Faso")],
    ),
    (
        "Residents of Bunia burned vehicles and looted shops on Saturday to protest the killings.",
        [("Violent demonstration", "Bunia", None, "Rioters (Democratic Republic of the Congo)")],
    ),
    (
        "Thousands protested peacefully in Dakar on Monday.",
        [("Peaceful protest", "Dakar", None, "Protesters (Senegal)")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMMUNIQUE)
def test_communique_wording_and_crowd_violence(text: str, expected: list, gazetteer) -> None:
    assert (
        _rows(text, "2025-06-12", gazetteer, "sub_event_type", "location", "fatalities", "actor1") == expected
    )


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("ADF fighters killed 14 civilians in Beni territory on Monday.", "near Beni"),
        ("CODECO militiamen attacked a camp in Djugu territory on Monday, killing 12.", "near Djugu"),
        ("Bandits killed five farmers in Maru local government area on Monday.", "near Maru"),
    ],
)
def test_a_district_by_its_local_name_is_around_its_town(text: str, location: str, gazetteer) -> None:
    """Congo's territories, Nigeria's LGAs, tehsils, woredas, raions: the area around the town (ACLED geo 2)."""
    assert _rows(text, "2025-06-12", gazetteer, "location", "geo_precision") == [(location, 2)]


def test_the_sequel_of_a_past_deed_is_past(gazetteer) -> None:
    """ "In 2016, militants stormed an army base in Uri. India responded with air strikes": 2016 too (QA 20c)."""
    text = (
        "Militants ambushed an army patrol in Kishtwar district on Monday, killing two soldiers. In 2016, militants "
        "stormed an army base in Uri, killing 19 soldiers. India responded with air strikes across the Line of Control."
    )
    got = _rows(text, "2025-09-16", gazetteer, "sub_event_type", "event_date", "historical")
    assert got == [
        ("Armed clash", "2025-09-15", False),
        ("Armed clash", "2016-07-01", True),
        ("Air/drone strike", "2016-07-01", True),
    ]


#: a province said to be one, and "the <city> suburb of <place>" (QA 20a, stop 20)
PROVINCE_OF_AND_SUBURB_OF = [
    ("Clashes continued in the province of Homs on Saturday.", [("Homs", 3)]),
    ("Fighting raged in the provinces of Daraa and Quneitra on Saturday.", [("Daraa", 3), ("Quneitra", 3)]),
    ("Shelling hit Homs on Saturday.", [("Homs", 1)]),
    (
        "The man was captured in the northern province of Matagalpa, near the border with Honduras.",
        [("Matagalpa", 3)],
    ),
    ("Shelling hit the Kharkiv suburb of Chuhuiv on Monday.", [("Chuhuiv", 1)]),
    ("Gunmen attacked a checkpoint in the Damascus suburb of Sahnaya on Monday.", [("Sahnaya", 1)]),
]


@pytest.mark.parametrize(("text", "expected"), PROVINCE_OF_AND_SUBURB_OF)
def test_province_of_and_suburb_of(text: str, expected: list, gazetteer) -> None:
    assert _rows(text, "2025-03-09", gazetteer, "location", "geo_precision") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An army post near Jableh was attacked on Monday. Two soldiers were killed.",
            [("Armed clash", "near Jableh", 2, "Military Forces of Syria")],
        ),
        (
            "A police station in Bannu was attacked on Monday night, officials said.",
            [("Armed clash", "Bannu", None, "Police Forces of Pakistan")],
        ),
    ],
)
def test_a_post_that_was_attacked(text: str, expected: list, gazetteer) -> None:
    """ "An army post ... was attacked": an attack on the forces there, whoever made it (QA 20a, stop 20)."""
    assert (
        _rows(text, "2025-07-08", gazetteer, "sub_event_type", "location", "fatalities", "actor2") == expected
    )


def test_a_state_speaking_of_its_own_troops(gazetteer) -> None:
    """ "Moscow said its troops had liberated ...": Russia's troops, not Ukraine's (QA 20a, stop 20)."""
    text = (
        "Moscow said its troops had liberated the village of Dachne in the Dnipropetrovsk region on Sunday."
    )
    assert _rows(text, "2025-02-10", gazetteer, "sub_event_type", "actor1") == [
        ("Non-state actor overtakes territory", "Military Forces of Russia")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the arms that back a ground fight are not its type (QA 20b, stop 20)
        (
            "Somali forces backed by US air strikes killed 15 militants near Jilib on Monday.",
            [("Armed clash", "near Jilib", "Military Forces of Somalia")],
        ),
        (
            "Iraqi troops, supported by coalition airstrikes, killed 20 IS fighters near Mosul on Monday.",
            [("Armed clash", "near Mosul", "Military Forces of Iraq")],
        ),
        # whose strikes they were is no place
        (
            "US air strikes killed 15 militants near Jilib on Monday.",
            [("Air/drone strike", "near Jilib", "Military Forces of the United States")],
        ),
    ],
)
def test_backing_arms_and_whose_strikes(text: str, expected: list, gazetteer) -> None:
    assert _rows(text, "2025-05-15", gazetteer, "sub_event_type", "location", "actor1") == expected


#: a toll summed over places, then each place's own: counted once, where they died (QA 20c, stop 20)
SUMMARY_TOLLS = [
    (
        "Cross-border shelling killed at least 11 civilians on both sides on Thursday, officials said. Indian "
        "shelling killed four civilians in Athmuqam. Pakistani shells killed seven people in Kupwara.",
        [("Athmuqam", 4), ("Kupwara", 7)],
    ),
    (
        "Border clashes killed at least 12 people on both sides on Saturday. Thai shelling killed five civilians in "
        "Samraong, while Cambodian rockets killed seven in Kantharalak.",
        [("Samraong", 5), ("Kantharalak", 7)],
    ),
    # a sum told alone stays
    ("Clashes killed 20 people in total across the region on Monday.", [(None, 20)]),
]


@pytest.mark.parametrize(("text", "expected"), SUMMARY_TOLLS)
def test_a_summed_toll_and_the_places_own(text: str, expected: list, gazetteer) -> None:
    assert _rows(text, "2025-05-09", gazetteer, "location", "fatalities") == expected


#: QA 21 (stop 21): the agent of a passive killing, "the bomber" after a suicide bombing, a claim told before its
#: deed, tolls around a bracketed acronym
QA21 = [
    # "killed by gunmen": the gunmen killed, they are no victims (an attack, like "Gunmen killed 13 people")
    (
        "On Sunday, 13 people were killed by gunmen in Kano.",
        [("Attack", "Gunmen", None, 13, None)],
    ),
    (
        "On Sunday, 13 soldiers were killed by gunmen in Kano.",
        [("Armed clash", "Gunmen", None, 13, None)],
    ),
    # "the bomber" after a suicide bombing is its bomber, not an aircraft: one incident
    (
        "The Islamic State group has claimed responsibility for a suicide bombing at a mosque in Kunduz on "
        "Wednesday. The bomber killed 12 worshippers during evening prayers, officials said.",
        [("Suicide bomb", "Islamic State", "Islamic State", 12, None)],
    ),
    (
        # (stop 25: "Russian bombers" are Russia's forces; they were not read before)
        "Russian bombers struck Kharkiv on Wednesday. The bombers killed 12 people.",
        [("Air/drone strike", "Military Forces of Russia", None, 12, None)],
    ),
    # a claim told just before the deed it claims
    (
        "The Islamic State group claimed responsibility for the attack. A suicide bomber killed 12 people at a mosque "
        "in Kunduz on Wednesday.",
        [("Suicide bomb", "Islamic State", "Islamic State", 12, None)],
    ),
    # (a claim of another deed told before stays away: no definite deed claimed)
    (
        "The Islamic State group has claimed many attacks in the province this year. A roadside bomb killed two "
        "soldiers in Kunduz on Wednesday.",
        [("Remote explosive/landmine/IED", None, None, 2, None)],
    ),
    # an acronym in brackets between the count and the deed
    (
        "Three soldiers and two suspected New People's Army (NPA) guerrillas were killed in a firefight in "
        "Himamaylan on Sunday.",
        [("Armed clash", None, None, 5, None)],
    ),
    (
        "On Wednesday, two jawans of the Central Reserve Police Force (CRPF) were injured when an IED exploded near "
        "Tarrem in Bijapur district.",
        [("Remote explosive/landmine/IED", None, None, None, 2)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QA21)
def test_qa21_passives_bombers_claims_brackets(text: str, expected: list, gazetteer) -> None:
    assert (
        _rows(
            text, "2025-05-15", gazetteer, "sub_event_type", "actor1", "claimed_by", "fatalities", "injuries"
        )
        == expected
    )


#: QA 21 (stop 21): clusters someone made, damage of the deed just told, what firefighters fight, a group's word on
#: its own deed, a clock time, names the gazetteer only knows a piece of, offices and ships named with a place
QA21B = [
    (
        "Israeli warplanes carried out a series of strikes on the town of Khiam on Thursday.",
        [("Air/drone strike", "Khiam", None, None)],
    ),
    ("A series of strikes on the town of Khiam has forced residents to flee.", []),
    (
        "A Russian drone struck a nine-storey apartment building in Kharkiv on Wednesday and set its upper floors on "
        "fire.",
        [("Air/drone strike", "Kharkiv", None, 1)],
    ),
    # (destruction on another day stays its own event)
    (
        "Russian shelling hit Kherson on Monday. On Tuesday, looters ransacked shops in Kherson.",
        [
            ("Shelling/artillery/missile attack", "Kherson", None, None),
            ("Looting/property destruction", "Kherson", None, None),
        ],
    ),
    ("One firefighter was injured while fighting the blaze at the oil depot in Razumnoye on Saturday.", []),
    (
        "Around 30 rockets were fired at northern Israel on Thursday; one landed in Kiryat Shmona and damaged a house. "
        "Hezbollah said it had targeted a gathering of enemy soldiers near the town.",
        [("Shelling/artillery/missile attack", "Kiryat Shmona", "Hezbollah", 30)],
    ),
    # (a state's word on its own strike is no claim)
    (
        "Israeli jets struck Nabatieh on Thursday. The Israeli army said it had targeted Hezbollah weapons depots.",
        [("Air/drone strike", "Nabatieh", None, None)],
    ),
    (
        "10:45 - Several rockets slammed into Ain al-Asad air base this morning, the Iraqi military said.",
        [("Shelling/artillery/missile attack", "Ain al-Asad Air Base", None, None)],
    ),
    # a name the gazetteer knows only a piece of is no place (not Shahbaz in Iran, Unity in South Sudan)
    (
        "Around 20 attackers opened fire on the Shahbaz Khel police station in Lakki Marwat district on Thursday.",
        [("Armed clash", "near Lakki Marwat", None, None)],
    ),
    # (a direction is part of the region's own name: "North Jobar" is in Jobar)
    (
        "North Jobar witnesses constant violent clashes accompanied by intense shelling.",
        [("Armed clash", "Jobar", None, None), ("Shelling/artillery/missile attack", "Jobar", None, None)],
    ),
    # (a feature named after the place is at the place)
    (
        "Clashes between IS and the regime forces in al-Mayadin Desert on Monday.",
        [("Armed clash", "al-Mayadin", None, None)],
    ),
    (
        "Heavy clashes between rival armed groups in Tripoli on Saturday killed 27 people. The fighting pitted the "
        "Radaa Special Deterrence Force against the 444 Brigade, an armed group aligned with the Government of "
        "National Unity.",
        [("Armed clash", "Tripoli", None, None)],
    ),
    # an office's place is whose office, not where (unless nothing else is said)
    (
        "Guadalupe Zamora, the mayor of the municipality of Tepalcatepec, was killed on Monday evening when two men "
        "entered a restaurant in the town of Apatzingán and shot him.",
        [("Attack", "Apatzingán", None, None)],
    ),
    ("Gunmen killed the mayor of Tepalcatepec on Monday.", [("Attack", "Tepalcatepec", None, None)]),
    # a ship named after its kind is no place
    (
        "Three crew members were killed when a Houthi missile struck the bulk carrier Aurora on Wednesday.",
        [("Shelling/artillery/missile attack", None, None, 1)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QA21B)
def test_qa21_clusters_damage_claims_fragments_offices_ships(text: str, expected: list, gazetteer) -> None:
    assert (
        _rows(text, "2025-05-15", gazetteer, "sub_event_type", "location", "claimed_by", "munitions_count")
        == expected
    )


#: QA 21 (stop 21): injuries in other words, corrected tolls, tolls with the army's auxiliaries, missiles from
#: aircraft, one night's tally, a city's district, a funeral's dead, the day a comparison counts from, a practice,
#: a past deed told on
QA21C = [
    (
        "2023-11-21",
        "Several rockets slammed into Ain al-Asad air base on Monday. Three soldiers suffered light injuries in the "
        "attack.",
        [("Shelling/artillery/missile attack", "Ain al-Asad Air Base", "2023-11-20", None, 3, False)],
    ),
    (
        "2025-12-16",
        "Two men shot dead the mayor in a restaurant in Apatzingán, Michoacán on Monday. His bodyguard was wounded.",
        [("Attack", "Apatzingán", "2025-12-15", 1, 1, False)],
    ),
    (
        "2025-04-29",
        "Separatist fighters killed four people in an attack in Muyuka on Sunday, officials said, correcting an "
        "earlier toll of seven given by a local official.",
        [("Attack", "Muyuka", "2025-04-27", 4, None, False)],
    ),
    (
        "2025-04-29",
        "Anglophone separatist fighters killed four people in Muyuka on Sunday. An earlier version of this report "
        "said seven people had been killed.",
        [("Attack", "Muyuka", "2025-04-27", 4, None, False)],
    ),
    (
        "2025-06-14",
        "JNIM fighters attacked the army in Djibo on Wednesday. At least 50 soldiers and VDP were killed, the source "
        "said.",
        [("Armed clash", "Djibo", "2025-06-11", 50, None, False)],
    ),
    (
        "2024-02-22",
        "Israeli warplanes fired missiles at targets near Damascus late on Wednesday, killing two civilians.",
        [("Air/drone strike", "near Damascus", "2024-02-21", 2, None, False)],
    ),
    # one night: "overnight" after "overnight into Wednesday"; the tally of interceptions an event of its own
    (
        "2025-06-11",
        "Russian drones attacked Kharkiv overnight into Wednesday, killing three people. Air defences shot down 31 "
        "drones over Kharkiv region overnight, the air force said.",
        [
            ("Air/drone strike", "Kharkiv", "2025-06-11", 3, None, False),
            ("Disrupted weapons use", "Kharkiv", "2025-06-11", None, None, False),
        ],
    ),
    (
        "2025-06-11",
        "A drone struck an apartment building in the Kyivskyi district of Kharkiv on Wednesday.",
        [("Air/drone strike", "Kharkiv", "2025-06-11", None, None, False)],
    ),
    (
        "2024-05-23",
        "Thousands marched through Jenin on Wednesday in the funeral of four men killed during an Israeli raid a day "
        "earlier.",
        [("Peaceful protest", "Jenin", "2024-05-22", None, None, False)],
    ),
    (
        "2022-10-01",
        "Security forces opened fire on protesters in Zahedan on Friday, killing at least 40 people, in the deadliest "
        "day since nationwide protests erupted two weeks ago.",
        [("Excessive force against protesters", "Zahedan", "2022-09-30", 40, None, False)],
    ),
    (
        "2024-08-02",
        "Kidnapping for ransom has become a lucrative industry in northwest Nigeria, where armed gangs operate from "
        "forest camps.",
        [],
    ),
    (
        "2024-08-02",
        "Shelling is still continuing in Kharkiv, officials said.",
        [("Shelling/artillery/missile attack", "Kharkiv", "2024-08-02", None, None, False)],
    ),
    (
        "2024-02-15",
        "On 14 February 2020, soldiers stormed the village of Ngarbuh in Cameroon's Northwest region. They shot "
        "residents and set fire to homes, some with people still inside.",
        [("Armed clash", "Northwest", "2020-02-14", None, None, True)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), QA21C)
def test_qa21_injuries_corrections_nights_funerals_practices(
    published: str, text: str, expected: list, gazetteer
) -> None:
    got = _rows(
        text,
        published,
        gazetteer,
        "sub_event_type",
        "location",
        "event_date",
        "fatalities",
        "injuries",
        "historical",
    )
    assert got == expected


#: QA 21 (stop 21): a clash told on with its village, the killing a protest answers, an office's town as the last
#: resort, the source's office no place
QA21D = [
    (
        "Three soldiers and two rebels were killed in a firefight in the mountains of Negros Occidental on Sunday, the "
        "army said. Troops encountered about 15 rebels in Barangay Buenavista in Himamaylan City at around 6:20 a.m.",
        # (a barangay the gazetteer lacks, in the city: near the city, as "the village of X, Himamaylan City" is)
        [("Armed clash", "near Himamaylan", 5)],
    ),
    (
        "Hundreds of residents protested in Funtua on Sunday after bandits killed 11 people in a nearby village.",
        [("Peaceful protest", "Funtua", None)],
    ),
    (
        "Protesters marched against the government in Funtua on Sunday and police shot dead two of them.",
        [("Excessive force against protesters", "Funtua", 2)],
    ),
    (
        "Islamic State's governor of Mosul killed in northern Iraq on Sunday.",
        [("Armed clash", "Mosul", None)],
    ),
    (
        "A roadside bomb killed two soldiers in Mopti region on Sunday, said Moulaye Guindo, mayor of Bankass.",
        [("Remote explosive/landmine/IED", "Mopti", 2)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QA21D)
def test_qa21_told_on_protest_causes_offices(text: str, expected: list, gazetteer) -> None:
    assert _rows(text, "2025-08-04", gazetteer, "sub_event_type", "location", "fatalities") == expected


#: QA 21 (stop 21): the attacker's figure for its victims gives way to an independent one; a claim of responsibility
#: is an armed group's, not its victims'; a town of North Waziristan
QA21E = [
    (
        "Al-Shabaab attacked a military base in Afgoye on Wednesday. A local elder said at least six soldiers were "
        "killed. Al-Shabaab claimed that 17 soldiers had been killed.",
        [("Afgoye", 6, None)],
    ),
    (
        "Al-Shabaab fighters killed 17 soldiers in Afgoye on Wednesday and the group claimed responsibility.",
        [("Afgoye", 17, "Al Shabaab")],
    ),
    (
        "Militants ambushed an army convoy near Mir Ali on Thursday, killing three soldiers. Troops returned fire, "
        "killing two attackers.",
        [("near Mir Ali", 5, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QA21E)
def test_qa21_claimed_figures_and_claimants(text: str, expected: list, gazetteer) -> None:
    assert _rows(text, "2025-04-16", gazetteer, "location", "fatalities", "claimed_by") == expected


#: QA 22 (stop 22): a village the gazetteer lacks, said to lie in a known place, is a part of that place's area
#: (ACLED geo 2), not the place itself; a deed two weeks or more older than the report's news, told as its
#: background, is historical (but not the deed the news is about, nor any deed of a round-up without news);
#: "Cameroon's Northwest region" is the region, not a town Northwest grown by the word "region"
QA22 = [
    (
        "Gunmen killed five farmers in Kadisau village in Faskari local government area of Katsina State on Tuesday.",
        [("near Faskari", 2, "2024-05-14", False)],
    ),
    (
        "Gunmen killed five farmers in Kadisau, a village in Faskari, on Tuesday.",
        [("near Faskari", 2, "2024-05-14", False)],
    ),
    (
        "Gunmen killed five farmers in the village of Kadisau in Faskari on Tuesday.",
        [("near Faskari", 2, "2024-05-14", False)],
    ),
    # a known village is the place itself; a town alone is the town
    (
        "Gunmen killed five farmers in Dandume village in Faskari on Tuesday.",
        [("Dandume", 1, "2024-05-14", False)],
    ),
    ("Gunmen killed five farmers in Faskari on Tuesday.", [("Faskari", 1, "2024-05-14", False)]),
    # (a capitalised word before the town that is no village: the town itself)
    ("Gunmen killed five farmers in Katsina's Faskari on Tuesday.", [("Faskari", 1, "2024-05-14", False)]),
    (
        "Gunmen killed three farmers in Faskari on Thursday. The attack comes three weeks after bandits killed 12 "
        "villagers in Dandume.",
        [("Faskari", 1, "2024-05-16", False), ("Dandume", 1, "2024-04-25", True)],
    ),
    (
        "Gunmen killed three farmers in Faskari on Thursday. Last month, bandits killed 12 villagers in Dandume.",
        [("Faskari", 1, "2024-05-16", False), ("Dandume", 1, "2024-04-15", True)],
    ),
    # a deed of a few days before the news is news too
    (
        "Gunmen killed three farmers in Faskari on Thursday. The attack comes two days after bandits killed 12 "
        "villagers in Dandume.",
        [("Faskari", 1, "2024-05-16", False), ("Dandume", 1, "2024-05-14", False)],
    ),
    # a round-up of last month with no news of its own keeps its deeds
    (
        "Last month, bandits killed 12 villagers in Dandume. On April 28, gunmen killed three farmers in Faskari.",
        [("Dandume", 1, "2024-04-15", False), ("Faskari", 1, "2024-04-28", False)],
    ),
    (
        "Separatist fighters killed two gendarmes in Cameroon's Northwest region on Wednesday.",
        [("Northwest", 3, "2024-05-15", False)],
    ),
    (
        "Separatist fighters killed two gendarmes in Batibo, in Cameroon's Northwest Region, on Wednesday.",
        [("Batibo", 1, "2024-05-15", False)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QA22)
def test_qa22_unknown_villages_recaps_regions(text: str, expected: list, gazetteer) -> None:
    got = _rows(text, "2024-05-17", gazetteer, "location", "geo_precision", "event_date", "historical")
    assert got == expected


#: QA 22 (stop 22), second pass: local government areas; a year beside a toll in words; "N including M" counts
#: N; the past perfect, "Background:" and "In <month>" as the background of a report's news
QA22B = [
    (
        "Gunmen killed 11 people in a village in Maru Local Government Area on Saturday.",
        [("near Maru", 2, "2024-05-11", 11, False)],
    ),
    (
        "An airstrike hit a settlement in Tsafe Local Government Area of Zamfara State on Friday.",
        [("near Tsafe", 2, "2024-05-17", None, False)],
    ),
    (
        "Troops engaged ISWAP terrorists at Wajiroko in Damboa Local Government Area of Borno State on Friday.",
        [("near Damboa", 2, "2024-05-17", None, False)],
    ),
    # a part of a city named before it stays the city
    (
        "A rocket struck the Kyivskyi district of Kharkiv on Friday.",
        [("Kharkiv", 1, "2024-05-17", None, False)],
    ),
    (
        "In January 2023 about thirty civilians were killed near Dioura.",
        [("near Dioura", 2, "2023-01-15", 30, True)],
    ),
    (
        "In January 2023 thirty civilians were killed near Dioura.",
        [("near Dioura", 2, "2023-01-15", 30, True)],
    ),
    (
        "On Friday, 21 civilians including 13 children were killed by soldiers in Bamenda.",
        [("Bamenda", 1, "2024-05-17", 21, False)],
    ),
    (
        "Jihadists attacked an army post near Diapaga on Thursday, killing four soldiers. In March the group briefly "
        "took control of the town of Diapaga.",
        [("near Diapaga", 2, "2024-05-16", 4, False), ("Diapaga", 1, "2024-03-15", None, True)],
    ),
    (
        "An IED killed three soldiers near Tera on Saturday. Background: An IED on the same Tera road killed two "
        "soldiers on 10 April.",
        [("near Tera", 2, "2024-05-11", 3, False), ("Tera", 1, "2024-04-10", 2, True)],
    ),
    (
        "Government forces retook Baardheere on Sunday. Al Shabaab had captured the town in March.",
        [("Baardheere", 1, "2024-05-12", None, False), ("Baardheere", 1, "2024-03-15", None, True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QA22B)
def test_qa22_areas_years_subsets_background(text: str, expected: list, gazetteer) -> None:
    got = _rows(
        text, "2024-05-17", gazetteer, "location", "geo_precision", "event_date", "fatalities", "historical"
    )
    assert got == expected


#: QA 22 (stop 22): the interceptions of a barrage told in the same sentence ("with air defences shooting down 187
#: drones") are a Disrupted weapons use of their own, with their own count, on the barrage's night, not on the day
#: the air force spoke; a gerund of interception as a general practice is no event
QA22C = [
    (
        "Russia fired 212 drones at Ukraine overnight, the air force said on Sunday, with air defences shooting down "
        "187 drones.",
        [("Air/drone strike", "2025-07-12", 212, False), ("Disrupted weapons use", "2025-07-12", 187, True)],
    ),
    (
        "Russia fired 212 drones at Ukraine overnight, with air defences shooting down 187 drones.",
        [("Air/drone strike", "2025-07-12", 212, False), ("Disrupted weapons use", "2025-07-12", 187, True)],
    ),
    (
        "Intercepting a drone that costs a few thousand dollars with a missile worth a million is a losing bargain, "
        "analysts say.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QA22C)
def test_qa22_interceptions_told_with_the_barrage(text: str, expected: list, gazetteer) -> None:
    got = _rows(
        text, "2025-07-13", gazetteer, "sub_event_type", "event_date", "munitions_count", "intercepted"
    )
    assert got == expected


#: QA 22 (stop 22): a plural demonym names its country ("Two Palestinians were killed in Gaza": the Strip, not
#: Mozambique's Gaza province); a place in a deed's motive is not where it was; jets scrambled as a precaution are
#: no strike; a deed a week older than the news, told as its comparison, is historical
QA22D = [
    (
        "Two Palestinians were killed in Gaza on Tuesday, medics said.",
        [("Attack", "Gaza", "PSE", False)],
    ),
    ("Gunmen killed two Iraqis in Tikrit on Tuesday.", [("Attack", "Tikrit", "IRQ", False)]),
    (
        "Houthi forces fired two missiles at a ship in the Red Sea on Tuesday in solidarity with Palestinians in "
        "Gaza.",
        [("Shelling/artillery/missile attack", "Red Sea", None, False)],
    ),
    ("Poland scrambled fighter jets during the attack as a precaution, its operational command said.", []),
    (
        "Russian drones struck Lviv overnight, killing two people. The barrage followed a similar attack on Lutsk on "
        "August 26, when a drone strike on a warehouse killed one man.",
        [("Air/drone strike", "Lviv", "UKR", False), ("Air/drone strike", "Lutsk", "UKR", True)],
    ),
    # (told with a rescue a week later, an abduction is still the news's)
    (
        "Police rescued 12 kidnapped villagers in Tsafe on Tuesday. The victims had been abducted from their "
        "homes in Tsafe a week earlier.",
        [("Abduction/forced disappearance", "Tsafe", "NGA", False)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QA22D)
def test_qa22_plural_demonyms_motives_precautions_comparisons(text: str, expected: list, gazetteer) -> None:
    assert (
        _rows(text, "2025-09-03", gazetteer, "sub_event_type", "location", "iso3", "historical") == expected
    )


#: QA 22 (stop 22): the weapons a seizure lists are what it took, not attacks ("recovered 21 weapons, including ...
#: 12 hand grenades" is no grenade attack); "martyred" with a named victim set off by commas counts
QA22E = [
    (
        "Police and Assam Rifles recovered 21 weapons, including four AK-series rifles and 12 hand grenades, during "
        "search operations in Imphal on Saturday.",
        [("Disrupted weapons use", None)],
    ),
    (
        "Two soldiers, Sepoy Karak Khan and Naik Imran Ali, were martyred in Miranshah on Saturday.",
        [("Armed clash", 2)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QA22E)
def test_qa22_seized_lists_and_martyrs(text: str, expected: list, gazetteer) -> None:
    assert _rows(text, "2025-09-21", gazetteer, "sub_event_type", "fatalities") == expected


#: QA 22 (stop 22): FARC dissidents said alone are the attackers (not the police whose station they hit); a crowd
#: that dispersed of itself met no intervention; "the Datta Khel area of North Waziristan" is around Datta Khel
QA22F = [
    (
        "Dissidents attacked the police station in Suarez with drones early on Saturday, wounding three officers.",
        [("Air/drone strike", "Dissidents", "Suarez", 1)],
    ),
    (
        "In Abbottabad, traders held peaceful rallies against power cuts on Saturday and dispersed after speeches.",
        [("Peaceful protest", "Protesters (Pakistan)", "Abbottabad", 1)],
    ),
    (
        "In Abbottabad, traders held rallies against power cuts on Saturday before they were dispersed by police.",
        [("Protest with intervention", "Protesters (Pakistan)", "Abbottabad", 1)],
    ),
    (
        "Troops killed eight militants in the Datta Khel area of North Waziristan on Saturday.",
        [("Armed clash", "Military Forces of Pakistan", "near Datta Khel", 2)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QA22F)
def test_qa22_dissidents_dispersal_areas(text: str, expected: list, gazetteer) -> None:
    got = _rows(text, "2026-02-15", gazetteer, "sub_event_type", "actor1", "location", "geo_precision")
    assert got == expected


#: QA 22 (stop 22): a lead dated only by the day it was said and its deed told next with its own earlier day are one
#: deed of that day (another toll is another deed); "the number of X killed rose to N" updates the toll; an aircraft
#: model's number ("Y-12") is no munitions count
QA22G = [
    (
        "Armed bandits have killed at least 18 people in Zamfara State, residents said on Wednesday. On Saturday "
        "night, the gunmen stormed Kadauri village in Maru Local Government Area, killing 18 people.",
        [("2025-10-18", "near Maru", 18, None)],
    ),
    (
        "Armed bandits killed 18 people in Zamfara State, residents said on Wednesday. On Saturday, gunmen killed "
        "three farmers in Maru.",
        [("2025-10-22", "Zamfara State", 18, None), ("2025-10-18", "Maru", 3, None)],
    ),
    (
        "On Saturday, security forces killed 12 Maoists in a gunbattle near Bijapur. The number of Maoists killed "
        "rose to 18 on Monday after six more bodies were recovered.",
        [("2025-10-18", "near Bijapur", 18, None)],
    ),
    (
        "A junta Y-12 aircraft dropped two bombs on a school in Mandalay on Saturday.",
        [("2025-10-18", "Mandalay", None, 2)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QA22G)
def test_qa22_said_day_leads_toll_numbers_models(text: str, expected: list, gazetteer) -> None:
    got = _rows(text, "2025-10-22", gazetteer, "event_date", "location", "fatalities", "munitions_count")
    assert got == expected


def test_qa22_province_framing_its_sentence_holds_its_places(gazetteer) -> None:
    """ "In Kharkiv region, a drone hit ... the town of Zolochiv": the Zolochiv of Kharkiv oblast, not Lviv's (stop
    22: the frame was not read, and the Lviv town, bigger, won; a province said after the town already held it)."""
    text = (
        "In Ivano-Frankivsk region, a missile hit the Burshtyn thermal power plant. In Kharkiv region, a drone hit an "
        "electrical substation in the town of Zolochiv."
    )
    got = _rows(text, "2026-02-19", gazetteer, "location", "admin1")
    assert got == [("Burshtyn", "Ivano-Frankivsk"), ("Zolochiv", "Kharkiv")]  # (renamed: admin1_renames.csv)
    # without the frame the bigger namesake (Lviv oblast) stays the answer
    assert _rows("A drone hit an electrical substation in Zolochiv.", "2026-02-19", gazetteer, "admin1") == [
        ("Lviv",)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russia's Defence Ministry said its troops had captured the village of Novopavlivka on Wednesday.",
        "The Russian Defence Ministry said on Wednesday that its forces had captured the village of Novopavlivka.",
    ],
)
def test_qa22_its_troops_of_a_ministry(text: str, gazetteer) -> None:
    """ "Russia's Defence Ministry said its troops had captured ...": Russia's forces took the village (stop 22:
    the capitalised "Ministry" and the demonym form were not read, and the place's state was made the actor)."""
    assert _rows(text, "2025-10-30", gazetteer, "sub_event_type", "actor1") == [
        ("Non-state actor overtakes territory", "Military Forces of Russia")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel has kept troops at five hilltop positions inside Lebanon and conducts near-daily strikes, saying "
            "they target Hezbollah attempts to rearm.",
            [],
        ),
        (
            "Security experts say the attacks are often launched from areas controlled by Popular Mobilisation Forces "
            "factions in Kirkuk and Salahuddin provinces.",
            [],
        ),
        (
            "Turkish strikes in the region have continued at a lower intensity, according to the monitoring group, "
            "which recorded 37 Turkish attacks in the Kurdistan Region in September.",
            [],
        ),
        # a day or a toll makes it a deed again
        ("Israeli daily strikes killed three people in Nabatieh on Monday.", [("Air/drone strike", 3)]),
    ],
)
def test_qa22_habits_and_tallies_are_no_deeds(text: str, expected: list, gazetteer) -> None:
    """A habit ("conducts near-daily strikes", "are often launched from") or a monitor's tally ("recorded 37
    attacks in September") is no incident (stop 22: each gave one or two, dated to the publication week)."""
    assert _rows(text, "2025-10-09", gazetteer, "sub_event_type", "fatalities") == expected


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb struck a government vehicle in Bajaur on Saturday, killing an assistant commissioner and his "
        "driver.",
        "A bomb exploded in Bannu on Saturday, killing a police officer and his son.",
        "Gunmen killed a taxi driver and his passenger in Bannu on Saturday.",
    ],
)
def test_qa22_one_victim_and_his_companion(text: str, gazetteer) -> None:
    """ "killing an assistant commissioner and his driver" is two dead (stop 22: after "an", the space the match
    ends with hid the article, so the two-word noun was not skipped and the driver was not counted)."""
    assert _rows(text, "2025-07-13", gazetteer, "fatalities") == [(2,)]


# Stop 23: a crowd's clash with the police is the crowd's riot, not a battle between armed organisations
QA23 = [
    (
        "Protesters clashed with police in Nairobi on Tuesday, throwing stones.",
        [("Riots", "Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya")],
    ),
    (
        "Clashes between police and protesters in Nairobi on Tuesday left 3 dead.",
        [("Riots", "Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya")],
    ),
    (
        "Police clashed with demonstrators in Nairobi on Tuesday.",
        [("Riots", "Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya")],
    ),
    (
        # a protest that turned violent later is one event, coded by what it became
        "Thousands marched in Nairobi on Tuesday against the finance bill. Demonstrators later clashed with riot "
        "police near parliament.",
        [("Riots", "Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya")],
    ),
    (
        # a crowd of no demonstration fighting the police is one too
        "Students clashed with police in Kampala on Tuesday.",
        [("Riots", "Violent demonstration", "Rioters (Uganda)", "Police Forces of Uganda")],
    ),
    (
        # villagers fighting bandits, and a protest beside a battle, are no crowd clash
        "Villagers clashed with bandits in Zamfara on Tuesday, killing five.",
        [("Battles", "Armed clash", None, "Civilians (Nigeria)")],
    ),
    (
        "Protests erupted in Goma on Tuesday as fighting between M23 rebels and the army raged nearby.",
        [
            (
                "Protests",
                "Peaceful protest",
                "Protesters (Democratic Republic of the Congo)",
                "M23; Military Forces of Democratic Republic of the Congo",
            ),
            ("Battles", "Armed clash", "M23", "Military Forces of Democratic Republic of the Congo"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QA23)
def test_qa23_crowd_clashes_are_riots(text: str, expected: list, gazetteer) -> None:
    got = _rows(text, "2025-06-12", gazetteer, "event_type", "sub_event_type", "actor1", "actor2")
    assert got == expected


# Stop 23: a lead told as a count of deeds is their sum; when the deeds are told after it, they are the incidents
QA23B = [
    (
        "Militants killed 15 people in two attacks in Borno State on Sunday. In the first, gunmen stormed Konduga, "
        "killing nine villagers. Hours later, a suicide bomber struck a market in Gwoza, killing six.",
        [("Konduga", 9, 2), ("Gwoza", 6, 2)],
    ),
    (
        # told alone, the sum is the only account: kept, at the province
        "Militants killed 15 people in two attacks in Borno State on Sunday.",
        [("Borno State", 15, 1)],
    ),
    (
        # one deed told: no parts to replace the sum (the lead's toll is not given to the one deed); since stop 28
        # the sum keeps only the dead the report does not place (15 - 9), so no death is counted twice
        "Militants killed 15 people in two attacks in Borno State on Sunday. In one, gunmen stormed Konduga, killing "
        "nine villagers.",
        [("Borno State", 6, 1), ("Konduga", 9, 1)],
    ),
    (
        # deeds deadlier than the sum are not (only) its parts
        "Militants killed 5 people in two attacks in Borno State on Sunday. Gunmen stormed Konduga, killing nine "
        "villagers. A suicide bomber struck a market in Gwoza, killing six.",
        [("Borno State", 5, 1), ("Konduga", 9, 1), ("Gwoza", 6, 1)],
    ),
    (
        # "the first of two attacks" is one of them
        "In the first of two attacks on Sunday, gunmen stormed Konduga, killing nine villagers.",
        [("Konduga", 9, 1)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QA23B)
def test_qa23_counted_leads_give_way_to_their_deeds(text: str, expected: list, gazetteer) -> None:
    got = [
        (loc, deaths, len(evidence))
        for loc, deaths, evidence in _rows(
            text, "2025-06-12", gazetteer, "location", "fatalities", "evidence"
        )
    ]
    assert got == expected


# Stop 23: the past deed after "U.S." in an anniversary; a clause's toll goes to the deed that killed; interceptions
# told by "but it was shot down"; leakers after "but that"; sea drones
QA23C = [
    (
        "Thousands of people marched in Baghdad on Saturday to mark the sixth anniversary of the U.S. drone strike "
        "that killed an Iranian general.",
        [("Peaceful protest", False, None, False)],
    ),
    (
        # deeds named together share their toll, told once, with the first
        "Shelling, clashes kill 15 in Iraq's Fallujah",
        [("Shelling/artillery/missile attack", False, 15, False), ("Armed clash", False, None, False)],
    ),
    (
        "Monday's clashes revived memories of the storming of the embassy on Dec. 31, 2019, after U.S. airstrikes "
        "killed 25 of the group's fighters.",
        [("Armed clash", False, None, False), ("Air/drone strike", True, 25, False)],
    ),
    (
        "Late on Wednesday, a rocket was fired at the Victory base complex near Baghdad International Airport, but "
        "it was shot down by the C-RAM defence system.",
        [("Disrupted weapons use", False, None, True)],
    ),
    (
        "Militants fired ballistic missiles at Ain al-Asad air base on Saturday. U.S. Central Command said most of "
        "the missiles were intercepted by the base's air defence systems but that others struck inside the "
        "perimeter.",
        [("Shelling/artillery/missile attack", False, None, False)],
    ),
    (
        "U.S. Central Command said its forces destroyed two Houthi uncrewed surface vessels in the Red Sea on Sunday.",
        [("Disrupted weapons use", False, None, True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QA23C)
def test_qa23_anniversaries_tolls_interceptions(text: str, expected: list, gazetteer) -> None:
    got = _rows(text, "2024-05-14", gazetteer, "sub_event_type", "historical", "fatalities", "intercepted")
    assert got == expected


# Stop 23: tolls with groups' names, another man, auxiliaries and sources; a claimed toll kept beside the wounded
QA23D = [
    (
        "A U.S. drone strike in Baghdad on Wednesday killed a senior commander of Kataib Hezbollah and two of his "
        "guards.",
        [(3, None)],
    ),
    (
        "An Israeli drone strike on a car near Nabatieh on Tuesday killed a Hezbollah commander and another man.",
        [(2, None)],
    ),
    (
        "Gunmen attacked Kompienga on Sunday, killing at least 15 civilians, two local residents told AFP by telephone.",
        [(15, None)],
    ),
    (
        "At least 37 soldiers and 22 civilian auxiliaries were killed when jihadist fighters attacked a base in "
        "Diapaga on Saturday.",
        [(59, None)],
    ),
    (
        "Haitian police launched a counter-offensive against gangs in Solino on Thursday. Police said they killed 11 "
        "gang members in the fighting. Two officers were wounded.",
        [(11, 2)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QA23D)
def test_qa23_tolls(text: str, expected: list, gazetteer) -> None:
    assert _rows(text, "2025-06-12", gazetteer, "fatalities", "injuries") == expected


# Stop 23: "since the 2021 coup" dates nothing; "the previous day" counts from the day of the saying; a deed "three
# weeks earlier" is background
QA23E = [
    (
        "2024-12-28",
        "The Arakan Army said on Friday it had captured the headquarters of the Western Regional Command in Ann "
        "township, in one of the most significant setbacks for the junta since the 2021 coup.",
        [("2024-12-27", False)],
    ),
    (
        "2026-01-22",
        "Niger's army said on state television on Thursday that a drone strike in the Tahoua region the previous day "
        "had killed dozens of terrorists.",
        [("2026-01-21", False)],
    ),
    (
        "2024-12-02",
        "Rebels attacked Djugu on Sunday. Three weeks earlier, CODECO fighters killed 11 gold miners at a mining site "
        "near Mongbwalu.",
        [("2024-12-01", False), ("2024-11-10", True)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), QA23E)
def test_qa23_dates_of_comparisons_and_sayings(published: str, text: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "event_date", "historical") == expected


# Stop 23: a capital's campaign and a country's spokesmen say whose, not where
QA23F = [
    (
        "U.S. air strikes on a fuel port in Yemen late on Thursday killed 38 people, in the deadliest attack of "
        "Washington's month-long campaign.",
        [("Yemen",)],
    ),
    (
        "U.S. warplanes struck militia positions near Albu Kamal on Saturday. A U.S. defence official confirmed the "
        "strikes.",
        [("near Albu Kamal",)],
    ),
    (
        "A U.S. drone strike in Baghdad killed a commander on Wednesday. U.S. Central Command said it had carried "
        "out a unilateral strike in response to the attacks on U.S. service members.",
        [("Baghdad",)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QA23F)
def test_qa23_whose_not_where(text: str, expected: list, gazetteer) -> None:
    assert _rows(text, "2025-04-19", gazetteer, "location") == expected


# Stop 23: crowds (thrown rocks, batons, a march held, a lynching, supporters of a group), weapons (glide-bomb, drones
# operated by a group), actors (a longer name ending in a known group's, "neither ... nor ... claimed", a group's
# word on its own deed after a relation), places (the airport in a town, a news outlet, the road to a place, a launch
# site)
QA23G = [
    (
        "Supporters of Hezbollah blocked the main road to Beirut airport on Saturday night, burning tyres and "
        "throwing rocks at Lebanese soldiers.",
        [
            (
                "Violent demonstration",
                "Rioters (Lebanon)",
                "Military Forces of Lebanon",
                None,
                "near Beirut–Rafic Hariri International Airport",
            )
        ],
    ),
    (
        "In Nasiriyah, about 200 protesters gathered outside the governorate building on Saturday. Police used batons "
        "to push back demonstrators who tried to enter the building, wounding four.",
        [("Protest with intervention", "Protesters (Iraq)", "Police Forces of Iraq", None, "Nasiriyah")],
    ),
    (
        "In Cap-Haitien, hundreds of people held a peaceful march on Wednesday to demand security.",
        [("Peaceful protest", "Protesters (Haiti)", None, None, "Cap-Haitien")],
    ),
    (
        "On Tuesday, residents of the Petion-Ville suburb lynched two men they accused of belonging to a gang.",
        [("Mob violence", "Rioters (Haiti)", None, None, "Petion-Ville")],
    ),
    (
        "A glide-bomb attack on a residential district of Kharkiv on Friday killed six people.",
        [("Air/drone strike", None, None, None, "Kharkiv")],
    ),
    (
        "Drones operated by the CJNG dropped explosives on homes in Tepalcatepec on Sunday.",
        [("Air/drone strike", "CJNG", None, None, "Tepalcatepec")],
    ),
    (
        "The Ta'ang National Liberation Army said its forces attacked a military battalion base near Kyaukme on "
        "Sunday.",
        [
            (
                "Armed clash",
                "Ta'ang National Liberation Army",
                None,
                None,
                "near Kyaukme",
            )
        ],
    ),
    (
        "A drone struck a warehouse in Kabkabiya on Saturday. No one was hurt in that strike, for which neither the "
        "army nor the RSF claimed responsibility.",
        [("Air/drone strike", None, "Military Forces of Sudan", None, "Kabkabiya")],
    ),
    (
        "Several mortar rounds fell on the airport in Timbuktu on Tuesday evening.",
        [("Shelling/artillery/missile attack", None, None, None, "Timbuktu Airport")],
    ),
    (
        "A security official told Sahel Wire that 12 soldiers died in an attack on an army post in Mali on Sunday.",
        [("Armed clash", None, "Military Forces of Mali", None, "Mali")],
    ),
    (
        "On Friday four rockets landed inside the Conoco base. The rockets were launched from the outskirts of "
        "Mayadin, which is controlled by government forces.",
        [("Shelling/artillery/missile attack", None, None, None, "Conoco gas field")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QA23G)
def test_qa23_crowds_weapons_actors_places(text: str, expected: list, gazetteer) -> None:
    got = _rows(text, "2025-06-12", gazetteer, "sub_event_type", "actor1", "actor2", "claimed_by", "location")
    assert got == expected


def test_qa23_a_groups_claim_stays_with_its_own_deed(gazetteer) -> None:
    """ "Hours after the strike, the Qassam Brigades said it had fired rockets": the claim is the rockets', not the
    Israeli strike's the relation points back to (stop 23: the strike was 'claimed by Hamas')."""
    text = (
        "An Israeli airstrike on a house in the Nuseirat camp killed 11 people early on Friday. Hours after the "
        "strike, the Qassam Brigades said it had fired rockets at Ashkelon."
    )
    got = _rows(text, "2024-07-20", gazetteer, "location", "claimed_by")
    assert got == [("Nuseirat", None), ("Ashkelon", "Hamas")]


# Stop 23: a deed named again and dated only by its saying is the deed told before; who overran a base; deeds to be
# stopped or planned; a shelling told with two weapons; a region's day summed over its settlements
QA23H = [
    (
        "2024-12-02",
        "Soldiers exchanged fire with CODECO militiamen near Djugu late on Saturday. One soldier was killed in the "
        "fighting, the army said on Sunday.",
        [("2024-11-30", "Armed clash", "near Djugu", 1)],
    ),
    (
        "2026-02-10",
        "The U.S. military said it carried out an airstrike against Islamic State militants in Puntland on Sunday. "
        "The strike, about 60 kilometres southeast of Bosaso, killed three militants, AFRICOM said in a statement on "
        "Monday.",
        [("2026-02-08", "Air/drone strike", "near Bosaso", 3)],
    ),
    (
        "2025-08-28",
        "At least 37 soldiers were killed when jihadist fighters overran the army's base in Diapaga on Saturday.",
        [("2025-08-23", "Non-state actor overtakes territory", "Diapaga", 37)],
    ),
    (
        "2025-08-28",
        "Troops, backed by militia fighters, recaptured Diapaga on Saturday.",
        [("2025-08-23", "Government regains territory", "Diapaga", None)],
    ),
    (
        "2025-01-20",
        "Beijing, which has interests along the border, has pressed both sides to halt the fighting.",
        [],
    ),
    (
        "2025-07-24",
        "On Wednesday, the Security Service said it had detained a woman in Odesa suspected of helping Russian forces "
        "plan missile strikes on port facilities.",
        [("2025-07-23", "Arrests", "Odesa", None)],
    ),
    (
        "2024-08-20",
        "Russian artillery and rocket fire killed three civilians in the frontline town of Kostiantynivka on Monday, "
        "the governor said on Tuesday. He said the shells hit a residential street and a market near the town centre.",
        [("2024-08-19", "Shelling/artillery/missile attack", "Kostiantynivka", 3)],
    ),
    (
        "2025-06-05",
        "Russian forces shelled the city of Kherson on Wednesday morning, killing a man at a bus stop, Prokudin said. "
        "Prokudin said more than 70 settlements in Kherson region were shelled over the past day, in total killing "
        "two people.",
        [("2025-06-04", "Shelling/artillery/missile attack", "Kherson", 1)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), QA23H)
def test_qa23_retold_deeds_takers_and_tallies(published: str, text: str, expected: list, gazetteer) -> None:
    assert (
        _rows(text, published, gazetteer, "event_date", "sub_event_type", "location", "fatalities")
        == expected
    )


# Stop 23: the other side's account of the strike told before; a lower figure given beside a toll; an official's
# seat is a place, and more victims told by the official are the deed's; a passer-by wounded
QA23I = [
    (
        "Russian missiles struck the city of Dnipro on Monday, killing two civilians, regional officials said, while "
        "Moscow said the strike had hit a training ground and killed around 50 Ukrainian servicemen.",
        [("Shelling/artillery/missile attack", "Dnipro", 2, None)],
    ),
    (
        "Gunmen stormed the Solino neighbourhood of Port-au-Prince on Thursday, killing at least 15 residents, a "
        "rights group said; the police gave a lower figure of nine.",
        [("Attack", "Solino", 9, None)],
    ),
    (
        "Two police officers were killed when FARC dissidents attacked a police station in the town of Morales, in "
        "Cauca, on Sunday. The mayor of Morales said one civilian was also killed by a stray bullet.",
        [("Armed clash", "Morales", 3, None)],
    ),
    (
        "Four men were killed in a gunfight in Culiacan on Monday night. A woman passer-by was wounded.",
        [("Armed clash", "Culiacan", 4, 1)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QA23I)
def test_qa23_accounts_figures_seats(text: str, expected: list, gazetteer) -> None:
    assert (
        _rows(text, "2025-06-12", gazetteer, "sub_event_type", "location", "fatalities", "injuries")
        == expected
    )


# Stop 23: deeds compared with, habits, a series' place; a headline's two deeds joined by "as"; present-tense
# interceptions in headlines
QA23J = [
    (
        "2026-01-12",
        "Clashes broke out on Sunday between the SDF and government troops near Deir Hafer. The clashes were the "
        "heaviest since a ceasefire was agreed in October.",
        [("Armed clash", "near Deir Hafer", False)],
    ),
    (
        "2025-11-03",
        "Militants killed 12 soldiers in Gao on Sunday, the deadliest attack since jihadists stormed the town in 2019.",
        [("Armed clash", "Gao", False)],
    ),
    (
        "2024-05-14",
        "The embassy has since been protected by a C-RAM air defence system, which has repeatedly intercepted rockets "
        "fired at the compound.",
        [],
    ),
    (
        "2025-11-03",
        "The army has used Turkish-made drones to strike RSF supply lines in Darfur and Kordofan.",
        [],
    ),
    (
        "2025-11-03",
        "The army has used drones to strike an RSF convoy near Bara on Sunday.",
        [("Air/drone strike", "near Bara", False)],
    ),
    (
        "2026-01-22",
        "Gunmen abducted 27 people from the village of Bankilare on Tuesday. The kidnappings are the latest in a "
        "rising number of abductions of foreigners in the Sahel.",
        [("Abduction/forced disappearance", "Bankilare", False)],
    ),
    (
        "2026-01-12",
        "Coalition downs drones over Al-Tanf garrison as SDF and government forces clash near Deir Hafer.",
        [("Disrupted weapons use", "Al-Tanf Garrison", False), ("Armed clash", "near Deir Hafer", False)],
    ),
    (
        # one toll told twice in a headline stays one deed where it was
        "2014-01-12",
        "Baghdad Shiites hit as Iraq attacks kill 34",
        [("Attack", "Baghdad", False)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), QA23J)
def test_qa23_comparisons_habits_headlines(published: str, text: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "sub_event_type", "location", "historical") == expected


# Stop 23: "since the 2019 Pulwama bombing, in which ..." is the past; a denied attack is none; weapons seized in a
# raid, taken by attackers or recovered after a fight are no deeds; a village said to be in a province where its
# namesake is not; a town matched by another of its names abroad; "as well as to investigate"; "non-stop airstrikes"
QA23K = [
    (
        "2024-06-12",
        "Militants fired on a bus carrying pilgrims in Reasi district on Sunday, killing nine people. The region has "
        "not seen such a series of attacks since the 2019 Pulwama bombing, in which a suicide bomber killed 40 CRPF "
        "personnel.",
        [("Attack", False, "near Reasi"), ("Suicide bomb", True, "near Reasi")],
    ),
    (
        "2026-01-15",
        'The Nigerian Army on Wednesday dismissed as "fake news" reports circulating on social media that ISWAP '
        "fighters had overrun a military base in Malam Fatori and killed dozens of soldiers.",
        [],
    ),
    (
        "2025-03-13",
        "Militants stormed a police checkpost in Lakki Marwat on Tuesday night, killing three policemen. The TTP "
        "claimed responsibility, saying its fighters had killed 11 personnel and seized weapons and ammunition.",
        [("Armed clash", False, "Lakki Marwat")],
    ),
    (
        "2025-08-07",
        "Taliban special forces raided an Islamic State hideout in Kabul on Tuesday, killing four militants. A "
        "spokesman said a suicide vest, two rifles and a laptop had been seized.",
        [("Armed clash", False, "Kabul")],
    ),
    (
        "2025-01-21",
        "Security forces killed 14 Maoists in a gunfight in Gariaband district on Monday. The inspector general said "
        "the bodies had been recovered along with an AK-47 rifle and several improvised explosive devices.",
        [("Armed clash", False, "near Gariaband")],
    ),
    (
        "2025-01-21",
        "Police seized two rifles and a grenade in a raid in Gariaband on Monday.",
        [("Disrupted weapons use", False, "Gariaband")],
    ),
    (
        "2025-04-24",
        "Bandits stormed a mosque in Mahuta village in Katsina State on Tuesday, killing 13 worshippers.",
        [("Attack", False, "Katsina State")],
    ),
    (
        "2025-04-24",
        "Bandits stormed a mosque in Mahuta in Kebbi State on Tuesday.",
        [("Attack", False, "Mahuta")],
    ),
    (
        "2024-11-14",
        "Two youths went missing in Kangpokpi district on Saturday. Police said the two men had been abducted by "
        "suspected Kuki militants while travelling to Senapati.",
        [("Abduction/forced disappearance", False, "India")],
    ),
    (
        "2016-05-01",
        "Rebels said regime forces were behind the blast outside the Dabbit Hospital in Aleppo, calling for the UN "
        "to investigate the incident as well as to investigate the attack on Al-Quds Hospital which was earlier "
        "bombed by regime jets.",
        [("Air/drone strike", False, "Aleppo")],
    ),
    (
        "2016-05-01",
        "The Russian Air Force has conducted non-stop airstrikes over the Idlib Governorate today.",
        [("Air/drone strike", False, "Idlib")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), QA23K)
def test_qa23_pasts_denials_seizures_namesakes(published: str, text: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "sub_event_type", "historical", "location") == expected


# Stop 23: prisoner exchanges; "was later shot dead"; patients and companions; drone-dropped devices; injuries
# revised; a war's toll; "is using ... to strike"; a caption in brackets; fear of a repeat; big cities' old names
QA23L = [
    (
        "2026-02-06",
        "Russia and Ukraine exchanged 157 prisoners of war each on Thursday, both sides said.",
        [("Agreement", None, None)],
    ),
    (
        "2025-06-26",
        "A Palestinian man was later shot dead by Israeli troops in the village of Sinjil on Wednesday.",
        [("Attack", 1, None)],  # (a man told by origin is a civilian: stop 24)
    ),
    (
        "2025-10-30",
        "The World Health Organization said on Wednesday that more than 460 patients and companions had been killed at "
        "the maternity hospital in El Fasher on Tuesday.",
        [("Attack", 460, None)],
    ),
    (
        "2024-06-02",
        "Governor Gladkov said a Ukrainian drone had dropped an explosive device on a lorry near the village of Novaya "
        "Tavolzhanka on Saturday, injuring the driver.",
        [("Air/drone strike", None, 1)],
    ),
    (
        "2025-11-09",
        "The death toll from Saturday's Russian glide bomb attack on Zaporizhzhia rose to six. Officials had initially "
        "reported four dead and 17 wounded. On Sunday the governor said the number of injured had risen to 22.",
        [("Air/drone strike", 6, 22)],
    ),
    (
        "2025-03-09",
        "The fighting threatens a peace deal that ended a civil war in which 400,000 people were killed.",
        [],
    ),
    ("2024-06-02", "Moscow says Ukraine is using Western-supplied weapons to strike Russian territory.", []),
    (
        "2003-06-10",
        "On Thursday barely 5,000 demonstrators marched through the streets of Salonika, where shopkeepers have "
        "barricaded themselves in fearing a repeat of rioting that surrounded the Evian summit in France this month.",
        [("Peaceful protest", None, None)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), QA23L)
def test_qa23_exchanges_tolls_habits(published: str, text: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "sub_event_type", "fatalities", "injuries") == expected


def test_qa23_a_bracketed_photo_caption_is_no_deed(gazetteer) -> None:
    """ "(Photo caption: Firefighters work at the site of a drone strike in Odesa, ..., February 28, 2025.
    REUTERS/...)": a caption, its strike not the report's (stop 23: the bracket hid it from the caption rule)."""
    text = (
        "Drones hit Kharkiv overnight\n\nRussian drones struck Kharkiv on Monday night, injuring three people, the "
        "governor said.\n\n(Photo caption: Firefighters work at the site of a drone strike in Odesa, Ukraine, "
        "February 28, 2025. REUTERS/Stringer)\n\nThe attack damaged a school.\n"
    )
    assert _rows(text, "2025-03-04", gazetteer, "location") == [("Kharkiv",)]


# Stop 23: interception tallies by region; "repelled an attack by X"; each side's dead with the wounded told
# beside them; a claimant's figure after "claimed the attack and said"
QA23M = [
    (
        "2026-02-11",
        "Russia's defence ministry said air defences had destroyed 34 drones over the Bryansk region, 21 over the "
        "Kursk region and 17 over the Belgorod region overnight.",
        [
            ("Disrupted weapons use", "Bryansk", 34, None),
            ("Disrupted weapons use", "Kursk", 21, None),
            ("Disrupted weapons use", "Belgorod", 17, None),
        ],
    ),
    (
        "2025-09-03",
        "Nigerian troops repelled an attack by ISWAP fighters on a military base in Marte town in Borno State late on "
        "Sunday, killing 27 insurgents. Three soldiers were killed and eight wounded.",
        [("Armed clash", "Marte", None, 30)],
    ),
    (
        "2025-06-18",
        "A remote-controlled bomb struck a Frontier Corps convoy near Turbat on Tuesday, killing four soldiers, the "
        "military said. The BLA claimed the attack and said 15 soldiers had been killed.",
        [("Remote explosive/landmine/IED", "near Turbat", None, 4)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), QA23M)
def test_qa23_tallies_by_region_and_sides(published: str, text: str, expected: list, gazetteer) -> None:
    got = _rows(text, published, gazetteer, "sub_event_type", "location", "munitions_count", "fatalities")
    assert got == expected


def test_qa23_a_named_group_with_its_generic_noun(gazetteer) -> None:
    """ "suspected National Liberation Army (ELN) guerrillas kidnapped ...": the ELN, not "Guerrillas" (stop 23)."""
    text = "On Saturday, suspected National Liberation Army (ELN) guerrillas kidnapped a soldier near Tame."
    assert _rows(text, "2024-06-10", gazetteer, "actor1") == [("National Liberation Army (ELN)",)]


def test_qa23_an_ambushed_aid_convoy_is_an_attack_on_civilians(gazetteer) -> None:
    """ "ambushed a convoy of trucks carrying food aid": the drivers are civilians (stop 23: an Armed clash)."""
    text = "Gunmen ambushed a convoy of trucks carrying food aid near Kutum on Monday, killing three drivers."
    assert _rows(text, "2025-06-25", gazetteer, "sub_event_type", "actor2") == [
        ("Attack", "Civilians (Sudan)")
    ]


def test_qa23_repelled_attack_by(gazetteer) -> None:
    """ "Nigerian troops repelled an attack by ISWAP fighters": ISWAP attacked (stop 23: the troops were both sides)."""
    text = "Nigerian troops repelled an attack by ISWAP fighters on a military base in Marte on Sunday."
    assert _rows(text, "2025-09-03", gazetteer, "actor1", "actor2") == [
        ("Islamic State West Africa", "Military Forces of Nigeria")
    ]


# Stop 24: a person told by age or origin is a civilian (not a suspected attacker); "wounding the driver and two
# passengers"; a toll told with the day of its saying ("told reporters on Sunday", "On Sunday, an official had
# told"); "came days after"; the Kyiv region is the oblast
QA24 = [
    (
        "2024-05-07",
        "A 19-year-old Palestinian was shot dead by Israeli troops in Jenin on Monday.",
        [("Attack", "Civilians (Palestine)", 1, None)],
    ),
    (
        "2024-05-07",
        "Gunmen killed an elderly woman in Kidal on Monday.",
        [("Attack", "Civilians (Mali)", 1, None)],
    ),
    (
        "2024-05-07",
        "A 22-year-old Palestinian gunman was killed by Israeli troops in Jenin on Monday.",
        [("Armed clash", "Gunman", 1, None)],
    ),
    (
        "2024-05-14",
        "A roadside bomb hit a car near Gao on Friday, wounding the driver and two passengers.",
        [("Remote explosive/landmine/IED", "Civilians (Mali)", None, 3)],
    ),
    (
        "2024-05-14",
        "Gunmen opened fire on a bus near Gao on Friday, killing one and wounding the driver and three passengers.",
        [("Attack", "Civilians (Mali)", 1, 4)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), QA24)
def test_qa24_victims_told_by_age_or_origin_and_listed_wounded(
    published: str, text: str, expected: list, gazetteer
) -> None:
    got = _rows(text, published, gazetteer, "sub_event_type", "actor2", "fatalities", "injuries")
    assert got == expected


def test_qa24_a_suspected_attacker_is_no_civilian(gazetteer) -> None:
    """ "A Palestinian man approached a checkpoint and was shot": not said to be unarmed (stop 24)."""
    text = (
        "A Palestinian man approached a checkpoint near Hebron and was shot dead by Israeli troops on Monday."
    )
    assert _rows(text, "2024-05-07", gazetteer, "actor2") == [(None,)]


@pytest.mark.parametrize(
    "saying",
    [
        "An official told reporters on Sunday that 12 soldiers had died in the attack.",
        "On Sunday, an official had told reporters that 12 soldiers had died in the attack.",
        "An official said on Sunday that 12 soldiers had died in the attack.",
    ],
)
def test_qa24_a_toll_said_on_a_later_day_is_the_deeds(saying: str, gazetteer) -> None:
    """The day of the saying is no other deed's day: the toll is Saturday's attack's (stop 24: "told reporters on
    Sunday" was not read as a saying, and a sentence opened by its day made the toll another day's and dropped it)."""
    text = f"Militants attacked an army post in Diffa on Saturday. {saying}"
    assert _rows(text, "2024-05-14", gazetteer, "event_date", "location", "fatalities") == [
        ("2024-05-11", "Diffa", 12)
    ]


def test_qa24_a_toll_on_another_day_stays_apart(gazetteer) -> None:
    """ "On Sunday, a blast killed two soldiers": a deed of its own day, not a saying (stop 24)."""
    text = "Militants attacked an army post in Diffa on Saturday. On Sunday, a blast killed two soldiers in the town."
    assert _rows(text, "2024-05-14", gazetteer, "event_date", "fatalities") == [
        ("2024-05-11", None),
        ("2024-05-12", 2),
    ]


@pytest.mark.parametrize(
    ("gap", "date", "precision", "start", "end"),
    [
        ("days", "2024-05-09", "week", "2024-05-06", "2024-05-11"),
        ("three days", "2024-05-09", "day", "2024-05-09", "2024-05-09"),
    ],
)
def test_qa24_came_days_after(gap: str, date: str, precision: str, start: str, end: str, gazetteer) -> None:
    """ "The air strikes came days after TTP fighters attacked ...": one to six days before the strikes, a week's
    span (stop 24: no relation without a count; the attack took the strikes' day)."""
    text = (
        "Pakistani jets struck TTP hideouts in Khost province on Sunday, killing 12 militants. The air strikes came "
        f"{gap} after TTP fighters attacked a checkpoint in Bannu, killing six soldiers."
    )
    got = _rows(
        text,
        "2024-05-14",
        gazetteer,
        "sub_event_type",
        "event_date",
        "date_precision",
        "date_start",
        "date_end",
    )
    assert got == [
        ("Air/drone strike", "2024-05-12", "day", "2024-05-12", "2024-05-12"),
        ("Armed clash", date, precision, start, end),
    ]


@pytest.mark.parametrize("said", ["over the Kyiv region", "in Kyiv Oblast", "in the Kiev region"])
def test_qa24_the_kyiv_region_is_the_oblast(said: str, gazetteer) -> None:
    """ "the Kyiv region" is Kyiv oblast at geo precision 3, not the city (stop 24: Natural Earth spells the oblast
    "Kiev", and "Kyiv" alone is the city; stop 29: the layer names it "Kyiv")."""
    text = f"Russian drones struck energy facilities {said} overnight, the regional governor said."
    assert _rows(text, "2024-05-14", gazetteer, "admin1", "geo_precision") == [("Kyiv", 3)]


# Stop 24 (second batch, from four QA passes): an attacker's demonym is no vote for where; a place far from the
# landmark said to be near it is a namesake elsewhere; takeovers without a fight; "killing 15 of them and losing two
# men"; "the ensuing exchange of fire"; the deed a comparison starts from is past; an institution by its seat's
# name; a convoy of fuel tankers
QA24B = [
    (
        "2024-10-05",
        "Russian drones hit Pokrovsk on Saturday, wounding two people.",
        [("Air/drone strike", "Pokrovsk", "Ukraine", 1, None)],
    ),
    (
        "2024-01-08",
        "Gunmen attacked the village of Tayba, south of Wad Madani, on Monday, killing 9 people.",
        [("Attack", "near Wad Madani", "Sudan", 2, 9)],
    ),
    (
        "2024-01-08",
        "A military jet dropped two bombs on Kanan village near Kanbalu on Sunday, killing five villagers.",
        [("Air/drone strike", "near Kanbalu", "Myanmar", 2, 5)],
    ),
    (
        "2025-02-03",
        "A suicide bomber and four gunmen attacked a restaurant at Lido beach in Mogadishu on Friday, killing 17 "
        "people.",
        [("Suicide bomb", "Mogadishu", "Somalia", 1, 17)],
    ),
    (
        "2024-01-08",
        "In other attacks, a man was killed by a roadside bomb near the oil refinery town of Baiji, north of "
        "Baghdad.",
        [("Remote explosive/landmine/IED", "near Baiji", "Iraq", 2, 1)],
    ),
    (
        "2026-03-19",
        "On Sunday, soldiers clashed with militants near Tillia, killing 15 of them and losing two men, the army "
        "said.",
        [("Armed clash", "near Tillia", "Niger", 2, 17)],
    ),
    (
        "2025-03-28",
        "Militants attacked a security forces convoy with a roadside bomb and gunfire near Mir Ali on Thursday, "
        "killing four soldiers. Troops killed six militants in the ensuing exchange of fire.",
        [("Remote explosive/landmine/IED", "near Mir Ali", "Pakistan", 2, 10)],
    ),
    (
        "2025-09-04",
        "Fano militiamen took control of the town of Lalibela on Sunday after federal troops withdrew overnight "
        "without a fight.",
        [("Non-violent transfer of territory", "Lalibela", "Ethiopia", 1, None)],
    ),
    (
        "2025-09-04",
        "Fano militiamen took control of the town of Lalibela on Sunday after heavy fighting.",
        [("Non-state actor overtakes territory", "Lalibela", "Ethiopia", 1, None)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), QA24B)
def test_qa24_places_transfers_and_tolls(published: str, text: str, expected: list, gazetteer) -> None:
    got = _rows(
        text, published, gazetteer, "sub_event_type", "location", "country", "geo_precision", "fatalities"
    )
    assert got == expected


def test_qa24_an_attackers_demonym_keeps_a_domestic_place(gazetteer) -> None:
    """ "Nigerian troops killed 20 militants in Bama": the place is still Nigeria's without the demonym's vote."""
    text = "Nigerian troops killed 20 militants in Bama on Sunday."
    assert _rows(text, "2024-10-05", gazetteer, "location", "country") == [("Bama", "Nigeria")]


def test_qa24_the_deed_a_comparison_starts_from_is_past(gazetteer) -> None:
    """ "the deadliest in the city since May 25, when two guided bombs hit ...": that strike is a past one, however
    recent (stop 24: it came out as a current incident nine days before publication)."""
    text = (
        "A Russian strike on Kharkiv killed six people on Friday. The attack on Kharkiv was the deadliest in the city "
        "since May 25, when two guided bombs hit the Epicentr hypermarket, killing 19 people."
    )
    assert _rows(text, "2024-06-03", gazetteer, "event_date", "historical", "fatalities") == [
        ("2024-05-31", False, 6),
        ("2024-05-25", True, 19),
    ]


def test_qa24_a_spokesman_of_a_seat_and_a_states_response(gazetteer) -> None:
    """ "White House spokesman John Kirby said ... Friday's strikes were the start of the US response": no strike at
    White House (Tennessee) nor in the US; the strikes told before (stop 24)."""
    text = (
        "US jets struck 85 targets in Iraq and Syria on Friday. White House spokesman John Kirby said on Sunday that "
        "Friday's strikes were the start of the US response."
    )
    assert _rows(text, "2024-02-05", gazetteer, "event_date", "country") == [("2024-02-02", "Iraq")]


def test_qa24_a_convoy_of_fuel_tankers_is_civilian(gazetteer) -> None:
    """ "JNIM attacked a convoy of fuel tankers ... Two drivers were killed": an Attack on civilians (stop 24: an
    Armed clash with no second side)."""
    text = "JNIM attacked a convoy of fuel tankers near Kati on Tuesday, setting fire to 15 trucks. Two drivers were killed."
    assert _rows(text, "2025-10-02", gazetteer, "sub_event_type", "actor2", "fatalities") == [
        ("Attack", "Civilians (Mali)", 2)
    ]


# Stop 24 (third batch): follow-ups and parts of one deed told apart
QA24C = [
    (
        "2025-06-23",
        "Islamic State West Africa Province fighters attacked a military base in Marte, Borno state, late on "
        "Wednesday, June 18. Army spokesman Edward Buba said on Friday that troops had repelled the attackers and "
        "killed 12 of them.",
        [("2025-06-18", "Armed clash", "Marte", 12, None)],
    ),
    (
        "2025-09-05",
        "IS-K on Thursday claimed Tuesday's bombing of a minibus in the Dasht-e-Barchi area of western Kabul, as "
        "Taliban authorities raised the death toll to 11 from seven. Police said 18 people had been wounded in the "
        "blast.",
        [("2025-09-02", "Remote explosive/landmine/IED", "Kabul", 11, 18)],
    ),
    (
        "2025-09-05",
        "A bomb hit a minibus in western Kabul on Tuesday, killing seven people. IS-K on Thursday claimed Tuesday's "
        "bombing, as Taliban authorities raised the death toll to 11 from seven.",
        [("2025-09-02", "Remote explosive/landmine/IED", "Kabul", 11, None)],
    ),
    (
        "2024-08-16",
        "The number of people killed in Russian attacks on Huliaipole on Thursday has risen to four, the governor "
        "said. He had initially reported that two residents were killed when a guided aerial bomb hit a building in "
        "the town centre on Thursday afternoon.",
        [("2024-08-15", "Air/drone strike", "Huliaipole", 4, None)],
    ),
    (
        "2024-07-10",
        "Three people were killed in Kostiantynivka, where Russian forces struck a residential area with Uragan "
        "rockets on July 9.",
        [("2024-07-09", "Shelling/artillery/missile attack", "Kostiantynivka", 3, None)],
    ),
    (
        "2025-05-09",
        "In El Obeid, air defences shot down two drones approaching the airport on Thursday. There were no "
        "casualties.",
        [("2025-05-08", "Disrupted weapons use", "El Obeid", 0, 0)],
    ),
    (
        "2026-02-12",
        "On Wednesday, residents of Buea beat to death a man they accused of passing information to separatist "
        "fighters, police said.",
        [("2026-02-11", "Mob violence", "Buea", 1, None)],
    ),
    (
        "2025-02-03",
        "A suicide bomber attacked a restaurant in Mogadishu on Friday, killing 17 people. One attacker was captured "
        "alive, police said.",
        [("2025-01-31", "Suicide bomb", "Mogadishu", 17, None)],
    ),
    (
        "2024-06-07",
        "Two UN peacekeepers were wounded on Thursday when Israeli forces shelled their position near Kfar Kila.",
        [("2024-06-06", "Shelling/artillery/missile attack", "near Kfar Kila", None, 2)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), QA24C)
def test_qa24_follow_ups_and_parts_of_one_deed(published: str, text: str, expected: list, gazetteer) -> None:
    got = _rows(
        text, published, gazetteer, "event_date", "sub_event_type", "location", "fatalities", "injuries"
    )
    assert got == expected


def test_qa24_an_arrest_on_its_own_day_stays(gazetteer) -> None:
    """ "On Sunday police arrested three men suspected of planning the attack": an arrest of its own (stop 24: only
    the attackers taken in the attack are part of it)."""
    text = (
        "A suicide bomber attacked a restaurant in Mogadishu on Friday, killing 17 people. On Sunday police arrested "
        "three men suspected of planning the attack."
    )
    assert _rows(text, "2025-02-03", gazetteer, "sub_event_type") == [("Suicide bomb",), ("Arrests",)]


def test_qa24_a_demonyms_attack_repelled(gazetteer) -> None:
    """ "Russian troops repelled a Ukrainian attack near Sudzha": Ukraine's forces attacked (stop 24: Russia's forces
    on both sides)."""
    text = "Russian troops repelled a Ukrainian attack near Sudzha on Tuesday, killing 230 soldiers."
    assert _rows(text, "2024-08-21", gazetteer, "actor1", "actor2") == [
        ("Military Forces of Ukraine", "Military Forces of Russia")
    ]


def test_qa24_a_day_then_when_is_no_comparison(gazetteer) -> None:
    """ "were wounded on Thursday when Israeli forces shelled ...": the news, not a past deed (only "since X, when"
    starts from one)."""
    text = "Two soldiers were wounded on Thursday when Israeli forces shelled their position near Kfar Kila."
    assert _rows(text, "2024-06-07", gazetteer, "historical") == [(False,)]


# Stop 24 (fourth batch): tallies over days and places; force on a crowd whose protest turned violent; looting
# told as part of an attack; a deed named as a charge
QA24D = [
    (
        "2025-05-09",
        "At least 40 people were killed across Darfur and Kordofan this week as the RSF pressed attacks on army-held "
        "towns and the military answered with drone strikes.",
        [],
    ),
    (
        "2024-08-16",
        "Russian attacks on the Donetsk oblast killed six civilians and injured fifteen over the past day, the "
        "governor said.",
        [],
    ),
    (
        "2025-05-09",
        "Clashes killed 20 people in total across the region on Monday.",
        [("Armed clash", None, 20)],
    ),
    (
        "2025-11-13",
        "A protest in Mekelle turned violent on Tuesday when demonstrators threw stones at government offices and set "
        "a police truck on fire. Police responded with tear gas and live rounds, killing one protester and wounding "
        "eight others.",
        [("Violent demonstration", "Mekelle", 1)],
    ),
    (
        "2025-07-24",
        "JNIM fighters attacked an army base in Djibo on Sunday and fought for hours with soldiers and VDP "
        "militiamen, before looting weapons and setting fire to the camp.",
        [("Armed clash", "Djibo", None)],
    ),
    (
        "2025-10-30",
        "Insurgents beheaded six civilians in Macomia on Monday. Survivors said the attackers accused residents of "
        "helping the army, and set fire to houses before leaving.",
        [("Attack", "Macomia", 6)],
    ),
    (
        "2025-11-06",
        "On Tuesday, police said they had arrested 120 people in Matola on suspicion of looting.",
        [("Arrests", "Matola", None)],
    ),
    (
        "2025-11-13",
        "Gunmen killed two farmers in Bama on Monday. On Monday, soldiers looted shops in the town.",
        [("Attack", "Bama", 2), ("Looting/property destruction", "Bama", None)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), QA24D)
def test_qa24_tallies_riots_and_looting(published: str, text: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "sub_event_type", "location", "fatalities") == expected


# Stop 24 (fifth batch): fire at a position or tower; a strike told by what it damaged or destroyed (whose weapon
# hit whose property); a country's tally beside one town's blast stays apart
QA24E = [
    (
        "2024-10-11",
        "An Israeli tank fired at a UNIFIL observation tower in Kfar Kila on Thursday, wounding two peacekeepers.",
        [("Military Forces of Israel", None, "Kfar Kila", 2)],
    ),
    (
        "2024-08-21",
        "A Ukrainian drone damaged a power substation in Kurchatov on Tuesday, the governor said.",
        [("Military Forces of Ukraine", None, "Kurchatov", None)],
    ),
    (
        "2024-10-11",
        "Drones destroyed two Russian tanks near Bakhmut on Monday.",
        [(None, "Military Forces of Russia", "near Bakhmut", None)],
    ),
    (
        "2024-10-11",
        "Air defences destroyed three Houthi drones over the Red Sea on Tuesday.",
        [("Houthis (Ansar Allah)", None, "Red Sea", None)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), QA24E)
def test_qa24_fire_at_posts_and_damage_done(published: str, text: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "actor1", "actor2", "location", "injuries") == expected


def test_qa24_a_countrys_tally_is_no_blasts_toll(gazetteer) -> None:
    """ "8 people were killed yesterday ... in several areas of Syria" beside a bomb blast in Afrin that killed two:
    the tally is not the blast's (stop 24: only a toll told at the same town joins a strike told beside it)."""
    text = (
        "8 people were killed yesterday in different circumstances in several areas of Syria\n"
        "AT LEAST TWO KILLED, FOURTEEN WOUNDED IN BOMB BLAST IN AFRIN: SOHR\n"
    )
    got = _rows(text, "2018-03-20", gazetteer, "sub_event_type", "fatalities")
    assert ("Remote explosive/landmine/IED", 2) in got


def test_qa24_a_claim_goes_to_the_attack_it_names(gazetteer) -> None:
    """ "Houthi spokesman Yahya Saree claimed the attack on the carrier": the carrier's attack, not the US strike
    told last (stop 24)."""
    text = (
        "Houthi missiles struck a bulk carrier in the Gulf of Aden on Monday. Overnight, US warplanes struck radar "
        "sites near Hodeidah port. Houthi spokesman Yahya Saree claimed the attack on the carrier."
    )
    assert _rows(text, "2024-02-20", gazetteer, "actor1", "claimed_by") == [
        ("Houthis (Ansar Allah)", "Houthis (Ansar Allah)"),
        ("Military Forces of the United States", None),
    ]


def test_qa24_the_second_missile_is_the_attacks(gazetteer) -> None:
    """ "The second missile fell into the sea": a munition of the attack told before (stop 24: its own incident)."""
    text = (
        "The Houthis fired two missiles at a bulk carrier in the Gulf of Aden on Monday, one of which hit the ship. "
        "The second missile fell into the sea without causing damage."
    )
    assert _rows(text, "2024-02-20", gazetteer, "munitions_count") == [(2,)]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a word of kind before a group's name: both sides' dead listed before the verb (stop 24: none)
        (
            "Two soldiers and three suspected members of the communist New People's Army (NPA) were killed in a gun "
            "battle in Guihulngan City on Monday.",
            5,
        ),
        # a count in scare quotes (stop 24: none)
        (
            'Russian forces shelled Vuhledar on Monday, killing "about twenty" soldiers, the ministry said.',
            20,
        ),
    ],
)
def test_qa24_tolls_listed_with_kinds_and_scare_quotes(text: str, dead: int, gazetteer) -> None:
    assert _rows(text, "2024-04-16", gazetteer, "fatalities") == [(dead,)]


QA25_PARTS = [
    # the lead's dead with a part told as a deed of its own: counted once (stop 25: 7 + 3)
    (
        "Israeli forces killed seven Palestinians in a raid on Jenin on Tuesday. Four of them were shot in gun "
        "battles with fighters near the camp entrance, and an Israeli drone killed three others in the camp.",
        [("Armed clash", 4), ("Air/drone strike", 3)],
    ),
    (
        "Israeli forces killed seven Palestinians in a raid on Jenin on Tuesday. An Israeli drone strike killed "
        "three of them in the camp.",
        [("Armed clash", 4), ("Air/drone strike", 3)],
    ),
    # "N of the dead were killed" is a toll (stop 25: none)
    (
        "Israeli forces killed seven Palestinians in a raid on Jenin on Tuesday. Three of the dead were killed when "
        "an Israeli drone struck a car in the camp.",
        [("Armed clash", 4), ("Air/drone strike", 3)],
    ),
    # "others" in another town are more dead, not a part
    (
        "Israeli forces killed seven Palestinians in a raid on Jenin on Tuesday. In Nablus, an Israeli drone killed "
        "three others.",
        [("Armed clash", 7), ("Air/drone strike", 3)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QA25_PARTS)
def test_qa25_a_leads_toll_keeps_the_dead_not_told_apart(text: str, expected: list, gazetteer) -> None:
    assert _rows(text, "2024-05-22", gazetteer, "sub_event_type", "fatalities") == expected


def test_qa25_the_deeds_own_attacker_over_an_earlier_subject(gazetteer) -> None:
    """ "Troops clashed with fighters ..., and an Israeli drone killed three people": the drone is Israel's, not the
    fighters' (stop 25: the closest earlier subject of the clause won)."""
    text = (
        "Troops clashed with fighters near the camp entrance in Jenin on Tuesday, and an Israeli drone killed three "
        "people in the camp."
    )
    got = _rows(text, "2024-05-22", gazetteer, "sub_event_type", "actor1")
    assert ("Air/drone strike", "Military Forces of Israel") in got


@pytest.mark.parametrize(
    "text",
    [
        # a running count of deeds over a period (stop 25: an Armed clash in Iraq)
        "Militia attacks on US forces in Iraq and Syria have numbered more than 140 since mid-October, according "
        "to the Pentagon.",
        "There have been more than 140 attacks on US forces in Iraq and Syria since mid-October.",
    ],
)
def test_qa25_a_running_count_of_attacks_is_no_event(text: str, gazetteer) -> None:
    assert _rows(text, "2024-01-21", gazetteer, "sub_event_type") == []


def test_qa25_a_deed_told_beside_a_running_count_stays(gazetteer) -> None:
    text = "Gunmen killed five villagers in Kano on Tuesday, the latest of more than 100 attacks in the state since January."
    assert _rows(text, "2024-01-21", gazetteer, "sub_event_type", "fatalities", "location") == [
        ("Attack", 5, "Kano")
    ]


def test_qa25_the_avenged_deeds_place_and_the_object_targeted(gazetteer) -> None:
    """The group's own account of the attack told before: "it had targeted an army base in the town" is the attack
    on Kiryat Shmona with the army as its target; southern Lebanon, the place of what it avenges, is not where
    (stop 25: a second attack in Lebanon by Lebanon's army)."""
    text = (
        "Hezbollah fired rockets at Kiryat Shmona on Tuesday. The Lebanese group said in a statement that it had "
        "targeted an army base in the town with Katyusha rockets in response to Israeli attacks on villages in "
        "southern Lebanon."
    )
    assert _rows(text, "2024-03-13", gazetteer, "actor1", "actor2", "location") == [
        ("Hezbollah", "Military Forces of Israel", "Kiryat Shmona")
    ]


QA25B = [
    # a drone told by where it was launched from (stop 25: no incident)
    (
        "2024-10-17",
        "On Wednesday, a drone launched from Yemen struck an apartment building in Yavne.",
        [("Air/drone strike", None, "Yavne", None)],
    ),
    # munitions intercepted only in part, with a toll: the strike (stop 25: Disrupted weapons use)
    (
        "2024-06-03",
        "Israeli warplanes fired missiles at several targets around Damascus shortly after midnight on Monday, "
        "Syria's defence ministry said, adding that its air defences had intercepted most of them. It said two "
        "soldiers were killed and four wounded.",
        [("Air/drone strike", "Military Forces of Israel", "near Damascus", 2)],
    ),
    (
        "2024-06-03",
        "Israeli warplanes fired missiles at several targets around Damascus on Monday, killing two soldiers. Syrian "
        "air defences intercepted most of the missiles.",
        [("Air/drone strike", "Military Forces of Israel", "near Damascus", 2)],
    ),
    # nobody arrested, no missile intercepted: no such deed (stop 25: Arrests; Disrupted weapons use)
    (
        "2024-07-09",
        "Soldiers came from Bandiagara on Monday morning, after the attackers had gone. Nobody was arrested.",
        [],
    ),
    (
        "2024-11-14",
        "Russia fired three Iskander-M missiles at Dnipro overnight. None of the three Iskander-M missiles was "
        "intercepted, the air force said.",
        [("Shelling/artillery/missile attack", "Military Forces of Russia", "Dnipro", None)],
    ),
    # a clock's time zone is no place (stop 25: a strike in Sanaa)
    (
        "2024-09-11",
        "CENTCOM said the USS Carney engaged the one-way attack drones at about 9:40 pm Sanaa time.",
        [],
    ),
    # a demonstration of ability, a diplomatic protest, an encounter's site: no protest, no clash (stop 25: each one)
    (
        "2024-10-17",
        "Austin said the unique demonstration of the bombers' ability was meant to degrade the Houthis.",
        [],
    ),
    (
        "2024-02-06",
        "In Dhaka, the foreign ministry summoned the Myanmar ambassador to lodge a strong protest.",
        [],
    ),
    (
        "2024-07-07",
        "Youths pelted stones at security forces near the encounter site in Kulgam on Sunday. No injuries were "
        "reported.",
        [("Violent demonstration", "Rioters (India)", "Kulgam", None)],
    ),
    # one aircraft, and bombers named by their model: the state's forces, and not a place (stop 25: none; the US)
    (
        "2024-05-29",
        "A Russian warplane struck IS hideouts near Palmyra on Wednesday.",
        [("Air/drone strike", "Military Forces of Russia", "near Palmyra", None)],
    ),
    (
        "2024-05-29",
        "US B-2 bombers struck weapons sites near Saada on Wednesday.",
        [("Air/drone strike", "Military Forces of the United States", "near Saada", None)],
    ),
    # killing words (stop 25: none)
    (
        "2024-05-11",
        "Maoists hacked to death a villager in Narayanpur district of Chhattisgarh on Wednesday night.",
        # (stop 29: "the X district of <province>" is the district around its town, ACLED geo 2, as "X district")
        [("Attack", "Maoists", "near Narayanpur", 1)],
    ),
    (
        "2024-04-18",
        "On 15 April 2024, troops ambushed ISWAP fighters near Damboa, neutralising 4 of them.",
        [("Armed clash", "Military Forces of Nigeria", "near Damboa", 4)],
    ),
    # another story's headline after "Previous Article:" (stop 25: an IED in Benin)
    (
        "2024-06-15",
        "JNIM fighters attacked an army post in Djibo on Tuesday, killing at least 30 soldiers.\n"
        "Previous Article: Benin: two soldiers killed by IED in Park W\n",
        [("Armed clash", "JNIM", "Djibo", 30)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), QA25B)
def test_qa25_deeds_read_and_not_read(published: str, text: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "sub_event_type", "actor1", "location", "fatalities") == expected


def test_qa25_a_toll_told_after_a_day_after_is_the_main_deeds(gazetteer) -> None:
    """ "Israeli jets bombed Hodeidah port on Saturday, a day after a Houthi drone killed a man in Tel Aviv. The ...
    ministry said six people were killed": the six are Hodeidah's (stop 25: Tel Aviv's)."""
    text = (
        "Israeli jets bombed Hodeidah port on Saturday, a day after a Houthi drone killed a man in Tel Aviv. The "
        "Houthi-run health ministry said six people were killed and 83 injured."
    )
    got = _rows(text, "2024-07-21", gazetteer, "event_date", "fatalities", "injuries")
    assert got == [("2024-07-20", 6, 83), ("2024-07-19", 1, None)]


def test_qa25_a_series_period_does_not_date_the_deed(gazetteer) -> None:
    """ "..., the latest of several such claims this year": the shoot-down of that day (stop 25: an air strike
    dated in the year, as a trend)."""
    text = (
        "The Houthi movement said on Wednesday it had shot down an American MQ-9 Reaper drone over Marib province, "
        "the latest of several such claims this year."
    )
    got = _rows(text, "2024-05-29", gazetteer, "sub_event_type", "event_date", "date_precision")
    assert got == [("Disrupted weapons use", "2024-05-29", "day")]


def test_qa25_central_african_armed_groups_are_named(gazetteer) -> None:
    text = "Anti-balaka militiamen attacked a village near Bria on Tuesday, killing six civilians."
    assert _rows(text, "2024-04-03", gazetteer, "actor1") == [("Anti-Balaka",)]


QA25C = [
    # an aircraft's maker is no place (stop 25: Hostomel airport, whose curated alias is "Antonov Airport")
    (
        "2024-05-02",
        "An air force Antonov dropped barrels of explosives on the al-Jabal neighbourhood of Nyala on Wednesday, "
        "killing some fifteen people.",
        [("Air/drone strike", "2024-05-01", "Nyala")],
    ),
    # the day of a statement told before it is not the deed's (stop 25: the statement's day)
    (
        "2024-12-02",
        "In a statement on Monday, the army said air force aircraft had struck militants near Tera on Sunday, "
        "killing about 40 fighters.",
        [("Air/drone strike", "2024-12-01", "near Tera")],
    ),
    # the Nigerian Air Force's word for an air strike (stop 25: none)
    (
        "2024-04-18",
        "The Air Component conducted air interdiction on an ISWAP logistics base near Monguno on 16 April 2024, "
        "neutralising several terrorists.",
        [("Air/drone strike", "2024-04-16", "near Monguno")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), QA25C)
def test_qa25_places_days_and_words_of_air_war(published: str, text: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "sub_event_type", "event_date", "location") == expected


def test_qa25_the_moscow_region_is_the_oblast(gazetteer) -> None:
    """ "the Moscow region" is Moscow oblast at geo precision 3 (stop 25: Moscow, Ohio in a longer report; Natural
    Earth spells the oblast "Moskovsskaya")."""
    text = (
        "Russia's defence ministry said on Sunday that air defences had shot down nine Ukrainian drones over the "
        "Moscow region."
    )
    assert _rows(text, "2024-09-02", gazetteer, "admin1", "geo_precision") == [("Moskovsskaya", 3)]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # the subject of the deed told first did the one told in the passive after "and" (stop 25: the target)
        ("Bandits attacked Tsafe on Tuesday and about twenty people were abducted.", "Bandits"),
        ("Gunmen stormed the village of Tsafe on Tuesday and three soldiers were killed.", "Gunmen"),
    ],
)
def test_qa25_the_first_deeds_subject_did_the_passive_one(text: str, actor1: str, gazetteer) -> None:
    got = _rows(text, "2024-09-10", gazetteer, "actor1", "actor2")
    assert got and got[0][0] == actor1 and actor1 not in (got[0][1] or "")


def test_qa25_a_possessive_before_the_deed_is_its_doer(gazetteer) -> None:
    """ "killed in the Rapid Support Forces' assault on the camp": the RSF's deed (stop 25: the RSF as target)."""
    text = (
        "The UN said more than 400 people had been killed in the Rapid Support Forces' assault on the Zamzam "
        "displacement camp near El Fasher."
    )
    assert _rows(text, "2025-04-15", gazetteer, "actor1", "fatalities") == [("Rapid Support Forces", 400)]


def test_qa25_an_attack_told_again_with_its_attackers_losses_is_one(gazetteer) -> None:
    """The attack told again by its object ("attacked the post"), its attackers' losses ("Four of the attackers were
    killed") and its claim are one incident (stop 25: a Grenade incident beside the clash, the dead split 3 / 4)."""
    text = (
        "Three policemen were killed when militants attacked a police post in Lakki Marwat on Monday night. Around "
        "fifteen militants armed with rifles and hand grenades attacked the post from three sides. Four of the "
        "attackers were killed in retaliatory fire. The banned Tehreek-i-Taliban Pakistan (TTP) claimed "
        "responsibility for the raid."
    )
    got = _rows(text, "2024-03-12", gazetteer, "sub_event_type", "actor1", "claimed_by", "fatalities")
    ttp = "Tehrik-i-Taliban Pakistan (TTP)"
    assert got == [("Armed clash", ttp, ttp, 7)]


def test_qa25_all_the_attackers_killed_are_the_attacks_dead(gazetteer) -> None:
    text = (
        "Eight soldiers were killed on Monday when a suicide bomber rammed an explosive-laden vehicle into the wall "
        "of Bannu Cantonment. All ten attackers were killed by security forces."
    )
    assert _rows(text, "2024-07-21", gazetteer, "sub_event_type", "fatalities") == [("Suicide bomb", 18)]


def test_qa25_the_doers_account_a_day_later_is_the_same_strike(gazetteer) -> None:
    """ "On Sunday the Israeli military said its aircraft struck military targets in the area of Hodeidah port" after
    Saturday's strike there: the same deed, Saturday's (stop 25: a second strike dated Sunday)."""
    text = (
        "Israeli jets bombed Hodeidah port on Saturday. On Sunday the Israeli military said its aircraft struck "
        "military targets in the area of Hodeidah port."
    )
    assert _rows(text, "2024-07-21", gazetteer, "event_date", "location") == [
        ("2024-07-20", "Port of Hodeidah")
    ]


def test_qa25_the_deed_the_news_follows_is_background(gazetteer) -> None:
    """ "The violence follows the abduction of 287 pupils ... on March 7": a past deed told as background (stop 25:
    a current abduction)."""
    text = (
        "Bandits killed 14 people in Mai Dabino village in Faskari on Sunday. The violence follows the abduction of "
        "287 pupils from a school in Kuriga, Kaduna State, on March 7."
    )
    got = _rows(text, "2024-03-12", gazetteer, "sub_event_type", "historical")
    assert got == [("Attack", False), ("Abduction/forced disappearance", True)]


def test_qa25_the_device_told_again_names_who_planted_it(gazetteer) -> None:
    """ "... ran over a landmine ... said the explosive device had been planted by criminal groups": one incident,
    the planters as actor1 (stop 25: a second IED incident by the criminal groups)."""
    text = (
        "Two soldiers were killed when their vehicle ran over a landmine near Tepalcatepec on Sunday. Army spokesman "
        "Colonel Luis Zamora said the explosive device had been planted by criminal groups."
    )
    got = _rows(text, "2024-04-15", gazetteer, "sub_event_type", "actor1", "fatalities")
    assert got == [("Remote explosive/landmine/IED", "Criminal groups", 2)]


def test_qa25_victims_with_a_short_relative_clause_are_counted(gazetteer) -> None:
    """ "Two villagers who tried to flee were shot dead" (stop 25: none)."""
    text = (
        "Bandits stormed Kadawa village in Tsafe on Saturday night, abducting 43 people. Two villagers who tried to "
        "flee were shot dead."
    )
    got = _rows(text, "2024-03-12", gazetteer, "fatalities")
    assert (2,) in got


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # who they were, between dashes or as "nine of them ..." between commas (stop 25: none)
        (
            "Thirteen foreign peacekeepers and soldiers - nine South Africans, three Malawians and one Uruguayan - "
            "were killed in the fighting around Sake last week, the UN said.",
            13,
        ),
        (
            "Thirteen peacekeepers, nine of them South Africans, were killed in fighting around Sake last week.",
            13,
        ),
    ],
)
def test_qa25_who_the_dead_were_told_aside(text: str, dead: int, gazetteer) -> None:
    assert _rows(text, "2025-01-28", gazetteer, "fatalities") == [(dead,)]


def test_qa25_another_sources_lower_toll_goes_to_the_deed_with_a_toll(gazetteer) -> None:
    """ "SANA gave a lower toll of eight dead" after an attack with 11 dead and an abduction with none: the attack's
    toll, the conservative one (stop 25: 8 dead on the abduction)."""
    text = (
        "Suspected Islamic State militants opened fire on truffle hunters east of Al-Sukhnah on Tuesday, killing 11 "
        "of them, the Syrian Observatory for Human Rights reported. The war monitor said the gunmen, riding "
        "motorcycles, also abducted three people, whose fate remains unknown. SANA gave a lower toll of eight dead."
    )
    got = _rows(text, "2024-03-13", gazetteer, "sub_event_type", "fatalities")
    assert got == [("Attack", 8), ("Abduction/forced disappearance", None)]


def test_qa25_dropped_by_an_aircraft_names_its_side(gazetteer) -> None:
    """ "A guided bomb dropped by a Russian aircraft ... killed one woman": Russia's strike (stop 25: Russia as the
    target, "by a" was not read as "by")."""
    text = (
        "A guided bomb dropped by a Russian aircraft on the village of Zolochiv in Kharkiv region on Thursday "
        "morning killed one woman."
    )
    got = _rows(text, "2024-11-14", gazetteer, "actor1", "actor2")
    assert got and got[0][0] == "Military Forces of Russia" and got[0][1] != "Military Forces of Russia"


def test_qa25_fighters_of_a_named_group_are_that_group(gazetteer) -> None:
    """ "Clashes between anti-balaka militiamen and fighters of the UPC": the UPC (stop 25: "Fighters")."""
    text = "Clashes between anti-balaka militiamen and fighters of the UPC erupted near Bria on Tuesday, killing six."
    assert _rows(text, "2024-04-03", gazetteer, "actor1", "actor2") == [
        ("Anti-Balaka", "UPC (Union for Peace in the CAR)")
    ]


def test_qa25_two_sides_dead_with_the_deed_named_between(gazetteer) -> None:
    """ "eleven rebels were killed in the operation and two soldiers lost their lives": both sides' dead (stop 25:
    11)."""
    text = (
        "Troops attacked a rebel camp near Yei on Monday; eleven rebels were killed in the operation and two soldiers "
        "lost their lives."
    )
    assert (13,) in _rows(text, "2024-08-20", gazetteer, "fatalities")


QA26 = [
    # a place freed is territory regained; people freed are not (stop 26: no event)
    (
        "2015-07-03",
        "Iraqi forces free centre of Bayji",
        [("Government regains territory", "Military Forces of Iraq", "Bayji", None)],
    ),
    (
        "2016-12-10",
        "Government troops freed the rest of the city of Sirte on Friday.",
        [("Government regains territory", "Military Forces of Libya", "Sirte", None)],
    ),
    ("2015-07-03", "Police freed the hostages in Bayji on Friday.", []),
    # a night told by both its days is dated by its end (stop 26: the day before publication, "overnight")
    (
        "2024-03-13",
        "Russian missiles struck a residential building in Kharkiv overnight from Sunday to Monday, killing three "
        "people.",
        [("Shelling/artillery/missile attack", "Military Forces of Russia", "Kharkiv", 3)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), QA26)
def test_qa26_deeds_read_and_not_read(published: str, text: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "sub_event_type", "actor1", "location", "fatalities") == expected


def test_qa26_a_night_told_by_both_its_days(gazetteer) -> None:
    text = "Russian missiles struck a residential building in Kharkiv overnight from Sunday to Monday, killing three."
    assert _rows(text, "2024-03-13", gazetteer, "event_date", "date_precision") == [("2024-03-11", "day")]


QA26B = [
    # civilian buildings struck by ground forces: from afar (stop 26: an armed clash)
    (
        "2024-03-13",
        "Russian forces struck a residential building in Kharkiv on Monday, killing three people.",
        [
            (
                "Shelling/artillery/missile attack",
                "Military Forces of Russia",
                None,
                "Kharkiv",
                3,
                "2024-03-11",
            )
        ],
    ),
    # a day of the month before a toll is no count (stop 26: 23 dead)
    (
        "2024-03-11",
        "A missile strike on Kharkiv on January 23 killed eleven people.",
        [("Shelling/artillery/missile attack", None, None, "Kharkiv", 11, "2024-01-23")],
    ),
    # a river named after a city is no place of the event (stop 26: Dnipro city, 300 km away)
    (
        "2022-11-02",
        "Ukrainian rockets struck the Antonivskyi Bridge across the Dnipro river near Kherson city overnight on Tuesday, killing one civilian.",
        [
            (
                "Shelling/artillery/missile attack",
                "Military Forces of Ukraine",
                "Civilians (Ukraine)",
                "near Kherson",
                1,
                "2022-11-01",
            )
        ],
    ),
    # a sentence's opening preposition before a place and a person's apposition (stop 26: no place)
    (
        "2024-06-20",
        "In Kisumu, a man was shot dead by police on Tuesday.",
        [("Attack", "Police Forces of Kenya", "Civilians (Kenya)", "Kisumu", 1, "2024-06-18")],
    ),
    (
        "2024-05-06",
        "In Nyala, a man was killed by RSF fighters on Sunday.",
        [("Attack", "Rapid Support Forces", "Civilians (Sudan)", "Nyala", 1, "2024-05-05")],
    ),
    # the military as a side, federal forces, named groups, an army named with its acronym (stop 26: a side missing)
    (
        "2024-01-15",
        "The military clashed with the Arakan Army near Paletwa on Sunday.",
        [("Armed clash", "Military Forces of Myanmar", "Arakan Army", "near Paletwa", None, "2024-01-14")],
    ),
    (
        "2024-01-15",
        "The military and the Arakan Army clashed near Paletwa on Sunday.",
        [("Armed clash", "Military Forces of Myanmar", "Arakan Army", "near Paletwa", None, "2024-01-14")],
    ),
    (
        "2024-01-15",
        "Federal forces recaptured the village of Gida Ayana from the OLA on Sunday.",
        [
            (
                "Government regains territory",
                "Military Forces of Ethiopia",
                "Oromo Liberation Army (OLA)",
                "Gida Ayana",
                None,
                "2024-01-14",
            )
        ],
    ),
    (
        "2023-08-10",
        "The army clashed with Fano in Debre Markos on Wednesday.",
        [("Armed clash", "Military Forces of Ethiopia", "Fano militia", "Debre Markos", None, "2023-08-09")],
    ),
    (
        "2024-01-15",
        "The KNLA attacked a military outpost near Kawkareik on Saturday.",
        [
            (
                "Armed clash",
                "Karen National Liberation Army (KNLA)",
                "Military Forces of Myanmar",
                "near Kawkareik",
                None,
                "2024-01-13",
            )
        ],
    ),
    (
        "2023-08-14",
        "CMA fighters attacked an army position near Lere on Friday, killing six soldiers.",
        [("Armed clash", "CSP-PSD (formerly CMA)", "Military Forces of Mali", "near Lere", 6, "2023-08-11")],
    ),
    (
        "2024-07-17",
        "Members of the Bangladesh Chhatra League attacked students with sticks and rods at Dhaka University on Monday, injuring more than 100.",
        [("Attack", "Bangladesh Chhatra League", "Civilians (Bangladesh)", "Dhaka", None, "2024-07-15")],
    ),
    (
        "2024-05-06",
        "The Sudanese Armed Forces (SAF) and the RSF clashed on Sunday morning in Omdurman.",
        [("Armed clash", "Military Forces of Sudan", "Rapid Support Forces", "Omdurman", None, "2024-05-05")],
    ),
    # a deed told before, framed by its time, adds no deed at the place of the frame (stop 26: shelling in Kyiv)
    (
        "2024-03-13",
        "Russian shelling killed two people in Pokrovske on Tuesday. The shelling came as Ukrainian President Volodymyr Zelensky met European officials in Kyiv to discuss additional air defence systems.",
        [
            (
                "Shelling/artillery/missile attack",
                "Military Forces of Russia",
                None,
                "Pokrovske",
                2,
                "2024-03-12",
            )
        ],
    ),
    # the dead a gathering remembers are no current deed (stop 26: a clash of the ceremony's day with 1,200 dead)
    (
        "2024-10-07",
        "Ceremonies were held across Israel on Monday to remember the roughly 1,200 people killed when Hamas-led gunmen stormed communities in southern Israel on October 7, 2023.",
        [],
    ),
    # who fires from where they are: the place they hit is the event's (stop 26: Gaza)
    (
        "2021-05-12",
        "Militants in Gaza fired rockets at Ashkelon on Tuesday, killing two women.",
        [
            (
                "Shelling/artillery/missile attack",
                "Militants",
                "Civilians (Israel)",
                "Ashkelon",
                2,
                "2021-05-11",
            )
        ],
    ),
    # a day said before a relation that only says it again (stop 26: the day before, the announcement's)
    (
        "2024-01-18",
        "On Thursday, the day after the announcement, Israeli troops shelled Khan Younis, killing 3 people.",
        [
            (
                "Shelling/artillery/missile attack",
                "Military Forces of Israel",
                None,
                "Khan Younis",
                3,
                "2024-01-18",
            )
        ],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), QA26B)
def test_qa26_sides_places_and_days(published: str, text: str, expected: list, gazetteer) -> None:
    got = _rows(
        text,
        published,
        gazetteer,
        "sub_event_type",
        "actor1",
        "actor2",
        "location",
        "fatalities",
        "event_date",
    )
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a small town whose only namesake the gazetteer knows lies far from the named group's country: not there,
        # and the group's country stands for the report (stop 26: Mahas, Jordan, and Jordan's forces)
        (
            "Al-Shabaab fighters attacked Mahas on Tuesday, killing four soldiers.",
            [("Somalia", "Somalia", "Military Forces of Somalia")],
        ),
        # a town across the border from the group's country is still there (Kenya's Mandera)
        (
            "Al-Shabaab militants attacked a police post in Mandera on Tuesday, killing two officers.",
            [("Mandera", "Kenya", "Police Forces of Kenya")],
        ),
    ],
)
def test_qa26_a_groups_country_over_a_far_namesake(text: str, expected: list, gazetteer) -> None:
    assert _rows(text, "2024-08-29", gazetteer, "location", "country", "actor2") == expected


QA26C = [
    # a past month's deed told again of the same target, or "also" in a past month (stop 26: current)
    (
        "2024-11-20",
        "Hezbollah drones targeted an army base near Nahariya on Tuesday. The same base was hit by a Hezbollah drone "
        "in October, wounding four soldiers.",
        [("2024-11-19", False), ("2024-10-15", True)],
    ),
    (
        "2023-03-08",
        "Israeli missiles struck Damascus airport on Tuesday, killing two soldiers. Damascus International Airport "
        "was also hit by an Israeli strike in January, which killed two soldiers.",
        [("2023-03-07", False), ("2023-01-15", True)],
    ),
    # (a deed of the same week told with "also" stays current)
    (
        "2023-03-08",
        "Israeli missiles struck Damascus airport on Tuesday, killing two soldiers. Gunmen also attacked a checkpoint "
        "near Deraa on Monday.",
        [("2023-03-07", False), ("2023-03-06", False)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), QA26C)
def test_qa26_a_past_months_deed_told_again(published: str, text: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "event_date", "historical") == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a stretch between two villages named by their kind is one place (stop 26: two events)
        (
            "2023-11-15",
            "Israeli shells landed between the villages of Aitaroun and Maroun al-Ras on Tuesday, setting fire to "
            "olive groves.",
            [("Military Forces of Israel", "near Aitaroun")],
        ),
        # shells named by whose they are (stop 26: no actor; the Taliban, the speaker)
        (
            "2022-12-13",
            "The Taliban's Kandahar police spokesman said Pakistani mortar shells landed in Spin Boldak town on "
            "Sunday, wounding three Afghan civilians.",
            [("Military Forces of Pakistan", "Spin Boldak")],
        ),
        # a strike called for a day to come is no protest; a protest called and held is (stop 26: a protest on the
        # Thursday before)
        (
            "2024-07-17",
            "The opposition Bangladesh Nationalist Party announced a nationwide strike for Thursday.",
            [],
        ),
        (
            "2024-07-17",
            "Students called a protest in Dhaka on Tuesday, and thousands joined it.",
            [("Protesters (Bangladesh)", "Dhaka")],
        ),
    ],
)
def test_qa26_stretches_shells_and_calls(published: str, text: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "actor1", "location") == expected


def test_qa26_a_claim_in_the_claimants_words_is_the_deed_told_before(gazetteer) -> None:
    """ "... claimed the barrage, saying it had fired 130 rockets": the claim of the rocket told before, no second
    barrage (stop 26: two incidents at Holon)."""
    text = (
        "One rocket struck a bus in the city of Holon on Tuesday night, wounding three people. Hamas's armed wing, "
        "the Qassam Brigades, claimed the barrage, saying it had fired 130 rockets."
    )
    got = _rows(text, "2024-10-07", gazetteer, "location", "actor1", "claimed_by", "injuries")
    assert got == [("Holon", "Hamas", "Hamas", 3)]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a student protester is a protester (stop 26: a civilian, an attack)
        (
            "2024-06-20",
            "A student protester was shot dead by police in Kisumu on Tuesday.",
            [("Excessive force against protesters", "Kisumu")],
        ),
        # what a crowd accused its victim of is no deed (stop 26: an abduction besides the riot)
        (
            "2024-10-01",
            "A crowd of residents beat and set fire to a man they accused of trying to kidnap children in Puebla on "
            "Sunday night.",
            [("Violent demonstration", "Puebla")],
        ),
    ],
)
def test_qa26_protesters_and_accusations(published: str, text: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "sub_event_type", "location") == expected


def test_qa26_interceptions_over_the_region_beside_a_wounding_strike(gazetteer) -> None:
    """A strike that wounded, then the night's interceptions over the region: two events (stop 26: one interception
    with the strike's wounded; a deadly strike was already kept apart)."""
    text = (
        "Russian drones struck an apartment block in Kharkiv overnight, injuring three people. Air defence units "
        "destroyed 11 drones over the Kharkiv region, the air force said."
    )
    got = _rows(text, "2024-03-11", gazetteer, "sub_event_type", "injuries", "munitions_count")
    assert got == [("Air/drone strike", 3, None), ("Disrupted weapons use", None, 11)]


def test_qa26_the_enemies_killed_in_pursuit_are_no_toll_of_the_ambush(gazetteer) -> None:
    text = (
        "Twenty-two soldiers were killed in an ambush near Bankilare on Saturday. The army said 30 terrorists were "
        "neutralised in pursuit operations on Saturday and Sunday."
    )
    assert _rows(text, "2024-08-13", gazetteer, "fatalities") == [(22,)]


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb struck an army convoy on the western edge of Mogadishu on Tuesday, killing four soldiers.",
        "A roadside bomb struck an army convoy on the northern outskirts of Mogadishu on Tuesday, killing four soldiers.",
    ],
)
def test_qa26_the_edge_of_a_town_is_near_it(text: str, gazetteer) -> None:
    """(stop 26: the edge was the town itself, "the northern outskirts" too; "the outskirts of" was near)"""
    assert _rows(text, "2023-09-06", gazetteer, "location", "geo_precision") == [("near Mogadishu", 2)]


def test_qa26_a_long_aside_between_the_count_and_its_verb(gazetteer) -> None:
    """(stop 26: the nine were not counted; the attackers' four were the toll; ACLED counts both)"""
    text = (
        "At least nine people, most of them civilians who had gathered at the Lido beach restaurant for dinner, were "
        "killed when gunmen stormed it in Mogadishu late on Friday. All four attackers were killed."
    )
    assert _rows(text, "2024-06-15", gazetteer, "fatalities") == [(13,)]


def test_qa26_people_were_seized_on_a_day_told_after_the_saying(gazetteer) -> None:
    """ "The women were seized on Thursday": the abduction's own day, after "residents said on Sunday" (stop 26:
    no trigger, the day of the saying)."""
    text = (
        "Suspected jihadists abducted about 50 women near Arbinda, residents said on Sunday. The women were seized "
        "on Thursday."
    )
    assert _rows(text, "2023-01-16", gazetteer, "sub_event_type", "event_date") == [
        ("Abduction/forced disappearance", "2023-01-12")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # settlers are no state's forces (stop 26: Military Forces of Israel, "Israeli ... fire" read as its forces)
        (
            "Israeli settlers set fire to two cars in the village of Turmus Ayya on Monday.",
            [("Settlers", None)],
        ),
        # the kin of a group's fighters are not the group (stop 26: Islamic State as the side hit)
        (
            "At al-Hol camp in Hasakah province, which holds tens of thousands of relatives of Islamic State "
            "fighters, an Iraqi woman was found shot dead in her tent on Sunday.",
            [(None, None)],
        ),
    ],
)
def test_qa26_people_who_are_no_side(text: str, expected: list, gazetteer) -> None:
    assert _rows(text, "2023-08-30", gazetteer, "actor1", "actor2") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nobody fought, said in the next sentence (stop 26: a takeover by force)
        (
            'Fano fighters seized Lalibela on Tuesday after government troops withdrew overnight. "There was no '
            'fighting inside the town," a resident said.',
            "Non-violent transfer of territory",
        ),
        (
            "Fano fighters seized Lalibela on Tuesday after heavy fighting. Residents said the town was calm.",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_qa26_a_takeover_nobody_fought_for(text: str, expected: str, gazetteer) -> None:
    assert _rows(text, "2023-08-10", gazetteer, "sub_event_type") == [(expected,)]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a plural lead summed up exactly by the deeds told next: no event of its own (stop 26: 5 + 4 + 1 dead)
        (
            "2024-08-25",
            "Israeli air strikes killed at least five Palestinians in Khan Younis on Sunday, health officials said. An "
            "air strike on a tent in the Al-Mawasi area killed four people. A second strike near Bani Suheila killed "
            "one man.",
            [("Military Forces of Israel", 4), ("Military Forces of Israel", 1)],
        ),
        (
            "2024-11-13",
            "Israeli air strikes on southern Lebanon killed at least nine people on Wednesday, the health ministry "
            "said. A strike on a building in Nabatieh killed six people. A separate strike near Deir Qanoun al-Nahr "
            "killed three people.",
            [("Military Forces of Israel", 6), ("Military Forces of Israel", 3)],
        ),
        # (a lead the parts do not sum stays: they may be more deeds; since stop 28 with the dead they do not
        # place only, 9 - 6 - 2, and the strikes told by town are the lead's attackers')
        (
            "2024-11-13",
            "Israeli air strikes on southern Lebanon killed at least nine people on Wednesday, the health ministry "
            "said. A strike on a building in Nabatieh killed six people. A separate strike near Tyre killed two "
            "people.",
            [
                ("Military Forces of Israel", 1),
                ("Military Forces of Israel", 6),
                ("Military Forces of Israel", 2),
            ],
        ),
        # the group named with its fighters' noun, and an armed group that triggered its device (stop 26: victims)
        (
            "2024-06-13",
            "Five soldiers were killed when Fano militiamen attacked an army post in Debre Markos on Wednesday.",
            [("Fano militia", 5)],
        ),
        (
            "2024-11-12",
            "Two DRG jawans were killed when Maoists triggered an improvised explosive device near Tarrem in Bijapur "
            "district on Sunday.",
            [("Maoists", 2)],
        ),
        # (a patrol that triggered a mine is its victim)
        (
            "2024-11-12",
            "An army patrol triggered a landmine near Bijapur on Sunday, killing two soldiers.",
            [(None, 2)],
        ),
    ],
)
def test_qa26_summed_leads_and_perpetrators(published: str, text: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "actor1", "fatalities") == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a night's launch total at a whole country is no strike of its own when its outcome is told (stop 26: a
        # strike at Ukraine's centre beside the interceptions or the hits)
        (
            "2025-01-14",
            "Russia launched 64 drones at Ukraine overnight, the air force said. Air defences destroyed all 64 drones.",
            [("Disrupted weapons use", "Military Forces of Russia", 64)],
        ),
        # (more launched than shot down, no hit placed: the rest got through, the launch is their strike: stop 22)
        (
            "2025-01-14",
            "Russia launched 64 drones and three missiles at Ukraine overnight, the air force said. Air defences "
            "destroyed 42 drones.",
            [
                ("Shelling/artillery/missile attack", "Military Forces of Russia", 64),
                ("Disrupted weapons use", None, 42),
            ],
        ),
        (
            "2024-10-07",
            "Russia launched drones at Ukraine overnight, Ukraine's air force said on Monday. The governor said two "
            "missiles hit an industrial site on the outskirts of Kharkiv, injuring five workers.",
            [("Shelling/artillery/missile attack", "Military Forces of Russia", 2)],
        ),
        # (told alone, the launch stays)
        (
            "2025-01-14",
            "Russia launched 64 drones at Ukraine overnight, the air force said.",
            [("Air/drone strike", "Military Forces of Russia", 64)],
        ),
    ],
)
def test_qa26_a_launch_total_and_its_outcome(published: str, text: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "sub_event_type", "actor1", "munitions_count") == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a market named after a far town, in the town named next (stop 26: Naivasha, Kenya)
        (
            "2024-12-06",
            "Artillery shells fell on the Naivasha market in El Fasher on Thursday, killing three people.",
            [("El Fasher", None, None)],
        ),
        # a claim of "the launch", by a wing named with a capital "Al-" (stop 26: no claim, no actor)
        (
            "2024-08-25",
            "Two rockets were fired toward Nirim on Sunday. The Al-Quds Brigades claimed the launch.",
            [
                (None, "Palestinian Islamic Jihad", "Palestinian Islamic Jihad")
            ],  # (Nirim: not in the gazetteer)
        ),
        # the KIA by its acronym as a side; "listed as KIA" is no group (stop 26: no actor)
        (
            "2024-11-28",
            "The KIA captured a battalion outpost outside Hpakant on Wednesday, killing 12 soldiers.",
            [("near Hpakant", "Kachin Independence Army (KIA)", None)],
        ),
    ],
)
def test_qa26_markets_claims_and_acronyms(published: str, text: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "location", "actor1", "claimed_by") == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a name's namesake in the country the report's own signs point at (a state's forces acting in a territory,
        # a group's theatre), over its best-known sense in a country nothing else names (stop 27: Gaza province,
        # Mozambique, once a mediator's country was named too)
        (
            "2025-03-15",
            "Israeli strikes killed 20 people across Gaza on Friday, the territory's health ministry said, as "
            "negotiators met in Doha to discuss a truce. Hamas said the attacks undermined the talks, which are "
            "mediated by Qatar, Egypt and the United States.",
            [("Gaza", "Palestine")],
        ),
        (
            "2025-03-15",
            "Four people were killed in an Israeli drone strike in Gaza on Friday, a day after the announcement in "
            "Doha of a new round of talks.",
            [("Gaza", "Palestine")],
        ),
        # (a demonym is no such sign: it is as often the attacker's)
        (
            "2024-10-05",
            "Russian drones hit Pokrovsk on Saturday, wounding two people.",
            [("Pokrovsk", "Ukraine")],
        ),
    ],
)
def test_qa27_a_namesake_where_the_report_points(
    published: str, text: str, expected: list, gazetteer
) -> None:
    assert _rows(text, published, gazetteer, "location", "country") == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # the phrase "came under fire" is the deed: an attack on soldiers by whoever (stop 27: no incident)
        (
            "2025-06-09",
            "Soldiers came under fire on Saturday near the town of Eldorado, Sinaloa. One soldier was killed.",
            [("2025-06-07", "Armed clash", 1)],
        ),
        # (blame is no fire)
        (
            "2025-06-09",
            "The army came under fire from rights groups on Monday over the killings in Culiacan.",
            [],
        ),
        (
            "2025-06-09",
            "The government came under fire on Saturday for its handling of the crisis in Sinaloa.",
            [],
        ),
        # a confrontation between armed sides is a clash (stop 27: no incident); a war of words is none
        (
            "2025-06-30",
            "Late on Sunday, a confrontation between gunmen and state police in Culiacán left two attackers dead.",
            [("2025-06-29", "Armed clash", 2)],
        ),
        ("2025-06-30", "The minister warned of a confrontation with the opposition on Sunday.", []),
        # a lasting war told of the deed's place in a relative clause does not make the deed background (stop 27:
        # the sentence was dropped)
        (
            "2025-02-04",
            "Gunmen killed four farmers on Monday in Tame, where the ELN and FARC dissidents have been fighting for "
            "three years.",
            [("2025-02-03", "Attack", 4)],
        ),
        # "On the 14th": the last such day of a month on or before the report's (stop 27: the week of publication)
        (
            "2025-01-22",
            "On the 14th, gunmen exchanged fire near Ermita de Guadalupe, in Jerez, Zacatecas, leaving four dead.",
            [("2025-01-14", "Armed clash", 4)],
        ),
        (
            "2025-01-22",
            "On the 28th, gunmen killed two police officers in Jerez, Zacatecas.",
            [("2024-12-28", "Armed clash", 2)],
        ),
        # "killed and 11 others wounded": the others are the wounded beside those dead, not more dead than the toll
        # told before (stop 27: 6 + 4 = 10 dead)
        (
            "2025-03-13",
            "A suicide car bomber struck a checkpoint in Mogadishu on Thursday, killing at least six people, police "
            "said. Four soldiers were killed and 11 others wounded.",
            [("2025-03-13", "Suicide bomb", 6)],
        ),
        # (more dead told after the toll still add to it)
        (
            "2025-03-13",
            "A suicide car bomber struck a checkpoint in Mogadishu on Thursday, killing at least six people, police "
            "said. Three other people died later in hospital.",
            [("2025-03-13", "Suicide bomb", 9)],
        ),
    ],
)
def test_qa27_fire_confrontations_days_of_month_and_others(
    published: str, text: str, expected: list, gazetteer
) -> None:
    assert _rows(text, published, gazetteer, "event_date", "sub_event_type", "fatalities") == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # where a source speaks, a capital speaking for its state, a news agency named after a province: no place
        # of the deed (stop 27: Sanaa, New Delhi, Fars)
        (
            "2024-02-21",
            "Houthi spokesman Yahya Saree, speaking in Sanaa, said the group had fired missiles at a US-owned cargo "
            "ship in the Gulf of Aden on Tuesday.",
            [("Gulf of Aden", "Shelling/artillery/missile attack")],
        ),
        (
            "2025-05-08",
            "The flare-up follows Indian missile strikes early on Wednesday at what New Delhi called terrorist "
            "infrastructure in Bahawalpur and Muridke in Pakistan's Punjab province.",
            [
                ("Bahawalpur", "Shelling/artillery/missile attack"),
                ("Muridke", "Shelling/artillery/missile attack"),
            ],
        ),
        (
            "2026-01-08",
            "Iran's semi-official Fars news agency said armed rioters had attacked a police post in Malekshahi on "
            "Tuesday.",
            [("Iran", "Violent demonstration")],
        ),
        # what a protest is against is not where it was (stop 27: Gaza, once Gaza was read as Palestine's)
        (
            "2008-12-31",
            "Some 300 New Zealand demonstrators protested against the Israeli air offensive in Gaza on Tuesday.",
            [("New Zealand", "Peaceful protest")],
        ),
        # a strike called for a day to come, and those who lead protests, are no protest (stop 27: a protest on the
        # past such weekday)
        ("2024-12-02", "Protest organisers in Tbilisi have called for a general strike on Wednesday.", []),
        ("2025-07-08", "Matatu operators in Nairobi have called a transport strike for Thursday.", []),
        # (a strike joined is one)
        (
            "2024-12-02",
            "Thousands joined a general strike in Tbilisi on Wednesday.",
            [("Tbilisi", "Peaceful protest")],
        ),
        # tear gas is fired at a crowd, however the crowd is called (stop 27: no incident)
        (
            "2024-11-27",
            "Police moved on the crowds at D-Chowk in Islamabad on Tuesday, firing tear gas shells and live rounds.",
            [("Islamabad", "Protest with intervention")],
        ),
        (
            "2024-11-27",
            "Security forces fired tear gas at thousands of Imran Khan supporters in Islamabad on Tuesday.",
            [("Islamabad", "Protest with intervention")],
        ),
    ],
)
def test_qa27_speakers_agencies_calls_and_crowds(
    published: str, text: str, expected: list, gazetteer
) -> None:
    assert _rows(text, published, gazetteer, "location", "sub_event_type") == expected


def test_qa27_a_datelines_state_in_brackets_is_no_toll(gazetteer) -> None:
    """ "SAMBHAL (Uttar Pradesh), November 25, 2024 - Four men were killed ... on Sunday": the dateline's year is no
    toll and its day not the event's (stop 27: 2,024 dead on the day of publication)."""
    text = (
        "SAMBHAL (Uttar Pradesh), November 25, 2024 - Four men were killed and more than 20 police personnel "
        "injured on Sunday when violence broke out during a survey of a mosque in Sambhal town."
    )
    assert _rows(text, "2024-11-25", gazetteer, "event_date", "fatalities", "location") == [
        ("2024-11-24", 4, "Sambhal")
    ]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a bearing or a sea off a town that is also an English word makes it a place (stop 27: no place)
        (
            "2024-01-16",
            "A Houthi missile struck a bulk carrier 54 nautical miles west of Mocha on Monday.",
            [("2024-01-15", False, "near Mocha")],
        ),
        # a source's words then are no sign of a past deed (stop 27: historical)
        (
            "2025-05-05",
            "On Sunday, RSF drones hit the Osman Digna air base north of Port Sudan, the army said at the time.",
            [("2025-05-04", False, "near Port Sudan")],
        ),
        # a war's toll is no deed (stop 27: an attack of 3,900 dead on the day of the truce)
        (
            "2024-12-03",
            "Israeli strikes killed five people in Tyre on Monday. The war, which escalated sharply in September, "
            "killed more than 3,900 people in Lebanon, according to the health ministry.",
            [("2024-12-02", False, "Tyre")],
        ),
        # the hour of a deed told before, and a deed a court punished, are no deeds of their day (stop 27: a missile
        # attack on the anniversary; an attack with 46 dead on the day of the verdict, in the court's town)
        (
            "2025-07-08",
            "Doctors laid flowers on Tuesday outside Okhmatdyt hospital in Kyiv. A minute of silence was held at "
            "10:45, the time the missile hit.",
            [],
        ),
        (
            "2025-02-20",
            "A military court in Bunia on Wednesday sentenced three CODECO commanders for the massacre at the Lala "
            "camp, in which 46 civilians were killed.",
            [],
        ),
        # the places people fled to are none of the deed's, the second of them either (stop 27: Lascahobas)
        (
            "2025-04-01",
            "Gangs attacked the town of Mirebalais on Monday, setting fire to the police station. At least five "
            "people were killed, and thousands of residents fled toward Saut-d'Eau and Lascahobas.",
            # (one incident since stop 28: the dead told next at the attack's town, with no deed of their own, are
            # the attack's; stop 27 left them a second incident)
            [("2025-03-31", False, "Mirebalais")],
        ),
    ],
)
def test_qa27_bearings_sources_then_tolls_of_wars_and_trials(
    published: str, text: str, expected: list, gazetteer
) -> None:
    assert _rows(text, published, gazetteer, "event_date", "historical", "location") == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a count over a country's many places is no one deed (stop 27: arrests with seven dead at country level)
        (
            "2024-08-02",
            "Amnesty International Nigeria said on Friday that at least 13 protesters had been killed across the "
            "country on Thursday. The Inspector-General of Police said seven people had died and that 681 people "
            "had been arrested in various states.",
            [],
        ),
        # (a protest told beside it is one; so is a strike joined nationwide)
        (
            "2024-08-02",
            "Police fired tear gas at protesters in Kano on Thursday as demonstrations took place across the country.",
            [("Kano", "Protest with intervention")],
        ),
        # the other side of a border named with its country's possessive is not where (stop 27: South Waziristan,
        # Pakistan, for a strike in Afghanistan)
        (
            "2024-12-26",
            "Pakistani aircraft bombed the village of Laman in Afghanistan's Barmal district, near the border with "
            "Pakistan's South Waziristan district, killing 46 people, a Taliban spokesman said on Wednesday.",
            [("Afghanistan", "Air/drone strike")],
        ),
    ],
)
def test_qa27_many_places_and_the_other_side_of_a_border(
    published: str, text: str, expected: list, gazetteer
) -> None:
    assert _rows(text, published, gazetteer, "location", "sub_event_type") == expected


def test_qa27_a_toll_told_right_after_a_past_deed_is_its_own(gazetteer) -> None:
    """A sentence that opens with a toll, right after a past deed, tells that deed's dead, not those of the current
    deed told next (stop 27: the Depayin strike of last week had the 160 dead of Pazigyi in 2023)."""
    text = (
        "On 11 April 2023, a military jet bombed a crowd in Pazigyi, in Sagaing region's Kanbalu township. More than "
        "160 people were killed, according to the National Unity Government, making it the deadliest single "
        "airstrike since the 2021 coup. Last week, fighter jets bombed a monastery in Depayin township, killing four "
        "people."
    )
    got = sorted(_rows(text, "2024-11-20", gazetteer, "event_date", "historical", "fatalities"))
    assert got == [("2023-04-11", True, 160), ("2024-11-14", False, 4)]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # the attribution of the deed told before names its doer (stop 27: no actor)
        (
            "2025-03-14",
            "Four state police officers were wounded on Thursday when explosives dropped from drones struck their "
            "patrol near Apatzingán. Authorities blamed the attack on the CJNG.",
            [("CJNG", 4)],
        ),
        (
            "2025-03-14",
            "Four state police officers were wounded on Thursday when gunmen ambushed their patrol near Apatzingán. "
            "Authorities attributed the attack to the Jalisco New Generation Cartel.",
            [("CJNG", 4)],
        ),
        # what a war left behind is no war's toll (a blast's)
        (
            "2019-09-18",
            "Remnants of the Syrian war kill 4 civilians including 2 children in Deir Ezzor on Tuesday.",
            [(None, None)],
        ),
    ],
)
def test_qa27_attributions_and_remnants(published: str, text: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "actor1", "injuries") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town's own airport by its possessive is the airport (stop 27: the town)
        (
            "Drones launched by the Rapid Support Forces struck Port Sudan's international airport on Monday, the "
            "army said.",
            [("Port Sudan New International Airport", "site")],
        ),
        ("Drones struck Kandahar's airport on Monday.", [("Kandahar Airfield", "site")]),
        # (another part of the town is the town)
        ("Drones struck Kyiv's central district on Monday.", [("Kyiv", "settlement")]),
    ],
)
def test_qa27_a_towns_own_airport(text: str, expected: list, gazetteer) -> None:
    assert _rows(text, "2025-05-05", gazetteer, "location", "location_precision") == expected


def test_qa27_the_munitions_its_aircraft_fired_are_the_strikes(gazetteer) -> None:
    """ "A drone strike on a market in Kabkabiya killed 12. ... the drone fired three missiles into the market": the
    strike told before, with its munitions, not a missile attack of its own (stop 27: two incidents); a missile
    attack by another shooter stays apart."""
    strike = "A drone strike on a market in the town of Kabkabiya killed at least 12 people on Monday, medics said. "
    one = (
        strike
        + "The resistance committee said the drone fired three missiles into the market shortly before noon."
    )
    assert _rows(one, "2025-01-14", gazetteer, "sub_event_type", "fatalities", "munitions_count") == [
        ("Air/drone strike", 12, 3)
    ]
    two = strike + "Later, the army fired three missiles at the town of Tawila."
    assert len(_rows(two, "2025-01-14", gazetteer, "sub_event_type")) == 2


def test_qa27_a_nationwide_count_takes_no_town_told_before(gazetteer) -> None:
    """ "... shot down 102 of 127 missiles and 99 of 109 drones nationwide" after a hit near Boryspil: the whole
    country's, not near Boryspil (stop 27)."""
    text = (
        "In Kyiv region, debris from a downed missile damaged a substation near the town of Boryspil on Monday, "
        "regional authorities said. Ukraine's air force said it shot down 102 of 127 missiles and 99 of 109 drones "
        "nationwide."
    )
    assert _rows(text, "2024-08-26", gazetteer, "location", "munitions_count") == [
        ("near Boryspil", 1),
        ("Ukraine", 102),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # protesters' own violence makes a riot (stop 27: peaceful protests)
        (
            "Demonstrators set part of the parliament building in Nairobi alight on Tuesday.",
            "Violent demonstration",
        ),
        (
            "Protesters fired fireworks at the parliament building in Tbilisi on Sunday night and built barricades "
            "from rubbish bins.",
            "Violent demonstration",
        ),
        # two factions of a party fighting each other with sticks: rioters, no armed clash (stop 27: Armed clash)
        (
            "A BNP activist was killed and 40 people were injured on Sunday when two factions of the party clashed "
            "with sticks and machetes at a bazaar in Sirajganj.",
            "Mob violence",
        ),
    ],
)
def test_qa27_crowds_violence_is_a_riot(text: str, expected: str, gazetteer) -> None:
    assert [r[0] for r in _rows(text, "2025-03-10", gazetteer, "sub_event_type")] == [expected]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a group's own count of its deed told before, on a later day, is its claim of that deed: no second event,
        # and the conservative toll stays (stop 27: a second event at country level on the day of the statement)
        (
            "2025-05-13",
            "JNIM fighters attacked an army camp in Djibo on Sunday, killing 50 soldiers. In a statement released on "
            "Monday, JNIM said it had seized weapons and killed more than a hundred soldiers.",
            [("2025-05-11", "Djibo", 50, "JNIM")],
        ),
        (
            "2025-04-07",
            "ISWAP fighters attacked a military base in Monguno on Saturday, killing five soldiers. In a statement on "
            "Sunday, ISWAP claimed it had killed 20 soldiers.",
            [("2025-04-05", "Monguno", 5, "Islamic State West Africa")],
        ),
        # (the police's word on their own arrests is no claim; a group's takeover told on is the battle's outcome)
        (
            "2025-04-10",
            "M23 fighters clashed with Wazalendo fighters in Kamanyola on Monday, killing six fighters. The M23 said "
            "it had taken control of the town by evening.",
            [("2025-04-07", "Kamanyola", 6, None)],
        ),
    ],
)
def test_qa27_a_groups_later_count_is_its_claim(published: str, text: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "event_date", "location", "fatalities", "claimed_by") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a whole area's count (across it, over the past day) gives way to the strikes told at their places (stop 27:
        # the area's 38 dead were given to one strike)
        (
            "Israeli air strikes across the Gaza Strip killed at least 38 Palestinians over the past 24 hours, the "
            "health ministry said. A strike on a tent in the Nuseirat refugee camp killed four people.",
            [("Nuseirat", 4)],
        ),
        (
            "Israeli air strikes across the Gaza Strip killed at least 38 Palestinians on Saturday, the health "
            "ministry said. The deadliest strike hit a house in the Sheikh Radwan neighbourhood of Gaza City shortly "
            "after midnight, killing 11 people.",
            [("Sheikh Radwan", 11)],
        ),
    ],
)
def test_qa27_an_areas_count_and_the_strikes_at_their_places(text: str, expected: list, gazetteer) -> None:
    assert _rows(text, "2025-06-14", gazetteer, "location", "fatalities") == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a police release's day written dd.mm.yyyy (stop 27: the week of publication)
        (
            "2026-02-16",
            "On 14.02.2026 at about 0600 hrs, Maoists opened fire on security forces near Tumalpad village in Sukma "
            "district, and five Maoists were killed.",
            [("2026-02-14", "day", 5)],
        ),
        # the ISPR's word for soldiers killed by a blast (stop 27: no dead)
        (
            "2025-04-12",
            "A roadside bomb exploded near an FC vehicle in Mastung district on Friday, martyring two personnel and "
            "injuring three others.",
            [("2025-04-11", "day", 2)],
        ),
    ],
)
def test_qa27_dotted_days_and_martyring(published: str, text: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "event_date", "date_precision", "fatalities") == expected


def test_qa27_a_states_own_command_speaking_is_no_place(gazetteer) -> None:
    """ "Russia's Defence Ministry said ... its forces had liberated the village": the ministry's state is who speaks,
    not where (stop 27: a second event at country level in Russia for a village in Kharkiv region)."""
    text = (
        "Russian forces captured the village of Stepova Novoselivka in Kharkiv region. Russia's Defence Ministry said "
        "on Friday that its forces had liberated the village."
    )
    assert [r[0] for r in _rows(text, "2024-11-15", gazetteer, "country")] == ["Ukraine"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town's local police speaking, when no other place is told: near that town (stop 27: the country)
        ("A villager was killed by gunmen on Sunday, police in Bijapur said.", [("near Bijapur", "near")]),
        # (a city's police speak for a province: the country stays, as "police in Raipur said" at stop 17)
        ("A villager was killed by gunmen on Sunday, police in Raipur said.", [("India", "country")]),
        # (a place told for the deed is its place)
        (
            "A villager was killed by gunmen in Sukma on Sunday, police in Bijapur said.",
            [("Sukma", "settlement")],
        ),
    ],
)
def test_qa27_the_local_polices_town(text: str, expected: list, gazetteer) -> None:
    assert _rows(text, "2024-04-17", gazetteer, "location", "location_precision") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an army communiqué's operation and the enemies it neutralised (stop 27: no incident)
        (
            "On Saturday, army units conducted an offensive operation against a terrorist concentration about 20 "
            "kilometres south of Fada N'Gourma. More than sixty terrorists were neutralised.",
            [("Armed clash", "near Fada N'Gourma", 60)],
        ),
        # (a search is no offensive)
        ("Police conducted a search operation in Kano on Saturday.", []),
    ],
)
def test_qa27_a_communiques_operation(text: str, expected: list, gazetteer) -> None:
    assert _rows(text, "2025-02-18", gazetteer, "sub_event_type", "location", "fatalities") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the outcome of the munitions just told, after "but" or "adding that", is theirs (stop 27: a strike that hit)
        (
            "Iraqi militants launched two drones at Ain al-Asad air base on Friday, but both were shot down.",
            [("Disrupted weapons use", True)],
        ),
        (
            "Iraqi militants launched two drones at Ain al-Asad air base on Friday, a US official said, adding that "
            "both were shot down.",
            [("Disrupted weapons use", True)],
        ),
        # fire at a post or a detachment is an attack on it (stop 27: no incident)
        (
            "Militants fired at a police post in Bannu on Monday night; no one was hurt.",
            [("Armed clash", False)],
        ),
    ],
)
def test_qa27_outcomes_after_but_and_fire_at_posts(text: str, expected: list, gazetteer) -> None:
    assert _rows(text, "2024-08-09", gazetteer, "sub_event_type", "intercepted") == expected


def test_qa27_a_weekday_said_after_a_relation_is_the_relations_day(gazetteer) -> None:
    """ "Two days later, on Monday, a convoy struck an IED": the Monday two days after the deed told before, not the
    last Monday before the report (stop 27: the day of publication); a weekday that is not the relation's day is
    left as said."""
    lead = "On Saturday August 24, gunmen attacked Barsalogho, killing 150 people. "
    got = _rows(
        lead + "Two days later, on Monday, a convoy struck an IED near Barsalogho, killing four soldiers.",
        "2024-09-02",
        gazetteer,
        "event_date",
    )
    assert got == [("2024-08-24",), ("2024-08-26",)]
    got = _rows(
        lead + "Two days later, on Friday, a convoy struck an IED near Barsalogho, killing four soldiers.",
        "2024-09-02",
        gazetteer,
        "event_date",
    )
    assert got[1] == ("2024-08-30",)


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # the town named after a border's other side, in apposition, is the place (a list after a destination only)
        (
            "2014-05-07",
            "About 300 people were on Monday killed in Nigerian border town with Cameroon, Gamboru Ngala, when well "
            "armed Boko Haram insurgents drove into the town in armoured vehicles.",
            ["Gamboru Ngala"],
        ),
    ],
)
def test_qa27_lists_after_a_skipped_place(published: str, text: str, expected: list, gazetteer) -> None:
    assert [r[0] for r in _rows(text, published, gazetteer, "location")] == expected


def test_qa27_a_motive_does_not_unplace_the_cities_listed_after_it(gazetteer) -> None:
    """What a protest is against does not make the cities listed after it none of the protest's (a first form of the
    list rule had left only the country)."""
    text = (
        "Tens of thousands of people demonstrated against the war in Washington, New York, San Francisco and Los "
        "Angeles over the weekend."
    )
    got = [r[0] for r in _rows(text, "2003-03-23", gazetteer, "location")]
    assert got and set(got) <= {"Washington", "New York", "New York City", "San Francisco", "Los Angeles"}


def test_qa27_what_the_terrorists_did_next_is_the_same_ambush(gazetteer) -> None:
    """ "Terrorists ambushed an Army vehicle ... The terrorists lobbed a grenade at the vehicle and then opened fire":
    the same attackers' next deed in the same ambush, one event (stop 27: a second, grenade event)."""
    text = (
        "Terrorists ambushed an Army vehicle near Badnota village in Kathua district on Monday, killing five "
        "soldiers. The terrorists lobbed a grenade at the vehicle and then opened fire."
    )
    assert _rows(text, "2024-07-09", gazetteer, "sub_event_type", "fatalities") == [("Armed clash", 5)]
