"""What a ComfyUI server lacks for a workflow, from its ``GET /object_info``.

``/object_info`` lists every node type the server has, with each input's spec; a combo
input's spec is its list of choices, which for loader nodes is the list of model files in
the matching ``models/`` folder. :func:`find_missing` checks a workflow against it: every
``class_type`` installed, every literal combo value (``ckpt_name``, ``lora_name``,
``ipadapter_file`` ...) offered, every required input set. The ComfyUI provider's
preflight and ``avatargen comfyui validate`` both use it, so a missing node pack or model
shows before anything is generated, not at the first ``POST /prompt``.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

from avatargen.providers.base import ProviderPreflightError
from avatargen.providers.comfyui_workflows import placeholders_in
from avatargen.providers.openai_client import shown_url
from avatargen.providers.settings import redact

PREFLIGHT_TIMEOUT = 30.0  # seconds: /object_info is large (~0.5 MB core, more with packs)
SHOWN_CHOICES = 5  # how many files a "not on the server" line names

# Where ComfyUI looks for the file an input names (relative to the ComfyUI folder).
_FOLDER_BY_NODE = {
    ("CLIPVisionLoader", "clip_name"): "models/clip_vision",
    ("CLIPLoader", "clip_name"): "models/text_encoders",
    ("UpscaleModelLoader", "model_name"): "models/upscale_models",
    ("LoadImage", "image"): "the input folder",
}
_FOLDER_BY_INPUT = {
    "ckpt_name": "models/checkpoints",
    "lora_name": "models/loras",
    "vae_name": "models/vae",
    "control_net_name": "models/controlnet",
    "unet_name": "models/diffusion_models",
    "clip_name": "models/text_encoders",
    "clip_name1": "models/text_encoders",
    "clip_name2": "models/text_encoders",
    "style_model_name": "models/style_models",
    "ipadapter_file": "models/ipadapter",
    "pulid_file": "models/pulid",
    "instantid_file": "models/instantid",
}
# The custom node pack that provides a node type our templates use.
NODE_PACKS = {
    **dict.fromkeys(
        (
            "IPAdapterModelLoader",
            "IPAdapterInsightFaceLoader",
            "IPAdapterFaceID",
            "IPAdapterAdvanced",
            "IPAdapterUnifiedLoader",
            "IPAdapterUnifiedLoaderFaceID",
        ),
        "ComfyUI_IPAdapter_plus",
    ),
    **dict.fromkeys(
        ("PulidModelLoader", "PulidInsightFaceLoader", "PulidEvaClipLoader", "ApplyPulid"),
        "PuLID_ComfyUI",
    ),
}


@dataclass(frozen=True)
class Missing:
    """One thing a workflow needs that the server does not have."""

    workflow: str  # which workflow (a setting's name or a file name)
    node_id: str
    class_type: str
    input: str = ""  # "" when the node type itself is missing
    value: str = ""
    choices: tuple[str, ...] = ()
    required: bool = False  # a required input the workflow does not set

    @property
    def folder(self) -> str:
        return _FOLDER_BY_NODE.get((self.class_type, self.input)) or _FOLDER_BY_INPUT.get(
            self.input, ""
        )

    def describe(self) -> str:
        where = f"node {self.node_id} ({self.class_type}) of {self.workflow}"
        if not self.input:
            pack = NODE_PACKS.get(self.class_type)
            hint = f"install the {pack} custom node pack" if pack else "install its node pack"
            return f"node type {self.class_type} is not installed ({where}): {hint}"
        if self.required:
            return f"required input {self.input!r} is not set ({where})"
        offered = ", ".join(repr(c) for c in self.choices[:SHOWN_CHOICES]) or "none"
        if len(self.choices) > SHOWN_CHOICES:
            offered += f" and {len(self.choices) - SHOWN_CHOICES} more"
        if self.folder:
            return (
                f"{self.input} {self.value!r} is not on the server ({where}): put it in "
                f"{self.folder} (the server has {offered})"
            )
        return f"{self.input} {self.value!r} is not offered ({where}; the server offers {offered})"


def _choices(spec: Any) -> tuple[str, ...] | None:
    """The choices of a combo input spec (old ``[[...], {...}]`` or new ``["COMBO",
    {"options": [...]}]`` form), else None."""
    if not isinstance(spec, list | tuple) or not spec:
        return None
    head = spec[0]
    if isinstance(head, list | tuple):
        return tuple(str(c) for c in head)
    if head == "COMBO" and len(spec) > 1 and isinstance(spec[1], dict):
        return tuple(str(c) for c in spec[1].get("options") or ())
    return None


def find_missing(
    graph: dict[str, Any], object_info: dict[str, Any], workflow: str
) -> list[Missing]:
    """Everything ``graph`` (an API-format workflow) needs that ``object_info`` lacks."""
    missing: list[Missing] = []
    for node_id, node in graph.items():
        class_type = node["class_type"]
        info = object_info.get(class_type)
        if not isinstance(info, dict):
            missing.append(Missing(workflow, str(node_id), class_type))
            continue
        specs = info.get("input") or {}
        inputs = node["inputs"]
        for name in specs.get("required") or {}:
            if name not in inputs:
                missing.append(Missing(workflow, str(node_id), class_type, name, required=True))
        for section in ("required", "optional"):
            for name, spec in (specs.get(section) or {}).items():
                value = inputs.get(name)
                if not isinstance(value, str) or placeholders_in(value):
                    continue  # a link, a number, or filled in per image
                choices = _choices(spec)
                if choices is not None and value not in choices:
                    missing.append(
                        Missing(workflow, str(node_id), class_type, name, value, choices)
                    )
    return missing


def summary(missing: list[Missing]) -> str:
    """One line naming every missing node type and value (node types grouped)."""
    types = sorted({m.class_type for m in missing if not m.input})
    parts = []
    if types:
        packs = sorted({NODE_PACKS[t] for t in types if t in NODE_PACKS})
        hint = f" (install {', '.join(packs)})" if packs else ""
        parts.append(f"node type(s) {', '.join(types)} not installed{hint}")
    seen: set[tuple[str, str]] = set()
    for m in missing:
        if not m.input or (m.input, m.value) in seen:
            continue
        seen.add((m.input, m.value))
        if m.required:
            parts.append(f"{m.class_type} input {m.input!r} not set")
        else:
            folder = f", in {m.folder}" if m.folder else ""
            parts.append(f"{m.input} {m.value!r} not on the server{folder}")
    return "; ".join(parts)


def get_object_info(url: str, api_key: str = "", timeout: float = PREFLIGHT_TIMEOUT) -> dict:
    """``GET {url}/object_info`` once (no retries); :class:`ProviderPreflightError` with
    one line saying what went wrong (unreachable, refused key, not ComfyUI, not JSON)."""
    where = shown_url(url)
    headers = {"Accept": "application/json"}
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    request = urllib.request.Request(  # noqa: S310 - the configured server's own URL
        url.rstrip("/") + "/object_info", headers=headers
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:  # noqa: S310
            raw = resp.read()
    except urllib.error.HTTPError as exc:
        exc.close()  # its socket: nothing more is read from the answer
        if exc.code in (401, 403):
            raise ProviderPreflightError(
                f"comfyui: the server at {where} refused the request (HTTP {exc.code}); check "
                "AVATARGEN_COMFYUI_API_KEY"
            ) from None
        if exc.code == 404:
            raise ProviderPreflightError(
                f"comfyui: {where} has no /object_info (HTTP 404): is it a ComfyUI server? "
                "check AVATARGEN_COMFYUI_URL"
            ) from None
        raise ProviderPreflightError(
            f"comfyui: the server at {where} answered HTTP {exc.code} to GET /object_info",
            retryable=exc.code in (408, 429) or exc.code >= 500,
        ) from None
    except (urllib.error.URLError, OSError) as exc:  # refused, DNS, timeout
        reason = getattr(exc, "reason", exc)
        raise ProviderPreflightError(
            f"comfyui: the server at {where} cannot be reached ({redact(reason)}); is it "
            "running? check AVATARGEN_COMFYUI_URL",
            retryable=True,
        ) from None
    try:
        info = json.loads(raw)
    except ValueError:
        info = None
    if not isinstance(info, dict):
        raise ProviderPreflightError(
            f"comfyui: {where} did not answer GET /object_info with ComfyUI's node list"
        )
    return info


def needs(graph: dict[str, Any]) -> tuple[list[str], list[tuple[str, str]]]:
    """What a workflow asks of a server beyond ComfyUI itself: the custom node packs of
    its node types, and (folder, file) for each model file it names."""
    packs = sorted(
        {NODE_PACKS[n["class_type"]] for n in graph.values() if n["class_type"] in NODE_PACKS}
    )
    files = []
    for node in graph.values():
        for name, value in node["inputs"].items():
            if not isinstance(value, str) or placeholders_in(value):
                continue
            probe = Missing("", "", node["class_type"], name, value)
            if probe.folder and probe.folder != "the input folder":
                files.append((probe.folder, value))
    return packs, sorted(set(files))
