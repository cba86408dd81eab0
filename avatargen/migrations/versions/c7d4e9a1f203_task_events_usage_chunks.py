"""task_events, task_usage and task_chunks: appended task history, usage rows, chunk leases

Revision ID: c7d4e9a1f203
Revises: c7a91d3e5f20
Create Date: 2026-12-01

Usage moves from the ``generation_tasks.usage`` JSON (rewritten whole by every writer) to
rows summed when read; existing usage is copied into rows on upgrade and summed back into
the JSON column on downgrade, so no usage is lost either way.
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "c7d4e9a1f203"
down_revision = "c7a91d3e5f20"
branch_labels = None
depends_on = None

COUNTERS = ("prompt_tokens", "completion_tokens", "requests", "images")


def upgrade():
    op.create_table(
        "task_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("task_pk", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("stage", sa.String(50), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False, server_default=sa.func.now()),
        sa.ForeignKeyConstraint(["task_pk"], ["generation_tasks.id"],
                                name="fk_task_events_task_pk", ondelete="CASCADE"),
    )  # fmt: skip
    op.create_index("ix_task_events_task_kind", "task_events", ["task_pk", "kind"])
    usage = op.create_table(
        "task_usage",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("task_pk", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        *(sa.Column(c, sa.BigInteger(), nullable=False, server_default="0") for c in COUNTERS),
        sa.Column("created_at", sa.DateTime(), nullable=False, server_default=sa.func.now()),
        sa.ForeignKeyConstraint(["task_pk"], ["generation_tasks.id"],
                                name="fk_task_usage_task_pk", ondelete="CASCADE"),
    )  # fmt: skip
    op.create_index("ix_task_usage_task_pk", "task_usage", ["task_pk"])
    op.create_table(
        "task_chunks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("task_pk", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(50), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("lease_owner", sa.String(100), nullable=True),
        sa.Column("lease_expires_at", sa.DateTime(), nullable=True),
        sa.Column("runs", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("sent_at", sa.DateTime(), nullable=False, server_default=sa.func.now()),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["task_pk"], ["generation_tasks.id"],
                                name="fk_task_chunks_task_pk", ondelete="CASCADE"),
        sa.UniqueConstraint("task_pk", "stage", "key", name="uq_task_chunks_task_stage_key"),
    )  # fmt: skip
    op.create_index("ix_task_chunks_lease", "task_chunks", ["done_at", "lease_expires_at"])

    # Copy the usage JSON into rows (the column stays, no longer written).
    conn = op.get_bind()
    tasks = sa.table("generation_tasks", sa.column("id", sa.Integer), sa.column("usage", sa.JSON))
    rows = []
    for task_pk, value in conn.execute(sa.select(tasks.c.id, tasks.c.usage)):
        if isinstance(value, str):
            value = json.loads(value)
        for kind, counters in (value or {}).items():
            row = {c: int((counters or {}).get(c, 0) or 0) for c in COUNTERS}
            if any(row.values()):
                rows.append({"task_pk": task_pk, "kind": kind, **row})
    if rows:
        op.bulk_insert(usage, rows)


def downgrade():
    conn = op.get_bind()
    counters = [sa.column(c, sa.BigInteger) for c in COUNTERS]
    usage = sa.table(
        "task_usage", sa.column("task_pk", sa.Integer), sa.column("kind", sa.String), *counters
    )
    tasks = sa.table("generation_tasks", sa.column("id", sa.Integer), sa.column("usage", sa.JSON))
    totals: dict[int, dict] = {}
    for task_pk, kind, *sums in conn.execute(
        sa.select(
            usage.c.task_pk, usage.c.kind, *(sa.func.sum(usage.c[c]) for c in COUNTERS)
        ).group_by(usage.c.task_pk, usage.c.kind)
    ):
        totals.setdefault(task_pk, {})[kind] = {
            c: int(v or 0) for c, v in zip(COUNTERS, sums, strict=True)
        }
    for task_pk, value in totals.items():
        conn.execute(sa.update(tasks).where(tasks.c.id == task_pk).values(usage=value))
    op.drop_index("ix_task_chunks_lease", table_name="task_chunks")
    op.drop_table("task_chunks")
    op.drop_index("ix_task_usage_task_pk", table_name="task_usage")
    op.drop_table("task_usage")
    op.drop_index("ix_task_events_task_kind", table_name="task_events")
    op.drop_table("task_events")
