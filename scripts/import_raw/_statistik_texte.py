"""Hand-written German texts of the «statistik» package: indicator catalogue, labels, notes.

Definitions and notes are our own wording (not INKAR's sentences).
"""

from __future__ import annotations

from typing import NamedTuple


class Indikator(NamedTuple):
    name: str
    definition: str
    einheit: str
    ist_anteil: bool
    bruch_hinweis: str


_REVISION_2016 = ("Die BA hat die SGB II-Statistik 2016 umgestellt und den erfassten "
                  "Personenkreis erweitert; Werte bis 2015 und ab 2016 sind nur bedingt "
                  "vergleichbar.")
_ZENSUS_2011 = ("Die Bevölkerungszahlen im Nenner beruhen bis 2010 auf der Fortschreibung "
                "der Volkszählungen 1987 (West) und 1981 (Ost), ab 2011 auf dem Zensus 2011.")
_MAERZ_SEPT = " Jahreswert als Mittel der Monate März und September."

INDIKATOREN: dict[str, Indikator] = {
    "q_SGBII": Indikator(
        "SGB II-Quote",
        "Alle Leistungsberechtigten nach dem SGB II (erwerbsfähige und nicht erwerbsfähige) "
        "im Verhältnis zur Bevölkerung unter 65 Jahren." + _MAERZ_SEPT,
        "% der Einwohner unter 65", True, _ZENSUS_2011),
    "q_PBG_bev": Indikator(
        "Personen in Bedarfsgemeinschaften",
        "Zahl der Menschen, die in SGB II-Bedarfsgemeinschaften leben, bezogen auf 1.000 "
        "Einwohner.", "je 1.000 Einwohner", False,
        _REVISION_2016 + " " + _ZENSUS_2011),
    "a_ewfBG": Indikator(
        "Anteil erwerbsfähiger Leistungsberechtigter",
        "Erwerbsfähige Leistungsberechtigte als Anteil an allen Leistungsberechtigten in "
        "Bedarfsgemeinschaften (Jahresdurchschnitt).", "% der Leistungsberechtigten", True,
        _REVISION_2016),
    "a_ewfBG_f": Indikator(
        "Frauenanteil an den erwerbsfähigen Leistungsberechtigten",
        "Erwerbsfähige leistungsberechtigte Frauen als Anteil an allen erwerbsfähigen "
        "Leistungsberechtigten.", "% der erwerbsfähigen Leistungsberechtigten", True,
        _REVISION_2016 + " INKAR führt mit a_SGBII_f eine zweite Reihe zum Frauenanteil "
        "(2010–2021); die Reihen weichen meist um weniger als einen Prozentpunkt, in "
        "Einzelfällen um mehrere Prozentpunkte voneinander ab."),
    "a_SGBII_f": Indikator(
        "Frauenanteil an den erwerbsfähigen Leistungsberechtigten (zweite Reihe)",
        "Erwerbsfähige leistungsberechtigte Frauen als Anteil an allen erwerbsfähigen "
        "Leistungsberechtigten, zweite INKAR-Reihe." + _MAERZ_SEPT,
        "% der erwerbsfähigen Leistungsberechtigten", True,
        "Zweite INKAR-Reihe zum selben Sachverhalt wie a_ewfBG_f, laut INKAR aus März- und "
        "Septemberwerten gemittelt; nicht mit a_ewfBG_f mischen. " + _REVISION_2016),
    "a_ewfBG_u25_": Indikator(
        "Anteil Jüngerer unter 25 Jahren",
        "Erwerbsfähige Leistungsberechtigte unter 25 Jahren als Anteil an allen "
        "erwerbsfähigen Leistungsberechtigten.", "% der erwerbsfähigen Leistungsberechtigten",
        True, _REVISION_2016),
    "a_ewfBG_55um_": Indikator(
        "Anteil Älterer ab 55 Jahren",
        "Erwerbsfähige Leistungsberechtigte im Alter von 55 Jahren und mehr als Anteil an "
        "allen erwerbsfähigen Leistungsberechtigten.",
        "% der erwerbsfähigen Leistungsberechtigten", True, _REVISION_2016),
    "a_ewfBG_allein": Indikator(
        "Anteil Alleinerziehender",
        "Alleinerziehende erwerbsfähige Leistungsberechtigte als Anteil an allen "
        "erwerbsfähigen Leistungsberechtigten.", "% der erwerbsfähigen Leistungsberechtigten",
        True, _REVISION_2016),
    "a_BG1P": Indikator(
        "Anteil Einpersonen-Bedarfsgemeinschaften",
        "Bedarfsgemeinschaften, die aus einer einzigen Person bestehen, als Anteil an allen "
        "Bedarfsgemeinschaften.", "% der Bedarfsgemeinschaften", True, _REVISION_2016),
    "a_BG5um": Indikator(
        "Anteil großer Bedarfsgemeinschaften",
        "Bedarfsgemeinschaften mit fünf oder mehr Personen als Anteil an allen "
        "Bedarfsgemeinschaften.", "% der Bedarfsgemeinschaften", True, _REVISION_2016),
    "a_BGKind": Indikator(
        "Anteil Bedarfsgemeinschaften mit Kindern",
        "Bedarfsgemeinschaften, in denen Kinder leben, als Anteil an allen "
        "Bedarfsgemeinschaften.", "% der Bedarfsgemeinschaften", True, _REVISION_2016),
    "q_newfBGu15_bev": Indikator(
        "Kinder unter 15 im SGB II-Bezug («Kinderarmut»)",
        "Nicht erwerbsfähige Leistungsberechtigte unter 15 Jahren je 100 Kinder unter 15 "
        "Jahren in der Bevölkerung.", "je 100 Einwohner unter 15", True,
        "Der INKAR-Katalog beschreibt diesen Indikator zweimal: einmal nur mit den "
        "leistungsberechtigten Kindern, einmal zusätzlich mit den Kindern in "
        "Bedarfsgemeinschaften ohne eigenen Leistungsanspruch. Welche Fassung den Werten "
        "zugrunde liegt, sagt INKAR nicht. Reihe erst ab 2016, also nach der Umstellung "
        "der BA-Statistik. " + _ZENSUS_2011),
    "d_SGBII_Lstg": Indikator(
        "SGB II-Leistungen je Bedarfsgemeinschaft",
        "Summe der laufenden SGB II-Geldleistungen geteilt durch die Zahl der "
        "Bedarfsgemeinschaften, als Betrag je Monat." + _MAERZ_SEPT,
        "EUR je Bedarfsgemeinschaft und Monat", False, _REVISION_2016),
    "d_ALGII_Lstg": Indikator(
        "Arbeitslosengeld II je Bedarfsgemeinschaft",
        "Ausgezahltes Arbeitslosengeld II geteilt durch die Zahl der "
        "Bedarfsgemeinschaften, als Betrag je Monat." + _MAERZ_SEPT,
        "EUR je Bedarfsgemeinschaft und Monat", False, _REVISION_2016),
    "d_Unterkunft_Lstg": Indikator(
        "Unterkunftsleistungen je Bedarfsgemeinschaft",
        "Leistungen für Unterkunft und Heizung geteilt durch die Zahl der "
        "Bedarfsgemeinschaften, als Betrag je Monat." + _MAERZ_SEPT,
        "EUR je Bedarfsgemeinschaft und Monat", False, _REVISION_2016),
    "a_ALGII_SGBII": Indikator(
        "Anteil Arbeitslosengeld II an den SGB II-Leistungen",
        "Arbeitslosengeld II als Anteil an der Summe der SGB II-Geldleistungen." + _MAERZ_SEPT,
        "% der SGB II-Leistungen", True, _REVISION_2016),
    "a_Unterkunft_SGBII": Indikator(
        "Anteil Unterkunftsleistungen an den SGB II-Leistungen",
        "Leistungen für Unterkunft und Heizung als Anteil an der Summe der "
        "SGB II-Geldleistungen." + _MAERZ_SEPT, "% der SGB II-Leistungen", True,
        _REVISION_2016),
    "a_sMin": Indikator(
        "Mindestsicherungsquote",
        "Menschen mit Leistungen der sozialen Mindestsicherung (SGB II, Hilfe zum "
        "Lebensunterhalt, Grundsicherung im Alter und bei Erwerbsminderung, "
        "Asylbewerberleistungen) als Anteil an der Bevölkerung. Quelle der Zähler ist die "
        "Sozialberichterstattung des Bundes und der Länder, nicht allein die BA.",
        "% der Einwohner", True, _ZENSUS_2011),
}

