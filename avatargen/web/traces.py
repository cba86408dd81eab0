"""``/tasks/<id>/traces``: the task's provider calls, filterable by kind and outcome, paged.

The owner's task (any task for an admin), else 404; a bad filter is a 400 with the reason.
"""

from __future__ import annotations

from flask import abort, render_template, request
from flask_login import login_required
from pydantic import ValidationError

from avatargen.api.traces import TraceQuery
from avatargen.models.task_events import list_traces
from avatargen.providers.tracing import OUTCOMES, REQUESTS
from avatargen.services.queries import Page
from avatargen.web.tasks import bp, load_task


@bp.route("/tasks/<task_id>/traces")
@login_required
def task_traces(task_id: str):
    task = load_task(task_id)
    args = {k: v for k, v in request.args.items() if v != ""}
    try:
        q = TraceQuery.model_validate(args)
    except ValidationError as exc:
        names = ", ".join(str(e["loc"][0]) for e in exc.errors() if e["loc"])
        abort(400, description=f"Invalid filter: {names}")
    rows, total = list_traces(
        task.id,
        page=q.page,
        per_page=q.per_page,
        kind=q.kind,
        outcome=q.outcome,
        request=q.request,
    )
    filters = {k: v for k, v in (("kind", q.kind), ("outcome", q.outcome)) if v}
    if q.request:
        filters["request"] = q.request
    return render_template(
        "web/traces.html",
        task=task,
        traces=Page(rows, q.page, q.per_page, total),
        filters=filters,
        outcomes=("failed", *OUTCOMES),
        requests=REQUESTS,
    )
