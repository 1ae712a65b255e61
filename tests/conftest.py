"""Fixtures for the plugin tests; the personas live in the root conftest.py."""

from __future__ import annotations

import pytest

from nbgallery import plugins


@pytest.fixture
def example_plugin(settings):
    """The example plugin of tests/example_plugin, which these tests need enabled."""
    assert "example" in settings.NBGALLERY_PLUGINS, (
        "This test needs the example plugin: run pytest with NBGALLERY_PLUGINS=example "
        "(make test does)."
    )
    return plugins.manager().get_plugin("example")


@pytest.fixture
def restore_plugin_manager():
    """Put back the site's plugin manager after a test that calls plugins.configure()."""
    saved = plugins._manager
    yield
    plugins._manager = saved
