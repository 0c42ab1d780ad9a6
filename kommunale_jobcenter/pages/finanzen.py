"""Finanzen: the shares of the federal money for Eingliederung and Verwaltung that the
yearly Eingliederungsmittel-Verordnung (EinglMV) gives every Jobcenter.

Pages: an overview (what is distributed, the zkT's combined share beside their share of
the eLb, money per eLb, estimated euros), one page per annex year (map and table of all
Jobcenter), one table of all Jobcenter over the years, one page per zkT with its series
(out of the navigation), a compact section on every zkT profile page and the § 6c
evaluation facts on the Vergleich page (``evaluation_section``).

All computations live in ``kommunale_jobcenter.pages.finanzen_frames``; prose lives in
the templates, the short texts around computed figures (chart titles and descriptions, captions) in
curated/finanzen/seiten.yaml, and the editorial choices (which outside total turns a share
into euros, which documented budget is compared) in curated/finanzen/*.csv.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

import numpy as np
import pandas as pd
from markupsafe import Markup

from kommunale_jobcenter import charts, curated, curated_tables, markup, urls
from kommunale_jobcenter.pages import finanzen_frames as ff
from kommunale_jobcenter.pages.programme_frames import format_partial_date
from kommunale_jobcenter.parallel import map_pages
from kommunale_jobcenter.site import Site, stand_line

INDEX = urls.FINANZEN
ALL_JOBCENTER = urls.FINANZEN_JOBCENTER
INKAR = "inkar-2024"
BA = "ba-statistik-sgb2"  # the statistics behind INKAR's SGB II quotas (attribution)
EINWOHNER = "DESTATIS2021"
ZUORDNUNG = "abl-einglmv-zuordnung"
BKG = "BKG-VG5000-2021"
EGL_FIXED = ff.EGL_FIXED
EVALUATION = "Evaluation"
ORGANISATION = "Organisation"
FORM_COLORS = {ff.ZKT: "#1a5e9a", ff.GE: "#d95f02"}


def texte() -> dict[str, Any]:
    """The short texts of these pages (curated/finanzen/seiten.yaml)."""
    return curated.document("finanzen/seiten.yaml")


def grafik(key: str, /, **werte: Any) -> dict[str, str]:
    """Title, axis, description and source line of a chart, placeholders filled in."""
    return {k: v.format(**werte) for k, v in texte()["grafiken"][key].items()}


def wort(key: str, /, **werte: Any) -> str:
    """A word or short phrase around numbers (seiten.yaml, «woerter»)."""
    return texte()["woerter"][key].format(**werte)


def caption(key: str, /, **werte: Any) -> str:
    return texte()["tabellen"][key].format(**werte)


def spalten(key: str, /, **werte: Any) -> list[markup.Column]:
    """The columns of a table: key, title, kind and decimals from seiten.yaml («spalten»),
    placeholders filled in."""
    return [markup.Column(c[0].format(**werte), c[1].format(**werte), *c[2:])
            for c in texte()["spalten"][key]]


def total_facts() -> dict[int, dict[str, str]]:
    """The outside totals that turn a share into an estimated euro amount: per annex year
    and kind of money the fact (finanzen.fakten) with the total for all Jobcenter
    (curated/finanzen/schaetzsummen.csv, an editorial choice)."""
    out: dict[int, dict[str, str]] = {}
    for jahr, mittel, fakt in curated_tables.tables("finanzen")["schaetzsummen"].itertuples(
            index=False):
        out.setdefault(int(jahr), {})[mittel] = fakt
    return out


def budget_facts() -> dict[str, tuple[str, int]]:
    """Budgets a Jobcenter's own document states for an annex year (programme.fakten),
    compared with the estimate from its share: fact id → (kind of money, year)."""
    frame = curated_tables.tables("finanzen")["budgetfakten"]
    return {f: (m, int(j)) for f, m, j in frame[["fakt_id", "mittel", "jahr"]].itertuples(
        index=False)}


def pct(value: Any, decimals: int = 2) -> str:
    if value is None or pd.isna(value):
        return wort("keine_angabe")
    return wort("prozent", zahl=markup.format_number(value, decimals))


def ratio(value: Any) -> str:
    if value is None or pd.isna(value):
        return wort("keine_angabe")
    return markup.format_number(value, 2)


def euro(value: Any) -> str:
    if value is None or pd.isna(value):
        return wort("keine_angabe")
    return wort("euro", zahl=markup.format_number(round(float(value)), 0))


def deviation(value: Any) -> str:
    """How far a documented amount lies from an estimate, in words."""
    if value is None or pd.isna(value):
        return wort("ohne_vergleich")
    return wort("abweichung", zahl=markup.format_number(abs(float(value)), 1),
                seite=wort("ueber" if value > 0 else "unter"))


def mio(value: Any) -> str:
    if value is None or pd.isna(value):
        return wort("keine_angabe")
    millions = float(value) / 1e6
    whole = abs(millions - round(millions)) < 0.005
    return wort("mio", zahl=markup.format_number(millions, 0 if whole else 2))


# -- context -------------------------------------------------------------------------------

def has_data(site: Site) -> bool:
    return site.ctx.finanzen is not None


def context(site: Site) -> ff.Context:
    """The Finanzen part of the build context (built once in the parent)."""
    ctx = site.ctx.finanzen
    assert ctx is not None, "keine Finanzdaten"
    return ctx


# -- citations and small pieces ----------------------------------------------------------------

def source_date(ctx: ff.Context, quelle_id: str) -> str:
    if quelle_id not in ctx.quellen.index:
        return ""
    return format_partial_date(ctx.quellen.loc[quelle_id, "datum"])


def ref(site: Site, page: str, ctx: ff.Context, quelle_id: str, locator: Any = None) -> Markup:
    """A source by ID (link to the Quellen page), its date and the place in it."""
    parts = [str(site.cite(page, quelle_id))]
    date = source_date(ctx, quelle_id)
    if date:
        parts.append(markup.text(date))
    if locator is not None and not pd.isna(locator) and str(locator).strip():
        parts.append(markup.text(locator))
    return Markup(", ".join(parts))


def full_ref(site: Site, page: str, ctx: ff.Context, quelle_id: str) -> Markup:
    """Publisher, title and date of a source, with the link to the Quellen page."""
    if quelle_id not in ctx.quellen.index:
        return site.cite(page, quelle_id)
    q = ctx.quellen.loc[quelle_id]
    parts = [markup.text(q["herausgeber"])] if isinstance(q["herausgeber"], str) else []
    parts.append(f"«{markup.text(q['titel'])}»")
    date = source_date(ctx, quelle_id)
    if date:
        parts.append(markup.text(date))
    return Markup(", ".join(parts) + f" ({site.cite(page, quelle_id)})")


def annex_refs(site: Site, page: str, ctx: ff.Context, years: list[int] | None = None) -> Markup:
    anlagen = ctx.pkg["anlagen"]
    ids = [q for y in (years or ctx.years)
           for q in anlagen.loc[anlagen["jahr"] == y, "quelle_id"].drop_duplicates()]
    return Markup("; ".join(ref(site, page, ctx, q) for q in dict.fromkeys(ids)))


def cited_years(site: Site, page: str, ctx: ff.Context, years: list[int]) -> Markup:
    """«2012, 2018 und 2026», each year linking to its Verordnung on the Quellen page
    (recorded as a citation like ``Site.cite``); short, for the profile pages."""
    links = []
    for y in years:
        ids = annex_ids(ctx, y)
        if not ids:
            links.append(str(y))
            continue
        site.cite(page, ids[0])  # records that the page uses the source
        href = site.href(page, urls.source(ids[0]))
        links.append(markup.link(href, str(y)))
    if len(links) == 1:
        return Markup(links[0])
    return Markup(", ".join(links[:-1]) + " und " + links[-1])


def no_search(html: Markup) -> Markup:
    return Markup(f"<div data-search-exclude>\n{html}\n</div>")


def link(site: Site, page: str, target: str, label: str) -> Markup:
    return Markup(markup.link(site.href(page, target), label))


def traeger_links(site: Site, page: str, ctx: ff.Context) -> dict[str, Markup]:
    """jobcenter_id → link to the finance page of its zkT (only Jobcenter with a zkT)."""
    slugs = ctx.traeger.set_index("zkt_id")["slug"]
    out = {}
    for _, j in ctx.pkg["jobcenter"].dropna(subset=["zkt_id"]).iterrows():
        if j["zkt_id"] in slugs.index:
            out[j["jobcenter_id"]] = site.href(page, urls.finanzen_traeger(slugs[j["zkt_id"]]))
    return out


def finance_traeger(ctx: ff.Context) -> list[str]:
    """zkt_ids of the Träger with at least one annex row."""
    with_rows = set(ctx.pkg["jobcenter"].dropna(subset=["zkt_id"]).loc[
        lambda j: j["jobcenter_id"].isin(set(ctx.main["jobcenter_id"])), "zkt_id"])
    return [z for z in ctx.traeger["zkt_id"] if z in with_rows]


def year_list(years: list[int]) -> str:
    return ", ".join(str(y) for y in years[:-1]) + f" und {years[-1]}" if len(years) > 1 \
        else "".join(str(y) for y in years)


def gaps_text(ctx: ff.Context) -> str:
    """Years between the first and last annex without one, as ranges: 2013–2017, 2019–2021."""
    missing = [y for y in ctx.grid if y not in ctx.years]
    ranges: list[list[int]] = []
    for y in missing:
        if ranges and ranges[-1][-1] == y - 1:
            ranges[-1].append(y)
        else:
            ranges.append([y])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in ranges)


# -- overview --------------------------------------------------------------------------------

def group_figure(site: Site, ctx: ff.Context) -> Markup:
    frame = ctx.group[["jahr", "egl", "vk"]].merge(
        ctx.group_elb[["jahr", "zkt"]].rename(columns={"zkt": "elb"}), on="jahr")
    labels = texte()["reihen"]
    last, first = frame.set_index("jahr").loc[ctx.latest], frame.set_index("jahr").loc[
        ctx.years[0]]
    text = grafik("zkt_anteil", erstes=ctx.years[0], letztes=ctx.latest,
                  egl_erstes=pct(first["egl"]), vk_erstes=pct(first["vk"]),
                  elb_erstes=pct(first["elb"]), egl_letztes=pct(last["egl"]),
                  vk_letztes=pct(last["vk"]), elb_letztes=pct(last["elb"]),
                  luecken=gaps_text(ctx))
    chart = partial(charts.comparison_lines, ff.long_series(frame, labels), list(labels.values()),
                    text["achse"], ",.1f", width=470, height=220, zero=False)
    shown = frame[frame["jahr"].isin(ctx.years)]
    return site.chart(
        INDEX, "finanzen-zkt-anteil", chart, shown, text["titel"], text["beschreibung"],
        text["quelle"], spalten("zkt_anteil"),
        quelle_ids=[*dict.fromkeys(ctx.pkg["anlagen"]["quelle_id"]), INKAR, BA, EINWOHNER])


def group_table(ctx: ff.Context) -> Markup:
    """All zkT together, one row per annex year: each kind of money (sum of the zkT rows)
    and the eLb share of the Kreise whose Jobcenter are all zkT."""
    sums = ff.group_sums(ctx.pkg["anteile"])
    names = ctx.pkg["mittelarten"].set_index("mittelart")["mittelart_name"]
    main = {ff.EGL_SINGLE, *ff.EGL_HALVES, ff.VK_SPLIT}
    g = ctx.group.set_index("jahr")
    e = ctx.group_elb.set_index("jahr")
    records = []
    for y in ctx.years:
        part = sums[sums["jahr"] == y].set_index("mittelart")
        others = [f"{names.get(m, m)}: {pct(r['zkt_prozent'])}" for m, r in part.iterrows()
                  if m not in main and m not in ff.WITHIN_LAND and r["zeilen_zkt"] > 0]
        records.append({
            "jahr": y, "zeilen": int(g.loc[y, "zeilen"]), "egl": g.loc[y, "egl"],
            "h1": part["zkt_prozent"].get(ff.EGL_HALVES[0], np.nan),
            "h2": part["zkt_prozent"].get(ff.EGL_HALVES[1], np.nan),
            "vk": g.loc[y, "vk"], "weitere": "; ".join(others) or "–",
            "elb": e.loc[y, "zkt"], "gemischt": e.loc[y, "gemischt"]})
    return Markup(markup.table(records, spalten("zkt_anteile"),
        caption=caption("zkt_anteile"), table_id="zkt-anteile"))


def funding_rows(ctx: ff.Context) -> pd.DataFrame:
    fund = ctx.group_fund.pivot(index="jahr", columns="gruppe",
                                values=["rel_egl", "rel_vk", "elb_prozent"])
    out = pd.DataFrame({"jahr": ctx.years})
    for form, key in ((ff.ZKT, "zkt"), (ff.GE, "ge")):
        for col in ("rel_egl", "rel_vk", "elb_prozent"):
            out[f"{col}_{key}"] = out["jahr"].map(fund[(col, form)])
    out["gemischt"] = out["jahr"].map(ctx.group_elb.set_index("jahr")["gemischt"])
    out["inkar"] = out["jahr"].map(ctx.inkar_years)
    return out


def funding_table(ctx: ff.Context) -> Markup:
    return Markup(markup.table(funding_rows(ctx), spalten("mittel_je_elb"),
        caption=caption("mittel_je_elb"), table_id="mittel-je-elb"))


def quartile_figure(site: Site, ctx: ff.Context) -> Markup:
    frame = ff.quartiles_by_form(ctx.per_jc, ctx.main, "rel_egl", ctx.grid)
    last = frame[frame["jahr"] == ctx.latest].set_index("gruppe")
    text = grafik("je_elb_verteilung", letztes=ctx.latest,
                  anzahl_zkt=int(last.loc[ff.ZKT, "anzahl"]),
                  median_zkt=ratio(last.loc[ff.ZKT, "median"]),
                  anzahl_ge=int(last.loc[ff.GE, "anzahl"]),
                  median_ge=ratio(last.loc[ff.GE, "median"]))
    chart = partial(charts.ranges_by_year, frame, ctx.grid, text["achse"], "Trägerform", ",.2f",
                    colors=FORM_COLORS)
    shown = frame[frame["jahr"].isin(ctx.years)]
    return site.chart(
        INDEX, "finanzen-je-elb-verteilung", chart, shown, text["titel"],
        text["beschreibung"], text["quelle"],
        spalten("je_elb_verteilung"),
        quelle_ids=[INKAR, BA, EINWOHNER])


def estimate_rows(ctx: ff.Context, egl: float, vk: float, fixed_egl: float | None,
                  jahr: int) -> list[dict[str, Any]]:
    """Estimated euros of one share pair in ``jahr`` from the outside totals: the
    Eingliederung in two readings (total with or without the fixed sum), Verwaltung."""
    facts = total_facts().get(jahr, {})
    words = texte()["schaetzung"]
    rows: list[dict[str, Any]] = []
    egl_fact = ctx.fact(facts["egl"]) if "egl" in facts else None
    if egl_fact is not None and pd.notna(egl_fact["wert"]) and pd.notna(egl):
        total = float(egl_fact["wert"])
        fixed_total = fixed_sum(ctx, jahr)
        extra = fixed_egl if fixed_egl is not None and pd.notna(fixed_egl) else 0.0
        if fixed_total:
            rows.append({"art": ff.EGL, "mittel": words["egl"], "lesart": words["mit_fest"],
                         "summe": total, "verteilt": total - fixed_total, "fakt": egl_fact,
                         "fest": extra,
                         "betrag": ff.estimate_euro(egl, total - fixed_total) + extra})
            rows.append({"art": ff.EGL, "mittel": words["egl"], "lesart": words["ohne_fest"],
                         "summe": total, "verteilt": total, "fakt": egl_fact, "fest": extra,
                         "betrag": ff.estimate_euro(egl, total) + extra})
        else:
            rows.append({"art": ff.EGL, "mittel": words["egl"], "lesart": "", "summe": total,
                         "verteilt": total, "fakt": egl_fact, "fest": 0.0,
                         "betrag": ff.estimate_euro(egl, total)})
    vk_fact = ctx.fact(facts["vk"]) if "vk" in facts else None
    if vk_fact is not None and pd.notna(vk_fact["wert"]) and pd.notna(vk):
        total = float(vk_fact["wert"])
        rows.append({"art": ff.VK, "mittel": words["vk"], "lesart": "", "summe": total,
                     "verteilt": total, "fakt": vk_fact, "fest": 0.0,
                     "betrag": ff.estimate_euro(vk, total)})
    return rows


def fixed_sum(ctx: ff.Context, jahr: int) -> float:
    anlagen = ctx.pkg["anlagen"]
    row = anlagen[(anlagen["jahr"] == jahr) & (anlagen["mittelart"] == EGL_FIXED)]
    if row.empty or pd.isna(row["festbetrag_eingliederung_euro"].iloc[0]):
        return 0.0
    return float(row["festbetrag_eingliederung_euro"].iloc[0])


def estimate_table(site: Site, page: str, ctx: ff.Context, rows: list[dict[str, Any]],
                   caption: str, shares: dict[str, float] | None = None) -> Markup:
    records = [{
        "mittel": r["mittel"], "lesart": r["lesart"] or "–",
        "summe": Markup(f"{markup.text(mio(r['summe']))} "
                        f"({ref(site, page, ctx, r['fakt']['quelle_id'])})"),
        "verteilt": mio(r["verteilt"]), "fest": mio(r["fest"]) if r["fest"] else "–",
        "betrag": Markup(f"<strong>{markup.text(wort('geschaetzt', betrag=mio(r['betrag'])))}"
                         "</strong>"),
    } for r in rows]
    return Markup(markup.table(records, spalten("schaetzung"), caption=caption))


def year_estimates(ctx: ff.Context, rows: pd.DataFrame, jahr: int) -> list[dict[str, Any]]:
    """Estimated euros for the annex rows ``rows`` (one Jobcenter or a group) in
    ``jahr``: their summed shares and their fixed amounts of that year."""
    part = rows[rows["jahr"] == jahr]
    if part.empty:
        return []
    fixed = ctx.fixed_by_year.get(jahr)
    fixed = fixed[fixed["jobcenter_id"].isin(set(part["jobcenter_id"]))]
    amount = float(fixed["betrag_eingliederung_euro"].sum()) if len(fixed) else None
    return estimate_rows(ctx, float(part["egl"].sum(min_count=1)),
                         float(part["vk"].sum(min_count=1)), amount, jahr)


def fixed_amount_rows(ctx: ff.Context) -> pd.DataFrame:
    """Sums the Verordnung itself fixes, and what the zkT get of them (exact up to the
    cut decimals, not an estimate)."""
    anteile = ctx.pkg["anteile"]
    names = ctx.pkg["mittelarten"].set_index("mittelart")["mittelart_name"]
    rows = []
    for _, a in ctx.pkg["anlagen"].iterrows():
        for col, label in (("festbetrag_eingliederung_euro", wort("fest_egl")),
                           ("festbetrag_verwaltung_euro", wort("fest_vk"))):
            if pd.isna(a[col]):
                continue
            amount = "betrag_eingliederung_euro" if col.endswith("eingliederung_euro") \
                else "betrag_verwaltung_euro"
            part = anteile[(anteile["jahr"] == a["jahr"]) & (anteile["anlage"] == a["anlage"])]
            zkt = part.loc[part["traegerform"] == ff.ZKT, amount].astype(float)
            rows.append({"jahr": int(a["jahr"]), "anlage": a["anlage"],
                         "mittel": wort("festbetrag", mittel=label,
                                        mittelart=names.get(a["mittelart"], a["mittelart"])),
                         "fest": float(a[col]), "zkt": float(zkt.sum()),
                         "anteil": 100 * float(zkt.sum()) / float(a[col]),
                         "quelle_id": a["quelle_id"]})
    return pd.DataFrame(rows)


def fixed_table(site: Site, ctx: ff.Context) -> Markup:
    rows = fixed_amount_rows(ctx)
    records = [{**r, "fest": mio(r["fest"]), "zkt": mio(r["zkt"]),
                "quelle": ref(site, INDEX, ctx, r["quelle_id"], r["anlage"])}
               for r in rows.to_dict("records")]
    return Markup(markup.table(records, spalten("feste"),
        caption=caption("feste")))


def period_text(value: Any) -> str:
    """«2005/2008» → «2005–2008», «2020-10/2021-09» → «Oktober 2020 – September 2021»."""
    if not isinstance(value, str) or not value:
        return ""
    parts = [format_partial_date(p) for p in value.split("/")]
    if len(parts) == 1:
        return parts[0]
    return "–".join(parts) if all(len(p) == 4 for p in parts) else " – ".join(parts)


def fact_value(f: pd.Series) -> str:
    if pd.notna(f["wert"]):
        return markup.format_number(f["wert"]) + (
            f" {f['einheit']}" if isinstance(f["einheit"], str) else "")
    return str(f["wert_text"]) if isinstance(f["wert_text"], str) else ""


def facts_table(site: Site, page: str, ctx: ff.Context, fakten: pd.DataFrame, caption: str,
                table_id: str) -> Markup:
    records = []
    for _, f in fakten.iterrows():
        note = (f"<br><small>{markup.text(f['hinweis'])}</small>"
                if isinstance(f["hinweis"], str) else "")
        records.append({
            "wer": f["jobcenter_oder_gruppe"],
            "kennzahl": Markup(f"{markup.text(f['kennzahl'])}{note}"), "wert": fact_value(f),
            "zeitraum": period_text(f["zeitraum"]),
            "sicherheit": Markup(markup.badge(f["sicherheit"])),
            "quelle": ref(site, page, ctx, f["quelle_id"])})
    return Markup(markup.table(records, spalten("fakten"), caption=caption, table_id=table_id,
        filterable=len(records) > 10))


def mittelarten_list(ctx: ff.Context) -> list[dict[str, Any]]:
    m = ctx.pkg["mittelarten"]
    m = m.assign(_vk=m["mittelart"].str.startswith("vk")).sort_values(
        ["_vk", "jahr_von", "mittelart"], ascending=[True, True, False])
    return [{"name": r["mittelart_name"], "bezug": r["bezugsgroesse"],
             "recht": r["rechtsgrundlage"],
             "jahre": f"{int(r['jahr_von'])}–{int(r['jahr_bis'])}"
             if r["jahr_von"] != r["jahr_bis"] else str(int(r["jahr_von"])),
             "hinweis": r["hinweis"] if isinstance(r["hinweis"], str) else ""}
            for _, r in m.iterrows()]


def anlagen_table(site: Site, page: str, ctx: ff.Context, years: list[int]) -> Markup:
    anlagen = ctx.pkg["anlagen"]
    names = ctx.pkg["mittelarten"].set_index("mittelart")["mittelart_name"]
    rows = []
    for _, a in anlagen[anlagen["jahr"].isin(years)].sort_values(["jahr", "anlage"]).iterrows():
        fest = [mio(a[c]) for c in ("festbetrag_eingliederung_euro", "festbetrag_verwaltung_euro")
                if pd.notna(a[c])]
        name = markup.text(names.get(a["mittelart"], a["mittelart"]))
        rows.append({"jahr": int(a["jahr"]), "anlage": a["anlage"],
                     "mittel": Markup(f"<strong>{name}</strong><br>{markup.text(wort('bezug'))} "
                                      f"{markup.text(a['bezugsgroesse'])}"),
                     "fest": " und ".join(fest) if fest else "–",
                     "sicherheit": Markup(markup.badge(a["sicherheit"])),
                     "quelle": ref(site, page, ctx, a["quelle_id"],
                                   f"{a['anlage']}; {a['rechtsgrundlage']}")})
    return Markup(markup.table(rows, spalten("anlagen"),
        caption=caption("anlagen"), table_id="anlagen",
        filterable=len(rows) > 10))


def checks_table(ctx: ff.Context) -> Markup:
    p = ctx.pkg["pruefsummen"].sort_values(["jahr", "anlage", "bereich"])
    return Markup(markup.table(p, spalten("pruefsummen"),
        caption=caption("pruefsummen"), table_id="pruefsummen", filterable=True))


def anteile_years(ctx: ff.Context, mittelarten: list[str]) -> set[int]:
    a = ctx.pkg["anteile"]
    return {int(y) for y in a.loc[a["mittelart"].isin(mittelarten), "jahr"].unique()}


def shared_areas(ctx: ff.Context) -> tuple[str, str]:
    """Kreise with several Jobcenter in the latest year («Berlin (12 Jobcenter)»), and
    how many such Kreise each annex year has."""
    k = ctx.per_kreis
    counts = ctx.per_jc.groupby(["jahr", "gebiet_id"])["jobcenter_id"].count()
    kreise_per_area = k.groupby(["jahr", "gebiet_id"])["ags"].count()
    names = ctx.kreise.set_index("ags")["kreis_name"]
    latest = [wort("mehrere_jobcenter", kreis=names.get(g, g), anzahl=n)
              for (j, g), n in counts.items()
              if j == ctx.latest and n > 1 and kreise_per_area.get((j, g), 0) == 1]
    per_year = []
    for y in ctx.years:
        n = sum(1 for (j, g), c in counts.items()
                if j == y and c > 1 and kreise_per_area.get((j, g), 0) == 1)
        per_year.append(f"{y}: {n}")
    return (", ".join(latest) or wort("keine"),
            wort("geteilt_je_jahr", liste=", ".join(per_year)))


def index_page(site: Site, ctx: ff.Context) -> None:
    page = INDEX
    fakten = ctx.pkg["fakten"]
    finance_facts = fakten[fakten["thema"] == "Finanzen"].sort_values("einzelfakt_id")
    first = ctx.years[0]
    estimates = year_estimates(ctx, ctx.main[ctx.main["traegerform"] == ff.ZKT], first)
    fund = funding_rows(ctx).set_index("jahr")
    latest = ctx.group.set_index("jahr").loc[ctx.latest]
    g_elb = ctx.group_elb.set_index("jahr")
    body = site.render(
        "finanzen_index.md.j2", jahre=year_list(ctx.years), luecken=gaps_text(ctx),
        erstes=first, letztes=ctx.latest,
        jahrseiten=Markup(" · ".join(link(site, page, urls.finanzen_year(y), str(y))
                                     for y in ctx.years)),
        alle=site.href(page, ALL_JOBCENTER),
        vergleich=site.href(page, urls.VERGLEICH + "#evaluation"),
        mittelarten=mittelarten_list(ctx), anlagen=anlagen_table(site, page, ctx, ctx.years),
        grafik=group_figure(site, ctx), tabelle=group_table(ctx),
        zkt_egl=pct(latest["egl"]), zkt_vk=pct(latest["vk"]),
        zkt_elb=pct(g_elb.loc[ctx.latest, "zkt"]),
        rel_egl=ratio(fund.loc[ctx.latest, "rel_egl_zkt"]),
        rel_vk=ratio(fund.loc[ctx.latest, "rel_vk_zkt"]),
        gemischt=[{"jahr": y, "anteil": pct(g_elb.loc[y, "gemischt"])} for y in ctx.years
                  if g_elb.loc[y, "gemischt"] > 0],
        inkar=[{"jahr": y, "inkar": ctx.inkar_years.get(y, "–")} for y in ctx.years],
        einzeln=year_list(sorted(int(y) for y in anteile_years(ctx, [ff.EGL_SINGLE]))),
        haelften_ab=min(anteile_years(ctx, list(ff.EGL_HALVES)), default="–"),
        erfassung=[{"art": art, "jahre": year_list(sorted(
            int(y) for y in part["jahr"].unique()))}
            for art, part in ctx.pkg["anlagen"].groupby("erfassung", sort=False)],
        einwohner_stand=ctx.einwohner_stand, stellen=ff.APPROX_DIGITS,
        geteilt=shared_areas(ctx)[0],
        geteilt_frueher=shared_areas(ctx)[1],
        je_elb=funding_table(ctx), verteilung=quartile_figure(site, ctx),
        schaetzung=estimate_table(site, page, ctx, estimates,
                                  caption("schaetzung_alle", jahr=first))
        if estimates else "",
        schaetzung_jahr=first, feste=fixed_table(site, ctx),
        fakten=facts_table(site, page, ctx, finance_facts, caption("finanzfakten"),
                           "finanzfakten"),
        pruefung=checks_table(ctx),
        cites=annex_refs(site, page, ctx), inkar_cite=site.cite(page, INKAR),
        einwohner_cite=site.cite(page, EINWOHNER), ba_cite=site.cite(page, BA),
        zuordnung=site.cite(page, ZUORDNUNG),
        stand=stand_line())
    site.page(page, "Finanzen", body)


# -- one page per annex year ---------------------------------------------------------------

def map_figure(site: Site, page: str, ctx: ff.Context, jahr: int) -> Markup:
    kreise_geo, laender_geo = site.ctx.geometry
    k = ctx.per_kreis[ctx.per_kreis["jahr"] == jahr]
    data = ctx.kreise[["ags", "kreis_name", "land"]].merge(
        k[["ags", "rel_egl", "form", "egl", "elb_prozent"]], on="ags", how="left")
    data["wert"] = data["rel_egl"].astype(float)
    data["ist_zkt"] = (data["form"] == ff.ZKT).astype(bool)
    forms = {ff.ZKT: wort("form_zkt"), ff.GE: wort("form_ge"), ff.MIXED: wort("form_gemischt")}
    data["traeger"] = data["form"].map(forms).fillna(wort("keine_angabe"))
    known = data.dropna(subset=["wert"])
    top, low = known.loc[known["wert"].idxmax()], known.loc[known["wert"].idxmin()]
    several = int((k.groupby("gebiet_id")["ags"].transform("count") > 1).sum())
    text = grafik("karte", kreise=len(data), jahr=jahr, inkar=ctx.inkar_years.get(jahr, "–"),
                  kleinster=ratio(low["wert"]), kleinster_kreis=low["kreis_name"],
                  groesster=ratio(top["wert"]), groesster_kreis=top["kreis_name"],
                  median=ratio(known["wert"].median()), gemeinsam=several)
    chart = partial(charts.indicator_map, kreise_geo, laender_geo,
                    data[["ags", "wert", "ist_zkt", "traeger"]], text["achse"],
                    ",.2f")
    shown = data.assign(traeger_text=data["traeger"])
    figure = site.chart(
        page, f"finanzen-karte-{jahr}", chart,
        shown[["ags", "kreis_name", "traeger_text", "egl", "elb_prozent", "wert"]],
        text["titel"], text["beschreibung"], text["quelle"],
        spalten("karte"),
        quelle_ids=[*annex_ids(ctx, jahr), INKAR, BA, EINWOHNER, BKG])
    return no_search(figure)


def annex_ids(ctx: ff.Context, jahr: int) -> list[str]:
    return list(ctx.annex_sources.get(int(jahr), []))


def coverage_text(ctx: ff.Context, jahr: int) -> pd.Series:
    cover = ff.coverage_in(ctx.pkg["jobcenter_kreise"], jahr)
    return cover.groupby("jobcenter_id")["gebiet"].first()


def year_table(site: Site, page: str, ctx: ff.Context, jahr: int) -> Markup:
    rows = ctx.main[ctx.main["jahr"] == jahr].merge(
        ctx.pkg["jobcenter"][["jobcenter_id", "land"]], on="jobcenter_id", how="left")
    anteile = ctx.pkg["anteile"]
    year_rows = anteile[anteile["jahr"] == jahr]
    extra = [m for m in dict.fromkeys(year_rows.sort_values("anlage")["mittelart"])
             if m not in {ff.EGL_SINGLE, *ff.EGL_HALVES, ff.VK_SPLIT}]
    names = ctx.pkg["mittelarten"].set_index("mittelart")["mittelart_name"]
    anlage_of = year_rows.drop_duplicates("mittelart").set_index("mittelart")["anlage"]
    links = traeger_links(site, page, ctx)
    gebiet = coverage_text(ctx, jahr)
    records = []
    # (jobcenter_id, mittelart) → share and amounts of the year, one pass over its rows
    cells: dict[tuple[str, str], tuple[Any, Any, Any]] = {}
    for key in zip(year_rows["jobcenter_id"], year_rows["mittelart"], year_rows["anteil_prozent"],
                   year_rows["betrag_eingliederung_euro"], year_rows["betrag_verwaltung_euro"],
                   strict=True):
        cells.setdefault(key[:2], key[2:])
    missing = (np.nan, np.nan, np.nan)
    for r in rows.sort_values(["land", "jobcenter_name"]).to_dict("records"):
        name = Markup(markup.link(links[r["jobcenter_id"]], r["jobcenter_name"])) \
            if r["jobcenter_id"] in links else Markup(markup.text(r["jobcenter_name"]))
        rec = {"name": name, "land": r["land"], "form": r["traegerform"],
               "nr": r["traeger_nr"], "h1": r["egl_h1"], "h2": r["egl_h2"], "egl": r["egl"],
               "vk": r["vk"], "rang": r["rang_egl"], "aend": r["aend_egl"],
               "elb": r["elb_prozent"], "rel_egl": r["rel_egl"], "rel_vk": r["rel_vk"],
               "gebiet": gebiet.get(r["jobcenter_id"], "")}
        for m in extra:
            share, egl_eur, vk_eur = cells.get((r["jobcenter_id"], m), missing)
            rec[m], rec[f"{m}_eur"], rec[f"{m}_vk_eur"] = share, egl_eur, vk_eur
        records.append(rec)
    halves = rows["egl_h1"].notna().any()
    cols = spalten("jahr_kopf")
    if halves:
        h1, h2 = (anlage_of.get(h, "") for h in ff.EGL_HALVES)
        cols += spalten("jahr_haelften", h1=h1, h2=h2)
    else:
        cols += spalten("jahr_einzeln", anlage=anlage_of.get(ff.EGL_SINGLE, ""))
    cols += spalten("jahr_vk", anlage=anlage_of.get(ff.VK_SPLIT, ""))
    for m in extra:
        cols += spalten("jahr_weitere", m=m, name=names.get(m, m), anlage=anlage_of[m])
        if year_rows.loc[year_rows["mittelart"] == m, "betrag_eingliederung_euro"].notna().any():
            cols += spalten("jahr_weitere_egl_euro", m=m)
        if year_rows.loc[year_rows["mittelart"] == m, "betrag_verwaltung_euro"].notna().any():
            cols += spalten("jahr_weitere_vk_euro", m=m)
    cols += spalten("jahr_rang")
    prev = rows["vorjahr"].dropna()
    if len(prev):
        cols += spalten("jahr_aenderung", vorjahr=int(prev.iloc[0]))
    cols += spalten("jahr_fuss")
    return Markup(markup.table(records, cols, caption=caption("jahr", anzahl=len(records),
                                                              jahr=jahr),
                               table_id="jobcenter-tabelle", filterable=True,
                               searchable=False))


def year_page_of(site: Site, jahr: int) -> None:
    year_page(site, context(site), jahr)


def year_page(site: Site, ctx: ff.Context, jahr: int) -> None:
    page = urls.finanzen_year(jahr)
    rows = ctx.main[ctx.main["jahr"] == jahr]
    g = ctx.group.set_index("jahr").loc[jahr]
    fund = funding_rows(ctx).set_index("jahr").loc[jahr]
    anlagen = ctx.pkg["anlagen"][ctx.pkg["anlagen"]["jahr"] == jahr]
    i = ctx.years.index(jahr)
    body = site.render(
        "finanzen_jahr.md.j2", jahr=jahr, anzahl=len(rows),
        zkt=int((rows["traegerform"] == ff.ZKT).sum()),
        ge=int((rows["traegerform"] == ff.GE).sum()),
        zkt_egl=pct(g["egl"]), zkt_vk=pct(g["vk"]),
        zkt_elb=pct(ctx.group_elb.set_index("jahr").loc[jahr, "zkt"]),
        rel_egl=ratio(fund["rel_egl_zkt"]), rel_vk=ratio(fund["rel_vk_zkt"]),
        rel_egl_ge=ratio(fund["rel_egl_ge"]), rel_vk_ge=ratio(fund["rel_vk_ge"]),
        inkar=ctx.inkar_years.get(jahr, "–"), einwohner_stand=ctx.einwohner_stand,
        von_hand=bool((anlagen["erfassung"] == "von Hand übertragen").any()),
        haelften=bool(rows["egl_h1"].notna().any()),
        mit_veraenderung=bool(rows["vorjahr"].notna().any()),
        vorjahr=ctx.years[i - 1] if i > 0 else None,
        anlagen=anlagen_table(site, page, ctx, [jahr]),
        karte=map_figure(site, page, ctx, jahr), tabelle=year_table(site, page, ctx, jahr),
        uebersicht=site.href(page, INDEX), alle=site.href(page, ALL_JOBCENTER),
        andere=Markup(" · ".join(link(site, page, urls.finanzen_year(y), str(y)) for y in ctx.years
                                 if y != jahr)),
        cites=annex_refs(site, page, ctx, [jahr]), inkar_cite=site.cite(page, INKAR),
        einwohner_cite=site.cite(page, EINWOHNER), ba_cite=site.cite(page, BA),
        zuordnung=site.cite(page, ZUORDNUNG),
        stand=stand_line())
    site.page(page, f"Finanzen {jahr}", body)


# -- all Jobcenter over the years ----------------------------------------------------------

def wide_table(site: Site, page: str, ctx: ff.Context, column: str, label: str,
               table_id: str) -> Markup:
    order = ctx.pkg["jobcenter"].set_index("jobcenter_id").sort_values(
        ["land", "jobcenter_name"])
    # a row per Jobcenter in that order, a column per year; NaN where there is no value
    wide = ctx.main.pivot(index="jobcenter_id", columns="jahr", values=column).reindex(
        index=order.index, columns=ctx.years)
    links = traeger_links(site, page, ctx)
    first, prev, last = ctx.years[0], ctx.years[-2] if len(ctx.years) > 1 else None, ctx.latest
    changes = {"lang": ((wide[last] / wide[first] - 1) * 100).to_numpy()}
    if prev is not None:
        changes = {"kurz": ((wide[last] / wide[prev] - 1) * 100).to_numpy(), **changes}
    values = wide.to_numpy()
    records = []
    for n, (jc_id, name, land, form) in enumerate(zip(
            order.index, order["jobcenter_name"], order["land"], order["traegerform_zuletzt"],
            strict=True)):
        rec: dict[str, Any] = {
            "name": Markup(markup.link(links[jc_id], name)) if jc_id in links
            else Markup(markup.text(name)), "land": land, "form": form}
        rec.update(zip(map(str, ctx.years), values[n], strict=True))
        rec.update((key, change[n]) for key, change in changes.items())
        records.append(rec)
    cols = spalten("breit_kopf")
    cols += [c for y in ctx.years for c in spalten("breit_jahr", jahr=y)]
    if prev is not None:
        cols += spalten("breit_aenderung", spalte="kurz", von=prev, bis=last)
    cols += spalten("breit_aenderung", spalte="lang", von=first, bis=last)
    return Markup(markup.table(records, cols,
                               caption=caption("breit", mittel=label, anzahl=len(records)),
                               table_id=table_id, filterable=True, searchable=False))


def all_jobcenter_page(site: Site, ctx: ff.Context) -> None:
    page = ALL_JOBCENTER
    body = site.render(
        "finanzen_jobcenter.md.j2", anzahl=len(ctx.pkg["jobcenter"]),
        jahre=year_list(ctx.years), erstes=ctx.years[0], letztes=ctx.latest,
        vorletztes=ctx.years[-2] if len(ctx.years) > 1 else None,
        egl=wide_table(site, page, ctx, "egl", caption("breit_egl"), "anteile-egl"),
        vk=wide_table(site, page, ctx, "vk", caption("breit_vk"), "anteile-vk"),
        uebersicht=site.href(page, INDEX),
        jahrseiten=Markup(" · ".join(link(site, page, urls.finanzen_year(y), str(y))
                                     for y in ctx.years)),
        cites=annex_refs(site, page, ctx), zuordnung=site.cite(page, ZUORDNUNG),
        stand=stand_line())
    site.page(page, "Finanzen: alle Jobcenter", body)


# -- one Träger ------------------------------------------------------------------------------

@dataclass
class TraegerFinance:
    rows: pd.DataFrame  # annex rows of its Jobcenter (with ranks, changes, funding)
    series: pd.DataFrame  # on the grid
    latest: int | None  # latest annex year with a row
    funding_year: int | None  # latest annex year with money per eLb
    medians: pd.DataFrame  # funding medians in funding_year
    land: str


def traeger_finance(ctx: ff.Context, t: pd.Series) -> TraegerFinance:
    rows = ctx.rows_by_zkt.get(t["zkt_id"])
    series = ff.traeger_series(rows, ctx.grid, ctx.funding) if len(rows) \
        else pd.DataFrame(columns=["jahr", "egl", "vk", "elb_prozent", "rel_egl", "rel_vk",
                                   "zeilen"])
    latest = int(rows["jahr"].max()) if len(rows) else None
    with_rel = series.dropna(subset=["rel_egl"])
    funding_year = int(with_rel["jahr"].max()) if len(with_rel) else None
    medians = ctx.medians_by_year.get(funding_year) if funding_year else None
    if medians is None:
        medians = ff.funding_medians(ctx.per_jc, ctx.main, ctx.pkg["jobcenter"], funding_year) \
            if funding_year else pd.DataFrame(columns=["gruppe", "art", "rel_egl", "rel_vk",
                                                       "anzahl"])
    return TraegerFinance(rows, series, latest, funding_year, medians, str(t["land"]))


def comparison(tf: TraegerFinance) -> dict[str, Any] | None:
    """Money per eLb of the Träger beside the medians of zkT, gE and its Land."""
    if tf.funding_year is None:
        return None
    own = tf.series.set_index("jahr").loc[tf.funding_year]
    med = tf.medians.set_index(["art", "gruppe"])

    def at(art: str, gruppe: str, col: str) -> float:
        return float(med.loc[(art, gruppe), col]) if (art, gruppe) in med.index else np.nan

    return {"jahr": tf.funding_year, "egl": own["rel_egl"], "vk": own["rel_vk"],
            "zkt_egl": at("form", ff.ZKT, "rel_egl"), "zkt_vk": at("form", ff.ZKT, "rel_vk"),
            "ge_egl": at("form", ff.GE, "rel_egl"), "ge_vk": at("form", ff.GE, "rel_vk"),
            "land_egl": at("land", tf.land, "rel_egl"), "land_vk": at("land", tf.land, "rel_vk"),
            "land": tf.land}


def rank_of(tf: TraegerFinance) -> dict[str, Any] | None:
    """Rank in the latest annex year, where the Träger is one row."""
    if tf.latest is None:
        return None
    last = tf.rows[tf.rows["jahr"] == tf.latest]
    if len(last) != 1:
        return None
    r = last.iloc[0]
    return {"jahr": tf.latest, "egl": int(r["rang_egl"]), "vk": int(r["rang_vk"]),
            "anzahl": int(r["anzahl_egl"])}


def organisation(site: Site, page: str, ctx: ff.Context, zkt_id: str) -> list[dict[str, Any]]:
    f = ctx.facts_by_zkt.get(zkt_id)
    rows = f[f["thema"] == ORGANISATION]
    return [{"wert": r["wert_text"], "zeitraum": period_text(r["zeitraum"])
             or wort("zeitpunkt_unbekannt"), "hinweis": r["hinweis"],
             "sicherheit": Markup(markup.badge(r["sicherheit"])),
             "quelle": ref(site, page, ctx, r["quelle_id"])} for _, r in rows.iterrows()]


def budget_comparison(site: Site, page: str, ctx: ff.Context, t: pd.Series,
                      tf: TraegerFinance) -> list[dict[str, Any]]:
    """A budget the Jobcenter's own document names beside the estimate from its share."""
    fakten = site.packages.get("programme", {}).get("fakten")
    if fakten is None:
        return []
    out = []
    chosen = budget_facts()
    words = texte()["schaetzung"]
    mine = fakten[fakten["fakt_id"].isin(list(chosen)) & (fakten["ags"] == t["ags"])]
    for _, f in mine.iterrows():
        kind, jahr = chosen[f["fakt_id"]]
        row = tf.rows[tf.rows["jahr"] == jahr]
        if row.empty or pd.isna(f["wert"]):
            continue
        estimates = [e for e in year_estimates(ctx, tf.rows, jahr) if e["art"] == kind]
        for e in estimates:
            out.append({
                "jahr": jahr, "mittel": words["vk_kurz" if kind == ff.VK else "egl"],
                "kennzahl": f["kennzahl"], "geschaetzt": e["mittel"], "lesart": e["lesart"],
                "dokument": euro(f["wert"]), "art": f["wert_art"],
                "dokument_quelle": ref(site, page, ctx, f["quelle_id"], f["fundstelle"]),
                "dokument_link": site.cite(page, f["quelle_id"]),
                "schaetzung": e["betrag"], "summe": e["summe"],
                "summe_quelle": ref(site, page, ctx, e["fakt"]["quelle_id"]),
                "differenz": (float(f["wert"]) / e["betrag"] - 1) * 100,
                "anteil": pct(float(row[kind].sum()), 4)})
    return out


