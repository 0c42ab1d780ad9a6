"""Static JSON API under api/: an index, one document per Träger and per programme,
documented on daten/api.md with examples (relative URLs, curl and Python)."""

from __future__ import annotations

import json

from markupsafe import Markup

from kommunale_jobcenter import markup, urls
from kommunale_jobcenter.datapackage import DATA_VERSION
from kommunale_jobcenter.pages.daten import API_PAGE, context, size_text
from kommunale_jobcenter.publish import api, citation
from kommunale_jobcenter.site import Site


def _write(site: Site, relpath: str, doc: dict) -> int:
    return site.write(relpath, api.dumps(doc))


def generate(site: Site) -> None:
    ctx = context(site)
    meta = {"datenversion": ctx.version, "stand": ctx.modified,
            "lizenz": citation.project()["api"]["lizenz"],
            "dokumentation": "../daten/api.html"}
    data = api.Records(site.packages)
    traeger = data.all("jobcenter", "traeger")
    programme = data.all("programme", "programme") if data.has("programme", "programme") \
        else None
    programme_ids = {p["programm_id"] for p in programme} if programme is not None else None
    deep = {**meta, "dokumentation": "../../daten/api.html"}
    sizes = []
    docs = {}
    for t in sorted(traeger, key=lambda r: r["zkt_id"]):
        docs[t["slug"]] = api.traeger_doc(data, t["zkt_id"], deep, programme_ids)
        sizes.append(_write(site, urls.api_traeger(t["slug"]), docs[t["slug"]]))
    p_sizes = []
    if programme is not None:
        slugs = {t["ags"]: t["slug"] for t in traeger if t["ist_aktuell"]}
        for pid in sorted(programme_ids or ()):
            doc = api.programme_doc(data, pid, deep, slugs)
            p_sizes.append(_write(site, urls.api_programme(pid), doc))
    index_size = _write(site, urls.api_index(), api.index_doc(meta, traeger, programme))
    slugs_all = sorted(t["slug"] for t in traeger)
    slug = "kreis-warendorf" if "kreis-warendorf" in slugs_all else slugs_all[0]
    sample = json.loads(api.dumps(docs[slug]))  # the document as a client reads it
    keys = [{"key": Markup(f"<code>{markup.text(k)}</code>"), "inhalt": _describe(k, v)}
            for k, v in sample.items()]
    body = site.render(
        "api.md.j2", slug=slug, anzahl=len(sizes), programme=len(p_sizes),
        groesse_traeger=f"{size_text(min(sizes))} bis {size_text(max(sizes))}",
        groesse_programme=(f"{size_text(min(p_sizes))} bis {size_text(max(p_sizes))}"
                           if p_sizes else ""),
        groesse_index=size_text(index_size),
        index=site.href(API_PAGE, urls.api_index()),
        beispiel=site.href(API_PAGE, urls.api_traeger(slug)),
        programm_beispiel=(site.href(API_PAGE, urls.api_programme(sorted(programme_ids or ())[0]))
                           if p_sizes else ""),
        schluessel=Markup(markup.table(keys, [markup.Column("key", "Schlüssel", "html"),
                                              markup.Column("inhalt", "Inhalt")],
                                       caption=f"Aufbau von traeger/{slug}.json")),
        version=DATA_VERSION,
    )
    site.page(API_PAGE, "Daten-API (statische JSON-Dateien)", body)


def _describe(key: str, value: object) -> str:
    text = citation.project()["api"]["felder"].get(key, "")
    if isinstance(value, list):
        text += f" – Liste, hier {len(value)} Einträge"
    return text
