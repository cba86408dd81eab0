"""The offline provider's larger occupation vocabulary (issue 14): over 200 jobs, a label
for each in every language (both grammatical genders where the language has them), and
descriptions that name one in any language giving every persona that job.
"""

from __future__ import annotations

import pytest

from avatargen import coherence
from avatargen.providers.base import Constraints, TextBatchRequest
from avatargen.providers.offline_text import OfflineTextProvider, checks, hints
from avatargen.providers.offline_text import lang as langs
from avatargen.providers.offline_text.places import fold
from avatargen.providers.offline_text.vocab import (
    FIELD_KEYS,
    OCCUPATION_PARENTS,
    OCCUPATIONS,
    WORKPLACE_KINDS,
)

FIRST = list(OCCUPATIONS)[:58]  # the vocabulary before the larger one


@pytest.fixture(scope="module")
def provider() -> OfflineTextProvider:
    return OfflineTextProvider()


def drafts(provider, description: str, language: str, count: int = 24, seed: int = 3):
    result = provider.generate_batch(
        TextBatchRequest(description=description, language=language, count=count, seed=seed)
    )
    assert result.failures == []
    return [result.drafts[i] for i in sorted(result.drafts)]


def test_the_table_is_large_and_consistent():
    assert len(OCCUPATIONS) >= 200
    for key, occ in OCCUPATIONS.items():
        assert occ.workplaces and set(occ.workplaces) <= set(WORKPLACE_KINDS), key
        assert set(occ.fields) <= set(FIELD_KEYS), key
        assert occ.level in ("university", "college", "vocational", "school", "none"), key
        assert 0 <= occ.p_no_education <= 1 and occ.min_age < occ.max_age, key
        if key not in ("pupil", "student", "retiree"):
            assert occ.min_age >= 17 and occ.weight > 0, key
    for key, parent in OCCUPATION_PARENTS.items():  # a fallback among the first jobs
        assert key in OCCUPATIONS and parent in FIRST, (key, parent)


@pytest.mark.parametrize("code", langs.SUPPORTED)
def test_every_language_labels_every_occupation_and_field(code):
    lang = langs.get(code)
    assert set(lang.occupations) == set(OCCUPATIONS), set(OCCUPATIONS) ^ set(lang.occupations)
    assert set(FIELD_KEYS) <= set(lang.fields)
    # army and court too ("university" is drawn from the institutions)
    assert set(WORKPLACE_KINDS) - {"university"} <= set(lang.workplaces)
    for key, (masc, fem) in lang.occupations.items():
        for form in (masc, fem):
            assert form.strip() and "<" not in form and "|" not in form, (key, form)
    for table in lang.overrides.values():
        assert set(table) <= set(OCCUPATIONS)
    # Distinct jobs are told apart: no label names two occupations in one language.
    owner: dict[str, str] = {}
    for key in OCCUPATIONS:
        for form in set(lang.occupations[key]):
            assert owner.setdefault(form, key) == key, (form, owner[form], key)


# (description, bio language, occupation key): plurals and other words people write.
NAMED = [
    ("surgeons in Boston", "en", "surgeon"),
    ("cashiers in Leeds", "en-GB", "cashier"),
    ("bus drivers and taxi drivers in Chicago", "en-US", "bus_driver taxi_driver"),
    ("Busfahrerinnen in Berlin", "de", "bus_driver"),
    ("Altenpfleger in Köln", "de", "care_worker"),
    ("cajeras en Sevilla", "es-ES", "cashier"),
    ("albañiles en Guadalajara", "es-MX", "construction_worker"),
    ("sages-femmes à Lyon", "fr", "midwife"),
    ("motoristas de ônibus em São Paulo", "pt-BR", "bus_driver"),
    ("motoristas de autocarro em Lisboa", "pt-PT", "bus_driver"),
    ("pasticceri a Torino", "it", "pastry_chef"),
    ("buschauffeurs in Rotterdam", "nl", "bus_driver"),
    ("spawacze, Gdańsk", "pl", "welder"),
    ("сварщики в Казани", "ru", "welder"),
    ("прибиральниці у Львові", "uk", "cleaner"),
    ("svetsare i Malmö", "sv", "welder"),
    ("sudori din Cluj-Napoca", "ro", "welder"),
    ("İzmir'de yaşayan berberler", "tr", "barber"),
    ("nelayan di Jakarta", "id", "fisher"),
    ("thợ hàn ở Hà Nội", "vi", "welder"),
    ("大阪の介護士", "ja", "care_worker"),
    ("北京的快递员", "zh", "delivery_driver"),
    ("부산의 요양보호사들", "ko", "care_worker"),
    ("दिल्ली में दर्ज़ी", "hi", "tailor"),
    ("جراحون في الرياض", "ar", "surgeon"),
    ("soldiers in San Diego", "en-US", "soldier"),
    ("Richterinnen und Staatsanwälte in München", "de", "judge prosecutor"),
    ("żołnierze, Lublin", "pl", "soldier"),
]


