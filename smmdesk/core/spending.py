"""What the user spent, from the local order history: per order, then per day, week or month,
grouped by panel, service, platform or product.

The rules (one place, for the Spending view and its CSV):

- An order placed (ACCEPTED) counts what the panel charged for it: the ``charge`` of its last
  status answer, or, before the panel has said, the cost the form computed when it was placed.
- A **partial** order counts the refunded share back: panels return the undelivered part to the
  balance (rate × remains). Some then report the lowered charge, some keep the first one, so it
  counts ``cost × (quantity − remains) / quantity`` from the cost computed when it was placed,
  or the reported charge when that is lower; the reported charge when the cost, the quantity or
  the remains are unknown (an order imported by id).
- A **cancelled** order counts zero (the panel refunds it).
- An order whose placement is **UNKNOWN** (sent, no answer) may or may not have been paid for:
  it is listed apart and never summed as spent. Refused, unsent, draft and settled-as-not-placed
  orders spent nothing.
- Amounts are in the order's own currency and never added across currencies: every figure is
  per currency.
- An order belongs to the local calendar day it was placed on (sent; recorded, for one never
  sent) in the time zone given, the user's by default; weeks start on Monday; months on the 1st.
"""

from __future__ import annotations

import csv
import os
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from smmdesk.core.export import cell_text
from smmdesk.core.models import OrderStatus
from smmdesk.core.store.records import LocalState, OrderRecord, SpendRow

__all__ = [
    "GroupBy",
    "Period",
    "SpendingReport",
    "bucket_start",
    "order_spent",
    "spending_report",
    "write_spending_csv",
]

ZERO = Decimal(0)


