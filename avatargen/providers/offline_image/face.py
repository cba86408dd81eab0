"""The head: outline, ears, skin shading, age lines, freckles, facial hair and glasses.

Eyes, brows, nose and mouth (the parts that carry expression) are in ``features``.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from functools import lru_cache

from avatargen.providers.offline_image.canvas import (
    Canvas,
    Mask,
    arc_pts,
    mix,
    scale,
    shadow_of,
    smooth,
)
from avatargen.providers.offline_image.identity import Identity
from avatargen.providers.offline_image.scene import Scene

TOP = 1.22  # cranium half-height (units); the chin depth depends on the face shape
# shape -> (width factor, chin depth, superellipse exponent, jaw taper)
SHAPES = {
    "oval": (1.0, 1.32, 2.0, 0.16),
    "round": (1.06, 1.2, 2.3, 0.06),
    "square": (1.03, 1.27, 3.2, 0.1),
    "heart": (1.02, 1.34, 1.9, 0.36),
    "long": (0.93, 1.48, 2.4, 0.16),
    "diamond": (0.99, 1.38, 1.8, 0.3),
    "triangle": (0.96, 1.3, 2.8, -0.04),  # a jaw wider than the temples
}
HEAD_BOX = (-2.6, -2.7, 2.6, 3.6)  # every head-related mask covers this unit box


@dataclass
class Head:
    """Geometry shared by face, features and hair."""

    w: float  # half-width at the cheekbones
    chin: float
    outline: tuple
    shift: float  # how far features move sideways with the turn
    skin: tuple
    shade: tuple
    mask: Mask  # the face silhouette (HEAD_BOX)


@lru_cache(maxsize=64)
def outline(ident: Identity, n: int = 56) -> tuple[float, float, tuple]:
    """The face silhouette: a cranium on top of a superellipse jaw, shaped by the face
    shape, jaw, cheekbones and chin, and (with age) softened, dropping jowls (kept for
    the last few identities: each image of a persona needs it up to three times)."""
    wf, chin, expo, taper = SHAPES.get(ident.face_shape, SHAPES["oval"])
    w = wf * ident.face_width
    sag = ident.sag
    chin = chin * ident.chin_length + 0.06 * sag
    if ident.age < 16:
        expo += 0.25  # children's faces are rounder
    taper += ident.jaw
    temple = 1 - 0.05 * (ident.face_shape in ("diamond", "triangle"))
    pts = []
    for i in range(n):
        t = 2 * math.pi * i / n
        c, s = math.cos(t), math.sin(t)
        if s < 0:
            pts.append((w * c * (temple + (1 - temple) * (1 + s)), TOP * s))
        else:
            e = 2 / expo
            x = w * math.copysign(abs(c) ** e, c)
            y = chin * s**e
            v = y / chin
            x *= 1 - taper * v**2
            x *= 1 + 0.07 * ident.cheek * math.exp(-(((y - 0.22) / 0.25) ** 2))
            x *= 1 - 0.22 * ident.chin_point * v**5
            x *= 1 + 0.08 * sag * math.exp(-(((v - 0.78) / 0.14) ** 2))  # jowls
            pts.append((x, y))
    return w, chin, tuple(pts)


def build_head(c: Canvas, ident: Identity, scene: Scene) -> Head:
    w, chin, pts = outline(ident)
    mask = c.mask(*HEAD_BOX).poly(pts)
    return Head(
        w=w,
        chin=chin,
        outline=pts,
        shift=scene.turn * 0.13,
        skin=ident.skin,
        shade=shadow_of(ident.skin, 0.2),
        mask=mask,
    )


def draw_ears(c: Canvas, ident: Identity, head: Head, scene: Scene) -> None:
    for side in (-1, 1):
        # the ear on the side the face turns towards slips behind the head
        tuck = max(0.0, scene.turn * side) * 0.12
        x = side * (head.w * 0.96 - tuck)
        rx, ry = 0.15 * ident.ear_size, 0.26 * ident.ear_size
        c.ellipse(x, 0.14, rx, ry, head.shade)
        c.ellipse(x + side * 0.015, 0.14, rx * 0.85, ry * 0.88, head.skin)
        c.ellipse(x + side * 0.03, 0.13, rx * 0.45, ry * 0.55, (*shadow_of(head.skin, 0.3), 150))


def draw_face(c: Canvas, ident: Identity, head: Head, scene: Scene) -> None:
    """Skin, shading and blush, clipped to the face silhouette."""
    c.poly(head.outline, head.skin)
    if head.mask.c is c:
        head.mask.drawn()
    light = scene.light
    # the side away from the light falls into shade
    shade = c.mask(*HEAD_BOX).ellipse(-light * 1.35, 0.35, 0.85, 1.8).soften(0.35).clip(head.mask)
    shade.paint(head.shade, 0.55)
    lit = c.mask(*HEAD_BOX).ellipse(light * 0.35, -0.45, 0.45, 0.35).soften(0.3).clip(head.mask)
    lit.paint(mix(head.skin, (255, 250, 240), 0.35), 0.35)
    # under the jaw, then blush
    jaw = c.mask(*HEAD_BOX).ellipse(0, head.chin + 0.25, head.w * 0.8, 0.5).soften(0.12)
    jaw.clip(head.mask).paint(head.shade, 0.35)
    blush = (220, 110, 110) if sum(head.skin) > 450 else (170, 70, 70)
    a = 0.06 + 0.26 * ident.blush
    b = c.mask(*HEAD_BOX)
    for side in (-1, 1):
        b.ellipse(side * 0.56 + head.shift, 0.5, 0.22, 0.13)
    b.soften(0.08).clip(head.mask).paint(blush, a)
    if ident.freckles:
        _freckles(c, ident, head)
    if ident.mole:
        x, y = ident.mole
        c.ellipse(x, y, 0.028, 0.026, (*scale(shadow_of(head.skin, 0.45), 0.8), 220))


def _freckles(c: Canvas, ident: Identity, head: Head) -> None:
    rng = random.Random(ident.key ^ 0xF7EC)
    colour = (*shadow_of(head.skin, 0.28), 130)
    for _ in range(26):
        side = rng.choice((-1, 1))
        x = side * rng.uniform(0.12, 0.7) + head.shift
        y = 0.42 + rng.uniform(-0.12, 0.14) - 0.1 * (1 - abs(x))
        r = rng.uniform(0.012, 0.022)
        c.ellipse(x, y, r, r, colour)


def draw_age(c: Canvas, ident: Identity, head: Head) -> None:
    """What age draws into a face: folds from nose to mouth, marionette lines, forehead
    lines, crow's feet, under-eye bags and hollows, jowl creases and age spots (drawn
    before the hair, so fringes may cover the forehead)."""
    k, sag = ident.wrinkles, ident.sag
    if k <= 0.05:
        return
    # deeper skin needs a bigger step for a line to show
    dark = shadow_of(head.skin, 0.34 if sum(head.skin) > 420 else 0.5)
    line = (*dark, int(60 + 170 * k))
    soft = (*dark, int(40 + 120 * k))
    s = head.shift
    sp = 0.4 * ident.eye_spacing
    ey = 0.07 + ident.eye_y
    my = 0.86 + ident.mouth_y
    mw = 0.26 * ident.mouth_width
    # bags and hollows under the eyes, soft
    bags = c.mask(*HEAD_BOX)
    for side in (-1, 1):
        bags.ellipse(s + side * sp, ey + 0.17, 0.17, 0.07)
        if k > 0.45:
            bags.ellipse(s + side * (sp + 0.12), 0.5 + 0.05 * sag, 0.16, 0.14)  # cheek hollow
    bags.soften(0.05).clip(head.mask).paint(dark, 0.1 + 0.3 * k)
    for side in (-1, 1):
        # nose-to-mouth folds, deeper and longer with age
        x0 = s + side * 0.17 * ident.nose_width
        pts = [
            (x0, 0.47),
            (s + side * (mw + 0.04), my - 0.06),
            (s + side * (mw + 0.1), my + 0.08 + 0.1 * sag),
        ]
        c.line(smooth(pts, 2, closed=False), line if k > 0.25 else soft, 0.02 + 0.02 * k)
        if k > 0.85:  # a second, outer cheek line
            outer = [(x + side * 0.09, y + 0.02) for x, y in pts]
            c.line(smooth(outer, 2, closed=False), soft, 0.018)
        if k > 0.3:  # under-eye line
            u = [(s + side * (sp - 0.14), ey + 0.14), (s + side * sp, ey + 0.2)]
            u.append((s + side * (sp + 0.16), ey + 0.15))
            c.line(smooth(u, 1, False), soft, 0.016)
        if k > 0.35:  # crow's feet
            ex = s + side * (sp + 0.2)
            for dy in (-0.05, 0.01, 0.07):
                c.line([(ex, ey + dy * 0.4), (ex + side * 0.11, ey + dy)], soft, 0.014)
        if k > 0.6:  # marionette lines from the mouth corners
            c.line(
                [(s + side * (mw + 0.01), my + 0.05), (s + side * (mw + 0.05), my + 0.3)],
                soft,
                0.018,
            )
        if sag > 0.35:  # jowl crease
            jx = side * head.w * 0.62
            j = [(jx, head.chin - 0.4), (jx * 0.92, head.chin - 0.15)]
            j.append((jx * 0.75, head.chin - 0.02))
            c.line(smooth(j, 1, False), soft, 0.02)
    if k > 0.4:  # the crease between lower lip and chin
        c.line(
            smooth([(s - 0.16, my + 0.2), (s, my + 0.24), (s + 0.16, my + 0.2)], 1, False),
            soft,
            0.02,
        )
    if k > 0.6:  # fine lines above the upper lip
        for dx in (-0.14, -0.05, 0.05, 0.14):
            c.line([(s + dx, my - 0.16), (s + dx * 1.1, my - 0.08)], soft, 0.012)
    if k > 0.25:  # forehead lines
        for i in range(1 if k < 0.5 else 2 if k < 0.75 else 3):
            y = -0.5 - i * 0.12
            c.line(
                smooth([(-0.42, y + 0.03), (0, y - 0.02), (0.42, y + 0.03)], 2, False), line, 0.016
            )
    if k > 0.2:  # the frown line between the brows
        c.line([(s - 0.05, -0.14), (s - 0.04, -0.02)], soft, 0.014)
    if k > 0.7:  # a few age spots
        rng = random.Random(ident.key ^ 0xA6E)
        spot = (*shadow_of(head.skin, 0.2), 90)
        for _ in range(5):
            x, y = rng.choice((-1, 1)) * rng.uniform(0.55, 0.8), rng.uniform(-0.6, 0.35)
            r = rng.uniform(0.025, 0.045)
            c.ellipse(x, y, r, r * 0.8, spot)


def draw_facial_hair(c: Canvas, ident: Identity, head: Head, under_mouth: bool) -> None:
    """Stubble/beard/goatee go under the mouth; a mustache goes over it."""
    kind = ident.facial_hair
    if kind == "none":
        return
    hair = ident.hair_colour
    dark = scale(hair, 0.85)
    s, w, chin = head.shift, head.w, head.chin
    if under_mouth and kind in ("stubble", "beard"):
        top = [
            (w * 1.0, 0.3),
            (w * 0.78, 0.62),
            (s + 0.32, 0.68),
            (s, 0.7),
            (s - 0.32, 0.68),
            (-w * 0.78, 0.62),
            (-w * 1.0, 0.3),
        ]
        bottom = [
            (-w * 1.05, 0.25),
            (-w * 0.9, 0.9),
            (-0.35, chin + 0.08),
            (0, chin + 0.14),
            (0.35, chin + 0.08),
            (w * 0.9, 0.9),
            (w * 1.05, 0.25),
        ]
        m = c.mask(*HEAD_BOX).poly(smooth(top + bottom, 2))
        if kind == "stubble":
            m.soften(0.06).clip(head.mask).paint(dark, 0.22)
        else:
            m.soften(0.02).paint(hair)
            tex = c.mask(*HEAD_BOX)
            rng = random.Random(ident.key ^ 0xBEA)
            for _ in range(40):
                x, y = rng.uniform(-w, w), rng.uniform(0.6, chin + 0.1)
                tex.line([(x, y), (x + rng.uniform(-0.04, 0.04), y + 0.08)], 0.018)
            tex.clip(m).paint(scale(hair, 0.7), 0.5)
    if under_mouth and kind == "goatee":
        m = c.mask(*HEAD_BOX).ellipse(s, chin - 0.18, 0.3, 0.28)
        m.ellipse(s, 0.92, 0.34, 0.1).soften(0.02)
        m.paint(hair)
    if not under_mouth and kind in ("beard", "goatee", "mustache"):
        m = s * 1.2  # follows the mouth
        pts = [
            (m - 0.37, 0.9),
            (m - 0.31, 0.73),
            (m - 0.12, 0.63),
            (m, 0.66),
            (m + 0.12, 0.63),
            (m + 0.31, 0.73),
            (m + 0.37, 0.9),
            (m + 0.27, 0.82),
            (m + 0.1, 0.8),
            (m, 0.81),
            (m - 0.1, 0.8),
            (m - 0.27, 0.82),
        ]
        c.poly(smooth(pts, 1), hair)
        strands = (*scale(hair, 0.72), 140)
        for dx in (-0.22, -0.1, 0.1, 0.22):
            c.line([(m + dx, 0.68), (m + dx * 1.2, 0.78)], strands, 0.014)


def _rounded_rect(x0: float, y0: float, x1: float, y1: float, r: float) -> list:
    pts: list = []
    for cx, cy, a0 in (
        (x1 - r, y0 + r, 270),
        (x1 - r, y1 - r, 0),
        (x0 + r, y1 - r, 90),
        (x0 + r, y0 + r, 180),
    ):
        pts += arc_pts(cx, cy, r, r, a0, a0 + 90, 4)
    return pts


def draw_glasses(c: Canvas, ident: Identity, head: Head, scene: Scene) -> None:
    if not ident.glasses:
        return
    frame = (*ident.glasses_colour, 255)
    sp, s = 0.4 * ident.eye_spacing, head.shift
    lens_rx, lens_ry = 0.24, 0.19
    centres = []
    for side in (-1, 1):
        squeeze = 1 - max(0.0, scene.turn * side) * 0.25
        centres.append((s + side * sp * squeeze, 0.07 + ident.eye_y, lens_rx * squeeze))
    for x, y, rx in centres:
        if ident.glasses == "round":
            pts = [
                (
                    x + rx * math.cos(a / 24 * math.pi),
                    y + lens_ry * 1.1 * math.sin(a / 24 * math.pi),
                )
                for a in range(48)
            ]
        elif ident.glasses == "cat":
            sd = 1 if x > s else -1  # outer side of this lens
            corners = [
                (x - sd * rx, y - lens_ry * 0.8),
                (x + sd * rx * 1.15, y - lens_ry * 1.15),
                (x + sd * rx * 0.9, y + lens_ry * 0.7),
                (x - sd * rx * 0.8, y + lens_ry * 0.75),
            ]
            pts = smooth(corners, 2)
        else:
            pts = _rounded_rect(x - rx, y - lens_ry, x + rx, y + lens_ry * 0.8, 0.07)
        c.poly(pts, (255, 255, 255, 36))
        c.line([*pts, pts[0], pts[1]], frame, 0.035)
        c.line(
            [(x - rx * 0.4, y - lens_ry * 0.5), (x - rx * 0.1, y - lens_ry * 0.75)],
            (255, 255, 255, 120),
            0.025,
        )
    (lx, ly, lrx), (rx_, ry, rrx) = centres
    c.line(
        smooth(
            [(lx + lrx, ly - 0.03), ((lx + rx_) / 2, ly - 0.08), (rx_ - rrx, ry - 0.03)], 1, False
        ),
        frame,
        0.035,
    )
    for x, y, rx, side in ((lx, ly, lrx, -1), (rx_, ry, rrx, 1)):
        if scene.turn * side < 0.3:
            c.line([(x + side * rx, y - 0.05), (side * head.w * 0.98, 0.0)], frame, 0.03)
