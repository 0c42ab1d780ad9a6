"""Records every file or folder this process opens below the delivery folder beside the
project (where new raw material arrives); make site and make test must read only the
repository. Installed once, when tests/conftest.py imports this module."""

from __future__ import annotations

import os
import sys

from kommunale_jobcenter.snapshot import DELIVERY_DIR

_ROOT = os.path.realpath(DELIVERY_DIR.parent)
_READS: list[str] = []


def _audit(event: str, args: tuple) -> None:
    if event in {"open", "os.listdir", "os.scandir"} and args and isinstance(
            args[0], str | bytes | os.PathLike):
        path = os.path.realpath(os.fsdecode(args[0]))
        if path == _ROOT or path.startswith(_ROOT + os.sep):
            _READS.append(f"{event} {path}")


def take_reads() -> list[str]:
    """The reads recorded since the last call (and forget them)."""
    reads = list(_READS)
    _READS.clear()
    return reads


sys.addaudithook(_audit)
