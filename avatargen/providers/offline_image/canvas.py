"""Drawing surface and colour helpers for the offline portraits.

Figures are drawn in *units* (1 unit = half the width of the head, origin at the head's
centre, y down) onto a 2x supersampled canvas that is reduced at the end, which gives
cheap antialiasing. ``Mask`` is a region-limited greyscale layer used for clipping
(hair shading inside the hair, blush inside the face) and for soft, blurred shapes.
"""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

RGB = tuple[int, int, int]
Point = tuple[float, float]


def clamp(v: float) -> int:
    return 0 if v < 0 else 255 if v > 255 else int(round(v))


def mix(a: RGB, b: RGB, t: float) -> RGB:
    return (
        clamp(a[0] + (b[0] - a[0]) * t),
        clamp(a[1] + (b[1] - a[1]) * t),
        clamp(a[2] + (b[2] - a[2]) * t),
    )


def scale(c: RGB, f: float) -> RGB:
    return (clamp(c[0] * f), clamp(c[1] * f), clamp(c[2] * f))


def jitter(c: RGB, rng: random.Random, amount: int) -> RGB:
    return (
        clamp(c[0] + rng.randint(-amount, amount)),
        clamp(c[1] + rng.randint(-amount, amount)),
        clamp(c[2] + rng.randint(-amount, amount)),
    )


def shadow_of(c: RGB, amount: float = 0.22) -> RGB:
    """A darker, slightly warmer/redder tone of ``c`` (how skin and cloth fall into shade)."""
    d = scale(c, 1 - amount)
    return mix(d, (d[0], int(d[1] * 0.9), int(d[2] * 0.92)), 0.6)


def smooth(pts: list[Point], rounds: int = 2, closed: bool = True) -> list[Point]:
    """Chaikin corner cutting: turns a coarse control polygon into a soft outline."""
    for _ in range(rounds):
        out: list[Point] = []
        n = len(pts)
        last = n if closed else n - 1
        if not closed:
            out.append(pts[0])
        for i in range(last):
            (x0, y0), (x1, y1) = pts[i], pts[(i + 1) % n]
            out.append((0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1))
            out.append((0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1))
        if not closed:
            out.append(pts[-1])
        pts = out
    return pts


def arc_pts(cx: float, cy: float, rx: float, ry: float, a0: float, a1: float, n: int = 16):
    """Points on an ellipse from angle a0 to a1 (degrees, 0 = right, 90 = down)."""
    out = []
    for i in range(n + 1):
        a = math.radians(a0 + (a1 - a0) * i / n)
        out.append((cx + rx * math.cos(a), cy + ry * math.sin(a)))
    return out


