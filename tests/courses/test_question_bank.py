"""Question bank: permissions, categories, versions, validation per kind, import
(preview saves nothing, confirm is all or nothing), export round trip, views."""

from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from courses.exceptions import (
    CategoryNameTaken,
    CategoryNotEmpty,
    NothingToImport,
    QuestionFileInvalid,
    QuestionInvalid,
)
from courses.models import AssessmentItem, Question, QuestionCategory, QuestionVersion
from courses.question_formats import aiken, csv_format, gift
from courses.question_formats.model import ParsedQuestion
from courses.scoring import response_points
from courses.selectors.question_bank import (
    bank_counts_for,
    bank_export_for,
    bank_parsed_questions,
    can_manage_bank,
    course_list_for_bank_manager,
    question_list_for_bank,
)
from courses.services.assessments import attempt_start
from courses.services.question_bank import (
    category_create,
    category_delete,
    category_rename,
    question_archive,
    question_create,
    question_data_problems,
    question_file_read,
    question_import_confirm,
    question_version_create,
)
from lms.demo.assessments import demo_bank_read
from tests.factories import CourseFactory, UserFactory
from tests.factories_assessments import (
    AssessmentFactory,
    QuestionCategoryFactory,
    QuestionFactory,
    single_choice_data,
)
from tests.factories_cohorts import CohortFactory, EnrolmentFactory, TrainerFactory

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data" / "questions"
DEMO = Path(__file__).resolve().parents[2] / "lms" / "demo" / "questions"

GOOD_AND_BAD_GIFT = """$CATEGORY: $course$/top/Klasifikasi

::Kode klasifikasi::Kode klasifikasi arsip disusun berdasarkan {
    =fungsi dan kegiatan instansi#Benar.
    ~urutan tanggal surat
    ~nama pengirim
}

::Rusak::Soal tanpa jawaban benar {~a ~b}

$CATEGORY: $course$/top/JRA

::JRA::JRA ditetapkan oleh pimpinan pencipta arsip setelah mendapat persetujuan ANRI.{T}
"""


def trainer_of(course):
    trainer = TrainerFactory()
    CohortFactory(course=course, trainers=[trainer])
    return trainer


def single(**kwargs) -> dict:
    return single_choice_data(**kwargs)


# Permissions ------------------------------------------------------------------------


def test_trainers_of_a_cohort_and_team_members_manage_the_bank():
    course, other = CourseFactory(), CourseFactory()
    cohort_trainer = trainer_of(course)
    team_member = TrainerFactory()
    team_member.groups.add(Group.objects.create(name=f"Tim {course.code}"))
    stranger = trainer_of(other)
    learner = UserFactory()
    admin = UserFactory(is_superuser=True)

    assert can_manage_bank(cohort_trainer, course)
    assert can_manage_bank(
        TrainerFactory._meta.model.objects.get(pk=team_member.pk), course
    )
    assert not can_manage_bank(stranger, course)
    assert not can_manage_bank(learner, course)
    assert set(course_list_for_bank_manager(user=admin)) >= {course, other}


# Categories ---------------------------------------------------------------------------


def test_category_names_are_unique_per_course_and_only_empty_ones_are_deleted():
    course = CourseFactory()
    category = category_create(course=course, name="  Klasifikasi   arsip ")
    assert category.name == "Klasifikasi arsip"
    with pytest.raises(CategoryNameTaken):
        category_create(course=course, name="klasifikasi ARSIP")
    assert category_create(course=CourseFactory(), name="Klasifikasi arsip").pk

    renamed = category_rename(category=category, name="Kode klasifikasi")
    assert renamed.name == "Kode klasifikasi"

    question = QuestionFactory(course=course, category=category)
    question_archive(question=question)
    with pytest.raises(CategoryNotEmpty):
        category_delete(category=category)
    question.delete()
    AssessmentItem.objects.create(
        assessment=AssessmentFactory(cohort__course=course), category=category
    )
    with pytest.raises(CategoryNotEmpty):
        category_delete(category=category)
    AssessmentItem.objects.filter(category=category).delete()
    category_delete(category=category)
    assert not QuestionCategory.objects.filter(pk=category.pk).exists()


