"""Factories for test rows (call inside an app context)."""

from __future__ import annotations

from avatargen.extensions import db
from avatargen.models import GenerationTask, User
from tests.conftest import TEST_PASSWORD


def make_user(
    email: str = "user@example.com",
    *,
    admin: bool = False,
    active: bool = True,
    password: str = TEST_PASSWORD,
) -> User:
    user = User(email=email, is_admin=admin, is_active=active)
    user.set_password(password)
    db.session.add(user)
    db.session.commit()
    return user


def make_task(user: User, **fields) -> GenerationTask:
    values = {
        "persona_description": "nurses in Manila who hike",
        "bio_language": "en",
        "number_to_generate": 3,
        "images_per_persona": 4,
    }
    values.update(fields)
    task = GenerationTask(task_id=GenerationTask.generate_task_id(), user_id=user.id, **values)
    db.session.add(task)
    db.session.commit()
    return task
