"""Query: the named queries of the contract (ontology/queries/*.rq) and any SPARQL query,
with results as an aligned table, CSV, TSV or SPARQL 1.1 Query Results JSON."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef

from .config import ontology_dir
from .errors import InputError, QueryError

CONTRACT_ORDER = ("documents", "people", "organizations", "posts", "initiatives", "metrics",
                  "events", "statements", "mentions")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    summary: str  #: one line on what it answers (the file's first comment)
    text: str


def named_queries() -> dict[str, NamedQuery]:
    """Every named query shipped in ontology/queries, contract order first."""
    folder = ontology_dir() / "queries"
    found = {}
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0] if text else ""
        summary = first.lstrip("# ").strip() if first.startswith("#") else ""
        found[path.stem] = NamedQuery(path.stem, summary, text)
    order = {name: i for i, name in enumerate(CONTRACT_ORDER)}
    return dict(sorted(found.items(), key=lambda kv: (order.get(kv[0], 99), kv[0])))


def named_query(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}", hint="known: " + ", ".join(queries))
    return queries[name]


def load_graph(path: str | Path) -> Graph:
    """A graph from a Turtle/N-Triples/TriG/JSON-LD file, or an output folder's graph.ttl."""
    p = Path(path)
    if p.is_dir():
        p = p / "graph.ttl"
    if not p.is_file():
        raise InputError("no such graph file", path=str(p))
    fmt = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".jsonld": "json-ld", ".nq": "nquads"}.get(
        p.suffix.lower(), "turtle")
    graph = Graph()
    try:
        graph.parse(p, format=fmt)
    except Exception as exc:  # noqa: BLE001 - rdflib raises many parser error types
        raise InputError(f"cannot parse as {fmt}: {exc}", path=str(p)) from None
    return graph


@dataclass(frozen=True)
class Table:
    """SELECT results: variable names and rows of RDF terms (None where unbound)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]

    def records(self) -> list[dict[str, object]]:
        """Rows as dicts of Python values (str, int, Decimal, date ...), unbound omitted."""
        out = []
        for row in self.rows:
            out.append({c: (v.toPython() if isinstance(v, Literal) else str(v))
                        for c, v in zip(self.columns, row) if v is not None})
        return out


def run_query(graph: Graph, sparql: str) -> Table:
    """Run a SELECT query; a malformed query raises QueryError with the parser's message."""
    try:
        result = graph.query(sparql)
    except Exception as exc:  # noqa: BLE001 - pyparsing and rdflib errors alike
        raise QueryError(f"malformed query: {exc}") from None
    if result.type != "SELECT":
        raise QueryError(f"only SELECT queries give a table (this is {result.type})")
    columns = tuple(str(v) for v in result.vars)
    rows = tuple(tuple(row) for row in result)
    return Table(columns, rows)


def _plain(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal):
        return str(term)
    return str(term)


def format_table(table: Table, fmt: str = "table") -> str:
    """Render results: table (aligned), csv, tsv or json (SPARQL 1.1 Query Results JSON)."""
    if fmt == "json":
        return json.dumps(results_json(table), ensure_ascii=False, indent=2) + "\n"
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(table.columns)
        for row in table.rows:
            writer.writerow([_plain(v) for v in row])
        return buffer.getvalue()
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r}", hint="table, csv, tsv or json")
    cells = [list(table.columns)] + [[_plain(v) for v in row] for row in table.rows]
    widths = [max(_width(r[i]) for r in cells) for i in range(len(table.columns))]
    lines = []
    for n, row in enumerate(cells):
        lines.append("  ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.append(f"({len(table.rows)} rows)")
    return "\n".join(lines) + "\n"


def _width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def results_json(table: Table) -> dict:
    bindings = []
    for row in table.rows:
        b = {}
        for column, term in zip(table.columns, row):
            if term is None:
                continue
            if isinstance(term, URIRef):
                b[column] = {"type": "uri", "value": str(term)}
            elif isinstance(term, BNode):
                b[column] = {"type": "bnode", "value": str(term)}
            elif isinstance(term, Literal):
                value = {"type": "literal", "value": str(term)}
                if term.language:
                    value["xml:lang"] = term.language
                elif term.datatype:
                    value["datatype"] = str(term.datatype)
                b[column] = value
        bindings.append(b)
    return {"head": {"vars": list(table.columns)}, "results": {"bindings": bindings}}


def read_query_file(path: str | Path) -> str:
    p = Path(path)
    if not p.is_file():
        raise InputError("no such query file", path=str(p))
    return p.read_text(encoding="utf-8")
