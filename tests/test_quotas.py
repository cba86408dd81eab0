"""Per-user quotas with admin-set defaults (issue 9): queued tasks, personas in flight,
stored images and stored bytes; a clear 429/403 with what is left, in the API's one error
shape and on the generate form; checked on retry too, and atomic under concurrency."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import sqlalchemy as sa

from avatargen.cli import main
from avatargen.extensions import db
from avatargen.models import GenerationTask, PersonaImage, User
from avatargen.queue.local import run_until_idle
from avatargen.services import quotas, tokens
from avatargen.services import tasks as task_service
from tests.conftest import csrf_from, login
from tests.factories import make_user

TASK = {
    "persona_description": "nurses in Manila",
    "bio_language": "en",
    "number_to_generate": 10,
    "images_per_persona": 4,
}


def _api(app, email="ann@example.com", admin=False):
    with app.app_context():
        user = make_user(email, admin=admin)
        _row, plaintext = tokens.create_token(user)
    return {"Authorization": f"Bearer {plaintext}"}


def _count() -> int:
    return db.session.scalar(sa.select(sa.func.count(GenerationTask.id)))


def test_queued_tasks_quota_answers_429_with_what_is_left(app, runner):
    auth = _api(app)
    assert runner.invoke(main, ["quotas", "set-default", "queued_tasks", "2"]).exit_code == 0
    client = app.test_client()
    for _ in range(2):
        assert client.post("/api/v1/tasks", json=TASK, headers=auth).status_code == 201
    resp = client.post("/api/v1/tasks", json=TASK, headers=auth)
    assert resp.status_code == 429 and int(resp.headers["Retry-After"]) > 0
    error = resp.get_json()["error"]
    assert error["code"] == "quota_exceeded"
    assert error["fields"] == {"queued_tasks": "2 of 2 used, 0 left"}
    assert "0 left" in error["message"]
    with app.app_context():
        assert _count() == 2
        # A finished task frees its place.
        task = db.session.scalar(sa.select(GenerationTask))
        task.status = "completed"
        db.session.commit()
    assert client.post("/api/v1/tasks", json=TASK, headers=auth).status_code == 201


def test_personas_in_flight_quota(app, runner):
    auth = _api(app)
    runner.invoke(main, ["quotas", "set-default", "personas_in_flight", "25"])
    client = app.test_client()
    assert client.post("/api/v1/tasks", json=TASK, headers=auth).status_code == 201
    assert client.post("/api/v1/tasks", json=TASK, headers=auth).status_code == 201
    resp = client.post("/api/v1/tasks", json=TASK, headers=auth)
    assert resp.status_code == 429
    assert resp.get_json()["error"]["fields"] == {"personas_in_flight": "20 of 25 used, 5 left"}
    small = {**TASK, "number_to_generate": 5}
    assert client.post("/api/v1/tasks", json=small, headers=auth).status_code == 201


def test_stored_images_quota_is_403_and_a_user_limit_overrides_the_default(app, runner):
    auth = _api(app)
    runner.invoke(main, ["quotas", "set-default", "stored_images", "10"])
    client = app.test_client()
    resp = client.post("/api/v1/tasks", json=TASK, headers=auth)  # 40 images
    assert resp.status_code == 403
    assert resp.get_json()["error"]["fields"] == {"stored_images": "0 of 10 used, 10 left"}
    r = runner.invoke(main, ["quotas", "set", "ann@example.com", "stored_images", "100"])
    assert r.exit_code == 0, r.output
    assert client.post("/api/v1/tasks", json=TASK, headers=auth).status_code == 201
    shown = runner.invoke(main, ["quotas", "show", "--email", "ann@example.com"]).output
    assert "stored_images\t40 of 100 (own)" in shown
    assert (
        runner.invoke(main, ["quotas", "set", "ann@example.com", "stored_images", "x"]).exit_code
        == 2
    )
    runner.invoke(main, ["quotas", "set", "ann@example.com", "stored_images", "default"])
    with app.app_context():
        assert db.session.scalar(sa.select(User.quota_stored_images)) is None


def test_admins_are_not_limited(app, runner):
    auth = _api(app, "root@example.com", admin=True)
    runner.invoke(main, ["quotas", "set-default", "queued_tasks", "0"])
    assert app.test_client().post("/api/v1/tasks", json=TASK, headers=auth).status_code == 201


def test_generate_form_shows_the_quota(app, runner):
    with app.app_context():
        make_user("ann@example.com")
    runner.invoke(main, ["quotas", "set-default", "queued_tasks", "0"])
    client = app.test_client()
    login(client, "ann@example.com")
    token = csrf_from(client.get("/generate").get_data(as_text=True))
    form = {**{k: str(v) for k, v in TASK.items()}, "csrf_token": token}
    resp = client.post("/generate", data=form)
    assert resp.status_code == 429 and resp.headers["Retry-After"]
    assert "quota of 0 queued or running tasks reached" in resp.get_data(as_text=True)
    with app.app_context():
        assert _count() == 0


def test_usage_counts_planned_and_stored_images(app):
    with app.app_context():
        user = make_user("ann@example.com")
        from tests.factories import make_task

        make_task(user, number_to_generate=3, images_per_persona=4)  # pending: 12 planned
        done = make_task(user, number_to_generate=5, images_per_persona=4)
        done.status, done.images_done = "completed", 8  # a partial set: 8 stored
        db.session.commit()
        now = quotas.usage(user)
        assert (now.queued_tasks, now.personas_in_flight, now.stored_images) == (1, 3, 20)
        # No image stored yet: the 12 planned ones count at the default estimate.
        assert now.stored_bytes == 12 * quotas.DEFAULT_IMAGE_BYTES


SMALL = {**TASK, "number_to_generate": 2, "seed": 3}


def _files_bytes(app) -> int:
    root = Path(app.config["STORAGE_URL"])
    return sum(p.stat().st_size for p in root.rglob("*.png"))


def test_stored_bytes_are_the_real_file_sizes_and_the_quota_says_what_is_left(app, runner):
    """Real run (offline providers): the rows carry each file's size; the quota is in
    bytes, answered 403 with what is used and left, and a planned image counts at the
    provider's measured mean size."""
    auth = _api(app)
    client = app.test_client()
    assert client.post("/api/v1/tasks", json=SMALL, headers=auth).status_code == 201
    assert run_until_idle(app) == 1
    on_disk = _files_bytes(app)
    with app.app_context():
        sizes = db.session.scalars(sa.select(PersonaImage.size_bytes)).all()
        assert len(sizes) == 8 and None not in sizes and sum(sizes) == on_disk
        user = db.session.scalar(sa.select(User))
        assert quotas.usage(user).stored_bytes == on_disk
        mean = quotas.image_bytes_estimate("offline")
        assert mean == round(on_disk / 8)
    # Room for 8 more images but not for 9: a 2 x 4 task fits, then nothing does.
    limit = on_disk + 8 * mean + 100
    assert runner.invoke(main, ["quotas", "set-default", "stored_bytes", str(limit)]).exit_code == 0
    assert client.post("/api/v1/tasks", json=SMALL, headers=auth).status_code == 201
    resp = client.post("/api/v1/tasks", json={**SMALL, "number_to_generate": 1}, headers=auth)
    assert resp.status_code == 403 and "Retry-After" not in resp.headers
    error = resp.get_json()["error"]
    used = on_disk + 8 * mean
    assert error["code"] == "quota_exceeded"
    assert error["fields"] == {"stored_bytes": f"{used} of {limit} used, 100 left"}
    assert error["message"].startswith(f"storage quota of {quotas.human_bytes(limit)} reached")
    assert "100 bytes left" in error["message"]
    shown = runner.invoke(main, ["quotas", "show", "--email", "ann@example.com"]).output
    assert f"stored_bytes\t{used} of {limit} (default)" in shown


