"""REST API /api/v1: every route's happy path, the one error shape, streaming exports."""

from __future__ import annotations

import io
import json
import re
import threading
import zipfile

import pytest
import sqlalchemy as sa

from avatargen.api.schemas import PersonaRecordOut
from avatargen.exports.stream import ExportStreamError
from avatargen.extensions import db
from avatargen.models import GenerationTask, TaskStatus, User
from avatargen.persona_record import RECORD_FIELDS
from avatargen.persona_rows import persona_record
from avatargen.pipeline import run_task
from avatargen.services import tokens as token_service
from avatargen.storage import get_storage
from tests.factories import make_task, make_user
from tests.test_api_ownership import make_persona

BODY = {
    "persona_description": "nurses in Manila aged 30-45 who hike",
    "bio_language": "en",
    "number_to_generate": 2,
    "images_per_persona": 4,
    "seed": 7,
}


@pytest.fixture
def auth(app):
    """Headers with a valid token of a plain user."""
    with app.app_context():
        user = make_user("api@example.com")
        _row, plaintext = token_service.create_token(user, "tests")
    return {"Authorization": f"Bearer {plaintext}"}


def _error(resp, status: int, code: str) -> dict:
    assert resp.status_code == status, resp.get_data(as_text=True)
    assert resp.mimetype == "application/json"
    body = resp.get_json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "fields"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body["error"]


def _create(client, auth, **overrides) -> dict:
    resp = client.post("/api/v1/tasks", json={**BODY, **overrides}, headers=auth)
    assert resp.status_code == 201, resp.get_data(as_text=True)
    return resp.get_json()


def _completed_from_rows(app, personas: int = 2, images: int = 0) -> str:
    """A completed task of the api@ user built from rows (no pipeline run)."""
    with app.app_context():
        user = db.session.query(User).filter_by(email="api@example.com").one()
        task = make_task(user, status=TaskStatus.COMPLETED.value, number_to_generate=personas)
        for index in range(personas):
            persona = make_persona(task, index, images=images)
            for img in persona.images:
                get_storage().put(img.storage_key, b"\x89PNG" + bytes(50_000))
        return task.task_id


def _complete(app, task_id: str) -> None:
    with app.app_context():
        pk = db.session.query(GenerationTask.id).filter_by(task_id=task_id).scalar()
        assert run_task(pk) == "completed"


# --------------------------------------------------------------------------- happy paths


def test_create_task_returns_201_location_and_task_object(client, auth):
    resp = client.post(
        "/api/v1/tasks",
        json={**BODY, "constraints": {"age_min": 30, "age_max": 45, "country": "ph"}},
        headers=auth,
    )
    assert resp.status_code == 201
    task = resp.get_json()
    assert resp.headers["Location"] == f"/api/v1/tasks/{task['task_id']}"
    assert task["status"] == "pending"
    assert task["persona_description"] == BODY["persona_description"]
    assert (task["bio_language"], task["number_to_generate"], task["images_per_persona"]) == (
        "en",
        2,
        4,
    )
    assert task["seed"] == 7
    assert (task["text_provider"], task["image_provider"]) == ("offline", "offline")
    assert task["constraints"] == {
        "age_min": 30,
        "age_max": 45,
        "gender_mix": {},
        "country": "PH",
        "heritage_mix": {},
    }
    assert task["created_at"].endswith("Z") and task["updated_at"].endswith("Z")
    assert task["completed_at"] is None and task["error_log"] is None
    progress = task["progress"]
    assert {k: progress[k] for k in ("personas_done", "personas_total")} == {
        "personas_done": 0,
        "personas_total": 2,
    }
    assert (progress["images_done"], progress["images_total"]) == (0, 8)
    assert task["links"]["self"] == f"/api/v1/tasks/{task['task_id']}"
    assert task["links"]["personas"] == f"/api/v1/tasks/{task['task_id']}/personas"


def test_get_task(client, auth):
    created = _create(client, auth)
    resp = client.get(created["links"]["self"], headers=auth)
    assert resp.status_code == 200
    assert resp.get_json() == created


