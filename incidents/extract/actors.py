"""Who attacked whom, and who claimed it: only what the report says, never invented.

An *actor mention* is one of: a named armed group from a short lexicon (Islamic State, al-Shabaab, Taliban, Houthis,
Hezbollah, Hamas ...); a state's forces named by a nationality or country ("Israeli jets", "U.S.-led coalition",
"Russia's army", "then-U.S. president Donald Trump" -> "Military Forces of the United States"); a generic armed
actor as said ("unidentified gunmen", "militants", "a suicide bomber"); civilians ("villagers", "worshippers" ->
"Civilians"); protesters/rioters.

Roles around a trigger in one clause:

- after ``by`` (passive: "targeted by", "carried out by", "ordered by", "fired by") -> attacker (``actor1``), except
  for interceptions where "shot down by X" names the defender (-> ``actor2``);
- after ``on``/``against``/``targeting``/``at`` following the trigger -> target (``actor2``);
- before the trigger: the subject; attacker for an active verb, target for a passive one ("soldiers were ambushed");
- victims named by a casualty phrase ("killing three civilians") -> ``actor2``.

``claimed_by``: "<actor> claimed responsibility", "responsibility was claimed by <actor>", "<actor> said it carried
out"; never from "no immediate claim" and never from claims "for similar incidents in the past".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from incidents.textscan import (
    first_led,
    found_ci,
    found_in,
    lowered,
    matches_ci,
    matches_split,
    search_in,
    split_starts,
    word_stems,
)

__all__ = [
    "ActorMention",
    "Actors",
    "armed_group_spans",
    "assign_actors",
    "coalition_of",
    "find_actor_mentions",
    "find_claim",
    "generic_armed",
    "longer_name_before",
    "names_armed_people",
    "rebel_group",
    "state_of",
    "theatre_countries",
    "tied_to",
    "victims_told_after",
]

_NATIONALITY = {
    "u.s.": "the United States",
    "us": "the United States",
    "u.s": "the United States",
    "american": "the United States",
    "united states": "the United States",
    "israeli": "Israel",
    "israel": "Israel",
    "russian": "Russia",
    "russia": "Russia",
    "ukrainian": "Ukraine",
    "ukraine": "Ukraine",
    "turkish": "Turkey",
    "turkey": "Turkey",
    "iraqi": "Iraq",
    "iraq": "Iraq",
    "syrian": "Syria",
    "syria": "Syria",
    "iranian": "Iran",
    "iran": "Iran",
    "saudi": "Saudi Arabia",
    "saudi arabia": "Saudi Arabia",
    "afghan": "Afghanistan",
    "afghanistan": "Afghanistan",
    "somali": "Somalia",
    "somalia": "Somalia",
    "yemeni": "Yemen",
    "yemen": "Yemen",
    "lebanese": "Lebanon",
    "lebanon": "Lebanon",
    "pakistani": "Pakistan",
    "pakistan": "Pakistan",
    "nigerian": "Nigeria",
    "nigeria": "Nigeria",
    "malian": "Mali",
    "mali": "Mali",
    "kenyan": "Kenya",
    "kenya": "Kenya",
    "ethiopian": "Ethiopia",
    "ethiopia": "Ethiopia",
    "sudanese": "Sudan",
    "sudan": "Sudan",
    "egyptian": "Egypt",
    "egypt": "Egypt",
    "jordanian": "Jordan",
    "jordan": "Jordan",
    "british": "the United Kingdom",
    "french": "France",
    "france": "France",
    "kurdish": "Kurdistan Regional Government",
    "indian": "India",
    "india": "India",
    "chinese": "China",
    "emirati": "the United Arab Emirates",
    "libyan": "Libya",
    "libya": "Libya",
    "burkinabe": "Burkina Faso",
    "congolese": "Democratic Republic of the Congo",
    "myanmar": "Myanmar",
    "palestinian": "Palestine",
    "armenian": "Armenia",
    "armenia": "Armenia",
    "azerbaijani": "Azerbaijan",
    "azeri": "Azerbaijan",
    "azerbaijan": "Azerbaijan",
    "georgian": "Georgia",
    "colombian": "Colombia",
    "mexican": "Mexico",
    "venezuelan": "Venezuela",
    "haitian": "Haiti",
    "burmese": "Myanmar",
    "thai": "Thailand",
    "philippine": "the Philippines",
    "filipino": "the Philippines",
    "cameroonian": "Cameroon",
    "chadian": "Chad",
    "nigerien": "Niger",
    "mozambican": "Mozambique",
    "rwandan": "Rwanda",
    "ugandan": "Uganda",
    "burundian": "Burundi",
    "eritrean": "Eritrea",
    "south sudanese": "South Sudan",
    "algerian": "Algeria",
    "tunisian": "Tunisia",
    "moroccan": "Morocco",
    "bangladeshi": "Bangladesh",
    "tajik": "Tajikistan",
    "kyrgyz": "Kyrgyzstan",
    "north korean": "North Korea",
    "south korean": "South Korea",
    "qatari": "Qatar",
    "kuwaiti": "Kuwait",
    "bahraini": "Bahrain",
    "german": "Germany",
    "italian": "Italy",
    "polish": "Poland",
    "belarusian": "Belarus",
    "serbian": "Serbia",
    "burkina faso": "Burkina Faso",
    "niger": "Niger",
    "cameroon": "Cameroon",
    "mozambique": "Mozambique",
    "colombia": "Colombia",
    "eritrea": "Eritrea",
    "rwanda": "Rwanda",
    "uganda": "Uganda",
    "chad": "Chad",
    "dr congo": "Democratic Republic of the Congo",
    # the Sudanese Armed Forces by their acronym ("an SAF air strike", "SAF troops")
    "saf": "Sudan",
}
_NAT_RE = (
    r"(?:U\.S\.?|US|American|United\s+States|SAF|Israeli|Israel|Russian|Russia|Ukrainian|Ukraine|Turkish|Turkey|Iraqi|"
    r"Iraq|Syrian|Syria|Iranian|Iran|Saudi(?:\s+Arabia)?|Afghan(?:istan)?|Somali(?:a)?|Yemeni|Yemen|Lebanese|"
    r"Lebanon|Pakistani|Pakistan|Nigerian?|Nigeria|Malian|Mali|Kenyan?|Ethiopian?|Sudanese|Sudan|Egyptian|Egypt|"
    r"Jordanian|Jordan|British|French|France|Kurdish|Indian?|Chinese|Emirati|Libyan?|Burkinabe|Congolese|Myanmar|"
    r"Palestinian|Armenian?|Azerbaijani?|Azeri|Georgian|Colombian|Mexican|Venezuelan|Haitian|Burmese|Thai|"
    r"Philippine|Filipino|Cameroonian|Chadian|Nigerien|Mozambican|Rwandan|Ugandan|Burundian|Eritrean|"
    r"South\s+Sudanese|Algerian|Tunisian|Moroccan|Bangladeshi|Tajik|Kyrgyz|North\s+Korean|South\s+Korean|Qatari|"
    r"Kuwaiti|Bahraini|German|Italian|Polish|Belarusian|Serbian|Burkina\s+Faso|Niger(?=['’]s)|Cameroon|Mozambique|"
    r"Colombia|Eritrea|Rwanda|Uganda|Chad(?=['’]s)|DR\s+Congo)"
)
#: national armed forces and police written by their acronyms (unambiguous in conflict reporting)
_ARMIES = {
    "FARDC": ("Democratic Republic of the Congo", "forces"),
    "Somali National Army": ("Somalia", "forces"),
    "SAF": ("Sudan", "forces"),
    "FACA": ("Central African Republic", "forces"),
    "FAMa": ("Mali", "forces"),
    "IDF": ("Israel", "forces"),
    "ENDF": ("Ethiopia", "forces"),
    "SSPDF": ("South Sudan", "forces"),
    "South Sudan People's Defence Forces": ("South Sudan", "forces"),
    "UPDF": ("Uganda", "forces"),
    "KDF": ("Kenya", "forces"),
    "PNP": ("the Philippines", "police"),
    "PNH": ("Haiti", "police"),
    # Pakistan's provincial counter-terrorism police ("the CTD said it had killed three terrorists")
    "CTD": ("Pakistan", "police"),
    "Counter Terrorism Department": ("Pakistan", "police"),
    "Counter-Terrorism Department": ("Pakistan", "police"),
}
_FORCE = (
    # (one aircraft too, and bombers: "A Russian warplane struck", "US B-2 bombers struck")
    r"(?:forces|troops|army|military|soldiers|servicemen|jets?|warplanes?|fighter\s+jets?|(?<!suicide\s)bombers|gunships?|"
    r"aircraft|drones?|navy|"
    r"air\s+force|police|policemen|security\s+forces|special\s+forces|border\s+guards?|artillery|gunboats?|"
    # (the government's security forces are its military: "Syrian government security forces")
    r"government(?!\s+security\s+forces)|president|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|coalition|marines|paratroopers|"
    r"helicopters?|choppers?|units?|commandos?|warships?|air\s+defen[cs]es?|Iron\s+Dome|intelligence\s+services?|"
    r"Peshmerga|Revolutionary\s+Guards?(?:\s+Corps)?|Basij|"
    r"missiles?|rockets?|shelling|(?:mortar\s+|artillery\s+|tank\s+)?shells|strikes?|air\s*strikes?|bombardment|general\s+staff|authorities|"
    r"(?:guided|glide)\s+(?:aerial\s+)?bombs?|aerial\s+bombs?|fire|gunfire|"
    # a state's ground deed named by its nationality: "an Israeli raid killed 11", "a Turkish incursion"
    r"raids?|incursions?|(?:ground|military)\s+(?:offensives?|operations?))"
)
#: what and where forces are, right after the nationality: "an Israeli tank", "a Russian patrol", "Ukrainian
#: positions" (no words between: "a Palestinian man approached a checkpoint" is no Palestinian post)
_FORCE_THINGS = (
    r"(?:(?:army|military)\s+)?(?:tanks?|armou?red\s+vehicles?|patrols?|convoys?|positions|outposts?|"
    r"checkpoints?|barracks)"
)
_GROUPS: tuple[tuple[str, str], ...] = (
    (r"Kata['’]?ib\s+Hezbollah", "Kataib Hezbollah"),
    (r"Islamic\s+State\s+(?:in\s+)?Khorasan|ISKP|IS-K", "Islamic State Khorasan"),
    (r"Islamic\s+State\s+West\s+Africa(?:\s+Province)?|ISWAP", "Islamic State West Africa"),
    (
        r"Islamic\s+State\s+(?:in\s+the\s+)?Greater\s+Sahara|ISGS|ISSP|IS-Sahel|Islamic\s+State\s+Sahel(?:\s+Province)?",
        "Islamic State Sahel",
    ),
    (
        r"Tehri[kc]-[ie]-Taliban(?:\s+Pakistan)?|Tehreek-e-Taliban(?:\s+Pakistan)?|TTP|Pakistani\s+Taliban",
        "Tehrik-i-Taliban Pakistan (TTP)",
    ),
    (r"Islamic\s+State\s+of\s+Iraq\s+and\s+(?:the\s+)?(?:Levant|[Aa]l-Sham|Syria)", "Islamic State"),
    (
        r"Islamic\s+State|Islamic\s+state(?=[”\"])|ISIS|ISIL|Daesh|IS(?=\s+(?:militants|fighters|jihadists|group|claimed|claims|"
        r"kills?|killed|executes?|executed|attacks?|attacked|seizes?|seized|captures?|captured|launch(?:es|ed)?|"
        r"storms?|stormed|beheads?|beheaded|shells?|shelled|suicide|car\s+bomb|drones?|leaders?|commanders?|"
        r"targets?|targeted|bombs?|bombed|hits?|advances?|advanced|ambush(?:es|ed)?|raids?|raided|fires?|fired|"
        r"clashes|clashed|retakes?|retook|recaptures?|recaptured|detonates?|detonated|abducts?|abducted|kidnaps?|"
        r"kidnapped|assaults?|assaulted|positions|members|elements|cells?|emirs?|snipers?)\b)",
        "Islamic State",
    ),
    (r"al[- ]Shabaa?b|Al[- ]Shabaa?b", "Al Shabaab"),
    (r"Taliban", "Taliban"),
    (r"Houthis?|Huthis?|Ansar\s+Allah", "Houthis (Ansar Allah)"),
    (r"Hezbollah|Hizbollah|Hizballah", "Hezbollah"),
    (r"Hamas|Qassam\s+Brigades", "Hamas"),
    (
        r"(?:Palestinian\s+)?Islamic\s+Jihad|[Aa]l-Quds\s+Brigades|Saraya\s+[Aa]l-Quds",
        "Palestinian Islamic Jihad",
    ),
    (r"PKK|Kurdistan\s+Workers['’]?\s+Party", "PKK"),
    (r"SDF|Syrian\s+Democratic\s+Forces", "SDF"),
    (r"YPG", "YPG"),
    # the Yazidi militia of Sinjar (Iraq), struck by Turkish drones
    (r"Sinjar\s+Resistance\s+Units(?:\s+\(YB[SŞ]\))?|YB[SŞ]\b", "YBS (Sinjar Resistance Units)"),
    (r"HTS|Hayat\s+Tahrir\s+al-Sham|Hay['’]at\s+Tahrir\s+al-Sham", "Hayat Tahrir al-Sham"),
    (r"Wagner(?:\s+Group)?", "Wagner Group"),
    (
        r"Popular\s+Mobili[sz]ation\s+(?:Forces|Units)|PMF|PMU|Hashd\s+al-Shaabi|Hashid\s+al-Shaabi",
        "Popular Mobilization Forces",
    ),
    (r"Boko\s+Haram", "Boko Haram"),
    # the militia that fights Boko Haram in Borno ("Civilian JTF vigilantes" are no civilians)
    (r"Civilian\s+(?:Joint\s+Task\s+Force|JTF)|CJTF", "Civilian JTF"),
    (r"JNIM", "JNIM"),
    (r"AQAP|al[- ]Qaeda\s+in\s+the\s+Arabian\s+Peninsula", "AQAP"),
    (r"al[- ]Qa[e']?i?da|Al[- ]Qa[e']?i?da", "Al Qaeda"),
    (r"RSF|Rapid\s+Support\s+Forces", "Rapid Support Forces"),
    (r"M23", "M23"),
    (r"MONUSCO|MINUSMA|MINUSCA|UNIFIL|UNMISS|UNAMID|UNDOF|UNISFA", ""),
    (r"AMISOM|ATMIS|African\s+Union\s+(?:forces|troops|peacekeepers)", "African Union forces"),
    # (before "ADF": the Ambazonia Defence Forces spell out the same acronym)
    (
        r"Ambazonia(?:n)?\s+Defen[cs]e\s+Forces?(?:\s+\(ADF\))?|Ambazonian?\s+(?:separatists|fighters|rebels)|"
        r"Amba\s+(?:boys|fighters)",
        "Ambazonian separatists",
    ),
    (r"Allied\s+Democratic\s+Forces|ADF", "Allied Democratic Forces (ADF)"),
    (r"(?:CPP-)?NPA|New\s+People['’]s\s+Army", "New People's Army (NPA)"),
    (
        r"VDP|Volunteers\s+for\s+the\s+Defen[cs]e\s+of\s+the\s+Homeland",
        "VDP (Volunteers for the Defence of the Homeland)",
    ),
    (r"Abu\s+Sayyaf(?:\s+Group)?|ASG(?=\s)", "Abu Sayyaf"),
    (r"Dawlah\s+Islamiyah(?:[- ]Maute)?(?:\s+[Gg]roup)?|Maute\s+[Gg]roup", "Dawlah Islamiyah-Maute Group"),
    (r"Bangsamoro\s+Islamic\s+Freedom\s+Fighters|BIFF", "Bangsamoro Islamic Freedom Fighters (BIFF)"),
    (r"Jalisco\s+New\s+Generation\s+Cartel|Cartel\s+Jalisco\s+Nueva\s+Generaci[oó]n|CJNG", "CJNG"),
    (r"Sinaloa\s+Cartel|Cartel\s+de\s+Sinaloa", "Sinaloa Cartel"),
    # Ecuador's and Venezuela's gangs, named outright (their names are also words and places: Los Lobos, Tren)
    (r"Los\s+Lobos", "Los Lobos"),
    (r"Los\s+Choneros", "Los Choneros"),
    (r"Los\s+Tiguerones", "Los Tiguerones"),
    (r"Tren\s+de\s+Aragua", "Tren de Aragua"),
    (r"CODECO", "CODECO"),
    (
        r"West\s+Papua\s+National\s+Liberation\s+Army|TPNPB|Free\s+Papua\s+Movement|OPM",
        "TPNPB (West Papua National Liberation Army)",
    ),
    (r"National\s+Liberation\s+Army|ELN", "National Liberation Army (ELN)"),
    (r"FARC(?:\s+dissidents)?|Revolutionary\s+Armed\s+Forces\s+of\s+Colombia", "FARC dissidents"),
    (r"Clan\s+del\s+Golfo|Gulf\s+Clan", "Clan del Golfo"),
    (
        r"Estado\s+Mayor\s+Central|EMC(?=\s+(?:fighters|dissidents|rebels|guerrillas|members|militants|commanders))|"
        r"Central\s+General\s+Staff",
        "Estado Mayor Central (FARC dissidents)",
    ),
    (r"Segunda\s+Marquetalia", "Segunda Marquetalia"),
    (r"Islamic\s+Resistance\s+in\s+Iraq", "Islamic Resistance in Iraq"),
    (r"Balochistan\s+Liberation\s+Army|Baloch\s+Liberation\s+Army|BLA", "Balochistan Liberation Army (BLA)"),
    (r"Ahlu\s+Sunna\s+Wal?\s+Jama['’]?a|ASWJ", "Ahlu Sunna Wal Jamaa (ASWJ)"),
    (r"Ansaru", "Ansaru"),
    (r"Lashkar-e-Ta(?:i|y)ba|Lashkar-e-Toiba|LeT", "Lashkar-e-Taiba"),
    (r"Jaish-e-Moha?mm?ad|JeM", "Jaish-e-Mohammed"),
    (r"Hizbul\s+Mujahideen", "Hizbul Mujahideen"),
    # (not South Sudan's army, the "South Sudan People's Defence Forces")
    (
        r"(?<!Sudan\s)People['’]s\s+Defen[cs]e\s+Forces?|"
        # the acronym alone is a file format: only as a side ("PDF fighters", "local PDF units")
        r"PDF(?=\s+(?:fighters|forces|members|troops|units?|battalions?|groups?|resistance|soldiers))",
        "People's Defence Force (PDF)",
    ),
    # the Nuer youth militia of Upper Nile and Jonglei
    (r"White\s+Army", "White Army"),
    (
        r"CPI\s*\(Maoist\)|Communist\s+Party\s+of\s+India\s*\(Maoist\)|Naxal(?:ite)?s?",
        "CPI (Maoist)",
    ),
    (r"Arakan\s+Army", "Arakan Army"),
    (r"3R|Return,?\s+Reclamation,?\s+(?:and\s+)?Rehabilitation", "3R (Return, Reclamation, Rehabilitation)"),
    (
        r"UPC|Union\s+for\s+Peace\s+in\s+the\s+Central\s+African\s+Republic",
        "UPC (Union for Peace in the CAR)",
    ),
    # the Central African Republic's other armed groups (ACLED's actor names)
    (r"[Aa]nti-[Bb]alaka", "Anti-Balaka"),
    (r"CPC|Coalition\s+of\s+Patriots\s+for\s+Change", "CPC (Coalition of Patriots for Change)"),
    (r"Viv\s+Ansanm", "Viv Ansanm"),
    (
        # (the acronym only as a side: "killed in action" is KIA too)
        r"Kachin\s+Independence\s+Army|KIA(?=\s+(?:fighters|troops|forces|soldiers|captured|seized|attacked|said|"
        r"claimed|took|overran|shot|ambushed|and)\b)",
        "Kachin Independence Army (KIA)",
    ),
    (r"TPLF|Tigray\s+People['’]s\s+Liberation\s+Front|Tigray\s+Defen[cs]e\s+Forces", "TPLF / Tigray forces"),
    (
        # (alone only as a side: "clashed with Fano", "the army and Fano"; also an Italian town)
        r"Fano(?=\s+(?:militias?|militiamen|fighters|forces|insurgents|rebels))|(?<=\bwith\s)Fano\b|"
        r"(?<=\band\s)Fano\b|(?<=\bby\s)Fano\b|(?<=\bagainst\s)Fano\b|(?<=\bfrom\s)Fano\b",
        "Fano militia",
    ),
    (r"Karen\s+National\s+Liberation\s+Army|KNLA", "Karen National Liberation Army (KNLA)"),
    (r"Karenni\s+Nationalities\s+Defen[cs]e\s+Force|KNDF", "Karenni Nationalities Defence Force (KNDF)"),
    (r"Three\s+Brotherhood\s+Alliance", "Three Brotherhood Alliance"),
    (r"MNDAA|Myanmar\s+National\s+Democratic\s+Alliance\s+Army", "MNDAA"),
    (r"TNLA", "Ta'ang National Liberation Army"),
    # northern Mali's former rebel coalition (ACLED: CSP-PSD, formerly CMA)
    (
        r"CMA(?=\s+(?:fighters|forces|rebels|combatants|members|positions?))|Coordination\s+of\s+Azawad\s+"
        r"Movements|CSP-PSD|Strategic\s+Framework\s+for\s+the\s+Defen[cs]e\s+of\s+the\s+People\s+of\s+Azawad",
        "CSP-PSD (formerly CMA)",
    ),
    # the ruling party's student wing in Bangladesh's 2024 unrest (ACLED: a political militia)
    (r"(?:Bangladesh\s+)?Chhatra\s+League|BCL(?=\s)", "Bangladesh Chhatra League"),
    (r"Oromo\s+Liberation\s+Army|OLA", "Oromo Liberation Army (OLA)"),
    (r"SPLA-IO|SPLM-IO", "SPLA-IO"),
    # Sudan's rebels of the Nuba Mountains and Blue Nile ("the SPLM-N (al-Hilu)")
    (r"SPLM-N(?:orth)?|SPLA-N|Sudan\s+People['’]s\s+Liberation\s+Movement[-–\s]+North", "SPLM-N"),
    (r"Free\s+Syrian\s+Army|FSA|Syrian\s+National\s+Army|SNA(?=\s)", "Syrian National Army"),
    # Arabic-named groups not listed above ("Jaysh al-Islam", "Liwaa Al-Quds", "Ahrar al-Sham"): army, front,
    # movement, brigade(s), legion, companies, supporters, committee + a capitalised name; named as said. Their
    # second word is often a place name ("al-Sham", "Al-Quds") that must not become the event's place.
    (
        r"(?:Jaysh|Jaish|Jabhat|Harakat|Liwa['’]?a?|Alwiya|Ahrar|Faylaq|Saraya|Ansar|Jund|Firqat|Tajammu)\s+"
        r"(?:[Aa]l[- ])?[A-Z][\w'’-]+(?:\s+(?:[Aa]l[- ])?[A-Z][\w'’-]+)?",
        "",
    ),
)
_GENERIC_ARMED = (
    r"(?:(?:unidentified|unknown|suspected|masked|armed|heavily\s+armed)\s+)?"
    # what kind of armed men the report says they are, kept with the noun: "Separatist fighters" (not a bare
    # "Fighters"), "Jihadist militants", "rebel fighters" (no group is named, so none is guessed)
    r"(?:(?:separatist|secessionist|rebel|jihadist|islamist|insurgent|tribal|opposition|anti-government)\s+"
    r"(?=(?:fighters|militants|gunmen|insurgents|rebels|militiamen|militias?|guerrillas)\b))?"
    r"(?:gunmen|militants|insurgents|rebels|"
    r"armed\s+men|armed\s+youths?|attackers|assailants|jihadists|bandits|militiamen|militias?|fighters|extremists|"
    r"terrorists|maoists|naxals|naxalites|khwarij|khawarij|guerrillas|(?:maoist\s+)?cadres|separatists|"
    # (Colombia's FARC dissidents, said alone: "Dissidents attacked the police station in Suarez")
    r"(?:armed\s+|FARC\s+)?dissidents|"
    # Myanmar's anti-junta fighters as the press names them, no one group ("Resistance forces ambushed a column")
    # ("resistance fighters" are "Fighters", as any fighters)
    r"(?:local\s+|anti-junta\s+|armed\s+)?resistance\s+(?:forces|groups|militias?)|"
    r"paramilitar(?:ies|y\s+fighters)|Peshmerga|herdsmen|pirates|(?:armed\s+|rebel\s+|opposition\s+)?factions|settlers|"
    r"gang\s+members|gangsters|gangs|vigilantes|vigilante\s+(?:members|groups?|fighters)|"
    r"(?:a\s+)?suicide\s+bombers?|(?:a\s+)?gunman|"
    # an army communiqué's words: "armed terrorist groups attacked the camp", "non-state armed groups"
    # (not "the ADF, an armed group linked to IS": a description of a group named)
    r"(?:(?:non-state|unidentified|unknown)\s+)?(?:armed\s+)?(?:terrorist|jihadist|extremist|criminal)\s+groups|"
    r"(?:non-state|unidentified|unknown)\s+armed\s+groups?|(?<!an\s)armed\s+groups)"
)
_CIVILIANS = (
    r"(?:civilians?(?!\s+(?:JTF|Joint\s+Task))|villagers|farmers|shepherds|fishermen|labou?rers|nationals|citizens|foreigners|tourists|expatriates|worshippers|residents|passengers|students|schoolchildren|children|women|"
    # travellers: "a convoy of passenger vehicles", "a passenger bus"
    r"(?:a|an|the)\s+(?:convoy\s+of\s+)?(?:[\w-]+\s+)?passenger\s+(?:vehicles?|buses|bus|cars?|vans?|trains?)|"
    # people seeking aid, shoppers, unarmed guards: "crowds heading to an aid distribution site", "Palestinians
    # waiting for aid trucks", "a security guard outside a bank"
    r"aid[- ]seekers|(?:crowds?|people|Palestinians|Sudanese|residents|civilians|families|men|women)\s+(?:who\s+were\s+)?"
    r"(?:heading\s+(?:to|for)|waiting\s+(?:for|at|near)|queu(?:e|ed|ing)\s+(?:for|at)|gathered\s+(?:at|near|around)\s+"
    r"(?:an?\s+|the\s+)?(?:aid|food|distribution))|shoppers|(?:a|an|the|two|three)\s+(?:private\s+|unarmed\s+|bank\s+)?"
    r"(?:security\s+guards?|watchm[ae]n)|Indigenous\s+Guard|"
    # a bus is a civilian vehicle ("Gunmen fired on a bus near Gao"; not "a military bus")
    r"(?:a|an|the)\s+(?!military\b|army\b|police\b)(?:[\w-]+\s+)?(?:bus|minibus|coach)(?!\s+(?:station|stop|terminal|"
    r"park|depot)|\s+carrying\s+(?:[\w-]+\s+)?(?:soldiers|troops|police|policemen|officers|security|military|army|"
    r"personnel|recruits|cadets))\b|"
    # aid work: "a WFP convoy", "an aid convoy", "a convoy of the Norwegian Refugee Council", "a marked NGO vehicle"
    r"(?:a|an|the|two|three)\s+(?:[\w-]+\s+)?(?:aid|humanitarian|relief|WFP|UN|NGO|UNICEF|ICRC|MSF|medical|"
    r"Red\s+Cross|Red\s+Crescent)\s+"
    r"(?:convoys?|vehicles?|trucks?|teams?|staff|workers?)|convoys?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:Refugee\s+Council|Red\s+Cross|Red\s+Crescent|Food\s+Programme|aid\s+(?:agency|group|organi[sz]ation)|"
    r"NGO|charity|humanitarian\s+[\w-]+)|"
    # ("ambushed a convoy of trucks carrying food aid for the World Food Programme")
    r"convoys?\s+of\s+(?:[\w-]+\s+)?(?:trucks|lorries|vehicles|buses)\s+carrying\s+(?:[\w-]+\s+){0,2}?"
    r"(?:aid|food|relief|supplies|goods|passengers|fuel|medicines?)\b|"
    # ("attacked a convoy of fuel tankers", "a convoy of commercial trucks")
    r"convoys?\s+of\s+(?:fuel|oil|commercial|cargo|civilian|merchant|goods)\s+(?:tankers|trucks|lorries|vehicles)\b|"
    # where the displaced live: "a displacement camp", "an IDP camp", "a refugee camp"
    r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:displacement|IDP|refugee|displaced\s+persons['’]?)\s+(?:camps?|sites?|settlements?)|"
    r"journalists?|aid\s+workers|shoppers|pilgrims|traders|herders|displaced\s+(?:people|families)|families|"
    r"a\s+family|(?:a|an)\s+(?:civilian|farmer|teacher|student|child|woman|man|boy|girl|journalist|shepherd|villager|"
    r"labou?rer|vendor|porter)(?!\s+(?:protester|demonstrator|activist)s?\b)|"
    r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:youth|teenager|boy|girl)|teenagers|"
    # a person told by age or origin: "a Palestinian man", "an elderly woman", "a 19-year-old Palestinian" (not
    # "a 22-year-old soldier")
    # (lowercase letters only: the list is also scanned as a lowercase twin; not "a 25-year-old Taliban")
    r"(?:a|an)\s+(?:young|elderly|old|unarmed|(?:\w+-)+year-old|(?!taliban\b|partisan\b)[a-z]+(?:ians?|ans?|is|ese|"
    r"ish))\s+(?:man|woman|civilian|resident|villager)|(?:a|an)\s+(?:\w+-)+year-old\s+(?!taliban\b|partisan\b)"
    r"[a-z]+(?:ians?|ans?|is|ese|ish)"
    r"(?!\s+(?:[\w-]+\s+)?(?:soldier|fighter|militant|gunman|policeman|officer|member|commander|conscript|reservist|"
    r"recruit|attacker|assailant|suspect|guerrilla|rebel|insurgent|sniper|militiaman)s?\b)|"
    r"teachers?|doctors|patients|refugees|fishermen|miners|bystanders|motorists|commuters|activists?|"
    # people counted by nationality, no armed role said: "injuring five Palestinians", "arrested 12 Palestinians"
    # (not "two Syrian soldiers", "five Iraqis who were fighting for IS": an armed noun or role after them)
    # (only after a deed that is no killing: "Israeli forces killed seven Palestinians in a raid" stays a clash,
    # whose dead may be fighters)
    r"(?:(?<=injuring\s)|(?<=wounding\s)|(?<=injured\s)|(?<=wounded\s)|(?<=arrested\s)|(?<=arresting\s)|"
    r"(?<=detained\s)|(?<=detaining\s)|(?<=abducted\s)|(?<=kidnapped\s)|(?<=assaulted\s)|(?<=assaulting\s))"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|several|dozens\s+of|"
    r"scores\s+of|hundreds\s+of)\s+(?:more\s+|other\s+)?(?:Palestinians|Israelis|Syrians|Iraqis|Yemenis|Lebanese|"
    r"Iranians|Jordanians|Egyptians|Afghans|Pakistanis)(?!\s+(?:[\w-]+\s+)?(?:soldiers?|fighters?|militants?|"
    r"gunmen|troops|members|officers|policemen|who\s+(?:were\s+)?(?:fighting|fought|armed|attacked|opened))\b)|"
    r"(?:a|an|the)\s+(?:local\s+)?(?:activist|lawyer|cleric|shopkeeper|driver|nurse|engineer|aid\s+worker)|"
    # (not Spanish "Estado Mayor", general staff: "the Estado Mayor Central", a FARC dissident group)
    r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:member\s+of\s+parliament|lawmaker|legislator|politician|(?<!estado\s)mayor|"
    r"councill?or|candidate)|"
    # no longer under arms: "a former army officer", "a retired general"
    r"(?:a|an|the|two|three)\s+(?:former|retired|ex-)\s*(?:[\w-]+\s+){0,2}?(?:officers?|soldiers?|policem[ae]n|"
    r"commanders?|generals?|colonels?|servicem[ae]n)|"
    # merchant shipping: "a cargo ship", "an oil tanker", "a fishing boat"
    r"(?:a|an|the|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:tankers?|freighters?|cargo\s+ships?|merchant\s+(?:ships?|vessels?)|"
    r"container\s+ships?|bulk\s+carriers?|fishing\s+(?:boats?|vessels?)|ferry|ferries)|"
    # a named person by trade: "an Italian logistics manager", "a local businessman", "the village mukhtar"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:manager|businessman|businessmen|contractor|employee|doctor|judge|"
    r"imam|priest|tribal\s+elder|mukhtar|shepherds?))"
)
_ARMED_TARGETS = (
    r"(?:soldiers|troops|policemen|police\s+officers|police|security\s+forces|army|military|forces|checkpoint|"
    r"convoy|column|patrol|base|outpost|barracks|guards?|fighters|militants|positions?|security\s+personnel|"
    # what forces fight in: "an Israeli tank", "an armoured vehicle", "a police truck" (not "a fuel tank")
    r"(?<!fuel\s)(?<!water\s)(?<!oil\s)(?<!gas\s)(?<!storage\s)(?<!think\s)(?<!septic\s)tanks?|armou?red\s+vehicles?|(?:military|army|police)\s+(?:vehicles?|trucks?)|warships?|gunboats?|"
    r"militiamen|commanders?|(?:training|military|army)\s+camps?|marines|sailors|airmen|paratroopers|commandos|"
    r"servicemen|service\s+members|(?:army|military|police)\s+officers?|colonels?|brigadiers?|"
    r"bandits|gunmen|insurgents|rebels|jihadists|kidnappers|terrorists|extremists|attackers|assailants|pirates|"
    r"separatists|maoists|naxals|naxalites|khwarij|khawarij|guerrillas|cadres|check\s*-?\s*posts?|"
    # the state's armed services at its borders and in its parks ("two customs officers", "a border post")
    r"customs\s+(?:officers?|officials?|agents?|personnel|posts?)|border\s+posts?|(?:forest|park|wildlife)\s+rangers|"
    # "18 members of the Islamic State", "elements of the regime forces": an armed organisation's people
    r"(?:members|elements)\s+(?:of|from)\s+(?:the\s+)?[“\"]?(?-i:[A-Z]))"
)

#: capitals that stand for their states as the subject of a deed
_CAPITAL_OF = {
    "Moscow": "Russia",
    "Kyiv": "Ukraine",
    "Kiev": "Ukraine",
    "Tehran": "Iran",
    "Ankara": "Turkey",
    "Islamabad": "Pakistan",
    "New Delhi": "India",
}
_ACTOR_RE = re.compile(
    # (not a rebel force named after its country: "the Syrian National Army", "Free Syrian Army")
    rf"(?P<state>(?:the\s+)?(?:then-)?(?P<nat>{_NAT_RE})(?:['’]s)?(?P<led>-led)?(?!\s+National\s+(?:Army|Liberation))"
    rf"\s+(?:(?P<thing>{_FORCE_THINGS})|"
    # (not across an armed group's noun: "A Palestinian gunman opened fire", "Palestinian militants fired rockets")
    rf"(?:(?!(?:gunm[ae]n|militants?|rebels?|fighters?|insurgents?|attackers?|assailants?|jihadists?|bandits?|"
    rf"groups?|factions?|militias?|militiam[ae]n|extremists?|terrorists?|guerrillas?|"
    # (nor across people who are no state's forces: "Israeli settlers set fire to two cars")
    rf"settlers?|civilians?|residents?|villagers?|protesters?|demonstrators?|youths?|mobs?|crowds?)\b)[\w-]+\s+){{0,2}}?"
    rf"(?P<force>{_FORCE}|Army|Arab\s+Army|Air\s+Force|Navy|Marines|Coast\s+Guard|National\s+Guard|"
    rf"(?:National\s+)?Police|Gendarmerie|Armed\s+Forces))\b)"
    # ("(?!\w)" ends a name as "\b" does after a letter, and also after a bracket: "CPI (Maoist)")
    rf"|(?P<group>\b(?:suspected\s+)?(?:{'|'.join(p for p, _ in _GROUPS)})(?!\w)(?:\s+\([A-Z][\w-]{{1,8}}\))?(?:\s+(?:militants|fighters|"
    rf"jihadists|group|rebels|insurgents|militiamen|militia|gunmen|attackers|members|commanders|operatives|"
    rf"guerrillas|guerillas|dissidents|cadres|combatants|soldiers|troops|"
    # (whole words: "CODECO militiamen", not "CODECO militia" and "men")
    rf"(?:suicide\s+)?bombers?)(?!\w))?)"
    rf"|(?:(?<=\bby\s)|(?<=\bby\sthe\s)|(?<=\battributed\sto\s)|(?<=\battributed\sto\sthe\s))(?P<bynat>(?:U\.S\.?|United\s+States|Israel|Russia|Ukraine|Turkey|Iraq|Syria|Iran|Saudi\s+Arabia|"
    rf"Yemen|Lebanon|Pakistan|Afghanistan|Somalia|Egypt|Jordan|France|India|China|Libya|Sudan|Ethiopia|Kenya))\b(?!['’]s)"
    # (not a name that goes on: "by the Syria Democratic Forces")
    rf"(?!\s+(?-i:[A-Z]))"
    # a state's armed forces by their acronym: "FARDC and M23 fighters clashed", "IDF troops"
    rf"|(?P<army>\b(?:{'|'.join(_ARMIES)})\b)"
    # the US military's regional commands speak for its strikes: "US Africa Command (AFRICOM) said it conducted"
    rf"|(?P<command>\b(?:(?:U\.S\.?|US|United\s+States)\s+)?(?:Africa|Central|European|Indo-Pacific|Southern|"
    rf"Northern|Special\s+Operations)\s+Command\b(?:\s+\((?:AFRICOM|CENTCOM|EUCOM|INDOPACOM|SOUTHCOM|SOCOM)\))?|"
    rf"\b(?:AFRICOM|CENTCOM|EUCOM|INDOPACOM|SOUTHCOM|SOCOM)\b)"
    # a state named as the subject of a military deed is its forces: "Russia launched 25 drones", "Israel struck"
    rf"|(?P<cstate>\b(?:Israel|Russia|Ukraine|Iran|Turkey|Pakistan|India|Azerbaijan|Armenia|Saudi\s+Arabia|Egypt|"
    rf"Syria|Iraq|Ethiopia|Eritrea|Rwanda|Myanmar|China|Moscow|Kyiv|Kiev|Tehran|Ankara|Islamabad|New\s+Delhi)\b)"
    rf"(?=\s+(?:has\s+|had\s+|then\s+|also\s+|again\s+|later\s+|overnight\s+|said\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    rf"it\s+(?:had\s+|has\s+)?)?(?:launched|fired|struck|"
    rf"attacked|shelled|bombed|targeted|pounded)\s+(?!back\b|(?:an?\s+)?(?:investigations?|inquir(?:y|ies)|probes?|"
    rf"appeals?|initiatives?|campaigns?|programmes?|programs?|satellites?|talks)\b))"
    rf"|(?P<police>\b(?i:police\s+(?:station|officers?|post|checkpoint|patrol|headquarters|vehicle)s?"
    # (not a named officer speaking: "Police officer Abdi Hassan said")
    rf"(?!\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){{0,2}}\s+(?:said|says|told))|policemen|constables|"
    # officers acting on a crowd are its police: "Officers fired live ammunition into the crowd" (not where soldiers
    # or the army are near: see find_actor_mentions)
    rf"(?P<officers>officers(?=\s+(?:[\w'’-]+\s+){{0,2}}?(?:fired|opened\s+fire|shot|dispersed|charged|beat|"
    rf"arrested|detained)\b(?:\s+[\w'’-]+){{0,6}}?\s+(?:crowds?|protesters|demonstrators|marchers|rall(?:y|ies)|gatherings?|"
    rf"sit-ins?)\b))|"
    # the gendarmerie is the police of francophone states: "a gendarmerie post", "two gendarmes"
    rf"gendarmes|gendarmerie\s+(?:post|station|brigade|camp|unit|patrol|checkpoint)s?|"
    # the police as a side ("Police killed seven bandits"), not as a source ("police said", "a police spokesman")
    # (but the police telling their own deed are its side: "Police said they had arrested several leaders")
    rf"police(?=\s+said\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:they|it)\s+(?:had|have|has)\s+(?:arrested|detained|"
    rf"apprehended|seized|recovered|rescued|killed|shot|dispersed))|"
    rf"police(?!\s+(?:said|say|says|told|spokes\w*|chief|commissioner|sources?|officials?|statement|reports?|"
    rf"added|confirmed|stated|records|data|figures|command\w*)\b)(?![\w-])))"
    # a coalition named without whose: "Coalition warplanes struck Sanaa" (whose it is, the theatre tells: see
    # coalition_of)
    rf"|(?P<coal>\b(?i:(?:the\s+)?(?:international\s+|military\s+)?coalition)(?=\s+(?i:(?:fighter\s+)?jets?|"
    rf"warplanes?|(?:war)?planes|aircraft|air\s*strikes?|airstrikes?|raids?|bombing|bombardment|forces|troops|drones?|"
    rf"helicopters?|struck|strikes|launched|bombed|hit|targeted|pounded|conducted|carried\s+out|"
    rf"said\s+(?:on\s+\w+\s+)?(?:that\s+)?it\s+(?:had\s+|has\s+)?(?:carried|conducted|struck|launched|targeted|"
    rf"destroyed|intercepted|shot|downed))\b))"
    rf"|(?P<mil>\b(?i:(?:army|military)\s+(?:post|base|checkpoint|patrol|convoy|vehicle|outpost)s?|soldiers|troops|jawans|"
    # a junta's forces are the state's ("a junta air strike"; the country is the place's)
    rf"(?:the\s+|military\s+)?junta(?:['’]s)?(?:\s+(?:forces|troops|soldiers|jets|aircraft|air\s*strikes?|air\s+force))?|"
    rf"(?:regime|government|pro-government|security|federal)\s+forces|army\s+units?|"
    # the state's aircraft and guns: "Army warplanes bombed", "Military aircraft struck", "the air force bombed"
    # ("a military airstrike hit a monastery": the state's, as "military jets")
    rf"(?:army|military)\s+(?:warplanes?|jets?|aircraft|helicopters?|gunships?|drones?|artillery|air\s*strikes?)|"
    rf"the\s+air\s+force|"
    # a federal member state's forces are the state's ("Puntland forces took control of Garowe")
    rf"(?:Puntland|Jubaland|Galmudug|Hirshabelle|South\s+West\s+State)(?:\s+(?:state|regional|security|Security|"
    rf"Dervish|special))?\s+(?:forces|Forces|Force|troops|police|army)|"
    # the army as a side, not as the source of a toll ("the army said 22 civilians were killed"; "the army said it
    # arrested three men" tells its own deed, "..., one of which was intercepted, the army said" its defence)
    # ("the military" as a side too, where no noun follows: "The military clashed with", "the military and the
    # Arakan Army"; not "the military court", "the military's statement")
    rf"(?:the\s+army|the\s+military(?=\s*[,;.)]|\s+(?:and|or|has|had|have|was|were|also|then|later|again|on|in|near|"
    rf"at|with|from|into|clashed|fought|attacked|launched|shelled|bombed|struck|seized|captured|recaptured|retook|"
    rf"killed|shot|opened|carried|conducted|raided|stormed|regained|took|arrested|detained)\b))"
    rf"(?!\s+(?:said|says|say|told|confirmed|stated|added|reported)\s+(?:that\s+)?"
    rf"(?:at\s+least\s+|more\s+than\s+|some\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    rf"eleven|twelve|[a-z]+teen|[a-z]+ty|several|dozens|scores|hundreds)\b)))\b)"
    rf"|(?P<armed>\b(?i:{_GENERIC_ARMED})\b)"
    rf"|(?P<civ>\b(?i:{_CIVILIANS})\b)"
    rf"|(?P<protest>\b(?i:protesters|demonstrators|(?:a|one|the)\s+(?:young\s+|student\s+)?(?:protester|demonstrator)|"
    rf"rioters|a\s+mob|mobs?|marchers|rally-goers|striking\s+(?:[\w-]+\s+)?workers|"
    rf"strikers)\b)"
)
_GROUP_RES = tuple((re.compile(rf"\b(?:{p})(?!\w)"), name) for p, name in _GROUPS)
#: groups that fight on the state's side (ACLED codes them with the forces, not against them)
_STATE_ALLIED = frozenset(
    {
        "Civilian JTF",
        "VDP (Volunteers for the Defence of the Homeland)",
        "African Union forces",
        "Wagner Group",
        "Popular Mobilization Forces",
    }
)
#: every armed group the lexicon names that fights against a state
_REBEL_NAMES = frozenset(name for _, name in _GROUPS if name) - _STATE_ALLIED


def rebel_group(name: str) -> bool:
    """``name`` is an armed group from the lexicon that fights the state's forces, not one on their side."""
    return name in _REBEL_NAMES


