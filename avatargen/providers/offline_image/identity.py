"""Appearance text -> the fixed look of one persona (identity parameters).

Everything that makes a persona recognisable across its images is decided here, once,
from the appearance fields, gender, age and a hash of (task seed, persona index). The
appearance text is parsed by keywords so free text from an LLM provider still works;
whatever is not understood is filled in deterministically from the hash.
"""

from __future__ import annotations

import hashlib
import random
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass

from avatargen.providers.base import ImageSubject
from avatargen.providers.offline_image.canvas import RGB, jitter, mix
from avatargen.providers.offline_image.uniforms import outfit_colour, outfit_for
from avatargen.providers.offline_image.vocab import (
    _DEFAULT_HAIR,
    _EYE_ALIASES,
    _HAIR_ALIASES,
    _SKIN_ALIASES,
    _STYLE_WORDS,
    ACCENTS,
    BUILDS,
    CLOTHING_COLOURS,
    EYE_COLOURS,
    HAIR_COLOURS,
    SKIN_TONES,
)
from avatargen.providers.offline_text.appearance import STYLES  # the one style vocabulary


@dataclass(frozen=True)
class Identity:
    """Everything about a persona's look that stays the same across its images."""

    key: int
    gender: str
    age: int
    skin: RGB
    hair_colour: RGB
    hair_length: str  # bald | shaved | short | medium | long
    hair_texture: str  # straight | wavy | curly | coily
    hair_style: str  # plain | bun | ponytail | braids | afro | locs | quiff | pixie | crop
    hairline: str  # natural | side | bangs | middle | receding
    part_side: int  # -1 | 1
    eye_colour: RGB
    face_shape: str  # oval | round | square | heart | long
    face_width: float
    eye_size: float
    eye_spacing: float
    brow_weight: float
    nose_width: float
    nose_length: float
    mouth_width: float
    lip_fullness: float
    lashes: bool
    glasses: str | None  # None | round | rect | cat
    glasses_colour: RGB
    clothing: str
    clothing_colour: RGB
    clothing_accent: RGB
    clothing_variant: int
    build: float
    facial_hair: str  # none | stubble | mustache | goatee | beard
    freckles: bool
    ear_size: float
    eye_shape: str  # almond | round | hooded | monolid | downturned
    brow_shape: str  # arched | straight | soft
    nose_style: str  # button | straight | broad | long
    outfit: str = ""  # work clothes from the occupation (uniforms.OUTFITS), "" for none
    outfit_colour: RGB = (242, 242, 238)
    # face geometry beyond the shape (0 = the shape's own)
    jaw: float = 0.0  # -: wider jaw, +: narrower (tapers more)
    cheek: float = 0.0  # 0..1 cheekbone width
    chin_point: float = 0.0  # 0..1 how pointed the chin is
    chin_length: float = 1.0
    eye_y: float = 0.0  # feature heights (units)
    mouth_y: float = 0.0
    eye_tilt: float = 0.0
    brow_tilt: float = 0.0  # +: inner ends raised
    brow_y: float = 0.0
    # posture
    shoulder_slope: float = 0.0  # 0..1
    shoulder_tilt: float = 0.0  # -..+: one shoulder higher
    neck: float = 0.0  # how far the body sits below the head (units): neck length
    stance: float = 0.0  # how far the body sits to one side of the head (units)
    body_scale: float = 1.0  # the body's size against the head's
    blush: float = 0.5  # 0..1
    mole: tuple[float, float] | None = None  # a beauty mark (units), if any
    lipstick: RGB | None = None
    hair_volume: float = 1.0
    hair_fall: float = 1.0  # medium/long hair: how far it falls
    fringe: float = 1.0  # hairline height factor
    hair_tuck: int = 0  # -1 | 1: medium/long hair tucked behind that ear; 0: not

    @property
    def wrinkles(self) -> float:
        """0 (young) .. 1 (old): how strong the age lines are (first lines in the 30s)."""
        return max(0.0, min(1.0, (self.age - 30) / 45))

    @property
    def sag(self) -> float:
        """0 .. 1: how far the lower face has softened and dropped with age."""
        return max(0.0, min(1.0, (self.age - 45) / 35))


