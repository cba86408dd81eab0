"""The process pool for CPU-bound providers and the batched, guarded image store."""

from __future__ import annotations

import hashlib
import os

import pytest
import sqlalchemy as sa

from avatargen.cli import main
from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage, User
from avatargen.pipeline import pool, run_task
from avatargen.services import tasks as task_service
from avatargen.storage import get_storage
from tests.factories import make_user
from tests.fake_providers import CancelMidPersonaImageProvider


def _submit(count=3, images=4, **extra):
    data = {
        "persona_description": "chefs in Porto aged 25-60",
        "bio_language": "en",
        "number_to_generate": count,
        "images_per_persona": images,
        "seed": 5,
        **extra,
    }
    user = db.session.scalar(sa.select(User)) or make_user()
    return task_service.submit_task(user, data)


def _images(task_pk: int) -> dict[tuple[int, int], str]:
    rows = db.session.execute(
        sa.select(Persona.persona_index, PersonaImage.position, PersonaImage.sha256)
        .join(Persona, Persona.id == PersonaImage.persona_id)
        .where(Persona.task_pk == task_pk)
    )
    return {(i, p): sha for i, p, sha in rows}


def _redo_images(task: GenerationTask, keep=lambda index, position: False) -> None:
    """Drop the task's image rows (except those ``keep`` names) and reopen its image stage."""
    for image in db.session.scalars(
        sa.select(PersonaImage).join(Persona).where(Persona.task_pk == task.id)
    ):
        if not keep(image.persona.persona_index, image.position):
            db.session.delete(image)
    task.status = "generating-images"  # as a resumed task stands (a test shortcut)
    task.completed_at = None
    db.session.commit()


def test_pool_size_does_not_change_the_bytes(app):
    with app.app_context():
        task = _submit(count=4, images=4)
        app.config["WORKERS"] = 1  # inline: no processes
        assert run_task(task.id) == "completed"
        inline = _images(task.id)
        assert len(inline) == 16
        for workers in (2, 3):
            app.config["WORKERS"] = workers
            _redo_images(task)
            assert run_task(task.id) == "completed"
            assert _images(task.id) == inline, f"{workers} processes made other bytes"
        # Resumed personas: one with only its base stored, one with base and image 3: the
        # pool gets the stored base and makes just the missing positions, same bytes.
        _redo_images(task, keep=lambda i, p: (i == 1 and p == 1) or (i == 2 and p in (1, 3)))
        assert run_task(task.id) == "completed"
        assert _images(task.id) == inline
        task = db.session.get(GenerationTask, task.id)
        assert task.images_done == 16
        storage = get_storage()
        for image in db.session.scalars(sa.select(PersonaImage)):
            data = storage.get(image.storage_key)  # written by the pool process itself
            assert data[:8] == b"\x89PNG\r\n\x1a\n"
            assert hashlib.sha256(data).hexdigest() == image.sha256
    pool.shutdown()


def test_a_job_with_file_storage_writes_its_files_and_sends_back_only_rows(tmp_path):
    from avatargen.providers.base import ImageSubject
    from avatargen.storage import FileStorage

    storage = FileStorage(tmp_path / "media")
    subject = ImageSubject(persona_id="p1", task_id="t1", **TARGET)
    with_bytes = pool.persona_images(pool.PersonaJob("offline", {}, subject, (1, 2, 3), 256))
    stored = pool.persona_images(
        pool.PersonaJob("offline", {}, subject, (1, 2, 3), 256, storage=storage)
    )
    for sent, wrote in zip(with_bytes.images, stored.images, strict=True):
        assert wrote.data == b"" and wrote.storage_key == f"t1/p1/{wrote.position}.png"
        assert storage.get(wrote.storage_key) == sent.data
        assert wrote.sha256 == sent.sha256 == hashlib.sha256(sent.data).hexdigest()
    assert pool.stored_keys(stored) == ["t1/p1/1.png", "t1/p1/2.png", "t1/p1/3.png"]


@pytest.mark.parametrize("workers", [1, 2])
def test_pool_size_setting(app, workers):
    assert pool.pool_size(workers) == workers
    assert pool.pool_size(0) == pool.available_cpus() >= 1
    assert (pool.get_pool(workers) is None) == (workers == 1)
    pool.shutdown()


