"""Serve: a read-only SPARQL 1.1 Protocol endpoint over a built graph (`kgbuild serve`).

The graph is bulk-loaded once into an Oxigraph store in a temporary folder; worker
processes open that store read-only and run the queries. Oxigraph cannot interrupt a
running query, so a query that runs past the time limit is stopped by ending its worker
process (a fresh one takes its place) and answered 503.
"""

from __future__ import annotations

import argparse
import html
import ipaddress
import json
import multiprocessing
import queue
import re
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from . import __version__
from .errors import InputError
from .query import rdf_format

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30.0
DEFAULT_WORKERS = 2
#: the longest query accepted, in bytes of UTF-8; a longer one is answered 413
MAX_QUERY_BYTES = 256 * 1024
#: requests at once waiting for or holding a worker; more are answered 503 at once
MAX_PENDING = 64

#: SELECT and ASK results: media type -> pyoxigraph QueryResultsFormat, preferred first
RESULTS_MEDIA = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "application/xml": "XML",
    "text/xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
#: CONSTRUCT and DESCRIBE results: media type -> RDF format, preferred first
GRAPH_MEDIA = {
    "text/turtle": "TURTLE",
    "application/turtle": "TURTLE",
    "application/x-turtle": "TURTLE",
    "application/ld+json": "JSON_LD",
    "application/n-triples": "N_TRIPLES",
    "application/rdf+xml": "RDF_XML",
}


@dataclass(frozen=True)
class Job:
    """One query for a worker: the text, the client's Accept header and the RDF dataset."""

    query: str
    accept: str | None = None
    default_graphs: tuple[str, ...] = ()  #: default-graph-uri; none: the store's default graph
    named_graphs: tuple[str, ...] = ()  #: named-graph-uri; none: every named graph


@dataclass(frozen=True)
class Reply:
    """A worker's answer: an HTTP status, the media type and the body."""

    status: int
    media_type: str
    body: bytes

    @classmethod
    def error(cls, status: int, message: str) -> Reply:
        return cls(status, "text/plain", (message.rstrip() + "\n").encode("utf-8"))


# --- content negotiation ---------------------------------------------------------------


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """An Accept header as (media range, q) pairs; no header accepts anything."""
    if not header or not header.strip():
        return [("*/*", 1.0)]
    ranges = []
    for part in header.split(","):
        pieces = [p.strip() for p in part.split(";")]
        if not pieces[0]:
            continue
        q = 1.0
        for param in pieces[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((pieces[0].lower(), q))
    return ranges


def negotiate(header: str | None, offers: list[str]) -> str | None:
    """The offer the client prefers (the most specific matching range gives its q; ties go to
    the first offer), or None when it accepts none of them."""
    ranges = parse_accept(header)
    best, best_q = None, 0.0
    for offer in offers:
        major = offer.split("/")[0]
        q, specificity = 0.0, -1
        for media_range, range_q in ranges:
            level = (
                2 if media_range == offer else 1 if media_range == f"{major}/*" else 0 if media_range == "*/*" else -1
            )
            if level > specificity:
                q, specificity = range_q, level
        if q > best_q:
            best, best_q = offer, q
    return best


# --- the worker processes ----------------------------------------------------------------


def answer(store, job: Job) -> Reply:
    """Run one query on a store and write its results in the format the client accepts."""
    import pyoxigraph as ox

    options: dict[str, object] = {}
    try:
        if job.default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
        if job.named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    except ValueError as exc:
        return Reply.error(400, f"bad graph IRI: {exc}")
    try:
        result = store.query(job.query, **options)
    except SyntaxError as exc:
        return Reply.error(400, f"malformed query: {exc}")
    except (OSError, ValueError, RuntimeError) as exc:
        return Reply.error(500, f"query failed: {exc}")
    media = RESULTS_MEDIA if not isinstance(result, ox.QueryTriples) else GRAPH_MEDIA
    chosen = negotiate(job.accept, list(media))
    if chosen is None:
        return Reply.error(406, f"cannot answer in {job.accept!r}; this query's results come as " + ", ".join(media))
    try:
        if media is RESULTS_MEDIA:
            body = result.serialize(format=getattr(ox.QueryResultsFormat, media[chosen]))
        elif media[chosen] == "JSON_LD":
            body = _compact_json_ld(ox.serialize(result, format=ox.RdfFormat.N_TRIPLES))
        else:
            from .vocab import PREFIXES

            fmt = getattr(ox.RdfFormat, media[chosen])
            body = ox.serialize(result, format=fmt, prefixes=PREFIXES)
    except (OSError, ValueError, RuntimeError) as exc:
        return Reply.error(500, f"query failed: {exc}")
    return Reply(200, chosen, body)


def _compact_json_ld(ntriples: bytes) -> bytes:
    """JSON-LD with the ontology's prefixes as @context, as `kgbuild export --to jsonld` writes."""
    from rdflib import Graph

    from .export import serialize

    graph = Graph()
    graph.parse(data=ntriples, format="nt")
    return serialize(graph, "jsonld")


def _worker_main(store_dir: str, conn) -> None:
    """A worker process: open the store read-only, then answer jobs until the pipe closes."""
    import pyoxigraph as ox

    store = ox.Store.read_only(store_dir)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = answer(store, job)
        except Exception as exc:  # noqa: BLE001 - a worker must answer, whatever went wrong
            reply = Reply.error(500, f"query failed: {type(exc).__name__}: {exc}")
        conn.send(reply)


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: object


class QueryWorkers:
    """Worker processes on one read-only store, each running one query at a time."""

    def __init__(self, store_dir: str, count: int = DEFAULT_WORKERS) -> None:
        self.store_dir = store_dir
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        self._closed = False
        self._lock = threading.Lock()
        # spawn, not fork: the parent may hold RocksDB threads and locks a fork would copy
        self._context = multiprocessing.get_context("spawn")
        for _ in range(count):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_worker_main, args=(self.store_dir, child), name="kgbuild-serve-worker", daemon=True
        )
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._all.append(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        """End a worker (busy past the limit, or dead) and start another in its place."""
        worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)
            closed = self._closed
        if not closed:
            threading.Thread(target=lambda: self._idle.put(self._start()), daemon=True).start()

    def run(self, job: Job, timeout: float) -> Reply:
        """The reply to a job, or 503 when it is not done within `timeout` seconds of asking."""
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            return Reply.error(503, f"every query worker stayed busy for {timeout:g} s; try again later")
        try:
            worker.conn.send(job)
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                reply = worker.conn.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError):
            self._replace(worker)
            return Reply.error(500, "the query worker died; try again")
        self._replace(worker)
        return Reply.error(503, f"the query ran past the {timeout:g} s limit and was stopped")

    def pids(self) -> list[int]:
        """The process ids of the workers now running."""
        with self._lock:
            return [w.process.pid for w in self._all if w.process.is_alive()]

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
        for worker in workers:
            worker.conn.close()  # the worker's recv ends: it returns
            worker.process.join(2)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(5)


