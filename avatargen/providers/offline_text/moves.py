"""Where an offline persona lived before: a plausible earlier city for its age.

Drawn from a random stream of its own (seed, index, task key, "move"), so adding it
changed no other field of any persona. Most people who moved did so inside their
country; minors only move with their family, so never abroad; the share of people who
lived elsewhere before grows with age and falls a little in old age (many retirees have
lived in one place for decades). The city is a real one from the same
population-weighted tables as the current city, never the current city itself.
"""

from __future__ import annotations

import random
from bisect import bisect
from functools import cache
from itertools import accumulate

from avatargen.providers.offline_text import places

# (upper age bound, share of personas with an earlier city)
_MOVED_BY_AGE = ((17, 0.2), (24, 0.45), (34, 0.65), (64, 0.6), (200, 0.5))
OWN_SCRIPT = frozenset(("ja", "zh", "ko", "hi", "ar", "ru", "uk"))  # not Latin-script
ABROAD = 0.12  # share of adult movers who came from another country


@cache
def _neighbours(country: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """Other inhabited countries of the same continent, weighted by population."""
    cont = places.continent(country)
    codes = tuple(
        code
        for code, c in places.countries().items()
        if code != country and c.get("continentcode") == cont and places.inhabited(code)
    )
    weights = [max(int(places.countries()[c].get("population") or 0), 1) for c in codes]
    return codes, tuple(accumulate(weights))


def previous_city(
    rng: random.Random, age: int, country: str, lang: str, current: str
) -> dict[str, str] | None:
    """``{"city", "region", "country"}`` of an earlier home, or None for someone who has
    always lived in ``current`` (the current city's name as stored); ``rng`` is the
    persona's own stream for this field."""
    share = next(p for top, p in _MOVED_BY_AGE if age <= top)
    if rng.random() >= share:
        return None
    where = country
    codes, cum = _neighbours(country)
    if age >= 18 and codes and rng.random() < ABROAD:
        where = codes[bisect(cum, rng.random() * cum[-1])]
    for country_now in dict.fromkeys((where, country)):  # abroad first, else at home
        table = places.city_table(country_now, lang)
        for _ in range(8):
            city = table.pick(rng)
            name = places.localize_city(city.name, lang)
            if name == current:
                continue
            if country_now != country and not _written_in(name, lang):
                break  # no name for it in the bio language's script: move at home instead
            return {"city": name, "region": places.city_region(city), "country": country_now}
    return None


def _written_in(name: str, lang: str) -> bool:
    """Whether a city name suits a bio in ``lang`` (languages with their own script need
    the name in that script; Latin-script languages take any Latin name)."""
    if lang not in OWN_SCRIPT:
        return True
    return not any("a" <= ch.lower() <= "z" for ch in name)
