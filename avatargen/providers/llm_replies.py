"""What any LLM text provider does with a reply: read the persona items out of it, check
each one against the request (the record model, bio limits, constraints, the slot's
gender, names already used) and say which gender each position should have.

The errors are worded for the model: a provider sends them back in a repair message.
"""

from __future__ import annotations

import json
import random
import re
from typing import Any

from pydantic import ValidationError

from avatargen.providers.base import (
    DEFAULT_BIO_LIMITS,
    Constraints,
    PersonaDraft,
    TextBatchRequest,
)


def slot_gender(constraints: Constraints, seed: int, index: int) -> str | None:
    """The gender position ``index`` should have under the task's gender mix (stable)."""
    weights = sorted((g, w) for g, w in constraints.gender_mix.items() if w > 0)
    if not weights:
        return None
    rng = random.Random(f"{seed}:{index}:gender")
    return rng.choices([g for g, _ in weights], [w for _, w in weights])[0]


def parse_reply(content: str | None) -> tuple[list[Any], str | None]:
    """The persona items of a reply, or an error saying why there are none."""
    if content is None or not content.strip():
        return [], "the reply was empty"
    text = content.strip()
    fence = re.match(r"^```(?:json)?\s*(.*?)\s*```$", text, re.DOTALL)
    if fence:
        text = fence.group(1)
    try:
        data = json.loads(text)
    except ValueError as exc:
        return [], f"the reply was not valid JSON ({exc})"
    if isinstance(data, dict) and isinstance(data.get("personas"), list):
        return data["personas"], None
    if isinstance(data, list):
        return data, None
    if isinstance(data, dict) and "first_name" in data:
        return [data], None
    if isinstance(data, dict) and data.get("refusal"):
        return [], f"the model refused: {str(data['refusal'])[:200]}"
    return [], 'the reply had no "personas" list'


def check_item(
    item: Any, request: TextBatchRequest, gender: str | None, taken: set[str]
) -> tuple[PersonaDraft | None, list[str]]:
    """Validate one returned persona; return the draft or the errors to report back."""
    if not isinstance(item, dict):
        return None, ["each persona must be a JSON object"]
    try:
        draft = PersonaDraft.model_validate(item)
    except ValidationError as exc:
        errors = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err["loc"]) or "persona"
            msg = "unknown field" if err["type"] == "extra_forbidden" else err["msg"]
            errors.append(f"{where}: {msg}")
        return None, errors[:12]
    errors = []
    for platform, length in draft.bios.over_limit(request.bio_limits).items():
        limit = request.bio_limits.get(platform, DEFAULT_BIO_LIMITS[platform])
        errors.append(f"bios.{platform} is {length} characters; the limit is {limit}")
    c = request.constraints
    if c.age_min is not None and draft.age < c.age_min:
        errors.append(f"age must be at least {c.age_min}")
    if c.age_max is not None and draft.age > c.age_max:
        errors.append(f"age must be at most {c.age_max}")
    if c.country and draft.country != c.country:
        errors.append(f'country must be "{c.country}"')
    if gender and draft.gender != gender:
        errors.append(f'gender must be "{gender}"')
    if draft.full_name in taken:
        errors.append(f"the name {draft.full_name!r} is already used; choose another name")
    return (None, errors) if errors else (draft, [])
