"""Account use cases: create, list, deactivate, set password, authenticate.

Setting a password and deactivating end every sign-in session of the account
(:mod:`avatargen.services.sessions`).
"""

from __future__ import annotations

import re
import secrets

import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import User
from avatargen.models.base import utcnow
from avatargen.services import passwords, sessions

EMAIL_RE = re.compile(r"^[^@\s\x00-\x1f]+@[^@\s\x00-\x1f]+\.[^@\s\x00-\x1f]+$")
MIN_PASSWORD_LENGTH = passwords.MIN_LENGTH
MAX_PASSWORD_LENGTH = passwords.MAX_BYTES


class UserError(ValueError):
    """Bad account input (the message is shown to the user as is)."""


def normalize_email(email: str) -> str:
    value = (email or "").strip().lower()
    if len(value) > 255 or not EMAIL_RE.match(value):
        raise UserError(f"not a valid email address: {email!r}")
    return value


def check_password_rules(password: str, email: str | None = None) -> None:
    try:
        passwords.check_password(password, email=email)
    except passwords.PasswordRejected as exc:
        raise UserError(str(exc)) from None


def random_password() -> str:
    return secrets.token_urlsafe(15)


def find_by_email(email: str) -> User | None:
    value = (email or "").strip().lower()
    if not value or len(value) > 255 or "\x00" in value:
        return None  # cannot exist (and PostgreSQL text refuses NUL)
    return db.session.scalar(sa.select(User).where(User.email == value))


def create_user(email: str, password: str, *, admin: bool = False) -> User:
    email = normalize_email(email)
    check_password_rules(password, email)
    if find_by_email(email) is not None:
        raise UserError(f"a user with the email {email} already exists")
    user = User(email=email, is_admin=admin, is_active=True)
    user.set_password(password)
    db.session.add(user)
    db.session.commit()
    return user


def require_user(email: str) -> User:
    user = find_by_email(email)
    if user is None:
        raise UserError(f"no user with the email {email.strip().lower()}")
    return user


def list_users() -> list[User]:
    return list(db.session.scalars(sa.select(User).order_by(User.id)))


def deactivate(email: str) -> User:
    user = require_user(email)
    user.is_active = False
    sessions.end_all(user.id, commit=False)
    db.session.commit()
    return user


def set_password(email: str, password: str) -> User:
    """Set the password and end every session of the account (all browsers sign in again)."""
    user = require_user(email)
    check_password_rules(password, user.email)
    user.set_password(password)
    user.password_reset_required = False
    sessions.end_all(user.id, commit=False)
    db.session.commit()
    return user


def change_password(user: User, current: str, new: str) -> None:
    """The signed-in user's own change: needs the current password; ends every session."""
    if not user.check_password(current or ""):
        raise UserError("the current password is wrong")
    check_password_rules(new, user.email)
    if user.check_password(new):
        raise UserError("the new password must differ from the current one")
    user.set_password(new)
    sessions.end_all(user.id, commit=False)
    db.session.commit()


def authenticate(email: str, password: str) -> User | None:
    """The active user with this email and password, else None (same cost either way)."""
    user = find_by_email(email or "")
    if user is None:
        User.burn_password_check(password or "")
        return None
    if not user.check_password(password or "") or not user.is_active:
        return None
    if user.password_reset_required:  # imported without a hash this app can verify
        return None
    user.last_login = utcnow()
    db.session.commit()
    return user


def count_users() -> int:
    return db.session.scalar(sa.select(sa.func.count(User.id))) or 0


def ensure_initial_admin(email: str = "admin@example.com") -> tuple[str, str] | None:
    """Create the first admin when there are no users; return (email, password) once."""
    if count_users() > 0:
        return None
    password = random_password()
    create_user(email, password, admin=True)
    return email, password
