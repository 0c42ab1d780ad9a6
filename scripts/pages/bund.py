"""Bund: federal SGB II spending by budget line (Haushaltsrechnung 2012–2023), the
federal headline figures with source and certainty, and Erlangen's December counts."""

from __future__ import annotations

import pandas as pd
from markupsafe import Markup

from scripts import charts, markup
from scripts.site import Site, stand_line

PAGE = "statistik/bund.md"
# The last two groups of the budget title identify the line; the chapter changed from
# 1112 to 1101 in 2014, the purpose stayed.
POSTEN = {
    "632 11": "Unterkunft und Heizung",  # the federal share only
    "636 13": "Verwaltungskosten",
    "681 12": "Arbeitslosengeld II/Bürgergeld",
    "685 11": "Eingliederung in Arbeit",
}
REGION_NAMES = {"DG": "Deutschland", "JC": "alle Jobcenter", "09562": "Erlangen"}
ERLANGEN = "09562"


def posten(haushaltstitel: str) -> str:
    return POSTEN.get(" ".join(str(haushaltstitel).split()[-2:]), str(haushaltstitel))


def spending_frame(ausgaben: pd.DataFrame) -> pd.DataFrame:
    """jahr, posten, betrag_mrd_eur (billions of euro) per budget line and year."""
    frame = ausgaben.assign(posten=ausgaben["haushaltstitel"].map(posten),
                            betrag_mrd_eur=ausgaben["betrag_eur"] / 1e9)
    frame["jahr"] = frame["jahr"].astype(int)
    return frame[["jahr", "posten", "betrag_mrd_eur"]].sort_values(["jahr", "posten"])


def value_html(value: float, einheit: object) -> str:
    """A figure in German format: whole numbers without, shares with one decimal."""
    if pd.isna(value):
        return "–"
    is_share = isinstance(einheit, str) and "%" in einheit
    d = 0 if float(value).is_integer() and not is_share else 1
    return markup.format_number(value, d)


def spending_figure(site: Site, ausgaben: pd.DataFrame) -> Markup:
    frame = spending_frame(ausgaben)
    totals = frame.groupby("jahr")["betrag_mrd_eur"].sum()
    first, last = int(totals.index.min()), int(totals.index.max())
    kdu = frame[frame["posten"] == POSTEN["632 11"]].set_index("jahr")["betrag_mrd_eur"]
    chart = charts.lines_by_year(frame, "betrag_mrd_eur", "posten", "Mrd. EUR",
                                 "Haushaltstitel", value_format=",.1f", width=600, height=300)
    n = markup.format_number
    description = (
        f"Ist-Ausgaben des Bundes für die vier großen Titel der Grundsicherung: zusammen "
        f"{n(totals.loc[first], 1)} Mrd. EUR im Jahr {first} und {n(totals.loc[last], 1)} "
        f"Mrd. EUR im Jahr {last}. Am stärksten gewachsen ist die Beteiligung an Unterkunft "
        f"und Heizung: von {n(kdu.loc[first], 1)} auf {n(kdu.loc[last], 1)} Mrd. EUR.")
    return site.chart(
        PAGE, "bund-ausgaben", chart, frame,
        f"SGB II-Ausgaben des Bundes nach Haushaltstitel, {first}–{last}", description,
        "Haushaltsrechnung des Bundes, Bundesministerium der Finanzen, je Jahr",
        [markup.Column("jahr", "Jahr"), markup.Column("posten", "Haushaltstitel"),
         markup.Column("betrag_mrd_eur", "Mrd. EUR", "number", 2)],
        quelle_ids=sorted(ausgaben["quelle_id"].unique()))


def spending_table(site: Site, ausgaben: pd.DataFrame) -> Markup:
    rows = [{
        "jahr": int(r["jahr"]), "titel": r["haushaltstitel"], "zweck": r["zweck"],
        "betrag": r["betrag_eur"] / 1e9, "fundstelle": r["fundstelle"],
        "quelle": site.cite(PAGE, r["quelle_id"]),
        "sicherheit": Markup(markup.badge(r["sicherheit"])),
    } for _, r in ausgaben.sort_values(["jahr", "haushaltstitel"]).iterrows()]
    return Markup(markup.table(rows, [
        markup.Column("jahr", "Jahr"), markup.Column("titel", "Titel"),
        markup.Column("zweck", "Zweckbestimmung"),
        markup.Column("betrag", "Ist in Mrd. EUR", "number", 3),
        markup.Column("fundstelle", "Fundstelle"), markup.Column("quelle", "Quelle", "html"),
        markup.Column("sicherheit", "Sicherheit", "html")],
        caption="Ist-Ausgaben je Haushaltstitel laut Haushaltsrechnung",
        table_id="bund-ausgaben-tabelle", filterable=True))


