"""The persona record (contract): the one model every other persona schema is derived from.

:class:`PersonaRecord` is the JSON object of DESIGN.md's "Persona record", field by field
and in its key order. Everything else that describes a persona comes from it, so a bound
declared here holds everywhere:

- :class:`PersonaDraft`, what a text provider returns and the pipeline validates: the record
  without the fields the pipeline fills in (:data:`PIPELINE_FIELDS`);
- :data:`RECORD_FIELDS`, the key order of API responses and JSON/JSONL exports;
- the API's response model (``avatargen.api.schemas.PersonaRecordOut`` subclasses this one,
  so the OpenAPI document carries the same bounds);
- :func:`csv_columns` / :func:`csv_values`, the flattened CSV row;
- :func:`draft_json_schema`, the JSON schema sent to an LLM for structured output, with
  every bound the validator enforces (lengths, item counts, patterns, enums).
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Annotated, Any, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, create_model

PLATFORMS: tuple[str, ...] = ("facebook", "instagram", "x", "tiktok")
DEFAULT_BIO_LIMITS: dict[str, int] = {"facebook": 101, "instagram": 150, "x": 160, "tiktok": 80}
Gender = Literal["female", "male", "nonbinary"]
GENDERS: tuple[str, ...] = get_args(Gender)

AGE_MIN, AGE_MAX = 13, 110
MAX_LIST_ITEMS = 20

# Field types shared by the models below (each bound is declared once, here).
Name = Annotated[str, Field(min_length=1, max_length=100)]
Phrase = Annotated[str, Field(min_length=1, max_length=200)]
Age = Annotated[int, Field(ge=AGE_MIN, le=AGE_MAX)]
CountryCode = Annotated[
    str,
    Field(pattern=r"^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 code."),
    AfterValidator(str.upper),
]
Tags = Annotated[list[Phrase], Field(min_length=1, max_length=MAX_LIST_ITEMS)]
BioText = Annotated[str, Field(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Education(_Strict):
    institution: Phrase
    field: Phrase


class Appearance(_Strict):
    """What fixes a persona's look; image providers derive identity from it."""

    hair: Phrase
    eyes: Phrase
    skin_tone: Phrase
    build: Phrase
    style: Phrase


class Bios(_Strict):
    """One bio per platform (lengths are checked against the task's limits, see over_limit)."""

    facebook: BioText
    instagram: BioText
    x: BioText
    tiktok: BioText

    def over_limit(self, limits: dict[str, int]) -> dict[str, int]:
        """Platforms whose bio is longer than its limit, with the bio's length."""
        out = {}
        for platform in PLATFORMS:
            n = len(getattr(self, platform))
            if n > limits.get(platform, DEFAULT_BIO_LIMITS[platform]):
                out[platform] = n
        return out


class Handles(_Strict):
    """A username per platform, within the platform's rules (see :mod:`avatargen.handles`)."""

    facebook: str = Field(min_length=5, max_length=50, pattern=r"^[a-z0-9.]+$")
    instagram: str = Field(min_length=1, max_length=30, pattern=r"^[a-z0-9._]+$")
    x: str = Field(min_length=4, max_length=15, pattern=r"^[a-z0-9_]+$")
    tiktok: str = Field(min_length=2, max_length=24, pattern=r"^[a-z0-9._]+$")


class PreviousCity(_Strict):
    """Where the persona lived before its current city."""

    city: Phrase
    region: str = Field(default="", max_length=200)
    country: CountryCode


class PersonaRecord(_Strict):
    """The persona record (contract): the same object in the API, exports and the CLI."""

    id: str = Field(description="UUID.")
    task_id: str
    index: int = Field(ge=0, description="0-based position in the task.")
    first_name: Name
    last_name: Name
    full_name: str
    gender: Gender
    age: Age
    country: CountryCode
    city: Phrase
    region: str = Field(default="", max_length=200)
    occupation: Phrase
    workplace: Phrase
    education: Education | None = None
    interests: Tags
    personality: Tags
    appearance: Appearance
    about: str = Field(min_length=1, max_length=5000)
    language: str = Field(description="BCP 47 code of the bio language.")
    bios: Bios
    handles: Handles
    email: str = Field(
        max_length=254,
        pattern=r"^[a-z0-9._]+@example\.(com|net|org)$",
        description="On a domain reserved for examples (RFC 2606): it reaches nobody.",
    )
    previous_city: PreviousCity | None = None
    heritage: str | None = Field(default=None, min_length=1, max_length=100)
    images: list[str] = Field(description="Paths relative to the export root.")
    synthetic: Literal[True]


