"""«Jobcenter finden»: every Kreis with the form of its Jobcenter today and where to read
more — the rows behind the start page's search and the page of all Kreise."""

from __future__ import annotations

from typing import Any

import pandas as pd

from kommunale_jobcenter import curated


def words() -> dict[str, Any]:
    """How each status is said to a visitor (curated/site/finden.yaml)."""
    return curated.document("site/finden.yaml")


def kreis_index(kreise: pd.DataFrame, status: pd.DataFrame,
                traeger: pd.DataFrame) -> pd.DataFrame:
    """One row per Kreis: ags, name, land, status in the latest year, the slug of the
    current Träger for it (if any) and the slugs of earlier Träger in its area."""
    latest = int(status["jahr"].max())
    today = status.loc[status["jahr"] == latest, ["ags", "status"]]
    rows = kreise[["ags", "kreis_name", "land"]].merge(today, on="ags", how="left",
                                                       validate="one_to_one")
    aktuell = traeger[traeger["ist_aktuell"].fillna(False).astype(bool)]
    current = aktuell.groupby("ags")["slug"].first()
    earlier = (traeger[~traeger["ist_aktuell"].fillna(False).astype(bool)]
               .sort_values("zkt_seit").groupby("ags")["slug"].agg(list))
    rows["slug"] = rows["ags"].map(current).fillna("")
    rows["fruehere"] = [earlier.get(a, []) for a in rows["ags"]]
    rows["jahr"] = latest
    return rows.sort_values(["kreis_name", "ags"], kind="stable").reset_index(drop=True)


def search_records(index: pd.DataFrame, profile_href: Any) -> list[dict[str, str]]:
    """The compact JSON the start page's search reads: name, Land, form, link, note.
    ``profile_href(slug)`` gives the link to a profile from the page that loads the JSON."""
    said = words()
    out = []
    for row in index.itertuples(index=False):
        form = said["formen"].get(row.status, {"kurz": "", "text": ""})
        record = {"n": row.kreis_name, "l": row.land, "k": row.ags, "f": form["kurz"]}
        if row.slug:
            record["u"] = profile_href(row.slug)
        elif row.fruehere:
            record["u"] = profile_href(row.fruehere[-1])
            record["f"] = f"{form['kurz']}, {said['frueher']}"
        out.append(record)
    return out
