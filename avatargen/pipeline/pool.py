"""A process pool for CPU-bound provider work (the offline renderer), shared by the process.

Providers whose class says ``cpu_bound = True`` get their work done here; the others keep
threads (:mod:`avatargen.pipeline.parallel`). One pool per process, built on first use with
``WORKERS`` processes (``AVATARGEN_WORKERS`` / ``--workers``; default: the CPUs this process
may run on) and kept for later tasks, so the embedded worker's threads, ``avatargen
generate`` and Celery's thread pool all share it. A size of 1 runs the same job function
inline, with no processes; so does a daemonic process (Celery prefork children may not
have children of their own). Pool processes are spawned (never forked from a process that
runs threads) and exit by themselves when the process that started them dies.

A job is everything one persona still needs: :func:`persona_images` calls the provider
contract (base portrait, then each variant with the base as reference) in order, so a
renderer can reuse the identity layers it drew for the base; it also embeds provenance and
hashes the result there, so the parent only writes files and rows. Pool processes have no
Flask app and no database session: everything a job needs travels in it.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, TypeVar

from avatargen import provenance
from avatargen.c2pa.signing import SigningSettings
from avatargen.providers.base import GeneratedImage, ImageProvider, ImageSubject, Usage
from avatargen.storage import Storage, image_key

J = TypeVar("J")
R = TypeVar("R")

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
_pool_size = 0


def available_cpus() -> int:
    """CPUs this process may run on (its affinity mask, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def pool_size(configured: int | None) -> int:
    """The pool size to use for a ``WORKERS`` setting (None or 0: every available CPU)."""
    size = configured or available_cpus()
    if multiprocessing.current_process().daemon:
        return 1  # a daemonic process cannot start children
    return max(1, size)


def get_pool(size: int) -> ProcessPoolExecutor | None:
    """The process's pool of ``size`` processes (None for size 1: run inline)."""
    global _pool, _pool_size
    if size <= 1:
        return None
    with _lock:
        if _pool is not None and (_pool_size != size or _broken(_pool)):
            _pool.shutdown(wait=False, cancel_futures=True)
            _pool = None
        if _pool is None:
            # Spawn, never fork: this process runs threads (web server, workers, DB pools).
            _pool = ProcessPoolExecutor(
                max_workers=size,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_watch_parent,
                initargs=(os.getpid(),),
            )
            _pool_size = size
        return _pool


def _watch_parent(parent: int) -> None:
    """In a pool process: exit when the process that started the pool is gone (killed with
    SIGKILL, it cannot shut its pool down; its processes must not linger)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _broken(pool: ProcessPoolExecutor) -> bool:
    return bool(getattr(pool, "_broken", False))


def shutdown() -> None:
    """Stop the pool's processes (tests, benches; a later job starts a fresh pool)."""
    global _pool
    with _lock:
        if _pool is not None:
            _pool.shutdown(wait=True, cancel_futures=True)
            _pool = None


# --------------------------------------------------------------------------- one persona's job


@dataclass(frozen=True)
class PersonaJob:
    """What one persona still needs, self-contained (it crosses a process boundary)."""

    provider_id: str
    options: dict[str, Any]
    subject: ImageSubject
    positions: tuple[int, ...]  # missing positions, ascending; 1 is the base portrait
    size: int
    base: GeneratedImage | None = None  # the stored base, when position 1 exists already
    digital_source_type: str = ""
    signer: SigningSettings | None = None  # C2PA signing, taken in the parent (None: off)
    # where the job writes its files itself (a FileStorage: the same folder in every
    # process), so only rows come back; None: the bytes come back and the writer stores them
    storage: Storage | None = None
    capture: bool = False  # keep prompts in the traces (the admin's trace_prompts setting)


@dataclass
class MadeImage:
    """One finished image (provenance embedded) or why it could not be made."""

    position: int
    data: bytes = b""
    width: int = 0
    height: int = 0
    format: str = "PNG"
    sha256: str = ""
    usage: Usage | None = None
    content_credentials: bool = False  # a C2PA manifest is embedded
    error: str = ""  # "ExceptionType: message" when it failed
    storage_key: str = ""  # set when the job stored the file itself (``data`` is then empty)
    size: int = 0  # bytes of the finished file (kept when ``data`` is emptied)
    prompt: str | None = None  # what a model image was made from
    traces: list = field(default_factory=list)  # its provider calls (CallTrace)


@dataclass
class PersonaResult:
    job: PersonaJob
    images: list[MadeImage] = field(default_factory=list)


_providers: dict[tuple[str, str], ImageProvider] = {}


def _provider(provider_id: str, options: dict[str, Any]) -> ImageProvider:
    from avatargen.providers.registry import get_image_provider, get_provider_class

    key = (provider_id, repr(sorted(options.items())))
    provider = _providers.get(key)
    if provider is None:
        cls = get_provider_class("image", provider_id)
        provider = get_image_provider(provider_id, cls.Options.model_validate(options))
        _providers.clear()  # one provider per process is the common case; keep it small
        _providers[key] = provider
    return provider


def warm(size: int, provider: ImageProvider) -> list[Future]:
    """Start the pool's processes and build ``provider`` in each, without waiting.

    Spawning a process and importing the renderer takes a second or more; a task calls this
    when it starts, so that happens while its data stage runs (on one core) and the image
    stage finds its processes ready. Nothing for a size-1 pool (the work runs inline)."""
    pool = get_pool(size)
    if pool is None:
        return []
    options = provider.options.model_dump(mode="json")
    futures = []
    for _ in range(size):  # a process is spawned per submit while none is idle
        futures.append(pool.submit(_warmed, provider.id, options))
        futures[-1].add_done_callback(_ignore)
    return futures


def _warmed(provider_id: str, options: dict[str, Any]) -> int:
    _provider(provider_id, options)
    return os.getpid()


def _ignore(fut: Future) -> None:
    fut.exception()  # a warm-up that failed: the job that needs the provider says why


def finish(
    image: GeneratedImage,
    subject: ImageSubject,
    position: int,
    provider_id: str,
    source: str,
    signer: SigningSettings | None,
) -> MadeImage:
    """Embed provenance (XMP label, and a C2PA manifest with ``signer``) and hash it."""
    data = provenance.embed(
        image.data,
        source_type=source,
        task_id=subject.task_id,
        persona_id=subject.persona_id,
        position=position,
        provider=provider_id,
        sign=signer is not None,
        signer=signer,
    )
    done = GeneratedImage(data, image.width, image.height, image.format)
    return MadeImage(
        position,
        data,
        image.width,
        image.height,
        image.format,
        done.sha256,
        image.usage,
        content_credentials=provenance.has_content_credentials(data),
        size=len(data),
        prompt=image.prompt,
        traces=image.traces,
    )


def made_key(subject: ImageSubject, made: MadeImage) -> str:
    """The storage key of one made image (built from ids only)."""
    return image_key(
        subject.task_id, subject.persona_id, made.position, "png" if made.format == "PNG" else "jpg"
    )


def stored_keys(result: PersonaResult) -> list[str]:
    """The files a job stored itself (to remove if its rows are never stored)."""
    return [made.storage_key for made in result.images if made.storage_key]


def persona_images(job: PersonaJob, provider: ImageProvider | None = None) -> PersonaResult:
    """Make the job's images in order: the base first, then variants from it. A failed
    base ends the job (variants cannot keep an identity without one); a failed variant
    does not."""
    from avatargen.pipeline.traces import traced_image

    provider = provider or _provider(job.provider_id, job.options)
    result = PersonaResult(job)
    base = job.base
    index = job.subject.index
    for position in job.positions:
        try:
            if position == 1:
                image = base = traced_image(
                    provider,
                    job.capture,
                    lambda: provider.base_portrait(job.subject, job.size),
                    index,
                    1,
                )
            elif base is None:
                break
            else:
                image = traced_image(
                    provider,
                    job.capture,
                    lambda b=base, p=position: provider.variant(job.subject, b, p, job.size),
                    index,
                    position,
                )
            made = finish(
                image, job.subject, position, provider.id, job.digital_source_type, job.signer
            )
            if job.storage is not None:
                key = made_key(job.subject, made)
                job.storage.put(key, made.data)  # the same key on a redo: replaced
                made.storage_key, made.data = key, b""
        except Exception as exc:  # recorded per image
            result.images.append(
                MadeImage(
                    position,
                    error=f"{type(exc).__name__}: {exc}",
                    traces=list(getattr(exc, "traces", [])),
                )
            )
            if position == 1:
                break
            continue
        result.images.append(made)
    return result


# --------------------------------------------------------------------------- running jobs


@dataclass
class PoolOutcome:
    job: Any
    value: Any = None
    error: BaseException | None = None


def run_pooled(
    jobs: Iterable[J],
    call: Callable[[J], R],
    size: int,
    backlog: int | None = None,
    idle: Callable[[], None] | None = None,
    poll: float = 0.5,
    abandoned: list[Future] | None = None,
) -> Iterator[PoolOutcome]:
    """Yield an outcome per job as the pool finishes them, in any order.

    Up to ``size + backlog`` jobs are queued at the pool, so a process that finishes one
    starts the next at once, without waiting for the caller to store what came back. Size 1
    runs ``call`` inline. While no job finishes, ``idle`` runs every ``poll`` seconds (the
    pool may be busy with other tasks' jobs): a cancellation it raises, like closing the
    iterator, drops the jobs not started yet; the jobs already running then are added to
    ``abandoned`` (their results were not yielded: the caller may clean up after them).
    """
    pool = get_pool(size)
    if pool is None:
        for job in jobs:
            try:
                yield PoolOutcome(job, value=call(job))
            except Exception as exc:
                yield PoolOutcome(job, error=exc)
        return
    limit = size + (size if backlog is None else backlog)
    source = iter(jobs)
    running: dict[Future, J] = {}
    exhausted = False
    try:
        while True:
            while not exhausted and len(running) < limit:
                job = next(source, _END)
                if job is _END:
                    exhausted = True
                    break
                running[pool.submit(call, job)] = job
            if not running:
                return
            done, _ = wait(running, timeout=poll, return_when=FIRST_COMPLETED)
            if not done and idle is not None:
                idle()
            for fut in done:
                job = running.pop(fut)
                exc = fut.exception()
                if isinstance(exc, BrokenProcessPool):
                    raise exc  # a pool process died: the task stops; its lease lets it resume
                yield PoolOutcome(job, error=exc) if exc else PoolOutcome(job, fut.result())
    finally:
        for fut in running:
            if not fut.cancel() and abandoned is not None:
                abandoned.append(fut)


_END = object()
