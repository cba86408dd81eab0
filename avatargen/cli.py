"""The ``avatargen`` command line: Flask-Migrate's ``db`` group plus commands grouped by noun."""

from __future__ import annotations

import sys

import click
from flask import current_app
from flask.cli import FlaskGroup, ScriptInfo, with_appcontext

from avatargen.config import ConfigError
from avatargen.services.tasks import IMAGES_PER_PERSONA_CHOICES, MAX_PERSONAS


class CLIError(click.ClickException):
    """Bad input to a command: one line on stderr, exit status 2."""

    exit_code = 2


def _create_app():
    from avatargen import create_app

    try:
        return create_app()
    except ConfigError as exc:
        raise CLIError(str(exc)) from None


@click.group(cls=FlaskGroup, create_app=_create_app, add_version_option=False)
@click.version_option(package_name="avatargen", prog_name="avatargen")
def main() -> None:
    """Avatar Data Generator: synthetic persona datasets."""


# --------------------------------------------------------------------------- users


@main.group()
def users() -> None:
    """Manage user accounts."""


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


@users.command("create")
@click.option("--email", required=True, help="The new user's email address.")
@click.option("--admin", is_flag=True, help="Give the user administrator rights.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@with_appcontext
def users_create(email: str, admin: bool, password_stdin: bool) -> None:
    """Create a user account."""
    from avatargen.services import users as svc

    try:
        email = svc.normalize_email(email)
        if svc.find_by_email(email) is not None:
            raise svc.UserError(f"a user with the email {email} already exists")
        user = svc.create_user(email, _read_password(password_stdin), admin=admin)
    except svc.UserError as exc:
        raise CLIError(str(exc)) from None
    click.echo(f"Created {'admin ' if user.is_admin else ''}user {user.email}")


@users.command("list")
@with_appcontext
def users_list() -> None:
    """List user accounts."""
    from avatargen.services import users as svc

    for u in svc.list_users():
        flags = ", ".join(
            f
            for f, on in (
                ("admin", u.is_admin),
                ("inactive", not u.is_active),
                ("needs password reset", u.password_reset_required),
            )
            if on
        )
        last = u.last_login.strftime("%Y-%m-%d %H:%M") if u.last_login else "never"
        click.echo(f"{u.email}\t{flags or '-'}\tlast sign-in: {last}")


@users.command("deactivate")
@click.argument("email")
@with_appcontext
def users_deactivate(email: str) -> None:
    """Deactivate a user account (it can no longer sign in)."""
    from avatargen.services import users as svc

    try:
        user = svc.deactivate(email)
    except svc.UserError as exc:
        raise CLIError(str(exc)) from None
    click.echo(f"Deactivated {user.email}")


@users.command("set-password")
@click.argument("email")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@with_appcontext
def users_set_password(email: str, password_stdin: bool) -> None:
    """Set a user's password."""
    from avatargen.services import users as svc

    try:
        svc.require_user(email)
        user = svc.set_password(email, _read_password(password_stdin))
    except svc.UserError as exc:
        raise CLIError(str(exc)) from None
    click.echo(f"Password changed for {user.email}")


# --------------------------------------------------------------------------- quotas


@main.group()
def quotas() -> None:
    """Per-user quotas: queued tasks, personas in flight, stored images and bytes."""


_QUOTA_NAMES = click.Choice(["queued_tasks", "personas_in_flight", "stored_images", "stored_bytes"])


@quotas.command("show")
@click.option("--email", default=None, help="Show this user's limits and usage.")
@with_appcontext
def quotas_show(email: str | None) -> None:
    """Show the default quotas, or one user's limits and usage."""
    from avatargen.services import quotas as q
    from avatargen.services import users as svc

    if email is None:
        for name in q.QUOTAS:
            click.echo(f"{name}\t{q.default_limit(name)}")
        return
    try:
        user = svc.require_user(email)
    except svc.UserError as exc:
        raise CLIError(str(exc)) from None
    used = q.usage(user)
    for name in q.QUOTAS:
        own = getattr(user, q.QUOTAS[name][1])
        source = "own" if own is not None else "default"
        value, limit = getattr(used, name), q.limit_for(user, name)
        line = f"{name}\t{value} of {limit} ({source})"
        if name in q.BYTE_QUOTAS:
            line += f"\t{q.human_bytes(value)} of {q.human_bytes(limit)}"
            if used.unsized_images:
                line += f"; {used.unsized_images} image(s) of unknown size counted at an estimate"
        click.echo(line)


@quotas.command("set-default")
@click.argument("name", type=_QUOTA_NAMES)
@click.argument("value")
@with_appcontext
def quotas_set_default(name: str, value: str) -> None:
    """Set the default limit NAME for every user without their own (bytes: 500M, 20G)."""
    from avatargen.services import quotas as q

    try:
        number = q.parse_limit(name, value)
    except q.QuotaError as exc:
        raise click.BadParameter(str(exc), param_hint="VALUE") from None
    q.set_default(name, number)
    click.echo(f"Default {name}: {number}")


@quotas.command("set")
@click.argument("email")
@click.argument("name", type=_QUOTA_NAMES)
@click.argument("value")
@with_appcontext
def quotas_set(email: str, name: str, value: str) -> None:
    """Set one user's limit NAME to VALUE (a number, or "default")."""
    from avatargen.services import quotas as q
    from avatargen.services import users as svc

    try:
        user = svc.require_user(email)
        number = None if value == "default" else q.parse_limit(name, value)
        q.set_for_user(user, name, number)
    except (svc.UserError, q.QuotaError) as exc:
        raise CLIError(str(exc)) from None
    click.echo(f"{user.email} {name}: {value}")


# --------------------------------------------------------------------------- serve


def _require_migrated() -> None:
    from avatargen.services.migration_status import pending_migrations

    pending = pending_migrations()
    if pending:
        raise CLIError(
            f"the database is not up to date ({len(pending)} migration(s) pending); "
            "run `avatargen db upgrade` first"
        )


MAX_CAUSE = 2000  # characters of a failed generate's cause printed


def _require_tables() -> None:
    """A one-line error instead of a traceback when the database was never migrated, or
    is migrated but behind the code (a database without alembic's version table, made by
    ``create_all`` in tests, is taken as it is)."""
    import sqlalchemy as sa

    from avatargen.extensions import db

    inspector = sa.inspect(db.engine)
    if not inspector.has_table("generation_tasks"):
        raise CLIError("the database has no tables yet; run `avatargen db upgrade` first")
    if inspector.has_table("alembic_version"):
        _require_migrated()


WILDCARD_HOSTS = ("0.0.0.0", "::", "")  # noqa: S104  (addresses to listen on, not to open)


def workers_option(fn):
    """``--workers N``: processes for CPU-bound provider work (sets the WORKERS setting)."""

    def apply(ctx, _param, value):
        if value is not None:
            ctx.ensure_object(ScriptInfo).load_app().config["WORKERS"] = value
        return value

    return click.option(
        "--workers",
        type=click.IntRange(1, 256),
        default=None,
        expose_value=False,
        callback=apply,
        help="Processes for CPU-bound image work (default: AVATARGEN_WORKERS, else every CPU).",
    )(fn)


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=5000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--threads", default=8, show_default=True, type=click.IntRange(1, 64))
@click.option(
    "--embedded-worker/--no-embedded-worker",
    default=True,
    show_default=True,
    help="Run generation worker threads in this process.",
)
@click.option(
    "--log-level",
    type=click.Choice(["debug", "info", "warning", "error"], case_sensitive=False),
    default=None,
    help="Log level (default: LOG_LEVEL, else info); info logs each request.",
)
@click.option(
    "--log-format",
    type=click.Choice(["text", "json"]),
    default=None,
    help="Log lines as text or JSON (default: AVATARGEN_LOG_FORMAT, else text).",
)
@workers_option
@with_appcontext
def serve(
    host: str,
    port: int,
    threads: int,
    embedded_worker: bool,
    log_level: str | None,
    log_format: str | None,
) -> None:
    """Run the web app (with the embedded worker) on HOST:PORT."""
    from avatargen import request_log

    _require_migrated()  # before the log is set up: alembic's info lines are not for users
    config = current_app.config
    try:
        restore_logging = request_log.configure(
            log_level or config.get("LOG_LEVEL") or "info",
            log_format or config.get("LOG_FORMAT") or "text",
        )
    except ValueError as exc:
        raise CLIError(str(exc)) from None
    try:
        _serve(host, port, threads, embedded_worker)
    finally:
        restore_logging()


def _serve(host: str, port: int, threads: int, embedded_worker: bool) -> None:
    from avatargen import serving
    from avatargen.services import users as svc

    created = svc.ensure_initial_admin()
    if created:
        email, password = created
        click.echo("No users yet: created an administrator account.")
        click.echo(f"  email:    {email}")
        click.echo(f"  password: {password}")
        click.echo("Sign in and keep this password; it is not shown again.")
    app = current_app._get_current_object()
    worker = None
    if embedded_worker and app.config.get("QUEUE") == "celery":
        # Celery workers run the tasks; local threads claiming the same rows would race them.
        click.echo("Queue is celery: no embedded worker (run `avatargen worker`).")
    elif embedded_worker:
        from avatargen.queue.local import LocalWorker

        worker = LocalWorker(app)
        worker.start()
        click.echo(f"Embedded worker: {worker.threads} thread(s).")
    # A wildcard address is not something to open: point at this machine instead.
    shown = "127.0.0.1" if host in WILDCARD_HOSTS else host
    base = f"http://{'[' + shown + ']' if ':' in shown else shown}:{port}"
    click.echo(f"Avatar Data Generator on {base}/  (Ctrl+C to stop)")
    click.echo(
        f"Open {base}/auth/login to sign in" + (" with the account above;" if created else ";")
    )
    click.echo(
        "then Generate: describe the people, pick a language and a count, and follow the task"
        " under History. Requests are logged below (--log-level warning to quiet them)."
    )
    try:
        # Stalled clients are cut after AVATARGEN_SEND_TIMEOUT, idle ones after
        # AVATARGEN_CHANNEL_TIMEOUT (see avatargen.serving).
        serving.serve(app, host=host, port=port, threads=threads)
    finally:
        if worker is not None:
            worker.stop(timeout=5)


# --------------------------------------------------------------------------- providers


@main.group()
def providers() -> None:
    """Inspect text and image providers."""


@providers.command("list")
def providers_list() -> None:
    """List providers, whether each is enabled, and what it needs."""
    from avatargen.providers.registry import provider_classes

    for kind in ("text", "image"):
        click.echo(f"{kind} providers:")
        for name, cls in provider_classes(kind).items():
            ok, why = cls.enabled()
            state = "enabled" if ok else f"disabled ({why})"
            needs = ", ".join(cls.requires) or "nothing"
            click.echo(f"  {name:<16} {state:<10} needs: {needs}  {cls.label}")


# --------------------------------------------------------------------------- worker


@main.command("worker")
@click.option(
    "--queue",
    "queue_name",
    type=click.Choice(["local", "celery"]),
    default=None,
    help="Queue to take tasks from (default: AVATARGEN_QUEUE, else local).",
)
@click.option("--threads", type=click.IntRange(1, 64), default=None, help="Worker threads.")
@click.option(
    "--pool",
    type=click.Choice(["threads", "prefork"]),
    default="threads",
    show_default=True,
    help="Celery execution pool (celery queue only).",
)
@click.option("--ping", is_flag=True, help="Ping the running Celery workers and exit.")
@workers_option
@with_appcontext
def worker(queue_name: str | None, threads: int | None, pool: str, ping: bool) -> None:
    """Run a standalone worker that processes queued tasks until stopped."""
    import signal

    from avatargen.queue.local import LocalWorker

    app = current_app._get_current_object()
    queue_name = queue_name or app.config.get("QUEUE") or "local"
    if ping:
        _ping_celery(app)
        return
    _require_migrated()
    if queue_name == "celery":
        _celery_worker(app, threads, pool)
        return
    pool_ = LocalWorker(app, threads=threads)
    signal.signal(signal.SIGTERM, lambda *_: pool_.stop(timeout=0))
    pool_.start()
    click.echo(f"Worker started: {pool_.threads} thread(s) on the {queue_name} queue.", err=True)
    try:
        pool_.join()
    except KeyboardInterrupt:
        pool_.stop()


def _celery(app):
    try:
        from avatargen.queue.celery_app import bind
    except ImportError:
        raise CLIError("the celery queue needs Celery: pip install 'celery[redis]'") from None
    if not app.config.get("BROKER_URL"):
        raise CLIError("the celery queue needs AVATARGEN_BROKER_URL (e.g. redis://host:6379/0)")
    return bind(app)


def _celery_worker(app, threads: int | None, pool: str) -> None:
    """Run a Celery worker in this process (threads pool by default: chunks wait on
    provider I/O, and threads share one engine without forking it; run more worker
    processes to use more cores)."""
    import os

    from avatargen.queue.celery_app import worker_queues

    celery = _celery(app)
    concurrency = threads or app.config.get("WORKER_THREADS", 2)
    queue = app.config.get("CELERY_QUEUE_NAME", "avatargen")
    click.echo(f"Celery worker: {pool} pool, concurrency {concurrency}, queue {queue}.", err=True)
    celery.worker_main(
        [
            "worker",
            f"--pool={pool}",
            f"--concurrency={concurrency}",
            "-Q",
            worker_queues(app.config),  # re-sent chunks of a dead worker first
            f"--hostname=avatargen-{os.getpid()}@%h",
            "--loglevel=INFO",
            "--without-gossip",
            "--without-mingle",
        ]
    )


def _ping_celery(app) -> None:
    replies = _celery(app).control.ping(timeout=2.0)
    if not replies:
        click.echo("No Celery worker answered.", err=True)
        sys.exit(1)
    for reply in replies:
        for name in reply:
            click.echo(name)


# --------------------------------------------------------------------------- generate / export


@main.command("generate")
@click.option("--description", required=True, help="Who the personas are (free text).")
@click.option("--title", default=None, help="A name for the task, shown instead of its id.")
@click.option(
    "--count", required=True, type=int, help=f"How many personas (1 to {MAX_PERSONAS:,})."
)
@click.option(
    "--images-per-persona",
    required=True,
    type=int,
    help=" or ".join(str(n) for n in IMAGES_PER_PERSONA_CHOICES) + ".",
)
@click.option("--language", required=True, help="Bio language, a BCP 47 code (e.g. es, pt-BR).")
@click.option("--seed", type=int, default=None, help="Seed for a reproducible dataset.")
@click.option("--text-provider", default="offline", show_default=True)
@click.option("--image-provider", default="offline", show_default=True)
@click.option("--age-min", type=int, default=None, help="Youngest age allowed.")
@click.option("--age-max", type=int, default=None, help="Oldest age allowed.")
@click.option("--country", default=None, help="ISO 3166-1 alpha-2 country for every persona.")
@click.option(
    "--heritage",
    default=None,
    help='Heritage mix, e.g. "Portuguese: 60, Cape Verdean: 25" (relative weights).',
)
@click.option("--user", "user_email", default=None, help="Owner of the task (default: a CLI user).")
@click.option("--out", required=True, type=click.Path(), help="Output folder, or a .zip path.")
@workers_option
@with_appcontext
def generate(**opts) -> None:
    """Generate a dataset headlessly and write its export to --out."""
    from avatargen.services.generate import GenerateError, generate_dataset

    _require_tables()
    try:
        result = generate_dataset(**opts)
    except GenerateError as exc:
        raise CLIError(str(exc)) from None
    if result.status != "completed":
        click.echo(f"Error: task {result.task_id} {result.status}: {result.reason}", err=True)
        if result.cause:
            cause = result.cause
            if len(cause) > MAX_CAUSE:  # every persona's reason is in the task's error log
                cause = cause[:MAX_CAUSE] + (
                    f" … (the whole log: error_log of GET /api/v1/tasks/{result.task_id})"
                )
            click.echo(f"Cause: {cause}", err=True)
        sys.exit(1)
    click.echo(f"Task {result.task_id} completed: wrote {result.out}")


@main.command("sample-sheet")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="PNG file to write.")
@click.option("--count", default=48, show_default=True, type=click.IntRange(1, 400))
@click.option("--seed", default=1, show_default=True, type=int, help="Task seed.")
@click.option("--description", default="people from all walks of life", show_default=True)
@click.option(
    "--per-persona",
    default=1,
    show_default=True,
    type=click.IntRange(1, 8),
    help="Images per persona (more than 1: one row per persona).",
)
def sample_sheet(out: str, count: int, seed: int, description: str, per_persona: int) -> None:
    """Write a contact sheet of offline portraits (a PNG grid) to --out."""
    from avatargen.providers.offline_image.sheet import contact_sheet, subjects

    if not out.lower().endswith(".png"):
        raise CLIError("--out must be a .png file")
    try:
        people = subjects(description, count, seed)
    except ValueError as exc:
        raise CLIError(str(exc)) from None
    try:
        contact_sheet(people, per_persona).save(out, format="PNG")
    except OSError as exc:
        raise CLIError(f"cannot write {out}: {exc.strerror or exc}") from None
    click.echo(f"Wrote {len(people)} personas to {out}")


