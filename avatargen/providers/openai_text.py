"""The ``openai`` text provider: personas from any OpenAI-compatible chat completions API.

One request asks for a batch of personas. The reply is requested as JSON-schema
structured output; a server that rejects ``json_schema`` (a 400 naming response_format /
json_schema) is asked in JSON mode from then on (remembered per provider instance), and
one that rejects JSON mode too gets prompt-only JSON. Every persona is validated
(see :mod:`avatargen.providers.llm_replies`: PersonaDraft, the task's bio limits, its
constraints, the slot's gender, unused name);
only the invalid ones are asked for again, in a follow-up message that lists their
errors, for a bounded number of rounds. What is still invalid goes to
``TextBatchResult.failures`` with the reason.

Works with OpenAI, OpenRouter, Ollama, vLLM, LM Studio and other compatible servers.
"""

from __future__ import annotations

import json
import logging
from typing import Any, ClassVar, Literal

from pydantic import Field, SecretStr

from avatargen.providers import prompts
from avatargen.providers.base import (
    Constraints,
    DraftFailure,
    ProviderError,
    TextBatchRequest,
    TextBatchResult,
    TextProvider,
    Usage,
)
from avatargen.providers.llm_replies import check_item, parse_reply, slot_gender
from avatargen.providers.network import NetworkSettings
from avatargen.providers.openai_client import OpenAIClient
from avatargen.providers.registry import register
from avatargen.providers.retry import CallFailed
from avatargen.providers.settings import MissingKeyError

log = logging.getLogger(__name__)
PROVIDER_ID = "openai"
FORMATS = ("json_schema", "json_object", "none")  # in fallback order


class OpenAITextSettings(NetworkSettings):
    env_prefix: ClassVar[str] = "AVATARGEN_LLM"
    env_aliases: ClassVar[dict[str, tuple[str, ...]]] = {"api_key": ("OPENAI_API_KEY",)}

    base_url: str = "https://api.openai.com/v1"
    api_key: SecretStr | None = None
    model: str = "gpt-4o-mini"
    concurrency: int = Field(default=8, ge=1, le=512)
    batch_size: int = Field(default=5, ge=1, le=50)
    repair_rounds: int = Field(default=2, ge=0, le=10)  # follow-ups for invalid personas
    response_format: Literal["auto", "json_schema", "json_object", "none"] = "auto"
    temperature: float | None = Field(default=None, ge=0, le=2)
    send_seed: bool = True


