"""Offline provider throughput and data-stage memory, measured side by side in one run.

Prints, pinned to one core:
  * offline persona records per second (full record with four bios) against Faker
    ``profile()`` per second, and their ratio (target >= 10x, not met: see the README);
  * offline images per second at 512 px, PNG-encoded, with provenance (target >= 25/s);
  * peak memory (max RSS) of a data-only task of 10,000 personas against one of 1,000,
    each run through the real pipeline data stage into a fresh SQLite database in its own
    process (targets: < 300 MB, and no more than 10% above the 1,000-persona run).

Usage: python bench/offline_throughput.py [--records 2000] [--images 100]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time


def pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def bench_records(n: int) -> tuple[float, float]:
    from faker import Faker

    from avatargen.providers.base import TextBatchRequest
    from avatargen.providers.registry import get_text_provider

    provider = get_text_provider("offline")
    request = TextBatchRequest(description="people who like music", language="en", count=n, seed=1)
    provider.generate_batch(TextBatchRequest(description="x", language="en", count=10, seed=0))
    t0 = time.perf_counter()
    result = provider.generate_batch(request)
    ours = len(result.drafts) / (time.perf_counter() - t0)

    fake = Faker("en_US")
    Faker.seed(1)
    fake.profile()
    t0 = time.perf_counter()
    for _ in range(n):
        fake.profile()
    faker = n / (time.perf_counter() - t0)
    return ours, faker


def bench_images(n: int) -> float:
    from avatargen import provenance
    from avatargen.providers.base import Appearance, ImageSubject
    from avatargen.providers.registry import get_image_provider

    provider = get_image_provider("offline")
    subjects = [
        ImageSubject(
            persona_id=f"p{i}",
            task_id="bench",
            index=i,
            gender="female",
            age=30 + i % 40,
            appearance=Appearance(
                hair="long wavy black",
                eyes="brown",
                skin_tone="medium brown",
                build="average",
                style="casual",
            ),
            seed=1,
        )
        for i in range(max(1, n // 4))
    ]
    provider.base_portrait(subjects[0], 512)  # warm-up (caches, imports)
    t0 = time.perf_counter()
    made = 0
    for s in subjects:
        base = provider.base_portrait(s, 512)
        images = [base] + [provider.variant(s, base, pos, 512) for pos in (2, 3, 4)]
        for pos, img in enumerate(images, 1):
            provenance.embed(
                img.data,
                source_type=provider.digital_source_type,
                task_id="bench",
                persona_id=s.persona_id,
                position=pos,
                provider=provider.id,
            )
            made += 1
    return made / (time.perf_counter() - t0)


def data_task(count: int) -> None:
    """Child process: run the data stage of one ``count``-persona task; print max RSS."""
    from avatargen import create_app
    from avatargen.extensions import db
    from avatargen.models import TaskStatus, User
    from avatargen.pipeline.context import RunContext
    from avatargen.pipeline.data_stage import run_data_stage
    from avatargen.providers.registry import get_text_provider
    from avatargen.services.tasks import submit_task

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["AVATARGEN_INSTANCE_PATH"] = tmp
        app = create_app(
            {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp}/bench.db", "SECRET_KEY": "bench"}
        )
        with app.app_context():
            db.create_all()
            user = User(email="bench@example.com", password_hash="!unusable")  # noqa: S106
            db.session.add(user)
            db.session.commit()
            task = submit_task(
                user,
                {
                    "persona_description": "nurses who hike",
                    "bio_language": "en",
                    "number_to_generate": count,
                    "images_per_persona": 4,
                    "seed": 1,
                },
            )
            from avatargen.models.task_state import transition

            transition(task.id, TaskStatus.PENDING, TaskStatus.GENERATING_DATA)
            t0 = time.perf_counter()
            run_data_stage(RunContext(task=task, batch_size=100), get_text_provider("offline"))
            elapsed = time.perf_counter() - t0
            assert task.personas_done == count, task.personas_done
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"count": count, "max_rss_mb": rss_mb, "seconds": elapsed}))


def measure_task(count: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--data-task", str(count)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--images", type=int, default=100)
    parser.add_argument("--data-task", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    pin_one_core()
    if args.data_task:
        data_task(args.data_task)
        return
    ours, faker = bench_records(args.records)
    print(f"records/s offline (full record, 4 bios): {ours:,.0f}")
    print(f"records/s Faker profile():               {faker:,.0f}")
    print(f"ratio offline / Faker profile():         {ours / faker:.2f}x  (target >= 10x)")
    ips = bench_images(args.images)
    print(f"images/s at 512 px on one core:          {ips:.1f}  (target >= 25)")
    small, large = measure_task(1_000), measure_task(10_000)
    ratio = large["max_rss_mb"] / small["max_rss_mb"]
    print(
        f"data-only task 1,000 personas:  max RSS {small['max_rss_mb']:.0f} MB "
        f"({1000 / small['seconds']:,.0f} personas/s through the pipeline)"
    )
    print(
        f"data-only task 10,000 personas: max RSS {large['max_rss_mb']:.0f} MB "
        f"({10000 / large['seconds']:,.0f} personas/s through the pipeline)"
    )
    print(f"memory ratio 10,000 / 1,000:    {ratio:.3f}  (target <= 1.10, and < 300 MB)")


if __name__ == "__main__":
    main()
