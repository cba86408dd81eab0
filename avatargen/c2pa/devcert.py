"""A self-signed DEVELOPMENT certificate chain for trying C2PA signing locally.

C2PA validators reject a lone self-signed certificate, so this makes a small chain: a
development root CA and a signing certificate it issues (ES256 / P-256, key usage
digitalSignature, extended key usage emailProtection + documentSigning). Both are named as
development certificates: nobody trusts them, and they must never sign a real release.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

DEV_LABEL = "DEVELOPMENT ONLY - self-signed, untrusted"
CA_NAME = f"Avatar Data Generator development root CA ({DEV_LABEL})"
SIGNER_NAME = f"Avatar Data Generator development signer ({DEV_LABEL})"
ORG = "Avatar Data Generator (development, self-signed)"
FILES = ("dev-root-ca.pem", "dev-signer-chain.pem", "dev-signer-key.pem")


@dataclass(frozen=True)
class DevChain:
    ca_pem: bytes  # the root certificate (a trust anchor for `verify --trust`)
    chain_pem: bytes  # signing certificate, then the root: what AVATARGEN_C2PA_CERT names
    key_pem: bytes  # the signing certificate's private key (AVATARGEN_C2PA_KEY)


def make_chain(days: int = 365, *, org: str = ORG, eku: list | None = None) -> DevChain:
    """A new root CA and signing certificate (P-256, valid from yesterday for ``days``);
    ``eku``: extended key usage OIDs instead of emailProtection + documentSigning."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    def name(cn: str) -> x509.Name:
        return x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, cn[:64]),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, org[:64]),
                x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, DEV_LABEL),
            ]
        )

    def usage(**on: bool) -> x509.KeyUsage:
        flags = dict.fromkeys(
            (
                "digital_signature",
                "content_commitment",
                "key_encipherment",
                "data_encipherment",
                "key_agreement",
                "key_cert_sign",
                "crl_sign",
                "encipher_only",
                "decipher_only",
            ),
            False,
        )
        return x509.KeyUsage(**{**flags, **on})

    now = dt.datetime.now(dt.UTC)
    start, end = now - dt.timedelta(days=1), now + dt.timedelta(days=days)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(name(CA_NAME))
        .issuer_name(name(CA_NAME))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(usage(key_cert_sign=True, crl_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    if eku is None:
        eku = [
            ExtendedKeyUsageOID.EMAIL_PROTECTION,
            x509.ObjectIdentifier("1.3.6.1.4.1.311.10.3.12"),
        ]
    cert = (
        x509.CertificateBuilder()
        .subject_name(name(SIGNER_NAME))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage(digital_signature=True), critical=True)
        .add_extension(x509.ExtendedKeyUsage(eku), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    ca_pem = ca.public_bytes(pem)
    return DevChain(
        ca_pem=ca_pem,
        chain_pem=cert.public_bytes(pem) + ca_pem,
        key_pem=key.private_bytes(
            pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
    )


def write_chain(folder: Path, *, force: bool = False) -> dict[str, Path]:
    """Write a new development chain into ``folder``; the key is readable by its owner only.
    Refuses to replace existing files unless ``force``."""
    paths = {name: folder / name for name in FILES}
    existing = [str(p) for p in paths.values() if p.exists()]
    if existing and not force:
        raise FileExistsError(f"{existing[0]} exists (use --force to replace it)")
    folder.mkdir(parents=True, exist_ok=True)
    chain = make_chain()
    blobs = dict(zip(FILES, (chain.ca_pem, chain.chain_pem, chain.key_pem), strict=True))
    for name, data in blobs.items():
        mode = 0o600 if name.endswith("key.pem") else 0o644
        fd = os.open(paths[name], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(paths[name], mode)
    return paths
