"""German wording for the notes, roles, names and document kinds of the raw files.

Keyed by the raw English text; the import stops when a raw text is missing, so nothing
English reaches data/. Proper names (pacts, projects, Jobcenter) stay as in the source;
only English helper phrases are rendered in German.
"""

from __future__ import annotations

NOTES: dict[str, str] = {
    "secondary source; consistent with BMAS totals reported elsewhere":
        "Sekundärquelle; passt zu anderswo berichteten BMAS-Summen.",
    "secondary source": "Sekundärquelle.",
    "also in starke-50.de": "Ebenso auf starke-50.de.",
    "source gives first phase as 2007 to 2009 (likely an error; phase 1 was 2005-2007)":
        "Die Quelle nennt 2007 bis 2009 als erste Phase (vermutlich ein Fehler; Phase 1 lief "
        "2005–2007).",
    "see above; other sources give >20,200 for 2005-2007":
        "Wie oben; andere Quellen nennen mehr als 20.200 für 2005–2007.",
    "also hrm.de, sozial.de": "Ebenso hrm.de und sozial.de.",
    "sozial.de: from 237 to 292 on 1 July 2009":
        "Laut sozial.de am 1. Juli 2009 von 237 auf 292 gestiegen.",
    "sozial.de (2009-07-07) gives 100,000 to be addressed":
        "sozial.de (7.7.2009) nennt 100.000 anzusprechende Personen.",
    "same in sozial.de": "Gleiche Zahl auf sozial.de.",
    "source: two thirds of 438 Grundsicherungsstellen":
        "Laut Quelle zwei Drittel der 438 Grundsicherungsstellen.",
    "denominator": "Bezugsgröße (Nenner).",
    "local pact website (Mannheim/Heidelberg); share unbefristet >57%":
        "Webseite eines regionalen Pakts (Mannheim/Heidelberg); Anteil unbefristeter "
        "Stellen über 57 %.",
    "also hartz-4-hilfe blog 2011 and hna.de; >95% of Grundsicherungsstellen":
        "Ebenso ein Blog von 2011 und hna.de; mehr als 95 % der Grundsicherungsstellen.",
    "other sources say 77 (gsub, Abschlussdokumentation: 77 Marken)":
        "Andere Quellen nennen 77 (gsub; Abschlussdokumentation: 77 Marken).",
    "gsub (Verwendungsnachweisprüfung); 78 in other sources":
        "gsub (Prüfung der Verwendungsnachweise); andere Quellen nennen 78.",
    "starke-50.de says September 2005": "starke-50.de nennt September 2005.",
    "blog reproducing BMAS text": "Blog, der einen BMAS-Text wiedergibt.",
    "key fact for kommunale Jobcenter": "Wichtige Angabe zu den kommunalen Jobcentern.",
    "non-official later website; conflicts with gsub cumulative figures":
        "Spätere, nicht amtliche Webseite; widerspricht den aufsummierten Zahlen der gsub.",
    "non-official later website": "Spätere, nicht amtliche Webseite.",
    "ESF programme page (Förderperiode 2007-2013), priority axis C":
        "ESF-Programmseite (Förderperiode 2007–2013), Prioritätsachse C.",
    "all concepts were admitted per source; notified by letter of 9 July 2010":
        "Laut Quelle wurden alle Konzepte zugelassen; Mitteilung per Schreiben vom "
        "9. Juli 2010.",
    "BT-Drs 17/2574 (Kleine Anfrage, 9.7.2010) mentions planned start 1 July 2010":
        "BT-Drs. 17/2574 (Kleine Anfrage vom 9.7.2010) nennt den geplanten Start am "
        "1. Juli 2010.",
    "also BT-Drs 18/167": "Ebenso BT-Drs. 18/167.",
    "later reporting (lr-online) gives 1.3 bn":
        "Spätere Berichte (lr-online) nennen 1,3 Mrd. Euro.",
    "newspaper": "Zeitungsbericht.",
    "newspaper quoting Landesarbeitsagentur; the number may count entries":
        "Zeitung nach Angaben der Regionaldirektion; die Zahl zählt womöglich Eintritte.",
    "figure stated in the questioners preamble of BT-Drs 18/167":
        "Zahl aus der Vorbemerkung der Fragesteller in BT-Drs. 18/167.",
    "early-phase snapshot": "Momentaufnahme aus der Anfangsphase.",
    "planning figure; age 25-50 per article": "Planzahl; laut Artikel Alter 25 bis 50.",
    "planning figure": "Planzahl.",
    "forum quoting Süddeutsche; 230 Mio EUR mentioned as early scenario":
        "Forum, das die Süddeutsche Zeitung wiedergibt; 230 Mio. Euro als frühes Szenario "
        "genannt.",
    "BT-Drs 17/2574 Kleine Anfrage text": "Text der Kleinen Anfrage BT-Drs. 17/2574.",
    "questioners preamble in BT-Drs 19/4432": "Vorbemerkung der Fragesteller in "
        "BT-Drs. 19/4432.",
    "provider website; consistent with ~200 of ~440 Grundsicherungsstellen":
        "Webseite eines Trägers; passt zu rund 200 von rund 440 Grundsicherungsstellen.",
    "also Trier-Reporter 2016-11": "Ebenso Trier-Reporter (November 2016).",
    "Hammer blog (p=693) says places raised from 10,000 to 20,000 on 1.1.2017":
        "Ein Analyseblog nennt eine Aufstockung von 10.000 auf 20.000 Plätze zum 1.1.2017.",
    "analyst blog": "Analyseblog.",
    "analyst blog based on BA/BVA data": "Analyseblog auf Grundlage von Daten der BA und "
        "des Bundesverwaltungsamts.",
    "Sachsen 10%, Sachsen-Anhalt 9.2%": "Sachsen 10 %, Sachsen-Anhalt 9,2 %.",
    "81.9% occupancy": "Besetzungsquote 81,9 %.",
    "BT-Drs 19/4639": "BT-Drs. 19/4639.",
    "BMAS page": "Seite des BMAS.",
    "per Jobcenter Frankfurt press page": "Laut Presseseite des Jobcenters Frankfurt am "
        "Main.",
    "BT-Drs 18/8844 questioners preamble": "Vorbemerkung der Fragesteller in "
        "BT-Drs. 18/8844.",
    "excerpt truncated mid-sentence; context of the 336 unclear":
        "Auszug bricht mitten im Satz ab; Zusammenhang der Zahl 336 unklar.",
    "cited from BT-Drs 19/1984": "Zitiert nach BT-Drs. 19/1984.",
    "BAnz Förderrichtlinie": "Förderrichtlinie im Bundesanzeiger.",
    "plus 6-month post-employment obligation":
        "Dazu eine Nachbeschäftigungspflicht von 6 Monaten.",
    "ESF 470 Mio + Eingliederungstitel 415 Mio = 885 Mio":
        "ESF 470 Mio. + Eingliederungstitel 415 Mio. = 885 Mio. Euro.",
    "Richtlinie dated 2 May 2018 per third call text (diebewertung.de)":
        "Richtlinie laut Text des dritten Aufrufs vom 2. Mai 2018 (diebewertung.de).",
    "project sketches due 4 Sep 2020": "Projektskizzen bis 4. September 2020.",
    "decision 28 March 2019": "Entscheidung am 28. März 2019.",
    "28 SGB VI + 33 SGB II": "28 SGB VI und 33 SGB II.",
    "BMAS brochure on rehapro site says 48 projects presented":
        "Die BMAS-Broschüre auf der rehapro-Seite stellt 48 Projekte vor.",
    "see previous row": "Siehe vorige Zeile.",
    "also asu-arbeitsmedizin.com": "Ebenso asu-arbeitsmedizin.com.",
    "Förderdatenbank": "Förderdatenbank des Bundes.",
    "same amount for Rentenversicherung side": "Gleicher Betrag für die Seite der "
        "Rentenversicherung.",
    "started early 2024, up to four years": "Start Anfang 2024, bis zu vier Jahre.",
    "Fachstelle rehapro": "Fachstelle rehapro.",
    "all Jobcenter asked to build networks; no separate funding figure found":
        "Alle Jobcenter sollten Netzwerke aufbauen; keine eigene Förderzahl gefunden.",
    "ESF programme page": "ESF-Programmseite.",
    "40% female": "40 % weiblich.",
    "plus 5 Mio federal": "Dazu 5 Mio. Euro Bundesmittel.",
    "StGB NRW says at least 100": "Der Städte- und Gemeindebund NRW nennt mindestens 100.",
    "based on BMAS ESF Rahmenrichtlinie 2007-2013; Jobcenter or Agentur must be in network":
        "Grundlage: ESF-Rahmenrichtlinie 2007–2013 des BMAS; ein Jobcenter oder eine "
        "Arbeitsagentur muss zum Netzwerk gehören.",
    "10. SGB II-ÄndG; see also BT-Drs 19/10320": "10. SGB II-Änderungsgesetz; siehe auch "
        "BT-Drs. 19/10320.",
    "hib 2023: Titel 1101 685 11, years 2018-2022":
        "hib 2023: Haushaltstitel 1101 685 11, Jahre 2018–2022.",
    "BIAJ from BA statistics; 11,347 in East Germany":
        "BIAJ nach BA-Statistik; 11.347 in Ostdeutschland.",
    "223.8 Mio from Eingliederungsmittel + 71.4 Mio Passiv-Aktiv-Transfer; zkT data not "
    "known to BIAJ": "223,8 Mio. Euro aus Eingliederungsmitteln und 71,4 Mio. Euro "
        "Passiv-Aktiv-Transfer; Daten der zkT lagen dem BIAJ nicht vor.",
    "BIAJ (mirror)": "BIAJ (Kopie).",
    "BIAJ (mirror); 195 = 105 + 90 Jobcenter": "BIAJ (Kopie); 195 = 105 + 90 Jobcenter.",
    "from BT-Drs 19/28664 (FDP question)": "Aus BT-Drs. 19/28664 (Anfrage der FDP).",
    "BA data excl. kommunale Träger per source (stated for 2020)":
        "BA-Daten ohne kommunale Träger laut Quelle (für 2020 angegeben).",
    "BT-Drs 20/8316": "BT-Drs. 20/8316.",
    "as cited in a Kleine Anfrage preamble": "Wie in der Vorbemerkung einer Kleinen Anfrage "
        "zitiert.",
    "campaign year (2018 per seed) not in excerpt":
        "Jahr der Kampagne (laut Seed-Dokument 2018) nicht im Auszug.",
    "also Vogelsbergkreis (lifePR) and Altmarkkreis Salzwedel (18.01.2019)":
        "Ebenso Vogelsbergkreis (lifePR) und Altmarkkreis Salzwedel (18.01.2019).",
    "campaign claim; repeated in Städtetag PM 21.08.2019":
        "Angabe der Kampagne; wiederholt in einer Mitteilung des Städtetags vom 21.08.2019.",
    "campaign claim": "Angabe der Kampagne.",
    "~350,000 persons, ~80,000 integrations/year, 6 million inhabitants (NRW zkT)":
        "Rund 350.000 Menschen, rund 80.000 Integrationen je Jahr, 6 Millionen Einwohner "
        "(zkT in Nordrhein-Westfalen).",
    "demo-online article 18 June 2021": "Artikel auf demo-online vom 18. Juni 2021.",
    "Paktbote 1/2011": "Newsletter «Paktbote» 1/2011.",
    "cf. 20,200 (starke-50.de) and 22,500 (fuldaer-nachrichten)":
        "Vergleiche 20.200 (starke-50.de) und 22.500 (Fuldaer Nachrichten).",
    "Landtag MV Drs 7/4053; no entries in MV in 2015":
        "Landtag Mecklenburg-Vorpommern Drs. 7/4053; 2015 keine Eintritte in MV.",
    "second Richtlinie change end of January 2017; first change February 2016 widened "
    "target group": "Zweite Änderung der Richtlinie Ende Januar 2017; die erste Änderung "
        "im Februar 2016 erweiterte die Zielgruppe.",
    "goals agreed yearly BMAS-HMSI, then HMSI-each KJC":
        "Ziele jährlich zwischen BMAS und hessischem Sozialministerium vereinbart, dann "
        "zwischen Ministerium und jedem kommunalen Jobcenter.",
    "example: Zielvereinbarung BMAS - MAGS NRW for 2021; goals include Verringerung der "
    "Hilfebedürftigkeit, Integration, Langzeitleistungsbezug":
        "Beispiel: Zielvereinbarung BMAS – MAGS NRW für 2021; Ziele u. a. Verringerung der "
        "Hilfebedürftigkeit, Integration, Langzeitleistungsbezug.",
    "hammer blog counts 305 Jobcenter with participants at 31.5.2016":
        "Ein Analyseblog zählt 305 Jobcenter mit Teilnehmenden am 31.05.2016.",
    "differs from planned 885 Mio; likely actual/adjusted volume":
        "Weicht von den geplanten 885 Mio. Euro ab; vermutlich tatsächliches oder "
        "angepasstes Volumen.",
    "in 303 Jobcenter": "In 303 Jobcentern.",
    "in 305 Jobcenter; 67.1% men": "In 305 Jobcentern; 67,1 % Männer.",
    "in 304 Jobcenter (BT-Drs 19/1984 gives 12,895 in programme at that date - different "
    "counting)": "In 304 Jobcentern (BT-Drs. 19/1984 nennt 12.895 Personen im Programm "
        "an diesem Tag – andere Zählweise).",
    "BMAS pilot programme for hard-to-reach young people":
        "Pilotprogramm des BMAS für schwer erreichbare junge Menschen.",
    "context figure, not a programme": "Hintergrundzahl, kein Programm.",
    "Land Sachsen-Anhalt programme, ESF-funded, organised by Landkreise":
        "Programm des Landes Sachsen-Anhalt, ESF-finanziert, von den Landkreisen "
        "organisiert.",
    "max. 1,500 EUR per participant and month":
        "Höchstens 1.500 Euro je Teilnehmendem und Monat.",
    "Land Sachsen-Anhalt programme \"Stabilisierung und Teilhabe am Arbeitsleben\", "
    "30 Mio EUR": "Programm des Landes Sachsen-Anhalt «Stabilisierung und Teilhabe am "
        "Arbeitsleben», 30 Mio. Euro.",
    "BT-Drs 16/10466; for 7,906 jobs": "BT-Drs. 16/10466; für 7.906 Arbeitsplätze.",
    "2,022 approved applications; Brandenburg 760 applications / 1,378 jobs":
        "2.022 bewilligte Anträge; Brandenburg 760 Anträge / 1.378 Arbeitsplätze.",
    "threshold lowered to 10% unemployment; BT-Drs 16/12579; also esf.de and IAW":
        "Schwelle auf 10 % Arbeitslosigkeit gesenkt; BT-Drs. 16/12579; ebenso esf.de und "
        "IAW.",
    "threshold 15%": "Schwelle 15 % Arbeitslosigkeit.",
    "BT-Drs 17/1907; target was up to 100,000": "BT-Drs. 17/1907; Ziel waren bis zu "
        "100.000.",
    "newspaper citing BMAS; 425 in West Germany": "Zeitung nach Angaben des BMAS; 425 in "
        "Westdeutschland.",
    "originally 1.7 bn expected": "Ursprünglich 1,7 Mrd. Euro erwartet.",
    "funding until 31.12.2012 at the latest": "Förderung längstens bis 31.12.2012.",
    "BT-Drs 19/5535": "BT-Drs. 19/5535.",
    "ESF Plus 2021-2027": "ESF Plus 2021–2027.",
    "at least one project per Land; 10% own contribution; cooperation with "
    "Jobcenter/Agenturen": "Mindestens ein Projekt je Land; 10 % Eigenanteil; "
        "Zusammenarbeit mit Jobcentern und Arbeitsagenturen.",
    "BMAS ESF Plus programme": "ESF-Plus-Programm des BMAS.",
    "Bad Schmiedeberg, Barleben, Gerbstedt, Kelbra, Hecklingen":
        "Bad Schmiedeberg, Barleben, Gerbstedt, Kelbra, Hecklingen.",
    "Modul C; IAQ implementation study 24.09.2010-30.06.2011 financed by BA":
        "Modul C; Umsetzungsstudie des IAQ vom 24.09.2010 bis 30.06.2011, von der BA "
        "finanziert.",
    "three of four are gemeinsame Einrichtungen per source; Osterholz, Rotenburg, Verden "
    "named as kommunale Jobcenter": "Laut Quelle sind drei von vier gemeinsame "
        "Einrichtungen; Osterholz, Rotenburg und Verden als kommunale Jobcenter genannt.",
    "later mergers reduced the count to 104 (campaign sources 2018-2019)":
        "Spätere Fusionen verringerten die Zahl auf 104 (Kampagnenquellen 2018–2019).",
    "map by Deutscher Landkreistag, public domain":
        "Karte des Deutschen Landkreistags, gemeinfrei.",
    "911 Mio EUR in 2017 per BT-Drs 19/2334 (commentary)":
        "911 Mio. Euro im Jahr 2017 laut BT-Drs. 19/2334 (Kommentar).",
    "for zkT the kommunaler Träger decides (§ 46 commentary)":
        "Bei zkT entscheidet der kommunale Träger (Kommentar zu § 46).",
    "matches 140 project sketches (Fachstelle)": "Passt zu 140 Projektskizzen (Fachstelle).",
    "Nr. 3 = BMAS with Landesbehörde; Nr. 1 = BMAS (with BMF) with BA; Nr. 2 = BA and "
    "kommunale Träger with gE managers": "Nr. 3 = BMAS mit Landesbehörde; Nr. 1 = BMAS "
        "(mit BMF) mit der BA; Nr. 2 = BA und kommunale Träger mit den Geschäftsführungen "
        "der gE.",
    "§ 48b Abs. 3; agreements Nr. 2-4 additionally include Verbesserung der sozialen "
    "Teilhabe (this wording is in the stored version)": "§ 48b Abs. 3; Vereinbarungen "
        "Nr. 2–4 umfassen zusätzlich die Verbesserung der sozialen Teilhabe (so in der "
        "gelesenen Fassung).",
    "§ 48a: BMAS publishes Kennzahlenvergleiche quarterly":
        "§ 48a: Das BMAS veröffentlicht vierteljährlich Kennzahlenvergleiche.",
    "Bundesregierung/BMAS exercises Rechtsaufsicht over the obersten Landesbehörden "
    "(§ 48 Abs. 2)": "Bundesregierung bzw. BMAS führen die Rechtsaufsicht über die "
        "obersten Landesbehörden (§ 48 Abs. 2).",
    "§ 6a SGB II (stored version); quote omitted, figure read from § 6a":
        "§ 6a SGB II (gelesene Fassung); Zahl aus § 6a gelesen.",
    "read from § 6a of stored version": "Aus § 6a der gelesenen Fassung.",
    "read from § 6a of stored version; whether the window was used later is not covered "
    "here": "Aus § 6a der gelesenen Fassung; ob das Fenster später genutzt wurde, ist hier "
        "nicht erfasst.",
    "§ 46 SGB II in the stored 2012 version; later versions changed":
        "§ 46 SGB II in der gelesenen Fassung von 2012; spätere Fassungen geändert.",
    "§ 46 Abs. 3 in stored 2012 version; concerns gemeinsame Einrichtungen (not zkT "
    "directly); zkT costs borne by Bund per § 6b Abs. 2": "§ 46 Abs. 3 in der gelesenen "
        "Fassung von 2012; betrifft die gemeinsamen Einrichtungen (nicht direkt die zkT); "
        "die Kosten der zkT trägt der Bund nach § 6b Abs. 2.",
    "interim figure during 2011; exact cut-off date not in excerpt":
        "Zwischenstand im Jahr 2011; genauer Stichtag nicht im Auszug.",
    "target": "Zielwert.",
    "interim 2011": "Zwischenstand 2011.",
    "lower bound": "Untergrenze.",
    "year inferred: article early 2011 reviewing previous year":
        "Jahr erschlossen: Artikel von Anfang 2011 mit Rückblick auf das Vorjahr.",
    "year inferred as above": "Jahr wie oben erschlossen.",
    "excerpt truncated after the number": "Auszug bricht nach der Zahl ab.",
    "article date c. August 2009 (not explicit in excerpt)":
        "Artikel etwa vom August 2009 (im Auszug nicht ausdrücklich).",
    "secondary source (politician blog)": "Sekundärquelle (Blog eines Politikers).",
    "year not in excerpt; S1 says participation since 1 Jan 2009":
        "Jahr nicht im Auszug; eine andere Quelle nennt die Teilnahme ab 1. Januar 2009.",
    "second half of 2009": "Zweites Halbjahr 2009.",
    "reached by August 2011": "Bis August 2011 erreicht.",
    "whole pact: almost 5,000": "Im ganzen Pakt knapp 5.000.",
    "until end of phase 2": "Bis zum Ende von Phase 2.",
    "two further rejections reversed on objection":
        "Zwei weitere Ablehnungen wurden nach Widerspruch aufgehoben.",
    "article date 2014 (exact day not in excerpt)":
        "Artikel von 2014 (genauer Tag nicht im Auszug).",
    "provider-level figure; Jobcenter StädteRegion Aachen implied, not named":
        "Zahl eines Trägers; das Jobcenter StädteRegion Aachen ist mitgemeint, aber nicht "
        "genannt.",
    "target reached after one year per source": "Laut Quelle nach einem Jahr erreicht.",
    "almost 10% of national total": "Knapp 10 % der bundesweiten Zahl.",
    "five-year project": "Projekt über fünf Jahre.",
    "caseload 1:25": "Betreuungsschlüssel 1:25.",
    "up to 2000 screened; 75% integration target":
        "Bis zu 2.000 Personen gesichtet; Integrationsziel 75 %.",
    "final figure at project end": "Endstand bei Projektende.",
    "ten years": "Zehn Jahre.",
    "pact region profile in BMAS newsletter Paktbote 1/2011":
        "Profil der Paktregion im BMAS-Newsletter «Paktbote» 1/2011.",
    "almost four years": "Knapp vier Jahre.",
    "year inferred as 2014 (article in 2015)": "Jahr als 2014 erschlossen (Artikel von "
        "2015).",
    "plus 12% with another employer": "Dazu 12 % bei einem anderen Arbeitgeber.",
    "of >10,000 Hartz IV recipients": "Von mehr als 10.000 SGB-II-Beziehenden.",
    "figure stated in questioners preamble of Landtag Saarland Drs 15/1314":
        "Zahl aus der Vorbemerkung der Fragesteller, Landtag des Saarlandes Drs. 15/1314.",
    "preamble; 130-140 persons": "Vorbemerkung; 130 bis 140 Personen.",
    "dpa figure confirmed by Landesregierung as integrations from activation phase (not "
    "Bürgerarbeiter)": "dpa-Zahl, von der Landesregierung als Integrationen aus der "
        "Aktivierungsphase bestätigt (nicht Bürgerarbeiter).",
    "planned amount per BMAS answer to MP": "Geplanter Betrag laut Antwort des BMAS an "
        "einen Abgeordneten.",
    "ex-post figure": "Nachträgliche Zahl.",
    "applied, not necessarily approved; Jobcenter names shortened in source (e.g. "
    "\"Hamburg\", \"Bielefeld\", \"Saarbrücken\")": "Beantragt, nicht unbedingt bewilligt; "
        "Jobcenternamen in der Quelle verkürzt (z. B. «Hamburg», «Bielefeld», "
        "«Saarbrücken»).",
    "at least 50% unbefristet per source": "Laut Quelle mindestens 50 % unbefristet.",
    "first Landkreis to start": "Erster Landkreis, der begann.",
    "council question text": "Text einer Anfrage im Stadtrat.",
    "100 of them in Stadt Zerbst": "Davon 100 in der Stadt Zerbst.",
    "cooperation agreement Land / Arbeitsagentur / Kommunen":
        "Kooperationsvereinbarung von Land, Arbeitsagentur und Kommunen.",
    "city-level figure": "Zahl für eine Stadt innerhalb des Kreises.",
    "~11.5 Mio EUR received since 2011": "Seit 2011 rund 11,5 Mio. Euro erhalten.",
    "almost 4 Mio EUR": "Knapp 4 Mio. Euro.",
    "pilot phase 2005-2007 in LK Göttingen only":
        "Pilotphase 2005–2007 nur im Landkreis Göttingen.",
    "local project in Ennigerloh and Everswinkel with provider Chance e.V.; 30 "
    "Bedarfsgemeinschaften; evaluated by Univ. Münster": "Örtliches Projekt in "
        "Ennigerloh und Everswinkel mit dem Träger Chance e.V.; 30 Bedarfsgemeinschaften; "
        "von der Universität Münster ausgewertet.",
    "article also cites 97 competitors and 91 Mio EUR programme funds (context unclear)":
        "Der Artikel nennt auch 97 Mitbewerber und 91 Mio. Euro Programmmittel "
        "(Zusammenhang unklar).",
    "~1,000 eLB potentially supported": "Rund 1.000 erwerbsfähige Leistungsberechtigte "
        "könnten unterstützt werden.",
    "article from 2011 (phase 3); lists the six Landkreise of the pact":
        "Artikel von 2011 (Phase 3); nennt die sechs Landkreise des Pakts.",
    "Rotenburg joined from start of 2011 per abendblatt article 107930075":
        "Laut einem Artikel des Hamburger Abendblatts trat Rotenburg Anfang 2011 bei.",
    "in 2011 the Arbeitsagenturen acted for Lüchow-Dannenberg and Uelzen; from 2012 new "
    "Jobcenter took over (see U2)": "2011 handelten die Arbeitsagenturen für "
        "Lüchow-Dannenberg und Uelzen; ab 2012 übernahmen neue Jobcenter.",
    "Jobcenter constituted 1 Jan 2012 per source": "Jobcenter laut Quelle am 1. Januar "
        "2012 gebildet.",
    "article (c. Aug 2009) names ARGEn for Landkreise Harburg and Lüneburg; date inferred "
    "from article context": "Artikel (etwa August 2009) nennt ARGEn für die Landkreise "
        "Harburg und Lüneburg; Datum aus dem Zusammenhang erschlossen.",
    "pact started in LK Harburg; Lüneburg and Stade joined later":
        "Der Pakt begann im Landkreis Harburg; Lüneburg und Stade kamen später dazu.",
    "blog post by a local politician after programme end; Peine member since 2010":
        "Blogbeitrag eines örtlichen Politikers nach Programmende; Peine Mitglied seit 2010.",
    "S2 says Steinfurt is one of 69 Optionskommunen":
        "Eine der Quellen nennt Steinfurt eine der 69 Optionskommunen.",
    "Landrat-level signatories; the Kreis as SGB II carrier implied but not stated for each":
        "Unterzeichnet von den Landräten; der Kreis als SGB-II-Träger ist mitgemeint, aber "
        "nicht für jeden genannt.",
    "agreement initially valid until end 2010; source calls Kreis Borken Optionskommune":
        "Vereinbarung zunächst bis Ende 2010; die Quelle nennt den Kreis Borken "
        "Optionskommune.",
    "Landkreis took over SGB II itself c. 2010 (zkT) per source":
        "Laut Quelle übernahm der Landkreis etwa 2010 das SGB II selbst (zkT).",
    "council paper (Vorlage 101/2016): pact founded 2005 in Pforzheim; 25 partners in BW":
        "Ratsvorlage 101/2016: Pakt 2005 in Pforzheim gegründet; 25 Partner in "
        "Baden-Württemberg.",
    "pact name names the regions; Jobcenter not named individually in excerpt":
        "Der Paktname nennt die Regionen; die Jobcenter sind im Auszug nicht einzeln "
        "genannt.",
    "Kyffhäuserkreis in programme since 2005": "Kyffhäuserkreis seit 2005 im Programm.",
    "article c. 2013 (reports 2012 result)": "Artikel etwa von 2013 (berichtet das Ergebnis "
        "2012).",
    "Eigenbetrieb of the Landkreis = kommunaler Träger form":
        "Eigenbetrieb des Landkreises = Organisationsform eines kommunalen Trägers.",
    "pact coordinated by Stadt Aachen (Wirtschaftsförderung) since 2005":
        "Pakt seit 2005 von der Stadt Aachen (Wirtschaftsförderung) koordiniert.",
    "listed in table of contents of the Arbeitsmarkt- und Integrationsprogramm 2020":
        "Im Inhaltsverzeichnis des Arbeitsmarkt- und Integrationsprogramms 2020 aufgeführt.",
    "listed in table of contents (Bundesprojekt)":
        "Im Inhaltsverzeichnis aufgeführt (als Bundesprojekt).",
    "Thüringer Landtag answer reproduced on juramagazin":
        "Antwort im Thüringer Landtag, wiedergegeben auf juramagazin.",
    "council minutes; Kreis Coesfeld is a zkT (not stated in excerpt)":
        "Sitzungsniederschrift; der Kreis Coesfeld ist zkT (im Auszug nicht gesagt).",
    "MP press release": "Mitteilung eines Abgeordneten.",
    "Verbundpartner: DRV Mitteldeutschland; SGB II":
        "Verbundpartner: DRV Mitteldeutschland; SGB II.",
    "Verbundpartner: Jobcenter Märkischer Kreis, DRV Westfalen; IAQ evaluation":
        "Verbundpartner: Jobcenter Märkischer Kreis, DRV Westfalen; Evaluation durch das "
        "IAQ.",
    "page says the idea was submitted; approval not stated in excerpt; the five "
    "Münsterland Jobcenter are not named individually": "Laut Seite wurde die Idee "
        "eingereicht; Bewilligung nicht im Auszug; die fünf Münsterland-Jobcenter sind "
        "nicht einzeln genannt.",
    "approval not stated in excerpt": "Bewilligung nicht im Auszug.",
    "MP press release; four-year funding from 1 Jan 2020":
        "Mitteilung eines Abgeordneten; Förderung über vier Jahre ab 1. Januar 2020.",
    "provider: Handwerkskammer Service GmbH; sites Bad Mergentheim, Tauberbischofsheim, "
    "Wertheim": "Träger: Handwerkskammer Service GmbH; Standorte Bad Mergentheim, "
        "Tauberbischofsheim, Wertheim.",
    "MP press release; other five Jobcenter not named in excerpt":
        "Mitteilung eines Abgeordneten; die übrigen fünf Jobcenter sind im Auszug nicht "
        "genannt.",
    "only shows intention to apply; approval not shown":
        "Zeigt nur die Absicht, sich zu bewerben; keine Bewilligung belegt.",
    "SGB II; partner CJD": "SGB II; Partner CJD.",
    "SGB II": "SGB II.",
    "five-year funding period per source; end date computed":
        "Laut Quelle fünf Jahre Förderung; Enddatum errechnet.",
    "REHADAT research database entry": "Eintrag in der REHADAT-Forschungsdatenbank.",
    "first participants May 2022": "Erste Teilnehmende im Mai 2022.",
    "provider page (Jugend- und Drogenberatung Wolfsburg)":
        "Seite des Trägers (Jugend- und Drogenberatung Wolfsburg).",
    "same Jobcenter as row \"Jobcenter Kreis Düren\"":
        "Dasselbe Jobcenter wie in der Zeile «Jobcenter Kreis Düren».",
    "coordinating recipient: DRV Hessen": "Koordinierender Zuwendungsempfänger: DRV Hessen.",
    "network work since 2006 (MYKnetz); ABC is own department":
        "Netzwerkarbeit seit 2006 (MYKnetz); ABC ist eine eigene Abteilung.",
    "Jobcenter web page describes its ABC network":
        "Die Webseite des Jobcenters beschreibt sein ABC-Netzwerk; sie liegt auf "
        "jobcenter-ge.de, dem Portal der gemeinsamen Einrichtungen.",
    "Kreis page on the programme; applicant is the Kommune, not the Jobcenter":
        "Seite des Kreises zum Programm; Antragsteller ist die Kommune, nicht das Jobcenter.",
    "campaign by Deutscher Landkreistag and Deutscher Städtetag per source":
        "Laut Quelle Kampagne von Deutschem Landkreistag und Deutschem Städtetag.",
    "zkT since 2005 per source": "Laut Quelle zkT seit 2005.",
    "source lists Stadt Münster with the kommunale Jobcenter of the region; Münster may "
    "not be a zkT - check": "Die Quelle nennt die Stadt Münster neben den kommunalen "
        "Jobcentern der Region; Münster ist vermutlich kein zkT – zu prüfen.",
    "provider: Ibu Neustadt-Glewe": "Träger: Ibu Neustadt-Glewe.",
    "one of 16 new pacts starting Jan 2011": "Einer von 16 neuen Pakten ab Januar 2011.",
    "pact name not in excerpt": "Paktname nicht im Auszug.",
    "phase-2 pact extended to agency districts Montabaur, Koblenz, Bad Kreuznach, "
    "Saarbrücken, Saarlouis; members not named individually": "Pakt in Phase 2 auf die "
        "Agenturbezirke Montabaur, Koblenz, Bad Kreuznach, Saarbrücken und Saarlouis "
        "erweitert; Mitglieder nicht einzeln genannt.",
    "analyst blog names applications; approval of the exact number not shown":
        "Ein Analyseblog nennt die Anträge; die Bewilligung der genauen Zahl ist nicht "
        "belegt.",
    "site list of the Brandenburg project on health promotion for unemployed people; "
    "identity with the national Modellprojekt \"Verzahnung von Arbeits- und "
    "Gesundheitsförderung in der kommunalen Lebenswelt\" is inferred, not stated in "
    "excerpt": "Standortliste des Brandenburger Projekts zur Gesundheitsförderung "
        "Arbeitsloser; dass es das bundesweite Modellprojekt ist, ist erschlossen, nicht im "
        "Auszug gesagt.",
    "f-bb involved 2005-2007; Fürth side not named as Jobcenter in excerpt":
        "f-bb 2005–2007 beteiligt; auf Fürther Seite ist im Auszug kein Jobcenter genannt.",
    "names read from a jumbled map legend in the brochure text (Starnberg, Bad Tölz, "
    "Ebersberg explicit as Jobcenter; Erding, Freising, München sites listed without "
    "clear labels)": "Namen aus einer durcheinandergeratenen Kartenlegende gelesen "
        "(Starnberg, Bad Tölz, Ebersberg ausdrücklich als Jobcenter; Erding, Freising, "
        "München ohne klare Bezeichnung).",
    "KomBA = kommunale Beschäftigungsagentur; zkT status not stated in excerpt":
        "KomBA = kommunale Beschäftigungsagentur; zkT-Status im Auszug nicht genannt.",
    "inferred from table of contents of Jahresbericht 2011":
        "Aus dem Inhaltsverzeichnis des Jahresberichts 2011 erschlossen.",
    "duplicate of Kreis Coesfeld row from council minutes; keep one when joining":
        "Doppelt zur Zeile Kreis Coesfeld aus der Sitzungsniederschrift; beim Verknüpfen "
        "nur eine verwenden.",
    "inferred from table of contents of AMP 2017":
        "Aus dem Inhaltsverzeichnis des Arbeitsmarktprogramms 2017 erschlossen.",
    "REHADAT research database entry; rehapro link inferred from project description "
    "style (programme name not in excerpt)": "Eintrag in der REHADAT-Forschungsdatenbank; "
        "Bezug zu rehapro aus der Projektbeschreibung erschlossen (Programmname nicht im "
        "Auszug).",
    "partners AOK, DAK, Gesundheitsamt": "Partner: AOK, DAK, Gesundheitsamt.",
    "three-year funding per source": "Laut Quelle Förderung über drei Jahre.",
    "partners Franz Sales Haus, CJD Zehnthof, Univ. Duisburg-Essen":
        "Partner: Franz Sales Haus, CJD Zehnthof, Universität Duisburg-Essen.",
    "council minutes: application filed, approval pending at the time":
        "Sitzungsniederschrift: Antrag gestellt, Bewilligung damals offen.",
    "MAIA AMP 2020 lists rehapro as Bundesprojekt, which supports eventual approval":
        "Das Arbeitsmarktprogramm 2020 des Jobcenters MAIA führt rehapro als Bundesprojekt, "
        "was für eine spätere Bewilligung spricht.",
    "Stand 10.12.2014": "Stand 10.12.2014.",
    "Stand 27.01.2020; ToC lists rehapro and Verzahnung-Modellprojekt":
        "Stand 27.01.2020; Inhaltsverzeichnis nennt rehapro und das Modellprojekt zur "
        "Verzahnung von Arbeits- und Gesundheitsförderung.",
    "contact address at jobcenter-ge.de (gemeinsame Einrichtung)":
        "Kontaktadresse auf jobcenter-ge.de (gemeinsame Einrichtung).",
    "ToC mentions ESF-LZA participation":
        "Inhaltsverzeichnis nennt die Teilnahme am ESF-Bundesprogramm Langzeitarbeitslose.",
    "ToC lists \"Havelland Kombi\"": "Inhaltsverzeichnis nennt «Havelland Kombi».",
    "sole responsibility since 01.01.2005 per source":
        "Laut Quelle alleinige Zuständigkeit seit 01.01.2005.",
    "year inferred from content (2011 data)": "Jahr aus dem Inhalt erschlossen (Daten 2011).",
    "year not in excerpt; weser-kurier 2019 lists Verden as kommunales Jobcenter":
        "Jahr nicht im Auszug; der Weser-Kurier nennt Verden 2019 ein kommunales Jobcenter.",
    "ToC has sections Perspektive 50plus (Unternehmen mit Weitblick), Bürgerarbeit, "
    "JobPerspektive §16e": "Inhaltsverzeichnis mit Abschnitten zu Perspektive 50plus "
        "(«Unternehmen mit Weitblick»), Bürgerarbeit und JobPerspektive § 16e.",
    "published June 2008": "Erschienen im Juni 2008.",
    "Rat 08.12.2015": "Rat am 08.12.2015.",
    "Kreis Warendorf became zkT 01.01.2012 (kreis-warendorf.de Kreisgeschichte)":
        "Der Kreis Warendorf wurde am 01.01.2012 zkT (Kreisgeschichte auf "
        "kreis-warendorf.de).",
    "year not in excerpt": "Jahr nicht im Auszug.",
}

