"""API routes of regenerations: make one (an image, or a whole persona), read it, fetch its
images, accept or discard it (rules in :mod:`avatargen.services.regenerations`)."""

from __future__ import annotations

from typing import Any

from flask import Response, request

from avatargen.api.auth import api_user
from avatargen.api.blueprint import bp
from avatargen.api.errors import ApiError, not_found
from avatargen.api.inputs import json_object, valid_persona_id
from avatargen.api.inputs import validation_error as _validation_error
from avatargen.api.serialize import json_response, regeneration_out
from avatargen.providers.base import ProviderError
from avatargen.services import quotas
from avatargen.services import regenerations as svc
from avatargen.services.action_limits import TooManyRequests
from avatargen.services.queries import NotFound
from avatargen.storage import StorageError, get_storage


def _body() -> dict[str, Any]:
    """The optional JSON body (none at all means every default)."""
    if not request.get_data(cache=True) and not request.is_json:
        return {}
    return json_object()


def _run(make):
    try:
        return make()
    except NotFound as exc:
        raise not_found(str(exc)) from None
    except svc.RegenerationInputError as exc:
        raise _validation_error(exc.fields) from None
    except svc.RegenerationConflict as exc:
        raise ApiError(409, "invalid_state", str(exc)) from None
    except TooManyRequests as exc:
        headers = {"Retry-After": str(exc.retry_after)}
        raise ApiError(429, "too_many_requests", str(exc), headers=headers) from None
    except quotas.QuotaExceeded as exc:
        headers = {"Retry-After": str(exc.retry_after)} if exc.status == 429 else {}
        fields = {exc.name: f"{exc.used} of {exc.limit} used, {exc.left} left"}
        raise ApiError(exc.status, "quota_exceeded", exc.message, fields, headers) from None
    except (svc.RegenerationFailed, ProviderError) as exc:
        headers = {"Retry-After": "60"}
        raise ApiError(503, "regeneration_failed", str(exc), headers=headers) from None


def _persona_id(persona_id: str) -> str:
    if not valid_persona_id(persona_id):
        raise not_found(f"persona {persona_id[:64]!r}")
    return persona_id


def _made(regen) -> Response:
    _regen, task = svc.get_regeneration(api_user(), regen.id)
    return json_response(regeneration_out(regen, task), 201)


@bp.post("/personas/<persona_id>/regenerate")
def regenerate_persona(persona_id: str):
    pid = _persona_id(persona_id)
    return _run(lambda: _made(svc.regenerate_persona(api_user(), pid, _body())))


@bp.post("/personas/<persona_id>/images/<int:position>/regenerate")
def regenerate_image(persona_id: str, position: int):
    pid = _persona_id(persona_id)
    return _run(lambda: _made(svc.regenerate_image(api_user(), pid, position, _body())))


def _show(regen_id: int, action=None) -> Response:
    def go():
        if action is not None:
            action(api_user(), regen_id)
        regen, task = svc.get_regeneration(api_user(), regen_id)
        return json_response(regeneration_out(regen, task))

    return _run(go)


@bp.get("/regenerations/<int:regen_id>")
def get_regeneration(regen_id: int):
    return _show(regen_id)


@bp.post("/regenerations/<int:regen_id>/accept")
def accept_regeneration(regen_id: int):
    return _show(regen_id, svc.accept)


@bp.post("/regenerations/<int:regen_id>/discard")
def discard_regeneration(regen_id: int):
    return _show(regen_id, svc.discard)


@bp.get("/regenerations/<int:regen_id>/images/<int:position>")
def regeneration_image(regen_id: int, position: int):
    def go():
        regen, _task = svc.get_regeneration(api_user(), regen_id)
        if regen.status != "ready":
            raise NotFound(f"image {position} of regeneration {regen_id} (it was {regen.status})")
        image = svc.candidate_image(regen, position)
        try:
            data = get_storage().get(image["storage_key"])
        except (FileNotFoundError, StorageError):
            raise NotFound(f"image {position} of regeneration {regen_id}") from None
        jpeg = image["storage_key"].endswith(".jpg")
        resp = Response(data, mimetype="image/jpeg" if jpeg else "image/png")
        resp.headers["Cache-Control"] = "private, no-store"
        return resp

    return _run(go)
