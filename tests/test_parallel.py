"""run_bounded: N calls in flight at most, every job answered once, errors kept per job."""

from __future__ import annotations

import threading
import time

import pytest

from avatargen.pipeline.parallel import run_bounded


class Counter:
    def __init__(self):
        self.lock = threading.Lock()
        self.now = 0
        self.max = 0

    def __call__(self, job):
        with self.lock:
            self.now += 1
            self.max = max(self.max, self.now)
        time.sleep(0.01)
        with self.lock:
            self.now -= 1
        if job % 7 == 3:
            raise ValueError(f"job {job} failed")
        return job * 2


@pytest.mark.parametrize("concurrency", [1, 4])
def test_every_job_once_and_never_over_the_limit(concurrency):
    counter = Counter()
    outcomes = list(run_bounded(range(40), counter, concurrency))
    assert sorted(o.job for o in outcomes) == list(range(40))
    assert counter.max <= concurrency
    if concurrency > 1:
        assert counter.max == concurrency  # the pool is kept full
    for o in outcomes:
        if o.job % 7 == 3:
            assert isinstance(o.error, ValueError) and o.value is None
        else:
            assert o.value == o.job * 2 and o.error is None


def test_before_each_can_stop_new_work():
    started = []

    class Stop(Exception):
        pass

    def before():
        if len(started) >= 5:
            raise Stop()

    def call(job):
        started.append(job)
        return job

    with pytest.raises(Stop):
        for _ in run_bounded(range(100), call, 2, before_each=before):
            pass
    # At the stop, at most the running calls (2) and the queued backlog (2) still start.
    assert len(started) <= 5 + 2 + 2


def test_a_slot_is_free_when_the_response_arrives_not_when_it_is_stored():
    started = []
    lock = threading.Lock()

    def call(job):
        with lock:
            started.append(job)
        time.sleep(0.01)
        return job

    seen_while_storing = None
    for _outcome in run_bounded(range(8), call, 2):
        if seen_while_storing is None:
            # The calling thread is busy "storing" the first result: the threads go on
            # with the queued jobs meanwhile instead of waiting for it.
            deadline = time.monotonic() + 5
            while len(started) < 4 and time.monotonic() < deadline:
                time.sleep(0.005)
            seen_while_storing = len(started)
    assert seen_while_storing >= 4


def test_base_exceptions_are_not_swallowed():
    def call(job):
        raise KeyboardInterrupt()

    with pytest.raises(KeyboardInterrupt):
        list(run_bounded(range(3), call, 2))
