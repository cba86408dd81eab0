"""user_sessions (revocable sign-in sessions) and per-user quota overrides on users

Revision ID: c7a91d3e5f20
Revises: a6c2f0d9e815
Create Date: 2026-12-01

"""

import sqlalchemy as sa
from alembic import op

revision = "c7a91d3e5f20"
down_revision = "a6c2f0d9e815"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "user_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("remember", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("user_agent", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_user_sessions_user_id", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash", name="uq_user_sessions_token_hash"),
    )
    with op.batch_alter_table("user_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_user_sessions_user_id", ["user_id"], unique=False)
        batch_op.create_index("ix_user_sessions_expires_at", ["expires_at"], unique=False)
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("quota_queued_tasks", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("quota_personas_in_flight", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("quota_stored_images", sa.Integer(), nullable=True))


def downgrade():
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("quota_stored_images")
        batch_op.drop_column("quota_personas_in_flight")
        batch_op.drop_column("quota_queued_tasks")
    with op.batch_alter_table("user_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_user_sessions_expires_at")
        batch_op.drop_index("ix_user_sessions_user_id")
    op.drop_table("user_sessions")
