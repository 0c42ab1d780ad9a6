"""Pure DataFrame functions behind the Finanzen pages: shares of the federal money per
Jobcenter and year (EinglMV), the zkT group's share, an approximate share of the
erwerbsfähige Leistungsberechtigte (eLb) per Kreis, and money per eLb relative to the
national average. No files, no charts, no HTML.

Conventions: ``anteile`` is finanzen.anteile (one row per year × Anlage × Jobcenter,
shares in percent as printed). Years without an annex in the data stay missing (NaN)
on every year grid – nothing here fills a gap or draws a line through it.

Money per eLb ("relative funding") = share of the money ÷ share of the eLb. 1.0 means
the Jobcenter gets exactly its eLb share, 1.1 ten per cent more per eLb than the
average of all Jobcenter. It is computed for *areas*: the Kreise and Jobcenter linked
by finanzen.jobcenter_kreise in a year, grouped into connected sets. A Jobcenter that
covers one or several whole Kreise is an area by itself; the twelve Berlin Jobcenter
together with Berlin form one area. Only a Jobcenter alone in its area gets a value of
its own, because the eLb statistics exist per Kreis, not per part of a Kreis.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from kommunale_jobcenter import markup
from kommunale_jobcenter.groups import Groups, group_rows

ZKT, GE, MIXED = "zkT", "gE", "gemischt"
EGL, VK = "egl", "vk"  # the two main kinds of money, as columns of main_shares()
EGL_SINGLE = "egl"  # one distribution of the Eingliederungsmittel (2012, 2018)
EGL_HALVES = ("egl-haelfte-1", "egl-haelfte-2")  # two equal halves (from 2022)
VK_SPLIT = "vk-zkt-ba"  # Verwaltungsmittel split between each zkT and the BA
EGL_FIXED = "egl-16e"  # 2012: a fixed sum beside the main Eingliederungsmittel
WITHIN_LAND = ("egl-hochwasser-2021",)  # shares within one Land: never summed over Länder
ELB_INDICATORS = ("q_PBG_bev", "a_ewfBG")  # persons in BG per 1,000 inh.; eLb share of them
# Significant digits kept of the eLb shares and of what is derived from them (money per
# eLb, its medians and quartiles). They are an approximation, and further digits are
# only noise that travels: one more inhabitant in one Kreis moves every Kreis's share in
# the 9th digit (the shares divide by the national sum), which would change every
# Träger's chart data and downloads while no figure shown changes. Pages show at most 4
# decimals of a share (seiten.yaml), so 6 digits lose nothing a visitor reads.
APPROX_DIGITS = 6


# -- shares ------------------------------------------------------------------------------

def annex_years(anteile: pd.DataFrame) -> list[int]:
    return sorted(int(y) for y in anteile["jahr"].dropna().unique())


def year_grid(years: Iterable[int]) -> list[int]:
    """Every calendar year from the first to the last annex year (gaps included)."""
    years = list(years)
    return list(range(min(years), max(years) + 1)) if years else []


def main_shares(anteile: pd.DataFrame) -> pd.DataFrame:
    """One row per year × Jobcenter: jahr, jobcenter_id, jobcenter_name, traeger_nr,
    traegerform, egl (share of all Eingliederungsmittel of the main distribution; from
    2022 the mean of the two equal halves, missing if a half is missing), egl_h1, egl_h2
    (the printed halves) and vk (share of the Verwaltungsmittel split zkT/BA)."""
    keys = ["jahr", "jobcenter_id"]
    wide = anteile.pivot_table(index=keys, columns="mittelart", values="anteil_prozent",
                               aggfunc="first")
    wide = wide.reindex(columns=sorted({EGL_SINGLE, *EGL_HALVES, VK_SPLIT} | set(wide.columns)))
    halves = wide[list(EGL_HALVES)]
    egl = wide[EGL_SINGLE].astype(float)
    both = halves.notna().all(axis=1)
    egl = egl.where(egl.notna(), halves.mean(axis=1).where(both))
    out = pd.DataFrame({"egl": egl, "egl_h1": wide[EGL_HALVES[0]].astype(float),
                        "egl_h2": wide[EGL_HALVES[1]].astype(float),
                        "vk": wide[VK_SPLIT].astype(float)}).reset_index()
    first = (anteile.sort_values(["jahr", "anlage"])
             .drop_duplicates(keys)[[*keys, "jobcenter_name", "traeger_nr", "traegerform"]])
    out = out.merge(first, on=keys, how="left")
    out["jahr"] = out["jahr"].astype(int)
    return out[["jahr", "jobcenter_id", "jobcenter_name", "traeger_nr", "traegerform",
                "egl", "egl_h1", "egl_h2", "vk"]].sort_values(keys).reset_index(drop=True)


def group_sums(anteile: pd.DataFrame) -> pd.DataFrame:
    """Per year × Anlage × Mittelart: rows and sum of the shares of the zkT rows, of the
    gE rows and of all rows (columns jahr, anlage, mittelart, zeilen_zkt, zeilen_ge,
    zkt_prozent, ge_prozent, summe_prozent)."""
    keys = ["jahr", "anlage", "mittelart"]
    rows = []
    for key, part in anteile.groupby(keys, sort=True):
        zkt = part.loc[part["traegerform"] == ZKT, "anteil_prozent"]
        ge = part.loc[part["traegerform"] == GE, "anteil_prozent"]
        rows.append(dict(zip(keys, key, strict=True), zeilen_zkt=len(zkt), zeilen_ge=len(ge),
                         zkt_prozent=float(zkt.sum()), ge_prozent=float(ge.sum()),
                         summe_prozent=float(part["anteil_prozent"].sum())))
    out = pd.DataFrame(rows)
    out["jahr"] = out["jahr"].astype(int)
    return out


def zkt_group_series(main: pd.DataFrame, years: Sequence[int]) -> pd.DataFrame:
    """Share of all zkT together per year on the full grid ``years``: jahr, egl, vk (sum
    of the zkT rows; NaN in a year without annex), zeilen (zkT rows)."""
    zkt = main[main["traegerform"] == ZKT]
    agg = zkt.groupby("jahr").agg(egl=("egl", lambda s: s.sum(min_count=1)),
                                  vk=("vk", lambda s: s.sum(min_count=1)),
                                  zeilen=("jobcenter_id", "count"))
    agg = agg.reindex(list(years))
    return pd.DataFrame({"jahr": list(years), "egl": agg["egl"].to_numpy(dtype=float),
                         "vk": agg["vk"].to_numpy(dtype=float),
                         "zeilen": agg["zeilen"].fillna(0).astype(int).to_numpy()})


def add_ranks(main: pd.DataFrame) -> pd.DataFrame:
    """Rank of each Jobcenter within its year by share (1 = largest), for egl and vk,
    and the number of Jobcenter ranked (rang_egl, rang_vk, anzahl_egl, anzahl_vk)."""
    out = main.copy()
    for col in (EGL, VK):
        out[f"rang_{col}"] = out.groupby("jahr")[col].rank(ascending=False, method="min")
        out[f"anzahl_{col}"] = out.groupby("jahr")[col].transform("count")
    return out


def add_changes(main: pd.DataFrame) -> pd.DataFrame:
    """Change of each share against the previous annex year (``vorjahr``), in per cent
    of the earlier share (aend_egl, aend_vk); NaN where the Jobcenter is not in the
    earlier annex."""
    years = annex_years(main)
    previous = dict(zip(years[1:], years[:-1], strict=False))
    out = main.copy()
    out["vorjahr"] = out["jahr"].map(previous).astype("Int64")
    keys = list(zip(out["vorjahr"], out["jobcenter_id"], strict=True))
    for col in (EGL, VK):
        # (jahr, jobcenter_id) is a key of main: one value each, looked up in a dict
        before = dict(zip(zip(main["jahr"], main["jobcenter_id"], strict=True), main[col],
                          strict=True))
        earlier = pd.Series([before.get(k, np.nan) if pd.notna(k[0]) else np.nan
                             for k in keys], index=out.index, dtype=float)
        out[f"aend_{col}"] = (out[col] / earlier - 1) * 100
    return out


def series_on_grid(frame: pd.DataFrame, years: Sequence[int],
                   columns: Sequence[str]) -> pd.DataFrame:
    """``frame`` (one row per jahr) reindexed to every year of ``years``; a year without
    a row gets NaN in every column (a gap, never 0)."""
    grid = frame.set_index("jahr").reindex(list(years))
    out = pd.DataFrame({"jahr": list(years)})
    for col in columns:
        out[col] = grid[col].to_numpy(dtype=float)
    return out


def long_series(frame: pd.DataFrame, labels: dict[str, str]) -> pd.DataFrame:
    """Wide jahr/column frame → long jahr, reihe, wert for a line chart (NaN kept)."""
    parts = [pd.DataFrame({"jahr": frame["jahr"].to_numpy(), "reihe": label,
                           "wert": frame[col].to_numpy(dtype=float)})
             for col, label in labels.items()]
    return pd.concat(parts, ignore_index=True)


# -- eLb approximation -------------------------------------------------------------------

def approx(values: Any) -> Any:
    """``values`` (a number, Series or array) rounded to ``APPROX_DIGITS`` significant
    digits; NaN stays NaN. A Series keeps its index."""
    def one(v: float) -> float:
        return float(f"{v:.{APPROX_DIGITS}g}") if np.isfinite(v) else v

    if isinstance(values, pd.Series):
        return pd.Series([one(v) for v in values.to_numpy(dtype=float)], index=values.index,
                         name=values.name, dtype=float)
    if np.ndim(values) == 0:
        return one(float(values))
    array = np.asarray(values, dtype=float)
    return np.array([one(v) for v in array.ravel()], dtype=float).reshape(array.shape)


def elb_estimate(werte: pd.DataFrame, kreise: pd.DataFrame) -> pd.DataFrame:
    """Approximate number of eLb per Kreis and INKAR year: Einwohner (kreise.csv, one
    reference date) × persons in Bedarfsgemeinschaften per 1,000 inhabitants ÷ 1,000 ×
    eLb share of the Leistungsberechtigten ÷ 100. Columns ags, inkar_jahr, elb; a Kreis
    without one of the values has no row."""
    rows = werte[werte["indikator_id"].isin(ELB_INDICATORS) &
                 (werte["region_id"].str.len() == 5)]
    wide = rows.pivot_table(index=["region_id", "jahr"], columns="indikator_id",
                            values="wert", aggfunc="first").reset_index()
    if not set(ELB_INDICATORS) <= set(wide.columns):
        return pd.DataFrame(columns=["ags", "inkar_jahr", "elb"])
    einwohner = kreise.set_index("ags")["einwohner_anzahl"].astype(float)
    wide["elb"] = (wide["region_id"].map(einwohner) * wide[ELB_INDICATORS[0]] / 1000
                   * wide[ELB_INDICATORS[1]] / 100)
    out = wide.rename(columns={"region_id": "ags", "jahr": "inkar_jahr"})
    out = out.dropna(subset=["elb"])[["ags", "inkar_jahr", "elb"]]
    out["inkar_jahr"] = out["inkar_jahr"].astype(int)
    return out.reset_index(drop=True)


def inkar_year_for(jahr: int, available: Iterable[int]) -> int | None:
    """The INKAR year used for an EinglMV year: the year before it, or the latest year
    INKAR has if that is earlier; None if INKAR has no year before ``jahr``."""
    earlier = [int(y) for y in available if int(y) <= jahr - 1]
    return max(earlier) if earlier else None


def elb_shares(elb: pd.DataFrame, years: Sequence[int]) -> pd.DataFrame:
    """Per EinglMV year and Kreis: jahr, inkar_jahr, ags, elb, elb_prozent (the Kreis's
    share of all Kreise with a value in that INKAR year)."""
    available = sorted(set(elb["inkar_jahr"]))
    frames = []
    for jahr in years:
        inkar = inkar_year_for(jahr, available)
        if inkar is None:
            continue
        part = elb[elb["inkar_jahr"] == inkar].copy()
        part["elb_prozent"] = approx(100 * part["elb"] / part["elb"].sum())
        frames.append(part.assign(jahr=int(jahr)))
    if not frames:
        return pd.DataFrame(columns=["jahr", "inkar_jahr", "ags", "elb", "elb_prozent"])
    return pd.concat(frames, ignore_index=True)[
        ["jahr", "inkar_jahr", "ags", "elb", "elb_prozent"]]


# -- areas and money per eLb -------------------------------------------------------------

def coverage_in(jobcenter_kreise: pd.DataFrame, jahr: int) -> pd.DataFrame:
    """The rows of jobcenter_kreise valid in ``jahr``: jobcenter_id, ags, gebiet."""
    valid = (jobcenter_kreise["jahr_von"] <= jahr) & (jobcenter_kreise["jahr_bis"] >= jahr)
    return jobcenter_kreise.loc[valid, ["jobcenter_id", "ags", "gebiet"]].reset_index(drop=True)


def areas(coverage: pd.DataFrame) -> pd.DataFrame:
    """Connected sets of Jobcenter and Kreise (a Jobcenter covering several Kreise links
    them; several Jobcenter in one Kreis are linked by it). Returns coverage with a
    column ``gebiet_id`` (the smallest Kreis key of the set)."""
    parent: dict[str, str] = {}

    def find(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for jc, ags in zip(coverage["jobcenter_id"], coverage["ags"], strict=True):
        a, b = find("J" + jc), find("K" + ags)
        if a != b:
            parent[max(a, b)] = min(a, b)
    out = coverage.copy()
    roots = [find("K" + a) for a in out["ags"]]
    smallest: dict[str, str] = {}  # per set, its smallest Kreis key (plain loop: pandas
    for root, ags in zip(roots, out["ags"], strict=True):  # groups strings in Python)
        if root not in smallest or ags < smallest[root]:
            smallest[root] = ags
    out["gebiet_id"] = [smallest[root] for root in roots]
    return out


def _complete_sum(values: list[float]) -> float:
    """``Series.sum(min_count=len(values))``, bit for bit: NaN if one is missing; numpy
    adds fewer than eight numbers one after the other, more pairwise (then numpy adds)."""
    if any(v != v for v in values):
        return float("nan")
    if len(values) >= 8:
        return float(np.add.reduce(np.asarray(values, dtype=float)))
    total = 0.0
    for v in values:
        total += v
    return total


def area_totals(part: pd.DataFrame) -> pd.DataFrame:
    """Per area (``gebiet_id``, sorted) of one year's Jobcenter: summed shares egl and vk
    (NaN if one Jobcenter's is missing), how many Jobcenter have a known id, and their
    forms («gE,zkT»). Plain loops over the few rows of each area: the same numbers as
    ``groupby().agg`` with a function per group, a hundred times faster."""
    rows: dict[str, tuple[list[float], list[float], list[str], list[str]]] = {}
    for area, egl, vk, jc, form in zip(part["gebiet_id"], part["egl"], part["vk"],
                                       part["jobcenter_id"], part["traegerform"], strict=True):
        if not isinstance(area, str):
            continue  # a Jobcenter without area belongs to none, as in groupby
        entry = rows.setdefault(area, ([], [], [], []))
        entry[0].append(float("nan") if pd.isna(egl) else float(egl))
        entry[1].append(float("nan") if pd.isna(vk) else float(vk))
        if isinstance(jc, str):
            entry[2].append(jc)
        entry[3].append(form)
    keys = sorted(rows)
    return pd.DataFrame({
        "egl": [_complete_sum(rows[k][0]) for k in keys],
        "vk": [_complete_sum(rows[k][1]) for k in keys],
        "jobcenter": [len(rows[k][2]) for k in keys],
        "formen": [",".join(sorted(set(rows[k][3]))) for k in keys],
    }, index=pd.Index(keys, name="gebiet_id"))


def funding(main: pd.DataFrame, jobcenter_kreise: pd.DataFrame,
            elb: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Money per eLb relative to the average, for every annex year.

    Returns (per_jobcenter, per_kreis):

    * per_jobcenter: jahr, jobcenter_id, gebiet_id, jobcenter_im_gebiet, elb_prozent
      (the area's eLb share, only where the Jobcenter is alone in its area), rel_egl,
      rel_vk (share ÷ eLb share; NaN where not alone or not known).
    * per_kreis: jahr, ags, gebiet_id, form (zkT / gE / gemischt: the forms of the
      area's Jobcenter), egl, vk (the area's summed shares), elb_prozent (the area's
      eLb share), rel_egl, rel_vk (of the area), elb_kreis_prozent (the Kreis's own eLb
      share), inkar_jahr.
    """
    shares = elb_shares(elb, annex_years(main))
    per_jc, per_kreis = [], []
    for jahr, part in main.groupby("jahr", sort=True):
        cover = areas(coverage_in(jobcenter_kreise, int(jahr)))
        cover = cover[cover["jobcenter_id"].isin(part["jobcenter_id"])]
        kreis_elb = shares[shares["jahr"] == jahr].set_index("ags")
        inkar = int(kreis_elb["inkar_jahr"].iloc[0]) if len(kreis_elb) else None
        kreise_of = cover.drop_duplicates(["gebiet_id", "ags"])
        area_elb = (kreise_of.assign(e=kreise_of["ags"].map(kreis_elb["elb_prozent"]))
                    .groupby("gebiet_id")["e"].sum(min_count=1))
        # an area lacking the eLb of one of its Kreise has no eLb share at all
        incomplete = kreise_of.assign(e=kreise_of["ags"].map(kreis_elb["elb_prozent"]))
        incomplete = set(incomplete.loc[incomplete["e"].isna(), "gebiet_id"])
        area_elb[area_elb.index.isin(incomplete)] = np.nan
        jc_area = cover.drop_duplicates("jobcenter_id").set_index("jobcenter_id")["gebiet_id"]
        p = part.assign(gebiet_id=part["jobcenter_id"].map(jc_area))
        area = area_totals(p)
        area["elb_prozent"] = approx(area_elb.reindex(area.index))
        area["rel_egl"] = approx(area["egl"] / area["elb_prozent"])
        area["rel_vk"] = approx(area["vk"] / area["elb_prozent"])
        area["form"] = area["formen"].map(lambda f: f if f in (ZKT, GE) else MIXED)
        alone = p["gebiet_id"].map(area["jobcenter"]) == 1
        per_jc.append(pd.DataFrame({
            "jahr": int(jahr), "jobcenter_id": p["jobcenter_id"].to_numpy(),
            "gebiet_id": p["gebiet_id"].to_numpy(),
            "jobcenter_im_gebiet": p["gebiet_id"].map(area["jobcenter"]).to_numpy(),
            "elb_prozent": p["gebiet_id"].map(area["elb_prozent"]).where(alone).to_numpy(),
            "rel_egl": p["gebiet_id"].map(area["rel_egl"]).where(alone).to_numpy(),
            "rel_vk": p["gebiet_id"].map(area["rel_vk"]).where(alone).to_numpy()}))
        k = kreise_of[["ags", "gebiet_id"]].join(
            area[["form", "egl", "vk", "elb_prozent", "rel_egl", "rel_vk"]], on="gebiet_id")
        k["elb_kreis_prozent"] = k["ags"].map(kreis_elb["elb_prozent"])
        per_kreis.append(k.assign(jahr=int(jahr), inkar_jahr=inkar))
    jc_cols = ["jahr", "jobcenter_id", "gebiet_id", "jobcenter_im_gebiet", "elb_prozent",
               "rel_egl", "rel_vk"]
    kreis_cols = ["jahr", "ags", "gebiet_id", "form", "egl", "vk", "elb_prozent", "rel_egl",
                  "rel_vk", "elb_kreis_prozent", "inkar_jahr"]
    if not per_jc:
        return pd.DataFrame(columns=jc_cols), pd.DataFrame(columns=kreis_cols)
    return (pd.concat(per_jc, ignore_index=True)[jc_cols],
            pd.concat(per_kreis, ignore_index=True)[kreis_cols])


def group_elb_shares(per_kreis: pd.DataFrame, years: Sequence[int]) -> pd.DataFrame:
    """eLb share of the Kreise whose Jobcenter are all zkT, all gE, or of both forms
    (e.g. a Kreis with a zkT and a gE in different parts), per year on the grid:
    jahr, zkt, ge, gemischt (percent; NaN in years without annex), inkar_jahr."""
    sums = per_kreis.groupby(["jahr", "form"])["elb_kreis_prozent"].sum().unstack()
    sums = sums.reindex(columns=[ZKT, GE, MIXED]).reindex(list(years))
    inkar = per_kreis.groupby("jahr")["inkar_jahr"].first().reindex(list(years))
    out = pd.DataFrame({"jahr": list(years)})
    for form, col in ((ZKT, "zkt"), (GE, "ge"), (MIXED, "gemischt")):
        values = approx(sums[form].to_numpy(dtype=float))
        known = sums.notna().any(axis=1).to_numpy()
        out[col] = np.where(known & np.isnan(values), 0.0, values)
    out["inkar_jahr"] = inkar.to_numpy()
    return out


def group_funding(main: pd.DataFrame, per_jc: pd.DataFrame, per_kreis: pd.DataFrame,
                  years: Sequence[int]) -> pd.DataFrame:
    """Money per eLb of all zkT areas together and of all gE areas together, per year
    on the grid. Areas with Jobcenter of both forms are left out on both sides, so money
    and eLb cover the same Kreise: jahr, gruppe (zkT/gE), egl, vk (summed shares of the
    group's areas), elb_prozent, rel_egl, rel_vk. NaN in years without annex."""
    area_form = per_kreis.drop_duplicates(["jahr", "gebiet_id"]).set_index(
        ["jahr", "gebiet_id"])["form"].to_dict()  # a dict: one lookup per row is cheap
    joined = per_jc.merge(main[["jahr", "jobcenter_id", "egl", "vk"]],
                          on=["jahr", "jobcenter_id"], how="left")
    joined["form"] = [area_form.get((j, g), np.nan)
                      for j, g in zip(joined["jahr"], joined["gebiet_id"], strict=True)]
    elb = per_kreis.groupby(["jahr", "form"])["elb_kreis_prozent"].sum()
    frames = []
    for form in (ZKT, GE):
        part = joined[joined["form"] == form].groupby("jahr")[["egl", "vk"]].sum(min_count=1)
        part = part.reindex(list(years))
        e = approx(pd.Series([elb.get((y, form), np.nan) for y in years], index=list(years),
                             dtype=float))
        frames.append(pd.DataFrame({
            "jahr": list(years), "gruppe": form, "egl": part["egl"].to_numpy(dtype=float),
            "vk": part["vk"].to_numpy(dtype=float), "elb_prozent": e.to_numpy(dtype=float),
            "rel_egl": approx((part["egl"] / e).to_numpy(dtype=float)),
            "rel_vk": approx((part["vk"] / e).to_numpy(dtype=float))}))
    return pd.concat(frames, ignore_index=True)


def quartiles_by_form(per_jc: pd.DataFrame, main: pd.DataFrame, column: str,
                      years: Sequence[int]) -> pd.DataFrame:
    """Quartiles of ``column`` (rel_egl or rel_vk) per year among zkT and among gE with a
    value of their own: jahr, gruppe (zkT/gE), q25, median, q75, anzahl; NaN years stay."""
    joined = per_jc.merge(main[["jahr", "jobcenter_id", "traegerform"]],
                          on=["jahr", "jobcenter_id"], how="left")
    frames = []
    for form in (ZKT, GE):
        inside = joined[(joined["traegerform"] == form) & joined[column].notna()]
        g = inside.groupby("jahr")[column]
        agg = pd.DataFrame({"q25": approx(g.quantile(0.25)), "median": approx(g.median()),
                            "q75": approx(g.quantile(0.75)), "anzahl": g.count()}
                           ).reindex(list(years))
        agg["anzahl"] = agg["anzahl"].fillna(0).astype(int)
        frames.append(agg.rename_axis("jahr").reset_index().assign(gruppe=form))
    return pd.concat(frames, ignore_index=True)[["jahr", "gruppe", "q25", "median", "q75",
                                                 "anzahl"]]


def funding_medians(per_jc: pd.DataFrame, main: pd.DataFrame, jobcenter: pd.DataFrame,
                    jahr: int) -> pd.DataFrame:
    """Median money per eLb in ``jahr`` of the zkT, of the gE and of every Land (all
    Jobcenter of the Land with a value of their own): gruppe, art (form/land), rel_egl,
    rel_vk, anzahl."""
    year = per_jc[per_jc["jahr"] == jahr].merge(
        main.loc[main["jahr"] == jahr, ["jobcenter_id", "traegerform"]], on="jobcenter_id")
    year = year.merge(jobcenter[["jobcenter_id", "land"]], on="jobcenter_id", how="left")
    year = year.dropna(subset=["rel_egl"])
    rows = []
    for art, col in (("form", "traegerform"), ("land", "land")):
        for key, part in year.groupby(col, sort=True):
            rows.append({"gruppe": key, "art": art, "rel_egl": approx(part["rel_egl"].median()),
                         "rel_vk": approx(part["rel_vk"].median()), "anzahl": len(part)})
    return pd.DataFrame(rows, columns=["gruppe", "art", "rel_egl", "rel_vk", "anzahl"])


# -- one Träger ----------------------------------------------------------------------------

def traeger_rows(main: pd.DataFrame, jobcenter: pd.DataFrame, zkt_id: str) -> pd.DataFrame:
    """The annex rows of the Jobcenter that belong to one zkT (finanzen.jobcenter.zkt_id),
    all years."""
    ids = jobcenter.loc[jobcenter["zkt_id"] == zkt_id, "jobcenter_id"]
    return main[main["jobcenter_id"].isin(set(ids))].reset_index(drop=True)


@dataclass(frozen=True)
class FundingIndex:
    """``per_jc`` and ``per_kreis`` by year as plain lookups, so that the series of one
    Träger needs no filter over all Jobcenter (``funding_index``)."""

    areas: Mapping[int, Mapping[str, list[Any]]]  # jahr → jobcenter_id → its gebiet_ids
    members: Mapping[int, Mapping[Any, set[str]]]  # jahr → gebiet_id → jobcenter_ids
    elb: Mapping[int, Mapping[Any, Any]]  # jahr → gebiet_id → first elb_prozent


def funding_index(per_jc: pd.DataFrame, per_kreis: pd.DataFrame) -> FundingIndex:
    areas: dict[int, dict[str, list[Any]]] = {}
    members: dict[int, dict[Any, set[str]]] = {}
    elb: dict[int, dict[Any, Any]] = {}
    for jahr, jid, gebiet in zip(per_jc["jahr"], per_jc["jobcenter_id"], per_jc["gebiet_id"],
                                 strict=True):
        areas.setdefault(int(jahr), {}).setdefault(jid, []).append(gebiet)
        if not pd.isna(gebiet):
            members.setdefault(int(jahr), {}).setdefault(gebiet, set()).add(jid)
    for jahr, gebiet, value in zip(per_kreis["jahr"], per_kreis["gebiet_id"],
                                   per_kreis["elb_prozent"], strict=True):
        elb.setdefault(int(jahr), {}).setdefault(gebiet, value)
    return FundingIndex(areas, members, elb)


def traeger_series(rows: pd.DataFrame, years: Sequence[int],
                   index: FundingIndex) -> pd.DataFrame:
    """Per year on the grid: egl, vk (sum over the Träger's rows; 2012 lists some zkT
    in several rows), zeilen, elb_prozent, rel_egl, rel_vk. Money per eLb is given
    when the Träger's rows are exactly the Jobcenter of one area (whole Kreise); else
    NaN. Years without annex stay NaN. ``index``: ``funding_index(per_jc, per_kreis)``,
    built once for many Träger (a page reads the areas of its own Jobcenter only)."""
    out = []
    for jahr, part in rows.groupby("jahr", sort=True):
        ids = set(part["jobcenter_id"])
        areas = index.areas.get(int(jahr), {})
        area_ids = {g for jid in ids for g in areas.get(jid, []) if not pd.isna(g)}
        elb = rel_egl = rel_vk = np.nan
        egl = part["egl"].sum(min_count=len(part))
        vk = part["vk"].sum(min_count=len(part))
        if len(area_ids) == 1:
            gebiet = area_ids.pop()
            if index.members.get(int(jahr), {}).get(gebiet, set()) == ids:
                found = index.elb.get(int(jahr), {})
                elb = float(found[gebiet]) if gebiet in found else np.nan
                rel_egl, rel_vk = approx(egl / elb), approx(vk / elb)
        out.append({"jahr": int(jahr), "egl": egl, "vk": vk, "zeilen": len(part),
                    "elb_prozent": elb, "rel_egl": rel_egl, "rel_vk": rel_vk})
    frame = pd.DataFrame(out, columns=["jahr", "egl", "vk", "zeilen", "elb_prozent",
                                       "rel_egl", "rel_vk"])
    grid = series_on_grid(frame, years, ["egl", "vk", "elb_prozent", "rel_egl", "rel_vk"])
    grid["zeilen"] = frame.set_index("jahr")["zeilen"].reindex(list(years)).fillna(0) \
        .astype(int).to_numpy()
    return grid


def estimate_euro(share_prozent: float, total_euro: float) -> float:
    """A share (percent) of a total in euros: an estimate, because the sum the Verordnung
    distributes is not the total that an outside source reports."""
    return share_prozent / 100 * total_euro


@dataclass(frozen=True)
class Context:
    """Everything the Finanzen pages share, computed once per build (in the parent)."""

    pkg: Mapping[str, pd.DataFrame]
    traeger: pd.DataFrame
    kreise: pd.DataFrame
    quellen: pd.DataFrame  # all packages, by quelle_id
    main: pd.DataFrame  # main_shares with ranks and changes
    years: list[int]  # annex years
    grid: list[int]  # every year from the first to the last annex year
    per_jc: pd.DataFrame
    per_kreis: pd.DataFrame
    group: pd.DataFrame  # zkT group shares on the grid
    group_elb: pd.DataFrame
    group_fund: pd.DataFrame
    inkar_years: dict[int, int]  # annex year → INKAR year of the eLb approximation
    einwohner_stand: str
    facts: Mapping[str, int]  # einzelfakt_id → position of its first row in fakten
    rows_by_zkt: Groups  # zkt_id → traeger_rows
    medians_by_year: Mapping[int, pd.DataFrame]  # annex year → funding_medians
    funding: FundingIndex
    # (jobcenter_id, jahr) → its rows of anteile, by Anlage
    sources_by_jc_year: Groups
    fixed_by_year: Groups  # jahr → the rows of anteile with a fixed sum (EGL_FIXED)
    jobcenter_by_zkt: Groups  # zkt_id → its rows of finanzen.jobcenter
    facts_by_zkt: Groups  # zkt_id → its rows of finanzen.fakten
    annex_sources: Mapping[int, list[str]]  # annex year → its Verordnung's quelle_ids

    @property
    def latest(self) -> int:
        return self.years[-1]

    def fact(self, fakt_id: str) -> pd.Series | None:
        found = self.facts.get(fakt_id)
        return None if found is None else self.pkg["fakten"].iloc[found]

    def jobcenter_of(self, zkt_id: str) -> pd.DataFrame:
        return self.jobcenter_by_zkt.get(zkt_id)


def context(packages: Mapping[str, Mapping[str, Any]]) -> Context:
    """The Finanzen context from the finanzen, jobcenter and statistik packages."""
    pkg = packages["finanzen"]
    jc, st = packages["jobcenter"], packages["statistik"]
    main = add_changes(add_ranks(main_shares(pkg["anteile"])))
    years = annex_years(main)
    grid = year_grid(years)
    elb = elb_estimate(st["werte"], jc["kreise"])
    per_jc, per_kreis = funding(main, pkg["jobcenter_kreise"], elb)
    main = main.merge(per_jc.drop(columns=["gebiet_id"]), on=["jahr", "jobcenter_id"],
                      how="left")
    frames = [t["quellen"] for t in packages.values() if "quellen" in t]
    quellen = pd.concat(frames, ignore_index=True).drop_duplicates("quelle_id")
    inkar = per_kreis.dropna(subset=["inkar_jahr"]).groupby("jahr")["inkar_jahr"].first()
    stand = jc["kreise"]["gebietsstand"].dropna()
    fakten = pkg["fakten"]
    return Context(
        pkg=pkg, traeger=jc["traeger"], kreise=jc["kreise"],
        quellen=quellen.set_index("quelle_id"), main=main, years=years, grid=grid,
        per_jc=per_jc, per_kreis=per_kreis, group=zkt_group_series(main, grid),
        group_elb=group_elb_shares(per_kreis, grid),
        group_fund=group_funding(main, per_jc, per_kreis, grid),
        inkar_years={int(k): int(v) for k, v in inkar.items()},
        einwohner_stand=markup.format_date(stand.max()) if len(stand) else "–",
        facts={fid: i for i, fid in reversed(list(enumerate(fakten["einzelfakt_id"])))},
        rows_by_zkt=rows_by_zkt(main, pkg["jobcenter"]),
        medians_by_year={y: funding_medians(per_jc, main, pkg["jobcenter"], y) for y in years},
        funding=funding_index(per_jc, per_kreis),
        sources_by_jc_year=group_rows(pkg["anteile"].sort_values("anlage", kind="stable"),
                                      ["jobcenter_id", "jahr"]),
        fixed_by_year=group_rows(pkg["anteile"][pkg["anteile"]["mittelart"] == EGL_FIXED],
                                 "jahr"),
        jobcenter_by_zkt=group_rows(pkg["jobcenter"], "zkt_id"),
        facts_by_zkt=group_rows(fakten, "zkt_id"),
        annex_sources={int(y): list(dict.fromkeys(part["quelle_id"]))
                       for y, part in pkg["anlagen"].groupby("jahr", sort=False)})


def rows_by_zkt(main: pd.DataFrame, jobcenter: pd.DataFrame) -> Groups:
    """``traeger_rows`` of every zkT at once (a Jobcenter belongs to at most one zkT)."""
    zkt_of = jobcenter.dropna(subset=["zkt_id"]).set_index("jobcenter_id")["zkt_id"]
    return group_rows(main, main["jobcenter_id"].map(zkt_of), reset=True)
