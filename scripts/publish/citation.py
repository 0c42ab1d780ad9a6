"""Suggested citations (APA, BibTeX) and the repository's CITATION.cff, from one source."""

from __future__ import annotations

import re

PUBLISHER = "Kommunale Jobcenter – offene Daten"
SITE_TITLE = "Kommunale Jobcenter – offene Daten"
LICENSE_ID = "CC-BY-4.0"
LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/deed.de"
ABSTRACT = ("Offene, geprüfte Daten zu den zugelassenen kommunalen Trägern "
            "(Optionskommunen) in der Grundsicherung für Arbeitsuchende nach dem SGB II: "
            "Träger seit 2005, Status der Kreise je Jahr, SGB-II-Statistik der Kreise, "
            "Programme und Teilnahmen, jeweils mit Quelle und Sicherheit.")
KEYWORDS = ["Jobcenter", "zugelassene kommunale Träger", "Optionskommunen", "SGB II",
            "Grundsicherung für Arbeitsuchende", "offene Daten", "Frictionless Data Package"]


def apa(title: str, version: str, date: str, url: str = "") -> str:
    """APA 7 style for a dataset: Autor (Jahr). Titel (Version) [Datensatz]. URL"""
    year = date[:4]
    where = f" {url}" if url else ""
    part = "" if title == SITE_TITLE else f"{title}. In "
    return (f"{PUBLISHER} ({year}). {part}{SITE_TITLE} (Datenversion {version}, Stand "
            f"{date}) [Datensatz].{where}")


def bibtex_key(version: str, page: str = "") -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", page.lower().removesuffix(".html")).strip("-")
    return "kommunale-jobcenter-" + version.replace(".", "-") + (f"-{slug}" if slug else "")


def _bib(value: str) -> str:
    return value.replace("\\", "\\textbackslash{}").replace("{", "\\{").replace("}", "\\}")


def bibtex(title: str, version: str, date: str, url: str = "", page: str = "") -> str:
    lines = [f"@misc{{{bibtex_key(version, page)},",
             f"  author       = {{{{{_bib(PUBLISHER)}}}}},",
             f"  title        = {{{_bib(title)}}},",
             f"  year         = {{{date[:4]}}},",
             f"  version      = {{{_bib(version)}}},",
             f"  note         = {{Datenversion {_bib(version)}, Stand {date}, Lizenz CC BY 4.0}},"]
    if url:
        lines.append(f"  url          = {{{_bib(url)}}},")
    lines.append("}")
    return "\n".join(lines)


def cff(version: str, date: str, repository: str = "") -> str:
    """CITATION.cff (Citation File Format 1.2.0) for the data and the code."""
    keywords = "\n".join(f'  - "{k}"' for k in KEYWORDS)
    repo = f'repository-code: "{repository}"\n' if repository else ""
    return (
        "# Erzeugt von scripts/publish/citation.py (cff); bei neuer Datenversion neu erzeugen:\n"
        "#   python -m scripts.publish.citation > CITATION.cff\n"
        "cff-version: 1.2.0\n"
        'message: "Wenn Sie diese Daten verwenden, zitieren Sie sie bitte so."\n'
        "type: dataset\n"
        f'title: "{SITE_TITLE}"\n'
        f'abstract: "{ABSTRACT}"\n'
        "authors:\n"
        f'  - name: "{PUBLISHER}"\n'
        f'version: "{version}"\n'
        f'date-released: "{date}"\n'
        f'license: "{LICENSE_ID}"\n'
        f"{repo}"
        "keywords:\n"
        f"{keywords}\n"
    )


def main() -> None:
    from scripts.datapackage import DATA_VERSION
    from scripts.publish.changelog import load_changelog, release_date

    print(cff(DATA_VERSION, release_date(load_changelog(), DATA_VERSION)), end="")


if __name__ == "__main__":
    main()
