"""End to end in Chromium: generate, watch the task finish live, browse, download the ZIP;
and a form with an error. Screenshots of each page go to test-artifacts/screenshots/."""

from __future__ import annotations

import json
import re
import time
import zipfile

from tests.browser.conftest import screenshot, sync_api

expect = sync_api.expect


def test_generate_watch_browse_download(signed_in, tmp_path):
    page = signed_in

    # Generate: a small task, 3 personas x 4 images, with the slowed image provider.
    page.click("nav >> text=Generate")
    page.wait_for_url("**/generate")
    page.fill("#persona_description", "nurses in Manila aged 30-45 who hike")
    expect(page.locator("#description-counter")).to_have_text("36 / 5,000")
    page.fill("#language-filter", "engl")
    visible = page.eval_on_selector_all(
        "#bio_language option", "opts => opts.filter(o => !o.hidden).map(o => o.value)"
    )
    assert "en" in visible and "es" not in visible
    page.select_option("#bio_language", "en")
    page.fill("#number_to_generate", "3")
    page.check("#images_4", force=True)
    page.select_option("#image_provider", "test-slowed-offline")
    expect(page.locator("#estimate")).to_have_text(re.compile(r"^about \d"))
    page.fill("#number_to_generate", "0")
    expect(page.locator("#estimate")).to_have_text("")
    page.fill("#number_to_generate", "3")
    expect(page.locator("#estimate")).to_have_text(re.compile(r"^about \d"))
    screenshot(page, "generate")
    page.click("#generate-submit")
    page.wait_for_url(re.compile(r"/tasks/\w+$"))
    task_id = page.url.rsplit("/", 1)[1]

    # Watch it finish with no reload: a marker set on the window must survive.
    page.evaluate("window.__sameDocument = true")
    stage = page.locator("#progress-stage")
    images = page.locator("#progress-images")
    seen: list[tuple[str, str]] = []
    running_shot = False
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline:
        state = (stage.inner_text(), images.inner_text())
        if not seen or seen[-1] != state:
            seen.append(state)
        if state[0] == "Generating images" and not state[1].startswith("0 ") and not running_shot:
            screenshot(page, "task-running")
            running_shot = True
        if state[0] == "Completed":
            break
        page.wait_for_timeout(100)
    assert seen[-1] == ("Completed", "12 / 12"), seen
    assert running_shot, seen
    # The poller moved through the stages on this one document.
    assert any(s == "Generating images" for s, _ in seen), seen
    assert len({imgs for _, imgs in seen}) >= 3, seen
    assert page.evaluate("window.__sameDocument") is True
    expect(page.locator("#task-progress")).to_have_attribute("data-finished", "1")
    expect(page.locator("#download-zip")).to_be_visible()
    expect(page.locator("#progress-personas")).to_have_text("3 / 3")
    expect(page.locator("#progress-percent")).to_have_text("100%")
    expect(page.locator("#quality-report")).to_be_visible()
    expect(page.locator(".persona-card")).to_have_count(3)
    expect(page.locator("#delete-button")).to_be_visible()
    assert page.evaluate("window.__sameDocument") is True
    # Every gallery image loaded (served through the authenticated media route).
    page.wait_for_function(
        "Array.from(document.querySelectorAll('.persona-card img'))"
        ".every(i => i.complete && i.naturalWidth > 0)"
    )
    screenshot(page, "task-completed")

    # Download the ZIP and check its contents.
    with page.expect_download() as info:
        page.click("#download-zip")
    download = info.value
    assert download.suggested_filename == f"avatargen-{task_id}.zip"
    path = tmp_path / "dataset.zip"
    download.save_as(path)
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        lines = zf.read("personas.jsonl").splitlines()
        assert len(lines) == 3
        assert all(json.loads(line)["synthetic"] is True for line in lines)
        assert sum(n.endswith(".png") for n in names) == 12
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["counts"] == {"personas": 3, "images": 12}

    # A persona: images with a lightbox, the about text, four bios with counts and copy.
    first_name = page.locator(".persona-card a.stretched-link").first.inner_text()
    page.locator(".persona-card a.stretched-link").first.click()
    page.wait_for_url("**/personas/*")
    expect(page.locator("#persona-name")).to_contain_text(first_name)
    expect(page.locator("#persona-images img")).to_have_count(4)
    page.wait_for_function(
        "Array.from(document.querySelectorAll('#persona-images img'))"
        ".every(i => i.complete && i.naturalWidth > 0)"
    )
    expect(page.locator(".bio-count")).to_have_count(4)
    for count in page.locator(".bio-count").all_inner_texts():
        used, limit = (int(x) for x in count.split(" / "))
        assert 0 < used <= limit
    screenshot(page, "persona")
    page.locator("#persona-images .lightbox-trigger").nth(2).click()
    expect(page.locator("#lightbox")).to_be_visible()
    expect(page.locator("#lightbox-caption")).to_have_text("Image 3 of 4")
    page.wait_for_function(
        "document.getElementById('lightbox-image').complete"
        " && document.getElementById('lightbox-image').naturalWidth > 0"
    )
    page.keyboard.press("ArrowRight")
    expect(page.locator("#lightbox-caption")).to_have_text("Image 4 of 4")
    page.wait_for_function(
        "document.getElementById('lightbox-image').complete"
        " && document.getElementById('lightbox-image').naturalWidth > 0"
    )
    screenshot(page, "persona-lightbox", full_page=False)
    page.click("#lightbox .btn-close")
    expect(page.locator("#lightbox")).to_be_hidden()
    page.click("[data-platform=x] .copy-button")
    expect(page.locator("[data-platform=x] .copy-button")).to_have_text("Copied")
    bio_x = page.locator("#bio-x").inner_text()
    assert page.evaluate("navigator.clipboard.readText()") == bio_x

    # History and dashboard show the finished task.
    page.click("nav >> text=History")
    row = page.locator(f"tr[data-task-id='{task_id}']")
    expect(row.locator(".status-badge")).to_have_text("Completed")
    expect(row).to_contain_text("3 / 3")
    screenshot(page, "history")
    page.click("nav >> text=Dashboard")
    expect(page.locator("[data-total=personas]")).to_have_text("3")
    expect(page.locator("[data-total=images]")).to_have_text("12")
    screenshot(page, "dashboard")


def test_generate_error_beside_field_values_kept(signed_in):
    page = signed_in
    page.goto("/generate")
    page.fill("#persona_description", "librarians in Lyon who sail")
    page.fill("#number_to_generate", "0")
    page.fill("#age_min", "40")
    page.fill("#age_max", "30")
    page.click("#generate-submit")
    page.wait_for_load_state()
    expect(page.locator("#number_to_generate-error")).to_contain_text("from 1 to 10,000")
    expect(page.locator("#number_to_generate")).to_have_class(re.compile(r"\bis-invalid\b"))
    expect(page.locator("#form-errors")).to_be_visible()
    # What the user typed is still there.
    expect(page.locator("#persona_description")).to_have_value("librarians in Lyon who sail")
    expect(page.locator("#number_to_generate")).to_have_value("0")
    expect(page.locator("#age_min")).to_have_value("40")
    expect(page.locator("#age_max")).to_have_value("30")
    expect(page.locator("#estimate")).to_have_text("")
    screenshot(page, "generate-error")
    # Fixing the field and sending again queues the task.
    page.fill("#number_to_generate", "1")
    page.fill("#age_max", "")
    page.click("#generate-submit")
    page.wait_for_url(re.compile(r"/tasks/\w+$"))
    expect(page.locator(".alert-success")).to_contain_text("is queued")
