"""Work clothes from the occupation: scrubs, lab coats, chef whites, uniforms, work wear,
aprons and school uniforms, painted over the torso in place of the style's clothing.

``outfit_for`` reads the occupation (in any language the offline text provider knows,
through its own occupation vocabulary, plus a few English words LLMs use) and the age;
``draw_uniform`` paints it. The persona's style still shows: what is worn under a coat,
vest or apron is the style's own top, and colours come from the persona's hash.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache

from avatargen.providers.offline_image.canvas import Canvas, Mask, mix, scale, smooth

WHITE = (242, 242, 238)
GOLD = (214, 176, 84)
SILVER = (206, 210, 214)

# occupation key (offline text vocabulary) -> outfit
BY_OCCUPATION = {
    "nurse": "scrubs",
    "doctor": "lab_coat|scrubs",
    "dentist": "scrubs|lab_coat",
    "veterinarian": "scrubs",
    "pharmacist": "lab_coat",
    "researcher": "lab_coat|",
    "chef": "chef",
    "baker": "chef|apron",
    "barista": "apron",
    "waiter": "waiter",
    "police_officer": "police",
    "firefighter": "firefighter",
    "pilot": "pilot",
    "flight_attendant": "cabin_crew",
    "electrician": "hi_vis|coveralls",
    "plumber": "coveralls|hi_vis",
    "mechanic": "coveralls",
    "carpenter": "work_jacket|hi_vis",
    "civil_engineer": "hi_vis|",
    "farmer": "overalls|work_jacket",
    "truck_driver": "hi_vis|work_jacket|",
    "pupil": "school",
    "physiotherapist": "polo",
    "fitness_trainer": "polo",
    "hairdresser": "apron|",
    # the larger vocabulary (issue 14)
    "surgeon": "scrubs", "paramedic": "scrubs", "midwife": "scrubs", "nursing_assistant": "scrubs",
    "care_worker": "scrubs|", "radiographer": "scrubs", "lab_technician": "lab_coat",
    "dental_hygienist": "scrubs", "dental_assistant": "scrubs", "pharmacy_technician": "lab_coat",
    "vet_nurse": "scrubs", "chemist": "lab_coat", "biologist": "lab_coat|",
    "physicist": "lab_coat|",
    "pastry_chef": "chef", "kitchen_assistant": "chef|apron", "bartender": "waiter|apron",
    "butcher": "apron", "cashier": "apron|", "florist": "apron|", "barber": "apron|",
    "cleaner": "apron|", "housekeeper": "apron", "construction_worker": "hi_vis",
    "bricklayer": "hi_vis|work_jacket", "house_painter": "coveralls", "welder": "coveralls",
    "roofer": "hi_vis|work_jacket", "tiler": "work_jacket|", "hvac_technician": "coveralls",
    "maintenance_technician": "coveralls|", "site_manager": "hi_vis", "surveyor": "hi_vis|",
    "crane_operator": "hi_vis", "delivery_driver": "hi_vis|", "warehouse_worker": "hi_vis",
    "forklift_operator": "hi_vis", "postal_worker": "hi_vis|", "refuse_collector": "hi_vis",
    "factory_worker": "coveralls", "machine_operator": "coveralls", "machinist": "coveralls",
    "farm_worker": "overalls|work_jacket", "gardener": "work_jacket|overalls",
    "security_guard": "police|", "prison_officer": "police", "customs_officer": "police",
    "coach": "polo", "yoga_instructor": "polo|", "lifeguard": "polo",
}  # fmt: skip
# English words an LLM may write that are not in the offline vocabulary
EXTRA_WORDS = {
    "paramedic": "scrubs",
    "surgeon": "scrubs",
    "midwife": "scrubs",
    "caregiver": "scrubs",
    "scientist": "lab_coat",
    "chemist": "lab_coat",
    "lab": "lab_coat",
    "laboratory": "lab_coat",
    "biologist": "lab_coat",
    "cook": "chef",
    "police": "police",
    "officer": "police",
    "sheriff": "police",
    "guard": "police",
    "construction": "hi_vis",
    "builder": "hi_vis",
    "welder": "coveralls",
    "technician": "coveralls",
    "server": "waiter",
    "bartender": "waiter",
    "schoolgirl": "school",
    "schoolboy": "school",
}
SCRUBS = (
    (64, 150, 160),
    (70, 110, 170),
    (96, 160, 120),
    (44, 60, 100),
    (130, 60, 90),
    (120, 170, 200),
)
NAVY = ((30, 40, 66), (24, 28, 40), (40, 56, 90))


@lru_cache(maxsize=1024)
def _occupation_key(occupation: str) -> str | None:
    try:  # the offline text provider's own multilingual occupation words
        from avatargen.providers.offline_text import hints

        found = hints.parse(occupation.lower()).occupations
    except Exception:  # noqa: BLE001 - any trouble there only costs the uniform
        found = ()
    return found[0] if found else None


def outfit_for(occupation: str, age: int, rng: random.Random) -> str:
    """The outfit name for an occupation ("" for the style's own clothes)."""
    choices = ""
    key = _occupation_key(occupation) if occupation else None
    if key in BY_OCCUPATION:
        choices = BY_OCCUPATION[key]
    elif key == "retiree":
        return ""  # "retired chemist": everyday clothes, not the old job's lab coat
    else:
        for word in re.findall(r"[a-z]+", occupation.lower()):
            if word in EXTRA_WORDS:
                choices = EXTRA_WORDS[word]
                break
    if not choices and (key == "student" or not occupation) and age < 18:
        choices = "school|"
    options = choices.split("|")
    pick = rng.choice(options)
    if pick == "school" and age >= 19:
        return ""
    return pick


def outfit_colour(outfit: str, rng: random.Random):
    table = {
        "scrubs": SCRUBS,
        "lab_coat": (WHITE,),
        "chef": (WHITE,),
        "waiter": (WHITE,),
        "police": NAVY,
        "firefighter": ((176, 150, 96), (40, 40, 44), (150, 130, 90)),
        "pilot": (WHITE,),
        "cabin_crew": ((40, 52, 100), (130, 30, 44), (30, 30, 36), (60, 110, 130)),
        "hi_vis": ((222, 240, 60), (250, 140, 40)),
        "coveralls": ((50, 70, 110), (90, 96, 100), (60, 84, 70), (150, 60, 40)),
        "work_jacket": ((150, 110, 60), (90, 80, 60), (70, 90, 110)),
        "overalls": ((66, 92, 140), (90, 110, 90)),
        "apron": ((40, 40, 44), (110, 70, 50), (50, 90, 70), (60, 80, 120)),
        "school": ((34, 44, 80), (110, 30, 44), (40, 70, 50), (40, 40, 44)),
        "polo": ((30, 30, 36), (200, 50, 50), (40, 110, 190), (40, 150, 120)),
    }
    return rng.choice(table.get(outfit, (WHITE,)))


# --------------------------------------------------------------------------- painters
# Each gets the canvas, the identity, the torso mask (already filled with the outfit
# colour), the colour and an rng; shapes are in head units (neck base ~y 2, shoulders
# ~y 2.7, the image ends near y 4.1).


def _mirror(pts):
    return [(-x, y) for x, y in pts]


def _edge(colour, f: float = 0.72):
    return (*scale(colour, f), 255)


def _pocket(c: Canvas, x: float, y: float, colour, flap: bool = False) -> None:
    pts = [(x - 0.28, y), (x + 0.28, y), (x + 0.26, y + 0.55), (x - 0.26, y + 0.55)]
    c.line([*pts, pts[0]], _edge(colour, 0.8), 0.025)
    if flap:
        c.poly(
            [
                (x - 0.3, y - 0.04),
                (x + 0.3, y - 0.04),
                (x + 0.28, y + 0.14),
                (x, y + 0.2),
                (x - 0.28, y + 0.14),
            ],
            scale(colour, 0.9),
        )


def _collar(c: Canvas, colour, y: float = 1.85, spread: float = 0.0) -> None:
    left = [
        (-0.52, y - 0.05),
        (-0.04, y + 0.45),
        (-0.36 - spread, y + 0.65),
        (-0.66 - spread, y + 0.2),
    ]
    for pts in (left, _mirror(left)):
        c.poly(pts, scale(colour, 0.95))
        c.line([*pts, pts[0]], _edge(colour), 0.025)


def _tie(c: Canvas, colour) -> None:
    c.poly([(-0.09, 2.27), (0.09, 2.27), (0.07, 2.45), (-0.07, 2.45)], scale(colour, 0.85))
    c.poly([(-0.07, 2.45), (0.07, 2.45), (0.17, 3.4), (0, 3.62), (-0.17, 3.4)], colour)


def _shirt_front(c: Canvas, colour, depth: float = 3.6, width: float = 0.9) -> None:
    c.poly([(-0.66, 1.8), (0.66, 1.8), (width, depth + 0.4), (-width, depth + 0.4)], colour)


def _epaulettes(c: Canvas, ident, colour, bars: int = 0) -> None:
    sw = 2.45 * ident.build
    for sd in (-1, 1):
        pts = [
            (sd * 1.05, 2.2),
            (sd * (sw - 0.35), 2.42),
            (sd * (sw - 0.3), 2.62),
            (sd * 1.05, 2.42),
        ]
        c.poly(pts, colour)
        for k in range(bars):
            x = sd * (sw - 0.5 - k * 0.13)
            c.line([(x, 2.32 + 0.02 * k * 0), (x - sd * 0.02, 2.56)], GOLD, 0.045)


def scrubs(c: Canvas, ident, m: Mask, colour, rng: random.Random) -> None:
    v = smooth([(-0.62, 1.98), (0, 2.9), (0.62, 1.98)], 1, False)
    c.line(v, scale(colour, 0.8), 0.1)
    _pocket(c, 1.15, 3.05, colour)
    c.line([(1.02, 2.9), (1.04, 3.25)], (40, 40, 50), 0.035)  # a pen
    if rng.random() < 0.55:  # stethoscope around the neck
        tube = (40, 42, 48)
        for sd in (-1, 1):
            c.line(
                smooth(
                    [(sd * 0.72, 1.95), (sd * 0.95, 2.5), (sd * 0.7, 3.3), (sd * 0.45, 3.6)],
                    1,
                    False,
                ),
                tube,
                0.05,
            )
        c.ellipse(0.45, 3.68, 0.13, 0.13, SILVER)
        c.ellipse(0.45, 3.68, 0.08, 0.08, scale(SILVER, 0.8))
    else:  # ID badge on a lanyard
        c.line([(-0.6, 2.0), (-0.85, 3.1)], mix(colour, (250, 250, 250), 0.5), 0.04)
        c.rect(-1.05, 3.1, -0.65, 3.6, WHITE)
        c.rect(-1.0, 3.18, -0.85, 3.36, (120, 150, 190))


def lab_coat_under(c: Canvas, ident, colour, rng: random.Random) -> None:
    shirt = scale(ident.clothing_colour, 1.0)
    _shirt_front(c, shirt)
    if ident.clothing in ("business", "classic", "smart casual"):
        _collar(c, mix(shirt, WHITE, 0.6))
        if rng.random() < 0.6:
            _tie(c, mix(ident.clothing_accent, (60, 30, 40), 0.5))


def lab_coat(c: Canvas, ident, m: Mask, colour, rng: random.Random) -> None:
    lapel = [(-0.7, 1.98), (-0.05, 3.35), (-0.35, 3.1), (-0.98, 2.62), (-0.82, 2.5), (-0.95, 2.3)]
    for pts in (lapel, _mirror(lapel)):
        c.poly(pts, scale(colour, 0.95))
        c.line(pts[1:], _edge(colour, 0.8), 0.025)
    c.line([(0.02, 3.35), (0.06, 4.6)], _edge(colour, 0.8), 0.025)
    _pocket(c, 1.2, 3.05, colour)
    for k, pen in enumerate(((40, 70, 150), (30, 30, 34))):
        x = 1.02 + k * 0.12
        c.line([(x, 2.85), (x, 3.2)], pen, 0.04)
    c.ellipse(-0.3 + 0.0, 3.9, 0.04, 0.04, scale(colour, 0.75))


def chef(c: Canvas, ident, m: Mask, colour, rng: random.Random) -> None:
    c.poly([(-0.6, 1.6), (0.6, 1.6), (0.7, 2.1), (-0.7, 2.1)], scale(colour, 0.96))  # collar
    c.line([(-0.6, 1.62), (0.6, 1.62)], _edge(colour, 0.82), 0.03)
    c.line(
        smooth([(0.62, 2.08), (0.2, 2.3), (-0.5, 2.6), (-0.62, 4.6)], 1, False),
        _edge(colour, 0.8),
        0.03,
    )
    for x in (-0.85, 0.5):
        for y in (2.75, 3.3, 3.85):
            c.ellipse(x, y, 0.07, 0.07, scale(colour, 0.78))
            c.ellipse(x - 0.015, y - 0.015, 0.03, 0.03, (255, 255, 255, 200))
    if rng.random() < 0.5:  # neckerchief
        k = rng.choice(((200, 50, 50), (40, 80, 160), (30, 30, 34)))
        c.poly(smooth([(-0.62, 2.0), (0, 2.22), (0.62, 2.0), (0.2, 2.45), (-0.2, 2.45)], 1), k)


def waiter_under(c: Canvas, ident, colour, rng: random.Random) -> None:
    _shirt_front(c, WHITE)
    _collar(c, WHITE)
    c.poly(
        [(-0.2, 2.22), (0, 2.32), (0.2, 2.22), (0.2, 2.42), (0, 2.34), (-0.2, 2.42)], (30, 30, 34)
    )


def waiter(c: Canvas, ident, m: Mask, colour, rng: random.Random) -> None:
    vest = (34, 34, 40)
    sw = 2.45 * ident.build
    for sd in (-1, 1):
        c.poly(
            [
                (sd * 0.68, 2.0),
                (sd * 0.12, 3.4),
                (sd * 0.2, 4.6),
                (sd * (sw - 0.6), 4.6),
                (sd * (sw - 0.7), 2.6),
                (sd * 1.1, 2.15),
            ],
            vest,
        )
    for y in (3.6, 4.0):
        c.ellipse(0.2, y, 0.045, 0.045, (200, 200, 200))


def police(c: Canvas, ident, m: Mask, colour, rng: random.Random) -> None:
    _collar(c, colour, 1.85, 0.05)
    if rng.random() < 0.5:
        _tie(c, (20, 20, 24))
    _epaulettes(c, ident, scale(colour, 0.8))
    _pocket(c, -1.15, 3.0, colour, flap=True)
    _pocket(c, 1.15, 3.0, colour, flap=True)
    shield = [(0.95, 2.62), (1.12, 2.56), (1.29, 2.62), (1.27, 2.86), (1.12, 2.98), (0.97, 2.86)]
    c.poly(shield, GOLD if rng.random() < 0.6 else SILVER)
    c.ellipse(1.12, 2.76, 0.05, 0.05, scale(GOLD, 0.7))
    c.rect(-1.35, 2.66, -0.95, 2.78, (230, 230, 230))  # name bar
    c.line([(0.0, 2.4), (0.0, 4.6)], _edge(colour, 0.7), 0.025)


def firefighter(c: Canvas, ident, m: Mask, colour, rng: random.Random) -> None:
    c.poly([(-0.75, 1.55), (0.75, 1.55), (0.95, 2.25), (-0.95, 2.25)], scale(colour, 0.88))
    c.line([(-0.75, 1.57), (0.75, 1.57)], _edge(colour, 0.65), 0.04)
    sw = 2.45 * ident.build
    stripes = c.mask(-4.6, 0.3, 4.6, 5.6)
    silver = c.mask(-4.6, 0.3, 4.6, 5.6)
    for y in (3.0, 3.85):  # reflective bands round the chest and the hem
        stripes.line([(-5, y), (5, y)], 0.26)
        silver.line([(-5, y), (5, y)], 0.1)
    for sd in (-1, 1):  # and down the sleeves
        arm = [(sd * (sw - 0.3), 2.75), (sd * (sw - 0.2), 3.9)]
        stripes.line(arm, 0.26)
        silver.line(arm, 0.1)
    stripes.clip(m).paint((226, 236, 70))
    silver.clip(m).paint(SILVER)
    c.poly([(-0.22, 2.25), (0.22, 2.25), (0.22, 4.6), (-0.22, 4.6)], scale(colour, 0.92))
    for y in (2.6, 3.1, 4.0):
        c.rect(-0.3, y, 0.3, y + 0.09, (40, 40, 40))


def pilot(c: Canvas, ident, m: Mask, colour, rng: random.Random) -> None:
    _collar(c, colour)
    _tie(c, (24, 26, 34))
    _epaulettes(c, ident, (24, 26, 34), bars=rng.choice((3, 4)))
    _pocket(c, -1.15, 3.05, colour, flap=True)
    _pocket(c, 1.15, 3.05, colour, flap=True)
    wings = [(0.8, 2.82), (1.15, 2.74), (1.5, 2.82), (1.15, 2.88)]
    c.poly(wings, GOLD)
    c.ellipse(1.15, 2.81, 0.05, 0.05, scale(GOLD, 0.75))


def cabin_crew_under(c: Canvas, ident, colour, rng: random.Random) -> None:
    _shirt_front(c, WHITE)


def cabin_crew(c: Canvas, ident, m: Mask, colour, rng: random.Random) -> None:
    lapel = [(-0.7, 1.98), (-0.05, 3.3), (-0.3, 3.05), (-0.95, 2.62), (-0.8, 2.5), (-0.92, 2.3)]
    for pts in (lapel, _mirror(lapel)):
        c.poly(pts, scale(colour, 0.86))
        c.line(pts[1:], _edge(colour, 0.6), 0.03)
    scarf = rng.choice(((220, 60, 60), (240, 190, 70), (90, 160, 210), (250, 250, 250)))
    c.poly(
        smooth([(-0.6, 1.95), (0, 2.2), (0.6, 1.95), (0.5, 2.35), (0, 2.5), (-0.5, 2.35)], 1), scarf
    )
    c.poly([(0.05, 2.35), (0.45, 2.75), (0.3, 2.95), (-0.05, 2.5)], scale(scarf, 0.9))
    c.poly([(0.95, 2.85), (1.25, 2.8), (1.45, 2.85), (1.25, 2.9)], GOLD)
    c.rect(-1.3, 2.9, -0.9, 3.04, (230, 230, 230))
    for y in (3.7, 4.2):
        c.ellipse(0.04, y, 0.06, 0.06, scale(colour, 0.6))


def hi_vis(c: Canvas, ident, m: Mask, colour, rng: random.Random) -> None:
    sw = 2.45 * ident.build
    vest = c.mask(-4.6, 0.3, 4.6, 5.6)
    for sd in (-1, 1):
        vest.poly(
            [
                (sd * 0.62, 2.05),
                (sd * 1.2, 2.2),
                (sd * (sw - 0.35), 2.65),
                (sd * (sw - 0.1), 3.3),
                (sd * (sw - 0.05), 5.6),
                (sd * 0.35, 5.6),
                (sd * 0.35, 2.9),
            ]
        )
    vest.clip(m).paint(colour)
    band = c.mask(-4.6, 0.3, 4.6, 5.6)
    for y in (3.35, 3.9):
        band.line([(-5, y), (5, y)], 0.15)
    for sd in (-1, 1):
        band.line([(sd * 0.85, 2.15), (sd * 0.8, 3.4)], 0.15)
    band.clip(vest).paint(SILVER)
    c.ellipse(0.38, 3.1, 0.04, 0.04, scale(colour, 0.7))


def coveralls(c: Canvas, ident, m: Mask, colour, rng: random.Random) -> None:
    _collar(c, colour, 1.85, 0.1)
    c.line([(0.0, 2.35), (0.0, 4.6)], (*SILVER, 255), 0.04)
    c.line([(0.07, 2.35), (0.07, 4.6)], _edge(colour, 0.7), 0.02)
    _pocket(c, -1.15, 3.1, colour, flap=True)
    c.ellipse(1.15, 2.9, 0.34, 0.17, WHITE)
    c.ellipse(1.15, 2.9, 0.34, 0.17, None, outline=(190, 40, 40, 255), width=0.03)
    c.line([(0.95, 2.9), (1.35, 2.9)], (190, 40, 40), 0.025)
    for _ in range(3):  # a little grease
        x, y = rng.uniform(-1.6, 1.6), rng.uniform(3.3, 4.1)
        c.ellipse(x, y, 0.09, 0.05, (*scale(colour, 0.6), 110))


def work_jacket(c: Canvas, ident, m: Mask, colour, rng: random.Random) -> None:
    _collar(c, scale(colour, 0.85), 1.9, 0.15)
    c.line([(0.0, 2.4), (0.0, 4.6)], _edge(colour, 0.65), 0.035)
    for sd in (-1, 1):
        _pocket(c, sd * 1.1, 3.05, colour, flap=True)
    c.line([(-1.8, 2.45), (-0.2, 2.45)], _edge(colour, 0.8), 0.02)  # yoke seam
    c.line([(0.2, 2.45), (1.8, 2.45)], _edge(colour, 0.8), 0.02)


def overalls(c: Canvas, ident, m: Mask, colour, rng: random.Random) -> None:
    shirt = ident.clothing_colour
    bib = c.mask(-4.6, 0.3, 4.6, 5.6)
    bib.poly([(-0.85, 3.05), (0.85, 3.05), (0.95, 5.6), (-0.95, 5.6)])
    for sd in (-1, 1):
        bib.line([(sd * 0.75, 3.1), (sd * 1.05, 2.2)], 0.2)
    bib.clip(m).paint(colour)
    for sd in (-1, 1):
        c.ellipse(sd * 0.72, 3.18, 0.07, 0.07, (200, 170, 90))
    c.rect(-0.35, 3.3, 0.35, 3.75, scale(colour, 0.88))
    _collar(c, scale(shirt, 0.9), 1.9, 0.1)


def apron(c: Canvas, ident, m: Mask, colour, rng: random.Random) -> None:
    bib = c.mask(-4.6, 0.3, 4.6, 5.6)
    bib.poly([(-0.7, 2.85), (0.7, 2.85), (0.9, 4.0), (1.0, 5.6), (-1.0, 5.6), (-0.9, 4.0)])
    bib.clip(m).paint(colour)
    for sd in (-1, 1):
        c.line([(sd * 0.68, 2.88), (sd * 0.55, 2.05)], scale(colour, 0.85), 0.06)
    c.rect(-0.4, 3.25, 0.4, 3.7, scale(colour, 0.9))
    c.line([(0, 3.25), (0, 3.7)], _edge(colour, 0.7), 0.02)


def school_under(c: Canvas, ident, colour, rng: random.Random) -> None:
    _shirt_front(c, WHITE)
    _collar(c, WHITE)
    stripe = rng.choice(((150, 30, 40), (30, 60, 120), (40, 100, 60), (200, 160, 60)))
    c.poly([(-0.09, 2.27), (0.09, 2.27), (0.07, 2.45), (-0.07, 2.45)], scale(stripe, 0.85))
    c.poly([(-0.07, 2.45), (0.07, 2.45), (0.17, 3.4), (0, 3.62), (-0.17, 3.4)], stripe)
    for k in range(4):
        y = 2.6 + k * 0.25
        c.line([(-0.12, y), (0.14, y - 0.1)], (240, 220, 120), 0.03)


def school(c: Canvas, ident, m: Mask, colour, rng: random.Random) -> None:
    lapel = [(-0.7, 1.98), (-0.05, 3.3), (-0.3, 3.05), (-0.95, 2.62), (-0.8, 2.5), (-0.92, 2.3)]
    for pts in (lapel, _mirror(lapel)):
        c.poly(pts, scale(colour, 0.86))
        c.line(pts[1:], _edge(colour, 0.6), 0.03)
    crest = [(0.95, 2.95), (1.35, 2.95), (1.33, 3.25), (1.15, 3.4), (0.97, 3.25)]
    c.poly(crest, (220, 180, 80))
    c.poly([(1.03, 3.02), (1.27, 3.02), (1.25, 3.22), (1.15, 3.3), (1.05, 3.22)], colour)
    _pocket(c, 1.15, 2.9, colour)


def polo(c: Canvas, ident, m: Mask, colour, rng: random.Random) -> None:
    _collar(c, colour, 1.88, 0.0)
    c.line([(0, 2.3), (0, 2.95)], _edge(colour, 0.7), 0.025)
    for y in (2.5, 2.8):
        c.ellipse(0.06, y, 0.035, 0.035, (240, 240, 240))
    c.poly([(0.95, 2.85), (1.4, 2.85), (1.4, 3.0), (0.95, 3.0)], (240, 240, 240))


# outfit -> (neckline, under painter or None, painter, keeps the style's colour as fill)
OUTFITS = {
    "scrubs": ("v", None, scrubs, False),
    "lab_coat": ("deepv", lab_coat_under, lab_coat, False),
    "chef": ("high", None, chef, False),
    "waiter": ("deepv", waiter_under, waiter, False),
    "police": ("crew", None, police, False),
    "firefighter": ("high", None, firefighter, False),
    "pilot": ("crew", None, pilot, False),
    "cabin_crew": ("deepv", cabin_crew_under, cabin_crew, False),
    "hi_vis": ("crew", None, hi_vis, True),
    "coveralls": ("crew", None, coveralls, False),
    "work_jacket": ("v", None, work_jacket, False),
    "overalls": ("crew", None, overalls, True),
    "apron": ("crew", None, apron, True),
    "school": ("deepv", school_under, school, False),
    "polo": ("crew", None, polo, False),
}
