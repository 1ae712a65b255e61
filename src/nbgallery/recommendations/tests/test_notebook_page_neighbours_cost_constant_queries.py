"""More like this and Users also viewed cost the notebook page the same queries, however many."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from nbgallery.recommendations.models import AlsoViewed, SimilarNotebook


def queries_for(client, notebook) -> int:
    client.get(notebook.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        assert client.get(notebook.get_absolute_url()).status_code == 200
    return len(queries)


def test_more_neighbours_cost_no_more_queries(write, alice, bob_client):
    quiet = write(alice, "Quiet")
    busy = write(alice, "Busy")
    for n in range(6):
        other = write(alice, f"Neighbour {n}")
        SimilarNotebook.objects.create(notebook=busy, other=other, score=0.5 + n / 100)
        AlsoViewed.objects.create(notebook=busy, other=other, score=0.5 + n / 100)

    assert queries_for(bob_client, quiet) == queries_for(bob_client, busy)
    page = bob_client.get(busy.get_absolute_url()).content.decode()
    assert page.index("Neighbour 5") < page.index("Neighbour 0")  # best first
