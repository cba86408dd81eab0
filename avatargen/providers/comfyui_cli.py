"""``avatargen comfyui templates`` and ``avatargen comfyui validate``: the ready-made
workflows, and what a ComfyUI server lacks for a workflow (the provider's preflight check)."""

from __future__ import annotations

import click
from flask.cli import AppGroup, with_appcontext

comfyui_group = AppGroup("comfyui", help="ComfyUI workflows: templates and server checks.")


class _UsageError(click.ClickException):
    """Bad input or an unreachable server: one line on stderr, exit status 2."""

    exit_code = 2


@comfyui_group.command("templates")
def templates() -> None:
    """List the ready-made workflow templates and what each needs on the server."""
    from avatargen.providers.comfyui_preflight import needs
    from avatargen.providers.comfyui_workflows import template_names, uses, validate_workflow

    for name in template_names():
        graph = validate_workflow(name, name)
        role = "variants (uses {{reference_image}})" if uses(graph, "reference_image") else "base"
        packs, files = needs(graph)
        click.echo(f"{name}: {role}")
        click.echo(f"  node packs: {', '.join(packs) or 'none (core nodes only)'}")
        for folder, file in files:
            click.echo(f"  {folder}/{file}")


@comfyui_group.command("validate")
@click.argument("workflows", nargs=-1)
@click.option("--url", default=None, help="ComfyUI server (default: AVATARGEN_COMFYUI_URL).")
@with_appcontext
def validate(workflows: tuple[str, ...], url: str | None) -> None:
    """Say what a ComfyUI server lacks for WORKFLOWS (files or template names; default:
    the configured workflows); exit status 2 when anything is missing."""
    from avatargen.providers import comfyui_preflight as check
    from avatargen.providers.base import ProviderError
    from avatargen.providers.comfyui import ComfyUISettings
    from avatargen.providers.comfyui_workflows import (
        BASE_WORKFLOW_ENV,
        WORKFLOW_ENV,
        validate_workflow,
    )
    from avatargen.providers.openai_client import shown_url
    from avatargen.providers.settings import load

    try:
        settings = load(ComfyUISettings, "comfyui", {"url": url} if url else None)
        if workflows:
            graphs = [(w, validate_workflow(w, w)) for w in workflows]
        else:
            configured = [(WORKFLOW_ENV, settings.workflow)]
            if settings.base_workflow:
                configured.insert(0, (BASE_WORKFLOW_ENV, settings.base_workflow))
            graphs = [(env, validate_workflow(path, env)) for env, path in configured]
        info = check.get_object_info(settings.url, settings.secret(), settings.timeout)
    except ProviderError as exc:
        raise _UsageError(str(exc)) from None
    missing = [m for label, graph in graphs for m in check.find_missing(graph, info, label)]
    where = shown_url(settings.url)
    names = ", ".join(label for label, _ in graphs)
    if not missing:
        click.echo(f"OK: {where} has every node type and model file {names} need(s)")
        return
    click.echo(f"{where} lacks {len(missing)} thing(s) {names} need(s):")
    for item in missing:
        click.echo(f"  - {item.describe()}")
    raise SystemExit(2)
