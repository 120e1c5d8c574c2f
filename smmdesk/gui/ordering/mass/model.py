"""The mass-order table: each checked line with its cost, its problem in the user's words and,
once a run has sent it, its result; and the view set up to show it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from smmdesk.core.massorder import FORMAT_HINT, MassLine, MassOrderPlan
from smmdesk.core.validate import validate_order
from smmdesk.gui.widgets import theme
from smmdesk.gui.widgets.plain import tip
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.fields import field_error_text
from smmdesk.gui.wording.numbers import fmt_id

__all__ = ["LineResult", "MassOrderModel", "Outcome", "make_table"]

# Result column: the theme kind per outcome (symbol and words carry it too)
_OUTCOME_KINDS = {
    "accepted": "completed",
    "rejected": "error",
    "unknown": "unknown",
    "unsent": "canceled",
    "sending": "in_progress",
    "queued": "pending",
}


class Outcome(Enum):
    QUEUED = "queued"
    SENDING = "sending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    UNKNOWN = "unknown"
    UNSENT = "unsent"


@dataclass(frozen=True, slots=True)
class LineResult:
    """What happened to one line in a run: a short cell text and the full sentence."""

    outcome: Outcome
    text: str
    message: str = ""


# Details kept from core.massorder's English problem sentences
_FIELD_COUNT = re.compile(r"this line has (\d+) field")
_SAME_AS = re.compile(r"as line (\d+)")
_IN_QUOTES = re.compile(r"“(.*)”")
_ALREADY_SENT = re.compile(r"^Already sent from this window \((.*)\); check")


class MassOrderModel(QAbstractTableModel):
    """The checked lines (valid and not) with their cost, problem and, after a run, result."""

    LINE, SERVICE, LINK, QUANTITY, COST, PROBLEM, RESULT = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = MassOrderPlan(())
        self.currency = ""
        self.results: dict[int, LineResult] = {}
        self._row_of: dict[int, int] = {}
        self._problems: dict[int, str] = {}  # line number -> problem in words, made when shown
        self._dark = False
        self._headers = (
            self.tr("Line"),
            self.tr("Service"),
            self.tr("Link"),
            self.tr("Quantity"),
            self.tr("Cost"),
            self.tr("Problem"),
            self.tr("Result"),
        )

    def set_plan(self, plan: MassOrderPlan, currency: str, *, dark: bool = False) -> None:
        self.beginResetModel()
        self.plan = plan
        self.currency = currency
        self._dark = dark
        self._row_of = {line.number: row for row, line in enumerate(plan.lines)}
        self._problems = {}
        self.results = {n: r for n, r in self.results.items() if n in self._row_of}
        self.endResetModel()

    def clear_results(self) -> None:
        self.results = {}
        self._result_changed(None)

    def set_result(self, number: int, result: LineResult) -> None:
        if number not in self._row_of:
            return
        self.results[number] = result
        self._result_changed(number)

    def _result_changed(self, number: int | None) -> None:
        if not self.plan.lines:
            return
        if number is None:
            first, last = 0, len(self.plan.lines) - 1
        else:
            first = last = self._row_of[number]
        self.dataChanged.emit(
            self.index(first, self.RESULT),
            self.index(last, self.RESULT),
            [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole],
        )

    def row_of(self, number: int) -> int | None:
        return self._row_of.get(number)

    def problem_text(self, line: MassLine) -> str:
        """What is wrong with a pasted line, in the user's language, by the core's problem
        code (core.massorder words it in English); an unknown code stays as the core wrote it."""
        text = self._problems.get(line.number)
        if text is None:
            text = self._problems[line.number] = self._problem_words(line)
        return text

    def _problem_words(self, line: MassLine) -> str:
        code = line.code
        service_id = fmt_id(line.service_id) if line.service_id is not None else ""
        if code == "format":
            found = _FIELD_COUNT.search(line.problem)
            count = int(found.group(1)) if found else 0
            text = self.tr("Expected %1; this line has %Ln fields.", "", count).replace(
                "%1", isolate(FORMAT_HINT)
            )
            if count > 3:
                text += " " + self.tr(
                    "If the link or the quantity contains a comma, separate the fields with | "
                    "or put that field in quotes."
                )
            return text
        if code == "service_id":
            found = _IN_QUOTES.search(line.problem)
            return self.tr("The service id must be a number (found “%1”).").replace(
                "%1", isolate(found.group(1) if found else "")
            )
        if code == "unknown_service":
            return self.tr(
                "Service %1 is not in this panel's service list (refresh the list if it is new)."
            ).replace("%1", service_id)
        if code == "needs_form":
            service_type = line.service.type if line.service is not None else ""
            return (
                self.tr(
                    "Service %1 is a “%2” service: this service type needs the single-order form."
                )
                .replace("%1", service_id)
                .replace("%2", isolate(service_type))
            )
        if code == "package_quantity":
            return self.tr(
                "Service %1 is sold per package: give quantity 1 or leave it out."
            ).replace("%1", service_id)
        if code == "invalid" and line.service is not None:
            values = {"link": line.link, "quantity": line.quantity_text}
            grouping = numbers.group_separators()
            errors = validate_order(line.service, values, grouping=grouping).errors
            if errors:
                return self.tr("; ").join(
                    field_error_text(error, line.service, values) for error in errors
                )
        if code == "no_price":
            return self.tr(
                "Service %1 has no usable price in the service list; refresh the list."
            ).replace("%1", service_id)
        if code == "already_sent":
            found = _ALREADY_SENT.search(line.problem)
            return self.tr(
                "Already sent from this window (%1); check it before sending it again."
            ).replace("%1", found.group(1) if found else "—")
        if code == "duplicate":
            found = _SAME_AS.search(line.problem)
            number = numbers.fmt_int(int(found.group(1))) if found else "—"
            return self.tr(
                "Same service and link as line %1: the panel refuses a second active order for "
                "the same link."
            ).replace("%1", number)
        return line.problem

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.plan.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.plan.lines):
            return None
        line = self.plan.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(self._tooltip(line, column)) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.LINE,
            self.QUANTITY,
            self.COST,
        ):
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, line: MassLine, column: int) -> str | None:
        if column == self.RESULT and line.number in self.results:
            return self.results[line.number].message or None
        if column == self.PROBLEM and line.problem:
            return self.problem_text(line)
        if column in (self.LINK, self.SERVICE):
            return self._text(line, column) or None
        return None

    def _text(self, line: MassLine, column: int) -> str:
        if column == self.LINE:
            return numbers.fmt_int(line.number)
        if column == self.SERVICE:
            if line.service is not None:
                return f"{fmt_id(line.service.id)} · {isolate(line.service.name)}"
            return "" if line.service_id is None else fmt_id(line.service_id)
        if column == self.LINK:
            return isolate(line.params.get("link", line.link) if line.params else line.link)
        if column == self.QUANTITY:
            if line.quantity is not None:
                return numbers.fmt_int(line.quantity)
            return isolate(line.quantity_text)
        if column == self.COST:
            if line.cost is None:
                return ""
            return numbers.fmt_money(line.cost, self.currency)
        if column == self.PROBLEM:
            return self.problem_text(line) if line.problem else ""
        if column == self.RESULT:
            result = self.results.get(line.number)
            return "" if result is None else result.text
        return ""

    def _colour(self, line: MassLine, column: int) -> QBrush | None:
        if column == self.PROBLEM and line.problem:
            return QBrush(theme.status_colour("error", self._dark))
        if column != self.RESULT or line.number not in self.results:
            return None
        kind = _OUTCOME_KINDS[self.results[line.number].outcome.value]
        return QBrush(theme.status_colour(kind, self._dark))


class _MiddleElide(QStyledItemDelegate):
    """Links differ at their end ("…/p/post1" vs "…/p/post2"): keep both ends visible."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


