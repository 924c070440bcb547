"""The command line: kgbuild build | query | validate | eval.

Exit codes: 0 success; 1 finished but the graph violates the SHACL shapes; 2 bad input or
usage. Errors are one line naming the file (and line); --debug shows the traceback.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Sequence

from . import __version__
from .errors import KgbuildError, UsageError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors exit 2 with one line
        raise UsageError(message, hint=f"see `{self.prog} --help`")


def _progress_printer(quiet: bool):
    """A progress line on stderr (documents, rate, time left), only on a terminal."""
    if quiet or not sys.stderr.isatty():
        return None
    started = time.perf_counter()
    last = [0.0]

    def show(done: int, total: int | None) -> None:
        now = time.perf_counter()
        if now - last[0] < 0.2 and done != total:
            return
        last[0] = now
        rate = done / max(now - started, 1e-9)
        if total:
            left = (total - done) / rate if rate else 0
            bar = "#" * int(30 * done / total)
            sys.stderr.write(f"\r[{bar:<30}] {done}/{total} docs  {rate:,.0f}/s  {left:,.0f}s left ")
        else:
            sys.stderr.write(f"\r{done} docs  {rate:,.0f}/s ")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def cmd_build(args: argparse.Namespace) -> int:
    from .config import load_settings
    from .export import check_formats
    from .pipeline import build

    settings = load_settings(
        args.config,
        validate=False if args.no_validate else None,
        html=False if args.no_html else None,
        html_max_nodes=args.max_nodes,
        formats=check_formats(args.formats) if args.formats else None,
        workers=args.workers,
        executor=args.executor,
        scheduler=args.scheduler,
    )
    if args.into and not args.inputs:
        raise UsageError("give the documents to add with --into")
    out = args.into or args.output
    result = build(args.inputs, out, settings, progress=_progress_printer(args.quiet), into=bool(args.into))
    args.output = out
    for skipped in result.skipped:
        where = skipped.source + (f":{skipped.line}" if skipped.line else "")
        print(f"kgbuild: warning: skipped {where}: {skipped.reason}", file=sys.stderr)
    if not args.quiet:
        counts = ", ".join(f"{v} {k}" for k, v in result.counts.items() if k != "mentions")
        print(
            f"built {result.documents} document(s) into {args.output}: {counts}; "
            f"{result.triples} triples in {result.seconds:.2f}s",
            file=sys.stderr,
        )
    if result.conforms is None:
        for line in result.violations:
            print(f"kgbuild: warning: {line}", file=sys.stderr)
    elif not result.conforms:
        for line in result.violations[:20]:
            print(f"kgbuild: violation: {line}", file=sys.stderr)
        return 1
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from .query import format_table, load_store, named_queries, named_query, read_query_file, run_query

    if args.list:
        for query in named_queries().values():
            print(f"{query.name:<15} {query.summary}")
        return 0
    if args.graph is None:
        raise UsageError("give a GRAPH (a .ttl file or an output folder)")
    given = [x is not None for x in (args.name, args.file, args.sparql)]
    if sum(given) != 1:
        raise UsageError("give exactly one of --name NAME, --file Q.rq or a SPARQL string")
    if args.name:
        text = named_query(args.name).text
    elif args.file:
        text = read_query_file(args.file)
    else:
        text = args.sparql
    # Oxigraph's own terms: printing needs only their text, not rdflib terms
    table = run_query(load_store(args.graph), text, rdflib_terms=False)
    sys.stdout.write(format_table(table, args.format))
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from .config import load_settings
    from .pipeline import build

    result = build(None, args.into, load_settings(args.config), remove=args.doc_ids)
    if not args.quiet:
        print(f"removed {', '.join(args.doc_ids)}; {result.documents} document(s) left in {args.into}", file=sys.stderr)
    return 1 if result.conforms is False else 0


def cmd_explain(args: argparse.Namespace) -> int:
    from .explain import explain
    from .query import load_store

    sys.stdout.write(explain(load_store(args.graph), args.name))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .export import FORMATS, serialize
    from .query import load_graph

    graph = load_graph(args.graph)
    source = Path(args.graph)
    folder = source if source.is_dir() else source.parent
    target = Path(args.output) if args.output else folder / FORMATS[args.to]
    target.write_bytes(serialize(graph, args.to))
    if not args.quiet:
        print(f"wrote {target} ({len(graph)} triples)", file=sys.stderr)
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from .query import load_graph
    from .validate import validate_graph

    conforms, messages = validate_graph(load_graph(args.graph))
    if conforms:
        if not args.quiet:
            print(f"{args.graph}: conforms to the kgbuild SHACL shapes")
        return 0
    for line in messages:
        print(line)
    print(f"{args.graph}: {len(messages)} violation(s)", file=sys.stderr)
    return 1


def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kgbuild", description="Build an RDF knowledge graph from Chinese news text.")
    parser.add_argument("--version", action="version", version=f"kgbuild {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", help="show tracebacks")
    common.add_argument("--quiet", "-q", action="store_true", help="no progress or summary output")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    build = sub.add_parser("build", parents=[common], help="build a graph from .txt/.jsonl files or folders")
    build.add_argument("inputs", nargs="*", help="inputs (default: the bundled sample article)")
    build.add_argument("-o", "--output", default="output", help="output folder (default: output)")
    build.add_argument(
        "--into", metavar="DIR", help="add the inputs to the build in DIR (a changed document replaces its old reading)"
    )
    build.add_argument("--config", help="TOML settings file")
    build.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    build.add_argument("--no-html", action="store_true", help="do not write the HTML view")
    build.add_argument("--max-nodes", type=int, default=None, help="most nodes drawn in the HTML view")
    build.add_argument(
        "--format",
        dest="formats",
        action="append",
        choices=["ttl", "nt", "trig", "jsonld"],
        help="graph file(s) to write (repeatable; default ttl)",
    )
    build.add_argument("--workers", type=int, default=None, help="extraction processes (default 1)")
    build.add_argument(
        "--executor", choices=["local", "dask"], default=None, help="where extraction runs (default local)"
    )
    build.add_argument("--scheduler", default=None, help="Dask scheduler address (with --executor dask)")
    build.set_defaults(func=cmd_build)

    remove = sub.add_parser("remove", parents=[common], help="take documents out of a build")
    remove.add_argument("doc_ids", nargs="+", metavar="DOC_ID")
    remove.add_argument("--into", required=True, metavar="DIR", help="the build folder")
    remove.add_argument("--config", help="TOML settings file")
    remove.set_defaults(func=cmd_remove)

    explain = sub.add_parser(
        "explain", parents=[common], help="an entity's labels, facts and the sentences they came from"
    )
    explain.add_argument("graph", help="graph file or output folder")
    explain.add_argument("name", help="a name, alternative label or IRI")
    explain.set_defaults(func=cmd_explain)

    export = sub.add_parser("export", parents=[common], help="convert a built graph to another format")
    export.add_argument("graph", help="graph file or output folder")
    export.add_argument(
        "--to", dest="to", required=True, choices=["ttl", "nt", "jsonld", "graphml"], help="target format"
    )
    export.add_argument("-o", "--output", help="file to write (default: beside the graph)")
    export.set_defaults(func=cmd_export)

    query = sub.add_parser("query", parents=[common], help="run a named or a given SPARQL query")
    query.add_argument("graph", nargs="?", help="graph file (.ttl) or output folder")
    query.add_argument("sparql", nargs="?", help="a SPARQL SELECT query")
    query.add_argument("--name", help="a named query of the contract (see --list)")
    query.add_argument("--file", help="a file holding the query")
    query.add_argument("--format", default="table", choices=["table", "csv", "tsv", "json"])
    query.add_argument("--list", action="store_true", help="list the named queries")
    query.set_defaults(func=cmd_query)

    validate = sub.add_parser("validate", parents=[common], help="check a graph against the SHACL shapes")
    validate.add_argument("graph", help="graph file (.ttl) or output folder")
    validate.set_defaults(func=cmd_validate)

    from .evaluate import add_eval_parser
    from .view import add_view_parser

    add_eval_parser(sub, common)
    add_view_parser(sub, common)

    from .serve import add_serve_parser
    from .stores import add_load_parser

    add_serve_parser(sub, common)
    add_load_parser(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    try:
        parser = make_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "func", None):
            parser.print_help(sys.stderr)
            return 2
        return args.func(args)
    except KgbuildError as exc:
        if debug:
            traceback.print_exc()
        print(f"kgbuild: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("kgbuild: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
