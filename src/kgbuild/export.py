"""Export: write a built graph as Turtle, N-Triples, TriG (one named graph per document) or
JSON-LD (compact, with the ontology's prefixes as @context); convert an existing build."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from .errors import UsageError
from .iri import mint
from .vocab import PREFIXES

#: format name -> (file name, rdflib serializer)
FORMATS = {
    "ttl": ("graph.ttl", "turtle"),
    "nt": ("graph.nt", "nt"),
    "trig": ("graph.trig", "trig"),
    "jsonld": ("graph.jsonld", "json-ld"),
    "graphml": ("graph.graphml", "graphml"),  # not rdflib's: written by to_graphml (networkx)
}
ENTITY_GRAPH = mint("graph", "entities")


def document_graph_iri(doc_id: str):
    """The named graph that holds one document's contribution."""
    return mint("graph", "document", doc_id)


def check_formats(formats) -> tuple[str, ...]:
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise UsageError(f"unknown format(s) {', '.join(unknown)}", hint="ttl, nt, trig, jsonld")
    return tuple(dict.fromkeys(formats))


def to_dataset(entities: Graph, documents: dict[str, Graph]) -> Dataset:
    """Entities in kgr:graph/entities, each document's triples in its own named graph."""
    dataset = Dataset()
    for prefix, ns in PREFIXES.items():
        dataset.bind(prefix, ns, override=True, replace=True)
    target = dataset.graph(ENTITY_GRAPH)
    for triple in entities:
        target.add(triple)
    for doc_id in sorted(documents):
        target = dataset.graph(document_graph_iri(doc_id))
        for triple in documents[doc_id]:
            target.add(triple)
    return dataset


def sorted_ntriples(graph: Graph) -> bytes:
    """N-Triples, one line per triple, sorted: the canonical text of a graph without blank nodes."""
    lines = graph.serialize(format="nt", encoding="utf-8").splitlines()
    return b"".join(line + b"\n" for line in sorted(set(lines)) if line.strip())


def turtle(graph: Graph) -> bytes:
    """Turtle, byte-identical for the same triples.

    Written by Oxigraph from the sorted N-Triples (rdflib's Turtle writer is two orders of
    magnitude slower on corpus-sized graphs); prefixes are declared in a fixed order.
    """
    import pyoxigraph as ox

    prefixes = {p: ns for p, ns in PREFIXES.items() if p != "kgr"}
    triples = ox.parse(sorted_ntriples(graph), format=ox.RdfFormat.N_TRIPLES)
    text = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    lines = text.split(b"\n")
    head = sorted(line for line in lines if line.startswith(b"@prefix "))
    body = [line for line in lines if not line.startswith(b"@prefix ")]
    return b"\n".join(head + [b""] + body)


def serialize(graph: Graph, fmt: str) -> bytes:
    """One graph in one format; deterministic for the same triples."""
    _, serializer = FORMATS[fmt]
    if fmt == "nt":
        return sorted_ntriples(graph)
    if fmt == "ttl":
        return turtle(graph)
    if fmt == "jsonld":
        context = {prefix: ns for prefix, ns in PREFIXES.items()}
        return graph.serialize(format="json-ld", context=context, indent=2, sort_keys=True,
                               encoding="utf-8")
    if fmt == "graphml":
        return to_graphml(graph)
    return graph.serialize(format=serializer, encoding="utf-8")


def write_formats(built, folder: Path, formats) -> dict[str, str]:
    """Write every requested format of a build into folder; returns name -> path."""
    written: dict[str, str] = {}
    for fmt in check_formats(formats or ("ttl",)):
        name, _ = FORMATS[fmt]
        path = Path(folder) / name
        if fmt == "trig":
            path.write_bytes(to_dataset(built.entities, built.documents).serialize(format="trig", encoding="utf-8"))
        else:
            path.write_bytes(serialize(built.graph, fmt))
        written[fmt] = str(path)
    return written


#: predicates whose value names a node in GraphML, in order of preference
_LABELS = ("http://www.w3.org/2004/02/skos/core#prefLabel",
           "http://www.w3.org/2000/01/rdf-schema#label",
           "http://purl.org/dc/terms/title",
           "http://xmlns.com/foaf/0.1/name")
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def compact_iri(iri: str) -> str:
    """An IRI as prefix:local with the ontology's prefixes, or the IRI itself."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def to_graphml(graph: Graph) -> bytes:
    """The graph as GraphML for Gephi and Cytoscape (through networkx).

    One node per IRI or blank node that is a subject or the object of a link, with its
    label, its classes (prefixed names, space-separated), its kind (the first kgbuild class,
    for colouring) and its IRI as attributes; one edge per link, rdf:type excepted (it is the
    classes attribute), with the property as prefixed name. Sorted, so the same triples give
    the same file.
    """
    import io

    import networkx as nx
    from rdflib import Literal, URIRef

    labels: dict[str, dict[str, list[str]]] = {}
    classes: dict[str, set[str]] = {}
    nodes: set[str] = set()
    links: set[tuple[str, str, str]] = set()

    def name(term) -> str:
        return term.n3() if not isinstance(term, URIRef) else str(term)

    for s, p, o in graph:
        subject = name(s)
        nodes.add(subject)
        if isinstance(o, Literal):
            if str(p) in _LABELS:
                labels.setdefault(subject, {}).setdefault(str(p), []).append(str(o))
        elif str(p) == _RDF_TYPE:
            classes.setdefault(subject, set()).add(compact_iri(str(o)))
        else:
            nodes.add(name(o))
            links.add((subject, compact_iri(str(p)), name(o)))
    kg_prefix = "kg:"
    out = nx.MultiDiGraph()
    for node in sorted(nodes):
        found = labels.get(node, {})
        label = next((min(found[p]) for p in _LABELS if p in found), compact_iri(node))
        kinds = sorted(classes.get(node, ()))
        own = [c[len(kg_prefix):] for c in kinds if c.startswith(kg_prefix)]
        kind = own[0] if own else kinds[0] if kinds else ""
        out.add_node(node, label=label, classes=" ".join(kinds), kind=kind, iri=node)
    for n, (subject, predicate, obj) in enumerate(sorted(links)):
        out.add_edge(subject, obj, key=f"e{n}", predicate=predicate, label=predicate)
    buffer = io.BytesIO()
    nx.write_graphml(out, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()
