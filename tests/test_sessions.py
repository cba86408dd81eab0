"""Revocable sign-in sessions: fresh tokens per sign-in, and logout, password change and
deactivation end every copy of the session and remember cookies (issue 9)."""

from __future__ import annotations

import re

import sqlalchemy as sa

from avatargen.cli import main
from avatargen.extensions import db
from avatargen.models import User, UserSession
from avatargen.services import sessions
from avatargen.services import users as user_service
from tests.conftest import TEST_PASSWORD, csrf_from, login
from tests.factories import make_user

NEW_PASSWORD = "a different long passphrase"


def _cookies(client) -> dict[str, str]:
    return {name: client.get_cookie(name).value for name in ("session", "remember_token")}


def _signed_in_with(app, name: str, value: str) -> bool:
    """Does a fresh browser holding only this one cookie get a signed-in page?"""
    other = app.test_client()
    other.set_cookie(name, value)
    return other.get("/").status_code == 200


def _remembered_client(app):
    client = app.test_client()
    assert login(client, "ann@example.com", remember="y").status_code == 302
    return client, _cookies(client)


def _logout(client):
    token = csrf_from(client.get("/").get_data(as_text=True))
    assert client.post("/auth/logout", data={"csrf_token": token}).status_code == 302


def test_remember_cookie_is_fresh_per_sign_in_stored_hashed_with_expiry(app):
    with app.app_context():
        make_user("ann@example.com")
    _first, one = _remembered_client(app)
    _second, two = _remembered_client(app)
    assert one["remember_token"] != two["remember_token"]
    assert one["session"] != two["session"]
    with app.app_context():
        rows = list(db.session.scalars(sa.select(UserSession)))
        assert len(rows) == 2 and all(r.remember for r in rows)
        for row, cookie in zip(rows, (one, two), strict=True):
            token = cookie["remember_token"].split("|", 1)[0]
            assert row.token_hash == sessions.hash_token(token)
            assert token not in row.token_hash
            days = (row.expires_at - row.created_at).total_seconds() / 86400
            assert 13.9 < days <= 14
    assert _signed_in_with(app, "remember_token", one["remember_token"])


def test_logout_ends_the_session_and_remember_cookie(app):
    with app.app_context():
        make_user("ann@example.com")
    client, old = _remembered_client(app)
    assert _signed_in_with(app, "session", old["session"])
    _logout(client)
    assert not _signed_in_with(app, "session", old["session"])
    assert not _signed_in_with(app, "remember_token", old["remember_token"])


def test_set_password_from_the_cli_ends_every_session(app, runner):
    with app.app_context():
        make_user("ann@example.com")
    _a, first = _remembered_client(app)
    _b, second = _remembered_client(app)
    result = runner.invoke(
        main,
        ["users", "set-password", "ann@example.com", "--password-stdin"],
        input=NEW_PASSWORD + "\n",
    )
    assert result.exit_code == 0, result.output
    for cookies in (first, second):
        assert not _signed_in_with(app, "session", cookies["session"])
        assert not _signed_in_with(app, "remember_token", cookies["remember_token"])
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(UserSession.id))) == 0


def test_deactivation_ends_every_session(app, runner):
    with app.app_context():
        make_user("ann@example.com")
    _client, old = _remembered_client(app)
    assert runner.invoke(main, ["users", "deactivate", "ann@example.com"]).exit_code == 0
    assert not _signed_in_with(app, "session", old["session"])
    assert not _signed_in_with(app, "remember_token", old["remember_token"])


def test_session_and_csrf_token_rotate_at_sign_in(app, client):
    with app.app_context():
        make_user("ann@example.com")
    before_page = client.get("/auth/login").get_data(as_text=True)
    before_csrf = csrf_from(before_page)
    before_cookie = client.get_cookie("session").value
    resp = client.post(
        "/auth/login",
        data={"email": "ann@example.com", "password": TEST_PASSWORD, "csrf_token": before_csrf},
    )
    assert resp.status_code == 302
    after_csrf = csrf_from(client.get("/").get_data(as_text=True))
    assert after_csrf != before_csrf
    assert client.get_cookie("session").value != before_cookie
    # The token of the signed-out page no longer works for signed-in forms.
    stale = client.post("/auth/logout", data={"csrf_token": before_csrf})
    assert stale.status_code == 400


def test_expired_session_does_not_sign_in(app):
    with app.app_context():
        make_user("ann@example.com")
    _client, old = _remembered_client(app)
    with app.app_context():
        db.session.execute(sa.update(UserSession).values(expires_at=UserSession.created_at))
        db.session.commit()
    assert not _signed_in_with(app, "remember_token", old["remember_token"])


def test_old_integer_user_id_cookies_do_not_sign_in(app):
    """Cookies of the old scheme (the bare user id) name no session."""
    with app.app_context():
        user = make_user("ann@example.com")
        uid = str(user.id)
    client = app.test_client()
    with client.session_transaction() as sess:
        sess["_user_id"] = uid
        sess["_fresh"] = True
    assert client.get("/").status_code == 302


