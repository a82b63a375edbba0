"""Synthetic incidents for the dashboard's benchmark and tests (deterministic from a seed; never real events)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import numpy as np

from incidents import EVENT_TYPES, WEAPONS, Incident, make_incident_id

__all__ = ["edge_case_incidents", "synthetic_incidents"]

# (lon, lat, iso3, country, provinces): rough centres of regions with many reported incidents
_REGIONS = (
    (43.5, 33.5, "IRQ", "Iraq", ("Al-Anbar", "Baghdad", "Diyala", "Ninawa")),
    (38.5, 35.0, "SYR", "Syria", ("Idlib", "Aleppo", "Deir ez-Zor", "Homs")),
    (45.0, 15.5, "YEM", "Yemen", ("Taizz", "Marib", "Al Hudaydah")),
    (35.0, 48.5, "UKR", "Ukraine", ("Donetsk", "Kharkiv", "Kherson", "Zaporizhzhia")),
    (31.5, 14.5, "SDN", "Sudan", ("Khartoum", "North Darfur", "West Darfur")),
    (45.5, 4.0, "SOM", "Somalia", ("Banaadir", "Hiiraan", "Lower Shabelle")),
    (-1.5, 13.0, "BFA", "Burkina Faso", ("Sahel", "Est", "Nord")),
    (29.0, -1.0, "COD", "Democratic Republic of the Congo", ("North Kivu", "Ituri", "South Kivu")),
    (8.0, 10.0, "NGA", "Nigeria", ("Borno", "Kaduna", "Benue", "Zamfara")),
    (67.5, 34.0, "AFG", "Afghanistan", ("Kabul", "Nangarhar", "Kandahar")),
    (97.0, 20.0, "MMR", "Myanmar", ("Sagaing", "Shan", "Kachin")),
    (-3.0, 16.0, "MLI", "Mali", ("Mopti", "Timbuktu", "Gao")),
)
_ACTORS = (
    "State forces",
    "Rapid Support Forces",
    "Islamic State",
    "al-Shabaab",
    "Houthi forces",
    "Military Forces of Russia",
    "Military Forces of Ukraine",
    "Unidentified armed group",
    "Civilians",
    "Protesters",
)
_SOURCES = ("Sample Wire", "Example Times", "Demo Agency", "Local Radio")
_PRECISIONS = {1: "settlement", 2: "near", 3: "admin1"}


def synthetic_incidents(
    n: int, *, seed: int = 0, start: dt.date = dt.date(2018, 1, 1), days: int = 2400
) -> Iterator[Incident]:
    """``n`` plausible-looking but invented incidents spread over regions, types and ~6.5 years."""
    rng = np.random.default_rng(seed)
    types = list(EVENT_TYPES)
    region = rng.integers(0, len(_REGIONS), n)
    type_idx = rng.choice(len(types), n, p=[0.3, 0.35, 0.12, 0.1, 0.05, 0.08])
    sub_pick = rng.random(n)
    lon_j = rng.normal(0, 1.6, n)
    lat_j = rng.normal(0, 1.2, n)
    day = rng.integers(0, days, n)
    fat = rng.poisson(1.2, n) * (rng.random(n) < 0.6)
    fat_known = rng.random(n) < 0.8
    geo = rng.choice([1, 2, 3], n, p=[0.6, 0.25, 0.15])
    hist = rng.random(n) < 0.04
    conf = np.round(rng.uniform(0.3, 1.0, n), 2)
    weapon = rng.integers(0, len(WEAPONS), n)
    actor = rng.integers(0, len(_ACTORS), n)
    source = rng.integers(0, len(_SOURCES), n)
    prov = rng.integers(0, 4, n)
    for i in range(n):
        lon0, lat0, iso3, country, provinces = _REGIONS[int(region[i])]
        event_type = types[int(type_idx[i])]
        subs = EVENT_TYPES[event_type]
        sub = subs[int(sub_pick[i] * len(subs))]
        when = start + dt.timedelta(days=int(day[i]))
        rid = f"r-synthetic-{i // 3:09d}"
        yield Incident(
            incident_id=make_incident_id(rid, "synthetic", seed, i),
            report_id=rid,
            event_type=event_type,
            sub_event_type=sub,
            event_date=when,
            date_start=when,
            date_end=when,
            date_precision="day",
            weapon=WEAPONS[int(weapon[i])],
            intercepted=sub == "Disrupted weapons use",
            actor1=_ACTORS[int(actor[i])],
            fatalities=int(fat[i]) if fat_known[i] else None,
            location=f"Place {int(region[i])}-{i % 97}",
            latitude=float(np.clip(lat0 + lat_j[i], -85, 85)),
            longitude=float(np.clip(lon0 + lon_j[i], -180, 180)),
            geo_precision=int(geo[i]),
            location_precision=_PRECISIONS[int(geo[i])],
            admin1=provinces[int(prov[i]) % len(provinces)],
            country=country,
            iso3=iso3,
            source=_SOURCES[int(source[i])],
            published=when,
            historical=bool(hist[i]),
            confidence=float(conf[i]),
            method="synthetic",
            origin="synthetic",
        )


def edge_case_incidents() -> list[Incident]:
    """A few invented incidents that exercise the corners of filtering and display.

    Unknown date, unknown fatalities, no weapon, no coordinates, a historical reference, an intercepted drone,
    province-level and "near" precision, non-ASCII names, and one hostile-looking text field.
    """

    def inc(key: str, **kw) -> Incident:
        base = {
            "incident_id": make_incident_id("r-edge", key),
            "report_id": "r-edge",
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Shelling/artillery/missile attack",
            "confidence": 0.8,
            "source": "Sample Wire",
        }
        return Incident(**{**base, **kw})

    return [
        inc(
            "intercepted",
            event_type="Strategic developments",
            sub_event_type="Disrupted weapons use",
            event_date="2022-01-04",
            date_precision="day",
            weapon="drone",
            munitions_count=2,
            intercepted=True,
            fatalities=0,
            location="Ain al-Asad air base",
            latitude=33.7856,
            longitude=42.4412,
            geo_precision=1,
            location_precision="site",
            admin1="Al-Anbar",
            country="Iraq",
            iso3="IRQ",
            confidence=0.9,
        ),
        inc(
            "province",
            event_date="2022-01-03",
            date_precision="day",
            weapon="rocket",
            fatalities=None,
            location="Al-Anbar",
            latitude=33.0,
            longitude=42.0,
            geo_precision=3,
            location_precision="admin1",
            admin1="Al-Anbar",
            country="Iraq",
            iso3="IRQ",
            actor1="Unidentified armed group",
            confidence=0.5,
        ),
        inc(
            "near",
            event_type="Battles",
            sub_event_type="Armed clash",
            event_date="2022-02-10",
            date_precision="week",
            date_start="2022-02-07",
            date_end="2022-02-13",
            weapon="small_arms",
            fatalities=7,
            location="Kramatorsk",
            latitude=48.72,
            longitude=37.56,
            geo_precision=2,
            location_precision="near",
            admin1="Donetsk",
            country="Ukraine",
            iso3="UKR",
            actor1="Military Forces of Russia",
            actor2="Military Forces of Ukraine",
            source="Example Times",
        ),
        inc(
            "nodate",
            event_type="Protests",
            sub_event_type="Peaceful protest",
            weapon=None,
            location="Sulaymaniyah",
            latitude=35.56,
            longitude=45.43,
            geo_precision=1,
            location_precision="settlement",
            admin1="Sulaymaniyah",
            country="Iraq",
            iso3="IRQ",
            actor1="Protesters",
            confidence=0.4,
        ),
        inc(
            "nocoords",
            event_type="Violence against civilians",
            sub_event_type="Attack",
            event_date="2022-03-01",
            date_precision="month",
            fatalities=3,
            location=None,
            country="Sudan",
            iso3="SDN",
            actor1="Rapid Support Forces",
            confidence=0.6,
        ),
        inc(
            "historical",
            event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike",
            event_date="2020-01-03",
            date_precision="day",
            weapon="drone",
            fatalities=10,
            location="Baghdad International Airport",
            latitude=33.2625,
            longitude=44.2346,
            geo_precision=1,
            location_precision="site",
            admin1="Baghdad",
            country="Iraq",
            iso3="IRQ",
            historical=True,
            actor1="Military Forces of the United States",
        ),
        inc(
            "unicode",
            event_type="Riots",
            sub_event_type="Mob violence",
            event_date="2022-01-20",
            date_precision="day",
            fatalities=1,
            location="Şanlıurfa",
            latitude=37.16,
            longitude=38.79,
            geo_precision=1,
            location_precision="settlement",
            admin1="Şanlıurfa",
            country="Türkiye",
            iso3="TUR",
            actor1="Rioters (Ünal group)",
            notes='<script>alert(1)</script> crowd at "the bridge"',
            confidence=0.7,
        ),
    ]
