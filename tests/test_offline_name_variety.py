"""Name variety of the offline provider for major locales (bench/text_quality.py --only-names)."""

from __future__ import annotations

import pytest

from avatargen.providers.base import Constraints, TextBatchRequest
from avatargen.providers.offline_text import OfflineTextProvider, names
from avatargen.providers.offline_text.names_cohort import DATED, MODERN
from avatargen.providers.offline_text.names_more import MORE


def _people(country: str, language: str, count: int, **constraints) -> list:
    result = OfflineTextProvider().generate_batch(
        TextBatchRequest(
            description="people",
            language=language,
            count=count,
            seed=7,
            constraints=Constraints(country=country, **constraints),
        )  # fmt: skip
    )
    assert result.failures == []
    return list(result.drafts.values())


# Locales whose Faker lists gave fewer than 200 distinct surnames (or given names) over
# 2,000 personas before names_more (NG 152, PT 96, BR 102, TR 60, JP 49, CN 40, EG 26...).
@pytest.mark.parametrize(
    ("country", "language"),
    [("NG", "en"), ("PT", "pt"), ("BR", "pt"), ("TR", "tr"), ("JP", "en"), ("JP", "ja"),
     ("CN", "en"), ("EG", "en"), ("RO", "ro"), ("ID", "id"), ("PL", "pl"), ("UA", "uk"),
     ("RU", "ru"), ("IN", "hi"), ("FR", "fr"), ("EG", "ar"), ("SA", "ar")],
)  # fmt: skip
def test_hundreds_of_names_for_major_locales(country, language):
    people = _people(country, language, 2000)
    firsts = {p.first_name.split()[0] for p in people}  # no second given names counted
    surnames = {s for p in people for s in p.last_name.replace("-", " ").split()}
    assert len(firsts) >= 200, (country, language, len(firsts))
    assert len(surnames) >= 200, (country, language, len(surnames))


@pytest.mark.parametrize("source", sorted(MORE))
def test_added_names_keep_their_gender(source):
    fem, male, _last = MORE[source]
    if source == "uk_UA":  # Faker's Ukrainian names are transliterated for Latin-script bios
        table = {**names._CYR, **names._CYR_LOCALE["uk_UA"]}
        fem, male = ([names._translit(n, table) for n in x] for x in (fem, male))
    pool = names.pool(source)
    assert set(fem) <= set(pool.female.values) and set(male) <= set(pool.male.values)
    assert not set(fem) & set(pool.male.values), source
    assert not set(male) & set(pool.female.values), source


@pytest.mark.parametrize(("country", "language"), [("JP", "en"), ("CN", "en"), ("PL", "pl")])
def test_added_names_fit_the_birth_cohort(country, language):
    old = _people(country, language, 300, age_min=60, age_max=85)
    young = _people(country, language, 300, age_min=18, age_max=30)
    assert not [p.first_name for p in old if p.first_name in MODERN]
    assert not [p.first_name for p in young if p.first_name in DATED]


@pytest.mark.parametrize(("country", "language"), [("KR", "en"), ("KR", "ko"), ("VN", "vi")])
def test_few_surnames_where_a_people_shares_few(country, language):
    # Korea and Vietnam: a few dozen surnames cover nearly everyone (Kim/Lee/Park, Nguyễn);
    # given names still vary by the hundred.
    people = _people(country, language, 2000)
    surnames = {p.last_name.split()[0] for p in people}
    assert 60 <= len(surnames) <= 120, len(surnames)
    assert len({p.first_name for p in people}) >= 200


def test_common_german_surnames_are_drawn():
    # Faker's de_DE list lacks most of the commonest German surnames (Schneider, Weber...).
    surnames = {p.last_name for p in _people("DE", "de", 2000)}
    common = {"Müller", "Schmidt", "Schneider", "Weber", "Richter", "Klein", "Wolf", "Braun"}
    assert len(common & surnames) >= 7
