import pytest

from nbgallery.search.tests.conftest import markdown_cell, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def notebooks(alice, bob, team, publish):
    publish(
        alice,
        title="Otters",
        description="About beavers.",
        tags="rivers",
        cells=[markdown_cell("mentions lakes")],
    )
    publish(
        bob,
        title="Beavers",
        description="About lakes.",
        tags="otters",
        cells=[markdown_cell("mentions rivers")],
        language="r",
    )
    publish(team, alice, title="Lakes", description="About otters.", cells=[])


def test_title_description_and_tag(notebooks, charlie, search):
    assert titles(search(charlie, "title:otters")) == ["Otters"]
    assert titles(search(charlie, "description:otters")) == ["Lakes"]
    assert titles(search(charlie, "tag:otters")) == ["Beavers"]
    assert titles(search(charlie, "tags:rivers")) == ["Otters"]


def test_language(notebooks, charlie, search):
    assert titles(search(charlie, "lang:r")) == ["Beavers"]
    assert titles(search(charlie, "language:R")) == ["Beavers"]


def test_owner_creator_updater_and_user(notebooks, charlie, search):
    assert titles(search(charlie, "owner:bob")) == ["Beavers"]
    assert titles(search(charlie, 'owner:"Analytics"')) == ["Lakes"]
    assert sorted(titles(search(charlie, "creator:alice"))) == ["Lakes", "Otters"]
    assert sorted(titles(search(charlie, "updater:alice"))) == ["Lakes", "Otters"]
    assert sorted(titles(search(charlie, "user:alice"))) == ["Lakes", "Otters"]
    assert titles(search(charlie, "user:Member")) == ["Beavers"]  # Bob Member's full name


def test_field_terms_negate_and_combine(notebooks, charlie, search):
    assert sorted(titles(search(charlie, "-title:otters"))) == ["Beavers", "Lakes"]
    assert sorted(titles(search(charlie, "title:otters or tag:otters"))) == ["Beavers", "Otters"]


def test_an_unknown_field_is_plain_text(alice, charlie, publish, search):
    publish(alice, title="Ratios", cells=[markdown_cell("the ratio is 16:9 here")])
    results = search(charlie, "16:9")
    assert titles(results) == ["Ratios"]
    assert results.notice == ""
