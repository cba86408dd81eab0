"""add users.is_admin

Revision ID: 7c1e2a9b4d10
Revises: 3a0f944324eb
Create Date: 2026-11-26

"""

import sqlalchemy as sa
from alembic import op

revision = "7c1e2a9b4d10"
down_revision = "3a0f944324eb"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("is_admin", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade():
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("is_admin")
