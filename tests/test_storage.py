"""The storage interface, written once and run against every backend: the file system, and
S3 on moto and on a real SeaweedFS server (127.0.0.1). Generated keys only, atomic writes,
no path traversal, prefixes that stay apart, a preflight that leaves nothing behind.

Backend-specific behaviour (S3 listing pages, presigned URLs, the app end to end on S3)
is in tests/test_storage_s3.py.
"""

from __future__ import annotations

import contextlib
import uuid
from pathlib import Path

import boto3  # noqa: E402  (dev dependencies)
import pytest

from avatargen.storage import FileStorage, S3Storage, Storage, StorageError, image_key
from avatargen.storage import storage_from_url as from_url
from tests.s3_servers import moto_server, seaweedfs_server, use_server

PERSONA = "5b0c2a8e-0000-4000-8000-000000000001"
BACKENDS = ["file", "moto", "seaweedfs"]
S3_PREFIX = "deploy/media"


@pytest.fixture(scope="module")
def s3_servers(tmp_path_factory):
    """S3 servers by kind, each started on first use and kept for this module."""
    servers: dict = {}
    with contextlib.ExitStack() as stack:

        def get(kind: str):
            if kind not in servers:
                if kind == "moto":
                    servers[kind] = stack.enter_context(moto_server())
                else:
                    workdir = tmp_path_factory.mktemp("seaweedfs")
                    servers[kind] = stack.enter_context(seaweedfs_server(workdir))
            return servers[kind]

        yield get


@pytest.fixture(params=BACKENDS)
def backend(request, tmp_path, monkeypatch, s3_servers):
    """(make, stored_names): ``make(name)`` opens a store named ``name`` on this backend
    (a folder, or a prefix of one bucket); ``stored_names(store)`` lists what it holds, as
    the backend sees it (file paths, or raw S3 keys)."""
    if request.param == "file":

        def make_file(name: str) -> Storage:
            return FileStorage(tmp_path / name)

        def file_names(store: Storage) -> list[str]:
            root = Path(store.root)
            return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())

        return make_file, file_names

    server = s3_servers(request.param)
    use_server(monkeypatch, server, tmp_path / "no-aws-config")
    monkeypatch.setenv("AWS_ENDPOINT_URL", server.endpoint)
    monkeypatch.delenv("AVATARGEN_S3_ENDPOINT_URL", raising=False)
    monkeypatch.delenv("AWS_ENDPOINT_URL_S3", raising=False)
    bucket = f"avatargen-{uuid.uuid4().hex[:12]}"
    boto3.session.Session().client("s3", endpoint_url=server.endpoint).create_bucket(Bucket=bucket)

    def make_s3(name: str) -> Storage:
        store = from_url(f"s3://{bucket}/{name}")
        assert isinstance(store, S3Storage)
        return store

    def s3_names(store: Storage) -> list[str]:
        pages = store.client.get_paginator("list_objects_v2").paginate(Bucket=store.bucket)
        return sorted(o["Key"] for page in pages for o in page.get("Contents", ()))

    return make_s3, s3_names


@pytest.fixture
def store(backend) -> Storage:
    make, _ = backend
    return make(S3_PREFIX)


def _full(store: Storage, key: str) -> str:
    """The name ``key`` is stored under: its path in the folder, or prefix/key in S3."""
    return f"{store.prefix}/{key}" if isinstance(store, S3Storage) else key


def test_put_get_open_exists_keys_delete(store, backend):
    _, stored_names = backend
    key = image_key("ab12cd34", PERSONA, 1)
    store.put(key, b"one")
    store.put(key, b"two")  # replaced, not duplicated
    assert store.get(key) == b"two" and store.exists(key)
    with store.open(key) as fh:
        assert fh.read(1) == b"t" and fh.read() == b"wo"
    assert list(store.keys("ab12cd34")) == [key]
    # Only the object, under the URL's prefix; no temporary file left behind.
    assert stored_names(store) == [_full(store, key)]
    assert store.delete_prefix("ab12cd34") == 1
    assert not store.exists(key) and store.delete_prefix("ab12cd34") == 0
    assert list(store.keys("ab12cd34")) == []


def test_delete_one_object(store):
    key = image_key("ab12cd34", PERSONA, 2)
    store.put(key, b"x")
    store.delete(key)
    assert not store.exists(key)
    store.delete(key)  # already gone: no error


def test_missing_objects(store):
    key = image_key("ab12cd34", PERSONA, 3)
    assert not store.exists(key)
    with pytest.raises(FileNotFoundError):
        store.get(key)
    with pytest.raises(FileNotFoundError):
        store.open(key)


def test_prefixes_do_not_leak_into_each_other(store, backend):
    make, _ = backend
    store.put(image_key("task1", PERSONA, 1), b"a")
    store.put(image_key("task10", PERSONA, 1), b"b")
    other = make("other")
    other.put(image_key("task1", PERSONA, 1), b"c")
    assert list(store.keys("task1")) == [image_key("task1", PERSONA, 1)]
    assert store.delete_prefix("task1") == 1
    assert list(store.keys("task10")) and other.get(image_key("task1", PERSONA, 1)) == b"c"


@pytest.mark.parametrize(
    "key",
    [
        "../etc/passwd.png",
        "a/../../b.png",
        "/abs/x.png",
        "a/b",
        "a//b.png",
        "a/b.exe",
        "a b/c.png",
        "a/.hidden.png",
        "",
    ],
)
def test_bad_keys_rejected(store, backend, key):
    _, stored_names = backend
    for call in (
        lambda: store.put(key, b"x"),
        lambda: store.get(key),
        lambda: store.open(key),
        lambda: store.exists(key),
        lambda: store.url(key),
    ):
        with pytest.raises(StorageError):
            call()
    assert stored_names(store) == []


@pytest.mark.parametrize("prefix", ["..", "a/b", "", "../x"])
def test_bad_prefixes_rejected(store, prefix):
    with pytest.raises(StorageError):
        store.delete_prefix(prefix)
    with pytest.raises(StorageError):
        list(store.keys(prefix))


def test_preflight_passes_and_leaves_nothing(store, backend):
    _, stored_names = backend
    store.preflight()
    assert stored_names(store) == []


def test_storage_urls(tmp_path):
    assert isinstance(from_url(str(tmp_path)), FileStorage)
    assert from_url(f"file://{tmp_path}").root == tmp_path.resolve()
    with pytest.raises(StorageError, match="not supported"):
        from_url("ftp://example/x")
