"""Shared fixtures.

Two switches come from the environment (``.ci/run`` sets them):
- ``LMS_NO_SKIP=1``: a skipped test fails instead (the PostgreSQL + Redis run must
  run everything);
- ``LMS_REQUIRE_BROWSER=1``: a missing chromium fails the browser tests instead of
  skipping them.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

# Playwright's sync API runs an event loop in the test thread; Django would then
# refuse ORM calls from that thread, so allow them (tests only).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ARTIFACTS = Path(__file__).resolve().parent.parent / "var" / "test-artifacts"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if (
        report.skipped
        and os.environ.get("LMS_NO_SKIP") == "1"
        and not hasattr(report, "wasxfail")
    ):
        report.outcome = "failed"
        report.longrepr = f"skipped although LMS_NO_SKIP=1: {report.longrepr}"


@pytest.fixture
def regions(db):
    """The full Kemendagri region table, from the shipped fixture."""
    call_command("loaddata", "regions", verbosity=0)


@pytest.fixture
def home_page(db):
    from cms.services import home_page_ensure

    return home_page_ensure(
        title="Beranda", lead="Pelatihan kearsipan dan perpustakaan."
    )


@pytest.fixture
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


# --- Browser (Debian chromium through Playwright) -------------------------------

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
PHONE = {"width": 390, "height": 844}


def chromium_path() -> str | None:
    for candidate in (
        os.environ.get("LMS_CHROMIUM"),
        "/usr/bin/chromium",
        shutil.which("chromium"),
    ):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    if path is None:
        reason = "Debian's chromium is not installed (apt-get install chromium)"
        if os.environ.get("LMS_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{reason}, and LMS_REQUIRE_BROWSER=1")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def phone_page(browser):
    """A fresh browser tab with a phone-sized viewport and Indonesian locale."""
    context = browser.new_context(viewport=PHONE, locale="id-ID", device_scale_factor=1)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Put back what migrations create and a flush removes (Wagtail's root page and
    collection, the home page): with ``--reuse-db`` a previous run's transactional
    tests leave the test database emptied."""
    from wagtail.models import Collection

    from tests.factories import home_page_get

    with django_db_blocker.unblock():
        if Collection.get_first_root_node() is None:
            Collection.add_root(name="Root")
        home_page_get()
