"""Cost of C2PA signing and verifying, measured side by side in one run (one core).

Renders a set of 512 px offline images once, then times, over the same images:
  * render + label (XMP only, no certificate configured): images/s;
  * render + label + C2PA signing with a development chain: images/s, and their ratio;
  * the label step alone, unsigned and signed: ms per image (signing cost = difference);
  * verifying one signed image (XMP read + c2pa-python validation): ms per image.

Usage: python bench/c2pa_signing.py [--images 100]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path


def pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def render(n: int):
    from avatargen.providers.base import Appearance, ImageSubject
    from avatargen.providers.registry import get_image_provider

    provider = get_image_provider("offline")
    look = Appearance(hair="short curly red", eyes="green", skin_tone="light", build="slim",
                      style="casual")  # fmt: skip
    subjects = [
        ImageSubject(
            persona_id=f"p{i}",
            task_id="bench",
            index=i,
            gender="male",
            age=40,
            appearance=look,
            seed=3,
        )  # fmt: skip
        for i in range(max(1, n // 4))
    ]
    out, t0 = [], time.perf_counter()
    for s in subjects:
        base = provider.base_portrait(s, 512)
        for pos, img in enumerate([base] + [provider.variant(s, base, p, 512) for p in (2, 3, 4)]):
            out.append((s.persona_id, pos + 1, img.data))
    return provider, out, (time.perf_counter() - t0) / len(out)


def label_all(provider, images) -> tuple[float, list[bytes]]:
    from avatargen import provenance

    t0, done = time.perf_counter(), []
    for persona_id, pos, data in images:
        done.append(
            provenance.embed(data, source_type=provider.digital_source_type, task_id="bench",
                             persona_id=persona_id, position=pos, provider=provider.id)
        )  # fmt: skip
    return (time.perf_counter() - t0) / len(images), done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=int, default=100)
    args = parser.parse_args()
    pin_one_core()

    from avatargen.c2pa import devcert, signing
    from avatargen.c2pa.verify import FileResult, check_image

    provider, images, render_s = render(args.images)
    with tempfile.TemporaryDirectory() as tmp:
        paths = devcert.write_chain(Path(tmp))
        settings = signing.load_settings(
            str(paths["dev-signer-chain.pem"]), str(paths["dev-signer-key.pem"])
        )
    label_all(provider, images[:4])  # warm-up
    plain_s, _ = label_all(provider, images)
    signing.configure(settings)
    label_all(provider, images[:4])  # warm-up: signer and context per thread
    signed_s, signed = label_all(provider, images)
    signing.configure(None)

    t0 = time.perf_counter()
    for i, data in enumerate(signed):
        result = check_image(FileResult(f"{i}.png"), data)
        assert result.valid and result.status == "ok", result.reasons
    verify_s = (time.perf_counter() - t0) / len(signed)

    n = len(images)
    grow = sum(map(len, signed)) / sum(len(d) for _p, _q, d in images) - 1
    plain_rate, signed_rate = 1 / (render_s + plain_s), 1 / (render_s + signed_s)
    print(f"images: {n} offline 512 px PNGs; render {render_s * 1000:.1f} ms/image")
    print(f"render + label, unsigned:  {plain_rate:7.1f} images/s")
    print(f"render + label, C2PA:      {signed_rate:7.1f} images/s  "
          f"(ratio signed/unsigned {signed_rate / plain_rate:.2f})")  # fmt: skip
    print(f"label step: unsigned {plain_s * 1000:.2f} ms, signed {signed_s * 1000:.2f} ms "
          f"-> signing costs {(signed_s - plain_s) * 1000:.2f} ms/image, "
          f"+{grow * 100:.1f}% bytes")  # fmt: skip
    print(f"verify one signed image (XMP + C2PA validation): {verify_s * 1000:.2f} ms "
          f"({1 / verify_s:.0f} images/s)")  # fmt: skip


if __name__ == "__main__":
    main()
