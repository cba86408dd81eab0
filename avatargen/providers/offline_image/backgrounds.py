"""Backgrounds: simple-shape settings painted at low resolution, softly blurred (depth of field).

Each painter draws in fractions of the width (0..1) on a small RGB image; the result is
blurred a little and scaled up to the canvas, which keeps them cheap and out of focus so
the person stays the subject.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import lru_cache

from PIL import Image, ImageDraw

from avatargen.providers.offline_image.canvas import RGB, jitter, mix, scale
from avatargen.providers.offline_image.scene import STUDIO_COLOURS, Scene

SKIES = {
    "day": [(0.0, (96, 160, 222)), (0.7, (190, 220, 240)), (1.0, (214, 232, 242))],
    "golden": [(0.0, (236, 150, 100)), (0.6, (250, 206, 150)), (1.0, (255, 232, 190))],
    "dusk": [(0.0, (46, 48, 104)), (0.55, (150, 90, 140)), (1.0, (240, 150, 120))],
}


def vgrad(w: int, h: int, stops: list[tuple[float, RGB]]) -> Image.Image:
    """A vertical gradient through (position 0..1, colour) stops (do not modify it)."""
    return _vgrad(w, h, tuple(stops))


@lru_cache(maxsize=64)
def _vgrad(w: int, h: int, stops: tuple[tuple[float, RGB], ...]) -> Image.Image:
    col = []
    for i in range(h):
        t = i / max(1, h - 1)
        for (p0, c0), (p1, c1) in zip(stops, stops[1:], strict=False):
            if t <= p1 or (p1, c1) == stops[-1]:
                col.append(mix(c0, c1, 0.0 if p1 == p0 else min(1.0, (t - p0) / (p1 - p0))))
                break
    img = Image.new("RGB", (1, h))
    img.putdata(col)
    return img.resize((w, h), Image.NEAREST)


@lru_cache(maxsize=4)
def _radial(n: int) -> Image.Image:
    # centre a little above the middle, where the head is
    g = Image.radial_gradient("L").resize((n * 2, n * 2), Image.BILINEAR)
    return g.crop((n // 2, int(n * 0.62), n // 2 + n, int(n * 0.62) + n))


class Painter:
    """Small helper with fractional coordinates over an ``n`` x ``n`` image."""

    def __init__(self, img: Image.Image, rng: random.Random) -> None:
        self.img = img
        self.n = img.size[0]
        self.d = ImageDraw.Draw(img, "RGBA")
        self.rng = rng

    def box(self, x0, y0, x1, y1):
        n = self.n
        return (x0 * n, y0 * n, x1 * n, y1 * n)

    def rect(self, x0, y0, x1, y1, fill):
        self.d.rectangle(self.box(x0, y0, x1, y1), fill=fill)

    def ell(self, x, y, rx, ry, fill):
        self.d.ellipse(self.box(x - rx, y - ry, x + rx, y + ry), fill=fill)

    def poly(self, pts, fill):
        n = self.n
        self.d.polygon([(x * n, y * n) for x, y in pts], fill=fill)

    def paste(self, im: Image.Image, y: float = 0.0):
        self.img.paste(im, (0, int(y * self.n)))


def studio(p: Painter, scene: Scene) -> None:
    inner, outer = STUDIO_COLOURS[scene.palette % len(STUDIO_COLOURS)]
    g = _radial(p.n)
    lut = [
        [int(inner[c] + (outer[c] - inner[c]) * min(1.0, v / 200)) for v in range(256)]
        for c in range(3)
    ]
    p.img.paste(Image.merge("RGB", [g.point(lut[c]) for c in range(3)]))


def _sky(p: Painter, scene: Scene, until: float = 1.0) -> None:
    p.paste(vgrad(p.n, max(1, int(p.n * until)), SKIES[scene.time]))


def _sun(p: Painter, scene: Scene, x: float, y: float) -> None:
    glow = {"day": (255, 250, 230), "golden": (255, 236, 180), "dusk": (255, 190, 150)}[scene.time]
    for r, a in ((0.16, 40), (0.1, 70), (0.05, 255)):
        p.ell(x, y, r, r, (*glow, a))


def park(p: Painter, scene: Scene) -> None:
    rng = p.rng
    _sky(p, scene)
    _sun(p, scene, rng.uniform(0.1, 0.9), 0.18)
    far = mix((90, 140, 110), SKIES[scene.time][1][1], 0.45)
    for _ in range(7):
        p.ell(rng.uniform(0, 1), 0.62, rng.uniform(0.1, 0.22), rng.uniform(0.06, 0.12), far)
    p.rect(0, 0.6, 1, 1, (108, 160, 80) if scene.time == "day" else (120, 140, 70))
    p.poly([(0.45, 0.62), (0.55, 0.62), (0.9, 1), (0.1, 1)], (214, 196, 160))
    greens = ((60, 120, 60), (80, 140, 70), (50, 100, 60), (100, 150, 70))
    for _ in range(6):
        x, s = rng.uniform(-0.05, 1.05), rng.uniform(0.7, 1.3)
        p.rect(x - 0.012 * s, 0.45, x + 0.012 * s, 0.66, (96, 70, 50))
        for _ in range(4):
            p.ell(
                x + rng.uniform(-0.06, 0.06) * s,
                0.4 + rng.uniform(-0.06, 0.06) * s,
                0.08 * s,
                0.08 * s,
                rng.choice(greens),
            )
    for _ in range(10):
        r = rng.uniform(0.01, 0.03)
        p.ell(rng.uniform(0, 1), rng.uniform(0.25, 0.6), r, r, (255, 250, 220, 60))


def city(p: Painter, scene: Scene) -> None:
    rng = p.rng
    _sky(p, scene)
    dark = scene.time == "dusk"
    base = (60, 56, 88) if dark else (120, 132, 150)
    x = -0.02
    while x < 1.02:
        w, top = rng.uniform(0.07, 0.16), rng.uniform(0.2, 0.6)
        colour = jitter(base, rng, 18)
        p.rect(x, top, x + w, 0.9, colour)
        lit = (250, 210, 120, 230) if dark else (*mix(colour, (220, 235, 245), 0.45), 255)
        for wy in range(int((0.85 - top) / 0.045)):
            for wx in range(int(w / 0.035)):
                if rng.random() < (0.45 if dark else 0.9):
                    x0, y0 = x + 0.012 + wx * 0.035, top + 0.025 + wy * 0.045
                    p.rect(x0, y0, x0 + 0.018, y0 + 0.022, lit)
        x += w + rng.uniform(0.0, 0.02)
    p.rect(0, 0.86, 1, 1, (70, 70, 78) if dark else (150, 150, 156))
    if dark:
        for _ in range(12):
            r = rng.uniform(0.015, 0.035)
            colour = rng.choice(((255, 200, 120), (255, 150, 100), (200, 220, 255)))
            p.ell(rng.uniform(0, 1), rng.uniform(0.7, 0.95), r, r, (*colour, 110))


def cafe(p: Painter, scene: Scene) -> None:
    rng = p.rng
    wall = rng.choice(((222, 196, 160), (196, 150, 116), (226, 214, 196), (120, 86, 66)))
    p.paste(vgrad(p.n, p.n, [(0, scale(wall, 0.92)), (1, scale(wall, 1.05))]))
    p.rect(0.62, 0.08, 0.98, 0.5, (236, 238, 226))  # window
    p.rect(0.6, 0.06, 1.0, 0.08, (120, 90, 70))
    p.rect(0.79, 0.08, 0.81, 0.5, (120, 90, 70))
    p.rect(0, 0.7, 1, 1, (110, 74, 52))  # counter
    p.rect(0, 0.7, 1, 0.72, (150, 110, 80))
    p.rect(0.02, 0.38, 0.4, 0.4, (130, 92, 64))  # shelf with cups
    for i in range(6):
        c = rng.choice(((240, 240, 236), (200, 90, 70), (90, 140, 170), (230, 200, 120)))
        p.rect(0.04 + i * 0.06, 0.33, 0.08 + i * 0.06, 0.38, c)
    for lx in (0.2, 0.5, 0.8):
        p.rect(lx - 0.003, 0, lx + 0.003, 0.16, (60, 50, 44))
        p.ell(lx, 0.2, 0.12, 0.12, (255, 220, 150, 50))
        p.poly(
            [(lx - 0.05, 0.2), (lx - 0.02, 0.15), (lx + 0.02, 0.15), (lx + 0.05, 0.2)], (60, 70, 64)
        )
        p.ell(lx, 0.205, 0.025, 0.012, (255, 236, 180))
    p.ell(0.1, 0.62, 0.07, 0.09, (70, 120, 70))
    p.rect(0.07, 0.62, 0.13, 0.7, (180, 110, 80))


def beach(p: Painter, scene: Scene) -> None:
    rng = p.rng
    _sky(p, scene, 0.6)
    _sun(p, scene, rng.uniform(0.15, 0.85), rng.uniform(0.22, 0.4))
    for _ in range(3):
        x, y = rng.uniform(0, 1), rng.uniform(0.08, 0.3)
        for dx in (-0.05, 0, 0.05):
            p.ell(x + dx, y, 0.07, 0.03, (255, 255, 255, 150))
    sea = {"day": (50, 140, 190), "golden": (70, 130, 170), "dusk": (70, 70, 120)}[scene.time]
    p.paste(vgrad(p.n, int(p.n * 0.18), [(0, sea), (1, mix(sea, (180, 230, 230), 0.5))]), 0.58)
    for _ in range(8):
        y = rng.uniform(0.6, 0.74)
        x = rng.uniform(0, 1)
        p.rect(x, y, x + rng.uniform(0.05, 0.15), y + 0.004, (255, 255, 255, 120))
    p.rect(0, 0.76, 1, 1, (232, 210, 170) if scene.time != "dusk" else (190, 160, 140))
    p.rect(0, 0.755, 1, 0.77, (250, 250, 245, 160))


def office(p: Painter, scene: Scene) -> None:
    rng = p.rng
    wall = rng.choice(((232, 232, 228), (214, 222, 228), (236, 228, 214)))
    p.img.paste(wall, (0, 0, p.n, p.n))
    p.paste(vgrad(p.n, int(p.n * 0.55), SKIES[scene.time]), 0.05)
    for i in range(8):
        x = i * 0.14 + rng.uniform(-0.01, 0.01)
        p.rect(x, 0.35 + rng.uniform(0, 0.1), x + 0.1, 0.6, (150, 160, 176, 140))
    for x in (0.0, 0.33, 0.66, 0.99):
        p.rect(x - 0.015, 0.03, x + 0.015, 0.62, (90, 96, 104))
    p.rect(0, 0.02, 1, 0.05, (90, 96, 104))
    p.rect(0, 0.6, 1, 0.64, (90, 96, 104))
    p.rect(0, 0.82, 1, 1, (180, 150, 116))
    p.rect(0.8, 0.7, 0.9, 0.85, (230, 230, 226))
    for _ in range(5):
        p.ell(
            0.85 + rng.uniform(-0.06, 0.06),
            0.62 + rng.uniform(-0.06, 0.05),
            0.05,
            0.06,
            rng.choice(((60, 130, 70), (80, 150, 80))),
        )


def mountains(p: Painter, scene: Scene) -> None:
    rng = p.rng
    _sky(p, scene)
    _sun(p, scene, rng.uniform(0.1, 0.9), 0.2)
    hazes = (mix((120, 140, 170), SKIES[scene.time][1][1], 0.5), (80, 100, 120), (60, 80, 80))
    for layer, colour in enumerate(hazes):
        pts, x = [(0.0, 1.0)], 0.0
        base = 0.42 + layer * 0.1
        while x < 1.0:
            peak = base - rng.uniform(0.05, 0.18)
            pts.append((x, base))
            pts.append((x + 0.12, peak))
            if layer == 0:
                p.poly(
                    [(x + 0.08, peak + 0.04), (x + 0.12, peak), (x + 0.16, peak + 0.04)],
                    (245, 245, 250),
                )
            x += 0.24
        pts += [(1.0, base), (1.0, 1.0)]
        p.poly(pts, colour)
    for _ in range(14):
        x, s = rng.uniform(0, 1), rng.uniform(0.6, 1.2)
        y = rng.uniform(0.7, 0.95)
        p.poly([(x - 0.04 * s, y), (x, y - 0.16 * s), (x + 0.04 * s, y)], (36, 70, 52))


def library(p: Painter, scene: Scene) -> None:
    rng = p.rng
    wood = rng.choice(((96, 62, 40), (120, 84, 56), (70, 48, 36)))
    p.img.paste(scale(wood, 0.7), (0, 0, p.n, p.n))
    colours = (
        (150, 40, 40),
        (40, 70, 120),
        (60, 100, 60),
        (200, 170, 90),
        (120, 60, 100),
        (220, 210, 190),
        (40, 40, 50),
        (180, 100, 50),
    )
    for row in range(5):
        y1 = 0.2 + row * 0.2
        x = 0.0
        while x < 1.0:
            w = rng.uniform(0.02, 0.04)
            h = rng.uniform(0.11, 0.16)
            p.rect(x, y1 - h, x + w, y1, rng.choice(colours))
            x += w + (rng.uniform(0.02, 0.08) if rng.random() < 0.08 else 0.003)
        p.rect(0, y1, 1, y1 + 0.025, wood)
    p.ell(0.5, 0.3, 0.5, 0.4, (255, 220, 160, 40))


def brick(p: Painter, scene: Scene) -> None:
    rng = p.rng
    base = rng.choice(((170, 84, 60), (150, 90, 80), (200, 190, 180), (120, 70, 60)))
    p.img.paste(scale(base, 0.75), (0, 0, p.n, p.n))
    for row in range(20):
        y = row * 0.05
        off = 0.06 if row % 2 else 0.0
        for col in range(-1, 9):
            x = col * 0.12 + off
            p.rect(x + 0.004, y + 0.004, x + 0.116, y + 0.046, jitter(base, rng, 12))
    if rng.random() < 0.6:
        for _ in range(3):
            c = rng.choice(((240, 200, 60), (60, 180, 200), (230, 90, 140), (120, 200, 100)))
            p.ell(
                rng.uniform(0, 1), rng.uniform(0.1, 0.6), rng.uniform(0.06, 0.14), 0.06, (*c, 150)
            )


def garden(p: Painter, scene: Scene) -> None:
    rng = p.rng
    _sky(p, scene, 0.5)
    p.rect(0, 0.45, 1, 1, (46, 96, 56))
    greens = ((50, 110, 60), (70, 130, 70), (90, 150, 80), (40, 90, 60))
    for _ in range(40):
        p.ell(
            rng.uniform(0, 1),
            rng.uniform(0.3, 1.0),
            rng.uniform(0.06, 0.12),
            rng.uniform(0.06, 0.1),
            rng.choice(greens),
        )
    flowers = ((240, 120, 150), (250, 220, 90), (255, 255, 255), (200, 120, 220), (250, 140, 80))
    for _ in range(40):
        r = rng.uniform(0.008, 0.016)
        p.ell(rng.uniform(0, 1), rng.uniform(0.35, 1.0), r, r, rng.choice(flowers))


def night(p: Painter, scene: Scene) -> None:
    rng = p.rng
    top = rng.choice(((16, 20, 44), (30, 18, 40), (10, 30, 40)))
    p.paste(vgrad(p.n, p.n, [(0, top), (1, mix(top, (90, 60, 90), 0.6))]))
    lights = ((255, 190, 100), (255, 120, 120), (120, 180, 255), (255, 230, 160), (190, 120, 255))
    for _ in range(26):
        r = rng.uniform(0.02, 0.07)
        p.ell(rng.uniform(0, 1), rng.uniform(0.05, 0.95), r, r, (*rng.choice(lights), 90))


def living_room(p: Painter, scene: Scene) -> None:
    rng = p.rng
    wall = rng.choice(((226, 214, 196), (196, 210, 200), (210, 200, 220), (236, 226, 210)))
    p.paste(vgrad(p.n, p.n, [(0, wall), (1, scale(wall, 0.85))]))
    for _ in range(rng.randint(1, 3)):
        x, y = rng.uniform(0.05, 0.8), rng.uniform(0.1, 0.3)
        w, h = rng.uniform(0.1, 0.18), rng.uniform(0.1, 0.16)
        p.rect(x, y, x + w, y + h, (70, 60, 50))
        p.rect(
            x + 0.012,
            y + 0.012,
            x + w - 0.012,
            y + h - 0.012,
            jitter(rng.choice(((180, 200, 220), (220, 180, 140), (160, 200, 160))), rng, 20),
        )
    lx = rng.choice((0.12, 0.88))
    p.ell(lx, 0.4, 0.16, 0.16, (255, 230, 170, 60))
    p.poly(
        [(lx - 0.06, 0.44), (lx - 0.04, 0.34), (lx + 0.04, 0.34), (lx + 0.06, 0.44)],
        (246, 236, 214),
    )
    p.rect(lx - 0.005, 0.44, lx + 0.005, 0.9, (60, 60, 60))
    sofa = rng.choice(((120, 90, 140), (70, 100, 130), (150, 110, 80), (90, 120, 100)))
    p.rect(-0.05, 0.7, 1.05, 1, sofa)
    p.rect(-0.05, 0.7, 1.05, 0.73, scale(sofa, 1.15))


PAINTERS: dict[str, Callable[[Painter, Scene], None]] = {
    "studio": studio,
    "park": park,
    "city": city,
    "cafe": cafe,
    "beach": beach,
    "office": office,
    "mountains": mountains,
    "library": library,
    "brick": brick,
    "garden": garden,
    "night": night,
    "living room": living_room,
}


def paint_background(scene: Scene, size: int) -> Image.Image:
    """The scene's background as an RGB image of ``size`` x ``size`` (a new image)."""
    if scene.setting == "studio":
        return _studio(scene.palette % len(STUDIO_COLOURS), size).copy()
    return _painted(scene, size)


@lru_cache(maxsize=32)
def _studio(palette: int, size: int) -> Image.Image:
    # the same few studio backdrops come back for every base portrait: paint them once
    return _painted(Scene(0, "studio", "day", palette, 1.0, 0, 0, 0, (0, 0), "", "", 1, 0), size)


def _painted(scene: Scene, size: int) -> Image.Image:
    # painted at a third of the size: the smooth upscale puts it softly out of focus (the
    # person is the subject) and is cheaper than painting big and blurring
    n = max(64, size // 3)
    img = Image.new("RGB", (n, n), (200, 200, 200))
    painter = Painter(img, random.Random(scene.seed))
    PAINTERS.get(scene.setting, studio)(painter, scene)
    # a smooth upscale to half the size, then pixel doubling: a third of the cost of a
    # smooth upscale to the full size, and out of focus all the same
    half = (size + 1) // 2
    img = img.resize((half, half), Image.BILINEAR).resize((half * 2, half * 2), Image.NEAREST)
    return img if half * 2 == size else img.crop((0, 0, size, size))
