"""Person names that fit a country and the bio language.

Names come from Faker's per-locale person providers, read ONCE per process from the
provider classes' attributes (``first_names_female``, ``first_names_male``,
``last_names`` and their gendered variants; weighted ``OrderedDict`` lists keep their
weights) and sampled with the persona's own :class:`random.Random` -- no Faker call per
persona. Names in non-Latin scripts are transliterated (Cyrillic, Greek) or taken from
Faker's romanised lists (Japanese, Taiwanese) because the bios are written in Latin-script
languages.

Fallback table (country -> source; ``@XX`` = curated list in :mod:`.names_fallback`)::

    PH                     @PH  no Faker person provider for the Philippines; curated
                                Filipino names (Spanish/English-origin first names,
                                Spanish-Filipino and Tagalog surnames)
    AU                     en_GB + en_IE + en_NZ  (no en_AU person provider)
    CA                     en_GB + en_US + en_IE + fr_CA; French bios: fr_CA
    Latin America w/o own  es_MX + es_CO + es_CL  (PE VE EC BO PY UY CR PA GT HN SV NI DO CU PR)
    AO MZ CV GW ST TL      pt_PT
    KR CN TH IR IL PK BD   @KR @CN @TH @IR @IL @PK @BD  (Faker lists in native script or
                                                         not split by gender)
    MY                     @MY (Malay) + @CN + en_IN;  SG: @CN + @MY + en_IN
    HK MO TW               zh_TW romanised lists
    Arabic-speaking        @ARAB (SA AE QA KW BH OM YE JO LB SY IQ EG PS LY SD)
    DZ MA TN               fr_DZ (Maghreb names in French spelling)
    RS ME BA               hr_HR (closest Latin-script South Slavic list)
    RU BY UA BG MK GR CY   ru_RU / uk_UA / bg_BG / mk_MK / el_GR, transliterated
    KZ KG TJ TM            uz_UZ (closest Latin-script Central Asian list)
    MN                     @MN;  AF: @IR (Dari/Persian names);  BN: @MY;  MV: @ARAB
    MM KH LA               @TH (closest Southeast Asian list)
    LT                     lt_LT names split by ending (-a/-ė female) plus @LT female
                           names; female surnames formed with -ienė
    other countries        by the country's main language (es, fr, pt, ar, de, it, nl,
                           ru, sw, ms, zh, fa, tr, en) and else by continent:
                           AF sw + yo_NG + tw_GH + en_KE, AS en_IN, EU en_GB + de_DE +
                           fr_FR, OC en_NZ + en_GB, Americas es_MX + en_GB

Where Faker's lists are short for a major locale (Brazil, Portugal, Nigeria, Turkey, Japan,
China, the Arab world, Indonesia, the Philippines), :mod:`.names_more` adds common names.

Spanish, Portuguese and Filipino pools may use two surnames; when a name is taken the
generator retries, then adds a second given name or surname, then a hyphenated surname,
and as a last resort a roman numeral, so it never fails.
"""

from __future__ import annotations

import importlib
import random
from bisect import bisect
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from avatargen.names_order import full_name
from avatargen.providers.offline_text import places
from avatargen.providers.offline_text.names_cohort import fits_age
from avatargen.providers.offline_text.names_fallback import CURATED
from avatargen.providers.offline_text.names_more import extend


def _split(text: str) -> list[str]:
    return text.split()


_LATAM = "PE VE EC BO PY UY CR PA GT HN SV NI DO CU PR"
_ARAB = "SA AE QA KW BH OM YE JO LB SY IQ EG PS LY SD"

