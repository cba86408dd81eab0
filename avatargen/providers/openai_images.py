"""The ``openai-images`` image provider: the OpenAI Images API (or a compatible server).

The base portrait comes from ``images.generate``; every variant from ``images.edit``
with the base portrait uploaded as the reference image and a prompt that tells the
model to keep the same face, hair, skin tone and build while changing the scene. That
is how identity holds across a persona's images. Responses are ``b64_json`` (a URL
answer is downloaded); JPEG or WebP output is converted to PNG.

Also home of the small helpers the other network image providers share (:func:`to_png`,
:func:`mime_type`, :func:`image_seed`).
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import io
import threading
import urllib.request
from typing import Any, ClassVar, Literal

from pydantic import Field, SecretStr, field_validator

from avatargen.providers import prompts
from avatargen.providers.base import (
    TRAINED_ALGORITHMIC_MEDIA,
    GeneratedImage,
    ImageProvider,
    ImageSubject,
    ProviderError,
    Usage,
)
from avatargen.providers.limits import CallFailed, RetryPolicy, call_with_retries, shared_limiter
from avatargen.providers.registry import register
from avatargen.providers.settings import (
    ProviderSettings,
    key_status,
    load,
    redact,
)

PROVIDER_ID = "openai-images"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# --------------------------------------------------------------------------- shared helpers


def to_png(data: bytes, usage: Usage | None = None) -> GeneratedImage:
    """``data`` (PNG, JPEG, WebP, ...) as a PNG GeneratedImage; ProviderError if undecodable."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            width, height = img.size
            if img.format == "PNG":
                return GeneratedImage(data, width, height, "PNG", usage)
            buf = io.BytesIO()
            img.convert("RGBA" if "A" in img.getbands() else "RGB").save(buf, format="PNG")
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ProviderError(f"the back end returned data that is not an image ({exc})") from None
    return GeneratedImage(buf.getvalue(), width, height, "PNG", usage)


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


# --------------------------------------------------------------------------- provider


class OpenAIImageSettings(ProviderSettings):
    env: ClassVar[dict[str, tuple[str, ...]]] = {
        "base_url": ("AVATARGEN_IMAGE_BASE_URL",),
        "api_key": ("AVATARGEN_IMAGE_API_KEY", "OPENAI_API_KEY"),
        "model": ("AVATARGEN_IMAGE_MODEL",),
        "size": ("AVATARGEN_IMAGE_SIZE",),
        "quality": ("AVATARGEN_IMAGE_QUALITY",),
        "concurrency": ("AVATARGEN_IMAGE_CONCURRENCY",),
        "rpm": ("AVATARGEN_IMAGE_RPM",),
        "timeout": ("AVATARGEN_IMAGE_TIMEOUT",),
        "max_attempts": ("AVATARGEN_IMAGE_MAX_ATTEMPTS",),
        "response_format": ("AVATARGEN_IMAGE_RESPONSE_FORMAT",),
        "input_fidelity": ("AVATARGEN_IMAGE_INPUT_FIDELITY",),
        "backoff_base": ("AVATARGEN_IMAGE_BACKOFF_BASE",),
        "backoff_max": ("AVATARGEN_IMAGE_BACKOFF_MAX",),
    }

    base_url: str = "https://api.openai.com/v1"
    api_key: SecretStr | None = None
    model: str = "gpt-image-1"
    # "WxH" as the model accepts it, "N" (NxN), "auto", or "match" (the pipeline's
    # IMAGE_SIZE, square).
    size: str = "1024x1024"
    quality: str | None = None
    concurrency: int = Field(default=4, ge=1, le=256)
    rpm: float | None = Field(default=None, ge=0)
    timeout: float = Field(default=180.0, gt=0)
    max_attempts: int = Field(default=4, ge=1, le=20)
    # "auto" sends response_format=b64_json to dall-e models only (gpt-image models
    # always answer base64 and reject the parameter); "b64_json" always; "omit" never.
    response_format: Literal["auto", "b64_json", "omit"] = "auto"
    input_fidelity: Literal["high", "low"] | None = None
    backoff_base: float = Field(default=0.5, ge=0)
    backoff_max: float = Field(default=30.0, ge=0)

    @field_validator("size")
    @classmethod
    def _size(cls, value: str) -> str:
        v = value.strip().lower()
        if v in ("auto", "match"):
            return v
        if v.isdigit():  # AVATARGEN_IMAGE_SIZE=1024 means 1024x1024
            return f"{v}x{v}"
        w, _, h = v.partition("x")
        if not (w.isdigit() and h.isdigit()):
            raise ValueError('must be "WIDTHxHEIGHT" (e.g. 1024x1024), "auto" or "match"')
        return v


