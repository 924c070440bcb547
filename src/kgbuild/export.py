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


def serialize(graph: Graph, fmt: str) -> bytes:
    """One graph in one format; deterministic for the same triples."""
    _, serializer = FORMATS[fmt]
    if fmt == "nt":
        lines = graph.serialize(format="nt", encoding="utf-8").splitlines(keepends=True)
        return b"".join(sorted(line for line in lines if line.strip()))
    if fmt == "jsonld":
        context = {prefix: ns for prefix, ns in PREFIXES.items()}
        return graph.serialize(format="json-ld", context=context, indent=2, sort_keys=True,
                               encoding="utf-8")
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
