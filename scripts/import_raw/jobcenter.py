"""raw/ → data/jobcenter: zkT registry, Kreise, Länder, status per Kreis and year.

Reads ``registry/zkt_registry_derived.csv``, ``registry/zkt_status_by_kreis_year_…csv``,
``geo/kreise_destatis_…_derived.csv`` and the 400-Kreise GeoJSON; writes seven tables and
two simplified GeoJSON files. Sources are curated in ``_jobcenter_sources``, German texts in
``_jobcenter_texts``, the map simplification lives in ``_jobcenter_geo``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from scripts.datapackage import DATA_DIR, write_package
from scripts.import_raw import _jobcenter_geo as geo
from scripts.import_raw._jobcenter_sources import QUELLEN, RENAMED
from scripts.import_raw._jobcenter_specs import DESCRIPTION, FILES, KEYWORDS, SPECS, TITLE
from scripts.import_raw._jobcenter_texts import ENDE_GRUND, HINWEIS

PACKAGE = "jobcenter"
GEBIETSSTAND = "2021-12-31"
YEARS = range(2005, 2026)

REGISTRY = "registry/zkt_registry_derived.csv"
PANEL = "registry/zkt_status_by_kreis_year_2005-2025_derived.csv"
KREISE = "geo/kreise_destatis_gebietsstand-2021-12-31_derived.csv"
KREISE_GEO = "geo/kreise_400_gebietsstand_2021-07-01_derived_wgs84.geojson"

SICHERHEIT = {"high": "gesichert", "medium": "wahrscheinlich", "low": "unsicher"}
STATUS = {"zkT": "zkT", "zkT_teilgebiet": "zkT-Teilgebiet", "nicht_zkT": "kein zkT"}
TRAEGER_ART = {"Landkreis": "Landkreis", "Kreis": "Kreis",
               "kreisfreie Stadt": "kreisfreie Stadt",
               "Stadtkreis (kreisfreie Stadt)": "Stadtkreis"}
LAND_KURZ = {"01": "SH", "02": "HH", "03": "NI", "04": "HB", "05": "NW", "06": "HE",
             "07": "RP", "08": "BW", "09": "BY", "10": "SL", "11": "BE", "12": "BB",
             "13": "MV", "14": "SN", "15": "ST", "16": "TH"}
# Slugs by hand where the law's name is a sentence rather than a name.
SLUG_OVERRIDES = {"SN-13": "landkreis-mittelsachsen-gebiet-doebeln"}

# Stale certainty cells of the raw panel. The panel rates a cell "low" only when a
# low-certainty registry row is involved; round 2 raised these rows (SN-03/04/05 to
# medium/medium/high, TH-02 to medium) but the panel kept "low". For 2012 ff. Eichsfeld is
# listed in the KomtrZV 2012 and 2017, so the status itself is certain (like every other
# Kreis outside MV, SN and ST). Each entry: (ags, first year, last year, old, new).
PANEL_SICHERHEIT_FIXES = [
    ("14626", 2005, 2008, "low", "medium"),  # Görlitz: SN-03 Löbau-Zittau is medium
    ("14627", 2005, 2008, "low", "medium"),  # Meißen: SN-04 Meißen (alt) is medium
    ("14729", 2005, 2008, "low", "medium"),  # Leipzig: SN-05 Muldentalkreis is high; SN rule
    ("16061", 2012, 2025, "low", "high"),    # Eichsfeld: in KomtrZV 2012 and 2017
]


def read_csv(raw_dir: Path, name: str) -> pd.DataFrame:
    """Every column as string, empty cells as ''."""
    return pd.read_csv(raw_dir / name, dtype=str, keep_default_na=False, encoding="utf-8")


def ids(cell: str) -> list[str]:
    """'A;B' → ['A', 'B'] with our published IDs."""
    return [RENAMED.get(x, x) for x in cell.split(";") if x]


def flag(cell: str) -> bool:
    if cell not in ("True", "False"):
        raise ValueError(f"Wahrheitswert erwartet, nicht {cell!r}")
    return cell == "True"


def slugify(name: str) -> str:
    """'Landkreis Göttingen' → 'landkreis-goettingen'."""
    text = name.lower()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, plain)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def slugs(registry: pd.DataFrame) -> list[str]:
    """Unique slugs; a former entity that clashes with a current one gets '-alt'."""
    base = [SLUG_OVERRIDES.get(r.zkt_id) or slugify(r.name_in_law_2017 or r.name_in_law)
            for r in registry.itertuples()]
    current = {s for s, r in zip(base, registry.itertuples(), strict=True)
               if r.is_current_zkt == "True"}
    out = [s + "-alt" if r.is_current_zkt != "True" and s in current else s
           for s, r in zip(base, registry.itertuples(), strict=True)]
    if len(set(out)) != len(out):
        raise ValueError("Kurznamen (slug) sind nicht eindeutig")
    return out


def german_text(table: dict[str, str], zkt_id: str, english: str, what: str) -> str:
    """Our German text for a row; refuse an English text without a translation."""
    if english and zkt_id not in table:
        raise ValueError(f"{zkt_id}: {what} fehlt auf Deutsch in _jobcenter_texts.py")
    return table.get(zkt_id, "")


def traeger_frame(registry: pd.DataFrame) -> pd.DataFrame:
    missing = registry.loc[registry.zkt_start == "", "zkt_id"].tolist()
    if missing:
        raise ValueError(f"Zeilen ohne zkt_start (nicht erfinden, klären): {missing}")
    r = registry
    return pd.DataFrame({
        "zkt_id": r.zkt_id,
        "slug": slugs(r),
        "name": r.name_in_law,
        "name_bei_zulassung": [a if a != n else "" for a, n in
                               zip(r.name_at_admission, r.name_in_law, strict=True)],
        "name_2017": r.name_in_law_2017,
        "land": r.land,
        "traeger_art": r.kind.map(TRAEGER_ART),
        "ags_bei_zulassung": r.ags_at_admission,
        "ags": r.ags_current_territory,
        "ist_ganzer_kreis": r.territory_current == "whole Kreis",
        "zkt_seit": r.zkt_start,
        "zkt_bis": r.zkt_end,
        "ende_grund": [german_text(ENDE_GRUND, i, e, "Grund des Endes")
                       for i, e in zip(r.zkt_id, r.end_reason, strict=True)],
        "nachfolger_zkt_id": r.successor_zkt_id,
        "ist_ursprung_2005": r.in_original_69.map(flag),
        "ist_zugang_2012": r.in_2012_additions.map(flag),
        "ist_in_komtrzv_2012": r.listed_law_2012.map(flag),
        "ist_in_komtrzv_2017": r.listed_law_2017.map(flag),
        "ist_aktuell": r.is_current_zkt.map(flag),
        "sicherheit": r.zkt_start_confidence.map(SICHERHEIT),
        "hinweis": [german_text(HINWEIS, i, n, "Hinweis")
                    for i, n in zip(r.zkt_id, r.notes, strict=True)],
    })


def traeger_quellen_frame(registry: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for r in registry.itertuples():
        start = set(ids(r.zkt_start_sources))
        for quelle in dict.fromkeys(ids(r.sources) + ids(r.zkt_start_sources)):
            rows.append((r.zkt_id, quelle, quelle in start))
    return pd.DataFrame(rows, columns=["zkt_id", "quelle_id", "ist_beleg_beginn"])


def kreise_frame(kreise: pd.DataFrame) -> pd.DataFrame:
    k = kreise
    return pd.DataFrame({
        "ags": k.ags, "kreis_name": k.name, "kreis_art": k.kind, "land_code": k.land_code,
        "land": k.land_name, "nuts3": k.nuts3, "flaeche_km2": k.area_km2,
        "einwohner_anzahl": k.population, "einwohner_maennlich_anzahl": k.population_male,
        "einwohner_weiblich_anzahl": k.population_female,
        "einwohner_je_km2": k.population_per_km2, "gebietsstand": GEBIETSSTAND,
        "quelle_id": "DESTATIS2021",
    })


def laender_frame(kreise: pd.DataFrame) -> pd.DataFrame:
    pairs = kreise[["land_code", "land_name"]].drop_duplicates().sort_values("land_code")
    return pd.DataFrame({"land_code": pairs.land_code, "land": pairs.land_name,
                         "land_kurz": pairs.land_code.map(LAND_KURZ)})


def fixed_confidence(panel: pd.DataFrame) -> pd.Series:
    """Panel confidence with the documented fixes; fails if a fix no longer applies."""
    conf = panel.confidence.copy()
    for ags, first, last, old, new in PANEL_SICHERHEIT_FIXES:
        year = panel.year.astype(int)
        cells = (panel.ags == ags) & year.between(first, last)
        if cells.sum() != last - first + 1 or set(conf[cells]) != {old}:
            raise ValueError(f"Korrektur {ags} {first}–{last} passt nicht mehr zur Rohdatei")
        conf[cells] = new
    return conf


def status_frame(panel: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({
        "ags": panel.ags, "jahr": panel.year.astype(int),
        "status": panel.status_on_1_january.map(STATUS), "zkt_ids": panel.zkt_ids,
        "sicherheit": fixed_confidence(panel).map(SICHERHEIT), "quelle_id": "ABL-STATUS",
    })


def quellen_frame(used: set[str]) -> pd.DataFrame:
    frame = pd.DataFrame(QUELLEN)
    unknown = used - set(frame.quelle_id)
    if unknown:
        raise ValueError(f"Quellen ohne Eintrag in _jobcenter_sources.py: {sorted(unknown)}")
    return frame


def write_maps(raw_dir: Path, folder: Path, kreise: pd.DataFrame) -> None:
    """kreise.geojson and laender.geojson, simplified from the BKG Kreise."""
    simple = geo.simplified_kreise(raw_dir / KREISE_GEO)
    names = dict(zip(kreise.ags, kreise.name, strict=True))
    if set(simple) != set(names):
        raise ValueError("Kreise der Karte und der Destatis-Tabelle stimmen nicht überein")
    laender = dict(zip(kreise.land_code, kreise.land_name, strict=False))
    folder.mkdir(parents=True, exist_ok=True)
    geo.write_features(geo.kreis_features(simple, names), folder / "kreise.geojson")
    geo.write_features(geo.land_features(simple, laender), folder / "laender.geojson")


def run(raw_dir: Path, data_dir: Path = DATA_DIR) -> Path:
    """Import the package into ``data_dir/jobcenter`` and return that folder."""
    registry = read_csv(raw_dir, REGISTRY)
    kreise_raw = read_csv(raw_dir, KREISE)
    frames = {
        "traeger": traeger_frame(registry),
        "traeger_quellen": traeger_quellen_frame(registry),
        "kreise": kreise_frame(kreise_raw),
        "laender": laender_frame(kreise_raw),
        "status_jahr": status_frame(read_csv(raw_dir, PANEL)),
    }
    used = set(frames["traeger_quellen"].quelle_id) | {"DESTATIS2021", "ABL-STATUS",
                                                         "BKG-VG5000-2021"}
    frames["quellen"] = quellen_frame(used)
    write_maps(raw_dir, data_dir / PACKAGE, kreise_raw)
    tables = [(spec, frames[spec.name][spec.fields]) for spec in SPECS]
    return write_package(PACKAGE, TITLE, DESCRIPTION, tables, FILES,
                         keywords=KEYWORDS, data_dir=data_dir)
