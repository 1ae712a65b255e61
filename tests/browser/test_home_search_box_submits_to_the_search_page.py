"""The big search box on the home page takes what was typed to the search page as ``q``."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect


@pytest.mark.browser
def test_typing_a_query_and_pressing_enter_opens_the_search_page(page: Page, sign_in_as, alice):
    sign_in_as(alice)
    page.goto("/")

    box = page.get_by_role("searchbox", name="Search notebooks").and_(page.locator("#home-search"))
    box.fill("tag:pandas plots")
    box.press("Enter")

    expect(page).to_have_url(re.compile(r"/search/\?q=tag%3Apandas\+plots$"))


@pytest.mark.browser
def test_an_anonymous_visitor_searches_with_the_button(page: Page):
    page.goto("/")

    page.locator("#home-search").fill("weather")
    page.get_by_role("button", name="Search", exact=True).click()

    expect(page).to_have_url(re.compile(r"/search/\?q=weather$"))
