"""Synthetic data k times the real size, for the scaling runs of ``kommunale_jobcenter.bench``.

``scale_data(src, dst, k)`` copies every package of ``src`` (normally data/) to ``dst``
(always a temporary folder, never data/) and adds k − 1 copies of Germany's Kreise:
every Kreis gets k − 1 twins with new, valid Kreisschlüssel of the same Land, and every
zkT gets k − 1 twins (new Träger-ID, slug and name) on the twin Kreise. The resources
that hang on Kreise and Träger grow with them, so both rows and pages grow k-fold:

- jobcenter: kreise, status_jahr (zkt_ids mapped to the twins), traeger (successors
  mapped), traeger_quellen, kreise.geojson (twin features share the geometry);
- statistik: regionen and werte (a twin copies the values of its Kreis; Kreise with a
  documented gap or source error lend the values of the first Kreis without one, so the
  completeness checks still pass);
- finanzen: every Jobcenter gets k − 1 twins (id suffix ``-s<copy>``, zkT id and Kreise
  mapped to the twins) with a row in every Anlage it is printed in; all shares are divided
  by k, so each Anlage still sums to its total, and the euro amounts and pruefsummen.csv
  are computed anew from the divided shares;
- programme: the zkT counts of fakten.csv that a check compares with the registry
  (curated/programme/fakten.csv, «registerzahl») are multiplied by k.

Everything else (Länder, sources, federal figures, programmes) is copied unchanged.
Checks that test fixed real-world counts (104 zkT today, 400 Kreise, …) would fail on
purpose for k > 1; ``scaled_expectations`` adjusts exactly those constants while the
synthetic data is validated.
"""

from __future__ import annotations

import csv
import itertools
import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from kommunale_jobcenter.datapackage import write_csv

MAX_KREIS_NUMBER = 999  # the last three digits of a Kreisschlüssel
# First letters for twin Träger-IDs (pattern ^[A-Z]{2}-\d{2}$); none is a Land prefix.
TWIN_ID_LETTERS = "ZYXWQJ"


@dataclass
class Scaling:
    """What scale_data produced: the id mappings and row counts before/after."""

    k: int
    ags: dict[int, dict[str, str]] = field(default_factory=dict)  # copy → old → new ags
    zkt: dict[int, dict[str, str]] = field(default_factory=dict)  # copy → old → new zkt_id
    rows_before: dict[str, int] = field(default_factory=dict)  # "pkg/resource" → rows
    rows_after: dict[str, int] = field(default_factory=dict)


# --- CSV in and out as plain text (keys keep their leading zeros) -------------------------

def _read(folder: Path, resource: dict) -> pd.DataFrame:
    return pd.read_csv(folder / resource["path"], dtype=str, keep_default_na=False,
                       encoding="utf-8")


def _write(frame: pd.DataFrame, folder: Path, resource: dict) -> None:
    key = resource.get("schema", {}).get("primaryKey") or []
    if key:
        frame = frame.sort_values(key, kind="stable").reset_index(drop=True)
    write_csv(frame, folder / resource["path"])


