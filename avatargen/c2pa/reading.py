"""Reading and validating the C2PA manifest of one image with c2pa-python's Reader.

``validation_state`` from the library is ``Invalid``, ``Valid`` (signature and hashes hold,
signer not in the trust list) or ``Trusted`` (also chains to a configured trust anchor).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from avatargen.c2pa.signing import PARAM_PREFIX, c2pa_module

# Failure codes that say only "the signer is not in the trust list": the manifest itself is
# intact, and with no trust anchors configured every certificate is untrusted.
TRUST_ONLY_FAILURES = frozenset({"signingCredential.untrusted"})


@dataclass
class CredentialCheck:
    """What a file's C2PA manifest says and whether it holds."""

    present: bool
    checked: bool = True  # False: a manifest is there but c2pa-python is not installed
    valid: bool = False  # signature and hard binding (data hash) hold
    trusted: bool = False  # ...and the signer chains to a configured trust anchor
    failures: list[str] = field(default_factory=list)
    digital_source_type: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    signer: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "present": self.present,
            "checked": self.checked,
            "valid": self.valid,
            "trusted": self.trusted,
            "failures": self.failures,
            "digital_source_type": self.digital_source_type,
            "task_id": self.params.get("task_id"),
            "persona_id": self.params.get("persona_id"),
            "position": self.params.get("position"),
            "signer": self.signer,
        }


def reader_context(trust_anchors_pem: str | None):
    """A c2pa Context that checks trust against ``trust_anchors_pem`` (PEM text) when given."""
    c2pa = c2pa_module()
    if c2pa is None:
        return None
    if not trust_anchors_pem:
        return c2pa.Context()
    return c2pa.Context(
        c2pa.Settings.from_dict(
            {"trust": {"trust_anchors": trust_anchors_pem}, "verify": {"verify_trust": True}}
        )
    )


def _created_action(manifest: dict[str, Any]) -> dict[str, Any]:
    for assertion in manifest.get("assertions") or []:
        if str(assertion.get("label", "")).startswith("c2pa.actions"):
            for action in (assertion.get("data") or {}).get("actions") or []:
                if action.get("action") == "c2pa.created":
                    return action
    return {}


def check(data: bytes, mime: str, has_manifest: bool, context=None) -> CredentialCheck:
    """Validate the manifest in ``data`` (``has_manifest``: one was found structurally)."""
    c2pa = c2pa_module()
    if c2pa is None:
        return CredentialCheck(present=has_manifest, checked=False)
    try:
        reader = c2pa.Reader.try_create(mime, io.BytesIO(data), None, context)
    except c2pa.C2paError as exc:
        # A manifest store that cannot even be parsed is a broken one.
        return CredentialCheck(present=True, failures=[f"unreadable: {exc}"[:300]])
    if reader is None:
        return CredentialCheck(present=False)
    with reader:
        state = reader.get_validation_state() or "Invalid"
        results = reader.get_validation_results() or {}
        manifest = reader.get_active_manifest() or {}
    active = results.get("activeManifest") or {}
    failures = [str(f.get("code")) for f in active.get("failure") or []]
    action = _created_action(manifest)
    params = {
        key[len(PARAM_PREFIX) :]: value
        for key, value in (action.get("parameters") or {}).items()
        if key.startswith(PARAM_PREFIX)
    }
    info = manifest.get("signature_info") or {}
    return CredentialCheck(
        present=True,
        valid=state in ("Valid", "Trusted") and not (set(failures) - TRUST_ONLY_FAILURES),
        trusted=state == "Trusted",
        failures=failures,
        digital_source_type=action.get("digitalSourceType"),
        params=params,
        signer=info.get("common_name") or info.get("issuer"),
    )
