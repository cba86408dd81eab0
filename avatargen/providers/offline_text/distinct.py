"""Distinct texts over a whole task: every bio and "about" text is checked against the ones
the task's earlier personas got, and a copy is composed again with the next code.

A persona's texts depend only on the seed, the task's inputs and its position: persona ``i``
is checked against the texts of personas ``0 .. i-1``, whatever the batches were. The
provider keeps one :class:`TaskTexts` per task in memory; a request that does not continue
where the last one stopped (a retry, a resumed task, another process) first recomposes the
positions before it, which costs the time of generating them again and nothing else.

Texts are compared by their word tokens (the tokens of the quality report's near-duplicate
measure, so emoji and punctuation do not make two texts different); a text with ten or more
words is also taken as a copy when it matches another one but for a few words at its start
or end (the near-duplicates that short texts have: one interest swapped at the end).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict

from avatargen.quality import _CHAR_SCRIPTS, TOKEN_RE

_CHAR_SCRIPT_RE = re.compile(f"[{_CHAR_SCRIPTS}]")
# Where a text in a space-less script (or Korean) is cut into segments: sentence ends,
# separators and spaces (not the commas of a list).
_SEGMENT_RE = re.compile(r"[。！？!?｜|・·•\s]+")

KINDS = ("x", "tiktok", "instagram", "facebook", "about")
_KEEP = 4  # tasks whose texts are kept in memory at once


def text_keys(text: str) -> tuple[int, ...]:
    """Keys of a text: two texts share a key when they are the same word for word or when
    one without a few words at its start or end is the other without some of its own:
    from six words on one word ("pov: a nurse with too many hobbies" / "... hobbies · night
    owl"), from ten words on up to three at the start and two at the end, or both ("I'm a
    retired teacher ..." / "Retired teacher ...", "... big fan of fishing" / "... of street
    food")."""
    words = tuple(TOKEN_RE.findall(text.lower()))
    if not words:
        return (hash(text),)
    if _CHAR_SCRIPT_RE.search(text):
        return _segment_keys(text, words)
    n = len(words)
    if n < 6:
        return (hash(words),)
    if n < 10:
        return hash(words), hash(words[1:]), hash((">", words)), hash((">", words[:-1]))
    keys = [hash(words), hash((">", words))]
    for j in range(1, min(4, n - 7)):  # without the first j words
        keys.append(hash(words[j:]))
    for j in range(1, min(3, n - 8)):  # without the last j words
        keys.append(hash((">", words[: n - j])))
        for i in range(1, min(4, n - 7)):  # ... and the first i ("Sou ..." / "...")
            keys.append(hash(("~", words[i : n - j])))
    return tuple(keys)


def _segment_keys(text: str, words: tuple[str, ...]) -> tuple[int, ...]:
    """Keys of a text whose every character is a token (Japanese, Chinese, Korean): a word
    swapped inside one sentence keeps most character trigrams, so a text is also keyed by
    the rest of it without each one of its segments, and without up to two characters at
    its start or end."""
    segments = [seg for seg in _SEGMENT_RE.split(text) if any(c.isalnum() for c in seg)]
    keys = [hash(words)]
    n = len(words)
    if n >= 6:  # a character or two swapped at the start or end ("絵画に…" / "映画に…")
        keys += [hash(("<", words[j:])) for j in range(3)]
        keys += [hash((">", words[: n - j])) for j in range(3)]
    if len(words) >= 8 and len(segments) > 1:
        keys += [hash((j, *segments[:j], *segments[j + 1 :])) for j in range(len(segments))]
        # ... and by each segment but for its last characters (a list's last items swapped)
        keys += [hash((j, *segments[:j], seg[: len(seg) * 2 // 3], *segments[j + 1 :]))
                 for j, seg in enumerate(segments) if len(seg) >= 6]  # fmt: skip
    return tuple(keys)


class TaskTexts:
    """The text keys of one task's personas ``0 .. next-1``."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        self.next = 0
        self.used: dict[str, set[int]] = {kind: set() for kind in KINDS}


_tasks: OrderedDict[tuple, TaskTexts] = OrderedDict()
_tasks_lock = threading.Lock()


def task_texts(key: tuple) -> TaskTexts:
    """The texts kept for one task (the least recently used task is forgotten)."""
    with _tasks_lock:
        state = _tasks.get(key)
        if state is None:
            state = _tasks[key] = TaskTexts()
            while len(_tasks) > _KEEP:
                _tasks.popitem(last=False)
        else:
            _tasks.move_to_end(key)
        return state


def forget(key: tuple | None = None) -> None:
    """Drop one task's texts (``key``), or every task's (tests: a fresh process)."""
    with _tasks_lock:
        if key is None:
            _tasks.clear()
        else:
            _tasks.pop(key, None)
