"""Fields of the «statistik» package: regions, indicators, values, federal figures.

The generic names (``wert``, ``einheit``, ``zeitraum``, ``kennzahl``, ``kennzahl_id``,
``fundstelle``) are defined here with neutral descriptions so that other packages
(e.g. «programme») can reuse them instead of defining their own.
"""

from scripts.fields import Field

EBENEN = ["kreis", "land", "bund"]
ZEITRAUM_MUSTER = r"^\d{4}(-\d{2})?(/\d{4}(-\d{2})?)?$"

FIELDS = [
    # --- generic, shared with other packages -----------------------------------------
    Field("wert", "number", "Wert",
          "Der Zahlenwert der Angabe; die Einheit steht in der Spalte «einheit» oder beim "
          "Indikator. Dezimaltrennzeichen ist der Punkt.", example="7.7"),
    Field("einheit", "string", "Einheit",
          "Maßeinheit des Werts in Worten, z. B. «%», «Personen», «EUR», «je 1.000 "
          "Einwohner».", constraints={"maxLength": 120}, example="%"),
    Field("zeitraum", "string", "Zeitraum",
          "Worauf sich der Wert zeitlich bezieht: ein Jahr (JJJJ), ein Monat (JJJJ-MM) oder "
          "eine Spanne (JJJJ-MM/JJJJ-MM bzw. JJJJ/JJJJ).",
          constraints={"pattern": ZEITRAUM_MUSTER}, example="2023-06"),
    Field("kennzahl_id", "string", "Kennzahl-ID",
          "Kurzkennung der Kennzahl innerhalb der Tabelle (z. B. «K2» für die "
          "Integrationsquote).", constraints={"pattern": r"^[A-Za-z0-9_\-]+$"},
          example="K2"),
    Field("kennzahl", "string", "Kennzahl",
          "Bezeichnung der Kennzahl in Worten.", constraints={"maxLength": 300}),
    Field("fundstelle", "string", "Fundstelle",
          "Wo in der Quelle die Angabe steht (Seite, Tabelle, Abschnitt).",
          constraints={"maxLength": 200}, example="S. 829"),
    # --- regions ------------------------------------------------------------------------
    Field("region_id", "string", "Regions-ID",
          "Schlüssel des Gebiets: fünfstelliger Kreisschlüssel (mit führender Null), "
          "zweistelliger Länderschlüssel, «DG» für Deutschland oder «JC» für alle Jobcenter "
          "zusammen.",
          constraints={"pattern": r"^(\d{5}|0[1-9]|1[0-6]|DG|JC)$"}, example="09562"),
    Field("region_name", "string", "Gebietsname",
          "Name des Gebiets, wie ihn die Quelle führt.", constraints={"maxLength": 200}),
    Field("ebene", "string", "Gebietsebene",
          "kreis (Landkreis oder kreisfreie Stadt), land (Bundesland) oder bund "
          "(Deutschland).", constraints={"enum": EBENEN}),
    # --- indicators ---------------------------------------------------------------------
    Field("indikator_id", "string", "Indikator-ID",
          "Kürzel des Indikators (bei INKAR-Indikatoren das INKAR-Kürzel).",
          constraints={"pattern": r"^[A-Za-z0-9_]+$"}, example="q_SGBII"),
    Field("indikator_name", "string", "Indikator",
          "Kurzer deutscher Name des Indikators.", constraints={"maxLength": 200}),
    Field("definition", "string", "Definition",
          "Was der Indikator misst: Zähler und Nenner in eigenen Worten.",
          constraints={"maxLength": 1000}),
    Field("ist_anteil", "boolean", "Ist ein Anteil",
          "Wahr, wenn der Indikator ein Prozentanteil ist, der zwischen 0 und 100 liegen "
          "muss."),
    Field("jahr_von", "integer", "Erstes Jahr",
          "Erstes Jahr, für das Werte vorliegen.",
          constraints={"minimum": 1990, "maximum": 2030}),
    Field("jahr_bis", "integer", "Letztes Jahr",
          "Letztes Jahr, für das Werte vorliegen.",
          constraints={"minimum": 1990, "maximum": 2030}),
    Field("bruch_hinweis", "string", "Hinweis auf Brüche",
          "Bekannte Brüche der Zeitreihe (Revisionen, geänderte Bezugsgrößen), die den "
          "Vergleich über die Jahre einschränken.", constraints={"maxLength": 1000}),
    # --- federal budget -----------------------------------------------------------------
    Field("haushaltstitel", "string", "Haushaltstitel",
          "Kapitel und Titel im Bundeshaushalt, z. B. «1101 685 11».",
          constraints={"pattern": r"^\d{4} \d{3} \d{2}$"}, example="1101 685 11"),
    Field("zweck", "string", "Zweckbestimmung",
          "Wofür der Haushaltstitel bestimmt ist.", constraints={"maxLength": 300}),
    Field("betrag_eur", "number", "Betrag",
          "Geldbetrag in Euro.", unit="EUR", example="22275766483.04"),
]