def traeger_figure(site: Site, page: str, ctx: ff.Context, t: pd.Series,
                   tf: TraegerFinance) -> Markup:
    frame = tf.series.rename(columns={"elb_prozent": "elb"})
    names = texte()["reihen"]
    chart_data = ff.long_series(frame, names)
    labels = list(names.values())
    if frame["elb"].isna().all():
        chart_data = chart_data[chart_data["reihe"] != names["elb"]]
        labels = labels[:2]
    known = frame.dropna(subset=["egl"])
    first, last = known.iloc[0], known.iloc[-1]
    elb = texte()["grafiken"]["traeger"]["elb"] if len(labels) > 2 else ""
    text = grafik("traeger", name=t["name"], elb=elb, erstes=int(first["jahr"]),
                  egl_erstes=pct(first["egl"], 4), vk_erstes=pct(first["vk"], 4),
                  letztes=int(last["jahr"]), egl_letztes=pct(last["egl"], 4),
                  vk_letztes=pct(last["vk"], 4))
    chart = partial(charts.comparison_lines, chart_data, labels, text["achse"], ",.3f",
                    width=470, height=200, zero=False)
    shown = frame[frame["jahr"].isin(tf.rows["jahr"])][["jahr", "egl", "vk", "elb"]]
    return site.chart(
        page, f"finanzen-{t['slug']}", chart, shown, text["titel"], text["beschreibung"],
        text["quelle"], spalten("traeger"),
        quelle_ids=[*dict.fromkeys(q for y in tf.rows["jahr"].unique()
                                   for q in annex_ids(ctx, int(y))), INKAR, BA])


