"""The built graph: conforms to the shapes, uses only declared terms, loads everywhere the
same, and is byte-identical from one build to the next."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kgbuild.config import ontology_dir
from kgbuild.validate import validate_graph
from kgbuild.vocab import KG

ONTOLOGY = ontology_dir()
DECLARATIONS = {
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    OWL.NamedIndividual,
    SKOS.Concept,
    SKOS.ConceptScheme,
    OWL.Ontology,
}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    graph = Graph()
    graph.parse(ONTOLOGY / "kgbuild.ttl", format="turtle")
    return graph


def test_rdf_seed_graph_conforms_to_shapes(seed_graph) -> None:
    before = set(seed_graph)
    conforms, messages = validate_graph(seed_graph)
    assert conforms, messages
    assert set(seed_graph) == before  # validated in place: nothing added or taken


@pytest.mark.parametrize(
    ("label", "clean"),
    [("王?", False), ("发(fā)展", False), ("王\ufffd", False), ("(布)", True), ("刚果(布)", True), ("刚果()", False)],
)
def test_rdf_shapes_check_labels(seed_graph, label: str, clean: bool) -> None:
    """A label with '?', U+FFFD or a pinyin annotation is a violation; a name with Han
    characters in parentheses (刚果(布), the Republic of the Congo) is not."""
    broken = Graph()
    for triple in seed_graph:
        broken.add(triple)
    person = next(broken.subjects(RDF.type, KG.Person))
    broken.remove((person, SKOS.prefLabel, None))
    broken.add((person, SKOS.prefLabel, Literal(label, lang="zh-Hans")))
    conforms, messages = validate_graph(broken)
    assert conforms is clean and (clean or any("label" in m for m in messages))


def test_rdf_every_term_used_is_declared(seed_graph, ontology) -> None:
    declared = {s for s, o in ontology.subject_objects(RDF.type) if o in DECLARATIONS}
    used = set(seed_graph.predicates()) | set(seed_graph.objects(None, RDF.type))
    undeclared = sorted(str(t) for t in used - declared - {RDF.type})
    assert not undeclared, undeclared


def test_rdf_own_terms_have_labels_and_definitions(ontology) -> None:
    own = [s for s in set(ontology.subjects(RDF.type, None)) if str(s).startswith(str(KG._NS))]
    assert len(own) > 30
    for term in own:
        langs = {lit.language for lit in ontology.objects(term, RDFS.label)}
        assert {"zh-Hans", "en"} <= langs, term
        assert ontology.value(term, SKOS.definition) is not None, term


def test_rdf_turtle_parses_same_in_rdflib_and_oxigraph(seed_build) -> None:
    import pyoxigraph as ox

    path = seed_build[1] / "graph.ttl"
    graph = Graph()
    graph.parse(path, format="turtle")
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    assert len(graph) == len(store) > 500


def test_rdf_two_builds_are_byte_identical(seed_build, tmp_path: Path) -> None:
    """A second build in a fresh interpreter with another hash seed gives the same bytes."""
    out = tmp_path / "again"
    env = dict(os.environ, PYTHONHASHSEED="12345")
    code = subprocess.run(
        [sys.executable, "-m", "kgbuild", "build", "-o", str(out), "--quiet", "--no-html"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert code.returncode == 0, code.stderr
    assert (out / "graph.ttl").read_bytes() == (seed_build[1] / "graph.ttl").read_bytes()


def test_rdf_ontology_and_shapes_parse() -> None:
    for name in ("kgbuild.ttl", "shapes.ttl"):
        graph = Graph()
        graph.parse(ONTOLOGY / name, format="turtle")
        assert len(graph) > 100, name


@pytest.fixture(scope="module")
def seed_lines(seed_build, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed build's graph as sorted N-Triples lines (what a build writes Turtle from)."""
    import pyoxigraph as ox

    from kgbuild.export import sort_lines

    folder = tmp_path_factory.mktemp("lines")
    unsorted = folder / "graph-unsorted.nt"
    triples = ox.parse(path=str(seed_build[1] / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    ox.serialize(triples, str(unsorted), format=ox.RdfFormat.N_TRIPLES)
    lines = folder / "graph.nt"
    assert sort_lines(unsorted, lines) > 500
    return lines


@pytest.mark.parametrize("pieces", [2, 3, 7])
def test_rdf_turtle_written_in_pieces_is_byte_identical(
    seed_build, seed_lines: Path, tmp_path: Path, pieces: int
) -> None:
    """Several processes writing runs of subjects give the bytes one process writes."""
    from kgbuild.export import convert, subject_cuts

    assert len(subject_cuts(seed_lines, pieces)) == pieces + 1
    target = tmp_path / "graph.ttl"
    convert(seed_lines, target, "ttl", pieces=pieces)
    assert target.read_bytes() == (seed_build[1] / "graph.ttl").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]  # the runs' files are gone


def test_rdf_subject_cuts_fall_where_the_subject_changes(seed_lines: Path) -> None:
    from kgbuild.export import subject_cuts

    data = seed_lines.read_bytes()
    cuts = subject_cuts(seed_lines, 10)
    assert cuts[0] == 0 and cuts[-1] == len(data) and cuts == sorted(set(cuts))
    for cut in cuts[1:-1]:
        before = data[data.rindex(b"\n", 0, cut - 1) + 1 : cut]
        after = data[cut : data.index(b"\n", cut)]
        assert before.split(b" ", 1)[0] != after.split(b" ", 1)[0]


def test_rdf_subject_cuts_of_one_subject_give_one_run(tmp_path: Path) -> None:
    from kgbuild.export import subject_cuts

    lines = tmp_path / "one.nt"
    lines.write_bytes(b"".join(b'<urn:a> <urn:p> "%d" .\n' % n for n in range(50)))
    assert subject_cuts(lines, 4) == [0, lines.stat().st_size]


def test_rdf_class_counts_the_same_with_grep_and_without(seed_build, seed_lines: Path) -> None:
    from kgbuild.pipeline import _read_class_counts, _start_class_counts

    with_grep = _read_class_counts(seed_lines, _start_class_counts(seed_lines))
    assert with_grep == _read_class_counts(seed_lines, None) == seed_build[0].counts
    assert with_grep["mentions"] > 0 and with_grep["people"] > 0


def test_rdf_streamed_build_gives_the_in_memory_graph(seed_graph) -> None:
    """The streamed build's terms are written as N-Triples text (GraphBuilder(lines=True)),
    the in-memory build's are rdflib terms: both give the same triples."""
    from kgbuild.config import load_settings, sample_path
    from kgbuild.pipeline import build_graph

    in_memory = build_graph([str(sample_path())], load_settings()).graph
    assert len(in_memory) == len(seed_graph) > 100
    assert set(in_memory) == set(seed_graph)


def test_rdf_terms_in_both_forms_are_the_same_term() -> None:
    from decimal import Decimal

    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD

    from kgbuild.rdf import Terms, decimal_text, nt_term

    terms, lines = Terms(), Terms(lines=True)
    cases = [
        (terms.iri("person", "王毅"), lines.iri("person", "王毅")),
        (terms.plain('say "hi"\n\\'), lines.plain('say "hi"\n\\')),
        (terms.text("国务院"), lines.text("国务院")),
        (terms.text("x", "en"), lines.text("x", "en")),
        (terms.typed(decimal_text(Decimal("33.6100")), XSD.decimal), lines.typed("33.61", XSD.decimal)),
        (terms.offset(12), lines.offset(12)),
        (terms.true, lines.true),
        (terms.type, lines.type),
    ]
    for rdflib_term, text in cases:
        assert isinstance(rdflib_term, (URIRef, Literal))
        assert nt_term(rdflib_term) == text


def test_rdf_a_foreign_state_known_only_as_a_parent_is_international() -> None:
    """A body whose parent is a state no organization list holds (俄罗斯国防部 -> 俄罗斯):
    the state is an international body; an unknown parent of another kind takes the
    category its ending says (某某公司: an enterprise)."""
    from kgbuild.gazetteer import load_gazetteer
    from kgbuild.model import Names
    from kgbuild.resolve import Resolver

    resolver = Resolver(load_gazetteer())
    resolver.add(
        Names(
            doc_id="d1",
            mentions=(
                ("organization", "俄罗斯国防部", "俄罗斯国防部", "international", "俄罗斯"),
                ("organization", "某某公司研发部", "某某公司研发部", "enterprise", "某某公司"),
            ),
            bodies=(),
        )
    )
    entities = resolver.resolution().entities
    assert entities[("organization", "俄罗斯")].category == "international"
    assert entities[("organization", "某某公司")].category == "enterprise"
