"""Quality measures of a generated dataset, for the dataset card and the task page."""

from __future__ import annotations

import hashlib
import math
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

import numpy as np

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


class TextSet:
    """A stream of texts reduced to what the duplicate measures need, a text at a time.

    Each text is kept as a 64-bit digest (exact duplicates) and its set of token trigrams
    as 64-bit hashes, all in flat arrays (near duplicates): about 8 bytes a trigram instead
    of a tuple of strings in a frozenset (about 150), so a report over 10,000 personas holds
    a few megabytes, not hundreds. Two different texts or trigrams share a hash with a
    chance of about one in 2**64 per pair; the counts are otherwise exact.
    """

    def __init__(self) -> None:
        self._hashes = array("q")
        self._ends = array("q")
        self._digests = array("q")
        self._pairs: dict[float, list[tuple[int, int]]] = {}

    def __len__(self) -> int:
        return len(self._ends)

    def add(self, text: str) -> None:
        self._hashes.extend({hash(gram) for gram in word_trigrams(text)})
        self._ends.append(len(self._hashes))
        digest = hashlib.blake2b(text.encode(), digest_size=8).digest()
        self._digests.append(int.from_bytes(digest, "little", signed=True))
        self._pairs.clear()

    def exact_duplicate_share(self) -> float:
        """Share of texts that are word for word the same as at least one other text."""
        if not self._digests:
            return 0.0
        _, counts = np.unique(np.frombuffer(self._digests, dtype=np.int64), return_counts=True)
        return int(counts[counts > 1].sum()) / len(self)

    def near_pairs(self, threshold: float = NEAR_DUPLICATE_THRESHOLD) -> list[tuple[int, int]]:
        """Pairs (j, i), j < i, whose token-trigram Jaccard similarity is >= ``threshold``."""
        if threshold not in self._pairs:
            self._pairs[threshold] = list(self._join(threshold))
        return self._pairs[threshold]

    def near_duplicate_share(self, threshold: float = NEAR_DUPLICATE_THRESHOLD) -> float:
        """Near-duplicate pairs over all pairs."""
        n = len(self)
        total = n * (n - 1) // 2
        return len(self.near_pairs(threshold)) / total if total else 0.0

    def near_duplicate_persona_share(self, threshold: float = NEAR_DUPLICATE_THRESHOLD) -> float:
        """Share of texts that have at least one near-duplicate (exact copies included)."""
        members = {k for pair in self.near_pairs(threshold) for k in pair}
        return len(members) / len(self) if len(self) else 0.0

    def _ranks(self) -> tuple[np.ndarray, int]:
        """Every stored trigram's global rank (rarest first, ties by hash) and how many
        ranks belong to trigrams of one text only (those ranks come first)."""
        values = np.frombuffer(self._hashes, dtype=np.int64)
        unique, inverse, counts = np.unique(values, return_inverse=True, return_counts=True)
        order = np.lexsort((unique, counts))
        rank_of = np.empty(len(order), dtype=np.int32 if len(order) < 2**31 else np.int64)
        rank_of[order] = np.arange(len(order))
        return rank_of[inverse.ravel()], int(np.count_nonzero(counts == 1))

    def _join(self, threshold: float) -> Iterator[tuple[int, int]]:
        """A set-similarity join with prefix filtering: two sets can only reach the
        threshold if they share a trigram among the first ``|s| - ceil(t*|s|) + 1`` of
        each, ordered by global rarity, so only those candidate pairs are compared (and a
        trigram no other text has is never a candidate)."""
        if not self._hashes:
            return
        ranks, single = self._ranks()
        ends = self._ends.tolist()
        starts = [0, *ends[:-1]]
        index: dict[int, list[int]] = {}
        for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
            size = end - start
            if not size:
                continue
            mine = np.sort(ranks[start:end])
            prefix = size - math.ceil(threshold * size) + 1
            candidates: set[int] = set()
            for rank in mine[:prefix].tolist():
                if rank < single:
                    continue
                bucket = index.setdefault(rank, [])
                candidates.update(bucket)
                bucket.append(i)
            for j in sorted(candidates):
                other = ends[j] - starts[j]
                small, large = (size, other) if size <= other else (other, size)
                if small < threshold * large:
                    continue
                theirs = ranks[starts[j] : ends[j]]
                inter = int(np.count_nonzero(np.isin(theirs, mine, assume_unique=True)))
                if inter / (size + other - inter) >= threshold:
                    yield j, i


def text_set(texts: Iterable[str]) -> TextSet:
    out = TextSet()
    for text in texts:
        out.add(text)
    return out


def near_duplicate_pairs(texts: Sequence[str], threshold: float = NEAR_DUPLICATE_THRESHOLD) -> int:
    """Exact count of pairs whose token-trigram Jaccard similarity is >= ``threshold``."""
    return len(text_set(texts).near_pairs(threshold))


def near_duplicate_persona_share(
    texts: Sequence[str], threshold: float = NEAR_DUPLICATE_THRESHOLD
) -> float:
    """Share of texts that have at least one near-duplicate (exact copies included)."""
    return text_set(texts).near_duplicate_persona_share(threshold)


def exact_duplicate_share(texts: Sequence[str]) -> float:
    """Share of texts that are word for word the same as at least one other text."""
    return text_set(texts).exact_duplicate_share()


def near_duplicate_share(
    texts: Sequence[str], threshold: float = NEAR_DUPLICATE_THRESHOLD
) -> float:
    return text_set(texts).near_duplicate_share(threshold)


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


def without_names(text: str, names: Iterable[str]) -> str:
    """``text`` with each of ``names`` (whole words; the first of overlapping ones wins, so
    give the longest first) replaced by a space: a detector asked about "Nurse | Manila"
    reads the city, not the language the bio is written in."""
    alternatives = "|".join(re.escape(n) for n in names if n)
    return re.sub(rf"(?<!\w)(?:{alternatives})(?!\w)", " ", text) if alternatives else text


class LanguageShare:
    """Share of a stream of texts detected as ``language``, fed one at a time."""

    def __init__(self, language: str) -> None:
        target = base_language(language)
        self.detector = _detector(target)
        self.want = LANGUAGE_FAMILIES.get(target, target)
        self.hits = self.total = 0

    def add(self, text: str) -> None:
        if self.detector is None:
            return
        self.total += 1
        found = self.detector.detect_language_of(text)
        if found is None:
            return
        code = found.iso_code_639_1.name.lower()
        if LANGUAGE_FAMILIES.get(code, code) == self.want:
            self.hits += 1

    def share(self) -> float | None:
        """None when the language cannot be checked (or there was no text)."""
        return self.hits / self.total if self.total else None


def language_share(texts: Iterable[str], language: str) -> float | None:
    """Share of ``texts`` detected as ``language`` (None if it cannot be checked)."""
    tally = LanguageShare(language)
    for text in texts:
        tally.add(text)
    return tally.share()
