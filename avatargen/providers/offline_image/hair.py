"""Hair: back layer (behind neck and shoulders) and front layer (cap, fringe, side curtains).

The front layer is built as a mask first so it can cast a soft shadow on the forehead and
so shading, highlights, strands and curls can be clipped to it.
"""

from __future__ import annotations

import math
import random

from avatargen.providers.offline_image.canvas import Canvas, Mask, mix, scale, shadow_of, smooth
from avatargen.providers.offline_image.face import HEAD_BOX, TOP, Head
from avatargen.providers.offline_image.hairstyles import (
    cloud,
    curl_shape,
    curl_texture,
    loc_lines,
    loc_ticks,
    tufts,
    wave,
)
from avatargen.providers.offline_image.identity import Identity
from avatargen.providers.offline_image.scene import Scene

HAIRLINES = {
    "natural": [
        (0.95, -0.05),
        (0.9, -0.4),
        (0.65, -0.62),
        (0.3, -0.72),
        (0, -0.74),
        (-0.3, -0.72),
        (-0.65, -0.62),
        (-0.9, -0.4),
        (-0.95, -0.05),
    ],
    "side": [
        (0.95, -0.05),
        (0.9, -0.45),
        (0.72, -0.7),
        (0.45, -0.8),
        (0.2, -0.62),
        (-0.2, -0.52),
        (-0.6, -0.42),
        (-0.88, -0.24),
        (-0.95, 0.0),
    ],
    "bangs": [
        (0.95, 0.0),
        (0.92, -0.3),
        (0.6, -0.36),
        (0.2, -0.39),
        (-0.2, -0.39),
        (-0.6, -0.36),
        (-0.92, -0.3),
        (-0.95, 0.0),
    ],
    "middle": [
        (0.95, 0.1),
        (0.88, -0.3),
        (0.55, -0.55),
        (0.15, -0.76),
        (0, -0.8),
        (-0.15, -0.76),
        (-0.55, -0.55),
        (-0.88, -0.3),
        (-0.95, 0.1),
    ],
    "receding": [
        (0.93, -0.2),
        (0.8, -0.72),
        (0.55, -0.7),
        (0.3, -0.84),
        (0, -0.87),
        (-0.3, -0.84),
        (-0.55, -0.7),
        (-0.8, -0.72),
        (-0.93, -0.2),
    ],
}
# length -> (side volume, top volume, how far the hair falls (y), flare at the ends)
LENGTHS = {
    "shaved": (0.025, 0.03, 0.1, 0.0),
    "short": (0.1, 0.16, 0.1, 0.0),
    "medium": (0.2, 0.22, 1.25, 0.16),
    "long": (0.2, 0.22, 2.95, 0.32),
}


def _hairline(ident: Identity, head: Head) -> list:
    name = ident.hairline if ident.hairline in HAIRLINES else "natural"
    pts = HAIRLINES[name]
    flip = -ident.part_side if name == "side" else 1
    depth = ident.fringe  # how low the fringe or hairline comes
    if ident.hair_length in ("short", "shaved") and name != "bangs":
        depth = max(1.0, depth)  # a low, straight edge on short hair reads as a cap
    out = [(x * flip * head.w, y * depth) for x, y in pts]
    return out if flip > 0 else out[::-1]  # always from the right temple to the left


def _arc(head: Head, vs: float, vt: float, boost: float, part: int, n: int = 24) -> list:
    pts = []
    for i in range(n + 1):
        a = math.pi + math.pi * i / n
        x, y = (head.w + vs) * math.cos(a), -0.05 + (TOP + vt) * math.sin(a)
        if boost:
            y -= boost * math.exp(-(((x - 0.25 * part) / 0.55) ** 2))
        pts.append((x, y))
    return pts


def _params(ident: Identity):
    length = ident.hair_length
    style = ident.hair_style
    if style in ("bun", "ponytail", "braids", "locs"):
        length = "short"  # hair pulled back (or hanging in locs): a tight cap in front
    vs, vt, fall, flare = LENGTHS.get(length, LENGTHS["short"])
    if ident.hair_texture == "curly":
        vs, vt, flare = vs + 0.1, vt + 0.12, flare + 0.15
    if style in ("bun", "ponytail", "braids"):
        vs, vt = 0.07, 0.09
    elif style == "locs":
        vs, vt = 0.14, 0.16
    elif style == "crop":
        vs, vt = 0.05, 0.08
    # the persona's own cut: fuller or flatter, longer or shorter, more or less flared
    if length != "shaved":
        vs, vt = vs * ident.hair_volume, vt * ident.hair_volume
    if length in ("medium", "long"):
        fall, flare = fall * ident.hair_fall, flare * (0.5 + ident.hair_volume * 0.5)
    return length, vs, vt, fall, flare


