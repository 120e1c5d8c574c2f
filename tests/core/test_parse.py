"""parse.py on the answers panels really send (the shapes real panels send, quirks included)."""

from __future__ import annotations

import json
import pickle
from decimal import Decimal

import pytest

from smmdesk.core.errors import AuthError, BadResponse, PanelRejected
from smmdesk.core.models import (
    AddResult,
    Balance,
    CancelResult,
    OrderStatus,
    RefillResult,
    RefillState,
    Service,
)
from smmdesk.core.parse import (
    loads,
    parse_add,
    parse_balance,
    parse_cancel,
    parse_refill,
    parse_refill_status,
    parse_refill_statuses,
    parse_refills,
    parse_services,
    parse_services_report,
    parse_status,
    parse_statuses,
)
from smmdesk.core.parse_services import CatalogueProblem, UnusableCatalogue, parse_catalogue

DOC_SERVICE = {
    "service": 1,
    "name": "Followers",
    "type": "Default",
    "category": "First Category",
    "rate": "0.90",
    "min": "50",
    "max": "10000",
    "dripfeed": False,
    "refill": True,
    "cancel": True,
}


def one(**changes: object) -> Service:
    entry = {**DOC_SERVICE, **changes}
    for name, value in list(entry.items()):
        if value is _MISSING:
            del entry[name]
    (service,) = parse_services([entry])
    return service


_MISSING = object()


# -- services ---------------------------------------------------------------------------------


def test_documented_service_parses_to_exact_values() -> None:
    assert one() == Service(
        id=1,
        name="Followers",
        type="Default",
        category="First Category",
        rate=Decimal("0.90"),
        min=50,
        max=10000,
        dripfeed=False,
        refill=True,
        cancel=True,
        desc="",
    )


@pytest.mark.parametrize("form", ["bytes", "text", "decoded"])
def test_services_accept_bytes_text_or_decoded(form: str) -> None:
    text = json.dumps([DOC_SERVICE])
    data = {"bytes": text.encode(), "text": text, "decoded": [DOC_SERVICE]}[form]
    assert parse_services(data) == [one()]


@pytest.mark.parametrize("wrapper", ["services", "data"])
def test_wrapped_service_lists(wrapper: str) -> None:
    services = parse_services({wrapper: [DOC_SERVICE], "status": "success"})
    assert [s.id for s in services] == [1]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0.0003", Decimal("0.0003")),
        ("3960.0", Decimal("3960.0")),
        ("95200", Decimal("95200")),
        (95200, Decimal("95200")),
        (0.1, Decimal("0.1")),  # via str: never the binary 0.1000000000000000055...
        (1.2, Decimal("1.2")),
        (" 2.50 ", Decimal("2.50")),
    ],
)
def test_rates_are_exact_decimals(raw: object, expected: Decimal) -> None:
    rate = one(rate=raw).rate
    assert rate == expected
    assert str(rate) == str(expected)


@pytest.mark.parametrize(
    ("field", "raw", "expected"),
    [
        ("service", "17", 17),
        ("min", 50, 50),
        ("max", "2147483647", 2147483647),
        ("max", 2147483647, 2147483647),
        ("min", " 100 ", 100),
    ],
)
def test_ids_and_limits_from_int_or_string(field: str, raw: object, expected: int) -> None:
    service = one(**{field: raw})
    assert getattr(service, "id" if field == "service" else field) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (True, True),
        (False, False),
        (1, True),
        (0, False),
        ("1", True),
        ("0", False),
        ("true", True),
        ("false", False),
        ("yes", True),
        (" No ", False),
        # the panel did not say: unknown, never "no"
        (None, None),
        (_MISSING, None),
        ("", None),
        ("maybe", None),
        ([], None),
    ],
)
def test_flags_in_every_spelling(raw: object, expected: bool | None) -> None:
    service = one(dripfeed=raw, refill=raw, cancel=raw)
    assert (service.dripfeed, service.refill, service.cancel) == (expected,) * 3
    # the fast path (bytes) builds the same flags as the careful one
    if raw is not _MISSING:
        (fast,) = parse_services(json.dumps([{**DOC_SERVICE, "refill": raw}]).encode())
        assert fast.refill is expected


def test_missing_desc_type_and_null_desc() -> None:
    assert one(desc=None).desc == ""
    assert one(desc=_MISSING).desc == ""
    assert one(desc="<b>Start</b> 0-1h").desc == "<b>Start</b> 0-1h"  # desc is shown as is
    assert one(type=_MISSING).type == "Default"


