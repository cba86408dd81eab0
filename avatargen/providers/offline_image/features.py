"""Eyes, brows, nose and mouth: the parts of the face that carry expression."""

from __future__ import annotations

from avatargen.providers.offline_image.canvas import Canvas, Mask, mix, scale, shadow_of, smooth
from avatargen.providers.offline_image.face import HEAD_BOX, Head
from avatargen.providers.offline_image.identity import Identity
from avatargen.providers.offline_image.scene import Scene

EYE_Y = 0.07
MOUTH_Y = 0.86


# shape -> (width, upper height, lower height, outer-corner lift, crease offset or None)
EYE_SHAPES = {
    "almond": (1.0, 0.11, 0.075, 0.02, 0.05),
    "round": (0.95, 0.13, 0.095, 0.0, 0.055),
    "hooded": (1.0, 0.095, 0.07, 0.01, 0.022),
    "monolid": (1.05, 0.078, 0.06, 0.03, None),
    "downturned": (1.0, 0.105, 0.075, -0.025, 0.05),
}
# brow shape -> control points (inner, peak, outer) as (x offset from the eye, y)
BROWS = {
    "arched": ((-0.2, -0.12), (0.03, -0.225), (0.26, -0.16)),
    "straight": ((-0.2, -0.14), (0.04, -0.18), (0.26, -0.155)),
    "soft": ((-0.2, -0.13), (0.09, -0.2), (0.26, -0.14)),
}


def _eye_shape(x: float, y: float, hw: float, uh: float, lh: float, lift: float, side: int):
    upper, lower = [], []
    for i in range(11):
        u = -1 + i / 5
        dy = lift * u * side  # positive lift: outer corners sit higher
        upper.append((x + u * hw, y - uh * (1 - u * u) ** 0.7 - dy))
        lower.append((x + u * hw, y + lh * (1 - u * u) ** 0.9 - dy))
    return upper, lower


class _clipped:
    """Draw on a copy of the canvas under ``mask``'s box; only what lies inside the mask
    goes back (one paste instead of a mask, a clip and a paste per shape)."""

    def __init__(self, c: Canvas, mask: Mask) -> None:
        self.c, self.mask = c, mask.tighten()
        self.tile: Canvas | None = None
        if not mask.empty:
            w, h = mask.im.size
            x0, y0 = mask.x0, mask.y0
            self.tile = Canvas(w, 1, c.im.crop((x0, y0, x0 + w, y0 + h)), height=h)
            self.tile.set_frame(c.cx - x0, c.cy - y0, c.r)

    def __enter__(self) -> Canvas:
        # with an empty mask nothing goes back: draw on a throwaway 1 px canvas
        return self.tile if self.tile is not None else Canvas(1, 1)

    def __exit__(self, *exc) -> None:
        if exc[0] is None and self.tile is not None:
            at = (self.mask.x0, self.mask.y0)
            self.c.im.paste(self.tile.im, at, self.mask.im)
            if self.c.cov is not None:
                self.c.cov.paste(255, at, self.mask.im)


def draw_eyes(c: Canvas, ident: Identity, head: Head, scene: Scene) -> None:
    expr = scene.expression
    ey = EYE_Y + ident.eye_y
    es = ident.eye_size
    wf, uh, lh, lift, crease = EYE_SHAPES.get(ident.eye_shape, EYE_SHAPES["almond"])
    droop = 1 - 0.18 * ident.sag  # upper lids sink with age
    hw, uh, lh = 0.18 * es * wf, uh * es * droop, lh * es
    lift += ident.eye_tilt
    if expr == "grin":
        uh, lh = uh * 0.9, lh * 0.45
    lid = mix(scale(ident.hair_colour, 0.5), (34, 24, 24), 0.6)
    fold = (*shadow_of(head.skin, 0.3), 110)
    sp = 0.4 * ident.eye_spacing
    for side in (-1, 1):
        squeeze = 1 - max(0.0, scene.turn * side) * 0.3
        x = head.shift + side * sp * (1 - max(0.0, scene.turn * side) * 0.15)
        w = hw * squeeze
        upper, lower = _eye_shape(x, ey, w, uh, lh, lift, side)
        if crease is not None:
            c.line([(px, py - crease) for px, py in upper[2:-1]], fold, 0.016)
        if expr == "laugh":  # happy closed eyes: an upward arc
            arc = [(px, ey + 0.02 - (ey - py) * 0.7) for px, py in upper]
            c.line(arc, lid, 0.035)
            continue
        box = (x - w - 0.02, ey - uh - 0.05, x + w + 0.02, ey + lh + 0.05)
        ir = 0.085 * es * (0.9 if ident.eye_shape == "monolid" else 1.0)
        gx, gy = scene.gaze
        ix, iy = x + gx * 0.06 * squeeze, ey + gy * 0.035 + 0.008
        with _clipped(c, c.mask(*box).poly(upper + lower[::-1])) as e:
            e.poly(upper + lower[::-1], (246, 243, 238))
            e.ellipse(ix, iy, ir * squeeze, ir, scale(ident.eye_colour, 0.65))
            e.ellipse(ix, iy, ir * 0.8 * squeeze, ir * 0.8, ident.eye_colour)
            e.ellipse(ix, iy, ir * 0.42 * squeeze, ir * 0.42, (22, 16, 18))
            # the lid's shadow on the eyeball
            e.poly([*upper, (x + w, ey - uh * 0.3), (x - w, ey - uh * 0.3)], (*lid, 71))
        c.ellipse(ix - ir * 0.3, iy - ir * 0.35, ir * 0.26, ir * 0.26, (255, 255, 255, 235))
        c.line(upper, lid, 0.032 if not ident.lashes else 0.045)
        if ident.lashes:
            ox, oy = upper[-1] if side > 0 else upper[0]
            c.line([(ox, oy), (ox + side * 0.065, oy - 0.05)], lid, 0.03)
        c.line(lower[1:-1], (*shadow_of(head.skin, 0.3), 120), 0.016)
        if ident.wrinkles > 0.5:
            bag = [(px, py + 0.06) for px, py in lower[2:-2]]
            c.line(bag, (*shadow_of(head.skin, 0.3), 80), 0.014)


