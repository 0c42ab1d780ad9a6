"""raw/finanzen, raw/zkt_fakten, raw/kennzahlen → data/finanzen.

The federal money for the Jobcenter: the shares that the yearly
Eingliederungsmittel-Verordnung (EinglMV) prints for every Jobcenter (2012, 2018, 2022,
2024–2026), one stable id per Jobcenter across the BA's renumberings, its Kreise, the check
sums of each Anlage, and single sourced facts (BIAJ, organisation forms, the § 6c
evaluation, Kennzahlen from web pages).

Shares are taken over as printed text (never re-rounded). Every German word that is not a
rule comes from curated/finanzen/: labels, translations of the raw English notes, source
rows with their rank, the ids of Jobcenter that share a Kreis (tables, checked against the
raw files by ``_finanzen_kuratiert``), titles, descriptions and notes of the package and its
resources and its licences (``paket.yaml``). This module keeps the
rules: parsing, joining, deriving ids and territories. Certainty comes from
``kommunale_jobcenter.certainty``: the rank of the source, lowered by how the Anlage was transcribed
(curated/finanzen/erfassung.csv) or by the raw file's own certainty of a fact.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

import pandas as pd

from kommunale_jobcenter import certainty, curated
from kommunale_jobcenter.datapackage import ResourceSpec, package_meta, write_package
from kommunale_jobcenter.import_raw import _finanzen_kuratiert as kuratiert

PACKAGE = "finanzen"
LONG_FILE = "einglmv_jobcenter_anteile_2012-2026_long_derived.csv.gz"
KEY_FILE = "einglmv_jobcenter_schluessel_derived.csv"
SUMS_FILE = "einglmv_pruefsummen_derived.csv"
# fact files: id prefix → (raw folder, file)
FAKT_DATEIEN = {
    "finanzen": ("finanzen", "biaj_und_weitere_finanzfakten_derived.csv"),
    "organisation": ("zkt_fakten", "zkt_organisation_und_einzelfakten_derived.csv"),
    "evaluation": ("zkt_fakten", "evaluation_und_kontext_zkt_derived.csv"),
    "kennzahlen": ("kennzahlen", "kennzahlen_jobcenter_einzelwerte_aus_webseiten_derived.csv"),
}
ZUORDNUNG = "abl-einglmv-zuordnung"  # our own derivation: Jobcenter → Kreise, Träger
GANZ, TEIL, MEHRERE = "ganzer Kreis", "Teil des Kreises", "mehrere Kreise"
GEBIET_ROH = {"whole": GANZ, "part_of": TEIL, "several_inferred": MEHRERE}
# the raw «certainty» of a fact (its first word) and the highest level it allows; a file
# without that column gives its values as printed («certain»); any other word: unsicher
ROH_SICHERHEIT = {"certain": "gesichert", "probable": "wahrscheinlich"}


def hoechstens_roh(raw_certainty: str | None) -> str:
    """The highest certainty the raw file's own certainty of a fact allows."""
    word = "certain" if raw_certainty is None else raw_certainty.strip().lower()
    return next((level for prefix, level in ROH_SICHERHEIT.items()
                 if word.startswith(prefix)), "unsicher")


class Raenge:
    """Rank of each source of the package (curated quellen: «art» and «quellenrang»)."""

    def __init__(self, quellen: pd.DataFrame) -> None:
        self._rank = {q: certainty.source_rank(art, rang) for q, art, rang in quellen[
            ["quelle_id", "art", "quellenrang"]].itertuples(index=False)}

    def sicherheit(self, quelle_id: str, at_most: str = "gesichert") -> str:
        """The level of a value read in this source, lowered to ``at_most``."""
        return certainty.certainty([self._rank[quelle_id]], at_most=at_most)


# --- reading ------------------------------------------------------------------------------
def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def _raw(raw_dir: Path) -> dict[str, pd.DataFrame]:
    out = {name: _read(raw_dir / "finanzen" / name) for name in (LONG_FILE, KEY_FILE,
                                                                SUMS_FILE)}
    for prefix, (folder, name) in FAKT_DATEIEN.items():
        out[prefix] = _read(raw_dir / folder / name)
    return out


