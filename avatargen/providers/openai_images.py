"""The ``openai-images`` image provider: the OpenAI Images API (or a compatible server).

The base portrait comes from ``images.generate``; every variant from ``images.edit``
with the base portrait uploaded as the reference image and a prompt that tells the
model to keep the same face, hair, skin tone and build while changing the scene. That
is how identity holds across a persona's images. Responses are ``b64_json`` (a URL
answer is downloaded); JPEG or WebP output is converted to PNG.
"""

from __future__ import annotations

import base64
import urllib.request
from typing import Any, ClassVar, Literal

from pydantic import Field, SecretStr, field_validator

from avatargen.providers import prompts
from avatargen.providers.base import (
    GeneratedImage,
    ImageProvider,
    ImageSubject,
    ProviderError,
    Usage,
)
from avatargen.providers.images import check_variant_position, mime_type, size_setting, to_png
from avatargen.providers.network import NetworkSettings
from avatargen.providers.openai_client import OpenAIClient
from avatargen.providers.registry import register
from avatargen.providers.settings import redact

PROVIDER_ID = "openai-images"


class OpenAIImageSettings(NetworkSettings):
    env_prefix: ClassVar[str] = "AVATARGEN_IMAGE"
    env_aliases: ClassVar[dict[str, tuple[str, ...]]] = {"api_key": ("OPENAI_API_KEY",)}

    base_url: str = "https://api.openai.com/v1"
    api_key: SecretStr | None = None
    model: str = "gpt-image-1"
    # "WxH" as the model accepts it, "N" (NxN), "auto", or "match" (the pipeline's
    # IMAGE_SIZE, square).
    size: str = "1024x1024"
    quality: str | None = None
    timeout: float = Field(default=180.0, gt=0)
    # "auto" sends response_format=b64_json to dall-e models only (gpt-image models
    # always answer base64 and reject the parameter); "b64_json" always; "omit" never.
    response_format: Literal["auto", "b64_json", "omit"] = "auto"
    input_fidelity: Literal["high", "low"] | None = None

    @field_validator("size")
    @classmethod
    def _size(cls, value: str) -> str:
        return size_setting(value, ("auto", "match"))


@register
class OpenAIImageProvider(OpenAIClient, ImageProvider):
    """Images API: generate the base portrait, then edit it into each variant."""

    id: ClassVar[str] = PROVIDER_ID
    label: ClassVar[str] = "OpenAI Images API (generate + reference edits)"
    capabilities: ClassVar[frozenset[str]] = frozenset({"network", "identity-consistent"})
    requires: ClassVar[tuple[str, ...]] = (
        "AVATARGEN_IMAGE_API_KEY (or OPENAI_API_KEY)",
        "optional AVATARGEN_IMAGE_BASE_URL, AVATARGEN_IMAGE_MODEL, AVATARGEN_IMAGE_SIZE",
    )
    Options = OpenAIImageSettings
    # Wall time per image at the default concurrency (~40 s per image, 4 at a time).
    seconds_per_unit: ClassVar[float] = 10.0
    usage_per_unit: ClassVar[dict[str, float]] = {"images": 1, "requests": 1}

    settings: OpenAIImageSettings

    # ------------------------------------------------------------------ contract

    def base_portrait(self, subject: ImageSubject, size: int) -> GeneratedImage:
        prompt = prompts.portrait_prompt(subject)
        return self._request("generate", size, prompt=prompt)

    def variant(
        self, subject: ImageSubject, base: GeneratedImage, position: int, size: int
    ) -> GeneratedImage:
        check_variant_position(position)
        ext, mime = mime_type(base.data)
        reference = (f"reference.{ext}", base.data, mime)
        prompt = prompts.variant_prompt(subject, position)
        return self._request("edit", size, prompt=prompt, image=reference)

    # ------------------------------------------------------------------ HTTP

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
        client = self.client()
        params = {**self._params(size), **fields}
        if kind == "edit" and self.settings.input_fidelity:
            params["input_fidelity"] = self.settings.input_fidelity
        usage = Usage(images=1)
        method = client.images.generate if kind == "generate" else client.images.edit
        response = self.call(kind, lambda: method(**params), usage)
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
        return to_png(data, usage, fields.get("prompt"))

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
