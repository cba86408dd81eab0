"""Per-scene accessories: hats, scarf, earrings, headphones, necklace, a flower."""

from __future__ import annotations

import math
import random

from avatargen.providers.offline_image.canvas import Canvas, mix, scale, shadow_of, smooth
from avatargen.providers.offline_image.face import TOP, Head
from avatargen.providers.offline_image.identity import Identity
from avatargen.providers.offline_image.scene import Scene

COLOURS = (
    (200, 60, 60),
    (40, 90, 150),
    (230, 180, 60),
    (60, 130, 100),
    (236, 232, 222),
    (120, 80, 150),
    (40, 40, 46),
    (230, 120, 80),
)
GOLD = (222, 180, 90)


def _colour(ident: Identity, scene: Scene) -> tuple:
    rng = random.Random(scene.seed ^ 0xACC)
    options = [c for c in COLOURS if abs(sum(c) - sum(ident.clothing_colour)) > 60] or COLOURS
    return rng.choice(options)


def _cap_top(head: Head, vol: float, bottom: float, n: int = 20) -> list:
    pts = []
    for i in range(n + 1):
        a = math.pi + math.pi * i / n
        pts.append(((head.w + vol) * math.cos(a), -0.05 + (TOP + vol) * math.sin(a)))
    return [(-(head.w + vol), bottom), *pts, (head.w + vol, bottom)]


def _vol(ident: Identity) -> float:
    return {"long": 0.24, "medium": 0.24, "short": 0.16}.get(ident.hair_length, 0.06)


def beanie(c: Canvas, ident: Identity, head: Head, scene: Scene, colour) -> None:
    v = _vol(ident) + 0.04
    dome = smooth(_cap_top(head, v, -0.4), 1, False)
    c.poly(dome, colour)
    ribs = c.mask(-3, -3, 3, 0)
    for i in range(-6, 7):
        x = i * 0.19
        ribs.line([(x, -0.4), (x * 1.08, -TOP - v - 0.2)], 0.04)
    ribs.clip(c.mask(-3, -3, 3, 0).poly(dome)).paint(scale(colour, 0.82))
    band = [
        (-(head.w + v + 0.04), -0.72),
        (head.w + v + 0.04, -0.72),
        (head.w + v + 0.06, -0.3),
        (-(head.w + v + 0.06), -0.3),
    ]
    c.poly(smooth(band, 1), scale(colour, 0.9))
    c.ellipse(0, -TOP - v - 0.12, 0.26, 0.24, mix(colour, (255, 255, 255), 0.25))


def cap(c: Canvas, ident: Identity, head: Head, scene: Scene, colour) -> None:
    v = _vol(ident)
    shade = c.mask(-3, -1, 3, 0.3).ellipse(0, -0.42, head.w * 0.95, 0.22).soften(0.06)
    shade.clip(head.mask).paint(shadow_of(ident.skin, 0.35), 0.6)
    c.poly(smooth(_cap_top(head, v, -0.5), 1, False), colour)
    seam = (*scale(colour, 0.8), 255)
    c.line([(0, -TOP - v - 0.05), (0, -0.5)], seam, 0.03)
    for sd in (-1, 1):
        c.line(
            smooth([(0, -TOP - v - 0.05), (sd * 0.55, -1.0), (sd * 0.75, -0.5)], 1, False),
            seam,
            0.025,
        )
    c.ellipse(0, -TOP - v - 0.03, 0.08, 0.05, scale(colour, 0.8))
    # the brim points at the viewer: a shallow, slightly turned crescent
    t = scene.turn * 0.25
    hw = head.w + v - 0.05
    brim = [
        (t + hw * u, -0.52 + 0.3 * (1 - u * u) ** 0.5) for u in (i / 10 for i in range(-10, 11))
    ]
    brim += [(t + hw * u, -0.52 + 0.06 * (1 - u * u)) for u in (i / 10 for i in range(10, -11, -1))]
    c.poly(brim, scale(colour, 0.88))
    c.line(brim[:21], (*scale(colour, 0.7), 255), 0.025)


def sun_hat(c: Canvas, ident: Identity, head: Head, scene: Scene, colour) -> None:
    straw = (226, 200, 146)
    v = _vol(ident)
    c.ellipse(0, -0.72, head.w + v + 1.0, 0.42, straw)
    c.ellipse(0, -0.68, head.w + v + 0.95, 0.36, (*scale(straw, 0.92), 255))
    crown = [(x, min(y, -0.7) - 0.2) for x, y in _cap_top(head, v + 0.05, -0.7)]
    c.poly(crown, straw)
    band = c.mask(-3, -3, 3, 0).poly(crown)
    band.clip(c.mask(-3, -1.05, 3, -0.82).poly([(-3, -1.05), (3, -1.05), (3, -0.82), (-3, -0.82)]))
    band.paint(colour)


