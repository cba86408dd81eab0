"""Bearer-token authentication of every API request (cookies are never looked at)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from flask import current_app, g, request

from avatargen.api.blueprint import bp
from avatargen.api.errors import unauthorized
from avatargen.api.inputs import limit_body_size
from avatargen.models import User
from avatargen.services.tokens import authenticate_token

F = TypeVar("F", bound=Callable)


def public(view: F) -> F:
    """Mark a view as reachable without a token (the API's own description)."""
    view.api_public = True  # type: ignore[attr-defined]
    return view


def bearer_token() -> str | None:
    scheme, _, token = request.headers.get("Authorization", "").strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    return token.strip() or None


def api_user() -> User:
    """The user the current request's token belongs to."""
    return g.api_user


@bp.before_request
def _authenticate() -> None:
    limit_body_size()
    view = current_app.view_functions.get(request.endpoint or "")
    if getattr(view, "api_public", False):
        return
    token = bearer_token()
    if token is None:
        raise unauthorized()
    user = authenticate_token(token)
    if user is None:
        raise unauthorized("the API token is invalid, revoked, or its account is inactive")
    g.api_user = user
