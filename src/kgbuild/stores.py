"""Stores: push a build into a triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

`kgbuild load GRAPH --endpoint URL [--graph IRI]` replaces one named graph of any store that
speaks the protocol (Virtuoso, Fuseki, GraphDB, Oxigraph server ...) with an HTTP PUT of
Turtle, authenticating with HTTP Basic or Digest when given a user.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, StoreError, UsageError
from .query import rdf_format

#: the named graph a build replaces when no --graph is given
DEFAULT_GRAPH = "https://kgbuild.org/graph"


@dataclass(frozen=True)
class Payload:
    """What is sent: Turtle bytes and the number of distinct triples they hold."""

    turtle: bytes
    triples: int


@dataclass(frozen=True)
class LoadResult:
    """The outcome of one `kgbuild load`."""

    url: str  #: the Graph Store URL the PUT went to (endpoint with ?graph=)
    graph: str  #: the named graph that was replaced
    triples: int  #: distinct triples sent
    status: int  #: the store's HTTP status (200, 201 or 204)


def graph_file(path: str | Path) -> Path:
    """The graph file of a path: the file itself, or an output folder's graph.ttl."""
    p = Path(path)
    if p.is_dir():
        p = p / "graph.ttl"
    if not p.is_file():
        raise InputError("no such graph file", path=str(p))
    return p


def read_payload(path: str | Path) -> Payload:
    """The Turtle to send for a graph file or output folder.

    The file is parsed first, so a broken file is never pushed and the triples are counted.
    A Turtle file is sent as written (byte for byte what `kgbuild build` wrote); any other
    format is re-serialised as Turtle, a dataset (TriG, N-Quads) merged into one graph.
    """
    import pyoxigraph as ox

    from .vocab import PREFIXES

    p = graph_file(path)
    fmt = rdf_format(p)
    try:
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(path=str(p), format=fmt)}
    except (SyntaxError, ValueError) as exc:
        raise InputError(f"cannot parse as {fmt.name}: {exc}", path=str(p)) from None
    if fmt == ox.RdfFormat.TURTLE:
        return Payload(p.read_bytes(), len(triples))
    ordered = sorted(triples, key=str)  # the same file gives the same request body
    turtle = ox.serialize(ordered, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return Payload(turtle, len(triples))


def graph_store_url(endpoint: str, graph: str) -> str:
    """The protocol's indirect graph identification: the endpoint with ?graph=IRI."""
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(
            f"not an http(s) URL: {endpoint!r}", hint="for example http://127.0.0.1:8890/sparql-graph-crud-auth"
        )
    query = urllib.parse.urlencode([("graph", graph)])
    query = f"{parts.query}&{query}" if parts.query else query
    return urllib.parse.urlunsplit(parts._replace(query=query))


def load_graph_store(
    path: str | Path,
    endpoint: str,
    graph: str = DEFAULT_GRAPH,
    *,
    user: str | None = None,
    password: str | None = None,
    timeout: float = 600.0,
) -> LoadResult:
    """Replace the named graph `graph` of the store at `endpoint` with the build at `path`.

    The store is first asked whether it wants credentials, and in which scheme, with a
    request that has no body (Virtuoso resets the connection when a large body meets its
    401); the PUT then carries a Basic or Digest Authorization header when given a user.
    """
    payload = read_payload(path)
    url = graph_store_url(endpoint, graph)
    headers = {"Content-Type": "text/turtle; charset=utf-8"}
    challenge = _challenge(url, timeout)
    if user is not None:
        headers["Authorization"] = authorization("PUT", url, user, password or "", challenge)
    elif challenge is not None:
        raise StoreError(f"{url}: the store wants credentials (401 Unauthorized)", hint="give --user and --password")
    status, reason, body = _send(
        urllib.request.Request(url, data=payload.turtle, method="PUT", headers=headers), timeout
    )
    if status == 401:
        hint = "check --user and --password" if user is not None else "give --user and --password"
        raise StoreError(f"{url}: the store wants credentials (401 {reason})", hint=hint)
    if not 200 <= status < 300:
        raise StoreError(
            f"{url}: the store answered {status} {reason}: {_first_line(body)}",
            hint="is this the store's Graph Store Protocol endpoint, and may the user write?",
        )
    return LoadResult(url=url, graph=graph, triples=payload.triples, status=status)


def _send(request: urllib.request.Request, timeout: float) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.reason, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, str(exc.reason), exc.read()
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise StoreError(f"{request.full_url}: cannot reach the store: {reason}") from None


def _challenge(url: str, timeout: float) -> str | None:
    """The WWW-Authenticate challenge of the Graph Store URL, or None when it asks for none."""
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=timeout):
            return None
    except urllib.error.HTTPError as exc:
        return exc.headers.get("WWW-Authenticate") if exc.code == 401 else None
    except (urllib.error.URLError, OSError) as exc:
        raise StoreError(f"{url}: cannot reach the store: {getattr(exc, 'reason', exc)}") from None


