"""The ``openai`` text provider against a loopback double of the chat completions API."""

from __future__ import annotations

import json
import logging
import time

import pytest

from avatargen.pipeline.parallel import run_bounded
from avatargen.providers.base import (
    Constraints,
    DraftFailure,
    ProviderFatalError,
    TextBatchRequest,
)
from avatargen.providers.network import close_clients
from avatargen.providers.openai_text import (
    Completion,
    OpenAITextProvider,
    OpenAITextSettings,
    read_completion,
)
from avatargen.providers.registry import get_text_provider
from avatargen.providers.settings import SettingsError
from avatargen.services import tasks as task_service
from tests.doubles import Fault, clear_provider_env, rate_limited, server_error
from tests.doubles.openai_server import OpenAIDouble

KEY = "sk-test-Zq8Jv3LmN4pR7sT1uW6xY9"


@pytest.fixture
def llm(monkeypatch):
    clear_provider_env(monkeypatch)
    double = OpenAIDouble(api_key=KEY).start()
    yield double
    double.stop()
    close_clients()


def make(double: OpenAIDouble, **settings) -> OpenAITextProvider:
    values = {
        "base_url": double.url + "/v1",
        "api_key": KEY,
        "backoff_base": 0.0,
        "timeout": 5,
        "max_attempts": 3,
    }
    values.update(settings)
    return OpenAITextProvider(OpenAITextSettings(**values))


def request(count=3, start=0, **fields) -> TextBatchRequest:
    values = {
        "description": "nurses in Manila who hike",
        "language": "es",
        "count": count,
        "start_index": start,
        "bio_prompts": {"x": "Write a punchy X bio.", "tiktok": "One line."},
        "seed": 7,
    }
    values.update(fields)
    return TextBatchRequest(**values)


def last_user(recorded) -> str:
    return [m for m in recorded.json["messages"] if m["role"] == "user"][-1]["content"]


def test_structured_output_batch(llm):
    provider = make(llm)
    result = provider.generate_batch(request(count=3, start=5))
    assert sorted(result.drafts) == [5, 6, 7] and not result.failures
    assert len({d.full_name for d in result.drafts.values()}) == 3
    body = llm.requests[0].json
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["strict"] is True
    assert body["seed"] == provider_seed(7, 5)
    prompt = last_user(llm.requests[0])
    assert "nurses in Manila who hike" in prompt and "Spanish (es)" in prompt
    assert "x (at most 160 characters): Write a punchy X bio." in prompt
    assert "Return exactly 3 personas" in prompt
    assert result.usage.requests == 1
    assert result.usage.prompt_tokens > 0 and result.usage.completion_tokens > 0
    assert llm.requests[0].headers["authorization"] == f"Bearer {KEY}"
    assert provider.batch_size == 5 and provider.concurrency == 8
    assert provider.supported_languages() is None
    assert provider.describe("anything", "es").understood == {}


def provider_seed(seed: int, start: int, round_no: int = 1) -> int:
    return (seed * 1_000_003 + start * 101 + round_no) % 2**31


def test_json_mode_fallback_is_remembered(llm):
    llm.reject_json_schema = True
    provider = make(llm)
    result = provider.generate_batch(request(count=2))
    assert sorted(result.drafts) == [0, 1] and not result.failures
    kinds = [r.json["response_format"]["type"] for r in llm.requests]
    assert kinds == ["json_schema", "json_object"]
    assert provider.response_mode == "json_object"
    provider.generate_batch(request(count=2, start=2))
    assert llm.requests[-1].json["response_format"]["type"] == "json_object"
    assert len(llm.requests) == 3  # the rejected mode is not tried again


def test_plain_json_when_no_response_format_is_supported(llm):
    llm.reject_json_schema = llm.reject_json_object = True
    provider = make(llm)
    result = provider.generate_batch(request(count=2))
    assert len(result.drafts) == 2  # the double fences plain replies in ```json
    assert "response_format" not in llm.requests[-1].json
    assert provider.response_mode == "none"


def test_forced_json_object_mode(llm):
    provider = make(llm, response_format="json_object")
    assert len(provider.generate_batch(request(count=1)).drafts) == 1
    assert [r.json["response_format"]["type"] for r in llm.requests] == ["json_object"]


