"""The mass-order dialog: paste ``service_id | link | quantity`` lines, check them against the
catalogue and the balance, then place them one at a time on a worker with per-line results.

Check also flags the lines on a link already taken (an earlier line, or an order still in
progress on any panel, for the same kind of product: ``core.same_link``); Place asks whether
to leave them out or place them too before anything is sent."""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
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
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from smmdesk.core.catalog import Catalog, CatalogDiff
from smmdesk.core.catalog_history import reuse_since_last_order
from smmdesk.core.massorder import MassRun
from smmdesk.core.massplan import MassOrderPlan, parse_mass_order
from smmdesk.core.models import Balance
from smmdesk.core.ordering import Placement, PlacementState
from smmdesk.core.same_link import ActiveLinks, LineFlag, flag_mass_lines
from smmdesk.core.store import StoreError
from smmdesk.gui.ordering.mass.model import MassOrderModel, Outcome, make_table
from smmdesk.gui.ordering.mass.recovery import InterruptedDrafts
from smmdesk.gui.ordering.mass.run import RunSignals, result_of, submit_run
from smmdesk.gui.ordering.mass.summary import ERROR, MassSummary
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.widgets import dialogs
from smmdesk.gui.widgets.keyboard import add_mnemonic, label_buttons, tab_leaves
from smmdesk.gui.widgets.plain import align_to_reading_start, new_label
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.outcomes import record_failure_text
from smmdesk.gui.wording.services import mass_format_text

__all__ = ["MassOrderDialog"]

log = logging.getLogger(__name__)

#: Checking runs on the GUI thread (~20 µs a line); beyond this a paste would stall the window.
MAX_LINES = 10_000