def test_list_tasks_paginates_and_filters(app, client, auth):
    ids = [_create(client, auth, seed=i)["task_id"] for i in range(3)]
    page1 = client.get("/api/v1/tasks?per_page=2", headers=auth).get_json()
    assert (page1["page"], page1["per_page"], page1["total"], page1["pages"]) == (1, 2, 3, 2)
    page2 = client.get("/api/v1/tasks?per_page=2&page=2", headers=auth).get_json()
    listed = [t["task_id"] for t in page1["items"] + page2["items"]]
    assert sorted(listed) == sorted(ids) and len(page2["items"]) == 1
    client.post(f"/api/v1/tasks/{ids[0]}/cancel", headers=auth)
    cancelled = client.get("/api/v1/tasks?status=cancelled", headers=auth).get_json()
    assert [t["task_id"] for t in cancelled["items"]] == [ids[0]]
    assert client.get("/api/v1/tasks?per_page=100", headers=auth).status_code == 200


def test_cancel_retry_and_illegal_states(client, auth):
    task_id = _create(client, auth)["task_id"]
    resp = client.post(f"/api/v1/tasks/{task_id}/cancel", headers=auth)
    assert resp.status_code == 200 and resp.get_json()["status"] == "cancelled"
    assert resp.get_json()["completed_at"].endswith("Z")
    err = _error(
        client.post(f"/api/v1/tasks/{task_id}/cancel", headers=auth), 409, "invalid_task_state"
    )
    assert "cancelled" in err["message"]
    resp = client.post(f"/api/v1/tasks/{task_id}/retry", headers=auth)
    assert resp.status_code == 200 and resp.get_json()["status"] == "pending"
    _error(client.post(f"/api/v1/tasks/{task_id}/retry", headers=auth), 409, "invalid_task_state")


def test_delete_task(client, auth):
    task_id = _create(client, auth)["task_id"]
    resp = client.delete(f"/api/v1/tasks/{task_id}", headers=auth)
    assert resp.status_code == 204 and resp.data == b""
    _error(client.get(f"/api/v1/tasks/{task_id}", headers=auth), 404, "not_found")


def test_personas_pages_are_contract_records(app, client, auth):
    with app.app_context():
        user = db.session.query(User).filter_by(email="api@example.com").one()
        task = make_task(user, status=TaskStatus.COMPLETED.value, number_to_generate=3)
        personas = [make_persona(task, i, images=4) for i in range(3)]
        task_id = task.task_id
        expected = [persona_record(p, task, [1, 2, 3, 4]) for p in personas]
    page = client.get(f"/api/v1/tasks/{task_id}/personas?per_page=2", headers=auth).get_json()
    assert (page["page"], page["per_page"], page["total"], page["pages"]) == (1, 2, 3, 2)
    last = client.get(f"/api/v1/tasks/{task_id}/personas?per_page=2&page=2", headers=auth)
    records = page["items"] + last.get_json()["items"]
    assert records == expected
    for record in records:
        assert tuple(record) == RECORD_FIELDS  # same key order as the exports
        assert record["images"] == [f"images/{record['id']}/{n}.png" for n in range(1, 5)]
    one = client.get(f"/api/v1/personas/{records[1]['id']}", headers=auth)
    assert one.status_code == 200 and one.get_json() == records[1]
    assert tuple(json.loads(one.data)) == RECORD_FIELDS
    beyond = client.get(f"/api/v1/tasks/{task_id}/personas?page=9", headers=auth).get_json()
    assert beyond["items"] == [] and beyond["total"] == 3


def test_persona_pages_take_a_fixed_number_of_queries(app, client, auth):
    """Images come in one query per page (no query per persona)."""
    with app.app_context():
        user = db.session.query(User).filter_by(email="api@example.com").one()
        task = make_task(user, status=TaskStatus.COMPLETED.value, number_to_generate=6)
        for i in range(6):
            make_persona(task, i, images=4)
        task_id = task.task_id
        engine = db.engine
    client.get("/api/v1/tasks", headers=auth)  # the token's last_used_at write happens here
    counts = []

    def count(*_args):
        counts[-1] += 1

    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        for per_page in (1, 6):
            counts.append(0)
            url = f"/api/v1/tasks/{task_id}/personas?per_page={per_page}"
            assert len(client.get(url, headers=auth).get_json()["items"]) == per_page
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)
    assert counts[0] == counts[1]


def test_pipeline_personas_through_the_api(app, client, auth):
    task_id = _create(client, auth, number_to_generate=2)["task_id"]
    _complete(app, task_id)
    task = client.get(f"/api/v1/tasks/{task_id}", headers=auth).get_json()
    assert task["status"] == "completed" and task["progress"]["images_done"] == 8
    assert task["completed_at"].endswith("Z")
    records = client.get(task["links"]["personas"], headers=auth).get_json()["items"]
    assert [r["index"] for r in records] == [0, 1]
    assert all(tuple(r) == RECORD_FIELDS and len(r["images"]) == 4 for r in records)


