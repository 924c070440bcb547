"""Tests for query.py without an ontology build: result formats, run_query, named queries."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from datetime import date
from decimal import Decimal

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD
from rdflib.plugins.sparql import prepareQuery

from kgbuild.errors import KgbuildError, QueryError
from kgbuild.query import Table, format_table, named_queries, named_query, results_json, run_query

EX = Namespace("https://example.org/")
PERSON = URIRef("https://kgbuild.org/id/person/fb541692a72f7bc54537")
BODY = URIRef("https://kgbuild.org/id/organization/0123456789abcdef0123")
CONTRACT = [
    "documents",
    "people",
    "organizations",
    "posts",
    "initiatives",
    "metrics",
    "events",
    "statements",
    "mentions",
]

#: Two rows: a URI, a CJK language-tagged label, a typed literal, a plain literal with a
#: comma and a quote, and one unbound cell.
TABLE = Table(
    columns=("entity", "label", "count", "note"),
    rows=(
        (PERSON, Literal("王新哲", lang="zh"), Literal("3", datatype=XSD.integer), Literal('says "yes", twice')),
        (BODY, None, Literal("71.5", datatype=XSD.decimal), Literal("工信部")),
    ),
)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


# ---------------------------------------------------------------------------------------------
# format_table


def test_query_format_table_is_aligned_with_cjk_width() -> None:
    out = format_table(TABLE, "table")
    lines = out.splitlines()
    assert out.endswith("\n")
    assert lines[-1] == "(2 rows)"
    header, rule, first, second = lines[:4]
    assert header.split() == ["entity", "label", "count", "note"]
    assert set(rule) == {"-", " "}
    assert first.split() == [str(PERSON), "王新哲", "3", "says", '"yes",', "twice"]
    assert second.split() == [str(BODY), "71.5", "工信部"]
    # every cell starts at the display column where its column's dashes start
    starts = [i for i, c in enumerate(rule) if c == "-" and (i == 0 or rule[i - 1] == " ")]
    assert len(starts) == 4
    expected = {
        header: ["entity", "label", "count", "note"],
        first: [str(PERSON), "王新哲", "3", 'says "yes", twice'],
        second: [str(BODY), None, "71.5", "工信部"],  # unbound label: a blank cell
    }
    for line, cells in expected.items():
        for start, cell in zip(starts, cells, strict=False):
            if cell is None:
                continue
            index = _display_index(line, start)
            assert index is not None and line[index:].startswith(cell), (line, cell)
    assert all(line == line.rstrip() for line in lines)


def _display_index(line: str, column: int) -> int | None:
    """The string index of the character that starts at display column `column`."""
    width = 0
    for index, char in enumerate(line):
        if width == column:
            return index
        width += _width(char)
    return None


def test_query_format_table_with_no_rows() -> None:
    out = format_table(Table(("a", "bb"), ()), "table")
    assert out.splitlines() == ["a  bb", "-  --", "(0 rows)"]


@pytest.mark.parametrize(("fmt", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_query_format_delimited(fmt: str, delimiter: str) -> None:
    out = format_table(TABLE, fmt)
    rows = list(csv.reader(io.StringIO(out), delimiter=delimiter))
    assert rows == [
        ["entity", "label", "count", "note"],
        [str(PERSON), "王新哲", "3", 'says "yes", twice'],
        [str(BODY), "", "71.5", "工信部"],
    ]
    assert out.splitlines()[0] == delimiter.join(TABLE.columns)


def test_query_format_json_is_sparql_results_json() -> None:
    data = json.loads(format_table(TABLE, "json"))
    assert data == {
        "head": {"vars": ["entity", "label", "count", "note"]},
        "results": {
            "bindings": [
                {
                    "entity": {"type": "uri", "value": str(PERSON)},
                    "label": {"type": "literal", "value": "王新哲", "xml:lang": "zh"},
                    "count": {"type": "literal", "value": "3", "datatype": str(XSD.integer)},
                    "note": {"type": "literal", "value": 'says "yes", twice'},
                },
                {
                    # the unbound label is omitted, not null
                    "entity": {"type": "uri", "value": str(BODY)},
                    "count": {"type": "literal", "value": "71.5", "datatype": str(XSD.decimal)},
                    "note": {"type": "literal", "value": "工信部"},
                },
            ]
        },
    }


def test_query_format_json_keeps_cjk_unescaped() -> None:
    out = format_table(TABLE, "json")
    assert "王新哲" in out
    assert "\\u" not in out


def test_query_format_json_blank_node() -> None:
    node = BNode("b0")
    data = results_json(Table(("x",), ((node,),)))
    assert data["results"]["bindings"] == [{"x": {"type": "bnode", "value": "b0"}}]


@pytest.mark.parametrize("fmt", ["xml", "JSON", "", "text", "markdown"])
def test_query_format_unknown_raises_query_error(fmt: str) -> None:
    with pytest.raises(QueryError) as info:
        format_table(TABLE, fmt)
    assert isinstance(info.value, KgbuildError)
    assert repr(fmt) in str(info.value)
    assert "table, csv, tsv or json" in str(info.value)


# ---------------------------------------------------------------------------------------------
# run_query


@pytest.fixture()
def graph() -> Graph:
    g = Graph()
    g.add((EX.wang, RDF.type, EX.Person))
    g.add((EX.wang, RDFS.label, Literal("王新哲", lang="zh")))
    g.add((EX.wang, EX.age, Literal(55)))
    g.add((EX.xie, RDF.type, EX.Person))
    g.add((EX.xie, RDFS.label, Literal("谢少锋", lang="zh")))
    g.add((EX.miit, RDF.type, EX.Organization))
    g.add((EX.miit, EX.founded, Literal("2008-03-21", datatype=XSD.date)))
    g.add((EX.miit, EX.rate, Literal(Decimal("71.5"))))
    return g


def test_query_format_run_query_returns_rows(graph: Graph) -> None:
    table = run_query(
        graph,
        """
        PREFIX ex: <https://example.org/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?person ?label ?age WHERE {
            ?person a ex:Person ; rdfs:label ?label .
            OPTIONAL { ?person ex:age ?age }
        } ORDER BY ?label
    """,
    )
    assert table.columns == ("person", "label", "age")
    assert table.rows == (
        (EX.wang, Literal("王新哲", lang="zh"), Literal(55)),
        (EX.xie, Literal("谢少锋", lang="zh"), None),
    )
    assert table.records() == [
        {"person": str(EX.wang), "label": "王新哲", "age": 55},
        {"person": str(EX.xie), "label": "谢少锋"},
    ]


def test_query_format_run_query_typed_values(graph: Graph) -> None:
    table = run_query(
        graph,
        "SELECT ?d ?r WHERE { <https://example.org/miit> "
        "<https://example.org/founded> ?d ; <https://example.org/rate> ?r }",
    )
    assert table.records() == [{"d": date(2008, 3, 21), "r": Decimal("71.5")}]


def test_query_format_run_query_no_match_gives_empty_table(graph: Graph) -> None:
    table = run_query(graph, "SELECT ?x WHERE { ?x a <https://example.org/Nothing> }")
    assert table.columns == ("x",)
    assert table.rows == ()
    assert format_table(table, "table").splitlines()[-1] == "(0 rows)"


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT ?x WHERE { ?x a }",
        "SELEC ?x WHERE { ?x ?p ?o }",
        "SELECT ?x WHERE { ?x ex:p ?o }",  # undeclared prefix
        "",
    ],
    ids=["incomplete-triple", "misspelt-keyword", "undeclared-prefix", "empty"],
)
def test_query_format_run_query_malformed_raises_query_error(graph: Graph, sparql: str) -> None:
    with pytest.raises(QueryError, match="malformed query"):
        run_query(graph, sparql)


def test_query_format_run_query_rejects_non_select(graph: Graph) -> None:
    with pytest.raises(QueryError, match="only SELECT"):
        run_query(graph, "ASK { ?s ?p ?o }")


# ---------------------------------------------------------------------------------------------
# Named queries


def test_query_format_named_queries_are_the_contract() -> None:
    queries = named_queries()
    assert list(queries) == CONTRACT


@pytest.mark.parametrize("name", CONTRACT)
def test_query_format_named_query_has_summary_and_parses(name: str) -> None:
    query = named_queries()[name]
    assert query.name == name
    assert query.summary.strip()
    assert not query.summary.startswith("#")
    prepared = prepareQuery(query.text)
    assert prepared.algebra.name == "SelectQuery"


@pytest.mark.parametrize("name", CONTRACT)
def test_query_format_named_query_runs_on_an_empty_graph(name: str) -> None:
    table = run_query(Graph(), named_query(name).text)
    assert table.columns
    assert table.rows == ()


def test_query_format_unknown_named_query_raises() -> None:
    with pytest.raises(QueryError, match="no named query 'nobody'") as info:
        named_query("nobody")
    assert "documents" in str(info.value)


# ---------------------------------------------------------------------------------------------
# ORDER BY done after the engine


@pytest.mark.parametrize(
    ("sparql", "order"),
    [
        ("SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a ?c\n", ("a", "c")),
        ("SELECT ?a WHERE { ?a ?b ?c }\norder by ?a  ", ("a",)),
        ("SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a LIMIT 3", ()),
        ("SELECT ?a WHERE { ?a ?b ?c } ORDER BY DESC(?a)", ()),
        ("SELECT ?a WHERE { ?a ?b ?c }\n# ORDER BY ?a", ()),
        ("SELECT ?a WHERE { { SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a } }", ()),
    ],
)
def test_query_format_split_order_takes_only_a_final_order_by_of_variables(sparql: str, order: tuple) -> None:
    from kgbuild.query import _split_order

    rest, found = _split_order(sparql)
    assert found == order
    assert rest == sparql if not order else "ORDER" not in rest.upper().split("}")[-1]


def _ordering_graph() -> Graph:
    g = Graph()
    names = ["国务院", "李强", "工业和信息化部", "Zeta", "alpha", "國務院", "𠀀字", "王", "王毅"]
    for n, name in enumerate(names):
        node = EX[f"n{n:02d}"]
        g.add((node, RDF.type, EX.Thing))
        g.add((node, RDFS.label, Literal(name)))
        g.add((node, EX.rank, Literal(len(names) - n if n % 3 else 10 * n)))
        g.add((node, EX.share, Literal(Decimal(f"{n * 7 % 5}.{n}"))))
        if n % 2:
            g.add((node, EX.note, Literal(f"说明{n % 3}")))
    return g


#: Every column of _ordering_graph's things; a test appends the ORDER BY variables.
_ORDERING_QUERY = """
    PREFIX ex: <https://example.org/>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT ?thing ?label ?rank ?share ?note WHERE {
        ?thing a ex:Thing ; rdfs:label ?label ; ex:rank ?rank ; ex:share ?share .
        OPTIONAL { ?thing ex:note ?note }
    } ORDER BY """


@pytest.mark.parametrize(
    "order",
    ["?label", "?rank ?label", "?note ?label", "?note ?rank", "?share", "?thing", "?note ?share ?thing"],
)
def test_query_format_sort_after_the_engine_gives_the_engine_order(order: str) -> None:
    """Strings by code point, numbers by value (9 before 10), unbound first, IRIs by text:
    the same rows in the same order as Oxigraph's own ORDER BY."""
    sparql = _ORDERING_QUERY + order
    graph = _ordering_graph()
    ours = run_query(graph, sparql)
    assert ours.rows == run_query(graph, sparql, engine_order=True).rows
    assert len(ours.rows) == 9


