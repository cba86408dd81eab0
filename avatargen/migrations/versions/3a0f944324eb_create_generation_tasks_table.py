"""create_generation_tasks_table

Revision ID: 3a0f944324eb
Revises: d8cfd3cb4083
Create Date: original schema (generation_tasks)

"""

import sqlalchemy as sa
from alembic import op

revision = "3a0f944324eb"
down_revision = "d8cfd3cb4083"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "generation_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.String(length=12), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("persona_description", sa.Text(), nullable=False),
        sa.Column("bio_language", sa.String(length=100), nullable=False),
        sa.Column("number_to_generate", sa.Integer(), nullable=False),
        sa.Column("images_per_persona", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=50), server_default="pending", nullable=False),
        sa.Column("error_log", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_generation_tasks_user_id"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("task_id", name="uq_generation_tasks_task_id"),
    )
    with op.batch_alter_table("generation_tasks", schema=None) as batch_op:
        batch_op.create_index("ix_generation_tasks_status", ["status"], unique=False)
        batch_op.create_index("ix_generation_tasks_task_id", ["task_id"], unique=True)
        batch_op.create_index("ix_generation_tasks_user_id", ["user_id"], unique=False)


def downgrade():
    with op.batch_alter_table("generation_tasks", schema=None) as batch_op:
        batch_op.drop_index("ix_generation_tasks_user_id")
        batch_op.drop_index("ix_generation_tasks_task_id")
        batch_op.drop_index("ix_generation_tasks_status")
    op.drop_table("generation_tasks")
