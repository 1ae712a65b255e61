import pytest

from nbgallery.search.tests.conftest import code_cell, markdown_cell

pytestmark = pytest.mark.django_db


def test_the_snippet_marks_the_words_and_escapes_the_rest(alice, charlie, publish, search):
    publish(
        alice,
        title="Markup",
        cells=[
            markdown_cell("<script>alert('x')</script> & the octopus <b>hides</b>"),
            code_cell("octopus = '<img src=x onerror=alert(1)>'"),
        ],
    )
    snippet = str(search(charlie, "octopus").hits[0].snippet)
    assert "<mark>octopus</mark>" in snippet
    assert "<script>" not in snippet and "<img" not in snippet and "<b>" not in snippet
    assert "&lt;script&gt;" in snippet
    without_marks = snippet.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in without_marks


def test_no_snippet_without_a_match_in_the_text(alice, charlie, publish, search):
    publish(alice, title="Quiet title", description="nothing to see")
    assert search(charlie, "title:quiet").hits[0].snippet == ""
    assert search(charlie, "").hits[0].snippet == ""