def test_html_entities_decoded_and_names_kept_readable() -> None:
    service = one(
        name="  Likes &amp; Views 🇺🇸 &lt;Fast&gt; ♻️ [ 20.01.2026 ]  ",
        category="Instagram &amp; Co &#39;HQ&#39; &eacute;t&eacute;",
        type="Custom &quot;Comments&quot;",
    )
    assert service.name == "Likes & Views 🇺🇸 <Fast> ♻️ [ 20.01.2026 ]"
    assert service.category == "Instagram & Co 'HQ' été"
    assert service.type == 'Custom "Comments"'


def test_double_encoded_entity_decodes_once() -> None:
    assert one(name="A &amp;lt; B").name == "A &lt; B"


def test_malformed_entries_are_skipped_and_reported() -> None:
    entries = [
        DOC_SERVICE,
        {**DOC_SERVICE, "service": 2, "rate": "abc"},
        {**DOC_SERVICE, "service": None},
        "not an object",
        {**DOC_SERVICE, "service": 3, "max": "lots"},
        {**DOC_SERVICE, "service": 4, "rate": "NaN"},
        {**DOC_SERVICE, "service": 5, "rate": "-1"},
        {**DOC_SERVICE, "service": 6},
    ]
    services, problems = parse_services_report(entries)
    assert [s.id for s in services] == [1, 6]
    assert len(problems) == 6
    assert problems[0].startswith("entry 1: service 2: unusable rate")


@pytest.mark.parametrize("form", ["bytes", "decoded"])
def test_an_id_listed_twice_with_different_terms_keeps_both_rows(form: str) -> None:
    entries = [
        DOC_SERVICE,
        {**DOC_SERVICE, "service": 2},
        {**DOC_SERVICE, "name": "Followers HQ", "rate": "1.50"},
        {**DOC_SERVICE, "service": 2},  # the same entry again adds nothing
    ]
    data = json.dumps(entries).encode() if form == "bytes" else entries
    services, problems = parse_services_report(data)
    assert [(s.id, s.name, s.rate) for s in services] == [
        (1, "Followers", Decimal("0.90")),
        (2, "Followers", Decimal("0.90")),
        (1, "Followers HQ", Decimal("1.50")),
    ]
    assert problems == [
        "entry 2: service id 1 listed again with different terms (both kept)",
        "entry 3: service 2 repeated as is (skipped)",
    ]


@pytest.mark.parametrize(
    ("answer", "problem", "entries"),
    [
        ("[]", CatalogueProblem.EMPTY, 0),
        ('{"services": []}', CatalogueProblem.EMPTY, 0),
        ('[1, "Followers", null, [], true]', CatalogueProblem.UNUSABLE, 5),
        ('[{"service": "x", "rate": "1"}, {"name": "no id"}]', CatalogueProblem.UNUSABLE, 2),
    ],
)
def test_a_catalogue_without_a_usable_service_is_refused_with_a_code(
    answer: str, problem: CatalogueProblem, entries: int
) -> None:
    assert parse_services(answer.encode()) == []  # the tolerant parser keeps its contract
    with pytest.raises(UnusableCatalogue) as refused:
        parse_catalogue(answer.encode())
    assert refused.value.problem is problem
    assert refused.value.entries == entries
    assert isinstance(refused.value, BadResponse)


