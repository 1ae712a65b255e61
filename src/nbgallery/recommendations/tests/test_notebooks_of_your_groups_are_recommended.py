"""Owned by one of your groups."""

from nbgallery.recommendations.models import Recommendation
from nbgallery.recommendations.tests.conftest import reasons, run_jobs


def test_a_member_is_offered_the_groups_notebooks(write, alice, bob, team):
    notebook = write(team, "Team handbook", public=False, actor=alice)

    run_jobs()

    assert Recommendation.GROUPS in reasons(bob)["Team handbook"]
    row = Recommendation.objects.get(user=bob, notebook=notebook, reason=Recommendation.GROUPS)
    assert row.score == 0.25
    # alice created it, so it is hers already.
    assert "Team handbook" not in reasons(alice)
