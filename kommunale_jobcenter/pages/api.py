"""Static JSON API under api/: one document per Träger and per programme (page families:
each through the page cache, read from the rows of its own Träger or programme) and an
index. The documentation page (daten/api.md) is built after them
(``kommunale_jobcenter.pages.api_docs``): it shows their sizes."""

from __future__ import annotations

from typing import Any

from kommunale_jobcenter import urls
from kommunale_jobcenter.pages.daten import context
from kommunale_jobcenter.parallel import map_pages
from kommunale_jobcenter.publish import api, citation
from kommunale_jobcenter.site import Site


def meta(site: Site, depth: int) -> dict[str, Any]:
    """What every document says about itself; ``depth``: folders below api/."""
    ctx = context(site)
    return {"datenversion": ctx.version, "stand": ctx.modified,
            "lizenz": citation.project()["api"]["lizenz"],
            "dokumentation": "../" * (depth + 1) + "daten/api.html"}


def programme_ids(tables: api.Tables) -> set[str] | None:
    if not tables.has("programme", "programme"):
        return None
    return {p["programm_id"] for p in tables.all("programme", "programme")}


def traeger_document(site: Site, zkt_id: str) -> None:
    tables = site.ctx.api
    assert tables is not None
    doc = api.traeger_doc(tables, zkt_id, meta(site, 1), programme_ids(tables))
    site.write(urls.api_traeger(doc["traeger"]["slug"]), api.dumps(doc))


def programme_document(site: Site, programm_id: str) -> None:
    tables = site.ctx.api
    assert tables is not None
    slugs = {t["ags"]: t["slug"] for t in tables.all("jobcenter", "traeger")
             if t["ist_aktuell"]}
    site.write(urls.api_programme(programm_id),
               api.dumps(api.programme_doc(tables, programm_id, meta(site, 1), slugs)))


def generate(site: Site) -> None:
    tables = site.ctx.api
    assert tables is not None
    traeger = tables.all("jobcenter", "traeger")
    map_pages(site, traeger_document, sorted(t["zkt_id"] for t in traeger))  # on all cores
    ids = programme_ids(tables)
    if ids is not None:
        map_pages(site, programme_document, sorted(ids))
    programme = tables.all("programme", "programme") if ids is not None else None
    site.write(urls.api_index(), api.dumps(api.index_doc(meta(site, 0), traeger, programme)))
