"""Offline renderer speed, measured side by side in one run, pinned to one core.

Times are CPU time of this process (``time.process_time``): the machine is shared, and
both sides of each ratio are measured the same way in the same run.

Prints, for personas drawn by the offline text provider:
  * render + encode time per image as the provider returns it (a persona's positions in
    order, as a pool worker gets them; the identity cache is cleared before each persona,
    so its first image pays for the shared layers), the cold time of a single base
    portrait with an empty cache, and a plain Pillow PNG encode (``img.save(buf, "PNG")``,
    default settings) of the very same images;
  * the ratio render+encode / Pillow encode (target <= 3x);
  * a PNG settings table: encode time and size for the provider's encoder at several zlib
    levels and for Pillow at its default and at compress_level=1;
  * with --profile, the top functions by cumulative time (cProfile).

Usage: python bench/image_render.py [--personas 24] [--images 8] [--size 512] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import sys
import time

from PIL import Image


def pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def _clear_cache() -> None:
    from avatargen.providers import offline_image

    clear = getattr(offline_image, "clear_cache", None)
    if clear is not None:
        clear()


def _render_persona(provider, subject, images: int, size: int) -> list:
    base = provider.base_portrait(subject, size)
    return [base] + [provider.variant(subject, base, p, size) for p in range(2, images + 1)]


def pillow_encode(img: Image.Image, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", **kw)
    return buf.getvalue()


def best_of(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--personas", type=int, default=24)
    ap.add_argument("--images", type=int, default=8)
    ap.add_argument("--size", type=int, default=512)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    pin_one_core()
    sys.path.insert(0, os.getcwd())
    from avatargen.providers.offline_image import OfflineImageProvider
    from avatargen.providers.offline_image import draw as draw_mod
    from avatargen.providers.offline_image.sheet import subjects

    provider = OfflineImageProvider()
    people = subjects("people from all walks of life", args.personas, args.seed)
    _render_persona(provider, people[0], 2, args.size)  # warm-up (imports, LUTs)

    def render_all():
        out = []
        for s in people:
            _clear_cache()
            out += _render_persona(provider, s, args.images, args.size)
        return out

    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        render_all()
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(18)

    t0 = time.process_time()
    images = render_all()
    ours = (time.process_time() - t0) / len(images)

    def cold():
        for s in people[:8]:
            _clear_cache()
            provider.base_portrait(s, args.size)

    cold_t = best_of(cold, 1) / 8
    decoded = [Image.open(io.BytesIO(g.data)).convert("RGB") for g in images]
    for im in decoded:
        im.load()
    pil = best_of(lambda: [pillow_encode(im) for im in decoded]) / len(decoded)
    pil1 = best_of(lambda: [pillow_encode(im, compress_level=1) for im in decoded]) / len(decoded)
    own = best_of(lambda: [draw_mod.encode_png(im) for im in decoded]) / len(decoded)
    print(f"images: {len(images)} ({args.personas} personas x {args.images}), {args.size} px")
    print(f"render+encode per image (persona in order): {ours * 1000:7.2f} ms")
    print(f"render+encode of a cold base portrait:       {cold_t * 1000:7.2f} ms")
    print(f"plain Pillow PNG encode, same images:        {pil * 1000:7.2f} ms")
    print(f"Pillow PNG encode at compress_level=1:       {pil1 * 1000:7.2f} ms")
    level = draw_mod.PNG_COMPRESS_LEVEL
    print(f"the provider's own PNG encode (zlib {level}, Up):  {own * 1000:7.2f} ms")
    print(f"ratio render+encode / Pillow encode: {ours / pil:.2f}x (target <= 3x)")
    print(f"ratio render+encode / Pillow compress_level=1: {ours / pil1:.2f}x")
    print(f"ratio render+encode / the provider's own encode: {ours / own:.2f}x")
    print(f"ratio cold base portrait / Pillow encode: {cold_t / pil:.2f}x")

    sample = decoded[:: max(1, len(decoded) // 32)]
    print("\nPNG settings (mean over", len(sample), "images): time ms, size KiB")
    encoders = {}
    level0 = getattr(draw_mod, "PNG_COMPRESS_LEVEL", None)
    for level in (1, 2, 3, 6, 9):

        def enc(im, level=level):
            draw_mod.PNG_COMPRESS_LEVEL = level
            return draw_mod.encode_png(im)

        encoders[f"provider Up filter, zlib {level}"] = enc
    encoders["Pillow default (level 6, adaptive)"] = pillow_encode
    encoders["Pillow compress_level=1"] = lambda im: pillow_encode(im, compress_level=1)
    for name, enc in encoders.items():
        t = best_of(lambda enc=enc: [enc(im) for im in sample]) / len(sample)
        sizes = [len(enc(im)) for im in sample]
        print(f"  {name:38s} {t * 1000:6.2f} ms  {statistics.mean(sizes) / 1024:7.1f} KiB")
    if level0 is not None:
        draw_mod.PNG_COMPRESS_LEVEL = level0


if __name__ == "__main__":
    main()
