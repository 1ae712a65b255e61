"""``active:true`` keeps notebooks in use (the default anyway); ``active:false``
finds only deprecated ones, without the switch, and within what the viewer may read."""

import pytest

from nbgallery.search.tests.conftest import flag, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def notebooks(alice, publish):
    publish(alice, title="Current kelp")
    flag(publish(alice, title="Old kelp"), deprecated=True)
    flag(publish(alice, title="Private old kelp", public=False), deprecated=True)
    flag(publish(alice, title="Old failed kelp"), deprecated=True, unapproved=True)


def test_active_false_finds_only_deprecated_notebooks(notebooks, charlie, search):
    for text in ["kelp active:false", "active:false", "active:no kelp", "-active:true kelp"]:
        results = search(charlie, text)
        assert titles(results) == ["Old kelp"], text
        assert results.total == 1
        assert results.notice == ""


def test_active_false_still_leaves_out_unapproved_unless_included(notebooks, charlie, search):
    results = search(charlie, "kelp active:false", include_unapproved=True)

    assert sorted(titles(results)) == ["Old failed kelp", "Old kelp"]


def test_active_false_shows_the_owner_their_private_deprecated_notebook(notebooks, alice, search):
    assert sorted(titles(search(alice, "active:false"))) == ["Old kelp", "Private old kelp"]


def test_active_true_leaves_deprecated_out_even_when_included(notebooks, charlie, search):
    assert titles(search(charlie, "kelp active:true")) == ["Current kelp"]
    assert titles(search(charlie, "kelp active:true", include_deprecated=True)) == ["Current kelp"]
