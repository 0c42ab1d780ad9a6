"""Write a file so that no other process ever reads half of it, and never into a file
that another name shares (the page cache keeps generated files as hard links)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def write_atomically(path: Path, content: bytes) -> None:
    """``content`` into ``path`` through a temporary file beside it (named by this
    process) and a rename: parallel builds and the page workers share the caches."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    partial.write_bytes(content)
    partial.replace(path)


def write_new(path: Path, content: bytes) -> None:
    """``content`` as a new file at ``path``: an existing file there is unlinked first,
    not overwritten, so a hard link to it (an entry of the page cache) keeps its bytes."""
    path.unlink(missing_ok=True)
    path.write_bytes(content)


def link(source: Path, target: Path) -> None:
    """``target`` as a second name of ``source`` (a hard link: no bytes are copied),
    replacing any file there; a copy where the two are on different file systems or
    the file system has no hard links. A missing ``source`` raises FileNotFoundError."""
    target.unlink(missing_ok=True)
    try:
        os.link(source, target)
    except FileNotFoundError:
        raise
    except OSError:  # EXDEV, EPERM, EMLINK …: the bytes instead
        shutil.copyfile(source, target)
