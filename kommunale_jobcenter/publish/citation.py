"""Suggested citations (APA, BibTeX) and the repository's CITATION.cff, from one source:
the project metadata in ``curated/site/projekt.yaml``."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from kommunale_jobcenter import curated

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


@cache
def project() -> dict[str, Any]:
    """The validated project metadata (title, publisher, abstract, licence, vocabularies)."""
    return curated.document("site/projekt.yaml")


PUBLISHER: str = project()["herausgeber"]
SITE_TITLE: str = project()["titel"]
ABSTRACT: str = project()["zusammenfassung"]
LICENSE_URL: str = project()["lizenz"]["path"]


def _render(name: str, **values: Any) -> str:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=False,
                             keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    return env.get_template(name).render(p=project(), **values)


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
    return _render("citation.bib.j2", key=bibtex_key(version, page), bib=_bib, title=title,
                   version=version, date=date, url=url).rstrip("\n")


def cff(version: str, date: str, repository: str = "") -> str:
    """CITATION.cff (Citation File Format 1.2.0) for the data and the code."""
    return _render("citation.cff.j2", version=version, date=date, repository=repository)


def main() -> None:
    from kommunale_jobcenter.datapackage import DATA_VERSION
    from kommunale_jobcenter.publish.changelog import load_changelog, release_date

    print(cff(DATA_VERSION, release_date(load_changelog(), DATA_VERSION)), end="")


if __name__ == "__main__":
    main()
