"""Compiled Jinja templates kept between builds (``.cache/jinja``), for our page
templates and for the theme's in mkdocs.

Compiling the templates costs about a quarter of a second in every process that renders
them (the build process, each page worker, mkdocs). Jinja's own bytecode cache keeps the
compiled code by template name and source checksum, writes by rename and drops an entry
made by another Python version, so a changed template is simply compiled again.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import BytecodeCache, FileSystemBytecodeCache

FOLDER = Path(__file__).resolve().parent.parent / ".cache" / "jinja"


def bytecode_cache(folder: Path = FOLDER) -> BytecodeCache | None:
    """The cache in folder, or None where it cannot be created (a read-only checkout)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(str(folder))
