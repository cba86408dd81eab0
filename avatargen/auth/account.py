"""The account page: active sign-in sessions and API tokens (each can be ended), and the
password change (which ends every session and signs this browser in afresh)."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import PasswordField, SubmitField
from wtforms.validators import DataRequired, EqualTo, Length

from avatargen.auth.blueprint import bp
from avatargen.services import sessions
from avatargen.services import tokens as token_service
from avatargen.services import users as user_service


class PasswordChangeForm(FlaskForm):
    current = PasswordField("Current password", validators=[DataRequired(), Length(max=200)])
    new = PasswordField("New password", validators=[DataRequired(), Length(max=200)])
    confirm = PasswordField(
        "New password again",
        validators=[DataRequired(), EqualTo("new", message="the two new passwords differ")],
    )
    submit = SubmitField("Change password")


def _page(form: PasswordChangeForm, status: int = 200):
    user = current_user._get_current_object()
    current_hash = sessions.hash_token(user.session_token or "")
    html = render_template(
        "auth/account.html",
        title="Account",
        form=form,
        sessions=sessions.list_active(user),
        current_hash=current_hash,
        tokens=[t for t in token_service.list_tokens(user) if t.revoked_at is None],
    )
    return html, status, {"Cache-Control": "no-store"}


@bp.get("/account")
@login_required
def account():
    return _page(PasswordChangeForm(formdata=None))


@bp.post("/account/password")
@login_required
def change_password():
    from avatargen.auth.routes import sign_in

    form = PasswordChangeForm()
    if not form.validate_on_submit():
        return _page(form, 422)
    user = current_user._get_current_object()
    try:
        user_service.change_password(user, form.current.data, form.new.data)
    except user_service.UserError as exc:
        form.new.errors = [str(exc)]
        return _page(form, 422)
    sign_in(user, remember=False)
    flash("Password changed. Every other browser and device has been signed out.", "success")
    return redirect(url_for("auth.account"))


@bp.post("/sessions/<int:session_id>/end")
@login_required
def end_session(session_id: int):
    if not sessions.end_by_id(current_user._get_current_object(), session_id):
        abort(404)
    flash("Session ended: that browser is signed out.", "success")
    return redirect(url_for("auth.account"))


@bp.post("/sessions/end-others")
@login_required
def end_other_sessions():
    user = current_user._get_current_object()
    count = sessions.end_all(user.id, except_token=user.session_token)
    flash(f"Signed out {count} other session(s).", "success")
    return redirect(url_for("auth.account"))
