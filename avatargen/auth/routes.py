"""Sign-in (throttled, see :mod:`avatargen.auth.throttle`), sign-out, safe ``next`` redirects.

Each sign-in starts a server-side session (:mod:`avatargen.services.sessions`) with a fresh
random token: the session cookie and the remember cookie carry that token, never the user's
row id, so ending the session ends every copy of both cookies. The session is cleared at
sign-in, so the session cookie and the CSRF token are new too.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user

from avatargen.auth import throttle
from avatargen.auth.blueprint import bp
from avatargen.auth.forms import LoginForm
from avatargen.extensions import login_manager
from avatargen.models import User
from avatargen.services import sessions
from avatargen.services import users as user_service

BAD_CREDENTIALS = "Wrong email or password."


@login_manager.user_loader
def load_user(session_token: str) -> User | None:
    found = sessions.resolve(session_token)
    if found is None:
        return None
    user, _record = found
    user.session_token = session_token
    return user


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


def sign_in(user: User, *, remember: bool) -> None:
    """Start a new session for ``user`` in this browser (fresh session, CSRF token, cookies)."""
    session.clear()
    user.session_token = sessions.start(user, remember=remember)
    login_user(user, remember=remember)


def _throttled(exc: throttle.Throttled, form: LoginForm):
    form.password.errors.append(exc.message)
    html = render_template("auth/login.html", form=form, retry_after=exc.retry_after)
    return html, 429, {"Retry-After": str(exc.retry_after)}


@bp.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("dashboard.dashboard"))
    form = LoginForm()
    if form.validate_on_submit():
        try:
            attempt = throttle.begin(form.email.data, request.remote_addr or "")
        except throttle.Throttled as exc:
            return _throttled(exc, form)
        user = user_service.authenticate(form.email.data, form.password.data)
        if user is not None:
            throttle.giveback(attempt)
            sign_in(user, remember=bool(form.remember.data))
            return redirect(safe_next(request.args.get("next")) or url_for("dashboard.dashboard"))
        throttle.failed(attempt)
        form.password.errors.append(BAD_CREDENTIALS)
        return render_template("auth/login.html", form=form), 401
    return render_template("auth/login.html", form=form), 422 if form.is_submitted() else 200


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    sessions.end(current_user.session_token)
    logout_user()
    session.clear()
    flash("You have been signed out.", "info")
    return redirect(url_for("auth.login"))
