"""The package's shape: imports point down the layers and no module imports itself in a loop.

Layers, bottom first (a module may import its own layer and the ones below):

    config, persona_record, ...   the package root, contracts, settings, text checks
    models, providers, storage    rows (and the domain modules on them), providers, blobs
    pipeline, exports             what a worker runs
    queue                         how work reaches the pipeline
    services                      use cases shared by web, API and CLI
    web, api, auth, cli, app      the ways in

Only module-level imports count (a function-level import is a deliberate late binding).
"""

from __future__ import annotations

import ast
from pathlib import Path

import avatargen

ROOT = Path(avatargen.__file__).parent
LAYER = {
    "models": 1,
    "bio_settings": 1,
    "trace_settings": 1,
    "persona_rows": 1,
    "pricing": 1,
    "providers": 1,
    "storage": 1,
    "provenance": 1,
    "image_metadata": 1,
    "c2pa": 1,
    "pipeline": 2,
    "exports": 2,
    "queue": 3,
    "services": 4,
    "web": 5,
    "api": 5,
    "auth": 5,
    "cli": 5,
    "app": 5,
    "health": 5,
    "security": 5,
    "serving": 5,
    "request_log": 5,
}


def _modules() -> dict[str, Path]:
    out = {}
    for path in ROOT.rglob("*.py"):
        if "migrations" in path.relative_to(ROOT).parts:
            continue
        parts = ("avatargen", *path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                subs = [f"{node.module}.{alias.name}" for alias in node.names]
                found = [t for t in subs if t in modules]
                # "from pkg import submodule" needs the submodule, not the package's names
                targets = found if len(found) == len(subs) else [node.module, *found]
            else:
                continue
            graph[name].update(t for t in targets if t in modules and t != name)
    return graph


def _layer(module: str) -> int:
    parts = module.split(".")
    return LAYER.get(parts[1], 0) if len(parts) > 1 else 0  # the root: version, create_app


def test_imports_point_down_the_layers():
    upward = sorted(
        f"{source} -> {target}"
        for source, targets in _graph().items()
        for target in targets
        if _layer(target) > _layer(source)
        and not (_layer(target) == 5 and _layer(source) == 5)  # ways in may share helpers
    )
    assert upward == []


def test_no_import_cycles():
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    assert cycles == []


def test_the_checks_see_the_package():
    graph = _graph()
    assert "avatargen.pipeline.run" in graph and "avatargen.web.tasks" in graph
    assert "avatargen.services.tasks" in graph["avatargen.web.tasks"]
    assert _layer("avatargen.pipeline.run") < _layer("avatargen.services.tasks")
