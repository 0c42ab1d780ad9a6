"""Jobcenter-Verzeichnis (all zkT, current and former) and one profile page per zkT.

Other page modules add sections to every profile page by exposing
``profile_section(site, page, traeger_row) -> str`` and being listed in
``PROFILE_SECTION_MODULES``.
"""

from __future__ import annotations

from importlib import import_module

import pandas as pd
from markupsafe import Markup

from scripts import charts, markup
from scripts.geometry import coarse
from scripts.parallel import map_pages
from scripts.site import Site

INDEX = "jobcenter/index.md"
LOCATOR_TOLERANCE = 0.04  # degrees; about 4 km, below one pixel of the locator map
PROFILE_SECTION_MODULES: list[str] = ["statistik", "finanzen", "daten", "programme"]


def profile_path(slug: str) -> str:
    return f"jobcenter/{slug}.md"


def status_text(row: pd.Series) -> str:
    if bool(row["ist_aktuell"]):
        return "heute zkT"
    if pd.notna(row["zkt_bis"]):
        return f"bis {markup.format_date(row['zkt_bis'])}"
    return "–"


def directory_rows(site: Site, traeger: pd.DataFrame) -> list[dict[str, object]]:
    rows = []
    for _, t in traeger.sort_values(["land", "name"]).iterrows():
        href = site.href(INDEX, profile_path(t["slug"]))
        rows.append({
            "name": Markup(markup.link(href, t["name"])),
            "land": t["land"], "art": t["traeger_art"], "seit": t["zkt_seit"],
            "status": status_text(t), "sicherheit": Markup(markup.badge(t["sicherheit"])),
        })
    return rows


def directory_page(site: Site) -> None:
    traeger = site.packages["jobcenter"]["traeger"]
    columns = [
        markup.Column("name", "Träger", "html"), markup.Column("land", "Land"),
        markup.Column("art", "Art"), markup.Column("seit", "zkT seit", "date"),
        markup.Column("status", "Status"), markup.Column("sicherheit", "Sicherheit des Beginns",
                                                          "html"),
    ]
    table = markup.table(directory_rows(site, traeger), columns,
                         caption=f"Alle {len(traeger)} zugelassenen kommunalen Träger seit 2005",
                         table_id="verzeichnis", filterable=True)
    counts = traeger.groupby("land").agg(heute=("ist_aktuell", "sum"),
                                         insgesamt=("zkt_id", "count")).reset_index()
    body = site.render("verzeichnis.md.j2", anzahl=len(traeger),
                       aktuell=int(traeger["ist_aktuell"].sum()),
                       frueher=int(traeger["zkt_bis"].notna().sum()),
                       tabelle=Markup(table),
                       laender=Markup(markup.table(counts, [
                           markup.Column("land", "Land"),
                           markup.Column("heute", "heute zkT", "number"),
                           markup.Column("insgesamt", "Träger seit 2005", "number")],
                           caption="Träger je Land")))
    site.page(INDEX, "Jobcenter-Verzeichnis", body)


def status_periods(status: pd.DataFrame) -> list[dict[str, object]]:
    """Consecutive years with the same status, collapsed: 2005–2011 zkT-Teilgebiet, …"""
    periods: list[dict[str, object]] = []
    for _, row in status.sort_values("jahr").iterrows():
        key = (row["status"], row["zkt_ids"] if pd.notna(row["zkt_ids"]) else "")
        if periods and periods[-1]["key"] == key:
            periods[-1]["bis"] = int(row["jahr"])
            continue
        periods.append({"key": key, "von": int(row["jahr"]), "bis": int(row["jahr"]),
                        "status": row["status"], "traeger": key[1].replace(";", ", "),
                        "sicherheit": row["sicherheit"]})
    for p in periods:
        p["jahre"] = str(p["von"]) if p["von"] == p["bis"] else f"{p['von']}–{p['bis']}"
        p["sicherheit"] = Markup(markup.badge(p["sicherheit"]))
    return periods


def related(site: Site, page: str, traeger: pd.DataFrame, ids: list[str]) -> Markup:
    rows = traeger[traeger["zkt_id"].isin(ids)]
    links = [markup.link(site.href(page, profile_path(r["slug"])), r["name"])
             for _, r in rows.iterrows()]
    return Markup(", ".join(links))


