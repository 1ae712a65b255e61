import nbgallery_example
from django.apps import apps

from nbgallery import plugins


def test_the_example_plugin_is_installed_under_the_entry_point_group():
    entry_point = plugins.installed_plugins()["example"]

    assert entry_point.group == "nbgallery.plugins"
    assert entry_point.value == "nbgallery_example"


def test_naming_it_in_nbgallery_plugins_registers_it_beside_the_built_in_plugin(example_plugin):
    registered = dict(plugins.manager().list_name_plugin())

    assert registered["example"] is nbgallery_example
    assert "nbgallery.default" in registered


def test_its_django_app_is_installed(example_plugin):
    assert "nbgallery_example" in plugins.django_apps()
    assert apps.is_installed("nbgallery_example")
