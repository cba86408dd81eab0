"""persona_images.content_credentials: the stored file carries a C2PA manifest

Revision ID: a6c2f0d9e815
Revises: 9f3b6c1d2e47
Create Date: 2026-12-01

"""

import sqlalchemy as sa
from alembic import op

revision = "a6c2f0d9e815"
down_revision = "9f3b6c1d2e47"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("persona_images", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "content_credentials", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )


def downgrade():
    with op.batch_alter_table("persona_images", schema=None) as batch_op:
        batch_op.drop_column("content_credentials")