def traeger_table(ctx: ff.Context, tf: TraegerFinance) -> Markup:
    records = [{
        "jahr": int(r["jahr"]), "form": r["traegerform"], "egl": r["egl"], "vk": r["vk"],
        "rang": f"{int(r['rang_egl'])} von {int(r['anzahl_egl'])}"
        if pd.notna(r["rang_egl"]) else "", "aend": r["aend_egl"],
        "elb": r["elb_prozent"], "rel_egl": r["rel_egl"], "rel_vk": r["rel_vk"]}
        for _, r in tf.rows.sort_values(["jahr", "jobcenter_id"]).iterrows()]
    return Markup(markup.table(records, spalten("jahre"),
        caption=caption("jahre"), table_id="finanzen-jahre", searchable=False))


def traeger_sources(site: Site, page: str, ctx: ff.Context, tf: TraegerFinance) -> Markup:
    """Where each year's values stand: name and number as printed, Anlagen, source."""
    records = []
    for r in tf.rows.sort_values(["jahr", "jobcenter_id"]).to_dict("records"):
        src = ctx.sources_by_jc_year.get((r["jobcenter_id"], r["jahr"]))
        if src.empty:
            continue
        locator = "; ".join(dict.fromkeys(
            anlage + (f" ({fundstelle})" if isinstance(fundstelle, str) else "")
            for anlage, fundstelle in zip(src["anlage"], src["fundstelle"], strict=True)))
        records.append({
            "jahr": int(r["jahr"]), "name": r["jobcenter_name"], "nr": r["traeger_nr"],
            "erfassung": src["erfassung"].iloc[0],
            "sicherheit": Markup(markup.badge(src["sicherheit"].iloc[0])),
            "quelle": ref(site, page, ctx, src["quelle_id"].iloc[0], locator)})
    return Markup(markup.table(records, spalten("fundstellen"),
        caption=caption("fundstellen"), table_id="finanzen-fundstellen"))