@main.command("export")
@click.argument("task_id")
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(["json", "jsonl", "csv", "zip", "folder", "parquet"]),
    help="parquet: the Hugging Face datasets layout (a folder, or a ZIP for a .zip path).",
)
@click.option("--out", required=True, type=click.Path(), help="Output file (or folder).")
@click.option(
    "--images",
    type=click.Choice(["embedded", "referenced"]),
    default=None,
    help="parquet only: PNGs inside the Parquet files (default) or as files beside them.",
)
@with_appcontext
def export(task_id: str, fmt: str, out: str, images: str | None) -> None:
    """Export a task's personas and images."""
    from avatargen.exports import ExportError, export_task
    from avatargen.services.tasks import find_task

    _require_tables()
    task = find_task(task_id)
    if task is None:
        raise CLIError(f"no task with id {task_id!r}")
    if images is not None and fmt != "parquet":
        raise CLIError("--images applies to --format parquet only")
    try:
        export_task(task, fmt, out, images=images or "embedded")
    except ExportError as exc:
        raise CLIError(str(exc)) from None
    click.echo(f"Wrote {out}")


# --------------------------------------------------------------------------- import


@main.command("import-original")
@click.argument("database_url")
@click.option(
    "--fetch-images",
    is_flag=True,
    help="Fetch http(s) image URLs (and files under --media-root) instead of only "
    "referencing them.",
)
@click.option(
    "--media-root",
    type=click.Path(exists=True, file_okay=False),
    default=None,
    help="Folder that file:// URLs and relative image paths are read from.",
)
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0.1, 300))
@click.option(
    "--max-image-bytes", default=20 * 1024 * 1024, show_default=True, type=click.IntRange(1)
)
@with_appcontext
def import_original(
    database_url: str,
    fetch_images: bool,
    media_root: str | None,
    timeout: float,
    max_image_bytes: int,
) -> None:
    """Import users, settings, tasks and results from the original application's database."""
    from pathlib import Path

    from avatargen.services.import_original import FetchOptions, ImportSourceError
    from avatargen.services.import_original import import_original as run_import

    _require_migrated()
    opts = FetchOptions(
        enabled=fetch_images,
        media_root=Path(media_root) if media_root else None,
        timeout=timeout,
        max_bytes=max_image_bytes,
    )
    try:
        report = run_import(database_url, opts)
    except ImportSourceError as exc:
        raise CLIError(str(exc)) from None
    for line in report.lines():
        click.echo(line)


