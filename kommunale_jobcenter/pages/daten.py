"""Daten: downloads in several formats, documentation of every package and resource,
changelog and feed, DCAT catalogue, last-updated file, and a «Daten dieses Trägers»
section on every profile page. Generic over whatever packages exist in data/.

The pure work (zips, JSON, xlsx, docs, catalogue, feed) lives in ``kommunale_jobcenter.publish``;
this module only decides paths and writes files through the build context.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pandas as pd
from markupsafe import Markup

from kommunale_jobcenter import markup, urls
from kommunale_jobcenter.atomic_write import write_atomically
from kommunale_jobcenter.datapackage import DATA_VERSION
from kommunale_jobcenter.publish import changelog as cl
from kommunale_jobcenter.publish import citation, dcat, docs, exports, feed
from kommunale_jobcenter.publish.context import PublishContext
from kommunale_jobcenter.site import Site

PAGE = urls.DATEN
CHANGES_PAGE = urls.CHANGES
FEED = urls.FEED
CATALOGUE = urls.CATALOGUE
LAST_UPDATED = urls.LAST_UPDATED
API_PAGE = urls.API_PAGE
SLICE_DIR = urls.SLICE_DIR
EXPORT_FORMAT = "1"  # bump when the JSON/xlsx layout changes (invalidates the cache)
# openpyxl (without lxml) writes ~5,000 rows/s; statistik/werte (108k rows) took 7 s on an
# idle machine and 30–40 s under load, so tables above this size get no xlsx (the Daten
# page says why; Excel opens the CSV directly).
XLSX_ROW_LIMIT = 50_000


def context(site: Site) -> PublishContext:
    """The download part of the build context (read once in the parent)."""
    ctx = site.ctx.publish
    assert ctx is not None, "Bau-Kontext ohne Daten zum Veröffentlichen"
    return ctx


def size_text(n_bytes: int) -> str:
    if n_bytes >= 1_000_000:
        return f"{markup.format_number(n_bytes / 1_000_000, 1)} MB"
    return f"{markup.format_number(max(1, round(n_bytes / 1000)), 0)} kB"


def _download(site: Site, page: str, relpath: str, label: str) -> Markup:
    size = (site.docs_dir / relpath).stat().st_size
    return Markup(f'{markup.link(site.href(page, relpath), label)} '
                  f'<span class="stand">({markup.text(size_text(size))})</span>')


# -- downloads ----------------------------------------------------------------------

def copy_packages(site: Site, ctx: PublishContext) -> None:
    """data/<pkg>/ → docs/daten/<pkg>/: the published files are the validated ones."""
    for name in ctx.descriptors:
        shutil.copytree(ctx.data_dir / name, site.docs_dir / "daten" / name, dirs_exist_ok=True)


WORKBOOK_DIR = "downloads"  # beside the chart cache: workbooks by a hash of their content


def _cached_xlsx(site: Site, csv_text: str, schema: dict, sheet: str, title: str,
                 notes: list[str], released: str) -> bytes:
    import openpyxl

    # openpyxl serialises through lxml where it is installed: other bytes, same workbook
    writer = f"{openpyxl.__version__}/{'lxml' if openpyxl.LXML else 'et_xmlfile'}"
    key = hashlib.sha256("\0".join([
        EXPORT_FORMAT, writer, sheet, title, released, json.dumps(notes),
        json.dumps(schema, sort_keys=True), csv_text]).encode()).hexdigest()
    cache = site.cache_dir.parent / WORKBOOK_DIR / f"{key}.xlsx" if site.cache_dir else None
    if cache and cache.exists():
        return cache.read_bytes()
    content = exports.xlsx_bytes(csv_text, schema, sheet, title,
                                 pd.Timestamp(released).date(), notes)
    if cache:
        write_atomically(cache, content)
    return content


def readme(descriptor: dict[str, Any], ctx: PublishContext) -> str:
    """README.md inside each package zip: what it is, licence, attribution, citation."""
    lines = [f"# {descriptor.get('title', descriptor['name'])}", "",
             descriptor.get("description", ""), "",
             f"Datenversion {descriptor.get('version', DATA_VERSION)}, zuletzt geändert "
             f"{ctx.dates[descriptor['name']]}. Format: Frictionless Data Package "
             "(datapackage.json beschreibt jedes Feld).", "", "## Lizenz", ""]
    lines += [f"- {lic.get('title', lic.get('name'))}: {lic.get('path', '')}"
              for lic in descriptor.get("licenses", [])]
    attributions = _attributions(descriptor, ctx)
    if attributions:
        lines += ["", "## Pflichtangaben der Datengeber", ""] + [f"- {a}" for a in attributions]
    lines += ["", "## Ressourcen", ""]
    lines += [f"- {r['path']}: {r.get('title', r['name'])}" for r in descriptor["resources"]]
    lines += ["", "## Zitieren", "",
              citation.apa(descriptor.get("title", descriptor["name"]), DATA_VERSION,
                           ctx.dates[descriptor["name"]]), ""]
    return "\n".join(lines)


def _attributions(descriptor: dict[str, Any], ctx: PublishContext) -> list[str]:
    """Attribution texts of the sources the package's resources name, plus licences
    of non-tabular files (e.g. BKG geometry)."""
    from kommunale_jobcenter.publish.theme import required_attributions

    name = descriptor["name"]
    quellen = ctx.tables.get((name, "quellen"))
    texts: dict[str, str] = {}
    if quellen:
        frame = pd.DataFrame(quellen[2])
        texts = required_attributions(frame.replace({"": None}))
    out: list[str] = []
    for r in descriptor["resources"]:
        for s in r.get("sources", []):
            text = texts.get(s.get("title", ""))
            if text and text not in out:
                out.append(text)
        for lic in r.get("licenses", []):
            title = lic.get("title", "")
            if title and not any(text in title for text in out):
                out.append(title)
    return out


def _rows(ctx: PublishContext, package: str, resource: dict[str, Any]) -> int:
    """Rows of a table: above ``XLSX_ROW_LIMIT`` it gets no xlsx."""
    return len(ctx.tables[(package, resource["name"])][2])


def package_exports(site: Site, name: str) -> None:
    """The zip of one package and JSON and xlsx of each of its tables (a page family:
    the files of an unchanged package come from the page cache)."""
    ctx = context(site)
    d = ctx.descriptors[name]
    # the zip copies the package's files from disk; reading their digest makes them an
    # input of this page in the page cache
    if not ctx.files[name]:
        raise ValueError(f"Paket {name}: Dateien ohne Prüfsumme")
    site.write(urls.package_zip(name), exports.package_zip(
        ctx.data_dir / name, d, [("README.md", readme(d, ctx).encode())]))
    for r in d["resources"]:
        if r.get("type") != "table":
            continue
        base = urls.package_file(name, Path(r["path"]).stem)
        csv_text = ctx.texts[(name, r["name"])]
        site.write(f"{base}.json", exports.records_json(csv_text, r["schema"]))
        if _rows(ctx, name, r) <= XLSX_ROW_LIMIT:
            site.write(f"{base}.xlsx", _cached_xlsx(
                site, csv_text, r["schema"], r["name"], r.get("title", r["name"]),
                list(r.get("hinweise", [])), ctx.released))


def distributions(site: Site, ctx: PublishContext, name: str
                  ) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """What ``package_exports`` wrote for one package, as distributions with their sizes,
    and its tables too long for xlsx (resource → rows)."""
    d = ctx.descriptors[name]
    lic = d["licenses"][0]
    no_xlsx: dict[str, int] = {}
    out = [{"title": f"{d.get('title', name)} (Datenpaket, zip)",
            "path": urls.package_zip(name), "format": "zip", "mediatype": "application/zip",
            "license": lic}]
    for r in d["resources"]:
        base = urls.package_file(name, Path(r["path"]).stem)
        fmt = r.get("format", "")
        r_lic = (r.get("licenses") or [lic])[0]
        out.append({"title": f"{r.get('title', r['name'])} ({fmt.upper()})",
                    "path": urls.package_file(name, r["path"]), "format": fmt,
                    "mediatype": r.get("mediatype", ""), "license": r_lic,
                    "resource": r["name"]})
        if r.get("type") != "table":
            continue
        out.append({"title": f"{r.get('title', r['name'])} (JSON)", "path": f"{base}.json",
                    "format": "json", "mediatype": "application/json", "license": r_lic,
                    "resource": r["name"]})
        rows = _rows(ctx, name, r)
        if rows > XLSX_ROW_LIMIT:
            no_xlsx[f"{name}/{r['name']}"] = rows
            continue
        out.append({"title": f"{r.get('title', r['name'])} (Excel)", "path": f"{base}.xlsx",
                    "format": "xlsx", "resource": r["name"], "license": r_lic,
                    "mediatype": "application/vnd.openxmlformats-officedocument."
                                 "spreadsheetml.sheet"})
    for dist in out:
        dist["bytes"] = (site.docs_dir / dist["path"]).stat().st_size
    return out, no_xlsx


def listed_exports(site: Site, ctx: PublishContext
                   ) -> tuple[dict[str, list[dict[str, Any]]], dict[str, int]]:
    """What ``package_exports`` wrote for every package (the family of
    ``kommunale_jobcenter.pages.downloads``): distributions per package and the tables
    without xlsx."""
    dists: dict[str, list[dict[str, Any]]] = {}
    no_xlsx: dict[str, int] = {}
    for name in ctx.descriptors:
        dists[name], long = distributions(site, ctx, name)
        no_xlsx.update(long)
    return dists, no_xlsx


# -- documentation pages ---------------------------------------------------------------

def _sources(ctx: PublishContext, package: str) -> dict[str, dict[str, str]]:
    table = ctx.tables.get((package, "quellen"))
    return {r["quelle_id"]: r for r in table[2]} if table else {}


def _coverage_text(doc: dict[str, Any]) -> str:
    times = [c["text"] for c in doc["abdeckung"] if c["art"] == "Zeit"]
    return times[0] if times else ""


def _validation(site: Site, ctx: PublishContext) -> dict[str, Any]:
    return docs.validation_summary(site.ctx.validation_report, DATA_VERSION, ctx.modified)


def resource_docs_page(site: Site, ctx: PublishContext, package: str, r: dict[str, Any],
                       dists: list[dict[str, Any]]) -> dict[str, Any]:
    page = urls.resource_page(package, r["name"])
    _resource, header, rows = ctx.tables[(package, r["name"])]
    doc = docs.resource_doc(package, r, header, rows, _sources(ctx, package))
    fields = [{
        "name": Markup(f"<code>{markup.text(f['name'])}</code>"), "titel": f["titel"],
        "typ": f["typ"], "einheit": f["einheit"],
        "beschreibung": f["beschreibung"],
        "regeln": "; ".join(f["regeln"]), "schluessel": ", ".join(f["schluessel"]),
        "beispiele": Markup(", ".join(f"<code>{markup.text(v)}</code>" for v in f["beispiele"])),
        "gefuellt": f["gefuellt"],
    } for f in doc["felder"]]
    table = markup.table(fields, [
        markup.Column("name", "Feld", "html"), markup.Column("titel", "Titel"),
        markup.Column("typ", "Typ"), markup.Column("einheit", "Einheit"),
        markup.Column("beschreibung", "Beschreibung"), markup.Column("regeln", "Regeln"),
        markup.Column("schluessel", "Schlüssel"),
        markup.Column("beispiele", "Beispielwerte", "html"),
        markup.Column("gefuellt", "Zeilen mit Wert", "number")],
        caption=f"Felder der Ressource {r['name']}")
    refs = []
    for fk in doc["verweise"]:
        target = (urls.resource_page(package, fk["ziel_name"]) if fk["ziel_name"]
                  else page)
        refs.append(Markup(f"<code>{markup.text(fk['felder'])}</code> → "
                           + markup.link(site.href(page, target), fk["ziel"])
                           + f" (<code>{markup.text(fk['zielfelder'])}</code>)"))
    downloads = [_download(site, page, d["path"], d["format"].upper())
                 for d in dists if d.get("resource") == r["name"]]
    body = site.render(
        "daten_ressource.md.j2", doc=doc, paket=ctx.descriptors[package], felder=Markup(table),
        verweise=refs, downloads=downloads, pruefung=_validation(site, ctx),
        fehler=docs.problems_in(site.ctx.validation_report, package, r["path"]),
        paketseite=site.href(page, urls.package_page(package)),
        daten=site.href(page, PAGE), quellenseite=site.href(page, urls.SOURCES),
        quelle_links={q["quelle_id"]: site.cite(page, q["quelle_id"]) for q in doc["quellen"]},
    )
    site.page(page, f"{r.get('title', r['name'])} ({package}/{r['name']})", body)
    return doc


def package_docs_page(site: Site, ctx: PublishContext, package: str,
                      dists: list[dict[str, Any]]) -> dict[str, Any]:
    d = ctx.descriptors[package]
    page = urls.package_page(package)
    rows, variables, temporal = [], [], []
    for r in d["resources"]:
        if r.get("type") == "table":
            if r["name"] == "index":
                raise ValueError(f"{package}: eine Ressource darf nicht «index» heißen")
            doc = resource_docs_page(site, ctx, package, r, dists)
            variables += [f["titel"] for f in doc["felder"]]
            if _coverage_text(doc):
                temporal.append(_coverage_text(doc))
            name_cell = markup.link(site.href(page, urls.resource_page(package, r["name"])),
                                    r["name"])
            zeilen, abdeckung = doc["zeilen"], "; ".join(
                f"{c['spalte']}: {c['text']}" for c in doc["abdeckung"])
        else:
            name_cell, zeilen, abdeckung = markup.text(r["name"]), None, ""
        files = [_download(site, page, x["path"], x["format"].upper())
                 for x in dists if x.get("resource") == r["name"]]
        lics = r.get("licenses") or d["licenses"]
        rows.append({"name": Markup(name_cell), "titel": r.get("title", ""), "zeilen": zeilen,
                     "abdeckung": abdeckung,
                     "lizenz": "; ".join(x.get("title", x.get("name", "")) for x in lics),
                     "dateien": Markup(" · ".join(files))})
    table = markup.table(rows, [
        markup.Column("name", "Ressource", "html"), markup.Column("titel", "Inhalt"),
        markup.Column("zeilen", "Zeilen", "number"), markup.Column("abdeckung", "Abdeckung"),
        markup.Column("lizenz", "Lizenz"), markup.Column("dateien", "Herunterladen", "html")],
        caption=f"Ressourcen des Pakets {package}")
    zip_dist = next(x for x in dists if x["format"] == "zip")
    downloads = [{"href": site.href(page, x["path"]), "mediatype": x["mediatype"],
                  "title": x["title"]} for x in dists]
    attribution = "; ".join(_attributions(d, ctx)) or citation.PUBLISHER
    jsonld = dcat.schema_org_dataset(
        d, site.href(page, page), DATA_VERSION, ctx.dates[package], downloads,
        sorted(set(variables)), attribution, "; ".join(temporal[:1]))
    body = site.render(
        "daten_paket.md.j2", name=package, d=d, tabelle=Markup(table),
        zip=_download(site, page, zip_dist["path"], f"{package}.zip"),
        descriptor_link=Markup(markup.link(
            site.href(page, urls.package_file(package, "datapackage.json")),
            "datapackage.json")),
        geaendert=ctx.dates[package], pruefung=_validation(site, ctx),
        namensnennung=_attributions(d, ctx), jsonld=Markup(dcat.script_tag(jsonld)),
        apa=citation.apa(d.get("title", package), DATA_VERSION, ctx.dates[package]),
        daten=site.href(page, PAGE), aenderungen=site.href(page, CHANGES_PAGE),
        quellenseite=site.href(page, urls.SOURCES))
    site.page(page, f"Datenpaket {package}", body)
    return {"name": package, "d": d, "attribution": attribution}


# -- changelog, feed, catalogue, last-updated ---------------------------------------

def row_counts(ctx: PublishContext) -> dict[str, int]:
    return {f"{pkg}/{name}": len(t[2]) for (pkg, name), t in ctx.tables.items()}


def changes_page(site: Site, ctx: PublishContext) -> None:
    counts = row_counts(ctx)
    history = cl.resource_history(ctx.changelog, counts)
    versions = []
    for entry in ctx.changelog:
        rows = [r for r in history if r["version"] == entry["version"]]
        table = markup.table(rows, [
            markup.Column("ressource", "Ressource"),
            markup.Column("hinzugefuegt", "hinzugefügt", "number"),
            markup.Column("entfernt", "entfernt", "number"),
            markup.Column("geaendert", "geändert", "number"),
            markup.Column("hinweis", "Hinweis")],
            caption=f"Zeilen je Ressource in Version {entry['version']}") if rows else ""
        versions.append({**entry, "anker": "version-" + entry["version"].replace(".", "-"),
                         "tabelle": Markup(table)})
    current = markup.table([{"ressource": k, "zeilen": v, "geaendert": ctx.dates[k.split("/")[0]]}
                            for k, v in sorted(counts.items())], [
        markup.Column("ressource", "Ressource"), markup.Column("zeilen", "Zeilen", "number"),
        markup.Column("geaendert", "Paket zuletzt geändert")],
        caption=f"Zeilen je Ressource in Version {DATA_VERSION}")
    body = site.render("changelog.md.j2", versionen=versions, aktuell=Markup(current),
                       offen=cl.unbalanced(ctx.changelog, counts), version=DATA_VERSION,
                       feed=site.href(CHANGES_PAGE, FEED),
                       stand=site.href(CHANGES_PAGE, LAST_UPDATED),
                       daten=site.href(CHANGES_PAGE, PAGE))
    site.page(CHANGES_PAGE, "Änderungen an den Daten", body)
    entries = [{"version": e["version"], "datum": e["datum"],
                "titel": f"Datenversion {e['version']}: {e.get('titel', '')}".rstrip(": "),
                "zusammenfassung": " ".join([e.get("text", "")] + [
                    f"{p}: {t}" for p, t in sorted((e.get("pakete") or {}).items())]).strip()}
               for e in ctx.changelog]
    site.write(FEED, feed.atom(entries, f"{citation.SITE_TITLE}: Änderungen an den Daten",
                                 "aenderungen.html", "aenderungen.xml", citation.PUBLISHER,
                                 base=site.link(FEED, "daten") + "/" if site.site_url else ""))


def write_catalogue(site: Site, ctx: PublishContext, dists: dict[str, list[dict[str, Any]]],
                    attributions: dict[str, str]) -> None:
    def rel(path: str) -> str:
        return site.link(CATALOGUE, path)

    packages = [{
        "descriptor": ctx.descriptors[name], "issued": ctx.released,
        "modified": ctx.dates[name], "landing": rel(urls.package_page(name)),
        "attribution": attributions[name],
        "distributions": [{**x, "href": rel(x["path"]), "landing": rel(urls.package_page(name))}
                          for x in dists[name]],
    } for name in sorted(ctx.descriptors)]
    cat = dcat.catalogue(packages, citation.SITE_TITLE, citation.ABSTRACT, rel(urls.HOME),
                         ctx.released, ctx.modified)
    site.write(CATALOGUE, (json.dumps(cat, ensure_ascii=False, indent=1) + "\n").encode())


def write_last_updated(site: Site, ctx: PublishContext) -> None:
    doc = cl.last_updated(DATA_VERSION, ctx.released, ctx.dates, ctx.descriptors,
                          row_counts(ctx))
    site.write(LAST_UPDATED, (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode())


# -- the Daten page -------------------------------------------------------------------

def overview_rows(site: Site, ctx: PublishContext, name: str, dists: list[dict[str, Any]]
                  ) -> list[dict[str, object]]:
    rows = []
    for r in ctx.descriptors[name]["resources"]:
        table = ctx.tables.get((name, r["name"]))
        files = [_download(site, PAGE, x["path"], x["format"].upper())
                 for x in dists if x.get("resource") == r["name"]]
        doc_link = (markup.link(site.href(PAGE, urls.resource_page(name, r["name"])), r["name"])
                    if table else markup.text(r["name"]))
        rows.append({"name": Markup(doc_link), "titel": r.get("title", ""),
                     "zeilen": len(table[2]) if table else None,
                     "dateien": Markup(" · ".join(files))})
    return rows


def generate(site: Site) -> None:
    ctx = context(site)
    copy_packages(site, ctx)
    dists, no_xlsx = listed_exports(site, ctx)
    write_last_updated(site, ctx)
    attributions = {}
    sections = []
    for name in sorted(ctx.descriptors):
        info = package_docs_page(site, ctx, name, dists[name])
        attributions[name] = info["attribution"]
        table = markup.table(overview_rows(site, ctx, name, dists[name]), [
            markup.Column("name", "Ressource", "html"), markup.Column("titel", "Inhalt"),
            markup.Column("zeilen", "Zeilen", "number"),
            markup.Column("dateien", "Herunterladen", "html")],
            caption=f"Ressourcen des Pakets {name}")
        zip_dist = next(x for x in dists[name] if x["format"] == "zip")
        sections.append({"name": name, "d": ctx.descriptors[name], "tabelle": Markup(table),
                         "lizenzen": ctx.descriptors[name]["licenses"],
                         "geaendert": ctx.dates[name],
                         "doku": site.href(PAGE, urls.package_page(name)),
                         "zip": _download(site, PAGE, zip_dist["path"], f"{name}.zip"),
                         "namensnennung": _attributions(ctx.descriptors[name], ctx)})
    changes_page(site, ctx)
    write_catalogue(site, ctx, dists, attributions)
    body = site.render(
        "daten.md.j2", pakete=sections, version=DATA_VERSION, released=ctx.released,
        geaendert=ctx.modified, pruefung=_validation(site, ctx),
        apa=citation.apa(citation.SITE_TITLE, DATA_VERSION, ctx.modified),
        bibtex=citation.bibtex(citation.SITE_TITLE, DATA_VERSION, ctx.modified),
        aenderungen=site.href(PAGE, CHANGES_PAGE), feed=site.href(PAGE, FEED),
        katalog=site.href(PAGE, CATALOGUE), stand=site.href(PAGE, LAST_UPDATED),
        api=site.href(PAGE, API_PAGE), quellen=site.href(PAGE, urls.SOURCES),
        slice_beispiel=_slice_example(site),
        verzeichnis=site.href(PAGE, urls.JOBCENTER),
        ohne_xlsx=no_xlsx, xlsx_grenze=XLSX_ROW_LIMIT,
    )
    site.page(PAGE, "Daten", body)


def _slice_example(site: Site) -> Markup:
    """How many Träger zips the profiles wrote (recorded by ``Site.write``) and their sizes."""
    sizes = [n for path, n in site.files.items() if path.startswith(f"{SLICE_DIR}/")]
    if not sizes:
        return Markup("")
    return Markup(markup.text(f"{len(sizes)} Dateien, je {size_text(min(sizes))} bis "
                              f"{size_text(max(sizes))}"))


# -- «Daten dieses Trägers» on every profile page -----------------------------------

def profile_section(site: Site, page: str, t: pd.Series) -> str:
    """A small valid data package with the Träger's rows, and links to its API document."""
    ctx = context(site)
    lic = exports.licenses_of(ctx.descriptors.values())
    content, counts = exports.slice_package(ctx.tables, ctx.version, lic, t["zkt_id"],
                                            t["ags"], t["slug"], t["name"], ctx.index)
    relpath = urls.traeger_zip(t["slug"])
    site.write(relpath, content)
    rows = [{"ressource": k, "zeilen": v} for k, v in counts.items()]
    table = markup.table(rows, [markup.Column("ressource", "Paket/Ressource"),
                                markup.Column("zeilen", "Zeilen", "number")],
                         caption=f"Inhalt der Datei {t['slug']}.zip")
    return site.render(
        "daten_traeger.md.j2", name=t["name"], tabelle=Markup(table),
        zip=_download(site, page, relpath, f"{t['slug']}.zip"),
        zeilen=sum(counts.values()),
        api=site.href(page, urls.api_traeger(t["slug"])),
        api_docs=site.href(page, API_PAGE), daten=site.href(page, PAGE))
