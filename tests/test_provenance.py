"""Provenance XMP: written into PNG/JPEG containers without touching pixels, read back by
our parser and by ExifTool (a reader this project did not write)."""

from __future__ import annotations

import io
import json
import shutil
import struct
import subprocess
import zlib

import pytest
from PIL import Image

from avatargen import GENERATOR_NAME, __version__, provenance
from avatargen.providers.base import ALGORITHMIC_MEDIA, TRAINED_ALGORITHMIC_MEDIA

FIELDS = {
    "source_type": ALGORITHMIC_MEDIA,
    "task_id": "abc123def456",
    "persona_id": "0b8f3c8e-5a7e-4c1e-9f6d-2f1d7f3f9a10",
    "position": 3,
    "provider": "offline",
}
HOSTILE = {
    "task_id": '</avatargen:TaskId><evil attr="1">&amp;\'"',
    "persona_id": "]]><?xpacket end='w'?><!-- x --> & <rdf:li>",
    "provider": "<script>alert(1)</script>",
}


def _picture(mode: str = "RGB", size=(48, 32)) -> Image.Image:
    """A small image with varied pixels (so a changed decode would show)."""
    img = Image.new(mode, size)
    img.putdata(
        [
            ((x * 37) % 256, (y * 53) % 256, (x * y) % 256)
            for y in range(size[1])
            for x in range(size[0])
        ]
    )
    return img


def _encode(img: Image.Image, fmt: str) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, quality=90) if fmt == "JPEG" else img.save(buf, fmt)
    return buf.getvalue()


def _pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as img:
        return img.convert("RGB").tobytes()


@pytest.fixture(params=["PNG", "JPEG"])
def fmt(request) -> str:
    return request.param


def test_round_trip(fmt):
    original = _encode(_picture(), fmt)
    tagged = provenance.embed(original, **FIELDS)
    assert tagged != original
    info = provenance.read(tagged)
    assert info["digital_source_type"] == ALGORITHMIC_MEDIA
    assert info["task_id"] == FIELDS["task_id"]
    assert info["persona_id"] == FIELDS["persona_id"]
    assert info["position"] == 3
    assert info["provider"] == "offline"
    assert info["creator_tool"] == f"{GENERATOR_NAME} {__version__}"
    assert "synthetic" in info["description"].lower()
    assert "does not depict a real person" in info["description"]
    assert info["synthetic"] is True


def test_pixels_unchanged(fmt):
    original = _encode(_picture(size=(64, 40)), fmt)
    tagged = provenance.embed(original, **FIELDS)
    assert _pixels(tagged) == _pixels(original)
    with Image.open(io.BytesIO(tagged)) as img:
        assert img.format == fmt
        assert img.size == (64, 40)


