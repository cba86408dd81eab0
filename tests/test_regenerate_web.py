"""Regenerate from the persona page: CSRF, owner-only (404 for others), the waiting version
shown beside the current one, accept / discard."""

from __future__ import annotations

import re

import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import Persona, Regeneration
from tests import test_regenerate as base
from tests.conftest import csrf_from, login
from tests.factories import make_user
from tests.test_regenerate import _persona

app_config = base.app_config  # a completed task of 3 personas x 4 images
done = base.done


def _page(client, persona_id):
    resp = client.get(f"/personas/{persona_id}")
    assert resp.status_code == 200
    return resp.get_data(as_text=True)


def test_persona_page_regenerate_image_then_accept(app, client, done):
    _user_id, task_pk = done
    with app.app_context():
        persona = _persona(task_pk)
        pid, old_sha = persona.id, {i.position: i.sha256 for i in persona.images}
    login(client, "owner@example.com")
    html = _page(client, pid)
    assert (
        'id="regenerate-persona"' in html
        and html.count('class="btn btn-sm btn-outline-primary regenerate-image"') == 4
    )
    assert 'id="regen-prompt"' not in html  # the offline renderer takes no prompt
    token = csrf_from(html)
    assert client.post(f"/personas/{pid}/images/3/regenerate").status_code == 400  # no CSRF
    resp = client.post(f"/personas/{pid}/images/3/regenerate", data={"csrf_token": token})
    assert resp.status_code == 302
    html = _page(client, pid)
    assert 'id="regeneration-waiting"' in html and "image 3 is waiting" in html
    src = re.search(r'src="(/regenerations/\d+/images/3)"', html).group(1)
    assert client.get(src).status_code == 200
    rid = int(src.split("/")[2])
    resp = client.post(f"/regenerations/{rid}/accept", data={"csrf_token": token})
    assert resp.status_code == 302 and resp.headers["Location"].endswith(
        f"/personas/{pid}#regeneration"
    )
    with app.app_context():
        now = {i.position: i.sha256 for i in _persona(task_pk).images}
        assert now[3] != old_sha[3] and {p: now[p] for p in (1, 2, 4)} == {
            p: old_sha[p] for p in (1, 2, 4)
        }
    assert client.get(src).status_code == 404  # no longer waiting
    assert 'id="regeneration-waiting"' not in _page(client, pid)


def test_persona_page_new_person_then_discard_and_accept(app, client, done):
    _user_id, task_pk = done
    with app.app_context():
        pid = _persona(task_pk, 0).id
    login(client, "owner@example.com")
    token = csrf_from(_page(client, pid))
    client.post(f"/personas/{pid}/regenerate", data={"csrf_token": token})
    html = _page(client, pid)
    assert 'id="regeneration-name"' in html
    rid = int(re.search(r"/regenerations/(\d+)/discard", html).group(1))
    client.post(f"/regenerations/{rid}/discard", data={"csrf_token": token})
    assert 'id="regeneration-waiting"' not in _page(client, pid)
    client.post(f"/personas/{pid}/regenerate", data={"csrf_token": token})
    with app.app_context():
        row = db.session.scalar(sa.select(Regeneration).where(Regeneration.status == "ready"))
        rid, new_id = row.id, row.new_persona_id
    resp = client.post(f"/regenerations/{rid}/accept", data={"csrf_token": token})
    assert resp.headers["Location"].endswith(f"/personas/{new_id}#regeneration")
    assert client.get(f"/personas/{pid}").status_code == 404
    assert _page(client, new_id)
    with app.app_context():
        assert db.session.get(Persona, new_id).persona_index == 0


def test_another_users_ids_are_404_and_change_nothing(app, client, done):
    _user_id, task_pk = done
    with app.app_context():
        pid = _persona(task_pk).id
        make_user("mallory@example.com")
    login(client, "owner@example.com")
    token = csrf_from(_page(client, pid))
    client.post(f"/personas/{pid}/images/1/regenerate", data={"csrf_token": token})
    with app.app_context():
        rid = db.session.scalar(sa.select(Regeneration.id))
    client.post("/auth/logout", data={"csrf_token": token})
    other = app.test_client()
    login(other, "mallory@example.com")
    token = csrf_from(other.get("/generate").get_data(as_text=True))
    for url in (
        f"/personas/{pid}/images/1/regenerate",
        f"/personas/{pid}/regenerate",
        f"/regenerations/{rid}/accept",
        f"/regenerations/{rid}/discard",
    ):
        assert other.post(url, data={"csrf_token": token}).status_code == 404
    assert other.get(f"/regenerations/{rid}/images/1").status_code == 404
    with app.app_context():
        assert db.session.get(Regeneration, rid).status == "ready"
