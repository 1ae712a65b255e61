"""``nbgallery send_digests``: send the daily digests due today, now."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from nbgallery.notifications import digest


class Command(BaseCommand):
    help = (
        "Send today's subscription digest to everyone who has not had it yet, without "
        "waiting for NBGALLERY_DIGEST_HOUR. Nobody gets two digests on the same day."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        sent = digest.send_daily_digests(ignore_hour=True)
        self.stdout.write(f"Sent {sent} digest{'s' if sent != 1 else ''}.")
