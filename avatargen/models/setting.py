"""Key/value settings (table ``settings`` of the original schema)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from avatargen.extensions import db
from avatargen.models.base import utcnow


class Setting(db.Model):
    __tablename__ = "settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(sa.String(255), unique=True, index=True)
    value: Mapped[str] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=sa.func.now())
    updated_at: Mapped[datetime] = mapped_column(
        default=utcnow, onupdate=utcnow, server_default=sa.func.now()
    )

    @classmethod
    def get_value(cls, key: str, default: str | None = None) -> str | None:
        row = db.session.scalar(sa.select(cls).where(cls.key == key))
        return row.value if row is not None else default

    @classmethod
    def set_value(cls, key: str, value: str) -> Setting:
        """Insert or update ``key`` (the caller commits)."""
        row = db.session.scalar(sa.select(cls).where(cls.key == key))
        if row is None:
            row = cls(key=key, value=value)
            db.session.add(row)
        else:
            row.value = value
        return row

    def __repr__(self) -> str:
        return f"<Setting {self.key}>"