# --- the service ---------------------------------------------------------------------------


def fill_store(store, path: Path) -> None:
    """Load a graph file into a store. A dataset (TriG, N-Quads) keeps its named graphs, and
    their merge becomes the default graph too: Oxigraph's union default graph would repeat a
    triple once per graph holding it, and so repeat rows (a TriG build repeats entity triples)."""
    fmt = rdf_format(path)
    try:
        store.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, ValueError) as exc:
        raise InputError(f"cannot parse as {fmt.name}: {exc}", path=str(path)) from None
    if fmt.supports_datasets:
        store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")


class SparqlService:
    """A built graph loaded into a read-only store, with the workers that query it."""

    def __init__(self, path: str | Path, *, timeout: float = DEFAULT_TIMEOUT, workers: int = DEFAULT_WORKERS) -> None:
        import pyoxigraph as ox

        from .stores import graph_file

        self.source = graph_file(path)
        self.timeout = timeout
        self._folder = tempfile.TemporaryDirectory(prefix="kgbuild-serve-")
        store = ox.Store(self._folder.name)
        try:
            fill_store(store, self.source)
        except InputError:
            self._folder.cleanup()
            raise
        self.triples = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        store.flush()
        del store  # closes it: the workers open it read-only
        self._pending = threading.BoundedSemaphore(MAX_PENDING)
        self.workers = QueryWorkers(self._folder.name, max(1, workers))
        self.page = render_page(self.source.name, self.triples)

    def run(self, job: Job) -> Reply:
        if not self._pending.acquire(blocking=False):
            return Reply.error(503, f"more than {MAX_PENDING} requests are waiting; try again later")
        try:
            return self.workers.run(job, self.timeout)
        finally:
            self._pending.release()

    def close(self) -> None:
        self.workers.close()
        self._folder.cleanup()


_SKIP = re.compile(r"\s+|#[^\n]*|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>", re.IGNORECASE)
_UPDATE = re.compile(r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)


def is_update(text: str) -> bool:
    """Whether a request is a SPARQL Update: its first keyword after the prologue."""
    pos = 0
    while (match := _SKIP.match(text, pos)) is not None:
        pos = match.end()
    return _UPDATE.match(text, pos) is not None


