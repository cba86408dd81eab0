"""User accounts (table ``users`` of the original schema, plus ``is_admin``)."""

from __future__ import annotations

from datetime import datetime

import bcrypt
import sqlalchemy as sa
from flask import current_app
from sqlalchemy.orm import Mapped, mapped_column

from avatargen.config import DEFAULT_BCRYPT_ROUNDS
from avatargen.extensions import db
from avatargen.models.base import utcnow

# A real hash to compare against when the email is unknown, so both paths cost the same.
_DUMMY_HASH = bcrypt.hashpw(b"not-a-password", bcrypt.gensalt(4))


class User(db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(255), unique=True, index=True)
    password_hash: Mapped[str] = mapped_column(sa.String(255))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login: Mapped[datetime | None]
    is_active: Mapped[bool] = mapped_column(default=True, server_default=sa.true())
    is_admin: Mapped[bool] = mapped_column(default=False, server_default=sa.false())

    # Flask-Login protocol (is_active is the column above).
    is_authenticated = True
    is_anonymous = False

    def get_id(self) -> str:
        return str(self.id)

    def set_password(self, password: str) -> None:
        try:
            rounds = current_app.config.get("BCRYPT_ROUNDS", DEFAULT_BCRYPT_ROUNDS)
        except RuntimeError:  # outside an app context
            rounds = DEFAULT_BCRYPT_ROUNDS
        self.password_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds)).decode()

    def check_password(self, password: str) -> bool:
        return bcrypt.checkpw(password.encode(), self.password_hash.encode())

    @staticmethod
    def burn_password_check(password: str) -> None:
        """Spend a bcrypt check for an unknown email (no timing oracle for who exists)."""
        bcrypt.checkpw(password.encode(), _DUMMY_HASH)

    def __repr__(self) -> str:
        return f"<User {self.email}>"
