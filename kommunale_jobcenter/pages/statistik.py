"""SGB II statistics for all 400 Kreise (INKAR 2024): an overview, one page per
indicator (map, distribution of zkT and other Kreise over time, table of all Kreise),
the comparison zkT vs. other Kreise, and a section on every zkT profile page.

All computations live in ``kommunale_jobcenter.pages.statistik_frames``; this module only arranges
them into charts and pages.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pandas as pd
from markupsafe import Markup

from kommunale_jobcenter import charts, curated, markup, urls, zeitkarte
from kommunale_jobcenter import kreisvergleich as kv
from kommunale_jobcenter.pages import finanzen
from kommunale_jobcenter.pages import statistik_frames as sf
from kommunale_jobcenter.parallel import map_pages
from kommunale_jobcenter.site import Site, stand_line

INDEX = urls.STATISTIK
VERGLEICH = urls.VERGLEICH
BUND = urls.BUND
INKAR = "inkar-2024"
BA = "ba-statistik-sgb2"
BKG = "BKG-VG5000-2021"
STATUS_QUELLEN = ["ABL-STATUS", "DESTATIS2021"]
TEXTE = sf.TEXTE
REVISION_YEAR = 2016
SGB2 = "Grundsicherung für Arbeitsuchende"  # leistungsbereich of the SGB II indicators
KV_SCRIPT = "assets/js/vergleich.js"  # the widget «Kreise vergleichen»


def texte() -> dict[str, Any]:
    """The curated labels and captions of the statistics pages (validated, cached)."""
    return curated.document(TEXTE)


def t(key: str, **values: Any) -> str:
    """One curated text with its {platzhalter} filled in."""
    return texte()["texte"][key].format(**values)


def zuordnung(name: str) -> dict[str, str]:
    return texte()["zuordnungen"][name]


def key_indicators() -> list[str]:
    return list(texte()["listen"]["kernzahlen"])


def columns(table: str, ind: pd.Series | None = None, **values: Any) -> list[markup.Column]:
    """The columns of one table as curated: key, heading (filled in), kind, decimals."""
    out = []
    for c in texte()["tabellen"][table]:
        digits = c.get("stellen")
        if digits == "indikator":
            assert ind is not None, table
            digits = decimals(ind)
        out.append(markup.Column(c["spalte"], c["titel"].format(**values),
                                 c.get("art", "text"), digits))
    return out


def attribution(site: Site, quelle_id: str) -> str:
    """The attribution the source requires (its «namensnennung» in the data)."""
    if quelle_id not in site.ctx.attributions:
        raise KeyError(f"Quelle {quelle_id} fehlt in den Daten")
    return str(site.ctx.attributions[quelle_id])


def source_line(site: Site) -> str:
    """Visible source line of every page with INKAR figures: both required attributions
    (INKAR/BBSR with its licence, and the BA's own wording)."""
    return f"{attribution(site, INKAR)}; {attribution(site, BA)}"


def figure_source(site: Site, *extra: str) -> str:
    """Source of a chart; the figure template writes «Quelle:» before it, so the BA's
    attribution comes first and keeps its exact wording."""
    ba = attribution(site, BA).removeprefix("Quelle: ")
    return "; ".join([ba, attribution(site, INKAR), *extra])


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
        return t("keine_angabe")
    return markup.format_number(value, decimals(ind)) + unit_suffix(ind)


def context(site: Site) -> sf.Context:
    """The statistics part of the build context (built once in the parent)."""
    ctx = site.ctx.statistik
    assert ctx is not None, "keine Statistikdaten"
    return ctx


def source_cites(site: Site, page: str) -> Markup:
    return site.cite_all(page, [INKAR, BA])



def no_search(html: str) -> Markup:
    """Keep a map figure (its description names Kreise) out of the search index; tables
    of all 400 Kreise are kept out by ``markup.table(searchable=False)`` instead."""
    return Markup(f"<div data-search-exclude>\n{html}\n</div>")


def link(site: Site, page: str, target: str, label: str) -> Markup:
    return Markup(markup.link(site.href(page, target), label))


# -- profile section ---------------------------------------------------------------------

def profile_series(ctx: sf.Context, t_row: pd.Series, kreis: pd.Series,
                   names: dict[str, str]) -> list[tuple[pd.Series, pd.DataFrame]]:
    """(indicator, long frame jahr/reihe/wert) for each key indicator the Kreis has."""
    out = []
    for indikator_id in key_indicators():
        frame = sf.series_frame(ctx.wide(indikator_id), ctx.median_ohne(indikator_id),
                                t_row["ags"], kreis["land_code"], names)
        own = frame["reihe"].to_numpy() == names["kreis"]
        if (own & frame["wert"].notna().to_numpy()).any():
            out.append((ctx.indikatoren.loc[indikator_id], frame))
    return out


def panel_sentence(ind: pd.Series, frame: pd.DataFrame, names: dict[str, str]) -> str:
    """The main finding of one panel in numbers, for the text alternative."""
    jahre, reihen = frame["jahr"].to_numpy(), frame["reihe"].to_numpy()
    werte = frame["wert"].to_numpy()
    own = {int(j): w for j, r, w in zip(jahre, reihen, werte, strict=True)
           if r == names["kreis"] and not pd.isna(w)}
    first, last = min(own), max(own)
    at = {r: w for j, r, w in zip(jahre, reihen, werte, strict=True) if j == last}
    return t("profil_panel", name=ind["indikator_name"], jahr=last,
             wert=fmt(at[names["kreis"]], ind), erstes_jahr=first,
             erster_wert=fmt(own[first], ind),
             land=names["land"], land_wert=fmt(at[names["land"]], ind),
             bund_wert=fmt(at[names["bund"]], ind), median_wert=fmt(at[sf.MEDIAN_LABEL], ind))


def panel_label(ind: pd.Series) -> str:
    return f"{ind['indikator_name']} ({ind['einheit']})"


def profile_chart(site: Site, page: str, ctx: sf.Context, t_row: pd.Series,
                  kreis: pd.Series) -> Markup | None:
    """The key indicators of the Kreis as one small-multiples chart with its table."""
    land_name = ctx.regionen.get(kreis["land_code"], kreis["land"])
    names = {"kreis": kreis["kreis_name"], "land": land_name, "bund": t("deutschland")}
    series = profile_series(ctx, t_row, kreis, names)
    if not series:
        return None
    labels = list(dict.fromkeys(series[0][1]["reihe"]))
    frame = pd.concat([f.assign(panel=panel_label(ind)) for ind, f in series],
                      ignore_index=True)[["panel", "jahr", "reihe", "wert"]]
    years = frame.dropna(subset=["wert"])["jahr"]
    start = int(t_row["zkt_seit"].year)
    marker = start if int(years.min()) <= start <= int(years.max()) else None
    chart = partial(charts.comparison_panels, frame, labels, marker_year=marker,
                    marker_label=t("zkt_seit", jahr=start))
    parts = [t("profil_beschreibung", kreis=kreis["kreis_name"], land=land_name),
             *(panel_sentence(ind, f, names) for ind, f in series)]
    if marker:
        parts.append(t("profil_marke", jahr=marker))
    if frame["wert"].isna().any():
        parts.append(t("profil_luecken"))
    # The table and CSV show the same values as the chart, one column per line.
    cols = columns("profil", kreis=labels[0], land=labels[1], bund=labels[2],
                   median=labels[3])
    keys = [c.key for c in cols[1:]]
    wide = []
    for ind, f in series:
        years, values = sf.by_series(f, labels)
        w = pd.DataFrame(dict(zip(keys, [years, *values], strict=True)))
        wide.append(w.assign(kennzahl=panel_label(ind)))
    table = pd.concat(wide, ignore_index=True)[["kennzahl", *keys]]
    return site.chart(
        page, f"stat-kern-{t_row['slug']}", chart, table,
        t("profil_titel", kreis=kreis["kreis_name"], land=land_name), " ".join(parts),
        figure_source(site, t("median_ohne_eigene_berechnung")), cols,
        quelle_ids=[INKAR, BA])


def profile_section(site: Site, page: str, t_row: pd.Series) -> str:
    ctx = context(site)
    kreis = ctx.kreise_by_ags[t_row["ags"]]
    figure = profile_chart(site, page, ctx, t_row, kreis)
    if figure is None:
        return ""
    kern = ctx.indikatoren.loc[key_indicators()]
    more = Markup(", ".join(
        link(site, page, urls.indicator(i), ctx.indikatoren.loc[i, "indikator_name"])
        for i in kern.index))
    other_area = (not bool(t_row["ist_ganzer_kreis"])) or \
        t_row["ags_bei_zulassung"] != t_row["ags"]
    return site.render(
        "statistik_profil.md.j2", t=t_row, kreis=kreis, other_area=other_area,
        ended=pd.notna(t_row["zkt_bis"]), nachfolger=pd.notna(t_row["nachfolger_zkt_id"]),
        anzahl_sgb2=int((kern["leistungsbereich"] == SGB2).sum()),
        weitere=[r["indikator_name"] for _, r in kern.iterrows()
                 if r["leistungsbereich"] != SGB2],
        grafiken=figure, kern_links=more,
        kreiswahl=comparison_widget(site, page, t_row["ags"]),
        statistik=site.href(page, INDEX), vergleich=site.href(page, VERGLEICH),
        quelle=source_line(site), cites=source_cites(site, page))


# -- «Kreise vergleichen» -------------------------------------------------------------

def comparison_widget(site: Site, page: str, ags: str | None = None) -> Markup:
    """The container of the comparison widget (hidden until its script runs; the static
    chart and tables stay the view without JavaScript). On a profile it starts with the
    profile's Kreis and brings its own heading."""
    return Markup(site.render("kreisvergleich.html.j2", kreis=ags or "",
                              daten=site.href(page, urls.comparison_data(kv.INDEX)),
                              script=site.href(page, KV_SCRIPT)))


def comparison_data(site: Site, ctx: sf.Context) -> dict[str, int]:
    """Write daten/vergleich/: one JSON per Kreis and the index; returns bytes per file."""
    here = urls.comparison_data(kv.INDEX)
    ids = key_indicators()
    wides = {i: ctx.wide(i) for i in ids}
    indicators = [kv.indicator_entry(i, ctx.indikatoren.loc[i], wides[i],
                                     decimals(ctx.indikatoren.loc[i]),
                                     site.href(here, urls.indicator(i))) for i in ids]
    quellen = [{"titel": site.source_label(q),
                "href": site.href(here, urls.source(q))}
               for q in (BA, INKAR)]
    quelle = figure_source(site)
    records = {kv.INDEX: kv.index_record(
        indicators, quelle, quellen, site.href(here, urls.KREISE_JSON),
        kv.display_suffixes(ctx.kreise), texte()["kreisvergleich"])}
    records.update(kv.kreis_records(ctx.kreise, wides, ctx.indikatoren, quelle))
    sizes = {}
    for name, record in records.items():
        sizes[name] = site.write(urls.comparison_data(name), kv.dumps(record).encode("utf-8"))
    return sizes


# -- indicator pages -------------------------------------------------------------------

def kreis_links(site: Site, page: str, ctx: sf.Context) -> dict[str, str]:
    """ags → profile page of the zkT of that Kreis (the current one if there is one)."""
    tr = ctx.traeger.sort_values(["ist_aktuell", "zkt_seit"])
    return {r["ags"]: site.href(page, urls.profile(r["slug"])) for _, r in tr.iterrows()}


def map_description(ind: pd.Series, frame: pd.DataFrame, year: int, years: list[int]) -> str:
    """The map's text for one year (its first sentence, the text alternative, says that
    the colour classes hold for all ``years``)."""
    known = frame.dropna(subset=["wert"])
    top = known.loc[known["wert"].idxmax()]
    low = known.loc[known["wert"].idxmin()]
    missing = len(frame) - len(known)
    description = t("karte_beschreibung", anzahl=len(frame), jahr=year,
                    min=fmt(low["wert"], ind), min_kreis=low["kreis_name"],
                    max=fmt(top["wert"], ind), max_kreis=top["kreis_name"],
                    median=fmt(known["wert"].median(), ind), von=years[0], bis=years[-1])
    if missing:
        description += " " + t("karte_fehlend", anzahl=missing)
    return description


def zkt_periods(frames: pd.DataFrame) -> pd.Series:
    """Per ags the years of ``kreis_years`` in which the Kreis had a zkT, as periods
    («2007–2010, 2012–2022»), or «nein»."""
    # the curated pattern, fetched once with its placeholders kept: «{von}–{bis}»
    span, never = t("zeitraum", von="{von}", bis="{bis}"), t("nein")
    out = {}
    for ags, rows in frames[frames["ist_zkt"]].groupby("ags", sort=True):
        runs = zeitkarte.runs([(int(y), True) for y in rows["jahr"]])
        out[ags] = ", ".join(span.format(von=a, bis=b) if a < b else str(a)
                             for a, b, _ in runs)
    return pd.Series(out, name="zkt").reindex(sorted(frames["ags"].unique())).fillna(never)


def map_table(frames: pd.DataFrame, years: list[int]) -> pd.DataFrame:
    """One row per Kreis (by Land and name): ags, kreis_name, the value of each year (a
    column named by the year), the years with a zkT."""
    wide = frames.pivot(index="ags", columns="jahr", values="wert").reindex(columns=years)
    wide.columns = [str(y) for y in years]
    first = frames[frames["jahr"] == years[-1]][["ags", "kreis_name", "land"]]
    out = first.merge(wide.reset_index(), on="ags").merge(
        zkt_periods(frames).rename_axis("ags").reset_index(), on="ags")
    return out.sort_values(["land", "kreis_name"]).drop(columns="land").reset_index(drop=True)


def map_chart_id(indikator_id: str) -> str:
    return f"karte-{markup.slugify(indikator_id)}"


def map_frames(ctx: sf.Context, ind: pd.Series) -> tuple[pd.DataFrame, list[int]]:
    """Every Kreis in every year of the indicator's map, and those years."""
    years = sf.map_years(ctx.of(ind.name))
    return sf.kreis_years(ctx.of(ind.name), ctx.kreis_names, ctx.status, years), years


def map_table_columns(ind: pd.Series, years: list[int]) -> list[markup.Column]:
    year_columns = [markup.Column(str(y), str(y), "number", decimals(ind)) for y in years]
    cols = columns("karte", ind, einheit=ind["einheit"])
    return [cols[0], *year_columns, *cols[1:]]


def map_table_caption(ind: pd.Series, years: list[int]) -> str:
    return t("karte_tabelle", name=ind["indikator_name"], einheit=ind["einheit"],
             von=years[0], bis=years[-1])


def map_figure(site: Site, page: str, ind: pd.Series, year: int, frames: pd.DataFrame,
               years: list[int], years_table: pd.DataFrame, table_page: str) -> Markup:
    """The indicator in every Kreis, one map per year with data behind a year slider;
    one colour classification for all years (``charts.time_classes``). Its data table
    (``map_table``) stands on ``table_page``."""
    kreise_geo, laender_geo = site.ctx.geometry
    keys = [f["properties"]["ags"] for f in kreise_geo["features"]]
    names = [f["properties"]["name"] for f in kreise_geo["features"]]
    frames = frames.copy()
    frames["klasse"], labels = charts.time_classes(frames["wert"], value_format(ind))
    frames["ist_zkt"] = frames["ist_zkt"].astype(bool)
    ever = set(frames.loc[frames["ist_zkt"], "ags"])
    outlined = [a for a in keys if a in ever]
    colors = charts.class_colors(labels)
    by_year = {int(y): f.set_index("ags") for y, f in frames.groupby("jahr")}
    layers = zeitkarte.indicator_layers(by_year, keys, names, outlined, colors)
    shown = by_year[year].reset_index().assign(umrandet=lambda d: d["ags"].isin(ever))
    chart = partial(
        charts.indicator_time_map, kreise_geo, laender_geo,
        shown[["ags", "wert", "ist_zkt", "klasse", "umrandet"]], labels,
        str(ind["einheit"]), value_format(ind))
    texts = [zeitkarte.Year(y, t("karte_titel", name=ind["indikator_name"], jahr=y),
                            map_description(ind, f, y, years)) for y, f in by_year.items()]
    figure = site.time_map(
        page, map_chart_id(ind.name), chart, layers, texts, year,
        years_table, map_table_caption(ind, years),
        figure_source(site, t("karte_grenzen", bkg=attribution(site, BKG))),
        map_table_columns(ind, years), quelle_ids=[INKAR, BA, BKG], table_page=table_page)
    return no_search(figure)


def has_revision_break(ind: pd.Series, years: list[int]) -> bool:
    return (str(REVISION_YEAR) in str(ind["bruch_hinweis"]) and REVISION_YEAR - 1 in years
            and REVISION_YEAR in years)


def distribution_figure(site: Site, page: str, ctx: sf.Context, ind: pd.Series) -> Markup:
    values = ctx.of(ind.name)
    years = sf.years_of(values)
    frame = sf.group_quartiles(values, ctx.status, years=years)
    frame["gruppe"] = frame["gruppe"].map(sf.GROUP_LABELS)
    marker = REVISION_YEAR if has_revision_break(ind, years) else None
    chart = partial(charts.band_by_year, frame, str(ind["einheit"]), t("achse_kreise"),
                    value_format(ind), marker_year=marker,
                    marker_label=t("revision_marke"))
    last = frame[frame["jahr"] == years[-1]].set_index("gruppe")
    first = frame[frame["jahr"] == years[0]].set_index("gruppe")
    zkt, ohne = sf.GROUP_LABELS[sf.ZKT], sf.GROUP_LABELS[sf.KEIN_ZKT]
    description = t(
        "verteilung_beschreibung", von=years[0], bis=years[-1],
        n_zkt=int(last.loc[zkt, "anzahl"]), median_zkt=fmt(last.loc[zkt, "median"], ind),
        n_ohne=int(last.loc[ohne, "anzahl"]), median_ohne=fmt(last.loc[ohne, "median"], ind),
        erster_zkt=fmt(first.loc[zkt, "median"], ind),
        erster_ohne=fmt(first.loc[ohne, "median"], ind))
    return site.chart(
        page, f"verteilung-{markup.slugify(ind.name)}", chart, frame,
        t("verteilung_titel", name=ind["indikator_name"], von=years[0], bis=years[-1]),
        description, figure_source(site, t("mediane_eigene_berechnung")),
        columns("verteilung", ind), quelle_ids=[INKAR, BA])


def within_tables(ind: pd.Series, table: pd.DataFrame, year: int) -> Markup:
    name = ind["indikator_name"]
    by_land = markup.table(sf.compare_within(table, "land"),
                           columns("innerhalb_laender", ind),
                           caption=t("innerhalb_laender", name=name, jahr=year))
    by_type = markup.table(sf.compare_within(table, "kreistyp"),
                           columns("innerhalb_kreistypen", ind),
                           caption=t("innerhalb_kreistypen", name=name, jahr=year))
    return Markup(f"{by_type}\n\n{by_land}")


def indicator_page_of(site: Site, indikator_id: str) -> None:
    indicator_page(site, context(site), indikator_id)


def kreise_table_page(site: Site, ctx: sf.Context, indikator_id: str, table: pd.DataFrame,
                      year: int, years_table: pd.DataFrame, years: list[int]) -> None:
    """The indicator's tables of all Kreise on their own page: the latest year (filterable,
    each Kreis linked to its Träger) and every year of the map."""
    page = urls.indicator_kreise(indikator_id)
    ind = ctx.indikatoren.loc[indikator_id]
    links = kreis_links(site, page, ctx)
    status_text = zuordnung("status")
    rows = [{
        "kreis": Markup(markup.link(links[r["ags"]], r["kreis_name"])) if r["ags"] in links
        else Markup(markup.text(r["kreis_name"])),
        "land": r["land"], "kreistyp": r["kreistyp"], "wert": r["wert"],
        "status": status_text.get(r["status"], "–"),
    } for r in table.to_dict("records")]
    kreis_table = markup.table(
        rows, columns("alle_kreise", ind, jahr=year, einheit=ind["einheit"]),
        caption=t("alle_kreise", name=ind["indikator_name"], jahr=year, anzahl=len(table)),
        table_id="kreise-tabelle", filterable=True, searchable=False)
    years_html = markup.table(
        years_table, map_table_columns(ind, years),
        caption=map_table_caption(ind, years), table_id="kreise-jahre", searchable=False)
    body = site.render(
        "statistik_indikator_kreise.md.j2", ind=ind, jahr=year, anzahl=len(table),
        von=years[0], bis=years[-1], zurueck=site.href(page, urls.indicator(indikator_id)),
        csv=site.href(page, urls.chart_csv(map_chart_id(indikator_id))),
        tabelle=Markup(kreis_table),
        jahre_tabelle=Markup(years_html), quelle=source_line(site),
        cites=source_cites(site, page), stand=stand_line())
    site.page(page, t("kreise_seite_titel", name=ind["indikator_name"]), body)


def indicator_page(site: Site, ctx: sf.Context, indikator_id: str) -> None:
    page = urls.indicator(indikator_id)
    ind = ctx.indikatoren.loc[indikator_id]
    values = ctx.of(indikator_id)
    year = sf.latest_year(values)
    assert year is not None, f"keine Kreiswerte für {indikator_id}"
    table = sf.kreis_table(values, ctx.kreis_names, ctx.status, year)
    frames, years = map_frames(ctx, ind)
    kreise_page = urls.indicator_kreise(indikator_id)
    years_table = map_table(frames, years)  # on the Kreise page, and the map's CSV
    kreise_table_page(site, ctx, indikator_id, table, year, years_table, years)
    missing = table[table["wert"].isna()]
    land_values = values[(values["jahr"] == year) & (values["region_id"].str.len() == 2)]
    bund = values[(values["jahr"] == year) & (values["region_id"] == sf.BUND_ID)]["wert"]
    groups = sf.compare_groups(table).set_index("gruppe")
    spanne = t("spanne", min=fmt(land_values["wert"].min(), ind),
               max=fmt(land_values["wert"].max(), ind)) if len(land_values) else "–"
    body = site.render(
        "statistik_indikator.md.j2", ind=ind, id=indikator_id, jahr=year,
        jahre=f"{int(ind['jahr_von'])}–{int(ind['jahr_bis'])}",
        sgb2=ind["leistungsbereich"] == SGB2,
        anzahl_werte=int(table["wert"].notna().sum()), anzahl=len(table),
        fehlend=", ".join(missing["kreis_name"]),
        bund=fmt(bund.iloc[0] if len(bund) else None, ind),
        median_zkt=fmt(groups.loc[sf.GROUP_LABELS[sf.ZKT], "median"], ind),
        median_ohne=fmt(groups.loc[sf.GROUP_LABELS[sf.KEIN_ZKT], "median"], ind),
        laender_spanne=spanne, sicherheit=Markup(markup.badge(ind["sicherheit"])),
        quelle=source_line(site), cites=source_cites(site, page),
        karte=map_figure(site, page, ind, year, frames, years, years_table, kreise_page),
        karte_von=years[0],
        verteilung=distribution_figure(site, page, ctx, ind),
        innerhalb=within_tables(ind, table, year),
        kreise_seite=site.href(page, kreise_page), stand=stand_line(),
    )
    site.page(page, str(ind["indikator_name"]), body)


# -- overview ---------------------------------------------------------------------------

def indicator_table(site: Site, rows: pd.DataFrame, caption: str, table_id: str) -> Markup:
    records = [{
        "name": link(site, INDEX, urls.indicator(indikator_id), ind["indikator_name"]),
        "definition": ind["definition"], "einheit": ind["einheit"],
        "jahre": f"{int(ind['jahr_von'])}–{int(ind['jahr_bis'])}",
        "id": Markup(f"<code>{markup.text(indikator_id)}</code>"),
    } for indikator_id, ind in rows.sort_index().iterrows()]
    return Markup(markup.table(records, columns("indikatoren"), caption=caption,
                               table_id=table_id, filterable=True))


def index_page(site: Site, ctx: sf.Context) -> None:
    ind = ctx.indikatoren
    sgb2, weitere = ind[ind["leistungsbereich"] == SGB2], ind[ind["leistungsbereich"] != SGB2]
    key = [link(site, INDEX, urls.indicator(i), ctx.indikatoren.loc[i, "indikator_name"])
           for i in key_indicators()]
    body = site.render(
        "statistik_index.md.j2",
        tabelle=indicator_table(site, sgb2, t("index_sgb2", anzahl=len(sgb2)), "indikatoren"),
        weitere=indicator_table(site, weitere, t("index_weitere"), "indikatoren-weitere")
        if len(weitere) else "",
        weitere_namen=", ".join(weitere["indikator_name"]),
        anzahl=len(sgb2), kreise=len(ctx.kreise), kern=Markup(", ".join(key)),
        quelle=source_line(site), cites=source_cites(site, INDEX), stand=stand_line())
    site.page(INDEX, t("titel_index"), body)


# -- comparison -------------------------------------------------------------------------

def comparison_rows(ctx: sf.Context) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """One row per indicator (latest year): quartiles of both groups, the 2012 entrants,
    and how often zkT Kreise lie above the others within a Land."""
    rows, tables = [], {}
    zugang = ctx.zugang_2012()
    zugang_label = t("zugang_2012")
    for indikator_id, ind in ctx.indikatoren.sort_index().iterrows():
        values = ctx.of(indikator_id)
        year = sf.latest_year(values)
        table = sf.kreis_table(values, ctx.kreis_names, ctx.status, year)
        tables[indikator_id] = table
        g = sf.compare_groups(table, {zugang_label: zugang}).set_index("gruppe")
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
            "n_2012": g.loc[zugang_label, "anzahl"],
            "median_2012": g.loc[zugang_label, "median"],
            "laender": len(within), "laender_hoeher": int((within["differenz"] > 0).sum()),
            "abw_alle_pct": (zkt["median"] / ohne["median"] - 1) * 100,
            "abw_land_pct": float(ratio.median()) if len(ratio) else float("nan"),
        })
    return pd.DataFrame(rows), tables


