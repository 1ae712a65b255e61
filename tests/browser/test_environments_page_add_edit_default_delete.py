"""The environments page in a real browser: reach it from the user menu, add two
environments, make one the default, edit one, delete one after confirming."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from nbgallery.jupyter.models import Environment


def row(page: Page, name: str):
    return page.locator(
        "#environments-table tbody tr", has=page.get_by_role("rowheader", name=name)
    )


def add(page: Page, name: str, url: str, interface: str) -> None:
    page.get_by_role("link", name="Add an environment").click()
    page.get_by_label("Name").fill(name)
    page.get_by_label("URL").fill(url)
    page.get_by_label("Interface").select_option(interface)
    page.get_by_role("button", name="Add environment").click()
    expect(
        page.get_by_role("alert").filter(has_text=f"The environment {name} is added.")
    ).to_be_visible()


@pytest.mark.browser
def test_add_make_default_edit_and_delete(page: Page, alice, sign_in_as):
    sign_in_as(alice)
    page.goto("/")
    page.locator("#user-menu").click()
    page.get_by_role("link", name="Jupyter environments").click()
    expect(page.get_by_role("heading", name="Jupyter environments", level=1)).to_be_visible()
    expect(page.get_by_text("You have no Jupyter environment yet.")).to_be_visible()

    add(page, "home-lab", "http://127.0.0.1:8888", "lab")
    add(page, "team-nb7", "https://jupyter.example.org/user/alice/", "notebook")
    expect(row(page, "home-lab")).to_contain_text("http://127.0.0.1:8888/")
    expect(row(page, "team-nb7")).to_contain_text("Jupyter Notebook 7")
    expect(page.locator(".badge", has_text="Default")).to_have_count(0)

    row(page, "team-nb7").get_by_role("button", name="Make team-nb7 the default").click()
    expect(row(page, "team-nb7").locator(".badge", has_text="Default")).to_be_visible()
    row(page, "home-lab").get_by_role("button", name="Make home-lab the default").click()
    expect(row(page, "home-lab").locator(".badge", has_text="Default")).to_be_visible()
    expect(page.locator(".badge", has_text="Default")).to_have_count(1)

    row(page, "team-nb7").get_by_role("link", name="Edit team-nb7").click()
    expect(page.get_by_label("Name")).to_have_value("team-nb7")
    page.get_by_label("Name").fill("team lab")  # a space is not allowed
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#id_name_errors")).to_contain_text("letters, digits and hyphens")
    expect(page.get_by_label("Name")).to_have_attribute("aria-describedby", "id_name_errors")
    page.get_by_label("Name").fill("team-lab")
    page.get_by_label("Interface").select_option("lab")
    page.get_by_role("button", name="Save").click()
    expect(row(page, "team-lab")).to_contain_text("JupyterLab")

    row(page, "team-lab").get_by_role("link", name="Delete team-lab").click()
    expect(page.get_by_role("heading", name="Delete team-lab?")).to_be_visible()
    page.get_by_role("button", name="Delete environment").click()
    expect(page.get_by_role("alert").filter(has_text="team-lab is deleted")).to_be_visible()
    expect(row(page, "team-lab")).to_have_count(0)

    remaining = Environment.objects.get(user=alice)
    assert (remaining.name, remaining.url, remaining.default) == (
        "home-lab",
        "http://127.0.0.1:8888/",
        True,
    )