# Validation per kind --------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "data", "valid"),
    [
        ("single", single(), True),
        ("single", {"options": [{"text": "a", "fraction": 1}]}, False),
        (
            "single",
            {"options": [{"text": "a", "fraction": 1}, {"text": "b", "fraction": 1}]},
            False,
        ),
        (
            "single",
            {"options": [{"text": "a", "fraction": 0.5}, {"text": "b", "fraction": 0}]},
            False,
        ),
        (
            "single",
            {"options": [{"text": "", "fraction": 1}, {"text": "b", "fraction": 0}]},
            False,
        ),
        (
            "multiple",
            {
                "options": [
                    {"text": "a", "fraction": 0.5},
                    {"text": "b", "fraction": 0.5},
                    {"text": "c", "fraction": -1},
                ]
            },
            True,
        ),
        (
            "multiple",
            {
                "options": [
                    {"text": "a", "fraction": 0.5},
                    {"text": "b", "fraction": 0.25},
                ]
            },
            False,
        ),
        (
            "multiple",
            {"options": [{"text": "a", "fraction": 2}, {"text": "b", "fraction": 0}]},
            False,
        ),
        ("true_false", {"answer": False}, True),
        ("true_false", {"answer": None}, False),
        ("short_answer", {"accepted": [{"text": "JRA", "fraction": 1}]}, True),
        ("short_answer", {"accepted": [{"text": "JRA", "fraction": 0.5}]}, False),
        ("short_answer", {"accepted": []}, False),
        (
            "numeric",
            {"answers": [{"value": 10, "tolerance": 0.5, "fraction": 1}]},
            True,
        ),
        (
            "numeric",
            {"answers": [{"value": 10, "tolerance": -1, "fraction": 1}]},
            False,
        ),
        (
            "numeric",
            {"answers": [{"value": 10, "tolerance": 0, "fraction": 0.5}]},
            False,
        ),
        (
            "matching",
            {
                "pairs": [{"left": "a", "right": "1"}, {"left": "b", "right": "2"}],
                "distractors": [],
            },
            True,
        ),
        (
            "matching",
            {"pairs": [{"left": "a", "right": "1"}], "distractors": []},
            False,
        ),
        (
            "matching",
            {
                "pairs": [{"left": "a", "right": "1"}, {"left": "A", "right": "2"}],
                "distractors": [],
            },
            False,
        ),
        (
            "matching",
            {
                "pairs": [{"left": "a", "right": ""}, {"left": "b", "right": "2"}],
                "distractors": [],
            },
            False,
        ),
        ("essay", {"rubric": "Sebutkan tiga unsur."}, True),
        ("cerita", {}, False),
    ],
)
def test_question_data_is_checked_per_kind(kind, data, valid):
    assert (question_data_problems(kind=kind, data=data) == []) is valid


def test_invalid_question_is_refused_with_its_problems_and_nothing_saved():
    course = CourseFactory()
    with pytest.raises(QuestionInvalid) as caught:
        question_create(
            course=course,
            kind="numeric",
            text="",
            data={"answers": [{"value": 5, "tolerance": -1, "fraction": 1}]},
        )
    assert len(caught.value.problems) == 2
    assert not Question.objects.filter(course=course).exists()


def test_question_category_must_belong_to_the_same_course():
    with pytest.raises(QuestionInvalid):
        question_create(
            course=CourseFactory(),
            kind="true_false",
            text="Arsip statis dimusnahkan.",
            data={"answer": False},
            category=QuestionCategoryFactory(),
        )


# Versions ---------------------------------------------------------------------------


def test_editing_adds_a_version_and_an_attempt_keeps_the_version_it_showed():
    assessment = AssessmentFactory(questions=1)
    question = assessment.items.get().question
    attempt = attempt_start(
        assessment=assessment, enrolment=EnrolmentFactory(cohort=assessment.cohort)
    )
    shown = attempt.answers.get().question_version
    editor = TrainerFactory()

    version = question_version_create(
        question=question,
        text="Teks yang diperbaiki",
        data=single(correct=2),
        points=Decimal("2"),
        general_feedback="Lihat modul 2.",
        name="Soal diperbaiki",
        actor=editor,
    )

    assert version.number == 2 and version.created_by == editor
    assert [v.number for v in question.versions.all()] == [2, 1]
    shown.refresh_from_db()
    assert shown.number == 1 and shown.data == single_choice_data()
    assert attempt.answers.get().question_version_id == shown.pk
    question.refresh_from_db()
    assert question.name == "Soal diperbaiki"


