"""The OpenAPI 3.1 document of ``/api/v1``, generated from the models the handlers use.

Request bodies come from :class:`avatargen.services.tasks.TaskRequest` (what
``parse_request`` validates), query parameters from the ``*Query`` models and responses
from the ``*Out`` models in :mod:`avatargen.api.schemas`. One ``models_json_schema`` call
emits every model with its ``$defs`` and refs pointing at ``#/components/schemas``.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from typing import Any

from babel import Locale
from flask import Response, render_template, request, url_for
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from avatargen import __version__
from avatargen.api import docs as docs_page
from avatargen.api.auth import public
from avatargen.api.blueprint import bp
from avatargen.api.inputs import PERSONA_ID_PATTERN, TASK_ID_PATTERN
from avatargen.api.schemas import (
    ErrorOut,
    EstimateOut,
    ExportQuery,
    PersonaListQuery,
    PersonaPage,
    PersonaRecordOut,
    PreviewOut,
    RegenerationOut,
    SharedListQuery,
    ShareIn,
    ShareList,
    ShareOut,
    TaskList,
    TaskListQuery,
    TaskOut,
)
from avatargen.api.traces import TracePage, TraceQuery
from avatargen.api.verify import VerifyReportOut, verify_operation
from avatargen.languages import LANGUAGE_CODES
from avatargen.providers.base import MAX_GENDER_WEIGHT, Constraints, ProviderError
from avatargen.providers.registry import get_text_provider, provider_classes
from avatargen.security import INT_MAX
from avatargen.services.regenerations import RegenerateImageRequest, RegeneratePersonaRequest
from avatargen.services.tasks import IMAGES_PER_PERSONA_CHOICES, TaskRequest, TitleInput

PREFIX = "/api/v1"
REF = "#/components/schemas/{model}"
INPUT_MODELS: tuple[type[BaseModel], ...] = (
    TaskRequest,
    TitleInput,
    ShareIn,
    RegenerateImageRequest,
    RegeneratePersonaRequest,
)
QUERY_MODELS: tuple[type[BaseModel], ...] = (
    TaskListQuery,
    PersonaListQuery,
    SharedListQuery,
    ExportQuery,
    TraceQuery,
)
OUTPUT_MODELS: tuple[type[BaseModel], ...] = (
    TaskOut,
    ShareOut,
    ShareList,
    TaskList,
    PersonaRecordOut,
    PersonaPage,
    ErrorOut,
    EstimateOut,
    PreviewOut,
    RegenerationOut,
    VerifyReportOut,
    TracePage,
)

# Shared error responses: (status, component name, description).
ERRORS = {
    400: ("BadRequest", "The body is not JSON, or not a JSON object."),
    401: ("Unauthorized", "No token, or an invalid or revoked one, or an inactive account."),
    404: ("NotFound", "No such object for this caller (another user's objects included)."),
    409: ("Conflict", "The action does not fit the task's status."),
    413: ("PayloadTooLarge", "The request body is too large."),
    415: ("UnsupportedMediaType", "The body is not sent as application/json."),
    403: ("Forbidden", "A quota that frees up only when tasks are deleted (stored images, bytes)."),
    422: ("ValidationFailed", "Invalid fields or parameters; see error.fields."),
    429: ("TooManyRequests", "A quota or the download limit is reached; see Retry-After."),
    503: ("ServiceUnavailable", "Database, storage, a provider or downloads unavailable now."),
}
BODY_ERRORS = (400, 401, 413, 415, 422)


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def _ok(description: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"description": description, "content": _json(schema), **extra}


def _errors(*codes: int) -> dict[str, Any]:
    return {str(c): {"$ref": f"#/components/responses/{ERRORS[c][0]}"} for c in codes}


def _without_null(schema: dict[str, Any]) -> dict[str, Any]:
    """A query parameter is absent, never null: drop the null branch of ``X | None``."""
    options = schema.get("anyOf")
    if options:
        rest = [s for s in options if s.get("type") != "null"]
        if len(rest) == 1:
            out = {k: v for k, v in schema.items() if k != "anyOf"}
            out.update(rest[0])
            if out.get("default", 0) is None:
                del out["default"]
            return out
    return schema


def _query_parameters(schema: dict[str, Any]) -> list[dict[str, Any]]:
    required = set(schema.get("required", ()))
    params = []
    for name, prop in schema["properties"].items():
        prop = _without_null({k: v for k, v in prop.items() if k != "title"})
        param: dict[str, Any] = {"name": name, "in": "query", "required": name in required}
        if "description" in prop:
            param["description"] = prop.pop("description")
        param["schema"] = prop
        params.append(param)
    return params


def _path_parameter(name: str, pattern: str, description: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "description": description,
        "schema": {"type": "string", "pattern": pattern},
    }


def _enabled(kind: str) -> list[str]:
    return sorted(name for name, cls in provider_classes(kind).items() if cls.enabled()[0])


@lru_cache(maxsize=8)
def _accepted_by_all(text_providers: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """(languages, countries) that every one of ``text_providers`` accepts, asked of the
    providers themselves, so a request valid by the document is never refused by them."""
    providers = [get_text_provider(name) for name in text_providers]

    def accepted(language: str, constraints: Constraints) -> bool:
        try:
            for provider in providers:
                provider.check_request("personas", language, constraints)
        except ProviderError:
            return False
        return True

    languages = [code for code in LANGUAGE_CODES if accepted(code, Constraints())]
    default = languages[0] if languages else "en"
    codes = sorted(c for c in Locale("en").territories if len(c) == 2 and c.isalpha())
    countries = [c for c in codes if accepted(default, Constraints(country=c))]
    return languages, countries


def _document_task_request(schema: dict[str, Any], constraints: dict[str, Any]) -> None:
    """Spell out in the document the choices ``parse_request`` and the providers enforce:
    only enabled providers, and the languages and countries all of them accept."""
    props = schema["properties"]
    # Not only whitespace, and no NUL (JSON Schema patterns match anywhere: anchored here).
    props["persona_description"]["pattern"] = r"^[^\x00]*[^\x00\s][^\x00]*$"
    props["images_per_persona"]["enum"] = list(IMAGES_PER_PERSONA_CHOICES)
    text_providers = tuple(_enabled("text"))
    languages, countries = _accepted_by_all(text_providers)
    props["bio_language"]["enum"] = languages
    props["bio_language"]["description"] = (
        "BCP 47 code of the bio language (matched without regard to case): the languages "
        "every enabled text provider writes (a provider may accept more)."
    )
    for kind, names in (("text", list(text_providers)), ("image", _enabled("image"))):
        prop = props[f"{kind}_provider"]
        prop["enum"] = names
        prop["description"] = f"Name of an enabled {kind} provider."
    cprops = constraints["properties"]
    cprops["country"] = {
        "anyOf": [{"type": "string", "enum": countries}, {"type": "null"}],
        "default": None,
        "description": "ISO 3166-1 alpha-2 code of a country the text providers draw from.",
    }
    cprops["gender_mix"]["additionalProperties"] = {
        "type": "number",
        "minimum": 0,
        "maximum": MAX_GENDER_WEIGHT,
    }
    cprops["gender_mix"]["description"] = (
        "Relative weights per gender; at least one must be positive."
    )
    constraints["description"] = "Structured constraints; age_min must not be greater than age_max."


def _int_parameter(name: str, description: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "description": description,
        "schema": {"type": "integer", "minimum": 0, "maximum": INT_MAX},
    }


def _regeneration_paths(op, ref, persona_id: dict[str, Any]) -> dict[str, Any]:
    """Regenerate an image or a persona; read, accept, discard (services.regenerations)."""
    regen_id = _int_parameter("regen_id", "The regeneration's id.")
    position = _int_parameter("position", "The image position (1 is the base portrait).")
    made = {
        "201": _ok("Made; waiting for accept or discard.", ref(RegenerationOut)),
        **_errors(*BODY_ERRORS, 403, 404, 409, 429, 503),
    }
    shown = {"200": _ok("The regeneration.", ref(RegenerationOut)), **_errors(401, 404)}
    decided = {"200": _ok("The regeneration.", ref(RegenerationOut)), **_errors(401, 404, 409)}

    def body(model):
        return {"required": False, "content": _json(ref(model, "validation"))}

    return {
        f"{PREFIX}/personas/{{persona_id}}/regenerate": {
            "parameters": [persona_id],
            "post": op(
                "regeneratePersona",
                "A new person at this persona's position (record and every image), made now "
                "and kept beside the current one until accepted. The task must have finished.",
                made,
                requestBody=body(RegeneratePersonaRequest),
            ),
        },
        f"{PREFIX}/personas/{{persona_id}}/images/{{position}}/regenerate": {
            "parameters": [persona_id, position],
            "post": op(
                "regenerateImage",
                "A new variation of one image of the persona (the same identity), made now and "
                "kept beside the current one until accepted; a prompt change for model "
                "image providers.",
                made,
                requestBody=body(RegenerateImageRequest),
            ),
        },
        f"{PREFIX}/regenerations/{{regen_id}}": {
            "parameters": [regen_id],
            "get": op("getRegeneration", "A regeneration.", shown),
        },
        f"{PREFIX}/regenerations/{{regen_id}}/accept": {
            "parameters": [regen_id],
            "post": op(
                "acceptRegeneration",
                "Make it current (the persona, API, pages and exports show it; the old "
                "version's files are deleted).",
                decided,
            ),
        },
        f"{PREFIX}/regenerations/{{regen_id}}/discard": {
            "parameters": [regen_id],
            "post": op("discardRegeneration", "Throw it away; the current version stays.", decided),
        },
        f"{PREFIX}/regenerations/{{regen_id}}/images/{{position}}": {
            "parameters": [regen_id, position],
            "get": op(
                "getRegenerationImage",
                "One new image of a waiting regeneration.",
                {
                    "200": {
                        "description": "The image.",
                        "content": {
                            "image/png": {"schema": {"type": "string"}},
                            "image/jpeg": {"schema": {"type": "string"}},
                        },
                    },
                    **_errors(401, 404),
                },
            ),
        },
    }


def build_document() -> dict[str, Any]:
    """The OpenAPI 3.1 document (rebuilt per call: providers may be added at runtime)."""
    models = [(m, "validation") for m in INPUT_MODELS + QUERY_MODELS]
    models += [(m, "serialization") for m in OUTPUT_MODELS]
    keys, top = models_json_schema(models, ref_template=REF)
    schemas = copy.deepcopy(top["$defs"])

    def ref(model: type[BaseModel], mode: str = "serialization") -> dict[str, Any]:
        return keys[(model, mode)]

    def name_of(model: type[BaseModel], mode: str) -> str:
        return ref(model, mode)["$ref"].rsplit("/", 1)[1]

    query_params = {}
    for model in QUERY_MODELS:  # parameters, not bodies: lifted out of the components
        query_params[model] = _query_parameters(schemas.pop(name_of(model, "validation")))
    _document_task_request(schemas[name_of(TaskRequest, "validation")], schemas["Constraints"])

    task_id = _path_parameter("task_id", TASK_ID_PATTERN, "The task's short id.")
    persona_id = _path_parameter("persona_id", PERSONA_ID_PATTERN, "The persona's UUID.")
    share_id = {
        "name": "share_id",
        "in": "path",
        "required": True,
        "description": "The share's id (from listTaskShares).",
        "schema": {"type": "integer", "minimum": 1, "maximum": 2**31 - 1},
    }
    body = {"required": True, "content": _json(ref(TaskRequest, "validation"))}
    task_ok = _ok("The task.", ref(TaskOut))
    export_200 = {
        "description": "The export, streamed as it is written.",
        "headers": {
            "Content-Disposition": {
                "required": True,
                "description": 'attachment; filename="avatargen-<task_id>.<format>"',
                "schema": {"type": "string"},
            }
        },
        "content": {
            "application/json": {"schema": {"type": "array", "items": ref(PersonaRecordOut)}},
            "application/x-ndjson": {"schema": {"type": "string"}},
            "text/csv": {"schema": {"type": "string"}},
            "application/zip": {
                "schema": {"type": "string", "contentMediaType": "application/zip"}
            },
        },
    }

    def op(op_id: str, summary: str, responses: dict, **extra: Any) -> dict[str, Any]:
        return {"operationId": op_id, "summary": summary, "responses": responses, **extra}

    paths = {
        f"{PREFIX}/tasks": {
            "get": op(
                "listTasks",
                "List your tasks (all tasks for an admin), newest first.",
                {"200": _ok("A page of tasks.", ref(TaskList)), **_errors(401, 422)},
                parameters=query_params[TaskListQuery],
            ),
            "post": op(
                "createTask",
                "Queue a new generation task.",
                {
                    "201": _ok(
                        "The task was queued.",
                        ref(TaskOut),
                        headers={
                            "Location": {
                                "required": True,
                                "description": "URL of the new task.",
                                "schema": {"type": "string"},
                            }
                        },
                    ),
                    **_errors(*BODY_ERRORS, 403, 429, 503),
                },
                requestBody=body,
            ),
        },
        f"{PREFIX}/shared-tasks": {
            "get": op(
                "listSharedTasks",
                "Completed tasks other users shared with you (read-only), newest first.",
                {"200": _ok("A page of tasks.", ref(TaskList)), **_errors(401, 422)},
                parameters=query_params[SharedListQuery],
            ),
        },
        f"{PREFIX}/tasks/{{task_id}}": {
            "parameters": [task_id],
            "get": op(
                "getTask",
                "A task with its progress (yours, or one shared with you).",
                {"200": task_ok, **_errors(401, 404)},
            ),
            "patch": op(
                "updateTask",
                "Rename a task: set its title, or remove it with null (owner only).",
                {"200": task_ok, **_errors(*BODY_ERRORS, 404)},
                requestBody={"required": True, "content": _json(ref(TitleInput, "validation"))},
            ),
            "delete": op(
                "deleteTask",
                "Delete a task, its personas and its images (cancel a running task first).",
                {"204": {"description": "Deleted."}, **_errors(401, 404, 409)},
            ),
        },
        f"{PREFIX}/tasks/{{task_id}}/cancel": {
            "parameters": [task_id],
            "post": op(
                "cancelTask",
                "Cancel a pending or running task.",
                {"200": task_ok, **_errors(401, 404, 409)},
            ),
        },
        f"{PREFIX}/tasks/{{task_id}}/retry": {
            "parameters": [task_id],
            "post": op(
                "retryTask",
                "Queue a failed or cancelled task again (the owner's quotas apply).",
                {"200": task_ok, **_errors(401, 403, 404, 409, 429)},
            ),
        },
        f"{PREFIX}/tasks/{{task_id}}/personas": {
            "parameters": [task_id],
            "get": op(
                "listTaskPersonas",
                "A page of the task's persona records, in index order, narrowed by the "
                "optional filters (name, gender, age range, city; they combine).",
                {
                    "200": _ok("A page of persona records.", ref(PersonaPage)),
                    **_errors(401, 404, 422),
                },
                parameters=query_params[PersonaListQuery],
            ),
        },
        f"{PREFIX}/tasks/{{task_id}}/shares": {
            "parameters": [task_id],
            "get": op(
                "listTaskShares",
                "Who the task is shared with (owner only).",
                {"200": _ok("The shares.", ref(ShareList)), **_errors(401, 404)},
            ),
            "post": op(
                "createTaskShare",
                "Share a completed task read-only with another user, by email (owner only). "
                "201 for a new share, 200 when it was shared already.",
                {
                    "200": _ok("Already shared.", ref(ShareOut)),
                    "201": _ok("Shared.", ref(ShareOut)),
                    **_errors(*BODY_ERRORS, 404, 409),
                },
                requestBody={"required": True, "content": _json(ref(ShareIn, "validation"))},
            ),
        },
        f"{PREFIX}/tasks/{{task_id}}/shares/{{share_id}}": {
            "parameters": [task_id, share_id],
            "delete": op(
                "deleteTaskShare",
                "Revoke a share: the user's next request for the task answers 404.",
                {"204": {"description": "Revoked."}, **_errors(401, 404)},
            ),
        },
        f"{PREFIX}/tasks/{{task_id}}/traces": {
            "parameters": [task_id],
            "get": op(
                "listTaskTraces",
                "A page of the task's provider calls (traces), in call order; filter by "
                "kind, outcome and request kind.",
                {
                    "200": _ok("A page of call traces.", ref(TracePage)),
                    **_errors(401, 404, 422),
                },
                parameters=query_params[TraceQuery],
            ),
        },
        f"{PREFIX}/tasks/{{task_id}}/export": {
            "parameters": [task_id],
            "get": op(
                "exportTask",
                "Download a completed task as JSON, JSONL, CSV or ZIP (the export layout).",
                {"200": export_200, **_errors(401, 404, 409, 422, 429, 503)},
                parameters=query_params[ExportQuery],
            ),
        },
        f"{PREFIX}/personas/{{persona_id}}": {
            "parameters": [persona_id],
            "get": op(
                "getPersona",
                "One persona record.",
                {"200": _ok("The persona record.", ref(PersonaRecordOut)), **_errors(401, 404)},
            ),
        },
        f"{PREFIX}/estimate": {
            "post": op(
                "estimateTask",
                "Estimate a task's time and cost without queueing it.",
                {"200": _ok("The estimate.", ref(EstimateOut)), **_errors(*BODY_ERRORS)},
                requestBody=body,
            ),
        },
        **_regeneration_paths(op, ref, persona_id),
        f"{PREFIX}/preview": {
            "post": op(
                "previewTask",
                "The first 5 personas (records and base portraits) of the task these settings "
                "describe, without creating it; a task sent with the same settings and the "
                "returned seed stores them as its first personas. Deterministic providers "
                "that run on the server only; throttled per user.",
                {"200": _ok("The preview.", ref(PreviewOut)), **_errors(*BODY_ERRORS, 429)},
                requestBody=body,
            ),
        },
        f"{PREFIX}/verify": verify_operation(op, ref(VerifyReportOut), _errors(*BODY_ERRORS)),
    }
    error_headers = {
        "WWW-Authenticate": {
            "required": True,
            "description": "Bearer challenge.",
            "schema": {"type": "string"},
        }
    }
    responses = {}
    for status, (name, description) in ERRORS.items():
        responses[name] = _ok(description, ref(ErrorOut))
        if status == 401:
            responses[name]["headers"] = error_headers
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Avatar Data Generator API",
            "version": __version__,
            "description": (
                "Generate and download synthetic persona datasets. Every persona is "
                "synthetic. Authenticate with 'Authorization: Bearer <token>' (create tokens "
                "on the API tokens page or with `avatargen tokens create`). Errors have one "
                'shape: {"error": {"code", "message", "fields"}}.'
            ),
        },
        "security": [{"bearer": []}],
        "paths": paths,
        "components": {
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer", "description": "An API token."}
            },
            "schemas": schemas,
            "responses": responses,
        },
    }


@bp.get("/openapi.json")
@public
def openapi_json():
    return Response(json.dumps(build_document()), mimetype="application/json")


@bp.get("/docs")
@public
def docs():
    doc = build_document()
    return render_template(
        "api/docs.html",
        doc=doc,
        operations=docs_page.operations(doc, request.host_url.rstrip("/")),
        error_example=docs_page.error_example(doc),
        openapi_url=url_for("api.openapi_json"),
    )