@register
class OpenAITextProvider(OpenAIClient, TextProvider):
    """Personas from an OpenAI-compatible chat model (OpenAI, OpenRouter, Ollama, vLLM)."""

    id: ClassVar[str] = PROVIDER_ID
    label: ClassVar[str] = "OpenAI-compatible chat model"
    capabilities: ClassVar[frozenset[str]] = frozenset({"network", "structured-output"})
    requires: ClassVar[tuple[str, ...]] = (
        "AVATARGEN_LLM_API_KEY (or OPENAI_API_KEY)",
        "optional AVATARGEN_LLM_BASE_URL, AVATARGEN_LLM_MODEL",
    )
    Options = OpenAITextSettings
    # Wall time per persona at the default concurrency (8 batches of 5 in ~20 s).
    seconds_per_unit: ClassVar[float] = 0.5
    usage_per_unit: ClassVar[dict[str, float]] = {
        "prompt_tokens": 350,
        "completion_tokens": 450,
        "requests": 0.2,
    }

    settings: OpenAITextSettings

    def __init__(self, options: OpenAITextSettings | None = None) -> None:
        super().__init__(options)
        mode = self.settings.response_format
        self._format = "json_schema" if mode == "auto" else mode
        self._send_seed = self.settings.send_seed

    # ------------------------------------------------------------------ contract

    @property
    def batch_size(self) -> int:
        return self.settings.batch_size

    @property
    def response_mode(self) -> str:
        """The structured-output mode requests use now (it may have fallen back)."""
        return self._format

    def check_request(self, description: str, language: str, constraints: Constraints) -> None:
        self.api_key()

    def generate_batch(self, request: TextBatchRequest) -> TextBatchResult:
        result = TextBatchResult()
        indices = list(range(request.start_index, request.start_index + request.count))
        genders = {i: slot_gender(request.constraints, request.seed, i) for i in indices}
        messages = prompts.persona_messages(request, [genders[i] for i in indices])
        taken = set(request.avoid_names)
        pending = indices
        errors: dict[int, list[str]] = {}
        rounds = self.settings.repair_rounds + 1
        for round_no in range(1, rounds + 1):
            seed = (request.seed * 1_000_003 + request.start_index * 101 + round_no) % 2**31
            try:
                content = self._complete(messages, seed, result.usage)
            except MissingKeyError:
                raise
            except ProviderError as exc:
                for i in pending:
                    result.failures.append(DraftFailure(i, f"request failed: {exc}"))
                return result
            items, parse_error = parse_reply(content)
            errors = {}
            for pos, index in enumerate(pending):
                if parse_error:
                    errors[index] = [parse_error]
                    continue
                if pos >= len(items):
                    errors[index] = ["missing from the reply"]
                    continue
                draft, problems = check_item(items[pos], request, genders[index], taken)
                if draft is None:
                    errors[index] = problems
                else:
                    result.drafts[index] = draft
                    taken.add(draft.full_name)
            previous = pending
            pending = [i for i in pending if i in errors]
            if not pending:
                break
            log.debug(
                "openai: %d of %d personas invalid in round %d",
                len(pending),
                len(previous),
                round_no,
            )
            if round_no < rounds:
                numbered = [(previous.index(i) + 1, errors[i]) for i in pending]
                messages = [
                    *messages,
                    {"role": "assistant", "content": content or ""},
                    prompts.repair_message(numbered, [genders[i] for i in pending]),
                ]
        for index in pending:
            reason = "; ".join(errors.get(index, ["no valid persona"]))[:600]
            result.failures.append(
                DraftFailure(index, f"still invalid after {rounds} attempt(s): {reason}")
            )
        return result

    # ------------------------------------------------------------------ HTTP

    def _response_format(self, mode: str) -> dict[str, Any] | None:
        if mode == "json_schema":
            return {"type": "json_schema", "json_schema": prompts.batch_schema()}
        if mode == "json_object":
            return {"type": "json_object"}
        return None

    def _fallback(self, failure: CallFailed, mode: str, sent_seed: bool) -> bool:
        """After a 4xx, drop what the server said it cannot take; True when worth a retry."""
        if failure.status not in (400, 404, 422) or failure.retryable:
            return False
        text = failure.reason.lower()
        with self._lock:
            if any(w in text for w in ("response_format", "json_schema", "json_object")):
                if self.settings.response_format == "auto" and self._format == mode:
                    nxt = FORMATS[min(FORMATS.index(mode) + 1, len(FORMATS) - 1)]
                    if nxt != mode:
                        log.info(
                            "openai: server rejected %s output; using %s from now on", mode, nxt
                        )
                        self._format = nxt
                        return True
                return self._format != mode  # another thread switched already
            if sent_seed and "seed" in text:
                log.info("openai: server rejected the seed parameter; not sending it")
                self._send_seed = False
                return True
        return False

    def _complete(self, messages: list[dict[str, str]], seed: int, usage: Usage) -> str | None:
        """One chat completion (with retries and format fallback); adds to ``usage``."""
        client = self.client()
        for _ in range(len(FORMATS) + 2):
            mode, sent_seed = self._format, self._send_seed
            kwargs: dict[str, Any] = {"model": self.settings.model, "messages": messages}
            fmt = self._response_format(mode)
            if fmt is not None:
                kwargs["response_format"] = fmt
            if self.settings.temperature is not None:
                kwargs["temperature"] = self.settings.temperature
            if sent_seed:
                kwargs["seed"] = seed
            try:
                completion = self.attempt(
                    lambda kw=kwargs: client.chat.completions.create(**kw), usage
                )
            except CallFailed as failure:
                if self._fallback(failure, mode, sent_seed):
                    continue
                raise
            if completion.usage is not None:
                usage.prompt_tokens += completion.usage.prompt_tokens or 0
                usage.completion_tokens += completion.usage.completion_tokens or 0
            if not completion.choices:
                return None
            message = completion.choices[0].message
            refusal = getattr(message, "refusal", None)
            if message.content is None and refusal:
                return json.dumps({"refusal": str(refusal)})
            return message.content
        raise ProviderError("the server rejected every structured-output mode")
