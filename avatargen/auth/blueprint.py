"""The ``auth`` blueprint object (its routes are added by the modules of this package)."""

from flask import Blueprint

bp = Blueprint("auth", __name__, url_prefix="/auth")
