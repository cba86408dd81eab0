"""In Chromium: preview 5 personas on the generate page, generate with the preview's seed
(its first persona is the previewed one), then regenerate an image (accept) and a whole
persona (discard) from the persona page."""

from __future__ import annotations

import re
import time

from tests.browser.conftest import screenshot, sync_api

expect = sync_api.expect


def test_preview_generate_then_regenerate(signed_in):
    page = signed_in
    page.click("nav >> text=Generate")
    page.wait_for_url("**/generate")
    page.fill("#persona_description", "bakers in Lyon who cycle")
    page.select_option("#bio_language", "fr")
    page.fill("#number_to_generate", "5")
    page.check("#images_4", force=True)
    # A fresh server's first preview loads the offline data (seconds on a busy machine).
    with page.expect_navigation(url="**/generate/preview", timeout=60_000):
        page.click("#preview-submit", timeout=60_000)
    expect(page.locator(".preview-persona")).to_have_count(5)
    loaded = page.eval_on_selector_all(
        ".preview-persona img", "imgs => imgs.map(i => i.complete && i.naturalWidth > 0)"
    )
    assert loaded == [True] * 5
    seed = page.locator("#preview-seed").inner_text()
    expect(page.locator("#seed")).to_have_value(seed)
    first_name = page.locator(".preview-name").first.inner_text()
    screenshot(page, "generate-preview")

    page.click("#generate-submit")
    page.wait_for_url(re.compile(r"/tasks/\w+$"))
    deadline = time.monotonic() + 60
    while page.locator("#progress-stage").inner_text() != "Completed":
        assert time.monotonic() < deadline, "the task did not finish"
        page.wait_for_timeout(200)
    page.reload()
    cards = page.locator(".persona-card a.stretched-link")
    expect(cards).to_have_count(5)
    assert cards.first.inner_text() == first_name  # the previewed persona is the first
    cards.first.click()
    page.wait_for_url("**/personas/*")
    persona_url = page.url

    # A new variation of image 2: waiting beside the current one, then accepted.
    old_src = page.locator("#persona-images img").nth(1).get_attribute("src")
    page.locator(".regenerate-image", has_text="Image 2").click()
    expect(page.locator("#regeneration-waiting")).to_contain_text("image 2 is waiting")
    new_image = page.locator(".regeneration-image").first
    expect(new_image).to_be_visible()
    assert page.evaluate("i => i.complete && i.naturalWidth > 0", new_image.element_handle())
    screenshot(page, "persona-regeneration-waiting")
    page.click("#regeneration-accept")
    expect(page.locator(".alert-success")).to_contain_text("Accepted")
    expect(page.locator("#regeneration-waiting")).to_have_count(0)
    assert page.locator("#persona-images img").nth(1).get_attribute("src") == old_src  # same row

    # A new person at this position, discarded: the page keeps the current one.
    page.click("#regenerate-persona")
    expect(page.locator("#regeneration-name")).to_be_visible()
    expect(page.locator(".regeneration-image")).to_have_count(4)
    page.click("#regeneration-discard")
    expect(page.locator(".alert-success")).to_contain_text("Discarded")
    assert page.url.startswith(persona_url.split("#")[0])
    expect(page.locator("#persona-name")).to_contain_text(first_name)