def draw_back_hair(c: Canvas, ident: Identity, head: Head, scene: Scene) -> None:
    """Hair that sits behind the neck and shoulders."""
    if ident.hair_length in ("bald", "shaved"):
        return
    colour = shadow_of(ident.hair_colour, 0.3)
    w, style = head.w, ident.hair_style
    rng = random.Random(ident.key ^ 0xBACC)
    if cloud(ident, head):
        curl_shape(c.mask(*HEAD_BOX), ident, head, rng, back=True).paint(colour)
        return
    if style == "ponytail":
        return  # it is brought forward over the shoulder: see draw_side_tail
    if style == "locs":
        dark = shadow_of(colour, 0.35)
        for i in range(14):
            x = -w - 0.2 + (2 * w + 0.4) * i / 13
            pts = [(x * 0.9, -0.4), (x * 1.12, 1.2), (x * 1.15, 2.5 + rng.uniform(-0.2, 0.2))]
            c.line(pts, colour, 0.2)
            loc_ticks(c, pts, dark)
        return
    length, vs, vt, fall, flare = _params(ident)
    if length not in ("medium", "long"):
        return
    arc = _arc(head, vs + 0.04, vt, 0.0, 0)
    end = fall + 0.1
    pts = [
        (-(w + vs + flare), end),
        (-(w + vs + 0.02), 0.4),
        *arc,
        (w + vs + 0.02, 0.4),
        (w + vs + flare, end),
        (w * 0.3, end + 0.12),
        (-w * 0.3, end + 0.12),
    ]
    pts = smooth(pts, 2)
    if ident.hair_texture in ("wavy", "curly"):
        pts = wave(pts, 0.07, 0.5)
    m = c.mask(*HEAD_BOX).poly(pts)
    if ident.hair_texture == "curly":
        for x, y in pts[::3]:
            if y > 0.2:
                m.ellipse(x, y, 0.17, 0.17)
    m.paint(colour)


