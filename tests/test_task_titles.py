"""Names for tasks and finding things: task titles (form, API, CLI, rename; shown in the
lists, the task page, the card and the manifest), the admins' owner filter of the history,
and the gallery's server-side search (web page and API), with bad input refused."""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest
import sqlalchemy as sa

from avatargen.cli import main
from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, User
from avatargen.services import tokens as token_service
from avatargen.services.persona_search import PersonaFilterError, parse_filter
from avatargen.services.queries import list_personas
from avatargen.services.tasks import MAX_TITLE, TaskInputError, parse_request, parse_title
from tests.conftest import csrf_from, login
from tests.factories import make_task, make_user
from tests.test_web_pages import seed_task

BODY = {
    "persona_description": "chefs in Lyon",
    "bio_language": "fr",
    "number_to_generate": 1,
    "images_per_persona": 4,
}


def _task(task_id: str) -> GenerationTask:
    return db.session.scalar(sa.select(GenerationTask).where(GenerationTask.task_id == task_id))


@pytest.fixture
def ana(app, client):
    with app.app_context():
        user = make_user("ana@example.com")
        token = token_service.create_token(user)[1]
    login(client, "ana@example.com")
    return {"Authorization": f"Bearer {token}"}


# --------------------------------------------------------------------------- titles


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("x" * (MAX_TITLE + 1), f"at most {MAX_TITLE} characters"),
        ("two\nlines", "one line without control characters"),
        ("tab\there", "one line without control characters"),
        ("nul\x00", "NUL characters"),
        (5, "must be a string or null"),
    ],
)
def test_bad_titles_are_refused(app, title, message):
    with app.app_context():
        with pytest.raises(TaskInputError) as exc:
            parse_request({**BODY, "title": title})
        assert message in exc.value.fields["title"]
        with pytest.raises(TaskInputError) as exc:
            parse_title({"title": title})
        assert message in exc.value.fields["title"]


def test_title_is_stripped_and_blank_is_untitled(app):
    with app.app_context():
        assert parse_request({**BODY, "title": "  Lyon chefs  "}).title == "Lyon chefs"
        assert parse_request({**BODY, "title": "   "}).title is None
        assert parse_request(BODY).title is None
        assert parse_title({"title": None}) is None
        with pytest.raises(TaskInputError, match="required"):
            parse_title({})


def test_api_title_at_creation_rename_and_errors(app, client, ana):
    made = client.post("/api/v1/tasks", json={**BODY, "title": "Lyon chefs"}, headers=ana)
    assert made.status_code == 201 and made.get_json()["title"] == "Lyon chefs"
    assert made.get_json()["owner"] == "ana@example.com"
    task_id = made.get_json()["task_id"]
    renamed = client.patch(f"/api/v1/tasks/{task_id}", json={"title": "Chefs, v2"}, headers=ana)
    assert renamed.status_code == 200 and renamed.get_json()["title"] == "Chefs, v2"
    listed = client.get("/api/v1/tasks", headers=ana).get_json()["items"]
    assert listed[0]["title"] == "Chefs, v2"
    for body, field in (
        ({"title": "x" * 201}, "title"),
        ({"title": ["a"]}, "title"),
        ({}, "title"),
        ({"title": "a", "status": "completed"}, "status"),
    ):
        resp = client.patch(f"/api/v1/tasks/{task_id}", json=body, headers=ana)
        assert resp.status_code == 422, body
        assert field in resp.get_json()["error"]["fields"], body
    nul = client.patch(f"/api/v1/tasks/{task_id}", json={"title": "a\x00"}, headers=ana)
    assert nul.status_code == 422 and "NUL" in nul.get_json()["error"]["fields"]["title"]
    bad = client.post("/api/v1/tasks", json={**BODY, "title": "a\nb"}, headers=ana)
    assert bad.status_code == 422 and "title" in bad.get_json()["error"]["fields"]
    untitled = client.patch(f"/api/v1/tasks/{task_id}", json={"title": None}, headers=ana)
    assert untitled.get_json()["title"] is None
    # Another user's task: 404, untouched.
    with app.app_context():
        other = make_task(make_user("bo@example.com"), title="Bo's")
        other_id = other.task_id
    resp = client.patch(f"/api/v1/tasks/{other_id}", json={"title": "mine"}, headers=ana)
    assert resp.status_code == 404
    with app.app_context():
        assert _task(other_id).title == "Bo's"


