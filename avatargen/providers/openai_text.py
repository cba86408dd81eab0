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

Every request carries ``max_tokens`` (``max_completion_tokens`` for api.openai.com),
sized from the personas asked unless set. A reply cut off there (``finish_reason:
"length"``) or a request over the model's context is asked for again in two halves, down
to one persona, and only then reported as truncated. Answers no retry can change (401,
403, 404, a 400 for the request itself) raise :class:`ProviderFatalError`: the pipeline
stops the task with that line, and this instance sends nothing more.

Works with OpenAI, OpenRouter, Ollama, vLLM, LM Studio and other compatible servers.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any, ClassVar, Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr

from avatargen.providers import prompts, tracing
from avatargen.providers.base import (
    Constraints,
    DraftFailure,
    ProviderError,
    ProviderFatalError,
    TextBatchRequest,
    TextBatchResult,
    TextProvider,
    Usage,
)
from avatargen.providers.llm_replies import check_item, parse_reply, slot_gender
from avatargen.providers.network import NetworkSettings
from avatargen.providers.openai_client import OpenAIClient, server_message, shown_url
from avatargen.providers.registry import register
from avatargen.providers.retry import CallFailed, classify

log = logging.getLogger(__name__)
PROVIDER_ID = "openai"
FORMATS = ("json_schema", "json_object", "none")  # in fallback order
TOKEN_PARAMS = ("max_tokens", "max_completion_tokens", "none")
# A persona's JSON as chat models write it (measured through llama-server, see the
# README), with room for languages that take more tokens; a reply's wrapper on top.
TOKENS_PER_PERSONA = 800
REPLY_OVERHEAD_TOKENS = 64
FATAL_STATUSES = frozenset({400, 401, 403, 404, 422})
LENGTH = 'finish_reason "length"'


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
    # Tokens a reply may use; unset: tokens_per_persona for each persona asked (plus the
    # reply's wrapper), so a model that loops stops instead of filling its context.
    max_tokens: int | None = Field(default=None, ge=16, le=1_000_000)
    tokens_per_persona: int = Field(default=TOKENS_PER_PERSONA, ge=50, le=100_000)
    # The parameter max_tokens is sent as: "auto" is max_completion_tokens for
    # api.openai.com and max_tokens elsewhere, switching once if the server rejects it.
    max_tokens_param: Literal["auto", "max_tokens", "max_completion_tokens", "none"] = "auto"


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
        param = self.settings.max_tokens_param
        if param == "auto":  # OpenAI's own API wants the newer name (o-series reject the old)
            official = urlsplit(self.settings.base_url).hostname == "api.openai.com"
            param = "max_completion_tokens" if official else "max_tokens"
        self._tokens_param: str = param
        self._tried_params: set[str] = set()
        self._fatal: ProviderFatalError | None = None

    # ------------------------------------------------------------------ contract

    @property
    def batch_size(self) -> int:
        return self.settings.batch_size

    @property
    def response_mode(self) -> str:
        """The structured-output mode requests use now (it may have fallen back)."""
        return self._format

    @property
    def tokens_param(self) -> str:
        """The parameter max_tokens is sent as now (it may have switched): "max_tokens",
        "max_completion_tokens" or "none"."""
        return self._tokens_param

    def check_request(self, description: str, language: str, constraints: Constraints) -> None:
        self.api_key()

    def generate_batch(self, request: TextBatchRequest) -> TextBatchResult:
        with self._lock:
            fatal = self._fatal
        if fatal is not None:  # a 401 or a missing model: the next batch would get it too
            raise fatal
        result = TextBatchResult()
        indices = list(range(request.start_index, request.start_index + request.count))
        genders = {i: slot_gender(request.constraints, request.seed, i) for i in indices}
        self._fill(request, indices, genders, set(request.avoid_names), result)
        return result

    def before_request(self) -> None:
        # A thread that waited for a slot while another's request was refused the key sends
        # nothing: that refusal is remembered inside its own slot (``_create``).
        with self._lock:
            fatal = self._fatal
        if fatal is not None:
            raise fatal

    def _create(self, client: Any, body: dict[str, Any]) -> str:
        """One chat completion request, run in a limiter slot; its answer's text, read by
        :func:`read_completion` once the slot is free. A refused key (401/403) is
        remembered before the slot is free, so no waiting thread sends after it.

        The body goes through the SDK's documented request method for any endpoint
        (``client.post``): the same request, headers and errors as
        ``chat.completions.create``, without walking every message and the reply schema
        through the SDK's typed parameters, and without building its reply model, both of
        which cost CPU while a provider slot is held."""
        try:
            return client.post("/chat/completions", body=body, cast_to=str)
        except Exception as exc:
            if getattr(exc, "status_code", None) in (401, 403):
                decision = classify(exc)
                if not decision.retry:
                    self._remember(self._fatal_error(CallFailed(decision, 1, exc)))
            raise

    def max_tokens_for(self, personas: int) -> int:
        """The ``max_tokens`` of a request for ``personas`` personas."""
        s = self.settings
        return s.max_tokens or personas * s.tokens_per_persona + REPLY_OVERHEAD_TOKENS

    def _fill(
        self,
        request: TextBatchRequest,
        indices: list[int],
        genders: dict[int, str | None],
        taken: set[str],
        result: TextBatchResult,
    ) -> None:
        """Ask for the personas at ``indices`` (repairing invalid ones for a bounded number
        of rounds); a reply cut off by ``max_tokens`` or a request over the model's context
        is asked for again in two halves, down to one persona."""
        messages = prompts.persona_messages(request, [genders[i] for i in indices])
        pending = indices
        errors: dict[int, list[str]] = {}
        rounds = self.settings.repair_rounds + 1
        for round_no in range(1, rounds + 1):
            seed = (request.seed * 1_000_003 + indices[0] * 101 + round_no) % 2**31
            try:
                schema = prompts.batch_schema(len(pending), request, [genders[i] for i in pending])
                reply = self._complete(messages, seed, result.usage, len(pending), schema)
            except ProviderFatalError:
                raise
            except TooLong as exc:
                reply = Reply(None, "length", exc.max_tokens, exc.reason)
            except ProviderError as exc:
                for i in pending:
                    result.failures.append(DraftFailure(i, f"request failed: {exc}"))
                return
            if reply.finish_reason == "length":
                if len(pending) > 1:
                    half = (len(pending) + 1) // 2
                    log.info(
                        "openai: %s for %d personas; asking for %d and %d",
                        reply.truncation,
                        len(pending),
                        half,
                        len(pending) - half,
                    )
                    self._fill(request, pending[:half], genders, taken, result)
                    self._fill(request, pending[half:], genders, taken, result)
                    return
                if reply.content is None:  # the context is too small for one persona
                    raise self._remember(
                        ProviderFatalError(
                            f"{self.id}: one persona does not fit the model's context: "
                            f"{reply.truncation}; use a model with a longer context, or a "
                            f"smaller {self._setting_vars('tokens_per_persona')}"
                        )
                    )
                result.failures.append(
                    DraftFailure(pending[0], f"truncated: {reply.truncation}, for one persona")
                )
                return
            items, parse_error = parse_reply(reply.content)
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
                    {"role": "assistant", "content": reply.content or ""},
                    prompts.repair_message(numbered, [genders[i] for i in pending]),
                ]
        for index in pending:
            reason = "; ".join(errors.get(index, ["no valid persona"]))[:600]
            result.failures.append(
                DraftFailure(index, f"still invalid after {rounds} attempt(s): {reason}")
            )

    # ------------------------------------------------------------------ HTTP

    def _response_format(self, mode: str, schema: dict[str, Any]) -> dict[str, Any] | None:
        if mode == "json_schema":
            return {"type": "json_schema", "json_schema": schema}
        if mode == "json_object":
            return {"type": "json_object"}
        return None

    def _fallback(self, failure: CallFailed, mode: str, sent_seed: bool, param: str) -> bool:
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
            if param != "none" and param in text and self.settings.max_tokens_param == "auto":
                if self._tokens_param == param:  # else another thread switched already
                    self._tried_params.add(param)
                    nxt = next((p for p in TOKEN_PARAMS if p not in self._tried_params), "none")
                    log.info("openai: server rejected %s; sending %s from now on", param, nxt)
                    self._tokens_param = nxt
                return True
            if sent_seed and "seed" in text:
                log.info("openai: server rejected the seed parameter; not sending it")
                self._send_seed = False
                return True
        return False

    def _remember(self, error: ProviderFatalError) -> ProviderFatalError:
        with self._lock:
            self._fatal = self._fatal or error
        return error

    def _fatal_error(self, failure: CallFailed) -> ProviderFatalError:
        """The one line a request that cannot succeed on retry stops the task with."""
        where = shown_url(self.endpoint)
        said = server_message(failure)
        if failure.status == 401:
            what = (
                f"the server at {where} rejected the API key (HTTP 401: {said}); "
                f"check {self._setting_vars('api_key')}"
            )
        elif failure.status == 404:
            what = (
                f"the server at {where} has no model {self.settings.model!r} or no chat "
                f"completions endpoint (HTTP 404: {said}); check "
                f"{self._setting_vars('model')} and {self._setting_vars('base_url')}"
            )
        else:
            what = f"the server at {where} refused the request (HTTP {failure.status}: {said})"
        error = ProviderFatalError(f"{self.id}: {what}")
        error.failure = failure  # the status, for the call's trace
        return error

    def _complete(
        self,
        messages: list[dict[str, str]],
        seed: int,
        usage: Usage,
        personas: int,
        schema: dict[str, Any],
    ) -> Reply:
        """One chat completion (with retries and fallbacks) for ``personas`` personas, whose
        reply ``schema`` (:func:`prompts.batch_schema`) is sent where the server takes one; adds
        to ``usage`` and reports its trace (:mod:`avatargen.providers.tracing`). Raises
        :class:`TooLong` (the request does not fit: split it), :class:`ProviderFatalError`
        (no retry can help) or another ProviderError."""
        timer = tracing.Timer()
        before = (usage.prompt_tokens, usage.completion_tokens, usage.requests)
        trace = tracing.CallTrace(
            "text", self.id, "chat", timer.started_at, model=self.settings.model
        )
        if tracing.capturing():
            trace.prompt = tracing.clip(messages)
        try:
            reply = self._send(messages, seed, usage, personas, schema)
        except Exception as exc:
            trace.outcome, trace.error = tracing.outcome_of(exc)
            raise
        finally:
            trace.latency_ms = timer.ms()
            trace.prompt_tokens = usage.prompt_tokens - before[0]
            trace.completion_tokens = usage.completion_tokens - before[1]
            trace.requests = usage.requests - before[2]
            tracing.add(trace)
        if reply.finish_reason == "length":
            trace.outcome, trace.error = "truncated", tracing.one_line(reply.truncation)
        if tracing.capturing():
            trace.response = tracing.clip(reply.content)
        return reply

    def _send(
        self,
        messages: list[dict[str, str]],
        seed: int,
        usage: Usage,
        personas: int,
        schema: dict[str, Any],
    ) -> Reply:
        """The requests of one chat completion (see :meth:`_complete`)."""
        client = self.client()
        max_tokens = self.max_tokens_for(personas)
        for _ in range(len(FORMATS) + len(TOKEN_PARAMS) + 2):
            mode, sent_seed, param = self._format, self._send_seed, self._tokens_param
            body: dict[str, Any] = {"model": self.settings.model, "messages": messages}
            fmt = self._response_format(mode, schema)
            if fmt is not None:
                body["response_format"] = fmt
            if param != "none":
                body[param] = max_tokens
            if self.settings.temperature is not None:
                body["temperature"] = self.settings.temperature
            if sent_seed:
                body["seed"] = seed
            try:
                completion = self.attempt(
                    lambda b=body: self._create(client, b), usage, parse=read_completion
                )
            except CallFailed as failure:
                if failure.status in (400, 413, 422) and too_long(failure.reason):
                    raise TooLong(server_message(failure), max_tokens) from None
                if self._fallback(failure, mode, sent_seed, param):
                    continue
                if failure.status in FATAL_STATUSES and not failure.retryable:
                    raise self._remember(self._fatal_error(failure)) from None
                raise
            usage.prompt_tokens += completion.prompt_tokens
            usage.completion_tokens += completion.completion_tokens
            if not completion.answered:
                return Reply(None, None, max_tokens)
            finish = completion.finish_reason
            if finish == "length":
                used = completion.completion_tokens
                cap = f"{param} {max_tokens}" if param != "none" else "no max_tokens sent"
                why = f"the reply was cut off at {used or max_tokens} tokens ({cap}, {LENGTH})"
                return Reply(completion.content, "length", max_tokens, why)
            if completion.content is None and completion.refusal:
                return Reply(json.dumps({"refusal": completion.refusal}), finish, max_tokens)
            return Reply(completion.content, finish, max_tokens)
        raise ProviderError("the server rejected every structured-output mode")


