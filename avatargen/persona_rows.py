"""Persona rows and records: a validated draft to a ``personas`` row, a row to its record.

The record's shape is :class:`avatargen.persona_record.PersonaRecord`; this module only
maps between it and the SQL columns (the four bios are four columns).
"""

from __future__ import annotations

from typing import Any

from avatargen.handles import email_for, handles_for
from avatargen.models import GenerationTask, Persona
from avatargen.persona_record import DRAFT_FIELDS, PLATFORMS, RECORD_FIELDS, PersonaDraft


def persona_from_draft(task_pk: int, index: int, draft: PersonaDraft, language: str) -> Persona:
    values = draft.model_dump(exclude={"bios"})
    bios = {f"bio_{p}": getattr(draft.bios, p) for p in PLATFORMS}
    return Persona(task_pk=task_pk, persona_index=index, language=language, **values, **bios)


def image_path(persona_id: str, position: int) -> str:
    """Path of an image inside an export (relative to the export root)."""
    return f"images/{persona_id}/{position}.png"


def contact_fields(persona: Persona, task: GenerationTask) -> dict[str, Any]:
    """Handles and email of ``persona``: derived from its name, age and position, the task's
    seed and size (see :mod:`avatargen.handles`), so they need no column and stay unique."""
    args = (persona.persona_index, task.seed or 0, task.number_to_generate)
    lang = "ja" if persona.country == "JP" else persona.language  # kanji read as Japanese
    return {
        "handles": handles_for(persona.first_name, persona.last_name, persona.age, *args, lang),
        "email": email_for(persona.first_name, persona.last_name, *args, lang),
    }


def persona_record(persona: Persona, task: GenerationTask, positions: list[int]) -> dict[str, Any]:
    """The contract record of ``persona``; ``positions`` are its stored image positions."""
    values: dict[str, Any] = {name: getattr(persona, name) for name in DRAFT_FIELDS}
    values.update(contact_fields(persona, task))
    values.update(
        id=persona.id,
        task_id=task.task_id,
        index=persona.persona_index,
        full_name=persona.full_name,
        language=persona.language,
        images=[image_path(persona.id, pos) for pos in sorted(positions)],
        synthetic=True,
    )
    for name in ("interests", "personality"):
        values[name] = list(values[name])
    values["appearance"] = dict(values["appearance"])
    return {name: values[name] for name in RECORD_FIELDS}
