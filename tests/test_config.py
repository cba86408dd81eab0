"""Configuration from the environment."""

from __future__ import annotations

import os
import stat

import pytest

from avatargen.config import ConfigError, load_config, normalize_database_url


@pytest.mark.parametrize(
    "url,expected",
    [
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
    ],
)
def test_database_urls_accepted(url, expected):
    assert normalize_database_url(url) == expected


@pytest.mark.parametrize("url", ["postgresql+psycopg2://u@h/db", "mysql://x", "nonsense"])
def test_bad_database_urls_rejected(url):
    with pytest.raises(ConfigError, match="DATABASE_URL|driver"):
        normalize_database_url(url)


def test_defaults_embedded(monkeypatch, tmp_path):
    for name in ("DATABASE_URL", "AVATARGEN_SECRET_KEY", "AVATARGEN_STORAGE_URL"):
        monkeypatch.delenv(name, raising=False)
    cfg = load_config(str(tmp_path))
    assert cfg["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path}/avatargen.db"
    assert cfg["STORAGE_URL"] == str(tmp_path / "media")


def test_secret_key_generated_once_and_kept_private(monkeypatch, tmp_path):
    monkeypatch.delenv("AVATARGEN_SECRET_KEY", raising=False)
    first = load_config(str(tmp_path))["SECRET_KEY"]
    second = load_config(str(tmp_path))["SECRET_KEY"]
    assert first == second and len(first) >= 64
    mode = stat.S_IMODE(os.stat(tmp_path / "secret_key").st_mode)
    assert mode == 0o600
    other = tmp_path / "other"
    assert load_config(str(other))["SECRET_KEY"] != first  # never a fixed fallback


def test_secret_key_from_env(monkeypatch, tmp_path):
    monkeypatch.setenv("AVATARGEN_SECRET_KEY", "from-env")
    assert load_config(str(tmp_path))["SECRET_KEY"] == "from-env"
    assert not (tmp_path / "secret_key").exists()


@pytest.mark.parametrize(
    "name,value,message",
    [
        ("AVATARGEN_SECURE_COOKIES", "maybe", "true or false"),
        ("AVATARGEN_BCRYPT_ROUNDS", "4", "between 12 and 16"),
        ("AVATARGEN_WORKER_THREADS", "lots", "whole number"),
    ],
)
def test_bad_env_values_named(monkeypatch, tmp_path, name, value, message):
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=f"{name} must .*{message}"):
        load_config(str(tmp_path))


def test_price_table_from_env(monkeypatch, tmp_path):
    monkeypatch.setenv("AVATARGEN_PRICES", '{"openai": {"prompt_tokens_1k": 0.5, "request": 0}}')
    assert load_config(str(tmp_path))["PRICES"] == {
        "openai": {"prompt_tokens_1k": 0.5, "request": 0.0}
    }


@pytest.mark.parametrize("value", ["[1]", "{nope", '{"openai": {"per_token": 1}}', '{"x": 3}'])
def test_bad_price_table_is_named(monkeypatch, tmp_path, value):
    monkeypatch.setenv("AVATARGEN_PRICES", value)
    with pytest.raises(ConfigError, match="AVATARGEN_PRICES must be"):
        load_config(str(tmp_path))


def test_model_image_size_does_not_clash_with_the_portrait_size(monkeypatch, tmp_path):
    monkeypatch.setenv("AVATARGEN_IMAGE_SIZE", "1536x1024")  # the openai-images setting
    monkeypatch.setenv("AVATARGEN_PORTRAIT_SIZE", "256")
    assert load_config(str(tmp_path))["IMAGE_SIZE"] == 256


def test_s3_presign_settings_are_validated(monkeypatch, tmp_path):
    monkeypatch.setenv("AVATARGEN_S3_PRESIGN", "yes")
    monkeypatch.setenv("AVATARGEN_S3_PRESIGN_EXPIRES", "120")
    cfg = load_config(str(tmp_path))
    assert cfg["S3_PRESIGN"] is True and cfg["S3_PRESIGN_EXPIRES"] == 120
    monkeypatch.setenv("AVATARGEN_S3_PRESIGN_EXPIRES", "5")
    with pytest.raises(ConfigError, match="AVATARGEN_S3_PRESIGN_EXPIRES must be between 30"):
        load_config(str(tmp_path))


def test_typed_settings_come_from_the_environment_in_one_place():
    from avatargen.config import load_settings

    settings = load_settings(
        {
            "AVATARGEN_S3_ENDPOINT_URL": "http://s3.local:9000",
            "AWS_DEFAULT_REGION": "eu-west-3",
            "AVATARGEN_S3_ADDRESSING_STYLE": "Path",
            "AVATARGEN_LIMITS_URL": "redis://limits:6379/1",
            "AVATARGEN_LIMITS_RPM_WINDOW": "2.5",
            "AVATARGEN_LLM_MODEL": "local-model",
            "OPENAI_API_KEY": "sk-test",
            "UNRELATED": "x",
        }
    )
    assert settings.s3.endpoint_url == "http://s3.local:9000"
    assert settings.s3.region == "eu-west-3" and settings.s3.addressing_style == "path"
    assert settings.limits.url == "redis://limits:6379/1"
    assert settings.limits.rpm_window == 2.5 and settings.limits.lease_ttl == 60.0
    assert settings.provider_env == {
        "AVATARGEN_S3_ENDPOINT_URL": "http://s3.local:9000",
        "AVATARGEN_S3_ADDRESSING_STYLE": "Path",
        "AVATARGEN_LIMITS_URL": "redis://limits:6379/1",
        "AVATARGEN_LIMITS_RPM_WINDOW": "2.5",
        "AVATARGEN_LLM_MODEL": "local-model",
        "OPENAI_API_KEY": "sk-test",
    }
    with pytest.raises(ConfigError, match="AVATARGEN_LIMITS_LEASE_TTL must be positive"):
        load_settings({"AVATARGEN_LIMITS_LEASE_TTL": "0"})


def test_only_config_reads_the_environment():
    import ast
    from pathlib import Path

    import avatargen

    root = Path(avatargen.__file__).parent
    readers = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in ("environ", "getenv")
                and isinstance(node.value, ast.Name)
                and node.value.id == "os"
            ):
                readers.append(str(path.relative_to(root)))
    assert sorted(set(readers)) == ["config.py"]
