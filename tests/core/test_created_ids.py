"""An answer with an order id is an order: every shape of ``add`` and ``refill`` answer, and what
it means for the money rule (accepted with the panel's text as a warning, refused, or unknown)."""

from __future__ import annotations

from typing import Any

import pytest

from smmdesk.core.errors import AuthError, BadResponse, PanelRejected
from smmdesk.core.models import AddResult, RefillResult
from smmdesk.core.parse import parse_add, parse_refill, parse_refills, usable_id

WARNING = "Low balance warning"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (12345, 12345),
        ("12345", 12345),
        ("0012", 12),
        (2**63 - 1, 2**63 - 1),
        # not ids: the panel processed something, but the client cannot say what
        ("1e3", None),
        ("12.0", None),
        ("100.0", None),
        ("12345abc", None),
        (" 12345", None),
        ("+5", None),
        ("-5", None),
        ("١٢٣", None),  # Arabic-Indic digits are digits, but not ASCII
        ("", None),
        (0, None),
        ("0", None),
        (-5, None),
        (True, None),
        (False, None),
        (12.0, None),
        (2**63, None),
        (None, None),
        ([1], None),
        ({"id": 1}, None),
    ],
)
def test_a_usable_id_is_a_positive_integer_or_ascii_digits(value: object, expected: int) -> None:
    assert usable_id(value) == expected


# (answer, what parse_add gives: an AddResult, or the error class and its code)
ADD_ANSWERS: list[tuple[Any, Any]] = [
    # a usable id: the order exists, whatever else the answer says
    ({"order": 12345}, AddResult(12345)),
    ({"order": "12345", "status": "success"}, AddResult(12345)),
    ({"order": 12345, "error": WARNING}, AddResult(12345, WARNING)),
    ({"order": "12345", "error": WARNING}, AddResult(12345, WARNING)),
    (
        {"order": 12345, "error": "Not enough funds on balance"},
        AddResult(12345, "Not enough funds on balance"),
    ),
    ({"order": 12345, "error": "Invalid API key"}, AddResult(12345, "Invalid API key")),
    ({"order": 12345, "error": {"message": WARNING}}, AddResult(12345, WARNING)),
    ({"order": 12345, "error": None}, AddResult(12345)),
    ({"order": 12345, "error": ""}, AddResult(12345)),
    ({"order": 12345, "error": False}, AddResult(12345)),
    # an id that is there but not usable: processed, outcome unknown (error or not)
    ({"order": "1e3"}, (BadResponse, None)),
    ({"order": "1e3", "error": WARNING}, (BadResponse, None)),
    ({"order": "12.0", "error": WARNING}, (BadResponse, None)),
    ({"order": "12345abc"}, (BadResponse, None)),
    ({"order": "12345abc", "error": WARNING}, (BadResponse, None)),
    ({"order": 0, "error": WARNING}, (BadResponse, None)),
    ({"order": -5, "error": WARNING}, (BadResponse, None)),
    ({"order": True, "error": WARNING}, (BadResponse, None)),
    ({"order": 12.0, "error": WARNING}, (BadResponse, None)),
    ({"order": "Not enough funds"}, (BadResponse, None)),
    ({"order": {"id": 5}, "error": WARNING}, (BadResponse, None)),
    # an error and no id: a refusal
    ({"error": "Not enough funds on balance"}, (PanelRejected, "insufficient_funds")),
    ({"error": WARNING}, (PanelRejected, "insufficient_funds")),
    ({"order": None, "error": "Incorrect link"}, (PanelRejected, "bad_link")),
    ({"order": "", "error": "Incorrect service ID"}, (PanelRejected, "unknown_service")),
    ({"error": "Incorrect API key"}, (AuthError, None)),
    ({"order": {"error": "Bad link"}}, (PanelRejected, "bad_link")),
    ({"order": {"error": "Bad link"}, "error": "Bad link"}, (PanelRejected, "bad_link")),
    # nothing usable at all: unknown
    ({"status": "success"}, (BadResponse, None)),
    ({"order": None}, (BadResponse, None)),
    ({}, (BadResponse, None)),
    ([], (BadResponse, None)),
    ([{"order": 5}], (BadResponse, None)),
]


