"""Signed-in pages: dashboard, generate, history, settings."""

from flask import Blueprint

bp = Blueprint("web", __name__)

from avatargen.web import routes, tokens  # noqa: E402,F401
