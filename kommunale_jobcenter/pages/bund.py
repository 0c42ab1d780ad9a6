"""Bund: federal SGB II spending by budget line (Haushaltsrechnung 2012–2023), the
federal headline figures with source and certainty, and Erlangen's December counts.

Labels, captions and chart descriptions come from ``curated/statistik/seiten.yaml`` (via
``kommunale_jobcenter.pages.statistik``); the prose is in
``kommunale_jobcenter/templates/bund.md.j2``."""

from __future__ import annotations

from functools import partial

import pandas as pd
from markupsafe import Markup

from kommunale_jobcenter import charts, markup, urls
from kommunale_jobcenter.pages.statistik import BA, attribution, columns, t, zuordnung
from kommunale_jobcenter.site import Site, stand_line

PAGE = urls.BUND
ERLANGEN = "09562"
BUND, JOBCENTER = "DG", "JC"  # region keys of bund_kennzahlen
K2 = "K2"
PERSONEN = "Personen"


def posten(haushaltstitel: str) -> str:
    """Short name of a budget line: its last two groups identify it (the chapter changed
    from 1112 to 1101 in 2014, the purpose stayed)."""
    return zuordnung("posten").get(" ".join(str(haushaltstitel).split()[-2:]),
                                   str(haushaltstitel))


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
    kdu_name = zuordnung("posten")[t("kdu_posten")]
    kdu = frame[frame["posten"] == kdu_name].set_index("jahr")["betrag_mrd_eur"]
    chart = partial(charts.lines_by_year, frame, "betrag_mrd_eur", "posten", t("ausgaben_achse"),
                    t("ausgaben_legende"), value_format=",.1f", width=600,
                    height=300)
    n = markup.format_number
    description = t("ausgaben_beschreibung", von=first, bis=last,
                    summe_von=n(totals.loc[first], 1), summe_bis=n(totals.loc[last], 1),
                    kdu_von=n(kdu.loc[first], 1), kdu_bis=n(kdu.loc[last], 1))
    return site.chart(
        PAGE, "bund-ausgaben", chart, frame, t("ausgaben_titel", von=first, bis=last),
        description, t("ausgaben_quelle"), columns("ausgaben_grafik"),
        quelle_ids=sorted(ausgaben["quelle_id"].unique()))


def spending_table(site: Site, ausgaben: pd.DataFrame) -> Markup:
    rows = [{
        "jahr": int(r["jahr"]), "titel": r["haushaltstitel"], "zweck": r["zweck"],
        "betrag": r["betrag_eur"] / 1e9, "fundstelle": r["fundstelle"],
        "quelle": site.cite(PAGE, r["quelle_id"]),
        "sicherheit": Markup(markup.badge(r["sicherheit"])),
    } for _, r in ausgaben.sort_values(["jahr", "haushaltstitel"]).iterrows()]
    return Markup(markup.table(rows, columns("ausgaben"), caption=t("ausgaben_tabelle"),
                               table_id="bund-ausgaben-tabelle", filterable=True))


def figures_table(site: Site, rows: pd.DataFrame, caption: str, table_id: str) -> Markup:
    records = [{
        "zeitraum": r["zeitraum"], "kennzahl": r["kennzahl"],
        "wert": Markup(value_html(r["wert"], r["einheit"])), "einheit": r["einheit"],
        "hinweis": r["hinweis"], "quelle": site.cite(PAGE, r["quelle_id"]),
        "sicherheit": Markup(markup.badge(r["sicherheit"])),
    } for _, r in rows.sort_values(["zeitraum", "kennzahl_id"]).iterrows()]
    return Markup(markup.table(records, columns("eckzahlen"), caption=caption,
                               table_id=table_id, filterable=True))


