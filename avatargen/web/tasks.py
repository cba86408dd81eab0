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
from avatargen.services import queries, quotas, shares
from avatargen.services.persona_search import (
    FILTER_NAMES,
    PersonaFilter,
    PersonaFilterError,
    parse_filter,
)
from avatargen.services.queries import base_image_ids
from avatargen.services.tasks import (
    MAX_TITLE,
    Access,
    TaskInputError,
    TaskNotFound,
    TaskStateError,
    can_change,
    cancel_task,
    delete_task,
    get_task,
    parse_title,
    retry_task,
    set_title,
)
from avatargen.services.users import UserError, list_users, normalize_email
from avatargen.web.display import duration, stage_steps, status_class, status_label

STATUS_FILTERS = [s.value for s in TaskStatus]
bp = Blueprint("tasks", __name__)

DOWNLOAD_FORMATS = ("json", "jsonl", "csv", "zip", "parquet")


def load_task(task_id: str, access: Access = Access.OWN) -> GenerationTask:
    """The signed-in user's task (any task for an admin; for ``Access.READ`` also one shared
    with them), else 404."""
    try:
        return get_task(current_user._get_current_object(), task_id, access)
    except TaskNotFound:
        abort(404)


def _owner_filter() -> str | None:
    """The admin's ``owner`` filter of the history (an email), None when absent or junk."""
    raw = request.args.get("owner") or ""
    if not current_user.is_admin or not raw.strip():
        return None
    try:
        return normalize_email(raw)
    except UserError:
        return None


@bp.route("/history")
@login_required
def history():
    status = request.args.get("status") or None
    if status not in STATUS_FILTERS:
        status = None
    owner = _owner_filter()
    page = queries.list_tasks(
        current_user._get_current_object(), request.args.get("page", 1), status=status,
        owner=owner,
    )  # fmt: skip
    # Admins see every user's tasks, so the table says whose each one is.
    owners = queries.task_owners(page.items) if current_user.is_admin else None
    users = [u.email for u in list_users()] if current_user.is_admin else []
    filters = {k: v for k, v in (("status", status), ("owner", owner)) if v}
    return render_template(
        "web/history.html", page=page, status=status, statuses=STATUS_FILTERS, owners=owners,
        owner=owner, users=users, filters=filters,
    )  # fmt: skip


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


def _gallery_filter() -> tuple[PersonaFilter, dict[str, str]]:
    """The gallery's filters from the query string, and the messages of the bad ones (those
    are left out: the page still shows, saying what was wrong)."""
    # An empty box of the form is no filter (the API, by contrast, refuses "age_min=").
    args = {k: v for k in FILTER_NAMES if (v := request.args.get(k, "").strip())}
    try:
        return parse_filter(args), {}
    except PersonaFilterError as exc:
        good = {k: v for k, v in args.items() if k not in exc.fields}
        try:
            return parse_filter(good), exc.fields
        except PersonaFilterError:
            return PersonaFilter(), exc.fields


@bp.route("/tasks/<task_id>")
@login_required
def task_page(task_id: str):
    user = current_user._get_current_object()
    task = load_task(task_id, Access.READ)
    owner_view = can_change(user, task)
    show_gallery = task.status in FINISHED and task.personas_done > 0
    # Stored at completion; computed (never stored) here for a cancelled task: GETs only read.
    report = task_report(task) if show_gallery else None
    gallery = base_images = None
    search, search_errors = _gallery_filter()
    if show_gallery:
        gallery = queries.list_personas(task, request.args.get("page", 1), filters=search)
        base_images = base_image_ids([p.id for p in gallery.items])
    status = 422 if search_errors else 200
    return render_template(
        "web/task.html",
        task=task,
        owner_view=owner_view,
        owner_email=None if task.user_id == user.id else queries.task_owners([task])[task.user_id],
        task_shares=shares.list_shares(task) if owner_view else [],
        max_title=MAX_TITLE,
        search=search,
        search_values={k: request.args.get(k, "") for k in FILTER_NAMES},
        search_errors=search_errors,
        live=_live(task),
        report=report,
        gallery=gallery,
        base_images=base_images,
        platforms=PLATFORMS,
        platform_labels=PLATFORM_LABELS,
        formats=DOWNLOAD_FORMATS,
        can_cancel=owner_view and (task.status == TaskStatus.PENDING or task.status in RUNNING),
        can_retry=owner_view
        and task.status in (TaskStatus.FAILED, TaskStatus.CANCELLED)
        and not task.imported_from,
        cause=failure_cause(task.id) if task.status == TaskStatus.FAILED else None,
    ), status


@bp.route("/tasks/<task_id>/progress")
@login_required
def task_progress(task_id: str):
    resp = jsonify(_live(load_task(task_id, Access.READ)))
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


@bp.route("/tasks/<task_id>/title", methods=["POST"])
@login_required
def task_title(task_id: str):
    task = load_task(task_id)
    try:
        title = parse_title({"title": request.form.get("title", "")})
    except TaskInputError as exc:
        flash(f"Title not changed: {exc.fields['title']}.", "danger")
        return redirect(url_for("tasks.task_page", task_id=task.task_id)), 303
    set_title(task, title)
    flash("Title saved." if title else "Title removed.", "success")
    return redirect(url_for("tasks.task_page", task_id=task.task_id))
