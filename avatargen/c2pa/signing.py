"""Signing images with a C2PA manifest when a certificate and key are configured.

:func:`avatargen.provenance.embed` calls :func:`sign` after writing the XMP label, so the
manifest's hash covers the label too. The signer comes from the current app's config
(``C2PA_CERT`` / ``C2PA_KEY``, set by ``AVATARGEN_C2PA_CERT`` / ``AVATARGEN_C2PA_KEY``) or,
outside an app context (a worker process of a pool), from :func:`configure`.
"""

from __future__ import annotations

import io
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from avatargen import GENERATOR_NAME, __version__
from avatargen.config import ConfigError

EXTENSION_KEY = "avatargen_c2pa"
INSTALL_HINT = "install it with: pip install 'avatargen[c2pa]'"
# Prefix of our own keys in the c2pa.created action's parameters.
PARAM_PREFIX = "org.avatargen."


def c2pa_module():
    """The ``c2pa`` library, or ``None`` when c2pa-python is not installed."""
    try:
        import c2pa
    except ImportError:
        return None
    return c2pa


@dataclass(frozen=True)
class SigningSettings:
    """What a process needs to sign: the PEM chain (signer first), the PEM key and the
    algorithm; picklable, so it can be handed to a process pool's initializer."""

    cert_pem: bytes
    key_pem: bytes
    alg: str
    tsa_url: str | None = None
    cert_path: str = ""

    @property
    def subject(self) -> str:
        from cryptography import x509

        return x509.load_pem_x509_certificate(self.cert_pem).subject.rfc4514_string()


def _algorithm(key: Any) -> str:
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

    if isinstance(key, ec.EllipticCurvePrivateKey):
        by_curve = {"secp256r1": "es256", "secp384r1": "es384", "secp521r1": "es512"}
        if key.curve.name in by_curve:
            return by_curve[key.curve.name]
        raise ConfigError(f"C2PA cannot sign with an EC key on curve {key.curve.name}")
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return "ed25519"
    if isinstance(key, rsa.RSAPrivateKey):
        return "ps256"
    raise ConfigError("C2PA signing needs an EC (P-256/384/521), Ed25519 or RSA private key")


def load_settings(cert_path: str, key_path: str, tsa_url: str | None = None) -> SigningSettings:
    """Read and check a certificate chain and its key; raises :class:`ConfigError`."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    if not cert_path or not key_path:
        raise ConfigError(
            "set both AVATARGEN_C2PA_CERT and AVATARGEN_C2PA_KEY to sign images (or neither)"
        )
    if c2pa_module() is None:
        raise ConfigError(f"AVATARGEN_C2PA_CERT is set but c2pa-python is missing; {INSTALL_HINT}")
    blobs = []
    for name, path in (("AVATARGEN_C2PA_CERT", cert_path), ("AVATARGEN_C2PA_KEY", key_path)):
        try:
            blobs.append(Path(path).read_bytes())
        except OSError as exc:
            raise ConfigError(f"{name}: cannot read {path} ({exc.strerror or exc})") from None
    cert_pem, key_pem = blobs
    try:
        chain = x509.load_pem_x509_certificates(cert_pem)
    except ValueError:
        raise ConfigError(f"AVATARGEN_C2PA_CERT: {cert_path} holds no PEM certificate") from None
    try:
        key = serialization.load_pem_private_key(key_pem, password=None)
    except (ValueError, TypeError):
        raise ConfigError(
            f"AVATARGEN_C2PA_KEY: {key_path} is not an unencrypted PEM private key"
        ) from None
    pub = serialization.PublicFormat.SubjectPublicKeyInfo
    enc = serialization.Encoding.DER
    if chain[0].public_key().public_bytes(enc, pub) != key.public_key().public_bytes(enc, pub):
        raise ConfigError("AVATARGEN_C2PA_KEY does not belong to the first certificate")
    if len(chain) < 2:
        raise ConfigError(
            "AVATARGEN_C2PA_CERT must hold the signing certificate followed by its issuer "
            "(C2PA rejects a lone self-signed certificate); `avatargen c2pa init` makes one"
        )
    settings = SigningSettings(cert_pem, key_pem, _algorithm(key), tsa_url or None, str(cert_path))
    _self_test(settings)
    return settings


def _self_test(settings: SigningSettings) -> None:
    """Sign a 1x1 image once with c2pa's verify-after-sign on, so a certificate c2pa will not
    accept (wrong key usage, expired, ...) stops the app at start, not every image later."""
    c2pa = c2pa_module()
    png = bytes.fromhex(  # a valid 1x1 red PNG
        "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944"
        "4154789c63f8cfc0000003010100c9fe92ef0000000049454e44ae426082"
    )
    context = c2pa.Context(c2pa.Settings.from_dict({"verify": {"verify_after_sign": True}}))
    try:
        info = c2pa.C2paSignerInfo(settings.alg, settings.cert_pem, settings.key_pem, None)
        with c2pa.Signer.from_info(info) as signer, c2pa.Builder(
            manifest_definition(source_type="self-test", task_id="-", persona_id="-",
                                position=1, provider="-", ext="png"),
            context=context,
        ) as builder:  # fmt: skip
            builder.sign(signer, "image/png", io.BytesIO(png), io.BytesIO())
    except c2pa.C2paError as exc:
        raise ConfigError(
            f"AVATARGEN_C2PA_CERT: c2pa will not sign with this certificate ({exc}); it needs "
            "a CA-issued certificate with digitalSignature and e.g. emailProtection or "
            "documentSigning extended key usage"
        ) from None


def init_app(app) -> None:
    """Load the signing settings named in the app's config (none: images stay unsigned)."""
    cert, key = app.config.get("C2PA_CERT") or "", app.config.get("C2PA_KEY") or ""
    settings = load_settings(cert, key, app.config.get("C2PA_TSA_URL")) if (cert or key) else None
    app.extensions[EXTENSION_KEY] = settings
    from avatargen.c2pa import marks

    marks.init_app(app)


