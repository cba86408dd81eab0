"""Fetching an imported persona's image (only with ``--fetch-images``).

``http(s)://`` URLs are fetched with a timeout and a size cap; ``file://`` URLs and plain
paths only inside ``--media-root`` (a relative path is taken from there); every other
scheme is refused. What comes back must decode as an image (PNG, JPEG, WebP, GIF, ...:
stored as PNG, as exports name every image ``<n>.png``); it is stored stripped of foreign
metadata and labelled with this app's provenance packet, like every image here.
"""

from __future__ import annotations

import hashlib
import io
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from avatargen import provenance
from avatargen.providers.base import TRAINED_ALGORITHMIC_MEDIA
from avatargen.storage import get_storage, image_key

if TYPE_CHECKING:
    from avatargen.models import GenerationTask, Persona
    from avatargen.services.import_original import FetchOptions

MAX_PIXELS = 40_000_000


class FetchError(ValueError):
    """The image could not be fetched (the message is the reason kept with its URL)."""


@dataclass
class FetchedImage:
    data: bytes
    width: int
    height: int
    ext: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def _read_http(url: str, opts: FetchOptions) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "avatargen-import"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=opts.timeout) as resp:  # noqa: S310
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > opts.max_bytes:
                raise FetchError(f"larger than the {opts.max_bytes:,}-byte cap")
            data = resp.read(opts.max_bytes + 1)
    except urllib.error.HTTPError as exc:
        raise FetchError(f"HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise FetchError(f"unreachable: {reason}") from None
    if len(data) > opts.max_bytes:
        raise FetchError(f"larger than the {opts.max_bytes:,}-byte cap")
    return data


def _read_local(path_text: str, opts: FetchOptions) -> bytes:
    if opts.media_root is None:
        raise FetchError("a local file: give --media-root to take files from a folder")
    root = opts.media_root.resolve()
    path = Path(path_text)
    path = (path if path.is_absolute() else root / path).resolve()
    if not path.is_relative_to(root):
        raise FetchError("outside --media-root")
    try:
        size = path.stat().st_size
        if size > opts.max_bytes:
            raise FetchError(f"larger than the {opts.max_bytes:,}-byte cap")
        return path.read_bytes()
    except OSError as exc:
        raise FetchError(f"cannot read the file: {exc.strerror or exc}") from None


def fetch(url: str, opts: FetchOptions) -> FetchedImage:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        data = _read_http(url, opts)
    elif scheme == "file":
        if parts.netloc not in ("", "localhost"):
            raise FetchError("a file:// URL of another host")
        data = _read_local(unquote(parts.path), opts)
    elif scheme == "":
        data = _read_local(url, opts)
    else:
        raise FetchError(f"a {scheme}: URL (only http, https and file are fetched)")
    return _decode(data)


def _decode(data: bytes) -> FetchedImage:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as img:
            width, height = img.size
            if width * height > MAX_PIXELS:
                raise FetchError(f"an image of {width}x{height} pixels (more than {MAX_PIXELS:,})")
            fmt = img.format
            img.load()
            if fmt == "PNG":
                return FetchedImage(data, width, height, "png")
            out = io.BytesIO()
            img.convert("RGBA" if "A" in img.getbands() else "RGB").save(out, format="PNG")
            return FetchedImage(out.getvalue(), width, height, "png")
    except FetchError:
        raise
    except Exception:
        raise FetchError("not an image this app can read") from None


def store(image: FetchedImage, task: GenerationTask, persona: Persona, position: int) -> str:
    """Label ``image`` and put it in storage; return its key (``image.data`` becomes the
    stored bytes)."""
    from avatargen.services.import_original.mapping import IMPORT_PROVIDER

    image.data = provenance.embed(
        image.data,
        source_type=TRAINED_ALGORITHMIC_MEDIA,
        task_id=task.task_id,
        persona_id=persona.id,
        position=position,
        provider=IMPORT_PROVIDER,
        sign=False,
    )
    key = image_key(task.task_id, persona.id, position, image.ext)
    get_storage().put(key, image.data)
    return key
