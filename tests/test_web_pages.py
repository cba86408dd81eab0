"""The signed-in pages: dashboard, generate (with estimate), history, task, persona, media,
downloads and task actions, through the test client."""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import timedelta

import pytest
import sqlalchemy as sa
from markupsafe import escape as markupsafe_escape
from PIL import Image

from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage, TaskStatus, User
from avatargen.models.base import utcnow
from avatargen.models.task_events import record_failure
from avatargen.storage import get_storage, image_key
from tests.conftest import csrf_from, login
from tests.factories import make_task, make_user

GENDERS = ("female", "male", "nonbinary")


def png_bytes(seed: int, size: int = 16) -> bytes:
    img = Image.new("RGB", (size, size), ((seed * 37) % 256, (seed * 91) % 256, 120))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def seed_task(
    user: User,
    personas: int = 3,
    images: int = 4,
    status: str = TaskStatus.COMPLETED.value,
    **fields,
) -> GenerationTask:
    """A task with stored personas and image files, written directly (no providers)."""
    now = utcnow()
    task = make_task(
        user,
        number_to_generate=personas,
        images_per_persona=images,
        status=status,
        seed=7,
        started_at=now - timedelta(seconds=30),
        completed_at=now if status in ("completed", "failed", "cancelled") else None,
        personas_done=personas,
        images_done=personas * images,
        **fields,
    )
    storage = get_storage()
    for i in range(personas):
        persona = Persona(
            task_pk=task.id,
            persona_index=i,
            first_name=f"Ana{i}",
            last_name="Reyes",
            gender=GENDERS[i % 3],
            age=30 + i,
            country="PH",
            city="Manila",
            region="Metro Manila",
            occupation="Nurse",
            workplace="Manila General Hospital",
            education={"institution": "University of Manila", "field": "Nursing"},
            interests=["hiking", "photography"],
            personality=["calm", "curious"],
            appearance={
                "hair": "short black",
                "eyes": "brown",
                "skin_tone": "medium",
                "build": "average",
                "style": "casual",
            },
            about=f"I am Ana{i}, a nurse in Manila who hikes on weekends.",
            language="en",
            bio_facebook=f"Nurse in Manila #{i}. Weekend hiker.",
            bio_instagram="Nurse · hiker · coffee",
            bio_x="Nurse by day, hiker by weekend.",
            bio_tiktok="Nurse and hiker",
        )
        db.session.add(persona)
        db.session.flush()
        for pos in range(1, images + 1):
            key = image_key(task.task_id, persona.id, pos)
            data = png_bytes(i * 10 + pos)
            storage.put(key, data)
            db.session.add(
                PersonaImage(
                    persona_id=persona.id,
                    position=pos,
                    storage_key=key,
                    width=16,
                    height=16,
                    sha256=f"{i:032d}{pos:032d}",
                    provider="offline",
                    is_base=pos == 1,
                )
            )
    db.session.commit()
    return task


@pytest.fixture
def user_client(app, client):
    with app.app_context():
        make_user("ana@example.com")
    login(client, "ana@example.com")
    return client


def _user(email: str = "ana@example.com") -> User:
    return db.session.scalar(sa.select(User).where(User.email == email))


def _html(resp) -> str:
    return resp.get_data(as_text=True)


# --------------------------------------------------------------------------- sign-in


@pytest.mark.parametrize(
    "path",
    ["/", "/generate", "/history", "/tasks/abc", "/personas/x", "/media/images/1"],
)
def test_pages_need_sign_in(client, path):
    resp = client.get(path)
    assert resp.status_code == 302 and "/auth/login" in resp.headers["Location"]


def test_nav_links(app, user_client):
    nav = _html(user_client.get("/")).split("<main")[0]
    for label in ("Dashboard", "Generate", "History", "API tokens", "Sign out"):
        assert label in nav
    assert 'href="/tokens"' in nav
    assert "Settings" not in nav


# --------------------------------------------------------------------------- dashboard