class _Handler(BaseHTTPRequestHandler):
    """The SPARQL 1.1 Protocol (query operation) at /sparql, the query page at /."""

    protocol_version = "HTTP/1.1"
    server_version = f"kgbuild/{__version__}"
    server: SparqlServer

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(
                200, "text/html", self.server.service.page.encode("utf-8"), {"Content-Security-Policy": _PAGE_POLICY}
            )
        elif url.path == "/sparql":
            self._protocol(parse_qs(url.query, keep_blank_values=True))
        else:
            self._send_error(404, f"no such page {url.path}; the SPARQL endpoint is /sparql")

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._send_error(404, f"no such endpoint {url.path}; the SPARQL endpoint is /sparql")
            return
        length = self.headers.get("Content-Length")
        if length is None or not length.strip().isdigit():
            self._send_error(411, "a POST needs a Content-Length", close=True)
            return
        if int(length) > MAX_QUERY_BYTES:
            self._send_error(413, f"the request is {int(length)} bytes; the limit is {MAX_QUERY_BYTES}", close=True)
            return
        body = self.rfile.read(int(length))
        params = parse_qs(url.query, keep_blank_values=True)
        kind = self.headers.get_content_type()
        if kind == "application/sparql-update":
            self._send_error(403, "this endpoint is read-only: SPARQL Update is refused")
            return
        try:
            text = body.decode(self.headers.get_content_charset() or "utf-8")
        except (LookupError, UnicodeDecodeError):
            self._send_error(400, "the request body is not in the declared character set (UTF-8)")
            return
        if kind == "application/sparql-query":
            params["query"] = [text]
        elif kind == "application/x-www-form-urlencoded":
            for name, values in parse_qs(text, keep_blank_values=True).items():
                params.setdefault(name, []).extend(values)
        else:
            self._send_error(415, f"cannot read {kind}; send application/sparql-query or a form")
            return
        self._protocol(params)

    def do_PUT(self) -> None:  # noqa: N802
        self._send_error(405, "this endpoint is read-only", extra={"Allow": "GET, POST"}, close=True)

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def _protocol(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._send_error(403, "this endpoint is read-only: SPARQL Update is refused")
            return
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            self._send_error(400, "give exactly one query (the `query` parameter)")
            return
        text = queries[0]
        size = len(text.encode("utf-8"))
        if size > MAX_QUERY_BYTES:
            self._send_error(413, f"the query is {size} bytes; the limit is {MAX_QUERY_BYTES}")
            return
        if is_update(text):
            self._send_error(403, "this endpoint is read-only: SPARQL Update is refused")
            return
        job = Job(
            text,
            self.headers.get("Accept"),
            tuple(params.get("default-graph-uri", ())),
            tuple(params.get("named-graph-uri", ())),
        )
        reply = self.server.service.run(job)
        extra = {"Retry-After": "5"} if reply.status == 503 else {}
        self._send(reply.status, reply.media_type, reply.body, extra)

    def _send_error(
        self, status: int, message: str, *, extra: dict[str, str] | None = None, close: bool = False
    ) -> None:
        if close:
            self.close_connection = True
            extra = {**(extra or {}), "Connection": "close"}
        reply = Reply.error(status, message)
        self._send(status, reply.media_type, reply.body, extra or {})

    def _send(self, status: int, media_type: str, body: bytes, extra: dict[str, str]) -> None:
        self.send_response(status)
        # every answer, results and error messages alike, is UTF-8 text
        self.send_header("Content-Type", f"{media_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in extra.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server's signature
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} {format % args}")


class SparqlServer(ThreadingHTTPServer):
    """One thread per connection; the work itself is bounded by the service's workers."""

    daemon_threads = True
    request_queue_size = 128  # the default 5 drops connections when many clients arrive at once

    def __init__(
        self, address: tuple[str, int], service: SparqlService, log: Callable[[str], None] | None = None
    ) -> None:
        self.service = service
        self.log = log
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)


def make_server(
    service: SparqlService, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, log: Callable[[str], None] | None = None
) -> SparqlServer:
    """A server bound to host:port (port 0: any free port; see `server.server_address`)."""
    return SparqlServer((host, port), service, log)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# --- the page at / ---------------------------------------------------------------------------

