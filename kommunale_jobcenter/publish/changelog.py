"""The maintained changelog (data/CHANGELOG.yaml), package dates and the last-updated file.

Dates never come from the wall clock, so a rebuild of the same commit gives the same
files: the release date of a version is written in the changelog; the date a package
last changed is the date of the last git commit touching data/<paket>, falling back to
the release date when git is not available (e.g. a source tarball).
"""

from __future__ import annotations

import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from kommunale_jobcenter.datapackage import DATA_DIR

CHANGELOG = DATA_DIR / "CHANGELOG.yaml"
CHANGE_KINDS = ("hinzugefuegt", "entfernt", "geaendert")


class ChangelogError(ValueError):
    """The changelog file is malformed; the message says where."""


def load_changelog(path: Path = CHANGELOG) -> list[dict[str, Any]]:
    """Versions, newest first, each with version, datum (ISO text) and optional
    text, pakete (package → text) and ressourcen ("paket/ressource" → counts)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    versions = data.get("versionen")
    if not isinstance(versions, list) or not versions:
        raise ChangelogError(f"{path.name}: Liste «versionen» fehlt oder ist leer")
    out = []
    for i, v in enumerate(versions):
        if not isinstance(v, dict) or "version" not in v or "datum" not in v:
            raise ChangelogError(f"{path.name}: Eintrag {i + 1} braucht «version» und «datum»")
        entry = dict(v)
        entry["version"] = str(v["version"])
        entry["datum"] = str(v["datum"])
        for name, counts in (v.get("ressourcen") or {}).items():
            unknown = set(counts) - set(CHANGE_KINDS) - {"hinweis"}
            if unknown:
                raise ChangelogError(f"{path.name}: {entry['version']} {name}: unbekannte "
                                     f"Angabe {sorted(unknown)}")
        out.append(entry)
    dates = [e["datum"] for e in out]
    if dates != sorted(dates, reverse=True):
        raise ChangelogError(f"{path.name}: Versionen müssen nach Datum absteigend stehen")
    return out


def release_date(changelog: list[dict[str, Any]], version: str) -> str:
    for entry in changelog:
        if entry["version"] == version:
            return entry["datum"]
    raise ChangelogError(f"Datenversion {version} fehlt in data/CHANGELOG.yaml")


def git_date(path: Path, repo: Path | None = None) -> str | None:
    """Committer date (YYYY-MM-DD) of the last commit touching path, or None."""
    repo = repo or path.parent
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%cs", "--", str(path)],
                             cwd=repo, capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    value = out.stdout.strip()
    return value if out.returncode == 0 and len(value) == 10 else None


def package_dates(names: list[str], data_dir: Path, fallback: str) -> dict[str, str]:
    """Per package the date it last changed (git), else the release date."""
    return {name: git_date(data_dir / name, data_dir) or fallback for name in names}


def resource_history(changelog: list[dict[str, Any]], current: Mapping[str, int]
                     ) -> list[dict[str, Any]]:
    """Per version and resource the rows added/removed/changed.

    A version marked ``erstveroeffentlichung`` added every row that exists today minus
    what later versions added (plus what they removed), so the counts always add up to
    the current row counts. Later versions list their counts explicitly (produced by
    ``python -m kommunale_jobcenter.publish.datadiff <ref> --yaml``).
    """
    rows = []
    later: dict[str, int] = {}
    for entry in changelog:  # newest first
        resources = entry.get("ressourcen") or {}
        if entry.get("erstveroeffentlichung"):
            for name in sorted(current):
                added = current[name] - later.get(name, 0)
                rows.append({"version": entry["version"], "datum": entry["datum"],
                             "ressource": name, "hinzugefuegt": added, "entfernt": 0,
                             "geaendert": 0, "hinweis": "erste Veröffentlichung"})
            continue
        for name in sorted(resources):
            counts = resources[name] or {}
            change = {k: int(counts.get(k, 0)) for k in CHANGE_KINDS}
            later[name] = later.get(name, 0) + change["hinzugefuegt"] - change["entfernt"]
            rows.append({"version": entry["version"], "datum": entry["datum"],
                         "ressource": name, **change, "hinweis": counts.get("hinweis", "")})
    return rows


def unbalanced(changelog: list[dict[str, Any]], current: Mapping[str, int]) -> dict[str, int]:
    """Resources whose changelog totals differ from today's rows (resource → difference)."""
    totals: dict[str, int] = {}
    for row in resource_history(changelog, current):
        totals[row["ressource"]] = (totals.get(row["ressource"], 0) + row["hinzugefuegt"]
                                    - row["entfernt"])
    names = set(totals) | set(current)
    return {n: current.get(n, 0) - totals.get(n, 0) for n in sorted(names)
            if current.get(n, 0) != totals.get(n, 0)}


def last_updated(version: str, released: str, dates: Mapping[str, str],
                 descriptors: Mapping[str, Mapping[str, Any]], counts: Mapping[str, int]
                 ) -> dict[str, Any]:
    """letzte-aktualisierung.json: per package version, last change and row count."""
    return {
        "datenversion": version,
        "veroeffentlicht": released,
        "zuletzt_geaendert": max(dates.values(), default=released),
        "aenderungen": "daten/aenderungen.html",
        "feed": "daten/aenderungen.xml",
        "pakete": {
            name: {
                "version": descriptors[name].get("version", version),
                "zuletzt_geaendert": dates[name],
                "zeilen": sum(n for key, n in counts.items() if key.split("/")[0] == name),
                "datapackage": f"daten/{name}/datapackage.json",
            }
            for name in sorted(descriptors)
        },
    }
