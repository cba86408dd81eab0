"""Storing in batches: when a stage's writer stores, and what it does between batches.

The stages hand their results to one writer (the thread that owns the DB session), which
gathers them and stores a batch at a time (:class:`Batching` says when) in one
transaction that ends with the store guard (``RunContext.guard_store``: a conditional
``UPDATE`` that adds the batch to the task's progress counter only while the task is in
the stage's status). If a cancel (or any other status change) got there first, the whole
batch rolls back and :class:`~avatargen.pipeline.context.TaskCancelled` is raised:
nothing is stored after a cancel. New work checks the task's status at most once a
second (:class:`StatusCheck`); the guard catches anything that happens in between.
"""

from __future__ import annotations

import time

from avatargen.models import TaskStatus
from avatargen.pipeline.context import RunContext

FLUSH_ITEMS = 200  # results per transaction at most
FLUSH_SECONDS = 2.0  # and at least one transaction this often while results arrive
# (a transaction's fixed cost, guard, event, progress and commit, is about 30-60 ms here:
# at 0.5 s it was most of what the writer spent per image; bench/end_to_end.py)
CHECK_SECONDS = 1.0  # how often new work checks the task's status between batches


def after_batch(ctx: RunContext) -> None:
    """After a batch's commit: keep the lease (renewals are time-gated) and report."""
    if ctx.lease is not None:
        ctx.lease.renew()
    ctx.report_progress()


class Batching:
    """When to store: every ``items`` results or ``seconds``, whichever comes first."""

    def __init__(self, items: int | None = None, seconds: float | None = None) -> None:
        self.items = FLUSH_ITEMS if items is None else items
        self.seconds = FLUSH_SECONDS if seconds is None else seconds
        self._since = time.monotonic()

    def due(self, pending: int) -> bool:
        return pending >= self.items or (
            pending > 0 and time.monotonic() - self._since >= self.seconds
        )

    def stored(self) -> None:
        self._since = time.monotonic()


class StatusCheck:
    """A cheap stop check for new work: the full checkpoint (commit, lease, status) at most
    every ``seconds``; the batch guard catches anything that happens in between."""

    def __init__(self, ctx: RunContext, stage: TaskStatus, seconds: float = CHECK_SECONDS):
        self.ctx = ctx
        self.stage = stage
        self.seconds = seconds
        self._last = float("-inf")

    def __call__(self) -> None:
        now = time.monotonic()
        if now - self._last >= self.seconds:
            self._last = now
            self.ctx.checkpoint(self.stage)
