"""Shared helpers: timing, percentiles, result lines, a scratch data folder."""

from __future__ import annotations

import json
import math
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return math.nan
    pos = (len(ordered) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def timed_ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def emit(name: str, value: float, unit: str, baseline: float | None, **extra) -> dict:
    line = {
        "name": name,
        "value": round(value, 4),
        "unit": unit,
        "baseline": None if baseline is None else round(baseline, 4),
        "ratio": None if not baseline else round(value / baseline, 3),
        **extra,
    }
    print(json.dumps(line, ensure_ascii=False), flush=True)
    return line


@contextmanager
def scratch_dir(prefix: str) -> Iterator[Path]:
    # Same filesystem as the working directory's temp: fsync cost is what a user's disk pays.
    with tempfile.TemporaryDirectory(prefix=f"qa-bench-{prefix}-") as tmp:
        yield Path(tmp)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
