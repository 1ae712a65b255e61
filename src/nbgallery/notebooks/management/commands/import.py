"""``nbgallery import PATH...``: publish .ipynb files and folders, or read back an export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from nbgallery.accounts.models import Group, User
from nbgallery.notebooks import transfer


class Command(BaseCommand):
    help = (
        "Import notebooks: .ipynb files and folders (title from the file name, description "
        "from the first substantial markdown cell), or a folder written by `nbgallery export`."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("paths", nargs="+", type=Path, help=".ipynb files or folders")
        parser.add_argument(
            "--owner",
            help="user name, or group:GID, to own the notebooks (default: the first admin)",
        )
        parser.add_argument("--public", action="store_true", help="make the notebooks public")

    def handle(self, *args: Any, **options: Any) -> None:
        paths: list[Path] = options["paths"]
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(f"No such file or folder: {', '.join(missing)}")
        exports = [p for p in paths if p.is_dir() and transfer.is_export(p)]
        plain = [p for p in paths if p not in exports]
        rejected: list[transfer.Rejected] = []
        imported = 0
        for folder in exports:
            imported += self.import_export(folder, rejected)
        if plain:
            actor, owner = self.owner(options["owner"])
            files = list(transfer.notebook_files(plain))
            for path in tqdm(files, desc="Importing", unit="notebook", disable=None):
                try:
                    transfer.import_file(path, actor, owner, options["public"])
                    imported += 1
                except Exception as error:  # each file's failure is reported, not fatal
                    rejected.append(transfer.Rejected(str(path), transfer.reason_for(error)))
        self.report(imported, rejected)

    def import_export(self, folder: Path, rejected: list[transfer.Rejected]) -> int:
        document = transfer.read_export(folder)
        transfer.restore_groups(document["groups"])
        imported = 0
        for record in tqdm(document["notebooks"], desc=f"Restoring {folder}", disable=None):
            try:
                transfer.restore_notebook(folder, record)
                imported += 1
            except Exception as error:
                label = f"{folder}: {record.get('title')} ({record.get('uuid')})"
                rejected.append(transfer.Rejected(label, transfer.reason_for(error)))
        return imported

    def owner(self, spec: str | None) -> tuple[User, User | Group]:
        """The acting user and the owner for plain files."""
        if spec and spec.startswith("group:"):
            group = Group.objects.filter(gid=spec.removeprefix("group:")).first()
            if group is None:
                raise CommandError(f"No group with the gid {spec.removeprefix('group:')}.")
            actor = User.objects.filter(is_superuser=True, is_active=True).first()
            if actor is None:
                raise CommandError("Importing into a group needs an admin account to act as.")
            return actor, group
        if spec:
            user = User.objects.filter(username=spec).first()
            if user is None:
                raise CommandError(f"No user named {spec!r}.")
            return user, user
        admin = User.objects.filter(is_superuser=True, is_active=True).first()
        if admin is None:
            raise CommandError("No admin account yet: run `nbgallery createadmin` or use --owner.")
        return admin, admin

    def report(self, imported: int, rejected: list[transfer.Rejected]) -> None:
        self.stdout.write(f"Imported {imported} notebook(s); rejected {len(rejected)}.")
        if rejected:
            width = min(max(len(r.path) for r in rejected), 80)
            self.stdout.write(f"{'file':<{width}}  reason")
            for item in rejected:
                self.stdout.write(f"{item.path:<{width}}  {item.reason}")
