"""Money across panels: what each order cost, spending over the last 7 and 30 days, the
forecast of when a balance runs out, the low-balance threshold (with its warn-once-per-crossing
state) and the total of every balance in the user's currency. Pure: the GUI hands in rows from
the store, the user's exchange rates and the clock. Money is Decimal throughout.

Counting rules (what "spent" means):
- an order counts from its placement time, at the charge the panel reports (the cost worked
  out at placement while the panel has not said yet);
- a Partial order counts what was delivered: the refunded share (rate × remains) is taken
  back, unless the panel's reported charge is already that low (panels differ here); an
  order without a cost worked out at placement (an imported one) counts its charge as
  reported, its rate being unknown;
- a Canceled order counts zero, and so does an order that was never placed;
- an UNKNOWN placement is never summed as spent: it is counted apart (``unknown``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from smmdesk.core.spending import order_spent
from smmdesk.core.store.records import SpendRow, StoredBalance

if TYPE_CHECKING:
    from smmdesk.core.store import Store

__all__ = [
    "AUTO_DAYS",
    "MIN_HISTORY_DAYS",
    "WINDOWS",
    "BalanceLine",
    "BalanceReport",
    "Forecast",
    "ForecastCode",
    "LowBalanceRule",
    "LowBalanceWatch",
    "PanelSpending",
    "ThresholdMode",
    "Totals",
    "balance_lines",
    "daily_spending",
    "forecast",
    "normalise_currency",
    "order_spent",
    "read_report",
    "spending_by_panel",
    "spending_of",
    "threshold",
    "totals",
]

#: the spending windows shown, in days
WINDOWS = (7, 30)
#: a forecast needs at least this many days of history on the panel
MIN_HISTORY_DAYS = 3
#: the automatic low-balance threshold: this many days of recent spending
AUTO_DAYS = 3

_ZERO = Decimal(0)
_DAY = Decimal(86_400)


def normalise_currency(code: str | None) -> str:
    """A currency code as compared and shown: trimmed, upper-case ("" when none)."""
    return (code or "").strip().upper()


# -- what one order cost ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PanelSpending:
    """A panel's spending over the last 7 and 30 days (its currency), the number of UNKNOWN
    placements in the last 30 days (not in the sums) and when its history starts."""

    last_7: Decimal = _ZERO
    last_30: Decimal = _ZERO
    unknown: int = 0
    first_at: datetime | None = None


def spending_by_panel(
    rows: Iterable[SpendRow], first_placements: Mapping[int, datetime], now: datetime
) -> dict[int, PanelSpending]:
    """Panel id -> its spending as of ``now``, from ``rows`` (orders of the last 30 days, as
    ``Store.spending_rows`` gives them) and ``first_placements`` (``Store.first_placements``)."""
    short, long = (now - timedelta(days=days) for days in WINDOWS)
    sums: dict[int, list[Decimal]] = {}
    unknown: dict[int, int] = {}
    for row in rows:
        if row.placed_at < long or row.placed_at > now:
            continue
        spent = order_spent(row)
        if spent is None:
            unknown[row.panel_id] = unknown.get(row.panel_id, 0) + 1
            continue
        pair = sums.setdefault(row.panel_id, [_ZERO, _ZERO])
        pair[1] += spent
        if row.placed_at >= short:
            pair[0] += spent
    panels = set(sums) | set(unknown) | set(first_placements)
    return {
        pid: PanelSpending(
            last_7=sums.get(pid, [_ZERO, _ZERO])[0],
            last_30=sums.get(pid, [_ZERO, _ZERO])[1],
            unknown=unknown.get(pid, 0),
            first_at=first_placements.get(pid),
        )
        for pid in panels
    }


# -- the forecast -----------------------------------------------------------------------------


class ForecastCode(StrEnum):
    RUNS_OUT = "runs_out"
    """``days``: about how many days of recent spending the balance lasts."""
    NOT_ENOUGH_HISTORY = "not_enough_history"
    """Fewer than MIN_HISTORY_DAYS days of orders on this panel: no telling yet."""
    NO_RECENT_SPENDING = "no_recent_spending"
    """Nothing spent in the last 30 days: the balance is not running down."""


@dataclass(frozen=True, slots=True)
class Forecast:
    code: ForecastCode
    days: int | None = None
    daily: Decimal | None = None  # the mean daily spending it was worked out from


def daily_spending(spending: PanelSpending | None, now: datetime) -> Decimal | None:
    """Mean daily spending over the last 7 days (the last 30 when nothing was spent in 7;
    a window longer than the history is cut to it); None when the history is shorter than
    MIN_HISTORY_DAYS; 0 when nothing was spent in 30 days."""
    if spending is None or spending.first_at is None:
        return None
    history = Decimal(int((now - spending.first_at).total_seconds())) / _DAY
    if history < MIN_HISTORY_DAYS:
        return None
    for days, spent in zip(WINDOWS, (spending.last_7, spending.last_30), strict=True):
        if spent > 0:
            return spent / min(Decimal(days), history)
    return _ZERO


def forecast(amount: Decimal, spending: PanelSpending | None, now: datetime) -> Forecast:
    """When a balance of ``amount`` runs out at the recent rate of spending."""
    daily = daily_spending(spending, now)
    if daily is None:
        return Forecast(ForecastCode.NOT_ENOUGH_HISTORY)
    if daily <= 0:
        return Forecast(ForecastCode.NO_RECENT_SPENDING, daily=daily)
    days = int(max(_ZERO, amount) / daily)  # whole days, rounded down
    return Forecast(ForecastCode.RUNS_OUT, days=days, daily=daily)


# -- the low-balance threshold ----------------------------------------------------------------


class ThresholdMode(StrEnum):
    AUTO = "auto"
    """AUTO_DAYS days of recent spending (no warning while that cannot be told)."""
    FIXED = "fixed"
    """A fixed amount in the panel's currency."""
    OFF = "off"
    """No warning for this panel."""


