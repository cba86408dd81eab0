"""The Celery tasks of distributed mode: thin wrappers that take ids and call
:mod:`avatargen.queue.chunks` with a sender that sends Celery messages, plus the worker
signals (recovery loop, chunk-lease heartbeat, provider registry, fork-safe connections).

Imported by the worker (``include`` of :mod:`.celery_app`) and by whoever sends messages;
``celery_app`` itself imports neither this module nor :mod:`.chunks` (no import cycle).
"""

from __future__ import annotations

import json
import logging
import re
import threading
import uuid
from typing import Any

from celery.signals import (
    task_received,
    worker_init,
    worker_process_init,
    worker_ready,
    worker_shutdown,
)
from flask import Flask, current_app

from avatargen.extensions import db
from avatargen.queue import chunks
from avatargen.queue.celery_app import bind, celery_app, flask_app, urgent_queue_name

log = logging.getLogger(__name__)


def _redelivered(request: Any) -> bool:
    info = getattr(request, "delivery_info", None) or {}
    return bool(info.get("redelivered"))


class CelerySender:
    """Sends chunks as Celery messages; an ``urgent`` one (a chunk of a dead worker sent
    again) goes to the urgent queue, which workers read first, so it does not wait behind
    every chunk queued since."""

    def _options(self, chunk_id: int, urgent: bool) -> dict[str, str]:
        """A chunk message's task id (naming the chunk) and, when urgent, its queue."""
        options = {"task_id": chunk_task_id(chunk_id)}
        if urgent:
            options["queue"] = urgent_queue_name(current_app.config)
        return options

    def start(self, task_pk: int) -> None:
        start_task.delay(task_pk)

    def data(self, task_pk: int, positions: list[int], chunk_id: int, urgent=False) -> None:
        data_chunk.apply_async((task_pk, positions, chunk_id), **self._options(chunk_id, urgent))

    def image(self, task_pk: int, persona_id: str, chunk_id: int, urgent=False) -> None:
        image_chunk.apply_async((task_pk, persona_id, chunk_id), **self._options(chunk_id, urgent))


def chunk_task_id(chunk_id: int) -> str:
    """A chunk message's Celery task id: names the chunk, so the broker's queues can be read
    for which chunks wait there (:func:`queued_chunk_ids`)."""
    return f"chunk-{chunk_id}-{uuid.uuid4().hex[:12]}"


_CHUNK_ID = re.compile(r"^chunk-(\d+)-")


def queued_chunk_ids(app: Flask) -> set[int] | None:
    """The chunk ids of the messages waiting in the Redis broker's queues (main and urgent;
    at most ``CELERY_IN_FLIGHT`` chunks are sent at a time, so they are short), or None for
    another broker (RabbitMQ gives a dead consumer's unacknowledged messages to another
    consumer at once, so nothing is lost there). Raises when Redis does not answer."""
    url = str(app.config.get("BROKER_URL") or "")
    if not url.lower().startswith(("redis://", "rediss://")):
        return None
    from avatargen.providers.redis_limits import redis_client

    client = redis_client(url)
    found: set[int] = set()
    main = app.config.get("CELERY_QUEUE_NAME", "avatargen")
    for queue in (main, urgent_queue_name(app.config)):
        for raw in client.lrange(queue, 0, -1):
            try:
                task_id = json.loads(raw)["headers"]["id"]
            except (ValueError, KeyError, TypeError):
                continue
            match = _CHUNK_ID.match(str(task_id))
            if match:
                found.add(int(match.group(1)))
    return found


SEND = CelerySender()


@celery_app.task(name="avatargen.start_task", bind=True)
def start_task(self, task_pk: int) -> str:
    """Pending -> generating-data, then fan out the data chunks."""
    return chunks.start(task_pk, SEND, redelivered=_redelivered(self.request))


@celery_app.task(name="avatargen.data_chunk", bind=True)
def data_chunk(self, task_pk: int, positions: list[int], chunk_id: int | None = None) -> str:
    """Store the personas still missing among ``positions``."""
    if _redelivered(self.request):
        log.info("task %s: redelivered data chunk %s..", task_pk, positions[:1])
    return chunks.data_chunk(task_pk, positions, SEND, chunk_id=chunk_id)


