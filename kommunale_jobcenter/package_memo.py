"""Per-package work kept between builds, by the content of the package's files.

Loading a package (``load.load_package``) and reading it for the downloads
(``publish.context``) depend on nothing but the package's files and the code that reads
them. An incremental build keeps both in its state folder (``pakete/``), keyed by the
package's digest (``package_validation.package_digest``), the build code and the tools'
versions, and takes them from there while the package is unchanged: after an edit of one
package the others are not parsed again. One file per kind and package
(``pakete/<kind>/<package>/``); a new one replaces the old; one that cannot be read is
made anew.
"""

from __future__ import annotations

import functools
import hashlib
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from kommunale_jobcenter.atomic_write import write_atomically

T = TypeVar("T")
FOLDER = "pakete"  # in the build's state folder


@functools.cache
def code_key() -> str:
    """Hash of the build code and the tools' versions (pickles of frames depend on them)."""
    from kommunale_jobcenter.incremental import (
        NOT_BUILD_CODE,
        PACKAGE_DIR,
        ROOT,
        tool_versions,
        tree_digest,
    )

    code = tree_digest([PACKAGE_DIR], ROOT, NOT_BUILD_CODE)
    return hashlib.sha256(repr((code, sorted(tool_versions().items()))).encode()).hexdigest()


@dataclass(frozen=True)
class PackageMemo:
    folder: Path | None  # None: nothing is kept (a cold build without state, tests)

    def get(self, kind: str, package: str, digest: str, make: Callable[[], T]) -> T:
        """``make()``, or what it gave for the same package content before."""
        if self.folder is None or not digest:
            return make()
        key = hashlib.sha256(f"{kind}\0{package}\0{digest}\0{code_key()}".encode())
        path = self.folder / kind / package / f"{key.hexdigest()[:32]}.pickle"
        try:
            return pickle.loads(path.read_bytes())
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError,
                IndexError, TypeError, ValueError):
            pass
        value = make()
        for old in path.parent.glob("*.pickle"):
            old.unlink(missing_ok=True)
        write_atomically(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        return value


NO_MEMO = PackageMemo(None)
