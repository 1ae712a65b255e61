"""Whatever tag, language, user name or page number is put in a listing's URL, the
JSON answer is never a 500 and never lists a notebook the requester may not read."""

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .listing_world import make_notebook

TEMPLATES = [
    "/tags/{}.json",
    "/languages/{}.json",
    "/users/{}.json",
    "/notebooks.json?tab={}",
    "/tags/{}/",
    "/languages/{}/",
    "/users/{}/",
]

ODD = [
    "",
    ".",
    "..",
    "%",
    "\x00",
    "'; --",
    '"',
    "<script>",
    "é",
    "日本語",
    "🙂",
    "\u200b",
    "x" * 5000,
]
texts = st.one_of(st.sampled_from(ODD), st.text(max_size=40))
PRIVATE = "Alice private"


@pytest.fixture
def world(alice):
    make_notebook(alice, "Alice public", public=True, tags=["t"])
    make_notebook(alice, PRIVATE, tags=["t"])


def fetch(client, template: str, text: str, page: str):
    path = template.format(quote(text, safe=""))
    separator = "&" if "?" in path else "?"
    return client.get(f"{path}{separator}page={quote(page, safe='')}")


def assert_answered_without_leaks(response) -> None:
    assert response.status_code < 500
    if response.status_code == 200 and response["Content-Type"] == "application/json":
        titles = [row["title"] for row in response.json()["results"]]
        assert PRIVATE not in titles
    elif response.status_code == 200:
        assert PRIVATE not in response.content.decode()


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("text", ODD)
def test_each_known_troublemaker_is_answered(world, charlie_client, template, text):
    assert_answered_without_leaks(fetch(charlie_client, template, text, text))


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(template=st.sampled_from(TEMPLATES), text=texts, page=texts)
def test_odd_input_gets_an_answer_without_private_notebooks(
    world, charlie_client, template, text, page
):
    assert_answered_without_leaks(fetch(charlie_client, template, text, page))
