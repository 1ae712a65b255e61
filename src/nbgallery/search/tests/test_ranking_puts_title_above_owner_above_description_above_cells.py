import pytest

from conftest import make_user
from nbgallery.search.tests.conftest import markdown_cell, titles

pytestmark = pytest.mark.django_db


def test_a_word_counts_most_in_the_title_then_owner_then_description_then_cells(
    django_user_model, alice, charlie, publish, search
):
    zebra = make_user(django_user_model, "zebra", last_name="Keeper")
    filler = [markdown_cell("Some ordinary words about animals in a park.")]
    # Published in the reverse of the expected order, so recency cannot explain it.
    publish(alice, title="In the cells", cells=[markdown_cell("A zebra crossed the road.")])
    publish(alice, title="In the description", description="Notes on a zebra.", cells=filler)
    publish(zebra, title="In the owner", cells=filler)
    publish(alice, title="In the title zebra", cells=filler)

    results = search(charlie, "zebra")

    assert titles(results) == [
        "In the title zebra",
        "In the owner",
        "In the description",
        "In the cells",
    ]
    scores = [hit.score for hit in results.hits]
    assert scores == sorted(scores, reverse=True)
    assert scores[-1] > 0