def test_cancel_mid_batch_stores_nothing_after_the_cancel(app, monkeypatch):
    # A batch is one persona's four images: persona 0 is stored, then persona 1's batch,
    # during which the task is cancelled, must store nothing (no rows, no files).
    monkeypatch.setattr("avatargen.pipeline.batch.FLUSH_ITEMS", 4)
    monkeypatch.setattr("avatargen.pipeline.batch.FLUSH_SECONDS", 60)
    app.config["WORKERS"] = 1  # the provider cancels through this process's engine
    with app.app_context():
        task = _submit(count=3, images=4, image_provider="test-cancel-mid-persona")
        CancelMidPersonaImageProvider.task_pk = task.id
        try:
            assert run_task(task.id) == "cancelled"
        finally:
            CancelMidPersonaImageProvider.task_pk = None
        stored = _images(task.id)
        assert sorted(stored) == [(0, 1), (0, 2), (0, 3), (0, 4)]
        task = db.session.get(GenerationTask, task.id)
        assert task.images_done == 4 and task.status == "cancelled"
        personas = {p.persona_index: p.id for p in db.session.scalars(sa.select(Persona))}
        keys = list(get_storage().keys(task.task_id))
        assert keys and all(f"/{personas[0]}/" in k for k in keys)


def test_cli_workers_option(app, runner, tmp_path):
    out = tmp_path / "ds"
    result = runner.invoke(
        main,
        [
            "generate",
            "--description",
            "nurses",
            "--count",
            "2",
            "--images-per-persona",
            "4",
            "--language",
            "en",
            "--seed",
            "3",
            "--workers",
            "2",
            "--out",
            str(out),
        ],  # fmt: skip
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert app.config["WORKERS"] == 2
    assert len(list((out / "images").rglob("*.png"))) == 8
    bad = runner.invoke(
        main,
        [
            "generate",
            "--workers",
            "0",
            "--description",
            "x",
            "--count",
            "1",
            "--images-per-persona",
            "4",
            "--language",
            "en",
            "--out",
            str(tmp_path / "b"),
        ],  # fmt: skip
    )
    assert bad.exit_code == 2 and "--workers" in bad.output
    pool.shutdown()


# Personas of two real tasks: drawing the first two once changed the third's bytes (a cache
# keyed more coarsely than its value, in the renderer), so bytes depended on which pool
# process drew a persona.
BEFORE = [
    {"index": 0, "gender": "female", "age": 46, "occupation": "nurse", "seed": 1,
     "appearance": {"hair": "medium-length straight black", "eyes": "dark brown",
                    "skin_tone": "olive", "build": "heavyset", "style": "streetwear"},
     "interests": ["hiking", "piano", "TV series"]},
    {"index": 1, "gender": "female", "age": 37, "occupation": "nurse", "seed": 1,
     "appearance": {"hair": "long straight black", "eyes": "brown", "skin_tone": "tan",
                    "build": "average", "style": "casual"},
     "interests": ["birdwatching", "skiing", "cycling", "hiking"]},
]  # fmt: skip
TARGET = {
    "index": 0, "gender": "male", "age": 57, "occupation": "enfermero", "seed": 7,
    "appearance": {"hair": "bald", "eyes": "dark brown", "skin_tone": "tan",
                   "build": "heavyset", "style": "business"},
    "interests": ["jardinería", "perros", "senderismo"],
}  # fmt: skip


def _drawn_in_a_fresh_process(code: str) -> list[str]:
    import json
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_bytes_do_not_depend_on_what_the_process_drew_before():
    """A pool process draws many personas: what it drew before must not change the next
    persona's bytes (each case in a fresh process, so no cache is warm from other tests)."""
    code = f"""
import json
from avatargen.pipeline import pool
from avatargen.providers.base import ImageSubject
def job(d):
    return pool.PersonaJob("offline", {{}}, ImageSubject(persona_id="p", task_id="t", **d),
                           (1, 2, 3, 4), 512)
for d in {{before}}:
    pool.persona_images(job(d))
print(json.dumps([m.sha256 for m in pool.persona_images(job({TARGET!r})).images]))
"""
    fresh = _drawn_in_a_fresh_process(code.replace("{before}", "[]"))
    after = _drawn_in_a_fresh_process(code.replace("{before}", repr(BEFORE)))
    assert len(fresh) == 4 and after == fresh


def test_warm_starts_every_pool_process_with_the_provider_built():
    from avatargen.providers.registry import get_image_provider

    provider = get_image_provider("offline")
    assert pool.warm(1, provider) == []  # size 1 draws inline: no processes
    try:
        futures = pool.warm(2, provider)
        pids = {f.result(timeout=120) for f in futures}
        assert len(futures) == 2 and os.getpid() not in pids
        assert len(pool.get_pool(2)._processes) == 2  # both spawned while the task starts
    finally:
        pool.shutdown()
