"""Server memory while a browser downloads a big task as a ZIP from the web app.

Builds a completed task of 2,000 personas x 4 images in a fresh SQLite database, serves
the app with waitress in a subprocess, signs in over HTTP, makes warm-up requests (the
task page, which also computes and keeps the quality report), then reads the server's
RSS at idle and samples /proc/<pid>/status every ~20 ms while downloading the ZIP through
``/tasks/<id>/download/zip``. Prints idle, peak and the difference (target: the peak stays
within 100 MB of idle), and checks the ZIP that arrived.

Data: the rows are inserted directly and the images are stored as small random-noise PNG
files (``--image-kb``, 48 KB by default, about what the offline provider makes at 512 px),
so the ZIP is large (~400 MB by default) while the set-up takes seconds instead of the
minutes the offline providers would need. Random noise does not compress, so the ZIP
really carries every byte.

Usage: python bench/export_memory.py [--personas 2000] [--images 4] [--image-kb 48]
"""

from __future__ import annotations

import argparse
import hashlib
import http.cookiejar
import io
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
import uuid
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

EMAIL = "bench@example.com"
PASSWORD = "bench password 123"  # noqa: S105  (a throwaway account)
SERVER = """
import sys
from waitress import serve
from avatargen import create_app
serve(create_app(), host="127.0.0.1", port=int(sys.argv[1]), threads=4, ident="bench")
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def noise_pngs(count: int, kb: int) -> list[bytes]:
    from PIL import Image

    side = max(8, int((kb * 1024 / 3) ** 0.5))
    rng = random.Random(7)
    out = []
    for _ in range(count):
        img = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
        buf = io.BytesIO()
        img.save(buf, "PNG", compress_level=1)
        out.append(buf.getvalue())
    return out


def build_dataset(env: dict, personas: int, images: int, image_kb: int) -> str:
    """Create the schema, a user and a completed task with stored images; return its id."""
    os.environ.update(env)
    import sqlalchemy as sa

    from avatargen import create_app
    from avatargen.extensions import db
    from avatargen.models import GenerationTask, Persona, PersonaImage, User
    from avatargen.storage import get_storage, image_key

    app = create_app({"BCRYPT_ROUNDS": 4})
    pngs = noise_pngs(64, image_kb)
    sums = [hashlib.sha256(p).hexdigest() for p in pngs]
    now = datetime.now(UTC).replace(tzinfo=None)
    with app.app_context():
        db.create_all()
        user = User(email=EMAIL)
        user.set_password(PASSWORD)
        db.session.add(user)
        db.session.commit()
        task = GenerationTask(
            task_id=GenerationTask.generate_task_id(),
            user_id=user.id,
            persona_description="nurses in Manila aged 30-45 who hike",
            bio_language="en",
            number_to_generate=personas,
            images_per_persona=images,
            status="completed",
            seed=1,
            personas_done=personas,
            images_done=personas * images,
            started_at=now - timedelta(minutes=5),
            completed_at=now,
        )
        db.session.add(task)
        db.session.commit()
        storage = get_storage()
        rng = random.Random(1)
        person_rows, image_rows = [], []
        for i in range(personas):
            pid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            person_rows.append(
                {
                    "id": pid, "task_pk": task.id, "persona_index": i,
                    "first_name": f"Ana{i}", "last_name": "Reyes",
                    "gender": ("female", "male", "nonbinary")[i % 3], "age": 30 + i % 15,
                    "country": "PH", "city": "Manila", "region": "Metro Manila",
                    "occupation": "nurse", "workplace": "Manila General Hospital",
                    "education": {"institution": "University of Manila", "field": "Nursing"},
                    "interests": ["hiking", "photography"], "personality": ["calm"],
                    "appearance": {"hair": "short black", "eyes": "brown",
                                   "skin_tone": "medium", "build": "average",
                                   "style": "casual"},
                    "about": f"I am Ana{i}, a nurse in Manila who hikes on weekends. " * 3,
                    "language": "en", "bio_facebook": f"Nurse in Manila #{i}.",
                    "bio_instagram": f"Nurse · hiker · {i}", "bio_x": f"Nurse {i}, hiker.",
                    "bio_tiktok": f"Nurse {i}", "created_at": now,
                }
            )  # fmt: skip
            for pos in range(1, images + 1):
                n = (i * images + pos) % len(pngs)
                key = image_key(task.task_id, pid, pos)
                storage.put(key, pngs[n])
                image_rows.append(
                    {
                        "persona_id": pid, "position": pos, "storage_key": key,
                        "width": 128, "height": 128, "sha256": sums[n],
                        "provider": "offline", "is_base": pos == 1, "created_at": now,
                    }
                )  # fmt: skip
        db.session.execute(sa.insert(Persona), person_rows)
        db.session.execute(sa.insert(PersonaImage), image_rows)
        db.session.commit()
        task_id = task.task_id
        db.session.remove()
        db.engine.dispose()
    return task_id


def rss_kb(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of ``pid`` in kB."""
    values = {}
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, value = line.split(":", 1)
                values[key] = int(value.split()[0])
    return values["VmRSS"], values["VmHWM"]


