"""Provider preflight (``Provider.preflight`` and its cache) against the OpenAI double:
the server answers, takes the key and lists the model, or the submission stops with one
line (web form error, API 503, ``generate`` exit 2) and nothing is stored."""

from __future__ import annotations

import socket

import pytest
import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona
from avatargen.providers import preflight
from avatargen.providers.base import ProviderPreflightError
from avatargen.providers.openai_images import OpenAIImageProvider, OpenAIImageSettings
from avatargen.providers.openai_text import OpenAITextProvider, OpenAITextSettings
from avatargen.providers.registry import get_image_provider, get_text_provider
from tests.conftest import csrf_from, login
from tests.doubles import Fault, clear_provider_env, server_error
from tests.doubles.openai_server import OpenAIDouble
from tests.factories import make_user

KEY = "sk-test-Pf9Jv3LmN4pR7sT1uW6xY2"


@pytest.fixture
def llm(monkeypatch):
    clear_provider_env(monkeypatch)
    preflight.forget()
    double = OpenAIDouble(api_key=KEY).start()
    yield double
    double.stop()
    preflight.forget()


def text(double: OpenAIDouble | None = None, **settings) -> OpenAITextProvider:
    values = {"base_url": double.url + "/v1" if double else "", "api_key": KEY, "timeout": 5}
    values.update(settings)
    return OpenAITextProvider(OpenAITextSettings(**values))


def model_requests(double: OpenAIDouble) -> int:
    return sum(1 for r in double.requests if r.path == "/v1/models")


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_offline_providers_have_nothing_to_check():
    for provider in (get_text_provider("offline"), get_image_provider("offline")):
        assert provider.preflight() is None
    preflight.check_providers("offline", "offline", max_age=0)


def test_openai_text_preflight_passes_when_the_model_is_listed(llm):
    text(llm).preflight()
    assert model_requests(llm) == 1
    assert llm.requests[0].method == "GET" and llm.requests[0].headers["authorization"] == (
        f"Bearer {KEY}"
    )


def test_openai_images_preflight_checks_its_own_model(llm):
    ok = OpenAIImageProvider(OpenAIImageSettings(base_url=llm.url + "/v1", api_key=KEY))
    ok.preflight()
    missing = OpenAIImageProvider(
        OpenAIImageSettings(base_url=llm.url + "/v1", api_key=KEY, model="flux-pro")
    )
    with pytest.raises(ProviderPreflightError, match="model 'flux-pro' is not served") as info:
        missing.preflight()
    assert "AVATARGEN_IMAGE_MODEL" in str(info.value)


def test_a_model_the_server_does_not_list_is_named_with_what_it_lists(llm):
    with pytest.raises(ProviderPreflightError) as info:
        text(llm, model="gpt-9-turbo").preflight()
    message = str(info.value)
    assert "\n" not in message and not info.value.retryable
    assert message.startswith("openai: model 'gpt-9-turbo' is not served by http://127.0.0.1:")
    assert "'gpt-4o-mini'" in message and "check AVATARGEN_LLM_MODEL" in message


def test_a_rejected_key_is_said_as_such_and_never_shown(llm):
    with pytest.raises(ProviderPreflightError) as info:
        text(llm, api_key="sk-wrong-Aa11Bb22Cc33Dd44").preflight()
    message = str(info.value)
    assert "rejected the API key (HTTP 401)" in message and not info.value.retryable
    assert "AVATARGEN_LLM_API_KEY (or OPENAI_API_KEY)" in message
    assert "Aa11" not in message and KEY not in message


def test_an_unreachable_server_is_said_as_such_and_worth_a_retry(llm):
    provider = text(base_url=f"http://user:pw@127.0.0.1:{closed_port()}/v1")
    with pytest.raises(ProviderPreflightError, match="cannot be reached") as info:
        provider.preflight()
    assert info.value.retryable and "pw@" not in str(info.value)
    assert "is it running?" in str(info.value)


def test_a_base_url_without_v1_and_a_failing_server(llm):
    with pytest.raises(ProviderPreflightError, match=r"no /models endpoint \(HTTP 404\)") as info:
        text(llm, base_url=llm.url).preflight()
    assert "AVATARGEN_LLM_BASE_URL" in str(info.value) and not info.value.retryable
    llm.inject(server_error(), times=1, path="/v1/models")
    with pytest.raises(ProviderPreflightError, match="answered HTTP 500") as info:
        text(llm).preflight()
    assert info.value.retryable
    llm.inject(Fault(status=200, body="<html>not json</html>"), times=1, path="/v1/models")
    with pytest.raises(ProviderPreflightError, match="did not answer GET /models with a model"):
        text(llm).preflight()