def test_saving_the_same_content_adds_no_version_but_renames():
    question = QuestionFactory()
    latest = question.versions.get()

    version = question_version_create(
        question=question,
        text=latest.text,
        data=latest.data,
        points=Decimal("1.00"),
        name="Nama baru",
    )

    assert version.pk == latest.pk
    assert question.versions.count() == 1
    question.refresh_from_db()
    assert question.name == "Nama baru"


def test_invalid_edit_adds_no_version():
    question = QuestionFactory()
    with pytest.raises(QuestionInvalid):
        question_version_create(
            question=question, text="x", data={"options": []}, points=Decimal("1")
        )
    assert question.versions.count() == 1


def test_archived_questions_leave_the_list_and_the_counts():
    course = CourseFactory()
    kept, archived = QuestionFactory(course=course), QuestionFactory(course=course)
    question_archive(question=archived)

    assert list(question_list_for_bank(course=course)) == [kept]
    assert list(question_list_for_bank(course=course, archived=True)) == [archived]
    counts = bank_counts_for(course=course)
    assert (counts.active, counts.archived, counts.by_kind["single"]) == (1, 1, 1)
    question_archive(question=archived, archived=False)
    assert question_list_for_bank(course=course).count() == 2


# Import -----------------------------------------------------------------------------


def test_reading_a_file_saves_nothing_and_reports_bad_lines():
    read = question_file_read(
        filename="bank.gift", content=GOOD_AND_BAD_GIFT.encode("utf-8")
    )

    assert read.file_format == "gift"
    assert [q.name for q in read.result.questions] == ["Kode klasifikasi", "JRA"]
    assert [p.line for p in read.result.problems] == [9]
    assert Question.objects.count() == 0 and QuestionCategory.objects.count() == 0


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (b"", "kosong.gift"),
        (b"   \n\n", "kosong.gift"),
        (b"x" * (2 * 1024 * 1024 + 1), "besar.gift"),
        (b"PK\x03\x04\x14\x00\x06\x00", "soal.docx"),
        (b"%PDF-1.7\n", "soal.pdf"),
        (b"::Q::Soal \x00\x01{T}", "biner.gift"),
        ("::Q::Arsip {=benar ~salah}".encode("utf-16"), "utf16.gift"),
        ("::Q::Arsip statis {T}".encode("latin-1") + b"\xe9\xff", "latin.txt"),
    ],
)
def test_unreadable_files_are_refused_with_a_message(content, name):
    with pytest.raises(QuestionFileInvalid) as caught:
        question_file_read(filename=name, content=content)
    assert caught.value.message


def test_format_is_recognised_from_name_and_content():
    aiken_text = (DATA / "aiken_sah.txt").read_bytes()
    assert (
        question_file_read(filename="soal.txt", content=aiken_text).file_format
        == "aiken"
    )
    csv_bytes = (DATA / "bank_titik_koma.csv").read_bytes()
    assert (
        question_file_read(filename="bank.CSV", content=csv_bytes).file_format == "csv"
    )
    gift_bytes = GOOD_AND_BAD_GIFT.encode()
    assert (
        question_file_read(filename="bank.txt", content=gift_bytes).file_format
        == "gift"
    )
    forced = question_file_read(
        filename="x.dat", content=aiken_text, file_format="aiken"
    )
    assert forced.file_format == "aiken" and forced.result.questions


def test_confirm_saves_every_question_with_file_categories_in_one_go():
    course = CourseFactory()
    QuestionCategoryFactory(course=course, name="Klasifikasi")
    fallback = QuestionCategoryFactory(course=course, name="Lain-lain")
    read = question_file_read(filename="bank.gift", content=GOOD_AND_BAD_GIFT.encode())
    extra = ParsedQuestion(
        kind="true_false",
        name="Tanpa",
        text="Soal tanpa kategori",
        data={"answer": True, "feedback_true": "", "feedback_false": ""},
    )
    actor = TrainerFactory()

    created = question_import_confirm(
        course=course,
        questions=[*read.result.questions, extra],
        category=fallback,
        actor=actor,
    )

    assert [(q.name, q.category.name) for q in created] == [
        ("Kode klasifikasi", "Klasifikasi"),
        ("JRA", "JRA"),
        ("Tanpa", "Lain-lain"),
    ]
    assert QuestionCategory.objects.filter(course=course).count() == 3
    versions = QuestionVersion.objects.filter(question__course=course)
    assert versions.count() == 3 and {v.number for v in versions} == {1}
    assert {v.created_by for v in versions} == {actor}


