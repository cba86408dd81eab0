"""The pipeline end to end on the offline providers: lifecycle, resumption, failures."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage, User
from avatargen.models.task_events import record_failure
from avatargen.models.task_state import transition
from avatargen.pipeline import run_task
from avatargen.services import tasks as task_service
from avatargen.storage import get_storage
from tests.factories import make_user
from tests.fake_providers import (
    CancelAfterFirstBatchTextProvider,
    CrashingImageProvider,
    SimulatedCrash,
)


def _submit(count=3, images=4, **extra):
    data = {
        "persona_description": "teachers in Lyon aged 30-45 who cook",
        "bio_language": "fr",
        "number_to_generate": count,
        "images_per_persona": images,
        "seed": 11,
        **extra,
    }
    user = db.session.scalar(sa.select(User)) or make_user()
    return task_service.submit_task(user, data)


def _counts(task: GenerationTask) -> tuple[int, int]:
    personas = db.session.scalar(
        sa.select(sa.func.count(Persona.id)).where(Persona.task_pk == task.id)
    )
    images = db.session.scalar(
        sa.select(sa.func.count(PersonaImage.id)).join(Persona).where(Persona.task_pk == task.id)
    )
    return personas, images


def test_task_runs_to_completed_with_every_row(app):
    with app.app_context():
        task = _submit(count=4, images=4)
        seen = []
        status = run_task(task.id, progress=lambda t: seen.append(t.status), batch_size=2)
        assert status == "completed"
        task = db.session.get(GenerationTask, task.id)
        assert (task.personas_done, task.images_done) == (4, 16) == (4, task.images_total)
        assert _counts(task) == (4, 16)
        assert task.completed_at is not None and task.started_at is not None
        assert "generating-data" in seen and "generating-images" in seen
        personas = db.session.scalars(sa.select(Persona).order_by(Persona.persona_index)).all()
        assert [p.persona_index for p in personas] == [0, 1, 2, 3]
        assert all(30 <= p.age <= 45 and p.language == "fr" for p in personas)
        storage = get_storage()
        for img in db.session.scalars(sa.select(PersonaImage)):
            assert storage.exists(img.storage_key)
            assert img.is_base == (img.position == 1)
            assert img.storage_key.startswith(f"{task.task_id}/{img.persona_id}/")


def test_interrupted_task_resumes_without_redoing_or_duplicating(app):
    with app.app_context():
        task = _submit(count=3, images=4, image_provider="test-crashing")
        CrashingImageProvider.made = 0
        CrashingImageProvider.crash_after = 5
        with pytest.raises(SimulatedCrash):
            run_task(task.id)
        db.session.rollback()
        task = db.session.get(GenerationTask, task.id)
        assert task.status == "generating-images"
        # What was stored before the crash is kept: the base portraits (their batch is
        # stored before any variant is asked for), and whatever variants a batch stored
        # (results are stored a batch at a time, so the crash may lose the last batch).
        personas, stored = _counts(task)
        assert personas == 3 and 3 <= stored <= 5
        before = {
            (i.persona_id, i.position): i.sha256
            for i in db.session.scalars(sa.select(PersonaImage))
        }
        personas_before = {p.id for p in db.session.scalars(sa.select(Persona))}

        CrashingImageProvider.made = 0
        CrashingImageProvider.crash_after = 10_000
        assert run_task(task.id) == "completed"
        task = db.session.get(GenerationTask, task.id)
        assert _counts(task) == (3, 12)
        assert CrashingImageProvider.made == 12 - stored  # only the missing images were made
        after = {
            (i.persona_id, i.position): i.sha256
            for i in db.session.scalars(sa.select(PersonaImage))
        }
        assert all(after[k] == v for k, v in before.items())
        assert {p.id for p in db.session.scalars(sa.select(Persona))} == personas_before


def test_persistent_image_failure_is_recorded_and_task_goes_on(app):
    with app.app_context():
        task = _submit(count=2, images=4, image_provider="test-fails-3")
        assert run_task(task.id) == "completed"
        task = db.session.get(GenerationTask, task.id)
        assert _counts(task) == (2, 6)
        assert "image 3: RuntimeError: upstream said no" in task.error_log
        assert "2 image(s) could not be made" in task.error_log


def test_no_persona_at_all_fails_the_task_with_reason(app):
    with app.app_context():
        task = _submit(count=2, text_provider="test-broken")
        assert run_task(task.id) == "failed"
        task = db.session.get(GenerationTask, task.id)
        assert "model refused" in task.error_log and task.completed_at is not None


@pytest.mark.parametrize("flush_items", [2, 200])
def test_cancel_mid_run_keeps_partial_results_and_retry_finishes(app, monkeypatch, flush_items):
    # flush_items 2: every response is its own batch; 200: both responses in one batch.
    monkeypatch.setattr("avatargen.pipeline.batch.FLUSH_ITEMS", flush_items)
    monkeypatch.setattr("avatargen.pipeline.batch.FLUSH_SECONDS", 60)
    with app.app_context():
        task = _submit(count=6, text_provider="test-cancel-after-first")
        CancelAfterFirstBatchTextProvider.task_pk = task.id
        assert run_task(task.id, batch_size=2) == "cancelled"
        task = db.session.get(GenerationTask, task.id)
        personas, images = _counts(task)
        # The batch stored before the cancel is kept; nothing is stored after it (the
        # second response arrived after the cancel, so its batch is not stored).
        assert personas == (2 if flush_items == 2 else 0) and images == 0
        CancelAfterFirstBatchTextProvider.task_pk = None
        task_service.retry_task(task)
        assert task.status == "pending"
        assert run_task(task.id, batch_size=2) == "completed"
        assert _counts(db.session.get(GenerationTask, task.id)) == (6, 24)


def test_failed_task_retry_keeps_what_exists(app):
    with app.app_context():
        task = _submit(count=2, images=4)
        transition(task.id, "pending", "generating-data")
        transition(task.id, "generating-data", "failed", commit=False)
        record_failure(task.id, "simulated outage")
        db.session.commit()
        task_service.retry_task(task)
        assert run_task(task.id) == "completed"
        with pytest.raises(task_service.TaskStateError):
            task_service.retry_task(task)


def test_delete_removes_rows_and_files(app):
    with app.app_context():
        task = _submit(count=2, images=4)
        run_task(task.id)
        task_id = task.task_id
        assert list(get_storage().keys(task_id))
        task_service.delete_task(task)
        assert db.session.scalar(sa.select(sa.func.count(Persona.id))) == 0
        assert db.session.scalar(sa.select(sa.func.count(PersonaImage.id))) == 0
        assert list(get_storage().keys(task_id)) == []


def test_same_seed_same_personas_and_pixels(app):
    from io import BytesIO

    from PIL import Image

    with app.app_context():
        a = _submit(count=3, images=4)
        b = _submit(count=3, images=4)
        run_task(a.id)
        run_task(b.id)
        storage = get_storage()

        def snapshot(task):
            out = []
            for p in db.session.scalars(
                sa.select(Persona).where(Persona.task_pk == task.id).order_by(Persona.persona_index)
            ):
                pixels = [
                    Image.open(BytesIO(storage.get(i.storage_key))).tobytes() for i in p.images
                ]
                out.append((p.full_name, p.age, p.city, p.bios, p.about, pixels))
            return out

        first, second = snapshot(a), snapshot(b)
        assert len(first) == 3 and first == second


def test_a_stored_data_stage_lets_the_offline_provider_forget_the_tasks_texts(app, monkeypatch):
    """The offline provider keeps a task's texts between its batches (so none repeats);
    once every persona is stored they are dropped, not held through the image stage."""
    from avatargen.providers.offline_text import distinct

    distinct.forget()
    keys = []
    real = distinct.task_texts
    monkeypatch.setattr(distinct, "task_texts", lambda key: keys.append(key) or real(key))
    with app.app_context():
        task = _submit(count=4, images=4)
        assert run_task(task.id, batch_size=2) == "completed"
    assert keys and all(k == keys[0] for k in keys)  # one task, several batches
    assert keys[0] not in distinct._tasks
