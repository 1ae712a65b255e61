"""/users/<name>/reputation/: percentiles, the inputs and a trophy, or "not enough data"."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory

pytestmark = pytest.mark.django_db


def test_a_user_without_a_summary_sees_not_enough_data(client, bob):
    response = client.get("/users/bob/reputation/")

    assert response.status_code == 200
    assert "Not enough data yet" in response.content.decode()
    assert client.get("/users/nobody/reputation/").status_code == 404


def test_scores_and_the_gold_trophy(client, bob, reputation):
    reputation(bob, user_pct=40, author_pct=95)

    page = client.get("/users/bob/reputation/").content.decode()

    assert "data-user-pct>40" in page
    assert "data-author-pct>95" in page
    assert 'aria-label="gold trophy"' in page


@pytest.mark.parametrize(
    ("pct", "colour"),
    [(90, "gold"), (75, "silver"), (50, "bronze"), (49.9, "white"), (None, "white")],
)
def test_the_trophy_tag_colours_by_author_percentile(bob, reputation, pct, colour):
    if pct is not None:
        reputation(bob, author_pct=pct)
    request = RequestFactory().get("/")

    html = Template("{% load reviews_tags %}{% trophy person %}").render(
        Context({"person": bob, "request": request})
    )

    assert f'aria-label="{colour} trophy"' in html
    assert 'href="/users/bob/reputation/"' in html