def sources_table(site: Site, page: str, zkt_id: str) -> Markup:
    jc = site.packages["jobcenter"]
    links = jc["traeger_quellen"][jc["traeger_quellen"]["zkt_id"] == zkt_id]
    rows = links.merge(jc["quellen"], on="quelle_id").sort_values("quelle_id")
    records = [{
        "id": site.cite(page, r["quelle_id"]), "titel": r["titel"],
        "herausgeber": r["herausgeber"], "datum": r["datum"],
        "beginn": "ja" if bool(r["ist_beleg_beginn"]) else "",
    } for _, r in rows.iterrows()]
    return Markup(markup.table(records, [
        markup.Column("id", "Quelle", "html"), markup.Column("titel", "Titel"),
        markup.Column("herausgeber", "Herausgeber"), markup.Column("datum", "Datum"),
        markup.Column("beginn", "belegt den Beginn")], caption="Quellen zu diesem Träger"))


def locator(site: Site, page: str, t: pd.Series, kreis: pd.Series) -> Markup:
    kreise, laender = site.geometry()
    # A 240-pixel overview needs no more than a coarse Länder outline (≈ 8 KB, not 40).
    chart = charts.locator_map(kreise, coarse(laender, LOCATOR_TOLERANCE), t["ags"])
    data = pd.DataFrame([{"ags": t["ags"], "kreis_name": kreis["kreis_name"],
                          "land": kreis["land"]}])
    return site.chart(page, f"lage-{t['slug']}", chart, data,
                      f"Lage: {kreis['kreis_name']}",
                      f"Deutschlandkarte mit den Ländergrenzen; hervorgehoben ist der heutige "
                      f"Kreis {kreis['kreis_name']} ({kreis['land']}).",
                      "© GeoBasis-DE / BKG 2021 (Daten verändert)",
                      [markup.Column("kreis_name", "Kreis"), markup.Column("land", "Land"),
                       markup.Column("ags", "Kreisschlüssel")],
                      quelle_ids=["BKG-VG5000-2021"])


def profile_page(site: Site, t: pd.Series) -> None:
    jc = site.packages["jobcenter"]
    page = profile_path(t["slug"])
    kreis = jc["kreise"].set_index("ags").loc[t["ags"]]
    status = jc["status_jahr"][jc["status_jahr"]["ags"] == t["ags"]]
    traeger = jc["traeger"]
    predecessors = traeger.loc[traeger["nachfolger_zkt_id"] == t["zkt_id"], "zkt_id"].tolist()
    successor = [t["nachfolger_zkt_id"]] if pd.notna(t["nachfolger_zkt_id"]) else []
    extra = [import_module(f"scripts.pages.{m}").profile_section(site, page, t)
             for m in PROFILE_SECTION_MODULES]
    body = site.render(
        "profil.md.j2", t=t, kreis=kreis, status_text=status_text(t),
        sicherheit=Markup(markup.badge(t["sicherheit"])),
        vorgaenger=related(site, page, traeger, predecessors),
        nachfolger=related(site, page, traeger, successor),
        perioden=Markup(markup.table(status_periods(status), [
            markup.Column("jahre", "Jahre (1. Januar)"), markup.Column("status", "Status"),
            markup.Column("traeger", "aktive Träger-IDs"),
            markup.Column("sicherheit", "Sicherheit", "html")],
            caption=f"Status des heutigen Kreises {kreis['kreis_name']} 2005–"
                    f"{int(status['jahr'].max())}")),
        karte=locator(site, page, t, kreis),
        quellen=sources_table(site, page, t["zkt_id"]),
        zusatz=Markup("\n\n".join(s for s in extra if s)),
        verzeichnis=site.href(page, INDEX), methodik=site.href(page, "methodik.md"),
    )
    site.page(page, t["name"], body)


def generate(site: Site) -> None:
    directory_page(site)
    rows = [t for _, t in site.packages["jobcenter"]["traeger"].iterrows()]
    map_pages(site, profile_page, rows)  # one page per Träger, on all cores
