"""Per-user quotas with admin-set defaults (issue 9): queued tasks, personas in flight,
stored images; a clear 429/403 with what is left, in the API's one error shape and on the
generate form."""

from __future__ import annotations

import sqlalchemy as sa

from avatargen.cli import main
from avatargen.extensions import db
from avatargen.models import GenerationTask, User
from avatargen.services import quotas, tokens
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
        assert quotas.usage(user) == quotas.Usage(1, 3, 20)
