"""`avatargen verify` on fresh and tampered exports (ZIP and folder), the verify API
endpoint, the content-credentials marks on the web pages and the dataset card."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from avatargen.c2pa import devcert
from avatargen.c2pa.verify import verify_path
from avatargen.cli import main
from avatargen.extensions import db
from avatargen.models import GenerationTask, PersonaImage
from avatargen.services import tokens as token_service
from tests.conftest import login
from tests.factories import make_user
from tests.test_c2pa import repaint_one_pixel, strip_manifest

OWNER = "owner@example.com"
GENERATE = [
    "generate", "--description", "nurses in Manila who hike", "--count", "3",
    "--images-per-persona", "4", "--language", "en", "--seed", "11", "--user", OWNER,
]  # fmt: skip


@pytest.fixture(scope="module")
def chain_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("c2pa-verify")
    return {k: str(v) for k, v in devcert.write_chain(folder).items()}


@pytest.fixture
def app_config(chain_files):
    return {
        "C2PA_CERT": chain_files["dev-signer-chain.pem"],
        "C2PA_KEY": chain_files["dev-signer-key.pem"],
        "VERIFY_MAX_BYTES": 4 * 1024 * 1024,
    }


@pytest.fixture
def export_zip(app, runner, tmp_path) -> Path:
    with app.app_context():
        make_user(OWNER)
    out = tmp_path / "ds.zip"
    result = runner.invoke(main, [*GENERATE, "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


def read_zip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def write_zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def images_of(files: dict[str, bytes]) -> list[str]:
    return sorted(n for n in files if n.startswith("images/"))


def verify(runner, *args):
    return runner.invoke(main, ["verify", *map(str, args)])


def test_fresh_export_passes(runner, export_zip, chain_files, tmp_path):
    result = verify(runner, export_zip)
    assert result.exit_code == 0, result.output
    assert "15 files, 12 images, 12 labelled, 12 signed, 12 valid (0 trusted), 0 tampered, " \
        "0 missing, 0 unlisted, 0 unlabelled" in result.output  # fmt: skip
    trusted = verify(runner, export_zip, "--trust", chain_files["dev-root-ca.pem"])
    assert "12 valid (12 trusted)" in trusted.output and trusted.exit_code == 0
    # the same export as a folder
    folder = tmp_path / "folder"
    with zipfile.ZipFile(export_zip) as zf:
        zf.extractall(folder)
    report = verify_path(folder)
    assert report.kind == "folder" and report.ok, report.as_dict()
    assert report.summary()["signed"] == 12
    # JSON output for scripts
    data = json.loads(verify(runner, export_zip, "--json").output)
    assert data["ok"] is True and data["summary"]["valid"] == 12


def test_each_tampering_gets_its_verdict(runner, export_zip, tmp_path):
    files = read_zip(export_zip)
    imgs = images_of(files)
    target, other = imgs[1], imgs[5]  # images of two different personas
    assert target.split("/")[1] != other.split("/")[1]
    cases = {
        "pixel": {**files, target: repaint_one_pixel(files[target])},
        "stripped": {**files, target: strip_manifest(files[target])},
        "replaced": {**files, target: files[other]},
        "missing": {n: d for n, d in files.items() if n != target},
    }
    expect = {
        "pixel": ("tampered", "dataHash.mismatch"),
        "stripped": ("tampered", "manifest is gone"),
        "replaced": ("tampered", "persona_id"),
        "missing": ("missing", "not in the zip"),
    }
    for case, content in cases.items():
        report = verify_path(write_zip(tmp_path / f"{case}.zip", content))
        bad = [f for f in report.files if f.status != "ok"]
        status, reason = expect[case]
        assert [f.path for f in bad] == [target], (case, report.as_dict())
        assert bad[0].status == status, case
        assert any(reason in r for r in bad[0].reasons), (case, bad[0].reasons)
        if case != "missing":
            assert any("sha256 differs" in r for r in bad[0].reasons), case
        result = verify(runner, tmp_path / f"{case}.zip")
        assert result.exit_code == 1, (case, result.output)
        assert f"{status.upper()} {target}" in result.output
        assert f"1 {status}" in result.output


def test_added_and_unlabelled_files_fail(runner, export_zip, tmp_path):
    files = read_zip(export_zip)
    extra = write_zip(
        tmp_path / "extra.zip", {**files, "images/x/9.png": files[images_of(files)[0]]}
    )
    result = verify(runner, extra)
    assert result.exit_code == 1
    line = next(x for x in result.output.splitlines() if " images/x/9.png: " in x)
    assert "not listed in manifest.json" in line


def test_duplicate_zip_entries_fail(export_zip, tmp_path):
    files = read_zip(export_zip)
    target = images_of(files)[0]
    dup = tmp_path / "dup.zip"
    write_zip(dup, files)
    with zipfile.ZipFile(dup, "a") as zf, pytest.warns(UserWarning, match="Duplicate name"):
        zf.writestr(target, files[images_of(files)[4]])
    report = verify_path(dup)
    bad = [f for f in report.files if f.status != "ok"]
    assert [f.path for f in bad] == [target] and bad[0].status == "tampered"
    assert any("more than one entry" in r for r in bad[0].reasons)


def test_bad_arguments_exit_2_with_one_line(runner, tmp_path):
    result = verify(runner, tmp_path / "nope.zip")
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [f"Error: {tmp_path / 'nope.zip'} does not exist"]
    (tmp_path / "notes.txt").write_text("hello")
    result = verify(runner, tmp_path / "notes.txt")
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    result = verify(runner, tmp_path, "--trust", tmp_path / "missing.pem")
    assert result.exit_code == 2 and "cannot read trust anchors" in result.output


def test_folder_without_manifest_fails(runner, tmp_path):
    (tmp_path / "empty").mkdir()
    result = verify(runner, tmp_path / "empty")
    assert result.exit_code == 1 and "no manifest.json" in result.output


def test_c2pa_init_writes_a_development_chain(runner, tmp_path):
    out = tmp_path / "dev"
    result = runner.invoke(main, ["c2pa", "init", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "DEVELOPMENT" in result.output and "AVATARGEN_C2PA_CERT=" in result.output
    assert (out / "dev-signer-key.pem").stat().st_mode & 0o777 == 0o600
    from cryptography import x509

    chain = x509.load_pem_x509_certificates((out / "dev-signer-chain.pem").read_bytes())
    assert len(chain) == 2 and "DEVELOPMENT" in chain[0].subject.rfc4514_string().upper()
    again = runner.invoke(main, ["c2pa", "init", "--out", str(out)])
    assert again.exit_code == 2 and "--force" in again.output


def test_card_says_how_to_verify(export_zip):
    card = read_zip(export_zip)["README.md"].decode()
    assert "## How to verify" in card and "avatargen verify" in card


# --------------------------------------------------------------------------- web marks


def test_pages_show_the_content_credentials_mark(app, client, export_zip):
    with app.app_context():
        rows = list(db.session.scalars(db.select(PersonaImage)))
        assert rows and all(r.content_credentials for r in rows)
        persona_id = rows[0].persona_id
        task_id = db.session.scalar(db.select(GenerationTask.task_id))
    login(client, OWNER)
    page = client.get(f"/personas/{persona_id}").get_data(as_text=True)
    assert 'id="content-credentials"' in page
    assert page.count("(content credentials)") == 4
    gallery = client.get(f"/tasks/{task_id}").get_data(as_text=True)
    assert gallery.count("(content credentials)") == 3
    # an unsigned image shows no mark
    with app.app_context():
        db.session.execute(db.update(PersonaImage).values(content_credentials=False))
        db.session.commit()
    page = client.get(f"/personas/{persona_id}").get_data(as_text=True)
    assert "content-credentials" not in page


# --------------------------------------------------------------------------- API


@pytest.fixture
def auth(app):
    with app.app_context():
        user = make_user("api@example.com")
        return {"Authorization": f"Bearer {token_service.create_token(user, 't')[1]}"}


def test_api_verifies_uploads(client, auth, export_zip, tmp_path):
    files = read_zip(export_zip)
    body = export_zip.read_bytes()
    resp = client.post(
        "/api/v1/verify", data=body, headers={**auth, "Content-Type": "application/zip"}
    )
    assert resp.status_code == 200, resp.get_data(as_text=True)
    report = resp.get_json()
    assert report["ok"] is True and report["kind"] == "zip"
    assert report["summary"]["signed"] == 12 and report["summary"]["valid"] == 12

    image = files[images_of(files)[0]]
    resp = client.post(
        "/api/v1/verify",
        data=repaint_one_pixel(image),
        headers={**auth, "Content-Type": "image/png"},
    )
    assert resp.status_code == 200 and resp.get_json()["ok"] is False
    assert resp.get_json()["files"][0]["status"] == "tampered"

    resp = client.post(
        "/api/v1/verify",
        data={"file": (io.BytesIO(image), "1.png")},
        headers=auth,
        content_type="multipart/form-data",
    )
    assert resp.status_code == 200 and resp.get_json()["ok"] is True
    assert resp.get_json()["files"][0]["valid"] is True


def test_api_accepts_uploads_above_the_app_body_limit(client, auth):
    """VERIFY_MAX_BYTES (4 MiB here) overrides the 64 KiB API and 2 MiB app body limits."""
    from PIL import Image

    from avatargen import provenance

    buf = io.BytesIO()
    Image.effect_noise((1000, 1000), 60).convert("RGB").save(buf, "PNG")
    big = provenance.embed(buf.getvalue(), source_type="x", task_id="t", persona_id="p",
                           position=1, provider="offline")  # fmt: skip
    assert 2 * 1024 * 1024 < len(big) < 4 * 1024 * 1024
    resp = client.post("/api/v1/verify", data=big, headers={**auth, "Content-Type": "image/png"})
    assert resp.status_code == 200, resp.get_data(as_text=True)
    assert resp.get_json()["files"][0]["labelled"] is True


def _error(resp, status, code):
    assert resp.status_code == status, resp.get_data(as_text=True)
    body = resp.get_json()
    assert set(body) == {"error"} and body["error"]["code"] == code
    return body["error"]


def test_api_verify_errors(client, auth):
    _error(
        client.post("/api/v1/verify", data=b"x", headers={"Content-Type": "image/png"}),
        401,
        "unauthorized",
    )
    _error(
        client.post(
            "/api/v1/verify",
            data=b"\x89PNG" + b"0" * (4 * 1024 * 1024),
            headers={**auth, "Content-Type": "image/png"},
        ),
        413,
        "payload_too_large",
    )
    _error(
        client.post("/api/v1/verify", json={"a": 1}, headers=auth), 415, "unsupported_media_type"
    )
    _error(
        client.post(
            "/api/v1/verify",
            data=b"hello",
            headers={**auth, "Content-Type": "application/octet-stream"},
        ),
        422,
        "validation_failed",
    )
    _error(
        client.post("/api/v1/verify", data=b"", headers={**auth, "Content-Type": "image/png"}),
        422,
        "validation_failed",
    )
    _error(
        client.post("/api/v1/verify", data={}, headers=auth, content_type="multipart/form-data"),
        422,
        "validation_failed",
    )


def test_openapi_documents_verify(client):
    doc = client.get("/api/v1/openapi.json").get_json()
    op = doc["paths"]["/api/v1/verify"]["post"]
    assert op["operationId"] == "verifyFile"
    assert {"application/zip", "image/png", "multipart/form-data"} <= set(
        op["requestBody"]["content"]
    )
    assert {"200", "401", "413", "415", "422"} <= set(op["responses"])
    assert "VerifyReportOut" in doc["components"]["schemas"]


def test_a_nameless_multipart_part_is_a_clean_error(client, auth):
    body = b"--b\r\nContent-Disposition: form-data\r\n\r\nnull\r\n--b--\r\n"
    resp = client.post(
        "/api/v1/verify",
        data=body,
        headers={**auth, "Content-Type": "multipart/form-data; boundary=b"},
    )
    _error(resp, 422, "validation_failed")
