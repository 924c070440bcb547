"""The pipeline: the one place that orchestrates the stages and does I/O.

read -> normalise -> segment -> extract -> resolve -> map to RDF -> validate -> export.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from rdflib import Graph

from .config import Settings, sample_path
from .errors import ExtractorError, InputError, KgbuildError
from .export import FORMATS, check_formats, compact_jsonld, convert, sort_in_place, sort_lines
from .extract import Found, build_extractors
from .gazetteer import load_gazetteer
from .model import BuildResult, Document, DocumentMeta, Extraction, Mention, Names, Skipped
from .normalise import normalise
from .rdf import GraphBuilder, new_graph
from .read import read_inputs
from .resolve import Resolution, Resolver, names_of, resolve
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
    spans: set[tuple[str, int, int, str]] = set()  # a mention found twice is kept once: the first
    for extractor in _extractors(tuple(settings.extractors)):
        items = list(extractor(seg, found))
        kept = []
        for item in items:
            _check_contract(extractor, seg.text, item, doc.id)
            if norm.is_damaged(item.start, item.end) if not isinstance(item, DocumentMeta) else False:
                continue  # never take anything from a span of unrepaired mojibake
            if isinstance(item, Mention):
                span = (item.kind, item.start, item.end, item.label)
                if span in spans:
                    continue
                spans.add(span)
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


def extract_all(docs: Iterable[Document], settings: Settings, progress: Progress | None = None) -> list[Extraction]:
    """Extract every document (in this process, in `settings.workers` processes, or on Dask),
    sorted by document id whatever the executor, so the output is the same."""
    if settings.executor == "dask":
        from .distributed import extract_on_dask

        results = extract_on_dask(docs, settings)
    else:
        executor = _Executor(settings.workers, (settings, None, None, None, False))
        results = _drain(executor, _extract_only, docs)
    out = []
    for extraction in results:
        out.append(extraction)
        if progress:
            progress(len(out), None)
    return sorted(out, key=lambda e: e.doc.id)


def _drain(executor: _Executor, task: Callable, items: Iterable) -> Iterator:
    with executor as pool:
        yield from pool.map(task, items)


def build_graph(
    inputs: Sequence[str | Path],
    settings: Settings,
    progress: Progress | None = None,
    only: set[str] | None = None,
) -> BuiltGraph:
    """Everything in memory (for evaluation and small inputs): read, extract, resolve, map.

    only: the ids of the documents to build (the others are read and left out)."""
    skipped: list[Skipped] = []
    docs = (doc for doc in _documents(inputs, skipped) if only is None or doc.id in only)
    extractions = extract_all(docs, settings, progress)
    if not extractions:
        reasons = "; ".join(f"{s.source}{f':{s.line}' if s.line else ''}: {s.reason}" for s in skipped[:5])
        raise InputError(f"nothing could be read ({reasons or 'no input'})")
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
        graph=graph, entities=entities, documents=documents, extractions=tuple(extractions), skipped=tuple(skipped)
    )


class TripleSet(set):
    """Where GraphBuilder(lines=True) puts one document's triples on the streaming path: a
    plain set of triples of N-Triples terms, written out as lines."""

    def ntriples(self, batch: int = 50_000) -> Iterator[list[bytes]]:
        """The lines, a batch at a time (a long document's would not all fit in memory beside
        its triples)."""
        lines: list[bytes] = []
        for s, p, o in self:
            lines.append(f"{s} {p} {o} .\n".encode())
            if len(lines) >= batch:
                yield lines
                lines = []
        if lines:
            yield lines


CACHE = ".kgbuild"
#: N-Triples given to the store's bulk loader at once (it needs several times this in memory)
STORE_LOAD_BYTES = 32 * 1024 * 1024
#: smallest build whose store and view another process makes (with workers > 1) while this
#: one maps and writes: starting a Python process costs a few seconds
SIDE_MIN_DOCUMENTS = 500
#: niceness of the side process (the store's load and the view): on two cores it would
#: otherwise take one from the mapping's workers, which then finish late and leave the sort
#: and the Turtle behind them; at a lower priority it loads on what they leave
SIDE_NICE = 10
#: size at which a worker's file of N-Triples lines is finished and the next begun
PART_BYTES = 64 * 1024 * 1024
#: marker files: a part file is finished (beside it), the mapping is done (in the folder)
PART_DONE, MAP_DONE = ".done", "map.done"
#: documents in flight between the reader and the workers, per worker: enough to keep them
#: busy, few enough that memory does not grow with the corpus
IN_FLIGHT_PER_WORKER = 64


def _cache_file(folder: Path, doc_id: str) -> Path:
    return folder / (hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:32] + ".pickle")


def _store_extraction(folder: Path, extraction: Extraction) -> None:
    """Pickle one extraction (written aside and renamed: a file another build links to is
    never changed in place)."""
    target = _cache_file(folder, extraction.doc.id)
    tmp = target.with_suffix(f".{os.getpid()}.tmp")
    with tmp.open("wb") as handle:
        pickle.dump(extraction, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, target)


def _load_extraction(path: Path) -> Extraction:
    with path.open("rb") as handle:
        stored = pickle.load(handle)
    if stored.norm is None:  # kept by an older build without its offset map
        stored = replace(stored, norm=normalise(stored.doc))
    return stored


def _previous_cache(out_dir: str | Path) -> Path:
    folder = Path(out_dir) / CACHE / "extractions"
    if not folder.is_dir():
        raise InputError(
            "no earlier build to add to (no .kgbuild/extractions)",
            path=str(out_dir),
            hint="build into this folder once without --into",
        )
    return folder


# -- the streamed build: extraction to disk, resolution on counts, RDF in the workers --------

_WORKER: dict = {}  #: per worker process: what the task functions need


def _init_worker(settings: Settings, cache: Path, work: Path | None, resolution, quads: bool) -> None:
    _WORKER.update(settings=settings, cache=cache, work=work, quads=quads, builder=None, resolution=resolution)


def _extract_only(doc: Document) -> Extraction:
    """Worker task: extract one document."""
    return extract_document(doc, _WORKER["settings"])


def _extract_to_cache(doc: Document) -> Names:
    """Worker task: extract one document, keep the extraction on disk, return its names."""
    extraction = extract_document(doc, _WORKER["settings"])
    _store_extraction(_WORKER["cache"], extraction)
    return names_of(extraction)


def _names_from_cache(path: Path):
    """Worker task: the names of an extraction kept by an earlier build."""
    return names_of(_load_extraction(path))


def _map_from_cache(path: Path) -> int:
    """Worker task: map one kept extraction to RDF and append its triples (and quads) to this
    worker's files of lines; returns how many lines."""
    from .export import document_graph_iri

    if _WORKER["builder"] is None:
        settings = _WORKER["settings"]
        _WORKER["builder"] = GraphBuilder(_WORKER["resolution"], load_gazetteer(), settings.quote_context, lines=True)
    extraction = _load_extraction(path)
    part = TripleSet()
    _WORKER["builder"].add_extraction(part, extraction)
    _append_lines(part, document_graph_iri(extraction.doc.id))
    return len(part)


