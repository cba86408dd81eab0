"""generation_tasks.usage: tokens, images and requests used by the task's providers

Revision ID: 9f3b6c1d2e47
Revises: e5c2a7f31b08
Create Date: 2026-11-26

"""

import sqlalchemy as sa
from alembic import op

revision = "9f3b6c1d2e47"
down_revision = "e5c2a7f31b08"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("generation_tasks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("usage", sa.JSON(), nullable=True))


def downgrade():
    with op.batch_alter_table("generation_tasks", schema=None) as batch_op:
        batch_op.drop_column("usage")
