"""Extraction on a Dask distributed cluster: the executor "dask" of pipeline.extract_all.

Documents are read on the client a few batches ahead of the workers; each worker runs
`pipeline.extract_document` (its jieba tokenizer and gazetteers are loaded once per worker
process). The client keeps each extraction on its disk as it arrives, then resolves, maps to
RDF and writes as a local build does, so the graph is byte-identical to a local build.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from .config import Settings
from .errors import ConfigError, KgbuildError
from .model import Document, Extraction

#: Seconds to wait for a scheduler to answer before giving up.
CONNECT_TIMEOUT = 20.0
#: Batches in flight per worker thread: enough to keep workers busy, few enough that a corpus
#: of a million documents is not shipped to the scheduler at once.
IN_FLIGHT_PER_THREAD = 4
#: Documents in one task: a task of a few hundred milliseconds, so its overhead is small and
#: the last tasks of a build finish close together.
BATCH = 8


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


def extract_on_dask(docs: Iterable[Document], settings: Settings) -> Iterator[Extraction]:
    """Extract every document on Dask workers, yielding extractions as batches complete (in
    any order: the pipeline sorts what it writes). Documents are read lazily on the client and
    only a few batches per worker thread are in flight, so neither side holds the corpus."""
    client, cluster = _connect(settings)
    try:
        yield from _run(client, iter(docs), settings)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _run(client, docs: Iterator[Document], settings: Settings) -> Iterator[Extraction]:
    from dask.distributed import as_completed

    threads = max(1, sum(client.nthreads().values()))
    in_flight: set = set()

    def submit_next(queue) -> None:
        batch = list(islice(docs, BATCH))
        if batch:
            # pure=False: two equal batches of two runs are still computed, never mixed up
            future = client.submit(_extract_batch, batch, settings, pure=False)
            in_flight.add(future)
            queue.add(future)

    queue = as_completed()
    for _ in range(threads * IN_FLIGHT_PER_THREAD):
        submit_next(queue)
    for future in queue:
        in_flight.discard(future)
        outcome = future.result()
        if isinstance(outcome, _Failure):
            client.cancel(list(in_flight))
            raise KgbuildError(f"{outcome.message} (on a Dask worker)")
        submit_next(queue)
        yield from outcome
