"""raw/ → data/: one module per data package.

Each module ``kommunale_jobcenter/import_raw/<package>.py`` exposes ``PACKAGE`` (its folder name in
data/) and ``run(raw_dir, data_dir) -> Path``. Running an import twice changes nothing.
The importers read only the repository's raw snapshots (raw/, see raw/README.md).
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from pkgutil import iter_modules

from kommunale_jobcenter.datapackage import DATA_DIR

RAW_DIR = Path(__file__).resolve().parents[2] / "raw"
IMPORT_ORDER = ["jobcenter"]  # packages others depend on come first


def importers() -> list:
    names = [i.name for i in iter_modules(__path__) if not i.name.startswith("_")]
    modules = [import_module(f"{__name__}.{n}") for n in names]
    modules = [m for m in modules if hasattr(m, "run")]
    rank = {name: i for i, name in enumerate(IMPORT_ORDER)}
    return sorted(modules, key=lambda m: (rank.get(m.PACKAGE, len(rank)), m.PACKAGE))


def run_all(raw_dir: Path = RAW_DIR, data_dir: Path = DATA_DIR) -> list[Path]:
    if not raw_dir.is_dir():
        raise SystemExit(f"Rohdaten nicht gefunden: {raw_dir}")
    return [m.run(raw_dir, data_dir) for m in importers()]
