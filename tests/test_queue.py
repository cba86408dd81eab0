"""The embedded queue: atomic claims, leases that expire, and a worker pool."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import GenerationTask
from avatargen.models.base import utcnow
from avatargen.models.task_state import transition
from avatargen.pipeline.run import LeaseLost
from avatargen.queue.local import DbLease, LocalWorker, claim_next, run_until_idle
from tests.factories import make_task, make_user


def _pending(n=1):
    user = make_user()
    return [make_task(user, bio_language="en", seed=1, number_to_generate=2) for _ in range(n)]


def test_claim_is_exclusive_until_the_lease_expires(app):
    with app.app_context():
        (task,) = _pending()
        assert claim_next("worker-a", 30) == task.id
        assert claim_next("worker-b", 30) is None  # held by a
        db.session.execute(
            sa.update(GenerationTask).values(lease_expires_at=utcnow() - timedelta(seconds=1))
        )
        db.session.commit()
        assert claim_next("worker-b", 30) == task.id  # a died: its lease ran out
        with pytest.raises(LeaseLost):
            DbLease(task.id, "worker-a", 30).renew(force=True)
        DbLease(task.id, "worker-b", 30).renew(force=True)


def test_claims_oldest_first_and_respects_the_cap(app):
    with app.app_context():
        first, second, third = _pending(3)
        assert claim_next("w1", 30, max_running=2) == first.id
        assert claim_next("w2", 30, max_running=2) == second.id
        assert claim_next("w3", 30, max_running=2) is None
        assert claim_next("w3", 30, max_running=3) == third.id


def test_finished_tasks_are_not_claimed(app):
    with app.app_context():
        (task,) = _pending()
        assert transition(task.id, "pending", "cancelled")
        assert claim_next("w", 30) is None


def test_release_frees_the_task(app):
    with app.app_context():
        (task,) = _pending()
        lease = DbLease(claim_next("w", 30), "w", 30)
        lease.release()
        db.session.refresh(task)
        assert task.lease_owner is None and task.lease_expires_at is None


def test_run_until_idle_processes_everything(app):
    with app.app_context():
        tasks = _pending(2)
        ids = [t.id for t in tasks]
    assert run_until_idle(app) == 2
    with app.app_context():
        statuses = db.session.scalars(
            sa.select(GenerationTask.status).where(GenerationTask.id.in_(ids))
        ).all()
        assert statuses == ["completed", "completed"]
        assert db.session.scalar(sa.select(GenerationTask.lease_owner)) is None


def test_worker_threads_pick_up_submitted_tasks(app):
    with app.app_context():
        (task,) = _pending()
        task_pk = task.id
    worker = LocalWorker(app, threads=2, poll_interval=0.1)
    worker.start()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with app.app_context():
                status = db.session.scalar(
                    sa.select(GenerationTask.status).where(GenerationTask.id == task_pk)
                )
                db.session.remove()
            if status == "completed":
                break
            time.sleep(0.1)
        assert status == "completed"
    finally:
        worker.stop()


def _serve_in_order(limit: int) -> list[int]:
    """Claim and finish tasks one at a time (one worker); the owners in claim order."""
    owners = []
    for _ in range(limit):
        pk = claim_next("w", 30)
        if pk is None:
            break
        task = db.session.get(GenerationTask, pk)
        owners.append(task.user_id)
        task.started_at = utcnow()
        task.status = "completed"
        task.lease_owner = task.lease_expires_at = None
        db.session.commit()
        time.sleep(0.002)  # distinct start times
    return owners


def test_users_take_turns_in_the_embedded_queue(app):
    """One user's many queued tasks do not hold back another user's task (issue 9)."""
    with app.app_context():
        busy = make_user("busy@example.com")
        other = make_user("other@example.com")
        for _ in range(5):
            make_task(busy, number_to_generate=2)
        make_task(other, number_to_generate=2)
        owners = _serve_in_order(10)
        assert owners[:2] == [busy.id, other.id]
        assert owners.count(busy.id) == 5 and len(owners) == 6


def test_a_busy_user_yields_to_an_idle_one_while_running(app):
    with app.app_context():
        busy = make_user("busy@example.com")
        other = make_user("other@example.com")
        for _ in range(3):
            make_task(busy, number_to_generate=2)
        late = make_task(other, number_to_generate=2)
        first = claim_next("w1", 30)
        assert db.session.get(GenerationTask, first).user_id == busy.id
        # A second worker, while busy's first task runs: the other user's task comes next.
        assert claim_next("w2", 30) == late.id
