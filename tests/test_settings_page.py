"""The admin settings page: bio prompts and per-platform limits."""

from __future__ import annotations

import pytest

from avatargen import bio_settings
from tests.conftest import csrf_from, login
from tests.factories import make_user


def _valid_form() -> dict[str, str]:
    data = {}
    for p, limit in (("facebook", 120), ("instagram", 150), ("x", 160), ("tiktok", 80)):
        data[f"prompt_{p}"] = f"Prompt for {p}"
        data[f"limit_{p}"] = str(limit)
    return data


@pytest.fixture
def admin_client(app, client):
    with app.app_context():
        make_user("boss@example.com", admin=True)
    login(client, "boss@example.com")
    return client


def _post(client, data):
    token = csrf_from(client.get("/settings").get_data(as_text=True))
    return client.post("/settings", data={**data, "csrf_token": token})


def test_admin_sees_defaults_and_saves(app, admin_client):
    page = admin_client.get("/settings").get_data(as_text=True)
    assert 'value="101"' in page and 'value="80"' in page
    resp = _post(admin_client, _valid_form())
    assert resp.status_code == 302
    with app.app_context():
        saved = bio_settings.load()
    assert saved.limits["facebook"] == 120
    assert saved.prompts["tiktok"] == "Prompt for tiktok"
    assert "Settings saved." in admin_client.get("/settings").get_data(as_text=True)


def test_non_admin_gets_403(app, client):
    with app.app_context():
        make_user("pleb@example.com")
    login(client, "pleb@example.com")
    assert client.get("/settings").status_code == 403
    assert client.post("/settings", data=_valid_form()).status_code in (400, 403)
    assert "Settings" not in client.get("/").get_data(as_text=True).split("<main")[0]


@pytest.mark.parametrize(
    "field,value,message",
    [
        ("prompt_x", "   ", "must not be empty"),
        ("prompt_instagram", "a" * 4001, "maximum is 4000"),
        ("limit_tiktok", "19", "from 20 to 2000"),
        ("limit_facebook", "2001", "from 20 to 2000"),
        ("limit_x", "abc", "whole number"),
        ("limit_x", "12.5", "whole number"),
        ("limit_instagram", "", "whole number"),
    ],
)
def test_each_validation_error_saves_nothing(app, admin_client, field, value, message):
    data = _valid_form()
    data[field] = value
    resp = _post(admin_client, data)
    body = resp.get_data(as_text=True)
    assert resp.status_code == 422
    assert message in body and "Nothing was saved" in body
    # the entered values are kept on the form
    assert "Prompt for facebook" in body
    with app.app_context():
        assert bio_settings.load().limits == {
            "facebook": 101,
            "instagram": 150,
            "x": 160,
            "tiktok": 80,
        }


def test_settings_without_csrf_is_400(admin_client):
    assert admin_client.post("/settings", data=_valid_form()).status_code == 400


def test_a_limit_with_thousands_of_digits_is_out_of_range_not_an_error(app):
    from avatargen import bio_settings as bs

    prompts = {p: "Write a bio." for p in ("facebook", "instagram", "x", "tiktok")}
    limits = {"facebook": "9" * 5000, "instagram": "-" + "1" * 5000, "x": "0150", "tiktok": 80}
    with pytest.raises(bs.SettingsError) as info:
        bs.validate(prompts, limits)
    assert info.value.fields == {
        "limit_facebook": f"Enter a number from {bs.LIMIT_MIN} to {bs.LIMIT_MAX}.",
        "limit_instagram": f"Enter a number from {bs.LIMIT_MIN} to {bs.LIMIT_MAX}.",
    }
