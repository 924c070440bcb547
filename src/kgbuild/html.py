"""The interactive HTML view (pyvis): works offline, one colour per class with a legend,
node size by degree centrality, labels and source text on hover.

A corpus-sized graph has tens of thousands of nodes, more than a browser lays out in a few
seconds: the page draws the most central ones (`max_nodes`) and says how many were left
out; the layout runs a bounded number of physics iterations, then the physics stops so the
page is still.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Callable
from pathlib import Path

import networkx as nx
from rdflib import Graph, URIRef

from .analyse import NODE_CLASSES, centrality, entity_network
from .vocab import KG, OA, SKOS

_CDN = re.compile(r"<(link|script)\b[^>]*(?:cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com)[^>]*>(?:\s*</script>)?", re.S)
_ESCAPED = re.compile(r"\\u([0-9a-fA-F]{4})")
#: Physics iterations before the layout is frozen: enough for a few hundred nodes to settle,
#: few enough that a 500-node page is still in about 3 s on a slow machine.
STABILIZATION_ITERATIONS = 120
#: Above this many nodes vis-network's "improved layout" (a Kamada-Kawai pass before the
#: physics, quadratic in the nodes) takes longer than the whole physics run: it is turned off.
IMPROVED_LAYOUT_MAX_NODES = 100

_KINDS = "kg:Person kg:Organization kg:Initiative kg:Event kg:Place kg:Metric"
_PREFIXES = """PREFIX kg: <https://kgbuild.org/ns#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#> PREFIX schema: <https://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""
#: What analyse.entity_network reads: the entities' types, labels and links, and the posts.
#: Taken from the store, a large graph is not parsed whole (mentions are most of it).
NETWORK_CONSTRUCT = (
    _PREFIXES
    + f"""CONSTRUCT {{ ?s a ?class . ?s ?p ?o }} WHERE {{
  {{ VALUES ?class {{ {_KINDS} kg:PostHolding }} ?s a ?class }}
  UNION
  {{ VALUES ?p {{ skos:prefLabel skos:altLabel kg:indicator org:subOrganizationOf skos:broader
                 schema:organizer schema:attendee org:member org:organization org:role }}
    ?s ?p ?o }}
}}"""
)


def quotes_from_store(store, nodes: list[str]) -> Graph:
    """What the hover text of the drawn nodes shows, from a pyoxigraph store: their other
    names, and the first mention (lowest IRI) of each with its quote selector. Index
    lookups; a SPARQL MIN over the mentions of a node with thousands of them would be far
    slower."""
    from .query import to_rdflib_graph

    if not nodes:
        return Graph()
    values = " ".join(f"<{node}>" for node in nodes)
    first: dict[str, str] = {}
    for row in store.query(_PREFIXES + f"SELECT ?x ?m WHERE {{ VALUES ?x {{ {values} }} ?m oa:hasBody ?x }}"):
        x, mention = row["x"].value, row["m"].value
        if x not in first or mention < first[x]:
            first[x] = mention
    pairs = " ".join(f"(<{x}> <{m}>)" for x, m in sorted(first.items()))
    found = to_rdflib_graph(
        store,
        _PREFIXES + f"CONSTRUCT {{ ?x skos:altLabel ?alt }} WHERE {{ VALUES ?x {{ {values} }} ?x skos:altLabel ?alt }}",
    )
    if not first:
        return found
    return found + to_rdflib_graph(
        store,
        _PREFIXES
        + f"""CONSTRUCT {{ ?first oa:hasBody ?x ; oa:hasTarget ?target .
  ?target oa:hasSelector ?q . ?q oa:exact ?exact ; oa:prefix ?pre ; oa:suffix ?suf }}
WHERE {{
  VALUES (?x ?first) {{ {pairs} }}
  ?first oa:hasTarget ?target . ?target oa:hasSelector ?q . ?q oa:exact ?exact .
  OPTIONAL {{ ?q oa:prefix ?pre }} OPTIONAL {{ ?q oa:suffix ?suf }}
}}""",
    )


def _unescape(match: re.Match[str]) -> str:
    code = int(match.group(1), 16)
    if code < 0x80 or 0xD800 <= code <= 0xDFFF or code in (0x2028, 0x2029):
        return match.group(0)
    return chr(code)


def _evidence(graph: Graph, node: URIRef) -> str:
    """The text around the first mention of a node, as read."""
    best = None
    for mention in graph.subjects(OA.hasBody, node):
        target = graph.value(mention, OA.hasTarget)
        for selector in graph.objects(target, OA.hasSelector):
            exact = graph.value(selector, OA.exact)
            if exact is not None:
                prefix = graph.value(selector, OA.prefix) or ""
                suffix = graph.value(selector, OA.suffix) or ""
                quote = f"…{prefix}【{exact}】{suffix}…"
                if best is None or quote < best:
                    best = quote
    return best or ""


def _options(nodes: int) -> str:
    """vis-network options: bounded stabilisation, straight edges, no slow initial layout."""
    options = {
        "physics": {
            "solver": "barnesHut",
            # theta 0.8 (default 0.5): a coarser Barnes-Hut tree, each iteration cheaper
            "barnesHut": {"gravitationalConstant": -6000, "springLength": 140, "theta": 0.8},
            "stabilization": {
                "enabled": True,
                "iterations": STABILIZATION_ITERATIONS,
                "updateInterval": 50,
                "fit": True,
            },
        },
        # smooth "dynamic" edges (the default) add a hidden physics node per edge
        "edges": {"smooth": False},
        "layout": {"improvedLayout": nodes <= IMPROVED_LAYOUT_MAX_NODES},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": nodes > 300},
    }
    return json.dumps(options)


