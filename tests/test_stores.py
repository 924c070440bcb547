"""Integration: a build of 300 corpus stories loads into real triple stores and strict parsers
with no error or warning, and every named query gives there the rows it gives on Oxigraph
(kgbuild's own engine). Also `kgbuild load` into Virtuoso and `kgbuild export --to graphml`.

The stores come from Debian (tests/setup.sh installs them). A test whose store is not
installed skips, except under CI (env CI set), where a missing store is a failure.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from kgbuild.query import named_queries

ROOT = Path(__file__).resolve().parents[1]
JENA = ROOT / "tests" / "stores" / "jena.sh"
STORIES = 300
GRAPH_IRI = "https://kgbuild.org/graph"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
NAMED = list(named_queries())
#: rdflib's engine needs minutes for these two at 300 stories; they are compared on the seed
RDFLIB_TOO_SLOW = {"people", "mentions"}
#: JVM options that start Jena's short commands faster (C1 compiler only)
JENA_JAVA_OPTS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"

Row = tuple[object, ...]


def need(package: str, *programs: str) -> None:
    """Skip without the programs, or fail under CI, where tests/setup.sh installs them."""
    missing = [p for p in programs if shutil.which(p) is None and not Path(p).is_file()]
    if not missing:
        return
    message = (
        f"{', '.join(missing)} not installed "
        f"(Debian package {package}; bash tests/setup.sh installs it)"
    )
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def need_jena() -> None:
    need("libapache-jena-java default-jre-headless", "java", "/usr/share/java/jena-cmds.jar")


# --- rows, compared as multisets after normalising terms --------------------------------------


def json_term(binding: dict | None) -> tuple | None:
    """A SPARQL JSON results term, normalised: IRIs as strings, literals by lexical form and
    datatype (a plain literal is xsd:string), language tags lower-cased, blank nodes alike."""
    if binding is None:
        return None
    kind = binding["type"]
    if kind == "uri":
        return ("iri", binding["value"])
    if kind == "bnode":
        return ("bnode",)
    lang = binding.get("xml:lang")
    if lang:
        return ("literal", binding["value"], None, lang.lower())
    return ("literal", binding["value"], binding.get("datatype", XSD_STRING), None)


def rdflib_term(term) -> tuple | None:
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, URIRef):
        return ("iri", str(term))
    if isinstance(term, BNode):
        return ("bnode",)
    assert isinstance(term, Literal), term
    if term.language:
        return ("literal", str(term), None, term.language.lower())
    return ("literal", str(term), str(term.datatype or XSD_STRING), None)


@dataclass(frozen=True)
class Rows:
    columns: tuple[str, ...]
    rows: Counter

    @classmethod
    def from_json(cls, document: dict) -> Rows:
        columns = tuple(document["head"]["vars"])
        return cls(
            columns,
            Counter(
                tuple(json_term(b.get(c)) for c in columns) for b in document["results"]["bindings"]
            ),
        )

    @classmethod
    def from_table(cls, table) -> Rows:
        return cls(
            tuple(table.columns), Counter(tuple(rdflib_term(t) for t in row) for row in table.rows)
        )


def assert_same_rows(name: str, engine: str, got: Rows, reference: Rows) -> None:
    assert got.columns == reference.columns, f"{name} on {engine}: columns {got.columns}"
    if got.rows != reference.rows:
        extra = list((got.rows - reference.rows).items())[:3]
        missing = list((reference.rows - got.rows).items())[:3]
        pytest.fail(
            f"{name} on {engine}: {sum(got.rows.values())} rows, reference "
            f"{sum(reference.rows.values())}\n only on {engine}: {extra}\n"
            f" only on the reference: {missing}"
        )


def oxigraph_rows(store, text: str) -> Rows:
    import pyoxigraph as ox

    result = store.query(text)
    return Rows.from_json(json.loads(result.serialize(format=ox.QueryResultsFormat.JSON)))


# --- the build, once ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_build(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first 300 stories of the corpus built as Turtle, TriG and N-Triples."""
    from kgbuild.config import load_settings
    from kgbuild.pipeline import build

    folder = tmp_path_factory.mktemp("corpus300")
    stories = folder / "stories.jsonl"
    with open(shared / "corpus" / "xinwenlianbo-2022-2024.jsonl", encoding="utf-8") as corpus:
        stories.write_text("".join(itertools.islice(corpus, STORIES)), encoding="utf-8")
    settings = load_settings(
        formats=("ttl", "trig", "nt"),
        html=False,
        validate=False,
        workers=min(2, os.cpu_count() or 1),
    )
    result = build([stories], folder / "out", settings)
    assert result.documents == STORIES and not result.skipped
    return folder / "out"


