"""The similarity dashboard shows each neighbour table's size, histogram and closest pairs."""

from nbgallery.recommendations.models import AlsoViewed, SimilarNotebook, SimilarUser
from nbgallery.search.indexing import index_notebook

from .conftest import click, code_cell, page, run_jobs


def test_each_table_matches_its_job(admin_client, publish, alice, bob, charlie):
    words = "revenue forecast quarterly regression"
    twins = [
        publish(alice, title=title, cells=[code_cell(f"# {words}\nforecast = 1")])
        for title in ("Forecast one", "Forecast two")
    ]
    other = publish(alice, title="Unrelated", cells=[code_cell("# telescope galaxy\nsky = 2")])
    for notebook in (*twins, other):
        index_notebook(notebook.pk)
    for user in (bob, charlie):
        click(user, twins[0])
        click(user, twins[1])

    run_jobs("notebook_similarity", "users_also_viewed", "user_similarity")

    content = page(admin_client, "dashboard_similarity").content.decode()
    assert "Not enough data yet" not in content
    for model, id, things in [
        (SimilarNotebook, "more-like-this", "notebooks"),
        (AlsoViewed, "also-viewed", "notebooks"),
        (SimilarUser, "similar-users", "people"),
    ]:
        rows = model.objects.count()
        source = "user" if model is SimilarUser else "notebook"
        sources = model.objects.values(source).distinct().count()
        assert rows > 0
        assert f"{rows} pairs for {sources} {things}." in content
        assert f'id="{id}-title"' in content
    # The closest pair of more-like-this is the twins, linked to their pages.
    best = SimilarNotebook.objects.order_by("-score").first()
    assert {best.notebook, best.other} == set(twins)
    section = content[
        content.index("more-like-this-heading") : content.index("also-viewed-heading")
    ]
    closest = section[section.index("The closest pairs") :]
    assert twins[0].get_absolute_url() in closest and twins[1].get_absolute_url() in closest
    assert f"{best.score:.3f}" in closest
    # bob and charlie viewed the same notebooks: they are the similar users.
    people = content[content.index("similar-users-heading") :]
    assert "Bob Member" in people and "Charlie Outsider" in people
