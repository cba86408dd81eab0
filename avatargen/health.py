"""``GET /healthz``: is this process able to serve? (database and storage, no sign-in).

200 ``{"status": "ok", "database": "ok", "storage": "ok"}`` when both answer; 503 with
``"fail"`` on the part that did not and a short reason (the error's class and a fixed
phrase, never a URL, a message from the driver or a credential).
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from flask import Blueprint, jsonify

from avatargen.extensions import db, limiter
from avatargen.storage import explain_error, get_storage

log = logging.getLogger(__name__)

bp = Blueprint("health", __name__)


def _check_database() -> None:
    try:
        db.session.execute(sa.text("SELECT 1")).scalar_one()
    finally:
        db.session.rollback()


def _check_storage() -> None:
    get_storage().check()


def _database_reason(exc: BaseException) -> str:
    return f"database did not answer SELECT 1 ({type(exc).__name__})"


# (part, check, reason for a failure: fixed words and class or S3 error codes only)
CHECKS = (
    ("database", _check_database, _database_reason),
    ("storage", _check_storage, explain_error),
)


@bp.route("/healthz", methods=["GET", "HEAD"])
@limiter.exempt
def healthz():
    body: dict[str, object] = {"status": "ok"}
    reasons: dict[str, str] = {}
    for name, check, reason in CHECKS:
        try:
            check()
        except Exception as exc:  # any failure means "not healthy", reported not raised
            body[name] = "fail"
            reasons[name] = reason(exc)
            # The class only: driver messages can carry host names or URLs.
            log.warning("health check %s failed: %s", name, type(exc).__name__)
        else:
            body[name] = "ok"
    if reasons:
        body["status"] = "fail"
        body["reasons"] = reasons
    resp = jsonify(body)
    resp.status_code = 503 if reasons else 200
    resp.headers["Cache-Control"] = "no-store"
    return resp
