import random
from pathlib import Path

import pytest
from django.utils import translation

from courses.question_formats import aiken, csv_format, gift
from courses.question_formats.model import ParsedQuestion, ParseResult

DATA = Path(__file__).parent / "data" / "questions"
GIFT_FILES = [
    "semua_konstruksi.gift.txt",
    "moodle_ekspor.gift.txt",
    "rusak_kurung.gift.txt",
    "rusak_jawaban.gift.txt",
]
CSV_FILES = [
    "bank_titik_koma.csv",
    "bank_koma.csv",
    "bank_cp1252.csv",
    "bank_rusak.csv",
]
OVER_LIMIT = int(5.1 * 1024 * 1024)


@pytest.fixture(autouse=True)
def english_messages():
    """Problem messages are translated: these tests read the English msgids."""
    with translation.override("en"):
        yield


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def only(text: str) -> ParsedQuestion:
    result = gift.parse(text)
    assert result.problems == []
    assert len(result.questions) == 1
    return result.questions[0]


def problems_of(result: ParseResult) -> list[tuple[int, str]]:
    return [(problem.line, problem.message) for problem in result.problems]


def by_name(result: ParseResult) -> dict[str, ParsedQuestion]:
    return {question.name: question for question in result.questions}


def choices(question: ParsedQuestion) -> list[tuple[str, float]]:
    return [(item["text"], item["fraction"]) for item in question.data["options"]]


def option(text: str, fraction: float, feedback: str = "") -> dict:
    return {"text": text, "fraction": fraction, "feedback": feedback}


# GIFT: each construct ----------------------------------------------------------


def test_gift_file_with_every_construct_reads_without_problems():
    result = gift.parse(read("semua_konstruksi.gift.txt"))

    assert result.problems == []
    kinds = [question.kind for question in result.questions]
    assert {kind: kinds.count(kind) for kind in set(kinds)} == {
        "single": 10,
        "multiple": 1,
        "true_false": 4,
        "short_answer": 2,
        "matching": 2,
        "numeric": 4,
        "essay": 2,
    }
    assert "Petunjuk bagian B" not in by_name(result)
    categories = {question.name: question.category for question in result.questions}
    assert categories["UU Kearsipan"] == "Kearsipan/Dasar"
    assert categories["Sistem penyimpanan"] == "Kearsipan/Penyimpanan"
    assert categories["Multi baris"] == "Perpustakaan"


def test_gift_multiple_choice_with_title_answer_feedback_and_general_feedback():
    question = by_name(gift.parse(read("semua_konstruksi.gift.txt")))["UU Kearsipan"]

    assert question.kind == "single"
    assert question.text == (
        "Undang-undang yang mengatur penyelenggaraan kearsipan di Indonesia adalah"
    )
    assert question.data == {
        "options": [
            option("UU Nomor 43 Tahun 2007", 0.0, "Itu UU Perpustakaan."),
            option("UU Nomor 43 Tahun 2009", 1.0, "Benar, UU Kearsipan."),
            option(
                "UU Nomor 14 Tahun 2008", 0.0, "Itu UU Keterbukaan Informasi Publik."
            ),
        ],
        "shuffle": True,
    }
    assert question.general_feedback == (
        "Lihat konsideran UU Nomor 43 Tahun 2009 tentang Kearsipan."
    )
    assert question.points == 1.0


def test_gift_question_without_title_is_named_after_its_first_60_characters():
    question = only(
        "Lembaga yang berwenang melaksanakan pengelolaan arsip statis berskala "
        "nasional adalah {=ANRI ~Perpusnas}"
    )

    assert (
        question.name == "Lembaga yang berwenang melaksanakan pengelolaan arsip statis"
    )
    assert len(question.name) == 60


def test_gift_html_tags_are_left_out_of_a_name_taken_from_the_text():
    question = only(
        "[html]<p>Apa kepanjangan <b>JRA</b>?</p><p>Tulis&nbsp;lengkap.</p>"
        "{=Jadwal Retensi Arsip}"
    )

    assert question.name == "Apa kepanjangan JRA? Tulis lengkap."
    assert question.text == (
        "<p>Apa kepanjangan <b>JRA</b>?</p><p>Tulis&nbsp;lengkap.</p>"
    )


def test_gift_missing_word_keeps_a_blank_where_the_braces_were():
    question = only(
        "Arsip yang penggunaannya menurun disebut arsip {~aktif =inaktif} "
        "oleh pencipta arsip."
    )

    assert question.text == (
        "Arsip yang penggunaannya menurun disebut arsip _____ oleh pencipta arsip."
    )
    assert question.kind == "single"


def test_gift_answers_at_the_end_leave_no_blank():
    assert only("Arsip aktif adalah arsip yang sering dipakai.{T}").text == (
        "Arsip aktif adalah arsip yang sering dipakai."
    )


