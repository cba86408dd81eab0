"""Keep up to N provider calls in flight while the calling thread stores the results.

Provider calls run in worker threads and never touch the database; results are handed
back to the calling thread, which owns the session, commits them and checks the lease
and cancellation between results. Concurrency 1 runs inline, with no threads at all.
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
) -> Iterator[Outcome[J, R]]:
    """Yield an :class:`Outcome` per job as calls finish; ``before_each`` runs before a job
    is started (in the calling thread), so a cancellation it raises stops new work."""
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
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="provider") as pool:
        running: dict[Future, J] = {}
        try:
            while True:
                while len(running) < concurrency:
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