class MassOrderDialog(QDialog):
    """Paste, check, place: many simple orders (link + quantity) in one go."""

    sig_orders_placed = Signal(list)
    """list[Placement]: a run ended; these orders were sent (the window reloads orders/balance)."""

    def __init__(self, session: PanelSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.plan: MassOrderPlan | None = None  # the checked plan shown, None until Check
        # lines of the plan on a link already taken (another line, an order in progress)
        self.flags: Mapping[int, LineFlag] = {}
        self.remaining: MassOrderPlan | None = None  # what Place sends after a stopped run
        self.last_run: MassRun | None = None
        # (service id, link) of lines this window sent that were placed or may have been: a
        # re-checked paste flags them so nothing is sent twice.
        self.sent: dict[tuple[int, str], int | None] = {}
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
        self.recovery_frame.refresh()
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
            ).replace("%1", isolate(mass_format_text())),
        )
        self.hint_label.setWordWrap(True)
        align_to_reading_start(self.hint_label)
        # the hint names the box: Alt+its first letter puts the cursor in the lines
        self._letters: set[str] = set()
        self.hint_label.setText(add_mnemonic(self.hint_label.text(), self._letters))
        layout.addWidget(self.hint_label)

        self.recovery_frame = InterruptedDrafts(self.session, self)
        self.recovery_label = self.recovery_frame.label
        self.load_drafts_button = self.recovery_frame.load_button
        self.discard_drafts_button = self.recovery_frame.discard_button
        self.recovery_frame.sig_loaded.connect(self.on_drafts_loaded)
        layout.addWidget(self.recovery_frame)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.text_edit = QPlainTextEdit(splitter)
        self.text_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        # "id | link | quantity" lines read left to right in any language
        self.text_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # a sample of the format itself, its numbers in the user's digits (either are read)
        self.text_edit.setPlaceholderText(
            "\n".join(
                f"{numbers.fmt_id(1)} | https://instagram.com/p/{post} | {numbers.fmt_id(n)}"
                for post, n in (("abc", 1000), ("def", 500))
            )
        )
        self.text_edit.setAccessibleName(self.tr("Orders to place, one per line"))
        self.text_edit.textChanged.connect(self.on_text_changed)
        self.hint_label.setBuddy(self.text_edit)
        tab_leaves(self.text_edit)  # a typed tab would break the line's fields apart

        self.model = MassOrderModel(self)
        self.table = make_table(self.model, splitter)
        self.table.setAccessibleName(self.tr("Checked orders"))
        splitter.addWidget(self.text_edit)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

        self.summary_label = MassSummary(self)
        layout.addWidget(self.summary_label)
        self.progress = QProgressBar(self)
        self.progress.setFormat(self.tr("%v of %m sent"))
        self.progress.setAccessibleName(self.tr("Orders sent"))
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
        # Alt+letter for each button, in the user's language (the texts change with the state)
        label_buttons(
            (
                self.validate_button,
                self.place_button,
                self.cancel_button,
                self.load_drafts_button,
                self.discard_drafts_button,
            ),
            self._letters,
        )

    def _show_plan_summary(self) -> None:
        plan = self._to_send()
        if plan is not None:
            flagged = sum(1 for line in plan.valid if line.number in self.flags)
            self.summary_label.show_plan(
                plan, self._balance(), self.session.currency, flagged=flagged
            )

    # -- checking ----------------------------------------------------------------------------
    def on_text_changed(self) -> None:
        self._stale = True
        if self.plan is not None:
            self.summary_label.show_note(self.tr("The text changed: press Check before placing."))
        self._update_state()

    def on_check_clicked(self) -> None:
        self.check()

    def check(self) -> bool:
        """Check the pasted text now; returns whether the table shows a fresh plan."""
        if self._running:
            return False
        catalog = self.session.catalog
        if catalog is None:
            self.summary_label.show_note(
                self.tr("The service list is not loaded yet; try again shortly.")
            )
            return False
        text = self._text()
        if sum(1 for _ in text.splitlines()) > MAX_LINES:
            self.summary_label.show_note(
                self.tr("A mass order takes at most %1 lines; split the list.").replace(
                    "%1", numbers.fmt_int(MAX_LINES)
                ),
                ERROR,
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
        self.flags = self._flag_lines(self.plan)
        self.model.set_plan(self.plan, self.session.currency, dark=self._dark(), flags=self.flags)
        self._update_state()
        if not self.plan.lines:
            self.summary_label.show_note(self.tr("Paste one order per line first."))
        else:
            self._show_plan_summary()
        return True

    def _flag_lines(self, plan: MassOrderPlan) -> Mapping[int, LineFlag]:
        """The plan's lines on a link already taken, read once per Check."""
        if not plan.valid:
            return {}
        try:
            active = ActiveLinks.load(self.session.ctx.store)
        except StoreError:
            log.exception("cannot read the orders in progress for the same-link check")
            active = ActiveLinks(())
        return flag_mass_lines(plan, active)

    def on_balance(self, _balance: Balance | None) -> None:
        if not self._running and self._to_send() is not None and self.last_run is None:
            self._show_plan_summary()
        self._update_state()

    def on_catalog_loaded(self, _catalog: Catalog | None, _diff: CatalogDiff | None) -> None:
        # Prices and services may have changed: what is shown must be what would be sent.
        if not self._running and self.plan is not None and not self._stale:
            self.check()
        else:
            self._update_state()

    # -- placing -----------------------------------------------------------------------------
    def on_place_clicked(self) -> None:
        checked = self._to_send()
        if checked is None or not checked.valid or checked.exceeds(self._balance()):
            return
        # the orders in progress are read again: one placed since Check (a single order in the
        # main window, another mass order) takes its link too
        fresh = self._flag_lines(checked)
        if fresh != self.flags:
            self.flags = fresh
            self.model.set_plan(checked, self.session.currency, dark=self._dark(), flags=fresh)
        plan = self._leave_out_flagged(checked)
        if plan is None or not plan.valid:
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
            self._reused_note(plan)
            + self.tr(
                "They are sent one at a time. Cancel stops after the line being sent. Lines "
                "with problems are not sent."
            ),
            ok_text=self.place_button.text(),
        )
        if ok and self._to_send() is checked:
            kept = {line.number for line in plan.valid}
            left_out = [line.number for line in checked.valid if line.number not in kept]
            self.model.mark(left_out, Outcome.UNSENT)
            self._start(plan)

    def _reused_note(self, plan: MassOrderPlan) -> str:
        """A paragraph naming the services whose number went to another service since the
        user last ordered them here ("" when none did)."""
        panel_id, store = self.session.panel.id, self.session.ctx.store
        services = {line.service.id: line.service for line in plan.valid if line.service}
        try:
            reused = [s for s in services.values() if reuse_since_last_order(store, panel_id, s)]
        except StoreError:
            return ""
        if not reused:
            return ""
        refs = self.tr(", ", "list separator").join(numbers.order_ref(s.id) for s in reused)
        return (
            self.tr(
                "Check %1 first: since you last ordered it, the panel has given its number to "
                "another service, and it may not be what you ordered before."
            ).replace("%1", refs)
            + "\n\n"
        )

    def _leave_out_flagged(self, plan: MassOrderPlan) -> MassOrderPlan | None:
        """``plan``, or, when some of its lines are on a link already taken, what the user
        chose: without them, all of it, or None (back to the paste)."""
        flagged = [line.number for line in plan.valid if line.number in self.flags]
        if not flagged:
            return plan
        count = len(flagged)
        choice = dialogs.choose(
            self,
            self.tr("Lines on a link already taken"),
            (
                self.tr("1 line repeats the link of another line or of an order still in progress.")
                if count == 1
                else self.tr(
                    "%Ln lines repeat the link of another line or of an order still in progress.",
                    "",
                    count,
                )
            ),
            self.tr(
                "Two orders on the same link at the same time lose money: the panels do not "
                "refund it. Flagged lines: %1."
            ).replace("%1", self.tr(", ").join(numbers.fmt_int(n) for n in flagged)),
            (self.tr("Leave them out"), self.tr("Place them too")),
            self.tr("Back to the lines"),
        )
        if choice is None:
            return None
        if choice == 1:
            return plan
        keep = {line.number for line in plan.lines} - set(flagged)
        return plan.subset(keep)

    def _start(self, plan: MassOrderPlan) -> None:
        self._running = True
        self._stop.clear()
        self._sending = None
        self.last_run = None
        self.model.mark((line.number for line in plan.valid), Outcome.QUEUED)
        self.progress.setRange(0, len(plan.valid))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.summary_label.show_note(self.tr("Placing orders one at a time…"))
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
        self.model.mark([number], Outcome.SENDING)
        row = self.model.row_of(number)
        if row is not None:
            self.table.scrollTo(self.model.index(row, MassOrderModel.RESULT))

    def on_line_done(self, number: int, placement: Any) -> None:
        if self._sending == number:
            self._sending = None
        self.model.set_result(number, result_of(placement))
        self.progress.setValue(self.progress.value() + 1)
        key = self.model.key_of(number)
        if key is not None and placement.state is not PlacementState.REJECTED:
            # placed (as order_id), or maybe placed (None): a new check flags a second copy
            self.sent[key] = placement.order_id

    def on_run_finished(self, plan: MassOrderPlan, run: MassRun) -> None:
        self._running = False
        self.last_run = run
        for number, placement in run.results:  # any news the progress signals had not shown
            if self.model.outcome_of(number) in (None, Outcome.QUEUED, Outcome.SENDING):
                self.on_line_done(number, placement)
        self.model.mark(run.unsent, Outcome.UNSENT)
        self.model.mark(run.elsewhere, Outcome.ELSEWHERE)
        self.remaining = plan.subset(run.unsent) if run.unsent else MassOrderPlan(())
        self.summary_label.show_run(run)
        self._finish(run.placements)

    def on_run_failed(self, plan: MassOrderPlan, exc: Exception) -> None:
        """The run itself failed (the database, or a bug): show what is known per line."""
        self._running = False
        if isinstance(exc, StoreError):
            reason = record_failure_text(exc)
        else:
            reason = isolate(type(exc).__name__)
        unconfirmed, unsent = self.model.settle_failed_run(plan, reason)
        for line in unconfirmed:
            if line.key is not None:
                self.sent[line.key] = None
        self.remaining = plan.subset(unsent)
        text = self.tr("The mass order stopped because of an error: %1").replace("%1", reason)
        self.summary_label.show_note(text, ERROR)
        dialogs.error(self, self.tr("Mass order stopped"), text)
        self._finish([])

    def _finish(self, placements: list[Placement]) -> None:
        self._update_state()
        self.sig_orders_placed.emit(placements)
        if self._close_when_done:
            self._close_when_done = False
            super().reject()

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
        self.summary_label.show_note(self.tr("Stopping after the line being sent…"))
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
            cancel_text=self.tr("Keep sending"),
        )
        if stop and self._running:
            self._close_when_done = True
            self.request_stop()

    # -- recovering an interrupted run -------------------------------------------------------
    def on_drafts_loaded(self, text: str) -> None:
        """Lines of an unfinished run, taken back from the database: check them again."""
        current = self._text().rstrip("\n")
        self.text_edit.setPlainText(f"{current}\n{text}" if current else text)
        self.check()
