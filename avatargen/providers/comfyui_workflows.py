"""ComfyUI workflows: checking an API-format workflow file and filling its placeholders.

The user supplies workflows exported with "Save (API Format)", or names one of the
ready-made templates in ``comfyui_templates/`` (see its README); string values that are
placeholders (``{{prompt}}``, ``{{seed}}``, ...; see :data:`PLACEHOLDERS`) are replaced by
:func:`fill` before a workflow is queued (see :mod:`avatargen.providers.comfyui`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from avatargen.providers.base import ProviderError

PLACEHOLDERS = ("prompt", "negative_prompt", "seed", "reference_image", "width", "height")
_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
WORKFLOW_ENV = "AVATARGEN_COMFYUI_WORKFLOW"
BASE_WORKFLOW_ENV = "AVATARGEN_COMFYUI_BASE_WORKFLOW"
TEMPLATES_DIR = Path(__file__).with_name("comfyui_templates")


class WorkflowError(ProviderError):
    """A workflow file that cannot be used (missing, not JSON, not API format, placeholders)."""


def placeholders_in(node: Any, where: str = "") -> list[tuple[str, str]]:
    """(placeholder name, location) for every placeholder in string values of ``node``."""
    found: list[tuple[str, str]] = []
    if isinstance(node, str):
        found += [(m.group(1), where) for m in _PLACEHOLDER.finditer(node)]
    elif isinstance(node, dict):
        for key, value in node.items():
            found += placeholders_in(value, f"{where}.{key}" if where else str(key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += placeholders_in(value, f"{where}[{i}]")
    return found


def template_names() -> list[str]:
    """The ready-made workflow templates shipped in ``comfyui_templates/``."""
    return sorted(p.stem for p in TEMPLATES_DIR.glob("*.json"))


def workflow_file(path: str) -> Path:
    """The file ``path`` names: a file, else a ready-made template's name (``faceid-sdxl``)."""
    file = Path(path).expanduser()
    if not file.is_file() and file.name == path and Path(path).stem in template_names():
        return TEMPLATES_DIR / f"{Path(path).stem}.json"
    return file


def validate_workflow(path: str | None, env_name: str = WORKFLOW_ENV) -> dict[str, Any]:
    """Load and check an API-format workflow file (or a template's name);
    :class:`WorkflowError` says what is wrong."""
    if not path:
        raise WorkflowError(
            f"{env_name} is not set: point it at a workflow JSON exported from ComfyUI with "
            f"'Save (API Format)', or name a template ({', '.join(template_names())})"
        )
    file = workflow_file(path)
    if not file.is_file():
        raise WorkflowError(
            f"{env_name}: workflow file {str(file)!r} does not exist (nor is it a template: "
            f"{', '.join(template_names())})"
        )
    try:
        graph = json.loads(file.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise WorkflowError(f"{env_name}: {str(file)!r} is not a UTF-8 text file") from None
    except json.JSONDecodeError as exc:
        raise WorkflowError(
            f"{env_name}: {str(file)!r} is not valid JSON (line {exc.lineno}, column "
            f"{exc.colno}: {exc.msg})"
        ) from None
    if isinstance(graph, dict) and isinstance(graph.get("nodes"), list) and "links" in graph:
        raise WorkflowError(
            f"{env_name}: {str(file)!r} is a workflow in the UI format; export it with "
            "'Save (API Format)' (enable the dev mode options in ComfyUI's settings)"
        )
    if not isinstance(graph, dict) or not graph:
        raise WorkflowError(
            f"{env_name}: {str(file)!r} is not an API-format graph (a JSON object of nodes)"
        )
    for node_id, node in graph.items():
        if (
            not isinstance(node, dict)
            or not isinstance(node.get("class_type"), str)
            or not isinstance(node.get("inputs"), dict)
        ):
            raise WorkflowError(
                f"{env_name}: {str(file)!r} is not an API-format graph: node {node_id!r} "
                'needs a "class_type" string and an "inputs" object'
            )
    found = placeholders_in(graph)
    unknown = sorted({f"{{{{{n}}}}} at {w}" for n, w in found if n not in PLACEHOLDERS})
    if unknown:
        raise WorkflowError(
            f"{env_name}: unknown placeholder(s) in {str(file)!r}: {', '.join(unknown)}; "
            f"known: {', '.join('{{' + p + '}}' for p in PLACEHOLDERS)}"
        )
    if "prompt" not in {n for n, _ in found}:
        raise WorkflowError(
            f"{env_name}: {str(file)!r} has no {{{{prompt}}}} placeholder; put it where the "
            'positive prompt text goes (e.g. a CLIPTextEncode node\'s "text" input)'
        )
    return graph


def uses(graph: dict[str, Any], name: str) -> bool:
    return any(n == name for n, _ in placeholders_in(graph))


def load_workflows(
    workflow: str | None, base_workflow: str | None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(base workflow, variant workflow) from their files, checked."""
    variant = validate_workflow(workflow, WORKFLOW_ENV)
    if base_workflow:
        base = validate_workflow(base_workflow, BASE_WORKFLOW_ENV)
        if uses(base, "reference_image"):
            raise WorkflowError(
                f"{BASE_WORKFLOW_ENV}: the base workflow makes the first image of a persona, "
                "so it cannot use {{reference_image}}"
            )
    elif uses(variant, "reference_image"):
        raise WorkflowError(
            f"{WORKFLOW_ENV} uses {{{{reference_image}}}}, so base portraits need a "
            f"text-to-image workflow too: set {BASE_WORKFLOW_ENV}"
        )
    else:
        base = variant
    return base, variant


def fill(node: Any, values: dict[str, Any]) -> Any:
    """``node`` with placeholders substituted: a whole-string placeholder becomes the value
    itself (so ``"{{seed}}"`` becomes an int), one inside a longer string becomes text."""
    if isinstance(node, str):
        whole = _PLACEHOLDER.fullmatch(node.strip())
        if whole:
            return values[whole.group(1)]
        return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]), node)
    if isinstance(node, dict):
        return {k: fill(v, values) for k, v in node.items()}
    if isinstance(node, list):
        return [fill(v, values) for v in node]
    return node
