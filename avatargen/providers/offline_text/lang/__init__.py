"""Phrase data per bio language, compiled once into :class:`Lang` objects.

Each ``lang/<code>.py`` module is plain data: occupation, interest, trait, field,
institution and workplace labels, and sentence templates for the "about" text and the
four platform bios. Conventions used by the data:

* ``<masc|fem>`` inside any string marks grammatical gender (``"enfermer<o|a>"``); each
  string is split once, here, into its two forms; ``<masc|fem|neutral>`` gives a neutral
  form too (an empty one: there is none). Nonbinary personas get neutral forms: a template
  with a gendered mark is left out of their renderings while the group has enough
  templates without one; labels (occupations, traits, businesses, "retired", places) get
  the third form, else the words that differ are joined by the module's
  ``neutral(masc_word, fem_word)`` ("enfermero/a", "infirmier·ère", "Lehrer*in"), and
  ``NEUTRAL_OCCUPATIONS`` (key -> label) names what no mechanical form fits ("Pflegekraft"),
  ``NEUTRAL_TRAITS`` more epicene traits ("amable") for nonbinary personas; ``QUIRKS``
  the TRAITS that read well after "a little", which ``{t3}`` is drawn from.
  A language without ``neutral`` gives nonbinary personas the masculine or feminine form
  drawn per persona.
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
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from types import SimpleNamespace
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
_GENDER3_RE = re.compile(r"<([^<>|]*)\|([^<>|]*)(?:\|([^<>|]*))?>")
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
    """Masculine and feminine forms of a string (a neutral third form, if any, is dropped)."""
    if "<" not in text:
        return text, text
    return _GENDER3_RE.sub(r"\1", text), _GENDER3_RE.sub(r"\2", text)


def neutral_form(text: str, fn: Callable[[str, str], str] | None, g: int = 0) -> str | None:
    """The neutral form of a label: the third form of ``<m|f|n>`` marks, then every word
    that differs between the masculine and feminine renderings written by ``fn`` (whole
    renderings when their word counts differ); without ``fn``, form ``g`` (0 masculine, 1
    feminine). ``None`` when a mark's neutral form is empty (there is none)."""
    if "<" not in text:
        return text
    blocked = False

    def third(match: re.Match[str]) -> str:
        nonlocal blocked
        if match.group(3) is None:
            return match.group(0)
        if match.group(3) == "":
            blocked = True
        return match.group(3)

    text = _GENDER3_RE.sub(third, text)
    if blocked:
        return None
    m, f = split_gender(text)
    if m == f:
        return m
    if fn is None:
        return (m, f)[g]
    mw, fw = m.split(" "), f.split(" ")
    if len(mw) != len(fw):
        return fn(m, f)
    return " ".join(a if a == b else _neutral_word(fn, a, b) for a, b in zip(mw, fw, strict=True))


def _neutral_word(fn: Callable[[str, str], str], m: str, f: str) -> str:
    """``fn`` on two forms of a word, punctuation they end with kept out ("आया/आई,")."""
    tail = ""
    while m and f and m[-1] == f[-1] and unicodedata.category(m[-1])[0] in "PS":
        tail, m, f = m[-1] + tail, m[:-1], f[:-1]
    return fn(m, f) + tail


def slash(m: str, f: str, paren: bool = False) -> str:
    """``enfermero``/``enfermera`` -> ``enfermero/a``: the feminine ending after a slash when
    the two words differ in their last two letters at most, else both words
    (``garçom/garçonete``); ``paren``: a bare feminine ending in brackets (``рад(а)``)."""
    k = 0
    while k < min(len(m), len(f)) and m[k] == f[k]:
        k += 1
    if k >= 3 and len(m) - k <= 2 and 0 < len(f) - k <= 2:  # cirurgião/cirurgiã: both
        if paren and k == len(m):
            return f"{m}({f[k:]})"
        return f"{m}/{f[k:]}"
    return f"{m}/{f}"


def mark_blocks(text: str) -> bool:
    """Whether a template has a two-form mark whose forms differ (gendered for everyone)."""
    return any(
        mt.group(3) is None and mt.group(1) != mt.group(2) for mt in _GENDER3_RE.finditer(text)
    )


