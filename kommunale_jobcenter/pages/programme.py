"""Programme: an overview of all programmes and one page per programme (who paid, when,
budget, participating Kreise as map and table, national and local figures, what we do
not know), plus the programme section of every zkT profile page.

Every figure and participation is shown with its certainty and a link to its source
on the Quellen page (``Site.cite``); texts are our own German words from data/.
"""

from __future__ import annotations

from functools import partial

import pandas as pd
from markupsafe import Markup

from kommunale_jobcenter import charts, curated_tables, markup, urls
from kommunale_jobcenter.pages import dokumente
from kommunale_jobcenter.pages import programme_frames as pf
from kommunale_jobcenter.pages.programme_common import (
    _lookups,
    flag,
    kreis_cell,
    programme_link,
    say,
    zkt_links,
)
from kommunale_jobcenter.parallel import map_pages
from kommunale_jobcenter.site import Site

INDEX = urls.PROGRAMME
DOCUMENTS_INDEX = urls.DOKUMENTE



def open_notes(programm_id: str) -> list[str]:
    """Hand-written open questions of a programme (curated/programme/offene_fragen.csv)."""
    notes = curated_tables.tables("programme")["offene_fragen"]
    return list(notes.loc[notes["programm_id"] == programm_id, "notiz"])


def _pkg(site: Site) -> dict[str, pd.DataFrame]:
    return site.packages["programme"]  # type: ignore[return-value]


def figure_table(site: Site, page: str, rows: pd.DataFrame, caption: str,
                 local: bool = False, programme_column: bool = False) -> Markup:
    """Figures (kennzahlen) as a table: value, unit, kind, period, certainty, source."""
    rows = pf.figure_rows(rows)
    records = []
    for _, r in rows.iterrows():
        record = {
            "kennzahl": r["kennzahl"], "wert": r["wert_anzeige"], "einheit": r["einheit"],
            "art": r["wert_art"], "zeitraum": r["zeitraum"],
            "sicherheit": Markup(markup.badge(r["sicherheit"])),
            "quelle": site.cite(page, r["quelle_id"]),
            "hinweis": r["hinweis"],
        }
        if local:
            where = r["traeger_name"] if pd.notna(r["traeger_name"]) else r["land"]
            bezug = f"{r['kennzahl_ebene']}: {markup.clean(where)}"
            if pd.notna(r["einheit_name"]):
                bezug += f" ({markup.clean(r['einheit_name'])})"
            links = zkt_links(site, page, r["ags"])
            record["bezug"] = Markup(markup.text(bezug)
                                     + (f" – zkT-Seite: {links}" if links else ""))
        if programme_column:
            record["programm"] = programme_link(site, page, r["programm_id"])
        records.append(record)
    columns = [markup.Column("kennzahl", "Kennzahl")]
    if programme_column:
        columns.append(markup.Column("programm", "Programm", "html"))
    if local:
        columns.append(markup.Column("bezug", "Bezug", "html"))
    columns += [markup.Column("wert", "Wert"), markup.Column("einheit", "Einheit"),
                markup.Column("art", "Art des Werts"), markup.Column("zeitraum", "Zeitraum"),
                markup.Column("sicherheit", "Sicherheit", "html"),
                markup.Column("quelle", "Quelle", "html"), markup.Column("hinweis", "Hinweis")]
    return Markup(markup.table(records, columns, caption=caption, filterable=len(records) > 15))


