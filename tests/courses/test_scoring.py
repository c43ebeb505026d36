"""Scoring of every question kind, including partial credit."""

from decimal import Decimal

import pytest

from courses.scoring import (
    number_readings,
    parse_number,
    response_fraction,
    response_in_version,
    response_points,
)

CHOICES = {
    "options": [
        {"text": "Arsip dinamis", "fraction": 1},
        {"text": "Arsip statis", "fraction": 0},
        {"text": "Arsip vital", "fraction": 0},
    ]
}
MULTIPLE = {
    "options": [
        {"text": "Pemindahan", "fraction": 0.5},
        {"text": "Pemusnahan", "fraction": 0.5},
        {"text": "Penggandaan", "fraction": -1},
        {"text": "Penyerahan", "fraction": 0},
    ]
}


@pytest.mark.parametrize(
    ("kind", "data", "response", "expected"),
    [
        ("single", CHOICES, 0, "1"),
        ("single", CHOICES, 1, "0"),
        ("single", CHOICES, 7, "0"),  # out of range
        ("single", CHOICES, "0", "0"),  # not an index
        ("single", CHOICES, True, "0"),
        ("multiple", MULTIPLE, [0, 1], "1"),
        ("multiple", MULTIPLE, [0], "0.5"),  # partial credit
        ("multiple", MULTIPLE, [0, 3], "0.5"),
        ("multiple", MULTIPLE, [0, 2], "0"),  # a wrong choice cancels, never below 0
        ("multiple", MULTIPLE, [0, 1, 2], "0"),
        ("multiple", MULTIPLE, [], "0"),
        ("multiple", MULTIPLE, [9], "0"),
        ("true_false", {"answer": True}, True, "1"),
        ("true_false", {"answer": True}, False, "0"),
        ("true_false", {"answer": False}, "false", "0"),
        (
            "short_answer",
            {"accepted": [{"text": "Jadwal Retensi Arsip", "fraction": 1}]},
            "  jadwal   RETENSI arsip ",
            "1",
        ),
        (
            "short_answer",
            {
                "accepted": [
                    {"text": "JRA", "fraction": 1},
                    {"text": "jadwal retensi", "fraction": 0.5},
                ]
            },
            "Jadwal Retensi",
            "0.5",
        ),
        ("short_answer", {"accepted": [{"text": "JRA", "fraction": 1}]}, "", "0"),
        (
            "numeric",
            {"answers": [{"value": 10, "tolerance": 0, "fraction": 1}]},
            "10",
            "1",
        ),
        (
            "numeric",
            {"answers": [{"value": 12.5, "tolerance": 0.5, "fraction": 1}]},
            "12,9",
            "1",
        ),
        (
            "numeric",
            {"answers": [{"value": 12.5, "tolerance": 0.5, "fraction": 1}]},
            "13,1",
            "0",
        ),
        (
            "numeric",
            {
                "answers": [
                    {"value": 5, "tolerance": 0, "fraction": 1},
                    {"value": 5, "tolerance": 2, "fraction": 0.5},
                ]
            },
            6,
            "0.5",
        ),
        (
            "numeric",
            {"answers": [{"value": 5, "tolerance": 0, "fraction": 1}]},
            "lima",
            "0",
        ),
        (
            "matching",
            {
                "pairs": [
                    {"left": "JRA", "right": "retensi"},
                    {"left": "SRIKANDI", "right": "aplikasi"},
                    {"left": "ANRI", "right": "lembaga"},
                    {"left": "UU 43/2009", "right": "kearsipan"},
                ]
            },
            {"0": "retensi", "1": "aplikasi", "2": "kearsipan"},
            "0.5",
        ),
        ("matching", {"pairs": [{"left": "a", "right": "b"}]}, "b", "0"),
    ],
)
def test_fraction(kind, data, response, expected):
    assert response_fraction(kind=kind, data=data, response=response) == Decimal(
        expected
    )


def test_unanswered_earns_nothing_and_essays_wait_for_a_grader():
    assert response_fraction(kind="single", data=CHOICES, response=None) == 0
    assert (
        response_fraction(kind="essay", data={"rubric": "..."}, response="Jawaban")
        is None
    )


def test_points_are_the_fraction_of_the_questions_points_rounded_to_cents():
    points = response_points(
        kind="multiple", data=MULTIPLE, points=Decimal("3"), response=[0]
    )

    assert points == Decimal("1.50")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("12,5", "12.5"),
        ("12.5", "12.5"),
        (" 1.000,5 ", "1000.5"),
        ("7", "7"),
        ("x", None),
        ("nan", None),
        ("", None),
        ("1000.5", "1000.5"),
        ("1.000.000", "1000000"),
        ("12.345,67", "12345.67"),
        ("1,000.5", "1000.5"),
        ("1.5,3", None),  # neither Indonesian nor English
        ("1.000", "1"),  # ambiguous: the decimal-point reading first
    ],
)
def test_parse_number(text, number):
    assert parse_number(text) == (None if number is None else Decimal(number))


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("1.000", ["1", "1000"]),  # Indonesian one thousand, English one
        ("-12.500", ["-12.5", "-12500"]),
        ("12,5", ["12.5"]),
        ("1.000,5", ["1000.5"]),
        ("1000.5", ["1000.5"]),
        ("0.500", ["0.5"]),  # no thousands group starts with 0
        ("1234.567", ["1234.567"]),  # nor has four digits
        ("lima", []),
    ],
)
def test_number_readings(text, readings):
    assert number_readings(text) == [Decimal(r) for r in readings]


