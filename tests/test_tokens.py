"""API tokens: the service, the "API tokens" page and the ``avatargen tokens`` commands."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
import sqlalchemy as sa

from avatargen.cli import main as cli_main
from avatargen.extensions import db
from avatargen.models import ApiToken, User
from avatargen.services import tokens as svc
from tests.conftest import csrf_from, login
from tests.factories import make_user

TOKEN_RE = re.compile(r"^agk_[A-Za-z0-9_-]{43}$")


def _user(email: str) -> User:
    return db.session.scalar(sa.select(User).where(User.email == email))


# --------------------------------------------------------------------------- service


def test_create_stores_only_a_hash(app):
    with app.app_context():
        user = make_user()
        row, plaintext = svc.create_token(user, "  nightly   job ")
        assert TOKEN_RE.match(plaintext)
        assert row.name == "nightly job"
        assert row.prefix == plaintext[:12] and len(row.token_hash) == 64
        assert row.token_hash == svc.hash_token(plaintext) != plaintext
        # The plaintext appears nowhere in the database.
        with db.engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT * FROM api_tokens")).all()
        assert rows and all(plaintext not in str(value) for r in rows for value in r)
        other = svc.create_token(user)[1]
        assert other != plaintext and svc.list_tokens(user)[0].name == svc.DEFAULT_NAME


def test_name_too_long_is_refused(app):
    with app.app_context(), pytest.raises(svc.TokenError, match="at most 100"):
        svc.create_token(make_user(), "x" * 101)


def test_authenticate_and_last_used(app):
    with app.app_context():
        user = make_user()
        row, plaintext = svc.create_token(user, "t")
        assert svc.authenticate_token(plaintext).id == user.id
        first = row.last_used_at
        assert first is not None
        assert svc.authenticate_token(plaintext) is not None
        assert row.last_used_at == first  # at most one write a minute
        row.last_used_at = first - timedelta(minutes=2)
        db.session.commit()
        svc.authenticate_token(plaintext)
        assert row.last_used_at > first - timedelta(minutes=2)
        for bad in (None, "", "agk_wrong", plaintext + "x", plaintext[4:]):
            assert svc.authenticate_token(bad) is None


def test_revoked_token_and_inactive_user_do_not_authenticate(app):
    with app.app_context():
        user = make_user()
        row, plaintext = svc.create_token(user, "t")
        revoked = svc.revoke_token(user, row.id)
        assert revoked.revoked_at is not None
        stamp = revoked.revoked_at
        assert svc.revoke_token(user, row.id).revoked_at == stamp  # idempotent
        assert svc.authenticate_token(plaintext) is None
        sleeper = make_user("sleeper@example.com", active=False)
        assert svc.authenticate_token(svc.create_token(sleeper)[1]) is None


def test_revoke_is_owner_scoped(app):
    with app.app_context():
        alice, bob = make_user("alice@example.com"), make_user("bob@example.com")
        row, plaintext = svc.create_token(alice, "t")
        with pytest.raises(svc.TokenNotFound):
            svc.revoke_token(bob, row.id)
        assert svc.authenticate_token(plaintext) is not None
        assert svc.list_tokens(bob) == []


def test_tokens_go_with_their_user(app):
    with app.app_context():
        user = make_user()
        svc.create_token(user, "t")
        db.session.delete(user)
        db.session.commit()
        assert db.session.scalar(sa.select(sa.func.count(ApiToken.id))) == 0


# --------------------------------------------------------------------------- page


@pytest.fixture
def signed_in(app, client):
    with app.app_context():
        make_user("alice@example.com")
    login(client, "alice@example.com")
    return client


def _create_on_page(client, name: str):
    token = csrf_from(client.get("/tokens").get_data(as_text=True))
    return client.post("/tokens", data={"name": name, "csrf_token": token})


def test_page_requires_sign_in(client):
    resp = client.get("/tokens")
    assert resp.status_code == 302 and "/auth/login" in resp.headers["Location"]


def test_page_creates_and_shows_the_token_once(app, signed_in):
    assert "No tokens yet" in signed_in.get("/tokens").get_data(as_text=True)
    resp = _create_on_page(signed_in, "fixtures job")
    assert resp.status_code == 200
    assert resp.headers["Cache-Control"] == "no-store"
    html = resp.get_data(as_text=True)
    shown = re.findall(r"agk_[A-Za-z0-9_-]{43}", html)
    assert shown, "the new token is on the page"
    plaintext = shown[0]
    assert "shown only this once" in html and 'id="copy-token"' in html
    again = signed_in.get("/tokens").get_data(as_text=True)
    assert plaintext not in again  # never shown again
    assert "fixtures job" in again and plaintext[:12] + "…" in again
    assert "never" in again  # not used yet
    with app.app_context():
        assert svc.authenticate_token(plaintext).email == "alice@example.com"
    assert "never" not in signed_in.get("/tokens").get_data(as_text=True)


def test_page_lists_last_used_and_revoked(app, signed_in, client):
    _create_on_page(signed_in, "ci")
    with app.app_context():
        user = _user("alice@example.com")
        row = svc.list_tokens(user)[0]
        row.last_used_at = row.created_at
        db.session.commit()
        token_id = row.id
    page = signed_in.get("/tokens").get_data(as_text=True)
    assert "active" in page
    csrf = csrf_from(page)
    resp = signed_in.post(f"/tokens/{token_id}/revoke", data={"csrf_token": csrf})
    assert resp.status_code == 302 and resp.headers["Location"].endswith("/tokens")
    page = signed_in.get("/tokens").get_data(as_text=True)
    assert "revoked" in page and f"/tokens/{token_id}/revoke" not in page
    with app.app_context():
        assert db.session.get(ApiToken, token_id).revoked_at is not None


def test_page_posts_need_csrf(app, signed_in):
    assert signed_in.post("/tokens", data={"name": "x"}).status_code == 400
    with app.app_context():
        row, _ = svc.create_token(_user("alice@example.com"), "t")
        token_id = row.id
    assert signed_in.post(f"/tokens/{token_id}/revoke").status_code == 400
    with app.app_context():
        assert db.session.get(ApiToken, token_id).revoked_at is None
        assert len(svc.list_tokens(_user("alice@example.com"))) == 1


def test_revoking_another_users_token_is_404(app, signed_in):
    with app.app_context():
        row, plaintext = svc.create_token(make_user("bob@example.com"), "bob's")
        token_id = row.id
    csrf = csrf_from(signed_in.get("/tokens").get_data(as_text=True))
    assert (
        signed_in.post(f"/tokens/{token_id}/revoke", data={"csrf_token": csrf}).status_code == 404
    )
    assert signed_in.post("/tokens/999999/revoke", data={"csrf_token": csrf}).status_code == 404
    with app.app_context():
        assert svc.authenticate_token(plaintext) is not None
    assert "bob's" not in signed_in.get("/tokens").get_data(as_text=True)


def test_page_rejects_too_long_name(app, signed_in):
    resp = _create_on_page(signed_in, "x" * 101)
    assert resp.status_code == 422
    assert "agk_" not in resp.get_data(as_text=True).replace('placeholder="', "")
    with app.app_context():
        assert svc.list_tokens(_user("alice@example.com")) == []


# --------------------------------------------------------------------------- CLI


def test_cli_create_prints_the_token_once(app, runner):
    with app.app_context():
        make_user("cli@example.com")
    result = runner.invoke(
        cli_main, ["tokens", "create", "--email", "cli@example.com", "--name", "ci"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 1 and TOKEN_RE.match(lines[0])
    with app.app_context():
        user = svc.authenticate_token(lines[0])
        assert user is not None and user.email == "cli@example.com"
        assert svc.list_tokens(user)[0].name == "ci"


def test_cli_unknown_email_is_a_one_line_error(app, runner):
    result = runner.invoke(cli_main, ["tokens", "create", "--email", "nobody@example.com"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "nobody@example.com" in lines[0]
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(ApiToken.id))) == 0


def test_cli_list_and_revoke(app, runner):
    with app.app_context():
        user = make_user("cli@example.com")
        row, plaintext = svc.create_token(user, "deploy")
        token_id = row.id
        make_user("other@example.com")
    listed = runner.invoke(cli_main, ["tokens", "list", "--email", "cli@example.com"])
    assert listed.exit_code == 0
    assert listed.output.startswith(f"{token_id}\t{plaintext[:12]}…\tdeploy\t")
    assert "active" in listed.output and plaintext not in listed.output
    wrong = runner.invoke(
        cli_main, ["tokens", "revoke", "--email", "other@example.com", str(token_id)]
    )
    assert wrong.exit_code == 2 and wrong.output.startswith("Error: ")
    done = runner.invoke(
        cli_main, ["tokens", "revoke", "--email", "cli@example.com", str(token_id)]
    )
    assert done.exit_code == 0 and "Revoked" in done.output
    listed = runner.invoke(cli_main, ["tokens", "list", "--email", "cli@example.com"])
    assert "revoked" in listed.output
    with app.app_context():
        assert svc.authenticate_token(plaintext) is None


def test_cli_commands_have_one_line_help(runner):
    for command in ("create", "list", "revoke"):
        result = runner.invoke(cli_main, ["tokens", command, "--help"])
        assert result.exit_code == 0
    group = runner.invoke(cli_main, ["tokens", "--help"]).output
    assert "create" in group and "Create an API token" in group