# -- overview ------------------------------------------------------------------------
def index_page(site: Site) -> None:
    pkg = _pkg(site)
    programme = pkg["programme"].sort_values("programm_name")
    counts = pf.participants_per_programme(programme, pkg["teilnahmen"]).set_index(
        "programm_id")
    records = [{
        "name": Markup(markup.link(site.href(INDEX, urls.programme(p["programm_id"])),
                                   p["programm_name"])),
        "ebene": p["programm_ebene"], "foerderer": p["foerderer"],
        "zeitraum": pf.period_label(p["beginn"], p["ende"]),
        "budget": pf.format_euro(p["budget_eur"]),
        "kreise": counts.loc[p["programm_id"], "kreise_anzahl"],
        "sicherheit": Markup(markup.badge(p["sicherheit"])),
        "quelle": site.cite(INDEX, p["quelle_id"]),
    } for _, p in programme.iterrows()]
    table = markup.table(records, [
        markup.Column("name", "Programm", "html"), markup.Column("ebene", "Ebene"),
        markup.Column("foerderer", "Förderer"), markup.Column("zeitraum", "Zeitraum"),
        markup.Column("budget", "Budget"),
        markup.Column("kreise", "Kreise mit bekannter Teilnahme", "number"),
        markup.Column("sicherheit", "Sicherheit", "html"),
        markup.Column("quelle", "Hauptquelle", "html")],
        caption=say(site, "programme_tabelle", n=len(records)),
        table_id="programme", filterable=True)
    known = counts.join(programme.set_index("programm_id")["programm_name"])
    known = known[known["kreise_anzahl"] > 0].reset_index().sort_values(
        "kreise_anzahl", ascending=False)
    chart = site.chart(
        INDEX, "programme-kreise", partial(
            charts.horizontal_bars, known, "kreise_anzahl", "programm_name",
            "Kreise mit bekannter Teilnahme", value_format=",d"),
        known[["programm_name", "kreise_anzahl", "teilnahmen_anzahl"]],
        say(site, "kreise_titel"),
        say(site, "kreise_beschreibung", n=len(known), name=known.iloc[0]["programm_name"],
            kreise=int(known.iloc[0]["kreise_anzahl"])),
        say(site, "kreise_quelle"),
        [markup.Column("programm_name", "Programm"),
         markup.Column("kreise_anzahl", "Kreise", "number"),
         markup.Column("teilnahmen_anzahl", "Teilnahmen", "number")])
    body = site.render("programme.md.j2", anzahl=len(records), tabelle=Markup(table),
                       grafik=chart, teilnahmen=len(pkg["teilnahmen"]),
                       kennzahlen=len(pkg["kennzahlen"]),
                       dokumente=site.href(INDEX, DOCUMENTS_INDEX),
                       quellen=site.href(INDEX, urls.SOURCES),
                       methodik=site.href(INDEX, urls.METHODIK))
    site.page(INDEX, "Programme", body)


# -- one programme -------------------------------------------------------------------
def participation_table(site: Site, page: str, teilnahmen: pd.DataFrame) -> Markup:
    jc = site.packages["jobcenter"]
    rows = pf.participation_rows(teilnahmen, _lookups(site).kreis_name, jc["traeger"])
    records = [{
        "kreis": kreis_cell(site, page, r["ags"], fallback=r["land"]),
        "stelle": r["traeger_name"], "einheit": r["einheit_name"], "rolle": r["rolle"],
        "zeitraum": r["zeitraum"], "zkt": flag(r["ist_zkt_laut_quelle"]),
        "ge": flag(r["ist_gemeinsame_einrichtung"]),
        "sicherheit": Markup(markup.badge(r["sicherheit"])),
        "quelle": site.cite(page, r["quelle_id"]), "hinweis": r["hinweis"],
    } for _, r in rows.iterrows()]
    return Markup(markup.table(records, [
        markup.Column("kreis", "Kreis", "html"),
        markup.Column("stelle", "Beteiligte Stelle (laut Quelle)"),
        markup.Column("einheit", "Pakt oder Projekt"), markup.Column("rolle", "Rolle"),
        markup.Column("zeitraum", "Zeitraum"), markup.Column("zkt", "zkT laut Quelle"),
        markup.Column("ge", "gemeinsame Einrichtung laut Quelle"),
        markup.Column("sicherheit", "Sicherheit", "html"),
        markup.Column("quelle", "Quelle", "html"), markup.Column("hinweis", "Hinweis")],
        caption=say(site, "teilnahmen_tabelle", n=len(records)),
        filterable=len(records) > 15))


