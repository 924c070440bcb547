"""Query: the named queries of the contract (ontology/queries/*.rq) and any SPARQL query,
with results as an aligned table, CSV, TSV or SPARQL 1.1 Query Results JSON."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from .config import ontology_dir
from .errors import InputError, QueryError

CONTRACT_ORDER = (
    "documents",
    "people",
    "organizations",
    "posts",
    "initiatives",
    "metrics",
    "events",
    "statements",
    "mentions",
)


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
        p.suffix.lower(), "turtle"
    )
    graph = Graph()
    try:
        graph.parse(p, format=fmt)
    except Exception as exc:  # noqa: BLE001 - rdflib raises many parser error types
        raise InputError(f"cannot parse as {fmt}: {exc}", path=str(p)) from None
    return graph


@dataclass(frozen=True)
class Table:
    """SELECT results: variable names and rows of RDF terms (rdflib terms, or `Term`s; None
    where unbound)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]

    def records(self) -> list[dict[str, object]]:
        """Rows as dicts of Python values (str, int, Decimal, date ...), unbound omitted."""
        out = []
        for row in self.rows:
            record = {}
            for c, v in zip(self.columns, row, strict=True):
                if v is None:
                    continue
                if type(v) is Term:
                    v = _term_to_rdflib(v)
                record[c] = v.toPython() if isinstance(v, Literal) else str(v)
            out.append(record)
        return out


_FORMATS = {
    ".ttl": "TURTLE",
    ".nt": "N_TRIPLES",
    ".trig": "TRIG",
    ".nq": "N_QUADS",
    ".jsonld": "JSON_LD",
    ".rdf": "RDF_XML",
}


def rdf_format(path: Path):
    """The pyoxigraph format a graph file is read in, by its suffix (Turtle when unknown)."""
    import pyoxigraph as ox

    return getattr(ox.RdfFormat, _FORMATS.get(path.suffix.lower(), "TURTLE"))


def to_store(graph: Graph):
    """An in-memory Oxigraph store holding the graph: SPARQL there is fast at any size."""
    import pyoxigraph as ox

    store = ox.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def load_store(path: str | Path):
    """An Oxigraph store loaded from a graph file or an output folder's graph.ttl."""
    import pyoxigraph as ox

    p = Path(path)
    if p.is_dir() and (p / ".kgbuild" / "store").is_dir():
        try:
            return ox.Store.read_only(str(p / ".kgbuild" / "store"))
        except OSError:
            pass  # fall back to parsing graph.ttl
    if p.is_dir():
        p = p / "graph.ttl"
    if not p.is_file():
        raise InputError("no such graph file", path=str(p))
    fmt = rdf_format(p)
    store = ox.Store()
    try:
        if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
            # queries read the default graph: put the merge of the named graphs there, once
            store.extend(ox.Quad(q.subject, q.predicate, q.object) for q in ox.parse(path=str(p), format=fmt))
        else:
            store.load(path=str(p), format=fmt)
    except (SyntaxError, ValueError) as exc:
        raise InputError(f"cannot parse: {exc}", path=str(p)) from None
    return store


def to_rdflib_graph(store, construct: str) -> Graph:
    """The triples a CONSTRUCT query gives on a store, as an rdflib graph."""
    graph = Graph()
    terms: dict = {}  # each distinct term converted once (labels and classes repeat a lot)

    def term(value):
        found = terms.get(value)
        if found is None:
            found = terms[value] = _to_rdflib(value)
        return found

    for triple in store.query(construct):
        graph.add((term(triple.subject), term(triple.predicate), term(triple.object)))
    return graph


def _term_to_rdflib(term: Term):
    if term.kind == "iri":
        return URIRef(term.text)
    if term.kind == "bnode":
        return BNode(term.text)
    if term.language:
        return Literal(term.text, lang=term.language)
    return Literal(term.text, datatype=URIRef(term.datatype) if term.datatype else None)


def _to_rdflib(term):
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    return Literal(str(term))


def run_query(source, sparql: str, engine_order: bool = False, rdflib_terms: bool = True) -> Table:
    """Run a SELECT query on an rdflib Graph or an Oxigraph Store.

    Queries run on Oxigraph (an rdflib graph is copied into a store first); a malformed
    query raises QueryError with the parser's message. A query that ends in ORDER BY plain
    variables is sorted here, after the engine, by SPARQL's order, the whole row breaking
    ties (so one fixed order): on an on-disk store Oxigraph reads every long string from
    disk again at each comparison of its sort. engine_order: let the engine sort.
    rdflib_terms: the rows hold rdflib terms; else `Term` tuples (format_table and
    results_json print both the same; making hundreds of thousands of rdflib terms takes
    longer than the query).
    """
    import pyoxigraph as ox

    store = to_store(source) if isinstance(source, Graph) else source
    unordered, order = (sparql, ()) if engine_order else _split_order(sparql)
    try:
        result = store.query(unordered)
    except SyntaxError as exc:
        raise QueryError(f"malformed query: {exc}") from None
    except (OSError, ValueError) as exc:
        raise QueryError(f"query failed: {exc}") from None
    if not isinstance(result, ox.QuerySolutions):
        kind = "ASK" if isinstance(result, ox.QueryBoolean) else "CONSTRUCT/DESCRIBE"
        raise QueryError(f"only SELECT queries give a table (this is {kind})")
    columns = tuple(v.value for v in result.variables)
    convert = _to_rdflib if rdflib_terms else _ox_term
    terms: dict = {}  # each distinct term converted once (names, documents, kinds repeat)

    def term(value):
        if value is None:
            return None
        found = terms.get(value)
        if found is None:
            found = terms[value] = convert(value)
        return found

    rows = tuple(tuple(term(value) for value in solution) for solution in result)
    if order:
        ordered = _ordered(columns, rows, order)
        if ordered is None:  # values this sort does not order as SPARQL does: the engine sorts
            return run_query(store, sparql, engine_order=True, rdflib_terms=rdflib_terms)
        rows = ordered
    return Table(columns, rows)


