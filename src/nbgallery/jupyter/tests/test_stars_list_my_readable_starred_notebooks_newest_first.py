"""G9: /notebooks/stars lists the notebooks I starred and may read, newest star first."""

from datetime import timedelta

from django.utils import timezone

from nbgallery.jupyter.tests.jupyter_client import CLASSIC_CACHE_BUSTER, assert_json, get
from nbgallery.notebooks.models import Star

PARTIAL_KEYS = {
    "uuid", "title", "description", "public", "lang", "lang_version", "commit_id",
    "content_updated_at", "tags", "owner", "creator", "updater", "url",
}  # fmt: skip


def star(user, notebook, days_ago: int) -> None:
    made = Star.objects.create(user=user, notebook=notebook)
    Star.objects.filter(pk=made.pk).update(created_at=timezone.now() - timedelta(days=days_ago))


def test_the_partial_has_what_autodownload_reads(alice, bob, bob_client, publish, settings):
    settings.ALLOWED_HOSTS = ["gallery.example.org"]
    notebook = publish(alice, title="Sales report", tags="sales, monthly", public=True)
    star(bob, notebook, 0)

    response = bob_client.get(
        "/notebooks/stars?_=1700000000000",
        HTTP_HOST="gallery.example.org",
        HTTP_ORIGIN="http://127.0.0.1:8899",
        HTTP_ACCEPT="application/json",
    )

    [entry] = assert_json(response, 200)
    assert set(entry) == PARTIAL_KEYS
    assert (entry["uuid"], entry["title"]) == (str(notebook.uuid), "Sales report")
    assert sorted(entry["tags"]) == ["monthly", "sales"]
    assert (entry["owner"], entry["creator"], entry["updater"]) == ("alice", "alice", "alice")
    assert (entry["public"], entry["lang"], entry["commit_id"]) == (
        True,
        "python",
        str(notebook.uuid),
    )
    assert entry["url"] == f"http://gallery.example.org/notebooks/{notebook.uuid}/"


def test_newest_star_first_and_only_mine(alice, bob, bob_client, charlie, publish):
    old = publish(alice, title="Old favourite", public=True)
    new = publish(alice, title="New favourite", public=True)
    theirs = publish(alice, title="Charlie likes this", public=True)
    star(bob, old, 5)
    star(bob, new, 1)
    star(charlie, theirs, 0)

    body = assert_json(get(bob_client, "/notebooks/stars", CLASSIC_CACHE_BUSTER), 200)

    assert [entry["title"] for entry in body] == ["New favourite", "Old favourite"]


def test_a_starred_notebook_i_may_no_longer_read_is_left_out(
    alice, charlie, charlie_client, publish
):
    notebook = publish(alice, title="Was public", public=True)
    star(charlie, notebook, 1)
    notebook.public = False
    notebook.save()

    assert assert_json(get(charlie_client, "/notebooks/stars"), 200) == []


def test_only_the_first_page_is_listed(alice, alice_client, publish, settings):
    settings.NBGALLERY_NOTEBOOKS_PER_PAGE = 2
    for number in range(3):
        star(alice, publish(alice, title=f"Notebook {number}"), number)

    body = assert_json(get(alice_client, "/notebooks/stars"), 200)

    assert [entry["title"] for entry in body] == ["Notebook 0", "Notebook 1"]


def test_a_group_owned_notebook_names_the_group(alice, bob, bob_client, team, publish):
    notebook = publish(team, alice, title="Team notes", public=False)
    star(bob, notebook, 0)

    [entry] = assert_json(get(bob_client, "/notebooks/stars"), 200)

    assert entry["owner"] == str(team.gid)


def test_anonymous_is_401_json(client, db):
    body = assert_json(get(client, "/notebooks/stars"), 401)

    assert body == {"message": "You must be logged in to perform this action."}
