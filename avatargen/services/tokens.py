"""API token use cases: create (plaintext shown once), list, revoke, authenticate."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import ApiToken, User
from avatargen.models.base import utcnow

# Marks our tokens, so leaked ones are easy to recognise (secret scanners, logs).
TOKEN_PREFIX = "agk_"  # noqa: S105  (a label, not a secret)
TOKEN_BYTES = 32
DISPLAY_PREFIX_LENGTH = 12
MAX_NAME_LENGTH = 100
DEFAULT_NAME = "API token"
# last_used_at is written at most this often, so busy clients don't turn reads into writes.
LAST_USED_RESOLUTION = timedelta(minutes=1)


class TokenError(ValueError):
    """Bad token input (the message is shown to the user as is)."""


class TokenNotFound(LookupError):
    """No such token for this user (another user's token is 'not found' too)."""


def hash_token(plaintext: str) -> str:
    return hashlib.sha256(plaintext.encode("utf-8", "surrogatepass")).hexdigest()


def normalize_name(name: str | None) -> str:
    value = " ".join((name or "").split())
    if not value:
        return DEFAULT_NAME
    if len(value) > MAX_NAME_LENGTH:
        raise TokenError(f"the token name must be at most {MAX_NAME_LENGTH} characters")
    return value


def create_token(user: User, name: str | None = None) -> tuple[ApiToken, str]:
    """Store a new token for ``user``; return the row and the plaintext (never stored)."""
    name = normalize_name(name)
    plaintext = TOKEN_PREFIX + secrets.token_urlsafe(TOKEN_BYTES)
    row = ApiToken(
        user_id=user.id,
        name=name,
        token_hash=hash_token(plaintext),
        prefix=plaintext[:DISPLAY_PREFIX_LENGTH],
    )
    db.session.add(row)
    db.session.commit()
    return row, plaintext


def list_tokens(user: User) -> list[ApiToken]:
    """The user's tokens, newest first (revoked ones included, for the record)."""
    return list(
        db.session.scalars(
            sa.select(ApiToken)
            .where(ApiToken.user_id == user.id)
            .order_by(ApiToken.created_at.desc(), ApiToken.id.desc())
        )
    )


def get_token(user: User, token_id: int) -> ApiToken:
    row = db.session.scalar(
        sa.select(ApiToken).where(ApiToken.id == token_id, ApiToken.user_id == user.id)
    )
    if row is None:
        raise TokenNotFound(str(token_id))
    return row


def revoke_token(user: User, token_id: int) -> ApiToken:
    """Revoke one of ``user``'s tokens (revoking twice keeps the first time)."""
    row = get_token(user, token_id)
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        db.session.commit()
    return row


def authenticate_token(plaintext: str | None) -> User | None:
    """The active user owning the unrevoked token ``plaintext``, else None."""
    if not plaintext or not plaintext.startswith(TOKEN_PREFIX) or len(plaintext) > 200:
        return None
    row = db.session.execute(
        sa.select(ApiToken, User)
        .join(User, User.id == ApiToken.user_id)
        .where(
            ApiToken.token_hash == hash_token(plaintext),
            ApiToken.revoked_at.is_(None),
            User.is_active.is_(True),
        )
    ).first()
    if row is None:
        return None
    token, user = row
    now = utcnow()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_RESOLUTION:
        token.last_used_at = now
        db.session.commit()
    return user
