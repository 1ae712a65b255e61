import re
from pathlib import Path

from django.conf import settings

README = Path(__file__).resolve().parents[3] / "README.md"


def test_every_setting_read_from_the_environment_is_in_the_readme_table():
    documented = set(re.findall(r"^\| `([A-Z_]+)`", README.read_text(), flags=re.MULTILINE))

    missing = set(settings.NBGALLERY_SETTINGS_READ) - documented
    assert not missing, f"README.md does not document: {sorted(missing)}"


def test_the_readme_documents_no_setting_that_does_not_exist():
    documented = set(re.findall(r"^\| `([A-Z_]+)`", README.read_text(), flags=re.MULTILINE))

    assert documented - set(settings.NBGALLERY_SETTINGS_READ) == set()
