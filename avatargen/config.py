"""Configuration from environment variables, with embedded defaults for one laptop.

This is the only module that reads the environment. It builds two things:

- :func:`load_config`: the Flask app's config mapping (database, secret key, queue,
  worker and Celery settings, cookies, body limits, ...); the queue, pipeline, web and API
  read these keys from ``app.config``;
- :func:`current_settings`: the typed :class:`Settings` handed to the parts that also run
  outside a request (storage backends, provider limits, provider settings): the S3 client
  options, the fleet-wide limits store and the providers' own variables.

Limits that are not configurable live next to their only user (page sizes in
:mod:`avatargen.services.queries`, task sizes in :mod:`avatargen.services.tasks`).
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_BCRYPT_ROUNDS = 12
MAX_CONTENT_LENGTH = 2 * 1024 * 1024  # forms and uploads (the settings page's four prompts)
API_MAX_BODY_BYTES = 64 * 1024  # a task request is a few hundred bytes; 5,000-char text fits
# Variables a provider may read (each provider's settings model names its own, e.g.
# AVATARGEN_LLM_MODEL, OPENAI_API_KEY, GEMINI_API_KEY); plugins use the same prefixes.
PROVIDER_ENV_PREFIXES = ("AVATARGEN_", "OPENAI_", "GEMINI_", "GOOGLE_")


class ConfigError(ValueError):
    """An environment variable holds a value the app cannot use."""


def normalize_database_url(url: str) -> str:
    """Accept ``postgresql://`` and ``postgres://`` URLs and use the psycopg 3 driver for them."""
    url = url.strip()
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    if url.startswith(("postgresql+psycopg://", "sqlite://")):
        return url
    if url.startswith("postgresql+"):
        raise ConfigError(
            f"DATABASE_URL uses the driver {url.split('://', 1)[0]!r}; "
            "use postgresql:// or postgresql+psycopg:// (psycopg 3)"
        )
    raise ConfigError(
        "DATABASE_URL must start with sqlite:// or postgresql:// (got "
        f"{url.split('://', 1)[0] or url!r})"
    )


def _env(environ: Mapping[str, str] | None) -> Mapping[str, str]:
    return os.environ if environ is None else environ


def _str(name: str, default: str = "", environ: Mapping[str, str] | None = None) -> str:
    raw = _env(environ).get(name)
    return raw.strip() if raw is not None and raw.strip() else default


def _bool(name: str, default: bool, environ: Mapping[str, str] | None = None) -> bool:
    raw = _env(environ).get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name} must be true or false (got {raw!r})")


def _int(
    name: str, default: int, low: int, high: int, environ: Mapping[str, str] | None = None
) -> int:
    raw = _env(environ).get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number (got {raw!r})") from None
    if not low <= value <= high:
        raise ConfigError(f"{name} must be between {low} and {high} (got {value})")
    return value


def _seconds(name: str, default: float, environ: Mapping[str, str] | None = None) -> float:
    raw = _env(environ).get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number of seconds, not {raw!r}") from None
    if not value > 0:
        raise ConfigError(f"{name} must be positive")
    return value


def _prices() -> dict[str, dict[str, float]]:
    """Price table, ``AVATARGEN_PRICES`` as JSON: {provider: {unit: USD}} where a unit is
    ``prompt_tokens_1k``, ``completion_tokens_1k``, ``image`` or ``request``."""
    raw = os.environ.get("AVATARGEN_PRICES", "").strip()
    if not raw:
        return {}
    units = {"prompt_tokens_1k", "completion_tokens_1k", "image", "request"}
    try:
        table = json.loads(raw)
        if not isinstance(table, dict):
            raise ValueError("not an object")
        clean: dict[str, dict[str, float]] = {}
        for provider, prices in table.items():
            if not isinstance(prices, dict) or not set(prices) <= units:
                raise ValueError(f"{provider!r} needs an object with keys {sorted(units)}")
            clean[str(provider)] = {k: float(v) for k, v in prices.items()}
        return clean
    except (ValueError, TypeError) as exc:
        raise ConfigError(
            f"AVATARGEN_PRICES must be a JSON object of provider prices ({exc})"
        ) from None


# --------------------------------------------------------------------------- typed settings