@pytest.fixture(scope="module")
def corpus_triples(corpus_build: Path) -> int:
    import pyoxigraph as ox

    return len(set(ox.parse(path=str(corpus_build / "graph.ttl"), format=ox.RdfFormat.TURTLE)))


@pytest.fixture(scope="module")
def reference(corpus_build: Path) -> dict[str, Rows]:
    """Every named query's rows as kgbuild gives them (kgbuild.query.run_query, Oxigraph)."""
    from kgbuild.query import load_store, run_query

    store = load_store(corpus_build / "graph.ttl")
    rows = {name: Rows.from_table(run_query(store, q.text)) for name, q in named_queries().items()}
    assert sum(rows["documents"].rows.values()) == STORIES
    for name in ("people", "organizations", "posts", "metrics", "mentions"):
        assert rows[name].rows, f"{name}: no rows at all, the comparison would prove nothing"
    return rows


# --- Oxigraph and rdflib ---------------------------------------------------------------------


@pytest.mark.stores
@pytest.mark.parametrize("fmt", ["ttl", "nt", "trig"])
def test_stores_oxigraph_loads_each_format_with_the_reference_rows(
    corpus_build, corpus_triples, reference, fmt
) -> None:
    """As `kgbuild serve` loads them: strictly (any error raises), a TriG dataset with the merge
    of its named graphs as the default graph."""
    import pyoxigraph as ox

    from kgbuild.serve import fill_store

    def default_graph(store) -> set:
        return {
            (q.subject, q.predicate, q.object)
            for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())
        }

    store = ox.Store()
    fill_store(store, corpus_build / f"graph.{fmt}")
    default = default_graph(store)
    assert len(default) == corpus_triples
    if fmt != "ttl":
        # the same triples as the Turtle once in a store (compared there, not as parsed: a
        # file may spell a decimal 187.0 where another has "187"^^xsd:decimal, which the store
        # reads as one canonical term)
        turtle = ox.Store()
        fill_store(turtle, corpus_build / "graph.ttl")
        assert default == default_graph(turtle)
    if fmt == "trig":  # one named graph per document, and one for the entities
        assert len(list(store.named_graphs())) == STORIES + 1
    for name, query in named_queries().items():
        assert_same_rows(
            name, f"Oxigraph ({fmt})", oxigraph_rows(store, query.text), reference[name]
        )


@pytest.mark.stores
def test_stores_rdflib_engine_gives_the_reference_rows_on_the_seed(seed_graph) -> None:
    from kgbuild.query import run_query

    for name, query in named_queries().items():
        expected = Rows.from_table(run_query(seed_graph, query.text))
        got = Rows.from_json(json.loads(seed_graph.query(query.text).serialize(format="json")))
        assert_same_rows(name, "rdflib", got, expected)
        assert expected.rows, f"{name}: no rows on the seed, the comparison would prove nothing"


@pytest.fixture(scope="module")
def corpus_rdflib_graph(corpus_build: Path):
    from kgbuild.query import load_graph

    return load_graph(corpus_build / "graph.ttl")


