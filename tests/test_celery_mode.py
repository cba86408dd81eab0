"""Distributed mode: real PostgreSQL, real Redis, two real Celery worker processes.

Skipped when Celery is not installed or PostgreSQL / Redis are not reachable. Redis DB
``AVATARGEN_TEST_REDIS_DB`` (default 11) is flushed at start and end. The Redis-restart
test stops the shared server for a moment, so it only runs with
``AVATARGEN_TEST_REDIS_RESTART=1`` (run it on its own, last).
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import uuid
import zipfile
from pathlib import Path

import celery  # noqa: F401  (the celery extra is part of the dev dependencies)
import psycopg
import pytest
import redis
import sqlalchemy as sa
from flask_migrate import upgrade

from avatargen.config import normalize_database_url
from avatargen.exports import export_task
from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage, TaskChunk, User
from avatargen.models.task_events import TaskUsage, usage_totals
from avatargen.services import tasks as task_service
from tests.conftest import make_app
from tests.factories import make_user

PG_ADMIN = (
    os.environ.get("AVATARGEN_TEST_PG_URL", "").strip()
    or "postgresql://postgres@127.0.0.1:5432/postgres"
).replace("postgresql+psycopg://", "postgresql://")
REDIS_PORT = 6379
REDIS_DB = int(os.environ.get("AVATARGEN_TEST_REDIS_DB", "11"))
BROKER = f"redis://127.0.0.1:{REDIS_PORT}/{REDIS_DB}"
IMAGES = 4
REPO = Path(__file__).resolve().parent.parent
WORKER_MAIN = "import tests.fake_providers; from avatargen.cli import main; main()"


def _reachable() -> str | None:
    try:
        with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3):
            pass
    except Exception as exc:
        return f"PostgreSQL not reachable: {exc}"
    try:
        redis.Redis.from_url(BROKER, socket_connect_timeout=2).ping()
    except Exception as exc:
        return f"Redis not reachable: {exc}"
    return None


# Never at the same time as another such test in the other xdist worker: they share Redis
# (one of them restarts it) or kill worker processes (tests/conftest.py, _one_at_a_time).
pytestmark = [pytest.mark.slow, pytest.mark.services]


@pytest.fixture(autouse=True, scope="module")
def _services():
    """PostgreSQL and Redis are real services here (.ci/run starts them): missing is a failure."""
    why = _reachable()
    if why is not None:
        pytest.fail(why + " (start it; .ci/run does)")


@pytest.fixture
def pg_url():
    name = f"avatargen_celery_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield normalize_database_url(f"{PG_ADMIN.rsplit('/', 1)[0]}/{name}")
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _flush() -> None:
    redis.Redis.from_url(BROKER, socket_connect_timeout=2).flushdb()


class Cluster:
    """The app as the web process sees it, plus worker processes started from the CLI."""

    def __init__(self, pg_url: str, tmp_path: Path, **env: str) -> None:
        self.tmp = tmp_path
        self.env = {
            **os.environ,
            "DATABASE_URL": pg_url,
            "AVATARGEN_QUEUE": "celery",
            "AVATARGEN_BROKER_URL": BROKER,
            "AVATARGEN_STORAGE_URL": str(tmp_path / "media"),
            "AVATARGEN_INSTANCE_PATH": str(tmp_path / "instance"),
            "AVATARGEN_SECRET_KEY": "test",
            "AVATARGEN_LIMITS_URL": "local",
            "AVATARGEN_CELERY_CHUNK_SIZE": "10",
            **env,
        }
        self.app = make_app(
            pg_url,
            tmp_path,
            QUEUE="celery",
            BROKER_URL=BROKER,
            STORAGE_URL=str(tmp_path / "media"),
        )
        self.workers: dict[str, subprocess.Popen] = {}
        self.started = 0
        with self.app.app_context():
            upgrade()
            db.session.remove()

    def start(self, name: str) -> None:
        self.started += 1
        log = open(self.tmp / f"{name}-{self.started}.log", "ab")  # noqa: SIM115
        with log:
            # The worker loads the test-* provider doubles (usage counting) before the CLI.
            self.workers[name] = subprocess.Popen(
                [sys.executable, "-c", WORKER_MAIN, "worker", "--queue", "celery",
                 "--threads", "2"],
                env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO,
            )  # fmt: skip

    def kill(self, name: str) -> None:
        proc = self.workers.pop(name)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)

    def stop_all(self) -> None:
        for proc in self.workers.values():
            proc.send_signal(signal.SIGTERM)
        for proc in self.workers.values():
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        self.workers.clear()

    def submit(
        self, count: int, seed: int = 7, email: str = "user@example.com", **providers: str
    ) -> tuple[int, str]:
        with self.app.app_context():
            user = db.session.scalar(sa.select(User).where(User.email == email))
            task = task_service.submit_task(
                user or make_user(email),
                {
                    "persona_description": "lighthouse keepers in Galicia",
                    "bio_language": "es",
                    "number_to_generate": count,
                    "images_per_persona": IMAGES,
                    "seed": seed,
                    **providers,
                },
            )  # in celery mode this sends start_task after the commit
            out = task.id, task.task_id
            db.session.remove()
        return out

    def progress(self, task_pk: int):
        with self.app.app_context():
            row = db.session.execute(
                sa.select(GenerationTask.status, GenerationTask.error_log).where(
                    GenerationTask.id == task_pk
                )
            ).one()
            images = db.session.scalar(
                sa.select(sa.func.count(PersonaImage.id))
                .join(Persona, Persona.id == PersonaImage.persona_id)
                .where(Persona.task_pk == task_pk)
            )
            db.session.remove()
        return row.status, images, row.error_log or ""

    def wait(self, predicate, timeout: float, what: str):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = predicate()
            if value:
                return value
            time.sleep(0.1)
        pytest.fail(f"timed out waiting for {what}; worker logs:\n{self.logs()[-4000:]}")

    def check_exact(self, task_pk: int, task_id: str, count: int) -> None:
        with self.app.app_context():
            task = db.session.get(GenerationTask, task_pk)
            assert task.status == "completed", task.error_log
            indices = list(
                db.session.scalars(
                    sa.select(Persona.persona_index).where(Persona.task_pk == task_pk)
                )
            )
            assert sorted(indices) == list(range(count))  # exactly once each
            images = db.session.execute(
                sa.select(PersonaImage.persona_id, PersonaImage.position)
                .join(Persona, Persona.id == PersonaImage.persona_id)
                .where(Persona.task_pk == task_pk)
            ).all()
            assert len(images) == count * IMAGES and len(set(images)) == len(images)
            assert task.personas_done == count and task.images_done == count * IMAGES
            assert task.report is not None  # the quality report was written on completion
            db.session.remove()
            db.engine.dispose()
        files = [p for p in (self.tmp / "media" / task_id).rglob("*") if p.is_file()]
        pngs = [p for p in files if p.suffix == ".png"]
        assert len(pngs) == count * IMAGES  # no stray or duplicate files

    def logs(self) -> str:
        return "\n".join(p.read_text(errors="replace") for p in sorted(self.tmp.glob("*.log")))


@pytest.fixture
def cluster_factory(pg_url, tmp_path, monkeypatch):
    monkeypatch.setenv("AVATARGEN_INSTANCE_PATH", str(tmp_path / "instance"))
    made: list[Cluster] = []
    _flush()

    def make(**env: str) -> Cluster:
        made.append(Cluster(pg_url, tmp_path, **env))
        return made[-1]

    yield make
    for c in made:
        c.stop_all()
        with c.app.app_context():
            db.engine.dispose()
    _flush()


def _ping(cluster: Cluster, expect: int, timeout: float = 30) -> list[str]:
    def answered():
        out = subprocess.run(
            [sys.executable, "-m", "avatargen.cli", "worker", "--ping"],
            env=cluster.env, capture_output=True, text=True, timeout=30,
        )  # fmt: skip
        names = out.stdout.split()
        return names if out.returncode == 0 and len(names) >= expect else None

    return cluster.wait(answered, timeout, f"{expect} worker(s) answering ping")


# The issue asks for 300 x 4; 60 x 4 keeps the file under a minute on 2 cores (the provider
# double, test-usage-images, takes at least 50 ms an image, like a network provider, so a
# chunk of 40 runs for about 2 s). AVATARGEN_TEST_CELERY_COUNT=300 runs the full size.
COUNT = int(os.environ.get("AVATARGEN_TEST_CELERY_COUNT", "60"))


def _held_by(cluster: Cluster, pid: int) -> dict[int, int]:
    """The chunks whose lease worker process ``pid`` holds: {chunk id: runs so far}."""
    with cluster.app.app_context():
        rows = db.session.execute(
            sa.select(TaskChunk.id, TaskChunk.runs).where(
                TaskChunk.lease_owner.like(f"%:{pid}:%"), TaskChunk.done_at.is_(None)
            )
        ).all()
        db.session.remove()
    return dict(rows)


def _holding(cluster: Cluster) -> tuple[str, dict[int, int]] | None:
    """A worker (name) holding a chunk's lease, and its chunks; None while none does."""
    for name, proc in cluster.workers.items():
        held = _held_by(cluster, proc.pid)
        if held:
            return name, held
    return None


