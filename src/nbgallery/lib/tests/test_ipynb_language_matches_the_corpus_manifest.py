import pytest

from nbgallery.lib.ipynb import language

# The MANIFEST says "unspecified" where the gallery, like the original, says "unknown".
MANIFEST_NAMES = {"unspecified": "unknown"}


def test_the_detected_language_matches_the_manifest_for_every_accepted_file(accepted):
    mismatches = {
        entry.name: (language(entry.nb)[0], entry.row["kernel_language"])
        for entry in accepted
        if language(entry.nb)[0]
        != MANIFEST_NAMES.get(entry.row["kernel_language"], entry.row["kernel_language"])
    }

    assert mismatches == {}


def metadata(**values) -> dict:
    return {"metadata": values}


@pytest.mark.parametrize(
    ("nb", "expected"),
    [
        (metadata(kernelspec={"name": "spark_pyspark", "language": "python"}), ("python", None)),
        (
            metadata(
                kernelspec={"name": "spark_sparkr"}, language_info={"name": "R", "version": "4.1"}
            ),
            ("R", "4.1"),
        ),
        (
            metadata(
                kernelspec={"name": "python3", "language": "python"},
                language_info={"name": "python", "version": "3.11.7"},
            ),
            ("python", "3.11.7"),
        ),
        (
            metadata(
                kernelspec={"name": "xsql", "language": "sql", "display_name": "SQL 2.1"},
                language_info={"name": "postgresql", "version": "9"},
            ),
            ("sql", "2.1"),
        ),
        (metadata(kernelspec={"name": "ir", "language": "r", "display_name": "R"}), ("R", None)),
        (metadata(language_info={"name": "C++17"}), ("cpp", None)),
        (metadata(language_info={"name": "C#"}), ("csharp", None)),
        (metadata(kernelspec={"name": "python3", "display_name": "Python 3"}), ("python", None)),
        (metadata(), ("unknown", None)),
        ({}, ("unknown", None)),
    ],
)
def test_language_follows_the_original_gallery_rules(nb, expected):
    assert language(nb) == expected
