"""Task downloads, streamed as they are written (see :mod:`avatargen.exports.stream`)."""

from __future__ import annotations

from flask import Blueprint, abort, render_template
from flask_login import current_user, login_required

from avatargen.exports.stream import ExportStreamError, export_download
from avatargen.services import export_slots
from avatargen.services.downloads import require_exportable
from avatargen.services.tasks import Access, TaskStateError
from avatargen.web.tasks import DOWNLOAD_FORMATS, load_task

bp = Blueprint("downloads", __name__)


@bp.route("/tasks/<task_id>/download/<fmt>")
@login_required
def task_download(task_id: str, fmt: str):
    task = load_task(task_id, Access.READ)
    if fmt not in DOWNLOAD_FORMATS:
        abort(404)
    try:
        require_exportable(task)
    except TaskStateError as exc:
        return render_template(
            "errors/error.html", code=409, title="Not ready", message=f"{exc}."
        ), 409
    try:
        return export_slots.guarded(current_user.id, lambda: export_download(task, fmt))
    except export_slots.ExportsBusy as exc:
        title = "Too many downloads" if exc.status == 429 else "Server busy"
        html = render_template(
            "errors/error.html", code=exc.status, title=title, message=exc.message
        )
        return html, exc.status, {"Retry-After": str(exc.retry_after)}
    except ExportStreamError as exc:
        return render_template(
            "errors/error.html",
            code=500,
            title="Export failed",
            message=f"The export could not be written: {exc}",
        ), 500
