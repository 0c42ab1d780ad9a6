"""Source rows (table «quellen») for the programme research and the five seed documents.

The raw files cite sources by address. The delivery's SOURCES.md groups every address by
kind of source and records the publication date; its snapshot
``raw/programmes/source_inventory.csv`` holds that inventory, and we give each address a short,
deterministic id and describe it in German. Titles of web pages are not recorded in the
raw files, so the title is derived from the address (marked in «hinweis»).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

GITHUB_RE = re.compile(
    r"^github:(?P<repo>[\w.-]+/[\w.-]+) (?P<path>\S+) @(?P<commit>[0-9a-f]{40})$")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# kind of source in SOURCES.md → (art, licence text in German)
KINDS: dict[str, tuple[str, str]] = {
    "association or research": (
        "Webseite", "Webseite eines Verbands, Instituts oder Trägers; Lizenz nicht angegeben; "
        "nur Fakten übernommen"),
    "blog or commentary": (
        "Webseite", "Blog, Kommentar oder Analyseseite; Lizenz nicht angegeben; nur Fakten "
        "übernommen; Sekundärquelle"),
    "document mirror": (
        "Bericht", "Kopie eines Originaldokuments auf einer Drittseite; Lizenz unbekannt; nur "
        "Fakten übernommen"),
    "encyclopedia": (
        "Lexikon", "Spiegel einer Dateiseite der deutschsprachigen Wikipedia; die Karte des "
        "Deutschen Landkreistags ist dort als gemeinfrei gekennzeichnet"),
    "github": (
        "Gesetz/Verordnung", "Gesetzestext: amtliches Werk ohne Urheberrechtsschutz "
        "(§ 5 UrhG), so auch die README des Repositoriums"),
    "local government or jobcenter": (
        "Webseite", "Webseite einer Kommune oder eines Jobcenters; Lizenz nicht angegeben; "
        "nur Fakten übernommen"),
    "official federal": (
        "Webseite", "Webseite der Bundesregierung oder eines Bundesprogramms; "
        "Nutzungsbedingungen im Auszug nicht genannt; nur Fakten übernommen"),
    "parliament mirror": (
        "Parlamentsdokument", "Kopie einer Parlamentsdrucksache; Drucksachen gelten meist "
        "als amtliche Werke (§ 5 UrhG) – nicht geprüft"),
    "politician or party": (
        "Pressemitteilung", "Webseite einer Politikerin, eines Politikers oder einer Partei; "
        "Lizenz nicht angegeben; nur Fakten übernommen"),
    "press": (
        "Presseartikel", "Presseartikel (urheberrechtlich geschützt); nur Fakten "
        "übernommen"),
    "programme agency": (
        "Webseite", "Webseite einer Programm-Servicestelle; Lizenz nicht angegeben; nur "
        "Fakten übernommen"),
}

# publisher names for hosts we know; otherwise the host name is given
PUBLISHERS: dict[str, str] = {
    "bmas.de": "Bundesministerium für Arbeit und Soziales",
    "bundestag.de": "Deutscher Bundestag",
    "webarchiv.bundestag.de": "Deutscher Bundestag (Webarchiv)",
    "esf.de": "Bundesministerium für Arbeit und Soziales (ESF-Portal)",
    "gsub.de": "gsub – Gesellschaft für soziale Unternehmensberatung",
    "modellvorhaben-rehapro.de": "Fachstelle rehapro (Deutsche Rentenversicherung "
        "Knappschaft-Bahn-See)",
    "sgb2.info": "Bundesministerium für Arbeit und Soziales (sgb2.info)",
    "foerderdatenbank.de": "Bundesministerium für Wirtschaft und Klimaschutz "
        "(Förderdatenbank)",
    "foerderdatenbank.info": "Förderdatenbank (Kopie)",
    "umsetzungsbegleitung-bthg.de": "Projekt Umsetzungsbegleitung Bundesteilhabegesetz",
    "jugend-staerken.de": "Bundesministerium für Familie, Senioren, Frauen und Jugend "
        "(Jugend stärken)",
    "perspektive50plus.de": "Bundesprogramm Perspektive 50plus",
    "kleineanfragen.de": "kleineanfragen.de (Kopie von Parlamentsdrucksachen)",
    "kleineanfragen.org": "kleineanfragen.org (Kopie von Parlamentsdrucksachen)",
    "staedtetag.de": "Deutscher Städtetag",
    "bagarbeit.de": "Bundesarbeitsgemeinschaft Arbeit (bag arbeit)",
    "iaw.edu": "Institut für Angewandte Wirtschaftsforschung (IAW)",
    "uni-due.de": "Institut Arbeit und Qualifikation, Universität Duisburg-Essen",
    "biaj.de": "Bremer Institut für Arbeitsmarktforschung und Jugendberufshilfe (BIAJ)",
    "thieme-connect.de": "Georg Thieme Verlag",
    "bar-frankfurt.de": "Bundesarbeitsgemeinschaft für Rehabilitation (BAR)",
    "dvfr.de": "Deutsche Vereinigung für Rehabilitation (DVfR)",
    "muelheim-ruhr.de": "Stadt Mülheim an der Ruhr",
    "kreis-coesfeld.de": "Kreis Coesfeld",
    "essen.de": "Stadt Essen",
    "luebeck.de": "Hansestadt Lübeck",
    "bodenseekreis.de": "Landratsamt Bodenseekreis",
    "kyffhaeuser.de": "Landratsamt Kyffhäuserkreis",
    "ladadi.de": "Landkreis Darmstadt-Dieburg",
    "lk-vr.de": "Landkreis Vorpommern-Rügen",
    "altmarkkreis-salzwedel.de": "Altmarkkreis Salzwedel",
    "grafschaft-bentheim.de": "Landkreis Grafschaft Bentheim",
    "ratsinfo.aachen.de": "Stadt Aachen (Ratsinformationssystem)",
    "ratsinfo.havelland.de": "Landkreis Havelland (Ratsinformationssystem)",
    "web.ostalbkreis.de": "Ostalbkreis (Ratsinformationssystem)",
    "pd-frankfurt.de": "Jobcenter Frankfurt am Main",
    "jobcenter-kreis-wesel.de": "Jobcenter Kreis Wesel",
    "jobcenter-kreis-steinfurt.de": "jobcenter Kreis Steinfurt",
    "jobcenter-kreis-steinfurt.pageflow.io": "jobcenter Kreis Steinfurt",
    "jobcenter-staedteregion-aachen.de": "Jobcenter StädteRegion Aachen",
    "jobcenter-ge.de": "Portal der Jobcenter (gemeinsame Einrichtungen)",
    "kommunen.nrw": "Städte- und Gemeindebund Nordrhein-Westfalen",
    "familie-in-nrw.de": "Land Nordrhein-Westfalen (familie-in-nrw.de)",
    "abendblatt.de": "Hamburger Abendblatt",
    "welt.de": "Die Welt",
    "volksstimme.de": "Volksstimme",
    "freitag.de": "der Freitag",
    "haufe.de": "Haufe",
    "dewiki.de": "dewiki.de (Spiegel der deutschsprachigen Wikipedia)",
}


@dataclass
class SourceEntry:
    address: str
    kind: str
    date_text: str


def read_inventory(path: Path) -> dict[str, SourceEntry]:
    """Address → kind and date text, in the order of the delivery's source tables."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {r["address"]: SourceEntry(r["address"], r["kind"], r["date_text"]) for r in rows}


