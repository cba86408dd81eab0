"""task_chunks.waiting and generation_tasks.dispatched_at: fair dispatch in Celery mode

Revision ID: a9e4c7b15d32
Revises: d2b8f61c4a07
Create Date: 2026-12-02

Chunks registered from now on wait in the database until the dispatcher sends them
(avatargen.queue.dispatch); rows that exist were sent already (``waiting`` false).
"""

import sqlalchemy as sa
from alembic import op

revision = "a9e4c7b15d32"
down_revision = "d2b8f61c4a07"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("task_chunks", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("waiting", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_index(
            "ix_task_chunks_queue", ["task_pk", "waiting", "done_at", "id"], unique=False
        )
    with op.batch_alter_table("generation_tasks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("dispatched_at", sa.DateTime(), nullable=True))


def downgrade():
    with op.batch_alter_table("generation_tasks", schema=None) as batch_op:
        batch_op.drop_column("dispatched_at")
    with op.batch_alter_table("task_chunks", schema=None) as batch_op:
        batch_op.drop_index("ix_task_chunks_queue")
        batch_op.drop_column("waiting")
