"""Per-user quotas: queued tasks, personas in flight, stored images.

Defaults are set by an administrator (``avatargen quotas set-default``, kept in the
``settings`` table); a user's own limit (``avatargen quotas set EMAIL``, columns on
``users``) overrides the default. A new task is refused when it would pass a limit:
queued tasks and personas in flight free up as tasks finish (429: try later), stored
images only when tasks are deleted (403). Each refusal says what is used and what is left.
Administrators are not limited.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import GenerationTask, Setting, User

UNFINISHED = ("pending", "generating-data", "generating-images")
# name: (settings key, users column, built-in default, what it counts)
QUOTAS: dict[str, tuple[str, str, int, str]] = {
    "queued_tasks": ("quota_queued_tasks", "quota_queued_tasks", 20, "queued or running tasks"),
    "personas_in_flight": (
        "quota_personas_in_flight",
        "quota_personas_in_flight",
        20_000,
        "personas in queued or running tasks",
    ),
    "stored_images": (
        "quota_stored_images",
        "quota_stored_images",
        200_000,
        "stored and planned images",
    ),
}
RETRY_AFTER_SECONDS = 60


class QuotaError(ValueError):
    """Bad quota input (CLI)."""


class QuotaExceeded(Exception):
    """A new task would pass a quota; ``status`` 429 (frees up later) or 403."""

    def __init__(self, name: str, status: int, message: str, used: int, limit: int) -> None:
        super().__init__(message)
        self.name = name
        self.status = status
        self.message = message
        self.used = used
        self.limit = limit
        self.left = max(0, limit - used)
        self.retry_after = RETRY_AFTER_SECONDS


@dataclass(frozen=True)
class Usage:
    queued_tasks: int
    personas_in_flight: int
    stored_images: int


def default_limit(name: str) -> int:
    key, _col, builtin, _what = QUOTAS[name]
    raw = Setting.get_value(key)
    try:
        return int(raw) if raw is not None else builtin
    except ValueError:
        return builtin


def limit_for(user: User, name: str) -> int:
    own = getattr(user, QUOTAS[name][1])
    return own if own is not None else default_limit(name)


def usage(user: User) -> Usage:
    t = GenerationTask
    unfinished = t.status.in_(UNFINISHED)
    queued, in_flight, planned = db.session.execute(
        sa.select(
            sa.func.count(t.id).filter(unfinished),
            sa.func.coalesce(sa.func.sum(t.number_to_generate).filter(unfinished), 0),
            # Stored images of every task plus the ones unfinished tasks will still store.
            sa.func.coalesce(
                sa.func.sum(
                    sa.case(
                        (unfinished, t.number_to_generate * t.images_per_persona),
                        else_=t.images_done,
                    )
                ),
                0,
            ),
        ).where(t.user_id == user.id)
    ).one()
    return Usage(int(queued), int(in_flight), int(planned))


def check_new_task(user: User, personas: int, images_per_persona: int) -> None:
    """Raise :class:`QuotaExceeded` if ``user`` may not queue this task now."""
    if user.is_admin:
        return
    if db.engine.dialect.name == "postgresql":
        # One check at a time per user (the row lock lasts until the task is committed).
        db.session.execute(sa.select(User.id).where(User.id == user.id).with_for_update())
    now = usage(user)
    wants = {
        "queued_tasks": (now.queued_tasks, 1, 429),
        "personas_in_flight": (now.personas_in_flight, personas, 429),
        "stored_images": (now.stored_images, personas * images_per_persona, 403),
    }
    for name, (used, more, status) in wants.items():
        limit = limit_for(user, name)
        if used + more > limit:
            what = QUOTAS[name][3]
            left = max(0, limit - used)
            hint = (
                "wait for some to finish"
                if status == 429
                else "delete tasks you no longer need, or ask an administrator"
            )
            raise QuotaExceeded(
                name,
                status,
                f"quota of {limit:,} {what} reached: {used:,} used, {left:,} left, this task "
                f"needs {more:,}; {hint}",
                used,
                limit,
            )


def set_default(name: str, value: int) -> None:
    _check(name, value)
    Setting.set_value(QUOTAS[name][0], str(value))
    db.session.commit()


def set_for_user(user: User, name: str, value: int | None) -> None:
    if value is not None:
        _check(name, value)
    setattr(user, QUOTAS[name][1], value)
    db.session.commit()


def _check(name: str, value: int) -> None:
    if name not in QUOTAS:
        raise QuotaError(f"unknown quota {name!r}; known: {', '.join(QUOTAS)}")
    if not 0 <= value <= 2**31 - 1:
        raise QuotaError(f"a quota must be between 0 and {2**31 - 1}")
