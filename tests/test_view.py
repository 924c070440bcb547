"""Big graphs in the browser: the default page keeps the most central nodes and freezes its
layout; `kgbuild view` draws the neighbourhood of any one entity."""

from __future__ import annotations

import json
import re
import time
from datetime import datetime
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kgbuild.cli import main
from kgbuild.html import render_html
from kgbuild.vocab import KG, ORG, RDF, SKOS

ID = "https://kgbuild.org/id/"


def drawn_nodes(page: str) -> list[dict]:
    """The node records the page hands to vis-network."""
    match = re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);\n", page, re.S)
    assert match, "no node data in the page"
    return json.loads(match.group(1))


def drawn_edges(page: str) -> list[dict]:
    match = re.search(r"edges = new vis\.DataSet\((\[.*?\])\);\n", page, re.S)
    assert match, "no edge data in the page"
    return json.loads(match.group(1))


def synthetic_graph(people: int, orgs: int) -> Graph:
    """People holding posts in bodies: many nodes, a few hubs, made in a second."""
    graph = Graph()
    role = URIRef(ID + "role/minister")
    graph.add((role, SKOS.prefLabel, Literal("部长", lang="zh-Hans")))
    for j in range(orgs):
        org = URIRef(f"{ID}organization/o{j}")
        graph.add((org, RDF.type, KG.Organization))
        graph.add((org, SKOS.prefLabel, Literal(f"机构{j}", lang="zh-Hans")))
    for i in range(people):
        person = URIRef(f"{ID}person/p{i}")
        graph.add((person, RDF.type, KG.Person))
        graph.add((person, SKOS.prefLabel, Literal(f"人{i}", lang="zh-Hans")))
        for k, j in enumerate(sorted({i % orgs, (i * 7 + 3) % orgs, i * i % 37})):
            holding = URIRef(f"{ID}post/h{i}-{k}")
            graph.add((holding, RDF.type, KG.PostHolding))
            graph.add((holding, ORG.member, person))
            graph.add((holding, ORG.organization, URIRef(f"{ID}organization/o{j}")))
            graph.add((holding, ORG.role, role))
    return graph


# ---------------------------------------------------------------------------------------------
# The default page of a large graph


@pytest.fixture(scope="module")
def large_page() -> str:
    """The default page of a graph of 3,300 people and bodies (a 1,000-story build has ~6,000)."""
    return render_html(synthetic_graph(people=3000, orgs=300), max_nodes=500)


def test_view_default_html_keeps_the_most_central_nodes_and_says_how_many_are_left_out(
    large_page,
) -> None:
    page = large_page
    nodes = drawn_nodes(page)
    assert len(nodes) == 500
    assert "，另有 2800 个节点未显示（按中心度保留前 500 个）" in page
    ids = {n["id"] for n in nodes}
    # o0..o36 are everyone's third body: the hubs, all kept; people with one post are not
    assert {f"{ID}organization/o{j}" for j in range(37)} <= ids
    assert all(n["size"] <= 40 for n in nodes) and max(n["size"] for n in nodes) == 40
    # every edge drawn joins two drawn nodes
    assert all(e["from"] in ids and e["to"] in ids for e in drawn_edges(page))
    # layout: bounded stabilisation, no quadratic initial layout, physics off once stable
    assert '"iterations": 120' in page and '"improvedLayout": false' in page
    assert "network.setOptions({physics: false})" in page


def test_view_default_html_of_a_small_graph_leaves_nothing_out(seed_graph) -> None:
    page = render_html(seed_graph, max_nodes=500)
    assert "未显示" not in page
    assert '"improvedLayout": true' in page
    assert any(n["label"] == "王新哲" for n in drawn_nodes(page))


def test_view_default_html_from_the_store_matches_the_whole_graph(seed_build, seed_graph) -> None:
    """Drawn from NETWORK_CONSTRUCT and the kept nodes' quotes only (what a large build needs),
    the page has the same nodes, and the same quotes on hover, as from the whole graph."""
    from kgbuild.html import NETWORK_CONSTRUCT, quotes_from_store
    from kgbuild.query import load_store, to_rdflib_graph

    store = load_store(seed_build[1] / "graph.ttl")
    network = to_rdflib_graph(store, NETWORK_CONSTRUCT)
    assert 0 < len(network) < len(seed_graph) / 3
    asked: list[list[str]] = []

    def quotes(nodes: list[str]) -> Graph:
        asked.append(nodes)
        return quotes_from_store(store, nodes)

    small = drawn_nodes(render_html(network, max_nodes=20, quotes=quotes))
    whole = drawn_nodes(render_html(seed_graph, max_nodes=20))
    assert [n["id"] for n in small] == [n["id"] for n in whole]
    assert len(asked) == 1 and sorted(asked[0]) == sorted(n["id"] for n in small)
    assert any("【王新哲】" in n["title"] for n in small)


