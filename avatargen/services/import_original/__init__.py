"""`avatargen import-original`: take users, settings, tasks and results from a database of
the original application (PostgreSQL, any of its later revisions) into this one.

The source is only read: its connection is opened with ``default_transaction_read_only``
and everything is read in one ``REPEATABLE READ, READ ONLY`` transaction (one snapshot).
Each task is created here with its personas in one transaction of its own, so a task is
either wholly imported or not at all, and a second run finds it (``imported_from``) and
skips it: the import is idempotent.

How the original's rows map is in :mod:`.mapping`; fetching images (only with
``--fetch-images``) in :mod:`.images`.
"""

from __future__ import annotations

import contextlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from avatargen.config import ConfigError, normalize_database_url
from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage, Setting, User
from avatargen.models.persona import new_persona_id
from avatargen.services.import_original import images as image_fetch
from avatargen.services.import_original import mapping

KINDS = ("users", "settings", "tasks", "results", "images")


class ImportSourceError(ValueError):
    """The source database cannot be used (bad URL, unreachable, not the original's schema)."""


@dataclass
class ImportReport:
    created: Counter[str] = field(default_factory=Counter)
    skipped: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    notes: Counter[str] = field(default_factory=Counter)

    def skip(self, kind: str, reason: str, n: int = 1) -> None:
        if n:
            self.skipped[kind][reason] += n

    def lines(self) -> list[str]:
        out = []
        for kind in KINDS:
            skipped = self.skipped.get(kind, Counter())
            line = f"{kind}: {self.created[kind]} created, {sum(skipped.values())} skipped"
            if skipped:
                line += " (" + "; ".join(f"{n} {why}" for why, n in sorted(skipped.items())) + ")"
            out.append(line)
        out += [f"note: {n} {what}" for what, n in sorted(self.notes.items())]
        return out


@dataclass
class FetchOptions:
    enabled: bool = False
    media_root: Path | None = None
    timeout: float = 10.0
    max_bytes: int = 20 * 1024 * 1024


def open_source(url: str) -> sa.Engine:
    """A read-only engine on the original's database; ImportSourceError (one line) if not."""
    try:
        normalized = normalize_database_url(url)
    except ConfigError as exc:
        raise ImportSourceError(f"bad DATABASE_URL: {exc}") from None
    if not normalized.startswith("postgresql"):
        raise ImportSourceError("the original's database is PostgreSQL: give a postgresql:// URL")
    try:
        engine = sa.create_engine(
            normalized,
            connect_args={"options": "-c default_transaction_read_only=on", "connect_timeout": 10},
            poolclass=sa.pool.NullPool,
        )
        shown = engine.url.render_as_string(hide_password=True)
    except Exception as exc:  # sqlalchemy.exc.ArgumentError and friends: a malformed URL
        raise ImportSourceError(f"bad DATABASE_URL: {type(exc).__name__}: {exc}") from None
    try:
        with engine.connect() as conn:
            tables = set(sa.inspect(conn).get_table_names())
    except sa.exc.SQLAlchemyError as exc:
        first = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise ImportSourceError(f"cannot connect to {shown}: {first}") from None
    missing = {"users", "generation_tasks"} - tables
    if missing:
        raise ImportSourceError(
            f"{shown} is not a database of the original application (no table "
            + ", ".join(sorted(missing))
            + ")"
        )
    return engine


def _rows(conn: sa.Connection, table: str, order: str) -> list[dict[str, Any]]:
    result = conn.execute(sa.text(f'SELECT * FROM "{table}" ORDER BY {order}'))  # noqa: S608
    return [dict(r._mapping) for r in result]


def import_original(url: str, fetch: FetchOptions | None = None) -> ImportReport:
    """Import everything the original's database at ``url`` holds; return what happened."""
    fetch = fetch or FetchOptions()
    engine = open_source(url)
    report = ImportReport()
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            tables = set(sa.inspect(conn).get_table_names())
            users = _rows(conn, "users", "id")
            settings = _rows(conn, "settings", "id") if "settings" in tables else []
            tasks = _rows(conn, "generation_tasks", "id")
            user_map = _import_users(users, report)
            _import_settings(settings, report)
            source = _Results(conn, "generation_results" in tables)
            for src in tasks:
                _import_task(src, source, user_map, report, fetch, tasks[-1]["id"])
            conn.rollback()  # nothing was written: end the read-only snapshot
    finally:
        engine.dispose()
    _fix_sequences()
    return report


