"""Routes of the signed-in pages (thin: the rules live in avatargen.services).

This module holds the dashboard and the admin settings page, and imports the modules that
add the other pages to the blueprint: generate, history and tasks, downloads, media.
"""

from __future__ import annotations

from functools import wraps

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user, login_required

from avatargen.providers.base import PLATFORMS
from avatargen.services import bio_settings, web_support
from avatargen.services.queries import progress
from avatargen.web import bp
from avatargen.web.forms import SettingsForm


def admin_required(view):
    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        if not current_user.is_admin:
            abort(403)
        return view(*args, **kwargs)

    return wrapped


@bp.route("/")
@login_required
def dashboard():
    user = current_user._get_current_object()
    stats = web_support.dashboard_stats(user)
    peak = {
        name: max([getattr(d, name) for d in stats.days] + [1])
        for name in ("tasks", "personas", "images")
    }
    active = web_support.active_tasks(user)
    return render_template(
        "web/dashboard.html",
        stats=stats,
        peak=peak,
        active=[(task, progress(task)) for task in active],
        recent=web_support.recent_tasks(user),
    )


@bp.route("/settings", methods=["GET", "POST"])
@admin_required
def settings():
    form = SettingsForm()
    errors: dict[str, str] = {}
    status = 200
    if form.validate_on_submit():
        prompts = {p: getattr(form, f"prompt_{p}").data for p in PLATFORMS}
        limits = {p: getattr(form, f"limit_{p}").data for p in PLATFORMS}
        try:
            bio_settings.save(prompts, limits)
        except bio_settings.SettingsError as exc:
            errors = exc.fields
            status = 422
        else:
            flash("Settings saved.", "success")
            return redirect(url_for("web.settings"))
    elif not form.is_submitted():
        current = bio_settings.load()
        for p in PLATFORMS:
            getattr(form, f"prompt_{p}").data = current.prompts[p]
            getattr(form, f"limit_{p}").data = str(current.limits[p])
    return render_template(
        "web/settings.html",
        form=form,
        errors=errors,
        platforms=PLATFORMS,
        labels=bio_settings.PLATFORM_LABELS,
        limit_range=(bio_settings.LIMIT_MIN, bio_settings.LIMIT_MAX),
        prompt_max=bio_settings.PROMPT_MAX_CHARS,
    ), status


# The other pages register themselves on the blueprint when imported.
from avatargen.web import display, downloads, generate, media, tasks  # noqa: E402,F401
