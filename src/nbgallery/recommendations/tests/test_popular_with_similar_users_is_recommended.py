"""Similar users (cosine over activity) lead to what they use."""

from nbgallery.recommendations.models import Recommendation, SimilarUser
from nbgallery.recommendations.tests.conftest import click, reasons, run_jobs
from nbgallery.usage.models import Click


def test_what_a_similar_user_runs_is_recommended_with_its_reason(
    write, admin_user, alice, bob, charlie
):
    shared = [write(admin_user, f"Shared {n}", f"value_{n} = {n}") for n in range(3)]
    favourite = write(admin_user, "Bob's favourite", "favourite = 1")
    unrelated = write(admin_user, "Charlie's corner", "corner = 1")
    for notebook in shared:
        click(alice, notebook)
        click(bob, notebook, Click.EXECUTED)
    click(bob, favourite, Click.EXECUTED)
    click(charlie, unrelated)

    run_jobs()

    nearest = SimilarUser.objects.filter(user=alice).order_by("-score").first()
    assert nearest is not None and nearest.other == bob
    assert not SimilarUser.objects.filter(user=alice, other=charlie).exists()
    assert Recommendation.SIMILAR_USERS in reasons(alice)["Bob's favourite"]
    # What alice used this month is not suggested back to her.
    assert not {"Shared 0", "Shared 1", "Shared 2"} & set(reasons(alice))
