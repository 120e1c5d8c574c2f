"""The Balances window: every panel's last known balance and when it was read, spending over
the last 7 and 30 days, when the balance runs out at that pace, the low-balance level, and the
total in the user's currency (a currency without an exchange rate listed apart, never added
in). The figures are read on a worker; the window follows each new balance the poller reads."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from smmdesk.core.balances import BalanceLine, BalanceReport, ForecastCode, read_report
from smmdesk.gui.money import prefs
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.widgets import theme
from smmdesk.gui.widgets.plain import new_label
from smmdesk.gui.widgets.views import RowFocusTableView
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.balances import BalanceWords

__all__ = ["COLUMNS", "BalancesWindow"]

#: column ids, in order
COLUMNS = ("panel", "balance", "read", "last_7", "last_30", "forecast", "level")
_NUMERIC = frozenset({"balance", "last_7", "last_30", "level"})
_RELOAD_MS = 300  # balances arriving together are read once


class BalancesWindow(QDialog):
    """Non-modal. ``refresh`` asks every panel for its balance now (the poller's refresh)."""

    def __init__(
        self,
        ctx: AppContext,
        refresh: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._refresh = refresh
        self.report: BalanceReport | None = None
        self.setObjectName("BalancesWindow")
        self.setWindowTitle(self.tr("Balances"))
        layout = QVBoxLayout(self)

        self.intro = new_label(
            self,
            self.tr(
                "The last balance read from each panel. Spending counts the charges of "
                "orders placed here; canceled orders count nothing, and orders whose outcome "
                "is unknown are not counted."
            ),
        )
        self.intro.setWordWrap(True)
        theme.tone(self.intro, "muted")
        layout.addWidget(self.intro)

        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([self._heading(c) for c in COLUMNS])
        self.table = RowFocusTableView(self)
        self.table.setObjectName("balancesTable")
        self.table.setAccessibleName(self.tr("Balances"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8  # dense
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        layout.addWidget(self.table, 1)

        self.total_label = new_label(self)
        self.total_label.setObjectName("balancesTotal")
        self.total_label.setWordWrap(True)
        layout.addWidget(self.total_label)
        self.apart_label = new_label(self)
        self.apart_label.setObjectName("balancesApart")
        self.apart_label.setWordWrap(True)
        layout.addWidget(self.apart_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.refresh_button = QPushButton(self.tr("&Read Balances Now"), self)
        self.refresh_button.setToolTip(self.tr("Ask every connected panel for its balance now"))
        self.refresh_button.setAccessibleName(self.tr("Read balances now"))
        self.refresh_button.setEnabled(refresh is not None)
        self.refresh_button.clicked.connect(self.refresh_now)
        self.buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.close)
        layout.addWidget(self.buttons)

        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(_RELOAD_MS)
        self._later.timeout.connect(self.reload)
        self.resize(980, 380)
        self.reload()

    def _heading(self, column: str) -> str:
        return {
            "panel": self.tr("Panel"),
            "balance": self.tr("Balance"),
            "read": self.tr("Read at"),
            "last_7": self.tr("Spent, 7 days"),
            "last_30": self.tr("Spent, 30 days"),
            "forecast": self.tr("Forecast"),
            "level": self.tr("Warn below"),
        }[column]

    # -- reading -----------------------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        """Read the figures again on a worker."""
        store, settings = self.ctx.store, self.ctx.settings
        panel_ids = [p.id for p in store.list_panels()]
        rules = prefs.rules(settings, panel_ids)
        rates, home = prefs.rates(settings), prefs.home_currency(settings)

        def work() -> BalanceReport:
            try:
                return read_report(store, rules, rates, home, datetime.now(UTC))
            finally:
                store.close_thread_connection()

        self.ctx.tasks.submit("balances", work, self._shown_if_open)

    @Slot(int, object)
    def on_balance(self, _panel_id: int = 0, _balance: object = None) -> None:
        """A new balance was read: the figures follow shortly (several at once are read once)."""
        self._later.start()

    @Slot()
    def refresh_now(self) -> None:
        if self._refresh is not None:
            self._refresh()

    def _shown_if_open(self, report: BalanceReport) -> None:
        if isValid(self):  # the window may have closed while the worker read
            self.show_report(report)

    # -- showing -----------------------------------------------------------------------------
    def show_report(self, report: BalanceReport) -> None:
        self.report = report
        self.model.removeRows(0, self.model.rowCount())
        for line in report.lines:
            name = report.names.get(line.panel_id, "")
            self.model.appendRow(self._row(name, line))
        self._fit_columns()
        self._show_totals(report)

    def _fit_columns(self) -> None:
        """Each figure column as wide as its widest text; the panel names take what is left
        (at least their widest name when there is room)."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        figures = sum(header.sectionSize(i) for i in range(1, len(COLUMNS)))
        room = self.table.viewport().width() - figures
        header.resizeSection(0, max(header.sectionSize(0), room))

    def _row(self, name: str, line: BalanceLine) -> list[QStandardItem]:
        currency = line.balance.currency if line.balance is not None else ""
        texts = {
            "panel": name,
            "balance": self._money(line.balance.amount if line.balance else None, currency),
            "read": numbers.fmt_datetime(line.balance.read_at) if line.balance else "",
            "last_7": self._money(line.spending.last_7, currency),
            "last_30": self._money(line.spending.last_30, currency),
            "forecast": BalanceWords.forecast(line.forecast),
            "level": self._money(line.threshold, currency) if line.threshold else self.tr("None"),
        }
        if line.balance is None:
            texts["balance"] = self.tr("Not read yet")
            texts["forecast"] = ""
        items: list[QStandardItem] = []
        for column in COLUMNS:
            item = QStandardItem(texts[column])
            item.setEditable(False)
            if column in _NUMERIC:
                item.setTextAlignment(
                    Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                )
            items.append(item)
        self._mark(items, line)
        return items

    def _mark(self, items: list[QStandardItem], line: BalanceLine) -> None:
        rule = prefs.rule(self.ctx.settings, line.panel_id)
        level = items[COLUMNS.index("level")]
        level.setToolTip(BalanceWords.rule(rule))
        if line.spending.unknown:
            spent = items[COLUMNS.index("last_30")]
            spent.setToolTip(
                self.tr(
                    "%Ln orders with an unknown outcome are not counted", "", line.spending.unknown
                )
            )
        low = (
            line.balance is not None
            and line.threshold is not None
            and line.balance.amount < line.threshold
        )
        if low:
            balance = items[COLUMNS.index("balance")]
            balance.setText(f"{theme.status_symbol('unknown')} {balance.text()}")
            balance.setForeground(theme.status_colour("error"))
            font = balance.font()
            font.setBold(True)
            balance.setFont(font)
            balance.setToolTip(self.tr("Under the warning level"))
        forecast = items[COLUMNS.index("forecast")]
        if line.forecast is not None and line.forecast.code is not ForecastCode.RUNS_OUT:
            forecast.setForeground(theme.muted_colour(self.palette()))

    def _money(self, amount: Decimal | None, currency: str) -> str:
        if amount is None:
            return ""
        return numbers.fmt_money(amount, currency, 2)

    def _show_totals(self, report: BalanceReport) -> None:
        totals = report.totals
        self.total_label.setText(
            self.tr("Total in %1: %2 (%Ln panels)", "", totals.counted)
            .replace("%1", totals.currency)
            .replace("%2", numbers.fmt_money(totals.total, totals.currency, 2))
        )
        if not totals.apart:
            self.apart_label.setText("")
            self.apart_label.setVisible(False)
            return
        parts = [
            numbers.fmt_money(amount, code, 2)
            if code
            else self.tr("%1 (no currency named)").replace("%1", numbers.fmt_money(amount, "", 2))
            for code, amount in totals.apart.items()
        ]
        self.apart_label.setText(
            self.tr(
                "Not in the total, without an exchange rate: %1. Add the rates in Settings."
            ).replace("%1", self.tr(", ", "list separator").join(parts))
        )
        self.apart_label.setVisible(True)
