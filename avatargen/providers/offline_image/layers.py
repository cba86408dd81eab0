"""A persona's identity layers: what stays the same in all of its images, drawn once.

Two RGBA layers in output pixels: *under* (back hair, neck, clothes, ponytail, ears,
face skin and shading, age lines, beard) and *over* (front hair and its shadow on the
forehead, bald-head shine). Each image pastes them around its own background and
per-image details (eyes, brows, nose, mouth, mustache, glasses, accessories). The layers
are drawn 2x supersampled on canvases with a margin, so an image may shift the figure
by whole pixels without running off the layer.

A small in-process LRU cache keeps the layers of the last few personas: a worker that
draws a persona's positions one after another draws its layers once. The cache key is
the Identity itself (equality of its fields); nothing drawn depends on the cache, so a
cold and a warm call give the same pixels.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from PIL import Image

from avatargen.providers.offline_image import body, face, hair, hairstyles
from avatargen.providers.offline_image.canvas import Canvas
from avatargen.providers.offline_image.identity import Identity
from avatargen.providers.offline_image.scene import Scene, identity_scene

SUPERSAMPLE = 2
MARGIN = 0.1  # of the image size, on every side of a layer canvas
CACHE_SIZE = 16

Layer = tuple[Image.Image, tuple[int, int]]  # RGBA, top-left at scene offset (0, 0)


@dataclass(frozen=True)
class Layers:
    under: Layer | None
    over: Layer | None


_cache: OrderedDict[tuple[Identity, int], Layers] = OrderedDict()
_lock = threading.Lock()


def clear_cache() -> None:
    with _lock:
        _cache.clear()


def origin(size: int) -> tuple[float, float]:
    """Where the head's centre sits in an image of ``size`` at scene offset (0, 0)."""
    return size * 0.5, size * 0.385


def unit(scene: Scene, size: int) -> float:
    """One unit (half a head's width) in output pixels."""
    return size * 0.148 * scene.zoom


def identity_layers(ident: Identity, size: int) -> Layers:
    key = (ident, size)
    with _lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    layers = _draw(ident, size)
    with _lock:
        _cache[key] = layers
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return layers


def _canvas(size: int, scene: Scene) -> tuple[Canvas, int]:
    m = int(round(size * MARGIN))
    c = Canvas(size + 2 * m, SUPERSAMPLE, coverage=True)
    ox, oy = origin(size)
    c.set_frame((ox + m) * SUPERSAMPLE, (oy + m) * SUPERSAMPLE, unit(scene, size) * SUPERSAMPLE)
    return c, m


def _finish(c: Canvas, m: int) -> Layer | None:
    out = c.layer()
    if out is None:
        return None
    rgba, (x, y) = out
    return rgba, (x - m, y - m)


def _draw(ident: Identity, size: int) -> Layers:
    scene = identity_scene(ident)
    under, m = _canvas(size, scene)
    head = face.build_head(under, ident, scene)
    hair.draw_back_hair(under, ident, head, scene)
    cx, cy, r = under.cx, under.cy, under.r
    # the body sits lower on a longer neck, a little to one side when the persona stands
    # turned, and is drawn a little bigger or smaller than the head
    under.set_frame(cx + ident.stance * r, cy + ident.neck * r, r * ident.body_scale)
    body.draw_behind_neck(under, ident, head)
    body.draw_neck(under, ident, head)
    body.draw_clothing(under, ident, head, scene)
    hairstyles.draw_side_tail(under, ident, head)
    under.set_frame(cx, cy, r)
    face.draw_ears(under, ident, head, scene)
    face.draw_face(under, ident, head, scene)
    face.draw_age(under, ident, head)
    face.draw_facial_hair(under, ident, head, under_mouth=True)
    over, _ = _canvas(size, scene)  # same geometry: the head's masks line up with it
    front = hair.front_hair_mask(over, ident, head)
    if front is not None:
        if ident.hair_length != "shaved":
            hair.forehead_shadow(over, front, head)
        hair.paint_front_hair(over, ident, head, scene, front)
    hairstyles.draw_bald_details(over, ident, head, scene)
    return Layers(_finish(under, m), _finish(over, m))
