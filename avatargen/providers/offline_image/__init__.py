"""The built-in ``offline`` image provider: procedurally drawn, illustrated portraits.

No network, no key, no GPU. A persona's look (skin tone, hair, eyes, face shape,
glasses, clothing, build, facial hair, age cues) is fixed by its appearance fields,
gender, age and a hash of (task seed, persona index); each position then varies the
scene around it (setting, palette, framing, expression, accessory). The same subject,
position and size always give byte-identical PNG bytes.
"""

from __future__ import annotations

from typing import ClassVar

from avatargen.providers.base import (
    ALGORITHMIC_MEDIA,
    GeneratedImage,
    ImageProvider,
    ImageSubject,
    ProviderError,
)
from avatargen.providers.offline_image.draw import encode_png, frame, render
from avatargen.providers.offline_image.identity import Identity, derive
from avatargen.providers.offline_image.layers import clear_cache
from avatargen.providers.offline_image.scene import Scene, scene_for
from avatargen.providers.registry import register

MIN_SIZE, MAX_SIZE = 256, 1024

__all__ = [
    "OfflineImageProvider",
    "Identity",
    "Scene",
    "clear_cache",
    "derive",
    "frame",
    "render",
    "scene_for",
]


@register
class OfflineImageProvider(ImageProvider):
    """Illustrated (clearly non-photographic) portraits drawn with Pillow."""

    id: ClassVar[str] = "offline"
    label: ClassVar[str] = "Offline illustrated portraits (built in)"
    digital_source_type: ClassVar[str] = ALGORITHMIC_MEDIA
    capabilities: ClassVar[frozenset[str]] = frozenset(
        {"deterministic", "offline", "identity-consistent"}
    )
    cpu_bound: ClassVar[bool] = True  # drawn here: the pipeline's process pool runs it

    def base_portrait(self, subject: ImageSubject, size: int = 512) -> GeneratedImage:
        return self._image(subject, 1, size)

    def variant(
        self, subject: ImageSubject, base: GeneratedImage, position: int, size: int = 512
    ) -> GeneratedImage:
        # Identity is re-derived from the subject, so the base pixels are not needed.
        if position < 2:
            raise ProviderError("variant positions start at 2 (1 is the base portrait)")
        return self._image(subject, position, size)

    def render_all(self, subject: ImageSubject, positions, size: int = 512) -> list[GeneratedImage]:
        """Several positions of one persona in one call (what a pool worker may ask for);
        the same bytes as one ``base_portrait``/``variant`` call per position."""
        return [self._image(subject, position, size) for position in positions]

    def _image(self, subject: ImageSubject, position: int, size: int) -> GeneratedImage:
        if not MIN_SIZE <= size <= MAX_SIZE:
            raise ProviderError(f"image size must be between {MIN_SIZE} and {MAX_SIZE} pixels")
        if position < 1:
            raise ProviderError("image positions start at 1 (the base portrait)")
        ident = derive(subject)
        img = render(ident, scene_for(ident, position, subject.variation), size)
        return GeneratedImage(data=encode_png(img), width=size, height=size, format="PNG")
