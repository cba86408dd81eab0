"""Stream a task's persona records (contract shape) and their CSV rows, page by page."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import GenerationTask, Persona, PersonaImage
from avatargen.persona_record import csv_columns, csv_values
from avatargen.persona_rows import persona_record

PAGE = 500


def iter_personas(task: GenerationTask) -> Iterator[tuple[Persona, list[PersonaImage]]]:
    """Personas in index order with their image rows, loaded a page at a time."""
    last = -1
    while True:
        page = list(
            db.session.scalars(
                sa.select(Persona)
                .where(Persona.task_pk == task.id, Persona.persona_index > last)
                .order_by(Persona.persona_index)
                .limit(PAGE)
            )
        )
        if not page:
            return
        last = page[-1].persona_index
        images: dict[str, list[PersonaImage]] = {p.id: [] for p in page}
        for img in db.session.scalars(
            sa.select(PersonaImage)
            .where(PersonaImage.persona_id.in_(list(images)))
            .order_by(PersonaImage.persona_id, PersonaImage.position)
        ):
            images[img.persona_id].append(img)
        for persona in page:
            yield persona, images[persona.id]
        db.session.expunge_all()  # keep memory flat on big tasks


def iter_records(task: GenerationTask) -> Iterator[tuple[dict[str, Any], list[PersonaImage]]]:
    for persona, images in iter_personas(task):
        yield persona_record(persona, task, [i.position for i in images]), images


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize_cell(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula gets a leading ``'`` (OWASP CSV
    injection rule: cells starting with = + - @ tab or CR); other values pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class CsvEncoder:
    """Turns rows into UTF-8 CSV bytes one row at a time (formula cells neutralized)."""

    def __init__(self) -> None:
        self._buf = io.StringIO()
        self._writer = csv.writer(self._buf, lineterminator="\n")

    def encode(self, row: list[Any]) -> bytes:
        self._writer.writerow([neutralize_cell(v) for v in row])
        data = self._buf.getvalue().encode()
        self._buf.seek(0)
        self._buf.truncate()
        return data


def write_jsonl(task: GenerationTask, out: BinaryIO) -> None:
    for record, _ in iter_records(task):
        out.write(json.dumps(record, ensure_ascii=False).encode() + b"\n")


def write_json(task: GenerationTask, out: BinaryIO) -> None:
    out.write(b"[")
    first = True
    for record, _ in iter_records(task):
        out.write((b"\n" if first else b",\n") + json.dumps(record, ensure_ascii=False).encode())
        first = False
    out.write(b"\n]\n")


def write_csv(task: GenerationTask, out: BinaryIO) -> None:
    enc = CsvEncoder()
    k = task.images_per_persona
    out.write(enc.encode(csv_columns(k)))
    for record, _ in iter_records(task):
        out.write(enc.encode(csv_values(record, k)))
