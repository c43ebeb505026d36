"""The office of Kalimantan Tengah logs in, filters its dashboard by a regency,
opens a chart, and downloads the participants' export; the file holds exactly the
filtered rows. Screenshots on a desktop and on a 360-px phone.

Controls are found by name, id and data-* attributes: labels change language when
the Indonesian catalogue is compiled."""

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from courses.services.people import email_address_verify
from tests.courses.test_monitoring import PEOPLE, ROWS, build_world
from tests.factories import DEMO_FREE_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 780}


def log_in(page, live_server, username: str, next_url: str) -> None:
    page.goto(f"{live_server.url}{reverse('account_login')}?next={next_url}")
    page.fill("input[name=login]", username)
    page.fill("input[name=password]", DEMO_FREE_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(live_server.url + next_url)


def test_office_filters_opens_a_chart_and_downloads_an_export(
    browser, live_server, artifacts_dir, regions, tmp_path
):
    world = build_world()
    for user in world.staff.values():
        email_address_verify(user=user)
    dashboard = reverse("courses:monitoring_dashboard")
    kobar = [r for r in ROWS if PEOPLE[r.person][1] == "62.01"]
    context = browser.new_context(
        viewport=DESKTOP, locale="id-ID", accept_downloads=True
    )
    page = context.new_page()
    log_in(page, live_server, "dpk-kalteng", dashboard)
    kalteng = [r for r in ROWS if PEOPLE[r.person][1].startswith("62")]
    assert page.locator("[data-total=nominated]").inner_text() == str(len(kalteng))
    page.select_option("#id_wilayah", "62.01")
    page.locator("#monitoring-filters button[type=submit]").click()
    page.wait_for_url("**wilayah=62.01**")
    assert page.locator("[data-total=nominated]").inner_text() == str(len(kobar))
    assert page.locator("svg.chart").count() == 6
    page.screenshot(
        path=artifacts_dir / "monitoring-dashboard-desktop.png", full_page=True
    )

    page.locator("[data-chart-link=course]").click()
    page.wait_for_url("**/grafik/course/**")
    chart = page.locator("svg#chart-course")
    assert chart.locator("title").first.text_content()
    assert "wilayah=62.01" in page.url
    page.screenshot(path=artifacts_dir / "monitoring-chart-desktop.png", full_page=True)

    page.go_back()
    with page.expect_download() as download_info:
        page.locator("[data-export=peserta-xlsx]").click()
    download = download_info.value
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    assert target.name == "pantauan-peserta.xlsx"
    sheet = load_workbook(target, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))[1:]
    assert sorted(row[0] for row in rows) == sorted(PEOPLE[r.person][0] for r in kobar)
    assert {row[5] for row in rows} == {"62.01"}
    with page.expect_download() as download_info:
        page.locator("[data-export=ringkasan-xlsx]").click()
    target = tmp_path / download_info.value.suggested_filename
    download_info.value.save_as(target)
    totals = list(
        load_workbook(target, read_only=True).active.iter_rows(values_only=True)
    )
    assert totals[1][1] == len(kobar)  # the filtered totals, not the province's

    phone = browser.new_context(viewport=PHONE, locale="id-ID").new_page()
    log_in(phone, live_server, "dpk-kalteng", dashboard)
    # Nothing wider than the screen but the tables, which scroll on their own.
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]
    phone.screenshot(
        path=artifacts_dir / "monitoring-dashboard-phone.png", full_page=True
    )
    phone.goto(live_server.url + reverse("courses:monitoring_chart", args=["region"]))
    phone.screenshot(path=artifacts_dir / "monitoring-chart-phone.png", full_page=True)
    phone.goto(live_server.url + dashboard)
    phone.locator("table[data-table=cohort] a").first.click()
    phone.wait_for_url("**/pantauan/angkatan/**")
    assert phone.locator("[data-list=roster] [data-learner]").count() >= 1
    phone.screenshot(path=artifacts_dir / "monitoring-cohort-phone.png", full_page=True)
    phone.locator("[data-list=roster] a").first.click()
    phone.wait_for_url("**/pantauan/peserta/**")
    assert phone.locator("[data-list=learner] [data-enrolment]").count() >= 1
    phone.screenshot(
        path=artifacts_dir / "monitoring-learner-phone.png", full_page=True
    )
    context.close()
