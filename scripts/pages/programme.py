"""Programme: an overview of all programmes and one page per programme (who paid, when,
budget, participating Kreise as map and table, national and local figures, what we do
not know), plus the programme section of every zkT profile page.

Every figure and participation is shown with its certainty and a link to its source
on the Quellen page (``Site.cite``); texts are our own German words from data/.
"""

from __future__ import annotations

import pandas as pd
from markupsafe import Markup

from scripts import charts, markup
from scripts import programme_frames as pf
from scripts.pages.jobcenter import profile_path
from scripts.parallel import map_pages
from scripts.site import Site

INDEX = "programme/index.md"
DOCUMENTS_INDEX = "dokumente/index.md"

# Notes written by hand from the delivery notes of raw/programmes (known gaps and
# conflicts that the data cannot say by themselves). Our own words.
HAND_NOTES: dict[str, list[str]] = {
    "perspektive-50plus": [
        "Die vollständige Liste der Beschäftigungspakte und der an ihnen beteiligten "
        "Jobcenter kennen wir nicht; die Teilnahmen stammen aus einzelnen Presse- und "
        "Paktseiten.",
        "Die Quellen nennen für das Programmende 77 oder 78 Pakte und für die Integrationen "
        "in Phase 1 rund 20.200, 22.000 oder 22.500 Personen; wir zeigen alle Angaben "
        "nebeneinander.",
        "Vom Abschlussbericht haben wir nur den Anfang gelesen; Zahlen weiter hinten im "
        "Bericht fehlen hier.",
    ],
    "buergerarbeit": [
        "Für das Budget nennen die Quellen rund 1,3 Mrd. Euro und 1,5 Mrd. Euro; was jeweils "
        "mitgezählt ist, ist nicht klar.",
    ],
    "soziale-teilhabe": [
        "Wie viele Plätze es nach der Aufstockung 2017 gab, ist unklar: Die Quellen nennen "
        "15.000 oder 20.000.",
    ],
    "esf-langzeitarbeitslose": [
        "Zum Budget gibt es zwei Angaben (885 Mio. Euro geplant, später rund 678 Mio. Euro), "
        "zu den Teilnehmenden am 31.12.2017 ebenfalls (12.895 Personen laut Bundestag, "
        "20.443 Eintritte laut einem Analyseblog).",
    ],
    "rehapro": [
        "Für den zweiten Förderaufruf nennen die Quellen 48 oder 49 Projekte.",
    ],
}
GENERAL_NOTE = ("Von jeder Quelle haben wir nur den Anfang (etwa 2.000 Zeichen) gelesen; "
                "Zahlen weiter hinten in langen Dokumenten fehlen.")


def programme_path(programm_id: str) -> str:
    return f"programme/{programm_id}.md"


def _pkg(site: Site) -> dict[str, pd.DataFrame]:
    return site.packages["programme"]  # type: ignore[return-value]


def _flag(value: object, false_text: str = "nein") -> str:
    """A boolean from a source: ja / nein / empty when the source is silent."""
    if value is None or pd.isna(value):
        return ""
    return "ja" if bool(value) else false_text


def _lookups(site: Site) -> dict[str, object]:
    """Lookups built once per build (profile sections run 121 times)."""
    cached = getattr(site, "_programme_lookups", None)
    if cached is None:
        pkg, jc = _pkg(site), site.packages["jobcenter"]
        by_kreis = pd.concat([pkg["kennzahlen"][["kennzahl_id", "ags"]],
                              pkg["kennzahl_kreise"][["kennzahl_id", "ags"]]]).dropna()
        cached = {
            "zkt": pf.traeger_by_ags(jc["traeger"]),
            "kreis_name": dict(zip(jc["kreise"]["ags"], jc["kreise"]["kreis_name"],
                                   strict=True)),
            "programm_name": dict(zip(pkg["programme"]["programm_id"],
                                      pkg["programme"]["programm_name"], strict=True)),
            "kennzahl_ags": set(by_kreis["ags"]),
            "teilnahme_ags": set(pkg["teilnahmen"]["ags"].dropna()),
            "fakt_ags": set(pkg["fakten"]["ags"].dropna()),
        }
        site._programme_lookups = cached  # type: ignore[attr-defined]
    return cached