EINHEITEN = {
    "percent": "%",
    "count": "Anzahl",
    "count (rounded to thousands)": "Anzahl (auf Tausend gerundet)",
    "EUR": "EUR",
    "EUR (rounded)": "EUR (gerundet)",
    "count (Bestand, Dezember)": "Anzahl (Bestand im Dezember)",
}

KENNZAHLEN = {
    "Integrationsquote (K2), Jahreswert": "Integrationsquote (K2), Jahreswert",
    "Integrationen (Summe 12 Monate)": "Integrationen (Summe über 12 Monate)",
    "niedrigste K2 eines Jobcenters": "Niedrigste Integrationsquote (K2) eines Jobcenters",
    "hoechste K2 eines Jobcenters": "Höchste Integrationsquote (K2) eines Jobcenters",
    "Anzahl Jobcenter im Kennzahlenvergleich": "Zahl der Jobcenter im Kennzahlenvergleich",
    "Integrationsquote Maenner (K2_M)": "Integrationsquote (K2) der Männer",
    "Integrationsquote Frauen (K2_F)": "Integrationsquote (K2) der Frauen",
    "Integrationen in svB ohne oeffentlich gefoerderte Beschaeftigung":
        "Integrationen in sozialversicherungspflichtige Beschäftigung ohne öffentlich "
        "geförderte Beschäftigung",
    "Integrationsquote der Langzeitleistungsbeziehenden (K3E1)":
        "Integrationsquote der Langzeitleistungsbeziehenden (K3E1)",
    "K3E1 Maenner": "Integrationsquote der Langzeitleistungsbeziehenden (K3E1), Männer",
    "K3E1 Frauen": "Integrationsquote der Langzeitleistungsbeziehenden (K3E1), Frauen",
    "Integrationen Langzeitleistungsbeziehender": "Integrationen Langzeitleistungsbeziehender",
    "Integrationsquote (K2), Jahreswert (spaeterer Datenstand)":
        "Integrationsquote (K2), Jahreswert (späterer Datenstand)",
    "Integrationsquote nur svB (BIAJ-Berechnung)":
        "Integrationsquote nur sozialversicherungspflichtige Beschäftigung (Berechnung BIAJ)",
    "Integrationsquote bedarfsdeckende svB (BIAJ-Berechnung)":
        "Integrationsquote bedarfsdeckende sozialversicherungspflichtige Beschäftigung "
        "(Berechnung BIAJ)",
    "Integrationsquote (Buergergeld/SGB II) laut Bundesregierung":
        "Integrationsquote (Bürgergeld/SGB II) laut Bundesregierung",
    "Integrationsquote (K2), 12-Monats-Wert zum Berichtsmonat":
        "Integrationsquote (K2), Zwölfmonatswert zum Berichtsmonat",
    "Integrationen im Berichtsmonat und 11 Vormonaten":
        "Integrationen im Berichtsmonat und den elf Vormonaten",
    "durchschnittlicher ELB-Bestand (Nenner K2)":
        "Durchschnittlicher Bestand erwerbsfähiger Leistungsberechtigter (Nenner von K2)",
    "Integrationen Langzeitleistungsbeziehender (12 Monate)":
        "Integrationen Langzeitleistungsbeziehender (12 Monate)",
    "durchschnittlicher LZB-Bestand (Nenner K3E1)":
        "Durchschnittlicher Bestand Langzeitleistungsbeziehender (Nenner von K3E1)",
    "bedarfsdeckende Integrationen": "Bedarfsdeckende Integrationen",
    "Anteil bedarfsdeckender Integrationen": "Anteil bedarfsdeckender Integrationen",
    "bedarfsdeckende Integrationen (gleitende Jahressumme)":
        "Bedarfsdeckende Integrationen (gleitende Jahressumme)",
    "erwerbsfaehige Leistungsberechtigte, Jahresdurchschnitt":
        "Erwerbsfähige Leistungsberechtigte, Jahresdurchschnitt",
    "nicht erwerbsfaehige Leistungsberechtigte, Jahresdurchschnitt":
        "Nicht erwerbsfähige Leistungsberechtigte, Jahresdurchschnitt",
    "ELB mit deutscher Staatsangehoerigkeit, Jahresdurchschnitt":
        "Erwerbsfähige Leistungsberechtigte mit deutscher Staatsangehörigkeit, "
        "Jahresdurchschnitt",
    "ELB ohne deutsche Staatsangehoerigkeit, Jahresdurchschnitt":
        "Erwerbsfähige Leistungsberechtigte ohne deutsche Staatsangehörigkeit, "
        "Jahresdurchschnitt",
    "Regelleistungsberechtigte, Jahresdurchschnitt": "Regelleistungsberechtigte, "
                                                     "Jahresdurchschnitt",
    "erwerbsfaehige Leistungsberechtigte, Bestand": "Erwerbsfähige Leistungsberechtigte, "
                                                    "Bestand",
    "Regelleistungsberechtigte, Bestand": "Regelleistungsberechtigte, Bestand",
    "Regelleistungsberechtigte, Durchschnitt Jan-Jul 2023 (vorlaeufig)":
        "Regelleistungsberechtigte, Durchschnitt Januar bis Juli 2023 (vorläufig)",
    "zugeteilte Bundesmittel Eingliederungsleistungen, alle Jobcenter":
        "Zugeteilte Bundesmittel für Eingliederungsleistungen, alle Jobcenter",
    "zugeteilter Bundesanteil (84.8 %) an Gesamtverwaltungskosten, alle Jobcenter":
        "Zugeteilter Bundesanteil (84,8 %) an den Verwaltungskosten, alle Jobcenter",
    "Anzahl Jobcenter": "Zahl der Jobcenter",
    "zusaetzliche Mittel Eingliederung (erste Tranche, fluechtlingsbedingt)":
        "Zusätzliche Mittel für Eingliederung (erste Tranche, flüchtlingsbedingt)",
    "zusaetzliche Mittel Verwaltungskosten Bundesanteil (erste Tranche)":
        "Zusätzliche Mittel für Verwaltungskosten, Bundesanteil (erste Tranche)",
    "Anzahl gemeinsame Einrichtungen": "Zahl der gemeinsamen Einrichtungen",
    "Anzahl zugelassene kommunale Traeger": "Zahl der zugelassenen kommunalen Träger",
    "nicht ausgegebene zugeteilte Bundesmittel (VK+EGL), 303 gE":
        "Nicht ausgegebene zugeteilte Bundesmittel (Verwaltung und Eingliederung), "
        "303 gemeinsame Einrichtungen",
    # Erlangen/Bund December stocks
    "Bedarfsgemeinschaften": "Bedarfsgemeinschaften",
    "erwerbsfaehige Leistungsberechtigte": "Erwerbsfähige Leistungsberechtigte",
}