def _append_lines(part: TripleSet, name) -> None:
    """Append to this process's current file of lines; one that has grown to PART_BYTES is
    sorted and marked finished (PART_DONE beside it) and the next one begun, so that a side
    process can load the store from the finished ones while the mapping goes on, and the
    graph's lines are a merge of sorted files."""
    work: Path = _WORKER["work"]
    chunk = _WORKER.setdefault("chunk", [0, 0])  # number of the current file, bytes in it
    path = work / f"part-{os.getpid()}-{chunk[0]:05d}.nt"
    chunk[1] += _write_lines(part, name, path, work / f"part-{os.getpid()}.nq" if _WORKER["quads"] else None)
    if chunk[1] >= PART_BYTES:
        sort_in_place(path)
        (work / (path.name + PART_DONE)).touch()
        chunk[0] += 1
        chunk[1] = 0


def _write_lines(part: TripleSet, name, nt_path: Path, nq_path: Path | None) -> int:
    """Append the triples' N-Triples lines to nt_path (and, as quads in the named graph
    `name`, to nq_path); returns the bytes of N-Triples written."""
    tag = f" <{name}> .\n".encode()
    written = 0
    with nt_path.open("ab") as nt, nq_path.open("ab") if nq_path is not None else nullcontext() as nq:
        for lines in part.ntriples():
            nt.writelines(lines)
            if nq is not None:
                nq.writelines(line[:-3] + tag for line in lines)
            written += sum(map(len, lines))
    return written


