"""Benchmark the dashboard's server side at 100 k and 1 M synthetic incidents.

Prints, per store size: the time to write the store (setup, not a dashboard figure), the first load (columns from
the store into numpy, i.e. what the first page view waits for), and for a session of filter changes the server time
of one update (filter -> map figure + timeline + table rows + count, JSON-serialised as Dash sends them) as p50/p95,
and the bytes sent per update.

    python scripts/bench_dashboard.py                       # 100 k and 1 M
    python scripts/bench_dashboard.py --sizes 100000 --repeat 3
    python scripts/bench_dashboard.py --keep /tmp/bench     # reuse stores between runs (written once)

Goal (issue 5): at 1 M incidents p95 <= 150 ms server time and <= 1 MB per update.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

import orjson
import plotly.io as pio

from dashboard import create_app
from dashboard.data import LOAD_COLUMNS, ColumnCache, build_columns
from dashboard.filters import FilterState
from dashboard.map import build_map
from dashboard.synthetic import synthetic_incidents
from dashboard.table import table_rows
from dashboard.timeline import build_timeline
from incidents import Report, open_store

D = dt.date

#: A session of filter changes and map views, as a user would click through them.
SESSION: tuple[tuple[str, FilterState, dict | None], ...] = (
    ("everything, world view", FilterState(), None),
    ("with historical", FilterState(historical=True), None),
    ("one year", FilterState(date_from=D(2021, 1, 1), date_to=D(2021, 12, 31)), None),
    ("one month", FilterState(date_from=D(2022, 3, 1), date_to=D(2022, 3, 31)), None),
    ("one week (play step)", FilterState(date_from=D(2022, 3, 7), date_to=D(2022, 3, 13)), None),
    ("event type", FilterState(event_types=("Battles",)), None),
    ("type + sub-type", FilterState(sub_event_types=("Air/drone strike", "Disrupted weapons use")), None),
    ("country", FilterState(iso3=("IRQ",)), None),
    ("two countries + province", FilterState(iso3=("UKR", "SYR"), admin1=("Donetsk", "Idlib")), None),
    ("fatalities >= 3", FilterState(min_fatalities=3), None),
    ("exact places only", FilterState(geo_precision=(1,)), None),
    ("confidence >= 0.8", FilterState(min_confidence=0.8), None),
    ("actor substring", FilterState(actor="forces"), None),
    ("free-text search", FilterState(text="place 3-1"), None),
    ("weapon + source", FilterState(weapons=("drone", "rocket"), sources=("Sample Wire",)), None),
    ("zoomed to Iraq (z6)", FilterState(), {"center": {"lon": 43.5, "lat": 33.5}, "zoom": 6.0}),
    (
        "zoomed to Iraq, one year",
        FilterState(date_from=D(2021, 1, 1), date_to=D(2021, 12, 31)),
        {"center": {"lon": 43.5, "lat": 33.5}, "zoom": 6.0},
    ),
    ("zoomed far in (z10)", FilterState(), {"center": {"lon": 43.5, "lat": 33.5}, "zoom": 10.0}),
)


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(q / 100 * (len(values) - 1))))
    return values[k]


def _store(size: int, keep: Path | None):
    folder = keep or Path(tempfile.mkdtemp(prefix="bench-dashboard-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"bench-{size}.sqlite"
    store = open_store(path)
    write_s = 0.0
    if store.count() != size:
        store.close()
        path.unlink(missing_ok=True)
        store = open_store(path)
        t = time.perf_counter()
        batch = []
        for inc in synthetic_incidents(size, seed=42):
            batch.append(inc)
            if len(batch) == 50_000:
                store.save(incidents=batch)
                batch = []
        store.save(incidents=batch)
        write_s = time.perf_counter() - t
    return store, write_s


def run(size: int, *, repeat: int, keep: Path | None) -> None:
    store, write_s = _store(size, keep)
    t = time.perf_counter()
    app = create_app(
        store=store,
        boundaries_loader=lambda level: {"type": "FeatureCollection", "features": []},
        settings={"column_snapshots": False},  # the cold first load; restarts from a snapshot are timed below
    )
    actx = app.atlas
    cols = actx.columns()
    first_load = time.perf_counter() - t
    t = time.perf_counter()
    app.layout()  # what the first page view builds (dropdown options from the data)
    layout_s = time.perf_counter() - t
    print(f"\n== {size:,} incidents  (store written in {write_s:.1f} s{'' if write_s else ', reused'})")
    print(
        f"first load (create_app + store.load_columns -> numpy): {first_load:.2f} s, {len(cols):,} rows; "
        f"page layout {layout_s * 1000:.0f} ms"
    )

    times: list[float] = []
    cpu: list[
        float
    ] = []  # process CPU time: on a shared machine the wall time follows the other jobs, this less
    sizes: list[int] = []
    rows_out = []
    for _ in range(repeat):
        for label, state, view in SESSION:
            actx._memo.clear()  # measure the real selection, not the memo
            if view is not None:
                view = {**view, "revision": cols.revision}
            t0, c0 = time.perf_counter(), time.process_time()
            result = build_map(actx, state, view=view)
            timeline = build_timeline(actx, state)
            c, rows = actx.rows(state)
            table = table_rows(c, rows, limit=actx.settings.table_rows)
            count = f"{len(rows):,} of {len(c):,} incidents"
            map_json = pio.to_json(result.figure, validate=False, engine="orjson")
            timeline_json = pio.to_json(timeline, validate=False, engine="orjson")
            table_json = orjson.dumps(table)
            elapsed = time.perf_counter() - t0
            cpu.append(time.process_time() - c0)
            total = len(map_json) + len(timeline_json) + len(table_json) + len(count)
            times.append(elapsed)
            sizes.append(total)
            rows_out.append((label, len(rows), result.mode, elapsed, len(map_json), total))
    print(f"{'update':32} {'selected':>10} {'map':>7} {'ms':>7} {'map KB':>8} {'total KB':>9}")
    for label, n, mode, elapsed, map_bytes, total in rows_out[: len(SESSION)]:
        print(
            f"{label:32} {n:>10,} {mode:>7} {elapsed * 1000:>7.1f} {map_bytes / 1000:>8.0f} {total / 1000:>9.0f}"
        )
    print(
        f"server time per update: p50 {statistics.median(times) * 1000:.0f} ms, "
        f"p95 {_pct(times, 95) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms  ({len(times)} updates)"
    )
    print(
        f"server CPU per update: p50 {statistics.median(cpu) * 1000:.0f} ms, "
        f"p95 {_pct(cpu, 95) * 1000:.0f} ms, max {max(cpu) * 1000:.0f} ms"
    )
    print(
        f"bytes per update (map + timeline + table + count): p50 {statistics.median(sizes) / 1e6:.2f} MB, "
        f"p95 {_pct(sizes, 95) / 1e6:.2f} MB, max {max(sizes) / 1e6:.2f} MB"
    )
    _catch_up(store, actx)
    _restart(store)
    store.close()


def _restart(store) -> None:
    """A server restart with a column snapshot (``Settings.column_snapshots``): write it once, then load it."""
    with tempfile.TemporaryDirectory(prefix="bench-snapshots-") as folder:
        t = time.perf_counter()
        ColumnCache(store, snapshot_dir=Path(folder), snapshot_min_rows=0).get()
        write_s = time.perf_counter() - t
        t = time.perf_counter()
        cols = ColumnCache(store, snapshot_dir=Path(folder), snapshot_min_rows=0).get()
        read_s = time.perf_counter() - t
        size = sum(p.stat().st_size for p in Path(folder).iterdir())
    print(
        f"restart with a column snapshot: {read_s:.2f} s for {len(cols):,} rows (snapshot {size / 1e6:.0f} MB; "
        f"the load that wrote it took {write_s:.2f} s)"
    )


def _catch_up(store, actx) -> None:
    """After an ingest the columns catch up through ``store.changes_since`` instead of a full reload: time both."""
    rep = Report.create(
        text="Benchmark report: incidents added, then removed.", published="2024-01-01", source="B"
    )
    new = [
        i.replace(report_id=rep.report_id, origin="extracted")
        for i in synthetic_incidents(100, seed=int(time.time()) % 100_000 + 1000)
    ]
    t = time.perf_counter()
    store.save(reports=[rep], incidents=new)
    save_s = time.perf_counter() - t
    t = time.perf_counter()
    actx.columns()
    add_s = time.perf_counter() - t
    store.save(
        reports=[rep], incidents=[], replace=True
    )  # the store is back to its size (reusable by --keep)
    t = time.perf_counter()
    cols = actx.columns()
    remove_s = time.perf_counter() - t
    t = time.perf_counter()
    build_columns(store.load_columns(LOAD_COLUMNS), revision=store.revision())
    full_s = time.perf_counter() - t
    print(
        f"after an ingest of 100 incidents (saved in {save_s:.2f} s): columns caught up in {add_s:.2f} s; "
        f"after their removal in {remove_s:.2f} s; a full reload would take {full_s:.2f} s ({len(cols):,} rows)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3, help="rounds of the filter session (default 3)")
    parser.add_argument(
        "--keep", type=Path, default=None, help="folder to keep (and reuse) the bench stores in"
    )
    args = parser.parse_args()
    for size in args.sizes:
        run(size, repeat=args.repeat, keep=args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
