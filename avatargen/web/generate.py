"""The generate page and its live estimate."""

from __future__ import annotations

from flask import Blueprint, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from avatargen.languages import language_choices, provider_languages
from avatargen.providers.base import ProviderError, ProviderPreflightError
from avatargen.services import quotas
from avatargen.services.action_limits import TooManyRequests
from avatargen.services.estimate import estimate
from avatargen.services.preview import preview as make_preview
from avatargen.services.tasks import (
    IMAGES_PER_PERSONA_CHOICES,
    MAX_DESCRIPTION,
    MAX_PERSONAS,
    MAX_TITLE,
    TaskInputError,
    parse_request,
    submit_task,
)
from avatargen.storage import StoragePreflightError
from avatargen.web.display import estimate_text
from avatargen.web.forms import (
    country_choices,
    generate_values,
    provider_choices,
    task_data,
)
from avatargen.web.help import provider_anchor

bp = Blueprint("generate", __name__)

# Error keys shown beside a field of the form; any other key is listed above the buttons.
FIELD_ERRORS = {
    "persona_description": "persona_description",
    "title": "title",
    "bio_language": "bio_language",
    "number_to_generate": "number_to_generate",
    "images_per_persona": "images_per_persona",
    "seed": "seed",
    "text_provider": "text_provider",
    "image_provider": "image_provider",
    "constraints.age_min": "age_min",
    "constraints.age_max": "age_max",
    "constraints.gender_mix": "gender_mix",
    "constraints.country": "country",
    "constraints.heritage_mix": "heritage_mix",
    "constraints": "constraints",
}


def _render(
    values: dict[str, str], errors: dict[str, str], status: int = 200, preview: dict | None = None
):
    by_field: dict[str, str] = {}
    other: list[tuple[str, str]] = []
    for key, message in errors.items():
        if key.startswith("constraints.heritage_mix."):  # a label or weight of the mix
            key = "constraints.heritage_mix"
        if key in FIELD_ERRORS:
            by_field[FIELD_ERRORS[key]] = message
        else:
            other.append((key, message))
    return render_template(
        "web/generate.html",
        values=values,
        errors=by_field,
        other_errors=other,
        languages=language_choices(),
        text_languages=provider_languages(),
        countries=country_choices(),
        text_providers=provider_choices("text"),
        image_providers=provider_choices("image"),
        images_choices=IMAGES_PER_PERSONA_CHOICES,
        max_description=MAX_DESCRIPTION,
        max_personas=MAX_PERSONAS,
        max_title=MAX_TITLE,
        estimate=_estimate(values),
        provider_anchor=provider_anchor,
        preview=preview,
    ), status


def _estimate(values: dict[str, str]) -> str:
    """The estimate text for the form's values; blank until they are valid (a description
    included: an estimate beside an empty form reads as a promise)."""
    try:
        return estimate_text(estimate(parse_request(task_data(values))))
    except (TaskInputError, ProviderError):
        return ""


@bp.route("/generate", methods=["GET", "POST"])
@login_required
def generate():
    if request.method == "GET":
        return _render(generate_values(), {})
    values = generate_values(request.form)
    try:
        task = submit_task(current_user._get_current_object(), task_data(values))
    except TaskInputError as exc:
        return _render(values, exc.fields, 422)
    except quotas.QuotaExceeded as exc:
        html, status = _render(values, {"quota": exc.message}, exc.status)
        headers = {"Retry-After": str(exc.retry_after)} if status == 429 else {}
        return html, status, headers
    except StoragePreflightError as exc:
        return _render(values, {"storage": str(exc)}, 503)
    except ProviderPreflightError as exc:
        html, status = _render(values, {f"{exc.kind or 'text'}_provider": str(exc)}, 503)
        return html, status, ({"Retry-After": "60"} if exc.retryable else {})
    flash(f"Task {task.task_id} is queued.", "success")
    return redirect(url_for("tasks.task_page", task_id=task.task_id))


@bp.route("/generate/estimate", methods=["POST"])
@login_required
def generate_estimate():
    text = _estimate(generate_values(request.form))
    return jsonify({"ok": bool(text), "text": text})


@bp.route("/generate/preview", methods=["POST"])
@login_required
def generate_preview():
    """The form again, with the first personas of the task it describes (nothing stored);
    the seed field holds the preview's seed, so "Start generating" makes these ones."""
    values = generate_values(request.form)
    try:
        shown = make_preview(current_user._get_current_object(), task_data(values))
    except TaskInputError as exc:
        return _render(values, exc.fields, 422)
    except TooManyRequests as exc:
        html, status = _render(values, {"preview": str(exc)}, 429)
        return html, status, {"Retry-After": str(exc.retry_after)}
    values["seed"] = str(shown["seed"])
    return _render(values, {}, preview=shown)
