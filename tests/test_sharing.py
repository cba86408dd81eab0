"""Read-only sharing of a completed task: what a share opens (reads), what it never opens
(changes, other objects of the owner), the lists, revoking, bad input; web and API."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage, TaskShare
from avatargen.services import shares
from avatargen.services import tokens as token_service
from avatargen.services.tasks import TaskStateError, delete_task
from tests.conftest import csrf_from, login
from tests.factories import make_user
from tests.test_web_pages import seed_task

READ_ROUTES = [
    "/tasks/{task_id}",
    "/tasks/{task_id}?page=2",
    "/tasks/{task_id}?name=ana1&gender=male",
    "/tasks/{task_id}/progress",
    "/tasks/{task_id}/download/json",
    "/tasks/{task_id}/download/jsonl",
    "/tasks/{task_id}/download/csv",
    "/tasks/{task_id}/download/zip",
    "/personas/{persona_id}",
    "/media/images/{image_id}",
]
# Every state-changing page route that takes a task id (with a body that would work for
# the owner): a reader gets 404 for each and nothing changes.
WRITE_ROUTES = [
    ("/tasks/{task_id}/cancel", {}),
    ("/tasks/{task_id}/retry", {}),
    ("/tasks/{task_id}/delete", {}),
    ("/tasks/{task_id}/title", {"title": "taken over"}),
    ("/tasks/{task_id}/shares", {"email": "carol@example.com"}),
    ("/tasks/{task_id}/shares/{share_id}/revoke", {}),
    ("/personas/{persona_id}/regenerate", {}),
    ("/personas/{persona_id}/images/1/regenerate", {}),
]
API_READS = [
    "/api/v1/tasks/{task_id}",
    "/api/v1/tasks/{task_id}/personas",
    "/api/v1/tasks/{task_id}/personas?city=manila&age_min=30",
    "/api/v1/tasks/{task_id}/export?format=jsonl",
    "/api/v1/tasks/{task_id}/export?format=zip",
    "/api/v1/personas/{persona_id}",
]
API_WRITES = [
    ("post", "/api/v1/tasks/{task_id}/cancel", None),
    ("post", "/api/v1/tasks/{task_id}/retry", None),
    ("delete", "/api/v1/tasks/{task_id}", None),
    ("patch", "/api/v1/tasks/{task_id}", {"title": "taken over"}),
    ("get", "/api/v1/tasks/{task_id}/shares", None),
    ("post", "/api/v1/tasks/{task_id}/shares", {"email": "carol@example.com"}),
    ("delete", "/api/v1/tasks/{task_id}/shares/{share_id}", None),
    ("post", "/api/v1/personas/{persona_id}/regenerate", {}),
    ("post", "/api/v1/personas/{persona_id}/images/1/regenerate", {}),
]


@pytest.fixture
def world(app):
    """Alice owns a completed task shared with Bob, plus an unshared completed task, a
    cancelled and a pending one; Carol is a third user; Root an admin."""
    with app.app_context():
        alice, bob = make_user("alice@example.com"), make_user("bob@example.com")
        make_user("carol@example.com")
        make_user("root@example.com", admin=True)
        shared = seed_task(alice, personas=50, images=1, title="Manila nurses")
        persona = db.session.scalar(
            sa.select(Persona).where(Persona.task_pk == shared.id, Persona.persona_index == 0)
        )
        share, created = shares.share_task(shared, "Bob@Example.com ")
        assert created
        other = seed_task(alice, personas=1, images=1)
        other_persona = db.session.scalar(sa.select(Persona).where(Persona.task_pk == other.id))
        tokens = {
            name: token_service.create_token(user)[1]
            for name, user in (("alice", alice), ("bob", bob))
        }
        return {
            "task_id": shared.task_id,
            "persona_id": persona.id,
            "image_id": persona.images[0].id,
            "share_id": share.id,
            "other": {
                "task_id": other.task_id,
                "persona_id": other_persona.id,
                "image_id": other_persona.images[0].id,
                "share_id": share.id,
            },
            "cancelled": seed_task(alice, personas=1, status="cancelled").task_id,
            "pending": seed_task(alice, personas=1, status="pending").task_id,
            "tokens": tokens,
        }


def _get(client, path):
    resp = client.get(path)
    resp.get_data()
    resp.close()
    return resp.status_code


def _token(client):
    return csrf_from(client.get("/").get_data(as_text=True))


def _snapshot(app):
    with app.app_context():
        tasks = {
            t.task_id: (t.status, t.title) for t in db.session.scalars(sa.select(GenerationTask))
        }
        counts = tuple(
            db.session.scalar(sa.select(sa.func.count()).select_from(m))
            for m in (Persona, PersonaImage, TaskShare)
        )
    return tasks, counts


def _bearer(world, name):
    return {"Authorization": f"Bearer {world['tokens'][name]}"}


# --------------------------------------------------------------------------- web


@pytest.mark.parametrize("route", READ_ROUTES)
def test_reader_reads_the_shared_task(app, client, world, route):
    login(client, "bob@example.com")
    assert _get(client, route.format(**world)) == 200


@pytest.mark.parametrize("route", READ_ROUTES)
def test_everything_else_of_the_owner_stays_404(app, client, world, route):
    login(client, "bob@example.com")
    assert _get(client, route.format(**world["other"])) == 404
    for task_id in (world["cancelled"], world["pending"]):
        if "{task_id}" in route and "{persona_id}" not in route:
            assert _get(client, route.format(task_id=task_id)) == 404


def test_owner_only_reads_stay_404_for_a_reader(app, client, world):
    """The task's provider-call traces are the owner's (they may hold prompts)."""
    login(client, "bob@example.com")
    assert _get(client, f"/tasks/{world['task_id']}/traces") == 404
    api = client.get(f"/api/v1/tasks/{world['task_id']}/traces", headers=_bearer(world, "bob"))
    assert api.status_code == 404
    owner = app.test_client()
    login(owner, "alice@example.com")
    assert _get(owner, f"/tasks/{world['task_id']}/traces") == 200


@pytest.mark.parametrize("route", READ_ROUTES)
def test_a_third_user_gets_404(app, client, world, route):
    login(client, "carol@example.com")
    assert _get(client, route.format(**world)) == 404


@pytest.mark.parametrize(("route", "data"), WRITE_ROUTES)
def test_reader_cannot_change_the_shared_task(app, client, world, route, data):
    login(client, "bob@example.com")
    token = _token(client)
    before = _snapshot(app)
    resp = client.post(route.format(**world), data={**data, "csrf_token": token})
    assert resp.status_code == 404
    assert _snapshot(app) == before


def test_task_page_of_a_reader_has_no_controls(app, client, world):
    login(client, "bob@example.com")
    html = client.get(f"/tasks/{world['task_id']}").get_data(as_text=True)
    assert "Shared with you read-only by alice@example.com" in html
    assert "Manila nurses" in html
    for control in (
        'id="delete-button"',
        'id="retry-button"',
        'id="cancel-button"',
        'id="title-editor"',
        'id="sharing"',
        'id="regeneration"',
        '/delete"',
        '/title"',
        '/shares"',
    ):
        assert control not in html, control  # fmt: skip
    assert 'id="download-zip"' in html and 'id="gallery"' in html
    persona = client.get(f"/personas/{world['persona_id']}").get_data(as_text=True)
    assert 'id="regeneration"' not in persona and "/regenerate" not in persona
    assert "Shared with me" in persona  # the breadcrumb leads back to the reader's list


def test_shared_with_me_lists_only_shares(app, client, world):
    login(client, "bob@example.com")
    html = client.get("/shared").get_data(as_text=True)
    assert world["task_id"] in html and "Manila nurses" in html and "alice@example.com" in html
    assert world["other"]["task_id"] not in html
    # The reader's own history and dashboard stay theirs.
    for page in ("/history", "/"):
        assert world["task_id"] not in client.get(page).get_data(as_text=True)
    carol = app.test_client()
    login(carol, "carol@example.com")
    assert "Nothing is shared with you yet" in carol.get("/shared").get_data(as_text=True)


def test_owner_shares_lists_and_revokes_from_the_task_page(app, client, world):
    login(client, "alice@example.com")
    page = client.get(f"/tasks/{world['task_id']}").get_data(as_text=True)
    assert 'id="sharing"' in page and "bob@example.com" in page
    token = csrf_from(page)
    url = f"/tasks/{world['task_id']}/shares"
    resp = client.post(url, data={"email": "carol@example.com", "csrf_token": token})
    assert resp.status_code == 302
    page = client.get(resp.headers["Location"]).get_data(as_text=True)
    assert "Shared read-only with carol@example.com" in page
    assert 'data-share-email="carol@example.com"' in page
    again = client.post(url, data={"email": "carol@example.com", "csrf_token": token})
    assert "Already shared" in client.get(again.headers["Location"]).get_data(as_text=True)
    for email, message in (
        ("", "required"),
        ("nobody@example.com", "no active user has the email nobody@example.com"),
        ("alice@example.com", "the task&#39;s owner"),
        ("not an email", "not a valid email address"),
        ("x" * 300 + "@example.com", "not a valid email address"),
    ):
        resp = client.post(url, data={"email": email, "csrf_token": token})
        assert message in client.get(resp.headers["Location"]).get_data(as_text=True), email
    nul = client.post(url, data={"email": "a\x00@example.com", "csrf_token": token})
    assert nul.status_code == 400 and "NUL characters" in nul.get_data(as_text=True)
    # Revoke Bob: his next request is refused.
    bob = app.test_client()
    login(bob, "bob@example.com")
    assert _get(bob, f"/tasks/{world['task_id']}") == 200
    resp = client.post(
        f"/tasks/{world['task_id']}/shares/{world['share_id']}/revoke", data={"csrf_token": token}
    )
    assert resp.status_code == 302
    assert "bob@example.com no longer has access" in client.get(resp.headers["Location"]).get_data(
        as_text=True
    )
    for route in READ_ROUTES:
        assert _get(bob, route.format(**world)) == 404, route
    assert world["task_id"] not in bob.get("/shared").get_data(as_text=True)
    # Revoking twice, another task's share id, or junk ids: 404.
    for share_id in (world["share_id"], "0", "abc", "99999999999999999999"):
        path = f"/tasks/{world['task_id']}/shares/{share_id}/revoke"
        assert client.post(path, data={"csrf_token": token}).status_code == 404


def test_only_a_completed_task_can_be_shared(app, client, world):
    login(client, "alice@example.com")
    token = _token(client)
    for task_id in (world["cancelled"], world["pending"]):
        resp = client.post(
            f"/tasks/{task_id}/shares", data={"email": "bob@example.com", "csrf_token": token}
        )
        html = client.get(resp.headers["Location"]).get_data(as_text=True)
        assert "only a completed task can be shared" in html
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(TaskShare)) == 1


def test_share_forms_need_csrf(app, client, world):
    login(client, "alice@example.com")
    before = _snapshot(app)
    for path, data in (
        (f"/tasks/{world['task_id']}/shares", {"email": "carol@example.com"}),
        (f"/tasks/{world['task_id']}/shares/{world['share_id']}/revoke", {}),
        (f"/tasks/{world['task_id']}/title", {"title": "new"}),
    ):
        for token in (None, "junk"):
            body = dict(data) if token is None else {**data, "csrf_token": token}
            assert client.post(path, data=body).status_code == 400, path
    assert _snapshot(app) == before


def test_admin_manages_shares_of_any_task(app, client, world):
    login(client, "root@example.com")
    token = _token(client)
    page = client.get(f"/tasks/{world['task_id']}").get_data(as_text=True)
    assert 'id="sharing"' in page and "Owner: alice@example.com" in page
    client.post(
        f"/tasks/{world['task_id']}/shares",
        data={"email": "carol@example.com", "csrf_token": token},
    )
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(TaskShare)) == 2


def test_deleting_the_task_removes_its_shares(app, world):
    with app.app_context():
        task = db.session.scalar(
            sa.select(GenerationTask).where(GenerationTask.task_id == world["task_id"])
        )
        delete_task(task)
        assert db.session.scalar(sa.select(sa.func.count()).select_from(TaskShare)) == 0


def test_service_refuses_unfinished_and_inactive(app, world):
    with app.app_context():
        make_user("gone@example.com", active=False)
        task = db.session.scalar(
            sa.select(GenerationTask).where(GenerationTask.task_id == world["pending"])
        )
        with pytest.raises(TaskStateError):
            shares.share_task(task, "bob@example.com")
        done = db.session.scalar(
            sa.select(GenerationTask).where(GenerationTask.task_id == world["task_id"])
        )
        with pytest.raises(shares.ShareError, match="no active user"):
            shares.share_task(done, "gone@example.com")
        with pytest.raises(shares.ShareError, match="required"):
            shares.share_task(done, None)


# --------------------------------------------------------------------------- API


@pytest.mark.parametrize("route", API_READS)
def test_api_reader_reads_and_others_get_404(app, client, world, route):
    resp = client.get(route.format(**world), headers=_bearer(world, "bob"))
    assert resp.status_code == 200, resp.get_data(as_text=True)
    resp.get_data()
    other = client.get(route.format(**world["other"]), headers=_bearer(world, "bob"))
    assert other.status_code == 404 and other.get_json()["error"]["code"] == "not_found"


@pytest.mark.parametrize(("method", "route", "body"), API_WRITES)
def test_api_reader_cannot_change(app, client, world, method, route, body):
    before = _snapshot(app)
    kwargs = {"json": body} if body is not None else {}
    resp = getattr(client, method)(route.format(**world), headers=_bearer(world, "bob"), **kwargs)
    assert resp.status_code == 404, (method, route)
    assert resp.get_json()["error"]["code"] == "not_found"
    assert _snapshot(app) == before


def test_api_shared_list_and_owner_field(app, client, world):
    listed = client.get("/api/v1/shared-tasks", headers=_bearer(world, "bob")).get_json()
    assert [t["task_id"] for t in listed["items"]] == [world["task_id"]]
    assert listed["items"][0]["owner"] == "alice@example.com"
    assert listed["items"][0]["title"] == "Manila nurses"
    assert client.get("/api/v1/tasks", headers=_bearer(world, "bob")).get_json()["total"] == 0
    bad = client.get("/api/v1/shared-tasks?per_page=0", headers=_bearer(world, "bob"))
    assert bad.status_code == 422 and "per_page" in bad.get_json()["error"]["fields"]


def test_api_owner_shares_lists_revokes(app, client, world):
    alice = _bearer(world, "alice")
    url = f"/api/v1/tasks/{world['task_id']}/shares"
    listed = client.get(url, headers=alice).get_json()
    assert [s["email"] for s in listed["items"]] == ["bob@example.com"]
    made = client.post(url, json={"email": "carol@example.com"}, headers=alice)
    assert made.status_code == 201 and made.get_json()["email"] == "carol@example.com"
    again = client.post(url, json={"email": "CAROL@example.com"}, headers=alice)
    assert again.status_code == 200 and again.get_json()["id"] == made.get_json()["id"]
    for body, field in (
        ({}, "email"),
        ({"email": ""}, "email"),
        ({"email": 5}, "email"),
        ({"email": "nobody@example.com"}, "email"),
        ({"email": "alice@example.com"}, "email"),
        ({"email": "x@example.com", "role": "write"}, "role"),
        ({"email": "a\x00@example.com"}, "email"),
    ):
        resp = client.post(url, json=body, headers=alice)
        assert resp.status_code == 422, body
        assert field in resp.get_json()["error"]["fields"], body
    pending = client.post(
        f"/api/v1/tasks/{world['pending']}/shares", json={"email": "bob@example.com"}, headers=alice
    )
    assert (
        pending.status_code == 409 and pending.get_json()["error"]["code"] == "invalid_task_state"
    )
    gone = client.delete(f"{url}/{world['share_id']}", headers=alice)
    assert gone.status_code == 204
    assert (
        client.get(f"/api/v1/tasks/{world['task_id']}", headers=_bearer(world, "bob")).status_code
        == 404
    )
    for share_id in (world["share_id"], "0", "x", "99999999999999999999"):
        assert client.delete(f"{url}/{share_id}", headers=alice).status_code == 404
