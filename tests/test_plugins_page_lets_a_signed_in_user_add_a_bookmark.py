import pytest

pytestmark = pytest.mark.usefixtures("example_plugin")

URL = "/example/bookmarks/"


def test_a_signed_in_user_adds_a_bookmark_and_sees_it_listed(alice, alice_client):
    from nbgallery_example.models import Bookmark

    response = alice_client.post(URL, {"title": "Jupyter", "url": "https://jupyter.org/"})

    assert response.status_code == 302 and response.url == URL
    bookmark = Bookmark.objects.get()
    assert (bookmark.owner, bookmark.title, bookmark.url) == (
        alice,
        "Jupyter",
        "https://jupyter.org/",
    )
    page = alice_client.get(URL)
    assert b"Bookmark added." in page.content
    assert b">Jupyter</a>" in page.content


def test_visitors_who_are_not_signed_in_are_sent_to_sign_in(client, db):
    from nbgallery_example.models import Bookmark

    response = client.post(URL, {"title": "Jupyter", "url": "https://jupyter.org/"})

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")
    assert not Bookmark.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"title": "", "url": "https://jupyter.org/"}, b"This field is required."),
        ({"title": "Bad", "url": "javascript:alert(1)"}, b"Enter a valid URL."),
        ({"title": "x" * 201, "url": "https://jupyter.org/"}, b"at most 200 characters"),
    ],
)
def test_bad_input_gets_the_form_back_with_a_message_and_stores_nothing(
    alice_client, data, message
):
    from nbgallery_example.models import Bookmark

    response = alice_client.post(URL, data)

    assert response.status_code == 400
    assert message in response.content
    assert not Bookmark.objects.exists()