#: Freezes the layout once stabilised (and says so on the page, which the browser test reads).
_STOP_PHYSICS = """<script>
network.once('stabilizationIterationsDone', function () {
  network.setOptions({physics: false});
  document.body.setAttribute('data-kgbuild-layout', 'stable');
});
</script>"""


def render_network(
    graph: Graph,
    net: nx.Graph,
    scores: dict[str, float],
    *,
    title: str,
    note: str = "",
    focus: str | None = None,
    quotes: Graph | None = None,
) -> str:
    """A page drawing every node and edge of `net` (a subgraph of the entity network).

    Labels come from `graph`; the source text on hover from `quotes` (default: `graph`)."""
    from pyvis.network import Network

    vis = Network(height="760px", width="100%", directed=False, cdn_resources="in_line", heading="", bgcolor="#ffffff")
    colours = {kind: colour for kind, (_, colour) in NODE_CLASSES.items()}
    top = max((scores.get(n, 0.0) for n in net.nodes), default=0.0) or 1.0
    for node in sorted(net.nodes, key=lambda n: (-scores.get(n, 0.0), n)):
        data = net.nodes[node]
        labels = sorted({str(x) for x in graph.objects(URIRef(node), SKOS.altLabel)})
        hover = data["label"]
        if labels:
            hover += "\n又称: " + "、".join(labels)
        hover += f"\n类型: {data['kind']}"
        evidence = _evidence(graph if quotes is None else quotes, URIRef(node))
        if evidence:
            hover += "\n" + evidence
        style: dict[str, object] = {"color": colours[data["kind"]]}
        if node == focus:  # the entity a neighbourhood view is about: larger, outlined
            style = {"color": {"background": colours[data["kind"]], "border": "#222222"}, "borderWidth": 4}
        size = 10 + 30 * scores.get(node, 0.0) / top + (10 if node == focus else 0)
        vis.add_node(node, label=data["label"][:24], title=hover, size=size, **style)
    # undirected: each edge from its lower IRI, whichever end networkx stored first
    for a, b, relation in sorted(
        (min(a, b), max(a, b), data.get("relation", "")) for a, b, data in net.edges(data=True)
    ):
        vis.add_edge(a, b, title=relation, color="#bbbbbb")
    vis.set_options(_options(net.number_of_nodes()))
    page = vis.generate_html()
    page = _CDN.sub("", page)
    # pyvis writes the node data as JSON with \\uXXXX escapes: keep the text readable (UTF-8)
    page = "\n".join(_ESCAPED.sub(_unescape, line) if "new vis.DataSet(" in line else line for line in page.split("\n"))
    legend = "".join(
        f'<span style="display:inline-block;margin-right:14px"><span style="display:inline-block;'
        f'width:12px;height:12px;border-radius:6px;background:{colour};margin-right:4px"></span>'
        f"{kind}</span>"
        for kind, (_, colour) in NODE_CLASSES.items()
    )
    header = (
        f'<div id="kgbuild-legend" style="font-family:sans-serif;padding:8px">'
        f"<strong>{html_lib.escape(title)}</strong> · {net.number_of_nodes()} 个节点"
        f'<span id="kgbuild-note">{html_lib.escape(note)}</span><br>{legend}</div>'
    )
    page = page.replace("<body>", "<body>\n" + header, 1)
    page = page.replace("</body>", _STOP_PHYSICS + "\n</body>", 1)
    if "<meta charset" not in page:
        page = page.replace("<head>", '<head>\n<meta charset="utf-8">', 1)
    return page


def render_html(
    source, max_nodes: int = 500, title: str = "kgbuild", quotes: Callable[[list[str]], Graph] | None = None
) -> str:
    """The page as a string: the most central nodes (at most max_nodes) and their links.

    source: an rdflib Graph, or a pyoxigraph Store (a large build's: its network is read by
    index lookups, nothing else of it is loaded). quotes: given the drawn nodes, a graph with
    their other names and their first mentions' quotes (quotes_from_store); needed with a
    store, by default read from the graph."""
    net = entity_network(source)
    scores = centrality(net)
    ranked = sorted(net.nodes, key=lambda n: (-scores.get(n, 0.0), n))
    keep = ranked[: max(0, max_nodes)]
    left_out = net.number_of_nodes() - len(keep)
    note = f"，另有 {left_out} 个节点未显示（按中心度保留前 {max_nodes} 个）" if left_out > 0 else ""
    details = quotes(sorted(keep)) if quotes else None
    if not isinstance(source, Graph):
        if details is None:
            raise TypeError("render_html on a store needs quotes (quotes_from_store)")
        source = details
    return render_network(source, net.subgraph(keep), scores, title=title, note=note, quotes=details)


def write_html(
    source, path: str | Path, max_nodes: int = 500, quotes: Callable[[list[str]], Graph] | None = None
) -> None:
    page = render_html(source, max_nodes=max_nodes, quotes=quotes)
    Path(path).write_text(page, encoding="utf-8")


__all__ = ["NETWORK_CONSTRUCT", "quotes_from_store", "render_html", "render_network", "write_html", "KG"]
