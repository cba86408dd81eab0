"""generation_tasks.title and task_shares (names for tasks; read-only sharing)

Revision ID: 4e7a1c9b2d63
Revises: b7e3d5a91c48
Create Date: 2026-12-02

``title`` is nullable: tasks made before this revision are untitled and are shown by their
id as before. ``task_shares`` holds who may read a finished task besides its owner; rows
go with their task or user (ON DELETE CASCADE; the service deletes them too, for SQLite
connections without foreign-key enforcement).
"""

import sqlalchemy as sa
from alembic import op

revision = "4e7a1c9b2d63"
down_revision = "b7e3d5a91c48"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("generation_tasks") as batch:
        batch.add_column(sa.Column("title", sa.String(200), nullable=True))
    op.create_table(
        "task_shares",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_pk", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["task_pk"],
            ["generation_tasks.id"],
            name="fk_task_shares_task_pk",
            ondelete="CASCADE",
        ),  # fmt: skip
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_task_shares_user_id", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("task_pk", "user_id", name="uq_task_shares_task_user"),
    )
    op.create_index("ix_task_shares_task_pk", "task_shares", ["task_pk"])
    op.create_index("ix_task_shares_user_id", "task_shares", ["user_id"])


def downgrade():
    op.drop_index("ix_task_shares_user_id", table_name="task_shares")
    op.drop_index("ix_task_shares_task_pk", table_name="task_shares")
    op.drop_table("task_shares")
    with op.batch_alter_table("generation_tasks") as batch:
        batch.drop_column("title")
