"""Throughput of the ``openai`` text provider against its limit, with and without 429s.

A loopback double of the chat completions API (tests/doubles/openai_server.py, run in
its own process so it does not share the GIL with the client) answers every request
after 250 ms. The provider's concurrency limit is 16, so the most any client can get is
16 / 0.25 s = 64 requests per second. Two scenarios run side by side:

* no faults (target: >= 0.95 of the limit),
* 10% of requests answered 429 with ``Retry-After: 0.1`` (target: >= 0.85).

Each scenario measures (1) the provider alone: 2,500 personas in requests of 5 (the
default batch size), kept 16 in flight with ``run_bounded``, and (2) a real 2,500-persona
data task through the pipeline's data stage (Flask app + SQLite temp database), then
checks every persona is stored exactly once and the double never saw more than 16
requests in flight. The ratio is successful requests per second over the limit.

Usage: python bench/provider_throughput.py [--personas 2500] [--batch-size 5]
                                           [--latency 0.25] [--concurrency 16]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

KEY = "sk-bench-0123456789abcdef"


def _serve(latency: float, rate: float, conn) -> None:
    """Child process: run the double until told to stop."""
    from tests.doubles import rate_limited
    from tests.doubles.openai_server import OpenAIDouble

    double = OpenAIDouble(latency=latency, api_key=KEY)
    if rate:
        # A 429 is answered at once (no model latency), as real rate limiters do.
        double.fault_rate(rate, rate_limited("0.1"), seed=1)
    double.start()
    conn.send(double.url)
    conn.recv()  # stop
    double.stop()


class Double:
    def __init__(self, latency: float, rate: float) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.parent, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(latency, rate, child), daemon=True)
        self.process.start()
        self.url = self.parent.recv()

    def stats(self) -> dict:
        with urllib.request.urlopen(self.url + "/_double/stats", timeout=5) as resp:  # noqa: S310
            return json.loads(resp.read())

    def stop(self) -> None:
        self.parent.send("stop")
        self.process.join(5)


def provider_only(provider, n: int, batch: int) -> float:
    from avatargen.pipeline.parallel import run_bounded
    from avatargen.providers.base import TextBatchRequest

    jobs = [
        TextBatchRequest(
            description="nurses in Manila", language="en", count=min(batch, n - i), start_index=i
        )
        for i in range(0, n, batch)
    ]
    t0 = time.perf_counter()
    outcomes = list(run_bounded(jobs, provider.generate_batch, provider.concurrency))
    elapsed = time.perf_counter() - t0
    bad = [o for o in outcomes if o.error or o.value.failures]
    if bad:
        print(f"    provider only: {len(bad)} request(s) failed")
    return elapsed


class MainThreadClock:
    """Sums the time the pipeline's calling thread spends storing results and checking
    the task between provider calls (wraps the functions for the bench; no code change)."""

    def __init__(self) -> None:
        from avatargen.pipeline import context, data_stage

        self.seconds = 0.0
        self.calls = 0
        self.by_name: dict[str, float] = {}
        self._patched = []
        for owner, name in (
            (data_stage, "_accept"),
            (data_stage.PersonaWriter, "flush"),
            (context.RunContext, "checkpoint"),
        ):
            original = getattr(owner, name)
            setattr(owner, name, self._wrap(original, name))
            self._patched.append((owner, name, original))

    def _wrap(self, fn, name: str):
        def timed(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent = time.perf_counter() - t0
                self.seconds += spent
                self.calls += 1
                self.by_name[name] = self.by_name.get(name, 0.0) + spent

        return timed

    def restore(self) -> None:
        for owner, name, original in self._patched:
            setattr(owner, name, original)


def oversubscribed(provider, extra: int):
    """The same provider, but telling the pipeline to keep ``extra`` more calls going
    (the limiter still allows only the configured number of HTTP requests at once)."""
    from avatargen.providers.base import TextProvider

    class Wrapper(TextProvider):
        id = provider.id

        @property
        def concurrency(self) -> int:
            return provider.concurrency

        @property
        def threads(self) -> int:
            return provider.threads + extra

        def generate_batch(self, request):
            return provider.generate_batch(request)

    return Wrapper()


def pipeline_task(n: int, tmp: str, extra: int = 0) -> tuple[float, dict]:
    """Run the data stage of an n-persona task; return (seconds, checks)."""
    import sqlalchemy as sa

    from avatargen import create_app
    from avatargen.extensions import db
    from avatargen.models import GenerationTask, Persona, TaskStatus, User
    from avatargen.models.task_events import EventKind, count_events
    from avatargen.pipeline.context import RunContext
    from avatargen.pipeline.data_stage import run_data_stage
    from avatargen.providers.registry import get_text_provider

    app = create_app(
        {
            "TESTING": True,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp}/bench.db",
            "SECRET_KEY": "bench",
            "STORAGE_URL": f"{tmp}/media",
            "RATELIMIT_STORAGE_URI": "memory://",
        }
    )
    with app.app_context():
        db.create_all()
        user = User(email="bench@example.com")
        user.set_password("bench password")
        db.session.add(user)
        db.session.commit()
        task = GenerationTask(
            task_id=GenerationTask.generate_task_id(),
            user_id=user.id,
            persona_description="nurses in Manila who hike",
            bio_language="en",
            number_to_generate=n,
            images_per_persona=4,
            text_provider="openai",
            status=TaskStatus.PENDING.value,
        )
        db.session.add(task)
        db.session.commit()
        from avatargen.models.task_state import transition

        transition(task.id, TaskStatus.PENDING, TaskStatus.GENERATING_DATA)
        provider = get_text_provider("openai")  # built from the environment, as the pipeline does
        ctx = RunContext(task=task, batch_size=provider.batch_size)
        clock = MainThreadClock()
        t0 = time.perf_counter()
        try:
            run_data_stage(ctx, oversubscribed(provider, extra) if extra else provider)
        finally:
            elapsed = time.perf_counter() - t0
            clock.restore()
        rows = db.session.execute(
            sa.select(Persona.persona_index, Persona.first_name, Persona.last_name).where(
                Persona.task_pk == task.id
            )
        ).all()
        indices = [r[0] for r in rows]
        checks = {
            "stored": len(rows),
            "exactly_once": sorted(indices) == list(range(n)),
            "unique_names": len({(r[1], r[2]) for r in rows}) == len(rows),
            "failures": count_events(task.id, EventKind.FAILURE),
            "main_thread_seconds": clock.seconds,
            "main_thread_calls": clock.calls,
            "main_thread_by_name": dict(clock.by_name),
        }
        db.session.remove()
        db.engine.dispose()
    return elapsed, checks


def scenario(name: str, rate: float, args) -> dict:
    from avatargen.providers.limiter import reset_limiters
    from avatargen.providers.network import close_clients
    from avatargen.providers.registry import get_text_provider

    limit_rps = args.concurrency / args.latency
    double = Double(args.latency, rate)
    os.environ.update(
        {
            "AVATARGEN_LLM_BASE_URL": double.url + "/v1",
            "AVATARGEN_LLM_API_KEY": KEY,
            "AVATARGEN_LLM_CONCURRENCY": str(args.concurrency),
            "AVATARGEN_LLM_BATCH_SIZE": str(args.batch_size),
            "AVATARGEN_LLM_MAX_ATTEMPTS": "6",
        }
    )
    reset_limiters()
    close_clients()
    try:
        provider = get_text_provider("openai")
        provider_only(provider, args.concurrency, 1)  # warm up: SDK import, connections
        before = double.stats()["requests"]
        p_elapsed = provider_only(provider, args.personas, args.batch_size)
        p_requests = double.stats()["requests"] - before
        with tempfile.TemporaryDirectory(prefix="avatargen-bench-") as tmp:
            before = double.stats()["requests"]
            t_elapsed, checks = pipeline_task(args.personas, tmp)
            t_requests = double.stats()["requests"] - before
        with tempfile.TemporaryDirectory(prefix="avatargen-bench-") as tmp:
            o_elapsed, o_checks = pipeline_task(args.personas, tmp, extra=args.concurrency // 4)
        stats = double.stats()
    finally:
        double.stop()
        close_clients()
    wanted = -(-args.personas // args.batch_size)  # successful requests a run needs
    return {
        "name": name,
        "threads": provider.threads,
        "limit_rps": limit_rps,
        "provider_ratio": wanted / p_elapsed / limit_rps,
        "provider_http_rps": p_requests / p_elapsed,
        "provider_seconds": p_elapsed,
        "task_ratio": wanted / t_elapsed / limit_rps,
        "task_http_rps": t_requests / t_elapsed,
        "task_seconds": t_elapsed,
        "task_requests": t_requests,
        "over_ratio": wanted / o_elapsed / limit_rps,
        "over_ok": o_checks["exactly_once"] and o_checks["stored"] == args.personas,
        "max_in_flight": stats["max_in_flight"],
        "faults": stats["faults_served"],
        **checks,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--personas", type=int, default=2500)
    parser.add_argument("--batch-size", type=int, default=5)
    parser.add_argument("--latency", type=float, default=0.25)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    limit = args.concurrency / args.latency
    print(
        f"limit: concurrency {args.concurrency} / {args.latency:g} s latency = {limit:g} req/s;"
        f" batch size {args.batch_size}, so a {args.personas}-persona task is"
        f" {-(-args.personas // args.batch_size)} successful requests"
    )
    results = [
        scenario("no faults", 0.0, args),
        scenario("10% 429 (Retry-After: 0.1)", 0.10, args),
    ]
    targets = {"no faults": 0.95, "10% 429 (Retry-After: 0.1)": 0.85}
    print()
    extra = args.concurrency // 4
    threads = results[0]["threads"]
    print(
        f"{'scenario':<28} {'provider only':>14} {'pipeline task':>14} "
        f"{f'pipeline +{extra} queued':>20} {'target':>7}"
    )
    ok = True
    for r in results:
        target = targets[r["name"]]
        print(
            f"{r['name']:<28} {r['provider_ratio']:>14.3f} {r['task_ratio']:>14.3f} "
            f"{r['over_ratio']:>20.3f} {target:>7.2f}"
        )
        ok &= r["task_ratio"] >= target and r["provider_ratio"] >= target
    print(
        "  ratio = successful requests per second / limit. 'pipeline task' is the data stage as"
        f" shipped ({threads} threads for a limit of {args.concurrency}, as many more jobs"
        " queued);\n"
        f"  'pipeline +{extra} queued' is the same task with {threads + extra} threads, the"
        f" limiter still letting {args.concurrency} through (informative; not the shipped"
        " setting)."
    )
    print()
    n = args.personas
    for r in results:
        print(f"[{r['name']}]")
        print(
            f"  provider only: {args.personas} personas in {r['provider_seconds']:.2f} s,"
            f" {r['provider_http_rps']:.1f} HTTP requests/s (429s included)"
        )
        print(
            f"  pipeline data stage: {args.personas} personas in {r['task_seconds']:.2f} s,"
            f" {r['task_requests']} HTTP requests ({r['task_http_rps']:.1f}/s),"
            f" {r['faults']} injected 429s over the whole scenario"
        )
        per = r["main_thread_seconds"] / args.personas * 1000
        print(
            f"  pipeline calling thread busy storing/checking {r['main_thread_seconds']:.2f} s"
            f" of {r['task_seconds']:.2f} s ({per:.1f} ms per persona, {r['main_thread_calls']}"
            " calls); slots are refilled from the threads' queue meanwhile"
        )
        parts = ", ".join(
            f"{name} {secs / n * 1000:.1f} ms" for name, secs in r["main_thread_by_name"].items()
        )
        print(f"    per persona: {parts}")
        checks = [
            ("every persona stored exactly once", r["exactly_once"] and r["stored"] == n),
            ("names unique", r["unique_names"]),
            (f"+{extra} queued run: every persona stored exactly once", r["over_ok"]),
            (f"double's max in flight {r['max_in_flight']} <= {args.concurrency}",
             r["max_in_flight"] <= args.concurrency),
        ]  # fmt: skip
        for label, passed in checks:
            ok &= passed
            print(f"  [{'ok' if passed else 'FAIL'}] {label}")
    print()
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
