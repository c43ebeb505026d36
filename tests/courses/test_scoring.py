"""Scoring of every question kind, including partial credit."""

from decimal import Decimal

import pytest

from courses.scoring import parse_number, response_fraction, response_points

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
    ],
)
def test_parse_number(text, number):
    assert parse_number(text) == (None if number is None else Decimal(number))
