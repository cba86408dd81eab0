"""Account use cases: create, list, deactivate, set password, authenticate."""

from __future__ import annotations

import re
import secrets

import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import User
from avatargen.models.base import utcnow

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 72  # bcrypt uses only the first 72 bytes


class UserError(ValueError):
    """Bad account input (the message is shown to the user as is)."""


def normalize_email(email: str) -> str:
    value = (email or "").strip().lower()
    if len(value) > 255 or not EMAIL_RE.match(value):
        raise UserError(f"not a valid email address: {email!r}")
    return value


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    if len(password.encode()) > MAX_PASSWORD_LENGTH:
        raise UserError(f"the password must be at most {MAX_PASSWORD_LENGTH} bytes")


def random_password() -> str:
    return secrets.token_urlsafe(15)


def find_by_email(email: str) -> User | None:
    return db.session.scalar(sa.select(User).where(User.email == email.strip().lower()))


def create_user(email: str, password: str, *, admin: bool = False) -> User:
    email = normalize_email(email)
    check_password_rules(password)
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
    db.session.commit()
    return user


def set_password(email: str, password: str) -> User:
    user = require_user(email)
    check_password_rules(password)
    user.set_password(password)
    db.session.commit()
    return user


def authenticate(email: str, password: str) -> User | None:
    """The active user with this email and password, else None (same cost either way)."""
    user = find_by_email(email or "")
    if user is None:
        User.burn_password_check(password or "")
        return None
    if not user.check_password(password or "") or not user.is_active:
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