ROLES: dict[str, str] = {
    "pact region (Landkreis)": "Paktregion (Landkreis)",
    "implementing partner (Jobcenter)": "Umsetzender Partner (Jobcenter)",
    "implementing partner (Arbeitsagentur)": "Umsetzender Partner (Arbeitsagentur)",
    "lead (Federführung) for LK Lüchow-Dannenberg": "Federführung für den Landkreis "
        "Lüchow-Dannenberg",
    "lead (Federführung) for LK Uelzen": "Federführung für den Landkreis Uelzen",
    "partner (Arbeitsgemeinschaft)": "Partner (Arbeitsgemeinschaft)",
    "first pact region": "Erste Paktregion",
    "member Jobcenter": "Mitglied (Jobcenter)",
    "member": "Mitglied",
    "co-signatory of cooperation agreement": "Mitunterzeichner der "
        "Kooperationsvereinbarung",
    "joining member": "Neu beitretendes Mitglied",
    "existing member": "Bisheriges Mitglied",
    "new member": "Neues Mitglied",
    "pact region": "Paktregion",
    "lead (federführend)": "Federführung",
    "signatory of cooperation agreement": "Unterzeichner der Kooperationsvereinbarung",
    "lead (Federführung, Mittelbewirtschaftung)": "Federführung und Mittelbewirtschaftung",
    "pact coordinator": "Koordination des Pakts",
    "rehapro project (Bundesprojekt)": "rehapro-Projekt (Bundesprojekt)",
    "participant": "Teilnehmer",
    "participating Jobcenter": "Teilnehmendes Jobcenter",
    "participating (reports data as zkT)": "Teilnehmer (meldet Daten als zkT)",
    "participating (Bürgerarbeitsstellen applied)": "Teilnehmer (Bürgerarbeitsstellen "
        "beantragt)",
    "participating Jobcenter (admitted 2nd round)": "Teilnehmendes Jobcenter (in der "
        "2. Runde aufgenommen)",
    "participating Jobcenter (admitted at turn of year 2016/2017)": "Teilnehmendes "
        "Jobcenter (zum Jahreswechsel 2016/2017 aufgenommen)",
    "coordinating applicant": "Koordinierender Antragsteller",
    "further project participant": "Weiterer Projektbeteiligter",
    "Verbundpartner": "Verbundpartner",
    "co-applicant (project sketch submitted)": "Mitantragsteller (Projektskizze "
        "eingereicht)",
    "funded Jobcenter": "Gefördertes Jobcenter",
    "project Jobcenter": "Projekt-Jobcenter",
    "funded Jobcenter (one of six)": "Gefördertes Jobcenter (eines von sechs)",
    "preparing application (provider call 2018)": "Bereitet Antrag vor (Trägeraufruf 2018)",
    "joint project Jobcenter": "Jobcenter im Verbundprojekt",
    "coordinating Jobcenter": "Koordinierendes Jobcenter",
    "project partner": "Projektpartner",
    "Jobcenter with ABC network unit": "Jobcenter mit eigener Einheit für ABC-Netzwerke",
    "Jobcenter with ABC network page": "Jobcenter mit Webseite zum ABC-Netzwerk",
    "model Kommune (applicant = Jugendhilfeträger)": "Modellkommune (Antragsteller ist der "
        "Träger der Jugendhilfe)",
    "local participation in campaign": "Beteiligung an der Kampagne vor Ort",
    "participating kommunales Jobcenter": "Teilnehmendes kommunales Jobcenter",
    "participant in Jobcentertag Münsterland": "Teilnehmer am Jobcentertag Münsterland",
    "member Jobcenter (4)": "Mitglied (vier Jobcenter)",
    "pact project office seat": "Sitz des Projektbüros des Pakts",
    "applicant Jobcenter (2nd round)": "Antragstellendes Jobcenter (2. Runde)",
    "applicant Jobcenter (1st round)": "Antragstellendes Jobcenter (1. Runde)",
    "current site (Standort)": "Aktueller Standort",
    "project lead (Projektleitung)": "Projektleitung",
    "site on pact map": "Standort auf der Paktkarte",
    "participating Jobcenter (limited to model region)": "Teilnehmendes Jobcenter (nur in "
        "der Modellregion)",
    "pilot region (phase 1)": "Pilotregion (Phase 1)",
    "participant (report section \"Perspektive 50plus - Unternehmen mit Weitblick\")":
        "Teilnehmer (Berichtsabschnitt «Perspektive 50plus – Unternehmen mit Weitblick»)",
    "participant (report section \"Bürgerarbeit\")": "Teilnehmer (Berichtsabschnitt "
        "«Bürgerarbeit»)",
    "participant (AMP 2017 section)": "Teilnehmer (Abschnitt im Arbeitsmarktprogramm 2017)",
    "cooperation agreement with Krankenkassen": "Kooperationsvereinbarung mit Krankenkassen",
    "model project Jobcenter": "Jobcenter im Modellprojekt",
    "applicant (with Potsdam-Mittelmark and DRV)": "Antragsteller (mit Potsdam-Mittelmark "
        "und der DRV)",
    "co-applicant": "Mitantragsteller",
}