def eingl_url(repo: str, commit: str, paths: list[str]) -> str:
    """GitHub address of the text read for one year: the file, or the folder of its files."""
    if len(set(paths)) == 1:
        return f"https://github.com/{repo}/blob/{commit}/{paths[0]}"
    folders = {str(PurePosixPath(p).parent) for p in paths}
    if len(folders) != 1:
        raise ValueError(f"{repo}@{commit}: Dateien in mehreren Ordnern {sorted(folders)}")
    return f"https://github.com/{repo}/tree/{commit}/{folders.pop()}"


def _year_sources(long: pd.DataFrame) -> dict[str, tuple[str, str, list[str]]]:
    out = {}
    for year, rows in long.groupby("year", sort=True):
        repos = set(zip(rows["source_repo"], rows["source_commit"], strict=True))
        if len(repos) != 1:
            raise ValueError(f"{year}: mehrere Repositorys oder Commits {sorted(repos)}")
        repo, commit = repos.pop()
        out[year] = (repo, commit, sorted(set(rows["source_path"])))
    return out


def roh_ids(raw: dict[str, pd.DataFrame]) -> kuratiert.RohIds:
    """What the curated files must cover, from the raw files."""
    long, key, sums = raw[LONG_FILE], raw[KEY_FILE], raw[SUMS_FILE]
    anlagen = long.drop_duplicates(["year", "anlage"])
    part = key[key["territory_match"] == "part_of"]
    urls = {eingl_url(*source) for source in _year_sources(long).values()}
    fakten: dict[str, str] = {}
    for frame in (raw[p] for p in FAKT_DATEIEN):
        urls |= set(frame["source_url"])
        fakten.update(zip(frame["fact_id"], frame["value"], strict=True))
    notes = (set(long["note"]) | set(key["note"])) - {""}
    return kuratiert.RohIds(
        measures=set(long["measure"]),
        anlagen={(y, a): m for y, a, m in anlagen[["year", "anlage", "measure"]].itertuples(
            index=False)},
        teilgebiete={(n, name): ags for n, name, ags in part[
            ["traeger_nr", "jobcenter_name_as_printed", "ags5_2021"]].itertuples(index=False)},
        texte={"note": notes, "scope": set(sums["scope"]),
               "transcription": set(sums["transcription"]),
               "source_location": set(long["source_location"]) - {""}},
        fakten=fakten, urls=urls, feste_quellen={ZUORDNUNG})


