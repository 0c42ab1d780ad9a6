"""Start page: what zkT are, key figures computed from the data, the map of today."""

from __future__ import annotations

import pandas as pd
from markupsafe import Markup

from scripts import charts, markup
from scripts.site import Site

PAGE = "index.md"


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


def status_map_figure(site: Site, page: str, year: int, chart_id: str) -> Markup:
    jc = site.packages["jobcenter"]
    rows = status_in(jc["status_jahr"], jc["kreise"], year)
    chart = charts.status_map(*site.geometry(), rows)
    counts = rows["status"].value_counts()
    description = (
        f"Karte der {len(rows)} Kreise am 1. Januar {year}: "
        f"{counts.get('zkT', 0)} Kreise ganz von einem zugelassenen kommunalen Träger betreut, "
        f"{counts.get('zkT-Teilgebiet', 0)} teilweise, {counts.get('kein zkT', 0)} nicht."
    )
    table_rows = rows.sort_values(["land", "kreis_name"])[["kreis_name", "land", "status", "ags"]]
    return site.chart(
        page, chart_id, chart, table_rows, f"Status der Kreise am 1. Januar {year}",
        description, "KomtrZV 2012 und 2017, eigene Ableitung; Grenzen © GeoBasis-DE / BKG "
        "2021 (Daten verändert)",
        [markup.Column("kreis_name", "Kreis"), markup.Column("land", "Land"),
         markup.Column("status", "Status"), markup.Column("ags", "Kreisschlüssel")],
        quelle_ids=["ABL-STATUS", "BKG-VG5000-2021"],
    )


def generate(site: Site) -> None:
    jc = site.packages["jobcenter"]
    figures = key_figures(jc["traeger"], jc["kreise"], jc["status_jahr"])
    body = site.render(
        "start.md.j2", k=figures,
        anteil=markup.format_number(figures["anteil_einwohner"], 1),
        karte=status_map_figure(site, PAGE, int(figures["jahr"]), "karte-status-aktuell"),
        quelle_2017=site.cite(PAGE, "L2017"),
    )
    site.page(PAGE, "Start", body)
