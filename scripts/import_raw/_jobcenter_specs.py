"""Resource specifications of the «jobcenter» package: names, German titles, keys."""

from __future__ import annotations

from scripts.datapackage import FileResource, ForeignKey, ResourceSpec

TITLE = "Kommunale Jobcenter: Träger, Kreise, Status"
DESCRIPTION = (
    "Alle zugelassenen kommunalen Träger (zkT, «Optionskommunen») seit 2005 mit Beginn, Ende, "
    "Nachfolger und Belegen; die 400 Kreise mit Fläche und Bevölkerung (Gebietsstand "
    "31.12.2021); die 16 Länder; für jeden heutigen Kreis und jedes Jahr 2005–2025 der Status "
    "am 1. Januar; vereinfachte Grenzen von Kreisen und Ländern für Karten."
)
KEYWORDS = ["Jobcenter", "zugelassene kommunale Träger", "Optionskommunen", "SGB II",
            "Kreise", "KomtrZV"]

BKG_LICENSE = {
    "name": "dl-de/by-2-0",
    "title": "Datenlizenz Deutschland – Namensnennung – Version 2.0; "
             "© GeoBasis-DE / BKG 2021 (Daten verändert)",
    "path": "https://www.govdata.de/dl-de/by-2-0",
}

QUELLEN = ResourceSpec(
    name="quellen",
    title="Quellen",
    description="Alle Quellen, auf die sich die Tabellen dieses Pakets stützen: Rechtstexte, "
                "Presse, amtliche Statistik, Geodaten und eigene Ableitungen.",
    fields=["quelle_id", "titel", "herausgeber", "datum", "datum_hinweis", "art", "url",
            "lizenz", "namensnennung", "hinweis"],
    primary_key=["quelle_id"],
    required=["art"],
)

TRAEGER = ResourceSpec(
    name="traeger",
    title="Zugelassene kommunale Träger",
    description="Jeder Kreis und jede kreisfreie Stadt, die je zugelassener kommunaler Träger "
                "war, dazu die Nachfolgekreise nach Kreisreformen: Name, Land, Art, Kreis"
                "schlüssel, Beginn und Ende der Zulassung, Nachfolger.",
    fields=["zkt_id", "slug", "name", "name_bei_zulassung", "name_2017", "land",
            "traeger_art", "ags_bei_zulassung", "ags", "ist_ganzer_kreis", "zkt_seit",
            "zkt_bis", "ende_grund", "nachfolger_zkt_id", "ist_ursprung_2005",
            "ist_zugang_2012", "ist_in_komtrzv_2012", "ist_in_komtrzv_2017", "ist_aktuell",
            "sicherheit", "hinweis"],
    primary_key=["zkt_id"],
    foreign_keys=[ForeignKey(["ags"], "kreise", ["ags"]),
                  ForeignKey(["nachfolger_zkt_id"], "", ["zkt_id"])],
    required=["slug", "name", "land", "traeger_art", "ags", "zkt_seit", "sicherheit",
              "ist_ganzer_kreis", "ist_ursprung_2005", "ist_zugang_2012",
              "ist_in_komtrzv_2012", "ist_in_komtrzv_2017", "ist_aktuell"],
    sources=["L2012", "L2017"],
    notes=["«ags» ist der heutige Kreis, der das Gebiet des Trägers umfasst; bei früheren "
           "Kreisen ist das Gebiet oft nur ein Teil davon (siehe «ist_ganzer_kreis»).",
           "«sicherheit» bewertet vor allem den Beginn der Zulassung."],
)

TRAEGER_QUELLEN = ResourceSpec(
    name="traeger_quellen",
    title="Belege je Träger",
    description="Welche Quellen die Angaben zu einem Träger stützen und ob sie den Beginn "
                "der Zulassung belegen.",
    fields=["zkt_id", "quelle_id", "ist_beleg_beginn"],
    primary_key=["zkt_id", "quelle_id"],
    foreign_keys=[ForeignKey(["zkt_id"], "traeger", ["zkt_id"]),
                  ForeignKey(["quelle_id"], "quellen", ["quelle_id"])],
    required=["ist_beleg_beginn"],
)

