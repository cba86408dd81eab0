"""Where generated images live: one interface, a file-system and an S3 backend.

Keys are built only from generated ids (task ids, persona UUIDs, positions), never from
user text, and every key is checked against :data:`KEY_RE` before it touches the disk or
the bucket.

``AVATARGEN_STORAGE_URL`` picks the backend: a folder path or ``file://`` URL for
:class:`FileStorage`, ``s3://bucket[/prefix]`` for :class:`S3Storage` (needs ``boto3``).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import tempfile
import time
import uuid
from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from avatargen.config import current_settings

KEY_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}(/[A-Za-z0-9_-]{1,64})*\.(png|jpg)$")
PREFIX_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
HEALTH_KEY = "healthz/sentinel.png"
PREFLIGHT_PREFIX = "preflight"
# S3 bucket names (3-63 lowercase letters, digits, dots, hyphens) and the operator's prefix.
BUCKET_RE = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
S3_PREFIX_RE = re.compile(r"^[A-Za-z0-9_.-]{1,128}(/[A-Za-z0-9_.-]{1,128}){0,15}$")


class StorageError(ValueError):
    """A bad key, or a storage URL this build cannot use."""


class StoragePreflightError(StorageError):
    """The store cannot be written here and now (credentials, bucket, permissions, network)."""


def explain_error(exc: BaseException) -> str:
    """What went wrong talking to a store, in words an operator can act on; never a URL,
    a key or a credential (S3 error codes and exception class names only)."""
    code = str(getattr(exc, "response", {}).get("Error", {}).get("Code", "") or "")
    if code in {"InvalidAccessKeyId", "SignatureDoesNotMatch", "InvalidToken", "ExpiredToken"}:
        return (
            f"the S3 server rejected the credentials ({code}); check AWS_ACCESS_KEY_ID and "
            "AWS_SECRET_ACCESS_KEY (or the instance role)"
        )
    if code in {"AccessDenied", "AllAccessDisabled", "403"}:
        return f"the credentials are not allowed to do this on the bucket ({code})"
    if code in {"NoSuchBucket", "404"}:
        return f"the bucket does not exist ({code or 'NoSuchBucket'})"
    if code:
        return f"the S3 server answered {code}"
    name = type(exc).__name__
    if name in {
        "EndpointConnectionError",
        "ConnectTimeoutError",
        "ReadTimeoutError",
        "ConnectionClosedError",
    } or isinstance(exc, ConnectionError | TimeoutError):
        return f"the storage endpoint did not answer ({name})"
    if name in {"NoCredentialsError", "PartialCredentialsError"}:
        return (
            f"no S3 credentials were found ({name}); set AWS_ACCESS_KEY_ID and "
            "AWS_SECRET_ACCESS_KEY"
        )
    if isinstance(exc, PermissionError):
        return "the storage folder is not writable by this process (PermissionError)"
    if isinstance(exc, OSError):
        return f"the storage folder cannot be used ({name}: {exc.strerror or 'error'})"
    if isinstance(exc, StorageError):
        return str(exc)
    return f"the store failed ({name})"


def image_key(task_id: str, persona_id: str, position: int, ext: str = "png") -> str:
    key = f"{task_id}/{persona_id}/{position}.{ext}"
    check_key(key)
    return key


def check_key(key: str) -> str:
    if not isinstance(key, str) or not KEY_RE.match(key):
        raise StorageError(f"invalid storage key {key!r}")
    return key


def check_prefix(prefix: str) -> str:
    if not isinstance(prefix, str) or not PREFIX_RE.match(prefix):
        raise StorageError(f"invalid storage prefix {prefix!r}")
    return prefix


class Storage(ABC):
    @abstractmethod
    def put(self, key: str, data: bytes) -> None: ...

    @abstractmethod
    def get(self, key: str) -> bytes: ...

    @abstractmethod
    def open(self, key: str) -> BinaryIO: ...

    @abstractmethod
    def exists(self, key: str) -> bool: ...

    @abstractmethod
    def delete_prefix(self, prefix: str) -> int:
        """Delete every object under ``prefix/``; return how many."""

    @abstractmethod
    def keys(self, prefix: str) -> Iterator[str]: ...

    def url(self, key: str, expires: int = 300) -> str | None:
        """A short-lived URL a browser can GET the object from directly, or None."""
        check_key(key)
        return None

    @abstractmethod
    def delete(self, key: str) -> None:
        """Delete one object (no error if it is already gone)."""

    def check(self) -> None:
        """Raise if the backend cannot be reached (a cheap probe for health checks)."""
        self.exists(HEALTH_KEY)

    def preflight(self) -> None:
        """Prove the store is writable before a run: write, read back and delete a probe
        object. Raises :class:`StoragePreflightError` with one line saying what failed."""
        key = f"{PREFLIGHT_PREFIX}/{uuid.uuid4().hex}.png"
        payload = b"avatargen storage preflight"
        step = "listing the store"
        try:
            self.check()  # a missing bucket first: some servers create one on a PUT
            step = "writing a probe object"
            self.put(key, payload)
            step = "reading it back"
            if self.get(key) != payload:
                raise StorageError("the probe object came back with other bytes")
            step = "deleting it"
            self.delete(key)
        except Exception as exc:
            raise StoragePreflightError(
                f"storage {self.describe()} failed its preflight ({step}): {explain_error(exc)}"
            ) from None

    def ensure_ready(self, max_age: float = 60.0) -> None:
        """:meth:`preflight`, at most once per ``max_age`` seconds while it keeps passing
        (submissions call this: a probe per task would cost two requests each)."""
        now = time.monotonic()
        if now - getattr(self, "_ready_at", -max_age - 1) <= max_age:
            return
        self.preflight()
        self._ready_at = now

    def describe(self) -> str:
        """A short, credential-free name of the store for messages."""
        return type(self).__name__

    def size(self, key: str) -> int | None:
        """The stored object's size in bytes when it is cheap to know (a local file), else
        None (object stores: a request per object)."""
        return None


class FileStorage(Storage):
    """Objects as files under a root folder; writes are atomic (temp file + rename)."""

    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root).resolve()
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        return self.root / check_key(key)

    def put(self, key: str, data: bytes) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def get(self, key: str) -> bytes:
        return self._path(key).read_bytes()

    def open(self, key: str) -> BinaryIO:
        return self._path(key).open("rb")

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def delete_prefix(self, prefix: str) -> int:
        check_prefix(prefix)
        folder = self.root / prefix
        if not folder.is_dir():
            return 0
        count = sum(1 for p in folder.rglob("*") if p.is_file())
        shutil.rmtree(folder)
        return count

    def keys(self, prefix: str) -> Iterator[str]:
        check_prefix(prefix)
        folder = self.root / prefix
        if folder.is_dir():
            for p in sorted(folder.rglob("*")):
                if p.is_file() and not p.name.startswith(".tmp-"):
                    yield p.relative_to(self.root).as_posix()

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def size(self, key: str) -> int | None:
        try:
            return self._path(key).stat().st_size
        except (OSError, StorageError):
            return None

    def describe(self) -> str:
        return "folder"

    def check(self) -> None:
        if not self.root.is_dir():
            raise StorageError("storage folder is missing")
        if not os.access(self.root, os.R_OK | os.W_OK | os.X_OK):
            raise StorageError("storage folder is not readable and writable")


class _S3Body(io.RawIOBase):
    """A read-only stream over an S3 GET body (``content_length`` is the object's size)."""

    def __init__(self, body: Any, content_length: int | None) -> None:
        super().__init__()
        self._body = body
        self.content_length = content_length

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        if self.closed:
            raise ValueError("I/O operation on closed file")
        if size is None or size < 0:
            return self._body.read()
        return self._body.read(size)

    def readall(self) -> bytes:
        return self.read(-1)

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    def close(self) -> None:
        if not self.closed:
            try:
                self._body.close()
            finally:
                super().close()


class S3Storage(Storage):
    """Objects in an S3-compatible bucket, under an optional key prefix.

    The client is made by boto3 from its usual sources (environment variables, shared
    config files, instance roles); only the endpoint and region are passed explicitly,
    from ``AVATARGEN_S3_ENDPOINT_URL``/``AWS_ENDPOINT_URL`` and ``AWS_REGION``/
    ``AWS_DEFAULT_REGION``. Credentials are never read or logged here.
    """

    DELETE_BATCH = 1000  # the most keys one DeleteObjects call takes

    def __init__(
        self,
        bucket: str,
        prefix: str = "",
        *,
        client: Any = None,
        endpoint_url: str | None = None,
        region_name: str | None = None,
    ) -> None:
        if not BUCKET_RE.match(bucket or ""):
            raise StorageError(f"invalid S3 bucket name {bucket!r}")
        prefix = (prefix or "").strip("/")
        if prefix and (not S3_PREFIX_RE.match(prefix) or {".", ".."} & set(prefix.split("/"))):
            raise StorageError(f"invalid S3 key prefix {prefix!r}")
        self.bucket = bucket
        self.prefix = prefix
        self._client = client or _make_s3_client(endpoint_url, region_name)
        from botocore.exceptions import ClientError

        self._client_error = ClientError

    def __repr__(self) -> str:
        return f"S3Storage(bucket={self.bucket!r}, prefix={self.prefix!r})"

    @property
    def client(self) -> Any:
        return self._client

    def _key(self, key: str) -> str:
        check_key(key)
        return f"{self.prefix}/{key}" if self.prefix else key

    def _folder(self, prefix: str) -> str:
        check_prefix(prefix)
        return f"{self.prefix}/{prefix}/" if self.prefix else f"{prefix}/"

    def _strip(self, full_key: str) -> str:
        return full_key[len(self.prefix) + 1 :] if self.prefix else full_key

    def _missing(self, exc: Exception) -> bool:
        err = getattr(exc, "response", {}).get("Error", {})
        return str(err.get("Code")) in {"NoSuchKey", "404", "NotFound"}

    def put(self, key: str, data: bytes) -> None:
        full = self._key(key)
        ctype = "image/jpeg" if key.endswith(".jpg") else "image/png"
        # A PUT replaces the object whole: readers see the old or the new bytes, never a mix.
        self._client.put_object(Bucket=self.bucket, Key=full, Body=data, ContentType=ctype)

    def delete(self, key: str) -> None:
        self._client.delete_object(Bucket=self.bucket, Key=self._key(key))

    def describe(self) -> str:
        return f"s3://{self.bucket}"

    def _get(self, key: str) -> dict:
        full = self._key(key)
        try:
            return self._client.get_object(Bucket=self.bucket, Key=full)
        except self._client_error as exc:
            if self._missing(exc):
                raise FileNotFoundError(f"no object {key!r} in storage") from None
            raise

    def get(self, key: str) -> bytes:
        resp = self._get(key)
        body = resp["Body"]
        try:
            return body.read()
        finally:
            body.close()

    def open(self, key: str) -> BinaryIO:
        resp = self._get(key)
        return _S3Body(resp["Body"], resp.get("ContentLength"))  # type: ignore[return-value]

    def exists(self, key: str) -> bool:
        try:
            self._client.head_object(Bucket=self.bucket, Key=self._key(key))
        except self._client_error as exc:
            if self._missing(exc):
                return False
            raise
        return True

    def _list(self, folder: str) -> Iterator[str]:
        pages = self._client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=folder
        )
        for page in pages:
            for obj in page.get("Contents", ()):
                yield obj["Key"]

    def keys(self, prefix: str) -> Iterator[str]:
        folder = self._folder(prefix)
        for full in self._list(folder):
            key = self._strip(full)
            if KEY_RE.match(key):
                yield key

    def delete_prefix(self, prefix: str) -> int:
        folder = self._folder(prefix)
        count = 0
        batch: list[str] = []
        for full in self._list(folder):
            batch.append(full)
            if len(batch) == self.DELETE_BATCH:
                count += self._delete(batch)
                batch = []
        if batch:
            count += self._delete(batch)
        return count

    def _delete(self, full_keys: list[str]) -> int:
        resp = self._client.delete_objects(
            Bucket=self.bucket,
            Delete={"Objects": [{"Key": k} for k in full_keys], "Quiet": True},
        )
        errors = resp.get("Errors") or []
        if errors:
            first = errors[0]
            raise OSError(
                f"S3 refused to delete {len(errors)} of {len(full_keys)} objects "
                f"(first: {first.get('Code')} on {first.get('Key')!r})"
            )
        return len(full_keys)

    def url(self, key: str, expires: int = 300) -> str | None:
        params = {
            "Bucket": self.bucket,
            "Key": self._key(key),
            # Ask the store to answer "private": no shared cache keeps an owner's image.
            "ResponseCacheControl": f"private, max-age={int(expires)}",
        }
        return self._client.generate_presigned_url(
            "get_object", Params=params, ExpiresIn=int(expires)
        )

    def check(self) -> None:
        # One cheap LIST (at most one key): fails on a missing bucket, bad credentials or
        # an unreachable endpoint, unlike a HEAD of a missing key.
        self._client.list_objects_v2(
            Bucket=self.bucket, Prefix=f"{self.prefix}/" if self.prefix else "", MaxKeys=1
        )