class Uebersetzer:
    """German versions of raw English texts, from curated/finanzen/uebersetzungen.csv."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self._map = {(f, e): d for f, e, d in frame[["feld", "englisch", "deutsch"]]
                     .itertuples(index=False)}

    def __call__(self, feld: str, text: str) -> str:
        if text == "":
            return ""
        return self._map[(feld, text)]

    def series(self, feld: str, values: pd.Series) -> pd.Series:
        return values.map(lambda text: self(feld, text))


# --- Jobcenter identities ------------------------------------------------------------------
def jobcenter_ids(key: pd.DataFrame, teilgebiete: pd.DataFrame) -> pd.Series:
    """One id per row of the key file (see the description of «jobcenter_id»)."""
    curated = {(n, name): jc for n, name, jc in teilgebiete[
        ["traeger_nr", "name_wie_gedruckt", "jobcenter_id"]].itertuples(index=False)}
    ids = []
    for n, name, ags, match in key[["traeger_nr", "jobcenter_name_as_printed", "ags5_2021",
                                    "territory_match"]].itertuples(index=False):
        if match == "part_of":
            ids.append(curated[(n, name)])
        elif match in ("whole", "several_inferred"):
            ids.append(f"JC-{ags.split(';')[0]}")
        else:
            raise ValueError(f"Träger-Nr. {n}: unbekannte Gebietsangabe «{match}»")
    return pd.Series(ids, index=key.index)


KEY_COLUMNS = ["traeger_nr", "jobcenter_name_as_printed", "ags5_2021", "territory_match"]


def jobcenter_rows(long: pd.DataFrame, key: pd.DataFrame,
                   teilgebiete: pd.DataFrame) -> pd.DataFrame:
    """The Jobcenter rows of the long file with their jobcenter_id and key-file note."""
    key = key.assign(jobcenter_id=jobcenter_ids(key, teilgebiete))
    if key.duplicated(KEY_COLUMNS).any():
        raise ValueError("Die Schlüsseldatei hat doppelte Zeilen")
    rows = long[long["row_type"] == "jobcenter"].merge(
        key[[*KEY_COLUMNS, "years", "jobcenter_id"]], on=KEY_COLUMNS, how="left",
        validate="many_to_one")
    missing = rows[rows["jobcenter_id"].isna()]
    if len(missing):
        raise ValueError(f"Zeilen ohne Eintrag in der Schlüsseldatei: "
                         f"{missing[KEY_COLUMNS].drop_duplicates().values.tolist()[:5]}")
    wrong_year = [y not in years.split(";") for y, years in zip(rows["year"], rows["years"],
                                                                 strict=True)]
    if any(wrong_year):
        raise ValueError("Jahr einer Zeile fehlt in der Schlüsseldatei")
    dup = rows.duplicated(["year", "anlage", "jobcenter_id"], keep=False)
    if dup.any():
        raise ValueError("Eine Jobcenter-ID kommt in einer Anlage mehrfach vor: "
                         f"{rows.loc[dup, ['year', 'anlage', 'jobcenter_id']].values[:4]}")
    return rows


def _year_order(long: pd.DataFrame) -> list[str]:
    return sorted(set(long["year"]))


def build_jobcenter(rows: pd.DataFrame, tr: Uebersetzer, spec: ResourceSpec) -> pd.DataFrame:
    out = []
    for jc, group in rows.groupby("jobcenter_id", sort=True):
        group = group.sort_values(["year", "anlage"], kind="stable")
        last = group[group["year"] == group["year"].max()].iloc[0]
        registry = sorted(set(group["zkt_registry_ids"]) - {""})
        if len(registry) > 1 or any(";" in r for r in registry):
            raise ValueError(f"{jc}: mehrere Einträge im Trägerverzeichnis {registry}")
        if (set(group["zkt_registry_ids"]) - {""}) and set(
                group.loc[group["traeger_form"] == "gE", "zkt_registry_ids"]) - {""}:
            raise ValueError(f"{jc}: gE-Zeile mit Trägerverzeichnis-ID")
        notes = [tr("note", n) for n in dict.fromkeys(group["note"]) if n]
        out.append({
            "jobcenter_id": jc, "jobcenter_name": last["jobcenter_name_as_printed"],
            "land_code": last["land_code"], "land": last["land"],
            "traegerform_zuletzt": last["traeger_form"],
            "jahr_von": int(group["year"].min()), "jahr_bis": int(group["year"].max()),
            "traeger_nummern": ";".join(dict.fromkeys(group["traeger_nr"])),
            "zkt_id": registry[0] if registry else "",
            "hinweis": " ".join(notes),
        })
    return pd.DataFrame(out, columns=spec.fields)


def build_jobcenter_kreise(rows: pd.DataFrame, tr: Uebersetzer, years: list[str],
                           spec: ResourceSpec) -> pd.DataFrame:
    per_year = rows.drop_duplicates(["year", "jobcenter_id"])
    cells = [(year, jc, ags, match, note)
             for year, jc, keys, match, note in per_year[
                 ["year", "jobcenter_id", "ags5_2021", "territory_match", "note"]].itertuples(
                 index=False)
             for ags in keys.split(";")]
    frame = pd.DataFrame(cells, columns=["year", "jobcenter_id", "ags", "match", "note"])
    shared = frame.groupby(["year", "ags"])["jobcenter_id"].transform("nunique") > 1
    frame["gebiet"] = frame["match"].map(GEBIET_ROH).mask(shared, TEIL)
    frame["position"] = frame["year"].map({y: i for i, y in enumerate(years)})
    out = []
    for (jc, ags), group in frame.sort_values("position").groupby(["jobcenter_id", "ags"],
                                                                  sort=True):
        run: list[pd.Series] = []
        for _, cell in group.iterrows():
            if run and (cell["gebiet"] != run[-1]["gebiet"]
                        or cell["position"] != run[-1]["position"] + 1):
                out.append(_link(jc, ags, run, tr))
                run = []
            run.append(cell)
        out.append(_link(jc, ags, run, tr))
    return pd.DataFrame(out, columns=spec.fields)


def _link(jc: str, ags: str, run: list[pd.Series], tr: Uebersetzer) -> dict:
    notes = [tr("note", n) for n in dict.fromkeys(c["note"] for c in run) if n]
    return {"jobcenter_id": jc, "ags": ags, "gebiet": run[0]["gebiet"],
            "jahr_von": int(run[0]["year"]), "jahr_bis": int(run[-1]["year"]),
            "hinweis": " ".join(notes)}


# --- Anlagen, measures, shares, check sums --------------------------------------------------
RECHTSGRUNDLAGE = re.compile(r"\(([^()]*EinglMV[^()]*)\)\s*$")


def build_anlagen(long: pd.DataFrame, sums: pd.DataFrame, curated: dict[str, pd.DataFrame],
                  quelle_je_jahr: dict[str, str], spec: ResourceSpec) -> pd.DataFrame:
    """One row per year and Anlage; certainty from the rank of the year's source, at most
    what its way of transcription allows (curated/finanzen/erfassung.csv)."""
    mittel = dict(zip(curated["mittelarten"]["measure"], curated["mittelarten"]["mittelart"],
                      strict=True))
    erfassung = curated["erfassung"].set_index("verfahren")
    raenge = Raenge(curated["quellen"])
    first = long.drop_duplicates(["year", "anlage"]).set_index(["year", "anlage"])
    method = sums[sums["scope"] == "all rows"].set_index(["year", "anlage"])["transcription"]
    out = []
    for _, row in curated["anlagen"].iterrows():
        raw = first.loc[(row["jahr"], row["anlage"])]
        basis = RECHTSGRUNDLAGE.search(raw["measure_de"])
        if basis is None:
            raise ValueError(f"{row['jahr']} {row['anlage']}: keine Rechtsgrundlage in "
                             f"«{raw['measure_de']}»")
        how = erfassung.loc[method.loc[(row["jahr"], row["anlage"])].split()[0]]
        quelle_id = quelle_je_jahr[row["jahr"]]
        out.append({
            "jahr": int(row["jahr"]), "anlage": row["anlage"],
            "mittelart": mittel[row["measure"]], "rechtsgrundlage": basis.group(1),
            "bezugsgroesse": row["bezugsgroesse"],
            "festbetrag_eingliederung_euro": row["festbetrag_eingliederung_euro"],
            "festbetrag_verwaltung_euro": row["festbetrag_verwaltung_euro"],
            "erfassung": how["erfassung"],
            "sicherheit": raenge.sicherheit(quelle_id, how["hoechstens"]),
            "quelle_id": quelle_id,
        })
    return pd.DataFrame(out, columns=spec.fields)


def build_mittelarten(curated: dict[str, pd.DataFrame], anlagen: pd.DataFrame,
                      spec: ResourceSpec) -> pd.DataFrame:
    span = anlagen.groupby("mittelart")["jahr"].agg(["min", "max"])
    frame = curated["mittelarten"].drop(columns=["measure"])
    return frame.assign(jahr_von=frame["mittelart"].map(span["min"]),
                        jahr_bis=frame["mittelart"].map(span["max"]))[spec.fields]


def _betraege(rows: pd.DataFrame, anlagen: pd.DataFrame) -> tuple[list[str], list[str]]:
    """Split the raw derived amounts (one number, or «EGL;VK») by the Anlage's fixed sums."""
    fixed = {(str(j), a): (e, v) for j, a, e, v in anlagen[[
        "jahr", "anlage", "festbetrag_eingliederung_euro", "festbetrag_verwaltung_euro"]]
        .itertuples(index=False)}
    egl, vk = [], []
    for year, anlage, amount in rows[["year", "anlage", "amount_eur_derived"]].itertuples(
            index=False):
        sums = fixed[(year, anlage)]
        kinds = [k for k, v in zip(("egl", "vk"), sums, strict=True) if v != ""]
        parts = amount.split(";") if amount else []
        if len(parts) != len(kinds):
            raise ValueError(f"{year} {anlage}: Betrag «{amount}» passt nicht zu den festen "
                             f"Beträgen der Anlage {list(sums)}")
        got = dict(zip(kinds, parts, strict=True))
        egl.append(got.get("egl", ""))
        vk.append(got.get("vk", ""))
    return egl, vk


