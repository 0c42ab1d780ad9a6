"""Geschichte: number of zkT per year and Land 2005–today, the map of every year (one
map with a year slider, ``kommunale_jobcenter.zeitkarte``), and the list of changes. Labels come
from ``curated/jobcenter/seiten.yaml``, prose from ``geschichte.md.j2``."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

import pandas as pd
from markupsafe import Markup

from kommunale_jobcenter import charts, markup, urls, zeitkarte
from kommunale_jobcenter.pages.jobcenter import attribution, columns, labels
from kommunale_jobcenter.pages.start import STATUS_SOURCES, status_description, status_in
from kommunale_jobcenter.site import Site

PAGE = urls.GESCHICHTE
MAP_ID = "karte-status-jahre"
FIRST_MAP_YEAR = 2005
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


def status_wide(status: pd.DataFrame, kreise: pd.DataFrame,
                years: Sequence[int]) -> pd.DataFrame:
    """Every Kreis (ags, kreis_name, land) with its status on 1 January of each year, one
    column per year (named by the year as text; missing stays NaN), by Land and name."""
    rows = status[status["jahr"].astype(int).isin(list(years))]
    wide = rows.pivot(index="ags", columns="jahr", values="status").reindex(
        columns=list(years))
    wide.columns = [str(y) for y in years]
    out = kreise[["ags", "kreis_name", "land"]].merge(wide.reset_index(), on="ags",
                                                      how="left")
    return out.sort_values(["land", "kreis_name"]).reset_index(drop=True)


def status_course(wide: pd.DataFrame, years: Sequence[int], words: dict[str, Any]) -> list[str]:
    """Each Kreis's status over the years as periods, e.g. «2005–2011: kein zkT;
    2012–2025: zkT» (one line of ``status_wide``)."""
    out = []
    for row in wide[[str(y) for y in years]].itertuples(index=False, name=None):
        pairs = [(y, v) for y, v in zip(years, row, strict=True) if isinstance(v, str)]
        out.append("; ".join(
            words["zeitraum"].format(von=a, bis=b, status=v) if a < b
            else words["zeitraum_jahr"].format(jahr=a, status=v)
            for a, b, v in zeitkarte.runs(pairs)))
    return out


def status_time_map(site: Site, years: Sequence[int]) -> Markup:
    """The status of every Kreis on 1 January of each year as one map with a slider:
    rendered for the last year (the same chart as on the start page), derived for the
    others."""
    words, start = labels("geschichte"), labels("start")
    jc = site.packages["jobcenter"]
    lookups = site.ctx.jobcenter
    assert lookups is not None, "keine Jobcenterdaten"
    kreise = lookups.kreis_namen  # names only: the map does not show figures
    kreise_geo, laender_geo = site.ctx.geometry
    keys = [f["properties"]["ags"] for f in kreise_geo["features"]]
    names = [f["properties"]["name"] for f in kreise_geo["features"]]
    wide = status_wide(jc["status_jahr"], kreise, years)
    by_ags = wide.set_index("ags")
    fills = {}
    for y in years:
        status = by_ags[str(y)].to_dict()  # ags → status (the keys are unique)
        fills[y] = [charts.STATUS_COLORS[status[a]] for a in keys]
    shown = years[-1]
    chart = partial(charts.status_map, kreise_geo, laender_geo,
                    status_in(jc["status_jahr"], kreise, shown))
    frames = [zeitkarte.Year(y, start["karte_titel"].format(jahr=y), status_description(
        wide[["ags", str(y)]].rename(columns={str(y): "status"}), y)) for y in years]
    table = wide[["kreis_name", "land", "ags"]].assign(verlauf=status_course(wide, years, words))
    return site.time_map(
        PAGE, MAP_ID, chart, [zeitkarte.Layer("layer_0_marks", "fill", fills, keys, names)],
        frames, shown, table, words["karte_tabelle"].format(von=years[0], bis=shown),
        start["karte_quelle"].format(bkg=attribution(site, STATUS_SOURCES[1])),
        columns(words["karte_spalten"]), quelle_ids=STATUS_SOURCES, csv=wide)


def generate(site: Site) -> None:
    jc = site.packages["jobcenter"]
    words = labels("geschichte")
    traeger = jc["traeger"]
    last_year = int(jc["status_jahr"]["jahr"].max())
    counts = active_on_first_january(traeger, range(2005, last_year + 1))
    totals = counts.groupby("jahr")["anzahl"].sum()
    chart = partial(charts.stacked_bars_by_year, counts, "anzahl", "land", words["balken_achse"],
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
    maps = status_time_map(site, list(range(FIRST_MAP_YEAR, last_year + 1)))
    slugs = dict(zip(traeger["zkt_id"], traeger["slug"], strict=True))
    event_rows = [{"datum": r["datum"], "ereignis": r["ereignis"], "land": r["land"],
                   "name": Markup(markup.link(site.href(PAGE, urls.profile(slugs[r["zkt_id"]])),
                                              r["name"]))}
                  for r in changes(traeger, words).to_dict("records")]
    body = site.render(
        "geschichte.md.j2", balken=bars, uebersicht=Markup(overview), karten=maps,
        ereignisse=Markup(markup.table(event_rows, columns(words["ereignisse_spalten"]),
                                       caption=words["ereignisse"], filterable=True)),
        letztes_jahr=last_year,
    )
    site.page(PAGE, words["seitentitel"], body)
