"""Provider settings and API keys, resolved in one place.

Order, first hit wins per setting: explicit options passed to the provider, then the
Flask app's ``PROVIDER_SETTINGS[<provider id>]`` dict (when an app context exists),
then environment variables, as :func:`avatargen.config.current_settings` hands them
over (each setting lists its variables; the first one set wins),
then the default. Keys are held as :class:`pydantic.SecretStr`, so they never show in
reprs, and :func:`redact` scrubs them from any text that leaves a provider (errors,
failure reasons, log lines).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar

from pydantic import ConfigDict, SecretStr, ValidationError

from avatargen.config import current_settings
from avatargen.providers.base import ProviderError, ProviderFatalError, ProviderOptions

CONFIG_KEY = "PROVIDER_SETTINGS"


class MissingKeyError(ProviderFatalError):
    """A provider needs an API key and none is configured."""


class SettingsError(ProviderError):
    """A provider setting has a value it cannot use."""


class ProviderSettings(ProviderOptions):
    """Base of the providers' settings models (also their ``Options``).

    ``env`` maps a field to the environment variables read for it, in order. With an
    ``env_prefix`` it is built for every field: ``<env_prefix>_<FIELD>`` first, then the
    names in ``env_aliases[field]`` (e.g. ``OPENAI_API_KEY``).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)
    env_prefix: ClassVar[str] = ""
    env_aliases: ClassVar[dict[str, tuple[str, ...]]] = {}
    env: ClassVar[dict[str, tuple[str, ...]]] = {}

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        if cls.env_prefix:
            cls.env = {
                name: (f"{cls.env_prefix}_{name.upper()}", *cls.env_aliases.get(name, ()))
                for name in cls.model_fields
            }

    def secret(self, name: str = "api_key") -> str:
        value = getattr(self, name, None)
        return value.get_secret_value() if isinstance(value, SecretStr) else ""


S = TypeVar("S", bound=ProviderSettings)


def app_config(provider_id: str) -> dict[str, Any]:
    """``PROVIDER_SETTINGS[provider_id]`` of the current Flask app, or ``{}`` outside one."""
    try:
        from flask import current_app, has_app_context
    except ImportError:  # pragma: no cover - Flask is a hard dependency
        return {}
    if not has_app_context():
        return {}
    table = current_app.config.get(CONFIG_KEY) or {}
    values = table.get(provider_id) or {}
    if not isinstance(values, Mapping):
        raise SettingsError(f"{CONFIG_KEY}[{provider_id!r}] must be a dict of settings")
    return dict(values)


def _source(cls: type[ProviderSettings], provider_id: str, name: str) -> str:
    names = cls.env.get(name, ())
    where = " or ".join(names)
    config = f"{CONFIG_KEY}[{provider_id!r}][{name!r}]"
    return f"{where} ({config})" if where else config


def load(
    cls: type[S], provider_id: str, explicit: Mapping[str, Any] | ProviderOptions | None = None
) -> S:
    """Resolve ``cls`` for ``provider_id`` from explicit values, app config and environment."""
    values: dict[str, Any] = {}
    environ = current_settings().provider_env
    for name in cls.model_fields:
        for var in cls.env.get(name, ()):
            raw = environ.get(var)
            if raw is not None and raw.strip():
                values[name] = raw.strip()
                break
    values.update({k: v for k, v in app_config(provider_id).items() if v is not None})
    if isinstance(explicit, ProviderOptions):
        explicit = explicit.model_dump(exclude_unset=True)
    values.update(dict(explicit or {}))
    try:
        settings = cls.model_validate(values)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():  # never echo input values: one of them may be a key
            name = str(err["loc"][0]) if err["loc"] else "?"
            if err["type"] == "extra_forbidden":
                problems.append(f"{CONFIG_KEY}[{provider_id!r}] has an unknown setting {name!r}")
            else:
                problems.append(f"{_source(cls, provider_id, name)}: {err['msg']}")
        raise SettingsError(f"{provider_id} settings: " + "; ".join(problems)) from None
    remember_secrets(settings)
    return settings


