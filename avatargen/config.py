"""Configuration from environment variables, with embedded defaults for one laptop."""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path
from typing import Any

DEFAULT_BCRYPT_ROUNDS = 12


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


def _bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name} must be true or false (got {raw!r})")


def _int(name: str, default: int, low: int, high: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number (got {raw!r})") from None
    if not low <= value <= high:
        raise ConfigError(f"{name} must be between {low} and {high} (got {value})")
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
    return {
        "SQLALCHEMY_DATABASE_URI": normalize_database_url(db_url),
        "SECRET_KEY": os.environ.get("AVATARGEN_SECRET_KEY") or instance_secret_key(instance_path),
        "BCRYPT_ROUNDS": _int("AVATARGEN_BCRYPT_ROUNDS", DEFAULT_BCRYPT_ROUNDS, 12, 16),
        "STORAGE_URL": storage_url,
        "QUEUE": os.environ.get("AVATARGEN_QUEUE", "local"),
        "BROKER_URL": os.environ.get("AVATARGEN_BROKER_URL", ""),
        # Celery mode (AVATARGEN_QUEUE=celery): an unacknowledged chunk is redelivered after
        # the visibility timeout, so it must be longer than the longest chunk takes.
        "CELERY_QUEUE_NAME": os.environ.get("AVATARGEN_CELERY_QUEUE_NAME", "avatargen"),
        "CELERY_VISIBILITY_TIMEOUT": _int("AVATARGEN_CELERY_VISIBILITY_TIMEOUT", 3600, 1, 86400),
        "CELERY_CHUNK_SIZE": _int("AVATARGEN_CELERY_CHUNK_SIZE", 25, 1, 1000),
        # A running task with no progress for this long has its missing chunks re-dispatched
        # (lost messages, e.g. after a broker restart); each worker checks every interval.
        "CELERY_STALL_SECONDS": _int("AVATARGEN_CELERY_STALL_SECONDS", 300, 1, 86400),
        "CELERY_RECOVER_INTERVAL": _int("AVATARGEN_CELERY_RECOVER_INTERVAL", 60, 1, 3600),
        "WORKER_THREADS": _int("AVATARGEN_WORKER_THREADS", 2, 1, 64),
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
        "S3_PRESIGN": _bool("AVATARGEN_S3_PRESIGN", False),
        "S3_PRESIGN_EXPIRES": _int("AVATARGEN_S3_PRESIGN_EXPIRES", 300, 30, 3600),
        "LOGIN_THROTTLE": os.environ.get("AVATARGEN_LOGIN_THROTTLE", "5 per 15 minutes"),
        # Security settings (avatargen.security, avatargen.auth.throttle, quotas, exports).
        "LOGIN_ADDRESS_THROTTLE": os.environ.get(
            "AVATARGEN_LOGIN_ADDRESS_THROTTLE", "30 per 15 minutes"
        ),
        "LOGIN_SOFT_AFTER": _int("AVATARGEN_LOGIN_SOFT_AFTER", 10, 1, 1000),
        "LOGIN_SOFT_MAX_DELAY": _int("AVATARGEN_LOGIN_SOFT_MAX_DELAY", 60, 1, 3600),
        "TRUSTED_PROXY_HOPS": _int("AVATARGEN_TRUSTED_PROXY_HOPS", 0, 0, 10),
        # Streamed downloads at once, per user and per server process; the server cuts a
        # client that takes no bytes for SEND_TIMEOUT seconds (avatargen.serving).
        "EXPORTS_PER_USER": _int("AVATARGEN_EXPORTS_PER_USER", 2, 1, 100),
        "EXPORTS_TOTAL": _int("AVATARGEN_EXPORTS_TOTAL", 4, 1, 1000),
        "SEND_TIMEOUT": _int("AVATARGEN_SEND_TIMEOUT", 60, 1, 3600),
        "CHANNEL_TIMEOUT": _int("AVATARGEN_CHANNEL_TIMEOUT", 60, 1, 3600),
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
        "MAX_CONTENT_LENGTH": 2 * 1024 * 1024,
    }
