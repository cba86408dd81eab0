"""Limiter (concurrency + requests per minute), retry policy and Retry-After parsing."""

from __future__ import annotations

import email.utils
import json
import threading
import time

import pytest

from avatargen.providers.limiter import Limiter, shared_limiter
from avatargen.providers.retry import (
    CallFailed,
    RetryPolicy,
    call_with_retries,
    classify,
    retry_after_seconds,
)


class FakeHTTPError(Exception):
    def __init__(self, status: int, headers: dict | None = None) -> None:
        super().__init__(f"status {status}")
        self.status_code = status
        self.headers = headers or {}


def test_retry_after_seconds_forms():
    assert retry_after_seconds({"Retry-After": "3"}) == 3.0
    assert retry_after_seconds({"retry-after": "0.25"}) == 0.25
    assert retry_after_seconds({"retry-after-ms": "1500", "Retry-After": "9"}) == 1.5
    future = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 28 <= retry_after_seconds({"Retry-After": future}) <= 31
    past = email.utils.formatdate(time.time() - 30, usegmt=True)
    assert retry_after_seconds({"Retry-After": past}) == 0.0
    assert retry_after_seconds({"Retry-After": "soon"}) is None
    assert retry_after_seconds({}) is None
    assert retry_after_seconds(None) is None


def test_backoff_is_full_jitter_and_capped():
    policy = RetryPolicy(max_attempts=10, base_delay=1.0, max_delay=4.0)
    samples = [policy.backoff(attempt) for attempt in (1, 2, 3, 8) for _ in range(200)]
    assert min(samples) >= 0 and max(samples) <= 4.0
    first = [policy.backoff(1) for _ in range(200)]
    assert max(first) <= 1.0 and min(first) < 0.5  # uniform in [0, 1]
    assert policy.delay(1, retry_after=2.5) == 2.5  # the server's word wins
    assert RetryPolicy(max_retry_after=5).delay(1, retry_after=600) == 5


@pytest.mark.parametrize(
    ("exc", "retry"),
    [
        (FakeHTTPError(429), True),
        (FakeHTTPError(408), True),
        (FakeHTTPError(409), True),
        (FakeHTTPError(500), True),
        (FakeHTTPError(503), True),
        (FakeHTTPError(400), False),
        (FakeHTTPError(401), False),
        (FakeHTTPError(404), False),
        (TimeoutError("read timed out"), True),
        (ConnectionResetError("reset"), True),
        (json.JSONDecodeError("Expecting value", "{", 1), True),
        (KeyError("bug"), False),
    ],
)
def test_classify(exc, retry):
    assert classify(exc).retry is retry


def test_classify_reads_retry_after_from_response_headers():
    exc = FakeHTTPError(429)
    exc.response = type("R", (), {"headers": {"retry-after-ms": "120"}})()
    decision = classify(exc)
    assert decision.retry and decision.retry_after == pytest.approx(0.12)
    assert decision.status == 429


