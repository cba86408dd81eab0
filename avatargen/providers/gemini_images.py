"""The ``gemini-images`` image provider (optional extra: ``pip install google-genai``).

Uses the Gemini API's image output (``generateContent`` with IMAGE response modality).
The base portrait comes from a text prompt; every variant sends the base portrait as an
inline image part together with a prompt that asks for the same person in a new scene,
which is how identity holds. Disabled (``enabled()`` says why) when the package or the
key is missing. The SDK's own retries are off; ours (providers/retry.py) apply.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import SecretStr

from avatargen.providers import prompts
from avatargen.providers.base import (
    GeneratedImage,
    ImageProvider,
    ImageSubject,
    ProviderError,
    Usage,
)
from avatargen.providers.images import check_variant_position, mime_type, to_png
from avatargen.providers.network import NetworkProvider, NetworkSettings, package_installed
from avatargen.providers.registry import register

PROVIDER_ID = "gemini-images"


class GeminiImageSettings(NetworkSettings):
    env_prefix: ClassVar[str] = "AVATARGEN_GEMINI"
    env_aliases: ClassVar[dict[str, tuple[str, ...]]] = {
        "api_key": ("GEMINI_API_KEY", "GOOGLE_API_KEY")
    }

    api_key: SecretStr | None = None
    base_url: str | None = None  # None: the SDK's default endpoint
    model: str = "gemini-2.5-flash-image"


def _installed() -> bool:
    """Whether google-genai can be imported (checked without importing it: that is slow)."""
    return package_installed("google.genai")


def _sdk():
    try:
        from google import genai
        from google.genai import types
    except ImportError:
        return None
    return genai, types


@register
class GeminiImageProvider(NetworkProvider, ImageProvider):
    """Gemini image generation: base from text, variants from the base as reference."""

    id: ClassVar[str] = PROVIDER_ID
    label: ClassVar[str] = "Gemini image generation (optional extra)"
    capabilities: ClassVar[frozenset[str]] = frozenset({"network", "identity-consistent"})
    requires: ClassVar[tuple[str, ...]] = (
        "the google-genai package (pip install google-genai)",
        "AVATARGEN_GEMINI_API_KEY (or GEMINI_API_KEY, GOOGLE_API_KEY)",
    )
    Options = GeminiImageSettings
    seconds_per_unit: ClassVar[float] = 3.0
    usage_per_unit: ClassVar[dict[str, float]] = {"images": 1, "requests": 1}

    sdk_missing: ClassVar[str] = "the optional 'google-genai' package is not installed"

    settings: GeminiImageSettings

    @classmethod
    def sdk_installed(cls) -> bool:
        return _installed()

    def make_client(self, key: str) -> Any:
        genai, types = self._sdk()
        s = self.settings
        options = types.HttpOptions(
            base_url=s.base_url,
            timeout=int(s.timeout * 1000),
            retry_options=types.HttpRetryOptions(attempts=1),  # ours apply instead
        )
        return genai.Client(api_key=key, http_options=options)

    def base_portrait(self, subject: ImageSubject, size: int) -> GeneratedImage:
        return self._generate([prompts.portrait_prompt(subject)])

    def variant(
        self, subject: ImageSubject, base: GeneratedImage, position: int, size: int
    ) -> GeneratedImage:
        check_variant_position(position)
        sdk = self._sdk()
        _ext, mime = mime_type(base.data)
        reference = sdk[1].Part.from_bytes(data=base.data, mime_type=mime)
        return self._generate([reference, prompts.variant_prompt(subject, position)])

    # ------------------------------------------------------------------ internals

    def _sdk(self):
        sdk = _sdk()
        if sdk is None:
            raise ProviderError(self.sdk_missing)
        return sdk

    def _generate(self, contents: list[Any]) -> GeneratedImage:
        client = self.client()
        types = self._sdk()[1]
        config = types.GenerateContentConfig(response_modalities=["IMAGE"])
        usage = Usage(images=1)
        response = self.call(
            "generate",
            lambda: client.models.generate_content(
                model=self.settings.model, contents=contents, config=config
            ),
            usage,
        )
        meta = getattr(response, "usage_metadata", None)
        if meta is not None:
            usage.prompt_tokens = meta.prompt_token_count or 0
            usage.completion_tokens = meta.candidates_token_count or 0
        for candidate in response.candidates or []:
            content = candidate.content
            for part in (content.parts if content is not None else None) or []:
                inline = getattr(part, "inline_data", None)
                if inline is not None and inline.data:
                    prompt = next((c for c in contents if isinstance(c, str)), None)
                    return to_png(inline.data, usage, prompt)
        feedback = getattr(response, "prompt_feedback", None)
        reason = getattr(feedback, "block_reason", None)
        why = f" (blocked: {reason})" if reason else ""
        raise ProviderError(f"{PROVIDER_ID}: the response had no image{why}")