def split_forms(text: str) -> tuple[str | None, ...]:
    """The four renderings of a template: masculine, feminine, and for nonbinary personas
    the neutral form of ``<m|f|n>`` marks with ``<m|f>`` marks as masculine / feminine.
    A nonbinary rendering is ``None`` when a mark has an empty neutral form (``<m|f|>``)."""
    if "<" not in text:
        return text, text, text, text
    m, f = _GENDER3_RE.sub(r"\1", text), _GENDER3_RE.sub(r"\2", text)
    out: list[str | None] = [m, f]
    for two in (1, 2):
        blocked = False

        def neutral(match: re.Match[str], two: int = two) -> str:
            nonlocal blocked
            if match.group(3) is None:
                return match.group(two)
            if match.group(3) == "":
                blocked = True
            return match.group(3)

        text_n = _GENDER3_RE.sub(neutral, text)
        out.append(None if blocked else text_n)
    return tuple(out)


_TAGS_RE = re.compile(r"^(?:!|\[[a-z_]+\])+")


def _facts_needed(template: str) -> tuple[str, frozenset[str]]:
    """A template without its leading ``!``/``[tag]`` marks, and the facts they require."""
    m = _TAGS_RE.match(template)
    if not m:
        return template, frozenset()
    head = m.group()
    tags = set(re.findall(r"\[([a-z_]+)\]", head))
    if "!" in head:
        tags.add("working")
    return template[m.end() :], frozenset(tags)


# "I work at {workplace}" in a template (pupils and students have a school as workplace).
_WORK_AT_RE = re.compile(
    r"(?i)(?<!\w)(working|i work|trabalho|trabalhar|trabajo|trabajar|travaille|travailler|"
    r"arbeite|arbeiten|lavoro|lavorare|werk|werken|pracuję|pracować|bekerja|çalış\w*)(?!\w)"
    r"[^.{]{0,12}\{(at_wp|wp)\}"
)


def _implied(text: str) -> frozenset[str]:
    """Facts a rendered template claims, found by the same checks the quality report runs
    (so a forgotten tag in any language module cannot produce a contradiction it detects)."""
    from avatargen import coherence as c

    tags = set()
    if c.WORK_NOW_RE.search(text) or _WORK_AT_RE.search(text):
        tags.add("working")
    if c.DOG_RE.search(text):
        tags.add("dogs")
    if c.CAT_RE.search(text):
        tags.add("cats")
    if c.ALCOHOL_RE.search(text) or c.INVESTING_RE.search(text) or c.SPOUSE_RE.search(text):
        tags.add("adult")
    if c.KIN_MALE_RE.search(text) or c.KIN_FEMALE_RE.search(text):
        tags.add("adult")
    if c.PARENT_RE.search(text):
        tags.update(("adult", "parent"))
    return frozenset(tags)


def _kin_ok(text: str, form: int) -> bool:
    from avatargen import coherence as c

    male, female = bool(c.KIN_MALE_RE.search(text)), bool(c.KIN_FEMALE_RE.search(text))
    return not ((form == 0 and female) or (form == 1 and male) or (form >= 2 and (male or female)))


# A template as drawn: its text in one gender form and the facts it requires.
Entry = tuple[str, frozenset[str]]


@dataclass(frozen=True, slots=True)
class Group:
    """Templates in four gender renderings (masculine, feminine, nonbinary x 2), pre-filtered
    for (in work?, has an employer?); each entry carries the facts it requires.

    A composition digit (``at``) chooses among the templates that need no fact beyond being
    an adult ("universal"), so distinct digits give distinct templates; templates that need
    a fact (a pet, being a parent...) are only drawn at random for personas that have it."""

    variants: dict[tuple[bool, bool], tuple[tuple[str, ...], ...]]
    needs: dict[tuple[bool, bool], tuple[tuple[frozenset[str], ...], ...]]
    universal: dict[tuple[bool, bool, bool, str], tuple[tuple[str, ...], ...]]
    usize: dict[tuple[bool, bool, bool, str], int] = field(default_factory=dict)

    def size(self, g: int, working: bool = True, employer: bool = True,
             facts: frozenset[str] = frozenset()) -> int:  # fmt: skip
        """How many templates a composition digit chooses from (the same for every gender
        rendering, so personas of different genders get distinct compositions too)."""
        return self.usize[_ukey(working, employer, facts)]

    def pick(self, rng, g: int, working: bool = True, employer: bool = True,
             facts: frozenset[str] = frozenset(), at: int | None = None) -> str:  # fmt: skip
        """A template for gender rendering ``g`` whose required facts hold; ``at`` chooses
        the position (a composition digit) instead of the random generator."""
        if at is not None:
            seq = self.universal[_ukey(working, employer, facts)][g]
            if seq:
                return seq[at % len(seq)]
        seq = self.variants[(working, employer)][g]
        needs = self.needs[(working, employer)][g]
        n = len(seq)
        start = int(rng.random() * n)
        for k in range(n):
            i = (start + k) % n
            if needs[i] <= facts:
                return seq[i]
        return seq[start]


