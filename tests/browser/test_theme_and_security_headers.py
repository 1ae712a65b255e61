"""The dark theme sticks, and a page loads cleanly with everything from our own server."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import ConsoleMessage, Page, Request, Response, expect


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.mark.browser
def test_a_user_picks_the_dark_theme_and_it_stays_after_reload(page: Page, sign_in_as, alice):
    # The system says light, so "dark" can only come from the user's own choice.
    page.emulate_media(color_scheme="light")
    sign_in_as(alice)
    page.goto("/")
    html = page.locator("html")
    expect(html).to_have_attribute("data-bs-theme", "light")

    page.locator("#user-menu").click()
    menu = page.locator("[aria-labelledby=user-menu]")
    menu.get_by_role("button", name="Dark", exact=True).click()

    expect(html).to_have_attribute("data-bs-theme", "dark")
    page.reload()
    expect(html).to_have_attribute("data-bs-theme", "dark")
    page.locator("#user-menu").click()
    expect(menu.get_by_role("button", name="Dark", exact=True)).to_have_attribute(
        "aria-pressed", "true"
    )
    alice.refresh_from_db()
    assert alice.theme == "dark"


@pytest.mark.browser
def test_a_page_loads_without_errors_and_only_from_its_own_server(
    page: Page, sign_in_as, alice, live_server
):
    requests: list[Request] = []
    failed: list[str] = []
    bad_statuses: list[str] = []
    console_errors: list[str] = []

    def on_response(response: Response) -> None:
        if response.status >= 400 and urlsplit(response.url).path != "/favicon.ico":
            bad_statuses.append(f"{response.status} {response.url}")

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            console_errors.append(message.text)

    page.on("request", lambda request: requests.append(request))
    page.on("requestfailed", lambda request: failed.append(f"{request.url}: {request.failure}"))
    page.on("response", on_response)
    page.on("console", on_console)
    page.on("pageerror", lambda error: console_errors.append(str(error)))

    sign_in_as(alice)
    response = page.goto("/")
    assert response is not None and response.ok
    page.wait_for_load_state("networkidle")
    # Bootstrap's script ran: the user menu opens as a dropdown.
    page.locator("#user-menu").click()
    expect(page.locator("[aria-labelledby=user-menu]")).to_be_visible()

    headers = response.headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"

    urls = [request.url for request in requests]
    assert {origin(url) for url in urls} == {live_server.url}, urls
    static_paths = {urlsplit(url).path for url in urls if urlsplit(url).path.startswith("/static/")}
    assert "/static/bootstrap/css/bootstrap.min.css" in static_paths
    assert "/static/bootstrap/js/bootstrap.bundle.min.js" in static_paths
    assert failed == []
    assert bad_statuses == []
    assert console_errors == []
