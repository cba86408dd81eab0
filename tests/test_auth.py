"""Sign-in, sign-out, throttling, CSRF, safe redirects and cookie flags."""

from __future__ import annotations

import pytest

from avatargen.auth.routes import BAD_CREDENTIALS, safe_next
from avatargen.extensions import db
from avatargen.models import User
from tests.conftest import TEST_PASSWORD, csrf_from, login
from tests.factories import make_user


def test_right_password_signs_in_and_records_last_login(app, client):
    with app.app_context():
        make_user("ann@example.com")
    resp = login(client, "ANN@example.com ")
    assert resp.status_code == 302 and resp.headers["Location"] == "/"
    assert client.get("/").status_code == 200
    with app.app_context():
        assert db.session.scalar(db.select(User.last_login)) is not None


@pytest.mark.parametrize(
    "email,password",
    [
        ("ann@example.com", "wrong password"),
        ("nobody@example.com", TEST_PASSWORD),
    ],
)
def test_wrong_credentials_refused(app, client, email, password):
    with app.app_context():
        make_user("ann@example.com")
    resp = login(client, email, password)
    assert resp.status_code == 401
    assert BAD_CREDENTIALS in resp.get_data(as_text=True)
    assert client.get("/").status_code == 302  # still signed out


def test_inactive_user_gets_same_message_as_wrong_password(app, client):
    with app.app_context():
        make_user("ann@example.com", active=False)
    resp = login(client, "ann@example.com")
    assert resp.status_code == 401
    assert BAD_CREDENTIALS in resp.get_data(as_text=True)


def test_deactivated_user_loses_session(app, client):
    with app.app_context():
        make_user("ann@example.com")
    login(client, "ann@example.com")
    assert client.get("/").status_code == 200
    with app.app_context():
        db.session.scalar(db.select(User)).is_active = False
        db.session.commit()
    assert client.get("/").status_code == 302


def test_failed_signins_are_throttled_per_email(app, client):
    with app.app_context():
        make_user("ann@example.com")
    for _ in range(5):
        assert login(client, "ann@example.com", "nope").status_code == 401
    resp = login(client, "ann@example.com", TEST_PASSWORD)
    assert resp.status_code == 429
    assert "Too many" in resp.get_data(as_text=True)


def test_failed_signins_are_throttled_per_address(app, client):
    app.config["LOGIN_ADDRESS_THROTTLE"] = "5 per 15 minutes"
    with app.app_context():
        make_user("ann@example.com")
    for i in range(5):
        assert login(client, f"other{i}@example.com", "nope").status_code == 401
    resp = login(client, "ann@example.com")
    assert resp.status_code == 429
    assert int(resp.headers["Retry-After"]) > 0


def _login_from(app, address: str, email: str, password: str = TEST_PASSWORD):
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    return login(client, email, password)


def test_wrong_passwords_from_one_address_do_not_lock_out_another(app):
    with app.app_context():
        make_user("ann@example.com")
    for _ in range(5):
        assert _login_from(app, "203.0.113.5", "ann@example.com", "nope").status_code == 401
    refused = _login_from(app, "203.0.113.5", "ann@example.com")
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
    assert _login_from(app, "198.51.100.7", "ann@example.com").status_code == 302


def test_many_addresses_guessing_one_email_meet_a_growing_delay(app):
    app.config["LOGIN_SOFT_AFTER"] = 3
    with app.app_context():
        make_user("ann@example.com")
    for i in range(3):
        assert _login_from(app, f"192.0.2.{i}", "ann@example.com", "nope").status_code == 401
    # Past the soft limit: one attempt per delay, from any address, then 429 with Retry-After.
    assert _login_from(app, "192.0.2.50", "ann@example.com", "nope").status_code == 401
    resp = _login_from(app, "192.0.2.51", "ann@example.com", "nope")
    assert resp.status_code == 429
    assert 1 <= int(resp.headers["Retry-After"]) <= app.config["LOGIN_SOFT_MAX_DELAY"]


def test_login_is_throttled_by_forwarded_address_behind_a_trusted_proxy(
    database_url, tmp_path, monkeypatch
):
    from tests.conftest import make_app

    monkeypatch.setenv("AVATARGEN_INSTANCE_PATH", str(tmp_path / "instance"))
    proxied = make_app(database_url, tmp_path, TRUSTED_PROXY_HOPS=1)
    with proxied.app_context():
        db.create_all()
        make_user("ann@example.com")
    try:

        def via_proxy(client_address: str, password: str):
            client = proxied.test_client()
            client.environ_base["REMOTE_ADDR"] = "10.0.0.1"  # the proxy
            client.environ_base["HTTP_X_FORWARDED_FOR"] = client_address
            return login(client, "ann@example.com", password)

        for _ in range(5):
            assert via_proxy("203.0.113.9", "nope").status_code == 401
        assert via_proxy("203.0.113.9", TEST_PASSWORD).status_code == 429
        # Another client behind the same proxy is a different address.
        assert via_proxy("198.51.100.4", TEST_PASSWORD).status_code == 302
    finally:
        with proxied.app_context():
            db.drop_all()
            db.engine.dispose()


