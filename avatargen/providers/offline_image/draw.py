"""Render one portrait: background, the persona's cached identity layers, the per-image
details drawn on small supersampled patches, then PNG encoding.

Only the patches that carry something new in this image (eyes, brows, nose, mouth,
glasses, accessories) are drawn 2x supersampled; the background and the identity layers
are pasted at output size, so nothing is drawn on a full-size 2x canvas per image.
"""

from __future__ import annotations

import math
import struct
import zlib

from PIL import Image, ImageChops

from avatargen.providers.offline_image import accessories, face, features
from avatargen.providers.offline_image.backgrounds import paint_background
from avatargen.providers.offline_image.canvas import Canvas
from avatargen.providers.offline_image.identity import Identity
from avatargen.providers.offline_image.layers import (
    SUPERSAMPLE,
    Layer,
    identity_layers,
    origin,
    unit,
)
from avatargen.providers.offline_image.scene import Scene

# A fixed zlib level and no timestamps keep the output byte-identical across runs.
# Level 1 with the "Up" filter: measured in bench/image_render.py (README, Benchmarks).
PNG_COMPRESS_LEVEL = 1

FEATURES_BOX = (-1.35, -0.62, 1.35, 1.3)  # eyes, brows, nose, mouth, mustache (units)
NECK_BOX = (-1.3, 1.5, 1.3, 4.5)  # scarf, necklace
HEAD_TOP_BOX = (-2.7, -2.8, 2.7, 2.9)  # hats, headphones, earrings, flower


def offset(scene: Scene, size: int) -> tuple[int, int]:
    """The scene's shift of the figure, in whole output pixels."""
    return int(round(size * scene.dx)), int(round(size * scene.dy))


def frame(scene: Scene, size: int) -> tuple[float, float, float]:
    """Where the head sits in an image of ``size`` pixels: (centre x, centre y, unit).

    One unit is half the width of the head; the face spans about -1..1 across and
    -1.2 (crown) .. 1.3 (chin) down.
    """
    (x, y), (ox, oy) = origin(size), offset(scene, size)
    return x + ox, y + oy, unit(scene, size)


def _paste(img: Image.Image, layer: Layer | None, ox: int, oy: int) -> None:
    if layer is not None:
        rgba, (x, y) = layer
        img.paste(rgba, (x + ox, y + oy), rgba)


class _Patch:
    """A 2x supersampled canvas over part of the image (a box in units), pasted back."""

    def __init__(self, img: Image.Image, fr: tuple[float, float, float], boxes) -> None:
        cx, cy, u = fr
        size = img.size[0]
        x0 = max(0, math.floor(cx + min(b[0] for b in boxes) * u))
        y0 = max(0, math.floor(cy + min(b[1] for b in boxes) * u))
        x1 = min(size, math.ceil(cx + max(b[2] for b in boxes) * u))
        y1 = min(img.size[1], math.ceil(cy + max(b[3] for b in boxes) * u))
        self.img, self.at = img, (x0, y0)
        w, h = max(1, x1 - x0), max(1, y1 - y0)
        ss = SUPERSAMPLE
        crop = img.crop((x0, y0, x0 + w, y0 + h)).resize((w * ss, h * ss), Image.NEAREST)
        self.c = Canvas(w, ss, crop, height=h)
        self.c.set_frame((cx - x0) * ss, (cy - y0) * ss, u * ss)

    def __enter__(self) -> Canvas:
        return self.c

    def __exit__(self, *exc) -> None:
        if exc[0] is None:
            self.img.paste(self.c.result(), self.at)


def render(ident: Identity, scene: Scene, size: int) -> Image.Image:
    """The portrait as a Pillow RGB image of ``size`` x ``size``."""
    layers = identity_layers(ident, size)
    img = paint_background(scene, size)
    ox, oy = offset(scene, size)
    fr = frame(scene, size)
    _paste(img, layers.under, ox, oy)
    neck = scene.accessory in accessories.NECK_ACCESSORIES
    with _Patch(img, fr, (FEATURES_BOX, NECK_BOX) if neck else (FEATURES_BOX,)) as c:
        head = face.build_head(c, ident, scene)
        accessories.draw_accessory(c, ident, head, scene, "neck")
        features.draw_eyes(c, ident, head, scene)
        features.draw_brows(c, ident, head, scene)
        features.draw_nose(c, ident, head, scene)
        features.draw_mouth(c, ident, head, scene)
        face.draw_facial_hair(c, ident, head, under_mouth=False)
    _paste(img, layers.over, ox, oy)
    on_head = scene.accessory in accessories.ACCESSORY_PAINTERS and not neck
    if ident.glasses or on_head:
        with _Patch(img, fr, (HEAD_TOP_BOX if on_head else FEATURES_BOX,)) as c:
            head = face.build_head(c, ident, scene)
            face.draw_glasses(c, ident, head, scene)
            accessories.draw_accessory(c, ident, head, scene, "head")
    return img


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def encode_png(img: Image.Image) -> bytes:
    """Encode an RGB image as PNG using the "Up" filter on every row.

    Pillow's encoder tries all five filters on every row, which costs more than the
    drawing; flat illustrations compress just as well with "Up", and the row differences
    come from one C-level image subtraction.
    """
    if img.mode != "RGB":
        img = img.convert("RGB")
    w, h = img.size
    up = ImageChops.subtract_modulo(img, img.crop((0, -1, w, h - 1))).tobytes()
    stride = w * 3
    raw = b"".join(b"\x02" + up[i : i + stride] for i in range(0, len(up), stride))
    header = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlace
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            _chunk(b"IHDR", header),
            _chunk(b"IDAT", zlib.compress(raw, PNG_COMPRESS_LEVEL)),
            _chunk(b"IEND", b""),
        )
    )
