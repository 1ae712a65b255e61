import pytest
from django.core import checks

from nbgallery import plugins
from nbgallery.checks import configuration_is_valid

pytestmark = pytest.mark.usefixtures("restore_plugin_manager")


def test_an_unknown_name_is_reported_with_the_installed_ones():
    manager, errors = plugins.configure(["nosuchplugin"])

    installed = ", ".join(sorted(plugins.installed_plugins()))
    assert errors == [
        "NBGALLERY_PLUGINS names 'nosuchplugin', but no installed plugin has that name "
        f"(installed: {installed})."
    ]
    assert "example" in installed
    assert manager.get_plugin("nosuchplugin") is None
    assert manager.get_plugin("nbgallery.default") is not None


def test_known_names_still_load_beside_an_unknown_one():
    manager, errors = plugins.configure(["nosuchplugin", "example"])

    assert len(errors) == 1
    assert manager.get_plugin("example") is not None


def test_the_error_stops_start_up_through_a_system_check(settings):
    _, errors = plugins.configure(["nosuchplugin"])
    settings.NBGALLERY_CONFIG_ERRORS = errors

    reported = configuration_is_valid()

    assert [(message.level, message.id) for message in reported] == [
        (checks.ERROR, "nbgallery.E001")
    ]
    assert "nosuchplugin" in reported[0].msg
