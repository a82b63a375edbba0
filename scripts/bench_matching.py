"""Benchmark the gazetteer: cold load (time, RSS) in a fresh process, and find_places throughput.

Text: our own invented news-like sentences plus, when ``../shared`` exists, the texts of the geoparsing corpora
(read at run time, never copied), cut into report-sized documents and repeated until >= ``--mb`` MB.

    python scripts/bench_matching.py [--mb 5] [--cache-dir DIR] [--json]

Figures go to docs/performance.md ("Gazetteer and matching").
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("INCIDENTS_SHARED", ROOT.parent / "shared"))

SENTENCES = [
    "SULAIMANI — Two drones targeted Ain al-Asad air base in Anbar province on Tuesday, officials said.",
    "The attack came one day after drones were shot down near Baghdad airport by the C-RAM system.",
    "Militias clashed in Tripoli, Libya, while protesters gathered in Alexandria and Cairo.",
    "Rockets hit the Green Zone in Baghdad; no casualties were reported, the security media cell said.",
    "Turkish strikes hit villages near Zakho in Duhok province, the Kurdistan Region's counter-terrorism said.",
    "Houthi forces claimed a missile attack on Marib city and an air strike was reported in Sanaa.",
    "Russian shelling hit Kharkiv and Zaporizhzhia overnight, Ukraine's air force said.",
    "Two soldiers were killed by an IED on the road between Kirkuk and Tikrit in Salah al-Din.",
    "Israeli aircraft struck targets near Damascus International Airport and in Quneitra, Syrian media said.",
    "Gunmen attacked a checkpoint in Maiduguri, Borno State, killing three, police spokesman said.",
    "President Donald Trump ordered the strike that killed Qasem Soleimani and Abu Mahdi al-Muhandis.",
    "Protests spread from Basra to Nasiriyah and Diwaniyah as U.S. officials urged calm.",
]


def news_documents(mb: float) -> list[str]:
    """Report-sized documents totalling >= ``mb`` megabytes (UTF-8)."""
    docs: list[str] = []
    for i in range(0, len(SENTENCES) * 20, 6):
        docs.append(" ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(6)))
    geo = SHARED / "eval" / "geoparsing"
    if geo.is_dir():
        for path in sorted(geo.rglob("*.xml")):
            raw = path.read_text(encoding="utf-8", errors="replace")
            for m in re.finditer(r"<text>(.*?)</text>", raw, flags=re.DOTALL):
                text = re.sub(r"&lt;|&gt;|&amp;|&quot;|&apos;", " ", m.group(1)).strip()
                if text:
                    docs.append(text)
    out: list[str] = []
    size = 0
    target = int(mb * 1_000_000)
    while size < target:
        for d in docs:
            out.append(d)
            size += len(d.encode("utf-8"))
            if size >= target:
                break
    return out


_COLD = """
import json, resource, sys, time
t0 = time.perf_counter()
from geodata import load_gazetteer
t1 = time.perf_counter()
gz = load_gazetteer(cache_dir=None if sys.argv[1] == "-" else sys.argv[1])
t2 = time.perf_counter()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1, "max_rss_mb": rss, "places": len(gz),
                  "keys": gz.n_keys, "path": str(gz.path)}))
"""


def cold_load(cache_dir: str | None) -> dict:
    """Import + load in a fresh interpreter (the index must already be built)."""
    out = subprocess.run(
        [sys.executable, "-c", _COLD, cache_dir or "-"], check=True, capture_output=True, text=True, cwd=ROOT
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description="gazetteer cold load and find_places throughput")
    parser.add_argument("--mb", type=float, default=5.0, help="megabytes of text to match (default 5)")
    parser.add_argument("--cache-dir", default=None, help="gazetteer cache dir (default: the per-user one)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from geodata import find_places, load_gazetteer

    load_gazetteer(cache_dir=args.cache_dir, progress=True)  # build first if needed (not timed)
    cold = [cold_load(args.cache_dir) for _ in range(3)]
    best = min(cold, key=lambda r: r["load_s"])
    gz = load_gazetteer(cache_dir=args.cache_dir)
    docs = news_documents(args.mb)
    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    find_places(docs[0], gz)  # warm caches (word lists)
    t = time.perf_counter()
    c = time.process_time()
    mentions = 0
    for d in docs:
        mentions += len(find_places(d, gz))
    elapsed = time.perf_counter() - t
    cpu = time.process_time() - c
    result = {
        "text_mb": nbytes / 1e6,
        "documents": len(docs),
        "mentions": mentions,
        "seconds": elapsed,
        "mb_per_s": nbytes / 1e6 / elapsed,
        "cpu_seconds": cpu,
        "mb_per_cpu_s": nbytes / 1e6 / cpu,
        "per_3kb_report_ms": cpu / (nbytes / 3000) * 1000,
        "cold_import_s": best["import_s"],
        "cold_load_s": best["load_s"],
        "cold_load_s_all": [round(r["load_s"], 3) for r in cold],
        "max_rss_mb": max(r["max_rss_mb"] for r in cold),
        "places": best["places"],
        "keys": best["keys"],
        "shared_corpora": (SHARED / "eval" / "geoparsing").is_dir(),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"index            {best['path']}  ({result['places']} places, {result['keys']} names)")
    print(f"cold import      {result['cold_import_s']:.2f} s (python -c 'import geodata')")
    print(f"cold load        {result['cold_load_s']:.2f} s  (3 fresh processes: {result['cold_load_s_all']})")
    print(f"max RSS          {result['max_rss_mb']:.0f} MB (import + load, fresh process)")
    print(
        f"find_places      {result['text_mb']:.1f} MB in {result['documents']} documents: "
        f"{result['seconds']:.1f} s = {result['mb_per_s']:.2f} MB/s wall, {result['mentions']} mentions"
    )
    print(
        f"                 CPU {result['cpu_seconds']:.1f} s = {result['mb_per_cpu_s']:.2f} MB/s per core "
        f"= {result['per_3kb_report_ms']:.1f} ms per 3 KB report"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
