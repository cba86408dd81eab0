"""Per-platform bio prompts and length limits, stored in the ``settings`` table."""

from __future__ import annotations

import re
from dataclasses import dataclass

from avatargen.extensions import db
from avatargen.models import Setting
from avatargen.providers.base import DEFAULT_BIO_LIMITS, PLATFORMS

PROMPT_MAX_CHARS = 4000
LIMIT_MIN, LIMIT_MAX = 20, 2000
PLATFORM_LABELS = {"facebook": "Facebook", "instagram": "Instagram", "x": "X", "tiktok": "TikTok"}

# Used when a prompt row is missing (the settings migration inserts these keys).
FALLBACK_PROMPTS = {
    "facebook": "Write a plain, friendly Facebook bio in the first person.",
    "instagram": "Write a short Instagram bio; line breaks and a few emoji are welcome.",
    "x": "Write a short, punchy X bio.",
    "tiktok": "Write a one-line TikTok bio.",
}


class SettingsError(ValueError):
    """Settings input that fails validation; ``fields`` maps field name to message."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in fields.items()))
        self.fields = fields


@dataclass(frozen=True)
class BioSettings:
    prompts: dict[str, str]
    limits: dict[str, int]


def prompt_key(platform: str) -> str:
    return f"bio_prompt_{platform}"


def limit_key(platform: str) -> str:
    return f"bio_limit_{platform}"


def load() -> BioSettings:
    rows = {
        s.key: s.value
        for s in db.session.scalars(
            db.select(Setting).where(Setting.key.like("bio\\_%", escape="\\"))
        )
    }
    prompts = {p: rows.get(prompt_key(p), FALLBACK_PROMPTS[p]) for p in PLATFORMS}
    limits = {}
    for p in PLATFORMS:
        try:
            limits[p] = int(rows.get(limit_key(p), DEFAULT_BIO_LIMITS[p]))
        except ValueError:
            limits[p] = DEFAULT_BIO_LIMITS[p]
    return BioSettings(prompts=prompts, limits=limits)


def validate(prompts: dict[str, str], limits: dict[str, object]) -> BioSettings:
    """Check every field; raise :class:`SettingsError` naming each bad one."""
    errors: dict[str, str] = {}
    clean_prompts: dict[str, str] = {}
    clean_limits: dict[str, int] = {}
    for p in PLATFORMS:
        text = (prompts.get(p) or "").strip()
        if not text:
            errors[f"prompt_{p}"] = "The prompt must not be empty."
        elif len(text) > PROMPT_MAX_CHARS:
            errors[f"prompt_{p}"] = (
                f"The prompt is {len(text)} characters; the maximum is {PROMPT_MAX_CHARS}."
            )
        clean_prompts[p] = text
        raw = str(limits.get(p) if limits.get(p) is not None else "").strip()
        if not re.fullmatch(r"[+-]?\d+", raw):
            errors[f"limit_{p}"] = "Enter a whole number."
        # A huge digit string is out of range without converting it (int() refuses
        # more than 4,300 digits).
        elif len(raw.lstrip("+-0")) > len(str(LIMIT_MAX)) or not LIMIT_MIN <= int(raw) <= LIMIT_MAX:
            errors[f"limit_{p}"] = f"Enter a number from {LIMIT_MIN} to {LIMIT_MAX}."
        else:
            clean_limits[p] = int(raw)
    if errors:
        raise SettingsError(errors)
    return BioSettings(prompts=clean_prompts, limits=clean_limits)


def save(prompts: dict[str, str], limits: dict[str, object]) -> BioSettings:
    """Validate and store all eight values at once; nothing is stored if any is invalid."""
    clean = validate(prompts, limits)
    for p in PLATFORMS:
        Setting.set_value(prompt_key(p), clean.prompts[p])
        Setting.set_value(limit_key(p), str(clean.limits[p]))
    db.session.commit()
    return clean
