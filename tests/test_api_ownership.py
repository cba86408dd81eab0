"""API ownership matrix: another user's ids answer 404 on every route; admins see all."""

from __future__ import annotations

import pytest

from avatargen.extensions import db
from avatargen.models import Persona, PersonaImage, TaskStatus
from avatargen.services import tokens as token_service
from tests.factories import make_task, make_user


def make_persona(task, index: int = 0, images: int = 0) -> Persona:
    """A persona row of ``task`` (and ``images`` image rows; no files are needed for records)."""
    persona = Persona(
        task_pk=task.id,
        persona_index=index,
        first_name="Ana",
        last_name="Reyes",
        gender="female",
        age=34,
        country="PH",
        city="Manila",
        region="Metro Manila",
        occupation="nurse",
        workplace="St. Luke's",
        education={"institution": "UP Manila", "field": "Nursing"},
        interests=["hiking"],
        personality=["calm"],
        appearance={"hair": "black", "eyes": "brown", "skin_tone": "tan", "build": "slim",
                    "style": "casual"},
        about="I hike on weekends.",
        language="en",
        bio_facebook="Nurse.",
        bio_instagram="Nurse who hikes.",
        bio_x="Nurse.",
        bio_tiktok="Nurse.",
    )  # fmt: skip
    db.session.add(persona)
    db.session.flush()
    for position in range(1, images + 1):
        db.session.add(
            PersonaImage(
                persona_id=persona.id,
                position=position,
                storage_key=f"{task.task_id}/{persona.id}/{position}.png",
                width=512,
                height=512,
                sha256="0" * 64,
                provider="offline",
                is_base=position == 1,
            )
        )
    task.personas_done = index + 1
    task.images_done += images
    db.session.commit()
    return persona


@pytest.fixture
def world(app):
    """Alice owns a completed task (with a persona) and a pending one; Bob and an admin."""
    with app.app_context():
        alice, bob = make_user("alice@example.com"), make_user("bob@example.com")
        admin = make_user("admin@example.com", admin=True)
        done = make_task(alice, status=TaskStatus.COMPLETED.value)
        pending = make_task(alice)
        persona = make_persona(done)
        headers = {}
        for name, user in (("alice", alice), ("bob", bob), ("admin", admin)):
            headers[name] = {"Authorization": f"Bearer {token_service.create_token(user)[1]}"}
        return {
            "headers": headers,
            "done": done.task_id,
            "pending": pending.task_id,
            "persona": persona.id,
        }


def _reads(world) -> list[str]:
    done, pending = world["done"], world["pending"]
    return [
        f"/api/v1/tasks/{done}",
        f"/api/v1/tasks/{pending}",
        f"/api/v1/tasks/{done}/personas",
        f"/api/v1/tasks/{done}/export?format=jsonl",
        f"/api/v1/tasks/{done}/export?format=zip",
        f"/api/v1/personas/{world['persona']}",
    ]


def _writes(world) -> list[tuple[str, str]]:
    done, pending = world["done"], world["pending"]
    return [
        ("post", f"/api/v1/tasks/{pending}/cancel"),
        ("post", f"/api/v1/tasks/{done}/retry"),
        ("delete", f"/api/v1/tasks/{pending}"),
        ("delete", f"/api/v1/tasks/{done}"),
    ]


def test_other_user_gets_404_for_every_id(client, world):
    bob = world["headers"]["bob"]
    for url in _reads(world):
        resp = client.get(url, headers=bob)
        assert resp.status_code == 404, url
        assert resp.get_json()["error"]["code"] == "not_found"
    for method, url in _writes(world):
        resp = getattr(client, method)(url, headers=bob)
        assert resp.status_code == 404, (method, url)
        assert resp.get_json()["error"]["code"] == "not_found"
    assert client.get("/api/v1/tasks", headers=bob).get_json()["total"] == 0
    # Nothing changed for the owner.
    alice = world["headers"]["alice"]
    assert client.get(f"/api/v1/tasks/{world['pending']}", headers=alice).json["status"] == (
        "pending"
    )


def test_unknown_id_and_foreign_id_answer_alike(client, world):
    bob = world["headers"]["bob"]
    foreign = client.get(f"/api/v1/tasks/{world['done']}", headers=bob)
    unknown = client.get("/api/v1/tasks/00000000", headers=bob)
    assert foreign.status_code == unknown.status_code == 404
    assert foreign.get_json()["error"].keys() == unknown.get_json()["error"].keys()


def test_owner_reaches_every_route(client, world):
    alice = world["headers"]["alice"]
    for url in _reads(world):
        resp = client.get(url, headers=alice)
        assert resp.status_code == 200, url
        resp.get_data()  # drain streamed exports
    assert client.get("/api/v1/tasks", headers=alice).get_json()["total"] == 2
    expected = {"cancel": 200, "retry": 409}
    for method, url in _writes(world):
        resp = getattr(client, method)(url, headers=alice)
        assert resp.status_code == expected.get(url.rsplit("/", 1)[1], 204), (method, url)


def test_admin_sees_and_manages_all(client, world):
    admin = world["headers"]["admin"]
    for url in _reads(world):
        resp = client.get(url, headers=admin)
        assert resp.status_code == 200, url
        resp.get_data()
    listed = client.get("/api/v1/tasks", headers=admin).get_json()
    assert {t["task_id"] for t in listed["items"]} == {world["done"], world["pending"]}
    resp = client.post(f"/api/v1/tasks/{world['pending']}/cancel", headers=admin)
    assert resp.status_code == 200 and resp.get_json()["status"] == "cancelled"
    assert client.delete(f"/api/v1/tasks/{world['done']}", headers=admin).status_code == 204


def test_tasks_created_through_the_api_belong_to_the_token_owner(client, world):
    bob = world["headers"]["bob"]
    body = {
        "persona_description": "chefs in Lyon",
        "bio_language": "fr",
        "number_to_generate": 1,
        "images_per_persona": 4,
    }
    task_id = client.post("/api/v1/tasks", json=body, headers=bob).get_json()["task_id"]
    assert client.get(f"/api/v1/tasks/{task_id}", headers=bob).status_code == 200
    assert client.get(
        f"/api/v1/tasks/{task_id}", headers=world["headers"]["alice"]
    ).status_code == (404)
