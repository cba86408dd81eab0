"""Bio languages: the BCP 47 codes a task may ask for, with their English names.

Forms offer ``LANGUAGE_CODES``; a task may give any valid BCP 47 tag whose language is one
of theirs (``es-ES``, ``pt_pt``, ``zh-Hans``, ``es-419``, ``sr-Latn-RS``), which is stored in
its standard spelling (``langcodes.standardize_tag``: case fixed, ``_`` -> ``-``, deprecated
codes replaced: ``iw`` -> ``he``, ``tl`` -> ``fil``). Whether a text provider writes a
language is that provider's call (:func:`provider_languages` lists them for the form).
"""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError

# Languages offered in forms and accepted by task validation. Whether a given text
# provider can write one is the provider's call (the offline provider knows fewer).
LANGUAGE_CODES: tuple[str, ...] = (
    "ar", "bg", "bn", "ca", "cs", "da", "de", "el", "en", "en-GB", "en-US", "es", "es-MX",
    "et", "fa", "fi", "fil", "fr", "fr-CA", "he", "hi", "hr", "hu", "id", "it", "ja", "ko",
    "lt", "lv", "ms", "nl", "no", "pl", "pt", "pt-BR", "pt-PT", "ro", "ru", "sk", "sl",
    "sr", "sv", "sw", "th", "tr", "uk", "ur", "vi", "zh", "zh-TW", "es-ES", "es-419",
    "fr-FR", "zh-Hans", "zh-Hant",
)  # fmt: skip
_BY_LOWER = {code.lower(): code for code in LANGUAGE_CODES}
BASE_LANGUAGES = frozenset(code.split("-", 1)[0] for code in LANGUAGE_CODES)


class LanguageError(ValueError):
    """Not a language code this app knows."""


def _unknown(code: str, why: str) -> LanguageError:
    return LanguageError(
        f"unknown language {code!r} ({why}); use a BCP 47 tag of one of these languages, "
        "e.g. " + ", ".join(LANGUAGE_CODES)
    )


@cache
def _territories() -> frozenset[str]:
    return frozenset(Locale("en").territories)


@cache
def normalize_language(code: str) -> str:
    """The standard spelling of a valid tag of a known language (``PT_pt`` -> ``pt-PT``),
    else LanguageError."""
    import langcodes

    value = (code or "").strip().replace("_", "-")
    canonical = _BY_LOWER.get(value.lower())
    if canonical is not None:
        return canonical
    if not value or len(value) > 35 or not langcodes.tag_is_valid(value):
        raise _unknown(code, "not a valid BCP 47 tag")
    tag = langcodes.standardize_tag(value)
    base = tag.split("-", 1)[0]
    if base not in BASE_LANGUAGES:
        raise _unknown(code, "not a language this app offers")
    parsed = langcodes.Language.get(tag)
    if parsed.territory and parsed.territory not in _territories():
        raise _unknown(code, f"no region {parsed.territory!r}")
    return _BY_LOWER.get(tag.lower(), tag)


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


def provider_languages() -> dict[str, list[str] | None]:
    """Text provider name -> the base language codes it writes (None: any language)."""
    from avatargen.providers.registry import get_text_provider, provider_classes

    out: dict[str, list[str] | None] = {}
    for name in sorted(provider_classes("text")):
        try:
            codes = get_text_provider(name).supported_languages()
        except Exception:  # a provider that cannot even be built writes nothing here
            codes = ()
        out[name] = None if codes is None else sorted({base_language(c) for c in codes})
    return out