def test_persona_out_model_matches_the_record_contract():
    assert tuple(PersonaRecordOut.model_fields) == RECORD_FIELDS


def test_estimate(client, auth):
    resp = client.post(
        "/api/v1/estimate",
        json={**BODY, "number_to_generate": 10, "images_per_persona": 8},
        headers=auth,
    )
    assert resp.status_code == 200
    est = resp.get_json()
    assert (est["personas"], est["images"]) == (10, 80)
    assert est["text_provider"] == "offline" and est["seconds"] >= 0 and est["cost_usd"] >= 0
    assert client.get("/api/v1/tasks", headers=auth).get_json()["total"] == 0


# --------------------------------------------------------------------------- exports


@pytest.mark.parametrize(
    "fmt,content_type",
    [
        ("json", "application/json"),
        ("jsonl", "application/x-ndjson"),
        ("csv", "text/csv; charset=utf-8"),
    ],
)
def test_export_data_formats(app, client, auth, fmt, content_type):
    task_id = _completed_from_rows(app)
    resp = client.get(f"/api/v1/tasks/{task_id}/export?format={fmt}", headers=auth)
    assert resp.status_code == 200
    assert resp.headers["Content-Type"] == content_type
    assert (
        resp.headers["Content-Disposition"] == f'attachment; filename="avatargen-{task_id}.{fmt}"'
    )
    assert resp.is_streamed
    text = resp.get_data(as_text=True)
    if fmt == "json":
        records = json.loads(text)
    elif fmt == "jsonl":
        records = [json.loads(line) for line in text.splitlines()]
    else:
        records = text.splitlines()[1:]
        assert text.startswith("id,task_id,index,")
    assert len(records) == 2


def test_export_parquet_streams_the_hugging_face_layout_zipped(app, client, auth):
    import pyarrow.parquet as pq

    task_id = _create(client, auth)["task_id"]
    _complete(app, task_id)
    resp = client.get(f"/api/v1/tasks/{task_id}/export?format=parquet", headers=auth)
    assert resp.status_code == 200 and resp.is_streamed
    assert resp.headers["Content-Type"] == "application/zip"
    disposition = f'attachment; filename="avatargen-{task_id}.parquet.zip"'
    assert resp.headers["Content-Disposition"] == disposition
    with zipfile.ZipFile(io.BytesIO(b"".join(resp.response))) as zf:
        assert zf.testzip() is None
        shard = "data/train-00000-of-00001.parquet"
        assert set(zf.namelist()) == {shard, "README.md", "manifest.json"}
        table = pq.read_table(io.BytesIO(zf.read(shard)))
    assert table.column_names == list(RECORD_FIELDS) and table.num_rows == 2
    assert all(len(images) == 4 for images in table["images"].to_pylist())


def test_export_zip_streams_a_valid_contract_layout(app, client, auth):
    task_id = _create(client, auth)["task_id"]
    _complete(app, task_id)
    resp = client.get(f"/api/v1/tasks/{task_id}/export?format=zip", headers=auth)
    assert resp.status_code == 200 and resp.is_streamed
    assert resp.headers["Content-Type"] == "application/zip"
    assert resp.headers["Content-Disposition"] == f'attachment; filename="avatargen-{task_id}.zip"'
    assert "Content-Length" not in resp.headers
    with zipfile.ZipFile(io.BytesIO(b"".join(resp.response))) as zf:
        assert zf.testzip() is None
        names = set(zf.namelist())
        assert {"personas.jsonl", "personas.csv", "manifest.json", "README.md"} <= names
        records = [json.loads(line) for line in zf.read("personas.jsonl").splitlines()]
        assert len(records) == 2
        for record in records:
            assert tuple(record) == RECORD_FIELDS
            assert all(path in names for path in record["images"])
            assert record["images"][0] == f"images/{record['id']}/1.png"
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["synthetic"] is True and manifest["task"]["task_id"] == task_id


def test_export_of_unfinished_task_is_409(client, auth):
    task_id = _create(client, auth)["task_id"]
    err = _error(
        client.get(f"/api/v1/tasks/{task_id}/export?format=zip", headers=auth),
        409,
        "invalid_task_state",
    )
    assert "completed" in err["message"]


