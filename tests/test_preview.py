"""Preview then scale up: the preview writes nothing, and the task generated with the same
seed and settings stores the previewed personas as its first ones (same records except the
ids, pixel-identical base portraits)."""

from __future__ import annotations

import base64
import io

import pytest
import sqlalchemy as sa
from PIL import Image

from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage
from avatargen.persona_rows import persona_record
from avatargen.queue.local import run_until_idle
from avatargen.services import preview as preview_svc
from avatargen.services.tasks import TaskInputError, submit_task
from avatargen.storage import get_storage
from tests.conftest import csrf_from, login
from tests.factories import make_user

SETTINGS = {
    "persona_description": "nurses in Manila aged 30-45 who hike",
    "bio_language": "en",
    "number_to_generate": 7,
    "images_per_persona": 4,
    "seed": 4242,
}


def _counts() -> tuple[int, int, int]:
    return tuple(
        db.session.scalar(sa.select(sa.func.count()).select_from(model))
        for model in (GenerationTask, Persona, PersonaImage)
    )


def _pixels(data: bytes) -> tuple:
    with Image.open(io.BytesIO(data)) as im:
        return im.size, im.mode, im.tobytes()


def _data_url_bytes(url: str) -> bytes:
    head, b64 = url.split(",", 1)
    assert head == "data:image/png;base64"
    return base64.b64decode(b64)


def _without_ids(record: dict) -> dict:
    return {k: v for k, v in record.items() if k not in ("id", "task_id", "images")}


def test_preview_writes_nothing_and_generate_reproduces_it(app, tmp_path):
    with app.app_context():
        user = make_user("p@example.com")
        before = _counts()
        files_before = sorted((tmp_path / "media").rglob("*"))
        shown = preview_svc.preview(user, SETTINGS)
        assert _counts() == before
        after = sorted((tmp_path / "media").rglob("*"))
        assert after == files_before
        assert shown["count"] == 5 and shown["seed"] == 4242 and not shown["failures"]

        task = submit_task(user, SETTINGS)
        run_until_idle(app)
        task = db.session.get(GenerationTask, task.id)
        assert task.status == "completed"
        storage = get_storage()
        for index, item in enumerate(shown["personas"]):
            persona = db.session.scalar(
                sa.select(Persona).where(Persona.task_pk == task.id, Persona.persona_index == index)
            )
            stored = persona_record(persona, task, [1, 2, 3, 4])
            assert _without_ids(item["record"]) == _without_ids(stored)
            base = next(i for i in persona.images if i.position == 1)
            stored_pixels = _pixels(storage.get(base.storage_key))
            assert _pixels(_data_url_bytes(item["portrait"])) == stored_pixels


def test_preview_without_seed_returns_the_seed_that_reproduces_it(app):
    with app.app_context():
        user = make_user("p@example.com")
        settings = {k: v for k, v in SETTINGS.items() if k != "seed"}
        first = preview_svc.preview(user, settings)
        again = preview_svc.preview(user, {**settings, "seed": first["seed"]})
        assert [p["record"] for p in first["personas"]] == [p["record"] for p in again["personas"]]
        assert [p["portrait_sha256"] for p in first["personas"]] == [
            p["portrait_sha256"] for p in again["personas"]
        ]


def test_preview_of_a_small_task_shows_its_count(app):
    with app.app_context():
        user = make_user("p@example.com")
        shown = preview_svc.preview(user, {**SETTINGS, "number_to_generate": 2})
        assert shown["count"] == 2


def test_preview_bad_input_and_network_providers_are_refused(app, monkeypatch):
    monkeypatch.setenv("AVATARGEN_IMAGE_API_KEY", "sk-test-not-used")
    with app.app_context():
        user = make_user("p@example.com")
        with pytest.raises(TaskInputError) as bad:
            preview_svc.preview(user, {**SETTINGS, "bio_language": "xx-nope"})
        assert "bio_language" in bad.value.fields
        with pytest.raises(preview_svc.PreviewUnavailable) as remote:
            preview_svc.preview(user, {**SETTINGS, "image_provider": "openai-images"})
        assert "image_provider" in remote.value.fields


