"""The quality report of a task: names, duplicate and near-duplicate texts, lengths,
constraints, language, coherence violations and how many personas carry each hint the
description gave (the checks run on every persona, whichever provider wrote it)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import sqlalchemy as sa

from avatargen import bio_settings, coherence, quality
from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona
from avatargen.providers.base import PLATFORMS, Constraints
from avatargen.providers.offline_text import checks
from avatargen.providers.registry import get_text_provider


def build_report(task: GenerationTask) -> dict[str, Any]:
    """One pass over the task's personas, a thousand rows at a time; each text is reduced
    as it goes (:class:`avatargen.quality.TextSet`), so memory grows by a few hundred bytes
    a persona, not by its texts and records."""
    limits = bio_settings.load().limits
    constraints = Constraints.model_validate(task.constraints or {})
    language = task.bio_language
    fields = (*PLATFORMS, "about")
    texts = {f: quality.TextSet() for f in fields}
    lengths: dict[str, list[int]] = {p: [] for p in PLATFORMS}
    detected = {f: quality.LanguageShare(language) for f in fields}
    names: Counter[str] = Counter()
    genders: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    heritages: Counter[str] = Counter()
    ages: list[int] = []
    violations = coherence.Summary()
    hints = checks.HintTally(task.persona_description or "", language)
    rows = db.session.execute(
        sa.select(
            Persona.persona_index,
            Persona.first_name,
            Persona.last_name,
            Persona.gender,
            Persona.age,
            Persona.country,
            Persona.city,
            Persona.region,
            Persona.occupation,
            Persona.workplace,
            Persona.education,
            Persona.interests,
            Persona.about,
            Persona.bio_facebook,
            Persona.bio_instagram,
            Persona.bio_x,
            Persona.bio_tiktok,
            Persona.heritage,
        )
        .where(Persona.task_pk == task.id)
        .order_by(Persona.persona_index)
        .execution_options(yield_per=1000)
    )
    for index, first, last, gender, age, country, city, region, occupation, workplace, \
            education, interests, about, *platform_bios, heritage in rows:  # fmt: skip
        heritages[heritage or ""] += 1
        names[f"{first} {last}"] += 1
        genders[gender] += 1
        countries[country] += 1
        ages.append(age)
        bios = dict(zip(PLATFORMS, platform_bios, strict=True))
        record = {
            "index": index, "language": language, "gender": gender, "age": age,
            "first_name": first, "last_name": last, "country": country, "city": city,
            "region": region, "occupation": occupation, "workplace": workplace,
            "education": education, "interests": interests, "about": about, "bios": bios,
            "heritage": heritage,
        }  # fmt: skip
        own = coherence.own_names(record)  # names say nothing of the text's language
        for field, text in (*bios.items(), ("about", about)):
            texts[field].add(text)
            detected[field].add(quality.without_names(text, own))
            if field in lengths:
                lengths[field].append(len(text))
        violations.add(record)
        hints.add(record)
    n = len(ages)
    report: dict[str, Any] = {
        "personas": n,
        "personas_requested": task.number_to_generate,
        "names": {
            "unique": len(names),
            "duplicates": sum(c - 1 for c in names.values() if c > 1),
        },
        "bios": {},
        "constraints": _constraints(constraints, ages, genders, countries, n, heritages),
        "language": {"requested": language},
        "description": _description(task),
    }
    for platform in PLATFORMS:
        within = sum(1 for x in lengths[platform] if x <= limits[platform])
        report["bios"][platform] = {
            "limit": limits[platform],
            "max_length": max(lengths[platform], default=0),
            "within_limit_share": within / n if n else None,
            **_duplicates(texts.pop(platform)),
        }
        report["language"][f"{platform}_share"] = detected[platform].share()
    report["language"]["about_share"] = detected["about"].share()
    report["about"] = _duplicates(texts.pop("about"))
    report["coherence"] = violations.result()
    report["hints"] = hints.shares()
    return report


def _duplicates(texts: quality.TextSet) -> dict[str, float]:
    return {
        "near_duplicate_share": texts.near_duplicate_share(),
        "near_duplicate_persona_share": texts.near_duplicate_persona_share(),
        "exact_duplicate_share": texts.exact_duplicate_share(),
    }


def _constraints(c: Constraints, ages, genders, countries, n, heritages) -> dict[str, Any]:
    out: dict[str, Any] = {
        "age": {"min": min(ages, default=None), "max": max(ages, default=None)},
        "gender": dict(sorted(genders.items())),
        "countries": dict(countries.most_common(10)),
    }
    if c.age_min is not None or c.age_max is not None:
        lo, hi = c.age_min or 0, c.age_max or 200
        out["age"]["requested"] = [c.age_min, c.age_max]
        out["age"]["satisfied_share"] = sum(lo <= a <= hi for a in ages) / n if n else None
    if c.gender_mix:
        out["gender_requested"] = dict(c.gender_mix)
        allowed = {g for g, w in c.gender_mix.items() if w > 0}
        out["gender_satisfied_share"] = (
            sum(v for g, v in genders.items() if g in allowed) / n if n else None
        )
    if c.heritage_mix:
        total = sum(c.heritage_mix.values())
        out["heritage_requested"] = {k: w / total for k, w in c.heritage_mix.items()}
        out["heritage"] = {k: v / n for k, v in sorted(heritages.items()) if k} if n else {}
    if c.country:
        out["country_requested"] = c.country
        out["country_satisfied_share"] = countries.get(c.country, 0) / n if n else None
    return out


def _description(task: GenerationTask) -> dict[str, Any]:
    try:
        described = get_text_provider(task.text_provider).describe(
            task.persona_description, task.bio_language
        )
    except Exception as exc:  # the report must not fail because a provider is gone
        return {"error": str(exc)}
    return {"understood": described.understood, "not_understood": described.not_understood}