def comparison_table(comp: dict[str, Any], name: str) -> Markup:
    rows = [{"wer": name, "egl": comp["egl"], "vk": comp["vk"]},
            {"wer": wort("median_zkt"), "egl": comp["zkt_egl"], "vk": comp["zkt_vk"]},
            {"wer": wort("median_ge"), "egl": comp["ge_egl"], "vk": comp["ge_vk"]},
            {"wer": wort("median_land", land=comp["land"]), "egl": comp["land_egl"],
             "vk": comp["land_vk"]}]
    return Markup(markup.table(rows, spalten("vergleich"),
        caption=caption("vergleich", jahr=comp["jahr"]), searchable=False))


def other_facts(ctx: ff.Context, zkt_id: str) -> pd.DataFrame:
    f = ctx.facts_by_zkt.get(zkt_id)
    return f[f["thema"] != ORGANISATION]


def traeger_page_of(site: Site, zkt_id: str) -> None:
    ctx = context(site)
    traeger_page(site, ctx, ctx.traeger[ctx.traeger["zkt_id"] == zkt_id].iloc[0])


def traeger_page(site: Site, ctx: ff.Context, t: pd.Series) -> None:
    page = urls.finanzen_traeger(t["slug"])
    tf = traeger_finance(ctx, t)
    comp = comparison(tf)
    first = int(tf.rows["jahr"].min())
    estimates = year_estimates(ctx, tf.rows, first)
    facts = other_facts(ctx, t["zkt_id"])
    jobcenter = ctx.jobcenter_of(t["zkt_id"])
    body = site.render(
        "finanzen_traeger.md.j2", t=t, profil=site.href(page, urls.profile(t["slug"])),
        uebersicht=site.href(page, INDEX), alle=site.href(page, ALL_JOBCENTER),
        jahre=year_list(sorted(int(y) for y in tf.rows["jahr"].unique())),
        alle_jahre=year_list(ctx.years), luecken=gaps_text(ctx),
        jobcenter=[{"id": j["jobcenter_id"], "name": j["jobcenter_name"],
                    "nummern": j["traeger_nummern"].replace(";", ", "),
                    "von": int(j["jahr_von"]), "bis": int(j["jahr_bis"])}
                   for _, j in jobcenter.iterrows()],
        mehrzeilig=[int(y) for y, n in tf.rows.groupby("jahr").size().items() if n > 1],
        grafik=traeger_figure(site, page, ctx, t, tf), tabelle=traeger_table(ctx, tf),
        fundstellen=traeger_sources(site, page, ctx, tf),
        rang=rank_of(tf), vergleich=comparison_table(comp, str(t["name"])) if comp else "",
        comp=comp, inkar=ctx.inkar_years.get(comp["jahr"], "–") if comp else "–",
        schaetzung=estimate_table(site, page, ctx, estimates,
                                  caption("schaetzung_traeger", name=t["name"], jahr=first))
        if estimates else "", schaetzung_jahr=first,
        budget=budget_comparison(site, page, ctx, t, tf), mio=mio, abweichung=deviation,
        organisation=organisation(site, page, ctx, t["zkt_id"]),
        fakten=facts_table(site, page, ctx, facts, caption("traeger_fakten"),
                           "traeger-fakten") if len(facts) else "",
        einwohner_stand=ctx.einwohner_stand, inkar_cite=site.cite(page, INKAR),
        einwohner_cite=site.cite(page, EINWOHNER), zuordnung=site.cite(page, ZUORDNUNG),
        stand=stand_line())
    site.page(page, f"Finanzen: {t['name']}", body)


