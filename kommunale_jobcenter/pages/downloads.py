"""The downloads of every data package (zip, and JSON and xlsx of each table) as the
first page family of the build: handed to the workers before any page, so the longest
tasks (the workbooks of the large tables) start first and are done when the Daten pages,
built last (``kommunale_jobcenter.pages.daten``), list what they wrote."""

from __future__ import annotations

from kommunale_jobcenter.pages.daten import context, package_exports
from kommunale_jobcenter.parallel import map_pages
from kommunale_jobcenter.site import Site


def generate(site: Site) -> None:
    map_pages(site, package_exports, list(context(site).descriptors))  # on all cores
