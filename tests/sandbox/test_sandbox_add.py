"""``add`` on the sandbox: each type's accepted params, every refusal, money, duplicates."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from smmdesk.core.errors import normalise_error_code
from smmdesk.sandbox import FIRST_ORDER_ID
from smmdesk.sandbox import SANDBOX_FIXED_SERVICES as FIXED

from .conftest import Api

LINK = "https://www.instagram.com/p/Cabc123/"
# type -> (params besides service, expected charge, expected quantity)
VALID: dict[str, tuple[dict[str, Any], str, int]] = {
    "Default": ({"link": LINK, "quantity": 1000}, "0.9", 1000),
    "Package": ({"link": LINK}, "2.50", 1),
    "Custom Comments": (
        {"link": LINK, "comments": "great\r\nnice\n\nwow 🔥\nok\nyes\n"}, "0.06", 5,
    ),
    "Custom Comments Package": ({"link": LINK, "comments": "a\nb"}, "4.00", 1),
    "Mentions": ({"link": LINK, "quantity": 200, "usernames": "ali\nsara"}, "0.6", 200),
    "Mentions with Hashtags": (
        {"link": LINK, "quantity": 100, "usernames": "ali", "hashtags": "#sun\n#sea"}, "0.35", 100,
    ),
    "Mentions Custom List": ({"link": LINK, "usernames": "\n".join(f"u{i}" for i in range(12))},
                             "0.06", 12),
    "Mentions Hashtag": ({"link": LINK, "quantity": 100, "hashtag": "#travel"}, "0.28", 100),
    "Mentions User Followers": ({"link": LINK, "quantity": 100, "username": "natgeo"}, "0.29", 100),
    "Mentions Users Followers": ({"link": LINK, "quantity": 100, "username": "@natgeo"},
                                 "0.295", 100),
    "Mentions Media Likers": (
        {"link": LINK, "quantity": 100, "media": "https://instagram.com/p/xyz"}, "0.27", 100,
    ),
    "Comment Likes": ({"link": LINK, "quantity": 20, "username": "owner"}, "0.03", 20),
    "Comment Replies": (
        {"link": LINK, "username": "owner", "comments": "hi\nhey\nyo"}, "0.045", 3,
    ),
    "Poll": ({"link": "https://t.me/channel/12", "quantity": 100, "answer_number": 2}, "0.08", 100),
    "SEO": ({"link": "https://example.com", "quantity": 100, "keywords": "smm,seo"}, "0.42", 100),
    "Invites from Groups": ({"link": LINK, "quantity": 100, "groups": "g1\ng2"}, "0.6", 100),
    "Subscriptions": (
        {"username": "natgeo", "min": 100, "max": 200, "posts": 3, "delay": 30,
         "expiry": "31/12/2026"},
        "0.66", 200,
    ),
    "Custom Gateway": ({"link": "https://gw.example/x", "quantity": 10}, "0.005", 10),
    "Default dripfeed": ({"link": LINK, "quantity": 100, "runs": 5, "interval": 15}, "0.6", 100),
}  # fmt: skip


@pytest.mark.parametrize("type_name", sorted(VALID))
def test_each_type_accepts_its_params_and_charges_exactly(api: Api, type_name: str) -> None:
    params, charge, quantity = VALID[type_name]
    before = api.panel.balance
    oid = api.add(service=FIXED[type_name], **params)
    assert oid == FIRST_ORDER_ID
    order = api.panel.orders[oid]
    assert order.service_id == FIXED[type_name]
    assert order.charge == Decimal(charge)
    assert order.quantity == quantity
    assert api.panel.balance == before - Decimal(charge)
    sent = {k: str(v) for k, v in params.items()}
    assert order.params == {"action": "add", "service": str(FIXED[type_name]), **sent}


def test_order_ids_count_up_and_half_the_answers_say_success(api: Api) -> None:
    answers = [
        api.call("add", service=FIXED["Default"], link=f"https://x.com/u{i}", quantity=50)
        for i in range(4)
    ]
    assert [a["order"] for a in answers] == [23501, 23502, 23503, 23504]
    assert [a.get("status") for a in answers] == ["success", None, "success", None]


@pytest.mark.parametrize(
    ("params", "error"),
    [
        ({"service": 999999, "link": LINK, "quantity": 100}, "Incorrect service ID"),
        ({"service": "abc", "link": LINK, "quantity": 100}, "Incorrect service ID"),
        ({"link": LINK, "quantity": 100}, "Incorrect service ID"),
        ({"service": FIXED["Default"], "quantity": 100}, "Bad link"),
        ({"service": FIXED["Default"], "link": "not a link", "quantity": 100}, "Bad link"),
        ({"service": FIXED["Default"], "link": "ftp://x.com/a", "quantity": 100}, "Bad link"),
        ({"service": FIXED["Default"], "link": LINK, "quantity": 49},
         "Quantity less than minimal 50"),
        ({"service": FIXED["Default"], "link": LINK}, "Quantity less than minimal 50"),
        ({"service": FIXED["Default"], "link": LINK, "quantity": 10001},
         "Quantity more than maximum 10000"),
        ({"service": FIXED["Default"], "link": LINK, "quantity": "12.5"}, "Incorrect quantity"),
        ({"service": FIXED["Custom Comments"], "link": LINK, "comments": "a\nb\n\n"},
         "Quantity less than minimal 5"),
        ({"service": FIXED["Custom Comments"], "link": LINK},
         "Missing required parameter: comments"),
        ({"service": FIXED["Mentions with Hashtags"], "link": LINK, "quantity": 100,
          "usernames": "a"}, "Missing required parameter: hashtags"),
        ({"service": FIXED["Poll"], "link": LINK, "quantity": 100, "answer_number": "first"},
         "Invalid parameter: answer_number"),
        ({"service": FIXED["Mentions Media Likers"], "link": LINK, "quantity": 100,
          "media": "likers"}, "Invalid parameter: media"),
        ({"service": FIXED["Subscriptions"], "username": "natgeo", "min": 100, "max": 200},
         "Missing required parameter: delay"),
        ({"service": FIXED["Subscriptions"], "username": "natgeo", "min": 100, "max": 200,
          "delay": 7}, "Invalid parameter: delay"),
        ({"service": FIXED["Subscriptions"], "username": "natgeo", "min": 300, "max": 200,
          "delay": 0}, "Invalid parameter: min"),
        ({"service": FIXED["Subscriptions"], "username": "natgeo", "min": 100, "max": 200,
          "delay": 0, "expiry": "2026-12-31"}, "Invalid parameter: expiry"),
        ({"service": FIXED["Default"], "link": LINK, "quantity": 100, "runs": 2, "interval": 5},
         "Drip-feed is disabled for this service"),
        ({"service": FIXED["Default dripfeed"], "link": LINK, "quantity": 100, "runs": 3},
         "Missing required parameter: interval"),
        ({"service": FIXED["Default dripfeed"], "link": LINK, "quantity": 1000, "runs": 6,
          "interval": 5}, "Total quantity (runs x quantity) more than maximum 5000"),
        ({"service": FIXED["Default expensive"], "link": LINK, "quantity": 100},
         "Not enough funds on balance"),
    ],
)  # fmt: skip
def test_refusals_name_the_problem_and_spend_nothing(
    api: Api, params: dict[str, Any], error: str
) -> None:
    assert api.call("add", **params) == {"error": error}
    assert api.panel.orders == {}
    assert api.panel.balance == Decimal("1000")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bad link", "bad_link"),
        ("Quantity less than minimal 50", "quantity_out_of_range"),
        ("Total quantity (runs x quantity) more than maximum 5000", "quantity_out_of_range"),
        ("Not enough funds on balance", "insufficient_funds"),
        ("Incorrect service ID", "unknown_service"),
        ("Missing required parameter: comments", "other"),
    ],
)
def test_error_texts_map_to_the_client_taxonomy(text: str, code: str) -> None:
    # A missing parameter must not read as "action not supported" to the client.
    assert normalise_error_code(text) == code


def test_handles_and_unicode_links_are_accepted(api: Api) -> None:
    for i, link in enumerate(("@natgeo", "natgeo", "https://t.me/قناة", "user.name_1")):
        api.add(service=FIXED["Default"], link=link, quantity=50 + i)
    assert len(api.panel.orders) == 4


def test_exact_balance_is_required_and_enough(api: Api) -> None:
    api.panel.set_balance(Decimal("0.9"))
    api.add(service=FIXED["Default"], link=LINK, quantity=1000)
    assert api.panel.balance == 0
    assert api.call("add", service=FIXED["Default"], link=LINK + "2", quantity=50) == {
        "error": "Not enough funds on balance"
    }


def test_duplicate_active_order_is_refused_until_the_first_completes(api: Api) -> None:
    api.add(service=FIXED["Default"], link=LINK, quantity=100)
    duplicate = api.call("add", service=FIXED["Default"], link=LINK.upper(), quantity=200)
    assert duplicate["error"].startswith("You have active order with this link")
    assert normalise_error_code(duplicate["error"]) == "duplicate_active_order"
    # another service on the same link is fine
    api.add(service=FIXED["Default no refill"], link=LINK, quantity=100)
    api.panel.advance(3600)
    api.add(service=FIXED["Default"], link=LINK, quantity=100)
    assert len(api.panel.orders) == 3
