import re
from pathlib import Path

from nbgallery import hookspecs

DOCS = Path(__file__).resolve().parents[1] / "docs" / "plugins.md"


def hook_names() -> set[str]:
    return {name for name, value in vars(hookspecs).items() if hasattr(value, "nbgallery_spec")}


def documented_hooks() -> set[str]:
    return set(re.findall(r"^### (nbgallery_\w+)\s*$", DOCS.read_text(encoding="utf-8"), re.M))


def test_every_hook_specification_has_a_section_in_the_plugin_docs():
    assert hook_names(), "no hook specifications found in nbgallery.hookspecs"

    missing = hook_names() - documented_hooks()

    assert not missing, f"docs/plugins.md has no '### <hook name>' section for {sorted(missing)}"


def test_the_docs_describe_no_hook_that_does_not_exist():
    unknown = documented_hooks() - hook_names()

    assert not unknown, (
        f"docs/plugins.md documents hooks nbgallery does not have: {sorted(unknown)}"
    )
