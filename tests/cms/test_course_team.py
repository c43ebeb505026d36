"""Trainers author their own course, a lead trainer reviews and publishes."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cms.models import LessonPage, ModulePage
from cms.services import course_team_member_add, review_workflow_ensure
from courses.roles import LEAD_TRAINER, role_groups_ensure
from tests.factories import UserFactory, course_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def teams():
    catalogue, course_a, modules_a, _ = course_tree(modules=1, lessons_per_module=1)
    _, course_b, modules_b, _ = course_tree(modules=1, lessons_per_module=1)
    review_workflow_ensure(catalogue=catalogue)
    trainer_a, trainer_b = (
        UserFactory(username="pelatih-a"),
        UserFactory(username="pelatih-b"),
    )
    course_team_member_add(course_page=course_a, user=trainer_a)
    course_team_member_add(course_page=course_b, user=trainer_b)
    lead = UserFactory(username="pelatih-utama")
    lead.groups.add(role_groups_ensure()[LEAD_TRAINER])
    return {
        "course_a": course_a,
        "module_b": modules_b[0],
        "trainer_a": trainer_a,
        "trainer_b": trainer_b,
        "lead": lead,
    }


def _add_url(model, parent: Page) -> str:
    return reverse(
        "wagtailadmin_pages:add",
        args=("cms", model._meta.model_name, parent.pk),
    )


def test_trainer_writes_module_and_lesson_lead_trainer_publishes_anyone_reads(
    client, teams
):
    client.force_login(teams["trainer_a"])
    response = client.post(
        _add_url(ModulePage, teams["course_a"]),
        nested_form_data(
            {
                "title": "Penyusutan Arsip",
                "slug": "penyusutan-arsip",
                "group": "inti",
                "jp_theory": "2",
                "jp_practice": "2",
                "intro": "Pemindahan, pemusnahan dan penyerahan arsip.",
                "action-submit": "Submit",
            }
        ),
    )
    assert response.status_code == 302, response.content[:2000]
    module = ModulePage.objects.get(slug="penyusutan-arsip")

    response = client.post(
        _add_url(LessonPage, module),
        nested_form_data(
            {
                "title": "Pemusnahan Arsip",
                "slug": "pemusnahan-arsip",
                "summary": "Tata cara pemusnahan arsip yang telah habis retensinya.",
                "required": "on",
                "minutes": "45",
                "body": streamfield(
                    [
                        ("heading", "Syarat pemusnahan"),
                        (
                            "text",
                            rich_text("<p>Arsip dimusnahkan berdasarkan JRA.</p>"),
                        ),
                    ]
                ),
                "action-submit": "Submit",
            }
        ),
    )
    assert response.status_code == 302, response.content[:2000]
    lesson = LessonPage.objects.get(slug="pemusnahan-arsip")
    assert not lesson.live
    client.logout()
    assert client.get(f"{module.url}pemusnahan-arsip/").status_code == 404

    client.force_login(teams["lead"])
    for page in (module, lesson):
        state = WorkflowState.objects.get(object_id=str(page.pk))
        response = client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=(page.pk, "approve", state.current_task_state.pk),
            )
        )
        assert response.status_code in (200, 302)
    client.logout()

    lesson.refresh_from_db()
    assert lesson.live
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert "Arsip dimusnahkan berdasarkan JRA." in response.text


def test_trainer_cannot_publish_on_their_own(teams):
    permissions = teams["course_a"].permissions_for_user(teams["trainer_a"])

    assert permissions.can_edit()
    assert permissions.can_add_subpage()
    assert not permissions.can_publish()


def test_trainer_of_another_course_cannot_edit_or_add(client, teams):
    module_b = teams["module_b"]
    trainer_a = teams["trainer_a"]

    assert not module_b.permissions_for_user(trainer_a).can_edit()
    assert not module_b.permissions_for_user(trainer_a).can_add_subpage()

    client.force_login(trainer_a)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(module_b.pk,)))
    assert edit.status_code in (302, 403)
    add = client.post(
        _add_url(LessonPage, module_b),
        nested_form_data(
            {"title": "Susupan", "slug": "susupan", "body": streamfield([])}
        ),
    )
    assert add.status_code in (302, 403)
    assert not LessonPage.objects.filter(slug="susupan").exists()


def test_course_team_setup_is_idempotent(teams):
    course_team_member_add(course_page=teams["course_a"], user=teams["trainer_a"])

    group = Group.objects.get(name=f"Tim {teams['course_a'].course.code}")
    assert group.page_permissions.count() == 2
    assert (
        list(teams["trainer_a"].groups.values_list("name", flat=True)).count(group.name)
        == 1
    )
