"""Nonbinary personas get neutral forms in every language of the offline text provider."""

from __future__ import annotations

from functools import cache

import pytest

from avatargen import coherence
from avatargen.providers.base import Constraints, TextBatchRequest
from avatargen.providers.offline_text import OfflineTextProvider
from avatargen.providers.offline_text import lang as langs

# Languages whose label tables inflect job titles or adjectives for gender.
GENDERED = ("es", "pt", "fr", "it", "de", "ro", "pl", "ru", "uk", "ar", "hi", "nl")


@cache
def records(language: str, gender: str = "nonbinary", count: int = 40) -> tuple[dict, ...]:
    result = OfflineTextProvider().generate_batch(
        TextBatchRequest(
            description="",
            language=language,
            count=count,
            seed=11,
            constraints=Constraints(gender_mix={gender: 1.0}),
        )  # fmt: skip
    )
    assert result.failures == []
    out = []
    for i in sorted(result.drafts):
        r = result.drafts[i].model_dump()
        r["language"] = language
        out.append(r)
    return tuple(out)


def _gendered_labels(code: str) -> tuple[set[str], set[str]]:
    """Occupation and trait labels that exist only as a masculine or feminine form."""
    lang = langs.get(code)
    occ = {x for m, f in lang.all_occupation_forms() if m != f for x in (m, f)}
    occ -= {m for m, f in lang.all_occupation_forms() if m == f}
    occ -= {x for pair in lang.neutral_occupations.values() for x in pair}  # Dutch "kapper"
    traits = {x for m, f in zip(*lang.traits[:2], strict=True) if m != f for x in (m, f)}
    return occ, traits


@pytest.mark.parametrize("code", langs.SUPPORTED)
def test_nonbinary_personas_are_coherent_in_every_language(code):
    recs = records(code)
    assert {r["gender"] for r in recs} == {"nonbinary"}
    for r in recs:
        assert coherence.violations(r) == [], (r["occupation"], r["about"], r["bios"])


@pytest.mark.parametrize("code", GENDERED)
def test_nonbinary_personas_get_no_gendered_labels(code):
    occ, traits = _gendered_labels(code)
    assert occ, code  # the language has gendered job titles to avoid
    for r in recs_with_retirees(code):
        label = r["occupation"]
        assert label not in occ, label
        assert not any(t in traits for t in r["personality"]), r["personality"]
        text = " ".join([r["about"], *r["bios"].values()])
        # A job title's words, but those the language also uses otherwise ("música": music).
        words = coherence._tokens(text) & coherence.gendered_words(code)
        assert not words & {x.lower() for x in occ if " " not in x}, (label, text)


def recs_with_retirees(code: str) -> tuple[dict, ...]:
    result = OfflineTextProvider().generate_batch(
        TextBatchRequest(
            description="",
            language=code,
            count=30,
            seed=4,
            constraints=Constraints(gender_mix={"nonbinary": 1.0}, age_min=62, age_max=80),
        )  # fmt: skip
    )
    recs = [d.model_dump() for d in result.drafts.values()]
    return (*records(code), *recs)


@pytest.mark.parametrize("code", ("es", "pt", "fr", "de", "pl", "ru"))
def test_the_check_flags_binary_texts_given_to_a_nonbinary_persona(code):
    flagged = 0
    for gender in ("female", "male"):
        for r in records(code, gender, 20):
            flagged += "nonbinary_gendered" in coherence.violations({**r, "gender": "nonbinary"})
    assert flagged >= 30


def test_the_check_reads_words_not_the_persona_s_own_names():
    base = {"gender": "nonbinary", "language": "es", "age": 30, "bios": {}}
    assert coherence.violations({**base, "occupation": "enfermera", "about": "Hola."}) == [
        "nonbinary_gendered"
    ]
    assert "nonbinary_gendered" in coherence.violations(
        {**base, "occupation": "enfermero/a", "about": "Estoy muy orgullosa de mi trabajo."}
    )
    assert (
        coherence.violations(
            {**base, "occupation": "enfermero/a", "about": "Soy enfermero/a en Madrid."}
        )
        == []
    )
    koch = {"gender": "nonbinary", "language": "de", "age": 40, "bios": {},
            "occupation": "Lehrer*in", "last_name": "Koch", "workplace": "Autohaus Koch",
            "about": "Ich arbeite im Autohaus Koch."}  # fmt: skip
    assert coherence.violations(koch) == []
    assert coherence.violations({**koch, "about": "Ich bin Köchin."}) == ["nonbinary_gendered"]
    # A binary persona, or a record without its language, is not read for this.
    assert coherence.violations({**base, "gender": "female", "occupation": "enfermera"}) == []
    assert coherence.violations({**base, "language": None, "occupation": "enfermera"}) == []


