"""Views of a course's question bank for its trainers: list and filters,
categories, a question of every kind (editing adds a version), history, archive,
import with a preview (nothing saved before the trainer confirms) and export."""

import base64
import secrets
import zlib

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from courses.exceptions import CoursesError, QuestionFileInvalid, QuestionInvalid
from courses.forms_question_bank import (
    CategoryForm,
    ImportConfirmForm,
    ImportUploadForm,
    QuestionForm,
)
from courses.models import Course, Question, QuestionCategory, QuestionKind
from courses.permissions import trainer_required
from courses.question_formats import aiken
from courses.selectors.question_bank import (
    EXPORT_FORMATS,
    bank_counts_for,
    bank_export_for,
    bank_parsed_questions,
    category_list_for_course,
    course_list_for_bank_manager,
    question_latest_version,
    question_list_for_bank,
    question_version_list,
)
from courses.services import question_bank as bank

PAGE_SIZE = 50
PREVIEW_PAGE_SIZE = 100
SESSION_KEY = "question_imports"
KEPT_IMPORTS = 3


def _course_for(request: HttpRequest, code: str) -> Course:
    """The course if the user manages its bank; 404 otherwise (a trainer of
    another course does not learn that the bank exists)."""
    return get_object_or_404(course_list_for_bank_manager(user=request.user), code=code)


def _question_for(course: Course, question_id: int) -> Question:
    return get_object_or_404(
        Question.objects.select_related("category"), pk=question_id, course=course
    )


@trainer_required
def bank_course_list_view(request: HttpRequest) -> HttpResponse:
    courses = course_list_for_bank_manager(user=request.user).order_by("code")
    return render(request, "courses/bank/course_list.html", {"courses": courses})


@trainer_required
def question_list_view(request: HttpRequest, code: str) -> HttpResponse:
    course = _course_for(request, code)
    category_param = request.GET.get("kategori", "")
    kind = request.GET.get("jenis", "")
    if kind not in QuestionKind.values:
        kind = ""
    archived = request.GET.get("arsip") == "1"
    questions = question_list_for_bank(
        course=course,
        category_id=int(category_param) if category_param.isdigit() else None,
        uncategorised=category_param == "tanpa",
        kind=kind,
        archived=archived,
    )
    page = Paginator(questions, PAGE_SIZE).get_page(request.GET.get("halaman"))
    query = request.GET.copy()
    query.pop("halaman", None)
    return render(
        request,
        "courses/bank/question_list.html",
        {
            "course": course,
            "page": page,
            "counts": bank_counts_for(course=course),
            "categories": category_list_for_course(course=course),
            "kinds": QuestionKind.choices,
            "filters": {"kategori": category_param, "jenis": kind, "arsip": archived},
            "query": query.urlencode(),
            "category_form": CategoryForm(),
        },
    )


# Categories ---------------------------------------------------------------------


@trainer_required
@require_POST
def category_create_view(request: HttpRequest, code: str) -> HttpResponse:
    course = _course_for(request, code)
    form = CategoryForm(request.POST)
    if form.is_valid():
        try:
            category = bank.category_create(
                course=course, name=form.cleaned_data["name"]
            )
        except CoursesError as error:
            messages.error(request, _error_text(error))
        else:
            messages.success(
                request, _("Category %(name)s created.") % {"name": category.name}
            )
    else:
        messages.error(request, _("The category needs a name."))
    return redirect("courses:bank_questions", code=course.code)


@trainer_required
@require_POST
def category_rename_view(
    request: HttpRequest, code: str, category_id: int
) -> HttpResponse:
    course = _course_for(request, code)
    category = get_object_or_404(QuestionCategory, pk=category_id, course=course)
    form = CategoryForm(request.POST)
    if form.is_valid():
        try:
            bank.category_rename(category=category, name=form.cleaned_data["name"])
        except CoursesError as error:
            messages.error(request, _error_text(error))
        else:
            messages.success(request, _("Category renamed."))
    return redirect("courses:bank_questions", code=course.code)


@trainer_required
@require_POST
def category_delete_view(
    request: HttpRequest, code: str, category_id: int
) -> HttpResponse:
    course = _course_for(request, code)
    category = get_object_or_404(QuestionCategory, pk=category_id, course=course)
    try:
        bank.category_delete(category=category)
    except CoursesError as error:
        messages.error(request, f"{category.name}: {error.message}")
    else:
        messages.success(
            request, _("Category %(name)s deleted.") % {"name": category.name}
        )
    return redirect("courses:bank_questions", code=course.code)


