"""The dataset card (README.md of an export): what it is, how it was made, the report."""

from __future__ import annotations

from typing import Any

from avatargen import GENERATOR_NAME, __version__
from avatargen.languages import language_name
from avatargen.models import GenerationTask, TaskStatus
from avatargen.models.task_events import failure_messages
from avatargen.providers.base import PLATFORMS

_MD_SPECIAL = set("\\`*_{}[]()#+-.!|~>")


def md_text(value: Any) -> str:
    """``value`` as inert Markdown text: one line, HTML escaped, Markdown syntax escaped
    (user-written text must not add links, images, HTML or structure to the card)."""
    text = " ".join(str(value).replace("\x00", "").split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in text)


def md_code(value: Any) -> str:
    """``value`` in a code span (backticks removed: a span cannot be closed early)."""
    return "`" + " ".join(str(value).replace("`", "'").split()) + "`"


WHY = {
    TaskStatus.CANCELLED.value: "the task was cancelled before it finished",
    TaskStatus.FAILED.value: "the task failed before it finished",
    TaskStatus.COMPLETED.value: "some personas or images could not be generated",
}


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value * 100:.1f}%"


def partial_reason(task: GenerationTask, counts: dict[str, int]) -> str | None:
    """Why the exported set is partial (Markdown), or None for a complete set."""
    personas_wanted = task.number_to_generate
    images_wanted = counts["personas"] * task.images_per_persona
    complete = counts["personas"] >= personas_wanted and counts["images"] >= images_wanted
    if task.status == TaskStatus.COMPLETED and complete:
        return None
    why = WHY.get(task.status, f"the task was still {task.status} when it was exported")
    lines = [
        f"**This dataset is partial**: {why}. It holds {counts['personas']} of the "
        f"{personas_wanted} personas requested and {counts['images']} of the "
        f"{personas_wanted * task.images_per_persona} images (status: `{task.status}`).",
    ]
    reasons = failure_messages(task.id, limit=5)
    if reasons:
        lines += ["", "Recorded reasons (latest last):", ""]
        lines += [f"- {md_text(r)}" for r in reasons]
    return "\n".join(lines)


def _size_category(n: int) -> str:
    """The Hugging Face ``size_categories`` bucket of ``n`` rows."""
    for bound, label in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K")):
        if n < bound:
            return label
    return "100K<n<1M"


def hf_header(t: dict[str, Any], personas: int, layout: str) -> list[str]:
    """The card's YAML header in the Hugging Face dataset card format: ``datasets`` and the
    Hub read ``configs`` to find the data files. Every value is generated here, never
    user text (the description stays in the Markdown, escaped)."""
    data_files = "data/train-*.parquet" if layout in ("embedded", "referenced") else (
        "personas.jsonl"
    )  # fmt: skip
    return [
        "---",
        f"pretty_name: Synthetic persona dataset {t['task_id']}",
        "language:",
        f"- {t['bio_language'].split('-')[0].lower()}",
        "tags:",
        "- synthetic",
        "- personas",
        "- generated",
        "size_categories:",
        f"- {_size_category(personas)}",
        "configs:",
        "- config_name: default",
        "  data_files:",
        "  - split: train",
        f"    path: {data_files}",
        "---",
        "",
    ]


_FILES = {
    "files": [
        "- `personas.jsonl`: one persona record per line; `personas.csv`: the same, flattened",
        "- `images/<persona id>/<n>.png`: the persona's images (1 is the base portrait)",
    ],
    "embedded": [
        "- `data/train-*.parquet`: one row per persona record; `images` holds the PNGs",
        "  themselves (Hugging Face `Image` features). Load it with",
        '  `datasets.load_dataset("parquet", data_files="data/*.parquet")`, or',
        '  `pandas.read_parquet("data")`',
    ],
    "referenced": [
        "- `data/train-*.parquet`: one row per persona record; `images` holds the paths",
        '  of its PNGs. Load it with `datasets.load_dataset("parquet",',
        '  data_files="data/*.parquet")`, or `pandas.read_parquet("data")`',
        "- `images/<persona id>/<n>.png`: the persona's images (1 is the base portrait)",
    ],
}


