"""``avatargen import-original`` against a PostgreSQL database built from the original
application's schema (tests/original_schema.py), into SQLite and PostgreSQL targets."""

from __future__ import annotations

import http.server
import io
import json
import threading
import zipfile
from datetime import datetime

import bcrypt
import psycopg
import pytest
import sqlalchemy as sa
from flask_migrate import upgrade
from PIL import Image

from avatargen import provenance
from avatargen.cli import main
from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage, Setting, User
from tests import original_schema
from tests.conftest import (
    BACKENDS,
    PG_ADMIN_URL,
    login,
    make_app,
    pg_create_database,
    pg_drop_database,
)

pytestmark = pytest.mark.skipif(
    not PG_ADMIN_URL, reason="the original's database is PostgreSQL: set AVATARGEN_TEST_PG_URL"
)

ALICE_PASSWORD = "alice's old password"
ALICE_HASH = bcrypt.hashpw(ALICE_PASSWORD.encode(), bcrypt.gensalt(4)).decode()
WERKZEUG_HASH = "pbkdf2:sha256:600000$Zx1q2w3e$" + "ab" * 32
T0 = datetime(2026, 2, 20, 10, 0, 0)


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


@pytest.fixture
def source():
    """The original's database at its latest revision, with users, settings, tasks and
    results; yields (libpq URL, dict of facts)."""
    name, url = pg_create_database()
    conninfo = _plain(url)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(original_schema.LATEST)
        conn.execute(
            "INSERT INTO users (id, email, password_hash, created_at, last_login, is_active)"
            " VALUES (1, 'Alice@Example.org', %s, %s, %s, true),"
            " (2, 'bob@example.org', %s, %s, NULL, true),"
            " (7, 'carol@example.org', %s, %s, NULL, false)",
            (ALICE_HASH, T0, T0, WERKZEUG_HASH, T0, ALICE_HASH, T0),
        )
        conn.execute(
            "INSERT INTO settings (key, value) VALUES"
            " ('bio_prompt_x', 'Write a dry, witty X bio.'),"
            " ('bio_limit_tiktok', '70'),"
            " ('max_concurrent_tasks', '3')"
        )
        conn.execute(
            "INSERT INTO generation_tasks (id, task_id, user_id, persona_description,"
            " bio_language, number_to_generate, images_per_persona, status, created_at,"
            " completed_at) VALUES"
            " (5, 'a1b2c3d4', 1, 'nurses in Ohio', 'English', 4, 4, 'completed', %s, %s),"
            " (6, 'e5f6a7b8', 2, 'bakers in Lyon', 'fr', 2, 4, 'generating-images', %s, NULL),"
            " (9, 'c0ffee00', 7, 'old task', 'Spanish', 1, 4, 'failed', %s, %s)",
            (T0, T0, T0, T0, T0),
        )
        conn.execute(
            "INSERT INTO generation_results (task_id, batch_number, firstname, lastname,"
            " gender, ethnicity, age, bio_facebook, bio_instagram, bio_x, bio_tiktok,"
            " job_title, workplace, edu_establishment, edu_study, current_city,"
            " current_state, prev_city, prev_state, about, base_image_url, images) VALUES"
            " (5, 1, 'Maria', 'Lopez', 'f', 'Hispanic', 34, 'Nurse. Mom.', 'Scrubs & sun',"
            "  'ER nurse, coffee first', 'night shift life', 'Registered Nurse',"
            "  'Cleveland Clinic', 'Ohio State University', 'Nursing', 'Columbus', 'Ohio',"
            "  'Dayton', 'OH', 'I have been a nurse for ten years.',"
            "  'https://bucket.s3.amazonaws.com/base/1.png',"
            '  \'["https://bucket.s3.amazonaws.com/a/1.png",'
            '    "https://bucket.s3.amazonaws.com/a/2.png"]\'),'
            " (5, 1, 'James', 'Smith', 'm', NULL, 51, 'Dad', 'hiker', 'x bio', 'tt',"
            "  NULL, NULL, NULL, NULL, 'Paris', NULL, NULL, NULL, NULL, NULL, NULL),"
            " (5, 2, 'Old', 'Row', 'f', NULL, NULL, 'a', 'b', 'c', 'd',"
            "  NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),"
            " (5, 2, 'Long', 'Bio', 'm', NULL, 40, 'a', 'b', %s, 'd',"
            "  NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),"
            " (6, 1, 'Luc', 'Martin', 'm', 'French', 29, 'Boulanger', 'pain', 'x', 't',"
            "  'Baker', 'Maison Martin', NULL, NULL, 'Lyon', NULL, NULL, NULL,"
            "  'Je fais du pain.', NULL, '[\"/media/luc/1.png\"]')",
            ("x" * 161,),
        )
    yield conninfo
    pg_drop_database(name)


