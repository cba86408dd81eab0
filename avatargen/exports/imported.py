"""What an export of a task taken by `avatargen import-original` adds: the image URLs
that were not fetched (in ``manifest.json``) and a dataset-card section saying where the
data came from."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona

# What `avatargen import-original` writes in a record field the original never recorded,
# and the country code of a place it cannot tell (CLDR's "unknown region").
NOT_RECORDED = "not recorded"
UNKNOWN_COUNTRY = "ZZ"


def unfetched_refs(task: GenerationTask) -> list[dict[str, Any]]:
    """Every unfetched image reference of the task's personas, in persona order."""
    if not task.imported_from:
        return []
    rows = db.session.execute(
        sa.select(Persona.id, Persona.persona_index, Persona.unfetched_images)
        .where(Persona.task_pk == task.id)
        .order_by(Persona.persona_index)
        .execution_options(yield_per=1000)
    )
    return [
        {"persona_id": pid, "index": index, **ref}
        for pid, index, refs in rows
        for ref in refs or ()
    ]


def card_section(task: GenerationTask, refs: list[dict[str, Any]]) -> str:
    if not task.imported_from:
        return ""
    lines = [
        "",
        "## Imported",
        "",
        "This dataset was imported from a database of the original Avatar Data Generator "
        f"(`{task.imported_from}`) by `avatargen import-original`. Fields the original did "
        f'not record (interests, personality, appearance, and any left empty) read "{NOT_RECORDED}"'
        '; a country that neither the city nor the state tells is "ZZ" (unknown region).',
    ]
    if refs:
        lines += [
            "",
            f"{len(refs)} image URLs of its personas were not fetched into this dataset; "
            "`manifest.json` lists them under `unfetched_images` with the reason for each.",
        ]
    return "\n".join(lines) + "\n"
