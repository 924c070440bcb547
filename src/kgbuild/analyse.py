"""Analyse: the graph as a network (networkx) for counting, centrality and drawing."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import networkx as nx
from rdflib import Graph, URIRef

from .vocab import KG, ORG, RDF, SCHEMA, SKOS

#: Contract names of the classes counted in the report.
COUNTED = {
    "documents": KG.Document,
    "people": KG.Person,
    "organizations": KG.Organization,
    "places": KG.Place,
    "posts": KG.PostHolding,
    "initiatives": KG.Initiative,
    "metrics": KG.Metric,
    "events": KG.Event,
    "statements": KG.Statement,
    "mentions": KG.Mention,
}
#: Node classes drawn, in legend order, with their colours.
NODE_CLASSES = {
    "person": (KG.Person, "#e4572e"),
    "organization": (KG.Organization, "#17bebb"),
    "initiative": (KG.Initiative, "#ffc914"),
    "event": (KG.Event, "#76b041"),
    "place": (KG.Place, "#a06cd5"),
    "metric": (KG.Metric, "#8d99ae"),
}


def _pairs(source) -> Callable[..., Iterator[tuple[str, str]]]:
    """(subject, object) of the triples with a predicate (and object), as strings, from an
    rdflib Graph or a pyoxigraph Store: pattern lookups on the store's indexes, so a large
    build's network is read without converting its triples into rdflib terms."""
    if isinstance(source, Graph):

        def from_graph(predicate: str, obj: str | None = None) -> Iterator[tuple[str, str]]:
            pattern = (None, URIRef(predicate), URIRef(obj) if obj else None)
            return ((str(s), str(o)) for s, _, o in source.triples(pattern))

        return from_graph
    import pyoxigraph as ox

    def from_store(predicate: str, obj: str | None = None) -> Iterator[tuple[str, str]]:
        quads = source.quads_for_pattern(None, ox.NamedNode(predicate), ox.NamedNode(obj) if obj else None)
        return ((q.subject.value, q.object.value) for q in quads)

    return from_store


def entity_network(source) -> nx.Graph:
    """People, bodies, initiatives, events, places and metrics, linked by the facts between them.

    source: an rdflib Graph or a pyoxigraph Store."""
    pairs = _pairs(source)

    def first(predicate: str) -> dict[str, str]:
        """The least object of each subject (one, whichever order the source gives them in)."""
        out: dict[str, str] = {}
        for subject, obj in pairs(predicate):
            if subject not in out or obj < out[subject]:
                out[subject] = obj
        return out

    labels, indicators = first(str(SKOS.prefLabel)), first(str(KG.indicator))
    net = nx.Graph()
    for kind, (cls, _) in NODE_CLASSES.items():
        for node in sorted(s for s, _ in pairs(str(RDF.type), str(cls))):
            net.add_node(node, kind=kind, label=labels.get(node) or indicators.get(node) or node)

    def link(a: str, b: str, relation: str) -> None:
        if a in net and b in net:
            if net.has_edge(a, b):  # two facts between the same pair: both, in a fixed order
                relation = "、".join(sorted(set(net.edges[a, b]["relation"].split("、")) | {relation}))
            net.add_edge(a, b, relation=relation)

    members, bodies, roles = first(str(ORG.member)), first(str(ORG.organization)), first(str(ORG.role))
    for holding, _ in sorted(pairs(str(RDF.type), str(KG.PostHolding))):
        if holding in members and holding in bodies:
            link(members[holding], bodies[holding], labels.get(roles.get(holding, ""), "post"))
    for prop, relation in (
        (ORG.subOrganizationOf, "属于"),
        (SKOS.broader, "上位"),
        (SCHEMA.organizer, "主办"),
        (SCHEMA.attendee, "参加"),
    ):
        for a, b in sorted(pairs(str(prop))):
            link(a, b, relation)
    return net


def centrality(net: nx.Graph) -> dict[str, float]:
    """Degree centrality: cheap, deterministic, and what a reader means by 'central'."""
    if net.number_of_nodes() == 0:
        return {}
    return nx.degree_centrality(net)
