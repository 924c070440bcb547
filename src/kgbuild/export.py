"""Export: write a build as Turtle, N-Triples, TriG (one named graph per document) or
JSON-LD (compact, the ontology's prefixes as @context); convert an existing build.

Large graphs never pass through an in-memory rdflib graph here: each document's triples are
appended to a file of N-Triples lines, the lines are sorted (the canonical text of a graph
without blank nodes), and Oxigraph streams them into the other formats. The same triples
always give the same bytes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from rdflib import Graph

from .errors import UsageError
from .iri import mint
from .vocab import PREFIXES

#: format name -> file name
FORMATS = {"ttl": "graph.ttl", "nt": "graph.nt", "trig": "graph.trig", "jsonld": "graph.jsonld"}
ENTITY_GRAPH = mint("graph", "entities")
_OX_FORMAT = {"ttl": "TURTLE", "nt": "N_TRIPLES", "trig": "TRIG", "jsonld": "JSON_LD", "nq": "N_QUADS"}


def document_graph_iri(doc_id: str):
    """The named graph that holds one document's contribution."""
    return mint("graph", "document", doc_id)


def check_formats(formats) -> tuple[str, ...]:
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise UsageError(f"unknown format(s) {', '.join(unknown)}", hint="ttl, nt, trig, jsonld")
    return tuple(dict.fromkeys(formats))


def ntriples_lines(graph: Graph) -> list[bytes]:
    """The graph's triples as N-Triples lines (each ending in a newline)."""
    return [line + b"\n" for line in graph.serialize(format="nt", encoding="utf-8").splitlines() if line.strip()]


def sorted_ntriples(graph: Graph) -> bytes:
    """N-Triples, one line per triple, sorted: the canonical text of a graph without blank nodes."""
    return b"".join(sorted(set(ntriples_lines(graph))))


def sort_lines(source: Path, target: Path) -> int:
    """Sort a file of lines bytewise and drop duplicates (external sort: any size); returns lines."""
    env = dict(os.environ, LC_ALL="C")
    tmp = target.parent
    if shutil.which("sort"):
        subprocess.run(["sort", "-u", "-S", "25%", "-T", str(tmp), "-o", str(target), str(source)],
                       check=True, env=env)
    else:  # no coreutils: sort in memory
        target.write_bytes(b"".join(sorted(set(source.read_bytes().splitlines(keepends=True)))))
    with target.open("rb") as handle:
        return sum(1 for _ in handle)


def _reorder_prefixes(path: Path) -> None:
    """Oxigraph writes @prefix lines in no fixed order: sort them, keep the rest as it is."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    with path.open("rb") as src, tmp.open("wb") as dst:
        head = []
        line = src.readline()
        while line.startswith(b"@prefix "):
            head.append(line)
            line = src.readline()
        dst.writelines(sorted(head))
        dst.write(b"\n")
        if line.strip():
            dst.write(line)
        shutil.copyfileobj(src, dst)
    os.replace(tmp, path)


def convert(sorted_lines: Path, target: Path, fmt: str, quads: bool = False) -> None:
    """Stream sorted N-Triples (or N-Quads) into a file of another format."""
    import pyoxigraph as ox

    source_format = ox.RdfFormat.N_QUADS if quads else ox.RdfFormat.N_TRIPLES
    if fmt == "nt" and not quads:
        shutil.copyfile(sorted_lines, target)
        return
    prefixes = {p: ns for p, ns in PREFIXES.items() if p != "kgr"}
    items = ox.parse(path=str(sorted_lines), format=source_format)
    ox.serialize(items, str(target), format=getattr(ox.RdfFormat, _OX_FORMAT[fmt]),
                 prefixes=prefixes if fmt in ("ttl", "trig") else None)
    if fmt in ("ttl", "trig"):
        _reorder_prefixes(target)


def compact_jsonld(graph: Graph) -> bytes:
    """JSON-LD with the ontology's prefixes as a compact @context (rdflib; for graphs that fit
    in memory; a larger build writes expanded JSON-LD through Oxigraph)."""
    context = dict(PREFIXES)
    return graph.serialize(format="json-ld", context=context, indent=1, sort_keys=True, encoding="utf-8")


def turtle(graph: Graph) -> bytes:
    """Turtle of an in-memory graph, byte-identical to what a build writes for the same triples."""
    return serialize(graph, "ttl")


def serialize(graph: Graph, fmt: str) -> bytes:
    """One in-memory graph in one format; deterministic for the same triples."""
    if fmt == "nt":
        return sorted_ntriples(graph)
    if fmt == "jsonld":
        return compact_jsonld(graph)
    if fmt not in ("ttl", "trig"):
        raise UsageError(f"unknown format {fmt!r}")
    with tempfile.TemporaryDirectory() as tmp:
        lines = Path(tmp) / "graph.nt"
        lines.write_bytes(sorted_ntriples(graph))
        out = Path(tmp) / f"graph.{fmt}"
        convert(lines, out, fmt)
        return out.read_bytes()
