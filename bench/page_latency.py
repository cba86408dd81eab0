"""Latency of the web pages on a PostgreSQL database holding 1,000 tasks and 100,000 personas.

Creates a throwaway database (dropped at the end), builds the schema with the project's
Alembic migrations, bulk-loads rows with COPY, signs in with the Flask test client and
times N requests of each page, printing p50/p95/max in milliseconds (target: p95 < 100 ms).

Data: one user owns every task. One task is the largest a task can be (10,000 personas,
so the gallery has 209 pages); the other 999 share the remaining 90,000 personas. Every
persona has 4 image rows. Tasks are spread over the last 60 days, so the dashboard's
7-day chart covers a realistic slice. No image files are written: pages only link images.

Usage: python bench/page_latency.py [--requests 200] [--personas 100000] [--tasks 1000]
Environment: DATABASE_URL names the server (its maintenance database, default
postgresql://postgres@127.0.0.1:5432/postgres); the bench database is created beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
BIG_TASK = 10_000
IMAGES_PER_PERSONA = 4
PASSWORD = "bench password 123"  # noqa: S105  (a throwaway account)


def plain_url(url: str) -> str:
    return re.sub(r"^postgres(ql)?(\+psycopg)?://", "postgresql://", url)


def create_database(admin_url: str) -> tuple[str, str]:
    name = f"avatargen_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name, admin_url.rsplit("/", 1)[0] + "/" + name


def drop_database(admin_url: str, name: str) -> None:
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def load_rows(url: str, user_id: int, n_tasks: int, n_personas: int) -> dict:
    """COPY tasks, personas and image rows; return ids the timed requests use."""
    rng = random.Random(1)
    now = datetime.now(UTC).replace(tzinfo=None)
    sizes = [BIG_TASK] + [0] * (n_tasks - 1)
    rest = n_personas - BIG_TASK
    for i in range(1, n_tasks):
        sizes[i] = rest // (n_tasks - 1) + (1 if i <= rest % (n_tasks - 1) else 0)
    report = json.dumps(
        {
            "personas": BIG_TASK,
            "personas_requested": BIG_TASK,
            "names": {"unique": BIG_TASK, "duplicates": 0},
            "bios": {
                p: {
                    "limit": lim,
                    "max_length": lim - 3,
                    "within_limit_share": 1.0,
                    "near_duplicate_share": 0.0,
                }
                for p, lim in (("facebook", 101), ("instagram", 150), ("x", 160), ("tiktok", 80))
            },
            "constraints": {"age": {"min": 18, "max": 80}, "gender": {}, "countries": {}},
            "language": {"requested": "en", "about_share": 1.0},
            "description": {"understood": {}, "not_understood": []},
        }
    )
    tasks = []
    for i, size in enumerate(sizes):
        created = now - timedelta(days=60) + timedelta(minutes=i * 60 * 24 * 60 / n_tasks)
        status = "completed" if i % 20 else "failed"
        tasks.append((i, size, created, status))
    with psycopg.connect(url) as conn:
        with conn.cursor().copy(
            "COPY generation_tasks (task_id, user_id, persona_description, bio_language,"
            " number_to_generate, images_per_persona, status, created_at, updated_at,"
            " completed_at, seed, text_provider, image_provider, personas_done, images_done,"
            " started_at, report) FROM STDIN"
        ) as copy:
            for i, size, created, status in tasks:
                copy.write_row(
                    (
                        f"b{i:07d}",
                        user_id,
                        f"bench task {i}: nurses and teachers in Manila who hike " * 2,
                        "en",
                        size,
                        IMAGES_PER_PERSONA,
                        status,
                        created,
                        created + timedelta(seconds=size * 0.05 + 60),
                        created + timedelta(seconds=size * 0.05 + 60),
                        i,
                        "offline",
                        "offline",
                        size,
                        size * IMAGES_PER_PERSONA,
                        created,
                        report if status == "completed" else None,
                    )
                )
        pks = dict(conn.execute("SELECT task_id, id FROM generation_tasks").fetchall())
        big_pk = pks["b0000000"]
        persona_ids = []
        written: list[tuple[str, str, datetime]] = []
        with conn.cursor().copy(
            "COPY personas (id, task_pk, persona_index, first_name, last_name, gender, age,"
            " country, city, region, occupation, workplace, education, interests, personality,"
            " appearance, about, language, bio_facebook, bio_instagram, bio_x, bio_tiktok,"
            " created_at) FROM STDIN"
        ) as copy:
            appearance = json.dumps(
                {"hair": "short black", "eyes": "brown", "skin_tone": "medium", "build": "average",
                 "style": "casual"}
            )  # fmt: skip
            education = json.dumps({"institution": "University of Manila", "field": "Nursing"})
            for i, size, created, _status in tasks:
                pk = pks[f"b{i:07d}"]
                for idx in range(size):
                    pid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                    if pk == big_pk and idx in (0, BIG_TASK // 2):
                        persona_ids.append(pid)
                    written.append((pid, f"b{i:07d}", created))
                    copy.write_row(
                        (
                            pid, pk, idx, f"Name{idx}", f"Family{i}",
                            ("female", "male", "nonbinary")[idx % 3], 18 + idx % 60, "PH",
                            "Manila", "Metro Manila", "Nurse", "Manila General Hospital",
                            education, '["hiking", "reading"]', '["calm", "curious"]',
                            appearance, "I am a nurse in Manila who hikes on weekends. " * 4,
                            "en", "Nurse in Manila. Weekend hiker.", "Nurse · hiker",
                            "Nurse by day, hiker by weekend.", "Nurse and hiker",
                            created + timedelta(seconds=idx * 0.05),
                        )
                    )  # fmt: skip
        with conn.cursor().copy(
            "COPY persona_images (persona_id, position, storage_key, width, height, sha256,"
            " provider, is_base, created_at) FROM STDIN"
        ) as copy:
            for pid, task_id, created in written:
                for pos in range(1, IMAGES_PER_PERSONA + 1):
                    copy.write_row(
                        (pid, pos, f"{task_id}/{pid}/{pos}.png", 512, 512, "0" * 64, "offline",
                         pos == 1, created)
                    )  # fmt: skip
        conn.execute("ANALYZE")
        conn.commit()
    return {"big_task": "b0000000", "small_task": "b0000001", "persona_ids": persona_ids}


def time_requests(client, path: str, n: int) -> list[float]:
    first = client.get(path)  # warm-up, not timed
    if first.status_code != 200:
        raise SystemExit(f"GET {path} answered {first.status_code}")
    first.close()
    samples = []
    for _ in range(n):
        t0 = time.perf_counter()
        resp = client.get(path)
        resp.get_data()
        samples.append((time.perf_counter() - t0) * 1000)
        resp.close()
        assert resp.status_code == 200, (path, resp.status_code)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--personas", type=int, default=100_000)
    parser.add_argument("--tasks", type=int, default=1_000)
    parser.add_argument("--keep", action="store_true", help="do not drop the database")
    args = parser.parse_args()

    admin_url = plain_url(os.environ.get("DATABASE_URL") or DEFAULT_URL)
    name, url = create_database(admin_url)
    print(f"database {name}")
    tmp = tempfile.mkdtemp(prefix="avatargen-bench-")
    os.environ["AVATARGEN_INSTANCE_PATH"] = tmp
    try:
        from flask_migrate import upgrade

        from avatargen import create_app
        from avatargen.app import MIGRATIONS_DIR
        from avatargen.extensions import db
        from avatargen.models import User

        app = create_app(
            {
                "SQLALCHEMY_DATABASE_URI": url.replace("postgresql://", "postgresql+psycopg://"),
                "SECRET_KEY": "bench",
                "BCRYPT_ROUNDS": 4,
                "STORAGE_URL": os.path.join(tmp, "media"),
                "RATELIMIT_ENABLED": False,
            }
        )
        with app.app_context():
            upgrade(directory=MIGRATIONS_DIR)
            user = User(email="bench@example.com")
            user.set_password(PASSWORD)
            db.session.add(user)
            db.session.commit()
            user_id = user.id
        t0 = time.perf_counter()
        ids = load_rows(url, user_id, args.tasks, args.personas)
        print(
            f"loaded {args.tasks:,} tasks, {args.personas:,} personas and "
            f"{args.personas * IMAGES_PER_PERSONA:,} image rows in {time.perf_counter() - t0:.1f} s"
        )

        client = app.test_client()
        page = client.get("/auth/login").get_data(as_text=True)
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
        resp = client.post(
            "/auth/login",
            data={"email": "bench@example.com", "password": PASSWORD, "csrf_token": token},
        )
        assert resp.status_code == 302, resp.status_code

        big, small = ids["big_task"], ids["small_task"]
        deep = BIG_TASK // 48 + 1
        pages = [
            ("history, page 1", "/history"),
            ("history, page 20 (last)", f"/history?page={args.tasks // 50}"),
            ("history, filter failed", "/history?status=failed"),
            ("task page + gallery p.1, 10k task", f"/tasks/{big}"),
            (f"task page + gallery p.{deep} (last)", f"/tasks/{big}?page={deep}"),
            ("task page, 90-persona task", f"/tasks/{small}"),
            ("task progress JSON", f"/tasks/{big}/progress"),
            ("persona page", f"/personas/{ids['persona_ids'][1]}"),
            ("dashboard", "/"),
        ]
        print(f"\n{args.requests} requests each (Flask test client, signed in), milliseconds:")
        print(f"{'page':40} {'p50':>7} {'p95':>7} {'max':>7}")
        worst = 0.0
        for label, path in pages:
            samples = time_requests(client, path, args.requests)
            q = statistics.quantiles(samples, n=100)
            p50, p95 = q[49], q[94]
            worst = max(worst, p95)
            print(f"{label:40} {p50:7.1f} {p95:7.1f} {max(samples):7.1f}")
        verdict = "OK" if worst < 100 else "OVER"
        print(f"\nworst p95 {worst:.1f} ms (target < 100 ms): {verdict}")
        with app.app_context():
            db.session.remove()
            db.engine.dispose()
        return 0 if worst < 100 else 1
    finally:
        if not args.keep:
            drop_database(admin_url, name)


if __name__ == "__main__":
    sys.exit(main())