@dataclass(frozen=True)
class S3Settings:
    """Options of the S3 client (the bucket and prefix come from AVATARGEN_STORAGE_URL)."""

    endpoint_url: str | None = None  # AVATARGEN_S3_ENDPOINT_URL, else AWS_ENDPOINT_URL[_S3]
    region: str | None = None  # AWS_REGION, else AWS_DEFAULT_REGION
    addressing_style: str = ""  # AVATARGEN_S3_ADDRESSING_STYLE: auto, path, virtual
    presign: bool = False  # AVATARGEN_S3_PRESIGN: owners get presigned media URLs
    presign_expires: int = 300  # AVATARGEN_S3_PRESIGN_EXPIRES, seconds


@dataclass(frozen=True)
class LimitsSettings:
    """Where provider limits are kept (see :mod:`avatargen.providers.limiter`)."""

    url: str = ""  # AVATARGEN_LIMITS_URL ("local", a redis:// URL, or unset)
    broker_url: str = ""  # AVATARGEN_BROKER_URL (used when it is redis:// and url is unset)
    prefix: str = ""  # AVATARGEN_LIMITS_PREFIX
    lease_ttl: float = 60.0  # AVATARGEN_LIMITS_LEASE_TTL, seconds; renewed while held
    rpm_window: float = 60.0  # AVATARGEN_LIMITS_RPM_WINDOW, seconds
    acquire_timeout: float = 600.0  # AVATARGEN_LIMITS_ACQUIRE_TIMEOUT, seconds


