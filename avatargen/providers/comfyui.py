"""The ``comfyui`` image provider: a self-hosted ComfyUI server over its HTTP API.

The user supplies workflows exported with "Save (API Format)"; string values that are
placeholders are substituted as JSON values before queueing:

``{{prompt}}`` (required), ``{{negative_prompt}}``, ``{{seed}}`` (int), ``{{width}}`` and
``{{height}}`` (ints), ``{{reference_image}}`` (the uploaded base portrait's name, for a
LoadImage node). A placeholder inside a longer string is replaced as text.

Identity: ``AVATARGEN_COMFYUI_WORKFLOW`` makes the variants. When it uses
``{{reference_image}}`` (IPAdapter, InstantID, PuLID, img2img ...), the base portrait is
uploaded with ``POST /upload/image`` and fed to it, and base portraits come from the
text-to-image ``AVATARGEN_COMFYUI_BASE_WORKFLOW`` (required then). Without
``{{reference_image}}`` the one workflow makes every image, with the same seed for all
images of a persona and the same appearance text, which holds identity only loosely.

Per image: (upload,) ``POST /prompt``, poll ``GET /history/{prompt_id}`` until outputs
appear, then ``GET /view`` the first output image. Every request goes through the
provider's limiter and retry policy. Before a run, :meth:`ComfyUIImageProvider.preflight`
checks the server's ``GET /object_info`` for every node type and model file the
workflows use (:mod:`avatargen.providers.comfyui_preflight`).
"""

from __future__ import annotations

import hashlib
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections import OrderedDict
from typing import Any, ClassVar

from pydantic import Field, SecretStr, field_validator

from avatargen.providers import prompts
from avatargen.providers.base import (
    GeneratedImage,
    ImageProvider,
    ImageSubject,
    ProviderError,
    ProviderPreflightError,
    Usage,
)
from avatargen.providers.comfyui_preflight import (
    PREFLIGHT_TIMEOUT,
    find_missing,
    get_object_info,
    summary,
)
from avatargen.providers.comfyui_workflows import (  # noqa: F401  (re-exported)
    BASE_WORKFLOW_ENV,
    WORKFLOW_ENV,
    WorkflowError,
    fill,
    load_workflows,
    uses,
    validate_workflow,
)
from avatargen.providers.images import (
    check_variant_position,
    image_seed,
    mime_type,
    size_setting,
    to_png,
)
from avatargen.providers.network import NetworkProvider, NetworkSettings
from avatargen.providers.openai_client import shown_url
from avatargen.providers.registry import register
from avatargen.providers.settings import redact

PROVIDER_ID = "comfyui"


class ComfyUISettings(NetworkSettings):
    env_prefix: ClassVar[str] = "AVATARGEN_COMFYUI"  # WORKFLOW_ENV, BASE_WORKFLOW_ENV, ...

    url: str = "http://127.0.0.1:8188"
    workflow: str | None = None
    base_workflow: str | None = None
    api_key: SecretStr | None = None  # only for a reverse proxy in front of ComfyUI
    size: str = "match"  # "WxH", or "match": the pipeline's IMAGE_SIZE, square
    negative_prompt: str = prompts.NEGATIVE_PROMPT
    output_node: str | None = None
    concurrency: int = Field(default=2, ge=1, le=64)  # jobs queued at once keep the GPU busy
    timeout: float = Field(default=30.0, gt=0)  # per HTTP request
    job_timeout: float = Field(default=600.0, gt=0)  # per image, queueing included
    poll_interval: float = Field(default=0.5, gt=0)

    @field_validator("size")
    @classmethod
    def _size(cls, value: str) -> str:
        return size_setting(value, ("match",))


# --------------------------------------------------------------------------- HTTP


class ComfyHTTPError(Exception):
    """A non-2xx answer (carries status and headers for the retry policy)."""

    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.status_code = status
        self.headers = headers
        self.body = body
        self.message = _error_text(body) or f"HTTP {status}"
        super().__init__(self.message)


def _error_text(body: bytes) -> str:
    try:
        data = json.loads(body or b"null")
    except ValueError:
        return body[:200].decode("utf-8", "replace").strip()
    if not isinstance(data, dict):
        return ""
    parts = []
    error = data.get("error")
    if isinstance(error, dict):
        parts.append(" ".join(str(error.get(k) or "") for k in ("message", "details")).strip())
    elif error:
        parts.append(str(error))
    for node_id, info in (data.get("node_errors") or {}).items():
        errs = info.get("errors", []) if isinstance(info, dict) else []
        detail = "; ".join(f"{e.get('message', '')} {e.get('details', '')}".strip() for e in errs)
        parts.append(f"node {node_id}: {detail}")
    return " | ".join(p for p in parts if p)[:500]