#: every position where some group pattern may start (no word boundaries: re then skips ahead by the first
#: characters; :func:`armed_group_spans` checks each pattern, boundaries included, at those positions only)
_GROUP_STARTS = re.compile("|".join(f"(?:{p})" for p, _ in _GROUPS))
#: the same starts, found by a pattern led by their first letters (``re`` skips ahead to those in C instead of
#: trying some 60 alternatives at every character: under a third of the time of the scan)
_GROUP_STARTS_LED = first_led(_GROUP_STARTS) or _GROUP_STARTS
#: better still: every pattern of :data:`_GROUP_RES` starts with ``\b`` and a name ("IS", "al-", "Kata"): the word
#: starts where one is written, from one automaton pass over the report (its names are capitalised: few starts)
_GROUP_STEMS = word_stems(re.compile(rf"\b(?:{_GROUP_STARTS.pattern})"), min_len=2)
#: at one position, which of :data:`_GROUP_RES` match there: group ``i + 1`` is "" when pattern ``i`` does
_GROUPS_AT = re.compile("".join(f"(?:(?={rx.pattern})()|)" for rx, _ in _GROUP_RES))
_WORD_START = re.compile(r"\b\w")

#: where a named armed group fights (ISO3): naming it tells the report's theatre, as a demonym does
_THEATRES: dict[str, tuple[str, ...]] = {
    "Kataib Hezbollah": ("IRQ",),
    "Islamic State Khorasan": ("AFG",),
    "Islamic State West Africa": ("NGA",),
    "Islamic State": ("SYR", "IRQ"),
    "Al Shabaab": ("SOM",),
    "Taliban": ("AFG",),
    "Houthis (Ansar Allah)": ("YEM",),
    "Hezbollah": ("LBN",),
    "Hamas": ("PSE",),
    "Palestinian Islamic Jihad": ("PSE",),
    "PKK": ("TUR", "IRQ"),
    "SDF": ("SYR",),
    "YPG": ("SYR",),
    "YBS (Sinjar Resistance Units)": ("IRQ",),
    "Hayat Tahrir al-Sham": ("SYR",),
    "Popular Mobilization Forces": ("IRQ",),
    "Boko Haram": ("NGA",),
    "Civilian JTF": ("NGA",),
    "JNIM": ("MLI", "BFA"),
    "AQAP": ("YEM",),
    "Rapid Support Forces": ("SDN",),
    "M23": ("COD",),
    "Islamic State Sahel": ("MLI", "NER", "BFA"),
    "Tehrik-i-Taliban Pakistan (TTP)": ("PAK",),
    "Allied Democratic Forces (ADF)": ("COD", "UGA"),
    "Ambazonian separatists": ("CMR",),
    "New People's Army (NPA)": ("PHL",),
    "VDP (Volunteers for the Defence of the Homeland)": ("BFA",),
    "Abu Sayyaf": ("PHL",),
    "Dawlah Islamiyah-Maute Group": ("PHL",),
    "Bangsamoro Islamic Freedom Fighters (BIFF)": ("PHL",),
    "CJNG": ("MEX",),
    "Sinaloa Cartel": ("MEX",),
    "Los Lobos": ("ECU",),
    "Los Choneros": ("ECU",),
    "Los Tiguerones": ("ECU",),
    "Tren de Aragua": ("VEN", "CHL", "COL", "PER"),
    "CODECO": ("COD",),
    "TPNPB (West Papua National Liberation Army)": ("IDN",),
    "National Liberation Army (ELN)": ("COL",),
    "FARC dissidents": ("COL",),
    "Clan del Golfo": ("COL",),
    "Estado Mayor Central (FARC dissidents)": ("COL",),
    "Segunda Marquetalia": ("COL",),
    "Islamic Resistance in Iraq": ("IRQ",),
    "Balochistan Liberation Army (BLA)": ("PAK",),
    "Ahlu Sunna Wal Jamaa (ASWJ)": ("MOZ",),
    "Ansaru": ("NGA",),
    "Lashkar-e-Taiba": ("IND", "PAK"),
    "Jaish-e-Mohammed": ("IND", "PAK"),
    "Hizbul Mujahideen": ("IND",),
    "People's Defence Force (PDF)": ("MMR",),
    "White Army": ("SSD",),
    "CPI (Maoist)": ("IND",),
    "Arakan Army": ("MMR",),
    "3R (Return, Reclamation, Rehabilitation)": ("CAF",),
    "UPC (Union for Peace in the CAR)": ("CAF",),
    "Anti-Balaka": ("CAF",),
    "CPC (Coalition of Patriots for Change)": ("CAF",),
    "Viv Ansanm": ("HTI",),
    "Kachin Independence Army (KIA)": ("MMR",),
    "TPLF / Tigray forces": ("ETH",),
    "Fano militia": ("ETH",),
    "Karen National Liberation Army (KNLA)": ("MMR",),
    "Karenni Nationalities Defence Force (KNDF)": ("MMR",),
    "Three Brotherhood Alliance": ("MMR",),
    "MNDAA": ("MMR",),
    "Ta'ang National Liberation Army": ("MMR",),
    "CSP-PSD (formerly CMA)": ("MLI",),
    "Bangladesh Chhatra League": ("BGD",),
    "Oromo Liberation Army (OLA)": ("ETH",),
    "SPLA-IO": ("SSD",),
    "Syrian National Army": ("SYR",),
}
_THEATRE_WEIGHT = (
    0.5  # per group named, shared among its theatres: a demonym ("Syrian") weighs 0.5 per mention
)


