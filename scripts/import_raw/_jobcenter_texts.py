"""German texts for the registry rows: why a zkT ended (``ende_grund``) and notes (``hinweis``).

Written in our own words from the English ``end_reason`` and ``notes`` columns of
``raw/registry/zkt_registry_derived.csv``; the review bookkeeping ("Round 2") is dropped.
Rows without an entry have an empty text. ``scripts.import_raw.jobcenter`` refuses a raw
row that has an English text but no German one here, so nothing is lost silently.
"""

from __future__ import annotations

_SN_REFORM = "Kreisgebietsreform in Sachsen zum 1.8.2008: Der Kreis ging im neuen {} auf."
_ST_REFORM = "Kreisgebietsreform in Sachsen-Anhalt zum 1.7.2007: Der Kreis ging im {} auf."

ENDE_GRUND: dict[str, str] = {
    "MV-01": "Kreisreform in Mecklenburg-Vorpommern zum 4.9.2011. Der Kreistag der neuen "
             "Mecklenburgischen Seenplatte lehnte die Option ab; seit 2014 betreut die "
             "gemeinsame Einrichtung Jobcenter Mecklenburgische Seenplatte Süd das Gebiet um "
             "Neustrelitz. Ab 1.1.2014 nicht mehr in der KomtrZV.",
    "MV-02": "Ab 1.1.2014 vom zugelassenen Träger Landkreis Vorpommern-Rügen für den ganzen "
             "neuen Kreis abgelöst.",
    "MV-03": "Kreisreform in Mecklenburg-Vorpommern zum 4.9.2011 (Gebiet heute im Landkreis "
             "Vorpommern-Greifswald); ab 1.1.2014 nicht mehr in der KomtrZV.",
    "NI-15": "Zum 1.11.2016 mit dem Landkreis Osterode am Harz zum neuen Landkreis Göttingen "
             "vereinigt.",
    "NI-16": "Zum 1.11.2016 mit dem Landkreis Göttingen zum neuen Landkreis Göttingen "
             "vereinigt.",
    "SN-01": _SN_REFORM.format("Landkreis Bautzen"),
    "SN-02": _SN_REFORM.format("Landkreis Bautzen"),
    "SN-03": _SN_REFORM.format("Landkreis Görlitz"),
    "SN-04": _SN_REFORM.format("Landkreis Meißen"),
    "SN-05": _SN_REFORM.format("Landkreis Leipzig"),
    "SN-06": _SN_REFORM.format("Landkreis Mittelsachsen"),
    "SN-13": "Das Gebiet des früheren Landkreises Döbeln wechselte zum 1.1.2013 in die "
             "gemeinsame Einrichtung Jobcenter Mittelsachsen; in der KomtrZV von 2017 ist der "
             "Eintrag weggefallen.",
    "ST-01": "Kreisgebietsreform in Sachsen-Anhalt zum 1.7.2007: Der Kreis wurde aufgeteilt; "
             "Hauptnachfolger ist der Landkreis Anhalt-Bitterfeld, Teile kamen zu "
             "Dessau-Roßlau, Jerichower Land und Wittenberg.",
    "ST-02": _ST_REFORM.format("Salzlandkreis"),
    "ST-03": _ST_REFORM.format("Saalekreis"),
    "ST-04": _ST_REFORM.format("Salzlandkreis"),
    "ST-05": _ST_REFORM.format("Landkreis Harz"),
}

_HE_LATE = ("Der lesbare Teil der Wikipedia-Liste endet vor diesem Eintrag. Beginn 2005, weil die "
            "Fuldaer Nachrichten die einzigen drei hessischen Zugänge von 2012 nennen (13 + 3 = "
            "16 Einträge).")
_NI_SPLIT = ("Zugänge 2012 sind die Einträge der KomtrZV 2012 unter den fünf Bewerbern, die das "
             "Schaumburger Wochenblatt nennt; die übrigen 13 sind die bisherigen Träger.")
_NW_2005 = ("Beginn 2005 belegt: taz (2004) und Kreis Coesfeld (um 2008) nennen übereinstimmend "
            "die zehn ersten Optionskommunen in NRW (Kreise Borken, Coesfeld, Düren, "
            "Ennepe-Ruhr, Hochsauerland, Kleve, Minden-Lübbecke, Steinfurt, Städte Hamm und "
            "Mülheim an der Ruhr).")
_NW_2012 = ("Nicht unter den zehn ersten Optionskommunen in NRW (taz 2004, Kreis Coesfeld); "
            "NRW erhielt 2012 acht Zulassungen. Beginn 2012 daher durch Ausschluss erschlossen; "
            "keine gelesene Quelle nennt den Beginn für diesen Träger einzeln.")
