"""A page of 20 notebooks costs no more queries than a page of 2."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .listing_world import make_group, make_notebook, share

PAGES = {
    "home recent": lambda group: "/",
    "home mine": lambda group: "/?tab=mine",
    "home shared": lambda group: "/?tab=shared",
    "tag": lambda group: "/tags/pandas/",
    "language": lambda group: "/languages/python/",
    "user": lambda group: "/users/alice/",
    "group": lambda group: f"/groups/{group.gid}/",
}


def add_notebooks(group, alice, bob, start, count):
    for n in range(start, start + count):
        owner = group if n % 2 else alice
        notebook = make_notebook(
            owner, f"Notebook {n}", public=n % 3 == 0, creator=alice, tags=["pandas", f"t{n}"]
        )
        if owner == alice:
            share(notebook, bob)


@pytest.mark.parametrize("page", PAGES)
def test_queries_do_not_grow_with_the_number_of_rows(
    page, alice, bob, bob_client, django_assert_max_num_queries, settings
):
    settings.NBGALLERY_NOTEBOOKS_PER_PAGE = 20
    group = make_group(alice, bob)
    url = PAGES[page](group)
    add_notebooks(group, alice, bob, 0, 2)
    with CaptureQueriesContext(connection) as small:
        assert bob_client.get(url).status_code == 200

    add_notebooks(group, alice, bob, 2, 40)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = bob_client.get(url)

    assert response.content.decode().count('<li class="card mb-2">') == 20
