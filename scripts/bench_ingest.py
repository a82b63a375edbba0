"""Benchmark: batch ingest (read files, extract, store) with 1 and with N extraction processes.

Writes >= 1,000 generated reports of about 3 KB as ``.txt`` files into a temporary directory (paragraphs of the
golden fixtures and, when ../shared exists, of the geoparsing corpora: :func:`bench_extract.load_paragraphs` and
:func:`bench_extract.build_texts`, read at run time, never copied), then, for each repeat and each ``--jobs``
value, runs ``ingest(..., jobs=N)`` into a fresh store in a fresh interpreter (so that every run starts with the
same cold caches and its own peak memory) and prints:

* wall seconds and reports/s wall (what the user waits for; on a shared machine it moves with the load);
* CPU seconds of the main process and of its worker processes (``resource.getrusage(RUSAGE_CHILDREN)``, counted
  once the workers have exited), and reports per CPU-second (the cost of the work, steadier);
* "cores": CPU seconds / wall seconds, the cores the run actually got (on a shared machine, jobs 2 can only be
  faster than jobs 1 when this exceeds 1);
* memory of the whole process tree, sampled every 50 ms: peak sum of RSS (counts pages the workers share with
  the main process once per process, so it overstates) and peak sum of PSS (each shared page split between its
  sharers: what the tree really holds), plus the main process's max RSS.

Run from the project root::

    python scripts/bench_ingest.py                       # 1,000 reports, jobs 1 and 2, 3 repeats
    python scripts/bench_ingest.py --n 2000 --jobs 1 2 4 --repeat 2

The gazetteer is loaded before timing in each run (not part of the figures).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from bench_extract import build_texts, load_paragraphs  # noqa: E402

PUBLISHED = dt.date(2022, 1, 4)
NOW = dt.datetime(2026, 12, 6, 12, 0, tzinfo=dt.UTC)


def write_reports(folder: Path, texts: list[str], *, jsonl: bool = False) -> None:
    """One ``.txt`` file per report (names sort in generation order), or one JSON Lines archive of them all."""
    if jsonl:
        with (folder / "archive.jsonl").open("w", encoding="utf-8") as f:
            for i, text in enumerate(texts):
                f.write(json.dumps({"text": text, "url": f"https://bench.example/{i}"}) + "\n")
        return
    for i, text in enumerate(texts):
        (folder / f"report-{i:06d}.txt").write_text(text, encoding="utf-8")


# ============================================================================================= one run


def _tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (Linux /proc)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return out


def _rss_pss_kb(pid: int) -> tuple[int, int]:
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


class TreeMemory(threading.Thread):
    """Peak RSS sum and PSS sum over this process and its children, sampled every ``interval`` seconds."""

    def __init__(self, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.interval = interval
        self.peak_rss_kb = self.peak_pss_kb = self.max_procs = 0
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            pids = _tree(os.getpid())
            sizes = [_rss_pss_kb(p) for p in pids]
            self.peak_rss_kb = max(self.peak_rss_kb, sum(s[0] for s in sizes))
            self.peak_pss_kb = max(self.peak_pss_kb, sum(s[1] for s in sizes))
            self.max_procs = max(self.max_procs, len(pids))
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def one_run(folder: Path, jobs: int | str, db: Path) -> dict[str, object]:
    """Ingest ``folder`` into a fresh store ``db`` with ``jobs`` processes; figures as a dict."""
    from geodata import load_gazetteer
    from incidents.ingest import ingest
    from incidents.store import SQLiteStore

    gazetteer = load_gazetteer()
    _, pss_loaded = _rss_pss_kb(os.getpid())
    memory = TreeMemory()
    memory.start()
    with SQLiteStore(db) as store:
        wall, cpu = time.perf_counter(), time.process_time()
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        kw = {} if jobs == 1 else {"jobs": jobs}  # jobs=1 also runs on code from before ``jobs`` (baselines)
        summary = ingest([folder], store=store, gazetteer=gazetteer, now=NOW, published=PUBLISHED, **kw)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    memory.stop()
    cpu_children = (after.ru_utime - children.ru_utime) + (after.ru_stime - children.ru_stime)
    return {
        "jobs": jobs,
        "reports": summary.reports_read,
        "incidents": summary.incidents_added,
        "rejects": len(summary.rejects),
        "wall_s": wall,
        "cpu_main_s": cpu,
        "cpu_workers_s": cpu_children,
        "pss_after_load_mb": pss_loaded / 1024,
        "peak_tree_rss_mb": memory.peak_rss_kb / 1024,
        "peak_tree_pss_mb": memory.peak_pss_kb / 1024,
        "max_processes": memory.max_procs,
        "max_rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "max_rss_worker_mb": after.ru_maxrss / 1024,
    }


# ============================================================================================= driver


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="number of reports (default 1000)")
    parser.add_argument("--size", type=int, default=3000, help="characters per report (default 3000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jobs", nargs="+", default=["1", "2"], help="jobs values to compare (default: 1 2)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per jobs value, alternated (default 3)")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder")
    parser.add_argument(
        "--jsonl", action="store_true", help="one JSON Lines archive instead of one file per report"
    )
    parser.add_argument("--json", action="store_true", help="print every run as JSON lines too")
    parser.add_argument("--run", type=Path, help=argparse.SUPPRESS)  # internal: one run on this folder
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.run is not None:  # a child: one measured run
        jobs = args.jobs[0]
        print(json.dumps(one_run(args.run, jobs if jobs == "auto" else int(jobs), args.db)))
        return 0

    pools = load_paragraphs(args.shared)
    texts = build_texts(pools, n=args.n, size=args.size, seed=args.seed)
    total_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(
        f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs, load {os.getloadavg()}"
    )
    print(
        f"reports: {len(texts)}, {total_mb:.2f} MB, mean {total_mb * 1e6 / len(texts):.0f} bytes, "
        + ("one JSON Lines file" if args.jsonl else "one .txt file each")
    )
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        folder = Path(tmp) / "reports"
        folder.mkdir()
        write_reports(folder, texts, jsonl=args.jsonl)
        for r in range(args.repeat):
            for jobs in args.jobs:
                db = Path(tmp) / f"store-{r}-{jobs}.sqlite"
                cmd = [sys.executable, __file__, "--run", str(folder), "--db", str(db), "--jobs", jobs]
                out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
                row = json.loads(out.strip().splitlines()[-1])
                row["run"] = r + 1
                row["load"] = os.getloadavg()[0]
                rows.append(row)
                if args.json:
                    print(json.dumps(row))
                db.unlink()
    print(
        f"\n{'jobs':>5}{'run':>4}{'wall s':>8}{'rep/s wall':>11}{'CPU main':>9}{'CPU work':>9}"
        f"{'rep/CPU-s':>10}{'cores':>6}{'tree RSS':>10}{'tree PSS':>10}{'load':>6}"
    )
    for row in rows:
        cpu = float(row["cpu_main_s"]) + float(row["cpu_workers_s"])
        print(
            f"{row['jobs']!s:>5}{row['run']:>4}{row['wall_s']:>8.2f}{row['reports'] / row['wall_s']:>11.0f}"
            f"{row['cpu_main_s']:>9.2f}{row['cpu_workers_s']:>9.2f}{row['reports'] / cpu:>10.0f}{cpu / row['wall_s']:>6.2f}"
            f"{row['peak_tree_rss_mb']:>9.0f}M{row['peak_tree_pss_mb']:>9.0f}M{row['load']:>6.1f}"
        )
    print("\nranges (min-max over the runs):")
    for jobs in args.jobs:
        mine = [r for r in rows if str(r["jobs"]) == str(jobs)]
        wall = [r["reports"] / r["wall_s"] for r in mine]
        cpu = [r["reports"] / (r["cpu_main_s"] + r["cpu_workers_s"]) for r in mine]
        main_cpu = [r["cpu_main_s"] / r["reports"] * 1000 for r in mine]
        pss = [r["peak_tree_pss_mb"] for r in mine]
        rss = [r["peak_tree_rss_mb"] for r in mine]
        cores = [(r["cpu_main_s"] + r["cpu_workers_s"]) / r["wall_s"] for r in mine]
        print(
            f"  jobs {jobs}: {min(wall):.0f}-{max(wall):.0f} reports/s wall (median {statistics.median(wall):.0f}); "
            f"{min(cpu):.0f}-{max(cpu):.0f} reports per CPU-second; main process {min(main_cpu):.2f}-"
            f"{max(main_cpu):.2f} ms CPU per report; {min(cores):.2f}-{max(cores):.2f} cores; peak tree PSS {min(pss):.0f}-{max(pss):.0f} MB, "
            f"RSS sum {min(rss):.0f}-{max(rss):.0f} MB; {mine[0]['incidents']} incidents, {mine[0]['rejects']} rejects"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