def _sort_part(path: Path) -> None:
    """Worker task: sort one file of lines the mapping left unfinished."""
    sort_in_place(path)


class _Executor:
    """Runs worker tasks in this process or in a pool of processes, feeding the pool from an
    iterator a little at a time (a Pool would otherwise read the whole input ahead)."""

    def __init__(self, workers: int, initargs: tuple) -> None:
        self.workers = workers
        self.initargs = initargs
        self.pool = None

    def __enter__(self) -> _Executor:
        if self.workers > 1:
            import multiprocessing

            context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
            self.pool = context.Pool(self.workers, initializer=_init_worker, initargs=self.initargs)
        else:
            self._saved = dict(_WORKER)
            _init_worker(*self.initargs)
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.close() if exc[0] is None else self.pool.terminate()
            self.pool.join()
        else:
            _WORKER.clear()
            _WORKER.update(self._saved)

    def map(self, task: Callable, items: Iterable) -> Iterator:
        """task(item) for every item, in any order."""
        if self.pool is None:
            yield from map(task, items)
            return
        import threading

        size = self.workers * IN_FLIGHT_PER_WORKER
        window = threading.Semaphore(size)
        stopped = threading.Event()

        def feed():
            for item in items:
                window.acquire()
                if stopped.is_set():
                    return
                yield item

        try:
            for result in self.pool.imap_unordered(task, feed(), chunksize=4):
                window.release()
                yield result
        finally:
            # a task failed (or the caller stopped): let the feeding thread see it and end,
            # or the pool's shutdown would wait for it forever
            stopped.set()
            window.release(size)


def _documents(inputs: Sequence[str | Path], skipped: list[Skipped]) -> Iterator[Document]:
    for item in read_inputs(inputs):
        if isinstance(item, Document):
            yield item
        else:
            skipped.append(item)


def count_documents(inputs: Sequence[str | Path]) -> int:
    """About how many documents the inputs hold (a line per JSON Lines record, one per text
    file), counted without decoding anything, for the progress bar's time left."""
    from .read import JSONL_SUFFIXES, TEXT_SUFFIXES, input_files

    total = 0
    for file in input_files(inputs):
        if isinstance(file, Skipped):
            continue
        if file.suffix.lower() in TEXT_SUFFIXES:
            total += 1
            continue
        if file.suffix.lower() not in JSONL_SUFFIXES:
            continue
        try:
            with file.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        except OSError:
            continue
    return total


def extract_to_cache(
    inputs: Sequence[str | Path],
    settings: Settings,
    cache: Path,
    resolver: Resolver,
    progress: Progress | None = None,
) -> tuple[set[str], tuple[Skipped, ...]]:
    """Read and extract every input, keeping each extraction in `cache` and only its names
    (counted in `resolver`) in memory. Returns the ids extracted and what was skipped."""
    skipped: list[Skipped] = []
    docs = _documents(inputs, skipped)
    total = count_documents(inputs) if progress else None
    done: set[str] = set()

    def take(names: Names) -> None:
        resolver.add(names)
        done.add(names.doc_id)
        if progress:
            progress(len(done), max(total or 0, len(done)))

    if settings.executor == "dask":
        from .distributed import extract_on_dask

        for extraction in extract_on_dask(docs, settings):
            _store_extraction(cache, extraction)
            take(names_of(extraction))
    else:
        with _Executor(settings.workers, (settings, cache, None, None, False)) as pool:
            for names in pool.map(_extract_to_cache, docs):
                take(names)
    if progress and done and total != len(done):
        progress(len(done), len(done))
    return done, tuple(skipped)


