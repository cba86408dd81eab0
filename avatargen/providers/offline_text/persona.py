"""One persona from (task context, seed, index): the deterministic core of the provider.

Every draw for position ``i`` comes from ``random.Random`` seeded with a BLAKE2 digest of
``seed:i:language:description:constraints`` (never Python's salted ``hash``), so a task
resumed from the middle produces the same personas. Names use a second generator derived
from the first, so that retrying a name after a collision changes nothing else.

Grammatical gender: bios are written in the first person; in languages that inflect
adjectives and job titles for gender, nonbinary personas get neutral forms: templates
without a gendered word, epicene traits, and job titles in the language's neutral
spelling ("enfermero/a", "infirmier·ère", "Lehrer*in"; see :mod:`.lang`). A language
with no neutral spelling gives them the masculine or feminine form, drawn per persona.
"""

from __future__ import annotations

import hashlib
import random
from bisect import bisect
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from avatargen.heritage import heritage_for
from avatargen.names_order import full_name
from avatargen.providers.base import Constraints, PersonaDraft
from avatargen.providers.offline_text import bios, moves, names, places
from avatargen.providers.offline_text.appearance import draw_appearance, profile_for
from avatargen.providers.offline_text.heritage_looks import profile_for_heritage
from avatargen.providers.offline_text.hints import Hints
from avatargen.providers.offline_text.lang import Lang, split_forms, variety_for
from avatargen.providers.offline_text.lang import get as get_lang
from avatargen.providers.offline_text.places import City
from avatargen.providers.offline_text.vocab import (
    BRANDS,
    INTEREST_KEYS,
    INTERESTS,
    OCCUPATIONS,
    WORKING_OCCUPATIONS,
)

DEFAULT_GENDER_MIX = {"female": 0.48, "male": 0.48, "nonbinary": 0.04}
_GENDERS = ("female", "male", "nonbinary")
_OCC_CUM = tuple(accumulate(OCCUPATIONS[k].weight for k in WORKING_OCCUPATIONS))
ADULT_INTERESTS = frozenset({"wine", "craft_beer", "investing"})
# Drawn for nobody from 70 on (a description that names one still gets it: hinted
# interests are kept whatever the age).
YOUNG_INTERESTS = frozenset({"skateboarding", "surfing", "climbing", "martial_arts"})
SENIOR_AGE = 70
_PUPIL_SUBJECTS = ("mathematics", "history", "biology", "literature", "physics")


