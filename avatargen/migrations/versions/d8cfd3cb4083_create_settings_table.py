"""create_settings_table

Revision ID: d8cfd3cb4083
Revises: 25698f3f906f
Create Date: original schema (settings + default bio prompts)

"""

import sqlalchemy as sa
from alembic import op

revision = "d8cfd3cb4083"
down_revision = "25698f3f906f"
branch_labels = None
depends_on = None

# Frozen copy of the default prompts as first installed; the app's current defaults live in
# avatargen/services/bio_settings.py and may evolve without rewriting history.
DEFAULT_PROMPTS = {
    "bio_prompt_facebook": (
        "Write a Facebook profile bio for this persona in a warm, plain, conversational voice, "
        "first person, as a neighbour would introduce themselves: what they do, where they "
        "live, one or two things they care about. No hashtags, at most one emoji. Keep it "
        "within 101 characters."
    ),
    "bio_prompt_instagram": (
        "Write an Instagram bio for this persona: a few short lines separated by line breaks, "
        "playful and visual, using a couple of fitting emoji; mention their work or passion "
        "and their city. Keep it within 150 characters."
    ),
    "bio_prompt_x": (
        "Write an X (Twitter) bio for this persona: short, punchy and a little witty, "
        "fragments separated by dots or slashes, roles and interests rather than full "
        "sentences. Keep it within 160 characters."
    ),
    "bio_prompt_tiktok": (
        "Write a TikTok bio for this persona: a single catchy one-liner with personality, "
        "an emoji or two allowed, saying what their videos are about. Keep it within 80 "
        "characters."
    ),
}


def upgrade():
    settings = op.create_table(
        "settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("settings", schema=None) as batch_op:
        batch_op.create_index("ix_settings_key", ["key"], unique=True)
    op.bulk_insert(settings, [{"key": k, "value": v} for k, v in DEFAULT_PROMPTS.items()])


def downgrade():
    with op.batch_alter_table("settings", schema=None) as batch_op:
        batch_op.drop_index("ix_settings_key")
    op.drop_table("settings")
