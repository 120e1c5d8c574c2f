"""The Money part of Settings: the user's currency, the exchange-rate table (typed by the user;
SMMDesk looks nothing up) and each panel's low-balance warning (automatic: about 3 days of
recent spending; a fixed amount in the panel's currency; or none). Every amount is checked as
it is typed; the dialog's OK waits until all of them are usable."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smmdesk.core.balances import LowBalanceRule, ThresholdMode
from smmdesk.core.store import PanelRecord
from smmdesk.gui.money import prefs
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.widgets import theme
from smmdesk.gui.widgets.announce import describe
from smmdesk.gui.widgets.plain import new_label
from smmdesk.gui.wording import numbers

__all__ = ["MoneySettings"]

_MODES = (ThresholdMode.AUTO, ThresholdMode.FIXED, ThresholdMode.OFF)


class MoneySettings(QGroupBox):
    """A group box for the Settings dialog: read from the settings when built, written by
    :meth:`save` (which returns the keys it changed)."""

    sig_validity = Signal(bool)
    """Whether every field holds a usable value (the dialog's OK follows it)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Money"))
        self.setObjectName("moneySettings")
        self.ctx = ctx
        settings = ctx.settings
        self._panels: list[PanelRecord] = ctx.store.list_panels()
        seen = {b.currency for b in ctx.store.last_balances().values() if b.currency}
        self._saved_currency = prefs.home_currency(settings)
        self._saved_rates = prefs.rates(settings)
        self._saved_rules = {p.id: prefs.rule(settings, p.id) for p in self._panels}

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.currency_edit = QLineEdit(self._saved_currency, self)
        self.currency_edit.setObjectName("currencyEdit")
        self.currency_edit.setAccessibleName(self.tr("Your currency"))
        self.currency_edit.setMaxLength(8)
        label = new_label(self, self.tr("Your &currency:"))
        label.setBuddy(self.currency_edit)
        form.addRow(label, self.currency_edit)
        layout.addLayout(form)

        self.rates_heading = new_label(self)
        self.rates_heading.setWordWrap(True)
        layout.addWidget(self.rates_heading)
        self.rates_table = QTableWidget(0, 2, self)
        self.rates_table.setObjectName("ratesTable")
        self.rates_table.setAccessibleName(self.tr("Exchange rates"))
        self.rates_table.verticalHeader().setVisible(False)
        self.rates_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rates_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rates_table.setTabKeyNavigation(False)  # Tab leaves; arrows move between cells
        for code in sorted(set(self._saved_rates) | (seen - {self._saved_currency})):
            self._add_rate_row(code, self._saved_rates.get(code))
        rows = self.rates_table.verticalHeader().defaultSectionSize()
        self.rates_table.setMaximumHeight(
            rows * 5 + self.rates_table.horizontalHeader().sizeHint().height()
        )
        layout.addWidget(self.rates_table)
        buttons = QHBoxLayout()
        self.add_rate_button = QPushButton(self.tr("&Add Rate"), self)
        self.add_rate_button.setAccessibleName(self.tr("Add an exchange rate"))
        self.add_rate_button.clicked.connect(self.add_rate)
        self.remove_rate_button = QPushButton(self.tr("Remo&ve Rate"), self)
        self.remove_rate_button.setAccessibleName(self.tr("Remove the chosen exchange rate"))
        self.remove_rate_button.clicked.connect(self.remove_rate)
        buttons.addWidget(self.add_rate_button)
        buttons.addWidget(self.remove_rate_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        levels_heading = new_label(
            self,
            self.tr(
                "Low-balance warning for each panel. Automatic: under about 3 days of its "
                "recent spending. An amount is in the panel's currency."
            ),
        )
        levels_heading.setWordWrap(True)
        layout.addWidget(levels_heading)
        self.levels_table = QTableWidget(len(self._panels), 3, self)
        self.levels_table.setObjectName("levelsTable")
        self.levels_table.setAccessibleName(self.tr("Low-balance warning for each panel"))
        self.levels_table.setHorizontalHeaderLabels(
            [self.tr("Panel"), self.tr("Warning"), self.tr("Amount")]
        )
        self.levels_table.verticalHeader().setVisible(False)
        self.levels_table.setTabKeyNavigation(False)  # Tab goes through each row's fields
        header = self.levels_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mode_boxes: dict[int, QComboBox] = {}
        self.amount_edits: dict[int, QLineEdit] = {}
        for row, panel in enumerate(self._panels):
            self._add_level_row(row, panel, self._saved_rules[panel.id])
        layout.addWidget(self.levels_table)

        self.error_label = new_label(self)
        self.error_label.setObjectName("moneyError")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        theme.tone(self.error_label, "error")
        layout.addWidget(self.error_label)

        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 52)  # tables stay usable
        self.currency_edit.textChanged.connect(self.check)
        self.rates_table.itemChanged.connect(self.check)
        self.check()

    def focus_chain(self) -> list[QWidget]:
        """The fields in Tab order."""
        chain: list[QWidget] = [
            self.currency_edit,
            self.rates_table,
            self.add_rate_button,
            self.remove_rate_button,
            self.levels_table,
        ]
        for panel in self._panels:
            chain += [self.mode_boxes[panel.id], self.amount_edits[panel.id]]
        return chain

    # -- rows --------------------------------------------------------------------------------
    def _add_rate_row(self, code: str, rate: Decimal | None) -> int:
        row = self.rates_table.rowCount()
        self.rates_table.insertRow(row)
        self.rates_table.setItem(row, 0, QTableWidgetItem(code))
        text = numbers.fmt_decimal(rate, grouping=False) if rate is not None else ""
        self.rates_table.setItem(row, 1, QTableWidgetItem(text))
        return row

    def _add_level_row(self, row: int, panel: PanelRecord, rule: LowBalanceRule) -> None:
        name = QTableWidgetItem(panel.name)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.levels_table.setItem(row, 0, name)
        mode = QComboBox(self.levels_table)
        mode.setAccessibleName(self.tr("Warning for %1").replace("%1", panel.name))
        mode.addItem(self.tr("Automatic"), ThresholdMode.AUTO.value)
        mode.addItem(self.tr("Below an amount"), ThresholdMode.FIXED.value)
        mode.addItem(self.tr("Never"), ThresholdMode.OFF.value)
        mode.setCurrentIndex(_MODES.index(rule.mode))
        amount = QLineEdit(self.levels_table)
        amount.setAccessibleName(self.tr("Warning amount for %1").replace("%1", panel.name))
        if rule.amount is not None:
            amount.setText(numbers.fmt_decimal(rule.amount, grouping=False))
        mode.currentIndexChanged.connect(self.check)
        amount.textChanged.connect(self.check)
        self.levels_table.setCellWidget(row, 1, mode)
        self.levels_table.setCellWidget(row, 2, amount)
        self.mode_boxes[panel.id] = mode
        self.amount_edits[panel.id] = amount

    def add_rate(self) -> None:
        row = self._add_rate_row("", None)
        self.rates_table.setCurrentCell(row, 0)
        item = self.rates_table.item(row, 0)
        if item is not None:
            self.rates_table.editItem(item)

    def remove_rate(self) -> None:
        row = self.rates_table.currentRow()
        if row >= 0:
            self.rates_table.removeRow(row)
            self.check()

    # -- values ------------------------------------------------------------------------------
    def currency(self) -> str | None:
        return prefs.currency_code(self.currency_edit.text())

    def rates(self) -> tuple[dict[str, Decimal], list[str]]:
        """(the table's usable rates, the problems in it in words). A row without a rate is no
        rate: its currency stays out of the total."""
        found: dict[str, Decimal] = {}
        problems: list[str] = []
        for row in range(self.rates_table.rowCount()):
            code_item, rate_item = self.rates_table.item(row, 0), self.rates_table.item(row, 1)
            code_text = code_item.text() if code_item is not None else ""
            rate_text = rate_item.text().strip() if rate_item is not None else ""
            code = prefs.currency_code(code_text)
            if not code_text.strip() and not rate_text:
                continue
            if code is None:
                problems.append(
                    self.tr("“%1” is not a currency code such as EUR.").replace("%1", code_text)
                )
                continue
            if code in found:
                problems.append(self.tr("%1 has two rates: keep one.").replace("%1", code))
                continue
            if not rate_text:
                continue
            rate = prefs.amount_value(rate_text)
            if rate is None or rate <= 0:
                problems.append(
                    self.tr("The rate of %1 must be an amount above 0, such as %2.")
                    .replace("%1", code)
                    .replace("%2", numbers.fmt_decimal(Decimal("1.08")))
                )
                continue
            found[code] = rate
        return found, problems

    def rules(self) -> tuple[dict[int, LowBalanceRule], list[str]]:
        found: dict[int, LowBalanceRule] = {}
        problems: list[str] = []
        for panel in self._panels:
            mode = ThresholdMode(str(self.mode_boxes[panel.id].currentData()))
            edit = self.amount_edits[panel.id]
            edit.setEnabled(mode is ThresholdMode.FIXED)
            if mode is not ThresholdMode.FIXED:
                found[panel.id] = LowBalanceRule(mode)
                continue
            amount = prefs.amount_value(edit.text())
            if amount is None or amount <= 0:
                problems.append(
                    self.tr("%1: enter the amount to warn below, such as %2.")
                    .replace("%1", panel.name)
                    .replace("%2", numbers.fmt_decimal(Decimal("10.5")))
                )
                describe(edit, [problems[-1]])
                continue
            describe(edit, [])
            found[panel.id] = LowBalanceRule(ThresholdMode.FIXED, amount)
        return found, problems

    def check(self, *_args: object) -> bool:
        problems: list[str] = []
        currency = self.currency()
        if currency is None:
            problems.append(self.tr("Enter your currency as a code such as USD."))
        self.rates_heading.setText(
            self.tr("Exchange rates: what 1 of each currency is worth in %1.").replace(
                "%1", currency or self.currency_edit.text().strip()
            )
        )
        self.rates_table.setHorizontalHeaderLabels(
            [
                self.tr("Currency"),
                self.tr("Worth in %1").replace("%1", currency or "…"),
            ]
        )
        problems += self.rates()[1] + self.rules()[1]
        self.error_label.setText("\n".join(problems))
        self.error_label.setVisible(bool(problems))
        describe(self.currency_edit, problems[:1] if currency is None else [])
        describe(self.rates_table, self.rates()[1])
        valid = not problems
        self.sig_validity.emit(valid)
        return valid

    def save(self) -> list[str]:
        """Write what changed; returns the settings keys written."""
        currency = self.currency()
        rates, rate_problems = self.rates()
        rules, rule_problems = self.rules()
        if currency is None or rate_problems or rule_problems:
            return []
        settings = self.ctx.settings
        changed: list[str] = []
        if currency != self._saved_currency:
            settings.setValue(prefs.CURRENCY_KEY, currency)
            changed.append(prefs.CURRENCY_KEY)
        if rates != self._saved_rates:
            prefs.save_rates(settings, rates)
            changed.append(prefs.RATES_KEY)
        for panel_id, rule in rules.items():
            # written even when unchanged: a rule read from the old app-wide level is kept
            prefs.save_rule(settings, panel_id, rule)
            if rule != self._saved_rules.get(panel_id):
                changed.append(prefs.rule_key(panel_id))
        # every panel now has its own rule: the one app-wide level of earlier versions goes
        settings.remove(prefs.LEGACY_THRESHOLD_KEY)
        return changed
