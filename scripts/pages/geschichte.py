"""Geschichte: number of zkT per year and Land 2005–today, maps of selected years,
and the list of changes."""

from __future__ import annotations

import pandas as pd
from markupsafe import Markup

from scripts import charts, markup
from scripts.pages.start import status_map_figure
from scripts.site import Site

PAGE = "geschichte.md"
MAP_YEARS = [2005, 2012]


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


def changes(traeger: pd.DataFrame) -> pd.DataFrame:
    """Every start and end of an admission, in date order."""
    starts = traeger[["zkt_seit", "name", "land"]].rename(columns={"zkt_seit": "datum"})
    starts["ereignis"] = "Beginn der Zulassung"
    ends = traeger[traeger["zkt_bis"].notna()][["zkt_bis", "name", "land", "ende_grund"]]
    ends = ends.rename(columns={"zkt_bis": "datum"})
    ends["ereignis"] = "Ende: " + ends["ende_grund"].fillna("Grund nicht bekannt")
    out = pd.concat([starts, ends.drop(columns="ende_grund")], ignore_index=True)
    return out.sort_values(["datum", "land", "name"]).reset_index(drop=True)


def generate(site: Site) -> None:
    jc = site.packages["jobcenter"]
    traeger = jc["traeger"]
    last_year = int(jc["status_jahr"]["jahr"].max())
    counts = active_on_first_january(traeger, range(2005, last_year + 1))
    totals = counts.groupby("jahr")["anzahl"].sum()
    chart = charts.stacked_bars_by_year(counts, "anzahl", "land", "Anzahl zkT", "Land")
    bars = site.chart(
        PAGE, "zkt-je-jahr-und-land", chart, counts,
        f"Zugelassene kommunale Träger am 1. Januar, 2005–{last_year}, nach Ländern",
        f"Gestapelte Säulen je Jahr: {int(totals.loc[2005])} Träger im Jahr 2005, "
        f"{int(totals.max())} im Höchststand {int(totals.idxmax())}, {int(totals.iloc[-1])} "
        f"im Jahr {last_year}. Gezählt sind Träger, nicht heutige Kreise.",
        "KomtrZV 2012 und 2017, Presse- und Behördenquellen je Träger; eigene Zählung",
        [markup.Column("jahr", "Jahr"), markup.Column("land", "Land"),
         markup.Column("anzahl", "Anzahl zkT", "number")],
        quelle_ids=["L2012", "L2017"],
    )
    pivot = counts.pivot(index="land", columns="jahr", values="anzahl").fillna(0).astype(int)
    pivot_rows = pivot.reset_index().to_dict("records")
    pivot_cols = [markup.Column("land", "Land")] + [
        markup.Column(y, str(y), "number") for y in pivot.columns]
    overview = markup.table(pivot_rows, pivot_cols,
                            caption="Anzahl zugelassener kommunaler Träger je Land am 1. Januar")
    maps = Markup("\n\n".join(
        status_map_figure(site, PAGE, year, f"karte-status-{year}")
        for year in MAP_YEARS if year <= last_year))
    events = changes(traeger)
    event_rows = [{"datum": r["datum"], "ereignis": r["ereignis"], "land": r["land"],
                   "name": Markup(markup.link(site.href(PAGE, f"jobcenter/{slug}.md"),
                                              r["name"]))}
                  for r, slug in zip(events.to_dict("records"),
                                     events.merge(traeger[["name", "slug"]], on="name",
                                                  how="left")["slug"], strict=True)]
    body = site.render(
        "geschichte.md.j2", balken=bars, uebersicht=Markup(overview), karten=maps,
        ereignisse=Markup(markup.table(event_rows, [
            markup.Column("datum", "Datum", "date"), markup.Column("name", "Träger", "html"),
            markup.Column("land", "Land"), markup.Column("ereignis", "Ereignis")],
            caption="Beginn und Ende jeder Zulassung", filterable=True)),
        letztes_jahr=last_year,
    )
    site.page(PAGE, "Geschichte", body)
