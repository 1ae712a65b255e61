"""The home page's Recommended tab and /recommendations/ list the job's picks."""

from nbgallery.recommendations.tests.conftest import run_jobs


def test_tab_and_page_show_the_trusted_pick_with_its_reason(write, alice, charlie_client, client):
    write(alice, "Getting started", trusted=True, tags="tutorial")

    run_jobs()

    tab = charlie_client.get("/?tab=recommended").content.decode()
    assert "Getting started" in tab
    page = charlie_client.get("/recommendations/").content.decode()
    assert "Getting started" in page
    assert "Recommended for new users" in page
    assert "tutorial" in page  # a suggested tag


def test_the_page_is_for_signed_in_users(client):
    response = client.get("/recommendations/")
    assert response.status_code == 302
    assert "login" in response["Location"]