@dataclass
class Completion:
    """What the provider reads of a chat completion: its first choice and token usage."""

    answered: bool  # the reply had a choice
    content: str | None = None
    finish_reason: str | None = None
    refusal: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def read_completion(text: str) -> Completion:
    """Read a chat completion's JSON as OpenAI-compatible servers write it, leniently (a
    missing or odd field reads as absent, as the SDK's own reply model would); an answer
    that is not JSON raises ``json.JSONDecodeError`` (retried as a garbled answer)."""
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError(f"the answer is a JSON {type(data).__name__}, not a chat completion")
    usage = _object(data.get("usage"))
    completion = Completion(
        answered=False,
        prompt_tokens=_count(usage.get("prompt_tokens")),
        completion_tokens=_count(usage.get("completion_tokens")),
    )
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices:
        return completion
    choice = _object(choices[0])
    message = _object(choice.get("message"))
    content, finish = message.get("content"), choice.get("finish_reason")
    completion.answered = True
    completion.content = content if isinstance(content, str) else None
    completion.refusal = str(message["refusal"]) if message.get("refusal") else None
    completion.finish_reason = finish if isinstance(finish, str) else None
    return completion


@dataclass
class Reply:
    """What a chat completion gave: the content, why it ended, and for a truncated one why."""

    content: str | None
    finish_reason: str | None
    max_tokens: int
    truncation: str = ""


class TooLong(ProviderError):
    """The request does not fit: over the model's context, or max_tokens over its limit."""

    def __init__(self, reason: str, max_tokens: int) -> None:
        super().__init__(reason)
        self.reason = f"the request did not fit ({reason})"
        self.max_tokens = max_tokens


# Words of the errors a request over the model's context (or output limit) gets: OpenAI's
# context_length_exceeded, llama.cpp's exceed_context_size_error, vLLM's "maximum context
# length", and "max_tokens is too large" answers.
CONTEXT_WORDS = (
    "context_length_exceeded",
    "exceed_context_size",
    "context length",
    "context size",
    "context window",
    "maximum context",
)


def too_long(reason: str) -> bool:
    text = reason.lower()
    if any(w in text for w in CONTEXT_WORDS):
        return True
    return any(p in text for p in TOKEN_PARAMS[:2]) and any(
        w in text for w in ("too large", "at most", "exceeds")
    )
