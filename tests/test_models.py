"""Model behaviour carried over from the original system."""

from __future__ import annotations

import time

import pytest

from avatargen.extensions import db
from avatargen.models import GenerationTask, IllegalTransitionError, Setting, TaskStatus
from avatargen.models import task as task_module
from avatargen.models.task_events import (
    count_events,
    failure_messages,
    record_failure,
    record_usage,
    usage_totals,
)
from avatargen.models.task_state import guard_store, transition
from avatargen.providers.base import Usage
from tests.factories import make_task, make_user


def test_generate_task_id_is_8_chars_and_unique(app):
    with app.app_context():
        user = make_user()
        ids = {make_task(user).task_id for _ in range(20)}
        assert len(ids) == 20 and all(len(i) == 8 for i in ids)
        assert all(c in "0123456789abcdef" for i in ids for c in i)


def test_generate_task_id_retries_a_collision(app, monkeypatch):
    with app.app_context():
        user = make_user()
        taken = make_task(user).task_id

        class FakeUUID:
            def __init__(self, hexval):
                self.hex = hexval

        values = iter([FakeUUID(taken + "0" * 24), FakeUUID("feedbeef" + "0" * 24)])
        monkeypatch.setattr(task_module.uuid, "uuid4", lambda: next(values))
        assert GenerationTask.generate_task_id() == "feedbeef"


def test_transition_follows_lifecycle_and_bumps_updated_at(app):
    with app.app_context():
        task = make_task(make_user())
        before = task.updated_at
        time.sleep(0.01)
        assert transition(task.id, "pending", "generating-data")
        assert task.status == "generating-data" and task.updated_at > before
        assert task.started_at is not None
        assert transition(task.id, TaskStatus.GENERATING_DATA, TaskStatus.GENERATING_IMAGES)
        with pytest.raises(
            IllegalTransitionError, match="cannot go from 'generating-images' to 'pending'"
        ):
            transition(task.id, "generating-images", "pending")
        assert task.status == "generating-images"
        with pytest.raises(ValueError):
            transition(task.id, "generating-images", "bogus")
        # The expected status is checked in SQL: a stale expectation loses, changes nothing.
        assert not transition(task.id, "generating-data", "generating-images")
        assert task.status == "generating-images"


def test_finishing_and_retry_with_the_error_log_appended_in_sql(app):
    with app.app_context():
        user = make_user()
        ok = make_task(user)
        transition(ok.id, "pending", "generating-data")
        transition(ok.id, "generating-data", "generating-images")
        ok_pk = ok.id
        assert transition(ok_pk, "generating-images", "completed")
        assert ok.status == "completed" and ok.completed_at is not None and ok.error_log is None
        with pytest.raises(IllegalTransitionError):
            transition(ok_pk, "completed", "generating-data")

        bad = make_task(user, lease_owner="w1")
        transition(bad.id, "pending", "generating-data")
        assert transition(bad.id, "generating-data", "failed", commit=False)
        record_failure(bad.id, "provider exploded")
        db.session.commit()
        assert bad.status == "failed" and bad.completed_at is not None
        assert bad.lease_owner is None  # finishing releases the lease
        assert "provider exploded" in bad.error_log
        assert transition(bad.id, "failed", "pending")  # retry is legal
        assert bad.completed_at is None
        record_failure(bad.id, "second problem")
        db.session.commit()
        assert bad.error_log.count("\n") == 1
        assert failure_messages(bad.id) == ["provider exploded", "second problem"]
        assert count_events(bad.id, "status") == 3


def test_usage_rows_are_summed_when_read(app):
    with app.app_context():
        task = make_task(make_user())
        record_usage(task.id, "text", Usage(prompt_tokens=10, completion_tokens=5, requests=1))
        record_usage(task.id, "text", Usage(prompt_tokens=1, requests=1))
        record_usage(task.id, "image", Usage(images=2, requests=2))
        record_usage(task.id, "image", Usage())  # nothing used: no row
        record_usage(task.id, "image", None)
        db.session.commit()
        assert usage_totals(task.id) == {
            "text": {"prompt_tokens": 11, "completion_tokens": 5, "requests": 2, "images": 0},
            "image": {"prompt_tokens": 0, "completion_tokens": 0, "requests": 2, "images": 2},
        }
        with pytest.raises(ValueError, match="usage kind"):
            record_usage(task.id, "video", Usage(requests=1))


def test_guard_store_only_while_the_task_is_in_the_stage(app):
    with app.app_context():
        task = make_task(make_user())
        transition(task.id, "pending", "generating-data")
        assert guard_store(task.id, "generating-data", personas=2)
        db.session.commit()
        assert task.personas_done == 2
        assert transition(task.id, "generating-data", "cancelled")
        assert not guard_store(task.id, "generating-data", personas=5)
        db.session.rollback()
        assert task.personas_done == 2


def test_setting_get_and_set(app):
    with app.app_context():
        assert Setting.get_value("missing", "fallback") == "fallback"
        Setting.set_value("k", "v1")
        db.session.commit()
        assert Setting.get_value("k") == "v1"
        Setting.set_value("k", "v2")
        db.session.commit()
        assert Setting.get_value("k") == "v2"
        rows = db.session.scalars(db.select(Setting).where(Setting.key == "k")).all()
        assert len(rows) == 1
