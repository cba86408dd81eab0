"""Neck, shoulders and clothing (one small painter per clothing style)."""

from __future__ import annotations

import random

from avatargen.providers.offline_image.canvas import Canvas, Mask, mix, scale, shadow_of, smooth
from avatargen.providers.offline_image.face import Head
from avatargen.providers.offline_image.identity import Identity
from avatargen.providers.offline_image.scene import Scene
from avatargen.providers.offline_image.uniforms import OUTFITS

BODY_BOX = (-4.6, 0.3, 4.6, 5.6)
BOTTOM = 5.6

NECKLINES = {
    "crew": [(-0.66, 2.0), (-0.45, 2.28), (0, 2.38), (0.45, 2.28), (0.66, 2.0)],
    "v": [(-0.66, 2.0), (0, 2.85), (0.66, 2.0)],
    "deepv": [(-0.7, 1.98), (0, 3.3), (0.7, 1.98)],
    "scoop": [(-0.8, 2.0), (-0.62, 2.5), (0, 2.72), (0.62, 2.5), (0.8, 2.0)],
    "high": [(-0.56, 1.7), (0, 1.8), (0.56, 1.7)],
}
STYLE_NECKLINE = {
    "casual": "crew",
    "business": "deepv",
    "sporty": "high",
    "bohemian": "scoop",
    "classic": "crew",
    "streetwear": "crew",
    "outdoorsy": "v",
    "smart casual": "v",
}
SHIRTS = ((246, 246, 242), (206, 224, 240), (240, 222, 222), (236, 236, 226))


def mirror(pts):
    return [(-x, y) for x, y in pts]


def neck_width(ident: Identity) -> float:
    return 0.5 * (0.9 + 0.12 * ident.build) * (0.9 if ident.gender == "female" else 1.0)


def _side(ident: Identity, sd: int) -> list:
    """One side of the torso (sd = 1: the viewer's right), with the persona's posture:
    square or sloping shoulders, one a little higher than the other."""
    sw = 2.45 * ident.build
    drop = 0.22 * ident.shoulder_slope + sd * ident.shoulder_tilt
    pts = [
        (0.66, 2.0),
        (1.3, 2.15 + drop * 0.3),
        (sw - 0.45, 2.32 + drop * 0.8),
        (sw, 2.75 + drop),
        (sw + 0.08, 3.6 + drop * 0.5),
        (sw + 0.12, BOTTOM),
    ]
    return [(sd * x, y) for x, y in smooth(pts, 2, closed=False)]


def torso(ident: Identity, neckline: str) -> list:
    neck = NECKLINES[neckline]
    if neckline in ("crew", "scoop"):
        neck = smooth(neck, 2, closed=False)
    return neck + _side(ident, 1) + _side(ident, -1)[::-1]


def draw_behind_neck(c: Canvas, ident: Identity, head: Head) -> None:
    replaced = ident.outfit in OUTFITS and not OUTFITS[ident.outfit][3]
    if ident.clothing == "streetwear" and not replaced:  # the hood, lying behind the neck
        c.ellipse(0, 2.0, 1.3, 0.6, scale(ident.clothing_colour, 0.75))


def draw_neck(c: Canvas, ident: Identity, head: Head) -> None:
    nw = neck_width(ident)
    # the body is drawn in its own frame (see layers): where the chin falls in it
    bs = ident.body_scale
    chin_x, chin_y = -ident.stance / bs, (head.chin - ident.neck) / bs
    skin = mix(head.skin, head.shade, 0.4)
    pts = smooth(
        [
            (chin_x - nw, 0.4),  # the neck leaves the head under the chin
            (chin_x + nw, 0.4),
            (chin_x * 0.4 + nw * 1.02, 1.85),
            (nw + 0.55, 2.3),
            (1.5, 2.6),
            (1.5, BOTTOM),
            (-1.5, BOTTOM),
            (-1.5, 2.6),
            (-nw - 0.55, 2.3),
            (chin_x * 0.4 - nw * 1.02, 1.85),
        ],
        1,
    )
    c.poly(pts, skin)  # drawn directly; the mask is only for clipping the chin's shadow
    neck = c.mask(*BODY_BOX).poly(pts).drawn()
    sh = c.mask(*BODY_BOX).ellipse(chin_x + head.shift * 0.5, chin_y + 0.05, 0.7, 0.38).soften(0.12)
    sh.clip(neck).paint(shadow_of(head.skin, 0.35), 0.6)
    line = (*shadow_of(head.skin, 0.3), 70)
    for sd in (-1, 1):
        c.line([(sd * 0.3, 2.6), (sd * 0.9, 2.5)], line, 0.03)
    if ident.sag > 0.3:  # the neck shows age too
        crease = (*shadow_of(head.skin, 0.3), int(60 + 80 * ident.sag))
        for y in (chin_y + 0.3, chin_y + 0.52):
            c.line(
                smooth(
                    [(chin_x - nw * 0.8, y), (chin_x, y + 0.06), (chin_x + nw * 0.8, y)], 1, False
                ),
                crease,
                0.02,
            )
        for sd in (-1, 1):
            c.line([(chin_x + sd * 0.16, chin_y + 0.1), (sd * 0.2, 1.7)], crease, 0.02)