def test_query_format_rows_the_order_does_not_tell_apart_follow_the_whole_row() -> None:
    """Ties of the ORDER BY variables come out in the order of the whole row, whatever order
    the engine gave them in; rows the order tells apart keep the order's order."""
    import random

    from kgbuild.query import _ordered

    rows = [(Literal(f"d{d}"), Literal(f"m{m}"), Literal(text)) for d in (2, 1) for m in (1, 2) for text in "乙甲"]
    expected = sorted(rows, key=lambda row: tuple(str(term) for term in row))
    for seed in range(5):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        assert list(_ordered(("doc", "metric", "text"), tuple(shuffled), ("doc",))) == expected
    by_metric = _ordered(("doc", "metric", "text"), tuple(rows), ("metric",))
    assert [str(row[1]) for row in by_metric] == ["m1"] * 4 + ["m2"] * 4
    assert [str(row[0]) + str(row[2]) for row in by_metric[:4]] == ["d1乙", "d1甲", "d2乙", "d2甲"]


def test_query_format_values_sorted_otherwise_go_to_the_engine(graph: Graph) -> None:
    from kgbuild.query import _ordered

    rows = ((Literal("王新哲", lang="zh"),), (Literal("谢少锋", lang="zh"),))
    assert _ordered(("label",), rows, ("label",)) is None  # language strings: the engine sorts
    bad = ((Literal("x", datatype=XSD.integer),), (Literal(2),))
    assert _ordered(("n",), bad, ("n",)) is None  # not a number: the engine sorts
    mixed = ((Literal(3),), (Literal("3"),))
    assert _ordered(("x",), mixed, ("x",)) is None
    assert _ordered(("x",), mixed, ("y",)) is None  # not a column


