"""The persona record model is the one source: draft validator, API model, CSV and LLM schema."""

from __future__ import annotations

import pydantic
import pytest

from avatargen.api.schemas import PersonaRecordOut
from avatargen.persona_record import (
    DRAFT_FIELDS,
    PIPELINE_FIELDS,
    RECORD_FIELDS,
    PersonaDraft,
    csv_columns,
    csv_values,
    draft_json_schema,
)
from avatargen.providers.prompts import batch_schema


def _draft(**over):
    values = {
        "first_name": "Ana",
        "last_name": "Reyes",
        "gender": "female",
        "age": 34,
        "country": "ph",
        "city": "Manila",
        "region": "Metro Manila",
        "occupation": "nurse",
        "workplace": "St. Luke's",
        "education": {"institution": "UP Manila", "field": "Nursing"},
        "interests": ["hiking"],
        "personality": ["calm"],
        "appearance": {
            "hair": "black",
            "eyes": "brown",
            "skin_tone": "medium",
            "build": "slim",
            "style": "casual",
        },
        "about": "I am a nurse.",
        "bios": {"facebook": "a", "instagram": "b", "x": "c", "tiktok": "d"},
    }
    values.update(over)
    return values


def test_record_fields_follow_the_contract_order():
    assert RECORD_FIELDS == (
        "id", "task_id", "index", "first_name", "last_name", "full_name", "gender", "age",
        "country", "city", "region", "occupation", "workplace", "education", "interests",
        "personality", "appearance", "about", "language", "bios", "handles", "email",
        "previous_city", "heritage", "images", "synthetic",
    )  # fmt: skip
    assert set(DRAFT_FIELDS) | set(PIPELINE_FIELDS) == set(RECORD_FIELDS)
    assert tuple(PersonaDraft.model_fields) == DRAFT_FIELDS
    assert tuple(PersonaRecordOut.model_fields) == RECORD_FIELDS


def test_draft_validation_uses_the_record_bounds():
    draft = PersonaDraft.model_validate(_draft())
    assert draft.country == "PH" and draft.full_name == "Ana Reyes"
    for bad in (
        {"country": "P1"},
        {"country": "PHL"},
        {"age": 12},
        {"interests": []},
        {"interests": ["x"] * 21},
        {"first_name": "x" * 101},
        {"gender": "other"},
        {"synthetic": True},  # a pipeline field is not the provider's to write
    ):
        with pytest.raises(pydantic.ValidationError):
            PersonaDraft.model_validate(_draft(**bad))


def test_llm_schema_carries_every_validator_bound():
    schema = draft_json_schema()
    props = schema["properties"]
    assert schema["required"] == list(DRAFT_FIELDS)
    assert schema["additionalProperties"] is False
    assert props["interests"]["minItems"] == 1 and props["interests"]["maxItems"] == 20
    assert props["interests"]["items"] == {"type": "string", "minLength": 1, "maxLength": 200}
    assert props["country"]["pattern"] == "^[A-Za-z]{2}$"
    assert props["gender"]["enum"] == ["female", "male", "nonbinary"]
    assert (props["age"]["minimum"], props["age"]["maximum"]) == (13, 110)
    assert props["first_name"]["maxLength"] == 100
    assert props["about"]["maxLength"] == 5000
    appearance = props["appearance"]
    assert appearance["required"] == ["hair", "eyes", "skin_tone", "build", "style"]
    education = props["education"]["anyOf"]
    assert {"type": "null"} in education
    assert "$ref" not in str(schema) and "$defs" not in schema
    personas = batch_schema(3)["schema"]["properties"]["personas"]
    assert personas["items"] == schema
    assert (personas["minItems"], personas["maxItems"]) == (3, 3)  # the batch's count, exactly


def test_csv_columns_and_values_are_flattened_from_the_model():
    record = {
        **PersonaDraft.model_validate(_draft(education=None)).model_dump(),
        "id": "0" * 8,
        "task_id": "abc",
        "index": 0,
        "full_name": "Ana Reyes",
        "language": "en",
        "handles": {"facebook": "ana.reyes01", "instagram": "ana_r01", "x": "areyes01",
                    "tiktok": "ana.reyes01"},
        "email": "ana.reyes.01@example.com",
        "images": ["images/x/1.png"],
        "synthetic": True,
    }  # fmt: skip
    record["previous_city"] = {"city": "Cebu City", "region": "Central Visayas", "country": "PH"}
    columns = csv_columns(2)
    values = csv_values(record, 2)
    assert len(columns) == len(values)
    row = dict(zip(columns, values, strict=True))
    assert row["education_institution"] == "" and row["education_field"] == ""
    assert row["appearance_skin_tone"] == "medium"
    assert row["bios_x"] == "c"
    assert (row["image_1"], row["image_2"]) == ("images/x/1.png", "")
    assert row["interests"] == "hiking" and row["synthetic"] == "true"
    assert row["handles_x"] == "areyes01" and row["email"] == "ana.reyes.01@example.com"
    assert row["previous_city_city"] == "Cebu City" and row["previous_city_country"] == "PH"
    assert row["heritage"] is None  # written as an empty cell
    assert columns[-1] == "synthetic"