def test_gift_weights_without_equals_make_a_multiple_choice_question():
    question = by_name(gift.parse(read("semua_konstruksi.gift.txt")))[
        "Kegiatan penyusutan"
    ]

    assert question.kind == "multiple"
    assert [item["fraction"] for item in question.data["options"]] == [
        0.3333333,
        0.3333333,
        0.3333334,
        -1.0,
    ]
    assert question.data["options"][3]["feedback"] == "Alih media bukan penyusutan."


def test_gift_weighted_wrong_answer_stays_partial_credit_in_single_choice():
    question = only(
        "Arsip vital adalah {=arsip penting ~%50%arsip terjaga ~arsip inaktif}"
    )

    assert question.kind == "single"
    assert [item["fraction"] for item in question.data["options"]] == [1.0, 0.5, 0.0]


@pytest.mark.parametrize(
    ("block", "answer"),
    [("{T}", True), ("{TRUE}", True), ("{F}", False), ("{FALSE}", False)],
)
def test_gift_true_false_in_every_spelling(block, answer):
    question = only(f"Arsip statis disimpan permanen.{block}")

    assert question.kind == "true_false"
    assert question.data == {
        "answer": answer,
        "feedback_true": "",
        "feedback_false": "",
    }


def test_gift_true_false_feedback_goes_with_the_answer_the_learner_gives():
    """{F#a#b}: "a" is for a wrong answer (true), "b" for a right one (false)."""
    false = only("Arsip statis dimusnahkan.{F#Keliru, disimpan permanen.#Tepat.}")
    true = only("JRA wajib ada.{TRUE#Keliru, JRA wajib.#Tepat.####Lihat PP 28/2012.}")

    assert false.data == {
        "answer": False,
        "feedback_true": "Keliru, disimpan permanen.",
        "feedback_false": "Tepat.",
    }
    assert true.data == {
        "answer": True,
        "feedback_true": "Tepat.",
        "feedback_false": "Keliru, JRA wajib.",
    }
    assert true.general_feedback == "Lihat PP 28/2012."


def test_gift_short_answer_accepts_each_equals_answer_with_weights_and_feedback():
    question = by_name(gift.parse(read("semua_konstruksi.gift.txt")))["Singkatan ANRI"]

    assert question.kind == "short_answer"
    assert question.data == {
        "accepted": [
            {"text": "ANRI", "fraction": 1.0, "feedback": ""},
            {
                "text": "A.N.R.I.",
                "fraction": 1.0,
                "feedback": "Tanpa titik lebih lazim.",
            },
            {
                "text": "Arnas",
                "fraction": 0.5,
                "feedback": "Sebutan populer, bukan singkatan resmi.",
            },
        ]
    }


def test_gift_two_equals_answers_without_tilde_are_a_short_answer():
    question = only("Singkatan Jadwal Retensi Arsip adalah {=JRA =J.R.A.}")

    assert question.kind == "short_answer"
    assert [item["text"] for item in question.data["accepted"]] == ["JRA", "J.R.A."]


def test_gift_missing_word_short_answer():
    question = by_name(gift.parse(read("semua_konstruksi.gift.txt")))["JRA"]

    assert question.kind == "short_answer"
    assert question.text == (
        "Daftar yang berisi jangka waktu penyimpanan arsip disebut _____ dan "
        "ditetapkan oleh pimpinan pencipta arsip."
    )


def test_gift_matching_with_pairs_distractor_and_general_feedback():
    question = by_name(gift.parse(read("semua_konstruksi.gift.txt")))[
        "Sistem penyimpanan"
    ]

    assert question.kind == "matching"
    assert question.data == {
        "pairs": [
            {
                "left": "Abjad nama orang atau organisasi",
                "right": "Sistem abjad (alfabetis)",
            },
            {"left": "Tanggal surat", "right": "Sistem kronologis"},
            {"left": "Wilayah atau daerah", "right": "Sistem geografis"},
            {"left": "Nomor kode", "right": "Sistem numerik"},
        ],
        "distractors": ["Sistem pokok masalah"],
    }
    assert question.general_feedback == (
        "Sistem pokok masalah tidak dipakai pada pasangan di atas."
    )


def test_gift_matching_with_two_pairs_is_accepted():
    question = only("Pasangkan kelas DDC.{=200 -> Agama =900 -> Sejarah dan geografi}")

    assert question.data["pairs"] == [
        {"left": "200", "right": "Agama"},
        {"left": "900", "right": "Sejarah dan geografi"},
    ]


