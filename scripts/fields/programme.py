"""Fields of the «programme» package: programmes, participation, figures, documents, facts.

Generic names shared with other packages come from ``common`` (quelle_id, sicherheit,
hinweis, ags, land …) and ``statistik`` (wert, einheit, kennzahl, kennzahl_id,
fundstelle); they are not defined again here.
"""

from scripts.fields import Field

PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"

PROGRAMM_EBENEN = [
    "Bundesprogramm", "Bundesgesetz", "Bund und Land", "Landesprogramm", "kommunal",
    "Verbände", "Kontext",
]
KENNZAHL_EBENEN = ["Bund", "Land", "Kreis", "Teilgebiet", "Pakt", "Projekt"]
WERT_ARTEN = ["genau", "mindestens", "höchstens", "rund", "Ziel", "Plan"]

# the fixed list of units for «einheit» in kennzahlen and fakten
EINHEITEN = [
    "Personen", "Personen je Jahr", "Personen je Fachkraft", "Integrationen",
    "Eintritte", "Fälle", "Beschäftigungsverhältnisse", "Einwohner", "Bedarfsgemeinschaften",
    "Euro", "Euro je Monat", "Euro je Jahr", "Prozent", "Pakte", "Jobcenter",
    "Grundsicherungsstellen", "Arbeitsgemeinschaften", "zugelassene kommunale Träger",
    "Kommunen", "Kreise und kreisfreie Städte", "Landkreise", "Standorte", "Modellregionen",
    "Regionalteams", "Zentren", "Organisationen", "Partner", "Projekte", "Projektskizzen",
    "Anträge", "Förderaufrufe", "Plätze", "Arbeitsplätze", "Stellen", "Kapazitäten",
    "Mitarbeitende", "Stunden je Woche", "Monate", "Jahre", "Rang", "Anzahl",
    "Datum", "Zeitraum", "Rechtsgrundlage", "Text",
]

