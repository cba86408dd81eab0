"""The dashboard: the signed-in home page (numbers of the last days, running and recent tasks)."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import current_user, login_required

from avatargen.services import dashboard as overview
from avatargen.services.queries import progress

bp = Blueprint("dashboard", __name__)


@bp.route("/")
@login_required
def dashboard():
    user = current_user._get_current_object()
    stats = overview.dashboard_stats(user)
    peak = {
        name: max([getattr(d, name) for d in stats.days] + [1])
        for name in ("tasks", "personas", "images")
    }
    active = overview.active_tasks(user)
    return render_template(
        "web/dashboard.html",
        stats=stats,
        peak=peak,
        active=[(task, progress(task)) for task in active],
        recent=overview.recent_tasks(user),
    )