class _Results:
    """A source task's ``generation_results`` rows, read only when the task is imported."""

    def __init__(self, conn: sa.Connection, present: bool) -> None:
        self.conn, self.present = conn, present

    def rows(self, task_pk: int) -> list[dict[str, Any]]:
        if not self.present:
            return []
        query = "SELECT * FROM generation_results WHERE task_id = :pk ORDER BY batch_number, id"
        return [dict(r._mapping) for r in self.conn.execute(sa.text(query), {"pk": task_pk})]

    def count(self, task_pk: int) -> int:
        if not self.present:
            return 0
        query = "SELECT count(*) FROM generation_results WHERE task_id = :pk"
        return int(self.conn.execute(sa.text(query), {"pk": task_pk}).scalar_one())


# --------------------------------------------------------------------------- users, settings


def _pick_id(model, wanted: int, source_max: int) -> tuple[int, bool]:
    """``wanted`` if no row has it, else one past the highest id here and in the source (so
    a moved row never takes the id a later source row keeps; explicit on both backends, so
    an id sequence that lags behind explicit inserts is never asked); kept or not."""
    if db.session.get(model, wanted) is None:
        return wanted, True
    here = db.session.scalar(sa.select(sa.func.max(model.id))) or 0
    return max(here, source_max) + 1, False


def _import_users(rows: list[dict[str, Any]], report: ImportReport) -> dict[int, int]:
    """Source user id -> user id here (an existing account with the same email is reused)."""
    from avatargen.services.users import UserError, normalize_email

    user_map: dict[int, int] = {}
    for src in rows:
        try:
            email = normalize_email(src.get("email") or "")
        except UserError:
            report.skip("users", "with an email this app does not accept")
            continue
        existing = db.session.scalar(sa.select(User).where(User.email == email))
        if existing is not None:
            user_map[src["id"]] = existing.id
            report.skip("users", "already here (same email; their tasks go to that account)")
            continue
        password_hash, reset = mapping.password_hash(src.get("password_hash"))
        user = User(
            email=email,
            password_hash=password_hash,
            password_reset_required=reset,
            created_at=src.get("created_at") or mapping.now(),
            last_login=src.get("last_login"),
            is_active=bool(src.get("is_active", True)),
            is_admin=False,
        )
        user.id, kept = _pick_id(User, src["id"], max(r["id"] for r in rows))
        if not kept:
            report.notes["users got a new id (theirs is taken here)"] += 1
        db.session.add(user)
        db.session.flush()
        user_map[src["id"]] = user.id
        report.created["users"] += 1
        if reset:
            report.notes[
                "users need a new password (hash not bcrypt): avatargen users set-password"
            ] += 1
    db.session.commit()
    return user_map


def _import_settings(rows: list[dict[str, Any]], report: ImportReport) -> None:
    for src in rows:
        key, value = src.get("key") or "", src.get("value")
        if not mapping.known_setting(key):
            report.skip("settings", "not used by this app")
            continue
        problem = mapping.setting_problem(key, value)
        if problem:
            report.skip("settings", problem)
            continue
        here = db.session.scalar(sa.select(Setting).where(Setting.key == key))
        if here is not None and here.value != value and mapping.untouched_default(here):
            here.value = value  # the user's own prompt beats a default nobody chose
            report.created["settings"] += 1
            report.notes["settings replaced a default prompt never changed here"] += 1
            continue
        if here is not None:
            same = here.value == value
            report.skip(
                "settings",
                "already set here (same value)" if same else "already set here (kept this app's)",
            )
            continue
        db.session.add(Setting(key=key, value=value))
        report.created["settings"] += 1
    db.session.commit()


# --------------------------------------------------------------------------- tasks, results


