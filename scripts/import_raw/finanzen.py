"""raw/finanzen, raw/zkt_fakten, raw/kennzahlen → data/finanzen.

The federal money for the Jobcenter: the shares that the yearly
Eingliederungsmittel-Verordnung (EinglMV) prints for every Jobcenter (2012, 2018, 2022,
2024–2026), one stable id per Jobcenter across the BA's renumberings, its Kreise, the check
sums of each Anlage, and single sourced facts (BIAJ, organisation forms, the § 6c
evaluation, Kennzahlen from web pages).

Shares are taken over as printed text (never re-rounded). Every German word that is not a
rule – labels, translations of the raw English notes, source rows, the ids of Jobcenter that
share a Kreis – comes from curated/finanzen/ (``_finanzen_kuratiert``). This module keeps
the rules: parsing, joining, deriving ids and territories, and the certainty rule.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

import pandas as pd

from scripts.datapackage import OWN_LICENSE, ForeignKey, ResourceSpec, write_package
from scripts.fields import FIELDS
from scripts.import_raw import _finanzen_kuratiert as kuratiert

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
ERFASSUNG_WERTE = FIELDS["erfassung"].allowed
ERFASSUNG = {"machine": ERFASSUNG_WERTE[0], "manual": ERFASSUNG_WERTE[1]}
SICHERHEIT_ERFASSUNG = {ERFASSUNG_WERTE[0]: "gesichert", ERFASSUNG_WERTE[1]: "wahrscheinlich"}

# --- the certainty rule for single facts ------------------------------------------------
# A source counts as secondary if its raw quality label names one of these (blogs, press,
# advocacy and associations, commentaries, secondary summaries, Wikipedia, a list of
# related documents); as primary if it names an official, public or research body or a
# copy of the document itself. Secondary wins where both occur.
SEKUNDAER = ("secondary", "blog", "press", "newspaper", "advocacy", "association",
             "commentary", "wikipedia", "list of related documents")
PRIMAER = ("official", "local government", "research institute", "peer-reviewed",
           "landesinstitut", "document mirror")


def quellenklasse(source_quality: str) -> str:
    """'sekundär', 'primär' or 'unklar' for a raw source_quality label."""
    text = source_quality.lower()
    if any(word in text for word in SEKUNDAER):
        return "sekundär"
    if any(word in text for word in PRIMAER):
        return "primär"
    return "unklar"


def sicherheit_fakt(source_quality: str, certainty: str | None) -> str:
    """Certainty of a single fact.

    ``certainty`` is the raw value, or None for files without that column (their values are
    taken as printed, so they count as «certain»). Rule: unclear source or unknown raw
    certainty → unsicher; secondary source → at most wahrscheinlich; «certain» from a
    primary source → gesichert; «probable» → wahrscheinlich.
    """
    klasse = quellenklasse(source_quality)
    grad = "certain" if certainty is None else certainty.strip().lower()
    if klasse == "unklar":
        return "unsicher"
    if grad.startswith("certain"):
        return "gesichert" if klasse == "primär" else "wahrscheinlich"
    if grad.startswith("probable"):
        return "wahrscheinlich"
    return "unsicher"


# --- resources ----------------------------------------------------------------------------
QUELLEN_FK = ForeignKey(["quelle_id"], "quellen", ["quelle_id"])
ANLAGE_FK = ForeignKey(["jahr", "anlage"], "anlagen", ["jahr", "anlage"])
MITTELART_FK = ForeignKey(["mittelart"], "mittelarten", ["mittelart"])
JOBCENTER_FK = ForeignKey(["jobcenter_id"], "jobcenter", ["jobcenter_id"])
EINGLMV_QUELLEN = [f"einglmv-{year}" for year in (2012, 2018, 2022, 2024, 2025, 2026)]

QUELLEN = ResourceSpec(
    "quellen", "Quellen",
    "Alle Quellen des Pakets: die Eingliederungsmittel-Verordnungen (mit Repository, Commit "
    "und Pfad der gelesenen Textfassung), unsere Zuordnung der Jobcenter und die Webseiten "
    "und Berichte der Einzelangaben; Quellen-IDs, die schon in einem anderen Paket stehen, "
    "sind übernommen.",
    list(kuratiert.QUELLEN_SPALTEN), ["quelle_id"], required=["titel"])
JOBCENTER = ResourceSpec(
    "jobcenter", "Jobcenter in den Eingliederungsmittel-Verordnungen",
    "Ein Eintrag je Jobcenter mit einer über alle Jahre stabilen Kennung, auch wenn die BA "
    "die Träger-Nummer geändert hat; mit dem zuletzt gedruckten Namen, dem Land, der "
    "letzten Trägerform, den Jahren der Anlagen und – für zkT – dem Eintrag im "
    "Trägerverzeichnis (Paket «jobcenter»).",
    ["jobcenter_id", "jobcenter_name", "land_code", "land", "traegerform_zuletzt", "jahr_von",
     "jahr_bis", "traeger_nummern", "zkt_id", "hinweis"], ["jobcenter_id"],
    required=["jobcenter_name", "land_code", "land", "traegerform_zuletzt", "jahr_von",
              "jahr_bis", "traeger_nummern"],
    overrides={"jahr_von": {"minimum": 2012}, "jahr_bis": {"maximum": 2026}},
    field_notes={
        "jobcenter_name": "Hier der Name in der letzten Anlage, in der das Jobcenter steht.",
        "jahr_von": "Hier: Jahr der ersten Verordnung, in deren Anlagen das Jobcenter steht "
                    "(vorhanden sind 2012, 2018, 2022, 2024, 2025, 2026).",
        "jahr_bis": "Hier: Jahr der letzten Verordnung, in deren Anlagen das Jobcenter steht.",
        "zkt_id": "Hier: der Eintrag im Trägerverzeichnis, der in den Jahren als zkT am "
                  "1. Januar zugelassen war; leer für gemeinsame Einrichtungen. Die "
                  "Kennungen sind so gebildet, dass jedes Jobcenter höchstens einen "
                  "Träger hat (der Import bricht sonst ab).",
    },
    sources=[ZUORDNUNG, *EINGLMV_QUELLEN])
JOBCENTER_KREISE = ResourceSpec(
    "jobcenter_kreise", "Jobcenter und Kreise",
    "Welche Kreise (Gebietsstand 31.12.2021) ein Jobcenter in welchen Jahren der Anlagen "
    "abdeckt: ganz, zum Teil oder zusammen mit weiteren Kreisen. Eine Zeile je Jobcenter, "
    "Kreis und ununterbrochener Folge von Verordnungsjahren mit gleichem Gebiet.",
    ["jobcenter_id", "ags", "gebiet", "jahr_von", "jahr_bis", "hinweis"],
    ["jobcenter_id", "ags", "jahr_von"], foreign_keys=[JOBCENTER_FK],
    required=["gebiet", "jahr_bis"],
    field_notes={
        "jahr_von": "Hier: erstes Verordnungsjahr dieser Zeile.",
        "jahr_bis": "Hier: letztes Verordnungsjahr dieser Zeile; die Zeile gilt für alle "
                    "vorhandenen Verordnungsjahre dazwischen (2012, 2018, 2022, 2024–2026), "
                    "für die Jahre ohne Verordnung in unseren Quellen ist nichts gesagt.",
        "gebiet": "«Teil des Kreises» auch dann, wenn sich in einem Jahr mehrere Jobcenter "
                  "einen Kreis teilen, z. B. Wartburgkreis und Eisenach bis 2018.",
    },
    sources=[ZUORDNUNG])
MITTELARTEN = ResourceSpec(
    "mittelarten", "Mittelarten der Anlagen",
    "Was die Anlagen der Eingliederungsmittel-Verordnungen verteilen, worauf sich 100 % "
    "beziehen, die Rechtsgrundlage und die Jahre, in denen die Mittelart vorkommt.",
    ["mittelart", "mittelart_name", "bezugsgroesse", "rechtsgrundlage", "jahr_von", "jahr_bis",
     "hinweis"], ["mittelart"],
    required=["mittelart_name", "bezugsgroesse", "rechtsgrundlage", "jahr_von", "jahr_bis"],
    sources=EINGLMV_QUELLEN)
ANLAGEN = ResourceSpec(
    "anlagen", "Anlagen der Eingliederungsmittel-Verordnungen",
    "Eine Zeile je Jahr und Anlage: Mittelart, Rechtsgrundlage laut Verordnung, Bezugsgröße "
    "in diesem Jahr, der feste Betrag, wo die Verordnung ihn selbst nennt, und wie die Werte "
    "erfasst wurden.",
    ["jahr", "anlage", "mittelart", "rechtsgrundlage", "bezugsgroesse",
     "festbetrag_eingliederung_euro", "festbetrag_verwaltung_euro", "erfassung", "sicherheit",
     "quelle_id"], ["jahr", "anlage"], foreign_keys=[MITTELART_FK, QUELLEN_FK],
    required=["mittelart", "rechtsgrundlage", "bezugsgroesse", "erfassung", "sicherheit",
              "quelle_id"],
    field_notes={"sicherheit": "Hier: gesichert für maschinell gelesene amtliche Texte "
                               "(2012, 2018, 2022), wahrscheinlich für von Hand übertragene "
                               "(2024–2026)."},
    sources=EINGLMV_QUELLEN)
ANTEILE = ResourceSpec(
    "anteile", "Anteile der Jobcenter an den Bundesmitteln (EinglMV)",
    "Die Anteile jedes Jobcenters an den Eingliederungs- und Verwaltungsmitteln des Bundes, "
    "genau wie in den Anlagen der Eingliederungsmittel-Verordnungen 2012, 2018, 2022, 2024, "
    "2025 und 2026 gedruckt; eine Zeile je Jahr, Anlage und Jobcenter. Die Verordnung nennt "
    "Prozente, keine Euro-Beträge; Beträge stehen nur, wo sie selbst die Summe festlegt.",
    ["jahr", "anlage", "mittelart", "jobcenter_id", "traeger_nr", "traegerform",
     "jobcenter_name", "anteil_prozent", "betrag_eingliederung_euro", "betrag_verwaltung_euro",
     "erfassung", "sicherheit", "quelle_id", "fundstelle"],
    ["jahr", "anlage", "jobcenter_id"],
    foreign_keys=[ANLAGE_FK, MITTELART_FK, JOBCENTER_FK, QUELLEN_FK],
    required=["mittelart", "traeger_nr", "traegerform", "jobcenter_name", "anteil_prozent",
              "erfassung", "sicherheit", "quelle_id"],
    overrides={"jahr": {"minimum": 2012, "maximum": 2026}},
    field_notes={
        "sicherheit": "Hier: gesichert für die maschinell gelesenen amtlichen Texte (2012, "
                      "2018, 2022), wahrscheinlich für die von Hand übertragenen Jahre "
                      "2024–2026 (ein Tippfehler in der letzten Stelle ist nicht "
                      "auszuschließen, auch wenn Summen und Vergleich mit den Nachbarjahren "
                      "stimmen).",
        "fundstelle": "Hier: Datei und Seite für die PDF-Anlagen 2012; bei den "
                      "Markdown-Fassungen leer (die Anlage steht in «anlage»).",
    },
    notes=[
        "Anteile verschiedener Mittelarten oder Jahre beziehen sich auf verschiedene Töpfe "
        "(siehe «bezugsgroesse» in anlagen.csv); ein Anteil 2012 an «egl» ist nicht mit "
        "einem Anteil 2024 an «egl-haelfte-1» gleichzusetzen.",
        "2012 nennt die Jobcenter nach dem Stand der BA-Statistik vom Juni 2011; einige zkT "
        "stehen daher mit mehreren Zeilen (Erzgebirgskreis 4, Görlitz, Landkreis Leipzig, "
        "Aurich je 2).",
        "Die Hochwasser-Anlage 2022 (egl-hochwasser-2021) ergibt je Land 100 %.",
    ],
    sources=EINGLMV_QUELLEN)
PRUEFSUMMEN = ResourceSpec(
    "pruefsummen", "Prüfsummen der Anlagen",
    "Je Jahr und Anlage (bei der Hochwasser-Anlage 2022 auch je Land): Zahl der Zeilen, "
    "Summen der Anteile insgesamt, der zkT und der gE, die gedruckte Summe, wo es sie gibt, "
    "die erwartete Summe und die Toleranz, die das Abschneiden auf vier Nachkommastellen "
    "erklärt.",
    ["jahr", "anlage", "bereich", "anzahl_zeilen", "anzahl_zkt", "anzahl_ge", "summe_prozent",
     "summe_zkt_prozent", "summe_ge_prozent", "gedruckte_summe_prozent",
     "erwartete_summe_prozent", "toleranz_prozent", "erfassungsverfahren", "hinweis"],
    ["jahr", "anlage", "bereich"], foreign_keys=[ANLAGE_FK],
    required=["anzahl_zeilen", "anzahl_zkt", "anzahl_ge", "summe_prozent",
              "erwartete_summe_prozent", "toleranz_prozent", "erfassungsverfahren"],
    sources=EINGLMV_QUELLEN)
FAKTEN = ResourceSpec(
    "fakten", "Einzelangaben zu Geld, Organisation, Evaluation und Kennzahlen",
    "Einzelne belegte Angaben: Mittel und Ausgaben der Jobcenter (vor allem BIAJ), "
    "Organisationsformen einzelner zkT, die Evaluation nach § 6c SGB II, Kennzahlen einzelner "
    "Jobcenter aus Webseiten; je Zeile Quelle und Sicherheit. Hinweise in eigenen Worten.",
    ["einzelfakt_id", "thema", "jobcenter_oder_gruppe", "land", "ags", "zkt_id", "kennzahl",
     "wert", "wert_text", "einheit", "zeitraum", "quelle_id", "sicherheit", "hinweis"],
    ["einzelfakt_id"], foreign_keys=[QUELLEN_FK],
    required=["thema", "jobcenter_oder_gruppe", "kennzahl", "quelle_id", "sicherheit"],
    field_notes={
        "sicherheit": "Hier nach fester Regel: eine Sekundärquelle (Blog, Presse, Verband, "
                      "Kommentar, Zusammenfassung Dritter) ergibt höchstens «wahrscheinlich»; "
                      "«gesichert» nur, wenn die Rohdaten die Angabe als sicher führen und die "
                      "Quelle eine amtliche, öffentliche oder wissenschaftliche Stelle oder "
                      "das Dokument selbst ist; unklare Fälle «unsicher».",
        "ags": "Leer, wenn die Angabe mehrere Kreise oder keinen betrifft.",
        "zkt_id": "Hier: der betroffene zkT laut Trägerverzeichnis, wenn die Angabe einen "
                  "einzelnen zkT betrifft.",
    },
    notes=["Viele Angaben stammen aus dem gelesenen Anfang einer Webseite; die Spalte "
           "«sicherheit» sagt, wie weit sie belastbar sind."])

LIZENZEN = [
    OWN_LICENSE,
    {"name": "other-pd", "path": "https://www.gesetze-im-internet.de/urhg/__5.html",
     "title": "Amtliche Werke ohne Urheberrechtsschutz (§ 5 UrhG): die Anteile der "
              "Eingliederungsmittel-Verordnungen; Textfassung aus dem Repository "
              "bundestag/gesetze (Unlicense)"},
]


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


def build_jobcenter(rows: pd.DataFrame, tr: Uebersetzer) -> pd.DataFrame:
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
    return pd.DataFrame(out, columns=JOBCENTER.fields)


def build_jobcenter_kreise(rows: pd.DataFrame, tr: Uebersetzer,
                           years: list[str]) -> pd.DataFrame:
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
    return pd.DataFrame(out, columns=JOBCENTER_KREISE.fields)


def _link(jc: str, ags: str, run: list[pd.Series], tr: Uebersetzer) -> dict:
    notes = [tr("note", n) for n in dict.fromkeys(c["note"] for c in run) if n]
    return {"jobcenter_id": jc, "ags": ags, "gebiet": run[0]["gebiet"],
            "jahr_von": int(run[0]["year"]), "jahr_bis": int(run[-1]["year"]),
            "hinweis": " ".join(notes)}


# --- Anlagen, measures, shares, check sums --------------------------------------------------
RECHTSGRUNDLAGE = re.compile(r"\(([^()]*EinglMV[^()]*)\)\s*$")


def _erfassung(transcription: str) -> str:
    return ERFASSUNG[transcription.split()[0]]


def build_anlagen(long: pd.DataFrame, sums: pd.DataFrame, curated: dict[str, pd.DataFrame],
                  quelle_je_jahr: dict[str, str]) -> pd.DataFrame:
    mittel = dict(zip(curated["mittelarten.csv"]["measure"],
                      curated["mittelarten.csv"]["mittelart"], strict=True))
    first = long.drop_duplicates(["year", "anlage"]).set_index(["year", "anlage"])
    method = sums[sums["scope"] == "all rows"].set_index(["year", "anlage"])["transcription"]
    out = []
    for _, row in curated["anlagen.csv"].iterrows():
        raw = first.loc[(row["jahr"], row["anlage"])]
        basis = RECHTSGRUNDLAGE.search(raw["measure_de"])
        if basis is None:
            raise ValueError(f"{row['jahr']} {row['anlage']}: keine Rechtsgrundlage in "
                             f"«{raw['measure_de']}»")
        erfassung = _erfassung(method.loc[(row["jahr"], row["anlage"])])
        out.append({
            "jahr": int(row["jahr"]), "anlage": row["anlage"],
            "mittelart": mittel[row["measure"]], "rechtsgrundlage": basis.group(1),
            "bezugsgroesse": row["bezugsgroesse"],
            "festbetrag_eingliederung_euro": row["festbetrag_eingliederung_euro"],
            "festbetrag_verwaltung_euro": row["festbetrag_verwaltung_euro"],
            "erfassung": erfassung, "sicherheit": SICHERHEIT_ERFASSUNG[erfassung],
            "quelle_id": quelle_je_jahr[row["jahr"]],
        })
    return pd.DataFrame(out, columns=ANLAGEN.fields)


def build_mittelarten(curated: dict[str, pd.DataFrame], anlagen: pd.DataFrame) -> pd.DataFrame:
    span = anlagen.groupby("mittelart")["jahr"].agg(["min", "max"])
    frame = curated["mittelarten.csv"].drop(columns=["measure"])
    return frame.assign(jahr_von=frame["mittelart"].map(span["min"]),
                        jahr_bis=frame["mittelart"].map(span["max"]))[MITTELARTEN.fields]


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


def build_anteile(rows: pd.DataFrame, anlagen: pd.DataFrame, tr: Uebersetzer) -> pd.DataFrame:
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
    })[ANTEILE.fields]


def build_pruefsummen(long: pd.DataFrame, sums: pd.DataFrame, tr: Uebersetzer) -> pd.DataFrame:
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
    })[PRUEFSUMMEN.fields]


# --- facts -----------------------------------------------------------------------------------
def build_fakten(raw: dict[str, pd.DataFrame], curated: dict[str, pd.DataFrame],
                 url_to_id: dict[str, str]) -> pd.DataFrame:
    de = curated["fakten_de.csv"].set_index("fakt_id")
    out = []
    for prefix in FAKT_DATEIEN:
        frame = raw[prefix]
        for _, row in frame.iterrows():
            text = de.loc[row["fact_id"]]
            ags = row.get("ags5_2021", "")
            plain = bool(kuratiert.ZAHL.match(row["value"]))
            out.append({
                "einzelfakt_id": f"{prefix}-{row['fact_id']}", "thema": text["thema"],
                "jobcenter_oder_gruppe": text["jobcenter_oder_gruppe"],
                "land": row.get("land", ""),
                "ags": ags if re.fullmatch(r"\d{5}", ags) else "",
                "zkt_id": row.get("zkt_registry_id", ""), "kennzahl": text["kennzahl"],
                "wert": row["value"] if plain else text["wert"], "wert_text": text["wert_text"],
                "einheit": text["einheit"], "zeitraum": text["zeitraum"],
                "quelle_id": url_to_id[row["source_url"]],
                "sicherheit": sicherheit_fakt(row["source_quality"], row.get("certainty")),
                "hinweis": text["hinweis"],
            })
    return pd.DataFrame(out, columns=FAKTEN.fields)


# --- package -----------------------------------------------------------------------------------
def build_tables(raw_dir: Path, curated_dir: Path = kuratiert.CURATED_DIR,
                 ) -> list[tuple[ResourceSpec, pd.DataFrame]]:
    raw = _raw(raw_dir)
    curated, problems = kuratiert.read_all(curated_dir)
    problems = problems or kuratiert.problems(curated, roh_ids(raw))
    if problems:
        raise ValueError("Kuratierte Dateien passen nicht zu den Rohdaten:\n"
                         + "\n".join(map(str, problems)))
    long, key, sums = raw[LONG_FILE], raw[KEY_FILE], raw[SUMS_FILE]
    quellen = curated["quellen.csv"]
    url_to_id = {u: q for u, q in zip(quellen["url"], quellen["quelle_id"], strict=True) if u}
    quelle_je_jahr = {year: url_to_id[eingl_url(*source)]
                      for year, source in _year_sources(long).items()}
    tr = Uebersetzer(curated["uebersetzungen.csv"])
    rows = jobcenter_rows(long, key, curated["teilgebiete.csv"])
    anlagen = build_anlagen(long, sums, curated, quelle_je_jahr)
    return [
        (QUELLEN, quellen[QUELLEN.fields]),
        (JOBCENTER, build_jobcenter(rows, tr)),
        (JOBCENTER_KREISE, build_jobcenter_kreise(rows, tr, _year_order(long))),
        (MITTELARTEN, build_mittelarten(curated, anlagen)),
        (ANLAGEN, anlagen),
        (ANTEILE, build_anteile(rows, anlagen, tr)),
        (PRUEFSUMMEN, build_pruefsummen(long, sums, tr)),
        (FAKTEN, build_fakten(raw, curated, url_to_id)),
    ]


def run(raw_dir: Path, data_dir: Path) -> Path:
    return write_package(
        PACKAGE, "Bundesmittel für die Jobcenter (Eingliederungsmittel-Verordnungen)",
        "Die Anteile jedes Jobcenters an den Eingliederungs- und Verwaltungsmitteln des "
        "Bundes, wie sie die Eingliederungsmittel-Verordnungen 2012, 2018, 2022, 2024, 2025 "
        "und 2026 drucken, mit einer stabilen Kennung je Jobcenter über die Umnummerierungen "
        "der BA, seinen Kreisen, den Prüfsummen jeder Anlage und einzelnen belegten Angaben "
        "zu Mitteln, Organisation, Evaluation und Kennzahlen; jeweils mit Quelle und "
        "Sicherheit.",
        build_tables(raw_dir), licenses=LIZENZEN,
        keywords=["SGB II", "Jobcenter", "zugelassene kommunale Träger",
                  "Eingliederungsmittel-Verordnung", "Eingliederungsleistungen",
                  "Verwaltungskosten", "Bundesmittel"],
        data_dir=data_dir)
