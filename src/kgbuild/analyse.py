"""Analyse: the graph as a network (networkx) for counting, centrality and drawing."""

from __future__ import annotations

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


def entity_network(graph: Graph) -> nx.Graph:
    """People, bodies, initiatives, events, places and metrics, linked by the facts between them."""
    net = nx.Graph()
    for kind, (cls, _) in NODE_CLASSES.items():
        for node in graph.subjects(RDF.type, cls):
            label = graph.value(node, SKOS.prefLabel) or graph.value(node, KG.indicator) or node
            net.add_node(str(node), kind=kind, label=str(label))

    def link(a: URIRef, b: URIRef, relation: str) -> None:
        a, b = str(a), str(b)
        if a in net and b in net:
            if net.has_edge(a, b):  # two facts between the same pair: both, in a fixed order
                relation = "、".join(sorted(set(net.edges[a, b]["relation"].split("、")) | {relation}))
            net.add_edge(a, b, relation=relation)

    for holding in graph.subjects(RDF.type, KG.PostHolding):
        person = graph.value(holding, ORG.member)
        org = graph.value(holding, ORG.organization)
        role = graph.value(graph.value(holding, ORG.role), SKOS.prefLabel)
        if person is not None and org is not None:
            link(person, org, str(role or "post"))
    for child, parent in graph.subject_objects(ORG.subOrganizationOf):
        link(child, parent, "属于")
    for narrow, broad in graph.subject_objects(SKOS.broader):
        link(narrow, broad, "上位")
    for event, org in graph.subject_objects(SCHEMA.organizer):
        link(event, org, "主办")
    for event, who in graph.subject_objects(SCHEMA.attendee):
        link(event, who, "参加")
    return net


def centrality(net: nx.Graph) -> dict[str, float]:
    """Degree centrality: cheap, deterministic, and what a reader means by 'central'."""
    if net.number_of_nodes() == 0:
        return {}
    return nx.degree_centrality(net)
