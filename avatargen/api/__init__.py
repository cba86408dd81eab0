"""REST API ``/api/v1``: bearer-token JSON over the shared services."""

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")

from avatargen.api import auth, errors, openapi, routes, verify  # noqa: E402,F401