@celery_app.task(name="avatargen.image_chunk", bind=True)
def image_chunk(self, task_pk: int, persona_id: str, chunk_id: int | None = None) -> str:
    """Make the missing images of one persona (base portrait first, then variants)."""
    if _redelivered(self.request):
        log.info("task %s: redelivered image chunk %s", task_pk, persona_id)
    return chunks.image_chunk(task_pk, persona_id, SEND, chunk_id=chunk_id)


def dispatch_start(task_pk: int) -> bool:
    """Send ``start_task`` for a task just committed (services call this in celery mode).

    A broker that cannot be reached is logged, not raised: the task stays pending and a
    worker's recovery sends it once the stall threshold has passed."""
    bind(current_app._get_current_object())
    try:
        start_task.delay(task_pk)
    except Exception:
        log.exception("could not send task %s to the broker; recovery will resend it", task_pk)
        return False
    return True


def recover(stall_seconds: int | None = None) -> list[tuple[str, str]]:
    """:func:`avatargen.queue.chunks.recover` with Celery sending."""
    return chunks.recover(SEND, stall_seconds)


class Recoverer:
    """A daemon thread that re-sends chunks whose lease expired every
    ``CELERY_LEASE_SWEEP_SECONDS`` and runs the stall recovery every
    ``CELERY_RECOVER_INTERVAL`` seconds, inside ``app``."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self.interval = int(app.config.get("CELERY_RECOVER_INTERVAL", 60))
        self.sweep = max(0.2, float(app.config.get("CELERY_LEASE_SWEEP_SECONDS", 2)))
        self.lost = chunks.LostMessages(lambda: queued_chunk_ids(app))
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="avatargen-recover", daemon=True)

    def _loop(self) -> None:
        last_stall = 0.0
        elapsed = 0.0
        while not self._stop.wait(self.sweep):
            elapsed += self.sweep
            stall = elapsed - last_stall >= self.interval
            if stall:
                last_stall = elapsed
            try:
                with self.app.app_context():
                    try:
                        chunks.run_loop_once(SEND, stall=stall, lost=self.lost)
                    finally:
                        db.session.remove()
            except Exception:  # the broker or the database is away: try again later
                log.exception("recovery check failed")

    def start(self) -> Recoverer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()


_recoverer: Recoverer | None = None


@worker_ready.connect
def _start_recoverer(**_: Any) -> None:
    global _recoverer
    app = flask_app()
    chunks.start_heartbeat(app)
    if _recoverer is None:
        _recoverer = Recoverer(app).start()


@worker_shutdown.connect
def _stop_recoverer(**_: Any) -> None:
    if _recoverer is not None:
        _recoverer.stop()
    chunks.stop_heartbeat()


@task_received.connect
def _reserve_chunk(request: Any = None, **_: Any) -> None:
    """A chunk message was received (it may wait for a free pool slot): lease its chunk to
    this worker at once, so a worker killed with messages it had not started yet has their
    chunks sent again by the lease sweep too."""
    name = getattr(request, "name", "") or ""
    args = list(getattr(request, "args", None) or ())
    if name not in (data_chunk.name, image_chunk.name) or len(args) < 3 or args[2] is None:
        return
    try:
        with flask_app().app_context():
            try:
                chunks.reserve(int(args[2]))
            finally:
                db.session.remove()
    except Exception:  # the chunk still runs; only its early lease is missing
        log.exception("could not reserve chunk %s", args[2])


@worker_init.connect
def _load_providers(**_: Any) -> None:
    """Load the provider registry before any chunk runs: its lazy first load is not
    thread-safe (a second pool thread could see it half-filled). Name the worker for chunk
    leases before a prefork pool forks (its processes share the name)."""
    from avatargen.providers.registry import provider_classes

    chunks.process_owner()
    provider_classes("text")
    provider_classes("image")


@worker_process_init.connect
def _fresh_connections(**_: Any) -> None:
    """A forked pool process (``--pool prefork``) must not reuse its parent's connections,
    and needs its own heartbeat for the chunk leases it takes (they carry its pid). It is
    one of the worker's per-core processes already: it draws images inline, with no
    process pool of its own."""
    app = flask_app()
    app.config["WORKERS"] = 1
    with app.app_context():
        db.engine.dispose(close=False)
    chunks.heartbeat_after_fork(app)