def _error_text(error: CoursesError) -> str:
    if isinstance(error, QuestionInvalid) and error.problems:
        return " ".join(str(problem) for problem in error.problems)
    return str(error.message)


# Questions ----------------------------------------------------------------------


@trainer_required
def question_create_view(request: HttpRequest, code: str, kind: str) -> HttpResponse:
    course = _course_for(request, code)
    if kind not in QuestionKind.values:
        raise Http404
    initial = {}
    if request.GET.get("kategori", "").isdigit():
        initial["category"] = int(request.GET["kategori"])
    form = QuestionForm(request.POST or None, kind=kind, course=course, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            question = bank.question_create(
                course=course,
                kind=kind,
                text=form.cleaned_data["text"],
                data=form.cleaned_data["data"],
                name=form.cleaned_data["name"],
                category=form.cleaned_data["category"],
                points=form.cleaned_data["points"],
                general_feedback=form.cleaned_data["general_feedback"],
                actor=request.user,
            )
        except CoursesError as error:
            form.add_error(None, _error_text(error))
        else:
            messages.success(
                request, _("Question %(name)s saved.") % {"name": question.name}
            )
            if "lagi" in request.POST:
                return redirect(
                    "courses:bank_question_create", code=course.code, kind=kind
                )
            return redirect("courses:bank_questions", code=course.code)
    return render(
        request,
        "courses/bank/question_form.html",
        {
            "course": course,
            "form": form,
            "kind_label": QuestionKind(kind).label,
            "kind": kind,
        },
    )


@trainer_required
def question_edit_view(
    request: HttpRequest, code: str, question_id: int
) -> HttpResponse:
    course = _course_for(request, code)
    question = _question_for(course, question_id)
    latest = question_latest_version(question=question)
    form = QuestionForm(
        request.POST or None,
        kind=question.kind,
        course=course,
        question=question,
        version=latest,
    )
    if request.method == "POST" and form.is_valid():
        try:
            version = bank.question_version_create(
                question=question,
                text=form.cleaned_data["text"],
                data=form.cleaned_data["data"],
                points=form.cleaned_data["points"],
                general_feedback=form.cleaned_data["general_feedback"],
                name=form.cleaned_data["name"],
                category=form.cleaned_data["category"],
                actor=request.user,
            )
        except CoursesError as error:
            form.add_error(None, _error_text(error))
        else:
            if latest is not None and version.pk == latest.pk:
                messages.info(
                    request, _("Nothing in the question changed; no new version.")
                )
            else:
                messages.success(
                    request,
                    _(
                        "Saved as version %(number)s. Attempts already taken keep the version they showed."
                    )
                    % {"number": version.number},
                )
            return redirect("courses:bank_questions", code=course.code)
    return render(
        request,
        "courses/bank/question_form.html",
        {
            "course": course,
            "form": form,
            "question": question,
            "latest": latest,
            "kind_label": question.get_kind_display(),
            "kind": question.kind,
        },
    )


@trainer_required
def question_history_view(
    request: HttpRequest, code: str, question_id: int
) -> HttpResponse:
    course = _course_for(request, code)
    question = _question_for(course, question_id)
    return render(
        request,
        "courses/bank/question_history.html",
        {
            "course": course,
            "question": question,
            "versions": question_version_list(question=question),
        },
    )


@trainer_required
@require_POST
def question_archive_view(
    request: HttpRequest, code: str, question_id: int
) -> HttpResponse:
    course = _course_for(request, code)
    question = _question_for(course, question_id)
    archived = request.POST.get("arsip") == "1"
    bank.question_archive(question=question, archived=archived)
    if archived:
        messages.success(request, _("%(name)s archived.") % {"name": question.name})
    else:
        messages.success(request, _("%(name)s restored.") % {"name": question.name})
    return redirect("courses:bank_questions", code=course.code)


# Import -------------------------------------------------------------------------


def _stash(
    request: HttpRequest,
    *,
    course: Course,
    filename: str,
    file_format: str,
    content: bytes,
) -> str:
    """Keep an uploaded file in the user's session until it is confirmed: nothing
    is written to the bank before that. Compressed; only the last few are kept."""
    token = secrets.token_urlsafe(12)
    stash = dict(
        list(request.session.get(SESSION_KEY, {}).items())[-(KEPT_IMPORTS - 1) :]
    )
    stash[token] = {
        "course": course.pk,
        "filename": filename[:200],
        "format": file_format,
        "content": base64.b64encode(zlib.compress(content, 6)).decode("ascii"),
    }
    request.session[SESSION_KEY] = stash
    return token


def _unstash(request: HttpRequest, course: Course, token: str) -> dict:
    entry = request.session.get(SESSION_KEY, {}).get(token)
    if entry is None or entry["course"] != course.pk:
        raise Http404
    return {**entry, "content": zlib.decompress(base64.b64decode(entry["content"]))}


def _forget(request: HttpRequest, token: str) -> None:
    stash = request.session.get(SESSION_KEY, {})
    stash.pop(token, None)
    request.session[SESSION_KEY] = stash


@trainer_required
def question_import_upload_view(request: HttpRequest, code: str) -> HttpResponse:
    course = _course_for(request, code)
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            read = bank.question_file_read(
                filename=upload.name,
                content=form.cleaned_data["content"],
                file_format=form.cleaned_data["file_format"],
            )
        except QuestionFileInvalid as error:
            form.add_error("file", error.message)
        else:
            token = _stash(
                request,
                course=course,
                filename=upload.name,
                file_format=read.file_format,
                content=form.cleaned_data["content"],
            )
            return redirect(
                "courses:bank_import_preview", code=course.code, token=token
            )
    return render(
        request, "courses/bank/import_upload.html", {"course": course, "form": form}
    )


@trainer_required
def question_import_preview_view(
    request: HttpRequest, code: str, token: str
) -> HttpResponse:
    """GET: every question read and every problem, nothing saved. POST: confirm."""
    course = _course_for(request, code)
    entry = _unstash(request, course, token)
    try:
        read = bank.question_file_read(
            filename=entry["filename"],
            content=entry["content"],
            file_format=entry["format"],
        )
    except QuestionFileInvalid as error:
        _forget(request, token)
        messages.error(request, error.message)
        return redirect("courses:bank_import", code=course.code)
    questions = read.result.questions
    file_categories = sorted({q.category for q in questions if q.category})
    form = ImportConfirmForm(
        request.POST or None,
        course=course,
        initial={"use_file_categories": bool(file_categories)},
    )
    if request.method == "POST" and form.is_valid():
        try:
            created = bank.question_import_confirm(
                course=course,
                questions=questions,
                category=form.cleaned_data["category"],
                new_category=form.cleaned_data["new_category"],
                use_file_categories=form.cleaned_data["use_file_categories"],
                actor=request.user,
            )
        except CoursesError as error:
            form.add_error(None, _error_text(error))
        else:
            _forget(request, token)
            messages.success(
                request,
                ngettext(
                    "%(count)s question imported from %(file)s.",
                    "%(count)s questions imported from %(file)s.",
                    len(created),
                )
                % {"count": len(created), "file": entry["filename"]},
            )
            return redirect("courses:bank_questions", code=course.code)
    labels = dict(QuestionKind.choices)
    rows = [
        (number, question, labels.get(question.kind, question.kind))
        for number, question in enumerate(questions, start=1)
    ]
    page = Paginator(rows, PREVIEW_PAGE_SIZE).get_page(request.GET.get("halaman"))
    return render(
        request,
        "courses/bank/import_preview.html",
        {
            "course": course,
            "token": token,
            "filename": entry["filename"],
            "file_format": read.file_format,
            "problems": read.result.problems,
            "question_count": len(questions),
            "page": page,
            "file_categories": file_categories,
            "form": form,
        },
    )


# Export -------------------------------------------------------------------------


@trainer_required
def question_export_view(request: HttpRequest, code: str) -> HttpResponse:
    """Choose a category and a format; Aiken's left-out questions are named."""
    course = _course_for(request, code)
    category = _export_category(request, course)
    questions = bank_parsed_questions(course=course, category=category)
    _text, aiken_skipped = aiken.export(questions)
    return render(
        request,
        "courses/bank/export.html",
        {
            "course": course,
            "categories": QuestionCategory.objects.filter(course=course),
            "category": category,
            "question_count": len(questions),
            "aiken_skipped": aiken_skipped,
            "formats": EXPORT_FORMATS,
        },
    )


def _export_category(request: HttpRequest, course: Course) -> QuestionCategory | None:
    value = request.GET.get("kategori", "")
    if not value.isdigit():
        return None
    return get_object_or_404(QuestionCategory, pk=int(value), course=course)


@trainer_required
def question_export_download_view(
    request: HttpRequest, code: str, file_format: str
) -> HttpResponse:
    course = _course_for(request, code)
    if file_format not in EXPORT_FORMATS:
        raise Http404
    export = bank_export_for(
        course=course,
        file_format=file_format,
        category=_export_category(request, course),
    )
    response = HttpResponse(export.content, content_type=export.content_type)
    response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
    response["X-Questions-Exported"] = str(export.count)
    response["X-Questions-Skipped"] = str(len(export.skipped))
    return response
