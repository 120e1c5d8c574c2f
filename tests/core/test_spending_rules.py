"""Spending rules and sums, checked against hand-computed figures."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from smmdesk.core.models import OrderState, OrderStatus
from smmdesk.core.spending import GroupBy, Period, bucket_start, order_spent, spending_report
from smmdesk.core.store import Store
from smmdesk.core.store.records import LocalState, OrderRecord, SpendRow

D = Decimal


@pytest.fixture
def base(tmp_path: Path) -> OrderRecord:
    """One real order record from the store, to vary."""
    store = Store.open(tmp_path / "s.sqlite3")
    panel_id = store.add_panel("P", "https://p.example/api/v2")
    local_id = store.import_order(panel_id, 1, service_id=1, service_name="x", quantity=1000)
    record = store.get_order(local_id)
    store.close()
    # placed when recorded (never sent): ``created_at`` is its day below
    return replace(record, state=LocalState.ACCEPTED, status=OrderStatus.COMPLETED, sent_at=None)


def order(base: OrderRecord, **changes: object) -> OrderRecord:
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_completed_order_counts_its_charge_or_its_cost_before_the_panel_said(
    base: OrderRecord,
) -> None:
    assert order_spent(order(base, charge=D("1.80"), cost=D("2.00"))) == D("1.80")
    assert order_spent(order(base, charge=None, cost=D("2.00"), status=None)) == D("2.00")


def test_a_partial_order_counts_the_refunded_share_back_whatever_charge_the_panel_shows(
    base: OrderRecord,
) -> None:
    partial = order(base, status=OrderStatus.PARTIAL, quantity=2000, remains=500, cost=D("1.80"))
    # the panel kept the first charge, or lowered it itself: 1.80 x 1500/2000 = 1.35 both ways
    assert order_spent(replace(partial, charge=D("1.80"))) == D("1.35")
    assert order_spent(replace(partial, charge=D("1.35"))) == D("1.35")
    # imported by id (no cost known): the charge as the panel reports it
    assert order_spent(replace(partial, charge=D("1.35"), cost=None)) == D("1.35")


def test_cancelled_refused_and_unknown_orders(base: OrderRecord) -> None:
    assert order_spent(order(base, status=OrderStatus.CANCELED, charge=D("0.90"))) == 0
    assert order_spent(order(base, state=LocalState.REJECTED, cost=D("0.90"))) == 0
    assert order_spent(order(base, state=LocalState.NOT_PLACED, cost=D("0.90"))) == 0
    assert order_spent(order(base, state=LocalState.UNKNOWN, cost=D("0.90"))) is None


def test_buckets_start_on_the_day_the_monday_and_the_first() -> None:
    day = date(2026, 3, 12)  # a Thursday
    assert bucket_start(day, Period.DAY) == day
    assert bucket_start(day, Period.WEEK) == date(2026, 3, 9)
    assert bucket_start(day, Period.MONTH) == date(2026, 3, 1)


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


def test_a_report_sums_per_bucket_and_group_and_never_across_currencies(
    base: OrderRecord,
) -> None:
    orders = [
        order(base, panel_id=1, created_at=at(2), charge=D("1.00"), currency="USD"),
        order(base, panel_id=1, created_at=at(3), charge=D("2.50"), currency="USD"),
        order(base, panel_id=2, created_at=at(3), charge=D("4.00"), currency="USD"),
        order(base, panel_id=3, created_at=at(10), charge=D("7.00"), currency="EUR"),
        order(base, panel_id=1, created_at=at(10), status=OrderStatus.CANCELED, charge=D("9")),
        order(base, panel_id=1, created_at=at(11), state=LocalState.UNKNOWN, cost=D("5")),
        order(base, panel_id=1, created_at=at(20), charge=D("100"), currency="USD"),  # after
    ]
    report = spending_report(
        orders,
        first=date(2026, 3, 1),
        last=date(2026, 3, 15),
        period=Period.WEEK,
        group_by=GroupBy.PANEL,
        panel_names={1: "Alpha", 2: "Beta", 3: "Gamma"},
        currency_of=lambda o: "USD",
        tz=UTC,
    )
    eur, usd = report.currencies
    assert (eur.currency, usd.currency) == ("EUR", "USD")
    # weeks of Feb 23, Mar 2 and Mar 9 (Mondays), empty ones included
    assert usd.buckets == (date(2026, 2, 23), date(2026, 3, 2), date(2026, 3, 9))
    assert usd.cells == {
        (date(2026, 3, 2), "Alpha"): D("3.50"),
        (date(2026, 3, 2), "Beta"): D("4.00"),
        (date(2026, 3, 9), "Alpha"): D("0"),  # the cancelled order: counted, zero
    }
    assert usd.groups == ("Beta", "Alpha")  # largest first
    assert usd.total == D("7.50")
    assert usd.bucket_totals[date(2026, 2, 23)] == 0
    assert eur.total == D("7.00")
    assert [o.placed_at for o in report.unknown] == [at(11)]


def test_a_report_groups_by_platform_and_product_from_the_service_name(
    base: OrderRecord,
) -> None:
    orders = [
        order(base, service_name="Instagram Followers [Real]", charge=D("2")),
        order(base, service_name="Instagram Likes - fast", charge=D("1")),
        order(base, service_name="TikTok Followers", charge=D("3")),
        order(base, service_name="Something odd", charge=D("0.5")),
    ]
    days = {"first": date(2000, 1, 1), "last": date(2100, 1, 1), "period": Period.MONTH}
    by_platform = spending_report(orders, group_by=GroupBy.PLATFORM, **days).currencies[0]  # type: ignore[arg-type]
    assert by_platform.group_totals == {"instagram": D("3"), "tiktok": D("3"), "": D("0.5")}
    by_product = spending_report(orders, group_by=GroupBy.PRODUCT, **days).currencies[0]  # type: ignore[arg-type]
    assert by_product.group_totals == {"followers": D("5"), "likes": D("1"), "": D("0.5")}


def test_days_follow_the_users_time_zone(base: OrderRecord) -> None:
    from datetime import timezone

    riyadh = timezone(timedelta(hours=3))
    late = order(base, created_at=datetime(2026, 3, 1, 22, 30, tzinfo=UTC), charge=D("1"))
    report = spending_report([late], first=date(2026, 3, 1), last=date(2026, 3, 3), tz=riyadh)
    assert list(report.currencies[0].cells) == [(date(2026, 3, 2), f"#{late.panel_id}")]


def test_the_light_rows_read_the_same_orders_as_the_records(tmp_path: Path) -> None:
    """``Store.spending_rows`` (the window's read) agrees with the full records, drafts out and
    the dates bounded."""
    store = Store.open(tmp_path / "rows.sqlite3")
    panel = store.add_panel("P", "https://p.example/api/v2", currency="EUR")
    state = OrderState(7, OrderStatus.PARTIAL, "Partial", charge=D("1.35"), remains=500)
    store.import_order(panel, 7, service_id=1, service_name="IG Likes", quantity=2000,
                       cost=D("1.80"), state=state)  # fmt: skip
    sent = store.create_intent(panel_id=panel, service_id=2, service_name="TikTok Views",
                               service_type="Default", params={"link": "x", "quantity": "100"},
                               cost=D("0.05"), quantity=100)  # fmt: skip
    store.begin_sending(sent)
    store.mark_unknown(sent, "timeout")
    store.create_intent(panel_id=panel, service_id=3, service_name="Draft", service_type="Default",
                        params={}, cost=D("1"), quantity=1, draft=True)  # fmt: skip
    records = [SpendRow.of(r) for r in store.list_orders() if r.state is not LocalState.DRAFT]
    assert sorted(store.spending_rows(), key=repr) == sorted(records, key=repr)
    assert len(records) == 2
    later = max(r.placed_at for r in records) + timedelta(seconds=1)
    assert store.spending_rows(since=later) == []
    assert len(store.spending_rows(until=later)) == 2
    store.close()


def test_the_csv_never_lets_a_panels_text_run_as_a_formula(
    base: OrderRecord, tmp_path: Path
) -> None:
    from smmdesk.core.spending import write_spending_csv

    orders = [
        order(base, service_name='=HYPERLINK("http://evil.example","x")', charge=D("1")),
        order(
            base,
            service_name="Likes",
            status=OrderStatus.PARTIAL,
            quantity=3,
            remains=1,
            cost=D("4"),
            charge=D("4"),
            currency="usd",
        ),
        order(base, service_name="Likes", charge=D("1"), currency="USD"),
    ]
    report = spending_report(orders, first=date(2000, 1, 1), last=date(2100, 1, 1),
                             period=Period.MONTH, group_by=GroupBy.SERVICE)  # fmt: skip
    assert [c.currency for c in report.currencies] == ["", "USD"]  # "usd" is USD
    path = tmp_path / "s.csv"
    write_spending_csv(path, report)
    text = path.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text
    assert ",Likes,USD,3.666667" in text  # 4 × 2/3 + 1, to six decimals
