"""Quality measures of a generated dataset, for the dataset card and the task page."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from avatargen.languages import base_language

WORD_RE = re.compile(r"\w+", re.UNICODE)
# Scripts written without spaces between words: each character counts as a token, so the
# word-trigram measure becomes a character-trigram one for them (and mixed text works).
_CHAR_SCRIPTS = (
    "\u0e00-\u0e7f"  # Thai
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs
    "\uac00-\ud7af\u1100-\u11ff"  # Hangul
)
TOKEN_RE = re.compile(rf"[{_CHAR_SCRIPTS}]|[^\W{_CHAR_SCRIPTS}]+", re.UNICODE)
NEAR_DUPLICATE_THRESHOLD = 0.8


def tokens(text: str) -> list[str]:
    """Words, with each character of a space-less script (CJK, Thai) as its own token."""
    return TOKEN_RE.findall(text.lower())


def word_trigrams(text: str) -> frozenset[tuple[str, str, str]]:
    words = tokens(text)
    if len(words) < 3:
        return frozenset({tuple((words + ["", "", ""])[:3])}) if words else frozenset()
    return frozenset(zip(words, words[1:], words[2:], strict=False))


def _near_pairs(texts: Sequence[str], threshold: float) -> Iterator[tuple[int, int]]:
    """Pairs (j, i), j < i, whose token-trigram Jaccard similarity is >= ``threshold``.

    A set-similarity join with prefix filtering: two sets can only reach the threshold if
    they share a token among the first ``|s| - ceil(t*|s|) + 1`` tokens of each, ordered by
    global rarity, so only those candidate pairs are compared.
    """
    sets = [word_trigrams(t) for t in texts]
    freq = Counter(tok for s in sets for tok in s)
    order = {tok: (n, tok) for tok, n in freq.items()}
    index: dict[tuple, list[int]] = {}
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
                yield j, i


def near_duplicate_pairs(texts: Sequence[str], threshold: float = NEAR_DUPLICATE_THRESHOLD) -> int:
    """Exact count of pairs whose token-trigram Jaccard similarity is >= ``threshold``."""
    return sum(1 for _ in _near_pairs(texts, threshold))


def near_duplicate_persona_share(
    texts: Sequence[str], threshold: float = NEAR_DUPLICATE_THRESHOLD
) -> float:
    """Share of texts that have at least one near-duplicate (exact copies included)."""
    members: set[int] = set()
    for j, i in _near_pairs(texts, threshold):
        members.add(i)
        members.add(j)
    return len(members) / len(texts) if texts else 0.0


def exact_duplicate_share(texts: Sequence[str]) -> float:
    """Share of texts that are word for word the same as at least one other text."""
    counts = Counter(texts)
    return sum(c for c in counts.values() if c > 1) / len(texts) if texts else 0.0


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
