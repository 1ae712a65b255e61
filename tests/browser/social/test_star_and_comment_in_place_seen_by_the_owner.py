"""bob stars alice's notebook and comments on it without leaving the page; alice sees the
comment; a comment carrying script does nothing in either browser."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from nbgallery.notebooks.tests.conftest import isolated_storage, publish_notebook  # noqa: F401

pytestmark = pytest.mark.browser

HOSTILE = "<img src=x onerror=\"window.__pwned='comment';alert('comment')\"> hostile-comment"


def watch_dialogs(page: Page) -> list[str]:
    dialogs: list[str] = []

    def on_dialog(dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return dialogs


@pytest.mark.usefixtures("isolated_storage")
def test_bob_stars_and_comments_in_place_and_alice_sees_it(
    page: Page, live_server, alice, bob, sign_in_as
):
    notebook = publish_notebook(alice, title="Sales report", public=True)
    dialogs = watch_dialogs(page)
    sign_in_as(bob)
    page.goto(notebook.get_absolute_url())
    # Set on this page only: still there afterwards means nothing reloaded the page.
    page.evaluate("() => { window.__samePage = true; }")

    star = page.locator("#star-button")
    expect(star).to_have_attribute("aria-pressed", "false")
    expect(page.locator("#star-count")).to_have_text("0")
    star.click()
    expect(page.locator("#star-button")).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#star-count")).to_have_text("1")

    comments = page.locator("#comments")
    comments.locator(".comment-form textarea").fill("Great notebook, **thanks**")
    comments.get_by_role("button", name="Comment", exact=True).click()
    expect(comments.locator(".comment-body strong")).to_have_text("thanks")
    expect(page.locator("#comment-count")).to_have_text("1")

    comments.locator(".comment-form textarea").fill(HOSTILE)
    comments.get_by_role("button", name="Comment", exact=True).click()
    expect(comments.get_by_text("hostile-comment")).to_be_visible()
    expect(page.locator("#comment-count")).to_have_text("2")
    page.wait_for_timeout(300)  # let a payload's image error fire, if it could

    assert page.evaluate("() => window.__samePage") is True
    assert page.evaluate("() => window.__pwned") is None
    assert dialogs == []

    page.context.clear_cookies()
    sign_in_as(alice)
    page.goto(notebook.get_absolute_url())

    comment = page.locator(".comment").first
    expect(comment).to_contain_text("Bob Member")
    expect(comment.locator(".comment-body")).to_contain_text("Great notebook, thanks")
    expect(page.get_by_text("hostile-comment")).to_be_visible()
    expect(page.locator("#star-count")).to_have_text("1")
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__pwned") is None
    assert dialogs == []
