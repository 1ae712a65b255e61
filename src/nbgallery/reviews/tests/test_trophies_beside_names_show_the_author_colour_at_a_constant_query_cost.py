"""Trophies stand beside people's names on listings, search results, the notebook
page, comments, user and group pages; coloured by author percentile (reference
§5.8), read in one query per page however many people it shows."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from nbgallery.notebooks.tests.listing_world import make_group, make_notebook
from nbgallery.social import services as social

TROPHY = re.compile(r'<a class="nbg-trophy[^"]*" href="/users/([^/]+)/reputation/"[^>]*>.*?</a>')


def trophies(html: str) -> list[tuple[str, str]]:
    """(user name, colour) of every trophy on the page, in order."""
    found = []
    for match in TROPHY.finditer(html):
        colour = re.search(r'aria-label="(\w+) trophy"', match.group(0))
        assert colour, match.group(0)  # every trophy is a whole, labelled link
        found.append((match.group(1), colour.group(1)))
    return found


def authors(django_user_model, start: int, count: int) -> list:
    return [
        django_user_model.objects.create_user(username=f"author{n}", email=f"a{n}@example.org")
        for n in range(start, start + count)
    ]


def test_a_listing_with_many_owners_costs_the_queries_of_one(
    django_user_model, reputation, bob_client, settings
):
    settings.NBGALLERY_NOTEBOOKS_PER_PAGE = 20
    (first,) = authors(django_user_model, 0, 1)
    make_notebook(first, "Notebook 0", public=True)
    make_notebook(first, "Notebook 1", public=True)
    reputation(first, author_pct=95)
    with CaptureQueriesContext(connection) as one_owner:
        small = bob_client.get("/").content.decode()

    for n, person in enumerate(authors(django_user_model, 1, 18), start=1):
        make_notebook(person, f"Notebook {n + 1}", public=True)
        reputation(person, author_pct=n * 5)  # author<n> is at the (5·n)th percentile
    with CaptureQueriesContext(connection) as many_owners:
        big = bob_client.get("/").content.decode()

    assert len(many_owners.captured_queries) <= len(one_owner.captured_queries)
    assert set(trophies(small)) == {("author0", "gold")}
    shown = dict(trophies(big))
    assert len(shown) == 19
    assert shown["author0"] == "gold"
    assert shown["author18"] == "gold"  # 90
    assert shown["author15"] == "silver"  # 75
    assert shown["author10"] == "bronze"  # 50
    assert shown["author9"] == "white"  # 45


def test_a_person_without_a_computed_reputation_gets_a_plain_white_trophy(
    django_user_model, bob_client
):
    (newcomer,) = authors(django_user_model, 0, 1)
    make_notebook(newcomer, "First notebook", public=True)

    page = bob_client.get("/").content.decode()

    # Owner and updater: two whole trophy links, both white, no stray markup.
    assert trophies(page) == [("author0", "white"), ("author0", "white")]
    assert page.count('class="nbg-trophy') == 2


def test_a_group_owner_has_no_trophy_but_its_updater_does(alice, bob, bob_client, reputation):
    group = make_group(alice, bob)
    make_notebook(group, "Team notebook", public=True, creator=alice)
    reputation(alice, author_pct=80)

    page = bob_client.get("/").content.decode()

    assert trophies(page) == [("alice", "silver")]


@pytest.mark.usefixtures("isolated_storage")
def test_the_notebook_page_and_its_comments_show_trophies(
    publish, alice, bob, charlie, bob_client, reputation
):
    notebook = publish(alice, public=True)
    social.add_comment(bob, notebook, "Nice work.")
    social.add_comment(charlie, notebook, "Agreed.")
    reputation(alice, author_pct=92)
    reputation(bob, author_pct=60)

    with CaptureQueriesContext(connection) as queries:
        page = bob_client.get(notebook.get_absolute_url()).content.decode()

    shown = trophies(page)
    # Owner, creator and updater, then each comment's author.
    assert shown[:3] == [("alice", "gold")] * 3
    assert ("bob", "bronze") in shown and ("charlie", "white") in shown
    reads = [q["sql"] for q in queries.captured_queries if "reviews_usersummary" in q["sql"]]
    assert len(reads) <= 2  # the notebook's people; the commenters come joined to the comments


def test_user_and_group_pages_show_trophies(alice, bob, bob_client, reputation):
    group = make_group(alice, bob)
    make_notebook(alice, "Sales", public=True)
    reputation(alice, author_pct=77)

    user_page = bob_client.get("/users/alice/").content.decode()
    group_page = bob_client.get(group.get_absolute_url()).content.decode()

    assert trophies(user_page)[0] == ("alice", "silver")  # beside the heading
    assert ("alice", "silver") in trophies(group_page) and ("bob", "white") in trophies(group_page)


def test_search_results_show_trophies(
    publish, alice, bob_client, reputation, django_capture_on_commit_callbacks, isolated_storage
):
    with django_capture_on_commit_callbacks(execute=True):  # indexes the notebook
        publish(alice, title="Quarterly sales", public=True)
    reputation(alice, author_pct=55)

    page = bob_client.get("/search/", {"q": "sales"}).content.decode()

    assert ("alice", "bronze") in trophies(page)
