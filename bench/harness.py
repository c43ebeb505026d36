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
    name: str,
    action: Callable[..., object],
    *,
    runs: int = 30,
    extra: str = "",
    setup: Callable[[int], object] | None = None,
    warm_up: bool = True,
) -> Measure:
    """Time ``action`` over ``runs`` runs; queries are counted on the last one.

    Without ``setup`` the action takes no argument and runs once untimed first. With
    ``setup`` (e.g. each import needs fresh people) ``setup(run)`` runs untimed before
    each run and its result is passed to the action.
    """

    def once(run: int) -> float:
        prepared = setup(run) if setup else None
        start = time.perf_counter()
        action(prepared) if setup else action()
        return (time.perf_counter() - start) * 1000

    if warm_up and setup is None:
        once(-1)
    timings = [once(run) for run in range(runs - 1)]
    with CaptureQueriesContext(connection) as queries:
        timings.append(once(runs - 1))
    timings.sort()
    return Measure(
        name=name,
        runs=runs,
        median_ms=statistics.median(timings),
        p95_ms=timings[min(len(timings) - 1, int(len(timings) * 0.95))],
        queries=len(queries),
        extra=extra,
    )
