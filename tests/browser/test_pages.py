"""Every page at 1366 px, 1920 px and 390 px (mobile): no sideways overflow, a screenshot
in test-artifacts/screenshots/<page>-<width>.png for a person to look at, and axe-core with
no serious or critical violation; keyboard navigation through the generate form and the
gallery (issue 13). One browser for the module; one context (and tab) per width."""

from __future__ import annotations

import json
import re

import pytest
import sqlalchemy as sa

from avatargen.extensions import db
from avatargen.models import Persona, User
from avatargen.services import shares
from tests.browser.conftest import (
    CHROMIUM_ARGS,  # noqa: F401  (the browser fixture's flags)
    EMAIL,
    PASSWORD,
    SCREENSHOTS,
    axe_violations,
    screenshot,
    sync_api,
)
from tests.factories import make_user
from tests.test_web_pages import seed_task

expect = sync_api.expect
WIDTHS = {"1366": (1366, 768), "1920": (1920, 1080), "390": (390, 844)}
ADMIN = "admin@example.com"


@pytest.fixture(scope="module")
def site(live_server):
    """Rows for every page: an admin with a finished task whose personas carry emoji and a
    long occupation, and another user's task (the admin's history shows its owner)."""
    app = live_server.app
    with app.app_context():
        admin = make_user(ADMIN, password=PASSWORD, admin=True)
        task = seed_task(
            admin, personas=6, images=4, persona_description="nurses in Manila " * 8,
            title="Manila nurses: a demo set with a title long enough to wrap on a phone",
        )  # fmt: skip
        rows = db.session.scalars(sa.select(Persona).where(Persona.task_pk == task.id)).all()
        for p in rows:
            p.occupation = "small business owner (bakery and coffee roastery)"
            p.bio_instagram = "Nurse 🏥 · hiker ⛰️ · coffee ☕"
        other = db.session.scalar(sa.select(User).where(User.email == EMAIL))
        lyon = seed_task(
            other, personas=1, images=4, persona_description="librarians in Lyon who sail"
        )
        db.session.commit()
        shares.share_task(lyon, ADMIN)  # for the "Shared with me" page
        ids = {"task": task.task_id, "persona": str(rows[0].id)}
    return ids


def _pages(ids) -> list[tuple[str, str]]:
    return [
        ("dashboard", "/"),
        ("generate", "/generate"),
        ("history", "/history"),
        ("shared", "/shared"),
        ("task", f"/tasks/{ids['task']}"),
        ("persona", f"/personas/{ids['persona']}"),
        ("tokens", "/tokens"),
        ("account", "/auth/account"),
        ("settings", "/settings"),
        ("api-docs", "/api/v1/docs"),
        ("help-providers", "/help/providers"),
        ("not-found", "/no-such-page"),
    ]


def _context(browser, live_server, width: str):
    w, h = WIDTHS[width]
    # bypass_csp: axe is injected as a script tag, which the app's CSP (rightly) refuses.
    return browser.new_context(
        base_url=live_server, viewport={"width": w, "height": h}, bypass_csp=True
    )


def _sign_in(page, email: str) -> None:
    page.goto("/auth/login")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit], input[type=submit]")
    page.wait_for_url("**/")


def _overflow(page) -> int:
    """How many px the page is wider than the window (0: nothing cut off or scrolled)."""
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