@pytest.mark.parametrize(
    ("code", "text", "neutral"),
    [
        ("es", "enfermer<o|a>", "enfermero/a"),
        ("es", "profesor<|a> jubilad<o|a>", "profesor/a jubilado/a"),
        ("pt", "<garçom|garçonete>", "garçom/garçonete"),
        ("fr", "infirmi<er|ère>", "infirmier·ère"),
        ("fr", "vende<ur|use>", "vendeur·se"),
        ("fr", "étudiant<|e>", "étudiant·e"),
        ("fr", "<acteur|actrice>", "acteur·rice"),
        ("de", "<Arzt|Ärztin>", "Ärzt*in"),
        ("de", "Lehrer<|in>", "Lehrer*in"),
        ("de", "Bankkauf<mann|frau>", "Bankkaufmann/-frau"),
        ("ru", "работал<|а>", "работал(а)"),
        ("pl", "spokojn<y|a>", "spokojny/a"),
        ("ar", "ممرض<|ة>", "ممرض/ة"),
        ("hi", "कर<ता|ती> हूँ, आ<या|ई>,", "करता/करती हूँ, आया/आई,"),
        ("es", "<padre|madre|>", None),
        ("es", "<padre|madre|xadre> y <o|a>", "xadre y o/a"),
    ],
)
def test_neutral_forms(code, text, neutral):
    assert langs.neutral_form(text, langs.get(code).neutral) == neutral


def test_nonbinary_renderings_leave_out_gendered_templates():
    lang = langs.get("es")
    for name in langs.TEMPLATE_GROUPS:
        group = lang.groups[name]
        for key, seqs in group.variants.items():
            binary = set(seqs[0]) | set(seqs[1])
            for t in seqs[2] + seqs[3]:
                assert "rgullos" not in t, (name, key, t)
            assert seqs[2], (name, key)  # still something to say
            assert len(set(seqs[2])) <= len(binary)
    es = records("es")
    assert not any("rgullos" in " ".join(r["bios"].values()) for r in es)


@pytest.mark.parametrize(
    ("description", "language"),
    [("Ärzte in Berlin", "de"), ("infirmiers à Lyon", "fr"), ("cuochi a Napoli", "it"),
     ("programiści w Krakowie", "pl"), ("учителя в Москве", "ru"), ("ممرضات في القاهرة", "ar"),
     ("profesori din Cluj-Napoca", "ro"), ("professores reformados no Porto", "pt-PT")],
)  # fmt: skip
def test_hints_are_carried_by_nonbinary_personas(description, language):
    from avatargen.providers.offline_text import checks

    result = OfflineTextProvider().generate_batch(
        TextBatchRequest(
            description=description,
            language=language,
            count=30,
            seed=3,
            constraints=Constraints(gender_mix={"nonbinary": 1.0}),
        )  # fmt: skip
    )
    recs = [d.model_dump() | {"language": language} for d in result.drafts.values()]
    shares = checks.hint_shares(recs, description, language)
    assert "occupation" in shares
    assert all(v == 1.0 for k, v in shares.items() if k != "gender"), shares
    assert all(coherence.violations(r) == [] for r in recs)


def _family_records(description: str, language: str, gender: str, count: int = 20):
    result = OfflineTextProvider().generate_batch(
        TextBatchRequest(
            description=description,
            language=language,
            count=count,
            seed=1,
            constraints=Constraints(gender_mix={gender: 1.0}),
        )  # fmt: skip
    )
    return [d.model_dump() | {"language": language} for d in result.drafts.values()]


@pytest.mark.parametrize("code", langs.SUPPORTED)
def test_nonbinary_parents_and_grandparents_say_so_in_neutral_words(code):
    from avatargen.providers.offline_text import checks

    for description in ("single parents", "grandparents"):
        recs = _family_records(description, code, "nonbinary")
        assert checks.hint_shares(recs, description, code)["family"] == 1.0, description
        for r in recs:
            assert coherence.violations(r) == [], r["about"]


@pytest.mark.parametrize("language", ["en-US", "en-GB"])
def test_family_hint_is_read_in_the_variety_s_words(language):
    from avatargen.providers.offline_text import checks

    recs = _family_records("mothers of toddlers", language, "female")
    word = "a mom " if language == "en-US" else "a mum "
    assert all(word in r["about"] for r in recs)
    assert checks.hint_shares(recs, "mothers of toddlers", language)["family"] == 1.0


@pytest.mark.parametrize("code", ["es", "pt", "it", "fr"])
def test_nonbinary_traits_are_epicene_and_varied(code):
    lang = langs.get(code)
    epicene = {t for t in (*lang.module.TRAITS, *lang.module.NEUTRAL_TRAITS) if "<" not in t}
    drawn = [t for r in records(code) for t in r["personality"]]
    assert set(drawn) <= epicene
    assert len(set(drawn)) >= 15  # not the same handful of words for everyone


@pytest.mark.parametrize(
    "description",
    ["enby people", "genderqueer people in Ohio", "東京のノンバイナリーの人", "上海的非二元大学生",
     "서울의 논바이너리 교사", "người phi nhị nguyên ở Hà Nội", "मुंबई में नॉन-बाइनरी शिक्षक",
     "أشخاص غير ثنائيي الجنس في القاهرة", "orang non-biner di Jakarta"],
)  # fmt: skip
def test_nonbinary_is_read_in_every_script(description):
    from avatargen.providers.offline_text import hints

    assert hints.parse(description).genders == ("nonbinary",)
