"""Per-image scene: what changes from one picture of a persona to the next.

Position 1 (the base portrait) is a calm (smiling or neutral), front-facing studio shot
that serves as the reference. Positions 2.. walk through per-persona shuffles of
settings, expressions and accessories, so the first variants of one persona never
repeat a setting.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache

from avatargen.providers.offline_image.identity import Identity

SETTINGS = (
    "park",
    "city",
    "cafe",
    "beach",
    "office",
    "mountains",
    "library",
    "brick",
    "garden",
    "night",
    "living room",
)
EXPRESSIONS = ("smile", "grin", "neutral", "laugh", "thoughtful", "smile")
ACCESSORIES = (
    "none",
    "beanie",
    "cap",
    "sun hat",
    "scarf",
    "earrings",
    "headphones",
    "necklace",
    "flower",
    "none",
)
TIMES = ("day", "golden", "dusk")
STUDIO_COLOURS = (
    ((236, 226, 214), (196, 180, 164)),
    ((214, 228, 236), (160, 182, 200)),
    ((226, 236, 220), (170, 192, 170)),
    ((240, 222, 222), (200, 168, 170)),
    ((232, 226, 240), (184, 172, 204)),
    ((246, 232, 206), (214, 186, 140)),
    ((70, 78, 96), (34, 38, 50)),
    ((220, 220, 220), (160, 160, 166)),
)


@dataclass(frozen=True)
class Scene:
    position: int
    setting: str  # "studio" or one of SETTINGS
    time: str  # day | golden | dusk
    palette: int  # free choice of colour set inside the setting's painter
    zoom: float
    dx: float
    dy: float
    turn: float  # -1..1: how far the face turns to the viewer's left/right
    gaze: tuple[float, float]
    expression: str
    accessory: str
    light: int  # -1: light from the viewer's left, 1: from the right
    seed: int


def _perm(items, rng: random.Random) -> list:
    out = list(items)
    rng.shuffle(out)
    return out


def _accessory_ok(acc: str, ident: Identity) -> bool:
    big_hair = ident.hair_style in ("afro", "bun", "locs") or (
        ident.hair_texture == "coily" and ident.hair_length != "shaved"
    )
    if acc in ("beanie", "cap", "sun hat") and big_hair:
        return False
    if (
        acc == "earrings"
        and ident.hair_length in ("long", "medium")
        and ident.hair_style
        in (
            "plain",
            "afro",
        )
    ):
        return False
    if acc == "flower" and ident.hair_length in ("bald", "shaved"):
        return False
    return not (acc == "scarf" and ident.clothing == "streetwear")


@lru_cache(maxsize=64)
def _persona(ident: Identity):
    """What the scenes of one persona share: shuffles, studio colour, light, zoom (kept
    for the last few identities; callers only read it)."""
    base_rng = random.Random(ident.key ^ 0x5CE7E)
    settings = _perm(SETTINGS, base_rng)
    expressions = _perm(EXPRESSIONS, base_rng)
    accessories = [a for a in _perm(ACCESSORIES, base_rng) if _accessory_ok(a, ident)]
    studio = base_rng.randrange(len(STUDIO_COLOURS))
    light = base_rng.choice((-1, 1))
    zoom = base_rng.uniform(0.93, 1.06)
    calm = base_rng.choice(("smile", "smile", "neutral", "grin"))  # the base portrait's
    return tuple(settings), tuple(expressions), tuple(accessories), studio, light, zoom, calm


def identity_scene(ident: Identity) -> Scene:
    """The neutral scene the identity layers are drawn in (front-facing, persona light)."""
    _, _, _, studio, light, zoom, _ = _persona(ident)
    return Scene(0, "studio", "day", studio, zoom, 0.0, 0.0, 0.0, (0.0, 0.0), "smile", "none",
                 light, 0)  # fmt: skip


def scene_for(ident: Identity, position: int, variation: int = 0) -> Scene:
    """The scene of picture ``position`` (1-based) of the persona with ``ident``.

    Light and zoom belong to the persona (its identity layers are drawn once with them);
    a variant moves the figure by whole pixels (``dx``, ``dy`` are rounded per size).
    ``variation`` (a regeneration's seed; 0 for the original) draws another scene of the
    same position around the same identity.
    """
    settings, expressions, accessories, studio, light, zoom, calm = _persona(ident)
    rng = random.Random(ident.key * 1000003 + position)
    if variation:  # a regeneration: the same persona (identity, light, zoom), a new scene
        rng = random.Random(f"{ident.key}:{position}:{variation}")
    if position <= 1:
        return Scene(
            position=1,
            setting="studio",
            time="day",
            palette=rng.randrange(1 << 16) if variation else studio,
            zoom=zoom,
            dx=0.0,
            dy=0.0,
            turn=rng.uniform(-0.25, 0.25) if variation else 0.0,
            gaze=(0.0, 0.0),
            expression=rng.choice(expressions) if variation else calm,
            accessory="none",
            light=light,
            seed=rng.getrandbits(32),
        )
    i = position - 2 + (rng.randrange(1, 64) if variation else 0)
    turn = rng.uniform(-0.6, 0.6)
    expression = expressions[i % len(expressions)]
    gaze = (turn * 0.6 + rng.uniform(-0.25, 0.25), rng.uniform(-0.2, 0.1))
    if expression == "thoughtful":
        gaze = (rng.choice((-0.8, 0.8)), -0.5)
    return Scene(
        position=position,
        setting=settings[i % len(settings)],
        time=rng.choice(TIMES),
        palette=rng.randrange(1 << 16),
        zoom=zoom,
        dx=rng.uniform(-0.08, 0.08),
        dy=rng.uniform(-0.03, 0.05),
        turn=turn,
        gaze=gaze,
        expression=expression,
        accessory=accessories[i % len(accessories)],
        light=light,
        seed=rng.getrandbits(32),
    )