def test_export_failure_ends_the_stream(app, client, auth, monkeypatch):
    task_id = _completed_from_rows(app)

    def broken(task, fmt, out):
        out.write(b"x" * 200_000)
        raise OSError("disk on fire")

    monkeypatch.setattr("avatargen.exports.stream.export_task", broken)
    resp = client.get(f"/api/v1/tasks/{task_id}/export?format=jsonl", headers=auth)
    assert resp.status_code == 200
    with pytest.raises(ExportStreamError, match="disk on fire"):
        resp.get_data()
    assert not [t for t in threading.enumerate() if t.name.startswith("export ")]


def test_export_stops_writing_when_the_client_goes_away(app, client, auth, monkeypatch):
    task_id = _completed_from_rows(app)
    written = []

    def endless(task, fmt, out):
        while True:
            out.write(b"y" * 65_536)
            written.append(1)

    monkeypatch.setattr("avatargen.exports.stream.export_task", endless)
    resp = client.get(f"/api/v1/tasks/{task_id}/export?format=csv", headers=auth)
    it = iter(resp.response)
    next(it)
    resp.close()  # what a WSGI server does when the client disconnects
    assert not [t for t in threading.enumerate() if t.name.startswith("export ")]
    assert len(written) < 100  # the bounded queue held the writer back


def test_abandoned_zip_download_stops_cleanly(app, client, auth, monkeypatch):
    """A client leaving mid-zip stops the writer; zipfile's cleanup writes go nowhere."""
    import gc

    from avatargen.exports import stream as streaming

    monkeypatch.setattr(streaming, "CHUNK_SIZE", 64)
    monkeypatch.setattr(streaming, "QUEUE_CHUNKS", 1)
    task_id = _completed_from_rows(app, personas=3, images=4)
    resp = client.get(f"/api/v1/tasks/{task_id}/export?format=zip", headers=auth)
    it = iter(resp.response)
    next(it)
    resp.close()
    gc.collect()  # an unclosed ZipFile's __del__ would raise here (unraisable -> error)
    assert not [t for t in threading.enumerate() if t.name.startswith("export ")]


def test_cancelled_zip_writer_cleanup_goes_nowhere(app, monkeypatch):
    """ZipFile.close() (from __del__) after a cancel must not raise into the void."""
    import gc
    import os
    import sys

    from avatargen.exports import stream as streaming

    monkeypatch.setattr(streaming, "CHUNK_SIZE", 64)
    monkeypatch.setattr(streaming, "QUEUE_CHUNKS", 1)
    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)

    def write(out):
        zf = zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED)
        for i in range(30):
            with zf.open(zipfile.ZipInfo(f"f{i}.bin"), "w", force_zip64=True) as fh:
                fh.write(os.urandom(1000))
        zf.close()

    body = streaming.stream_in_thread(app, write, name="export test")
    assert len(next(body)) >= 64
    body.close()
    gc.collect()
    assert unraisable == []


# --------------------------------------------------------------------------- errors


def test_missing_invalid_and_revoked_tokens_are_401(app, client, auth):
    for headers in ({}, {"Authorization": "Bearer agk_nope"}, {"Authorization": "Basic abc"}):
        resp = client.get("/api/v1/tasks", headers=headers)
        _error(resp, 401, "unauthorized")
        assert resp.headers["WWW-Authenticate"].startswith("Bearer")
    with app.app_context():
        user = make_user("gone@example.com", active=False)
        _row, inactive = token_service.create_token(user, "x")
        live = make_user("live@example.com")
        row, revoked = token_service.create_token(live, "y")
        token_service.revoke_token(live, row.id)
    for token in (inactive, revoked):
        resp = client.get("/api/v1/tasks", headers={"Authorization": f"Bearer {token}"})
        _error(resp, 401, "unauthorized")


def test_session_cookie_does_not_authenticate_the_api(client):
    from tests.conftest import login

    with client.application.app_context():
        make_user("web@example.com")
    assert login(client, "web@example.com").status_code == 302
    _error(client.get("/api/v1/tasks"), 401, "unauthorized")


def test_unknown_api_route_is_json_404_and_web_keeps_html(client, auth):
    for path in ("/api/v1/nope", "/api/v1/tasks/abc/nope", "/api/v2/tasks"):
        _error(client.get(path, headers=auth), 404, "not_found")
    _error(client.get("/api/v1/nope"), 404, "not_found")  # no token: still JSON
    html = client.get("/definitely-not-here")
    assert html.status_code == 404 and html.mimetype == "text/html"
    assert html.get_data(as_text=True).lstrip().startswith("<!doctype html>")


