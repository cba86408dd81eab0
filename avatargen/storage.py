"""Where generated images live: one interface, a file-system backend (S3 comes later).

Keys are built only from generated ids (task ids, persona UUIDs, positions), never from
user text, and every key is checked against :data:`KEY_RE` before it touches the disk.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

KEY_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}(/[A-Za-z0-9_-]{1,64})*\.(png|jpg)$")
PREFIX_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class StorageError(ValueError):
    """A bad key, or a storage URL this build cannot use."""


def image_key(task_id: str, persona_id: str, position: int, ext: str = "png") -> str:
    key = f"{task_id}/{persona_id}/{position}.{ext}"
    check_key(key)
    return key


def check_key(key: str) -> str:
    if not KEY_RE.match(key):
        raise StorageError(f"invalid storage key {key!r}")
    return key


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
        if not PREFIX_RE.match(prefix):
            raise StorageError(f"invalid storage prefix {prefix!r}")
        folder = self.root / prefix
        if not folder.is_dir():
            return 0
        count = sum(1 for p in folder.rglob("*") if p.is_file())
        shutil.rmtree(folder)
        return count

    def keys(self, prefix: str) -> Iterator[str]:
        if not PREFIX_RE.match(prefix):
            raise StorageError(f"invalid storage prefix {prefix!r}")
        folder = self.root / prefix
        if folder.is_dir():
            for p in sorted(folder.rglob("*")):
                if p.is_file() and not p.name.startswith(".tmp-"):
                    yield p.relative_to(self.root).as_posix()


def storage_from_url(url: str) -> Storage:
    """A backend for ``AVATARGEN_STORAGE_URL``: a folder path or ``file://`` URL."""
    if url.startswith("file://"):
        return FileStorage(url[len("file://") :])
    if "://" in url:
        scheme = url.split("://", 1)[0]
        raise StorageError(
            f"AVATARGEN_STORAGE_URL scheme {scheme!r} is not supported here; "
            "use a folder path or file:// URL"
        )
    return FileStorage(url)


def get_storage() -> Storage:
    """The app's storage backend (one per app, made on first use)."""
    from flask import current_app

    ext = current_app.extensions
    if "avatargen_storage" not in ext:
        ext["avatargen_storage"] = storage_from_url(current_app.config["STORAGE_URL"])
    return ext["avatargen_storage"]