@pytest.mark.parametrize(("answer", "expected"), ADD_ANSWERS, ids=[repr(a) for a, _ in ADD_ANSWERS])
def test_every_add_answer_shape(answer: Any, expected: Any) -> None:
    if isinstance(expected, AddResult):
        assert parse_add(answer) == expected
        return
    error, code = expected
    with pytest.raises(error) as caught:
        parse_add(answer)
    assert type(caught.value) is error
    if code is not None:
        assert isinstance(caught.value, PanelRejected)
        assert caught.value.code == code


def test_the_issue_example_is_an_order_with_a_warning() -> None:
    """Recorded as "Not placed: balance too low" before: the user could place it again and
    pay twice."""
    assert parse_add(b'{"order": 12345, "error": "Low balance warning"}') == AddResult(
        12345, WARNING
    )


# The same rule for a single refill: (answer, RefillResult for order 7, or error class)
REFILL_ANSWERS: list[tuple[Any, Any]] = [
    ({"refill": "5"}, RefillResult(7, 5)),
    ({"refill": 5, "error": WARNING}, RefillResult(7, 5, None, WARNING)),
    (
        {"refill": "5", "error": "Refill is disabled"},
        RefillResult(7, 5, None, "Refill is disabled"),
    ),
    ({"refill": "1e3", "error": WARNING}, BadResponse),
    ({"refill": "12345abc"}, BadResponse),
    ({"refill": 0}, BadResponse),
    ({"refill": True}, BadResponse),
    ({"refill": 12.0}, BadResponse),
    ({"error": "Refill is disabled for this service"}, PanelRejected),
    ({"refill": None, "error": "Order not eligible for refill."}, PanelRejected),
    ({"refill": {"error": "Incorrect order ID"}}, PanelRejected),
    ({"status": "success"}, BadResponse),
]


@pytest.mark.parametrize(
    ("answer", "expected"), REFILL_ANSWERS, ids=[repr(a) for a, _ in REFILL_ANSWERS]
)
def test_every_single_refill_answer_shape(answer: Any, expected: Any) -> None:
    if isinstance(expected, RefillResult):
        assert parse_refill(answer, 7) == expected
        return
    with pytest.raises(expected) as caught:
        parse_refill(answer, 7)
    assert type(caught.value) is expected


def test_every_multi_refill_entry_shape() -> None:
    answer = [
        {"order": 1, "refill": 11},
        {"order": 2, "refill": "12", "error": WARNING},  # accepted, with the panel's text
        {"order": 3, "refill": {"error": "Incorrect order ID"}},  # refused
        {"order": 4, "error": "Order not eligible for refill."},  # error, no id: refused
        {"order": 5, "refill": "Refill is disabled for this service"},  # bare text: refused
        {"order": 6, "refill": "1e3", "error": WARNING},  # unusable id: unknown
        {"order": 7, "refill": "12345abc"},  # unknown
        {"order": 8, "refill": 0},  # unknown
        {"order": 9},  # nothing at all: unknown (was "refused" with a made-up reason)
        {"order": "1e3", "refill": 19},  # whose? dropped: that order reads as not mentioned
        {"refill": 20},
    ]
    assert parse_refills(answer) == [
        RefillResult(1, 11),
        RefillResult(2, 12, None, WARNING),
        RefillResult(3, None, "Incorrect order ID"),
        RefillResult(4, None, "Order not eligible for refill."),
        RefillResult(5, None, "Refill is disabled for this service"),
        RefillResult(6, None),
        RefillResult(7, None),
        RefillResult(8, None),
        RefillResult(9, None),
    ]


def test_a_top_level_error_beside_refill_results_is_their_warning() -> None:
    answer = {
        "data": [{"order": 1, "refill": 11}, {"order": 2, "refill": {"error": "Refill not found"}}],
        "error": WARNING,
    }
    assert parse_refills(answer) == [
        RefillResult(1, 11, None, WARNING),
        RefillResult(2, None, "Refill not found"),
    ]
    with pytest.raises(PanelRejected):  # an error alone still refuses the whole request
        parse_refills({"error": "Incorrect request"})