def test_confirm_into_one_new_category_ignores_the_file_categories():
    course = CourseFactory()
    read = question_file_read(filename="bank.gift", content=GOOD_AND_BAD_GIFT.encode())

    created = question_import_confirm(
        course=course,
        questions=read.result.questions,
        new_category="Impor Moodle",
        use_file_categories=False,
    )

    assert {q.category.name for q in created} == {"Impor Moodle"}
    assert QuestionCategory.objects.filter(course=course).count() == 1


def test_confirm_is_all_or_nothing():
    course = CourseFactory()
    good = ParsedQuestion(
        kind="true_false", name="A", text="A", data={"answer": True}, category="Baru"
    )
    broken = ParsedQuestion(
        kind="true_false",
        name="B",
        text="B" * 10,
        data={"answer": True},
        points=float("nan"),
    )

    with pytest.raises(Exception):  # noqa: B017 - any failure must roll back
        question_import_confirm(course=course, questions=[good, broken])

    assert not Question.objects.filter(course=course).exists()
    assert not QuestionCategory.objects.filter(course=course).exists()
    with pytest.raises(NothingToImport):
        question_import_confirm(course=course, questions=[])


# Export -----------------------------------------------------------------------------


def _import(course, name):
    read = question_file_read(filename=name, content=(DATA / name).read_bytes())
    assert read.result.problems == []
    return question_import_confirm(course=course, questions=read.result.questions)


def _comparable(questions):
    return [
        (q.kind, q.name, q.text, q.data, q.general_feedback, q.category)
        for q in questions
    ]


@pytest.mark.parametrize("file_format", ["gift", "csv"])
def test_export_then_import_gives_the_same_questions(file_format):
    source, target = CourseFactory(), CourseFactory()
    _import(
        source,
        "semua_konstruksi.gift.txt" if file_format == "gift" else "bank_titik_koma.csv",
    )
    exported = bank_export_for(course=source, file_format=file_format)

    read = question_file_read(filename=exported.filename, content=exported.content)
    assert read.result.problems == []
    question_import_confirm(course=target, questions=read.result.questions)

    before = bank_parsed_questions(course=source)
    after = bank_parsed_questions(course=target)
    assert _comparable(after) == _comparable(before)
    if file_format == "csv":
        assert [q.points for q in after] == [q.points for q in before]


def test_aiken_export_names_the_questions_it_leaves_out():
    course = CourseFactory()
    QuestionFactory(course=course, name="Pilihan ganda")
    QuestionFactory(
        course=course, name="Benar salah", kind="true_false", data={"answer": True}
    )

    export = bank_export_for(course=course, file_format="aiken")

    assert export.count == 1 and export.skipped == ["Benar salah"]
    assert [q.name for q in aiken.parse(export.content.decode()).questions] == [
        "Pilihan ganda: manakah yang benar?"
    ]


def test_export_of_one_category_and_without_archived_questions():
    course = CourseFactory()
    category = QuestionCategoryFactory(course=course, name="JRA")
    QuestionFactory(course=course, category=category, name="Masuk")
    question_archive(
        question=QuestionFactory(course=course, category=category, name="Arsip")
    )
    QuestionFactory(course=course, name="Lain")

    export = bank_export_for(course=course, file_format="gift", category=category)

    assert [q.name for q in gift.parse(export.content.decode()).questions] == ["Masuk"]
    assert export.filename == f"{course.code.lower()}-jra.gift.txt"


def test_csv_export_cannot_start_a_spreadsheet_formula():
    course = CourseFactory()
    question_create(
        course=course,
        kind="short_answer",
        name='=HYPERLINK("http://x")',
        text="+62 adalah kode negara",
        data={"accepted": [{"text": "-5", "fraction": 1, "feedback": ""}]},
        general_feedback="@SUM(A1)",
    )

    content = bank_export_for(course=course, file_format="csv").content.decode(
        "utf-8-sig"
    )
    cells = [cell for line in content.splitlines()[1:] for cell in line.split(";")]

    assert not any(cell.lstrip('"').startswith(("=", "+", "-", "@")) for cell in cells)
    back = csv_format.parse(content.encode()).questions[0]
    assert (back.name, back.text, back.general_feedback) == (
        '=HYPERLINK("http://x")',
        "+62 adalah kode negara",
        "@SUM(A1)",
    )
    assert back.data["accepted"][0]["text"] == "-5"


