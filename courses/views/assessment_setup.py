"""Views where a cohort's trainers set up its assessments: rules, and items from
the course's question bank (fixed questions or random draws from a category)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from courses.exceptions import CoursesError
from courses.forms_question_bank import AssessmentForm, ItemDrawForm, ItemQuestionsForm
from courses.models import Assessment, AssessmentItem, Cohort
from courses.permissions import can_run_cohort, trainer_required
from courses.selectors.assessment_setup import (
    assessment_list_for_cohort,
    assessment_outline_for,
    bank_questions_for_assessment,
    categories_for_draws,
)
from courses.selectors.question_bank import can_manage_bank
from courses.services import assessment_setup as setup
from courses.services.assessment_setup import RULE_FIELDS


def _cohort_for(request: HttpRequest, cohort_id: int) -> Cohort:
    cohort = get_object_or_404(Cohort.objects.select_related("course"), pk=cohort_id)
    if not can_run_cohort(request.user, cohort):
        raise PermissionDenied
    return cohort


def _assessment_for(
    request: HttpRequest, cohort_id: int, assessment_id: int
) -> Assessment:
    cohort = _cohort_for(request, cohort_id)
    return get_object_or_404(
        Assessment.objects.select_related("cohort__course"),
        pk=assessment_id,
        cohort=cohort,
    )


def _validation_to_form(form: AssessmentForm, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            target = field if field in form.fields else None
            for message in errors:
                form.add_error(target, message)
    else:
        for message in error.messages:
            form.add_error(None, message)


@trainer_required
def assessment_list_view(request: HttpRequest, cohort_id: int) -> HttpResponse:
    cohort = _cohort_for(request, cohort_id)
    return render(
        request,
        "courses/bank/assessment_list.html",
        {"cohort": cohort, "assessments": assessment_list_for_cohort(cohort=cohort)},
    )


@trainer_required
def assessment_create_view(request: HttpRequest, cohort_id: int) -> HttpResponse:
    cohort = _cohort_for(request, cohort_id)
    kind = request.GET.get("jenis", Assessment.Kind.PRE_TEST)
    initial = {
        "kind": kind if kind in Assessment.Kind.values else Assessment.Kind.PRE_TEST
    }
    form = AssessmentForm(request.POST or None, cohort=cohort, initial=initial)
    if request.method == "POST" and form.is_valid():
        values = {name: form.cleaned_data[name] for name in RULE_FIELDS}
        try:
            assessment = setup.assessment_create(cohort=cohort, values=values)
        except ValidationError as error:
            _validation_to_form(form, error)
        else:
            messages.success(
                request,
                _("%(title)s created; now add its questions.")
                % {"title": assessment.title},
            )
            return redirect(
                "courses:assessment_setup_detail",
                cohort_id=cohort.pk,
                assessment_id=assessment.pk,
            )
    return render(
        request, "courses/bank/assessment_form.html", {"cohort": cohort, "form": form}
    )


@trainer_required
def assessment_edit_view(
    request: HttpRequest, cohort_id: int, assessment_id: int
) -> HttpResponse:
    assessment = _assessment_for(request, cohort_id, assessment_id)
    cohort = assessment.cohort
    locked = setup.assessment_is_locked(assessment=assessment)
    form = AssessmentForm(
        request.POST or None, cohort=cohort, instance=assessment, locked=locked
    )
    if request.method == "POST" and form.is_valid():
        values = {name: form.cleaned_data[name] for name in RULE_FIELDS}
        try:
            setup.assessment_update(assessment=assessment, values=values)
        except ValidationError as error:
            _validation_to_form(form, error)
        except CoursesError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("The rules are saved."))
            return redirect(
                "courses:assessment_setup_detail",
                cohort_id=cohort.pk,
                assessment_id=assessment.pk,
            )
    return render(
        request,
        "courses/bank/assessment_form.html",
        {"cohort": cohort, "form": form, "assessment": assessment, "locked": locked},
    )


@trainer_required
def assessment_detail_view(
    request: HttpRequest, cohort_id: int, assessment_id: int
) -> HttpResponse:
    assessment = _assessment_for(request, cohort_id, assessment_id)
    outline = assessment_outline_for(assessment=assessment)
    questions = bank_questions_for_assessment(assessment=assessment)
    categories = categories_for_draws(assessment=assessment)
    return render(
        request,
        "courses/bank/assessment_detail.html",
        {
            "cohort": assessment.cohort,
            "assessment": assessment,
            "outline": outline,
            "questions_form": ItemQuestionsForm(queryset=questions),
            "draw_form": ItemDrawForm(queryset=categories),
            "has_bank_questions": questions.exists(),
            "has_categories": categories.exists(),
            "can_manage_bank": can_manage_bank(request.user, assessment.cohort.course),
        },
    )


def _back(assessment: Assessment) -> HttpResponse:
    return redirect(
        "courses:assessment_setup_detail",
        cohort_id=assessment.cohort_id,
        assessment_id=assessment.pk,
    )


@trainer_required
@require_POST
def assessment_item_add_questions_view(
    request: HttpRequest, cohort_id: int, assessment_id: int
) -> HttpResponse:
    assessment = _assessment_for(request, cohort_id, assessment_id)
    form = ItemQuestionsForm(
        request.POST, queryset=bank_questions_for_assessment(assessment=assessment)
    )
    if not form.is_valid():
        messages.error(request, _("Tick at least one question of the bank."))
        return _back(assessment)
    try:
        items = setup.assessment_item_add_questions(
            assessment=assessment, questions=list(form.cleaned_data["questions"])
        )
    except CoursesError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            ngettext(
                "%(count)s question added.", "%(count)s questions added.", len(items)
            )
            % {"count": len(items)},
        )
    return _back(assessment)


@trainer_required
@require_POST
def assessment_item_add_draw_view(
    request: HttpRequest, cohort_id: int, assessment_id: int
) -> HttpResponse:
    assessment = _assessment_for(request, cohort_id, assessment_id)
    form = ItemDrawForm(
        request.POST, queryset=categories_for_draws(assessment=assessment)
    )
    if not form.is_valid():
        messages.error(
            request, _("Choose a category and a number of questions of at least 1.")
        )
        return _back(assessment)
    category, count = form.cleaned_data["category"], form.cleaned_data["count"]
    try:
        setup.assessment_item_add_draw(
            assessment=assessment, category=category, count=count
        )
    except CoursesError as error:
        messages.error(
            request,
            f"{error.message} "
            + _("%(category)s has %(count)s active questions.")
            % {"category": category.name, "count": category.active_count},
        )
    else:
        messages.success(
            request,
            ngettext(
                "%(count)s random question from %(category)s added.",
                "%(count)s random questions from %(category)s added.",
                count,
            )
            % {"count": count, "category": category.name},
        )
    return _back(assessment)


@trainer_required
@require_POST
def assessment_item_change_view(
    request: HttpRequest, cohort_id: int, assessment_id: int, item_id: int, action: str
) -> HttpResponse:
    assessment = _assessment_for(request, cohort_id, assessment_id)
    item = get_object_or_404(AssessmentItem, pk=item_id, assessment=assessment)
    try:
        if action == "hapus":
            setup.assessment_item_remove(item=item)
        elif action in ("naik", "turun"):
            setup.assessment_item_move(item=item, offset=-1 if action == "naik" else 1)
    except CoursesError as error:
        messages.error(request, error.message)
    return _back(assessment)
