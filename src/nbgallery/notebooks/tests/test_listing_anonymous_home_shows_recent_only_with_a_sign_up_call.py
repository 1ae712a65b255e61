"""An anonymous visitor's home page: the Recent tab only, and an invitation to sign up."""

from .listing_world import make_notebook, page_text


def test_anonymous_visitors_see_recent_public_notebooks_and_the_sign_up_button(alice, client):
    make_notebook(alice, "Shown to all", public=True)

    html = page_text(client.get("/"))

    assert "Shown to all" in html
    assert ">Recent</a>" in html
    assert "Shared with me" not in html
    assert ">Mine</a>" not in html
    assert 'href="/accounts/signup/"' in html


def test_asking_for_another_tab_anonymously_shows_recent(alice, client):
    make_notebook(alice, "Shown to all", public=True)

    html = page_text(client.get("/", {"tab": "shared"}))

    assert "Shown to all" in html


def test_signed_in_users_see_all_three_tabs_and_recent_first(alice, alice_client):
    older = make_notebook(alice, "Older", public=True)
    make_notebook(alice, "Newer", public=True)
    older.save()  # updated later, but Recent is by creation date

    html = page_text(alice_client.get("/"))

    assert ">Recent</a>" in html and ">Mine</a>" in html and ">Shared with me</a>" in html
    assert html.index("Newer") < html.index("Older")