FIELDS = [
    # --- programmes ---------------------------------------------------------------------
    Field("programm_id", "string", "Programm-ID",
          "Lesbare Kennung eines Programms, Instruments oder Themas; auch Teil der "
          "Seitenadresse.", constraints={"pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$"},
          example="perspektive-50plus"),
    Field("programm_name", "string", "Programmname", "Name des Programms auf Deutsch.",
          constraints={"maxLength": 300}),
    Field("beschreibung", "string", "Beschreibung",
          "Kurze Beschreibung in eigenen Worten (ein bis drei Sätze).",
          constraints={"maxLength": 1000}),
    Field("programm_ebene", "string", "Ebene des Programms",
          "Wer das Programm trägt: Bundesprogramm, Bundesgesetz (Instrument des SGB II), "
          "Bund und Land, Landesprogramm, kommunal, Verbände oder Kontext (kein Programm, "
          "nur Hintergrundzahlen).", constraints={"enum": PROGRAMM_EBENEN}),
    Field("foerderer", "string", "Träger / Förderer", "Wer das Programm bezahlt.",
          constraints={"maxLength": 300}),
    Field("kofinanzierung", "string", "Kofinanzierung",
          "Weitere Geldgeber, z. B. Europäischer Sozialfonds (ESF), soweit bekannt.",
          constraints={"maxLength": 300}),
    Field("verwaltung", "string", "Verwaltung",
          "Wer das Programm abwickelt (Bewilligung, Programmsteuerung).",
          constraints={"maxLength": 300}),
    Field("rechtsgrundlage", "string", "Rechtsgrundlage",
          "Gesetz, Paragraf oder Förderrichtlinie, wie in den Quellen genannt.",
          constraints={"maxLength": 400}),
    Field("zielgruppe", "string", "Antragsberechtigte / Beteiligte",
          "Wer teilnehmen oder Anträge stellen konnte.", constraints={"maxLength": 400}),
    Field("beginn", "string", "Beginn",
          "Beginn, so genau wie bekannt: JJJJ, JJJJ-MM oder JJJJ-MM-TT.",
          constraints={"pattern": PARTIAL_DATE}, example="2005-10"),
    Field("ende", "string", "Ende",
          "Ende, so genau wie bekannt: JJJJ, JJJJ-MM oder JJJJ-MM-TT; leer, wenn offen oder "
          "unbekannt.", constraints={"pattern": PARTIAL_DATE}, example="2015-12-31"),
    Field("budget_eur", "number", "Budget",
          "Gesamtmittel in Euro, wenn eine Quelle sie nennt; was sie umfassen, steht im "
          "Hinweis zum Budget.", unit="EUR", constraints={"minimum": 0}),
    Field("budget_hinweis", "string", "Hinweis zum Budget",
          "Was die Budgetzahl umfasst, abweichende Angaben.", constraints={"maxLength": 500}),
    Field("umfang_hinweis", "string", "Umfang",
          "Kurze Zusammenfassung des Umfangs (Pakte, Jobcenter, Plätze, Teilnehmende).",
          constraints={"maxLength": 600}),
    # --- participation ------------------------------------------------------------------
    Field("teilnahme_id", "string", "Teilnahme-ID",
          "Kennung einer Teilnahme: Programm-ID und laufende Nummer.",
          constraints={"pattern": r"^[a-z0-9\-]+-\d{3}[a-z]?$"},
          example="perspektive-50plus-001"),
    Field("einheit_name", "string", "Pakt oder Projekt",
          "Name des Beschäftigungspakts, Projekts oder Verbunds, wie ihn die Quelle nennt "
          "(englische Hilfsangaben ins Deutsche übertragen).",
          constraints={"maxLength": 300}),
    Field("traeger_name", "string", "Beteiligte Stelle (laut Quelle)",
          "Jobcenter, ARGE, Kreis oder Stadt, so wie die Quelle sie nennt.",
          constraints={"maxLength": 300}),
    Field("rolle", "string", "Rolle",
          "Rolle im Programm laut Quelle (Mitglied, federführend, Antragsteller …).",
          constraints={"maxLength": 300}),
    Field("seit", "string", "Seit",
          "Beginn der Teilnahme, so genau wie bekannt (JJJJ, JJJJ-MM, JJJJ-MM-TT).",
          constraints={"pattern": PARTIAL_DATE}),
    Field("bis", "string", "Bis",
          "Ende der Teilnahme, so genau wie bekannt (JJJJ, JJJJ-MM, JJJJ-MM-TT).",
          constraints={"pattern": PARTIAL_DATE}),
    Field("ist_zkt_laut_quelle", "boolean", "zkT laut Quelle",
          "Wahr, wenn die Quelle selbst die Stelle als kommunales Jobcenter oder "
          "zugelassenen kommunalen Träger bezeichnet; leer, wenn die Quelle dazu schweigt "
          "(leer heißt nicht «nein»)."),
    Field("ist_gemeinsame_einrichtung", "boolean", "Gemeinsame Einrichtung laut Quelle",
          "Wahr, wenn die Quelle die Stelle als gemeinsame Einrichtung (oder früher ARGE) "
          "von Kommune und Arbeitsagentur ausweist; falsch, wenn sie sie als kommunales "
          "Jobcenter ausweist; leer, wenn die Quelle dazu schweigt."),
    # --- figures ------------------------------------------------------------------------
    Field("kennzahl_ebene", "string", "Bezugsebene",
          "Worauf sich die Zahl bezieht: Bund, Land, Kreis, Teilgebiet (Stadt oder Region "
          "innerhalb eines Kreises), Pakt (mehrere Jobcenter) oder Projekt.",
          constraints={"enum": KENNZAHL_EBENEN}),
    Field("wert_text", "string", "Wert als Text",
          "Angaben, die keine Zahl sind (Datum, Rechtsgrundlage, Liste, Regel); dann ist "
          "«wert» leer.", constraints={"maxLength": 300}),
    Field("wert_art", "string", "Art des Werts",
          "genau, mindestens («mehr als», «über»), höchstens («bis zu»), rund («etwa», "
          "«knapp», «fast»), Ziel (Zielwert) oder Plan (geplanter Wert).",
          constraints={"enum": WERT_ARTEN}),
    Field("zeitraum_von", "string", "Zeitraum von",
          "Beginn des Zeitraums oder Stichtag, so genau wie bekannt.",
          constraints={"pattern": PARTIAL_DATE}),
    Field("zeitraum_bis", "string", "Zeitraum bis",
          "Ende des Zeitraums oder Stichtag, so genau wie bekannt.",
          constraints={"pattern": PARTIAL_DATE}),
    # --- documents ----------------------------------------------------------------------
    Field("dokument_id", "string", "Dokument-ID",
          "Kennung eines Berichts oder Plans eines Jobcenters.",
          constraints={"pattern": r"^DOK-\d{3}$|^SEED-[A-Z0-9\-]+$"}, example="DOK-001"),
    Field("dokumentart", "string", "Dokumentart",
          "Art des Dokuments (Arbeitsmarkt- und Integrationsprogramm, Eingliederungsbericht, "
          "Zielvereinbarung, Ratsvorlage, Pressemitteilung …).",
          constraints={"maxLength": 200}),
    Field("berichtsjahr", "string", "Berichtsjahr(e)",
          "Jahr oder Jahre, auf die sich das Dokument bezieht (JJJJ, JJJJ/JJJJ oder "
          "JJJJ-JJJJ).", constraints={"pattern": r"^\d{4}([/-]\d{4})?$"}),
    # --- facts from the seed documents --------------------------------------------------
    Field("fakt_id", "string", "Fakt-ID",
          "Kennung einer Zahl aus einem Seed-Dokument: Quellen-ID und laufende Nummer.",
          constraints={"pattern": r"^SEED-[A-Z0-9\-]+-\d{3}$"},
          example="SEED-WAF-2011-161-017"),
    Field("thema", "string", "Thema", "Themengruppe der Zahl (Eingliederungsbudget, "
          "Personal, Betreuungsschlüssel, Bestand eLb, Ziele …).",
          constraints={"maxLength": 100}),
    Field("anteil_gruppe", "string", "Aufteilungsgruppe",
          "Kennung einer Aufteilung: alle Zeilen mit derselben Kennung ergeben zusammen "
          "100 Prozent; leer, wenn die Zahl zu keiner Aufteilung gehört.",
          constraints={"pattern": r"^[A-Z0-9\-]+$"}),
]