def test_images_of_unknown_size_count_at_the_estimate(app):
    with app.app_context():
        user = make_user("ann@example.com")
        task_service.submit_task(user, SMALL)
    run_until_idle(app)
    with app.app_context():
        first = db.session.scalar(sa.select(PersonaImage).order_by(PersonaImage.id))
        size = first.size_bytes
        first.size_bytes = None  # a row stored before sizes were recorded
        db.session.commit()
        user = db.session.scalar(sa.select(User))
        now = quotas.usage(user)
        assert now.unsized_images == 1
        assert now.stored_bytes == _files_bytes(app) - size + quotas.image_bytes_estimate("offline")


def test_byte_limits_take_units_and_refuse_nonsense(app, runner):
    with app.app_context():
        make_user("ann@example.com")
    ok = runner.invoke(main, ["quotas", "set", "ann@example.com", "stored_bytes", "1.5G"])
    assert ok.exit_code == 0, ok.output
    with app.app_context():
        assert db.session.scalar(sa.select(User.quota_stored_bytes)) == int(1.5 * 1024**3)
    bad = runner.invoke(main, ["quotas", "set", "ann@example.com", "stored_bytes", "lots"])
    assert bad.exit_code == 2 and "500M" in bad.output
    bad = runner.invoke(main, ["quotas", "set-default", "queued_tasks", "1G"])
    assert bad.exit_code == 2