def test_view_default_html_read_from_the_store_itself_is_the_same_page(seed_build) -> None:
    """A build draws its view from the store by index lookups (no rdflib conversion of the
    network): the page is byte-identical to the one drawn from NETWORK_CONSTRUCT's graph,
    other names (又称) included."""
    from kgbuild.html import NETWORK_CONSTRUCT, quotes_from_store
    from kgbuild.query import load_store, to_rdflib_graph

    store = load_store(seed_build[1] / "graph.ttl")
    network = to_rdflib_graph(store, NETWORK_CONSTRUCT)

    def quotes(nodes: list[str]) -> Graph:
        return quotes_from_store(store, nodes)

    from_store = render_html(store, max_nodes=20, quotes=quotes)
    assert from_store == render_html(network, max_nodes=20, quotes=quotes)
    assert "又称" in from_store
    with pytest.raises(TypeError):
        render_html(store, max_nodes=20)


# ---------------------------------------------------------------------------------------------
# Headless Chromium


_STAMP = re.compile(r":(\d{4})/(\d{6}\.\d{6}):INFO:CONSOLE[^\]]*\] \"KG (\w+)\"")


def open_in_chromium(chromium, page: Path, tmp: Path) -> tuple[dict[str, float], str, list[str]]:
    """Open the page offline; return when each mark was logged (seconds, the browser's own
    clock), the DOM after the layout ran, and the error lines of the console."""
    timed = page.with_name(page.stem + "-timed.html")
    text = page.read_text(encoding="utf-8")
    text = text.replace("<head>", '<head>\n<script>console.log("KG start")</script>', 1)
    text = text.replace(
        "</body>",
        "<script>network.once('stabilizationIterationsDone', function () {"
        " console.log('KG stable'); });</script>\n</body>",
        1,
    )
    timed.write_text(text, encoding="utf-8")
    proc = chromium(timed, tmp, "--virtual-time-budget=15000", "--dump-dom")
    marks = {}
    for match in _STAMP.finditer(proc.stderr):
        stamp = datetime.strptime(match.group(2), "%H%M%S.%f")
        marks.setdefault(
            match.group(3),
            stamp.hour * 3600 + stamp.minute * 60 + stamp.second + stamp.microsecond / 1e6,
        )
    errors = [
        line for line in proc.stderr.splitlines() if "Uncaught" in line or (":CONSOLE" in line and "KG " not in line)
    ]
    return marks, proc.stdout, errors


@pytest.mark.browser
def test_view_large_page_stabilises_and_stops_in_chromium_under_5s(
    large_page, offline_chromium, tmp_path: Path
) -> None:
    page = tmp_path / "graph.html"
    page.write_text(large_page, encoding="utf-8")
    started = time.perf_counter()
    marks, dom, errors = open_in_chromium(offline_chromium, page, tmp_path)
    wall = time.perf_counter() - started
    assert errors == [], errors
    assert 'data-kgbuild-layout="stable"' in dom  # stabilised, and the physics switched off
    assert {"start", "stable"} <= set(marks), marks
    seconds = marks["stable"] - marks["start"]
    print(f"page start to stable layout: {seconds:.2f} s; Chromium run: {wall:.2f} s")
    assert 0 <= seconds < 5.0


# ---------------------------------------------------------------------------------------------
# kgbuild view


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


def test_view_focus_by_pref_label_draws_its_neighbourhood(seed_build, tmp_path: Path, capsys) -> None:
    target = tmp_path / "wang.html"
    code, err = run(capsys, "view", str(seed_build[1]), "--focus", "王新哲", "-o", str(target), "--quiet")
    assert code == 0, err
    page = target.read_text(encoding="utf-8")
    nodes = drawn_nodes(page)
    labels = {n["label"] for n in nodes}
    assert "王新哲" in labels and "工业和信息化部" in labels
    focus = [n for n in nodes if n["label"] == "王新哲"]
    assert len(focus) == 1 and focus[0]["borderWidth"] == 4
    assert "王新哲（person）2 跳以内" in page


