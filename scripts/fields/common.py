"""Fields shared by every package: sources, certainty, Kreis and Land keys."""

from scripts.fields import SICHERHEIT_WERTE, Field

FIELDS = [
    Field("quelle_id", "string", "Quellen-ID",
          "Kurzkennung einer Quelle; verweist auf die Tabelle «quellen».",
          constraints={"pattern": r"^[A-Za-z0-9_\-]+$"}, example="L2017"),
    Field("sicherheit", "string", "Sicherheit",
          "Wie sicher die Angabe ist: gesichert (in einer zuordenbaren Quelle gelesen), "
          "wahrscheinlich (Sekundärquelle oder aus Summen erschlossen), unsicher "
          "(erschlossen, widersprüchlich oder eigene Kenntnis der Bearbeitung). Siehe Methodik.",
          constraints={"enum": SICHERHEIT_WERTE}, example="gesichert"),
    Field("titel", "string", "Titel", "Titel oder Bezeichnung der Quelle.",
          constraints={"required": True, "maxLength": 400}),
    Field("herausgeber", "string", "Herausgeber", "Wer die Quelle veröffentlicht hat.",
          constraints={"maxLength": 300}),
    Field("datum", "string", "Datum",
          "Veröffentlichungsdatum, so genau wie bekannt: JJJJ-MM-TT, JJJJ-MM oder JJJJ; "
          "leer, wenn unbekannt.",
          constraints={"pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}, example="2017-05-29"),
    Field("datum_hinweis", "string", "Hinweis zum Datum",
          "Wie das Datum bestimmt wurde, wenn es nicht in der Quelle steht (z. B. «nach Inhalt»).",
          constraints={"maxLength": 200}),
    Field("art", "string", "Art der Quelle", "Gattung der Quelle.",
          constraints={"enum": [
              "Gesetz/Verordnung", "Amtliche Statistik", "Datensatz", "Geodaten",
              "Ratsdokument", "Pressemitteilung", "Presseartikel", "Webseite",
              "Bericht", "Parlamentsdokument", "Gerichtsentscheidung", "Lexikon",
              "Eigene Ableitung",
          ]}),
    Field("url", "string", "Adresse (URL)",
          "Fundstelle im Netz (nur http/https); leer, wenn es keine gibt. Seiten können "
          "inzwischen verschoben oder offline sein.",
          constraints={"pattern": r"^https?://\S+$", "maxLength": 600}),
    Field("lizenz", "string", "Lizenz", "Lizenz oder Rechtsstatus der Quelle.",
          constraints={"maxLength": 200}),
    Field("namensnennung", "string", "Namensnennung",
          "Pflichtangabe bei Weiterverwendung, wie von der Quelle verlangt.",
          constraints={"maxLength": 300}),
    Field("hinweis", "string", "Hinweis", "Einschränkungen und Anmerkungen, in eigenen Worten.",
          constraints={"maxLength": 2000}),
    Field("ags", "string", "Kreisschlüssel",
          "Fünfstelliger amtlicher Kreisschlüssel (AGS auf Kreisebene), mit führender Null.",
          constraints={"pattern": r"^\d{5}$"}, example="05570"),
    Field("land_code", "string", "Länderschlüssel",
          "Zweistelliger amtlicher Schlüssel des Bundeslandes.",
          constraints={"pattern": r"^(0[1-9]|1[0-6])$"}, example="05"),
    Field("land", "string", "Bundesland", "Name des Bundeslandes.",
          constraints={"enum": [
              "Schleswig-Holstein", "Hamburg", "Niedersachsen", "Bremen",
              "Nordrhein-Westfalen", "Hessen", "Rheinland-Pfalz", "Baden-Württemberg",
              "Bayern", "Saarland", "Berlin", "Brandenburg", "Mecklenburg-Vorpommern",
              "Sachsen", "Sachsen-Anhalt", "Thüringen",
          ]}),
]
