"""Write a file so that no other process ever reads half of it."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomically(path: Path, content: bytes) -> None:
    """``content`` into ``path`` through a temporary file beside it (named by this
    process) and a rename: parallel builds and the page workers share the caches."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    partial.write_bytes(content)
    partial.replace(path)
