import sys
import types
from importlib.metadata import EntryPoint

import pytest

from nbgallery import plugins
from nbgallery.hookspecs import hookimpl

pytestmark = pytest.mark.usefixtures("restore_plugin_manager")


def install(monkeypatch, module_name: str, module: types.ModuleType | None = None) -> None:
    """Pretend a plugin named "broken" is installed, pointing at ``module_name``."""
    if module is not None:
        monkeypatch.setitem(sys.modules, module_name, module)
    entry_point = EntryPoint(name="broken", value=module_name, group=plugins.ENTRY_POINT_GROUP)
    monkeypatch.setattr(plugins, "installed_plugins", lambda: {"broken": entry_point})


def plugin_module(**hooks) -> types.ModuleType:
    module = types.ModuleType("nbgallery_broken_plugin")
    for name, function in hooks.items():
        setattr(module, name, hookimpl(function))
    return module


def test_a_plugin_whose_module_is_missing_is_reported_not_raised(monkeypatch):
    install(monkeypatch, "nbgallery_no_such_module")

    manager, errors = plugins.configure(["broken"])

    assert len(errors) == 1
    assert errors[0].startswith("Plugin 'broken' could not be loaded: ")
    assert "nbgallery_no_such_module" in errors[0]
    assert manager.get_plugin("broken") is None


def test_a_misspelt_hook_name_is_reported_instead_of_never_being_called(monkeypatch):
    install(monkeypatch, "nbgallery_broken_plugin", plugin_module(nbgallery_nav_item=lambda: []))

    manager, errors = plugins.configure(["broken"])

    assert len(errors) == 1
    assert "nbgallery_nav_item" in errors[0]
    assert manager.get_plugin("broken") is None
    assert manager.get_plugin("nbgallery.default") is not None


def test_a_hook_asking_for_an_argument_the_specification_lacks_is_reported(monkeypatch):
    install(
        monkeypatch,
        "nbgallery_broken_plugin",
        plugin_module(nbgallery_validate_signup=lambda username, password: []),
    )

    manager, errors = plugins.configure(["broken"])

    assert len(errors) == 1
    assert "password" in errors[0]
    assert manager.get_plugin("broken") is None
