"""Stored rows are filtered for the viewer: nothing private to others, nothing deprecated."""

from nbgallery.notebooks.flags import set_flags
from nbgallery.recommendations.models import AlsoViewed, Recommendation, SimilarNotebook


def test_private_and_deprecated_notebooks_are_left_out_everywhere(
    write, alice, charlie, charlie_client
):
    private = write(alice, "Alice's secret", public=False)
    old = write(alice, "Old way")
    set_flags(old, deprecated=True)
    fine = write(alice, "Open and current")
    for notebook in (private, old, fine):
        Recommendation.objects.create(
            user=charlie, notebook=notebook, score=1.0, reason=Recommendation.NEW_USERS
        )
    viewed = write(alice, "Something charlie reads")
    for other in (private, old, fine):
        SimilarNotebook.objects.create(notebook=viewed, other=other, score=0.9)
        AlsoViewed.objects.create(notebook=viewed, other=other, score=0.9)

    for page in (
        charlie_client.get("/?tab=recommended"),
        charlie_client.get("/recommendations/"),
        charlie_client.get(viewed.get_absolute_url()),
    ):
        text = page.content.decode()
        assert page.status_code == 200
        assert "Open and current" in text
        assert "Alice&#x27;s secret" not in text and "Alice's secret" not in text
        assert "Old way" not in text