@pytest.mark.parametrize(
    ("block", "answers"),
    [
        ("{#20:2}", [(20.0, 2.0, 1.0, "")]),
        ("{#5:0.5}", [(5.0, 0.5, 1.0, "")]),
        ("{#1..3}", [(2.0, 1.0, 1.0, "")]),
        ("{#13}", [(13.0, 0.0, 1.0, "")]),
        ("{#0.1..0.3}", [(0.2, 0.1, 1.0, "")]),
        ("{#-3.5:0.25}", [(-3.5, 0.25, 1.0, "")]),
        ("{# =%100%5:0 =%50%5:2}", [(5.0, 0.0, 1.0, ""), (5.0, 2.0, 0.5, "")]),
        (
            "{#\n=2009:0#Benar.\n=%50%2007:0#Itu UU Perpustakaan.\n}",
            [(2009.0, 0.0, 1.0, "Benar."), (2007.0, 0.0, 0.5, "Itu UU Perpustakaan.")],
        ),
    ],
)
def test_gift_numeric_answers(block, answers):
    question = only(f"Masukkan angkanya.{block}")

    assert question.kind == "numeric"
    assert question.data == {
        "answers": [
            {
                "value": value,
                "tolerance": tolerance,
                "fraction": fraction,
                "feedback": fb,
            }
            for value, tolerance, fraction, fb in answers
        ]
    }


def test_gift_numeric_feedback_for_any_other_answer_is_dropped():
    question = only("Tahun UU Kearsipan?{#2009:0 ~#Lihat judul UU-nya.}")

    assert question.data == {
        "answers": [
            {"value": 2009.0, "tolerance": 0.0, "fraction": 1.0, "feedback": ""}
        ]
    }


def test_gift_essay_with_and_without_general_feedback():
    result = by_name(gift.parse(read("semua_konstruksi.gift.txt")))

    plain = result["Arsip dinamis dan statis"]
    with_feedback = result["Layanan perpustakaan desa"]
    assert (plain.kind, plain.data, plain.general_feedback) == (
        "essay",
        {"rubric": ""},
        "",
    )
    assert with_feedback.kind == "essay"
    assert with_feedback.general_feedback == (
        "Nilai: kejelasan langkah, dasar hukum, dan keterlibatan masyarakat."
    )


def test_gift_description_without_braces_is_skipped_silently():
    result = gift.parse(
        "::Petunjuk::Bagian B membahas perpustakaan.\n\n::Q::DDC 020 adalah ilmu "
        "perpustakaan.{T}"
    )

    assert result.problems == []
    assert [question.name for question in result.questions] == ["Q"]


@pytest.mark.parametrize(
    ("marked", "text"),
    [
        (
            "[html]<p>Apa itu <strong>JRA</strong>?</p>",
            "<p>Apa itu <strong>JRA</strong>?</p>",
        ),
        ("[markdown]Apa itu **JRA**?", "Apa itu **JRA**?"),
        ("[plain]Apa itu JRA?", "Apa itu JRA?"),
        ("[moodle]Apa itu JRA?", "Apa itu JRA?"),
        ("[Arsip] Apa itu JRA?", "[Arsip] Apa itu JRA?"),
    ],
)
def test_gift_text_format_marker_is_removed_and_the_text_kept(marked, text):
    question = only(f"::Q::{marked}{{=[html]<em>Jadwal Retensi Arsip</em>}}")

    assert question.text == text
    assert question.data["accepted"][0]["text"] == "<em>Jadwal Retensi Arsip</em>"


def test_gift_escaped_characters_are_plain_text():
    question = by_name(gift.parse(read("semua_konstruksi.gift.txt")))[
        "Escape: simbol katalog"
    ]

    assert question.text == (
        'Pada OPAC, kueri "judul: Sejarah Riau" memakai titik dua.\n'
        "Kurung kurawal { } dan tanda # = ~ ditulis apa adanya, seperti jalur "
        "\\\\server\\arsip."
    )
    assert question.data["options"] == [
        option("judul: Sejarah Riau", 1.0, "Titik dua memisahkan ruas = nilai."),
        option("judul ~ Sejarah Riau", 0.0),
        option("#judul Sejarah Riau", 0.0),
    ]


def test_gift_multi_line_question_with_indented_answers():
    question = by_name(gift.parse(read("semua_konstruksi.gift.txt")))["Multi baris"]

    assert question.text == (
        "Seorang arsiparis menerima 40 boks arsip inaktif dari unit pengolah.\n"
        "Berita acara yang dibuat dalam kegiatan ini adalah berita acara"
    )
    assert [item["fraction"] for item in question.data["options"]] == [0.0, 1.0, 0.0]


def test_gift_comment_lines_inside_a_question_do_not_split_it():
    question = only(
        "// soal latihan\n::Q::Arsip statis\n// catatan penyusun\ndisimpan permanen.{T}"
    )

    assert question.text == "Arsip statis\ndisimpan permanen."


def test_gift_category_prefixes_are_stripped():
    result = gift.parse(
        "$CATEGORY: $course$/top/Kearsipan/Dasar\n\n::A::Soal A{T}\n\n"
        "$CATEGORY: top/Perpustakaan\n\n::B::Soal B{T}\n\n"
        "$CATEGORY: $course$/top\n\n::C::Soal C{T}\n\n"
        "$CATEGORY: Memori Dunia\n::D::Soal D langsung di bawah kategori{T}\n"
    )

    assert result.problems == []
    assert [(q.name, q.category) for q in result.questions] == [
        ("A", "Kearsipan/Dasar"),
        ("B", "Perpustakaan"),
        ("C", ""),
        ("D", "Memori Dunia"),
    ]


