"""A real server, a real worker and Debian's Chromium, for the browser tests.

These tests build their own app on a temporary SQLite database (they do not use the
``app`` fixture, so they are not repeated for PostgreSQL), serve it with werkzeug on a free
port in a background thread, run a ``LocalWorker`` beside it, and drive Chromium headless
through Playwright's sync API.
"""

from __future__ import annotations

import logging
import os
import subprocess
import threading
import time
from pathlib import Path
from typing import ClassVar

import pytest
from playwright import sync_api
from werkzeug.serving import WSGIRequestHandler, make_server

from avatargen import create_app
from avatargen.extensions import db
from avatargen.providers.base import ImageProvider
from avatargen.providers.registry import get_image_provider, register
from avatargen.queue.local import LocalWorker
from tests.factories import make_user

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
# axe-core from npm, installed here (gitignored) by .ci/run or by the axe_script fixture.
AXE_PREFIX = Path(__file__).resolve().parent / ".axe"
AXE_SCRIPT = AXE_PREFIX / "node_modules" / "axe-core" / "axe.min.js"
EMAIL = "browser@example.com"
PASSWORD = "correct horse battery"

if not os.access(CHROMIUM, os.X_OK):  # a missing browser is a failed check, not a skip
    raise RuntimeError(f"{CHROMIUM} is missing: apt-get install chromium (.ci/run does)")


@register
class SlowedOfflineImageProvider(ImageProvider):
    """The offline images, slowed down so a browser can watch the progress move."""

    id = "test-slowed-offline"
    label = "Offline portraits, slowed (tests)"
    delay: ClassVar[float] = 0.25

    def __init__(self, options=None):
        super().__init__(options)
        self.inner = get_image_provider("offline")
        self.digital_source_type = self.inner.digital_source_type

    def base_portrait(self, subject, size):
        time.sleep(self.delay)
        return self.inner.base_portrait(subject, size)

    def variant(self, subject, base, position, size):
        time.sleep(self.delay)
        return self.inner.variant(subject, base, position, size)


@pytest.fixture(scope="module")
def live_server(tmp_path_factory):
    """Base URL of the app served on 127.0.0.1 with a worker, for the tests of one module."""
    root = tmp_path_factory.mktemp("browser")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("AVATARGEN_INSTANCE_PATH", str(root / "instance"))
        mp.delenv("DATABASE_URL", raising=False)
        yield from _serve(root)


class LiveServer(str):
    """The base URL; ``.app`` is the served app (for rows a test adds in its context)."""

    app = None


class _ClosingHandler(WSGIRequestHandler):
    """werkzeug's handler, closing the response when the browser hangs up mid-response.

    werkzeug closes the response iterable in a ``finally`` that first drains the socket; a
    reset connection raises there, the close is skipped and a served file (``send_file``:
    the favicon, a media file) is left open until garbage collection, a ResourceWarning
    that ``filterwarnings = error`` reports against whichever test is running then.
    """

    def connection_dropped(self, error, environ=None):
        response = (environ or {}).get(_RESPONSE_KEY)
        if response is not None and hasattr(response, "close"):
            response.close()


_RESPONSE_KEY = "avatargen.tests.response"


def _remember_response(app):
    def wsgi(environ, start_response):
        response = app(environ, start_response)
        environ[_RESPONSE_KEY] = response
        return response

    return wsgi


def _serve(root: Path):
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{root / 'browser.db'}",
            "SECRET_KEY": "browser-test-secret",
            "BCRYPT_ROUNDS": 4,
            "STORAGE_URL": str(root / "media"),
            "RATELIMIT_STORAGE_URI": "memory://",
            "IMAGE_SIZE": 256,
        }
    )
    with app.app_context():
        db.create_all()
        make_user(EMAIL, password=PASSWORD)
    LiveServer.app = app
    werkzeug_log = logging.getLogger("werkzeug")
    old_level = werkzeug_log.level
    werkzeug_log.setLevel(logging.WARNING)
    server = make_server(
        "127.0.0.1", 0, _remember_response(app), threaded=True, request_handler=_ClosingHandler
    )
    thread = threading.Thread(target=server.serve_forever, name="browser-server", daemon=True)
    thread.start()
    worker = LocalWorker(app, threads=1, poll_interval=0.2)
    worker.start()
    try:
        yield LiveServer(f"http://127.0.0.1:{server.server_port}")
    finally:
        worker.stop(timeout=10)
        server.shutdown()
        server.server_close()
        thread.join(5)
        with app.app_context():
            db.session.remove()
            db.engine.dispose()
        werkzeug_log.setLevel(old_level)


@pytest.fixture(scope="session")
def axe_script() -> Path:
    """axe.min.js of the npm package axe-core@4, installed with npm when missing."""
    if not AXE_SCRIPT.exists():
        subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(AXE_PREFIX),
                "axe-core@4",
                "--no-audit",
                "--no-fund",
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    assert AXE_SCRIPT.exists(), f"npm did not install {AXE_SCRIPT}"
    return AXE_SCRIPT


def axe_violations(page, script: Path, impacts=("serious", "critical")) -> list[dict]:
    """axe-core's violations of ``impacts`` on the page as it is (WCAG 2 A/AA rules)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(script))
    result = page.evaluate(
        """async (tags) => {
            const r = await axe.run(document, {
                runOnly: {type: "tag", values: tags},
                resultTypes: ["violations"],
            });
            return r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + " :: " + n.failureSummary),
            }));
        }""",
        ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
    )
    return [v for v in result if v["impact"] in impacts]


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(
        base_url=live_server,
        accept_downloads=True,
        viewport={"width": 1280, "height": 900},
    )
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server)
    context.set_default_timeout(15_000)
    tab = context.new_page()
    try:
        yield tab
    finally:
        context.close()


@pytest.fixture
def signed_in(page):
    page.goto("/auth/login")
    page.fill("#email", EMAIL)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit], input[type=submit]")
    page.wait_for_url("**/")
    return page


def screenshot(page, name: str, full_page: bool = True) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page, animations="disabled")
    return path
