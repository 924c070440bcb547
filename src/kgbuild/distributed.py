"""Extraction on a Dask distributed cluster: the executor "dask" of pipeline.extract_all.

Documents go to the workers in batches; each worker runs `pipeline.extract_document` (its
jieba tokenizer and gazetteers are loaded once per worker process), and the results come back
in input order, so the graph is byte-identical to a local build. Resolution, RDF mapping,
validation and writing stay on the client.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .config import Settings
from .errors import ConfigError, KgbuildError
from .model import Document, Extraction

Progress = Callable[[int, int | None], None]

#: Seconds to wait for a scheduler to answer before giving up.
CONNECT_TIMEOUT = 20.0
#: Batches in flight per worker thread: enough to keep workers busy, few enough that a corpus
#: of a million documents is not shipped to the scheduler at once.
IN_FLIGHT_PER_THREAD = 4
#: Most documents in one task.
MAX_BATCH = 32


@dataclass(frozen=True)
class _Failure:
    """A KgbuildError raised on a worker, carried back as text.

    Raised as is, it might not unpickle on the client (ExtractorError takes keyword-only
    arguments), and the user would see a pickling error instead of the real message.
    """

    kind: str
    message: str


def _extract_batch(docs: list[Document], settings: Settings) -> list[Extraction] | _Failure:
    """Runs on a worker: extract every document of one batch, in order."""
    from .pipeline import extract_document

    try:
        return [extract_document(doc, settings) for doc in docs]
    except KgbuildError as exc:
        return _Failure(type(exc).__name__, str(exc))


def batch_size(total: int, threads: int) -> int:
    """Documents per task: about eight tasks per worker thread, between 1 and MAX_BATCH."""
    return max(1, min(MAX_BATCH, total // max(1, threads * 8)))


def _connect(settings: Settings):
    """A Client of the given scheduler, or of a new LocalCluster (returned to be closed)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ConfigError(
            "executor 'dask' needs dask.distributed, which is not installed",
            hint="pip install 'kgbuild[dask]'",
        ) from None
    if settings.scheduler:
        try:
            return Client(settings.scheduler, timeout=CONNECT_TIMEOUT), None
        except (OSError, TimeoutError, ValueError) as exc:
            raise ConfigError(
                f"cannot connect to the Dask scheduler {settings.scheduler}: {exc}",
                hint="start one with `dask scheduler` and workers with "
                "`dask worker ADDRESS`, or leave out --scheduler for a "
                "local cluster",
            ) from None
    with warnings.catch_warnings():
        # the scheduler's HTTP endpoint moves to a free port when 8787 is taken: nothing to tell
        warnings.filterwarnings("ignore", message=r"Port \d+ is already in use")
        cluster = LocalCluster(
            n_workers=settings.workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )
    return Client(cluster), cluster


def extract_on_dask(
    docs: Sequence[Document], settings: Settings, progress: Progress | None = None
) -> list[Extraction]:
    """Extract every document on Dask workers; results in input order."""
    client, cluster = _connect(settings)
    try:
        return _run(client, list(docs), settings, progress)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _run(
    client, docs: list[Document], settings: Settings, progress: Progress | None
) -> list[Extraction]:
    from dask.distributed import as_completed

    total = len(docs)
    if total == 0:
        return []
    threads = max(1, sum(client.nthreads().values()))
    size = batch_size(total, threads)
    batches = [docs[i : i + size] for i in range(0, total, size)]
    results: list[list[Extraction] | None] = [None] * len(batches)
    pending = iter(enumerate(batches))
    index_of: dict = {}  # future -> its batch's number

    def submit_next(queue) -> None:
        for number, batch in pending:
            # pure=False: two equal batches of two runs are still computed, never mixed up
            future = client.submit(_extract_batch, batch, settings, pure=False)
            index_of[future] = number
            queue.add(future)
            return

    queue = as_completed()
    for _ in range(threads * IN_FLIGHT_PER_THREAD):
        submit_next(queue)
    done = 0
    for future in queue:
        outcome = future.result()
        if isinstance(outcome, _Failure):
            client.cancel(list(index_of))
            raise KgbuildError(f"{outcome.message} (on a Dask worker)")
        results[index_of.pop(future)] = outcome
        done += len(outcome)
        if progress:
            progress(done, total)
        submit_next(queue)
    return [extraction for batch in results for extraction in batch or ()]