def participation_map_figure(site: Site, page: str, p: pd.Series,
                             teilnahmen: pd.DataFrame) -> Markup:
    frame = pf.participation_map_frame(_lookups(site).kreise, teilnahmen,
                                       site.packages["jobcenter"]["traeger"])
    kreise_geo, laender_geo = site.ctx.geometry
    chart = partial(charts.participation_map, kreise_geo, laender_geo, frame)
    known = frame[frame["sicherheit"] != pf.NOT_KNOWN].sort_values(["land", "kreis_name"])
    counts = known["sicherheit"].value_counts()
    parts = ", ".join(f"{counts[c]} {c}" for c in pf.CERTAINTY_ORDER if c in counts)
    description = say(site, "karte_beschreibung", n=len(known), name=p["programm_name"],
                      teile=parts, zkt=int(known["ist_zkt"].sum()))
    table = known.assign(zkt=known["ist_zkt"].map({True: "ja", False: "nein"}))
    return site.chart(
        page, f"teilnahme-{p['programm_id']}", chart,
        table[["kreis_name", "land", "sicherheit", "zkt", "ags"]],
        say(site, "karte_titel", name=p["programm_name"]), description,
        say(site, "karte_quelle"),
        [markup.Column("kreis_name", "Kreis"), markup.Column("land", "Land"),
         markup.Column("sicherheit", "Sicherheit der Teilnahme"),
         markup.Column("zkt", "zkT heute"), markup.Column("ags", "Kreisschlüssel")],
        quelle_ids=["BKG-VG5000-2021"])


def series_figure(site: Site, page: str, p: pd.Series, kennzahlen: pd.DataFrame) -> Markup:
    frame = pf.figure_series(kennzahlen)
    if frame.empty:
        return Markup("")
    # the y axis needs unique labels
    frame["kennzahl"] = [k if not dup else f"{k} ({i})" for k, dup, i in zip(
        frame["kennzahl"], frame["kennzahl"].duplicated(keep=False), frame["kennzahl_id"],
        strict=True)]
    unit = frame["einheit"].iloc[0]
    table = frame[["kennzahl", "wert", "einheit", "wert_art", "zeitraum", "sicherheit",
                   "quelle_id", "beginn", "ende"]]
    return site.chart(
        page, f"zahlen-{p['programm_id']}", partial(charts.period_bars, frame), table,
        say(site, "reihe_titel", einheit=unit, name=p["programm_name"]),
        say(site, "reihe_beschreibung", n=len(frame), einheit=unit),
        say(site, "reihe_quelle"),
        [markup.Column("kennzahl", "Kennzahl"), markup.Column("wert", "Wert", "number"),
         markup.Column("einheit", "Einheit"), markup.Column("wert_art", "Art des Werts"),
         markup.Column("zeitraum", "Zeitraum"), markup.Column("sicherheit", "Sicherheit"),
         markup.Column("quelle_id", "Quelle")],
        quelle_ids=sorted(set(frame["quelle_id"])))


def programme_page(site: Site, p: pd.Series, last_year: int) -> None:
    pkg = _pkg(site)
    pid = p["programm_id"]
    page = urls.programme(pid)
    teilnahmen = pkg["teilnahmen"][pkg["teilnahmen"]["programm_id"] == pid]
    kennzahlen = pkg["kennzahlen"][pkg["kennzahlen"]["programm_id"] == pid]
    fakten = pkg["fakten"][pkg["fakten"]["programm_id"] == pid]
    more = pkg["programm_quellen"].loc[pkg["programm_quellen"]["programm_id"] == pid,
                                       "quelle_id"].tolist()
    national = kennzahlen[kennzahlen["kennzahl_ebene"] == "Bund"]
    local = kennzahlen[kennzahlen["kennzahl_ebene"] != "Bund"]
    notes = pf.open_questions(p, teilnahmen, kennzahlen, last_year)
    docs = sorted(set(fakten["quelle_id"]))
    body = site.render(
        "programm.md.j2", p=p,
        zeitraum=pf.period_label(p["beginn"], p["ende"]),
        budget=pf.format_euro(p["budget_eur"]),
        sicherheit=Markup(markup.badge(p["sicherheit"])),
        hauptquelle=site.cite(page, p["quelle_id"]),
        weitere=site.cite_all(page, more) if more else "",
        n_teilnahmen=len(teilnahmen), n_kreise=teilnahmen["ags"].dropna().nunique(),
        karte=participation_map_figure(site, page, p, teilnahmen)
        if teilnahmen["ags"].notna().any() else "",
        teilnahmen=participation_table(site, page, teilnahmen) if len(teilnahmen) else "",
        bund=figure_table(site, page, national, say(site, "bund_tabelle", n=len(national)))
        if len(national) else "",
        reihe=series_figure(site, page, p, kennzahlen),
        lokal=figure_table(site, page, local, say(site, "lokal_tabelle", n=len(local)),
                           local=True) if len(local) else "",
        dokumente=Markup(", ".join(
            markup.link(site.href(page, urls.document(q)), q)
            for q in docs)),
        offen=notes, handnotizen=open_notes(pid),
        uebersicht=site.href(page, INDEX), methodik=site.href(page, urls.METHODIK),
    )
    site.page(page, p["programm_name"], body)


