"""PanelClient against the real sandbox over loopback: every action, its answers and refusals."""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal

import pytest

from smmdesk.core.client import PanelClient
from smmdesk.core.errors import AuthError, PanelRejected
from smmdesk.core.models import OrderState, OrderStatus, cost_of
from smmdesk.core.parse import parse_services
from smmdesk.sandbox import SandboxPanel

LINK = "https://instagram.com/p/abc"


@pytest.fixture
def client(panel: SandboxPanel) -> Iterator[PanelClient]:
    with PanelClient(panel.url, panel.api_key, sleep=lambda _: None, rng=random.Random(1)) as c:
        yield c


def lines(count: int, word: str = "item") -> str:
    return "\n".join(f"{word}{n}" for n in range(count))


# service id -> (add params besides service, units charged); ids are the sandbox's fixed ones
ADD_CASES: dict[str, tuple[int, dict[str, str], int]] = {
    "Default": (1, {"link": LINK, "quantity": "100"}, 100),
    "Default drip-feed": (2, {"link": LINK, "quantity": "100", "runs": "3", "interval": "5"}, 300),
    "Package": (3, {"link": LINK}, 1000),  # a package costs its rate: 1000 "units" of rate/1000
    "Custom Comments": (4, {"link": LINK, "comments": "nice\r\ngreat\nwow\nyes\ncool"}, 5),
    "Custom Comments Package": (5, {"link": LINK, "comments": lines(3)}, 1000),
    "Mentions": (6, {"link": LINK, "quantity": "100", "usernames": "a\nb"}, 100),
    "Mentions with Hashtags": (
        7,
        {"link": LINK, "quantity": "100", "usernames": "a\nb", "hashtags": "#x\n#y"},
        100,
    ),
    "Mentions Custom List": (8, {"link": LINK, "usernames": lines(12, "user")}, 12),
    "Mentions Hashtag": (9, {"link": LINK, "quantity": "100", "hashtag": "#sale"}, 100),
    "Mentions User Followers": (10, {"link": LINK, "quantity": "100", "username": "bob"}, 100),
    "Mentions Media Likers": (
        11,
        {"link": LINK, "quantity": "100", "media": "https://instagram.com/p/xyz"},
        100,
    ),
    "Comment Likes": (12, {"link": LINK, "quantity": "20", "username": "owner"}, 20),
    "Comment Replies": (13, {"link": LINK, "username": "owner", "comments": lines(4)}, 4),
    "Poll": (14, {"link": LINK, "quantity": "100", "answer_number": "2"}, 100),
    "SEO": (15, {"link": LINK, "quantity": "100", "keywords": "shoes\nred shoes"}, 100),
    "Invites from Groups": (16, {"link": LINK, "quantity": "100", "groups": lines(2)}, 100),
    "Subscriptions": (
        17,
        {"username": "someone", "min": "50", "max": "100", "posts": "2", "delay": "30"},
        200,
    ),
    "unknown type (generic form)": (18, {"link": LINK, "quantity": "10"}, 10),
    "lower-case default": (19, {"link": LINK, "quantity": "50"}, 50),
    "Mentions Users Followers": (20, {"link": LINK, "quantity": "100", "username": "x"}, 100),
}


def test_services_are_the_catalogue_as_served(client: PanelClient, panel: SandboxPanel) -> None:
    services = {s.id: s for s in client.services()}
    assert len(services) == len(panel.services) == 4000
    assert services[21].rate == Decimal("95200")
    assert services[22].rate == Decimal("0.0003")
    assert services[22].max == 2147483647
    assert services[22].name == "YouTube Views [Cheapest] <Slow>"
    assert services[19].type == "default"
    assert not services[19].refill
    assert services[1].category == "Instagram - Followers [Guaranteed/Refill] & Less Drops ⭐"
    assert services[2].dripfeed
    assert not services[1].dripfeed


def test_services_raw_is_json_for_the_same_catalogue(client: PanelClient) -> None:
    raw = client.services_raw()
    assert isinstance(raw, bytes)
    assert parse_services(raw) == client.services()


def test_balance(client: PanelClient) -> None:
    balance = client.balance()
    assert balance.amount == Decimal("1000")
    assert balance.currency == "USD"


@pytest.mark.parametrize("case", list(ADD_CASES))
def test_add_every_service_type_is_accepted_and_charged(
    client: PanelClient, panel: SandboxPanel, case: str
) -> None:
    service_id, params, units = ADD_CASES[case]
    rate = next(s.rate for s in client.services() if s.id == service_id)
    order_id = client.add(service_id, params).order_id
    assert order_id in panel.orders
    assert panel.received["add"] == 1
    state = client.status(order_id)
    assert state.order_id == order_id
    assert state.status is OrderStatus.PENDING
    assert state.charge == cost_of(rate, units)
    assert panel.balance == Decimal("1000") - cost_of(rate, units)


def test_status_and_statuses(client: PanelClient, panel: SandboxPanel) -> None:
    first = client.add(1, {"link": LINK + "1", "quantity": "100"}).order_id
    second = client.add(1, {"link": LINK + "2", "quantity": "200"}).order_id
    panel.advance(100_000)
    single = client.status(first)
    assert single.status is OrderStatus.COMPLETED
    assert single.remains == 0
    many = client.statuses([first, second, 99_999_999, 99_999_998])
    assert {first, second} <= set(many)
    for order_id in (first, second):
        state = many[order_id]
        assert isinstance(state, OrderState)
        assert state.status is OrderStatus.COMPLETED
    for unknown in (99_999_999, 99_999_998):  # bare string and {"error": ...} forms
        refused = many[unknown]
        assert isinstance(refused, PanelRejected)
        assert refused.code == "unknown_order"
    with pytest.raises(PanelRejected) as caught:
        client.status(99_999_999)
    assert caught.value.code == "unknown_order"


def test_statuses_of_250_ids_take_exactly_three_requests(
    client: PanelClient, panel: SandboxPanel
) -> None:
    placed = [client.add(1, {"link": f"{LINK}{n}", "quantity": "50"}).order_id for n in range(3)]
    ids = placed + list(range(1, 248))
    result = client.statuses(ids + ids[:10])  # repeats are asked once
    assert panel.received["status"] == 3
    chunks = [
        params["orders"].split(",") for action, params in panel.requests if action == "status"
    ]
    assert [len(chunk) for chunk in chunks] == [100, 100, 50]
    assert all(isinstance(result[order_id], OrderState) for order_id in placed)
    assert len(result) == 250


def test_refill_flow(client: PanelClient, panel: SandboxPanel) -> None:
    order_id = client.add(1, {"link": LINK, "quantity": "100"}).order_id
    with pytest.raises(PanelRejected) as early:
        client.refill(order_id)  # still pending
    assert early.value.code == "refill_not_allowed"
    panel.advance(100_000)
    refill_id = client.refill(order_id).refill_id
    state = client.refill_status(refill_id)
    assert state.refill_id == refill_id
    assert state.status is OrderStatus.PENDING
    with pytest.raises(PanelRejected) as busy:
        client.refill(order_id)
    assert busy.value.code == "refill_not_allowed"
    panel.advance(100_000)
    assert client.refill_statuses([refill_id, 999_999])[refill_id].status is OrderStatus.COMPLETED
    no_refill = client.add(3, {"link": LINK}).order_id
    panel.advance(100_000)
    results = {r.order_id: r for r in client.refills([order_id, no_refill])}
    assert results[order_id].refill_id is not None
    assert results[order_id].error is None
    assert results[no_refill].refill_id is None
    assert results[no_refill].error == "Refill is disabled for this service"
    missing = client.refill_statuses([999_999])
    assert missing[999_999].error == "Refill not found"
    assert missing[999_999].status is None


def test_cancel(client: PanelClient, panel: SandboxPanel) -> None:
    cancellable = client.add(1, {"link": LINK, "quantity": "100"}).order_id
    not_cancellable = client.add(3, {"link": LINK + "x"}).order_id
    results = {r.order_id: r for r in client.cancel([cancellable, not_cancellable, 99_999_999])}
    assert results[cancellable].accepted
    assert results[cancellable].error is None
    assert not results[not_cancellable].accepted
    assert results[not_cancellable].error == "Cancel is disabled for this service"
    assert results[99_999_999].error == "Incorrect order ID"
    assert panel.balance == Decimal("1000") - Decimal("2.50")  # the canceled one is refunded


def test_cancel_and_refills_refuse_more_than_100_ids(client: PanelClient) -> None:
    with pytest.raises(ValueError, match="100"):
        client.cancel(range(1, 102))
    with pytest.raises(ValueError, match="100"):
        client.refills(range(1, 102))


@pytest.mark.parametrize(
    ("service_id", "params", "code"),
    [
        (99_999, {"link": LINK, "quantity": "100"}, "unknown_service"),
        (1, {"link": "not a link!", "quantity": "100"}, "bad_link"),
        (1, {"link": LINK, "quantity": "10"}, "quantity_out_of_range"),
        (1, {"link": LINK, "quantity": "100000"}, "quantity_out_of_range"),
        (21, {"link": LINK, "quantity": "100"}, "insufficient_funds"),
    ],
)
def test_add_refusals_carry_normalised_codes(
    client: PanelClient, panel: SandboxPanel, service_id: int, params: dict[str, str], code: str
) -> None:
    with pytest.raises(PanelRejected) as caught:
        client.add(service_id, params)
    assert caught.value.code == code
    assert caught.value.panel_text
    assert panel.orders == {}
    assert panel.balance == Decimal("1000")


def test_duplicate_active_order_is_refused(client: PanelClient) -> None:
    client.add(1, {"link": LINK, "quantity": "100"})
    with pytest.raises(PanelRejected) as caught:
        client.add(1, {"link": LINK, "quantity": "100"})
    assert caught.value.code == "duplicate_active_order"


def test_a_wrong_key_is_an_auth_error_for_every_action(panel: SandboxPanel) -> None:
    with PanelClient(panel.url, "not-the-key", max_retries=0) as wrong:
        calls = [
            wrong.services,
            wrong.services_raw,
            wrong.balance,
            lambda: wrong.status(1),
            lambda: wrong.statuses([1, 2]),
            lambda: wrong.add(1, {"link": LINK, "quantity": "100"}),
            lambda: wrong.refill(1),
            lambda: wrong.refills([1]),
            lambda: wrong.refill_status(1),
            lambda: wrong.refill_statuses([1]),
            lambda: wrong.cancel([1]),
        ]
        for call in calls:
            with pytest.raises(AuthError, match="Invalid API key"):
                call()
    assert panel.orders == {}


def test_client_posts_form_fields_and_never_the_key_as_a_param(
    client: PanelClient, panel: SandboxPanel
) -> None:
    client.add(2, {"link": LINK, "quantity": "100", "runs": "2", "interval": "10"})
    action, params = panel.requests[-1]
    assert action == "add"
    assert params == {
        "action": "add",
        "service": "2",
        "link": LINK,
        "quantity": "100",
        "runs": "2",
        "interval": "10",
    }
    assert "?" not in client.url


def test_repr_shows_url_not_key(client: PanelClient, panel: SandboxPanel) -> None:
    assert panel.url in repr(client)
    assert panel.api_key not in repr(client)