def group_cell(r: pd.Series, group: str, d: int) -> Markup:
    n = markup.format_number
    return Markup(t("vergleich_wert", median=n(r[f"median_{group}"], d),
                    q25=n(r[f"q25_{group}"], d), q75=n(r[f"q75_{group}"], d),
                    n=int(r[f"n_{group}"])))


def comparison_table(site: Site, ctx: sf.Context, comp: pd.DataFrame) -> Markup:
    rows = []
    for _, r in comp.iterrows():
        d = decimals(ctx.indikatoren.loc[r["indikator_id"]])
        rows.append({
            "indikator": link(site, VERGLEICH, urls.indicator(r["indikator_id"]),
                              r["indikator"]),
            "jahr": int(r["jahr"]), "einheit": r["einheit"],
            "zkt": group_cell(r, "zkt", d), "ohne": group_cell(r, "ohne", d),
            "z2012": Markup(t("vergleich_zugang", median=markup.format_number(
                r["median_2012"], d), n=int(r["n_2012"]))),
            "laender": t("vergleich_laender", hoeher=int(r["laender_hoeher"]),
                         alle=int(r["laender"])),
        })
    return Markup(markup.table(rows, columns("vergleich"), caption=t("vergleich_tabelle"),
                               table_id="vergleich", filterable=True))