KREISE = ResourceSpec(
    name="kreise",
    title="Kreise und kreisfreie Städte",
    description="Die 400 Kreise und kreisfreien Städte mit Fläche und Bevölkerung am "
                "31.12.2021 (Fortschreibung auf Basis des Zensus 2011).",
    fields=["ags", "kreis_name", "kreis_art", "land_code", "land", "nuts3", "flaeche_km2",
            "einwohner_anzahl", "einwohner_maennlich_anzahl", "einwohner_weiblich_anzahl",
            "einwohner_je_km2", "gebietsstand", "quelle_id"],
    primary_key=["ags"],
    foreign_keys=[ForeignKey(["land_code"], "laender", ["land_code"]),
                  ForeignKey(["quelle_id"], "quellen", ["quelle_id"])],
    required=["kreis_name", "kreis_art", "land_code", "land", "nuts3", "flaeche_km2",
              "einwohner_anzahl", "gebietsstand", "quelle_id"],
    sources=["DESTATIS2021"],
    notes=["Fläche in Rheinland-Pfalz ohne das deutsch-luxemburgische Kondominium, in "
           "Mecklenburg-Vorpommern ohne Küstengewässer (laut Destatis)."],
)

LAENDER = ResourceSpec(
    name="laender",
    title="Bundesländer",
    description="Die 16 Länder mit amtlichem Schlüssel und Kürzel.",
    fields=["land_code", "land", "land_kurz"],
    primary_key=["land_code"],
    required=["land", "land_kurz"],
    overrides={"land_kurz": {"unique": True}},
)

STATUS_JAHR = ResourceSpec(
    name="status_jahr",
    title="Status je Kreis und Jahr",
    description="Für jeden der 400 heutigen Kreise und jedes Jahr 2005–2025: Wurde das Gebiet "
                "am 1. Januar ganz, teilweise oder gar nicht von einem zugelassenen kommunalen "
                "Träger betreut, und von welchem?",
    fields=["ags", "jahr", "status", "zkt_ids", "sicherheit", "quelle_id"],
    primary_key=["ags", "jahr"],
    foreign_keys=[ForeignKey(["ags"], "kreise", ["ags"]),
                  ForeignKey(["quelle_id"], "quellen", ["quelle_id"])],
    required=["status", "sicherheit", "quelle_id"],
    overrides={"jahr": {"minimum": 2005, "maximum": 2025}},
    sources=["ABL-STATUS"],
    notes=["Bezogen auf die heutigen Kreisgrenzen. Nach Kreisreformen galt eine Zulassung "
           "zunächst nur im Gebiet des früheren Kreises; dann steht «zkT-Teilgebiet».",
           "Ab 2018 fortgeschrieben, weil keine spätere Änderung der KomtrZV gefunden wurde.",
           "Die Teile des früheren Landkreises Anhalt-Zerbst in Dessau-Roßlau, Jerichower Land "
           "und Wittenberg sind 2005–2007 als Teilgebiet von ST-01 geführt, ab der Teilung "
           "1.7.2007 als «kein zkT» (nicht belegt).",
           "Gegenüber der Rohtabelle korrigierte Sicherheit: Görlitz, Meißen und Leipzig "
           "2005–2008 «wahrscheinlich» statt «unsicher»; Eichsfeld 2012–2025 «gesichert» "
           "statt «unsicher» (die Vorgängerzeilen wurden in der zweiten Prüfrunde höher "
           "eingestuft, die Rohtabelle war nicht nachgezogen)."],
)

SPECS = [QUELLEN, TRAEGER, TRAEGER_QUELLEN, KREISE, LAENDER, STATUS_JAHR]

FILES = [
    FileResource(
        name="kreise_geometrie", path="kreise.geojson",
        title="Grenzen der Kreise (vereinfacht)",
        description="Die 400 Kreise (Gebietsstand 1.7.2021) als GeoJSON in WGS84, für Karten "
                    "vereinfacht und auf drei Nachkommastellen gerundet; Eigenschaften «ags» "
                    "und «name» (Destatis). Äußere Ringe im Uhrzeigersinn, wie Vega sie "
                    "erwartet.",
        format="geojson", mediatype="application/geo+json",
        licenses=[BKG_LICENSE], sources=["BKG-VG5000-2021"],
    ),
    FileResource(
        name="laender_geometrie", path="laender.geojson",
        title="Grenzen der Länder (vereinfacht)",
        description="Die 16 Länder als GeoJSON in WGS84, gebildet aus den vereinfachten "
                    "Kreisen, damit beide Ebenen genau zusammenpassen; Eigenschaften "
                    "«land_code» und «land».",
        format="geojson", mediatype="application/geo+json",
        licenses=[BKG_LICENSE], sources=["BKG-VG5000-2021"],
    ),
]
