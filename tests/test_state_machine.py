"""The task state machine under concurrency: chunks run at once on one task (no broker),
usage and failures appended as rows, cancels that nothing is stored after, partial exports."""

from __future__ import annotations

import io
import json
import re
import threading
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
import sqlalchemy as sa

from avatargen.exports import export_task
from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage, TaskChunk, TaskEvent
from avatargen.models.base import utcnow
from avatargen.models.task_events import count_events, failure_messages, usage_totals
from avatargen.models.task_state import transition
from avatargen.pipeline import run_task
from avatargen.queue import chunks
from avatargen.services import tasks as task_service
from tests.factories import make_user
from tests.fake_providers import (
    CancellingImageProvider,
    CountingImageProvider,
    CountingTextProvider,
)

THREADS = 4


class RecordingSender:
    """Collects what the chunks send, so a test runs the messages itself (in threads)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.sent: list[tuple] = []

    def start(self, task_pk):
        with self.lock:
            self.sent.append(("start", task_pk))

    def data(self, task_pk, positions, chunk_id, urgent=False):
        with self.lock:
            self.sent.append(("data", task_pk, positions, chunk_id))

    def image(self, task_pk, persona_id, chunk_id, urgent=False):
        with self.lock:
            self.sent.append(("image", task_pk, persona_id, chunk_id))

    def take(self, kind: str) -> list[tuple]:
        with self.lock:
            taken = [m for m in self.sent if m[0] == kind]
            self.sent = [m for m in self.sent if m[0] != kind]
        return taken


def _submit(count, images=4, **extra):
    return task_service.submit_task(
        make_user(),
        {
            "persona_description": "ferry captains in Bergen",
            "bio_language": "en",
            "number_to_generate": count,
            "images_per_persona": images,
            "seed": 4,
            **extra,
        },
        dispatch=False,
    )


def _run_all(app, messages, send, threads=THREADS):
    """Run chunk messages ``threads`` at a time, each in its own app context (session)."""
    started = threading.Barrier(min(threads, len(messages)))

    def one(numbered):
        n, message = numbered
        with app.app_context():
            try:
                if n < started.parties:
                    started.wait(10)  # the first ones really overlap
                if message[0] == "data":
                    return chunks.data_chunk(message[1], message[2], send, chunk_id=message[3])
                return chunks.image_chunk(message[1], message[2], send, chunk_id=message[3])
            finally:
                db.session.remove()

    with ThreadPoolExecutor(threads) as pool:
        return list(pool.map(one, enumerate(messages)))


def _stored(task_pk):
    personas = db.session.scalar(
        sa.select(sa.func.count(Persona.id)).where(Persona.task_pk == task_pk)
    )
    images = db.session.scalar(
        sa.select(sa.func.count(PersonaImage.id))
        .join(Persona, Persona.id == PersonaImage.persona_id)
        .where(Persona.task_pk == task_pk)
    )
    return personas, images


def test_concurrent_chunks_keep_every_usage_row_and_every_failure(app):
    """Chunks of one task at once (4 threads): the stored usage is what the provider doubles
    counted, and no failure line is lost (the old JSON/text read-modify-write lost both)."""
    app.config["CELERY_CHUNK_SIZE"] = 4
    CountingTextProvider.tally.reset()
    CountingImageProvider.tally.reset()
    count = 24
    with app.app_context():
        task = _submit(count, text_provider="test-counting", image_provider="test-counting-images")
        pk = task.id
        send = RecordingSender()
        assert chunks.start(pk, send) == "generating-data"
        data = send.take("data")
        assert len(data) == count // 4
        db.session.remove()

    results = _run_all(app, data, send)
    assert results.count("done") == len(data)
    images = send.take("image")  # the chunk that ended the data stage sent these
    refused = [i for i in range(count) if i % 7 == 3]
    assert len(images) == count - len(refused)
    results = _run_all(app, images, send)
    assert results.count("done") == len(images)

    with app.app_context():
        task = db.session.get(GenerationTask, pk)
        assert task.status == "completed", task.error_log
        personas, stored_images = _stored(pk)
        failed_images = [i for i in range(count) if i not in refused and i % 2 == 0]
        assert personas == count - len(refused)
        assert stored_images == personas * 4 - len(failed_images)
        assert (task.personas_done, task.images_done) == (personas, stored_images)
        assert task.report is not None and task.report["personas"] == personas

        usage = usage_totals(pk)
        assert usage["text"] == CountingTextProvider.tally.usage
        assert usage["image"] == CountingImageProvider.tally.usage
        assert usage["image"]["images"] == stored_images
        assert usage["text"]["requests"] >= len(data)

        # Every failure is there: each data chunk's missing personas (summed over the
        # events), each image that failed, and one error_log line per failure event.
        messages = failure_messages(pk, limit=1000)
        missing = sum(int(m.split(" ", 1)[0]) for m in messages if "could not be generated" in m)
        assert missing == len(refused)
        for i in refused:
            assert any(f"refused position {i}" in m for m in messages)
        for i in failed_images:
            assert any(f"persona {i} image 3: RuntimeError" in m for m in messages)
        assert f"{len(failed_images)} image(s) could not be made" in messages
        lines = [line for line in task.error_log.splitlines() if line.startswith("[")]
        assert len(lines) == len(messages)
        # every chunk ran once and is closed
        runs = db.session.execute(sa.select(TaskChunk.runs, TaskChunk.done_at)).all()
        assert runs and all(r.runs == 1 and r.done_at is not None for r in runs)


def test_redelivered_chunk_of_a_done_or_held_chunk_does_nothing(app):
    with app.app_context():
        task = _submit(4)
        pk = task.id
        send = RecordingSender()
        chunks.start(pk, send)
        (msg,) = send.take("data")
        # A live worker holds the chunk: a second copy does not run it.
        from avatargen.models.task_chunks import take_chunk

        assert take_chunk(msg[3], "other-worker:1:x", 30)
        assert chunks.data_chunk(pk, msg[2], send, chunk_id=msg[3]) == "held"
        assert _stored(pk) == (0, 0)
        # Its worker dies: the lease expires and the sweep sends it again, once.
        db.session.execute(
            sa.update(TaskChunk).values(lease_expires_at=utcnow() - timedelta(seconds=1))
        )
        db.session.commit()
        assert chunks.resend_expired(send) == [(msg[3], "generating-data")]
        assert chunks.resend_expired(send) == []
        (again,) = send.take("data")
        assert again == msg
        assert chunks.data_chunk(pk, msg[2], send, chunk_id=msg[3]) == "done"
        assert chunks.data_chunk(pk, msg[2], send, chunk_id=msg[3]) == "skipped"  # stage moved
        assert (
            db.session.scalar(
                sa.select(sa.func.count(TaskEvent.id)).where(TaskEvent.kind == "chunk_resent")
            )
            == 1
        )


def _check_partial_export(task_pk, tmp_path, at_cancel):
    task = db.session.get(GenerationTask, task_pk)
    out = io.BytesIO()
    export_task(task, "zip", out)
    with zipfile.ZipFile(out) as zf:
        records = [json.loads(line) for line in zf.read("personas.jsonl").splitlines()]
        card = zf.read("README.md").decode()
        pngs = [n for n in zf.namelist() if n.endswith(".png")]
    assert len(records) == at_cancel["personas"] and len(pngs) == at_cancel["images"]
    assert "## Partial dataset" in card and "cancelled" in card
    assert re.search(rf"{at_cancel['images']} of the \d+ images", card)


@pytest.mark.parametrize("mode", ["embedded", "chunks"])
def test_cancel_mid_task_nothing_stored_after_and_partial_download(
    app, tmp_path, mode, monkeypatch
):
    """Cancel from another session while images are being made: the run stops within 5 s,
    and nothing is stored after the cancel committed; the partial set exports, labelled."""
    # Results are stored in batches: batches of 4 images, so some are stored before the
    # cancel at the 10th image whatever the machine's speed.
    monkeypatch.setattr("avatargen.pipeline.batch.FLUSH_ITEMS", 4)
    CancellingImageProvider.made = 0
    CancellingImageProvider.cancel_after = 10
    CancellingImageProvider.at_cancel = None
    with app.app_context():
        task = _submit(12, image_provider="test-cancelling-images")
        pk = task.id
        if mode == "embedded":
            assert run_task(pk) == "cancelled"
            stopped = time.monotonic()
        else:
            app.config["CELERY_CHUNK_SIZE"] = 6
            send = RecordingSender()
            chunks.start(pk, send)
            db.session.remove()
            _run_all(app, send.take("data"), send)
            results = _run_all(app, send.take("image"), send)
            stopped = time.monotonic()
            assert "stopped" in results
        at_cancel = CancellingImageProvider.at_cancel
        assert at_cancel is not None
        assert stopped - at_cancel["time"] < 5
        db.session.expire_all()
        task = db.session.get(GenerationTask, pk)
        assert task.status == "cancelled"
        assert _stored(pk) == (at_cancel["personas"], at_cancel["images"])
        assert 0 < at_cancel["images"] < 12 * 4
        # no file without its row either
        files = list((tmp_path / "media" / task.task_id).rglob("*.png"))
        assert len(files) == at_cancel["images"]
        _check_partial_export(pk, tmp_path, at_cancel)
        assert task.report is None  # a cancel writes no report; the export computed one


def test_a_cancel_between_check_and_write_is_never_overwritten(app):
    with app.app_context():
        task = _submit(3)
        pk = task.id
        assert transition(pk, "pending", "generating-data")
        stale = db.session.get(GenerationTask, pk)
        assert stale.status == "generating-data"  # what a runner checked
        task_service.cancel_task(stale)  # ... then the cancel commits
        # the runner's write, based on its old check, loses
        assert not transition(pk, "generating-data", "generating-images")
        assert db.session.get(GenerationTask, pk).status == "cancelled"
        with pytest.raises(task_service.TaskStateError):
            task_service.cancel_task(db.session.get(GenerationTask, pk))


def test_recovery_counts_its_tries_from_event_rows_then_ends_the_stage(app):
    """Lost messages: recover() re-sends the missing chunks, counting its tries in
    ``recovery`` events (not by parsing error_log); after MAX_RECOVERIES it moves on."""
    app.config["CELERY_CHUNK_SIZE"] = 2
    with app.app_context():
        task = _submit(4)
        pk, task_id = task.id, task.task_id
        send = RecordingSender()
        chunks.start(pk, send)
        first, _second = send.take("data")
        chunks.data_chunk(pk, first[2], send, chunk_id=first[3])  # the other message is lost
        for attempt in range(1, chunks.MAX_RECOVERIES + 1):
            assert chunks.recover(send, stall_seconds=0) == [(task_id, "re-sent 1 chunk(s)")]
            assert [m[2] for m in send.take("data")] == [[2, 3]]
            assert count_events(pk, "recovery", stage="generating-data") == attempt
        # error_log lines are not what is counted: wiping them changes nothing
        db.session.execute(sa.update(GenerationTask).values(error_log=None))
        db.session.commit()
        assert chunks.recover(send, stall_seconds=0) == [(task_id, "moved to the image stage")]
        task = db.session.get(GenerationTask, pk)
        assert task.status == "generating-images" and task.personas_done == 2
        assert len(send.take("image")) == 2


def test_a_received_chunk_is_leased_to_its_worker_before_it_runs(app):
    from avatargen.models.task_chunks import reserve_chunk, take_chunk

    with app.app_context():
        task = _submit(2)
        send = RecordingSender()
        chunks.start(task.id, send)
        (msg,) = send.take("data")
        chunk_id = msg[3]
        assert reserve_chunk(chunk_id, "w1:1:a", 30)  # received, waiting for a thread
        assert not reserve_chunk(chunk_id, "w2:2:b", 30)
        assert not take_chunk(chunk_id, "w2:2:b", 30)  # another worker: held
        assert take_chunk(chunk_id, "w1:1:a", 30)  # its own reservation: runs
        runs = db.session.scalar(sa.select(TaskChunk.runs).where(TaskChunk.id == chunk_id))
        assert runs == 1
        # w1 dies holding it: once the lease expires the sweep sends it again
        db.session.execute(
            sa.update(TaskChunk).values(lease_expires_at=utcnow() - timedelta(seconds=1))
        )
        db.session.commit()
        assert chunks.resend_expired(send) == [(chunk_id, "generating-data")]
        assert take_chunk(chunk_id, "w2:2:b", 30)


def test_a_skipped_chunk_gives_back_its_reservation(app):
    from avatargen.models.task_chunks import reserve_chunk

    with app.app_context():
        task = _submit(2)
        send = RecordingSender()
        chunks.start(task.id, send)
        (msg,) = send.take("data")
        assert reserve_chunk(msg[3], chunks.process_owner(), 30)
        task_service.cancel_task(db.session.get(GenerationTask, task.id))
        assert chunks.data_chunk(task.id, msg[2], send, chunk_id=msg[3]) == "skipped"
        owner = db.session.scalar(sa.select(TaskChunk.lease_owner).where(TaskChunk.id == msg[3]))
        assert owner is None  # no lease is left behind by a cancelled task's chunks


def test_a_chunk_whose_message_was_lost_before_its_lease_is_sent_again(app):
    """A worker killed between taking a chunk's message from Redis and leasing the chunk
    leaves it unheld and its message in no queue: the sweep sends it again, once, after a
    second look; a chunk still queued, held or started is left alone."""
    from avatargen.models.task_chunks import reserve_chunk, take_chunk

    with app.app_context():
        task = _submit(60)  # three data chunks (25 personas each at most)
        send = RecordingSender()
        chunks.start(task.id, send)
        lost, queued, held = (m[3] for m in send.take("data"))
        assert reserve_chunk(held, "w1:1:a", 30) and take_chunk(held, "w1:1:a", 30)
        # all three were sent a lease period ago
        db.session.execute(sa.update(TaskChunk).values(sent_at=utcnow() - timedelta(seconds=60)))
        db.session.commit()
        sweep = chunks.LostMessages(lambda: {queued}, confirm=5.0)
        assert sweep.sweep(send, now=100.0) == []  # first look: only noted
        assert sweep.sweep(send, now=102.0) == []  # not confirmed yet
        assert sweep.sweep(send, now=105.5) == [lost]
        (again,) = send.take("data")
        assert again[3] == lost
        # sent again just now: not a candidate until a lease period has passed
        assert sweep.sweep(send, now=200.0) == [] and sweep.sweep(send, now=300.0) == []
        assert count_events(task.id, "chunk_resent") == 1
        # the same chunk is lost again later; meanwhile a worker takes it: nothing is sent
        db.session.execute(
            sa.update(TaskChunk)
            .where(TaskChunk.id == lost)
            .values(sent_at=utcnow() - timedelta(seconds=60))
        )
        db.session.commit()
        assert sweep.sweep(send, now=400.0) == []
        assert reserve_chunk(lost, "w2:2:b", 30)
        assert sweep.sweep(send, now=410.0) == []
        # a chunk whose task moved on is closed instead of sent
        task_service.cancel_task(db.session.get(GenerationTask, task.id))
        sweep = chunks.LostMessages(lambda: set(), confirm=0.0)
        assert sweep.sweep(send, now=500.0) == []
        done = db.session.scalar(sa.select(TaskChunk.done_at).where(TaskChunk.id == queued))
        assert done is not None and send.take("data") == []
        # a broker whose queues cannot be read: nothing is ever sent
        assert chunks.LostMessages(lambda: None, confirm=0.0).sweep(send, now=600.0) == []
