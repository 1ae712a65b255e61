import pytest

from nbgallery.accounts.models import Group


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://files.example.org/", "not a url"])
def test_a_web_site_that_is_not_http_is_refused_on_the_page(alice_client, url):
    response = alice_client.post("/groups/new/", {"name": "Links", "url": url})

    assert response.status_code == 400
    assert "Enter a web address that starts with http:// or https://." in response.text
    assert not Group.objects.exists()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://files.example.org/", "example.org"])
def test_a_web_site_that_is_not_http_is_refused_by_the_api(alice_client, url):
    response = alice_client.post(
        "/api/v1/groups", {"name": "Links", "url": url}, content_type="application/json"
    )

    assert response.status_code == 400
    assert response.json()["message"] == "Enter a web address that starts with http:// or https://."
    assert not Group.objects.exists()


def test_the_web_site_is_linked_without_passing_on_the_opener(alice_client):
    alice_client.post("/groups/new/", {"name": "Links", "url": "https://example.org/a?b=1"})

    response = alice_client.get(Group.objects.get().get_absolute_url())

    assert '<a href="https://example.org/a?b=1" rel="noopener nofollow">' in response.text