_configured: SigningSettings | None = None


def configure(settings: SigningSettings | None) -> None:
    """Set the signing settings used outside an app context: a process pool's initializer
    passes what :func:`current_settings` returned in the parent (the app's are never set
    here, so one app's certificate cannot leak into code running without an app)."""
    global _configured
    _configured = settings


def current_settings() -> SigningSettings | None:
    """The signing settings in force: the current app's, else those of :func:`configure`."""
    from flask import current_app, has_app_context

    if has_app_context() and EXTENSION_KEY in current_app.extensions:
        return current_app.extensions[EXTENSION_KEY]
    return _configured


# c2pa objects wrap native handles: one signer and context per thread and process.
_local = threading.local()


def _native(settings: SigningSettings):
    c2pa = c2pa_module()
    key = (os.getpid(), settings)
    cached = getattr(_local, "entry", None)
    if cached is None or cached[0] != key:
        info = c2pa.C2paSignerInfo(
            settings.alg, settings.cert_pem, settings.key_pem, settings.tsa_url
        )
        signer = c2pa.Signer.from_info(info)
        # A thumbnail would add ~30 KB and most of the signing time to every image; checking
        # each signature right after signing would add ~40% (the certificate is checked once
        # in load_settings, and `verify` checks the files).
        context = c2pa.Context(
            c2pa.Settings.from_dict(
                {
                    "builder": {"thumbnail": {"enabled": False}},
                    "verify": {"verify_after_sign": False},
                }
            )
        )
        cached = (key, signer, context)
        _local.entry = cached
    return cached[1], cached[2]


def manifest_definition(
    *, source_type: str, task_id: str, persona_id: str, position: int, provider: str, ext: str
) -> dict[str, Any]:
    """The manifest we sign: one ``c2pa.created`` action naming the digital source type,
    the generator and the task/persona/position/provider the image belongs to."""
    agent = {"name": GENERATOR_NAME, "version": __version__}
    return {
        "claim_generator_info": [agent],
        "title": f"{persona_id}/{position}.{ext}",
        "assertions": [
            {
                "label": "c2pa.actions",
                "data": {
                    "actions": [
                        {
                            "action": "c2pa.created",
                            "digitalSourceType": source_type,
                            "softwareAgent": agent,
                            "description": "Synthetic persona image; it does not depict a "
                            "real person.",
                            "parameters": {
                                PARAM_PREFIX + "synthetic": True,
                                PARAM_PREFIX + "task_id": task_id,
                                PARAM_PREFIX + "persona_id": persona_id,
                                PARAM_PREFIX + "position": int(position),
                                PARAM_PREFIX + "provider": provider,
                            },
                        }
                    ]
                },
            }
        ],
    }


def sign(
    data: bytes,
    mime: str,
    settings: SigningSettings,
    *,
    upstream: bytes | None = None,
    **fields: Any,
) -> bytes:
    """``data`` (PNG or JPEG) with a signed C2PA manifest embedded. ``upstream``: the file as
    the provider returned it with its own manifest, recorded as a ``componentOf``
    ingredient so that manifest stays in the chain."""
    c2pa = c2pa_module()
    signer, context = _native(settings)
    ext = "png" if mime == "image/png" else "jpg"
    builder = c2pa.Builder(manifest_definition(ext=ext, **fields), context=context)
    out = io.BytesIO()
    with builder:
        if upstream is not None:
            ingredient = {"title": f"{fields.get('provider', 'provider')} output.{ext}",
                          "relationship": "componentOf"}  # fmt: skip
            builder.add_ingredient(ingredient, mime, io.BytesIO(upstream))
        builder.sign(signer, mime, io.BytesIO(data), out)
    return out.getvalue()