def write_graph_lines(
    cache: Path, resolution: Resolution, settings: Settings, work: Path, quads: bool
) -> tuple[list[Path], list[Path]]:
    """Map every kept extraction to RDF, in the workers, each appending its documents' triples
    to files of N-Triples lines (and N-Quads, each document in its own named graph);
    nothing holds the whole graph. The entities' descriptions come from the resolution."""
    from .export import ENTITY_GRAPH

    with _Executor(settings.workers, (settings, cache, work, resolution, quads)) as pool:
        for _ in pool.map(_map_from_cache, sorted(cache.glob("*.pickle"))):
            pass
        part = TripleSet()
        GraphBuilder(resolution, load_gazetteer(), settings.quote_context, lines=True).add_entities(part)
        entities = work / "part-entities.nt"
        _write_lines(part, ENTITY_GRAPH, entities, work / "part-entities.nq" if quads else None)
        del part
        # every file of lines sorted: the graph's lines are then a merge of them
        unfinished = [p for p in work.glob("part-*.nt") if not (work / (p.name + PART_DONE)).exists()]
        for _ in pool.map(_sort_part, sorted(unfinished, key=lambda p: -p.stat().st_size)):
            pass
    (work / MAP_DONE).touch()
    return sorted(work.glob("part-*.nt")), sorted(work.glob("part-*.nq"))


def _finished_parts(work: Path, poll: float = 0.2, parent: int | None = None) -> Iterator[Path]:
    """The part files of a mapping under way, each as soon as it is finished (its worker
    moved on to the next, or the mapping is done), until the mapping is done. Stops with an
    error when the building process (`parent`) is gone or the folder was removed: a killed
    build leaves no process waiting."""
    loaded: set[Path] = set()
    while True:
        if (parent is not None and os.getppid() != parent) or not work.is_dir():
            raise KgbuildError("the build this process loads the store for has stopped")
        done = (work / MAP_DONE).exists()
        ready = sorted(
            p for p in work.glob("part-*.nt") if p not in loaded and (done or (work / (p.name + PART_DONE)).exists())
        )
        yield from ready
        loaded.update(ready)
        if done:
            return
        if not ready:
            time.sleep(poll)


def _link_cache(source: Path, target: Path) -> None:
    """Carry an earlier build's kept extractions over (hard links: nothing is copied)."""
    target.mkdir(parents=True, exist_ok=True)
    for path in source.glob("*.pickle"):
        try:
            os.link(path, target / path.name)
        except OSError:
            shutil.copyfile(path, target / path.name)


def _write_store(folder: Path, parts: Iterable[Path]):
    """An on-disk Oxigraph store of the graph (in .kgbuild/store), which queries on the
    output folder use, loaded from files of N-Triples lines."""
    import pyoxigraph as ox

    folder.mkdir(parents=True, exist_ok=True)
    store = ox.Store(str(folder))
    for part in parts:
        with part.open("rb") as handle:
            # a slice at a time: Oxigraph's bulk loader holds what it is given in memory
            while lines := handle.readlines(STORE_LOAD_BYTES):
                # lenient: the lines are kgbuild's own, written from checked terms
                store.bulk_load(b"".join(lines), format=ox.RdfFormat.N_TRIPLES, lenient=True)
    store.flush()
    # the bulk loader leaves many overlapping files: compacting them (a few seconds for the
    # whole development corpus) halves the time of the queries that read many rows
    store.optimize()
    return store


def _store_and_view(folder: Path, parts: Iterable[Path], html: Path | None, settings: Settings) -> dict[str, float]:
    """Load the store, then draw the HTML view from it: the entity network by index lookups,
    and the other names and quotes of the nodes it keeps. Returns the seconds each part took."""
    started = time.perf_counter()
    store = _write_store(folder, parts)
    seconds = {"store": round(time.perf_counter() - started, 3)}
    if html is not None:
        from .html import quotes_from_store, write_html

        started = time.perf_counter()
        write_html(
            store,
            html,
            max_nodes=settings.html_max_nodes,
            quotes=lambda nodes: quotes_from_store(store, nodes),
        )
        seconds["html"] = round(time.perf_counter() - started, 3)
    return seconds


