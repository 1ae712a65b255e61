"""Similar notebooks: TF-IDF cosine over title, description and code."""

from nbgallery.recommendations.models import SimilarNotebook
from nbgallery.recommendations.tests.conftest import run_jobs


def test_notebooks_sharing_words_are_each_others_nearest(write, alice):
    merge = write(
        alice, "Merge sales tables", "import pandas\nsales.merge(regions).groupby('region')"
    )
    join = write(
        alice, "Join sales by region", "import pandas\nsales.join(regions).groupby('region')"
    )
    chart = write(alice, "Plot the weather", "import matplotlib\nplt.plot(temperature, rainfall)")

    run_jobs()

    best = SimilarNotebook.objects.filter(notebook=merge).order_by("-score").first()
    assert best is not None and best.other == join
    assert 0 < best.score <= 1
    assert not SimilarNotebook.objects.filter(notebook=merge, other=merge).exists()
    weather = SimilarNotebook.objects.filter(notebook=merge, other=chart).first()
    assert weather is None or weather.score < best.score
