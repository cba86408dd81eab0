"""Template helpers of the signed-in pages: durations, times, status badges, nav links."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import url_for
from werkzeug.routing import BuildError

from avatargen.languages import language_name
from avatargen.models import TaskStatus

STATUS_LABELS = {
    TaskStatus.PENDING.value: "Pending",
    TaskStatus.GENERATING_DATA.value: "Generating data",
    TaskStatus.GENERATING_IMAGES.value: "Generating images",
    TaskStatus.COMPLETED.value: "Completed",
    TaskStatus.FAILED.value: "Failed",
    TaskStatus.CANCELLED.value: "Cancelled",
}
STATUS_CLASSES = {
    TaskStatus.PENDING.value: "text-bg-secondary",
    TaskStatus.GENERATING_DATA.value: "text-bg-info",
    TaskStatus.GENERATING_IMAGES.value: "text-bg-primary",
    TaskStatus.COMPLETED.value: "text-bg-success",
    TaskStatus.FAILED.value: "text-bg-danger",
    TaskStatus.CANCELLED.value: "text-bg-warning",
}


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)


def status_class(status: str) -> str:
    return STATUS_CLASSES.get(status, "text-bg-light")


def duration(seconds: float | None) -> str:
    """``75`` -> ``1 min 15 s``; None -> an em dash."""
    if seconds is None:
        return "—"
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, secs = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


def when(value: datetime | None) -> str:
    """A stored (naive UTC) time as ``2024-05-01 14:03 UTC``."""
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else "—"


def when_short(value: datetime | None) -> str:
    """A stored (naive UTC) time as ``2024-05-01 14:03`` (the column header says UTC)."""
    return value.strftime("%Y-%m-%d %H:%M") if value else "—"


def iso(value: datetime | None) -> str:
    return value.isoformat(timespec="seconds") + "Z" if value else ""


def percent(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "—"
    return f"{value * 100:.{digits}f}%"


def usd(value: float | None) -> str:
    if value is None:
        return "cost unknown (no price configured: AVATARGEN_PRICES)"
    if value == 0:
        return "$0 (runs locally)"
    if value < 0.01:
        return f"${value:.4f}"
    return f"${value:,.2f}"


def estimate_text(est: dict[str, Any]) -> str:
    return f"about {duration(est['seconds'])} · {usd(est['cost_usd'])}"


def nav_url(endpoint: str, fallback: str) -> str:
    """``url_for(endpoint)``, or ``fallback`` while that page is not registered."""
    try:
        return url_for(endpoint)
    except BuildError:
        return fallback


def template_helpers() -> dict[str, Any]:
    return {
        "status_label": status_label,
        "status_class": status_class,
        "duration": duration,
        "when": when,
        "when_short": when_short,
        "iso": iso,
        "percent": percent,
        "language_name": language_name,
        "nav_url": nav_url,
    }


STEPS = (
    (TaskStatus.PENDING.value, "Queued"),
    (TaskStatus.GENERATING_DATA.value, "Writing personas"),
    (TaskStatus.GENERATING_IMAGES.value, "Making images"),
    (TaskStatus.COMPLETED.value, "Completed"),
)


def stage_steps(task) -> list[dict[str, str]]:
    """The task's stages for the step bar: each with a label and done/current/todo/stopped."""
    order = [key for key, _ in STEPS]
    labels = [label for _, label in STEPS]
    states = ["todo"] * len(STEPS)
    if task.status in order:
        here = order.index(task.status)
        for i in range(here):
            states[i] = "done"
        states[here] = "done" if task.status == TaskStatus.COMPLETED.value else "current"
    else:  # failed or cancelled: show how far it got, and how it ended
        if task.images_done > 0 or (
            task.personas_done and task.personas_done >= task.personas_total
        ):
            reached = 2
        elif task.personas_done > 0 or task.started_at is not None:
            reached = 1
        else:
            reached = 0
        for i in range(reached):
            states[i] = "done"
        states[reached] = "stopped"
        labels[-1] = status_label(task.status)
        states[-1] = task.status
    return [
        {"key": key, "label": label, "state": state}
        for (key, _), label, state in zip(STEPS, labels, states, strict=True)
    ]