class Canvas:
    """An RGB image with a unit frame; colours may be RGB or RGBA (blended).

    ``width`` x ``height`` are output pixels; drawing happens at ``supersample`` times
    that and ``result()`` reduces it back. A *layer* canvas (``coverage=True``) starts
    black and keeps a coverage mask of what was drawn: its RGB is then premultiplied by
    that coverage, and ``layer()`` gives an RGBA image to paste over any background.
    Translucent strokes on a layer must lie on what the layer already covers (shading
    lines on skin, ticks on hair); soft shapes go through ``Mask.paint``, which does
    update the coverage.
    """

    def __init__(
        self,
        width: int,
        supersample: int = 2,
        background: Image.Image | None = None,
        height: int | None = None,
        coverage: bool = False,
    ):
        height = width if height is None else height
        self.size = width
        self.ss = supersample
        self.W, self.H = width * supersample, height * supersample
        self.S = max(self.W, self.H)
        if background is not None and background.size != (self.W, self.H):
            raise ValueError("background must match the supersampled canvas size")
        self.im = background if background is not None else Image.new("RGB", (self.W, self.H))
        self.blend = ImageDraw.Draw(self.im, "RGBA")  # for (r, g, b, a) colours
        self.solid = ImageDraw.Draw(self.im)  # opaque colours skip the blending path
        self.cov = Image.new("L", (self.W, self.H), 0) if coverage else None
        self.cov_draw = ImageDraw.Draw(self.cov) if coverage else None
        self.cx = self.cy = self.S / 2
        self.r = self.S / 8

    def set_frame(self, cx: float, cy: float, unit: float) -> None:
        self.cx, self.cy, self.r = cx, cy, unit

    def p(self, x: float, y: float) -> Point:
        return (self.cx + x * self.r, self.cy + y * self.r)

    def ps(self, pts) -> list[Point]:
        cx, cy, r = self.cx, self.cy, self.r
        return [(cx + x * r, cy + y * r) for x, y in pts]

    def w(self, width: float) -> int:
        return max(1, int(round(width * self.r)))

    def _draw(self, colour) -> ImageDraw.ImageDraw:
        return self.blend if colour is not None and len(colour) == 4 else self.solid

    def _covers(self, colour) -> ImageDraw.ImageDraw | None:
        if self.cov_draw is None or colour is None or (len(colour) == 4 and colour[3] < 255):
            return None
        return self.cov_draw

    def poly(self, pts, fill) -> None:
        xy = self.ps(pts)
        self._draw(fill).polygon(xy, fill=fill)
        if cov := self._covers(fill):
            cov.polygon(xy, fill=255)

    def ellipse(self, x: float, y: float, rx: float, ry: float, fill, outline=None, width=0.0):
        x0, y0 = self.p(x - rx, y - ry)
        x1, y1 = self.p(x + rx, y + ry)
        if x1 - x0 < 1 or y1 - y0 < 1:
            return
        colour = fill if fill is not None else outline
        wd = self.w(width) if outline else 0
        self._draw(colour).ellipse((x0, y0, x1, y1), fill=fill, outline=outline, width=wd)
        if cov := self._covers(colour):
            cov.ellipse(
                (x0, y0, x1, y1), fill=255 if fill else None, outline=255 if outline else None,
                width=wd,
            )  # fmt: skip

    def line(self, pts, fill, width: float) -> None:
        xy = self.ps(pts)
        self._draw(fill).line(xy, fill=fill, width=self.w(width), joint="curve")
        if cov := self._covers(fill):
            cov.line(xy, fill=255, width=self.w(width), joint="curve")

    def rect(self, x0: float, y0: float, x1: float, y1: float, fill) -> None:
        a, b = self.p(x0, y0)
        c, d = self.p(x1, y1)
        self._draw(fill).rectangle((a, b, c, d), fill=fill)
        if cov := self._covers(fill):
            cov.rectangle((a, b, c, d), fill=255)

    def mask(self, x0: float, y0: float, x1: float, y1: float) -> Mask:
        return Mask(self, x0, y0, x1, y1)

    def result(self) -> Image.Image:
        return self.im.reduce(self.ss) if self.ss > 1 else self.im

    def layer(self) -> tuple[Image.Image, tuple[int, int]] | None:
        """A layer canvas as (RGBA image cropped to what was drawn, its top-left offset
        in output pixels), or None when nothing was drawn."""
        big = self.cov.getbbox()
        if big is None:
            return None
        # reduce only the drawn part (on whole supersampled blocks: the same pixels)
        ss = self.ss
        x0, y0 = big[0] // ss * ss, big[1] // ss * ss
        x1, y1 = -(-big[2] // ss) * ss, -(-big[3] // ss) * ss
        cov, rgb = self.cov.crop((x0, y0, x1, y1)), self.im.crop((x0, y0, x1, y1))
        if ss > 1:
            cov, rgb = cov.reduce(ss), rgb.reduce(ss)
        bbox = cov.getbbox()
        if bbox is None:
            return None
        rgba = Image.merge("RGBa", (*rgb.crop(bbox).split(), cov.crop(bbox))).convert("RGBA")
        return rgba, (x0 // ss + bbox[0], y0 // ss + bbox[1])


class Mask:
    """A greyscale layer over part of the canvas, placed at pixel offset (x0, y0).

    It starts as the given unit box and shrinks to what was drawn (plus a margin) before
    the first blur/clip/paint, so the costly pixel operations only touch that region.
    Masks with different boxes can be combined; outside its box a mask is 0.
    """

    def __init__(self, canvas: Canvas, x0: float, y0: float, x1: float, y1: float) -> None:
        self.c = canvas
        a, b = canvas.p(x0, y0)
        c, d = canvas.p(x1, y1)
        self.x0, self.y0 = max(0, int(a)), max(0, int(b))
        w = max(1, min(canvas.W, int(math.ceil(c))) - self.x0)
        h = max(1, min(canvas.H, int(math.ceil(d))) - self.y0)
        self.im = Image.new("L", (w, h), 0)
        self.d = ImageDraw.Draw(self.im)
        self.dirty = True
        self.empty = False
        self.on_canvas = False  # this exact shape is already opaque on the canvas
        self.inside = False  # clipped to a shape that is on the canvas

    def drawn(self) -> Mask:
        """Declare that this shape was already drawn opaque on the canvas (so what is
        clipped to it needs no coverage update on a layer canvas)."""
        self.on_canvas = True
        return self

    def _set(self, im: Image.Image) -> None:
        self.im = im
        self.d = ImageDraw.Draw(im)

    def _ps(self, pts):
        c = self.c
        ox, oy, r = c.cx - self.x0, c.cy - self.y0, c.r
        return [(ox + x * r, oy + y * r) for x, y in pts]

    def poly(self, pts, fill: int = 255) -> Mask:
        self.d.polygon(self._ps(pts), fill=fill)
        self.dirty = True
        return self

    def ellipse(self, x: float, y: float, rx: float, ry: float, fill: int = 255) -> Mask:
        (a, b), (c, d) = self._ps([(x - rx, y - ry), (x + rx, y + ry)])
        if c - a >= 1 and d - b >= 1:
            self.d.ellipse((a, b, c, d), fill=fill)
            self.dirty = True
        return self

    def line(self, pts, width: float, fill: int = 255) -> Mask:
        self.d.line(self._ps(pts), fill=fill, width=self.c.w(width), joint="curve")
        self.dirty = True
        return self

    def arc(self, x, y, rx, ry, start: float, end: float, width: float, fill: int = 255):
        (a, b), (c, d) = self._ps([(x - rx, y - ry), (x + rx, y + ry)])
        if c - a >= 2 and d - b >= 2:
            self.d.arc((a, b, c, d), start, end, fill=fill, width=self.c.w(width))
            self.dirty = True
        return self

    def tighten(self, margin: int = 0) -> Mask:
        """Shrink to the drawn region plus ``margin`` pixels."""
        if not self.dirty and not margin:
            return self
        self.dirty = False
        bbox = self.im.getbbox()
        if bbox is None:
            self.empty = True
            self._set(Image.new("L", (1, 1), 0))
            return self
        ax = max(0, self.x0 + bbox[0] - margin)
        ay = max(0, self.y0 + bbox[1] - margin)
        bx = min(self.c.W, self.x0 + bbox[2] + margin)
        by = min(self.c.H, self.y0 + bbox[3] + margin)
        self._set(self.im.crop((ax - self.x0, ay - self.y0, bx - self.x0, by - self.y0)))
        self.x0, self.y0 = ax, ay
        return self

    def _aligned(self, other: Mask) -> Image.Image:
        """``other``'s pixels over this mask's region (0 where ``other`` has none)."""
        other.tighten()
        w, h = self.im.size
        dx, dy = self.x0 - other.x0, self.y0 - other.y0
        if other.empty:
            return Image.new("L", (w, h), 0)
        return other.im.crop((dx, dy, dx + w, dy + h))

    def shifted(self, dx: float, dy: float) -> Mask:
        """A copy moved by (dx, dy) units."""
        other = self.copy().tighten()
        other.on_canvas = other.inside = False
        other.x0 += int(round(dx * self.c.r))
        other.y0 += int(round(dy * self.c.r))
        return other

    def copy(self) -> Mask:
        other = Mask.__new__(Mask)
        other.__dict__.update(self.__dict__)
        other._set(self.im.copy())
        return other

    def soften(self, radius: float) -> Mask:
        """Blur by ``radius`` units (done at quarter resolution: cheap and smooth)."""
        px = max(2.0, radius * self.c.r)
        self.tighten(int(px * 2) + 4)
        if self.empty:
            return self
        w, h = self.im.size
        small = self.im.reduce(4) if w >= 8 and h >= 8 else self.im
        small = small.filter(ImageFilter.GaussianBlur(px * small.size[0] / w))
        # smooth up to half size, then pixel doubling (the canvas is reduced 2x at the end)
        half = small.resize((max(1, w // 2), max(1, h // 2)), Image.BILINEAR)
        up = half.resize((half.size[0] * 2, half.size[1] * 2), Image.NEAREST)
        if up.size != (w, h):
            up = up.crop((0, 0, w, h))
        self._set(up)
        return self

    def clip(self, other: Mask) -> Mask:
        """Keep only what is also inside ``other``."""
        self.tighten()
        self.inside = self.inside or (other.c is self.c and other.on_canvas)
        if not self.empty:
            self._set(ImageChops.multiply(self.im, self._aligned(other)))
            self.dirty = True
        return self

    def cut(self, other: Mask) -> Mask:
        """Remove what is inside ``other``."""
        self.tighten()
        if not self.empty:
            self._set(ImageChops.subtract(self.im, self._aligned(other)))
            self.dirty = True
        return self

    def paint(self, colour: RGB, alpha: float = 1.0) -> None:
        self.tighten()
        if self.empty:
            return
        m = self.im
        if self.x0 < 0 or self.y0 < 0:
            m = m.crop((max(0, -self.x0), max(0, -self.y0), m.size[0], m.size[1]))
        if m.size[0] < 1 or m.size[1] < 1:
            return
        if alpha < 1:
            m = m.point(_alpha_lut(alpha))
        at = (max(0, self.x0), max(0, self.y0))
        self.c.im.paste(colour, at, m)
        if self.c.cov is not None and not self.inside:
            self.c.cov.paste(255, at, m)
        if alpha >= 1:
            self.on_canvas = True


_LUTS: dict[int, list[int]] = {}


def _alpha_lut(alpha: float) -> list[int]:
    key = int(alpha * 1000)
    lut = _LUTS.get(key)
    if lut is None:
        # Built from the quantised alpha, not the caller's: every alpha with this key must
        # get the same table whichever came first (else bytes depend on process history).
        q = key / 1000
        lut = _LUTS[key] = [int(v * q + 0.5) for v in range(256)]
    return lut
