"""Language tags, the coherence checks, duplicate measures and hint-carry checks of the report."""

from __future__ import annotations

import random
from collections import Counter
from itertools import combinations

import pytest

from avatargen import coherence, quality
from avatargen.languages import LanguageError, normalize_language, provider_languages
from avatargen.providers.offline_text import checks


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("es-ES", "es-ES"), ("pt_pt", "pt-PT"), ("EN-us", "en-US"), ("zh-hans", "zh-Hans"),
        ("es-419", "es-419"), ("sr-latn-rs", "sr-Latn-RS"), ("iw", "he"), ("PT-br", "pt-BR"),
        ("de-AT", "de-AT"), ("fr-CA", "fr-CA"),
    ],
)  # fmt: skip
def test_every_valid_tag_of_a_known_language_is_normalised(tag, expected):
    assert normalize_language(tag) == expected


@pytest.mark.parametrize("tag", ["xx", "es-XX", "en-US-!!", "", "klingon", "tlh", "12"])
def test_invalid_tags_are_refused_with_the_reason(tag):
    with pytest.raises(LanguageError, match="unknown language"):
        normalize_language(tag)


def test_offline_provider_resolves_normalised_tags():
    from avatargen.providers.offline_text import lang as langs

    assert langs.resolve("es-ES") == ("es", "ES")
    assert langs.resolve("es-419") == ("es", "419")
    assert langs.resolve("pt_PT") == ("pt", "PT")


def test_provider_languages_lists_what_each_text_provider_writes():
    table = provider_languages()
    assert "en" in table["offline"] and "pt" in table["offline"] and "xx" not in table["offline"]
    assert table["openai"] is None  # an LLM writes any language


def _record(**kw):
    base = {
        "age": 35, "gender": "female", "occupation": "nurse", "interests": ["hiking"],
        "about": "I'm a nurse in Manila.", "bios": {"x": "Nurse", "tiktok": "hiking 🥾"},
    }  # fmt: skip
    base.update(kw)
    return base


@pytest.mark.parametrize(
    ("record", "check"),
    [
        (_record(age=15, occupation="electrician"), "minor_job"),
        (_record(age=15, occupation="high school student", about="Working as a student."),
         "minor_job"),
        (_record(age=16, occupation="high school student", interests=["wine", "chess"]),
         "minor_adult_topic"),
        (_record(age=16, occupation="estudante", about="Eu e o meu marido."), "minor_adult_topic"),
        (_record(age=70, occupation="reformado", about="Trabalho como reformado em Lisboa."),
         "retired_working"),
        (_record(gender="nonbinary", bios={"x": "Proud uncle"}), "kinship_gender"),
        (_record(gender="female", bios={"x": "Proud uncle of three"}), "kinship_gender"),
        (_record(gender="male", bios={"x": "Tia coruja"}), "kinship_gender"),
        (_record(gender="female", occupation="enfermeiro"), "occupation_gender"),
        (_record(bios={"x": "Dog person"}), "pet_not_in_record"),
        (_record(bios={"tiktok": "Time dos cachorros"}), "pet_not_in_record"),
    ],
)  # fmt: skip
def test_coherence_checks_catch_each_contradiction(record, check):
    assert check in coherence.violations(record)


def test_coherent_records_pass():
    assert coherence.violations(_record()) == []
    assert coherence.violations(_record(bios={"x": "Dog person"}, interests=["dogs"])) == []
    assert coherence.violations(_record(age=15, occupation="high school student")) == []
    assert coherence.violations(_record(gender="male", bios={"x": "Proud uncle"})) == []
    # a place name is not a pet ("kot" is Polish for cat), a neutral "padre/madre" no kinship
    punjab = _record(city="Kot Kapūra", about="I'm a farmer based in Kot Kapūra.")
    assert coherence.violations(punjab) == []
    assert "pet_not_in_record" in coherence.violations({**punjab, "about": "Kot i pies."})
    parent = _record(gender="nonbinary", about="Soy padre/madre de un niño pequeño.")
    assert coherence.violations(parent) == []
    teen = _record(age=14, occupation="estudante do ensino médio", about="Mari ngobrol!")
    assert coherence.violations(teen) == []
    summary = coherence.summary([_record(), _record(age=15, occupation="nurse")])
    assert summary["with_violations"] == 1 and summary["by_check"]["minor_job"] == 1


