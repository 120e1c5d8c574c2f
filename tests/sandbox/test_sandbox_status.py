"""``status`` and ``balance`` on the sandbox, and how orders progress on the sandbox clock."""

from __future__ import annotations

import time
from decimal import Decimal

from smmdesk.core.models import OrderStatus
from smmdesk.sandbox import SANDBOX_FIXED_SERVICES as FIXED
from smmdesk.sandbox import SandboxPanel

from .conftest import Api

DEFAULT = FIXED["Default"]


def test_order_goes_pending_in_progress_completed_as_the_clock_advances(api: Api) -> None:
    oid = api.add(service=DEFAULT, link="https://x.com/a", quantity=1000)
    first = api.call("status", order=oid)
    assert first == {"charge": "0.90000", "start_count": "0", "status": "Pending",
                     "remains": "1000", "currency": "USD"}  # fmt: skip
    api.panel.advance(120)
    middle = api.call("status", order=oid)
    assert middle["status"] == "In progress"
    assert 0 < int(middle["remains"]) < 1000
    assert int(middle["start_count"]) > 0
    api.panel.advance(30)
    later = api.call("status", order=oid)
    assert int(later["remains"]) < int(middle["remains"])
    api.panel.advance(3600)
    done = api.call("status", order=oid)
    assert (done["status"], done["remains"]) == ("Completed", "0")
    assert done["start_count"] == middle["start_count"]
    assert api.panel.orders[oid].status == "Completed"


def test_frozen_clock_means_nothing_moves_without_advance(api: Api) -> None:
    oid = api.add(service=DEFAULT, link="https://x.com/a", quantity=100)
    time.sleep(0.05)  # real time passing must not matter at speed 0
    assert api.call("status", order=oid)["status"] == "Pending"


def test_speed_runs_orders_to_completion_in_real_time() -> None:
    with SandboxPanel(services=100, speed=7200.0) as fast:
        client = Api(fast)
        oid = client.add(service=DEFAULT, link="https://x.com/a", quantity=50)
        deadline = time.monotonic() + 5
        seen: list[str] = []
        while time.monotonic() < deadline:
            status = client.call("status", order=oid)["status"]
            if not seen or seen[-1] != status:
                seen.append(status)
            if status == "Completed":
                break
        client.session.close()
    assert seen[-1] == "Completed"
    assert set(seen) <= {"Pending", "In progress", "Completed"}


def test_partial_link_ends_partial_and_refunds_the_undelivered_part(api: Api) -> None:
    oid = api.add(service=DEFAULT, link="https://x.com/partial-test", quantity=1000)
    api.panel.advance(3600)
    answer = api.call("status", order=oid)
    assert answer["status"] == "Partial"
    remains = int(answer["remains"])
    assert 0 < remains < 1000
    charge = Decimal("0.90") * (1000 - remains) / 1000
    assert Decimal(answer["charge"]) == charge
    assert api.panel.balance == Decimal(1000) - charge
    assert Decimal(api.call("balance")["balance"]) == Decimal(1000) - charge


def test_slow_link_stays_in_progress_until_advanced_a_lot(api: Api) -> None:
    oid = api.add(service=DEFAULT, link="https://x.com/slow", quantity=100)
    api.panel.advance(86400)
    assert api.call("status", order=oid)["status"] == "In progress"
    api.panel.advance(40 * 86400)
    assert api.call("status", order=oid)["status"] == "Completed"


def test_subscription_is_active_then_completed(api: Api) -> None:
    oid = api.add(service=FIXED["Subscriptions"], username="natgeo", min=50, max=100, delay=0)
    api.panel.advance(100)
    assert api.call("status", order=oid)["status"] == "Active"
    api.panel.advance(3600)
    assert api.call("status", order=oid)["status"] == "Completed"


def test_multi_status_is_keyed_by_string_ids_with_every_status_spelling(api: Api) -> None:
    ids = [api.add(service=DEFAULT, link=f"https://x.com/{i}", quantity=100) for i in range(4)]
    api.panel.advance(100)
    answer = api.call("status", orders=",".join(map(str, ids)))
    assert list(answer) == [str(i) for i in ids]
    spellings = {answer[str(i)]["status"] for i in ids}
    assert spellings == {"In progress", "in_progress", "processing"}
    for entry in answer.values():
        assert not OrderStatus.from_text(entry["status"]).is_terminal
        assert OrderStatus.from_text(entry["status"]) is not OrderStatus.UNKNOWN
        assert entry["charge"] == "0.09000"
    # the seed panel's style: "order" echoed, no currency
    seed_style = next(e for e in answer.values() if e["status"] == "processing")
    assert "currency" not in seed_style
    assert seed_style["order"] in answer


def test_unknown_orders_answer_like_the_seed_panel(api: Api) -> None:
    oid = api.add(service=DEFAULT, link="https://x.com/a", quantity=100)
    answer = api.call("status", orders=f"{oid}, 1,2 ,abc,")
    assert answer["1"] == "Incorrect order ID"  # odd ids: the bare string
    assert answer["2"] == {"error": "Incorrect order ID"}
    assert answer["abc"] == {"error": "Incorrect order ID"}
    assert answer[str(oid)]["status"] == "Pending"
    assert api.call("status", order=99) == {"error": "Incorrect order ID"}
    assert api.call("status") == {"error": "Incorrect order ID"}


def test_more_than_100_ids_is_an_error(api: Api) -> None:
    assert "error" in api.call("status", orders=",".join(str(i) for i in range(1, 102)))
    assert len(api.call("status", orders=",".join(str(i) for i in range(1, 101)))) == 100


def test_balance_answer_spends_exactly_and_sometimes_says_success() -> None:
    with SandboxPanel(services=50, speed=0, balance=Decimal("100.84292"), currency="EUR") as p:
        client = Api(p)
        first = client.call("balance")
        assert first == {"status": "success", "balance": "100.84292", "currency": "EUR"}
        client.add(service=FIXED["Default cheap"], link="https://yt.com/v", quantity=1000)
        assert client.call("balance") == {"balance": "100.84262", "currency": "EUR"}
        client.add(service=FIXED["Default cheap"], link="https://yt.com/w", quantity=1001)
        # exactness beats the usual five decimals
        assert client.call("balance")["balance"] == "100.8423197"
        client.session.close()
