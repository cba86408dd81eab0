"""Hair styles with shapes of their own: curly clouds and afros, locs, a ponytail worn over
the shoulder, tufted fringes, and the shine on a bald head."""

from __future__ import annotations

import math
import random

from avatargen.providers.offline_image.canvas import Canvas, Mask, mix, shadow_of, smooth
from avatargen.providers.offline_image.face import HEAD_BOX, Head
from avatargen.providers.offline_image.identity import Identity
from avatargen.providers.offline_image.scene import Scene


def wave(pts: list, amp: float, phase: float) -> list:
    return [(x + (amp * math.sin(y * 4.2 + phase) if y > 0.3 else 0.0), y) for x, y in pts]


def cloud(ident: Identity, head: Head):
    """(cx, cy, rx, ry, bump radius) for hair worn as a rounded cloud, else None."""
    w = head.w
    if ident.hair_style == "afro":
        return (0.0, -0.55, w + 0.72, 1.62, 0.15)
    if ident.hair_style == "plain" and ident.hair_texture in ("curly", "coily"):
        if ident.hair_length == "medium":
            return (0.0, -0.38, w + 0.42, 1.4, 0.14)
        if ident.hair_length == "long":
            return (0.0, -0.12, w + 0.58, 1.85, 0.16)
    return None


def loc_lines(head: Head) -> list:
    out = []
    for sd in (-1, 1):
        for k in range(3):
            x = sd * (head.w + 0.08 - k * 0.14)
            out.append([(x, -0.2), (x + sd * 0.05, 1.2), (x + sd * 0.12, 2.4 - k * 0.2)])
    return out


def loc_ticks(c: Canvas, pts: list, colour) -> None:
    """Short diagonal marks along a loc so it reads as a rope, not a ribbon."""
    for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
        n = max(1, int(abs(y1 - y0) / 0.16))
        for i in range(n):
            t = (i + 0.5) / n
            x, y = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
            c.line([(x - 0.07, y - 0.04), (x + 0.07, y + 0.04)], colour, 0.02)


def tufts(pts: list, depth: float) -> list:
    """Turn a smooth fringe into pointed tufts (every third point dips)."""
    dense = smooth(pts, 2, closed=False)
    return [
        (x, y + depth) if i % 3 == 1 and y < -0.12 else (x, y) for i, (x, y) in enumerate(dense)
    ]


def draw_side_tail(c: Canvas, ident: Identity, head: Head) -> None:
    """A ponytail brought forward over one shoulder (drawn after the clothing)."""
    if ident.hair_style != "ponytail":
        return
    sd = -ident.part_side
    pts = [
        (sd * 0.42, 1.45),
        (sd * 0.95, 1.7),
        (sd * 1.25, 2.3),
        (sd * 1.32, 3.2),
        (sd * 1.12, 4.1),
        (sd * 0.98, 3.2),
        (sd * 0.82, 2.4),
        (sd * 0.45, 2.05),
    ]
    pts = smooth(pts, 3)
    if ident.hair_texture != "straight":
        pts = wave(pts, 0.05, 1.0)
    c.poly(pts, ident.hair_colour)
    dark = (*shadow_of(ident.hair_colour, 0.35), 160)
    for off in (-0.12, 0.0, 0.12):
        c.line(
            smooth(
                [(sd * (0.8 + off), 1.9), (sd * (1.1 + off), 2.6), (sd * (1.1 + off * 0.5), 3.6)],
                1,
                False,
            ),
            dark,
            0.02,
        )
    c.line(
        smooth([(sd * 1.02, 2.0), (sd * 1.2, 2.6), (sd * 1.2, 3.1)], 1, False),
        (*mix(ident.hair_colour, (255, 246, 230), 0.35), 140),
        0.06,
    )


def bumpy_ellipse(m: Mask, cx, cy, rx, ry, r, rng: random.Random) -> Mask:
    m.ellipse(cx, cy, rx, ry)
    n = int(2 * math.pi * max(rx, ry) / (r * 1.3))
    for i in range(n):
        a = 2 * math.pi * i / n
        rr = r * rng.uniform(0.8, 1.2)
        m.ellipse(cx + rx * math.cos(a), cy + ry * math.sin(a), rr, rr)
    return m


def draw_bald_details(c: Canvas, ident: Identity, head: Head, scene: Scene) -> None:
    """Shine on a bald head; a greying horseshoe for some older people."""
    if ident.hair_length != "bald":
        return
    shine = c.mask(*HEAD_BOX).ellipse(scene.light * 0.35, -0.85, 0.35, 0.2).soften(0.1)
    shine.clip(head.mask).paint((255, 255, 255), 0.3)
    if ident.age >= 45 and ident.key % 3:
        colour = mix(ident.hair_colour, (180, 180, 182), 0.4)
        for sd in (-1, 1):
            c.poly(
                smooth(
                    [
                        (sd * head.w * 0.88, -0.45),
                        (sd * (head.w + 0.06), -0.4),
                        (sd * (head.w + 0.05), 0.2),
                        (sd * head.w * 0.93, 0.25),
                    ],
                    2,
                ),
                colour,
            )
