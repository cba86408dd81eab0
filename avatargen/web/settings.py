"""The admin settings page: per-platform bio prompts and length limits."""

from __future__ import annotations

from functools import wraps

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user, login_required

from avatargen import bio_settings, trace_settings
from avatargen.providers.base import PLATFORMS
from avatargen.providers.tracing import TEXT_MAX
from avatargen.web.forms import SettingsForm

bp = Blueprint("settings", __name__)


def admin_required(view):
    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        if not current_user.is_admin:
            abort(403)
        return view(*args, **kwargs)

    return wrapped


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
            trace_settings.set_prompts_kept(bool(form.trace_prompts.data))
            flash("Settings saved.", "success")
            return redirect(url_for("settings.settings"))
    elif not form.is_submitted():
        current = bio_settings.load()
        for p in PLATFORMS:
            getattr(form, f"prompt_{p}").data = current.prompts[p]
            getattr(form, f"limit_{p}").data = str(current.limits[p])
        form.trace_prompts.data = trace_settings.prompts_kept()
    return render_template(
        "web/settings.html",
        form=form,
        errors=errors,
        platforms=PLATFORMS,
        labels=bio_settings.PLATFORM_LABELS,
        limit_range=(bio_settings.LIMIT_MIN, bio_settings.LIMIT_MAX),
        prompt_max=bio_settings.PROMPT_MAX_CHARS,
        trace_text_max=TEXT_MAX,
    ), status