def two_colours(labels: list[str]) -> dict[str, str]:
    farben = zuordnung("farben")
    return dict(zip(labels, [farben["erste"], farben["zweite"]], strict=True))


def deviation_figure(site: Site, comp: pd.DataFrame) -> Markup:
    labels = {"abw_alle_pct": t("abweichung_alle"), "abw_land_pct": t("abweichung_land")}
    frame = comp.melt(id_vars=["indikator", "jahr"], value_vars=list(labels),
                      var_name="vergleich", value_name="abweichung_pct")
    frame["vergleich"] = frame["vergleich"].map(labels)
    order = comp.sort_values("abw_alle_pct")["indikator"].tolist()
    chart = partial(charts.dots_by_group, frame, "abweichung_pct", "indikator", "vergleich",
                    t("abweichung_achse"), t("achse_vergleich"),
                    t("achse_indikator"), value_format=",.0f",
                    colors=two_colours(list(labels.values())), sort=order)
    sgb = comp.set_index("indikator_id").loc["q_SGBII"]
    n = markup.format_number
    description = t(
        "abweichung_beschreibung", jahr=int(sgb["jahr"]), alle=n(sgb["abw_alle_pct"], 0),
        land=n(sgb["abw_land_pct"], 0), anzahl=len(comp),
        groesser=int((comp["abw_land_pct"].abs() > comp["abw_alle_pct"].abs()).sum()))
    return site.chart(
        VERGLEICH, "vergleich-abweichung", chart, frame, t("abweichung_titel"), description,
        figure_source(site, t("eigene_berechnung")), columns("abweichung"),
        quelle_ids=[INKAR, BA])


