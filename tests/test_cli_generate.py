"""``avatargen generate`` and ``avatargen export`` through the CLI runner."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import zipfile

import pytest
from PIL import Image

from avatargen.cli import main
from avatargen.providers.base import ALGORITHMIC_MEDIA, DEFAULT_BIO_LIMITS

ACCEPTANCE = [
    "generate", "--description", "nurses in Manila who hike", "--count", "20",
    "--images-per-persona", "4", "--language", "es", "--seed", "7",
]  # fmt: skip


def _generate(runner, out, *extra):
    return runner.invoke(main, [*ACCEPTANCE, *extra, "--out", str(out)], catch_exceptions=False)


def _read_zip(path):
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


@pytest.fixture
def two_runs(app, runner, tmp_path):
    first = _generate(runner, tmp_path / "ds.zip")
    assert first.exit_code == 0, first.output
    second = _generate(runner, tmp_path / "again.zip")
    assert second.exit_code == 0, second.output
    return _read_zip(tmp_path / "ds.zip"), _read_zip(tmp_path / "again.zip"), tmp_path


def test_acceptance_export_is_valid(two_runs):
    files, _, tmp_path = two_runs
    records = [json.loads(line) for line in files["personas.jsonl"].splitlines()]
    assert len(records) == 20
    pngs = [n for n in files if n.startswith("images/") and n.endswith(".png")]
    assert len(pngs) == 80
    for r in records:
        assert r["language"] == "es" and r["synthetic"] is True
        for platform, text in r["bios"].items():
            assert 0 < len(text) <= DEFAULT_BIO_LIMITS[platform]
    manifest = json.loads(files["manifest.json"])
    for f in manifest["files"]:
        assert hashlib.sha256(files[f["path"]]).hexdigest() == f["sha256"]
    report = manifest["quality"]
    assert report["language"]["about_share"] >= 0.9  # Spanish, by an independent detector


def test_exiftool_reads_provenance_on_every_image(two_runs):
    files, _, tmp_path = two_runs
    exiftool = shutil.which("exiftool")
    assert exiftool, "ExifTool is required: apt-get install libimage-exiftool-perl"
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(tmp_path / "ds.zip") as zf:
        zf.extractall(folder)
    out = subprocess.run(
        [exiftool, "-j", "-r", "-ext", "png", "-XMP-iptcExt:DigitalSourceType", str(folder)],
        capture_output=True,
        text=True,
        check=True,
    )
    tags = json.loads(out.stdout)
    assert len(tags) == 80
    assert all(t.get("DigitalSourceType") == ALGORITHMIC_MEDIA for t in tags), tags[:2]


def _strip_ids(record):
    r = dict(record)
    for key in ("id", "task_id", "images"):
        r.pop(key)
    return r


def test_same_seed_same_records_and_pixels(two_runs):
    first, second, _ = two_runs
    a = [json.loads(x) for x in first["personas.jsonl"].splitlines()]
    b = [json.loads(x) for x in second["personas.jsonl"].splitlines()]
    assert [_strip_ids(r) for r in a] == [_strip_ids(r) for r in b]
    for ra, rb in zip(a, b, strict=True):
        for pa, pb in zip(ra["images"], rb["images"], strict=True):
            ia = Image.open(io.BytesIO(first[pa]))
            ib = Image.open(io.BytesIO(second[pb]))
            assert ia.size == ib.size == (512, 512)
            assert ia.tobytes() == ib.tobytes()


def test_generate_to_a_folder_then_export_cli(app, runner, tmp_path):
    out = tmp_path / "folder"
    r = runner.invoke(
        main,
        [
            "generate",
            "--description",
            "gamers",
            "--count",
            "2",
            "--images-per-persona",
            "4",
            "--language",
            "en",
            "--out",
            str(out),
        ],
    )
    assert r.exit_code == 0, r.output
    assert (out / "manifest.json").exists() and (out / "README.md").exists()
    task_id = r.output.split("Task ")[1].split()[0]
    r = runner.invoke(
        main, ["export", task_id, "--format", "jsonl", "--out", str(tmp_path / "p.jsonl")]
    )
    assert r.exit_code == 0, r.output
    assert len((tmp_path / "p.jsonl").read_text().splitlines()) == 2
    r = runner.invoke(
        main, ["export", "nope1234", "--format", "csv", "--out", str(tmp_path / "p.csv")]
    )
    assert r.exit_code == 2 and "no task with id 'nope1234'" in r.output


@pytest.mark.parametrize(
    "args,message",
    [
        (["--count", "0"], "--count: must be from 1 to 10,000"),
        (["--count", "10001"], "--count: must be from 1 to 10,000"),
        (["--images-per-persona", "5"], "--images-per-persona: must be 4 or 8"),
        (["--language", "xx"], "--language: unknown language"),
        (["--language", "th"], "--language:"),
        (["--age-min", "60", "--age-max", "20"], "age_min"),
        (["--country", "ZZ"], "ZZ"),
        (["--text-provider", "gpt-magic"], "--text-provider: unknown text provider"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(app, runner, tmp_path, args, message):
    base = {"--description": "x", "--count": "2", "--images-per-persona": "4", "--language": "en"}
    for flag, value in zip(args[::2], args[1::2], strict=True):
        base[flag] = value
    argv = ["generate", *[x for kv in base.items() for x in kv], "--out", str(tmp_path / "o.zip")]
    r = runner.invoke(main, argv)
    lines = [line for line in r.output.splitlines() if line.strip()]
    assert r.exit_code == 2, r.output
    assert len(lines) == 1 and message in lines[0], r.output
    assert not (tmp_path / "o.zip").exists()


def test_out_path_problems_exit_2(app, runner, tmp_path):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("keep me")
    for out, message in (
        (tmp_path / "nowhere" / "a.zip", "does not exist"),
        (tmp_path / "full", "not an empty folder"),
    ):
        r = runner.invoke(
            main,
            [
                "generate",
                "--description",
                "x",
                "--count",
                "1",
                "--images-per-persona",
                "4",
                "--language",
                "en",
                "--out",
                str(out),
            ],
        )
        assert r.exit_code == 2 and message in r.output
    assert (tmp_path / "full" / "x").read_text() == "keep me"


def test_failed_task_exits_1_with_reason(app, runner, tmp_path):
    r = runner.invoke(
        main,
        [
            "generate",
            "--description",
            "x",
            "--count",
            "2",
            "--images-per-persona",
            "4",
            "--language",
            "en",
            "--text-provider",
            "test-broken",
            "--out",
            str(tmp_path / "o.zip"),
        ],
    )
    assert r.exit_code == 1
    assert "failed" in r.output and "no persona could be generated" in r.output