@pytest.mark.parametrize("name", CONTRACT)
def test_query_format_named_query_sorted_after_the_engine_on_a_build(seed_build, name: str) -> None:
    from kgbuild.query import load_store

    store = load_store(seed_build[1])
    text = named_query(name).text
    ours = run_query(store, text)
    assert ours.rows == run_query(store, text, engine_order=True).rows
    assert ours.rows


@pytest.mark.parametrize("order", ["?label", "?rank ?label", "?note ?share ?thing"])
def test_query_format_plain_terms_sort_and_print_as_rdflib_terms(order: str) -> None:
    """Rows of plain Terms (what `kgbuild query` uses) come in the same order and print the
    same in every format as rows of rdflib terms."""
    sparql = _ORDERING_QUERY + order
    graph = _ordering_graph()
    terms = run_query(graph, sparql)
    plain = run_query(graph, sparql, rdflib_terms=False)
    assert all(type(v).__name__ == "Term" for row in plain.rows for v in row if v is not None)
    for fmt in ("table", "csv", "tsv", "json"):
        assert format_table(plain, fmt) == format_table(terms, fmt)
    assert plain.records() == terms.records()


@pytest.mark.parametrize("name", CONTRACT)
def test_query_format_named_query_plain_terms_on_a_build(seed_build, name: str) -> None:
    from kgbuild.query import load_store

    store = load_store(seed_build[1])
    text = named_query(name).text
    assert format_table(run_query(store, text, rdflib_terms=False), "json") == format_table(
        run_query(store, text), "json"
    )