# names (pact, project, body) that carry English helper words; others pass unchanged
NAMES: dict[str, str] = {
    "(DRV Hessen-led project: sektorenübergreifende präventive Identifikation ...)":
        "(Projekt unter Leitung der DRV Hessen: sektorenübergreifende präventive "
        "Identifikation …)",
    "(DRV Hessen-led)": "(Projekt unter Leitung der DRV Hessen)",
    "(Recklinghausen/Rhein-Berg project, 1st call)": "(Projekt Recklinghausen/Rhein-Berg, "
        "1. Förderaufruf)",
    "(Recklinghausen/Rhein-Berg)": "(Projekt Recklinghausen/Rhein-Berg)",
    "(first call, call for providers)": "(1. Förderaufruf, Trägeraufruf)",
    "(four Jobcenter in the Erzgebirgskreis, not named in excerpt)":
        "(vier Jobcenter im Erzgebirgskreis, im Auszug nicht genannt)",
    "(pact name not in excerpt)": "(Paktname nicht im Auszug)",
    "(pact, whole region)": "(Pakt, ganze Region)",
    "(project name not in excerpt)": "(Projektname nicht im Auszug)",
    "(project name not in excerpt; six Jobcenter across Länder)":
        "(Projektname nicht im Auszug; sechs Jobcenter in mehreren Ländern)",
    "(whole pact)": "(ganzer Pakt)",
    "(whole pact: 6 Jobcenter)": "(ganzer Pakt: sechs Jobcenter)",
    "(whole pact: LK Harburg, Lüchow-Dannenberg, Lüneburg, Rotenburg (Wümme), Stade, "
    "Uelzen)": "(ganzer Pakt: Landkreise Harburg, Lüchow-Dannenberg, Lüneburg, Rotenburg "
        "(Wümme), Stade, Uelzen)",
    "(Land Thüringen: 15 Landkreise/kreisfreie Städte)":
        "(Land Thüringen: 15 Landkreise und kreisfreie Städte)",
    "Agentur für Arbeit Lüchow (SGB II, Lüchow-Dannenberg)":
        "Agentur für Arbeit Lüchow (SGB II für Lüchow-Dannenberg)",
    "Agentur für Arbeit Uelzen (SGB II, Uelzen)": "Agentur für Arbeit Uelzen (SGB II für "
        "Uelzen)",
    "AzfG – Auszeit für Gesundheit (1st call)": "AzfG – Auszeit für Gesundheit "
        "(1. Förderaufruf)",
    "Bundesprogramm Soziale Teilhabe am Arbeitsmarkt (1st round)":
        "Bundesprogramm Soziale Teilhabe am Arbeitsmarkt (1. Runde)",
    "Bundesprogramm Soziale Teilhabe am Arbeitsmarkt (2nd round)":
        "Bundesprogramm Soziale Teilhabe am Arbeitsmarkt (2. Runde)",
    "Gecko – Gesundheitscoaching und -kooperation im Jobcenter Uckermark (2nd call)":
        "Gecko – Gesundheitscoaching und -kooperation im Jobcenter Uckermark "
        "(2. Förderaufruf)",
    "GesA – Gesund und Aktiv aus einer Hand (1st call)": "GesA – Gesund und Aktiv aus einer "
        "Hand (1. Förderaufruf)",
    "Gesundheitsförderung für arbeitslose Menschen (Brandenburg sites)":
        "Gesundheitsförderung für arbeitslose Menschen (Standorte in Brandenburg)",
    "Jobcenter Aschaffenburg (with partner agencies)": "Jobcenter Aschaffenburg (mit "
        "Partnerstellen)",
    "Jobcenter Aschaffenburg and partners (six Jobcenter)": "Jobcenter Aschaffenburg und "
        "Partner (sechs Jobcenter)",
    "Jobcenter Kreis Coesfeld (Jahresbericht 2011 section)": "Jobcenter Kreis Coesfeld "
        "(Abschnitt im Jahresbericht 2011)",
    "Jobcenter Landkreis Wittenberg (region Bad Schmiedeberg/Kemberg only)":
        "Jobcenter Landkreis Wittenberg (nur Region Bad Schmiedeberg/Kemberg)",
    "Jobcenter Marburg-Biedenkopf + Jobcenter Frankfurt (with DRV Hessen)":
        "Jobcenter Marburg-Biedenkopf + Jobcenter Frankfurt (mit der DRV Hessen)",
    "KoPrA – Koordinierungsstelle Pro Aktiv (2nd call)": "KoPrA – Koordinierungsstelle Pro "
        "Aktiv (2. Förderaufruf)",
    "Landkreis Vulkaneifel (project office Daun)": "Landkreis Vulkaneifel (Projektbüro "
        "Daun)",
    "PRO AKTIV (1st call)": "PRO AKTIV (1. Förderaufruf)",
    "Perspektive 50plus (Jobcenter Görlitz project)": "Perspektive 50plus (Projekt des "
        "Jobcenters Görlitz)",
    "Perspektive 50plus Rheinland-Pfalz – Saarland (phase 2; earlier: Region Trier pact)":
        "Perspektive 50plus Rheinland-Pfalz – Saarland (Phase 2; vorher Pakt Region Trier)",
    "Perspektive 50plus cooperation Fulda / Hersfeld-Rotenburg / Vogelsberg / Main-Taunus "
    "/ Odenwald (pact name not in excerpt)": "Perspektive-50plus-Kooperation Fulda / "
        "Hersfeld-Rotenburg / Vogelsberg / Main-Taunus / Odenwald (Paktname nicht im "
        "Auszug)",
    "Perspektive 50plus pact Wesel/Essen (Niederrhein-Ruhr), name not in excerpt":
        "Perspektive-50plus-Pakt Wesel/Essen (Niederrhein-Ruhr), Name nicht im Auszug",
    "Region Trier pact (phase 1)": "Pakt Region Trier (Phase 1)",
    "Reha ohne Grenzen (1st call)": "Reha ohne Grenzen (1. Förderaufruf)",
    "Reha-Haus Westbrandenburg (application)": "Reha-Haus Westbrandenburg (Antrag)",
    "Stadt Fürth (SGB II carrier not named)": "Stadt Fürth (SGB-II-Träger nicht genannt)",
    "Stark. Sozial. Vor Ort. (Aktionswoche 2019: Jobcentertag Münsterland)":
        "Stark. Sozial. Vor Ort. (Aktionswoche 2019: Jobcentertag Münsterland)",
    "StädteRegion Aachen (towns listed)": "StädteRegion Aachen (einzelne Städte genannt)",
    "TIME – Teilhabe im Münsterland (project idea submitted)": "TIME – Teilhabe im "
        "Münsterland (Projektidee eingereicht)",
    "VabW with Städte Alsdorf, Eschweiler, Monschau, Roetgen, Simmerath, Stolberg, "
    "Würselen": "VabW mit den Städten Alsdorf, Eschweiler, Monschau, Roetgen, Simmerath, "
        "Stolberg, Würselen",
    "Z.I.E.L.50plus (Großraum München; predecessor KompAQT)": "Z.I.E.L.50plus (Großraum "
        "München; Vorläufer KompAQT)",
    "proGes – Pro Gesundheit (1st call)": "proGes – Pro Gesundheit (1. Förderaufruf)",
    "regional network health promotion for unemployed (Krankenkassen-funded model "
    "project)": "Regionales Netzwerk Gesundheitsförderung für Arbeitslose (von Krankenkassen "
        "finanziertes Modellprojekt)",
    "rehapro Euregio (1st call)": "rehapro Euregio (1. Förderaufruf)",
}

DOC_TYPES: dict[str, str] = {
    "Council paper: Zielerreichung 2015 / Planung 2016 (Vorlage 0655/15)":
        "Ratsvorlage: Zielerreichung 2015 / Planung 2016 (Vorlage 0655/15)",
    "Verwaltungsbericht 2009-2014 (Jobcenter chapter)":
        "Verwaltungsbericht 2009–2014 (Kapitel Jobcenter)",
    "document (type not in excerpt)": "Dokument (Art im Auszug nicht erkennbar)",
    "Zielvereinbarung BMAS – Land Sachsen-Anhalt (zkT)":
        "Zielvereinbarung BMAS – Land Sachsen-Anhalt (zkT)",
    "Zielvereinbarung BMAS – MAGS NRW (zkT in NRW)":
        "Zielvereinbarung BMAS – MAGS NRW (zkT in Nordrhein-Westfalen)",
}