def test_a_pass_is_remembered_briefly_per_settings_and_a_failure_is_not(llm):
    provider = text(llm)
    preflight.ensure_ready(provider)
    preflight.ensure_ready(text(llm))  # another instance, same settings and key
    assert model_requests(llm) == 1
    preflight.ensure_ready(provider, max_age=0)
    assert model_requests(llm) == 2
    for _ in range(2):
        with pytest.raises(ProviderPreflightError) as info:
            preflight.ensure_ready(text(llm, model="nope"))
        assert info.value.kind == "text" and info.value.provider == "openai"
    assert model_requests(llm) == 4


# --------------------------------------------------------------------------- submission


@pytest.fixture
def served(app, llm, monkeypatch):
    """The app's openai text provider pointed at the double (by environment variables)."""
    monkeypatch.setenv("AVATARGEN_LLM_BASE_URL", llm.url + "/v1")
    monkeypatch.setenv("AVATARGEN_LLM_API_KEY", KEY)
    return llm


def _counts(app) -> tuple[int, int]:
    with app.app_context():
        return (
            db.session.scalar(sa.select(sa.func.count(GenerationTask.id))),
            db.session.scalar(sa.select(sa.func.count(Persona.id))),
        )


def _api_post(app, client):
    from avatargen.services import tokens as token_service

    with app.app_context():
        _row, token = token_service.create_token(make_user("api@example.com"), "t")
    return client.post(
        "/api/v1/tasks",
        headers={"Authorization": f"Bearer {token}"},
        json={
            "persona_description": "nurses",
            "bio_language": "en",
            "number_to_generate": 2,
            "images_per_persona": 4,
            "text_provider": "openai",
        },
    )


def test_api_submit_with_an_unlisted_model_is_503_without_retry_after(
    app, client, served, monkeypatch
):
    monkeypatch.setenv("AVATARGEN_LLM_MODEL", "gpt-9-turbo")
    resp = _api_post(app, client)
    assert resp.status_code == 503, resp.get_json()
    error = resp.get_json()["error"]
    assert error["code"] == "provider_unavailable"
    assert "model 'gpt-9-turbo' is not served" in error["message"]
    assert error["fields"] == {"text_provider": error["message"]}
    assert "Retry-After" not in resp.headers
    assert _counts(app) == (0, 0)


def test_api_submit_with_the_server_down_is_503_with_retry_after(app, client, served, monkeypatch):
    monkeypatch.setenv("AVATARGEN_LLM_BASE_URL", f"http://127.0.0.1:{closed_port()}/v1")
    resp = _api_post(app, client)
    assert resp.status_code == 503
    assert "cannot be reached" in resp.get_json()["error"]["message"]
    assert resp.headers["Retry-After"] == "60"
    assert _counts(app) == (0, 0)


def test_api_submit_passes_the_preflight_and_stores_the_task(app, client, served):
    resp = _api_post(app, client)
    assert resp.status_code == 201, resp.get_json()
    assert model_requests(served) == 1 and _counts(app) == (1, 0)


def test_web_form_shows_the_preflight_error_beside_the_provider(app, client, served, monkeypatch):
    monkeypatch.setenv("AVATARGEN_LLM_API_KEY", "sk-wrong-Aa11Bb22Cc33Dd44")
    with app.app_context():
        make_user("ana@example.com")
    login(client, "ana@example.com")
    token = csrf_from(client.get("/generate").get_data(as_text=True))
    resp = client.post(
        "/generate",
        data={
            "csrf_token": token,
            "persona_description": "nurses in Manila",
            "bio_language": "en",
            "number_to_generate": "3",
            "images_per_persona": "4",
            "text_provider": "openai",
            "image_provider": "offline",
        },
    )
    assert resp.status_code == 503
    html = resp.get_data(as_text=True)
    assert 'data-field-error="text_provider">' in html
    assert "rejected the API key (HTTP 401)" in html and "Aa11" not in html
    assert _counts(app) == (0, 0)


def test_generate_with_a_rejected_key_exits_2_with_one_line_and_writes_nothing(
    app, runner, tmp_path, served, monkeypatch
):
    from avatargen.cli import main

    monkeypatch.setenv("AVATARGEN_LLM_API_KEY", "sk-wrong-Aa11Bb22Cc33Dd44")
    out = tmp_path / "o.zip"
    result = runner.invoke(
        main,
        [
            "generate", "--description", "nurses in Manila", "--count", "3",
            "--images-per-persona", "4", "--language", "en", "--text-provider", "openai",
            "--out", str(out),
        ],
    )  # fmt: skip
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "rejected the API key (HTTP 401)" in lines[0], result.output
    assert "Traceback" not in result.output
    assert _counts(app) == (0, 0) and not out.exists()
    assert not any(r.path == "/v1/chat/completions" for r in served.requests)