def draw_brows(c: Canvas, ident: Identity, head: Head, scene: Scene) -> None:
    colour = mix(ident.hair_colour, (40, 30, 26), 0.35)
    if ident.hair_length == "bald":
        colour = mix(ident.hair_colour, shadow_of(head.skin, 0.5), 0.4)
    if ident.age > 55:  # brows grey later than the hair, and never quite white
        colour = mix(colour, (150, 148, 146), min(0.6, (ident.age - 55) / 40))
    dy = ident.eye_y + ident.brow_y
    sp = 0.4 * ident.eye_spacing
    wt = ident.brow_weight
    shape = BROWS.get(ident.brow_shape, BROWS["arched"])
    for side in (-1, 1):
        raise_ = {"laugh": 0.05, "grin": 0.03, "smile": 0.01}.get(scene.expression, 0.0)
        inner_raise = 0.0
        if scene.expression == "thoughtful":
            raise_, inner_raise = (0.06, 0.0) if side > 0 else (-0.01, 0.03)
        squeeze = 1 - max(0.0, scene.turn * side) * 0.25
        x0 = head.shift + side * sp * (1 - max(0.0, scene.turn * side) * 0.15)
        ctrl = [(x0 + side * dx * squeeze, y + dy - raise_) for dx, y in shape]
        ctrl[0] = (ctrl[0][0], ctrl[0][1] - inner_raise - ident.brow_tilt)
        spine = smooth(ctrl, 2, closed=False)
        n = len(spine)
        top, bottom = [], []
        for i, (x, y) in enumerate(spine):
            t = (0.075 * (1 - i / n) + 0.03 * (i / n)) * wt
            top.append((x, y - t * 0.55))
            bottom.append((x, y + t * 0.45))
        c.poly(top + bottom[::-1], colour)


def draw_nose(c: Canvas, ident: Identity, head: Head, scene: Scene) -> None:
    style = ident.nose_style
    nx = head.shift * 1.5
    nw = ident.nose_width * {"button": 0.85, "broad": 1.2}.get(style, 1.0)
    tip = 0.5 * ident.nose_length * (1.08 if style == "long" else 1.0)
    sd = -scene.light  # the shaded side
    bridge = c.mask(*HEAD_BOX).ellipse(nx + sd * 0.08, tip * 0.62, 0.05, tip * 0.42)
    bridge.soften(0.04).clip(head.mask).paint(head.shade, 0.5)
    line = (*shadow_of(head.skin, 0.32), 190)
    soft = (*shadow_of(head.skin, 0.32), 110)
    if style in ("straight", "long"):
        c.line(
            [(nx + sd * 0.07, -0.02), (nx + sd * 0.08, tip * 0.55), (nx + sd * 0.1, tip - 0.1)],
            soft,
            0.018,
        )
    bottom = [
        (nx - 0.1 * nw, tip - 0.02),
        (nx - 0.06 * nw, tip + 0.04),
        (nx, tip + 0.055),
        (nx + 0.06 * nw, tip + 0.04),
        (nx + 0.1 * nw, tip - 0.02),
    ]
    c.line(smooth(bottom, 2, closed=False), line, 0.024)
    for side in (-1, 1):
        wing = [
            (nx + side * 0.1 * nw, tip - 0.1),
            (nx + side * 0.145 * nw, tip - 0.02),
            (nx + side * 0.1 * nw, tip + 0.03),
        ]
        c.line(smooth(wing, 1, False), soft, 0.02)
        c.ellipse(
            nx + side * 0.05 * nw, tip + 0.025, 0.026 * nw, 0.015, (*scale(head.shade, 0.7), 160)
        )
    r = 0.05 if style == "button" else 0.04
    c.ellipse(nx - sd * 0.02, tip - 0.05, r, r * 0.8, (255, 255, 255, 45))


