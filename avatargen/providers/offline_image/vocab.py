"""Appearance vocabulary: the words the offline image provider understands, as colours.

Keys are matched as whole words, longest phrase first; aliases map other common words
onto a key. Anything not listed here falls back to a deterministic choice.
"""

from __future__ import annotations

from avatargen.providers.offline_image.canvas import RGB

SKIN_TONES: dict[str, RGB] = {
    "very light": (250, 226, 210),
    "light": (241, 207, 182),
    "light olive": (227, 191, 153),
    "olive": (207, 167, 126),
    "tan": (196, 146, 106),
    "light brown": (182, 133, 95),
    "medium brown": (160, 111, 75),
    "brown": (136, 91, 60),
    "dark brown": (104, 67, 44),
    "deep": (79, 51, 36),
}
_SKIN_ALIASES = {
    "very fair": "very light",
    "porcelain": "very light",
    "pale": "very light",
    "ivory": "very light",
    "fair": "light",
    "peach": "light",
    "rosy": "light",
    "beige": "light olive",
    "golden": "tan",
    "bronze": "tan",
    "honey": "tan",
    "medium": "light brown",
    "caramel": "medium brown",
    "chestnut": "brown",
    "mahogany": "dark brown",
    "very dark": "deep",
    "dark": "dark brown",
    "ebony": "deep",
    "espresso": "deep",
}

HAIR_COLOURS: dict[str, RGB] = {
    "jet black": (20, 18, 22),
    "black": (34, 29, 31),
    "dark brown": (60, 40, 30),
    "brown": (98, 64, 42),
    "chestnut": (116, 62, 38),
    "light brown": (142, 101, 66),
    "auburn": (138, 56, 34),
    "red": (170, 66, 36),
    "ginger": (192, 98, 48),
    "copper": (182, 90, 48),
    "strawberry blonde": (214, 150, 104),
    "dirty blonde": (176, 144, 96),
    "ash blonde": (196, 180, 150),
    "blonde": (224, 188, 122),
    "golden": (214, 168, 88),
    "honey": (198, 146, 78),
    "sandy": (196, 164, 118),
    "platinum": (236, 228, 208),
    "salt and pepper": (118, 116, 114),
    "grey": (162, 161, 163),
    "silver": (198, 200, 204),
    "white": (234, 233, 230),
    "pink": (228, 122, 162),
    "blue": (70, 110, 200),
    "purple": (124, 82, 172),
    "lavender": (178, 152, 212),
    "green": (64, 148, 110),
    "teal": (38, 138, 142),
}
_HAIR_ALIASES = {"blond": "blonde", "gray": "grey", "raven": "black", "dark": "dark brown"}
_DEFAULT_HAIR = ("black", "black", "dark brown", "dark brown", "brown", "light brown", "blonde")

EYE_COLOURS: dict[str, RGB] = {
    "dark brown": (70, 44, 30),
    "brown": (112, 70, 40),
    "hazel": (128, 106, 58),
    "amber": (168, 110, 42),
    "green": (76, 128, 80),
    "light blue": (118, 168, 214),
    "blue": (66, 116, 178),
    "grey": (124, 136, 148),
    "black": (40, 30, 28),
}
_EYE_ALIASES = {"gray": "grey", "dark": "dark brown"}

BUILDS: dict[str, float] = {
    "petite": 0.86,
    "thin": 0.88,
    "slim": 0.9,
    "slender": 0.9,
    "lean": 0.93,
    "average": 1.0,
    "medium": 1.0,
    "fit": 1.03,
    "athletic": 1.07,
    "curvy": 1.06,
    "muscular": 1.12,
    "broad": 1.12,
    "sturdy": 1.1,
    "stocky": 1.13,
    "heavyset": 1.18,
    "plus size": 1.18,
    "large": 1.16,
}

_STYLE_WORDS = {
    "smart casual": "smart casual",
    "business casual": "smart casual",
    "business": "business",
    "formal": "business",
    "suit": "business",
    "corporate": "business",
    "professional": "business",
    "sporty": "sporty",
    "athletic": "sporty",
    "athleisure": "sporty",
    "gym": "sporty",
    "bohemian": "bohemian",
    "boho": "bohemian",
    "artsy": "bohemian",
    "hippie": "bohemian",
    "classic": "classic",
    "preppy": "classic",
    "elegant": "classic",
    "vintage": "classic",
    "timeless": "classic",
    "streetwear": "streetwear",
    "street": "streetwear",
    "urban": "streetwear",
    "hoodie": "streetwear",
    "outdoorsy": "outdoorsy",
    "outdoor": "outdoorsy",
    "rugged": "outdoorsy",
    "hiking": "outdoorsy",
    "casual": "casual",
    "relaxed": "casual",
    "minimal": "smart casual",
    "chic": "smart casual",
}
CLOTHING_COLOURS: dict[str, tuple[RGB, ...]] = {
    "casual": ((70, 110, 160), (200, 80, 70), (240, 236, 226), (90, 140, 110), (240, 190, 80)),
    "business": ((40, 52, 80), (56, 58, 64), (30, 30, 36), (92, 96, 104), (110, 60, 60)),
    "sporty": ((220, 70, 60), (40, 110, 190), (30, 30, 36), (40, 160, 130), (250, 170, 40)),
    "bohemian": ((180, 100, 60), (140, 90, 130), (200, 160, 90), (96, 120, 80), (190, 80, 90)),
    "classic": ((120, 30, 46), (40, 60, 100), (210, 196, 170), (60, 90, 70), (110, 110, 118)),
    "streetwear": ((40, 40, 46), (150, 150, 150), (200, 120, 50), (90, 110, 70), (60, 70, 150)),
    "outdoorsy": ((150, 50, 40), (70, 100, 70), (60, 90, 130), (170, 120, 60), (100, 70, 50)),
    "smart casual": (
        (96, 130, 170),
        (230, 226, 214),
        (150, 130, 100),
        (70, 80, 96),
        (140, 160, 140),
    ),
}
ACCENTS: tuple[RGB, ...] = (
    (236, 196, 80),
    (220, 110, 90),
    (90, 170, 200),
    (240, 240, 236),
    (120, 180, 120),
    (200, 120, 180),
)
