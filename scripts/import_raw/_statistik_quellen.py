"""Hand-curated sources of the «statistik» package (German, in our own words)."""

from __future__ import annotations

QUELLEN_FELDER = ["quelle_id", "titel", "herausgeber", "datum", "datum_hinweis", "art", "url",
                  "lizenz", "namensnennung", "hinweis"]

INKAR = "inkar-2024"
BA = "ba-statistik-sgb2"
ERLANGEN = "erlangen-bv-50-050-2016"

_ZITAT_LIZENZ = ("Einzelne Zahlenangaben mit Quellenangabe zitiert; kein Text übernommen")
_BIAJ = "Bremer Institut für Arbeitsmarktforschung und Jugendberufshilfe (BIAJ)"
_BIAJ_NENNUNG = "BIAJ – Bremer Institut für Arbeitsmarktforschung und Jugendberufshilfe"
_BIAJ_HINWEIS = ("Das BIAJ ist ein Bremer Forschungsinstitut, das Zahlen der BA-Statistik "
                 "aufbereitet und kommentiert; Sekundärquelle. Gelesen in einer gespeicherten "
                 "Kopie der Seite.")
_SEKUNDAER = ("Sekundärquelle: die Seite gibt Zahlen der BA oder der Bundesregierung wieder; "
              "mit Vorsicht verwenden. Gelesen in einer gespeicherten Kopie der Seite.")


def _q(quelle_id: str, titel: str, herausgeber: str, datum: str, datum_hinweis: str, art: str,
       url: str, lizenz: str, namensnennung: str, hinweis: str) -> dict[str, str]:
    return dict(zip(QUELLEN_FELDER, [quelle_id, titel, herausgeber, datum, datum_hinweis, art,
                                     url, lizenz, namensnennung, hinweis], strict=True))


FESTE_QUELLEN = [
    _q(INKAR, "INKAR – Indikatoren und Karten zur Raum- und Stadtentwicklung, Ausgabe 2024, "
       "Tabelle Sozialleistungen",
       "Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR)", "2024",
       "Ausgabejahr laut Name der Download-Datei", "Datensatz",
       "https://www.bbr-server.de/imagemap/inkar/download/inkar_2024.zip",
       "Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)",
       "Datenquelle: INKAR 2024, BBSR Bonn (dl-de/by-2-0); Grundlage: Statistik der BA",
       "Bezogen über eine unveränderte Kopie im GitHub-Repository RegioHub/inkr (Datei "
       "inst/db/sozialleistungen.parquet, Commit 31343b2 vom 31.10.2024), die aus dem "
       "Gesamtdownload des BBSR erzeugt wurde. Wir haben Kreise, Länder und Bund sowie 18 "
       "Indikatoren zum SGB II ausgewählt und in die Langform gebracht; Werte unverändert, "
       "daher «Daten verändert» nur im Sinne der Auswahl und Umformung."),
    _q(BA, "Statistik der Grundsicherung für Arbeitsuchende nach dem SGB II",
       "Statistik der Bundesagentur für Arbeit", "", "fortlaufende Statistik",
       "Amtliche Statistik", "https://statistik.arbeitsagentur.de/", "",
       "Statistik der Bundesagentur für Arbeit",
       "Grundlage der INKAR-Werte zum SGB II (außer der Mindestsicherungsquote, die aus der "
       "Sozialberichterstattung des Bundes und der Länder stammt). Wir haben keine Zahlen "
       "direkt bei der BA abgerufen."),
    _q(ERLANGEN, "Sachstandsbericht des Sozialamtes und der GGFA zum SGB II-Vollzug in "
       "Erlangen (Beschlussvorlage 50/050/2016)", "Stadt Erlangen", "2016",
       "Jahr aus der Vorlagennummer", "Ratsdokument",
       "https://ratsinfo.erlangen.de/vo0050.php?__kvonr=2128606",
       "Öffentliche Ratsvorlage; übernommen sind nur statistische Einzelangaben",
       "Stadt Erlangen, Beschlussvorlage 50/050/2016",
       "Tabelle 1 (Dezemberbestände 2005–2015 für Erlangen und Deutschland) von Hand "
       "abgeschrieben und zweimal gegengelesen. Der gespeicherte Auszug nennt die statistische "
       "Quelle nicht; vermutlich BA-Statistik mit Datenstand 2016, also möglicherweise vor "
       "der Revision von 2016."),
]