def _shade_body(c: Canvas, m: Mask, colour, scene: Scene, ident: Identity) -> None:
    sw = 2.45 * ident.build
    sh = c.mask(*BODY_BOX).ellipse(-scene.light * (sw + 0.5), 4.0, 1.2, 2.4).soften(0.4).clip(m)
    sh.paint(shadow_of(colour, 0.35), 0.6)
    chin = c.mask(*BODY_BOX).ellipse(0, 2.15, 1.2, 0.45).soften(0.2).clip(m)
    chin.paint(shadow_of(colour, 0.35), 0.45)
    for sd in (-1, 1):  # one mask per side keeps the touched region small
        crease = c.mask(*BODY_BOX).line(
            smooth(
                [(sd * (sw - 0.55), 2.6), (sd * (sw - 0.45), 3.6), (sd * (sw - 0.4), BOTTOM)],
                1,
                False,
            ),
            0.05,
        )
        crease.soften(0.03).clip(m).paint(shadow_of(colour, 0.35), 0.5)


def draw_clothing(c: Canvas, ident: Identity, head: Head, scene: Scene) -> None:
    """The style's clothes, or the occupation's outfit (over the style's top for vests,
    aprons and overalls)."""
    style = ident.clothing if ident.clothing in STYLE_NECKLINE else "casual"
    colour = ident.clothing_colour
    rng = random.Random(ident.key ^ 0xC107)
    outfit = OUTFITS.get(ident.outfit)
    if outfit is not None and not outfit[3]:  # the outfit replaces the style's clothes
        neckline, under, painter, _ = outfit
        if under:
            under(c, ident, ident.outfit_colour, rng)
        outline = torso(ident, neckline)
        c.poly(outline, ident.outfit_colour)
        m = c.mask(*BODY_BOX).poly(outline).drawn()
        painter(c, ident, m, ident.outfit_colour, rng)
        _shade_body(c, m, ident.outfit_colour, scene, ident)
        return
    neckline = STYLE_NECKLINE[style]
    under = PAINTERS_UNDER.get(style)
    if under:
        under(c, ident, rng)
    outline = torso(ident, neckline)
    c.poly(outline, colour)
    m = c.mask(*BODY_BOX).poly(outline).drawn()
    PAINTERS[style](c, ident, m, rng)
    if outfit is not None:  # worn over the style's top
        outfit[2](c, ident, m, ident.outfit_colour, rng)
    _shade_body(c, m, colour, scene, ident)
    over = PAINTERS_OVER.get(style)
    if over and outfit is None:
        over(c, ident, rng)


# --------------------------------------------------------------------------- styles


def _band(c: Canvas, ident: Identity, neckline: str, width: float = 0.09) -> None:
    pts = smooth(NECKLINES[neckline], 2, closed=False)
    c.line(pts, scale(ident.clothing_colour, 0.82), width)


def casual(c: Canvas, ident: Identity, m: Mask, rng: random.Random) -> None:
    v = ident.clothing_variant
    if v == 1:
        stripes = c.mask(*BODY_BOX)
        for k in range(7):
            stripes.line([(-5, 2.6 + k * 0.42), (5, 2.6 + k * 0.42)], 0.13)
        stripes.clip(m).paint(ident.clothing_accent, 0.9)
    elif v == 2:
        c.line(
            [(0.75, 3.3), (1.35, 3.3), (1.35, 4.0), (0.75, 4.0), (0.75, 3.3)],
            scale(ident.clothing_colour, 0.78),
            0.04,
        )
    elif v == 3:
        c.ellipse(0, 3.75, 0.5, 0.5, ident.clothing_accent)
        c.ellipse(0, 3.75, 0.3, 0.3, mix(ident.clothing_accent, ident.clothing_colour, 0.5))
    _band(c, ident, "crew")


