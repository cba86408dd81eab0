"""A loopback double of the OpenAI HTTP API: chat completions and the Images API.

``POST /v1/chat/completions`` answers persona batches it builds deterministically from
the request (count, per-slot genders, age range and country are read from the prompt
text, see :mod:`avatargen.providers.prompts`), in ``json_schema``, ``json_object`` or
plain mode; ``reject_json_schema`` / ``reject_json_object`` make it answer 400 like
servers without structured output. ``scripted_content`` replaces the next replies'
content verbatim; ``persona_hook`` edits built personas (to break limits or fields).

``GET /v1/models`` lists ``models``.

``POST /v1/images/generations`` (JSON) and ``POST /v1/images/edits`` (multipart) answer
``b64_json`` images made with Pillow; edits record the uploaded reference bytes.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
import time
from collections.abc import Callable
from typing import Any

from tests.doubles import DoubleServer, Recorded, Reply, colour_of, parse_multipart, png_bytes

FIRST = {
    "female": [
        "Ana",
        "Maria",
        "Liza",
        "Grace",
        "Joy",
        "Carmen",
        "Sofia",
        "Elena",
        "Rosa",
        "Lucia",
        "Irene",
        "Clara",
        "Nora",
        "Mila",
        "Vera",
        "Alma",
        "Luz",
        "Ines",
        "Paz",
        "Rita",
    ],
    "male": [
        "Jose",
        "Mark",
        "Paolo",
        "Carlo",
        "Miguel",
        "Juan",
        "Rafael",
        "Diego",
        "Luis",
        "Tomas",
        "Pedro",
        "Andres",
        "Emil",
        "Hugo",
        "Ivan",
        "Leon",
        "Mateo",
        "Noel",
        "Oscar",
        "Ramon",
    ],
    "nonbinary": [
        "Alex",
        "Sam",
        "Robin",
        "Jamie",
        "Kit",
        "Ren",
        "Sky",
        "Ash",
        "Quinn",
        "Rory",
        "Jules",
        "Sasha",
        "Noa",
        "Eli",
        "Avery",
        "Riley",
        "Jordan",
        "Morgan",
        "Casey",
        "Dana",
    ],
}
LAST = [
    "Reyes",
    "Santos",
    "Cruz",
    "Bautista",
    "Garcia",
    "Mendoza",
    "Torres",
    "Flores",
    "Ramos",
    "Aquino",
    "Navarro",
    "Castillo",
    "Domingo",
    "Villanueva",
    "Rivera",
    "Gonzales",
    "Lopez",
    "Morales",
    "Perez",
    "Salazar",
    "Tan",
    "Lim",
    "Chua",
    "Sy",
    "Ong",
    "Go",
    "Uy",
    "Co",
    "Yap",
    "Lee",
    "Dela",
    "Rosa",
    "Pascual",
    "Manalo",
    "Ocampo",
    "Serrano",
    "Aguilar",
    "Velasco",
    "Medina",
    "Rojas",
][:40]
JSON_SCHEMA_REJECTION = (
    "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model."
)
JSON_OBJECT_REJECTION = (
    "Invalid parameter: 'response_format' of type 'json_object' is not supported."
)


# The providers' default models, and one of each kind the tests configure.
MODELS = ("gpt-4o-mini", "gpt-image-1", "dall-e-2", "double")


class OpenAIDouble(DoubleServer):
    def __init__(
        self,
        latency: float = 0.0,
        *,
        api_key: str | None = None,
        reject_json_schema: bool = False,
        reject_json_object: bool = False,
        image_format: str = "PNG",
        models: tuple[str, ...] = MODELS,
        context_tokens: int | None = None,
        reject_params: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(latency)
        self.api_key = api_key
        self.reject_json_schema = reject_json_schema
        self.reject_json_object = reject_json_object
        self.image_format = image_format
        self.models = models  # what GET /v1/models lists (the preflight looks for its model)
        # Like llama-server: a prompt plus max_tokens over this answers 400; the reply is cut
        # at max_tokens (finish_reason "length"). Tokens are counted as 4 characters each.
        self.context_tokens = context_tokens
        self.reject_params = reject_params  # e.g. {"max_tokens"}, as OpenAI's o-series do
        self.scripted_content: list[str] = []
        self.persona_hook: Callable[[Recorded, int, dict], dict | None] | None = None
        self.edits: list[dict[str, Any]] = []  # prompt, image bytes, sha256 per edit
        self.generations: list[dict[str, Any]] = []
        self._serial = 0
        self._serial_lock = threading.Lock()

    # ------------------------------------------------------------------ routing

    def route(self, req: Recorded) -> Reply:
        if self.api_key is not None:
            auth = req.headers.get("authorization", "")
            if auth != f"Bearer {self.api_key}":
                shown = auth.removeprefix("Bearer ")
                masked = shown[:3] + "*" * max(0, len(shown) - 7) + shown[-4:]
                return _error(401, f"Incorrect API key provided: {masked}.", "invalid_api_key")
        if req.method == "POST" and req.path == "/v1/chat/completions":
            return self.chat(req)
        if req.method == "POST" and req.path == "/v1/images/generations":
            return self.generate(req)
        if req.method == "POST" and req.path == "/v1/images/edits":
            return self.edit(req)
        if req.method == "GET" and req.path == "/v1/models":
            data = [{"id": m, "object": "model", "owned_by": "double"} for m in self.models]
            return Reply(200, {"object": "list", "data": data})
        return _error(404, f"Unknown request URL: {req.method} {req.path}", "unknown_url")

    # ------------------------------------------------------------------ chat

    def chat(self, req: Recorded) -> Reply:
        body = req.json or {}
        fmt = (body.get("response_format") or {}).get("type")
        if fmt == "json_schema" and self.reject_json_schema:
            return _error(400, JSON_SCHEMA_REJECTION, None, param="response_format")
        if fmt == "json_object" and self.reject_json_object:
            return _error(400, JSON_OBJECT_REJECTION, None, param="response_format")
        messages = body.get("messages") or []
        for param in sorted(self.reject_params & set(body)):
            other = "max_completion_tokens" if param == "max_tokens" else "max_tokens"
            return _error(
                400,
                f"Unsupported parameter: '{param}' is not supported with this model. "
                f"Use '{other}' instead.",
                "unsupported_parameter",
                param=param,
            )
        prompt_chars = sum(len(str(m.get("content", ""))) for m in messages)
        limit = body.get("max_completion_tokens") or body.get("max_tokens")
        if self.context_tokens and prompt_chars // 4 + (limit or 0) > self.context_tokens:
            return _error(
                400,
                f"request ({prompt_chars // 4 + (limit or 0)} tokens) exceeds the available "
                f"context size ({self.context_tokens} tokens), try increasing it",
                None,
                kind="exceed_context_size_error",
            )
        with self._serial_lock:
            scripted = self.scripted_content.pop(0) if self.scripted_content else None
        if scripted is not None:
            content = scripted
        else:
            personas = self.personas_for(req, messages)
            content = json.dumps({"personas": personas}, ensure_ascii=False)
            if fmt is None:
                content = f"```json\n{content}\n```"
        finish = "stop"
        if limit and len(content) // 4 > limit:
            content, finish = content[: limit * 4], "length"
        return Reply(
            200,
            {
                "id": f"chatcmpl-{req.number}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body.get("model", "double"),
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content},
                        "finish_reason": finish,
                        "logprobs": None,
                    }
                ],
                "usage": {
                    "prompt_tokens": prompt_chars // 4,
                    "completion_tokens": len(content) // 4,
                    "total_tokens": prompt_chars // 4 + len(content) // 4,
                },
            },
        )

    def personas_for(self, req: Recorded, messages: list[dict]) -> list[dict]:
        users = [str(m.get("content", "")) for m in messages if m.get("role") == "user"]
        last = users[-1] if users else ""
        everything = "\n".join(users)
        count_m = re.search(r"Return exactly (\d+) personas", last)
        count = int(count_m.group(1)) if count_m else 1
        tail = last[count_m.end() :] if count_m else ""
        genders = re.findall(r'(?:persona|replacement) \d+: (?:gender "(\w+)"|any gender)', tail)
        age_m = re.search(r"aged (\d+) to (\d+)", everything)
        low, high = (int(age_m.group(1)), int(age_m.group(2))) if age_m else (24, 61)
        country_m = re.search(r"country code ([A-Z]{2})", everything)
        country = country_m.group(1) if country_m else "PH"
        out = []
        for slot in range(count):
            wanted = genders[slot] if slot < len(genders) and genders[slot] else None
            persona = self.build_persona(wanted, low, high, country)
            if self.persona_hook is not None:
                persona = self.persona_hook(req, slot, persona) or persona
            out.append(persona)
        return out

    def build_persona(self, gender: str | None, low: int, high: int, country: str) -> dict:
        with self._serial_lock:
            n = self._serial
            self._serial += 1
        gender = gender or ("female", "male", "nonbinary")[n % 3]
        firsts = FIRST[gender]
        first = firsts[n % len(firsts)]
        last = LAST[(n // len(firsts)) % len(LAST)]
        if n >= len(firsts) * len(LAST):
            last += "-" + LAST[(n // (len(firsts) * len(LAST))) % len(LAST)]
        age = low + n % (high - low + 1)
        return {
            "first_name": first,
            "last_name": last,
            "gender": gender,
            "age": age,
            "country": country,
            "city": "Quezon City",
            "region": "Metro Manila",
            "occupation": "nurse",
            "workplace": "Riverside General Hospital",
            "education": {"institution": "State University", "field": "Nursing"},
            "interests": ["hiking", "cooking", "photography"],
            "personality": ["calm", "curious"],
            "appearance": {
                "hair": "short black hair",
                "eyes": "brown eyes",
                "skin_tone": "medium brown",
                "build": "slim",
                "style": "casual",
            },
            "about": f"I am {first}, a nurse who spends weekends on mountain trails.",
            "bios": {
                "facebook": f"{first}, nurse and weekend hiker.",
                "instagram": "Nurse. Trails. Coffee.",
                "x": "Nurse by day, hiker by weekend.",
                "tiktok": "Hiking nurse",
            },
        }

    # ------------------------------------------------------------------ images

    def _image_reply(self, size: str, seed_text: str) -> Reply:
        width, height = _size(size)
        data = png_bytes(width, height, colour_of(seed_text), self.image_format)
        return Reply(
            200,
            {
                "created": int(time.time()),
                "data": [{"b64_json": base64.b64encode(data).decode()}],
                "usage": {
                    "input_tokens": 50,
                    "output_tokens": 200,
                    "total_tokens": 250,
                    "input_tokens_details": {"image_tokens": 0, "text_tokens": 50},
                },
            },
        )

    def generate(self, req: Recorded) -> Reply:
        body = req.json or {}
        prompt = str(body.get("prompt", ""))
        with self._serial_lock:
            self.generations.append({"prompt": prompt, "body": body})
        return self._image_reply(str(body.get("size") or "auto"), prompt)

    def edit(self, req: Recorded) -> Reply:
        fields = parse_multipart(req.headers, req.body)
        images = fields.get("image") or fields.get("image[]") or []
        if not images:
            return _error(400, "Missing required parameter: 'image'.", None, param="image")
        filename, data = images[0]
        prompt = (fields.get("prompt") or [(None, b"")])[0][1].decode()
        size = (fields.get("size") or [(None, b"auto")])[0][1].decode()
        digest = hashlib.sha256(data).hexdigest()
        with self._serial_lock:
            self.edits.append(
                {"prompt": prompt, "image": data, "sha256": digest, "filename": filename}
            )
        return self._image_reply(size, digest + prompt)


def _size(size: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d+)x(\d+)", size or "")
    return (int(match.group(1)), int(match.group(2))) if match else (64, 64)


def _error(
    status: int,
    message: str,
    code: str | None,
    param: str | None = None,
    kind: str = "invalid_request_error",
) -> Reply:
    return Reply(
        status,
        {
            "error": {
                "message": message,
                "type": kind,
                "param": param,
                "code": code,
            }
        },
    )
