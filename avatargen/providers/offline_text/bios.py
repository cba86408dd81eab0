"""Platform bios and the first-person "about" text, composed from a language's templates.

Each platform has its own shape: X joins two or three short fragments (role, interests,
tagline or traits) with one separator style; TikTok is a one-liner with emoji; Instagram
uses up to three lines (role · city, interests with emoji, a tagline); Facebook is plain
prose of one to three sentences. A bio is never cut: when a composition is over the
platform limit, other templates and then shorter compositions are tried, down to
single words, so even a 20-character limit is met.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from functools import lru_cache

from avatargen.providers.offline_text.distinct import text_keys
from avatargen.providers.offline_text.lang import Lang
from avatargen.providers.offline_text.vocab import INTERESTS as INTEREST_EMOJI

_MULTIPLIERS = (7919, 104729, 1299709, 15485863, 179424673, 2038074743, 27644437, 433494437)
FB_TAILS = ("", " {e1}", " {e1}{e2}", " {flag}")
TIKTOK_TAILS = ("", " {e2}", " {flag}", " ✨", " {e3}", " {e1}{e2}", " 💫", " ☀️")


@lru_cache(maxsize=4096)
def multiplier(part: int, modulus: int, base: int = 0, step: int = 1) -> int:
    a = base + step * (_MULTIPLIERS[part % len(_MULTIPLIERS)] % max(modulus // step, 1))
    while math.gcd(a, modulus) != 1:
        a += step
    return a


def code(salt: int, part: int, index: int, modulus: int) -> int:
    """Composition code of persona ``index`` for one part: an affine bijection of the index
    modulo ``modulus`` (offset by the task's salt), so positions below ``modulus`` get
    distinct codes; each part uses its own multiplier."""
    if modulus <= 1:
        return 0
    return (multiplier(part, modulus) * index + offset(salt, part, modulus)) % modulus


def offset(salt: int, part: int, modulus: int) -> int:
    return (salt >> (part * 5)) % modulus if modulus > 1 else 0


def joint_code(s: dict, part: int, extra: int, k: int = 0) -> int:
    """A code modulo ``m * extra`` (``m`` = ``s["m1"]``, the number of interests the first
    one is drawn from) whose residue modulo ``m`` is the persona's first drawn interest, so
    the digits it gives (``code // m``) are distinct together with that interest: two
    personas below ``m * extra`` never share both. ``s["a0"]``/``s["b0"]`` are the
    interest code's multiplier and offset (see :func:`code`)."""
    m, a0, b0 = s["m1"], s["a0"], s["b0"]
    modulus = m * extra
    a = multiplier(part, modulus, a0 % m, m) if modulus > 1 else 1
    b = b0 % m + m * ((s["salt"] >> (part * 5)) % extra)
    return (a * (s["index"] + k * 1_000_003) + b) % modulus


def digits(value: int, radices: list[int]) -> list[int]:
    """Mixed-radix digits of ``value`` (least significant first)."""
    out = []
    for r in radices:
        out.append(value % r)
        value //= r
    return out


_SEPARATORS = (". ", " | ", " · ", " • ", " / ", " — ", ". ", " ✦ ")
_PUNCT_END = ".!?…)"
_CLOSERS = "»”\"'"  # a quoted name ends a sentence that still needs its full stop


def _join(parts: list[str], sep: str) -> str:
    if sep != ". ":
        return sep.join(parts)
    out = ""
    for p in parts:
        if out:
            closed = out[-1].isalnum() or out[-1] in _CLOSERS
            out += " " if out[-1] in _PUNCT_END or not closed else ". "
        out += p
    return out + "." if out and (out[-1].isalnum() or out[-1] in _CLOSERS) else out


def clean(text: str) -> str:
    """Tidy joins: a name ending in "." (B.V., Co.) followed by a full stop."""
    return text.replace("..", ".").replace(".,", ",") if ".." in text or ".," in text else text


def _fallbacks(L: Lang, rng: random.Random, s: dict, g: int) -> Iterator[str]:
    """Ever shorter bios, still composed of the persona's own parts; the last ones are
    single words or one emoji."""
    short = L.groups["SHORT"]
    for t in short.variants[(True, True)][g]:
        yield t.format_map(s)
    yield f"{s['Occ']} {s['e1']} {s['i1']}"
    yield f"{s['I1']} {s['e1']} {s['i2']} {s['e2']}"
    yield f"{s['Occ']} {s['e1']}"
    yield s["Occ"]
    yield f"{s['city']} {s['flag']} {s['i1']}"
    yield f"{s['city']} {s['flag']}"
    yield s["city"]
    yield f"{s['I1']} {s['e1']}"
    yield s["I1"]
    yield s["T1"]
    yield f"{s['e1']}{s['e2']}"
    yield s["e1"]
    yield "🙂"


def _suffixes(s: dict) -> Iterator[str]:
    """What a composition that every other try repeats is made distinct with (the
    persona's own facts: its other interests, traits, first name, age)."""
    keys = s["keys"]
    for extra in (s["i3"], s["t3"], s["first"], s["t2"], *s.get("more_interests", ())):
        yield f" · {extra}"
    yield f" · {s['first']}, {s['age']}"
    for key in keys:
        yield f" {INTEREST_EMOJI.get(key, '')}"


def _fit(L, rng, s, g, limit, candidates, kind: str = "") -> str:
    """The first candidate within the limit whose words no earlier persona of the task has
    for this text (see :mod:`.distinct`), then the composed fallbacks, then the first
    candidate made distinct with one more of the persona's facts."""
    used = s.get("used")
    seen = used[kind] if used is not None and kind else None
    forms = _city_forms(s) if len(s["city"]) > 2 else ()
    first = None
    for source, check_city in ((candidates, forms), (_fallbacks(L, rng, s, g), ())):
        for c in source:
            if ".." in c or ".," in c:
                c = clean(c)
            # "Arzt am Klinikum Graz, Graz", "Живу в Казани. Живу в Казани.": a city named
            # twice is not a composition to keep
            if not c or len(c) > limit or (check_city and sum(map(c.count, check_city)) > 1):
                continue
            if seen is None:
                return c
            keys = text_keys(c)
            if seen.isdisjoint(keys):
                seen.update(keys)
                return c
            first = first or c
    if first is None:
        return "🙂"
    for extra in _suffixes(s):
        c = clean(first + extra)
        if len(c) > limit:
            continue
        keys = text_keys(c)
        if seen.isdisjoint(keys):
            seen.update(keys)
            return c
    return first


def _city_forms(s: dict) -> tuple[str, ...]:
    """The city's name and, where the language declines it, its form after "in" ("Казань"
    and "Казани", "Київ" and "Києві"), each counted once where one holds the other
    ("Томск" in "Томске")."""
    city = s["city"]
    inflected = s["in_city"].split(" ", 1)[-1]
    return (city,) if city in inflected else (city, inflected)


def tries(s: dict) -> int:
    """How many full compositions are tried before shorter ones: more when the task's
    texts are kept distinct."""
    return 4 if s.get("used") is None else 16


def _plan(s: dict, part: int, sizes: list[int], k: int = 0) -> list[int]:
    """The persona's digits for one composition (one digit per choice, sizes as given).
    ``k`` > 0 gives further plans for when the first composition is over the limit."""
    radices = [max(r, 1) for r in sizes]
    extra = 1
    for r in radices:
        extra *= r
    return digits(joint_code(s, part, extra, k) // s["m1"], radices)


def x_bio(L: Lang, rng: random.Random, s: dict, g: int, working: bool, employer: bool,
          limit: int) -> str:  # fmt: skip
    groups = L.groups
    facts = s["facts"]
    role_wp, role, inter = groups["X_ROLE_WP"], groups["X_ROLE"], groups["X_INTERESTS"]
    tags, traits = groups["TAGLINES"], groups["X_TRAITS"]
    n_role = role.size(g, working, employer, facts)
    n_wp = role_wp.size(g, working, employer, facts) if employer else 0
    n_tag = tags.size(g, working, employer, facts)
    seps = getattr(L.module, "X_SEPARATORS", _SEPARATORS)
    sizes = [n_role + n_wp, inter.size(g, working, employer, facts),
             n_tag + traits.size(g, working, employer, facts), len(seps), 5]  # fmt: skip
    orders = ((0, 1, 2), (2, 0, 1), (0, 2, 1), (1, 0, 2), (0, 1, 2))

    def render(d):
        r = (role.pick(rng, g, working, employer, facts, d[0]) if d[0] < n_role
             else role_wp.pick(rng, g, working, employer, facts, d[0] - n_role))  # fmt: skip
        i = inter.pick(rng, g, working, employer, facts, d[1])
        e = (tags.pick(rng, g, working, employer, facts, d[2]) if d[2] < n_tag
             else traits.pick(rng, g, working, employer, facts, d[2] - n_tag))  # fmt: skip
        return [r.format_map(s), i.format_map(s), e.format_map(s)]

    def candidates():
        first = None
        for k in range(tries(s)):
            d = _plan(s, 1, sizes, k)
            parts = render(d)
            first = first or (parts, d)
            yield _join([parts[j] for j in orders[d[4]]], seps[d[3]])
        parts, d = first
        sep = seps[d[3]]
        for k in range(4):
            p2 = render(_plan(s, 1, sizes, k))
            yield _join([p2[0], p2[1]], sep)
            yield _join([p2[0], p2[2]], sep)
            yield _join([p2[1], p2[2]], sep)
        yield parts[0]
        yield parts[1]

    return _fit(L, rng, s, g, limit, candidates(), "x")


TIKTOK_SEPS = (" | ", " • ", " · ", " ✦ ")


def tiktok_bio(L: Lang, rng: random.Random, s: dict, g: int, working: bool, employer: bool,
               limit: int) -> str:  # fmt: skip
    """A one-liner of up to two parts: a TikTok line, then (when it fits) a trait phrase or
    a tagline; an emoji tail."""
    groups = L.groups
    group, tags, traits = groups["TIKTOK"], groups["TAGLINES"], groups["X_TRAITS"]
    facts = s["facts"]
    n_traits = traits.size(g, working, employer, facts)
    n_tag = tags.size(g, working, employer, facts)
    # The second part: a trait phrase, a tagline, or (one time in six) none.
    n_second = n_traits + n_tag
    sizes = [group.size(g, working, employer, facts), len(TIKTOK_TAILS),
             n_second + max(1, n_second // 5), len(TIKTOK_SEPS)]  # fmt: skip

    def line(d) -> str:
        return group.pick(rng, g, working, employer, facts, d[0]).format_map(s)

    def second(d) -> str:
        if d[2] < n_traits:
            return traits.pick(rng, g, working, employer, facts, d[2]).format_map(s)
        if d[2] < n_second:
            if "{tag}" in group.pick(rng, g, working, employer, facts, d[0]):
                # a line that is already a tagline gets a trait phrase
                return traits.pick(rng, g, working, employer, facts, d[2]).format_map(s)
            return tags.pick(rng, g, working, employer, facts, d[2] - n_traits).format_map(s)
        return ""

    def candidates():
        for k in range(tries(s)):
            d = _plan(s, 2, sizes, k)
            tail = TIKTOK_TAILS[d[1]].format_map(s)
            more = second(d)
            yield line(d) + (TIKTOK_SEPS[d[3]] + more if more else "") + tail
        for k in range(tries(s)):
            d = _plan(s, 2, sizes, k)
            yield line(d) + TIKTOK_TAILS[d[1]].format_map(s)
        tail = TIKTOK_TAILS[_plan(s, 2, sizes)[1]].format_map(s)
        for k in range(4):
            yield line(_plan(s, 2, sizes, k)) + tail
        yield f"{s['occ']} {s['e1']} {s['i1']}"
        yield f"{s['occ']} {s['e1']}"
        yield f"{s['i1']} {s['e1']} {s['flag']}"

    return _fit(L, rng, s, g, limit, candidates(), "tiktok")


def instagram_bio(L: Lang, rng: random.Random, s: dict, g: int, working: bool,
                  employer: bool, limit: int) -> str:  # fmt: skip
    groups = L.groups
    facts = s["facts"]
    role, inter = groups["IG_ROLE"], groups["IG_INTERESTS"]
    tags, traits = groups["TAGLINES"], groups["X_TRAITS"]
    n_tag = tags.size(g, working, employer, facts)
    sizes = [role.size(g, working, employer, facts), inter.size(g, working, employer, facts),
             n_tag + traits.size(g, working, employer, facts), 4]  # fmt: skip

    def render(d):
        r = role.pick(rng, g, working, employer, facts, d[0])
        i = inter.pick(rng, g, working, employer, facts, d[1])
        e = (tags.pick(rng, g, working, employer, facts, d[2]) if d[2] < n_tag
             else traits.pick(rng, g, working, employer, facts, d[2] - n_tag))  # fmt: skip
        extra = e.format_map(s) + (" ✨" if d[3] & 2 else "")
        return r.format_map(s), i.format_map(s), extra, d[3] & 1

    def candidates():
        for k in range(tries(s)):
            role_, inter_, extra, swap = render(_plan(s, 3, sizes, k))
            yield "\n".join([role_, extra, inter_] if swap else [role_, inter_, extra])
        for k in range(4):
            role_, inter_, extra, swap = render(_plan(s, 3, sizes, k))
            yield f"{role_}\n{inter_}"
            yield f"{role_}\n{extra}"
        yield role_
        yield inter_

    return _fit(L, rng, s, g, limit, candidates(), "instagram")


def facebook_bio(L: Lang, rng: random.Random, s: dict, g: int, working: bool,
                 employer: bool, limit: int) -> str:  # fmt: skip
    groups = L.groups
    facts = s["facts"]
    work, work_wp, inter = groups["FB_WORK"], groups["FB_WORK_WP"], groups["FB_INTERESTS"]
    home, personal = groups["FB_HOME"], groups["FB_PERSONAL"]
    n_work = work.size(g, working, employer, facts)
    # The workplace sentence (its name varies most) is twice as likely as the others.
    n_wp = 2 * work_wp.size(g, working, employer, facts) if employer else 0
    n_home = home.size(g, working, employer, facts)
    sizes = [n_work + n_wp, inter.size(g, working, employer, facts),
             n_home + personal.size(g, working, employer, facts), 2, len(FB_TAILS)]  # fmt: skip

    def render(d):
        w = (work.pick(rng, g, working, employer, facts, d[0]) if d[0] < n_work
             else work_wp.pick(rng, g, working, employer, facts, (d[0] - n_work) // 2))  # fmt: skip
        w = w.format_map(s)
        i = inter.pick(rng, g, working, employer, facts, d[1])
        use_home = d[2] < n_home and s["city"] not in w
        e = (home.pick(rng, g, working, employer, facts, d[2]) if use_home
             else personal.pick(rng, g, working, employer, facts, d[2]))  # fmt: skip
        return w, i.format_map(s), e.format_map(s), d[3], FB_TAILS[d[4]].format_map(s)

    sep = getattr(L.module, "SENTENCE_SEP", " ")  # "" for Japanese and Chinese

    def candidates():
        for k in range(tries(s)):
            w, i, e, order, tail = render(_plan(s, 4, sizes, k))
            yield sep.join((w, i, e) if order else (w, e, i)) + tail
        for k in range(4):
            w, i, e, _o, tail = render(_plan(s, 4, sizes, k))
            yield sep.join((w, i)) + tail
        for k in range(4):
            w, i, e, _o, _t = render(_plan(s, 4, sizes, k))
            yield sep.join((w, i))
        for k in range(4):
            w, i, e, _o, _t = render(_plan(s, 4, sizes, k))
            yield sep.join((i, e))
            yield sep.join((w, e))
        yield w
        yield i

    return _fit(L, rng, s, g, limit, candidates(), "facebook")


def about(L: Lang, rng: random.Random, s: dict, g: int, status: str, employer: bool,
          has_education: bool) -> str:  # fmt: skip
    """3-7 first-person sentences: who, work/study, education, family, interests, traits,
    closing; each choice is a digit of the persona's composition code."""
    groups = L.groups
    facts = s["facts"]
    working = status == "working"
    if working:
        body = groups["ABOUT_WORK_WP"] if employer and s["index"] % 5 < 3 else groups["ABOUT_WORK"]
    elif status == "studying":
        body = groups["ABOUT_STUDY"]
    else:
        body = groups["ABOUT_RETIRED"]
    names = ["ABOUT_INTRO", None, "ABOUT_EDU", "ABOUT_INTERESTS", "ABOUT_TRAITS", "ABOUT_CLOSING"]
    sized = [body if n is None else groups[n] for n in names]
    family = groups.get("ABOUT_FAMILY") if s.get("family") else None
    sizes = [grp.size(g, working, employer, facts) for grp in sized] + [2, 2]
    if family:
        sizes.append(family.size(g, working, employer, facts))
    sep = getattr(L.module, "SENTENCE_SEP", " ")  # "" for Japanese and Chinese
    used = s.get("used")
    seen = used["about"] if used is not None else None
    text = ""
    for k in range(tries(s) if seen is not None else 1):
        text = _about_text(rng, s, g, status, working, employer, has_education, facts,
                           sized, family, sizes, sep, k)  # fmt: skip
        if seen is None:
            return text
        # Several sentences long: a copy is word for word (near copies do not occur).
        key = hash(text)
        if key not in seen:
            break
    if seen is not None:
        seen.add(key)
    return text


def _about_text(rng, s, g, status, working, employer, has_education, facts, sized, family,
                sizes, sep, k) -> str:  # fmt: skip
    d = _plan(s, 5, sizes, k)
    intro = sized[0].pick(rng, g, working, employer, facts, d[0])
    work = sized[1].pick(rng, g, working, employer, facts, d[1])
    for j in range(4):  # say the years only once
        if "{years}" not in work or "{years}" not in intro:
            break
        work = sized[1].pick(rng, g, working, employer, facts, d[1] + j + 1)
    sentences = [intro, work]
    if has_education and status != "studying" and d[6]:
        sentences.append(sized[2].pick(rng, g, working, employer, facts, d[2]))
    if family:
        sentences.append(family.pick(rng, g, working, employer, facts, d[8]))
    sentences.append(sized[3].pick(rng, g, working, employer, facts, d[3]))
    sentences.append(sized[4].pick(rng, g, working, employer, facts, d[4]))
    if d[7]:
        sentences.append(sized[5].pick(rng, g, working, employer, facts, d[5]))
    return clean(sep.join(t.format_map(s) for t in sentences))