def test_web_title_on_the_form_in_lists_and_renamed(app, client, ana):
    token = csrf_from(client.get("/generate").get_data(as_text=True))
    form = {**{k: str(v) for k, v in BODY.items()}, "csrf_token": token}
    bad = client.post("/generate", data={**form, "title": "x" * 201})
    assert bad.status_code == 422
    assert 'data-field-error="title"' in bad.get_data(as_text=True)
    resp = client.post("/generate", data={**form, "title": "Lyon <chefs>"})
    assert resp.status_code == 302
    task_id = resp.headers["Location"].rsplit("/", 1)[1]
    page = client.get(f"/tasks/{task_id}").get_data(as_text=True)
    assert "Lyon &lt;chefs&gt;" in page and "Lyon <chefs>" not in page
    for listing in ("/history", "/"):
        assert "Lyon &lt;chefs&gt;" in client.get(listing).get_data(as_text=True), listing
    resp = client.post(f"/tasks/{task_id}/title", data={"title": "Renamed", "csrf_token": token})
    assert resp.status_code == 302
    assert "Title saved" in client.get(resp.headers["Location"]).get_data(as_text=True)
    resp = client.post(f"/tasks/{task_id}/title", data={"title": "a\tb", "csrf_token": token})
    assert "one line without control characters" in client.get(resp.headers["Location"]).get_data(
        as_text=True
    )
    with app.app_context():
        assert _task(task_id).title == "Renamed"
    client.post(f"/tasks/{task_id}/title", data={"title": " ", "csrf_token": token})
    with app.app_context():
        assert _task(task_id).title is None


def test_card_and_manifest_carry_the_title(app, client, ana):
    with app.app_context():
        user = db.session.scalar(sa.select(User))
        task = seed_task(user, personas=1, images=4, title="Manila *nurses*")
        task_id = task.task_id
    resp = client.get(f"/api/v1/tasks/{task_id}/export?format=zip", headers=ana)
    with zipfile.ZipFile(io.BytesIO(resp.get_data())) as zf:
        card = zf.read("README.md").decode()
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["task"]["title"] == "Manila *nurses*"
    assert "# Manila \\*nurses\\*" in card and f"Synthetic persona dataset {task_id}" in card


def test_cli_generate_title(app, runner, tmp_path):
    argv = ["generate", "--description", "gamers", "--count", "1", "--images-per-persona", "4",
            "--language", "en", "--title", "Gamers demo", "--out", str(tmp_path / "o")]  # fmt: skip
    r = runner.invoke(main, argv)
    assert r.exit_code == 0, r.output
    manifest = json.loads((tmp_path / "o" / "manifest.json").read_text())
    assert manifest["task"]["title"] == "Gamers demo"
    bad = runner.invoke(main, [*argv[:-4], "--title", "x" * 201, "--out", str(tmp_path / "p")])
    assert bad.exit_code == 2 and "--title: must be at most 200 characters" in bad.output


# --------------------------------------------------------------------------- owner filter


def test_admin_history_has_owner_column_and_filter(app, client):
    with app.app_context():
        make_user("root@example.com", admin=True)
        for email in ("ana@example.com", "bo@example.com"):
            user = make_user(email)
            for i in range(2):
                make_task(user, persona_description=f"{email} task {i}")
        ana_ids = {
            t.task_id for t in db.session.scalars(sa.select(GenerationTask)) if t.user_id == 2
        }
    login(client, "root@example.com")
    html = client.get("/history").get_data(as_text=True)
    assert 'id="owner-filter"' in html and "owner-cell" in html
    assert len(re.findall(r'<tr data-task-id="', html)) == 4
    only = client.get("/history?owner=ANA@example.com").get_data(as_text=True)
    assert set(re.findall(r'<tr data-task-id="(\w+)"', only)) == ana_ids
    assert "Tasks of ana@example.com" in only
    assert client.get("/history?owner=not-an-email").status_code == 200  # ignored
    assert client.get("/history?owner=nobody@example.com&status=failed").status_code == 200
    # Not for other users: no filter control, and the parameter cannot widen their list.
    other = app.test_client()
    login(other, "bo@example.com")
    bo = other.get("/history?owner=ana@example.com").get_data(as_text=True)
    assert 'id="owner-filter"' not in bo
    assert not set(re.findall(r'<tr data-task-id="(\w+)"', bo)) & ana_ids


def test_api_owner_filter(app, client):
    with app.app_context():
        root = make_user("root@example.com", admin=True)
        ana, bo = make_user("ana@example.com"), make_user("bo@example.com")
        make_task(ana), make_task(ana), make_task(bo)
        tokens = {n: token_service.create_token(u)[1] for n, u in (("root", root), ("bo", bo))}
    root_h = {"Authorization": f"Bearer {tokens['root']}"}
    listed = client.get("/api/v1/tasks?owner=ana@example.com", headers=root_h).get_json()
    assert listed["total"] == 2 and {t["owner"] for t in listed["items"]} == {"ana@example.com"}
    bo_h = {"Authorization": f"Bearer {tokens['bo']}"}
    assert client.get("/api/v1/tasks?owner=ana@example.com", headers=bo_h).json["total"] == 0
    resp = client.get("/api/v1/tasks?owner=" + "x" * 300, headers=root_h)
    assert resp.status_code == 422 and "owner" in resp.get_json()["error"]["fields"]


# --------------------------------------------------------------------------- gallery search


