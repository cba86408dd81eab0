"""Provider preflight at submission and at ``generate`` start, remembered briefly.

:meth:`Provider.preflight` asks the provider's server (models listed, nodes present); a
pass is remembered for ``max_age`` seconds per :meth:`Provider.preflight_key`, so a burst
of submissions costs one probe, like :meth:`avatargen.storage.Storage.ensure_ready`. A
failure is not remembered: the next submission asks again.
"""

from __future__ import annotations

import threading
import time

from avatargen.providers.base import Provider, ProviderError, ProviderPreflightError
from avatargen.providers.registry import get_image_provider, get_text_provider

DEFAULT_MAX_AGE = 60.0
_passed: dict[tuple, float] = {}
_lock = threading.Lock()


def ensure_ready(provider: Provider, max_age: float = DEFAULT_MAX_AGE) -> None:
    """``provider.preflight()``, at most once per ``max_age`` seconds while it passes.

    Raises :class:`ProviderPreflightError` (one line, with ``kind`` and ``provider`` set);
    any other :class:`ProviderError` the check raises (a missing key) is turned into one."""
    key = provider.preflight_key()
    now = time.monotonic()
    with _lock:
        at = _passed.get(key)
    if at is not None and now - at <= max_age:
        return
    try:
        provider.preflight()
    except ProviderPreflightError as exc:
        exc.kind, exc.provider = exc.kind or provider.kind, exc.provider or provider.id
        raise
    except ProviderError as exc:
        error = ProviderPreflightError(f"{provider.id}: {exc}")
        error.kind, error.provider = provider.kind, provider.id
        raise error from None
    with _lock:
        _passed[key] = time.monotonic()


def check_providers(
    text_provider: str, image_provider: str, max_age: float = DEFAULT_MAX_AGE
) -> None:
    """Preflight a task's text, then image provider (registered names, already validated)."""
    ensure_ready(get_text_provider(text_provider), max_age)
    ensure_ready(get_image_provider(image_provider), max_age)


def forget() -> None:
    """Forget every remembered pass (tests; a changed server)."""
    with _lock:
        _passed.clear()