def share_figure(site: Site, ctx: sf.Context, year: int) -> tuple[Markup, Markup]:
    share = sf.zkt_share_by_land(ctx.kreise, ctx.status, year)
    labels = {"anteil_kreise_pct": t("anteil_kreise"),
              "anteil_einwohner_pct": t("anteil_einwohner")}
    frame = share.melt(id_vars=["land"], value_vars=list(labels), var_name="mass",
                       value_name="anteil_pct")
    frame["mass"] = frame["mass"].map(labels)
    chart = partial(charts.dots_by_group, frame, "anteil_pct", "land", "mass", t("anteil_achse"),
                    t("achse_mass"), t("achse_land"), value_format=",.0f",
                    colors=two_colours(list(labels.values())),
                    sort=share["land"].tolist())
    top = share.iloc[0]
    none = share.loc[share["zkt"] == 0, "land"].tolist()
    n = markup.format_number
    description = t(
        "anteil_beschreibung", jahr=year,
        gesamt=n(100 * share["zkt"].sum() / share["kreise"].sum(), 0), land=top["land"],
        anteil=n(top["anteil_kreise_pct"], 0), keine=len(none), namen=", ".join(none))
    figure = site.chart(
        VERGLEICH, "vergleich-anteil-laender", chart, frame, t("anteil_titel", jahr=year),
        description, t("anteil_quelle", destatis=attribution(site, STATUS_QUELLEN[1])),
        columns("anteil_grafik"), quelle_ids=STATUS_QUELLEN)
    table = markup.table(share, columns("anteil"), caption=t("anteil_tabelle", jahr=year))
    return figure, Markup(table)