# One row per distinct page of the federal headline file, keyed by its URL.
WEB_QUELLEN: dict[str, dict[str, str]] = {
    "https://biaj.de/archiv-materialien/374-die-sogenannte-integrationsquote-k2-der-410-jobcenter-2012-2011-gesamt-maennlich-weiblich.html":
    _q("biaj-374", "Die sogenannte Integrationsquote (K2) der 410 Jobcenter 2012 und 2011",
       _BIAJ, "2013-05-21", "Datum der zugrunde liegenden BIAJ-Materialien", "Webseite", "",
       _ZITAT_LIZENZ, _BIAJ_NENNUNG, _BIAJ_HINWEIS),
    "http://biaj.de/archiv-materialien/37-texte/488-jobcenter-qintegrationenq-qintegrationsquotenq-2011-bis-2013-insgesamt-maennlich-weiblich.html":
    _q("biaj-488", "Jobcenter: «Integrationen» und «Integrationsquoten» 2011 bis 2013",
       _BIAJ, "2014-05-09", "Datum der zugrunde liegenden BIAJ-Materialien", "Webseite", "",
       _ZITAT_LIZENZ, _BIAJ_NENNUNG, _BIAJ_HINWEIS),
    "http://biaj.de/archiv-materialien/615-jobcenter-integrationen-integrationsquoten-2011-bis-2014-int-intlzb-k2-k3e1.html":
    _q("biaj-615", "Jobcenter: Integrationen und Integrationsquoten 2011 bis 2014 "
       "(INT, INT_LZB, K2, K3E1)", _BIAJ, "2015-04-23",
       "Datum der zugrunde liegenden BIAJ-Materialien", "Webseite", "",
       _ZITAT_LIZENZ, _BIAJ_NENNUNG, _BIAJ_HINWEIS),
    "https://docplayer.org/52533946-biaj-materialien-jobcenter-bedarfsdeckende-integrationen-in-sozialversicherungspflichtige-beschaeftigung-biaj-2016.html":
    _q("biaj-2016-docplayer", "BIAJ-Materialien: Jobcenter – bedarfsdeckende Integrationen "
       "in sozialversicherungspflichtige Beschäftigung", _BIAJ, "",
       "2016 oder 2017, genauer nicht bekannt", "Bericht", "", _ZITAT_LIZENZ, _BIAJ_NENNUNG,
       "Gelesen in einer Textabschrift des PDF auf docplayer.org; bei der Abschrift gingen "
       "Jahresangaben verloren. " + _BIAJ_HINWEIS),
    "https://www.bundestag.de/presse/hib/kurzmeldungen-1139688":
    _q("hib-1139688", "hib – heute im bundestag: Kurzmeldung zur Antwort der Bundesregierung "
       "auf Drucksache 21/3728", "Deutscher Bundestag, Pressedienst", "",
       "nicht bekannt; 21. Wahlperiode", "Pressemitteilung", "", "Amtliche Pressenotiz; "
       "einzelne Zahlenangaben zitiert", "Deutscher Bundestag, hib",
       "Kurzfassung einer Antwort der Bundesregierung mit Zahlen der BA. Der Bezugsmonat der "
       "Jahreswerte wird nicht genannt; für 2022 fehlt ein Wert."),
    "https://buergergeld.org/?p=1184":
    _q("buergergeld-1184", "Artikel zur Integrationsquote (K2) im Juni 2023",
       "buergergeld.org", "", "nicht bekannt; nach Inhalt 2023", "Webseite", "",
       _ZITAT_LIZENZ, "buergergeld.org", _SEKUNDAER),
    "https://buergergeld.org/?p=52431":
    _q("buergergeld-52431", "Artikel zur Integrationsquote (K2) im Juni 2024",
       "buergergeld.org", "", "nicht bekannt; nach Inhalt 2024", "Webseite", "",
       _ZITAT_LIZENZ, "buergergeld.org", _SEKUNDAER),
    "https://buergergeld.org/news/katastrophale-buergergeld-bilanz-bei-der-integration":
    _q("buergergeld-k3e1", "Artikel zur Integrationsquote der Langzeitleistungsbeziehenden "
       "(K3E1)", "buergergeld.org", "", "nicht bekannt; nach Inhalt 2023", "Webseite", "",
       _ZITAT_LIZENZ, "buergergeld.org", _SEKUNDAER),
    "https://www.welt.de/wirtschaft/article246480680/Buergergeld-Jeder-Zweite-bezieht-nach-drei-Monaten-wieder-Geld-vom-Staat.html":
    _q("welt-246480680", "Zeitungsartikel zu bedarfsdeckenden Integrationen "
       "(BA-Sonderauswertung)", "WELT", "2023-07", "", "Presseartikel", "",
       _ZITAT_LIZENZ, "WELT",
       "Gibt eine Sonderauswertung der BA für eine Bundestagsfraktion wieder. " + _SEKUNDAER),
    "https://www.buergergeld.org/?p=55991":
    _q("buergergeld-55991", "Artikel zu bedarfsdeckenden Integrationen nach einer Antwort "
       "der Bundesregierung", "buergergeld.org", "", "nicht bekannt; nach Inhalt 2024/2025",
       "Webseite", "", _ZITAT_LIZENZ, "buergergeld.org", _SEKUNDAER),
    "http://www.biaj.de/archiv-materialien/2085-leistungsberechtigte-mit-ohne-deutsche-staatsangehoerigkeit-in-sgb-ii-bedarfsgemeinschaften-hartz-iv-buergergeld-2005-2024-bund-laender-bremische-staedte.html":
    _q("biaj-2085", "Leistungsberechtigte mit und ohne deutsche Staatsangehörigkeit in "
       "SGB II-Bedarfsgemeinschaften 2005–2024", _BIAJ, "2025", "nach Inhalt", "Webseite",
       "", _ZITAT_LIZENZ, _BIAJ_NENNUNG, _BIAJ_HINWEIS),
    "http://biaj.de/archiv-materialien/1941-erwerbsfaehige-und-nicht-erwerbsfaehige-leistungsberechigte-in-sgb-ii-bedarfsgemeinschaften-2005-bis-2023.html":
    _q("biaj-1941", "Erwerbsfähige und nicht erwerbsfähige Leistungsberechtigte in "
       "SGB II-Bedarfsgemeinschaften 2005 bis 2023", _BIAJ, "2024-04-10", "", "Webseite", "",
       _ZITAT_LIZENZ, _BIAJ_NENNUNG, _BIAJ_HINWEIS),
    "https://dgrsta.com/entwicklung-der-buergergeld-ausgaben-2024":
    _q("dgrsta-2024", "Zusammenfassung zur Entwicklung der Bürgergeld-Ausgaben 2024",
       "dgrsta.com", "2025", "nach Inhalt (bezieht sich auf eine Antwort der "
       "Bundesregierung vom 28.7.2025, Drucksache 21/1069)", "Webseite", "",
       _ZITAT_LIZENZ, "dgrsta.com", _SEKUNDAER),
    "http://www.biaj.de/?id=689%3Abundeshaushalt-2016-titelgruppe-grundsicherung-fuer-arbeitsuchende-hartz-iv&start=280":
    _q("biaj-689", "Bundeshaushalt: Titelgruppe Grundsicherung für Arbeitsuchende",
       _BIAJ, "2023", "nach Inhalt", "Webseite", "", _ZITAT_LIZENZ, _BIAJ_NENNUNG,
       _BIAJ_HINWEIS),
    "https://www.vadib.de/?p=2093":
    _q("vadib-2093", "Beitrag zur Verteilung der Bundesmittel an die Jobcenter 2018",
       "vadib.de", "", "nicht bekannt; nach Inhalt 2018", "Webseite", "", _ZITAT_LIZENZ,
       "vadib.de", "Gibt BIAJ-Materialien wieder. " + _SEKUNDAER),
    "http://biaj.de/archiv-kurzmitteilungen/693-jobcenter-verteilung-zusaetzlicher-mittel-fuer-fluechtlingsinduzierte-mehrbedarfe-bmas.html":
    _q("biaj-693", "Jobcenter: Verteilung zusätzlicher Mittel für flüchtlingsbedingte "
       "Mehrbedarfe (BMAS)", _BIAJ, "2015-12-07", "Datum der BIAJ-Tabelle", "Webseite", "",
       _ZITAT_LIZENZ, _BIAJ_NENNUNG, _BIAJ_HINWEIS),
    "http://biaj.de/archiv-materialien/598-jobcentervergleich-2014-zugeteilte-und-ausgegebene-bundesmittel-vk-und-egl.html":
    _q("biaj-598", "Jobcentervergleich 2014: zugeteilte und ausgegebene Bundesmittel "
       "(Verwaltungskosten und Eingliederungsleistungen)", _BIAJ, "2015-03-03",
       "Datum der zugrunde liegenden BIAJ-Materialien", "Webseite", "", _ZITAT_LIZENZ,
       _BIAJ_NENNUNG, _BIAJ_HINWEIS),
}
for _url, _row in WEB_QUELLEN.items():
    _row["url"] = _url


def haushalt_quelle(jahr: int, blob: str) -> dict[str, str]:
    """Source row for one year's Haushaltsrechnung des Bundes."""
    return _q(haushalt_quelle_id(jahr), f"Haushaltsrechnung des Bundes für das Jahr {jahr}",
              "Bundesministerium der Finanzen", "", "Veröffentlichungsdatum nicht bekannt",
              "Amtliche Statistik", "https://www.bundeshaushalt.de/",
              "Amtliche Haushaltsdaten; bundeshaushalt.de stellt seine offenen Daten unter "
              "dl-de/by-2-0 bereit (nicht erneut geprüft)",
              "Bundesministerium der Finanzen, Haushaltsrechnung",
              f"Gelesen in der Datei HR{jahr}.xlsx im GitHub-Repository "
              "MaxwellMuF/Urban_technologie_project_Bundeshaushalt (Commit f31b332 vom "
              f"4.3.2025, Git-Blob {blob[:12]}); laut dessen README ein Download von "
              "bundeshaushalt.de. Das Repository selbst hat keine Lizenzdatei.")


def haushalt_quelle_id(jahr: int) -> str:
    return f"bmf-hr-{jahr}"
