"""``POST /api/v1/verify``: check an uploaded image or ZIP export (hashes, labels, C2PA).

The file is the raw request body (``Content-Type: image/png``, ``image/jpeg``,
``application/zip`` or ``application/octet-stream``) or the ``file`` field of a
``multipart/form-data`` form; uploads are capped at ``VERIFY_MAX_BYTES`` (413 above it).
A verdict is a 200 with ``ok``; only an unusable upload is an error.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any, Literal

from flask import current_app, request
from pydantic import BaseModel, ConfigDict

from avatargen.api.blueprint import bp
from avatargen.api.errors import ApiError
from avatargen.api.serialize import json_response
from avatargen.c2pa.verify import VerifyError, verify_stream

RAW_TYPES = ("image/png", "image/jpeg", "application/zip", "application/octet-stream")
# A ZIP may expand past its upload size (text files deflate); cap what is read from it.
EXPANSION = 16
SPOOL = 8 * 1024 * 1024


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CredentialsOut(_Out):
    present: bool
    checked: bool
    valid: bool
    trusted: bool
    failures: list[str]
    digital_source_type: str | None
    task_id: str | None
    persona_id: str | None
    position: int | None
    signer: str | None


class VerifiedFileOut(_Out):
    path: str
    status: Literal["ok", "tampered", "missing", "unlisted", "unlabelled", "unchecked"]
    image: bool
    labelled: bool
    signed: bool
    valid: bool | None
    trusted: bool
    reasons: list[str]
    credentials: CredentialsOut | None


class VerifySummaryOut(_Out):
    files: int
    images: int
    labelled: int
    signed: int
    valid: int
    trusted: int
    tampered: int
    missing: int
    unlisted: int
    unlabelled: int
    unchecked: int


class VerifyReportOut(_Out):
    target: str
    kind: Literal["image", "folder", "zip"]
    ok: bool
    summary: VerifySummaryOut
    errors: list[str]
    files: list[VerifiedFileOut]


def _trust_anchors() -> str | None:
    path = current_app.config.get("C2PA_TRUST_ANCHORS")
    if not path:
        return None
    try:
        return Path(path).read_text()
    except (OSError, UnicodeDecodeError):
        current_app.logger.warning("cannot read C2PA_TRUST_ANCHORS %s", path)
        return None


def _upload():
    """(file object, name) of the upload, spooled to disk when large."""
    mime = request.mimetype
    if mime == "multipart/form-data":
        upload = request.files.get("file")
        if upload is None:
            raise ApiError(
                422, "validation_failed", "send the file in the form field 'file'",
                fields={"file": "required"},
            )  # fmt: skip
        return upload.stream, upload.filename or "upload"
    if mime not in RAW_TYPES:
        raise ApiError(
            415,
            "unsupported_media_type",
            "send the file as the body (Content-Type image/png, image/jpeg, application/zip "
            "or application/octet-stream) or as the 'file' field of multipart/form-data",
        )
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL)  # noqa: SIM115 - returned
    shutil.copyfileobj(request.stream, spool, 1024 * 1024)
    spool.seek(0)
    return spool, "upload"


@bp.post("/verify")
def verify_file():
    limit = int(current_app.config.get("VERIFY_MAX_BYTES", 32 * 1024 * 1024))
    request.max_content_length = limit
    if request.content_length is not None and request.content_length > limit:
        raise ApiError(413, "payload_too_large", f"the upload is larger than {limit} bytes")
    fh, name = _upload()
    with fh:
        fh.seek(0, 2)
        size = fh.tell()
        fh.seek(0)
        if size > limit:
            raise ApiError(413, "payload_too_large", f"the upload is larger than {limit} bytes")
        if size == 0:
            raise ApiError(422, "validation_failed", "the upload is empty", {"file": "empty"})
        try:
            report = verify_stream(
                fh, name, trust_anchors=_trust_anchors(), max_total=limit * EXPANSION
            )
        except VerifyError as exc:
            raise ApiError(422, "validation_failed", str(exc), {"file": str(exc)}) from None
    return json_response(VerifyReportOut.model_validate(report.as_dict()))


def verify_operation(op, report_ref: dict[str, Any], errors: dict[str, Any]) -> dict[str, Any]:
    """The OpenAPI path item of ``/verify`` (added by :mod:`avatargen.api.openapi`)."""
    binary = {"schema": {"type": "string", "format": "binary"}}
    content: dict[str, Any] = {mime: binary for mime in RAW_TYPES}
    content["multipart/form-data"] = {
        "schema": {
            "type": "object",
            "properties": {"file": {"type": "string", "format": "binary"}},
            "required": ["file"],
        }
    }
    return {
        "post": op(
            "verifyFile",
            "Check an image or a ZIP export: sha256 against manifest.json, the synthetic-media "
            "label, and the C2PA manifest and signature where present. A verdict is a 200 "
            "with 'ok'; the upload is limited to VERIFY_MAX_BYTES (413 above it).",
            {
                "200": {
                    "description": "The verdict.",
                    "content": {"application/json": {"schema": report_ref}},
                },
                **errors,
            },
            requestBody={"required": True, "content": content},
        )
    }
