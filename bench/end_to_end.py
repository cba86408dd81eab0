"""End to end with the offline providers: images/s, the 1 -> N process scale-out, flat memory.

Every run is the real command line in its own process, on a fresh SQLite database (or
PostgreSQL with ``--pg``), instance folder and storage folder:
``avatargen db upgrade`` then ``avatargen generate --count P --images-per-persona K
--workers W --out <folder>``. The bench times the pipeline (the task's ``started_at`` to
``completed_at``, i.e. without the export) and the whole command, checks that every image
row exists, and samples the resident memory of the command's process tree every 0.2 s
(the writer process alone, and the writer plus its pool processes).

Printed side by side in one run:
  * images/s with ``--workers 1`` and with ``--workers N`` (default: every CPU), and their
    ratio: the scale-out (target >= 1.8x for 1 -> 2);
  * with ``--memory P2``: peak RSS of a P2 x K run against the P x K run at the same
    workers (target: the bigger run within 1.2x);
  * with ``--baseline PATH`` (another checkout, e.g. ``git archive <commit>`` unpacked): the
    same P x K run with that code, before/after in one run.
  * the projection of 10,000 x 8 from the measured rate, or the real thing with
    ``--personas 10000 --images 8`` (target: at most 15 minutes, >= 90 images/s).

Usage: python bench/end_to_end.py [--personas 1000] [--images 4] [--workers 2]
                                  [--memory 10000] [--baseline PATH] [--pg] [--skip-one]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PG_ADMIN = (
    os.environ.get("AVATARGEN_TEST_PG_URL", "").strip()
    or "postgresql://postgres@127.0.0.1:5432/postgres"
).replace("postgresql+psycopg://", "postgresql://")


def _tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class MemorySampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.main_peak = 0.0
        self.tree_peak = 0.0
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            self.main_peak = max(self.main_peak, _rss_mb(self.pid))
            self.tree_peak = max(self.tree_peak, sum(_rss_mb(p) for p in _tree(self.pid)))
            self._halt.wait(0.2)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def _pg_database() -> tuple[str, str]:
    import psycopg

    name = f"bench_e2e_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name, PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"


def _pg_drop(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _task_times(url: str) -> tuple[float, int, str]:
    query = (
        "SELECT t.started_at, t.completed_at, t.status,"
        " (SELECT count(*) FROM persona_images i JOIN personas p ON p.id = i.persona_id"
        "  WHERE p.task_pk = t.id) FROM generation_tasks t ORDER BY t.id DESC LIMIT 1"
    )
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
            started, completed, status, images = conn.execute(query).fetchone()
        started, completed = (datetime.fromisoformat(str(v)) for v in (started, completed))
    else:
        import psycopg

        with psycopg.connect(url) as conn:
            started, completed, status, images = conn.execute(query).fetchone()
    return (completed - started).total_seconds(), images, status


def run_generate(code: Path, personas: int, images: int, workers: int, pg: bool) -> dict:
    """One ``avatargen generate`` run in its own process with the code at ``code``."""
    with tempfile.TemporaryDirectory(prefix="bench-e2e-") as tmp:
        pg_name = None
        if pg:
            pg_name, url = _pg_database()
        else:
            url = f"sqlite:///{tmp}/bench.db"
        env = {
            **os.environ,
            "PYTHONPATH": str(code),
            "DATABASE_URL": url,
            "AVATARGEN_INSTANCE_PATH": f"{tmp}/instance",
            "AVATARGEN_STORAGE_URL": f"{tmp}/media",
            "AVATARGEN_SECRET_KEY": "bench",
            "AVATARGEN_WORKERS": str(workers),
        }
        cli = [sys.executable, "-m", "avatargen.cli"]
        try:
            subprocess.run([*cli, "db", "upgrade"], env=env, check=True, capture_output=True)
            args = [
                *cli, "generate", "--description", "nurses in Manila aged 25-60 who hike",
                "--count", str(personas), "--images-per-persona", str(images),
                "--language", "en", "--seed", "7", "--out", f"{tmp}/out",
            ]  # fmt: skip
            if (
                "--workers"
                in subprocess.run(
                    [*cli, "generate", "--help"], env=env, capture_output=True, text=True
                ).stdout
            ):
                args += ["--workers", str(workers)]
            t0 = time.perf_counter()
            proc = subprocess.Popen(
                args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
            sampler = MemorySampler(proc.pid)
            sampler.start()
            out, err = proc.communicate()
            wall = time.perf_counter() - t0
            sampler.stop()
            if proc.returncode != 0:
                raise SystemExit(f"generate failed ({proc.returncode}):\n{out}\n{err[-2000:]}")
            pipeline, stored, status = _task_times(url)
        finally:
            if pg_name:
                _pg_drop(pg_name)
    assert status == "completed" and stored == personas * images, (status, stored)
    return {
        "pipeline_s": pipeline,
        "wall_s": wall,
        "images_per_s": stored / pipeline,
        "main_rss_mb": sampler.main_peak,
        "tree_rss_mb": sampler.tree_peak,
    }


def show(label: str, r: dict) -> None:
    print(
        f"  {label:<34} pipeline {r['pipeline_s']:7.1f} s  whole command {r['wall_s']:7.1f} s"
        f"  {r['images_per_s']:6.1f} images/s  peak RSS writer {r['main_rss_mb']:5.0f} MB,"
        f" with pool {r['tree_rss_mb']:5.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--personas", type=int, default=1000)
    parser.add_argument("--images", type=int, default=4)
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--memory", type=int, default=0, help="also run this many personas")
    parser.add_argument("--baseline", type=Path, help="another checkout to run side by side")
    parser.add_argument("--pg", action="store_true", help="PostgreSQL instead of SQLite")
    parser.add_argument("--skip-one", action="store_true", help="no --workers 1 run")
    args = parser.parse_args()
    p, k, n = args.personas, args.images, args.workers
    db = "PostgreSQL" if args.pg else "SQLite"
    print(f"end to end, offline providers, {p:,} x {k}, {db}, {os.cpu_count()} CPUs")
    results = {}
    if args.baseline:
        results["base"] = run_generate(args.baseline, p, k, n, args.pg)
        show(f"baseline ({args.baseline.name})", results["base"])
    if not args.skip_one:
        results[1] = run_generate(ROOT, p, k, 1, args.pg)
        show("--workers 1", results[1])
    results[n] = run_generate(ROOT, p, k, n, args.pg)
    show(f"--workers {n}", results[n])
    best = results[n]
    if 1 in results and n != 1:
        ratio = best["images_per_s"] / results[1]["images_per_s"]
        print(f"scale-out 1 -> {n} processes: {ratio:.2f}x  (target >= 1.8x for 1 -> 2)")
    if "base" in results:
        ratio = best["images_per_s"] / results["base"]["images_per_s"]
        print(f"this code / baseline, --workers {n}: {ratio:.2f}x images/s")
    total = 10_000 * 8
    minutes = total / best["images_per_s"] / 60
    kind = "measured" if (p, k) == (10_000, 8) else "projected from this rate"
    print(
        f"10,000 x 8 ({kind}): {minutes:.1f} min at {best['images_per_s']:.1f} images/s"
        "  (target <= 15 min, >= 90 images/s)"
    )
    if args.memory:
        big = run_generate(ROOT, args.memory, k, n, args.pg)
        show(f"{args.memory:,} x {k}, --workers {n}", big)
        writer = big["main_rss_mb"] / best["main_rss_mb"]
        tree = big["tree_rss_mb"] / best["tree_rss_mb"]
        print(
            f"peak RSS {args.memory:,} / {p:,}: writer {writer:.2f}x, with pool {tree:.2f}x"
            "  (target <= 1.2x)"
        )


if __name__ == "__main__":
    main()
