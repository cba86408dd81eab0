"""ComfyUI preflight, the ready-made templates and ``avatargen comfyui validate``.

The double answers ``GET /object_info`` with what a real ComfyUI 0.3.64 answered for its
core nodes (``tests/data/comfyui-0.3.64-object_info.json``: no models, no custom node
packs), so the templates that need models or packs are refused as a bare server would
refuse them; ``tests/test_comfyui_real.py`` runs the same checks against a real server.
"""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona
from avatargen.providers import preflight
from avatargen.providers.base import ProviderPreflightError
from avatargen.providers.comfyui import ComfyUIImageProvider, ComfyUISettings
from avatargen.providers.comfyui_preflight import find_missing, needs
from avatargen.providers.comfyui_workflows import (
    TEMPLATES_DIR,
    WorkflowError,
    template_names,
    uses,
    validate_workflow,
)
from avatargen.providers.network import close_clients
from tests.doubles import Fault, clear_provider_env
from tests.doubles.comfyui_server import ComfyUIDouble

TEMPLATES = ["faceid-sdxl", "model-free-base", "model-free-variant", "portrait-sdxl", "pulid-sdxl"]
SDXL = "sd_xl_base_1.0.safetensors"


@pytest.fixture
def comfy(monkeypatch):
    clear_provider_env(monkeypatch)
    preflight.forget()
    double = ComfyUIDouble().start()
    yield double
    double.stop()
    close_clients()
    preflight.forget()


def provider(double, workflow: str, base: str | None = None, **settings) -> ComfyUIImageProvider:
    values = {"url": double.url, "workflow": workflow, "base_workflow": base, "timeout": 5}
    values.update(settings)
    return ComfyUIImageProvider(ComfyUISettings(**values))


def add_choice(double, class_type: str, name: str, value: str) -> None:
    spec = double.object_info[class_type]["input"]["required"][name]
    spec[0].append(value)


def info_requests(double) -> int:
    return len(double.paths("/object_info"))


# --------------------------------------------------------------------------- templates


def test_templates_are_api_format_with_the_placeholders_the_provider_fills():
    assert template_names() == TEMPLATES
    for name in TEMPLATES:
        graph = validate_workflow(name, name)  # a template is named like a file
        assert graph == json.loads((TEMPLATES_DIR / f"{name}.json").read_text())
        assert uses(graph, "prompt") and uses(graph, "width") and uses(graph, "height")
        variant = name in ("faceid-sdxl", "pulid-sdxl", "model-free-variant")
        assert uses(graph, "reference_image") == variant
        assert any(n["class_type"] == "SaveImage" for n in graph.values())
    assert not uses(validate_workflow("portrait-sdxl"), "reference_image")
    for name in ("portrait-sdxl", "faceid-sdxl", "pulid-sdxl"):
        sampler = [n for n in validate_workflow(name).values() if n["class_type"] == "KSampler"]
        assert sampler[0]["inputs"]["seed"] == "{{seed}}"


def test_templates_need_the_packs_and_models_the_readme_names():
    readme = (TEMPLATES_DIR / "README.md").read_text()
    expected = {
        "portrait-sdxl": ([], [("models/checkpoints", SDXL)]),
        "faceid-sdxl": (
            ["ComfyUI_IPAdapter_plus"],
            [
                ("models/checkpoints", SDXL),
                ("models/clip_vision", "CLIP-ViT-H-14-laion2B-s32B-b79K.safetensors"),
                ("models/ipadapter", "ip-adapter-faceid-plusv2_sdxl.bin"),
                ("models/loras", "ip-adapter-faceid-plusv2_sdxl_lora.safetensors"),
            ],
        ),
        "pulid-sdxl": (
            ["PuLID_ComfyUI"],
            [
                ("models/checkpoints", SDXL),
                ("models/pulid", "ip-adapter_pulid_sdxl_fp16.safetensors"),
            ],
        ),
        "model-free-base": ([], []),
        "model-free-variant": ([], []),
    }
    for name, (packs, files) in expected.items():
        assert needs(validate_workflow(name)) == (packs, files), name
        assert f"`{name}`" in readme
        for pack in packs:
            assert pack in readme
        for folder, file in files:
            assert file in readme and folder in readme


def test_a_missing_name_says_which_templates_exist(comfy):
    with pytest.raises(WorkflowError, match="nor is it a template: faceid-sdxl, model-free-base"):
        provider(comfy, "faceid-sdl")


# --------------------------------------------------------------------------- preflight


def test_model_free_templates_pass_on_a_bare_server(comfy):
    p = provider(comfy, "model-free-variant", "model-free-base")
    p.preflight()
    assert info_requests(comfy) == 1 and not comfy.paths("/prompt")


