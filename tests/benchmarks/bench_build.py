"""Benchmark: a corpus build against jieba.cut alone over the same texts (issue 6).

Not part of the test run: pytest collects test_*.py files only, and this one is named
bench_*.py. Run it from the repository root:

    python tests/benchmarks/bench_build.py --limit 1000
    python tests/benchmarks/bench_build.py --workers 2          # the whole corpus, 1 and 2 workers

The build runs in a child process (`pipeline.build`, Turtle and HTML written to a temporary
folder), so its peak RSS is measured apart from this process, which times jieba.cut (default
dictionary, HMM on, a fresh jieba.Tokenizer) over the same texts. It prints both times, their
ratio, characters per second and peak RSS, and with --workers N > 1 the speed-up over one
worker and whether the Turtle is byte-identical.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "xinwenlianbo-2022-2024.jsonl"


def source_digest() -> str:
    """A digest of kgbuild's code and data: two builds compare only if it did not change
    between them (other people may be editing the tree while the benchmark runs)."""
    import hashlib

    digest = hashlib.sha256()
    for folder in (ROOT / "src" / "kgbuild", ROOT / "ontology"):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def _peak_mib(who: int) -> float:
    """Peak RSS in MiB (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(who).ru_maxrss / 1024


def child_build(corpus: str, out: str, workers: int, steps: str, profile: str = "") -> None:
    """In the child: build, then print timings and peak RSS as one JSON line on stdout."""
    from kgbuild.config import Settings
    from kgbuild.pipeline import build

    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()

    marks: dict[str, float] = {}

    def progress(done: int, total: int | None) -> None:
        now = time.perf_counter()
        marks.setdefault("first", now)
        marks["last"] = now

    source = source_digest()
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    settings = Settings(workers=workers, validate="validate" in steps, html="html" in steps)
    result = build([corpus], out, settings, progress=progress)
    seconds = time.perf_counter() - started
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    print(
        json.dumps(
            {
                "seconds": seconds,
                "until_first_doc": marks.get("first", started) - started,
                "extraction": marks.get("last", started) - marks.get("first", started),
                "after_extraction": time.perf_counter() - marks.get("last", started),
                "documents": result.documents,
                "triples": result.triples,
                "conforms": result.conforms,
                "peak_mib": _peak_mib(resource.RUSAGE_SELF),
                "peak_workers_mib": _peak_mib(resource.RUSAGE_CHILDREN),
                "stages": result.stages,
                "source": source if source == source_digest() else "changed during the build",
            }
        )
    )


def run_build(corpus: Path, out: Path, workers: int, steps: str, profile: str = "") -> dict:
    cmd = [
        sys.executable,
        __file__,
        "--child-build",
        str(corpus),
        str(out),
        str(workers),
        steps,
        profile,
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"bench: the build failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def time_queries(out: Path) -> None:
    """Each contract query on the build's on-disk store (what `kgbuild query OUT` uses) and on
    an in-memory Oxigraph store loaded from graph.ttl: seconds for the engine alone to run the
    query as shipped and give every row, and for what `kgbuild query` runs (run_query: the
    engine without the final ORDER BY, every distinct value read out once as a plain Term,
    the sort done in Python)."""
    import pyoxigraph as ox

    from kgbuild.query import load_store, named_queries, run_query

    def engine(store, text: str) -> tuple[float, int]:
        started = time.perf_counter()
        rows = sum(1 for _ in store.query(text))
        return time.perf_counter() - started, rows

    def kgbuild(store, text: str) -> float:
        started = time.perf_counter()
        run_query(store, text, rdflib_terms=False)
        return time.perf_counter() - started

    disk = load_store(out)
    started = time.perf_counter()
    memory = ox.Store()
    memory.bulk_load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    loaded = time.perf_counter() - started
    print(f"contract queries (bar: under 1 s each); graph.ttl loaded in memory in {loaded:.1f} s")
    print("  seconds: engine alone (the query as shipped) / as `kgbuild query` runs it")
    for name, query in named_queries().items():
        on_disk, rows = engine(disk, query.text)
        on_disk_kg = kgbuild(disk, query.text)
        in_memory, _ = engine(memory, query.text)
        in_memory_kg = kgbuild(memory, query.text)
        print(
            f"  {name:14s} {rows:9,} rows   on-disk store {on_disk:7.2f} / {on_disk_kg:7.2f} s"
            f"   in memory {in_memory:7.2f} / {in_memory_kg:7.2f} s"
        )
    del disk, memory


def time_jieba(texts: list[str]) -> tuple[float, float]:
    """(seconds to load the default dictionary, seconds of jieba.cut over every text)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    started = time.perf_counter()
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    loaded = time.perf_counter()
    words = 0
    for text in texts:
        for _ in tokenizer.cut(text, HMM=True):
            words += 1
    return loaded - started, time.perf_counter() - loaded


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="a .jsonl corpus")
    parser.add_argument("--limit", type=int, default=None, help="first N stories only")
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="also build with this many workers and compare (default 1: only one)",
    )
    parser.add_argument("--no-validate", action="store_true", help="skip SHACL validation in the build")
    parser.add_argument("--no-html", action="store_true", help="do not write the HTML view")
    parser.add_argument(
        "--profile",
        metavar="FILE",
        default="",
        help="profile the 1-worker build with cProfile into FILE, print the top 30",
    )
    parser.add_argument("--no-queries", action="store_true", help="do not time the contract queries on the built graph")
    parser.add_argument("--queries-on", type=Path, help="only time the contract queries on this build's output folder")
    parser.add_argument("--child-build", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_build:
        corpus, out, workers, steps, profile = args.child_build
        child_build(corpus, out, int(workers), steps, profile)
        return 0
    if args.queries_on:
        time_queries(args.queries_on)
        return 0

    if not args.corpus.is_file():
        sys.exit(f"bench: no corpus at {args.corpus}")
    lines = [line for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.limit:
        lines = lines[: args.limit]
    texts = [json.loads(line)["text"] for line in lines]
    chars = sum(len(t) for t in texts)
    validate = not args.no_validate
    steps = ",".join(["build"] + ["validate"] * validate + ["html"] * (not args.no_html))
    print(
        f"corpus: {args.corpus.name}, {len(texts):,} stories, {chars:,} characters"
        f"{'' if validate else ' (no SHACL validation)'}{' (no HTML)' if args.no_html else ''}"
    )

    with tempfile.TemporaryDirectory(prefix="kgbuild-bench-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus.jsonl"
        corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")

        load, cut = time_jieba(texts)
        print(
            f"jieba.cut alone:   {cut:8.2f} s  {chars / cut:12,.0f} chars/s"
            f"  (+{load:.2f} s loading the dictionary)"
            f"  peak RSS {_peak_mib(resource.RUSAGE_SELF):,.0f} MiB"
        )

        profile = str(Path(args.profile).resolve()) if args.profile else ""
        one = run_build(corpus, work / "out-1", 1, steps, profile)
        print(
            f"build, 1 worker:   {one['seconds']:8.2f} s  {chars / one['seconds']:12,.0f} chars/s"
            f"  peak RSS {one['peak_mib']:,.0f} MiB"
            f"  ({one['documents']:,} docs, {one['triples']:,} triples)"
        )
        print("  stages: " + ", ".join(f"{k} {v:.2f} s" for k, v in one["stages"].items()))
        ratio = one["seconds"] / cut
        print(f"build / jieba.cut: {ratio:8.2f}x   (bar: at most 2x)")
        peak = max(one["peak_mib"], one["peak_workers_mib"])
        print(f"peak RSS of the build (its own, or a child's: sort): {peak:,.0f} MiB   (bar: at most 1536 MiB)")
        if profile:
            import pstats

            print(f"\nprofile of the 1-worker build (cProfile slows it down), {profile}:")
            pstats.Stats(profile).sort_stats("cumulative").print_stats(30)

        if args.workers > 1:
            many = run_build(corpus, work / "out-n", args.workers, steps)
            speedup = one["seconds"] / many["seconds"]
            same = all(
                (work / "out-1" / name).read_bytes() == (work / "out-n" / name).read_bytes()
                for name in ("graph.ttl", "graph.html")
                if (work / "out-1" / name).exists()
            )
            print(
                f"build, {args.workers} workers:  {many['seconds']:8.2f} s"
                f"  {chars / many['seconds']:12,.0f} chars/s  peak RSS {many['peak_mib']:,.0f} MiB"
                f" (+ workers {many['peak_workers_mib']:,.0f} MiB each at most)"
            )
            print("  stages: " + ", ".join(f"{k} {v:.2f} s" for k, v in many["stages"].items()))
            print(f"speed-up with {args.workers} workers: {speedup:.2f}x   (bar: at least 1.7x)")
            print(f"Turtle and HTML byte-identical to the 1-worker build: {'yes' if same else 'NO'}")
            if one["source"] != many["source"] or "changed" in one["source"]:
                print(
                    "  (kgbuild's source changed between the two builds: the comparison is not meaningful; run again)"
                )
            elif not same:
                return 1
        if not args.no_queries:
            # last: loading graph.ttl in memory makes this process large, and a child forked
            # after it would inherit that as its own peak RSS (Linux keeps ru_maxrss across exec)
            time_queries(work / "out-1")
    return 0


if __name__ == "__main__":
    sys.exit(main())