def test_successful_signins_do_not_count_towards_throttle(app, client):
    with app.app_context():
        make_user("ann@example.com")
    for _ in range(7):
        assert login(client, "ann@example.com").status_code == 302
        client.post(
            "/auth/logout", data={"csrf_token": csrf_from(client.get("/").get_data(as_text=True))}
        )


def test_login_without_csrf_is_400(app, client):
    with app.app_context():
        make_user("ann@example.com")
    resp = client.post("/auth/login", data={"email": "ann@example.com", "password": TEST_PASSWORD})
    assert resp.status_code == 400
    assert client.get("/").status_code == 302


def test_logout_requires_post_with_csrf(app, client):
    with app.app_context():
        make_user("ann@example.com")
    login(client, "ann@example.com")
    assert client.get("/auth/logout").status_code == 405
    assert client.post("/auth/logout").status_code == 400
    token = csrf_from(client.get("/").get_data(as_text=True))
    assert client.post("/auth/logout", data={"csrf_token": token}).status_code == 302
    assert client.get("/").status_code == 302


@pytest.mark.parametrize(
    "target,expected",
    [
        ("/history", "/history"),
        ("/settings?x=1", "/settings?x=1"),
        ("//evil.example", None),
        ("https://evil.example/", None),
        ("http:/evil.example", None),
        ("/\\evil.example", None),
        ("javascript:alert(1)", None),
        ("evil", None),
        ("", None),
    ],
)
def test_safe_next(target, expected):
    assert safe_next(target) == expected


def test_next_redirect_only_to_this_site(app, client):
    with app.app_context():
        make_user("ann@example.com")
    page = client.get("/auth/login?next=//evil.example")
    token = csrf_from(page.get_data(as_text=True))
    resp = client.post(
        "/auth/login?next=//evil.example",
        data={"email": "ann@example.com", "password": TEST_PASSWORD, "csrf_token": token},
    )
    assert resp.headers["Location"] == "/"
    client.post(
        "/auth/logout", data={"csrf_token": csrf_from(client.get("/").get_data(as_text=True))}
    )
    token = csrf_from(client.get("/auth/login").get_data(as_text=True))
    resp = client.post(
        "/auth/login?next=/history",
        data={"email": "ann@example.com", "password": TEST_PASSWORD, "csrf_token": token},
    )
    assert resp.headers["Location"] == "/history"


def test_pages_require_sign_in(client):
    resp = client.get("/history")
    assert resp.status_code == 302 and "/auth/login?next=%2Fhistory" in resp.headers["Location"]


def _cookie_headers(resp) -> list[str]:
    return resp.headers.getlist("Set-Cookie")


def test_session_and_remember_cookie_flags(app, client):
    with app.app_context():
        make_user("ann@example.com")
    resp = login(client, "ann@example.com", remember="y")
    cookies = _cookie_headers(resp)
    session = next(c for c in cookies if c.startswith("session="))
    remember = next(c for c in cookies if c.startswith("remember_token="))
    for cookie in (session, remember):
        assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


@pytest.fixture
def secure_app(database_url, tmp_path, monkeypatch):
    from tests.conftest import make_app

    monkeypatch.setenv("AVATARGEN_SECURE_COOKIES", "true")
    monkeypatch.setenv("AVATARGEN_INSTANCE_PATH", str(tmp_path / "instance"))
    application = make_app(database_url, tmp_path)
    with application.app_context():
        db.create_all()
        make_user("ann@example.com")
    yield application
    with application.app_context():
        db.drop_all()
        db.engine.dispose()


def test_secure_cookies_when_configured(secure_app):
    client = secure_app.test_client()
    resp = login(client, "ann@example.com", remember="y")
    assert all("Secure" in c for c in _cookie_headers(resp))


def test_default_bcrypt_cost_is_at_least_12(monkeypatch, tmp_path):
    from avatargen.config import load_config

    monkeypatch.delenv("AVATARGEN_BCRYPT_ROUNDS", raising=False)
    assert load_config(str(tmp_path))["BCRYPT_ROUNDS"] >= 12


def test_throttle_counters_hold_under_concurrent_first_hits(app):
    """40 threads taking the same fresh counter at once: exactly the limit gets through
    (limits' memory storage alone drops counts on a key's first concurrent hits)."""
    import threading

    from avatargen.auth import throttle

    results: list[bool] = []
    start = threading.Barrier(40)

    def attempt():
        with app.app_context():
            start.wait()
            try:
                throttle.begin("ann@example.com", "203.0.113.1")
                results.append(True)
            except throttle.Throttled:
                results.append(False)

    for _round in range(3):
        results.clear()
        with app.app_context():
            app.extensions.pop("avatargen_throttle", None)  # fresh counters
        threads = [threading.Thread(target=attempt) for _ in range(40)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert results.count(True) == 5, results
