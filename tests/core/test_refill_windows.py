"""Refill windows: each finished order's window from its service, checked against values
computed by hand; then the same over loopback with the sandbox panel's own orders (completed,
partial, canceled, refilled)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from smmdesk.core.client import PanelClient
from smmdesk.core.models import OrderStatus, Service
from smmdesk.core.order_actions import (
    ActionOutcome,
    refresh_statuses,
    request_cancels,
    request_refills,
)
from smmdesk.core.ordering import place_order
from smmdesk.core.refill_windows import (
    FinishedOrder,
    UnknownWhy,
    WindowBasis,
    WindowState,
    catalogue_lookup,
    read_refill_windows,
    refill_windows,
)
from smmdesk.core.store import LocalState, Store
from smmdesk.core.store import orders as store_orders
from smmdesk.sandbox import SANDBOX_FIXED_SERVICES, SandboxPanel

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
DAY = 86_400.0


def svc(service_id: int, name: str, refill: bool | None, category: str = "Misc") -> Service:
    return Service(service_id, name, "Default", category, Decimal("1"), 10, 1000, refill=refill)


SERVICES = {
    12: svc(12, "Instagram Comment Likes ❤️ [Refill 30 Days]", True),
    1: svc(1, "Instagram Followers [15K]", True, "Instagram - Followers [Guaranteed/Refill]"),
    2: svc(2, "Instagram Followers - Max 300k - No refill", False),
    19: svc(19, "Instagram Likes [ 30 Days ♻️ ]", False),
    30: svc(30, "TikTok Views R30", None),
    31: svc(31, "YouTube Subscribers ♻️ Lifetime Refill", None),
    32: svc(32, "Telegram Members [No Refill]", None),
    33: svc(33, "Telegram Post Views", None),
}


def at(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()


def row(
    local_id: int,
    service_id: int | None,
    finished: float | None,
    status: str = "Completed",
    name: str = "",
    imported: bool = False,
) -> FinishedOrder:
    return FinishedOrder(
        local_id, 1, 9000 + local_id, service_id, name, "https://x", status, imported, finished
    )


def windows(*rows: FinishedOrder) -> list:
    return refill_windows(rows, lambda _panel, sid: SERVICES.get(sid), {}, NOW)


def test_each_kind_of_service_gives_its_window_computed_by_hand() -> None:
    found = {
        w.local_id: w
        for w in windows(
            row(1, 12, at("2026-02-10T12:00")),  # 30 days -> ends 03-12 12:00: 2 days left
            row(2, 12, at("2026-02-20T00:00")),  # ends 03-22 00:00: 11.5 days left
            row(3, 1, at("2026-03-01T00:00")),  # refill offered, days not stated
            row(4, 2, at("2026-03-01T00:00")),  # the flag says no
            row(5, 19, at("2026-03-01T00:00")),  # the name promises 30 days, the flag says no
            row(6, 30, at("2026-01-01T00:00")),  # R30 -> ended 01-31: expired
            row(7, 31, at("2025-01-01T00:00")),  # lifetime
            row(8, 32, at("2026-03-01T00:00")),  # the name says no refill, no flag
            row(9, 33, at("2026-03-01T00:00")),  # nothing stated
            # no longer in the catalogue: the stored name says 7 days -> ends 03-13 00:00
            row(10, 99, at("2026-03-06T00:00"), name="TikTok Followers [R7]"),
            row(11, 12, None),  # never seen finishing
        )
    }
    one = found[1]
    assert one.state is WindowState.ENDING_SOON
    assert (one.days, one.days_left, one.seconds_left) == (30, 2, 2 * DAY)
    assert one.ends_at == datetime(2026, 3, 12, 12, 0, tzinfo=UTC)
    assert one.basis is WindowBasis.CATALOGUE
    two = found[2]
    assert (two.state, two.days_left, two.seconds_left) == (WindowState.INSIDE, 11, 11.5 * DAY)
    assert (found[3].state, found[3].unknown_why) == (
        WindowState.UNKNOWN,
        UnknownWhy.DAYS_NOT_STATED,
    )
    assert (found[4].state, found[4].by_flag) == (WindowState.NO_REFILL, True)
    assert (found[5].state, found[5].by_flag) == (WindowState.NO_REFILL, True)
    six = found[6]
    assert six.state is WindowState.EXPIRED
    assert six.ends_at == datetime(2026, 1, 31, tzinfo=UTC)
    assert six.days_left is None
    assert six.seconds_left == -(38 * DAY + 12 * 3600)
    assert (found[7].state, found[7].ends_at) == (WindowState.LIFETIME, None)
    assert (found[8].state, found[8].by_flag) == (WindowState.NO_REFILL, False)
    assert (found[9].state, found[9].unknown_why) == (WindowState.UNKNOWN, UnknownWhy.NOT_STATED)
    ten = found[10]
    assert (ten.state, ten.basis, ten.days, ten.days_left) == (
        WindowState.ENDING_SOON,
        WindowBasis.ORDER,
        7,
        2,
    )
    assert ten.seconds_left == 2.5 * DAY
    assert ten.service_name == "TikTok Followers [R7]"
    assert (found[11].state, found[11].unknown_why) == (
        WindowState.UNKNOWN,
        UnknownWhy.NOT_SEEN_FINISHING,
    )


def test_ending_soon_first_then_by_time_left_then_the_rest() -> None:
    order = [
        w.local_id
        for w in windows(
            row(1, 33, at("2026-03-01T00:00")),  # unknown
            row(2, 12, at("2026-02-20T00:00")),  # inside, 11.5 days
            row(3, 2, at("2026-03-01T00:00")),  # no refill
            row(4, 30, at("2026-01-01T00:00")),  # expired 38.5 days ago
            row(5, 12, at("2026-02-10T12:00")),  # ending soon, 2 days
            row(6, 31, at("2025-01-01T00:00")),  # lifetime
            row(7, 12, at("2026-02-15T00:00")),  # inside, 6.5 days
            row(8, 30, at("2026-02-01T00:00")),  # expired 7.5 days ago
            row(9, 99, at("2026-03-06T00:00"), name="R7"),  # ending soon, 2.5 days
        )
    ]
    assert order == [5, 9, 7, 2, 6, 1, 8, 4, 3]


@pytest.mark.parametrize(
    ("left", "state", "days_left"),
    [
        (3 * DAY, WindowState.ENDING_SOON, 3),
        (3 * DAY + 1, WindowState.INSIDE, 3),
        (1, WindowState.ENDING_SOON, 0),
        (0, WindowState.EXPIRED, None),
    ],
)
def test_the_three_day_edge(left: float, state: WindowState, days_left: int | None) -> None:
    finished = NOW.timestamp() + left - 30 * DAY
    (window,) = windows(row(1, 12, finished))
    assert (window.state, window.days_left) == (state, days_left)


def test_partial_orders_count_only_where_the_service_allows_refills() -> None:
    found = windows(
        row(1, 12, at("2026-03-01T00:00"), status="Partial"),  # flag says yes
        row(2, 2, at("2026-03-01T00:00"), status="Partial"),  # flag says no
        row(3, 30, at("2026-03-01T00:00"), status="Partial"),  # no flag, the name says R30
        row(4, 33, at("2026-03-01T00:00"), status="Partial"),  # nothing says yes
        row(5, 12, at("2026-03-01T00:00"), status="Canceled"),
    )
    assert sorted(w.local_id for w in found) == [1, 3]


def test_a_service_is_read_once_however_many_orders_it_has() -> None:
    asked: list[int] = []

    def lookup(_panel: int, service_id: int) -> Service | None:
        asked.append(service_id)
        return SERVICES.get(service_id)

    rows = [row(n, 12, at("2026-03-01T00:00")) for n in range(50)]
    assert len(refill_windows(rows, lookup, {}, NOW)) == 50
    assert asked == [12]


def test_the_catalogue_saved_for_a_panel_serves_when_it_is_not_open(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.sqlite3") as store:
        open_panel = store.add_panel("Open", "https://a.example/api/v2")
        saved = store.add_panel("Saved", "https://b.example/api/v2")
        unread = store.add_panel("Never fetched", "https://c.example/api/v2")
        entry = {"service": 5, "name": "Likes R15", "type": "Default", "category": "X"}
        store.save_catalog(saved, json.dumps([{**entry, "rate": "1", "min": 1, "max": 9}]).encode())
        lookup = catalogue_lookup(store, [open_panel, saved, unread], {open_panel: SERVICES.get})
        assert lookup(open_panel, 12) is SERVICES[12]
        found = lookup(saved, 5)
        assert found is not None
        assert found.name == "Likes R15"
        assert lookup(unread, 5) is None


# -- over loopback, the sandbox panel's own orders --------------------------------------------
COMMENT_LIKES = SANDBOX_FIXED_SERVICES["Comment Likes"]  # "[Refill 30 Days]", refill allowed
DEFAULT = SANDBOX_FIXED_SERVICES["Default"]  # refill allowed, days not stated
NO_REFILL_FLAG = SANDBOX_FIXED_SERVICES["Default dripfeed"]  # "No refill", flag 0
NAME_ONLY = SANDBOX_FIXED_SERVICES["Default no refill"]  # "30 Days ♻️", flag false
DONE = 60 + 1800 + 1  # sandbox seconds after which any ordinary order has finished
T0 = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)  # when the app first sees them finished


@pytest.fixture
def sandbox() -> Iterator[SandboxPanel]:
    with SandboxPanel(services=200, seed=3, balance=Decimal("1000"), speed=0.0) as panel:
        yield panel


@pytest.fixture
def client(sandbox: SandboxPanel) -> Iterator[PanelClient]:
    with PanelClient(sandbox.url, sandbox.api_key, max_retries=0, read_timeout=5) as opened:
        yield opened


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "orders.sqlite3") as opened:
        yield opened


def place(store: Store, client: PanelClient, panel_id: int, service: Service, link: str) -> int:
    params = {"link": link, "quantity": "100"}
    if service.type == "Comment Likes":
        params["username"] = "owner"
    placement = place_order(store, client, panel_id, service, params, cost=None, quantity=100)
    assert placement.order_id is not None, placement.message
    return placement.local_id


def test_sandbox_orders_get_their_windows_and_last_refill(
    store: Store, client: PanelClient, sandbox: SandboxPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel_id = store.add_panel("Sandbox", sandbox.url, currency="USD")
    services = {s.id: s for s in client.services()}
    likes = place(store, client, panel_id, services[COMMENT_LIKES], "https://instagram.com/p/a")
    likes_partial = place(
        store, client, panel_id, services[COMMENT_LIKES], "https://instagram.com/p/partial-b"
    )
    no_flag_partial = place(
        store, client, panel_id, services[NO_REFILL_FLAG], "https://instagram.com/p/partial-c"
    )
    canceled = place(store, client, panel_id, services[DEFAULT], "https://instagram.com/p/d")
    name_only = place(store, client, panel_id, services[NAME_ONLY], "https://instagram.com/p/e")
    unstated = place(store, client, panel_id, services[DEFAULT], "https://instagram.com/p/f")
    (cancel,) = request_cancels(store, client, panel_id, [canceled])
    assert cancel.outcome is ActionOutcome.ACCEPTED
    sandbox.advance(DONE)
    # the app sees them finished at T0
    monkeypatch.setattr(store_orders, "_now", lambda: T0)
    every = [likes, likes_partial, no_flag_partial, canceled, name_only, unstated]
    refresh_statuses(store, client, panel_id, every)
    monkeypatch.undo()
    assert store.get_order(likes_partial).status is OrderStatus.PARTIAL
    assert store.get_order(canceled).status is OrderStatus.CANCELED
    (refill,) = request_refills(store, client, panel_id, [likes], services=services.get)
    assert refill.outcome is ActionOutcome.ACCEPTED

    known = {panel_id: services.get}
    soon = {w.local_id: w for w in read_refill_windows(store, T0 + timedelta(days=28), known)}

    # canceled, and partial where the service says no refill: no window at all
    assert set(soon) == {likes, likes_partial, name_only, unstated}
    ends = T0 + timedelta(days=30)
    for local_id in (likes, likes_partial):
        assert soon[local_id].state is WindowState.ENDING_SOON
        assert (soon[local_id].finished_at, soon[local_id].ends_at) == (T0, ends)
        assert soon[local_id].days_left == 2
    assert (soon[name_only].state, soon[name_only].by_flag) == (WindowState.NO_REFILL, True)
    assert soon[unstated].unknown_why is UnknownWhy.DAYS_NOT_STATED
    last = soon[likes].last_refill
    assert last is not None
    assert (last.state, last.panel_refill_id) == (LocalState.ACCEPTED, refill.refill_id)
    assert soon[likes_partial].last_refill is None
    order = [w.local_id for w in read_refill_windows(store, T0 + timedelta(days=28), known)]
    assert order[:2] == sorted([likes, likes_partial])  # ending soon first (equal time left)
    assert order[2:] == [unstated, name_only]

    early = {w.local_id: w for w in read_refill_windows(store, T0 + timedelta(days=10), known)}
    assert (early[likes].state, early[likes].days_left) == (WindowState.INSIDE, 20)
    late = read_refill_windows(store, T0 + timedelta(days=30, seconds=1), known)
    assert [(w.local_id, w.state) for w in late] == [
        (unstated, WindowState.UNKNOWN),
        (likes, WindowState.EXPIRED),
        (likes_partial, WindowState.EXPIRED),
        (name_only, WindowState.NO_REFILL),
    ]


def test_without_the_catalogue_the_stored_service_name_decides(
    store: Store, client: PanelClient, sandbox: SandboxPanel
) -> None:
    panel_id = store.add_panel("Sandbox", sandbox.url, currency="USD")
    services = {s.id: s for s in client.services()}
    likes = place(store, client, panel_id, services[COMMENT_LIKES], "https://instagram.com/p/a")
    sandbox.advance(DONE)
    refresh_statuses(store, client, panel_id, [likes])
    # no catalogue known or saved: "[Refill 30 Days]" in the stored name
    (window,) = read_refill_windows(store, datetime.now(UTC))
    assert (window.basis, window.days, window.state) == (
        WindowBasis.ORDER,
        30,
        WindowState.INSIDE,
    )
    assert window.days_left == 29
