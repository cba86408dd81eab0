"""The ``gemini-images`` image provider (optional extra: ``pip install google-genai``).

Uses the Gemini API's image output (``generateContent`` with IMAGE response modality).
The base portrait comes from a text prompt; every variant sends the base portrait as an
inline image part together with a prompt that asks for the same person in a new scene,
which is how identity holds. Disabled (``enabled()`` says why) when the package or the
key is missing. The SDK's own retries are off; ours (limits.py) apply.
"""

from __future__ import annotations

import importlib.util
import threading
from typing import Any, ClassVar

from pydantic import Field, SecretStr

from avatargen.providers import prompts
from avatargen.providers.base import (
    TRAINED_ALGORITHMIC_MEDIA,
    GeneratedImage,
    ImageProvider,
    ImageSubject,
    ProviderError,
    Usage,
)
from avatargen.providers.limits import (
    CallFailed,
    RetryPolicy,
    call_with_retries,
    shared_client,
    shared_limiter,
)
from avatargen.providers.openai_images import mime_type, to_png
from avatargen.providers.registry import register
from avatargen.providers.settings import (
    ProviderSettings,
    install_log_redaction,
    key_status,
    load,
    require_key,
)

PROVIDER_ID = "gemini-images"


class GeminiImageSettings(ProviderSettings):
    env: ClassVar[dict[str, tuple[str, ...]]] = {
        "api_key": ("AVATARGEN_GEMINI_API_KEY", "GEMINI_API_KEY", "GOOGLE_API_KEY"),
        "base_url": ("AVATARGEN_GEMINI_BASE_URL",),
        "model": ("AVATARGEN_GEMINI_MODEL",),
        "concurrency": ("AVATARGEN_GEMINI_CONCURRENCY",),
        "rpm": ("AVATARGEN_GEMINI_RPM",),
        "timeout": ("AVATARGEN_GEMINI_TIMEOUT",),
        "max_attempts": ("AVATARGEN_GEMINI_MAX_ATTEMPTS",),
        "backoff_base": ("AVATARGEN_GEMINI_BACKOFF_BASE",),
        "backoff_max": ("AVATARGEN_GEMINI_BACKOFF_MAX",),
    }

    api_key: SecretStr | None = None
    base_url: str | None = None  # None: the SDK's default endpoint
    model: str = "gemini-2.5-flash-image"
    concurrency: int = Field(default=4, ge=1, le=256)
    rpm: float | None = Field(default=None, ge=0)
    timeout: float = Field(default=120.0, gt=0)
    max_attempts: int = Field(default=4, ge=1, le=20)
    backoff_base: float = Field(default=0.5, ge=0)
    backoff_max: float = Field(default=30.0, ge=0)


def _installed() -> bool:
    """Whether google-genai can be imported (checked without importing it: that is slow)."""
    try:
        return importlib.util.find_spec("google.genai") is not None
    except ModuleNotFoundError:  # no "google" namespace package at all
        return False


def _sdk():
    try:
        from google import genai
        from google.genai import types
    except ImportError:
        return None
    return genai, types


@register
class GeminiImageProvider(ImageProvider):
    """Gemini image generation: base from text, variants from the base as reference."""

    id: ClassVar[str] = PROVIDER_ID
    label: ClassVar[str] = "Gemini image generation (optional extra)"
    digital_source_type: ClassVar[str] = TRAINED_ALGORITHMIC_MEDIA
    capabilities: ClassVar[frozenset[str]] = frozenset({"network", "identity-consistent"})
    requires: ClassVar[tuple[str, ...]] = (
        "the google-genai package (pip install google-genai)",
        "AVATARGEN_GEMINI_API_KEY (or GEMINI_API_KEY, GOOGLE_API_KEY)",
    )
    Options = GeminiImageSettings
    seconds_per_unit: ClassVar[float] = 3.0
    usage_per_unit: ClassVar[dict[str, float]] = {"images": 1, "requests": 1}

    def __init__(self, options: GeminiImageSettings | None = None) -> None:
        self.settings = load(GeminiImageSettings, PROVIDER_ID, options)
        super().__init__(self.settings)
        s = self.settings
        self.policy = RetryPolicy(s.max_attempts, s.backoff_base, s.backoff_max)
        self.limiter = shared_limiter((PROVIDER_ID, s.base_url or ""), s.concurrency, s.rpm)
        self._lock = threading.Lock()
        self._client: Any = None

    def __repr__(self) -> str:
        return f"<GeminiImageProvider model={self.settings.model!r}>"

    @property
    def concurrency(self) -> int:
        return self.settings.concurrency

    @classmethod
    def enabled(cls) -> tuple[bool, str]:
        if not _installed():
            return False, "the optional 'google-genai' package is not installed"
        return key_status(GeminiImageSettings, PROVIDER_ID)

    def base_portrait(self, subject: ImageSubject, size: int) -> GeneratedImage:
        return self._generate([prompts.portrait_prompt(subject)])

    def variant(
        self, subject: ImageSubject, base: GeneratedImage, position: int, size: int
    ) -> GeneratedImage:
        if position < 2:
            raise ProviderError("variant positions start at 2 (1 is the base portrait)")
        sdk = self._sdk()
        _ext, mime = mime_type(base.data)
        reference = sdk[1].Part.from_bytes(data=base.data, mime_type=mime)
        return self._generate([reference, prompts.variant_prompt(subject, position)])

    # ------------------------------------------------------------------ internals

    def _sdk(self):
        sdk = _sdk()
        if sdk is None:
            raise ProviderError("the optional 'google-genai' package is not installed")
        return sdk

    def _get_client(self) -> Any:
        genai, types = self._sdk()
        if self._client is None:
            key = require_key(self.settings, PROVIDER_ID)
            install_log_redaction()
            s = self.settings

            def build() -> Any:
                options = types.HttpOptions(
                    base_url=s.base_url,
                    timeout=int(s.timeout * 1000),
                    retry_options=types.HttpRetryOptions(attempts=1),  # ours apply instead
                )
                return genai.Client(api_key=key, http_options=options)

            self._client = shared_client((PROVIDER_ID, s.base_url, s.timeout), key, build)
        return self._client

    def _generate(self, contents: list[Any]) -> GeneratedImage:
        client = self._get_client()
        types = self._sdk()[1]
        config = types.GenerateContentConfig(response_modalities=["IMAGE"])
        usage = Usage(images=1)

        def count() -> None:
            usage.requests += 1

        try:
            response = call_with_retries(
                lambda: client.models.generate_content(
                    model=self.settings.model, contents=contents, config=config
                ),
                limiter=self.limiter,
                policy=self.policy,
                on_attempt=count,
            )
        except CallFailed as failure:
            raise ProviderError(f"{PROVIDER_ID} failed: {failure}") from None
        meta = getattr(response, "usage_metadata", None)
        if meta is not None:
            usage.prompt_tokens = meta.prompt_token_count or 0
            usage.completion_tokens = meta.candidates_token_count or 0
        for candidate in response.candidates or []:
            content = candidate.content
            for part in (content.parts if content is not None else None) or []:
                inline = getattr(part, "inline_data", None)
                if inline is not None and inline.data:
                    return to_png(inline.data, usage)
        feedback = getattr(response, "prompt_feedback", None)
        reason = getattr(feedback, "block_reason", None)
        why = f" (blocked: {reason})" if reason else ""
        raise ProviderError(f"{PROVIDER_ID}: the response had no image{why}")