# Views --------------------------------------------------------------------------------


def test_a_trainer_of_another_course_gets_404_everywhere(client):
    course = CourseFactory()
    question = QuestionFactory(course=course)
    client.force_login(trainer_of(CourseFactory()))
    code = course.code
    urls = [
        reverse("courses:bank_questions", args=[code]),
        reverse("courses:bank_question_edit", args=[code, question.pk]),
        reverse("courses:bank_question_history", args=[code, question.pk]),
        reverse("courses:bank_import", args=[code]),
        reverse("courses:bank_export", args=[code]),
        reverse("courses:bank_export_download", args=[code, "gift"]),
    ]
    for url in urls:
        assert client.get(url).status_code == 404, url
    response = client.post(
        reverse("courses:bank_question_archive", args=[code, question.pk]),
        {"arsip": "1"},
    )
    assert response.status_code == 404
    question.refresh_from_db()
    assert not question.is_archived


def test_a_learner_is_refused_the_bank(client):
    course = CourseFactory()
    client.force_login(UserFactory())
    assert (
        client.get(reverse("courses:bank_questions", args=[course.code])).status_code
        == 403
    )


def test_bank_list_filters_by_category_kind_and_archive(client):
    course = CourseFactory()
    category = QuestionCategoryFactory(course=course)
    QuestionFactory(course=course, category=category, name="Di kategori")
    QuestionFactory(
        course=course, name="Benar salah", kind="true_false", data={"answer": True}
    )
    question_archive(question=QuestionFactory(course=course, name="Diarsipkan"))
    client.force_login(trainer_of(course))
    url = reverse("courses:bank_questions", args=[course.code])

    def names(**params):
        response = client.get(url, params)
        assert response.status_code == 200
        return [q.name for q in response.context["page"]]

    assert names() == ["Benar salah", "Di kategori"]
    assert names(kategori=category.pk) == ["Di kategori"]
    assert names(kategori="tanpa") == ["Benar salah"]
    assert names(jenis="true_false") == ["Benar salah"]
    assert names(arsip="1") == ["Diarsipkan"]


def test_create_and_edit_question_through_the_form(client):
    course = CourseFactory()
    category = QuestionCategoryFactory(course=course)
    client.force_login(trainer_of(course))
    create_url = reverse("courses:bank_question_create", args=[course.code, "single"])
    post = {
        "category": category.pk,
        "name": "",
        "text": "Pola klasifikasi arsip disusun menurut",
        "points": "2",
        "general_feedback": "Lihat Perka ANRI.",
        "option_0_text": "fungsi dan kegiatan",
        "option_0_percent": "100",
        "option_0_feedback": "Benar.",
        "option_1_text": "abjad",
        "option_1_percent": "0",
        "option_2_text": "tanggal",
        "option_2_percent": "50",
    }
    bad = client.post(create_url, {**post, "option_0_percent": "40"})
    assert bad.status_code == 200 and bad.context["form"].non_field_errors()
    assert not Question.objects.filter(course=course).exists()

    response = client.post(create_url, post)
    assert response.status_code == 302
    question = Question.objects.get(course=course)
    version = question.versions.get()
    assert question.name == "Pola klasifikasi arsip disusun menurut"
    assert version.points == Decimal("2")
    assert [o["fraction"] for o in version.data["options"]] == [1.0, 0.0, 0.5]

    edit_url = reverse("courses:bank_question_edit", args=[course.code, question.pk])
    form = client.get(edit_url).context["form"]
    assert form.initial["option_2_percent"] == Decimal("50")
    client.post(edit_url, {**post, "option_1_text": "abjad nama"})
    assert [v.number for v in question.versions.all()] == [2, 1]
    assert question.versions.first().data["options"][1]["text"] == "abjad nama"


