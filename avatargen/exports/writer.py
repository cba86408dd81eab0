"""Write a task's export in the contract layout (ZIP or folder) or as one data file.

```
personas.jsonl  personas.csv  images/<persona id>/<n>.png  README.md  manifest.json
```
Everything streams: records are written page by page and images are copied from storage
in chunks, so memory stays flat however large the task.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import textwrap
import zipfile
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from avatargen import GENERATOR_NAME, __version__
from avatargen.exports import imported
from avatargen.exports.card import partial_reason, render_card
from avatargen.exports.parquet import IMAGE_MODES, write_shards
from avatargen.exports.record_files import (
    CsvEncoder,
    iter_records,
    write_csv,
    write_json,
    write_jsonl,
)
from avatargen.exports.report import build_report
from avatargen.models import GenerationTask
from avatargen.models.base import utcnow
from avatargen.persona_record import csv_columns, csv_values
from avatargen.persona_rows import image_path
from avatargen.pricing import task_cost
from avatargen.storage import get_storage

EXPORT_FORMATS = ("json", "jsonl", "csv", "zip", "folder", "parquet")
CHUNK = 1024 * 1024


class ExportError(ValueError):
    """The export cannot be written (bad format, unwritable path, unfinished task)."""


class _Hashing:
    """A write-only file wrapper that hashes and counts what passes through."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.sha = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.sha.update(data)
        self.size += len(data)
        return self.raw.write(data)


class _Sink(ABC):
    """Destination of a layout export; records each file's sha256 for the manifest.

    The entries wait in a temporary file, already rendered as the manifest's JSON, not in a
    list: 10,000 personas x 8 images are 80,000 entries, and a list of them (then the whole
    manifest as one string, then its bytes) made the export's memory grow with the task.
    """

    def __init__(self) -> None:
        self._entries = tempfile.TemporaryFile()  # noqa: SIM115 (closed by release)
        self.file_count = 0

    @contextmanager
    def file(self, name: str) -> Iterator[_Hashing]:
        with self._open(name) as raw:
            h = _Hashing(raw)
            yield h
        entry = {"path": name, "sha256": h.sha.hexdigest(), "bytes": h.size}
        rendered = textwrap.indent(json.dumps(entry, ensure_ascii=False, indent=2), "    ")
        self._entries.write((",\n" if self.file_count else "\n").encode() + rendered.encode())
        self.file_count += 1

    def write_manifest(self, name: str, manifest: dict[str, Any]) -> None:
        """``manifest`` with a last key ``"files"`` listing every file written before, as
        ``json.dumps(..., indent=2)`` would write it, streamed from the temporary file."""
        text = json.dumps({**manifest, "files": []}, ensure_ascii=False, indent=2)
        at = text.rindex('"files": []')
        with self.file(name) as fh:
            fh.write(text[:at].encode() + b'"files": [')
            self._entries.seek(0)
            shutil.copyfileobj(self._entries, fh, CHUNK)
            fh.write(b"\n  ]\n}\n" if self.file_count else b"]\n}\n")

    @abstractmethod
    def _open(self, name: str):
        """A binary file object (or context manager) to write ``name`` into."""

    def close(self) -> None:
        return None

    def release(self) -> None:
        """Drop the pending manifest entries (after the manifest, or when the export failed)."""
        self._entries.close()


class _ZipSink(_Sink):
    def __init__(self, out: str | os.PathLike | BinaryIO) -> None:
        super().__init__()
        self.zf = zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True)

    def _open(self, name: str):
        # PNGs and Parquet are compressed already: store them, deflate the text files (a
        # stored entry can also be read at random, which Parquet readers need).
        info = zipfile.ZipInfo(name, date_time=utcnow().timetuple()[:6])
        stored = name.endswith((".png", ".parquet"))
        info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        return self.zf.open(info, "w", force_zip64=True)

    def close(self) -> None:
        self.zf.close()


class _FolderSink(_Sink):
    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root

    @contextmanager
    def _open(self, name: str):
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            yield fh


def task_parameters(task: GenerationTask) -> dict[str, Any]:
    return {
        "task_id": task.task_id,
        "title": task.title,
        "persona_description": task.persona_description,
        "bio_language": task.bio_language,
        "number_to_generate": task.number_to_generate,
        "images_per_persona": task.images_per_persona,
        "seed": task.seed,
        "text_provider": task.text_provider,
        "image_provider": task.image_provider,
        "constraints": task.constraints or {},
        "status": task.status,
        "created_at": task.created_at.isoformat() + "Z" if task.created_at else None,
        "completed_at": task.completed_at.isoformat() + "Z" if task.completed_at else None,
        **({"imported_from": task.imported_from} if task.imported_from else {}),
    }


def task_report(task: GenerationTask) -> dict[str, Any]:
    """The quality report: the one stored when the task finished (the completion driver
    computes it), else computed now from the stored rows. Never writes: GETs stay reads."""
    return task.report if task.report else build_report(task)