def _collar(c: Canvas, colour, y: float = 1.85, spread: float = 0.0) -> None:
    left = [
        (-0.52, y - 0.05),
        (-0.04, y + 0.45),
        (-0.36 - spread, y + 0.65),
        (-0.66 - spread, y + 0.2),
    ]
    edge = (*scale(colour, 0.72), 255)
    for pts in (left, mirror(left)):
        c.poly(pts, scale(colour, 0.95))
        c.line([*pts, pts[0]], edge, 0.025)


def business_under(c: Canvas, ident: Identity, rng: random.Random) -> None:
    shirt = SHIRTS[ident.clothing_variant % len(SHIRTS)]
    c.poly([(-0.66, 1.8), (0.66, 1.8), (0.9, 3.8), (-0.9, 3.8)], shirt)
    _collar(c, shirt)
    if ident.gender == "male" or (ident.gender == "nonbinary" and ident.clothing_variant % 2):
        tie = mix(ident.clothing_accent, (120, 30, 40), 0.5)
        c.poly([(-0.09, 2.27), (0.09, 2.27), (0.07, 2.45), (-0.07, 2.45)], scale(tie, 0.85))
        c.poly([(-0.07, 2.45), (0.07, 2.45), (0.17, 3.4), (0, 3.62), (-0.17, 3.4)], tie)


def business(c: Canvas, ident: Identity, m: Mask, rng: random.Random) -> None:
    colour = ident.clothing_colour
    lapel = [(-0.7, 1.98), (-0.02, 3.3), (-0.3, 3.05), (-0.95, 2.62), (-0.8, 2.5), (-0.92, 2.3)]
    edge = (*scale(colour, 0.6), 255)
    for pts in (lapel, mirror(lapel)):
        c.poly(pts, scale(colour, 0.88))
        c.line(pts[1:], edge, 0.03)
    for y in (3.7, 4.3):
        c.ellipse(0.04, y, 0.06, 0.06, scale(colour, 0.6))


def sporty(c: Canvas, ident: Identity, m: Mask, rng: random.Random) -> None:
    colour, accent = ident.clothing_colour, ident.clothing_accent
    sw = 2.45 * ident.build
    stripes = c.mask(*BODY_BOX)
    for sd in (-1, 1):
        for off in (0.0, 0.2):
            stripes.line(
                smooth(
                    [
                        (sd * (1.05 + off), 2.2),
                        (sd * (sw - 0.3 + off), 2.55),
                        (sd * (sw + 0.05 + off), 3.4),
                        (sd * (sw + 0.1 + off), BOTTOM),
                    ],
                    1,
                    False,
                ),
                0.1,
            )
    stripes.clip(m).paint(accent if accent != colour else (250, 250, 250))
    collar = [(-0.58, 1.62), (0.58, 1.62), (0.68, 2.08), (-0.68, 2.08)]
    c.poly(collar, scale(colour, 0.9))
    c.line([(-0.58, 1.63), (0.58, 1.63)], scale(colour, 0.7), 0.04)
    c.line([(0.02, 1.65), (0.02, BOTTOM)], (214, 214, 218), 0.045)
    c.ellipse(0.02, 1.95, 0.05, 0.08, (200, 200, 206))


def bohemian(c: Canvas, ident: Identity, m: Mask, rng: random.Random) -> None:
    dots = c.mask(*BODY_BOX)
    for _ in range(46):
        x, y, r = rng.uniform(-3.2, 3.2), rng.uniform(2.0, 5.4), rng.uniform(0.05, 0.11)
        dots.ellipse(x, y, r, r)
    dots.clip(m).paint(ident.clothing_accent, 0.85)
    _band(c, ident, "scoop", 0.06)


def bohemian_over(c: Canvas, ident: Identity, rng: random.Random) -> None:
    pts = smooth([(-0.52, 1.95), (-0.3, 2.6), (0, 2.95), (0.3, 2.6), (0.52, 1.95)], 2, False)
    c.line(pts, (200, 160, 80), 0.025)
    for x, y in pts[2:-2:2]:
        c.ellipse(x, y, 0.04, 0.04, rng.choice(((60, 160, 170), (200, 90, 60), (230, 200, 120))))
    c.ellipse(0, 3.05, 0.09, 0.12, (60, 150, 160))


