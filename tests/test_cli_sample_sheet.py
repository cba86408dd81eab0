"""``avatargen sample-sheet``: a contact sheet of offline portraits through the CLI runner."""

from __future__ import annotations

from PIL import Image

from avatargen.cli import main
from avatargen.providers.offline_image.sheet import CAPTION, TILE


def test_sample_sheet_writes_a_grid(runner, tmp_path):
    out = tmp_path / "sheet.png"
    args = ["sample-sheet", "--out", str(out), "--count", "3", "--seed", "5"]
    result = runner.invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Wrote 3 personas" in result.output
    with Image.open(out) as img:
        assert img.format == "PNG"
        # 8 columns, one row of tiles, a caption line under it and the synthetic label
        assert img.size == (8 * TILE, TILE + 2 * CAPTION)
    again = tmp_path / "again.png"
    runner.invoke(main, [*args[:2], str(again), *args[3:]], catch_exceptions=False)
    assert again.read_bytes() == out.read_bytes()  # same seed, same sheet


def test_sample_sheet_one_row_per_persona(runner, tmp_path):
    out = tmp_path / "rows.png"
    args = ["sample-sheet", "--out", str(out), "--count", "2", "--per-persona", "3"]
    result = runner.invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    with Image.open(out) as img:
        assert img.size == (3 * TILE, 2 * (TILE + CAPTION) + CAPTION)


def test_sample_sheet_bad_input_exits_2(runner, tmp_path):
    result = runner.invoke(main, ["sample-sheet", "--out", str(tmp_path / "x.jpg")])
    assert result.exit_code == 2
    assert "--out must be a .png file" in result.output
    result = runner.invoke(main, ["sample-sheet", "--out", str(tmp_path / "x.png"), "--count", "0"])
    assert result.exit_code == 2
