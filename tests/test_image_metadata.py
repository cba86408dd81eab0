"""Foreign metadata is stripped from every image before our provenance goes in.

Measured on a real ComfyUI PNG (``tests/data/comfyui-0.3.64-saveimage.png``: saved by
ComfyUI 0.3.64's SaveImage from a model-free core-node workflow, with the ``prompt`` and
``workflow`` tEXt chunks ComfyUI writes) and on JPEGs carrying EXIF, GPS, XMP, IPTC and
comments; ExifTool, a reader this project did not write, checks what is left.
"""

from __future__ import annotations

import io
import json
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageCms, PngImagePlugin

from avatargen import image_metadata, provenance
from avatargen.providers.base import TRAINED_ALGORITHMIC_MEDIA
from avatargen.providers.images import to_png

DATA = Path(__file__).parent / "data"
COMFY_PNG = DATA / "comfyui-0.3.64-saveimage.png"
FIELDS = {
    "source_type": TRAINED_ALGORITHMIC_MEDIA,
    "task_id": "abc123def456",
    "persona_id": "0b8f3c8e-5a7e-4c1e-9f6d-2f1d7f3f9a10",
    "position": 1,
    "provider": "comfyui",
}
# ExifTool groups (-G0) a labelled image may show: the file itself, the PNG/JPEG header
# fields, the JFIF header, an ICC profile, and our XMP.
ALLOWED_GROUPS = {"ExifTool", "File", "System", "PNG", "JFIF", "ICC_Profile", "XMP", "Composite"}


@pytest.fixture(scope="module")
def exiftool() -> str:
    path = shutil.which("exiftool")
    if path is None:
        pytest.fail(
            "exiftool is not installed; metadata must be checked by an independent reader. "
            "Install it with: apt-get install -y libimage-exiftool-perl"
        )
    return path


