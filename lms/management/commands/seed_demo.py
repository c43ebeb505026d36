"""Load the demo data: regions, offices, people, home page. Safe to run again."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Count

from lms.demo.assessments import seed_assessments
from lms.demo.attempts import seed_attempts
from lms.demo.certificates import seed_certificate_templates, seed_certificates
from lms.demo.cohorts import seed_cohorts
from lms.demo.content import seed_content
from lms.demo.engagement import seed_engagement
from lms.demo.home import seed_home_page
from lms.demo.people import DEMO_PASSWORD, DEMO_PEOPLE, seed_people


class Command(BaseCommand):
    help = "Create the demo data (Indonesian). Idempotent; refused in production."

    def handle(self, *args: object, **options: object) -> None:
        if not settings.LMS_DEMO_SEED_ALLOWED:
            raise CommandError(
                "seed_demo is disabled by these settings (production): demo accounts "
                "with a known password must never exist on a real installation."
            )
        call_command("loaddata", "regions", verbosity=0)
        with transaction.atomic():
            users = seed_people()
            home = seed_home_page()
            course_pages = seed_content(home=home, users=users)
            seed_certificate_templates()  # before completion issues any
            cohorts = seed_cohorts(users=users)
            seed_assessments(cohorts=cohorts)
            seed_attempts()  # after the assessments: attempts, then completion
            seed_engagement(users=users)
            seed_certificates()  # last: the finished cohort's, drawn now
        self.stdout.write(self.style.SUCCESS("Demo data ready."))
        for course_page in course_pages:
            self.stdout.write(f"  {course_page.course}: {course_page.url}")
        for cohort in cohorts:
            counts = ", ".join(
                f"{row['status']}: {row['n']}"
                for row in cohort.enrolments.values("status").annotate(n=Count("pk"))
            )
            self.stdout.write(f"  {cohort} ({cohort.starts_on:%d-%m-%Y}): {counts}")
        self.stdout.write(f"Demo accounts (password: {DEMO_PASSWORD}):")
        for person in DEMO_PEOPLE:
            self.stdout.write(
                f"  {person.username:<18} {person.role:<13} {person.full_name}"
            )
