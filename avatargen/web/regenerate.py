"""Regenerate from the persona page: make one, see it beside the current version, accept
or discard it (rules in :mod:`avatargen.services.regenerations`)."""

from __future__ import annotations

from flask import Blueprint, Response, abort, flash, redirect, request, url_for
from flask_login import current_user, login_required

from avatargen.providers.base import ProviderError
from avatargen.services import quotas
from avatargen.services import regenerations as svc
from avatargen.services.action_limits import TooManyRequests
from avatargen.services.queries import NotFound
from avatargen.storage import StorageError, get_storage

bp = Blueprint("regenerate", __name__)


def _back(persona_id: str):
    return redirect(url_for("personas.persona_page", persona_id=persona_id) + "#regeneration")


def _make(persona_id: str, make):
    try:
        make()
    except NotFound:
        abort(404)
    except svc.RegenerationInputError as exc:
        flash("Not regenerated: " + "; ".join(f"{k}: {v}" for k, v in exc.fields.items()), "danger")
    except (svc.RegenerationConflict, svc.RegenerationFailed, ProviderError) as exc:
        flash(f"Not regenerated: {exc}", "danger")
    except TooManyRequests as exc:
        flash(f"Not regenerated: {exc}; try again in {exc.retry_after} s.", "danger")
    except quotas.QuotaExceeded as exc:
        flash(f"Not regenerated: {exc.message}", "danger")
    return _back(persona_id)


@bp.route("/personas/<persona_id>/regenerate", methods=["POST"])
@login_required
def regenerate_persona(persona_id: str):
    user = current_user._get_current_object()
    return _make(persona_id, lambda: svc.regenerate_persona(user, persona_id, _form(False)))


@bp.route("/personas/<persona_id>/images/<int:position>/regenerate", methods=["POST"])
@login_required
def regenerate_image(persona_id: str, position: int):
    user = current_user._get_current_object()
    return _make(persona_id, lambda: svc.regenerate_image(user, persona_id, position, _form(True)))


def _form(prompt: bool) -> dict[str, str]:
    data = {}
    if request.form.get("seed", "").strip():
        data["seed"] = request.form["seed"].strip()
    if prompt and request.form.get("prompt", "").strip():
        data["prompt"] = request.form["prompt"]
    return data


def _decide(regen_id: int, action, done: str):
    user = current_user._get_current_object()
    try:
        regen, _task = svc.get_regeneration(user, regen_id)
    except NotFound:
        abort(404)
    try:
        regen = action(user, regen_id)
    except svc.RegenerationConflict as exc:
        flash(str(exc), "danger")
        return _back(regen.persona_id)
    flash(done, "success")
    accepted_persona = regen.status == "accepted" and regen.kind == "persona"
    return _back(regen.new_persona_id if accepted_persona else regen.persona_id)


@bp.route("/regenerations/<int:regen_id>/accept", methods=["POST"])
@login_required
def accept(regen_id: int):
    return _decide(regen_id, svc.accept, "Accepted: the new version is the current one.")


@bp.route("/regenerations/<int:regen_id>/discard", methods=["POST"])
@login_required
def discard(regen_id: int):
    return _decide(regen_id, svc.discard, "Discarded: the current version stays.")


@bp.route("/regenerations/<int:regen_id>/images/<int:position>")
@login_required
def image(regen_id: int, position: int):
    try:
        regen, _task = svc.get_regeneration(current_user._get_current_object(), regen_id)
        if regen.status != "ready":
            abort(404)
        found = svc.candidate_image(regen, position)
        data = get_storage().get(found["storage_key"])
    except (NotFound, FileNotFoundError, StorageError):
        abort(404)
    jpeg = found["storage_key"].endswith(".jpg")
    resp = Response(data, mimetype="image/jpeg" if jpeg else "image/png")
    resp.headers["Cache-Control"] = "private, no-store"
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp
