"""No notebooks, no users, no clicks: the jobs finish and the pages say so."""

import pytest

from nbgallery.recommendations.jobs import JOBS
from nbgallery.recommendations.models import Recommendation


@pytest.mark.django_db
def test_every_job_finishes_with_nothing_to_do():
    reported = []
    for job in JOBS:
        job.run(lambda done, total: reported.append((done, total)))
    assert not Recommendation.objects.exists()
    assert reported[-1] == (100, 100)


def test_a_user_without_recommendations_reads_not_enough_data_yet(alice_client):
    for job in JOBS:
        job.run(lambda done, total: None)
    for url in ("/recommendations/", "/?tab=recommended"):
        page = alice_client.get(url)
        assert page.status_code == 200
        assert "Not enough data yet" in page.content.decode()
