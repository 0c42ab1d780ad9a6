"""All Kreise A–Z with the form of their Jobcenter, and the search «Jobcenter finden»
(widget + the small JSON it loads on first use), also shown on the start page."""

from __future__ import annotations

import json

from markupsafe import Markup

from kommunale_jobcenter import finder, markup, urls
from kommunale_jobcenter.site import Site

PAGE = urls.KREISE
JSON = urls.KREISE_JSON
SCRIPT = "assets/js/finden.js"


def widget(site: Site, page: str, count: int) -> Markup:
    """The search box (hidden until its script runs) with the A–Z list as fallback."""
    return Markup(markup.raw_block(site.render(
        "finder.html.j2", json=site.href(page, JSON), liste=site.href(page, PAGE),
        script=site.href(page, SCRIPT), anzahl=count), searchable=False))


def _table(site: Site, index) -> str:
    said = finder.words()
    rows = []
    for row in index.itertuples(index=False):
        name = markup.text(row.kreis_name)
        target = row.slug or (row.fruehere[-1] if row.fruehere else "")
        if target:
            name = markup.link(site.href(PAGE, urls.profile(target)), row.kreis_name)
        form = said["formen"].get(row.status, {"kurz": ""})["kurz"]
        if not row.slug and row.fruehere:
            form = f"{form}, {said['frueher']}"
        rows.append({"name": name, "form": form, "land": row.land, "ags": row.ags})
    return markup.table(rows, [markup.Column("name", "Kreis oder kreisfreie Stadt", "html"),
                               markup.Column("form", "Jobcenter"),
                               markup.Column("land", "Land"),
                               markup.Column("ags", "Kreisschlüssel")],
                        f"Alle {len(rows)} Kreise und die Form ihres Jobcenters",
                        table_id="alle-kreise", filterable=True, searchable=False)


def generate(site: Site) -> None:
    jc = site.packages["jobcenter"]
    lookups = site.ctx.jobcenter
    assert lookups is not None, "keine Jobcenterdaten"
    # names only: the finder shows no figures of a Kreis
    index = finder.kreis_index(lookups.kreis_namen, jc["status_jahr"], jc["traeger"])
    records = finder.search_records(
        index, lambda slug: site.href(JSON, urls.profile(slug)))
    site.write(JSON, json.dumps(records, ensure_ascii=False,
                                separators=(",", ":")).encode("utf-8"))
    site.page(PAGE, "Alle Kreise", site.render(
        "kreise.md.j2", anzahl=len(index), jahr=int(index["jahr"].iloc[0]),
        finder=widget(site, PAGE, len(index)), tabelle=Markup(_table(site, index)),
        quelle=site.cite(PAGE, "ABL-STATUS")))
