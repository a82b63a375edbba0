"""Benchmark import and export: ``python scripts/bench_interchange.py [--n 100000] [--shared ../shared]``.

Measures (1) import of the UCDP GED Syria file (16,566 rows): parse + one store transaction, rows/s, goal >= 20 k
rows/s; (2) export of N synthetic incidents to every format, seconds each, goal GPKG <= 2 s. Prints a table. The
figures go into docs/performance.md by hand (with the command), never automatically.
"""

from __future__ import annotations

import argparse
import datetime as dt
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
    args = parser.parse_args(argv)

    rows: list[tuple[str, str, str]] = []
    ucdp = args.shared / UCDP_SYRIA
    with tempfile.TemporaryDirectory(prefix="bench-interchange-") as tmp:
        tmp_path = Path(tmp)
        if ucdp.exists():
            t0 = time.perf_counter()
            result = import_file("ucdp", ucdp)
            t1 = time.perf_counter()
            with SQLiteStore(tmp_path / "bench.sqlite") as store:
                store.save(reports=result.reports, incidents=result.incidents)
                t2 = time.perf_counter()
                store.save(reports=result.reports, incidents=result.incidents)
                t3 = time.perf_counter()
            n = result.rows
            rows.append(("import ucdp syria: parse", f"{t1 - t0:.2f} s", f"{n / (t1 - t0):,.0f} rows/s"))
            rows.append(("import ucdp syria: store save", f"{t2 - t1:.2f} s", f"{n / (t2 - t1):,.0f} rows/s"))
            rows.append(
                (
                    "import ucdp syria: parse + save",
                    f"{t2 - t0:.2f} s",
                    f"{n / (t2 - t0):,.0f} rows/s (goal 20,000)",
                )
            )
            rows.append(("re-import (unchanged) save", f"{t3 - t2:.2f} s", f"{len(result.rejects)} rejects"))
        else:
            print(f"skipping import: {ucdp} not found", file=sys.stderr)

        t0 = time.perf_counter()
        incidents = synthetic_incidents(args.n)
        rows.append(
            (f"build {args.n:,} synthetic incidents", f"{time.perf_counter() - t0:.2f} s", "(not export)")
        )
        for fmt in args.formats:
            out = tmp_path / f"bench.{fmt}"
            t0 = time.perf_counter()
            write_export(incidents, fmt, out)
            secs = time.perf_counter() - t0
            goal = " (goal <= 2 s)" if fmt == "gpkg" else ""
            rows.append(
                (f"export {args.n:,} -> {fmt}", f"{secs:.2f} s", f"{out.stat().st_size / 1e6:.1f} MB{goal}")
            )

    width = max(len(r[0]) for r in rows)
    print(f"{'step':<{width}}  {'time':>8}  note")
    for step, secs, note in rows:
        print(f"{step:<{width}}  {secs:>8}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
