"""``nbgallery worker``: run background jobs, and the periodic scheduler beside them."""

from __future__ import annotations

import threading
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from nbgallery.jobs import scheduler


class Command(BaseCommand):
    help = "Run the background job worker (and the periodic task scheduler)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--no-scheduler",
            action="store_true",
            help="Only run jobs; leave enqueuing periodic tasks to other workers.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        stop = threading.Event()
        if not options["no_scheduler"]:
            interval = settings.NBGALLERY_SCHEDULER_INTERVAL
            thread = threading.Thread(
                target=scheduler.run_forever, args=(interval, stop), name="scheduler", daemon=True
            )
            thread.start()
        try:
            # django-tasks-db's worker handles SIGINT/SIGTERM: it finishes the
            # running task, then returns.
            call_command(
                "db_worker",
                queue_name="*",
                interval=1,
                reload=False,
                verbosity=options["verbosity"],
            )
        finally:
            stop.set()
