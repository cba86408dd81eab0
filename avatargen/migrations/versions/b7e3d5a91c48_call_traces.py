"""task_usage rows become per-call traces; persona_images.prompt

Revision ID: b7e3d5a91c48
Revises: b5d1e8f3a260
Create Date: 2026-12-02

Each ``task_usage`` row is now one provider call (a chat completion, a text batch of a
local provider, one image) with what it was: provider, model, request kind, when it
started, how long it took, its outcome and error, and (only while the admin setting
``trace_prompts`` is on) the prompt sent and the response received, bounded. The counters
stay where they are, so ``usage_totals`` sums the same rows. Rows written before this
revision are aggregates of several calls: their new columns stay empty.
``persona_images.prompt`` keeps the prompt a model image was made from.
"""

import sqlalchemy as sa
from alembic import op

revision = "b7e3d5a91c48"
down_revision = "b5d1e8f3a260"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("task_usage", schema=None) as batch_op:
        batch_op.add_column(sa.Column("provider", sa.String(64), nullable=True))
        batch_op.add_column(sa.Column("model", sa.String(200), nullable=True))
        batch_op.add_column(sa.Column("request", sa.String(32), nullable=True))
        batch_op.add_column(sa.Column("started_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("latency_ms", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("outcome", sa.String(32), nullable=True))
        batch_op.add_column(sa.Column("error", sa.String(500), nullable=True))
        batch_op.add_column(sa.Column("persona_index", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("position", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("prompt", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("response", sa.Text(), nullable=True))
        batch_op.create_index("ix_task_usage_task_outcome", ["task_pk", "outcome"], unique=False)
    with op.batch_alter_table("persona_images", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prompt", sa.Text(), nullable=True))


def downgrade():
    with op.batch_alter_table("persona_images", schema=None) as batch_op:
        batch_op.drop_column("prompt")
    with op.batch_alter_table("task_usage", schema=None) as batch_op:
        batch_op.drop_index("ix_task_usage_task_outcome")
        for name in ("response", "prompt", "position", "persona_index", "error", "outcome",
                     "latency_ms", "started_at", "request", "model", "provider"):  # fmt: skip
            batch_op.drop_column(name)
