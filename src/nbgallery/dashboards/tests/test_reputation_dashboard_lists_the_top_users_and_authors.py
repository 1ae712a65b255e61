"""The reputation dashboard lists the reputation job's top users and authors."""

from django.urls import reverse

from nbgallery.reviews.models import UserSummary
from nbgallery.usage.models import Click

from .conftest import click, headline, page, run_jobs, table_row


def test_top_lists_and_histograms_follow_the_job(admin_client, publish, alice, bob, charlie):
    first = publish(alice, title="First")
    second = publish(alice, title="Second")
    click(bob, first)
    click(bob, second)
    click(bob, first, Click.RAN)
    click(charlie, first)

    run_jobs("user_summaries")

    scores = {s.user.username: s for s in UserSummary.objects.select_related("user")}
    # views + 10·runs: bob 2 + 10, charlie 1.
    assert scores["bob"].user_rep_raw == 12 and scores["charlie"].user_rep_raw == 1
    assert scores["alice"].author_rep_raw > 0
    response = page(admin_client, "dashboard_reputation")
    assert headline(response)["People with a reputation row"] == str(len(scores))
    assert headline(response)["With an author reputation above 0"] == "1"
    content = response.content.decode()
    users = content[content.index("Top users") : content.index("Top authors")]
    assert users.index("Bob Member") < users.index("Charlie Outsider")
    assert "<td>12</td>" in users
    assert reverse("user_reputation", args=["bob"]) in users
    authors = content[content.index("Top authors") :]
    assert "Alice Owner" in authors and "Bob Member" not in authors
    assert f"<td>{scores['alice'].author_rep_raw:g}</td>" in authors
    assert table_row("10–100", 1) in content  # bob's user reputation
    assert 'id="author-reputation-title"' in content