def front_hair_mask(c: Canvas, ident: Identity, head: Head) -> Mask | None:
    """The silhouette of the hair in front of the head (None for bald heads)."""
    if ident.hair_length == "bald":
        return None
    w, style = head.w, ident.hair_style
    rng = random.Random(ident.key ^ 0xF00D)
    m = c.mask(*HEAD_BOX)
    hairline = _hairline(ident, head)
    if cloud(ident, head):
        curl_shape(m, ident, head, rng, back=False)
        # keep the face (below the hairline) and the neck free; hair frames them
        n = len(head.outline)
        jaw = head.outline[: n // 2 + 1][::-1]  # left cheek, chin, right cheek
        face = c.mask(*HEAD_BOX).poly([*hairline, *jaw])
        face.poly([(-0.62 * w, 0.8), (0.62 * w, 0.8), (0.62 * w, 3.2), (-0.62 * w, 3.2)])
        return m.cut(face)
    length, vs, vt, fall, flare = _params(ident)
    boost = 0.32 if style == "quiff" else 0.1 if style == "pixie" else 0.0
    arc = _arc(head, vs, vt, boost, ident.part_side)
    if length in ("medium", "long"):
        inner_bottom = fall - 0.1
        outer = [
            (-(w + vs + flare), fall),
            (-(w + vs), 0.4),
            *arc,
            (w + vs, 0.4),
            (w + vs + flare, fall),
        ]
        inner = [
            (w * 0.8, inner_bottom),
            (w * 0.86, 1.1),
            (w * 0.93, 0.4),
            *hairline,
            (-w * 0.93, 0.4),
            (-w * 0.86, 1.1),
            (-w * 0.8, inner_bottom),
        ]
        pts = smooth(outer, 1, closed=False) + smooth(inner, 2, closed=False)
    else:
        end = 0.12 if length == "short" else 0.05
        outer = [(-(w + vs * 0.7), end), *arc, (w + vs * 0.7, end)]
        inner = [(w * 0.96, end), *hairline, (-w * 0.96, end)]
        if ident.hair_texture in ("straight", "wavy") and length == "short" and style != "crop":
            pts = outer + tufts(inner, 0.07)
        else:
            pts = outer + smooth(inner, 2, closed=False)
    if ident.hair_texture in ("wavy", "curly") and length in ("medium", "long"):
        pts = wave(pts, 0.07, 0.5)
    m.poly(pts)
    if length in ("short", "shaved") and style not in ("bun", "ponytail", "braids"):
        for sd in (-1, 1):  # sideburns
            m.poly(
                [
                    (sd * w * 0.9, -0.05),
                    (sd * (w + 0.03), -0.05),
                    (sd * (w + 0.01), 0.32),
                    (sd * w * 0.94, 0.32),
                ]
            )
    if ident.hair_texture in ("curly", "coily") and length != "shaved":
        r = 0.16 if ident.hair_texture == "curly" else 0.11
        rim = smooth(outer, 1, closed=False)
        for x, y in rim[:: 2 if length == "short" else 3]:
            m.ellipse(x, y, r * rng.uniform(0.8, 1.15), r * rng.uniform(0.8, 1.15))
        for x, y in hairline[1:-1]:  # a soft, curly hairline, kept off the eyes
            m.ellipse(x, y - 0.06, r * 0.6, r * 0.6)
    if style == "bun":
        m.ellipse(0, -TOP - 0.3, 0.44, 0.38)
    if style == "braids":
        for sd in (-1, 1):
            for i in range(10):
                m.ellipse(sd * (w + 0.02), 0.35 + i * 0.27, 0.15 - i * 0.004, 0.17)
    if style == "locs":
        for pts in loc_lines(head):
            m.line(pts, 0.17)
    if ident.hair_tuck and length in ("medium", "long") and style == "plain":
        # tucked behind the ear on one side: that curtain goes, the ear shows
        sd = ident.hair_tuck
        tuck = c.mask(*HEAD_BOX).poly(
            [
                (sd * w * 0.82, -0.02),
                (sd * (w + 1.2), -0.3),
                (sd * (w + 1.2), 3.6),
                (sd * w * 0.82, 3.6),
            ]
        )
        m.cut(tuck.soften(0.02))
    return m


def forehead_shadow(c: Canvas, hair: Mask, head: Head) -> None:
    shadow = hair.shifted(0.03, 0.09).soften(0.06).clip(head.mask)
    shadow.paint(shadow_of(head.skin, 0.3), 0.45)


def paint_front_hair(c: Canvas, ident: Identity, head: Head, scene: Scene, m: Mask) -> None:
    base = ident.hair_colour
    if ident.hair_length == "shaved":  # stubble on the scalp: a soft tint, no hard edge
        m.soften(0.035).clip(head.mask).paint(mix(base, head.shade, 0.25), 0.5)
        return
    m.paint(base)
    w = head.w
    rng = random.Random(ident.key ^ 0x57A)
    # darker where hair meets the face, lighter where the light hits
    occl = c.mask(*HEAD_BOX).ellipse(head.shift, 0.55, w * 1.02, 1.15).soften(0.18).clip(m)
    occl.paint(shadow_of(base, 0.35), 0.55)
    lx = scene.light
    a0 = 205 if lx < 0 else 290
    hi = c.mask(*HEAD_BOX).line(
        [
            (0.78 * w * math.cos(math.radians(a)), -0.05 + 1.05 * math.sin(math.radians(a)))
            for a in range(a0, a0 + 50, 5)
        ],
        0.16,
    )
    if ident.hair_length == "long" and ident.hair_style == "plain":
        hi.line([(lx * (w + 0.12), 0.5), (lx * (w + 0.2), 1.6), (lx * (w + 0.26), 2.4)], 0.12)
    hi.soften(0.07).clip(m).paint(mix(base, (255, 246, 230), 0.4), 0.55)
    tex = c.mask(*HEAD_BOX)
    dark = shadow_of(base, 0.4) if sum(base) > 120 else mix(base, (110, 100, 100), 0.35)
    curls = ident.hair_texture in ("curly", "coily") and ident.hair_style == "plain"
    if cloud(ident, head) or (curls and ident.hair_length == "short"):
        curl_texture(c, ident, head, m, rng)
    elif ident.hair_texture in ("curly", "coily") or ident.hair_style == "afro":
        r = 0.07 if ident.hair_texture == "coily" or ident.hair_style == "afro" else 0.1
        for _ in range(60):
            x, y = rng.uniform(-w - 0.8, w + 0.8), rng.uniform(-2.3, 3.0)
            a = rng.uniform(0, 360)
            tex.arc(x, y, r, r * 0.85, a, a + 200, 0.022)
    else:
        px = 0.35 * w * ident.part_side if ident.hairline in ("side", "middle") else 0.0
        if ident.hairline == "middle":
            px = 0.0
        n = 15 if ident.hair_length == "short" else 9  # short hair: denser, combed strands
        for i in range(n):
            t = -1 + 2 * i / (n - 1)
            end = (t * w * 1.05, -0.45 + 0.25 * abs(t))
            tex.line(
                smooth([(px, -TOP - 0.1), ((px + end[0]) / 2 + t * 0.2, -1.0), end], 1, False), 0.02
            )
        if ident.hair_length in ("medium", "long"):
            for sd in (-1, 1):
                for k in range(3):
                    x = sd * (w + 0.02 + k * 0.08)
                    tex.line([(x, 0.3), (x + sd * 0.06, 1.0), (x + sd * 0.12, 2.4)], 0.018)
    tex.clip(m).paint(dark, 0.45)
    if ident.hair_style == "locs":
        for pts in loc_lines(head):
            loc_ticks(c, pts, (*shadow_of(base, 0.4), 200))
    if ident.hair_style == "bun":
        c.line(
            smooth([(-0.3, -TOP - 0.05), (0, -TOP - 0.0), (0.3, -TOP - 0.05)], 1, False),
            scale(base, 0.6),
            0.05,
        )
    if ident.hair_style == "braids":
        for sd in (-1, 1):
            for i in range(10):
                y = 0.35 + i * 0.27
                c.line(
                    [(sd * (w + 0.02) - 0.12, y - 0.1), (sd * (w + 0.02) + 0.12, y + 0.08)],
                    (*shadow_of(base, 0.45), 200),
                    0.025,
                )