def make_table(model: MassOrderModel, parent: QWidget) -> QTableView:
    """A read-only view of ``model``: whole rows, one text line a row, links elided in the middle
    and column widths fitted to sample values in the user's digits and words."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setItemDelegateForColumn(MassOrderModel.LINK, _MiddleElide(table))
    table.verticalHeader().setVisible(False)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    measure = table.fontMetrics().horizontalAdvance
    fmt = numbers
    unconfirmed = f"{theme.status_symbol('unknown')} " + QCoreApplication.translate(
        "MassOrderDialog", "Unconfirmed"
    )
    widths = {  # samples in the user's digits and words
        MassOrderModel.LINE: measure(fmt.fmt_int(88888)) + 16,
        MassOrderModel.SERVICE: measure(fmt_id(8888) + " · Instagram Foll") + 16,
        MassOrderModel.LINK: measure("https://instagram.com/p/ab") + 16,
        MassOrderModel.QUANTITY: measure(fmt.fmt_int(1_000_000)) + 16,
        MassOrderModel.COST: measure(fmt.fmt_money(Decimal("1000"), "USD")) + 16,
        MassOrderModel.RESULT: measure(unconfirmed + " ") + 16,
    }
    for column, width in widths.items():
        header.resizeSection(column, width)
    header.setSectionResizeMode(MassOrderModel.PROBLEM, QHeaderView.ResizeMode.Stretch)
    return table
