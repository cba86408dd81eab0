"""The OpenAI SDK client of the two OpenAI-compatible providers (text and images)."""

from __future__ import annotations

from typing import Any, ClassVar

from avatargen.providers.network import NetworkProvider


class OpenAIClient(NetworkProvider):
    """A network provider that speaks through ``openai.OpenAI`` (SDK retries off: ours apply)."""

    sdk_package: ClassVar[str | None] = "openai"
    sdk_missing: ClassVar[str] = "the 'openai' package is not installed (pip install openai)"

    def make_client(self, key: str) -> Any:
        from openai import OpenAI

        s = self.settings
        return OpenAI(api_key=key, base_url=s.base_url, timeout=s.timeout, max_retries=0)
