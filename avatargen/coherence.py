"""Coherence checks of one persona record, for every text provider (LLM included).

Each check reads only the record (age, gender, occupation, interests, about, bios) and
names what contradicts what. The word lists cover the offline provider's languages in
their common forms; an LLM's free wording can slip past them (the checks can miss a
contradiction, they do not invent one): each list is of self-descriptions ("proud aunt",
"mother of", "my husband"), not mere mentions ("my dad taught me").

Checks:
  * ``minor_job``: under 18 with an occupation that is not school, or "working as";
  * ``minor_adult_topic``: under 18 with alcohol, investing or a spouse;
  * ``retired_working``: a retiree who says they work now ("I work as", "Trabalho como");
  * ``kinship_gender``: a self-described kinship role of the other gender, or any
    gendered kinship role for a nonbinary persona;
  * ``occupation_gender``: an occupation label in the other grammatical gender (from the
    offline vocabulary, where a language has two forms);
  * ``nonbinary_gendered``: a nonbinary persona whose occupation, traits or texts use a
    word that the offline vocabulary of the record's language has only as a masculine or
    a feminine form ("enfermera", "orgulloso", "Lehrerin"), not its neutral one
    ("enfermero/a", "Lehrer*in"); words of the persona's own names, places and workplace
    are not counted. (On an LLM's free text it can also count a gendered word about
    someone else, "mi madre es cariñosa"; the offline texts have none.)
  * ``pet_not_in_record``: a bio speaks of the persona's dog or cat and the interests
    have no dog or cat.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

_SCHOOL = (
    "student pupil schoolboy schoolgirl estudiante alumno alumna élève eleve lycéen lycéenne "
    "collégien collégienne étudiant étudiante schüler schülerin azubi auszubildende estudante "
    "aluno aluna studente studentessa liceale scholier leerling studentka student uczeń "
    "uczennica licealista licealistka öğrenci ogrenci lise pelajar siswa siswi mahasiswa "
    "mahasiswi 学生 生徒 高校生 中学生 학생 छात्र छात्रा طالب طالبة ученик ученица школьник "
    "школьница студент студентка учень учениця học sinh sinh viên elev studentă student elevă"
)
_ALCOHOL = (
    r"wine|wines|beer|beers|craft beer|whisky|whiskey|cocktails?|vino|vinos|cerveza|cervezas|"
    r"vin|vins|bière|bières|wein|bier|vinho|vinhos|cerveja|cervejas|birra|birre|wijn|"
    r"piwo|piwa|wino|şarap|sarap|bira|anggur|ワイン|ビール|葡萄酒|啤酒|와인|맥주|вино|пиво|"
    r"bere|rượu|öl|vin|红酒|精酿啤酒|वाइन|बीयर|النبيذ|المشروبات|пиво|수제 맥주|hantverksöl|"
    r"vinul|berea|vinuri"
)
_INVESTING = (
    r"investing|investments?|stocks|crypto|inversiones|invertir|investissements?|"
    r"geldanlage|aktien|investimentos?|investire|investimenti|beleggen|inwestowanie|"
    r"inwestycje|yatırım|yatirim|investasi|saham|投資|投资|투자|инвестиции|investiții|đầu tư|"
    r"investeringar|理财|निवेश|الاستثمار|інвестиції|재테크|aktier|investițiile"
)
_SPOUSE = (
    r"my (?:husband|wife|spouse)|married|mi (?:esposo|esposa|marido|mujer)|casad[oa]|"
    r"mon mari|ma femme|mariée?|mein(?:e)? (?:mann|frau|ehemann|ehefrau)|verheiratet|"
    r"(?:meu|minha) (?:marido|esposa|mulher)|mio marito|mia moglie|sposat[oa]|"
    r"mijn (?:man|vrouw)|getrouwd|(?:mój|moja) (?:mąż|żona)|żonaty|zamężna|eşim|evli|"
    r"suami(?:ku)?|istri(?:ku)?|menikah"
)
_WORK_NOW = (
    r"i work as|working as|i'?m working|trabalho como|trabalho na|trabalho no|trabajo como|"
    r"trabajo en|je travaille|ich arbeite|lavoro come|lavoro (?:in|al|alla|presso)|"
    r"ik werk|pracuję|olarak çalışıyorum|çalışıyorum|bekerja sebagai|saya bekerja"
)
_RETIRED = (
    "retiree retired pensioner jubilado jubilada retraité retraitée rentner rentnerin "
    "pensionär pensionärin aposentado aposentada reformado reformada pensionato pensionata "
    "gepensioneerd gepensioneerde emeryt emerytka emekli pensiunan 退職 退休 은퇴 पेंशनभोगी "
    "متقاعد متقاعدة пенсионер пенсионерка пенсіонер пенсіонерка pensionar pensionară "
    "nghỉ hưu"
)
# Self-described kinship roles: (male words, female words), matched as "<word> of/de/…" or
# after "proud"/"orgulhoso" etc., or as fixed phrases.
_KIN_MALE = (
    r"proud (?:dad|father|uncle|grandpa|grandfather|husband|brother)|"
    r"(?:dad|father|uncle|grandpa|grandfather) (?:of|to)|girl dad|boy dad|dad life|"
    r"(?:pai|tio|avô) (?:de|coruja)|orgulhoso (?:pai|tio|avô)|"
    r"(?:papá|padre|tío|abuelo) de|orgulloso (?:papá|padre|tío|abuelo)|"
    r"(?:papa|père|oncle|grand-père) de|fier (?:papa|père|oncle|tonton)|"
    r"(?:vater|papa|onkel|opa) von|stolzer (?:vater|papa|onkel|opa)|"
    r"(?:papà|padre|zio|nonno) di|orgoglioso (?:papà|padre|zio|nonno)|"
    r"(?:vader|papa|oom|opa) van|trotse (?:vader|papa|oom|opa)|"
    r"dumny (?:tata|ojciec|wujek|dziadek)|(?:tata|wujek) (?:dwójki|trójki)|"
    r"gururlu (?:baba|amca|dayı)|(?:ayah|paman|kakek) dari|bangga jadi (?:ayah|paman)"
)
_KIN_FEMALE = (
    r"proud (?:mom|mum|mother|aunt|auntie|grandma|grandmother|wife|sister)|"
    r"(?:mom|mum|mother|aunt|auntie|grandma|grandmother) (?:of|to)|boy mom|girl mom|mom life|"
    r"mum life|(?:mãe|tia|avó) (?:de|coruja)|orgulhosa (?:mãe|tia|avó)|"
    r"(?:mamá|madre|tía|abuela) de|orgullosa (?:mamá|madre|tía|abuela)|"
    r"(?:maman|mère|tante|grand-mère) de|fière (?:maman|mère|tante|tata)|"
    r"(?:mutter|mama|tante|oma) von|stolze (?:mutter|mama|tante|oma)|"
    r"(?:mamma|madre|zia|nonna) di|orgogliosa (?:mamma|madre|zia|nonna)|"
    r"(?:moeder|mama|tante|oma) van|trotse (?:moeder|mama|tante|oma)|"
    r"dumna (?:mama|matka|ciocia|babcia)|(?:mama|ciocia) (?:dwójki|trójki)|"
    r"gururlu (?:anne|teyze|hala)|(?:ibu|bibi|nenek) dari|bangga jadi (?:ibu|bibi)"
)
_PARENT = (
    r"(?:dad|father|mom|mum|mother|parent|pai|mãe|papá|mamá|padre|madre|papa|maman|père|mère|"
    r"vater|mutter|mama|papà|mamma|vader|moeder|ouder|tata|rodzic|ayah|ibu|orang tua|elternteil)"
    r" (?:of|to|de|di|von|van|dari|dwójki|trójki|dvou)|girl dad|boy dad|boy mom|girl mom|"
    r"dad life|mom life|mum life|iki çocuk (?:annesi|babası)|(?:annesi|babası)"
)
_DOG = (
    r"dogs?|doggo|pup|puppy|perros?|perrit[oa]s?|chiens?|hund|hunde|hundes|cachorr[oa]s?|cães|cão|"
    r"cani|cane|honden|hond|psy|psa|pies|köpek|köpekler|kopek|köpeğim|anjing|犬|狗|개|강아지|собак[аи]|"
    r"пёс|пес|câine|câini|chó|hundar"
)
_CAT = (
    r"cats?|kitty|gatos?|gatit[oa]s?|chats?|katze|katzen|gatti|gatto|katten|kat|koty|kot|"
    r"kedi|kediler|kedim|kucing|猫|貓|고양이|кошк[аи]|кот|pisic[aă]|pisici|mèo|katter"
)


def _words(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


def _rx(spec: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{spec})(?!\w)", re.IGNORECASE)


SCHOOL_WORDS = _words(_SCHOOL)
RETIRED_WORDS = _words(_RETIRED)
ALCOHOL_RE = _rx(_ALCOHOL)
INVESTING_RE = _rx(_INVESTING)
SPOUSE_RE = _rx(_SPOUSE)
WORK_NOW_RE = _rx(_WORK_NOW)
# A kinship word written in both forms ("padre/madre de", "abuelo/a") is a nonbinary
# persona's neutral one, not a gendered self-description.
KIN_MALE_RE = re.compile(rf"(?<![\w/])(?:{_KIN_MALE})(?![\w/])", re.IGNORECASE)
KIN_FEMALE_RE = re.compile(rf"(?<![\w/])(?:{_KIN_FEMALE})(?![\w/])", re.IGNORECASE)
PARENT_RE = _rx(_PARENT)
DOG_RE = _rx(_DOG)
CAT_RE = _rx(_CAT)
_TOKEN_RE = re.compile(r"\w+", re.UNICODE)
CHECKS = (
    "minor_job", "minor_adult_topic", "retired_working", "kinship_gender",
    "occupation_gender", "nonbinary_gendered", "pet_not_in_record",
)  # fmt: skip
_STRIP = ".,!?;:…\"'«»“”„|·•✦—–-+=@#~*/()[]{}"


def _has_word(text: str, words: frozenset[str]) -> bool:
    low = text.lower()
    if any(w in low for w in words if not w.isascii() and not w.isalpha()):
        return True
    tokens = set(_TOKEN_RE.findall(low))
    return bool(tokens & words) or any(w in low for w in words if " " in w)


@cache
def _occupation_forms(language: str = "") -> tuple[frozenset[str], frozenset[str]]:
    """Occupation labels that exist only as masculine / only as feminine forms, in the
    record's language when it is known (a label epicene in one language can be the
    masculine form in another), else in every language."""
    try:
        from avatargen.providers.offline_text import lang as langs
    except ImportError:  # pragma: no cover - the offline provider is built in
        return frozenset(), frozenset()
    masc: set[str] = set()
    fem: set[str] = set()
    both: set[str] = set()  # labels some language uses for every gender ("barista")
    base = language.split("-", 1)[0].lower()
    for code in (base,) if base in langs.SUPPORTED else langs.SUPPORTED:
        table = langs.get(code)
        for m, f in table.all_occupation_forms():
            if m != f:
                masc.add(m.lower())
                fem.add(f.lower())
            else:
                both.add(m.lower())
    return frozenset(masc - fem - both), frozenset(fem - masc - both)


def _tokens(text: str) -> set[str]:
    """Lower-case words split at spaces, punctuation around them stripped (so a neutral
    ``enfermero/a`` or ``Lehrer*in`` stays one word, and Devanagari stays whole)."""
    out = set()
    for w in text.lower().split():
        w = w.strip(_STRIP)
        if w:
            out.add(w)
    return out


def _lang_strings(module: Any) -> list[str]:
    """Every phrase string of a language module: templates, labels, places."""
    from avatargen.providers.offline_text import lang as langs

    out: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, (tuple, list)):
            for v in value:
                walk(v)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)

    names = (
        *langs.TEMPLATE_GROUPS, *langs.OPTIONAL_GROUPS, "OCCUPATIONS", "TRAITS", "BUSINESSES",
        "RETIRED_AS", "FAMILY_LABELS", "COUNTRY_OVERRIDES", "WORKPLACES", "INSTITUTIONS",
        "COUNTRY_PLACES", "INTERESTS", "FIELDS", "NEUTRAL_OCCUPATIONS",
    )  # fmt: skip
    for name in names:
        walk(getattr(module, name, None))
    return out


def _drop(m: str, f: str) -> str:
    return ""


@cache
def gendered_words(language: str) -> frozenset[str]:
    """Words the offline vocabulary of a language has only in a masculine or a feminine
    form: in a string with gender marks, the words its two renderings do not share, less
    every word a neutral rendering or any string without a gender mark uses."""
    try:
        from avatargen.providers.offline_text import lang as langs
    except ImportError:  # pragma: no cover - the offline provider is built in
        return frozenset()
    base = language.split("-", 1)[0].lower()
    if base not in langs.SUPPORTED:
        return frozenset()
    module = langs.module_data(base)
    modules = [module, *(langs.module_data(base, v) for v in getattr(module, "VARIETIES", {}))]
    gendered: set[str] = set()
    neutral: set[str] = set()
    for mod in modules:
        fn = getattr(mod, "neutral", None)
        for text in _lang_strings(mod):
            text = text.lstrip("!=")
            if "<" not in text:
                neutral |= _tokens(text)
                continue
            m, f = langs.split_gender(text)
            tm, tf = _tokens(m), _tokens(f)
            gendered |= tm ^ tf
            neutral |= tm & tf
            for g in (0, 1):  # without the module's neutral(): third forms only
                n = langs.neutral_form(text, fn or _drop, g)
                if n:
                    neutral |= _tokens(n)
    return frozenset(w for w in gendered - neutral if "{" not in w)


def _texts(record: Mapping[str, Any]) -> list[str]:
    bios = record.get("bios") or {}
    return [record.get("about") or "", *(v or "" for v in bios.values())]


def violations(record: Mapping[str, Any]) -> list[str]:
    """The names of the checks this record fails (empty when coherent)."""
    out: list[str] = []
    age = record.get("age")
    gender = record.get("gender")
    occupation = (record.get("occupation") or "").strip()
    interests = " | ".join(record.get("interests") or ())
    texts = _texts(record)
    joined = "\n".join(texts)
    if isinstance(age, int) and age < 18:
        if (occupation and not _has_word(occupation, SCHOOL_WORDS)) or WORK_NOW_RE.search(joined):
            out.append("minor_job")
        if (
            ALCOHOL_RE.search(interests)
            or INVESTING_RE.search(interests)
            or ALCOHOL_RE.search(joined)
            or INVESTING_RE.search(joined)
            or SPOUSE_RE.search(joined)
        ):
            out.append("minor_adult_topic")
    if occupation and _has_word(occupation, RETIRED_WORDS) and WORK_NOW_RE.search(joined):
        out.append("retired_working")
    male, female = bool(KIN_MALE_RE.search(joined)), bool(KIN_FEMALE_RE.search(joined))
    if (gender == "female" and male) or (gender == "male" and female) or (
        gender == "nonbinary" and (male or female)
    ):  # fmt: skip
        out.append("kinship_gender")
    if gender in ("female", "male") and occupation:
        masc, fem = _occupation_forms(record.get("language") or "")
        label = occupation.lower()
        if (gender == "female" and label in masc) or (gender == "male" and label in fem):
            out.append("occupation_gender")
    own = own_names(record)
    if gender == "nonbinary" and record.get("language"):
        words = gendered_words(record["language"])
        if words and _nonbinary_gendered(record, words, joined, own):
            out.append("nonbinary_gendered")
    # The persona's own names and places are not pets ("Kot Kapūra": kot is Polish for cat).
    said = joined
    for name in own:
        said = said.replace(name, " ")
    if (DOG_RE.search(said) and not DOG_RE.search(interests)) or (
        CAT_RE.search(said) and not CAT_RE.search(interests)
    ):
        out.append("pet_not_in_record")
    return out


def _nonbinary_gendered(
    record: Mapping[str, Any], words: frozenset[str], joined: str, own: list[str]
) -> bool:
    said = _tokens(joined) | _tokens(record.get("occupation") or "")
    for trait in record.get("personality") or ():
        said |= _tokens(trait)
    found = said & words
    return bool(found and found - _tokens(" ".join(own)))


def own_names(record: Mapping[str, Any]) -> list[str]:
    """The persona's names, city, region, workplace and school, as written in the record."""
    keys = ("first_name", "last_name", "city", "region", "workplace")
    own = [str(record.get(k)) for k in keys if record.get(k)]
    education = record.get("education")
    if isinstance(education, Mapping) and education.get("institution"):
        own.append(str(education["institution"]))
    return sorted(own, key=len, reverse=True)


class Summary:
    """The coherence summary of a stream of records, fed one at a time."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.examples: list[dict[str, Any]] = []
        self.n = self.bad = 0

    def add(self, record: Mapping[str, Any]) -> None:
        self.n += 1
        found = violations(record)
        if found:
            self.bad += 1
            self.counts.update(found)
            if len(self.examples) < 5:
                self.examples.append({"index": record.get("index"), "checks": found})

    def result(self) -> dict[str, Any]:
        """Counts per check, the number of personas with any violation, and a few examples."""
        return {
            "personas": self.n,
            "with_violations": self.bad,
            "share": self.bad / self.n if self.n else None,
            "by_check": {c: self.counts.get(c, 0) for c in CHECKS},
            "examples": self.examples,
        }


def summary(records: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Counts per check, the number of personas with any violation, and a few examples."""
    tally = Summary()
    for record in records:
        tally.add(record)
    return tally.result()