def test_exact_duplicate_share_counts_every_copy():
    assert quality.exact_duplicate_share(["a", "b", "a", "c", "a"]) == pytest.approx(3 / 5)
    assert quality.exact_duplicate_share(["a", "b"]) == 0
    assert quality.exact_duplicate_share([]) == 0


def test_near_duplicates_work_for_cjk_text():
    a = "東京で看護師として働いています。週末は山登りが好きです。"
    b = "東京で看護師として働いています。週末は山登りが大好きです。"
    c = "大阪の学生です。ゲームと料理が趣味です。"
    assert quality.tokens("看護師 nurse") == ["看", "護", "師", "nurse"]
    assert quality.near_duplicate_pairs([a, b, c]) == 1
    assert quality.near_duplicate_persona_share([a, b, c]) == pytest.approx(2 / 3)


def test_hint_checks_follow_the_description():
    found = checks.hint_checks("nurses in Manila aged 30-45 who hike", "en")
    assert set(found) == {"age", "place", "occupation", "interest:hiking"}
    good = {"age": 31, "country": "PH", "city": "Manila", "occupation": "Registered nurse",
            "interests": ["hiking", "chess"]}  # fmt: skip
    assert all(check(good) for check in found.values())
    bad = dict(good, age=50, city="Cebu City", occupation="chef", interests=["chess"])
    assert not any(check(bad) for check in found.values())
    shares = checks.hint_shares([good, bad], "nurses in Manila aged 30-45 who hike", "en")
    assert shares == {"age": 0.5, "place": 0.5, "occupation": 0.5, "interest:hiking": 0.5}


def test_text_set_join_matches_brute_force():
    """The flat-array join finds exactly the pairs an all-pairs comparison finds: near
    copies (one word changed), exact copies, short and empty texts included."""
    rng = random.Random(5)
    words = [f"w{i}" for i in range(60)]
    texts = [" ".join(rng.choices(words, k=rng.randint(4, 40))) for _ in range(300)]
    for text in texts[:40]:
        changed = text.split()
        changed[rng.randrange(len(changed))] = "other"
        texts.append(" ".join(changed))
    texts += texts[40:50] + ["", "", "one", "one two", "東京です"]
    sets = [quality.word_trigrams(t) for t in texts]
    brute = [
        (j, i)
        for j, i in combinations(range(len(texts)), 2)
        if sets[i] and sets[j] and len(sets[i] & sets[j]) / len(sets[i] | sets[j]) >= 0.8
    ]
    measured = quality.text_set(texts)
    assert sorted(measured.near_pairs()) == brute and len(brute) >= 20
    members = {k for pair in brute for k in pair}
    assert measured.near_duplicate_persona_share() == len(members) / len(texts)
    assert measured.near_duplicate_share() == len(brute) / (len(texts) * (len(texts) - 1) / 2)
    copies = Counter(texts)
    exact = sum(c for c in copies.values() if c > 1) / len(texts)
    assert measured.exact_duplicate_share() == exact > 0


def test_language_detection_leaves_the_personas_own_names_out():
    record = {"first_name": "Ana", "last_name": "Reyes", "city": "Manila",
              "workplace": "Agbayani Memorial Hospital"}  # fmt: skip
    own = coherence.own_names(record)
    assert own[0] == "Agbayani Memorial Hospital"  # longest first
    text = "Nurse @ Agbayani Memorial Hospital | Manila\nAnalyst Ana, banana bread"
    stripped = quality.without_names(text, own)
    assert "Manila" not in stripped and "Agbayani" not in stripped
    assert "Analyst" in stripped and "banana" in stripped  # whole words only
    assert quality.without_names(text, []) == text