def _token(app, email="api@example.com") -> dict[str, str]:
    from avatargen.services import tokens as token_service

    with app.app_context():
        user = make_user(email)
        return {"Authorization": f"Bearer {token_service.create_token(user, 't')[1]}"}


def test_api_preview_and_its_errors(app, client):
    auth = _token(app)
    with app.app_context():
        before = _counts()
    resp = client.post("/api/v1/preview", json=SETTINGS, headers=auth)
    assert resp.status_code == 200, resp.get_json()
    body = resp.get_json()
    assert body["seed"] == 4242 and body["count"] == 5 and body["synthetic"] is True
    first = body["personas"][0]
    assert first["record"]["id"] is None and first["record"]["index"] == 0
    assert first["portrait"].startswith("data:image/png;base64,")
    with app.app_context():
        assert _counts() == before
    bad = client.post("/api/v1/preview", json={**SETTINGS, "number_to_generate": 0}, headers=auth)
    assert bad.status_code == 422
    assert "number_to_generate" in bad.get_json()["error"]["fields"]
    assert client.post("/api/v1/preview", json=SETTINGS).status_code == 401
    assert client.post("/api/v1/preview", data="x", headers=auth).status_code in (400, 415)
    doc = client.get("/api/v1/openapi.json").get_json()
    assert "429" in doc["paths"]["/api/v1/preview"]["post"]["responses"]


@pytest.fixture
def app_config():
    return {"PREVIEW_THROTTLE": "2 per minute", "WORKERS": 1}


def test_preview_is_throttled_per_user(app, client):
    auth = _token(app)
    other = _token(app, "other@example.com")
    small = {**SETTINGS, "number_to_generate": 1}
    for _ in range(2):
        assert client.post("/api/v1/preview", json=small, headers=auth).status_code == 200
    refused = client.post("/api/v1/preview", json=small, headers=auth)
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
    assert refused.get_json()["error"]["code"] == "too_many_requests"
    assert client.post("/api/v1/preview", json=small, headers=other).status_code == 200


def test_web_preview_fills_the_seed_and_stores_nothing(app, client):
    with app.app_context():
        make_user("web@example.com")
    login(client, "web@example.com")
    token = csrf_from(client.get("/generate").get_data(as_text=True))
    form = {**{k: str(v) for k, v in SETTINGS.items() if k != "seed"}, "csrf_token": token}
    with app.app_context():
        before = _counts()
    resp = client.post("/generate/preview", data=form)
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200
    assert html.count('class="card h-100 preview-persona"') == 5
    assert html.count('src="data:image/png;base64,') == 5
    seed = int(html.split('id="preview-seed">', 1)[1].split("<", 1)[0])
    assert f'name="seed" min="0" step="1" placeholder="random" value="{seed}"' in html
    with app.app_context():
        assert _counts() == before
    bad = client.post("/generate/preview", data={**form, "number_to_generate": "0"})
    assert bad.status_code == 422 and "preview-persona" not in bad.get_data(as_text=True)
    no_csrf = {k: v for k, v in form.items() if k != "csrf_token"}
    assert client.post("/generate/preview", data=no_csrf).status_code == 400
    client.post("/generate/preview", data=form)  # the second of "2 per minute"
    throttled = client.post("/generate/preview", data=form)
    assert throttled.status_code == 429 and throttled.headers["Retry-After"]


def test_preview_stops_at_its_cpu_budget(app):
    with app.app_context():
        user = make_user("p@example.com")
        app.config["PREVIEW_CPU_SECONDS"] = 0  # spent before the first portrait
        shown = preview_svc.preview(user, SETTINGS)
        assert shown["count"] == 0 and len(shown["failures"]) == 5
        assert "CPU budget" in shown["failures"][0]["reason"]