# country -> sources, or {bio language or "*": sources}
COUNTRY_SOURCES: dict[str, tuple[str, ...] | dict[str, tuple[str, ...]]] = {
    "US": ("en_US",), "GB": ("en_GB",), "IE": ("en_IE",), "NZ": ("en_NZ",),
    "AU": ("en_GB", "en_IE", "en_NZ"),
    "CA": {"fr": ("fr_CA",), "*": ("en_GB", "en_US", "en_IE", "fr_CA")},
    "IN": ("en_IN",), "LK": ("en_IN",), "NP": ("en_IN",),
    "KE": ("en_KE", "sw"), "TZ": ("sw",), "UG": ("sw", "en_KE"),
    "NG": ("yo_NG", "ig_NG", "ha_NG", "en_NG"), "GH": ("tw_GH",), "ZA": ("zu_ZA", "en_GB"),
    "ES": ("es_ES",), "MX": ("es_MX",), "AR": ("es_AR",), "CO": ("es_CO",), "CL": ("es_CL",),
    **dict.fromkeys(_LATAM.split(), ("es_MX", "es_CO", "es_CL")),
    "FR": ("fr_FR",), "MC": ("fr_FR",),
    "BE": {"fr": ("fr_BE",), "nl": ("nl_BE",), "*": ("nl_BE", "fr_BE")},
    "CH": {"fr": ("fr_CH",), "it": ("it_IT",), "*": ("de_CH",)},
    "LU": ("de_LU", "fr_FR"), "DE": ("de_DE",), "AT": ("de_AT",), "LI": ("de_LI",),
    "IT": ("it_IT",), "SM": ("it_IT",), "VA": ("it_IT",),
    "PT": ("pt_PT",), "BR": ("pt_BR",), **dict.fromkeys(_split("AO MZ CV GW ST TL"), ("pt_PT",)),
    "NL": ("nl_NL",), "PL": ("pl_PL",), "TR": ("tr_TR",), "ID": ("id_ID",),
    "PH": ("@PH",), "MY": ("@MY", "@MY", "@CN", "en_IN"), "SG": ("@CN", "@MY", "en_IN"),
    "JP": ("ja_JP",), "CN": ("@CN",), "TW": ("zh_TW",), "HK": ("zh_TW",), "MO": ("zh_TW",),
    "KR": ("@KR",), "VN": ("vi_VN",), "TH": ("@TH",), "IR": ("@IR",), "IL": ("@IL",),
    "PK": ("@PK",), "BD": ("@BD",),
    **dict.fromkeys(_ARAB.split(), ("@ARAB",)), **dict.fromkeys(["DZ", "MA", "TN"], ("fr_DZ",)),
    "GR": ("el_GR",), "CY": ("el_GR",), "RU": ("ru_RU",), "BY": ("ru_RU",),
    **dict.fromkeys(_split("KZ KG TJ TM"), ("uz_UZ",)), "MN": ("@MN",), "AF": ("@IR",),
    **dict.fromkeys(_split("MM KH LA"), ("@TH",)), "BN": ("@MY",), "MV": ("@ARAB",),
    "UA": ("uk_UA",), "BG": ("bg_BG",), "MK": ("mk_MK",),
    **dict.fromkeys(["RS", "ME", "BA"], ("hr_HR",)), "HR": ("hr_HR",), "SI": ("sl_SI",),
    "CZ": ("cs_CZ",), "SK": ("sk_SK",), "HU": ("hu_HU",), "RO": ("ro_RO",), "MD": ("ro_RO",),
    "DK": ("da_DK",), "NO": ("no_NO",), "SE": ("sv_SE",), "FI": ("fi_FI",), "IS": ("is_IS",),
    "EE": ("et_EE",), "LV": ("lv_LV",), "LT": ("lt_LT",), "AZ": ("az_AZ",), "UZ": ("uz_UZ",),
}  # fmt: skip
_BY_LANGUAGE = {
    "es": ("es_MX", "es_CO"), "fr": ("fr_FR",), "pt": ("pt_PT",), "ar": ("@ARAB",),
    "de": ("de_DE",), "it": ("it_IT",), "nl": ("nl_NL",), "ru": ("ru_RU",), "sw": ("sw",),
    "ms": ("@MY",), "zh": ("@CN",), "fa": ("@IR",), "tr": ("tr_TR",), "en": ("en_GB", "en_US"),
}  # fmt: skip
_BY_CONTINENT = {
    "AF": ("sw", "yo_NG", "tw_GH", "en_KE"), "AS": ("en_IN",), "EU": ("en_GB", "de_DE", "fr_FR"),
    "OC": ("en_NZ", "en_GB"), "NA": ("es_MX", "en_GB"), "SA": ("es_MX", "es_CO"),
}  # fmt: skip
_DOUBLE_SURNAME = ("es_", "pt_", "@PH")