def _make_s3_client(endpoint_url: str | None = None, region_name: str | None = None) -> Any:
    try:
        import boto3
        from botocore.config import Config
    except ImportError:  # pragma: no cover - depends on the installation
        raise StorageError(
            "AVATARGEN_STORAGE_URL is an s3:// URL but boto3 is not installed; pip install boto3"
        ) from None
    options = current_settings().s3
    endpoint_url = endpoint_url or options.endpoint_url
    region_name = region_name or options.region
    s3_options: dict[str, str] = {}
    style = options.addressing_style
    if style:
        if style not in {"auto", "path", "virtual"}:
            raise StorageError(
                f"AVATARGEN_S3_ADDRESSING_STYLE must be auto, path or virtual (got {style!r})"
            )
        s3_options["addressing_style"] = style
    config = Config(
        signature_version="s3v4",
        s3=s3_options or None,
        connect_timeout=5,
        read_timeout=60,
        retries={"max_attempts": 3, "mode": "standard"},
    )
    # A session per client: boto3's default session is not thread-safe to create clients
    # from, the client itself is safe to share between worker threads.
    session = boto3.session.Session()
    return session.client("s3", endpoint_url=endpoint_url, region_name=region_name, config=config)


def storage_from_url(url: str) -> Storage:
    """A backend for ``AVATARGEN_STORAGE_URL``: a folder path, ``file://`` or ``s3://`` URL."""
    if url.startswith("file://"):
        return FileStorage(url[len("file://") :])
    if url.startswith("s3://"):
        parts = urlsplit(url)
        if parts.query or parts.fragment or "@" in parts.netloc:
            raise StorageError(
                "AVATARGEN_STORAGE_URL must look like s3://bucket/prefix "
                "(credentials come from the AWS_* variables, not the URL)"
            )
        return S3Storage(parts.netloc, parts.path)
    if "://" in url:
        scheme = url.split("://", 1)[0]
        raise StorageError(
            f"AVATARGEN_STORAGE_URL scheme {scheme!r} is not supported here; "
            "use a folder path, a file:// URL or an s3://bucket/prefix URL"
        )
    return FileStorage(url)


def get_storage() -> Storage:
    """The app's storage backend (one per app, made on first use)."""
    from flask import current_app

    ext = current_app.extensions
    if "avatargen_storage" not in ext:
        ext["avatargen_storage"] = storage_from_url(current_app.config["STORAGE_URL"])
    return ext["avatargen_storage"]