def armed_group_spans(text: str, ranges: tuple[tuple[int, int], ...]) -> list[tuple[int, int, str]]:
    """(start, end, name) of every armed group named in ``ranges`` of ``text`` (name "" for an Arabic-named group
    outside the lexicon). A group's name is never a place ("Taliban" is also a Turkish village; "Ahrar al-Sham")."""
    out: list[tuple[int, int, str]] = []
    search, groups_at = _GROUP_STARTS_LED.search, _GROUPS_AT.match
    stems = _GROUP_STEMS.starts(text) if _GROUP_STEMS is not None else None
    for s, e in ranges:
        last_end = [s] * len(_GROUP_RES)  # each pattern's matches do not overlap each other (as finditer's)
        if stems is not None:
            starts: Iterable[int] = stems[bisect.bisect_left(stems, s) : bisect.bisect_left(stems, e)]
        else:
            starts = _starts(search, text, s, e)
        for st in starts:
            # which patterns match here, in one pass; each of those is then matched for its end
            for k, there in enumerate(groups_at(text, st, e).groups()):
                if there is not None and st >= last_end[k]:
                    g = _GROUP_RES[k][0].match(text, st, e)
                    out.append((st, g.end(), _GROUP_RES[k][1]))  # type: ignore[union-attr]
                    last_end[k] = g.end()  # type: ignore[union-attr]
    return out


