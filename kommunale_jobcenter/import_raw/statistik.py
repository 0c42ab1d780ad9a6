"""raw/stats → data/statistik: SGB II statistics for Kreise, Länder and Bund.

Resources: quellen, regionen, indikatoren, werte (INKAR 2024 panel in long form),
bund_ausgaben (Haushaltsrechnung), bund_kennzahlen (federal headline figures from web
pages), lokale_bestaende (Erlangen and Bund December stocks 2005–2015). Values are taken
over unchanged as text (no float round trip); keys, German labels, units, notes, sources and
package metadata come from ``curated/statistik/`` (see its README). The zkT flag of the raw
panel is dropped: zkT status lives in the «jobcenter» package.

Certainty follows ``kommunale_jobcenter.certainty``: the rank of the row's source (curated
``quellenrang``), how the value came about and whether another source contradicts it
(``belege.csv``), and one rule on the data itself: stocks whose parts do not add up to the
total printed beside them are at most «wahrscheinlich».
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from kommunale_jobcenter import curated, curated_tables
from kommunale_jobcenter.certainty import certainty, source_rank, weakest
from kommunale_jobcenter.datapackage import ResourceSpec, package_meta, write_package

PACKAGE = "statistik"
STATS = "stats"
PANEL_FILE = "sgb2_kreise_laender_bund_inkar2024_long.csv.gz"
HAUSHALT_FILE = "bundeshaushalt_haushaltsrechnung_sgb2_titel_2012_2023_auszug.csv"
HAUSHALT_LONG_FILE = "bund_sgb2_ist_ausgaben_2012_2023_long.csv"
KENNZAHLEN_FILE = "bund_headline_kennzahlen_aus_webseiten_long.csv"
BESTAND_FILE = "erlangen_und_bund_sgb2_bestand_dezember_2005_2015_long.csv"

INKAR = "inkar-2024"
ERLANGEN = "erlangen-bv-50-050-2016"
# source_quality of the raw headline file → the rank our curated sources must have
RANG_NACH_QUALITAET = {"official-press-summary": "Primärquelle",
                       "secondary-reliable": "Sekundärquelle", "secondary": "Sekundärquelle"}
# December stocks: the parts and the total they must add up to
TEILE, GESAMT = ("ELB", "Sozialgeld"), "Personen"


def haushalt_quelle_id(jahr: int) -> str:
    return f"bmf-hr-{jahr}"


def _read(raw_dir: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(raw_dir / STATS / name, dtype=str, keep_default_na=False,
                       encoding="utf-8")


class Kuratiert:
    """The validated curated tables of the package, with lookups the builders use."""

    def __init__(self, curated_dir: Path | None = None) -> None:
        self.tables = curated_tables.tables(PACKAGE, curated_dir or curated.CURATED_DIR)
        self.quellen = self.tables["quellen"].set_index("quelle_id", drop=False)
        u = self.tables["uebersetzungen"]
        self.deutsch = {feld: dict(zip(g["roh"], g["deutsch"], strict=True))
                        for feld, g in u.groupby("feld")}
        self.deutsch.setdefault("hinweis", {})[""] = ""
        self.belege = self.tables["belege"].set_index(
            ["tabelle", "region_id", "zeitraum", "kennzahl_id", "quelle_id"])

    def mapped(self, values: pd.Series, feld: str) -> pd.Series:
        mapping = self.deutsch.get(feld, {})
        missing = sorted(set(values) - set(mapping))
        if missing:
            raise KeyError(f"curated/statistik/uebersetzungen.csv: keine deutsche Fassung "
                           f"(feld {feld}) für: {missing}")
        return values.map(mapping)

    def rank(self, quelle_id: str) -> str:
        q = self.quellen.loc[quelle_id]
        return source_rank(q["art"], q["quellenrang"])

    def sicherheit(self, tabelle: str, frame: pd.DataFrame,
                   at_most: pd.Series | None = None) -> pd.Series:
        """Certainty of every row by rule: source rank, derivation and contradiction from
        belege.csv, and an optional rule-based cap per row."""
        levels = []
        for i, row in frame.iterrows():
            key = (tabelle, row["region_id"], row["zeitraum"], row["kennzahl_id"],
                   row["quelle_id"])
            beleg = self.belege.loc[key] if key in self.belege.index else None
            cap = at_most.at[i] if at_most is not None else "gesichert"
            if beleg is not None and beleg["hoechstens"]:
                cap = weakest(cap, beleg["hoechstens"])
            levels.append(certainty(
                [self.rank(row["quelle_id"])],
                beleg["herleitung"] if beleg is not None else "gelesen",
                conflict=beleg is not None and beleg["widerspruch"] == "true", at_most=cap))
        return pd.Series(levels, index=frame.index)

    def unused_belege(self, used: list[tuple[str, pd.DataFrame]]) -> None:
        """Every evidence row must name a row of the data (no stale entries)."""
        keys = {(t, *k) for t, f in used for k in zip(
            f["region_id"], f["zeitraum"], f["kennzahl_id"], f["quelle_id"], strict=True)}
        stale = [k for k in self.belege.index if k not in keys]
        if stale:
            raise ValueError(f"curated/statistik/belege.csv: Zeilen ohne Gegenstück: {stale}")


def build_werte(panel: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({
        "region_id": panel["region_key"], "jahr": panel["period"].astype(int),
        "indikator_id": panel["indicator"], "wert": panel["value"],
    })


def build_regionen(panel: pd.DataFrame, spec: ResourceSpec) -> pd.DataFrame:
    regions = panel[["region_key", "region_name", "region_level"]].drop_duplicates()
    if regions["region_key"].duplicated().any():
        raise ValueError("Ein Gebietsschlüssel hat in INKAR mehrere Namen oder Ebenen")
    return regions.set_axis(spec.fields, axis=1)


def build_indikatoren(werte: pd.DataFrame, k: Kuratiert, spec: ResourceSpec) -> pd.DataFrame:
    katalog = k.tables["indikatoren"].set_index("indikator_id", drop=False)
    coverage = werte.groupby("indikator_id")["jahr"].agg(["min", "max"])
    if set(coverage.index) != set(katalog.index):
        raise ValueError("curated/statistik/indikatoren.csv passt nicht zum Panel: "
                         f"{sorted(set(coverage.index) ^ set(katalog.index))}")
    frame = katalog.assign(
        ist_anteil=katalog["ist_anteil"] == "true",
        jahr_von=coverage["min"].astype(int), jahr_bis=coverage["max"].astype(int),
        quelle_id=INKAR, sicherheit=certainty([k.rank(INKAR)]))
    return frame[spec.fields].reset_index(drop=True)


def build_bund_ausgaben(auszug: pd.DataFrame, long: pd.DataFrame,
                        k: Kuratiert) -> pd.DataFrame:
    kapitel = auszug["Epl."] + auszug["Kap."].str.zfill(2)
    titel = auszug["Tit."]
    quelle_id = auszug["haushaltsjahr"].astype(int).map(haushalt_quelle_id)
    frame = pd.DataFrame({
        "jahr": auszug["haushaltsjahr"].astype(int),
        "haushaltstitel": kapitel + " " + titel.str[:3] + " " + titel.str[3:],
        "zweck": auszug["Zweckbestimmung"].str.strip(),
        "betrag_eur": auszug["Ist"],
        "fundstelle": "S. " + auszug["Seite"],
        "quelle_id": quelle_id,
        "sicherheit": quelle_id.map(lambda q: certainty([k.rank(q)])),
    })
    _assert_same_amounts(frame, auszug, long)
    return frame


def _assert_same_amounts(frame: pd.DataFrame, auszug: pd.DataFrame,
                         long: pd.DataFrame) -> None:
    """The tidy raw file must hold the same amounts as the Haushaltsrechnung excerpt."""
    left = pd.Series(frame["betrag_eur"].astype(float).to_numpy(),
                     index=auszug["haushaltsjahr"] + "/" + auszug["Tit."]).sort_index()
    right = pd.Series(long["value"].astype(float).to_numpy(),
                      index=long["period"] + "/" + long["indicator"].str[-5:]).sort_index()
    if not left.equals(right):
        raise ValueError("Haushaltsrechnung-Auszug und Langform weichen voneinander ab")


def _check_haushalt_quellen(auszug: pd.DataFrame, k: Kuratiert) -> None:
    """One curated source per budget year, naming the Git blob the year was read from."""
    for jahr, blob in auszug.drop_duplicates("haushaltsjahr")[
            ["haushaltsjahr", "source_blob"]].itertuples(index=False):
        quelle_id = haushalt_quelle_id(int(jahr))
        if quelle_id not in k.quellen.index:
            raise KeyError(f"curated/statistik/quellen.csv: Quelle {quelle_id} fehlt")
        if f"Git-Blob {blob[:12]}" not in k.quellen.at[quelle_id, "hinweis"]:
            raise ValueError(f"curated/statistik/quellen.csv: {quelle_id} nennt nicht den "
                             f"Git-Blob {blob[:12]} der Rohdaten")


def _web_quelle_ids(raw: pd.DataFrame, k: Kuratiert) -> pd.Series:
    """The curated source of each row, found by its address; its rank must agree with the
    raw file's judgement of the page."""
    by_url = k.quellen.drop_duplicates("url", keep=False).set_index("url")["quelle_id"]
    missing = sorted(set(raw["source_url"]) - set(by_url.index))
    if missing:
        raise KeyError(f"curated/statistik/quellen.csv: keine Quelle mit der Adresse {missing}")
    ids = raw["source_url"].map(by_url)
    expected = raw["source_quality"].map(RANG_NACH_QUALITAET)
    if expected.isna().any():
        raise ValueError(f"Unbekannte source_quality: {set(raw['source_quality'])}")
    wrong = sorted(set(ids[ids.map(k.rank) != expected]))
    if wrong:
        raise ValueError(f"curated/statistik/quellen.csv: Rang widerspricht den Rohdaten: {wrong}")
    return ids