def k2_frame(kennzahlen: pd.DataFrame) -> pd.DataFrame:
    """The yearly integration rate K2 (calendar-year values only), one series per
    wording of the source; every series on the full year grid, gaps as NaN."""
    rows = kennzahlen[(kennzahlen["region_id"] == BUND) & (kennzahlen["kennzahl_id"] == K2)
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
    chart = partial(charts.lines_by_year, frame, "wert_pct", "reihe", t("k2_achse"),
                    t("k2_legende"), value_format=",.1f", width=600, height=260)
    n = markup.format_number
    missing = sorted(set(frame["jahr"]) - set(known["jahr"]))
    description = t("k2_beschreibung", erster=n(first["wert_pct"], 1),
                    von=int(first["jahr"]), letzter=n(last["wert_pct"], 1),
                    bis=int(last["jahr"]))
    if missing:
        description += " " + t("k2_fehlend", jahre=", ".join(map(str, missing)))
    quellen = sorted(kennzahlen.loc[kennzahlen["kennzahl_id"] == K2, "quelle_id"].unique())
    return site.chart(
        PAGE, "bund-k2", chart, frame, t("k2_titel"), description,
        f"{t('k2_quelle')}; {attribution(site, BA).removeprefix('Quelle: ')}",
        columns("k2"), quelle_ids=[*quellen, BA])


def erlangen_figure(site: Site, bestaende: pd.DataFrame) -> Markup:
    rows = bestaende[bestaende["region_id"] == ERLANGEN].copy()
    rows["jahr"] = rows["zeitraum"].str[:4].astype(int)
    frame = rows[["jahr", "kennzahl", "wert"]].rename(columns={"wert": "anzahl"})
    chart = partial(charts.lines_by_year, frame, "anzahl", "kennzahl", t("erlangen_achse"),
                    t("erlangen_legende"), value_format=",.0f", width=560,
                    height=240)
    people = rows[rows["kennzahl_id"] == PERSONEN].set_index("jahr")["wert"]
    first, last = int(people.index.min()), int(people.index.max())
    n = markup.format_number
    description = t("erlangen_beschreibung", von=first, bis=last,
                    personen_von=n(people.loc[first], 0), personen_bis=n(people.loc[last], 0),
                    veraenderung=n(100 * (people.loc[last] / people.loc[first] - 1), 0))
    quellen = sorted(rows["quelle_id"].unique())
    return site.chart(
        PAGE, "erlangen-bestaende", chart, frame, t("erlangen_titel", von=first, bis=last),
        description, "; ".join(attribution(site, q) for q in quellen),
        columns("erlangen_grafik"), quelle_ids=quellen)


def erlangen_intro(site: Site) -> tuple[Markup, str]:
    """Link to Erlangen's profile and since when it is a zkT (if it is one today)."""
    traeger = site.packages["jobcenter"]["traeger"]
    erlangen = traeger[(traeger["ags"] == ERLANGEN) & traeger["ist_aktuell"].fillna(False)]
    if not len(erlangen):
        return Markup(markup.text(zuordnung("gebiete")[ERLANGEN])), t("erlangen_ohne_traeger")
    row = erlangen.iloc[0]
    target = site.href(PAGE, urls.profile(row["slug"]))
    return Markup(markup.link(target, row["name"])), t("erlangen_seit",
                                                       jahr=row["zkt_seit"].year)


def erlangen_table(site: Site, bestaende: pd.DataFrame) -> Markup:
    gebiete = zuordnung("gebiete")
    local = bestaende.assign(gebiet=bestaende["region_id"].map(gebiete)
                             .fillna(bestaende["region_id"]))
    rows = [{
        "gebiet": r["gebiet"], "monat": r["zeitraum"], "kennzahl": r["kennzahl"],
        "wert": r["wert"], "quelle": site.cite(PAGE, r["quelle_id"]),
        "sicherheit": Markup(markup.badge(r["sicherheit"])), "hinweis": r["hinweis"],
    } for _, r in local.sort_values(["region_id", "zeitraum", "kennzahl_id"],
                                    ascending=[False, True, True]).iterrows()]
    return Markup(markup.table(rows, columns("erlangen"), caption=t("erlangen_tabelle"),
                               table_id="erlangen-tabelle", filterable=True))


def generate(site: Site) -> None:
    st = site.packages["statistik"]
    ausgaben, kennzahlen, bestaende = (st["bund_ausgaben"], st["bund_kennzahlen"],
                                       st["lokale_bestaende"])
    erlangen_link, erlangen_seit = erlangen_intro(site)
    years = ausgaben["jahr"].astype(int)
    body = site.render(
        "bund.md.j2", von=int(years.min()), bis=int(years.max()),
        ausgaben=spending_figure(site, ausgaben),
        ausgaben_tabelle=spending_table(site, ausgaben),
        k2=k2_figure(site, kennzahlen),
        bund=figures_table(site, kennzahlen[kennzahlen["region_id"] == BUND],
                           t("eckzahlen_bund"), "bund-kennzahlen"),
        jobcenter=figures_table(site, kennzahlen[kennzahlen["region_id"] == JOBCENTER],
                                t("eckzahlen_jobcenter"), "jobcenter-kennzahlen"),
        erlangen=erlangen_figure(site, bestaende), erlangen_link=erlangen_link,
        erlangen_seit=erlangen_seit, erlangen_tabelle=erlangen_table(site, bestaende),
        ba=attribution(site, BA), ba_cite=site.cite(PAGE, BA),
        stand=stand_line(), methodik=site.href(PAGE, urls.METHODIK),
    )
    site.page(PAGE, t("titel_bund"), body)
