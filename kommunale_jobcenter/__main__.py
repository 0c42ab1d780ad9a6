"""Command line: python -m kommunale_jobcenter {snapshot,import,validate,build}."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kommunale_jobcenter",
                                     description="Pipeline der Website Kommunale Jobcenter")
    sub = parser.add_subparsers(dest="command", required=True)
    p_snap = sub.add_parser("snapshot", help="neue Rohdaten-Lieferung → raw/ (mit Prüfsummen)")
    p_snap.add_argument("--from", dest="delivery", type=Path, default=None)
    sub.add_parser("import", help="raw/ → data/ (Datenpakete neu erzeugen)")
    p_val = sub.add_parser("validate", help="Datenpakete prüfen")
    p_val.add_argument("--data", type=Path, default=None)
    p_build = sub.add_parser("build", help="prüfen → erzeugen → mkdocs build (atomar)")
    p_build.add_argument("--data", type=Path, default=None)
    p_build.add_argument("--site", type=Path, default=None)
    p_build.add_argument("--no-cache", action="store_true", help="Grafiken neu rendern")
    args = parser.parse_args(argv)

    if args.command == "snapshot":
        from kommunale_jobcenter import snapshot

        changed = snapshot.take_delivery(args.delivery or snapshot.DELIVERY_DIR)
        print("\n".join(f"übernommen: raw/{name}" for name in changed) or "raw/ ist aktuell")
        return 0
    if args.command == "import":
        from kommunale_jobcenter.import_raw import run_all

        for folder in run_all():
            print(f"geschrieben: {folder}")
        return 0
    if args.command == "validate":
        from kommunale_jobcenter.datapackage import DATA_DIR
        from kommunale_jobcenter.validate import print_report, validate

        report = validate(args.data or DATA_DIR)
        print_report(report)
        return 0 if report.ok else 1
    from kommunale_jobcenter.build import CACHE_DIR, SITE_DIR, BuildError, build
    from kommunale_jobcenter.datapackage import DATA_DIR

    try:
        build(args.site or SITE_DIR, args.data or DATA_DIR, None if args.no_cache else CACHE_DIR)
    except BuildError as err:
        print(f"FEHLER: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
