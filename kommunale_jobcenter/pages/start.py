"""Start page: what zkT are, key figures computed from the data, the map of today.
Labels come from ``curated/jobcenter/seiten.yaml``, prose from ``start.md.j2``."""

from __future__ import annotations

from functools import partial

import pandas as pd
from markupsafe import Markup

from kommunale_jobcenter import charts, markup, urls
from kommunale_jobcenter.pages import kreise as kreise_page
from kommunale_jobcenter.pages.jobcenter import attribution, columns, labels
from kommunale_jobcenter.site import Site

PAGE = urls.HOME
LAW_SOURCE, STATUS_SOURCES = "L2017", ["ABL-STATUS", "BKG-VG5000-2021"]
KREISE_SOURCE = "DESTATIS2021"


def key_figures(traeger: pd.DataFrame, kreise: pd.DataFrame,
                status: pd.DataFrame) -> dict[str, object]:
    """Headline numbers, all computed from the packages."""
    latest = int(status["jahr"].max())
    today = status[status["jahr"] == latest].merge(kreise[["ags", "einwohner_anzahl"]],
                                                   on="ags")
    zkt_people = today.loc[today["status"] == "zkT", "einwohner_anzahl"].sum()
    current = traeger[traeger["ist_aktuell"].fillna(False)]
    return {
        "aktuell": len(current),
        "ursprung": int(traeger["ist_ursprung_2005"].fillna(False).sum()),
        "zugang": int(traeger["ist_zugang_2012"].fillna(False).sum()),
        "frueher": int(traeger["zkt_bis"].notna().sum()),
        "laender": current["land"].nunique(),
        "kreise": len(kreise),
        "anteil_einwohner": 100 * zkt_people / kreise["einwohner_anzahl"].sum(),
        "jahr": latest,
    }


def status_in(status: pd.DataFrame, kreise: pd.DataFrame, year: int) -> pd.DataFrame:
    rows = status[status["jahr"] == year][["ags", "status"]]
    return rows.merge(kreise[["ags", "kreis_name", "land"]], on="ags")


def status_description(rows: pd.DataFrame, year: int) -> str:
    """The status map's text alternative: how many Kreise are zkT wholly, partly, not."""
    counts = rows["status"].value_counts()
    return labels("start")["karte_text"].format(
        kreise=len(rows), jahr=year, ganz=counts.get("zkT", 0),
        teil=counts.get("zkT-Teilgebiet", 0), kein=counts.get("kein zkT", 0))


def status_map_figure(site: Site, page: str, year: int, chart_id: str) -> Markup:
    words = labels("start")
    jc = site.packages["jobcenter"]
    rows = status_in(jc["status_jahr"], jc["kreise"], year)
    chart = partial(charts.status_map, *site.ctx.geometry, rows)
    description = status_description(rows, year)
    table_rows = rows.sort_values(["land", "kreis_name"])[["kreis_name", "land", "status", "ags"]]
    return site.chart(
        page, chart_id, chart, table_rows, words["karte_titel"].format(jahr=year), description,
        words["karte_quelle"].format(bkg=attribution(site, STATUS_SOURCES[1])),
        columns(words["karte_spalten"]), quelle_ids=STATUS_SOURCES,
    )


def generate(site: Site) -> None:
    jc = site.packages["jobcenter"]
    figures = key_figures(jc["traeger"], jc["kreise"], jc["status_jahr"])
    body = site.render(
        "start.md.j2", k=figures,
        anteil=markup.format_number(figures["anteil_einwohner"], 1),
        karte=status_map_figure(site, PAGE, int(figures["jahr"]), "karte-status-aktuell"),
        quelle_2017=site.cite(PAGE, LAW_SOURCE),
        quelle_kreise=site.cite(PAGE, KREISE_SOURCE),
        namensnennung_kreise=attribution(site, KREISE_SOURCE),
        finder=kreise_page.widget(site, PAGE, len(jc["kreise"])),
    )
    site.page(PAGE, labels("start")["seitentitel"], body)
