"""Forms of the signed-in pages, and the mapping of the generate form to a task request."""

from __future__ import annotations

from functools import cache
from typing import Any

from babel import Locale
from flask_wtf import FlaskForm
from werkzeug.datastructures import MultiDict
from wtforms import BooleanField, StringField, SubmitField, TextAreaField

from avatargen.heritage import HeritageMixError, parse_mix
from avatargen.providers.base import GENDERS, PLATFORMS
from avatargen.providers.registry import provider_classes
from avatargen.services.tasks import TaskInputError


class SettingsForm(FlaskForm):
    """Four bio prompts and four limits (validation lives in services.bio_settings), and
    whether call traces keep prompts and responses (avatargen.trace_settings)."""

    trace_prompts = BooleanField("trace_prompts")
    submit = SubmitField("Save settings")


for _p in PLATFORMS:
    setattr(SettingsForm, f"prompt_{_p}", TextAreaField(f"prompt_{_p}"))
    setattr(SettingsForm, f"limit_{_p}", StringField(f"limit_{_p}"))


# --------------------------------------------------------------------------- generate form

# Fields of the generate form, as the page names its inputs. Values are kept as typed so a
# page with errors shows them unchanged; task validation lives in services.tasks.
GENERATE_FIELDS = (
    "persona_description",
    "title",
    "bio_language",
    "number_to_generate",
    "images_per_persona",
    "seed",
    "text_provider",
    "image_provider",
    "age_min",
    "age_max",
    *(f"gender_{g}" for g in GENDERS),
    "country",
    "heritage_mix",
)
GENERATE_DEFAULTS = {
    "bio_language": "en",
    "number_to_generate": "10",
    "images_per_persona": "4",
    "text_provider": "offline",
    "image_provider": "offline",
}
# Region codes Babel names that are not ISO 3166-1 countries (groupings, pseudo-locales,
# exceptional reservations).
_NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB", "AC", "CP", "DG", "EA", "IC", "TA"}


def generate_values(form: MultiDict | None = None) -> dict[str, str]:
    """The form's values as strings (defaults for a fresh form)."""
    if form is None:
        return {name: GENERATE_DEFAULTS.get(name, "") for name in GENERATE_FIELDS}
    return {name: (form.get(name) or "") for name in GENERATE_FIELDS}


def task_data(values: dict[str, str]) -> dict[str, Any]:
    """Raw task input (the API's field names) from the form's values; blanks are left out."""
    data: dict[str, Any] = {
        "persona_description": values["persona_description"],
        "title": values["title"],
        "bio_language": values["bio_language"],
        "number_to_generate": values["number_to_generate"].strip(),
        "images_per_persona": values["images_per_persona"].strip(),
        "text_provider": values["text_provider"] or "offline",
        "image_provider": values["image_provider"] or "offline",
    }
    if values["seed"].strip():
        data["seed"] = values["seed"].strip()
    constraints: dict[str, Any] = {}
    for name in ("age_min", "age_max"):
        if values[name].strip():
            constraints[name] = values[name].strip()
    weights = {g: values[f"gender_{g}"].strip() for g in GENDERS}
    if any(weights.values()):
        # One weight given means "only these": the blank ones count as zero.
        constraints["gender_mix"] = {g: w or "0" for g, w in weights.items()}
    if values["country"].strip():
        constraints["country"] = values["country"].strip()
    if values["heritage_mix"].strip():
        try:
            constraints["heritage_mix"] = parse_mix(values["heritage_mix"])
        except HeritageMixError as exc:
            raise TaskInputError({"constraints.heritage_mix": str(exc)}) from None
    if constraints:
        data["constraints"] = constraints
    return data


def provider_choices(kind: str) -> list[tuple[str, str, str]]:
    """(id, label, reason) of every provider of ``kind``; reason is "" for those that can run
    here, else why not (what ``avatargen providers list`` says)."""
    out = []
    for name, cls in provider_classes(kind).items():
        ok, why = cls.enabled()
        out.append((name, cls.label or name, "" if ok else (why or "not enabled")))
    return out


@cache
def country_choices() -> list[tuple[str, str]]:
    """(ISO alpha-2 code, English name) sorted by name."""
    names = Locale("en").territories
    return sorted(
        (
            (code, name)
            for code, name in names.items()
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
        ),
        key=lambda pair: pair[1],
    )
