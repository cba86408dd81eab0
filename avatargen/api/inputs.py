"""Reading API input: the JSON body, query strings and path ids (transport checks only)."""

from __future__ import annotations

import json
import re
from typing import Any, TypeVar

from flask import current_app, request
from pydantic import BaseModel, ValidationError

from avatargen.api.errors import ApiError

M = TypeVar("M", bound=BaseModel)

TASK_ID_PATTERN = r"^[A-Za-z0-9_-]{1,12}$"
PERSONA_ID_PATTERN = r"^[0-9a-fA-F-]{36}$"
_TASK_ID_RE = re.compile(TASK_ID_PATTERN)
_PERSONA_ID_RE = re.compile(PERSONA_ID_PATTERN)


def limit_body_size() -> None:
    request.max_content_length = current_app.config["API_MAX_BODY_BYTES"]  # see config.py


def validation_error(fields: dict[str, str], message: str | None = None) -> ApiError:
    return ApiError(
        422, "validation_failed", message or "the request has invalid fields", fields=fields
    )


def _nul_fields(value: Any, path: str, out: dict[str, str]) -> None:
    # PostgreSQL text cannot hold NUL characters; refuse them before they reach the database.
    if isinstance(value, str):
        if "\x00" in value:
            out.setdefault(path or "request", "must not contain NUL characters")
    elif isinstance(value, dict):
        for key, item in value.items():
            sub = f"{path}.{key}" if path else str(key)
            if "\x00" in str(key):
                out.setdefault(path or "request", "must not contain NUL characters")
                continue
            _nul_fields(item, sub, out)
    elif isinstance(value, list):
        for item in value:
            _nul_fields(item, path, out)


def json_object() -> dict[str, Any]:
    """The request body as a JSON object, or an ApiError (415, 413, 400, 422)."""
    if not request.is_json:
        raise ApiError(
            415,
            "unsupported_media_type",
            "send the request body as JSON with 'Content-Type: application/json'",
        )
    raw = request.get_data(cache=True)  # raises 413 past the body size limit
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise ApiError(400, "malformed_json", "the request body is not valid JSON") from None
    if not isinstance(data, dict):
        raise ApiError(400, "invalid_body", "the request body must be a JSON object")
    bad: dict[str, str] = {}
    _nul_fields(data, "", bad)
    if bad:
        raise validation_error(bad)
    return data


def query(model: type[M]) -> M:
    """Validate the query string with ``model`` (422 with per-parameter messages)."""
    try:
        return model.model_validate(request.args.to_dict())
    except ValidationError as exc:
        fields: dict[str, str] = {}
        for err in exc.errors():
            name = str(err["loc"][0]) if err["loc"] else "query"
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                msg = "unknown parameter"
            fields.setdefault(name, msg)
        raise validation_error(fields, "the query string has invalid parameters") from None


def valid_task_id(task_id: str) -> bool:
    return bool(_TASK_ID_RE.match(task_id))


def valid_persona_id(persona_id: str) -> bool:
    return bool(_PERSONA_ID_RE.match(persona_id))
