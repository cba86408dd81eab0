"""Per-call traces (task_usage rows) written by the pipeline, against the OpenAI double:
one row per chat completion with its attempts, tokens, latency and outcome; one per image
with its prompt on the image row; prompts and responses only with the admin setting on,
bounded and without the key; the rows still sum to the task's usage."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from avatargen import trace_settings
from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage
from avatargen.models.task_events import TRACE_COLUMNS, TaskUsage, list_traces, usage_totals
from avatargen.pipeline import run_task
from avatargen.providers import preflight, tracing
from avatargen.providers.network import close_clients
from avatargen.services import tasks as task_service
from tests.doubles import Fault, clear_provider_env
from tests.doubles.openai_server import OpenAIDouble
from tests.factories import make_user

KEY = "sk-test-Tr4ceKeyQ9wE8rT7yU6iO5"


@pytest.fixture
def llm(monkeypatch):
    clear_provider_env(monkeypatch)
    preflight.forget()
    double = OpenAIDouble(api_key=KEY).start()
    yield double
    double.stop()
    close_clients()


def _submit(
    app, llm, count=4, images=4, image_provider=None, email=None, **settings
) -> GenerationTask:
    config = {
        "openai": {
            "base_url": llm.url + "/v1",
            "api_key": KEY,
            "backoff_base": 0,
            "max_attempts": 3,
            **settings,
        },
        "openai-images": {
            "base_url": llm.url + "/v1",
            "api_key": KEY,
            "size": "64x64",
            "backoff_base": 0,
        },
    }
    app.config["PROVIDER_SETTINGS"] = config
    body = {
        "persona_description": "nurses in Manila",
        "bio_language": "en",
        "number_to_generate": count,
        "images_per_persona": images,
        "seed": 3,
        "text_provider": "openai",
    }
    if image_provider:
        body["image_provider"] = image_provider
    return task_service.submit_task(make_user(email or "user@example.com"), body)


def _rows(task_pk: int) -> list[TaskUsage]:
    return list(
        db.session.scalars(
            sa.select(TaskUsage).where(TaskUsage.task_pk == task_pk).order_by(TaskUsage.id)
        )
    )


def _sums(rows, kind):
    return {
        c: sum(getattr(r, c) for r in rows if r.kind == kind)
        for c in ("prompt_tokens", "completion_tokens", "requests", "images")
    }


def test_each_chat_completion_is_a_trace_with_its_retries(app, llm):
    # Two 429s before the first answer: that call took 3 attempts and still succeeded.
    llm.inject(
        Fault(status=429, headers={"Retry-After": "0"}, body={"error": {"message": "slow"}}),
        times=2,
        path="/v1/chat/completions",
    )
    with app.app_context():
        task = _submit(app, llm, count=4, batch_size=2, concurrency=1)
        assert run_task(task.id, batch_size=2) == "completed"
        rows = _rows(task.id)
        chats = [r for r in rows if r.request == "chat"]
        assert len(chats) == 2 and all(r.kind == "text" for r in chats)
        assert [r.requests for r in chats] == [3, 1]
        assert all(r.outcome == "ok" and r.error is None for r in chats)
        for r in chats:
            assert r.provider == "openai" and r.model == "gpt-4o-mini"
            assert r.prompt_tokens > 0 and r.completion_tokens > 0
            assert r.latency_ms is not None and r.latency_ms >= 0 and r.started_at is not None
            assert r.prompt is None and r.response is None  # the setting is off by default
        assert {r.persona_index for r in chats} == {0, 2}
        # the rows are the usage: usage_totals sums exactly them
        assert usage_totals(task.id)["text"] == _sums(rows, "text")
        assert usage_totals(task.id)["text"]["requests"] == 4


def test_a_call_that_fails_for_good_says_why_in_one_line(app, llm):
    llm.inject(
        Fault(status=429, headers={"Retry-After": "0"}, body={"error": {"message": "quota"}}),
        times=3,
        path="/v1/chat/completions",
    )
    with app.app_context():
        task = _submit(app, llm, count=2, batch_size=2, concurrency=1)
        assert run_task(task.id, batch_size=2) == "completed"  # the second pass filled them
        rows = _rows(task.id)
        failed = [r for r in rows if r.outcome != "ok"]
        assert len(failed) == 1
        [row] = failed
        assert row.outcome == "rate_limited" and row.requests == 3
        assert "HTTP 429" in row.error and "\n" not in row.error and len(row.error) <= 500
        assert row.completion_tokens == 0
        page, total = list_traces(task.id, outcome="failed")
        assert total == 1 and page[0].id == row.id
        assert list_traces(task.id, outcome="ok")[1] == len(rows) - 1


def test_a_rejected_key_is_an_auth_trace(app, llm):
    with app.app_context():
        task = _submit(app, llm, count=2, batch_size=2)
        llm.api_key = "sk-another-key-Zz9Yy8Xx7Ww6"
        assert run_task(task.id) == "failed"
        [row] = [r for r in _rows(task.id) if r.request == "chat"]
        assert row.outcome == "auth" and "HTTP 401" in row.error and row.requests == 1


def test_prompts_and_responses_only_with_the_setting_and_never_the_key(app, llm):
    # A server that echoes the key in an error must not put it in a trace either.
    llm.inject(
        Fault(status=500, body={"error": {"message": f"upstream said Bearer {KEY}"}}),
        times=1,
        path="/v1/chat/completions",
    )
    with app.app_context():
        trace_settings.set_prompts_kept(True)
        task = _submit(app, llm, count=3, batch_size=3, repair_rounds=0)
        assert run_task(task.id, batch_size=3) == "completed"
        rows = _rows(task.id)
        [chat] = [r for r in rows if r.request == "chat"]
        assert chat.requests == 2  # the 500 was retried
        assert '"role": "system"' in chat.prompt and "nurses in Manila" in chat.prompt
        assert chat.response and "personas" in chat.response
        assert len(chat.prompt) <= tracing.TEXT_MAX + 40
        everything = db.session.execute(
            sa.select(*(getattr(TaskUsage, c) for c in TRACE_COLUMNS))
        ).all()
        assert KEY not in repr(everything)
        assert "Authorization" not in repr(everything)
        # off again: the next task keeps no text
        trace_settings.set_prompts_kept(False)
        task2 = _submit(app, llm, count=2, batch_size=2, email="b@example.com")
        assert run_task(task2.id) == "completed"
        assert all(r.prompt is None and r.response is None for r in _rows(task2.id))


def test_clip_bounds_and_redacts():
    text = "x" * (tracing.TEXT_MAX + 500) + KEY
    clipped = tracing.clip(text)
    assert len(clipped) <= tracing.TEXT_MAX + 40 and clipped.endswith("more characters]")
    assert KEY not in tracing.clip(f"key {KEY}")
    assert tracing.one_line("a\nb   c") == "a b c"


def test_offline_calls_are_traced_too(app):
    with app.app_context():
        task = task_service.submit_task(
            make_user(),
            {
                "persona_description": "teachers in Lyon",
                "bio_language": "fr",
                "number_to_generate": 6,
                "images_per_persona": 4,
                "seed": 1,
            },
        )
        assert run_task(task.id, batch_size=3) == "completed"
        rows = _rows(task.id)
        batches = [r for r in rows if r.request == "batch"]
        assert len(batches) == 2 and {r.persona_index for r in batches} == {0, 3}
        images = [r for r in rows if r.kind == "image"]
        assert sorted((r.persona_index, r.position) for r in images) == [
            (i, p) for i in range(6) for p in (1, 2, 3, 4)
        ]
        assert {r.request for r in images} == {"base_portrait", "variant"}
        assert all(r.provider == "offline" and r.outcome == "ok" for r in rows)
        assert usage_totals(task.id) == {}  # local work uses nothing


def test_model_images_keep_their_prompt(app, llm):
    with app.app_context():
        task = _submit(app, llm, count=2, image_provider="openai-images", batch_size=2)
        assert run_task(task.id) == "completed"
        images = db.session.scalars(
            sa.select(PersonaImage).join(Persona).where(Persona.task_pk == task.id)
        ).all()
        assert len(images) == 8
        assert all(i.prompt and "fictional" in i.prompt.lower() for i in images), [
            i.prompt for i in images
        ]
        rows = [r for r in _rows(task.id) if r.kind == "image"]
        assert len(rows) == 8
        assert all(r.provider == "openai-images" and r.model and r.outcome == "ok" for r in rows)
        assert all(r.images == 1 and r.requests == 1 and r.prompt is None for r in rows)
        assert usage_totals(task.id)["image"]["images"] == 8


# --------------------------------------------------------------------------- API


@pytest.fixture
def traced(app):
    """Alice's task with 7 traces (5 text ok, 1 text rate_limited, 1 image ok); Bob; an admin."""
    from avatargen.models.task_events import record_traces
    from avatargen.services import tokens as token_service
    from tests.factories import make_task

    with app.app_context():
        alice, bob = make_user("alice@example.com"), make_user("bob@example.com")
        admin = make_user("admin@example.com", admin=True)
        task = make_task(alice)
        now = tracing._utcnow()
        calls = [
            tracing.CallTrace("text", "openai", "chat", now, 120, "m", 10, 20, 1, persona_index=i)
            for i in range(5)
        ]
        calls.append(
            tracing.CallTrace(
                "text", "openai", "chat", now, 900, "m", requests=4, outcome="rate_limited",
                error="openai failed: HTTP 429: slow (after 4 attempts)",
            )
        )  # fmt: skip
        calls.append(
            tracing.CallTrace("image", "openai-images", "base_portrait", now, 50, images=1)
        )
        record_traces(task.id, calls)
        db.session.commit()
        headers = {
            name: {"Authorization": f"Bearer {token_service.create_token(user)[1]}"}
            for name, user in (("alice", alice), ("bob", bob), ("admin", admin))
        }
        return task.task_id, headers


