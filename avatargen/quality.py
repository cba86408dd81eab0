"""Quality measures of a generated dataset, for the dataset card and the task page."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from avatargen.languages import base_language

WORD_RE = re.compile(r"\w+", re.UNICODE)
NEAR_DUPLICATE_THRESHOLD = 0.8


def word_trigrams(text: str) -> frozenset[tuple[str, str, str]]:
    words = WORD_RE.findall(text.lower())
    if len(words) < 3:
        return frozenset({tuple((words + ["", "", ""])[:3])}) if words else frozenset()
    return frozenset(zip(words, words[1:], words[2:], strict=False))


def near_duplicate_pairs(texts: Sequence[str], threshold: float = NEAR_DUPLICATE_THRESHOLD) -> int:
    """Exact count of pairs whose word-trigram Jaccard similarity is >= ``threshold``.

    A set-similarity join with prefix filtering: two sets can only reach the threshold if
    they share a token among the first ``|s| - ceil(t*|s|) + 1`` tokens of each, ordered by
    global rarity, so only those candidate pairs are compared.
    """
    sets = [word_trigrams(t) for t in texts]
    freq = Counter(tok for s in sets for tok in s)
    order = {tok: (n, tok) for tok, n in freq.items()}
    index: dict[tuple, list[int]] = {}
    pairs = 0
    for i, s in enumerate(sets):
        if not s:
            continue
        toks = sorted(s, key=order.__getitem__)
        prefix = len(toks) - math.ceil(threshold * len(toks)) + 1
        candidates: set[int] = set()
        for tok in toks[:prefix]:
            bucket = index.setdefault(tok, [])
            candidates.update(bucket)
            bucket.append(i)
        for j in candidates:
            other = sets[j]
            small, large = (len(s), len(other)) if len(s) <= len(other) else (len(other), len(s))
            if small < threshold * large:
                continue
            inter = len(s & other)
            if inter / (len(s) + len(other) - inter) >= threshold:
                pairs += 1
    return pairs


def near_duplicate_share(
    texts: Sequence[str], threshold: float = NEAR_DUPLICATE_THRESHOLD
) -> float:
    n = len(texts)
    total = n * (n - 1) // 2
    return near_duplicate_pairs(texts, threshold) / total if total else 0.0


# Close pairs that short texts cannot tell apart are counted as one family.
LANGUAGE_FAMILIES = {"ms": "id", "pt": "pt", "es": "es", "no": "da", "nb": "da", "sr": "hr"}


@lru_cache(maxsize=8)
def _detector(target: str):
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    common = [
        "en",
        "es",
        "fr",
        "de",
        "pt",
        "it",
        "nl",
        "pl",
        "tr",
        "id",
        "ms",
        "sv",
        "da",
        "ro",
        "ca",
        "tl",
    ]
    codes = set(common) | {target}
    languages = []
    for code in codes:
        iso = getattr(IsoCode639_1, code.upper(), None)
        if iso is not None:
            languages.append(Language.from_iso_code_639_1(iso))
    if len(languages) < 2:
        return None
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def language_share(texts: Iterable[str], language: str) -> float | None:
    """Share of ``texts`` detected as ``language`` (None if it cannot be checked)."""
    target = base_language(language)
    detector = _detector(target)
    if detector is None:
        return None
    want = LANGUAGE_FAMILIES.get(target, target)
    hits = total = 0
    for text in texts:
        total += 1
        found = detector.detect_language_of(text)
        if found is None:
            continue
        code = found.iso_code_639_1.name.lower()
        if LANGUAGE_FAMILIES.get(code, code) == want:
            hits += 1
    return hits / total if total else None