@pytest.mark.parametrize(("description", "language", "keys"), NAMED)
def test_a_named_occupation_is_every_personas_job(provider, description, language, keys):
    keys = tuple(keys.split())
    found = hints.parse(description)
    assert found.occupations == keys
    report = provider.describe(description, language)
    assert report.not_understood == [], report.not_understood
    assert "place" in report.understood
    code, _ = langs.resolve(language)
    labels = set()
    for v in (None, *(getattr(langs.data(code), "VARIETIES", None) or ())):  # pt-PT, en-GB
        lang = langs.get(code, v)
        for k in keys:
            labels |= {fold(lang.occupation(k, c, g)) for c in ("", *lang.overrides)
                       for g in range(4)}  # fmt: skip
    recs = drafts(provider, description, language)
    assert {fold(d.occupation) for d in recs} <= labels
    shares = checks.hint_shares([d.model_dump() for d in recs], description, language)
    assert shares["occupation"] == 1.0 and shares["place"] == 1.0, shares


@pytest.mark.parametrize(
    ("description", "language", "former"),
    [
        ("retired bus drivers in Ohio", "en", "bus_driver"),
        ("pensionierte Elektroingenieure in Stuttgart", "de", "electrical_engineer"),
        ("cuidadoras reformadas em Braga", "pt-PT", "care_worker"),
        ("jubilados carteros en Valencia", "es-ES", "postal_worker"),
    ],
)
def test_retirees_keep_the_named_former_occupation(provider, description, language, former):
    found = hints.parse(description)
    assert found.occupations == ("retiree",) and found.former == (former,)
    assert provider.describe(description, language).not_understood == []
    code, region = langs.resolve(language)
    recs = drafts(provider, description, language)
    for d in recs:
        lang = langs.get(code, langs.variety_for(langs.data(code), region, d.country))
        gs = {"male": (0,), "female": (1,)}.get(d.gender, (2, 3))
        retired = lang.retired_as(d.country)
        expected = {lang.form(retired, g).format(former=lang.occupation(former, d.country, g))
                    for g in gs}  # fmt: skip
        assert d.occupation in expected, (d.occupation, expected)
    shares = checks.hint_shares([d.model_dump() for d in recs], description, language)
    assert shares["former_occupation"] == 1.0 and shares["occupation"] == 1.0, shares


@pytest.mark.parametrize(
    ("description", "occupations", "former"),
    [
        # a list of groups: retirees are one of them
        ("nurses, chefs and retirees in Lyon", ("nurse", "chef", "retiree"), ()),
        ("infirmières et retraités à Lyon", ("nurse", "retiree"), ()),
        ("Rentner und Lehrer in Berlin", ("retiree", "teacher"), ()),
        ("护士和退休人员", ("nurse", "retiree"), ()),
        # "and" written onto a word: a Korean particle, an Arabic prefix
        ("간호사와 은퇴자", ("nurse", "retiree"), ()),
        ("간호사하고 은퇴자", ("nurse", "retiree"), ()),
        ("ممرضات ومتقاعدون", ("nurse", "retiree"), ()),
        ("नर्स और सेवानिवृत्त लोग", ("nurse", "retiree"), ()),
        # a retiree word that qualifies the occupation next to it
        ("은퇴한 간호사들", ("retiree",), ("nurse",)),
        ("退職した看護師", ("retiree",), ("nurse",)),
        # retired as a phrase after the job
        ("insegnanti in pensione a Napoli", ("retiree",), ("teacher",)),
        ("Lehrer im Ruhestand", ("retiree",), ("teacher",)),
        ("nauczyciele na emeryturze", ("retiree",), ("teacher",)),
        ("учителя на пенсии", ("retiree",), ("teacher",)),
        ("giáo viên về hưu", ("retiree",), ("teacher",)),
        ("maestros retirados", ("retiree",), ("teacher",)),
        ("सेवानिवृत्त नर्सें", ("retiree",), ("nurse",)),
        ("retired nurses and chefs", ("retiree",), ("nurse", "chef")),
        ("retirees who were teachers", ("retiree",), ("teacher",)),
        ("enseignants retraités à Lyon", ("retiree",), ("teacher",)),
        ("retired teachers, nurses and farmers", ("retiree",), ("teacher", "nurse", "farmer")),
    ],
)
def test_retirees_in_a_list_are_a_group_of_their_own(description, occupations, former):
    found = hints.parse(description)
    assert (found.occupations, found.former) == (occupations, former)


def test_a_list_with_retirees_gives_each_group(provider):
    recs = drafts(provider, "nurses, chefs and retirees in Lyon", "fr", count=30)
    kinds = {"nurse": 0, "chef": 0, "retiree": 0}
    for d in recs:
        occupation = fold(d.occupation)
        kind = "retiree" if "retraite" in occupation else (
            "chef" if "chef" in occupation or "cuisin" in occupation else "nurse"
        )  # fmt: skip
        kinds[kind] += 1
        if kind != "retiree":
            assert d.age < 70, (d.occupation, d.age)
    assert all(n >= 5 for n in kinds.values()), kinds
    shares = checks.hint_shares([d.model_dump() for d in recs], "nurses, chefs and retirees", "fr")
    assert shares["occupation"] == 1.0, shares


@pytest.mark.parametrize(
    ("description", "language", "female", "other"),
    [
        ("Rentnerinnen und Köche in Köln", "de", "retiree", "chef"),
        ("enfermeras y cocineros en Sevilla", "es", "nurse", "chef"),
    ],
)
def test_a_group_named_in_the_feminine_is_women_the_others_anyone(
    provider, description, language, female, other
):
    found = hints.parse(description)
    assert found.genders == () and found.female_occupations == (female,)
    recs = drafts(provider, description, language, count=80)
    lang = langs.get(langs.resolve(language)[0])
    is_female_group = checks._occupation_check(lang, (female,))
    women = [d for d in recs if is_female_group(d.model_dump())]
    others = [d for d in recs if not is_female_group(d.model_dump())]
    assert len(women) >= 20 and len(others) >= 20
    assert {d.gender for d in women} == {"female"}
    assert {"male", "female"} <= {d.gender for d in others}
    shares = checks.hint_shares([d.model_dump() for d in recs], description, language)
    assert shares["gender"] == 1.0 and shares["occupation"] == 1.0, shares
    # a gender the user asked for wins over the word's form
    mixed = provider.generate_batch(
        TextBatchRequest(
            description=description, language=language, count=40, seed=3,
            constraints=Constraints(gender_mix={"male": 1.0}),
        )
    )  # fmt: skip
    assert {d.gender for d in mixed.drafts.values()} == {"male"}


@pytest.mark.parametrize(
    ("description", "language", "key"),
    [
        ("Busfahrer in Hamburg", "de", "bus_driver"),
        ("cajeros en Bogotá", "es", "cashier"),
        ("caissiers à Marseille", "fr", "cashier"),
        ("carteiros em Recife", "pt-BR", "postal_worker"),
        ("cassieri a Bologna", "it", "cashier"),
        ("kasjerzy w Poznaniu", "pl", "cashier"),
        ("уборщики в Новосибирске", "ru", "cleaner"),
        ("casieri din Iași", "ro", "cashier"),
        ("جراحون في القاهرة", "ar", "surgeon"),
        ("singers in Austin", "hi", "singer"),
    ],
)
def test_gendered_labels_agree_with_the_persona(provider, description, language, key):
    """A masculine plural names both genders; each persona gets its own gender's form."""
    code, _ = langs.resolve(language)
    lang = langs.get(code)
    masc, fem = lang.occupations[key]
    assert masc != fem, (masc, fem)
    recs = drafts(provider, description, language, count=40, seed=5)
    seen = set()
    for d in recs:
        gs = {"male": (0,), "female": (1,)}.get(d.gender, (2, 3))  # nonbinary: neutral forms
        assert d.occupation in {lang.occupation(key, d.country, g) for g in gs}, d.gender
        seen.add(d.gender)
        record = {**d.model_dump(), "bios": d.bios.model_dump(), "language": language}
        assert "occupation_gender" not in coherence.violations(record)
    assert {"female", "male"} <= seen