def test_gift_questions_before_any_category_line_have_none():
    assert only("::Q::Soal tanpa kategori{T}").category == ""


def test_gift_real_world_moodle_export():
    result = gift.parse(read("moodle_ekspor.gift.txt"))

    assert result.problems == []
    questions = by_name(result)
    assert list(questions) == [
        "Pengertian arsip inaktif",
        "Unsur sistem penyimpanan",
        "Kepanjangan JRA",
        "Arsip statis dan retensi",
        "Tahun UU Kearsipan",
        "Pola klasifikasi",
        "Refleksi pengelolaan arsip",
        "Kelas 300",
        "DDC 020",
    ]
    first = questions["Pengertian arsip inaktif"]
    assert first.category == (
        "Default for Diklat Kearsipan Dasar 2024/Pengelolaan Arsip Dinamis"
    )
    assert first.text.endswith("<strong>menurun</strong> disebut:</p>")
    assert first.general_feedback == (
        '<p>Baca <a href="https://jdih.anri.go.id/" target="_blank">JDIH ANRI</a> '
        "untuk teks lengkap UU.</p>"
    )
    assert questions["Unsur sistem penyimpanan"].kind == "multiple"
    assert questions["Kepanjangan JRA"].data["accepted"][0] == {
        "text": "Jadwal Retensi Arsip",
        "fraction": 1.0,
        "feedback": "",
    }
    assert questions["Tahun UU Kearsipan"].data["answers"][1]["fraction"] == 0.5
    assert questions["Pola klasifikasi"].data["pairs"][0] == {
        "left": "<p>000</p>",
        "right": "Umum",
    }
    assert questions["Kelas 300"].category == (
        "Default for Diklat Kearsipan Dasar 2024/Perpustakaan"
    )


def test_gift_byte_order_mark_and_windows_line_ends_are_accepted():
    result = gift.parse("\ufeff::A::Soal A{T}\r\n\r\n::B::Soal B{F}\r\n")

    assert [(q.name, q.data["answer"]) for q in result.questions] == [
        ("A", True),
        ("B", False),
    ]


# GIFT: round trip and export ----------------------------------------------------


@pytest.mark.parametrize("name", GIFT_FILES)
def test_gift_round_trip(name):
    parsed = gift.parse(read(name))

    assert parsed.questions
    assert gift.parse(gift.export(parsed.questions)) == ParseResult(
        parsed.questions, []
    )


def test_gift_export_writes_titles_categories_and_escapes():
    questions = [
        ParsedQuestion(
            kind="single",
            name="Nomor: panggil",
            text="Pisahkan {kelas} = pengarang # judul ~ tahun\nBaris kedua",
            data={
                "options": [option("A", 1.0, "Ya: benar"), option("B", 0.0)],
                "shuffle": True,
            },
            category="Perpustakaan/Katalog",
        ),
        ParsedQuestion(
            kind="essay", name="Esai", text="Jelaskan.", data={"rubric": "Rubrik"}
        ),
    ]

    text = gift.export(questions)

    assert text == (
        "$CATEGORY: $course$/top/Perpustakaan/Katalog\n"
        "\n"
        "::Nomor\\: panggil::Pisahkan \\{kelas\\} \\= pengarang \\# judul \\~ tahun"
        "\\nBaris kedua{\n"
        "\t=A#Ya\\: benar\n"
        "\t~B\n"
        "}\n"
        "\n"
        "$CATEGORY: $course$/top\n"
        "\n"
        "::Esai::Jelaskan.{}\n"
    )


@pytest.mark.parametrize(
    "question",
    [
        ParsedQuestion(
            "single",
            "Teks [html] harfiah",
            "[html] bukan penanda format",
            {
                "options": [option("%50% harfiah", 1.0), option("%20% juga", 0.0)],
                "shuffle": True,
            },
        ),
        ParsedQuestion(
            "short_answer",
            "Persen",
            "Tulis persennya",
            {
                "accepted": [
                    {"text": "%100%", "fraction": 0.5, "feedback": "#1"},
                    {"text": "100%", "fraction": 1.0, "feedback": ""},
                ]
            },
        ),
        ParsedQuestion(
            "multiple",
            "Bobot sepertiga",
            "Pilih tiga.",
            {
                "options": [
                    option("a", 1 / 3),
                    option("b", 1 / 3),
                    option("c", 1 / 3),
                    option("d", -0.25),
                ],
                "shuffle": True,
            },
        ),
        ParsedQuestion(
            "numeric",
            "Kecil",
            "Nilai kecil",
            {
                "answers": [
                    {
                        "value": 1e-05,
                        "tolerance": 0.1 + 0.2,
                        "fraction": 1.0,
                        "feedback": "",
                    },
                    {
                        "value": -1e20,
                        "tolerance": 0.0,
                        "fraction": 0.125,
                        "feedback": "x",
                    },
                ]
            },
        ),
        ParsedQuestion(
            "matching",
            "Jodoh",
            "Pasangkan\\n ini",
            {
                "pairs": [
                    {"left": "a = b", "right": "c: d"},
                    {"left": "[plain]", "right": "{e}"},
                ],
                "distractors": ["~f"],
            },
        ),
        ParsedQuestion(
            "true_false",
            "TF",
            "Benar?",
            {"answer": False, "feedback_true": "", "feedback_false": "Tepat #1"},
            general_feedback="Umum",
        ),
    ],
    ids=lambda question: question.kind,
)
def test_gift_export_reads_back_awkward_text_unchanged(question):
    assert gift.parse(gift.export([question])) == ParseResult([question], [])


