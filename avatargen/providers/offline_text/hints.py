"""What the offline provider understands of a free-text population description.

It recognises, in English and in the other supported languages' common words: an age
range ("aged 30-45", "30 to 45", "in their 20s", "over 60", "teenagers"...), occupations
(singular and plural), interests ("who hike", "gamers", "love cooking"...), gender words
("women", "men"), and places (GeoNames city names and country names; "Manila" -> Manila,
PH). Everything else that is not a stopword is reported as not understood, so the
dataset card can suggest an LLM provider when much of the description was ignored.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from avatargen.providers.offline_text import lang as langs
from avatargen.providers.offline_text import places
from avatargen.providers.offline_text import regions as regions_mod
from avatargen.providers.offline_text.places import City, fold
from avatargen.providers.offline_text.vocab import INTERESTS, OCCUPATIONS


def _words(text: str) -> list[str]:
    return text.split()


_NUM = r"(\d{1,3})"
_RANGE_RE = re.compile(
    _NUM + r"\s*(?:-|–|—|/|to|and|a|à|bis|tot|do|ile|hingga|sampai|e|y|und|en|ve|i)\s*" + _NUM
    + r"(?!\d)(?:\s*(?:years?|yrs?|y/?o|anos?|años|ans|jahre|jahren|anni|jaar|lat|yas|tahun))?"
)  # fmt: skip
_DECADE_RE = re.compile(r"(?:(early|mid|late)[\s-]*)?(\d)0\s*'?s\b")
_DECADE_WORDS = {
    "teens": 1, "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8,
}  # fmt: skip
_DECADE_WORD_RE = re.compile(
    r"(?:(early|mid|late)[\s-]*)?\b(twenties|thirties|forties|fifties|sixties|seventies|eighties)\b"
)
_OVER_RE = re.compile(
    r"(over|above|older than|more than|at least|mas de|mayores de|plus de|uber|ueber|acima de|"
    r"mais de|oltre|ouder dan|boven de|boven|powyzej|di atas|lebih dari)\s+" + _NUM
)
_PLUS_RE = re.compile(_NUM + r"\s*\+")
_UNDER_RE = re.compile(
    r"(under|below|younger than|less than|menos de|moins de|unter|abaixo de|sotto i|sotto|"
    r"onder de|jonger dan|ponizej|di bawah|kurang dari)\s+" + _NUM
)
_SINGLE_RE = re.compile(
    r"(?:aged|age|ages)\s+" + _NUM + r"(?!\s*(?:-|–|to|\d))"
    r"|" + _NUM + r"[\s-]*(?:years?|yrs?)[\s-]*olds?"
    r"|" + _NUM + r"\s*(?:anos|años|ans|jahre|anni|jaar|lat|yas|yasinda|tahun)\b"
)  # fmt: skip
_AGE_WORDS: dict[str, tuple[int, int]] = {
    "teenagers": (13, 19), "teenager": (13, 19), "teens": (13, 19), "teen": (13, 19),
    "adolescents": (13, 19), "young adults": (18, 29), "young people": (18, 29),
    "youth": (18, 25), "young": (18, 32), "middle-aged": (40, 60), "middle aged": (40, 60),
    "seniors": (65, 90), "elderly": (65, 90), "older adults": (60, 85),
    "millennials": (29, 44), "gen z": (13, 28), "zoomers": (13, 28), "gen x": (45, 60),
    "boomers": (61, 79), "jovenes": (18, 30), "adolescentes": (13, 19), "mayores": (65, 90),
    "tercera edad": (65, 90), "jeunes": (18, 30), "jugendliche": (13, 19),
    "senioren": (65, 90), "jovens": (18, 30), "idosos": (65, 90), "giovani": (18, 30),
    "anziani": (65, 90), "jongeren": (18, 30), "ouderen": (65, 90), "mlodzi": (18, 30),
    "mlodziez": (13, 19), "seniorzy": (65, 90), "gencler": (18, 30), "yaslilar": (65, 90),
    "remaja": (13, 19), "anak muda": (18, 30), "lansia": (65, 90),
}  # fmt: skip
# Letters, plus the combining vowel signs of Indic scripts and Arabic harakat (\w drops them).
_L = r"[^\W\d_]|[\u0300-\u036f\u0900-\u0963\u0980-\u09e3\u064b-\u065f\u0e31-\u0e3a\u0e47-\u0e4e]"
_WORD_RE = re.compile(rf"(?:{_L})+(?:['’.-](?:{_L})+)*\.?|\d+", re.UNICODE)
# Scripts written without spaces: known words are found inside a token, longest first.
_NOSPACE_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0e7f]")

# Words the language modules do not list, in every language (folded on use).
EXTRA_INTEREST_WORDS = {
    "cricket": "cricket", "cricketers": "cricket", "play cricket": "cricket",
    "horses": "horse_riding", "horse": "horse_riding", "ride horses": "horse_riding",
    "horse riding": "horse_riding", "horseback riding": "horse_riding",
    "equestrians": "horse_riding", "riders": "horse_riding", "skateboard": "skateboarding",
    "skateboarders": "skateboarding", "skaters": "skateboarding", "skate": "skateboarding",
    "cycle": "cycling", "paint": "painting", "pintan": "painting", "pintam": "painting",
    "peignent": "painting", "malen": "painting", "dipingono": "painting",
    "correm": "running", "corren": "running", "courent": "running", "laufen": "running",
    "jardinent": "gardening", "gärtnern": "gardening", "cuidam do jardim": "gardening",
    "montan a caballo": "horse_riding", "equitación": "horse_riding", "caballos": "horse_riding",
    "cavalos": "horse_riding", "chevaux": "horse_riding", "pferde": "horse_riding",
    "reiten": "horse_riding", "críquet": "cricket", "críquete": "cricket",
    "patinan": "skateboarding", "skatistas": "skateboarding", "wandelen": "hiking",
    "fietsen": "cycling", "pedalean": "cycling", "pedalam": "cycling",
    "font du vélo": "cycling", "vélo": "cycling", "radfahren": "cycling", "memasak": "cooking",
    "fish": "fishing", "knit": "knitting",
}  # fmt: skip
EXTRA_OCCUPATION_WORDS = {
    "reformados": "retiree", "reformadas": "retiree", "reformado": "retiree",
    "reformada": "retiree", "pensionistas": "retiree", "jubiladas": "retiree",
    "retraitées": "retiree", "rentner": "retiree", "rentnerinnen": "retiree",
    "pensionierte": "retiree", "pensionati": "retiree", "gepensioneerden": "retiree",
    "emeryci": "retiree", "emerytki": "retiree", "emekliler": "retiree", "pensiunan": "retiree",
    "은퇴한": "retiree", "퇴직한": "retiree", "퇴직자": "retiree", "退職した": "retiree",
    "引退した": "retiree", "定年退職した": "retiree", "सेवानिवृत्त": "retiree", "रिटायर": "retiree",
    "पेंशनभोगी": "retiree",
    # retired as a phrase after the job ("insegnanti in pensione", "Lehrer im Ruhestand")
    "in pensione": "retiree", "pensionato": "retiree", "pensionata": "retiree",
    "pensionate": "retiree", "im ruhestand": "retiree", "in rente": "retiree",
    "pensionär": "retiree", "pensionäre": "retiree", "ruheständler": "retiree",
    "retirados": "retiree", "retiradas": "retiree", "jubilado": "retiree", "jubilada": "retiree",
    "met pensioen": "retiree", "gepensioneerd": "retiree", "emerytowani": "retiree",
    "emerytowane": "retiree", "emerytowany": "retiree", "emerytowana": "retiree",
    "na emeryturze": "retiree", "pensionerade": "retiree", "pensionerad": "retiree",
    "i pension": "retiree", "pensionärer": "retiree", "pensionari": "retiree",
    "pensionare": "retiree", "на пенсии": "retiree", "пенсионерки": "retiree",
    "на пенсії": "retiree", "пенсіонери": "retiree", "пенсіонерки": "retiree",
    "về hưu": "retiree", "nghỉ hưu": "retiree", "đã nghỉ hưu": "retiree",
    # drivers of ride-hailing apps
    "motoristas de uber": "taxi_driver", "motoristas de aplicativo": "taxi_driver",
    "motoristas de app": "taxi_driver", "conductores de uber": "taxi_driver",
    "chauffeurs vtc": "taxi_driver", "chauffeurs uber": "taxi_driver",
    "uber-fahrer": "taxi_driver", "autisti di uber": "taxi_driver", "kierowcy ubera": "taxi_driver",
    "traders": "trader", "day traders": "trader",
    "stylists": "fashion_designer", "fashion designers": "fashion_designer",
    "small business owners": "entrepreneur", "shop owners": "entrepreneur",
}  # fmt: skip
# Description word -> field of study key ("medical students", "estudiantes de medicina").
EXTRA_FIELD_WORDS = {
    "medical": "medicine", "med": "medicine", "nursing": "nursing", "law": "law",
    "engineering": "engineering", "computer science": "computer_science", "cs": "computer_science",
    "business": "business", "art": "graphic_design", "design": "graphic_design",
    "architecture": "architecture", "psychology": "psychology", "economics": "economics",
    "pharmacy": "pharmacy", "veterinary": "veterinary", "vet": "veterinary",
    "history": "history", "biology": "biology", "physics": "physics", "mathematics": "mathematics",
    "math": "mathematics", "maths": "mathematics", "journalism": "journalism",
    "music": "music", "dental": "dentistry", "dentistry": "dentistry",
}  # fmt: skip
# Family roles: word -> (gender or None, role).
FAMILY_WORDS: dict[str, tuple[str | None, str]] = {
    "mothers of toddlers": ("female", "parent_toddler"),
    "moms of toddlers": ("female", "parent_toddler"),
    "mums of toddlers": ("female", "parent_toddler"),
    "fathers of toddlers": ("male", "parent_toddler"),
    "dads of toddlers": ("male", "parent_toddler"), "parents of toddlers": (None, "parent_toddler"),
    "new parents": (None, "parent_toddler"), "new mothers": ("female", "parent_toddler"),
    "new moms": ("female", "parent_toddler"), "new dads": ("male", "parent_toddler"),
    "single fathers": ("male", "single_parent"), "single dads": ("male", "single_parent"),
    "single mothers": ("female", "single_parent"), "single moms": ("female", "single_parent"),
    "single mums": ("female", "single_parent"), "single parents": (None, "single_parent"),
    "mothers": ("female", "parent"), "moms": ("female", "parent"), "mums": ("female", "parent"),
    "fathers": ("male", "parent"), "dads": ("male", "parent"), "parents": (None, "parent"),
    "grandmothers": ("female", "grandparent"), "grandfathers": ("male", "grandparent"),
    "grandparents": (None, "grandparent"), "grandmas": ("female", "grandparent"),
    "grandpas": ("male", "grandparent"), "mães": ("female", "parent"), "pais": (None, "parent"),
    "madres": ("female", "parent"), "padres": (None, "parent"), "mamás": ("female", "parent"),
    "papás": ("male", "parent"), "mamans": ("female", "parent"), "papas": ("male", "parent"),
    "mères": ("female", "parent"), "pères": ("male", "parent"), "mütter": ("female", "parent"),
    "väter": ("male", "parent"), "eltern": (None, "parent"), "madri": ("female", "parent"),
    "mamme": ("female", "parent"), "papà": ("male", "parent"), "moeders": ("female", "parent"),
    "vaders": ("male", "parent"), "matki": ("female", "parent"), "ojcowie": ("male", "parent"),
    "anneler": ("female", "parent"), "babalar": ("male", "parent"), "ibu-ibu": ("female", "parent"),
    "mães solteiras": ("female", "single_parent"), "madres solteras": ("female", "single_parent"),
    "padres solteros": ("male", "single_parent"), "mères célibataires": ("female", "single_parent"),
    "alleinerziehende": (None, "single_parent"),
    # parents and grandparents in the other bio languages
    "родители": (None, "parent"), "мамы": ("female", "parent"), "папы": ("male", "parent"),
    "матери": ("female", "parent"), "отцы": ("male", "parent"), "батьки": (None, "parent"),
    "мами": ("female", "parent"), "матері": ("female", "parent"), "тати": ("male", "parent"),
    "父母": (None, "parent"), "妈妈": ("female", "parent"), "爸爸": ("male", "parent"),
    "宝妈": ("female", "parent_toddler"), "母親": ("female", "parent"), "父親": ("male", "parent"),
    "ママ": ("female", "parent"), "パパ": ("male", "parent"), "부모": (None, "parent"),
    "엄마": ("female", "parent"), "아빠": ("male", "parent"), "माता-पिता": (None, "parent"),
    "माताएँ": ("female", "parent"), "पिता": ("male", "parent"), "أمهات": ("female", "parent"),
    "آباء": ("male", "parent"), "cha mẹ": (None, "parent"), "mẹ": ("female", "parent"),
    "bố": ("male", "parent"), "phụ huynh": (None, "parent"), "părinți": (None, "parent"),
    "mame": ("female", "parent"), "mămici": ("female", "parent"), "tați": ("male", "parent"),
    "föräldrar": (None, "parent"), "mammor": ("female", "parent"), "pappor": ("male", "parent"),
    "ebeveynler": (None, "parent"), "ouders": (None, "parent"), "rodzice": (None, "parent"),
    "genitori": (None, "parent"), "bapak-bapak": ("male", "parent"),
    "abuelos": (None, "grandparent"), "abuelas": ("female", "grandparent"),
    "avós": (None, "grandparent"),
    "grands-parents": (None, "grandparent"), "grands parents": (None, "grandparent"),
    "grand-mères": ("female", "grandparent"), "grands-pères": ("male", "grandparent"),
    "mamies": ("female", "grandparent"), "papis": ("male", "grandparent"),
    "großeltern": (None, "grandparent"), "großmütter": ("female", "grandparent"),
    "großväter": ("male", "grandparent"), "omas": ("female", "grandparent"),
    "opas": ("male", "grandparent"), "nonni": (None, "grandparent"),
    "nonne": ("female", "grandparent"), "grootouders": (None, "grandparent"),
    "grootmoeders": ("female", "grandparent"), "grootvaders": ("male", "grandparent"),
    "oma's": ("female", "grandparent"), "opa's": ("male", "grandparent"),
    "dziadkowie": (None, "grandparent"), "babcie": ("female", "grandparent"),
    "morföräldrar": (None, "grandparent"), "farföräldrar": (None, "grandparent"),
    "mormödrar": ("female", "grandparent"), "farmödrar": ("female", "grandparent"),
    "büyükanneler": ("female", "grandparent"), "büyükbabalar": ("male", "grandparent"),
    "nineler": ("female", "grandparent"), "dedeler": ("male", "grandparent"),
    "kakek nenek": (None, "grandparent"), "nenek": ("female", "grandparent"),
    "kakek": ("male", "grandparent"), "бабушки": ("female", "grandparent"),
    "дедушки": ("male", "grandparent"), "бабусі": ("female", "grandparent"),
    "дідусі": ("male", "grandparent"), "祖父母": (None, "grandparent"),
    "爷爷奶奶": (None, "grandparent"), "奶奶": ("female", "grandparent"),
    "爷爷": ("male", "grandparent"), "外婆": ("female", "grandparent"),
    "おばあちゃん": ("female", "grandparent"), "おじいちゃん": ("male", "grandparent"),
    "조부모": (None, "grandparent"), "할머니": ("female", "grandparent"),
    "할아버지": ("male", "grandparent"), "दादा-दादी": (None, "grandparent"),
    "दादी": ("female", "grandparent"), "नानी": ("female", "grandparent"),
    "दादा": ("male", "grandparent"), "أجداد": (None, "grandparent"),
    "جدات": ("female", "grandparent"), "ông bà": (None, "grandparent"),
    "bunici": (None, "grandparent"), "bunicuțe": ("female", "grandparent"),
}  # fmt: skip
PLACE_WORDS = {
    "rural": "rural", "countryside": "rural", "rural areas": "rural", "villages": "rural",
    "village": "rural", "small town": "small_town", "small towns": "small_town",
    "small-town": "small_town", "big city": "big_city", "big cities": "big_city",
    "urban": "big_city", "cities": "big_city", "campo": "rural", "zona rural": "rural",
    "zonas rurales": "rural", "meio rural": "rural", "interior": "rural", "pueblo": "small_town",
    "pueblos": "small_town", "cidade pequena": "small_town", "cidades pequenas": "small_town",
    "campagne": "rural", "petite ville": "small_town", "petites villes": "small_town",
    "auf dem land": "rural", "ländlich": "rural", "ländlichen": "rural", "kleinstadt": "small_town",
    "dorf": "rural", "campagna": "rural", "paese": "small_town", "platteland": "rural",
    "wieś": "rural", "wsi": "rural", "köy": "rural", "kırsal": "rural", "desa": "rural",
    "pedesaan": "rural",
}  # fmt: skip
_PLACE_PREPS = frozenset(
    _words(
        "in from near around en de desde a à au aux em no na nos nas aus bei nach da di dal del "
        "w we z ze dari uit te bij do"
    )
)
# Cities known by their capitals, matched only as written ("LA", not the article "la").
_CITY_ABBREVIATIONS = {
    "LA": "los angeles",
    "L.A": "los angeles",
    "NYC": "new york city",
    "SF": "san francisco",
    "DC": "washington",
    "D.C": "washington",
    "CDMX": "mexico city",
    "KL": "kuala lumpur",
}
# Words that look like occupations/interests/places in one language but are common words in
# another (Dutch "arts" = doctor; "Most", "Nice" and "Mobile" are cities).
_AMBIGUOUS = frozenset(_words("arts die man most nice mobile reading bath split orange young"))
# Words that join the items of a list ("nurses, chefs and retirees"): a retiree word
# separated from every other occupation by one of these (or a comma) is a group of its own,
# not a modifier ("retired teachers", "professoras reformadas").
_LIST_WORDS = frozenset(
    _words(
        "and or plus as well y o e et ou und oder sowie en of i oraz lub albo ve veya ya da dan "
        "atau serta a ja och eller og и или та і або 和 与 及 或 と や 및 그리고 와 과 하고 이랑 "
        "또는 และ หรือ और या و أو"
    )
)
_LIST_MARKS = re.compile(r"[,;/&+、，]")


@dataclass(frozen=True)
class Hints:
    age: tuple[int, int] | None = None
    occupations: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()
    genders: tuple[str, ...] = ()
    cities: tuple[City, ...] = ()
    country: str | None = None
    understood: dict[str, str] = field(default_factory=dict)
    not_understood: tuple[str, ...] = ()
    regions: tuple[tuple[str, frozenset[str], str], ...] = ()  # (country, admin1 codes, name)
    settlement: str | None = None  # "rural" | "small_town" | "big_city"
    former: tuple[str, ...] = ()  # former occupations of retirees ("retired teachers")
    fields: tuple[str, ...] = ()  # fields of study ("medical students")
    family: tuple[str, ...] = ()  # family roles ("parent", "parent_toddler", ...)
    # occupations named only in a feminine form beside others that are not ("Rentnerinnen
    # und Köche": the retirees are women, the cooks anyone)
    female_occupations: tuple[str, ...] = ()
    # where the people come from when they live elsewhere ("Nigerian doctors in the UK",
    # "immigrants from Mexico in Texas"): (the word as written, its country code)
    heritage: tuple[str, str] | None = None
    # an age given to some of the listed groups only ("nurses aged 30-40 and retirees"):
    # (occupation, (low, high)) pairs; ``age`` is then None
    group_ages: tuple[tuple[str, tuple[int, int]], ...] = ()

    @property
    def region_names(self) -> tuple[str, ...]:
        return tuple(r[2] for r in self.regions)


def _plurals(code: str, word: str) -> list[str]:
    w = word
    if code == "en":
        if w.endswith("man"):
            return [w[:-3] + "men"]
        if w.endswith("y") and w[-2:-1] not in "aeiou":
            return [w[:-1] + "ies"]
        return [w + "es"] if w.endswith(("s", "x", "ch", "sh")) else [w + "s"]
    if code == "es":
        if w.endswith("z"):
            return [w[:-1] + "ces"]
        return [w + "s"] if w[-1:] in "aeiouáéó" else [w + "es"]
    if code == "pt":
        if w.endswith("ão"):
            return [w[:-2] + "ões", w + "s"]
        if w.endswith("m"):
            return [w[:-1] + "ns"]
        if w.endswith("l"):
            return [w[:-1] + "is"]
        return [w + "es"] if w[-1:] in "rzs" else [w + "s"]
    if code == "fr":
        if w.endswith("al"):
            return [w[:-2] + "aux"]
        return [w] if w[-1:] in "sxz" else [w + "s", w + "x"]
    if code == "it":
        if w.endswith(("ca", "co")):
            return [w[:-1] + "he", w[:-1] + "hi", w[:-1] + "i"]
        if w.endswith("ista"):
            return [w[:-1] + "i", w[:-1] + "e"]
        return {"o": [w[:-1] + "i"], "a": [w[:-1] + "e"], "e": [w[:-1] + "i"]}.get(w[-1:], [w])
    if code == "de":
        if w.endswith("in"):
            return [w + "nen"]
        return [w, w + "e", w + "en", w + "n"]
    if code == "nl":
        return [w + "s", w + "en", w + "n"]
    if code == "tr":
        vowels = [ch for ch in w if ch in "aıoueiöü"]
        return [w + ("lar" if vowels and vowels[-1] in "aıou" else "ler")]
    if code == "pl":
        if w.endswith("ka"):
            return [w[:-1] + "i"]
        if w.endswith(("arz", "erz")):
            return [w + "e"]
        for end, plural in _PL_PLURALS:
            if w.endswith(end):
                return [w[: len(w) - len(end)] + plural]
        return []
    if code in ("ru", "uk"):
        return _east_slavic_plurals(code, w)
    if code == "ar":  # sound plurals ("مهندسون", "ممرضات"); broken plurals are listed
        return [w[:-1] + "ات"] if w.endswith("ة") else [w + "ون", w + "ين"]
    if code == "id":  # reduplication: "guru-guru", "sopir-sopir bus"
        return [f"{w}-{w}"]
    if code == "sv":
        if w.endswith(("are", "er", "iker", "ande", "ende")):
            return [w]
        if w.endswith("a"):
            return [w[:-1] + "or"]
        if w.endswith("man"):
            return [w[:-3] + "män"]
        if w.endswith("e"):
            return [w + "r"]
        return [w + "er", w + "ar"]
    if code == "ro":  # folded: "ă" reads "a", "ț" "t"
        if w.endswith("oare"):
            return [w]
        if w.endswith("a"):
            return [w[:-1] + "e"]
        if w.endswith("e"):
            return [w[:-1] + "i"]
        if w.endswith("st"):
            return [w[:-2] + "sti"]
        if w.endswith(("t", "d")):
            return [w[:-1] + ("ti" if w.endswith("t") else "zi")]
        return [w + "i"] if w[-1:].isalpha() and w[-1:] not in "aeiou" else []
    return []


# Polish masculine personal plurals (folded endings are matched too: fold drops the marks).
_PL_PLURALS = (
    ("ista", "iści"), ("ysta", "yści"), ("sta", "ści"), ("ca", "cy"), ("nik", "nicy"),
    ("ik", "icy"), ("yk", "ycy"), ("log", "lodzy"), ("or", "orzy"), ("er", "erzy"),
    ("ent", "enci"), ("ant", "anci"), ("ta", "ci"), ("ek", "cy"), ("ec", "cy"),
    ("cz", "cze"), ("sz", "sze"), ("rg", "rdzy"), ("og", "odzy"),
)  # fmt: skip


def _east_slavic_plurals(code: str, w: str) -> list[str]:
    """Nominative plurals of (folded: "й" reads "и") Russian and Ukrainian job nouns
    ("водитель" -> "водители", "сварщик" -> "сварщики", "водій" -> "водії"; irregular
    ones such as "медсёстры" are listed by hand)."""
    soft = "и" if code == "ru" else "і"
    hard = "ы" if code == "ru" else "и"
    if w.endswith("ець"):
        return [w[:-3] + "ці"]
    if w.endswith("ец"):
        return [w[:-2] + "цы"]
    if w.endswith("ь"):
        return [w[:-1] + soft]
    if code == "uk" and w.endswith(("іи", "еи", "аи")):  # водій, лакей
        return [w[:-1] + "ї"]
    if w.endswith("а"):
        return [w[:-1] + ("и" if w[-2:-1] in "гкхжчшщ" else hard)]
    if w.endswith("я"):
        return [w[:-1] + soft]
    if w[-1:] in "гкхжчшщ":
        return [w + "и"]
    if w[-1:].isalpha() and w[-1:] not in "аеёиоуыэюяієї":
        return [w + hard]
    return []


_HEAD_FIRST = frozenset({"es", "pt", "fr", "it", "pl", "ro", "id", "ar"})


# Folded adjective endings of Russian and Ukrainian and their plurals ("ый" is "ыи" folded).
_SLAVIC_ADJ = {
    "ru": (("ыи", "ые"), ("ии", "ие"), ("ои", "ые"), ("ая", "ые"), ("яя", "ие")),
    "uk": (("ии", "і"), ("а", "і"), ("я", "і")),
}


def _slavic_phrase_plural(code: str, words: list[str]) -> tuple[str, ...] | None:
    """The plural of a Russian/Ukrainian phrase: its leading adjectives and first noun
    ("медична сестра" -> "медичні сестри"; "водитель автобуса" -> "водители автобуса")."""
    out = list(words)
    for i, w in enumerate(words):
        last = i == len(words) - 1
        ending = next((e for e in _SLAVIC_ADJ[code] if w.endswith(e[0])), None)
        if ending and not last and (code == "ru" or len(ending[0]) == 2 or i == 0):
            out[i] = w[: len(w) - len(ending[0])] + ending[1]
            continue
        plural = _east_slavic_plurals(code, w)
        if not plural:
            return None
        out[i] = fold(plural[0])
        return tuple(out)
    return None


def _phrase_forms(code: str, phrase: str) -> list[tuple[str, ...]]:
    words = [w.rstrip(".") for w in fold(phrase).split()]  # "ds." is read as "ds"
    if not words:
        return []
    forms = [tuple(words)]
    if code in _SLAVIC_ADJ:
        plural = _slavic_phrase_plural(code, words)
        return forms + [plural] if plural else forms
    head = 0 if code in _HEAD_FIRST else len(words) - 1
    for plural in _plurals(code, words[head]):
        w = list(words)
        w[head] = fold(plural)
        forms.append(tuple(w))
    if code == "tr" and len(words) > 1:  # "yazılım mühendisi" -> "yazılım mühendisleri"
        last = phrase.split()[-1].lower()  # unfolded: vowel harmony needs "ı" and "ö"
        for rx in (r"^(.*[aıoueiöü])s[iıuü]$", r"^(.+)[iıuü]$"):  # -sı after a vowel, -ı
            m = re.match(rx, last)
            if m:
                stem = m.group(1)
                vowels = [ch for ch in stem if ch in "aıoueiöü"]
                back = bool(vowels) and vowels[-1] in "aıou"
                forms.append((*words[:-1], fold(stem + ("ları" if back else "leri"))))
    if code in _AGREEING and len(words) > 1:  # "ingenieros civiles", "ingineri constructori"
        n = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
        options = [[fold(p) for p in _plurals(code, w)] for w in words[:n]]
        if n > 1 and all(options):
            for combo in itertools.islice(itertools.product(*options), 12):
                forms.append((*combo, *words[n:]))
    return forms


# Head-first languages whose adjectives agree in number with the noun, and the words that
# end the agreeing part of a job title ("técnico de laboratorio").
_AGREEING = frozenset({"es", "pt", "fr", "it", "ro"})
_PREPOSITIONS = frozenset({
    "de", "del", "des", "du", "d", "da", "do", "das", "dos", "di", "della", "dello", "dei",
    "degli", "delle", "en", "em", "a", "au", "aux", "al", "alla", "per", "para", "pour", "in",
    "la", "pentru", "din", "cu", "e", "et", "y", "i",
})  # fmt: skip


@cache
def _indexes() -> tuple[dict, dict, dict, dict, frozenset]:
    """(occupations, interests, genders, age words, stopwords), keyed by folded word tuples."""
    occ: dict[tuple[str, ...], str] = {}
    interests: dict[tuple[str, ...], str] = {}
    genders: dict[tuple[str, ...], str] = {}
    stop: set[str] = set()
    listed: set[tuple[str, ...]] = set()  # occupation words given as such, not labels
    order = ("en",) + tuple(c for c in langs.SUPPORTED if c != "en")
    for code in order:
        mod = langs.module_data(code)
        for word, key in getattr(mod, "OCCUPATION_WORDS", {}).items():
            occ.setdefault(tuple(fold(word).split()), key)
            listed.add(tuple(fold(word).split()))
        labels = list(mod.OCCUPATIONS.items())
        for table in getattr(mod, "COUNTRY_OVERRIDES", {}).values():  # Portugal's, Spain's
            labels.extend(table.items())
        for key, label in labels:
            for form in {*langs.split_gender(label)}:
                for f in _phrase_forms(code, form):
                    occ.setdefault(f, key)
        for word, key in getattr(mod, "INTEREST_WORDS", {}).items():
            interests.setdefault(tuple(fold(word).split()), key)
        for key, label in mod.INTERESTS.items():
            interests.setdefault(tuple(fold(label).split()), key)
        for word, gender in getattr(mod, "GENDER_WORDS", {}).items():
            genders.setdefault(tuple(fold(word).split()), gender)
        stop.update(fold(getattr(mod, "STOPWORDS", "")).split())
    for word, key in EXTRA_INTEREST_WORDS.items():
        interests.setdefault(tuple(fold(word).split()), key)
    for word, key in EXTRA_OCCUPATION_WORDS.items():
        occ.setdefault(tuple(fold(word).split()), key)
        listed.add(tuple(fold(word).split()))
    for key in INTERESTS:
        interests.setdefault(tuple(key.split("_")), key)
    for key in OCCUPATIONS:
        occ.setdefault(tuple(key.split("_")), key)
    # A label (or its made-up plural) that is an interest word in some language stays the
    # interest: German "kochen", Dutch "koken" and French "danser" are verbs ("who cook").
    for k in [k for k in occ if k in interests and k not in listed]:
        del occ[k]
    ages = {tuple(k.split()): v for k, v in _AGE_WORDS.items()}
    for table in (occ, interests):
        for k in [k for k in table if len(k) == 1 and k[0] in _AMBIGUOUS]:
            del table[k]
    # A stopword is never a content word on its own.
    for table in (occ, interests, genders):
        for k in [k for k in table if len(k) == 1 and k[0] in stop]:
            del table[k]
    return occ, interests, genders, ages, frozenset(stop)


# Feminine word endings and their masculine partners, per language (folded): a description
# word with such an ending is a feminine form when its partner is a word of the same
# occupation ("profesoras" / "profesores", "étudiantes" / "étudiants"); a masculine plural
# is the generic one and says nothing about gender.
_FEMININE_ENDINGS = {
    "es": (("as", ("os", "es", "s")), ("a", ("o", ""))),
    "pt": (("as", ("os", "es", "s")), ("a", ("o", ""))),
    "it": (("e", ("i",)), ("a", ("o", "e"))),
    "fr": (("ieres", ("iers",)), ("euses", ("eurs",)), ("trices", ("teurs",)),
           ("ennes", ("ens",)), ("es", ("s",)), ("e", ("",))),
    "ro": (("e", ("i",)), ("a", ("",))),
    "de": (("innen", ("", "e", "en")), ("in", ("",))),
    "nl": (("es", ("en", "s")), ("ster", ("er",))),
    "pl": (("ki", ("cy", "rzy")), ("ka", ("",))),
    "ru": (("ницы", ("ники", "ы")), ("ница", ("ник",)), ("ки", ("и",))),
    "uk": (("ниці", ("ники",)), ("ниця", ("ник",)), ("ки", ("и",))),
    "sv": (("skor", ("are",)),),
}  # fmt: skip
# Words that name women whatever partner they have ("Krankenschwestern").
_FEMININE_WORDS = frozenset({
    "krankenschwester", "krankenschwestern", "policewomen", "waitresses", "stewardesses",
    "businesswomen", "saleswomen", "camareras", "azafatas", "hotesses",
})  # fmt: skip


@cache
def _feminine_occupation_words() -> frozenset[tuple[str, ...]]:
    """Folded description words (tuples) that name an occupation in its feminine form only:
    the feminine label of a gendered occupation and its plurals, and listed words whose
    ending is feminine beside a masculine partner."""
    fem: set[tuple[str, ...]] = set()
    masc: set[tuple[str, ...]] = set()
    for code in langs.SUPPORTED:
        mod = langs.module_data(code)
        labels = dict(mod.OCCUPATIONS)
        for table in getattr(mod, "COUNTRY_OVERRIDES", {}).values():
            labels.update(table)
        by_key: dict[str, set[str]] = {}
        for key, label in labels.items():
            m, f = langs.split_gender(label)
            forms_m, forms_f = _phrase_forms(code, m), _phrase_forms(code, f)
            masc.update(forms_m)
            if m != f:
                fem.update(forms_f)
            for form in (*forms_m, *forms_f):
                by_key.setdefault(key, set()).add(" ".join(form))
        words = getattr(mod, "OCCUPATION_WORDS", {})
        for word, key in words.items():
            by_key.setdefault(key, set()).add(fold(word))
        for word, key in words.items():
            w = fold(word)
            partners = by_key.get(key, set())
            for ending, masculine in _FEMININE_ENDINGS.get(code, ()):
                if w.endswith(ending) and any(
                    w[: len(w) - len(ending)] + e in partners for e in masculine
                ):
                    fem.add(tuple(w.split()))
                    break
    fem -= masc
    fem.update((w,) for w in _FEMININE_WORDS)
    return frozenset(fem)


@cache
def _more_indexes() -> tuple[dict, dict, dict]:
    """(fields of study, family roles, settlement words), keyed by folded word tuples."""
    fields: dict[tuple[str, ...], str] = {}
    family: dict[tuple[str, ...], tuple[str | None, str]] = {}
    settle: dict[tuple[str, ...], str] = {}
    for word, key in EXTRA_FIELD_WORDS.items():
        fields[tuple(fold(word).split())] = key
    for word, value in FAMILY_WORDS.items():
        family[tuple(fold(word).split())] = value
    for word, value in PLACE_WORDS.items():
        settle[tuple(fold(word).split())] = value
    for code in langs.SUPPORTED:
        mod = langs.module_data(code)
        for key, label in mod.FIELDS.items():
            fields.setdefault(tuple(fold(label).split()), key)
        for word, key in getattr(mod, "FIELD_WORDS", {}).items():
            fields.setdefault(tuple(fold(word).split()), key)
        for word, value in getattr(mod, "FAMILY_WORDS", {}).items():
            family.setdefault(tuple(fold(word).split()), value)
        for word, value in getattr(mod, "PLACE_WORDS", {}).items():
            settle.setdefault(tuple(fold(word).split()), value)
    return fields, family, settle


@cache
def _module_age_words() -> dict[tuple[str, ...], tuple[int, int]]:
    out = {}
    for code in langs.SUPPORTED:
        for word, rng in getattr(langs.module_data(code), "AGE_WORDS", {}).items():
            out.setdefault(tuple(fold(word).split()), tuple(rng))
    return out


def _age(text: str) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
    """Age range and the character spans that expressed it (on the folded text)."""
    for m in _RANGE_RE.finditer(text):
        lo, hi = int(m.group(1)), int(m.group(2))
        if 13 <= lo <= hi <= 110:
            return (lo, hi), [m.span()]
    spans, lows, highs = [], [], []
    for m in _DECADE_RE.finditer(text):
        d = int(m.group(2)) * 10
        if 10 <= d <= 90:
            lo, hi = {"early": (d, d + 3), "mid": (d + 3, d + 6), "late": (d + 6, d + 9)}.get(
                m.group(1) or "", (d, d + 9)
            )
            lows.append(max(lo, 13))
            highs.append(hi)
            spans.append(m.span())
    for m in _DECADE_WORD_RE.finditer(text):
        d = _DECADE_WORDS[m.group(2)] * 10
        lows.append(d + {"mid": 3, "late": 6}.get(m.group(1) or "", 0))
        highs.append(d + {"early": 3, "mid": 6}.get(m.group(1) or "", 9))
        spans.append(m.span())
    if lows:
        return (min(lows), max(highs)), spans
    for m in _OVER_RE.finditer(text):
        n = int(m.group(2))
        lo = n if m.group(1) == "at least" else n + 1
        if 13 <= lo <= 100:
            return (lo, min(110, max(lo + 20, 85))), [m.span()]
    for m in _PLUS_RE.finditer(text):
        n = int(m.group(1))
        if 13 <= n <= 100:
            return (n, min(110, max(n + 20, 85))), [m.span()]
    for m in _UNDER_RE.finditer(text):
        n = int(m.group(2))
        if 14 <= n <= 110:
            return (13 if n <= 20 else 18, n - 1), [m.span()]
    for m in _SINGLE_RE.finditer(text):
        n = int(next(g for g in m.groups() if g))
        if 13 <= n <= 110:
            return (n, n), [m.span()]
    return None, []


_KO_PARTICLES = (
    "하고", "이랑", "에서의", "에서", "으로", "에게", "들의", "들은", "들이", "들", "의", "에",
    "은", "는", "이", "가", "을", "를", "과", "와", "로",
)  # fmt: skip
_FILLER = frozenset("の的在和と、人")
_TR_SUFFIX_RE = re.compile(r"^(.{2,})['’](?:[dt][ae]n?|n?[ıiuü]n|[ıiuü]|y?[ae])$")


@cache
def _known_tokens() -> tuple[int, frozenset[str]]:
    """(the most words of any known phrase, every word of one): "정신과 의사" keeps its
    "과" (not the particle "and"), and nine-word Vietnamese job titles are read whole."""
    occ, interests, genders, ages, _stop = _indexes()
    tables = (occ, interests, genders, ages, *_more_indexes(), _module_age_words())
    longest = max((len(k) for table in tables for k in table), default=4)
    return max(4, longest), frozenset(w for table in tables for k in table for w in k)


@cache
def _nospace_words() -> tuple[int, frozenset[str]]:
    """Known words written in space-less scripts (longest length, the words), folded."""
    occ, interests, genders, ages, _stop = _indexes()
    fields, family, settle = _more_indexes()
    words = {k[0] for table in (occ, interests, genders, ages, fields, family, settle)
             for k in table if len(k) == 1 and _NOSPACE_RE.search(k[0])}  # fmt: skip
    words |= {k for k in places.city_keys() if _NOSPACE_RE.search(k)}
    words |= {k for k in places.country_index() if _NOSPACE_RE.search(k)}  # 日本の, 在中国
    return max(map(len, words), default=1), frozenset(words)


def _split_token(folded: str, original: str) -> list[tuple[str, str]]:
    """A token as one or more (folded, original) words: Chinese/Japanese/Thai text is cut
    at the known words it contains (longest first), Korean particles are dropped
    ("서울의" -> "서울"), Turkish case suffixes after an apostrophe too ("İstanbul'da")."""
    if _NOSPACE_RE.search(folded):
        longest, words = _nospace_words()
        out, i, rest = [], 0, ""
        while i < len(folded):
            for n in range(min(longest, len(folded) - i), 0, -1):
                if folded[i : i + n] in words:
                    if set(rest) - _FILLER:
                        out.append((rest, rest))
                    rest = ""
                    out.append((folded[i : i + n], original[i : i + n]))
                    i += n
                    break
            else:
                rest += folded[i]
                i += 1
        if set(rest) - _FILLER:
            out.append((rest, rest))
        return out
    if "\uac00" <= folded[-1:] <= "\ud7a3" and folded not in _known_tokens()[1]:
        for p in _KO_PARTICLES:
            if folded.endswith(p) and len(folded) > len(p) + 1:
                return [(folded[: -len(p)], original[: -len(p)])]
    m = _TR_SUFFIX_RE.match(folded)
    if m:
        n = len(m.group(1))
        return [(folded[:n], original[:n])]
    if (
        folded[:1] in _AR_PREFIX_START
        and folded not in _known_tokens()[1]
        and not places.find_cities(folded)  # الرياض is a city, not "the riyad"
    ):
        known = _known_tokens()[1]
        for p in _AR_PREFIXES:  # "وجنود" (and soldiers), "والممرضات", "للأطباء"
            if folded.startswith(p) and folded[len(p) :] in known:
                return [(folded[len(p) :], original[len(p) :])]
    return [(folded, original)]


# Arabic conjunction and article prefixes written onto the next word, longest first.
_AR_PREFIXES = ("وال", "فال", "بال", "لل", "ال", "و", "ف")
_AR_PREFIX_START = frozenset("وفبلا")


def _resolve_city(cities: tuple[City, ...], country: str | None) -> City:
    if country:
        for c in cities:
            if c.country == country:
                return c
    return cities[0]


def _retiree_modifies(text: str, occ_spans: list[tuple[int, int, str]]) -> bool:
    """Whether a retiree word of the description qualifies another occupation ("retired
    teachers", "retirees who were nurses", "enseignants retraités") rather than being one
    item of a list of groups ("nurses, chefs and retirees"). It qualifies one that is at
    most three words away with no comma or list word between; with no other occupation
    there is nothing to tell apart."""
    retirees = [(a, b) for a, b, key in occ_spans if key == "retiree"]
    others = [(a, b) for a, b, key in occ_spans if key != "retiree"]
    return not others or _next_to(text, retirees, others)


def _next_to(text: str, spans: list[tuple[int, int]], others: list[tuple[int, int]]) -> bool:
    """Whether a word at one of ``spans`` qualifies one at ``others``: at most three words
    apart with no comma or list word ("and", "와", "و") between them."""
    for r_start, r_end in spans:
        for o_start, o_end in others:
            gap = text[r_end:o_start] if r_end <= o_start else text[o_end:r_start]
            words = [w.lower() for w in _WORD_RE.findall(gap)]
            listed = _LIST_MARKS.search(gap) or any(w in _LIST_WORDS for w in words)
            if len(words) <= 3 and not listed:
                return True
    return False


@lru_cache(maxsize=512)
def parse(description: str) -> Hints:
    """Hints found in a description (independent of the bio language)."""
    text = description or ""
    if not text.strip():
        return Hints()
    # Fold character by character so offsets stay aligned with the original text.
    folded = "".join(fold(ch)[:1] or " " for ch in text)
    age, spans = _age(folded)
    occ_idx, int_idx, gen_idx, age_idx, stop = _indexes()
    field_idx, fam_idx, settle_idx = _more_indexes()
    age_idx = {**_module_age_words(), **age_idx}

    tokens = []  # (folded, original)
    offsets = []  # per token: (start, end) of the word it came from in ``text``
    for m in _WORD_RE.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        original = m.group().rstrip(".")
        pieces = _split_token(folded[m.start() : m.start() + len(original)], original)
        tokens.extend(pieces)
        cursor = 0  # a word cut into pieces (Chinese, Japanese, Thai): each piece's own place
        for _, piece in pieces:
            at = original.find(piece, cursor)
            at = cursor if at < 0 else at
            cursor = at + len(piece)
            offsets.append((m.start() + at, m.start() + cursor))

    occupations, interests, genders, cities, countries, ignored = [], [], [], [], [], []
    fem_idx = _feminine_occupation_words()
    feminine: list[bool] = []  # per occupation word: a feminine-only form?
    regions, fields, family, settlement = [], [], [], None
    occ_spans: list[tuple[int, int, str]] = []  # where each occupation word is in ``text``
    age_span: tuple[int, int] | None = None  # where an age word ("teenagers") is
    origins: list[tuple[str, str]] = []  # demonyms and "from <country>": (word, code)
    i = 0
    while i < len(tokens):
        abbreviation = _CITY_ABBREVIATIONS.get(tokens[i][1])  # "LA", "NYC", as written
        if abbreviation:
            cities.append(places.find_cities(abbreviation))
            i += 1
            continue
        matched = 0
        for n in range(_known_tokens()[0], 0, -1):
            if i + n > len(tokens):
                continue
            key = tuple(t[0] for t in tokens[i : i + n])
            if n == 1 and key[0] in stop:
                break
            if key in age_idx and age is None:
                age = age_idx[key]
                age_span = (offsets[i][0], offsets[i + n - 1][1])
            elif key in fam_idx:
                gender, role = fam_idx[key]
                family.append(role)
                if gender:
                    genders.append(gender)
            elif key in occ_idx:
                occupations.append(occ_idx[key])
                feminine.append(key in fem_idx)
                occ_spans.append((offsets[i][0], offsets[i + n - 1][1], occ_idx[key]))
            elif key in int_idx:
                interests.append(int_idx[key])
            elif key in gen_idx:
                genders.append(gen_idx[key])
            elif key in field_idx:
                fields.append(field_idx[key])
            elif key in settle_idx:
                settlement = settlement or settle_idx[key]
            else:
                phrase = " ".join(key)
                originals = [t[1] for t in tokens[i : i + n]]
                # Scripts without letter case (Arabic, Devanagari, CJK...) count as capitalised.
                capital = all(
                    w[:1].isupper() or not w[:1].islower() for w in originals if len(w) > 3
                ) and (originals[0][:1].isupper() or not originals[0][:1].islower())
                after_prep = i > 0 and tokens[i - 1][0] in _PLACE_PREPS
                if not (capital or after_prep):
                    continue
                if n == 1 and phrase in _AMBIGUOUS and not (capital and after_prep):
                    continue
                country_idx = places.country_index()  # built on first use
                region = regions_mod.region_index().get(phrase)
                big = places.find_cities(phrase)
                if phrase in country_idx:
                    countries.append(country_idx[phrase])
                    if i > 0 and tokens[i - 1][0] == "from":
                        origins.append((" ".join(originals), country_idx[phrase]))
                elif region and not (big and big[0].population >= 1_000_000):
                    regions.append(region)
                elif phrase in places.DEMONYMS and capital:
                    countries.append(places.DEMONYMS[phrase])
                    origins.append((" ".join(originals), places.DEMONYMS[phrase]))
                elif found := big:
                    cities.append(found)
                else:
                    continue
            matched = n
            break
        if matched:
            i += matched
            continue
        word = tokens[i][0]
        if word not in stop and not word.isdigit() and len(word) > 1 and word not in age_idx:
            ignored.append(tokens[i][1].lower())
        i += 1

    heritage = None
    homes = {c for c in countries if c not in {o[1] for o in origins}}
    homes |= {r[0] for r in regions} | {c.country for found in cities for c in found[:1]}
    if origins and homes - {origins[0][1]}:
        # "Korean students in Canada": they live in Canada and are of Korean heritage
        heritage = origins[0]
        countries = [c for c in countries if c != heritage[1]]
    country = countries[0] if countries else (regions[0][0] if regions else None)
    regions = [r for r in dict.fromkeys(regions) if r[0] == country]
    resolved = tuple(dict.fromkeys(_resolve_city(c, country) for c in cities))
    if resolved and country and all(c.country != country for c in resolved):
        resolved = ()
    understood: dict[str, str] = {}
    occupations = list(dict.fromkeys(occupations))
    if (
        age
        and age_span
        and occupations
        and not _next_to(text, [age_span], [s[:2] for s in occ_spans])
    ):
        # "nurses, chefs and teenagers": the age word is a group of its own, not the age of
        # every group (teenagers are pupils, seniors retirees; other age words stay global)
        group = "pupil" if age[1] <= 19 else "retiree" if age[0] >= 60 else None
        if group:
            occupations.append(group)
            occ_spans.append((*age_span, group))
            feminine.append(False)
            age = None
    group_ages: tuple[tuple[str, tuple[int, int]], ...] = ()
    if age and spans and len(occupations) > 1:
        # "nurses aged 30-40 and retirees": the age is the nurses'; retirees and pupils
        # listed apart keep their own (other groups listed with an age share it)
        near = [k for a, b, k in occ_spans if _next_to(text, spans, [(a, b)])]
        apart = set(occupations) - set(near)
        if near and apart & {"retiree", "pupil"}:
            group_ages = tuple((k, age) for k in dict.fromkeys(near))
            age = None
    former: list[str] = []
    if "retiree" in occupations and _retiree_modifies(text, occ_spans):
        # "retired teachers" are retirees who were teachers
        former = [o for o in occupations if o not in ("retiree", "student", "pupil")]
        occupations = ["retiree"]
    family = list(dict.fromkeys(family))
    if family and age is None:  # parents of toddlers are not 70; grandparents not 25
        spans_by_role = {"parent_toddler": (20, 45), "single_parent": (22, 60),
                         "parent": (22, 65), "grandparent": (50, 88)}  # fmt: skip
        age = spans_by_role.get(family[0])
    working = [o for o in occupations if o not in ("student", "pupil")]
    if age and working and age[0] < 18 <= age[1]:  # "Gen Z traders" are adults: no minors
        age = (18, age[1])
    if age:
        understood["age"] = f"{age[0]}-{age[1]}"
    elif group_ages:
        understood["age"] = "; ".join(
            f"{lo}-{hi} ({k.replace('_', ' ')})" for k, (lo, hi) in group_ages
        )
    interests = list(dict.fromkeys(interests))
    # "enfermeras", "professoras reformadas", "Krankenschwestern": women, unless another
    # word says otherwise ("Lehrerinnen und Lehrer" names both).
    female_occupations: tuple[str, ...] = ()
    # the former jobs' words count for retirees ("Lehrerinnen im Ruhestand" are women)
    job_forms = [fem for (_, _, key), fem in zip(occ_spans, feminine, strict=True) if key in former]
    if not genders and (feminine and all(feminine) or job_forms and all(job_forms)):
        genders.append("female")
    elif any(feminine) and not genders and len(occupations) > 1:
        forms: dict[str, list[bool]] = {}
        for (_, _, key), fem in zip(occ_spans, feminine, strict=True):
            forms.setdefault(key, []).append(fem)
        female_occupations = tuple(k for k in occupations if all(forms[k]))
    genders = list(dict.fromkeys(genders))
    if occupations:
        understood["occupation"] = ", ".join(k.replace("_", " ") for k in occupations)
    if former:
        understood["former occupation"] = ", ".join(k.replace("_", " ") for k in former)
    fields = list(dict.fromkeys(fields))
    if fields:
        understood["field of study"] = ", ".join(k.replace("_", " ") for k in fields)
    if family:
        understood["family"] = ", ".join(k.replace("_", " ") for k in family)
    if settlement:
        understood["settlement"] = settlement.replace("_", " ")
    if resolved:
        understood["place"] = "; ".join(f"{c.name}, {c.country}" for c in resolved)
    elif regions:
        understood["place"] = "; ".join(f"{r[2]}, {r[0]}" for r in regions)
    elif country:
        understood["place"] = f"{places.country_name(country)}, {country}"
    if heritage:
        understood["heritage"] = f"{heritage[0]}, {heritage[1]}"
    if interests:
        understood["interests"] = ", ".join(k.replace("_", " ") for k in interests)
    if genders:
        understood["gender"] = ", ".join(genders)
    elif female_occupations:
        understood["gender"] = "female " + ", ".join(
            k.replace("_", " ") for k in female_occupations
        )
    return Hints(
        age=age,
        occupations=tuple(occupations),
        interests=tuple(interests),
        genders=tuple(genders),
        cities=resolved,
        country=country or (resolved[0].country if resolved else None),
        understood=understood,
        not_understood=tuple(dict.fromkeys(ignored)),
        regions=tuple(regions) if not resolved else (),
        settlement=settlement,
        former=tuple(former),
        fields=tuple(fields),
        family=tuple(family),
        female_occupations=female_occupations,
        heritage=heritage,
        group_ages=group_ages,
    )
