"""What network image providers share: decoding answers to PNG, MIME types, stable seeds."""

from __future__ import annotations

import hashlib
import io

from avatargen.providers.base import GeneratedImage, ProviderError, Usage

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def to_png(data: bytes, usage: Usage | None = None, prompt: str | None = None) -> GeneratedImage:
    """``data`` (PNG, JPEG, WebP, ...) as a PNG GeneratedImage (with the ``prompt`` it was
    made from); ProviderError if undecodable."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            width, height = img.size
            if img.format == "PNG":  # its metadata is stripped with the provenance step
                return GeneratedImage(data, width, height, "PNG", usage, prompt)
            # The PNG keeps no EXIF, so an EXIF orientation is applied to the pixels.
            upright = ImageOps.exif_transpose(img)
            width, height = upright.size
            buf = io.BytesIO()
            upright.convert("RGBA" if "A" in upright.getbands() else "RGB").save(buf, format="PNG")
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ProviderError(f"the back end returned data that is not an image ({exc})") from None
    return GeneratedImage(buf.getvalue(), width, height, "PNG", usage, prompt)


def mime_type(data: bytes) -> tuple[str, str]:
    """(file extension, MIME type) of encoded image bytes."""
    if data.startswith(PNG_SIGNATURE):
        return "png", "image/png"
    if data.startswith(b"\xff\xd8"):
        return "jpg", "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp", "image/webp"
    return "png", "image/png"


def image_seed(task_seed: int, index: int, position: int, bits: int = 32) -> int:
    """A stable seed per (task seed, persona index, position)."""
    digest = hashlib.sha256(f"{task_seed}:{index}:{position}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % (2**bits)


def size_setting(value: str, words: tuple[str, ...] = ("match",)) -> str:
    """A size setting normalised: one of ``words``, "N" (meaning NxN) or "WxH".

    ``"match"`` means the pipeline's IMAGE_SIZE, square. Raises ValueError otherwise.
    """
    v = value.strip().lower()
    if v in words:
        return v
    if v.isdigit():  # AVATARGEN_IMAGE_SIZE=1024 means 1024x1024
        return f"{v}x{v}"
    w, _, h = v.partition("x")
    if not (w.isdigit() and h.isdigit()):
        choices = ['"WIDTHxHEIGHT" (e.g. 1024x1024)', *(f'"{word}"' for word in words)]
        raise ValueError(f"must be {', '.join(choices[:-1])} or {choices[-1]}")
    return v


def check_variant_position(position: int) -> None:
    if position < 2:
        raise ProviderError("variant positions start at 2 (1 is the base portrait)")