# GIFT: problems -----------------------------------------------------------------


def test_gift_unbalanced_braces_are_reported_and_other_questions_still_read():
    result = gift.parse(read("rusak_kurung.gift.txt"))

    assert problems_of(result) == [
        (4, 'Unbalanced braces: a "{" is never closed'),
        (8, 'Unbalanced braces: a "}" has no opening "{"'),
        (10, 'Unbalanced braces: a "}" has no opening "{"'),
        (12, r"More than one answer block {…}; write literal braces as \{ \}"),
        (14, 'Unbalanced braces: a "{" is never closed'),
        (17, 'Unbalanced braces: a "}" has no opening "{"'),
    ]
    assert [question.name for question in result.questions] == [
        "Sah pertama",
        "Sah kedua",
    ]


def test_gift_malformed_answer_blocks_are_reported_with_their_lines():
    result = gift.parse(read("rusak_jawaban.gift.txt"))

    assert problems_of(result) == [
        (4, "Multiple choice question has no correct answer"),
        (6, "Answer 2 is empty"),
        (8, 'Numeric answer "dua puluh" is not a number'),
        (10, 'Numeric answer "7,5" is not a number (use a dot for decimals)'),
        (12, 'Range "22..18" starts above where it ends'),
        (14, "Numeric question has no answers"),
        (16, "Matching item 2 is empty"),
        (18, "Matching question needs at least 2 pairs"),
        (20, 'Matching item "200 Agama" has no "->"'),
        (
            22,
            'Unknown line "$KATEGORI: Perpustakaan"; write categories as "$CATEGORY: name"',
        ),
        (24, 'Answer "Senayan Library Management System" must start with "="'),
        (26, 'Answer "true" must start with "=" (true/false is written {T} or {F})'),
        (28, 'Answer weight "%150%" is not between -100% and 100%'),
        (30, "Weights of the correct answers add up to 75%, not 100%"),
        (32, 'Text "daftar" comes before the first ~ or = answer'),
        (34, "Category line has no category name"),
        (36, "Question text is empty"),
    ]
    assert [(q.name, q.category) for q in result.questions] == [
        ("Sah di akhir", "Latihan")
    ]


@pytest.mark.parametrize("name", ["rusak_kurung.gift.txt", "rusak_jawaban.gift.txt"])
def test_gift_problem_excerpt_is_the_start_of_the_block_at_its_line(name):
    lines = read(name).splitlines()

    for problem in gift.parse(read(name)).problems:
        assert problem.excerpt.startswith(lines[problem.line - 1].strip()[:80])
        assert len(problem.excerpt) <= 80


def test_gift_problem_line_is_where_the_question_starts_after_its_comments():
    text = (
        "::A::Soal sah{T}\n"
        "\n"
        "// komentar di atas soal\n"
        "// komentar kedua\n"
        "::B::Soal\n"
        "bertingkat {~a ~b}\n"
        "\n"
        "\n"
        "::C::Soal lain{=x =y}\n"
    )

    result = gift.parse(text)

    assert problems_of(result) == [
        (5, "Multiple choice question has no correct answer")
    ]
    assert result.problems[0].excerpt == "::B::Soal\nbertingkat {~a ~b}"
    assert [question.name for question in result.questions] == ["A", "C"]


@pytest.mark.parametrize(
    "line",
    ["$CATEGORY Perpustakaan", "$category: Perpustakaan", "$KATEGORI: Perpustakaan"],
)
def test_gift_unknown_category_syntax_is_reported_and_the_category_kept(line):
    result = gift.parse(f"$CATEGORY: Kearsipan\n\n{line}\n\n::Q::Soal{{T}}")

    assert [problem.line for problem in result.problems] == [3]
    assert "$CATEGORY: name" in result.problems[0].message
    assert result.questions[0].category == "Kearsipan"


