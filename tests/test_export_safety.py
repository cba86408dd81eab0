"""Exports safe to open: CSV cells cannot run as formulas, the dataset card shows user text
as text (issue 9)."""

from __future__ import annotations

import csv
import io

import pytest

from avatargen.exports import export_task
from avatargen.exports.card import md_text, render_card
from avatargen.exports.record_files import neutralize_cell
from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona
from avatargen.pipeline import run_task
from avatargen.services import tasks as task_service
from tests.factories import make_user

HOSTILE = ['=HYPERLINK("http://evil.test","x")', "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx"]


@pytest.mark.parametrize("cell", HOSTILE)
def test_formula_cells_get_a_leading_quote(cell):
    assert neutralize_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["plain", "a=b", "3", "", "'quoted"])
def test_other_cells_unchanged(cell):
    assert neutralize_cell(cell) == cell
    assert neutralize_cell(-3) == -3  # numbers are numbers, not text


def test_csv_export_neutralizes_llm_written_formulas(app, tmp_path):
    with app.app_context():
        task = task_service.submit_task(
            make_user(),
            {
                "persona_description": "nurses in Manila",
                "bio_language": "en",
                "number_to_generate": 1,
                "images_per_persona": 4,
                "seed": 1,
            },
        )
        assert run_task(task.id) == "completed"
        persona = db.session.scalar(db.select(Persona))
        persona.about, persona.bio_x, persona.bio_tiktok = HOSTILE[0], HOSTILE[3], HOSTILE[1]
        persona.occupation = "-cmd|' /C calc'!A0"
        db.session.commit()
        out = tmp_path / "p.csv"
        export_task(db.session.get(GenerationTask, task.id), "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    row = rows[0]
    assert row["about"] == "'" + HOSTILE[0]
    assert row["bios_x"] == "'" + HOSTILE[3]
    assert row["bios_tiktok"] == "'" + HOSTILE[1]
    assert row["occupation"].startswith("'-cmd")
    for value in row.values():
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_card_escapes_user_text():
    evil = (
        "<script>alert(1)</script> <img src=x onerror=alert(1)> [click](http://evil.test) "
        "![t](http://evil.test/t.png)\n# Heading\n| a | b |"
    )
    card = render_card(
        {
            "task_id": "abc12345",
            "persona_description": evil,
            "bio_language": "en",
            "number_to_generate": 1,
            "images_per_persona": 4,
            "seed": None,
            "text_provider": "offline",
            "image_provider": "offline",
            "constraints": {},
        },
        _report(),
    )
    line = next(x for x in card.splitlines() if x.startswith("- Description:"))
    assert "<script" not in card and "<img" not in card
    assert "&lt;script&gt;" in line
    assert "](" not in line and "\\[click\\]" in line
    assert "\n# Heading" not in card  # no new structure from user text
    assert md_text("a|b") == "a\\|b"


def _report():
    bios = {
        p: {"limit": 100, "max_length": 10, "within_limit_share": 1.0, "near_duplicate_share": 0}
        for p in ("facebook", "instagram", "x", "tiktok")
    }
    return {
        "personas": 1,
        "personas_requested": 1,
        "names": {"unique": 1, "duplicates": 0},
        "bios": bios,
        "language": {},
        "constraints": {"age": {"min": 30, "max": 30}, "gender": {}, "countries": {}},
        "description": {"understood": {"place": "<b>Manila</b>"}, "not_understood": ["`x`"]},
    }
