"""The ``/api/v1/docs`` page: every operation of the OpenAPI document with an example request
(curl) and example responses, all generated from the document's own schemas (so from the same
pydantic models), rendered in the app's layout with no script and no CDN."""

from __future__ import annotations

import json
from typing import Any

METHODS = ("get", "post", "put", "patch", "delete")
# Readable sample values for string and number fields, by property name; a field not listed
# gets a value from its schema (enum, default, format, bounds).
SAMPLES: dict[str, Any] = {
    "persona_description": "nurses in Manila aged 30-45 who hike",
    "bio_language": "en",
    "language": "en",
    "number_to_generate": 20,
    "task_id": "a1b2c3d4e5f6",
    "id": "3f2b8c1e-7d4a-4e8b-9c1f-2a6d5e4b3c21",
    "persona_id": "3f2b8c1e-7d4a-4e8b-9c1f-2a6d5e4b3c21",
    "first_name": "Ana",
    "last_name": "Reyes",
    "full_name": "Ana Reyes",
    "email": "ana.reyes@example.com",
    "country": "PH",
    "city": "Manila",
    "region": "Metro Manila",
    "occupation": "nurse",
    "seed": 7,
    "images_per_persona": 4,
    "text_provider": "offline",
    "image_provider": "offline",
    "female": 60.0,
    "male": 40.0,
    "nonbinary": 0.0,
    "age": 34,
    "age_min": 30,
    "age_max": 45,
    "message": "Describe the people to generate (up to 5,000 characters).",
    "code": "validation_failed",
}
MAX_DEPTH = 8


def _resolve(doc: dict, schema: dict | None) -> dict:
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 20:
        node: Any = doc
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema, seen = node, seen + 1
    return schema or {}


def example(doc: dict, schema: dict | None, name: str = "", depth: int = 0) -> Any:
    """A value that fits ``schema`` (refs resolved against ``doc``)."""
    schema = _resolve(doc, schema)
    if depth > MAX_DEPTH:
        return None
    for key in ("const", "example"):
        if key in schema:
            return schema[key]
    if schema.get("examples"):
        return schema["examples"][0]
    if "enum" in schema:
        wanted = SAMPLES.get(name)
        return wanted if wanted in schema["enum"] else schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = [s for s in schema[key] if _resolve(doc, s).get("type") != "null"]
            return example(doc, options[0], name, depth + 1) if options else None
    if "allOf" in schema:
        return example(doc, schema["allOf"][0], name, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        out = {}
        for prop, sub in props.items():
            value = example(doc, sub, prop, depth + 1)
            if value is not None or prop in schema.get("required", ()):
                out[prop] = value
        if not props and isinstance(schema.get("additionalProperties"), dict):
            # Field-keyed maps (the error's "fields") get a real field name as their key.
            fallback = ["persona_description"] if name == "fields" else ["key"]
            keys = _resolve(doc, schema.get("propertyNames")).get("enum") or fallback
            for key in keys:
                sample = "message" if name == "fields" else str(key)
                out[str(key)] = example(doc, schema["additionalProperties"], sample, depth + 1)
        return out
    if kind == "array":
        item = example(doc, schema.get("items"), name.removesuffix("s"), depth + 1)
        return [] if item is None else [item]
    if name in SAMPLES and kind in ("string", "integer", "number"):
        return SAMPLES[name]
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date-time":
            return "2026-01-01T12:00:00Z"
        if fmt == "uuid":
            return SAMPLES["id"]
        if fmt in ("uri", "url"):
            return "/api/v1/tasks/a1b2c3d4e5f6"
        return "string"
    if kind == "integer":
        return int(schema.get("minimum", 0) or 0) or 1
    if kind == "number":
        return float(schema.get("minimum", 0) or 0) or 1.5
    if kind == "boolean":
        return True
    return None


def _pretty(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def _curl(method: str, url: str, media: str | None, body: Any) -> str:
    parts = ["curl -s"]
    if method != "get":
        parts.append(f"-X {method.upper()}")
    parts.append('-H "Authorization: Bearer $TOKEN"')
    if media == "application/json":
        parts.append('-H "Content-Type: application/json"')
        parts.append("-d '" + json.dumps(body, ensure_ascii=False) + "'")
    elif media:
        parts.append(f'-H "Content-Type: {media}" --data-binary @dataset.zip')
    if url.endswith("/export"):
        url += "?format=zip"
        parts.append("-o dataset.zip")
    parts.append(f'"{url}"' if "?" in url else url)
    return " \\\n  ".join([" ".join(parts[:2])] + parts[2:]) if method != "get" else " ".join(parts)


def operations(doc: dict, origin: str) -> list[dict[str, Any]]:
    """What the page shows for each operation, in the document's order."""
    out = []
    for path, item in doc["paths"].items():
        shared = item.get("parameters", [])
        for method in METHODS:
            op = item.get(method)
            if not op:
                continue
            params = []
            url_path = path
            for p in shared + op.get("parameters", []):
                p = _resolve(doc, p)
                value = example(doc, p.get("schema"), p["name"])
                if p.get("in") == "path":
                    url_path = url_path.replace("{" + p["name"] + "}", str(value))
                schema = _resolve(doc, p.get("schema"))
                params.append(
                    {
                        "name": p["name"],
                        "in": p.get("in", ""),
                        "required": bool(p.get("required")),
                        "type": " | ".join(map(str, schema["enum"]))
                        if "enum" in schema
                        else schema.get("type", ""),
                        "description": p.get("description", ""),
                    }
                )
            media = body = None
            if op.get("requestBody"):
                content = op["requestBody"].get("content", {})
                media = next(iter(content), None)
                if media == "application/json":
                    body = example(doc, content[media].get("schema"))
            responses = []
            for status, resp in op.get("responses", {}).items():
                resp = _resolve(doc, resp)
                content = resp.get("content", {})
                json_media = content.get("application/json")
                responses.append(
                    {
                        "status": status,
                        "description": resp.get("description", ""),
                        "media": ", ".join(content),
                        "example": _pretty(example(doc, json_media.get("schema")))
                        if json_media and status.startswith("2")
                        else None,
                    }
                )
            out.append(
                {
                    "id": op.get("operationId", f"{method}-{path}"),
                    "method": method,
                    "path": path,
                    "summary": op.get("summary", ""),
                    "params": params,
                    "media": media,
                    "body": _pretty(body) if body is not None else None,
                    "curl": _curl(method, origin + url_path, media, body),
                    "responses": responses,
                }
            )
    return out


def error_example(doc: dict) -> str:
    return _pretty(example(doc, {"$ref": "#/components/schemas/ErrorOut"}))