def within_land_figure(site: Site, ctx: sf.Context, indikator_id: str,
                       table: pd.DataFrame) -> Markup:
    ind = ctx.indikatoren.loc[indikator_id]
    year = sf.latest_year(ctx.of(indikator_id))
    within = sf.compare_within(table, "land")
    frame = within.melt(id_vars=["land"], value_vars=["median_zkt", "median_ohne"],
                        var_name="gruppe", value_name="median")
    frame["gruppe"] = frame["gruppe"].map({"median_zkt": sf.GROUP_LABELS[sf.ZKT],
                                           "median_ohne": sf.GROUP_LABELS[sf.KEIN_ZKT]})
    both = within.dropna(subset=["differenz"])
    chart = partial(charts.dots_by_group, frame, "median", "land", "gruppe", str(ind["einheit"]),
                    t("achse_kreise"), t("achse_land"), value_format(ind),
                    sort=within.sort_values("land")["land"].tolist())
    description = t("laender_beschreibung", jahr=year, beide=len(both),
                    hoeher=int((both["differenz"] > 0).sum()),
                    niedriger=int((both["differenz"] < 0).sum()))
    return site.chart(
        VERGLEICH, f"vergleich-laender-{markup.slugify(indikator_id)}", chart, frame,
        t("laender_titel", name=ind["indikator_name"], jahr=year), description,
        figure_source(site, t("mediane_eigene_berechnung")), columns("laender", ind),
        quelle_ids=[INKAR, BA])


