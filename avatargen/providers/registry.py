"""Provider registry: built-ins plus the ``avatargen.providers`` entry-point group."""

from __future__ import annotations

import threading
from importlib.metadata import entry_points

from avatargen.providers.base import (
    ImageProvider,
    Provider,
    ProviderOptions,
    TextProvider,
    UnknownProviderError,
)

_REGISTRY: dict[str, dict[str, type[Provider]]] = {"text": {}, "image": {}}
_loaded = False
_load_lock = threading.Lock()

BUILTIN_MODULES = (
    "avatargen.providers.offline_text",
    "avatargen.providers.offline_image",
    "avatargen.providers.openai_text",
    "avatargen.providers.openai_images",
    "avatargen.providers.comfyui",
    "avatargen.providers.gemini_images",
)


def register(cls: type[Provider]) -> type[Provider]:
    """Class decorator: make a provider findable by its ``kind`` and ``id``."""
    _REGISTRY[cls.kind][cls.id] = cls
    return cls


def _load() -> None:
    """Import the built-in modules and entry points once; threads wait for the first load."""
    global _loaded
    if _loaded:
        return
    with _load_lock:
        if _loaded:
            return
        import importlib

        for module in BUILTIN_MODULES:
            importlib.import_module(module)
        for ep in entry_points(group="avatargen.providers"):
            register(ep.load())
        _loaded = True


def provider_classes(kind: str) -> dict[str, type[Provider]]:
    _load()
    return dict(sorted(_REGISTRY[kind].items()))


def get_provider_class(kind: str, name: str) -> type[Provider]:
    classes = provider_classes(kind)
    try:
        return classes[name]
    except KeyError:
        known = ", ".join(classes) or "none"
        raise UnknownProviderError(
            f"unknown {kind} provider {name!r}; known {kind} providers: {known}"
        ) from None


def get_text_provider(name: str, options: ProviderOptions | None = None) -> TextProvider:
    cls = get_provider_class("text", name)
    assert issubclass(cls, TextProvider)
    return cls(options)


def get_image_provider(name: str, options: ProviderOptions | None = None) -> ImageProvider:
    cls = get_provider_class("image", name)
    assert issubclass(cls, ImageProvider)
    return cls(options)