# -- profile section -----------------------------------------------------------------
def profile_section(site: Site, page: str, t: pd.Series) -> str:
    """Programmes and figures of one zkT's Kreis (matched by Kreis key), compact."""
    pkg = _pkg(site)
    ags = t["ags"]
    lookups = _lookups(site)
    alle = Markup(markup.link(site.href(page, INDEX), "Programme"))
    if not any(ags in known for known in
               (lookups.teilnahme_ags, lookups.kennzahl_ags, lookups.fakt_ags)):
        return site.render("programm_profil.md.j2", bekannt=False, alle=alle).strip()
    teilnahmen = pkg["teilnahmen"][pkg["teilnahmen"]["ags"] == ags]
    kennzahlen = pf.figures_for_kreis(ags, pkg["kennzahlen"], pkg["kennzahl_kreise"])
    fakten = pkg["fakten"][pkg["fakten"]["ags"] == ags]
    table = ""
    if len(teilnahmen):
        rows = pf.participation_rows(teilnahmen, _lookups(site).kreis_name,
                                     site.packages["jobcenter"]["traeger"])
        records = [{
            "programm": programme_link(site, page, r["programm_id"]),
            "einheit": r["einheit_name"], "rolle": r["rolle"], "zeitraum": r["zeitraum"],
            "sicherheit": Markup(markup.badge(r["sicherheit"])),
            "quelle": site.cite(page, r["quelle_id"]),
        } for _, r in rows.sort_values(["programm_id", "teilnahme_id"]).iterrows()]
        table = Markup(markup.table(records, [
            markup.Column("programm", "Programm", "html"),
            markup.Column("einheit", "Pakt oder Projekt"), markup.Column("rolle", "Rolle"),
            markup.Column("zeitraum", "Zeitraum"),
            markup.Column("sicherheit", "Sicherheit", "html"),
            markup.Column("quelle", "Quelle", "html")],
            caption=say(site, "profil_tabelle", n=len(records)),
            table_id="programmteilnahmen"))
    return site.render(
        "programm_profil.md.j2", bekannt=True, alle=alle, ags=ags,
        besteht=bool(t["ist_aktuell"]), teilnahmen=table,
        kennzahlen=figure_table(site, page, kennzahlen, say(
            site, "profil_kennzahlen", n=len(kennzahlen)), local=True,
            programme_column=True) if len(kennzahlen) else "",
        fakten=Markup(dokumente.facts_block(site, page, fakten)) if len(fakten) else "",
    ).strip()


def generate(site: Site) -> None:
    index_page(site)
    map_pages(site, programme_page_of, list(_pkg(site)["programme"]["programm_id"]))


def programme_page_of(site: Site, programm_id: str) -> None:
    programmes = _pkg(site)["programme"]
    last_year = int(site.packages["jobcenter"]["status_jahr"]["jahr"].max())
    programme_page(site, programmes[programmes["programm_id"] == programm_id].iloc[0], last_year)
