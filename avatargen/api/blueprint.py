"""The ``api`` blueprint object (its routes are added by the modules of this package)."""

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")