# -- profile section -------------------------------------------------------------------------

def short_estimates(rows: list[dict[str, Any]]) -> list[dict[str, str]]:
    """One entry per kind of money: «11,29 oder 12,32 Mio. €» when two readings of the
    total exist (the profile names them; the finance page explains them)."""
    out: dict[str, list[float]] = {}
    for r in rows:
        out.setdefault(r["mittel"], []).append(r["betrag"])
    return [{"mittel": m, "betrag": wort("mio", zahl=wort("oder").join(
        markup.format_number(v / 1e6, 2) for v in values)),
             "lesarten": len(values) > 1} for m, values in out.items()]


def profile_section(site: Site, page: str, t: pd.Series) -> str:
    """A compact block: shares per annex year, rank, money per eLb against the medians,
    organisation form, a documented budget; the chart is on the Träger's finance page
    (a profile page must stay within its page weight)."""
    if not has_data(site):
        return ""
    ctx = context(site)
    tf = traeger_finance(ctx, t)
    if tf.rows.empty:
        return site.render("finanzen_profil.md.j2", t=t, leer=True, alle_jahre=year_list(
            ctx.years), uebersicht=site.href(page, INDEX), organisation=organisation(
            site, page, ctx, t["zkt_id"]))
    per_year = tf.series.dropna(subset=["egl"])
    # rounded as shown, so the sort keys stay short (the page weight counts every byte)
    shown = pd.DataFrame({"jahr": per_year["jahr"].astype(int),
                          "egl": per_year["egl"].round(4), "vk": per_year["vk"].round(4)})
    table = markup.table(shown, spalten("profil"),
        caption=caption("profil"), searchable=False)
    budget = budget_comparison(site, page, ctx, t, tf)
    first = int(per_year["jahr"].iloc[0])
    estimates = [] if budget else short_estimates(year_estimates(ctx, tf.rows, first))
    return site.render(
        "finanzen_profil.md.j2", t=t, leer=False, tabelle=Markup(table), rang=rank_of(tf),
        comp=comparison(tf), budget=budget, ratio=ratio, mio=mio,
        organisation=organisation(site, page, ctx, t["zkt_id"]),
        schaetzung=estimates, schaetzung_jahr=first,
        seite=site.href(page, urls.finanzen_traeger(t["slug"])), uebersicht=site.href(page, INDEX),
        jahre=cited_years(site, page, ctx, [int(y) for y in per_year["jahr"]]))