_ORDER_BY = re.compile(r"^([^#\n]*?)\bORDER\s+BY((?:\s+\?[A-Za-z_]\w*)+)\s*\Z", re.IGNORECASE | re.MULTILINE)
_NUMERIC = {
    str(XSD[name])
    for name in (
        "integer decimal int long short byte nonNegativeInteger positiveInteger nonPositiveInteger "
        "negativeInteger unsignedLong unsignedInt unsignedShort unsignedByte"
    ).split()
}


def _split_order(sparql: str) -> tuple[str, tuple[str, ...]]:
    """(the query without its final ORDER BY, the variables it orders by) when it ends in
    ORDER BY plain variables (no LIMIT or OFFSET after it); else (the query, ())."""
    found = _ORDER_BY.search(sparql)
    if not found:
        return sparql, ()
    return sparql[: found.start()] + found.group(1), tuple(v.lstrip("?") for v in found.group(2).split())


def _ordered(columns: tuple[str, ...], rows: tuple, order: tuple[str, ...]) -> tuple | None:
    """The rows sorted by the order variables as SPARQL orders them (unbound first; IRIs by
    their text, plain strings by code point, numbers by value), then by the whole row; None
    when an order column holds values of more than one of these kinds, or of another."""
    positions = []
    for name in order:
        if name not in columns:
            return None
        index = columns.index(name)
        kinds = {_order_kind(row[index]) for row in rows if row[index] is not None}
        if len(kinds) > 1 or None in kinds:
            return None
        positions.append((index, next(iter(kinds), "str")))

    def key(row):
        head = []
        for index, kind in positions:
            term = row[index]
            head.append((0, "") if term is None else (1, Decimal(_lexical(term)) if kind == "num" else _lexical(term)))
        return head

    try:
        keyed = sorted(((key(row), row) for row in rows), key=itemgetter(0))
    except InvalidOperation:  # a number whose text is not one ("x"^^xsd:integer)
        return None
    # rows the order variables do not tell apart, in the order of their whole row (the tie
    # key is made only for them: most queries order by a column that tells every row apart)
    out = []
    for _, group in groupby(keyed, key=itemgetter(0)):
        run = [row for _, row in group]
        out.extend(sorted(run, key=_tie_key) if len(run) > 1 else run)
    return tuple(out)


def _order_kind(term) -> str | None:
    kind, _, datatype, language = _parts(term)
    if kind == "iri":
        return "iri"
    if kind == "literal" and not language:
        if not datatype or datatype == _XSD_STRING:
            return "str"
        if datatype in _NUMERIC:
            return "num"
    return None


def _tie_key(row: tuple) -> str:
    """A row as one string: a fixed order among rows the order variables do not tell apart."""
    out = []
    for term in row:
        if term is None:
            out.append("\x01")
        else:
            _, text, datatype, _ = _parts(term)
            out.append(f"{text}\x02{'' if datatype in (_XSD_STRING, _LANG_STRING) else datatype}")
    return "\x00".join(out)


_XSD_STRING = str(XSD.string)
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


class Term(NamedTuple):
    """An RDF term as plain text: what a table of results needs to print and sort."""

    kind: str  #: iri, bnode or literal
    text: str  #: the IRI, the blank node's label or the literal's lexical form
    datatype: str = ""  #: a literal's datatype IRI; '' for plain and language-tagged strings
    language: str = ""


def _ox_term(term) -> Term:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return Term("iri", term.value)
    if isinstance(term, ox.BlankNode):
        return Term("bnode", term.value)
    if isinstance(term, ox.Literal):
        language = term.language or ""
        datatype = term.datatype.value
        return Term("literal", term.value, "" if language or datatype == _XSD_STRING else datatype, language)
    return Term("literal", str(term))


def _parts(term) -> Term:
    """A Term of an rdflib term or a Term."""
    if type(term) is Term:
        return term
    if isinstance(term, URIRef):
        return Term("iri", str(term))
    if isinstance(term, BNode):
        return Term("bnode", str(term))
    datatype = "" if term.datatype is None or term.language else str(term.datatype)
    return Term("literal", str(term), "" if datatype == _XSD_STRING else datatype, term.language or "")


def _lexical(term) -> str:
    """The text of a term (an IRI's IRI, a literal's lexical form)."""
    return term.text if type(term) is Term else str(term)


def _plain(term: object) -> str:
    if term is None:
        return ""
    return _lexical(term)


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
        lines.append("  ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths, strict=True)).rstrip())
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
        for column, term in zip(table.columns, row, strict=True):
            if term is None:
                continue
            kind, text, datatype, language = _parts(term)
            if kind == "iri":
                b[column] = {"type": "uri", "value": text}
            elif kind == "bnode":
                b[column] = {"type": "bnode", "value": text}
            else:
                value = {"type": "literal", "value": text}
                if language:
                    value["xml:lang"] = language
                elif datatype:
                    value["datatype"] = datatype
                b[column] = value
        bindings.append(b)
    return {"head": {"vars": list(table.columns)}, "results": {"bindings": bindings}}


def read_query_file(path: str | Path) -> str:
    p = Path(path)
    if not p.is_file():
        raise InputError("no such query file", path=str(p))
    return p.read_text(encoding="utf-8")
