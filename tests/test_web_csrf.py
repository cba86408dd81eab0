"""CSRF on every state-changing web route: without a valid token the answer is 400 and
nothing changes."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage
from avatargen.storage import get_storage
from tests.conftest import csrf_from, login
from tests.factories import make_user
from tests.test_web_pages import seed_task

GENERATE = {
    "persona_description": "nurses in Manila",
    "bio_language": "en",
    "number_to_generate": "3",
    "images_per_persona": "4",
}


@pytest.fixture
def tasks(app, client):
    with app.app_context():
        user = make_user("ana@example.com")
        ids = {
            status: seed_task(user, personas=1, status=status).task_id
            for status in ("pending", "failed", "completed")
        }
    login(client, "ana@example.com")
    return ids


def _state(app):
    with app.app_context():
        statuses = {t.task_id: t.status for t in db.session.scalars(sa.select(GenerationTask))}
        counts = (
            db.session.scalar(sa.select(sa.func.count(Persona.id))),
            db.session.scalar(sa.select(sa.func.count(PersonaImage.id))),
        )
        files = sorted(k for task_id in statuses for k in get_storage().keys(task_id))
    return statuses, counts, files


def _routes(ids):
    return [
        ("/generate", GENERATE),
        ("/generate/estimate", GENERATE),
        (f"/tasks/{ids['pending']}/cancel", {}),
        (f"/tasks/{ids['failed']}/retry", {}),
        (f"/tasks/{ids['completed']}/delete", {}),
        (f"/tasks/{ids['failed']}/delete", {}),
    ]


@pytest.mark.parametrize("token", [None, "", "not-a-real-token"])
def test_posts_without_valid_token_are_refused(app, client, tasks, token):
    before = _state(app)
    for path, data in _routes(tasks):
        body = dict(data)
        if token is not None:
            body["csrf_token"] = token
        resp = client.post(path, data=body)
        assert resp.status_code == 400, path
        assert "CSRF" in resp.get_data(as_text=True) or "csrf" in resp.get_data(as_text=True)
    assert _state(app) == before


def test_token_of_another_session_is_refused(app, client, tasks):
    other = app.test_client()
    with app.app_context():
        make_user("eve@example.com")
    login(other, "eve@example.com")
    foreign = csrf_from(other.get("/").get_data(as_text=True))
    before = _state(app)
    for path, data in _routes(tasks):
        assert client.post(path, data={**data, "csrf_token": foreign}).status_code == 400
    assert _state(app) == before


def test_same_routes_work_with_the_token(app, client, tasks):
    token = csrf_from(client.get("/").get_data(as_text=True))
    for path, data in _routes(tasks):
        resp = client.post(path, data={**data, "csrf_token": token})
        assert resp.status_code in (200, 302), path
    statuses, counts, _files = _state(app)
    assert statuses[tasks["pending"]] == "cancelled"
    assert tasks["failed"] not in statuses and tasks["completed"] not in statuses
    assert len(statuses) == 2  # the cancelled one and the one just generated
