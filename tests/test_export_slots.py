"""Download slots shared by several web processes (issue 9): with a Redis configured, the
per-user and overall limits of concurrent exports hold across app instances, a dead
process's slots expire, and an unreachable Redis answers 503; without one they are per
process (the laptop default)."""

from __future__ import annotations

import os
import time
import uuid

import pytest
import redis
import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.services import export_slots, tokens
from tests.conftest import make_app
from tests.factories import make_task, make_user

# Never at the same time as another such test in the other xdist worker: they share Redis
# (one of them restarts it) or kill worker processes (tests/conftest.py, _one_at_a_time).
pytestmark = pytest.mark.services

REDIS_URL = os.environ.get("AVATARGEN_TEST_REDIS_URL") or (
    f"redis://127.0.0.1:6379/{os.environ.get('AVATARGEN_TEST_REDIS_DB', '0')}"
)


@pytest.fixture
def prefix():
    try:
        client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
        client.ping()
    except redis.exceptions.RedisError as exc:
        pytest.fail(f"Redis not reachable at {REDIS_URL}: {exc} (start it; .ci/run does)")
    name = f"avatargen-test:exports:{uuid.uuid4().hex[:10]}"
    yield name
    for key in client.scan_iter(f"{name}:*"):
        client.delete(key)


@pytest.fixture
def two_apps(database_url, tmp_path, monkeypatch, prefix):
    """Two app instances (as two web processes) on one database and one Redis."""
    monkeypatch.setenv("AVATARGEN_INSTANCE_PATH", str(tmp_path / "instance"))
    config = {
        "RATELIMIT_STORAGE_URI": REDIS_URL,
        "EXPORT_SLOTS_PREFIX": prefix,
        "EXPORTS_PER_USER": 2,
        "EXPORTS_TOTAL": 3,
    }
    apps = [make_app(database_url, tmp_path, **config) for _ in range(2)]
    with apps[0].app_context():
        db.create_all()
    yield apps
    for index, app in enumerate(apps):
        with app.app_context():
            db.session.remove()
            if index == 0 and db.engine.dialect.name == "postgresql":
                tables = ", ".join(f'"{t.name}"' for t in db.metadata.sorted_tables)
                with db.engine.begin() as conn:
                    conn.execute(sa.text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
            db.engine.dispose()


def _finished_task(app, email):
    with app.app_context():
        user = make_user(email)
        task = make_task(user, number_to_generate=1)
        task.status = "completed"
        db.session.commit()
        _row, plaintext = tokens.create_token(user)
        return task.task_id, {"Authorization": f"Bearer {plaintext}"}


def _open(client, task_id, auth):
    """A download whose body nobody reads yet (its slot stays taken until closed)."""
    return client.get(f"/api/v1/tasks/{task_id}/export?format=zip", headers=auth, buffered=False)


def test_limits_hold_across_two_app_instances(two_apps):
    one, two = two_apps
    ann_task, ann = _finished_task(one, "ann@example.com")
    bob_task, bob = _finished_task(one, "bob@example.com")
    cat_task, cat = _finished_task(one, "cat@example.com")
    c1, c2 = one.test_client(), two.test_client()
    held = [_open(c1, ann_task, ann), _open(c1, ann_task, ann)]
    assert [r.status_code for r in held] == [200, 200]
    refused = _open(c2, ann_task, ann)  # the other process sees ann's two downloads
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
    body = refused.get_json()["error"]
    assert body["code"] == "too_many_downloads" and "2 download(s) running" in body["message"]
    held.append(_open(c2, bob_task, bob))
    assert held[-1].status_code == 200
    busy = _open(c2, cat_task, cat)  # 3 in the fleet: the overall limit
    assert busy.status_code == 503 and busy.headers["Retry-After"]
    with two.app_context():
        assert export_slots.in_use()[0] == 3
    held[0].close()  # ann's first download ends in process one
    again = _open(c2, ann_task, ann)
    assert again.status_code == 200
    data = b"".join(again.response)
    again.close()
    assert data.startswith(b"PK")
    for resp in held[1:]:
        resp.close()
    with one.app_context():
        assert export_slots.in_use()[0] == 0


def test_a_dead_processes_slots_expire_and_live_ones_are_renewed(prefix):
    client = redis.Redis.from_url(REDIS_URL)
    live = export_slots.RedisSlots(REDIS_URL, prefix, ttl=1, client=client)
    dead = export_slots.RedisSlots(REDIS_URL, prefix, ttl=1, client=client)
    other = export_slots.RedisSlots(REDIS_URL, prefix, ttl=1, client=client)
    release = live.acquire(7, per_user=1, total=10)
    dead.acquire(8, per_user=1, total=10)
    dead.close()  # stops renewing, never releases: as a killed process
    time.sleep(1.6)  # past the 1 s lease; live's heartbeat renewed its own
    with pytest.raises(export_slots.ExportsBusy) as exc:
        other.acquire(7, per_user=1, total=10)
    assert exc.value.status == 429
    other.acquire(8, per_user=1, total=10)  # the dead holder's slot came back
    release()
    other.acquire(7, per_user=1, total=10)
    live.close()
    other.close()


def test_an_unreachable_slots_store_answers_503_not_unlimited():
    slots = export_slots.RedisSlots("redis://127.0.0.1:1/0", "x", ttl=5)
    with pytest.raises(export_slots.ExportsBusy) as exc:
        slots.acquire(1, per_user=2, total=4)
    assert exc.value.status == 503 and "unavailable" in exc.value.message


def test_without_redis_the_slots_are_per_process(app):
    assert export_slots.slots_url(app.config) == ""  # memory:// throttle storage
    with app.app_context():
        assert isinstance(export_slots._slots(), export_slots.LocalSlots)
    assert export_slots.slots_url({"RATELIMIT_STORAGE_URI": "redis://h:6379/0"})
    assert not export_slots.slots_url(
        {"RATELIMIT_STORAGE_URI": "redis://h:6379/0", "EXPORT_SLOTS_URL": "local"}
    )
