"""Stage timing of a build: ``build(recorder=…)`` times each stage through this object,
and ``BuildResult.seconds`` is its wall-clock record (the bench reads the CPU one too)."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (page workers count once the
    pool is shut down)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def settled_cpu_seconds() -> float:
    """``cpu_seconds`` once the build's worker processes that are ending have been
    reaped (the pools let them exit while the build goes on)."""
    for child in multiprocessing.active_children():
        child.join(timeout=10)
    return cpu_seconds()


def own_cpu_seconds() -> float:
    """CPU time of this process alone. A stage counts only this: the pool's workers are
    reaped while later stages run, so their CPU would land in whichever stage that is."""
    t = os.times()
    return t.user + t.system


@dataclass
class Recorder:
    """seconds (wall) and cpu_seconds (this process alone) per stage; notes: what the
    build found on the way (the validation report, the mkdocs ``extra``); keep_docs:
    where to copy the generated docs folder before mkdocs runs (the bench builds it with
    Zensical too)."""

    seconds: dict[str, float] = field(default_factory=dict)
    cpu_seconds: dict[str, float] = field(default_factory=dict)
    notes: dict[str, Any] = field(default_factory=dict)
    keep_docs: Path | None = None

    @contextlib.contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Add the wall and CPU time of the block to stage name."""
        started, cpu = time.perf_counter(), own_cpu_seconds()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started
            self.cpu_seconds[name] = (self.cpu_seconds.get(name, 0.0) + own_cpu_seconds()
                                      - cpu)