def test_api_lists_filters_and_pages_traces(client, traced):
    task_id, headers = traced
    url = f"/api/v1/tasks/{task_id}/traces"
    body = client.get(url, headers=headers["alice"]).get_json()
    assert body["total"] == 7 and body["pages"] == 1 and len(body["items"]) == 7
    first = body["items"][0]
    assert first["provider"] == "openai" and first["attempts"] == 1 and first["latency_ms"] == 120
    assert first["prompt"] is None and first["outcome"] == "ok"
    failed = client.get(url + "?outcome=failed", headers=headers["alice"]).get_json()
    assert [i["outcome"] for i in failed["items"]] == ["rate_limited"]
    assert failed["items"][0]["attempts"] == 4
    images = client.get(url + "?kind=image", headers=headers["alice"]).get_json()
    assert images["total"] == 1 and images["items"][0]["request"] == "base_portrait"
    page2 = client.get(url + "?per_page=3&page=2&kind=text", headers=headers["alice"]).get_json()
    assert page2["total"] == 6 and page2["pages"] == 2 and len(page2["items"]) == 3
    assert [i["persona_index"] for i in page2["items"]] == [3, 4, None]
    # an admin sees any task's traces; another user gets 404
    assert client.get(url, headers=headers["admin"]).status_code == 200
    other = client.get(url, headers=headers["bob"])
    assert other.status_code == 404 and other.get_json()["error"]["code"] == "not_found"


