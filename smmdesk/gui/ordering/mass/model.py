"""The mass-order table: each checked line with its cost, its problem in the user's words, the
same-link flag (a line repeating the link of another line or of an order still in progress)
and, once a run has sent it, its result; and the view set up to show it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any, ClassVar

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

from smmdesk.core.massplan import LineProblem, MassLine, MassOrderPlan
from smmdesk.core.same_link import LineFlag
from smmdesk.gui.widgets import theme
from smmdesk.gui.widgets.keyboard import tab_leaves
from smmdesk.gui.widgets.plain import tip
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.fields import field_error_text
from smmdesk.gui.wording.numbers import fmt_id, order_ref
from smmdesk.gui.wording.same_link import open_order_line
from smmdesk.gui.wording.services import mass_format_text

__all__ = ["LineResult", "MassOrderModel", "Outcome", "make_table"]

# Result column: the theme kind per outcome (symbol and words carry it too)
_OUTCOME_KINDS = {
    "accepted": "completed",
    "rejected": "error",
    "unknown": "unknown",
    "unsent": "canceled",
    "elsewhere": "canceled",
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
    ELSEWHERE = "elsewhere"  # another window or app sent it meanwhile


@dataclass(frozen=True, slots=True)
class LineResult:
    """What happened to one line in a run: a short cell text and the full sentence (its
    tooltip)."""

    outcome: Outcome
    text: str
    sentence: str = ""


# The result cell of a line without an answer: its status symbol and words (written in the
# dialog's translation context)
_MARKS: dict[Outcome, tuple[str, Callable[[], str]]] = {
    Outcome.QUEUED: ("pending", lambda: QCoreApplication.translate("MassOrderDialog", "Queued")),
    Outcome.SENDING: (
        "in_progress",
        lambda: QCoreApplication.translate("MassOrderDialog", "Sending…"),
    ),
    Outcome.UNKNOWN: (
        "unknown",
        lambda: QCoreApplication.translate("MassOrderDialog", "Unconfirmed"),
    ),
    Outcome.UNSENT: ("canceled", lambda: QCoreApplication.translate("MassOrderDialog", "Not sent")),
    Outcome.ELSEWHERE: (
        "canceled",
        lambda: QCoreApplication.translate("MassOrderDialog", "Sent by another window"),
    ),
}


def _service_ref(line: MassLine) -> str:
    return fmt_id(line.service_id) if line.service_id is not None else ""


class MassOrderModel(QAbstractTableModel):
    """The checked lines (valid and not) with their cost, problem and, after a run, result."""

    LINE, SERVICE, LINK, SAME_LINK, QUANTITY, COST, PROBLEM, RESULT = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = MassOrderPlan(())
        self.currency = ""
        self.results: dict[int, LineResult] = {}
        self.line_flags: Mapping[int, LineFlag] = {}
        self._row_of: dict[int, int] = {}
        self._problems: dict[int, str] = {}  # line number -> problem in words, made when shown
        self._dark = False
        self._headers = (
            self.tr("Line"),
            self.tr("Service"),
            self.tr("Link"),
            self.tr("Same link"),
            self.tr("Quantity"),
            self.tr("Cost"),
            self.tr("Problem"),
            self.tr("Result"),
        )

    def set_plan(
        self,
        plan: MassOrderPlan,
        currency: str,
        *,
        dark: bool = False,
        flags: Mapping[int, LineFlag] | None = None,
    ) -> None:
        """Show ``plan``; ``flags``: its lines on a link already taken (``core.same_link``)."""
        self.beginResetModel()
        self.plan = plan
        self.line_flags = flags or {}
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

    def mark(self, numbers: Iterable[int], outcome: Outcome, sentence: str = "") -> None:
        """Show ``outcome`` (queued, sending, unconfirmed, not sent, sent by another window)
        as the result of the lines ``numbers``; an answer's result comes from ``set_result``."""
        symbol, words = _MARKS[outcome]
        text = f"{theme.status_symbol(symbol)} {words()}"
        for number in numbers:
            self.set_result(number, LineResult(outcome, text, sentence))

    def outcome_of(self, number: int) -> Outcome | None:
        result = self.results.get(number)
        return None if result is None else result.outcome

    def settle_failed_run(
        self, plan: MassOrderPlan, reason: str
    ) -> tuple[list[MassLine], list[int]]:
        """A run of ``plan`` failed as a whole (``reason``, in words): the line being sent
        becomes unconfirmed, the lines not sent yet become "Not sent". Returns the unconfirmed
        lines and the numbers of the lines nobody sent."""
        sending = [line for line in plan.valid if self.outcome_of(line.number) is Outcome.SENDING]
        unsent = [
            line.number
            for line in plan.valid
            if self.outcome_of(line.number) in (None, Outcome.QUEUED)
        ]
        self.mark((line.number for line in sending), Outcome.UNKNOWN, reason)
        self.mark(unsent, Outcome.UNSENT)
        return sending, unsent

    def row_of(self, number: int) -> int | None:
        return self._row_of.get(number)

    def key_of(self, number: int) -> tuple[int, str] | None:
        """The duplicate key (:attr:`MassLine.key`) of line ``number``, if it has one."""
        row = self._row_of.get(number)
        return None if row is None else self.plan.lines[row].key

    def problem_text(self, line: MassLine) -> str:
        """What is wrong with a pasted line, in the user's language, by its problem code
        ("" for a valid line)."""
        if line.code is None:
            return ""
        text = self._problems.get(line.number)
        if text is None:
            text = self._problems[line.number] = self._PROBLEMS[line.code](self, line)
        return text

    # -- one method per LineProblem ------------------------------------------------------------
    def _format(self, line: MassLine) -> str:
        count = line.field_count or 0
        text = self.tr("Expected %1; this line has %Ln fields.", "", count).replace(
            "%1", isolate(mass_format_text())
        )
        if count > 3:
            text += " " + self.tr(
                "If the link or the quantity contains a comma, separate the fields with | "
                "or put that field in quotes."
            )
        return text

    def _service_id(self, line: MassLine) -> str:
        return self.tr("The service id must be a number (found “%1”).").replace(
            "%1", isolate(line.id_text)
        )

    def _unknown_service(self, line: MassLine) -> str:
        return self.tr(
            "Service %1 is not in this panel's service list (refresh the list if it is new)."
        ).replace("%1", _service_ref(line))

    def _needs_form(self, line: MassLine) -> str:
        service_type = line.service.type if line.service is not None else ""
        return (
            self.tr("Service %1 is a “%2” service: this service type needs the single-order form.")
            .replace("%1", _service_ref(line))
            .replace("%2", isolate(service_type))
        )

    def _package_quantity(self, line: MassLine) -> str:
        return self.tr("Service %1 is sold per package: give quantity 1 or leave it out.").replace(
            "%1", _service_ref(line)
        )

    def _invalid(self, line: MassLine) -> str:
        service = line.service
        if service is None:  # the core checks fields only against a known service
            return ""
        return self.tr("; ").join(field_error_text(error, service) for error in line.errors)

    def _no_price(self, line: MassLine) -> str:
        return self.tr(
            "Service %1 has no usable price in the service list; refresh the list."
        ).replace("%1", _service_ref(line))

    def _already_sent(self, line: MassLine) -> str:
        # written in the dialog's translation context, where they were first used
        if line.sent_as is None:
            how = QCoreApplication.translate(
                "MassOrderDialog", "unconfirmed: it may have been placed"
            )
        else:
            how = QCoreApplication.translate("MassOrderDialog", "order %1").replace(
                "%1", order_ref(line.sent_as)
            )
        return self.tr(
            "Already sent from this window (%1); check it before sending it again."
        ).replace("%1", how)

    def _duplicate(self, line: MassLine) -> str:
        number = numbers.fmt_int(line.same_as) if line.same_as is not None else "—"
        return self.tr(
            "Same service and link as line %1: the panel refuses a second active order for "
            "the same link."
        ).replace("%1", number)

    _PROBLEMS: ClassVar[dict[LineProblem, Callable[[MassOrderModel, MassLine], str]]] = {
        LineProblem.FORMAT: _format,
        LineProblem.SERVICE_ID: _service_id,
        LineProblem.UNKNOWN_SERVICE: _unknown_service,
        LineProblem.NEEDS_FORM: _needs_form,
        LineProblem.PACKAGE_QUANTITY: _package_quantity,
        LineProblem.INVALID: _invalid,
        LineProblem.NO_PRICE: _no_price,
        LineProblem.ALREADY_SENT: _already_sent,
        LineProblem.DUPLICATE: _duplicate,
    }

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

    # -- the same-link flag ----------------------------------------------------------------------
    def flag_text(self, line: MassLine) -> str:
        """The short flag of a line on a link already taken ("" when it is not flagged)."""
        flag = self.line_flags.get(line.number)
        if flag is None:
            return ""
        symbol = theme.status_symbol("unknown")
        if flag.orders:
            # the order number first: it is what a narrow column must not cut off
            first = flag.orders[0]
            panel = isolate(first.panel_name)
            if first.panel_order_id is None:
                text = self.tr("Unconfirmed order on %1").replace("%1", panel)
            else:
                ref = order_ref(first.panel_order_id)  # no "%" in it: safe to fill first
                text = self.tr("Order %1 on %2").replace("%1", ref).replace("%2", panel)
            if len(flag.orders) > 1:
                text += " " + self.tr("(+%1)").replace("%1", numbers.fmt_int(len(flag.orders) - 1))
            return f"{symbol} {text}"
        return f"{symbol} " + self.tr("Same as line %1").replace(
            "%1", numbers.fmt_int(flag.same_lines[0])
        )

    def flag_sentence(self, line: MassLine) -> str:
        """Everything about a flagged line's link: the earlier lines and the orders in progress
        on it (the flag cell's tooltip)."""
        flag = self.line_flags.get(line.number)
        if flag is None:
            return ""
        parts: list[str] = []
        if flag.same_lines:
            lines = self.tr(", ").join(numbers.fmt_int(n) for n in flag.same_lines)
            parts.append(
                self.tr("The same link as line %1, for the same kind of service.").replace(
                    "%1", lines
                )
            )
        if flag.orders:
            parts.append(self.tr("Orders in progress on this link:"))
            parts.extend(open_order_line(order) for order in flag.orders)
        parts.append(
            self.tr(
                "Two orders on the same link at the same time lose money: the panels do not "
                "refund it."
            )
        )
        return "\n".join(parts)

    def _tooltip(self, line: MassLine, column: int) -> str | None:
        if column == self.SAME_LINK:
            return self.flag_sentence(line) or None
        if column == self.RESULT and line.number in self.results:
            return self.results[line.number].sentence or None
        if column == self.PROBLEM and not line.ok:
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
        if column == self.SAME_LINK:
            return self.flag_text(line)
        if column == self.QUANTITY:
            if line.quantity is not None:
                return numbers.fmt_int(line.quantity)
            return isolate(line.quantity_text)
        if column == self.COST:
            if line.cost is None:
                return ""
            return numbers.fmt_money(line.cost, self.currency)
        if column == self.PROBLEM:
            return self.problem_text(line)
        if column == self.RESULT:
            result = self.results.get(line.number)
            return "" if result is None else result.text
        return ""

    def _colour(self, line: MassLine, column: int) -> QBrush | None:
        if column == self.SAME_LINK and line.number in self.line_flags:
            return QBrush(theme.status_colour("unknown", self._dark))
        if column == self.PROBLEM and not line.ok:
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
    tab_leaves(table)  # Tab goes on to the buttons, not from cell to cell
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
    in_progress = (
        QCoreApplication.translate("MassOrderModel", "Order %1 on %2")
        .replace("%1", order_ref(88888))
        .replace("%2", "Panel")
    )
    widths = {  # samples in the user's digits and words
        MassOrderModel.LINE: measure(fmt.fmt_int(88888)) + 16,
        MassOrderModel.SERVICE: measure(fmt_id(8888) + " · Instagram Foll") + 16,
        MassOrderModel.LINK: measure("https://instagram.com/p/ab") + 16,
        MassOrderModel.SAME_LINK: measure(f"{theme.status_symbol('unknown')} {in_progress}") + 16,
        MassOrderModel.QUANTITY: measure(fmt.fmt_int(1_000_000)) + 16,
        MassOrderModel.COST: measure(fmt.fmt_money(Decimal("1000"), "USD")) + 16,
        MassOrderModel.RESULT: measure(unconfirmed + " ") + 16,
    }
    for column, width in widths.items():
        header.resizeSection(column, width)
    header.setSectionResizeMode(MassOrderModel.PROBLEM, QHeaderView.ResizeMode.Stretch)
    return table
