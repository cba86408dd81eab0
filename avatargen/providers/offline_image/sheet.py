"""Contact sheets: a grid of offline portraits, for looking at the renderer's variety.

``contact_sheet`` draws personas from the offline text provider (so appearance, age,
occupation are what a real task would get), renders them with the offline image
provider and lays them out with a one-line caption each. Used by ``avatargen
sample-sheet`` and the render benches; every sheet is labelled as synthetic.
"""

from __future__ import annotations

from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

from avatargen.providers.base import ImageSubject, TextBatchRequest

TILE = 256
CAPTION = 28


def subjects(description: str, count: int, seed: int, language: str = "en") -> list[ImageSubject]:
    """``count`` image subjects made from offline-text personas of ``description``."""
    from avatargen.providers.registry import get_text_provider

    result = get_text_provider("offline").generate_batch(
        TextBatchRequest(description=description, language=language, count=count, seed=seed)
    )
    out = []
    for index in sorted(result.drafts):
        d = result.drafts[index]
        out.append(
            ImageSubject(
                persona_id=f"sheet-{seed}-{index}",
                task_id="sheet",
                index=index,
                gender=d.gender,
                age=d.age,
                appearance=d.appearance,
                occupation=d.occupation,
                interests=list(d.interests),
                seed=seed,
            )
        )
    return out


def _caption(s: ImageSubject) -> str:
    return f"{s.index}: {s.gender[0].upper()} {s.age} {s.occupation}"[:40]


def contact_sheet(
    subjects_: list[ImageSubject], per_persona: int = 1, size: int = 512, columns: int = 8
) -> Image.Image:
    """A grid: one tile per image; with ``per_persona`` > 1 each persona fills a row."""
    from avatargen.providers.registry import get_image_provider

    provider = get_image_provider("offline")
    tiles: list[tuple[Image.Image, str]] = []
    for s in subjects_:
        base = provider.base_portrait(s, size)
        images = [base] + [provider.variant(s, base, p, size) for p in range(2, per_persona + 1)]
        for k, image in enumerate(images):
            im = Image.open(BytesIO(image.data)).convert("RGB").resize((TILE, TILE), Image.LANCZOS)
            tiles.append((im, _caption(s) if k == 0 else f"#{k + 1}"))
    cols = per_persona if per_persona > 1 else columns
    rows = max(1, -(-len(tiles) // cols))
    sheet = Image.new("RGB", (cols * TILE, rows * (TILE + CAPTION) + CAPTION), (250, 250, 248))
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.load_default()
    for i, (im, text) in enumerate(tiles):
        x, y = (i % cols) * TILE, (i // cols) * (TILE + CAPTION)
        sheet.paste(im, (x, y))
        draw.text((x + 4, y + TILE + 6), text, fill=(30, 30, 30), font=font)
    draw.text(
        (4, sheet.height - CAPTION + 6),
        "SYNTHETIC - procedurally drawn by avatargen's offline renderer; not real people",
        fill=(120, 30, 30),
        font=font,
    )
    return sheet