def _start_side(folder: Path, work: Path, html: Path | None, settings: Settings):
    """_store_and_view in a new interpreter, loading the part files of the mapping in `work`
    as they are finished (not a fork: a fork would copy RocksDB's process-wide state, its
    locks included, from a process that may have a store open, and a multiprocessing spawn
    would re-run the caller's main script)."""
    import subprocess

    job = {
        "folder": str(folder),
        "work": str(work),
        "parent": os.getpid(),
        "html": str(html) if html else None,
        "max_nodes": settings.html_max_nodes,
        "nice": SIDE_NICE,
    }
    errors = tempfile.TemporaryFile()  # files, not pipes: nothing blocks if it writes a lot
    timings = tempfile.TemporaryFile()
    side = subprocess.Popen(
        [sys.executable, "-c", "from kgbuild.pipeline import _side_main; _side_main()"],
        stdin=subprocess.PIPE,
        stderr=errors,
        stdout=timings,
    )
    side.stdin.write(json.dumps(job).encode("utf-8"))
    side.stdin.close()
    return side, errors, timings


def _finish_side(side) -> dict[str, float]:
    """Wait for the side process; the seconds its parts took."""
    process, errors, timings = side
    code = process.wait()
    errors.seek(0)
    error = errors.read().decode("utf-8", "replace")
    errors.close()
    timings.seek(0)
    output = timings.read().decode("utf-8", "replace")
    timings.close()
    if code != 0:
        raise KgbuildError(f"writing the store and the HTML view failed: {error.strip()[-2000:]}")
    return json.loads(output) if output.strip() else {}


def _stop_side(side) -> None:
    """A build that fails stops its side process before removing what it writes into."""
    if side is not None and side[0].poll() is None:
        side[0].kill()
        side[0].wait()


def _side_main() -> None:
    """The side process: a job (JSON on stdin) for _store_and_view."""
    job = json.loads(sys.stdin.read())
    if job.get("nice") and hasattr(os, "nice"):
        os.nice(job["nice"])
    settings = Settings(html_max_nodes=job["max_nodes"])
    parts = _finished_parts(Path(job["work"]), parent=job["parent"])
    seconds = _store_and_view(Path(job["folder"]), parts, job["html"] and Path(job["html"]), settings)
    sys.stdout.write(json.dumps(seconds))


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
    from .validate import validate_graph

    started = time.perf_counter()
    stages: dict[str, float] = {}
    last = [started]

    def lap(stage: str) -> None:
        now = time.perf_counter()
        stages[stage] = round(stages.get(stage, 0.0) + now - last[0], 3)
        last[0] = now

    previous = _previous_cache(out_dir) if (into or remove) else None
    if remove:
        missing = sorted(doc_id for doc_id in set(remove) if not _cache_file(previous, doc_id).is_file())
        if missing:
            raise InputError(f"no document {', '.join(map(repr, missing))} in this build", path=str(out_dir))
    if inputs:
        inputs = list(inputs)
    elif previous is not None:
        inputs = []
    else:
        inputs = [str(sample_path())]
    formats = check_formats(settings.formats or ("ttl",))
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _clear_stale_staging(out)
    staging = Path(tempfile.mkdtemp(prefix=".kgbuild-", dir=out))
    (staging / "pid").write_text(str(os.getpid()), encoding="ascii")
    side = grep = None
    try:
        work = staging / "work"
        work.mkdir()
        cache = staging / CACHE / "extractions"
        cache.mkdir(parents=True)
        if previous is not None:
            _link_cache(previous, cache)
        gazetteer = load_gazetteer()
        resolver = Resolver(gazetteer)
        fresh, skipped = extract_to_cache(inputs, settings, cache, resolver, progress)
        for doc_id in remove:
            if doc_id not in fresh:
                _cache_file(cache, doc_id).unlink()
        kept = sorted(cache.glob("*.pickle"))
        if not kept:
            reasons = "; ".join(f"{s.source}{f':{s.line}' if s.line else ''}: {s.reason}" for s in skipped[:5])
            raise InputError(f"nothing could be read ({reasons or 'no input'})")
        if previous is not None:
            # names of the earlier build's documents that were not read again
            fresh_files = {_cache_file(cache, doc_id).name for doc_id in fresh}
            earlier = [path for path in kept if path.name not in fresh_files]
            with _Executor(settings.workers, (settings, cache, None, None, False)) as pool:
                for names in pool.map(_names_from_cache, earlier):
                    resolver.add(names)
        lap("extract")
        resolution = resolver.resolution()
        del resolver
        lap("resolve")
        store_dir = (staging / CACHE if settings.store else work) / "store"
        view = staging / "graph.html" if settings.html else None
        if (settings.store or settings.html) and settings.workers > 1 and len(kept) >= SIDE_MIN_DOCUMENTS:
            # the store and the view need only the lines: with workers to spare, another
            # process loads each file of them as the mapping finishes it, and draws the view,
            # while this one maps, sorts and writes
            side = _start_side(store_dir, work, view, settings)
        nt_parts, nq_parts = write_graph_lines(cache, resolution, settings, work, quads="trig" in formats)
        lap("map")
        lines = work / "graph.nt"
        triples = sort_lines(nt_parts, lines, merge=True)
        lap("sort")
        small = triples <= settings.validate_max_triples
        need_graph = small and (settings.validate or "jsonld" in formats)
        graph = Graph().parse(lines, format="nt") if need_graph else None
        grep = _start_class_counts(lines)
        outputs: dict[str, str] = {}
        for fmt in formats:
            name = FORMATS[fmt]
            if fmt == "jsonld" and graph is not None:
                (staging / name).write_bytes(compact_jsonld(graph))
            elif fmt == "trig":
                sorted_quads = work / "graph.nq"
                sort_lines(nq_parts, sorted_quads)
                convert(sorted_quads, staging / name, "trig", quads=True)
            else:
                convert(lines, staging / name, fmt, pieces=settings.workers)
            outputs[fmt] = str(out / name)
        lap("write")
        conforms, violations = True, ()
        if settings.validate and graph is not None:
            conforms, violations = validate_graph(graph)
        elif settings.validate and not small:
            conforms = None
            violations = (
                f"not validated: {triples} triples is more than validate_max_triples "
                f"({settings.validate_max_triples}); run `kgbuild validate` on the output",
            )
        lap("validate")
        if side is not None:
            parts = _finish_side(side)
            lap("store+html (alongside)")
            for part, spent in parts.items():  # how long each took, beside the writing
                stages[f"store+html (alongside).{part}"] = spent
        elif settings.store or settings.html:
            parts = _store_and_view(store_dir, nt_parts, view, settings)
            lap("store+html")
            for part, spent in parts.items():
                stages[f"store+html.{part}"] = spent
        if settings.html:
            outputs["html"] = str(out / "graph.html")
        counts = _read_class_counts(lines, grep)
        seconds = round(time.perf_counter() - started, 3)
        outputs["report"] = str(out / "report.json")
        result = BuildResult(
            documents=len(kept),
            skipped=skipped,
            counts=counts,
            triples=triples,
            conforms=conforms,
            violations=tuple(violations),
            seconds=seconds,
            outputs=outputs,
            stages=stages,
        )
        (staging / "report.json").write_text(report_json(result), encoding="utf-8")
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
        _stop_side(side)
        if grep is not None:
            if grep[0].poll() is None:
                grep[0].kill()
                grep[0].wait()
            grep[1].close()
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


