"""Embedded queue: worker threads that claim tasks from the database under a lease.

A worker claims a task atomically (PostgreSQL ``FOR UPDATE SKIP LOCKED``; SQLite a
conditional ``UPDATE``), renews its lease while it works, and gives it back when done. A
worker that dies stops renewing; once the lease expires another worker picks the task up
and resumes from what is stored. Two workers never hold the same task at once.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid

import sqlalchemy as sa
from flask import Flask

from avatargen.extensions import db
from avatargen.models import GenerationTask
from avatargen.models.base import utcnow
from avatargen.models.task import CLAIMABLE
from avatargen.models.task_state import lease_free_clause, release_lease, renew_lease, take_lease
from avatargen.pipeline.run import LeaseLost, run_task
from avatargen.queue.fairness import fair_order

log = logging.getLogger(__name__)
_CLAIMABLE = [s.value for s in CLAIMABLE]


def worker_name(suffix: str = "") -> str:
    base = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
    return f"{base}:{suffix}" if suffix else base


def claim_next(owner: str, lease_seconds: int, max_running: int | None = None) -> int | None:
    """Claim the next claimable task for ``owner`` in fair order; its primary key, or None."""
    now = utcnow()
    if max_running is not None:
        running = db.session.scalar(
            sa.select(sa.func.count(GenerationTask.id)).where(
                GenerationTask.status.in_(_CLAIMABLE), GenerationTask.lease_expires_at >= now
            )
        )
        if running >= max_running:
            db.session.commit()
            return None
    query = (
        sa.select(GenerationTask.id)
        .where(GenerationTask.status.in_(_CLAIMABLE), lease_free_clause(now))
        .order_by(*fair_order(now))  # users take turns (avatargen.services.fairness)
        .limit(1)
    )
    if db.engine.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    task_pk = db.session.scalar(query)
    if task_pk is None:
        db.session.commit()
        return None
    return task_pk if take_lease(task_pk, owner, lease_seconds) else None


class DbLease:
    """The lease a worker holds on one task; renewed at most every third of its length."""

    def __init__(self, task_pk: int, owner: str, seconds: int) -> None:
        self.task_pk = task_pk
        self.owner = owner
        self.seconds = seconds
        self._renewed = time.monotonic()

    def renew(self, force: bool = False) -> None:
        if not force and time.monotonic() - self._renewed < self.seconds / 3:
            return
        if not renew_lease(self.task_pk, self.owner, self.seconds):
            raise LeaseLost(f"lease on task {self.task_pk} was taken over")
        self._renewed = time.monotonic()

    def take(self) -> bool:
        """Take the lease on a claimable task whose lease is free (``avatargen generate``)."""
        self._renewed = time.monotonic()
        return take_lease(self.task_pk, self.owner, self.seconds)

    def release(self) -> None:
        release_lease(self.task_pk, self.owner)


def process_one(owner: str, lease_seconds: int, max_running: int | None = None) -> bool:
    """Claim and run one task inside the current app context; False when none was free."""
    task_pk = claim_next(owner, lease_seconds, max_running)
    if task_pk is None:
        return False
    lease = DbLease(task_pk, owner, lease_seconds)
    try:
        status = run_task(task_pk, lease=lease)
        log.info("worker %s: task %s ended %s", owner, task_pk, status)
    finally:
        db.session.rollback()
        lease.release()
        db.session.remove()
    return True


class LocalWorker:
    """A pool of worker threads bound to one Flask app."""

    def __init__(self, app: Flask, threads: int | None = None, poll_interval: float = 1.0):
        self.app = app
        self.threads = threads or app.config.get("WORKER_THREADS", 2)
        self.poll_interval = poll_interval
        self.lease_seconds = app.config.get("TASK_LEASE_SECONDS", 60)
        self.max_running = app.config.get("MAX_CONCURRENT_TASKS")
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    def _loop(self, index: int) -> None:
        owner = worker_name(str(index))
        while not self._stop.is_set():
            try:
                with self.app.app_context():
                    busy = process_one(owner, self.lease_seconds, self.max_running)
            except Exception:  # keep the worker alive; the lease lets another retry
                log.exception("worker %s: error while processing", owner)
                busy = False
            if not busy:
                self._stop.wait(self.poll_interval)

    def start(self) -> None:
        for i in range(self.threads):
            t = threading.Thread(
                target=self._loop, args=(i,), name=f"avatargen-worker-{i}", daemon=True
            )
            t.start()
            self._threads.append(t)

    def stop(self, timeout: float | None = 30) -> None:
        self._stop.set()
        for t in self._threads:
            t.join(timeout)

    def join(self) -> None:
        while any(t.is_alive() for t in self._threads):
            for t in self._threads:
                t.join(1.0)


def run_until_idle(app: Flask, owner: str | None = None) -> int:
    """Process tasks in this thread until none is claimable; return how many ran (tests, CLI)."""
    owner = owner or worker_name("inline")
    count = 0
    with app.app_context():
        while process_one(owner, app.config.get("TASK_LEASE_SECONDS", 60)):
            count += 1
    return count