def test_a_catalogue_with_some_usable_services_keeps_them() -> None:
    services = parse_catalogue(json.dumps([DOC_SERVICE, 7, {"name": "no id"}]).encode())
    assert [s.id for s in services] == [1]


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        ({"error": "Invalid API key"}, AuthError),
        ({"error": "Incorrect request"}, PanelRejected),
        ({"services": "none"}, BadResponse),
        ("a string", BadResponse),
        (42, BadResponse),
    ],
)
def test_services_top_level_errors(answer: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        parse_services(answer)


def test_services_from_bytes_and_decoded_agree_on_a_messy_catalogue() -> None:
    messy = [
        {**DOC_SERVICE, "service": "7", "rate": 3, "min": 1.0, "refill": "yes", "desc": 5},
        {**DOC_SERVICE, "service": 8, "name": 123, "category": None},
        {**DOC_SERVICE, "service": 9, "dripfeed": [], "cancel": {"x": 1}},
        {**DOC_SERVICE, "service": 10, "min": True},
    ]
    from_bytes = parse_services_report(json.dumps(messy).encode())
    from_decoded = parse_services_report(messy)
    assert from_bytes == from_decoded
    services = {s.id: s for s in from_bytes[0]}
    assert services[7].rate == Decimal(3)
    assert services[7].min == 1
    assert services[7].refill
    assert services[7].desc == "5"
    assert services[8].name == "123"
    assert services[8].category == ""
    assert not services[9].dripfeed
    assert not services[9].cancel
    assert 10 not in services  # a boolean is not a quantity


# -- decoding ---------------------------------------------------------------------------------


def test_php_warning_before_json_is_salvaged() -> None:
    body = (
        b'<br />\n<b>Warning</b>:  Undefined array key "runs" in <b>/var/www/api.php</b> on '
        b'line <b>142</b><br />\n{"order": 23501}'
    )
    assert parse_add(body) == AddResult(23501)


def test_php_notice_after_json_is_salvaged() -> None:
    assert parse_add(b'{"order":"5"}\n<br />\n<b>Notice</b>: Undefined index') == AddResult(5)


def test_form_encoded_error_is_an_auth_error() -> None:
    with pytest.raises(AuthError, match="Invalid API key"):
        parse_balance(b"error=Invalid+API+key")


def test_utf8_bom_is_tolerated() -> None:
    assert parse_add("\ufeff" + '{"order": 3}') == AddResult(3)
    assert parse_add(b'\xef\xbb\xbf{"order": 3}') == AddResult(3)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<!DOCTYPE html><html><title>Just a moment...</title>", "web page"),
        (b"", "empty answer"),
        (b'{"order": 1', "cut off"),
        (b"Service temporarily unavailable", "not JSON"),
        (b"<b>Fatal error</b>: Uncaught Error in x.php on line 3", "PHP error"),
    ],
)
def test_unreadable_answers_say_what_they_look_like(body: bytes, message: str) -> None:
    with pytest.raises(BadResponse, match=message) as caught:
        loads(body)
    assert len(caught.value.snippet) <= 200


def test_snippet_is_short_and_single_line() -> None:
    with pytest.raises(BadResponse) as caught:
        loads(b"<html>\n" + b"x" * 5000)
    assert len(caught.value.snippet) <= 200
    assert "\n" not in caught.value.snippet


# -- add / status / balance -------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer", [{"order": 23501}, {"order": "23501"}, {"status": "success", "order": 23501}]
)
def test_add(answer: object) -> None:
    assert parse_add(answer) == AddResult(23501)


@pytest.mark.parametrize(
    ("answer", "error", "code"),
    [
        ({"error": "Not enough funds on balance"}, PanelRejected, "insufficient_funds"),
        ({"error": "neworder.error.link_duplicate"}, PanelRejected, "duplicate_active_order"),
        ({"error": "Quantity less than minimal 200"}, PanelRejected, "quantity_out_of_range"),
        ({"error": "Incorrect API key"}, AuthError, None),
        ({"order": {"error": "Bad link"}}, PanelRejected, "bad_link"),
    ],
)
def test_add_refusals(answer: object, error: type[Exception], code: str | None) -> None:
    with pytest.raises(error) as caught:
        parse_add(answer)
    if code is not None:
        assert isinstance(caught.value, PanelRejected)
        assert caught.value.code == code


@pytest.mark.parametrize("answer", [{"status": "success"}, {"order": 0}, {"order": "abc"}, []])
def test_add_without_an_order_id_is_a_bad_response(answer: object) -> None:
    with pytest.raises(BadResponse):
        parse_add(answer)


def test_status_documented_answer() -> None:
    state = parse_status(
        {
            "charge": "0.27819",
            "start_count": "3572",
            "status": "Partial",
            "remains": "157",
            "currency": "USD",
        },
        7,
    )
    assert state.order_id == 7
    assert state.status is OrderStatus.PARTIAL
    assert state.charge == Decimal("0.27819")
    assert state.start_count == 3572
    assert state.remains == 157
    assert state.currency == "USD"
    assert state.status_text == "Partial"


def test_status_unknown_numbers_become_none_and_odd_status_is_kept() -> None:
    state = parse_status(
        {"charge": "", "start_count": None, "remains": "Unknown", "status": "in_progress"}, 7
    )
    assert (state.charge, state.start_count, state.remains) == (None, None, None)
    assert state.status is OrderStatus.IN_PROGRESS
    odd = parse_status({"status": "Waiting for moderation"}, 7)
    assert odd.status is OrderStatus.UNKNOWN
    assert odd.status_text == "Waiting for moderation"


def test_status_error() -> None:
    with pytest.raises(PanelRejected) as caught:
        parse_status({"error": "Incorrect order ID"}, 7)
    assert caught.value.code == "unknown_order"