def test_limiter_never_exceeds_concurrency():
    limiter = Limiter(concurrency=3)
    seen = []
    lock = threading.Lock()
    current = 0

    def work():
        nonlocal current
        with limiter.slot():
            with lock:
                current += 1
                seen.append(current)
            time.sleep(0.01)
            with lock:
                current -= 1

    threads = [threading.Thread(target=work) for _ in range(30)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert max(seen) == 3 == limiter.max_in_flight
    assert limiter.started == 30 and limiter.in_flight == 0


def test_rpm_spaces_request_starts():
    limiter = Limiter(concurrency=1, rpm=1200)  # one start per 50 ms
    starts = []
    for _ in range(6):
        with limiter.slot():
            starts.append(time.monotonic())
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert min(gaps) >= 0.045
    assert starts[-1] - starts[0] >= 0.24


def test_rpm_counts_an_overslept_start_from_when_it_happened(monkeypatch):
    """A sleep that overshoots must not let the next start follow the late one too soon."""
    import avatargen.providers.limiter as limiter_module

    real_sleep = time.sleep
    calls = []

    def late_sleep(seconds):
        calls.append(seconds)
        real_sleep(seconds + (0.04 if len(calls) == 2 else 0.0))

    monkeypatch.setattr(limiter_module.time, "sleep", late_sleep)
    limiter = Limiter(concurrency=1, rpm=1200)  # one start per 50 ms
    starts = []
    for _ in range(5):
        with limiter.slot():
            starts.append(time.monotonic())
    monkeypatch.undo()
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert len(calls) >= 3
    assert gaps[1] >= 0.085  # the overslept one
    assert min(gaps) >= 0.0495, gaps


def test_rpm_allows_a_burst_of_concurrency_then_the_rate():
    limiter = Limiter(concurrency=4, rpm=600)  # 100 ms apart after a burst of 4
    starts = []
    lock = threading.Lock()

    def work():
        with limiter.slot(), lock:
            starts.append(time.monotonic())

    t0 = time.monotonic()
    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    offsets = sorted(s - t0 for s in starts)
    assert offsets[3] < 0.08  # the burst
    assert offsets[7] >= 0.35  # then 100 ms apart: the 8th waits ~4 intervals


def test_shared_limiter_is_per_settings():
    a = shared_limiter(("x", "http://h"), 4, None)
    assert shared_limiter(("x", "http://h"), 4, None) is a
    assert shared_limiter(("x", "http://h"), 5, None) is not a
    assert shared_limiter(("x", "http://other"), 4, None) is not a


def test_retries_then_gives_up_with_the_reason():
    calls = []

    def failing():
        calls.append(1)
        raise FakeHTTPError(503)

    with pytest.raises(CallFailed) as info:
        call_with_retries(
            failing,
            limiter=Limiter(2),
            policy=RetryPolicy(max_attempts=3, base_delay=0.001),
        )
    assert len(calls) == 3
    assert info.value.attempts == 3 and info.value.status == 503
    assert "HTTP 503" in str(info.value) and "after 3 attempts" in str(info.value)


def test_not_retryable_fails_at_once():
    calls = []

    def bad_request():
        calls.append(1)
        raise FakeHTTPError(400)

    with pytest.raises(CallFailed):
        call_with_retries(bad_request, limiter=Limiter(1), policy=RetryPolicy(max_attempts=5))
    assert len(calls) == 1


def test_retry_after_is_honoured_and_the_slot_is_free_while_waiting():
    limiter = Limiter(concurrency=1)
    events = []
    first = {"done": False}

    def a_call():
        events.append(("a", time.monotonic()))
        if not first["done"]:
            first["done"] = True
            raise FakeHTTPError(429, {"Retry-After": "0.3"})
        return "a"

    def b_call():
        events.append(("b", time.monotonic()))
        return "b"

    policy = RetryPolicy(max_attempts=3, base_delay=10.0)  # backoff would be far longer
    t = threading.Thread(target=lambda: call_with_retries(a_call, limiter=limiter, policy=policy))
    t.start()
    time.sleep(0.1)
    assert call_with_retries(b_call, limiter=limiter, policy=policy) == "b"
    t.join()
    names = [name for name, _ in events]
    assert names == ["a", "b", "a"]  # b ran while a slept, though concurrency is 1
    a_times = [at for name, at in events if name == "a"]
    assert 0.29 <= a_times[1] - a_times[0] < 2.0


def test_parse_reads_the_answer_once_the_slot_is_free_and_a_garbled_one_is_retried():
    limiter = Limiter(concurrency=1)
    answers = iter(["{not json", '{"ok": 1}'])
    seen = []

    def parse(text):
        seen.append(limiter.in_flight)  # 0: the slot was given back before reading
        return json.loads(text)

    result = call_with_retries(
        lambda: next(answers),
        limiter=limiter,
        policy=RetryPolicy(max_attempts=3, base_delay=0.0),
        parse=parse,
    )
    assert result == {"ok": 1}
    assert seen == [0, 0] and limiter.started == 2


def test_an_answer_parse_cannot_read_fails_at_once_with_its_reason():
    def parse(text):
        raise ValueError("the answer is a JSON list, not a chat completion")

    calls = []
    with pytest.raises(CallFailed) as info:
        call_with_retries(
            lambda: calls.append(1) or "[]",
            limiter=Limiter(1),
            policy=RetryPolicy(max_attempts=5),
            parse=parse,
        )
    assert calls == [1] and not info.value.retryable
    assert "not a chat completion" in str(info.value)
