"""German labels for the figures of the programme research (own wording).

Keyed by the English ``figure`` text of programme_figures.csv and local_figures.csv.
The import stops if a raw label is missing here, so every figure gets a German label.
"""

from __future__ import annotations

FIGURE_LABELS: dict[str, str] = {
    # --- Perspektive 50plus, national ------------------------------------------------
    "persons activated (whole programme)": "Aktivierte Personen (gesamte Laufzeit)",
    "integrations into first labour market (whole programme)":
        "Integrationen in den ersten Arbeitsmarkt (gesamte Laufzeit)",
    "federal funding phase 2": "Bundesmittel Phase 2",
    "persons activated in first phase": "Aktivierte Personen in Phase 1",
    "persons placed in first phase": "Vermittelte Personen in Phase 1",
    "pacts in first phase": "Beschäftigungspakte in Phase 1",
    "target group size first phase": "Größe der Zielgruppe in Phase 1",
    "SGB II carriers participating phase 2": "Beteiligte SGB-II-Stellen in Phase 2",
    "activation target 2009": "Aktivierungsziel 2009",
    "integration target 2009": "Integrationsziel 2009",
    "pacts (2009)": "Beschäftigungspakte 2009",
    "Grundsicherungsstellen participating before 1 July 2009":
        "Beteiligte Grundsicherungsstellen vor dem 1. Juli 2009",
    "Grundsicherungsstellen participating from 1 July 2009":
        "Beteiligte Grundsicherungsstellen ab 1. Juli 2009",
    "Grundsicherungsstellen in Germany (reference)":
        "Grundsicherungsstellen in Deutschland (Bezugsgröße)",
    "integrations in Q1 2009": "Integrationen im 1. Quartal 2009",
    "integrations since start (cumulative)": "Integrationen seit Programmbeginn (aufsummiert)",
    "integrations 2008": "Integrationen 2008",
    "persons to be addressed, target 2009": "Anzusprechende Personen, Ziel 2009",
    "Perspektive 50plus ambassadors (Botschafter)": "Botschafterinnen und Botschafter des "
        "Programms",
    "integrations first phase": "Integrationen in Phase 1",
    "Jobcenter participating at start of phase 3": "Beteiligte Jobcenter zu Beginn von Phase 3",
    "pacts (phase 3)": "Beschäftigungspakte in Phase 3",
    "pacts (programme end)": "Beschäftigungspakte bei Programmende",
    "Jobcenter participating (approx.)": "Beteiligte Jobcenter",
    "integrations until 2010 (cumulative)": "Integrationen bis Ende 2010 (aufsummiert)",
    "persons in activation measures until 2010": "Personen in Aktivierungsmaßnahmen bis "
        "Ende 2010",
    "programme start": "Programmbeginn",
    "activation target 2011": "Aktivierungsziel 2011",
    "integration target 2011": "Integrationsziel 2011",
    "ARGEn participating phase 1": "Beteiligte ARGEn in Phase 1",
    "zkT participating phase 1": "Beteiligte zugelassene kommunale Träger in Phase 1",
    "federal funding phase 1": "Bundesmittel Phase 1",
    "share of integrations into svB employment (phase 1)":
        "Anteil der Integrationen in sozialversicherungspflichtige Beschäftigung (Phase 1)",
    "business start-ups supported (phase 1)": "Geförderte Existenzgründungen (Phase 1)",
    "marginal employment taken up (phase 1)": "Aufgenommene geringfügige Beschäftigungen "
        "(Phase 1)",
    "persons activated phase 2": "Aktivierte Personen in Phase 2",
    "integrations phase 2": "Integrationen in Phase 2",
    "pacts (programme end, per Ostalbkreis council paper)":
        "Beschäftigungspakte bei Programmende (laut Vorlage des Ostalbkreises)",
    "new pacts starting January 2011": "Neue Pakte ab Januar 2011",
    "integrations phase 1 (per regional press)": "Integrationen in Phase 1 (laut "
        "Regionalpresse)",
    "integration target phase 2 (three years)": "Integrationsziel Phase 2 (drei Jahre)",
    "Impuls 50plus model approach supported from": "Förderung des Modellansatzes «Impuls "
        "50plus» ab",
    # --- Bürgerarbeit -------------------------------------------------------------------
    "programme period (Laufzeit)": "Laufzeit des Programms",
    "Grundsicherungsstellen that applied in Interessenbekundungsverfahren":
        "Grundsicherungsstellen mit Interessenbekundung",
    "start of activation phase": "Beginn der Aktivierungsphase",
    "start of employment phase": "Beginn der Beschäftigungsphase",
    "Bürgerarbeit places planned": "Geplante Bürgerarbeitsplätze",
    "budget (federal + ESF) planned for three years": "Geplante Mittel von Bund und ESF für "
        "drei Jahre",
    "budget (federal + EU) over programme life": "Mittel von Bund und EU über die Laufzeit",
    "persons funded as Bürgerarbeiter (total)": "Geförderte Bürgerarbeiterinnen und "
        "Bürgerarbeiter insgesamt",
    "persons to be activated (plan)": "Zu aktivierende Personen (Plan)",
    "places approved by Bundesverwaltungsamt (early 2011)": "Vom Bundesverwaltungsamt "
        "bewilligte Plätze (Anfang 2011)",
    "max. participants per model region": "Höchstzahl Teilnehmende je Modellregion",
    "weekly hours options": "Wählbare Wochenarbeitszeit",
    "monthly gross wage (30h / 20h)": "Monatlicher Bruttolohn (30 / 20 Wochenstunden)",
    "Bürgerarbeit jobs expected (early plan)": "Erwartete Bürgerarbeitsplätze (frühe "
        "Planung)",
    "deadline for concepts in Interessenbekundungsverfahren": "Frist für Konzepte im "
        "Interessenbekundungsverfahren",
    "pilot sites of predecessor concept (Sachsen-Anhalt/Bayern)": "Modellstandorte des "
        "Vorläuferkonzepts (Sachsen-Anhalt und Bayern)",
    "share of Jobcenter participating": "Anteil der beteiligten Jobcenter",
    "Bürgerarbeiter in employment (national, Feb 2013)": "Beschäftigte Bürgerarbeiterinnen "
        "und Bürgerarbeiter bundesweit (Februar 2013)",
    "predecessor model regions in Sachsen-Anhalt (2006)": "Modellregionen des Vorläufers in "
        "Sachsen-Anhalt (2006)",
    # --- Soziale Teilhabe ---------------------------------------------------------------
    "Jobcenter participating since programme start": "Beteiligte Jobcenter seit "
        "Programmbeginn",
    "additional Jobcenter from January 2017": "Zusätzliche Jobcenter ab Januar 2017",
    "places (after expansion)": "Plätze nach der Aufstockung",
    "budget (after expansion)": "Mittel nach der Aufstockung",
    "wage subsidy at 30 h/week": "Lohnkostenzuschuss bei 30 Wochenstunden",
    "programme places (initial / after 1.1.2017)": "Programmplätze (anfangs / ab 1.1.2017)",
    "occupied places peak": "Höchststand besetzter Plätze",
    "approved places (July 2018)": "Bewilligte Plätze (Juli 2018)",
    "share of occupied places in NRW": "Anteil der besetzten Plätze in Nordrhein-Westfalen",
    "approved places at 31.12.2018": "Bewilligte Plätze am 31.12.2018",
    "occupied places at 31.12.2018": "Besetzte Plätze am 31.12.2018",
    "programme entries until 31.12.2017": "Programmeintritte bis 31.12.2017",
    "programme entries until 31.12.2017, women": "Programmeintritte bis 31.12.2017, Frauen",
    "programme entries until 31.12.2017, men": "Programmeintritte bis 31.12.2017, Männer",
    "programme end": "Programmende",
    "subsidised employment relationships, April 2018 (195 Jobcenter)":
        "Geförderte Beschäftigungsverhältnisse im April 2018 (195 Jobcenter)",
    "Jobcenter implementing programme (total)": "Umsetzende Jobcenter insgesamt",
    "places applied for at 31.07.2017": "Beantragte Plätze am 31.07.2017",
    "places approved July 2017": "Bewilligte Plätze im Juli 2017",
    # --- ESF Langzeitarbeitslose --------------------------------------------------------
    "last date for programme entries": "Letzter Tag für Programmeintritte",
    "funding of running cases until": "Förderung laufender Fälle bis",
    "Betriebsakquisiteure employment (max.)": "Beschäftigung der Betriebsakquisiteure "
        "(höchstens)",
    "total budget": "Gesamtmittel",
    "EU (ESF) share of budget": "EU-Anteil (ESF) an den Mitteln",
    "participants at 31.5.2016": "Teilnehmende am 31.05.2016",
    "Jobcenter with participants at 31.5.2016": "Jobcenter mit Teilnehmenden am 31.05.2016",
    "places originally planned": "Ursprünglich geplante Plätze",
    "Jobcenter in programme (per BT-Drs 18/8844 preamble)": "Jobcenter im Programm (laut "
        "Vorbemerkung BT-Drs. 18/8844)",
    "participants at 31.12.2017": "Teilnehmende am 31.12.2017",
    "Förderrichtlinie date": "Datum der Förderrichtlinie",
    "wage subsidy schedule (standard)": "Staffelung des Lohnkostenzuschusses (Regelfall)",
    "budget split: SGB II Eingliederungstitel share": "Anteil aus dem Eingliederungstitel "
        "SGB II",
    "entry phase extended (from end July 2017 to end 2017)": "Eintrittsphase verlängert (von "
        "Ende Juli 2017 bis Ende 2017)",
    "Jobcenter participating (per regional press)": "Beteiligte Jobcenter (laut "
        "Regionalpresse)",
    "expected beneficiaries (BMAS estimate, per press)": "Erwartete Geförderte (Schätzung "
        "des BMAS, laut Presse)",
    "total funding (ESF + Bund), ex post per MP press release": "Gesamtmittel ESF und Bund, "
        "nachträglich laut Abgeordneten-Mitteilung",
    "participants at 30.9.2016": "Teilnehmende am 30.09.2016",
    "participants at 31.3.2017": "Teilnehmende am 31.03.2017",
    "participants at 31.7.2017": "Teilnehmende am 31.07.2017",
    "participants at 31.12.2017 (entry stop)": "Teilnehmende am 31.12.2017 (Eintrittsstopp)",
    "Jobcenter with participants at 31.12.2015": "Jobcenter mit Teilnehmenden am 31.12.2015",
    # --- rehapro ------------------------------------------------------------------------
    "Förderrichtlinie published (BAnz AT 04.05.2018 B1)": "Förderrichtlinie veröffentlicht "
        "(BAnz AT 04.05.2018 B1)",
    "Förderrichtlinie 1st amendment (BAnz AT 20.06.2018 B5)": "Erste Änderung der "
        "Förderrichtlinie (BAnz AT 20.06.2018 B5)",
    "Förderrichtlinie 2nd amendment (BAnz AT 31.05.2022 B4)": "Zweite Änderung der "
        "Förderrichtlinie (BAnz AT 31.05.2022 B4)",
    "third call for proposals (BAnz AT 08.07.2022 B3)": "Dritter Förderaufruf (BAnz AT "
        "08.07.2022 B3)",
    "second call for proposals published": "Zweiter Förderaufruf veröffentlicht",
    "first call: projects applied": "Erster Aufruf: beantragte Projekte",
    "first call: projects preselected": "Erster Aufruf: ausgewählte Projekte",
    "first call: SGB II (Jobcenter) projects preselected": "Erster Aufruf: ausgewählte "
        "SGB-II-Projekte (Jobcenter)",
    "first call: SGB VI (Rentenversicherung) projects preselected": "Erster Aufruf: "
        "ausgewählte SGB-VI-Projekte (Rentenversicherung)",
    "first call: SGB II projects not selected": "Erster Aufruf: nicht ausgewählte "
        "SGB-II-Projekte",
    "first call: projects started (from end 2019)": "Erster Aufruf: gestartete Projekte (ab "
        "Ende 2019)",
    "second call: projects approved": "Zweiter Aufruf: bewilligte Projekte",
    "second call: projects in BMAS brochure": "Zweiter Aufruf: Projekte in der "
        "BMAS-Broschüre",
    "budget until 2026": "Mittel bis 2026",
    "max. funding duration (full financing)": "Längste Förderdauer (Vollfinanzierung)",
    "first call: application deadline": "Erster Aufruf: Antragsfrist",
    "funding volume for SGB II (Jobcenter) side": "Fördervolumen SGB II (Jobcenter)",
    "funding volume for SGB VI (Rentenversicherung) side": "Fördervolumen SGB VI "
        "(Rentenversicherung)",
    "third call: projects funded": "Dritter Aufruf: geförderte Projekte",
    "third call: funding": "Dritter Aufruf: Fördermittel",
    "first call: project sketches received": "Erster Aufruf: eingegangene Projektskizzen",
    "projects presented in first BMAS brochure (May 2020)": "In der ersten BMAS-Broschüre "
        "vorgestellte Projekte (Mai 2020)",
    "projects accompanied by Forschungsverbund rehapro (ism, ITA, Lawaetz, SÖSTRA)":
        "Vom Forschungsverbund rehapro begleitete Projekte (ism, ITA, Lawaetz, SÖSTRA)",
    "number of calls covered by ~1 bn EUR": "Zahl der Förderaufrufe aus rund 1 Mrd. Euro",
    "applicants in first call (per JobCenter Essen press release)": "Bewerber im ersten "
        "Aufruf (laut Mitteilung des JobCenters Essen)",
    # --- other programmes ---------------------------------------------------------------
    "initiative embedded in BMAS concept": "Übergeordnetes BMAS-Konzept",
    "persons under 27 supported (whole programme)": "Unterstützte junge Menschen unter 27 "
        "Jahren (gesamte Laufzeit)",
    "model Kommunen, 1st phase": "Modellkommunen, 1. Förderphase",
    "young people reached, 1st phase": "Erreichte junge Menschen, 1. Förderphase",
    "model Kommunen, 2nd phase": "Modellkommunen, 2. Förderphase",
    "ESF funds 1st phase": "ESF-Mittel 1. Förderphase",
    "federal funds 1st phase": "Bundesmittel 1. Förderphase",
    "ESF funds 2nd phase": "ESF-Mittel 2. Förderphase",
    "federal funds 2nd phase": "Bundesmittel 2. Förderphase",
    "target number of sites": "Angestrebte Zahl der Standorte",
    "call for Interessenbekundungen published": "Aufruf zur Interessenbekundung "
        "veröffentlicht",
    "projects funded": "Geförderte Projekte",
    "funding (ESF + Bund)": "Fördermittel ESF und Bund",
    "projects in Nordrhein-Westfalen": "Projekte in Nordrhein-Westfalen",
    "law in force (Teilhabechancengesetz; §16e and §16i SGB II)": "Inkrafttreten des "
        "Teilhabechancengesetzes (§ 16e und § 16i SGB II)",
    "additional Eingliederungstitel funds until 2022": "Zusätzliche Mittel im "
        "Eingliederungstitel bis 2022",
    "persons in subsidised employment after first year (16e+16i)": "Geförderte nach dem "
        "ersten Jahr (§ 16e und § 16i zusammen)",
    "participants §16i after first year": "Geförderte nach § 16i nach dem ersten Jahr",
    "participants §16e after first year": "Geförderte nach § 16e nach dem ersten Jahr",
    "share of §16i participants aged over 45": "Anteil der nach § 16i Geförderten über 45 "
        "Jahre",
    "subsidised employment relationships §16i, all 406 Jobcenter": "Geförderte "
        "Beschäftigungsverhältnisse nach § 16i, alle 406 Jobcenter",
    "subsidised employment relationships §16i, East Germany": "Geförderte "
        "Beschäftigungsverhältnisse nach § 16i, Ostdeutschland",
    "expenditure §16i by gemeinsame Einrichtungen 2019 (total)": "Ausgaben der gemeinsamen "
        "Einrichtungen für § 16i im Jahr 2019",
    "subsidised employment relationships §16i, April 2019": "Geförderte "
        "Beschäftigungsverhältnisse nach § 16i, April 2019",
    "funded cases §16i, December 2020": "Förderfälle nach § 16i, Dezember 2020",
    "funded cases §16e, December 2020": "Förderfälle nach § 16e, Dezember 2020",
    "early exits §16i 2019 (without zkT data)": "Vorzeitige Abbrüche § 16i im Jahr 2019 "
        "(ohne zkT)",
    "early exits §16i 2020 (without zkT data)": "Vorzeitige Abbrüche § 16i im Jahr 2020 "
        "(ohne zkT)",
    "early exits §16e 2019": "Vorzeitige Abbrüche § 16e im Jahr 2019",
    "early exits §16e 2020 (without zkT data)": "Vorzeitige Abbrüche § 16e im Jahr 2020 "
        "(ohne zkT)",
    "average age at entry §16i": "Durchschnittsalter beim Eintritt (§ 16i)",
    "average age at entry §16e": "Durchschnittsalter beim Eintritt (§ 16e)",
    "planned entries 2023, gemeinsame Einrichtungen": "Geplante Eintritte 2023, gemeinsame "
        "Einrichtungen",
    "§16i made permanent (entfristet) by Bürgergeld-Gesetz": "§ 16i durch das "
        "Bürgergeld-Gesetz entfristet",
    "announced target (Minister Heil)": "Angekündigtes Ziel (Minister Heil)",
    "campaign organisers": "Träger der Kampagne",
    "campaign start (Tag der kommunalen Jobcenter, Berlin)": "Kampagnenstart (Tag der "
        "kommunalen Jobcenter, Berlin)",
    "kommunale Jobcenter in campaign": "Kommunale Jobcenter in der Kampagne",
    "persons supported by the 104 kommunale Jobcenter": "Von den 104 kommunalen Jobcentern "
        "betreute Menschen",
    "sustainable job integrations per year by the 104 kommunale Jobcenter": "Nachhaltige "
        "Integrationen je Jahr durch die 104 kommunalen Jobcenter",
    "population covered by the 104 kommunale Jobcenter": "Einwohner im Gebiet der 104 "
        "kommunalen Jobcenter",
    "Aktionswoche of kommunale Jobcenter": "Aktionswoche der kommunalen Jobcenter",
    "kommunale Jobcenter in NRW": "Kommunale Jobcenter in Nordrhein-Westfalen",
    "persons supported by NRW kommunale Jobcenter": "Von den kommunalen Jobcentern in "
        "Nordrhein-Westfalen betreute Menschen",
    "sustainable integrations per year, NRW kommunale Jobcenter": "Nachhaltige "
        "Integrationen je Jahr, kommunale Jobcenter in Nordrhein-Westfalen",
    "campaign website with success-story videos launched": "Kampagnen-Webseite mit "
        "Erfolgsgeschichten gestartet",
    "kommunale Jobcenter (KJC) in Hessen under Land supervision": "Kommunale Jobcenter in "
        "Hessen unter Landesaufsicht",
    "legal basis of BMAS-Land agreement for zkT": "Rechtsgrundlage der Zielvereinbarung "
        "BMAS–Land für zkT",
    "Förderrichtlinie date (BAnz AT 16.09.2015 B3)": "Datum der Förderrichtlinie (BAnz AT "
        "16.09.2015 B3)",
    "niedersächsische Landkreise with sole SGB II responsibility (zkT)": "Niedersächsische "
        "Landkreise mit alleiniger SGB-II-Zuständigkeit (zkT)",
    "subsidised jobs": "Geförderte Arbeitsplätze",
    "ESF funds": "ESF-Mittel",
    "places planned statewide": "Geplante Plätze landesweit",
    "programme volume": "Programmvolumen",
    "applications received at Bundesverwaltungsamt (2008)": "Beim Bundesverwaltungsamt "
        "eingegangene Anträge (2008)",
    "jobs approved (2008)": "Bewilligte Arbeitsplätze (2008)",
    "eligible regions after 2009 change": "Förderfähige Regionen nach der Änderung 2009",
    "eligible regions before 2009 change": "Förderfähige Regionen vor der Änderung 2009",
    "jobs created by end of 2009": "Geschaffene Arbeitsplätze bis Ende 2009",
    "jobs created, East Germany": "Geschaffene Arbeitsplätze in Ostdeutschland",
    "federal expenditure expected until 2012": "Erwartete Bundesausgaben bis 2012",
    "federal subsidy rate": "Förderhöhe des Bundes",
    "job creation window": "Zeitfenster für neue Arbeitsplätze",
    "federal government assessment (2018)": "Bewertung der Bundesregierung (2018)",
    "Förderrichtlinie published / interest deadline": "Veröffentlichung der Förderrichtlinie "
        "/ Frist für Interessenbekundungen",
    "planned project start": "Geplanter Projektbeginn",
    "max. funding per regional project": "Höchstförderung je regionalem Projekt",
    "max. funding online model project": "Höchstförderung Online-Modellprojekt",
    "second call: interest deadline": "Zweiter Aufruf: Frist für Interessenbekundungen",
    "Förderrichtlinie date (IQ – Integration durch Qualifizierung)": "Datum der "
        "Förderrichtlinie (IQ – Integration durch Qualifizierung)",
    "Jobcenter in Germany (2019)": "Jobcenter in Deutschland (2019)",
    "zkT number raised by 2010 reform": "Zahl der zkT nach der Reform 2010",
    "additional zkT from 1 Jan 2012 (determined by Länder by 31 March 2011)": "Zusätzliche "
        "zkT ab 1.1.2012 (von den Ländern bis 31.3.2011 bestimmt)",
    "share of Eingliederungsmittel used for administrative costs (2017)": "Anteil der "
        "Eingliederungsmittel, der in Verwaltungskosten floss (2017)",
    "legal basis: örtliches Arbeitsmarkt- und Integrationsprogramm in gE agreed by "
    "Trägerversammlung": "Rechtsgrundlage: örtliches Arbeitsmarkt- und "
        "Integrationsprogramm der gE, abgestimmt in der Trägerversammlung",
    "parties of agreement type 4: zuständige Landesbehörde with zugelassene kommunale "
    "Träger": "Partner der Vereinbarung Nr. 4: zuständige Landesbehörde mit den "
        "zugelassenen kommunalen Trägern",
    "timing: agreements concluded after Bundestag adopts annual Haushaltsgesetz":
        "Zeitpunkt: Abschluss nach dem Beschluss des jährlichen Haushaltsgesetzes",
    "mandatory goals: Verringerung der Hilfebedürftigkeit; Verbesserung der Integration in "
    "Erwerbstätigkeit; Vermeidung von langfristigem Leistungsbezug": "Pflichtziele: "
        "Verringerung der Hilfebedürftigkeit, Verbesserung der Integration in "
        "Erwerbstätigkeit, Vermeidung von langfristigem Leistungsbezug",
    "data basis for agreements and monitoring: data per § 51b and Kennzahlen per § 48a "
    "Abs. 2": "Datengrundlage für Vereinbarung und Nachhalten: Daten nach § 51b und "
        "Kennzahlen nach § 48a Abs. 2",
    "supervision over zugelassene kommunale Träger lies with Land authorities": "Aufsicht "
        "über die zugelassenen kommunalen Träger liegt bei den Landesbehörden",
    "cap on number of zugelassene kommunale Träger": "Obergrenze für die Zahl der "
        "zugelassenen kommunalen Träger",
    "zkT must conclude a Zielvereinbarung with the Land as admission condition":
        "Zulassungsbedingung: Zielvereinbarung des zkT mit dem Land",
    "second admission window for further zkT: applications 30.06.-31.12.2015, effective":
        "Zweites Zulassungsfenster für weitere zkT: Anträge 30.06.–31.12.2015, wirksam ab",
    "max share of Eingliederungsmittel an Agentur für Arbeit may use for §§ 16e/16f "
    "(stored version)": "Höchstanteil der Eingliederungsmittel für §§ 16e und 16f "
        "(gelesene Fassung)",
    "Bund share of Gesamtverwaltungskosten of gemeinsamen Einrichtungen (stored version)":
        "Bundesanteil an den Gesamtverwaltungskosten der gemeinsamen Einrichtungen "
        "(gelesene Fassung)",
    # --- local figures ------------------------------------------------------------------
    "integrations (cumulative since Jan 2011, interim)": "Integrationen seit Januar 2011 "
        "(Zwischenstand)",
    "integrations target (Jahresziel)": "Integrationen, Jahresziel",
    "integrations (cumulative, interim)": "Integrationen (Zwischenstand)",
    "integrations": "Integrationen",
    "integrations into svB employment": "Integrationen in sozialversicherungspflichtige "
        "Beschäftigung",
    "integrations target": "Integrationen, Ziel",
    "integrations (placed into a job)": "Integrationen (in Arbeit vermittelt)",
    "participants supported per year (approx.)": "Betreute Teilnehmende je Jahr",
    "integrations into employment": "Integrationen in Beschäftigung",
    "planned start of measure in Kreis Steinfurt": "Geplanter Maßnahmebeginn im Kreis "
        "Steinfurt",
    "federal funds to Kreis Borken": "Bundesmittel für den Kreis Borken",
    "persons supported (betreut)": "Betreute Personen",
    "persons placed in a job": "In Arbeit vermittelte Personen",
    "pact partners": "Paktpartner",
    "integrations achieved": "Erreichte Integrationen",
    "long-term unemployed 50+ remaining in target group": "Langzeitarbeitslose ab 50 Jahren "
        "in der Zielgruppe",
    "activations": "Aktivierungen",
    "integrations into labour market": "Integrationen in den Arbeitsmarkt",
    "integrations (persons 50+ back into work)": "Integrationen (Menschen ab 50 zurück in "
        "Arbeit)",
    "persons activated": "Aktivierte Personen",
    "persons admitted to project": "Ins Projekt aufgenommene Personen",
    "job take-ups (Arbeitsaufnahmen)": "Arbeitsaufnahmen",
    "Bürgerarbeiter funded": "Geförderte Bürgerarbeiterinnen und Bürgerarbeiter",
    "caseload ratio in project": "Betreuungsschlüssel im Projekt",
    "persons in activation phase": "Personen in der Aktivierungsphase",
    "integrated into first labour market from activation phase": "Aus der "
        "Aktivierungsphase in den ersten Arbeitsmarkt integriert",
    "participating Landkreise/kreisfreie Städte": "Beteiligte Landkreise und kreisfreie "
        "Städte",
    "places possible over three years": "Mögliche Plätze über drei Jahre",
    "applications rejected by Bundesverwaltungsamt (lack of additionality)": "Vom "
        "Bundesverwaltungsamt abgelehnte Anträge (fehlende Zusätzlichkeit)",
    "Bürgerarbeiter still employed": "Noch beschäftigte Bürgerarbeiterinnen und "
        "Bürgerarbeiter",
    "persons integrated into labour market by provider VabW": "Vom Träger VabW in den "
        "Arbeitsmarkt integrierte Personen",
    "persons intensively activated": "Intensiv aktivierte Personen",
    "business start-ups": "Existenzgründungen",
    "ESF funding for activation": "ESF-Mittel für die Aktivierung",
    "Bürgerarbeiter funded since start": "Geförderte Bürgerarbeiterinnen und Bürgerarbeiter "
        "seit Beginn",
    "approved places": "Bewilligte Plätze",
    "federal/ESF funds granted": "Bewilligte Bundes- und ESF-Mittel",
    "additional funds over project life": "Zusätzliche Mittel über die Laufzeit",
    "sustainable integrations target": "Nachhaltige Integrationen, Ziel",
    "federal funds granted": "Bewilligte Bundesmittel",
    "funds granted": "Bewilligte Mittel",
    "planned participants": "Geplante Teilnehmende",
    "participant places": "Teilnehmerplätze",
    "federal funding": "Bundesmittel",
    "participants supported simultaneously": "Gleichzeitig betreute Teilnehmende",
    "project staff": "Projektpersonal",
    "participants for analysis tool": "Teilnehmende für das Analyseinstrument",
    "federal funding (total)": "Bundesmittel insgesamt",
    "federal funding (Recklinghausen share)": "Bundesmittel, Anteil Recklinghausen",
    "participants per year": "Teilnehmende je Jahr",
    "participants possible in model phase": "Mögliche Teilnehmende in der Modellphase",
    "participants": "Teilnehmende",
    "staff in Projekte department (incl. ABC networks)": "Personal der Projektabteilung "
        "(einschließlich ABC-Netzwerke)",
    "persons reached": "Erreichte Personen",
    "placed into svB employment": "In sozialversicherungspflichtige Beschäftigung vermittelt",
    "placements in 2015 so far": "Vermittlungen 2015 bis dahin",
    "ALG II recipients aged over 50": "ALG-II-Beziehende über 50 Jahre",
    "integrations of 50+ into first labour market": "Integrationen von Menschen ab 50 in den "
        "ersten Arbeitsmarkt",
    "placements previous year": "Vermittlungen im Vorjahr",
    "share still in same job": "Anteil noch beim selben Arbeitgeber",
    "SGB II recipients aged 50+": "SGB-II-Beziehende ab 50 Jahren",
    "Vermittlungszentren": "Vermittlungszentren",
    "funds available (Bund, ARGEn, kommunaler Träger)": "Verfügbare Mittel (Bund, ARGEn, "
        "kommunaler Träger)",
    "integration target": "Integrationsziel",
    "approved Bürgerarbeit places": "Bewilligte Bürgerarbeitsplätze",
    "Land funds to cushion end of Bürgerarbeit": "Landesmittel zur Abfederung des Endes der "
        "Bürgerarbeit",
    "integrations from activation phase": "Integrationen aus der Aktivierungsphase",
    "funds (planned, joint)": "Mittel (geplant, gemeinsam)",
    "funds received (joint)": "Erhaltene Mittel (gemeinsam)",
    "additional funds (second grant)": "Zusätzliche Mittel (zweite Bewilligung)",
    "places applied for (2nd round)": "Beantragte Plätze (2. Runde)",
    "places applied for (1st round)": "Beantragte Plätze (1. Runde)",
    "places": "Plätze",
    "places (total / via Jobcenter §16d)": "Plätze (insgesamt / über das Jobcenter nach "
        "§ 16d)",
    "Bürgerarbeit places to be set up": "Einzurichtende Bürgerarbeitsplätze",
    "Bürgerarbeit places planned 2011": "Geplante Bürgerarbeitsplätze 2011",
    "Bürgerarbeiter in employment": "Beschäftigte Bürgerarbeiterinnen und Bürgerarbeiter",
    "Bürgerarbeit places": "Bürgerarbeitsplätze",
    "funds received by Kommunen, Vereine, Unternehmen": "Von Kommunen, Vereinen und "
        "Unternehmen erhaltene Mittel",
    "Bürgerarbeit places approved": "Bewilligte Bürgerarbeitsplätze",
    "placed into first labour market": "In den ersten Arbeitsmarkt vermittelt",
    "actively supported persons": "Aktiv betreute Personen",
    "project funding from the Jobcenter Eingliederungsbudget": "Projektmittel aus dem "
        "Eingliederungsbudget des Jobcenters",
    "funding": "Fördermittel",
    "funding applied for (if approved)": "Beantragte Fördermittel (falls bewilligt)",
    "Krankenkassen funding per year": "Mittel der Krankenkassen je Jahr",
}

