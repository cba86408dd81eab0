"""Input rules of a task: each bad value gives a clear, field-named error; nothing is stored."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import GenerationTask
from avatargen.services.tasks import TaskInputError, parse_request, submit_task
from tests.factories import make_user

VALID = {
    "persona_description": "nurses in Manila who hike",
    "bio_language": "es",
    "number_to_generate": 20,
    "images_per_persona": 4,
}


def _with(**changes):
    data = dict(VALID)
    data.update(changes)
    return data


@pytest.mark.parametrize(
    "changes,field,message",
    [
        ({"number_to_generate": 0}, "number_to_generate", "from 1 to 10,000"),
        ({"number_to_generate": 10_001}, "number_to_generate", "from 1 to 10,000"),
        ({"number_to_generate": "many"}, "number_to_generate", "whole number"),
        ({"number_to_generate": 2.5}, "number_to_generate", "whole number"),
        ({"images_per_persona": 5}, "images_per_persona", "4 or 8"),
        ({"images_per_persona": "four"}, "images_per_persona", "whole number"),
        ({"persona_description": "   "}, "persona_description", "up to 5,000 characters"),
        ({"persona_description": "x" * 5001}, "persona_description", "up to 5,000 characters"),
        ({"persona_description": "nurses\x00"}, "persona_description", "NUL characters"),
        ({"bio_language": "xx-YY"}, "bio_language", "unknown language"),
        ({"bio_language": ""}, "bio_language", "unknown language"),
        ({"seed": "abc"}, "seed", "whole number"),
        ({"seed": -1}, "seed", "greater than or equal to 0"),
        ({"text_provider": "nope"}, "text_provider", "known text providers: "),
        ({"image_provider": "nope"}, "image_provider", "known image providers: "),
        ({"constraints": {"age_min": 50, "age_max": 30}}, "constraints", "age_min"),
        ({"constraints": {"age_min": 5}}, "constraints.age_min", "greater than or equal to 13"),
        ({"constraints": {"colour": "blue"}}, "constraints.colour", "unknown field"),
        ({"surprise": 1}, "surprise", "unknown field"),
    ],
)
def test_each_bad_value_is_named(app, changes, field, message):
    with app.app_context():
        with pytest.raises(TaskInputError) as err:
            submit_task(make_user(), _with(**changes))
        assert field in err.value.fields, err.value.fields
        assert message in err.value.fields[field]
        assert db.session.scalar(sa.select(sa.func.count(GenerationTask.id))) == 0


def test_language_the_offline_provider_cannot_write(app):
    with app.app_context():
        with pytest.raises(TaskInputError) as err:
            parse_request(_with(bio_language="th"))
        message = err.value.fields["bio_language"]
        assert "es" in message and "en" in message  # lists what it can write
        assert "openai" in message.lower() or "llm" in message.lower()


def test_valid_input_normalised_and_stored(app):
    with app.app_context():
        task = submit_task(
            make_user(),
            _with(
                bio_language="PT-br",
                persona_description="  x  ",
                constraints={"country": "br", "age_min": 20},
            ),
        )
        assert task.bio_language == "pt-BR"
        assert task.persona_description == "x"
        assert task.constraints == {"country": "BR", "age_min": 20}
        assert task.status == "pending" and len(task.task_id) == 8
        assert task.seed is not None  # a seed is always recorded, so a rerun can reproduce it


def test_the_document_says_a_description_has_no_nul(client):
    """Schema-valid must mean accepted: the document carries the no-NUL rule (issue 9)."""
    import re

    doc = client.get("/api/v1/openapi.json").get_json()
    pattern = doc["components"]["schemas"]["TaskRequest"]["properties"]["persona_description"][
        "pattern"
    ]
    # JSON Schema semantics: the pattern may match anywhere in the value.
    assert re.search(pattern, "nurses in Manila")
    assert not re.search(pattern, "a\x00b") and not re.search(pattern, "   ")