def authorization(method: str, url: str, user: str, password: str, challenge: str | None) -> str:
    """The Authorization header value answering a challenge: Digest (RFC 7616) when the
    server asks for it, Basic otherwise (also when it sent no challenge at all)."""
    if challenge and challenge.strip().lower().startswith("digest"):
        return _digest(method, url, user, password, challenge)
    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return f"Basic {token}"


_DIGEST_HASHES = {"md5": "md5", "md5-sess": "md5", "sha-256": "sha256", "sha-256-sess": "sha256"}


def _digest(method: str, url: str, user: str, password: str, challenge: str) -> str:
    listed = urllib.request.parse_http_list(challenge.strip()[len("digest") :])
    fields = urllib.request.parse_keqv_list(listed)
    algorithm = fields.get("algorithm", "MD5")
    name = _DIGEST_HASHES.get(algorithm.lower())
    if name is None:
        raise StoreError(
            f"{url}: the store wants Digest with {algorithm}, which kgbuild does not speak",
            hint="MD5 and SHA-256 are spoken",
        )

    def h(text: str) -> str:
        return hashlib.new(name, text.encode("utf-8")).hexdigest()

    realm, nonce = fields.get("realm", ""), fields.get("nonce", "")
    parts = urllib.parse.urlsplit(url)
    uri = parts.path + (f"?{parts.query}" if parts.query else "")
    cnonce = os.urandom(8).hex()
    nc = "00000001"
    ha1 = h(f"{user}:{realm}:{password}")
    if algorithm.lower().endswith("-sess"):
        ha1 = h(f"{ha1}:{nonce}:{cnonce}")
    ha2 = h(f"{method}:{uri}")
    qops = [q.strip() for q in fields.get("qop", "").split(",") if q.strip()]
    answer = {"username": user, "realm": realm, "nonce": nonce, "uri": uri, "algorithm": algorithm}
    if "auth" in qops:
        response = h(f"{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}")
        answer.update(qop="auth", nc=nc, cnonce=cnonce, response=response)
    else:
        answer["response"] = h(f"{ha1}:{nonce}:{ha2}")
    if "opaque" in fields:
        answer["opaque"] = fields["opaque"]
    unquoted = {"algorithm", "qop", "nc"}
    return "Digest " + ", ".join(f"{k}={v}" if k in unquoted else f'{k}="{v}"' for k, v in answer.items())


def _first_line(body: bytes) -> str:
    text = body.decode("utf-8", "replace").strip()
    return text.splitlines()[0][:300] if text else "(no message)"


def cmd_load(args: argparse.Namespace) -> int:
    password = args.password
    if args.user is not None and password is None:
        password = os.environ.get("KGBUILD_STORE_PASSWORD")
        if password is None and sys.stdin.isatty():
            import getpass

            password = getpass.getpass(f"password for {args.user}: ")
    result = load_graph_store(
        args.graph, args.endpoint, args.graph_iri, user=args.user, password=password, timeout=args.timeout
    )
    if not args.quiet:
        print(
            f"loaded {result.triples} triples into <{result.graph}> at {args.endpoint} (HTTP {result.status})",
            file=sys.stderr,
        )
    return 0


def add_load_parser(sub, common: argparse.ArgumentParser) -> None:
    """`kgbuild load GRAPH --endpoint URL [--graph IRI] [--user U --password P]`."""
    load = sub.add_parser(
        "load", parents=[common], help="replace a named graph of a store (SPARQL 1.1 Graph Store Protocol)"
    )
    load.add_argument("graph", help="graph file or output folder")
    load.add_argument(
        "--endpoint",
        required=True,
        help="the store's Graph Store endpoint, e.g. http://127.0.0.1:8890/sparql-graph-crud-auth",
    )
    load.add_argument(
        "--graph", dest="graph_iri", default=DEFAULT_GRAPH, help=f"named graph to replace (default {DEFAULT_GRAPH})"
    )
    load.add_argument("--user", help="user for HTTP Basic or Digest authentication")
    load.add_argument("--password", help="password (default: $KGBUILD_STORE_PASSWORD, or asked on a terminal)")
    load.add_argument("--timeout", type=float, default=600.0, help="seconds to wait for the store (default 600)")
    load.set_defaults(func=cmd_load)
