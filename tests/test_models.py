"""Model behaviour carried over from the original system."""

from __future__ import annotations

import time

import pytest

from avatargen.extensions import db
from avatargen.models import GenerationTask, IllegalTransitionError, Setting, TaskStatus
from avatargen.models import task as task_module
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


def test_update_status_follows_lifecycle_and_bumps_updated_at(app):
    with app.app_context():
        task = make_task(make_user())
        before = task.updated_at
        time.sleep(0.01)
        task.update_status("generating-data")
        assert task.status == "generating-data" and task.updated_at > before
        task.update_status(TaskStatus.GENERATING_IMAGES)
        with pytest.raises(
            IllegalTransitionError, match="cannot go from 'generating-images' to 'pending'"
        ):
            task.update_status("pending")
        assert task.status == "generating-images"
        with pytest.raises(ValueError):
            task.update_status("bogus")


def test_mark_completed_success_and_failure(app):
    with app.app_context():
        user = make_user()
        ok = make_task(user)
        ok.update_status("generating-data")
        ok.update_status("generating-images")
        ok.mark_completed(True)
        assert ok.status == "completed" and ok.completed_at is not None and ok.error_log is None
        with pytest.raises(IllegalTransitionError):
            ok.update_status("generating-data")

        bad = make_task(user)
        bad.update_status("generating-data")
        bad.mark_completed(False, "provider exploded")
        assert bad.status == "failed" and bad.completed_at is not None
        assert "provider exploded" in bad.error_log
        bad.update_status("pending")  # retry is legal
        bad.append_error("second problem")
        assert bad.error_log.count("\n") == 1
        db.session.commit()


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