_MV_END = ("Ende 31.12.2013 aus den Listen zum 1.1.2014 erschlossen; die Änderungsverordnung "
           "(BGBl. I 2013 S. 3229) wurde nicht gelesen.")
_HIB = ("Nach der Kreisreform galt die Zulassung zunächst nur im Gebiet der früheren "
        "zugelassenen Kreise.")

HINWEIS: dict[str, str] = {
    "HE-14": _HE_LATE,
    "HE-15": _HE_LATE,
    "HE-16": _HE_LATE,
    "MV-01": "Bewarb sich Anfang 2011 um die Zulassung ab 2012; die Zulassung erhielt noch der "
             "alte Landkreis, die KomtrZV 2012 führt den Namen von vor der Kreisreform. "
             + _MV_END,
    "MV-02": "War vor 2012 kein zugelassener Träger; Bewerbung Anfang 2011, in der KomtrZV 2012 "
             "aufgeführt. Ende und Nachfolger Vorpommern-Rügen nach Masslau und der Liste zum "
             "1.1.2014. " + _MV_END,
    "MV-03": "Vor 2012 die einzige Optionskommune in Mecklenburg-Vorpommern (Sozialagentur). "
             "Der Kreistag von Vorpommern-Greifswald beschloss im Februar 2012 den Wechsel zum "
             "ARGE-Modell; das Verwaltungsgericht Greifswald stoppte die Umsetzung im April "
             "2012. " + _MV_END,
    "MV-04": "Nachfolger von MV-02; zuständig für den ganzen neuen Kreis (auch Rügen und "
             "Stralsund) ab 1.1.2014, nach Masslau mit Verweis auf BGBl. I 2013 S. 3229.",
    **{f"NI-{n:02d}": _NI_SPLIT for n in range(1, 15)},
    "NI-17": "Seit 1.8.2011 Landkreis Heidekreis (so in der KomtrZV 2017); Kreisschlüssel "
             "03358 unverändert.",
    "NI-18": "Fortsetzung von NI-15 und NI-16, die beide seit 2005 zugelassen waren; "
             "zuständig für den ganzen neuen Kreis.",
    **{f"NW-{n:02d}": _NW_2005 for n in (1, 2, 3, 7, 8, 9, 11, 12)},
    **{f"NW-{n:02d}": _NW_2012 for n in (5, 6, 10, 13, 14, 16, 17, 18)},
    "RP-05": "Als Landkreis Daun zugelassen; seit 1.1.2007 Landkreis Vulkaneifel "
             "(Kreisschlüssel 07233 unverändert).",
    "SN-01": "Nicht wörtlich in einer einzelnen Quelle belegt. Haufe spricht im Plural von "
             "früheren zugelassenen Kreisen im neuen Landkreis Bautzen; nach dem "
             "Hoyerswerdaer Tageblatt hatte nur Hoyerswerda eine Arge; nach Masslau gab es in "
             "Sachsen genau eine Fusion zweier Träger – das passt nur auf Bautzen und Kamenz.",
    "SN-02": "Kamenz baute Anfang 2005 eine eigene Grundsicherungsbehörde ohne Personal der "
             "Arbeitsagentur auf, die 2011 im Jobcenter des Landkreises Bautzen aufging. "
             "Siehe SN-01.",
    "SN-03": "2005 zahlte der Landkreis das Arbeitslosengeld II über eine eigene Kreisbehörde "
             "aus; der übrige heutige Landkreis Görlitz (Görlitz, Weißwasser, Niesky) hatte bis "
             "Ende 2011 eine gemeinsame Einrichtung. Daher ist Löbau-Zittau der Vorgänger.",
    "SN-04": "Riesa-Großenhain hatte eine ARGE; der neue Landkreis Meißen steht in der KomtrZV "
             "2012, und Sachsen hatte nur einen Zugang 2012 (Erzgebirgskreis). Daher muss der "
             "alte Landkreis Meißen zugelassen gewesen sein; keine gelesene Quelle nennt ihn "
             "ausdrücklich als Optionskommune.",
    "SN-05": "Im Muldental war die Grundsicherung von Anfang an kommunal (eigener Betrieb), "
             "der Kreis gehörte zu den 69 ersten Trägern; im Leipziger Land bestand seit 2005 "
             "eine Arge.",
    "SN-06": "Die KomtrZV 2012 nennt den Landkreis Mittelsachsen für das zugelassene Gebiet "
             "des früheren Landkreises Döbeln (siehe SN-13).",
    "SN-08": "1.8.2008 bis 31.12.2010 nur für die Gebiete der früheren Landkreise Bautzen und "
             "Kamenz zugelassen; ab Anfang 2011 für den ganzen Kreis einschließlich "
             "Hoyerswerda. " + _HIB,
    "SN-09": "1.8.2008 bis 31.12.2011 nur für das Gebiet des früheren Landkreises Löbau-Zittau; "
             "für den ganzen Kreis erst ab 1.1.2012, nachdem die gemeinsame Einrichtung für "
             "Görlitz, Weißwasser und Niesky an den Landkreis überging.",
    "SN-10": "Ab 1.8.2008 nur für das Gebiet des alten Landkreises Meißen. Wann die Zulassung "
             "auf das frühere Riesa-Großenhain (ARGE) ausgedehnt wurde, ist nicht belegt; ein "
             "Zeitungsbericht von Anfang 2012 passt zu 1.1.2012, nennt Meißen aber nicht.",
    "SN-11": "1.8.2008 bis 31.12.2011 nur für das Gebiet des früheren Muldentalkreises; das "
             "Leipziger Land hatte 2005–2010 eine Arge und 2011 eine gemeinsame Einrichtung. "
             "Der ganze Landkreis Leipzig ist seit 2012 kommunal.",
    "SN-12": "Zugang 2012, nicht Nachfolger eines Trägers von 2005: Antrag des Kreistags vom "
             "30.9.2010, Zulassung im BGBl. vom 29.4.2011; das kommunale Jobcenter übernahm am "
             "1.1.2012 die vier von der Bundesagentur geführten Jobcenter der Altkreise.",
    "ST-01": "2007 auf Dessau-Roßlau, Anhalt-Bitterfeld, Jerichower Land und Wittenberg "
             "aufgeteilt; Nachfolger in der KomtrZV ist der Landkreis Anhalt-Bitterfeld, in dem "
             "2007–2010 nur im Altkreis Anhalt-Zerbst ein kommunales Jobcenter bestand. Ob der "
             "Träger 2007–2010 auch die an Dessau-Roßlau und Wittenberg gefallenen Teile "
             "betreute, ist offen.",
    "ST-02": "Das Amt für Arbeitsförderung Bernburg gehörte zu den Stellen in eigener Regie, "
             "die ab 1.1.2011 für den ganzen Salzlandkreis zusammengeführt werden sollten.",
    "ST-04": "Die Kommunale Beschäftigungsagentur (KoBa) Schönebeck war die Stelle des Kreises.",
    "ST-05": "Die KoBa im Altkreis Wernigerode arbeitete seit 1.1.2005.",
    "ST-06": "Kreisschlüssel bis 30.6.2007: 15370.",
    "ST-07": "Nicht unter den ursprünglichen Trägern bei Haufe, obwohl 2007 durch Fusion "
             "entstanden; Sachsen-Anhalt erwartete zwei Zugänge 2012.",
    "ST-08": "2007–2010 nur im Altkreis Anhalt-Zerbst ein kommunales Jobcenter, ARGEn in "
             "Bitterfeld und Köthen; seit 1.1.2011 für den ganzen Kreis (Angabe des Jobcenters).",
    "ST-09": "KoBa Wernigerode seit 1.1.2005; 2011 auf die ARGEn Halberstadt und Quedlinburg "
             "ausgedehnt, also ganzer Kreis ab 1.1.2011.",
    "ST-10": "2007–2010 nur für die Gebiete der früheren Träger Bernburg und Schönebeck; die "
             "Arge Aschersleben-Staßfurt sollte aufgelöst und der ganze Kreis ab 1.1.2011 "
             "kommunal betreut werden (Plan gelesen, Umsetzung nicht). Die Fusion zweier "
             "Träger ist einer der beiden Schritte von 69 auf 67.",
    "ST-11": "2007–2010 nur für das Gebiet des früheren Trägers Merseburg-Querfurt; für den "
             "ganzen Kreis ab 1.1.2011 (§ 6a Abs. 7 SGB II), für den Saalekreis vom "
             "Bundesverwaltungsgericht bestätigt.",
    "SH-02": "Die taz nennt neben Nordfriesland einen zweiten Kreis in Schleswig-Holstein, der "
             "schon vor 2012 zugelassen war; der gelesene Text bricht vor dem Namen ab.",
    "TH-02": "Beginn 2005 erschlossen: Ein Eingliederungsbericht des Landkreises für 2006 gehört "
             "zur Reihe der Berichte zugelassener Träger an das BMAS; als Thüringer Zugänge 2012 "
             "werden nur Greiz und Schmalkalden-Meiningen genannt; und die Gesamtzahlen "
             "verlangen genau einen weiteren ursprünglichen Träger. Keine Quelle nennt den "
             "Beginn 1.1.2005 wörtlich.",
    "TH-03": "Der Eigenbetrieb jenarbeit berichtete als zugelassener Träger an das BMAS und "
             "wurde 2005 als Jobcenter der Stadt gegründet; eine der sechs kreisfreien Städte "
             "unter den 69.",
}