RECORD_FIELDS: tuple[str, ...] = tuple(PersonaRecord.model_fields)
# Filled in by the pipeline, not written by a text provider.
PIPELINE_FIELDS: tuple[str, ...] = (
    "id", "task_id", "index", "full_name", "language", "handles", "email", "images",
    "synthetic",
)  # fmt: skip
DRAFT_FIELDS: tuple[str, ...] = tuple(f for f in RECORD_FIELDS if f not in PIPELINE_FIELDS)


class _DraftBase(_Strict):
    @property
    def full_name(self) -> str:
        from avatargen.names_order import full_name

        return full_name(self.first_name, self.last_name)  # type: ignore[attr-defined]


PersonaDraft = create_model(
    "PersonaDraft",
    __base__=_DraftBase,
    __module__=__name__,
    __doc__="One persona as a text provider returns it: the record minus PIPELINE_FIELDS.",
    **{
        name: (info.annotation, info)
        for name, info in PersonaRecord.model_fields.items()
        if name in DRAFT_FIELDS
    },
)


# --------------------------------------------------------------------------- CSV


def _nested(name: str) -> type[BaseModel] | None:
    """The model of a nested-object field (``education``, ``appearance``, ``bios``)."""
    annotation = PersonaRecord.model_fields[name].annotation
    for candidate in (annotation, *get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def csv_columns(images_per_persona: int) -> list[str]:
    """CSV header: nested objects flattened to ``<field>_<key>``, one column per image."""
    columns: list[str] = []
    for name in RECORD_FIELDS:
        model = _nested(name)
        if model is not None:
            columns += [f"{name}_{key}" for key in model.model_fields]
        elif name == "images":
            columns += [f"image_{n}" for n in range(1, images_per_persona + 1)]
        else:
            columns.append(name)
    return columns


def csv_values(record: dict[str, Any], images_per_persona: int) -> list[Any]:
    """One CSV row of ``record`` in :func:`csv_columns` order (lists joined with "; ")."""
    row: list[Any] = []
    for name in RECORD_FIELDS:
        value = record[name]
        model = _nested(name)
        if model is not None:
            value = value or {}
            row += [value.get(key, "") for key in model.model_fields]
        elif name == "images":
            row += (value + [""] * images_per_persona)[:images_per_persona]
        elif isinstance(value, list):
            row.append("; ".join(value))
        elif isinstance(value, bool):
            row.append("true" if value else "false")
        else:
            row.append(value)
    return row


# --------------------------------------------------------------------------- LLM schema


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    """Resolve ``$ref``s, drop titles and defaults, require every key (strict mode)."""
    if isinstance(node, list):
        return [_inline(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return _inline(copy.deepcopy(defs[node["$ref"].rsplit("/", 1)[-1]]), defs)
    out = {k: _inline(v, defs) for k, v in node.items() if k not in ("title", "default", "$defs")}
    if out.get("type") == "object" and "properties" in out:
        out["required"] = list(out["properties"])
        out["additionalProperties"] = False
    return out


def draft_json_schema() -> dict[str, Any]:
    """JSON schema of one :class:`PersonaDraft`, self-contained, every key required.

    It carries every bound the validator enforces (string lengths, item counts, the
    country pattern, the gender enum, the age range) so that grammar-constrained decoding
    cannot produce a persona the validator then rejects.
    """
    return copy.deepcopy(_draft_schema())  # a copy: callers add a task's bounds to it


@cache
def _draft_schema() -> dict[str, Any]:
    """Built once: pydantic takes about 1.6 ms per schema, spent on every chat request."""
    schema = PersonaDraft.model_json_schema()
    return _inline(schema, schema.get("$defs", {}))
