"""A regeneration: a new version of one image, or a new person at one persona's position,
kept beside the current version until its owner accepts or discards it."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from avatargen.extensions import db
from avatargen.models.base import utcnow


class RegenKind(StrEnum):
    IMAGE = "image"  # the same person, a new variation of one image
    PERSONA = "persona"  # a new person at the same position (record and every image)


class RegenStatus(StrEnum):
    READY = "ready"  # made, waiting for accept / discard; the current version is unchanged
    ACCEPTED = "accepted"  # it replaced the version it was made from
    DISCARDED = "discarded"  # thrown away; its files are deleted


class Regeneration(db.Model):
    """One regeneration of (task, persona position, kind, image position); ``generation``
    counts them (1, 2, ...) and ``regen_seed`` is the seed it was made with, so the same
    regeneration made again (same seed) gives the same result."""

    __tablename__ = "regenerations"
    __table_args__ = (
        sa.UniqueConstraint(
            "task_pk", "persona_index", "kind", "position", "generation",
            name="uq_regenerations_generation",
        ),
    )  # fmt: skip

    id: Mapped[int] = mapped_column(primary_key=True)
    task_pk: Mapped[int] = mapped_column(
        sa.ForeignKey("generation_tasks.id", ondelete="CASCADE"), index=True
    )
    persona_index: Mapped[int]
    # The persona it was made from (no foreign key: the row outlives a replaced persona).
    persona_id: Mapped[str] = mapped_column(sa.String(36), index=True)
    kind: Mapped[str] = mapped_column(sa.String(16))
    position: Mapped[int]  # the image position; 0 for a whole persona
    generation: Mapped[int]
    regen_seed: Mapped[int] = mapped_column(sa.BigInteger)
    prompt: Mapped[str | None] = mapped_column(sa.Text)
    status: Mapped[str] = mapped_column(sa.String(16), default=RegenStatus.READY.value)
    new_persona_id: Mapped[str | None] = mapped_column(sa.String(36))  # kind persona
    draft: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON)  # kind persona: the record
    # [{position, storage_key, width, height, sha256, size_bytes, content_credentials,
    #   provider}]: the new files, outside persona_images until accepted.
    images: Mapped[list[dict[str, Any]]] = mapped_column(sa.JSON)
    image_count: Mapped[int] = mapped_column(default=0)  # quotas sum these while ready
    size_bytes: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None]
