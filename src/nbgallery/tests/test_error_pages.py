import pytest
from django.test import override_settings
from django.urls import path

from nbgallery.urls import urlpatterns as site_patterns


def boom(request):
    raise RuntimeError("a bug")


urlpatterns = [path("boom/", boom), *site_patterns]
handler500 = "nbgallery.views.server_error"
handler404 = "nbgallery.views.page_not_found"


def test_unknown_page_gets_a_friendly_404_page(client, db):
    response = client.get("/no/such/page/")

    assert response.status_code == 404
    assert b"We could not find that page" in response.content
    assert b"Go to the home page" in response.content


def test_json_clients_get_a_json_404(client, db):
    response = client.get("/no/such/page/", HTTP_ACCEPT="application/json")

    assert response.status_code == 404
    assert response.json()["message"] == "We could not find that page"


@pytest.mark.urls(__name__)
@override_settings(DEBUG=False)
def test_a_crash_shows_a_friendly_500_without_traceback(db):
    from django.test import Client

    client = Client(raise_request_exception=False)
    response = client.get("/boom/")

    assert response.status_code == 500
    assert b"Something went wrong on our side" in response.content
    assert b"Traceback" not in response.content
    assert b"a bug" not in response.content


def test_admin_pages_need_an_admin(bob_client):
    response = bob_client.get("/manage/approvals/")

    assert response.status_code == 403
    assert b"This page is for admins." in response.content
