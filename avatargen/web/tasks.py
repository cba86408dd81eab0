"""History, the task page (live progress, actions, report, gallery) and task actions."""

from __future__ import annotations

from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from avatargen.bio_settings import PLATFORM_LABELS
from avatargen.exports.writer import task_report
from avatargen.models import GenerationTask, TaskStatus
from avatargen.models.task import FINISHED, RUNNING
from avatargen.pipeline.completion import failure_cause
from avatargen.providers.base import PLATFORMS
from avatargen.services import queries, quotas
from avatargen.services.queries import base_image_ids
from avatargen.services.tasks import (
    TaskNotFound,
    TaskStateError,
    cancel_task,
    delete_task,
    get_task,
    retry_task,
)
from avatargen.web.display import duration, stage_steps, status_class, status_label

STATUS_FILTERS = [s.value for s in TaskStatus]
bp = Blueprint("tasks", __name__)

DOWNLOAD_FORMATS = ("json", "jsonl", "csv", "zip", "parquet")


def load_task(task_id: str) -> GenerationTask:
    """The signed-in user's task (any task for an admin), else 404."""
    try:
        return get_task(current_user._get_current_object(), task_id)
    except TaskNotFound:
        abort(404)


@bp.route("/history")
@login_required
def history():
    status = request.args.get("status") or None
    if status not in STATUS_FILTERS:
        status = None
    page = queries.list_tasks(
        current_user._get_current_object(), request.args.get("page", 1), status=status
    )
    # Admins see every user's tasks, so the table says whose each one is.
    owners = queries.task_owners(page.items) if current_user.is_admin else None
    return render_template(
        "web/history.html", page=page, status=status, statuses=STATUS_FILTERS, owners=owners
    )


def _live(task: GenerationTask) -> dict:
    p = queries.progress(task)
    return {
        **p,
        "task_id": task.task_id,
        "status": task.status,
        "status_label": status_label(task.status),
        "status_class": status_class(task.status),
        "finished": task.status in FINISHED,
        "percent": round(p["fraction"] * 100),
        "elapsed_text": duration(p["elapsed_seconds"]),
        "remaining_text": duration(p["remaining_seconds"]),
        "has_errors": bool(task.error_log),
        "steps": stage_steps(task),
    }


@bp.route("/tasks/<task_id>")
@login_required
def task_page(task_id: str):
    task = load_task(task_id)
    show_gallery = task.status in FINISHED and task.personas_done > 0
    # Stored at completion; computed (never stored) here for a cancelled task: GETs only read.
    report = task_report(task) if show_gallery else None
    gallery = base_images = None
    if show_gallery:
        gallery = queries.list_personas(task, request.args.get("page", 1))
        base_images = base_image_ids([p.id for p in gallery.items])
    return render_template(
        "web/task.html",
        task=task,
        live=_live(task),
        report=report,
        gallery=gallery,
        base_images=base_images,
        platforms=PLATFORMS,
        platform_labels=PLATFORM_LABELS,
        formats=DOWNLOAD_FORMATS,
        can_cancel=task.status == TaskStatus.PENDING or task.status in RUNNING,
        can_retry=task.status in (TaskStatus.FAILED, TaskStatus.CANCELLED)
        and not task.imported_from,
        cause=failure_cause(task.id) if task.status == TaskStatus.FAILED else None,
    )


@bp.route("/tasks/<task_id>/progress")
@login_required
def task_progress(task_id: str):
    resp = jsonify(_live(load_task(task_id)))
    resp.headers["Cache-Control"] = "no-store"
    return resp


def _act(task_id: str, action, done: str):
    task = load_task(task_id)
    try:
        action(task)
    except TaskStateError as exc:
        flash(str(exc), "warning")
    except quotas.QuotaExceeded as exc:  # a retry queues the task again
        flash(exc.message, "danger")
    else:
        flash(done.format(task_id=task.task_id), "success")
    return redirect(url_for("tasks.task_page", task_id=task.task_id))


@bp.route("/tasks/<task_id>/cancel", methods=["POST"])
@login_required
def task_cancel(task_id: str):
    return _act(task_id, cancel_task, "Task {task_id} is cancelled.")


@bp.route("/tasks/<task_id>/retry", methods=["POST"])
@login_required
def task_retry(task_id: str):
    return _act(task_id, retry_task, "Task {task_id} is queued again; what was made is kept.")


@bp.route("/tasks/<task_id>/delete", methods=["POST"])
@login_required
def task_delete(task_id: str):
    task = load_task(task_id)
    try:
        delete_task(task)
    except TaskStateError as exc:
        flash(str(exc), "warning")
        return redirect(url_for("tasks.task_page", task_id=task.task_id))
    flash(f"Task {task_id} and its files are deleted.", "success")
    return redirect(url_for("tasks.history"))
