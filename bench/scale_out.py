"""Scale-out of distributed mode: one Celery worker process vs two on the same machine.

The text provider is ``openai`` against the loopback double (tests/doubles/openai_server.py,
in its own process) answering after 250 ms, so the work is I/O bound. Each worker process
has its own provider limit (``AVATARGEN_LIMITS_URL=local``, ``AVATARGEN_LLM_CONCURRENCY``
8, batch size 1): one process can have at most 8 requests in flight, 32 personas/s; a
second process brings its own 8. The bench runs the same task with 1 and then 2 workers
(real PostgreSQL throwaway database, real Redis DB 12), measures personas/s of the data
stage (from submit until every persona is stored), checks each persona is stored exactly
once, and prints the ratio (target >= 1.8). The image stage is cancelled: it is not measured.

Usage: python bench/scale_out.py [--personas 400] [--latency 0.25] [--concurrency 8]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

KEY = "sk-bench-0123456789abcdef"
PG_ADMIN = (
    os.environ.get("AVATARGEN_TEST_PG_URL", "").strip()
    or "postgresql://postgres@127.0.0.1:5432/postgres"
).replace("postgresql+psycopg://", "postgresql://")
BROKER = os.environ.get("AVATARGEN_BENCH_BROKER_URL", "redis://127.0.0.1:6379/12")


def _serve(latency: float, conn) -> None:
    from tests.doubles.openai_server import OpenAIDouble

    double = OpenAIDouble(latency=latency, api_key=KEY)
    double.start()
    conn.send(double.url)
    conn.recv()
    double.stop()


def _flush() -> None:
    import redis

    redis.Redis.from_url(BROKER).flushdb()


def _workers(n: int, env: dict, tmp: str, label: str) -> list[subprocess.Popen]:
    procs = []
    for i in range(n):
        with open(Path(tmp) / f"{label}-worker{i}.log", "ab") as log:
            procs.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "avatargen.cli",
                        "worker",
                        "--queue",
                        "celery",
                        "--threads",
                        "2",
                    ],
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    cwd=ROOT,
                )  # fmt: skip
            )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        out = subprocess.run(
            [sys.executable, "-m", "avatargen.cli", "worker", "--ping"],
            env=env, capture_output=True, text=True, cwd=ROOT,
        )  # fmt: skip
        if out.returncode == 0 and len(out.stdout.split()) >= n:
            return procs
        time.sleep(0.5)
    raise SystemExit(f"{n} worker(s) did not answer ping; see the logs in {tmp}")


def _stop(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.wait(20)
        except subprocess.TimeoutExpired:
            p.kill()


def run(n_workers: int, args, app, env: dict, tmp: str) -> dict:
    import sqlalchemy as sa

    from avatargen.extensions import db
    from avatargen.models import GenerationTask, Persona, User
    from avatargen.services import tasks as svc

    _flush()
    procs = _workers(n_workers, env, tmp, f"w{n_workers}")
    try:
        with app.app_context():
            user = db.session.scalar(sa.select(User))
            t0 = time.perf_counter()
            task = svc.submit_task(
                user,
                {
                    "persona_description": "nurses in Manila who hike",
                    "bio_language": "en",
                    "number_to_generate": args.personas,
                    "images_per_persona": 4,
                    "seed": 3,
                    "text_provider": "openai",
                },
            )
            task_pk = task.id
            db.session.commit()
            deadline = time.monotonic() + 600
            while True:
                status = db.session.scalar(
                    sa.select(GenerationTask.status).where(GenerationTask.id == task_pk)
                )
                db.session.commit()
                if status not in ("pending", "generating-data"):
                    break
                if time.monotonic() > deadline:
                    raise SystemExit("the data stage did not finish in 600 s")
                time.sleep(0.02)
            elapsed = time.perf_counter() - t0
            task = db.session.get(GenerationTask, task_pk)
            if task.status == "generating-images":
                svc.cancel_task(task)  # the image stage is not what we measure
            indices = list(
                db.session.scalars(
                    sa.select(Persona.persona_index).where(Persona.task_pk == task_pk)
                )
            )
            db.session.remove()
    finally:
        _stop(procs)
    return {
        "workers": n_workers,
        "seconds": elapsed,
        "rate": args.personas / elapsed,
        "exact": sorted(indices) == list(range(args.personas)),
        "status": status,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--personas", type=int, default=400)
    parser.add_argument("--latency", type=float, default=0.25)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()

    import psycopg
    from flask_migrate import upgrade

    from avatargen import create_app
    from avatargen.config import normalize_database_url
    from avatargen.extensions import db
    from avatargen.models import User

    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    double = ctx.Process(target=_serve, args=(args.latency, child), daemon=True)
    double.start()
    url = parent.recv()
    name = f"avatargen_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    db_url = normalize_database_url(f"{PG_ADMIN.rsplit('/', 1)[0]}/{name}")
    results = []
    try:
        with tempfile.TemporaryDirectory(prefix="avatargen-scale-") as tmp:
            env = {
                "DATABASE_URL": db_url,
                "AVATARGEN_QUEUE": "celery",
                "AVATARGEN_BROKER_URL": BROKER,
                "AVATARGEN_STORAGE_URL": f"{tmp}/media",
                "AVATARGEN_INSTANCE_PATH": f"{tmp}/instance",
                "AVATARGEN_SECRET_KEY": "bench",
                "AVATARGEN_LIMITS_URL": "local",
                "AVATARGEN_LLM_BASE_URL": url + "/v1",
                "AVATARGEN_LLM_API_KEY": KEY,
                "AVATARGEN_LLM_CONCURRENCY": str(args.concurrency),
                "AVATARGEN_LLM_BATCH_SIZE": "1",
                "AVATARGEN_CELERY_CHUNK_SIZE": "25",
            }
            os.environ.update(env)
            worker_env = {**os.environ, **env}
            app = create_app({"BCRYPT_ROUNDS": 4})
            with app.app_context():
                upgrade()
                user = User(email="bench@example.com")
                user.set_password("bench password")
                db.session.add(user)
                db.session.commit()
                db.session.remove()
            for n in (1, 2):
                results.append(run(n, args, app, worker_env, tmp))
            with app.app_context():
                db.engine.dispose()
    finally:
        parent.send("stop")
        double.join(5)
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        _flush()
    limit = args.concurrency / args.latency
    print(
        f"{args.personas} personas, text double latency {args.latency:g} s, per-process limit"
        f" {args.concurrency} in flight ({limit:g} personas/s per worker process)"
    )
    for r in results:
        print(
            f"  {r['workers']} worker process(es): {r['seconds']:.2f} s, {r['rate']:.1f} personas/s"
            f"  [{'ok' if r['exact'] else 'FAIL'}: every persona stored exactly once]"
        )
    ratio = results[1]["rate"] / results[0]["rate"]
    ok = ratio >= 1.8 and all(r["exact"] for r in results)
    print(f"  ratio 2 workers / 1 worker: {ratio:.2f} (target >= 1.80)")
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
