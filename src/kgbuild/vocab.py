"""Vocabularies as closed namespaces: a typo in a term is an error, not a new IRI."""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace, Namespace

__all__ = [
    "DCTERMS",
    "FOAF",
    "KG",
    "OA",
    "ORG",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "XSD",
    "QUDT_UNIT",
    "QUDT_CURRENCY",
    "PREFIXES",
]

SCHEMA = SDO


class KG(DefinedNamespace):
    """kgbuild's own terms (ontology/kgbuild.ttl)."""

    _fail = True
    _NS = Namespace("https://kgbuild.org/ns#")

    Document: URIRef
    Person: URIRef
    Organization: URIRef
    Place: URIRef
    PostHolding: URIRef
    Role: URIRef
    Initiative: URIRef
    Metric: URIRef
    Unit: URIRef
    Event: URIRef
    Statement: URIRef
    Mention: URIRef
    ExtractionRule: URIRef
    OrganizationCategories: URIRef
    InitiativeScheme: URIRef
    UnitScheme: URIRef
    government: URIRef
    party: URIRef
    media: URIRef
    enterprise: URIRef
    international: URIRef
    other: URIRef
    mentionKind: URIRef
    indicator: URIRef
    subject: URIRef
    value: URIRef
    unit: URIRef
    comparator: URIRef
    period: URIRef
    sourceText: URIRef
    cue: URIRef
    content: URIRef
    speaker: URIRef
    statedOn: URIRef
    former: URIRef
    acting: URIRef
    place: URIRef
    rule: URIRef


class OA(DefinedNamespace):
    """The Web Annotation vocabulary terms kgbuild uses."""

    _fail = True
    _NS = Namespace("http://www.w3.org/ns/oa#")

    Annotation: URIRef
    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    hasBody: URIRef
    hasTarget: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef
    prefix: URIRef
    suffix: URIRef
    motivatedBy: URIRef
    identifying: URIRef
    describing: URIRef


QUDT_UNIT = Namespace("http://qudt.org/vocab/unit/")
QUDT_CURRENCY = Namespace("http://qudt.org/vocab/currency/")

#: Prefixes bound in every serialisation, in this order.
PREFIXES = {
    "kg": str(KG._NS),
    "kgr": "https://kgbuild.org/id/",
    "org": str(ORG),
    "foaf": str(FOAF),
    "prov": str(PROV),
    "oa": str(OA._NS),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "schema": str(SDO),
    "xsd": str(XSD),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "unit": str(QUDT_UNIT),
    "cur": str(QUDT_CURRENCY),
}