def test_feminine_plurals_of_new_jobs_ask_for_women(provider):
    for description in ("cajeras en Sevilla", "Busfahrerinnen in Berlin", "прибиральниці у Львові"):
        assert hints.parse(description).genders == ("female",), description


def test_arabic_prefixes_and_english_articles():
    """ "و" (and) and "ال" (the) written onto an Arabic job word; "an HVAC technician"."""
    found = hints.parse("قضاة وجنود والممرضات في الرياض")
    assert found.occupations == ("judge", "soldier", "nurse") and found.not_understood == ()
    assert found.understood["place"].endswith("SA")
    slots = {"occ": "HVAC technician", "former": "IT support technician"}
    langs.get("en").module.decorate(slots)
    assert slots["a_occ"] == "an HVAC technician" and slots["a_former"].startswith("an IT")


def test_interest_verbs_stay_interests():
    """A job title or its made-up plural that is also an interest word keeps the interest:
    "kochen" is cooking, not cooks; listed job words ("dancers") still name the job."""
    assert hints.parse("Leute, die gern kochen").interests == ("cooking",)
    assert hints.parse("Leute, die gern kochen").occupations == ()
    assert hints.parse("gens qui aiment danser").interests == ("dancing",)
    assert hints.parse("dancers in Berlin").occupations == ("dancer",)
    assert hints.parse("Köche in Berlin").occupations == ("chef",)


@pytest.mark.parametrize(
    ("occupation", "outfits"),
    [
        ("Notfallsanitäter", {"scrubs"}),
        ("operário da construção civil", {"hi_vis"}),
        ("сварщик", {"coveralls"}),
        ("pâtissière", {"chef"}),
        ("retail assistant", {""}),
        # retirees wear their own clothes, not the old job's
        ("retired construction worker", {""}),
        ("chimiste à la retraite", {""}),
        ("pensionierte Krankenschwester", {""}),
    ],
)
def test_new_jobs_wear_their_work_clothes(occupation, outfits):
    import random

    from avatargen.providers.offline_image.uniforms import outfit_for

    assert {outfit_for(occupation, 40, random.Random(i)) for i in range(6)} <= outfits


@pytest.mark.parametrize(
    ("m", "f", "neutral"),
    [
        ("enfermero", "enfermera", "enfermero/a"),
        ("cirurgião", "cirurgiã", "cirurgião/cirurgiã"),  # the feminine is a prefix
        ("garçom", "garçonete", "garçom/garçonete"),
    ],
)
def test_slash_forms_never_end_in_a_bare_slash(m, f, neutral):
    assert langs.slash(m, f) == neutral


@pytest.mark.parametrize(
    ("description", "country"),
    [
        # written without spaces: the country name is cut out of the text
        ("日本の教師", "JP"),
        ("在中国的老师", "CN"),
        ("韩国的老师", "KR"),
        # the everyday short name, and the case forms after a preposition
        ("한국의 교사들", "KR"),
        ("учителя из России", "RU"),
        ("вчителі в Україні", "UA"),
        ("nauczyciele w Polsce", "PL"),
    ],
)
def test_country_names_as_people_write_them(description, country):
    found = hints.parse(description)
    assert (found.country, found.occupations) == (country, ("teacher",))
    assert found.not_understood == ()