def test_png_chunk_placement_and_crc():
    tagged = provenance.embed(_encode(_picture(), "PNG"), **FIELDS)
    chunks, pos = [], 8
    while pos < len(tagged):
        (length,) = struct.unpack(">I", tagged[pos : pos + 4])
        kind, body = tagged[pos + 4 : pos + 8], tagged[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", tagged[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + body), kind
        chunks.append((kind, body))
        pos += 12 + length
    assert [k for k, _ in chunks[:2]] == [b"IHDR", b"iTXt"]
    # keyword, NUL, uncompressed (flag 0, method 0), empty language and translated keyword
    assert chunks[1][1].startswith(b"XML:com.adobe.xmp\x00\x00\x00\x00\x00<?xpacket")
    assert chunks[-1][0] == b"IEND"


def test_jpeg_keeps_jfif_first():
    original = _encode(_picture(), "JPEG")
    assert original[2:4] == b"\xff\xe0"  # Pillow writes JFIF APP0
    tagged = provenance.embed(original, **FIELDS)
    assert tagged[:4] == b"\xff\xd8\xff\xe0"
    app0_end = 4 + struct.unpack(">H", tagged[4:6])[0]
    assert tagged[app0_end : app0_end + 2] == b"\xff\xe1"
    assert tagged[app0_end + 4 :].startswith(b"http://ns.adobe.com/xap/1.0/\x00")


def test_replacing_does_not_duplicate(fmt):
    once = provenance.embed(_encode(_picture(), fmt), **FIELDS)
    again = provenance.embed(
        once, **{**FIELDS, "position": 7, "source_type": TRAINED_ALGORITHMIC_MEDIA}
    )
    assert again.count(b"<x:xmpmeta") == 1
    marker = b"XML:com.adobe.xmp" if fmt == "PNG" else b"http://ns.adobe.com/xap/1.0/\x00"
    assert again.count(marker) == 1
    info = provenance.read(again)
    assert info["position"] == 7
    assert info["digital_source_type"] == TRAINED_ALGORITHMIC_MEDIA
    assert _pixels(again) == _pixels(once)


def test_hostile_ids_are_escaped(fmt):
    tagged = provenance.embed(_encode(_picture(), fmt), **{**FIELDS, **HOSTILE})
    info = provenance.read(tagged)
    for key, value in HOSTILE.items():
        assert info[key] == value
    assert b"<script>" not in tagged
    assert b"<evil" not in tagged


def test_characters_xml_cannot_carry_are_replaced():
    tagged = provenance.embed(
        _encode(_picture(), "PNG"), **{**FIELDS, "task_id": "a\x00b\x1bc\ud800d"}
    )
    assert provenance.read(tagged)["task_id"] == "a\ufffdb\ufffdc\ufffdd"


@pytest.mark.parametrize(
    "data",
    [b"", b"hello, world", b"GIF89a" + b"\x00" * 20, b"RIFF\x00\x00\x00\x00WEBPVP8 ", b"%PDF-1.7"],
)
def test_other_formats_are_refused(data):
    with pytest.raises(ValueError):
        provenance.embed(data, **FIELDS)
    assert provenance.read(data) == {}


def test_read_without_xmp_is_empty(fmt):
    assert provenance.read(_encode(_picture(), fmt)) == {}


def test_works_on_offline_provider_output():
    from avatargen.providers.base import Appearance, ImageSubject
    from avatargen.providers.offline_image import OfflineImageProvider

    appearance = Appearance(
        hair="short wavy black", eyes="brown", skin_tone="olive", build="average", style="casual"
    )
    subject = ImageSubject(
        persona_id="p", task_id="t", index=0, gender="female", age=30, appearance=appearance
    )
    image = OfflineImageProvider().base_portrait(subject, 256)
    tagged = provenance.embed(image.data, **FIELDS)
    assert _pixels(tagged) == _pixels(image.data)
    assert provenance.read(tagged)["persona_id"] == FIELDS["persona_id"]


# --------------------------------------------------------------------------- ExifTool


@pytest.fixture(scope="module")
def exiftool() -> str:
    path = shutil.which("exiftool")
    if path is None:
        pytest.fail(
            "exiftool is not installed; provenance must be checked by an independent reader. "
            "Install it with: apt-get install -y libimage-exiftool-perl"
        )
    return path


def _exiftool(exiftool: str, path, *args: str) -> dict:
    out = subprocess.run(
        [exiftool, "-j", *args, str(path)], capture_output=True, text=True, check=True, timeout=60
    )
    return json.loads(out.stdout)[0]


def test_exiftool_reads_provenance(fmt, exiftool, tmp_path):
    path = tmp_path / f"image.{fmt.lower()}"
    path.write_bytes(provenance.embed(_encode(_picture(), fmt), **{**FIELDS, **HOSTILE}))
    tags = _exiftool(exiftool, path, "-XMP:all")
    assert tags["DigitalSourceType"] == ALGORITHMIC_MEDIA
    assert "does not depict a real person" in tags["Description"]
    assert tags["CreatorTool"] == f"{GENERATOR_NAME} {__version__}"
    assert tags["TaskId"] == HOSTILE["task_id"]
    assert tags["PersonaId"] == HOSTILE["persona_id"]
    assert tags["Provider"] == HOSTILE["provider"]
    assert str(tags["Position"]) == "3"
    # nothing that would make it look like a camera photo
    everything = _exiftool(exiftool, path, "-a", "-G1")
    assert not any(k.startswith(("ExifIFD:", "GPS:", "IFD0:")) for k in everything)
    assert "Make" not in json.dumps(list(everything))


def test_exiftool_validates_png(exiftool, tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(provenance.embed(_encode(_picture(), "PNG"), **FIELDS))
    tags = _exiftool(exiftool, path, "-validate", "-warning", "-error", "-a")
    assert tags.get("Validate") == "OK", tags
