"""Benchmark the boundary layers: cold load time and admin_for_points throughput.

Prints figures; asserts nothing about speed (speed goals are read from these numbers, not enforced by tests).

Usage::

    python scripts/bench_boundaries.py [--points 100000] [--seed 0]

"Over land" points are drawn uniformly inside random provinces' bounding boxes and kept when they fall inside the
province (rejection sampling), so the sample follows land area rather than the number of provinces. "Anywhere" points
are uniform in lon/lat (about 70 % sea), which exercises the nearest-province fallback.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

import numpy as np
import shapely


def land_points(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """``n`` random points inside provinces (uniform over land area, excluding Antarctica)."""
    from geodata import boundaries

    layer = boundaries._admin1_layer()
    land = shapely.union_all([g for g, r in zip(layer.geoms, layer.records, strict=True) if r.iso3 != "ATA"])
    shapely.prepare(land)
    x0, y0, x1, y1 = shapely.bounds(land)
    xs, ys = [], []
    have = 0
    while have < n:
        x = rng.uniform(x0, x1, 4 * n)
        y = rng.uniform(y0, y1, 4 * n)
        inside = shapely.contains_xy(land, x, y)
        xs.append(x[inside])
        ys.append(y[inside])
        have += int(inside.sum())
    return np.concatenate(xs)[:n], np.concatenate(ys)[:n]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark geodata.boundaries")
    parser.add_argument("--points", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    t = time.perf_counter()
    from geodata import boundaries

    print(f"import geodata.boundaries: {time.perf_counter() - t:.3f} s")
    t = time.perf_counter()
    boundaries.admin_for_point(0.0, 0.0)
    print(f"first lookup (loads admin1 layer, builds index): {time.perf_counter() - t:.3f} s")
    layer = boundaries._admin1_layer()
    print(f"  {len(layer.records)} provinces, {len(layer.pieces)} pieces")
    for level in ("admin0", "admin1"):
        t = time.perf_counter()
        gj = boundaries.boundaries_geojson(level)
        print(
            f"boundaries_geojson({level!r}) first call: {time.perf_counter() - t:.3f} s, {len(gj['features'])} features"
        )

    rng = np.random.default_rng(args.seed)
    lon, lat = land_points(args.points, rng)
    t = time.perf_counter()
    result = boundaries.admin_for_points(lon, lat)
    dt = time.perf_counter() - t
    found = sum(r is not None for r in result)
    print(
        f"admin_for_points, {args.points:,} points over land: {dt:.3f} s = {args.points / dt:,.0f} points/s ({found:,} found)"
    )

    lon = rng.uniform(-180, 180, args.points)
    lat = rng.uniform(-60, 80, args.points)
    t = time.perf_counter()
    result = boundaries.admin_for_points(lon, lat)
    dt = time.perf_counter() - t
    found = sum(r is not None for r in result)
    print(
        f"admin_for_points, {args.points:,} points anywhere: {dt:.3f} s = {args.points / dt:,.0f} points/s ({found:,} found)"
    )

    t = time.perf_counter()
    for x, y in zip(lon[:2000], lat[:2000], strict=True):
        boundaries.admin_for_point(float(x), float(y))
    dt = time.perf_counter() - t
    print(f"admin_for_point (scalar), 2,000 calls: {dt:.3f} s = {2000 / dt:,.0f} calls/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
