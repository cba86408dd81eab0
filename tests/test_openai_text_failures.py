"""The ``openai`` text provider when replies do not fit or requests cannot succeed, against
the loopback double: max_tokens sized from the batch, truncated replies and context
overflows split into smaller batches, 401/403/404/400 stopping the task at once, every
failed persona listed with its reason, and the cause shown by ``generate`` and the page."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona
from avatargen.pipeline import run_task
from avatargen.pipeline.data_stage import failed_positions
from avatargen.providers import preflight, prompts
from avatargen.providers.base import Constraints, ProviderFatalError, TextBatchRequest
from avatargen.providers.network import close_clients
from avatargen.providers.openai_text import (
    REPLY_OVERHEAD_TOKENS,
    TOKENS_PER_PERSONA,
    OpenAITextProvider,
    OpenAITextSettings,
)
from avatargen.services import tasks as task_service
from tests.conftest import login
from tests.doubles import Fault, clear_provider_env
from tests.doubles.openai_server import OpenAIDouble
from tests.factories import make_user

KEY = "sk-test-Tr4Jv3LmN4pR7sT1uW6xY5"
# The double counts 4 characters a token; one of its personas is ~185 tokens, two ~370.
ONE_PERSONA_FITS = 250


@pytest.fixture
def llm(monkeypatch):
    clear_provider_env(monkeypatch)
    preflight.forget()
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
        "max_attempts": 2,
    }
    values.update(settings)
    return OpenAITextProvider(OpenAITextSettings(**values))


def request(count=3, start=0) -> TextBatchRequest:
    return TextBatchRequest(
        description="nurses in Manila", language="en", count=count, start_index=start, seed=7
    )


def asked(double: OpenAIDouble) -> list[int]:
    """How many personas each chat request asked for."""
    out = []
    for r in double.requests:
        if r.path == "/v1/chat/completions" and r.json:
            last = [m for m in r.json["messages"] if m["role"] == "user"][-1]["content"]
            m = re.search(r"Return exactly (\d+) personas", last)
            out.append(int(m.group(1)) if m else 0)
    return out


# --------------------------------------------------------------------------- max_tokens


def test_max_tokens_is_sized_from_the_batch_and_the_schema_bounds_it(llm):
    provider = make(llm)
    assert len(provider.generate_batch(request(count=3)).drafts) == 3
    body = llm.requests[0].json
    assert body["max_tokens"] == 3 * TOKENS_PER_PERSONA + REPLY_OVERHEAD_TOKENS
    assert "max_completion_tokens" not in body
    personas = body["response_format"]["json_schema"]["schema"]["properties"]["personas"]
    assert personas["minItems"] == personas["maxItems"] == 3
    make(llm, max_tokens=5000).generate_batch(request(count=2))
    assert llm.requests[-1].json["max_tokens"] == 5000


def test_the_sent_schema_carries_the_tasks_own_bounds_and_rejects_what_the_validator_does(llm):
    import jsonschema

    limits = {"facebook": 90, "instagram": 120, "x": 70, "tiktok": 40}
    constraints = Constraints(
        age_min=30, age_max=40, country="ph", gender_mix={"female": 1.0},
        heritage_mix={"Filipino": 3, "Chinese Filipino": 1},
    )  # fmt: skip
    req = TextBatchRequest(
        description="nurses in Manila", language="en", count=2, seed=7,
        bio_limits=limits, constraints=constraints,
    )  # fmt: skip
    result = make(llm).generate_batch(req)
    sent = llm.requests[0].json["response_format"]["json_schema"]["schema"]
    item = sent["properties"]["personas"]["items"]
    props = item["properties"]
    assert {p: props["bios"]["properties"][p]["maxLength"] for p in limits} == limits
    assert (props["age"]["minimum"], props["age"]["maximum"]) == (30, 40)
    assert props["country"]["enum"] == ["PH"] and props["gender"]["enum"] == ["female"]
    assert props["heritage"]["enum"] == ["Filipino", "Chinese Filipino"]
    assert props["about"]["maxLength"] == prompts.REPLY_ABOUT_MAX
    assert props["interests"]["maxItems"] == 8
    # A draft the validator took passes the schema; each thing the validator would refuse
    # for this task, the schema refuses too (a grammar-constrained decoder cannot write it).
    draft = result.drafts[0].model_dump(mode="json")
    draft["heritage"] = "Filipino"
    jsonschema.validate(draft, item)
    for change in (
        {"bios": {**draft["bios"], "x": "x" * 71}},
        {"age": 41},
        {"country": "US"},
        {"gender": "male"},
        {"heritage": "Martian"},
        {"about": "a" * (prompts.REPLY_ABOUT_MAX + 1)},
    ):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate({**draft, **change}, item)
    # Without a task (the record contract's own schema) only the validator's bounds remain.
    assert (
        "maxLength"
        not in prompts.batch_schema(1)["schema"]["properties"]["personas"]["items"]["properties"][
            "bios"
        ]["properties"]["x"]
    )


def test_openai_itself_gets_max_completion_tokens_and_a_rejected_name_switches(llm):
    assert OpenAITextProvider(OpenAITextSettings(api_key=KEY)).tokens_param == (
        "max_completion_tokens"
    )
    llm.reject_params = frozenset({"max_tokens"})
    provider = make(llm)
    assert len(provider.generate_batch(request(count=1)).drafts) == 1
    assert [("max_tokens" in r.json, "max_completion_tokens" in r.json) for r in llm.requests] == [
        (True, False),
        (False, True),
    ]
    assert provider.tokens_param == "max_completion_tokens"
    provider.generate_batch(request(count=1, start=1))
    assert len(llm.requests) == 3  # remembered: the rejected name is not sent again
    llm.reject_params = frozenset({"max_tokens", "max_completion_tokens"})
    assert len(make(llm).generate_batch(request(count=1)).drafts) == 1
    assert make(llm, max_tokens_param="none").tokens_param == "none"


# --------------------------------------------------------------------------- truncation


def test_a_truncated_reply_is_split_not_called_invalid_json(llm):
    provider = make(llm, max_tokens=ONE_PERSONA_FITS)
    result = provider.generate_batch(request(count=3, start=4))
    assert sorted(result.drafts) == [4, 5, 6] and not result.failures
    assert asked(llm) == [3, 2, 1, 1, 1]  # 3 cut off, then 2, then one at a time
    assert len({d.full_name for d in result.drafts.values()}) == 3
    assert result.usage.requests == 5


def test_one_persona_that_still_does_not_fit_is_reported_as_truncated(llm):
    result = make(llm, tokens_per_persona=50).generate_batch(request(count=2))
    assert not result.drafts and asked(llm) == [2, 1, 1]
    assert sorted(f.index for f in result.failures) == [0, 1]
    for failure in result.failures:
        assert failure.reason.startswith("truncated: the reply was cut off at 114 tokens")
        assert 'finish_reason "length"' in failure.reason and "JSON" not in failure.reason


def test_a_context_overflow_is_split_and_fatal_only_for_one_persona(llm):
    llm.context_tokens = 2 * TOKENS_PER_PERSONA + 900  # fits two personas, not five
    result = make(llm).generate_batch(request(count=5))
    assert sorted(result.drafts) == [0, 1, 2, 3, 4]
    assert asked(llm)[:3] == [5, 3, 2]
    llm.context_tokens = 300  # not even one
    with pytest.raises(ProviderFatalError, match="one persona does not fit the model's context"):
        make(llm).generate_batch(request(count=2))


# --------------------------------------------------------------------------- fail fast


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        (Fault(status=401, body={"error": {"message": "Invalid key"}}), "rejected the API key"),
        (Fault(status=403, body={"error": {"message": "Not allowed"}}), "refused the request"),
        (
            Fault(status=404, body={"error": {"message": "The model `x` does not exist"}}),
            "has no model 'gpt-4o-mini'",
        ),
        (Fault(status=400, body={"error": {"message": "Invalid prompt"}}), "HTTP 400: Invalid"),
    ],
)
def test_errors_no_retry_can_fix_fail_fast_with_one_line(llm, fault, words):
    llm.inject(fault, times=-1, path="/v1/chat/completions")
    provider = make(llm, max_attempts=4)
    with pytest.raises(ProviderFatalError) as info:
        provider.generate_batch(request(count=2))
    message = str(info.value)
    assert words in message and "\n" not in message and message.startswith("openai: ")
    assert len(llm.requests) == 1  # no retry
    with pytest.raises(ProviderFatalError):
        provider.generate_batch(request(count=2, start=2))
    assert len(llm.requests) == 1  # and not sent again for the next batch


# --------------------------------------------------------------------------- pipeline


def _submit(app, llm, count=10, **settings) -> GenerationTask:
    app.config["PROVIDER_SETTINGS"] = {
        "openai": {"base_url": llm.url + "/v1", "api_key": KEY, "backoff_base": 0, **settings}
    }
    return task_service.submit_task(
        make_user(),
        {
            "persona_description": "nurses in Manila",
            "bio_language": "en",
            "number_to_generate": count,
            "images_per_persona": 4,
            "seed": 3,
            "text_provider": "openai",
        },
    )


def _chat_requests(llm) -> int:
    return sum(1 for r in llm.requests if r.path == "/v1/chat/completions")


@pytest.mark.parametrize("concurrency", [1, 4])
def test_a_key_revoked_during_a_task_stops_it_with_the_401(app, llm, concurrency):
    with app.app_context():
        task = _submit(app, llm, count=40, batch_size=2, concurrency=concurrency)
        llm.api_key = "sk-another-key-Zz9Yy8Xx7Ww6"  # the preflight passed; then it changed
        assert run_task(task.id) == "failed"
        task = db.session.get(GenerationTask, task.id)
        assert _chat_requests(llm) <= concurrency  # not once per batch (20 batches)
        [line] = task.error_log.splitlines()
        assert "openai: the server at http://127.0.0.1:" in line
        assert "rejected the API key (HTTP 401" in line and "sk-another" not in line
        assert "ProviderFatalError" not in line


def test_every_failed_persona_is_listed_with_its_reason(app, llm):
    def hook(req, slot, persona):
        if slot % 2:
            return {**persona, "gender": "robot"}
        return {**persona, "bios": {**persona["bios"], "tiktok": "t" * 95}}

    llm.persona_hook = hook
    with app.app_context():
        task = _submit(app, llm, count=10, repair_rounds=0)
        assert run_task(task.id) == "failed"
        task = db.session.get(GenerationTask, task.id)
        log = task.error_log
        assert "10 persona(s) could not be generated after 3 attempts: " in log
        listed = re.findall(r"personas? ([\d, -]+): still invalid", log)
        indices = set()
        for part in listed:
            for piece in part.split(", "):
                low, _, high = piece.partition("-")
                indices.update(range(int(low), int(high or low) + 1))
        assert indices == set(range(10)), log
        assert "bios.tiktok is 95 characters" in log and "gender: Input should be" in log
        assert db.session.scalar(sa.select(sa.func.count(Persona.id))) == 0


def test_failed_positions_groups_reasons_and_stays_bounded():
    reasons = {0: "a", 1: "a", 2: "b", 3: "a", 5: "c"}
    text = failed_positions([0, 1, 2, 3, 4, 5], reasons)
    assert text == "personas 0-1, 3: a; persona 2: b; persona 4: no reply for it; persona 5: c"
    many = {i: f"reason {i}" for i in range(250)}
    text = failed_positions(list(range(250)), many)
    assert text.count("reason ") == 100
    assert text.endswith("personas 100-249: 150 other reasons")


def test_generate_prints_the_cause_not_only_the_last_line(app, runner, tmp_path, llm, monkeypatch):
    from avatargen.cli import main

    monkeypatch.setenv("AVATARGEN_LLM_BASE_URL", llm.url + "/v1")
    monkeypatch.setenv("AVATARGEN_LLM_API_KEY", KEY)
    monkeypatch.setenv("AVATARGEN_LLM_TOKENS_PER_PERSONA", "50")
    monkeypatch.setenv("AVATARGEN_LLM_BACKOFF_BASE", "0")
    result = runner.invoke(
        main,
        [
            "generate", "--description", "nurses in Manila", "--count", "4",
            "--images-per-persona", "4", "--language", "en", "--text-provider", "openai",
            "--out", str(tmp_path / "o.zip"),
        ],
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines[-2].startswith("Error: task ") and "no persona could be generated" in lines[-2]
    assert lines[-1].startswith("Cause: 4 persona(s) could not be generated after 3 attempts")
    assert "personas 0-3: truncated: the reply was cut off" in lines[-1]


def test_the_task_page_shows_why_it_failed(app, client, llm):
    with app.app_context():
        task = _submit(app, llm, count=3)
        llm.api_key = "sk-another-key-Zz9Yy8Xx7Ww6"
        assert run_task(task.id) == "failed"
        task_id = task.task_id
    login(client, "user@example.com")
    html = client.get(f"/tasks/{task_id}").get_data(as_text=True)
    cause = re.search(r'id="failure-cause"><strong>Why it failed:</strong> ([^<]*)<', html)
    assert cause and "rejected the API key (HTTP 401" in cause.group(1)


def test_a_celery_data_chunk_with_a_revoked_key_fails_the_task(app, llm):
    from avatargen.models import TaskStatus
    from avatargen.models.task_state import transition
    from avatargen.queue import chunks

    with app.app_context():
        task = _submit(app, llm, count=6, batch_size=2, concurrency=1)
        task_pk = task.id
        llm.api_key = "sk-another-key-Zz9Yy8Xx7Ww6"
        assert transition(task_pk, TaskStatus.PENDING, TaskStatus.GENERATING_DATA)
        assert chunks.data_chunk(task_pk, list(range(6)), send=None) == "failed"
        db.session.expire_all()
        task = db.session.get(GenerationTask, task_pk)
        assert task.status == "failed" and _chat_requests(llm) == 1
        assert "rejected the API key (HTTP 401" in task.error_log
        # another chunk of the task arriving later runs nothing
        assert chunks.data_chunk(task_pk, [4, 5], send=None) == "skipped"
        assert _chat_requests(llm) == 1
