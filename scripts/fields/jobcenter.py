"""Fields of the «jobcenter» package: zkT registry, Kreise, Länder, status per year."""

from scripts.fields import Field

TRAEGER_ARTEN = ["Landkreis", "Kreis", "kreisfreie Stadt", "Stadtkreis"]
STATUS_WERTE = ["zkT", "zkT-Teilgebiet", "kein zkT"]

FIELDS = [
    Field("zkt_id", "string", "Träger-ID",
          "Unsere stabile Kennung eines zugelassenen kommunalen Trägers (Länderkürzel und "
          "laufende Nummer); kein amtlicher Code.",
          constraints={"pattern": r"^[A-Z]{2}-\d{2}$"}, example="NW-18"),
    Field("slug", "string", "Kurzname für Adressen",
          "Lesbare, eindeutige Kennung, die auch Teil der Seitenadresse ist.",
          constraints={"pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$", "unique": True},
          example="kreis-warendorf"),
    Field("name", "string", "Name", "Name des Trägers wie in der Kommunalträger-"
          "Zulassungsverordnung (KomtrZV), bei früheren Kreisen der damalige Kreisname.",
          constraints={"maxLength": 200}),
    Field("name_bei_zulassung", "string", "Name bei Zulassung",
          "Name zum Zeitpunkt der Zulassung, wenn er vom heutigen abweicht."),
    Field("name_2017", "string", "Name in der KomtrZV 2017",
          "Name in der Anlage der KomtrZV in der Fassung vom 29.5.2017; leer, wenn dort nicht "
          "aufgeführt."),
    Field("traeger_art", "string", "Art des Trägers",
          "Landkreis, Kreis (Bezeichnung in NRW, Schleswig-Holstein und Hessen), kreisfreie "
          "Stadt oder Stadtkreis (kreisfreie Stadt in Baden-Württemberg).",
          constraints={"enum": TRAEGER_ARTEN}),
    Field("ags_bei_zulassung", "string", "Kreisschlüssel bei Zulassung",
          "Fünfstelliger Kreisschlüssel des Kreises zum Zeitpunkt der Zulassung (bei Kreisen, "
          "die es heute nicht mehr gibt, der alte Schlüssel).",
          constraints={"pattern": r"^\d{5}$"}),
    Field("ist_ganzer_kreis", "boolean", "Ganzer heutiger Kreis",
          "Wahr, wenn das Gebiet des Trägers dem ganzen heutigen Kreis entspricht; falsch, "
          "wenn es nur ein Teil davon ist (früherer Kreis oder Teil eines früheren Kreises)."),
    Field("zkt_seit", "date", "zkT seit", "Erster Tag als zugelassener kommunaler Träger."),
    Field("zkt_bis", "date", "zkT bis",
          "Letzter Tag als zugelassener kommunaler Träger; leer, solange er es ist."),
    Field("ende_grund", "string", "Grund des Endes",
          "Warum die Zulassung endete (Fusion, Rückkehr in eine gemeinsame Einrichtung …), "
          "in eigenen Worten.", constraints={"maxLength": 500}),
    Field("nachfolger_zkt_id", "string", "Nachfolger",
          "Träger-ID des Nachfolgers, der die Zulassung übernahm.",
          constraints={"pattern": r"^[A-Z]{2}-\d{2}$"}),
    Field("ist_ursprung_2005", "boolean", "Seit 2005 (einer der 69)",
          "Wahr, wenn der Träger zu den ursprünglich 69 ab 1.1.2005 zugelassenen gehört."),
    Field("ist_zugang_2012", "boolean", "Seit 2012 (einer der 41)",
          "Wahr, wenn der Träger zu den 41 ab 1.1.2012 zugelassenen gehört."),
    Field("ist_in_komtrzv_2012", "boolean", "In der KomtrZV 2012",
          "In der Anlage der KomtrZV mit Stand 2.7.2012 aufgeführt."),
    Field("ist_in_komtrzv_2017", "boolean", "In der KomtrZV 2017",
          "In der Anlage der KomtrZV in der Fassung vom 29.5.2017 aufgeführt."),
    Field("ist_aktuell", "boolean", "Heute zkT",
          "Wahr, wenn der Träger heute zugelassener kommunaler Träger ist."),
    Field("ist_beleg_beginn", "boolean", "Belegt den Beginn",
          "Wahr, wenn die Quelle das Anfangsdatum der Zulassung belegt."),
    Field("kreis_name", "string", "Kreisname", "Name des Kreises laut Destatis.",
          constraints={"maxLength": 200}),
    Field("kreis_art", "string", "Kreistyp (Destatis)", "Kreistyp laut Destatis.",
          constraints={"enum": ["Kreisfreie Stadt", "Landkreis", "Kreis", "Stadtkreis",
                                "Regionalverband"]}),
    Field("nuts3", "string", "NUTS-3-Code", "Europäischer Regionalcode der Ebene NUTS 3.",
          constraints={"pattern": r"^DE[0-9A-G][0-9A-Z]{2}$"}),
    Field("flaeche_km2", "number", "Fläche", "Fläche in Quadratkilometern.", unit="km²",
          constraints={"minimum": 0}),
    Field("einwohner_anzahl", "integer", "Einwohner", "Bevölkerung am Stichtag.",
          unit="Personen", constraints={"minimum": 0}),
    Field("einwohner_maennlich_anzahl", "integer", "Einwohner männlich",
          "Männliche Bevölkerung am Stichtag.", unit="Personen", constraints={"minimum": 0}),
    Field("einwohner_weiblich_anzahl", "integer", "Einwohner weiblich",
          "Weibliche Bevölkerung am Stichtag.", unit="Personen", constraints={"minimum": 0}),
    Field("einwohner_je_km2", "integer", "Einwohner je km²", "Bevölkerungsdichte.",
          unit="Personen je km²", constraints={"minimum": 0}),
    Field("gebietsstand", "date", "Gebietsstand",
          "Stichtag des Gebietsstands, auf den sich Schlüssel, Fläche und Bevölkerung beziehen."),
    Field("land_kurz", "string", "Länderkürzel", "Zweibuchstabiges Kürzel des Landes.",
          constraints={"pattern": r"^[A-Z]{2}$"}),
    Field("jahr", "integer", "Jahr", "Kalenderjahr.", constraints={"minimum": 1990,
                                                                    "maximum": 2030}),
    Field("status", "string", "Status am 1. Januar",
          "zkT: das ganze heutige Kreisgebiet wird von einem zugelassenen kommunalen Träger "
          "betreut; zkT-Teilgebiet: nur ein Teil des heutigen Gebiets (ein früherer Kreis "
          "oder ein Teil davon); kein zkT: gemeinsame Einrichtung, ARGE oder getrennte "
          "Aufgabenwahrnehmung.", constraints={"enum": STATUS_WERTE}),
    Field("zkt_ids", "string", "Aktive Träger",
          "Träger-IDs, die an diesem Tag zugelassen waren, durch Semikolon getrennt.",
          constraints={"pattern": r"^[A-Z]{2}-\d{2}(;[A-Z]{2}-\d{2})*$"}),
]