def test_dashboard_totals_week_and_running(app, user_client):
    with app.app_context():
        user = _user()
        seed_task(user, personas=2, images=4)
        make_task(user, status="generating-images", number_to_generate=5, personas_done=5)
        other = make_user("other@example.com")
        seed_task(other, personas=3)
    html = _html(user_client.get("/"))
    assert re.search(r'data-total="tasks">2<', html)
    assert re.search(r'data-total="personas">7<', html)  # 2 + 5 counted on the task rows
    assert re.search(r'data-total="images">8<', html)
    assert html.count('class="mini-chart-col"') == 21  # 3 charts x 7 days
    assert "Generating images" in html and 'id="active-tasks"' in html


def test_dashboard_week_counts_tasks_that_ran_across_days(app):
    from datetime import datetime

    from avatargen.services.dashboard import dashboard_stats

    with app.app_context():
        user = make_user("days@example.com")
        noon = datetime.combine(utcnow().date(), datetime.min.time()) + timedelta(hours=12)
        today, two_days_ago = noon.date(), noon.date() - timedelta(days=2)
        # A task that ran within one day counts from its counters.
        same_day = seed_task(user, personas=2, images=4)
        same_day.started_at = same_day.updated_at = same_day.created_at = noon
        # A task that ran two days ago and was retried today counts row by row.
        spread = seed_task(user, personas=3, images=4)
        spread.created_at = spread.started_at = noon - timedelta(days=2)
        rows = db.session.scalars(
            sa.select(Persona).where(Persona.task_pk == spread.id).order_by(Persona.persona_index)
        ).all()
        for persona, when in zip(rows, (2, 2, 0), strict=True):
            persona.created_at = noon - timedelta(days=when)
            for img in persona.images:
                img.created_at = persona.created_at
        # An old task outside the window is not in the chart.
        old = seed_task(user, personas=5, images=4)
        old.created_at = old.started_at = noon - timedelta(days=30)
        db.session.commit()
        db.session.execute(
            sa.update(GenerationTask)
            .where(GenerationTask.id.in_([same_day.id, spread.id]))
            .values(updated_at=noon)
        )
        db.session.execute(
            sa.update(GenerationTask)
            .where(GenerationTask.id == old.id)
            .values(updated_at=noon - timedelta(days=30))
        )
        db.session.commit()
        stats = dashboard_stats(user, today=today)
    by_day = {d.day: (d.tasks, d.personas, d.images) for d in stats.days}
    assert len(by_day) == 7
    assert by_day[today] == (1, 2 + 1, 8 + 4)
    assert by_day[two_days_ago] == (1, 2, 8)
    assert sum(d.personas for d in stats.days) == 5
    assert (stats.tasks, stats.personas, stats.images) == (3, 10, 40)


def test_dashboard_empty(app, user_client):
    html = _html(user_client.get("/"))
    assert "Nothing is running" in html and "No tasks yet" in html


# --------------------------------------------------------------------------- generate


def _generate_form(client, **overrides) -> dict:
    token = csrf_from(_html(client.get("/generate")))
    data = {
        "csrf_token": token,
        "persona_description": "nurses in Manila aged 30-45 who hike",
        "bio_language": "en",
        "number_to_generate": "3",
        "images_per_persona": "4",
        "text_provider": "offline",
        "image_provider": "offline",
    }
    data.update(overrides)
    return data


def test_generate_page_lists_choices(app, user_client):
    html = _html(user_client.get("/generate"))
    assert re.search(r'<option value="es" data-base="es"[^>]*>Spanish \(es\)</option>', html)
    assert '<option value="PH">Philippines (PH)</option>' in html
    assert 'name="images_per_persona" id="images_4" value="4"' in html
    assert 'value="offline"' in html and 'id="language-filter"' in html
    assert 'maxlength="5000"' in html and 'id="estimate"' in html


def test_generate_form_marks_languages_the_provider_does_not_write(app, user_client):
    html = user_client.get("/generate").get_data(as_text=True)
    assert 'id="language-help"' in html and "writes" in html
    # Thai is offered but the default (offline) provider does not write it.
    th = html[html.index('value="th"') :].split(">", 1)[0]
    assert "disabled" in th
    en = html[html.index('value="en"') :].split(">", 1)[0]
    assert "disabled" not in en
    assert "data-text-languages" in html


