"""Persona pages and stored images, served only to their owner (or an admin, or a user the
task is shared with: ``Access.READ``)."""

from __future__ import annotations

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    send_file,
)
from flask_login import current_user, login_required

from avatargen import bio_settings
from avatargen.models.task import FINISHED
from avatargen.persona_rows import contact_fields
from avatargen.providers.base import PLATFORMS, ProviderError
from avatargen.providers.registry import get_image_provider
from avatargen.services import queries
from avatargen.services.queries import NotFound, persona_neighbours
from avatargen.services.regenerations import MAX_PROMPT, waiting_for
from avatargen.services.tasks import Access, can_change
from avatargen.storage import StorageError, get_storage

bp = Blueprint("personas", __name__)
FINISHED_STATUSES = frozenset(s.value for s in FINISHED)

IMAGE_MAX_AGE = 3600


def presign_enabled() -> bool:
    """Redirect owners to presigned URLs (``AVATARGEN_S3_PRESIGN``, validated in config)."""
    return bool(current_app.config["S3_PRESIGN"])


def presign_expires() -> int:
    """Seconds a redirect's presigned URL stays valid (``AVATARGEN_S3_PRESIGN_EXPIRES``)."""
    return int(current_app.config["S3_PRESIGN_EXPIRES"])


@bp.route("/personas/<persona_id>")
@login_required
def persona_page(persona_id: str):
    try:
        user = current_user._get_current_object()
        persona, task = queries.get_persona(user, persona_id, Access.READ)
    except NotFound:
        abort(404)
    limits = bio_settings.load().limits
    contact = contact_fields(persona, task)
    bios = [
        {
            "platform": p,
            "label": bio_settings.PLATFORM_LABELS[p],
            "text": persona.bios[p],
            "length": len(persona.bios[p]),
            "limit": limits[p],
            "handle": contact["handles"][p],
        }
        for p in PLATFORMS
    ]
    previous_id, next_id = persona_neighbours(persona)
    try:
        takes_prompt = "network" in get_image_provider(task.image_provider).capabilities
    except ProviderError:  # e.g. an imported task's provider that is not installed here
        takes_prompt = False
    return render_template(
        "web/persona.html",
        persona=persona,
        task=task,
        images=list(persona.images),
        bios=bios,
        email=contact["email"],
        owner_view=can_change(user, task),
        previous_id=previous_id,
        next_id=next_id,
        gallery_page=persona.persona_index // queries.PERSONAS_PER_PAGE + 1,
        waiting=waiting_for(persona),
        can_regenerate=task.status in FINISHED_STATUSES,
        takes_prompt=takes_prompt,
        max_prompt=MAX_PROMPT,
    )


@bp.route("/media/images/<int:image_id>")
@login_required
def media_image(image_id: int):
    try:
        image = queries.get_image(current_user._get_current_object(), image_id, Access.READ)
    except NotFound:
        abort(404)
    if image.sha256 in request.if_none_match:
        # Answer revalidation before opening the file (a 304 has no body to close it with).
        resp = Response(status=304)
        resp.set_etag(image.sha256)
        return _private(resp)
    storage = get_storage()
    if presign_enabled():
        try:
            expires = presign_expires()
            target = storage.url(image.storage_key, expires)
        except StorageError:
            abort(404)
        if target:
            # The bucket serves the bytes; the owner's browser may reuse this redirect
            # only while the URL it points to is still valid (no ETag: a revalidated
            # redirect would point at an expired URL).
            resp = redirect(target, code=302)
            resp.headers["Cache-Control"] = f"private, max-age={max(0, expires - 60)}"
            resp.headers["Vary"] = "Cookie"
            resp.headers["Referrer-Policy"] = "no-referrer"
            return resp
    try:
        fh = storage.open(image.storage_key)
    except (FileNotFoundError, StorageError):
        abort(404)
    ext = image.storage_key.rsplit(".", 1)[-1]
    resp = send_file(
        fh,
        mimetype="image/jpeg" if ext == "jpg" else "image/png",
        download_name=f"{image.persona_id}-{image.position}.{ext}",
        etag=image.sha256,
        conditional=True,
    )
    length = getattr(fh, "content_length", None)
    if resp.status_code == 200 and resp.content_length is None and length is not None:
        resp.content_length = length
    return _private(resp)


def _private(resp: Response) -> Response:
    # Private: only this signed-in user's browser may keep a copy; never a shared cache.
    resp.headers["Cache-Control"] = f"private, max-age={IMAGE_MAX_AGE}"
    resp.headers["Vary"] = "Cookie"
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp
