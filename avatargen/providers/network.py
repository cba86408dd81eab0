"""The base class of network providers: everything a provider has that is not its protocol.

A network provider subclasses :class:`NetworkProvider` (with :class:`TextProvider` or
:class:`ImageProvider`) and declares its settings model (a :class:`NetworkSettings`); the
base then owns, for every provider alike:

- settings and secrets: resolved once by :func:`avatargen.providers.settings.load`
  (explicit options, app config, environment), keys held as ``SecretStr`` and redacted;
- ``enabled()``: the optional SDK package is importable and the key is set (or the
  provider's own :meth:`NetworkProvider.check_settings` passes);
- the shared limiter (per process, or fleet-wide in Redis) and the retry policy;
- the lazy, shared SDK client (:meth:`NetworkProvider.client`, built by the provider's
  :meth:`NetworkProvider.make_client`, one per endpoint and key in the process);
- request counting: :meth:`NetworkProvider.call` runs one request through the limiter
  and the retry policy, adds every attempt to ``usage.requests`` and turns a final
  failure into a :class:`ProviderError` that names the provider and the request.

So a provider module holds only its requests and how it reads the answers.
"""

from __future__ import annotations

import hashlib
import importlib.util
import threading
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from pydantic import Field

from avatargen.providers.base import Provider, ProviderError, Usage
from avatargen.providers.limiter import SlotLimiter, shared_limiter
from avatargen.providers.retry import CallFailed, RetryPolicy, call_with_retries
from avatargen.providers.settings import (
    ProviderSettings,
    install_log_redaction,
    key_status,
    load,
    require_key,
)
from avatargen.providers.shared import Shared

T = TypeVar("T")


class NetworkSettings(ProviderSettings):
    """Settings every network provider has: its limits, timeout and retries.

    A subclass sets ``env_prefix`` (e.g. ``AVATARGEN_LLM``): each field ``name`` is then
    read from ``<env_prefix>_<NAME>``, then from the names in ``env_aliases[name]``.
    Subclasses may redeclare a field to change its default or bounds.
    """

    concurrency: int = Field(default=4, ge=1, le=256)  # requests in flight at once
    rpm: float | None = Field(default=None, ge=0)  # requests per minute; None or 0: unlimited
    timeout: float = Field(default=120.0, gt=0)  # seconds per HTTP request
    max_attempts: int = Field(default=4, ge=1, le=20)  # HTTP attempts per request
    backoff_base: float = Field(default=0.5, ge=0)
    backoff_max: float = Field(default=30.0, ge=0)


def package_installed(name: str) -> bool:
    """Whether ``name`` can be imported (checked without importing it: SDKs are slow)."""
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # a missing parent namespace package ("google")
        return False


_CLIENTS: Shared[Any] = Shared()


def shared_client(key: tuple, secret: str, factory: Callable[[], T]) -> T:
    """One SDK client (and its connection pool) per provider settings in the process.

    The pipeline creates provider instances freely; sharing the client keeps the number
    of pools and open sockets bounded. ``secret`` is part of the key only as a digest.
    """
    return _CLIENTS.get((*key, hashlib.sha256(secret.encode()).hexdigest()), factory)


def close_clients() -> None:
    """Close and forget the shared SDK clients (tests, shutdown)."""
    _CLIENTS.clear()


class NetworkProvider(Provider):
    """Settings, secrets, limits, retries, the lazy client and request counting."""

    Options: ClassVar[type[NetworkSettings]] = NetworkSettings
    # The setting that names the back end: limiter and client are shared per its value.
    endpoint_setting: ClassVar[str] = "base_url"
    # Whether a provider cannot work without settings.api_key.
    needs_key: ClassVar[bool] = True
    # The SDK package ``enabled()`` checks for (None: the standard library is enough),
    # and what to tell the user when it is missing.
    sdk_package: ClassVar[str | None] = None
    sdk_missing: ClassVar[str] = ""

    settings: NetworkSettings

    def __init__(self, options: NetworkSettings | None = None) -> None:
        settings = load(self.Options, self.id, options)
        self.settings = settings
        super().__init__(settings)
        s = settings
        self.policy = RetryPolicy(s.max_attempts, s.backoff_base, s.backoff_max)
        self.limiter: SlotLimiter = shared_limiter(
            (self.id, self.endpoint), settings.concurrency, settings.rpm
        )
        self._lock = threading.Lock()
        self._client: Any = None

    def __repr__(self) -> str:
        model = getattr(self.settings, "model", None)
        shown = f" model={model!r}" if model else ""
        return f"<{type(self).__name__}{shown} {self.endpoint_setting}={self.endpoint!r}>"

    @property
    def endpoint(self) -> str:
        return getattr(self.settings, self.endpoint_setting, None) or ""

    @property
    def concurrency(self) -> int:
        return self.settings.concurrency

    @property
    def threads(self) -> int:
        """A quarter more threads than the limit: while one thread parses a reply (outside
        its slot), a waiting one takes the slot, so ``concurrency`` requests stay in
        flight. The limiter still lets no more than ``concurrency`` out at once."""
        return self.concurrency + self.concurrency // 4

    # ------------------------------------------------------------------ to override

    @classmethod
    def check_settings(cls, settings: NetworkSettings) -> None:
        """Raise :class:`ProviderError` for settings the provider cannot work with (enabled())."""

    @classmethod
    def sdk_installed(cls) -> bool:
        return cls.sdk_package is None or package_installed(cls.sdk_package)

    def make_client(self, key: str) -> Any:
        """Build the SDK client (with the SDK's own retries off); only SDK providers."""
        raise NotImplementedError(f"{self.id} speaks HTTP directly and has no SDK client")

    # ------------------------------------------------------------------ shared machinery

    @classmethod
    def enabled(cls) -> tuple[bool, str]:
        if not cls.sdk_installed():
            return False, cls.sdk_missing
        if cls.needs_key:
            return key_status(cls.Options, cls.id)
        try:
            cls.check_settings(load(cls.Options, cls.id))
        except ProviderError as exc:  # SettingsError and the provider's own errors
            return False, str(exc)
        return True, ""

    def preflight_key(self) -> tuple:
        """The provider, its settings and a digest of its key (a new key is checked anew)."""
        digest = hashlib.sha256(self.settings.secret().encode()).hexdigest()
        return (self.kind, self.id, self.settings.model_dump_json(), digest)

    def api_key(self) -> str:
        """The key; :class:`MissingKeyError` naming the variables when a needed one is unset."""
        if self.needs_key:
            return require_key(self.settings, self.id)
        return self.settings.secret()

    def client(self) -> Any:
        """The SDK client, built on first use and shared by instances with these settings."""
        with self._lock:
            if self._client is None:
                if not self.sdk_installed():
                    raise ProviderError(self.sdk_missing)
                key = self.api_key()
                install_log_redaction()
                s = self.settings
                self._client = shared_client(
                    (self.id, self.endpoint, s.timeout), key, lambda: self.make_client(key)
                )
            return self._client

    def before_request(self) -> None:
        """Called in the limiter slot just before each request; raise to send nothing (a
        subclass whose key was refused meanwhile by another thread's request)."""

    def attempt(
        self, request: Callable[[], Any], usage: Usage, parse: Callable[[Any], T] | None = None
    ) -> T:
        """Run ``request`` through the limiter and retries, counting each attempt in ``usage``;
        ``parse`` reads its answer after the slot is free (see :func:`call_with_retries`).

        Raises :class:`CallFailed` (with the HTTP status) when it fails for good.
        """

        def count() -> None:  # in the slot, just before the request is sent
            self.before_request()
            usage.requests += 1

        return call_with_retries(
            request, limiter=self.limiter, policy=self.policy, on_attempt=count, parse=parse
        )

    def call(self, what: str, request: Callable[[], T], usage: Usage) -> T:
        """:meth:`attempt`; a final failure is a ProviderError "<id> <what> failed: <why>"."""
        try:
            return self.attempt(request, usage)
        except CallFailed as failure:
            error = ProviderError(f"{self.id} {what} failed: {failure}")
            error.failure = failure  # status and attempts, for the call's trace
            raise error from None