def _starts(search, text: str, pos: int, end: int) -> Iterator[int]:  # type: ignore[no-untyped-def]
    """Every start ``search`` finds in ``text[pos:end]``, one position after another."""
    while (m := search(text, pos, end)) is not None:
        yield m.start()
        pos = m.start() + 1


_GENERIC_ARMED_RE = re.compile(_GENERIC_ARMED, re.IGNORECASE)


def generic_armed(name: str) -> bool:
    """``name`` is a generic armed actor as said ("Suspected jihadists", "Gunmen"), not a named side."""
    return _GENERIC_ARMED_RE.fullmatch(name) is not None


def theatre_countries(names: Iterable[str]) -> dict[str, float]:
    """Country context (ISO3 -> weight) from the armed groups a report names.

    A headline such as "IS attacks regime positions near Palmyra" names no country, but the group says where the
    war is: Palmyra is then more likely the Syrian town than a US namesake. Each distinct group counts once.
    """
    out: dict[str, float] = {}
    for name in set(names):
        where = _THEATRES.get(name, ())
        for iso3 in where:
            out[iso3] = out.get(iso3, 0.0) + _THEATRE_WEIGHT / len(where)
    return out


def state_of(word: str) -> str | None:
    """Country name for a nationality adjective or country name ("U.S." -> "the United States"), else None."""
    return _NATIONALITY.get(" ".join(word.lower().replace("’", "'").split()).removesuffix("'s"))


#: the coalition that fights in a theatre, for a coalition named without its leader ("Coalition warplanes")
_COALITION_IN = {
    "YEM": "Saudi-led Coalition",
    "SAU": "Saudi-led Coalition",
    "IRQ": "U.S.-led Coalition",
    "SYR": "U.S.-led Coalition",
}