def test_wrong_method_is_json_405_with_allow(client, auth):
    resp = client.put("/api/v1/tasks", headers=auth)
    _error(resp, 405, "method_not_allowed")
    assert "GET" in resp.headers["Allow"] and "POST" in resp.headers["Allow"]


def test_unknown_task_and_persona_are_404(client, auth):
    for path in (
        "/api/v1/tasks/deadbeef",
        "/api/v1/tasks/deadbeef/personas",
        "/api/v1/tasks/has%00nul",
        "/api/v1/tasks/waytoolongforatask",
        "/api/v1/personas/00000000-0000-0000-0000-000000000000",
        "/api/v1/personas/not-a-uuid",
    ):
        _error(client.get(path, headers=auth), 404, "not_found")


@pytest.mark.parametrize(
    "kwargs,status,code",
    [
        ({"data": "{not json", "content_type": "application/json"}, 400, "malformed_json"),
        ({"data": "[1, 2]", "content_type": "application/json"}, 400, "invalid_body"),
        (
            {"data": "[" * 5000 + "]" * 5000, "content_type": "application/json"},
            400,
            "malformed_json",
        ),
        (
            {"data": "persona_description=x", "content_type": "text/plain"},
            415,
            "unsupported_media_type",
        ),
        ({"data": "a=b"}, 415, "unsupported_media_type"),
        ({"json": {"persona_description": "x" * 70_000}}, 413, "payload_too_large"),
    ],
)
def test_bad_bodies(client, auth, kwargs, status, code):
    for url in ("/api/v1/tasks", "/api/v1/estimate"):
        _error(client.post(url, headers=auth, **kwargs), status, code)


def test_validation_errors_are_422_with_fields(client, auth):
    body = {
        **BODY,
        "number_to_generate": 0,
        "images_per_persona": 5,
        "bio_language": "klingon",
        "unexpected": 1,
        "constraints": {"age_min": 50, "age_max": 20},
    }
    for url in ("/api/v1/tasks", "/api/v1/estimate"):
        err = _error(client.post(url, json=body, headers=auth), 422, "validation_failed")
        assert {"number_to_generate", "images_per_persona", "bio_language", "unexpected"} <= set(
            err["fields"]
        )
        assert all(isinstance(m, str) and m for m in err["fields"].values())
    err = _error(
        client.post("/api/v1/tasks", json={**BODY, "persona_description": "a\x00b"}, headers=auth),
        422,
        "validation_failed",
    )
    assert err["fields"] == {"persona_description": "must not contain NUL characters"}
    err = _error(client.post("/api/v1/tasks", json={}, headers=auth), 422, "validation_failed")
    assert {"persona_description", "bio_language"} <= set(err["fields"])
    assert client.get("/api/v1/tasks", headers=auth).get_json()["total"] == 0


@pytest.mark.parametrize(
    "query,field",
    [
        ("per_page=101", "per_page"),
        ("per_page=0", "per_page"),
        ("page=0", "page"),
        ("page=abc", "page"),
        ("status=done", "status"),
        ("per-page=10", "per-page"),
    ],
)
def test_bad_list_parameters_are_422(client, auth, query, field):
    err = _error(client.get(f"/api/v1/tasks?{query}", headers=auth), 422, "validation_failed")
    assert list(err["fields"]) == [field]


def test_bad_export_format_is_422(client, auth):
    task_id = _create(client, auth)["task_id"]
    for query in ("", "?format=pdf"):
        err = _error(
            client.get(f"/api/v1/tasks/{task_id}/export{query}", headers=auth),
            422,
            "validation_failed",
        )
        assert list(err["fields"]) == ["format"]


def test_server_error_is_json_500(app, client, auth, monkeypatch):
    app.config["PROPAGATE_EXCEPTIONS"] = False

    def boom(*_a, **_k):
        raise RuntimeError("kaput")

    monkeypatch.setattr("avatargen.api.routes.queries.list_tasks", boom)
    err = _error(client.get("/api/v1/tasks", headers=auth), 500, "internal_error")
    assert "kaput" not in err["message"]


def test_last_used_at_is_recorded(app, client):
    with app.app_context():
        user = make_user("used@example.com")
        row, plaintext = token_service.create_token(user, "t")
        assert row.last_used_at is None
        token_id = row.id
    client.get("/api/v1/tasks", headers={"Authorization": f"Bearer {plaintext}"})
    with app.app_context():
        from avatargen.models import ApiToken

        assert db.session.get(ApiToken, token_id).last_used_at is not None


