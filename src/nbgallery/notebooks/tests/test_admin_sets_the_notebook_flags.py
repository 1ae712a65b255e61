"""Until deprecation and reviews have their own pages, an admin sets a notebook's
deprecated, verified and unapproved flags in the admin site; nothing else of
the notebook changes there."""

from nbgallery.notebooks.models import Notebook


def test_the_list_filters_and_shows_the_flags(admin_client, alice, publish):
    notebook = publish(alice, title="Sales report")
    Notebook.objects.filter(pk=notebook.pk).update(deprecated=True)

    listing = admin_client.get("/admin/notebooks/notebook/", {"deprecated__exact": "1"})
    none = admin_client.get("/admin/notebooks/notebook/", {"deprecated__exact": "0"})

    assert listing.status_code == 200
    assert "Sales report" in listing.text
    assert "Sales report" not in none.text


def test_the_change_form_sets_the_flags_and_keeps_the_rest(admin_client, alice, publish):
    notebook = publish(alice, title="Sales report")
    url = f"/admin/notebooks/notebook/{notebook.pk}/change/"

    assert admin_client.get(url).status_code == 200
    # Ticked boxes send "on", cleared ones nothing; the title is read-only, so ignored.
    response = admin_client.post(url, {"verified": "on", "unapproved": "on", "title": "Renamed"})

    assert response.status_code == 302
    notebook.refresh_from_db()
    assert (notebook.deprecated, notebook.verified, notebook.unapproved) == (False, True, True)
    assert notebook.title == "Sales report"


def test_notebooks_are_neither_added_nor_deleted_there(admin_client, alice, publish):
    notebook = publish(alice)

    assert admin_client.get("/admin/notebooks/notebook/add/").status_code == 403
    assert admin_client.get(f"/admin/notebooks/notebook/{notebook.pk}/delete/").status_code == 403


def test_people_who_are_not_admins_are_sent_to_sign_in(alice_client):
    assert alice_client.get("/admin/notebooks/notebook/").status_code == 302
