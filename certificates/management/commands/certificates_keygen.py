"""Print a new CERTIFICATES_SIGNING_KEY (Ed25519) for the .env of an installation."""

from django.core.management.base import BaseCommand

from certificates.openbadges import new_private_key


class Command(BaseCommand):
    help = (
        "Print a new Ed25519 key for CERTIFICATES_SIGNING_KEY. Keep it secret and "
        "keep it: credentials already downloaded are checked against it. When you "
        "replace a key, add the old key's public x (from /verify/keys.json) to "
        "CERTIFICATES_RETIRED_PUBLIC_KEYS so those credentials still verify."
    )

    def handle(self, *args: object, **options: object) -> None:
        self.stdout.write(f"CERTIFICATES_SIGNING_KEY={new_private_key()}")
