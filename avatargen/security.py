"""App-wide request hardening: security headers, NUL and integer-range checks on input,
503 while the database is down, the trusted-proxy setting, no SQL parameters in logs.

``configure`` runs before the extensions are wired (engine options, URL converters);
``init_app`` adds the request hooks and error handlers.
"""

from __future__ import annotations

import logging

import sqlalchemy.exc as sa_exc
from flask import Flask, render_template, request
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter

log = logging.getLogger(__name__)

API_PREFIX = "/api/"
INT_MAX = 2**31 - 1  # the largest id an INTEGER column holds on every backend
DB_RETRY_AFTER = "30"


class BoundedIntConverter(IntegerConverter):
    """``<int:...>`` that only matches ids a database integer can hold (else a 404)."""

    def __init__(self, map, *args, **kwargs):  # noqa: A002 (werkzeug's signature)
        kwargs.setdefault("max", INT_MAX)
        super().__init__(map, *args, **kwargs)


def configure(app: Flask) -> None:
    """Settings that must be in place before the extensions and routes are set up."""
    options = dict(app.config.get("SQLALCHEMY_ENGINE_OPTIONS") or {})
    options.setdefault("hide_parameters", True)  # SQL errors never log the values
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = options
    app.url_map.converters["int"] = BoundedIntConverter
    hops = int(app.config.get("TRUSTED_PROXY_HOPS") or 0)
    if hops > 0:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)


def content_security_policy(app: Flask) -> str:
    img = "'self' data:"
    if app.config.get("S3_PRESIGN"):
        img += " https: http:"  # presigned image redirects go to the bucket's host
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; "
        f"img-src {img}; font-src 'self'; connect-src 'self'; object-src 'none'; "
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )


def _is_api() -> bool:
    return request.path.startswith(API_PREFIX)


def _bad_input(message: str, fields: dict[str, str]):
    if _is_api():
        from avatargen.api.errors import error_response

        return error_response(422, "validation_failed", message, fields)
    html = render_template("errors/error.html", code=400, title="Bad request", message=message)
    return html, 400


def _nul_check():
    bad: dict[str, str] = {}
    sources = [request.args]
    if request.mimetype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        sources.append(request.form)
    for source in sources:
        for key, values in source.lists():
            key = key if isinstance(key, str) else ""
            if "\x00" in key or any(isinstance(v, str) and "\x00" in v for v in values):
                bad[key.replace("\x00", "")[:64] or "request"] = "must not contain NUL characters"
    if bad:
        return _bad_input("the request has fields with NUL characters", bad)
    return None


def _database_down(exc: Exception):
    log.error("database unavailable: %s", type(exc).__name__)
    headers = {"Retry-After": DB_RETRY_AFTER}
    message = "the database is not answering; try again shortly"
    if _is_api():
        from avatargen.api.errors import error_response

        return error_response(503, "service_unavailable", message, headers=headers)
    html = render_template(
        "errors/error.html", code=503, title="Service unavailable", message=message.capitalize()
    )
    return html, 503, headers


def init_app(app: Flask) -> None:
    csp = content_security_policy(app)

    @app.before_request
    def _reject_nul():
        return _nul_check()

    @app.after_request
    def _headers(resp):
        h = resp.headers
        h.setdefault("Content-Security-Policy", csp)
        h.setdefault("X-Frame-Options", "DENY")
        h.setdefault("X-Content-Type-Options", "nosniff")
        h.setdefault("Referrer-Policy", "same-origin")
        h.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        h.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        if app.config.get("SESSION_COOKIE_SECURE"):
            h.setdefault("Strict-Transport-Security", "max-age=31536000")
        return resp

    # A database that does not answer is a 503 (try again), not a 500 (a bug).
    app.register_error_handler(sa_exc.OperationalError, _database_down)
    app.register_error_handler(sa_exc.InterfaceError, _database_down)
    app.register_error_handler(sa_exc.DisconnectionError, _database_down)