@pytest.mark.parametrize(
    ("description", "family", "genders"),
    [
        ("abuelos en Buenos Aires", ("grandparent",), ()),
        ("avós em Lisboa", ("grandparent",), ()),
        ("Großeltern in Berlin", ("grandparent",), ()),
        ("бабушки и дедушки", ("grandparent",), ("female", "male")),
        ("할머니들", ("grandparent",), ("female",)),
        ("祖父母", ("grandparent",), ()),
        ("батьки у Львові", ("parent",), ()),  # parents, not fathers
        ("rodzice", ("parent",), ()),
        ("엄마들", ("parent",), ("female",)),
    ],
)
def test_parents_and_grandparents_in_every_language(description, family, genders):
    found = hints.parse(description)
    assert (found.family, found.genders, found.not_understood) == (family, genders, ())
    assert found.age == ((50, 88) if family == ("grandparent",) else (22, 65))


@pytest.mark.parametrize(
    ("description", "occupations", "age"),
    [
        # an age word listed beside other groups is a group of its own
        ("retirees, nurses, chefs and teenagers", ("retiree", "nurse", "chef", "pupil"), None),
        ("nurses, chefs and seniors", ("nurse", "chef", "retiree"), None),
        ("Rentner und Jugendliche", ("retiree", "pupil"), None),
        # ... and the age of the group it qualifies, or of everyone, otherwise
        ("elderly nurses", ("nurse",), (65, 90)),
        ("teenagers who skate", (), (13, 19)),
        ("nurses and young people", ("nurse",), (18, 29)),
    ],
)
def test_an_age_word_in_a_list_of_groups_is_a_group(description, occupations, age):
    found = hints.parse(description)
    assert (found.occupations, found.age) == (occupations, age)


def test_teenagers_beside_grown_up_groups_are_teenagers(provider):
    recs = drafts(provider, "retirees, nurses, chefs and teenagers", "en", count=80)
    ages = {"pupil": [], "retiree": [], "other": []}
    for d in recs:
        kind = "pupil" if d.age < 18 else "retiree" if "retired" in d.occupation else "other"
        ages[kind].append(d.age)
    assert all(len(a) >= 8 for a in ages.values()), {k: len(a) for k, a in ages.items()}
    assert min(ages["pupil"]) >= 13 and min(ages["retiree"]) >= 55 and min(ages["other"]) >= 18


@pytest.mark.parametrize(
    ("description", "gender"),
    [("Lehrerinnen im Ruhestand", ("female",)), ("pensionierte Lehrerinnen", ("female",)),
     ("Lehrer im Ruhestand", ())],
)  # fmt: skip
def test_retired_women_named_in_the_feminine_are_women(description, gender):
    assert hints.parse(description).genders == gender


@pytest.mark.parametrize(
    "description", ["motoristas de Uber em São Paulo", "conductores de Uber", "chauffeurs VTC"]
)
def test_ride_hailing_drivers_drive_people(description):
    assert hints.parse(description).occupations == ("taxi_driver",)


@pytest.mark.parametrize(
    ("description", "city"),
    [("vegan chefs in LA", "Los Angeles"), ("nurses in L.A.", "Los Angeles"),
     ("new grads in NYC", "New York City"), ("artistas en la CDMX", "Mexico City"),
     ("personas en La Paz", "La Paz")],
)  # fmt: skip
def test_cities_known_by_their_capitals(description, city):
    found = hints.parse(description)
    assert [c.name for c in found.cities] == [city]
    assert hints.parse("infirmières à la campagne").cities == ()  # the article is not LA


def test_an_age_given_to_one_listed_group_is_that_groups(provider):
    """'nurses aged 30-40 and retirees' made retirees of 30-40; an age written with
    groups that share it ('nurses and teachers aged 30-40') is still everyone's."""
    found = hints.parse("nurses aged 30-40 and retirees")
    assert (found.age, found.group_ages) == (None, (("nurse", (30, 40)),))
    assert hints.parse("nurses and teachers aged 30-40").age == (30, 40)
    recs = drafts(provider, "nurses aged 30-40 and retirees", "en", count=40)
    nurses = [d.age for d in recs if d.occupation == "nurse"]
    retirees = [d.age for d in recs if d.occupation.startswith("retired")]
    assert len(nurses) >= 10 and len(retirees) >= 10
    assert all(30 <= a <= 40 for a in nurses) and min(retirees) >= 55
    records = [d.model_dump() for d in recs]
    shares = checks.hint_shares(records, "nurses aged 30-40 and retirees", "en")
    assert shares == {"age": 1.0, "occupation": 1.0}