def build_anteile(rows: pd.DataFrame, anlagen: pd.DataFrame, tr: Uebersetzer,
                  spec: ResourceSpec) -> pd.DataFrame:
    info = {(str(r["jahr"]), r["anlage"]): r
            for r in anlagen[["jahr", "anlage", "mittelart", "erfassung", "sicherheit",
                              "quelle_id"]].to_dict("records")}
    keys = list(zip(rows["year"], rows["anlage"], strict=True))
    egl, vk = _betraege(rows, anlagen)
    location = tr.series("source_location", rows["source_location"])
    datei = rows["source_path"].map(lambda p: PurePosixPath(p).name)
    fundstelle = [f"{d}, {loc}" if loc else "" for d, loc in zip(datei, location, strict=True)]
    bad = ~rows["share_pct"].str.fullmatch(r"\d{1,3}\.\d{4}")
    if bad.any():
        raise ValueError(f"Anteile nicht mit vier Nachkommastellen: "
                         f"{rows.loc[bad, 'share_pct'].tolist()[:5]}")
    return pd.DataFrame({
        "jahr": rows["year"].astype(int), "anlage": rows["anlage"],
        "mittelart": [info[k]["mittelart"] for k in keys],
        "jobcenter_id": rows["jobcenter_id"], "traeger_nr": rows["traeger_nr"],
        "traegerform": rows["traeger_form"], "jobcenter_name": rows["jobcenter_name_as_printed"],
        "anteil_prozent": rows["share_pct"],
        "betrag_eingliederung_euro": egl, "betrag_verwaltung_euro": vk,
        "erfassung": [info[k]["erfassung"] for k in keys],
        "sicherheit": [info[k]["sicherheit"] for k in keys],
        "quelle_id": [info[k]["quelle_id"] for k in keys],
        "fundstelle": fundstelle,
    })[spec.fields]