def coalition_of(iso3: str | None) -> str:
    """The coalition a report means by "the coalition" where the event is (ISO3), "Coalition" when unknown."""
    return _COALITION_IN.get(iso3 or "", "Coalition")


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in text: ``name`` is normalised ("Military Forces of Israel"), ``cls`` its kind."""

    start: int
    end: int
    name: str
    cls: str  # "state" | "group" | "armed" | "civilians" | "protesters" | "rioters"


@dataclass(frozen=True, slots=True)
class Actors:
    """Roles found for one mention; None when not said."""

    actor1: str | None = None
    actor2: str | None = None
    claimed_by: str | None = None
    target_class: str | None = (
        None  # "civilians" | "armed" | None: drives VAC vs Battles for generic violence
    )


def _state_name(nat: str, force: str, led: bool) -> str:
    country = state_of(nat) or nat
    f = force.lower()
    if led or f == "coalition":
        short = "U.S." if country == "the United States" else nat
        return f"{short}-led Coalition" if led else f"Coalition ({country.removeprefix('the ')})"
    if "police" in f:
        return f"Police Forces of {country}"
    if f in ("government", "president", "intelligence service", "intelligence services"):
        return f"Government of {country}"
    return f"Military Forces of {country}"


def _group_name(text: str, gs: int, ge: int) -> str:
    """Name of the first group of :data:`_GROUP_RES` (in its order) that ``rx.search(text, gs)`` finds starting
    before ``ge``; "" when none does.

    Each pattern starts with a word start (``\\b`` then a letter), so that is asking which patterns match at one
    of the word starts of ``text[gs:ge]``: one pass of :data:`_GROUPS_AT` per word start tells all of them at once
    (a search per pattern scanned on to the end of the report when the group was not there).
    """
    hit = len(_GROUP_RES)
    for w in _WORD_START.finditer(text, gs, ge):
        got = _GROUPS_AT.match(text, w.start()).groups()
        hit = min(hit, next((i for i, g in enumerate(got) if g is not None), hit))
    return _GROUP_RES[hit][1] if hit < len(_GROUP_RES) else ""


#: a named gang ("the Gran Grif gang", "the Tren de Aragua gang"): named as said (looked for only where "gang"
#: is written: a pattern led by any capital would cost every report a full scan)
_NAMED_GANG = re.compile(
    r"\b(?!(?:The|A|An|This|That|Its|Their|Rival|Armed|Local|Criminal|Street|Members?|Police)\b)"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:de\s+|del\s+)?[A-Z][\w'’-]+){0,2})\s+gang\b"
)


def _named_gangs(text: str, start: int, end: int) -> list[ActorMention]:
    if "gang" not in text[start:end]:
        return []
    return [
        ActorMention(m.start(), m.end(), f"{m.group('name')} gang", "group")
        for m in _NAMED_GANG.finditer(text, start, end)
    ]


#: an armed group outside the lexicon, named by the words such groups take ("the Manbij Military Council", "the
#: Chinland Defence Force", "the National Resistance Front (NRF)", "the SPLM-North rebel group", "the Lions' Den
#: group"): named as said. Not a state's own forces ("the Somali National Army", "Kenya Defence Forces"), nor a
#: junta's council ("the Transitional Military Council"). Looked for only where its nouns are written.
_NAMED_FORCE = re.compile(
    rf"\b(?!{_NAT_RE}\b|(?:The|A|An|Its|Their|This|That|Transitional|Supreme|Joint|Multinational|Border|Special|"
    r"Republican|Presidential|Royal|Popular|South|North|United|Armed|Local|Rival|Sudan|Kenya|Uganda|Rwanda|"
    r"Israel|Somalia|Nigeria|Ethiopia|Mali|Burkina|Niger|Chad|Congo|Afghanistan|Pakistan|Myanmar|Iraq|Syria|"
    r"Libya|Yemen|Lebanon)\b)"
    r"(?P<name>(?:[A-Z][\w'’-]+\s+){0,2}?(?:(?:National|Defen[cs]e|Resistance|Liberation|Independence|Revolutionary|"
    r"Salvation)\s+(?:Army|Front|Forces?|Movement)|Military\s+Council)(?:\s+\((?-i:[A-Z][\w-]{1,8})\))?"
    r"|(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+(?=\s+(?:(?:rebel|armed|militant|jihadist|insurgent|separatist|"
    r"militia)\s+)group\b)"
    r"|(?:(?<=\bof\sthe\s)|(?<=\bfrom\sthe\s))(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+(?=\s+group\b))"
)
_FORCE_NOUNS = ("Army", "Front", "Force", "Movement", "Council", " group")


def _named_forces(text: str, start: int, end: int) -> list[ActorMention]:
    part = text[start:end]
    if not any(w in part for w in _FORCE_NOUNS):
        return []
    return [
        ActorMention(m.start(), m.end(), " ".join(m.group("name").split()), "group")
        for m in _NAMED_FORCE.finditer(text, start, end)
        # (the end of a longer name: "the Libyan National Army" is no "National Army")
        if _NAME_WORD_BEFORE.search(text, max(start, m.start() - 25), m.start()) is None
    ]


_NAME_WORD_BEFORE = re.compile(
    r"(?<![\w'’-])(?!(?:The|A|An|And|Of|From|By|With|Against|Between|In|On|At|For|To|Both|Two|Its|Their)\b)"
    r"(?-i:[A-Z])[\w'’-]*\s+$"
)


#: a proper name's word right before a group's name: the name is a longer one ("Ta'ang National Liberation
#: Army"; not a demonym, "Colombia's" or an article: "the Colombian National Liberation Army" is the ELN)
_LONGER_NAME_BEFORE = re.compile(
    r"(?<![\w'’-])(?!(?:The|A|An|In|On|At|By|Of|And|Suspected|Alleged)\b)"
    # (not its sponsor: "the Turkish-backed Syrian National Army" is the SNA)
    r"(?![\w'’]+-(?:backed|led|allied|aligned|supported|funded|sponsored|affiliated)\b)([A-Z][\w'’-]*[A-Za-z])\s+$"
)
_DEMONYM_END = re.compile(r"(?:an|ese|i|ish|['’]s)$")
_GENERIC_GROUP_WORDS = re.compile(r"\b(?:Liberation|Army|Front|Movement|Forces|Council|Brigades?)\b")


def longer_name_before(text: str, start: int, end: int) -> str | None:
    """The proper name's word right before the group named at ``text[start:end]`` when the two make another group's
    name ("Ta'ang" of "the Ta'ang National Liberation Army": not the ELN), else None."""
    longer = _LONGER_NAME_BEFORE.search(text, max(0, start - 30), start)
    if (
        longer is not None
        and _GENERIC_GROUP_WORDS.search(text, start, end)
        and not _DEMONYM_END.search(longer.group(1))
    ):
        return longer.group(1)
    return None


#: the kin of a group's fighters: "relatives of Islamic State fighters", "the wives and children of IS members"
_KIN_OF = (
    r"\b(?:relatives|families|family\s+members|wives|widows|children|orphans|women\s+and\s+children|"
    r"wives\s+and\s+children)\s+of\s+(?:suspected\s+|alleged\s+|former\s+|foreign\s+)?"
)
#: ... right before a group's name ("relatives of Islamic State"), or a few words before its fighters' noun
#: ("relatives of Islamic State fighters")
_KIN_OF_BEFORE = re.compile(_KIN_OF + "$", re.IGNORECASE)
_KIN_OF_NAMED_BEFORE = re.compile(_KIN_OF + r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
#: a crowd named by the group it follows: "supporters of Hezbollah", "Hamas supporters"
_FOLLOWERS_BEFORE = re.compile(
    r"\b(?:supporters|followers|sympathi[sz]ers|loyalists)\s+of\s+(?:the\s+)?$", re.I
)
_FOLLOWERS_AFTER = re.compile(r"\s+(?:supporters|followers|sympathi[sz]ers)\b", re.I)


#: the military near officers who acted on a crowd: then they may be its officers, not the police's
#: "what the army called ...", "what the Israeli military described as ...": the one naming the target
_WHAT_BEFORE = re.compile(r"\bwhat\s+$", re.IGNORECASE)
_LABEL_VERB_AFTER = re.compile(
    r"\s+(?:called|calls|described|describes|termed|terms|dubbed|labell?ed|identified|said\s+(?:was|were))\b",
    re.IGNORECASE,
)
#: a faction named after a known group's name: "Dawlah Islamiyah-Hassan Group" (not "Hamas-run", "IS-linked")
_FACTION_AFTER = re.compile(r"-(?-i:[A-Z])[\w'’]+\s+(?-i:Group|group|Faction|faction)\b")
_ARMY_NEAR = re.compile(r"\b(?:army|military|soldiers|troops|navy|naval|air\s+force|marines|militia)\b", re.I)
_SPONSOR_AFTER = re.compile(r"-(?:backed|sponsored|supported|funded|aligned|allied|armed|trained)\b", re.I)


def find_actor_mentions(text: str, start: int, end: int) -> list[ActorMention]:
    """Actor mentions in ``text[start:end]``, normalised."""
    out = _named_gangs(text, start, end)
    found = (
        matches_ci(_ACTOR_RE, text, start, end)
        if _ACTOR_STARTS is None
        else matches_split(_ACTOR_RE, _ACTOR_STARTS, text, start, end)
    )
    for m in found:
        if _SPONSOR_AFTER.match(text, m.end()):
            continue  # "Iran-backed militias": the sponsor, not the attacker (ACLED codes the militia)
        if _LABEL_VERB_AFTER.match(text, m.end()) and _WHAT_BEFORE.search(
            text, max(start, m.start() - 10), m.start()
        ):
            continue  # "struck what the army called a Hezbollah depot": who names the target, no side of the deed
        if m.group("state"):
            name = _state_name(m.group("nat"), m.group("force") or "forces", bool(m.group("led")))
            out.append(ActorMention(m.start(), m.end(), name, "state"))
        elif m.group("bynat"):
            out.append(
                ActorMention(m.start(), m.end(), _state_name(m.group("bynat"), "forces", False), "state")
            )
        elif m.group("army"):
            country, force = _ARMIES[m.group("army")]
            name = f"Police Forces of {country}" if force == "police" else f"Military Forces of {country}"
            out.append(ActorMention(m.start(), m.end(), name, "state"))
        elif m.group("cstate"):
            said = " ".join(m.group("cstate").split())
            nat = _CAPITAL_OF.get(said, said)
            out.append(ActorMention(m.start(), m.end(), _state_name(nat, "forces", False), "state"))
        elif m.group("command"):
            out.append(ActorMention(m.start(), m.end(), _state_name("US", "forces", False), "state"))
        elif m.group("police"):
            if m.group("officers") and _ARMY_NEAR.search(
                text, max(start, m.start() - 60), min(end, m.end() + 60)
            ):
                continue  # "Army officers fired into the crowd", "soldiers and officers": the military's
            out.append(ActorMention(m.start(), m.end(), "Police Forces", "state"))
        elif m.group("coal"):
            out.append(ActorMention(m.start(), m.end(), "Coalition", "state"))
        elif m.group("mil"):
            out.append(ActorMention(m.start(), m.end(), "Military Forces", "state"))
        elif m.group("group"):
            if _RUN_BY.match(text, m.end()):
                continue  # "the Houthi-run Al-Masirah TV", "the Hamas-run health ministry": who runs the source
            if _AFFILIATE_OF.match(text, m.end()):
                continue  # "JNIM, al Qaeda's affiliate in the Sahel": a description of the group named before
            if _FOLLOWERS_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _FOLLOWERS_AFTER.match(
                text, m.end()
            ):
                continue  # "Supporters of Hezbollah blocked the road": a crowd, not the armed group
            if _KIN_OF_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "a camp which holds relatives of Islamic State fighters": their kin, not the group
            # searched in the text, not the group alone: "IS" is known by the verb after it ("IS kills ...")
            gs, ge = m.span("group")
            name = _group_name(text, gs, ge) or m.group("group")
            longer = longer_name_before(text, gs, ge)
            if longer is not None:
                # "the Ta'ang National Liberation Army": another group, whose name ends in a known one's
                name = f"{longer} {text[gs:ge]}"
            faction = _FACTION_AFTER.match(text, ge)
            if faction is not None:
                # "the Dawlah Islamiyah-Hassan Group": a faction of the known group, named as written (not the
                # lexicon's other faction)
                name = " ".join(text[gs : faction.end()].split())
            out.append(ActorMention(m.start(), max(m.end(), faction.end() if faction else 0), name, "group"))
        elif m.group("armed"):
            if _KIN_OF_NAMED_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                continue  # "relatives of Islamic State fighters": their kin, no fighters of the deed
            said = " ".join(m.group("armed").split())
            said = re.sub(r"^(?:a|an)\s+", "", said, flags=re.IGNORECASE)
            out.append(ActorMention(m.start(), m.end(), said[0].upper() + said[1:], "armed"))
        elif m.group("civ"):
            if _SUSPECT_AFTER.match(text, m.end()):
                continue  # "A Palestinian man approached a checkpoint": a suspected attacker, not said to be unarmed
            out.append(ActorMention(m.start(), m.end(), "Civilians", "civilians"))
        else:
            word = m.group("protest").lower()
            cls = "rioters" if "riot" in word or "mob" in word else "protesters"
            out.append(ActorMention(m.start(), m.end(), "Rioters" if cls == "rioters" else "Protesters", cls))
    named = [
        f
        for f in _named_forces(text, start, end)
        if not any(a.start < f.end and f.start < a.end for a in out)
        and not _GROUP_STARTS.match(f.name)  # (a known group's own words: "the Islamic State group")
    ]
    if named:
        out.extend(named)
        out.sort(key=lambda a: a.start)
    if len(out) > 1 and out[0].cls == "group" and out[0].name.endswith(" gang"):
        out.sort(key=lambda a: a.start)  # (the gangs were found first)
    if len(out) > 1:
        # "Hamas' armed wing said its fighters had blown up a tank": the fighters of the group named before
        for k, am in enumerate(out):
            if am.cls == "armed" and k and _ITS_BEFORE.search(text, max(start, am.start - 8), am.start):
                group = next(
                    (a for a in reversed(out[:k]) if a.cls == "group" and not tied_to(text, a)), None
                )
                if group is not None:
                    out[k] = ActorMention(am.start, am.end, group.name, "group")
        # "fighters of the UPC", "militants from the Islamic State": the people of the group named right after
        for k, am in enumerate(out[:-1]):
            nxt = out[k + 1]
            if am.cls == "armed" and nxt.cls == "group" and _OF_THE_GROUP.fullmatch(text, am.end, nxt.start):
                out[k] = ActorMention(am.start, am.end, nxt.name, "group")
    if len(out) > 1 and "(" in text[start:end]:
        out = _fold_bracketed_acronyms(text, out)
    return out


#: an acronym in brackets right after a name: "the Congolese army (FARDC)", "the Sudanese Armed Forces (SAF)"
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_CLOSE_BRACKET = re.compile(r"\s*\)")


def _fold_bracketed_acronyms(text: str, out: list[ActorMention]) -> list[ActorMention]:
    """The same side said again in brackets is one mention, not a second actor ("M23 rebels and the Congolese army
    (FARDC) clashed": two sides, the army's acronym is no third one taking the subject's place)."""
    kept: list[ActorMention] = []
    for am in out:
        prev = kept[-1] if kept else None
        if (
            prev is not None
            and am.name == prev.name
            and _OPEN_BRACKET.fullmatch(text, prev.end, am.start)
            and (close := _CLOSE_BRACKET.match(text, am.end)) is not None
        ):
            kept[-1] = ActorMention(prev.start, close.end(), prev.name, prev.cls)
            continue
        kept.append(am)
    return kept


_OF_THE_GROUP = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?", re.IGNORECASE)


#: what a person did that makes him a suspected attacker, not a civilian: "a man approached a checkpoint and was
#: shot", "a Palestinian who tried to stab a soldier", "a youth armed with a knife"
_SUSPECT_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:(?:approached|rushed|charged|ran\s+towards?)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:checkpoint|"
    r"soldiers?|troops|police(?:men)?|officers?|post|gate|guards?|barrier)|(?:tried|attempted)\s+to\s+(?:stab|ram|"
    r"attack|shoot|detonate|run\s+over|carry\s+out|throw)|armed\s+with|(?:who|after\s+he|after\s+she)\s+"
    r"(?:opened\s+fire|stabbed|rammed|attacked|shot))",
    re.IGNORECASE,
)
_TIED_TO_BEFORE = re.compile(
    r"\b(?:linked|affiliated|allied|tied|loyal|aligned|connected)\s+(?:to|with)\s+(?:the\s+)?$|"
    r"\b(?:an?\s+)?(?:affiliate|offshoot|branch|franchise|ally|proxy)\s+of\s+(?:the\s+)?$|"
    r"\bpledged\s+(?:allegiance|loyalty)\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TIED_AFTER = re.compile(r"-(?:linked|affiliated|allied|aligned|inspired)\b", re.IGNORECASE)


def tied_to(text: str, a: ActorMention) -> bool:
    """The actor mention names whom another actor is tied to ("linked to the Islamic State", "al Qaeda-linked")."""
    if _tied_memo[0] is not text:  # (one substring pass per report: most name no tie at all)
        low = text.lower()
        _tied_memo[0], _tied_memo[1] = text, any(w in low for w in _TIED_WORDS)
    if not _tied_memo[1]:
        return False
    return bool(_TIED_TO_BEFORE.search(text, max(0, a.start - 30), a.start) or _TIED_AFTER.match(text, a.end))


#: every match of _TIED_TO_BEFORE or _TIED_AFTER holds one of these (lowercase)
_TIED_WORDS = (
    "linked",
    "affiliat",
    "allied",
    "tied",
    "loyal",
    "aligned",
    "connected",
    "offshoot",
    "branch",
    "franchise",
    "ally",
    "proxy",
    "pledged",
    "inspired",
)
_tied_memo: list[object] = [None, False]


#: the group runs what follows (a source, a ministry): "Houthi-run", "Taliban-appointed" (not "Houthi-controlled
#: Yemen", where the group is who launches, nor "Islamic State-linked": a member)
#: (but a group's own armed wing is the group: "Hamas's armed wing said its fighters ...")
_AFFILIATE_OF = re.compile(
    r"['’]s\s+(?!(?:armed|military)\s+(?:wing|arm)\b)(?:[\w-]+\s+)?(?:affiliate|branch|wing|offshoot|franchise|arm|ally|allies|proxy|proxies)\b",
    re.IGNORECASE,
)
_RUN_BY = re.compile(r"-(?:run|owned|appointed|administered)\b", re.IGNORECASE)
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)


