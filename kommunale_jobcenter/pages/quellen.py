"""Quellen: every source of every package, with kind, date, licence and the pages
that cite it. Runs last, so it knows every citation made by the other modules."""

from __future__ import annotations

import pandas as pd
from markupsafe import Markup

from kommunale_jobcenter import markup, urls
from kommunale_jobcenter.site import Site


def all_sources(site: Site) -> pd.DataFrame:
    frames = [tables["quellen"].assign(paket=name)
              for name, tables in site.packages.items() if "quellen" in tables]
    merged = pd.concat(frames, ignore_index=True)
    packages = merged.groupby("quelle_id")["paket"].apply(lambda s: ", ".join(sorted(set(s))))
    first = merged.drop_duplicates("quelle_id").drop(columns="paket").set_index("quelle_id")
    return first.join(packages).reset_index().sort_values("quelle_id")


def used_on(site: Site, quelle_id: str) -> Markup:
    pages = sorted(site.source_usage.get(quelle_id, ()))
    links = [markup.link(site.href(urls.SOURCES, p), site.pages.get(p, p)) for p in pages[:8]]
    more = f" und {len(pages) - 8} weitere" if len(pages) > 8 else ""
    return Markup(", ".join(links) + more)


def title_cell(row: pd.Series) -> Markup:
    url = markup.safe_url(row["url"])
    title = markup.text(row["titel"])
    return Markup(f'<a href="{markup.attr(url)}" rel="nofollow">{title}</a>' if url else title)


def generate(site: Site) -> None:
    sources = all_sources(site)
    records = [{
        "_id": f"q-{markup.slugify(r['quelle_id'])}", "id": r["quelle_id"],
        "titel": title_cell(r), "herausgeber": r["herausgeber"], "datum": r["datum"],
        "art": r["art"], "lizenz": r["lizenz"], "namensnennung": r["namensnennung"],
        "paket": r["paket"], "seiten": used_on(site, r["quelle_id"]),
    } for _, r in sources.iterrows()]
    table = markup.table(records, [
        markup.Column("id", "ID"), markup.Column("titel", "Titel", "html"),
        markup.Column("herausgeber", "Herausgeber"), markup.Column("datum", "Datum"),
        markup.Column("art", "Art"), markup.Column("lizenz", "Lizenz"),
        markup.Column("namensnennung", "Namensnennung"), markup.Column("paket", "Datenpaket"),
        markup.Column("seiten", "Verwendet auf", "html")],
        caption=f"Alle {len(records)} Quellen", table_id="quellen", filterable=True)
    counts = sources["art"].value_counts().rename_axis("art").reset_index(name="anzahl")
    body = site.render("quellen.md.j2", tabelle=Markup(table), anzahl=len(records),
                       arten=Markup(markup.table(counts, [
                           markup.Column("art", "Art der Quelle"),
                           markup.Column("anzahl", "Anzahl", "number")],
                           caption="Quellen nach Art")))
    site.page(urls.SOURCES, "Quellen", body)