def render_card(
    manifest_task: dict[str, Any],
    report: dict[str, Any],
    partial: str | None = None,
    layout: str = "files",
) -> str:
    """The card's Markdown; ``partial`` (from :func:`partial_reason`) labels a partial set;
    ``layout`` is "files" (JSONL/CSV and image files) or a Parquet image mode."""
    t = manifest_task
    lines = [
        *hf_header(t, report.get("personas", 0), layout),
        f"# {md_text(t['title'])}"
        if t.get("title")
        else f"# Synthetic persona dataset {t['task_id']}",
        "",
        *([f"Synthetic persona dataset {t['task_id']}.", ""] if t.get("title") else []),
        "**Every record and image in this dataset is synthetic.** The people described and",
        "pictured do not exist; any resemblance to real persons is coincidental. Images carry",
        "IPTC `DigitalSourceType` provenance metadata (XMP) saying they are generated media,",
        'and every record has `"synthetic": true`. Do not present them as real people.',
        "",
        *(["## Partial dataset", "", partial, ""] if partial else []),
        "## How it was made",
        "",
        f"- Generator: {GENERATOR_NAME} {__version__}",
        f"- Description: {md_text(t['persona_description'])}",
        f"- Bio language: {md_text(language_name(t['bio_language']))} "
        f"({md_code(t['bio_language'])})",
        f"- Personas requested: {t['number_to_generate']}, images per persona: "
        f"{t['images_per_persona']}",
        f"- Seed: {t['seed']}",
        f"- Text provider: `{t['text_provider']}`; image provider: `{t['image_provider']}`",
        f"- Constraints: {md_text(t['constraints'] or 'none')}",
        "",
        "## Files",
        "",
        *_FILES[layout],
        "- `manifest.json`: parameters and the sha256 of every file",
        "- handles and email addresses are made from the names and are unique in the set;",
        "  the addresses use example.com/.net/.org, domains reserved for examples",
        "",
        "## How to verify",
        "",
        "Run `avatargen verify <this folder or ZIP>` (or `sha256sum` against `manifest.json`).",
        "It checks every file against the sha256 in `manifest.json`, reads the synthetic-media",
        "XMP label of every image and, where an image carries C2PA content credentials, checks",
        "the manifest and its signature (any C2PA reader, such as `c2patool`, can read them",
        "too). It exits non-zero when a file was changed, removed, added or unlabelled.",
        "",
        "## Quality report",
        "",
        f"- Personas: {report['personas']} of {report['personas_requested']} requested",
        f"- Unique full names: {report['names']['unique']} "
        f"(duplicates: {report['names']['duplicates']})",
        "",
        "| platform | limit | longest | within limit | exact copies of another "
        "| near-duplicate pairs (trigram Jaccard >= 0.8) | personas with a near-duplicate "
        "| detected as requested language |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for p in PLATFORMS:
        b = report["bios"][p]
        lines.append(
            f"| {p} | {b['limit']} | {b['max_length']} | {_pct(b['within_limit_share'])} "
            f"| {_pct(b.get('exact_duplicate_share'))} | {_pct(b['near_duplicate_share'])} "
            f"| {_pct(b.get('near_duplicate_persona_share'))} "
            f"| {_pct(report['language'].get(p + '_share'))} |"
        )
    a = report.get("about")
    if a:
        lines.append(
            f"| about | - | - | - | {_pct(a['exact_duplicate_share'])} "
            f"| {_pct(a['near_duplicate_share'])} | {_pct(a['near_duplicate_persona_share'])} "
            f"| {_pct(report['language'].get('about_share'))} |"
        )
    coh = report.get("coherence")
    if coh:
        found = {k: v for k, v in coh["by_check"].items() if v}
        lines += [
            "",
            f"Coherence violations: {coh['with_violations']} of {coh['personas']} personas"
            + (f" ({', '.join(f'{k}: {v}' for k, v in found.items())})" if found else "")
            + " (checks: minors with a job or adult topics, retirees at work, kinship words "
            "or job titles of the other gender, pets the record does not have).",
        ]
    c = report["constraints"]
    lines += [
        "",
        f"About texts detected as the requested language: "
        f"{_pct(report['language'].get('about_share'))} (short texts are hard to classify; "
        "close pairs such as Indonesian and Malay count as one).",
        "",
        "### Constraints",
        "",
        f"- Ages: {c['age']['min']} to {c['age']['max']}"
        + (
            f" (requested {c['age']['requested']}, satisfied by "
            f"{_pct(c['age'].get('satisfied_share'))})"
            if "requested" in c["age"]
            else ""
        ),
        f"- Genders: {c['gender']}"
        + (
            f" (requested {c['gender_requested']}, satisfied by "
            f"{_pct(c['gender_satisfied_share'])})"
            if "gender_requested" in c
            else ""
        ),
        *(
            [
                "- Heritage (requested share -> resulting share): "
                + ", ".join(
                    f"{md_text(k)} {_pct(v)} -> {_pct(c['heritage'].get(k, 0.0))}"
                    for k, v in c["heritage_requested"].items()
                )
            ]
            if c.get("heritage_requested")
            else []
        ),
        f"- Countries (top 10): {c['countries']}"
        + (
            f" (requested {c['country_requested']}, satisfied by "
            f"{_pct(c['country_satisfied_share'])})"
            if "country_requested" in c
            else ""
        ),
        "",
        "### What the text provider understood of the description",
        "",
    ]
    d = report.get("description", {})
    if "error" in d:
        lines.append(f"- Could not be determined: {md_text(d['error'])}")
    else:
        understood = d.get("understood") or {}
        carried = report.get("hints") or {}
        for kind, value in understood.items():
            lines.append(f"- {md_text(kind)}: {md_text(value)}")
        if carried:
            lines.append("")
            lines.append(
                "Share of personas that carry each understood hint: "
                + ", ".join(f"{k} {_pct(v)}" for k, v in carried.items())
            )
        if not understood:
            lines.append("- nothing specific")
        ignored = d.get("not_understood") or []
        lines.append("")
        lines.append(
            "Words it did not use: "
            + (", ".join(md_code(w) for w in ignored) if ignored else "none")
        )
        if ignored:
            lines.append("")
            lines.append(
                "The offline provider follows only the hints listed above; for descriptions "
                "it does not understand, use an LLM text provider."
            )
    return "\n".join(lines) + "\n"