def _lip_colour(ident: Identity, head: Head) -> tuple:
    if ident.lipstick is not None:
        return mix(shadow_of(head.skin, 0.15), ident.lipstick, 0.75)
    tint = {"female": 0.38, "nonbinary": 0.28}.get(ident.gender, 0.18)
    if sum(head.skin) > 420:
        return mix(shadow_of(head.skin, 0.1), (196, 84, 96), tint)
    # deeper skin: lips a clear step darker, with a berry tint
    return mix(shadow_of(head.skin, 0.3), (112, 46, 60), tint + 0.1)


def draw_mouth(c: Canvas, ident: Identity, head: Head, scene: Scene) -> None:
    expr = scene.expression
    my = MOUTH_Y + ident.mouth_y
    mx = head.shift * 1.2
    mw = 0.26 * ident.mouth_width * (1.1 if expr in ("grin", "laugh") else 1.0)
    lip = 0.05 * ident.lip_fullness
    colour = _lip_colour(ident, head)
    dark = scale(colour, 0.55)
    n = 12
    us = [-1 + 2 * i / n for i in range(n + 1)]
    if expr in ("grin", "laugh"):
        h = 0.15 if expr == "grin" else 0.23
        top = [(mx + u * mw, my - 0.035 * u * u - 0.01) for u in us]
        bot = [(mx + u * mw, my - 0.035 * u * u - 0.01 + h * (1 - u * u) ** 0.8) for u in us]
        box = (mx - mw - 0.05, my - 0.12, mx + mw + 0.05, my + h + 0.12)
        hole = c.mask(*box).poly(top + bot[::-1])
        hole.paint((92, 32, 38))
        teeth = c.mask(*box).poly([*top, (mx + mw, my + 0.04), (mx - mw, my + 0.04)])
        teeth.clip(hole).paint((250, 248, 242))
        if expr == "laugh":
            c.mask(*box).ellipse(mx, my + h * 0.85, mw * 0.55, h * 0.35).clip(hole).paint(
                (214, 104, 112)
            )
        lower = [(x, y + lip * 0.7 * (1 - u * u) ** 0.5) for (x, y), u in zip(bot, us, strict=True)]
        c.poly(bot + lower[::-1], colour)
        upper = [
            (x, y - lip * 0.45 * (1 - u * u) ** 0.5) for (x, y), u in zip(top, us, strict=True)
        ]
        c.poly(top + upper[::-1], scale(colour, 0.9))
        c.line(top, (*dark, 200), 0.014)
    else:
        curve = {"smile": 0.055, "neutral": 0.012, "thoughtful": 0.0}.get(expr, 0.03)
        side = 1 if scene.gaze[0] >= 0 else -1

        def mid(u: float) -> float:
            y = my - curve * u * u
            if expr == "thoughtful":
                y -= 0.035 * max(0.0, u * side)
            return y

        width = mw * (0.82 if expr == "thoughtful" else 1.0)
        line = [(mx + u * width, mid(u)) for u in us]
        upper = [
            (x, y - lip * 0.85 * (1 - u * u) ** 0.6 + 0.014 * (abs(u) < 0.2))
            for (x, y), u in zip(line, us, strict=True)
        ]
        lower = [
            (x, y + lip * 1.15 * (1 - u * u) ** 0.6) for (x, y), u in zip(line, us, strict=True)
        ]
        c.poly(line + lower[::-1], colour)
        c.poly(line + upper[::-1], scale(colour, 0.88))
        c.ellipse(mx, my + lip * 0.6, width * 0.35, lip * 0.3, (255, 255, 255, 40))
        c.line(line, (*dark, 220), 0.02)
        if expr == "smile":
            for sgn in (-1, 1):
                x, y = line[-1] if sgn > 0 else line[0]
                c.line(
                    [(x + sgn * 0.01, y - 0.02), (x + sgn * 0.04, y + 0.02)],
                    (*shadow_of(head.skin, 0.3), 120),
                    0.016,
                )
