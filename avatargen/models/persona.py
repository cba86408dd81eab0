"""Generated personas and their images."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from avatargen.extensions import db
from avatargen.models.base import utcnow


def new_persona_id() -> str:
    return str(uuid.uuid4())


class Persona(db.Model):
    """One persona of a task; ``persona_index`` is its 0-based position (unique per task)."""

    __tablename__ = "personas"
    __table_args__ = (
        sa.UniqueConstraint("task_pk", "persona_index", name="uq_personas_task_index"),
    )

    id: Mapped[str] = mapped_column(sa.String(36), primary_key=True, default=new_persona_id)
    task_pk: Mapped[int] = mapped_column(
        sa.ForeignKey("generation_tasks.id", ondelete="CASCADE"), index=True
    )
    persona_index: Mapped[int]
    first_name: Mapped[str] = mapped_column(sa.String(100))
    last_name: Mapped[str] = mapped_column(sa.String(100))
    gender: Mapped[str] = mapped_column(sa.String(16))
    age: Mapped[int]
    country: Mapped[str] = mapped_column(sa.String(2))
    city: Mapped[str] = mapped_column(sa.String(200))
    region: Mapped[str] = mapped_column(sa.String(200), default="")
    occupation: Mapped[str] = mapped_column(sa.String(200))
    workplace: Mapped[str] = mapped_column(sa.String(200))
    education: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON)
    interests: Mapped[list[str]] = mapped_column(sa.JSON)
    personality: Mapped[list[str]] = mapped_column(sa.JSON)
    appearance: Mapped[dict[str, str]] = mapped_column(sa.JSON)
    about: Mapped[str] = mapped_column(sa.Text)
    language: Mapped[str] = mapped_column(sa.String(35))
    bio_facebook: Mapped[str] = mapped_column(sa.Text)
    bio_instagram: Mapped[str] = mapped_column(sa.Text)
    bio_x: Mapped[str] = mapped_column(sa.Text)
    bio_tiktok: Mapped[str] = mapped_column(sa.Text)
    previous_city: Mapped[dict[str, str] | None] = mapped_column(sa.JSON)
    heritage: Mapped[str | None] = mapped_column(sa.String(100))
    # Imported personas: image URLs referenced, not stored here (see services/import_original).
    unfetched_images: Mapped[list[dict[str, Any]] | None] = mapped_column(sa.JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    images: Mapped[list[PersonaImage]] = relationship(
        back_populates="persona",
        order_by="PersonaImage.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    @property
    def full_name(self) -> str:
        from avatargen.names_order import full_name

        return full_name(self.first_name, self.last_name)

    @property
    def bios(self) -> dict[str, str]:
        return {
            "facebook": self.bio_facebook,
            "instagram": self.bio_instagram,
            "x": self.bio_x,
            "tiktok": self.bio_tiktok,
        }


class PersonaImage(db.Model):
    """One stored image of a persona; position 1 is the base portrait."""

    __tablename__ = "persona_images"
    __table_args__ = (
        sa.UniqueConstraint("persona_id", "position", name="uq_persona_images_persona_position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    persona_id: Mapped[str] = mapped_column(
        sa.ForeignKey("personas.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    storage_key: Mapped[str] = mapped_column(sa.String(255))
    width: Mapped[int]
    height: Mapped[int]
    sha256: Mapped[str] = mapped_column(sa.String(64))
    provider: Mapped[str] = mapped_column(sa.String(64))
    is_base: Mapped[bool] = mapped_column(default=False)
    # The stored file carries a C2PA manifest (known at store time; pages show a mark).
    content_credentials: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    # Bytes of the stored file (the stored-bytes quota sums it); None only for rows stored
    # before the column existed whose file size could not be read when it was added.
    size_bytes: Mapped[int | None] = mapped_column(sa.BigInteger)
    # The text prompt a model image was made from (None for the offline renderer).
    prompt: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    persona: Mapped[Persona] = relationship(back_populates="images")
