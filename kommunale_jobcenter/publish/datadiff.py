"""What changed in data/ between a git ref and the working tree, per resource.

    python -m kommunale_jobcenter.publish.datadiff origin/main            # Markdown
    python -m kommunale_jobcenter.publish.datadiff v2026.11.0 --yaml      # changelog snippet

Rows are matched by each resource's primary key: «hinzugefügt» and «entfernt» are keys
only on one side, «geändert» keys on both sides whose row differs. In GitHub Actions
the Markdown is appended to $GITHUB_STEP_SUMMARY.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kommunale_jobcenter.publish import exports

ROOT = Path(__file__).resolve().parent.parent.parent


@dataclass
class ResourceDiff:
    package: str
    resource: str
    rows_before: int | None
    rows_after: int | None
    added: int = 0
    removed: int = 0
    changed: int = 0
    columns_added: list[str] = field(default_factory=list)
    columns_removed: list[str] = field(default_factory=list)

    @property
    def is_change(self) -> bool:
        return bool(self.added or self.removed or self.changed or self.columns_added
                    or self.columns_removed or self.rows_before != self.rows_after)


@dataclass
class DataDiff:
    base: str
    version_before: dict[str, str]
    version_after: dict[str, str]
    resources: list[ResourceDiff]


def _git(repo: Path, *args: str) -> str:
    out = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True,
                         check=False)
    if out.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)}: {out.stderr.strip()}")
    return out.stdout


def _base_files(repo: Path, ref: str) -> set[str]:
    listing = _git(repo, "ls-tree", "-r", "--name-only", ref, "--", "data/")
    return set(listing.split())


def _read_base(repo: Path, ref: str, path: str) -> str:
    return _git(repo, "show", f"{ref}:{path}")


def _packages(files: set[str]) -> set[str]:
    return {p.split("/")[1] for p in files
            if p.startswith("data/") and p.endswith("/datapackage.json") and p.count("/") == 2}


def _rows(text: str | None) -> tuple[list[str], list[dict[str, str]]]:
    if text is None:
        return [], []
    return exports.dict_rows(text)


def _tables(descriptor: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    if not descriptor:
        return {}
    return {r["name"]: r for r in descriptor.get("resources", []) if r.get("type") == "table"}


def compare_rows(before: tuple[list[str], list[dict[str, str]]],
                 after: tuple[list[str], list[dict[str, str]]],
                 key: list[str]) -> tuple[int, int, int]:
    """(added, removed, changed) by primary key; without a key, by whole rows."""
    (h_old, old), (h_new, new) = before, after
    if not h_old or not h_new:  # a resource that is new or gone
        return len(new), len(old), 0
    common = [c for c in h_new if c in h_old]
    columns = key if key and all(k in h_old and k in h_new for k in key) else common

    def index(rows: list[dict[str, str]]) -> dict[tuple[str, ...], tuple[str, ...]]:
        return {tuple(r[c] for c in columns): tuple(r[c] for c in common) for r in rows}

    a, b = index(old), index(new)
    added = sum(1 for k in b if k not in a)
    removed = sum(1 for k in a if k not in b)
    changed = sum(1 for k in b if k in a and a[k] != b[k])
    if set(h_old) != set(h_new):  # a new or dropped column changes every kept row
        changed = sum(1 for k in b if k in a)
    return added, removed, changed


def diff(base: str, repo: Path = ROOT) -> DataDiff:
    files = _base_files(repo, base)
    data = repo / "data"
    current = {p.parent.name for p in data.glob("*/datapackage.json")}
    result = DataDiff(base, {}, {}, [])
    for pkg in sorted(_packages(files) | current):
        path = f"data/{pkg}/datapackage.json"
        old_d = json.loads(_read_base(repo, base, path)) if path in files else None
        new_d = (json.loads((data / pkg / "datapackage.json").read_text(encoding="utf-8"))
                 if pkg in current else None)
        if old_d:
            result.version_before[pkg] = str(old_d.get("version", ""))
        if new_d:
            result.version_after[pkg] = str(new_d.get("version", ""))
        old_t, new_t = _tables(old_d), _tables(new_d)
        for name in sorted(set(old_t) | set(new_t)):
            old_path = f"data/{pkg}/{old_t[name]['path']}" if name in old_t else None
            old_text = _read_base(repo, base, old_path) if old_path in files else None
            new_file = data / pkg / new_t[name]["path"] if name in new_t else None
            new_text = (new_file.read_text(encoding="utf-8")
                        if new_file and new_file.is_file() else None)
            before, after = _rows(old_text), _rows(new_text)
            key = (new_t.get(name) or old_t[name]).get("schema", {}).get("primaryKey", [])
            added, removed, changed = compare_rows(before, after, key)
            result.resources.append(ResourceDiff(
                pkg, name, len(before[1]) if old_text is not None else None,
                len(after[1]) if new_text is not None else None, added, removed, changed,
                sorted(set(after[0]) - set(before[0])) if old_text is not None else [],
                sorted(set(before[0]) - set(after[0])) if new_text is not None else []))
    return result


def _n(value: int | None) -> str:
    return "–" if value is None else f"{value:,}".replace(",", ".")


def markdown(d: DataDiff) -> str:
    changes = [r for r in d.resources if r.is_change]
    lines = [f"## Datenänderungen gegenüber `{d.base}`", ""]
    versions = sorted(set(d.version_before) | set(d.version_after))
    for pkg in versions:
        old, new = d.version_before.get(pkg, "–"), d.version_after.get(pkg, "–")
        note = "" if old != new else " (unverändert – bei Datenänderungen DATA_VERSION erhöhen)"
        if old != new or any(r.package == pkg for r in changes):
            lines.append(f"- Paket **{pkg}**: Version {old} → {new}{note}")
    if not changes:
        lines += ["", "Keine Änderungen an den Daten."]
        return "\n".join(lines) + "\n"
    lines += ["", "| Paket | Ressource | Zeilen vorher | Zeilen jetzt | hinzugefügt | entfernt "
              "| geändert | Spalten |", "|---|---|---:|---:|---:|---:|---:|---|"]
    for r in changes:
        cols = ", ".join([f"+{c}" for c in r.columns_added] + [f"−{c}" for c in r.columns_removed])
        lines.append(f"| {r.package} | {r.resource} | {_n(r.rows_before)} | {_n(r.rows_after)} "
                     f"| {_n(r.added)} | {_n(r.removed)} | {_n(r.changed)} | {cols} |")
    return "\n".join(lines) + "\n"


def changelog_yaml(d: DataDiff) -> str:
    """The «ressourcen:» block for data/CHANGELOG.yaml."""
    lines = ["    ressourcen:"]
    for r in d.resources:
        if r.is_change:
            lines.append(f"      {r.package}/{r.resource}: {{hinzugefuegt: {r.added}, "
                         f"entfernt: {r.removed}, geaendert: {r.changed}}}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kommunale_jobcenter.publish.datadiff",
                                     description="Änderungen an data/ gegenüber einem Git-Stand")
    parser.add_argument("base", help="Git-Referenz, z. B. origin/main oder ein Commit")
    parser.add_argument("--repo", type=Path, default=ROOT)
    parser.add_argument("--yaml", action="store_true", help="Ausschnitt für data/CHANGELOG.yaml")
    args = parser.parse_args(argv)
    result = diff(args.base, args.repo)
    text = changelog_yaml(result) if args.yaml else markdown(result)
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary and not args.yaml:
        with open(summary, "a", encoding="utf-8") as out:
            out.write(text)
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
