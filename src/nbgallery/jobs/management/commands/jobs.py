"""``nbgallery jobs list`` and ``nbgallery jobs run NAME``: the scheduled jobs, by hand."""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from nbgallery.jobs import runner
from nbgallery.jobs.registry import all_jobs


class Command(BaseCommand):
    help = "List the scheduled jobs, or run one now with a progress bar."

    def add_arguments(self, parser: Any) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        actions.add_parser("list", help="Every job, its schedule and what it does.")
        run = actions.add_parser("run", help="Run jobs now, in the order given.")
        run.add_argument("names", nargs="+", metavar="NAME", help="a job name (see `jobs list`)")
        run.add_argument("--no-progress", action="store_true", help="Do not draw a progress bar.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "list":
            for job in all_jobs().values():
                self.stdout.write(f"{job.name:<24} {job.schedule:<8} {job.description}")
            return
        for name in options["names"]:
            try:
                runner.get_job(name)
            except runner.UnknownJob as unknown:
                raise CommandError(str(unknown)) from None
        for name in options["names"]:
            self.run_one(name, show=not options["no_progress"] and options["verbosity"] > 0)

    def run_one(self, name: str, *, show: bool) -> None:
        bar = tqdm(desc=name, unit="step", file=sys.stderr, disable=not show, leave=True)

        def progress(done: int, total: int) -> None:
            if bar.total != total:
                bar.total = total
            bar.n = done
            bar.refresh()

        try:
            seconds = runner.run_job(name, progress)
        finally:
            bar.close()
        self.stdout.write(f"{name} finished in {seconds:.1f} s")
