"""Regeneration through the API: made, waiting, accepted or discarded; the records and the
export follow what is current; JSON 4xx errors; another user's ids are 404."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, Regeneration
from avatargen.services import tokens as token_service
from tests import test_regenerate as base
from tests.factories import make_user
from tests.test_regenerate import _persona, _user

app_config = base.app_config  # the same fixtures: a completed task of 3 personas
done = base.done


def _auth(app, user_id=None, email=None) -> dict[str, str]:
    with app.app_context():
        user = _user(user_id) if user_id else make_user(email)
        return {"Authorization": f"Bearer {token_service.create_token(user, 't')[1]}"}


def _export(client, auth, task_id) -> zipfile.ZipFile:
    resp = client.get(f"/api/v1/tasks/{task_id}/export?format=zip", headers=auth)
    assert resp.status_code == 200
    return zipfile.ZipFile(io.BytesIO(resp.get_data()))


def test_api_image_regeneration_accept_updates_record_and_export(app, client, done):
    user_id, task_pk = done
    auth = _auth(app, user_id)
    with app.app_context():
        pid = _persona(task_pk).id
        task_id = db.session.get(GenerationTask, task_pk).task_id
    before = _export(client, auth, task_id)
    old_bytes = before.read(f"images/{pid}/2.png")

    resp = client.post(f"/api/v1/personas/{pid}/images/2/regenerate", headers=auth)
    assert resp.status_code == 201, resp.get_json()
    body = resp.get_json()
    assert body["status"] == "ready" and body["kind"] == "image" and body["position"] == 2
    assert body["generation"] == 1 and body["regen_seed"] >= 1 and body["candidate"] is None
    image = client.get(body["images"][0]["url"], headers=auth)
    assert image.status_code == 200 and image.mimetype == "image/png"
    assert hashlib.sha256(image.get_data()).hexdigest() == body["images"][0]["sha256"]
    # Waiting: the export still has the current image.
    assert _export(client, auth, task_id).read(f"images/{pid}/2.png") == old_bytes
    again = client.post(f"/api/v1/personas/{pid}/regenerate", headers=auth)
    assert again.status_code == 409 and again.get_json()["error"]["code"] == "invalid_state"

    accepted = client.post(body["links"]["accept"], headers=auth)
    assert accepted.status_code == 200 and accepted.get_json()["status"] == "accepted"
    after = _export(client, auth, task_id)
    new_bytes = after.read(f"images/{pid}/2.png")
    assert hashlib.sha256(new_bytes).hexdigest() == body["images"][0]["sha256"]
    manifest = json.loads(after.read("manifest.json"))
    listed = json.dumps(manifest)
    assert hashlib.sha256(new_bytes).hexdigest() in listed
    assert hashlib.sha256(old_bytes).hexdigest() not in listed
    assert client.post(body["links"]["accept"], headers=auth).status_code == 409
    assert client.get(body["images"][0]["url"], headers=auth).status_code == 404


def test_api_persona_regeneration_accept_replaces_the_record(app, client, done):
    user_id, task_pk = done
    auth = _auth(app, user_id)
    with app.app_context():
        old = _persona(task_pk, 2)
        pid, name = old.id, old.full_name
    resp = client.post(f"/api/v1/personas/{pid}/regenerate", json={"seed": 77}, headers=auth)
    assert resp.status_code == 201, resp.get_json()
    body = resp.get_json()
    assert body["regen_seed"] == 77 and body["candidate"]["index"] == 2
    assert body["candidate"]["id"] == body["new_persona_id"] != pid
    assert client.get(f"/api/v1/personas/{pid}", headers=auth).status_code == 200
    done_body = client.post(body["links"]["accept"], headers=auth).get_json()
    assert done_body["status"] == "accepted"
    assert client.get(f"/api/v1/personas/{pid}", headers=auth).status_code == 404
    new = client.get(f"/api/v1/personas/{body['new_persona_id']}", headers=auth).get_json()
    assert new["full_name"] == body["candidate"]["full_name"] != name and new["index"] == 2
    assert new == body["candidate"]


def test_api_discard_errors_and_ownership(app, client, done):
    user_id, task_pk = done
    auth = _auth(app, user_id)
    other = _auth(app, email="other@example.com")
    with app.app_context():
        pid = _persona(task_pk).id
    url = f"/api/v1/personas/{pid}/images/1/regenerate"
    assert client.post(url, headers=other).status_code == 404
    assert client.post(f"/api/v1/personas/{pid}/regenerate", headers=other).status_code == 404
    assert client.post(url).status_code == 401
    bad = client.post(url, json={"prompt": "a red scarf"}, headers=auth)
    assert bad.status_code == 422 and "prompt" in bad.get_json()["error"]["fields"]
    bad = client.post(url, json={"seed": -1, "x": 1}, headers=auth)
    assert bad.status_code == 422 and set(bad.get_json()["error"]["fields"]) == {"seed", "x"}
    assert (
        client.post(url, data="[1]", content_type="application/json", headers=auth).status_code
        == 400
    )
    assert client.post(url, data="seed=1", headers=auth).status_code == 415
    assert (
        client.post(f"/api/v1/personas/{pid}/images/9/regenerate", headers=auth).status_code == 404
    )
    made = client.post(url, json={}, headers=auth).get_json()
    rid = made["id"]
    for path in ("", "/accept", "/discard", "/images/1"):
        method = client.get if path in ("", "/images/1") else client.post
        assert method(f"/api/v1/regenerations/{rid}{path}", headers=other).status_code == 404
    discarded = client.post(f"/api/v1/regenerations/{rid}/discard", headers=auth)
    assert discarded.status_code == 200 and discarded.get_json()["status"] == "discarded"
    assert client.get(f"/api/v1/regenerations/{rid}", headers=auth).get_json()["status"] == (
        "discarded"
    )
    assert client.post(f"/api/v1/regenerations/{rid}/accept", headers=auth).status_code == 409
    with app.app_context():
        assert db.session.get(Regeneration, rid).status == "discarded"
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Persona)) == 3
    doc = client.get("/api/v1/openapi.json").get_json()["paths"]
    assert "/api/v1/personas/{persona_id}/regenerate" in doc
    assert "/api/v1/personas/{persona_id}/images/{position}/regenerate" in doc
