"""Geschichte: number of zkT per year and Land 2005–today, maps of selected years,
and the list of changes. Labels come from ``curated/jobcenter/seiten.yaml``, prose from
``geschichte.md.j2``."""

from __future__ import annotations

from typing import Any

import pandas as pd
from markupsafe import Markup

from scripts import charts, markup
from scripts.pages.jobcenter import columns, labels, profile_path
from scripts.pages.start import status_map_figure
from scripts.site import Site

PAGE = "geschichte.md"
MAP_YEARS = [2005, 2012]
LAW_SOURCES = ["L2012", "L2017"]


def active_on_first_january(traeger: pd.DataFrame, years: range) -> pd.DataFrame:
    """One row per (jahr, land) with the number of zkT active on 1 January."""
    rows = []
    for year in years:
        day = pd.Timestamp(year=year, month=1, day=1)
        active = traeger[(traeger["zkt_seit"] <= day)
                         & (traeger["zkt_bis"].isna() | (traeger["zkt_bis"] >= day))]
        for land, count in active.groupby("land").size().items():
            rows.append({"jahr": year, "land": land, "anzahl": int(count)})
    return pd.DataFrame(rows, columns=["jahr", "land", "anzahl"])


def changes(traeger: pd.DataFrame, words: dict[str, Any]) -> pd.DataFrame:
    """Every start, takeover and end of an admission, in date order. A successor's start is
    the takeover of its predecessors' admission, not a new one."""
    names = traeger.groupby("nachfolger_zkt_id")["name"].agg(" und ".join)
    keep = ["zkt_id", "name", "land"]
    starts = traeger[["zkt_seit", *keep]].rename(columns={"zkt_seit": "datum"})
    starts["ereignis"] = [words["uebernahme"].format(vorgaenger=names[i]) if i in names.index
                          else words["beginn"] for i in traeger["zkt_id"]]
    ends = traeger[traeger["zkt_bis"].notna()][["zkt_bis", *keep, "ende_grund"]]
    ends = ends.rename(columns={"zkt_bis": "datum"})
    ends["ereignis"] = [words["ende"].format(grund=g) if isinstance(g, str)
                        else words["ende_ohne_grund"] for g in ends["ende_grund"]]
    out = pd.concat([starts, ends.drop(columns="ende_grund")], ignore_index=True)
    return out.sort_values(["datum", "land", "name", "zkt_id"]).reset_index(drop=True)


def generate(site: Site) -> None:
    jc = site.packages["jobcenter"]
    words = labels("geschichte")
    traeger = jc["traeger"]
    last_year = int(jc["status_jahr"]["jahr"].max())
    counts = active_on_first_january(traeger, range(2005, last_year + 1))
    totals = counts.groupby("jahr")["anzahl"].sum()
    chart = charts.stacked_bars_by_year(counts, "anzahl", "land", words["balken_achse"],
                                        words["balken_farbe"])
    bars = site.chart(
        PAGE, "zkt-je-jahr-und-land", chart, counts,
        words["balken_titel"].format(jahr=last_year),
        words["balken_text"].format(erstes=int(totals.loc[2005]), hoechst=int(totals.max()),
                                    hoechstjahr=int(totals.idxmax()),
                                    letztes=int(totals.iloc[-1]), jahr=last_year),
        words["balken_quelle"], columns(words["balken_spalten"]), quelle_ids=LAW_SOURCES,
    )
    pivot = counts.pivot(index="land", columns="jahr", values="anzahl").fillna(0).astype(int)
    pivot_cols = [markup.Column("land", words["uebersicht_erste_spalte"])] + [
        markup.Column(y, str(y), "number") for y in pivot.columns]
    overview = markup.table(pivot.reset_index().to_dict("records"), pivot_cols,
                            caption=words["uebersicht"])
    maps = Markup("\n\n".join(
        status_map_figure(site, PAGE, year, f"karte-status-{year}")
        for year in MAP_YEARS if year <= last_year))
    slugs = dict(zip(traeger["zkt_id"], traeger["slug"], strict=True))
    event_rows = [{"datum": r["datum"], "ereignis": r["ereignis"], "land": r["land"],
                   "name": Markup(markup.link(site.href(PAGE, profile_path(slugs[r["zkt_id"]])),
                                              r["name"]))}
                  for r in changes(traeger, words).to_dict("records")]
    body = site.render(
        "geschichte.md.j2", balken=bars, uebersicht=Markup(overview), karten=maps,
        ereignisse=Markup(markup.table(event_rows, columns(words["ereignisse_spalten"]),
                                       caption=words["ereignisse"], filterable=True)),
        letztes_jahr=last_year,
    )
    site.page(PAGE, words["seitentitel"], body)