@pytest.mark.parametrize(
    ("kind", "fields", "data"),
    [
        (
            "true_false",
            {"answer": "false", "feedback_true": "Salah.", "feedback_false": "Tepat."},
            {"answer": False, "feedback_true": "Salah.", "feedback_false": "Tepat."},
        ),
        (
            "short_answer",
            {
                "accepted_0_text": "JRA",
                "accepted_1_text": "jadwal retensi",
                "accepted_1_percent": "50",
            },
            {
                "accepted": [
                    {"text": "JRA", "fraction": 1.0, "feedback": ""},
                    {"text": "jadwal retensi", "fraction": 0.5, "feedback": ""},
                ]
            },
        ),
        (
            "numeric",
            {"number_0_value": "30", "number_0_tolerance": "0,5"},
            {
                "answers": [
                    {"value": 30.0, "tolerance": 0.5, "fraction": 1.0, "feedback": ""}
                ]
            },
        ),
        (
            "matching",
            {
                "pair_0_left": "Arsip aktif",
                "pair_0_right": "Unit pengolah",
                "pair_1_left": "Arsip statis",
                "pair_1_right": "Lembaga kearsipan",
                "distractors": "Perpustakaan\n",
            },
            {
                "pairs": [
                    {"left": "Arsip aktif", "right": "Unit pengolah"},
                    {"left": "Arsip statis", "right": "Lembaga kearsipan"},
                ],
                "distractors": ["Perpustakaan"],
            },
        ),
        ("essay", {"rubric": "Tiga tahap."}, {"rubric": "Tiga tahap."}),
        (
            "multiple",
            {
                "option_0_text": "a",
                "option_0_percent": "50",
                "option_1_text": "b",
                "option_1_percent": "50",
                "option_2_text": "c",
                "option_2_percent": "-100",
            },
            {
                "options": [
                    {"text": "a", "fraction": 0.5, "feedback": ""},
                    {"text": "b", "fraction": 0.5, "feedback": ""},
                    {"text": "c", "fraction": -1.0, "feedback": ""},
                ],
                "shuffle": True,
            },
        ),
    ],
)
def test_every_kind_can_be_created_through_the_form(client, kind, fields, data):
    course = CourseFactory()
    client.force_login(trainer_of(course))
    url = reverse("courses:bank_question_create", args=[course.code, kind])
    assert client.get(url).status_code == 200

    response = client.post(url, {"text": "Soal", "points": "1", **fields})

    assert response.status_code == 302, response.context["form"].errors
    assert Question.objects.get(course=course).versions.get().data == data


def test_wrong_options_of_a_multiple_answer_question_cost_points(client):
    """Left at 0, ticking every option would earn full marks (the sum of the
    correct options, the wrong ones adding nothing)."""
    course = CourseFactory()
    client.force_login(trainer_of(course))
    url = reverse("courses:bank_question_create", args=[course.code, "multiple"])
    form = client.get(url).context["form"]
    with translation.override("en"):
        assert "negative share" in str(form.fields["option_0_percent"].help_text)
    post = {
        "text": "Kegiatan penyusutan arsip",
        "points": "2",
        "option_0_text": "Pemindahan",
        "option_0_percent": "50",
        "option_1_text": "Pemusnahan",
        "option_1_percent": "50",
        "option_2_text": "Penggandaan",
        "option_2_percent": "0",
        "option_3_text": "Penataan",
        "option_3_percent": "",
        "option_4_text": "Peminjaman",
        "option_4_percent": "-50",  # the trainer's own choice stays
    }

    assert client.post(url, post).status_code == 302

    version = Question.objects.get(course=course).versions.get()
    share = round(-1 / 3, 7)
    fractions = [o["fraction"] for o in version.data["options"]]
    assert fractions == [0.5, 0.5, share, share, -0.5]
    every = response_points(
        kind="multiple", data=version.data, points=version.points, response=[0, 1, 2]
    )
    assert every < version.points  # ticking a wrong one as well costs points
    assert response_points(
        kind="multiple", data=version.data, points=version.points, response=[0, 1]
    ) == Decimal("2.00")
    edit = client.get(
        reverse("courses:bank_question_edit", args=[course.code, version.question_id])
    ).context["form"]
    assert edit.initial["option_2_percent"] == Decimal("-33.33333")

    single = reverse("courses:bank_question_create", args=[course.code, "single"])
    client.post(
        single,
        {
            "text": "Satu jawaban",
            "points": "1",
            "option_0_text": "Ya",
            "option_0_percent": "100",
            "option_1_text": "Tidak",
        },
    )
    single_version = QuestionVersion.objects.get(question__name="Satu jawaban")
    assert [o["fraction"] for o in single_version.data["options"]] == [1.0, 0.0]