def _tags(exiftool: str, data: bytes, tmp_path, name: str) -> dict:
    path = tmp_path / name
    path.write_bytes(data)
    out = subprocess.run(
        [exiftool, "-j", "-a", "-G0:1", "-b", str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return json.loads(out.stdout)[0]


def _groups(tags: dict) -> set[str]:
    return {key.split(":")[0].split("-")[0] for key in tags if ":" in key}


def _pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as img:
        return img.convert("RGBA").tobytes()


def _chunk(ctype: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body))


def _insert_after_ihdr(png: bytes, *chunks: bytes) -> bytes:
    ihdr_end = 8 + 12 + 13
    return png[:ihdr_end] + b"".join(chunks) + png[ihdr_end:]


def _idat(data: bytes) -> bytes:
    return b"".join(b for _s, _e, t, b in provenance._png_chunks(data) if t == b"IDAT")


def _scans(data: bytes) -> list[bytes]:
    return [p for n, p in image_metadata._jpeg_pieces(data) if n == "SOS"]


# --------------------------------------------------------------------------- PNG


def test_real_comfyui_png_keeps_no_comfyui_chunk(exiftool, tmp_path):
    original = COMFY_PNG.read_bytes()
    assert image_metadata.png_chunk_types(original) == ["IHDR", "tEXt", "tEXt", "IDAT", "IEND"]
    before = _tags(exiftool, original, tmp_path, "before.png")
    assert "PrimitiveStringMultiline" in before["PNG:Prompt"]  # the filled workflow
    assert "fictional 34-year-old nurse" in before["PNG:Prompt"]  # the prompt text
    assert "PNG:Workflow" in before

    labelled = provenance.embed(original, **FIELDS)
    assert image_metadata.png_chunk_types(labelled) == ["IHDR", "iTXt", "IDAT", "IEND"]
    after = _tags(exiftool, labelled, tmp_path, "after.png")
    assert not any(k.endswith((":Prompt", ":Workflow")) for k in after), after
    assert _groups(after) <= ALLOWED_GROUPS, _groups(after)
    assert after["XMP:XMP-avatargen:Provider"] == "comfyui"
    assert b"PrimitiveStringMultiline" not in labelled and b"nurse" not in labelled
    # container bytes only: the compressed pixel data is the same, so are the pixels
    assert _idat(labelled) == _idat(original)
    assert _pixels(labelled) == _pixels(original)


def _png_full_of_metadata() -> bytes:
    img = Image.new("RGBA", (40, 24))
    img.putdata([((x * 13) % 256, (y * 29) % 256, 90, 200) for y in range(24) for x in range(40)])
    info = PngImagePlugin.PngInfo()
    info.add_text("prompt", '{"3": {"class_type": "KSampler"}}')
    info.add_text("parameters", "Steps: 30, Model: secret-lora", zip=True)  # zTXt
    info.add_itxt("Description", "someone's caption", lang="en")
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"  # Make
    exif[0x0112] = 1  # Orientation: normal
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buf = io.BytesIO()
    img.save(buf, "PNG", pnginfo=info, exif=exif.tobytes(), icc_profile=icc, dpi=(72, 72))
    foreign_xmp = b"XML:com.adobe.xmp\x00\x00\x00\x00\x00<x:xmpmeta>theirs</x:xmpmeta>"
    return _insert_after_ihdr(
        buf.getvalue(),
        _chunk(b"gAMA", struct.pack(">I", 45455)),
        _chunk(b"tIME", b"\x07\xea\x0c\x02\x01\x02\x03"),
        _chunk(b"iTXt", foreign_xmp),
        _chunk(b"prVW", b"private preview"),  # a private ancillary chunk
        _chunk(b"caBX", b"\x00\x00\x00\x08jumb"),  # someone's C2PA store
    )


def test_png_keeps_only_rendering_chunks_and_our_xmp(exiftool, tmp_path):
    original = _png_full_of_metadata()
    types = image_metadata.png_chunk_types(original)
    for foreign in ("tEXt", "zTXt", "iTXt", "eXIf", "tIME", "prVW", "caBX"):
        assert foreign in types
    labelled = provenance.embed(original, **FIELDS)
    assert image_metadata.png_chunk_types(labelled) == [
        "IHDR",
        "iTXt",
        "gAMA",
        "iCCP",
        "pHYs",
        "IDAT",
        "IEND",
    ]
    tags = _tags(exiftool, labelled, tmp_path, "labelled.png")
    assert _groups(tags) <= ALLOWED_GROUPS, _groups(tags)
    text = json.dumps(tags)
    for leaked in ("KSampler", "secret-lora", "someone's caption", "CameraMaker", "theirs"):
        assert leaked not in text
    assert not any(k.startswith(("EXIF:", "C2PA", "JUMBF")) for k in tags)
    assert provenance.read(labelled)["persona_id"] == FIELDS["persona_id"]
    assert _idat(labelled) == _idat(original)
    assert _pixels(labelled) == _pixels(original)


def test_png_with_a_turning_exif_orientation_is_stored_upright():
    img = Image.new("RGB", (30, 20), (200, 40, 40))
    img.paste((20, 20, 220), (0, 0, 10, 20))  # a blue band on the left
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90 CW to display
    buf = io.BytesIO()
    img.save(buf, "PNG", exif=exif.tobytes())
    shown = img.transpose(Image.Transpose.ROTATE_270)  # what a viewer shows
    labelled = provenance.embed(buf.getvalue(), **FIELDS)
    assert image_metadata.png_chunk_types(labelled) == ["IHDR", "iTXt", "IDAT", "IEND"]
    with Image.open(io.BytesIO(labelled)) as out:
        assert out.size == (20, 30)
        assert out.convert("RGB").tobytes() == shown.tobytes()  # PNG stays lossless


def test_png_keeps_transparency_palette_and_animation_chunks():
    frames = [Image.new("P", (8, 8), i) for i in range(2)]
    for frame in frames:
        frame.putpalette([0, 0, 0, 255, 0, 0, 0, 255, 0] + [0] * 759)
        frame.info["transparency"] = 0
    buf = io.BytesIO()
    frames[0].save(buf, "PNG", save_all=True, append_images=frames[1:], duration=100)
    original = buf.getvalue()
    stripped = image_metadata.strip_foreign(original)
    assert image_metadata.png_chunk_types(stripped) == image_metadata.png_chunk_types(original)
    assert {"PLTE", "tRNS", "acTL", "fcTL", "fdAT"} <= set(image_metadata.png_chunk_types(stripped))


# --------------------------------------------------------------------------- JPEG


def _jpeg_full_of_metadata(exiftool: str, tmp_path, **save) -> bytes:
    img = Image.new("RGB", (48, 32))
    img.putdata(
        [((x * 37) % 256, (y * 53) % 256, (x * y) % 256) for y in range(32) for x in range(48)]
    )
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    path = tmp_path / "camera.jpg"
    img.save(path, "JPEG", quality=90, icc_profile=icc, comment=b"shot by someone", **save)
    # a camera's and a photo tool's metadata, written by ExifTool
    subprocess.run(
        [
            exiftool,
            "-q",
            "-overwrite_original",
            "-EXIF:Make=CameraMaker",
            "-EXIF:Model=Phone 12",
            "-EXIF:DateTimeOriginal=2024:05:01 10:00:00",
            "-GPSLatitude=38.7",
            "-GPSLatitudeRef=N",
            "-GPSLongitude=9.1",
            "-GPSLongitudeRef=W",
            "-XMP-dc:Creator=Some Photographer",
            "-IPTC:Keywords=holiday",
            "-Photoshop:CopyrightFlag=True",
            str(path),
        ],
        check=True,
        timeout=60,
    )
    return path.read_bytes() + b"\xff\xd8trailing second image\xff\xd9"  # as phones append


@pytest.mark.parametrize("progressive", [False, True])
def test_jpeg_keeps_only_image_segments_and_our_xmp(exiftool, tmp_path, progressive):
    original = _jpeg_full_of_metadata(exiftool, tmp_path, progressive=progressive)
    names = image_metadata.jpeg_segment_names(original)
    for foreign in ("APP1:Exif", "APP1:http://ns.adobe.com/xap/1.0/", "APP13:Photoshop 3.0"):
        assert foreign in names, names
    assert "COM" in names and "trailer" in names
    before = _tags(exiftool, original, tmp_path, "before.jpg")
    assert {"EXIF", "XMP", "IPTC", "Photoshop", "File"} <= _groups(before)

    labelled = provenance.embed(original, **FIELDS)
    names = image_metadata.jpeg_segment_names(labelled)
    xmp = "APP1:http://ns.adobe.com/xap/1.0/"
    assert names[:4] == ["SOI", "APP0:JFIF", xmp, "APP2:ICC_PROFILE"]
    assert names[-1] == "EOI"
    assert not any(n.startswith(("APP1:Exif", "APP13", "COM", "trailer", "APP11")) for n in names)
    assert set(names[4:-1]) <= {"DQT", "SOF0", "SOF2", "DHT", "SOS"}, names
    tags = _tags(exiftool, labelled, tmp_path, "after.jpg")
    assert _groups(tags) <= ALLOWED_GROUPS, _groups(tags)
    text = json.dumps(tags)
    for leaked in ("CameraMaker", "Phone 12", "Some Photographer", "holiday", "shot by someone"):
        assert leaked not in text
    assert not any("GPS" in key for key in tags)
    assert tags["XMP:XMP-avatargen:Provider"] == "comfyui"
    # the entropy-coded scans are copied byte for byte
    assert _scans(labelled) == _scans(original)
    assert _pixels(labelled) == _pixels(original)


def test_jpeg_with_a_turning_orientation_is_stored_upright(exiftool, tmp_path):
    img = Image.new("RGB", (32, 16), (200, 40, 40))
    img.paste((20, 20, 220), (0, 0, 8, 16))
    exif = Image.Exif()
    exif[0x0112] = 6
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=95, exif=exif.tobytes())
    labelled = provenance.embed(buf.getvalue(), **FIELDS)
    assert "APP1:Exif" not in image_metadata.jpeg_segment_names(labelled)
    with Image.open(io.BytesIO(labelled)) as out:
        assert out.size == (16, 32)
        assert out.getpixel((8, 2))[2] > 150  # the blue band is now on top
        assert out.getpixel((8, 28))[0] > 150
    tags = _tags(exiftool, labelled, tmp_path, "upright.jpg")
    assert "EXIF:IFD0:Orientation" not in tags


def test_jpeg_converted_to_png_by_a_provider_keeps_its_orientation():
    img = Image.new("RGB", (32, 16), (200, 40, 40))
    exif = Image.Exif()
    exif[0x0112] = 8  # rotate 90 CCW to display
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif.tobytes())
    image = to_png(buf.getvalue())
    assert (image.width, image.height) == (16, 32)
    assert Image.open(io.BytesIO(image.data)).size == (16, 32)


@pytest.mark.parametrize(
    "data",
    [b"GIF89a...", COMFY_PNG.read_bytes()[:40], b"\xff\xd8\xff\xe0\x00\x10JFIF"],
    ids=["gif", "truncated-png", "truncated-jpeg"],
)
def test_other_or_truncated_data_is_refused(data):
    with pytest.raises(ValueError):
        image_metadata.strip_foreign(data)
