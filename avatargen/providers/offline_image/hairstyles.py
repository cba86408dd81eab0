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


def curl_shape(m: Mask, ident: Identity, head: Head, rng: random.Random, back: bool) -> Mask:
    """Curly and coily hair as distinct curl clumps, not a smooth felt disc: a crown of
    big irregular clumps, and for curly (not afro) hair ringlets of uneven length that
    hang at the sides with gaps between them."""
    cx, cy, rx, ry, r = cloud(ident, head)
    afro = ident.hair_style == "afro" or ident.hair_texture == "coily"
    if back:
        cy += 0.3
    if afro:
        m.ellipse(cx, cy, rx * 0.96, ry * 0.96)
        n = int(2 * math.pi * max(rx, ry) / (r * 1.9))
        for i in range(n):
            a = 2 * math.pi * (i + rng.uniform(-0.25, 0.25)) / n
            rr = r * rng.uniform(1.1, 1.7)
            m.ellipse(cx + rx * 0.93 * math.cos(a), cy + ry * 0.93 * math.sin(a), rr, rr)
        return m
    # crown: the upper part of the cloud, ending around the ears
    top = cy - ry * 0.05
    m.ellipse(cx, top, rx * 0.95, ry * 0.72)
    n = 13
    for i in range(n + 1):
        a = math.pi + math.pi * i / n  # along the upper rim, left to right
        rr = r * rng.uniform(1.1, 1.6)
        m.ellipse(cx + rx * 0.92 * math.cos(a), top + ry * 0.7 * math.sin(a), rr, rr)
    # ringlets at the sides
    end = 0.9 if ident.hair_length == "medium" else 2.3
    for sd in (-1, 1):
        for j in range(4 if back else 3):
            x = sd * (head.w + 0.02 + j * 0.15)
            y, bottom = top + 0.1, end * rng.uniform(0.75, 1.15) - j * 0.08
            k = 0
            while y < bottom:
                rr = r * rng.uniform(0.95, 1.25)
                m.ellipse(x + sd * 0.04 * (k % 2), y, rr, rr)
                y += rr * 1.3
                k += 1
    return m


def curl_texture(c: Canvas, ident: Identity, head: Head, hair: Mask, rng: random.Random) -> None:
    """Shade each clump: a dark crescent under it and a light one on top."""
    base = ident.hair_colour
    dark = c.mask(*HEAD_BOX)
    light = c.mask(*HEAD_BOX)
    puff = cloud(ident, head)
    cx, cy, rx, ry, r = puff if puff else (0.0, -0.7, head.w + 0.2, 0.8, 0.1)
    step = 0.27 if ident.hair_texture == "curly" and ident.hair_style != "afro" else 0.22
    rad = step * 0.55
    y = cy - ry - 0.2
    row = 0
    while y < cy + ry + (2.4 if puff else 0.2):
        x = -rx - 0.3 + (step / 2 if row % 2 else 0)
        while x < rx + 0.3:
            px, py = x + rng.uniform(-0.05, 0.05), y + rng.uniform(-0.05, 0.05)
            a = rng.uniform(-25, 25)
            dark.arc(px, py, rad, rad * 0.9, 20 + a, 160 + a, 0.035)
            light.arc(px, py - 0.02, rad * 0.8, rad * 0.7, 205 + a, 300 + a, 0.028)
            x += step
        y += step * 0.85
        row += 1
    contrast = 0.5 if sum(base) > 420 else 0.42  # light (grey, blonde) hair needs more
    dark.clip(hair).paint(shadow_of(base, contrast), 0.75)
    light.clip(hair).paint(mix(base, (255, 250, 240), 0.35), 0.55)


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
