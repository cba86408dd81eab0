"""Whether call traces keep the prompts sent and the responses received.

One admin setting in the ``settings`` table, ``trace_prompts`` ("on" / "off", default off):
while it is off, traces keep what a call was and how it ended but no text of it. Read once
per stage run by the pipeline (avatargen.pipeline.traces) and set on the settings page.
"""

from __future__ import annotations

from avatargen.extensions import db
from avatargen.models import Setting

KEY = "trace_prompts"


def prompts_kept() -> bool:
    """Whether the admin turned on keeping prompts and responses in traces."""
    return (Setting.get_value(KEY, "off") or "off").strip().lower() == "on"


def set_prompts_kept(on: bool) -> None:
    """Turn keeping prompts and responses on or off (commits)."""
    Setting.set_value(KEY, "on" if on else "off")
    db.session.commit()