def test_missing_pack_and_models_fail_in_one_line_naming_each(comfy):
    p = provider(comfy, "faceid-sdxl", "portrait-sdxl")
    with pytest.raises(ProviderPreflightError) as info:
        p.preflight()
    message = str(info.value)
    assert "\n" not in message and not info.value.retryable
    assert message.startswith(f"comfyui: the server at {comfy.url} lacks what the workflows need")
    assert (
        "node type(s) IPAdapterFaceID, IPAdapterInsightFaceLoader, IPAdapterModelLoader not "
        "installed (install ComfyUI_IPAdapter_plus)" in message
    )
    assert f"ckpt_name '{SDXL}' not on the server, in models/checkpoints" in message
    assert message.count(SDXL) == 1  # both workflows need it: said once
    assert "lora_name 'ip-adapter-faceid-plusv2_sdxl_lora.safetensors'" in message
    assert (
        "'CLIP-ViT-H-14-laion2B-s32B-b79K.safetensors' not on the server, in models/clip_vision"
        in (message)
    )
    assert not comfy.paths("/prompt")


def test_a_model_put_in_place_makes_the_base_template_pass(comfy):
    p = provider(comfy, "portrait-sdxl")
    with pytest.raises(ProviderPreflightError, match=f"ckpt_name '{SDXL}'"):
        p.preflight()
    add_choice(comfy, "CheckpointLoaderSimple", "ckpt_name", SDXL)
    p.preflight()


def test_combo_values_in_both_spec_forms_and_required_inputs_are_checked(comfy, tmp_path):
    graph = validate_workflow("model-free-variant")
    graph["5"]["inputs"]["blend_mode"] = "burn"  # ImageBlend: ["COMBO", {"options": [...]}]
    graph["3"]["inputs"]["upscale_method"] = "magic"  # ImageScale: [[...]]
    del graph["3"]["inputs"]["crop"]
    path = tmp_path / "w.json"
    path.write_text(json.dumps(graph))
    with pytest.raises(ProviderPreflightError) as info:
        provider(comfy, str(path), "model-free-base").preflight()
    message = str(info.value)
    assert "blend_mode 'burn' not on the server" in message
    assert "upscale_method 'magic' not on the server" in message
    assert "ImageScale input 'crop' not set" in message
    missing = find_missing(graph, comfy.object_info, "w.json")
    blend = next(m for m in missing if m.input == "blend_mode")
    assert "the server offers 'normal', 'multiply', 'screen', 'overlay', 'soft_light'" in (
        blend.describe()
    )


def test_server_problems_are_said_as_such(comfy, monkeypatch):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ProviderPreflightError, match="cannot be reached") as info:
        provider(comfy, "model-free-base", url=f"http://127.0.0.1:{port}").preflight()
    assert info.value.retryable
    comfy.inject(Fault(status=503, body={"error": "busy"}))
    with pytest.raises(ProviderPreflightError, match="answered HTTP 503") as info:
        provider(comfy, "model-free-base").preflight()
    assert info.value.retryable and info_requests(comfy) == 1  # no retries in a preflight
    with pytest.raises(ProviderPreflightError, match="is it a ComfyUI server"):
        provider(comfy, "model-free-base", url=comfy.url + "/nothing-here").preflight()


def test_a_pass_is_remembered_until_the_workflow_changes(comfy, tmp_path):
    path = tmp_path / "w.json"
    path.write_text((TEMPLATES_DIR / "model-free-base.json").read_text())
    preflight.ensure_ready(provider(comfy, str(path)))
    preflight.ensure_ready(provider(comfy, str(path)))
    assert info_requests(comfy) == 1
    path.write_text((TEMPLATES_DIR / "portrait-sdxl.json").read_text())
    with pytest.raises(ProviderPreflightError, match="ckpt_name"):
        preflight.ensure_ready(provider(comfy, str(path)))
    assert info_requests(comfy) == 2


# --------------------------------------------------------------------------- submission


def _counts(app) -> tuple[int, int]:
    with app.app_context():
        return (
            db.session.scalar(sa.select(sa.func.count(GenerationTask.id))),
            db.session.scalar(sa.select(sa.func.count(Persona.id))),
        )


def test_generate_with_a_missing_node_exits_2_in_one_line_before_anything_is_written(
    app, runner, tmp_path, comfy, monkeypatch
):
    from avatargen.cli import main

    monkeypatch.setenv("AVATARGEN_COMFYUI_URL", comfy.url)
    monkeypatch.setenv("AVATARGEN_COMFYUI_WORKFLOW", "pulid-sdxl")
    monkeypatch.setenv("AVATARGEN_COMFYUI_BASE_WORKFLOW", "model-free-base")
    out = tmp_path / "out"
    result = runner.invoke(
        main,
        [
            "generate", "--description", "nurses in Manila", "--count", "2",
            "--images-per-persona", "4", "--language", "en", "--image-provider", "comfyui",
            "--out", str(out),
        ],
    )  # fmt: skip
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert "ApplyPulid, PulidEvaClipLoader, PulidInsightFaceLoader, PulidModelLoader" in lines[0]
    assert "install PuLID_ComfyUI" in lines[0] and "Traceback" not in result.output
    assert _counts(app) == (0, 0) and not out.exists()
    assert not comfy.paths("/prompt") and not comfy.paths("/upload/image")


