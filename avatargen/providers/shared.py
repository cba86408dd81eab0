"""Objects every provider instance in a process shares, one per key (limiters, SDK and
Redis clients): the pipeline creates provider instances freely, these must not multiply."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Shared(Generic[T]):
    """A thread-safe map from key to the one object made for it."""

    def __init__(self) -> None:
        self._items: dict[Hashable, T] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, factory: Callable[[], T]) -> T:
        """The object for ``key``, made by ``factory`` the first time (under the lock)."""
        with self._lock:
            item = self._items.get(key)
            if item is None:
                item = self._items[key] = factory()
            return item

    def clear(self) -> None:
        """Forget every object, closing those that can be closed (best effort)."""
        with self._lock:
            items = list(self._items.values())
            self._items.clear()
        for item in items:
            close: Any = getattr(item, "close", None)
            if callable(close):
                with contextlib.suppress(Exception):
                    close()
