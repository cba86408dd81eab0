"""The "API tokens" page: list, create (the token is shown once) and revoke tokens."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import StringField, SubmitField
from wtforms.validators import Length

from avatargen.services import tokens as svc

bp = Blueprint("tokens", __name__)


class TokenCreateForm(FlaskForm):
    name = StringField("Name", validators=[Length(max=svc.MAX_NAME_LENGTH)])
    submit = SubmitField("Create token")


@bp.route("/tokens", methods=["GET", "POST"])
@login_required
def tokens():
    user = current_user._get_current_object()
    form = TokenCreateForm()
    new_token = None
    status = 200
    if form.validate_on_submit():
        try:
            _row, new_token = svc.create_token(user, form.name.data)
        except svc.TokenError as exc:
            form.name.errors = [str(exc)]
            status = 422
        else:
            form = TokenCreateForm(formdata=None)
    elif form.is_submitted():
        status = 422
    html = render_template(
        "web/tokens.html",
        title="API tokens",
        form=form,
        new_token=new_token,
        tokens=svc.list_tokens(user),
        max_name=svc.MAX_NAME_LENGTH,
    )
    # The new token is in this response only: keep it out of caches and history.
    return html, status, {"Cache-Control": "no-store"}


@bp.post("/tokens/<int:token_id>/revoke")
@login_required
def token_revoke(token_id: int):
    try:
        row = svc.revoke_token(current_user._get_current_object(), token_id)
    except svc.TokenNotFound:
        abort(404)
    flash(f"Token “{row.name}” revoked: it no longer works.", "success")
    return redirect(url_for("tokens.tokens"))