@pytest.mark.parametrize(
    ("block", "message"),
    [
        ("{#abc}", 'Numeric answer "abc" is not a number'),
        ("{#5:x}", 'Tolerance "x" is not a number'),
        ("{#5:-1}", 'Tolerance "-1" must not be negative'),
        ("{#1..}", 'Numeric answer "" is not a number'),
        ("{#inf}", 'Numeric answer "inf" is not a number'),
        ("{#=%50%5}", "Numeric question has no answer worth 100%"),
        ("{=%50%a}", "Short answer question has no answer worth 100%"),
        ("{=}", "Answer 1 is empty"),
        ("{~a}", "Multiple choice question needs at least 2 answers"),
        ("{=a}{=b}", r"More than one answer block {…}; write literal braces as \{ \}"),
        ("{~%5,5%a =b}", 'Answer weight "%5,5%" is not a percentage'),
        ("{=a -> }", 'Matching item "a" has nothing after "->"'),
        ("{=-> =a -> b}", "Matching item 1 is empty"),
        ("{=a -> b = -> }", "Matching item 2 is empty"),
        ("{=a -> b =c -> }", 'Matching item "c" has nothing after "->"'),
    ],
)
def test_gift_malformed_blocks(block, message):
    result = gift.parse(f"// soal\n::Q::Soal rusak {block}")

    assert problems_of(result) == [(2, message)]
    assert result.questions == []


def test_gift_problem_message_quotes_at_most_40_characters_of_the_file():
    result = gift.parse("::Q::Bobot {~%" + "9" * 100_000 + "%a =b}")

    assert result.problems[0].message == (
        f'Answer weight "%{"9" * 39}…" is not a percentage'
    )


def test_gift_export_of_a_csv_bank_keeps_everything_but_points_and_rubrics():
    bank = csv_format.parse((DATA / "bank_titik_koma.csv").read_bytes()).questions

    back = gift.parse(gift.export(bank))

    assert back.problems == []
    assert [
        (q.kind, q.name, q.text, q.general_feedback, q.category) for q in back.questions
    ] == [(q.kind, q.name, q.text, q.general_feedback, q.category) for q in bank]
    assert [q.data for q in back.questions if q.kind != "essay"] == [
        q.data for q in bank if q.kind != "essay"
    ]
    assert {q.points for q in back.questions} == {1.0}