def test_imported_multiple_answer_questions_keep_their_own_weights():
    gift = (
        "::Penyusutan::Kegiatan penyusutan {~%50%Pemindahan ~%50%Pemusnahan ~Penataan}"
    )
    read = question_file_read(filename="bank.gift", content=gift.encode())
    (question,) = question_import_confirm(
        course=CourseFactory(),
        questions=read.result.questions,
        category=None,
        actor=TrainerFactory(),
    )
    data = question.versions.get().data
    assert [o["fraction"] for o in data["options"]] == [0.5, 0.5, 0]


@pytest.mark.parametrize(
    ("kind", "fields"),
    [
        ("numeric", {"number_0_value": "30", "number_0_tolerance": "-1"}),
        ("matching", {"pair_0_left": "a", "pair_0_right": "1"}),
        (
            "multiple",
            {"option_0_text": "a", "option_0_percent": "50", "option_1_text": "b"},
        ),
        ("true_false", {}),
    ],
)
def test_form_refuses_incomplete_questions(client, kind, fields):
    course = CourseFactory()
    client.force_login(trainer_of(course))
    url = reverse("courses:bank_question_create", args=[course.code, kind])

    response = client.post(url, {"text": "Soal", "points": "1", **fields})

    assert response.status_code == 200
    assert not response.context["form"].is_valid()
    assert not Question.objects.filter(course=course).exists()


def test_import_upload_preview_and_confirm_through_the_views(client):
    course = CourseFactory()
    client.force_login(trainer_of(course))
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("bank.gift", GOOD_AND_BAD_GIFT.encode(), "text/plain")
    response = client.post(
        reverse("courses:bank_import", args=[course.code]), {"file": upload}
    )
    assert response.status_code == 302
    preview_url = response["Location"]

    preview = client.get(preview_url)
    assert preview.status_code == 200
    assert preview.context["question_count"] == 2
    assert [p.line for p in preview.context["problems"]] == [9]
    assert not Question.objects.filter(course=course).exists()

    confirmed = client.post(preview_url, {"use_file_categories": "on"})
    assert confirmed.status_code == 302
    assert Question.objects.filter(course=course).count() == 2
    # The stashed file is gone: confirming twice imports nothing more.
    assert client.post(preview_url, {"use_file_categories": "on"}).status_code == 404
    assert Question.objects.filter(course=course).count() == 2


def test_import_preview_of_another_course_is_404(client):
    course, other = CourseFactory(), CourseFactory()
    trainer = TrainerFactory()
    CohortFactory(course=course, trainers=[trainer])
    CohortFactory(course=other, trainers=[trainer])
    client.force_login(trainer)
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("bank.gift", GOOD_AND_BAD_GIFT.encode())
    location = client.post(
        reverse("courses:bank_import", args=[course.code]), {"file": upload}
    )["Location"]
    token = location.rstrip("/").rsplit("/", 1)[1]

    assert (
        client.get(
            reverse("courses:bank_import_preview", args=[other.code, token])
        ).status_code
        == 404
    )


def test_bad_upload_shows_the_form_again_with_an_error(client):
    course = CourseFactory()
    client.force_login(trainer_of(course))
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("soal.gift", b"\x00\x01\x02binary")
    response = client.post(
        reverse("courses:bank_import", args=[course.code]), {"file": upload}
    )

    assert response.status_code == 200
    assert response.context["form"].errors["file"]


def test_export_download_and_history_views(client):
    course = CourseFactory()
    question = QuestionFactory(course=course)
    question_version_create(
        question=question, text="Baru", data=single(correct=1), points=Decimal("1")
    )
    client.force_login(trainer_of(course))

    response = client.get(
        reverse("courses:bank_export_download", args=[course.code, "csv"])
    )
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.csv"')
    assert (
        client.get(reverse("courses:bank_export", args=[course.code])).status_code
        == 200
    )
    history = client.get(
        reverse("courses:bank_question_history", args=[course.code, question.pk])
    )
    assert [v.number for v in history.context["versions"]] == [2, 1]