def _start_class_counts(lines: Path):
    """GNU grep picking the counted classes' type triples out of the sorted N-Triples, started
    now (it reads beside whatever this process does next): (process, its output file), or
    None without grep."""
    import subprocess

    from .analyse import COUNTED

    if not shutil.which("grep"):
        return None
    classes = os.path.commonprefix([str(cls) for cls in COUNTED.values()])  # their namespace
    # into a file, not a pipe: a full pipe would hold grep until this process reads it
    output = tempfile.TemporaryFile()
    process = subprocess.Popen(
        ["grep", "-F", f" <{RDF_TYPE}> <{classes}", str(lines)], stdout=output, env=dict(os.environ, LC_ALL="C")
    )
    return process, output


def _read_class_counts(lines: Path, grep) -> dict[str, int]:
    """Instances per counted class (one type triple each) in the sorted N-Triples, read from
    the lines _start_class_counts's grep picked (or from all of them without grep)."""
    from .analyse import COUNTED

    wanted = {f"<{cls}>".encode(): name for name, cls in COUNTED.items()}
    predicate = f"<{RDF_TYPE}>".encode()
    counts = dict.fromkeys(COUNTED, 0)
    handle = lines.open("rb")
    if grep is not None:
        process, output = grep
        if process.wait() in (0, 1):  # 1: no line matched
            handle.close()
            handle = output
            handle.seek(0)
        else:
            output.close()
    with handle:
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
        "stages": result.stages,
        "outputs": result.outputs,
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