@pytest.mark.parametrize("width", list(WIDTHS))
def test_every_page_fits_has_a_screenshot_and_passes_axe(
    browser, live_server, site, axe_script, width
):
    context = _context(browser, live_server, width)
    context.set_default_timeout(15_000)
    page = context.new_page()
    failed_requests: list[str] = []
    page.on(
        "response",
        lambda r: (
            failed_requests.append(r.url)
            if r.status == 404 and "no-such-page" not in r.url
            else None
        ),
    )
    problems: dict[str, list] = {}
    try:
        page.goto("/auth/login")
        screenshot(page, f"login-{width}")
        if violations := axe_violations(page, axe_script):
            problems["login"] = violations
        _sign_in(page, ADMIN)
        for name, path in _pages(site):
            page.goto(path)
            page.wait_for_load_state("load")
            if name == "task":
                # Full-page screenshots show the whole gallery: load the lazy images now.
                page.evaluate(
                    "document.querySelectorAll('img[loading=lazy]')"
                    ".forEach(i => { i.loading = 'eager'; })"
                )
                page.wait_for_function(
                    "Array.from(document.querySelectorAll('.persona-card img'))"
                    ".every(i => i.complete && i.naturalWidth > 0)"
                )
            assert _overflow(page) <= 0, f"{name} at {width} px is {_overflow(page)} px too wide"
            if name == "history":
                # The table itself fits: no column (Finished) behind a scroll bar.
                table_overflow = page.evaluate(
                    "(() => { const t = document.querySelector('.table-responsive');"
                    " return t.scrollWidth - t.clientWidth; })()"
                )
                if width != "390":
                    assert table_overflow <= 0, f"history table cut by {table_overflow} px"
                expect(page.locator("#history-table th", has_text="Owner")).to_be_visible()
            if name == "task":
                occ = page.locator(".persona-occupation").first
                expect(occ).to_have_text("small business owner (bakery and coffee roastery)")
                # Shown whole: the box is as wide as its text needs (no ellipsis).
                assert occ.evaluate("e => e.scrollWidth <= e.clientWidth")
            screenshot(page, f"{name}-{width}")
            if violations := axe_violations(page, axe_script):
                problems[name] = violations
    finally:
        context.close()
    report = SCREENSHOTS.parent / f"axe-{width}.json"
    report.write_text(json.dumps(problems, indent=2))
    assert problems == {}, f"axe-core violations, see {report}"
    assert failed_requests == [], failed_requests  # the favicon included


def test_emoji_render_with_a_colour_font(browser, live_server, site):
    context = _context(browser, live_server, "1366")
    page = context.new_page()
    try:
        _sign_in(page, ADMIN)
        page.goto(f"/personas/{site['persona']}")
        family = page.evaluate("getComputedStyle(document.body).fontFamily")
        assert "Noto Color Emoji" in family
        # The emoji glyph is drawn by the installed colour font, not as a missing box.
        assert page.evaluate("document.fonts.check('16px \"Noto Color Emoji\"', '🏥')")
        expect(page.locator("#bio-instagram")).to_contain_text("🏥")
        screenshot(page, "persona-emoji-1366", full_page=False)
    finally:
        context.close()


def _focused(page) -> str:
    return page.evaluate(
        "(() => { const e = document.activeElement;"
        " return e.id || e.getAttribute('name') || e.tagName.toLowerCase(); })()"
    )


def _focus_visible(page) -> bool:
    return page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)"
        " || s.boxShadow !== 'none'; })()"
    )


def test_keyboard_through_generate_form_and_gallery(browser, live_server, site):
    context = _context(browser, live_server, "1366")
    context.set_default_timeout(15_000)
    page = context.new_page()
    try:
        _sign_in(page, ADMIN)
        page.goto("/generate")
        page.focus("#persona_description")
        page.keyboard.type("nurses in Manila who hike")
        order = [_focused(page)]
        visible = [_focus_visible(page)]
        for _ in range(40):
            page.keyboard.press("Tab")
            order.append(_focused(page))
            visible.append(_focus_visible(page))
            if order[-1] == "generate-submit":
                break
        expected = [
            "persona_description",
            "language-filter",
            "bio_language",
            "number_to_generate",
            "images_4",
            "age_min",
            "age_max",
            "gender_female",
            "gender_male",
            "gender_nonbinary",
            "country",
            "text_provider",
            "image_provider",
            "seed",
            "generate-submit",
        ]
        reached = [f for f in order if f in expected]
        assert reached == expected, order
        assert all(visible), list(zip(order, visible, strict=True))
        # Choose with the keyboard: 8 images (arrow keys in the radio group), a language.
        page.focus("#images_4")
        page.keyboard.press("ArrowRight")
        expect(page.locator("#images_8")).to_be_checked()
        page.focus("#bio_language")
        page.select_option("#bio_language", "es")
        expect(page.locator("#estimate")).to_have_text(re.compile(r"^about \d"))
        page.focus("#generate-submit")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"/tasks/\w+$"))

        # Gallery: the persona links are reachable with Tab, and Enter opens one.
        page.goto(f"/tasks/{site['task']}")
        first = page.locator(".persona-card a.stretched-link").first
        name = first.inner_text()
        for _ in range(80):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.classList.contains('stretched-link')"):
                break
        assert page.evaluate("document.activeElement.textContent.trim()") == name
        assert _focus_visible(page)
        page.keyboard.press("Tab")
        second = page.locator(".persona-card a.stretched-link").nth(1).inner_text()
        assert page.evaluate("document.activeElement.textContent.trim()") == second
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Enter")
        page.wait_for_url("**/personas/*")
        expect(page.locator("#persona-name")).to_contain_text(name)
    finally:
        context.close()