def zkt_links(site: Site, page: str, ags: object) -> Markup:
    """Links to the zkT profile pages of a Kreis key (zkT today first), or ''."""
    if ags is None or pd.isna(ags):
        return Markup("")
    by_ags = _lookups(site)["zkt"]
    links = []
    found = by_ags.get(str(ags), [])  # type: ignore[attr-defined]
    current = [t for t in found if t["ist_aktuell"]]
    for t in current or found:  # former zkT only where the Kreis has none today
        label = t["name"] if t["ist_aktuell"] else f"{t['name']} (früherer zkT)"
        links.append(markup.link(site.href(page, profile_path(str(t["slug"]))), str(label)))
    return Markup(", ".join(links))


def kreis_cell(site: Site, page: str, ags: object, fallback: object = "") -> Markup:
    """Kreis name (from the jobcenter package) plus links to its zkT profiles."""
    if ags is None or pd.isna(ags):
        return Markup(markup.text(fallback))
    name = _lookups(site)["kreis_name"].get(str(ags), str(ags))  # type: ignore[attr-defined]
    links = zkt_links(site, page, ags)
    return Markup(markup.text(name) + (f" – zkT-Seite: {links}" if links else ""))


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


def programme_link(site: Site, page: str, programm_id: object) -> Markup:
    if programm_id is None or pd.isna(programm_id):
        return Markup("")
    names = _lookups(site)["programm_name"]
    name = names.get(str(programm_id), str(programm_id))  # type: ignore[attr-defined]
    return Markup(markup.link(site.href(page, programme_path(str(programm_id))), name))


