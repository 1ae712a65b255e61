"""The endpoints the Jupyter clients call answer their origin with credentials
(protocol §2): errors included, preflights answered, no CSRF token needed."""

from django.test import Client, override_settings

JUPYTER = "http://127.0.0.1:8899"


def test_a_preflight_gets_204_with_the_allowed_methods(client, db):
    response = client.options(
        "/stages", HTTP_ORIGIN=JUPYTER, HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
    )

    assert response.status_code == 204
    assert "POST" in response["Access-Control-Allow-Methods"]
    assert response["Access-Control-Allow-Origin"] == JUPYTER
    assert response["Access-Control-Allow-Credentials"] == "true"


def test_errors_carry_the_cors_headers_too(db):
    client = Client(enforce_csrf_checks=True)

    response = client.post(
        "/stages?agree=yes", "{}", content_type="text/plain",
        HTTP_ACCEPT="application/json", HTTP_ORIGIN=JUPYTER,
    )  # fmt: skip

    assert response.status_code == 401
    assert response.json()["message"] == "You must be logged in to perform this action."
    assert response["Access-Control-Allow-Origin"] == JUPYTER
    assert response["Access-Control-Allow-Credentials"] == "true"
    assert "Origin" in response["Vary"]


def test_other_pages_get_no_cors_headers_and_keep_csrf(alice):
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)

    response = client.post("/upload/", {}, HTTP_ORIGIN=JUPYTER)

    assert response.status_code == 403
    assert "Access-Control-Allow-Origin" not in response


@override_settings(NBGALLERY_CORS_ORIGINS=["https://jupyter.example.org"])
def test_an_allow_list_echoes_only_the_origins_on_it(client, db):
    allowed = client.get("/healthz", HTTP_ORIGIN="https://jupyter.example.org")
    listed = client.options("/stages", HTTP_ORIGIN="https://jupyter.example.org")
    other = client.options("/stages", HTTP_ORIGIN="https://evil.example")

    assert "Access-Control-Allow-Origin" not in allowed  # not a Jupyter endpoint
    assert listed["Access-Control-Allow-Origin"] == "https://jupyter.example.org"
    assert "Access-Control-Allow-Origin" not in other