_PAGE_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'"
)

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>kgbuild SPARQL: {source}</title>
<style>
body {{ font: 14px system-ui, sans-serif; margin: 1.5em; }}
textarea {{ width: 100%; height: 18em; font: 13px monospace; }}
table {{ border-collapse: collapse; margin-top: 1em; }}
th, td {{ border: 1px solid #bbb; padding: 2px 6px; text-align: left; vertical-align: top; }}
th {{ background: #eee; }}
#status.error {{ color: #b00; white-space: pre-wrap; }}
</style>
</head>
<body>
<h1>kgbuild SPARQL endpoint</h1>
<p>{source}: {triples} triples. Queries go to <code>/sparql</code>
(SPARQL 1.1 Protocol, read-only).</p>
<p><label>Named query <select id="name">{options}</select></label>
<span id="summary"></span></p>
<textarea id="query" spellcheck="false"></textarea>
<p><button id="run" type="button">Run</button> (Ctrl+Enter)</p>
<p id="status"></p>
<table id="results"></table>
<script type="application/json" id="queries">{queries}</script>
<script>
const queries = JSON.parse(document.getElementById("queries").textContent);
const select = document.getElementById("name");
const editor = document.getElementById("query");
const status = document.getElementById("status");
const table = document.getElementById("results");
function pick() {{
  editor.value = queries[select.value].text;
  document.getElementById("summary").textContent = queries[select.value].summary;
}}
function cell(term) {{
  if (!term) return "";
  if (term.type === "literal" && term["xml:lang"]) return term.value + " @" + term["xml:lang"];
  return term.value;
}}
async function run() {{
  status.className = ""; status.textContent = "running..."; table.replaceChildren();
  const started = performance.now();
  let response;
  try {{
    response = await fetch("sparql", {{method: "POST", body: editor.value, headers: {{
      "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}}}});
  }} catch (error) {{
    status.className = "error"; status.textContent = String(error); return;
  }}
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (!response.ok) {{
    status.className = "error";
    status.textContent = response.status + " " + response.statusText + ": " + await response.text();
    return;
  }}
  const data = await response.json();
  if ("boolean" in data) {{
    status.textContent = "answer: " + data.boolean + " (" + seconds + " s)";
    return;
  }}
  const head = table.createTHead().insertRow();
  for (const name of data.head.vars) {{
    head.appendChild(document.createElement("th")).textContent = name;
  }}
  const body = table.createTBody();
  for (const binding of data.results.bindings) {{
    const row = body.insertRow();
    for (const name of data.head.vars) row.insertCell().textContent = cell(binding[name]);
  }}
  status.textContent = data.results.bindings.length + " rows (" + seconds + " s)";
}}
select.addEventListener("change", pick);
document.getElementById("run").addEventListener("click", run);
editor.addEventListener("keydown", (event) => {{
  if (event.ctrlKey && event.key === "Enter") run();
}});
const wanted = new URLSearchParams(location.search);
if (queries[wanted.get("name")]) select.value = wanted.get("name");
pick();
if (wanted.has("run")) run();
</script>
</body>
</html>
"""


def render_page(source: str, triples: int) -> str:
    """The page at /: pick a named query, edit it, run it, see the table. No outside resources."""
    from .query import named_queries

    named = named_queries()
    options = "".join(f'<option value="{html.escape(n)}">{html.escape(n)}</option>' for n in named)
    data = {n: {"summary": q.summary, "text": q.text} for n, q in named.items()}
    # "</" would end the script element early; JSON allows the escaped form
    queries = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return _PAGE.format(source=html.escape(source), triples=f"{triples:,}", options=options, queries=queries)


# --- the command ---------------------------------------------------------------------------


def cmd_serve(args: argparse.Namespace) -> int:
    if not is_loopback(args.host):
        print(f"kgbuild: warning: serving on {args.host}: anyone who can reach it can query the graph", file=sys.stderr)
    service = SparqlService(args.graph, timeout=args.timeout, workers=args.workers)
    try:
        log = None if args.quiet else (lambda line: print(line, file=sys.stderr, flush=True))
        server = make_server(service, args.host, args.port, log)
        host, port = server.server_address[:2]
        shown = f"[{host}]" if ":" in host else host
        print(
            f"serving {service.source} ({service.triples} triples) at http://{shown}:{port}/ "
            f"(SPARQL endpoint http://{shown}:{port}/sparql); Ctrl-C stops",
            file=sys.stderr,
            flush=True,
        )
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
    finally:
        service.close()
    return 0


def add_serve_parser(sub, common: argparse.ArgumentParser) -> None:
    """`kgbuild serve GRAPH_OR_OUTPUT_DIR [--host 127.0.0.1] [--port 7878] [--timeout 30]`."""
    serve = sub.add_parser(
        "serve", parents=[common], help="serve a graph as a read-only SPARQL endpoint with a query page"
    )
    serve.add_argument("graph", help="graph file or output folder")
    serve.add_argument("--host", default=DEFAULT_HOST, help=f"address to bind (default {DEFAULT_HOST})")
    serve.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0 picks a free one)"
    )
    serve.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        help=f"seconds a query may run before it is stopped and answered 503 (default {DEFAULT_TIMEOUT:g})",
    )
    serve.add_argument(
        "--workers",
        type=int,
        default=DEFAULT_WORKERS,
        help=f"queries run at once, one process each (default {DEFAULT_WORKERS})",
    )
    serve.set_defaults(func=cmd_serve)