def build_pruefsummen(long: pd.DataFrame, sums: pd.DataFrame, tr: Uebersetzer,
                      spec: ResourceSpec) -> pd.DataFrame:
    totals = long[long["row_type"] == "printed_total"].set_index(["year", "anlage"])
    gedruckt, hinweis = [], []
    for year, anlage, scope, printed in sums[["year", "anlage", "scope",
                                             "printed_total_in_source"]].itertuples(index=False):
        has_total = scope == "all rows" and (year, anlage) in totals.index
        total = totals.loc[(year, anlage)] if has_total else None
        value = total["share_pct"] if total is not None else ""
        if value != printed:
            raise ValueError(f"{year} {anlage}: gedruckte Summe {value!r} ≠ Prüfdatei {printed!r}")
        gedruckt.append(value)
        hinweis.append(tr("note", total["note"]) if total is not None else "")
    return pd.DataFrame({
        "jahr": sums["year"].astype(int), "anlage": sums["anlage"],
        "bereich": tr.series("scope", sums["scope"]),
        "anzahl_zeilen": sums["n_rows"].astype(int), "anzahl_zkt": sums["n_zkT"].astype(int),
        "anzahl_ge": sums["n_gE"].astype(int), "summe_prozent": sums["sum_share_pct"],
        "summe_zkt_prozent": sums["sum_zkT_pct"], "summe_ge_prozent": sums["sum_gE_pct"],
        "gedruckte_summe_prozent": gedruckt, "erwartete_summe_prozent": sums["expected_sum_pct"],
        "toleranz_prozent": sums["max_deficit_if_truncated"],
        "erfassungsverfahren": tr.series("transcription", sums["transcription"]),
        "hinweis": hinweis,
    })[spec.fields]


