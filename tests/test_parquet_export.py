"""Parquet export in the Hugging Face datasets layout, read back by datasets and pandas."""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile

# datasets reads these when imported: never ask the Hub for anything.
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import pyarrow.parquet as pq
import pytest
import yaml
from PIL import Image

from avatargen.cli import main
from avatargen.exports import parquet as parquet_module
from avatargen.persona_record import RECORD_FIELDS

COUNT = 5


@pytest.fixture
def exported(app, runner, tmp_path):
    """A generated task exported as the file layout (the reference) and as Parquet."""
    r = runner.invoke(
        main,
        ["generate", "--description", "bakers in Lyon who cycle", "--count", str(COUNT),
         "--images-per-persona", "4", "--language", "fr", "--seed", "5",
         "--out", str(tmp_path / "layout")],
        catch_exceptions=False,
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    task_id = r.output.split("Task ")[1].split()[0]
    for args in (["--out", "pq"], ["--images", "referenced", "--out", "pqref"]):
        args[-1] = str(tmp_path / args[-1])
        r = runner.invoke(main, ["export", task_id, "--format", "parquet", *args])
        assert r.exit_code == 0, r.output
    return tmp_path, task_id


def _layout_records(root):
    return [json.loads(line) for line in (root / "personas.jsonl").read_text().splitlines()]


def test_embedded_parquet_loads_in_datasets_and_pandas_with_the_same_records(exported):
    import datasets
    import pandas as pd

    root, _task_id = exported
    expected = _layout_records(root / "layout")
    files = sorted(p.name for p in (root / "pq" / "data").iterdir())
    assert files == ["train-00000-of-00001.parquet"]

    df = pd.read_parquet(root / "pq" / "data")
    assert list(df.columns) == list(RECORD_FIELDS) and len(df) == COUNT

    ds = datasets.load_dataset(
        "parquet",
        data_files=str(root / "pq" / "data" / "*.parquet"),
        split="train",
        cache_dir=str(root / "hf-cache"),
    )
    assert isinstance(ds.features["images"].feature, datasets.Image)
    for row, want in zip(ds, expected, strict=True):
        images = row.pop("images")
        assert row == {k: v for k, v in want.items() if k != "images"}
        assert [im.size for im in images] == [(512, 512)] * 4
    # the embedded bytes are the export's PNG files, byte for byte
    table = pq.read_table(root / "pq" / "data" / files[0], columns=["id", "images"])
    for pid, items in zip(table["id"].to_pylist(), table["images"].to_pylist(), strict=True):
        for item in items:
            assert item["path"].startswith(f"images/{pid}/")
            assert item["bytes"] == (root / "layout" / item["path"]).read_bytes()
            Image.open(io.BytesIO(item["bytes"])).verify()

    # the card's YAML header tells datasets where the data is: the folder loads by itself
    ds2 = datasets.load_dataset(str(root / "pq"), split="train", cache_dir=str(root / "hf2"))
    assert len(ds2) == COUNT


def test_card_has_a_hugging_face_yaml_header_and_the_manifest_lists_the_shards(exported):
    root, task_id = exported
    card = (root / "pq" / "README.md").read_text()
    assert card.startswith("---\n")
    header = yaml.safe_load(card.split("---\n")[1])
    assert header["language"] == ["fr"] and "synthetic" in header["tags"]
    assert header["size_categories"] == ["n<1K"]
    assert header["configs"][0]["data_files"][0]["path"] == "data/train-*.parquet"
    assert f"# Synthetic persona dataset {task_id}" in card
    manifest = json.loads((root / "pq" / "manifest.json").read_text())
    listed = {f["path"]: f["sha256"] for f in manifest["files"]}
    shard = "data/train-00000-of-00001.parquet"
    assert listed[shard] == hashlib.sha256((root / "pq" / shard).read_bytes()).hexdigest()
    assert manifest["counts"] == {"personas": COUNT, "images": COUNT * 4}
    layout_card = (root / "layout" / "README.md").read_text()
    assert (
        yaml.safe_load(layout_card.split("---\n")[1])["configs"][0]["data_files"][0]["path"]
        == "personas.jsonl"
    )


def test_referenced_images_are_paths_to_files_beside_the_data(exported):
    import pandas as pd

    root, _ = exported
    df = pd.read_parquet(root / "pqref" / "data")
    for paths in df["images"]:
        assert len(paths) == 4
        for path in paths:
            assert (root / "pqref" / path).read_bytes() == (root / "layout" / path).read_bytes()


def test_verify_checks_the_images_inside_parquet_files(exported, runner):
    root, _ = exported
    r = runner.invoke(main, ["verify", str(root / "pq")])
    assert r.exit_code == 0, r.output
    assert f"{COUNT * 4} images, {COUNT * 4} labelled" in r.output

    # Swap one embedded image for an unlabelled PNG and fix up the manifest's sha256: the
    # file hash then passes, and only reading the images inside finds it.
    shard = root / "pq" / "data" / "train-00000-of-00001.parquet"
    table = pq.read_table(shard)
    images = table["images"].to_pylist()
    buf = io.BytesIO()
    Image.new("RGB", (512, 512), "white").save(buf, format="PNG")
    images[0][0]["bytes"] = buf.getvalue()
    import pyarrow as pa

    col = table.schema.get_field_index("images")
    table = table.set_column(col, table.schema.field(col), pa.array(images, table.schema[col].type))
    pq.write_table(table, shard)
    manifest_path = root / "pq" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    for f in manifest["files"]:
        if f["path"].endswith(".parquet"):
            f["sha256"] = hashlib.sha256(shard.read_bytes()).hexdigest()
    manifest_path.write_text(json.dumps(manifest))
    r = runner.invoke(main, ["verify", str(root / "pq")])
    assert r.exit_code != 0 and "1 unlabelled" in r.output, r.output


def test_big_sets_are_cut_into_shards_in_order(exported, runner, monkeypatch):
    import pandas as pd

    root, task_id = exported
    monkeypatch.setattr(parquet_module, "SHARD_BYTES", 2 * 4 * parquet_module.EST_IMAGE_BYTES)
    out = root / "sharded.zip"
    r = runner.invoke(main, ["export", task_id, "--format", "parquet", "--out", str(out)])
    assert r.exit_code == 0, r.output
    with zipfile.ZipFile(out) as zf:
        shards = sorted(n for n in zf.namelist() if n.startswith("data/"))
        assert shards == [f"data/train-{i:05d}-of-00003.parquet" for i in range(3)]
        assert all(zf.getinfo(n).compress_type == zipfile.ZIP_STORED for n in shards)
        frames = [pd.read_parquet(io.BytesIO(zf.read(n))) for n in shards]
    assert [len(f) for f in frames] == [2, 2, 1]
    assert list(pd.concat(frames)["index"]) == list(range(COUNT))


def test_images_option_is_only_for_parquet(exported, runner):
    root, task_id = exported
    r = runner.invoke(
        main, ["export", task_id, "--format", "zip", "--images", "referenced", "--out", "x.zip"]
    )
    assert r.exit_code == 2 and "--images applies to --format parquet only" in r.output