_STATUSES = ("working", "studying", "retired")


@lru_cache(maxsize=4096)  # asked some 40 times per persona with the same facts
def _ukey(working: bool, employer: bool, facts: frozenset[str]) -> tuple[bool, bool, bool, str]:
    status = "retired" if "retired" in facts else "studying" if "studying" in facts else "working"
    return working, employer, "adult" in facts, status


def _render(form: str | None, tags: frozenset[str], i: int) -> Entry | None:
    if form is None or not _kin_ok(form, i):
        return None
    return form, (tags | _implied(form)) - {"working"}


def _group(templates, neutral: Callable[[str, str], str] | None = None) -> Group:
    """``neutral``: the language's word-level neutral form (see :func:`neutral_form`), used
    for the nonbinary renderings of gendered templates when too few are left without."""
    parsed = []
    for t in templates:
        text, tags = _facts_needed(t)
        only_work = "working" in tags or ("{years}" in text and "retired" not in tags)
        needs_employer = "{wp}" in text or "{at_wp}" in text
        forms = split_forms(text)
        renders = [_render(form, tags, i) for i, form in enumerate(forms)]
        gendered = mark_blocks(text)
        # Nonbinary renderings of a gendered template: only when a group has too few others.
        spare = [None, None]
        if gendered:
            for j in (0, 1):
                form = neutral_form(text, neutral, j) if neutral else forms[2 + j]
                spare[j] = _render(form, tags, 2 + j)
                renders[2 + j] = None
        parsed.append((only_work or any(r and "working" in _implied(r[0]) for r in renders),
                       needs_employer, renders, spare))  # fmt: skip
    variants, needs, universal = {}, {}, {}
    for working in (True, False):
        for employer in (True, False):
            chosen = (
                [p for p in parsed if (working or not p[0]) and (employer or not p[1])]
                or [p for p in parsed if not p[0] and not p[1]]
                or parsed
            )
            seqs, reqs = [], []
            for g in range(4):
                entries = [p[2][g] for p in chosen if p[2][g] is not None]
                if g >= 2 and len(entries) < max(2, (len(chosen) + 2) // 3):
                    entries += [p[3][g - 2] for p in chosen if p[3][g - 2] is not None]
                if not entries:  # no neutral rendering at all: fall back to the binary ones
                    entries = [p[2][g - 2] for p in chosen if p[2][g - 2] is not None]
                seqs.append(tuple(e[0] for e in entries))
                reqs.append(tuple(e[1] for e in entries))
            variants[(working, employer)] = tuple(seqs)
            needs[(working, employer)] = tuple(reqs)
            for adult, status in itertools.product((True, False), _STATUSES):
                allowed = frozenset({status, "adult"} if adult else {status})
                if status == "studying":
                    allowed |= {"student"}
                universal[(working, employer, adult, status)] = tuple(
                    tuple(t for t, r in zip(seq, req, strict=True) if r <= allowed)
                    for seq, req in zip(seqs, reqs, strict=True)
                )
    usize = {k: max(len(seq) for seq in v) for k, v in universal.items()}
    return Group(variants, needs, universal, usize)


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
    traits: tuple[tuple[str, ...], ...]  # masculine, feminine, nonbinary x 2 (see form())
    fields: dict[str, str]
    institutions: dict[str, tuple[Place, ...]]
    workplaces: dict[str, tuple[Place, ...]]
    overrides: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)
    # Country-specific places (e.g. Portugal's universities vs Brazil's), same shape as above.
    country_places: dict[str, dict[str, tuple[Place, ...]]] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    variety: str | None = None
    interest_keys: frozenset[str] = frozenset()
    # Positions in ``traits[0]``/``traits[1]`` of the module's QUIRKS: traits that read well
    # after "a little" ("a little stubborn", not "a little reliable").
    quirks: tuple[int, ...] = ()
    # Neutral labels for nonbinary personas: key -> (form for g=2, form for g=3).
    neutral_occupations: dict[str, tuple[str, str]] = field(default_factory=dict)
    neutral_overrides: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)

    @property
    def neutral(self) -> Callable[[str, str], str] | None:
        """The module's word-level neutral form (``enfermero/a``), if it has one."""
        return getattr(self.module, "neutral", None)

    def form(self, text: str, g: int) -> str:
        """A label in gender rendering ``g``: 0 masculine, 1 feminine, 2/3 nonbinary (the
        neutral form, else the masculine / feminine one)."""
        if "<" not in text:
            return text
        if g < 2:
            return split_gender(text)[g]
        n = neutral_form(text, self.neutral, g - 2)
        return n if n is not None else split_gender(text)[g - 2]

    def retired_as(self, country: str) -> str | None:
        """How a retiree's occupation is written with the former job (``{former}``)."""
        return getattr(self.module, "RETIRED_AS", None)

    def family_label(self, role: str) -> str | None:
        return getattr(self.module, "FAMILY_LABELS", {}).get(role)

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
        """Every label of one occupation key in this language (all genders, all countries;
        the businesses of small business owners; the fixed part of a retiree's label)."""
        labels = set(self.occupations.get(key, ()))
        labels.update(self.neutral_occupations.get(key, ()))  # a nonbinary persona's "Ärzt*in"
        for table in (*self.overrides.values(), *self.neutral_overrides.values()):
            labels.update(table.get(key, ()))
        if key == "entrepreneur":
            for b in getattr(self.module, "BUSINESSES", ()):
                labels.update(split_gender(b))
        if key == "retiree" and self.retired_as(""):
            for form in split_gender(self.retired_as("")):
                labels.add(form.replace("{former}", "").strip(" -"))
        return {x for x in labels if x}

    def occupation(self, key: str, country: str, g: int) -> str:
        """The label of an occupation (its parent's when this language has none); ``g``:
        0 masculine, 1 feminine, 2/3 nonbinary (see :meth:`form`)."""
        overrides = self.overrides.get(country)
        if overrides and key in overrides:
            if g < 2:
                return overrides[key][g]
            return self.neutral_overrides[country][key][g - 2]
        if key not in self.occupations:
            from avatargen.providers.offline_text.vocab import OCCUPATION_PARENTS

            key = OCCUPATION_PARENTS.get(key, "shop_assistant")
        if g < 2:
            return self.occupations[key][g]
        return self.neutral_occupations[key][g - 2]

    def cap(self, text: str) -> str:
        """Capitalise the first letter (Turkish knows its dotted capital I)."""
        fn = getattr(self.module, "capitalize", None)
        return fn(text) if fn else text[:1].upper() + text[1:]

    def from_city(self, city: str) -> str:
        fn = getattr(self.module, "from_city", None)
        return fn(city) if fn else f"{getattr(self.module, 'FROM', 'from')} {city}"

    def at(self, place: Place, g: int = 0, **values) -> tuple[str, str]:
        """A place's name and "at <place>" phrase, filled in (``g``: grammatical gender)."""
        name = self.form(place.name.format(**values), g)
        if place.at is not None:
            return name, self.form(place.at.format(**values), g)
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


