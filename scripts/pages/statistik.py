"""SGB II statistics for all 400 Kreise (INKAR 2024): an overview, one page per
indicator (map, distribution of zkT and other Kreise over time, table of all Kreise),
the comparison zkT vs. other Kreise, and a section on every zkT profile page.

All computations live in ``scripts.statistik_frames``; this module only arranges
them into charts and pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from markupsafe import Markup

from scripts import charts, markup
from scripts import statistik_frames as sf
from scripts.pages import finanzen
from scripts.parallel import map_pages
from scripts.site import Site, stand_line

INDEX = "statistik/index.md"
VERGLEICH = "statistik/vergleich.md"
BUND = "statistik/bund.md"
KEY_INDICATORS = ["q_SGBII", "q_PBG_bev", "a_sMin", "q_newfBGu15_bev"]
INKAR = "inkar-2024"
BA = "ba-statistik-sgb2"
SOURCE_LINE = "Datenquelle: INKAR 2024, BBSR Bonn (dl-de/by-2-0); Grundlage: Statistik der BA"
# In a figure the template already writes «Quelle:».
FIGURE_SOURCE = SOURCE_LINE.removeprefix("Datenquelle: ")
OWN = "Mediane und Quartile: eigene Berechnung"
REVISION_YEAR = 2016
ZUGANG_2012 = "zkT seit 2012 (Zugang 2012)"
STATUS_TEXT = {sf.ZKT: "zkT", sf.KEIN_ZKT: "kein zkT", sf.TEILGEBIET: "zkT nur in einem Teil"}


def indicator_path(indikator_id: str) -> str:
    return f"statistik/{markup.slugify(indikator_id)}.md"


def value_format(ind: pd.Series) -> str:
    return ",.0f" if str(ind["einheit"]).startswith("EUR") else ",.1f"


def decimals(ind: pd.Series) -> int:
    return 0 if value_format(ind) == ",.0f" else 1


def unit_suffix(ind: pd.Series) -> str:
    """How a value is written in running text: «12,3 %», «87,0 je 1.000 Einwohner»."""
    unit = str(ind["einheit"])
    return " %" if unit.startswith("%") else f" {unit}"


def fmt(value: Any, ind: pd.Series) -> str:
    if value is None or pd.isna(value):
        return "keine Angabe"
    return markup.format_number(value, decimals(ind)) + unit_suffix(ind)


@dataclass
class Context:
    """Everything the statistics pages share, computed once per build."""

    werte: pd.DataFrame
    indikatoren: pd.DataFrame  # indexed by indikator_id
    regionen: pd.Series  # region_id → name
    kreise: pd.DataFrame
    status: pd.DataFrame
    traeger: pd.DataFrame
    values: dict[str, pd.DataFrame] = field(default_factory=dict)
    medians: dict[str, pd.DataFrame] = field(default_factory=dict)
    wides: dict[str, pd.DataFrame] = field(default_factory=dict)

    def of(self, indikator_id: str) -> pd.DataFrame:
        if indikator_id not in self.values:
            self.values[indikator_id] = sf.indicator_values(self.werte, indikator_id)
        return self.values[indikator_id]

    def median_ohne(self, indikator_id: str) -> pd.DataFrame:
        if indikator_id not in self.medians:
            self.medians[indikator_id] = sf.group_median(self.of(indikator_id), self.status)
        return self.medians[indikator_id]

    def wide(self, indikator_id: str) -> pd.DataFrame:
        if indikator_id not in self.wides:
            self.wides[indikator_id] = sf.wide_values(self.of(indikator_id))
        return self.wides[indikator_id]

    def zugang_2012(self) -> list[str]:
        t = self.traeger
        return t.loc[t["ist_zugang_2012"].fillna(False) & t["ist_aktuell"].fillna(False),
                     "ags"].tolist()


def context(site: Site) -> Context:
    cached = site.__dict__.get("_statistik")
    if cached is None:
        st, jc = site.packages["statistik"], site.packages["jobcenter"]
        cached = Context(
            werte=st["werte"], indikatoren=st["indikatoren"].set_index("indikator_id"),
            regionen=st["regionen"].set_index("region_id")["region_name"],
            kreise=jc["kreise"], status=jc["status_jahr"], traeger=jc["traeger"])
        site.__dict__["_statistik"] = cached
    return cached


def source_cites(site: Site, page: str) -> Markup:
    return site.cite_all(page, [INKAR, BA])


def no_search(html: str) -> Markup:
    """Keep a map figure (its description names Kreise) out of the search index; tables
    of all 400 Kreise are kept out by ``markup.table(searchable=False)`` instead."""
    return Markup(f"<div data-search-exclude>\n{html}\n</div>")


def link(site: Site, page: str, target: str, label: str) -> Markup:
    return Markup(markup.link(site.href(page, target), label))


# -- profile section ---------------------------------------------------------------------

def profile_series(ctx: Context, t: pd.Series, kreis: pd.Series,
                   names: dict[str, str]) -> list[tuple[pd.Series, pd.DataFrame]]:
    """(indicator, long frame jahr/reihe/wert) for each key indicator the Kreis has."""
    out = []
    for indikator_id in KEY_INDICATORS:
        frame = sf.series_frame(ctx.wide(indikator_id), ctx.median_ohne(indikator_id),
                                t["ags"], kreis["land_code"], names)
        if frame.loc[frame["reihe"] == names["kreis"], "wert"].notna().any():
            out.append((ctx.indikatoren.loc[indikator_id], frame))
    return out


def panel_sentence(ind: pd.Series, frame: pd.DataFrame, names: dict[str, str]) -> str:
    """The main finding of one panel in numbers, for the text alternative."""
    own = frame[frame["reihe"] == names["kreis"]].dropna(subset=["wert"])
    first, last = int(own["jahr"].min()), int(own["jahr"].max())
    at = frame[frame["jahr"] == last].set_index("reihe")["wert"]
    return (f"{ind['indikator_name']} {last}: {fmt(at[names['kreis']], ind)} "
            f"({first}: {fmt(own.set_index('jahr').loc[first, 'wert'], ind)}); "
            f"{names['land']} {fmt(at[names['land']], ind)}, Deutschland "
            f"{fmt(at['Deutschland'], ind)}, Median ohne zkT {fmt(at[sf.MEDIAN_LABEL], ind)}.")


def panel_label(ind: pd.Series) -> str:
    return f"{ind['indikator_name']} ({ind['einheit']})"


def profile_chart(site: Site, page: str, ctx: Context, t: pd.Series,
                  kreis: pd.Series) -> Markup | None:
    """The key indicators of the Kreis as one small-multiples chart with its table."""
    land_name = ctx.regionen.get(kreis["land_code"], kreis["land"])
    names = {"kreis": kreis["kreis_name"], "land": land_name, "bund": "Deutschland"}
    series = profile_series(ctx, t, kreis, names)
    if not series:
        return None
    labels = list(dict.fromkeys(series[0][1]["reihe"]))
    frame = pd.concat([f.assign(panel=panel_label(ind)) for ind, f in series],
                      ignore_index=True)[["panel", "jahr", "reihe", "wert"]]
    years = frame.dropna(subset=["wert"])["jahr"]
    start = int(t["zkt_seit"].year)
    marker = start if int(years.min()) <= start <= int(years.max()) else None
    chart = charts.comparison_panels(frame, labels, marker_year=marker,
                                     marker_label=f"zkT seit {start}")
    description = (
        f"Vier Kennzahlen im Kreis {kreis['kreis_name']} im Vergleich mit {land_name}, "
        f"Deutschland und dem Median der Kreise ohne zkT. "
        + " ".join(panel_sentence(ind, f, names) for ind, f in series)
        + (f" Die gestrichelte Linie markiert {marker}, das Jahr der Zulassung."
           if marker else "")
        + (" Fehlende Jahre bleiben Lücken." if frame["wert"].isna().any() else ""))
    # The table and CSV show the same values as the chart, one column per line.
    keys = ["jahr", "kreis", "land", "bund", "median"]
    wide = []
    for ind, f in series:
        w = f.pivot(index="jahr", columns="reihe", values="wert")[labels].reset_index()
        w.columns = keys
        wide.append(w.assign(kennzahl=panel_label(ind)))
    table = pd.concat(wide, ignore_index=True)[["kennzahl", *keys]]
    return site.chart(
        page, f"stat-kern-{t['slug']}", chart, table,
        f"SGB II-Kennzahlen: {kreis['kreis_name']}, {land_name} und Deutschland",
        description, f"{FIGURE_SOURCE}; Median der Kreise ohne zkT: eigene Berechnung",
        [markup.Column("kennzahl", "Kennzahl"), markup.Column("jahr", "Jahr")] + [
            markup.Column(k, label, "number", 1)
            for k, label in zip(keys[1:], labels, strict=True)],
        quelle_ids=[INKAR])


def profile_section(site: Site, page: str, t: pd.Series) -> str:
    ctx = context(site)
    kreis = ctx.kreise.set_index("ags").loc[t["ags"]]
    figure = profile_chart(site, page, ctx, t, kreis)
    if figure is None:
        return ""
    more = Markup(", ".join(
        link(site, page, indicator_path(i), ctx.indikatoren.loc[i, "indikator_name"])
        for i in KEY_INDICATORS))
    other_area = (not bool(t["ist_ganzer_kreis"])) or t["ags_bei_zulassung"] != t["ags"]
    return site.render(
        "statistik_profil.md.j2", t=t, kreis=kreis, other_area=other_area,
        ended=pd.notna(t["zkt_bis"]), nachfolger=pd.notna(t["nachfolger_zkt_id"]),
        grafiken=Markup(f"{figure}\n<p class=\"stand\">Alle Kreise, Karte und Definition: "
                        f"{more}</p>"),
        statistik=site.href(page, INDEX), vergleich=site.href(page, VERGLEICH),
        quelle=SOURCE_LINE, cites=source_cites(site, page))


# -- indicator pages -------------------------------------------------------------------

def kreis_links(site: Site, page: str, ctx: Context) -> dict[str, str]:
    """ags → profile page of the zkT of that Kreis (the current one if there is one)."""
    t = ctx.traeger.sort_values(["ist_aktuell", "zkt_seit"])
    return {r["ags"]: site.href(page, f"jobcenter/{r['slug']}.md") for _, r in t.iterrows()}


def map_figure(site: Site, page: str, ctx: Context, ind: pd.Series, table: pd.DataFrame,
               year: int) -> Markup:
    kreise_geo, laender_geo = site.geometry()
    data = table[["ags", "kreis_name", "land", "wert", "ist_zkt"]].copy()
    data["ist_zkt"] = data["ist_zkt"].astype(bool)
    chart = charts.indicator_map(kreise_geo, laender_geo, data, str(ind["einheit"]),
                                 value_format(ind))
    known = data.dropna(subset=["wert"])
    top = known.loc[known["wert"].idxmax()]
    low = known.loc[known["wert"].idxmin()]
    missing = len(data) - len(known)
    description = (
        f"Karte der {len(data)} Kreise, {year}: Werte von {fmt(low['wert'], ind)} "
        f"({low['kreis_name']}) bis {fmt(top['wert'], ind)} ({top['kreis_name']}); "
        f"Median {fmt(known['wert'].median(), ind)}. Kreise mit zkT sind orange umrandet."
        + (f" {missing} Kreise ohne Angabe sind grau." if missing else ""))
    shown = data.assign(zkt=data["ist_zkt"].map({True: "ja", False: "nein"}))
    figure = site.chart(
        page, f"karte-{markup.slugify(ind.name)}", chart,
        shown[["ags", "kreis_name", "wert", "zkt"]],
        f"{ind['indikator_name']} {year} in allen Kreisen", description,
        f"{FIGURE_SOURCE}; Grenzen © GeoBasis-DE / BKG 2021 (Daten verändert)",
        [markup.Column("kreis_name", "Kreis"),
         markup.Column("wert", str(ind["einheit"]), "number", decimals(ind)),
         markup.Column("zkt", f"zkT {year}")],
        quelle_ids=[INKAR, "BKG-VG5000-2021"])
    return no_search(figure)


def has_revision_break(ind: pd.Series, years: list[int]) -> bool:
    return ("2016" in str(ind["bruch_hinweis"]) and REVISION_YEAR - 1 in years
            and REVISION_YEAR in years)


def distribution_figure(site: Site, page: str, ctx: Context, ind: pd.Series) -> Markup:
    values = ctx.of(ind.name)
    years = sf.years_of(values)
    frame = sf.group_quartiles(values, ctx.status, years=years)
    frame["gruppe"] = frame["gruppe"].map(sf.GROUP_LABELS)
    marker = REVISION_YEAR if has_revision_break(ind, years) else None
    chart = charts.band_by_year(frame, str(ind["einheit"]), "Kreise",
                                value_format(ind), marker_year=marker,
                                marker_label="Umstellung der BA-Statistik")
    last = frame[frame["jahr"] == years[-1]].set_index("gruppe")
    first = frame[frame["jahr"] == years[0]].set_index("gruppe")
    zkt, ohne = sf.GROUP_LABELS[sf.ZKT], sf.GROUP_LABELS[sf.KEIN_ZKT]
    description = (
        f"Median und mittlere Hälfte (unteres bis oberes Quartil) je Jahr. {years[-1]}: "
        f"Median der {int(last.loc[zkt, 'anzahl'])} Kreise mit zkT "
        f"{fmt(last.loc[zkt, 'median'], ind)}, der {int(last.loc[ohne, 'anzahl'])} Kreise "
        f"ohne zkT {fmt(last.loc[ohne, 'median'], ind)}; {years[0]}: "
        f"{fmt(first.loc[zkt, 'median'], ind)} und {fmt(first.loc[ohne, 'median'], ind)}. "
        f"Die Gruppen richten sich nach dem Status am 1. Januar des jeweiligen Jahres.")
    return site.chart(
        page, f"verteilung-{markup.slugify(ind.name)}", chart, frame,
        f"{ind['indikator_name']}: Kreise mit und ohne zkT, {years[0]}–{years[-1]}",
        description, f"{FIGURE_SOURCE}; {OWN}",
        [markup.Column("jahr", "Jahr"), markup.Column("gruppe", "Gruppe"),
         markup.Column("anzahl", "Kreise mit Wert", "number"),
         markup.Column("q25", "unteres Quartil", "number", decimals(ind)),
         markup.Column("median", "Median", "number", decimals(ind)),
         markup.Column("q75", "oberes Quartil", "number", decimals(ind))],
        quelle_ids=[INKAR])


def within_tables(ind: pd.Series, table: pd.DataFrame, year: int) -> Markup:
    d = decimals(ind)
    cols = [markup.Column("anzahl_zkt", "Kreise mit zkT", "number"),
            markup.Column("median_zkt", "Median mit zkT", "number", d),
            markup.Column("anzahl_ohne", "Kreise ohne zkT", "number"),
            markup.Column("median_ohne", "Median ohne zkT", "number", d),
            markup.Column("differenz", "Differenz", "number", d)]
    by_land = markup.table(sf.compare_within(table, "land"),
                           [markup.Column("land", "Land"), *cols],
                           caption=f"{ind['indikator_name']} {year}: Mediane innerhalb "
                                   f"der Länder (Differenz: mit minus ohne zkT)")
    by_type = markup.table(sf.compare_within(table, "kreistyp"),
                           [markup.Column("kreistyp", "Kreistyp"), *cols],
                           caption=f"{ind['indikator_name']} {year}: Mediane innerhalb "
                                   f"der Kreistypen")
    return Markup(f"{by_type}\n\n{by_land}")


def indicator_page_of(site: Site, indikator_id: str) -> None:
    indicator_page(site, context(site), indikator_id)


def indicator_page(site: Site, ctx: Context, indikator_id: str) -> None:
    page = indicator_path(indikator_id)
    ind = ctx.indikatoren.loc[indikator_id]
    values = ctx.of(indikator_id)
    year = sf.latest_year(values)
    assert year is not None, f"keine Kreiswerte für {indikator_id}"
    table = sf.kreis_table(values, ctx.kreise, ctx.status, year)
    links = kreis_links(site, page, ctx)
    rows = [{
        "kreis": Markup(markup.link(links[r["ags"]], r["kreis_name"])) if r["ags"] in links
        else Markup(markup.text(r["kreis_name"])),
        "land": r["land"], "kreistyp": r["kreistyp"], "wert": r["wert"],
        "status": STATUS_TEXT.get(r["status"], "–"),
    } for _, r in table.iterrows()]
    kreis_table = markup.table(rows, [
        markup.Column("kreis", "Kreis", "html"), markup.Column("land", "Land"),
        markup.Column("kreistyp", "Kreistyp"),
        markup.Column("wert", f"{year} ({ind['einheit']})", "number", decimals(ind)),
        markup.Column("status", f"Status am 1.1.{year}")],
        caption=f"{ind['indikator_name']} {year}: alle {len(table)} Kreise",
        table_id="kreise-tabelle", filterable=True, searchable=False)
    missing = table[table["wert"].isna()]
    land_values = values[(values["jahr"] == year) & (values["region_id"].str.len() == 2)]
    bund = values[(values["jahr"] == year) & (values["region_id"] == sf.BUND_ID)]["wert"]
    groups = sf.compare_groups(table).set_index("gruppe")
    body = site.render(
        "statistik_indikator.md.j2", ind=ind, id=indikator_id, jahr=year,
        jahre=f"{int(ind['jahr_von'])}–{int(ind['jahr_bis'])}",
        anzahl_werte=int(table["wert"].notna().sum()), anzahl=len(table),
        fehlend=", ".join(missing["kreis_name"]),
        bund=fmt(bund.iloc[0] if len(bund) else None, ind),
        median_zkt=fmt(groups.loc[sf.GROUP_LABELS[sf.ZKT], "median"], ind),
        median_ohne=fmt(groups.loc[sf.GROUP_LABELS[sf.KEIN_ZKT], "median"], ind),
        laender_spanne=(f"{fmt(land_values['wert'].min(), ind)} bis "
                        f"{fmt(land_values['wert'].max(), ind)}") if len(land_values) else "–",
        sicherheit=Markup(markup.badge(ind["sicherheit"])),
        quelle=SOURCE_LINE, cites=source_cites(site, page),
        karte=map_figure(site, page, ctx, ind, table, year),
        verteilung=distribution_figure(site, page, ctx, ind),
        innerhalb=within_tables(ind, table, year),
        tabelle=Markup(kreis_table), stand=stand_line(),
    )
    site.page(page, str(ind["indikator_name"]), body)


# -- overview ---------------------------------------------------------------------------

def index_page(site: Site, ctx: Context) -> None:
    rows = []
    for indikator_id, ind in ctx.indikatoren.sort_index().iterrows():
        rows.append({
            "name": link(site, INDEX, indicator_path(indikator_id), ind["indikator_name"]),
            "definition": ind["definition"], "einheit": ind["einheit"],
            "jahre": f"{int(ind['jahr_von'])}–{int(ind['jahr_bis'])}",
            "id": Markup(f"<code>{markup.text(indikator_id)}</code>"),
        })
    table = markup.table(rows, [
        markup.Column("name", "Indikator", "html"), markup.Column("definition", "Definition"),
        markup.Column("einheit", "Einheit"), markup.Column("jahre", "Jahre"),
        markup.Column("id", "INKAR-Kürzel", "html")],
        caption=f"Die {len(rows)} Indikatoren zur Grundsicherung", table_id="indikatoren",
        filterable=True)
    key = [link(site, INDEX, indicator_path(i), ctx.indikatoren.loc[i, "indikator_name"])
           for i in KEY_INDICATORS]
    body = site.render("statistik_index.md.j2", tabelle=Markup(table), anzahl=len(rows),
                       kreise=len(ctx.kreise), kern=Markup(", ".join(key)),
                       quelle=SOURCE_LINE, cites=source_cites(site, INDEX),
                       stand=stand_line())
    site.page(INDEX, "SGB II-Statistik", body)


# -- comparison -------------------------------------------------------------------------

def comparison_rows(ctx: Context) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """One row per indicator (latest year): quartiles of both groups, the 2012 entrants,
    and how often zkT Kreise lie above the others within a Land."""
    rows, tables = [], {}
    zugang = ctx.zugang_2012()
    for indikator_id, ind in ctx.indikatoren.sort_index().iterrows():
        values = ctx.of(indikator_id)
        year = sf.latest_year(values)
        table = sf.kreis_table(values, ctx.kreise, ctx.status, year)
        tables[indikator_id] = table
        g = sf.compare_groups(table, {ZUGANG_2012: zugang}).set_index("gruppe")
        zkt, ohne = g.loc[sf.GROUP_LABELS[sf.ZKT]], g.loc[sf.GROUP_LABELS[sf.KEIN_ZKT]]
        within = sf.compare_within(table, "land").dropna(subset=["differenz"])
        ratio = (within["median_zkt"] / within["median_ohne"] - 1) * 100
        rows.append({
            "indikator_id": indikator_id, "indikator": ind["indikator_name"], "jahr": year,
            "einheit": ind["einheit"],
            "n_zkt": zkt["anzahl"], "median_zkt": zkt["median"], "q25_zkt": zkt["q25"],
            "q75_zkt": zkt["q75"],
            "n_ohne": ohne["anzahl"], "median_ohne": ohne["median"], "q25_ohne": ohne["q25"],
            "q75_ohne": ohne["q75"],
            "n_2012": g.loc[ZUGANG_2012, "anzahl"], "median_2012": g.loc[ZUGANG_2012, "median"],
            "laender": len(within), "laender_hoeher": int((within["differenz"] > 0).sum()),
            "abw_alle_pct": (zkt["median"] / ohne["median"] - 1) * 100,
            "abw_land_pct": float(ratio.median()) if len(ratio) else float("nan"),
        })
    return pd.DataFrame(rows), tables


def iqr_text(lo: float, hi: float, ind: pd.Series) -> str:
    d = decimals(ind)
    return f"{markup.format_number(lo, d)}–{markup.format_number(hi, d)}"


def comparison_table(site: Site, ctx: Context, comp: pd.DataFrame) -> Markup:
    rows = []
    for _, r in comp.iterrows():
        ind = ctx.indikatoren.loc[r["indikator_id"]]
        d = decimals(ind)
        rows.append({
            "indikator": link(site, VERGLEICH, indicator_path(r["indikator_id"]),
                              r["indikator"]),
            "jahr": int(r["jahr"]), "einheit": r["einheit"],
            "zkt": Markup(f"{markup.format_number(r['median_zkt'], d)} "
                          f"<small>({iqr_text(r['q25_zkt'], r['q75_zkt'], ind)}; "
                          f"n = {int(r['n_zkt'])})</small>"),
            "ohne": Markup(f"{markup.format_number(r['median_ohne'], d)} "
                           f"<small>({iqr_text(r['q25_ohne'], r['q75_ohne'], ind)}; "
                           f"n = {int(r['n_ohne'])})</small>"),
            "z2012": Markup(f"{markup.format_number(r['median_2012'], d)} "
                            f"<small>(n = {int(r['n_2012'])})</small>"),
            "laender": f"{int(r['laender_hoeher'])} von {int(r['laender'])}",
        })
    return Markup(markup.table(rows, [
        markup.Column("indikator", "Indikator", "html"), markup.Column("jahr", "Jahr"),
        markup.Column("einheit", "Einheit"),
        markup.Column("zkt", "Kreise mit zkT: Median (Quartile; Anzahl)", "html"),
        markup.Column("ohne", "Kreise ohne zkT: Median (Quartile; Anzahl)", "html"),
        markup.Column("z2012", "davon Zugang 2012: Median", "html"),
        markup.Column("laender", "Länder, in denen der zkT-Median höher liegt")],
        caption="Kreise mit und ohne zkT im jeweils letzten Jahr mit Daten",
        table_id="vergleich", filterable=True))


def deviation_figure(site: Site, comp: pd.DataFrame) -> Markup:
    labels = {"abw_alle_pct": "alle Kreise", "abw_land_pct": "innerhalb der Länder (Median)"}
    frame = comp.melt(id_vars=["indikator", "jahr"], value_vars=list(labels),
                      var_name="vergleich", value_name="abweichung_pct")
    frame["vergleich"] = frame["vergleich"].map(labels)
    colors = {labels["abw_alle_pct"]: "#1a5e9a", labels["abw_land_pct"]: "#d95f02"}
    order = comp.sort_values("abw_alle_pct")["indikator"].tolist()
    chart = charts.dots_by_group(frame, "abweichung_pct", "indikator", "vergleich",
                                 "Abweichung des zkT-Medians in %", "Vergleich", "Indikator",
                                 value_format=",.0f", colors=colors, sort=order)
    q = comp.set_index("indikator_id")
    sgb = q.loc["q_SGBII"]
    larger = int((comp["abw_land_pct"].abs() > comp["abw_alle_pct"].abs()).sum())
    description = (
        f"Je Indikator, um wie viel Prozent der Median der Kreise mit zkT über (positiv) "
        f"oder unter (negativ) dem Median der Kreise ohne zkT liegt – einmal über alle "
        f"Kreise, einmal als Median der Vergleiche innerhalb der Länder. SGB II-Quote "
        f"{int(sgb['jahr'])}: {markup.format_number(sgb['abw_alle_pct'], 0)} % über alle "
        f"Kreise, {markup.format_number(sgb['abw_land_pct'], 0)} % innerhalb der Länder. "
        f"Bei {larger} von {len(comp)} Indikatoren ist der Abstand innerhalb der Länder "
        f"größer als über alle Kreise: Wie die zkT auf die Länder verteilt sind, verändert "
        f"das Bild deutlich.")
    return site.chart(
        VERGLEICH, "vergleich-abweichung", chart, frame,
        "Abweichung der Kreise mit zkT von den übrigen Kreisen, je Indikator", description,
        f"{FIGURE_SOURCE}; eigene Berechnung",
        [markup.Column("indikator", "Indikator"), markup.Column("jahr", "Jahr"),
         markup.Column("vergleich", "Vergleich"),
         markup.Column("abweichung_pct", "Abweichung in %", "number", 1)],
        quelle_ids=[INKAR])


def share_figure(site: Site, ctx: Context, year: int) -> tuple[Markup, Markup]:
    share = sf.zkt_share_by_land(ctx.kreise, ctx.status, year)
    labels = {"anteil_kreise_pct": "Anteil der Kreise", "anteil_einwohner_pct":
              "Anteil der Einwohner"}
    frame = share.melt(id_vars=["land"], value_vars=list(labels), var_name="mass",
                       value_name="anteil_pct")
    frame["mass"] = frame["mass"].map(labels)
    colors = {labels["anteil_kreise_pct"]: "#1a5e9a",
              labels["anteil_einwohner_pct"]: "#d95f02"}
    chart = charts.dots_by_group(frame, "anteil_pct", "land", "mass", "Anteil in %",
                                 "Maß", "Land", value_format=",.0f", colors=colors,
                                 sort=share["land"].tolist())
    top = share.iloc[0]
    none = share.loc[share["zkt"] == 0, "land"].tolist()
    total = 100 * share["zkt"].sum() / share["kreise"].sum()
    description = (
        f"Anteil der Kreise mit zkT und Anteil der Einwohner, die in ihnen leben, je Land "
        f"am 1. Januar {year}. Bundesweit {markup.format_number(total, 0)} % der Kreise; "
        f"am höchsten in {top['land']} ({markup.format_number(top['anteil_kreise_pct'], 0)} "
        f"% der Kreise), keine zkT in {len(none)} Ländern ({', '.join(none)}).")
    figure = site.chart(
        VERGLEICH, "vergleich-anteil-laender", chart, frame,
        f"Anteil der zkT-Kreise je Land, {year}", description,
        "Status der Kreise: eigene Ableitung aus der KomtrZV; Einwohner: Destatis 2021; "
        "eigene Berechnung",
        [markup.Column("land", "Land"), markup.Column("mass", "Maß"),
         markup.Column("anteil_pct", "Anteil in %", "number", 1)],
        quelle_ids=["ABL-STATUS", "DESTATIS2021"])
    table = markup.table(share, [
        markup.Column("land", "Land"), markup.Column("kreise", "Kreise", "number"),
        markup.Column("zkt", "davon mit zkT", "number"),
        markup.Column("teilgebiet", "davon zkT nur in einem Teil", "number"),
        markup.Column("anteil_kreise_pct", "Anteil Kreise in %", "number", 1),
        markup.Column("anteil_einwohner_pct", "Anteil Einwohner in %", "number", 1)],
        caption=f"Kreise mit zkT je Land am 1. Januar {year}")
    return figure, Markup(table)


def within_land_figure(site: Site, ctx: Context, indikator_id: str,
                       table: pd.DataFrame) -> Markup:
    ind = ctx.indikatoren.loc[indikator_id]
    year = sf.latest_year(ctx.of(indikator_id))
    within = sf.compare_within(table, "land")
    frame = within.melt(id_vars=["land"], value_vars=["median_zkt", "median_ohne"],
                        var_name="gruppe", value_name="median")
    frame["gruppe"] = frame["gruppe"].map({"median_zkt": sf.GROUP_LABELS[sf.ZKT],
                                           "median_ohne": sf.GROUP_LABELS[sf.KEIN_ZKT]})
    both = within.dropna(subset=["differenz"])
    chart = charts.dots_by_group(frame, "median", "land", "gruppe", str(ind["einheit"]),
                                 "Kreise", "Land", value_format(ind),
                                 sort=within.sort_values("land")["land"].tolist())
    description = (
        f"Median je Land, {year}. In {len(both)} Ländern gibt es beide Gruppen; in "
        f"{int((both['differenz'] > 0).sum())} davon liegt der Median der Kreise mit zkT "
        f"höher, in {int((both['differenz'] < 0).sum())} niedriger. Länder mit nur einer "
        f"Gruppe zeigen nur einen Punkt.")
    return site.chart(
        VERGLEICH, f"vergleich-laender-{markup.slugify(indikator_id)}", chart, frame,
        f"{ind['indikator_name']} {year}: Kreise mit und ohne zkT innerhalb der Länder",
        description, f"{FIGURE_SOURCE}; {OWN}",
        [markup.Column("land", "Land"), markup.Column("gruppe", "Gruppe"),
         markup.Column("median", "Median", "number", decimals(ind))],
        quelle_ids=[INKAR])


def kreistyp_table(ctx: Context, tables: dict[str, pd.DataFrame]) -> Markup:
    rows = []
    for indikator_id, table in tables.items():
        ind = ctx.indikatoren.loc[indikator_id]
        for _, r in sf.compare_within(table, "kreistyp").iterrows():
            rows.append({"indikator": ind["indikator_name"], "kreistyp": r["kreistyp"],
                         "zkt": f"{fmt(r['median_zkt'], ind)} (n = {r['anzahl_zkt']})",
                         "ohne": f"{fmt(r['median_ohne'], ind)} (n = {r['anzahl_ohne']})"})
    return Markup(markup.table(rows, [
        markup.Column("indikator", "Indikator"), markup.Column("kreistyp", "Kreistyp"),
        markup.Column("zkt", "Median mit zkT (Anzahl)"),
        markup.Column("ohne", "Median ohne zkT (Anzahl)")],
        caption="Kreise mit und ohne zkT innerhalb der Kreistypen, jeweils letztes Jahr",
        table_id="vergleich-kreistyp", filterable=True))


def comparison_page(site: Site, ctx: Context) -> None:
    comp, tables = comparison_rows(ctx)
    year = int(comp["jahr"].max())
    share_chart, share_table = share_figure(site, ctx, year)
    typ = tables["q_SGBII"].groupby(["kreistyp", "status"]).size().unstack(fill_value=0)
    body = site.render(
        "statistik_vergleich.md.j2", tabelle=comparison_table(site, ctx, comp),
        abweichung=deviation_figure(site, comp), anteil=share_chart,
        anteil_tabelle=share_table, jahr=year,
        laender=Markup("\n\n".join(within_land_figure(site, ctx, i, tables[i])
                                   for i in KEY_INDICATORS)),
        kreistyp=kreistyp_table(ctx, tables),
        stadt_zkt=int(typ.loc["kreisfreie Stadt"].get(sf.ZKT, 0)),
        stadt=int(typ.loc["kreisfreie Stadt"].sum()),
        land_zkt=int(typ.loc["Landkreis"].get(sf.ZKT, 0)), land=int(typ.loc["Landkreis"].sum()),
        zugang=len(ctx.zugang_2012()), quelle=SOURCE_LINE,
        cites=source_cites(site, VERGLEICH), stand=stand_line(),
        indikatoren=site.href(VERGLEICH, INDEX),
        evaluation=finanzen.evaluation_section(site, VERGLEICH),
    )
    site.page(VERGLEICH, "Vergleich: Kreise mit und ohne zkT", body)


def generate(site: Site) -> None:
    ctx = context(site)
    index_page(site, ctx)
    map_pages(site, indicator_page_of, list(ctx.indikatoren.index))  # on all cores
    comparison_page(site, ctx)