def _dump(conninfo: str) -> dict:
    """Every row of every table of the source, to compare before and after."""
    with psycopg.connect(conninfo) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema='public'"
            )
        ]
        return {
            t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall()  # noqa: S608
            for t in sorted(tables)
        }


@pytest.fixture(params=BACKENDS)
def target(request, tmp_path, monkeypatch):
    """This app on a migrated (upgraded, not create_all) SQLite or PostgreSQL database."""
    monkeypatch.setenv("AVATARGEN_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    name = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'target.db'}"
    else:
        name, url = pg_create_database()
    app = make_app(url, tmp_path)
    with app.app_context():
        upgrade()
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()
    if name:
        pg_drop_database(name)


def _run(app, *args):
    return app.test_cli_runner().invoke(main, ["import-original", *args], catch_exceptions=False)


def test_import_maps_everything_and_twice_is_idempotent(source, target):
    app = target
    with app.app_context():
        # An account here with the email of the original's bob: his tasks go to it.
        here = User(email="bob@example.org", password_hash=ALICE_HASH, id=2)
        db.session.add(here)
        db.session.commit()
    before = _dump(source)

    first = _run(app, source)
    assert first.exit_code == 0, first.output
    lines = first.output.splitlines()
    assert lines[0] == (
        "users: 2 created, 1 skipped (1 already here (same email; their tasks go to that account))"
    )
    assert lines[1] == "settings: 2 created, 1 skipped (1 not used by this app)"
    assert "note: 1 settings replaced a default prompt never changed here" in lines
    assert lines[2] == "tasks: 3 created, 0 skipped"
    assert lines[3].startswith("results: 3 created, 2 skipped (")
    assert "1 with a x bio over this app's limit of 160 characters" in lines[3]
    assert "1 without an age" in lines[3]
    assert lines[4].startswith("images: 0 created, 4 skipped")

    with app.app_context():
        alice = db.session.get(User, 1)
        assert alice.email == "alice@example.org"  # normalized
        assert alice.password_hash == ALICE_HASH and not alice.password_reset_required
        assert alice.check_password(ALICE_PASSWORD)
        assert alice.created_at == T0 and alice.last_login == T0 and not alice.is_admin
        carol = db.session.get(User, 7)
        assert carol.email == "carol@example.org" and carol.is_active is False
        assert db.session.get(User, 2).email == "bob@example.org"  # the existing account

        assert Setting.get_value("bio_prompt_x") == "Write a dry, witty X bio."
        assert Setting.get_value("bio_limit_tiktok") == "70"
        assert Setting.get_value("max_concurrent_tasks") is None

        t5 = db.session.get(GenerationTask, 5)
        assert (t5.task_id, t5.user_id, t5.status, t5.bio_language) == (
            "a1b2c3d4",
            1,
            "completed",
            "en",
        )
        assert t5.imported_from == "original:5:a1b2c3d4" and t5.personas_done == 2
        t6 = db.session.get(GenerationTask, 6)
        assert t6.user_id == 2 and t6.status == "failed"
        assert "imported from the original while it was 'generating-images'" in t6.error_log
        assert db.session.get(GenerationTask, 9).bio_language == "es"

        maria, james = db.session.scalars(
            sa.select(Persona).where(Persona.task_pk == 5).order_by(Persona.persona_index)
        )
        assert (maria.first_name, maria.gender, maria.age, maria.heritage) == (
            "Maria",
            "female",
            34,
            "Hispanic",
        )
        assert (maria.occupation, maria.workplace, maria.city, maria.region, maria.country) == (
            "Registered Nurse",
            "Cleveland Clinic",
            "Columbus",
            "Ohio",
            "US",
        )
        assert maria.education == {"institution": "Ohio State University", "field": "Nursing"}
        assert maria.previous_city == {"city": "Dayton", "region": "OH", "country": "US"}
        assert maria.language == "en" and maria.bio_x == "ER nurse, coffee first"
        assert maria.interests == ["not recorded"] and maria.appearance["hair"] == "not recorded"
        assert [(r["role"], r["position"], r["url"]) for r in maria.unfetched_images] == [
            ("image", 1, "https://bucket.s3.amazonaws.com/a/1.png"),
            ("image", 2, "https://bucket.s3.amazonaws.com/a/2.png"),
            ("base", None, "https://bucket.s3.amazonaws.com/base/1.png"),
        ]
        assert (james.country, james.occupation, james.heritage, james.education) == (
            "FR",
            "not recorded",
            None,
            None,
        )
        assert james.previous_city is None and james.unfetched_images is None
        assert db.session.scalar(sa.select(sa.func.count(PersonaImage.id))) == 0
        maria_id = maria.id

        # New rows get ids past the imported ones (PostgreSQL sequences moved on).
        db.session.add(User(email="new@example.org", password_hash=ALICE_HASH))
        db.session.commit()
        assert db.session.scalar(sa.select(User.id).where(User.email == "new@example.org")) == 8

    # Nothing in the source changed.
    assert _dump(source) == before

    second = _run(app, source)
    assert second.exit_code == 0, second.output
    again = second.output.splitlines()
    assert again[0] == (
        "users: 0 created, 3 skipped (3 already here (same email; their tasks go to that account))"
    )
    assert again[2] == "tasks: 0 created, 3 skipped (3 already imported)"
    assert again[3] == "results: 0 created, 5 skipped (5 of a task already imported)"
    assert again[1].startswith("settings: 0 created, 3 skipped")
    assert _dump(source) == before

    # The persona page and the export show the references that were not fetched.
    client = app.test_client()
    assert login(client, "alice@example.org", ALICE_PASSWORD).status_code == 302
    task_page = client.get("/tasks/a1b2c3d4")
    assert task_page.status_code == 200 and "nurses in Ohio" in task_page.get_data(as_text=True)
    assert 'id="imported-badge"' in task_page.get_data(as_text=True)
    with app.app_context():  # an imported task cannot be retried (its providers are gone)
        from avatargen.services.tasks import TaskStateError, retry_task

        with pytest.raises(TaskStateError, match="imported from the original"):
            retry_task(db.session.get(GenerationTask, 9))
        from avatargen.services.regenerations import RegenerationConflict, regenerate_persona

        with pytest.raises(RegenerationConflict, match="imported from the original"):
            regenerate_persona(db.session.get(User, 1), maria_id)
        from avatargen.services.tokens import create_token

        _row, token = create_token(db.session.get(User, 1), "import test")
    api = client.get(
        "/api/v1/tasks/a1b2c3d4/personas", headers={"Authorization": f"Bearer {token}"}
    )
    assert api.status_code == 200, api.get_data(as_text=True)
    records = json.dumps(api.get_json())
    assert '"heritage": "Hispanic"' in records and '"country": "US"' in records
    bob_page = client.get("/tasks/e5f6a7b8")
    assert bob_page.status_code == 404  # bob's task: another user's, still 404 for alice
    assert client.get("/history").status_code == 200
    page = client.get(f"/personas/{maria_id}").get_data(as_text=True)
    assert "https://bucket.s3.amazonaws.com/a/2.png" in page and "not fetched" in page
    reply = client.get("/tasks/a1b2c3d4/download/zip")
    assert reply.status_code == 200, reply.status_code
    with zipfile.ZipFile(io.BytesIO(reply.data)) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        card = zf.read("README.md").decode()
    refs = manifest["unfetched_images"]
    assert [r["url"] for r in refs if r["persona_id"] == maria_id][0].endswith("/a/1.png")
    assert manifest["task"]["imported_from"] == "original:5:a1b2c3d4"
    assert "3 image URLs" in card


def test_password_hashes_this_app_cannot_verify_need_a_reset(source, target):
    app = target
    assert _run(app, source).exit_code == 0
    with app.app_context():
        bob = db.session.get(User, 2)
        assert bob.password_reset_required and bob.password_hash != WERKZEUG_HASH
        assert bob.password_hash.startswith("$2")  # a bcrypt hash of a secret nobody has
    client = app.test_client()
    assert login(client, "bob@example.org", "anything at all").status_code == 401
    listed = app.test_cli_runner().invoke(main, ["users", "list"])
    assert "bob@example.org\tneeds password reset" in listed.output
    reset = app.test_cli_runner().invoke(
        main, ["users", "set-password", "bob@example.org", "--password-stdin"],
        input="a brand new passphrase\n",
    )  # fmt: skip
    assert reset.exit_code == 0, reset.output
    with app.app_context():
        assert not db.session.get(User, 2).password_reset_required
    assert login(client, "bob@example.org", "a brand new passphrase").status_code == 302


def test_ids_that_are_taken_here_get_new_ones(source, target):
    app = target
    with app.app_context():
        owner = User(id=1, email="someone@example.org", password_hash=ALICE_HASH)
        db.session.add(owner)
        db.session.flush()
        db.session.add(
            GenerationTask(
                id=5, task_id="a1b2c3d4", user_id=1, persona_description="mine",
                bio_language="en", number_to_generate=1, images_per_persona=4,
            )
        )  # fmt: skip
        db.session.commit()
    result = _run(app, source)
    assert result.exit_code == 0, result.output
    assert "note: 1 users got a new id (theirs is taken here)" in result.output
    assert "note: 1 tasks got a new task_id (theirs is taken here or not valid)" in result.output
    with app.app_context():
        alice = db.session.scalar(sa.select(User).where(User.email == "alice@example.org"))
        assert alice.id == 8  # one past the highest (7, carol)
        moved = db.session.scalar(
            sa.select(GenerationTask).where(GenerationTask.imported_from == "original:5:a1b2c3d4")
        )
        assert moved.id != 5 and moved.task_id != "a1b2c3d4" and moved.user_id == alice.id
        assert db.session.get(GenerationTask, 5).persona_description == "mine"
    assert "tasks: 0 created, 3 skipped" in _run(app, source).output


def test_an_old_revision_with_four_url_columns(target):
    name, url = pg_create_database()
    try:
        with psycopg.connect(_plain(url), autocommit=True) as conn:
            conn.execute(original_schema.OLD)
            conn.execute(
                "INSERT INTO users (id, email, password_hash, created_at) VALUES (3, 'd@x.org',"
                " %s, now())",
                (ALICE_HASH,),
            )
            conn.execute(
                "INSERT INTO generation_tasks (id, task_id, user_id, persona_description,"
                " bio_language, number_to_generate, images_per_persona, status) VALUES"
                " (1, 'old00001', 3, 'd', 'English', 1, 4, 'completed')"
            )
            conn.execute(
                "INSERT INTO generation_results (task_id, batch_number, firstname, lastname,"
                " gender, bio_facebook, image_1_url, image_3_url) VALUES"
                " (1, 1, 'A', 'B', 'f', 'fb', 'http://h/1.png', 'http://h/3.png')"
            )
        result = _run(target, _plain(url))
        assert result.exit_code == 0, result.output
        assert "tasks: 1 created" in result.output
        assert "1 without an age (the original recorded ages from its revision" in result.output
    finally:
        pg_drop_database(name)


# --------------------------------------------------------------------------- images


def _jpeg_with_camera_exif() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "Canon"  # Make: what the original's EXIF obfuscation wrote
    buf = io.BytesIO()
    Image.new("RGB", (24, 16), (200, 40, 40)).save(buf, format="JPEG", exif=exif)
    return buf.getvalue()


@pytest.fixture
def http_images():
    files = {"/a/1.png": _jpeg_with_camera_exif(), "/big.png": b"\x89PNG" + b"0" * 5000}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            body = files.get(self.path)
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            return None

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_fetch_images_stores_labelled_copies_and_keeps_failures_as_references(
    source, target, http_images, tmp_path
):
    app = target
    base = http_images
    media = tmp_path / "media-root"
    (media / "luc").mkdir(parents=True)
    png = io.BytesIO()
    Image.new("RGB", (20, 20), (0, 90, 200)).save(png, format="PNG")
    (media / "luc" / "1.png").write_bytes(png.getvalue())
    (tmp_path / "secret.png").write_bytes(png.getvalue())
    with psycopg.connect(source, autocommit=True) as conn:
        images = [f"{base}/a/1.png", f"{base}/missing.png", f"{base}/big.png",
                  "ftp://h/x.png", "../secret.png"]  # fmt: skip
        conn.execute(
            "UPDATE generation_results SET images = %s WHERE firstname = 'Maria'",
            (json.dumps(images),),
        )
        conn.execute(
            "UPDATE generation_results SET images = %s WHERE firstname = 'Luc'",
            (json.dumps(["luc/1.png"]),),
        )
    result = _run(
        app, source, "--fetch-images", "--media-root", str(media), "--max-image-bytes", "4000"
    )
    assert result.exit_code == 0, result.output
    assert "images: 2 created, 5 skipped" in result.output
    with app.app_context():
        maria = db.session.scalar(sa.select(Persona).where(Persona.first_name == "Maria"))
        stored = {img.position: img for img in maria.images}
        assert list(stored) == [1]
        from avatargen.storage import get_storage

        data = get_storage().get(stored[1].storage_key)
        label = provenance.read(data)
        assert label["synthetic"] is True or label.get("Synthetic") in ("True", True)
        assert b"Canon" not in data  # foreign EXIF stripped
        reasons = {r["position"]: r["reason"] for r in maria.unfetched_images}
        assert reasons[2] == "HTTP 404"
        assert "cap" in reasons[3]
        assert reasons[4].startswith("a ftp: URL")
        assert reasons[5] == "outside --media-root"
        assert reasons[None].startswith("the original's base image")
        luc = db.session.scalar(sa.select(Persona).where(Persona.first_name == "Luc"))
        assert [i.position for i in luc.images] == [1] and luc.unfetched_images is None
        assert db.session.get(GenerationTask, 6).images_done == 1
    again = _run(app, source, "--fetch-images", "--media-root", str(media))
    assert "images: 0 created, 5 skipped" in again.output  # the same failures, nothing new


def test_fetch_images_on_a_later_run_fetches_what_was_referenced(
    source, target, http_images, tmp_path
):
    app = target
    with psycopg.connect(source, autocommit=True) as conn:
        conn.execute(
            "UPDATE generation_results SET images = %s WHERE firstname = 'Maria'",
            (json.dumps([f"{http_images}/a/1.png", f"{http_images}/missing.png"]),),
        )
    assert "images: 0 created, 4 skipped" in _run(app, source).output
    later = _run(app, source, "--fetch-images")
    assert later.exit_code == 0, later.output
    assert "tasks: 0 created, 3 skipped (3 already imported)" in later.output
    assert "images: 1 created, 3 skipped" in later.output  # 404, Luc's local path, a base
    with app.app_context():
        maria = db.session.scalar(sa.select(Persona).where(Persona.first_name == "Maria"))
        assert [i.position for i in maria.images] == [1]
        assert {r["position"]: r["reason"] for r in maria.unfetched_images}[2] == "HTTP 404"
        assert db.session.get(GenerationTask, 5).images_done == 1
    assert "images: 0 created, 3 skipped" in _run(app, source, "--fetch-images").output


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://root@localhost/x", "bad DATABASE_URL"),
        ("sqlite:///tmp/x.db", "the original's database is PostgreSQL"),
        ("postgresql://postgres@127.0.0.1:1/nothing", "cannot connect to"),
    ],
)
def test_bad_or_unreachable_source_is_one_line_and_exit_2(target, url, message):
    result = target.test_cli_runner().invoke(main, ["import-original", url])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_database_that_is_not_the_originals(target):
    name, url = pg_create_database()
    try:
        result = target.test_cli_runner().invoke(main, ["import-original", _plain(url)])
        assert result.exit_code == 2
        assert "is not a database of the original application" in result.output
    finally:
        pg_drop_database(name)


def test_the_source_connection_refuses_writes(source):
    from avatargen.services.import_original import open_source

    engine = open_source(source)
    try:
        with engine.connect() as conn, pytest.raises(sa.exc.InternalError, match="read-only"):
            conn.execute(sa.text("UPDATE users SET is_active = false"))
    finally:
        engine.dispose()
