"""Jobcenter-Verzeichnis (all zkT, current and former) and one profile page per zkT.

Every profile opens with key-figure cards and a paragraph in plain language
(``kommunale_jobcenter.profile_cards``; templates ``profil_karten.html.j2``,
``profil_einfach.html.j2``).
Other page modules add sections to every profile page by exposing
``profile_section(site, page, traeger_row) -> str`` and being listed in
``PROFILE_SECTION_MODULES``. Labels come from ``curated/jobcenter/seiten.yaml``, prose from
the templates ``verzeichnis.md.j2`` and ``profil.md.j2``.
"""

from __future__ import annotations

from functools import partial
from importlib import import_module
from typing import Any

import pandas as pd
from markupsafe import Markup

from kommunale_jobcenter import charts, curated, markup, profile_cards, urls
from kommunale_jobcenter.geometry import coarse
from kommunale_jobcenter.parallel import map_pages
from kommunale_jobcenter.site import Site

INDEX = urls.JOBCENTER
LABELS = "jobcenter/seiten.yaml"
LOCATOR_TOLERANCE = 0.04  # degrees; about 4 km, below one pixel of the locator map
PROFILE_SECTION_MODULES: list[str] = ["statistik", "finanzen", "daten", "programme"]
GEO_QUELLE, KREISE_QUELLE = "BKG-VG5000-2021", "DESTATIS2021"
LEICHTE_SPRACHE = urls.LEICHTE_SPRACHE


def labels(section: str) -> dict[str, Any]:
    """The labels of one page family from curated/jobcenter/seiten.yaml."""
    return curated.document(LABELS)[section]


def columns(spec: list[list[str]]) -> list[markup.Column]:
    return [markup.Column(*column) for column in spec]


def attribution(site: Site, quelle_id: str) -> str:
    """The attribution a source asks for (quellen.namensnennung of the jobcenter package)."""
    assert site.ctx.jobcenter is not None, "keine Jobcenterdaten"
    return str(site.ctx.jobcenter.quellen.at[quelle_id, "namensnennung"])


def status_text(row: pd.Series) -> str:
    words = labels("verzeichnis")
    if bool(row["ist_aktuell"]):
        return words["status_aktuell"]
    if pd.notna(row["zkt_bis"]):
        return words["status_frueher"].format(datum=markup.format_date(row["zkt_bis"]))
    return words["status_offen"]


def directory_rows(site: Site, traeger: pd.DataFrame) -> list[dict[str, object]]:
    rows = []
    for _, t in traeger.sort_values(["land", "name", "zkt_seit"]).iterrows():
        href = site.href(INDEX, urls.profile(t["slug"]))
        rows.append({
            "name": Markup(markup.link(href, t["name"])),
            "land": t["land"], "art": t["traeger_art"], "seit": t["zkt_seit"],
            "status": status_text(t), "sicherheit": Markup(markup.badge(t["sicherheit"])),
        })
    return rows


def directory_page(site: Site) -> None:
    traeger = site.packages["jobcenter"]["traeger"]
    words = labels("verzeichnis")
    table = markup.table(directory_rows(site, traeger), columns(words["tabelle_spalten"]),
                         caption=words["tabelle"].format(anzahl=len(traeger)),
                         table_id="verzeichnis", filterable=True)
    counts = traeger.groupby("land").agg(heute=("ist_aktuell", "sum"),
                                         insgesamt=("zkt_id", "count")).reset_index()
    body = site.render("verzeichnis.md.j2", anzahl=len(traeger),
                       aktuell=int(traeger["ist_aktuell"].sum()),
                       frueher=int(traeger["zkt_bis"].notna().sum()),
                       tabelle=Markup(table),
                       laender=Markup(markup.table(counts, columns(words["laender_spalten"]),
                                                   caption=words["laender"])))
    site.page(INDEX, words["seitentitel"], body)


def status_periods(status: pd.DataFrame) -> list[dict[str, object]]:
    """Consecutive years with the same status, collapsed: 2005–2011 zkT-Teilgebiet, …"""
    periods: list[dict[str, object]] = []
    for _, row in status.sort_values("jahr").iterrows():
        key = (row["status"], row["zkt_ids"] if pd.notna(row["zkt_ids"]) else "",
               row["sicherheit"])
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