def kreistyp_table(ctx: sf.Context, tables: dict[str, pd.DataFrame]) -> Markup:
    rows = []
    for indikator_id, table in tables.items():
        ind = ctx.indikatoren.loc[indikator_id]
        for _, r in sf.compare_within(table, "kreistyp").iterrows():
            rows.append({
                "indikator": ind["indikator_name"], "kreistyp": r["kreistyp"],
                "zkt": t("kreistyp_wert", wert=fmt(r["median_zkt"], ind), n=r["anzahl_zkt"]),
                "ohne": t("kreistyp_wert", wert=fmt(r["median_ohne"], ind),
                          n=r["anzahl_ohne"])})
    return Markup(markup.table(rows, columns("kreistyp"), caption=t("kreistyp_tabelle"),
                               table_id="vergleich-kreistyp", filterable=True))


def comparison_page(site: Site, ctx: sf.Context) -> None:
    comp, tables = comparison_rows(ctx)
    year = int(comp["jahr"].max())
    share_chart, share_table = share_figure(site, ctx, year)
    typ = tables["q_SGBII"].groupby(["kreistyp", "status"]).size().unstack(fill_value=0)
    stadt, land = typ.loc[sf.KREISTYP_STADT], typ.loc[sf.KREISTYP_LAND]
    body = site.render(
        "statistik_vergleich.md.j2", tabelle=comparison_table(site, ctx, comp),
        abweichung=deviation_figure(site, comp), anteil=share_chart,
        anteil_tabelle=share_table, jahr=year,
        laender=Markup("\n\n".join(within_land_figure(site, ctx, i, tables[i])
                                   for i in key_indicators())),
        kreistyp=kreistyp_table(ctx, tables),
        stadt_zkt=int(stadt.get(sf.ZKT, 0)), stadt=int(stadt.sum()),
        land_zkt=int(land.get(sf.ZKT, 0)), land=int(land.sum()),
        zugang=len(ctx.zugang_2012()), quelle=source_line(site),
        cites=source_cites(site, VERGLEICH), stand=stand_line(),
        indikatoren=site.href(VERGLEICH, INDEX),
        evaluation=finanzen.evaluation_section(site, VERGLEICH),
        kreiswahl=comparison_widget(site, VERGLEICH),
        kern_links=Markup(", ".join(
            link(site, VERGLEICH, urls.indicator(i), ctx.indikatoren.loc[i, "indikator_name"])
            for i in key_indicators())),
    )
    comparison_data(site, ctx)
    site.page(VERGLEICH, t("titel_vergleich"), body)


def comparison_page_of(site: Site, _page: str) -> None:
    """The comparison page as an item of its own: it reads nothing but the build context,
    so an incremental build takes it from the page cache unless what it read changed."""
    comparison_page(site, context(site))


def generate(site: Site) -> None:
    ctx = context(site)
    index_page(site, ctx)
    map_pages(site, indicator_page_of, list(ctx.indikatoren.index))  # on all cores
    map_pages(site, comparison_page_of, [VERGLEICH], long=True)  # about a second