# --------------------------------------------------------------------------- tokens


@main.group()
def tokens() -> None:
    """Manage REST API tokens."""


def _token_owner(email: str):
    from avatargen.services import users as svc

    try:
        return svc.require_user(email)
    except svc.UserError as exc:
        raise CLIError(str(exc)) from None


@tokens.command("create")
@click.option("--email", required=True, help="Owner of the token.")
@click.option("--name", default=None, help="What the token is for (shown in lists).")
@with_appcontext
def tokens_create(email: str, name: str | None) -> None:
    """Create an API token and print it once (it cannot be shown again)."""
    from avatargen.services import tokens as svc

    user = _token_owner(email)
    try:
        _row, plaintext = svc.create_token(user, name)
    except svc.TokenError as exc:
        raise CLIError(str(exc)) from None
    click.echo(plaintext)


@tokens.command("list")
@click.option("--email", required=True, help="Owner of the tokens.")
@with_appcontext
def tokens_list(email: str) -> None:
    """List a user's API tokens (id, prefix, name, dates, state)."""
    from avatargen.services import tokens as svc

    def when(value) -> str:
        return value.strftime("%Y-%m-%d %H:%M") if value else "never"

    for t in svc.list_tokens(_token_owner(email)):
        state = f"revoked {when(t.revoked_at)}" if t.revoked_at else "active"
        click.echo(
            f"{t.id}\t{t.prefix}…\t{t.name}\tcreated {when(t.created_at)}"
            f"\tlast used {when(t.last_used_at)}\t{state}"
        )


@tokens.command("revoke")
@click.option("--email", required=True, help="Owner of the token.")
@click.argument("token_id", type=int)
@with_appcontext
def tokens_revoke(email: str, token_id: int) -> None:
    """Revoke one of a user's API tokens by its id."""
    from avatargen.services import tokens as svc

    try:
        row = svc.revoke_token(_token_owner(email), token_id)
    except svc.TokenNotFound:
        raise CLIError(f"{email} has no token with id {token_id}") from None
    click.echo(f"Revoked token {row.id} ({row.prefix}…)")


from avatargen.c2pa.cli import c2pa_group, verify_command  # noqa: E402
from avatargen.providers.comfyui_cli import comfyui_group  # noqa: E402

main.add_command(c2pa_group)
main.add_command(verify_command)
main.add_command(comfyui_group)

if __name__ == "__main__":  # ``python -m avatargen.cli``
    main()