_CYR = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґѓќљњџѕј",
    _split("a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya i yi ye g "
           "gj kj lj nj dzh dz j"),
    strict=True,
))  # fmt: skip
_CYR_LOCALE = {"uk_UA": {"г": "h", "и": "y", "е": "e"}, "bg_BG": {"щ": "sht", "ъ": "a"}}
_GREEK = dict(zip(
    "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊΐϋΰ",
    _split("a v g d e z i th i k l m n x o p r s s t y f ch ps o a e i i o y o i i y y"),
    strict=True,
))  # fmt: skip


def _translit(name: str, table: dict[str, str]) -> str:
    low = name.lower()
    if table is _GREEK:
        low = low.replace("ου", "ou").replace("ού", "ou")
    out = "".join(table.get(ch, ch) for ch in low).replace("_", "")
    return "-".join(p[:1].upper() + p[1:] for p in out.split("-"))


@dataclass(frozen=True, slots=True)
class Choice:
    values: tuple[str, ...]
    cum: tuple[float, ...] | None = None

    def pick(self, rng: random.Random) -> str:
        if self.cum is None:
            return self.values[int(rng.random() * len(self.values))]
        return self.values[bisect(self.cum, rng.random() * self.cum[-1])]

    def __bool__(self) -> bool:
        return bool(self.values)


@dataclass(frozen=True, slots=True)
class NamePool:
    source: str
    female: Choice
    male: Choice
    last_female: Choice
    last_male: Choice
    double_surname: bool


def _choice(data, convert=None) -> Choice:
    if not data:
        return Choice(())
    if isinstance(data, dict):
        keys = tuple(data)
        cum = tuple(accumulate(float(w) for w in data.values()))
    else:
        keys, cum = tuple(data), None
    if convert:
        keys = tuple(convert(k) for k in keys)
    return Choice(keys, cum)


def _fem_polish(name: str) -> str:
    for masc, fem in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
        if name.endswith(masc):
            return name[: -len(masc)] + fem
    return name


def _fem_lithuanian(name: str) -> str:
    for ending in ("as", "is", "ys", "us"):
        if name.endswith(ending):
            return name[:-2] + "ienė"
    return name


@cache
def pool(source: str) -> NamePool:
    """The name pool for a Faker locale (``"es_MX"``) or curated list (``"@PH"``)."""
    if source.startswith("~"):  # native-script pools of the issue-14 languages
        from avatargen.providers.offline_text import names_native

        return names_native.pool(source)
    double = source.startswith(_DOUBLE_SURNAME)
    if source.startswith("@"):
        fem, masc, last = CURATED[source[1:]]
        fem, masc, last_f, last_m = extend(source, fem, masc, last, last)
        return NamePool(source, Choice(fem), Choice(masc), Choice(last_f), Choice(last_m), double)
    provider = importlib.import_module(f"faker.providers.person.{source}").Provider
    convert = None
    if source in ("ru_RU", "uk_UA", "bg_BG", "mk_MK"):
        table = {**_CYR, **_CYR_LOCALE.get(source, {})}

        def convert(name, table=table):
            return _translit(name, table)
    elif source == "el_GR":

        def convert(name):
            return _translit(name, _GREEK)

    def attr(name):
        return getattr(provider, name, None)

    if source == "ja_JP":
        fem, masc = attr("first_romanized_names_female"), attr("first_romanized_names_male")
        last_f = last_m = attr("last_romanized_names")
    elif source == "zh_TW":

        def convert(name):
            return "-".join(p.capitalize() for p in name.split("-"))

        fem, masc = attr("first_romanized_names_female"), attr("first_romanized_names_male")
        last_f = last_m = attr("last_romanized_names")
    elif source == "pl_PL":
        fem, masc = attr("first_names_female"), attr("first_names_male")
        last_m = tuple(attr("male_last_names")) + tuple(attr("unisex_last_names"))
        last_f = tuple(_fem_polish(n) for n in last_m)
    elif source == "is_IS":
        fem, masc = attr("first_names_female"), attr("first_names_male")
        stems = attr("last_names_without_suffix")
        last_m = tuple(s + "son" for s in stems)
        last_f = tuple(s + "dóttir" for s in stems)
    elif source == "lt_LT":
        names = attr("first_names")  # Faker's lt_LT mixes genders: split by ending
        fem = CURATED["LT"][0] + tuple(n for n in names if n.endswith(("a", "ė")))
        masc = tuple(n for n in names if not n.endswith(("a", "ė")))
        last_m = attr("last_names")
        last_f = tuple(_fem_lithuanian(n) for n in last_m)
    else:
        fem = attr("first_names_female") or attr("first_names")
        masc = attr("first_names_male") or attr("first_names")
        last_f = attr("last_names_female") or attr("last_names")
        last_m = attr("last_names_male") or attr("last_names")
    fem, masc, last_f, last_m = extend(source, fem, masc, last_f, last_m)
    return NamePool(
        source, _choice(fem, convert), _choice(masc, convert), _choice(last_f, convert),
        _choice(last_m, convert), double,
    )  # fmt: skip


