"""Removing every foreign metadata chunk from a PNG or JPEG before our provenance is added.

Providers hand back files that say more than the pixels: ComfyUI's PNGs carry the whole
filled workflow (prompt, seed, uploaded file and model names) in ``tEXt`` chunks, camera
JPEGs carry EXIF, XMP, IPTC and comments, model services attach their own C2PA stores.
:func:`strip_foreign` keeps only what a decoder needs to show the image as the provider
meant it (pixel data, palette, transparency, colour space and pixel aspect) and drops the
rest; :func:`avatargen.provenance.embed` then writes our XMP (and C2PA manifest).

Container bytes only: the encoded pixel data is copied through unchanged. The one
exception is an EXIF ``Orientation`` other than "normal": the tag that says how to turn
the pixels goes with the EXIF block, so the image is re-encoded upright instead (PNG stays
lossless; JPEG keeps its own quantisation tables and chroma subsampling).
"""

from __future__ import annotations

import io
import struct

from avatargen import provenance

# PNG chunks a viewer needs to render the image as intended: critical chunks, transparency,
# colour space (gamma, chromaticities, ICC, sRGB intent, coding-independent code points,
# HDR mastering and light levels), significant bits, background, pixel aspect, and the
# animation chunks (frames are image data). Everything else ancillary is dropped:
# tEXt/zTXt/iTXt (ComfyUI's prompt/workflow, any XMP), eXIf, tIME, caBX (C2PA), hIST,
# sPLT, oFFs, pCAL, sCAL and private chunks.
PNG_KEEP = frozenset(
    {
        b"IHDR",
        b"PLTE",
        b"IDAT",
        b"IEND",
        b"tRNS",
        b"cHRM",
        b"gAMA",
        b"iCCP",
        b"sBIT",
        b"sRGB",
        b"cICP",
        b"mDCV",
        b"cLLI",
        b"bKGD",
        b"pHYs",
        b"acTL",
        b"fcTL",
        b"fdAT",
    }
)

# JPEG markers kept: frame headers (SOF0-15 but DHT/JPG/DAC), tables (DHT, DAC, DQT),
# restart interval, number of lines, scans, restart markers, end of image. APP0 keeps
# only its JFIF header (without a thumbnail), APP2 only an ICC profile, APP14 only the
# Adobe colour-transform flag. Dropped: APP1 (EXIF, XMP, extended XMP), APP2 MPF/FlashPix,
# APP3-13 (IPTC/Photoshop in APP13), APP11 (JUMBF/C2PA), APP15, COM, and anything after EOI
# (phones append second images there).
_JPEG_TABLES = {0xC4, 0xCC, 0xDB, 0xDD, 0xDC}
_SOF = {m for m in range(0xC0, 0xD0) if m not in (0xC4, 0xC8, 0xCC)}
_RST = set(range(0xD0, 0xD8))
_ORIENTATION = 0x0112


def strip_foreign(data: bytes) -> bytes:
    """``data`` (PNG or JPEG) without any metadata a provider or camera put there;
    ValueError for other formats or a truncated container."""
    if data.startswith(provenance.PNG_SIGNATURE):
        if _png_rotated(data):
            data = _reencode_upright(data)
        return _strip_png(data)
    if data.startswith(b"\xff\xd8"):
        if _jpeg_rotated(data):
            data = _reencode_upright(data)
        return _strip_jpeg(data)
    raise ValueError("only PNG and JPEG data can be stripped of metadata")


def png_chunk_types(data: bytes) -> list[str]:
    """The chunk types of a PNG in file order, e.g. ``["IHDR", "tEXt", "IDAT", "IEND"]``."""
    return [ctype.decode("latin-1") for _s, _e, ctype, _b in provenance._png_chunks(data)]


def jpeg_segment_names(data: bytes) -> list[str]:
    """The marker segments of a JPEG in file order (``APP1:Exif``, ``COM``, ``SOS`` ...)."""
    return [name for name, _piece in _jpeg_pieces(data)]


# --------------------------------------------------------------------------- PNG


def _strip_png(data: bytes) -> bytes:
    kept = [provenance.PNG_SIGNATURE]
    for start, end, ctype, _body in provenance._png_chunks(data):
        critical = not ctype[0] & 0x20  # an unknown critical chunk is needed to decode
        if ctype in PNG_KEEP or critical:
            kept.append(data[start:end])
    return b"".join(kept)


def _png_rotated(data: bytes) -> bool:
    if not any(ctype == b"eXIf" for _s, _e, ctype, _b in provenance._png_chunks(data)):
        return False
    return _orientation(data) not in (None, 1)


# --------------------------------------------------------------------------- JPEG


