"""C2PA content credentials: signing with a chain made here (cryptography), validation by
c2pa-python's own Reader, ExifTool on signed files, configuration errors, and the
verdicts of `verify` on single images."""

from __future__ import annotations

import io
import json
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import c2pa
import pytest
from PIL import Image

from avatargen import GENERATOR_NAME, __version__, create_app, provenance
from avatargen.c2pa import devcert, signing
from avatargen.c2pa.verify import FileResult, check_image, verify_path
from avatargen.config import ConfigError
from avatargen.providers.base import ALGORITHMIC_MEDIA, TRAINED_ALGORITHMIC_MEDIA

FIELDS = {
    "source_type": ALGORITHMIC_MEDIA,
    "task_id": "abc123def456",
    "persona_id": "0b8f3c8e-5a7e-4c1e-9f6d-2f1d7f3f9a10",
    "position": 2,
    "provider": "offline",
}


@pytest.fixture(scope="module")
def chain_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("c2pa")
    return {k: str(v) for k, v in devcert.write_chain(folder).items()}


@pytest.fixture(scope="module")
def settings(chain_files):
    return signing.load_settings(
        chain_files["dev-signer-chain.pem"], chain_files["dev-signer-key.pem"]
    )


@pytest.fixture
def signing_on(settings):
    signing.configure(settings)
    yield settings
    signing.configure(None)


def picture(fmt: str = "PNG", size=(64, 48)) -> bytes:
    img = Image.new("RGB", size)
    w, h = size
    img.putdata(
        [((x * 37) % 256, (y * 53) % 256, (x * y) % 256) for y in range(h) for x in range(w)]
    )
    buf = io.BytesIO()
    img.save(buf, fmt)
    return buf.getvalue()


def mime(fmt: str) -> str:
    return "image/png" if fmt == "PNG" else "image/jpeg"


@pytest.fixture(params=["PNG", "JPEG"])
def fmt(request) -> str:
    return request.param


def read_manifest(data: bytes, fmt: str, anchors: str | None = None):
    ctx = None
    if anchors:
        ctx = c2pa.Context(c2pa.Settings.from_dict({"trust": {"trust_anchors": anchors}}))
    with c2pa.Reader(mime(fmt), io.BytesIO(data), None, ctx) as reader:
        return reader.get_validation_state(), reader.get_active_manifest()


# --------------------------------------------------------------------------- signing


def test_unsigned_when_nothing_is_configured(fmt):
    data = provenance.embed(picture(fmt), **FIELDS)
    assert not provenance.has_content_credentials(data)
    assert c2pa.Reader.try_create(mime(fmt), io.BytesIO(data)) is None
    assert "content_credentials" not in provenance.read(data)


def test_signed_manifest_validates_with_c2pa_reader(fmt, signing_on, chain_files):
    data = provenance.embed(picture(fmt), **FIELDS)
    assert provenance.has_content_credentials(data)
    state, manifest = read_manifest(data, fmt)
    assert state == "Valid"  # signature and data hash hold; the dev root is in no trust list
    anchors = Path(chain_files["dev-root-ca.pem"]).read_text()
    assert read_manifest(data, fmt, anchors)[0] == "Trusted"
    assert manifest["claim_generator_info"][0]["name"] == GENERATOR_NAME
    assert manifest["claim_generator_info"][0]["version"] == __version__
    actions = next(a for a in manifest["assertions"] if a["label"].startswith("c2pa.actions"))
    created = actions["data"]["actions"][0]
    assert created["action"] == "c2pa.created"
    assert created["digitalSourceType"] == ALGORITHMIC_MEDIA
    assert created["softwareAgent"]["name"] == GENERATOR_NAME
    params = created["parameters"]
    assert params["org.avatargen.task_id"] == FIELDS["task_id"]
    assert params["org.avatargen.persona_id"] == FIELDS["persona_id"]
    assert params["org.avatargen.position"] == 2
    assert params["org.avatargen.synthetic"] is True
    assert "development" in manifest["signature_info"]["common_name"].lower()
    # the XMP label stays, and says the file was signed
    label = provenance.read(data)
    assert label["digital_source_type"] == ALGORITHMIC_MEDIA
    assert label["content_credentials"] == "c2pa"
    # pixels are those of the input
    with Image.open(io.BytesIO(data)) as a, Image.open(io.BytesIO(picture(fmt))) as b:
        assert a.convert("RGB").tobytes() == b.convert("RGB").tobytes()


