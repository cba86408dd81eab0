"""``avatargen users ...``, ``serve`` start-up and ``providers list`` through the CLI runner."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from avatargen.cli import main
from avatargen.extensions import db
from avatargen.models import User


def _invoke(runner, args, input=None):
    return runner.invoke(main, args, input=input, catch_exceptions=False)


def test_users_create_list_deactivate_set_password(app, runner):
    r = _invoke(
        runner,
        ["users", "create", "--email", "Ann@Example.com", "--admin", "--password-stdin"],
        input="s3cret-password\n",
    )
    assert r.exit_code == 0, r.output
    assert "Created admin user ann@example.com" in r.output
    r = _invoke(runner, ["users", "list"])
    assert "ann@example.com" in r.output and "admin" in r.output
    r = _invoke(
        runner,
        ["users", "set-password", "ann@example.com", "--password-stdin"],
        input="another-password\n",
    )
    assert r.exit_code == 0
    with app.app_context():
        user = db.session.scalar(sa.select(User))
        assert user.check_password("another-password")
    r = _invoke(runner, ["users", "deactivate", "ann@example.com"])
    assert r.exit_code == 0
    with app.app_context():
        assert db.session.scalar(sa.select(User.is_active)) is False


def test_users_create_prompts_for_password(app, runner):
    r = _invoke(
        runner,
        ["users", "create", "--email", "bob@example.com"],
        input="pass-word-1-ok\npass-word-1-ok\n",
    )
    assert r.exit_code == 0, r.output


def _assert_one_line_error(r, text):
    assert r.exit_code == 2, r.output
    lines = [line for line in r.output.splitlines() if line.strip()]
    assert len(lines) == 1 and text in lines[0], r.output


def test_bad_input_exits_2_and_changes_nothing(app, runner):
    _assert_one_line_error(
        _invoke(
            runner,
            ["users", "create", "--email", "not-an-email", "--password-stdin"],
            input="long-enough-pw\n",
        ),
        "not a valid email",
    )
    _assert_one_line_error(
        _invoke(
            runner,
            ["users", "create", "--email", "a@example.com", "--password-stdin"],
            input="short\n",
        ),
        "at least 12 characters",
    )
    _invoke(
        runner,
        ["users", "create", "--email", "a@example.com", "--password-stdin"],
        input="long-enough-pw\n",
    )
    _assert_one_line_error(
        _invoke(
            runner,
            ["users", "create", "--email", "A@example.com", "--password-stdin"],
            input="long-enough-pw\n",
        ),
        "already exists",
    )
    _assert_one_line_error(_invoke(runner, ["users", "deactivate", "zed@example.com"]), "no user")
    _assert_one_line_error(
        _invoke(
            runner, ["users", "set-password", "a@example.com", "--password-stdin"], input="x\n"
        ),
        "at least 12",
    )
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(User.id))) == 1
        assert db.session.scalar(sa.select(User)).check_password("long-enough-pw")


def test_serve_creates_first_admin_once(app, runner, monkeypatch):
    from avatargen import cli, serving

    calls = []
    monkeypatch.setattr(serving, "serve", lambda *a, **k: calls.append(k))
    monkeypatch.setattr(cli, "_require_migrated", lambda: None)
    r = _invoke(runner, ["serve", "--port", "5055"])
    assert r.exit_code == 0, r.output
    assert calls and calls[0]["port"] == 5055
    email = next(line.split()[-1] for line in r.output.splitlines() if "email:" in line)
    password = next(line.split()[-1] for line in r.output.splitlines() if "password:" in line)
    with app.app_context():
        admin = db.session.scalar(sa.select(User))
        assert admin.email == email and admin.is_admin and admin.check_password(password)
    r = _invoke(runner, ["serve"])
    assert "password:" not in r.output  # only once


def test_serve_refuses_unmigrated_database(app, runner):
    r = _invoke(runner, ["serve"])
    _assert_one_line_error(r, "avatargen db upgrade")


@pytest.mark.parametrize(
    "args",
    [
        ["generate", "--description", "x", "--count", "1", "--images-per-persona", "4",
         "--language", "en", "--out", "out.zip"],
        ["export", "abcd1234", "--format", "json", "--out", "x.json"],
    ],
)  # fmt: skip
def test_generate_and_export_on_a_database_never_migrated_say_so(app, runner, args):
    with app.app_context():
        db.drop_all()
    try:
        r = _invoke(runner, args)
    finally:
        with app.app_context():
            db.create_all()  # the fixture's teardown empties the tables
    _assert_one_line_error(r, "run `avatargen db upgrade` first")


def test_bad_database_url_is_a_one_line_error(monkeypatch, tmp_path):
    from click.testing import CliRunner

    monkeypatch.setenv("AVATARGEN_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("DATABASE_URL", "mysql://root@localhost/x")
    r = CliRunner().invoke(main, ["users", "list"])
    assert r.exit_code == 2
    assert "DATABASE_URL must start with sqlite:// or postgresql://" in r.output


@pytest.mark.parametrize(
    "password,reason",
    [
        ("12345678", "at least 12"),
        ("aaaaaaaa", "at least 12"),
        ("123456789012", "too easy"),
        ("aaaaaaaaaaaa", "too easy"),
        ("abcabcabcabc", "too easy"),
        ("qwertyuiopqw", "too easy"),
        ("Password1234", "commonly used"),
        ("ann@example.com", "email"),
    ],
)
def test_common_and_trivial_passwords_are_refused(app, runner, password, reason):
    _assert_one_line_error(
        _invoke(
            runner,
            ["users", "create", "--email", "ann@example.com", "--password-stdin"],
            input=password + "\n",
        ),
        reason,
    )
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(User.id))) == 0


def test_serve_says_what_to_open_and_logs_at_the_chosen_level(app, runner, monkeypatch):
    import logging

    from avatargen import cli, serving

    seen = []
    monkeypatch.setattr(
        serving, "serve", lambda *a, **k: seen.append(logging.getLogger().getEffectiveLevel())
    )
    monkeypatch.setattr(cli, "_require_migrated", lambda: None)
    before = logging.getLogger().level
    r = _invoke(runner, ["serve", "--host", "::", "--port", "5056", "--log-level", "debug"])
    assert r.exit_code == 0, r.output
    assert "Open http://127.0.0.1:5056/auth/login to sign in with the account above" in r.output
    assert "then Generate" in r.output
    assert seen == [logging.DEBUG]
    assert logging.getLogger().level == before  # put back when serve returns
    monkeypatch.setenv("LOG_LEVEL", "WARNING")
    with app.app_context():
        app.config["LOG_LEVEL"] = "WARNING"  # what load_config reads from LOG_LEVEL
    r = _invoke(runner, ["serve", "--log-format", "json"])
    assert r.exit_code == 0 and seen[-1] == logging.WARNING
    assert "with the account above" not in r.output  # the admin exists now


def test_serve_bad_log_level_is_a_one_line_error(app, runner, monkeypatch):
    from avatargen import cli

    monkeypatch.setattr(cli, "_require_migrated", lambda: None)
    app.config["LOG_LEVEL"] = "loud"
    r = _invoke(runner, ["serve"])
    _assert_one_line_error(r, "unknown log level 'loud'")
