"""Per-user quotas: queued tasks, personas in flight, stored images, stored bytes.

Defaults are set by an administrator (``avatargen quotas set-default``, kept in the
``settings`` table); a user's own limit (``avatargen quotas set EMAIL``, columns on
``users``) overrides the default. A new or retried task is refused when it would pass a
limit: queued tasks and personas in flight free up as tasks finish (429: try later),
stored images and bytes only when tasks are deleted (403). Each refusal says what is
used and what is left. Administrators are not limited.

Stored bytes are the real sizes of the user's stored files (``persona_images.size_bytes``)
plus what unfinished tasks will still store, estimated per image provider from the sizes
of its latest stored images (:data:`DEFAULT_IMAGE_BYTES` before it has stored any). An
image stored before sizes were recorded whose file could not be measured (see migration
f3b8d21c6a47) counts at that estimate too.

The check and the insert of the task it admits are one critical section per database:
PostgreSQL locks the user's row (``SELECT ... FOR UPDATE``); SQLite takes its write lock
first (``BEGIN IMMEDIATE``), so two submissions at once cannot both pass a limit that
only one fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage, Regeneration, Setting, User

UNFINISHED = ("pending", "generating-data", "generating-images")
GIB = 1024**3
# name: (settings key, users column, built-in default, what it counts, status when full)
QUOTAS: dict[str, tuple[str, str, int, str, int]] = {
    "queued_tasks": (
        "quota_queued_tasks",
        "quota_queued_tasks",
        20,
        "queued or running tasks",
        429,
    ),
    "personas_in_flight": (
        "quota_personas_in_flight",
        "quota_personas_in_flight",
        20_000,
        "personas in queued or running tasks",
        429,
    ),
    "stored_images": (
        "quota_stored_images",
        "quota_stored_images",
        200_000,
        "stored and planned images",
        403,
    ),
    "stored_bytes": (
        "quota_stored_bytes",
        "quota_stored_bytes",
        20 * GIB,
        "bytes of stored and planned images",
        403,
    ),
}
BYTE_QUOTAS = frozenset({"stored_bytes"})
MAX_LIMIT = {name: (2**63 - 1 if name in BYTE_QUOTAS else 2**31 - 1) for name in QUOTAS}
RETRY_AFTER_SECONDS = 60
DEFAULT_IMAGE_BYTES = 512 * 1024  # a provider's planned image before it stored any
ESTIMATE_SAMPLE = 200  # latest stored images of a provider its estimate averages


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
    stored_bytes: int = 0
    unsized_images: int = 0  # stored images of unknown size, counted at an estimate


def human_bytes(n: int) -> str:
    """``1.5 GB``-style size (binary units, as ``du -h``)."""
    value = float(n)
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if abs(value) < 1024 or unit == "TB":
            return f"{int(value):,} bytes" if unit == "bytes" else f"{value:,.1f} {unit}"
        value /= 1024
    return f"{n:,} bytes"  # pragma: no cover


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMGT]?)(?:i?B)?\s*$", re.IGNORECASE)


def parse_limit(name: str, raw: str) -> int:
    """A limit from the command line: a whole number; for a byte quota also ``500M``,
    ``20G``, ``1T`` (binary units)."""
    if name in BYTE_QUOTAS:
        match = _SIZE.match(raw)
        if match:
            scale = 1024 ** "_KMGT".index(match.group(2).upper() or "_")
            value = int(float(match.group(1)) * scale)
            _check(name, value)
            return value
        raise QuotaError(f"{name} must be a number of bytes, e.g. 500M, 20G or 1T (got {raw!r})")
    try:
        value = int(raw)
    except ValueError:
        raise QuotaError(f"VALUE must be a whole number or 'default' (got {raw!r})") from None
    _check(name, value)
    return value


def default_limit(name: str) -> int:
    key, _col, builtin, _what, _status = QUOTAS[name]
    raw = Setting.get_value(key)
    try:
        return int(raw) if raw is not None else builtin
    except ValueError:
        return builtin


def limit_for(user: User, name: str) -> int:
    own = getattr(user, QUOTAS[name][1])
    return own if own is not None else default_limit(name)


def image_bytes_estimate(provider: str) -> int:
    """Bytes a planned image of ``provider`` is counted at: the mean of its latest stored
    images, or :data:`DEFAULT_IMAGE_BYTES` when it has stored none."""
    latest = (
        sa.select(PersonaImage.size_bytes)
        .where(PersonaImage.provider == provider, PersonaImage.size_bytes.is_not(None))
        .order_by(PersonaImage.id.desc())
        .limit(ESTIMATE_SAMPLE)
        .subquery()
    )
    mean = db.session.scalar(sa.select(sa.func.avg(latest.c.size_bytes)))
    return int(round(mean)) if mean else DEFAULT_IMAGE_BYTES


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
    stored, unsized = stored_bytes(user.id)
    waiting_images, waiting_bytes = waiting_regenerations(user.id)
    return Usage(
        int(queued),
        int(in_flight),
        int(planned) + waiting_images,
        stored + planned_bytes(user.id) + waiting_bytes,
        unsized,
    )


def waiting_regenerations(user_id: int) -> tuple[int, int]:
    """(images, bytes) of ``user_id``'s regenerations waiting for accept / discard: their
    files are stored beside the current ones until then."""
    r = Regeneration
    images, size = db.session.execute(
        sa.select(
            sa.func.coalesce(sa.func.sum(r.image_count), 0),
            sa.func.coalesce(sa.func.sum(r.size_bytes), 0),
        )
        .join(GenerationTask, GenerationTask.id == r.task_pk)
        .where(GenerationTask.user_id == user_id, r.status == "ready")
    ).one()
    return int(images), int(size)


def stored_bytes(user_id: int) -> tuple[int, int]:
    """(bytes of ``user_id``'s stored images, how many of them have no recorded size);
    those are included at their provider's estimate."""
    rows = db.session.execute(
        sa.select(
            PersonaImage.provider,
            sa.func.coalesce(sa.func.sum(PersonaImage.size_bytes), 0),
            sa.func.count(PersonaImage.id).filter(PersonaImage.size_bytes.is_(None)),
        )
        .join(Persona, Persona.id == PersonaImage.persona_id)
        .join(GenerationTask, GenerationTask.id == Persona.task_pk)
        .where(GenerationTask.user_id == user_id)
        .group_by(PersonaImage.provider)
    ).all()
    total = sum(int(known) for _p, known, _n in rows)
    unsized = sum(int(n) for _p, _k, n in rows)
    total += sum(int(n) * image_bytes_estimate(p) for p, _k, n in rows if n)
    return total, unsized


def planned_bytes(user_id: int) -> int:
    """Estimated bytes of the images ``user_id``'s unfinished tasks have still to store."""
    t = GenerationTask
    rows = db.session.execute(
        sa.select(
            t.image_provider,
            sa.func.sum(
                sa.case(
                    (
                        t.number_to_generate * t.images_per_persona > t.images_done,
                        t.number_to_generate * t.images_per_persona - t.images_done,
                    ),
                    else_=0,
                )
            ),
        )
        .where(t.user_id == user_id, t.status.in_(UNFINISHED))
        .group_by(t.image_provider)
    ).all()
    return sum(int(n or 0) * image_bytes_estimate(p) for p, n in rows)


def lock_for_check(user: User) -> None:
    """Start the critical section of a quota check: it lasts until the session commits or
    rolls back, so the task admitted is stored before anyone else's check reads usage."""
    dialect = db.engine.dialect.name
    if dialect == "postgresql":
        db.session.execute(sa.select(User.id).where(User.id == user.id).with_for_update())
    elif dialect == "sqlite":
        dbapi = db.session.connection().connection.dbapi_connection
        # Not yet in a transaction: take the write lock before reading (other writers
        # wait on busy_timeout). Already in one: it has written, so it holds the lock.
        if not dbapi.in_transaction:
            dbapi.execute("BEGIN IMMEDIATE")


def check_new_task(
    user: User, personas: int, images_per_persona: int, image_provider: str = "offline"
) -> None:
    """Raise :class:`QuotaExceeded` if ``user`` may not queue this task now.

    On success the caller holds the check's lock (:func:`lock_for_check`) until it
    commits the task; on a refusal the session is rolled back (the lock is gone)."""
    check(user, personas=personas, images=personas * images_per_persona, provider=image_provider)


def check(user: User, *, personas: int, images: int, provider: str) -> None:
    """One more queued task of ``personas`` personas that will store ``images`` more images
    of ``provider``: raise :class:`QuotaExceeded` if a limit would be passed."""
    if user.is_admin:
        return
    lock_for_check(user)
    now = usage(user)
    wants = {
        "queued_tasks": (now.queued_tasks, 1),
        "personas_in_flight": (now.personas_in_flight, personas),
        "stored_images": (now.stored_images, images),
        "stored_bytes": (now.stored_bytes, images * image_bytes_estimate(provider)),
    }
    for name, (used, more) in wants.items():
        limit = limit_for(user, name)
        if used + more > limit:
            exc = _exceeded(name, used, more, limit)
            db.session.rollback()
            raise exc


def check_images(user: User, *, images: int, provider: str) -> None:
    """``images`` more stored images of ``provider`` (a regeneration waiting for its owner's
    decision): raise :class:`QuotaExceeded` past the stored-images or stored-bytes limit.
    On success the caller holds the check's lock until it commits."""
    if user.is_admin:
        return
    lock_for_check(user)
    now = usage(user)
    wants = {
        "stored_images": (now.stored_images, images),
        "stored_bytes": (now.stored_bytes, images * image_bytes_estimate(provider)),
    }
    for name, (used, more) in wants.items():
        limit = limit_for(user, name)
        if used + more > limit:
            exc = _exceeded(name, used, more, limit)
            db.session.rollback()
            raise exc


def _exceeded(name: str, used: int, more: int, limit: int) -> QuotaExceeded:
    _key, _col, _builtin, what, status = QUOTAS[name]
    left = max(0, limit - used)
    hint = (
        "wait for some to finish"
        if status == 429
        else "delete tasks you no longer need, or ask an administrator"
    )
    if name in BYTE_QUOTAS:
        message = (
            f"storage quota of {human_bytes(limit)} reached: {human_bytes(used)} stored or "
            f"planned, {human_bytes(left)} left, this task needs about {human_bytes(more)}; "
            f"{hint}"
        )
    else:
        message = (
            f"quota of {limit:,} {what} reached: {used:,} used, {left:,} left, this task "
            f"needs {more:,}; {hint}"
        )
    return QuotaExceeded(name, status, message, used, limit)


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
    if not 0 <= value <= MAX_LIMIT[name]:
        raise QuotaError(f"{name} must be between 0 and {MAX_LIMIT[name]}")
