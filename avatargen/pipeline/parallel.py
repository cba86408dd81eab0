"""Keep N provider calls in flight while the calling thread stores the results.

For I/O-bound providers (network); CPU-bound ones go to :mod:`avatargen.pipeline.pool`.
Provider calls run in worker threads and never touch the database; results are handed
back to the calling thread, which owns the session and stores them in batches. A slot is
free as soon as its response arrives: up to ``backlog`` more jobs wait queued at the
threads, so a thread starts the next call at once instead of waiting for the calling
thread to store the last result. Concurrency 1 runs inline, with no threads at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Generic, TypeVar

J = TypeVar("J")
R = TypeVar("R")


@dataclass
class Outcome(Generic[J, R]):
    job: J
    value: R | None = None
    error: BaseException | None = None


def run_bounded(
    jobs: Iterable[J],
    call: Callable[[J], R],
    concurrency: int,
    before_each: Callable[[], None] | None = None,
    backlog: int | None = None,
) -> Iterator[Outcome[J, R]]:
    """Yield an :class:`Outcome` per job as calls finish; ``before_each`` runs before a job
    is queued (in the calling thread), so a cancellation it raises stops new work (jobs
    queued but not started are dropped). ``backlog`` (default: ``concurrency``) is how many
    jobs may wait queued beyond the ``concurrency`` running ones."""
    if concurrency <= 1:
        for job in jobs:
            if before_each:
                before_each()
            try:
                yield Outcome(job, value=call(job))
            except Exception as exc:
                yield Outcome(job, error=exc)
        return
    source = iter(jobs)
    limit = concurrency + (concurrency if backlog is None else max(0, backlog))
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="provider") as pool:
        running: dict[Future, J] = {}
        try:
            while True:
                while len(running) < limit:
                    job = next(source, _END)
                    if job is _END:
                        break
                    if before_each:
                        before_each()
                    running[pool.submit(call, job)] = job
                if not running:
                    return
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for fut in done:
                    job = running.pop(fut)
                    exc = fut.exception()
                    if exc is not None and not isinstance(exc, Exception):
                        raise exc  # KeyboardInterrupt, SystemExit: not a provider failure
                    yield Outcome(job, error=exc) if exc else Outcome(job, value=fut.result())
        finally:
            for fut in running:
                fut.cancel()


_END = object()
