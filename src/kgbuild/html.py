"""The interactive HTML view (pyvis): works offline, one colour per class with a legend,
node size by degree centrality, labels and source text on hover."""

from __future__ import annotations

import html as html_lib
import re
from pathlib import Path

from rdflib import Graph, URIRef

from .analyse import NODE_CLASSES, centrality, entity_network
from .vocab import KG, OA, SKOS

_CDN = re.compile(r"<(link|script)\b[^>]*(?:cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com)[^>]*>(?:\s*</script>)?",
                  re.S)


_ESCAPED = re.compile(r"\\u([0-9a-fA-F]{4})")


def _unescape(match: re.Match[str]) -> str:
    code = int(match.group(1), 16)
    if code < 0x80 or 0xD800 <= code <= 0xDFFF or code in (0x2028, 0x2029):
        return match.group(0)
    return chr(code)


def _evidence(graph: Graph, node: URIRef) -> str:
    """The text around the first mention of a node, as read."""
    quotes = []
    for mention in graph.subjects(OA.hasBody, node):
        target = graph.value(mention, OA.hasTarget)
        for selector in graph.objects(target, OA.hasSelector):
            exact = graph.value(selector, OA.exact)
            if exact is not None:
                prefix = graph.value(selector, OA.prefix) or ""
                suffix = graph.value(selector, OA.suffix) or ""
                quotes.append(f"…{prefix}【{exact}】{suffix}…")
    return sorted(quotes)[0] if quotes else ""


def render_html(graph: Graph, max_nodes: int = 500, title: str = "kgbuild") -> str:
    """The page as a string: the most central nodes (at most max_nodes) and their links."""
    from pyvis.network import Network

    net = entity_network(graph)
    scores = centrality(net)
    ranked = sorted(net.nodes, key=lambda n: (-scores.get(n, 0.0), n))
    keep = set(ranked[:max_nodes])
    left_out = net.number_of_nodes() - len(keep)
    vis = Network(height="760px", width="100%", directed=False, cdn_resources="in_line",
                  heading="", bgcolor="#ffffff")
    colours = {kind: colour for kind, (_, colour) in NODE_CLASSES.items()}
    for node in ranked:
        if node not in keep:
            continue
        data = net.nodes[node]
        labels = sorted({str(x) for x in graph.objects(URIRef(node), SKOS.altLabel)})
        hover = data["label"]
        if labels:
            hover += "\n又称: " + "、".join(labels)
        hover += f"\n类型: {data['kind']}"
        evidence = _evidence(graph, URIRef(node))
        if evidence:
            hover += "\n" + evidence
        vis.add_node(node, label=data["label"][:24], title=hover, color=colours[data["kind"]],
                     size=10 + 40 * scores.get(node, 0.0))
    for a, b, data in sorted(net.edges(data=True)):
        if a in keep and b in keep:
            vis.add_edge(a, b, title=data.get("relation", ""), color="#bbbbbb")
    vis.set_options("""{"physics": {"stabilization": {"enabled": true, "iterations": 300},
                        "barnesHut": {"gravitationalConstant": -6000, "springLength": 140}},
                        "interaction": {"hover": true, "tooltipDelay": 120}}""")
    page = vis.generate_html()
    page = _CDN.sub("", page)
    # pyvis writes the node data as JSON with \\uXXXX escapes: keep the text readable (UTF-8)
    page = "\n".join(_ESCAPED.sub(_unescape, line) if "new vis.DataSet(" in line else line
                     for line in page.split("\n"))
    legend = "".join(
        f'<span style="display:inline-block;margin-right:14px"><span style="display:inline-block;'
        f'width:12px;height:12px;border-radius:6px;background:{colour};margin-right:4px"></span>'
        f"{kind}</span>" for kind, (_, colour) in NODE_CLASSES.items())
    note = f"，另有 {left_out} 个节点未显示（按中心度保留前 {max_nodes} 个）" if left_out > 0 else ""
    header = (f'<div id="kgbuild-legend" style="font-family:sans-serif;padding:8px">'
              f"<strong>{html_lib.escape(title)}</strong> · {len(keep)} 个节点{note}<br>{legend}</div>")
    page = page.replace("<body>", "<body>\n" + header, 1)
    stop_physics = ("<script>network.once('stabilizationIterationsDone', function () {"
                    " network.setOptions({physics: false}); });</script>")
    page = page.replace("</body>", stop_physics + "\n</body>", 1)
    if "<meta charset" not in page:
        page = page.replace("<head>", '<head>\n<meta charset="utf-8">', 1)
    return page


def write_html(graph: Graph, path: str | Path, max_nodes: int = 500) -> None:
    Path(path).write_text(render_html(graph, max_nodes=max_nodes), encoding="utf-8")


__all__ = ["render_html", "write_html", "KG"]
