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
    # the sides: a tapering mass of hair down to the ringlets' ends, so the ringlets read as
    # loose curls of one head of hair, not as separate rolls with gaps (a barrister's wig)
    end = 0.9 if ident.hair_length == "medium" else 2.3
    for sd in (-1, 1):
        bottom = end * rng.uniform(0.8, 1.1)
        flare = 0.22 if ident.hair_length == "long" else 0.1  # curls widen as they fall
        mid, low = top + (bottom - top) * 0.5, top + (bottom - top) * 0.72
        m.poly(
            [(sd * (head.w - 0.02), top), (sd * rx * 0.95, top),
             (sd * (rx * 0.95 + flare), mid), (sd * (rx * 0.9 + flare), low),
             (sd * (head.w + 0.05), low), (sd * (head.w - 0.02), low - 0.3)]
        )  # fmt: skip
        for j in range(4 if back else 3):  # ringlets of uneven length make the ragged ends
            y, stop = top + 0.1, bottom * rng.uniform(0.72, 1.12) - j * 0.06
            while y < stop:
                t = (y - top) / max(0.1, bottom - top)
                x = sd * (head.w + 0.06 + (rx * 0.95 - head.w - 0.1) * j / 2.5
                          + flare * min(1.0, t * 1.6))  # fmt: skip
                rr = r * rng.uniform(0.75, 1.3)
                m.ellipse(x + sd * rng.uniform(-0.05, 0.06), y, rr, rr)
                y += rr * rng.uniform(1.0, 1.5)
    return m


def curl_texture(c: Canvas, ident: Identity, head: Head, hair: Mask, rng: random.Random) -> None:
    """Shade curls: a dark crescent under each and a light one on top, curls of uneven size
    and turn scattered without rows (rows of even scallops read as a wig or a fur hood);
    light (grey, blonde) hair gets less contrast, since its shadows show more."""
    base = ident.hair_colour
    dark = c.mask(*HEAD_BOX)
    light = c.mask(*HEAD_BOX)
    puff = cloud(ident, head)
    cx, cy, rx, ry, r = puff if puff else (0.0, -0.7, head.w + 0.2, 0.8, 0.1)
    step = 0.27 if ident.hair_texture == "curly" and ident.hair_style != "afro" else 0.22
    if ident.hair_texture == "curly" and ident.hair_length in ("medium", "long"):
        step = 0.34  # loose curls: small tight ones on long hair read as a powdered wig
    y = cy - ry - 0.2
    while y < cy + ry + (2.4 if puff else 0.2):
        x = -rx - 0.3 + rng.uniform(0, step)
        while x < rx + 0.3:
            px, py = x + rng.uniform(-0.4, 0.4) * step, y + rng.uniform(-0.45, 0.45) * step
            rad = step * rng.uniform(0.35, 0.7)
            a = rng.uniform(-70, 70)
            span = rng.uniform(90, 170)
            dark.arc(px, py, rad, rad * rng.uniform(0.7, 1.0), 90 + a - span / 2,
                     90 + a + span / 2, 0.03)  # fmt: skip
            if rng.random() < 0.7:
                light.arc(px, py - rad * 0.15, rad * 0.75, rad * 0.65, 250 + a - span / 3,
                          250 + a + span / 3, 0.024)  # fmt: skip
            x += step * rng.uniform(0.75, 1.2)
        y += step * 0.8
    light_hair = sum(base) > 420
    dark.clip(hair).paint(shadow_of(base, 0.3 if light_hair else 0.42), 0.7)
    light.clip(hair).paint(mix(base, (255, 250, 240), 0.25 if light_hair else 0.35), 0.5)


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