def build_bund_kennzahlen(raw: pd.DataFrame, k: Kuratiert) -> pd.DataFrame:
    frame = pd.DataFrame({
        "region_id": raw["region_key"], "zeitraum": raw["period"],
        "kennzahl_id": raw["indicator"], "kennzahl": k.mapped(raw["indicator_label"], "kennzahl"),
        "wert": raw["value"], "einheit": k.mapped(raw["unit"], "einheit"),
        "quelle_id": _web_quelle_ids(raw, k), "sicherheit": "",
        "hinweis": k.mapped(raw["note"], "hinweis"),
    })
    frame["sicherheit"] = k.sicherheit("bund_kennzahlen", frame)
    return frame


def sums_not_adding_up(raw: pd.DataFrame) -> pd.Series:
    """True for the parts and the total of a region and month where the parts (ELB and
    Sozialgeld) do not add up to the printed total of persons."""
    wide = raw.pivot(index=["region_key", "period"], columns="indicator", values="value")
    wide = wide[[*TEILE, GESAMT]].astype(int)
    bad = wide[list(TEILE)].sum(axis=1) != wide[GESAMT]
    keys = pd.MultiIndex.from_frame(raw[["region_key", "period"]])
    return pd.Series(bad.reindex(keys).to_numpy() & raw["indicator"].isin(
        [*TEILE, GESAMT]).to_numpy(), index=raw.index)