@pytest.mark.parametrize(
    "params, field",
    [
        ("kind=video", "kind"),
        ("outcome=maybe", "outcome"),
        ("request=upload", "request"),
        ("page=0", "page"),
        ("per_page=1000", "per_page"),
        ("colour=red", "colour"),
    ],
)
def test_api_bad_trace_filters_are_422(client, traced, params, field):
    task_id, headers = traced
    response = client.get(f"/api/v1/tasks/{task_id}/traces?{params}", headers=headers["alice"])
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]


def test_openapi_documents_the_traces_route(client):
    doc = client.get("/api/v1/openapi.json").get_json()
    op = doc["paths"]["/api/v1/tasks/{task_id}/traces"]["get"]
    names = {p["name"] for p in op["parameters"]}
    assert {"page", "per_page", "kind", "outcome", "request"} <= names
    kinds = next(p for p in op["parameters"] if p["name"] == "kind")["schema"]["enum"]
    assert kinds == ["text", "image"]
    assert "422" in op["responses"] and "TracePage" in doc["components"]["schemas"]


# --------------------------------------------------------------------------- web


def test_task_page_links_and_trace_page_filters_pages_and_scopes(app, client, traced):
    from tests.conftest import login

    task_id, _ = traced
    login(client, "alice@example.com")
    page = client.get(f"/tasks/{task_id}").get_data(as_text=True)
    assert f"/tasks/{task_id}/traces" in page
    html = client.get(f"/tasks/{task_id}/traces").get_data(as_text=True)
    assert html.count('class="trace-row"') == 7 and "openai-images" in html
    html = client.get(f"/tasks/{task_id}/traces?outcome=failed").get_data(as_text=True)
    assert html.count('class="trace-row"') == 1 and "rate_limited" in html and "HTTP 429" in html
    html = client.get(f"/tasks/{task_id}/traces?kind=text&per_page=4&page=2").get_data(as_text=True)
    assert html.count('class="trace-row"') == 2
    assert client.get(f"/tasks/{task_id}/traces?kind=video").status_code == 400
    bob, admin = app.test_client(), app.test_client()
    login(bob, "bob@example.com")
    assert bob.get(f"/tasks/{task_id}/traces").status_code == 404
    login(admin, "admin@example.com")
    assert admin.get(f"/tasks/{task_id}/traces").status_code == 200


def test_admin_turns_prompt_keeping_on_and_off(app, client):
    from tests.conftest import csrf_from, login

    with app.app_context():
        make_user("boss@example.com", admin=True)
    login(client, "boss@example.com")
    page = client.get("/settings").get_data(as_text=True)
    assert (
        'id="trace_prompts"' in page and "checked" not in page.split('id="trace_prompts"')[1][:60]
    )
    form = {f"prompt_{p}": "Write a bio." for p in ("facebook", "instagram", "x", "tiktok")}
    form.update({f"limit_{p}": "150" for p in ("facebook", "instagram", "x", "tiktok")})
    form["csrf_token"] = csrf_from(page)
    assert client.post("/settings", data={**form, "trace_prompts": "y"}).status_code == 302
    with app.app_context():
        assert trace_settings.prompts_kept()
    form["csrf_token"] = csrf_from(client.get("/settings").get_data(as_text=True))
    assert client.post("/settings", data=form).status_code == 302
    with app.app_context():
        assert not trace_settings.prompts_kept()
