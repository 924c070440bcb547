"""`kgbuild serve`: a read-only SPARQL 1.1 Protocol endpoint, driven with SPARQLWrapper and
with plain HTTP on a free loopback port."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kgbuild.query import named_queries
from kgbuild.serve import MAX_QUERY_BYTES, is_update, negotiate

PEOPLE = named_queries()["people"].text
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
PERSONS = """PREFIX kg: <https://kgbuild.org/ns#>
CONSTRUCT { ?p ?q ?o } WHERE { ?p a kg:Person ; ?q ?o }"""
#: a cross product of the graph with itself three times: minutes of work on the seed graph
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


class Endpoint:
    """A running service: its base URL and the service object."""

    def __init__(self, service, server) -> None:
        self.service = service
        self.server = server
        host, port = server.server_address[:2]
        self.base = f"http://{host}:{port}"
        self.sparql = f"{self.base}/sparql"
        self.thread = threading.Thread(target=server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.service.close()


def start(graph: Path, **options) -> Endpoint:
    from kgbuild.serve import SparqlService, make_server

    service = SparqlService(graph, **options)
    return Endpoint(service, make_server(service, "127.0.0.1", 0))


@pytest.fixture(scope="module")
def endpoint(seed_build):
    running = start(seed_build[1], timeout=30, workers=2)
    yield running
    running.close()


@pytest.fixture(scope="module")
def seed_triples(seed_build) -> int:
    return json.loads((seed_build[1] / "report.json").read_text(encoding="utf-8"))["triples"]


@pytest.fixture(scope="module")
def people_rows(seed_graph) -> Counter:
    """The people query's rows as kgbuild's own `query` gives them: (person IRI, name, count)."""
    from kgbuild.query import run_query

    table = run_query(seed_graph, PEOPLE)
    return Counter((str(p), str(n), int(m)) for p, n, m in table.rows)


def http(
    url: str,
    *,
    data: bytes | None = None,
    headers: dict | None = None,
    method: str | None = None,
    timeout: float = 60,
) -> tuple[int, dict, bytes]:
    """(status, headers, body) of one plain HTTP request; error statuses are returned too."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def get(endpoint: Endpoint, query: str, accept: str | None = None, **kw) -> tuple[int, dict, bytes]:
    headers = {"Accept": accept} if accept else {}
    return http(
        f"{endpoint.sparql}?{urllib.parse.urlencode({'query': query})}", headers=headers, **kw
    )


def post_query(
    endpoint: Endpoint, query: str, accept: str | None = None
) -> tuple[int, dict, bytes]:
    headers = {"Content-Type": "application/sparql-query"} | ({"Accept": accept} if accept else {})
    return http(endpoint.sparql, data=query.encode("utf-8"), headers=headers)


def json_people(body: bytes) -> Counter:
    data = json.loads(body)
    return Counter(
        (b["person"]["value"], b["name"]["value"], int(b["mentions"]["value"]))
        for b in data["results"]["bindings"]
    )


# --- units: negotiation and update detection ---------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "offers", "chosen"),
    [
        (None, ["application/sparql-results+json", "text/csv"], "application/sparql-results+json"),
        ("*/*", ["text/turtle", "application/ld+json"], "text/turtle"),
        ("text/csv", ["application/sparql-results+json", "text/csv"], "text/csv"),
        (
            "text/csv;q=0.5, application/sparql-results+xml",
            ["text/csv", "application/sparql-results+xml"],
            "application/sparql-results+xml",
        ),
        (
            "text/*;q=0.9, text/csv;q=0.1",
            ["text/csv", "text/tab-separated-values"],
            "text/tab-separated-values",
        ),
        (
            "application/ld+json, */*;q=0.1",
            ["text/turtle", "application/ld+json"],
            "application/ld+json",
        ),
        ("image/png", ["text/turtle"], None),
        ("text/turtle;q=0", ["text/turtle"], None),
    ],
)
def test_serve_negotiate_picks_the_preferred_offer(accept, offers, chosen) -> None:
    assert negotiate(accept, offers) == chosen


@pytest.mark.parametrize(
    ("text", "update"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", False),
        (
            "PREFIX ex: <http://example.org/insert#>\n# DELETE in a comment\nASK { ?s ex:p ?o }",
            False,
        ),
        ("INSERT DATA { <http://a> <http://b> <http://c> }", True),
        (
            "PREFIX ex: <http://example.org/>\nBASE <http://example.org/>\n"
            "  delete where { ?s ?p ?o }",
            True,
        ),
        ("# a comment\nDROP ALL", True),
        ("LOAD <http://example.org/data.ttl>", True),
        ("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", True),
    ],
)
def test_serve_is_update_sees_the_first_keyword_after_the_prologue(text, update) -> None:
    assert is_update(text) is update


