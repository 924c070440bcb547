"""View: draw the neighbourhood of one entity of a built graph (`kgbuild view`).

The default HTML of a large build shows only its most central nodes; this view lets any
node be looked at: the entity named (by prefLabel, altLabel or IRI) and everything within
a few links of it, optionally only of some kinds.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError, UsageError

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Graph

#: Most nodes drawn around the focus (the nearest, then the most central, are kept).
DEFAULT_MAX_NODES = 500


@dataclass(frozen=True)
class Candidate:
    """An entity whose label matches the name asked for."""

    iri: str
    kind: str  #: person, organization, ... (analyse.NODE_CLASSES)
    label: str  #: its prefLabel


def find_entities(graph: Graph, net: nx.Graph, name: str) -> list[Candidate]:
    """Entities of the network whose IRI, skos:prefLabel or skos:altLabel is `name`."""
    from rdflib import Literal, URIRef

    from .vocab import SKOS

    wanted = name.strip()
    if wanted in net:
        return [Candidate(wanted, net.nodes[wanted]["kind"], net.nodes[wanted]["label"])]
    found: set[str] = set()
    for prop in (SKOS.prefLabel, SKOS.altLabel):
        for subject, label in graph.subject_objects(prop):
            if isinstance(label, Literal) and isinstance(subject, URIRef) and str(label) == wanted:
                if str(subject) in net:
                    found.add(str(subject))
    return sorted(
        (Candidate(n, net.nodes[n]["kind"], net.nodes[n]["label"]) for n in found),
        key=lambda c: (c.kind, c.label, c.iri),
    )


def similar_names(net: nx.Graph, name: str, limit: int = 10) -> list[str]:
    """Labels that contain the name or are contained in it: suggestions when nothing matches."""
    wanted = name.strip()
    if not wanted:
        return []
    labels = {data["label"] for _, data in net.nodes(data=True)}
    close = sorted(
        (label for label in labels if wanted in label or (len(label) > 1 and label in wanted)),
        key=lambda label: (abs(len(label) - len(wanted)), label),
    )
    return close[:limit]


def neighbourhood(
    net: nx.Graph,
    focus: str,
    hops: int,
    kinds: frozenset[str] | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
) -> tuple[nx.Graph, int]:
    """The nodes within `hops` links of focus (walking only through nodes of `kinds`), at
    most max_nodes of them, nearest first; and how many were left out."""
    import networkx as nx

    from .analyse import centrality

    allowed = (
        net
        if kinds is None
        else net.subgraph([n for n, data in net.nodes(data=True) if data["kind"] in kinds or n == focus])
    )
    distance = nx.single_source_shortest_path_length(allowed, focus, cutoff=max(0, hops))
    scores = centrality(net)
    ranked = sorted(distance, key=lambda n: (distance[n], -scores.get(n, 0.0), n))
    keep = ranked[: max(1, max_nodes)]
    return net.subgraph(keep).copy(), len(ranked) - len(keep)


def render_view(
    graph: Graph,
    name: str,
    hops: int = 2,
    kinds: frozenset[str] | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    quotes: Callable[[list[str]], Graph] | None = None,
) -> str:
    """The HTML page of the neighbourhood of the one entity named `name`."""
    from .analyse import NODE_CLASSES, centrality, entity_network
    from .html import render_network

    if hops < 0:
        raise UsageError(f"--hops must be 0 or more, not {hops}")
    if kinds is not None:
        unknown = sorted(kinds - set(NODE_CLASSES))
        if unknown:
            raise UsageError(f"unknown type(s) {', '.join(unknown)}", hint="known: " + ", ".join(NODE_CLASSES))
    net = entity_network(graph)
    candidates = find_entities(graph, net, name)
    if not candidates:
        similar = similar_names(net, name)
        hint = (
            ("similar names: " + "、".join(similar))
            if similar
            else "`kgbuild query --name people GRAPH` (or organizations, initiatives) lists the names"
        )
        raise InputError(f"no entity is named {name!r} (prefLabel or altLabel)", hint=hint)
    if len(candidates) > 1:
        listed = "; ".join(f"{c.label} ({c.kind}) {c.iri}" for c in candidates)
        raise InputError(
            f"{len(candidates)} entities are named {name!r}: {listed}",
            hint="give one of the IRIs as --focus",
        )
    focus = candidates[0]
    sub, left_out = neighbourhood(net, focus.iri, hops, kinds, max_nodes)
    note = f"：{focus.label}（{focus.kind}）{hops} 跳以内"
    if kinds is not None:
        note += "，只含 " + "、".join(sorted(kinds))
    if left_out:
        note += f"，另有 {left_out} 个节点未显示（保留最近的 {max_nodes} 个）"
    return render_network(
        graph,
        sub,
        centrality(net),
        title=f"kgbuild · {focus.label}",
        note=note,
        focus=focus.iri,
        quotes=quotes(sorted(sub.nodes)) if quotes else None,
    )


def _kinds(value: str | None) -> frozenset[str] | None:
    if not value:
        return None
    return frozenset(part.strip() for part in value.split(",") if part.strip())


def cmd_view(args: argparse.Namespace) -> int:
    from .html import NETWORK_CONSTRUCT, quotes_from_store
    from .query import load_store, to_rdflib_graph

    # an output folder's on-disk store (or the file, parsed by Oxigraph): only the entity
    # network and the drawn nodes' quotes come into memory
    store = load_store(args.graph)
    page = render_view(
        to_rdflib_graph(store, NETWORK_CONSTRUCT),
        args.focus,
        hops=args.hops,
        kinds=_kinds(args.types),
        max_nodes=args.max_nodes,
        quotes=lambda nodes: quotes_from_store(store, nodes),
    )
    target = Path(args.output)
    try:
        target.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write the page: {exc.strerror or exc}", path=str(target)) from None
    if not args.quiet:
        print(f"wrote {target}", file=sys.stderr)
    return 0


def add_view_parser(sub, common: argparse.ArgumentParser) -> None:
    """Register `kgbuild view` on the CLI's subparsers."""
    view = sub.add_parser("view", parents=[common], help="draw the neighbourhood of one entity as HTML")
    view.add_argument("graph", help="graph file (.ttl) or output folder")
    view.add_argument(
        "--focus",
        required=True,
        metavar="NAME",
        help="the entity: its name (prefLabel), another name (altLabel) or its IRI",
    )
    view.add_argument("--hops", type=int, default=2, help="links away from the entity (default 2)")
    view.add_argument(
        "--type",
        dest="types",
        metavar="KINDS",
        help="only these kinds, comma-separated: person,organization,initiative,event,place,metric",
    )
    view.add_argument(
        "--max-nodes",
        type=int,
        default=DEFAULT_MAX_NODES,
        help=f"most nodes drawn, the nearest kept (default {DEFAULT_MAX_NODES})",
    )
    view.add_argument("-o", "--output", default="view.html", help="HTML file to write (default view.html)")
    view.set_defaults(func=cmd_view)