def _count_rows(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


def _tables(folder: Path) -> dict[str, dict]:
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    return {r["name"]: r for r in descriptor["resources"]}


# --- key allocation -------------------------------------------------------------------

def allocate_ags(existing: list[str], copies: int) -> dict[int, dict[str, str]]:
    """New five-digit keys, same Land prefix, never used before: copy → old → new."""
    used: dict[str, set[int]] = {}
    for ags in existing:
        used.setdefault(ags[:2], set()).add(int(ags[2:]))
    free = {land: iter([n for n in range(1, MAX_KREIS_NUMBER + 1) if n not in numbers])
            for land, numbers in used.items()}
    out: dict[int, dict[str, str]] = {}
    for copy in range(1, copies + 1):
        out[copy] = {}
        for ags in existing:
            number = next(free[ags[:2]], None)
            if number is None:
                raise ValueError(f"Land {ags[:2]} hat keine freien Kreisschlüssel mehr "
                                 f"(höchstens {MAX_KREIS_NUMBER} Kreise je Land)")
            out[copy][ags] = f"{ags[:2]}{number:03d}"
    return out


def _twin_ids(taken: set[str]) -> Iterator[str]:
    for first, second in itertools.product(TWIN_ID_LETTERS, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
        prefix = first + second
        if any(t.startswith(prefix + "-") for t in taken):
            continue
        for number in range(100):
            yield f"{prefix}-{number:02d}"


def allocate_zkt_ids(existing: list[str], copies: int) -> dict[int, dict[str, str]]:
    ids = _twin_ids(set(existing))
    return {copy: {old: next(ids) for old in existing} for copy in range(1, copies + 1)}


def _suffix(copy: int) -> str:
    return f" (synthetisch {copy})"


def _mapped(values: pd.Series, mapping: dict[str, str]) -> pd.Series:
    """values with every key that mapping knows replaced, the others kept."""
    return values.map(lambda v: mapping.get(v, v))


def _map_ids(value: str, mapping: dict[str, str]) -> str:
    if not value:
        return value
    return ";".join(mapping.get(v, v) for v in value.split(";"))


# --- packages -----------------------------------------------------------------------------

def _scale_jobcenter(folder: Path, scaling: Scaling) -> None:
    res = _tables(folder)
    kreise = _read(folder, res["kreise"])
    traeger = _read(folder, res["traeger"])
    copies = scaling.k - 1
    scaling.ags = allocate_ags(kreise["ags"].tolist(), copies)
    scaling.zkt = allocate_zkt_ids(traeger["zkt_id"].tolist(), copies)

    new_kreise, new_status, new_traeger, new_links, features = [kreise], [], [traeger], [], []
    status = _read(folder, res["status_jahr"])
    links = _read(folder, res["traeger_quellen"])
    new_status.append(status)
    new_links.append(links)
    geo_path = folder / res["kreise_geometrie"]["path"] if "kreise_geometrie" in res else None
    geo = json.loads(geo_path.read_text(encoding="utf-8")) if geo_path else None
    for copy in range(1, copies + 1):
        ags_map, id_map = scaling.ags[copy], scaling.zkt[copy]
        k = kreise.copy()
        k["ags"] = k["ags"].map(ags_map)
        k["kreis_name"] = k["kreis_name"] + _suffix(copy)
        new_kreise.append(k)
        s = status.copy()
        s["ags"] = s["ags"].map(ags_map)
        s["zkt_ids"] = s["zkt_ids"].map(lambda v, m=id_map: _map_ids(v, m))
        new_status.append(s)
        t = traeger.copy()
        t["zkt_id"] = t["zkt_id"].map(id_map)
        t["slug"] = t["slug"] + f"-s{copy}"
        t["name"] = t["name"] + _suffix(copy)
        t["ags"] = _mapped(t["ags"], ags_map)
        t["ags_bei_zulassung"] = _mapped(t["ags_bei_zulassung"], ags_map)
        t["nachfolger_zkt_id"] = _mapped(t["nachfolger_zkt_id"], id_map)
        new_traeger.append(t)
        q = links.copy()
        q["zkt_id"] = q["zkt_id"].map(id_map)
        new_links.append(q)
        if geo:
            for f in geo["features"]:
                props = dict(f["properties"])
                if props.get("ags") in ags_map:
                    props["ags"] = ags_map[props["ags"]]
                    props["name"] = str(props.get("name", "")) + _suffix(copy)
                    features.append({**f, "properties": props})
    _write(pd.concat(new_kreise, ignore_index=True), folder, res["kreise"])
    _write(pd.concat(new_status, ignore_index=True), folder, res["status_jahr"])
    _write(pd.concat(new_traeger, ignore_index=True), folder, res["traeger"])
    _write(pd.concat(new_links, ignore_index=True), folder, res["traeger_quellen"])
    if geo and geo_path:
        geo["features"] = geo["features"] + features
        geo_path.write_text(json.dumps(geo, ensure_ascii=False, separators=(",", ":")),
                            encoding="utf-8")


def _unclean_regions() -> set[str]:
    """Kreise with a documented gap or source error: their twins borrow clean values."""
    try:
        from kommunale_jobcenter.checks import statistik as checks
    except ImportError:  # pragma: no cover - package without statistik checks
        return set()
    entries = [*getattr(checks, "ERLAUBTE_LUECKEN", []),
               *getattr(checks, "BEKANNTE_QUELLFEHLER", [])]
    return {e.region_id for e in entries}


def _scale_statistik(folder: Path, scaling: Scaling) -> None:
    res = _tables(folder)
    if "regionen" not in res:
        return
    regionen = _read(folder, res["regionen"])
    kreis_rows = regionen[regionen["region_id"].isin(scaling.ags.get(1, {}))]
    new_regionen = [regionen]
    for copy, ags_map in scaling.ags.items():
        r = kreis_rows.copy()
        r["region_id"] = r["region_id"].map(ags_map)
        r["region_name"] = r["region_name"] + _suffix(copy)
        new_regionen.append(r)
    _write(pd.concat(new_regionen, ignore_index=True), folder, res["regionen"])
    if "werte" not in res:
        return
    werte = _read(folder, res["werte"])
    unclean = _unclean_regions()
    kreise = sorted(set(kreis_rows["region_id"]))
    clean = [a for a in kreise if a not in unclean]
    by_region = {a: g for a, g in werte[werte["region_id"].isin(kreise)].groupby("region_id")}
    new_werte = [werte]
    for ags_map in scaling.ags.values():
        for old in kreise:
            donor = old if old not in unclean or not clean else clean[0]
            rows = by_region.get(donor)
            if rows is None:
                continue
            rows = rows.copy()
            rows["region_id"] = ags_map[old]
            new_werte.append(rows)
    _write(pd.concat(new_werte, ignore_index=True), folder, res["werte"])


def _amounts(anteile: pd.DataFrame, anlagen: pd.DataFrame) -> pd.DataFrame:
    """The euro amounts of anteile anew from its shares, where its Anlage fixes the sum."""
    fixed = anlagen.set_index(["jahr", "anlage"])
    keys = pd.MultiIndex.from_arrays([anteile["jahr"], anteile["anlage"]])
    share = anteile["anteil_prozent"].astype(float).to_numpy()
    out = anteile.copy()
    for column, fixed_column in (("betrag_eingliederung_euro", "festbetrag_eingliederung_euro"),
                                 ("betrag_verwaltung_euro", "festbetrag_verwaltung_euro")):
        total = pd.to_numeric(fixed[fixed_column].reindex(keys).to_numpy(), errors="coerce")
        out[column] = [f"{round(s / 100 * t)}" if t == t else ""
                      for s, t in zip(share, total, strict=True)]
    return out


def _checksums(summen: pd.DataFrame, anteile: pd.DataFrame,
               laender: dict[str, str]) -> pd.DataFrame:
    """pruefsummen.csv anew: counts, sums and tolerance of each row from anteile."""
    rows = []
    shares = anteile.assign(share=anteile["anteil_prozent"].astype(float),
                            land=anteile["jobcenter_id"].map(laender))
    for s in summen.to_dict("records"):
        part = shares[(shares["jahr"] == s["jahr"]) & (shares["anlage"] == s["anlage"])]
        if s["bereich"].startswith("Land "):
            part = part[part["land"] == s["bereich"].removeprefix("Land ")]
        zkt = part["traegerform"] == "zkT"
        sums = {"summe_prozent": part["share"].sum(),
                "summe_zkt_prozent": part.loc[zkt, "share"].sum(),
                "summe_ge_prozent": part.loc[~zkt, "share"].sum()}
        s.update(anzahl_zeilen=str(len(part)), anzahl_zkt=str(int(zkt.sum())),
                 anzahl_ge=str(int((~zkt).sum())), toleranz_prozent=f"{len(part) * 0.0001:.4f}")
        for column, total in sums.items():
            if s[column]:
                s[column] = f"{total:.4f}"
        if s["gedruckte_summe_prozent"]:
            s["gedruckte_summe_prozent"] = f"{sums['summe_ge_prozent']:.4f}"
        rows.append(s)
    return pd.DataFrame(rows, columns=summen.columns)


def _scale_finanzen(folder: Path, scaling: Scaling) -> None:
    res = _tables(folder)
    if not {"jobcenter", "jobcenter_kreise", "anteile"} <= res.keys():
        return
    jobcenter = _read(folder, res["jobcenter"])
    links = _read(folder, res["jobcenter_kreise"])
    anteile = _read(folder, res["anteile"])
    new_jobcenter, new_links, new_anteile = [jobcenter], [links], [anteile]
    for copy, ags_map in scaling.ags.items():
        id_map = scaling.zkt[copy]
        suffix = f"-s{copy}"
        j = jobcenter.copy()
        j["jobcenter_id"] = j["jobcenter_id"] + suffix
        j["jobcenter_name"] = j["jobcenter_name"] + _suffix(copy)
        j["zkt_id"] = _mapped(j["zkt_id"], id_map)
        new_jobcenter.append(j)
        li = links.copy()
        li["jobcenter_id"] = li["jobcenter_id"] + suffix
        li["ags"] = _mapped(li["ags"], ags_map)
        new_links.append(li)
        a = anteile.copy()
        a["jobcenter_id"] = a["jobcenter_id"] + suffix
        a["jobcenter_name"] = a["jobcenter_name"] + _suffix(copy)
        new_anteile.append(a)
    scaled = pd.concat(new_anteile, ignore_index=True)
    scaled["anteil_prozent"] = [f"{float(v) / scaling.k:.4f}" for v in scaled["anteil_prozent"]]
    if "anlagen" in res:
        scaled = _amounts(scaled, _read(folder, res["anlagen"]))
    jobcenter = pd.concat(new_jobcenter, ignore_index=True)
    _write(jobcenter, folder, res["jobcenter"])
    _write(pd.concat(new_links, ignore_index=True), folder, res["jobcenter_kreise"])
    _write(scaled, folder, res["anteile"])
    if "pruefsummen" in res:
        laender = dict(zip(jobcenter["jobcenter_id"], jobcenter["land"], strict=True))
        _write(_checksums(_read(folder, res["pruefsummen"]), scaled, laender), folder,
               res["pruefsummen"])


def _scale_programme(folder: Path, scaling: Scaling) -> None:
    from kommunale_jobcenter import curated_tables

    res = _tables(folder)
    if "fakten" not in res:
        return
    counted = curated_tables.tables("programme")["fakten"]
    counts = set(counted.loc[counted["registerzahl"] == "zkT", "fakt_id"])
    fakten = _read(folder, res["fakten"])
    scaled = fakten["fakt_id"].isin(counts) & (fakten["wert"] != "")
    fakten.loc[scaled, "wert"] = [f"{float(v) * scaling.k:g}" for v in fakten.loc[scaled, "wert"]]
    _write(fakten, folder, res["fakten"])


SCALERS = {"jobcenter": _scale_jobcenter, "statistik": _scale_statistik,
           "finanzen": _scale_finanzen, "programme": _scale_programme}


def _row_counts(data_dir: Path) -> dict[str, int]:
    counts = {}
    for descriptor in sorted(data_dir.glob("*/datapackage.json")):
        for name, resource in _tables(descriptor.parent).items():
            if resource.get("type") == "table":
                counts[f"{descriptor.parent.name}/{name}"] = _count_rows(
                    descriptor.parent / resource["path"])
    return counts


def scale_data(src: Path, dst: Path, k: int) -> Scaling:
    """Copy src to dst (a fresh folder) with k-fold Kreise, zkT and the rows on them."""
    if k < 1:
        raise ValueError("k muss mindestens 1 sein")
    if dst.resolve() == src.resolve():
        raise ValueError("Ziel und Quelle sind derselbe Ordner")
    if dst.exists() and any(dst.iterdir()):
        raise ValueError(f"{dst} ist nicht leer")
    shutil.copytree(src, dst, dirs_exist_ok=True)  # packages and files beside them
    scaling = Scaling(k)
    scaling.rows_before = _row_counts(dst)
    if k > 1:
        if not (dst / "jobcenter" / "datapackage.json").is_file():
            raise ValueError("ohne das Paket «jobcenter» lässt sich nichts skalieren")
        for name, scaler in SCALERS.items():
            if (dst / name / "datapackage.json").is_file():
                scaler(dst / name, scaling)
    scaling.rows_after = _row_counts(dst)
    return scaling


@contextmanager
def scaled_expectations(scaling: Scaling) -> Iterator[None]:
    """Temporarily multiply the fixed real-world counts of the jobcenter checks by k and
    extend the split-territory table to the twins; restored afterwards."""
    from kommunale_jobcenter.checks import jobcenter as checks

    saved = {}
    for name in ("N_AKTUELL", "N_URSPRUNG", "N_ZUGANG", "N_KREISE"):
        if hasattr(checks, name):
            saved[name] = getattr(checks, name)
            setattr(checks, name, saved[name] * scaling.k)
    split = getattr(checks, "SPLIT_TERRITORY", None)
    original_split = dict(split) if isinstance(split, dict) else None
    if isinstance(split, dict):
        for copy, id_map in scaling.zkt.items():
            for zkt_id, kreise in original_split.items():
                if zkt_id in id_map:
                    split[id_map[zkt_id]] = {scaling.ags[copy].get(a, a) for a in kreise}
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(checks, name, value)
        if isinstance(split, dict) and original_split is not None:
            split.clear()
            split.update(original_split)


def describe(scaling: Scaling) -> str:
    before, after = sum(scaling.rows_before.values()), sum(scaling.rows_after.values())
    return f"{scaling.k}×: {after} Zeilen (real {before})"


__all__ = ["Scaling", "allocate_ags", "allocate_zkt_ids", "describe", "scale_data",
           "scaled_expectations"]