def test_view_hops_bound_the_neighbourhood(seed_build, tmp_path: Path, capsys) -> None:
    sizes = []
    for hops in (0, 1, 2):
        target = tmp_path / f"h{hops}.html"
        assert (
            run(
                capsys,
                "view",
                str(seed_build[1]),
                "--focus",
                "王新哲",
                "--hops",
                str(hops),
                "-o",
                str(target),
                "-q",
            )[0]
            == 0
        )
        sizes.append({n["id"] for n in drawn_nodes(target.read_text(encoding="utf-8"))})
    assert len(sizes[0]) == 1
    assert sizes[0] < sizes[1] <= sizes[2]


def test_view_focus_by_alt_label_and_type_filter(seed_build, seed_graph, tmp_path: Path, capsys) -> None:
    org = next(s for s, o in seed_graph.subject_objects(SKOS.prefLabel) if str(o) == "工业和信息化部")
    assert Literal("工信部", lang="zh-Hans") in set(seed_graph.objects(org, SKOS.altLabel))
    target = tmp_path / "miit.html"
    code, err = run(
        capsys,
        "view",
        str(seed_build[1]),
        "--focus",
        "工信部",
        "--type",
        "person",
        "-o",
        str(target),
        "-q",
    )
    assert code == 0, err
    nodes = drawn_nodes(target.read_text(encoding="utf-8"))
    assert nodes[0]["id"] == str(org) or any(n["id"] == str(org) for n in nodes)
    people = [n for n in nodes if n["id"] != str(org)]
    assert people and all("/person/" in n["id"] for n in people)


def test_view_no_match_exits_2_with_one_line(seed_build, tmp_path: Path, capsys) -> None:
    code, err = run(capsys, "view", str(seed_build[1]), "--focus", "王新", "-o", str(tmp_path / "x.html"))
    assert code == 2
    assert "no entity is named '王新'" in err and "王新哲" in err  # a similar name is suggested
    assert err.count("\n") == 1
    assert not (tmp_path / "x.html").exists()


def test_view_several_matches_list_the_candidates(tmp_path: Path, capsys) -> None:
    graph = Graph()
    person, body = URIRef(ID + "person/a"), URIRef(ID + "organization/b")
    graph.add((person, RDF.type, KG.Person))
    graph.add((person, SKOS.prefLabel, Literal("长江", lang="zh-Hans")))
    graph.add((body, RDF.type, KG.Organization))
    graph.add((body, SKOS.prefLabel, Literal("长江水利委员会", lang="zh-Hans")))
    graph.add((body, SKOS.altLabel, Literal("长江", lang="zh-Hans")))
    path = tmp_path / "g.ttl"
    graph.serialize(path, format="turtle")
    code, err = run(capsys, "view", str(path), "--focus", "长江", "-o", str(tmp_path / "x.html"))
    assert code == 2
    assert "2 entities are named '长江'" in err and str(person) in err and str(body) in err
    # an IRI picks one
    code, err = run(capsys, "view", str(path), "--focus", str(body), "-o", str(tmp_path / "x.html"), "-q")
    assert code == 0, err
    assert [n["label"] for n in drawn_nodes((tmp_path / "x.html").read_text(encoding="utf-8"))] == ["长江水利委员会"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--type", "person,robot"], "unknown type(s) robot"),
        (["--hops", "-1"], "--hops must be 0 or more"),
    ],
)
def test_view_bad_options_exit_2(seed_build, tmp_path: Path, capsys, argv: list[str], message: str) -> None:
    code, err = run(
        capsys,
        "view",
        str(seed_build[1]),
        "--focus",
        "王新哲",
        *argv,
        "-o",
        str(tmp_path / "x.html"),
    )
    assert code == 2 and message in err


def test_view_neighbourhood_of_a_hub_is_capped(tmp_path: Path, capsys) -> None:
    graph = synthetic_graph(people=600, orgs=10)
    path = tmp_path / "big.ttl"
    graph.serialize(path, format="turtle")
    target = tmp_path / "hub.html"
    code, err = run(capsys, "view", str(path), "--focus", "机构0", "--max-nodes", "50", "-o", str(target), "-q")
    assert code == 0, err
    page = target.read_text(encoding="utf-8")
    nodes = drawn_nodes(page)
    assert len(nodes) == 50
    assert re.search(r"另有 \d+ 个节点未显示（保留最近的 50 个）", page)
    # the nearest are kept: the hub's own members (one hop) before anything two hops away
    assert all("/person/" in n["id"] or n["label"] == "机构0" for n in nodes)
