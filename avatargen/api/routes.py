"""API routes: thin handlers over the shared services (rules live in avatargen.services)."""

from __future__ import annotations

from flask import Response, url_for
from pydantic import ValidationError

from avatargen.api.auth import api_user
from avatargen.api.blueprint import bp
from avatargen.api.errors import ApiError, not_found
from avatargen.api.inputs import json_object, query, valid_persona_id, valid_task_id
from avatargen.api.inputs import validation_error as _validation_error
from avatargen.api.schemas import (
    EstimateOut,
    ExportQuery,
    PersonaListQuery,
    PreviewOut,
    SharedListQuery,
    ShareIn,
    TaskListQuery,
)
from avatargen.api.serialize import (
    json_response,
    persona_page,
    record_out,
    share_list,
    share_out,
    task_list,
    task_out,
)
from avatargen.exports.stream import ExportStreamError, export_download
from avatargen.models import GenerationTask
from avatargen.providers.base import ProviderPreflightError
from avatargen.services import export_slots, queries, quotas, shares
from avatargen.services import preview as preview_svc
from avatargen.services import tasks as svc
from avatargen.services.action_limits import TooManyRequests
from avatargen.services.downloads import require_exportable
from avatargen.services.estimate import estimate as estimate_task
from avatargen.services.persona_search import FILTER_NAMES, PersonaFilter
from avatargen.services.queries import visible_persona_record
from avatargen.storage import StoragePreflightError


def _task(task_id: str, access: svc.Access = svc.Access.OWN) -> GenerationTask:
    """The caller's task (any task for an admin; for ``Access.READ`` also one shared with
    the caller); another user's task is 'not found'."""
    if not valid_task_id(task_id):
        raise not_found(f"task {task_id[:64]!r}")
    try:
        return svc.get_task(api_user(), task_id, access)
    except svc.TaskNotFound:
        raise not_found(f"task {task_id!r}") from None


def _state_error(exc: svc.TaskStateError) -> ApiError:
    return ApiError(409, "invalid_task_state", str(exc))


def _quota_error(exc: quotas.QuotaExceeded) -> ApiError:
    headers = {"Retry-After": str(exc.retry_after)} if exc.status == 429 else {}
    fields = {exc.name: f"{exc.used} of {exc.limit} used, {exc.left} left"}
    return ApiError(exc.status, "quota_exceeded", exc.message, fields, headers)


def _parsed_request() -> svc.TaskRequest:
    try:
        return svc.parse_request(json_object())
    except svc.TaskInputError as exc:
        raise _validation_error(exc.fields) from None


@bp.post("/tasks")
def create_task():
    try:
        task = svc.submit_task(api_user(), _parsed_request())
    except quotas.QuotaExceeded as exc:
        raise _quota_error(exc) from None
    except StoragePreflightError as exc:
        raise ApiError(
            503, "storage_unavailable", str(exc), headers={"Retry-After": "60"}
        ) from None
    except ProviderPreflightError as exc:
        fields = {f"{exc.kind}_provider": str(exc)} if exc.kind else None
        headers = {"Retry-After": "60"} if exc.retryable else None
        raise ApiError(503, "provider_unavailable", str(exc), fields, headers) from None
    location = url_for("api.get_task", task_id=task.task_id)
    return json_response(task_out(task), 201, headers={"Location": location})


@bp.get("/tasks")
def list_tasks():
    q = query(TaskListQuery)
    status = q.status.value if q.status else None
    page = queries.list_tasks(
        api_user(), page=q.page, per_page=q.per_page, status=status, owner=q.owner
    )
    return json_response(task_list(page))


@bp.get("/shared-tasks")
def list_shared_tasks():
    q = query(SharedListQuery)
    page = queries.list_shared_tasks(api_user(), page=q.page, per_page=q.per_page)
    return json_response(task_list(page))


@bp.get("/tasks/<task_id>")
def get_task(task_id: str):
    return json_response(task_out(_task(task_id, svc.Access.READ)))


@bp.patch("/tasks/<task_id>")
def update_task(task_id: str):
    body = json_object()
    task = _task(task_id)
    try:
        title = svc.parse_title(body)
    except svc.TaskInputError as exc:
        raise _validation_error(exc.fields) from None
    svc.set_title(task, title)
    return json_response(task_out(task))


