"""Shared fixtures: where ../shared is, and the graph of the bundled sample built once."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the expected graphs of tests/cases/* from the current output",
    )


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the project (read-only); tests that need it skip without it."""
    if not (SHARED / "gold" / "seed.json").is_file():
        pytest.skip(f"{SHARED} is not there: the shared corpora and gold are needed")
    return SHARED


#: Runs `kgbuild ARGS` in a fresh interpreter and prints its exit code and the peak RSS (KiB) of
#: the build and its children (pool workers, sort): what the build needed at most.
_MEASURE = """
import resource, subprocess, sys
code = subprocess.run([sys.executable, "-m", "kgbuild", *sys.argv[1:]]).returncode
print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


@pytest.fixture(scope="session")
def peak_kib() -> Callable[..., int]:
    """A function that runs `kgbuild *argv` (at most `timeout` seconds: subprocess.TimeoutExpired
    beyond), checks it succeeded and returns the peak RSS in KiB it needed."""

    def run(*argv: str, timeout: float | None = None) -> int:
        proc = subprocess.run([sys.executable, "-c", _MEASURE, *argv], capture_output=True, text=True, timeout=timeout)
        code, peak = proc.stdout.split()[-2:]
        assert code == "0", proc.stderr[-2000:]
        return int(peak)

    return run


@pytest.fixture(scope="session")
def seed_gold(shared: Path) -> dict:
    return json.loads((shared / "gold" / "seed.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory):
    """`kgbuild build` of the bundled sample: (BuildResult, output folder)."""
    from kgbuild.config import load_settings
    from kgbuild.pipeline import build

    out = tmp_path_factory.mktemp("seed-output")
    result = build(None, out, load_settings())
    return result, out


@pytest.fixture(scope="session")
def seed_graph(seed_build):
    from kgbuild.query import load_graph

    return load_graph(seed_build[1] / "graph.ttl")


@pytest.fixture(scope="session")
def seed_rows(seed_graph) -> dict[str, list[dict]]:
    """Every contract query's rows on the seed graph."""
    from kgbuild.evaluate import graph_rows

    return graph_rows(seed_graph)


@pytest.fixture(scope="session")
def seed_text() -> str:
    from kgbuild.config import sample_path

    return sample_path().read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def offline_chromium():
    """Run headless Chromium on a local page with the network cut off: call it with the page,
    a scratch folder and extra flags; it returns the finished process (stderr holds the
    console). Fails under CI when Chromium is missing, skips elsewhere."""
    import os
    import shutil
    import subprocess

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: tests/setup.sh installs Debian's chromium")
        pytest.skip("chromium is not installed (bash tests/setup.sh installs it)")

    def run(page: Path, tmp: Path, *flags: str) -> subprocess.CompletedProcess:
        args = [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp / 'profile'}",
            "--proxy-server=127.0.0.1:9",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--enable-logging=stderr",
            "--v=0",
            "--window-size=1200,900",
            *flags,
            page.resolve().as_uri(),
        ]
        proc = subprocess.run(args, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr[-2000:]
        return proc

    return run
