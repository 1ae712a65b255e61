"""What users wrote (titles, descriptions, tags, cells, the query itself) is
shown as text on the search page: only the snippet's own <mark> is markup."""

from __future__ import annotations

import re

import pytest

from nbgallery.notebooks.tests.conftest import code_cell, markdown_cell

pytestmark = pytest.mark.django_db

PAYLOAD = "<script>alert('x')</script><img src=x onerror=alert(1)>"
# Titles may not hold "/" (nor ":"), so the title's script tag is never closed.
TITLE_PAYLOAD = "<script>alert('x') <img src=x onerror=alert(1)>"


@pytest.fixture
def hostile(alice, publish):
    return publish(
        alice,
        title=f"Pwned {TITLE_PAYLOAD}",
        description=f"Pwned description {PAYLOAD}",
        cells=[markdown_cell(f"pwned {PAYLOAD}"), code_cell(f"print('pwned {PAYLOAD}')")],
    )


def test_nothing_written_by_a_user_becomes_markup(client, hostile):
    response = client.get("/search/", {"q": f"pwned {TITLE_PAYLOAD}"})
    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["results"].total == 1
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert" in html
    # Our pages carry no inline script at all: the only <script> tags load our files.
    assert all("src=" in tag for tag in re.findall(r"<script[^>]*>", html))


def test_the_snippet_keeps_only_its_marks(client, hostile):
    snippet = client.get("/search.json", {"q": "pwned"}).json()["results"][0]["snippet_html"]
    assert "<mark>" in snippet
    assert re.sub(r"</?mark>", "", snippet).count("<") == 0