def _segment_name(marker: int, body: bytes) -> str:
    if 0xE0 <= marker <= 0xEF:
        tag = body.split(b"\x00", 1)[0][:32].decode("latin-1", "replace")
        return f"APP{marker - 0xE0}:{tag}" if tag else f"APP{marker - 0xE0}"
    names = {0xFE: "COM", 0xDA: "SOS", 0xD9: "EOI", 0xD8: "SOI", 0xDB: "DQT", 0xC4: "DHT"}
    names.update({0xDD: "DRI", 0xCC: "DAC", 0xDC: "DNL"})
    if marker in _SOF:
        return f"SOF{marker - 0xC0}"
    return names.get(marker, f"0x{marker:02X}")


def _jpeg_pieces(data: bytes):
    """Yield (name, bytes) for every part of a JPEG: SOI, each marker segment with its
    header, each scan's entropy-coded data (named ``SOS``, restart markers included), EOI,
    and whatever trails EOI (``trailer``). Raises ValueError on a truncated file."""
    if not data.startswith(b"\xff\xd8"):
        raise ValueError("not a JPEG")
    yield "SOI", data[:2]
    pos, n = 2, len(data)
    while pos < n:
        if data[pos] != 0xFF:
            raise ValueError("malformed JPEG: expected a marker")
        while pos < n and data[pos] == 0xFF:  # fill bytes
            pos += 1
        if pos >= n:
            raise ValueError("truncated JPEG")
        marker, start = data[pos], pos - 1
        pos += 1
        if marker == 0xD9:
            yield "EOI", b"\xff\xd9"
            if pos < n:
                yield "trailer", data[pos:]
            return
        if marker in _RST or marker == 0x01:
            yield _segment_name(marker, b""), data[start:pos]
            continue
        if pos + 2 > n:
            raise ValueError("truncated JPEG segment")
        (length,) = struct.unpack(">H", data[pos : pos + 2])
        end = pos + length
        if length < 2 or end > n:
            raise ValueError("truncated JPEG segment")
        body = data[pos + 2 : end]
        if marker != 0xDA:
            yield _segment_name(marker, body), data[start:end]
            pos = end
            continue
        # Start of scan: the entropy-coded data runs to the next marker that is neither a
        # stuffed 0xFF00 nor a restart marker.
        scan_end = end
        while True:
            scan_end = data.find(b"\xff", scan_end)
            if scan_end < 0 or scan_end + 1 >= n:
                raise ValueError("truncated JPEG scan")
            following = data[scan_end + 1]
            if following == 0x00 or following in _RST or following == 0xFF:
                scan_end += 1 if following == 0xFF else 2
                continue
            break
        yield "SOS", data[start:scan_end]
        pos = scan_end
    raise ValueError("truncated JPEG: no end of image")


def _strip_jpeg(data: bytes) -> bytes:
    kept = []
    for name, piece in _jpeg_pieces(data):
        if name == "trailer":
            continue
        marker = piece[1] if len(piece) > 1 else 0
        if name.startswith("APP"):
            body = piece[4:]
            if marker == 0xE0 and body.startswith(b"JFIF\x00") and len(body) >= 14:
                # version, units, densities; thumbnail size zeroed (and its pixels left out)
                payload = body[:12] + b"\x00\x00"
                kept.append(b"\xff\xe0" + struct.pack(">H", len(payload) + 2) + payload)
            elif (marker == 0xE2 and body.startswith(b"ICC_PROFILE\x00")) or (
                marker == 0xEE and body.startswith(b"Adobe")
            ):
                kept.append(piece)
            continue
        if name in ("SOI", "EOI", "SOS") or marker in _SOF | _JPEG_TABLES | _RST:
            kept.append(piece)
    return b"".join(kept)


def _jpeg_rotated(data: bytes) -> bool:
    for name, _piece in _jpeg_pieces(data):
        if name == "APP1:Exif":
            return _orientation(data) not in (None, 1)
        if name == "SOS":
            break
    return False


# --------------------------------------------------------------------------- orientation


def _orientation(data: bytes) -> int | None:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()  # a PNG's eXIf may follow the image data
            return img.getexif().get(_ORIENTATION)
    except (OSError, ValueError, SyntaxError):
        return None


def _reencode_upright(data: bytes) -> bytes:
    """The image turned as its EXIF Orientation says, encoded again in its own format."""
    from PIL import Image, ImageOps, JpegImagePlugin

    with Image.open(io.BytesIO(data)) as img:
        img.load()
        upright = ImageOps.exif_transpose(img)
        buf = io.BytesIO()
        icc = img.info.get("icc_profile")
        extra = {"icc_profile": icc} if icc else {}
        if img.format == "JPEG":
            upright.save(
                buf,
                "JPEG",
                qtables=img.quantization,
                subsampling=JpegImagePlugin.get_sampling(img),
                **extra,
            )
        else:
            upright.save(buf, "PNG", **extra)
    return buf.getvalue()
