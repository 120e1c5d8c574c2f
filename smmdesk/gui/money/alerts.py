"""The low-balance warning: each balance read (by the poller) is held against its panel's
level (Settings: automatic = about 3 days of recent spending, a fixed amount, or none) and
``sig_low`` is emitted once per crossing below it, not on every poll."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import QObject, Signal, Slot

from smmdesk.core.balances import (
    LowBalanceRule,
    LowBalanceWatch,
    ThresholdMode,
    daily_spending,
    spending_of,
    threshold,
)
from smmdesk.core.models import Balance
from smmdesk.gui.money import prefs
from smmdesk.gui.runtime.context import AppContext

__all__ = ["LowBalanceMonitor"]


class LowBalanceMonitor(QObject):
    """Connect ``Poller.sig_balance`` to :meth:`on_balance`; ``sig_low`` says when to warn."""

    sig_low = Signal(int, object, object)
    """(panel_id, Balance, level: Decimal): the balance just went under the panel's level."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._watch = LowBalanceWatch()

    def is_below(self, panel_id: int) -> bool:
        return self._watch.is_below(panel_id)

    @Slot(int, object)
    def on_balance(self, panel_id: int, balance: Balance) -> None:
        rule = prefs.rule(self._ctx.settings, panel_id)
        if rule.mode is not ThresholdMode.AUTO:
            self._check(panel_id, balance, threshold(rule, None))
            return
        store = self._ctx.store

        def work() -> Decimal | None:
            # the recent spending behind the automatic level, read on a worker
            try:
                now = datetime.now(UTC)
                return daily_spending(spending_of(store, now).get(panel_id), now)
            finally:
                store.close_thread_connection()

        def done(daily: Decimal | None) -> None:
            self._check(panel_id, balance, threshold(LowBalanceRule(), daily))

        self._ctx.tasks.submit("low-balance", work, done)

    def _check(self, panel_id: int, balance: Balance, level: Decimal | None) -> None:
        if self._watch.update(panel_id, balance.amount, level):
            self.sig_low.emit(panel_id, balance, level)
