"""Platform bios and the first-person "about" text, composed from a language's templates.

Each platform has its own shape: X joins two or three short fragments (role, interests,
tagline or traits) with one separator style; TikTok is a one-liner with emoji; Instagram
uses up to three lines (role · city, interests with emoji, a tagline); Facebook is plain
prose of one to three sentences. A bio is never cut: when a composition is over the
platform limit, other templates and then shorter compositions are tried, down to
single words, so even a 20-character limit is met.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from avatargen.providers.offline_text.lang import Lang

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


def _first_fit(candidates: Iterator[str], limit: int, city: str = "") -> str | None:
    for c in candidates:
        c = clean(c)
        if not c or len(c) > limit:
            continue
        if city and c.count(city) > 1:  # "Arzt am Klinikum Graz, Graz"
            continue
        return c
    return None


def _fallbacks(L: Lang, rng: random.Random, s: dict, g: int) -> Iterator[str]:
    """Ever shorter bios; the last ones are single words or one emoji."""
    short = L.groups["SHORT"]
    for t in short.variants[(True, True)][g]:
        yield t.format_map(s)
    yield s["Occ"]
    yield f"{s['city']} {s['flag']}"
    yield s["city"]
    yield f"{s['I1']} {s['e1']}"
    yield s["I1"]
    yield s["T1"]
    yield f"{s['e1']}{s['e2']}"
    yield s["e1"]
    yield "🙂"


def _fit(L, rng, s, g, limit, candidates) -> str:
    found = _first_fit(candidates, limit, s["city"] if len(s["city"]) > 2 else "")
    if found is None:
        found = _first_fit(_fallbacks(L, rng, s, g), limit)
    return found or "🙂"


def x_bio(L: Lang, rng: random.Random, s: dict, g: int, working: bool, employer: bool,
          limit: int) -> str:  # fmt: skip
    groups = L.groups
    seps = getattr(L.module, "X_SEPARATORS", _SEPARATORS)
    sep = seps[int(rng.random() * len(seps))]
    tagline_first = rng.random() < 0.2

    def render():
        role_group = groups["X_ROLE_WP"] if employer and rng.random() < 0.3 else groups["X_ROLE"]
        role = role_group.pick(rng, g, working, employer).format_map(s)
        inter = groups["X_INTERESTS"].pick(rng, g, working, employer).format_map(s)
        extra_group = groups["TAGLINES"] if rng.random() < 0.7 else groups["X_TRAITS"]
        extra = extra_group.pick(rng, g, working, employer).format_map(s)
        return role, inter, extra

    def candidates():
        for _ in range(3):
            role, inter, extra = render()
            yield _join([extra, role, inter] if tagline_first else [role, inter, extra], sep)
        role, inter, extra = render()
        yield _join([role, inter], sep)
        yield _join([role, extra], sep)
        yield _join([inter, extra], sep)
        yield role
        yield inter

    return _fit(L, rng, s, g, limit, candidates())


def tiktok_bio(L: Lang, rng: random.Random, s: dict, g: int, working: bool, employer: bool,
               limit: int) -> str:  # fmt: skip
    group = L.groups["TIKTOK"]

    def candidates():
        for _ in range(5):
            yield group.pick(rng, g, working, employer).format_map(s)
        yield f"{s['occ']} {s['e1']} {s['i1']}"
        yield f"{s['occ']} {s['e1']}"
        yield f"{s['i1']} {s['e1']} {s['flag']}"

    return _fit(L, rng, s, g, limit, candidates())


def instagram_bio(L: Lang, rng: random.Random, s: dict, g: int, working: bool,
                  employer: bool, limit: int) -> str:  # fmt: skip
    groups = L.groups
    swap = rng.random() < 0.3
    sparkle = rng.random() < 0.3

    def render():
        role = groups["IG_ROLE"].pick(rng, g, working, employer).format_map(s)
        inter = groups["IG_INTERESTS"].pick(rng, g, working, employer).format_map(s)
        extra_group = groups["TAGLINES"] if rng.random() < 0.75 else groups["X_TRAITS"]
        extra = extra_group.pick(rng, g, working, employer).format_map(s)
        if sparkle:
            extra = f"{extra} ✨"
        return role, inter, extra

    def candidates():
        for _ in range(3):
            role, inter, extra = render()
            yield "\n".join([role, extra, inter] if swap else [role, inter, extra])
        role, inter, extra = render()
        yield f"{role}\n{inter}"
        yield f"{role}\n{extra}"
        yield role
        yield inter

    return _fit(L, rng, s, g, limit, candidates())


def facebook_bio(L: Lang, rng: random.Random, s: dict, g: int, working: bool,
                 employer: bool, limit: int) -> str:  # fmt: skip
    groups = L.groups
    sep = getattr(L.module, "SENTENCE_SEP", " ")

    def render():
        if employer and rng.random() < 0.45:
            work = groups["FB_WORK_WP"].pick(rng, g, working, employer).format_map(s)
        else:
            work = groups["FB_WORK"].pick(rng, g, working, employer).format_map(s)
        inter = groups["FB_INTERESTS"].pick(rng, g, working, employer).format_map(s)
        home = s["city"] not in work and rng.random() < 0.35
        extra_group = groups["FB_HOME"] if home else groups["FB_PERSONAL"]
        extra = extra_group.pick(rng, g, working, employer).format_map(s)
        return work, inter, extra

    def candidates():
        for _ in range(2):
            work, inter, extra = render()
            yield sep.join((work, inter, extra))
        for _ in range(3):
            work, inter, extra = render()
            yield sep.join((work, inter))
        work, inter, extra = render()
        yield sep.join((work, extra))
        yield work
        yield inter

    return _fit(L, rng, s, g, limit, candidates())


def about(L: Lang, rng: random.Random, s: dict, g: int, status: str, employer: bool,
          has_education: bool) -> str:  # fmt: skip
    """3-6 first-person sentences: who, work/study, education, interests, traits, closing."""
    groups = L.groups
    working = status == "working"
    sentences = [groups["ABOUT_INTRO"].pick(rng, g, working, employer)]
    if working:
        name = "ABOUT_WORK_WP" if employer and rng.random() < 0.6 else "ABOUT_WORK"
        work = groups[name].pick(rng, g, working, employer)
        for _ in range(4):  # say the years only once
            if "{years}" not in work or "{years}" not in sentences[0]:
                break
            work = groups[name].pick(rng, g, working, employer)
        sentences.append(work)
    elif status == "studying":
        sentences.append(groups["ABOUT_STUDY"].pick(rng, g, working, employer))
    else:
        sentences.append(groups["ABOUT_RETIRED"].pick(rng, g, working, employer))
    if has_education and status != "studying" and rng.random() < 0.5:
        sentences.append(groups["ABOUT_EDU"].pick(rng, g, working, employer))
    sentences.append(groups["ABOUT_INTERESTS"].pick(rng, g, working, employer))
    sentences.append(groups["ABOUT_TRAITS"].pick(rng, g, working, employer))
    if len(sentences) < 6 and rng.random() < 0.45:
        sentences.append(groups["ABOUT_CLOSING"].pick(rng, g, working, employer))
    sep = getattr(L.module, "SENTENCE_SEP", " ")  # "" for Japanese and Chinese
    return clean(sep.join(t.format_map(s) for t in sentences))