def test_retry_checks_the_quotas_like_a_submission(app, runner):
    auth = _api(app)
    client = app.test_client()
    first = client.post("/api/v1/tasks", json=TASK, headers=auth).get_json()["task_id"]
    assert client.post(f"/api/v1/tasks/{first}/cancel", headers=auth).status_code == 200
    runner.invoke(main, ["quotas", "set-default", "queued_tasks", "1"])
    assert client.post("/api/v1/tasks", json=TASK, headers=auth).status_code == 201
    resp = client.post(f"/api/v1/tasks/{first}/retry", headers=auth)
    assert resp.status_code == 429 and int(resp.headers["Retry-After"]) > 0
    assert resp.get_json()["error"]["fields"] == {"queued_tasks": "1 of 1 used, 0 left"}
    with app.app_context():
        assert (
            db.session.scalar(
                sa.select(GenerationTask.status).where(GenerationTask.task_id == first)
            )
            == "cancelled"
        )
    # The web page's retry button says why, and leaves the task as it was.
    login(client, "ann@example.com")
    page = client.get(f"/tasks/{first}").get_data(as_text=True)
    resp = client.post(
        f"/tasks/{first}/retry", data={"csrf_token": csrf_from(page)}, follow_redirects=True
    )
    assert "quota of 1 queued or running tasks reached" in resp.get_data(as_text=True)
    runner.invoke(main, ["quotas", "set-default", "queued_tasks", "2"])
    assert client.post(f"/api/v1/tasks/{first}/retry", headers=auth).status_code == 200


@pytest.mark.parametrize("what", ["submit", "retry"])
def test_concurrent_submissions_never_pass_a_quota(app, runner, what):
    """12 threads at once (own sessions and connections) against a limit of 3 queued
    tasks: exactly 3 get in, on SQLite (BEGIN IMMEDIATE) and PostgreSQL (row lock)."""
    threads_n, limit = 12, 3
    with app.app_context():
        user = make_user("ann@example.com")
        uid = user.id
        retried = []
        if what == "retry":
            for _ in range(threads_n):
                task = task_service.submit_task(user, TASK)
                task_service.cancel_task(task)
                retried.append(task.id)
    runner.invoke(main, ["quotas", "set-default", "queued_tasks", str(limit)])
    barrier = threading.Barrier(threads_n)
    outcomes: list[str] = []

    def one(i: int) -> None:
        with app.app_context():
            me = db.session.get(User, uid)
            target = db.session.get(GenerationTask, retried[i]) if retried else None
            barrier.wait()
            try:
                if target is None:
                    task_service.submit_task(me, TASK)
                else:
                    task_service.retry_task(target)
                outcomes.append("in")
            except quotas.QuotaExceeded:
                outcomes.append("refused")
            except Exception as exc:  # noqa: BLE001 - reported by the assertion below
                outcomes.append(repr(exc))
            finally:
                db.session.remove()

    workers = [threading.Thread(target=one, args=(i,)) for i in range(threads_n)]
    for t in workers:
        t.start()
    for t in workers:
        t.join(60)
    assert sorted(outcomes) == ["in"] * limit + ["refused"] * (threads_n - limit)
    with app.app_context():
        assert quotas.usage(db.session.get(User, uid)).queued_tasks == limit


def test_generate_form_says_how_much_storage_is_left(app, runner):
    with app.app_context():
        make_user("ann@example.com")
    runner.invoke(main, ["quotas", "set-default", "stored_bytes", "1M"])
    client = app.test_client()
    login(client, "ann@example.com")
    token = csrf_from(client.get("/generate").get_data(as_text=True))
    form = {**{k: str(v) for k, v in TASK.items()}, "csrf_token": token}
    resp = client.post("/generate", data=form)  # 40 images at 512 KiB: about 20 MB
    page = resp.get_data(as_text=True)
    assert resp.status_code == 403 and "Retry-After" not in resp.headers
    assert "storage quota of 1.0 MB reached" in page and "1.0 MB left" in page
    assert "this task needs about 20.0 MB" in page
    with app.app_context():
        assert _count() == 0
