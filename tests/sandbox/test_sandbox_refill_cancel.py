"""``refill``, ``refill_status`` and ``cancel`` on the sandbox, and the set_status test hook."""

from __future__ import annotations

from decimal import Decimal

import pytest

from smmdesk.core.errors import normalise_error_code
from smmdesk.sandbox import SANDBOX_FIXED_SERVICES as FIXED

from .conftest import Api

DEFAULT, NO_REFILL = FIXED["Default"], FIXED["Default no refill"]


def completed_order(api: Api, service: int = DEFAULT, link: str = "https://x.com/a") -> int:
    oid = api.add(service=service, link=link, quantity=100)
    api.panel.advance(3600)
    return oid


def test_refill_of_a_completed_order_runs_to_completion(api: Api) -> None:
    oid = completed_order(api)
    assert api.call("refill", order=oid) == {"refill": "1"}
    busy = api.call("refill", order=oid)
    assert busy == {"error": "The refill task is not completed for this order"}
    assert api.call("refill_status", refill=1) == {"status": "Pending"}
    api.panel.advance(100)
    assert api.call("refill_status", refill=1) == {"status": "In progress"}
    api.panel.advance(600)
    assert api.call("refill_status", refill=1) == {"status": "Completed"}
    assert api.call("refill", order=oid) == {"refill": "2"}
    assert api.panel.refills[2].order_id == oid


def test_refill_refusals(api: Api) -> None:
    no_refill = completed_order(api, NO_REFILL)
    running = api.add(service=DEFAULT, link="https://x.com/running", quantity=100)
    assert api.call("refill", order=no_refill) == {"error": "Refill is disabled for this service"}
    assert api.call("refill", order=running) == {"error": "Order not eligible for refill."}
    assert api.call("refill", order=12) == {"error": "Incorrect order ID"}
    for text in ("Refill is disabled for this service", "Order not eligible for refill.",
                 "The refill task is not completed for this order"):  # fmt: skip
        assert normalise_error_code(text) == "refill_not_allowed"
    assert api.panel.refills == {}


def test_multi_refill_and_refill_status_carry_per_item_errors(api: Api) -> None:
    good = completed_order(api)
    no_refill = completed_order(api, NO_REFILL, "https://x.com/b")
    answer = api.call("refill", orders=f"{good},{no_refill},7")
    assert answer == [
        {"order": good, "refill": 1},
        {"order": no_refill, "refill": {"error": "Refill is disabled for this service"}},
        {"order": 7, "refill": {"error": "Incorrect order ID"}},
    ]
    assert api.call("refill_status", refills="1,99") == [
        {"refill": 1, "status": "Pending"},
        {"refill": 99, "status": {"error": "Refill not found"}},
    ]
    assert api.call("refill_status", refill=99) == {"error": "Refill not found"}
    assert normalise_error_code("Refill not found") == "unknown_refill"


def test_cancel_refunds_in_full_and_frees_the_link(api: Api) -> None:
    oid = api.add(service=DEFAULT, link="https://x.com/a", quantity=1000)
    api.panel.advance(120)  # in progress: cancel is still allowed
    assert api.panel.balance == Decimal("999.1")
    assert api.call("cancel", orders=str(oid)) == [{"order": oid, "cancel": 1}]
    status = api.call("status", order=oid)
    assert (status["status"], status["charge"]) == ("Canceled", "0.00000")
    assert api.panel.balance == Decimal(1000)
    assert api.panel.orders[oid].status == "Canceled"
    again = api.call("cancel", orders=str(oid))
    assert again == [{"order": oid, "cancel": {"error": "This order cannot be canceled"}}]
    api.panel.advance(3600)  # a canceled order never resumes or charges again
    assert api.call("status", order=oid)["status"] == "Canceled"
    assert api.panel.balance == Decimal(1000)
    api.add(service=DEFAULT, link="https://x.com/a", quantity=1000)


def test_cancel_refusals_are_per_item(api: Api) -> None:
    no_cancel = api.add(service=NO_REFILL, link="https://x.com/a", quantity=100)
    done = completed_order(api, DEFAULT, "https://x.com/b")
    answer = api.call("cancel", orders=f"{no_cancel},{done},5")
    assert answer == [
        {"order": no_cancel, "cancel": {"error": "Cancel is disabled for this service"}},
        {"order": done, "cancel": {"error": "This order cannot be canceled"}},
        {"order": 5, "cancel": {"error": "Incorrect order ID"}},
    ]
    for item in answer[:2]:
        assert normalise_error_code(item["cancel"]["error"]) == "cancel_not_allowed"
    assert "error" in api.call("cancel", orders=",".join(str(i) for i in range(101)))


def test_set_status_hook_drives_status_and_money(api: Api) -> None:
    oid = api.add(service=DEFAULT, link="https://x.com/a", quantity=1000)
    api.panel.set_status(oid, "Partial", remains=300, start_count=1234)
    answer = api.call("status", order=oid)
    assert (answer["status"], answer["remains"], answer["start_count"]) == (
        "Partial",
        "300",
        "1234",
    )
    assert answer["charge"] == "0.63000"
    assert api.panel.balance == Decimal("999.37")
    api.panel.advance(3600)  # a forced status sticks
    assert api.call("status", order=oid)["status"] == "Partial"
    api.panel.set_status(oid, "In progress", remains=500)
    assert api.panel.balance == Decimal("999.1")
    api.panel.set_status(oid, "Canceled")
    assert api.panel.balance == Decimal(1000)
    with pytest.raises(ValueError, match="unknown status"):
        api.panel.set_status(oid, "Exploded")
    with pytest.raises(ValueError, match="remains"):
        api.panel.set_status(oid, "Partial", remains=5000)
    with pytest.raises(KeyError):
        api.panel.set_status(1, "Completed")
