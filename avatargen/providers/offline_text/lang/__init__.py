"""Phrase data per bio language, compiled once into :class:`Lang` objects.

Each ``lang/<code>.py`` module is plain data: occupation, interest, trait, field,
institution and workplace labels, and sentence templates for the "about" text and the
four platform bios. Conventions used by the data:

* ``<masc|fem>`` inside any string marks grammatical gender (``"enfermer<o|a>"``); each
  string is split once, here, into its two forms. Nonbinary personas get one of the two
  forms, drawn per persona (documented in :mod:`..persona`).
* Template slots (``str.format``): ``{occ}``/``{Occ}`` occupation label (lower/capitalised),
  ``{city}``, ``{in_city}`` (the language's "in <city>" phrase), ``{wp}`` workplace,
  ``{i1}..{i3}``/``{I1}`` interests, ``{e1}..{e3}`` their emoji, ``{ilist}`` all of them,
  ``{t1}..{t3}``/``{T1}`` personality traits, ``{first}``, ``{age}``, ``{years}`` years in
  the job, ``{full}`` the full name in the script's order (佐藤美咲), ``{field}``,
  ``{school}``, ``{flag}`` the country's flag emoji, ``{tag}`` a tagline,
  ``{at_wp}``/``{at_school}`` the language's "at <workplace>" phrase, ``{from_city}``;
  modules may add their own slots through a ``decorate(slots)`` hook.
* A template starting with ``!`` (and any template using ``{years}``) is only used for
  people in work (not students, pupils or retirees). A workplace starting with ``=`` is
  not an employer ("self-employed") and is never used after "at".
* Workplace and institution templates give their "at" phrase as ``"prefix::Name"``
  (``"en el::Hospital General de {city}"``) or in full as ``"Name=>at phrase"``
  (Polish, Turkish); otherwise the module's ``at(name)`` function or ``AT`` prefix is used.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from avatargen.providers.base import ProviderError

SUPPORTED: tuple[str, ...] = (
    "en", "es", "fr", "de", "pt", "it", "nl", "pl", "tr", "id",
    "ja", "zh", "ko", "hi", "ar", "ru", "uk", "vi", "sv", "ro",
)  # fmt: skip
NAMES: dict[str, str] = {
    "en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "tr": "Turkish", "id": "Indonesian",
    "ja": "Japanese", "zh": "Chinese (Simplified)", "ko": "Korean", "hi": "Hindi",
    "ar": "Arabic", "ru": "Russian", "uk": "Ukrainian", "vi": "Vietnamese", "sv": "Swedish",
    "ro": "Romanian",
}  # fmt: skip
# Chinese tags that ask for Traditional characters, which the offline provider does not write.
_TRADITIONAL = re.compile(r"^zh[-_](hant\b|tw$|hk$|mo$)", re.I)

_GENDER_RE = re.compile(r"<([^<>|]*)\|([^<>|]*)>")
_TAG_RE = re.compile(r"^[A-Za-z]{2,3}$")
_ALIASES = {"iw": "he", "in": "id", "ji": "yi", "tl": "fil", "nb": "no", "cmn": "zh"}


def parse_tag(tag: str) -> tuple[str, str | None]:
    """``"pt-BR"`` -> ``("pt", "BR")``; case-insensitive, ``_`` accepted, script ignored
    (``zh-Hans-CN`` -> ``("zh", "CN")``); deprecated codes are mapped (``iw`` -> ``he``)."""
    parts = [p for p in re.split(r"[-_]", (tag or "").strip()) if p]
    if not parts or not _TAG_RE.match(parts[0]):
        return "", None
    base = _ALIASES.get(parts[0].lower(), parts[0].lower())
    region = None
    for part in parts[1:]:
        if (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            region = part.upper()  # "BR", or a UN M.49 area such as "419" (Latin America)
            break
    return base, region


def unsupported_message(language: str) -> str:
    listed = ", ".join(f"{code} ({NAMES[code]})" for code in SUPPORTED)
    return (
        f"The offline text provider cannot write bios in {language!r}. It writes: {listed}; "
        "regional tags such as pt-BR, es-MX or en-GB are accepted. For other languages use "
        "one of the configurable LLM providers, e.g. the 'openai' text provider (set "
        "AVATARGEN_LLM_BASE_URL and AVATARGEN_LLM_MODEL), which can write any language the "
        "model knows."
    )


def resolve(language: str) -> tuple[str, str | None]:
    """Base code and region of a supported language tag, or :class:`ProviderError`."""
    base, region = parse_tag(language)
    if base not in SUPPORTED:
        raise ProviderError(unsupported_message(language))
    if base == "zh" and _TRADITIONAL.match((language or "").strip()):
        raise ProviderError(
            f"The offline text provider writes Chinese in Simplified characters only "
            f"(zh, zh-Hans, zh-CN, zh-SG); {language!r} asks for Traditional Chinese. Use an "
            "LLM text provider such as 'openai' for Traditional Chinese."
        )
    return base, region


def split_gender(text: str) -> tuple[str, str]:
    if "<" not in text:
        return text, text
    return _GENDER_RE.sub(r"\1", text), _GENDER_RE.sub(r"\2", text)


@dataclass(frozen=True, slots=True)
class Group:
    """Templates in both genders, pre-filtered for (in work?, has an employer?)."""

    variants: dict[tuple[bool, bool], tuple[tuple[str, ...], tuple[str, ...]]]

    def pick(self, rng, g: int, working: bool = True, employer: bool = True) -> str:
        seq = self.variants[(working, employer)][g]
        return seq[int(rng.random() * len(seq))]


def _group(templates) -> Group:
    parsed = []
    for t in templates:
        only_work = t.startswith("!") or "{years}" in t
        needs_employer = "{wp}" in t or "{at_wp}" in t
        parsed.append((only_work, needs_employer, *split_gender(t.lstrip("!"))))
    variants = {}
    for working in (True, False):
        for employer in (True, False):
            chosen = (
                [p for p in parsed if (working or not p[0]) and (employer or not p[1])]
                or [p for p in parsed if not p[0] and not p[1]]
                or parsed
            )
            variants[(working, employer)] = (
                tuple(p[2] for p in chosen),
                tuple(p[3] for p in chosen),
            )
    return Group(variants)


TEMPLATE_GROUPS = (
    "X_ROLE", "X_ROLE_WP", "X_INTERESTS", "X_TRAITS", "TAGLINES", "TIKTOK", "IG_ROLE",
    "IG_INTERESTS", "FB_WORK", "FB_WORK_WP", "FB_HOME", "FB_INTERESTS", "FB_PERSONAL",
    "SHORT", "ABOUT_INTRO", "ABOUT_WORK", "ABOUT_WORK_WP", "ABOUT_STUDY", "ABOUT_RETIRED",
    "ABOUT_EDU", "ABOUT_INTERESTS", "ABOUT_TRAITS", "ABOUT_CLOSING",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Place:
    """A workplace or institution template, with its "at" phrase when it has its own."""

    name: str
    at: str | None
    employer: bool = True


def _place(template: str) -> Place:
    employer = not template.startswith("=")
    t = template.lstrip("=")
    if "=>" in t:
        name, at = t.split("=>", 1)
        return Place(name, at, employer)
    if "::" in t:
        prefix, name = t.split("::", 1)
        glue = "" if prefix.endswith(("'", "’")) else " "
        return Place(name, f"{prefix}{glue}{name}", employer)
    return Place(t, None, employer)


@dataclass
class Lang:
    code: str
    module: Any
    occupations: dict[str, tuple[str, str]]
    interests: dict[str, str]
    traits: tuple[tuple[str, ...], tuple[str, ...]]
    fields: dict[str, str]
    institutions: dict[str, tuple[Place, ...]]
    workplaces: dict[str, tuple[Place, ...]]
    overrides: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)
    # Country-specific places (e.g. Portugal's universities vs Brazil's), same shape as above.
    country_places: dict[str, dict[str, tuple[Place, ...]]] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)

    def in_city(self, city: str) -> str:
        return self.module.in_city(city)

    def workplaces_for(self, kind: str, country: str) -> tuple[Place, ...]:
        local = self.country_places.get(country)
        return (local and local.get(kind)) or self.workplaces[kind]

    def institutions_for(self, level: str, country: str) -> tuple[Place, ...]:
        local = self.country_places.get(country)
        return (local and local.get(f"@{level}")) or self.institutions[level]

    def all_occupation_forms(self) -> list[tuple[str, str]]:
        """(masculine, feminine) labels of every occupation, country overrides included."""
        out = list(self.occupations.values())
        for table in self.overrides.values():
            out.extend(table.values())
        return out

    def occupation_labels(self, key: str) -> set[str]:
        """Every label of one occupation key in this language (both genders, all countries)."""
        labels = set(self.occupations.get(key, ()))
        for table in self.overrides.values():
            labels.update(table.get(key, ()))
        return {x for x in labels if x}

    def cap(self, text: str) -> str:
        """Capitalise the first letter (Turkish knows its dotted capital I)."""
        fn = getattr(self.module, "capitalize", None)
        return fn(text) if fn else text[:1].upper() + text[1:]

    def from_city(self, city: str) -> str:
        fn = getattr(self.module, "from_city", None)
        return fn(city) if fn else f"{getattr(self.module, 'FROM', 'from')} {city}"

    def at(self, place: Place, g: int = 0, **values) -> tuple[str, str]:
        """A place's name and "at <place>" phrase, filled in (``g``: grammatical gender)."""
        name = place.name.format(**values)
        if "<" in name:
            name = split_gender(name)[g]
        if place.at is not None:
            at = place.at.format(**values)
            return name, split_gender(at)[g] if "<" in at else at
        fn = getattr(self.module, "at", None)
        return name, fn(name) if fn else f"{getattr(self.module, 'AT', 'at')} {name}"

    def join(self, items: list[str]) -> str:
        """``a, b and c`` in this language."""
        fn = getattr(self.module, "join", None)
        if fn:
            return fn(items)
        if len(items) < 2:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self.module.AND} {items[-1]}"


@cache
def get(code: str) -> Lang:
    module = importlib.import_module(f"{__name__}.{code}")
    occupations = {k: split_gender(v) for k, v in module.OCCUPATIONS.items()}
    traits = [split_gender(t) for t in module.TRAITS]
    workplaces = {kind: tuple(map(_place, ts)) for kind, ts in module.WORKPLACES.items()}
    lang = Lang(
        code=code,
        module=module,
        occupations=occupations,
        interests=dict(module.INTERESTS),
        traits=(tuple(t[0] for t in traits), tuple(t[1] for t in traits)),
        fields=dict(module.FIELDS),
        institutions={k: tuple(map(_place, v)) for k, v in module.INSTITUTIONS.items()},
        workplaces=workplaces,
        country_places={
            country: {k: tuple(map(_place, ts)) for k, ts in table.items()}
            for country, table in getattr(module, "COUNTRY_PLACES", {}).items()
        },
        overrides={
            country: {k: split_gender(v) for k, v in table.items()}
            for country, table in getattr(module, "COUNTRY_OVERRIDES", {}).items()
        },
    )
    for name in TEMPLATE_GROUPS:
        lang.groups[name] = _group(getattr(module, name))
    return lang