# --- SPARQLWrapper ------------------------------------------------------------------------------


def wrapper(endpoint: Endpoint, query: str, fmt: str, method: str = "GET"):
    from SPARQLWrapper import POST, POSTDIRECTLY, SPARQLWrapper

    client = SPARQLWrapper(endpoint.sparql)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    client.setTimeout(60)
    if method != "GET":
        client.setMethod(POST)
        if method == "POSTDIRECTLY":
            client.setRequestMethod(POSTDIRECTLY)
    return client


@pytest.mark.parametrize("method", ["GET", "POST", "POSTDIRECTLY"])
def test_serve_sparqlwrapper_select_json_gives_the_query_rows(
    endpoint, people_rows, method
) -> None:
    from SPARQLWrapper import JSON

    result = wrapper(endpoint, PEOPLE, JSON, method).query()
    assert result.response.headers["Content-Type"].startswith("application/sparql-results+json")
    data = result.convert()
    got = Counter(
        (b["person"]["value"], b["name"]["value"], int(b["mentions"]["value"]))
        for b in data["results"]["bindings"]
    )
    assert got == people_rows and len(got) >= 3


def test_serve_sparqlwrapper_select_xml_csv_tsv(endpoint, people_rows) -> None:
    from SPARQLWrapper import CSV, TSV, XML

    document = wrapper(endpoint, PEOPLE, XML).queryAndConvert()
    names = sorted(
        node.firstChild.data
        for node in document.getElementsByTagName("literal")
        if node.parentNode.getAttribute("name") == "name"
    )
    assert names == sorted(name for _, name, _ in people_rows.elements())
    for fmt, delimiter in ((CSV, ","), (TSV, "\t")):
        text = wrapper(endpoint, PEOPLE, fmt, "POST").queryAndConvert().decode("utf-8")
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
        assert [c.lstrip("?") for c in rows[0]] == ["person", "name", "mentions"]
        assert len(rows) - 1 == sum(people_rows.values())
        assert any("王新哲" in cell for row in rows[1:] for cell in row)


def test_serve_sparqlwrapper_ask_construct_describe(endpoint) -> None:
    from rdflib import Graph
    from SPARQLWrapper import JSON, JSONLD, TURTLE

    assert wrapper(endpoint, "ASK { ?s ?p ?o }", JSON).queryAndConvert()["boolean"] is True
    assert (
        wrapper(endpoint, "ASK { ?s <http://example.org/nothing> ?o }", JSON).queryAndConvert()[
            "boolean"
        ]
        is False
    )
    turtle = Graph().parse(
        data=wrapper(endpoint, PERSONS, TURTLE).queryAndConvert(), format="turtle"
    )
    json_ld = wrapper(
        endpoint, PERSONS, JSONLD, "POST"
    ).queryAndConvert()  # SPARQLWrapper parses it
    assert len(turtle) > 10 and len(json_ld) == len(turtle)
    assert any(str(o) == "王新哲" for o in turtle.objects())
    describe = (
        'DESCRIBE ?p WHERE { ?p <http://www.w3.org/2004/02/skos/core#prefLabel> "王新哲"@zh-Hans }'
    )
    described = Graph().parse(
        data=wrapper(endpoint, describe, TURTLE).queryAndConvert(), format="turtle"
    )
    assert any(str(o) == "王新哲" for o in described.objects())