def _ran_again(cluster: Cluster, held: dict[int, int]) -> bool:
    with cluster.app.app_context():
        rows = db.session.execute(
            sa.select(TaskChunk.id, TaskChunk.runs, TaskChunk.lease_owner, TaskChunk.done_at).where(
                TaskChunk.id.in_(list(held))
            )
        ).all()
        db.session.remove()
    return all(r.runs > held[r.id] or r.done_at is not None for r in rows)


def test_two_workers_one_killed_twice_task_is_exact(cluster_factory):
    """SIGKILL a worker mid-task (twice): the chunks it was running run again on another
    worker within 30 s (their leases stop being renewed; the lease sweep sends them again),
    long before the broker's visibility timeout (1 h) or the stall threshold (120 s here).
    The result is exact and the stored usage is what the provider doubles reported.

    A worker killed in the milliseconds between taking a message from Redis and leasing its
    chunk (``_reserve_chunk``) leaves that chunk unleased and queued nowhere (one CI run
    needed the stall recovery, most likely that way): the recovery loop's lost-message
    sweep sends it again (test_a_chunk_message_lost_before_its_lease_is_sent_again). The
    visibility timeout is 60 s here, below the stall threshold, as a second way back."""
    c = cluster_factory(
        AVATARGEN_CELERY_STALL_SECONDS="120",
        AVATARGEN_CELERY_RECOVER_INTERVAL="60",
        AVATARGEN_CELERY_VISIBILITY_TIMEOUT="60",
    )
    c.start("a")
    c.start("b")
    assert len(_ping(c, 2)) == 2
    task_pk, task_id = c.submit(
        COUNT, text_provider="test-usage", image_provider="test-usage-images"
    )
    kills = 0
    total = COUNT * IMAGES
    delays = []
    c.wait(lambda: c.progress(task_pk)[1] >= total // 8, 60, f"{total // 8} images")
    for _ in range(2):
        # The first kill: a worker holding a chunk once an eighth of the images is stored.
        # The second: right after the first kill's chunks run again, whichever worker holds
        # a chunk then (often one of those re-run chunks), so it still lands mid-task however
        # fast the rest went while the first kill's leases expired.
        name, held = c.wait(lambda: _holding(c), 10, "a worker holding a chunk")
        status, images, _ = c.progress(task_pk)
        assert status == "generating-images" and images < total, (status, images)
        c.kill(name)
        killed_at = time.monotonic()
        kills += 1
        c.start(name)
        c.wait(lambda h=held: _ran_again(c, h), 60, f"the chunks of killed worker {name}")
        delays.append(time.monotonic() - killed_at)
    print("seconds from SIGKILL to the killed chunks running again:", delays)
    assert all(d < 30 for d in delays), delays
    c.wait(lambda: c.progress(task_pk)[0] in ("completed", "failed"), 90 + COUNT, "completion")
    c.check_exact(task_pk, task_id, COUNT)
    assert kills == 2
    assert "recovery:" not in c.progress(task_pk)[2]  # no stall recovery was needed
    assert c.logs().count("lease expired, sent again") >= 2
    with c.app.app_context():
        usage = usage_totals(task_pk)
        db.session.remove()
    # Text: each call reports 100 + n prompt and 7n completion tokens for n positions asked;
    # at least one call per data chunk of 10 (more if offline drafts were re-asked for).
    # Images: one request per image made. A chunk killed mid-call stored nothing and
    # reported nothing, so the usage is what is stored, plus at most what a re-run made
    # again (2 threads x 2 kills). Lost usage rows would break these.
    text = usage["text"]
    assert text["requests"] >= -(-COUNT // 10) and text["images"] == 0
    assert text["prompt_tokens"] - 100 * text["requests"] == text["completion_tokens"] // 7
    assert text["completion_tokens"] >= 7 * COUNT
    assert total <= usage["image"]["images"] <= total + 4
    assert usage["image"]["requests"] == usage["image"]["images"]
    # Chunks write one trace row per call, from the worker processes: one per image stored
    # (at least), each naming its provider, position and outcome.
    with c.app.app_context():
        traced = db.session.execute(
            sa.select(TaskUsage.persona_index, TaskUsage.position).where(
                TaskUsage.task_pk == task_pk,
                TaskUsage.kind == "image",
                TaskUsage.outcome == "ok",
                TaskUsage.provider.is_not(None),
            )
        ).all()
        db.session.remove()
    assert {(i, p) for i, p in traced} == {
        (i, p) for i in range(COUNT) for p in range(1, IMAGES + 1)
    }
    assert usage["image"]["prompt_tokens"] == 3 * usage["image"]["images"]


def _steal_a_queued_image_chunk(timeout: float = 30) -> str:
    """Take one image chunk's message out of the broker's main queue, as a worker killed
    right after taking it (before ``_reserve_chunk`` leased its chunk) leaves it; its
    Celery task id."""
    client = redis.Redis.from_url(BROKER, socket_connect_timeout=2)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for raw in client.lrange("avatargen", 0, -1):
            headers = json.loads(raw)["headers"]
            if headers["task"].endswith("image_chunk") and client.lrem("avatargen", 1, raw):
                return headers["id"]
        time.sleep(0.02)
    pytest.fail("no image chunk message was ever queued")


def test_a_chunk_message_lost_before_its_lease_is_sent_again(cluster_factory):
    """The window the kill test can meet by chance, made on purpose: an image chunk's
    message is taken out of Redis as a dying worker would take it. The chunk is then held
    by nobody and queued nowhere; the recovery loop sends it again within seconds (a lease
    period after it was sent, then a second look), long before the stall recovery (300 s)
    or the visibility timeout (1 h), and the task completes exactly."""
    c = cluster_factory()
    c.start("a")
    assert len(_ping(c, 1)) == 1
    count = 20
    task_pk, task_id = c.submit(
        count, text_provider="test-usage", image_provider="test-usage-images"
    )
    stolen = _steal_a_queued_image_chunk()
    stolen_at = time.monotonic()
    assert re.match(r"^chunk-\d+-", stolen)  # chunk messages carry their chunk's id
    c.wait(lambda: c.progress(task_pk)[0] in ("completed", "failed"), 60, "completion")
    print("seconds from the lost message to completion:", time.monotonic() - stolen_at)
    c.check_exact(task_pk, task_id, count)
    assert "recovery:" not in c.progress(task_pk)[2]  # no stall recovery was needed
    assert c.logs().count("message lost, sent again") == 1


def test_cancel_stops_the_chunks(cluster_factory):
    c = cluster_factory()
    c.start("a")
    _ping(c, 1)
    task_pk, _ = c.submit(40)
    c.wait(lambda: c.progress(task_pk)[1] >= 8, 60, "the first images")
    with c.app.app_context():
        task_service.cancel_task(db.session.get(GenerationTask, task_pk))
        db.session.remove()
    cancelled_at = time.monotonic()
    _, images, _ = c.progress(task_pk)  # right after the cancel committed
    c.wait(lambda: not _leased_chunks(c, task_pk), 5, "every chunk to stop (5 s)")
    print("seconds from cancel to no chunk running:", time.monotonic() - cancelled_at)
    time.sleep(1.5)
    status, later, _ = c.progress(task_pk)
    assert status == "cancelled"
    assert later == images  # nothing is stored after the cancel is committed
    assert later < 40 * IMAGES
    with c.app.app_context():  # the partial set downloads, labelled as such
        out = io.BytesIO()
        export_task(db.session.get(GenerationTask, task_pk), "zip", out)
        db.session.remove()
    with zipfile.ZipFile(out) as zf:
        assert len([n for n in zf.namelist() if n.endswith(".png")]) == images
        card = zf.read("README.md").decode()
    assert "## Partial dataset" in card and "cancelled" in card

    # Retry re-dispatches; the chunks make only what is missing.
    with c.app.app_context():
        task_service.retry_task(db.session.get(GenerationTask, task_pk))
        db.session.remove()
    c.wait(lambda: c.progress(task_pk)[0] == "completed", 120, "the retried task")
    assert c.progress(task_pk)[1] == 40 * IMAGES
    with c.app.app_context():
        keys = db.session.execute(sa.select(PersonaImage.persona_id, PersonaImage.position)).all()
        assert len(keys) == len(set(keys)) == 40 * IMAGES
        db.session.remove()


def test_users_take_turns_a_later_small_task_is_not_stuck_behind_a_backlog(cluster_factory):
    """Fair dispatch (issue 9): user A queues 12 tasks of 3 x 4; once A's work is under way,
    user B queues one 1 x 4 task. One worker, 2 threads, at most 3 chunks in flight: B's
    chunks are sent at B's turn, behind at most the 3 chunks already in flight, so B's task
    completes before most of A's (in submission order, before this change, every A chunk
    queued before B's ran first: B completed after all 6 of 6 A tasks in the same test
    with 6). 256-pixel images keep it quick."""
    c = cluster_factory(AVATARGEN_CELERY_IN_FLIGHT="3", AVATARGEN_PORTRAIT_SIZE="256")
    c.start("a")
    _ping(c, 1)
    a_tasks = [c.submit(3, seed=i, email="a@example.com")[0] for i in range(12)]
    c.wait(lambda: c.progress(a_tasks[0])[1] >= 4, 60, "A's first images")
    b_task, _ = c.submit(1, seed=99, email="b@example.com")
    everything = [*a_tasks, b_task]
    c.wait(lambda: all(c.progress(pk)[0] == "completed" for pk in everything), 120, "all tasks")
    with c.app.app_context():
        done = dict(
            db.session.execute(
                sa.select(GenerationTask.id, GenerationTask.completed_at).where(
                    GenerationTask.id.in_(everything)
                )
            ).all()
        )
        # Celery image chunks record each stored file's size (the stored-bytes quota).
        sizes = dict(
            db.session.execute(
                sa.select(PersonaImage.storage_key, PersonaImage.size_bytes)
                .join(Persona, Persona.id == PersonaImage.persona_id)
                .where(Persona.task_pk == b_task)
            ).all()
        )
        db.session.remove()
    media = c.tmp / "media"
    assert len(sizes) == IMAGES
    assert all(size == (media / key).stat().st_size for key, size in sizes.items()), sizes
    a_before_b = sum(1 for pk in a_tasks if done[pk] < done[b_task])
    print(f"A's tasks completed before B's: {a_before_b} of {len(a_tasks)}")
    assert a_before_b < len(a_tasks) // 2, a_before_b


def _leased_chunks(cluster: Cluster, task_pk: int) -> int:
    with cluster.app.app_context():
        n = db.session.scalar(
            sa.select(sa.func.count(TaskChunk.id)).where(
                TaskChunk.task_pk == task_pk, TaskChunk.lease_owner.is_not(None)
            )
        )
        db.session.remove()
    return n


def test_cli_ping_without_workers_exits_1(tmp_path):
    _flush()
    env = {
        **os.environ,
        "AVATARGEN_QUEUE": "celery",
        "AVATARGEN_BROKER_URL": BROKER,
        "AVATARGEN_INSTANCE_PATH": str(tmp_path / "instance"),
        "AVATARGEN_SECRET_KEY": "test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}",
    }
    out = subprocess.run(
        [sys.executable, "-m", "avatargen.cli", "worker", "--ping"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert out.returncode == 1
    assert "No Celery worker answered" in out.stderr


def test_cli_celery_worker_needs_a_broker(app):
    app.config["BROKER_URL"] = ""
    from avatargen.cli import main

    result = app.test_cli_runner().invoke(main, ["worker", "--queue", "celery", "--ping"])
    assert result.exit_code == 2
    assert "AVATARGEN_BROKER_URL" in result.output


def test_lost_messages_are_resent_by_recover_in_process(app):
    """No worker: the start message is lost with a flushed broker; recover() re-sends it
    and (eager mode, chunks run inline) the task completes exactly, report included."""
    from avatargen.queue.celery_app import bind
    from avatargen.queue.celery_tasks import recover

    app.config.update(QUEUE="celery", BROKER_URL=BROKER)
    celery_app = bind(app)
    _flush()
    with app.app_context():
        task = task_service.submit_task(
            make_user(),
            {"persona_description": "beekeepers", "bio_language": "en",
             "number_to_generate": 12, "images_per_persona": IMAGES, "seed": 1},
        )  # fmt: skip
        task_pk, task_id = task.id, task.task_id
        assert task.status == "pending"
        _flush()  # the queued start message is gone
        time.sleep(0.05)
        assert recover(stall_seconds=60) == []  # not stalled yet
        celery_app.conf.task_always_eager = True
        try:
            assert recover(stall_seconds=0) == [(task_id, "re-sent start")]
        finally:
            celery_app.conf.task_always_eager = False
        db.session.expire_all()
        task = db.session.get(GenerationTask, task_pk)
        assert task.status == "completed", task.error_log
        assert (task.personas_done, task.images_done) == (12, 12 * IMAGES)
        assert task.report is not None
        assert recover(stall_seconds=0) == []  # nothing left to do


# Last in the file: it stops the shared Redis server for a moment.
REDIS_START = [
    "redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "-::1",
    "--port", str(REDIS_PORT), "--save", "", "--appendonly", "no",
    "--dir", "/var/lib/redis", "--logfile", "/var/log/redis/ci.log",
]  # fmt: skip


@pytest.mark.skipif(
    os.environ.get("AVATARGEN_TEST_REDIS_RESTART") != "1" or shutil.which("redis-server") is None,
    reason="restarts the shared Redis server: set AVATARGEN_TEST_REDIS_RESTART=1 (and run last)",
)
def test_redis_restart_mid_task_recovery_resends(cluster_factory):
    """Queued messages die with Redis (no persistence); recovery re-sends from the rows."""
    c = cluster_factory(
        AVATARGEN_CELERY_VISIBILITY_TIMEOUT="30",
        AVATARGEN_CELERY_STALL_SECONDS="3",
        AVATARGEN_CELERY_RECOVER_INTERVAL="1",
    )
    c.start("a")
    c.start("b")
    _ping(c, 2)
    count = 40
    task_pk, task_id = c.submit(count)
    c.wait(lambda: c.progress(task_pk)[1] >= 20, 60, "the first images")
    subprocess.run(["redis-cli", "-p", str(REDIS_PORT), "shutdown", "nosave"], timeout=10)
    try:
        time.sleep(0.5)
    finally:
        subprocess.run(REDIS_START, check=True, timeout=10)
        c.wait(
            lambda: _redis_up(), 10, "redis to come back"
        )  # other engineers' tests share it: keep the gap short
    c.wait(lambda: c.progress(task_pk)[0] in ("completed", "failed"), 90, "completion")
    c.check_exact(task_pk, task_id, count)
    assert "recovery:" in c.progress(task_pk)[2]


def _redis_up() -> bool:
    try:
        return bool(redis.Redis.from_url(BROKER, socket_connect_timeout=1).ping())
    except Exception:
        return False
