"""personas, persona_images, and generation options/progress/lease columns on tasks

Revision ID: b41d7e2a9c55
Revises: 7c1e2a9b4d10
Create Date: 2026-11-26

"""

import sqlalchemy as sa
from alembic import op

revision = "b41d7e2a9c55"
down_revision = "7c1e2a9b4d10"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("generation_tasks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seed", sa.BigInteger(), nullable=True))
        batch_op.add_column(
            sa.Column("text_provider", sa.String(64), server_default="offline", nullable=False)
        )
        batch_op.add_column(
            sa.Column("image_provider", sa.String(64), server_default="offline", nullable=False)
        )
        batch_op.add_column(sa.Column("constraints", sa.JSON(), nullable=True))
        batch_op.add_column(
            sa.Column("personas_done", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("images_done", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("started_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("lease_owner", sa.String(100), nullable=True))
        batch_op.add_column(sa.Column("lease_expires_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("report", sa.JSON(), nullable=True))
        batch_op.create_index(
            "ix_generation_tasks_lease_expires_at", ["lease_expires_at"], unique=False
        )

    op.create_table(
        "personas",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("task_pk", sa.Integer(), nullable=False),
        sa.Column("persona_index", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(100), nullable=False),
        sa.Column("last_name", sa.String(100), nullable=False),
        sa.Column("gender", sa.String(16), nullable=False),
        sa.Column("age", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("city", sa.String(200), nullable=False),
        sa.Column("region", sa.String(200), nullable=False),
        sa.Column("occupation", sa.String(200), nullable=False),
        sa.Column("workplace", sa.String(200), nullable=False),
        sa.Column("education", sa.JSON(), nullable=True),
        sa.Column("interests", sa.JSON(), nullable=False),
        sa.Column("personality", sa.JSON(), nullable=False),
        sa.Column("appearance", sa.JSON(), nullable=False),
        sa.Column("about", sa.Text(), nullable=False),
        sa.Column("language", sa.String(35), nullable=False),
        sa.Column("bio_facebook", sa.Text(), nullable=False),
        sa.Column("bio_instagram", sa.Text(), nullable=False),
        sa.Column("bio_x", sa.Text(), nullable=False),
        sa.Column("bio_tiktok", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["task_pk"], ["generation_tasks.id"], name="fk_personas_task_pk", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("task_pk", "persona_index", name="uq_personas_task_index"),
    )
    with op.batch_alter_table("personas", schema=None) as batch_op:
        batch_op.create_index("ix_personas_task_pk", ["task_pk"], unique=False)

    op.create_table(
        "persona_images",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("persona_id", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("storage_key", sa.String(255), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("provider", sa.String(64), nullable=False),
        sa.Column("is_base", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["persona_id"],
            ["personas.id"],
            name="fk_persona_images_persona_id",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("persona_id", "position", name="uq_persona_images_persona_position"),
    )
    with op.batch_alter_table("persona_images", schema=None) as batch_op:
        batch_op.create_index("ix_persona_images_persona_id", ["persona_id"], unique=False)


def downgrade():
    with op.batch_alter_table("persona_images", schema=None) as batch_op:
        batch_op.drop_index("ix_persona_images_persona_id")
    op.drop_table("persona_images")
    with op.batch_alter_table("personas", schema=None) as batch_op:
        batch_op.drop_index("ix_personas_task_pk")
    op.drop_table("personas")
    with op.batch_alter_table("generation_tasks", schema=None) as batch_op:
        batch_op.drop_index("ix_generation_tasks_lease_expires_at")
        for column in (
            "report",
            "lease_expires_at",
            "lease_owner",
            "started_at",
            "images_done",
            "personas_done",
            "constraints",
            "image_provider",
            "text_provider",
            "seed",
        ):
            batch_op.drop_column(column)
