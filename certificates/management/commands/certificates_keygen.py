"""Print a new CERTIFICATES_SIGNING_KEY (Ed25519) for the .env of an installation."""

from django.core.management.base import BaseCommand

from certificates.openbadges import new_private_key


class Command(BaseCommand):
    help = (
        "Print a new Ed25519 key for CERTIFICATES_SIGNING_KEY. Keep it secret and "
        "keep it: credentials already downloaded are checked against it."
    )

    def handle(self, *args: object, **options: object) -> None:
        self.stdout.write(f"CERTIFICATES_SIGNING_KEY={new_private_key()}")
