"""personas.previous_city and personas.heritage (persona record fields, DESIGN.md)

Revision ID: d2b8f61c4a07
Revises: f3b8d21c6a47
Create Date: 2026-12-02

Both are nullable: personas made before this revision have neither, which the record
contract allows (consumers accept null for both). Handles and email need no column: they
are derived from the name, age and position (avatargen/handles.py).
"""

import sqlalchemy as sa
from alembic import op

revision = "d2b8f61c4a07"
down_revision = "f3b8d21c6a47"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("personas") as batch:
        batch.add_column(sa.Column("previous_city", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("heritage", sa.String(100), nullable=True))


def downgrade():
    with op.batch_alter_table("personas") as batch:
        batch.drop_column("heritage")
        batch.drop_column("previous_city")