def test_gift_never_raises_on_truncated_or_garbled_files():
    rng = random.Random(20240817)
    texts = [read(name) for name in GIFT_FILES]
    alphabet = "{}=~#:%->\\n[]$/ \nabc123.T"
    for text in texts:
        for cut in range(0, len(text), 13):
            gift.parse(text[:cut])
            gift.parse(text[cut:])
    for _ in range(500):
        gift.parse("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))))


def test_gift_over_5_mb_is_refused_with_one_problem():
    text = "::Q::Soal{T}\n\n" + "x" * OVER_LIMIT

    result = gift.parse(text)

    assert result.questions == []
    assert len(result.problems) == 1
    assert result.problems[0].line == 1
    assert "limit is 5 MB" in result.problems[0].message


def test_gift_size_limit_counts_bytes_not_characters():
    result = gift.parse("é" * (OVER_LIMIT // 2 + 1))

    assert len(result.problems) == 1
    assert result.questions == []


# Aiken --------------------------------------------------------------------------


def test_aiken_reads_dot_and_parenthesis_options_and_multi_line_text():
    result = aiken.parse(read("aiken_sah.txt"))

    assert result.problems == []
    assert [question.kind for question in result.questions] == ["single"] * 4
    first, ddc, inlis, village = result.questions
    assert first.text == (
        "Arsip yang frekuensi penggunaannya tinggi dan/atau terus-menerus disebut"
    )
    assert first.data == {
        "options": [
            option("Arsip statis", 0.0),
            option("Arsip aktif", 1.0),
            option("Arsip inaktif", 0.0),
            option("Arsip terjaga", 0.0),
        ],
        "shuffle": True,
    }
    assert [item["text"] for item in ddc.data["options"]] == ["100", "200", "300"]
    assert [item["fraction"] for item in inlis.data["options"]] == [0, 0, 1, 0]
    assert village.text == (
        "Seorang pustakawan desa menerima hibah 300 eksemplar buku.\n"
        "Langkah pertama yang paling tepat sebelum buku dilayankan adalah"
    )
    assert (village.name, village.category, village.points) == (
        "Seorang pustakawan desa menerima hibah 300 eksemplar buku. L",
        "",
        1.0,
    )


def test_aiken_problems_are_reported_and_the_next_question_still_read():
    result = aiken.parse(read("aiken_rusak.txt"))

    assert problems_of(result) == [
        (1, "Question has no ANSWER line"),
        (6, "ANSWER E is not one of the options A, B, C"),
        (12, 'ANSWER must be one option letter, not "A,B"'),
        (17, "Option A comes before any question text"),
        (21, "Question needs at least 2 options"),
        (25, "Option A appears more than once"),
        (30, "Option B is empty"),
        (35, "ANSWER line without a question"),
        (37, "ANSWER line has no letter"),
    ]
    assert [question.text for question in result.questions] == [
        "Perpustakaan Nasional berkedudukan di"
    ]


def test_aiken_missing_answer_line_at_end_of_file():
    result = aiken.parse("Apa itu JRA?\nA. Jadwal Retensi Arsip\nB. Jadwal Rapat")

    assert problems_of(result) == [(1, "Question has no ANSWER line")]


def test_aiken_export_writes_single_choice_and_returns_the_rest():
    bank = gift.parse(read("semua_konstruksi.gift.txt")).questions

    text, skipped = aiken.export(bank)

    exported = aiken.parse(text)
    assert exported.problems == []
    written = [q for q in bank if q not in skipped]
    assert [(q.text, choices(q)) for q in exported.questions] == [
        (q.text.replace("\n", " "), choices(q)) for q in written
    ]
    assert {q.kind for q in skipped} == {
        "multiple",
        "true_false",
        "short_answer",
        "numeric",
        "matching",
        "essay",
        "single",
    }
    assert [q.name for q in skipped if q.kind == "single"] == ["Arsip vital"]
    assert text.startswith(
        "Undang-undang yang mengatur penyelenggaraan kearsipan di Indonesia adalah\n"
        "A. UU Nomor 43 Tahun 2007\n"
        "B. UU Nomor 43 Tahun 2009\n"
        "C. UU Nomor 14 Tahun 2008\n"
        "ANSWER: B\n"
        "\n"
    )


def test_aiken_round_trip():
    parsed = aiken.parse(read("aiken_sah.txt"))

    text, skipped = aiken.export(parsed.questions)

    assert skipped == []
    assert [q.data for q in aiken.parse(text).questions] == [
        q.data for q in parsed.questions
    ]


def test_aiken_over_5_mb_is_refused():
    result = aiken.parse("Soal\nA. a\nB. b\nANSWER: A\n" * (OVER_LIMIT // 20))

    assert result.questions == []
    assert len(result.problems) == 1


# CSV ----------------------------------------------------------------------------


def test_csv_with_semicolons_and_byte_order_mark():
    result = csv_format.parse((DATA / "bank_titik_koma.csv").read_bytes())

    assert result.problems == []
    questions = by_name(result)
    assert [q.kind for q in result.questions] == [
        "single",
        "multiple",
        "true_false",
        "short_answer",
        "numeric",
        "numeric",
        "matching",
        "essay",
        "single",
    ]
    active = questions["Arsip aktif"]
    assert active.category == "Kearsipan/Dasar"
    assert [item["fraction"] for item in active.data["options"]] == [0, 1, 0, 0]
    assert active.general_feedback == "Lihat Pasal 1 UU Nomor 43 Tahun 2009."
    shrinking = questions["Kegiatan penyusutan"]
    assert [item["fraction"] for item in shrinking.data["options"]] == [
        0.3333333,
        0.3333333,
        -0.5,
        0.3333333,
        -0.5,
    ]
    assert shrinking.points == 2.0
    assert questions["Arsip statis dimusnahkan"].data["answer"] is False
    jra = questions["Kepanjangan JRA"]
    assert [item["text"] for item in jra.data["accepted"]] == [
        "Jadwal Retensi Arsip",
        "Jadwal retensi arsip",
    ]
    assert jra.points == 1.5
    assert questions["Suhu ruang simpan"].data["answers"] == [
        {"value": 20.0, "tolerance": 2.0, "fraction": 1.0, "feedback": ""}
    ]
    assert questions["Tahun berapa UU Kearsipan disahkan?"].points == 1.0
    assert questions["Sistem penyimpanan"].data == {
        "pairs": [
            {"left": "Abjad nama", "right": "Sistem abjad"},
            {"left": "Tanggal surat", "right": "Sistem kronologis"},
            {"left": "Wilayah", "right": "Sistem geografis"},
        ],
        "distractors": ["Sistem pokok masalah"],
    }
    essay = questions["Perpustakaan desa"]
    assert essay.text == (
        "Uraikan langkah mengembangkan perpustakaan desa.\nSertakan dasar hukumnya."
    )
    assert essay.data["rubric"].startswith("Skor penuh bila menyebut UU Nomor 43")
    assert [item["fraction"] for item in questions["DDC 800"].data["options"]] == [
        0,
        0,
        1,
    ]


def test_csv_with_commas_quoted_cells_and_decimal_commas():
    result = csv_format.parse((DATA / "bank_koma.csv").read_bytes())

    assert result.problems == []
    questions = by_name(result)
    assert [item["fraction"] for item in questions["ISBN"].data["options"]] == [0, 1, 0]
    assert [
        item["fraction"] for item in questions["Nomor panggil"].data["options"]
    ] == [
        0.3333333,
        0.3333333,
        0.3333333,
        -1.0,
    ]
    assert questions["pH kertas"].text == "pH kertas permanen menurut ISO 9706, minimal"
    assert questions["Koma desimal"].data["answers"] == [
        {"value": 2.5, "tolerance": 0.5, "fraction": 1.0, "feedback": ""}
    ]
    assert questions["Perpusnas"].data["answer"] is True


def test_csv_in_windows_1252_keeps_accented_letters():
    content = (DATA / "bank_cp1252.csv").read_bytes()
    assert "é".encode("cp1252") in content

    result = csv_format.parse(content)

    assert result.problems == []
    first = result.questions[0]
    assert first.text == (
        "Naskah Babad Diponegoro tercatat dalam register « Mémoire du monde » "
        "UNESCO pada tahun"
    )
    assert first.general_feedback == "Tercatat pada 2013 — bersama Nagarakretagama."
    assert result.questions[1].text.endswith("register Mémoire du monde.")


def test_csv_problems_name_the_file_line_of_each_row():
    result = csv_format.parse((DATA / "bank_rusak.csv").read_bytes())

    assert problems_of(result) == [
        (
            2,
            'Unknown question type "pilihan_tunggal"; use one of pilihan_ganda, '
            "pilihan_ganda_kompleks, benar_salah, isian_singkat, numerik, "
            "menjodohkan, esai",
        ),
        (3, "Correct answer (jawaban_benar) is empty"),
        (4, "Correct answer D points to an empty option"),
        (
            6,
            "pilihan_ganda has exactly one correct letter; use pilihan_ganda_kompleks for more",
        ),
        (7, 'Correct answer must be "benar" or "salah", not "tidak"'),
        (8, 'Numeric answer "dua ribu sembilan" is not a number'),
        (9, 'Matching option A must be written "left=right"'),
        (10, 'Points "satu" is not a number'),
        (11, "Question text (pertanyaan) is empty"),
    ]
    assert result.problems[0].excerpt.startswith("Latihan;pilihan_tunggal;Jenis salah;")
    assert [question.name for question in result.questions] == ["Sah"]


@pytest.mark.parametrize("name", CSV_FILES)
def test_csv_round_trip(name):
    parsed = csv_format.parse((DATA / name).read_bytes())

    assert parsed.questions
    assert csv_format.parse(csv_format.export(parsed.questions)) == ParseResult(
        parsed.questions, []
    )


def test_csv_export_is_utf8_with_bom_and_semicolons():
    question = ParsedQuestion(
        kind="single",
        name="Mémoire",
        text="Naskah; tahun?",
        data={"options": [option("2013", 1.0), option("2003", 0.0)], "shuffle": True},
        points=2.5,
        category="Memori Dunia",
    )

    content = csv_format.export([question])

    assert content.startswith(b"\xef\xbb\xbf")
    assert content.decode("utf-8-sig").splitlines() == [
        "kategori;jenis;nama;pertanyaan;jawaban_benar;pilihan_a;pilihan_b;pilihan_c;"
        "pilihan_d;pilihan_e;pilihan_f;umpan_balik;poin",
        'Memori Dunia;pilihan_ganda;Mémoire;"Naskah; tahun?";A;2013;2003;;;;;;2.5',
    ]


def test_csv_export_adds_option_columns_past_f_when_needed():
    options = [option(f"Pilihan {n}", 1.0 if n == 8 else 0.0) for n in range(1, 9)]
    question = ParsedQuestion(
        "single", "Delapan", "Pilih", {"options": options, "shuffle": True}
    )

    content = csv_format.export([question])

    header = content.decode("utf-8-sig").splitlines()[0].split(";")
    assert header[5:13] == [f"pilihan_{letter}" for letter in "abcdefgh"]
    assert csv_format.parse(content).questions == [question]


def test_csv_keeps_what_it_can_of_a_gift_bank():
    bank = gift.parse(read("semua_konstruksi.gift.txt")).questions

    back = csv_format.parse(csv_format.export(bank))

    assert back.problems == []
    assert [(q.kind, q.name, q.text, q.category) for q in back.questions] == [
        (q.kind, q.name, q.text, q.category) for q in bank
    ]


def test_csv_missing_required_column_is_one_problem():
    result = csv_format.parse(b"kategori;nama;soal\nA;B;C\n")

    assert problems_of(result) == [
        (
            1,
            "Header row is missing jenis, pertanyaan; expected kategori;jenis;nama;"
            "pertanyaan;jawaban_benar;pilihan_a;pilihan_b;pilihan_c;pilihan_d;"
            "pilihan_e;pilihan_f;umpan_balik;poin",
        )
    ]


def test_csv_empty_file_is_a_problem():
    assert problems_of(csv_format.parse(b"")) == [
        (1, "The file has no header row and no questions")
    ]


def test_csv_never_raises_on_garbage():
    rng = random.Random(7)
    header = ";".join(csv_format.COLUMNS).encode() + b"\n"
    pieces = [
        b";",
        b",",
        b'"',
        b"\n",
        b"\r",
        b"\x00",
        b"\xff",
        b"A",
        b"=",
        b"|",
        b"\xb1",
    ]
    for _ in range(300):
        body = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        csv_format.parse(header + b"Latihan;pilihan_ganda;" + body)
        csv_format.parse(body)


def test_csv_over_5_mb_is_refused():
    content = ";".join(csv_format.COLUMNS).encode() + b"\n" + b"x" * OVER_LIMIT

    result = csv_format.parse(content)

    assert result.questions == []
    assert len(result.problems) == 1
    assert "limit is 5 MB" in result.problems[0].message