LIPSTICKS: tuple[RGB, ...] = (
    (176, 40, 56),
    (150, 54, 90),
    (196, 96, 96),
    (120, 40, 50),
    (210, 110, 120),
)


def identity_key(seed: int, index: int) -> int:
    """Stable per-persona hash: the same task seed and position give the same face."""
    digest = hashlib.sha256(f"offline-image:{seed}:{index}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def _norm(text: str) -> str:
    return " " + re.sub(r"[^a-z]+", " ", text.lower().replace("-", " ")) + " "


def _find(text: str, table: dict, aliases: dict | None = None) -> str | None:
    """The longest vocabulary phrase found as whole words in ``text`` (aliases resolved)."""
    names = list(table) + list(aliases or {})
    for name in sorted(names, key=len, reverse=True):
        if f" {name} " in text:
            return (aliases or {}).get(name, name)
    return None


def _has(text: str, *words: str) -> bool:
    return any(f" {w} " in text for w in words)


def _parse_hair(text: str, gender: str, age: int, rng: random.Random):
    colour_name = named = _find(text, HAIR_COLOURS, _HAIR_ALIASES)
    if _has(text, "bald", "balding"):
        length = "bald"
    elif _has(text, "shaved", "buzz", "buzzed", "buzzcut", "crew", "close cropped", "shaven"):
        length = "shaved"
    elif _has(text, "long", "waist", "flowing"):
        length = "long"
    elif _has(text, "medium", "shoulder", "bob", "chin", "mid length"):
        length = "medium"
    elif _has(text, "short", "pixie", "cropped", "crop", "undercut", "fade"):
        length = "short"
    else:
        length = None
    if _has(text, "coily", "kinky", "afro", "coiled", "tight curls"):
        texture = "coily"
    elif _has(text, "curly", "curls", "ringlets"):
        texture = "curly"
    elif _has(text, "wavy", "waves", "tousled"):
        texture = "wavy"
    elif _has(text, "straight", "sleek"):
        texture = "straight"
    else:
        texture = rng.choice(("straight", "straight", "wavy", "wavy", "curly"))
    style = "plain"
    if _has(text, "bun", "updo", "topknot"):
        style = "bun"
    elif _has(text, "ponytail"):
        style = "ponytail"
    elif _has(text, "braids", "braided", "braid", "cornrows"):
        style = "braids"
    elif _has(text, "locs", "dreadlocks", "dreads"):
        style = "locs"
    elif _has(text, "afro"):
        style = "afro"
    elif _has(text, "pixie"):
        style = "pixie"
    elif _has(text, "cropped", "crop", "close cropped", "fade"):
        style = "crop"
    if length is None:
        if style in ("braids", "locs", "ponytail"):
            length = "long"
        elif style == "afro" or texture in ("curly", "coily"):
            length = "medium"
        elif gender == "female":
            length = rng.choice(("long", "long", "medium", "short"))
        elif gender == "male":
            length = rng.choice(("short", "short", "short", "medium"))
        else:
            length = rng.choice(("short", "medium", "long"))
    if style == "plain" and texture == "coily" and length in ("medium", "long"):
        style = "afro"
    if style == "plain" and length == "long" and gender == "female" and rng.random() < 0.2:
        style = rng.choice(("ponytail", "bun"))
    if style == "plain" and length == "short" and gender != "male" and rng.random() < 0.4:
        style = "pixie"
    if style == "plain" and length == "short" and gender == "male" and rng.random() < 0.3:
        style = "quiff"
    if colour_name is None:
        if age >= 62:
            colour_name = rng.choice(("grey", "silver", "white", "salt and pepper"))
        elif age >= 48 and rng.random() < 0.45:
            colour_name = "salt and pepper"
        else:
            colour_name = rng.choice(_DEFAULT_HAIR)
    colour = jitter(HAIR_COLOURS[colour_name], rng, 6)
    natural = colour_name not in ("pink", "blue", "purple", "lavender", "green", "teal")
    if natural and age > 45 and colour_name not in ("grey", "silver", "white", "platinum"):
        # a named colour stays recognisable: only a touch of grey
        most = 0.5 if named is None else 0.2
        colour = mix(colour, (168, 168, 170), min(most, (age - 45) / 50) * rng.uniform(0.4, 1))
    return colour, length, texture, style


_derived: OrderedDict[tuple, Identity] = OrderedDict()
_derived_lock = threading.Lock()


def derive(subject: ImageSubject) -> Identity:
    """The persona's identity, deterministic in appearance, gender, age, seed and index.

    Kept for the last few subjects: every image of a persona asks for it again, and
    deriving costs more than looking up its inputs."""
    a = subject.appearance
    key = (subject.seed, subject.index, subject.gender, subject.age, subject.occupation,
           a.hair, a.eyes, a.skin_tone, a.build, a.style)  # fmt: skip
    with _derived_lock:
        hit = _derived.get(key)
    if hit is not None:
        return hit
    ident = _derive(subject)
    with _derived_lock:
        _derived[key] = ident
        while len(_derived) > 64:
            _derived.popitem(last=False)
    return ident


def _derive(subject: ImageSubject) -> Identity:
    key = identity_key(subject.seed, subject.index)
    rng = random.Random(key)
    a = subject.appearance
    gender, age = subject.gender, subject.age
    everything = _norm(" ".join((a.hair, a.eyes, a.skin_tone, a.build, a.style)))

    skin_name = _find(_norm(a.skin_tone), SKIN_TONES, _SKIN_ALIASES)
    skin = SKIN_TONES[skin_name] if skin_name else rng.choice(list(SKIN_TONES.values()))
    skin = jitter(skin, rng, 5)

    hair_colour, length, texture, style = _parse_hair(_norm(a.hair), gender, age, rng)
    if length in ("bald", "shaved"):
        style = "plain"
    if age >= 50 and gender == "male" and length == "short" and rng.random() < 0.35:
        hairline = "receding"
    elif length in ("bald", "shaved") or style in ("afro", "locs", "bun", "braids", "crop"):
        hairline = "natural"
    elif style == "pixie":
        hairline = rng.choice(("bangs", "side"))
    elif length == "short":
        hairline = rng.choice(("natural", "side", "side", "natural"))
    else:
        hairline = rng.choice(("side", "middle", "bangs", "natural", "side"))

    eye_name = _find(_norm(a.eyes), EYE_COLOURS, _EYE_ALIASES)
    eye = EYE_COLOURS[eye_name] if eye_name else rng.choice(list(EYE_COLOURS.values()))

    build_name = _find(_norm(a.build), BUILDS)
    build = BUILDS[build_name] if build_name else rng.choice((0.92, 1.0, 1.0, 1.06, 1.12))
    if gender == "male":
        build *= 1.06
    elif gender == "female":
        build *= 0.95
    if age < 18:  # narrower shoulders: a teenager, not a small adult
        build *= 0.88 if age < 15 else 0.93

    style_name = None
    low = _norm(a.style)
    for phrase in sorted(_STYLE_WORDS, key=len, reverse=True):
        if f" {phrase} " in low:
            style_name = _STYLE_WORDS[phrase]
            break
    clothing = style_name or rng.choice(STYLES)

    shapes = ["oval", "round", "square", "heart", "long", "diamond", "triangle"]
    weights = {
        "male": [3, 2, 4, 1, 2, 2, 2],
        "female": [4, 3, 1, 3, 1, 2, 1],
    }.get(gender, [3, 3, 2, 2, 2, 2, 2])
    face_shape = rng.choices(shapes, weights)[0]
    if build >= 1.15 and rng.random() < 0.6:
        face_shape = "round"

    facial_hair = "none"
    if gender == "male" and age >= 18 and rng.random() < 0.5:
        facial_hair = rng.choice(("stubble", "stubble", "beard", "beard", "goatee", "mustache"))

    wants_glasses = _has(everything, "glasses", "spectacles", "eyeglasses")
    glasses = None
    if wants_glasses or rng.random() < (0.2 + (0.25 if age >= 45 else 0.0)):
        glasses = rng.choice(("round", "rect", "rect", "cat" if gender == "female" else "round"))

    light_skin = sum(skin) > 560
    freckles = light_skin and (
        sum(hair_colour) > 300 and hair_colour[0] > hair_colour[2] * 1.6 or rng.random() < 0.12
    )

    # new traits draw from their own stream, so the older ones keep their values
    more = random.Random(key ^ 0x0CC)
    outfit = outfit_for(subject.occupation, age, more)
    return Identity(
        key=key,
        gender=gender,
        age=age,
        skin=skin,
        hair_colour=hair_colour,
        hair_length=length,
        hair_texture=texture,
        hair_style=style,
        hairline=hairline,
        part_side=rng.choice((-1, 1)),
        eye_colour=eye,
        face_shape=face_shape,
        face_width=(rng.uniform(0.89, 1.08) + (build - 1.0) * 0.35),
        eye_size=rng.uniform(0.84, 1.16) * (1.08 if age < 18 else 0.95 if age > 65 else 1.0),
        eye_spacing=rng.uniform(0.9, 1.1),
        brow_weight=rng.uniform(0.7, 1.4) * (1.15 if gender == "male" else 0.9),
        nose_width=rng.uniform(0.8, 1.3) * (1.08 if age > 60 else 1.0),
        nose_length=rng.uniform(0.86, 1.16) * (0.9 if age < 16 else 1.06 if age > 65 else 1.0),
        mouth_width=rng.uniform(0.84, 1.18),
        lip_fullness=rng.uniform(0.72, 1.35) * (0.8 if age > 60 else 1.0),
        lashes=gender == "female" or (gender == "nonbinary" and rng.random() < 0.5),
        glasses=glasses,
        glasses_colour=rng.choice(((30, 28, 30), (90, 60, 40), (150, 110, 60), (60, 70, 110))),
        clothing=clothing,
        clothing_colour=jitter(rng.choice(CLOTHING_COLOURS[clothing]), rng, 10),
        clothing_accent=rng.choice(ACCENTS),
        clothing_variant=rng.randrange(4),
        build=build,
        facial_hair=facial_hair,
        freckles=bool(freckles),
        ear_size=rng.uniform(0.9, 1.1),
        eye_shape=rng.choice(("almond", "almond", "round", "hooded", "monolid", "downturned")),
        brow_shape=rng.choice(("arched", "straight", "soft")),
        nose_style=rng.choice(("button", "straight", "broad", "long")),
        outfit=outfit,
        outfit_colour=outfit_colour(outfit, more),
        jaw=more.uniform(-0.14, 0.14) + (0.04 if gender == "female" else -0.03),
        cheek=more.random(),
        chin_point=more.random() ** 1.5,
        chin_length=more.uniform(0.92, 1.08) * (0.94 if age < 16 else 1.0),
        eye_y=more.uniform(-0.05, 0.04),
        mouth_y=more.uniform(-0.05, 0.06),
        eye_tilt=more.uniform(-0.03, 0.04),
        brow_tilt=more.uniform(-0.03, 0.04),
        brow_y=more.uniform(-0.03, 0.04),
        shoulder_slope=more.random(),
        shoulder_tilt=more.uniform(-0.12, 0.12),
        neck=more.uniform(-0.1, 0.2),
        stance=more.uniform(-0.2, 0.2),
        body_scale=more.uniform(0.92, 1.08) * (0.94 if age < 16 else 1.0),
        blush=more.random() * (0.6 if gender == "male" else 1.0),
        mole=(more.choice((-1, 1)) * more.uniform(0.3, 0.6), more.uniform(0.2, 0.95))
        if more.random() < 0.2
        else None,
        hair_volume=more.uniform(0.7, 1.45),
        hair_fall=more.uniform(0.8, 1.25),
        fringe=more.uniform(0.8, 1.15) * (1.12 if age > 60 and gender == "male" else 1.0),
        hair_tuck=more.choice((-1, 1))
        if texture in ("straight", "wavy") and more.random() < 0.3
        else 0,
        lipstick=more.choice(LIPSTICKS)
        if gender != "male" and age >= 16 and more.random() < 0.35
        else None,
    )
