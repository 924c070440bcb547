"""Export: write a build as Turtle, N-Triples, TriG (one named graph per document) or
JSON-LD (compact, the ontology's prefixes as @context); convert an existing build.

Large graphs never pass through an in-memory rdflib graph here: each document's triples are
appended to a file of N-Triples lines, the lines are sorted (the canonical text of a graph
without blank nodes), and Oxigraph streams them into the other formats. The same triples
always give the same bytes.
"""

from __future__ import annotations

import heapq
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from rdflib import Graph

from .errors import KgbuildError, UsageError
from .iri import mint
from .vocab import PREFIXES

#: format name -> file name
FORMATS = {"ttl": "graph.ttl", "nt": "graph.nt", "trig": "graph.trig", "jsonld": "graph.jsonld"}
#: GraphML for Gephi and Cytoscape (to_graphml, through networkx and an in-memory graph)
FORMATS["graphml"] = "graph.graphml"
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


#: memory GNU sort may use for its runs
SORT_BUFFER = "256M"


def sort_lines(sources: Path | Sequence[Path], target: Path, merge: bool = False) -> int:
    """Sort files of lines bytewise into one and drop duplicates (external sort: any size);
    returns the lines written. merge: every source is sorted already (sort_in_place), so
    they are only merged, in one pass. The target may be one of the sources."""
    _sort(sources, target, merge)
    return count_lines(target)


def _sort(sources: Path | Sequence[Path], target: Path, merge: bool) -> None:
    sources = [sources] if isinstance(sources, Path) else list(sources)
    if not sources:
        target.write_bytes(b"")
    elif shutil.which("sort"):
        # a fixed buffer: memory does not grow with the graph (sort merges runs from disk);
        # sort reads all its input before it writes, so the target may be a source
        command = ["sort", "-u", *(["-m"] if merge else []), "-S", SORT_BUFFER, "-T", str(target.parent)]
        command += ["-o", str(target), *map(str, sources)]
        subprocess.run(command, check=True, env=dict(os.environ, LC_ALL="C"))
    elif merge:  # no coreutils: merge the sorted files a line at a time
        handles = [source.open("rb") for source in sources]
        tmp = target.with_name(target.name + ".merging")
        try:
            with tmp.open("wb") as out:
                last = None
                for line in heapq.merge(*handles):
                    if line != last:
                        out.write(line if line.endswith(b"\n") else line + b"\n")
                        last = line
        finally:
            for handle in handles:
                handle.close()
        os.replace(tmp, target)
    else:  # no coreutils: sort in memory
        lines = set()
        for source in sources:
            lines.update(
                line if line.endswith(b"\n") else line + b"\n" for line in source.read_bytes().splitlines(True)
            )
        target.write_bytes(b"".join(sorted(lines)))


def sort_in_place(path: Path) -> None:
    """Sort one file of lines bytewise and drop duplicates (a run sort_lines(merge=True) takes)."""
    _sort(path, path, merge=False)


def count_lines(path: Path) -> int:
    """Lines in a file, read a block at a time."""
    count = 0
    with path.open("rb") as handle:
        while block := handle.read(COUNT_BLOCK):
            count += block.count(b"\n")
    return count


COUNT_BLOCK = 16 * 1024 * 1024


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


def convert(sorted_lines: Path, target: Path, fmt: str, quads: bool = False, pieces: int = 1) -> None:
    """Stream sorted N-Triples (or N-Quads) into a file of another format.

    pieces > 1 (Turtle only): that many processes each write a run of subjects, and the runs
    are joined; the bytes are those one process writes (Turtle groups the triples of a
    subject, and the runs are cut where the subject changes)."""
    import pyoxigraph as ox

    if fmt == "ttl" and not quads and pieces > 1:
        cuts = subject_cuts(sorted_lines, pieces)
        if len(cuts) > 2:
            _convert_in_pieces(sorted_lines, target, cuts)
            return
    source_format = ox.RdfFormat.N_QUADS if quads else ox.RdfFormat.N_TRIPLES
    if fmt == "graphml":
        graph = Graph().parse(str(sorted_lines), format="nquads" if quads else "nt")
        target.write_bytes(to_graphml(graph))
        return
    if fmt == "nt" and not quads:
        shutil.copyfile(sorted_lines, target)
        return
    prefixes = {p: ns for p, ns in PREFIXES.items() if p != "kgr"}
    items = ox.parse(path=str(sorted_lines), format=source_format)
    ox.serialize(
        items,
        str(target),
        format=getattr(ox.RdfFormat, _OX_FORMAT[fmt]),
        prefixes=prefixes if fmt in ("ttl", "trig") else None,
    )
    if fmt in ("ttl", "trig"):
        _reorder_prefixes(target)


