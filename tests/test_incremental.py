"""One graph over a corpus: incremental builds equal batch builds, removal is exact,
provenance covers every fact, identity is one node per canonical name, posts have dates."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic

from kgbuild.config import load_settings
from kgbuild.pipeline import build


@pytest.fixture(scope="module")
def corpus_batches(shared: Path, tmp_path_factory) -> list[Path]:
    """200 stories of the development corpus in 4 files of 50."""
    folder = tmp_path_factory.mktemp("batches")
    with (shared / "corpus" / "xinwenlianbo-2022-2024.jsonl").open(encoding="utf-8") as handle:
        lines = list(islice(handle, 200))
    paths = []
    for i in range(4):
        path = folder / f"batch{i}.jsonl"
        path.write_text("".join(lines[i * 50 : (i + 1) * 50]), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def settings():
    return load_settings(html=False, validate=False)


@pytest.fixture(scope="module")
def batch_build(corpus_batches, settings, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("batch")
    build([str(p) for p in corpus_batches], out, settings)
    return out


def _graph(out: Path) -> Graph:
    graph = Graph()
    graph.parse(out / "graph.ttl", format="turtle")
    return graph


def test_incremental_equals_batch_on_200_stories_in_4_batches(corpus_batches, settings, batch_build, tmp_path):
    out = tmp_path / "inc"
    build([str(corpus_batches[0])], out, settings)
    for path in corpus_batches[1:]:
        build([str(path)], out, settings, into=True)
    assert (out / "graph.ttl").read_bytes() == (batch_build / "graph.ttl").read_bytes()


def test_incremental_add_then_remove_restores_the_graph(corpus_batches, settings, tmp_path):
    out = tmp_path / "addremove"
    build([str(corpus_batches[0])], out, settings)
    before = (out / "graph.ttl").read_bytes()
    extra = tmp_path / "extra.jsonl"
    record = json.loads(corpus_batches[1].read_text(encoding="utf-8").splitlines()[0])
    extra.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    build([str(extra)], out, settings, into=True)
    assert (out / "graph.ttl").read_bytes() != before
    build(None, out, settings, remove=[record["id"]])
    after = (out / "graph.ttl").read_bytes()
    if after != before:
        _, only_before, only_after = graph_diff(
            Graph().parse(data=before, format="turtle"), Graph().parse(data=after, format="turtle")
        )
        pytest.fail(f"{len(only_before)} triples lost, {len(only_after)} left over")


def test_incremental_rereading_a_changed_document_replaces_it(corpus_batches, settings, tmp_path):
    out = tmp_path / "changed"
    build([str(corpus_batches[0])], out, settings)
    record = json.loads(corpus_batches[0].read_text(encoding="utf-8").splitlines()[0])
    record["text"] = "外交部部长王毅表示,中方愿同各方加强合作。"
    changed = tmp_path / "changed.jsonl"
    changed.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    build([str(changed)], out, settings, into=True)
    fresh = tmp_path / "fresh"
    rest = tmp_path / "rest.jsonl"
    rest.write_text(
        "".join(corpus_batches[0].read_text(encoding="utf-8").splitlines(keepends=True)[1:]), encoding="utf-8"
    )
    build([str(rest), str(changed)], fresh, settings)
    assert isomorphic(_graph(out), _graph(fresh))


def test_incremental_remove_unknown_document_is_an_error(batch_build, settings):
    from kgbuild.errors import InputError

    with pytest.raises(InputError, match="no document"):
        build(None, batch_build, settings, remove=["no-such-id"])


def test_provenance_on_every_fact(batch_build):
    from kgbuild.query import load_store, run_query

    store = load_store(batch_build)
    query = """PREFIX kg: <https://kgbuild.org/ns#> PREFIX oa: <http://www.w3.org/ns/oa#>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    SELECT ?fact WHERE {
      VALUES ?cls { kg:PostHolding kg:Metric kg:Statement kg:Event kg:Person kg:Initiative }
      ?fact a ?cls .
      FILTER NOT EXISTS { ?m oa:hasBody ?fact ; oa:hasTarget/oa:hasSelector/oa:start ?s ;
                               prov:wasGeneratedBy/prov:wasAssociatedWith ?agent }
    }"""
    assert run_query(store, query).rows == ()


def test_identity_one_node_per_canonical_name(batch_build):
    from kgbuild.evaluate import graph_rows
    from kgbuild.iri import key_of
    from kgbuild.query import load_store

    rows = graph_rows(load_store(batch_build))
    for query, column in (("people", "name"), ("organizations", "name"), ("initiatives", "name")):
        keys = [key_of(r[column]) for r in rows[query]]
        assert len(keys) == len(set(keys)), query


def test_posts_over_time_in_date_order(batch_build):
    from kgbuild.query import load_store, run_query

    store = load_store(batch_build)
    table = run_query(
        store,
        """PREFIX kg: <https://kgbuild.org/ns#> PREFIX org: <http://www.w3.org/ns/org#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT ?name ?title ?date WHERE { ?h org:member ?p ; org:role/skos:prefLabel ?title ; kg:statedOn ?date .
      ?p skos:prefLabel ?name . FILTER(STR(?name) = "习近平") } ORDER BY ?date""",
    )
    dates = [str(row[2]) for row in table.rows]
    assert len(dates) >= 3
    assert dates == sorted(dates)