@dataclass(frozen=True)
class Settings:
    """The typed settings handed to storage, provider limits and providers."""

    s3: S3Settings = field(default_factory=S3Settings)
    limits: LimitsSettings = field(default_factory=LimitsSettings)
    # The provider variables (PROVIDER_ENV_PREFIXES) as set; each provider's settings
    # model picks and validates its own (avatargen.providers.settings.load).
    provider_env: Mapping[str, str] = field(default_factory=dict)


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Build :class:`Settings` from ``environ`` (default: the process environment)."""
    env = _env(environ)
    s3_defaults, limits_defaults = S3Settings(), LimitsSettings()
    s3 = S3Settings(
        endpoint_url=_str("AVATARGEN_S3_ENDPOINT_URL", "", env)
        or _str("AWS_ENDPOINT_URL_S3", "", env)
        or _str("AWS_ENDPOINT_URL", "", env)
        or None,
        region=_str("AWS_REGION", "", env) or _str("AWS_DEFAULT_REGION", "", env) or None,
        addressing_style=_str("AVATARGEN_S3_ADDRESSING_STYLE", "", env).lower(),
        presign=_bool("AVATARGEN_S3_PRESIGN", False, env),
        presign_expires=_int(
            "AVATARGEN_S3_PRESIGN_EXPIRES", s3_defaults.presign_expires, 30, 3600, env
        ),
    )
    limits = LimitsSettings(
        url=_str("AVATARGEN_LIMITS_URL", "", env),
        broker_url=_str("AVATARGEN_BROKER_URL", "", env),
        prefix=_str("AVATARGEN_LIMITS_PREFIX", "", env),
        lease_ttl=_seconds("AVATARGEN_LIMITS_LEASE_TTL", limits_defaults.lease_ttl, env),
        rpm_window=_seconds("AVATARGEN_LIMITS_RPM_WINDOW", limits_defaults.rpm_window, env),
        acquire_timeout=_seconds(
            "AVATARGEN_LIMITS_ACQUIRE_TIMEOUT", limits_defaults.acquire_timeout, env
        ),
    )
    provider_env = {
        name: value for name, value in env.items() if name.startswith(PROVIDER_ENV_PREFIXES)
    }
    return Settings(s3=s3, limits=limits, provider_env=provider_env)


def current_settings() -> Settings:
    """The settings as the environment says now (read at each call: cheap, never stale)."""
    return load_settings()


def instance_path_from_env() -> str | None:
    """``AVATARGEN_INSTANCE_PATH``: where the app keeps its database, key and media."""
    return _str("AVATARGEN_INSTANCE_PATH") or None


def instance_secret_key(instance_path: str) -> str:
    """The secret key kept in the instance folder, created on first use (mode 0600)."""
    path = Path(instance_path) / "secret_key"
    if path.exists():
        key = path.read_text().strip()
        if key:
            return key
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key + "\n")
    return key


def load_config(instance_path: str) -> dict[str, Any]:
    """Build the app's configuration mapping from the environment."""
    db_url = os.environ.get("DATABASE_URL") or (
        "sqlite:///" + str(Path(instance_path) / "avatargen.db")
    )
    secure_cookies = _bool("AVATARGEN_SECURE_COOKIES", False)
    storage_url = os.environ.get("AVATARGEN_STORAGE_URL") or str(Path(instance_path) / "media")
    settings = load_settings()
    return {
        "SQLALCHEMY_DATABASE_URI": normalize_database_url(db_url),
        "SECRET_KEY": os.environ.get("AVATARGEN_SECRET_KEY") or instance_secret_key(instance_path),
        "BCRYPT_ROUNDS": _int("AVATARGEN_BCRYPT_ROUNDS", DEFAULT_BCRYPT_ROUNDS, 12, 16),
        "STORAGE_URL": storage_url,
        "QUEUE": os.environ.get("AVATARGEN_QUEUE", "local"),
        # `avatargen serve`'s log: the usual LOG_LEVEL; text or JSON lines.
        "LOG_LEVEL": os.environ.get("LOG_LEVEL", "info"),
        "LOG_FORMAT": os.environ.get("AVATARGEN_LOG_FORMAT", "text"),
        "BROKER_URL": os.environ.get("AVATARGEN_BROKER_URL", ""),
        # Celery mode (AVATARGEN_QUEUE=celery): an unacknowledged chunk is redelivered after
        # the visibility timeout, so it must be longer than the longest chunk takes.
        "CELERY_QUEUE_NAME": os.environ.get("AVATARGEN_CELERY_QUEUE_NAME", "avatargen"),
        "CELERY_VISIBILITY_TIMEOUT": _int("AVATARGEN_CELERY_VISIBILITY_TIMEOUT", 3600, 1, 86400),
        "CELERY_CHUNK_SIZE": _int("AVATARGEN_CELERY_CHUNK_SIZE", 25, 1, 1000),
        # Chunks sent to the broker and not yet done, across the fleet; the rest wait in the
        # database and are sent in fair turns between users (avatargen.queue.dispatch).
        "CELERY_IN_FLIGHT": _int("AVATARGEN_CELERY_IN_FLIGHT", 32, 1, 100_000),
        # A running task with no progress for this long has its missing chunks re-dispatched
        # (lost messages, e.g. after a broker restart); each worker checks every interval.
        "CELERY_STALL_SECONDS": _int("AVATARGEN_CELERY_STALL_SECONDS", 300, 1, 86400),
        "CELERY_RECOVER_INTERVAL": _int("AVATARGEN_CELERY_RECOVER_INTERVAL", 60, 1, 3600),
        # A running chunk holds a lease its worker's heartbeat renews every third of it; a
        # chunk whose lease expired (its worker died) is sent again by the lease sweep.
        "CELERY_CHUNK_LEASE_SECONDS": _int("AVATARGEN_CELERY_CHUNK_LEASE_SECONDS", 10, 3, 3600),
        "CELERY_LEASE_SWEEP_SECONDS": _int("AVATARGEN_CELERY_LEASE_SWEEP_SECONDS", 2, 1, 600),
        "WORKER_THREADS": _int("AVATARGEN_WORKER_THREADS", 2, 1, 64),
        # Processes of the pool that runs CPU-bound provider work (the offline renderer);
        # 0 = one per available CPU, 1 = inline (no processes). `--workers N` overrides it.
        "WORKERS": _int("AVATARGEN_WORKERS", 0, 0, 256),
        "TASK_LEASE_SECONDS": _int("AVATARGEN_TASK_LEASE_SECONDS", 60, 2, 3600),
        "MAX_CONCURRENT_TASKS": _int("AVATARGEN_MAX_CONCURRENT_TASKS", 4, 1, 1000),
        # Side of the images the pipeline asks for (the offline renderer draws at this size;
        # model providers have their own size setting, e.g. AVATARGEN_IMAGE_SIZE).
        "IMAGE_SIZE": _int("AVATARGEN_PORTRAIT_SIZE", 512, 256, 1024),
        "PRICES": _prices(),
        # C2PA content credentials: a PEM chain (signing certificate first) and its PEM key;
        # both set: every image is signed (see avatargen.c2pa). No timestamp authority unless
        # AVATARGEN_C2PA_TSA_URL is set (it needs the network at signing time).
        "C2PA_CERT": os.environ.get("AVATARGEN_C2PA_CERT", "").strip(),
        "C2PA_KEY": os.environ.get("AVATARGEN_C2PA_KEY", "").strip(),
        "C2PA_TSA_URL": os.environ.get("AVATARGEN_C2PA_TSA_URL", "").strip(),
        # PEM file of CA certificates whose signers `verify` reports as trusted.
        "C2PA_TRUST_ANCHORS": os.environ.get("AVATARGEN_C2PA_TRUST_ANCHORS", "").strip(),
        "VERIFY_MAX_BYTES": _int("AVATARGEN_VERIFY_MAX_BYTES", 32 * 1024 * 1024, 1024, 2**31),
        "S3_PRESIGN": settings.s3.presign,
        "S3_PRESIGN_EXPIRES": settings.s3.presign_expires,
        "LOGIN_THROTTLE": os.environ.get("AVATARGEN_LOGIN_THROTTLE", "5 per 15 minutes"),
        # Security settings (avatargen.security, avatargen.auth.throttle, quotas, exports).
        "LOGIN_ADDRESS_THROTTLE": os.environ.get(
            "AVATARGEN_LOGIN_ADDRESS_THROTTLE", "30 per 15 minutes"
        ),
        # Per-user limits of the costly synchronous actions (services.preview, regenerate).
        "PREVIEW_THROTTLE": os.environ.get("AVATARGEN_PREVIEW_THROTTLE", "10 per minute"),
        "PREVIEW_CPU_SECONDS": _int("AVATARGEN_PREVIEW_CPU_SECONDS", 10, 1, 600),
        "REGENERATE_THROTTLE": os.environ.get("AVATARGEN_REGENERATE_THROTTLE", "30 per minute"),
        "LOGIN_SOFT_AFTER": _int("AVATARGEN_LOGIN_SOFT_AFTER", 10, 1, 1000),
        "LOGIN_SOFT_MAX_DELAY": _int("AVATARGEN_LOGIN_SOFT_MAX_DELAY", 60, 1, 3600),
        "TRUSTED_PROXY_HOPS": _int("AVATARGEN_TRUSTED_PROXY_HOPS", 0, 0, 10),
        # Streamed downloads at once, per user and overall; the server cuts a
        # client that takes no bytes for SEND_TIMEOUT seconds (avatargen.serving).
        "EXPORTS_PER_USER": _int("AVATARGEN_EXPORTS_PER_USER", 2, 1, 100),
        "EXPORTS_TOTAL": _int("AVATARGEN_EXPORTS_TOTAL", 4, 1, 1000),
        # Where those slots are kept: "" = Redis when the throttle storage is redis://, else
        # per process; a redis:// URL; or "local" (services.export_slots).
        "EXPORT_SLOTS_URL": os.environ.get("AVATARGEN_EXPORT_SLOTS_URL", "").strip(),
        "EXPORT_SLOT_TTL": _int("AVATARGEN_EXPORT_SLOT_TTL", 60, 3, 3600),
        "EXPORT_SLOTS_PREFIX": os.environ.get(
            "AVATARGEN_EXPORT_SLOTS_PREFIX", "avatargen:exports"
        ).strip(),
        "SEND_TIMEOUT": _int("AVATARGEN_SEND_TIMEOUT", 60, 1, 3600),
        "CHANNEL_TIMEOUT": _int("AVATARGEN_CHANNEL_TIMEOUT", 60, 1, 3600),
        "SESSION_IDLE_TIMEOUT": _int("AVATARGEN_SESSION_IDLE_TIMEOUT", 1800, 60, 86400),
        "SESSION_LIFETIME": _int("AVATARGEN_SESSION_LIFETIME", 12 * 3600, 300, 30 * 86400),
        "RATELIMIT_STORAGE_URI": os.environ.get("AVATARGEN_RATELIMIT_STORAGE_URL", "memory://"),
        "RATELIMIT_HEADERS_ENABLED": False,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": secure_cookies,
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_SECURE": secure_cookies,
        "REMEMBER_COOKIE_DURATION": 14 * 24 * 3600,
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "BOOTSTRAP_SERVE_LOCAL": True,
        "WTF_CSRF_TIME_LIMIT": None,
        "MAX_CONTENT_LENGTH": MAX_CONTENT_LENGTH,
        "API_MAX_BODY_BYTES": API_MAX_BODY_BYTES,
    }
