"""Machine-readable catalogue: DCAT-AP.de as JSON-LD, and schema.org Dataset for pages.

Links are relative IRIs resolved against the document's own address (JSON-LD ``@base``
is the document URL unless the site's address is known), so the catalogue stays valid
wherever the site is hosted.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from kommunale_jobcenter.publish.citation import PUBLISHER, project

VOCABULARY = project()["dcat"]  # namespaces, licence and file-type IRIs (curated)


def _date(value: str) -> dict[str, str]:
    return {"@value": value, "@type": "xsd:date"}


def license_iri(lic: Mapping[str, str]) -> str:
    return VOCABULARY["lizenzen"].get(lic.get("name", ""), lic.get("path", ""))


def catalogue(packages: Sequence[Mapping[str, Any]], title: str, description: str,
              homepage: str, issued: str, modified: str) -> dict[str, Any]:
    """A dcat:Catalog. Each package: {descriptor, issued, modified, landing, attribution,
    distributions: [{title, href, format, mediatype, bytes, license}]}."""
    publisher = {"@type": "foaf:Organization", "foaf:name": PUBLISHER}
    datasets = []
    for p in packages:
        d = p["descriptor"]
        licenses = [license_iri(lic) for lic in d.get("licenses", [])]
        dists = []
        for f in p["distributions"]:
            dists.append({
                "@id": f["href"] + "#distribution",
                "@type": "dcat:Distribution",
                "dct:title": f["title"],
                "dcat:accessURL": {"@id": f["landing"]},
                "dcat:downloadURL": {"@id": f["href"]},
                "dct:format": {"@id": VOCABULARY["dateitypen"].get(f["format"], f["format"])},
                "dcat:mediaType": f["mediatype"],
                "dcat:byteSize": {"@value": str(f["bytes"]), "@type": "xsd:decimal"},
                "dct:license": {"@id": license_iri(f["license"])},
                "dcatde:licenseAttributionByText": p["attribution"],
                "dct:issued": _date(p["issued"]),
                "dct:modified": _date(p["modified"]),
            })
        datasets.append({
            "@id": p["landing"] + "#dataset",
            "@type": "dcat:Dataset",
            "dct:identifier": d["name"],
            "dct:title": d.get("title", d["name"]),
            "dct:description": d.get("description", ""),
            "dcat:keyword": list(d.get("keywords", [])),
            "dcat:theme": {"@id": VOCABULARY["thema"]},
            "dct:language": {"@id": VOCABULARY["sprache"]},
            "dct:publisher": publisher,
            "dct:issued": _date(p["issued"]),
            "dct:modified": _date(p["modified"]),
            "owl:versionInfo": d.get("version", ""),
            "dcat:landingPage": {"@id": p["landing"]},
            "dct:license": [{"@id": iri} for iri in licenses],
            "dcatde:licenseAttributionByText": p["attribution"],
            "dct:spatial": {"@id": VOCABULARY["land"]},
            "dcat:distribution": dists,
        })
    return {
        "@context": VOCABULARY["kontext"],
        "@id": "katalog.jsonld",
        "@type": "dcat:Catalog",
        "dct:title": title,
        "dct:description": description,
        "dct:publisher": publisher,
        "dct:language": {"@id": VOCABULARY["sprache"]},
        "foaf:homepage": {"@id": homepage},
        "dct:issued": _date(issued),
        "dct:modified": _date(modified),
        "dcat:dataset": datasets,
    }


def schema_org_dataset(descriptor: Mapping[str, Any], url: str, version: str, modified: str,
                       downloads: Sequence[Mapping[str, str]], variables: Sequence[str],
                       attribution: str, temporal: str = "") -> dict[str, Any]:
    """schema.org Dataset for search engines, embedded in a documentation page."""
    out: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": descriptor.get("title", descriptor.get("name", "")),
        "description": descriptor.get("description", "") or descriptor.get("title", ""),
        "url": url,
        "version": version,
        "dateModified": modified,
        "inLanguage": "de",
        "isAccessibleForFree": True,
        "keywords": list(descriptor.get("keywords", [])),
        "license": [lic.get("path", "") for lic in descriptor.get("licenses", [])],
        "creator": {"@type": "Organization", "name": PUBLISHER},
        "creditText": attribution,
        "spatialCoverage": {"@type": "Place", "name": "Deutschland"},
        "variableMeasured": list(variables),
        "distribution": [{"@type": "DataDownload", "encodingFormat": d["mediatype"],
                          "contentUrl": d["href"], "name": d["title"]} for d in downloads],
    }
    if temporal:
        out["temporalCoverage"] = temporal
    return out


def script_tag(data: Mapping[str, Any]) -> str:
    """Inert <script type="application/ld+json">: <, > and & are JSON-escaped, so no
    '</script>' or HTML can ever appear raw inside it."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f'<script type="application/ld+json">{text}</script>'