def test_generate_submits_and_redirects_to_task(app, user_client):
    data = _generate_form(
        user_client,
        seed="42",
        age_min="30",
        age_max="45",
        gender_female="60",
        gender_male="40",
        country="PH",
    )
    resp = user_client.post("/generate", data=data)
    assert resp.status_code == 302
    with app.app_context():
        task = db.session.scalar(sa.select(GenerationTask))
        assert resp.headers["Location"].endswith(f"/tasks/{task.task_id}")
        assert task.number_to_generate == 3 and task.seed == 42 and task.status == "pending"
        assert task.constraints == {
            "age_min": 30,
            "age_max": 45,
            "gender_mix": {"female": 60.0, "male": 40.0, "nonbinary": 0.0},
            "country": "PH",
        }
    page = _html(user_client.get(resp.headers["Location"]))
    assert "is queued" in page and 'id="task-progress"' in page


@pytest.mark.parametrize(
    "overrides,field,message",
    [
        ({"number_to_generate": "0"}, "number_to_generate", "from 1 to 10,000"),
        ({"number_to_generate": "many"}, "number_to_generate", "whole number"),
        (
            {"persona_description": "   "},
            "persona_description",
            "Describe the people to generate (up to 5,000 characters).",
        ),
        ({"images_per_persona": "5"}, "images_per_persona", "4 or 8"),
        ({"bio_language": "xx"}, "bio_language", "unknown language"),
        ({"seed": "-1"}, "seed", ""),
        ({"age_min": "50", "age_max": "20"}, "constraints", "age_min"),
        ({"age_min": "5"}, "age_min", ""),
        ({"gender_female": "-1"}, "gender_mix", "negative"),
        ({"text_provider": "nope"}, "text_provider", "unknown text provider"),
    ],
)
def test_generate_errors_beside_fields_values_kept(app, user_client, overrides, field, message):
    data = _generate_form(user_client, **overrides)
    data.setdefault("persona_description", "x")
    resp = user_client.post("/generate", data=data)
    assert resp.status_code == 422
    html = _html(resp)
    match = re.search(rf'data-field-error="{re.escape(field)}">([^<]*)<', html)
    assert match, html[html.find("form-errors") - 200 :][:2000]
    assert message in match.group(1)
    if data["persona_description"].strip():
        assert f">{data['persona_description']}</textarea>" in html
    if data["number_to_generate"] != "3":
        assert f'value="{data["number_to_generate"]}"' in html
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(GenerationTask.id))) == 0


def test_estimate_endpoint(app, user_client):
    data = _generate_form(user_client, number_to_generate="100", images_per_persona="8")
    resp = user_client.post("/generate/estimate", data=data)
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["ok"] is True and body["text"].startswith("about ") and "$" in body["text"]
    # Blank until the form is valid: no "about 2 s" beside an empty description.
    data["persona_description"] = "   "
    assert user_client.post("/generate/estimate", data=data).get_json() == {
        "ok": False,
        "text": "",
    }
    data["persona_description"] = "nurses"
    data["number_to_generate"] = "0"
    assert user_client.post("/generate/estimate", data=data).get_json() == {
        "ok": False,
        "text": "",
    }


def test_fresh_form_has_a_blank_estimate(app, user_client):
    html = _html(user_client.get("/generate"))
    assert re.search(r'<p class="[^"]*" id="estimate" aria-live="polite"></p>', html)


def test_unavailable_providers_are_shown_with_reason_and_link(app, user_client):
    from avatargen.providers.registry import provider_classes

    html = _html(user_client.get("/generate"))
    openai = provider_classes("text")["openai"]
    ok, why = openai.enabled()
    assert not ok  # no key in the tests' environment
    option = re.search(r'<option value="openai"[^>]*>([^<]*)</option>', html)
    assert option and "disabled" in option.group(0) and "(unavailable)" in option.group(1)
    item = re.search(r'<li data-unavailable="openai">(.*?)</li>', html, re.S)
    assert item, html
    assert str(markupsafe_escape(why)) in item.group(1)
    link = re.search(r'href="(/help/providers#[^"]+)"', item.group(1))
    assert link, item.group(1)
    anchor = link.group(1).split("#", 1)[1]
    helppage = _html(user_client.get("/help/providers"))
    assert f'id="{anchor}"' in helppage and "AVATARGEN_LLM_API_KEY" in helppage
    # The offline providers are usable and stay selected.
    assert re.search(r'<option value="offline" selected>', html)


