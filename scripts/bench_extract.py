"""Benchmark: extraction speed on one core, side by side with geotext on the same texts.

Builds >= 1,000 realistic reports of about 3 KB by combining paragraphs of the golden report fixtures
(tests/golden/*.txt) and, when ../shared exists, of the geoparsing corpora's news texts (read at run time, never
copied). Times, in one process on one core:

* ``clean``   -- :func:`incidents.clean.clean_text` alone (the part this pipeline adds before extraction);
* ``extract`` -- :func:`incidents.extract.extract` (cleaning, events, dates, places, actors, casualties, merge);
* ``geotext`` -- ``GeoText(text)`` (the common baseline: regex place-name finder, no events, no dates).

Run from the project root::

    python scripts/bench_extract.py            # 1,000 reports of ~3 KB
    python scripts/bench_extract.py --n 2000 --size 5000

The gazetteer is loaded once before timing (its load time is printed separately).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import re
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS_FILES = {
    "gwn": "eval/geoparsing/geowebnews/GWN.xml",
    "lgl": "eval/geoparsing/lgl/lgl.xml",
    "trnews": "eval/geoparsing/trnews/TR-News.xml",
    "geovirus": "eval/geoparsing/geovirus/GeoVirus.xml",
}


_MAX_PARAGRAPH = 700  # corpus "paragraphs" are sometimes whole articles: cut them at sentence ends


def _paragraphs(text: str) -> list[str]:
    out: list[str] = []
    for para in re.split(r"\n\s*\n|\n", text):
        chunk = ""
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", para.strip()):
            if chunk and len(chunk) + len(sentence) > _MAX_PARAGRAPH:
                out.append(chunk)
                chunk = ""
            chunk = f"{chunk} {sentence}".strip()
        if chunk:
            out.append(chunk)
    return [p for p in out if len(p) >= 40]


def load_paragraphs(shared: Path | None) -> dict[str, list[str]]:
    """Paragraph pools by origin: golden fixtures, corpora (if ../shared is there), own ingest fixtures."""
    pools: dict[str, list[str]] = {}
    golden = sorted((ROOT / "tests" / "golden").glob("*.txt"))
    if golden:
        pools["golden"] = [p for f in golden for p in _paragraphs(f.read_text(encoding="utf-8"))]
    if shared is not None and shared.is_dir():
        from incidents.evaluation.geoparsing import load_corpus

        for name, rel in CORPUS_FILES.items():
            path = shared / rel
            if path.exists():
                pools[name] = [p for doc in load_corpus(name, path) for p in _paragraphs(doc.text)]
    if not pools:  # a bare checkout: fall back to our own fixtures so the script still runs
        own = sorted((ROOT / "tests" / "fixtures" / "ingest").glob("*.txt"))
        pools["fixtures"] = [
            p for f in own for p in _paragraphs(f.read_text(encoding="utf-8", errors="replace"))
        ]
    return {k: v for k, v in pools.items() if v}


def build_texts(pools: dict[str, list[str]], *, n: int, size: int, seed: int) -> list[str]:
    """``n`` report texts of about ``size`` characters: a headline line, then paragraphs drawn from the pools.

    Golden paragraphs (conflict reports) are drawn as often as all corpora together, so that the mix has
    incidents to extract and is not only place-rich general news.
    """
    rng = random.Random(seed)
    names = sorted(pools)
    weights = [len(names) if name == "golden" else 1 for name in names]
    texts = []
    for _ in range(n):
        parts: list[str] = []
        length = 0
        while length < size:
            pool = pools[rng.choices(names, weights)[0]]
            para = pool[rng.randrange(len(pool))]
            if parts and length + len(para) > 1.15 * size:
                continue  # keep reports near the target size
            parts.append(para)
            length += len(para) + 2
        headline = " ".join(parts[0].split()[:9]).rstrip(".,;:")
        texts.append(headline + "\n\n" + "\n\n".join(parts))
    return texts


def timed(
    label: str, fn: Callable[[str], object], texts: Iterable[str]
) -> tuple[str, float, float, int, int]:
    """Wall-clock and CPU seconds of ``fn`` over ``texts``: on a shared machine CPU time is the steadier figure."""
    texts = list(texts)
    start, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        fn(text)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return label, wall, cpu, len(texts), sum(len(t.encode("utf-8")) for t in texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="number of reports (default 1000)")
    parser.add_argument("--size", type=int, default=3000, help="characters per report (default 3000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder")
    parser.add_argument("--no-geotext", action="store_true", help="skip the geotext baseline")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, whatever libraries try

    pools = load_paragraphs(args.shared)
    texts = build_texts(pools, n=args.n, size=args.size, seed=args.seed)
    total_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"python {platform.python_version()} on {platform.machine()}, 1 core (affinity pinned)")
    print(f"reports: {len(texts)}, {total_mb:.2f} MB, mean {total_mb * 1e6 / len(texts):.0f} bytes")
    print("paragraph pools: " + ", ".join(f"{k} {len(v)}" for k, v in sorted(pools.items())))

    from geodata import load_gazetteer
    from incidents.clean import clean_text
    from incidents.model import Report

    start = time.perf_counter()
    gazetteer = load_gazetteer()
    print(f"gazetteer load: {time.perf_counter() - start:.2f} s")

    published = dt.date(2022, 1, 4)
    reports = [Report.create(text=t, published=published, source="bench") for t in texts]
    by_text = {r.text: r for r in reports}
    rows = [timed("clean", clean_text, texts)]
    try:
        from incidents.extract import extract
    except ImportError as exc:
        print(f"extract: not available ({exc})", file=sys.stderr)
        extract = None
    if extract is not None:
        for r in reports[:20]:  # warm-up: lazy tables, regex compilation
            extract(r, gazetteer=gazetteer)
        n_incidents = sum(len(extract(r, gazetteer=gazetteer).incidents) for r in reports[:200])
        rows.append(timed("extract", lambda t: extract(by_text[t], gazetteer=gazetteer), texts))
        print(f"incidents per report (first 200): {n_incidents / min(200, len(reports)):.2f}")
    if not args.no_geotext:
        from geotext import GeoText

        GeoText(texts[0])  # warm-up: loads its data files
        rows.append(timed("geotext", GeoText, texts))

    print(
        f"\n{'step':<10}{'wall s':>9}{'CPU s':>9}{'reports/s CPU':>15}{'MB/s CPU':>10}{'reports/s wall':>16}"
    )
    for label, wall, cpu, n, nbytes in rows:
        cpu = max(cpu, 1e-9)
        print(
            f"{label:<10}{wall:>9.2f}{cpu:>9.2f}{n / cpu:>15.0f}{nbytes / 1e6 / cpu:>10.2f}{n / max(wall, 1e-9):>16.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