def seed_int(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def flag(country: str) -> str:
    return "".join(chr(0x1F1E6 + ord(c) - 65) for c in country.upper())


@dataclass(frozen=True)
class TaskContext:
    lang: Lang
    region: str | None
    key: str  # what, besides seed and index, a persona depends on
    age_range: tuple[int, int] | None
    gender_cum: tuple[tuple[str, ...], tuple[float, ...]]
    country: str | None
    cities: tuple[City, ...]
    occupations: tuple[str, ...]
    interests: tuple[str, ...]
    former: tuple[str, ...] = ()  # former occupations of retirees ("retired teachers")
    facts: frozenset[str] = frozenset()  # e.g. "parent" (template facts, see lang.Group)
    family: tuple[str, ...] = ()  # family roles from the description ("parent_toddler")
    admin1: frozenset[str] = frozenset()  # regions the description named ("Ohio")
    settlement: str | None = None  # "rural" | "small_town" | "big_city"
    fields: tuple[str, ...] = ()  # fields of study the description named
    heritage_mix: tuple[tuple[str, float], ...] = ()  # the task's heritage mix (constraint)
    name_country: str | None = None  # whose names the personas get, when not the country's
    group_ages: tuple[tuple[str, tuple[int, int]], ...] = ()  # per occupation (see Hints)
    female_occupations: tuple[str, ...] = ()  # "Rentnerinnen und Köche" (see Hints)


def build_context(
    lang: Lang, region: str | None, description: str, language: str, constraints: Constraints,
    hints: Hints,
) -> TaskContext:  # fmt: skip
    """Merge constraints (which always win) with description hints."""
    age = None
    if constraints.age_min is not None or constraints.age_max is not None:
        adult = constraints.age_max is None or constraints.age_max >= 18
        lo = constraints.age_min if constraints.age_min is not None else 18 if adult else 13
        hi = constraints.age_max if constraints.age_max is not None else max(lo + 30, 80)
        age = (min(lo, hi), min(max(lo, hi), 110))
    elif hints.age:
        age = hints.age
    mix = constraints.gender_mix or (
        {g: 1.0 for g in hints.genders} if hints.genders else DEFAULT_GENDER_MIX
    )
    genders = tuple(g for g in _GENDERS if mix.get(g, 0) > 0)
    gender_cum = (genders, tuple(accumulate(mix[g] for g in genders)))
    hinted = hints.country if hints.country and places.inhabited(hints.country) else None
    country = constraints.country or hinted
    cities = tuple(c for c in hints.cities if c.country == country) if country else ()
    # Stable across processes; a task without a heritage mix keeps the key (and so every
    # persona) it had before heritage mixes existed.
    dumped = constraints.model_dump_json(
        exclude=set() if constraints.heritage_mix else {"heritage_mix"}
    )
    key = "|".join((language.lower(), description, dumped))
    family = tuple(getattr(hints, "family", ()))
    facts = frozenset({"parent"} if family else ())
    return TaskContext(
        lang=lang, region=region, key=key, age_range=age, gender_cum=gender_cum,
        country=country, cities=cities, occupations=hints.occupations,
        interests=hints.interests, former=tuple(getattr(hints, "former", ())), facts=facts,
        family=family, settlement=hints.settlement, fields=tuple(hints.fields),
        admin1=frozenset(a for r in hints.regions if r[0] == country for a in r[1]),
        heritage_mix=tuple(constraints.heritage_mix.items()) or (
            ((hints.heritage[0], 1.0),) if hints.heritage else ()
        ),
        # "Nigerian doctors in the UK" are named as Nigerians are (a heritage mix given as a
        # constraint changes looks only: the country's names stay)
        name_country=None if constraints.heritage_mix or not hints.heritage else hints.heritage[1],
        group_ages=() if age else hints.group_ages,  # an age constraint is everyone's
        female_occupations=() if constraints.gender_mix else hints.female_occupations,
    )  # fmt: skip


@cache
def _interest_pool(
    hinted: tuple[str, ...], left_out: frozenset[str], known: frozenset[str]
) -> tuple[str, ...]:
    """The interests a persona draws from besides the hinted ones (``left_out``: those its
    age rules out)."""
    return tuple(
        k for k in INTEREST_KEYS if k in known and k not in hinted and k not in left_out
    )  # fmt: skip


def _label(L: Lang, key: str, country: str, g: int, rng: random.Random | None = None) -> str:
    """``g``: gender rendering (0 masculine, 1 feminine, 2/3 nonbinary)."""
    businesses = getattr(L.module, "BUSINESSES", ()) if key == "entrepreneur" else ()
    if businesses and rng is not None:  # small business owners run an actual business
        return L.form(businesses[int(rng.random() * len(businesses))], g)
    return L.occupation(key, country, g)


def _reslot(L: Lang, s: dict, keys: list[str]) -> dict:
    """The slots with the interests in another order (``decorate`` derived forms included)."""
    t = dict(s)
    labels = [L.interests[k] for k in keys]
    t.update(
        keys=keys, i1=labels[0], i2=labels[1], i3=labels[2], I1=L.cap(labels[0]),
        e1=INTERESTS[keys[0]], e2=INTERESTS[keys[1]], e3=INTERESTS[keys[2]],
        ilist=L.join(labels[:4]),
    )  # fmt: skip
    decorate = getattr(L.module, "decorate", None)
    if decorate:
        decorate(t)
    return t


def _pick_age(rng: random.Random, ctx: TaskContext, occupation: str | None) -> int:
    span = ctx.age_range or next((a for k, a in ctx.group_ages if k == occupation), None)
    if span:
        lo, hi = span
        return lo + int(rng.random() * (hi - lo + 1))
    lo, hi, mode = 18, 80, 33.0
    if occupation:
        o = OCCUPATIONS[occupation]
        lo, hi = max(lo, o.min_age), min(hi if o.max_age < 100 else 88, o.max_age)
        if occupation == "pupil":
            lo = 13
        mode = min(max(mode, lo + 4), hi)
    return min(hi, int(rng.triangular(lo, hi + 1, mode)))


def _pick_occupation(rng: random.Random, age: int) -> str:
    if age < 18:
        return "pupil"
    r = rng.random()
    if age >= 67 and r < 0.8 or 60 <= age < 67 and r < 0.2:
        return "retiree"
    if age <= 22 and r < 0.45 or 23 <= age <= 26 and r < 0.15:
        return "student"
    for _ in range(12):
        key = WORKING_OCCUPATIONS[bisect(_OCC_CUM, rng.random() * _OCC_CUM[-1])]
        o = OCCUPATIONS[key]
        if o.min_age <= age <= o.max_age:
            return key
    return "shop_assistant" if age < 68 else "retiree"


@cache
def _continent(country: str) -> str:
    return places.continent(country)


def make_draft(
    ctx: TaskContext,
    seed: int,
    index: int,
    taken: set[str],
    limits: dict[str, int],
    used: dict[str, set[int]] | None = None,
) -> PersonaDraft:
    """The persona at task position ``index``; its full name is not in ``taken``. With
    ``used`` (the text keys of the task's earlier personas, see :mod:`.distinct`), no text
    repeats one of theirs and its keys are added."""
    L = ctx.lang
    code = L.code
    rng = random.Random(seed_int(f"{seed}:{index}:{ctx.key}"))
    name_rng = random.Random(rng.getrandbits(64))

    genders, cum = ctx.gender_cum
    gender = genders[bisect(cum, rng.random() * cum[-1])] if len(genders) > 1 else genders[0]
    g = 1 if gender == "female" else 0 if gender == "male" else int(rng.random() < 0.5)
    gt = g if gender != "nonbinary" else 2 + g  # rendering: m, f, nonbinary x 2 (see .lang)

    occupation = ctx.occupations[int(rng.random() * len(ctx.occupations))] if (
        ctx.occupations
    ) else None  # fmt: skip
    age = _pick_age(rng, ctx, occupation)
    occupation = occupation or _pick_occupation(rng, age)
    occ = OCCUPATIONS[occupation]
    if occupation in ctx.female_occupations:  # named only in a feminine form
        gender, g, gt = "female", 1, 1

    country = ctx.country or places.default_country(rng, code, ctx.region)
    variety = variety_for(L.module, ctx.region, country)
    if variety:
        L = get_lang(code, variety)
    table = None
    if not ctx.cities and (ctx.admin1 or ctx.settlement) and country == ctx.country:
        table = places.filtered_table(country, code, ctx.admin1, ctx.settlement)
    if ctx.cities:
        city = ctx.cities[int(rng.random() * len(ctx.cities))]
    elif table is not None:
        city = table.pick(rng)
    else:
        city = places.city_table(country, code).pick(rng)
    city_name = places.localize_city(city.name, code)

    first, last, source = names.make_name(
        name_rng, ctx.name_country or country, code, g == 1, taken, age
    )
    surnames = names.pool(source).last_male

    # Workplace and education (company names in the language's script where it has its own).
    brands = getattr(L.module, "BRANDS", BRANDS)
    kind = occ.workplaces[int(rng.random() * len(occ.workplaces))]
    big_city = places.localize_city(places.big_city_table(country, code).pick(rng).name, code)
    if kind == "university":
        options = L.institutions_for("university", country)
    else:
        options = L.workplaces_for(kind, country)
    school_for_age = getattr(L.module, "school_for_age", None)
    if occupation == "pupil" and school_for_age:  # a collège at 13-14, a lycée from 15
        options = school_for_age(options, age)
    place = options[int(rng.random() * len(options))]
    employer = place.employer
    num = 1 + int(rng.random() * 40)
    wp, at_wp = L.at(
        place, gt, city=city_name, in_city=L.in_city(city_name), surname=surnames.pick(rng),
        surname2=surnames.pick(rng), brand=brands[int(rng.random() * len(brands))], num=num,
    )  # fmt: skip
    education = None
    field = ""
    school, at_school = wp, at_wp
    wanted = [f for f in ctx.fields if f in L.fields]
    if occupation == "student":
        keys = wanted or occ.fields
        field = L.fields[keys[int(rng.random() * len(keys))]]
        education = {"institution": wp, "field": field}
    elif occupation == "pupil":
        field = L.fields[_PUPIL_SUBJECTS[int(rng.random() * len(_PUPIL_SUBJECTS))]]
    elif rng.random() >= occ.p_no_education and occ.fields:
        level = occ.level if occ.level in L.institutions else "college"
        options = L.institutions_for(level, country)
        local = city.population >= 150_000 and rng.random() < 0.5
        school_city = city_name if local else big_city
        school, at_school = L.at(
            options[int(rng.random() * len(options))], gt, city=school_city,
            in_city=L.in_city(school_city), num=num, brand=brands[int(rng.random() * len(brands))],
            surname=surnames.pick(rng),
        )  # fmt: skip
        field = L.fields[occ.fields[int(rng.random() * len(occ.fields))]]
        education = {"institution": school, "field": field}

    # Interests: the hinted ones always; the first free one and a second one come from the
    # persona's composition code (a bijection of the index, see :func:`codes`), so that two
    # personas of a task rarely share both; minors never get alcohol or investing, and
    # nobody from 70 on is drawn skateboarding or surfing.
    minor = age < 18
    left_out = ADULT_INTERESTS if minor else YOUNG_INTERESTS if age >= SENIOR_AGE else frozenset()
    pool = _interest_pool(ctx.interests, left_out, L.interest_keys)
    salt = seed_int(f"{seed}|{ctx.key}")
    m0 = len(pool) * (len(pool) - 1)
    code0 = bios.code(salt, 0, index, m0)
    x1 = pool[code0 % len(pool)]
    rest = [k for k in pool if k != x1]
    x2 = rest[(code0 // len(pool)) % len(rest)]
    hinted = [
        k for k in ctx.interests[:5]
        if k in L.interest_keys and not (minor and k in ADULT_INTERESTS)
    ]  # fmt: skip
    chosen = [x1, *hinted, x2]
    n_interests = max(len(chosen), 3 + int(rng.random() * 4))
    while len(chosen) < n_interests:
        key = pool[int(rng.random() * len(pool))]
        if key not in chosen:
            chosen.append(key)
    interest_labels = [L.interests[k] for k in chosen]
    trait_forms = L.traits[gt]
    picks = rng.sample(range(len(trait_forms)), 2 + int(rng.random() * 3))
    traits = [trait_forms[i] for i in picks]

    # With a heritage mix, the persona's heritage decides its look where the label is
    # understood (heritage_looks); otherwise the country's own mix does.
    heritage = heritage_for(dict(ctx.heritage_mix), seed, index) if ctx.heritage_mix else None
    profile = (heritage and profile_for_heritage(heritage)) or profile_for(
        country, _continent(country)
    )
    appearance = draw_appearance(rng, profile, gender, age, occ.style)

    status = (
        "studying" if occupation in ("student", "pupil")
        else "retired" if occupation == "retiree" else "working"
    )  # fmt: skip
    working = status == "working"
    if working:
        years = max(2, min(age - occ.min_age + 1, 2 + int(rng.random() * 24)))
    else:
        years = 30 + int(rng.random() * 15)
    occ_label = _label(L, occupation, country, gt, rng)
    former = ""
    if occupation == "retiree":
        former_key = ctx.former[int(rng.random() * len(ctx.former))] if ctx.former else (
            _pick_occupation(rng, 45)
        )  # fmt: skip
        former = _label(L, former_key, country, gt)
        retired_as = L.retired_as(country)
        if retired_as:
            occ_label = L.form(retired_as, gt).format(former=former)
    facts = {status, "minor" if minor else "adult", *chosen, *ctx.facts}
    quirks = L.quirks if gt < 2 else ()  # nonbinary personas' traits are another list
    if quirks:
        # "... and a little {t3}" takes a trait that reads as a little too much (stubborn,
        # quiet), which the record lists too: a drawn one if there is one such, else one put
        # in the third one's place (or added to two)
        k = next((j for j in range(2, len(picks)) if picks[j] in quirks), None)
        if k is not None:
            traits[2], traits[k] = traits[k], traits[2]
        else:
            start = picks[0] % len(quirks)
            q = next(i for i in quirks[start:] + quirks[:start] if i not in picks)
            traits[2:3] = [trait_forms[q]]
        t3 = traits[2]
    elif len(traits) > 2:
        t3 = traits[2]
    else:
        t3 = next(t for t in trait_forms[(picks[0] + 7) :] + trait_forms if t not in traits)
    tag = L.groups["TAGLINES"].pick(rng, gt, working, employer, frozenset(facts))
    cap = L.cap
    s = {
        "occ": occ_label, "Occ": cap(occ_label), "city": city_name, "g": g, "gt": gt,
        "in_city": L.in_city(city_name), "wp": wp, "first": first, "age": age, "years": years,
        "full": full_name(first, last),
        "field": field, "school": school, "at_school": at_school, "at_wp": at_wp,
        "from_city": L.from_city(city_name), "keys": chosen,
        "flag": flag(country), "tag": tag, "Tag": cap(tag),
        "i1": interest_labels[0], "i2": interest_labels[1], "i3": interest_labels[2],
        "I1": cap(interest_labels[0]),
        "e1": INTERESTS[chosen[0]], "e2": INTERESTS[chosen[1]], "e3": INTERESTS[chosen[2]],
        "ilist": L.join(interest_labels[:4]), "t1": traits[0], "t2": traits[1], "t3": t3,
        "T1": cap(traits[0]), "former": former or occ_label,
        "Former": cap(former or occ_label), "facts": frozenset(facts),
        "index": index, "salt": salt, "m1": len(pool),
        "a0": bios.multiplier(0, m0), "b0": bios.offset(salt, 0, m0), "used": used,
        "more_interests": interest_labels[3:],
    }  # fmt: skip
    if ctx.family:
        label = L.family_label(ctx.family[int(rng.random() * len(ctx.family))])
        form = split_forms(label)[gt] if label else None  # None: no neutral form given
        if form:
            s["family"] = form
            s["Family"] = cap(form)
    decorate = getattr(L.module, "decorate", None)
    if decorate:
        decorate(s)

    # Facebook's short prose names two interests; with a hinted one it shows the persona's
    # two drawn ones instead (the hinted one is in the record and the other texts).
    s_fb = _reslot(L, s, [x1, x2, *[k for k in chosen if k not in (x1, x2)]]) if hinted else s
    bio = {
        "x": bios.x_bio(L, rng, s, gt, working, employer, limits["x"]),
        "tiktok": bios.tiktok_bio(L, rng, s, gt, working, employer, limits["tiktok"]),
        "instagram": bios.instagram_bio(L, rng, s, gt, working, employer, limits["instagram"]),
        "facebook": bios.facebook_bio(L, rng, s_fb, gt, working, employer, limits["facebook"]),
    }
    about = bios.about(L, rng, s, gt, status, employer, education is not None)
    return PersonaDraft(
        first_name=first, last_name=last, gender=gender, age=age, country=country,
        city=city_name, region=places.city_region(city), occupation=occ_label, workplace=wp,
        education=education, interests=interest_labels, personality=traits,
        appearance=appearance, about=about, bios=bio,
        heritage=heritage,
        previous_city=moves.previous_city(
            random.Random(seed_int(f"{seed}:{index}:{ctx.key}:move")), age, country, code,
            city_name,
        ),
    )  # fmt: skip