def _write_layout(task: GenerationTask, sink: _Sink) -> None:
    k = task.images_per_persona
    enc = CsvEncoder()
    params = task_parameters(task)
    report = task_report(task)
    counts = {"personas": 0, "images": 0}
    # One pass over the records per file (a ZIP takes one open entry at a time); images
    # are copied in a pass of their own, so no persona needs to stay in memory.
    with sink.file("personas.jsonl") as jsonl:
        for record, _images in iter_records(task):
            jsonl.write(json.dumps(record, ensure_ascii=False).encode() + b"\n")
            counts["personas"] += 1
    with sink.file("personas.csv") as csv_out:
        csv_out.write(enc.encode(csv_columns(k)))
        for record, _images in iter_records(task):
            csv_out.write(enc.encode(csv_values(record, k)))
    _copy_images(task, sink, counts)
    _finish(task, sink, params, report, counts, layout="files")


def _copy_images(task: GenerationTask, sink: _Sink, counts: dict[str, int]) -> None:
    storage = get_storage()
    for record, images in iter_records(task):
        for img in images:
            with (
                sink.file(image_path(record["id"], img.position)) as dst,
                storage.open(img.storage_key) as src,
            ):
                shutil.copyfileobj(src, dst, CHUNK)
            counts["images"] += 1


def _finish(
    task: GenerationTask,
    sink: _Sink,
    params: dict[str, Any],
    report: dict[str, Any],
    counts: dict[str, int],
    layout: str,
) -> None:
    """The dataset card and the manifest (last: it lists every file written before)."""
    unfetched = imported.unfetched_refs(task)
    with sink.file("README.md") as card:
        text = render_card(params, report, partial_reason(task, counts), layout)
        card.write((text + imported.card_section(task, unfetched)).encode())
    manifest = {
        "generator": {"name": GENERATOR_NAME, "version": __version__},
        "synthetic": True,
        "created_at": utcnow().isoformat() + "Z",
        "task": params,
        "counts": counts,
        "usage": task_cost(task),
        "quality": report,
        **({"unfetched_images": unfetched} if task.imported_from else {}),
    }
    sink.write_manifest("manifest.json", manifest)


def _write_parquet(task: GenerationTask, sink: _Sink, images: str) -> None:
    """The Hugging Face datasets layout (see :mod:`avatargen.exports.parquet`)."""
    if images not in IMAGE_MODES:
        raise ExportError(f"images must be one of {', '.join(IMAGE_MODES)}")
    storage = get_storage()
    counts = {"personas": 0, "images": 0}

    def rows():
        for record, image_rows in iter_records(task):
            counts["personas"] += 1
            if images == "embedded":
                counts["images"] += len(image_rows)
            yield record, image_rows

    def image_bytes(img) -> bytes:
        with storage.open(img.storage_key) as src:
            return src.read()

    write_shards(task, sink, rows(), images, image_bytes)
    if images == "referenced":
        _copy_images(task, sink, counts)
    _finish(task, sink, task_parameters(task), task_report(task), counts, layout=images)


def export_task(
    task: GenerationTask, fmt: str, out: str | os.PathLike | BinaryIO, images: str = "embedded"
) -> None:
    """Write ``task`` as ``fmt`` to ``out`` (a path, or a binary stream for data formats).
    ``parquet`` writes a folder, or a ZIP when ``out`` is a stream or ends in ``.zip``;
    ``images`` says whether its images are embedded in the Parquet files or beside them."""
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if fmt in ("json", "jsonl", "csv"):
        writer = {"json": write_json, "jsonl": write_jsonl, "csv": write_csv}[fmt]
        if isinstance(out, (str, os.PathLike)):
            with _open_target(Path(out)) as fh:
                writer(task, fh)
        else:
            writer(task, out)
        return

    def write(sink: _Sink) -> None:
        try:
            if fmt == "parquet":
                _write_parquet(task, sink, images)
            else:
                _write_layout(task, sink)
        finally:
            sink.release()

    to_folder = fmt == "folder" or (
        fmt == "parquet"
        and isinstance(out, (str, os.PathLike))
        and not str(out).lower().endswith(".zip")
    )
    if to_folder:
        root = Path(out)  # type: ignore[arg-type]
        if root.exists() and not root.is_dir():
            raise ExportError(f"{root} exists and is not a folder")
        if root.exists() and any(root.iterdir()):
            raise ExportError(f"{root} exists and is not empty")
        root.mkdir(parents=True, exist_ok=True)
        write(_FolderSink(root))
        return
    if isinstance(out, (str, os.PathLike)):
        with _open_target(Path(out)) as fh:
            sink = _ZipSink(fh)
            write(sink)
            sink.close()
    else:
        sink = _ZipSink(out)
        write(sink)
        sink.close()


@contextmanager
def _open_target(path: Path):
    """Write to ``path`` atomically: a half-written export never replaces a good file."""
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give a file path")
    if not path.parent.is_dir():
        raise ExportError(f"folder {path.parent} does not exist")
    tmp = path.with_name(f".{path.name}.partial")
    try:
        with tmp.open("wb") as fh:
            yield fh
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
