"""Heritage mixes: a task's requested shares of heritages, and which one each persona has.

A mix maps free-text labels ("Portuguese", "Cape Verdean") to relative weights, like the
gender mix. :func:`heritage_for` gives the heritage of task position ``index``: a weighted
draw from its own stream of (seed, index), so it does not depend on batch sizes, chunking
or the provider, and the pipeline, the offline provider and the quality report agree.
"""

from __future__ import annotations

import hashlib
import math
import re

MAX_LABELS = 12
MAX_LABEL = 60


class HeritageMixError(ValueError):
    """A heritage mix that cannot be used (the message says why, in one line)."""


def heritage_for(mix: dict[str, float], seed: int, index: int) -> str | None:
    """The heritage of position ``index`` under ``mix`` (None for an empty mix)."""
    items = sorted((label, w) for label, w in mix.items() if w > 0)
    if not items:
        return None
    digest = hashlib.sha256(f"{seed}:{index}:heritage".encode()).digest()
    x = int.from_bytes(digest[:8], "big") / 2**64 * sum(w for _, w in items)
    for label, weight in items:
        x -= weight
        if x < 0:
            return label
    return items[-1][0]


def described(description: str) -> str | None:
    """The heritage a description names for people living elsewhere ("Nigerian doctors in
    the UK" -> "Nigerian"), as the offline description parser reads it; None otherwise."""
    from avatargen.providers.offline_text import hints

    found = hints.parse(description or "").heritage
    return found[0] if found else None


_ITEM = re.compile(r"^\s*(?P<label>[^:=]+?)\s*[:=]\s*(?P<weight>[^,;]+?)\s*$")


def parse_mix(text: str) -> dict[str, float]:
    """``"Portuguese: 60, Cape Verdean: 25"`` (or ``=``, ``;``) as a mix; raises
    :class:`HeritageMixError` with a one-line reason."""
    mix: dict[str, float] = {}
    for part in re.split(r"[,;\n]", text):
        if not part.strip():
            continue
        m = _ITEM.match(part)
        if not m:
            raise HeritageMixError(f"write each heritage as 'label: weight' (got {part.strip()!r})")
        try:
            weight = float(m.group("weight"))
        except ValueError:
            raise HeritageMixError(f"weight of {m.group('label')!r} is not a number") from None
        label = " ".join(m.group("label").split())
        if label in mix:
            raise HeritageMixError(f"heritage {label!r} is given twice")
        mix[label] = weight
    return check_mix(mix)


def check_mix(mix: dict[str, float]) -> dict[str, float]:
    """The mix unchanged if it keeps a task's bounds, else :class:`HeritageMixError`."""
    out: dict[str, float] = {}
    if len(mix) > MAX_LABELS:
        raise HeritageMixError(f"at most {MAX_LABELS} heritages")
    for label, weight in mix.items():
        name = str(label)  # as given (parse_mix has tidied typed text already)
        if not name.strip() or len(name) > MAX_LABEL:
            raise HeritageMixError(f"a heritage label has 1 to {MAX_LABEL} characters")
        if any(ord(ch) < 32 or ch == "\x7f" for ch in name):
            raise HeritageMixError("heritage labels cannot hold control characters")
        if isinstance(weight, bool) or not math.isfinite(float(weight)):
            raise HeritageMixError("heritage weights must be finite numbers")
        if float(weight) < 0 or float(weight) > 1000:
            raise HeritageMixError("heritage weights are between 0 and 1000")
        if name in out:
            raise HeritageMixError(f"heritage {name!r} is given twice")
        out[name] = float(weight)
    if out and not any(w > 0 for w in out.values()):
        raise HeritageMixError("at least one heritage weight must be positive")
    return out
