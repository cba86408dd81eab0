"""Checking an image, a folder export or a ZIP export: hashes, labels and C2PA manifests.

Every file listed in ``manifest.json`` must be present with the recorded sha256; every
image must carry the synthetic-media XMP label; an image with a C2PA manifest must
validate, and what it says (task, persona, position) must match where the file sits. An
image whose label says it was signed but that has no manifest has had it stripped.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from avatargen import provenance
from avatargen.c2pa import reading

MANIFEST = "manifest.json"
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
MAX_IMAGE_BYTES = 64 * 1024 * 1024
CHUNK = 1024 * 1024
_IMAGE_PATH = re.compile(r"^images/([^/]+)/(\d+)\.(?:png|jpe?g)$")
# "unchecked": it has a C2PA manifest, but c2pa-python is not installed to validate it.
STATUSES = ("ok", "tampered", "missing", "unlisted", "unlabelled", "unchecked")


class VerifyError(ValueError):
    """The target cannot be checked at all (no such path, not an image, folder or ZIP)."""


@dataclass
class FileResult:
    path: str
    status: str = "ok"  # one of STATUSES
    image: bool = False
    labelled: bool = False
    signed: bool = False
    valid: bool | None = None  # None: no manifest, or not checked
    trusted: bool = False
    reasons: list[str] = field(default_factory=list)
    credentials: dict[str, Any] | None = None

    def problem(self, status: str, reason: str) -> None:
        # "tampered" outranks the other verdicts; the first reason of each kind is kept.
        if self.status in ("ok", "unlabelled", "unchecked") or status == "tampered":
            self.status = status
        self.reasons.append(reason)

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "status": self.status,
            "image": self.image,
            "labelled": self.labelled,
            "signed": self.signed,
            "valid": self.valid,
            "trusted": self.trusted,
            "reasons": self.reasons,
            "credentials": self.credentials,
        }


@dataclass
class Report:
    target: str
    kind: str  # "image" | "folder" | "zip"
    files: list[FileResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    task_id: str | None = None  # from manifest.json

    def summary(self) -> dict[str, int]:
        images = [f for f in self.files if f.image and f.status != "missing"]
        out = {
            "files": len(self.files),
            "images": len(images),
            "labelled": sum(f.labelled for f in images),
            "signed": sum(f.signed for f in images),
            "valid": sum(bool(f.valid) for f in images),
            "trusted": sum(f.trusted for f in images),
        }
        for status in STATUSES[1:]:
            out[status] = sum(f.status == status for f in self.files)
        return out

    @property
    def ok(self) -> bool:
        return not self.errors and all(f.status == "ok" for f in self.files)

    def as_dict(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "kind": self.kind,
            "ok": self.ok,
            "summary": self.summary(),
            "errors": self.errors,
            "files": [f.as_dict() for f in self.files],
        }


# --------------------------------------------------------------------------- one image


def check_image(
    result: FileResult,
    data: bytes,
    *,
    context=None,
    task_id: str | None = None,
    export_path: str | None = None,
) -> FileResult:
    """Label and credentials of one image's bytes; the expected persona and position come
    from an export path (``images/<persona id>/<n>.png``: the result's path, or
    ``export_path`` for an image inside a Parquet file), the task from its manifest."""
    result.image = True
    mime = provenance.mime_type(data)
    if mime is None:
        result.problem("tampered", "not a PNG or JPEG image")
        return result
    label = provenance.read(data)
    result.labelled = bool(label.get("digital_source_type")) and label.get("synthetic") is True
    result.signed = provenance.has_content_credentials(data)
    expected: dict[str, Any] = {"task_id": task_id}
    match = _IMAGE_PATH.match(export_path or result.path)
    if match:
        expected.update(persona_id=match.group(1), position=int(match.group(2)))
    for key, want in expected.items():
        if want is not None and key in label and label[key] != want:
            result.problem("tampered", f"label names {key} {label[key]!r}, expected {want!r}")
    if result.signed:
        cred = reading.check(data, mime, True, context)
        result.credentials = cred.as_dict()
        if not cred.checked:
            result.problem(
                "unchecked", "has a C2PA manifest, but c2pa-python is not installed to check it"
            )
        elif not cred.valid:
            result.valid = False
            codes = ", ".join(f for f in cred.failures if f not in reading.TRUST_ONLY_FAILURES)
            result.problem("tampered", f"C2PA manifest does not validate ({codes or 'invalid'})")
        else:
            result.valid, result.trusted = True, cred.trusted
            for key, want in expected.items():
                got = cred.params.get(key)
                if want is not None and got != want:
                    result.problem(
                        "tampered", f"C2PA manifest names {key} {got!r}, expected {want!r}"
                    )
            if label.get("digital_source_type") not in (None, cred.digital_source_type):
                result.problem("tampered", "C2PA and XMP disagree on the digital source type")
    elif label.get("content_credentials"):
        result.problem("tampered", "the label says it was signed, but its C2PA manifest is gone")
    if not result.labelled:
        result.problem("unlabelled", "no synthetic-media XMP label")
    return result


# --------------------------------------------------------------------------- datasets


class _Tree:
    """Uniform read access to a folder or a ZIP export."""

    def __init__(self, names: list[str], opener, max_total: int | None) -> None:
        self.names = names
        self._open = opener
        self.max_total = max_total
        self.read_total = 0
        self.duplicates: set[str] = set()

    def chunks(self, name: str) -> Iterator[bytes]:
        with self._open(name) as fh:
            while chunk := fh.read(CHUNK):
                self.read_total += len(chunk)
                if self.max_total is not None and self.read_total > self.max_total:
                    raise VerifyError("the archive expands to more than the allowed size")
                yield chunk


def _folder_tree(root: Path) -> _Tree:
    names = sorted(
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and not p.is_symlink()
    )
    return _Tree(names, lambda n: (root / n).open("rb"), None)


def _zip_tree(zf: zipfile.ZipFile, max_total: int | None) -> _Tree:
    names = [i.filename for i in zf.infolist() if not i.is_dir()]
    tree = _Tree(sorted(set(names)), zf.open, max_total)
    # Two entries of one name: readers disagree on which one counts, so neither can.
    tree.duplicates = {n for n, count in Counter(names).items() if count > 1}
    return tree


def _read_manifest(tree: _Tree, report: Report) -> dict[str, dict[str, Any]] | None:
    if MANIFEST not in tree.names:
        report.errors.append(f"no {MANIFEST}: not an export, or it was removed")
        return None
    try:
        raw = b"".join(tree.chunks(MANIFEST))
        doc = json.loads(raw)
        listed = {str(f["path"]): f for f in doc["files"]}
        report.task_id = str((doc.get("task") or {}).get("task_id") or "") or None
    except (ValueError, KeyError, TypeError):
        report.errors.append(f"{MANIFEST} is not a valid export manifest")
        return None
    return listed


def _check_tree(tree: _Tree, report: Report, context) -> None:
    listed = _read_manifest(tree, report)
    if listed is None:
        return
    task_id = report.task_id
    present = set(tree.names)
    for name in sorted(set(listed) | (present - {MANIFEST})):
        result = FileResult(name)
        report.files.append(result)
        is_image = name.lower().endswith(IMAGE_SUFFIXES)
        result.image = is_image
        if name not in present:
            result.problem("missing", f"listed in {MANIFEST} but not in the {report.kind}")
            continue
        sha = hashlib.sha256()
        buf = bytearray() if is_image else None
        for chunk in tree.chunks(name):
            sha.update(chunk)
            if buf is not None:
                if len(buf) + len(chunk) > MAX_IMAGE_BYTES:
                    buf = None
                    result.problem("tampered", "image larger than any this generator writes")
                else:
                    buf += chunk
        if name in tree.duplicates:
            result.problem("tampered", "the ZIP holds more than one entry of this name")
        if name not in listed:
            result.problem("unlisted", f"not listed in {MANIFEST}")
        elif sha.hexdigest() != listed[name].get("sha256"):
            result.problem("tampered", f"sha256 differs from {MANIFEST}")
        if buf is not None:
            check_image(result, bytes(buf), context=context, task_id=task_id)
        if name.endswith(".parquet") and name in present and name in listed:
            _check_parquet_images(tree, name, report, context)


def _check_parquet_images(tree: _Tree, name: str, report: Report, context) -> None:
    """Every image embedded in a Parquet export file (column ``images``), checked like an
    image file; a file with referenced images (paths only) has nothing to add here."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    with tree._open(name) as fh:
        try:
            pf = pq.ParquetFile(fh)
        except (pa.ArrowException, OSError) as exc:
            report.errors.append(f"{name} is not a readable Parquet file: {exc}")
            return
        column = pf.schema_arrow.field("images").type if "images" in pf.schema_arrow.names else None
        if (
            column is None
            or not pa.types.is_list(column)
            or not pa.types.is_struct(column.value_type)
        ):
            return
        for group in range(pf.num_row_groups):
            for persona_images in pf.read_row_group(group, columns=["images"])["images"]:
                for item in persona_images.as_py() or ():
                    path = item.get("path") or ""
                    result = FileResult(f"{name}:{path}")
                    report.files.append(result)
                    data = item.get("bytes") or b""
                    if len(data) > MAX_IMAGE_BYTES:
                        result.image = True
                        result.problem("tampered", "image larger than any this generator writes")
                        continue
                    check_image(
                        result, data, context=context, task_id=report.task_id, export_path=path
                    )