# --------------------------------------------------------------------------- OpenAPI


def test_openapi_document_describes_every_route(app, client):
    resp = client.get("/api/v1/openapi.json")
    assert resp.status_code == 200
    doc = resp.get_json()
    assert doc["openapi"].startswith("3.1")
    assert doc["components"]["securitySchemes"]["bearer"] == {
        "type": "http",
        "scheme": "bearer",
        "description": "An API token.",
    }
    documented = {
        (path.replace("{", "<").replace("}", ">"), method.upper())
        for path, item in doc["paths"].items()
        for method in item
        if method != "parameters"
    }
    routed = {
        (re.sub(r"<(?:\w+:)?(\w+)>", r"<\1>", rule.rule), method)  # "<int:id>" is "{id}"
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith("api.")
        and rule.endpoint not in ("api.openapi_json", "api.docs")
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    assert documented == routed
    text = json.dumps(doc)
    assert "$defs" not in text
    refs = {r.split("/")[-1] for r in _refs(doc) if r.startswith("#/components/schemas/")}
    assert refs <= set(doc["components"]["schemas"])
    for item in doc["paths"].values():
        for method, op in item.items():
            if method == "parameters":
                continue
            assert "401" in op["responses"]
            for code, response in op["responses"].items():
                if int(code) >= 400:
                    assert response["$ref"].startswith("#/components/responses/")
    schemas = doc["components"]["schemas"]
    assert schemas["TaskRequest"]["properties"]["images_per_persona"]["enum"] == [4, 8]
    assert tuple(schemas["PersonaRecordOut"]["properties"]) == RECORD_FIELDS
    assert schemas["TaskRequest"]["properties"]["constraints"]["$ref"].endswith("/Constraints")


def _refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def test_docs_page_is_self_contained(client):
    resp = client.get("/api/v1/docs")
    assert resp.status_code == 200 and resp.mimetype == "text/html"
    page = resp.get_data(as_text=True)
    assert "/api/v1/openapi.json" in page
    # Rendered on the server in the app's layout: no script of its own, no CDN.
    assert 'href="/static/app.css"' in page and "api-docs.js" not in page
    assert "<script>" not in page
    assert "https://" not in page and "cdn" not in page.lower()
    doc = client.get("/api/v1/openapi.json").get_json()
    ops = [
        (method, path, op["operationId"])
        for path, item in doc["paths"].items()
        for method, op in item.items()
        if method != "parameters"
    ]
    for method, path, op_id in ops:
        section = page[page.index(f'id="{op_id}"') :]
        section = section[: section.index("</section>")]
        assert f"<code>{path}</code>" in section and method.upper() in section
        assert "Example request" in section and "curl -s" in section
        assert "Responses" in section
    # Examples come from the models: the create example has every required field and
    # validates against the request model; the 201 example has the TaskOut fields.
    from avatargen.services.tasks import parse_request

    create = page[page.index('id="createTask"') :]
    body = create[create.index("Request body") :]
    body = body[body.index("<code>") + 6 : body.index("</code>")]
    import html as html_lib

    example = json.loads(html_lib.unescape(body))
    assert set(doc["components"]["schemas"]["TaskRequest"]["required"]) <= set(example)
    parse_request(example)  # a valid request
    created = create[create.index(">201<") :]
    created = created[created.index("<code>") + 6 : created.index("</code>")]
    task_out = json.loads(html_lib.unescape(created))
    assert {"task_id", "status", "progress"} <= set(task_out)


def test_task_status_enum_in_document(client):
    doc = client.get("/api/v1/openapi.json").get_json()
    assert doc["components"]["schemas"]["TaskStatus"]["enum"] == [s.value for s in TaskStatus]


def test_task_made_elsewhere_has_the_same_shape(app, client, auth):
    with app.app_context():
        user = db.session.query(User).filter_by(email="api@example.com").one()
        task_id = make_task(user).task_id  # no seed, no constraints: the web form's defaults
    got = client.get(f"/api/v1/tasks/{task_id}", headers=auth).get_json()
    assert got["seed"] is None
    assert got["constraints"] == {
        "age_min": None,
        "age_max": None,
        "gender_mix": {},
        "country": None,
        "heritage_mix": {},
    }
