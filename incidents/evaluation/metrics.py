"""Pure scoring functions shared by the evaluation harnesses.

Kept apart from the loaders and the CLI so that every figure we publish comes from a function with a table test.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from geodata.distance import EARTH_RADIUS_KM, haversine_km

__all__ = [
    "EARTH_RADIUS_KM",
    "MAX_ERROR_KM",
    "PRF",
    "SpanMatch",
    "accuracy_at",
    "bucketed_shares",
    "haversine_km",
    "match_spans",
    "mean",
    "median",
    "prf",
    "share",
    "spans_overlap",
    "summarise_errors",
]

#: Mean Earth radius (IUGG), the value geoparsing papers use for great-circle error.

#: Error charged for a mention that got no coordinates at all: half the Earth's circumference (20,039 km), the
#: largest possible great-circle error, as in Gritta et al. (2019). Charging it keeps unresolved mentions in the
#: denominator instead of quietly dropping them, which would flatter the mean and the median.
MAX_ERROR_KM = 20039.0


def share(hits: int, n: int) -> float | None:
    """``hits / n`` as a fraction, None when nothing was scored (0/0 is not 0 %)."""
    return hits / n if n else None


def accuracy_at(errors_km: Sequence[float], k_km: float) -> float | None:
    """Share of errors at or below ``k_km`` (acc@161 uses k = 161 km, i.e. 100 miles)."""
    return share(sum(1 for e in errors_km if e <= k_km), len(errors_km))


def median(values: Sequence[float]) -> float | None:
    """Median (mean of the two middle values for an even count); None for no values."""
    if not values:
        return None
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def mean(values: Sequence[float]) -> float | None:
    """Arithmetic mean; None for no values."""
    return sum(values) / len(values) if values else None


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 with the counts they come from (so a reader can recompute them)."""

    tp: int
    n_pred: int
    n_gold: int
    precision: float | None
    recall: float | None
    f1: float | None


def prf(tp: int, n_pred: int, n_gold: int) -> PRF:
    """Precision = tp / predictions, recall = tp / gold, F1 their harmonic mean (None when undefined)."""
    if tp > min(n_pred, n_gold) or tp < 0:
        raise ValueError(f"tp={tp} is impossible with {n_pred} predictions and {n_gold} gold items")
    p = share(tp, n_pred)
    r = share(tp, n_gold)
    f1 = None if p is None or r is None else (0.0 if p + r == 0 else 2 * p * r / (p + r))
    return PRF(tp=tp, n_pred=n_pred, n_gold=n_gold, precision=p, recall=r, f1=f1)


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when two half-open character ranges share at least one character."""
    return max(a[0], b[0]) < min(a[1], b[1])


@dataclass(frozen=True, slots=True)
class SpanMatch:
    """One-to-one pairing of gold and predicted spans: ``pairs`` holds (gold index, predicted index)."""

    pairs: tuple[tuple[int, int], ...]

    @property
    def tp(self) -> int:
        return len(self.pairs)


def match_spans(
    gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]], *, strict: bool
) -> SpanMatch:
    """Pair gold and predicted spans one-to-one.

    ``strict`` pairs only identical (start, end); otherwise any overlap counts, and each gold span takes the unused
    prediction that overlaps it most (ties: the earlier one). One-to-one pairing keeps a single long prediction from
    being counted as several hits.
    """
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    if strict:
        index = {}
        for j, p in enumerate(pred):
            index.setdefault((p[0], p[1]), []).append(j)
        for i, g in enumerate(gold):
            for j in index.get((g[0], g[1]), []):
                if j not in used:
                    used.add(j)
                    pairs.append((i, j))
                    break
        return SpanMatch(tuple(pairs))
    for i, g in enumerate(gold):
        best_j, best_len = -1, 0
        for j, p in enumerate(pred):
            if j in used:
                continue
            ov = min(g[1], p[1]) - max(g[0], p[0])
            if ov > best_len:
                best_j, best_len = j, ov
        if best_j >= 0:
            used.add(best_j)
            pairs.append((i, best_j))
    return SpanMatch(tuple(pairs))


def bucketed_shares(
    items: Iterable[tuple[Hashable, bool]], *, order: Sequence[Hashable] | None = None
) -> dict[Hashable, dict[str, float | int | None]]:
    """Per-bucket ``{"n": count, "share": hits / count}`` from (bucket, hit) pairs.

    ``order`` lists the buckets to report first (even when empty, with n = 0), so tables keep a stable layout.
    """
    counts: dict[Hashable, list[int]] = {b: [0, 0] for b in (order or ())}
    for bucket, hit in items:
        c = counts.setdefault(bucket, [0, 0])
        c[0] += 1
        c[1] += bool(hit)
    return {b: {"n": n, "share": share(h, n)} for b, (n, h) in counts.items()}


def summarise_errors(errors_km: Sequence[float], *, ks: Mapping[str, float]) -> dict[str, float | int | None]:
    """n, median_km, mean_km and one accuracy per named threshold (e.g. ``{"acc161": 161}``)."""
    out: dict[str, float | int | None] = {"n": len(errors_km)}
    for name, k in ks.items():
        out[name] = accuracy_at(errors_km, k)
    out["median_km"] = median(errors_km)
    out["mean_km"] = mean(errors_km)
    return out
