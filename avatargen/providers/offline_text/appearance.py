"""The fixed appearance vocabulary of the offline text provider, and how it is drawn.

Appearance strings are always ENGLISH, whatever the bio language, because they drive
the image renderers. Every value comes from the constants below, so a renderer can map
them to drawing parameters with plain dictionary look-ups:

``hair``
    Either one of :data:`HAIR_SPECIAL` (``"shaved"``, ``"bald"``) or
    ``"<length> <texture> <color>"`` with ``length`` in :data:`HAIR_LENGTHS`,
    ``texture`` in :data:`HAIR_TEXTURES` and ``color`` in :data:`HAIR_COLORS`
    (a colour may be two words, e.g. ``"short wavy dark brown"``,
    ``"long straight salt-and-pepper"``). :func:`parse_hair` splits it back.
``eyes``
    One of :data:`EYE_COLORS`.
``skin_tone``
    One of :data:`SKIN_TONES`, ordered from lightest to deepest.
``build``
    One of :data:`BUILDS`.
``style``
    One of :data:`STYLES` (clothing style).

Values are drawn from a per-country profile (:data:`COUNTRY_PROFILE`, falling back to the
continent) and the persona's age and gender: grey, salt-and-pepper and white hair become
likelier with age, baldness only appears for older men, and so on.
"""

from __future__ import annotations

import random
from bisect import bisect
from itertools import accumulate

HAIR_LENGTHS: tuple[str, ...] = ("cropped", "short", "medium-length", "long")
HAIR_TEXTURES: tuple[str, ...] = ("straight", "wavy", "curly", "coily")
HAIR_COLORS: tuple[str, ...] = (
    "black",
    "dark brown",
    "brown",
    "light brown",
    "blonde",
    "strawberry blonde",
    "auburn",
    "red",
    "salt-and-pepper",
    "grey",
    "white",
)
HAIR_SPECIAL: tuple[str, ...] = ("shaved", "bald")
EYE_COLORS: tuple[str, ...] = ("dark brown", "brown", "hazel", "green", "blue", "grey")
SKIN_TONES: tuple[str, ...] = (
    "very light",
    "light",
    "light olive",
    "olive",
    "tan",
    "medium brown",
    "brown",
    "dark brown",
    "deep",
)
BUILDS: tuple[str, ...] = ("slim", "average", "athletic", "sturdy", "heavyset")
STYLES: tuple[str, ...] = (
    "casual",
    "business",
    "sporty",
    "bohemian",
    "classic",
    "streetwear",
    "outdoorsy",
    "smart casual",
)


def parse_hair(hair: str) -> tuple[str, str, str]:
    """Split a hair string into ``(length, texture, color)``; specials give ``(hair, "", "")``."""
    if hair in HAIR_SPECIAL:
        return hair, "", ""
    length, texture, color = hair.split(" ", 2)
    return length, texture, color


# --------------------------------------------------------------------------- profiles
# Relative weights, in the order of the vocabulary tuples above.
# skin: SKIN_TONES, eyes: EYE_COLORS, colors: HAIR_COLORS[:8] (age decides grey/white),
# textures: HAIR_TEXTURES.
_PROFILES: dict[str, dict[str, tuple[float, ...]]] = {
    "north_europe": {
        "skin": (30, 50, 12, 4, 2, 1, 1, 0, 0),
        "eyes": (4, 14, 14, 14, 38, 16),
        "colors": (3, 14, 24, 22, 24, 4, 5, 4),
        "textures": (60, 30, 9, 1),
    },
    "south_europe": {
        "skin": (4, 30, 36, 20, 6, 2, 1, 1, 0),
        "eyes": (30, 34, 16, 9, 8, 3),
        "colors": (28, 38, 20, 7, 4, 1, 2, 0),
        "textures": (45, 38, 16, 1),
    },
    "anglo": {  # mixed, multi-ethnic populations (US, GB, CA, AU, NZ)
        "skin": (10, 30, 12, 10, 10, 10, 9, 6, 3),
        "eyes": (24, 26, 14, 10, 20, 6),
        "colors": (20, 24, 22, 14, 13, 2, 3, 2),
        "textures": (45, 30, 17, 8),
    },
    "latam": {
        "skin": (2, 16, 26, 22, 18, 10, 4, 2, 0),
        "eyes": (48, 32, 10, 5, 4, 1),
        "colors": (40, 40, 14, 3, 2, 0, 1, 0),
        "textures": (45, 35, 16, 4),
    },
    "brazil": {
        "skin": (3, 18, 18, 16, 16, 13, 9, 5, 2),
        "eyes": (46, 32, 10, 6, 5, 1),
        "colors": (36, 38, 16, 4, 4, 0, 2, 0),
        "textures": (32, 32, 24, 12),
    },
    "mena": {
        "skin": (1, 12, 34, 30, 16, 5, 2, 0, 0),
        "eyes": (50, 34, 9, 4, 2, 1),
        "colors": (50, 38, 10, 1, 1, 0, 0, 0),
        "textures": (40, 42, 16, 2),
    },
    "east_asia": {
        "skin": (8, 46, 32, 10, 4, 0, 0, 0, 0),
        "eyes": (72, 26, 2, 0, 0, 0),
        "colors": (70, 26, 4, 0, 0, 0, 0, 0),
        "textures": (86, 12, 2, 0),
    },
    "southeast_asia": {
        "skin": (0, 8, 26, 28, 24, 12, 2, 0, 0),
        "eyes": (76, 23, 1, 0, 0, 0),
        "colors": (72, 24, 4, 0, 0, 0, 0, 0),
        "textures": (68, 26, 5, 1),
    },
    "south_asia": {
        "skin": (0, 4, 12, 18, 26, 22, 12, 5, 1),
        "eyes": (78, 18, 3, 1, 0, 0),
        "colors": (74, 24, 2, 0, 0, 0, 0, 0),
        "textures": (44, 40, 14, 2),
    },
    "africa": {
        "skin": (0, 0, 0, 1, 4, 14, 30, 32, 19),
        "eyes": (84, 15, 1, 0, 0, 0),
        "colors": (82, 17, 1, 0, 0, 0, 0, 0),
        "textures": (4, 6, 30, 60),
    },
}

