"""raw/ → data/jobcenter: zkT registry, Kreise, Länder, status per Kreis and year.

Reads ``registry/zkt_registry_derived.csv``, ``registry/zkt_status_by_kreis_year_…csv``,
``geo/kreise_destatis_…_derived.csv`` and the 400-Kreise GeoJSON; writes six tables and two
simplified GeoJSON files. Everything written by hand – sources, German texts, corrections
with their reason, the evidence behind each date, package and resource metadata – lives in
``curated/jobcenter/`` (see its README); this module holds the rules: the current name from
the latest KomtrZV text, slugs, the certainty of every date and status cell by
``kommunale_jobcenter.certainty``. The map simplification lives in ``_jobcenter_geo``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from kommunale_jobcenter import certainty
from kommunale_jobcenter.curated_tables import tables as read_curated
from kommunale_jobcenter.datapackage import DATA_DIR, PackageMeta, package_meta, write_package
from kommunale_jobcenter.import_raw import _jobcenter_geo as geo

PACKAGE = "jobcenter"
GEBIETSSTAND = "2021-12-31"
YEARS = range(2005, 2026)

REGISTRY = "registry/zkt_registry_derived.csv"
PANEL = "registry/zkt_status_by_kreis_year_2005-2025_derived.csv"
KREISE = "geo/kreise_destatis_gebietsstand-2021-12-31_derived.csv"
KREISE_GEO = "geo/kreise_400_gebietsstand_2021-07-01_derived_wgs84.geojson"

# quelle_id of the tables that rest on one source each (a rule of this importer)
KREISE_QUELLE, STATUS_QUELLE, GEO_QUELLE = "DESTATIS2021", "ABL-STATUS", "BKG-VG5000-2021"
OWN_DERIVATION = "Eigene Ableitung"  # kind of source that is our own reasoning, not a source


class CuratedMismatch(ValueError):
    """A curated file no longer fits the raw data (a correction, text or source is stale)."""


def read_csv(raw_dir: Path, name: str) -> pd.DataFrame:
    """Every column as string, empty cells as ''."""
    return pd.read_csv(raw_dir / name, dtype=str, keep_default_na=False, encoding="utf-8")


def curated_tables() -> dict[str, pd.DataFrame]:
    return read_curated(PACKAGE)


def codes(cur: dict[str, pd.DataFrame], field: str) -> dict[str, str]:
    table = cur["codes"]
    rows = table[table.feld == field]
    return dict(zip(rows.rohwert, rows.wert, strict=True))


def mapped(series: pd.Series, table: dict[str, str], field: str) -> pd.Series:
    unknown = sorted(set(series) - set(table))
    if unknown:
        raise CuratedMismatch(f"curated/jobcenter/codes.csv: {field} ohne deutschen Wert: "
                              f"{unknown}")
    return series.map(table)


def renamed(cur: dict[str, pd.DataFrame]) -> dict[str, str]:
    """Raw source IDs that we publish under another ID."""
    q = cur["quellen"]
    rows = q[q.rohkennung != ""]
    return dict(zip(rows.rohkennung, rows.quelle_id, strict=True))


def ids(cell: str, renames: dict[str, str]) -> list[str]:
    """'A;B' → ['A', 'B'] with our published IDs."""
    return [renames.get(x, x) for x in cell.split(";") if x]


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
    """Slugs from the latest law name; a former entity that clashes with a current one
    gets '-alt' (uniqueness is checked after the curated corrections)."""
    base = [slugify(r.name_in_law_2017 or r.name_in_law) for r in registry.itertuples()]
    current = {s for s, r in zip(base, registry.itertuples(), strict=True)
               if r.is_current_zkt == "True"}
    return [s + "-alt" if r.is_current_zkt != "True" and s in current else s
            for s, r in zip(base, registry.itertuples(), strict=True)]


def german_texts(cur: dict[str, pd.DataFrame], registry: pd.DataFrame) -> pd.DataFrame:
    """ende_grund and hinweis per registry row; refuse an English raw text without a German
    one and a German text for a row that has no raw text (nothing lost, nothing invented)."""
    texts = cur["traeger_texte"].set_index("zkt_id")
    unknown = sorted(set(texts.index) - set(registry.zkt_id))
    if unknown:
        raise CuratedMismatch(f"curated/jobcenter/traeger_texte.csv: unbekannte Träger {unknown}")
    out = texts.reindex(registry.zkt_id).fillna("")
    for raw, field in (("end_reason", "ende_grund"), ("notes", "hinweis")):
        english = registry.set_index("zkt_id")[raw] != ""
        german = out[field] != ""
        if (english != german).any():
            bad = sorted(english.index[english != german])
            raise CuratedMismatch(f"curated/jobcenter/traeger_texte.csv: {field} passt nicht "
                                  f"zu {raw} der Rohdaten bei {bad}")
    return out.reset_index(drop=True)


def apply_corrections(frame: pd.DataFrame, cur: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Replace the values named in korrekturen.csv; each must still match its rule value."""
    frame = frame.copy()
    position = {z: i for i, z in enumerate(frame.zkt_id)}
    for row in cur["korrekturen"].itertuples():
        i = position.get(row.zkt_id)
        if i is None or frame.at[i, row.feld] != row.rohwert:
            found = "fehlt" if i is None else repr(frame.at[i, row.feld])
            raise CuratedMismatch(f"curated/jobcenter/korrekturen.csv: {row.zkt_id} "
                                  f"{row.feld}: erwartet {row.rohwert!r}, gefunden {found}")
        frame.at[i, row.feld] = row.wert
    if frame.slug.duplicated().any():
        raise ValueError("Kurznamen (slug) sind nicht eindeutig")
    return frame


