"""Search and filters of a task's gallery (name, gender, age range, city), in SQL.

One model for the web page's query string and the API's query parameters of
``GET /api/v1/tasks/{id}/personas``, so both accept and refuse the same input.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from avatargen.models import Persona
from avatargen.persona_record import Age, Gender
from avatargen.services.tasks import NO_NUL_PATTERN

MAX_NAME_QUERY = 100
MAX_CITY_QUERY = 200
MAX_NAME_TERMS = 5
FILTER_NAMES = ("name", "gender", "age_min", "age_max", "city")


class PersonaFilterError(ValueError):
    """Bad filter values; ``fields`` maps each bad parameter to a message."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in fields.items()))
        self.fields = fields


class PersonaFilter(BaseModel):
    """Which personas of a task to list; every filter is optional and they combine (AND)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str | None = Field(
        default=None,
        max_length=MAX_NAME_QUERY,
        pattern=NO_NUL_PATTERN,
        description="Words found in the first or last name (each word, any case).",
    )
    gender: Gender | None = Field(default=None, description="Only personas of this gender.")
    age_min: Age | None = Field(default=None, description="Youngest age listed.")
    age_max: Age | None = Field(default=None, description="Oldest age listed.")
    city: str | None = Field(
        default=None,
        max_length=MAX_CITY_QUERY,
        pattern=NO_NUL_PATTERN,
        description="Text found in the city's name (any case).",
    )

    @field_validator("name", "city", mode="before")
    @classmethod
    def _text(cls, value: Any, info: ValidationInfo) -> Any:
        # Checked on the raw value, before stripping: what the schema refuses is refused
        # (and NUL said plainly, not as the pattern).
        if isinstance(value, str):
            if "\x00" in value:
                raise ValueError("must not contain NUL characters")
            limit = MAX_NAME_QUERY if info.field_name == "name" else MAX_CITY_QUERY
            if len(value) > limit:
                raise ValueError(f"must be at most {limit} characters")
        return value

    @model_validator(mode="after")
    def _range(self) -> PersonaFilter:
        if self.age_min is not None and self.age_max is not None and self.age_min > self.age_max:
            raise ValueError("age_min must not be greater than age_max")
        return self

    @property
    def active(self) -> bool:
        return any(getattr(self, name) is not None for name in FILTER_NAMES)

    def params(self) -> dict[str, Any]:
        """The filters that are set, as query parameters (for links that keep them)."""
        return {n: getattr(self, n) for n in FILTER_NAMES if getattr(self, n) is not None}

    def apply(self, query: sa.Select) -> sa.Select:
        """``query`` (over personas) narrowed to the personas that match."""
        if self.name:
            for term in self.name.split()[:MAX_NAME_TERMS]:
                term = term.lower()
                query = query.where(
                    sa.or_(
                        sa.func.lower(Persona.first_name).contains(term, autoescape=True),
                        sa.func.lower(Persona.last_name).contains(term, autoescape=True),
                    )
                )
        if self.gender:
            query = query.where(Persona.gender == self.gender)
        if self.age_min is not None:
            query = query.where(Persona.age >= self.age_min)
        if self.age_max is not None:
            query = query.where(Persona.age <= self.age_max)
        if self.city:
            query = query.where(
                sa.func.lower(Persona.city).contains(self.city.lower(), autoescape=True)
            )
        return query


def error_fields(exc: ValidationError) -> dict[str, str]:
    fields: dict[str, str] = {}
    for err in exc.errors():
        name = str(err["loc"][0]) if err["loc"] else "age_max"  # the range check
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown parameter"
        elif err["type"] in ("int_parsing", "int_type", "int_from_float"):
            msg = "must be a whole number"
        elif err["type"] == "literal_error":
            msg = "must be one of female, male, nonbinary"
        fields.setdefault(name, msg)
    return fields


def parse_filter(args: dict[str, Any]) -> PersonaFilter:
    """The filters among ``args`` (other keys, such as ``page``, are left out)."""
    try:
        return PersonaFilter.model_validate({k: v for k, v in args.items() if k in FILTER_NAMES})
    except ValidationError as exc:
        raise PersonaFilterError(error_fields(exc)) from None
