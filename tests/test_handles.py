"""Handles, email and previous city: platform rules, uniqueness in a task, what they read as."""

from __future__ import annotations

from collections import Counter

import pytest

from avatargen.handles import RULES, email_for, handles_for, index_code
from avatargen.persona_record import Handles, PersonaRecord, PreviousCity
from avatargen.providers.base import Constraints, TextBatchRequest
from avatargen.providers.offline_text import OfflineTextProvider
from avatargen.romanize import romanize


@pytest.mark.parametrize("count", [1, 9, 10, 11, 100, 101, 10_000])
def test_index_codes_are_distinct_for_every_task_size(count):
    codes = [index_code(i, 42, count) for i in range(count)]
    assert len(set(codes)) == count
    assert len({len(c) for c in codes}) == 1 and all(c.isdigit() for c in codes)


def test_ten_thousand_namesakes_get_distinct_handles_and_emails():
    n = 10_000
    per_platform = {p: set() for p in RULES}
    emails = set()
    for i in range(n):
        handles = handles_for("María", "Silva", 20 + i % 60, i, 7, n)
        Handles.model_validate(handles)
        for platform, handle in handles.items():
            assert RULES[platform].ok(handle), (platform, handle)
            per_platform[platform].add(handle)
        emails.add(email_for("María", "Silva", i, 7, n))
    assert all(len(s) == n for s in per_platform.values())
    assert len(emails) == n
    domains = Counter(e.rsplit("@", 1)[1] for e in emails)
    assert set(domains) == {"example.com", "example.net", "example.org"}


def test_handles_are_deterministic_and_follow_the_seed():
    a = handles_for("Ana", "Reyes", 30, 5, 1, 100)
    assert a == handles_for("Ana", "Reyes", 30, 5, 1, 100)
    assert a != handles_for("Ana", "Reyes", 30, 5, 2, 100)


@pytest.mark.parametrize(
    ("first", "last", "japanese", "expected"),
    [
        ("美咲", "佐藤", True, ("misaki", "sato")),
        ("翔", "林", True, ("sho", "hayashi")),
        ("伟", "林", False, ("wei", "lin")),  # the same character, read as Chinese
        ("민준", "김", False, ("minjun", "kim")),
        ("Мария", "Иванова", False, ("mariya", "ivanova")),
        ("محمد", "العلي", False, ("mohamed", "alali")),
        ("João", "Conceição", False, ("joao", "conceicao")),
        ("Łukasz", "Wróbel", False, ("lukasz", "wrobel")),
        ("राहुल", "शर्मा", False, ("rahul", "sharma")),
    ],
)
def test_names_in_any_script_read_as_their_usual_romanization(first, last, japanese, expected):
    assert (romanize(first, japanese), romanize(last, japanese)) == expected
    lang = "ja" if japanese else ""
    handles = handles_for(first, last, 25, 3, 9, 50, lang)
    email = email_for(first, last, 3, 9, 50, lang)
    joined = " ".join([*handles.values(), email])
    # every handle and the email carry a part of the name, not a made-up word
    for handle in [*handles.values(), email.split("@")[0]]:
        assert expected[0][:1] in handle and (expected[0] in handle or expected[1][:3] in handle)
    assert "user" not in joined


@pytest.mark.parametrize(
    ("name", "expected"),
    [("نادر", "nadir"), ("غسّان", "ghassan"), ("مسعود", "masoud"), ("طيّب", "tayyib"),
     ("خلف", "khalaf"), ("رجب", "rajab"), ("عبّاس", "abbas"), ("عبد الرّحيم", "abd alrahim"),
     ("طالب", "talib")],
)  # fmt: skip
def test_arabic_names_outside_the_table_keep_their_vowels(name, expected):
    # anyascii gives consonants only ("ndr", "ghsn"); these read as the names are written
    assert romanize(name) == expected


@pytest.mark.parametrize(
    ("first", "last", "lang", "surname"),
    [("Lúcia", "Machado Antunes", "pt-PT", "antunes"), ("João", "dos Santos", "pt-BR", "santos"),
     ("María", "García López", "es-ES", "garcia"), ("Jan", "van der Berg", "nl", "vanderberg")],
)  # fmt: skip
def test_two_surnames_give_the_one_people_go_by(first, last, lang, surname):
    handles = handles_for(first, last, 40, 1, 2, 100, lang)
    assert all(surname in h or surname[0] in h for h in handles.values())
    assert any(surname in h for h in handles.values())
    other = {"antunes": "machado", "garcia": "lopez"}.get(surname)
    assert other is None or not any(other in h for h in handles.values())


def test_a_kanji_name_without_a_known_reading_is_not_read_as_chinese():
    assert romanize("未知", japanese=True) == ""
    assert romanize("未知") == "weizhi"
    handles = handles_for("未知", "未知", 25, 0, 1, 10, "ja")
    assert all(h.startswith("user") for h in handles.values())  # honest filler, still unique


def _drafts(count, **kwargs):
    provider = OfflineTextProvider()
    result = provider.generate_batch(
        TextBatchRequest(description=kwargs.pop("description", ""), count=count, **kwargs)
    )
    assert result.failures == []
    return [result.drafts[i] for i in sorted(result.drafts)]


def test_offline_personas_have_plausible_previous_cities():
    drafts = _drafts(600, language="en", seed=3)
    moved = [d for d in drafts if d.previous_city is not None]
    assert 0.3 < len(moved) / len(drafts) < 0.8
    for d in moved:
        PreviousCity.model_validate(d.previous_city.model_dump())
        assert d.previous_city.city != d.city
        if d.age < 18:
            assert d.previous_city.country == d.country  # minors move with their family
    abroad = [d for d in moved if d.previous_city.country != d.country]
    assert 0 < len(abroad) < 0.25 * len(moved)
    minors = _drafts(200, language="en", seed=3, constraints=Constraints(age_min=13, age_max=17))
    minor_share = sum(d.previous_city is not None for d in minors) / len(minors)
    assert minor_share < len(moved) / len(drafts)  # fewer minors lived elsewhere


def test_previous_city_is_written_in_the_bio_language():
    drafts = _drafts(80, language="ja", seed=5, constraints=Constraints(country="JP"))
    moved = [d for d in drafts if d.previous_city is not None]
    assert moved and all(
        any("\u3040" <= ch <= "\u9fff" for ch in d.previous_city.city) for d in moved
    )


def test_contract_records_carry_handles_email_and_previous_city(app):
    from avatargen.persona_rows import persona_record
    from tests.factories import make_task, make_user
    from tests.test_api_ownership import make_persona

    with app.app_context():
        task = make_task(make_user(), number_to_generate=3, seed=11)
        personas = [make_persona(task, i, images=1) for i in range(3)]
        records = [persona_record(p, task, [1]) for p in personas]
    for r in records:
        PersonaRecord.model_validate(r)
        assert r["email"].endswith(("@example.com", "@example.net", "@example.org"))
    for platform in RULES:
        assert len({r["handles"][platform] for r in records}) == 3