def verify_path(path: str | Path, *, trust_anchors: str | None = None) -> Report:
    """Check an image file, a folder export or a ZIP export at ``path``."""
    target = Path(path)
    context = reading.reader_context(trust_anchors)
    if target.is_dir():
        report = Report(str(target), "folder")
        _check_tree(_folder_tree(target), report, context)
        return report
    if not target.is_file():
        raise VerifyError(f"{target} does not exist")
    with target.open("rb") as fh:
        return verify_stream(fh, str(target), context=context)


def verify_stream(
    fh: IO[bytes],
    name: str,
    *,
    context=None,
    trust_anchors: str | None = None,
    max_total: int | None = None,
) -> Report:
    """Check an uploaded or opened file: a PNG/JPEG image or a ZIP export (by content)."""
    if context is None:
        context = reading.reader_context(trust_anchors)
    head = fh.read(8)
    fh.seek(0)
    if head.startswith(b"PK\x03\x04") or (head.startswith(b"PK") and zipfile.is_zipfile(fh)):
        fh.seek(0)
        report = Report(name, "zip")
        try:
            with zipfile.ZipFile(fh) as zf:
                _check_tree(_zip_tree(zf, max_total), report, context)
        except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, NotImplementedError) as exc:
            # RuntimeError: encrypted entries; NotImplementedError: unknown compression
            report.errors.append(f"the ZIP is damaged ({exc})")
        return report
    if provenance.mime_type(head) is None:
        raise VerifyError(f"{name} is not a PNG or JPEG image, a folder export or a ZIP export")
    data = fh.read(MAX_IMAGE_BYTES + 1)
    report = Report(name, "image")
    result = FileResult(PurePosixPath(name).name)
    report.files.append(result)
    if len(data) > MAX_IMAGE_BYTES:
        result.image = True
        result.problem("tampered", "image larger than any this generator writes")
        return report
    check_image(result, data, context=context)
    return report
