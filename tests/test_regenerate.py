"""Regenerate one image or one persona: the old version stays current until the new one is
accepted; accept / discard; the recorded seed makes a regeneration repeatable; rules."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage, Regeneration
from avatargen.persona_rows import persona_record
from avatargen.queue.local import run_until_idle
from avatargen.services import quotas
from avatargen.services import regenerations as regen
from avatargen.services.queries import NotFound
from avatargen.services.tasks import submit_task
from avatargen.storage import get_storage
from tests.factories import make_user
from tests.test_preview import _pixels

SETTINGS = {
    "persona_description": "teachers in Lisbon who surf",
    "bio_language": "pt-PT",
    "number_to_generate": 3,
    "images_per_persona": 4,
    "seed": 99,
}


@pytest.fixture
def app_config():
    return {"WORKERS": 1, "REGENERATE_THROTTLE": "1000 per minute"}


@pytest.fixture
def done(app):
    """A completed task of 3 personas x 4 images; (user id, task pk)."""
    with app.app_context():
        user = make_user("owner@example.com")
        task = submit_task(user, SETTINGS)
        run_until_idle(app)
        assert db.session.get(GenerationTask, task.id).status == "completed"
        return user.id, task.id


def _persona(task_pk: int, index: int = 1) -> Persona:
    return db.session.scalar(
        sa.select(Persona).where(Persona.task_pk == task_pk, Persona.persona_index == index)
    )


def _user(user_id):
    from avatargen.models import User

    return db.session.get(User, user_id)


def _images(persona: Persona) -> dict[int, tuple[str, str]]:
    return {i.position: (i.sha256, i.storage_key) for i in persona.images}


def test_image_regeneration_waits_then_accept_replaces_only_that_image(app, done):
    user_id, task_pk = done
    with app.app_context():
        user, persona = _user(user_id), _persona(task_pk)
        task = db.session.get(GenerationTask, task_pk)
        before = _images(persona)
        record_before = persona_record(persona, task, [1, 2, 3, 4])
        row = regen.regenerate_image(user, persona.id, 2)
        assert row.status == "ready" and row.generation == 1 and row.regen_seed > 0
        new = row.images[0]
        assert new["sha256"] != before[2][0]
        storage = get_storage()
        assert storage.exists(new["storage_key"])
        db.session.expire_all()
        persona = _persona(task_pk)
        assert _images(persona) == before  # nothing current changed yet
        assert persona_record(persona, task, [1, 2, 3, 4]) == record_before
        assert quotas.usage(user).stored_images == 12 + 1  # the waiting file counts

        regen.accept(user, row.id)
        db.session.expire_all()
        after = _images(_persona(task_pk))
        assert after[2] == (new["sha256"], new["storage_key"])
        assert {p: after[p] for p in (1, 3, 4)} == {p: before[p] for p in (1, 3, 4)}
        assert not storage.exists(before[2][1])  # the old file is gone
        assert db.session.get(GenerationTask, task_pk).images_done == 12
        with pytest.raises(regen.RegenerationConflict):
            regen.accept(user, row.id)
        with pytest.raises(regen.RegenerationConflict):
            regen.discard(user, row.id)


def test_the_same_seed_gives_the_same_image_and_discard_keeps_the_current(app, done):
    user_id, task_pk = done
    with app.app_context():
        user, persona = _user(user_id), _persona(task_pk)
        before = _images(persona)
        first = regen.regenerate_image(user, persona.id, 1)
        seed, sha, key = first.regen_seed, first.images[0]["sha256"], first.images[0]["storage_key"]
        regen.discard(user, first.id)
        assert not get_storage().exists(key)
        again = regen.regenerate_image(user, persona.id, 1, {"seed": seed})
        assert again.generation == 2 and again.regen_seed == seed
        assert again.images[0]["sha256"] == sha  # the same regeneration, the same bytes
        regen.discard(user, again.id)
        third = regen.regenerate_image(user, persona.id, 1)
        assert third.generation == 3 and third.regen_seed != seed
        assert third.images[0]["sha256"] != sha
        db.session.expire_all()
        assert _images(_persona(task_pk)) == before
        statuses = db.session.scalars(
            sa.select(Regeneration.status).order_by(Regeneration.generation)
        ).all()
        assert statuses == ["discarded", "discarded", "ready"]


def test_persona_regeneration_is_a_new_person_at_the_same_position(app, done):
    user_id, task_pk = done
    with app.app_context():
        user, old = _user(user_id), _persona(task_pk)
        task = db.session.get(GenerationTask, task_pk)
        old_id, old_name = old.id, old.full_name
        old_keys = [k for _sha, k in _images(old).values()]
        others = {p.full_name for p in db.session.scalars(sa.select(Persona))} - {old_name}
        row = regen.regenerate_persona(user, old_id)
        assert row.kind == "persona" and len(row.images) == 4 and row.new_persona_id != old_id
        draft_name = f"{row.draft['first_name']} {row.draft['last_name']}"
        assert row.draft != {k: getattr(old, k) for k in row.draft}
        db.session.expire_all()
        assert _persona(task_pk).id == old_id  # still the current one

        regen.accept(user, row.id)
        db.session.expire_all()
        new = _persona(task_pk)
        assert new.id == row.new_persona_id and db.session.get(Persona, old_id) is None
        assert new.full_name not in others and new.full_name != old_name
        assert draft_name.split()[0] == new.first_name
        assert sorted(i.position for i in new.images) == [1, 2, 3, 4]
        assert not any(get_storage().exists(k) for k in old_keys)
        record = persona_record(new, task, [1, 2, 3, 4])
        assert record["index"] == 1 and record["images"][0] == f"images/{new.id}/1.png"
        assert db.session.scalar(sa.select(sa.func.count()).select_from(PersonaImage)) == 12


def test_same_persona_seed_gives_the_same_person(app, done):
    user_id, task_pk = done
    with app.app_context():
        user, persona = _user(user_id), _persona(task_pk, 0)
        storage = get_storage()
        first = regen.regenerate_persona(user, persona.id, {"seed": 1234})
        pixels = [_pixels(storage.get(i["storage_key"])) for i in first.images]
        draft = first.draft
        regen.discard(user, first.id)
        again = regen.regenerate_persona(user, persona.id, {"seed": 1234})
        assert again.draft == draft and again.generation == 2
        # The bytes name the new persona's id (provenance, a new id each time): pixels.
        assert [_pixels(storage.get(i["storage_key"])) for i in again.images] == pixels
        assert len(set(pixels)) == 4


def test_rules_running_task_waiting_one_prompt_input_and_ownership(app, done):
    user_id, task_pk = done
    with app.app_context():
        user, persona = _user(user_id), _persona(task_pk)
        stranger = make_user("stranger@example.com")
        with pytest.raises(NotFound):
            regen.regenerate_image(stranger, persona.id, 1)
        with pytest.raises(NotFound):
            regen.regenerate_image(user, persona.id, 9)
        with pytest.raises(regen.RegenerationInputError) as bad:
            regen.regenerate_image(user, persona.id, 1, {"prompt": "smiling, red scarf"})
        assert "prompt" in bad.value.fields
        for data in ({"seed": 0}, {"seed": "x"}, {"seed": True}, {"colour": "red"}):
            with pytest.raises(regen.RegenerationInputError):
                regen.regenerate_image(user, persona.id, 1, data)
        with pytest.raises(regen.RegenerationInputError):
            regen.regenerate_persona(user, persona.id, {"prompt": "x"})
        row = regen.regenerate_image(user, persona.id, 3)
        with pytest.raises(regen.RegenerationConflict):
            regen.regenerate_persona(user, persona.id)
        with pytest.raises(NotFound):
            regen.accept(stranger, row.id)
        with pytest.raises(NotFound):
            regen.discard(stranger, row.id)
        db.session.execute(
            sa.update(GenerationTask).where(GenerationTask.id == task_pk).values(status="pending")
        )
        db.session.commit()
        with pytest.raises(regen.RegenerationConflict):
            regen.accept(user, row.id)
        with pytest.raises(regen.RegenerationConflict):
            regen.regenerate_image(user, _persona(task_pk, 2).id, 1)
        assert db.session.get(Regeneration, row.id).status == "ready"


def test_quota_counts_a_regeneration(app, done):
    user_id, task_pk = done
    with app.app_context():
        user, persona = _user(user_id), _persona(task_pk)
        quotas.set_for_user(user, "stored_images", 12)
        db.session.commit()
        with pytest.raises(quotas.QuotaExceeded):
            regen.regenerate_image(user, persona.id, 1)
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Regeneration)) == 0


def test_regenerations_leave_a_trace_of_every_provider_call(app, done):
    from avatargen.models.task_events import TaskUsage
    from avatargen.providers.offline_image import OfflineImageProvider

    user_id, task_pk = done

    def traces():
        rows = db.session.scalars(
            sa.select(TaskUsage).where(TaskUsage.task_pk == task_pk).order_by(TaskUsage.id)
        ).all()
        return [(r.kind, r.request, r.persona_index, r.position, r.outcome) for r in rows]

    with app.app_context():
        user, persona = _user(user_id), _persona(task_pk)
        before = traces()
        regen.regenerate_image(user, persona.id, 2)
        assert traces()[len(before) :] == [("image", "variant", 1, 2, "ok")]
        regen.discard(user, db.session.scalars(sa.select(Regeneration)).one().id)

        before = traces()
        regen.regenerate_persona(user, persona.id)
        added = traces()[len(before) :]
        assert added[0][:3] == ("text", "batch", 1) and added[0][4] == "ok"
        assert [(k, r, p) for k, r, _i, p, _o in added[1:]] == [
            ("image", "base_portrait", 1), ("image", "variant", 2), ("image", "variant", 3),
            ("image", "variant", 4),
        ]  # fmt: skip
        waiting = db.session.scalars(sa.select(Regeneration).where(Regeneration.status == "ready"))
        regen.discard(user, waiting.one().id)

        # a provider call that fails is traced too, with what went wrong
        def broken(self, subject, base, position, size):
            raise RuntimeError("renderer exploded")

        before = traces()
        original = OfflineImageProvider.variant
        OfflineImageProvider.variant = broken
        try:
            with pytest.raises(RuntimeError, match="renderer exploded"):
                regen.regenerate_image(user, _persona(task_pk).id, 3)
        finally:
            OfflineImageProvider.variant = original
        failed = traces()[len(before) :]
        assert len(failed) == 1 and failed[0][:4] == ("image", "variant", 1, 3)
        assert failed[0][4] != "ok"
