"""Signed-in pages, one blueprint per area (each module below holds one area's routes).

- :mod:`~avatargen.web.dashboard`  ``/``: the dashboard
- :mod:`~avatargen.web.generate`   ``/generate``: the generate form and its estimate
- :mod:`~avatargen.web.tasks`      ``/history``, ``/tasks/<id>``: history, task pages and actions
- :mod:`~avatargen.web.traces`     ``/tasks/<id>/traces``: the task's provider calls
- :mod:`~avatargen.web.shares`     ``/shared``, ``/tasks/<id>/shares``: read-only sharing
- :mod:`~avatargen.web.downloads`  ``/tasks/<id>/download/<fmt>``: dataset downloads
- :mod:`~avatargen.web.personas`   ``/personas/<id>``, ``/media/images/<id>``: personas, images
- :mod:`~avatargen.web.tokens`     ``/tokens``: the user's API tokens
- :mod:`~avatargen.web.settings`   ``/settings``: the admin's bio prompts and limits
- :mod:`~avatargen.web.help`       ``/help/providers``: how to turn on each model provider

Endpoints are named ``<area>.<view>``, e.g. ``url_for("tasks.task_page", task_id=...)``.
"""

from __future__ import annotations

from flask import Flask, current_app, send_from_directory

from avatargen.web import (
    dashboard,
    downloads,
    generate,
    help,
    personas,
    regenerate,
    settings,
    shares,
    tasks,
    tokens,
    traces,  # noqa: F401  (adds /tasks/<id>/traces to the tasks blueprint)
)
from avatargen.web.display import template_helpers

BLUEPRINTS = (
    dashboard.bp,
    generate.bp,
    tasks.bp,
    shares.bp,
    downloads.bp,
    personas.bp,
    regenerate.bp,
    tokens.bp,
    settings.bp,
    help.bp,
)


def init_app(app: Flask) -> None:
    """Register the page blueprints and the helpers their templates use."""
    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
    app.context_processor(template_helpers)
    # Pages link the SVG icon; browsers and tools that ask for /favicon.ico get it too.
    app.add_url_rule("/favicon.ico", "favicon", _favicon)


def _favicon():
    assert current_app.static_folder is not None
    resp = send_from_directory(current_app.static_folder, "favicon.svg", mimetype="image/svg+xml")
    resp.cache_control.max_age = 86400
    return resp
