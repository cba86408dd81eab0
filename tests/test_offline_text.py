"""The built-in ``offline`` text provider: languages, hints, constraints, variety, determinism."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from itertools import combinations

import pytest

from avatargen.providers.base import (
    DEFAULT_BIO_LIMITS,
    PLATFORMS,
    Constraints,
    PersonaDraft,
    ProviderError,
    TextBatchRequest,
)
from avatargen.providers.offline_text import OfflineTextProvider, appearance, names
from avatargen.providers.offline_text.names_fallback import CURATED

LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "nl", "pl", "tr", "id")
MANILA = "nurses in Manila aged 30-45 who hike and breed axolotls"


@pytest.fixture(scope="module")
def provider() -> OfflineTextProvider:
    return OfflineTextProvider()


def batch(provider, count=20, **kwargs):
    kwargs.setdefault("description", "")
    kwargs.setdefault("language", "en")
    request = TextBatchRequest(count=count, **kwargs)
    result = provider.generate_batch(request)
    assert result.failures == []
    start = request.start_index
    assert sorted(result.drafts) == list(range(start, start + count))
    return [result.drafts[i] for i in sorted(result.drafts)]


def assert_valid(draft: PersonaDraft, limits: dict[str, int]) -> None:
    PersonaDraft.model_validate(draft.model_dump())
    for platform in PLATFORMS:
        bio = getattr(draft.bios, platform)
        assert 0 < len(bio) <= limits[platform], (platform, bio)
        assert bio == bio.strip()
    assert 3 <= len(draft.interests) <= 6
    assert len(set(draft.interests)) == len(draft.interests)
    assert 2 <= len(draft.personality) <= 4
    assert draft.about.count(".") + draft.about.count("!") >= 3
    look = draft.appearance
    assert look.eyes in appearance.EYE_COLORS
    assert look.skin_tone in appearance.SKIN_TONES
    assert look.build in appearance.BUILDS
    assert look.style in appearance.STYLES
    length, texture, color = appearance.parse_hair(look.hair)
    if look.hair not in appearance.HAIR_SPECIAL:
        assert length in appearance.HAIR_LENGTHS
        assert texture in appearance.HAIR_TEXTURES
        assert color in appearance.HAIR_COLORS


# --------------------------------------------------------------------------- languages


def test_identity_and_languages(provider):
    assert OfflineTextProvider.id == "offline"
    assert OfflineTextProvider.requires == ()
    assert {"deterministic", "offline"} <= OfflineTextProvider.capabilities
    assert set(LANGUAGES) <= set(provider.supported_languages())


@pytest.mark.parametrize("language", [*LANGUAGES, "pt-BR", "pt-PT", "es-MX", "en-GB", "PT_br"])
def test_each_language_gives_valid_drafts(provider, language):
    drafts = batch(provider, count=30, language=language, seed=3)
    for draft in drafts:
        assert_valid(draft, DEFAULT_BIO_LIMITS)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("limit", [20, 25, 30])
def test_tight_bio_limits(provider, language, limit):
    limits = dict.fromkeys(PLATFORMS, limit)
    for draft in batch(provider, count=25, language=language, bio_limits=limits, seed=limit):
        assert_valid(draft, limits)


def test_region_subtag_picks_the_country(provider):
    assert {d.country for d in batch(provider, count=20, language="pt-PT")} == {"PT"}
    assert {d.country for d in batch(provider, count=20, language="es-MX")} == {"MX"}
    assert {d.country for d in batch(provider, count=20, language="en-gb")} == {"GB"}


def test_unsupported_language_names_what_works(provider):
    with pytest.raises(ProviderError) as err:
        provider.check_request("", "th", Constraints())
    message = str(err.value)
    for code in LANGUAGES:
        assert code in message
    for needed in ("openai", "AVATARGEN_LLM_BASE_URL", "AVATARGEN_LLM_MODEL", "'th'"):
        assert needed in message
    with pytest.raises(ProviderError):
        provider.generate_batch(TextBatchRequest(description="", language="xx-YY", count=1))


@pytest.mark.parametrize("country", ["ZZ", "XK", "AN", "12"])
def test_unknown_country_is_rejected(provider, country):
    with pytest.raises(ProviderError, match="ISO 3166-1"):
        provider.check_request("", "en", Constraints(country=country))


def test_uninhabited_country_is_rejected(provider):
    with pytest.raises(ProviderError, match="population"):
        provider.check_request("", "en", Constraints(country="AQ"))


# --------------------------------------------------------------------------- determinism


def test_same_request_same_drafts(provider):
    first = [d.model_dump() for d in batch(provider, count=15, seed=42, description=MANILA)]
    again = [d.model_dump() for d in batch(provider, count=15, seed=42, description=MANILA)]
    assert first == again
    other = [d.model_dump() for d in batch(provider, count=15, seed=43, description=MANILA)]
    assert first != other


@pytest.mark.parametrize("language", ["en", "tr"])
def test_resuming_from_the_middle_gives_the_same_personas(provider, language):
    whole = batch(provider, count=20, seed=9, language=language)
    head = batch(provider, count=10, seed=9, language=language)
    tail = batch(
        provider, count=10, start_index=10, seed=9, language=language,
        avoid_names=frozenset(d.full_name for d in head),
    )  # fmt: skip
    assert [d.model_dump() for d in head + tail] == [d.model_dump() for d in whole]


def test_avoid_names_are_avoided(provider):
    first = batch(provider, count=5, seed=1)
    taken = frozenset(d.full_name for d in first)
    again = batch(provider, count=5, seed=1, avoid_names=taken)
    assert not taken & {d.full_name for d in again}


# --------------------------------------------------------------------------- constraints


def test_constraints_are_respected(provider):
    constraints = Constraints(age_min=25, age_max=30, gender_mix={"female": 1.0}, country="jp")
    drafts = batch(provider, count=60, constraints=constraints, language="fr")
    assert all(25 <= d.age <= 30 for d in drafts)
    assert {d.gender for d in drafts} == {"female"}
    assert {d.country for d in drafts} == {"JP"}


def test_single_age_bound_and_gender_mix(provider):
    drafts = batch(provider, count=80, constraints=Constraints(age_min=70))
    assert all(d.age >= 70 for d in drafts)
    mix = Constraints(gender_mix={"male": 1.0, "nonbinary": 1.0})
    genders = Counter(d.gender for d in batch(provider, count=80, constraints=mix))
    assert set(genders) == {"male", "nonbinary"}


def test_default_gender_mix(provider):
    genders = Counter(d.gender for d in batch(provider, count=600, seed=5))
    assert 0.38 < genders["female"] / 600 < 0.58
    assert 0.38 < genders["male"] / 600 < 0.58
    assert 0 < genders["nonbinary"] < 60


def test_constraints_beat_hints(provider):
    constraints = Constraints(age_min=50, age_max=55, country="MX")
    drafts = batch(provider, count=30, description=MANILA, constraints=constraints)
    assert all(50 <= d.age <= 55 for d in drafts)
    assert {d.country for d in drafts} == {"MX"}
    assert all(d.occupation == "nurse" for d in drafts)


# --------------------------------------------------------------------------- hints


def test_describe_reports_understood_and_ignored_words(provider):
    report = provider.describe(MANILA, "en")
    assert report.understood == {
        "age": "30-45", "occupation": "nurse", "place": "Manila, PH", "interests": "hiking",
    }  # fmt: skip
    assert report.not_understood == ["breed", "axolotls"]
    empty = provider.describe("", "en")
    assert empty.understood == {} and empty.not_understood == []


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("software engineers in Berlin in their 20s", {"age": "20-29", "place": "Berlin, DE"}),
        ("retired teachers over 60", {"age": "61-85", "occupation": "retiree"}),
        ("women who love cooking", {"gender": "female", "interests": "cooking"}),
        ("teenagers who are gamers", {"age": "13-19", "interests": "gaming"}),
        ("enfermeras de 30 a 45 años en Madrid", {"occupation": "nurse", "age": "30-45"}),
        ("Filipino nurses", {"place": "Philippines, PH"}),
    ],
)
def test_describe_examples(provider, description, expected):
    understood = provider.describe(description, "en").understood
    assert expected.items() <= understood.items()


@pytest.mark.parametrize(
    ("language", "nurse", "hiking"),
    [("en", {"nurse"}, "hiking"), ("es", {"enfermera", "enfermero", "enfermero/a"}, "senderismo")],
)
def test_generation_follows_hints(provider, language, nurse, hiking):
    drafts = batch(provider, count=40, description=MANILA, language=language, seed=11)
    for d in drafts:
        assert d.occupation in nurse
        assert (d.city, d.country, d.region) == ("Manila", "PH", "Metro Manila")
        assert 30 <= d.age <= 45
        assert hiking in d.interests
        assert d.city in d.about and d.occupation in d.about


def test_philippine_names_are_not_american(provider):
    female, male, _ = CURATED["PH"]
    surnames = names.pool("@PH").last_male.values  # the curated list and names_more's
    assert set(CURATED["PH"][2]) < set(surnames)
    firsts = set(female) | set(male)
    drafts = batch(provider, count=300, constraints=Constraints(country="PH"), seed=2)
    for d in drafts:
        assert d.country == "PH"
        assert d.first_name in firsts or all(p in firsts for p in d.first_name.split(" "))
        assert d.last_name in surnames or any(d.last_name.startswith(s) for s in surnames)


# --------------------------------------------------------------------------- variety


@pytest.mark.parametrize("country", [None, "KR"])
def test_names_are_unique_over_2000_personas(provider, country):
    drafts = batch(provider, count=2000, constraints=Constraints(country=country), seed=4)
    names = [d.full_name for d in drafts]
    assert len(set(names)) == len(names)


_WORD = re.compile(r"\w+")


def trigrams(text: str) -> frozenset:
    words = _WORD.findall(text.lower())
    if len(words) < 3:
        return frozenset({tuple(words)})
    return frozenset(zip(words, words[1:], words[2:], strict=False))


def jaccard(a: frozenset, b: frozenset) -> float:
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def near_duplicate_pairs(texts: list[str], threshold: float = 0.8) -> int:
    """Pairs with trigram Jaccard >= threshold, exactly, via prefix filtering.

    Tokens of every set are ordered by global frequency (rarest first); two sets can only
    reach the threshold if the first ``|x| - ceil(threshold * |x|) + 1`` tokens of each
    share a token, so only those candidate pairs are compared.
    """
    sets = [trigrams(t) for t in texts]
    freq = Counter(g for s in sets for g in s)
    index: dict[tuple, list[int]] = defaultdict(list)
    hits = 0
    for i, s in enumerate(sets):
        ordered = sorted(s, key=lambda g: (freq[g], g))
        prefix = len(ordered) - math.ceil(threshold * len(ordered)) + 1
        candidates: set[int] = set()
        for g in ordered[:prefix]:
            candidates.update(index[g])
            index[g].append(i)
        for j in candidates:
            other = sets[j]
            if min(len(s), len(other)) < threshold * max(len(s), len(other)):
                continue
            if jaccard(s, other) >= threshold:
                hits += 1
    return hits


def test_prefix_filter_matches_brute_force(provider):
    bios = [d.bios.tiktok for d in batch(provider, count=250, seed=8, language="es")]
    bios += bios[:20]  # exact duplicates must be found too
    brute = sum(jaccard(trigrams(a), trigrams(b)) >= 0.8 for a, b in combinations(bios, 2))
    assert near_duplicate_pairs(bios) == brute >= 20


@pytest.mark.parametrize("language", ["en", "es"])
def test_bios_are_not_near_copies(provider, language):
    drafts = batch(provider, count=1000, seed=21, language=language)
    pairs = 1000 * 999 / 2
    for platform in PLATFORMS:
        share = near_duplicate_pairs([getattr(d.bios, platform) for d in drafts]) / pairs
        assert share < 0.01, (platform, share)


# --------------------------------------------------------------------------- appearance


def test_appearance_follows_age(provider):
    old = batch(provider, count=150, constraints=Constraints(age_min=72, age_max=90))
    young = batch(provider, count=150, constraints=Constraints(age_min=18, age_max=25))
    aged = ("grey", "white", "salt-and-pepper", "bald")

    def share(drafts):
        return sum(any(w in d.appearance.hair for w in aged) for d in drafts) / len(drafts)

    assert share(old) > 0.6
    assert share(young) < 0.1