def render_url(address: str) -> tuple[str, str]:
    """(http(s) URL or "", German note) for a raw source address."""
    match = GITHUB_RE.match(address)
    if match:
        url = f"https://github.com/{match['repo']}/blob/{match['commit']}/{match['path']}"
        return url, (f"Datei {match['path']} im Repositorium {match['repo']}, "
                     f"Stand {match['commit'][:12]}.")
    if re.match(r"^https?://\S+$", address):
        return address, ""
    return "", f"Keine Web-Adresse; Angabe in den Rohdaten: {address}"


def host_of(address: str) -> str:
    if address.startswith("github:"):
        return "github.com"
    host = urlsplit(address).hostname or ""
    return re.sub(r"^www\.", "", host.rstrip("."))


def publisher(address: str) -> str:
    if address.startswith("github:"):
        return "Deutscher Bundestag (Gesetzestext im Repositorium bundestag/gesetze)"
    host = host_of(address)
    return PUBLISHERS.get(host, host)


STOP = {"de", "html", "php", "htm", "aspx", "cfm", "txt", "index", "www", "the", "und",
        "der", "die", "das", "des", "im", "in", "am", "an", "zur", "zum", "fuer", "von",
        "mit", "auf", "bei", "news", "detail", "artikel", "article", "page", "doc",
        "document", "view", "content", "static", "data", "meldung", "aktuelles", "node"}


def _words(address: str) -> list[str]:
    parts = urlsplit(address)
    text = unquote(parts.path + " " + parts.query)
    text = re.sub(r";jsessionid=\w+", " ", text)
    return [w for w in re.split(r"[^0-9A-Za-zÄÖÜäöüß]+", text) if w]


def title_from_address(address: str) -> str:
    """A readable title from the last meaningful part of the address."""
    if address.startswith("github:"):
        return "Sozialgesetzbuch Zweites Buch (SGB II), Fassung zuletzt geändert 20.12.2012"
    path = re.sub(r";jsessionid=\w+", "", unquote(urlsplit(address).path))
    words = [w for w in re.split(r"[^0-9A-Za-zÄÖÜäöüß]+", path)
             if w and w.lower() not in STOP and not re.search(r"\d", w) and len(w) > 1]
    if len(words) < 2:
        return f"Seite auf {host_of(address)}"
    phrase = " ".join(words[-12:])
    return phrase[0].upper() + phrase[1:]