_CONTINENT_PROFILE = {
    "EU": "north_europe",
    "NA": "latam",
    "SA": "latam",
    "AS": "southeast_asia",
    "AF": "africa",
    "OC": "southeast_asia",
    "AN": "north_europe",
}

_PROFILE_COUNTRIES = """
anglo: US GB CA AU NZ IE ZA
south_europe: ES PT IT GR FR MT CY HR SI BA RS ME MK AL BG RO TR IL AM GE AZ AR UY CL
north_europe: DE AT CH NL BE LU DK NO SE FI IS EE LV LT PL CZ SK HU UA BY RU MD
mena: MA DZ TN LY EG SA AE QA KW BH OM YE JO LB SY IQ IR PS AF KZ UZ KG TJ TM
east_asia: CN JP KR KP TW HK MO MN
south_asia: IN PK BD LK NP BT MV
southeast_asia: PG FJ SB VU
brazil: BR
"""
COUNTRY_PROFILE: dict[str, str] = {
    code: name
    for line in _PROFILE_COUNTRIES.strip().splitlines()
    for name, codes in [line.split(":")]
    for code in codes.split()
}


def _cum(weights: tuple[float, ...]) -> list[float]:
    return list(accumulate(weights))


_CUM = {
    name: {part: _cum(weights) for part, weights in profile.items()}
    for name, profile in _PROFILES.items()
}
_STYLE_CUM = _cum((22, 10, 10, 6, 10, 8, 8, 26))
_BUILD_CUM = _cum((24, 36, 18, 12, 10))


def _pick(rng: random.Random, values: tuple[str, ...], cum: list[float]) -> str:
    return values[bisect(cum, rng.random() * cum[-1])]


def profile_for(country: str, continent: str) -> str:
    """The appearance profile name for a country (continent code as fallback)."""
    return COUNTRY_PROFILE.get(country) or _CONTINENT_PROFILE.get(continent, "anglo")


def draw_appearance(
    rng: random.Random, profile: str, gender: str, age: int, occupation_style: str | None = None
) -> dict[str, str]:
    """One persona's appearance, consistent with profile, gender and age."""
    cum = _CUM.get(profile) or _CUM["anglo"]
    r = rng.random()
    male = gender == "male" or (gender == "nonbinary" and r < 0.3)
    # Hair colour: age moves people to salt-and-pepper, grey and white.
    grey_chance = 0.0 if age < 35 else min(0.95, (age - 35) * 0.028)
    if rng.random() < grey_chance:
        if age >= 68 and rng.random() < 0.55:
            color = "white"
        elif male and age < 60 and rng.random() < 0.6:
            color = "salt-and-pepper"
        else:
            color = "grey"
    else:
        color = _pick(rng, HAIR_COLORS[:8], cum["colors"])
    bald_chance = 0.0 if not male else (0.02 if age < 30 else min(0.45, 0.02 + (age - 30) * 0.011))
    u = rng.random()
    if u < bald_chance:
        hair = "bald"
    elif u < bald_chance + (0.05 if male else 0.01):
        hair = "shaved"
    else:
        if male:
            length = ("cropped", "short", "short", "short", "medium-length", "long")[
                rng.randrange(6)
            ]
        else:
            length = ("cropped", "short", "medium-length", "medium-length", "long", "long")[
                rng.randrange(6)
            ]
        texture = _pick(rng, HAIR_TEXTURES, cum["textures"])
        hair = f"{length} {texture} {color}"
    eyes = _pick(rng, EYE_COLORS, cum["eyes"])
    skin = _pick(rng, SKIN_TONES, cum["skin"])
    build = _pick(rng, BUILDS, _BUILD_CUM)
    if age > 55 and build == "athletic" and rng.random() < 0.5:
        build = "average"
    style = occupation_style if occupation_style and rng.random() < 0.45 else None
    if style is None:
        style = _pick(rng, STYLES, _STYLE_CUM)
    if age < 25 and style == "business":
        style = "streetwear"
    return {"hair": hair, "eyes": eyes, "skin_tone": skin, "build": build, "style": style}
