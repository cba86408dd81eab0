"""User accounts (table ``users`` of the original schema, plus ``is_admin`` and quotas)."""

from __future__ import annotations

from datetime import datetime

import bcrypt
import sqlalchemy as sa
from flask import current_app
from sqlalchemy.orm import Mapped, mapped_column

from avatargen.config import DEFAULT_BCRYPT_ROUNDS
from avatargen.extensions import db
from avatargen.models.base import utcnow

# Real hashes to compare against when the email is unknown, one per bcrypt cost, so both
# paths cost the same as a real account's check at the configured cost.
_DUMMY_HASHES: dict[int, bytes] = {}


def _rounds() -> int:
    try:
        return int(current_app.config.get("BCRYPT_ROUNDS", DEFAULT_BCRYPT_ROUNDS))
    except RuntimeError:  # outside an app context
        return DEFAULT_BCRYPT_ROUNDS


def _dummy_hash(rounds: int) -> bytes:
    if rounds not in _DUMMY_HASHES:
        _DUMMY_HASHES[rounds] = bcrypt.hashpw(b"not-a-password", bcrypt.gensalt(rounds))
    return _DUMMY_HASHES[rounds]


class User(db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(255), unique=True, index=True)
    password_hash: Mapped[str] = mapped_column(sa.String(255))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login: Mapped[datetime | None]
    is_active: Mapped[bool] = mapped_column(default=True, server_default=sa.true())
    is_admin: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    # Per-user quotas (None: the admin-set default applies; see services.quotas).
    quota_queued_tasks: Mapped[int | None]
    quota_personas_in_flight: Mapped[int | None]
    quota_stored_images: Mapped[int | None]
    quota_stored_bytes: Mapped[int | None] = mapped_column(sa.BigInteger)
    # Imported with a password hash this app cannot verify: no sign-in until an admin runs
    # `avatargen users set-password` (which clears it).
    password_reset_required: Mapped[bool] = mapped_column(default=False, server_default=sa.false())

    # The sign-in session this object was loaded for (services.sessions); Flask-Login keeps
    # it as the "user id" in the session and remember cookies.
    session_token = None  # type: str | None

    # Flask-Login protocol (is_active is the column above).
    is_authenticated = True
    is_anonymous = False

    def get_id(self) -> str:
        # A session token, never the bare row id: a cookie names one revocable session.
        if not self.session_token:
            raise RuntimeError("User.get_id() needs a session: use services.sessions.start")
        return self.session_token

    def set_password(self, password: str) -> None:
        hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt(_rounds()))
        self.password_hash = hashed.decode()

    def check_password(self, password: str) -> bool:
        raw = password.encode("utf-8", "surrogatepass")
        if len(raw) > 72 or b"\x00" in raw:  # never a valid password; same cost anyway
            bcrypt.checkpw(b"x", self.password_hash.encode())
            return False
        return bcrypt.checkpw(raw, self.password_hash.encode())

    @staticmethod
    def burn_password_check(password: str) -> None:
        """Spend a bcrypt check for an unknown email (no timing oracle for who exists)."""
        raw = password.encode("utf-8", "surrogatepass")
        usable = len(raw) <= 72 and b"\x00" not in raw
        bcrypt.checkpw(raw if usable else b"x", _dummy_hash(_rounds()))

    def __repr__(self) -> str:
        return f"<User {self.email}>"