def test_api_submit_with_a_missing_model_is_503_and_stores_nothing(app, client, comfy, monkeypatch):
    from avatargen.services import tokens as token_service
    from tests.factories import make_user

    monkeypatch.setenv("AVATARGEN_COMFYUI_URL", comfy.url)
    monkeypatch.setenv("AVATARGEN_COMFYUI_WORKFLOW", "portrait-sdxl")
    with app.app_context():
        _row, token = token_service.create_token(make_user("api@example.com"), "t")
    resp = client.post(
        "/api/v1/tasks",
        headers={"Authorization": f"Bearer {token}"},
        json={
            "persona_description": "nurses",
            "bio_language": "en",
            "number_to_generate": 2,
            "images_per_persona": 4,
            "image_provider": "comfyui",
        },
    )
    assert resp.status_code == 503, resp.get_json()
    error = resp.get_json()["error"]
    assert error["code"] == "provider_unavailable"
    assert f"ckpt_name '{SDXL}' not on the server" in error["fields"]["image_provider"]
    assert "Retry-After" not in resp.headers
    assert _counts(app) == (0, 0)


# --------------------------------------------------------------------------- CLI


def test_validate_lists_what_is_missing_and_exits_2(runner, comfy):
    from avatargen.cli import main

    result = runner.invoke(main, ["comfyui", "validate", "--url", comfy.url, "faceid-sdxl"])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert lines[0] == f"{comfy.url} lacks 6 thing(s) faceid-sdxl need(s):"
    assert (
        f"  - ckpt_name '{SDXL}' is not on the server (node 1 (CheckpointLoaderSimple) of "
        "faceid-sdxl): put it in models/checkpoints (the server has none)"
    ) in lines
    assert (
        "  - node type IPAdapterFaceID is not installed (node 7 (IPAdapterFaceID) of "
        "faceid-sdxl): install the ComfyUI_IPAdapter_plus custom node pack"
    ) in lines
    assert len(lines) == 7


def test_validate_passes_and_uses_the_configured_workflows(runner, comfy, monkeypatch):
    from avatargen.cli import main

    monkeypatch.setenv("AVATARGEN_COMFYUI_URL", comfy.url)
    monkeypatch.setenv("AVATARGEN_COMFYUI_WORKFLOW", "model-free-variant")
    monkeypatch.setenv("AVATARGEN_COMFYUI_BASE_WORKFLOW", "model-free-base")
    result = runner.invoke(main, ["comfyui", "validate"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == (
        f"OK: {comfy.url} has every node type and model file "
        "AVATARGEN_COMFYUI_BASE_WORKFLOW, AVATARGEN_COMFYUI_WORKFLOW need(s)"
    )


def test_validate_with_a_bad_file_or_no_server_is_one_line_exit_2(runner, comfy, tmp_path):
    from avatargen.cli import main

    bad = tmp_path / "bad.json"
    bad.write_text("{oops")
    result = runner.invoke(main, ["comfyui", "validate", "--url", comfy.url, str(bad)])
    assert result.exit_code == 2 and "is not valid JSON" in result.output
    url = comfy.url
    comfy.stop()
    result = runner.invoke(main, ["comfyui", "validate", "--url", url, "model-free-base"])
    assert result.exit_code == 2 and "cannot be reached" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_templates_command_lists_each_with_its_needs(runner):
    from avatargen.cli import main

    result = runner.invoke(main, ["comfyui", "templates"])
    assert result.exit_code == 0, result.output
    assert "faceid-sdxl: variants (uses {{reference_image}})" in result.output
    assert "  node packs: ComfyUI_IPAdapter_plus" in result.output
    assert "  models/pulid/ip-adapter_pulid_sdxl_fp16.safetensors" in result.output
    assert "model-free-base: base\n  node packs: none (core nodes only)" in result.output


def test_generate_stores_comfyui_output_without_its_prompt_chunk(
    app, runner, tmp_path, comfy, monkeypatch
):
    from avatargen import image_metadata, provenance
    from avatargen.cli import main

    monkeypatch.setenv("AVATARGEN_COMFYUI_URL", comfy.url)
    monkeypatch.setenv("AVATARGEN_COMFYUI_WORKFLOW", "model-free-variant")
    monkeypatch.setenv("AVATARGEN_COMFYUI_BASE_WORKFLOW", "model-free-base")
    monkeypatch.setenv("AVATARGEN_COMFYUI_POLL_INTERVAL", "0.01")
    out = tmp_path / "out"
    result = runner.invoke(
        main,
        [
            "generate", "--description", "nurses in Manila", "--count", "2",
            "--images-per-persona", "4", "--language", "en", "--image-provider", "comfyui",
            "--out", str(out),
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    served = list(comfy.outputs.values())
    assert len(served) == 8 and all("tEXt" in image_metadata.png_chunk_types(d) for d in served)
    records = [json.loads(line) for line in (out / "personas.jsonl").read_text().splitlines()]
    for record in records:
        for rel in record["images"]:
            data = (out / rel).read_bytes()
            assert image_metadata.png_chunk_types(data) == ["IHDR", "iTXt", "IDAT", "IEND"]
            assert b"class_type" not in data
            assert provenance.read(data)["provider"] == "comfyui"