def test_estimate_with_header_token(app, user_client):
    data = _generate_form(user_client)
    token = data.pop("csrf_token")
    resp = user_client.post("/generate/estimate", data=data, headers={"X-CSRFToken": token})
    assert resp.status_code == 200 and resp.get_json()["ok"] is True


# --------------------------------------------------------------------------- history


def test_history_lists_newest_first_with_filter_and_pages(app, user_client):
    with app.app_context():
        user = _user()
        now = utcnow()
        for i in range(55):
            make_task(
                user,
                persona_description=f"task number {i} " + "long words " * 20,
                created_at=now - timedelta(minutes=100 - i),
                status="failed" if i % 10 == 0 else "pending",
            )
        make_task(make_user("other@example.com"), persona_description="someone else's")
    html = _html(user_client.get("/history"))
    rows = re.findall(r'<tr data-task-id="(\w+)">', html)
    assert len(rows) == 50
    assert "task number 54" in html and "task number 4 " not in html
    assert "someone else" not in html
    assert "…" in html  # long descriptions are truncated
    assert "English" in html and "3 × 4" in html
    page2 = _html(user_client.get("/history?page=2"))
    assert len(re.findall(r'<tr data-task-id="', page2)) == 5
    failed = _html(user_client.get("/history?status=failed"))
    assert len(re.findall(r'<tr data-task-id="', failed)) == 6
    # An unknown status filter shows everything rather than failing.
    assert user_client.get("/history?status=bogus").status_code == 200


# --------------------------------------------------------------------------- task page


def test_running_task_page_and_progress_json(app, user_client):
    with app.app_context():
        task = make_task(
            _user(),
            status="generating-images",
            number_to_generate=4,
            personas_done=4,
            images_done=6,
            started_at=utcnow() - timedelta(seconds=20),
        )
        task_id = task.task_id
    html = _html(user_client.get(f"/tasks/{task_id}"))
    assert 'data-finished="0"' in html and 'id="progress-stage"' in html
    assert "Generating images" in html and 'id="cancel-button"' in html
    assert 'id="delete-button"' not in html and 'id="download-zip"' not in html
    assert 'id="results-pending"' in html
    resp = user_client.get(f"/tasks/{task_id}/progress")
    assert resp.headers["Cache-Control"] == "no-store"
    p = resp.get_json()
    assert p["status"] == "generating-images" and p["finished"] is False
    assert (p["personas_done"], p["personas_total"], p["images_done"], p["images_total"]) == (
        4,
        4,
        6,
        16,
    )
    assert p["percent"] == 50 and p["elapsed_text"].endswith("s")
    assert p["remaining_text"] != "—"


def test_completed_task_page_report_downloads_gallery(app, user_client):
    with app.app_context():
        task = seed_task(_user(), personas=3, images=4)
        task_id = task.task_id
    html = _html(user_client.get(f"/tasks/{task_id}"))
    assert 'data-finished="1"' in html and "Completed" in html
    for fmt in ("json", "jsonl", "csv", "zip", "parquet"):
        assert f'href="/tasks/{task_id}/download/{fmt}"' in html
    assert 'id="quality-report"' in html and "Within limit" in html
    assert html.count('class="card h-100 persona-card"') == 3
    assert "/media/images/" in html and "Ana0 Reyes" in html
    assert 'id="retry-button"' not in html and 'id="cancel-button"' not in html
    assert 'id="delete-confirm"' in html


def test_gallery_is_paginated(app, user_client):
    with app.app_context():
        task_id = seed_task(_user(), personas=50, images=4).task_id
    page1 = _html(user_client.get(f"/tasks/{task_id}"))
    assert page1.count('class="card h-100 persona-card"') == 48
    assert "page 1 of 2" in page1
    page2 = _html(user_client.get(f"/tasks/{task_id}?page=2"))
    assert page2.count('class="card h-100 persona-card"') == 2
    assert "Ana49 Reyes" in page2 and "Ana0 Reyes" not in page2