@bp.delete("/tasks/<task_id>")
def delete_task(task_id: str):
    try:
        svc.delete_task(_task(task_id))
    except svc.TaskStateError as exc:
        raise _state_error(exc) from None
    return Response(status=204)


def _act(task_id: str, action) -> Response:
    """Run a state change (cancel, retry) on the caller's task; 409 when it does not fit."""
    task = _task(task_id)
    try:
        action(task)
    except svc.TaskStateError as exc:
        raise _state_error(exc) from None
    except quotas.QuotaExceeded as exc:  # a retry queues the task again
        raise _quota_error(exc) from None
    return json_response(task_out(task))


@bp.post("/tasks/<task_id>/cancel")
def cancel_task(task_id: str):
    return _act(task_id, svc.cancel_task)


@bp.post("/tasks/<task_id>/retry")
def retry_task(task_id: str):
    return _act(task_id, svc.retry_task)


@bp.get("/tasks/<task_id>/personas")
def list_task_personas(task_id: str):
    q = query(PersonaListQuery)
    task = _task(task_id, svc.Access.READ)
    filters = PersonaFilter.model_validate(q.model_dump(include=set(FILTER_NAMES)))
    page = queries.list_personas(task, page=q.page, per_page=q.per_page, filters=filters)
    return json_response(persona_page(page, task))


@bp.get("/personas/<persona_id>")
def get_persona(persona_id: str):
    if not valid_persona_id(persona_id):
        raise not_found(f"persona {persona_id[:64]!r}")
    try:
        record = visible_persona_record(api_user(), persona_id)
    except queries.NotFound:
        raise not_found(f"persona {persona_id!r}") from None
    return json_response(record_out(record))


@bp.get("/tasks/<task_id>/export")
def export_task(task_id: str):
    fmt = query(ExportQuery).format
    task = _task(task_id, svc.Access.READ)
    try:
        require_exportable(task)
    except svc.TaskStateError as exc:
        raise _state_error(exc) from None

    try:
        return export_slots.guarded(api_user().id, lambda: export_download(task, fmt))
    except export_slots.ExportsBusy as exc:
        code = "too_many_downloads" if exc.status == 429 else "server_busy"
        headers = {"Retry-After": str(exc.retry_after)}
        raise ApiError(exc.status, code, exc.message, headers=headers) from None
    except ExportStreamError as exc:
        raise ApiError(500, "export_failed", str(exc)) from None


@bp.post("/estimate")
def estimate():
    return json_response(EstimateOut(**estimate_task(_parsed_request())))


def _throttled(exc: TooManyRequests) -> ApiError:
    headers = {"Retry-After": str(exc.retry_after)}
    return ApiError(429, "too_many_requests", str(exc), headers=headers)


@bp.post("/preview")
def preview():
    try:
        shown = preview_svc.preview(api_user(), _parsed_request())
    except svc.TaskInputError as exc:
        raise _validation_error(exc.fields) from None
    except TooManyRequests as exc:
        raise _throttled(exc) from None
    return json_response(PreviewOut.model_validate(shown))


@bp.get("/tasks/<task_id>/shares")
def list_task_shares(task_id: str):
    return json_response(share_list(shares.list_shares(_task(task_id))))


@bp.post("/tasks/<task_id>/shares")
def create_task_share(task_id: str):
    body = json_object()
    task = _task(task_id)  # the owner's (or an admin's): a reader cannot share
    try:
        data = ShareIn.model_validate(body)
    except ValidationError as exc:
        raise _validation_error(_fields(exc)) from None
    try:
        share, created = shares.share_task(task, data.email)
    except shares.ShareError as exc:
        raise _validation_error(exc.fields) from None
    except svc.TaskStateError as exc:
        raise _state_error(exc) from None
    return json_response(share_out(share), 201 if created else 200)


@bp.delete("/tasks/<task_id>/shares/<share_id>")
def delete_task_share(task_id: str, share_id: str):
    task = _task(task_id)
    try:
        shares.revoke_share(task, shares.share_pk(share_id))
    except shares.ShareNotFound:
        raise not_found(f"share {share_id[:20]!r} of task {task_id!r}") from None
    return Response(status=204)


def _fields(exc: ValidationError) -> dict[str, str]:
    out: dict[str, str] = {}
    for err in exc.errors():
        name = str(err["loc"][0]) if err["loc"] else "request"
        msg = "unknown field" if err["type"] == "extra_forbidden" else err["msg"]
        out.setdefault(name, msg)
    return out
