"""Every balance in one place: spending, the forecast, the low-balance threshold with its
warn-once-per-crossing state and the total in the user's currency, checked against figures
worked out by hand, with the balances and statuses read over loopback from sandbox panels in
three currencies."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from smmdesk.core.balances import (
    ForecastCode,
    LowBalanceRule,
    LowBalanceWatch,
    PanelSpending,
    ThresholdMode,
    balance_lines,
    daily_spending,
    forecast,
    order_spent,
    spending_by_panel,
    threshold,
    totals,
)
from smmdesk.core.client import PanelClient
from smmdesk.core.models import Balance, OrderStatus
from smmdesk.core.polling import poll_cycle
from smmdesk.core.store import LocalState, SpendRow, Store
from smmdesk.sandbox import SandboxPanel

DEFAULT = 1  # sandbox fixed service "Default": 0.90 per 1000
RATE = Decimal("0.90")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "orders.sqlite3") as opened:
        yield opened


@pytest.fixture
def panels() -> Iterator[dict[str, SandboxPanel]]:
    started = {
        "USD": SandboxPanel(services=50, seed=3, balance=Decimal("1000"), speed=0.0),
        "EUR": SandboxPanel(services=50, seed=4, balance=Decimal("500"), currency="EUR", speed=0.0),
        "GBP": SandboxPanel(services=50, seed=5, balance=Decimal("200"), currency="GBP", speed=0.0),
    }
    for panel in started.values():
        panel.start()
    try:
        yield started
    finally:
        for panel in started.values():
            panel.stop()


def _client(panel: SandboxPanel) -> PanelClient:
    return PanelClient(
        panel.url, panel.api_key, max_retries=0, sleep=lambda _: None, rng=random.Random(1)
    )


def _order(
    store: Store,
    client: PanelClient,
    panel_id: int,
    quantity: int,
    days_ago: float,
    now: datetime,
) -> tuple[int, int]:
    """An order accepted by the sandbox, tracked with its cost, placed ``days_ago``."""
    link = f"https://x.test/p/{quantity}/{days_ago}"  # one active order per link
    panel_order = client.add(DEFAULT, {"link": link, "quantity": str(quantity)})
    local = store.import_order(
        panel_id,
        panel_order.order_id,
        service_id=DEFAULT,
        quantity=quantity,
        cost=RATE * quantity / 1000,
    )
    _set_placed(store, local, now - timedelta(days=days_ago))
    return local, panel_order.order_id


def _set_placed(store: Store, local_id: int, at: datetime) -> None:
    with sqlite3.connect(store.path) as conn:
        conn.execute(
            "UPDATE orders SET created_at = ?, sent_at = ? WHERE local_id = ?",
            (at.isoformat(timespec="microseconds"),) * 2 + (local_id,),
        )


def _unknown(store: Store, panel_id: int, cost: Decimal, at: datetime) -> int:
    local = store.create_intent(
        panel_id=panel_id,
        service_id=DEFAULT,
        service_name="Default",
        service_type="Default",
        params={"link": "https://x.test/u", "quantity": "1000"},
        cost=cost,
        quantity=1000,
    )
    store.begin_sending(local)
    store.mark_unknown(local, "read timeout")
    _set_placed(store, local, at)
    return local


def test_balances_spending_forecast_and_total_over_loopback(
    store: Store, panels: dict[str, SandboxPanel]
) -> None:
    now = datetime.now(UTC)
    ids = {code: store.add_panel(code, p.url) for code, p in panels.items()}
    usd, eur = panels["USD"], panels["EUR"]
    with _client(usd) as client:
        _order(store, client, ids["USD"], 10_000, 2, now)  # completed: 9.00
        _, partial = _order(store, client, ids["USD"], 10_000, 5, now)  # 4,000 left: 5.40
        _, canceled = _order(store, client, ids["USD"], 10_000, 10, now)  # refunded: 0
        _order(store, client, ids["USD"], 5_000, 20, now)  # completed: 4.50
        _order(store, client, ids["USD"], 10_000, 40, now)  # outside both windows: 9.00
    _unknown(store, ids["USD"], Decimal("100"), now - timedelta(days=1))  # never summed
    usd.set_status(partial, "Partial", remains=4_000)
    usd.set_status(canceled, "Canceled")
    with _client(eur) as client:
        _order(store, client, ids["EUR"], 10_000, 1, now)  # 9.00 EUR, one day of history
    for code, panel in panels.items():
        with _client(panel) as client:
            result = poll_cycle(store, client, ids[code])
            assert result.error is None

    balances = store.last_balances()
    # by hand: 1000 - 9.00 - 5.40 - 0 - 4.50 - 9.00 = 972.10; 500 - 9.00 = 491.00
    assert balances[ids["USD"]].amount == Decimal("972.10")
    assert balances[ids["USD"]].currency == "USD"
    assert balances[ids["EUR"]].amount == Decimal("491.00")
    assert balances[ids["EUR"]].currency == "EUR"
    assert balances[ids["GBP"]].amount == Decimal("200.00")
    assert now - timedelta(minutes=1) < balances[ids["USD"]].read_at <= datetime.now(UTC)

    spending = spending_by_panel(
        store.spending_rows(now - timedelta(days=30)), store.first_placements(), now
    )
    assert spending[ids["USD"]].last_7 == Decimal("14.40")  # 9.00 + 5.40
    assert spending[ids["USD"]].last_30 == Decimal("18.90")  # + 0 (canceled) + 4.50
    assert spending[ids["USD"]].unknown == 1  # the 100.00 UNKNOWN is not in the sums
    assert spending[ids["EUR"]].last_7 == Decimal("9.00")

    rules = {ids["EUR"]: LowBalanceRule(ThresholdMode.FIXED, Decimal("495"))}
    found = balance_lines(ids.values(), balances, spending, rules, now)
    lines = {line.panel_id: line for line in found}
    usd_line = lines[ids["USD"]]
    assert usd_line.forecast is not None
    assert usd_line.forecast.code is ForecastCode.RUNS_OUT
    assert usd_line.forecast.days == 472  # 972.10 / (14.40 / 7) = 472.5
    assert usd_line.threshold == Decimal("14.40") / 7 * 3  # three days: about 6.17
    eur_line = lines[ids["EUR"]]
    assert eur_line.forecast is not None
    assert eur_line.forecast.code is ForecastCode.NOT_ENOUGH_HISTORY  # one day only
    assert eur_line.threshold == Decimal("495")  # fixed by the user
    gbp_line = lines[ids["GBP"]]
    assert gbp_line.forecast is not None
    assert gbp_line.forecast.code is ForecastCode.NOT_ENOUGH_HISTORY  # no orders at all
    assert gbp_line.threshold is None  # automatic, with nothing to go by: no warning

    summed = totals(
        [(b.amount, b.currency) for b in balances.values()], "usd", {"EUR": Decimal("1.10")}
    )
    # by hand: 972.10 + 491.00 × 1.10 = 972.10 + 540.10 = 1512.20; GBP has no rate
    assert summed.currency == "USD"
    assert summed.total == Decimal("1512.20")
    assert summed.counted == 2
    assert dict(summed.apart) == {"GBP": Decimal("200.00")}


def test_a_currency_without_a_rate_is_never_added_into_the_total() -> None:
    amounts = [
        (Decimal("10"), "USD"),
        (Decimal("20"), "EUR"),
        (Decimal("30"), "TRY"),
        (Decimal("5"), "TRY"),
        (Decimal("7"), ""),
    ]
    rates = {"eur": Decimal("1.5"), "TRY": Decimal("0"), "RUB": Decimal("0.01")}
    summed = totals(amounts, "USD", rates)
    assert summed.total == Decimal("40.0")  # 10 + 20 × 1.5; TRY (rate 0) and "" stay apart
    assert dict(summed.apart) == {"": Decimal("7"), "TRY": Decimal("35")}
    assert summed.counted == 2


def _row(**changes: object) -> SpendRow:
    fields: dict[str, object] = {
        "panel_id": 1,
        "service_id": 1,
        "service_name": "Instagram Likes",
        "currency": "USD",
        "placed_at": datetime(2026, 1, 10, tzinfo=UTC),
        "state": LocalState.ACCEPTED,
        "status": OrderStatus.COMPLETED,
        "charge": Decimal("9.00"),
        "cost": Decimal("9.00"),
        "quantity": 10_000,
        "remains": 0,
    }
    fields.update(changes)
    return SpendRow(**fields)  # type: ignore[arg-type]


def test_what_one_order_spent() -> None:
    assert order_spent(_row()) == Decimal("9.00")
    # a panel that still reports the full charge: the refunded share (rate × remains) back
    assert order_spent(_row(status=OrderStatus.PARTIAL, remains=4_000)) == Decimal("5.4")
    # a panel that reports the reduced charge already: taken at its word, not reduced twice
    reduced = _row(status=OrderStatus.PARTIAL, remains=4_000, charge=Decimal("5.40"))
    assert order_spent(reduced) == Decimal("5.40")
    assert order_spent(_row(status=OrderStatus.CANCELED)) == 0
    assert order_spent(_row(state=LocalState.UNKNOWN)) is None
    assert order_spent(_row(state=LocalState.REJECTED)) == 0
    # the panel has not said yet: the cost worked out at placement
    assert order_spent(_row(status=None, charge=None)) == Decimal("9.00")


def test_the_forecast_needs_three_days_of_history_and_some_spending() -> None:
    now = datetime(2026, 3, 1, tzinfo=UTC)
    young = PanelSpending(Decimal("10"), Decimal("10"), 0, now - timedelta(days=2, hours=23))
    assert forecast(Decimal("100"), young, now).code is ForecastCode.NOT_ENOUGH_HISTORY
    # three days of history: the 7-day window is cut to those 3 days (10 / 3 a day)
    three = PanelSpending(Decimal("10"), Decimal("10"), 0, now - timedelta(days=3))
    assert forecast(Decimal("100"), three, now).days == 30
    idle = PanelSpending(Decimal(0), Decimal(0), 0, now - timedelta(days=90))
    assert forecast(Decimal("100"), idle, now).code is ForecastCode.NO_RECENT_SPENDING
    # nothing in 7 days: the 30-day mean (30 / 30 = 1 a day)
    quiet = PanelSpending(Decimal(0), Decimal("30"), 0, now - timedelta(days=90))
    assert daily_spending(quiet, now) == 1
    assert forecast(Decimal("12.5"), quiet, now).days == 12
    assert forecast(Decimal("-3"), quiet, now).days == 0


def test_low_balance_warns_once_per_crossing_and_rearms_above() -> None:
    watch = LowBalanceWatch()
    level = threshold(LowBalanceRule(), Decimal("2"))  # auto: 3 days × 2 a day
    assert level == 6
    readings = ["10", "7", "5.99", "5", "4", "3", "6", "8", "5", "5", "2"]
    warned = [watch.update(1, Decimal(r), level) for r in readings]
    # warned when going under 6 (5.99), again only after coming back to 6 or more (6) and
    # going under again (5); never on the polls in between
    assert warned == [False, False, True, False, False, False, False, False, True, False, False]
    assert watch.is_below(1)
    # another panel has its own state
    assert watch.update(2, Decimal("1"), Decimal("6")) is True
    # no threshold (off, or automatic without history): nothing, and the state is forgotten
    assert threshold(LowBalanceRule(ThresholdMode.OFF), Decimal("2")) is None
    assert threshold(LowBalanceRule(), None) is None
    assert watch.update(1, Decimal("1"), None) is False
    assert watch.update(1, Decimal("1"), Decimal("6")) is True


def test_a_balance_read_is_kept_with_its_time_and_replaced_by_the_next(store: Store) -> None:
    pid = store.add_panel("P", "https://p.test/api/v2")
    at = datetime(2026, 2, 1, 12, tzinfo=UTC)
    store.save_balance(pid, Balance(Decimal("12.50"), "usd"), read_at=at)
    first = store.last_balances()[pid]
    assert (first.amount, first.currency, first.read_at) == (Decimal("12.50"), "USD", at)
    assert store.get_panel(pid).currency == "USD"  # the panel's currency: its balance's
    store.save_balance(pid, Balance(Decimal("3"), "EUR"))
    assert store.last_balances()[pid].amount == Decimal("3")
    assert store.last_balances()[pid].currency == "EUR"
    assert store.get_panel(pid).currency == "EUR"
    store.save_balance(pid, Balance(Decimal("4"), ""))  # no currency named: kept as it was
    assert store.get_panel(pid).currency == "EUR"
    assert store.last_balances()[pid].currency == "EUR"
    assert store.last_balances()[pid].amount == Decimal("4")
    store.remove_panel(pid, purge=True)
    assert store.last_balances() == {}


def test_a_history_starts_with_its_first_order_placed_not_a_draft(tmp_path: Path) -> None:
    """A draft or a refused order spent nothing: it does not make the history longer (which
    would lower the daily rate and the automatic warning level)."""
    store = Store.open(tmp_path / "first.sqlite3")
    panel = store.add_panel("P", "https://p.example/api/v2")
    store.create_intent(panel_id=panel, service_id=1, service_name="Likes", service_type="Default",
                        params={}, cost=Decimal("1"), quantity=100, draft=True)  # fmt: skip
    assert panel not in store.first_placements()
    store.import_order(panel, 5, service_id=1, service_name="Likes", quantity=100)
    assert panel in store.first_placements()
    store.close()
