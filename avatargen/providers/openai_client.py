"""The OpenAI SDK client of the two OpenAI-compatible providers (text and images), and
their preflight: ``GET /models`` answers and lists the configured model."""

from __future__ import annotations

from typing import Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

from avatargen.providers.base import ProviderError, ProviderPreflightError
from avatargen.providers.network import NetworkProvider
from avatargen.providers.settings import redact

PREFLIGHT_TIMEOUT = 10.0  # seconds: a submission waits for this at most
SHOWN_MODELS = 8  # how many served models a "model not listed" message names


def shown_url(url: str) -> str:
    """``url`` without user info, query or fragment (never a credential in a message)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path.rstrip("/"), "", "")) or url


class OpenAIClient(NetworkProvider):
    """A network provider that speaks through ``openai.OpenAI`` (SDK retries off: ours apply)."""

    sdk_package: ClassVar[str | None] = "openai"
    sdk_missing: ClassVar[str] = "the 'openai' package is not installed (pip install openai)"

    def make_client(self, key: str) -> Any:
        from openai import OpenAI

        s = self.settings
        return OpenAI(api_key=key, base_url=s.base_url, timeout=s.timeout, max_retries=0)

    def _setting_vars(self, name: str) -> str:
        names = type(self.settings).env.get(name, ())
        return names[0] + (f" (or {', '.join(names[1:])})" if names[1:] else "") if names else name

    def preflight(self) -> None:
        """One ``GET /models`` (no retries, a short timeout): the server answers, takes the
        key and lists the configured model; else :class:`ProviderPreflightError`."""
        import openai

        try:
            client = self.client()
        except ProviderError as exc:  # no SDK, no key
            raise ProviderPreflightError(f"{self.id}: {exc}") from None
        model = str(getattr(self.settings, "model", "") or "")
        where = shown_url(self.endpoint)
        timeout = min(self.settings.timeout, PREFLIGHT_TIMEOUT)
        try:
            listing = client.with_options(timeout=timeout, max_retries=0).models.list()
            served = [m.id for m in listing]
        except openai.AuthenticationError:
            raise ProviderPreflightError(
                f"{self.id}: the server at {where} rejected the API key (HTTP 401); "
                f"check {self._setting_vars('api_key')}"
            ) from None
        except openai.PermissionDeniedError as exc:
            raise ProviderPreflightError(
                f"{self.id}: the server at {where} refused the API key (HTTP 403): "
                f"{redact(_message(exc))}"
            ) from None
        except openai.NotFoundError:
            raise ProviderPreflightError(
                f"{self.id}: the server at {where} has no /models endpoint (HTTP 404); check "
                f"{self._setting_vars('base_url')} (an OpenAI-compatible base URL usually "
                "ends in /v1)"
            ) from None
        except openai.APIStatusError as exc:
            retryable = exc.status_code in (408, 409, 429) or exc.status_code >= 500
            raise ProviderPreflightError(
                f"{self.id}: the server at {where} answered HTTP {exc.status_code} to "
                f"GET /models: {redact(_message(exc))}",
                retryable=retryable,
            ) from None
        except openai.APITimeoutError:
            raise ProviderPreflightError(
                f"{self.id}: the server at {where} did not answer within {timeout:g} s",
                retryable=True,
            ) from None
        except openai.APIConnectionError as exc:
            cause = exc.__cause__ or exc
            raise ProviderPreflightError(
                f"{self.id}: the server at {where} cannot be reached "
                f"({type(cause).__name__}: {redact(_message(cause))}); is it running?",
                retryable=True,
            ) from None
        except Exception as exc:  # noqa: BLE001 - a 200 the SDK cannot read as a model list
            raise ProviderPreflightError(
                f"{self.id}: the server at {where} did not answer GET /models with a model "
                f"list ({type(exc).__name__})"
            ) from None
        if model and model not in served:
            listed = ", ".join(repr(m) for m in served[:SHOWN_MODELS]) or "none"
            more = f" and {len(served) - SHOWN_MODELS} more" if len(served) > SHOWN_MODELS else ""
            raise ProviderPreflightError(
                f"{self.id}: model {model!r} is not served by {where} (it lists {listed}{more}); "
                f"check {self._setting_vars('model')}"
            )


def server_message(failure: Any) -> str:
    """What the server said in a failed request's error body (redacted, one line), else
    the failure's reason (a :class:`avatargen.providers.retry.CallFailed`)."""
    body = getattr(getattr(failure, "cause", None), "body", None)
    if isinstance(body, dict):
        inner = body.get("error") if isinstance(body.get("error"), dict) else body
        message = inner.get("message")
        if message:
            return redact(" ".join(str(message).split())[:300])
    return str(getattr(failure, "reason", failure))


def _message(exc: BaseException) -> str:
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return " ".join(str(text).split())[:200]
