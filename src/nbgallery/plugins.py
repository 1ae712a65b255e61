"""Finds, enables and calls plugins (see ``hookspecs.py`` for the contract)."""

from __future__ import annotations

import importlib.metadata
from itertools import chain
from typing import Any

import pluggy

from nbgallery import hookspecs

ENTRY_POINT_GROUP = "nbgallery.plugins"

_manager: pluggy.PluginManager | None = None


def installed_plugins() -> dict[str, importlib.metadata.EntryPoint]:
    """Every plugin installed in this environment, enabled or not, by name."""
    return {ep.name: ep for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)}


def configure(enabled: list[str]) -> tuple[pluggy.PluginManager, list[str]]:
    """Build the plugin manager with the built-in plugin and the enabled ones.

    Returns the manager and a list of configuration errors (unknown names,
    plugins that fail to import) for the start-up checks to report.
    """
    global _manager
    from nbgallery import default_plugin

    manager = pluggy.PluginManager("nbgallery")
    manager.add_hookspecs(hookspecs)
    manager.register(default_plugin, name="nbgallery.default")
    errors = []
    available = installed_plugins()
    for name in enabled:
        entry_point = available.get(name)
        if entry_point is None:
            known = ", ".join(sorted(available)) or "none"
            errors.append(
                f"NBGALLERY_PLUGINS names {name!r}, but no installed plugin has that name "
                f"(installed: {known})."
            )
            continue
        try:
            register(manager, name, entry_point.load())
        except Exception as error:  # a broken plugin must not hide behind a traceback
            errors.append(f"Plugin {name!r} could not be loaded: {type(error).__name__}: {error}")
    _manager = manager
    return manager, errors


def register(manager: pluggy.PluginManager, name: str, plugin: Any) -> None:
    """Register one plugin, refusing hooks that match no specification.

    Without the check a misspelt hook name would silently never be called.
    """
    manager.register(plugin, name=name)
    try:
        manager.check_pending()
    except pluggy.PluginValidationError:
        manager.unregister(name=name)  # leave the manager as if it was never added
        raise


def manager() -> pluggy.PluginManager:
    if _manager is None:
        raise RuntimeError("Plugins are configured when settings load; import settings first.")
    return _manager


def hook() -> Any:
    """The hook caller: ``hook().nbgallery_nav_items(request=...)``."""
    return manager().hook


def flatten(results: list[list[Any] | None]) -> list[Any]:
    """Join the lists that each plugin returned for one hook call."""
    return list(chain.from_iterable(result or [] for result in results))


def django_apps() -> list[str]:
    return flatten(hook().nbgallery_django_apps())
