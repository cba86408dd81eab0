"""One JSON error shape for everything under ``/api/``: ``{"error": {code, message, fields}}``.

Errors raised inside an API view reach the blueprint's handlers. Requests whose URL matches
no route (404) or no method (405) never reach a blueprint, and the app's HTML error pages
would answer them; an app-wide ``before_request`` hook answers those in JSON first when the
path is under ``/api/``, so the web app's pages keep their HTML errors.
"""

from __future__ import annotations

from flask import Response, request
from werkzeug.exceptions import HTTPException

from avatargen.api.blueprint import bp
from avatargen.api.schemas import ErrorBody, ErrorOut

API_PREFIX = "/api/"

# Machine-readable codes of the HTTP errors werkzeug raises.
HTTP_CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_failed",
    429: "too_many_requests",
    500: "internal_error",
}
MESSAGES: dict[int, str] = {
    401: "a valid API token is required: send 'Authorization: Bearer <token>'",
    404: "there is nothing at this URL",
    413: "the request body is too large",
    500: "the server failed to handle the request",
}


class ApiError(Exception):
    """An error answered as the API's JSON error shape."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        fields: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.fields = fields or {}
        self.headers = headers or {}


def error_response(
    status: int,
    code: str,
    message: str,
    fields: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    body = ErrorOut(error=ErrorBody(code=code, message=message, fields=fields or {}))
    resp = Response(
        body.model_dump_json(), status=status, headers=headers, mimetype="application/json"
    )
    if status == 401:
        resp.headers.setdefault("WWW-Authenticate", 'Bearer realm="avatargen"')
    return resp


def unauthorized(message: str | None = None) -> ApiError:
    return ApiError(401, "unauthorized", message or MESSAGES[401])


def not_found(what: str) -> ApiError:
    return ApiError(404, "not_found", f"no {what}")


def from_http_exception(exc: HTTPException) -> Response:
    status = exc.code or 500
    code = HTTP_CODES.get(status, "error" if status < 500 else "internal_error")
    message = MESSAGES.get(status) or (exc.description or exc.name or "error").strip()
    headers = {}
    valid = getattr(exc, "valid_methods", None)
    if status == 405 and valid:
        headers["Allow"] = ", ".join(sorted(valid))
        message = f"this URL accepts {', '.join(sorted(valid))}"
    if status == 429:
        headers.update({k: v for k, v in exc.get_headers() if k.lower() == "retry-after"})
        headers.setdefault("Retry-After", "60")  # every 429 says when to try again
    return error_response(status, code, message, headers=headers)


@bp.errorhandler(ApiError)
def _api_error(exc: ApiError):
    return error_response(exc.status, exc.code, exc.message, exc.fields, exc.headers)


@bp.errorhandler(HTTPException)
def _http_error(exc: HTTPException):
    if exc.code is not None and exc.code < 400:  # redirects are not errors
        return exc
    return from_http_exception(exc)  # Flask has already logged an unhandled exception


@bp.before_app_request
def _unrouted_api_request():
    """JSON 404/405 for /api/ URLs that match no route (they never reach the blueprint)."""
    exc = request.routing_exception
    if (
        exc is not None
        and isinstance(exc, HTTPException)
        and (exc.code or 0) >= 400
        and request.path.startswith(API_PREFIX)
    ):
        return from_http_exception(exc)
    return None