# --- facts -----------------------------------------------------------------------------------
def build_fakten(raw: dict[str, pd.DataFrame], curated: dict[str, pd.DataFrame],
                 url_to_id: dict[str, str], spec: ResourceSpec) -> pd.DataFrame:
    """One row per raw fact; certainty from the rank of its source, at most what the raw
    file's own certainty allows."""
    de = curated["fakten_de"].set_index("fakt_id")
    raenge = Raenge(curated["quellen"])
    out = []
    for prefix in FAKT_DATEIEN:
        frame = raw[prefix]
        for _, row in frame.iterrows():
            text = de.loc[row["fact_id"]]
            ags = row.get("ags5_2021", "")
            plain = bool(kuratiert.ZAHL.match(row["value"]))
            quelle_id = url_to_id[row["source_url"]]
            out.append({
                "einzelfakt_id": f"{prefix}-{row['fact_id']}", "thema": text["thema"],
                "jobcenter_oder_gruppe": text["jobcenter_oder_gruppe"],
                "land": row.get("land", ""),
                "ags": ags if re.fullmatch(r"\d{5}", ags) else "",
                "zkt_id": row.get("zkt_registry_id", ""), "kennzahl": text["kennzahl"],
                "wert": row["value"] if plain else text["wert"], "wert_text": text["wert_text"],
                "einheit": text["einheit"], "zeitraum": text["zeitraum"],
                "quelle_id": quelle_id,
                "sicherheit": raenge.sicherheit(quelle_id, hoechstens_roh(row.get("certainty"))),
                "hinweis": text["hinweis"],
            })
    return pd.DataFrame(out, columns=spec.fields)


# --- package -----------------------------------------------------------------------------------
class KuratiertFehler(ValueError):
    """The curated files are invalid or do not fit the raw files; ``problems`` says where."""

    def __init__(self, problems: list) -> None:
        self.problems = problems
        super().__init__("Kuratierte Dateien passen nicht zu den Rohdaten:\n"
                         + "\n".join(map(str, problems)))


def build_tables(raw_dir: Path, curated_dir: Path = kuratiert.CURATED_DIR,
                 ) -> list[tuple[ResourceSpec, pd.DataFrame]]:
    raw = _raw(raw_dir)
    try:
        curated_tables = kuratiert.read_all(curated_dir)
    except curated.CuratedError as err:
        raise KuratiertFehler(err.problems) from err
    problems = kuratiert.problems(curated_tables, roh_ids(raw))
    if problems:
        raise KuratiertFehler(problems)
    spec = package_meta(PACKAGE, curated_dir.parent).tables
    long, key, sums = raw[LONG_FILE], raw[KEY_FILE], raw[SUMS_FILE]
    quellen = curated_tables["quellen"]
    url_to_id = {u: q for u, q in zip(quellen["url"], quellen["quelle_id"], strict=True) if u}
    quelle_je_jahr = {year: url_to_id[eingl_url(*source)]
                      for year, source in _year_sources(long).items()}
    tr = Uebersetzer(curated_tables["uebersetzungen"])
    rows = jobcenter_rows(long, key, curated_tables["teilgebiete"])
    anlagen = build_anlagen(long, sums, curated_tables, quelle_je_jahr, spec["anlagen"])
    frames = {
        "quellen": quellen[spec["quellen"].fields],
        "jobcenter": build_jobcenter(rows, tr, spec["jobcenter"]),
        "jobcenter_kreise": build_jobcenter_kreise(rows, tr, _year_order(long),
                                                   spec["jobcenter_kreise"]),
        "mittelarten": build_mittelarten(curated_tables, anlagen, spec["mittelarten"]),
        "anlagen": anlagen,
        "anteile": build_anteile(rows, anlagen, tr, spec["anteile"]),
        "pruefsummen": build_pruefsummen(long, sums, tr, spec["pruefsummen"]),
        "fakten": build_fakten(raw, curated_tables, url_to_id, spec["fakten"]),
    }
    return [(spec[name], frame) for name, frame in frames.items()]


def run(raw_dir: Path, data_dir: Path) -> Path:
    meta = package_meta(PACKAGE)
    return write_package(meta.name, meta.title, meta.description, build_tables(raw_dir),
                         licenses=meta.licenses, keywords=meta.keywords, data_dir=data_dir)
