"""Every listing page shows a private notebook to its owner, the owning group's
members, its sharees and admins, and to nobody else (anonymous visitors included)."""

import pytest
from django.test import Client

from .listing_world import make_group, make_notebook, page_text, share

TOUR = "Public pandas tour"
DIARY = "Alice private diary"
PLAN = "Group private plan"
DRAFT = "Shared private draft"
HANDBOOK = "Group public handbook"
EVERYTHING = {TOUR, DIARY, PLAN, DRAFT, HANDBOOK}

READABLE = {
    "anonymous": {TOUR, HANDBOOK},
    "charlie": {TOUR, HANDBOOK},
    "bob": {TOUR, HANDBOOK, PLAN},
    "dora": {TOUR, HANDBOOK, DRAFT},
    "alice": EVERYTHING,
    "admin_user": EVERYTHING,
}

PAGES = {
    "home": (lambda group: "/", EVERYTHING),
    "tag": (lambda group: "/tags/pandas/", EVERYTHING),
    "language": (lambda group: "/languages/python/", EVERYTHING),
    "user": (lambda group: "/users/alice/", EVERYTHING),
    "group": (lambda group: f"/groups/{group.gid}/", {PLAN, HANDBOOK}),
}


@pytest.fixture
def group(alice, bob, django_user_model):
    group = make_group(alice, bob)
    dora = django_user_model.objects.create_user("dora", "dora@example.org", "x")
    make_notebook(alice, TOUR, public=True, tags=["pandas"])
    make_notebook(alice, DIARY, tags=["pandas"])
    make_notebook(group, PLAN, creator=alice, tags=["pandas"])
    share(make_notebook(alice, DRAFT, tags=["pandas"]), dora)
    make_notebook(group, HANDBOOK, public=True, creator=alice, tags=["pandas"])
    return group


def client_of(request, viewer: str) -> Client:
    client = Client()
    if viewer == "dora":
        from nbgallery.accounts.models import User

        client.force_login(User.objects.get(username="dora"))
    elif viewer != "anonymous":
        client.force_login(request.getfixturevalue(viewer))
    return client


@pytest.mark.parametrize("viewer", READABLE)
@pytest.mark.parametrize("page", PAGES)
def test_a_listing_shows_exactly_the_notebooks_the_viewer_may_read(
    request, group, admin_user, charlie, viewer, page
):
    url, scope = PAGES[page]
    html = page_text(client_of(request, viewer).get(url(group)))

    shown = {title for title in EVERYTHING if title in html}
    assert shown == scope & READABLE[viewer]
