"""Five builds in a row must give byte-identical sites: parallel and serial, with and
without the chart cache, and (with --toggle-fonts, as root) with the system's
fonts-liberation installed and removed in between — the case that made charts differ
before the chart font was shipped.

    python -m kommunale_jobcenter.reprocheck [--toggle-fonts] [--work DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

# (label, workers, use the cache, fonts-liberation before this build: True/False/None)
PLAN = [
    ("parallel, leerer Cache", "2", True, False),
    ("seriell, ohne Cache", "1", False, None),
    ("parallel, ohne Cache, fonts-liberation installiert", "2", False, True),
    ("seriell, Cache aus Bau 1 (ohne fonts-liberation gefüllt)", "1", True, None),
    ("parallel, Cache, fonts-liberation entfernt", "2", True, False),
]


def digests(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def set_fonts(installed: bool) -> None:
    command = ["apt-get", "install" if installed else "remove", "-y", "-qq", "fonts-liberation"]
    subprocess.run(command, check=True, capture_output=True,
                   env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def main(argv: list[str] | None = None) -> int:
    from kommunale_jobcenter.build import build

    parser = argparse.ArgumentParser(prog="python -m kommunale_jobcenter.reprocheck")
    parser.add_argument("--toggle-fonts", action="store_true")
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="reprocheck-"))
    reference: dict[str, str] | None = None
    differing_builds = 0
    for number, (label, workers, cached, fonts) in enumerate(PLAN, start=1):
        if args.toggle_fonts and fonts is not None:
            set_fonts(fonts)
        os.environ["KJ_BUILD_WORKERS"] = workers
        site = work / f"site{number}"
        build(site_dir=site, cache_dir=work / "cache" if cached else None)
        found = digests(site)
        reference = reference or found
        differing = sorted(k for k in set(reference) | set(found)
                           if reference.get(k) != found.get(k))
        differing_builds += bool(differing)
        print(f"Bau {number} ({label}): {len(found)} Dateien, {len(differing)} anders als "
              f"Bau 1 {differing[:5]}", flush=True)
    return 1 if differing_builds else 0


if __name__ == "__main__":
    sys.exit(main())