def source_ranks(cur: dict[str, pd.DataFrame]) -> dict[str, str]:
    """quelle_id → Primärquelle/Sekundärquelle by kind and curated rank."""
    q = cur["quellen"]
    return {i: certainty.source_rank(art, rank)
            for i, art, rank in zip(q.quelle_id, q.art, q.quellenrang, strict=True)}


def own_derivations(cur: dict[str, pd.DataFrame]) -> set[str]:
    """Sources that are our own reasoning: a value resting on them is not simply read."""
    q = cur["quellen"]
    return set(q.quelle_id[q.art == OWN_DERIVATION])


def evidence(cur: dict[str, pd.DataFrame], registry: pd.DataFrame,
             renames: dict[str, str]) -> pd.DataFrame:
    """Per registry row the evidence of its start and end: sources, derivation, reason.
    The start rests on the raw ``zkt_start_sources``; a start that needs our own derivation
    and every end date must have a row in belege.csv that says how."""
    ranks, own_ids = source_ranks(cur), own_derivations(cur)
    belege = {(b.zkt_id, b.angabe): b for b in cur["belege"].itertuples()}
    unknown = {z for z, _ in belege} - set(registry.zkt_id)
    if unknown:
        raise CuratedMismatch(f"curated/jobcenter/belege.csv: unbekannte Träger {sorted(unknown)}")
    rows = []
    for r in registry.itertuples():
        start = ids(r.zkt_start_sources, renames)
        own = any(q in own_ids for q in start)
        b = belege.get((r.zkt_id, "beginn"))
        if own and (b is None or b.herleitung == "gelesen"):
            raise CuratedMismatch(f"curated/jobcenter/belege.csv: {r.zkt_id} beginn: der Beginn "
                                  "stützt sich auf eine eigene Ableitung; Herleitung fehlt")
        rows.append((r.zkt_id, "beginn", start, b))
        e = belege.get((r.zkt_id, "ende"))
        if (e is None) != (r.zkt_end == ""):
            raise CuratedMismatch(f"curated/jobcenter/belege.csv: {r.zkt_id} ende: eine Zeile "
                                  "gehört genau zu jedem Träger mit Enddatum")
        if e is not None:
            rows.append((r.zkt_id, "ende", ids(e.quellen, renames), e))
    out = []
    for zkt_id, what, sources, b in rows:
        missing = [q for q in sources if q not in ranks]
        if missing:
            raise CuratedMismatch(f"{zkt_id} {what}: Quellen ohne Eintrag in "
                                  f"curated/jobcenter/quellen.csv: {missing}")
        out.append({"zkt_id": zkt_id, "angabe": what,
                    "raenge": [ranks[q] for q in sources if q not in own_ids],
                    "herleitung": b.herleitung if b is not None else "gelesen",
                    "begruendung": b.begruendung if b is not None else ""})
    return pd.DataFrame(out)


def certainties(proof: pd.DataFrame, raw_level: dict[str, str]) -> pd.DataFrame:
    """Per registry row: certainty of start and end by ``kommunale_jobcenter.certainty`` (the raw
    level of the start can only lower it) and ``herleitung``, how the start was derived when it
    was not simply read; how an end date was derived goes into ``hinweis_ende``."""
    out: dict[str, dict[str, str]] = {}
    for p in proof.itertuples():
        row = out.setdefault(p.zkt_id, {"sicherheit": "", "sicherheit_ende": "",
                                        "herleitung": "", "hinweis_ende": ""})
        at_most = raw_level[p.zkt_id] if p.angabe == "beginn" else "gesichert"
        level = certainty.certainty(p.raenge, p.herleitung, at_most=at_most)
        row["sicherheit" if p.angabe == "beginn" else "sicherheit_ende"] = level
        if p.herleitung != "gelesen":
            row["herleitung" if p.angabe == "beginn" else "hinweis_ende"] = p.begruendung
    return pd.DataFrame.from_dict(out, orient="index")


