"""raw/programmes and the seed facts → data/programme (Frictionless package).

Tables: quellen, programme, programm_quellen, teilnahmen, kennzahlen, kennzahl_kreise,
dokumente, fakten. Everything a visitor reads is German and in our own words and lives in
curated/programme/ (translations keyed by the raw English text, programme texts, seed
documents and facts, package metadata in paket.yaml); this module holds the rules:
reading, joining, numbering and the certainty rule (kommunale_jobcenter/certainty.py).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd

from kommunale_jobcenter import certainty as rule
from kommunale_jobcenter.checks import Problem
from kommunale_jobcenter.curated import CURATED_DIR, CuratedError
from kommunale_jobcenter.datapackage import DATA_DIR, package_meta, write_package
from kommunale_jobcenter.fields import FIELDS
from kommunale_jobcenter.import_raw import RAW_DIR
from kommunale_jobcenter.import_raw._programme_curated import Kuratiert, label, say
from kommunale_jobcenter.import_raw._programme_kreise import KreisMapper
from kommunale_jobcenter.import_raw._programme_sources import (
    SourceEntry,
    assign_ids,
    clean_url,
    date_kind,
    github_parts,
    host_of,
    read_inventory,
    title_from_words,
    title_words,
)
from kommunale_jobcenter.import_raw._programme_units import parse_number, parse_unit, value_kind

PACKAGE = "programme"
SICHERHEIT = {"certain": "gesichert", "probable": "wahrscheinlich", "uncertain": "unsicher"}
LAENDER = set(FIELDS["land"].constraints["enum"])
COUNCIL_HINTS = ("ratsinfo", "sessionnet", "/bi/")
PLAN_KINDS = ("Ziel", "Plan")
SPLIT_SUFFIX = "abcdef"


# --- helpers ---------------------------------------------------------------------------

def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def join_notes(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def land_or_empty(text: str) -> str:
    return text if text in LAENDER else ""


def weakest_raw(certainty: str) -> str:
    """'certain (dates); probable (totals)' → the weakest level named."""
    for level in ("uncertain", "probable", "certain"):
        if re.search(rf"(^|[^a-z]){level}", certainty):
            return SICHERHEIT[level]
    raise ValueError(f"Unbekannte Sicherheit: {certainty!r}")


def yes_or_empty(text: str) -> bool | None:
    return True if text.strip() == "yes" else None


def flag(text: str) -> bool | None:
    return {"true": True, "false": False}.get(text)


class Certainty:
    """Applies the certainty rule and counts, per rule, where it lowered a level."""

    def __init__(self) -> None:
        self.changes: Counter[tuple[str, str]] = Counter()

    def level(self, table: str, ranks: list[str], claimed: str = "gesichert",
              derivation: str = "gelesen", plan: bool = False, conflict: bool = False) -> str:
        result = rule.certainty(ranks, derivation,  # type: ignore[arg-type]
                                conflict=conflict, plan=plan, at_most=claimed)
        if result != claimed:
            why = ("Widerspruch" if conflict else "erschlossen" if derivation == "erschlossen"
                   else "berechnet" if derivation == "berechnet" else "Plan/Ziel" if plan
                   else "nur Sekundärquellen")
            self.changes[(table, f"{why}: {claimed} → {result}")] += 1
        return result


# --- sources ---------------------------------------------------------------------------

class Sources:
    """Address → quelle_id, rank, and the rows of «quellen»."""

    def __init__(self, raw_dir: Path, k: Kuratiert) -> None:
        self.k = k
        self.inventory = read_inventory(raw_dir / "programmes" / "source_inventory.csv")
        self.ids = assign_ids(list(self.inventory))
        self.rows = {self.ids[a]: self._row(a, e) for a, e in self.inventory.items()}
        for seed in k.tables["seed_dokumente"].to_dict("records"):
            self.rows[seed["quelle_id"]] = self._seed_row(seed)

    def id(self, address: str) -> str:
        return self.ids[address.strip()]

    def rank(self, quelle_id: str) -> str:
        row = self.rows[quelle_id]
        return rule.source_rank(row["art"], row["quellenrang"])

    def frame(self, fields: list[str]) -> pd.DataFrame:
        return pd.DataFrame(list(self.rows.values()), columns=fields)

    def _row(self, address: str, entry: SourceEntry) -> dict[str, Any]:
        k = self.k
        kind = k.row("quellenarten", entry.kind, what="kind") or {}
        host = host_of(address)
        publisher = k.row("herausgeber", host, required=False) or {}
        quelle_id = self.ids[address]
        found = k.row("quellen_titel", quelle_id, required=False) or {}
        art = kind.get("art", "")
        if any(hint in address for hint in COUNCIL_HINTS):
            art = "Ratsdokument"
        github = github_parts(address)
        datum, datum_hinweis = self._date(entry.date_text)
        if github:
            url = (f"https://github.com/{github['repo']}/blob/{github['commit']}/"
                   f"{github['path']}")
            titel, herausgeber = (k.text("quelle", "gesetz_titel"),
                                  k.text("quelle", "gesetz_herausgeber"))
            hinweis = join_notes(k.text("quelle", "gesetz_hinweis"), k.text(
                "quelle", "gesetz_datei", pfad=github["path"], repo=github["repo"],
                stand=github["commit"][:12]))
        else:
            url = clean_url(address) if re.match(r"^https?://\S+$", address) else ""
            words = title_words(address)
            titel = title_from_words(words) if len(words) >= 2 else k.text(
                "quelle", "titel_seite", host=host)
            herausgeber = publisher.get("herausgeber", host)
            hinweis = k.text("quelle", "titel_abgeleitet")
            if not url:
                hinweis = join_notes(hinweis, k.text("quelle", "keine_adresse",
                                                     adresse=address))
        if found:
            titel = found["titel"]
            herausgeber = found["herausgeber"] or herausgeber
            if found["datum"]:  # a date found with the title replaces one from the inventory
                datum, datum_hinweis = found["datum"], ""
            hinweis = k.text("quelle", "titel_belegt", beleg=found["beleg"].rstrip("."))
        return dict(quelle_id=quelle_id, titel=titel, herausgeber=herausgeber, datum=datum,
                    datum_hinweis=datum_hinweis, art=art,
                    quellenrang=publisher.get("quellenrang") or kind.get("quellenrang", ""),
                    url=url, lizenz=kind.get("lizenz", ""), namensnennung="", hinweis=hinweis)

    def _date(self, date_text: str) -> tuple[str, str]:
        datum, how = date_kind(date_text)
        if how in ("keins", "genau"):
            return datum, ""
        if how == "etwa":
            return "", self.k.text("quelle", "datum_etwa", text=date_text.strip()[3:])
        special = self.k.row("uebersetzungen", "date", date_text.strip(), required=False)
        return datum, special["deutsch"] if special else self.k.text("quelle", "datum_inhalt")

    def _seed_row(self, seed: dict[str, str]) -> dict[str, Any]:
        k = self.k
        return dict(quelle_id=seed["quelle_id"], titel=seed["titel"],
                    herausgeber=seed["herausgeber"], datum=seed["datum"],
                    datum_hinweis=seed["datum_hinweis"], art=seed["art"],
                    quellenrang=rule.source_rank(seed["art"]), url="",
                    lizenz=k.text("quelle", "seed_lizenz"), namensnennung="",
                    hinweis=join_notes(k.text("quelle", "seed_hinweis", datei=seed["datei"]),
                                       seed["hinweis"]))


# --- the import ------------------------------------------------------------------------

class ProgrammeImport:
    def __init__(self, raw_dir: Path, curated_dir: Path = CURATED_DIR) -> None:
        self.k = Kuratiert(curated_dir)
        self.meta = package_meta(PACKAGE, curated_dir)
        self.sources = Sources(raw_dir, self.k)
        self.kreise = KreisMapper(raw_dir, self.k)
        self.rule = Certainty()

    def fields(self, table: str) -> list[str]:
        return self.meta.tables[table].fields

    def slug(self, raw_id: str) -> str:
        row = self.k.row("programme", raw_id, what="programme_id")
        return row["programm_id"] if row else raw_id

    def body(self, name: str) -> dict[str, str]:
        """Curated rule for a raw body name (Teilgebiet, Gebietshinweis, ARGE) or {}."""
        return self.k.row("stellen", name.strip(), required=False) or {}

    def note(self, raw_note: str) -> tuple[str, str]:
        """(German note, herleitung) of a raw note."""
        text = raw_note.strip()
        if not text:
            return "", ""
        row = self.k.row("uebersetzungen", "note", text, what="note")
        if row is None:
            return text, ""
        german = row["deutsch"]
        return german, f"{row['herleitung']}: {german}" if row["herleitung"] else ""

    def name(self, text: str) -> str:
        return self.k.german("name", text, required=False)

    # programmes -----------------------------------------------------------------------
    def programmes(self, rows: list[dict[str, str]]) -> tuple[pd.DataFrame, pd.DataFrame]:
        main, links = [], []
        for row in rows:
            text = self.k.row("programme", row["programme_id"], what="programme_id") or {}
            addresses = [a.strip() for a in row["source_urls"].split(" ; ")
                         if a.strip() in self.sources.ids]
            ids = [self.sources.id(a) for a in addresses]
            budget = re.match(r"^\d+", row["budget_eur"])
            pid = text.get("programm_id", row["programme_id"])
            main.append(dict(
                programm_id=pid, programm_name=text.get("programm_name"),
                beschreibung=text.get("beschreibung"),
                programm_ebene=self.k.german("level", row["level"]),
                foerderer=text.get("foerderer"), kofinanzierung=text.get("kofinanzierung"),
                verwaltung=text.get("verwaltung"), rechtsgrundlage=text.get("rechtsgrundlage"),
                zielgruppe=text.get("zielgruppe"), beginn=row["start"], ende=row["end"],
                budget_eur=float(budget.group(0)) if budget else None,
                budget_hinweis=text.get("budget_hinweis"),
                umfang_hinweis=text.get("umfang_hinweis"),
                sicherheit=self.rule.level("programme", [self.sources.rank(q) for q in ids],
                                           weakest_raw(row["certainty"])),
                quelle_id=ids[0],
                hinweis=join_notes(text.get("sicherheit_hinweis", ""), text.get("hinweis", ""))))
            links += [dict(programm_id=pid, quelle_id=q) for q in ids[1:]]
        programme = pd.DataFrame(main, columns=self.fields("programme"))
        link_frame = pd.DataFrame(links, columns=self.fields("programm_quellen"))
        return programme, link_frame.drop_duplicates()

    # participation --------------------------------------------------------------------
    def participation(self, rows: list[dict[str, str]]) -> pd.DataFrame:
        out: list[dict[str, Any]] = []
        counters: Counter[str] = Counter()
        for row in rows:
            pid = self.slug(row["programme_id"])
            counters[pid] += 1
            out += self._participation_rows(row, f"{pid}-{counters[pid]:03d}")
        seed = self.k.tables["seed_teilnahmen"]
        taken = {r["teilnahme_id"] for r in out}
        for record in seed.to_dict("records"):
            if record["teilnahme_id"] in taken:
                raise CuratedError([self._clash(record["teilnahme_id"])])
            out.append(dict(record, ags=record["ags"] or None,
                            ist_zkt_laut_quelle=flag(record["ist_zkt_laut_quelle"]),
                            ist_gemeinsame_einrichtung=flag(record["ist_gemeinsame_einrichtung"]),
                            herleitung="",
                            sicherheit=self.rule.level("teilnahmen", [self.sources.rank(
                                record["quelle_id"])])))
        return pd.DataFrame(out, columns=self.fields("teilnahmen"))

    def _clash(self, teilnahme_id: str) -> Problem:
        return Problem(label("seed_teilnahmen"), None, "teilnahme_id",
                       say("doppelte_kennung", text=teilnahme_id))

    def _participation_rows(self, row: dict[str, str], base_id: str) -> list[dict[str, Any]]:
        k, body_name = self.k, row["jobcenter_or_kreis"]
        body = self.body(body_name)
        matches = self.kreise.match_all(row["territory"]) or [self.kreise.match("")]
        note, herleitung = self.note(row["note"])
        quelle_id = self.sources.id(row["source_url"])
        arge = body.get("regel") == "ARGE"
        common = dict(
            programm_id=self.slug(row["programme_id"]), einheit_name=self.name(row["unit_name"]),
            traeger_name=self.name(body_name), land=land_or_empty(row["bundesland"]),
            rolle=k.german("role", row["role"]), seit=row["since"], bis=row["until"],
            ist_zkt_laut_quelle=yes_or_empty(row["source_says_zkt"]),
            ist_gemeinsame_einrichtung=True if arge else None, herleitung=herleitung,
            sicherheit=self.rule.level("teilnahmen", [self.sources.rank(quelle_id)],
                                       SICHERHEIT[row["certainty"]],
                                       herleitung.split(":")[0] or "gelesen"),
            quelle_id=quelle_id)
        if arge:
            note = join_notes(note, k.text("gebiet", "arge"))
        split = len(matches) > 1
        result = []
        for i, match in enumerate(matches):
            part = body.get("regel") == "Teilgebiet"
            extra = body.get("hinweis", "") if not arge else ""
            if split:
                extra = join_notes(extra, k.text("gebiet", "geteilt_teilnahme"))
            result.append(dict(common, teilnahme_id=base_id + (SPLIT_SUFFIX[i] if split else ""),
                               ags=None if part else match.ags,
                               hinweis=join_notes(note, match.note, extra)))
        return result

    # figures --------------------------------------------------------------------------
    def _value(self, raw_value: str, einheit: str) -> tuple[float | None, str]:
        number = parse_number(raw_value)
        if number is not None and einheit not in ("Datum", "Zeitraum", "Text"):
            return number, ""
        ratio = re.fullmatch(r"1:(\d+)", raw_value)
        if ratio and einheit == "Personen je Fachkraft":
            return float(ratio.group(1)), ""
        if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?", raw_value) \
                or einheit == "Rechtsgrundlage":
            return None, raw_value
        return None, self.k.german("value", raw_value)

    def _figure(self, row: dict[str, str], figure_id: str) -> dict[str, Any]:
        unit = parse_unit(row["unit"], self.k)
        wert, wert_text = self._value(row["value"], unit.einheit)
        kind, kind_note = value_kind(row["figure"], unit.hedge, self.k)
        note, herleitung = self.note(row["note"])
        quelle_id = self.sources.id(row["source_url"])
        return dict(
            kennzahl_id=figure_id, programm_id=self.slug(row["programme_id"]),
            kennzahl=self.k.german("figure", row["figure"]), wert=wert,
            wert_text=wert_text, einheit=unit.einheit, wert_art=kind,
            zeitraum_von=row["period_start"], zeitraum_bis=row["period_end"],
            herleitung=herleitung,
            sicherheit=self.rule.level("kennzahlen", [self.sources.rank(quelle_id)],
                                       SICHERHEIT[row["certainty"]],
                                       herleitung.split(":")[0] or "gelesen",
                                       plan=kind in PLAN_KINDS),
            quelle_id=quelle_id, hinweis=join_notes(note, unit.remark, kind_note))

    def programme_figures(self, rows: list[dict[str, str]]) -> list[dict]:
        out = []
        for i, row in enumerate(rows, start=1):
            curated = self.k.row("landeszahlen", row["figure"], required=False)
            land = curated["land"] if curated else ""
            out.append(dict(self._figure(row, f"PF-{i:03d}"),
                            kennzahl_ebene="Land" if land else "Bund", ags=None, land=land,
                            einheit_name="", traeger_name=""))
        return out

    def _local_level(self, row: dict[str, str], matches: list) -> str:
        body = row["jobcenter_or_kreis"]
        if body.startswith("(Land "):
            return "Land"
        if self.body(body).get("regel") == "Teilgebiet" or (
                len(matches) == 1 and matches[0].ags is None and matches[0].note
                and "Bezirk" in matches[0].note):
            return "Teilgebiet"
        if body.startswith("(") or (len(matches) > 1 and row["programme_id"] == "p50plus"):
            return "Pakt"
        if len(matches) != 1 or matches[0].ags is None:
            return "Projekt"
        return "Kreis"

    def local_figures(self, rows: list[dict[str, str]]) -> tuple[list[dict], list[dict]]:
        out, links = [], []
        for i, row in enumerate(rows, start=1):
            figure_id = f"LF-{i:03d}"
            matches = self.kreise.match_all(row["territory"])
            level = self._local_level(row, matches)
            whole = [m.ags for m in matches if m.ags] if level != "Teilgebiet" else []
            figure = self._figure(row, figure_id)
            body_name = row["jobcenter_or_kreis"]
            body = self.body(body_name)
            joint = len(matches) > 1 and "+" not in body_name and not body_name.startswith("(")
            part = body.get("hinweis", "") if body.get("regel") == "Teilgebiet" else ""
            extra = join_notes(part, *[m.note for m in matches],
                               self.k.text("gebiet", "geteilt_kennzahl") if joint else "")
            out.append(dict(figure, kennzahl_ebene=level,
                            ags=whole[0] if level == "Kreis" else None,
                            land=land_or_empty(row["bundesland"]),
                            einheit_name=self.name(row["unit_name"]),
                            traeger_name=self.name(body_name),
                            hinweis=join_notes(figure["hinweis"], extra)))
            links += [dict(kennzahl_id=figure_id, ags=a) for a in dict.fromkeys(whole)]
        return out, links

    # documents ------------------------------------------------------------------------
    def documents(self, rows: list[dict[str, str]]) -> pd.DataFrame:
        out = []
        for i, row in enumerate(rows, start=1):
            match = self.kreise.match(row["territory"])
            quelle_id = self.sources.id(row["source_url"])
            note, herleitung = self.note(row["note"])
            out.append(dict(
                dokument_id=f"DOK-{i:03d}", ags=match.ags, land=land_or_empty(row["bundesland"]),
                traeger_name=self.k.german("document", row["jobcenter_or_kreis"], False),
                dokumentart=self.k.german("document", row["document_type"], False),
                berichtsjahr=row["reporting_year"],
                ist_zkt_laut_quelle=yes_or_empty(row["source_says_zkt"]),
                ist_gemeinsame_einrichtung=True if "gemeinsame Einrichtung" in row["note"]
                else None,
                sicherheit=self.rule.level("dokumente", [self.sources.rank(quelle_id)],
                                           derivation=herleitung.split(":")[0] or "gelesen"),
                quelle_id=quelle_id, hinweis=join_notes(note, match.note)))
        for seed in self.k.tables["seed_dokumente"].to_dict("records"):
            qid = seed["quelle_id"]
            out.append(dict(
                dokument_id=qid, ags=seed["ags"] or None, land=seed["land"],
                traeger_name=seed["traeger_name"], dokumentart=seed["dokumentart"],
                berichtsjahr=seed["berichtsjahr"],
                ist_zkt_laut_quelle=flag(seed["ist_zkt_laut_quelle"]),
                ist_gemeinsame_einrichtung=flag(seed["ist_gemeinsame_einrichtung"]),
                sicherheit=self.rule.level("dokumente", [self.sources.rank(qid)]),
                quelle_id=qid, hinweis=seed["dokument_hinweis"]))
        return pd.DataFrame(out, columns=self.fields("dokumente"))

    # seed facts -----------------------------------------------------------------------
    def facts(self) -> pd.DataFrame:
        out = []
        for fact in self.k.tables["fakten"].to_dict("records"):
            derivation = fact["herleitung"].split(":")[0] or "gelesen"
            conflict = bool(fact["widerspruch"])
            out.append(dict(
                fact, programm_id=fact["programm_id"] or None, ags=fact["ags"] or None,
                ist_gemeinsame_einrichtung=flag(fact["ist_gemeinsame_einrichtung"]),
                wert=float(fact["wert"]) if fact["wert"] else None,
                sicherheit=self.rule.level(
                    "fakten", [self.sources.rank(fact["quelle_id"])],
                    fact["sicherheit_hoechstens"] or "gesichert", derivation,
                    plan=fact["wert_art"] in PLAN_KINDS, conflict=conflict),
                hinweis=join_notes(fact["hinweis"], fact["widerspruch"])))
        return pd.DataFrame(out, columns=self.fields("fakten"))

    # all ------------------------------------------------------------------------------
    def tables(self, raw_dir: Path) -> dict[str, pd.DataFrame]:
        folder = raw_dir / "programmes"
        programme, links = self.programmes(read_csv(folder / "programmes.csv"))
        local, figure_kreise = self.local_figures(read_csv(folder / "local_figures.csv"))
        figures = self.programme_figures(read_csv(folder / "programme_figures.csv"))
        tables = {
            "quellen": self.sources.frame(self.fields("quellen")),
            "programme": programme,
            "programm_quellen": links,
            "teilnahmen": self.participation(read_csv(folder / "participation.csv")),
            "kennzahlen": pd.DataFrame(figures + local, columns=self.fields("kennzahlen")),
            "kennzahl_kreise": pd.DataFrame(figure_kreise,
                                            columns=self.fields("kennzahl_kreise")),
            "dokumente": self.documents(read_csv(folder / "documents.csv")),
            "fakten": self.facts(),
        }
        problems = self.k.problems()
        if problems:
            raise CuratedError(problems)
        if self.kreise.unmapped:
            raise ValueError(f"Nicht zugeordnete Gebiete: {sorted(self.kreise.unmapped)}")
        return tables


def build_tables(raw_dir: Path, curated_dir: Path = CURATED_DIR) -> dict[str, pd.DataFrame]:
    return ProgrammeImport(raw_dir, curated_dir).tables(raw_dir)


def run(raw_dir: Path = RAW_DIR, data_dir: Path = DATA_DIR) -> Path:
    tables = build_tables(raw_dir)
    meta = package_meta(PACKAGE)
    return write_package(meta.name, meta.title, meta.description,
                         [(meta.tables[name], frame) for name, frame in tables.items()],
                         licenses=meta.licenses, keywords=meta.keywords, data_dir=data_dir)
