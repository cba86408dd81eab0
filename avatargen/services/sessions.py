"""Sign-in sessions: start one per sign-in, check it on every request, list and end them.

A session token is 256-bit random and fresh at every sign-in; Flask-Login stores it as the
user's id in the session cookie and in the remember cookie, and only its sha256 is kept in
``user_sessions``. Logout, a password change and deactivation delete the rows, so every
copy of the old cookies stops working at once.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

import sqlalchemy as sa
from flask import current_app, has_request_context, request

from avatargen.extensions import db
from avatargen.models import User, UserSession
from avatargen.models.base import utcnow

TOKEN_PREFIX = "s."  # noqa: S105  (a label, not a secret)
# last_seen_at is written at most this often, so page views do not all turn into writes.
LAST_SEEN_RESOLUTION = timedelta(minutes=1)
DEFAULT_SESSION_LIFETIME = 12 * 3600
DEFAULT_IDLE_TIMEOUT = 30 * 60  # ASVS 3.3.2 (level 2): 30 minutes without a request


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def _lifetime(remember: bool) -> timedelta:
    config = current_app.config
    if remember:
        seconds = config.get("REMEMBER_COOKIE_DURATION", 14 * 24 * 3600)
        if isinstance(seconds, timedelta):
            return seconds
        return timedelta(seconds=int(seconds))
    return timedelta(seconds=int(config.get("SESSION_LIFETIME", DEFAULT_SESSION_LIFETIME)))


def _client() -> tuple[str, str]:
    if not has_request_context():
        return "", ""
    agent = (request.user_agent.string or "").replace("\x00", "")[:200]
    return (request.remote_addr or "")[:64], agent


def start(user: User, *, remember: bool) -> str:
    """Record a new session of ``user``; return its token (the caller puts it in cookies)."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    now = utcnow()
    address, agent = _client()
    db.session.add(
        UserSession(
            user_id=user.id,
            token_hash=hash_token(token),
            remember=remember,
            created_at=now,
            last_seen_at=now,
            expires_at=now + _lifetime(remember),
            address=address,
            user_agent=agent,
        )
    )
    db.session.commit()
    return token


def resolve(token: str | None) -> tuple[User, UserSession] | None:
    """The active user and live session of ``token``, else None (expired rows are removed)."""
    if not token or not token.startswith(TOKEN_PREFIX) or len(token) > 100:
        return None
    row = db.session.execute(
        sa.select(UserSession, User)
        .join(User, User.id == UserSession.user_id)
        .where(UserSession.token_hash == hash_token(token))
    ).first()
    if row is None:
        return None
    record, user = row
    now = utcnow()
    idle = timedelta(
        seconds=int(current_app.config.get("SESSION_IDLE_TIMEOUT", DEFAULT_IDLE_TIMEOUT))
    )
    # A remembered session is a long-lived sign-in by choice; others end when left idle.
    idle_out = not record.remember and now - record.last_seen_at > idle
    if record.expires_at <= now or idle_out or not user.is_active:
        db.session.delete(record)
        db.session.commit()
        return None
    if now - record.last_seen_at >= LAST_SEEN_RESOLUTION:
        record.last_seen_at = now
        db.session.commit()
    return user, record


def end(token: str | None) -> None:
    """End the session of ``token`` (sign-out)."""
    if token:
        digest = hash_token(token)
        db.session.execute(sa.delete(UserSession).where(UserSession.token_hash == digest))
        db.session.commit()


def end_by_id(user: User, session_id: int) -> bool:
    """End one of ``user``'s sessions by its row id; False when there is no such session."""
    gone = db.session.execute(
        sa.delete(UserSession).where(UserSession.id == session_id, UserSession.user_id == user.id)
    ).rowcount
    db.session.commit()
    return gone == 1


def end_all(user_id: int, *, except_token: str | None = None, commit: bool = True) -> int:
    """End every session of the user (all but ``except_token``); how many ended."""
    stmt = sa.delete(UserSession).where(UserSession.user_id == user_id)
    if except_token:
        stmt = stmt.where(UserSession.token_hash != hash_token(except_token))
    gone = db.session.execute(stmt.execution_options(synchronize_session=False)).rowcount
    if commit:
        db.session.commit()
    return gone


def list_active(user: User) -> list[UserSession]:
    """The user's live sessions, most recently seen first."""
    return list(
        db.session.scalars(
            sa.select(UserSession)
            .where(UserSession.user_id == user.id, UserSession.expires_at > utcnow())
            .order_by(UserSession.last_seen_at.desc(), UserSession.id.desc())
        )
    )
