"""The mass-order dialog: paste ``service_id | link | quantity`` lines, check them against the
catalogue and the balance, then place them one at a time on a worker with per-line results."""

from __future__ import annotations

import threading
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

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
)
from smmdesk.core.ordering import Placement, PlacementState
from smmdesk.core.store import StoreError
from smmdesk.gui.ordering.mass.model import LineResult, MassOrderModel, Outcome, make_table
from smmdesk.gui.ordering.mass.run import RunSignals, result_of, submit_run
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.widgets import dialogs, theme
from smmdesk.gui.widgets.plain import align_to_reading_start, new_label
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.numbers import order_ref

__all__ = ["MassOrderDialog"]

#: Checking runs on the GUI thread (~20 µs a line); beyond this a paste would stall the window.
MAX_LINES = 10_000

# Summary tones: theme status kinds, readable on light and dark backgrounds
_RED = "error"
_ORANGE = "unknown"


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
        self._signals = RunSignals(self)
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
        self.hint_label = new_label(
            self,
            self.tr(
                "One order per line: %1 — fields may also be separated by commas, semicolons "
                "or tabs. Lines starting with # are skipped. Only services that take just a "
                "link and a quantity can be mass-ordered."
            ).replace("%1", isolate(FORMAT_HINT)),
        )
        self.hint_label.setWordWrap(True)
        align_to_reading_start(self.hint_label)
        layout.addWidget(self.hint_label)

        self.recovery_frame = QFrame(self)
        self.recovery_frame.setFrameShape(QFrame.Shape.StyledPanel)
        recovery = QHBoxLayout(self.recovery_frame)
        self.recovery_label = new_label(self.recovery_frame)
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
        self.table = make_table(self.model, splitter)
        splitter.addWidget(self.text_edit)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

        self.summary_label = new_label(self)
        self.summary_label.setWordWrap(True)
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
            "%1", numbers.fmt_money(plan.total_cost, currency)
        )
        balance = self._balance()
        if balance is None:
            text += " · " + self.tr("balance not known yet")
        else:
            text += " · " + self.tr("balance %1").replace(
                "%1", numbers.fmt_money(balance, currency)
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
                    "%1", numbers.fmt_int(MAX_LINES)
                ),
                _RED,
            )
            return False
        if self._stale:
            self.model.clear_results()
            self.remaining = None
            self.progress.setVisible(False)
        self.last_run = None
        self.plan = parse_mass_order(
            text, catalog, already_sent=self.sent, grouping=numbers.group_separators()
        )
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
        total = numbers.fmt_money(plan.total_cost, self.session.currency)
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

        submit_run(
            self.session,
            plan,
            self._stop,
            self._signals,
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

    def on_run_finished(self, plan: MassOrderPlan, run: MassRun) -> None:
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

    def on_run_failed(self, plan: MassOrderPlan, exc: Exception) -> None:
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
