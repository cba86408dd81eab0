"""persona_images.size_bytes (the stored-bytes quota) and users.quota_stored_bytes

Revision ID: f3b8d21c6a47
Revises: c7d4e9a1f203
Create Date: 2026-12-02

Rows stored before this revision get their file's size when the images live in a local
folder (one ``stat`` each); on an object store, or when a file is missing, the size stays
NULL and the quota counts such an image at the measured average size of that provider's
images (see :mod:`avatargen.services.quotas`).
"""

import logging

import sqlalchemy as sa
from alembic import op

revision = "f3b8d21c6a47"
down_revision = "c7d4e9a1f203"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")
BATCH = 1000


def upgrade():
    with op.batch_alter_table("persona_images", schema=None) as batch_op:
        batch_op.add_column(sa.Column("size_bytes", sa.BigInteger(), nullable=True))
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("quota_stored_bytes", sa.BigInteger(), nullable=True))
    _backfill()


def _storage():
    """The app's storage when this runs inside the app (``avatargen db upgrade``)."""
    try:
        from avatargen.storage import get_storage

        return get_storage()
    except Exception as exc:  # no app, or a store that cannot be opened: sizes stay NULL
        log.warning("image sizes not backfilled (storage unavailable: %s)", type(exc).__name__)
        return None


def _backfill() -> None:
    bind = op.get_bind()
    images = sa.table(
        "persona_images",
        sa.column("id", sa.Integer),
        sa.column("storage_key", sa.String),
        sa.column("size_bytes", sa.BigInteger),
    )
    if bind.execute(sa.select(sa.func.count()).select_from(images)).scalar() == 0:
        return
    storage = _storage()
    if storage is None:
        return
    last, filled, unknown = 0, 0, 0
    while True:
        rows = bind.execute(
            sa.select(images.c.id, images.c.storage_key)
            .where(images.c.id > last, images.c.size_bytes.is_(None))
            .order_by(images.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        last = rows[-1].id
        sizes = [(row.id, storage.size(row.storage_key)) for row in rows]
        known = [{"pk": pk, "size": size} for pk, size in sizes if size is not None]
        unknown += len(sizes) - len(known)
        if known:
            bind.execute(
                images.update()
                .where(images.c.id == sa.bindparam("pk"))
                .values(size_bytes=sa.bindparam("size")),
                known,
            )
            filled += len(known)
    log.info("image sizes backfilled: %d; unknown (counted at an average): %d", filled, unknown)


def downgrade():
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("quota_stored_bytes")
    with op.batch_alter_table("persona_images", schema=None) as batch_op:
        batch_op.drop_column("size_bytes")
