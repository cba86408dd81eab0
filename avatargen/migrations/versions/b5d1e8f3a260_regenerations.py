"""regenerations: new versions of an image or a persona, kept until accepted or discarded

Revision ID: b5d1e8f3a260
Revises: b7e3c9d2a614
Create Date: 2026-12-02

A regeneration's files live beside the current ones until it is accepted (then they
replace the persona_images rows) or discarded (then they are deleted); regen_seed and
generation record how it was made, so making it again gives the same result.
"""

import sqlalchemy as sa
from alembic import op

revision = "b5d1e8f3a260"
down_revision = "b7e3c9d2a614"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "regenerations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("task_pk", sa.Integer(), nullable=False),
        sa.Column("persona_index", sa.Integer(), nullable=False),
        sa.Column("persona_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("regen_seed", sa.BigInteger(), nullable=False),
        sa.Column("prompt", sa.Text(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("new_persona_id", sa.String(36), nullable=True),
        sa.Column("draft", sa.JSON(), nullable=True),
        sa.Column("images", sa.JSON(), nullable=False),
        sa.Column("image_count", sa.Integer(), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["task_pk"],
            ["generation_tasks.id"],
            name="fk_regenerations_task_pk",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint(
            "task_pk",
            "persona_index",
            "kind",
            "position",
            "generation",
            name="uq_regenerations_generation",
        ),
    )
    op.create_index("ix_regenerations_task_pk", "regenerations", ["task_pk"])
    op.create_index("ix_regenerations_persona_id", "regenerations", ["persona_id"])


def downgrade():
    op.drop_index("ix_regenerations_persona_id", table_name="regenerations")
    op.drop_index("ix_regenerations_task_pk", table_name="regenerations")
    op.drop_table("regenerations")