@register
class OpenAIImageProvider(ImageProvider):
    """Images API: generate the base portrait, then edit it into each variant."""

    id: ClassVar[str] = PROVIDER_ID
    label: ClassVar[str] = "OpenAI Images API (generate + reference edits)"
    digital_source_type: ClassVar[str] = TRAINED_ALGORITHMIC_MEDIA
    capabilities: ClassVar[frozenset[str]] = frozenset({"network", "identity-consistent"})
    requires: ClassVar[tuple[str, ...]] = (
        "AVATARGEN_IMAGE_API_KEY (or OPENAI_API_KEY)",
        "optional AVATARGEN_IMAGE_BASE_URL, AVATARGEN_IMAGE_MODEL, AVATARGEN_IMAGE_SIZE",
    )
    Options = OpenAIImageSettings
    # Wall time per image at the default concurrency (~40 s per image, 4 at a time).
    seconds_per_unit: ClassVar[float] = 10.0
    usage_per_unit: ClassVar[dict[str, float]] = {"images": 1, "requests": 1}

    def __init__(self, options: OpenAIImageSettings | None = None) -> None:
        self.settings = load(OpenAIImageSettings, PROVIDER_ID, options)
        super().__init__(self.settings)
        s = self.settings
        self.policy = RetryPolicy(s.max_attempts, s.backoff_base, s.backoff_max)
        self.limiter = shared_limiter((PROVIDER_ID, s.base_url), s.concurrency, s.rpm)
        self._lock = threading.Lock()
        self._sdk: Any = None

    def __repr__(self) -> str:
        s = self.settings
        return f"<OpenAIImageProvider model={s.model!r} base_url={s.base_url!r}>"

    @property
    def concurrency(self) -> int:
        return self.settings.concurrency

    @classmethod
    def enabled(cls) -> tuple[bool, str]:
        if importlib.util.find_spec("openai") is None:
            return False, "the 'openai' package is not installed (pip install openai)"
        return key_status(OpenAIImageSettings, PROVIDER_ID)

    # ------------------------------------------------------------------ contract

    def base_portrait(self, subject: ImageSubject, size: int) -> GeneratedImage:
        prompt = prompts.portrait_prompt(subject)
        return self._request("generate", size, prompt=prompt)

    def variant(
        self, subject: ImageSubject, base: GeneratedImage, position: int, size: int
    ) -> GeneratedImage:
        if position < 2:
            raise ProviderError("variant positions start at 2 (1 is the base portrait)")
        ext, mime = mime_type(base.data)
        reference = (f"reference.{ext}", base.data, mime)
        prompt = prompts.variant_prompt(subject, position)
        return self._request("edit", size, prompt=prompt, image=reference)

    # ------------------------------------------------------------------ HTTP

    def _client(self) -> Any:
        if self._sdk is None:
            from avatargen.providers.openai_text import openai_client

            self._sdk = openai_client(PROVIDER_ID, self.settings)
        return self._sdk

    def _params(self, size: int) -> dict[str, Any]:
        s = self.settings
        params: dict[str, Any] = {"model": s.model, "n": 1}
        params["size"] = f"{size}x{size}" if s.size == "match" else s.size
        if s.quality:
            params["quality"] = s.quality
        if s.response_format == "b64_json" or (
            s.response_format == "auto" and s.model.startswith("dall-e")
        ):
            params["response_format"] = "b64_json"
        return params

    def _request(self, kind: str, size: int, **fields: Any) -> GeneratedImage:
        client = self._client()
        params = {**self._params(size), **fields}
        if kind == "edit" and self.settings.input_fidelity:
            params["input_fidelity"] = self.settings.input_fidelity
        usage = Usage(images=1)

        def count() -> None:
            usage.requests += 1

        method = client.images.generate if kind == "generate" else client.images.edit
        try:
            response = call_with_retries(
                lambda: method(**params), limiter=self.limiter, policy=self.policy, on_attempt=count
            )
        except CallFailed as failure:
            raise ProviderError(f"{PROVIDER_ID} {kind} failed: {failure}") from None
        if getattr(response, "usage", None) is not None:
            usage.prompt_tokens = getattr(response.usage, "input_tokens", 0) or 0
            usage.completion_tokens = getattr(response.usage, "output_tokens", 0) or 0
        if not response.data:
            raise ProviderError(f"{PROVIDER_ID} {kind}: the response had no image")
        item = response.data[0]
        if item.b64_json:
            try:
                data = base64.b64decode(item.b64_json, validate=False)
            except ValueError:
                raise ProviderError(f"{PROVIDER_ID} {kind}: b64_json was not base64") from None
        elif getattr(item, "url", None):
            data = self._download(item.url)
        else:
            raise ProviderError(f"{PROVIDER_ID} {kind}: the response had neither b64_json nor url")
        return to_png(data, usage)

    def _download(self, url: str) -> bytes:
        if not url.startswith(("https://", "http://")):
            raise ProviderError(f"{PROVIDER_ID}: unexpected image URL scheme")
        try:
            with urllib.request.urlopen(url, timeout=self.settings.timeout) as resp:  # noqa: S310
                return resp.read()
        except OSError as exc:
            raise ProviderError(
                f"{PROVIDER_ID}: downloading the image failed: {redact(exc)}"
            ) from None
