"""The recommender dashboard counts the job's recommendations by reason and lists the top ones."""

import pytest

from nbgallery.recommendations.models import Recommendation
from nbgallery.search.indexing import index_notebook

from .conftest import click, code_cell, headline, page, run_jobs

JOBS = ("notebook_similarity", "users_also_viewed", "user_similarity", "recommendations")


@pytest.fixture
def suggestions(publish, alice, bob, charlie, team):
    """Group notebooks for bob, and what bob runs for alice (a similar user)."""
    made = {}
    for title, owner in [
        ("Team handbook", team),
        ("Team budget", team),
        ("Shared one", alice),
        ("Shared two", alice),
        ("Bob's favourite", alice),
    ]:
        notebook = publish(owner, alice, title=title, cells=[code_cell(f"# {title}\nx = 1")])
        index_notebook(notebook.pk)
        made[title] = notebook
    for title in ("Shared one", "Shared two"):
        click(charlie, made[title])
        click(bob, made[title], "executed notebook")
    click(bob, made["Bob's favourite"], "executed notebook")
    run_jobs(*JOBS)
    return made


def test_counts_match_the_jobs_rows(admin_client, suggestions):
    rows = Recommendation.objects.all()
    assert rows.filter(reason=Recommendation.GROUPS).exists()
    response = page(admin_client, "dashboard_recommender")
    figures = headline(response)
    assert figures["Recommendations"] == str(rows.count())
    assert figures["People with recommendations"] == str(rows.values("user").distinct().count())
    assert figures["Notebooks recommended"] == str(rows.values("notebook").distinct().count())
    content = response.content.decode()
    groups = rows.filter(reason=Recommendation.GROUPS)
    expected = (
        f'<th scope="row"><a href="?reason=groups">Owned by one of your groups</a></th>'
        f"<td>{groups.count()}</td><td>{groups.values('user').distinct().count()}</td>"
    )
    assert expected in content
    assert 'id="scores-title"' in content and 'id="by-reason-title"' in content
    assert "Team handbook" in content and "Analytics" in content


def test_one_reason_lists_only_its_notebooks(admin_client, suggestions):
    favourite = suggestions["Bob's favourite"]
    assert Recommendation.objects.filter(notebook=favourite).exclude(reason="groups").exists()
    assert "Bob&#x27;s favourite" in page(admin_client, "dashboard_recommender").content.decode()
    response = page(admin_client, "dashboard_recommender", "?reason=groups")
    assert response.status_code == 200
    top = response.content.decode().split("Most suggested: Owned by one of your groups")[1]
    assert "Team handbook" in top and "Team budget" in top
    assert "Bob&#x27;s favourite" not in top


@pytest.mark.django_db
def test_an_unknown_reason_is_a_400_that_names_the_reasons(admin_client):
    response = page(admin_client, "dashboard_recommender", "?reason=<b>nope</b>")
    assert response.status_code == 400
    content = response.content.decode()
    assert "There is no recommendation reason" in content and "similar_users" in content
    assert "<b>nope</b>" not in content