def end_note(reason: str) -> str:
    return f"Enddatum: {reason}" if reason else ""


def traeger_frame(registry: pd.DataFrame, cur: dict[str, pd.DataFrame]) -> pd.DataFrame:
    missing = registry.loc[registry.zkt_start == "", "zkt_id"].tolist()
    if missing:
        raise ValueError(f"Zeilen ohne zkt_start (nicht erfinden, klären): {missing}")
    r = registry
    texts = german_texts(cur, r)
    # the name as the latest KomtrZV text we read has it (2017, else 2012, else the raw name)
    name = r.name_in_law_2017.where(r.name_in_law_2017 != "", r.name_in_law)
    raw_level = dict(zip(r.zkt_id, mapped(r.zkt_start_confidence, codes(cur, "sicherheit"),
                                          "sicherheit"), strict=True))
    levels = certainties(evidence(cur, r, renamed(cur)), raw_level).reindex(r.zkt_id)
    frame = pd.DataFrame({
        "zkt_id": r.zkt_id,
        "slug": slugs(r),
        "name": name,
        "name_bei_zulassung": [a if a != n else "" for a, n in
                               zip(r.name_at_admission, name, strict=True)],
        "name_2012": r.name_in_law.where(r.listed_law_2012 == "True", ""),
        "name_2017": r.name_in_law_2017,
        "land": r.land,
        "traeger_art": mapped(r.kind, codes(cur, "traeger_art"), "traeger_art"),
        "ags_bei_zulassung": r.ags_at_admission,
        "ags": r.ags_current_territory,
        "ist_ganzer_kreis": r.territory_current == "whole Kreis",
        "zkt_seit": r.zkt_start,
        "zkt_bis": r.zkt_end,
        "ende_grund": texts.ende_grund,
        "nachfolger_zkt_id": r.successor_zkt_id,
        "ist_ursprung_2005": r.in_original_69.map(flag),
        "ist_zugang_2012": r.in_2012_additions.map(flag),
        "ist_in_komtrzv_2012": r.listed_law_2012.map(flag),
        "ist_in_komtrzv_2017": r.listed_law_2017.map(flag),
        "ist_aktuell": r.is_current_zkt.map(flag),
        "sicherheit": levels.sicherheit.to_numpy(),
        "sicherheit_ende": levels.sicherheit_ende.to_numpy(),
        "herleitung": levels.herleitung.to_numpy(),
        "hinweis": [" ".join(x for x in pair if x) for pair in
                    zip(texts.hinweis, levels.hinweis_ende.map(end_note), strict=True)],
    })
    return apply_corrections(frame, cur)


def traeger_quellen_frame(registry: pd.DataFrame, renames: dict[str, str]) -> pd.DataFrame:
    rows = []
    for r in registry.itertuples():
        start = set(ids(r.zkt_start_sources, renames))
        for quelle in dict.fromkeys(ids(r.sources, renames) + ids(r.zkt_start_sources, renames)):
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
        "quelle_id": KREISE_QUELLE,
    })


def laender_frame(kreise: pd.DataFrame, cur: dict[str, pd.DataFrame]) -> pd.DataFrame:
    pairs = kreise[["land_code", "land_name"]].drop_duplicates().sort_values("land_code")
    short = dict(zip(cur["laender"].land_code, cur["laender"].land_kurz, strict=True))
    return pd.DataFrame({"land_code": pairs.land_code, "land": pairs.land_name,
                         "land_kurz": mapped(pairs.land_code, short, "land_kurz")})


def fixed_confidence(panel: pd.DataFrame, cur: dict[str, pd.DataFrame]) -> pd.Series:
    """Panel certainty in German, with the curated corrections; a correction that no longer
    matches the raw panel stops the import."""
    conf = mapped(panel.confidence, codes(cur, "sicherheit"), "sicherheit")
    year = panel.year.astype(int)
    for fix in cur["status_korrekturen"].itertuples():
        first, last = int(fix.von), int(fix.bis)
        cells = (panel.ags == fix.ags) & year.between(first, last)
        if cells.sum() != last - first + 1 or set(panel.confidence[cells]) != {fix.rohwert}:
            raise CuratedMismatch(f"curated/jobcenter/status_korrekturen.csv: {fix.ags} "
                                  f"{first}–{last} passt nicht mehr zur Rohdatei")
        conf[cells] = fix.wert
    return conf