def test_failed_task_shows_error_log_and_retry_and_downloads_partial(app, user_client):
    with app.app_context():
        task = seed_task(_user(), personas=1, status="failed")
        record_failure(task.id, "provider exploded")
        db.session.commit()
        task_id, task_pk = task.task_id, task.id
    html = _html(user_client.get(f"/tasks/{task_id}"))
    assert 'id="error-log"' in html and "provider exploded" in html
    assert 'id="retry-button"' in html
    assert 'class="card h-100 persona-card"' in html  # partial results are browsable
    # A failed task's stored personas download like a completed task's, labelled partial.
    assert 'id="download-zip"' in html and 'id="partial-note"' in html
    resp = user_client.get(f"/tasks/{task_id}/download/zip")
    assert resp.status_code == 200
    with zipfile.ZipFile(io.BytesIO(resp.data)) as zf:
        card = zf.read("README.md").decode()
        assert len(zf.read("personas.jsonl").splitlines()) == 1
    assert "## Partial dataset" in card and "the task failed" in card
    assert "provider exploded" in card
    with app.app_context():  # the GETs wrote nothing: the report stays unstored
        assert db.session.get(GenerationTask, task_pk).report is None


def _post_action(client, task_id: str, action: str):
    token = csrf_from(_html(client.get(f"/tasks/{task_id}")))
    return client.post(f"/tasks/{task_id}/{action}", data={"csrf_token": token})


def test_cancel_retry_delete(app, user_client):
    with app.app_context():
        task = seed_task(_user(), personas=2, status="pending")
        task_id, task_pk = task.task_id, task.id
    resp = _post_action(user_client, task_id, "cancel")
    assert resp.status_code == 302
    with app.app_context():
        assert db.session.get(GenerationTask, task_pk).status == "cancelled"
    assert "is cancelled" in _html(user_client.get(f"/tasks/{task_id}"))
    # Cancelling twice is refused with a message, not an error page.
    _post_action(user_client, task_id, "cancel")
    assert "only a pending or running task" in _html(user_client.get(f"/tasks/{task_id}"))
    _post_action(user_client, task_id, "retry")
    with app.app_context():
        assert db.session.get(GenerationTask, task_pk).status == "pending"
        assert any(get_storage().keys(task_id))
    resp = _post_action(user_client, task_id, "delete")
    assert resp.status_code == 302 and resp.headers["Location"].endswith("/history")
    with app.app_context():
        assert db.session.get(GenerationTask, task_pk) is None
        assert db.session.scalar(sa.select(sa.func.count(Persona.id))) == 0
        assert db.session.scalar(sa.select(sa.func.count(PersonaImage.id))) == 0
        assert not list(get_storage().keys(task_id))
    assert user_client.get(f"/tasks/{task_id}").status_code == 404


def test_running_task_is_not_deleted(app, user_client):
    with app.app_context():
        task = make_task(_user(), status="generating-data")
        task_id, task_pk = task.task_id, task.id
    token = csrf_from(_html(user_client.get("/")))
    user_client.post(f"/tasks/{task_id}/delete", data={"csrf_token": token})
    with app.app_context():
        assert db.session.get(GenerationTask, task_pk) is not None


# --------------------------------------------------------------------------- downloads


def test_download_zip_streams_contract_layout(app, user_client):
    with app.app_context():
        task_id = seed_task(_user(), personas=3, images=4).task_id
    resp = user_client.get(f"/tasks/{task_id}/download/zip")
    assert resp.status_code == 200
    assert resp.headers["Content-Type"] == "application/zip"
    assert f'filename="avatargen-{task_id}.zip"' in resp.headers["Content-Disposition"]
    assert resp.headers["Cache-Control"] == "private, no-store"
    assert resp.is_streamed
    with zipfile.ZipFile(io.BytesIO(resp.get_data())) as zf:
        names = zf.namelist()
        assert len(zf.read("personas.jsonl").splitlines()) == 3
        assert sum(n.endswith(".png") for n in names) == 12
        assert {"manifest.json", "README.md", "personas.csv"} <= set(names)
        assert json.loads(zf.read("manifest.json"))["synthetic"] is True


