"""Application factory: builds and wires a Flask app (see :func:`avatargen.create_app`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from flask import Flask, render_template

from avatargen import __version__
from avatargen.c2pa import signing as content_credentials
from avatargen.config import instance_path_from_env, load_config
from avatargen.extensions import bootstrap, csrf, db, limiter, login_manager, migrate

MIGRATIONS_DIR = str(Path(__file__).parent / "migrations")


def build_app(config: Any = None) -> Flask:
    instance_path = instance_path_from_env()
    app = Flask(
        "avatargen",
        instance_path=os.path.abspath(instance_path) if instance_path else None,
        instance_relative_config=True,
    )
    os.makedirs(app.instance_path, exist_ok=True)
    app.config.from_mapping(load_config(app.instance_path))
    if isinstance(config, dict):
        app.config.from_mapping(config)
    elif config is not None:
        app.config.from_object(config)

    from avatargen import security

    security.configure(app)  # engine options, URL converters, trusted proxies
    db.init_app(app)
    migrate.init_app(app, db, directory=MIGRATIONS_DIR)
    csrf.init_app(app)
    limiter.init_app(app)
    bootstrap.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message_category = "warning"
    content_credentials.init_app(app)

    from avatargen import (
        models,  # noqa: F401  (register tables on the metadata)
        web,
    )
    from avatargen.api import bp as api_bp
    from avatargen.auth import bp as auth_bp
    from avatargen.health import bp as health_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(api_bp)
    csrf.exempt(api_bp)  # bearer tokens, not cookies: no CSRF surface
    web.init_app(app)
    app.register_blueprint(health_bp)
    _register_error_pages(app)
    security.init_app(app)
    from avatargen import request_log

    request_log.init_app(app)

    @app.context_processor
    def _globals() -> dict[str, Any]:
        return {"app_version": __version__}

    return app


def _register_error_pages(app: Flask) -> None:
    def page(code: int, title: str, message: str):
        def handler(error):
            detail = getattr(error, "description", None) or message
            html = render_template("errors/error.html", code=code, title=title, message=detail)
            headers = {}
            if code == 429:  # every 429 says how long to wait
                get = getattr(error, "get_headers", None)
                found = [v for k, v in (get() if get else []) if k.lower() == "retry-after"]
                headers["Retry-After"] = found[0] if found else "60"
            return html, code, headers

        return handler

    app.register_error_handler(400, page(400, "Bad request", "The request was not valid."))
    app.register_error_handler(403, page(403, "Forbidden", "You are not allowed to see this."))
    app.register_error_handler(404, page(404, "Not found", "There is nothing here."))
    app.register_error_handler(
        429,
        page(
            429,
            "Too many attempts",
            "Too many failed sign-in attempts. Wait a few minutes and try again.",
        ),
    )