class Sampler(threading.Thread):
    def __init__(self, pid: int, every: float = 0.02) -> None:
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.peak = 0
        self.samples = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            self.peak = max(self.peak, rss_kb(self.pid)[0])
            self.samples += 1
            time.sleep(self.every)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--personas", type=int, default=2000)
    parser.add_argument("--images", type=int, default=4, choices=(4, 8))
    parser.add_argument("--image-kb", type=int, default=48)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="avatargen-export-bench-"))
    env = {
        "AVATARGEN_INSTANCE_PATH": str(tmp / "instance"),
        "DATABASE_URL": f"sqlite:///{tmp / 'bench.db'}",
        "AVATARGEN_STORAGE_URL": str(tmp / "media"),
        "AVATARGEN_SECRET_KEY": "bench-secret",
        "AVATARGEN_LOGIN_THROTTLE": "1000 per minute",
    }
    server = None
    try:
        t0 = time.perf_counter()
        task_id = build_dataset(env, args.personas, args.images, args.image_kb)
        media = sum(p.stat().st_size for p in (tmp / "media").rglob("*.png"))
        print(
            f"dataset: {args.personas:,} personas x {args.images} images, "
            f"{media / 1e6:.0f} MB of PNG files, built in {time.perf_counter() - t0:.1f} s"
        )
        port = free_port()
        log = (tmp / "server.log").open("wb")
        server = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(port)],
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        for _ in range(100):
            try:
                page = opener.open(f"{base}/auth/login", timeout=5).read().decode()
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise SystemExit("the server did not start: " + (tmp / "server.log").read_text())
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
        body = urllib.parse.urlencode({"email": EMAIL, "password": PASSWORD, "csrf_token": token})
        opener.open(f"{base}/auth/login", data=body.encode(), timeout=30).read()

        # Warm-up: pages, the task page (computes and keeps the quality report), one image.
        for path in ("/", "/history", f"/tasks/{task_id}", f"/tasks/{task_id}?page=2"):
            with opener.open(base + path, timeout=300) as resp:
                assert resp.status == 200, (path, resp.status)
                resp.read()
        time.sleep(1.0)
        idle, hwm_before = rss_kb(server.pid)

        sampler = Sampler(server.pid)
        sampler.start()
        out = tmp / "download.zip"
        t0 = time.perf_counter()
        with (
            opener.open(f"{base}/tasks/{task_id}/download/zip", timeout=600) as resp,
            out.open("wb") as fh,
        ):
            assert resp.status == 200, resp.status
            shutil.copyfileobj(resp, fh, 1024 * 1024)
        seconds = time.perf_counter() - t0
        time.sleep(0.1)
        sampler.stop.set()
        sampler.join()
        after, hwm_after = rss_kb(server.pid)
        peak = max(sampler.peak, after)
        size = out.stat().st_size

        with zipfile.ZipFile(out) as zf:
            names = zf.namelist()
            pngs = sum(n.endswith(".png") for n in names)
            lines = len(zf.read("personas.jsonl").splitlines())
        ok_zip = pngs == args.personas * args.images and lines == args.personas

        mb = 1024
        state = "complete" if ok_zip else "INCOMPLETE"
        print(
            f"ZIP: {size / 1e6:.0f} MB in {seconds:.1f} s ({size / 1e6 / seconds:.0f} MB/s); "
            f"{lines:,} personas, {pngs:,} PNGs: {state}"
        )
        print(f"server RSS idle (after warm-up): {idle / mb:8.1f} MB")
        print(f"server RSS peak while streaming: {peak / mb:8.1f} MB "
              f"({sampler.samples:,} samples every 20 ms)")  # fmt: skip
        print(f"difference:                      {(peak - idle) / mb:8.1f} MB  (target <= 100 MB)")
        print(f"VmHWM before / after download:   {hwm_before / mb:8.1f} / {hwm_after / mb:.1f} MB")
        ok = ok_zip and (peak - idle) <= 100 * mb
        print("OK" if ok else "OVER TARGET")
        return 0 if ok else 1
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            log.close()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
