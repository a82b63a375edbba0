"""Benchmark import and export: ``python scripts/bench_interchange.py [--n 100000] [--repeat 4] [--shared ../shared]``.

Measures (1) import of the UCDP GED Syria file (16,566 rows): parse + one store transaction, rows/s, goal >= 20 k
rows/s (the first run pays one-time costs: the boundary layer for the lat/lon swap check, lazy imports; with
``--repeat`` the best later run is shown too); (2) export of N synthetic incidents to every format, seconds each, goal GPKG <= 2 s. Prints a table. The
figures go into docs/performance.md by hand (with the command), never automatically.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from incidents.interchange import FORMATS, import_file, write_export
from incidents.model import EVENT_TYPES, Incident, LocationPrecision, Span, make_incident_id
from incidents.store import SQLiteStore

ROOT = Path(__file__).resolve().parents[1]
UCDP_SYRIA = Path("eval/events/ucdp_ged_syria/ucdp_ged_syria_2016-01_2019-11.csv")


def synthetic_incidents(n: int, *, seed: int = 7) -> list[Incident]:
    """``n`` plausible incidents (fixed seed): every field filled in some rows, 1 % without coordinates."""
    rng = random.Random(seed)
    types = [(t, s) for t, subs in EVENT_TYPES.items() for s in subs]
    precisions = list(LocationPrecision)
    base = dt.date(2020, 1, 1)
    out = []
    for i in range(n):
        t, s = types[i % len(types)]
        day = base + dt.timedelta(days=rng.randrange(1500))
        text = f"Report {i}: a {s.lower()} hit the site, killing {i % 7}."
        no_coords = i % 100 == 99
        out.append(
            Incident(
                incident_id=make_incident_id("bench", i),
                report_id=f"r-bench{i // 3:011d}",
                event_type=t,
                sub_event_type=s,
                event_date=day,
                date_start=day,
                date_end=day,
                date_precision="day",
                weapon=rng.choice(("drone", "rocket", None)),
                munitions_count=rng.choice((None, 1, 2, 5)),
                intercepted=i % 11 == 0,
                actor1="Unknown armed group" if i % 2 else None,
                actor2="Civilians (Iraq)",
                fatalities=i % 7,
                injuries=None if i % 5 else 3,
                location=f"Place {i % 997}",
                site_id=f"gn:{1000 + i % 997}",
                latitude=None if no_coords else rng.uniform(29.0, 37.0),
                longitude=None if no_coords else rng.uniform(38.0, 48.0),
                geo_precision=None if no_coords else 1 + i % 3,
                location_precision=precisions[i % len(precisions)],
                admin1=f"Province {i % 18}",
                country="Iraq",
                iso3="IRQ",
                source="Bench News",
                url=f"https://example.org/news/{i}",
                published=day,
                evidence=(Span.of(text, 0, len(text)),),
                confidence=round(rng.random(), 3),
                notes=f"Synthetic incident {i}",
                method="bench-v1",
            )
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--n", type=int, default=100_000, help="synthetic incidents to export (default 100000)"
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="path to ../shared")
    parser.add_argument("--formats", nargs="*", default=list(FORMATS), choices=FORMATS)
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="import the UCDP file this many times (first run reported apart)",
    )
    args = parser.parse_args(argv)

    rows: list[tuple[str, str, str, str]] = []

    def clock() -> tuple[float, float]:
        return time.perf_counter(), time.process_time()

    def since(start: tuple[float, float]) -> tuple[float, float]:
        now = clock()
        return now[0] - start[0], now[1] - start[1]

    ucdp = args.shared / UCDP_SYRIA
    with tempfile.TemporaryDirectory(prefix="bench-interchange-") as tmp:
        tmp_path = Path(tmp)
        if ucdp.exists():
            t0 = clock()
            result = import_file("ucdp", ucdp)
            parse = since(t0)
            with SQLiteStore(tmp_path / "bench.sqlite") as store:
                t1 = clock()
                store.save(reports=result.reports, incidents=result.incidents)
                save = since(t1)
                t2 = clock()
                again = store.save(reports=result.reports, incidents=result.incidents)
                resave = since(t2)
            n = result.rows
            total = (parse[0] + save[0], parse[1] + save[1])
            for label, (wall, cpu) in (
                (f"import UCDP Syria ({n:,} rows): parse", parse),
                ("  store save (one transaction)", save),
                ("  parse + save", total),
            ):
                rows.append(
                    (label, f"{wall:.2f}", f"{cpu:.2f}", f"{n / wall:,.0f} rows/s wall, {n / cpu:,.0f} cpu")
                )
            rows[-1] = (*rows[-1][:3], rows[-1][3] + " (goal 20,000)")
            rows.append(
                (
                    "  re-import save (unchanged)",
                    f"{resave[0]:.2f}",
                    f"{resave[1]:.2f}",
                    f"{again.incidents_unchanged:,} unchanged, {len(result.rejects)} rejects",
                )
            )
            # later runs in the same process: without the one-time costs (boundary layer, lazy imports, caches)
            warm = []
            for k in range(args.repeat - 1):
                t0 = clock()
                again_result = import_file("ucdp", ucdp)
                with SQLiteStore(tmp_path / f"bench-{k}.sqlite") as store:
                    store.save(reports=again_result.reports, incidents=again_result.incidents)
                warm.append(since(t0))
            if warm:
                wall, cpu = min(warm, key=lambda w: w[1])
                rows.append(
                    (
                        f"  parse + save, best of {len(warm)} more runs",
                        f"{wall:.2f}",
                        f"{cpu:.2f}",
                        f"{n / wall:,.0f} rows/s wall, {n / cpu:,.0f} cpu (same process: layer and imports loaded)",
                    )
                )
        else:
            print(f"skipping import: {ucdp} not found", file=sys.stderr)

        t0 = clock()
        incidents = synthetic_incidents(args.n)
        wall, cpu = since(t0)
        rows.append(
            (f"build {args.n:,} synthetic incidents", f"{wall:.2f}", f"{cpu:.2f}", "(not part of export)")
        )
        for fmt in args.formats:
            out = tmp_path / ("bench_shp.zip" if fmt == "shp" else f"bench.{fmt}")
            t0 = clock()
            write_export(incidents, fmt, out)
            wall, cpu = since(t0)
            goal = " (goal <= 2 s)" if fmt == "gpkg" else ""
            rows.append(
                (
                    f"export {args.n:,} -> {fmt}",
                    f"{wall:.2f}",
                    f"{cpu:.2f}",
                    f"{out.stat().st_size / 1e6:.1f} MB{goal}",
                )
            )

    width = max(len(r[0]) for r in rows)
    print(
        f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} cores)"
    )
    print(f"{'step':<{width}}  {'wall s':>7}  {'cpu s':>6}  note")
    for step, wall_s, cpu_s, note in rows:
        print(f"{step:<{width}}  {wall_s:>7}  {cpu_s:>6}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