def test_model_output_is_trained_algorithmic_media(signing_on):
    fields = {**FIELDS, "source_type": TRAINED_ALGORITHMIC_MEDIA, "provider": "openai"}
    data = provenance.embed(picture(), **fields)
    _state, manifest = read_manifest(data, "PNG")
    actions = next(a for a in manifest["assertions"] if a["label"].startswith("c2pa.actions"))
    assert actions["data"]["actions"][0]["digitalSourceType"] == TRAINED_ALGORITHMIC_MEDIA


def test_sign_false_skips_signing(signing_on):
    data = provenance.embed(picture(), **FIELDS, sign=False)
    assert not provenance.has_content_credentials(data)


@pytest.fixture(scope="module")
def exiftool() -> str:
    path = shutil.which("exiftool")
    if path is None:
        pytest.fail("exiftool is not installed (apt-get install -y libimage-exiftool-perl)")
    return path


def test_exiftool_reads_the_label_on_signed_files(fmt, signing_on, exiftool, tmp_path):
    path = tmp_path / f"signed.{fmt.lower()}"
    path.write_bytes(provenance.embed(picture(fmt), **FIELDS))
    out = subprocess.run(
        [exiftool, "-j", "-XMP:all", str(path)], capture_output=True, text=True, check=True
    )
    tags = json.loads(out.stdout)[0]
    assert tags["DigitalSourceType"] == ALGORITHMIC_MEDIA
    assert "does not depict a real person" in tags["Description"]
    assert tags["PersonaId"] == FIELDS["persona_id"]
    assert tags["ContentCredentials"] == "c2pa"
    if fmt == "PNG":
        out = subprocess.run(
            [exiftool, "-j", "-validate", "-warning", "-error", "-a", str(path)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        assert json.loads(out.stdout)[0].get("Validate") == "OK"


# --------------------------------------------------------------------------- configuration


def test_config_errors(chain_files, tmp_path):
    chain, key = chain_files["dev-signer-chain.pem"], chain_files["dev-signer-key.pem"]
    with pytest.raises(ConfigError, match="both"):
        signing.load_settings(chain, "")
    with pytest.raises(ConfigError, match="cannot read"):
        signing.load_settings(str(tmp_path / "nope.pem"), key)
    with pytest.raises(ConfigError, match="no PEM certificate"):
        signing.load_settings(key, key)
    other = devcert.make_chain()
    (tmp_path / "other.key").write_bytes(other.key_pem)
    with pytest.raises(ConfigError, match="does not belong"):
        signing.load_settings(chain, str(tmp_path / "other.key"))
    # a lone certificate (no issuer) is refused: C2PA validators reject it
    lone = chain_files["dev-signer-chain.pem"]
    first = Path(lone).read_bytes().split(b"-----END CERTIFICATE-----")[0]
    (tmp_path / "lone.pem").write_bytes(first + b"-----END CERTIFICATE-----\n")
    with pytest.raises(ConfigError, match="followed by its issuer"):
        signing.load_settings(str(tmp_path / "lone.pem"), key)
    assert signing.load_settings(chain, key).alg == "es256"


def test_create_app_refuses_a_bad_signing_config(tmp_path, monkeypatch):
    monkeypatch.setenv("AVATARGEN_INSTANCE_PATH", str(tmp_path / "instance"))
    with pytest.raises(ConfigError, match="AVATARGEN_C2PA"):
        create_app({"TESTING": True, "C2PA_CERT": str(tmp_path / "missing.pem"), "C2PA_KEY": "x"})


def test_app_settings_are_not_leaked_outside_the_app(chain_files, tmp_path, monkeypatch):
    monkeypatch.setenv("AVATARGEN_INSTANCE_PATH", str(tmp_path / "instance"))
    app = create_app(
        {
            "TESTING": True,
            "C2PA_CERT": chain_files["dev-signer-chain.pem"],
            "C2PA_KEY": chain_files["dev-signer-key.pem"],
        }
    )
    with app.app_context():
        assert provenance.has_content_credentials(provenance.embed(picture(), **FIELDS))
    assert not provenance.has_content_credentials(provenance.embed(picture(), **FIELDS))


# --------------------------------------------------------------------------- single-image verdicts


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    out, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        out.append((data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]))
        pos += 12 + length
    return out


def png_build(chunks) -> bytes:
    body = b"".join(
        struct.pack(">I", len(b)) + t + b + struct.pack(">I", zlib.crc32(t + b) & 0xFFFFFFFF)
        for t, b in chunks
    )
    return provenance.PNG_SIGNATURE + body


def repaint_one_pixel(data: bytes) -> bytes:
    """The same file with one pixel changed: every other chunk (XMP, C2PA) kept as is."""
    with Image.open(io.BytesIO(data)) as img:
        img = img.convert("RGB")
        r, g, b = img.getpixel((3, 3))
        img.putpixel((3, 3), ((r + 1) % 256, g, b))
        buf = io.BytesIO()
        img.save(buf, "PNG")
    new_idat = [b for t, b in png_chunks(buf.getvalue()) if t == b"IDAT"]
    out, done = [], False
    for t, b in png_chunks(data):
        if t == b"IDAT":
            if not done:
                out += [(b"IDAT", x) for x in new_idat]
                done = True
            continue
        out.append((t, b))
    return png_build(out)


def strip_manifest(data: bytes) -> bytes:
    return png_build([(t, b) for t, b in png_chunks(data) if t != b"caBX"])


def verdict(data: bytes, path: str = "image.png") -> FileResult:
    return check_image(FileResult(path), data)


def test_single_image_verdicts(signing_on, tmp_path):
    signed = provenance.embed(picture(), **FIELDS)
    good = verdict(signed)
    assert (good.status, good.labelled, good.signed, good.valid) == ("ok", True, True, True)

    bad = verdict(repaint_one_pixel(signed))
    assert bad.status == "tampered" and bad.valid is False
    assert any("dataHash.mismatch" in r for r in bad.reasons), bad.reasons

    stripped = verdict(strip_manifest(signed))
    assert stripped.status == "tampered" and not stripped.signed
    assert any("manifest is gone" in r for r in stripped.reasons)

    unlabelled = verdict(picture())
    assert unlabelled.status == "unlabelled" and not unlabelled.labelled

    # a validly signed image sitting where another persona's image should be
    path = f"images/{'1' * 8}-0000-4000-8000-{'2' * 12}/2.png"
    moved = verdict(signed, path)
    assert moved.status == "tampered"
    assert any("persona_id" in r for r in moved.reasons)

    # the same through verify_path on a file
    (tmp_path / "x.png").write_bytes(repaint_one_pixel(signed))
    report = verify_path(tmp_path / "x.png")
    assert report.kind == "image" and not report.ok
    assert report.summary()["tampered"] == 1


def test_unsigned_labelled_image_passes():
    report = check_image(FileResult("a.png"), provenance.embed(picture(), **FIELDS))
    assert report.status == "ok" and report.labelled and not report.signed


def test_jpeg_pixel_change_is_detected(signing_on):
    signed = provenance.embed(picture("JPEG"), **FIELDS)
    assert verdict(signed, "a.jpg").status == "ok"
    # flip a byte inside the entropy-coded data (after SOS)
    sos = signed.rindex(b"\xff\xda")
    bad = bytearray(signed)
    bad[sos + 40] ^= 0x01
    result = verdict(bytes(bad), "a.jpg")
    assert result.status == "tampered" and result.valid is False


def test_explicit_signer_for_pool_processes(settings):
    """A process without an app gets the settings as an argument (they pickle)."""
    import pickle

    again = pickle.loads(pickle.dumps(settings))  # noqa: S301 - our own bytes
    data = provenance.embed(picture(), **FIELDS, signer=again)
    assert read_manifest(data, "PNG")[0] == "Valid"
    assert not provenance.has_content_credentials(
        provenance.embed(picture(), **FIELDS, signer=again, sign=False)
    )


def test_provider_manifest_is_kept_as_ingredient_or_removed(fmt, settings):
    """Model output often comes signed by its maker; the label would break that manifest."""
    maker = devcert.make_chain(org="Some model maker")
    folder = Path(settings.cert_path).parent / "maker"
    folder.mkdir(exist_ok=True)
    (folder / "c.pem").write_bytes(maker.chain_pem)
    (folder / "k.pem").write_bytes(maker.key_pem)
    maker_settings = signing.load_settings(str(folder / "c.pem"), str(folder / "k.pem"))
    fields = {**FIELDS, "source_type": TRAINED_ALGORITHMIC_MEDIA, "provider": "openai-images"}
    upstream = signing.sign(picture(fmt), mime(fmt), maker_settings, **fields)
    assert provenance.has_content_credentials(upstream)

    unsigned = provenance.embed(upstream, **fields)
    assert not provenance.has_content_credentials(unsigned)
    assert verdict(unsigned, f"a.{fmt.lower()}").status == "ok"

    signed = provenance.embed(upstream, **fields, signer=settings)
    with c2pa.Reader(mime(fmt), io.BytesIO(signed)) as reader:
        assert reader.get_validation_state() == "Valid"
        store = json.loads(reader.json())
        active = reader.get_active_manifest()
    assert len(store["manifests"]) == 2
    assert active["ingredients"][0]["relationship"] == "componentOf"
    assert verdict(signed, f"a.{fmt.lower()}").status == "ok"


def test_without_c2pa_python_a_manifest_is_unchecked(signing_on, monkeypatch):
    from avatargen.c2pa import reading

    signed = provenance.embed(picture(), **FIELDS)
    monkeypatch.setattr(reading, "c2pa_module", lambda: None)
    result = verdict(signed)
    assert result.status == "unchecked" and result.signed and result.valid is None
    monkeypatch.setattr(signing, "c2pa_module", lambda: None)
    with pytest.raises(ConfigError, match="c2pa-python is missing"):
        signing.load_settings(signing_on.cert_path, signing_on.cert_path)


def test_a_certificate_c2pa_refuses_stops_the_app_at_start(tmp_path):
    from cryptography.x509.oid import ExtendedKeyUsageOID

    bad = devcert.make_chain(eku=[ExtendedKeyUsageOID.SERVER_AUTH])  # a TLS certificate
    (tmp_path / "c.pem").write_bytes(bad.chain_pem)
    (tmp_path / "k.pem").write_bytes(bad.key_pem)
    with pytest.raises(ConfigError, match="c2pa will not sign with this certificate"):
        signing.load_settings(str(tmp_path / "c.pem"), str(tmp_path / "k.pem"))


def test_verify_passes_on_a_fresh_unsigned_export(app, runner, tmp_path):
    """No certificate configured: nothing is signed, and the export still verifies."""
    from avatargen.cli import main

    out = tmp_path / "plain.zip"
    args = ["generate", "--description", "bakers in Lyon", "--count", "2", "--seed", "3",
            "--images-per-persona", "4", "--language", "fr", "--out", str(out)]  # fmt: skip
    result = runner.invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["verify", str(out)])
    assert result.exit_code == 0, result.output
    assert "8 images, 8 labelled, 0 signed, 0 valid" in result.output