def _import_task(
    src: dict[str, Any],
    source: _Results,
    user_map: dict[int, int],
    report: ImportReport,
    fetch: FetchOptions,
    source_max: int,
) -> None:
    marker = mapping.task_marker(src)
    if db.session.scalar(
        sa.select(GenerationTask.id).where(GenerationTask.imported_from == marker)
    ):
        report.skip("tasks", "already imported")
        report.skip("results", "of a task already imported", source.count(src["id"]))
        if fetch.enabled:
            _fetch_later(marker, report, fetch)
        return
    owner = user_map.get(src["user_id"])
    if owner is None:
        report.skip("tasks", "whose owner was not imported")
        report.skip("results", "of a task not imported", source.count(src["id"]))
        return
    task = mapping.task_row(src, owner, marker)
    wanted = str(src.get("task_id") or "")
    taken = db.session.scalar(sa.select(GenerationTask.id).where(GenerationTask.task_id == wanted))
    if not mapping.TASK_ID_RE.match(wanted) or taken is not None:
        task.task_id = GenerationTask.generate_task_id()
        report.notes["tasks got a new task_id (theirs is taken here or not valid)"] += 1
    task.id, _kept = _pick_id(GenerationTask, src["id"], source_max)
    stored_keys: list[str] = []
    results = source.rows(src["id"])
    try:
        db.session.add(task)
        db.session.flush()
        limits = mapping.bio_limits()
        index = 0
        images_done = 0
        for row in results:
            persona, why = mapping.persona_row(row, task, index, limits)
            if persona is None:
                report.skip("results", why)
                continue
            persona.id = new_persona_id()  # known now: no flush per persona
            db.session.add(persona)
            refs = mapping.image_urls(row)
            images_done += _persona_images(persona, refs, task, report, fetch, stored_keys)
            index += 1
            report.created["results"] += 1
        task.personas_done = index
        task.images_done = images_done
        db.session.commit()
    except Exception as exc:
        db.session.rollback()
        _forget(stored_keys)
        report.skip("tasks", f"that failed to import ({type(exc).__name__}: {exc})")
        report.skip("results", "of a task not imported", len(results))
        return
    report.created["tasks"] += 1


def _fetch_later(marker: str, report: ImportReport, fetch: FetchOptions) -> None:
    """``--fetch-images`` on a task imported before: fetch the image references it kept
    (a second run with the same options stores nothing new)."""
    task = db.session.scalar(
        sa.select(GenerationTask).where(GenerationTask.imported_from == marker)
    )
    stored_keys: list[str] = []
    try:
        stored = 0
        for persona in db.session.scalars(
            sa.select(Persona).where(Persona.task_pk == task.id).order_by(Persona.persona_index)
        ):
            if not persona.unfetched_images:
                continue
            refs = [(r["role"], r["position"], r["url"]) for r in persona.unfetched_images]
            stored += _persona_images(persona, refs, task, report, fetch, stored_keys)
        if stored:
            db.session.execute(
                sa.update(GenerationTask)
                .where(GenerationTask.id == task.id)
                .values(images_done=GenerationTask.images_done + stored)
            )
        db.session.commit()
    except Exception as exc:
        db.session.rollback()
        _forget(stored_keys)
        report.skip("images", f"of a task whose fetch failed ({type(exc).__name__}: {exc})")


def _persona_images(
    persona: Persona,
    urls: list[tuple[str, int | None, str]],
    task: GenerationTask,
    report: ImportReport,
    fetch: FetchOptions,
    stored_keys: list[str],
) -> int:
    """Store (``--fetch-images``) or reference the persona's image URLs; return how many
    were stored."""
    refs: list[dict[str, Any]] = []
    stored = 0
    for role, position, url in urls:
        if role == "image" and fetch.enabled:
            try:
                image = image_fetch.fetch(url, fetch)
                key = image_fetch.store(image, task, persona, position)
            except image_fetch.FetchError as exc:
                refs.append({"role": role, "position": position, "url": url, "reason": str(exc)})
                report.skip("images", "that could not be fetched (kept as references)")
                continue
            stored_keys.append(key)
            db.session.add(
                PersonaImage(
                    persona_id=persona.id,
                    position=position,
                    storage_key=key,
                    width=image.width,
                    height=image.height,
                    sha256=image.sha256,
                    provider=mapping.IMPORT_PROVIDER,
                    is_base=False,
                    size_bytes=len(image.data),
                )
            )
            stored += 1
            report.created["images"] += 1
            continue
        reason = (
            "the original's base image (used to make the others), not part of its dataset"
            if role == "base"
            else "not fetched: run the import with --fetch-images to store it"
        )
        refs.append({"role": role, "position": position, "url": url, "reason": reason})
        report.skip("images", "not fetched (kept as references)")
    persona.unfetched_images = refs or None
    return stored


def _forget(keys: list[str]) -> None:
    from avatargen.storage import get_storage

    storage = get_storage()
    for key in keys:
        with contextlib.suppress(Exception):  # best effort: the rows were rolled back
            storage.delete(key)


def _fix_sequences() -> None:
    """PostgreSQL: ids were inserted explicitly, so move the id sequences past them."""
    if db.engine.dialect.name != "postgresql":
        return
    for table in ("users", "generation_tasks"):
        db.session.execute(
            sa.text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
            )
        )
    db.session.commit()
