"""The sources of the «jobcenter» package, curated by hand.

One entry per source ID of ``raw/registry/SOURCES.md`` (sections 3 and "Sources added in
round 2") plus the statistics, geodata and our own derivations. Titles name the page or
document; everything else is described in our own German words (nothing copied). ``url``
is the first complete address given in SOURCES.md; addresses that are only given
shortened there ("…") are left out and the fact is noted.
"""

from __future__ import annotations

from typing import NamedTuple


class Quelle(NamedTuple):
    quelle_id: str
    titel: str
    herausgeber: str
    datum: str
    datum_hinweis: str
    art: str
    url: str
    lizenz: str
    namensnennung: str
    hinweis: str


LAW = "Amtliches Werk (§ 5 UrhG)"
PRESS = "Urheberrechtlich geschützt; nur zitiert"
DLDE = "Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)"
OWN = "CC-BY-4.0 (Zusammenstellung dieses Projekts)"
PROJECT = "Kommunale Jobcenter – offene Daten"
BY_CONTENT = "nach Inhalt erschlossen"
ROUGHLY = "ungefähr, nach Inhalt erschlossen"
FROM_URL = "aus der Adresse abgelesen"
SHORTENED = "Die Adresse ist in den Rohdaten nur gekürzt überliefert und fehlt deshalb hier."
WIKIPEDIA = "Wikipedia-Text unter CC BY-SA; hier nur zitiert"