def require_key(settings: ProviderSettings, provider_id: str, name: str = "api_key") -> str:
    """The key, or :class:`MissingKeyError` naming the variables to set."""
    value = settings.secret(name)
    if not value:
        raise MissingKeyError(missing_key_message(type(settings), provider_id, name))
    return value


def key_status(
    cls: type[ProviderSettings], provider_id: str, name: str = "api_key"
) -> tuple[bool, str]:
    """``enabled()`` for a keyed provider: settings load and the key is set, else why not."""
    try:
        settings = load(cls, provider_id)
    except SettingsError as exc:
        return False, str(exc)
    if not settings.secret(name):
        return False, missing_key_message(cls, provider_id, name)
    return True, ""


def missing_key_message(
    cls: type[ProviderSettings], provider_id: str, name: str = "api_key"
) -> str:
    names = cls.env.get(name, ())
    first, rest = (names[0], names[1:]) if names else (None, ())
    how = f"set {first}" + (f" (or {', '.join(rest)})" if rest else "") if first else "configure"
    return (
        f"no API key for provider {provider_id!r}: {how}, "
        f"or {CONFIG_KEY}[{provider_id!r}][{name!r}] in the app config"
    )


# --------------------------------------------------------------------------- redaction

_KNOWN: set[str] = set()
_KNOWN_LOCK = threading.Lock()
# Shapes of keys (OpenAI, OpenRouter, Google) and bearer tokens, masked even when unknown.
_KEY_SHAPES = re.compile(
    r"(?:\bsk-[A-Za-z0-9_\-*]{6,}|\bAIza[0-9A-Za-z_\-]{10,}|(?i:bearer)\s+[^\s'\",}]{6,})"
)
REDACTED = "[redacted]"
# Shorter "keys" (e.g. "ollama" for a local server that ignores keys) are not secrets, and
# masking them would garble URLs and model names.
MIN_SECRET = 8


def remember_secrets(settings: ProviderSettings) -> None:
    """Add the secrets of ``settings`` to those :func:`redact` always removes."""
    found = [
        getattr(settings, n).get_secret_value()
        for n in type(settings).model_fields
        if isinstance(getattr(settings, n), SecretStr)
    ]
    with _KNOWN_LOCK:
        _KNOWN.update(s for s in found if len(s) >= MIN_SECRET)


def redact(text: object, extra: Iterable[str] = ()) -> str:
    """``text`` with every known secret and anything shaped like a key masked."""
    out = str(text)
    with _KNOWN_LOCK:
        extra_secrets = {s for s in extra if s and len(s) >= MIN_SECRET}
        secrets = sorted({*_KNOWN, *extra_secrets}, key=len, reverse=True)
    for secret in secrets:
        out = out.replace(secret, REDACTED)
    return _KEY_SHAPES.sub(REDACTED, out)


class RedactingFilter(logging.Filter):
    """Masks secrets in records of third-party loggers (the SDKs log requests at DEBUG)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken record is not ours to fix
            return True
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


# Loggers the HTTP stacks and SDKs write to; their child loggers are covered too.
SDK_LOGGERS = ("openai", "httpx", "httpx2", "httpcore", "httpcore2", "google_genai", "urllib3")
_installed = False


def install_log_redaction() -> None:
    """Attach :class:`RedactingFilter` to the SDK loggers and their existing children."""
    global _installed
    if _installed:
        return
    _installed = True
    filt = RedactingFilter()
    manager = logging.Logger.manager
    for name in SDK_LOGGERS:
        logging.getLogger(name).addFilter(filt)
    for name in list(manager.loggerDict):
        if name.split(".", 1)[0] in SDK_LOGGERS:
            logger = manager.loggerDict[name]
            if isinstance(logger, logging.Logger):
                logger.addFilter(filt)
