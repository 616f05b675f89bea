"""The page at /, used in a real headless browser as a journalist would.

Debian's chromium, driven by Playwright through ``executable_path`` (no browser download).
Without chromium the test is skipped with a plain message; ``TREATYRULES_REQUIRE_BROWSER=1``
(set by ``.ci/run``) makes a missing browser a failure instead.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

CHROMIUM = os.environ.get("TREATYRULES_CHROMIUM", "/usr/bin/chromium")


def _browser_missing(reason: str) -> None:
    if os.environ.get("TREATYRULES_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason}, and TREATYRULES_REQUIRE_BROWSER=1 requires the browser test")
    pytest.skip(f"{reason}: the browser test of the page was skipped")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The service on a free port of 127.0.0.1, in a thread of this process."""
    import uvicorn

    from treatyrules.service import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):  # bounded: at most 10 s
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(server):
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        _browser_missing(f"no chromium at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _browser_missing("the playwright package is not installed")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        context = browser.new_context()
        tab = context.new_page()
        tab.requests_elsewhere = []  # type: ignore[attr-defined]

        def watch(request):
            if urlsplit(request.url).netloc != urlsplit(server).netloc:
                tab.requests_elsewhere.append(request.url)  # type: ignore[attr-defined]

        tab.on("request", watch)
        yield tab
        context.close()
        browser.close()


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def _ask(page, server, state, on):
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready='true']")
    page.get_by_label("State (name or code)").fill(state)
    page.get_by_label("On the date").fill(on)
    page.get_by_role("button", name="Show the position").click()
    page.wait_for_selector("#result:not([hidden])")


def test_a_journalist_finds_poland_withdrawn_then_asks_what_if_it_had_been_at_war(page, server):
    _ask(page, server, "Poland", "2026-03-01")
    assert page.locator("#status").text_content() == "withdrawn"
    assert "2026-02-20" in page.locator("#dates").text_content()
    reasons = page.locator("#reasons cite").all_text_contents()
    assert "APMBC Art. 20(3), first sentence" in reasons
    assert page.locator("#timeline svg g.lane[data-state='POL']").count() == 1

    page.get_by_label("Suppose the State was engaged in an armed conflict").check()
    page.get_by_role("button", name="Show the position").click()
    expect(page.locator("#status")).to_have_text("withdrawal deferred")
    assert "Hypothetical" in page.locator("#hypothesis").text_content()
    assert "APMBC Art. 20(3), second sentence" in page.locator("#reasons cite").all_text_contents()

    expect(page.locator("#link")).to_have_value(re.compile("war=2025-08-20"))
    link = page.locator("#link").input_value()
    assert "state=Poland" in link and "on=2026-03-01" in link and "war=2025-08-20" in link
    page.goto(link)  # the link reopens the same view
    page.wait_for_selector("#result:not([hidden])")
    assert page.locator("#status").text_content() == "withdrawal deferred"
    assert page.get_by_label("Suppose the State was engaged in an armed conflict").is_checked()
    assert page.requests_elsewhere == []  # nothing from a CDN: the page works offline


def test_the_conflict_s_end_lets_the_withdrawal_take_effect(page, server):
    _ask(page, server, "pol", "2026-09-01")
    page.get_by_label("Suppose the State was engaged in an armed conflict").check()
    page.get_by_label("The conflict ended on").fill("2026-06-01")
    page.get_by_role("button", name="Show the position").click()
    expect(page.locator("#dates")).to_contain_text("2026-06-01")
    expect(page.locator("#status")).to_have_text("withdrawn")


def test_a_reading_of_a_contested_point_can_be_chosen_and_travels_in_the_link(page, server):
    _ask(page, server, "UKR", "2026-03-01")
    assert page.locator("#status").text_content() == "party"
    select = page.locator("#reading-list select[name='suspension_claim']")
    options = select.locator("option").evaluate_all("os => os.map(o => o.value)")
    other = next(o for o in options if o != select.get_attribute("data-default"))
    select.select_option(other)
    expect(page.locator("#interpretations")).to_contain_text(f"suspension_claim = {other}")
    expect(page.locator("#link")).to_have_value(re.compile(f"read.suspension_claim={other}"))


def test_an_unknown_state_is_named_with_suggestions_and_the_form_works_by_keyboard(page, server):
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready='true']")
    page.get_by_label("State (name or code)").fill("Polnd")
    page.get_by_label("State (name or code)").press("Enter")  # submitting without a mouse
    error = page.locator("#error")
    error.wait_for(state="visible")
    assert 'No State called "Polnd"' in error.text_content()
    assert "Poland (POL)" in error.text_content()
    assert page.get_by_label("State (name or code)").get_attribute("aria-invalid") == "true"
