"""Order-form validation: exact `add` params per type, each rule's code and arguments, exact
cost."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smmdesk.core.links import LinkProblem
from smmdesk.core.models import Service
from smmdesk.core.numbers import (
    NumberProblem,
    format_money,
    parse_whole_number,
    read_whole_number,
)
from smmdesk.core.ordertypes import ORDER_TYPES, fields_for
from smmdesk.core.validate import FieldCode, FieldError, Validation, validate_order

TODAY = date(2026, 3, 15)


def svc(
    type_name: str = "Default",
    *,
    rate: str = "1.00",
    low: int = 50,
    high: int = 10_000,
    dripfeed: bool = False,
) -> Service:
    return Service(7, "Test service", type_name, "Tests", Decimal(rate), low, high, dripfeed)


def check(service: Service, **values: str) -> Validation:
    return validate_order(service, values, today=TODAY)


def error_of(result: Validation, field: str) -> FieldError:
    """The first error of ``field`` (the test fails when there is none)."""
    found = result.error_for(field)
    assert found is not None, result.errors
    return found


def limits(error: FieldError) -> tuple[str, int | None, int | None]:
    return error.code, error.low, error.high


# ------------------------------------------------------------------ valid forms, per type

VALID = [
    (
        "Default",
        {"link": "https://instagram.com/p/abc", "quantity": "1000"},
        {"link": "https://instagram.com/p/abc", "quantity": "1000"},
    ),
    ("Package", {"link": "https://t.me/chan"}, {"link": "https://t.me/chan"}),
    (
        "Custom Comments",
        {"link": "https://x.com/a/1", "comments": " nice \r\n\r\ngreat\n  \nwow "},
        {"link": "https://x.com/a/1", "comments": "nice\ngreat\nwow"},
    ),
    (
        "Custom Comments Package",
        {"link": "https://x.com/a/1", "comments": "one\ntwo"},
        {"link": "https://x.com/a/1", "comments": "one\ntwo"},
    ),
    (
        "Mentions",
        {"link": "https://instagram.com/p/x", "quantity": "100", "usernames": "@ann\nbob"},
        {"link": "https://instagram.com/p/x", "quantity": "100", "usernames": "ann\nbob"},
    ),
    (
        "Mentions with Hashtags",
        {
            "link": "https://instagram.com/p/x",
            "quantity": "100",
            "usernames": "ann\r\nbob",
            "hashtags": "#love\ngoals",
        },
        {
            "link": "https://instagram.com/p/x",
            "quantity": "100",
            "usernames": "ann\nbob",
            "hashtags": "love\ngoals",
        },
    ),
    (
        "Mentions Custom List",
        {"link": "https://instagram.com/p/x", "usernames": "@a\n@b\n\nc"},
        {"link": "https://instagram.com/p/x", "usernames": "a\nb\nc"},
    ),
    (
        "Mentions Hashtag",
        {"link": "https://instagram.com/p/x", "quantity": "500", "hashtag": "#travel"},
        {"link": "https://instagram.com/p/x", "quantity": "500", "hashtag": "travel"},
    ),
    (
        "Mentions User Followers",
        {"link": "https://instagram.com/p/x", "quantity": "500", "username": "instagram.com/nike"},
        {
            "link": "https://instagram.com/p/x",
            "quantity": "500",
            "username": "https://instagram.com/nike",
        },
    ),
    (
        "Mentions Media Likers",
        {
            "link": "https://instagram.com/p/x",
            "quantity": "500",
            "media": "https://instagram.com/p/y",
        },
        {
            "link": "https://instagram.com/p/x",
            "quantity": "500",
            "media": "https://instagram.com/p/y",
        },
    ),
    (
        "Comment Likes",
        {"link": "https://instagram.com/p/x", "quantity": "50", "username": "@owner"},
        {"link": "https://instagram.com/p/x", "quantity": "50", "username": "owner"},
    ),
    (
        "Comment Replies",
        {"link": "https://instagram.com/p/x", "username": "owner", "comments": "hi\nthanks"},
        {"link": "https://instagram.com/p/x", "username": "owner", "comments": "hi\nthanks"},
    ),
    (
        "Poll",
        {"link": "https://t.me/c/5", "quantity": "100", "answer_number": "2"},
        {"link": "https://t.me/c/5", "quantity": "100", "answer_number": "2"},
    ),
    (
        "SEO",
        {"link": "example.com/shop", "quantity": "100", "keywords": "red shoes, cheap boots\nsale"},
        {
            "link": "https://example.com/shop",
            "quantity": "100",
            "keywords": "red shoes\ncheap boots\nsale",
        },
    ),
    (
        "Invites from Groups",
        {
            "link": "https://t.me/mine",
            "quantity": "100",
            "groups": "https://t.me/a\n\nhttps://t.me/b",
        },
        {
            "link": "https://t.me/mine",
            "quantity": "100",
            "groups": "https://t.me/a\nhttps://t.me/b",
        },
    ),
    (
        "Subscriptions",
        {
            "username": "@nike",
            "min": "100",
            "max": "200",
            "posts": "10",
            "old_posts": "0",
            "delay": "30",
            "expiry": "2026-04-01",
        },
        {
            "username": "nike",
            "min": "100",
            "max": "200",
            "posts": "10",
            "old_posts": "0",
            "delay": "30",
            "expiry": "01/04/2026",
        },
    ),
    (
        "Custom Gateway",  # unknown type: the generic form
        {"link": "https://example.com", "quantity": "60"},
        {"link": "https://example.com", "quantity": "60"},
    ),
]


@pytest.mark.parametrize(("type_name", "values", "params"), VALID, ids=[v[0] for v in VALID])
def test_valid_form_gives_the_exact_add_params(
    type_name: str, values: dict[str, str], params: dict[str, str]
) -> None:
    result = validate_order(svc(type_name, low=1), values, today=TODAY)
    assert result.errors == ()
    assert result.ok
    assert result.params == params


def test_every_type_in_the_table_has_a_valid_example() -> None:
    assert {ORDER_TYPES[k].title for k in ORDER_TYPES} - {"Other"} <= {v[0] for v in VALID}


@pytest.mark.parametrize("type_name", [v[0] for v in VALID])
def test_empty_form_reports_every_required_field_and_no_params(type_name: str) -> None:
    service = svc(type_name)
    result = validate_order(service, {}, today=TODAY)
    required = {f.name for f in fields_for(service) if f.required}
    assert {e.field for e in result.errors} == required
    assert all(e.code == "required" for e in result.errors)
    assert result.params is None
    assert not result.ok


def test_whitespace_only_values_count_as_empty() -> None:
    result = check(svc(), link="   ", quantity=" \t ")
    assert error_of(result, "link").code is FieldCode.REQUIRED
    assert error_of(result, "quantity").code is FieldCode.REQUIRED


def test_extra_values_are_not_sent() -> None:
    values = {"link": "https://a.com/x", "quantity": "100", "comments": "hi", "service": "9"}
    result = validate_order(svc(), values, today=TODAY)
    assert result.params == {"link": "https://a.com/x", "quantity": "100"}


# ----------------------------------------------------------------------------- quantity


@pytest.mark.parametrize("text", ["49", "10001", "0", "-5", "99999999999999999999999999999999999"])
def test_quantity_outside_the_limits_names_them(text: str) -> None:
    result = check(svc(), link="https://a.com/x", quantity=text)
    error = error_of(result, "quantity")
    assert limits(error) == (FieldCode.OUT_OF_RANGE, 50, 10_000)
    assert error.value == parse_whole_number(text)  # the number entered (huge ones capped)
    assert result.params is None
    assert result.cost is None


def test_quantity_when_min_equals_max() -> None:
    result = check(svc(low=1000, high=1000), link="https://a.com/x", quantity="999")
    error = error_of(result, "quantity")
    assert limits(error) == (FieldCode.OUT_OF_RANGE, 1000, 1000)
    assert error.value == 999


@pytest.mark.parametrize("low", [0, -10])
@pytest.mark.parametrize("text", ["0", "-5"])
def test_a_minimum_below_one_is_one_so_no_empty_or_negative_order(low: int, text: str) -> None:
    service = svc(low=low)
    assert service.min == low
    assert service.order_min == 1
    result = check(service, link="https://a.com/x", quantity=text)
    assert limits(error_of(result, "quantity")) == (FieldCode.OUT_OF_RANGE, 1, 10_000)
    assert result.params is None
    assert result.cost is None
    ok = check(service, link="https://a.com/x", quantity="1")
    assert ok.ok
    assert ok.cost == Decimal("0.001")


@pytest.mark.parametrize("quantity", ["", "100", "500", "abc"])
def test_limits_that_contradict_each_other_cannot_be_ordered(quantity: str) -> None:
    result = check(svc(low=500, high=100), link="https://a.com/x", quantity=quantity)
    assert [(e.field, e.code) for e in result.errors] == [("quantity", "limits_contradict")]
    assert limits(result.errors[0]) == (FieldCode.LIMITS_CONTRADICT, 500, 100)
    assert result.params is None
    assert result.cost is None


def test_contradicting_limits_of_a_list_priced_type_are_reported_on_its_list() -> None:
    result = check(svc("Custom Comments", low=10, high=5), link="https://a.com/x", comments="a")
    assert [(e.field, e.code) for e in result.errors] == [("comments", "limits_contradict")]
    # a maximum below 1 leaves nothing to order either
    zero = check(svc(low=0, high=0), link="https://a.com/x", quantity="1")
    assert [e.code for e in zero.errors] == ["limits_contradict"]


def test_package_limits_do_not_block_a_package() -> None:
    # a package is bought whole: limits of 0..0 (some panels send them) are no contradiction
    result = check(svc("Package", low=0, high=0), link="https://t.me/chan")
    assert result.ok
    assert result.cost == Decimal("1.00")


def test_the_cost_estimate_can_use_a_higher_rate_than_the_services_own() -> None:
    values = {"link": "https://a.com/x", "quantity": "1000"}
    assert validate_order(svc(rate="1.00"), values).cost == Decimal("1")
    assert validate_order(svc(rate="1.00"), values, rate=Decimal("1.50")).cost == Decimal("1.5")


@pytest.mark.parametrize("text", ["abc", "12k", "1_000", "²", "1 00", "--5"])
def test_quantity_must_be_a_whole_number(text: str) -> None:
    result = check(svc(), link="https://a.com/x", quantity=text)
    assert [(e.field, e.code) for e in result.errors] == [("quantity", "not_a_number")]


@pytest.mark.parametrize(
    "text",
    ["10.000", "1.000.000", "10,5", "10,00", "12.0", "1e3", "1.5e3", "12.", ".5", "1٫5",
     "١٠٫٥", "1,000.5", "1,0000"],
)  # fmt: skip
def test_a_decimal_point_or_comma_is_refused_not_read_as_thousands(text: str) -> None:
    # "10.000" is 10 in one locale and 10,000 in another: refused with its own code, never
    # taken for ten thousand
    result = check(svc(high=200_000), link="https://a.com/x", quantity=text)
    assert [(e.field, e.code) for e in result.errors] == [("quantity", "not_whole")]
    assert result.params is None
    assert result.cost is None
    assert parse_whole_number(text) is None


def test_the_locales_grouping_separator_is_accepted_and_others_are_not() -> None:
    english, arabic, german = ",", "٬,", "."
    assert read_whole_number("10,000", english) == 10_000
    assert read_whole_number("10.000", english) is NumberProblem.NOT_WHOLE
    assert read_whole_number("١٠٬٠٠٠", arabic) == 10_000
    assert read_whole_number("١٠,٠٠٠", arabic) == 10_000
    assert read_whole_number("١٠٫٠٠٠", arabic) is NumberProblem.NOT_WHOLE
    assert read_whole_number("10.000", german) == 10_000  # the German way to write it
    assert read_whole_number("10,000", german) is NumberProblem.NOT_WHOLE
    assert read_whole_number("1,00,000", german) is NumberProblem.NOT_WHOLE
    # spaces, apostrophes and "٬" are never decimal marks: accepted in every locale
    for text in ("10 000", "10\u202f000", "10'000", "10٬000", "۱۰٬۰۰۰"):
        assert read_whole_number(text, german) == 10_000, text
    result = validate_order(
        svc(high=200_000), {"link": "https://a.com/x", "quantity": "١٠٬٠٠٠"}, grouping=arabic
    )
    assert result.ok
    assert result.params == {"link": "https://a.com/x", "quantity": "10000"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1000", 1000),
        (" 1000 ", 1000),
        ("1,000", 1000),
        ("1 000", 1000),
        ("1\u00a0000", 1000),
        ("١٠٠٠", 1000),
        ("١٬٠٠٠", 1000),
        ("۱۰۰۰", 1000),
        ("١,٠٠٠", 1000),
        ("１０００", 1000),
        ("1,00,000", 100_000),
        ("+70", 70),
    ],
)
def test_arabic_digits_and_thousands_separators(text: str, value: int) -> None:
    result = check(svc(high=200_000), link="https://a.com/x", quantity=text)
    assert result.ok, result.errors
    assert result.params == {"link": "https://a.com/x", "quantity": str(value)}
    assert result.quantity == value
    assert parse_whole_number(text) == value


# ---------------------------------------------------------------------------------- link


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("https://instagram.com/p/abc/", "https://instagram.com/p/abc/"),
        ("  http://example.com/a?b=c  ", "http://example.com/a?b=c"),
        ("HTTPS://Example.com/X", "https://Example.com/X"),
        ("instagram.com/p/abc", "https://instagram.com/p/abc"),
        ("www.youtube.com/watch?v=x", "https://www.youtube.com/watch?v=x"),
        ("youtu.be/xyz", "https://youtu.be/xyz"),
        ("t.me/channel", "https://t.me/channel"),
        ("example.com", "https://example.com"),
        ("//example.com/a", "https://example.com/a"),
        ("موقع.com/صفحة", "https://موقع.com/صفحة"),
        # a bare username: many services take one as their link; sent as typed
        ("nike", "nike"),
        ("@nike", "@nike"),
        ("john.doe", "john.doe"),
    ],
)
def test_links_are_accepted_and_normalised(text: str, sent: str) -> None:
    result = check(svc(), link=text, quantity="100")
    assert result.ok, result.errors
    assert result.params is not None
    assert result.params["link"] == sent


@pytest.mark.parametrize(
    ("text", "code", "problem"),
    [
        ("instagram.com/p/a b", FieldCode.HAS_SPACES, LinkProblem.HAS_SPACES),
        ("https://x.com/a\tb", FieldCode.HAS_SPACES, LinkProblem.HAS_SPACES),
        ("-", FieldCode.BAD_LINK, LinkProblem.NOT_A_LINK),
        ("...", FieldCode.BAD_LINK, LinkProblem.NOT_A_LINK),
        ("ftp://example.com/x", FieldCode.BAD_LINK, LinkProblem.SCHEME),
        ("javascript:alert(1)", FieldCode.BAD_LINK, LinkProblem.NOT_A_LINK),
        ("https://", FieldCode.BAD_LINK, LinkProblem.NO_SITE),
        ("http://[::1", FieldCode.BAD_LINK, LinkProblem.NO_SITE),
        ("a/b/c", FieldCode.BAD_LINK, LinkProblem.NOT_A_LINK),
    ],
)
def test_bad_links_are_rejected_with_a_reason(
    text: str, code: FieldCode, problem: LinkProblem
) -> None:
    result = check(svc(), link=text, quantity="100")
    found = [(e.field, e.code, e.link_problem) for e in result.errors]
    assert found == [("link", code, problem)]


def test_url_fields_do_not_take_a_bare_username() -> None:
    base = {"link": "https://instagram.com/p/x", "quantity": "100"}
    result = validate_order(svc("Mentions Media Likers"), {**base, "media": "nike"}, today=TODAY)
    assert error_of(result, "media").link_problem is LinkProblem.NOT_A_LINK
    result = validate_order(
        svc("Mentions User Followers"), {**base, "username": "nike"}, today=TODAY
    )
    assert error_of(result, "username").link_problem is LinkProblem.NOT_A_LINK


# ------------------------------------------------------------------------------ drip-feed


def drip(**values: str) -> Validation:
    service = svc(rate="2.00", low=100, high=4000, dripfeed=True)
    return check(service, link="https://a.com/x", **values)


def test_dripfeed_params_are_sent_and_multiply_the_cost() -> None:
    result = drip(quantity="500", runs="٨", interval="15")
    assert result.params == {
        "link": "https://a.com/x",
        "quantity": "500",
        "runs": "8",
        "interval": "15",
    }
    assert result.quantity == 500
    assert result.cost == Decimal("8.00")  # 2.00 × 500 / 1000 × 8 runs


def test_dripfeed_total_over_the_maximum_names_both_numbers() -> None:
    result = drip(quantity="500", runs="10", interval="5")
    error = error_of(result, "runs")
    assert error.code is FieldCode.DRIPFEED_TOTAL
    assert (error.runs, error.quantity, error.value, error.high) == (10, 500, 5000, 4000)
    assert result.cost is None


def test_dripfeed_runs_at_least_two_and_interval_at_least_one_minute() -> None:
    runs = error_of(drip(quantity="500", runs="1", interval="5"), "runs")
    assert (runs.code, runs.low, runs.value) == (FieldCode.TOO_SMALL, 2, 1)
    interval = error_of(drip(quantity="500", runs="2", interval="0"), "interval")
    assert (interval.code, interval.low, interval.value) == (FieldCode.TOO_SMALL, 1, 0)
    assert error_of(drip(quantity="500", runs="two", interval="5"), "runs").code == (
        FieldCode.NOT_A_NUMBER
    )


def test_dripfeed_needs_both_runs_and_interval_or_neither() -> None:
    only_runs = drip(quantity="500", runs="3")
    assert error_of(only_runs, "interval").code is FieldCode.DRIPFEED_INCOMPLETE
    assert only_runs.error_for("runs") is None
    only_interval = drip(quantity="500", interval="3")
    assert error_of(only_interval, "runs").code is FieldCode.DRIPFEED_INCOMPLETE
    assert only_interval.error_for("interval") is None
    neither = drip(quantity="500", runs="", interval=" ")
    assert neither.ok
    assert neither.params == {"link": "https://a.com/x", "quantity": "500"}
    assert neither.cost == Decimal("1.00")


def test_dripfeed_values_for_a_service_without_dripfeed_are_not_sent() -> None:
    result = check(
        svc(dripfeed=False), link="https://a.com/x", quantity="100", runs="1", interval="x"
    )
    assert result.ok
    assert result.params == {"link": "https://a.com/x", "quantity": "100"}


# ----------------------------------------------------------------------- list-priced types


def test_custom_comments_quantity_is_the_non_empty_line_count() -> None:
    service = svc("Custom Comments", rate="12.00", low=2, high=3)
    result = check(service, link="https://a.com/x", comments="a\r\n\r\n  b  \n\n")
    assert result.ok
    assert result.quantity == 2
    assert result.params == {"link": "https://a.com/x", "comments": "a\nb"}
    assert result.cost == Decimal("0.024")
    too_many = check(service, link="https://a.com/x", comments="1\n2\n3\n4")
    error = error_of(too_many, "comments")
    assert limits(error) == (FieldCode.OUT_OF_RANGE, 2, 3)
    assert error.value == 4
    assert too_many.quantity is None
    assert too_many.cost is None
    too_few = check(service, link="https://a.com/x", comments="just one")
    error = error_of(too_few, "comments")
    assert limits(error) == (FieldCode.OUT_OF_RANGE, 2, 3)
    assert error.value == 1


def test_comment_order_and_duplicates_are_kept() -> None:
    result = check(svc("Custom Comments", low=1), link="https://a.com/x", comments="b\na\nb")
    assert result.params is not None
    assert result.params["comments"] == "b\na\nb"
    assert result.quantity == 3


def test_comments_package_costs_the_rate_and_ignores_package_limits_for_lines() -> None:
    service = svc("Custom Comments Package", rate="4.00", low=1, high=1)
    result = check(service, link="https://a.com/x", comments="a\nb\nc")
    assert result.ok
    assert result.cost == Decimal("4.00")
    limited = svc("Custom Comments Package", rate="4.00", low=5, high=10)
    short = check(limited, link="https://a.com/x", comments="a\nb")
    error = error_of(short, "comments")
    assert limits(error) == (FieldCode.OUT_OF_RANGE, 5, 10)
    assert error.value == 2


def test_package_costs_its_rate() -> None:
    result = check(svc("Package", rate="2.50", low=1, high=1), link="https://a.com/x")
    assert result.ok
    assert result.cost == Decimal("2.50")
    assert result.quantity is None


def test_mentions_custom_list_quantity_is_the_username_count() -> None:
    service = svc("Mentions Custom List", rate="5.00", low=3, high=1000)
    result = check(service, link="https://a.com/x", usernames="@a\nb\n\n@c\n")
    assert result.ok
    assert result.quantity == 3
    assert result.cost == Decimal("0.015")
    few = check(service, link="https://a.com/x", usernames="a\nb")
    error = error_of(few, "usernames")
    assert limits(error) == (FieldCode.OUT_OF_RANGE, 3, 1000)
    assert error.value == 2


def test_usernames_and_hashtags_one_per_line_without_spaces() -> None:
    base = {"link": "https://a.com/x", "quantity": "100"}
    service = svc("Mentions with Hashtags")
    result = validate_order(
        service, {**base, "usernames": "ann\njohn smith", "hashtags": "#a"}, today=TODAY
    )
    error = error_of(result, "usernames")
    assert (error.code, error.line, error.item) == (FieldCode.HAS_SPACES, 2, "john smith")
    result = validate_order(
        service, {**base, "usernames": "ann", "hashtags": "#a\n# \n#b"}, today=TODAY
    )
    error = error_of(result, "hashtags")
    assert (error.code, error.line) == (FieldCode.BAD_ITEM, 2)
    result = validate_order(service, {**base, "usernames": "\n \n", "hashtags": "#a"}, today=TODAY)
    assert error_of(result, "usernames").code is FieldCode.REQUIRED


def test_single_username_and_hashtag_fields() -> None:
    base = {"link": "https://a.com/x", "quantity": "100"}
    r = validate_order(svc("Comment Likes"), {**base, "username": "john smith"}, today=TODAY)
    assert error_of(r, "username").code is FieldCode.HAS_SPACES
    r = validate_order(svc("Comment Likes"), {**base, "username": "@"}, today=TODAY)
    error = error_of(r, "username")
    assert (error.code, error.item) == (FieldCode.REQUIRED, "@")  # a lone "@": no username
    r = validate_order(svc("Comment Likes"), {**base, "username": ""}, today=TODAY)
    assert (error_of(r, "username").code, error_of(r, "username").item) == (FieldCode.REQUIRED, "")
    r = validate_order(svc("Mentions Hashtag"), {**base, "hashtag": "#two words"}, today=TODAY)
    assert error_of(r, "hashtag").code is FieldCode.HAS_SPACES


def test_seo_keywords_split_on_lines_and_commas_including_arabic_comma() -> None:
    result = check(
        svc("SEO"), link="https://a.com", quantity="100", keywords="أحذية، حقائب,  ,\nساعات"
    )
    assert result.params is not None
    assert result.params["keywords"] == "أحذية\nحقائب\nساعات"


# ------------------------------------------------------------------------------------ poll


@pytest.mark.parametrize("answer", ["0", "-1", "x", "1.5"])
def test_poll_answer_number_is_a_positive_whole_number(answer: str) -> None:
    result = check(svc("Poll"), link="https://t.me/c/1", quantity="100", answer_number=answer)
    error = error_of(result, "answer_number")
    assert error.code in (FieldCode.TOO_SMALL, FieldCode.NOT_A_NUMBER, FieldCode.NOT_WHOLE)
    assert error.code is not FieldCode.TOO_SMALL or error.low == 1


# --------------------------------------------------------------------------- subscriptions


def sub(**values: str) -> Validation:
    service = svc("Subscriptions", rate="1.10", low=50, high=20_000)
    base = {"username": "nike", "min": "100", "max": "200", "delay": "0"}
    return validate_order(service, {**base, **values}, today=TODAY)


def test_subscription_cost_is_the_most_one_post_can_cost() -> None:
    result = sub()
    assert result.ok
    assert result.params == {"username": "nike", "min": "100", "max": "200", "delay": "0"}
    assert result.cost_per_post
    assert result.cost == Decimal("0.22")
    assert result.quantity is None


def test_subscription_min_and_max_within_limits_and_ordered() -> None:
    assert limits(error_of(sub(min="300", max="200"), "min")) == (
        FieldCode.MIN_OVER_MAX,
        300,
        200,
    )
    assert limits(error_of(sub(max="30000"), "max")) == (FieldCode.OUT_OF_RANGE, 50, 20_000)
    assert limits(error_of(sub(min="10"), "min")) == (FieldCode.OUT_OF_RANGE, 50, 20_000)


@pytest.mark.parametrize("delay", ["0", "90", "120", "600", "٣٠", " 15 "])
def test_subscription_delay_choices(delay: str) -> None:
    assert sub(delay=delay).ok


@pytest.mark.parametrize("delay", ["7", "100", "-5", "soon", "601"])
def test_subscription_delay_outside_the_choices(delay: str) -> None:
    error = error_of(sub(delay=delay), "delay")
    assert error.code is FieldCode.BAD_CHOICE
    assert error.choices[:3] == ("0", "5", "10")
    assert "600" in error.choices


def test_subscription_posts_and_old_posts() -> None:
    assert limits(error_of(sub(posts="0"), "posts")) == (FieldCode.TOO_SMALL, 1, None)
    assert limits(error_of(sub(old_posts="-1"), "old_posts")) == (FieldCode.TOO_SMALL, 0, None)
    assert sub(old_posts="٥").params == {
        "username": "nike",
        "min": "100",
        "max": "200",
        "delay": "0",
        "old_posts": "5",
    }


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("2026-04-01", "01/04/2026"),
        ("1/4/2026", "01/04/2026"),
        ("01/04/2026", "01/04/2026"),
        ("16.03.2026", "16/03/2026"),
        ("١٦/٠٣/٢٠٢٦", "16/03/2026"),
        ("31-12-2030", "31/12/2030"),
    ],
)
def test_expiry_accepted_as_dmy_or_iso_and_sent_as_dmy(text: str, sent: str) -> None:
    result = sub(expiry=text)
    assert result.ok, result.errors
    assert result.params is not None
    assert result.params["expiry"] == sent


@pytest.mark.parametrize("text", ["2026-03-15", "14/03/2026", "01/01/2020"])
def test_expiry_must_be_after_today(text: str) -> None:
    assert error_of(sub(expiry=text), "expiry").code is FieldCode.DATE_PAST


@pytest.mark.parametrize("text", ["31/02/2027", "12/31/2027", "tomorrow", "2027-13-01", "1/1/27"])
def test_expiry_that_is_not_a_date(text: str) -> None:
    assert error_of(sub(expiry=text), "expiry").code is FieldCode.BAD_DATE


# ------------------------------------------------------------------------------------ cost


@pytest.mark.parametrize(
    ("rate", "quantity", "cost"),
    [
        ("0.0003", "1", "0.0000003"),
        ("3960.0", "10000", "39600"),
        ("95200", "100", "9520"),
        ("0.90", "1000", "0.9"),
        ("1.02", "2147483647", "2190433.31994"),
    ],
)
def test_cost_is_exact(rate: str, quantity: str, cost: str) -> None:
    service = svc(rate=rate, low=1, high=2_147_483_647)
    result = check(service, link="https://a.com/x", quantity=quantity)
    assert result.cost == Decimal(cost)
    assert isinstance(result.cost, Decimal)


def test_cost_is_shown_while_other_fields_are_still_wrong() -> None:
    result = check(svc(rate="2"), link="", quantity="500")
    assert not result.ok
    assert result.params is None
    assert result.cost == Decimal("1")


def test_non_finite_rate_gives_no_cost_instead_of_crashing() -> None:
    result = check(svc(rate="NaN"), link="https://a.com/x", quantity="500")
    assert result.ok
    assert result.cost is None


@pytest.mark.parametrize(
    ("amount", "currency", "places", "text"),
    [
        (Decimal("39600.0"), "USD", None, "39,600.00 USD"),
        (Decimal("0.0000003"), "", None, "0.0000003"),
        (Decimal("0.27819"), "", None, "0.27819"),
        (Decimal("1234.5678"), "", 2, "1,234.57"),
        (Decimal("0.125"), "", 2, "0.13"),
        (Decimal("0.000000001"), "", None, "0.00000000"),
        (Decimal("-1.5"), "EUR", None, "-1.50 EUR"),
        (Decimal("5"), "", 0, "5"),
        (Decimal("NaN"), "", None, "NaN"),
    ],
)
def test_format_money(amount: Decimal, currency: str, places: int | None, text: str) -> None:
    assert format_money(amount, currency, places) == text


# ------------------------------------------------------------------------------ robustness

_FIELD_NAMES = sorted({f.name for spec in ORDER_TYPES.values() for f in spec.fields})


@settings(max_examples=300, deadline=None)
@given(
    type_name=st.sampled_from([*(s.title for s in ORDER_TYPES.values()), "weird"]),
    values=st.dictionaries(st.sampled_from(_FIELD_NAMES), st.text(max_size=40)),
    dripfeed=st.booleans(),
    low=st.integers(0, 10**6),
    high=st.integers(0, 2**31),
    rate=st.decimals(allow_nan=True, allow_infinity=True),
)
def test_validate_order_never_raises(
    type_name: str,
    values: dict[str, str],
    dripfeed: bool,
    low: int,
    high: int,
    rate: Decimal,
) -> None:
    service = Service(1, "n", type_name, "c", rate, low, high, dripfeed)
    result = validate_order(service, values, today=TODAY)
    assert (result.params is None) == bool(result.errors)
    for error in result.errors:
        assert error.message
        assert error.field


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_numbers_and_money_never_raise(text: str) -> None:
    parse_whole_number(text)
    format_money(Decimal(len(text)) / 7, text[:3])
