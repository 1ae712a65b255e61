"""A newcomer's first visit, in a real browser: sign up, sign out, sign in, start a group."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

PASSWORD = "plum-kettle-41-ostrich"


def user_menu(page: Page, username: str):
    return page.locator("#user-menu").filter(has_text=re.compile(rf"^\s*{username}\s*$"))


def sign_up(page: Page, username: str) -> None:
    page.goto("/accounts/signup/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=email]").fill(f"{username}@example.org")
    # The profile fields are optional; fill them when the form offers them.
    for name, value in (("first_name", "Alice"), ("last_name", "Owner"), ("org", "Analytics")):
        field = page.locator(f"input[name={name}]")
        if field.count():
            field.fill(value)
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    page.locator("form", has=page.locator("input[name=password2]")).get_by_role(
        "button", name="Sign Up"
    ).click()


def sign_in(page: Page, username: str) -> None:
    page.goto("/accounts/login/")
    page.locator("input[name=login]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form", has=page.locator("input[name=password]")).get_by_role(
        "button", name="Sign In"
    ).click()


def check_keyboard_use(page: Page, username: str) -> None:
    """The skip link comes first, and the user menu opens and closes by keyboard."""
    page.locator("body").focus()
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_visible()  # visually hidden until it has the focus

    # Every further Tab stays on the page's own controls, and the navigation is
    # reached before the main content.
    page.keyboard.press("Tab")
    expect(page.locator("nav[aria-label=Main] :focus")).to_have_count(1)

    button = user_menu(page, username)
    button.focus()
    expect(button).to_be_focused()
    page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    menu = page.locator("[aria-labelledby=user-menu]")
    expect(menu.get_by_role("link", name="My page")).to_be_visible()
    page.keyboard.press("ArrowDown")
    expect(menu.get_by_role("link", name="My page")).to_be_focused()
    page.keyboard.press("Escape")
    expect(menu.get_by_role("link", name="My page")).to_be_hidden()
    expect(button).to_be_focused()
    expect(button).to_have_attribute("aria-expanded", "false")


@pytest.mark.browser
def test_a_newcomer_signs_up_signs_in_again_and_adds_a_member_to_a_new_group(
    page: Page, bob, django_user_model
):
    sign_up(page, "alice")

    expect(user_menu(page, "alice")).to_be_visible()
    alice = django_user_model.objects.get(username="alice")
    assert alice.email == "alice@example.org"
    assert alice.check_password(PASSWORD)

    check_keyboard_use(page, "alice")

    user_menu(page, "alice").click()
    page.get_by_role("button", name="Sign out").click()
    expect(page.locator("#user-menu")).to_have_count(0)
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link", name="Sign in")).to_be_visible()

    sign_in(page, "alice")
    expect(user_menu(page, "alice")).to_be_visible()

    page.goto("/groups/new/")
    page.locator("input[name=name]").fill("Forecasting")
    page.locator("[name=description]").fill("Notebooks about tomorrow's weather.")
    page.locator("input[name=url]").fill("https://forecasting.example.org/")
    page.get_by_role("button", name="Create group").click()

    expect(page).to_have_url(re.compile(r"/groups/[0-9a-f-]{36}/$"))
    expect(page.locator("h1")).to_have_text("Forecasting")
    group_url = page.url

    # The page also lists each member with a role of their own: work in the add form.
    add_form = page.locator("form", has=page.get_by_role("button", name="Add member"))
    add_form.locator("input[name=username]").fill("bob")
    expect(add_form.get_by_label("User name")).to_have_value("bob")
    add_form.locator("select[name=role]").select_option(label="Member")
    expect(add_form.get_by_label("Role")).to_have_value("member")
    add_form.get_by_role("button", name="Add member").click()
    expect(page).to_have_url(group_url)

    # Look again from scratch, so that a flash message does not count as the listing.
    page.goto(group_url)
    expect(page.locator("main")).to_contain_text(re.compile(r"\bbob\b"))
    group = alice.member_groups.get(name="Forecasting")
    assert group.role_of(alice) == "owner"
    assert group.role_of(bob) == "member"
