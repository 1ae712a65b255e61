"""Similar to notebooks you use: the neighbours of your most used notebooks."""

from nbgallery.recommendations.models import Recommendation
from nbgallery.recommendations.tests.conftest import click, reasons, run_jobs


def test_a_notebook_like_one_you_viewed_is_recommended(write, admin_user, alice):
    viewed = write(admin_user, "Forecast sales with prophet", "prophet.fit(sales)\nforecast")
    write(admin_user, "Forecast demand with prophet", "prophet.fit(demand)\nforecast")
    write(admin_user, "Draw a map", "folium.Map(location)")
    click(alice, viewed)

    run_jobs()

    found = reasons(alice)
    assert Recommendation.SIMILAR_NOTEBOOKS in found["Forecast demand with prophet"]
    assert "Forecast sales with prophet" not in found
