"""The mass-order dialog: paste ``service_id | link | quantity`` lines, check them against the
catalogue and the balance, then place them one at a time on a worker with per-line results."""

from __future__ import annotations

import re
import threading
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
    Signal,
)
from PySide6.QtGui import QBrush, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smmdesk.core.errors import AuthError, PanelRejected, TransportError
from smmdesk.core.massorder import (
    FORMAT_HINT,
    MassLine,
    MassOrderPlan,
    MassRun,
    StopReason,
    discard_drafts,
    drafts_to_text,
    interrupted_drafts,
    parse_mass_order,
    run_mass_order,
)
from smmdesk.core.ordering import Placement, PlacementState
from smmdesk.core.store import StoreError
from smmdesk.core.validate import validate_order
from smmdesk.gui import dialogs, locale_format, theme
from smmdesk.gui.order_form import field_error_text
from smmdesk.gui.orders_status import (
    align_to_reading_start,
    fmt_id,
    isolate,
    order_ref,
    placement_message,
)
from smmdesk.gui.session import PanelSession

__all__ = ["MassOrderDialog", "MassOrderModel"]

#: Checking runs on the GUI thread (~20 µs a line); beyond this a paste would stall the window.
MAX_LINES = 10_000

# Summary tones: theme status kinds, readable on light and dark backgrounds
_RED = "error"
_ORANGE = "unknown"
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


def result_of(placement: Placement) -> LineResult:
    """A placement as the result cell shows it: symbol and short words, with the whole
    sentence (in the user's language) for the tooltip."""
    message = placement_message(placement)
    if placement.state is PlacementState.ACCEPTED:
        number = order_ref(placement.order_id) if placement.order_id is not None else ""
        return LineResult(Outcome.ACCEPTED, f"{theme.status_symbol('completed')} {number}", message)
    if placement.state is PlacementState.UNKNOWN:
        text = QCoreApplication.translate("MassOrderDialog", "Unconfirmed")
        return LineResult(Outcome.UNKNOWN, f"{theme.status_symbol('unknown')} {text}", message)
    error = placement.error
    if isinstance(error, TransportError):
        text = QCoreApplication.translate("MassOrderDialog", "Not sent: no connection")
    elif isinstance(error, AuthError):
        text = QCoreApplication.translate("MassOrderDialog", "Refused: API key")
    elif isinstance(error, PanelRejected):
        text = QCoreApplication.translate("MassOrderDialog", "Refused: %1").replace(
            "%1", isolate(error.panel_text)
        )
    else:
        text = QCoreApplication.translate("MassOrderDialog", "Refused")
    return LineResult(Outcome.REJECTED, f"{theme.status_symbol('error')} {text}", message)


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
            errors = validate_order(line.service, values).errors
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
            number = locale_format.fmt_int(int(found.group(1))) if found else "—"
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
            if column == self.RESULT and line.number in self.results:
                return self.results[line.number].message or None
            if column == self.PROBLEM and line.problem:
                return self.problem_text(line)
            if column in (self.LINK, self.SERVICE):
                return self._text(line, column) or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.LINE,
            self.QUANTITY,
            self.COST,
        ):
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, line: MassLine, column: int) -> str:
        if column == self.LINE:
            return locale_format.fmt_int(line.number)
        if column == self.SERVICE:
            if line.service is not None:
                return f"{fmt_id(line.service.id)} · {isolate(line.service.name)}"
            return "" if line.service_id is None else fmt_id(line.service_id)
        if column == self.LINK:
            return isolate(line.params.get("link", line.link) if line.params else line.link)
        if column == self.QUANTITY:
            if line.quantity is not None:
                return locale_format.fmt_int(line.quantity)
            return isolate(line.quantity_text)
        if column == self.COST:
            if line.cost is None:
                return ""
            return locale_format.fmt_money(line.cost, self.currency)
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


class _RunSignals(QObject):
    """Carries a run's per-line news from the worker thread to the dialog (queued)."""

    sig_sending = Signal(int)
    """Line number: its order is saved and its request is leaving."""
    sig_line = Signal(int, object)
    """(line number, Placement): a line's outcome is recorded."""


