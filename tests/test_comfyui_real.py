"""The ``comfyui`` image provider against a real ComfyUI server (opt-in).

Runs only when ``AVATARGEN_TEST_COMFYUI_DIR`` points at a ComfyUI checkout (its
``main.py``) and ``AVATARGEN_TEST_COMFYUI_PYTHON`` at a Python that has ComfyUI's
requirements (torch included; the CPU wheel is enough). The server is started on
loopback with ``--cpu`` and runs the model-free templates (core nodes only, no weights):
a real ``avatargen generate`` uploads each base portrait, queues every image with
``POST /prompt``, polls ``GET /history`` and downloads with ``GET /view``. The stored
PNGs must carry none of the chunks ComfyUI writes (its outputs on disk do), and a
template whose nodes and models the server lacks must stop ``generate`` in one line
before anything is written. CI does not run it: CI cannot fetch ComfyUI's source from
GitHub (see the README's ComfyUI section for how to run it).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import sqlalchemy as sa

from avatargen import image_metadata, provenance
from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona
from avatargen.providers import preflight
from tests.doubles import clear_provider_env

COMFY_DIR = os.environ.get("AVATARGEN_TEST_COMFYUI_DIR", "").strip()
COMFY_PYTHON = os.environ.get("AVATARGEN_TEST_COMFYUI_PYTHON", "").strip()
START_TIMEOUT = 300.0  # seconds: importing torch and ComfyUI's nodes on 2 cores

pytestmark = pytest.mark.skipif(
    not (COMFY_DIR and COMFY_PYTHON),
    reason=(
        "a real ComfyUI is needed: set AVATARGEN_TEST_COMFYUI_DIR to a ComfyUI checkout and "
        "AVATARGEN_TEST_COMFYUI_PYTHON to a Python with its requirements (README, ComfyUI)"
    ),
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as resp:  # noqa: S310 - loopback server
        return json.loads(resp.read())


def _post(url: str, body: bytes, content_type: str) -> dict:
    """POST to the loopback server; an error status raises (HTTPError shows the answer)."""
    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type})  # noqa: S310
    with urllib.request.urlopen(request, timeout=30) as resp:  # noqa: S310
        return json.loads(resp.read())


@contextlib.contextmanager
def _running_comfyui(root: Path, base_directory: Path | None = None):
    """A ComfyUI server on loopback with its folders under ``root`` (and, with
    ``base_directory``, its models and custom nodes there); yields its URL and folders."""
    main = Path(COMFY_DIR) / "main.py"
    if not main.is_file() or not shutil.which(COMFY_PYTHON):
        pytest.fail(f"no ComfyUI at {main} or no Python at {COMFY_PYTHON}")
    dirs = {name: root / name for name in ("output", "input", "temp", "user")}
    for path in dirs.values():
        path.mkdir()
    port = _free_port()
    log = (root / "server.log").open("wb")
    args = [
        COMFY_PYTHON, str(Path(__file__).with_name("comfyui_launch.py")), str(main),
        "--cpu", "--listen", "127.0.0.1", "--port", str(port), "--disable-auto-launch",
        "--output-directory", str(dirs["output"]), "--input-directory", str(dirs["input"]),
        "--temp-directory", str(dirs["temp"]), "--user-directory", str(dirs["user"]),
        "--database-url", "sqlite:///:memory:",
    ]  # fmt: skip
    if base_directory is not None:
        args += ["--base-directory", str(base_directory)]
    started = time.monotonic()
    proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, cwd=COMFY_DIR)  # noqa: S603
    url = f"http://127.0.0.1:{port}"
    try:
        while True:
            try:
                stats = _get(url + "/system_stats")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() - started > START_TIMEOUT:
                    log.flush()
                    tail = (root / "server.log").read_text(errors="replace")[-3000:]
                    pytest.fail(f"ComfyUI did not start (exit {proc.poll()}):\n{tail}")
                time.sleep(0.5)
        print(
            f"\nComfyUI {stats['system'].get('comfyui_version')} up in "
            f"{time.monotonic() - started:.1f} s at {url}",
            file=sys.stderr,
        )
        yield {"url": url, "log": root / "server.log", **dirs}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with _running_comfyui(tmp_path_factory.mktemp("comfyui")) as running:
        yield running


@pytest.fixture
def comfy_env(server, monkeypatch):
    clear_provider_env(monkeypatch)
    preflight.forget()
    monkeypatch.setenv("AVATARGEN_COMFYUI_URL", server["url"])
    monkeypatch.setenv("AVATARGEN_COMFYUI_BASE_WORKFLOW", "model-free-base")
    monkeypatch.setenv("AVATARGEN_COMFYUI_WORKFLOW", "model-free-variant")
    monkeypatch.setenv("AVATARGEN_COMFYUI_POLL_INTERVAL", "0.2")
    yield monkeypatch
    preflight.forget()


def _generate(runner, out: Path, count: int = 3):
    from avatargen.cli import main

    return runner.invoke(
        main,
        [
            "generate", "--description", "nurses in Manila who hike", "--count", str(count),
            "--images-per-persona", "4", "--language", "en", "--seed", "7",
            "--image-provider", "comfyui", "--out", str(out),
        ],
    )  # fmt: skip


def _counts(app) -> tuple[int, int]:
    with app.app_context():
        return (
            db.session.scalar(sa.select(sa.func.count(GenerationTask.id))),
            db.session.scalar(sa.select(sa.func.count(Persona.id))),
        )


def test_generate_against_real_comfyui_stores_pngs_without_its_chunks(
    app, runner, server, comfy_env, tmp_path
):
    history_before = len(_get(server["url"] + "/history"))
    out = tmp_path / "out"
    started = time.monotonic()
    result = _generate(runner, out)
    took = time.monotonic() - started
    assert result.exit_code == 0, result.output
    print(f"\ngenerate: 3 personas x 4 images through ComfyUI in {took:.1f} s", file=sys.stderr)

    records = [json.loads(line) for line in (out / "personas.jsonl").read_text().splitlines()]
    assert len(records) == 3
    # every image went through the server: 3 base portraits and 9 variants queued and run
    assert len(_get(server["url"] + "/history")) - history_before == 12
    uploads = list((server["input"] / "avatargen").iterdir())
    assert len(uploads) >= 3  # each persona's base portrait, uploaded once for its variants
    raw = sorted((server["output"] / "avatargen").glob("model-free-*.png"))
    assert len(raw) >= 12
    # what ComfyUI itself saved carries its tEXt "prompt" chunk (the filled workflow) ...
    saved = raw[-1].read_bytes()
    assert "tEXt" in image_metadata.png_chunk_types(saved)
    assert b"PrimitiveStringMultiline" in saved

    for record in records:
        assert len(record["images"]) == 4
        for position, rel in enumerate(record["images"], start=1):
            data = (out / rel).read_bytes()
            # ... and what we stored carries only our XMP
            assert image_metadata.png_chunk_types(data) == ["IHDR", "iTXt", "IDAT", "IEND"]
            assert b"PrimitiveStringMultiline" not in data and b"class_type" not in data
            label = provenance.read(data)
            assert label["provider"] == "comfyui" and label["position"] == position
            assert label["persona_id"] == record["id"]
    exiftool = shutil.which("exiftool")
    if exiftool:  # the independent reader agrees
        tags = json.loads(
            subprocess.run(
                [exiftool, "-j", "-a", "-G1", str(out / records[0]["images"][1])],
                capture_output=True,
                text=True,
                check=True,
                timeout=60,
            ).stdout
        )[0]
        assert not any(k.endswith((":Prompt", ":Workflow")) for k in tags), tags
        assert tags["XMP-avatargen:Provider"] == "comfyui"


def test_preflight_refuses_a_template_the_server_lacks_before_anything_is_written(
    app, runner, server, comfy_env, tmp_path
):
    comfy_env.setenv("AVATARGEN_COMFYUI_WORKFLOW", "faceid-sdxl")
    comfy_env.setenv("AVATARGEN_COMFYUI_BASE_WORKFLOW", "portrait-sdxl")
    history_before = len(_get(server["url"] + "/history"))
    uploads_before = sorted((server["input"]).rglob("*"))
    out = tmp_path / "out"
    result = _generate(runner, out, count=2)
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert f"comfyui: the server at {server['url']} lacks what the workflows need" in lines[0]
    assert "IPAdapterFaceID" in lines[0] and "install ComfyUI_IPAdapter_plus" in lines[0]
    assert "ckpt_name 'sd_xl_base_1.0.safetensors' not on the server" in lines[0]
    assert not out.exists() and _counts(app) == (0, 0)
    assert len(_get(server["url"] + "/history")) == history_before  # nothing was queued
    assert sorted((server["input"]).rglob("*")) == uploads_before  # nothing was uploaded


def test_validate_against_real_comfyui(runner, server, comfy_env):
    from avatargen.cli import main

    ok = runner.invoke(main, ["comfyui", "validate"])
    assert ok.exit_code == 0, ok.output
    assert ok.output.startswith(f"OK: {server['url']} has every node type and model file")
    result = runner.invoke(main, ["comfyui", "validate", "pulid-sdxl"])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert lines[0] == f"{server['url']} lacks 5 thing(s) pulid-sdxl need(s):"
    assert any("node type ApplyPulid is not installed" in line for line in lines)


# --------------------------------------------------------------------------- node packs

PACKS_DIR = os.environ.get("AVATARGEN_TEST_COMFYUI_NODE_PACKS", "").strip()
PACKS = ("ComfyUI_IPAdapter_plus", "PuLID_ComfyUI")


@pytest.mark.skipif(
    not PACKS_DIR,
    reason=(
        "set AVATARGEN_TEST_COMFYUI_NODE_PACKS to a folder with ComfyUI_IPAdapter_plus and "
        "PuLID_ComfyUI checkouts (their requirements installed in ComfyUI's Python)"
    ),
)
def test_sdxl_templates_match_the_real_node_packs(runner, tmp_path, monkeypatch):
    """With the packs installed and an empty file in place of each model, the templates'
    node types, inputs and choices pass ``validate`` and ComfyUI's own ``POST /prompt``
    validation; running them then stops where a real checkpoint would be read."""
    import io

    from PIL import Image

    from avatargen.cli import main
    from avatargen.providers.comfyui import _multipart
    from avatargen.providers.comfyui_preflight import needs
    from avatargen.providers.comfyui_workflows import fill, validate_workflow

    templates = ("portrait-sdxl", "faceid-sdxl", "pulid-sdxl")
    base = tmp_path / "base"
    (base / "custom_nodes").mkdir(parents=True)
    for pack in PACKS:
        (base / "custom_nodes" / pack).symlink_to(Path(PACKS_DIR) / pack)
    for name in templates:
        for folder, file in needs(validate_workflow(name))[1]:
            (base / folder).mkdir(parents=True, exist_ok=True)
            (base / folder / file).touch()  # the name is what the check and /prompt see
    clear_provider_env(monkeypatch)
    with _running_comfyui(tmp_path, base) as server:
        loaded = server["log"].read_text(errors="replace")
        assert all(f"IMPORT FAILED: {pack}" not in loaded for pack in PACKS)
        result = runner.invoke(main, ["comfyui", "validate", "--url", server["url"], *templates])
        assert result.exit_code == 0, result.output
        buf = io.BytesIO()
        Image.new("RGB", (64, 64), (120, 90, 80)).save(buf, "PNG")
        body, ctype = _multipart(
            {"type": "input", "subfolder": "avatargen"},
            "image",
            "ref.png",
            buf.getvalue(),
            "image/png",
        )
        ref = _post(server["url"] + "/upload/image", body, ctype)
        values = {
            "prompt": "a fictional person", "negative_prompt": "lowres", "seed": 1,
            "width": 1024, "height": 1024, "reference_image": f"avatargen/{ref['name']}",
        }  # fmt: skip
        for name in templates:
            graph = fill(validate_workflow(name), values)
            answer = _post(
                server["url"] + "/prompt",
                json.dumps({"prompt": graph}).encode(),
                "application/json",
            )
            assert answer["node_errors"] == {}, (name, answer)
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                entry = _get(f"{server['url']}/history/{answer['prompt_id']}").get(
                    answer["prompt_id"]
                )
                if entry and entry["status"].get("status_str") in ("error", "success"):
                    break
                time.sleep(0.3)
            errors = [m[1] for m in entry["status"]["messages"] if m[0] == "execution_error"]
            assert [e["node_type"] for e in errors] == ["CheckpointLoaderSimple"], (name, errors)
