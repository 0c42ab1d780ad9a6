"""Pure DataFrame functions for the SGB II statistics pages: series, group medians,
quartiles, peer comparisons. No files, no charts, no HTML.

Conventions: ``werte`` is the long INKAR table (region_id, jahr, indikator_id, wert);
``status`` is jobcenter.status_jahr (ags, jahr, status). A value that INKAR does not
report stays missing (NaN) – nothing here fills gaps with zeros. Group membership is
always taken from the status of the *same* year as the value (status on 1 January).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from kommunale_jobcenter.groups import row_by_key

ZKT = "zkT"
# The columns of a Kreis that its rows in a table of all Kreise show (not its population:
# an indicator page does not change when a Kreis's population does).
KREIS_NAMES = ["ags", "kreis_name", "land", "land_code", "kreis_art"]
KEIN_ZKT = "kein zkT"
TEILGEBIET = "zkT-Teilgebiet"
GROUP_LABELS = {ZKT: "Kreise mit zkT", KEIN_ZKT: "Kreise ohne zkT"}
MEDIAN_LABEL = "Median der Kreise ohne zkT"
BUND_ID = "DG"
TEXTE = "statistik/seiten.yaml"  # labels, captions, key indicators (curated/statistik/)
STADT_ARTEN = ("Kreisfreie Stadt", "Stadtkreis")
KREISTYP_STADT, KREISTYP_LAND = "kreisfreie Stadt", "Landkreis"


def kreistyp(kreis_art: pd.Series) -> pd.Series:
    """Two structural types: «kreisfreie Stadt» (incl. Stadtkreis) and «Landkreis»
    (Landkreis, Kreis, Regionalverband)."""
    return kreis_art.map(lambda a: KREISTYP_STADT if a in STADT_ARTEN else KREISTYP_LAND)


def indicator_values(werte: pd.DataFrame, indikator_id: str) -> pd.DataFrame:
    """Rows of one indicator: region_id, jahr (int), wert (float)."""
    rows = werte.loc[werte["indikator_id"] == indikator_id, ["region_id", "jahr", "wert"]]
    rows = rows.astype({"jahr": "int64", "wert": "float64"})
    return rows.reset_index(drop=True)


def years_of(values: pd.DataFrame) -> list[int]:
    """Every year from the first to the last year with any value (no holes)."""
    if values.empty:
        return []
    return list(range(int(values["jahr"].min()), int(values["jahr"].max()) + 1))


def with_status(values: pd.DataFrame, status: pd.DataFrame) -> pd.DataFrame:
    """Kreis values joined with the status of the same year (Kreise only)."""
    kreis = values[values["region_id"].str.len() == 5]
    st = status[["ags", "jahr", "status"]].astype({"jahr": "int64"})
    return kreis.merge(st, left_on=["region_id", "jahr"], right_on=["ags", "jahr"],
                       how="left").drop(columns="ags")


def group_median(values: pd.DataFrame, status: pd.DataFrame, group: str = KEIN_ZKT,
                 years: Sequence[int] | None = None) -> pd.DataFrame:
    """Median per year over the Kreise whose status *in that year* is ``group``.

    Returns jahr, wert, anzahl (Kreise with a value); a year without any value has
    wert NaN and anzahl 0.
    """
    joined = with_status(values, status)
    inside = joined[(joined["status"] == group) & joined["wert"].notna()]
    agg = inside.groupby("jahr")["wert"].agg(["median", "count"])
    grid = list(years) if years is not None else years_of(values)
    agg = agg.reindex(grid)
    return pd.DataFrame({"jahr": grid, "wert": agg["median"].to_numpy(dtype=float),
                         "anzahl": agg["count"].fillna(0).astype(int).to_numpy()})


def group_quartiles(values: pd.DataFrame, status: pd.DataFrame,
                    groups: Sequence[str] = (ZKT, KEIN_ZKT),
                    years: Sequence[int] | None = None) -> pd.DataFrame:
    """Median and interquartile range per year and group (membership of that year).

    Columns: jahr, gruppe (status), q25, median, q75, anzahl. Missing years stay NaN.
    """
    joined = with_status(values, status)
    grid = list(years) if years is not None else years_of(values)
    frames = []
    for group in groups:
        inside = joined[(joined["status"] == group) & joined["wert"].notna()]
        g = inside.groupby("jahr")["wert"]
        agg = pd.DataFrame({"q25": g.quantile(0.25), "median": g.median(),
                            "q75": g.quantile(0.75), "anzahl": g.count()}).reindex(grid)
        agg["anzahl"] = agg["anzahl"].fillna(0).astype(int)
        frames.append(agg.rename_axis("jahr").reset_index().assign(gruppe=group))
    out = pd.concat(frames, ignore_index=True)
    return out[["jahr", "gruppe", "q25", "median", "q75", "anzahl"]]


def wide_values(values: pd.DataFrame) -> pd.DataFrame:
    """region_id × jahr table of one indicator on the full year grid (NaN = missing)."""
    wide = values.pivot_table(index="region_id", columns="jahr", values="wert",
                              aggfunc="first", dropna=False)
    return wide.reindex(columns=years_of(values)).astype(float)


def series_frame(wide: pd.DataFrame, median: pd.DataFrame, ags: str, land_code: str,
                 names: dict[str, str]) -> pd.DataFrame:
    """Long frame jahr, reihe, wert from a ``wide_values`` table and a ``group_median``
    (same year grid): the Kreis, its Land, Deutschland and the median of the Kreise
    without zkT. A region INKAR does not report at all gives an all-NaN series."""
    years = [int(y) for y in wide.columns]

    def row(region_id: str) -> np.ndarray:
        if region_id in wide.index:
            return wide.loc[region_id].to_numpy(dtype=float)
        return np.full(len(years), np.nan)

    med = median.set_index("jahr")["wert"].reindex(years).to_numpy(dtype=float)
    series = {names["kreis"]: row(ags), names["land"]: row(land_code),
              names.get("bund", "Deutschland"): row(BUND_ID), MEDIAN_LABEL: med}
    return pd.DataFrame({"jahr": years * len(series),
                         "reihe": [label for label in series for _ in years],
                         "wert": np.concatenate(list(series.values()))})


def by_series(frame: pd.DataFrame, labels: Sequence[str]) -> tuple[np.ndarray, list[np.ndarray]]:
    """A long jahr/reihe/wert frame (one row per year and series) as its years (ascending)
    and the values of each label on them (NaN where a series lacks the year): what
    ``pivot(index="jahr", columns="reihe")[labels]`` gives, at a fraction of its cost (a
    build pivots 484 such frames)."""
    jahr, reihe = frame["jahr"].to_numpy(), frame["reihe"].to_numpy()
    wert = frame["wert"].to_numpy(dtype=float)
    years = np.unique(jahr)
    values = []
    for label in labels:
        own = reihe == label
        values.append(pd.Series(wert[own], index=jahr[own]).reindex(years).to_numpy())
    return years, values


def profile_series(values: pd.DataFrame, status: pd.DataFrame, ags: str, land_code: str,
                   names: dict[str, str]) -> pd.DataFrame:
    """Long frame jahr, reihe, wert for one Kreis: the Kreis, its Land, Deutschland
    and the median of the Kreise without zkT in each year. Every series covers every
    year of the indicator; a missing value is NaN (a gap, never zero).

    ``names`` maps "kreis", "land", "bund" to the labels shown.
    """
    return series_frame(wide_values(values), group_median(values, status), ags, land_code,
                        names)


def latest_year(values: pd.DataFrame) -> int | None:
    kreis = values[(values["region_id"].str.len() == 5) & values["wert"].notna()]
    return int(kreis["jahr"].max()) if not kreis.empty else None


KREIS_TABLE = ["ags", "kreis_name", "land", "land_code", "kreis_art", "kreistyp", "wert",
               "status", "ist_zkt"]  # the columns of ``kreis_table``


def kreis_table(values: pd.DataFrame, kreise: pd.DataFrame, status: pd.DataFrame,
                year: int) -> pd.DataFrame:
    """All Kreise (also those without a value) with their value and status in ``year``:
    ags, kreis_name, land, kreistyp, wert (NaN if missing), status, ist_zkt."""
    base = kreise[KREIS_NAMES].copy()
    base["kreistyp"] = kreistyp(base["kreis_art"])
    in_year = values[values["jahr"] == year].set_index("region_id")["wert"]
    base["wert"] = base["ags"].map(in_year).astype(float)
    st = status[status["jahr"].astype(int) == year].set_index("ags")["status"]
    base["status"] = base["ags"].map(st)
    base["ist_zkt"] = base["status"] == ZKT
    return base.sort_values(["land", "kreis_name"]).reset_index(drop=True)


def map_years(values: pd.DataFrame) -> list[int]:
    """The years in which at least one Kreis has a value (the years of the map)."""
    kreis = values[(values["region_id"].str.len() == 5) & values["wert"].notna()]
    return sorted(int(y) for y in kreis["jahr"].unique())


def kreis_years(values: pd.DataFrame, kreise: pd.DataFrame, status: pd.DataFrame,
                years: Sequence[int]) -> pd.DataFrame:
    """``kreis_table`` of each year, stacked, with the column ``jahr``: every Kreis in
    every year (a missing value stays NaN), its status of that year. One merge, not one
    ``kreis_table`` per year."""
    base = kreise[KREIS_NAMES].copy()
    base["kreistyp"] = kreistyp(base["kreis_art"])
    base = base.sort_values(["land", "kreis_name"]).reset_index(drop=True)
    grid = base.merge(pd.DataFrame({"jahr": list(years)}), how="cross")
    found = values[["region_id", "jahr", "wert"]].rename(columns={"region_id": "ags"})
    st = status[["ags", "jahr", "status"]].astype({"jahr": "int64"})
    out = grid.merge(found, on=["ags", "jahr"], how="left").merge(
        st, on=["ags", "jahr"], how="left")
    out["wert"] = out["wert"].astype(float)
    out["ist_zkt"] = out["status"] == ZKT
    out = out.sort_values(["jahr", "land", "kreis_name"], kind="stable")
    return out[[*KREIS_TABLE, "jahr"]].reset_index(drop=True)


def _summary(vals: pd.Series) -> dict[str, float]:
    vals = vals.dropna()
    if vals.empty:
        return {"q25": np.nan, "median": np.nan, "q75": np.nan, "anzahl": 0}
    return {"q25": float(vals.quantile(0.25)), "median": float(vals.median()),
            "q75": float(vals.quantile(0.75)), "anzahl": int(vals.size)}


def compare_groups(table: pd.DataFrame, extra: dict[str, Sequence[str]] | None = None
                   ) -> pd.DataFrame:
    """Quartiles of ``wert`` for zkT vs. no-zkT Kreise of a ``kreis_table``; ``extra``
    adds named subsets of zkT Kreise by ags (e.g. the 2012 entrants)."""
    rows = [{"gruppe": GROUP_LABELS[g], **_summary(table.loc[table["status"] == g, "wert"])}
            for g in (ZKT, KEIN_ZKT)]
    for label, ags in (extra or {}).items():
        subset = table[(table["status"] == ZKT) & table["ags"].isin(list(ags))]
        rows.append({"gruppe": label, **_summary(subset["wert"])})
    return pd.DataFrame(rows)


def compare_within(table: pd.DataFrame, by: str) -> pd.DataFrame:
    """Median of zkT and no-zkT Kreise within each stratum (``land`` or ``kreistyp``).

    Columns: <by>, anzahl_zkt, median_zkt, anzahl_ohne, median_ohne, differenz
    (zkT − ohne; NaN where a stratum lacks one of the groups).
    """
    # the values of each stratum and status in one pass over plain lists (a table has
    # 400 rows: pandas' grouping costs more than the work)
    found: dict[tuple[Any, Any], list[float]] = {}
    for key, status, value in zip(table[by].tolist(), table["status"].tolist(),
                                  table["wert"].tolist(), strict=True):
        if value == value:  # not NaN
            found.setdefault((key, status), []).append(value)

    def median(key: Any, status: str) -> tuple[int, float]:
        values = found.get((key, status), [])
        return len(values), float(np.median(values)) if values else np.nan

    rows = []
    for key in sorted(set(table[by].dropna())):
        (n_zkt, m_zkt), (n_ohne, m_ohne) = median(key, ZKT), median(key, KEIN_ZKT)
        rows.append({by: key, "anzahl_zkt": n_zkt, "median_zkt": m_zkt,
                     "anzahl_ohne": n_ohne, "median_ohne": m_ohne,
                     "differenz": m_zkt - m_ohne})
    return pd.DataFrame(rows)


def zkt_share_by_land(kreise: pd.DataFrame, status: pd.DataFrame, year: int) -> pd.DataFrame:
    """Per Land: Kreise, Kreise with zkT (whole area) and partly, share of Kreise and
    of inhabitants living in a zkT Kreis (status in ``year``)."""
    st = status[status["jahr"].astype(int) == year][["ags", "status"]]
    joined = kreise[["ags", "land", "einwohner_anzahl"]].merge(st, on="ags", how="left")
    joined["ew_zkt"] = joined["einwohner_anzahl"].where(joined["status"] == ZKT, 0)
    out = joined.groupby("land").agg(
        kreise=("ags", "count"),
        zkt=("status", lambda s: int((s == ZKT).sum())),
        teilgebiet=("status", lambda s: int((s == TEILGEBIET).sum())),
        einwohner=("einwohner_anzahl", "sum"), ew_zkt=("ew_zkt", "sum"),
    ).reset_index()
    out["anteil_kreise_pct"] = 100 * out["zkt"] / out["kreise"]
    out["anteil_einwohner_pct"] = 100 * out["ew_zkt"] / out["einwohner"]
    return out.sort_values("anteil_kreise_pct", ascending=False).reset_index(drop=True)


@dataclass(frozen=True)
class Context:
    """Everything the statistics pages share, computed once per build (in the parent)."""

    indikatoren: pd.DataFrame  # indexed by indikator_id
    regionen: pd.Series  # region_id → name
    kreise: pd.DataFrame
    kreis_names: pd.DataFrame  # KREIS_NAMES of kreise: what the tables of Kreise show
    kreise_by_ags: Mapping[str, pd.Series]  # ags → its row of kreise
    status: pd.DataFrame
    traeger: pd.DataFrame
    values: Mapping[str, pd.DataFrame]  # indikator_id → indicator_values
    medians: Mapping[str, pd.DataFrame]  # key indicators: group_median (Kreise ohne zkT)
    wides: Mapping[str, pd.DataFrame]  # key indicators: wide_values

    def of(self, indikator_id: str) -> pd.DataFrame:
        return self.values[indikator_id]

    def median_ohne(self, indikator_id: str) -> pd.DataFrame:
        return self.medians[indikator_id]

    def wide(self, indikator_id: str) -> pd.DataFrame:
        return self.wides[indikator_id]

    def zugang_2012(self) -> list[str]:
        t = self.traeger
        return t.loc[t["ist_zugang_2012"].fillna(False) & t["ist_aktuell"].fillna(False),
                     "ags"].tolist()


def context(statistik: Mapping[str, pd.DataFrame], jobcenter: Mapping[str, pd.DataFrame],
            key_indicators: Sequence[str]) -> Context:
    """The statistics context from the statistik and jobcenter packages: the rows of every
    indicator split once (one groupby instead of a filter per page)."""
    werte = statistik["werte"]
    split = dict(tuple(werte.groupby("indikator_id", sort=False)))
    indikatoren = statistik["indikatoren"].set_index("indikator_id")
    empty = werte.iloc[0:0]
    values = {i: (split.get(i, empty)[["region_id", "jahr", "wert"]]
                  .astype({"jahr": "int64", "wert": "float64"}).reset_index(drop=True))
              for i in indikatoren.index}
    status = jobcenter["status_jahr"]
    keys = [i for i in key_indicators if i in values]
    return Context(
        indikatoren=indikatoren,
        regionen=statistik["regionen"].set_index("region_id")["region_name"],
        kreise=jobcenter["kreise"], kreis_names=jobcenter["kreise"][KREIS_NAMES],
        kreise_by_ags=row_by_key(jobcenter["kreise"], "ags"),
        status=status, traeger=jobcenter["traeger"], values=values,
        medians={i: group_median(values[i], status) for i in keys},
        wides={i: wide_values(values[i]) for i in keys})
