"""Sign-in and sign-out pages."""

from flask import Blueprint

bp = Blueprint("auth", __name__, url_prefix="/auth")

from avatargen.auth import routes  # noqa: E402,F401
