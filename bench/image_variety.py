"""Offline portraits' variety, by perceptual hash, printed side by side in one run.

For personas drawn by the offline text provider, each image gets a 256-bit difference
hash (dHash: greyscale, 17 x 16, one bit per left/right comparison) of the whole image
and of the face (a square around the head, from the renderer's own ``frame``). Printed,
as Hamming distances divided by 256 (0 = same picture, ~0.5 = unrelated):

  * between the base portraits of different personas (mean, 5th percentile, min):
    different people should be far apart;
  * between the images of one persona (mean) and between images of different personas
    at the same positions (mean): one person's images should be closer to each other;
  * how often an image's nearest other image is one of the same persona's (identity
    kept), against chance (7 of the other images of 8-image personas).

Usage: python bench/image_variety.py [--personas 48] [--images 8] [--size 256] [--seed 1]
(only public renderer APIs, so it also runs against an older tree on PYTHONPATH)
"""

from __future__ import annotations

import argparse
import io
import statistics

from PIL import Image

BITS = 256


def dhash(img: Image.Image) -> int:
    g = img.convert("L").resize((17, 16), Image.BILINEAR)
    px = g.tobytes()
    bits = 0
    for y in range(16):
        row = px[y * 17 : (y + 1) * 17]
        for x in range(16):
            bits = (bits << 1) | (row[x] > row[x + 1])
    return bits


def dist(a: int, b: int) -> float:
    return (a ^ b).bit_count() / BITS


def subjects(count: int, seed: int):
    """The contact sheet's subjects (the same offline personas ``sample-sheet`` draws)."""
    from avatargen.providers.offline_image.sheet import subjects as sheet_subjects

    return sheet_subjects("people from all walks of life", count, seed)


def face_crop(img: Image.Image, subject, position: int) -> Image.Image:
    from avatargen.providers.offline_image import derive, frame, scene_for

    cx, cy, u = frame(scene_for(derive(subject), position), img.size[0])
    return img.crop((int(cx - 1.5 * u), int(cy - 1.4 * u), int(cx + 1.5 * u), int(cy + 1.6 * u)))


def summary(name: str, hashes: list[list[int]]) -> None:
    n, k = len(hashes), len(hashes[0])
    bases = [dist(hashes[i][0], hashes[j][0]) for i in range(n) for j in range(i + 1, n)]
    own = [
        dist(h[a], h[b]) for h in hashes for a in range(k) for b in range(a + 1, k)
    ]  # fmt: skip
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    other = [dist(hashes[i][p], hashes[j][p]) for i, j in pairs for p in range(k)]
    hits = 0
    flat = [(i, h) for i, hs in enumerate(hashes) for h in hs]
    for a, (pa, ha) in enumerate(flat):
        best = min((dist(ha, hb), pb) for b, (pb, hb) in enumerate(flat) if b != a)
        hits += best[1] == pa
    bases.sort()
    print(f"{name}:")
    print(
        f"  base portraits of different personas: mean {statistics.mean(bases):.3f}, "
        f"p5 {bases[len(bases) // 20]:.3f}, min {bases[0]:.3f}"
    )
    print(
        f"  one persona's images: mean {statistics.mean(own):.3f}; different personas at "
        f"the same positions: mean {statistics.mean(other):.3f} "
        f"(ratio {statistics.mean(own) / statistics.mean(other):.2f}, lower is better)"
    )
    chance = (k - 1) / (n * k - 1)
    print(
        f"  nearest other image is the same persona's: {hits / len(flat):.1%} (chance {chance:.1%})"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--personas", type=int, default=48)
    ap.add_argument("--images", type=int, default=8)
    ap.add_argument("--size", type=int, default=256)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    from avatargen.providers.offline_image import OfflineImageProvider

    provider = OfflineImageProvider()
    whole: list[list[int]] = []
    faces: list[list[int]] = []
    for s in subjects(args.personas, args.seed):
        base = provider.base_portrait(s, args.size)
        images = [base] + [
            provider.variant(s, base, p, args.size) for p in range(2, args.images + 1)
        ]
        decoded = [Image.open(io.BytesIO(g.data)).convert("RGB") for g in images]
        whole.append([dhash(im) for im in decoded])
        faces.append([dhash(face_crop(im, s, p)) for p, im in enumerate(decoded, start=1)])
    print(f"{args.personas} personas x {args.images} images, {args.size} px, dHash 256 bits")
    summary("whole image", whole)
    summary("face (square around the head)", faces)


if __name__ == "__main__":
    main()