def subject_cuts(path: Path, pieces: int) -> list[int]:
    """Byte offsets that cut a file of sorted N-Triples into at most `pieces` runs of whole
    subjects: [0, ..., size]. A cut falls on the first line whose subject differs from the
    line before."""
    size = path.stat().st_size
    cuts = [0]
    with path.open("rb") as handle:
        for k in range(1, pieces):
            handle.seek(max(size * k // pieces, cuts[-1]))
            handle.readline()  # the rest of the line the seek fell into (or a whole one)
            subject = handle.readline().split(b" ", 1)[0]
            while True:
                at = handle.tell()
                line = handle.readline()
                if not line or line.split(b" ", 1)[0] != subject:
                    break
            if cuts[-1] < at < size:
                cuts.append(at)
    cuts.append(size)
    return cuts


class _Run:
    """A file-like reader of bytes [start, end) of a file (Oxigraph's parser reads it)."""

    def __init__(self, path: Path, start: int, end: int) -> None:
        self.handle = path.open("rb")
        self.handle.seek(start)
        self.left = end - start

    def read(self, size: int = -1) -> bytes:
        size = self.left if size is None or size < 0 else min(size, self.left)
        data = self.handle.read(size)
        self.left -= len(data)
        return data

    def close(self) -> None:
        self.handle.close()


def _write_run(job: tuple[str, int, int, str]) -> None:
    """One process's run of subjects as Turtle (with the prefix lines, sorted)."""
    import pyoxigraph as ox

    source, start, end, target = job
    run = _Run(Path(source), start, end)
    try:
        ox.serialize(
            ox.parse(run, format=ox.RdfFormat.N_TRIPLES),
            target,
            format=ox.RdfFormat.TURTLE,
            prefixes={p: ns for p, ns in PREFIXES.items() if p != "kgr"},
        )
    finally:
        run.close()
    _reorder_prefixes(Path(target))


def _convert_in_pieces(sorted_lines: Path, target: Path, cuts: list[int]) -> None:
    """Turtle written by one process per run of subjects, then joined: the first run keeps
    its prefix lines, the others lose theirs (the same lines: every run declares them all)."""
    import multiprocessing

    jobs = [
        (str(sorted_lines), start, end, str(target.with_name(f"{target.name}.{k}")))
        for k, (start, end) in enumerate(zip(cuts[:-1], cuts[1:], strict=True))
    ]
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    try:
        with context.Pool(len(jobs)) as pool:
            pool.map(_write_run, jobs, chunksize=1)
        with target.open("wb") as out:
            head = b""
            for k, (*_, piece) in enumerate(jobs):
                with open(piece, "rb") as handle:
                    if k == 0:
                        head = _prefix_block(handle)
                        out.write(head)
                    elif handle.read(len(head)) != head:
                        raise KgbuildError(f"the Turtle of run {k} does not start with the prefix lines")
                    shutil.copyfileobj(handle, out, COPY_BLOCK)
    finally:
        for *_, piece in jobs:
            Path(piece).unlink(missing_ok=True)


COPY_BLOCK = 8 * 1024 * 1024


def _prefix_block(handle) -> bytes:
    """The @prefix lines and the empty line after them, read from the start of a Turtle file."""
    head = []
    while (line := handle.readline()).startswith(b"@prefix "):
        head.append(line)
    return b"".join(head) + line


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
    if fmt == "graphml":
        return to_graphml(graph)
    if fmt not in ("ttl", "trig"):
        raise UsageError(f"unknown format {fmt!r}")
    with tempfile.TemporaryDirectory() as tmp:
        lines = Path(tmp) / "graph.nt"
        lines.write_bytes(sorted_ntriples(graph))
        out = Path(tmp) / f"graph.{fmt}"
        convert(lines, out, fmt)
        return out.read_bytes()


#: predicates whose value names a node in GraphML, in order of preference
_LABELS = (
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://purl.org/dc/terms/title",
    "http://xmlns.com/foaf/0.1/name",
)
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def compact_iri(iri: str) -> str:
    """An IRI as prefix:local with the ontology's prefixes, or the IRI itself."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
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
        own = [c[len(kg_prefix) :] for c in kinds if c.startswith(kg_prefix)]
        kind = own[0] if own else kinds[0] if kinds else ""
        out.add_node(node, label=label, classes=" ".join(kinds), kind=kind, iri=node)
    for n, (subject, predicate, obj) in enumerate(sorted(links)):
        out.add_edge(subject, obj, key=f"e{n}", predicate=predicate, label=predicate)
    buffer = io.BytesIO()
    nx.write_graphml(out, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()
