"""Timing helpers and the report format shared by the benchmark modules."""

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import connection
from django.test.utils import CaptureQueriesContext


@dataclass
class Measure:
    name: str
    runs: int
    median_ms: float
    p95_ms: float
    queries: int | None = None
    extra: str = ""


@dataclass
class Section:
    title: str
    target: str
    measures: list[Measure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def measure(
    name: str, action: Callable[[], object], *, runs: int = 30, extra: str = ""
) -> Measure:
    """Run ``action`` once to warm up, then ``runs`` times; queries of the last run."""
    action()
    timings = []
    for _ in range(runs - 1):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return Measure(
        name=name,
        runs=runs,
        median_ms=statistics.median(timings),
        p95_ms=timings[min(len(timings) - 1, int(len(timings) * 0.95))],
        queries=len(queries),
        extra=extra,
    )