def figures_table(site: Site, rows: pd.DataFrame, caption: str, table_id: str) -> Markup:
    records = [{
        "zeitraum": r["zeitraum"], "kennzahl": r["kennzahl"],
        "wert": Markup(value_html(r["wert"], r["einheit"])), "einheit": r["einheit"],
        "hinweis": r["hinweis"], "quelle": site.cite(PAGE, r["quelle_id"]),
        "sicherheit": Markup(markup.badge(r["sicherheit"])),
    } for _, r in rows.sort_values(["zeitraum", "kennzahl_id"]).iterrows()]
    return Markup(markup.table(records, [
        markup.Column("zeitraum", "Zeitraum"), markup.Column("kennzahl", "Kennzahl"),
        markup.Column("wert", "Wert", "html"), markup.Column("einheit", "Einheit"),
        markup.Column("hinweis", "Hinweis"), markup.Column("quelle", "Quelle", "html"),
        markup.Column("sicherheit", "Sicherheit", "html")],
        caption=caption, table_id=table_id, filterable=True))


def k2_frame(kennzahlen: pd.DataFrame) -> pd.DataFrame:
    """The yearly integration rate K2 (calendar-year values only), one series per
    wording of the source; every series on the full year grid, gaps as NaN."""
    rows = kennzahlen[(kennzahlen["region_id"] == "DG") & (kennzahlen["kennzahl_id"] == "K2")
                      & kennzahlen["zeitraum"].str.fullmatch(r"\d{4}")].copy()
    rows["jahr"] = rows["zeitraum"].astype(int)
    years = range(int(rows["jahr"].min()), int(rows["jahr"].max()) + 1)
    wide = rows.pivot_table(index="jahr", columns="kennzahl", values="wert", aggfunc="first")
    wide = wide.reindex(years)
    long = wide.reset_index().melt(id_vars="jahr", var_name="reihe", value_name="wert_pct")
    return long[["jahr", "reihe", "wert_pct"]]


def k2_figure(site: Site, kennzahlen: pd.DataFrame) -> Markup:
    frame = k2_frame(kennzahlen)
    known = frame.dropna(subset=["wert_pct"]).sort_values("jahr")
    first, last = known.iloc[0], known.iloc[-1]
    chart = charts.lines_by_year(frame, "wert_pct", "reihe", "Integrationsquote in %",
                                 "Angabe", value_format=",.1f", width=600, height=260)
    n = markup.format_number
    missing = sorted(set(frame["jahr"]) - set(known["jahr"]))
    description = (
        f"Anteil der erwerbsfähigen Leistungsberechtigten, die im Jahr eine Arbeit, "
        f"Ausbildung oder Selbständigkeit aufgenommen haben: {n(first['wert_pct'], 1)} % "
        f"({int(first['jahr'])}), {n(last['wert_pct'], 1)} % ({int(last['jahr'])}). "
        f"Die Angaben stammen aus verschiedenen Quellen und Abgrenzungen und sind daher als "
        f"getrennte Linien gezeichnet"
        + (f"; für {', '.join(map(str, missing))} liegt kein Wert vor." if missing else "."))
    return site.chart(
        PAGE, "bund-k2", chart, frame, "Integrationsquote (K2) im SGB II, Deutschland",
        description, "BIAJ, Bundesregierung und weitere, je Zeile in der Tabelle unten",
        [markup.Column("jahr", "Jahr"), markup.Column("reihe", "Angabe"),
         markup.Column("wert_pct", "in %", "number", 1)],
        quelle_ids=sorted(kennzahlen.loc[kennzahlen["kennzahl_id"] == "K2",
                                         "quelle_id"].unique()))