OPTIONAL_GROUPS = ("ABOUT_FAMILY",)
# Module data a variety's "words" apply to (besides the template groups).
_WORDED = ("OCCUPATIONS", "INTERESTS", "TRAITS", "FIELDS", "RETIRED_AS", "FAMILY_LABELS",
           "COUNTRY_OVERRIDES", "NEUTRAL_OCCUPATIONS", *OPTIONAL_GROUPS)  # fmt: skip


def variety_for(module: Any, region: str | None, country: str | None) -> str | None:
    """The module's variety for a language tag's region (which wins) or a persona's country."""
    table = getattr(module, "VARIETIES", None)
    if not table:
        return None
    of = getattr(module, "VARIETY_OF", {})
    for key in (region, None if region else country):
        if key and key in table:
            return key
        if key and key in of:
            return of[key]
    return None


def _reword(value: Any, words: list[tuple[re.Pattern[str], str]]) -> Any:
    if isinstance(value, str):
        for rx, dst in words:
            value = rx.sub(lambda m, dst=dst: dst[:1].upper() + dst[1:] if m.group()[:1].isupper()
                           and not dst[:1].isupper() else dst, value)  # fmt: skip
        return value
    if isinstance(value, tuple):
        return tuple(_reword(v, words) for v in value)
    if isinstance(value, dict):
        return {k: _reword(v, words) for k, v in value.items()}
    return value


def _data(module: Any, variety: str | None) -> Any:
    """The module's data with a variety's overrides merged (dicts merge, tuples replace) and
    its whole-word replacements applied; functions stay the module's own."""
    if variety is None:
        return module
    ns = SimpleNamespace(**{k: v for k, v in vars(module).items() if not k.startswith("__")})
    spec = dict(module.VARIETIES[variety])
    words = spec.pop("words", {})
    for name, value in spec.items():
        base = getattr(ns, name, None)
        setattr(ns, name, {**base, **value} if isinstance(base, dict) else value)
    if words:
        rxs = [(re.compile(rf"(?<!\w){re.escape(src)}(?!\w)", re.IGNORECASE), dst)
               for src, dst in sorted(words.items(), key=lambda kv: -len(kv[0]))]  # fmt: skip
        for name in (*TEMPLATE_GROUPS, *_WORDED):
            if hasattr(ns, name) and name not in spec:
                setattr(ns, name, _reword(getattr(ns, name), rxs))
    return ns


