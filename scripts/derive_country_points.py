"""Derive ``geodata/data/stopwords/country_points.tsv`` from the ``countryinfo`` package (MIT licence).

Why: a country mention is geocoded to the country's conventional reference point — the "geographic
coordinates" of the CIA World Factbook (public domain), which GeoNames and GDELT use too — not to a map-label
position or a polygon centroid (for Russia they differ by ~200 km). countryinfo ships those points as ``latlng``
together with the demonym; we derive a small table once and ship it, so countryinfo is not a run-time dependency.

Run (needs ``pip install countryinfo`` or ``--wheel-dir`` with an unpacked wheel)::

    python scripts/derive_country_points.py [--source DIR]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "geodata" / "data" / "stopwords" / "country_points.tsv"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=None, help="countryinfo/data directory")
    args = parser.parse_args()
    if args.source is None:
        import countryinfo

        args.source = Path(countryinfo.__file__).parent / "data"
    rows = []
    for path in sorted(args.source.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha3")
        latlng = d.get("latlng") or []
        if not iso or len(latlng) != 2:
            continue
        rows.append((iso, float(latlng[0]), float(latlng[1]), d.get("demonym") or ""))
    lines = [
        "# Country reference points (CIA World Factbook geographic coordinates) and demonyms, derived by",
        "# scripts/derive_country_points.py from the countryinfo package (MIT licence, (c) Porimol Chandro).",
        "# iso3<TAB>lat<TAB>lon<TAB>demonym",
    ]
    lines += [f"{iso}\t{lat:g}\t{lon:g}\t{dem}" for iso, lat, lon, dem in sorted(set(rows))]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} countries to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
