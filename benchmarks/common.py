"""Small helpers shared by the benchmarks: timing with medians, peak RSS, table output."""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time
from collections.abc import Callable


def timed(fn: Callable[[], object], repeat: int = 5) -> tuple[float, float, float]:
    """Run ``fn`` ``repeat`` times; return (median, min, max) in seconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), min(samples), max(samples)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fmt(seconds: float) -> str:
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds:.2f} s"


def row(name: str, stats: tuple[float, float, float], note: str = "") -> None:
    med, lo, hi = stats
    print(f"| {name} | {fmt(med)} [{fmt(lo)}–{fmt(hi)}] | {note} |", flush=True)


def header() -> None:
    print("| scenario | median [min–max] | note |")
    print("|---|---|---|")


def sizes(default: list[int]) -> list[int]:
    """Sizes from the command line, else ``MADOGUCHI_BENCH_SIZES`` (``make benchmarks-big``), else ``default``."""
    given = [int(a.replace("_", "")) for a in sys.argv[1:] if a.replace("_", "").isdigit()]
    if given:
        return given
    env = os.environ.get("MADOGUCHI_BENCH_SIZES", "")
    return [int(x) for x in env.split(",") if x.strip()] or default
