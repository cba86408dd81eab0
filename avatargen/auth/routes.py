"""Sign-in with throttling of failed attempts, sign-out, and safe ``next`` redirects."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import current_app, flash, g, redirect, render_template, request, url_for
from flask_limiter.util import get_remote_address
from flask_login import current_user, login_required, login_user, logout_user

from avatargen.auth import bp
from avatargen.auth.forms import LoginForm
from avatargen.extensions import db, limiter, login_manager
from avatargen.models import User
from avatargen.services import users as user_service

BAD_CREDENTIALS = "Wrong email or password."


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    try:
        user = db.session.get(User, int(user_id))
    except ValueError:
        return None
    return user if user is not None and user.is_active else None


def safe_next(target: str | None) -> str | None:
    """``target`` if it is a path on this site, else None (no open redirects)."""
    if not target:
        return None
    target = target.strip()
    if "\\" in target or any(ord(c) < 32 for c in target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target


def _throttle() -> str:
    return current_app.config["LOGIN_THROTTLE"]


def _email_key() -> str:
    return "login-email:" + (request.form.get("email") or "").strip().lower()


def _address_key() -> str:
    return "login-addr:" + (get_remote_address() or "unknown")


def _failed(_response) -> bool:
    return bool(g.get("login_failed"))


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_throttle, key_func=_address_key, methods=["POST"], deduct_when=_failed)
@limiter.limit(_throttle, key_func=_email_key, methods=["POST"], deduct_when=_failed)
def login():
    if current_user.is_authenticated:
        return redirect(url_for("dashboard.dashboard"))
    form = LoginForm()
    if form.validate_on_submit():
        user = user_service.authenticate(form.email.data, form.password.data)
        if user is not None:
            login_user(user, remember=bool(form.remember.data))
            return redirect(safe_next(request.args.get("next")) or url_for("dashboard.dashboard"))
        g.login_failed = True
        form.password.errors.append(BAD_CREDENTIALS)
        return render_template("auth/login.html", form=form), 401
    return render_template("auth/login.html", form=form)


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    logout_user()
    flash("You have been signed out.", "info")
    return redirect(url_for("auth.login"))
