"""Does a persona carry what the description asked for? One check per understood hint.

The description is read by the offline parser (:mod:`.hints`), whatever provider wrote
the personas, and each understood hint becomes a predicate on a persona record (a dict
in the shape of the persona record contract). Labels are compared in the bio language,
case- and accent-insensitively, and as substrings, so an LLM's "Registered nurse" still
carries "nurse" when the bio language is English.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any

from avatargen.providers.offline_text import hints as hints_mod
from avatargen.providers.offline_text import lang as langs
from avatargen.providers.offline_text import places
from avatargen.providers.offline_text.places import fold

Check = Callable[[Mapping[str, Any]], bool]


def _labels(lang: langs.Lang, key: str) -> tuple[str, ...]:
    """The occupation's labels in every variety of the language ("mail carrier" and the
    British "postal worker")."""
    labels = set(lang.occupation_labels(key))
    for variety in getattr(lang.module, "VARIETIES", None) or ():
        labels |= langs.get(lang.code, variety).occupation_labels(key)
    return tuple(sorted(fold(x) for x in labels))


def _occupation_check(lang: langs.Lang, keys: tuple[str, ...]) -> Check:
    wanted = [_labels(lang, k) for k in keys]
    english = [_labels(langs.get("en"), k) for k in keys]

    def check(r: Mapping[str, Any]) -> bool:
        occ = fold(r.get("occupation") or "")
        return any(any(lab and lab in occ for lab in labs) for labs in wanted + english)

    return check


def _interest_check(lang: langs.Lang, key: str) -> Check:
    label = fold(lang.interests.get(key) or "")
    en = fold(langs.get("en").interests.get(key) or "")

    def check(r: Mapping[str, Any]) -> bool:
        got = [fold(x) for x in r.get("interests") or ()]
        return any((label and label in x) or (en and en in x) for x in got)

    return check


def _place_check(found: hints_mod.Hints) -> Check:
    country = found.country
    cities = {fold(c.name) for c in found.cities}
    for c in found.cities:
        for lang in langs.SUPPORTED:
            cities.add(fold(places.localize_city(c.name, lang)))
    regions = {fold(x) for x in getattr(found, "region_names", ())}

    def check(r: Mapping[str, Any]) -> bool:
        if country and r.get("country") != country:
            return False
        if cities:
            return fold(r.get("city") or "") in cities
        if regions:
            return fold(r.get("region") or "") in regions
        return True

    return check


@lru_cache(maxsize=256)
def hint_checks(description: str, language: str) -> dict[str, Check]:
    """Hint kind -> predicate on a record, for every hint the parser understood."""
    found = hints_mod.parse(description or "")
    try:
        code, _ = langs.resolve(language)
    except Exception:  # a language the offline provider cannot write: compare in English
        code = "en"
    lang = langs.get(code)
    out: dict[str, Check] = {}
    if found.age:
        lo, hi = found.age
        out["age"] = lambda r: isinstance(r.get("age"), int) and lo <= r["age"] <= hi
    elif getattr(found, "group_ages", ()):  # "nurses aged 30-40 and retirees"
        groups = [(_occupation_check(lang, (k,)), a) for k, a in found.group_ages]

        def aged(r: Mapping[str, Any]) -> bool:
            age = r.get("age")
            return all(not named(r) or (isinstance(age, int) and lo <= age <= hi)
                       for named, (lo, hi) in groups)  # fmt: skip

        out["age"] = aged
    if found.genders:
        allowed = frozenset(found.genders)
        out["gender"] = lambda r: r.get("gender") in allowed
    elif found.female_occupations:  # "Rentnerinnen und Köche": the retirees are women
        named = _occupation_check(lang, found.female_occupations)
        out["gender"] = lambda r: r.get("gender") == "female" or not named(r)
    if found.country or found.cities or getattr(found, "region_names", ()):
        out["place"] = _place_check(found)
    if found.heritage:  # "Nigerian doctors in the UK": the record's heritage says so
        label = fold(found.heritage[0])
        out["heritage"] = lambda r: fold(r.get("heritage") or "") == label
    if found.occupations:
        out["occupation"] = _occupation_check(lang, found.occupations)
    for key in found.interests:
        out[f"interest:{key}"] = _interest_check(lang, key)
    former = getattr(found, "former", ())
    if former:
        out["former_occupation"] = _occupation_check(lang, former)
    fields = getattr(found, "fields", ())
    if fields:
        labels = {fold(lang.fields[k]) for k in fields if k in lang.fields}
        out["field"] = lambda r: fold((r.get("education") or {}).get("field") or "") in labels
    if found.settlement:
        lo, hi = places.SETTLEMENT_POPULATION[found.settlement]

        def settled(r: Mapping[str, Any]) -> bool:
            # Several places share a name (Springfield): any of them of the right size counts.
            country, name = r.get("country") or "", r.get("city") or ""
            pops = [c.population for c in places.country_cities(country) if c.name == name]
            pops += [c.population for c in places.find_cities(fold(name)) if c.country == country]
            return any(lo <= pop < hi for pop in pops)

        out["settlement"] = settled
    if found.family:
        forms = set()
        # every variety's words: en-US personas are "a mom", en-GB ones "a mum"
        tables = [lang, *(langs.get(code, v) for v in getattr(lang.module, "VARIETIES", {}))]
        for role in found.family:
            for table in tables:
                label = table.family_label(role)
                if label:
                    forms.update(f for f in langs.split_forms(label) if f)
        words = {fold(f) for f in forms}

        def family(r: Mapping[str, Any]) -> bool:
            text = fold(" ".join([r.get("about") or "", *(r.get("bios") or {}).values()]))
            return any(w in text for w in words)

        out["family"] = family
    return out


class HintTally:
    """How many of a stream of records carry each understood hint, fed one at a time."""

    def __init__(self, description: str, language: str) -> None:
        self.checks = hint_checks(description, language)
        self.hits = dict.fromkeys(self.checks, 0)
        self.n = 0

    def add(self, record: Mapping[str, Any]) -> None:
        self.n += 1
        for kind, check in self.checks.items():
            if check(record):
                self.hits[kind] += 1

    def shares(self) -> dict:
        """Share of the records that carry each understood hint (``{}`` when none)."""
        return {kind: (hits / self.n if self.n else None) for kind, hits in self.hits.items()}


def hint_shares(records: Iterable[Mapping[str, Any]], description: str, language: str) -> dict:
    """Share of ``records`` that carry each understood hint (``{}`` when none)."""
    tally = HintTally(description, language)
    for record in records:
        tally.add(record)
    return tally.shares()