@pytest.mark.parametrize(
    "fmt,ctype",
    [("json", "application/json"), ("jsonl", "application/x-ndjson"), ("csv", "text/csv")],
)
def test_download_data_formats(app, user_client, fmt, ctype):
    with app.app_context():
        task_id = seed_task(_user(), personas=2, images=4).task_id
    resp = user_client.get(f"/tasks/{task_id}/download/{fmt}")
    assert resp.status_code == 200 and resp.headers["Content-Type"].startswith(ctype)
    body = resp.get_data(as_text=True)
    if fmt == "json":
        assert len(json.loads(body)) == 2
    elif fmt == "jsonl":
        assert len(body.splitlines()) == 2
    else:
        assert len(body.splitlines()) == 3 and body.startswith("id,")


def test_download_unknown_format_404(app, user_client):
    with app.app_context():
        task_id = seed_task(_user(), personas=1).task_id
    assert user_client.get(f"/tasks/{task_id}/download/folder").status_code == 404
    assert user_client.get(f"/tasks/{task_id}/download/exe").status_code == 404


def test_download_big_export_is_chunked(app, user_client, monkeypatch):
    """A body larger than the queue holds still arrives whole, in many chunks."""
    from avatargen.exports import stream

    monkeypatch.setattr(stream, "CHUNK_SIZE", 1024)
    monkeypatch.setattr(stream, "QUEUE_CHUNKS", 2)
    with app.app_context():
        task_id = seed_task(_user(), personas=20, images=4).task_id
    resp = user_client.get(f"/tasks/{task_id}/download/zip", buffered=False)
    chunks = list(resp.response)
    resp.close()
    assert len(chunks) > 10 and max(len(c) for c in chunks) <= 1024
    with zipfile.ZipFile(io.BytesIO(b"".join(chunks))) as zf:
        assert sum(n.endswith(".png") for n in zf.namelist()) == 80


def test_download_failure_before_first_byte_is_an_error_page(app, user_client, monkeypatch):
    from avatargen.exports import stream

    def broken(task, fmt, out):
        raise OSError("disk on fire")

    monkeypatch.setattr(stream, "export_task", broken)
    with app.app_context():
        task_id = seed_task(_user(), personas=1).task_id
    resp = user_client.get(f"/tasks/{task_id}/download/zip")
    assert resp.status_code == 500 and "disk on fire" in _html(resp)


def test_download_failure_mid_stream_breaks_the_body(app, user_client, monkeypatch):
    from avatargen.exports import stream

    def half(task, fmt, out):
        out.write(b"x" * (stream.CHUNK_SIZE + 10))
        raise OSError("storage went away")

    monkeypatch.setattr(stream, "export_task", half)
    with app.app_context():
        task_id = seed_task(_user(), personas=1).task_id
    resp = user_client.get(f"/tasks/{task_id}/download/zip", buffered=False)
    assert resp.status_code == 200
    with pytest.raises(RuntimeError, match="failed: storage went away"):
        for _ in resp.response:
            pass
    resp.close()


def test_download_abandoned_stops_export_thread(app, user_client, monkeypatch):
    import threading

    from avatargen.exports import stream

    monkeypatch.setattr(stream, "CHUNK_SIZE", 512)
    monkeypatch.setattr(stream, "QUEUE_CHUNKS", 1)
    with app.app_context():
        task_id = seed_task(_user(), personas=10, images=4).task_id
    before = {t.name for t in threading.enumerate()}
    resp = user_client.get(f"/tasks/{task_id}/download/zip", buffered=False)
    next(iter(resp.response))
    resp.close()  # the client went away
    for t in threading.enumerate():
        if t.name.startswith("export ") and t.name not in before:
            t.join(5)
            assert not t.is_alive()


# --------------------------------------------------------------------------- persona and media


