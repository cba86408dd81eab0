"""Bio languages: the BCP 47 codes a task may ask for, with their English names."""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError

# Languages offered in forms and accepted by task validation. Whether a given text
# provider can write one is the provider's call (the offline provider knows fewer).
LANGUAGE_CODES: tuple[str, ...] = (
    "ar", "bg", "bn", "ca", "cs", "da", "de", "el", "en", "en-GB", "en-US", "es", "es-MX",
    "et", "fa", "fi", "fil", "fr", "fr-CA", "he", "hi", "hr", "hu", "id", "it", "ja", "ko",
    "lt", "lv", "ms", "nl", "no", "pl", "pt", "pt-BR", "pt-PT", "ro", "ru", "sk", "sl",
    "sr", "sv", "sw", "th", "tr", "uk", "ur", "vi", "zh", "zh-TW",
)  # fmt: skip
_BY_LOWER = {code.lower(): code for code in LANGUAGE_CODES}


class LanguageError(ValueError):
    """Not a language code this app knows."""


def normalize_language(code: str) -> str:
    """The canonical spelling of a known code (``PT-br`` -> ``pt-BR``), else LanguageError."""
    value = (code or "").strip().replace("_", "-")
    canonical = _BY_LOWER.get(value.lower())
    if canonical is None:
        raise LanguageError(
            f"unknown language {code!r}; use one of these BCP 47 codes: "
            + ", ".join(LANGUAGE_CODES)
        )
    return canonical


@cache
def language_name(code: str) -> str:
    """English name of a code, e.g. ``pt-BR`` -> ``Portuguese (Brazil)``."""
    try:
        return Locale.parse(code, sep="-").get_display_name("en") or code
    except (UnknownLocaleError, ValueError):
        return code


def language_choices() -> list[tuple[str, str]]:
    """(code, name) pairs sorted by name, for select boxes."""
    return sorted(((c, language_name(c)) for c in LANGUAGE_CODES), key=lambda p: p[1])


def base_language(code: str) -> str:
    return code.split("-", 1)[0].lower()
