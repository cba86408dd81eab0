"""A worker process killed with SIGKILL mid-task: another worker finishes it exactly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
import sqlalchemy as sa
from flask_migrate import upgrade

from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage
from avatargen.services import tasks as task_service
from tests.conftest import make_app
from tests.factories import make_user

# Never at the same time as another such test in the other xdist worker: they share Redis
# (one of them restarts it) or kill worker processes (tests/conftest.py, _one_at_a_time).
pytestmark = pytest.mark.services

COUNT, IMAGES = 40, 4


def _worker(env, log_path):
    with open(log_path, "ab") as log:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(
            [sys.executable, "-m", "avatargen.cli", "worker", "--threads", "1"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )


def _progress(app, task_pk):
    with app.app_context():
        row = db.session.execute(
            sa.select(
                GenerationTask.status, GenerationTask.images_done, GenerationTask.lease_owner
            ).where(GenerationTask.id == task_pk)
        ).one()
        db.session.remove()
    return row


def _wait(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {what}")


@pytest.mark.slow
def test_sigkill_mid_task_another_worker_finishes(empty_database_url, tmp_path, monkeypatch):
    monkeypatch.setenv("AVATARGEN_INSTANCE_PATH", str(tmp_path / "instance"))
    app = make_app(empty_database_url, tmp_path)
    with app.app_context():
        upgrade()
        task = task_service.submit_task(
            make_user(),
            {
                "persona_description": "baristas in Lisbon",
                "bio_language": "pt",
                "number_to_generate": COUNT,
                "images_per_persona": IMAGES,
                "seed": 5,
            },
        )
        task_pk, task_id = task.id, task.task_id
        db.session.remove()
    env = {
        **os.environ,
        "DATABASE_URL": empty_database_url,
        "AVATARGEN_INSTANCE_PATH": str(tmp_path / "instance"),
        "AVATARGEN_SECRET_KEY": "test",
        "AVATARGEN_STORAGE_URL": str(tmp_path / "media"),
        "AVATARGEN_TASK_LEASE_SECONDS": "3",
    }
    first = _worker(env, tmp_path / "worker1.log")
    try:
        _wait(lambda: _progress(app, task_pk).images_done >= 20, 120, "the first images")
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        killed = _progress(app, task_pk)
        assert killed.status == "generating-images" and killed.images_done < COUNT * IMAGES
        assert killed.lease_owner is not None  # the dead worker still 'holds' it
    finally:
        if first.poll() is None:
            first.kill()
    second = _worker(env, tmp_path / "worker2.log")
    try:
        _wait(lambda: _progress(app, task_pk).status == "completed", 180, "completion")
    finally:
        second.send_signal(signal.SIGTERM)
        try:
            second.wait(15)
        except subprocess.TimeoutExpired:
            second.kill()
    with app.app_context():
        personas = db.session.scalar(sa.select(sa.func.count(Persona.id)))
        images = db.session.execute(sa.select(PersonaImage.persona_id, PersonaImage.position)).all()
        assert personas == COUNT
        assert len(images) == COUNT * IMAGES and len(set(images)) == len(images)
        # (a temp file a killed worker was writing is not an object; storage ignores it)
        files = [p for p in (tmp_path / "media" / task_id).rglob("*.png") if p.is_file()]
        assert len(files) == COUNT * IMAGES  # no stray or duplicate files
        db.session.remove()
        db.engine.dispose()