def _multipart(fields: dict[str, str], file_field: str, filename: str, data: bytes, mime: str):
    boundary = uuid.uuid4().hex
    out = []
    for name, value in fields.items():
        head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
        out.append(f"{head}{value}\r\n".encode())
    out.append(
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; '
            f'filename="{filename}"\r\nContent-Type: {mime}\r\n\r\n'
        ).encode()
        + data
        + b"\r\n"
    )
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out), f"multipart/form-data; boundary={boundary}"


@register
class ComfyUIImageProvider(NetworkProvider, ImageProvider):
    """Images from a self-hosted ComfyUI, using the user's API-format workflows."""

    id: ClassVar[str] = PROVIDER_ID
    label: ClassVar[str] = "ComfyUI (self-hosted, your workflow)"
    capabilities: ClassVar[frozenset[str]] = frozenset({"network", "self-hosted", "seeded"})
    requires: ClassVar[tuple[str, ...]] = (
        "a ComfyUI server (AVATARGEN_COMFYUI_URL)",
        f"{WORKFLOW_ENV} (API-format workflow JSON, or a template: avatargen comfyui templates)",
        f"{BASE_WORKFLOW_ENV} when the workflow uses {{{{reference_image}}}}",
    )
    Options = ComfyUISettings
    seconds_per_unit: ClassVar[float] = 8.0  # one GPU: queued jobs run one after another
    usage_per_unit: ClassVar[dict[str, float]] = {"images": 1, "requests": 1}

    endpoint_setting: ClassVar[str] = "url"
    needs_key: ClassVar[bool] = False  # a key only for a reverse proxy in front of ComfyUI

    settings: ComfyUISettings

    def __init__(self, options: ComfyUISettings | None = None) -> None:
        super().__init__(options)
        s = self.settings
        self.base_graph, self.variant_graph = load_workflows(s.workflow, s.base_workflow)
        self.reference = uses(self.variant_graph, "reference_image")
        self.client_id = uuid.uuid4().hex
        self._uploaded: OrderedDict[str, str] = OrderedDict()  # base sha256 -> image name

    @classmethod
    def check_settings(cls, settings: ComfyUISettings) -> None:  # type: ignore[override]
        load_workflows(settings.workflow, settings.base_workflow)

    # ------------------------------------------------------------------ contract

    def base_portrait(self, subject: ImageSubject, size: int) -> GeneratedImage:
        values = self._values(subject, 1, size, prompts.portrait_prompt(subject))
        return self._generate(self.base_graph, values, Usage(images=1))

    def variant(
        self, subject: ImageSubject, base: GeneratedImage, position: int, size: int
    ) -> GeneratedImage:
        check_variant_position(position)
        usage = Usage(images=1)
        if self.reference:
            prompt = prompts.variant_prompt(subject, position)
            values = self._values(subject, position, size, prompt)
            values["reference_image"] = self._upload(subject, base.data, usage)
        else:
            values = self._values(subject, position, size, prompts.scene_prompt(subject, position))
        return self._generate(self.variant_graph, values, usage)

    def preflight(self) -> None:
        """One ``GET /object_info`` (no retries): the server answers and has every node type
        and model file both workflows name; else one line saying what is missing."""
        s = self.settings
        info = get_object_info(s.url, self.api_key(), min(s.timeout, PREFLIGHT_TIMEOUT))
        missing = find_missing(self.variant_graph, info, WORKFLOW_ENV)
        if self.base_graph is not self.variant_graph:
            missing = find_missing(self.base_graph, info, BASE_WORKFLOW_ENV) + missing
        if missing:
            raise ProviderPreflightError(
                f"comfyui: the server at {shown_url(s.url)} lacks what the workflows need: "
                f"{summary(missing)}"
            )

    def preflight_key(self) -> tuple:
        """The settings and key (as for every network provider) and the workflows' content:
        an edited workflow file is checked anew."""
        graphs = json.dumps([self.base_graph, self.variant_graph], sort_keys=True)
        return (*super().preflight_key(), hashlib.sha256(graphs.encode()).hexdigest())

    def health(self) -> dict[str, Any]:
        """``GET /system_stats`` of the server (a quick reachability check)."""
        return json.loads(self._call("GET", "/system_stats", Usage()))

    # ------------------------------------------------------------------ internals

    def _values(self, subject: ImageSubject, position: int, size: int, prompt: str) -> dict:
        if self.settings.size == "match":
            width = height = size
        else:
            w, _, h = self.settings.size.partition("x")
            width, height = int(w), int(h)
        # With a reference image each position gets its own seed; without one, a persona
        # keeps one seed so its images share as much as the model allows.
        seed_position = position if self.reference else 1
        return {
            "prompt": prompt,
            "negative_prompt": self.settings.negative_prompt,
            "seed": image_seed(subject.seed, subject.index, seed_position)
            if not subject.variation  # a regeneration: its own seed, another variation
            else image_seed(subject.variation, subject.index, position),
            "width": width,
            "height": height,
            "reference_image": "",
        }

    def _call(
        self,
        method: str,
        path: str,
        usage: Usage,
        *,
        body: bytes | None = None,
        content_type: str | None = None,
    ) -> bytes:
        url = self.settings.url.rstrip("/") + path
        headers = {"Accept": "application/json, image/*"}
        if content_type:
            headers["Content-Type"] = content_type
        key = self.api_key()
        if key:
            headers["Authorization"] = f"Bearer {key}"

        def once() -> bytes:
            request = urllib.request.Request(url, data=body, method=method, headers=headers)  # noqa: S310
            try:
                with urllib.request.urlopen(request, timeout=self.settings.timeout) as resp:  # noqa: S310
                    return resp.read()
            except urllib.error.HTTPError as exc:
                raise ComfyHTTPError(exc.code, dict(exc.headers.items()), exc.read()) from None

        return self.call(f"{method} {path.split('?')[0]}", once, usage)

    def _json(self, method: str, path: str, usage: Usage, payload: Any = None) -> Any:
        body = json.dumps(payload).encode() if payload is not None else None
        raw = self._call(method, path, usage, body=body, content_type="application/json")
        try:
            return json.loads(raw or b"null")
        except ValueError:
            raise ProviderError(f"comfyui {path.split('/')[1]}: the answer was not JSON") from None

    def _upload(self, subject: ImageSubject, data: bytes, usage: Usage) -> str:
        digest = hashlib.sha256(data).hexdigest()
        with self._lock:
            known = self._uploaded.get(digest)
        if known:
            return known
        ext, mime = mime_type(data)
        filename = f"avatargen-{subject.task_id}-{subject.persona_id}-{digest[:12]}.{ext}"
        body, ctype = _multipart(
            {"type": "input", "subfolder": "avatargen", "overwrite": "true"},
            "image",
            filename,
            data,
            mime,
        )
        raw = self._call("POST", "/upload/image", usage, body=body, content_type=ctype)
        try:
            answer = json.loads(raw)
            name = answer["name"]
        except (ValueError, KeyError, TypeError):
            raise ProviderError("comfyui upload: unexpected answer") from None
        subfolder = answer.get("subfolder") or ""
        ref = f"{subfolder}/{name}" if subfolder else name
        with self._lock:
            self._uploaded[digest] = ref
            while len(self._uploaded) > 1024:
                self._uploaded.popitem(last=False)
        return ref

    def _generate(self, template: dict, values: dict, usage: Usage) -> GeneratedImage:
        graph = fill(template, values)
        queued = self._json(
            "POST", "/prompt", usage, {"prompt": graph, "client_id": self.client_id}
        )
        prompt_id = queued.get("prompt_id") if isinstance(queued, dict) else None
        if not prompt_id:
            raise ProviderError(
                f"comfyui rejected the workflow: {redact(_error_text(json.dumps(queued).encode()))}"
            )
        image = self._wait(str(prompt_id), usage)
        query = urllib.parse.urlencode(
            {
                "filename": image["filename"],
                "subfolder": image.get("subfolder", ""),
                "type": image.get("type", "output"),
            }
        )
        data = self._call("GET", f"/view?{query}", usage)
        return to_png(data, usage, values.get("prompt"))

    def _wait(self, prompt_id: str, usage: Usage) -> dict[str, Any]:
        deadline = time.monotonic() + self.settings.job_timeout
        path = f"/history/{urllib.parse.quote(prompt_id)}"
        while True:
            history = self._json("GET", path, usage)
            entry = history.get(prompt_id) if isinstance(history, dict) else None
            if isinstance(entry, dict):
                status = entry.get("status") or {}
                if status.get("status_str") == "error":
                    raise ProviderError(f"comfyui job failed: {_execution_error(status)}")
                image = self._pick_output(entry.get("outputs") or {})
                if image is not None:
                    return image
                if status.get("completed"):
                    raise ProviderError(
                        "comfyui job finished without an image: does the workflow end in a "
                        "SaveImage node?"
                    )
            if time.monotonic() >= deadline:
                raise ProviderError(
                    f"comfyui job {prompt_id} did not finish within {self.settings.job_timeout:g} s"
                )
            time.sleep(self.settings.poll_interval)  # no request slot is held while waiting

    def _pick_output(self, outputs: dict[str, Any]) -> dict[str, Any] | None:
        wanted = self.settings.output_node
        candidates = []
        for node_id, out in outputs.items():
            if wanted and str(node_id) != wanted:
                continue
            for image in (out or {}).get("images") or []:
                if isinstance(image, dict) and image.get("filename"):
                    candidates.append(image)
        for image in candidates:
            if image.get("type", "output") == "output":
                return image
        return candidates[0] if candidates else None


def _execution_error(status: dict[str, Any]) -> str:
    for message in status.get("messages") or []:
        if isinstance(message, list | tuple) and len(message) == 2:
            kind, info = message
            if kind == "execution_error" and isinstance(info, dict):
                node = info.get("node_type") or info.get("node_id") or "?"
                return redact(f"{node}: {info.get('exception_message', '').strip()}")[:400]
    return "execution error"