# -- overview ------------------------------------------------------------------------
def index_page(site: Site) -> None:
    pkg = _pkg(site)
    programme = pkg["programme"].sort_values("programm_name")
    counts = pf.participants_per_programme(programme, pkg["teilnahmen"]).set_index(
        "programm_id")
    records = [{
        "name": Markup(markup.link(site.href(INDEX, programme_path(p["programm_id"])),
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
        caption=f"Alle {len(records)} Programme, Instrumente und Themen",
        table_id="programme", filterable=True)
    known = counts.join(programme.set_index("programm_id")["programm_name"])
    known = known[known["kreise_anzahl"] > 0].reset_index().sort_values(
        "kreise_anzahl", ascending=False)
    chart = site.chart(
        INDEX, "programme-kreise", charts.horizontal_bars(
            known, "kreise_anzahl", "programm_name", "Kreise mit bekannter Teilnahme",
            value_format=",d"),
        known[["programm_name", "kreise_anzahl", "teilnahmen_anzahl"]],
        "Kreise mit bekannter Teilnahme je Programm",
        f"{len(known)} Programme mit mindestens einer belegten Teilnahme; die meisten "
        f"bekannten Teilnahmen hat {known.iloc[0]['programm_name']} mit "
        f"{known.iloc[0]['kreise_anzahl']} Kreisen. Gezählt sind nur Teilnahmen, die wir "
        "mit Quelle gefunden haben, nicht alle Teilnehmenden.",
        "Programmrecherche, eigene Zählung",
        [markup.Column("programm_name", "Programm"),
         markup.Column("kreise_anzahl", "Kreise", "number"),
         markup.Column("teilnahmen_anzahl", "Teilnahmen", "number")])
    body = site.render("programme.md.j2", anzahl=len(records), tabelle=Markup(table),
                       grafik=chart, teilnahmen=len(pkg["teilnahmen"]),
                       kennzahlen=len(pkg["kennzahlen"]),
                       dokumente=site.href(INDEX, DOCUMENTS_INDEX),
                       quellen=site.href(INDEX, "quellen.md"),
                       methodik=site.href(INDEX, "methodik.md"))
    site.page(INDEX, "Programme", body)


# -- one programme -------------------------------------------------------------------
def participation_table(site: Site, page: str, teilnahmen: pd.DataFrame) -> Markup:
    jc = site.packages["jobcenter"]
    rows = pf.participation_rows(teilnahmen, jc["kreise"], jc["traeger"])
    records = [{
        "kreis": kreis_cell(site, page, r["ags"], fallback=r["land"]),
        "stelle": r["traeger_name"], "einheit": r["einheit_name"], "rolle": r["rolle"],
        "zeitraum": r["zeitraum"], "zkt": _flag(r["ist_zkt_laut_quelle"]),
        "ge": _flag(r["ist_gemeinsame_einrichtung"]),
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
        caption=f"Bekannte Teilnahmen ({len(records)})", filterable=len(records) > 15))


def participation_map_figure(site: Site, page: str, p: pd.Series,
                             teilnahmen: pd.DataFrame) -> Markup:
    jc = site.packages["jobcenter"]
    frame = pf.participation_map_frame(jc["kreise"], teilnahmen, jc["traeger"])
    kreise_geo, laender_geo = site.geometry()
    chart = charts.participation_map(kreise_geo, laender_geo, frame)
    known = frame[frame["sicherheit"] != pf.NOT_KNOWN].sort_values(["land", "kreis_name"])
    counts = known["sicherheit"].value_counts()
    parts = ", ".join(f"{counts[c]} {c}" for c in pf.CERTAINTY_ORDER if c in counts)
    description = (
        f"Deutschlandkarte der 400 Kreise. Farbig sind die {len(known)} Kreise, für die wir "
        f"eine Teilnahme an «{p['programm_name']}» mit Quelle kennen ({parts}); "
        f"{int(known['ist_zkt'].sum())} davon haben heute einen zugelassenen kommunalen "
        "Träger (orange umrandet). Grau heißt nur: keine Teilnahme bekannt – nicht, dass "
        "der Kreis nicht teilnahm.")
    table = known.assign(zkt=known["ist_zkt"].map({True: "ja", False: "nein"}))
    return site.chart(
        page, f"teilnahme-{p['programm_id']}", chart,
        table[["kreis_name", "land", "sicherheit", "zkt", "ags"]],
        f"Kreise mit bekannter Teilnahme: {p['programm_name']}", description,
        "Programmrecherche (Quellen je Teilnahme in der Tabelle); Grenzen © GeoBasis-DE / "
        "BKG 2021 (Daten verändert)",
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
        page, f"zahlen-{p['programm_id']}", charts.period_bars(frame), table,
        f"Bundesweite Zahlen in {unit} und ihre Zeiträume: {p['programm_name']}",
        f"{len(frame)} bundesweite Angaben in der Einheit «{unit}», je als Balken über den "
        "Zeitraum, auf den sie sich beziehen, mit dem Wert daneben; Farbe: genau, rund, "
        "Mindestwert, Ziel oder Plan. Die Zahlen stammen aus verschiedenen Quellen und "
        "zählen nicht immer dasselbe; Stichtage sind als schmaler Balken gezeichnet.",
        "Programmrecherche (Quelle je Zeile in der Tabelle)",
        [markup.Column("kennzahl", "Kennzahl"), markup.Column("wert", "Wert", "number"),
         markup.Column("einheit", "Einheit"), markup.Column("wert_art", "Art des Werts"),
         markup.Column("zeitraum", "Zeitraum"), markup.Column("sicherheit", "Sicherheit"),
         markup.Column("quelle_id", "Quelle")],
        quelle_ids=sorted(set(frame["quelle_id"])))


def programme_page(site: Site, p: pd.Series, last_year: int) -> None:
    pkg = _pkg(site)
    pid = p["programm_id"]
    page = programme_path(pid)
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
        bund=figure_table(site, page, national, f"Bundesweite Zahlen ({len(national)})")
        if len(national) else "",
        reihe=series_figure(site, page, p, kennzahlen),
        lokal=figure_table(site, page, local, "Zahlen für Länder, Kreise, Pakte und "
                           f"Projekte ({len(local)})", local=True) if len(local) else "",
        dokumente=Markup(", ".join(
            markup.link(site.href(page, f"dokumente/{markup.slugify(q)}.md"), q)
            for q in docs)),
        offen=notes, handnotizen=HAND_NOTES.get(pid, []), allgemein=GENERAL_NOTE,
        uebersicht=site.href(page, INDEX), methodik=site.href(page, "methodik.md"),
    )
    site.page(page, p["programm_name"], body)


# -- profile section -----------------------------------------------------------------
def profile_section(site: Site, page: str, t: pd.Series) -> str:
    """Programmes and figures of one zkT's Kreis (matched by Kreis key), compact."""
    from scripts.pages import dokumente  # local import: dokumente imports this module

    pkg = _pkg(site)
    ags = t["ags"]
    parts = ["## Programme und Zahlen"]
    lookups = _lookups(site)
    if not any(ags in lookups[k]  # type: ignore[operator]
               for k in ("teilnahme_ags", "kennzahl_ags", "fakt_ags")):
        parts.append("Keine Programmdaten bekannt. Das heißt nur, dass wir keine Quelle "
                     "gefunden haben – nicht, dass der Kreis an keinem Programm teilnahm. "
                     f"Alle Programme: {markup.link(site.href(page, INDEX), 'Programme')}.")
        return "\n\n".join(parts)
    teilnahmen = pkg["teilnahmen"][pkg["teilnahmen"]["ags"] == ags]
    kennzahlen = pf.figures_for_kreis(ags, pkg["kennzahlen"], pkg["kennzahl_kreise"])
    fakten = pkg["fakten"][pkg["fakten"]["ags"] == ags]
    scope = "" if bool(t["ist_aktuell"]) else " Der Träger besteht nicht mehr; die Angaben " \
        "gelten für das Gebiet des heutigen Kreises."
    parts.append(f"Zugeordnet über den Kreisschlüssel {markup.text(ags)}.{scope} "
                 f"Alle Programme: {markup.link(site.href(page, INDEX), 'Programme')}.")
    if len(teilnahmen):
        rows = pf.participation_rows(teilnahmen, site.packages["jobcenter"]["kreise"],
                                     site.packages["jobcenter"]["traeger"])
        records = [{
            "programm": programme_link(site, page, r["programm_id"]),
            "einheit": r["einheit_name"], "rolle": r["rolle"], "zeitraum": r["zeitraum"],
            "sicherheit": Markup(markup.badge(r["sicherheit"])),
            "quelle": site.cite(page, r["quelle_id"]),
        } for _, r in rows.sort_values(["programm_id", "teilnahme_id"]).iterrows()]
        parts.append(markup.table(records, [
            markup.Column("programm", "Programm", "html"),
            markup.Column("einheit", "Pakt oder Projekt"), markup.Column("rolle", "Rolle"),
            markup.Column("zeitraum", "Zeitraum"),
            markup.Column("sicherheit", "Sicherheit", "html"),
            markup.Column("quelle", "Quelle", "html")],
            caption=f"Bekannte Programmteilnahmen ({len(records)})",
            table_id="programmteilnahmen"))
    else:
        parts.append("Keine Programmteilnahme bekannt.")
    if len(kennzahlen):
        parts.append(figure_table(site, page, kennzahlen, "Zahlen aus Programmen, die diesen "
                                  f"Kreis betreffen ({len(kennzahlen)})", local=True,
                                  programme_column=True))
    if len(fakten):
        parts.append(dokumente.facts_block(site, page, fakten))
    return "\n\n".join(str(p) for p in parts)


def generate(site: Site) -> None:
    index_page(site)
    map_pages(site, programme_page_of, list(_pkg(site)["programme"]["programm_id"]))


def programme_page_of(site: Site, programm_id: str) -> None:
    programmes = _pkg(site)["programme"]
    last_year = int(site.packages["jobcenter"]["status_jahr"]["jahr"].max())
    programme_page(site, programmes[programmes["programm_id"] == programm_id].iloc[0], last_year)
