"""Task downloads, streamed as they are written (see :mod:`avatargen.exports.stream`)."""

from __future__ import annotations

from flask import abort, render_template
from flask_login import login_required

from avatargen.exports.stream import ExportStreamError, export_download
from avatargen.models import TaskStatus
from avatargen.web import bp
from avatargen.web.tasks import DOWNLOAD_FORMATS, load_task


@bp.route("/tasks/<task_id>/download/<fmt>")
@login_required
def task_download(task_id: str, fmt: str):
    task = load_task(task_id)
    if fmt not in DOWNLOAD_FORMATS:
        abort(404)
    if task.status != TaskStatus.COMPLETED:
        return render_template(
            "errors/error.html",
            code=409,
            title="Not ready",
            message=f"Task {task.task_id} is {task.status}; downloads open when it completes.",
        ), 409
    try:
        return export_download(task, fmt)
    except ExportStreamError as exc:
        return render_template(
            "errors/error.html",
            code=500,
            title="Export failed",
            message=f"The export could not be written: {exc}",
        ), 500