def test_forced_mode_does_not_fall_back(llm):
    llm.reject_json_schema = True
    provider = make(llm, response_format="json_schema")
    with pytest.raises(ProviderFatalError, match="refused the request") as info:
        provider.generate_batch(request(count=2))
    assert "HTTP 400" in str(info.value) and "response_format" in str(info.value)
    assert len(llm.requests) == 1  # a 400 is not retried
    with pytest.raises(ProviderFatalError):  # nor sent again for the next batch
        provider.generate_batch(request(count=2, start=2))
    assert len(llm.requests) == 1


def test_only_invalid_personas_are_asked_again_with_their_errors(llm):
    def hook(req, slot, persona):
        if req.number == 1 and slot == 1:
            persona["bios"]["x"] = "x" * 200
        if req.number == 1 and slot == 3:
            persona["gender"] = "robot"
        return persona

    llm.persona_hook = hook
    result = make(llm).generate_batch(request(count=4, start=10))
    assert sorted(result.drafts) == [10, 11, 12, 13] and not result.failures
    assert len(llm.requests) == 2
    follow_up = last_user(llm.requests[1])
    assert "Return exactly 2 personas" in follow_up
    assert "replacement 1 (for persona 2): bios.x is 200 characters; the limit is 160" in follow_up
    assert "replacement 2 (for persona 4): gender:" in follow_up
    messages = llm.requests[1].json["messages"]
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    # the valid ones were kept from the first reply, the replacements fill 11 and 13
    assert result.drafts[11].bios.x != "x" * 200
    assert result.usage.requests == 2


def test_persistently_invalid_persona_is_a_failure_with_the_reason(llm):
    def hook(req, slot, persona):
        if req.number == 1 and slot == 0 or req.number > 1:
            persona["bios"]["tiktok"] = "t" * 95
        return persona

    llm.persona_hook = hook
    result = make(llm, repair_rounds=2).generate_batch(request(count=3))
    assert sorted(result.drafts) == [1, 2]
    [failure] = result.failures
    assert failure.index == 0
    assert "still invalid after 3 attempt(s)" in failure.reason
    assert "bios.tiktok is 95 characters; the limit is 80" in failure.reason
    assert len(llm.requests) == 3


def test_malformed_reply_content_is_asked_again(llm):
    llm.scripted_content = ['{"personas": [ {"first_name": "Ana", ']
    result = make(llm).generate_batch(request(count=2))
    assert len(result.drafts) == 2
    assert "not valid JSON" in last_user(llm.requests[1])


def test_malformed_http_body_is_retried(llm):
    llm.inject(Fault(malformed=True))
    result = make(llm).generate_batch(request(count=1))
    assert len(result.drafts) == 1 and len(llm.requests) == 2


def test_a_refusal_is_read_and_asked_again(llm):
    refusal = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": None, "refusal": "I can't help."},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 900, "completion_tokens": 4},
    }
    llm.inject(Fault(status=200, body=refusal))
    result = make(llm).generate_batch(request(count=2))
    assert len(result.drafts) == 2 and len(llm.requests) == 2
    assert "the model refused: I can't help." in last_user(llm.requests[1])
    assert result.usage.prompt_tokens > 900 and result.usage.completion_tokens > 4


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # no usage, no finish_reason: read as absent, as the SDK's reply model would
        (
            {"choices": [{"message": {"content": "{}"}}]},
            Completion(True, "{}", None, None, 0, 0),
        ),
        ({"choices": [], "usage": {"prompt_tokens": 5}}, Completion(False, prompt_tokens=5)),
        ({"object": "chat.completion"}, Completion(False)),
        (
            {
                "choices": [{"message": {"content": 7}, "finish_reason": "length"}],
                "usage": {"prompt_tokens": "many", "completion_tokens": 12},
            },
            Completion(True, None, "length", None, 0, 12),
        ),
    ],
)
def test_a_completion_is_read_leniently(body, expected):
    assert read_completion(json.dumps(body)) == expected


def test_an_answer_that_is_not_a_completion_object_is_an_error():
    with pytest.raises(json.JSONDecodeError):
        read_completion("<html>bad gateway</html>")
    with pytest.raises(ValueError, match="a JSON list, not a chat completion"):
        read_completion("[]")


def test_names_already_used_are_rejected_and_the_prompt_sample_is_bounded(llm):
    used = {f"Person Number{i}" for i in range(1000)} | {"Ana Reyes"}
    llm.persona_hook = lambda req, slot, p: (
        {**p, "first_name": "Ana", "last_name": "Reyes"} if req.number == 1 else p
    )
    result = make(llm).generate_batch(request(count=1, avoid_names=frozenset(used)))
    assert len(result.drafts) == 1 and result.drafts[0].full_name != "Ana Reyes"
    first = last_user(llm.requests[0])
    assert "(150 of 1001 shown)" in first
    assert first.count("Person Number") == 150 or "Ana Reyes" in first
    assert "the name 'Ana Reyes' is already used" in last_user(llm.requests[1])


def test_constraints_and_gender_mix_shape_prompt_and_validation(llm):
    constraints = Constraints(age_min=30, age_max=45, country="ph", gender_mix={"female": 1})
    result = make(llm).generate_batch(request(count=3, constraints=constraints))
    assert len(result.drafts) == 3
    assert all(d.gender == "female" and 30 <= d.age <= 45 for d in result.drafts.values())
    prompt = last_user(llm.requests[0])
    assert "aged 30 to 45" in prompt and "country code PH" in prompt
    assert prompt.count('gender "female"') == 3


def test_persistent_500_fails_that_batch_while_the_others_succeed(llm):
    llm.inject(server_error(), times=-1, when=lambda r: "group B" in r.body.decode())
    provider = make(llm, max_attempts=3)
    results = {
        name: provider.generate_batch(request(count=1, start=i, description=f"group {name}"))
        for i, name in enumerate("ABC")
    }
    assert list(results["A"].drafts) == [0] and list(results["C"].drafts) == [2]
    [failure] = results["B"].failures
    assert (
        failure.index == 1 and "HTTP 500" in failure.reason and "after 3 attempts" in failure.reason
    )
    b_requests = [r for r in llm.requests if "group B" in r.body.decode()]
    assert len(b_requests) == 3  # our 3 attempts, none added by the SDK
    assert results["B"].usage.requests == 3


@pytest.mark.parametrize("fault", [server_error(), rate_limited("0")])
def test_the_sdk_does_not_retry_on_its_own(llm, fault):
    llm.inject(fault, times=-1)
    result = make(llm, max_attempts=1).generate_batch(request(count=1))
    assert len(result.failures) == 1
    assert len(llm.requests) == 1


@pytest.mark.parametrize(
    ("fault", "wait"),
    [(rate_limited("0.3"), 0.3), (rate_limited(None, retry_after_ms="250"), 0.25)],
)
def test_retry_after_is_honoured(llm, fault, wait):
    llm.inject(fault)
    result = make(llm, backoff_base=0.0).generate_batch(request(count=1))
    assert len(result.drafts) == 1
    first, second = llm.requests
    assert second.started - first.started >= wait - 0.01


def test_timeouts_are_retried(llm):
    llm.inject(Fault(delay=1.0))
    t0 = time.monotonic()
    result = make(llm, timeout=0.3).generate_batch(request(count=1))
    assert len(result.drafts) == 1 and len(llm.requests) == 2
    assert time.monotonic() - t0 < 1.5


def test_concurrency_limit_is_never_exceeded(llm):
    llm.latency = 0.05
    provider = make(llm, concurrency=4)
    jobs = [request(count=1, start=i) for i in range(24)]
    # Even when the caller keeps more calls going than the provider allows:
    outcomes = list(run_bounded(jobs, provider.generate_batch, 12))
    assert all(o.error is None and len(o.value.drafts) == 1 for o in outcomes)
    assert llm.max_in_flight == 4
    assert provider.limiter.max_in_flight == 4


def test_instances_with_the_same_settings_share_one_limit(llm):
    llm.latency = 0.05
    providers = [make(llm, concurrency=3) for _ in range(4)]
    jobs = [(providers[i % 4], request(count=1, start=i)) for i in range(16)]
    list(run_bounded(jobs, lambda job: job[0].generate_batch(job[1]), 16))
    assert llm.max_in_flight == 3


def test_settings_from_environment_and_app_config(llm, monkeypatch, app):
    monkeypatch.setenv("AVATARGEN_LLM_BASE_URL", llm.url + "/v1")
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("AVATARGEN_LLM_BATCH_SIZE", "7")
    monkeypatch.setenv("AVATARGEN_LLM_CONCURRENCY", "3")
    provider = get_text_provider("openai")
    assert (provider.batch_size, provider.concurrency) == (7, 3)
    assert provider.settings.api_key.get_secret_value() == KEY
    with app.app_context():
        app.config["PROVIDER_SETTINGS"] = {"openai": {"model": "local-model", "batch_size": 2}}
        provider = get_text_provider("openai")
        assert (provider.settings.model, provider.batch_size) == ("local-model", 2)
        assert len(provider.generate_batch(request(count=2)).drafts) == 2
        assert llm.requests[-1].json["model"] == "local-model"
        app.config["PROVIDER_SETTINGS"] = {"openai": {"concurrency": "many"}}
        with pytest.raises(SettingsError, match="AVATARGEN_LLM_CONCURRENCY"):
            get_text_provider("openai")


def test_missing_key_fails_at_submission_naming_the_variables(app, monkeypatch, llm):
    monkeypatch.setenv("AVATARGEN_LLM_BASE_URL", llm.url + "/v1")
    ok, why = OpenAITextProvider.enabled()
    assert not ok and "AVATARGEN_LLM_API_KEY" in why and "OPENAI_API_KEY" in why
    with app.app_context(), pytest.raises(task_service.TaskInputError) as info:
        task_service.parse_request(
            {
                "persona_description": "nurses in Manila",
                "bio_language": "en",
                "number_to_generate": 5,
                "images_per_persona": 4,
                "text_provider": "openai",
            }
        )
    message = info.value.fields["text_provider"]
    assert "AVATARGEN_LLM_API_KEY" in message and "OPENAI_API_KEY" in message
    assert llm.requests == []  # nothing was sent
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    assert OpenAITextProvider.enabled() == (True, "")


def test_keys_never_appear_in_logs_reprs_or_errors(llm, caplog, app):
    caplog.set_level(logging.DEBUG)
    for name in ("openai", "httpx", "httpx2", "httpcore", "httpcore2"):
        caplog.set_level(logging.DEBUG, logger=name)
    good = make(llm)
    assert len(good.generate_batch(request(count=1)).drafts) == 1
    llm.inject(server_error())
    good.generate_batch(request(count=1))
    wrong_key = "sk-wrong-Hh7Gg6Ff5Dd4Ss3Aa2"
    bad = make(llm, api_key=wrong_key)
    with pytest.raises(ProviderFatalError) as rejected:
        bad.generate_batch(request(count=1))
    failure = DraftFailure(0, str(rejected.value))
    assert "HTTP 401" in failure.reason and "[redacted]" in failure.reason
    with app.app_context():
        app.config["PROVIDER_SETTINGS"] = {"openai": {"api_key": KEY, "timeout": "never"}}
        with pytest.raises(SettingsError) as info:
            get_text_provider("openai")
    texts = [
        caplog.text,
        failure.reason,
        repr(good),
        repr(good.settings),
        str(good.settings),
        repr(bad.settings.model_dump()),
        str(info.value),
    ]
    assert any("HTTP Request" in record.getMessage() for record in caplog.records)
    for secret in (KEY, wrong_key, wrong_key[-4:] + "."):
        for text in texts:
            assert secret not in text


def test_the_pipeline_calls_from_more_threads_than_slots_and_still_keeps_the_limit(llm):
    """A quarter more threads than the limit: a thread parsing a reply outside its slot
    leaves the slot to a waiting one; the limiter lets no more than the limit out."""
    assert make(llm, concurrency=1).threads == 1
    assert make(llm, concurrency=16).threads == 20
    llm.latency = 0.05
    provider = make(llm, concurrency=8)
    jobs = [request(count=1, start=i) for i in range(40)]
    outcomes = list(run_bounded(jobs, provider.generate_batch, provider.threads))
    assert provider.threads == 10
    assert all(o.error is None and len(o.value.drafts) == 1 for o in outcomes)
    # The limiter used every slot; the double, whose window per request is shorter than a
    # slot's (no connect, send or read), never saw more than the limit.
    assert provider.limiter.max_in_flight == 8 and 6 <= llm.max_in_flight <= 8
