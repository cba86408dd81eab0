"""What `avatargen import-original` records: where a task came from, users who must set a
new password, and image URLs of imported personas that were not fetched

Revision ID: b7e3c9d2a614
Revises: a9e4c7b15d32
Create Date: 2026-12-02

- generation_tasks.imported_from: "original:<source task pk>:<task_id>" for a task taken
  from the original application's database (unique: a second import finds it and skips);
  NULL for tasks made here.
- users.password_reset_required: an imported account whose original hash this app cannot
  verify; it cannot sign in until `avatargen users set-password` clears the flag.
- personas.unfetched_images: [{"role": "image"|"base", "position", "url", "reason"}] for
  image URLs of an imported persona that are referenced, not stored here.
"""

import sqlalchemy as sa
from alembic import op

revision = "b7e3c9d2a614"
down_revision = "a9e4c7b15d32"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("generation_tasks") as batch:
        batch.add_column(sa.Column("imported_from", sa.String(255), nullable=True))
        batch.create_index("ix_generation_tasks_imported_from", ["imported_from"], unique=True)
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column(
                "password_reset_required", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
    with op.batch_alter_table("personas") as batch:
        batch.add_column(sa.Column("unfetched_images", sa.JSON(), nullable=True))


def downgrade():
    with op.batch_alter_table("personas") as batch:
        batch.drop_column("unfetched_images")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("password_reset_required")
    with op.batch_alter_table("generation_tasks") as batch:
        batch.drop_index("ix_generation_tasks_imported_from")
        batch.drop_column("imported_from")