def test_serve_sparqlwrapper_sees_a_malformed_query_and_a_refused_update(
    endpoint, seed_triples
) -> None:
    from SPARQLWrapper import JSON
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    with pytest.raises(QueryBadFormed):
        wrapper(endpoint, "SELECT ?x WHERE { ?x ", JSON).query()
    update = wrapper(
        endpoint, "INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }", JSON, "POST"
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        update.query()
    assert refused.value.code == 403
    assert (
        int(
            wrapper(endpoint, COUNT, JSON).queryAndConvert()["results"]["bindings"][0]["n"]["value"]
        )
        == seed_triples
    )


# --- plain HTTP -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "media_type"),
    [
        (None, "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("application/json", "application/json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/xml"),
    ],
)
def test_serve_select_content_negotiation_gives_the_same_rows(
    endpoint, people_rows, accept, media_type
) -> None:
    import pyoxigraph as ox

    status, headers, body = get(endpoint, PEOPLE, accept)
    assert status == 200 and headers["Content-Type"] == f"{media_type}; charset=utf-8"
    fmt = {"json": "JSON", "xml": "XML", "csv": "CSV", "tab-": "TSV"}
    name = next(v for k, v in fmt.items() if k in media_type)
    if name == "CSV":  # CSV drops term types: compare the text
        rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
        got = Counter((p, n, int(m)) for p, n, m in rows[1:])
    else:
        solutions = ox.parse_query_results(body, format=getattr(ox.QueryResultsFormat, name))
        got = Counter(
            (s["person"].value, s["name"].value, int(s["mentions"].value)) for s in solutions
        )
    assert got == people_rows


@pytest.mark.parametrize(
    ("accept", "media_type", "syntax"),
    [
        (None, "text/turtle", "turtle"),
        ("text/turtle", "text/turtle", "turtle"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
    ],
)
def test_serve_construct_content_negotiation_gives_the_same_graph(
    endpoint, accept, media_type, syntax
) -> None:
    from rdflib import Graph
    from rdflib.compare import isomorphic

    status, headers, body = post_query(endpoint, PERSONS, accept)
    assert status == 200 and headers["Content-Type"] == f"{media_type}; charset=utf-8"
    got = Graph().parse(data=body, format=syntax)
    _, _, turtle = post_query(endpoint, PERSONS, "text/turtle")
    assert len(got) > 10 and isomorphic(got, Graph().parse(data=turtle, format="turtle"))
    if syntax == "json-ld":  # compact, with the ontology's prefixes
        assert json.loads(body)["@context"]["kg"] == "https://kgbuild.org/ns#"


@pytest.mark.parametrize(
    ("query", "accept"),
    [
        (PEOPLE, "image/png"),
        (PEOPLE, "text/turtle"),
        (PERSONS, "application/sparql-results+json"),
    ],
)
def test_serve_unacceptable_format_is_406(endpoint, query, accept) -> None:
    status, _, body = get(endpoint, query, accept)
    assert status == 406 and b"cannot answer" in body


def test_serve_form_post_with_a_default_graph(endpoint, people_rows) -> None:
    fields = [("query", PEOPLE)]
    status, _, body = http(
        endpoint.sparql,
        data=urllib.parse.urlencode(fields).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert status == 200 and json_people(body) == people_rows
    # an explicit default graph that does not exist holds nothing
    fields.append(("default-graph-uri", "https://kgbuild.org/nothing"))
    status, _, body = http(
        endpoint.sparql,
        data=urllib.parse.urlencode(fields).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert status == 200 and json.loads(body)["results"]["bindings"] == []


def test_serve_fifty_concurrent_clients_all_get_their_rows(
    endpoint, people_rows, seed_triples
) -> None:
    clients = 50
    gate = threading.Barrier(clients, timeout=60)

    def client(n: int) -> tuple[int, object]:
        gate.wait()  # all fifty send at once
        if n % 2:
            status, _, body = get(endpoint, PEOPLE, "application/sparql-results+json", timeout=120)
            return status, json_people(body) if status == 200 else body
        status, _, body = post_query(endpoint, COUNT, "text/csv")
        return status, body

    with ThreadPoolExecutor(max_workers=clients) as pool:
        answers = list(pool.map(client, range(clients)))
    assert [status for status, _ in answers] == [200] * clients
    for n, (_, answer) in enumerate(answers):
        assert answer == (people_rows if n % 2 else f"n\r\n{seed_triples}\r\n".encode())


def test_serve_malformed_query_is_400_with_the_parser_message(endpoint) -> None:
    import pyoxigraph as ox

    bad = "SELECT ?x WHERE { ?x ?y }"
    with pytest.raises(SyntaxError) as parser:
        ox.Store().query(bad)
    for status, _, body in (get(endpoint, bad), post_query(endpoint, bad)):
        text = body.decode("utf-8")
        assert status == 400 and "malformed query" in text and str(parser.value) in text


@pytest.mark.parametrize(
    "send", ["form update", "sparql-update body", "query parameter", "query body"]
)
def test_serve_update_is_refused_with_403(endpoint, seed_triples, send) -> None:
    update = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    if send == "form update":
        reply = http(
            endpoint.sparql,
            data=urllib.parse.urlencode({"update": update}).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
    elif send == "sparql-update body":
        reply = http(
            endpoint.sparql,
            data=update.encode(),
            headers={"Content-Type": "application/sparql-update"},
        )
    elif send == "query parameter":
        reply = get(endpoint, update)
    else:
        reply = post_query(endpoint, update)
    status, _, body = reply
    assert status == 403 and b"read-only" in body
    _, _, count = get(endpoint, COUNT, "text/csv")
    assert count == f"n\r\n{seed_triples}\r\n".encode()


def test_serve_over_long_query_is_refused_and_a_long_one_is_not(endpoint) -> None:
    padding = "# " + "x" * 1000 + "\n"
    long_ok = padding * (MAX_QUERY_BYTES // len(padding) - 2) + "ASK { ?s ?p ?o }"
    status, _, body = post_query(endpoint, long_ok, "application/sparql-results+json")
    assert status == 200 and json.loads(body)["boolean"] is True
    too_long = padding * (MAX_QUERY_BYTES // len(padding) + 2) + "ASK { ?s ?p ?o }"
    status, _, body = post_query(endpoint, too_long)
    assert status == 413 and b"limit" in body
    status, _, _ = get(endpoint, too_long)  # the request line alone is over http.server's limit
    assert status in (413, 414)
    status, _, _ = get(endpoint, COUNT)  # the server is still there
    assert status == 200


def test_serve_query_past_the_timeout_is_stopped_with_503(seed_build) -> None:
    running = start(seed_build[1], timeout=1.0, workers=1)
    try:
        (runaway,) = running.service.workers.pids()
        started = time.monotonic()
        status, headers, body = get(running, SLOW)
        assert status == 503 and b"limit" in body and headers.get("Retry-After")
        assert time.monotonic() - started < 10
        # the worker running it was ended, not left computing, and another took its place
        assert (
            not Path(f"/proc/{runaway}").exists() or runaway not in running.service.workers.pids()
        )
        deadline = time.monotonic() + 30
        while (status := get(running, COUNT)[0]) != 200 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert status == 200
        (replacement,) = running.service.workers.pids()
        assert replacement != runaway and not Path(f"/proc/{runaway}").exists()
    finally:
        running.close()


def test_serve_page_offers_every_named_query_without_outside_resources(endpoint) -> None:
    status, headers, body = http(endpoint.base + "/")
    page = body.decode("utf-8")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    for name in named_queries():
        assert f'<option value="{name}">' in page
    embedded = json.loads(
        re.search(r'<script type="application/json" id="queries">(.*?)</script>', page, re.S).group(
            1
        )
    )
    assert embedded["people"]["text"] == PEOPLE
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page), "outside resource"
    assert not re.search(r"@import|url\(", page)


def test_serve_other_paths_and_methods(endpoint) -> None:
    assert http(endpoint.base + "/nothing")[0] == 404
    assert (
        http(endpoint.sparql, data=b"x", method="PUT", headers={"Content-Type": "text/turtle"})[0]
        == 405
    )
    assert http(endpoint.sparql, data=b"x", headers={"Content-Type": "text/plain"})[0] == 415
    assert http(endpoint.sparql)[0] == 400  # no query


@pytest.mark.browser
def test_serve_page_runs_a_named_query_in_a_browser(endpoint, tmp_path) -> None:
    """Headless Chromium opens the page, runs the people query and shows its table."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: tests/setup.sh installs Debian's chromium")
        pytest.skip("chromium is not installed (bash tests/setup.sh installs it)")
    args = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--virtual-time-budget=10000",
        "--dump-dom",
        f"{endpoint.base}/?name=people&run=1",
    ]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "<th>person</th>" in proc.stdout and "王新哲" in proc.stdout
    assert re.search(r"\d+ rows", proc.stdout), proc.stdout[-2000:]


# --- the command ---------------------------------------------------------------------------------


def test_serve_command_binds_loopback_and_stops_on_interrupt(seed_build) -> None:
    import signal

    from kgbuild.cli import make_parser

    defaults = make_parser().parse_args(["serve", "output"])
    assert (defaults.host, defaults.port, defaults.timeout) == ("127.0.0.1", 7878, 30.0)
    proc = subprocess.Popen(
        [sys.executable, "-m", "kgbuild", "serve", str(seed_build[1]), "--port", "0", "--quiet"],
        stderr=subprocess.PIPE,
        text=True,
        # a test run started in the background of a shell without job control inherits SIGINT
        # ignored, and so would the server: give it the default a terminal's Ctrl-C has
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        line = proc.stderr.readline()
        found = re.search(r"at (http://127\.0\.0\.1:\d+)/ ", line)
        assert found, line
        status, _, body = http(
            found.group(1) + "/sparql?query=" + urllib.parse.quote(COUNT),
            headers={"Accept": "text/csv"},
        )
        assert status == 200 and body.startswith(b"n\r\n")
        proc.send_signal(signal.SIGINT)
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        proc.stderr.close()
