"""Balances in the user's words: the run-out forecast (from ``core.balances`` codes), a
threshold, and the low-balance warning."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject

from smmdesk.core.balances import Forecast, ForecastCode, LowBalanceRule, ThresholdMode
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate

__all__ = ["BalanceWords"]


class BalanceWords(QObject):
    """Sentences about balances. A class, so that ``tr`` with a count is a plural message
    (lupdate files only class-bound ``tr`` calls as numerus). PySide's stubs know only the
    bound form of tr: hence the ignores."""

    @staticmethod
    def forecast(value: Forecast | None) -> str:
        if value is None:
            return ""
        if value.code is ForecastCode.NOT_ENOUGH_HISTORY:
            return BalanceWords.tr("Not enough history")  # type: ignore[arg-type, call-arg]
        if value.code is ForecastCode.NO_RECENT_SPENDING:
            return BalanceWords.tr("No spending in 30 days")  # type: ignore[arg-type, call-arg]
        days = value.days or 0
        if days < 1:
            return BalanceWords.tr("Runs out within a day")  # type: ignore[arg-type, call-arg]
        if days == 1:
            return BalanceWords.tr("Runs out in about a day")  # type: ignore[arg-type, call-arg]
        return BalanceWords.tr(
            "Runs out in about %Ln days",  # type: ignore[arg-type]
            "",
            days,  # type: ignore[arg-type]
        )

    @staticmethod
    def rule(value: LowBalanceRule) -> str:
        """How a panel's warning level is set, for its tooltip."""
        if value.mode is ThresholdMode.OFF:
            return BalanceWords.tr("No low-balance warning for this panel")  # type: ignore[arg-type, call-arg]
        if value.mode is ThresholdMode.FIXED:
            return BalanceWords.tr("A level you set")  # type: ignore[arg-type, call-arg]
        return BalanceWords.tr(  # type: ignore[call-arg]
            "Automatic: about 3 days of recent spending"  # type: ignore[arg-type]
        )

    @staticmethod
    def low(panel: str, amount: Decimal, currency: str, level: Decimal) -> tuple[str, str]:
        """(title, text) of the low-balance warning."""
        title = BalanceWords.tr("Low balance")  # type: ignore[arg-type, call-arg]
        text = (
            BalanceWords.tr("%1: the balance is %2, under the warning level of %3.")  # type: ignore[arg-type, call-arg]
            .replace("%1", isolate(panel))
            .replace("%2", numbers.fmt_money(amount, currency, 2))
            .replace("%3", numbers.fmt_money(level, currency, 2))
        )
        return title, text
