"""A loopback double of ComfyUI's HTTP API.

``POST /upload/image`` (multipart) stores an input image; ``POST /prompt`` validates the
API-format graph like ComfyUI does (every node needs ``class_type``/``inputs``; a
LoadImage must name an uploaded image; no ``{{...}}`` left) and queues it; the job
"runs" for ``exec_time`` seconds, after which ``GET /history/{id}`` shows its outputs
(a SaveImage output whose colour depends on the graph, with the graph in a ``tEXt``
``prompt`` chunk as ComfyUI writes it); ``GET /view`` serves output
images; ``GET /system_stats`` describes the "machine"; ``GET /object_info`` answers the
node list a real ComfyUI 0.3.64 gave for its core nodes (``tests/data``), which a test may
change (a model file added to a loader's choices, a custom node type).
"""

from __future__ import annotations

import copy
import json
import struct
import threading
import time
import uuid
import zlib
from pathlib import Path
from typing import Any

from tests.doubles import DoubleServer, Recorded, Reply, colour_of, parse_multipart, png_bytes

OBJECT_INFO = json.loads(
    (Path(__file__).parent.parent / "data" / "comfyui-0.3.64-object_info.json").read_text()
)


class ComfyUIDouble(DoubleServer):
    def __init__(
        self, latency: float = 0.0, *, exec_time: float = 0.05, output_format: str = "PNG"
    ) -> None:
        super().__init__(latency)
        self.exec_time = exec_time
        self.output_format = output_format
        self.fail_execution = False  # jobs end with an execution_error
        self.uploads: dict[str, bytes] = {}  # "subfolder/name" -> bytes
        self.prompts: list[dict[str, Any]] = []  # queued graphs, in order
        self.outputs: dict[str, bytes] = {}  # output filename -> bytes
        self._jobs: dict[str, dict[str, Any]] = {}
        self.object_info: dict[str, Any] = copy.deepcopy(OBJECT_INFO)
        self._lock2 = threading.Lock()

    def route(self, req: Recorded) -> Reply:
        if req.method == "POST" and req.path == "/upload/image":
            return self.upload(req)
        if req.method == "POST" and req.path == "/prompt":
            return self.queue(req)
        if req.method == "GET" and req.path.startswith("/history/"):
            return self.history(req.path.removeprefix("/history/"))
        if req.method == "GET" and req.path == "/view":
            return self.view(req)
        if req.method == "GET" and req.path == "/object_info":
            return Reply(200, self.object_info)
        if req.method == "GET" and req.path == "/system_stats":
            return Reply(
                200,
                {
                    "system": {"os": "posix", "comfyui_version": "double", "python_version": "3"},
                    "devices": [{"name": "cuda:0 double", "type": "cuda", "vram_total": 1 << 34}],
                },
            )
        return Reply(404, b"404: Not Found", {"Content-Type": "text/plain"})

    def upload(self, req: Recorded) -> Reply:
        fields = parse_multipart(req.headers, req.body)
        if "image" not in fields:
            return Reply(400, b"", {})
        filename, data = fields["image"][0]
        subfolder = (fields.get("subfolder") or [(None, b"")])[0][1].decode()
        kind = (fields.get("type") or [(None, b"input")])[0][1].decode()
        key = f"{subfolder}/{filename}" if subfolder else filename
        with self._lock2:
            self.uploads[key] = data
        return Reply(200, {"name": filename, "subfolder": subfolder, "type": kind})

    def queue(self, req: Recorded) -> Reply:
        body = req.json
        graph = body.get("prompt") if isinstance(body, dict) else None
        errors = self._validate(graph)
        if errors:
            return Reply(
                400,
                {
                    "error": {
                        "type": "prompt_outputs_failed_validation",
                        "message": "Prompt outputs failed validation",
                        "details": "",
                        "extra_info": {},
                    },
                    "node_errors": errors,
                },
            )
        prompt_id = str(uuid.uuid4())
        with self._lock2:
            number = len(self.prompts)
            self.prompts.append(graph)
            self._jobs[prompt_id] = {"graph": graph, "ready": time.monotonic() + self.exec_time}
        return Reply(200, {"prompt_id": prompt_id, "number": number, "node_errors": {}})

    def _validate(self, graph: Any) -> dict[str, Any]:
        if not isinstance(graph, dict) or not graph:
            return {"?": _node_error("invalid prompt", "not a graph")}
        errors = {}
        text = json.dumps(graph)
        if "{{" in text:
            errors["?"] = _node_error("unsubstituted placeholder", text[text.index("{{") :][:30])
        for node_id, node in graph.items():
            if not isinstance(node, dict) or "class_type" not in node:
                errors[node_id] = _node_error("missing class_type", node_id)
                continue
            if node["class_type"] == "LoadImage":
                name = node.get("inputs", {}).get("image")
                if name not in self.uploads:
                    errors[node_id] = _node_error("Invalid image file", f"image: {name}")
            if node["class_type"] == "KSampler":
                seed = node.get("inputs", {}).get("seed")
                if not isinstance(seed, int):
                    errors[node_id] = _node_error("seed must be an INT", f"seed: {seed!r}")
        return errors

    def history(self, prompt_id: str) -> Reply:
        with self._lock2:
            job = self._jobs.get(prompt_id)
        if job is None or time.monotonic() < job["ready"]:
            return Reply(200, {})
        if self.fail_execution:
            status = {
                "status_str": "error",
                "completed": False,
                "messages": [
                    ["execution_start", {"prompt_id": prompt_id}],
                    [
                        "execution_error",
                        {
                            "prompt_id": prompt_id,
                            "node_id": "3",
                            "node_type": "KSampler",
                            "exception_message": "CUDA out of memory",
                        },
                    ],
                ],
            }
            return Reply(200, {prompt_id: {"prompt": [], "outputs": {}, "status": status}})
        filename = job.get("filename")
        if filename is None:
            graph = job["graph"]
            size = _size_of(graph)
            ext = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp"}[self.output_format]
            filename = f"avatargen_{prompt_id[:8]}_.{ext}"
            data = png_bytes(
                size[0], size[1], colour_of(json.dumps(graph, sort_keys=True)), self.output_format
            )
            if self.output_format == "PNG":  # SaveImage writes the filled graph into the PNG
                data = with_text_chunk(data, "prompt", json.dumps(graph))
            with self._lock2:
                self.outputs[filename] = data
                job["filename"] = filename
        return Reply(
            200,
            {
                prompt_id: {
                    "prompt": [0, prompt_id, job["graph"], {}, ["9"]],
                    "outputs": {
                        "9": {"images": [{"filename": filename, "subfolder": "", "type": "output"}]}
                    },
                    "status": {"status_str": "success", "completed": True, "messages": []},
                }
            },
        )

    def view(self, req: Recorded) -> Reply:
        name = (req.query.get("filename") or [""])[0]
        data = self.outputs.get(name)
        if data is None:
            return Reply(404, b"404: Not Found", {"Content-Type": "text/plain"})
        ctype = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp"}[self.output_format]
        return Reply(200, data, {"Content-Type": ctype})


def with_text_chunk(png: bytes, keyword: str, text: str) -> bytes:
    """``png`` with a ``tEXt`` chunk after IHDR, as ComfyUI's SaveImage writes ``prompt``."""
    body = keyword.encode("latin-1") + b"\x00" + text.encode("latin-1", "replace")
    chunk = (
        struct.pack(">I", len(body))
        + b"tEXt"
        + body
        + struct.pack(">I", zlib.crc32(b"tEXt" + body))
    )
    ihdr_end = 8 + 12 + 13
    return png[:ihdr_end] + chunk + png[ihdr_end:]


def _node_error(message: str, details: str) -> dict[str, Any]:
    return {
        "errors": [{"type": "value_not_valid", "message": message, "details": details}],
        "dependent_outputs": [],
        "class_type": "?",
    }


def _size_of(graph: dict[str, Any]) -> tuple[int, int]:
    for node in graph.values():
        inputs = node.get("inputs", {}) if isinstance(node, dict) else {}
        w, h = inputs.get("width"), inputs.get("height")
        if isinstance(w, int) and isinstance(h, int):
            return w, h
    return 64, 64
