"""File-system storage: generated keys only, atomic writes, no path traversal."""

from __future__ import annotations

import pytest

from avatargen.storage import FileStorage, StorageError, image_key, storage_from_url


def test_put_get_exists_delete(tmp_path):
    s = FileStorage(tmp_path / "media")
    key = image_key("ab12cd34", "5b0c2a8e-0000-4000-8000-000000000001", 1)
    s.put(key, b"one")
    s.put(key, b"two")  # replaced, not duplicated
    assert s.get(key) == b"two" and s.exists(key)
    with s.open(key) as fh:
        assert fh.read() == b"two"
    assert list(s.keys("ab12cd34")) == [key]
    assert not [p for p in (tmp_path / "media").rglob(".tmp-*")]
    assert s.delete_prefix("ab12cd34") == 1
    assert not s.exists(key) and s.delete_prefix("ab12cd34") == 0


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
def test_bad_keys_rejected(tmp_path, key):
    s = FileStorage(tmp_path)
    with pytest.raises(StorageError):
        s.put(key, b"x")


@pytest.mark.parametrize("prefix", ["..", "a/b", "", "../x"])
def test_bad_prefixes_rejected(tmp_path, prefix):
    with pytest.raises(StorageError):
        FileStorage(tmp_path).delete_prefix(prefix)


def test_storage_urls(tmp_path):
    assert isinstance(storage_from_url(str(tmp_path)), FileStorage)
    assert storage_from_url(f"file://{tmp_path}").root == tmp_path.resolve()
    with pytest.raises(StorageError, match="not supported"):
        storage_from_url("ftp://example/x")