def short_id(address: str) -> str:
    """Host code plus up to three words of the path, upper case."""
    if address.startswith("github:"):
        return "GESETZE-SGB2-2012"
    host = host_of(address)
    labels = [p for p in host.split(".") if p not in ("de", "com", "org", "net", "info",
                                                      "online", "io", "edu", "br", "nrw")]
    code = re.sub(r"[^A-Za-z0-9]", "", labels[-1] if labels else host)[:12].upper()
    words = [w for w in _words(address) if w.lower() not in STOP][:3]
    tokens = [re.sub(r"[^A-Za-z0-9]", "", w)[:8].upper() for w in words]
    return "-".join([code, *[t for t in tokens if t]])


def assign_ids(addresses: list[str]) -> dict[str, str]:
    """Deterministic unique ids: sorted addresses, clashes numbered -2, -3 …"""
    ids: dict[str, str] = {}
    used: dict[str, int] = {}
    for address in sorted(addresses):
        base = short_id(address)
        used[base] = used.get(base, 0) + 1
        ids[address] = base if used[base] == 1 else f"{base}-{used[base]}"
    return ids


def date_fields(date_text: str) -> tuple[str, str]:
    """(datum, datum_hinweis) from the inventory's date column."""
    text = date_text.strip()
    if not text or text == "not stated":
        return "", ""
    if ISO_DATE.match(text):
        return text, ""
    if text.startswith("c. "):
        return "", f"Etwa {text[3:]}, aus dem Inhalt erschlossen."
    first = re.match(r"^(\d{4}(-\d{2}(-\d{2})?)?)", text)
    special = {
        "2012-12-20 (Stand: zuletzt geändert durch G v. 20.12.2012)":
            "Stand der Gesetzesfassung: zuletzt geändert durch Gesetz vom 20.12.2012.",
        "2011; 2011-08/09": "Die Zeilen nennen 2011 bzw. August/September 2011.",
        "2009-11; 2009-11 (photo file names suggest 18.11.2009)":
            "November 2009; Dateinamen der Fotos deuten auf den 18.11.2009.",
    }
    return (first.group(1) if first else ""), special.get(text, "Datum aus dem Inhalt.")


SEED_SOURCES: list[dict[str, str]] = [
    dict(quelle_id="SEED-ROW-2016-1287", datei="000_f50fe93588c0c3b2.txt",
         titel="Mitteilungsvorlage 2011-16/1287: Abschluss des Förderprogramms "
         "«Perspektive 50 Plus» zum 31.12.2015",
         herausgeber="Landkreis Rotenburg (Wümme), Der Landrat", datum="2016-02-26",
         datum_hinweis="", art="Ratsdokument",
         hinweis="Für den Ausschuss für das Jobcenter, Sitzung am 10.03.2016. Aus PDF "
         "umgewandelter Text mit kleinen Lesefehlern."),
    dict(quelle_id="SEED-WAF-2011-161", datei="001_25ac34783bd9d3a4.txt",
         titel="Beschlussvorlage 161/2011: Arbeitsmarkt- und Integrationsprogramm 2012 für "
         "das Jobcenter Kreis Warendorf",
         herausgeber="Kreis Warendorf, Sozialamt", datum="2011",
         datum_hinweis="Tag der Vorlage nicht angegeben; beraten am 01.12.2011 im Ausschuss "
         "für Arbeit, Soziales und Gesundheit und am 09.12.2011 im Kreisausschuss.",
         art="Ratsdokument",
         hinweis="Der Kreis Warendorf wurde zum 01.01.2012 zugelassener kommunaler Träger; "
         "bis dahin war das Jobcenter eine gemeinsame Einrichtung."),
    dict(quelle_id="SEED-SK-2018-022", datei="002_a89dd9cba58782d7.txt",
         titel="Pressemitteilung Nr. 022/2018: 104 kommunale Jobcenter starten Kampagne "
         "«Stark. Sozial. Vor Ort.»",
         herausgeber="Landkreis Saalekreis, Eigenbetrieb für Arbeit – Jobcenter Saalekreis",
         datum="2018-11-26", datum_hinweis="", art="Pressemitteilung", hinweis=""),
    dict(quelle_id="SEED-SI-2016", datei="003_06170bcccd928809.txt",
         titel="Träger des Jobcenters Kreis Siegen-Wittgenstein treffen gemeinsame "
         "Zielvereinbarung",
         herausgeber="Kreis Siegen-Wittgenstein und Agentur für Arbeit Siegen",
         datum="2016", datum_hinweis="Nur das Jahr ist aus dem Inhalt erkennbar "
         "(Zielvereinbarung 2016).", art="Pressemitteilung",
         hinweis="Das Jobcenter Kreis Siegen-Wittgenstein ist eine gemeinsame Einrichtung "
         "von Kreis und Arbeitsagentur, kein zugelassener kommunaler Träger."),
    dict(quelle_id="SEED-NI-2016", datei="004_814a0b1695ec3ed6.txt",
         titel="«Hier hat jede Akte ein Gesicht» – Kommunale Jobcenter diskutieren in "
         "Göttingen",
         herausgeber="Landkreis Göttingen und Niedersächsischer Landkreistag (gemeinsame "
         "Pressemitteilung)", datum="2016-12-15", datum_hinweis="", art="Pressemitteilung",
         hinweis=""),
]
