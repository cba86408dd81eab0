"""Network image providers against loopback doubles, and a pipeline run end to end."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import zipfile
from collections import Counter

import pytest
import sqlalchemy as sa
from PIL import Image

from avatargen import provenance
from avatargen.exports import export_task
from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage
from avatargen.models.task_events import usage_totals
from avatargen.pipeline import run_task
from avatargen.pipeline.parallel import run_bounded
from avatargen.pricing import task_cost
from avatargen.providers import comfyui, gemini_images, prompts
from avatargen.providers.base import (
    TRAINED_ALGORITHMIC_MEDIA,
    Appearance,
    ImageSubject,
    ProviderError,
)
from avatargen.providers.comfyui import ComfyUIImageProvider, ComfyUISettings, WorkflowError
from avatargen.providers.gemini_images import GeminiImageProvider, GeminiImageSettings
from avatargen.providers.network import close_clients
from avatargen.providers.openai_images import OpenAIImageProvider, OpenAIImageSettings
from avatargen.services import tasks as task_service
from avatargen.storage import get_storage
from tests.doubles import DoubleServer, Reply, clear_provider_env, png_bytes, server_error
from tests.doubles.comfyui_server import ComfyUIDouble
from tests.doubles.openai_server import OpenAIDouble
from tests.factories import make_user

KEY = "sk-img-Tt5Rr4Ee3Ww2Qq1Yy0"


@pytest.fixture
def env(monkeypatch):
    clear_provider_env(monkeypatch)
    yield monkeypatch
    close_clients()


@pytest.fixture
def images_api(env):
    double = OpenAIDouble(api_key=KEY).start()
    yield double
    double.stop()


@pytest.fixture
def comfy(env):
    double = ComfyUIDouble().start()
    yield double
    double.stop()


def subject(index: int = 0, **fields) -> ImageSubject:
    values = {
        "persona_id": f"p-{index}",
        "task_id": "t1",
        "index": index,
        "gender": "female",
        "age": 34,
        "appearance": Appearance(
            hair="shoulder-length black hair",
            eyes="dark brown eyes",
            skin_tone="medium brown",
            build="slim",
            style="casual scrubs",
        ),
        "occupation": "nurse",
        "seed": 11,
    }
    values.update(fields)
    return ImageSubject(**values)


def openai_images(double: OpenAIDouble, **settings) -> OpenAIImageProvider:
    values = {
        "base_url": double.url + "/v1",
        "api_key": KEY,
        "size": "64x64",
        "backoff_base": 0.0,
        "max_attempts": 3,
        "timeout": 5,
    }
    values.update(settings)
    return OpenAIImageProvider(OpenAIImageSettings(**values))


# --------------------------------------------------------------------------- prompts


def test_image_prompts_describe_a_fictional_person_and_vary_the_scene():
    s = subject()
    texts = [prompts.portrait_prompt(s)] + [prompts.variant_prompt(s, p) for p in range(2, 9)]
    for text in texts:
        assert "fictional" in text and "shoulder-length black hair" in text
        assert "real or famous person" in text
        assert "photo" not in text.lower() and "camera" not in text.lower()
    settings = [prompts.scene(s, p)[0] for p in range(2, 9)]
    assert len(set(settings)) == 7  # a persona's first variants never repeat a setting
    assert "same fictional person as in the reference image" in texts[1]


# --------------------------------------------------------------------------- openai-images


def test_openai_images_base_then_variants_from_the_base(images_api):
    provider = openai_images(images_api)
    s = subject()
    base = provider.base_portrait(s, 512)
    assert base.format == "PNG" and (base.width, base.height) == (64, 64)
    assert base.usage.requests == 1 and base.usage.images == 1
    assert base.usage.prompt_tokens == 50 and base.usage.completion_tokens == 200
    variant = provider.variant(s, base, 2, 512)
    assert variant.format == "PNG" and variant.data != base.data
    [generation] = images_api.generations
    assert generation["body"]["model"] == "gpt-image-1" and generation["body"]["size"] == "64x64"
    assert "response_format" not in generation["body"]  # gpt-image models reject it
    [edit] = images_api.edits
    assert edit["image"] == base.data  # the base is the reference image
    assert edit["prompt"] == prompts.variant_prompt(s, 2)
    assert images_api.requests[-1].headers["authorization"] == f"Bearer {KEY}"


def test_openai_images_jpeg_output_becomes_png_and_dalle_gets_b64_json(images_api):
    images_api.image_format = "JPEG"
    image = openai_images(images_api, model="dall-e-2").base_portrait(subject(), 512)
    assert image.data.startswith(b"\x89PNG") and image.format == "PNG"
    assert images_api.generations[0]["body"]["response_format"] == "b64_json"


def test_openai_images_persistent_error_raises_with_the_reason(images_api):
    images_api.inject(server_error(), times=-1)
    with pytest.raises(ProviderError) as info:
        openai_images(images_api, max_attempts=3).base_portrait(subject(), 512)
    assert "HTTP 500" in str(info.value) and "after 3 attempts" in str(info.value)
    assert len(images_api.requests) == 3  # ours only: the SDK does not retry on its own


def test_openai_images_missing_key_fails_at_submission(app, env):
    ok, why = OpenAIImageProvider.enabled()
    assert not ok and "AVATARGEN_IMAGE_API_KEY" in why and "OPENAI_API_KEY" in why
    with app.app_context(), pytest.raises(task_service.TaskInputError) as info:
        task_service.parse_request(
            {
                "persona_description": "nurses",
                "bio_language": "en",
                "number_to_generate": 2,
                "images_per_persona": 4,
                "image_provider": "openai-images",
            }
        )
    assert "AVATARGEN_IMAGE_API_KEY" in info.value.fields["image_provider"]


def test_openai_images_concurrency_limit(images_api):
    images_api.latency = 0.03
    provider = openai_images(images_api, concurrency=2)
    base = provider.base_portrait(subject(), 512)
    jobs = list(range(2, 12))
    outcomes = list(run_bounded(jobs, lambda p: provider.variant(subject(), base, p, 512), 8))
    assert all(o.error is None for o in outcomes)
    assert images_api.max_in_flight == 2


# --------------------------------------------------------------------------- comfyui

BASE_GRAPH = {
    "3": {
        "class_type": "KSampler",
        "inputs": {
            "seed": "{{seed}}",
            "steps": 20,
            "cfg": 7.0,
            "sampler_name": "euler",
            "scheduler": "normal",
            "denoise": 1.0,
            "model": ["4", 0],
            "positive": ["6", 0],
            "negative": ["7", 0],
            "latent_image": ["5", 0],
        },
    },
    "4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "model.safetensors"}},
    "5": {
        "class_type": "EmptyLatentImage",
        "inputs": {"width": "{{width}}", "height": "{{height}}", "batch_size": 1},
    },
    "6": {"class_type": "CLIPTextEncode", "inputs": {"text": "{{prompt}}", "clip": ["4", 1]}},
    "7": {
        "class_type": "CLIPTextEncode",
        "inputs": {"text": "{{ negative_prompt }}, lowres", "clip": ["4", 1]},
    },
    "8": {"class_type": "VAEDecode", "inputs": {"samples": ["3", 0], "vae": ["4", 2]}},
    "9": {
        "class_type": "SaveImage",
        "inputs": {"filename_prefix": "avatargen", "images": ["8", 0]},
    },
}
VARIANT_GRAPH = {
    **BASE_GRAPH,
    "10": {"class_type": "LoadImage", "inputs": {"image": "{{reference_image}}"}},
    "11": {
        "class_type": "IPAdapterAdvanced",
        "inputs": {"image": ["10", 0], "model": ["4", 0], "weight": 0.8},
    },
}


def write(tmp_path, name: str, content) -> str:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    return str(path)


def comfy_provider(double, tmp_path, base=BASE_GRAPH, variant=VARIANT_GRAPH, **settings):
    values = {
        "url": double.url,
        "workflow": write(tmp_path, "variant.json", variant),
        "base_workflow": write(tmp_path, "base.json", base) if base is not None else None,
        "poll_interval": 0.01,
        "backoff_base": 0.0,
        "timeout": 5,
    }
    values.update(settings)
    return ComfyUIImageProvider(ComfyUISettings(**values))


def test_comfyui_substitutes_placeholders_and_uses_the_base_as_reference(comfy, tmp_path):
    provider = comfy_provider(comfy, tmp_path)
    s = subject()
    base = provider.base_portrait(s, 96)
    assert (base.width, base.height, base.format) == (96, 96, "PNG")
    graph = comfy.prompts[0]
    assert isinstance(graph["3"]["inputs"]["seed"], int)
    assert graph["5"]["inputs"] == {"width": 96, "height": 96, "batch_size": 1}
    assert graph["6"]["inputs"]["text"] == prompts.portrait_prompt(s)
    assert graph["7"]["inputs"]["text"] == prompts.NEGATIVE_PROMPT + ", lowres"
    assert "10" not in graph  # the base workflow has no reference
    assert base.usage.requests >= 3 and base.usage.images == 1  # queue, poll(s), view

    variant = provider.variant(s, base, 2, 96)
    provider.variant(s, base, 3, 96)
    [(name, uploaded)] = comfy.uploads.items()  # uploaded once, reused for position 3
    assert uploaded == base.data and name.startswith("avatargen/")
    v_graph = comfy.prompts[1]
    assert v_graph["10"]["inputs"]["image"] == name
    assert v_graph["6"]["inputs"]["text"] == prompts.variant_prompt(s, 2)
    assert v_graph["3"]["inputs"]["seed"] != graph["3"]["inputs"]["seed"]
    assert variant.data != base.data
    assert provider.health()["devices"][0]["type"] == "cuda"


def test_comfyui_one_workflow_without_reference_keeps_one_seed(comfy, tmp_path):
    provider = comfy_provider(comfy, tmp_path, base=None, variant=BASE_GRAPH)
    s = subject()
    base = provider.base_portrait(s, 64)
    provider.variant(s, base, 2, 64)
    seeds = {g["3"]["inputs"]["seed"] for g in comfy.prompts}
    assert len(seeds) == 1 and not comfy.uploads


def test_comfyui_webp_output_is_converted_to_png(comfy, tmp_path):
    comfy.output_format = "WEBP"
    image = comfy_provider(comfy, tmp_path).base_portrait(subject(), 64)
    assert image.data.startswith(b"\x89PNG")
    assert Image.open(io.BytesIO(image.data)).size == (64, 64)


def test_comfyui_execution_error_is_reported(comfy, tmp_path):
    comfy.fail_execution = True
    with pytest.raises(ProviderError, match="CUDA out of memory"):
        comfy_provider(comfy, tmp_path).base_portrait(subject(), 64)


def test_comfyui_prompt_validation_error_is_reported(comfy, tmp_path):
    graph = json.loads(json.dumps(BASE_GRAPH))
    graph["3"]["inputs"]["seed"] = "seed {{seed}}"  # embedded: becomes a string
    with pytest.raises(ProviderError, match="seed must be an INT"):
        comfy_provider(comfy, tmp_path, base=graph).base_portrait(subject(), 64)
    assert len(comfy.paths("/prompt")) == 1  # a 400 is not retried


def test_comfyui_keeps_to_its_concurrency(comfy, tmp_path):
    comfy.latency = 0.02
    provider = comfy_provider(comfy, tmp_path, concurrency=2)
    base = provider.base_portrait(subject(), 64)
    outcomes = list(
        run_bounded(range(2, 10), lambda p: provider.variant(subject(), base, p, 64), 6)
    )
    assert all(o.error is None for o in outcomes)
    assert comfy.max_in_flight <= 2


UI_FORMAT = {"last_node_id": 9, "nodes": [{"id": 3, "type": "KSampler"}], "links": []}


@pytest.mark.parametrize(
    ("variant", "base", "message"),
    [
        (None, None, "AVATARGEN_COMFYUI_WORKFLOW is not set"),
        ("missing", None, "does not exist"),
        ("{not json", None, "is not valid JSON (line 1, column 2"),
        (UI_FORMAT, None, "UI format; export it with 'Save (API Format)'"),
        ([1, 2], None, "not an API-format graph"),
        ({"1": {"inputs": {}}}, None, "node '1' needs a \"class_type\""),
        ({"6": {"class_type": "X", "inputs": {"text": "hi"}}}, None, "no {{prompt}} placeholder"),
        (
            {"6": {"class_type": "X", "inputs": {"text": "{{prompt}} {{style}}"}}},
            None,
            "unknown placeholder(s) in",
        ),
        (VARIANT_GRAPH, None, "set AVATARGEN_COMFYUI_BASE_WORKFLOW"),
        (VARIANT_GRAPH, VARIANT_GRAPH, "cannot use {{reference_image}}"),
    ],
)
def test_bad_workflow_files_are_rejected_clearly(env, tmp_path, variant, base, message):
    if variant is not None:
        path = (
            str(tmp_path / "nope.json")
            if variant == "missing"
            else write(tmp_path, "w.json", variant)
        )
        env.setenv("AVATARGEN_COMFYUI_WORKFLOW", path)
    if base is not None:
        env.setenv("AVATARGEN_COMFYUI_BASE_WORKFLOW", write(tmp_path, "b.json", base))
    ok, why = ComfyUIImageProvider.enabled()
    assert not ok and message in why
    with pytest.raises(WorkflowError) as info:
        ComfyUIImageProvider()
    assert message in str(info.value)


def test_unknown_placeholder_names_where_it_is(env, tmp_path):
    graph = {"6": {"class_type": "X", "inputs": {"text": "{{prompt}} {{style}}"}}}
    with pytest.raises(WorkflowError, match=r"\{\{style\}\} at 6\.inputs\.text"):
        comfyui.validate_workflow(write(tmp_path, "w.json", graph))


def test_bad_workflow_is_rejected_at_submission(app, env, tmp_path):
    env.setenv("AVATARGEN_COMFYUI_WORKFLOW", write(tmp_path, "w.json", "{oops"))
    with app.app_context(), pytest.raises(task_service.TaskInputError) as info:
        task_service.parse_request(
            {
                "persona_description": "nurses",
                "bio_language": "en",
                "number_to_generate": 2,
                "images_per_persona": 4,
                "image_provider": "comfyui",
            }
        )
    assert "is not valid JSON" in info.value.fields["image_provider"]
    env.setenv("AVATARGEN_COMFYUI_WORKFLOW", write(tmp_path, "w.json", BASE_GRAPH))
    assert ComfyUIImageProvider.enabled() == (True, "")


# --------------------------------------------------------------------------- gemini-images


class GeminiDouble(DoubleServer):
    """``POST /{version}/models/{model}:generateContent`` answering one inline image."""

    def __init__(self) -> None:
        super().__init__()
        self.bodies: list[dict] = []

    def route(self, req):
        if req.method != "POST" or not re.fullmatch(
            r"/v1(beta)?/models/[^/]+:generateContent", req.path
        ):
            return Reply(
                404, {"error": {"code": 404, "message": "not found", "status": "NOT_FOUND"}}
            )
        body = req.json
        self.bodies.append(body)
        data = png_bytes(48, 48, (10, 20, len(self.bodies) * 30 % 255), "JPEG")
        return Reply(
            200,
            {
                "candidates": [
                    {
                        "content": {
                            "role": "model",
                            "parts": [
                                {
                                    "inlineData": {
                                        "mimeType": "image/jpeg",
                                        "data": base64.b64encode(data).decode(),
                                    }
                                }
                            ],
                        },
                        "finishReason": "STOP",
                    }
                ],
                "usageMetadata": {"promptTokenCount": 12, "candidatesTokenCount": 1290},
            },
        )


def test_gemini_images_base_then_variant_with_the_base_inline(env):
    import google.genai  # noqa: F401  (the gemini extra is part of the dev dependencies)

    double = GeminiDouble().start()
    try:
        provider = GeminiImageProvider(
            GeminiImageSettings(api_key="AIzaTEST-key-0123456789", base_url=double.url)
        )
        s = subject()
        base = provider.base_portrait(s, 64)
        assert base.format == "PNG" and base.usage.completion_tokens == 1290
        provider.variant(s, base, 2, 64)
        parts = double.bodies[1]["contents"][0]["parts"]
        inline = next(p for p in parts if "inlineData" in p or "inline_data" in p)
        payload = (inline.get("inlineData") or inline.get("inline_data"))["data"]
        assert base64.urlsafe_b64decode(payload + "==") == base.data
        assert any(prompts.variant_prompt(s, 2) == p.get("text") for p in parts)
    finally:
        double.stop()


def test_gemini_images_disabled_without_the_package_or_key(env):
    env.setattr(gemini_images, "_installed", lambda: False)
    ok, why = GeminiImageProvider.enabled()
    assert not ok and "google-genai" in why
    env.undo()
    clear_provider_env(env)
    if gemini_images._sdk() is not None:
        ok, why = GeminiImageProvider.enabled()
        assert not ok and "AVATARGEN_GEMINI_API_KEY" in why


# --------------------------------------------------------------------------- pipeline


def test_pipeline_with_openai_text_and_images_end_to_end(app, env):
    text_api = OpenAIDouble(api_key=KEY).start()
    images_api = OpenAIDouble(api_key=KEY).start()
    text_api.persona_hook = lambda req, slot, p: (
        {**p, "bios": {**p["bios"], "x": "x" * 300}} if req.number == 2 and slot == 0 else p
    )
    images_api.inject(server_error(), times=2, path="/v1/images/edits")
    try:
        with app.app_context():
            app.config["PROVIDER_SETTINGS"] = {
                "openai": {"base_url": text_api.url + "/v1", "api_key": KEY, "backoff_base": 0},
                "openai-images": {
                    "base_url": images_api.url + "/v1",
                    "api_key": KEY,
                    "size": "64x64",
                    "backoff_base": 0,
                },
            }
            task = task_service.submit_task(
                make_user(),
                {
                    "persona_description": "nurses in Manila who hike",
                    "bio_language": "es",
                    "number_to_generate": 20,
                    "images_per_persona": 4,
                    "seed": 3,
                    "text_provider": "openai",
                    "image_provider": "openai-images",
                },
            )
            assert run_task(task.id, batch_size=5) == "completed"
            task = db.session.get(GenerationTask, task.id)
            personas = db.session.scalars(
                sa.select(Persona).where(Persona.task_pk == task.id)
            ).all()
            assert sorted(p.persona_index for p in personas) == list(range(20))
            assert len({(p.first_name, p.last_name) for p in personas}) == 20
            images = db.session.scalars(
                sa.select(PersonaImage).join(Persona).where(Persona.task_pk == task.id)
            ).all()
            assert len(images) == 80 and task.images_done == 80
            storage = get_storage()
            base_sha = {}
            for image in images:
                data = storage.get(image.storage_key)
                meta = provenance.read(data)
                assert TRAINED_ALGORITHMIC_MEDIA in json.dumps(meta)
                if image.position == 1:
                    base_sha[hashlib.sha256(data).hexdigest()] = image.persona_id
            # every variant was made from its own persona's stored base portrait
            used = Counter(base_sha.get(edit["sha256"]) for edit in images_api.edits)
            assert None not in used and set(used.values()) == {3} and len(used) == 20
            assert len(images_api.generations) == 20
            # usage is stored as rows of the task, priced by the configured table, in the manifest
            usage = usage_totals(task.id)
            assert usage["image"]["images"] == 80
            assert usage["text"]["prompt_tokens"] > 0
            assert usage["text"]["requests"] >= 4
            app.config["PRICES"] = {
                "openai": {"prompt_tokens_1k": 1.0, "completion_tokens_1k": 2.0},
                "openai-images": {"image": 0.5},
            }
            text_usage = usage["text"]
            expected = (
                text_usage["prompt_tokens"] / 1000 + text_usage["completion_tokens"] / 1000 * 2
            ) + 80 * 0.5
            out = io.BytesIO()
            export_task(task, "zip", out)
            with zipfile.ZipFile(out) as zf:
                manifest = json.loads(zf.read("manifest.json"))
            assert manifest["usage"]["usage"] == usage
            assert manifest["usage"]["cost_usd"] == pytest.approx(expected)
            app.config["PRICES"] = {}
            assert task_cost(task)["cost_usd"] is None  # no price: unknown, not zero
    finally:
        text_api.stop()
        images_api.stop()
