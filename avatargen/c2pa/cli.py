"""``avatargen c2pa init`` (a development certificate chain) and ``avatargen verify PATH``."""

from __future__ import annotations

import json
from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup, with_appcontext


class _UsageError(click.ClickException):
    """Bad input: one line on stderr, exit status 2 (as avatargen.cli.CLIError)."""

    exit_code = 2


c2pa_group = AppGroup("c2pa", help="C2PA content credentials (signing certificates).")


@c2pa_group.command("init")
@click.option(
    "--out",
    "out",
    default=None,
    help="Folder for the certificate files (default: <instance>/c2pa-dev).",
)
@click.option("--force", is_flag=True, help="Replace existing development files.")
def c2pa_init(out: str | None, force: bool) -> None:
    """Make a self-signed DEVELOPMENT certificate chain for trying C2PA signing locally."""
    from avatargen.c2pa import devcert

    folder = Path(out) if out else Path(current_app.instance_path) / "c2pa-dev"
    if folder.exists() and not folder.is_dir():
        raise _UsageError(f"{folder} exists and is not a folder")
    try:
        paths = devcert.write_chain(folder, force=force)
    except FileExistsError as exc:
        raise _UsageError(str(exc)) from None
    except OSError as exc:
        raise _UsageError(f"cannot write to {folder}: {exc.strerror or exc}") from None
    chain, key, ca = (
        paths[n] for n in ("dev-signer-chain.pem", "dev-signer-key.pem", "dev-root-ca.pem")
    )
    click.echo("Wrote a DEVELOPMENT certificate chain (self-signed, trusted by nobody):")
    for path in paths.values():
        click.echo(f"  {path}")
    click.echo("Sign generated images with it by setting:")
    click.echo(f"  export AVATARGEN_C2PA_CERT={chain}")
    click.echo(f"  export AVATARGEN_C2PA_KEY={key}")
    click.echo(f"Have `avatargen verify` call its signatures trusted: --trust {ca}")
    click.echo("For datasets you publish, use a certificate from a real CA (see the README).")


@click.command("verify")
@click.argument("path")
@click.option(
    "--trust",
    "trust",
    default=None,
    help="PEM file of CA certificates to trust (default: AVATARGEN_C2PA_TRUST_ANCHORS).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@with_appcontext
def verify_command(path: str, trust: str | None, as_json: bool) -> None:
    """Check an image, folder export or ZIP: hashes, labels and C2PA; non-zero on problems."""
    from avatargen.c2pa.verify import VerifyError, verify_path

    anchors = None
    trust = trust or current_app.config.get("C2PA_TRUST_ANCHORS") or None
    if trust:
        try:
            anchors = Path(trust).read_text()
        except (OSError, UnicodeDecodeError) as exc:
            raise _UsageError(f"cannot read trust anchors {trust}: {exc}") from None
        if "BEGIN CERTIFICATE" not in anchors:
            raise _UsageError(f"{trust} holds no PEM certificate")
    try:
        report = verify_path(path, trust_anchors=anchors)
    except VerifyError as exc:
        raise _UsageError(str(exc)) from None
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        _print_report(report)
    if not report.ok:
        raise click.exceptions.Exit(1)


def _print_report(report) -> None:
    s = report.summary()
    click.echo(
        f"{report.target} ({report.kind}): {s['files']} files, {s['images']} images, "
        f"{s['labelled']} labelled, {s['signed']} signed, {s['valid']} valid "
        f"({s['trusted']} trusted), {s['tampered']} tampered, {s['missing']} missing, "
        f"{s['unlisted']} unlisted, {s['unlabelled']} unlabelled"
        + (f", {s['unchecked']} unchecked (install c2pa-python)" if s["unchecked"] else "")
    )
    for error in report.errors:
        click.echo(f"ERROR {error}")
    for f in report.files:
        if f.status != "ok":
            click.echo(f"{f.status.upper()} {f.path}: {'; '.join(f.reasons)}")
    click.echo("OK" if report.ok else "FAILED")