class Period(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class GroupBy(StrEnum):
    PANEL = "panel"
    SERVICE = "service"
    PLATFORM = "platform"
    PRODUCT = "product"


def order_spent(order: OrderRecord | SpendRow) -> Decimal | None:
    """What ``order`` cost the user by the rules above; None when its placement is UNKNOWN (it
    may or may not have been paid for: listed apart, never summed)."""
    if order.state is LocalState.UNKNOWN or order.state is LocalState.SENDING:
        return None
    if order.state is not LocalState.ACCEPTED:
        return ZERO
    if order.status is OrderStatus.CANCELED:
        return ZERO
    charged = order.charge if order.charge is not None else order.cost
    if charged is None:
        return ZERO  # an order imported by id before its first status answer: nothing known
    if order.status is OrderStatus.PARTIAL:
        quantity, remains, cost = order.quantity, order.remains, order.cost
        if cost is not None and quantity and remains is not None and 0 <= remains <= quantity:
            return min(charged, cost * (quantity - remains) / quantity)
    return charged


def bucket_start(day: date, period: Period) -> date:
    """The first day of the day, week (Monday) or month ``day`` falls in."""
    if period is Period.WEEK:
        return day - timedelta(days=day.weekday())
    if period is Period.MONTH:
        return day.replace(day=1)
    return day


def _buckets(first: date, last: date, period: Period) -> list[date]:
    """Every bucket from the one holding ``first`` to the one holding ``last``, empty ones too
    (a chart over time shows the quiet weeks)."""
    out: list[date] = []
    current = bucket_start(first, period)
    while current <= last:
        out.append(current)
        if period is Period.DAY:
            current += timedelta(days=1)
        elif period is Period.WEEK:
            current += timedelta(days=7)
        else:
            current = (current.replace(day=28) + timedelta(days=4)).replace(day=1)
    return out


@dataclass(frozen=True, slots=True)
class CurrencySpending:
    """The figures of one currency: ``cells[(bucket, group)]``, the totals per group and per
    bucket, and the grand total; groups ordered by their total, largest first."""

    currency: str
    buckets: tuple[date, ...]
    groups: tuple[str, ...]
    cells: dict[tuple[date, str], Decimal]
    group_totals: dict[str, Decimal]
    bucket_totals: dict[date, Decimal]
    total: Decimal
    orders: int


@dataclass(frozen=True, slots=True)
class SpendingReport:
    """Spending between ``first`` and ``last`` (local dates, both included), one entry per
    currency; ``unknown`` holds the orders whose placement is UNKNOWN (never summed)."""

    period: Period
    group_by: GroupBy
    first: date
    last: date
    currencies: tuple[CurrencySpending, ...]
    unknown: tuple[SpendRow, ...] = field(default=())


def _group_key(
    order: SpendRow,
    group_by: GroupBy,
    panel_names: dict[int, str],
    kinds: dict[str, tuple[str, str]],
) -> str:
    if group_by is GroupBy.PANEL:
        return panel_names.get(order.panel_id, f"#{order.panel_id}")
    if group_by is GroupBy.SERVICE:
        return order.service_name or (f"#{order.service_id}" if order.service_id else "")
    # a history repeats a few hundred service names: each is classified once
    known = kinds.get(order.service_name)
    if known is None:
        from smmdesk.core.kinds import classify  # loaded when first grouped by kind

        kind = classify(order.service_name)
        known = kinds[order.service_name] = (kind.platform or "", kind.product or "")
    return known[0] if group_by is GroupBy.PLATFORM else known[1]  # "": the name does not say


def spending_report(
    orders: Iterable[SpendRow | OrderRecord],
    *,
    first: date,
    last: date,
    period: Period = Period.DAY,
    group_by: GroupBy = GroupBy.PANEL,
    panel_names: dict[int, str] | None = None,
    currency_of: Callable[[SpendRow], str] | None = None,
    tz: tzinfo | None = None,
) -> SpendingReport:
    """Sum ``orders`` placed between ``first`` and ``last`` by the rules of this module.

    ``currency_of`` names an order's currency when its own is unknown (the panel's, usually);
    ``tz`` is the time zone of the calendar (the user's by default)."""
    names = panel_names or {}
    buckets = _buckets(first, last, period)
    per_currency: dict[str, dict[tuple[date, str], Decimal]] = defaultdict(dict)
    counts: dict[str, int] = defaultdict(int)
    unknown: list[SpendRow] = []
    kinds: dict[str, tuple[str, str]] = {}
    for given in orders:
        order = given if isinstance(given, SpendRow) else SpendRow.of(given)
        day = _local_day(order.placed_at, tz)
        if not first <= day <= last:
            continue
        spent = order_spent(order)
        if spent is None:
            unknown.append(order)
            continue
        if order.state is not LocalState.ACCEPTED:
            continue
        # "usd" from one answer and "USD" from another are one currency
        currency = (order.currency or (currency_of(order) if currency_of else "") or "").strip()
        currency = currency.upper()
        key = (bucket_start(day, period), _group_key(order, group_by, names, kinds))
        cells = per_currency[currency]
        cells[key] = cells.get(key, ZERO) + spent
        counts[currency] += 1
    currencies = tuple(
        _currency_spending(currency, buckets, cells, counts[currency])
        for currency, cells in sorted(per_currency.items())
    )
    return SpendingReport(period, group_by, first, last, currencies, tuple(unknown))


def _local_day(moment: datetime, tz: tzinfo | None) -> date:
    return moment.astimezone(tz).date()


def _currency_spending(
    currency: str, buckets: list[date], cells: dict[tuple[date, str], Decimal], orders: int
) -> CurrencySpending:
    group_totals: dict[str, Decimal] = defaultdict(lambda: ZERO)
    bucket_totals: dict[date, Decimal] = {bucket: ZERO for bucket in buckets}
    for (bucket, group), amount in cells.items():
        group_totals[group] += amount
        bucket_totals[bucket] = bucket_totals.get(bucket, ZERO) + amount
    groups = tuple(sorted(group_totals, key=lambda g: (-group_totals[g], g)))
    return CurrencySpending(
        currency=currency,
        buckets=tuple(buckets),
        groups=groups,
        cells=dict(cells),
        group_totals=dict(group_totals),
        bucket_totals=bucket_totals,
        total=sum(group_totals.values(), ZERO),
        orders=orders,
    )


def csv_amount(amount: Decimal) -> str:
    """An amount for the CSV: exact, or to 6 decimals where the refunded share of a partial
    order divides into more (2.666666666… -> 2.666667); never in exponent notation."""
    if amount.as_tuple().exponent < -6:  # type: ignore[operator]
        amount = amount.quantize(Decimal("0.000001"))
    return format(amount, "f")


def write_spending_csv(
    path: Path | str,
    report: SpendingReport,
    *,
    label: Callable[[str], str] = str,
    headers: tuple[str, str, str, str] = ("Period", "Group", "Currency", "Spent"),
) -> int:
    """Write every non-zero cell of ``report`` (period start as ISO date, the group's label,
    currency, exact amount), one row each, after a header row; returns the rows written. UTF-8
    with a BOM (spreadsheets open it right); the file appears complete or not at all."""
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    count = 0
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(headers)
            for figures in report.currencies:
                for bucket in figures.buckets:
                    for group in figures.groups:
                        amount = figures.cells.get((bucket, group))
                        if amount is None:
                            continue
                        row = [bucket.isoformat(), cell_text(label(group))]
                        writer.writerow([*row, cell_text(figures.currency), csv_amount(amount)])
                        count += 1
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count
