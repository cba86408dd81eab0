"""``/help/providers``: the README's "Model providers" section, so the generate form can link
to how each unavailable provider is turned on (rendered without raw HTML)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from flask import Blueprint, render_template
from flask_login import login_required
from markupsafe import Markup

bp = Blueprint("help", __name__)

README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = "## Model providers"


def slug(heading: str) -> str:
    """GitHub-style anchor of a heading ("Text: `openai` (…)" -> "text-openai-")."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def provider_anchor(provider_id: str) -> str:
    """The anchor of the README heading that documents ``provider_id`` ("" if none)."""
    for heading in _headings():
        if f"`{provider_id}`" in heading:
            return slug(heading)
    return ""


@cache
def _section() -> str | None:
    try:
        text = README.read_text(encoding="utf-8")
    except OSError:
        return None
    start = text.find("\n" + SECTION + "\n")
    if start < 0:
        return None
    rest = text[start + 1 :]
    end = re.search(r"\n## ", rest[len(SECTION) :])
    return rest[: len(SECTION) + end.start()] if end else rest


@cache
def _headings() -> tuple[str, ...]:
    section = _section() or ""
    return tuple(m.group(1) for m in re.finditer(r"^#{2,4} (.+)$", section, re.M))


@cache
def _html() -> Markup | None:
    from markdown_it import MarkdownIt

    section = _section()
    if section is None:
        return None
    md = MarkdownIt("commonmark", {"html": False}).enable("table")

    def heading_open(renderer, tokens, idx, options, env):
        tokens[idx].attrSet("id", slug(tokens[idx + 1].content))
        return renderer.renderToken(tokens, idx, options, env)

    md.add_render_rule("heading_open", heading_open)
    # html=False escapes any HTML in the README, so the rendered text is safe to mark up.
    return Markup(md.render(section))  # noqa: S704


@bp.route("/help/providers")
@login_required
def providers():
    return render_template("web/help_providers.html", body=_html(), readme=README.name)