def years_of(status: pd.DataFrame, zkt_id: str, kind: str) -> list[int]:
    """Years (1 January) in which ``zkt_id`` is listed in a cell of the given status."""
    listed = status["zkt_ids"].fillna("").str.split(";").apply(lambda ids: zkt_id in ids)
    return sorted(int(y) for y in status.loc[listed & (status["status"] == kind), "jahr"])


def opening(t: pd.Series, traeger: pd.DataFrame, status: pd.DataFrame) -> dict[str, Any]:
    """The facts of the profile's opening sentence, all from the data: current or former,
    start, end and its reason, whose admission it took over, and – for the Kreis it still
    is – the years it covered only part of its area. ``status`` holds the rows of the
    Träger's present-day Kreis."""
    predecessors = traeger[traeger["nachfolger_zkt_id"] == t["zkt_id"]]
    partial = years_of(status, t["zkt_id"], "zkT-Teilgebiet")
    whole = years_of(status, t["zkt_id"], "zkT")
    same_kreis = t["ags_bei_zulassung"] == t["ags"]
    successor = traeger[traeger["zkt_id"] == t["nachfolger_zkt_id"]]
    return {
        "aktuell": bool(t["ist_aktuell"]),
        "seit": t["zkt_seit"],
        "bis": t["zkt_bis"] if pd.notna(t["zkt_bis"]) else None,
        "ende_grund": t["ende_grund"] if isinstance(t["ende_grund"], str) else "",
        "vorgaenger": predecessors[["zkt_id", "slug", "name"]].to_dict("records"),
        "nachfolger": successor[["zkt_id", "slug", "name"]].to_dict("records"),
        "teilgebiet": bool(partial) and same_kreis,
        "ganz_ab": whole[0] if partial and whole and same_kreis else None,
    }


def related(site: Site, page: str, rows: list[dict[str, Any]]) -> Markup:
    links = [markup.link(site.href(page, urls.profile(r["slug"])), r["name"]) for r in rows]
    if len(links) > 1:
        return Markup(", ".join(links[:-1]) + " und " + links[-1])
    return Markup("".join(links))


def sources_table(site: Site, page: str, zkt_id: str) -> Markup:
    jc = site.packages["jobcenter"]
    words = labels("profil")
    lookups = site.ctx.jobcenter
    assert lookups is not None, "keine Jobcenterdaten"
    links = lookups.quellen_by_zkt.get(zkt_id)
    rows = links.merge(jc["quellen"], on="quelle_id").sort_values("quelle_id")
    records = [{
        "id": site.cite(page, r["quelle_id"]), "titel": r["titel"],
        "herausgeber": r["herausgeber"], "datum": r["datum"],
        "beginn": words["ja"] if bool(r["ist_beleg_beginn"]) else "",
    } for _, r in rows.iterrows()]
    return Markup(markup.table(records, columns(words["quellen_spalten"]),
                               caption=words["quellen"]))


def locator(site: Site, page: str, t: pd.Series, kreis: pd.Series) -> Markup:
    words = labels("profil")
    kreise, laender = site.ctx.geometry
    # A 240-pixel overview needs no more than a coarse Länder outline (≈ 8 KB, not 40).
    chart = partial(charts.locator_map, kreise, coarse(laender, LOCATOR_TOLERANCE), t["ags"])
    data = pd.DataFrame([{"ags": t["ags"], "kreis_name": kreis["kreis_name"],
                          "land": kreis["land"]}])
    return site.chart(page, f"lage-{t['slug']}", chart, data,
                      words["karte_titel"].format(kreis=kreis["kreis_name"]),
                      words["karte_text"].format(kreis=kreis["kreis_name"], land=kreis["land"]),
                      attribution(site, GEO_QUELLE), columns(words["karte_spalten"]),
                      quelle_ids=[GEO_QUELLE])


def long_date(value: Any) -> str:
    """«1. Januar 2012»: a date for plain language, month names from the labels."""
    ts = pd.Timestamp(value)
    return f"{ts.day}. {labels('einfach')['monate'][ts.month - 1]} {ts.year}"


def card_inputs(site: Site) -> profile_cards.CardInputs:
    """What the cards read, from the build context (the shares with ranks come from the
    Finanzen frames; empty without the finanzen package)."""
    inputs = site.ctx.karten
    assert inputs is not None, "keine Jobcenterdaten"
    return inputs


