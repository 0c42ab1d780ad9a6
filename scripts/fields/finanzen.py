"""Fields of the «finanzen» package: shares of the federal money per Jobcenter (EinglMV),
Jobcenter identities across renumberings, their Kreise, check sums and single facts.

Generic names come from ``common`` (quelle_id, sicherheit, hinweis, ags, land, land_code,
titel …), ``statistik`` (wert, einheit, zeitraum, kennzahl, fundstelle, jahr_von, jahr_bis),
``jobcenter`` (jahr, zkt_id) and ``programme`` (thema, wert_text, rechtsgrundlage).
"""

from scripts.fields import Field

TRAEGERFORMEN = ["gE", "zkT"]
ERFASSUNG_WERTE = ["maschinell gelesen", "von Hand übertragen"]
GEBIETE = ["ganzer Kreis", "Teil des Kreises", "mehrere Kreise"]
JOBCENTER_ID_MUSTER = r"^JC-\d{5}(-[a-z0-9]+)*$"
FAKT_PRAEFIXE = ["finanzen", "organisation", "evaluation", "kennzahlen"]

_PROZENT = "%"

FIELDS = [
    # --- Jobcenter --------------------------------------------------------------------
    Field("jobcenter_id", "string", "Jobcenter-ID",
          "Unsere stabile Kennung eines Jobcenters über alle Jahre, auch wenn die BA es "
          "umnummeriert hat (z. B. Warendorf: Träger-Nr. 31302 im Jahr 2012, 36704 ab 2018). "
          "Regel: «JC-» und der Kreisschlüssel (Gebietsstand 31.12.2021) für ein Jobcenter, "
          "das einmal das einzige Jobcenter seines Kreises war oder es ist; bei einem "
          "Jobcenter für mehrere Kreise der erste Kreisschlüssel der Zuordnung. Teilen sich "
          "mehrere Jobcenter einen Kreis (Berliner Bezirke, Kreise in Mecklenburg-Vorpommern "
          "vor der Kreisreform 2011, die Zeilen 2012 für Erzgebirgskreis, Görlitz, Leipzig, "
          "Aurich, Mittelsachsen und Göttingen, Mecklenburgische Seenplatte Nord/Süd, "
          "Vorpommern-Greifswald Nord/Süd, Landkreis Rostock 2012–2018, Eisenach, Hanau ab "
          "2026), hängt an den Kreisschlüssel ein lesbarer Zusatz für das Teilgebiet "
          "(z. B. JC-11000-neukoelln). Gleiche Kennung heißt gleiches Gebiet; ein Jobcenter, "
          "das nur einen Teil abgibt (Main-Kinzig-Kreis ohne Hanau ab 2026), behält seine "
          "Kennung. Kein amtlicher Code.",
          constraints={"pattern": JOBCENTER_ID_MUSTER}, example="JC-05570"),
    Field("jobcenter_name", "string", "Name des Jobcenters",
          "Name, wie er in der Anlage der Eingliederungsmittel-Verordnung steht (ohne "
          "Fußnotenzeichen; durch Zeilenumbruch getrennte Wörter wieder zusammengesetzt).",
          constraints={"maxLength": 200}, example="Warendorf"),
    Field("traeger_nr", "string", "Träger-Nummer (BA)",
          "Fünfstellige Nummer des Jobcenters in der Statistik der BA, wie gedruckt, mit "
          "führender Null. Kein Kreisschlüssel; die BA hat viele Jobcenter umnummeriert.",
          constraints={"pattern": r"^\d{5}$"}, example="36704"),
    Field("traeger_nummern", "string", "Träger-Nummern (BA)",
          "Alle Träger-Nummern, unter denen das Jobcenter in den Anlagen steht, in der "
          "Reihenfolge ihres ersten Auftretens, durch Semikolon getrennt.",
          constraints={"pattern": r"^\d{5}(;\d{5})*$"}, example="31302;36704"),
    Field("traegerform", "string", "Trägerform",
          "Trägerform ab 1. Januar des Jahres, wie in der Verordnung gedruckt: gE = "
          "gemeinsame Einrichtung von Kommune und Arbeitsagentur, zkT = zugelassener "
          "kommunaler Träger.", constraints={"enum": TRAEGERFORMEN}, example="zkT"),
    Field("traegerform_zuletzt", "string", "Trägerform zuletzt",
          "Trägerform in der letzten Anlage, in der das Jobcenter steht (gE oder zkT).",
          constraints={"enum": TRAEGERFORMEN}, example="zkT"),
    Field("gebiet", "string", "Gebiet",
          "Wie das Jobcenter den Kreis abdeckt: ganzer Kreis (einziges Jobcenter des "
          "Kreises), Teil des Kreises (mehrere Jobcenter im Kreis, z. B. Berliner Bezirke) "
          "oder mehrere Kreise (ein Jobcenter für diesen und weitere Kreise).",
          constraints={"enum": GEBIETE}, example="ganzer Kreis"),
    # --- Anlagen and measures -----------------------------------------------------------
    Field("anlage", "string", "Anlage",
          "Nummer der Anlage der Eingliederungsmittel-Verordnung, wie gedruckt.",
          constraints={"pattern": r"^Anlage \d+$"}, example="Anlage 3"),
    Field("mittelart", "string", "Mittelart",
          "Kurzkennung dessen, was eine Anlage verteilt (z. B. «vk-zkt-ba» für die "
          "Aufteilung der Verwaltungsmittel zwischen zkT und BA); verweist auf «mittelarten».",
          constraints={"pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$"}, example="egl-haelfte-1"),
    Field("mittelart_name", "string", "Bezeichnung der Mittelart",
          "Was verteilt wird, in eigenen Worten.", constraints={"maxLength": 300}),
    Field("bezugsgroesse", "string", "Bezugsgröße (100 %)",
          "Worauf sich 100 % beziehen, in eigenen Worten nach dem Text der Verordnung.",
          constraints={"maxLength": 600}),
    Field("anteil_prozent", "number", "Anteil",
          "Anteil des Jobcenters an der Bezugsgröße in Prozent, genau wie gedruckt (vier "
          "Nachkommastellen, nicht neu gerundet). Die Verordnung schneidet die Werte "
          "offenbar nach der vierten Stelle ab; die Summe einer Anlage liegt daher knapp "
          "unter 100.", unit=_PROZENT, constraints={"minimum": 0, "maximum": 100},
          example="0.2091"),
    Field("betrag_eingliederung_euro", "integer", "Betrag Eingliederung",
          "Euro-Betrag für Eingliederungsleistungen = Anteil/100 × festem Betrag, auf ganze "
          "Euro gerundet; nur wo die Verordnung selbst den zu verteilenden Betrag festlegt "
          "(2012 Anlage 2: 350 Mio. Euro; 2018 Anlage 1: 300 Mio. Euro), sonst leer.",
          unit="EUR", constraints={"minimum": 0}, example="895300"),
    Field("betrag_verwaltung_euro", "integer", "Betrag Verwaltung",
          "Euro-Betrag für Verwaltungskosten = Anteil/100 × festem Betrag, auf ganze Euro "
          "gerundet; nur 2018 Anlage 1 (540 Mio. Euro), sonst leer.",
          unit="EUR", constraints={"minimum": 0}),
    Field("festbetrag_eingliederung_euro", "integer", "Fester Betrag Eingliederung",
          "Betrag für Eingliederungsleistungen, den die Verordnung für diese Anlage selbst "
          "festlegt; leer, wenn sie nur Anteile nennt.", unit="EUR",
          constraints={"minimum": 0}, example="350000000"),
    Field("festbetrag_verwaltung_euro", "integer", "Fester Betrag Verwaltung",
          "Betrag für Verwaltungskosten, den die Verordnung für diese Anlage selbst "
          "festlegt; leer, wenn sie nur Anteile nennt.", unit="EUR",
          constraints={"minimum": 0}),
    Field("erfassung", "string", "Erfassung",
          "Wie die Werte aus der Quelle übernommen wurden: maschinell gelesen (2012 aus "
          "Text-PDF, 2018 und 2022 aus Markdown) oder von Hand übertragen (2024–2026).",
          constraints={"enum": ERFASSUNG_WERTE}, example="maschinell gelesen"),
    # --- check sums ---------------------------------------------------------------------
    Field("bereich", "string", "Bereich",
          "Welche Zeilen der Anlage die Prüfsumme umfasst: alle Zeilen oder nur die eines "
          "Landes (Hochwasser-Anlage 2022).",
          constraints={"pattern": r"^(alle Zeilen|Land .+)$"}, example="alle Zeilen"),
    Field("anzahl_zeilen", "integer", "Zeilen",
          "Zahl der Jobcenter-Zeilen im Bereich.", constraints={"minimum": 0}),
    Field("anzahl_zkt", "integer", "Zeilen zkT",
          "Zahl der Zeilen mit Trägerform zkT.", constraints={"minimum": 0}),
    Field("anzahl_ge", "integer", "Zeilen gE",
          "Zahl der Zeilen mit Trägerform gE.", constraints={"minimum": 0}),
    Field("summe_prozent", "number", "Summe der Anteile",
          "Summe der gedruckten Anteile aller Zeilen des Bereichs.", unit=_PROZENT),
    Field("summe_zkt_prozent", "number", "Summe zkT",
          "Summe der Anteile der zkT-Zeilen; leer, wo nicht erhoben.", unit=_PROZENT),
    Field("summe_ge_prozent", "number", "Summe gE",
          "Summe der Anteile der gE-Zeilen; leer, wo nicht erhoben.", unit=_PROZENT),
    Field("gedruckte_summe_prozent", "number", "Gedruckte Summe",
          "Summe, die die Verordnung selbst druckt (Zeile «Bundesagentur für Arbeit», die "
          "Summe der gE-Anteile); leer, wo keine gedruckt ist.", unit=_PROZENT),
    Field("erwartete_summe_prozent", "number", "Erwartete Summe",
          "Was die Anteile zusammen ergeben müssten: 100, bei der Hochwasser-Anlage 2022 über "
          "alle vier Länder 400.", unit=_PROZENT),
    Field("toleranz_prozent", "number", "Toleranz",
          "Größte Abweichung nach unten, die das Abschneiden auf vier Nachkommastellen "
          "erklärt: Zahl der Zeilen × 0,0001.", unit=_PROZENT),
    Field("erfassungsverfahren", "string", "Erfassungsverfahren",
          "Wie die Werte übernommen und geprüft wurden, in Worten.",
          constraints={"maxLength": 300}),
    # --- facts --------------------------------------------------------------------------
    Field("einzelfakt_id", "string", "Fakt-ID",
          "Kennung einer Einzelangabe: Herkunft (finanzen, organisation, evaluation, "
          "kennzahlen) und die Nummer der Zeile in den Rohdaten.",
          constraints={"pattern": r"^(" + "|".join(FAKT_PRAEFIXE) + r")-[a-z]\d{2}$"},
          example="finanzen-f06"),
    Field("jobcenter_oder_gruppe", "string", "Jobcenter oder Gruppe",
          "Worauf sich die Angabe bezieht: ein Jobcenter oder Kreis, eine Gruppe von "
          "Jobcentern oder alle.", constraints={"maxLength": 300}),
]
