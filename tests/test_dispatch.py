"""Fair dispatch of Celery chunks (issue 9), without a broker: a recording sender, the
chunk functions run in this thread. Waiting chunks are sent only while fewer than
CELERY_IN_FLIGHT are in flight, and a freed place goes to the user with fewer in flight."""

from __future__ import annotations

import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import TaskChunk
from avatargen.queue import chunks, dispatch
from avatargen.services import tasks as task_service
from tests.factories import make_user


class Recorder:
    def __init__(self) -> None:
        self.sent: list[tuple] = []

    def start(self, task_pk):
        self.sent.append(("start", task_pk))

    def data(self, task_pk, positions, chunk_id, urgent=False):
        self.sent.append(("data", task_pk, positions, chunk_id))

    def image(self, task_pk, persona_id, chunk_id, urgent=False):
        self.sent.append(("image", task_pk, persona_id, chunk_id))


def _task(user, count):
    return task_service.submit_task(
        user,
        {"persona_description": "tram drivers in Lisbon", "bio_language": "pt-PT",
         "number_to_generate": count, "images_per_persona": 4, "seed": 2},
        dispatch=False,
    ).id  # fmt: skip


def _in_flight() -> int:
    return db.session.scalar(
        sa.select(sa.func.count(TaskChunk.id)).where(
            TaskChunk.waiting.is_(False), TaskChunk.done_at.is_(None)
        )
    )


def test_in_flight_is_bounded_and_a_freed_place_goes_to_the_other_user(app):
    app.config.update(CELERY_IN_FLIGHT=2, CELERY_CHUNK_SIZE=1)
    with app.app_context():
        ann, bob = make_user("ann@example.com"), make_user("bob@example.com")
        send = Recorder()
        ann_tasks = [_task(ann, 3), _task(ann, 3)]  # 6 data chunks of one persona
        for pk in ann_tasks:
            chunks.start(pk, send)
        assert [m[1] for m in send.sent] == [ann_tasks[0]] * 2  # oldest task first, 2 at most
        bob_task = _task(bob, 1)
        chunks.start(bob_task, send)
        assert len(send.sent) == 2 and _in_flight() == 2  # no free place: bob's chunk waits
        assert dispatch.pump(send) == 0
        first = send.sent.pop(0)
        assert chunks.data_chunk(first[1], first[2], send, chunk_id=first[3]) == "done"
        assert send.sent[-1][:2] == ("data", bob_task)  # the freed place went to bob
        assert _in_flight() == 2
        # Bob's chunk ends and its task moves to its images: bob has 0 in flight, ann 1;
        # the place goes to bob again (his image chunk), not to ann's backlog.
        bob_msg = send.sent.pop()
        assert chunks.data_chunk(bob_task, bob_msg[2], send, chunk_id=bob_msg[3]) == "done"
        assert send.sent[-1][:2] == ("image", bob_task)
        assert _in_flight() == 2
        waiting = db.session.scalar(
            sa.select(sa.func.count(TaskChunk.id)).where(TaskChunk.waiting.is_(True))
        )
        assert waiting == 4  # ann's other data chunks wait in the database, not the broker


def test_a_chunk_of_a_cancelled_task_is_never_sent(app):
    app.config.update(CELERY_IN_FLIGHT=1, CELERY_CHUNK_SIZE=1)
    with app.app_context():
        ann = make_user("ann@example.com")
        send = Recorder()
        pk = _task(ann, 2)
        chunks.start(pk, send)
        assert len(send.sent) == 1
        from avatargen.models import GenerationTask

        task_service.cancel_task(db.session.get(GenerationTask, pk))
        first = send.sent.pop()
        assert chunks.data_chunk(pk, first[2], send, chunk_id=first[3]) == "skipped"
        assert send.sent == [] and dispatch.pump(send) == 0