def classic(c: Canvas, ident: Identity, m: Mask, rng: random.Random) -> None:
    colour = ident.clothing_colour
    knit = c.mask(*BODY_BOX)
    for k in range(-6, 7):
        knit.line([(k * 0.45, 2.3), (k * 0.45 * 1.05, BOTTOM)], 0.04)
    knit.clip(m).paint(scale(colour, 0.9), 0.6)
    _band(c, ident, "crew", 0.14)
    if ident.clothing_variant % 2 == 0:
        shirt = SHIRTS[(ident.clothing_variant // 2) % len(SHIRTS)]
        left = [(-0.55, 1.9), (-0.05, 2.3), (-0.32, 2.48), (-0.7, 2.12)]
        for pts in (left, mirror(left)):
            c.poly(pts, shirt)
            c.line([*pts, pts[0]], (*scale(shirt, 0.75), 255), 0.022)


def streetwear(c: Canvas, ident: Identity, m: Mask, rng: random.Random) -> None:
    _band(c, ident, "crew", 0.12)
    string = (240, 240, 236) if sum(ident.clothing_colour) < 500 else (60, 60, 64)
    for sd in (-1, 1):
        c.line([(sd * 0.3, 2.32), (sd * 0.34, 3.5)], string, 0.045)
        c.ellipse(sd * 0.34, 3.55, 0.04, 0.07, scale(string, 0.8))


def outdoorsy_under(c: Canvas, ident: Identity, rng: random.Random) -> None:
    tee = ((60, 62, 66), (236, 236, 230), (110, 120, 100))[ident.clothing_variant % 3]
    c.poly(
        smooth([(-0.55, 2.0), (0, 2.32), (0.55, 2.0)], 1, False)
        + [(0.9, 2.0), (0.9, 3.6), (-0.9, 3.6), (-0.9, 2.0)],
        tee,
    )


def outdoorsy(c: Canvas, ident: Identity, m: Mask, rng: random.Random) -> None:
    colour = ident.clothing_colour
    plaid = c.mask(*BODY_BOX)
    for k in range(-6, 7):
        plaid.line([(k * 0.8, 1.8), (k * 0.8, BOTTOM)], 0.28)
    for k in range(6):
        plaid.line([(-5, 2.2 + k * 0.8), (5, 2.2 + k * 0.8)], 0.28)
    plaid.clip(m).paint(scale(colour, 0.6), 0.45)
    thin = c.mask(*BODY_BOX)
    for k in range(-6, 7):
        thin.line([(k * 0.8 + 0.4, 1.8), (k * 0.8 + 0.4, BOTTOM)], 0.04)
    thin.clip(m).paint(ident.clothing_accent, 0.5)
    left = [(-0.66, 2.0), (-0.26, 2.62), (-0.6, 2.55), (-1.0, 2.35)]
    for pts in (left, mirror(left)):
        c.poly(pts, scale(colour, 0.82))
    for y in (3.2, 3.75, 4.3):
        c.ellipse(0.0, y, 0.05, 0.05, (230, 226, 214))


def smart_casual(c: Canvas, ident: Identity, m: Mask, rng: random.Random) -> None:
    colour = ident.clothing_colour
    if ident.clothing_variant % 2 == 0:  # a cardigan/jacket over the shirt
        shirt = SHIRTS[(ident.clothing_variant // 2) % len(SHIRTS)]
        c.poly(
            [
                (-0.66, 2.0),
                (0, 2.62),
                (0.66, 2.0),
                (0.62, 2.3),
                (0.5, BOTTOM),
                (-0.5, BOTTOM),
                (-0.62, 2.3),
            ],
            shirt,
        )
        for sd in (-1, 1):
            c.line(
                [(sd * 0.66, 2.0), (sd * 0.55, 3.2), (sd * 0.5, BOTTOM)], scale(colour, 0.7), 0.04
            )
        _collar(c, shirt, 1.88, 0.08)
        buttons_colour = scale(shirt, 0.8)
    else:
        _collar(c, colour, 1.88, 0.08)
        buttons_colour = scale(colour, 0.7)
    c.line([(0, 2.7), (0, BOTTOM)], (*scale(colour, 0.85), 120), 0.02)
    for y in (3.1, 3.7, 4.3):
        c.ellipse(0.06, y, 0.04, 0.04, buttons_colour)


PAINTERS = {
    "casual": casual,
    "business": business,
    "sporty": sporty,
    "bohemian": bohemian,
    "classic": classic,
    "streetwear": streetwear,
    "outdoorsy": outdoorsy,
    "smart casual": smart_casual,
}
PAINTERS_UNDER = {"business": business_under, "outdoorsy": outdoorsy_under}
PAINTERS_OVER = {"bohemian": bohemian_over}