def test_persona_page(app, user_client):
    with app.app_context():
        task = seed_task(_user(), personas=3, images=4)
        personas = db.session.scalars(
            sa.select(Persona).where(Persona.task_pk == task.id).order_by(Persona.persona_index)
        ).all()
        middle, first, last = personas[1].id, personas[0].id, personas[2].id
        image_ids = [i.id for i in personas[1].images]
    html = _html(user_client.get(f"/personas/{middle}"))
    assert "Ana1 Reyes" in html and "a nurse in Manila who hikes" in html
    assert html.count("copy-button") == 4
    bio = "Nurse in Manila #1. Weekend hiker."
    assert f"{len(bio)} / 101" in html  # character count against the Facebook limit
    assert "Nurse and hiker" in html and "15 / 80" in html
    for image_id in image_ids:
        assert f"/media/images/{image_id}" in html
    assert html.count('class="btn p-0 border-0 w-100 lightbox-trigger"') == 4
    assert f"/personas/{first}" in html and f"/personas/{last}" in html
    assert 'id="lightbox"' in html


def test_media_image_served_privately(app, user_client):
    with app.app_context():
        task = seed_task(_user(), personas=1, images=4)
        image = db.session.scalar(
            sa.select(PersonaImage)
            .join(Persona)
            .where(Persona.task_pk == task.id, PersonaImage.position == 2)
        )
        image_id, data = image.id, get_storage().get(image.storage_key)
    with user_client.get(f"/media/images/{image_id}") as resp:
        assert resp.status_code == 200 and resp.data == data
        assert resp.headers["Content-Type"] == "image/png"
        assert resp.headers["Cache-Control"].startswith("private")
        assert "public" not in resp.headers["Cache-Control"]
        etag = resp.headers["ETag"]
    again = user_client.get(f"/media/images/{image_id}", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert user_client.get("/media/images/999999").status_code == 404


def test_media_missing_file_is_404(app, user_client):
    with app.app_context():
        task = seed_task(_user(), personas=1, images=4)
        image = db.session.scalar(
            sa.select(PersonaImage).join(Persona).where(Persona.task_pk == task.id)
        )
        get_storage().delete_prefix(task.task_id)
        image_id = image.id
    assert user_client.get(f"/media/images/{image_id}").status_code == 404


def test_admin_history_has_owner_column(app, client):
    with app.app_context():
        make_user("root@example.com", admin=True)
        make_task(make_user("bea@example.com"), persona_description="bea's task")
    login(client, "root@example.com")
    html = _html(client.get("/history"))
    assert "Every user&#39;s tasks" in html or "Every user's tasks" in html
    assert '<th scope="col">Owner</th>' in html
    assert re.search(r'<td class="owner-cell[^"]*">bea@example.com</td>', html)


def test_history_owner_column_only_for_admins(app, user_client):
    with app.app_context():
        make_task(_user(), persona_description="mine")
    html = _html(user_client.get("/history"))
    assert "mine" in html and '<th scope="col">Owner</th>' not in html


def test_gallery_shows_the_whole_occupation(app, user_client):
    with app.app_context():
        task = seed_task(_user(), personas=1, images=1)
        persona = db.session.scalar(sa.select(Persona).where(Persona.task_pk == task.id))
        persona.occupation = "small business owner (bakery and coffee roastery)"
        db.session.commit()
        task_id = task.task_id
    html = _html(user_client.get(f"/tasks/{task_id}"))
    match = re.search(r'<div class="small persona-occupation"[^>]*>([^<]*)</div>', html)
    assert match and match.group(1) == "small business owner (bakery and coffee roastery)"
    assert 'text-truncate" title="small business' not in html


def test_favicon_is_linked_and_served(app, user_client):
    html = _html(user_client.get("/"))
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in html
    for path in ("/static/favicon.svg", "/favicon.ico"):
        resp = user_client.get(path)
        assert resp.status_code == 200 and resp.mimetype == "image/svg+xml"
        assert resp.get_data(as_text=True).startswith("<svg")
        resp.close()


def test_css_names_colour_emoji_fonts(app, client):
    resp = client.get("/static/app.css")
    css = resp.get_data(as_text=True)
    resp.close()
    stack = css[css.index("--bs-font-sans-serif:") :].split(";", 1)[0]
    for font in ('"Noto Color Emoji"', '"Apple Color Emoji"', '"Segoe UI Emoji"'):
        assert font in stack
    assert "--bs-body-font-family: var(--bs-font-sans-serif)" in css
