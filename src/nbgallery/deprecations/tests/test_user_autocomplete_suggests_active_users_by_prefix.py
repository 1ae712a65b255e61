"""``/users/autocomplete?q=`` suggests up to 10 active users by user-name prefix,
to signed-in users only."""

from __future__ import annotations

from django.urls import reverse

from conftest import make_user

URL = "/users/autocomplete"


def test_it_answers_matching_users_as_json(alice_client, bob, charlie, django_user_model):
    make_user(django_user_model, "chuck", last_name="Norris")
    make_user(django_user_model, "chad", is_active=False)

    response = alice_client.get(URL, {"q": "CH"})

    assert response.status_code == 200
    assert response.json() == {
        "users": [
            {"username": "charlie", "name": "Charlie Outsider"},
            {"username": "chuck", "name": "Chuck Norris"},
        ]
    }


def test_it_answers_at_most_ten(alice_client, django_user_model):
    for number in range(12):
        make_user(django_user_model, f"user{number:02d}")

    assert len(alice_client.get(URL, {"q": "user"}).json()["users"]) == 10


def test_an_empty_or_odd_query_finds_nobody(alice_client, bob):
    for query in ["", "   ", "zzz", "b\x00", "%", "_"]:
        response = alice_client.get(URL, {"q": query})
        assert response.status_code == 200 and response.json() == {"users": []}, query


def test_it_requires_signing_in(client, bob):
    response = client.get(URL, {"q": "b"})

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_htmx_gets_options_that_complete_the_last_name_typed(alice_client, bob, charlie):
    response = alice_client.get(URL, {"usernames": "bob,  ch"}, HTTP_HX_REQUEST="true")

    assert response.status_code == 200
    assert response.content.decode() == '<option value="bob, charlie">Charlie Outsider</option>'


def test_htmx_options_escape_names(alice_client, django_user_model):
    make_user(django_user_model, "eve", last_name="<script>alert(1)</script>")

    page = alice_client.get(URL, {"q": "ev"}, HTTP_HX_REQUEST="true").content.decode()

    assert "<script>" not in page and "&lt;script&gt;" in page


def test_the_share_form_asks_for_suggestions(publish, alice, alice_client):
    notebook = publish(alice, public=False)

    page = alice_client.get(reverse("notebook_shares", args=[notebook.uuid])).content.decode()

    assert f'hx-get="{URL}"' in page and 'list="user-suggestions"' in page
    assert '<datalist id="user-suggestions">' in page
