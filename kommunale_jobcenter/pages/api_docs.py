"""The documentation of the static JSON API (daten/api.md): endpoints, sizes of the
documents ``kommunale_jobcenter.pages.api`` wrote, and the keys of one Träger's document
as an example. Built after the families are merged: it reads what they recorded."""

from __future__ import annotations

import json

from markupsafe import Markup

from kommunale_jobcenter import markup, urls
from kommunale_jobcenter.datapackage import DATA_VERSION
from kommunale_jobcenter.pages.api import meta, programme_ids
from kommunale_jobcenter.pages.daten import API_PAGE, size_text
from kommunale_jobcenter.publish import api, citation
from kommunale_jobcenter.site import Site

EXAMPLE = "kreis-warendorf"  # the Träger whose document the page shows, if it exists


def _sizes(site: Site, folder: str) -> list[int]:
    return [n for path, n in site.files.items() if path.startswith(folder)]


def _describe(key: str, value: object) -> str:
    text = citation.project()["api"]["felder"].get(key, "")
    if isinstance(value, list):
        text += f" – Liste, hier {len(value)} Einträge"
    return text


def generate(site: Site) -> None:
    tables = site.ctx.api
    assert tables is not None
    traeger = {t["slug"]: t["zkt_id"] for t in tables.all("jobcenter", "traeger")}
    programmes = programme_ids(tables)
    ids = sorted(programmes or ())
    sizes = _sizes(site, f"{urls.API_TRAEGER_DIR}/")
    p_sizes = _sizes(site, f"{urls.API_PROGRAMME_DIR}/")
    slug = EXAMPLE if EXAMPLE in traeger else sorted(traeger)[0]
    doc = api.traeger_doc(tables, traeger[slug], meta(site, 1), programmes)
    sample = json.loads(api.dumps(doc))  # the document as a client reads it
    keys = [{"key": Markup(f"<code>{markup.text(k)}</code>"), "inhalt": _describe(k, v)}
            for k, v in sample.items()]
    body = site.render(
        "api.md.j2", slug=slug, anzahl=len(sizes), programme=len(p_sizes),
        groesse_traeger=f"{size_text(min(sizes))} bis {size_text(max(sizes))}",
        groesse_programme=(f"{size_text(min(p_sizes))} bis {size_text(max(p_sizes))}"
                           if p_sizes else ""),
        groesse_index=size_text(site.files[urls.api_index()]),
        index=site.href(API_PAGE, urls.api_index()),
        beispiel=site.href(API_PAGE, urls.api_traeger(slug)),
        programm_beispiel=(site.href(API_PAGE, urls.api_programme(ids[0])) if p_sizes else ""),
        schluessel=Markup(markup.table(keys, [markup.Column("key", "Schlüssel", "html"),
                                              markup.Column("inhalt", "Inhalt")],
                                       caption=f"Aufbau von traeger/{slug}.json")),
        version=DATA_VERSION,
    )
    site.page(API_PAGE, "Daten-API (statische JSON-Dateien)", body)