def numeric(value, tolerance=0):
    return {"answers": [{"value": value, "tolerance": tolerance, "fraction": 1}]}


@pytest.mark.parametrize(
    ("data", "response", "expected"),
    [
        (numeric(1000), "1.000", "1"),  # read as one thousand
        (numeric(1), "1.000", "1"),  # read as one
        (numeric(500), "1.000", "0"),  # neither reading
        (numeric(1000.5), "1.000,5", "1"),  # dot thousands, comma decimal
        (numeric(1000.5), "1000.5", "1"),
        (numeric(1000.5), "1000,5", "1"),
        (numeric(12.5), "12,5", "1"),
        (numeric(12.5), "12.5", "1"),
        (numeric(1000000), "1.000.000", "1"),
        (
            {
                "answers": [
                    {"value": 1, "tolerance": 0, "fraction": 0.5},
                    {"value": 1000, "tolerance": 0, "fraction": 1},
                ]
            },
            "1.000",
            "1",  # the better of the two readings
        ),
    ],
)
def test_numeric_answers_in_indonesian_and_english_notation(data, response, expected):
    assert response_fraction(kind="numeric", data=data, response=response) == Decimal(
        expected
    )


# --- A response read against another version ------------------------------------

OLD = {
    "options": [
        {"text": "Arsip dinamis", "fraction": 1},
        {"text": "Arsip statis", "fraction": 0},
        {"text": "Arsip vital", "fraction": 0},
    ]
}


def test_a_choice_is_found_again_by_its_text_not_its_position():
    reordered = {
        "options": [
            {"text": "arsip  VITAL", "fraction": 0},
            {"text": "Arsip statis", "fraction": 1},
            {"text": "Arsip dinamis", "fraction": 0},
            {"text": "Arsip terjaga", "fraction": 0},
        ]
    }
    mapped = response_in_version(
        kind="single", from_data=OLD, to_data=reordered, response=1
    )
    assert mapped.ok and mapped.response == 1
    assert (
        response_in_version(
            kind="single", from_data=OLD, to_data=reordered, response=2
        ).response
        == 0
    )
    multiple = response_in_version(
        kind="multiple", from_data=OLD, to_data=reordered, response=[0, 2]
    )
    assert multiple.ok and multiple.response == [0, 2]
    unanswered = response_in_version(
        kind="single", from_data=OLD, to_data=reordered, response=None
    )
    assert unanswered.ok and unanswered.response is None


def test_a_choice_the_other_version_lacks_or_repeats_is_not_guessed():
    dropped = {"options": [OLD["options"][0], OLD["options"][2]]}
    gone = response_in_version(
        kind="single", from_data=OLD, to_data=dropped, response=1
    )
    assert not gone.ok and gone.missing == ("Arsip statis",)
    assert gone.response == 1  # the original, not a neighbour's index
    # An option nobody chose may go.
    assert response_in_version(
        kind="single", from_data=OLD, to_data=dropped, response=0
    ).ok

    twice = {"options": [*OLD["options"], {"text": "ARSIP DINAMIS", "fraction": 0}]}
    doubled = response_in_version(
        kind="multiple", from_data=OLD, to_data=twice, response=[0, 2]
    )
    assert not doubled.ok and doubled.ambiguous == ("Arsip dinamis",)


def test_matching_items_are_found_again_by_their_left_text():
    old = {
        "pairs": [
            {"left": "JRA", "right": "retensi"},
            {"left": "SRIKANDI", "right": "aplikasi"},
        ]
    }
    new = {
        "pairs": [
            {"left": "SRIKANDI", "right": "aplikasi"},
            {"left": "ANRI", "right": "lembaga"},
            {"left": "JRA", "right": "jadwal"},
        ]
    }
    response = {"0": "retensi", "1": "aplikasi"}
    mapped = response_in_version(
        kind="matching", from_data=old, to_data=new, response=response
    )
    assert mapped.ok and mapped.response == {"2": "retensi", "0": "aplikasi"}
    assert response_fraction(
        kind="matching", data=new, response=mapped.response
    ) == Decimal(1) / Decimal(3)

    without_jra = {"pairs": new["pairs"][:2]}
    lost = response_in_version(
        kind="matching", from_data=old, to_data=without_jra, response=response
    )
    assert not lost.ok and lost.missing == ("JRA",)
