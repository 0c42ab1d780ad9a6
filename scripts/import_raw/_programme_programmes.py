"""German descriptions of the 24 programme rows, written in our own words.

Keyed by the raw ``programme_id``; ``slug`` is our public id. Dates, budgets and
source addresses are taken from the raw file by the import, everything a visitor reads
is here.
"""

from __future__ import annotations

PROGRAMMES: dict[str, dict[str, str]] = {
    "p50plus": dict(
        slug="perspektive-50plus",
        name="Perspektive 50plus – Beschäftigungspakte für Ältere in den Regionen",
        beschreibung="Bundesprogramm, in dem sich Jobcenter zu regionalen Beschäftigungspakten "
        "zusammenschlossen, um langzeitarbeitslose Menschen ab 50 Jahren wieder in "
        "Arbeit zu bringen. Es lief in drei Phasen von 2005 bis Ende 2015.",
        ebene="Bundesprogramm", foerderer="Bundesministerium für Arbeit und Soziales (BMAS)",
        kofinanzierung="Einzelne Pakte nutzten zusätzlich ESF-Mittel der Länder (z. B. "
        "Niedersachsen beim Pakt «Reife Leistung!»).",
        verwaltung="BMAS; Prüfung der Verwendungsnachweise durch die gsub",
        rechtsgrundlage="Bundesprogramm auf Grundlage eines bundesweiten Ideenwettbewerbs "
        "(kein eigenes Gesetz gefunden)",
        zielgruppe="Grundsicherungsstellen (ARGEn, zugelassene kommunale Träger, Agenturen in "
        "getrennter Aufgabenwahrnehmung), organisiert in regionalen Pakten",
        budget_hinweis="Nur Phase 1 (2005–2007, 250 Mio. Euro) und Phase 2 (2008–2010, rund "
        "275 Mio. Euro); für Phase 3 (2011–2015) wurde kein Betrag gefunden.",
        umfang_hinweis="Phase 1: 62 Pakte mit 77 ARGEn und 16 zkT; ab Juli 2009 292 "
        "Grundsicherungsstellen; Phase 3: 77 oder 78 Pakte mit 421 Jobcentern; rund 438.000 "
        "Integrationen 2005–2015 (Sekundärquelle).",
        sicherheit_hinweis="Daten und Paktzahlen gesichert, Summen wahrscheinlich.",
        hinweis="Phasen: 10/2005–12/2007, 2008–2010, 2011–2015; Teilmodul «Impuls 50plus» ab "
        "2010. Eine regionale Paktseite nennt September 2005 als Beginn.",
    ),
    "buergerarbeit": dict(
        slug="buergerarbeit",
        name="Modellprojekt Bürgerarbeit",
        beschreibung="Modellprojekt des Bundes: zuerst mindestens sechs Monate intensive "
        "Aktivierung, danach für nicht Vermittelte bis zu drei Jahre geförderte, zusätzliche "
        "und gemeinnützige Beschäftigung (30 Stunden, rund 900 Euro brutto).",
        ebene="Bundesprogramm", foerderer="BMAS",
        kofinanzierung="Europäischer Sozialfonds 2007–2013 (Prioritätsachse C)",
        verwaltung="Bundesverwaltungsamt (Bewilligung der Stellen)",
        rechtsgrundlage="Förderrichtlinie bzw. ESF-Programm des BMAS (genaue Fundstelle im "
        "Bundesanzeiger nicht gefunden); Aktivierung im Rahmen des SGB II",
        zielgruppe="Grundsicherungsstellen (ARGEn, zkT, Agenturen in getrennter "
        "Aufgabenwahrnehmung); Arbeitgeber: Kommunen, Vereine, Verbände",
        budget_hinweis="1,3 Mrd. Euro Bund und EU über die Laufzeit (Zeitungsbericht); 2010 "
        "wurden 1,5 Mrd. Euro für drei Jahre angekündigt.",
        umfang_hinweis="Rund 200 Bewerber, alle zugelassen; 34.000 Stellen geplant; 160.000 "
        "Menschen sollten aktiviert werden; rund 49.460 geförderte Bürgerarbeiter "
        "(Zeitungsbericht).",
        sicherheit_hinweis="Daten gesichert, Budget und Summen wahrscheinlich.",
        hinweis="Beschäftigungsphase ab 15.01.2011. Vorläufer: Modell in Sachsen-Anhalt (2006, "
        "fünf Modellregionen, darunter Bad Schmiedeberg). Der Evaluationsbericht (ISG, "
        "November 2015) fand die Aktivierung wirksam, die Beschäftigungsphase nicht.",
    ),
    "kommunal_kombi": dict(
        slug="kommunal-kombi",
        name="Bundesprogramm Kommunal-Kombi",
        beschreibung="Lohnkostenzuschuss des Bundes (50 Prozent, höchstens 500 Euro im Monat, "
        "bis zu drei Jahre) für zusätzliche Arbeitsplätze bei Kommunen in Regionen mit sehr "
        "hoher Arbeitslosigkeit.",
        ebene="Bundesprogramm", foerderer="BMAS",
        kofinanzierung="ESF (als ESF-Programm 2007–2013 geführt); Kofinanzierung durch Länder "
        "oder Kommunen nötig",
        verwaltung="Bundesverwaltungsamt",
        rechtsgrundlage="Förderrichtlinie Bundesprogramm Kommunal-Kombi (geändert 2009)",
        zielgruppe="Kommunen als Arbeitgeber in förderfähigen Regionen",
        budget_hinweis="Erwartete Bundesausgaben bis 2012 (Zeitungsbericht nach BMAS); "
        "ursprünglich waren 1,7 Mrd. Euro erwartet.",
        umfang_hinweis="79 förderfähige Regionen, nach der Änderung 2009 101; 15.825 "
        "Arbeitsplätze bis Ende 2009 statt angestrebter 100.000.",
        sicherheit_hinweis="",
        hinweis="Arbeitsplätze mussten bis 31.12.2009 geschaffen werden.",
    ),
    "gute_arbeit_alleinerziehende": dict(
        slug="gute-arbeit-alleinerziehende",
        name="ESF-Ideenwettbewerb «Gute Arbeit für Alleinerziehende»",
        beschreibung="Ideenwettbewerb mit ESF-Mitteln, der Projekte zur Aktivierung und "
        "Eingliederung Alleinerziehender im SGB-II-Bezug förderte.",
        ebene="Bundesprogramm", foerderer="BMAS", kofinanzierung="ESF und Bund",
        verwaltung="BMAS", rechtsgrundlage="ESF-Rahmenrichtlinie 2007–2013 "
        "(thematische Projektförderung)",
        zielgruppe="Projektträger (ergänzend zur Arbeit der Jobcenter)",
        budget_hinweis="Ungefähr, ESF und Bund zusammen.",
        umfang_hinweis="77 Projekte, davon 18 in Nordrhein-Westfalen.",
        sicherheit_hinweis="", hinweis="",
    ),
    "netzwerke_alleinerziehende": dict(
        slug="netzwerke-alleinerziehende",
        name="ESF-Bundesprogramm «Netzwerke wirksamer Hilfen für Alleinerziehende»",
        beschreibung="ESF-Programm für örtliche Netzwerke, die Hilfen für Alleinerziehende "
        "abstimmen; ein Jobcenter oder eine Arbeitsagentur musste beteiligt sein.",
        ebene="Bundesprogramm", foerderer="BMAS", kofinanzierung="ESF",
        verwaltung="gsub (archivierte Seite der Programmsteuerung)",
        rechtsgrundlage="ESF-Rahmenrichtlinie 2007–2013 des BMAS",
        zielgruppe="Netzwerkkoordinationen vor Ort; Jobcenter oder Arbeitsagentur als "
        "Pflichtpartner",
        budget_hinweis="Nicht gefunden.",
        umfang_hinweis="Rund 100 Standorte (mindestens 100).",
        sicherheit_hinweis="", hinweis="Interessenbekundungsverfahren Anfang Juli 2010 "
        "veröffentlicht.",
    ),
    "soziale_teilhabe": dict(
        slug="soziale-teilhabe",
        name="Bundesprogramm «Soziale Teilhabe am Arbeitsmarkt»",
        beschreibung="Bundesprogramm, das zusätzliche, wettbewerbsneutrale und gemeinnützige "
        "Arbeitsplätze für sehr lange Leistungsbeziehende mit gesundheitlichen "
        "Einschränkungen oder Kindern im Haushalt bezuschusste.",
        ebene="Bundesprogramm", foerderer="BMAS",
        kofinanzierung="Ein Analyseblog nennt ESF-Mittel (von keiner amtlichen Quelle "
        "bestätigt).",
        verwaltung="Antrag durch die Jobcenter; Statistik durch die BA",
        rechtsgrundlage="Förderrichtlinie im Bundesanzeiger (Fundstelle nicht gefunden)",
        zielgruppe="Jobcenter (Auswahlverfahren)",
        budget_hinweis="Bis zu 600 Mio. Euro bis Ende 2018 (nach der Aufstockung).",
        umfang_hinweis="105 Jobcenter ab 2015 und 90 weitere ab 2017, zusammen 195; 10.000 "
        "Plätze, später 20.000 (oder rund 15.000 laut einer Abgeordneten-Mitteilung); "
        "1.320 Euro im Monat bei 30 Wochenstunden.",
        sicherheit_hinweis="Daten und Jobcenterzahlen gesichert, Platzzahl nach der Aufstockung "
        "unsicher.",
        hinweis="Nachfolger ist das Instrument § 16i SGB II ab 2019.",
    ),
    "esf_lza": dict(
        slug="esf-langzeitarbeitslose",
        name="ESF-Bundesprogramm zur Eingliederung langzeitarbeitsloser Leistungsberechtigter "
        "nach dem SGB II auf dem allgemeinen Arbeitsmarkt",
        beschreibung="ESF- und Bundesprogramm mit Betriebsakquisiteuren in den Jobcentern, "
        "Coaching nach der Einstellung und sinkenden Lohnkostenzuschüssen für "
        "Langzeitarbeitslose ab 35 Jahren ohne verwertbaren Berufsabschluss.",
        ebene="Bundesprogramm", foerderer="BMAS",
        kofinanzierung="ESF 2014–2020 (470 Mio. Euro) und Eingliederungstitel SGB II "
        "(415 Mio. Euro)",
        verwaltung="Bundesverwaltungsamt",
        rechtsgrundlage="Förderrichtlinie vom 19.11.2014 (geändert im Februar 2016 und im "
        "Januar 2017)",
        zielgruppe="Nur Jobcenter",
        budget_hinweis="Geplant; eine spätere Abgeordneten-Mitteilung nennt 678 Mio. Euro "
        "(ESF und Bund) für 2015–2020.",
        umfang_hinweis="33.000 Plätze geplant; etwa 305 bis 336 Jobcenter; 20.443 Teilnehmende "
        "am 31.12.2017 (Zählung eines Analyseblogs).",
        sicherheit_hinweis="",
        hinweis="Eintritte bis 31.12.2017; Betriebsakquisiteure bis 31.07.2017.",
    ),
    "tcg_16i": dict(
        slug="teilhabe-am-arbeitsmarkt-16i",
        name="Teilhabe am Arbeitsmarkt (§ 16i SGB II) – Teilhabechancengesetz",
        beschreibung="Regelinstrument des SGB II: Lohnkostenzuschuss bis zu fünf Jahre für "
        "Menschen, die mindestens sechs Jahre Leistungen bezogen haben.",
        ebene="Bundesgesetz",
        foerderer="Bund (Eingliederungstitel, Passiv-Aktiv-Transfer)",
        kofinanzierung="", verwaltung="Jobcenter",
        rechtsgrundlage="§ 16i SGB II, eingeführt durch das 10. SGB II-Änderungsgesetz "
        "(Teilhabechancengesetz), in Kraft seit 01.01.2019; seit 01.01.2023 unbefristet "
        "(Bürgergeld-Gesetz)",
        zielgruppe="Jobcenter (gemeinsame Einrichtungen und zkT)",
        budget_hinweis="Zusätzliche Mittel im Eingliederungstitel 2018–2022, gemeinsam mit "
        "§ 16e.",
        umfang_hinweis="Rund 34.000 Geförderte nach dem ersten Jahr; rund 42.900 im Dezember "
        "2020.",
        sicherheit_hinweis="", hinweis="",
    ),
    "tcg_16e": dict(
        slug="eingliederung-langzeitarbeitsloser-16e",
        name="Eingliederung von Langzeitarbeitslosen (§ 16e SGB II) – Teilhabechancengesetz",
        beschreibung="Regelinstrument des SGB II: zweijähriger Lohnkostenzuschuss für "
        "Menschen, die mindestens zwei Jahre arbeitslos sind.",
        ebene="Bundesgesetz", foerderer="Bund (Eingliederungstitel)", kofinanzierung="",
        verwaltung="Jobcenter",
        rechtsgrundlage="§ 16e SGB II (neue Fassung), in Kraft seit 01.01.2019",
        zielgruppe="Jobcenter (gemeinsame Einrichtungen und zkT)",
        budget_hinweis="Siehe § 16i (4 Mrd. Euro gemeinsam).",
        umfang_hinweis="Mehr als 8.000 Geförderte nach dem ersten Jahr; rund 12.200 im "
        "Dezember 2020.",
        sicherheit_hinweis="",
        hinweis="Ersetzte den früheren § 16e (Förderung von Arbeitsverhältnissen).",
    ),
    "tcg": dict(
        slug="teilhabechancengesetz",
        name="Teilhabechancengesetz (10. SGB II-Änderungsgesetz)",
        beschreibung="Bundesgesetz von 2018, das § 16i und den neuen § 16e SGB II schuf; "
        "Zahlen unter dieser Kennung betreffen beide Instrumente zusammen.",
        ebene="Bundesgesetz", foerderer="Bund (Eingliederungstitel)", kofinanzierung="",
        verwaltung="Jobcenter",
        rechtsgrundlage="10. SGB II-Änderungsgesetz (Teilhabechancengesetz), in Kraft seit "
        "01.01.2019",
        zielgruppe="Jobcenter (gemeinsame Einrichtungen und zkT)",
        budget_hinweis="Zusätzliche Mittel im Eingliederungstitel 2018–2022.",
        umfang_hinweis="Mehr als 42.000 Geförderte nach § 16e und § 16i nach dem ersten Jahr.",
        sicherheit_hinweis="",
        hinweis="Sammelzeile; siehe auch die Einzelinstrumente § 16i und § 16e.",
    ),
    "rehapro": dict(
        slug="rehapro",
        name="Bundesprogramm «Innovative Wege zur Teilhabe am Arbeitsleben – rehapro»",
        beschreibung="Modellprojekte von Jobcentern und Rentenversicherungsträgern, die die "
        "Erwerbsfähigkeit gesundheitlich beeinträchtigter Menschen erhalten oder "
        "wiederherstellen sollen; drei Förderaufrufe.",
        ebene="Bundesprogramm", foerderer="BMAS", kofinanzierung="",
        verwaltung="Fachstelle rehapro bei der Deutschen Rentenversicherung "
        "Knappschaft-Bahn-See (Bochum)",
        rechtsgrundlage="§ 11 SGB IX; Förderrichtlinie vom 02.05.2018 (BAnz AT 04.05.2018 B1), "
        "geändert am 15.06.2018 und 19.05.2022",
        zielgruppe="Nur Jobcenter und Träger der Rentenversicherung",
        budget_hinweis="Ungefähr; je 500 Mio. Euro für die SGB-II- und die SGB-VI-Seite; drei "
        "Förderaufrufe.",
        umfang_hinweis="1. Aufruf: 97 Anträge, 61 ausgewählt (33 SGB II), 55 gestartet; "
        "2. Aufruf: 48 oder 49 Projekte; 3. Aufruf: 19 Projekte (rund 60 Mio. Euro).",
        sicherheit_hinweis="",
        hinweis="Projekte bis zu fünf Jahre (im 3. Aufruf bis zu vier Jahre).",
    ),
    "justiq": dict(
        slug="jugend-staerken-im-quartier",
        name="ESF-Modellprogramm «JUGEND STÄRKEN im Quartier» (JUSTiQ)",
        beschreibung="ESF-Modellprogramm für junge Menschen von 12 bis 26 Jahren in "
        "benachteiligten Stadtteilen; die Kommunen (Jugendhilfe) koordinieren, Jobcenter "
        "sind Partner.",
        ebene="Bundesprogramm", foerderer="BMFSFJ sowie BMUB bzw. BMI",
        kofinanzierung="ESF 2014–2020",
        verwaltung="Kommunen (örtliche Träger der Jugendhilfe)",
        rechtsgrundlage="§ 13 SGB VIII; Förderrichtlinie (1. und 2. Förderphase)",
        zielgruppe="Nur Kommunen",
        budget_hinweis="1. Phase 115 Mio. Euro ESF und 5 Mio. Euro Bund; 2. Phase 97 Mio. Euro "
        "ESF und 4,2 Mio. Euro Bund (Summe von der Bearbeitung errechnet).",
        umfang_hinweis="178 Kommunen (2015–2018), 161 (2019–2022); rund 99.000 junge Menschen "
        "unterstützt.",
        sicherheit_hinweis="",
        hinweis="Kein Jobcenter-Programm; Jobcenter wirken als Partner mit.",
    ),
    "netzwerke_abc": dict(
        slug="netzwerke-abc",
        name="Initiative «Netzwerke für Aktivierung, Beratung und Chancen» (Netzwerke ABC)",
        beschreibung="Initiative des BMAS, mit der alle Jobcenter örtliche Netzwerke "
        "(Kinderbetreuung, Schuldner- und Suchtberatung, Krankenkassen) für "
        "Langzeitarbeitslose aufbauen sollten.",
        ebene="Bundesprogramm", foerderer="BMAS", kofinanzierung="", verwaltung="Jobcenter",
        rechtsgrundlage="Teil des BMAS-Konzepts «Chancen eröffnen – soziale Teilhabe "
        "sichern» (2014)",
        zielgruppe="Alle Jobcenter",
        budget_hinweis="Kein eigenes Budget gefunden.",
        umfang_hinweis="Keine Teilnehmerliste gefunden.",
        sicherheit_hinweis="Bestehen gesichert, Startjahr wahrscheinlich.",
        hinweis="Startjahr aus dem Konzept von 2014 und Jobcenter-Seiten von 2015–2017 "
        "erschlossen.",
    ),
    "respekt": dict(
        slug="respekt",
        name="RESPEKT – Pilotprogramm für schwer zu erreichende junge Menschen",
        beschreibung="Pilotprogramm des BMAS, das Hilfen außerhalb der SGB-II-Instrumente "
        "für schwer erreichbare junge Menschen förderte.",
        ebene="Bundesprogramm", foerderer="BMAS", kofinanzierung="", verwaltung="",
        rechtsgrundlage="Förderrichtlinie vom 14.09.2015 (BAnz AT 16.09.2015 B3)",
        zielgruppe="Im gelesenen Auszug nicht genannt",
        budget_hinweis="Nicht gefunden.", umfang_hinweis="",
        sicherheit_hinweis="", hinweis="",
    ),
    "esf_plus_wir": dict(
        slug="esf-plus-wir",
        name="ESF Plus «WIR – Netzwerke integrieren Geflüchtete in den regionalen "
        "Arbeitsmarkt»",
        beschreibung="ESF-Plus-Programm für regionale Netzwerke, die Geflüchtete in "
        "Zusammenarbeit mit Jobcentern und Arbeitsagenturen in Arbeit bringen.",
        ebene="Bundesprogramm", foerderer="BMAS", kofinanzierung="ESF Plus 2021–2027",
        verwaltung="", rechtsgrundlage="Förderrichtlinie vom 19.04.2022",
        zielgruppe="Kooperations- und Projektverbünde",
        budget_hinweis="Bis zu 4 Mio. Euro je regionalem Projekt (vier Jahre); Online-Projekt "
        "bis zu 2,8 Mio. Euro.",
        umfang_hinweis="Mindestens ein Projekt je Land.",
        sicherheit_hinweis="",
        hinweis="Zweiter Aufruf offen bis 19.02.2026.",
    ),
    "esf_plus_iq": dict(
        slug="esf-plus-iq",
        name="ESF-Plus-Förderprogramm «IQ – Integration durch Qualifizierung»",
        beschreibung="ESF-Plus-Programm zur Arbeitsmarktintegration Erwachsener "
        "ausländischer Herkunft.",
        ebene="Bundesprogramm", foerderer="BMAS", kofinanzierung="ESF Plus 2021–2027",
        verwaltung="", rechtsgrundlage="Förderrichtlinie vom 20.06.2022",
        zielgruppe="Im gelesenen Auszug nicht genannt",
        budget_hinweis="Nicht gefunden.", umfang_hinweis="",
        sicherheit_hinweis="", hinweis="Nicht speziell auf Jobcenter ausgerichtet.",
    ),
    "modell_gesundheit_kommunal": dict(
        slug="verzahnung-arbeits-gesundheitsfoerderung",
        name="Modellprojekt «Verzahnung von Arbeits- und Gesundheitsförderung in der "
        "kommunalen Lebenswelt»",
        beschreibung="Modellprojekt, das Arbeitsförderung und Gesundheitsförderung für "
        "arbeitslose Menschen auf kommunaler Ebene verbindet; Jobcenter sind Standorte.",
        ebene="Bundesprogramm",
        foerderer="Gesetzliche Krankenkassen (GKV-Bündnis für Gesundheit), laut Quellen aus "
        "Mittelsachsen und Wittmund",
        kofinanzierung="", verwaltung="", rechtsgrundlage="Nicht gefunden",
        zielgruppe="Jobcenter als Standorte",
        budget_hinweis="Nicht gefunden.",
        umfang_hinweis="Acht Jobcenter-Standorte in Brandenburg auf einer Projektseite.",
        sicherheit_hinweis="",
        hinweis="Förderer aus zwei örtlichen Quellen erschlossen; Beteiligung der BA in den "
        "gelesenen Quellen nicht bestätigt. Als Bundesprojekt im Arbeitsmarktprogramm des "
        "Jobcenters MAIA geführt.",
    ),
    "kampagne_stark_sozial": dict(
        slug="kampagne-stark-sozial-vor-ort",
        name="Kampagne «Kommunale Jobcenter – Stark. Sozial. Vor Ort.»",
        beschreibung="Gemeinsame Öffentlichkeitskampagne der 104 kommunalen Jobcenter, "
        "getragen vom Deutschen Landkreistag und vom Deutschen Städtetag.",
        ebene="Verbände", foerderer="Deutscher Landkreistag und Deutscher Städtetag",
        kofinanzierung="", verwaltung="", rechtsgrundlage="Keine (Kampagne)",
        zielgruppe="Die 104 kommunalen Jobcenter",
        budget_hinweis="", umfang_hinweis="Aktionswoche 26.–30.08.2019; Kampagnen-Webseite "
        "2021.",
        sicherheit_hinweis="", hinweis="",
    ),
    "zielvereinbarung_48b": dict(
        slug="zielvereinbarungen-48b",
        name="Zielvereinbarungen zur Erreichung der Ziele der Grundsicherung (zkT)",
        beschreibung="Jährliche Zielvereinbarungen zwischen BMAS und Land für die "
        "zugelassenen kommunalen Träger und danach zwischen Land und jedem einzelnen zkT.",
        ebene="Bund und Land", foerderer="BMAS und Landesministerien", kofinanzierung="",
        verwaltung="", rechtsgrundlage="§ 48b Abs. 1 Satz 1 Nr. 3 SGB II",
        zielgruppe="zkT über ihr Land", budget_hinweis="", umfang_hinweis="",
        sicherheit_hinweis="Rechtsgrundlage gesichert, Startjahr wahrscheinlich.",
        hinweis="Startjahr 2011 = Einführung des § 48b mit der Jobcenter-Reform 2010 (in den "
        "verwendeten Quellen nicht ausdrücklich genannt).",
    ),
    "amp": dict(
        slug="arbeitsmarktprogramm",
        name="Örtliches Arbeitsmarkt- und Integrationsprogramm (AMP)",
        beschreibung="Jährlicher Plan jedes Jobcenters, wie es sein Eingliederungsbudget "
        "einsetzt; kein Förderprogramm.",
        ebene="kommunal",
        foerderer="Bund (Eingliederungstitel, Gesamtbudget nach § 46 SGB II)",
        kofinanzierung="", verwaltung="Jedes Jobcenter",
        rechtsgrundlage="§ 44c Abs. 6 SGB II (gemeinsame Einrichtungen); § 46 SGB II "
        "(Gesamtbudget)",
        zielgruppe="Alle Jobcenter", budget_hinweis="",
        umfang_hinweis="Gefundene Programme siehe Tabelle «dokumente».",
        sicherheit_hinweis="Rechtsgrundlagen gesichert.",
        hinweis="Gesetzliche Pflicht, kein Förderprogramm.",
    ),
    "land_st_aktiv_zur_rente_plus": dict(
        slug="sachsen-anhalt-aktiv-zur-rente-plus",
        name="Landesprogramm «Aktiv zur Rente plus» (Sachsen-Anhalt)",
        beschreibung="Landesprogramm Sachsen-Anhalts, das Arbeitsplätze für ältere "
        "Langzeitarbeitslose bezuschusste; die Landkreise organisierten es.",
        ebene="Landesprogramm", foerderer="Land Sachsen-Anhalt", kofinanzierung="ESF",
        verwaltung="Landkreise", rechtsgrundlage="Nicht gefunden", zielgruppe="Landkreise",
        budget_hinweis="ESF-Mittel.",
        umfang_hinweis="1.900 Plätze; höchstens 1.500 Euro je Teilnehmendem und Monat.",
        sicherheit_hinweis="Zahlen gesichert, Laufzeit nicht gefunden.", hinweis="",
    ),
    "land_st_stabilisierung_teilhabe": dict(
        slug="sachsen-anhalt-stabilisierung-teilhabe",
        name="Landesprogramm «Stabilisierung und Teilhabe am Arbeitsleben» (Sachsen-Anhalt)",
        beschreibung="Landesprogramm Sachsen-Anhalts mit 2.000 begleiteten "
        "Beschäftigungsplätzen für Langzeitarbeitslose ab 35 Jahren.",
        ebene="Landesprogramm", foerderer="Land Sachsen-Anhalt", kofinanzierung="",
        verwaltung="Landkreise bzw. Jobcenter", rechtsgrundlage="Nicht gefunden",
        zielgruppe="Landkreise und kreisfreie Städte", budget_hinweis="",
        umfang_hinweis="2.000 Plätze; der Burgenlandkreis begann als erster (177 Plätze).",
        sicherheit_hinweis="", hinweis="",
    ),
    "local_project_anna": dict(
        slug="warendorf-anna",
        name="ANNA – Projekt des Jobcenters Kreis Warendorf",
        beschreibung="Örtliches Projekt des Jobcenters Kreis Warendorf für (allein) "
        "erziehende Eltern, bezahlt aus dem Eingliederungsbudget des Jobcenters.",
        ebene="kommunal", foerderer="Jobcenter Kreis Warendorf (Eingliederungsbudget)",
        kofinanzierung="", verwaltung="Jobcenter Kreis Warendorf",
        rechtsgrundlage="§§ 16 ff. SGB II (Eingliederungsbudget) – erschlossen",
        zielgruppe="", budget_hinweis="Ungefähr.",
        umfang_hinweis="30 Bedarfsgemeinschaften.",
        sicherheit_hinweis="Zahlen gesichert.",
        hinweis="Beispiel für ein aus dem Eingliederungsbudget bezahltes örtliches Projekt.",
    ),
    "zkt_context": dict(
        slug="kontext-kommunale-jobcenter",
        name="Hintergrundzahlen zu den kommunalen Jobcentern (kein Programm)",
        beschreibung="Sammelstelle für Zahlen zur Zahl der zugelassenen kommunalen Träger und "
        "der Jobcenter insgesamt sowie zu ihren gesetzlichen Grundlagen.",
        ebene="Kontext", foerderer="", kofinanzierung="", verwaltung="",
        rechtsgrundlage="§ 6a SGB II (Zulassung)", zielgruppe="", budget_hinweis="",
        umfang_hinweis="69 zkT (2005), 110 (2012), 104 (2018/19); 16 in Niedersachsen, 16 in "
        "Hessen, 18 in Nordrhein-Westfalen.",
        sicherheit_hinweis="", hinweis="",
    ),
}

EBENE_RAW = {
    "federal": "Bundesprogramm", "federal (per Jobcenter MAIA AMP)": "Bundesprogramm",
    "federal law (SGB II instrument)": "Bundesgesetz", "federal law": "Bundesgesetz",
    "federal/Land": "Bund und Land", "Land": "Landesprogramm", "local": "kommunal",
    "local (legal duty)": "kommunal", "associations": "Verbände", "context": "Kontext",
}
