"""Usernames per platform and an email address for a persona, derived from its name.

Everything here is a pure function of the persona's name, age, position in the task, the
task's seed and size, so a record reads the same in every export, API answer and page, and
a task run twice with one seed gives the same handles.

Unique inside a task by construction: every handle and email ends in a code of exactly
``digits`` digits that is a bijection of the persona's index (``index * a + b`` modulo a
power of ten, ``a`` prime to ten), and the part before it never ends in a digit, so two
personas of a task can share a name but never a handle.

Platform rules (as the platforms publish them):

========== ======= =====================================================================
platform   length  characters
========== ======= =====================================================================
facebook   5-50    a-z 0-9 and ".", not at either end, never two in a row
instagram  1-30    a-z 0-9 "." and "_", no "." at either end, never two in a row
x          4-15    a-z 0-9 and "_"
tiktok     2-24    a-z 0-9 "." and "_", no "." at the end
========== ======= =====================================================================

Email addresses use the domains RFC 2606 reserves for examples (example.com, example.net,
example.org), so no message can ever reach a real mailbox.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from avatargen.romanize import romanize

EMAIL_DOMAINS = ("example.com", "example.net", "example.org")


@dataclass(frozen=True)
class HandleRule:
    min_len: int
    max_len: int
    pattern: str  # the whole handle

    def ok(self, handle: str) -> bool:
        return self.min_len <= len(handle) <= self.max_len and bool(
            re.fullmatch(self.pattern, handle)
        )


_DOTTED = r"(?!\.)(?!.*\.\.)[a-z0-9._]*[a-z0-9_]"
RULES: dict[str, HandleRule] = {
    "facebook": HandleRule(5, 50, r"(?!\.)(?!.*\.\.)[a-z0-9.]*[a-z0-9]"),
    "instagram": HandleRule(1, 30, _DOTTED),
    "x": HandleRule(4, 15, r"[a-z0-9_]+"),
    "tiktok": HandleRule(2, 24, r"[a-z0-9._]*[a-z0-9_]"),
}
EMAIL_PATTERN = r"^[a-z0-9._]+@example\.(com|net|org)$"

# Separators each platform allows between name parts.
_SEPARATORS = {"facebook": ".", "instagram": "._", "x": "_", "tiktok": "._"}


def _int(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256(":".join(map(str, parts)).encode()).digest()[:8], "big")


def code_digits(count: int) -> int:
    """How many digits the codes of a task of ``count`` personas have (at least 2)."""
    return max(2, len(str(max(count - 1, 0))))


def _affine(x: int, seed: int, salt: str, modulus: int) -> int:
    a = _int("a", salt, seed) % modulus
    while a % 2 == 0 or a % 5 == 0:  # prime to 10, so x -> x * a is a bijection
        a = (a + 1) % modulus
    return (x * a + _int("b", salt, seed)) % modulus


def index_code(index: int, seed: int, count: int) -> str:
    """The persona's code: distinct for every index below ``count``. Two affine maps modulo
    10**digits with the digits reversed between them: each step is a bijection, and the
    reversal keeps neighbouring personas from getting codes a constant apart."""
    digits = code_digits(count)
    modulus = 10**digits
    y = _affine(index, seed, "1", modulus)
    y = int(str(y).zfill(digits)[::-1])
    return str(_affine(y, seed, "2", modulus)).zfill(digits)


_PARTICLES = frozenset(
    ("da", "de", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von",
     "der", "den", "ten", "y", "e")
)  # fmt: skip


def _name_parts(first: str, last: str, lang: str) -> tuple[str, str]:
    """Romanized given name and the surname part of a handle. Two-surname names keep
    the one people go by: the father's (the first) in Spanish, the last in Portuguese."""
    japanese = lang.split("-")[0] == "ja"
    f = romanize(first, japanese).replace(" ", "")
    words = [w for w in romanize(last, japanese).split() if w not in ROMAN_SUFFIXES]
    base = lang.split("-")[0]
    main = [w for w in words if w not in _PARTICLES]
    if len(main) > 1 and base in ("es", "ca", "gl"):
        words = main[:1]
    elif len(main) > 1 and base == "pt":
        words = main[-1:]
    return f, "".join(words)


ROMAN_SUFFIXES = frozenset(("i", "ii", "iii", "iv", "v", "vi"))  # "Reyes II" -> "reyes"


def _base(style: int, f: str, last: str, sep: str, young: bool) -> str:
    """The name part of a handle in one of several common shapes."""
    if not f and not last:
        return "user"
    if not f or not last:
        return f or last
    shapes = (
        f"{f}{sep}{last}",
        f"{f}{last}",
        f"{f[0]}{sep}{last}",
        f"{f[0]}{last}",
        f"{f}{sep}{last[0]}",
        f"{last}{sep}{f}",
        f"{f}",
        f"{last}{f[0]}",
    )
    # Older people mostly write their whole name; the short forms are a younger habit.
    pick = style % (len(shapes) if young else 3)
    return shapes[pick]


def _fit(base: str, sep: str, code: str, rule: HandleRule) -> str:
    room = rule.max_len - len(code) - len(sep)
    base = base[:room].rstrip("._")
    base = re.sub(r"[._]{2,}", lambda m: m.group(0)[0], base)
    if len(base) + len(sep) + len(code) < rule.min_len:  # very short names (Facebook: 5)
        base = (base + "user")[:room]
    return f"{base}{sep}{code}"


def handles_for(
    first: str, last: str, age: int, index: int, seed: int, count: int, lang: str = ""
) -> dict[str, str]:
    """Usernames on each platform (see the module doc for the rules and the uniqueness);
    ``lang`` is the bio language (Japanese readings, which surname a two-surname name uses)."""
    f, last_part = _name_parts(first, last, lang)
    code = index_code(index, seed, count)
    young = age < 35
    out = {}
    for platform, rule in RULES.items():
        h = _int("handle", seed, index, platform)
        seps = _SEPARATORS[platform]
        sep = seps[h % len(seps)]
        base = _base(h // 7, f, last_part, sep, young)
        # The code follows the name straight away or after a separator the platform allows.
        tail_sep = "" if (h // 101) % 2 else sep[0]
        if platform == "facebook":
            tail_sep = "." if (h // 101) % 2 else ""
        handle = _fit(base, tail_sep, code, rule)
        if not rule.ok(handle):  # an invariant: every shape above fits every rule
            raise ValueError(f"{platform} handle {handle!r} breaks the platform's rules")
        out[platform] = handle
    return out


def email_for(first: str, last: str, index: int, seed: int, count: int, lang: str = "") -> str:
    """An address on a reserved example domain, unique in the task (the code again)."""
    f, last_part = _name_parts(first, last, lang)
    h = _int("email", seed, index)
    base = _base(h // 5, f, last_part, ".", young=h % 3 == 0) or "user"
    base = base[:40].strip("._")
    domain = EMAIL_DOMAINS[h % len(EMAIL_DOMAINS)]
    return f"{base}.{index_code(index, seed, count)}@{domain}"