@cache
def sources_for(country: str, lang: str) -> tuple[str, ...]:
    """Name sources for people of ``country`` whose bios are in ``lang`` (see table above)."""
    from avatargen.providers.offline_text import names_native

    native = names_native.sources(country, lang)
    if native:
        return native
    entry = COUNTRY_SOURCES.get(country)
    if isinstance(entry, dict):
        return entry.get(lang) or entry["*"]
    if entry:
        return entry
    by_lang = _BY_LANGUAGE.get(places.main_language(country))
    if by_lang:
        return by_lang
    return _BY_CONTINENT.get(places.continent(country), ("en_GB", "en_US"))


_ROMAN = ("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def _one(rng: random.Random, p: NamePool, gram_female: bool, attempt: int) -> tuple[str, str]:
    first_choice = p.female if gram_female else p.male
    last_choice = p.last_female if gram_female else p.last_male
    first = first_choice.pick(rng)
    last = last_choice.pick(rng)
    if p.double_surname and attempt < 6 and rng.random() < 0.35:  # "Silva Santos", "García López"
        second = last_choice.pick(rng)
        if second != last:
            last = f"{last} {second}"
    if attempt >= 6:
        if p.double_surname:
            second = last_choice.pick(rng)
            if second != last:
                last = f"{last} {second}"
        if attempt >= 12 or not p.double_surname:
            other = first_choice.pick(rng)
            if other != first and " " not in first:
                first = f"{first} {other}"
    if attempt >= 30:
        extra = last_choice.pick(rng)
        if extra not in last:
            last = f"{last}-{extra}"
    return first, last


def make_name(
    rng: random.Random, country: str, lang: str, gram_female: bool, taken, age: int | None = None
) -> tuple[str, str, str]:
    """``(first, last, source)`` not in ``taken`` (a set of full names); with ``age``, a
    given name of the wrong birth cohort is drawn again (see :mod:`.names_cohort`)."""
    sources = sources_for(country, lang)
    first = last = ""
    p = pool(sources[0])
    for attempt in range(400):
        p = pool(sources[int(rng.random() * len(sources))]) if len(sources) > 1 else p
        first, last = _one(rng, p, gram_female, attempt)
        if age is not None and attempt < 8 and not fits_age(first, age):
            continue
        if full_name(first, last) not in taken:
            return first, last, p.source
    for n in range(10_000):
        suffix = _ROMAN[n] if n < len(_ROMAN) else f"{_ROMAN[-1]}{n}"
        if full_name(first, f"{last} {suffix}") not in taken:
            return first, f"{last} {suffix}", p.source
    raise RuntimeError("name space exhausted")  # pragma: no cover - unreachable in practice
