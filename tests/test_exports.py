"""Export writers: the contract layout, record fields, CSV flattening, manifest hashes."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile

import pytest

from avatargen.exports import ExportError, export_task
from avatargen.extensions import db
from avatargen.models import GenerationTask
from avatargen.persona_record import RECORD_FIELDS
from avatargen.pipeline import run_task
from avatargen.services import tasks as task_service
from tests.factories import make_user


@pytest.fixture
def done_task(app):
    with app.app_context():
        task = task_service.submit_task(
            make_user(),
            {
                "persona_description": "software engineers in Berlin who climb",
                "bio_language": "de",
                "number_to_generate": 3,
                "images_per_persona": 4,
                "seed": 3,
            },
        )
        assert run_task(task.id) == "completed"
        return task.id


def _task(pk):
    return db.session.get(GenerationTask, pk)


def test_zip_layout_records_manifest_and_card(app, done_task, tmp_path):
    out = tmp_path / "ds.zip"
    with app.app_context():
        task = _task(done_task)
        export_task(task, "zip", out)
        task_id = task.task_id
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        records = [json.loads(line) for line in zf.read("personas.jsonl").splitlines()]
        assert len(records) == 3
        for r in records:
            assert tuple(r) == RECORD_FIELDS
            assert r["synthetic"] is True and r["task_id"] == task_id and r["language"] == "de"
            assert len(r["images"]) == 4 and all(p in names for p in r["images"])
            assert r["images"][0] == f"images/{r['id']}/1.png"
        assert [r["index"] for r in records] == [0, 1, 2]
        rows = list(csv.DictReader(io.StringIO(zf.read("personas.csv").decode())))
        assert [row["id"] for row in rows] == [r["id"] for r in records]
        assert rows[0]["bios_x"] == records[0]["bios"]["x"]
        assert rows[0]["image_4"] == records[0]["images"][3]
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["synthetic"] is True
        assert manifest["task"]["seed"] == 3 and manifest["task"]["images_per_persona"] == 4
        assert manifest["counts"] == {"personas": 3, "images": 12}
        listed = {f["path"] for f in manifest["files"]}
        assert listed == names - {"manifest.json"}
        for f in manifest["files"]:
            assert hashlib.sha256(zf.read(f["path"])).hexdigest() == f["sha256"]
            assert f["bytes"] == zf.getinfo(f["path"]).file_size
        # streamed from the sink's temporary file, yet byte for byte what json.dumps writes
        raw = zf.read("manifest.json").decode()
        assert raw == json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
        card = zf.read("README.md").decode()
        assert "synthetic" in card.lower() and "Quality report" in card
        assert "| x | 160 |" in card


def test_folder_export_matches_zip(app, done_task, tmp_path):
    with app.app_context():
        task = _task(done_task)
        export_task(task, "folder", tmp_path / "folder")
        export_task(task, "zip", tmp_path / "ds.zip")
        with pytest.raises(ExportError, match="not empty"):
            export_task(task, "folder", tmp_path / "folder")
    files = {
        p.relative_to(tmp_path / "folder").as_posix()
        for p in (tmp_path / "folder").rglob("*")
        if p.is_file()
    }
    with zipfile.ZipFile(tmp_path / "ds.zip") as zf:
        assert files == set(zf.namelist())
        assert (tmp_path / "folder" / "personas.jsonl").read_bytes() == zf.read("personas.jsonl")


def test_json_jsonl_csv_files(app, done_task, tmp_path):
    with app.app_context():
        task = _task(done_task)
        for fmt in ("json", "jsonl", "csv"):
            export_task(task, fmt, tmp_path / f"out.{fmt}")
    data = json.loads((tmp_path / "out.json").read_text())
    assert [r["index"] for r in data] == [0, 1, 2]
    lines = (tmp_path / "out.jsonl").read_text().splitlines()
    assert [json.loads(x) for x in lines] == data
    assert len(list(csv.reader(io.StringIO((tmp_path / "out.csv").read_text())))) == 4


def test_export_errors_leave_nothing_behind(app, done_task, tmp_path):
    with app.app_context():
        task = _task(done_task)
        with pytest.raises(ExportError, match="unknown export format"):
            export_task(task, "xml", tmp_path / "x.xml")
        with pytest.raises(ExportError, match="does not exist"):
            export_task(task, "zip", tmp_path / "missing" / "x.zip")
    assert not list(tmp_path.glob("x.*")) and not list(tmp_path.rglob("*.partial"))


def test_quality_report_is_kept_on_completed_task(app, done_task):
    from avatargen.exports.writer import task_report

    with app.app_context():
        task = _task(done_task)
        stored = task.report
        assert stored is not None  # written by the completion driver, not by a read
        report = task_report(task)
        assert report == stored
        assert report["personas"] == 3 and report["names"]["duplicates"] == 0
        assert all(b["within_limit_share"] == 1.0 for b in report["bios"].values())
        assert db.session.get(GenerationTask, done_task).report == report
