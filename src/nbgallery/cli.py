"""The ``nbgallery`` command: a thin front for the management commands.

``nbgallery serve``, ``nbgallery worker``, ``nbgallery migrate``,
``nbgallery createadmin`` and every other Django management command.
"""

from __future__ import annotations

import os
import sys


def take_data_dir(argv: list[str]) -> tuple[str | None, list[str]]:
    """Remove --data-dir from the arguments and return its value.

    Settings need the data folder before Django parses any argument, and
    taking it out here lets every command accept it.
    """
    rest: list[str] = []
    data_dir = None
    args = iter(argv)
    for arg in args:
        if arg == "--data-dir":
            data_dir = next(args, None)
        elif arg.startswith("--data-dir="):
            data_dir = arg.split("=", 1)[1]
        else:
            rest.append(arg)
    return data_dir, rest


def main(argv: list[str] | None = None) -> None:
    data_dir, argv = take_data_dir(list(sys.argv[1:] if argv is None else argv))
    if data_dir:
        os.environ["NBGALLERY_DATA_DIR"] = os.path.abspath(data_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nbgallery.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["nbgallery", *argv])


if __name__ == "__main__":
    main()
