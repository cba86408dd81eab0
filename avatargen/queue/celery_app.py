"""The Celery app of distributed mode (``AVATARGEN_QUEUE=celery``), after Flask's pattern.

``celery_app`` is importable without a Flask app (``celery -A avatargen.queue.celery_app
worker`` works): the first time Celery reads its configuration, the Flask app bound with
:func:`bind` (or, in a bare ``celery`` process, one made by :func:`avatargen.create_app`)
supplies it. Every task runs inside that Flask app's context and removes its DB session
afterwards. Messages are JSON only; a chunk is acknowledged after it ran (``acks_late``),
so a chunk whose worker died is delivered again once the visibility timeout has passed.
"""

from __future__ import annotations

import threading
from typing import Any

from celery import Celery, Task
from flask import Flask
from kombu import Queue

_lock = threading.Lock()
_flask_app: Flask | None = None


def settings_for(flask_app: Flask) -> dict[str, Any]:
    """Celery settings from the Flask config."""
    cfg = flask_app.config
    broker = cfg.get("BROKER_URL") or ""
    if not broker:
        raise RuntimeError("AVATARGEN_QUEUE=celery needs AVATARGEN_BROKER_URL (e.g. redis://...)")
    visibility = int(cfg.get("CELERY_VISIBILITY_TIMEOUT", 3600))
    transport = {
        "visibility_timeout": visibility,
        # Kombu sweeps for expired unacknowledged messages only every interval x throttle
        # (10 x 10 s by default); sweep every quarter of the timeout instead, so a chunk of
        # a dead worker comes back soon after its visibility timeout.
        "unacked_restore_interval": max(1, min(60, visibility // 4)),
        "unacked_restore_throttle": 1,
    }
    queue = cfg.get("CELERY_QUEUE_NAME", "avatargen")
    return {
        "broker_url": broker,
        "broker_transport_options": transport,
        "broker_connection_retry_on_startup": True,
        "result_backend": None,  # completion is read from the database, not from results
        "task_ignore_result": True,
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        "worker_prefetch_multiplier": 1,
        "task_serializer": "json",
        "accept_content": ["json"],
        "result_serializer": "json",
        "task_default_queue": queue,
        # A bare ``celery -A avatargen.queue.celery_app worker`` reads both, urgent first.
        "task_queues": [Queue(f"{queue}.urgent"), Queue(queue)],
        "task_create_missing_queues": True,
        "worker_send_task_events": False,
        "enable_utc": True,
    }


def urgent_queue_name(cfg: Any) -> str:
    """The queue of re-sent chunks (a dead worker's), read before the main queue."""
    return f"{cfg.get('CELERY_QUEUE_NAME', 'avatargen')}.urgent"


def worker_queues(cfg: Any) -> str:
    """The ``-Q`` argument of a worker: the urgent queue first, then the main one."""
    return f"{urgent_queue_name(cfg)},{cfg.get('CELERY_QUEUE_NAME', 'avatargen')}"


class FlaskTask(Task):
    """Runs the task body inside the bound Flask app's context (one DB session per run)."""

    abstract = True

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from avatargen.extensions import db

        with flask_app().app_context():
            try:
                return self.run(*args, **kwargs)
            finally:
                db.session.remove()


# The tasks live in celery_tasks (which imports this module, never the other way round);
# a worker imports it through ``include``.
celery_app = Celery("avatargen", task_cls=FlaskTask, include=["avatargen.queue.celery_tasks"])


def flask_app() -> Flask:
    """The Flask app bound to Celery; made from the environment when none was bound."""
    global _flask_app
    with _lock:
        if _flask_app is None:
            from avatargen import create_app

            _flask_app = create_app()
        return _flask_app


def bind(app: Flask) -> Celery:
    """Bind ``app`` to the Celery app: its config and its context for every task."""
    global _flask_app
    with _lock:
        _flask_app = app
    if celery_app.configured:
        celery_app.conf.update(settings_for(app))
    app.extensions["celery"] = celery_app
    return celery_app


@celery_app.on_configure.connect
def _configure(sender: Celery, **_: Any) -> None:
    sender.config_from_object(settings_for(flask_app()))
