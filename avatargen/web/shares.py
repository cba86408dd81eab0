"""Read-only sharing from the task page, and the "Shared with me" list."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from avatargen.services import queries, shares
from avatargen.services.tasks import TaskStateError
from avatargen.web.tasks import load_task

bp = Blueprint("shares", __name__)


@bp.route("/shared")
@login_required
def shared_with_me():
    page = queries.list_shared_tasks(
        current_user._get_current_object(), request.args.get("page", 1)
    )
    return render_template("web/shared.html", page=page, owners=queries.task_owners(page.items))


def _back(task_id: str):
    return redirect(url_for("tasks.task_page", task_id=task_id, _anchor="sharing"))


@bp.route("/tasks/<task_id>/shares", methods=["POST"])
@login_required
def task_share(task_id: str):
    task = load_task(task_id)  # the owner's (or an admin's) only: a reader cannot share
    try:
        share, created = shares.share_task(task, request.form.get("email", ""))
    except shares.ShareError as exc:
        flash(f"Not shared: {exc.fields['email']}.", "danger")
    except TaskStateError as exc:
        flash(f"Not shared: {exc}.", "warning")
    else:
        if created:
            flash(f"Shared read-only with {share.email}.", "success")
        else:
            flash(f"Already shared with {share.email}.", "info")
    return _back(task.task_id)


@bp.route("/tasks/<task_id>/shares/<share_id>/revoke", methods=["POST"])
@login_required
def task_unshare(task_id: str, share_id: str):
    task = load_task(task_id)
    try:
        email = shares.revoke_share(task, shares.share_pk(share_id))
    except shares.ShareNotFound:
        abort(404)
    flash(f"{email} no longer has access.", "success")
    return _back(task.task_id)