@pytest.mark.stores
@pytest.mark.parametrize("name", [n for n in NAMED if n not in RDFLIB_TOO_SLOW])
def test_stores_rdflib_engine_gives_the_reference_rows_on_the_corpus(
    corpus_rdflib_graph, reference, name
) -> None:
    text = named_queries()[name].text
    got = Rows.from_json(json.loads(corpus_rdflib_graph.query(text).serialize(format="json")))
    assert_same_rows(name, "rdflib", got, reference[name])


# --- the strict parsers -------------------------------------------------------------------------


def parser_count(tool: str, syntax: str, path: Path) -> tuple[int, str, int | None]:
    """(exit status, stderr, statements counted) of a strict parse with rapper or serdi."""
    if tool == "rapper":
        proc = subprocess.run(
            ["rapper", "-i", syntax, "-c", str(path)], capture_output=True, text=True, timeout=300
        )
        found = re.search(r"returned (\d+) (?:triple|statement)", proc.stderr)
        return proc.returncode, proc.stderr, int(found.group(1)) if found else None
    out = "nquads" if syntax == "trig" else "ntriples"
    proc = subprocess.run(
        ["serdi", "-i", syntax, "-o", out, str(path)], capture_output=True, timeout=300
    )
    lines = sum(1 for line in proc.stdout.splitlines() if line.strip())
    return proc.returncode, proc.stderr.decode("utf-8", "replace"), lines


PARSERS = [("rapper", "raptor2-utils"), ("serdi", "serdi")]
SYNTAXES = [("turtle", "ttl"), ("ntriples", "nt"), ("trig", "trig")]


@pytest.mark.stores
@pytest.mark.parametrize(("tool", "package"), PARSERS)
@pytest.mark.parametrize(("syntax", "fmt"), SYNTAXES)
def test_stores_strict_parsers_read_every_statement_silently(
    corpus_build, tool, package, syntax, fmt
) -> None:
    import pyoxigraph as ox

    need(package, tool)
    path = corpus_build / f"graph.{fmt}"
    kind = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "trig": ox.RdfFormat.TRIG}[
        fmt
    ]
    statements = sum(1 for _ in ox.parse(path=str(path), format=kind))
    status, stderr, counted = parser_count(tool, syntax, path)
    assert status == 0, stderr[-2000:]
    assert not re.search(r"warning|error", stderr, re.IGNORECASE), stderr[-2000:]
    assert counted == statements


BROKEN_TURTLE = '@prefix ex: <http://example.org/> .\nex:a ex:b "unterminated .\n'


@pytest.mark.stores
@pytest.mark.parametrize(("tool", "package"), PARSERS)
def test_stores_strict_parsers_reject_a_broken_file(tmp_path, tool, package) -> None:
    """The parser checks above can fail: a broken Turtle file is reported."""
    need(package, tool)
    path = tmp_path / "broken.ttl"
    path.write_text(BROKEN_TURTLE, encoding="utf-8")
    status, stderr, _ = parser_count(tool, "turtle", path)
    assert status != 0 and re.search(r"error", stderr, re.IGNORECASE), stderr


# --- Apache Jena (Debian) ----------------------------------------------------------------------


def jena(tmp: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """A Jena command through tests/stores/jena.sh (Debian's jars, with the Xerces fix)."""
    env = {
        **os.environ,
        "JENA_JAVA_OPTS": JENA_JAVA_OPTS,
        "KGBUILD_JENA_FIX": str(tmp / "jena-xerces"),
    }
    return subprocess.run(
        ["bash", str(JENA), *args], capture_output=True, text=True, env=env, timeout=timeout
    )


def jena_complaints(proc: subprocess.CompletedProcess, *, stdout: bool = True) -> list[str]:
    """Warnings and errors Jena logged: riot logs parse warnings on stdout, the rest on stderr
    (a query's stdout is its results, which may say anything)."""
    lines = (proc.stderr + "\n" + (proc.stdout if stdout else "")).splitlines()
    return [line for line in lines if re.search(r"\b(WARN|ERROR|Exception)\b", line)]


@pytest.fixture(scope="module")
def jena_tmp(tmp_path_factory) -> Path:
    need_jena()
    return tmp_path_factory.mktemp("jena")


@pytest.mark.stores
@pytest.mark.parametrize("fmt", ["ttl", "trig"])
def test_stores_jena_riot_validates_without_warnings(corpus_build, jena_tmp, fmt) -> None:
    proc = jena(jena_tmp, "riot", "--validate", str(corpus_build / f"graph.{fmt}"))
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert jena_complaints(proc) == []


@pytest.mark.stores
def test_stores_jena_riot_reports_an_ill_typed_literal(jena_tmp, tmp_path) -> None:
    """The riot check can fail: a literal that is not of its datatype is a warning."""
    path = tmp_path / "ill-typed.ttl"
    path.write_text(
        "<http://example.org/a> <http://example.org/b> "
        '"abc"^^<http://www.w3.org/2001/XMLSchema#integer> .\n',
        encoding="utf-8",
    )
    proc = jena(jena_tmp, "riot", "--validate", str(path))
    assert proc.returncode != 0 and any("WARN" in line for line in jena_complaints(proc))


@pytest.fixture(scope="module")
def jena_tdb2(corpus_build, jena_tmp) -> tuple[Path, subprocess.CompletedProcess]:
    location = jena_tmp / "tdb2"
    proc = jena(jena_tmp, "tdb2.tdbloader", "--loc", str(location), str(corpus_build / "graph.ttl"))
    return location, proc


def tdb2_query(jena_tmp: Path, location: Path, text: str) -> Rows:
    query = jena_tmp / f"q{abs(hash(text))}.rq"
    query.write_text(text, encoding="utf-8")
    proc = jena(
        jena_tmp, "tdb2.tdbquery", "--loc", str(location), "--results=json", "--query", str(query)
    )
    assert proc.returncode == 0 and not jena_complaints(proc, stdout=False), proc.stderr[-3000:]
    return Rows.from_json(json.loads(proc.stdout))


@pytest.mark.stores
def test_stores_jena_tdb2_loads_every_triple_without_warnings(
    jena_tmp, jena_tdb2, corpus_triples
) -> None:
    location, proc = jena_tdb2
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert jena_complaints(proc) == []
    counted = tdb2_query(jena_tmp, location, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert counted.rows == Counter(
        {(("literal", str(corpus_triples), "http://www.w3.org/2001/XMLSchema#integer", None),): 1}
    )


@pytest.mark.stores
def test_stores_jena_tdb2_queries_give_the_reference_rows(jena_tmp, jena_tdb2, reference) -> None:
    location, proc = jena_tdb2
    assert proc.returncode == 0, proc.stderr[-3000:]
    for name, query in named_queries().items():  # one JVM each: a TDB2 folder takes one process
        assert_same_rows(
            name, "Jena TDB2", tdb2_query(jena_tmp, location, query.text), reference[name]
        )


# --- Virtuoso 7 (Debian) -----------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 0
DirsAllowed = ., {data}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
CaseMode = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {db}
ServerThreads = 10
MaxClientConnections = 10
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
"""


@dataclass(frozen=True)
class Virtuoso:
    folder: Path
    sql_port: int
    http: str  #: e.g. http://127.0.0.1:PORT

    def isql(self, sql: str) -> str:
        proc = subprocess.run(
            [
                "isql-vt",
                f"127.0.0.1:{self.sql_port}",
                "dba",
                "dba",
                f"exec={sql}",
                "VERBOSE=OFF",
                "BANNER=OFF",
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert proc.returncode == 0 and "*** Error" not in proc.stdout + proc.stderr, (
            proc.stdout + proc.stderr
        )
        return proc.stdout

    def select(self, query: str, graph: str | None = GRAPH_IRI) -> Rows:
        fields = [("query", query)] + ([("default-graph-uri", graph)] if graph else [])
        request = urllib.request.Request(
            f"{self.http}/sparql",
            data=urllib.parse.urlencode(fields).encode(),
            headers={"Accept": "application/sparql-results+json"},
        )
        with urllib.request.urlopen(request, timeout=300) as response:
            return Rows.from_json(json.loads(response.read()))

    def count(self, graph: str) -> int:
        rows = self.select(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}", None
        )
        ((n,),) = rows.rows
        return int(n[1])

    def bulk_load(self, folder: Path, name: str, graph: str) -> list[str]:
        """ld_dir + rdf_loader_run; the loader's verdict for the file ("2 none" is loaded)."""
        self.isql(f"ld_dir('{folder}', '{name}', '{graph}'); rdf_loader_run(); checkpoint;")
        out = self.isql(
            "SELECT CONCAT('kgbuild-load ', ll_file, ' ', CAST(ll_state AS VARCHAR), ' ', "
            f"COALESCE(ll_error, 'none')) FROM DB.DBA.load_list WHERE ll_graph = '{graph}';"
        )
        return re.findall(r"kgbuild-load .*", out)


@pytest.fixture(scope="module")
def virtuoso(corpus_build, tmp_path_factory):
    """A throwaway Virtuoso 7 server on free loopback ports, stopped at the end."""
    need("virtuoso-opensource-7", "virtuoso-t", "isql-vt")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port = http_port = free_port()
    while http_port == sql_port:
        http_port = free_port()
    (folder / "virtuoso.ini").write_text(
        VIRTUOSO_INI.format(
            db=folder, data=f"{corpus_build}, {folder}", sql_port=sql_port, http_port=http_port
        )
    )
    log = open(folder / "server.out", "wb")
    server = subprocess.Popen(
        ["virtuoso-t", "-f", "-c", str(folder / "virtuoso.ini")],
        cwd=folder,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    store = Virtuoso(folder, sql_port, f"http://127.0.0.1:{http_port}")
    try:
        deadline = time.monotonic() + 120
        while True:
            if server.poll() is not None:
                pytest.fail(
                    "virtuoso-t exited: "
                    + (folder / "server.out").read_text(errors="replace")[-2000:]
                )
            try:
                urllib.request.urlopen(f"{store.http}/sparql?query=ASK%7B%7D", timeout=10).close()
                break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail("Virtuoso did not answer within 120 s")
                time.sleep(0.5)
        yield store
    finally:
        server.terminate()
        try:
            server.wait(60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(10)
        log.close()


@pytest.fixture(scope="module")
def virtuoso_loaded(virtuoso, corpus_build) -> list[str]:
    return virtuoso.bulk_load(corpus_build, "graph.ttl", GRAPH_IRI)


def loader_log(virtuoso: Virtuoso) -> list[str]:
    """What the server logged from the first loader start on."""
    lines = (virtuoso.folder / "virtuoso.log").read_text(errors="replace").splitlines()
    start = next((i for i, line in enumerate(lines) if "Loader started" in line), len(lines))
    return lines[start:]


@pytest.mark.stores
def test_stores_virtuoso_bulk_loads_every_triple_without_warnings(
    virtuoso, virtuoso_loaded, corpus_build, corpus_triples
) -> None:
    assert virtuoso_loaded == [f"kgbuild-load {corpus_build / 'graph.ttl'} 2 none"]
    assert virtuoso.count(GRAPH_IRI) == corpus_triples
    complaints = [
        line for line in loader_log(virtuoso) if re.search(r"error|warning", line, re.IGNORECASE)
    ]
    assert complaints == []


@pytest.mark.stores
def test_stores_virtuoso_loader_reports_a_broken_file(virtuoso) -> None:
    """The load check can fail: Virtuoso's loader records the error of a broken file."""
    folder = virtuoso.folder / "broken"
    folder.mkdir(exist_ok=True)
    (folder / "broken.ttl").write_text(BROKEN_TURTLE, encoding="utf-8")
    (verdict,) = virtuoso.bulk_load(folder, "broken.ttl", "https://kgbuild.org/test/broken")
    assert not verdict.endswith(" none"), verdict


@pytest.mark.stores
@pytest.mark.parametrize("name", NAMED)
def test_stores_virtuoso_sparql_endpoint_gives_the_reference_rows(
    virtuoso, virtuoso_loaded, reference, name
) -> None:
    got = virtuoso.select(named_queries()[name].text)
    assert_same_rows(name, "Virtuoso", got, reference[name])


# --- kgbuild load (Graph Store Protocol) into Virtuoso -----------------------------------------


@pytest.mark.stores
def test_stores_load_replaces_a_named_graph_in_virtuoso(
    virtuoso, corpus_build, corpus_triples, seed_build, capsys
) -> None:
    from kgbuild.cli import main

    graph = "https://kgbuild.org/test/loaded"
    endpoint = f"{virtuoso.http}/sparql-graph-crud-auth"

    def load(source, *more: str) -> int:
        return main(["load", str(source), "--endpoint", endpoint, "--graph", graph, "--user", "dba",
                     "--password", "dba", *more])  # fmt: skip

    code = load(corpus_build)
    assert code == 0, capsys.readouterr().err
    assert virtuoso.count(graph) == corpus_triples
    assert f"loaded {corpus_triples} triples" in capsys.readouterr().err
    # a second load replaces the graph rather than adding to it
    seed_triples = json.loads((seed_build[1] / "report.json").read_text(encoding="utf-8"))[
        "triples"
    ]
    code = load(seed_build[1] / "graph.ttl", "--quiet")
    assert code == 0, capsys.readouterr().err
    assert virtuoso.count(graph) == seed_triples
    assert virtuoso.count(GRAPH_IRI) == corpus_triples  # other graphs untouched


@pytest.mark.stores
@pytest.mark.parametrize(
    ("path", "credentials", "said"),
    [
        ("/sparql-graph-crud-auth", ["--user", "dba", "--password", "wrong"], "401"),
        ("/sparql-graph-crud-auth", [], "give --user and --password"),
        ("/sparql-graph-crud", [], "403"),
    ],
)
def test_stores_load_refused_exits_2_saying_why(
    virtuoso, seed_build, capsys, path, credentials, said
) -> None:
    from kgbuild.cli import main

    graph = "https://kgbuild.org/test/refused"
    code = main(
        [
            "load",
            str(seed_build[1]),
            "--endpoint",
            virtuoso.http + path,
            "--graph",
            graph,
            *credentials,
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and said in err and err.startswith("kgbuild: error:"), err
    assert virtuoso.count(graph) == 0


# --- GraphML ------------------------------------------------------------------------------------


def test_stores_export_graphml_reads_back_with_labels_and_classes(
    seed_build, tmp_path, capsys
) -> None:
    import networkx as nx
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF

    from kgbuild.cli import main
    from kgbuild.query import load_graph

    target = tmp_path / "seed.graphml"
    assert main(["export", str(seed_build[1]), "--to", "graphml", "-o", str(target)]) == 0
    capsys.readouterr()
    network = nx.read_graphml(target, force_multigraph=True)
    graph = load_graph(seed_build[1])
    links = {(s, p, o) for s, p, o in graph if not isinstance(o, Literal) and p != RDF.type}
    assert network.number_of_edges() == len(links)
    people = {d["label"] for _, d in network.nodes(data=True) if d.get("kind") == "Person"}
    assert {"王新哲", "谢少锋", "张晓赫"} <= people
    person = next(d for _, d in network.nodes(data=True) if d.get("label") == "王新哲")
    assert "kg:Person" in person["classes"].split() and "foaf:Person" in person["classes"].split()
    assert isinstance(graph.value(URIRef(person["iri"]), RDF.type), URIRef)
    predicates = {d["predicate"] for _, _, d in network.edges(data=True)}
    assert {"org:member", "org:role", "oa:hasBody"} <= predicates
    again = tmp_path / "again.graphml"
    assert main(["export", str(seed_build[1]), "--to", "graphml", "-o", str(again), "-q"]) == 0
    assert again.read_bytes() == target.read_bytes()
