"""Extraction on a Dask cluster gives exactly the graph of a local build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kgbuild.cli import main

distributed = pytest.importorskip("dask.distributed", reason="dask[distributed] is not installed")

CORPUS = "corpus/xinwenlianbo-2022-2024.jsonl"


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes on loopback, one thread each, no dashboard."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as local:
        yield local


@pytest.fixture(scope="module")
def stories(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first 50 stories of the corpus."""
    lines = (shared / CORPUS).read_text(encoding="utf-8").splitlines()[:50]
    path = tmp_path_factory.mktemp("dask-input") / "stories.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_distributed_build_on_cluster_is_byte_identical_to_local(
    cluster, stories: Path, tmp_path: Path, capsys
) -> None:
    local, remote = tmp_path / "local", tmp_path / "dask"
    assert main(["build", str(stories), "-o", str(local), "--no-html", "--no-validate", "--quiet"]) == 0
    code = main(
        [
            "build",
            str(stories),
            "-o",
            str(remote),
            "--no-html",
            "--no-validate",
            "--quiet",
            "--executor",
            "dask",
            "--scheduler",
            cluster.scheduler_address,
        ]
    )
    assert code == 0, capsys.readouterr().err
    ttl = (local / "graph.ttl").read_bytes()
    assert len(ttl) > 50_000
    assert (remote / "graph.ttl").read_bytes() == ttl
    report = json.loads((remote / "report.json").read_text(encoding="utf-8"))
    assert report["documents"] == 50
    # the work really ran on the cluster's workers
    assert "extract_batch" in cluster.scheduler.task_prefixes  # dask drops the leading _


def test_distributed_every_document_once_read_lazily(cluster) -> None:
    """Every document comes back once; documents are read from the iterator only a few
    batches ahead of the workers, so the client never holds the whole corpus."""
    from kgbuild.config import Settings
    from kgbuild.distributed import BATCH, IN_FLIGHT_PER_THREAD, extract_on_dask
    from kgbuild.model import Document

    texts = [
        "外交部部长王毅表示，中方愿同各方加强合作。",
        "国家统计局发布数据，前三季度国内生产总值同比增长4.8%。",
        "工信部召开新闻发布会。",
    ]
    pulled = []

    def docs():
        for i in range(200):
            pulled.append(i)
            yield Document(id=f"d{i:03d}", text=texts[i % 3], source="<test>")

    ahead = []
    extractions = []
    for extraction in extract_on_dask(docs(), Settings(executor="dask", scheduler=cluster.scheduler_address)):
        ahead.append(len(pulled) - len(extractions))
        extractions.append(extraction)
    assert sorted(e.doc.id for e in extractions) == [f"d{i:03d}" for i in range(200)]
    threads = sum(cluster.scheduler_info["workers"][w]["nthreads"] for w in cluster.scheduler_info["workers"])
    assert max(ahead) <= (threads * IN_FLIGHT_PER_THREAD + 1) * BATCH
    wang = next(e for e in extractions if e.doc.id == "d000")
    assert any(m.label == "王毅" for m in wang.mentions)


def test_distributed_worker_error_comes_back_as_a_clear_error(cluster) -> None:
    """An error on a worker reaches the client as a KgbuildError with its message."""
    from kgbuild.config import Settings
    from kgbuild.distributed import extract_on_dask
    from kgbuild.errors import KgbuildError
    from kgbuild.model import Document

    docs = [Document(id="a", text="国务院召开常务会议。", source="<test>")]
    settings = Settings(executor="dask", scheduler=cluster.scheduler_address, extractors=("no-such",))
    with pytest.raises(KgbuildError, match="unknown extractor 'no-such'.*on a Dask worker"):
        list(extract_on_dask(docs, settings))


def test_distributed_without_scheduler_starts_a_local_cluster() -> None:
    from kgbuild.config import Settings
    from kgbuild.distributed import extract_on_dask
    from kgbuild.model import Document

    docs = [Document(id=f"d{i}", text="外交部部长王毅表示，中方愿同各方加强合作。", source="<t>") for i in range(3)]
    extractions = list(extract_on_dask(docs, Settings(executor="dask", workers=1)))
    assert sorted(e.doc.id for e in extractions) == ["d0", "d1", "d2"]
    assert all(any(m.label == "王毅" for m in e.mentions) for e in extractions)


def test_distributed_unreachable_scheduler_exits_2_with_a_clear_message(monkeypatch, tmp_path: Path, capsys) -> None:
    import kgbuild.distributed

    monkeypatch.setattr(kgbuild.distributed, "CONNECT_TIMEOUT", 1.0)
    page = tmp_path / "a.txt"
    page.write_text("外交部部长王毅表示，中方愿同各方加强合作。", encoding="utf-8")
    code = main(
        [
            "build",
            str(page),
            "-o",
            str(tmp_path / "out"),
            "--quiet",
            "--executor",
            "dask",
            "--scheduler",
            "tcp://127.0.0.1:9",
        ]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert "cannot connect to the Dask scheduler tcp://127.0.0.1:9" in err
    assert "Traceback" not in err
    assert not (tmp_path / "out" / "graph.ttl").exists()