QUELLEN: list[Quelle] = [
    # --- Rechtstexte -------------------------------------------------------------------
    Quelle("L2012", "Kommunalträger-Zulassungsverordnung (KomtrZV), Stand 2.7.2012",
           "Bundesministerium der Justiz; Textfassung aus dem GitHub-Projekt bundestag/gesetze",
           "2012-07-02", "Stand der Textfassung", "Gesetz/Verordnung", "", LAW, "",
           "Anlage mit 108 Trägern, gültig ab 1.1.2012. Markdown-Fassung ohne die amtlichen "
           "Fußnoten (Commit 8e9e7a1 des Repositorys bundestag/gesetze)."),
    Quelle("L2017", "Kommunalträger-Zulassungsverordnung (KomtrZV), geändert am 29.5.2017",
           "Bundesministerium der Justiz; Textfassung aus dem GitHub-Projekt bundestag/gesetze",
           "2017-05-29", "Datum der letzten Änderung der Verordnung", "Gesetz/Verordnung", "",
           LAW, "", "Anlage mit den 104 heutigen Trägern (Commit 5710c0a des Repositorys "
           "bundestag/gesetze). Eine spätere Änderung wurde nicht gefunden."),
    Quelle("BUZER2011", "Zweite Verordnung zur Änderung der Kommunalträger-"
           "Zulassungsverordnung (BGBl. I 2011 S. 645)", "buzer.de (Wiedergabe des "
           "Bundesgesetzblatts)", "2011-04-14", "Datum der Verordnung", "Gesetz/Verordnung",
           "https://www.buzer.de/gesetz/9696/index.htm", LAW, "",
           "Neue Anlage ab 1.1.2012; nur der erste Teil wurde gelesen."),
    # --- Listen und Übersichten --------------------------------------------------------
    Quelle("WPLIST", "Liste der Optionskommunen", "Wikipedia (deutschsprachig)", "",
           "laufend bearbeiteter Artikel; gelesene Fassung undatiert", "Lexikon",
           "http://de.m.wikipedia.org/wiki/Liste_der_Optionskommunen", WIKIPEDIA,
           "Wikipedia-Autorinnen und -Autoren",
           "Kennzeichnet die Zugänge von 2012. Lesbar war nur der Anfang (Baden-Württemberg, "
           "Bayern, Brandenburg, Hessen Nr. 1–12); auch über die Kopie auf de.wiki.li."),
    Quelle("WPMIRROR", "Liste der Optionskommunen (Kopie)", "wiki-data.de-de.nina.az "
           "(Spiegel des Wikipedia-Artikels)", "", "undatiert", "Lexikon",
           "https://www.wiki-data.de-de.nina.az/Liste_der_Optionskommunen.html", WIKIPEDIA,
           "Wikipedia-Autorinnen und -Autoren",
           "Gibt die Liste zum 1.1.2014 wieder (in Mecklenburg-Vorpommern nur noch "
           "Vorpommern-Rügen); die Kennzeichnung der Zugänge von 2012 fehlt."),
    Quelle("HARTZBOTE", "ALG II: Die Optionskommunen", "hartzbote.de", "",
           "vor 2011, nach Inhalt erschlossen", "Webseite",
           "https://www.hartzbote.de/alg-ii-die-optionskommunen-4333", PRESS, "",
           "Liste aus der Zeit vor 2011; nennt die fünf ersten Träger in Baden-Württemberg "
           "und die Zusammensetzung der 69 aus Landkreisen und kreisfreien Städten."),
    Quelle("MASSLAU", "Optionskommunen", "Herbert Masslau (private Webseite)", "",
           "undatiert; nach 2014, nach Inhalt erschlossen", "Webseite",
           "http://herbertmasslau.de/optionskommunen.html", PRESS, "",
           "Erklärt den Weg von 69 über 67 auf 108 Träger und nennt Vorpommern-Rügen ab "
           "1.1.2014 mit Verweis auf BGBl. I 2013 S. 3229."),
    Quelle("HAUFE", "Kommentierung zu § 6a SGB II (Sauer), Abs. 7, Rz. 59",
           "Haufe-Lexware (haufe.de)", "", "undatiert", "Webseite", "", PRESS, "",
           "Nennt die ursprünglichen Träger, die von Kreisreformen betroffen waren "
           "(Ostvorpommern, fünf Kreise in Sachsen-Anhalt, Vorgänger des Landkreises Bautzen). "
           "Der gelesene Text bricht ab. " + SHORTENED),
    # --- Presse und Mitteilungen nach Ländern ------------------------------------------
    Quelle("SCHWAEB", "Optionskommunen: Zahl im Südwesten verdoppelt sich",
           "Schwäbische Zeitung", "", "undatiert", "Presseartikel", "", PRESS, "",
           "Nennt die fünf bisherigen Träger in Baden-Württemberg. " + SHORTENED),
    Quelle("SWB2011", "Niedersächsische Optionskommunen vereinbaren Ziele",
           "Schaumburger Wochenblatt", "2011-02-05", FROM_URL, "Presseartikel",
           "https://www.schaumburger-wochenblatt.de/2011-02-05-niedersaechsische-"
           "optionskommunen-vereinbaren-ziele", PRESS, "",
           "Niedersachsen: 13 bisherige Träger, fünf Bewerber für 2012, von denen vier "
           "zugelassen wurden."),
    Quelle("FULDA2012", "Hessen ist Optionsland Nummer 1", "Fuldaer Nachrichten",
           "2012-01-02", FROM_URL, "Presseartikel",
           "https://www.fuldaernachrichten.de/2012/01/02/hessen-ist-optionsland-nummer-1",
           PRESS, "", "Hessen: 13 bisherige Träger und drei Zugänge 2012 (Lahn-Dill-Kreis, "
           "Kreis Groß-Gerau, Stadt Offenbach). Ergänzend die Seite der kommunalen Jobcenter "
           "Hessen (kommunale-jobcenter-hessen.de)."),
    Quelle("RLP2004", "Malu Dreyer: Zwei Landkreise zur Option angemeldet",
           "Landesregierung Rheinland-Pfalz (Sozialministerium)", "2004", BY_CONTENT,
           "Pressemitteilung",
           "https://mastd.rlp.de/service/presse/detail/malu-dreyer-zwei-landkreise-zur-option-"
           "angemeldet", PRESS, "",
           "Rheinland-Pfalz startete 2005 nur mit Südwestpfalz und Daun. Ergänzend ein "
           "Artikel des Trierischen Volksfreunds über den Landkreis Daun."),
    Quelle("SOL2011", "SLS und HOM betreuen Hartz-IV-Empfänger ab 2012 selbst",
           "sol.de (Saarland Online)", "2011", BY_CONTENT, "Presseartikel",
           "http://www.sol.de/archiv/news/SLS-und-HOM-betreuen-Hartz-IV-Empfaenger-ab-2012-"
           "selbst-Saarbruecken,104162", PRESS, "",
           "Saarland: St. Wendel seit 2005, Saarlouis und Saarpfalz-Kreis ab 2012. Ergänzend "
           "eine Mitteilung des Landkreises Saarlouis."),
    Quelle("EN2009", "Jobagentur will noch eigenständiger werden",
           "Westdeutsche Zeitung; Ennepe-Ruhr-Kreis", "2009", BY_CONTENT, "Presseartikel",
           "https://wz.de/nrw/sprockhoevel/jobagentur-will-noch-eigenstaendiger-werden_aid-"
           "31083665", PRESS, "",
           "Belegt den Ennepe-Ruhr-Kreis als einen der 69 ersten Träger. Dazu eine Mitteilung "
           "des Kreises, deren Adresse nur gekürzt überliefert ist."),
    Quelle("STEINFURT", "Pressemitteilung des Kreises Steinfurt", "Kreis Steinfurt "
           "(über presse-service.de)", "", "undatiert", "Pressemitteilung",
           "http://www.presse-service.de/data.aspx/static/743266.html", PRESS, "",
           "Kreis Steinfurt ist einer der 69 ersten Träger; diese bestehen aus 63 Landkreisen "
           "und 6 kreisfreien Städten."),
    Quelle("WZ2011", "Es gibt keine Option mehr", "Westdeutsche Zeitung", "2011",
           BY_CONTENT, "Presseartikel",
           "https://wz.de/nrw/kreis-mettmann/mettmann/es-gibt-keine-option-mehr_aid-30823859",
           PRESS, "", "Nordrhein-Westfalen erhielt ab 2012 acht weitere Zulassungen."),
    Quelle("VOLKSSTIMME2011", "Hartz IV künftig alles aus einer Kreis-Hand", "Volksstimme",
           "2011", BY_CONTENT, "Presseartikel",
           "https://www.volksstimme.de/lokal/wanzleben/hartz-iv-kunftig-alles-aus-einer-kreis-"
           "hand-387539", PRESS, "",
           "Altmarkkreis Salzwedel ab 1.1.2012 zugelassen; Sachsen-Anhalt rechnete nur mit "
           "zwei Zugängen. Ein zweiter Artikel ist nur mit gekürzter Adresse überliefert."),
    Quelle("INSUED", "Schmalkalden-Meiningen soll Optionskommune werden",
           "inSüdthüringen.de; Rhönkanal", "", "undatiert", "Presseartikel",
           "https://rhoenkanal.de/?p=69676", PRESS, "",
           "Thüringen: Schmalkalden-Meiningen und Greiz sollen zkT werden; Schmalkalden-"
           "Meiningen ist es seit 1.1.2012. Die Adresse bei inSüdthüringen ist nur gekürzt "
           "überliefert."),
    Quelle("TAZ2011", "Artikel im taz-Archiv (Nr. 327725)", "die tageszeitung (taz)", "2011",
           "Anfang 2011, nach Inhalt erschlossen", "Presseartikel",
           "http://www.taz.de/Archiv-Suche/!327725", PRESS, "",
           "Nordfriesland ist zkT; ein zweiter Kreis in Schleswig-Holstein wird erwähnt, der "
           "gelesene Text bricht vor dem Namen ab."),
    Quelle("ND2011", "Zweigeteilte Jobwirtschaft in Sachsen", "nd (Neues Deutschland)",
           "2012-01", "nach Inhalt und Artikelnummer erschlossen", "Presseartikel",
           "https://nd-aktuell.de/artikel/214487.zweigeteilte-jobwirtschaft-in-sachsen.html",
           PRESS, "", "Sachsen: sechs von 14 Jobcentern werden von den Landkreisen allein "
           "geführt. Die Kennung nennt 2011, der Artikel stammt aber von Anfang 2012."),
    Quelle("LR2012", "Freistaat ordnet Betreuung von Hartz-IV-Empfängern neu",
           "Lausitzer Rundschau; Leipziger Volkszeitung", "",
           "nach dem Kreistagsbeschluss vom 7.12.2011, nach Inhalt erschlossen",
           "Presseartikel",
           "https://www.lr-online.de/nachrichten/freistaat-ordnet-betreuung-von-hartz-iv-"
           "empfaengern-neu-36273570.html", PRESS, "",
           "Das Gebiet des früheren Landkreises Döbeln kommt ab 1.1.2013 in die gemeinsame "
           "Einrichtung Jobcenter Mittelsachsen."),
    Quelle("BVERWG", "Bundesverwaltungsgericht, Urteil 2 C 13/18",
           "Bundesverwaltungsgericht (Wiedergabe auf ra.de)", "2018-09-20",
           "Datum der Entscheidung, aus der Adresse", "Gerichtsentscheidung",
           "https://ra.de/urteil/bverwg/2-c-1318-2018-09-20", LAW, "",
           "Der Saalekreis war ab 1.1.2011 für sein ganzes Gebiet zugelassener Träger."),
    # --- Runde 2: Sachsen --------------------------------------------------------------
    Quelle("ERZ2023", "12 Jahre Kommunales Jobcenter Erzgebirgskreis – eine Zwischenbilanz",
           "Erzgebirgskreis", "2023-12-22", "", "Pressemitteilung",
           "https://www.erzgebirgskreis.de/landkreis/neuigkeiten/aktuelles/12-jahre-"
           "kommunales-jobcenter-erzgebirgskreis-eine-zwischenbilanz", PRESS, "",
           "Das kommunale Jobcenter begann am 1.1.2012; vorher führte die Bundesagentur die "
           "Jobcenter der Altkreise."),
    Quelle("ERZCDU2010", "Erzgebirgskreis stellt Antrag auf Optionskommune",
           "CDU-Kreistagsfraktion Erzgebirge", "2010-10", "", "Webseite",
           "http://cdu-fraktion-erzgebirge.de/2010-10/erzgebirgskreis-stellt-antrag-auf-"
           "optionskommune/", PRESS, "",
           "Antrag des Kreistags vom 30.9.2010 auf Zulassung ab 2012; eine zweite Meldung "
           "(Mai 2011) berichtet über die Zulassung."),
    Quelle("BLICK2017", "Bund kürzt Zuschüsse für Erzgebirgskreis", "Blick (Erzgebirge)",
           "2017", BY_CONTENT, "Presseartikel",
           "https://www.blick.de/erzgebirge/bund-kuerzt-zuschuesse-fuer-erzgebirgskreis-"
           "artikel9862998", PRESS, "",
           "Bestätigt die kommunale Trägerschaft im Erzgebirgskreis seit 1.1.2012."),
    Quelle("LVZ2010", "Arge oder Option: Kreis muss entscheiden", "Leipziger Volkszeitung",
           "2010-03-26", "", "Presseartikel",
           "http://www.lvz.de/Region/Borna/Arge-oder-Option-Kreis-muss-entscheiden", PRESS, "",
           "Im Muldental war die Grundsicherung von Anfang an rein kommunal; im Leipziger Land "
           "bestand seit 2005 eine Arge."),
    Quelle("LVZ2020", "Jobcenter braucht neuen Leiter", "Leipziger Volkszeitung", "",
           "undatiert; nach 2019, nach Inhalt erschlossen", "Presseartikel",
           "https://www.lvz.de/Region/Wurzen/Jobcenter-braucht-neuen-Leiter-Joerg-Altmann-"
           "verlaesst-Kreisbehoerde", PRESS, "",
           "Rückblick: Muldentalkreis von Beginn an Optionskommune, der ganze Landkreis "
           "Leipzig kommunal seit 2012."),
    Quelle("BA2010LL", "Neu 2011: Jobcenter Leipziger Land", "Bundesagentur für Arbeit "
           "(über lifepr.de)", "2010-12", BY_CONTENT, "Pressemitteilung",
           "https://lifepr.de/pressemitteilung/bundesagentur-fuer-arbeit/Neu-2011-Jobcenter-"
           "Leipziger-Land/boxid/206667", PRESS, "",
           "Aus der Arge im früheren Landkreis Leipziger Land wird ab 1.1.2011 eine "
           "gemeinsame Einrichtung."),
    Quelle("LRGR2011", "Kreis übernimmt Jobcenter Weißwasser", "Lausitzer Rundschau", "2011",
           "Ende 2011, nach Inhalt erschlossen", "Presseartikel",
           "https://www.lr-online.de/lausitz/weisswasser/kreis-uebernimmt-jobcenter-"
           "weisswasser-33612136.html", PRESS, "",
           "Das gemeinsame Jobcenter für Görlitz, Weißwasser und Niesky geht zum Jahresbeginn "
           "an den Landkreis über (Kreistagsbeschluss Juni 2011)."),
    Quelle("LAUSITZ2012", "Jobcenter startet stolperfrei ins Jahr", "alles-lausitz.de",
           "2012-02-17", "", "Presseartikel",
           "http://www.alles-lausitz.de/startseite/nachrichten/6117590_Jobcenter_startet_"
           "stolperfrei_ins_Jahr.html", PRESS, "",
           "Seit Anfang 2012 ein kommunales Jobcenter für den ganzen Landkreis Görlitz."),
    Quelle("SZZITTAU", "Telefonforum zu Hartz IV; Zittauer Hartz-IV-Behörde will fast 2700 "
           "Stellen anbieten", "Sächsische Zeitung", "2005",
           "erster Artikel Anfang 2005, zweiter 2009, nach Inhalt erschlossen",
           "Presseartikel",
           "https://www.saechsische.de/plus/telefonforum-zu-hartz-iv-1058017.html", PRESS, "",
           "Der Landkreis Löbau-Zittau zahlte das Arbeitslosengeld II über eine eigene "
           "Kreisbehörde aus."),
    Quelle("SZKAMENZ2005", "Hartz IV-Behörde weiter im Aufbau", "Sächsische Zeitung", "2005",
           BY_CONTENT, "Presseartikel",
           "https://www.saechsische.de/plus/hartz-iv-behoerde-weiter-im-aufbau-1042940.html",
           PRESS, "", "Der Landkreis Kamenz baute eine eigene Grundsicherungsbehörde ohne "
           "Personal der Arbeitsagentur auf."),
    Quelle("SZRIESA", "Die ARGE zieht ins Landratsamt", "Sächsische Zeitung", "2005",
           BY_CONTENT, "Presseartikel",
           "https://www.saechsische.de/plus/die-arge-zieht-ins-landratsamt-1040922.html",
           PRESS, "", "Riesa-Großenhain hatte eine ARGE; Vorgänger des heutigen zkT Meißen "
           "war daher der alte Landkreis Meißen."),
    Quelle("HOYTE", "Standort-Wechsel?", "Hoyerswerdaer Tageblatt", "",
           "undatiert; um 2018, nach Inhalt erschlossen", "Presseartikel",
           "https://hoyte24.de/nachrichten/standort-wechsel.html", PRESS, "",
           "Das Jobcenter des Landkreises Bautzen entstand Anfang 2011 aus den Stellen in "
           "Bautzen und Kamenz und der Arge Hoyerswerda."),
    # --- Runde 2: Bund, Mecklenburg-Vorpommern -----------------------------------------
    Quelle("HIB2007", "heute im bundestag: Antworten der Bundesregierung (BT-Drs. 16/4965 "
           "und 16/4967)", "Deutscher Bundestag", "2007-04", "", "Parlamentsdokument",
           "https://webarchiv.bundestag.de/archive/2010/0727/presse/hib/2007_04/2007_100/"
           "02.html", PRESS, "",
           "Nach einer Kreisreform gilt die Zulassung zunächst nur im Gebiet des alten Kreises."),
    Quelle("NDZEBRA2011", "Zeit der Zebrakreise", "nd (Neues Deutschland) / dpa", "2011",
           "Anfang 2011, nach Inhalt erschlossen", "Presseartikel",
           "https://nd-aktuell.de/artikel/188818.zeit-der-zebrakreise.html", PRESS, "",
           "Ostvorpommern als bisherige Optionskommune; Nordvorpommern, Mecklenburg-Strelitz "
           "und Ludwigslust bewerben sich für 2012, höchstens drei Plätze in MV."),
    Quelle("NK2013", "Kunden bleibt der alte Weg", "Nordkurier", "2013", BY_CONTENT,
           "Presseartikel",
           "http://www.nordkurier.de/demmin/kunden-bleibt-der-alte-weg-143116911.html", PRESS,
           "", "Neustrelitz hatte die Zulassung vor der Kreisreform; der neue Kreistag lehnte "
           "das Modell ab; ab 2014 gehört das Gebiet zum Jobcenter Mecklenburgische "
           "Seenplatte Süd."),
    Quelle("WEBMORITZ2012", "Bürgerbegehren zur Betreuung Langzeitarbeitsloser",
           "webMoritz (Greifswald)", "2012-04-20", "", "Presseartikel",
           "https://webmoritz.de/2012/04/20/burgerbegehren-zur-betreuung-langzeitarbeitsloser-"
           "arge-versus-sozialgentur", PRESS, "",
           "Der Altkreis Ostvorpommern nutzte die Option; ein Kreistagsbeschluss zum Wechsel "
           "ins ARGE-Modell wurde vom Verwaltungsgericht gestoppt."),
    # --- Runde 2: Nordrhein-Westfalen --------------------------------------------------
    Quelle("TAZ2004", "Städte sind bereit für Arbeitslosengeld Zwei; 13 wollen Hartz IV "
           "selbst machen", "die tageszeitung (taz Ruhr)", "2004", BY_CONTENT,
           "Presseartikel",
           "https://taz.de/Archiv-Suche/!671906&s=kreis%2Bborken&SuchRahmen=Print", PRESS, "",
           "Nennt die zehn im September 2004 ausgewählten Kommunen in NRW und 13 Bewerber."),
    Quelle("COE2008", "Broschüre des Landkreistages wirbt für Optionsmodell", "Kreis Coesfeld",
           "2008", ROUGHLY, "Pressemitteilung",
           "https://kreis-coesfeld.de/aktuelles/pressemeldungen/details/news-article-709",
           PRESS, "", "Zählt die zehn Optionskommunen in NRW auf (acht Kreise, Hamm, Mülheim)."),
    Quelle("COE2005", "10 Jahre Jobcenter", "Kreis Coesfeld", "2014", ROUGHLY,
           "Pressemitteilung",
           "https://kreis-coesfeld.de/aktuelles/pressemeldungen/details/news-article-3384",
           PRESS, "", "Kreis Coesfeld ist seit 1.1.2005 zugelassener Träger; dazu eine "
           "weitere, undatierte Mitteilung des Kreises."),
    Quelle("AN2010", "Kreis Düren: 7500 Quadratmeter für die Job-com", "Aachener Nachrichten",
           "2010", BY_CONTENT, "Presseartikel",
           "https://www.aachener-nachrichten.de/7500-quadratmeter-fuer-die-job-com_aid-"
           "27169301", PRESS, "", "Kreis Düren ist seit Anfang 2005 Optionskommune."),
    Quelle("HSK", "Arbeitsmarkt Hochsauerlandkreis: Über uns", "Hochsauerlandkreis",
           "2010-06-09", "Datum der zugehörigen Pressemitteilung; die Webseite ist undatiert",
           "Webseite", "http://www.arbeitsmarkt-hsk.de/ueberuns/", PRESS, "",
           "Der Hochsauerlandkreis gehört seit 1.1.2005 zu den 69 ersten Trägern."),
    Quelle("RPKLEVE", "Kevelaer: Immer mehr Hartz-IV-Bezieher", "Rheinische Post", "2015",
           ROUGHLY, "Presseartikel",
           "http://www.rp-online.de/nrw/staedte/kevelaer/kevelaer-immer-mehr-hartz-iv-"
           "bezieher-aid-1.4901194", PRESS, "",
           "Der Kreis Kleve wurde zehn Jahre zuvor, also 2005, Optionskommune."),
    Quelle("BILLERBECK2010", "Sitzungsunterlagen des Rates der Stadt Billerbeck",
           "Stadt Billerbeck", "2010", BY_CONTENT, "Ratsdokument",
           "https://ratsinfo.billerbeck.de/bi/to0050.asp?__ktonr=4698", PRESS, "",
           "Neben Coesfeld sind auch die Kreise Borken und Steinfurt bereits Optionskommunen."),
    Quelle("HB2005", "Report: Angst vor der BA", "Handelsblatt", "2005", BY_CONTENT,
           "Presseartikel",
           "http://www.handelsblatt.com/politik/deutschland/report-angst-vor-der-ba/"
           "2420462.html", PRESS, "", "Hamm ist eine der 69 Optionskommunen."),
    Quelle("MH2010", "5 Jahre Optionskommune Mülheim an der Ruhr", "Stadt Mülheim an der Ruhr",
           "2010-09-29", "", "Pressemitteilung",
           "https://muelheim-ruhr.de/cms/5_jahre_optionskommune_mlheim_an_der_ruhr.html", PRESS,
           "", "Mülheim an der Ruhr ist seit 2005 zugelassener Träger."),
    # --- Runde 2: Thüringen, Sachsen-Anhalt --------------------------------------------
    Quelle("JENA2008", "Eingliederungsbericht 2008, Eigenbetrieb jenarbeit (zkT Stadt Jena)",
           "Stadt Jena, Eigenbetrieb jenarbeit", "2008",
           "Berichtsjahr; die gelesene Kopie wurde am 6.7.2014 hochgeladen", "Bericht",
           "https://yumpu.com/de/document/view/26281313/eingliederungsbericht-stadt-jena-"
           "jobcenter-sgb-ii-reform", PRESS, "", "Jena war schon vor 2012 zugelassener Träger."),
    Quelle("TLZ2021", "Jenarbeit und Arbeitsagentur sind nun unter einem Dach",
           "Thüringische Landeszeitung", "2021-01", "", "Presseartikel",
           "https://www.tlz.de/regionen/jena/jenarbeit-und-arbeitsagentur-sind-nun-unter-einem-"
           "dach-id231331128.html", PRESS, "",
           "jenarbeit wurde 2005 als Jobcenter der Stadt gegründet."),
    Quelle("EIC2006", "Eingliederungsbericht Landkreis Eichsfeld (2006)", "Landkreis Eichsfeld",
           "2006", "Berichtsjahr; die gelesene Kopie wurde am 6.7.2014 hochgeladen", "Bericht",
           "https://yumpu.com/de/document/view/26281320/eingliederungsbericht-landkreis-"
           "eichsfeld-2006", PRESS, "",
           "Gehört zur selben Reihe von Berichten zugelassener Träger an das BMAS wie die "
           "Berichte von Mülheim, Kreis Offenbach und Hersfeld-Rotenburg. Lesbar war nur die "
           "erste Seite; das Wort zkT steht dort nicht."),
    Quelle("JCABI", "Organisationsform", "Jobcenter Anhalt-Bitterfeld", "",
           "undatiert; nach dem 1.1.2023, nach Inhalt erschlossen", "Webseite",
           "https://jobcenter.anhalt-bitterfeld.de/de/wir-ueber-uns-jobcenter.html", PRESS, "",
           "2007 bis 2010 kommunales Jobcenter nur im Altkreis Anhalt-Zerbst, ARGEn in "
           "Bitterfeld und Köthen; seit 1.1.2011 der ganze Landkreis."),
    Quelle("VS2015WR", "Schöne Momente und Irrtümer", "Volksstimme", "2015-04-21", "",
           "Presseartikel",
           "https://www.volksstimme.de/nachrichten/lokal/halberstadt/1463386_Schoene-Momente-"
           "und-Irrtuemer.html", PRESS, "",
           "KoBa Wernigerode seit 1.1.2005; 2011 auf die ARGEn Halberstadt und Quedlinburg "
           "ausgedehnt."),
    Quelle("MZ2012HARZ", "Harz: Weniger Aufstocker", "Mitteldeutsche Zeitung", "2012-01-19",
           "", "Presseartikel", "https://www.mz.de/lokal/quedlinburg/harz-weniger-aufstocker-"
           "2330060", PRESS, "",
           "Ein Jahr nach dem Zusammenschluss von KoBa Wernigerode und den ARGEn im Harz."),
    Quelle("VS2010SLK", "Landkreis bereitet neue Strukturen für Hartz IV vor", "Volksstimme",
           "2010-05-27", "", "Presseartikel",
           "http://www.volksstimme.de/nachrichten/lokal/stassfurt/82165_Landkreis-bereitet-"
           "neue-Strukturen-fuer-Hartz-IV-vor.html", PRESS, "",
           "KoBa Schönebeck und Amt für Arbeitsförderung Bernburg; der ganze Salzlandkreis "
           "sollte ab 1.1.2011 in eigener Regie betreut werden (Plan, Umsetzung nicht gelesen)."),
    # --- Statistik, Geodaten, eigene Ableitungen ---------------------------------------
    Quelle("DESTATIS2021", "Kreisfreie Städte und Landkreise nach Fläche, Bevölkerung und "
           "Bevölkerungsdichte, Gebietsstand 31.12.2021", "Statistisches Bundesamt (Destatis)",
           "2022-09", "Erscheinungsmonat", "Amtliche Statistik", "https://www.destatis.de",
           DLDE, "© Statistisches Bundesamt (Destatis), 2022",
           "Gemeindeverzeichnis-Informationssystem (GV-ISys). Bevölkerung am 31.12.2021 auf "
           "Basis des Zensus 2011, Fläche aus ALKIS. Die Arbeitsmappe stammt unverändert aus "
           "dem GitHub-Repository vaishali0810/Stat.-Praktikum."),
    Quelle("BKG-VG5000-2021", "Verwaltungsgebiete 1:5 000 000 (VG5000), Gebietsstand 1.1.2021",
           "Bundesamt für Kartographie und Geodäsie (BKG)", "2021-01-01", "Gebietsstand",
           "Geodaten", "https://www.bkg.bund.de", DLDE,
           "© GeoBasis-DE / BKG 2021 (Daten verändert)",
           "Umgerechnet nach WGS84; Eisenach mit dem Wartburgkreis vereinigt (Stand ab "
           "1.7.2021, 400 Kreise); für das Web vereinfacht und auf drei Nachkommastellen "
           "gerundet."),
    Quelle("DESTATIS-SCHLUESSEL", "Namens- und Grenzänderungen der Kreise: Schlüsseländerungen "
           "2007 bis 2021", "Statistisches Bundesamt (Destatis); zusammengestellt im "
           "GitHub-Repository hindrikson/master-thesis-dissaggregator", "", "nicht ermittelt",
           "Datensatz", "", DLDE, "© Statistisches Bundesamt (Destatis)",
           "Zuordnung alter zu neuen Kreisschlüsseln (Sachsen-Anhalt 2007, Sachsen 2008, "
           "Mecklenburg-Vorpommern 2011, Göttingen 2016 u. a.). In den Rohdaten des Verzeichnisses "
           "als KEYCHG geführt."),
    Quelle("ARITH", "Erschließung aus Summen", PROJECT, "", "", "Eigene Ableitung", "", OWN,
           PROJECT, "Zuordnung einzelner Träger zu 2005 oder 2012, die aus den belegten "
           "Gesamtzahlen (69 ursprüngliche, 41 neue Träger, Zahlen je Land) folgt, wenn keine "
           "Quelle den Träger einzeln nennt."),
    Quelle("ABL-STATUS", "Status der Kreise je Jahr 2005–2025", PROJECT, "", "",
           "Eigene Ableitung", "", OWN, PROJECT,
           "Aus dem Trägerverzeichnis abgeleitet: für jeden heutigen Kreis und jedes Jahr, ob "
           "am 1. Januar ein zugelassener kommunaler Träger für das ganze Gebiet, nur für einen "
           "Teil oder gar nicht zuständig war. Ab 2018 fortgeschrieben, weil keine spätere "
           "Änderung der KomtrZV gefunden wurde."),
]

# Source IDs of the raw registry that we publish under another ID.
RENAMED = {"KEYCHG": "DESTATIS-SCHLUESSEL"}