@cache
def data(code: str) -> Any:
    """A language's data: its module with its share of the larger occupation vocabulary
    (``jobs/<code>.py``: labels, description words, country labels, neutral labels, fields,
    the workplaces of the kinds added with them, variety words) merged in; functions stay
    the module's own."""
    base = importlib.import_module(f"{__name__}.{code}")
    try:
        jobs = importlib.import_module(f"{__name__}.jobs.{code}")
    except ModuleNotFoundError:
        return base
    ns = SimpleNamespace(**{k: v for k, v in vars(base).items() if not k.startswith("__")})
    ns.OCCUPATIONS = {**base.OCCUPATIONS, **jobs.OCCUPATIONS}
    ns.OCCUPATION_WORDS = {**getattr(base, "OCCUPATION_WORDS", {}),
                           **getattr(jobs, "OCCUPATION_WORDS", {})}  # fmt: skip
    ns.FIELDS = {**base.FIELDS, **getattr(jobs, "FIELDS", {})}
    ns.WORKPLACES = {**base.WORKPLACES, **getattr(jobs, "WORKPLACES", {})}
    ns.NEUTRAL_OCCUPATIONS = {**getattr(base, "NEUTRAL_OCCUPATIONS", {}),
                              **getattr(jobs, "NEUTRAL_OCCUPATIONS", {})}  # fmt: skip
    overrides = {c: dict(t) for c, t in getattr(base, "COUNTRY_OVERRIDES", {}).items()}
    for country, table in getattr(jobs, "COUNTRY_OVERRIDES", {}).items():
        overrides.setdefault(country, {}).update(table)
    if overrides:
        ns.COUNTRY_OVERRIDES = overrides
    varieties = getattr(base, "VARIETIES", None)
    if varieties and getattr(jobs, "VARIETY_WORDS", None):
        ns.VARIETIES = {
            v: {**spec, "words": {**spec.get("words", {}), **jobs.VARIETY_WORDS.get(v, {})}}
            for v, spec in varieties.items()
        }
    return ns


@cache
def module_data(code: str, variety: str | None = None) -> Any:
    """A language's data in one of its varieties, without compiling its templates (what
    the description parser and the checks read of every language: a fraction of the cost
    of :func:`get`)."""
    return _data(data(code), variety)


@cache
def get(code: str, variety: str | None = None) -> Lang:
    """The compiled phrase data of a language (in one of its varieties, e.g. ``pt``/"PT")."""
    module = module_data(code, variety)
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
        variety=variety,
        interest_keys=frozenset(module.INTERESTS),
        quirks=tuple(module.TRAITS.index(t) for t in getattr(module, "QUIRKS", ())),
    )
    neutral = lang.neutral
    extra = tuple(getattr(module, "NEUTRAL_TRAITS", ()))
    lang.traits = (*lang.traits, *_neutral_traits(lang, (*module.TRAITS, *extra)))
    fixed = getattr(module, "NEUTRAL_OCCUPATIONS", {})

    def neutral_pair(key: str, label: str) -> tuple[str, str]:
        if key in fixed:
            return fixed[key], fixed[key]
        return lang.form(label, 2), lang.form(label, 3)

    lang.neutral_occupations = {k: neutral_pair(k, v) for k, v in module.OCCUPATIONS.items()}
    lang.neutral_overrides = {
        country: {k: neutral_pair(k, v) for k, v in table.items()}
        for country, table in getattr(module, "COUNTRY_OVERRIDES", {}).items()
    }
    for name in TEMPLATE_GROUPS:
        lang.groups[name] = _group(getattr(module, name), neutral)
    for name in OPTIONAL_GROUPS:
        if getattr(module, name, None):
            lang.groups[name] = _group(getattr(module, name), neutral)
    return lang


# A nonbinary persona's traits are the language's epicene ones when it has this many.
MIN_EPICENE_TRAITS = 8


def _neutral_traits(lang: Lang, traits) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Traits of nonbinary personas (renderings 2 and 3): the epicene ones ("amable") when
    there are enough, else every trait in its neutral form ("spokojny/a")."""
    epicene = tuple(dict.fromkeys(lang.form(t, 2) for t in traits if not mark_blocks(t)))
    if len(epicene) >= MIN_EPICENE_TRAITS:
        return epicene, epicene
    return tuple(lang.form(t, 2) for t in traits), tuple(lang.form(t, 3) for t in traits)