def test_account_page_lists_sessions_and_tokens_and_ends_them(app):
    with app.app_context():
        user = make_user("ann@example.com")
        from avatargen.services import tokens

        row, _plain = tokens.create_token(user, "nightly job")
        token_id = row.id
    mine = app.test_client()
    login(mine, "ann@example.com")
    _other, other_cookies = _remembered_client(app)
    page = mine.get("/auth/account")
    assert page.status_code == 200 and page.headers["Cache-Control"] == "no-store"
    html = page.get_data(as_text=True)
    ids = re.findall(r'id="session-(\d+)"', html)
    assert len(ids) == 2 and "this browser" in html
    assert "nightly job" in html and f'id="account-token-{token_id}"' in html
    with app.app_context():
        other_id = db.session.scalar(
            sa.select(UserSession.id).where(UserSession.remember.is_(True))
        )
    token = csrf_from(html)
    ended = mine.post(f"/auth/sessions/{other_id}/end", data={"csrf_token": token})
    assert ended.status_code == 302
    assert not _signed_in_with(app, "remember_token", other_cookies["remember_token"])
    assert mine.get("/").status_code == 200
    # Someone else's or a made-up session id is "not found"; huge ids too.
    assert mine.post("/auth/sessions/999999/end", data={"csrf_token": token}).status_code == 404
    huge = mine.post(f"/auth/sessions/{2**63}/end", data={"csrf_token": token})
    assert huge.status_code == 404


def test_end_every_other_session(app):
    with app.app_context():
        make_user("ann@example.com")
    mine = app.test_client()
    login(mine, "ann@example.com")
    others = [_remembered_client(app)[1] for _ in range(2)]
    token = csrf_from(mine.get("/auth/account").get_data(as_text=True))
    assert mine.post("/auth/sessions/end-others", data={"csrf_token": token}).status_code == 302
    assert mine.get("/").status_code == 200
    for cookies in others:
        assert not _signed_in_with(app, "remember_token", cookies["remember_token"])


def _change(client, current: str, new: str, confirm: str | None = None):
    token = csrf_from(client.get("/auth/account").get_data(as_text=True))
    return client.post(
        "/auth/account/password",
        data={"current": current, "new": new, "confirm": confirm or new, "csrf_token": token},
    )


def test_password_change_ends_other_sessions_and_keeps_this_browser(app):
    with app.app_context():
        make_user("ann@example.com")
    mine = app.test_client()
    login(mine, "ann@example.com")
    before = mine.get_cookie("session").value
    _other, other = _remembered_client(app)
    assert _change(mine, TEST_PASSWORD, NEW_PASSWORD).status_code == 302
    assert mine.get("/").status_code == 200  # signed in afresh
    assert not _signed_in_with(app, "session", before)
    assert not _signed_in_with(app, "remember_token", other["remember_token"])
    with app.app_context():
        assert db.session.scalar(sa.select(User)).check_password(NEW_PASSWORD)


def test_password_change_refusals(app):
    with app.app_context():
        make_user("ann@example.com")
    mine = app.test_client()
    login(mine, "ann@example.com")
    wrong = _change(mine, "not the password", NEW_PASSWORD)
    assert wrong.status_code == 422 and "current password is wrong" in wrong.get_data(as_text=True)
    weak = _change(mine, TEST_PASSWORD, "12345678")
    assert weak.status_code == 422 and "at least 12" in weak.get_data(as_text=True)
    mismatch = _change(mine, TEST_PASSWORD, NEW_PASSWORD, "something else entirely")
    assert mismatch.status_code == 422
    with app.app_context():
        assert db.session.scalar(sa.select(User)).check_password(TEST_PASSWORD)


def test_set_password_service_refuses_trivial_passwords(app):
    with app.app_context():
        make_user("ann@example.com")
        for bad in ("12345678", "aaaaaaaa", "aaaaaaaaaaaaaaaa", "1234567890123"):
            try:
                user_service.set_password("ann@example.com", bad)
            except user_service.UserError:
                continue
            raise AssertionError(f"{bad!r} was accepted")


def test_idle_session_ends_but_a_remembered_one_stays(app):
    from datetime import timedelta

    with app.app_context():
        make_user("ann@example.com")
    plain = app.test_client()
    login(plain, "ann@example.com")
    plain_cookie = plain.get_cookie("session").value
    _remembered, kept = _remembered_client(app)
    with app.app_context():
        for row in db.session.scalars(sa.select(UserSession)):
            row.last_seen_at -= timedelta(minutes=31)
        db.session.commit()
    assert not _signed_in_with(app, "session", plain_cookie)  # 31 minutes idle
    assert _signed_in_with(app, "remember_token", kept["remember_token"])
