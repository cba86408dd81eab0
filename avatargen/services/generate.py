"""Headless generation (``avatargen generate``): submit, run in-process, export."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

from avatargen.exports import export_task
from avatargen.extensions import db
from avatargen.heritage import HeritageMixError, parse_mix
from avatargen.models import GenerationTask, User
from avatargen.models.task_events import failure_messages
from avatargen.pipeline import run_task
from avatargen.pipeline.completion import failure_cause
from avatargen.providers import preflight as provider_preflight
from avatargen.providers.base import ProviderPreflightError
from avatargen.queue.local import DbLease, worker_name
from avatargen.services import tasks as task_service
from avatargen.services import users as user_service
from avatargen.storage import StoragePreflightError, get_storage

CLI_USER_EMAIL = "cli@avatargen.local"
OPTION_NAMES = {
    "persona_description": "--description",
    "title": "--title",
    "number_to_generate": "--count",
    "images_per_persona": "--images-per-persona",
    "bio_language": "--language",
    "seed": "--seed",
    "text_provider": "--text-provider",
    "image_provider": "--image-provider",
    "constraints.age_min": "--age-min",
    "constraints.age_max": "--age-max",
    "constraints.country": "--country",
    "constraints.heritage_mix": "--heritage",
    "constraints": "--age-min/--age-max/--country",
}


class GenerateError(ValueError):
    """Bad arguments to ``generate`` (one line, shown as is)."""


@dataclass
class GenerateResult:
    task_id: str
    status: str
    reason: str
    out: str
    cause: str = ""  # what led to ``reason`` when that is a summary line (a 401, ...)


def _owner(email: str | None) -> User:
    if email:
        try:
            return user_service.require_user(email)
        except user_service.UserError as exc:
            raise GenerateError(str(exc)) from None
    user = user_service.find_by_email(CLI_USER_EMAIL)
    if user is None:  # a local owner for headless tasks; it cannot sign in
        user = User(email=CLI_USER_EMAIL, is_active=False, is_admin=False)
        user.set_password(user_service.random_password())
        db.session.add(user)
        db.session.commit()
    return user


def _check_out(out: str) -> tuple[Path, str]:
    path = Path(out)
    fmt = "zip" if path.suffix.lower() == ".zip" else "folder"
    if fmt == "zip":
        if path.is_dir():
            raise GenerateError(f"--out {out} is a folder; give a .zip file path")
        if not path.parent.is_dir():
            raise GenerateError(f"--out: folder {path.parent} does not exist")
    elif path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise GenerateError(f"--out {out} exists and is not an empty folder")
    elif not path.parent.is_dir():
        raise GenerateError(f"--out: folder {path.parent} does not exist")
    return path, fmt


class _Progress:
    """A progress bar on a terminal, plain lines otherwise."""

    def __init__(self, task: GenerationTask) -> None:
        self.tty = sys.stderr.isatty()
        self.total = task.personas_total + task.images_total
        self._last_line = 0.0
        self.bar = None
        if self.tty:
            from tqdm import tqdm

            self.bar = tqdm(total=self.total, unit="item", desc=f"task {task.task_id}")

    def __call__(self, task: GenerationTask) -> None:
        done = task.personas_done + task.images_done
        text = (
            f"{task.status}: personas {task.personas_done}/{task.personas_total}, "
            f"images {task.images_done}/{task.images_total}"
        )
        if self.bar is not None:
            self.bar.n = done
            self.bar.set_postfix_str(text, refresh=False)
            self.bar.refresh()
        elif time.monotonic() - self._last_line >= 2 or done == self.total:
            self._last_line = time.monotonic()
            print(text, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def generate_dataset(
    *,
    description: str,
    count: int,
    images_per_persona: int,
    language: str,
    out: str,
    seed: int | None = None,
    text_provider: str = "offline",
    image_provider: str = "offline",
    age_min: int | None = None,
    age_max: int | None = None,
    country: str | None = None,
    heritage: str | None = None,
    user_email: str | None = None,
    title: str | None = None,
) -> GenerateResult:
    path, fmt = _check_out(out)
    constraints: dict = {
        k: v
        for k, v in (("age_min", age_min), ("age_max", age_max), ("country", country))
        if v is not None
    }
    if heritage is not None:
        try:
            constraints["heritage_mix"] = parse_mix(heritage)
        except HeritageMixError as exc:
            raise GenerateError(f"--heritage: {exc}") from None
    data = {
        "persona_description": description,
        "title": title,
        "bio_language": language,
        "number_to_generate": count,
        "images_per_persona": images_per_persona,
        "seed": seed,
        "text_provider": text_provider,
        "image_provider": image_provider,
        "constraints": constraints,
    }
    try:
        request = task_service.parse_request(data)
    except task_service.TaskInputError as exc:
        name, message = next(iter(exc.fields.items()))
        if name.startswith("constraints.heritage_mix."):
            name = "constraints.heritage_mix"
        raise GenerateError(f"{OPTION_NAMES.get(name, name)}: {message}") from None
    try:  # before anything is written
        get_storage().ensure_ready(max_age=0)
        provider_preflight.check_providers(request.text_provider, request.image_provider, max_age=0)
    except (StoragePreflightError, ProviderPreflightError) as exc:
        raise GenerateError(str(exc)) from None
    owner = _owner(user_email)
    # Run here, not on a queue: no dispatch to Celery workers (they would race this run).
    task = task_service.submit_task(owner, request, dispatch=False, quota=False)
    # Hold the task's lease so no worker process picks it up while we run it here.
    lease = DbLease(task.id, worker_name("cli"), 60)
    if not lease.take():  # a worker took it between submit and here: let it run there
        raise GenerateError(f"task {task.task_id} was taken by a worker; see `avatargen export`")
    progress = _Progress(task)
    try:
        status = run_task(task.id, lease=lease, progress=progress)
    finally:
        progress.close()
    task = db.session.get(GenerationTask, task.id)
    if status != "completed":
        reasons = failure_messages(task.id, limit=1) or ["unknown reason"]
        cause = failure_cause(task.id) or ""
        cause = "" if cause == reasons[0] else cause
        return GenerateResult(task.task_id, status, reasons[0], str(path), cause)
    export_task(task, fmt, path)
    lease.release()
    return GenerateResult(task.task_id, status, "", str(path))