def build_lokale_bestaende(raw: pd.DataFrame, k: Kuratiert) -> pd.DataFrame:
    frame = pd.DataFrame({
        "region_id": raw["region_key"], "zeitraum": raw["period"],
        "kennzahl_id": raw["indicator"],
        "kennzahl": k.mapped(raw["indicator"], "bestand_kennzahl"),
        "wert": raw["value"], "einheit": k.mapped(raw["unit"], "einheit"),
        "quelle_id": ERLANGEN, "sicherheit": "",
        "hinweis": k.mapped(raw["note"], "hinweis"),
    })
    cap = sums_not_adding_up(raw).map({True: "wahrscheinlich", False: "gesichert"})
    frame["sicherheit"] = k.sicherheit("lokale_bestaende", frame, at_most=cap)
    return frame


def build_quellen(k: Kuratiert, spec: ResourceSpec) -> pd.DataFrame:
    return k.tables["quellen"][spec.fields].copy()


def build_tables(raw_dir: Path, curated_dir: Path | None = None
                 ) -> list[tuple[ResourceSpec, pd.DataFrame]]:
    meta = package_meta(PACKAGE, curated_dir)
    specs = meta.tables
    k = Kuratiert(curated_dir)
    panel = _read(raw_dir, PANEL_FILE)
    auszug = _read(raw_dir, HAUSHALT_FILE)
    _check_haushalt_quellen(auszug, k)
    werte = build_werte(panel)
    kennzahlen = build_bund_kennzahlen(_read(raw_dir, KENNZAHLEN_FILE), k)
    bestaende = build_lokale_bestaende(_read(raw_dir, BESTAND_FILE), k)
    k.unused_belege([("bund_kennzahlen", kennzahlen), ("lokale_bestaende", bestaende)])
    return [
        (specs["quellen"], build_quellen(k, specs["quellen"])),
        (specs["regionen"], build_regionen(panel, specs["regionen"])),
        (specs["indikatoren"], build_indikatoren(werte, k, specs["indikatoren"])),
        (specs["werte"], werte),
        (specs["bund_ausgaben"], build_bund_ausgaben(
            auszug, _read(raw_dir, HAUSHALT_LONG_FILE), k)),
        (specs["bund_kennzahlen"], kennzahlen),
        (specs["lokale_bestaende"], bestaende),
    ]


def run(raw_dir: Path, data_dir: Path) -> Path:
    meta = package_meta(PACKAGE)
    return write_package(meta.name, meta.title, meta.description, build_tables(raw_dir),
                         licenses=meta.licenses, keywords=meta.keywords, data_dir=data_dir)
