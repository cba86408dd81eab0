"""Render one portrait: background, then the figure back to front, then PNG encoding."""

from __future__ import annotations

import struct
import zlib

from PIL import Image, ImageChops

from avatargen.providers.offline_image import (
    accessories,
    body,
    face,
    features,
    hair,
    hairstyles,
)
from avatargen.providers.offline_image.backgrounds import paint_background
from avatargen.providers.offline_image.canvas import Canvas
from avatargen.providers.offline_image.identity import Identity
from avatargen.providers.offline_image.scene import Scene

SUPERSAMPLE = 2
# A fixed zlib level and no timestamps keep the output byte-identical across runs.
PNG_COMPRESS_LEVEL = 2


def frame(scene: Scene, size: int) -> tuple[float, float, float]:
    """Where the head sits in an image of ``size`` pixels: (centre x, centre y, unit).

    One unit is half the width of the head; the face spans about -1..1 across and
    -1.2 (crown) .. 1.3 (chin) down.
    """
    return size * (0.5 + scene.dx), size * (0.385 + scene.dy), size * 0.148 * scene.zoom


def render(ident: Identity, scene: Scene, size: int):
    """The portrait as a Pillow RGB image of ``size`` x ``size``."""
    c = Canvas(size, SUPERSAMPLE, paint_background(scene, size * SUPERSAMPLE))
    c.set_frame(*(v * SUPERSAMPLE for v in frame(scene, size)))
    head = face.build_head(c, ident, scene)
    hair.draw_back_hair(c, ident, head, scene)
    body.draw_behind_neck(c, ident, head)
    body.draw_neck(c, ident, head)
    body.draw_clothing(c, ident, head, scene)
    hairstyles.draw_side_tail(c, ident, head)
    accessories.draw_accessory(c, ident, head, scene, "neck")
    face.draw_ears(c, ident, head, scene)
    face.draw_face(c, ident, head, scene)
    face.draw_age(c, ident, head)
    face.draw_facial_hair(c, ident, head, under_mouth=True)
    features.draw_eyes(c, ident, head, scene)
    features.draw_brows(c, ident, head, scene)
    features.draw_nose(c, ident, head, scene)
    features.draw_mouth(c, ident, head, scene)
    face.draw_facial_hair(c, ident, head, under_mouth=False)
    front = hair.front_hair_mask(c, ident, head)
    if front is not None:
        hair.forehead_shadow(c, front, head)
        hair.paint_front_hair(c, ident, head, scene, front)
    hairstyles.draw_bald_details(c, ident, head, scene)
    face.draw_glasses(c, ident, head, scene)
    accessories.draw_accessory(c, ident, head, scene, "head")
    return c.result()


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