# non-numeric raw values → German text for «wert_text»
VALUE_TEXTS: dict[str, str] = {
    "30 or 20": "30 oder 20",
    "900 / 600": "900 / 600",
    "about half": "etwa die Hälfte",
    "10000 / 20000": "10.000 / 20.000",
    "24 months, until 2017-07-31 at latest": "24 Monate, längstens bis 2017-07-31",
    "75% 6 months, 50% 9 months, 25% 3 months":
        "75 % für 6 Monate, 50 % für 9 Monate, 25 % für 3 Monate",
    "Chancen eröffnen – soziale Teilhabe sichern": "Chancen eröffnen – soziale Teilhabe "
        "sichern",
    "Deutscher Landkreistag; Deutscher Städtetag": "Deutscher Landkreistag; Deutscher "
        "Städtetag",
    "50% of gross wage, max. 500 EUR/month, up to 3 years":
        "50 % des Bruttolohns, höchstens 500 Euro im Monat, bis zu 3 Jahre",
    "take-up clearly below expectations": "Inanspruchnahme deutlich unter den Erwartungen",
    "2022-04-25 / 2022-05-30": "2022-04-25 / 2022-05-30",
    "69 -> 110": "von 69 auf 110",
    "1 July": "1. Juli (Jahr nicht genannt)",
    "1:100": "1:100",
    "221 / 166": "221 / 166",
}