def test_statuses_keyed_by_string_ids_with_per_id_errors() -> None:
    answer = {
        "1": {"charge": "0.27819", "start_count": "3572", "status": "Partial", "remains": "157"},
        "10": {"error": "Incorrect order ID"},
        "2": "Incorrect order ID",
        "99": {"status": "Completed"},
    }
    result = parse_statuses(answer, [1, 10, 2, 3])
    assert set(result) == {1, 10, 2}  # 3 was not mentioned; 99 was not asked for
    first = result[1]
    assert not isinstance(first, PanelRejected)
    assert first.status is OrderStatus.PARTIAL
    for refused in (result[10], result[2]):
        assert isinstance(refused, PanelRejected)
        assert refused.code == "unknown_order"


def test_statuses_tolerate_the_single_order_form_for_one_id() -> None:
    result = parse_statuses({"status": "Completed", "charge": "1"}, [5])
    state = result[5]
    assert not isinstance(state, PanelRejected)
    assert state.status is OrderStatus.COMPLETED


def test_statuses_top_level_error() -> None:
    with pytest.raises(AuthError):
        parse_statuses({"error": "Invalid API key"}, [1, 2])


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ({"balance": "100.84292", "currency": "USD"}, Balance(Decimal("100.84292"), "USD")),
        ({"status": "success", "balance": 5, "currency": "EUR"}, Balance(Decimal(5), "EUR")),
        ({"balance": "-2.5"}, Balance(Decimal("-2.5"), "")),
    ],
)
def test_balance(answer: object, expected: Balance) -> None:
    assert parse_balance(answer) == expected


def test_balance_without_amount() -> None:
    with pytest.raises(BadResponse):
        parse_balance({"currency": "USD"})


# -- refill / cancel --------------------------------------------------------------------------


def test_refill_single() -> None:
    assert parse_refill({"refill": "1"}, 7) == RefillResult(7, 1)
    with pytest.raises(PanelRejected) as caught:
        parse_refill({"error": "Refill is disabled for this service"}, 7)
    assert caught.value.code == "refill_not_allowed"


def test_refills_multi_with_error_objects() -> None:
    answer = [
        {"order": 1, "refill": 1},
        {"order": 2, "refill": "3"},
        {"order": 3, "refill": {"error": "Incorrect order ID"}},
        {"refill": 9},  # no order id: cannot be attributed
    ]
    assert parse_refills(answer) == [
        RefillResult(1, 1),
        RefillResult(2, 3),
        RefillResult(3, None, "Incorrect order ID"),
    ]


def test_refill_status_single_and_multi() -> None:
    single = parse_refill_status({"status": "Completed"}, 4)
    assert single == RefillState(4, OrderStatus.COMPLETED, "Completed")
    multi = parse_refill_statuses(
        [
            {"refill": 1, "status": "Completed"},
            {"refill": 2, "status": "Rejected"},
            {"refill": 3, "status": {"error": "Refill not found"}},
        ],
        [1, 2, 3, 4],
    )
    assert multi == {
        1: RefillState(1, OrderStatus.COMPLETED, "Completed"),
        2: RefillState(2, OrderStatus.REJECTED, "Rejected"),
        3: RefillState(3, None, "", "Refill not found"),
    }


def test_cancel_results() -> None:
    answer = [
        {"order": 9, "cancel": {"error": "Incorrect order ID"}},
        {"order": 2, "cancel": 1},
        {"order": 3, "cancel": "1"},
        {"order": 4, "cancel": 0},
    ]
    assert parse_cancel(answer) == [
        CancelResult(9, False, "Incorrect order ID"),
        CancelResult(2, True),
        CancelResult(3, True),
        CancelResult(4, False, "The panel did not accept the cancel"),
    ]


@pytest.mark.parametrize(
    "parser",
    [parse_refills, parse_cancel],
)
def test_multi_answers_that_are_not_lists(parser: object) -> None:
    with pytest.raises(BadResponse):
        parser({"order": 1})  # type: ignore[operator]


def test_fast_path_builds_genuine_frozen_services() -> None:
    """The catalogue fast path re-labels a same-layout builder as Service: the result must be
    indistinguishable from Service(...)."""
    from dataclasses import FrozenInstanceError

    from smmdesk.core.parse import _service_hook, _ServiceBuilder

    assert _ServiceBuilder.__slots__ == Service.__slots__
    built = _service_hook()(dict(DOC_SERVICE))
    assert type(built) is Service
    assert built == one()
    assert hash(built) == hash(one())
    with pytest.raises(FrozenInstanceError):
        built.name = "changed"
    assert pickle.loads(pickle.dumps(built)) == built