def test_category_views(client):
    course = CourseFactory()
    client.force_login(trainer_of(course))
    client.post(
        reverse("courses:bank_category_create", args=[course.code]),
        {"name": "Penyusutan"},
    )
    category = QuestionCategory.objects.get(course=course)
    client.post(
        reverse("courses:bank_category_rename", args=[course.code, category.pk]),
        {"name": "Pemusnahan"},
    )
    category.refresh_from_db()
    assert category.name == "Pemusnahan"
    QuestionFactory(course=course, category=category)
    client.post(
        reverse("courses:bank_category_delete", args=[course.code, category.pk])
    )
    assert QuestionCategory.objects.filter(pk=category.pk).exists()


# Demo banks ---------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["ARS-KONV", "ARS-ELEK", "BIMTEK-TPBIS"])
def test_demo_banks_read_without_problems(code):
    questions = demo_bank_read(code=code)  # raises on any problem

    assert len(questions) >= 20
    kinds = {q.kind for q in questions}
    assert {"single", "true_false", "multiple", "short_answer", "matching"} <= kinds
    assert "numeric" in kinds and "essay" in kinds
    assert all(q.category for q in questions)
    assert sum(q.kind == "single" for q in questions) > len(questions) / 2
    assert all(q.general_feedback or q.kind != "essay" for q in questions)


def test_demo_bank_with_a_bad_line_is_refused(tmp_path, monkeypatch):
    from lms.demo import assessments

    (tmp_path / "UJI.gift").write_text("::A::Soal {~a ~b}\n", encoding="utf-8")
    monkeypatch.setattr(assessments, "QUESTIONS_DIR", tmp_path)
    with pytest.raises(assessments.DemoBankInvalid, match="UJI.gift: 1"):
        demo_bank_read(code="UJI")


def test_an_edit_without_category_keeps_the_question_in_its_category():
    category = QuestionCategoryFactory()
    question = QuestionFactory(course=category.course, category=category)

    question_version_create(
        question=question, text="Baru", data=single(correct=1), points=Decimal("1")
    )
    question.refresh_from_db()
    assert question.category == category

    question_version_create(
        question=question,
        text="Baru",
        data=single(correct=1),
        points=Decimal("1"),
        category=None,
    )
    question.refresh_from_db()
    assert question.category is None


def test_aiken_export_then_import_gives_the_same_single_choice_questions():
    source, target = CourseFactory(), CourseFactory()
    _import(source, "aiken_sah.txt")
    exported = bank_export_for(course=source, file_format="aiken")
    assert exported.skipped == []

    read = question_file_read(filename=exported.filename, content=exported.content)
    assert read.file_format == "aiken" and read.result.problems == []
    question_import_confirm(course=target, questions=read.result.questions)

    def texts_and_options(course):
        # Aiken has one line per question: line breaks become spaces.
        return [
            (
                " ".join(q.text.split()),
                [(o["text"], o["fraction"]) for o in q.data["options"]],
            )
            for q in bank_parsed_questions(course=course)
        ]

    assert texts_and_options(target) == texts_and_options(source)


def test_bank_list_and_assessment_page_queries_do_not_grow_with_the_bank(
    client, django_assert_max_num_queries
):
    course = CourseFactory()
    category = QuestionCategoryFactory(course=course)
    trainer = trainer_of(course)
    assessment = AssessmentFactory(cohort=trainer.cohorts_trained.get())
    questions = [QuestionFactory(course=course, category=category) for _ in range(40)]
    for question in questions[:5]:
        question_version_create(
            question=question, text="Baru", data=single(correct=1), points=Decimal("2")
        )
    AssessmentItem.objects.bulk_create(
        AssessmentItem(assessment=assessment, position=i, question=q)
        for i, q in enumerate(questions[:20])
    )
    AssessmentItem.objects.create(
        assessment=assessment, position=21, category=category, draw_count=5
    )
    client.force_login(trainer)

    with django_assert_max_num_queries(15):
        response = client.get(reverse("courses:bank_questions", args=[course.code]))
    assert len(response.context["page"]) == 40
    detail = reverse(
        "courses:assessment_setup_detail", args=[assessment.cohort_id, assessment.pk]
    )
    with django_assert_max_num_queries(20):
        response = client.get(detail)
    assert response.context["outline"].question_count == 25