@dataclass(frozen=True, slots=True)
class LowBalanceRule:
    mode: ThresholdMode = ThresholdMode.AUTO
    amount: Decimal | None = None  # FIXED only


def threshold(rule: LowBalanceRule, daily: Decimal | None) -> Decimal | None:
    """The level under which the balance is low; None when there is none (off, or automatic
    without enough history or spending)."""
    if rule.mode is ThresholdMode.FIXED:
        return rule.amount if rule.amount is not None and rule.amount > 0 else None
    if rule.mode is ThresholdMode.AUTO and daily is not None and daily > 0:
        return daily * AUTO_DAYS
    return None


class LowBalanceWatch:
    """Warn once per crossing: ``update`` is True only when a panel's balance goes from at or
    above its threshold (or not known yet) to under it; it re-arms once the balance is back at
    or above the threshold. A panel without a threshold is forgotten."""

    def __init__(self) -> None:
        self._below: dict[int, bool] = {}

    def update(self, panel_id: int, amount: Decimal, level: Decimal | None) -> bool:
        if level is None:
            self._below.pop(panel_id, None)
            return False
        below = amount < level
        was_below = self._below.get(panel_id, False)
        self._below[panel_id] = below
        return below and not was_below

    def is_below(self, panel_id: int) -> bool:
        return self._below.get(panel_id, False)

    def forget(self, panel_id: int | None = None) -> None:
        """Re-evaluate a panel (every panel: None) at its next balance."""
        if panel_id is None:
            self._below.clear()
        else:
            self._below.pop(panel_id, None)


# -- one line per panel, and the total ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BalanceLine:
    """What the Balances view shows for one panel."""

    panel_id: int
    balance: StoredBalance | None  # None: never read
    spending: PanelSpending
    forecast: Forecast | None  # None without a balance
    threshold: Decimal | None


def balance_lines(
    panel_ids: Iterable[int],
    balances: Mapping[int, StoredBalance],
    spending: Mapping[int, PanelSpending],
    rules: Mapping[int, LowBalanceRule],
    now: datetime,
) -> list[BalanceLine]:
    lines: list[BalanceLine] = []
    for pid in panel_ids:
        spent = spending.get(pid, PanelSpending())
        balance = balances.get(pid)
        daily = daily_spending(spent, now)
        lines.append(
            BalanceLine(
                panel_id=pid,
                balance=balance,
                spending=spent,
                forecast=forecast(balance.amount, spent, now) if balance is not None else None,
                threshold=threshold(rules.get(pid, LowBalanceRule()), daily),
            )
        )
    return lines


@dataclass(frozen=True, slots=True)
class Totals:
    """Balances summed in ``currency``: ``total`` adds only amounts whose currency has a rate
    (or is ``currency`` itself); ``apart`` sums the others per currency, never converted."""

    currency: str
    total: Decimal = _ZERO
    counted: int = 0  # balances in the total
    apart: Mapping[str, Decimal] = field(default_factory=dict)


def totals(
    amounts: Iterable[tuple[Decimal, str]], currency: str, rates: Mapping[str, Decimal]
) -> Totals:
    """Sum ``(amount, currency)`` pairs in ``currency``. ``rates[X]`` is how much one unit of X
    is worth in ``currency``; a currency without a usable rate (none, zero or negative) is
    summed apart. A balance whose panel named no currency is apart too (under "")."""
    home = normalise_currency(currency)
    usable = {normalise_currency(k): v for k, v in rates.items() if v.is_finite() and v > 0}
    total, counted = _ZERO, 0
    apart: dict[str, Decimal] = {}
    for amount, code in amounts:
        code = normalise_currency(code)
        rate = Decimal(1) if code and code == home else usable.get(code) if code else None
        if rate is None:
            apart[code] = apart.get(code, _ZERO) + amount
            continue
        total += amount * rate
        counted += 1
    return Totals(home, total, counted, dict(sorted(apart.items())))


# -- read from the store ------------------------------------------------------------------------


def spending_of(store: Store, now: datetime) -> dict[int, PanelSpending]:
    """Every panel's spending as of ``now``, read from ``store``."""
    since = now - timedelta(days=max(WINDOWS))
    return spending_by_panel(store.spending_rows(since), store.first_placements(), now)


@dataclass(frozen=True, slots=True)
class BalanceReport:
    """The Balances view's figures: one line per panel (in the store's order) and the total."""

    names: Mapping[int, str]
    lines: tuple[BalanceLine, ...]
    totals: Totals
    at: datetime


def read_report(
    store: Store,
    rules: Mapping[int, LowBalanceRule],
    rates: Mapping[str, Decimal],
    currency: str,
    now: datetime,
) -> BalanceReport:
    """Every saved panel's last balance, spending, forecast and threshold, and the total of
    their balances in ``currency`` (``rates``: what one unit of each currency is worth in it)."""
    panels = store.list_panels()
    balances = store.last_balances()
    ids = [p.id for p in panels]
    lines = balance_lines(ids, balances, spending_of(store, now), rules, now)
    shown = [(balances[i].amount, balances[i].currency) for i in ids if i in balances]
    return BalanceReport(
        {p.id: p.name for p in panels}, tuple(lines), totals(shown, currency, rates), now
    )