# -- Vergleich page: the § 6c evaluation ---------------------------------------------------

def evaluation_section(site: Site, page: str) -> Markup:
    """The facts on the § 6c SGB II evaluation, with full citations (for the Vergleich
    page of the statistics); empty without the finanzen package."""
    if not has_data(site):
        return Markup("")
    ctx = context(site)
    f = ctx.pkg["fakten"]
    rows = f[f["thema"] == EVALUATION].sort_values("einzelfakt_id")
    if rows.empty:
        return Markup("")
    facts = [{"kennzahl": r["kennzahl"], "wert": fact_value(r),
              "zeitraum": period_text(r["zeitraum"]),
              "hinweis": r["hinweis"] if isinstance(r["hinweis"], str) else "",
              "sicherheit": Markup(markup.badge(r["sicherheit"])),
              "quelle": full_ref(site, page, ctx, r["quelle_id"])} for _, r in rows.iterrows()]
    return Markup(site.render("finanzen_evaluation.md.j2", anzahl=len(facts), fakten=facts,
                              finanzen=site.href(page, INDEX)))


def generate(site: Site) -> None:
    if not has_data(site):
        return
    ctx = context(site)
    map_pages(site, year_page_of, ctx.years)  # handed out first: the workers start on them
    map_pages(site, traeger_page_of, finance_traeger(ctx))
    index_page(site, ctx)
    all_jobcenter_page(site, ctx)