def key_figures(site: Site, page: str, t: pd.Series,
                cards: list[profile_cards.Card]) -> Markup:
    """The cards at the top of a profile, each with its sources and a link onward."""
    k = {c.key: c for c in cards}
    indikatoren = site.packages.get("statistik", {}).get("indikatoren")
    has_indicator = indikatoren is not None and \
        profile_cards.SGB2_QUOTE in set(indikatoren["indikator_id"])
    cites = {key: site.cite_all(page, k[key].quelle_ids) for key in ("einwohner", "quote")}
    cites["egl"] = site.cite_all(page, k["egl"].quelle_ids[:1])  # one Verordnung a year
    html = site.render(
        "profil_karten.html.j2", k=k, w=labels("karten"), cites=cites,
        vorgaenger=related(site, page, k["zkt"].facts["vorgaenger"]),
        nachfolger=related(site, page, k["zkt"].facts["nachfolger"]),
        sicherheit=Markup(markup.badge(t["sicherheit"])),
        indikator=site.href(page, urls.indicator(profile_cards.SGB2_QUOTE))
        if has_indicator else "",
        finanzen=site.href(page, urls.finanzen_traeger(t["slug"]))
        if k["egl"].facts.get("finanzseite") else "")
    return Markup(markup.raw_block(html))


def plain_language(site: Site, page: str, t: pd.Series, cards: list[profile_cards.Card],
                   facts: dict[str, Any], status: pd.DataFrame) -> Markup:
    """The paragraph in plain language, with the articles of the names it uses."""
    traeger = site.packages["jobcenter"]["traeger"]
    e = profile_cards.plain_facts(t, cards, facts, status, traeger)
    words = labels("einfach")
    article = words["artikel"]
    return Markup(markup.raw_block(site.render(
        "profil_einfach.html.j2", e=e, w=words, a=article[t["traeger_art"]],
        a_von=[article[v["traeger_art"]] for v in e["vorgaenger"]],
        a_nach=article[e["nachfolger"][0]["traeger_art"]] if e["nachfolger"] else None,
        datum=long_date, leichte_sprache=site.href(page, LEICHTE_SPRACHE))))


def profile_page(site: Site, t: pd.Series) -> None:
    jc = site.packages["jobcenter"]
    words = labels("profil")
    page = urls.profile(t["slug"])
    lookups = site.ctx.jobcenter
    assert lookups is not None, "keine Jobcenterdaten"
    kreis = lookups.kreise_by_ags[t["ags"]]
    status = lookups.status_by_ags.get(t["ags"])
    facts = opening(t, jc["traeger"], status)
    extra = [import_module(f"kommunale_jobcenter.pages.{m}").profile_section(site, page, t)
             for m in PROFILE_SECTION_MODULES]
    # cited in full where a section names it first; the cards above use the short title
    kreis_quelle = site.cite(page, KREISE_QUELLE)
    cards = profile_cards.profile_cards(t, card_inputs(site))
    body = site.render(
        "profil.md.j2", t=t, kreis=kreis, status_text=status_text(t), e=facts,
        karten=key_figures(site, page, t, cards),
        einfach=plain_language(site, page, t, cards, facts, status),
        sicherheit=Markup(markup.badge(t["sicherheit"])),
        sicherheit_ende=Markup(markup.badge(t["sicherheit_ende"]))
        if isinstance(t["sicherheit_ende"], str) else "",
        vorgaenger=related(site, page, facts["vorgaenger"]),
        nachfolger=related(site, page, facts["nachfolger"]),
        perioden=Markup(markup.table(status_periods(status), columns(words["perioden_spalten"]),
                                     caption=words["perioden"].format(
                                         kreis=kreis["kreis_name"],
                                         jahr=int(status["jahr"].max())))),
        karte=locator(site, page, t, kreis),
        quellen=sources_table(site, page, t["zkt_id"]),
        kreis_quelle=kreis_quelle,
        kreis_namensnennung=attribution(site, KREISE_QUELLE),
        zusatz=Markup("\n\n".join(s for s in extra if s)),
        verzeichnis=site.href(page, INDEX), methodik=site.href(page, urls.METHODIK),
    )
    site.page(page, t["name"], body)


def generate(site: Site) -> None:
    directory_page(site)
    rows = [t for _, t in site.packages["jobcenter"]["traeger"].iterrows()]
    map_pages(site, profile_page, rows)  # one page per Träger, on all cores