def erlangen_figure(site: Site, bestaende: pd.DataFrame) -> Markup:
    rows = bestaende[bestaende["region_id"] == ERLANGEN].copy()
    rows["jahr"] = rows["zeitraum"].str[:4].astype(int)
    frame = rows[["jahr", "kennzahl", "wert"]].rename(columns={"wert": "anzahl"})
    chart = charts.lines_by_year(frame, "anzahl", "kennzahl", "Anzahl im Dezember",
                                 "Kennzahl", value_format=",.0f", width=560, height=240)
    people = rows[rows["kennzahl_id"] == "Personen"].set_index("jahr")["wert"]
    first, last = int(people.index.min()), int(people.index.max())
    n = markup.format_number
    description = (
        f"Bestände im Dezember in der Stadt Erlangen: {n(people.loc[first], 0)} Personen im "
        f"SGB II-Bezug im Dezember {first}, {n(people.loc[last], 0)} im Dezember {last} "
        f"({n(100 * (people.loc[last] / people.loc[first] - 1), 0)} %).")
    return site.chart(
        PAGE, "erlangen-bestaende", chart, frame,
        f"SGB II-Bestände in Erlangen, Dezember {first}–{last}", description,
        "Stadt Erlangen, Beschlussvorlage 50/050/2016",
        [markup.Column("jahr", "Jahr (Dezember)"), markup.Column("kennzahl", "Kennzahl"),
         markup.Column("anzahl", "Anzahl", "number", 0)],
        quelle_ids=sorted(rows["quelle_id"].unique()))


def generate(site: Site) -> None:
    st = site.packages["statistik"]
    ausgaben, kennzahlen, bestaende = st["bund_ausgaben"], st["bund_kennzahlen"], \
        st["lokale_bestaende"]
    traeger = site.packages["jobcenter"]["traeger"]
    erlangen = traeger[(traeger["ags"] == ERLANGEN) & traeger["ist_aktuell"].fillna(False)]
    erlangen_link, erlangen_seit = Markup("Erlangen"), "ein Beispiel einer kreisfreien Stadt"
    if len(erlangen):
        erlangen_seit = (f"seit {erlangen.iloc[0]['zkt_seit'].year} zugelassener kommunaler "
                         f"Träger")
        target = f"jobcenter/{erlangen.iloc[0]['slug']}.md"
        erlangen_link = Markup(markup.link(site.href(PAGE, target), erlangen.iloc[0]["name"]))
    local = bestaende.assign(gebiet=bestaende["region_id"].map(REGION_NAMES)
                             .fillna(bestaende["region_id"]))
    local_rows = [{
        "gebiet": r["gebiet"], "monat": r["zeitraum"], "kennzahl": r["kennzahl"],
        "wert": r["wert"], "quelle": site.cite(PAGE, r["quelle_id"]),
        "sicherheit": Markup(markup.badge(r["sicherheit"])), "hinweis": r["hinweis"],
    } for _, r in local.sort_values(["region_id", "zeitraum", "kennzahl_id"],
                                    ascending=[False, True, True]).iterrows()]
    years = ausgaben["jahr"].astype(int)
    body = site.render(
        "bund.md.j2", von=int(years.min()), bis=int(years.max()),
        ausgaben=spending_figure(site, ausgaben),
        ausgaben_tabelle=spending_table(site, ausgaben),
        k2=k2_figure(site, kennzahlen),
        bund=figures_table(site, kennzahlen[kennzahlen["region_id"] == "DG"],
                           "Bundesweite Eckzahlen zum SGB II", "bund-kennzahlen"),
        jobcenter=figures_table(site, kennzahlen[kennzahlen["region_id"] == "JC"],
                                "Eckzahlen über alle Jobcenter", "jobcenter-kennzahlen"),
        erlangen=erlangen_figure(site, bestaende), erlangen_link=erlangen_link,
        erlangen_seit=erlangen_seit,
        erlangen_tabelle=Markup(markup.table(local_rows, [
            markup.Column("gebiet", "Gebiet"), markup.Column("monat", "Monat"),
            markup.Column("kennzahl", "Kennzahl"), markup.Column("wert", "Anzahl", "number", 0),
            markup.Column("quelle", "Quelle", "html"),
            markup.Column("sicherheit", "Sicherheit", "html"),
            markup.Column("hinweis", "Hinweis")],
            caption="Dezemberbestände Erlangen und Deutschland laut Erlanger Ratsvorlage",
            table_id="erlangen-tabelle", filterable=True)),
        stand=stand_line(), methodik=site.href(PAGE, "methodik.md"),
    )
    site.page(PAGE, "SGB II-Ausgaben und Eckzahlen des Bundes", body)
