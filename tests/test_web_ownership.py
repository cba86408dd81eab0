"""Ownership on every page, download and media route that takes an id: another user's id
answers 404 (as if it did not exist) and changes nothing; an admin sees everything."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage
from tests.conftest import csrf_from, login
from tests.factories import make_user
from tests.test_web_pages import seed_task

GET_ROUTES = [
    "/tasks/{task_id}",
    "/tasks/{task_id}?page=2",
    "/tasks/{task_id}/progress",
    "/tasks/{task_id}/download/json",
    "/tasks/{task_id}/download/jsonl",
    "/tasks/{task_id}/download/csv",
    "/tasks/{task_id}/download/zip",
    "/personas/{persona_id}",
    "/media/images/{image_id}",
]
POST_ROUTES = ["/tasks/{task_id}/cancel", "/tasks/{task_id}/retry", "/tasks/{task_id}/delete"]


@pytest.fixture
def owned(app):
    """Two users with one completed task each (and a cancelled one for the actions)."""
    with app.app_context():
        ids = {}
        for email in ("alice@example.com", "bob@example.com"):
            user = make_user(email)
            task = seed_task(user, personas=2, images=4)
            persona = db.session.scalar(sa.select(Persona).where(Persona.task_pk == task.id))
            ids[email] = {
                "task_id": task.task_id,
                "persona_id": persona.id,
                "image_id": persona.images[0].id,
                "cancelled_task_id": seed_task(user, personas=1, status="cancelled").task_id,
                "pending_task_id": seed_task(user, personas=1, status="pending").task_id,
            }
        make_user("root@example.com", admin=True)
    return ids


def _get(client, path):
    resp = client.get(path)
    resp.close()
    return resp.status_code


@pytest.mark.parametrize("route", GET_ROUTES)
def test_owner_gets_200(app, client, owned, route):
    login(client, "alice@example.com")
    assert _get(client, route.format(**owned["alice@example.com"])) == 200


@pytest.mark.parametrize("route", GET_ROUTES)
def test_other_user_gets_404(app, client, owned, route):
    login(client, "alice@example.com")
    assert _get(client, route.format(**owned["bob@example.com"])) == 404


@pytest.mark.parametrize("route", GET_ROUTES)
def test_admin_sees_every_users_objects(app, client, owned, route):
    login(client, "root@example.com")
    for email in ("alice@example.com", "bob@example.com"):
        assert _get(client, route.format(**owned[email])) == 200


def _snapshot(app):
    with app.app_context():
        tasks = {t.task_id: t.status for t in db.session.scalars(sa.select(GenerationTask))}
        personas = db.session.scalar(sa.select(sa.func.count(Persona.id)))
        images = db.session.scalar(sa.select(sa.func.count(PersonaImage.id)))
    return tasks, personas, images


@pytest.mark.parametrize("route", POST_ROUTES)
@pytest.mark.parametrize("which", ["task_id", "cancelled_task_id", "pending_task_id"])
def test_other_users_task_actions_404_and_change_nothing(app, client, owned, route, which):
    login(client, "alice@example.com")
    token = csrf_from(client.get("/").get_data(as_text=True))
    before = _snapshot(app)
    path = route.format(task_id=owned["bob@example.com"][which])
    assert client.post(path, data={"csrf_token": token}).status_code == 404
    assert _snapshot(app) == before


def test_admin_can_act_on_another_users_task(app, client, owned):
    login(client, "root@example.com")
    token = csrf_from(client.get("/").get_data(as_text=True))
    task_id = owned["bob@example.com"]["cancelled_task_id"]
    assert client.post(f"/tasks/{task_id}/retry", data={"csrf_token": token}).status_code == 302
    with app.app_context():
        task = db.session.scalar(sa.select(GenerationTask).where(GenerationTask.task_id == task_id))
        assert task.status == "pending"


def test_lists_show_only_own_tasks(app, client, owned):
    login(client, "alice@example.com")
    history = client.get("/history").get_data(as_text=True)
    dashboard = client.get("/").get_data(as_text=True)
    for task_id in (owned["alice@example.com"]["task_id"],):
        assert task_id in history and task_id in dashboard
    for key in ("task_id", "cancelled_task_id", "pending_task_id"):
        assert owned["bob@example.com"][key] not in history
        assert owned["bob@example.com"][key] not in dashboard


def test_unknown_ids_404(app, client, owned):
    login(client, "alice@example.com")
    for path in ("/tasks/zzzzzzzz", "/personas/nope", "/media/images/0", "/media/images/99999"):
        assert _get(client, path) == 404