class MassOrderDialog(QDialog):
    """Paste, check, place: many simple orders (link + quantity) in one go."""

    sig_orders_placed = Signal(list)
    """list[Placement]: a run ended; these orders were sent (the window reloads orders/balance)."""

    def __init__(self, session: PanelSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.plan: MassOrderPlan | None = None  # the checked plan shown, None until Check
        self.remaining: MassOrderPlan | None = None  # what Place sends after a stopped run
        self.last_run: MassRun | None = None
        # (service id, link) of lines this window sent that were placed or may have been: a
        # re-checked paste flags them so nothing is sent twice.
        self.sent: dict[tuple[int, str], str] = {}
        self._stale = True  # the text changed since the last Check
        self._running = False
        self._close_when_done = False
        self._stop = threading.Event()
        self._sending: int | None = None
        self._signals = _RunSignals(self)
        self._signals.sig_sending.connect(self.on_line_sending)
        self._signals.sig_line.connect(self.on_line_done)
        stop = self._stop  # not self: the lambdas must not keep the dialog alive
        self.destroyed.connect(lambda *_: stop.set())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(stop.set)
        self.setWindowTitle(self.tr("Mass order"))
        self.resize(980, 640)
        self._build()
        session.sig_balance.connect(self.on_balance)
        session.sig_catalog_loaded.connect(self.on_catalog_loaded)
        self._show_interrupted()
        self._update_state()

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.hint_label = QLabel(
            self.tr(
                "One order per line: %1 — fields may also be separated by commas, semicolons "
                "or tabs. Lines starting with # are skipped. Only services that take just a "
                "link and a quantity can be mass-ordered."
            ).replace("%1", isolate(FORMAT_HINT)),
            self,
        )
        self.hint_label.setWordWrap(True)
        align_to_reading_start(self.hint_label)
        layout.addWidget(self.hint_label)

        self.recovery_frame = QFrame(self)
        self.recovery_frame.setFrameShape(QFrame.Shape.StyledPanel)
        recovery = QHBoxLayout(self.recovery_frame)
        self.recovery_label = QLabel(self.recovery_frame)
        self.recovery_label.setWordWrap(True)
        align_to_reading_start(self.recovery_label)
        self.load_drafts_button = QPushButton(self.tr("Load them"), self.recovery_frame)
        self.load_drafts_button.setAutoDefault(False)
        self.load_drafts_button.clicked.connect(self.on_load_drafts_clicked)
        self.discard_drafts_button = QPushButton(self.tr("Discard"), self.recovery_frame)
        self.discard_drafts_button.setAutoDefault(False)
        self.discard_drafts_button.clicked.connect(self.on_discard_drafts_clicked)
        recovery.addWidget(self.recovery_label, 1)
        recovery.addWidget(self.load_drafts_button)
        recovery.addWidget(self.discard_drafts_button)
        self.recovery_frame.setVisible(False)
        layout.addWidget(self.recovery_frame)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.text_edit = QPlainTextEdit(splitter)
        self.text_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        # "id | link | quantity" lines read left to right in any language
        self.text_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.text_edit.setPlaceholderText(  # i18n: ignore a sample of the format itself
            "1 | https://instagram.com/p/abc | 1000\n1 | https://instagram.com/p/def | 500"
        )
        self.text_edit.textChanged.connect(self.on_text_changed)

        self.model = MassOrderModel(self)
        self.table = QTableView(splitter)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(MassOrderModel.LINK, _MiddleElide(self.table))
        self.table.verticalHeader().setVisible(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        measure = self.table.fontMetrics().horizontalAdvance
        fmt = locale_format
        unconfirmed = f"{theme.status_symbol('unknown')} " + self.tr("Unconfirmed")
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
        splitter.addWidget(self.text_edit)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        align_to_reading_start(self.summary_label)
        layout.addWidget(self.summary_label)
        self.progress = QProgressBar(self)
        self.progress.setFormat(self.tr("%v of %m sent"))
        self.progress.setVisible(False)
        layout.addWidget(self.progress)

        buttons = QHBoxLayout()
        self.validate_button = QPushButton(self.tr("Check"), self)
        self.validate_button.setAutoDefault(False)
        self.validate_button.clicked.connect(self.on_check_clicked)
        self.place_button = QPushButton(self)
        self.place_button.setAutoDefault(False)
        self.place_button.clicked.connect(self.on_place_clicked)
        self.cancel_button = QPushButton(self.tr("Close"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        buttons.addWidget(self.validate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.place_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

    def _dark(self) -> bool:
        return self.palette().color(self.backgroundRole()).lightness() < 128

    def _colour(self, kind: str) -> str:
        return theme.status_colour(kind, self._dark()).name()

    # -- state -------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running

    def _to_send(self) -> MassOrderPlan | None:
        """What Place would send now: a fresh check's valid lines, or a stopped run's rest."""
        if self._running or self.plan is None or self._stale:
            return None
        return self.remaining if self.remaining is not None else self.plan

    def _balance(self) -> Decimal | None:
        balance = self.session.balance
        return None if balance is None else balance.amount

    def _text(self) -> str:
        return self.text_edit.toPlainText()

    def _update_state(self) -> None:
        running = self._running
        self.text_edit.setReadOnly(running)
        self.validate_button.setEnabled(not running and self.session.catalog is not None)
        plan = self._to_send()
        count = 0 if plan is None else len(plan.valid)
        over = plan is not None and plan.exceeds(self._balance())
        self.place_button.setEnabled(count > 0 and not over)
        # English needs its singular without a loaded translation; %n forms serve the rest
        if count and plan is self.remaining:
            text = (
                self.tr("Place 1 remaining order")
                if count == 1
                else self.tr("Place %Ln remaining orders", "", count)
            )
        else:
            text = (
                self.tr("Place 1 order") if count == 1 else self.tr("Place %Ln orders", "", count)
            )
        self.place_button.setText(text)
        if running:
            self.cancel_button.setText(self.tr("Cancel"))
            self.cancel_button.setEnabled(not self._stop.is_set())
        else:
            self.cancel_button.setText(self.tr("Close"))
            self.cancel_button.setEnabled(True)

    def _set_summary(self, text: str, kind: str | None = None) -> None:
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(f"color: {self._colour(kind)};" if kind else "")

    def _show_plan_summary(self) -> None:
        plan = self._to_send()
        if plan is None:
            return
        currency = self.session.currency
        parts = [
            (
                self.tr("1 valid line")
                if len(plan.valid) == 1
                else self.tr("%Ln valid lines", "", len(plan.valid))
            ),
            self.tr("%Ln with problems", "", len(plan.problems)),
        ]
        text = self.tr(", ").join(parts)
        text += " · " + self.tr("total %1").replace(
            "%1", locale_format.fmt_money(plan.total_cost, currency)
        )
        balance = self._balance()
        if balance is None:
            text += " · " + self.tr("balance not known yet")
        else:
            text += " · " + self.tr("balance %1").replace(
                "%1", locale_format.fmt_money(balance, currency)
            )
        if plan.exceeds(balance):
            text += " — " + self.tr("the total is more than the balance: add funds or remove lines")
            self._set_summary(text, _RED)
        else:
            self._set_summary(text)

    # -- checking ----------------------------------------------------------------------------
    def on_text_changed(self) -> None:
        self._stale = True
        if self.plan is not None:
            self._set_summary(self.tr("The text changed: press Check before placing."))
        self._update_state()

    def on_check_clicked(self) -> None:
        self.check()

    def check(self) -> bool:
        """Check the pasted text now; returns whether the table shows a fresh plan."""
        if self._running:
            return False
        catalog = self.session.catalog
        if catalog is None:
            self._set_summary(self.tr("The service list is not loaded yet; try again shortly."))
            return False
        text = self._text()
        if sum(1 for _ in text.splitlines()) > MAX_LINES:
            self._set_summary(
                self.tr("A mass order takes at most %1 lines; split the list.").replace(
                    "%1", locale_format.fmt_int(MAX_LINES)
                ),
                _RED,
            )
            return False
        if self._stale:
            self.model.clear_results()
            self.remaining = None
            self.progress.setVisible(False)
        self.last_run = None
        self.plan = parse_mass_order(text, catalog, already_sent=self.sent)
        if self.remaining is not None:
            # Re-checked after a stopped run: the lines not sent yet, as checked now.
            self.remaining = self.plan.subset({line.number for line in self.remaining.lines})
        self._stale = False
        self.model.set_plan(self.plan, self.session.currency, dark=self._dark())
        self._update_state()
        if not self.plan.lines:
            self._set_summary(self.tr("Paste one order per line first."))
        else:
            self._show_plan_summary()
        return True

    def on_balance(self, _balance: Any) -> None:
        if not self._running and self._to_send() is not None and self.last_run is None:
            self._show_plan_summary()
        self._update_state()

    def on_catalog_loaded(self, _catalog: Any, _diff: Any) -> None:
        # Prices and services may have changed: what is shown must be what would be sent.
        if not self._running and self.plan is not None and not self._stale:
            self.check()
        else:
            self._update_state()

    # -- placing -----------------------------------------------------------------------------
    def on_place_clicked(self) -> None:
        plan = self._to_send()
        if plan is None or not plan.valid or plan.exceeds(self._balance()):
            return
        count = len(plan.valid)
        total = locale_format.fmt_money(plan.total_cost, self.session.currency)
        ok = dialogs.confirm(
            self,
            self.tr("Place mass order"),
            (
                self.tr("Place 1 order for %1?")
                if count == 1
                else self.tr("Place %Ln orders for %1 in total?", "", count)
            ).replace("%1", total),
            self.tr(
                "They are sent one at a time. Cancel stops after the line being sent. Lines "
                "with problems are not sent."
            ),
            ok_text=self.place_button.text(),
        )
        if ok and self._to_send() is plan:
            self._start(plan)

    def _start(self, plan: MassOrderPlan) -> None:
        self._running = True
        self._stop.clear()
        self._sending = None
        self.last_run = None
        for line in plan.valid:
            queued = f"{theme.status_symbol('pending')} " + self.tr("Queued")
            self.model.set_result(line.number, LineResult(Outcome.QUEUED, queued))
        self.progress.setRange(0, len(plan.valid))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._set_summary(self.tr("Placing orders one at a time…"))
        self._update_state()

        store, client, panel_id = (
            self.session.ctx.store,
            self.session.client(),
            self.session.panel.id,
        )
        stop, signals = self._stop, self._signals

        def sending(number: int) -> None:
            try:
                signals.sig_sending.emit(number)
            except RuntimeError:  # the dialog was destroyed (app quitting): stop after this line
                stop.set()

        def progress(number: int, placement: Placement) -> None:
            try:
                signals.sig_line.emit(number, placement)
            except RuntimeError:
                stop.set()

        def work() -> MassRun:
            try:
                return run_mass_order(
                    store,
                    client,
                    panel_id,
                    plan,
                    should_stop=stop.is_set,
                    on_progress=progress,
                    on_sending=sending,
                )
            finally:
                store.close_thread_connection()

        self.session.ctx.tasks.submit(
            "mass-order",
            work,
            lambda run: self.on_run_finished(plan, run),
            lambda exc: self.on_run_failed(plan, exc),
        )

    def on_line_sending(self, number: int) -> None:
        self._sending = number
        sending = f"{theme.status_symbol('in_progress')} " + self.tr("Sending…")
        self.model.set_result(number, LineResult(Outcome.SENDING, sending))
        row = self.model.row_of(number)
        if row is not None:
            self.table.scrollTo(self.model.index(row, MassOrderModel.RESULT))

    def on_line_done(self, number: int, placement: Any) -> None:
        if self._sending == number:
            self._sending = None
        self.model.set_result(number, result_of(placement))
        self.progress.setValue(self.progress.value() + 1)
        line = self._line(number)
        if line is not None:
            self._remember_sent(line, placement)

    def _line(self, number: int) -> MassLine | None:
        row = self.model.row_of(number)
        return None if row is None else self.model.plan.lines[row]

    def _remember_sent(self, line: MassLine, placement: Placement) -> None:
        key = line.key
        if key is None:
            return
        if placement.state is PlacementState.ACCEPTED:
            number = order_ref(placement.order_id) if placement.order_id is not None else "—"
            self.sent[key] = self.tr("order %1").replace("%1", number)
        elif placement.state is PlacementState.UNKNOWN:
            self.sent[key] = self.tr("unconfirmed: it may have been placed")

    def on_run_finished(self, plan: MassOrderPlan, run: Any) -> None:
        self._running = False
        self.last_run = run
        for number, placement in run.results:  # any news the progress signals had not shown
            if self.model.results.get(number, LineResult(Outcome.QUEUED, "")).outcome in (
                Outcome.QUEUED,
                Outcome.SENDING,
            ):
                self.on_line_done(number, placement)
        not_sent = self._not_sent_text()
        for number in run.unsent:
            self.model.set_result(number, LineResult(Outcome.UNSENT, not_sent))
        elsewhere = f"{theme.status_symbol('canceled')} " + self.tr("Sent by another window")
        for number in run.elsewhere:
            self.model.set_result(number, LineResult(Outcome.UNSENT, elsewhere))
        self.remaining = plan.subset(run.unsent) if run.unsent else MassOrderPlan(())
        self._set_summary(self._run_summary(run), None if run.stopped is None else _ORANGE)
        self._finish(run.placements)

    def _not_sent_text(self) -> str:
        return f"{theme.status_symbol('canceled')} " + self.tr("Not sent")

    def on_run_failed(self, plan: MassOrderPlan, exc: Any) -> None:
        """The run itself failed (the database, or a bug): show what is known per line."""
        self._running = False
        unsent: list[int] = []
        for line in plan.valid:
            outcome = self.model.results.get(line.number)
            if outcome is not None and outcome.outcome is Outcome.SENDING:
                unconfirmed = f"{theme.status_symbol('unknown')} " + self.tr("Unconfirmed")
                self.model.set_result(
                    line.number, LineResult(Outcome.UNKNOWN, unconfirmed, isolate(str(exc)))
                )
                if line.key is not None:
                    self.sent[line.key] = self.tr("unconfirmed: it may have been placed")
            elif outcome is None or outcome.outcome is Outcome.QUEUED:
                self.model.set_result(
                    line.number, LineResult(Outcome.UNSENT, self._not_sent_text())
                )
                unsent.append(line.number)
        self.remaining = plan.subset(unsent)
        reason = str(exc) if isinstance(exc, StoreError) else type(exc).__name__
        text = self.tr("The mass order stopped because of an error: %1").replace(
            "%1", isolate(reason)
        )
        self._set_summary(text, _RED)
        dialogs.error(self, self.tr("Mass order stopped"), text)
        self._finish([])

    def _finish(self, placements: list[Placement]) -> None:
        self._update_state()
        self.sig_orders_placed.emit(placements)
        if self._close_when_done:
            self._close_when_done = False
            super().reject()

    def _run_summary(self, run: MassRun) -> str:
        counts = self.tr(", ").join(
            (
                self.tr("%Ln placed", "", run.count(PlacementState.ACCEPTED)),
                self.tr("%Ln refused", "", run.count(PlacementState.REJECTED)),
                self.tr("%Ln unconfirmed", "", run.count(PlacementState.UNKNOWN)),
            )
        )
        unsent = (
            self.tr("1 line not sent")
            if len(run.unsent) == 1
            else self.tr("%Ln lines not sent", "", len(run.unsent))
        )
        if run.stopped is None:
            return self.tr("Done: %1.").replace("%1", counts)
        if run.stopped is StopReason.CANCELLED:
            why = self.tr("Cancelled")
        elif run.stopped is StopReason.AUTH:
            why = self.tr("Stopped: the panel refused the API key")
        elif run.stopped is StopReason.FUNDS:
            why = self.tr("Stopped: the panel says the balance is too low")
        else:
            why = self.tr(
                "Stopped: several lines in a row got no usable answer from the panel; check the "
                "unconfirmed orders before sending the rest"
            )
        return (
            self.tr("%1 — %2; %3.").replace("%1", why).replace("%2", counts).replace("%3", unsent)
        )

    # -- stopping and closing ----------------------------------------------------------------
    def on_cancel_clicked(self) -> None:
        if self._running:
            self.request_stop()
        else:
            self.reject()

    def request_stop(self) -> None:
        """Stop after the line being sent; the rest are not sent."""
        if not self._running:
            return
        self._stop.set()
        self._set_summary(self.tr("Stopping after the line being sent…"))
        self._update_state()

    def reject(self) -> None:
        # Esc, the window's close button and Close all land here.
        if not self._running:
            super().reject()
            return
        if self._close_when_done:
            return
        stop = dialogs.confirm(
            self,
            self.tr("Stop the mass order?"),
            self.tr(
                "The line being sent finishes; the remaining lines are not sent. The window "
                "closes when the line is done."
            ),
            ok_text=self.tr("Stop and close"),
        )
        if stop and self._running:
            self._close_when_done = True
            self.request_stop()

    # -- recovering an interrupted run -------------------------------------------------------
    def _show_interrupted(self) -> None:
        try:
            drafts = interrupted_drafts(self.session.ctx.store, self.session.panel.id)
        except StoreError:
            drafts = []
        self._drafts = drafts
        if not drafts:
            self.recovery_frame.setVisible(False)
            return
        if len(drafts) == 1:
            text = self.tr(
                "1 line of an earlier mass order was never sent: SMMDesk stopped during that "
                "run. Load it to check and place it again, or discard it."
            )
        else:
            text = self.tr(
                "%Ln lines of an earlier mass order were never sent: SMMDesk stopped during "
                "that run. Load them to check and place them again, or discard them.",
                "",
                len(drafts),
            )
        self.recovery_label.setText(text)
        self.recovery_frame.setVisible(True)

    def on_load_drafts_clicked(self) -> None:
        drafts, self._drafts = self._drafts, []
        text = drafts_to_text(drafts)
        discard_drafts(self.session.ctx.store, [record.local_id for record in drafts])
        current = self._text().rstrip("\n")
        self.text_edit.setPlainText(f"{current}\n{text}" if current else text)
        self.recovery_frame.setVisible(False)
        self.check()

    def on_discard_drafts_clicked(self) -> None:
        drafts, self._drafts = self._drafts, []
        discard_drafts(self.session.ctx.store, [record.local_id for record in drafts])
        self.recovery_frame.setVisible(False)
