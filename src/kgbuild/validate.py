"""Validate: check a graph against the project's SHACL shapes (pySHACL) and say what is wrong."""

from __future__ import annotations

from functools import lru_cache

from rdflib import Graph
from rdflib.namespace import SH

from .config import ontology_dir


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    graph = Graph()
    graph.parse(ontology_dir() / "shapes.ttl", format="turtle")
    return graph


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    graph = Graph()
    graph.parse(ontology_dir() / "kgbuild.ttl", format="turtle")
    return graph


def validate_graph(graph: Graph, max_messages: int = 200) -> tuple[bool, list[str]]:
    """(conforms, readable violations): focus node, path, value and the shape's message."""
    from pyshacl import validate

    # inplace: no copy of the data graph (a quarter of the time); with no inference and no
    # SHACL rules in the shapes nothing is added to it
    conforms, results, _ = validate(
        graph, shacl_graph=shapes_graph(), inference="none", advanced=True, allow_warnings=False, inplace=True
    )
    messages: list[str] = []
    if not conforms:
        for result in sorted(results.subjects(SH.focusNode, None), key=str):
            focus = results.value(result, SH.focusNode)
            path = results.value(result, SH.resultPath)
            value = results.value(result, SH.value)
            text = results.value(result, SH.resultMessage)
            parts = [f"{_short(graph, focus)}"]
            if path is not None:
                parts.append(f"path {_short(graph, path)}")
            if value is not None:
                parts.append(f"value {_short(graph, value)}")
            parts.append(str(text) if text else "violates a shape")
            messages.append(": ".join(parts))
            if len(messages) >= max_messages:
                break
    return bool(conforms), sorted(set(messages))


def _short(graph: Graph, term) -> str:
    try:
        return term.n3(graph.namespace_manager)
    except Exception:  # noqa: BLE001 - a path may be a blank node structure
        return str(term)