BESTAND_KENNZAHLEN = {
    "BG": "Bedarfsgemeinschaften",
    "ELB": "Erwerbsfähige Leistungsberechtigte",
    "Sozialgeld": "Sozialgeldempfänger (nicht erwerbsfähige Leistungsberechtigte)",
    "Personen": "Personen im SGB II-Bezug insgesamt",
}

HINWEISE = {
    "": "",
    "104 since the 2017 amendment of KomtrZV":
        "Seit der Änderung der KomtrZV 2017 sind es 104.",
    "407 Jobcenter; before Umschichtungen": "407 Jobcenter; Stand vor Umschichtungen.",
    "407150/2442410 = 16.67 %":
        "Zähler und Nenner stehen in derselben Quelle; nachgerechnet 16,67 %.",
    "410 Jobcenter": "Bezogen auf 410 Jobcenter.",
    "46.5 % of ELB": "Entspricht 46,5 % der erwerbsfähigen Leistungsberechtigten.",
    "47.4 % of ELB": "Entspricht 47,4 % der erwerbsfähigen Leistungsberechtigten.",
    "472541/2540638 = 18.60 %":
        "Zähler und Nenner stehen in derselben Quelle; nachgerechnet 18,60 %.",
    "804171/3963017 = 20.29 %":
        "Zähler und Nenner stehen in derselben Quelle; nachgerechnet 20,29 %.",
    "BIAJ own calculation": "Eigene Berechnung des BIAJ, keine amtliche Kennzahl.",
    "BIAJ own calculation, not an official Kennzahl":
        "Eigene Berechnung des BIAJ, keine amtliche Kennzahl.",
    "BIAJ own calculation; year inferred from sentence order":
        "Eigene Berechnung des BIAJ, keine amtliche Kennzahl. Das Jahr ist aus der "
        "Reihenfolge im Text erschlossen.",
    "BIAJ quoting BA; 2011 also 27.4 in b488":
        "BIAJ gibt die BA wieder; auch die BIAJ-Seite zu 2011–2013 nennt für 2011 27,4 %.",
    "Datenstand 2015; a 2016/17 BIAJ publication gives 24.5 for 2014 (see next rows)":
        "Datenstand 2015; eine spätere BIAJ-Veröffentlichung (2016/2017) nennt für 2014 "
        "24,5 % (eigene Zeile).",
    "Integrationen Dec 2015-Dec 2016 over average ELB Dec 2015-Nov 2016":
        "Integrationen Dezember 2015 bis Dezember 2016 im Verhältnis zum durchschnittlichen "
        "Bestand Dezember 2015 bis November 2016.",
    "about 51 % of all Integrationen; BA Sonderauswertung":
        "Rund 51 % aller Integrationen; Sonderauswertung der BA.",
    "as stated in BIAJ 2016 material; differs by 0.1 from b615":
        "Späterer Datenstand; weicht um 0,1 Prozentpunkte vom Wert der BIAJ-Seite von 2015 "
        "ab.",
    "b1941 prints 1,580 Mio here, which conflicts with its own German-share figures; "
    "1,850 is consistent":
        "Eine andere BIAJ-Seite druckt hier 1,580 Mio., was ihren eigenen Angaben "
        "widerspricht; 1,850 Mio. passt zu den übrigen Zahlen.",
    "consistent with b2085 (2.098 + 1.889 Mio)":
        "Passt zur Summe der BIAJ-Angaben nach Staatsangehörigkeit (2,098 + 1,889 Mio.).",
    "gE only; zkT not included": "Nur gemeinsame Einrichtungen, ohne zkT.",
    "maximum year 2005-2024": "Höchster Wert der Jahre 2005–2024.",
    "numerator/denominator given in the same article (next rows); "
    "790783/3870702 = 20.43 %":
        "Zähler und Nenner stehen in derselben Quelle (eigene Zeilen); nachgerechnet "
        "20,43 %.",
    "of which 371,137 in svB":
        "Davon 371.137 in sozialversicherungspflichtige Beschäftigung.",
    "per-Jobcenter range 1,170 EUR to 7.747 Mio EUR":
        "Je Jobcenter zwischen 1.170 EUR und 7,747 Mio. EUR.",
    "per-Jobcenter range 900 EUR (Saale-Holzland-Kreis) to 5.959 Mio EUR (Hamburg)":
        "Je Jobcenter zwischen 900 EUR (Saale-Holzland-Kreis) und 5,959 Mio. EUR "
        "(Hamburg).",
    "published as 1,076 Millionen": "In der Quelle als 1,076 Millionen angegeben.",
    "published as 1,081 Millionen": "In der Quelle als 1,081 Millionen angegeben.",
    "published as 1,116 Millionen": "In der Quelle als 1,116 Millionen angegeben.",
    "published as 1,130 Millionen": "In der Quelle als 1,130 Millionen angegeben.",
    "published as 1,271 Millionen": "In der Quelle als 1,271 Millionen angegeben.",
    "reference month of the annual value not stated in the hib note (2022 not given); "
    "source: BT-Drs. 21/3728":
        "Bezugsmonat des Jahreswerts nicht genannt; für 2022 kein Wert. Grundlage: Antwort "
        "der Bundesregierung, Drucksache 21/3728.",
    "rounded ('rund 51 Prozent')": "In der Quelle gerundet («rund 51 Prozent»).",
    "year label lost in the PDF transcript; 2015 inferred from sentence order "
    "(2016, 2014, 2015)":
        "Die Jahresangabe fehlt in der Abschrift; 2015 ist aus der Reihenfolge im Text "
        "erschlossen.",
    # Erlangen/Bund December stocks
    "in the source, ELB + Sozialgeld differs from Personen insgesamt for this month "
    "(values kept as published)":
        "In der Quelle ergibt Erwerbsfähige plus Sozialgeld für diesen Monat nicht die "
        "Gesamtzahl der Personen; Werte wie veröffentlicht übernommen.",
    "in the source, ELB + Sozialgeld differs from Personen insgesamt for this month "
    "(values kept as published); earlier Erlangen Vorlagen 50/038/2011 and 50/108/2013 "
    "print 3,198 for this cell, which makes ELB + Sozialgeld = Personen (4,642); 3,187 is "
    "probably a typo in the 2016 Vorlage":
        "In der Quelle ergibt Erwerbsfähige plus Sozialgeld nicht die Gesamtzahl. Frühere "
        "Erlanger Vorlagen (50/038/2011, 50/108/2013) nennen hier 3.198, womit die Summe "
        "aufgeht (4.642); 3.187 ist wohl ein Tippfehler der Vorlage von 2016. Wert wie "
        "veröffentlicht übernommen.",
}

# Rows whose year was inferred, not read: their certainty is lowered to «unsicher».
ERSCHLOSSEN_MARKER = "inferred"