@pytest.fixture
def gallery(app, ana):
    """60 personas: Ana0..Ana59 Reyes, genders in turn, ages 30..89; ten of them in Cebu
    City, and one whose name holds LIKE wildcards."""
    with app.app_context():
        user = db.session.scalar(sa.select(User))
        task = seed_task(user, personas=60, images=1)
        personas = list(db.session.scalars(sa.select(Persona).where(Persona.task_pk == task.id)))
        for p in personas:
            if p.persona_index % 6 == 0:
                p.city = "Cebu City"
        personas[7].last_name = "50%_off"
        db.session.commit()
        return task.task_id


def _names(resp) -> list[str]:
    return re.findall(r'class="stretched-link[^"]*"[^>]*>([^<]+)<', resp.get_data(as_text=True))


def test_gallery_search_on_the_page_keeps_filters_in_links(app, client, gallery):
    url = f"/tasks/{gallery}"
    assert _names(client.get(f"{url}?name=ana1")) == [f"Ana{i} Reyes" for i in [1, *range(10, 20)]]
    cebu = client.get(f"{url}?city=cebu&gender=female")
    assert _names(cebu) == [f"Ana{i} Reyes" for i in range(0, 60, 6)]
    ages = client.get(f"{url}?age_min=40&age_max=44&gender=")
    assert _names(ages) == [f"Ana{i} Reyes" for i in range(10, 15)]
    both = client.get(f"{url}?name=ana%20reyes&age_max=31")
    assert _names(both) == ["Ana0 Reyes", "Ana1 Reyes"]
    # Wildcards are matched as text.
    assert _names(client.get(f"{url}?name=%25_")) == ["Ana7 50%_off"]
    assert _names(client.get(f"{url}?name=zz")) == []
    assert "No personas match these filters" in client.get(f"{url}?name=zz").get_data(as_text=True)
    # Pages of a filtered gallery keep the filters in their links.
    page = client.get(f"{url}?gender=male").get_data(as_text=True)
    assert "20 found" in page
    wide = client.get(f"{url}?age_min=13").get_data(as_text=True)
    assert "60 found" in wide and "page 1 of 2" in wide
    assert f"/tasks/{gallery}?page=2&amp;age_min=13#gallery" in wide
    second = client.get(f"{url}?page=2&age_min=13")
    assert len(_names(second)) == 12
    # The form shows the values back.
    assert 'value="cebu"' in cebu.get_data(as_text=True)


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("age_min=abc", "age_min", "whole number"),
        ("age_min=5", "age_min", "greater than or equal to 13"),
        ("age_max=500", "age_max", "less than or equal to 110"),
        ("age_min=50&age_max=40", "age_max", "must not be greater"),
        ("gender=robot", "gender", "female, male, nonbinary"),
        ("name=" + "x" * 101, "name", "at most 100 characters"),
        ("city=" + "x" * 201, "city", "at most 200 characters"),
    ],
)
def test_gallery_bad_filters_are_said_on_the_page(app, client, gallery, query, field, message):
    resp = client.get(f"/tasks/{gallery}?{query}")
    assert resp.status_code == 422
    html = resp.get_data(as_text=True)
    assert f'data-field-error="{field}"' in html and message in html
    assert 'id="gallery"' in html  # the page still shows


def test_api_persona_filters(app, client, ana, gallery):
    url = f"/api/v1/tasks/{gallery}/personas"
    body = client.get(f"{url}?city=CEBU&per_page=5", headers=ana).get_json()
    assert body["total"] == 10 and body["pages"] == 2 and len(body["items"]) == 5
    assert all(r["city"] == "Cebu City" for r in body["items"])
    body = client.get(f"{url}?gender=nonbinary&age_min=80", headers=ana).get_json()
    assert [r["full_name"] for r in body["items"]] == [
        "Ana50 Reyes",
        "Ana53 Reyes",
        "Ana56 Reyes",
        "Ana59 Reyes",
    ]
    assert client.get(f"{url}?name=ana5", headers=ana).get_json()["total"] == 11
    for query, field in (
        ("age_min=x", "age_min"),
        ("age_min=", "age_min"),
        ("gender=", "gender"),
        ("gender=robot", "gender"),
        ("name=" + "y" * 101, "name"),
        ("town=Cebu", "town"),
        ("city=a%00b", "city"),
    ):
        resp = client.get(f"{url}?{query}", headers=ana)
        assert resp.status_code == 422, query
        assert field in resp.get_json()["error"]["fields"], query
    resp = client.get(f"{url}?age_min=60&age_max=50", headers=ana)
    assert resp.status_code == 422


def test_filter_service_counts_in_sql(app, gallery):
    with app.app_context():
        task = _task(gallery)
        page = list_personas(task, 1, 48, parse_filter({"city": "cebu", "gender": "female"}))
        assert page.total == 10 and [p.persona_index for p in page.items] == list(range(0, 60, 6))
        with pytest.raises(PersonaFilterError) as exc:
            parse_filter({"age_min": "90", "age_max": "20"})
        assert "age_max" in exc.value.fields
