"""The persona record (contract): one JSON object per persona, the same everywhere."""

from __future__ import annotations

from typing import Any

from avatargen.models import Persona
from avatargen.providers.base import PLATFORMS, PersonaDraft


def persona_from_draft(task_pk: int, index: int, draft: PersonaDraft, language: str) -> Persona:
    return Persona(
        task_pk=task_pk,
        persona_index=index,
        first_name=draft.first_name,
        last_name=draft.last_name,
        gender=draft.gender,
        age=draft.age,
        country=draft.country,
        city=draft.city,
        region=draft.region,
        occupation=draft.occupation,
        workplace=draft.workplace,
        education=draft.education.model_dump() if draft.education else None,
        interests=list(draft.interests),
        personality=list(draft.personality),
        appearance=draft.appearance.model_dump(),
        about=draft.about,
        language=language,
        bio_facebook=draft.bios.facebook,
        bio_instagram=draft.bios.instagram,
        bio_x=draft.bios.x,
        bio_tiktok=draft.bios.tiktok,
    )


def image_path(persona_id: str, position: int) -> str:
    """Path of an image inside an export (relative to the export root)."""
    return f"images/{persona_id}/{position}.png"


def persona_record(persona: Persona, task_id: str, positions: list[int]) -> dict[str, Any]:
    """The contract record of ``persona``; ``positions`` are its stored image positions."""
    return {
        "id": persona.id,
        "task_id": task_id,
        "index": persona.persona_index,
        "first_name": persona.first_name,
        "last_name": persona.last_name,
        "full_name": persona.full_name,
        "gender": persona.gender,
        "age": persona.age,
        "country": persona.country,
        "city": persona.city,
        "region": persona.region,
        "occupation": persona.occupation,
        "workplace": persona.workplace,
        "education": persona.education,
        "interests": list(persona.interests),
        "personality": list(persona.personality),
        "appearance": dict(persona.appearance),
        "about": persona.about,
        "language": persona.language,
        "bios": {p: getattr(persona, f"bio_{p}") for p in PLATFORMS},
        "images": [image_path(persona.id, pos) for pos in sorted(positions)],
        "synthetic": True,
    }


RECORD_FIELDS = (
    "id", "task_id", "index", "first_name", "last_name", "full_name", "gender", "age",
    "country", "city", "region", "occupation", "workplace", "education", "interests",
    "personality", "appearance", "about", "language", "bios", "images", "synthetic",
)  # fmt: skip