def scarf(c: Canvas, ident: Identity, head: Head, scene: Scene, colour) -> None:
    ring = smooth(
        [
            (-0.75, 1.75),
            (0, 1.95),
            (0.75, 1.75),
            (0.95, 2.2),
            (0.3, 2.6),
            (-0.3, 2.6),
            (-0.95, 2.2),
        ],
        2,
    )
    c.poly(ring, colour)
    end = [(0.15, 2.3), (0.62, 2.35), (0.7, 4.2), (0.2, 4.25)]
    c.poly(end, scale(colour, 0.92))
    stripe = mix(colour, (255, 255, 255), 0.5)
    for y in (3.6, 3.85):
        c.line([(0.18, y), (0.69, y)], stripe, 0.07)
    c.line(
        smooth([(-0.8, 2.05), (0, 2.3), (0.8, 2.05)], 1, False), (*scale(colour, 0.75), 200), 0.03
    )


def earrings(c: Canvas, ident: Identity, head: Head, scene: Scene, colour) -> None:
    hoops = scene.seed % 2 == 0
    for sd in (-1, 1):
        if scene.turn * sd > 0.35:
            continue
        x = sd * (head.w * 0.96 + 0.02)
        if hoops:
            c.ellipse(x, 0.5, 0.09, 0.11, None, outline=(*GOLD, 255), width=0.028)
        else:
            c.ellipse(x, 0.38, 0.045, 0.045, colour)
            c.ellipse(x - 0.012, 0.37, 0.015, 0.015, (255, 255, 255, 200))


def headphones(c: Canvas, ident: Identity, head: Head, scene: Scene, colour) -> None:
    dark = (40, 40, 46) if sum(colour) > 300 else (230, 230, 226)
    big_hair = ident.hair_style in ("afro", "bun", "locs")
    if big_hair:  # around the neck
        for sd in (-1, 1):
            c.ellipse(sd * 0.72, 2.05, 0.24, 0.3, dark)
            c.ellipse(sd * 0.72, 2.05, 0.15, 0.2, colour)
        c.line(smooth([(-0.7, 2.3), (0, 2.55), (0.7, 2.3)], 1, False), dark, 0.07)
        return
    v = _vol(ident) + 0.06
    band = [
        ((head.w + v) * math.cos(a), -0.05 + (TOP + v) * math.sin(a))
        for a in (math.pi + math.pi * i / 16 for i in range(17))
    ]
    c.line(band, dark, 0.1)
    for sd in (-1, 1):
        x = sd * (head.w + v * 0.6)
        c.ellipse(x, 0.1, 0.2, 0.34, dark)
        c.ellipse(x + sd * 0.03, 0.1, 0.12, 0.24, colour)


def necklace(c: Canvas, ident: Identity, head: Head, scene: Scene, colour) -> None:
    pts = smooth([(-0.48, 1.9), (-0.28, 2.4), (0, 2.62), (0.28, 2.4), (0.48, 1.9)], 2, False)
    c.line(pts, GOLD, 0.022)
    c.ellipse(0, 2.7, 0.07, 0.07, GOLD)
    c.ellipse(0, 2.7, 0.04, 0.04, colour)


def flower(c: Canvas, ident: Identity, head: Head, scene: Scene, colour) -> None:
    sd = ident.part_side
    cx, cy = sd * (head.w * 0.8), -0.85
    petal = mix(colour, (255, 255, 255), 0.3)
    for i in range(5):
        a = 2 * math.pi * i / 5
        c.ellipse(cx + 0.13 * math.cos(a), cy + 0.13 * math.sin(a), 0.1, 0.1, petal)
    c.ellipse(cx, cy, 0.07, 0.07, (240, 200, 70))


ACCESSORY_PAINTERS = {
    "beanie": beanie,
    "cap": cap,
    "sun hat": sun_hat,
    "scarf": scarf,
    "earrings": earrings,
    "headphones": headphones,
    "necklace": necklace,
    "flower": flower,
}


NECK_ACCESSORIES = frozenset({"scarf", "necklace"})


def draw_accessory(c: Canvas, ident: Identity, head: Head, scene: Scene, stage: str) -> None:
    """Draw the scene's accessory if it belongs to ``stage`` ("neck" or "head")."""
    painter = ACCESSORY_PAINTERS.get(scene.accessory)
    if painter and (scene.accessory in NECK_ACCESSORIES) == (stage == "neck"):
        painter(c, ident, head, scene, _colour(ident, scene))
