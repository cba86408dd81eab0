"""Fuzz every operation of /api/v1/openapi.json with Schemathesis (v4 Python API).

Stateless checks with a valid token, in positive and negative generation modes: no 5xx,
and every response's status code, content type, headers and body conform to the
document; negative (schema-violating) input must be rejected with a 4xx. Tasks are only
queued here (no worker runs), so generated counts up to 10,000 cost nothing.

Schemathesis's pytest fixture integration (``schemathesis.pytest.from_fixture``) does not
work with pytest 9.2 (it writes ``node._nodeid``), so each operation is driven through the
public ``APIOperation.as_strategy`` with an explicit Hypothesis ``@given``.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from avatargen.models import TaskStatus
from avatargen.providers.base import Constraints
from avatargen.services import tokens as token_service
from tests.factories import make_task, make_user
from tests.test_api_ownership import make_persona

MAX_EXAMPLES = 25
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
NEGATIVE_CHECKS = [*CHECKS, negative_data_rejection]
# Every operation in the document (a test below fails when this list falls behind it).
OPERATIONS = (
    "listTasks",
    "createTask",
    "getTask",
    "updateTask",
    "listSharedTasks",
    "listTaskShares",
    "createTaskShare",
    "deleteTaskShare",
    "deleteTask",
    "cancelTask",
    "retryTask",
    "listTaskPersonas",
    "listTaskTraces",
    "exportTask",
    "getPersona",
    "estimateTask",
    "previewTask",
    "regeneratePersona",
    "regenerateImage",
    "getRegeneration",
    "acceptRegeneration",
    "discardRegeneration",
    "getRegenerationImage",
    "verifyFile",
)
HYPOTHESIS = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    database=None,  # no .hypothesis/ folder in the work tree
    derandomize=True,  # the same examples on every CI run
    phases=[Phase.explicit, Phase.generate, Phase.shrink],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@pytest.fixture
def known(app) -> dict[str, str]:
    """A token, and ids that exist: a completed task with a persona, a pending task."""
    with app.app_context():
        user = make_user("fuzz@example.com")
        done = make_task(user, status=TaskStatus.COMPLETED.value, number_to_generate=1)
        persona = make_persona(done)
        pending = make_task(user)
        return {
            "token": token_service.create_token(user, "schemathesis")[1],
            "done": done.task_id,
            "pending": pending.task_id,
            "persona": persona.id,
        }


@pytest.fixture
def api_schema(app, known):
    config = schemathesis.Config.from_dict(
        {"auth": {"openapi": {"bearer": {"bearer": known["token"]}}}}
    )
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app, config=config)


def _strategy(operation, mode, known):
    """Generated ids (mostly unknown: 404) and, as often, ids that exist."""
    strategies = [operation.as_strategy(generation_mode=mode)]
    names = {p.name for p in operation.path_parameters}
    if "task_id" in names:
        strategies += [
            operation.as_strategy(generation_mode=mode, path_parameters={"task_id": known[k]})
            for k in ("done", "pending")
        ]
    if "persona_id" in names:
        strategies.append(
            operation.as_strategy(
                generation_mode=mode, path_parameters={"persona_id": known["persona"]}
            )
        )
    return st.one_of(strategies)


def test_operation_list_matches_the_document(api_schema):
    found = {
        result.ok().definition.raw["operationId"] for result in api_schema.get_all_operations()
    }
    assert found == set(OPERATIONS)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=str)
@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_operation_conforms_to_the_document(api_schema, known, operation_id, mode):
    operation = api_schema.find_operation_by_id(operation_id)
    checks = CHECKS if mode == GenerationMode.POSITIVE else NEGATIVE_CHECKS

    @HYPOTHESIS
    @given(case=_strategy(operation, mode, known))
    def run(case):
        case.call_and_validate(checks=checks)

    run()


def _within_cross_field_rules(case) -> bool:
    """The two rules the document states in words but a JSON schema cannot express."""
    constraints = (case.body or {}).get("constraints") or {}
    lo, hi = constraints.get("age_min"), constraints.get("age_max")
    weights = constraints.get("gender_mix") or {}
    heritage = constraints.get("heritage_mix") or {}
    return not (lo is not None and hi is not None and lo > hi) and all(
        not mix or sum(mix.values()) > 0 for mix in (weights, heritage)
    )


@pytest.mark.parametrize("operation_id", ["createTask", "estimateTask"])
def test_schema_valid_task_requests_are_accepted(api_schema, known, operation_id):
    """What the document offers (providers, languages, countries, weights), the providers
    accept: no schema-valid request is refused with a 422 (issue 9)."""
    from schemathesis.specs.openapi.checks import positive_data_acceptance

    operation = api_schema.find_operation_by_id(operation_id)
    strategy = operation.as_strategy(generation_mode=GenerationMode.POSITIVE)

    @settings(HYPOTHESIS, max_examples=60)
    @given(case=strategy.filter(_within_cross_field_rules))
    def run(case):
        case.call_and_validate(checks=[*CHECKS, positive_data_acceptance])

    run()


def test_document_offers_only_what_the_offline_provider_accepts(app, client):
    from avatargen.providers.registry import get_text_provider

    doc = client.get("/api/v1/openapi.json").get_json()
    props = doc["components"]["schemas"]["TaskRequest"]["properties"]
    assert "openai" not in props["text_provider"]["enum"]  # disabled here (no key)
    offline = get_text_provider("offline")
    for code in props["bio_language"]["enum"]:
        offline.check_request("x", code, Constraints())
    country = doc["components"]["schemas"]["Constraints"]["properties"]["country"]
    codes = country["anyOf"][0]["enum"]
    assert "AQ" not in codes and "PH" in codes  # Antarctica has no one to draw from
