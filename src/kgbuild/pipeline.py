"""The pipeline: the one place that orchestrates the stages and does I/O.

read -> normalise -> segment -> extract -> resolve -> map to RDF -> validate -> export.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from rdflib import Graph

from .config import Settings, sample_path
from .errors import ExtractorError, InputError
from .export import FORMATS, check_formats, compact_jsonld, convert, sort_lines
from .extract import Found, build_extractors
from .gazetteer import load_gazetteer
from .model import BuildResult, Document, DocumentMeta, Extraction, Mention, Skipped
from .normalise import normalise
from .rdf import GraphBuilder, new_graph
from .read import read_inputs
from .resolve import resolve
from .segment import load_segmenter, segment

Progress = Callable[[int, int | None], None]


@lru_cache(maxsize=4)
def _extractors(names: tuple[str, ...]):
    return build_extractors(names, load_gazetteer())


def extract_document(doc: Document, settings: Settings) -> Extraction:
    """Run every stage up to extraction on one document (pure: no I/O beyond cached data)."""
    norm = normalise(doc)
    seg = segment(norm, load_segmenter())
    found = Found()
    for extractor in _extractors(tuple(settings.extractors)):
        items = list(extractor(seg, found))
        kept = []
        for item in items:
            _check_contract(extractor, seg.text, item, doc.id)
            if norm.is_damaged(item.start, item.end) if not isinstance(item, DocumentMeta) else False:
                continue  # never take anything from a span of unrepaired mojibake
            kept.append(item)
        found = found.plus(kept)
    mentions = tuple(m for m in found.items if isinstance(m, Mention))
    relations = tuple(r for r in found.items if not isinstance(r, Mention | DocumentMeta))
    metas = [r for r in found.items if isinstance(r, DocumentMeta)]
    meta = metas[0] if metas else DocumentMeta(title=doc.title or doc.id, date=doc.date)
    return Extraction(doc=doc, norm=norm, mentions=mentions, relations=relations, meta=meta)


def _check_contract(extractor, text: str, item, doc_id: str) -> None:
    """Every finding is of a declared kind, and every span lies in the text and slices it."""
    if item.kind not in extractor.produces:
        raise ExtractorError(f"yielded undeclared kind {item.kind!r}", extractor=extractor.name, doc_id=doc_id)
    if isinstance(item, DocumentMeta):
        return
    if not 0 <= item.start < item.end <= len(text):
        raise ExtractorError(f"span {item.start}:{item.end} outside the text", extractor=extractor.name, doc_id=doc_id)
    if isinstance(item, Mention) and text[item.start : item.end] != item.text:
        raise ExtractorError(
            f"mention {item.text!r} does not slice the text at {item.start}:{item.end}",
            extractor=extractor.name,
            doc_id=doc_id,
        )


@dataclass(frozen=True)
class BuiltGraph:
    """A graph in memory with what was learnt building it."""

    graph: Graph  #: everything, merged (graph.ttl)
    entities: Graph  #: the entities' descriptions (TriG: graph kgr:graph/entities)
    documents: dict[str, Graph]  #: each document's contribution (TriG: one named graph each)
    extractions: tuple[Extraction, ...]
    skipped: tuple[Skipped, ...]


def _extract_star(args: tuple[Document, Settings]) -> Extraction:
    return extract_document(*args)


def extract_all(docs: Sequence[Document], settings: Settings, progress: Progress | None = None) -> list[Extraction]:
    """Extract every document: in process, in `settings.workers` processes, or on Dask.

    Results come back in input order whatever the executor, so the output is the same.
    """
    total = len(docs)
    if settings.executor == "dask":
        from .distributed import extract_on_dask

        return extract_on_dask(docs, settings, progress)
    if settings.workers > 1 and total > 1:
        import multiprocessing

        context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
        out: list[Extraction] = []
        with context.Pool(settings.workers) as pool:
            chunk = max(1, min(64, total // (settings.workers * 8) or 1))
            for n, extraction in enumerate(
                pool.imap(_extract_star, ((d, settings) for d in docs), chunksize=chunk), start=1
            ):
                out.append(extraction)
                if progress:
                    progress(n, total)
        return out
    out = []
    for n, doc in enumerate(docs, start=1):
        out.append(extract_document(doc, settings))
        if progress:
            progress(n, total)
    return out


def collect_extractions(
    inputs: Sequence[str | Path],
    settings: Settings,
    progress: Progress | None = None,
    only: set[str] | None = None,
    previous: dict[str, Extraction] | None = None,
    remove: Sequence[str] = (),
) -> tuple[list[Extraction], tuple[Skipped, ...]]:
    """Read and extract every input (or only the documents with these ids), sorted by id.

    previous: extractions of an earlier build to keep (a new reading of the same document id
    replaces its earlier one); remove: ids to drop from them.
    """
    skipped: list[Skipped] = []
    docs: list[Document] = []
    for item in read_inputs(inputs):
        if isinstance(item, Document):
            if only is None or item.id in only:
                docs.append(item)
        else:
            skipped.append(item)
    extractions = extract_all(docs, settings, progress)
    if previous:
        fresh = {e.doc.id for e in extractions}
        dropped = set(remove)
        extractions = [
            e for doc_id, e in sorted(previous.items()) if doc_id not in fresh and doc_id not in dropped
        ] + extractions
    if not extractions and not previous:
        reasons = "; ".join(f"{s.source}{f':{s.line}' if s.line else ''}: {s.reason}" for s in skipped[:5])
        raise InputError(f"nothing could be read ({reasons or 'no input'})")
    extractions.sort(key=lambda e: e.doc.id)
    return extractions, tuple(skipped)


def build_graph(
    inputs: Sequence[str | Path],
    settings: Settings,
    progress: Progress | None = None,
    only: set[str] | None = None,
    previous: dict[str, Extraction] | None = None,
    remove: Sequence[str] = (),
) -> BuiltGraph:
    """Everything in memory (for evaluation and small inputs): read, extract, resolve, map."""
    extractions, skipped = collect_extractions(inputs, settings, progress, only, previous, remove)
    gazetteer = load_gazetteer()
    builder = GraphBuilder(resolve(extractions, gazetteer), gazetteer, settings.quote_context)
    entities = new_graph()
    builder.add_entities(entities)
    documents: dict[str, Graph] = {}
    graph = new_graph()
    graph += entities
    for extraction in extractions:
        part = new_graph()
        builder.add_extraction(part, extraction)
        documents[extraction.doc.id] = part
        graph += part
    return BuiltGraph(
        graph=graph, entities=entities, documents=documents, extractions=tuple(extractions), skipped=skipped
    )


class TripleSet(set):
    """Where GraphBuilder puts one document's triples on the streaming path: a plain set of
    rdflib terms (no indexes), written out as N-Triples lines."""

    def ntriples(self) -> list[bytes]:
        from rdflib.plugins.serializers.nt import _nt_row

        return [_nt_row(triple).encode("utf-8") for triple in self]


def write_graph_lines(extractions: Sequence[Extraction], settings: Settings, folder: Path) -> tuple[Path, Path]:
    """Map every document to RDF one at a time and append its triples to files of N-Triples
    (and N-Quads, each document in its own named graph); nothing holds the whole graph."""
    from .export import ENTITY_GRAPH, document_graph_iri

    gazetteer = load_gazetteer()
    builder = GraphBuilder(resolve(extractions, gazetteer), gazetteer, settings.quote_context)
    triples, quads = folder / "triples.unsorted", folder / "quads.unsorted"
    with triples.open("wb") as nt, quads.open("wb") as nq:

        def emit(part: TripleSet, name) -> None:
            lines = part.ntriples()
            nt.writelines(lines)
            tag = f" <{name}> .\n".encode()
            nq.writelines(line[:-3] + tag for line in lines)

        part = TripleSet()
        builder.add_entities(part)
        emit(part, ENTITY_GRAPH)
        for extraction in extractions:
            part = TripleSet()
            builder.add_extraction(part, extraction)
            emit(part, document_graph_iri(extraction.doc.id))
    return triples, quads


CACHE = ".kgbuild"


def _cache_file(folder: Path, doc_id: str) -> Path:
    return folder / (hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:32] + ".pickle")


def load_extractions(out_dir: str | Path) -> dict[str, Extraction]:
    """The extractions an earlier build kept in out_dir/.kgbuild (what --into adds to)."""
    folder = Path(out_dir) / CACHE / "extractions"
    if not folder.is_dir():
        raise InputError(
            "no earlier build to add to (no .kgbuild/extractions)",
            path=str(out_dir),
            hint="build into this folder once without --into",
        )
    found: dict[str, Extraction] = {}
    for path in sorted(folder.glob("*.pickle")):
        with path.open("rb") as handle:
            stored = pickle.load(handle)
        found[stored.doc.id] = replace(stored, norm=normalise(stored.doc))
    return found


def _save_extractions(folder: Path, extractions: Sequence[Extraction]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for extraction in extractions:
        # the offset map is rebuilt from the document on load: it is large and derivable
        with _cache_file(folder, extraction.doc.id).open("wb") as handle:
            pickle.dump(replace(extraction, norm=None), handle, protocol=pickle.HIGHEST_PROTOCOL)


def _write_store(folder: Path, lines: Path):
    """An on-disk Oxigraph store of the graph (in .kgbuild/store), which queries on the
    output folder use."""
    import pyoxigraph as ox

    folder.mkdir(parents=True, exist_ok=True)
    store = ox.Store(str(folder))
    store.bulk_load(path=str(lines), format=ox.RdfFormat.N_TRIPLES)
    store.flush()
    return store


def build(
    inputs: Sequence[str | Path] | None,
    out_dir: str | Path,
    settings: Settings,
    progress: Progress | None = None,
    into: bool = False,
    remove: Sequence[str] = (),
) -> BuildResult:
    """Build the inputs (the bundled sample when none) into out_dir: graph.ttl, graph.html,
    report.json. Files are written to a temporary folder and moved into place at the end,
    so an interrupted build leaves the previous output intact.

    into: add the inputs to the build already in out_dir (re-reading a document replaces
    it); remove: document ids to take out of it. Both give exactly the graph a build of the
    resulting set of documents at once gives.
    """
    from .html import write_html
    from .validate import validate_graph

    started = time.perf_counter()
    previous = load_extractions(out_dir) if (into or remove) else None
    if remove:
        missing = sorted(set(remove) - set(previous or {}))
        if missing:
            raise InputError(f"no document {', '.join(map(repr, missing))} in this build", path=str(out_dir))
    if inputs:
        inputs = list(inputs)
    elif previous is not None:
        inputs = []
    else:
        inputs = [str(sample_path())]
    extractions, skipped = collect_extractions(inputs, settings, progress, previous=previous, remove=remove)
    formats = check_formats(settings.formats or ("ttl",))
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _clear_stale_staging(out)
    staging = Path(tempfile.mkdtemp(prefix=".kgbuild-", dir=out))
    (staging / "pid").write_text(str(os.getpid()), encoding="ascii")
    try:
        work = staging / "work"
        work.mkdir()
        unsorted_triples, unsorted_quads = write_graph_lines(extractions, settings, work)
        lines = work / "graph.nt"
        triples = sort_lines(unsorted_triples, lines)
        small = triples <= settings.validate_max_triples
        need_graph = small and (settings.validate or "jsonld" in formats)
        graph = Graph().parse(lines, format="nt") if need_graph else None
        outputs: dict[str, str] = {}
        for fmt in formats:
            name = FORMATS[fmt]
            if fmt == "jsonld" and graph is not None:
                (staging / name).write_bytes(compact_jsonld(graph))
            elif fmt == "trig":
                sorted_quads = work / "graph.nq"
                sort_lines(unsorted_quads, sorted_quads)
                convert(sorted_quads, staging / name, "trig", quads=True)
            else:
                convert(lines, staging / name, fmt)
            outputs[fmt] = str(out / name)
        conforms, violations = True, ()
        if settings.validate and graph is not None:
            conforms, violations = validate_graph(graph)
        elif settings.validate and not small:
            conforms = None
            violations = (
                f"not validated: {triples} triples is more than validate_max_triples "
                f"({settings.validate_max_triples}); run `kgbuild validate` on the output",
            )
        store = None
        if settings.store or settings.html:
            store = _write_store((staging / CACHE if settings.store else work) / "store", lines)
        if settings.html:
            from .html import NETWORK_CONSTRUCT, quotes_construct
            from .query import to_rdflib_graph

            # only what the view draws, and the quotes of the nodes it keeps, from the store
            write_html(
                to_rdflib_graph(store, NETWORK_CONSTRUCT),
                staging / "graph.html",
                max_nodes=settings.html_max_nodes,
                quotes=lambda nodes, source=store: to_rdflib_graph(source, quotes_construct(nodes)),
            )
            outputs["html"] = str(out / "graph.html")
        del store
        counts = _class_counts(lines)
        seconds = round(time.perf_counter() - started, 3)
        outputs["report"] = str(out / "report.json")
        result = BuildResult(
            documents=len(extractions),
            skipped=skipped,
            counts=counts,
            triples=triples,
            conforms=conforms,
            violations=tuple(violations),
            seconds=seconds,
            outputs=outputs,
        )
        (staging / "report.json").write_text(report_json(result), encoding="utf-8")
        _save_extractions(staging / CACHE / "extractions", extractions)
        shutil.rmtree(work)
        (staging / "pid").unlink()
        for name in sorted(os.listdir(staging)):
            if name == CACHE:
                continue
            os.replace(staging / name, out / name)
        old = out / f"{CACHE}.old"
        shutil.rmtree(old, ignore_errors=True)
        if (out / CACHE).exists():
            os.replace(out / CACHE, old)
        os.replace(staging / CACHE, out / CACHE)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result


def _clear_stale_staging(out: Path) -> None:
    """Remove what builds that were killed left behind (.kgbuild-* whose process is gone)."""
    for folder in out.glob(".kgbuild-*"):
        pid_file = folder / "pid"
        try:
            pid = int(pid_file.read_text(encoding="ascii"))
            os.kill(pid, 0)
            continue  # that build is still running
        except ProcessLookupError:
            pass
        except (OSError, ValueError):
            pass  # no pid recorded: left by an older build
        shutil.rmtree(folder, ignore_errors=True)


def _class_counts(lines: Path) -> dict[str, int]:
    """Instances per counted class, read from the sorted N-Triples (one type triple each)."""
    from .analyse import COUNTED

    wanted = {f"<{cls}>".encode(): name for name, cls in COUNTED.items()}
    predicate = f"<{RDF_TYPE}>".encode()
    counts = dict.fromkeys(COUNTED, 0)
    with lines.open("rb") as handle:
        for line in handle:
            parts = line.split(b" ", 3)
            if len(parts) == 4 and parts[1] == predicate:
                name = wanted.get(parts[2])
                if name:
                    counts[name] += 1
    return counts


RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def report_json(result: BuildResult) -> str:
    data = {
        "documents": result.documents,
        "skipped": [{"source": s.source, "line": s.line, "reason": s.reason} for s in result.skipped],
        "counts": result.counts,
        "triples": result.triples,
        "shacl": {"conforms": result.conforms, "violations": list(result.violations)},
        "seconds": result.seconds,
        "outputs": result.outputs,
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