def law_says(t: pd.Series, year: int) -> bool | None:
    """What a KomtrZV text we read says for 1 January of ``year``: True if it lists the
    Träger, False if it does not, None if no read text applies: the 2012 text (Stand
    2.7.2012) for 1.1.2012 only – the list changed for 1.1.2013 and 1.1.2014 by amendments we
    did not read –, the text changed on 29.5.2017 from 2018 on."""
    if year == 2012:
        return bool(t.ist_in_komtrzv_2012)
    if year >= 2018:
        return bool(t.ist_in_komtrzv_2017)
    return None


def fact_level(t: pd.Series, year: int) -> str:
    """Certainty of «this Träger was (not) a zkT on 1 January of ``year``». A law text that
    applies settles it; otherwise it rests on the start date (before it, or when no law
    listed the Träger since) and on the end date (after it, or when no law listed it
    later)."""
    if law_says(t, year) is not None:
        return "gesichert"
    day = f"{year}-01-01"
    if day < t.zkt_seit:
        return t.sicherheit
    if t.zkt_bis and day > t.zkt_bis:
        return t.sicherheit_ende
    listed_before = bool(t.ist_in_komtrzv_2012) and year >= 2012
    listed_after = bool(t.ist_in_komtrzv_2017) or not t.zkt_bis
    return certainty.weakest("gesichert" if listed_before else t.sicherheit,
                             "gesichert" if listed_after else t.sicherheit_ende)


def status_levels(panel: pd.DataFrame, traeger: pd.DataFrame,
                  capped: pd.Series) -> pd.Series:
    """Certainty of each status cell: the weakest of the facts it rests on – every Träger
    of its Kreis or listed in it (``fact_level``) – and of the raw level with the curated
    corrections (which can only lower the rule)."""
    rows = {t.zkt_id: t for _, t in traeger.iterrows()}
    by_ags: dict[str, list[str]] = {}
    for t in rows.values():
        by_ags.setdefault(t.ags, []).append(t.zkt_id)
    levels = []
    for ags, year, listed, cap in zip(panel.ags, panel.year.astype(int), panel.zkt_ids,
                                      capped, strict=True):
        relevant = dict.fromkeys(by_ags.get(ags, []) + [i for i in listed.split(";") if i])
        levels.append(certainty.weakest(cap, *(fact_level(rows[i], year) for i in relevant)))
    return pd.Series(levels, index=panel.index)


def status_frame(panel: pd.DataFrame, cur: dict[str, pd.DataFrame],
                 traeger: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({
        "ags": panel.ags, "jahr": panel.year.astype(int),
        "status": mapped(panel.status_on_1_january, codes(cur, "status"), "status"),
        "zkt_ids": panel.zkt_ids,
        "sicherheit": status_levels(panel, traeger, fixed_confidence(panel, cur)),
        "quelle_id": STATUS_QUELLE,
    })


def quellen_frame(cur: dict[str, pd.DataFrame], used: set[str], fields: list[str]) -> pd.DataFrame:
    frame = cur["quellen"].copy()
    unknown = used - set(frame.quelle_id)
    if unknown:
        raise CuratedMismatch(f"Quellen ohne Eintrag in curated/jobcenter/quellen.csv: "
                              f"{sorted(unknown)}")
    frame["quellenrang"] = frame.quelle_id.map(source_ranks(cur))
    return frame[fields]


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


def build_frames(raw_dir: Path, meta: PackageMeta) -> dict[str, pd.DataFrame]:
    cur = curated_tables()
    registry = read_csv(raw_dir, REGISTRY)
    kreise_raw = read_csv(raw_dir, KREISE)
    renames = renamed(cur)
    traeger = traeger_frame(registry, cur)
    frames = {
        "traeger": traeger,
        "traeger_quellen": traeger_quellen_frame(registry, renames),
        "kreise": kreise_frame(kreise_raw),
        "laender": laender_frame(kreise_raw, cur),
        "status_jahr": status_frame(read_csv(raw_dir, PANEL), cur, traeger),
    }
    used = set(frames["traeger_quellen"].quelle_id) | {KREISE_QUELLE, STATUS_QUELLE, GEO_QUELLE}
    frames["quellen"] = quellen_frame(cur, used, meta.tables["quellen"].fields)
    return frames


def run(raw_dir: Path, data_dir: Path = DATA_DIR) -> Path:
    """Import the package into ``data_dir/jobcenter`` and return that folder."""
    meta = package_meta(PACKAGE)
    frames = build_frames(raw_dir, meta)
    write_maps(raw_dir, data_dir / PACKAGE, read_csv(raw_dir, KREISE))
    tables = [(spec, frames[name][spec.fields]) for name, spec in meta.tables.items()]
    folder = write_package(meta.name, meta.title, meta.description, tables,
                           list(meta.files.values()), licenses=meta.licenses,
                           keywords=meta.keywords, data_dir=data_dir)
    return folder