#: where :data:`_ACTOR_RE` may match: its named states and groups (case as written) apart from its generic words
_ACTOR_STARTS = split_starts(_ACTOR_RE, _ACTOR_RE.pattern.index("|(?P<police>"))


_MEMBERS_OF = re.compile(
    r"\b(?:members?|fighters?|soldiers?|elements?|militants?|officers?|personnel|troops|militiamen|recruits|"
    r"commanders?|leaders?|men|rebels|insurgents|gunmen|jihadists)\s+(?:of|from)\s+(?:the\s+)?[“\"]?$",
    re.IGNORECASE,
)
_BY = re.compile(
    # ("airstrikes attributed to the United States")
    # (not who holds or backs a place: "the outskirts of Mayadin, which is controlled by government forces")
    r"\b(?:(?<!controlled\s)(?<!held\s)(?<!run\s)(?<!\bused\s)(?<!owned\s)(?<!backed\s)(?<!supported\s)(?<!administered\s)(?<!occupied\s)by|"
    # ("dropped by a Russian aircraft", "fired by an Israeli drone")
    r"from|attributed\s+to|blamed\s+on)\s+(?:the\s+|an?\s+)?(?:[A-Z][\w.-]*['’]s\s+)?"
    # the codebooks' style: "shelling by Government of Syria forces", "by Government of Sudan (GoS) forces"
    r"(?:(?:the\s+)?(?:Government|government|Regime|regime)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:army|government|regime|security|federal|national|special|elite|rebel|suspected|unidentified|unknown|"
    r"armed|masked|paramilitary|Islamist|jihadist|separatist|allied|pro-government|pro-Russian|Russian-backed|"
    r"Iran-backed|Iranian-backed|Rwandan-backed|Rwanda-backed)\s+)?$"
)
#: "fired by X" names the attacker even in an interception clause; "shot down by X" names the defender
_ATTACK_BY = re.compile(
    r"\b(?:fired|launched|sent|carried\s+out|ordered|claimed|conducted|planted|thrown|"
    r"detonated|flown|operated)\s+by\s+(?:the\s+)?(?:[A-Z][\w.-]*['’]s\s+)?$",
    re.IGNORECASE,
)
_TARGET_PREP = re.compile(
    r"\b(?:on|against|targeting|targeted|at|attacked|ambushed|hit|struck|killing|killed|"
    r"wounding|injuring|abducted|kidnapped|arrested|detained)\s+(?:[\w'’-]+\s+){0,3}$|"
    # a side's people counted before its name: "killing two members of the YBS", "clashed with about 15 members of
    # the Dawlah Islamiyah group" (not an ally: "together with members of the CJTF")
    r"\b(?:on|against|targeting|targeted|at|attacked|ambushed|hit|struck|killing|killed|wounding|injuring|abducted|"
    r"kidnapped|arrested|detained|(?<!along\s)(?<!together\s)with)\s+(?:(?:about|some|around|at\s+least|nearly|"
    r"more\s+than|over|up\s+to)\s+)?(?:[\w'’-]+\s+)?(?:suspected\s+|alleged\s+|senior\s+)?(?:members?|fighters?|"
    r"militants?|elements?|cadres?|operatives?|commanders?|leaders?)\s+(?:of|from)\s+(?:the\s+)?[“\"]?$|"
    # the victims told among a count: "killed six people, including two children", "killing 11, mostly women"
    r"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?\s+"
    r"(?:including|among\s+them|mostly|mainly|most\s+of\s+them)\s+(?:[\w'’-]+\s+){0,2}$|"
    # whose the things hit were: "struck suspected positions of the Kurdistan Workers' Party (PKK)"
    r"\b(?:positions?|bases?|hideouts?|camps?|posts?|targets|strongholds?|headquarters|depots?|facilities)\s+of\s+"
    r"(?:the\s+)?$|"
    # the target as the source labels it: "struck what the Israeli military described as a Hezbollah depot"
    r"\bwhat\s+(?:[\w'’-]+\s+){1,3}(?:called|calls|described\s+as|describes\s+as|termed|dubbed|labell?ed\s+as|"
    r"identified\s+as|said\s+(?:was|were))\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_PASSIVE = re.compile(
    # ("Malian soldiers came under attack": the attack was on them)
    r"\b(?:was|were|been|being|is|are)\s+(?:[\w-]+\s+)?$|\b(?:came|come|comes|coming)\s+under\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: a deed told in the progressive, its verb the trigger's first word ("exchanging fire", "shelling")
_PROGRESSIVE = re.compile(r"[a-z]+ing\b")
#: "a police patrol hit a landmine", "their vehicle struck a roadside bomb": who hit the device was its victim
_HIT_A_MINE = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,2}?(?:hit|hits|struck|strikes|drove\s+over|ran\s+over|stepped\s+on|triggered|ran\s+into)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
_IN_A_BEFORE = re.compile(r"\b(?:in|during)\s+(?:an?|the)\s+$", re.IGNORECASE)
_DEED_NOUN_AFTER = re.compile(
    # (a possessive between: "killed in the Rapid Support Forces' assault on the camp", "in the army's raid")
    r"(?:['’]s?)?\s+(?:raids?|air\s*strikes?|airstrikes?|strikes?|operations?|ambush(?:es)?|attacks?|assaults?|shelling|"
    r"bombardments?|offensives?|drone\s+strikes?)\b",
    re.IGNORECASE,
)
_FIGHT_WITH = re.compile(
    r"\b(?:killed|died|wounded|injured|dead|lost\s+their\s+lives)\s+(?:in|during)\s+(?:a|an|the)?\s*(?:[\w'’-]+\s+)?"
    r"(?:encounters?|clash(?:es)?|gun\s*battles?|gunfights?|firefights?|battles?|fighting|shoot-?outs?|"
    r"exchanges?\s+of\s+fire|skirmish(?:es)?)\s+with\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
#: the other side of the subject's fight, told after its deed: "captured the town after fighting with the army"
_FOUGHT_WITH = re.compile(
    r"\b(?:fighting|clash(?:es)?|battles?|gun\s*battles?|gunfights?|firefights?|exchanges?\s+of\s+fire|"
    r"skirmish(?:es)?|encounters?|combat)\s+with\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
#: "Malian soldiers came under attack on Monday near Menaka in an ambush": the subject was attacked
_CAME_UNDER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}?(?:came|come|comes|coming)\s+under\b", re.IGNORECASE)
#: a name right after an attack verb is that verb's object: "militants attacked a military base ..., using car
#: bombs" -- the base is the target of the attack told by the later trigger, not its subject
_OBJECT_OF = re.compile(
    r"\b(?:attacked|attacking|ambushed|ambushing|targeted|targeting|stormed|storming|raided|raiding|struck|"
    r"striking|shelled|shelling|bombed|bombing|overran|overrunning|besieged|besieging|assaulted|assaulting|"
    r"killed|killing|wounded|wounding|ambushed|captured|capturing|abducted|kidnapped|"
    # "Troops pursued the attackers and killed two of them": who was chased is the target
    r"pursued|pursuing|chased|chasing|tracked\s+down|hunted\s+down|repelled|repulsed|confronted|"
    # "Troops encountered around 15 armed men ..., killing four": whom they met in the fight
    r"encountered|encountering|engaged|engaging|fought|battled|"
    # "soldiers dismantled an ELN camp ..., seizing rifles": whose camp it was
    r"dismantled|dismantling|destroyed|destroying|razed|busted|demolished)\s+"
    # (not across a conjunction: "were killed when NPA rebels ambushed")
    r"(?:(?:a|an|the|\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of)\s+)?"
    r"(?:(?!(?:when|as|after|while|before|because|since|until|and|but)\b)[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: a deed that takes ground "from" someone: "retook the town from al-Shabaab" names the loser, not the attacker
_TAKES_FROM = re.compile(
    r"(?:re)?(?:took|take[sn]?|taking|captured?|capturing|seized?|seizing|gained?|claimed|wrested|liberated|"
    r"freed|recaptured?|retook|regained?)\b",
    re.IGNORECASE,
)
#: "seven soldiers and 15 militants died in the fighting": who died are the deed's victims, whoever they were
_DIED_BETWEEN = re.compile(
    r"\b(?:died|dies|perished|(?:were|was|have\s+been|had\s+been)\s+(?:killed|wounded|injured|hurt|martyred)|"
    # (the ISPR's words for soldiers killed: "Two soldiers embraced shahadat", "laid down their lives")
    r"lost\s+their\s+lives|embraced\s+(?:shahadat|martyrdom)|laid\s+down\s+their\s+lives)\b|"
    # a headline's passive: "Four policemen killed in roadside bomb near Quetta"
    r"^\s*(?:killed|wounded|injured|hurt|dead)\s+(?:in|by)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
#: a second subject joined to the first: "the army and allied militias", "troops and their allies, the ..."
_AND_ALLIED = re.compile(
    # (after its acronym in brackets, or the bracket closing it: "The Sudanese Armed Forces (SAF) and the RSF")
    r"\s*(?:\([^()]{1,15}\)|\))?\s*(?:,\s*)?(?:and|&|as\s+well\s+as|together\s+with|backed\s+by|supported\s+by)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:allied\s+|pro-government\s+|local\s+|tribal\s+|clan\s+|[\w-]+\s+){0,2}",
    re.IGNORECASE,
)
#: the second side of a reciprocal deed named with its unit or wing: "The ELN and the 33rd Front of the FARC
#: dissident EMC clashed", "Troops and a faction of the SPLM-N fought" (no comma, clause word or verb inside)
_AND_SIDE_OF = re.compile(
    r"\s*(?:\([^()]{1,15}\)|\))?\s*(?:and|&)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){1,4}?(?:of|from|within)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}",
    re.IGNORECASE,
)
_BETWEEN_SIDES = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$|\bbetween\s+.{3,60}?\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_WHEN_SUBJECT = re.compile(r"\b(?:when|as|after)\s+(?:the\s+|suspected\s+)?$", re.IGNORECASE)
_DEED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:attacked|stormed|ambushed|raided|opened\s+fire|fired|shelled|struck|targeted|detonated|"
    r"blew|launched|hit|bombed|triggered|planted|set\s+off|"
    # a headline's present: "Two soldiers killed as gunmen attack army post"
    r"attacks?|storms?|ambush(?:es)?|raids?|opens?\s+fire|shells?|strikes?|targets?|hits?|bombs?)\b",
    re.IGNORECASE,
)
#: a second clause in the passive after a subject's deed: "... on Tuesday and about twenty people were "
_AND_THEN_PASSIVE = re.compile(
    r",?\s+and\s+(?:[\w'’-]+\s+){1,5}?(?:were|was|had\s+been|have\s+been)\s+$", re.IGNORECASE
)
_NEW_VERB = re.compile(
    r"\b(?:and|then|before|after|while|who|which|that)\s+(?:had\s+|have\s+)?(?:[\w-]+\s+)?(?:[a-z]+ed|[a-z]+ing)\b"
)
_ALLY_WORDS = re.compile(
    r"\b(?:allied|allies|pro-government|loyalist|its|their|backed|supported|together)\b", re.I
)
#: a deed of two sides, whose subjects joined by "and" are the two ("Rebels and soldiers traded fire")
_RECIPROCAL = re.compile(
    r"(?:clash|fought|fight|battl|exchang|skirmish|gunfight|firefight|gun\s*battl|shootout|trad(?:ed|ing)\s)",
    re.IGNORECASE,
)
#: the subject launched what was then intercepted: "<militants> fired three rockets ..."
_FIRED_AFTER = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,2}?(?:fired|launched|sent|shot|flew|lobbed)\b", re.IGNORECASE
)
_FIRED_IN = re.compile(r"\b(?:fired|launched|sent|lobbed)\b", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?\S*\s*\S*\s*$", re.IGNORECASE)
#: a headline's reduced passive: "Five militants killed in Salahuddin", "Soldiers wounded, two missing" -- the
#: participle has no object after it, so the noun before it is the victim, not the attacker
_REDUCED_PASSIVE = re.compile(
    r"(?:killed|wounded|injured|shot\s+dead|executed|beheaded|kidnapped|abducted|captured|martyred)"
    r"(?=[\"”’']?\s*(?:[,:;.]|$|\b(?:in|near|at(?!\s+(?:least|most)\b)|as(?!\s+many\b)|during|after|on|while|when|"
    r"outside|inside|and|amid|following)\b))",
    re.IGNORECASE,
)
_ARMED_TARGET_RE = re.compile(rf"\b{_ARMED_TARGETS}\b", re.IGNORECASE)
_VIOLENT_PARTICIPLES = (
    r"(?:hit|struck|targeted|attacked|ambushed|killed|wounded|injured|shot|bombed|shelled|destroyed|damaged|"
    r"kidnapped|abducted|overrun|raided|stormed|martyred)"
)
_VIOLENT_PARTICIPLE = re.compile(_VIOLENT_PARTICIPLES, re.IGNORECASE)
#: an agent after the deed: "by bandits", "by a roadside bomb" (not "by night", "by mistake")
_BY_AGENT = re.compile(
    r"\s+by\s+(?!(?:night|day|surprise|mistake|accident|road|car|boat|foot|phone|the\s+time|far|then|now)\b)",
    re.IGNORECASE,
)
_BY_AGENT_BETWEEN = re.compile(
    rf"\b{_VIOLENT_PARTICIPLES}\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE
)
#: the armed targets that are the state's forces or posts (not "gunmen", who may be the attackers: "by gunmen")
_STATE_TARGET_RE = re.compile(
    r"soldiers|troops|policemen|police\s+officers|police|security\s+forces|army|military|checkpoint|convoy|column|"
    r"patrol|base|outpost|barracks|guards?|security\s+personnel|marines|sailors|airmen|paratroopers|commandos|"
    r"servicemen|service\s+members|(?:army|military|police)\s+officers?|gendarmes|gendarmerie|constables|"
    r"customs\s+(?:officers?|officials?|agents?|personnel|posts?)|border\s+posts?|(?:forest|park|wildlife)\s+rangers|"
    r"(?<!fuel\s)(?<!water\s)(?<!oil\s)(?<!gas\s)(?<!storage\s)(?<!think\s)(?<!septic\s)tanks?|armou?red\s+vehicles?|(?:military|army|police)\s+(?:vehicles?|trucks?)|warships?|gunboats?",
    re.IGNORECASE,
)
#: an actor named as the one who says what follows: "Taliban officials said", "the Lebanese army said"
_SPEAKS_AFTER = re.compile(
    # ("Police in Borno said")
    r"(?:\s+(?:in|at|from)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})?"
    r"\s*(?:(?:officials?|spokes(?:man|woman|person)|sources?|commanders?)\s+)?(?:said|says|told|reported|claimed|"
    r"stated|announced|accused)\b",
    re.IGNORECASE,
)
_OBJECT_IN_TRIGGER = re.compile(
    r"\b(?:targeted|struck|hit|attacked|shelled|bombed|pounded)\s+(?:an?\s+|the\s+)?$|"
    # what was taken: "had taken control of a border guard police post", "overran an army base"
    r"\b(?:taken|took|takes?|taking|seized?|seizing|captured?|capturing|overran|overrun)\s+(?:full\s+)?"
    # (not its taker: "were seized by armed youths")
    r"(?:control\s+(?:of|over)\s+)?(?:an?\s+|the\s+)?(?:(?!by\b)[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_SOURCE_SAID = re.compile(
    r"\b(?:the\s+|a\s+|local\s+)?(?:police|army|military|security)(?:\s+(?:spokes(?:man|woman|person)|sources?|"
    r"officials?|chief|commander))?(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:said|says|told|added|reported|confirmed)\b",
    re.IGNORECASE,
)
#: the speaker tells its own deed: "... said it targeted", "... said they had struck", "said its fighters fired"
_SAID_IT_DID = re.compile(
    # ("said in a statement that its aircraft had struck")
    r"\b(?:said|says|claimed|announced|stated)\s+(?:in\s+an?\s+(?:[\w-]+\s+)?(?:statement|communiqu[ée])\s+)?"
    # ("said on 2 April that it had taken control of")
    r"(?:on\s+(?:\w+\s+){1,3}?)?(?:that\s+)?(?:it|they|its\s+(?:fighters|forces|"
    r"troops|jets|aircraft|drones|units|men)|their\s+fighters|its|their)\s+(?:had\s+|has\s+|have\s+)?"
    # ("said it conducted an airstrike", "said it had responded on Friday by bombing")
    r"(?:[\w'’-]+\s+){0,5}?$",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
#: the speaker tells what its own forces did, however far the deed's noun: "The Nigerian Air Force said its fighter
#: jets on Friday killed 20 bandits in an airstrike"
_SAID_ITS_OWN = re.compile(
    r"\s*(?:officials?\s+|spokes(?:man|woman|person)\s+)?(?:said|says|announced|claimed|stated|confirmed)\s+"
    r"(?:on\s+\w+\s+)?(?:in\s+an?\s+(?:[\w-]+\s+)?(?:statement|communiqu[ée])\s+)?(?:that\s+)?(?:its|their)\s+"
    r"(?:own\s+)?(?:[\w-]+\s+)?(?:fighters|forces|troops|soldiers|jets|aircraft|warplanes|planes|drones|units|men|"
    r"personnel|helicopters|gunships|artillery)\b",
    re.IGNORECASE,
)
#: a military command tells its own strike: "AFRICOM said the strike near Jilib killed three al-Shabaab fighters"
#: (not one on its forces: "CENTCOM said the strike on US troops ...")
_COMMAND = re.compile(r"Command\b|(?:AFRICOM|CENTCOM|EUCOM|INDOPACOM|SOUTHCOM|SOCOM)\b")
_COMMAND_SAID_STRIKE = re.compile(
    r"(?:\s*\([A-Z]+\))?\s*(?:said|says|announced|confirmed|stated)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    r"(?:the|its|an?|one|two|three|\d+)\s+(?:[\w-]+\s+)?(?:air\s*strikes?|airstrikes?|strikes?)\b"
    r"(?![^.;]{0,60}?\b(?:on|against|targeting)\s+(?:the\s+)?(?:U\.S\.|US|American)\b)",
    re.IGNORECASE,
)
#: people who fled the fighting are no side of it: "some 300 residents fled", "residents of Frontera Comalapa fled
#: into Guatemala after clashes between ..."
_FLED_AFTER = re.compile(
    r"(?:\s+(?:of|from|in)\s+(?:(?-i:[A-Z])[\w'’-]+\s*){1,3})?\s+(?:have\s+|had\s+)?(?:fled|were\s+(?:forced\s+to\s+"
    r"flee|displaced|evacuated)|have\s+been\s+displaced|left\s+their\s+homes)\b",
    re.IGNORECASE,
)
#: on whose behalf or with whom the attacker acted is no target: "the strike, conducted at the request of the
#: Somali federal government, killed three al-Shabaab fighters", "in coordination with Iraqi forces"
_ALLY_BEFORE = re.compile(
    r"\b(?:at\s+the\s+request\s+of|in\s+(?:coordination|cooperation|partnership|conjunction)\s+with|"
    r"in\s+support\s+of|on\s+behalf\s+of|alongside|with\s+the\s+(?:support|help|backing|consent)\s+of|"
    r"(?:requested|authori[sz]ed|approved)\s+by)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_CIV_RE = re.compile(rf"\b{_CIVILIANS}\b", re.IGNORECASE)
_DEATH_DEED = re.compile(
    r"killed|shot\s+dead|gunned\s+down|murdered|slain|hacked\s+to\s+death", re.IGNORECASE
)


#: the sentence after a deed says who its dead were: "... killing 11 people. They were all civilians who came to sell
#: grain", "The victims were mostly farmers"
_VICTIMS_WERE = re.compile(
    r"(?:[^.!?\n]{0,200}?[.!?])?\s+(?:They|The\s+(?:victims|dead)|All\s+(?:of\s+them|the\s+(?:victims|dead))|"
    r"Most\s+of\s+them)\s+were\s+(?:all\s+|mostly\s+|mainly\s+|largely\s+)?"
)


def victims_told_after(text: str, end: int) -> str | None:
    """ "Civilians" when the sentence after the one ending at or after ``end`` says the victims were civilians."""
    m = _VICTIMS_WERE.match(text, end)
    return "Civilians" if m is not None and _CIV_RE.match(text, m.end()) is not None else None


def names_armed_people(text: str) -> bool:
    """``text`` names armed people or their posts ("two soldiers", "members of the IS", "a checkpoint"): victims of
    violence there make it a battle, captives taken by an armed group are taken in fighting."""
    return found_in(_ARMED_TARGET_RE, text)


def assign_actors(
    text: str,
    clause: tuple[int, int],
    trigger: tuple[int, int],
    *,
    intercept: bool,
    mentions: list[ActorMention],
) -> Actors:
    """Attacker and target for the trigger at ``trigger`` in ``clause`` (see module docstring for the roles)."""
    cs, ce = clause
    ts, te = trigger
    actor1 = actor2 = None
    subject_end: int | None = None  # where the subject taken as actor1 ends
    target_class = None
    speaker = False  # the subject named last is the one saying it ("X officials said ...")
    classes: dict[str, str] = {}
    for am in mentions:
        classes.setdefault(am.name, am.cls)
        if not (cs <= am.start < ce):
            continue
        if am.cls == "civilians" and _FLED_AFTER.match(text, am.end) is not None:
            continue  # "some 300 residents fled": displaced by the deed, not its target
        before = text[max(cs, am.start - 40) : am.start]
        # "23 members from the regime forces", "Fighters of the SDF clashed": that side's people, in whatever role
        # their phrase has; the "from" is no "by" (they are not the attacker for being named after "from")
        by_before = bool(_BY.search(before)) and not _MEMBERS_OF.search(before)
        if am.start >= te:  # after the trigger
            if found_in(_ALLY_BEFORE, before):
                continue  # "conducted at the request of the Somali government": the attacker's partner
            if am.cls in ("state", "group", "armed") and found_in(
                _BETWEEN_SIDES, text[max(cs, am.start - 90) : am.start]
            ):
                # "fighting between the Congolese army and M23 rebels": the first side, then the second
                if actor1 is None:
                    actor1 = am.name
                else:
                    actor2 = actor2 or am.name
                continue
            if (
                am.cls in ("state", "group", "armed")
                and actor1 is None
                and found_in(_IN_A_BEFORE, before)
                and _DEED_NOUN_AFTER.match(text, am.end) is not None
            ):
                # "were shot dead in an Israeli army raid", "killed in a Russian air strike": whose deed it was
                actor1 = am.name
                continue
            if (
                am.cls in ("state", "group", "armed")
                and actor1 is None
                and actor2 is not None
                and found_in(_FIGHT_WITH, text[max(cs, am.start - 90) : am.start])
            ):
                # "Two militants were killed in an encounter with the army": the other side of the fight told
                actor1 = am.name
                continue
            if (
                am.cls in ("state", "group", "armed")
                and actor1 is not None
                and actor2 is None
                and am.name != actor1
                and found_in(_FOUGHT_WITH, text[max(cs, am.start - 60) : am.start])
            ):
                # "M23 rebels captured Sake after two days of fighting with the Congolese army": the side fought
                actor2 = am.name
                continue
            if (
                am.cls in ("state", "group", "armed")
                and found_in(_WHEN_SUBJECT, before)
                and _DEED_AFTER.match(text, am.end)
            ):
                # "Two soldiers were killed when PKK militants attacked a base": the subject of the deed told
                # after "when" is the attacker
                actor1 = actor1 or am.name
                continue
            if by_before:
                if _TAKES_FROM.match(text, ts, te) and _FROM_BEFORE.search(before):
                    actor2 = actor2 or am.name  # "retook the town from al-Shabaab militants": who lost it
                elif intercept and not found_in(_ATTACK_BY, before):
                    actor2 = actor2 or am.name
                elif am.cls in ("state", "group", "armed"):
                    actor1 = actor1 or am.name
            elif found_in(_TARGET_PREP, text[max(cs, am.start - 60) : am.start]) or am.start - te < 25:
                actor2 = actor2 or am.name
        elif am.end <= ts:  # before: the subject
            between = text[am.end : ts]
            if len(between) > 120:
                continue
            if (
                am.cls in ("state", "group", "armed")
                and found_in(_PASSIVE, text[max(am.end, ts - 20) : ts])
                and _SPEAKS_AFTER.match(text, am.end, ts) is not None
                and not _SAID_IT_DID.search(text, am.end, ts)
            ):
                continue  # "Police in Borno said eight people were killed": who tells the toll, no side of the deed
            if by_before:
                if not intercept and am.cls in ("state", "group", "armed"):
                    actor1 = actor1 or am.name
                continue
            if found_in(_OBJECT_OF, before):
                actor2 = actor2 or am.name  # "attacked a military base ..., using two car bombs": the target
                continue
            passive = (
                # (not the progressive: "M23 rebels and the army are exchanging fire", "Russian forces were
                # shelling Kherson": the subject does it)
                (found_in(_PASSIVE, text[max(am.end, ts - 20) : ts]) and not _PROGRESSIVE.match(text, ts, te))
                or found_in(_DIED_BETWEEN, between)
                or found_in(_CAME_UNDER, between)
                # (an armed group "triggered" the device it planted: "Maoists triggered an IED near Tarrem")
                or (found_in(_HIT_A_MINE, between) and not (am.cls == "armed" or am.cls == "group"))
                or text[ts : ts + 12].lower().startswith(("came under", "come under", "comes under"))
                or bool(re.match(r"\s*(?:targeted|hit|struck|attacked)\s+by\b", text[ts:te], re.IGNORECASE))
                # a headline's passive without "was": "Nigerian troops ambushed by bandits", "police vehicle
                # hit by roadside bomb"
                or (
                    _VIOLENT_PARTICIPLE.fullmatch(text, ts, te) is not None
                    and _BY_AGENT.match(text, te) is not None
                )
                or found_in(_BY_AGENT_BETWEEN, between)
                or bool(_REDUCED_PASSIVE.fullmatch(text, ts, te) and _REDUCED_PASSIVE.match(text, ts, ce))
            )
            if (
                intercept
                and not passive
                and am.cls in ("state", "group", "armed")
                # (or its mention holds the launch: "Russia launched 27 drones at Ukraine ... and air defences
                # destroyed 22 of them" -- the launcher, as when the drones are "Russian drones")
                and (_FIRED_AFTER.match(between) or _FIRED_IN.search(text, am.start, am.end))
            ):
                actor1 = (
                    actor1 or am.name
                )  # "militants fired three rockets ..., one of which was intercepted"
            elif (
                passive
                and not intercept
                and am.cls in ("state", "group", "armed")
                and _DEED_AFTER.match(text, am.end) is not None
                and found_in(_AND_THEN_PASSIVE, between)
            ):
                # "Bandits attacked Yantumaki on Tuesday and about twenty people were abducted": the subject of
                # the deed told first did the second too
                actor1 = actor1 or am.name
            elif passive or intercept or am.cls == "civilians":
                actor2 = am.name if actor2 is None or am.cls != "civilians" else actor2
            elif am.cls in ("state", "group", "armed", "protesters", "rioters"):
                if (
                    actor1 is not None
                    and subject_end is not None
                    and am.name != actor1
                    and _RECIPROCAL.match(text, ts, te)
                    and _AND_SIDE_OF.fullmatch(text, subject_end, am.start)
                    and not _ALLY_WORDS.search(text, subject_end, am.start)
                    and not found_in(_NEW_VERB, text[subject_end : am.start])
                ):
                    # the second side named by its unit: the group it belongs to, the last one named before
                    # the deed ("the 33rd Front of the FARC dissident Estado Mayor Central": the EMC)
                    actor2 = am.name
                    continue
                if (
                    actor1 is not None
                    and subject_end is not None
                    and _AND_ALLIED.fullmatch(text, subject_end, am.start)
                ):
                    if _RECIPROCAL.match(text, ts, te) and not _ALLY_WORDS.search(
                        text, subject_end, am.start
                    ):
                        actor2 = actor2 or am.name  # "Gunmen and soldiers clashed": the two sides
                    continue  # "the army and allied clan militias recaptured": the first named leads
                actor1 = am.name  # the closest subject wins
                subject_end = am.end
                # (not when it says what it did itself: "Hezbollah said it targeted an Israeli army position")
                speaker = (
                    _SPEAKS_AFTER.match(text, am.end, ts) is not None
                    and not _SAID_IT_DID.search(text, am.end, ts)
                    and _SAID_ITS_OWN.match(text, am.end, ts) is None
                    and not (
                        _COMMAND.search(text, am.start, am.end)
                        and _COMMAND_SAID_STRIKE.match(text, am.end, ce) is not None
                    )
                )
        else:  # the trigger itself names the actor ("gunmen opened fire" matched as one trigger)
            if intercept and by_before and not found_in(_ATTACK_BY, before):
                # "the device was defused by the army's bomb disposal unit" (one trigger): the defender, as "shot
                # down by" told after the trigger
                actor2 = actor2 or am.name
                continue
            if intercept and actor1 is not None and am.name != actor1 and am.cls == "state":
                # "Russia launched 27 drones at Ukraine overnight and air defences destroyed 22": the defenders
                # named with the interception, the launcher named before
                actor2 = actor2 or am.name
                continue
            if am.cls in ("state", "group", "armed"):
                if not speaker and _OBJECT_IN_TRIGGER.search(text, ts, am.start):
                    # "targeted an Israeli army position with anti-tank missiles" (one trigger): its object, with
                    # or without a subject named ("it had targeted an army base in the town")
                    actor2 = actor2 or am.name
                    continue
                # (over a speaker before it: "Taliban officials said Pakistani aircraft bombed several houses";
                # over a subject of an earlier deed of the clause, as the closest subject: "Troops clashed with
                # fighters ..., and an Israeli drone killed three people")
                if actor1 is None or speaker or (subject_end is not None and am.start < ts):
                    actor1, speaker = am.name, False
            elif am.cls == "civilians":
                actor2 = actor2 or am.name  # ... or its victims ("seized 110 schoolgirls")
    if speaker and actor1 is not None:
        # the one who says it and no one named after: a source, not the attacker ("Police in Borno said a bomb
        # killed four people", "The army said a drone hit a car")
        actor1 = None
    window = text[ts:ce]
    if ("said" in window or "told" in window or "say" in window) and (
        "olice" in window or "rmy" in window or "ilitary" in window or "ecurity" in window
    ):
        # who reports it is no side of it: "Gunmen killed four people in Kaduna, police said"
        window = _SOURCE_SAID.sub(lambda m: " " * len(m.group(0)), window)
    if actor1 is not None:
        # the attacker named after the deed is no victim of it ("Twelve people were killed, when gunmen stormed
        # the village"): blank its words (same length: offsets stay)
        for am in mentions:
            if (
                am.name == actor1
                and ts <= am.start
                and am.end <= ce
                and (
                    found_in(_WHEN_SUBJECT, text[max(cs, am.start - 20) : am.start])
                    # the agent of a passive killing ("13 people were killed by gunmen in Kano")
                    or (
                        _DEATH_DEED.match(text, ts, te) is not None
                        and found_in(_BY_AGENT_BETWEEN, text[max(cs, am.start - 40) : am.start])
                    )
                )
            ):
                a, b = am.start - ts, am.end - ts
                window = window[:a] + " " * (b - a) + window[b:]
    civ = search_in(_CIV_RE, window)
    if civ is not None or actor2 == "Civilians":
        # the victims named first after the deed: "killed seven suspected bandits and rescued 12 villagers"
        armed = search_in(_ARMED_TARGET_RE, window[: civ.start()]) if civ is not None else None
        # (the civilians belong to another deed: "... and rescued 12 villagers"; "target soldiers, civilians" both)
        other_deed = armed is not None and found_in(_NEW_VERB, window[armed.end() : civ.start()])  # type: ignore
        # the state's people or posts hit first, civilians after them ("attacked a military base ..., killing
        # four soldiers and a civilian"): an attack on the forces, with civilians among its victims
        forces_first = (
            actor1
            is not None  # (a fight needs its attacker: "Fresh attacks target security personnel, civilians")
            and armed is not None
            and _STATE_TARGET_RE.fullmatch(armed.group(0)) is not None
            and not found_in(_BY_BEFORE, window[max(0, armed.start() - 12) : armed.start()])
        )
        target_class = "armed" if (other_deed or forces_first) and actor2 != "Civilians" else "civilians"
    elif found_in(_ARMED_TARGET_RE, window):
        target_class = "armed"
    if target_class is None and (
        found_in(_PASSIVE, text[max(cs, ts - 20) : ts])
        or (_REDUCED_PASSIVE.fullmatch(text, ts, te) and _REDUCED_PASSIVE.match(text, ts, ce))
    ):
        # "Seven Iraqi security personnel killed as ...", "18 members of the IS were killed": the victims are said
        # before a passive deed
        before_trigger = text[cs:ts]
        if found_in(_CIV_RE, before_trigger):
            target_class = "civilians"
        elif found_in(_ARMED_TARGET_RE, before_trigger):
            target_class = "armed"
    if actor2 == "Civilians":
        target_class = "civilians"
    elif target_class is None and classes.get(actor2 or "") in ("state", "group", "armed"):
        target_class = "armed"  # "Kurdish forces attack Islamic State": a named armed target
    if actor1 is not None and actor1 == actor2:
        actor2 = None
    return Actors(actor1, actor2, None, target_class)


_CLAIM_RE = re.compile(
    r"\b(?:claimed|claims|claiming|has\s+claimed|have\s+claimed|took|takes|admitted)\s+(?:[\w'’-]+\s+)?"
    r"(?:responsibility|credit)\b"
    # "claimed the Saturday attack", "claimed Friday's bombing": the deed itself claimed
    # ("The Houthis claimed an attack on the tanker")
    r"|\bclaim(?:ed|s|ing)\s+(?:the|this|that|an?|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+"
    r"(?:[\w'’-]+\s+)?(?:attacks?|bombings?|strikes?|assault|raid|ambush|blasts?|explosions?|killings?|murders?|"
    r"shooting|"
    # ("The Al-Quds Brigades claimed the launch", "claimed the barrage")
    r"launch(?:es)?|barrages?|salvos?|rocket\s+fire)\b"
    # "claimed both the Ain al-Assad and the Erbil attacks"
    r"|\bclaim(?:ed|s)\s+(?:both|all)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:attacks|bombings|strikes|raids|blasts)\b"
    # "said it had carried out", "said in a statement that its fighters had carried out the attack"
    r"|\bsaid\s+(?:in\s+a\s+(?:[\w-]+\s+)?statement\s+)?(?:on\s+\w+\s+)?(?:that\s+)?(?:(?:it|they)\s+(?:had\s+)?"
    r"(?:carried\s+out|was\s+behind|were\s+behind|conducted|staged|fired|launched|"
    # the device its own: "Al-Shabaab said it planted the bomb", "said they had detonated the explosives"
    r"planted|detonated|set\s+off|placed|triggered)|"
    # ... or that "the group had fired missiles at Aramco facilities": an armed group's spokesman
    r"(?:the\s+group|the\s+movement)\s+(?:had\s+)?(?:carried\s+out|was\s+behind|conducted|staged|fired|launched|"
    r"targeted|attacked|struck|shelled|bombed)|"
    # ... or that "its fighters had targeted an Israeli tank": a group's fighters, not a state's forces
    r"(?:its|their)\s+(?:fighters|militants|mujahideen|operatives)\s+(?:had\s+)?(?:also\s+|later\s+|then\s+)?"
    r"(?:carried\s+out|was\s+behind|"
    r"were\s+behind|conducted|staged|targeted|attacked|struck|ambushed|shelled|shot\s+down|downed|stormed|killed|"
    r"fired|launched|captured|seized|overran|bombed|destroyed|blew\s+up|detonated|planted|opened\s+fire))"
    r"|\bresponsibility\s+was\s+claimed\s+by\b"
    r"|\b(?:attacks?|bombings?|strikes?|assault|raid|ambush|blasts?|explosions?|killings?|shooting)\s+"
    r"(?:(?:was|were|has\s+been|have\s+been)\s+|later\s+)?claimed\s+by\b",
    re.IGNORECASE,
)
_NO_CLAIM = re.compile(
    r"\bno\s+(?:[\w-]+\s+)?(?:claim|one\s+(?:has\s+)?claimed|group\s+(?:has\s+)?claimed)|"
    r"\bnot\s+(?:yet\s+)?(?:been\s+)?claimed|\bunclaimed\b|"
    # "for which neither the army nor the RSF claimed responsibility", "none of the groups claimed it"
    r"\bneither\b[^.;]{1,60}\bnor\b[^.;]{1,60}\bclaimed|\bnone\s+of\s+(?:the\s+)?[\w\s]{0,30}?claimed|"
    r"\b(?:did|has|have|had)\s+not\s+(?:yet\s+)?claimed|\b(?:didn['’]t|hasn['’]t|haven['’]t)\s+(?:yet\s+)?claimed|"
    r"\bdenied\s+(?:any\s+)?(?:responsibility|involvement)",
    re.IGNORECASE,
)
_PAST_CLAIM = re.compile(r"\b(?:similar|previous|past|earlier|prior|other)\b", re.IGNORECASE)


#: every match of :data:`_CLAIM_RE` holds one of these (lowercase): a sentence without them has no claim
_CLAIM_NEEDLES = ("responsib", "credit", "said", "claim")


def find_claim(text: str, start: int, end: int, mentions: list[ActorMention]) -> str | None:
    """Who claimed the event told in ``text[start:end]``, or None ("no immediate claim", past claims)."""
    low = lowered(text)  # (None when lowercasing is not exact for case-insensitive matching: no needle test)
    if low is not None and not any(map(low[start:end].__contains__, _CLAIM_NEEDLES)):
        return None  # _CLAIM_RE cannot match (speed: most sentences)
    deed = _DEED_THEY_CLAIMED.search(text, start, end) if "claimed" in text[start:end] else None
    if deed is not None:
        # "in an attack the Islamic State Khorasan (IS-K) later claimed": the group named between deed and claim
        inside = [a for a in mentions if deed.start() <= a.start < deed.end() and a.cls == "group"]
        if inside:
            return inside[0].name
    m = next(matches_ci(_CLAIM_RE, text, start, end), None)  # the first match: ``_CLAIM_RE.search``'s
    if m is None and "said" in text[start:end]:
        # an armed group's word on its own deed: "Hezbollah said it had targeted a gathering of soldiers", "Houthi
        # spokesman Yahya Saree said the group's naval forces had targeted the ship" (a state's word on its own
        # strikes is a statement, no claim of responsibility)
        said = _GROUP_SAID_DEED.search(text, start, end)
        if said is not None and not found_ci(_NO_CLAIM, text, start, end):
            groups = [a for a in mentions if start <= a.start < said.start() and a.cls == "group"]
            return groups[-1].name if groups else None
        return None
    if m is None or found_ci(_NO_CLAIM, text, start, end):
        return None
    if found_ci(_PAST_CLAIM, text, m.end(), end) or re.search(r"\bin\s+the\s+past\b", text[m.end() : end]):
        return None
    in_name = _IN_THE_NAME_OF.match(text, m.end(), end)
    if in_name is not None:
        # "leaving pamphlets claiming the killing in the name of the CPI (Maoist)": the name it was claimed in
        named = [a for a in mentions if in_name.end() <= a.start < min(end, in_name.end() + 4)]
        if named:
            return named[0].name
    if m.group(0).lower().rstrip().endswith("claimed by"):
        after = [
            a
            for a in mentions
            if a.start >= m.end() and a.start < end and a.cls in ("group", "armed", "state")
        ]
        return after[0].name if after else None
    before = [a for a in mentions if start <= a.start < m.start() and a.cls in ("group", "armed", "state")]
    # a claim of responsibility is an armed group's: "Al-Shabaab fighters killed 17 soldiers ... and the group
    # claimed responsibility" (the soldiers are the victims); a state only when no group is named
    before = [a for a in before if a.cls != "state"] or before
    if before:
        # a named group before a generic word that describes it: "The Islamic Resistance in Iraq, an umbrella
        # group of Iran-backed militias, claimed ..."
        named = [a for a in before if a.cls != "armed"]
        return (named[-1] if named and before[-1].cls == "armed" else before[-1]).name
    # "A group calling itself the Islamic Resistance in Iraq claimed the attack": the name it gives itself
    calling = _CALLING_ITSELF.search(text, start, m.start())
    if calling is not None:
        return " ".join(calling.group("name").split())
    # a group we do not know, named with its kind: "The Hafiz Gul Bahadur group claimed responsibility"
    named = _NAMED_GROUP_BEFORE.search(text, start, m.start())
    return " ".join(named.group("name").split()) if named is not None else None


#: the name a claim was made in, right after the claim: "claiming the killing in the name of the CPI (Maoist)"
_IN_THE_NAME_OF = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?in\s+the\s+name\s+of\s+(?:the\s+)?", re.IGNORECASE)
_GROUP_SAID_DEED = re.compile(
    r"\bsaid\s+(?:in\s+a\s+(?:[\w-]+\s+)?statement\s+)?(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they|the\s+group'?s?\s+"
    r"(?:[\w-]+\s+)?(?:fighters|forces|units|militants))\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?(?:targeted|attacked|"
    r"struck|hit|shelled|bombed|ambushed|stormed|downed|shot\s+down)\b",
    re.IGNORECASE,
)
_DEED_THEY_CLAIMED = re.compile(
    r"\b(?:attack|bombing|blast|assault|ambush|raid|strike)\s+(?:that\s+|which\s+)?(?:the\s+)?"
    r"(?:[\w'’()-]+\s+){1,7}?(?:later\s+|quickly\s+|subsequently\s+|has\s+|had\s+)?claimed\b(?!\s+(?:that|to|the))",
    re.IGNORECASE,
)
_NAMED_GROUP_BEFORE = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<name>(?!(?:The|A|An|No|Another|Its|Their|This|That)\b)[A-Z][\w'’-]+"
    r"(?:\s+(?:(?:of|in|for|the|al|and)\s+)?[A-Z][\w'’-]+){0,4}"
    r"\s+(?:group|Group|Brigades?|brigade|Movement|movement|Front|front|Battalion|battalion|militia|Militia)"
    # ... with its acronym: "The Balochistan Liberation Front (BLF) claimed responsibility"
    r"(?:\s+\([A-Z][\w-]{1,8}\))?)"
    r"\s*(?:,[^,]{1,80})?,?\s*(?:has\s+|had\s+|later\s+|quickly\s+)?$"
)


_CALLING_ITSELF = re.compile(
    r"\bcalling\s+(?:itself|themselves)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|in|for|the|al|and)\s+)?[A-Z][\w'’-]*){0,6})"
)
