"""The original gallery's notebook URLs (and the clients' "Open in the Gallery") still work."""


def test_every_old_form_redirects_to_the_notebook_page(alice, alice_client, publish):
    notebook = publish(alice, title="Sales report")
    uuid = str(notebook.uuid)
    canonical = f"/notebooks/{uuid}/"

    for url in (
        f"/nb/{uuid}",
        f"/nb/{uuid}/",
        f"/nb/{uuid}/sales-report",
        f"/nb/{uuid[:8]}/sales-report/",
        f"/notebook/{uuid}",
        f"/notebook/{uuid}/",
        f"/notebooks/{uuid}",
        f"/notebooks/{notebook.pk}-sales-report",
        f"/notebooks/{notebook.pk}-sales-report/",
        f"/notebooks/{uuid[:8]}",
    ):
        response = alice_client.get(url, follow=True)

        assert response.status_code == 200, url
        assert response.redirect_chain[-1][0] == canonical, url
        assert "Sales report" in response.text


def test_anonymous_visitors_open_public_notebooks_and_not_private_ones(client, alice, publish):
    public = publish(alice, title="Open one", public=True)
    private = publish(alice, title="Closed one", public=False)

    assert client.get(f"/nb/{public.uuid}", follow=True).status_code == 200
    response = client.get(f"/nb/{private.uuid}")
    assert response.status_code == 404
    assert "sign in" in response.text


def test_unknown_notebooks_are_not_found(alice_client):
    for url in ("/nb/nothing", "/notebook/00000000", "/notebooks/99999-gone"):
        assert alice_client.get(url).status_code == 404, url


def test_the_notebook_list_without_a_stage_is_the_home_page(client, db):
    response = client.get("/notebooks/", follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/"
